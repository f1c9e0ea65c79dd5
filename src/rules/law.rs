//! Every dated constant and limit the engine uses, in one place, each with its legal reference.
//!
//! Day limits written in months use C5 (`floor(months × 365.25 / 12)`), through
//! [`months_as_days`]. Source pages are named `seed:NNN` (see `../shared/seeds/README.md`).

use super::dates::{months_as_days, ymd, Date};

// --- Temporary regulation for long-staying asylum seekers: utf. § 8-14 (seed 001) ------------

/// The regulation entered into force on 1 June 2021 (utf. § 8-14, passed 29 April 2021).
pub const TR_IN_FORCE: Date = ymd(2021, 6, 1);
/// "at least 16 years by October 1st 2021"; also the date for age + residence (utf. § 8-14 (1)).
pub const TR_CUTOFF: Date = ymd(2021, 10, 1);
/// "You lived in Norway on January 1st 2019" (utf. § 8-14 (2)).
pub const TR_LIVED_IN_NORWAY_ON: Date = ymd(2019, 1, 1);
/// "You must ask for an assessment of your case at the latest by December 1st 2021"
/// (utf. § 8-14 (4)). Never extended.
pub const TR_DEADLINE: Date = ymd(2021, 12, 1);
/// "lived in Norway for at least 16 years" (utf. § 8-14 (1)).
pub const TR_MIN_RESIDENCE_YEARS: i64 = 16;
/// "a combined age and residence time in Norway of at least 65 years" (utf. § 8-14 (1)).
pub const TR_MIN_AGE_PLUS_RESIDENCE_YEARS: i64 = 65;
/// Where a request goes when UNE decided last, exactly as seed 001 gives it: "If you last had
/// contact with UNE, send the request to: Utlendingsnemnda / Postboks 2108 Vika / 0125 Oslo".
/// (When UDI decided last: [`UDI_POSTAL_ADDRESS`].)
pub const UNE_POSTAL_ADDRESS: [&str; 3] = ["Utlendingsnemnda", "Postboks 2108 Vika", "0125 Oslo"];
/// "Contact UNE on phone: (+47) 21 08 50 00. Opening hours are Monday to Friday from 08.30 -
/// 15.00." (seed 001), as written and as a `tel:` address.
pub const UNE_PHONE: &str = "(+47) 21 08 50 00";
pub const UNE_PHONE_URI: &str = "tel:+4721085000";

// --- Losing a permanent residence permit: utl. § 62 (8), utf. § 11-8 (1) (seed 003) ------------

/// "You cannot stay abroad for a continuous period of two years or more": 24 months = 730 days.
pub const PP_MAX_CONTINUOUS_DAYS: i64 = months_as_days(24);
/// "multiple stays that total two years or more during a four-year period": 730 days.
pub const PP_MAX_TOTAL_DAYS: i64 = months_as_days(24);
/// The four-year period of utf. § 11-8 (1), a calendar window `[d, d + 4 years)`.
pub const PP_WINDOW_YEARS: i64 = 4;
/// "Stays lasting less than two months per calendar year are not deemed to constitute stays
/// abroad": a year with fewer than 60 days abroad counts nothing (utf. § 11-8 (1)).
pub const PP_IGNORED_YEAR_BELOW_DAYS: i64 = months_as_days(2);
/// "If you stay in Norway for a continuous period of 15 months, you can stay abroad for a new
/// period of up to two years" (utf. § 11-8 (1)); calendar months, `next.from >= prev.to + 15`.
pub const PP_RESET_MONTHS: i64 = 15;

// --- Travel limits with a temporary permit: utl. § 60 (5), utf. § 10-19a, utl. § 62 (seed 004) --

/// "you cannot stay abroad for more than six months in total during that year" (one-year
/// permit) and "more than a total of 182 days in any 365 day period" (utf. § 10-19a).
pub const TL_HALF_TIME_MAX_DAYS: i64 = months_as_days(6);
/// The rolling window of the half-time rule for multi-year permits.
pub const TL_HALF_TIME_WINDOW_DAYS: i64 = 365;
/// For a later permanent permit, § 38 and § 28 (refugee) holders: at most 10 months abroad in
/// the last 5 years (utf. § 11-3, as amended 1 December 2020).
pub const TL_PR_PROTECTED_MAX_DAYS: i64 = months_as_days(10);
pub const TL_PR_PROTECTED_YEARS: i64 = 5;
/// Other permits: at most 7 months abroad in the last 3 years (utf. § 11-3). Seed 004 still
/// gives this figure for § 38 holders too.
pub const TL_PR_OTHER_MAX_DAYS: i64 = months_as_days(7);
pub const TL_PR_OTHER_YEARS: i64 = 3;
/// The amendment that changed the § 38 / § 28 track to 10 months in 5 years.
pub const TL_PR_LAW_CHANGE: Date = ymd(2020, 12, 1);
/// "You can visit other Schengen countries for up to 90 days" in any 180 (CISA art. 21,
/// utf. § 3-1).
pub const SCHENGEN_MAX_DAYS: i64 = 90;
pub const SCHENGEN_WINDOW_DAYS: i64 = 180;

// --- Residence card (seed 004) -----------------------------------------------------------------

/// Applications from this date on follow the new card routine (seed 004).
pub const RC_NEW_ROUTINE_FROM: Date = ymd(2021, 4, 16);
/// "at least 20 working days from your appointment with the police" (seed 004).
pub const RC_MIN_WORKING_DAYS: i64 = 20;
/// "If the card is lost in the mail, it will take another ten working days" (seed 004).
pub const RC_LOST_EXTRA_WORKING_DAYS: i64 = 10;

// --- Norwegian public holidays: lov om helligdager og helligdagsfred § 2; lov om 1. og 17. mai
// --- som høgtidsdager (used to count working days for the residence card, seed 004) -----------

/// Public holidays on a fixed date, as (month, day): New Year's Day (1 January), Christmas Day
/// and St Stephen's Day (25 and 26 December) are helligdager under lov om helligdager og
/// helligdagsfred § 2; 1 May and 17 May are official public holidays (høgtidsdager) under the
/// act "lov om 1. og 17. mai som høgtidsdager".
///
/// Christmas Eve (24 December) and New Year's Eve (31 December) are not public holidays in law:
/// many offices close early or for the day, but they are counted as working days, and the pages
/// that use this count say that the date they give is the earliest one.
pub const FIXED_PUBLIC_HOLIDAYS: [(u32, u32); 5] = [(1, 1), (5, 1), (5, 17), (12, 25), (12, 26)];

/// Public holidays that move with Easter, in days from Easter Sunday (Gregorian computus), all
/// helligdager under lov om helligdager og helligdagsfred § 2: Maundy Thursday (−3), Good Friday
/// (−2), Easter Sunday (0), Easter Monday (+1), Ascension Day (+39), Whit Sunday (+49) and Whit
/// Monday (+50). Sundays are helligdager too (§ 2), and are left out of working days anyway.
pub const EASTER_PUBLIC_HOLIDAY_OFFSETS: [i64; 7] = [-3, -2, 0, 1, 39, 49, 50];

// --- Guides: withdrawing an application for protection (seeds 000, 002) ------------------------

/// Where a withdrawal letter goes, exactly as seed 000 gives it: "Send the letter to UDI by post
/// to: Utlendingsdirektoratet / Postboks 2098 Vika / 0125 Oslo".
pub const UDI_POSTAL_ADDRESS: [&str; 3] =
    ["Utlendingsdirektoratet", "Postboks 2098 Vika", "0125 Oslo"];
/// A DUF number (UDI's case number, "on your residence card or on case papers from UDI",
/// seed 000) has 12 digits, sometimes written in three groups of four.
pub const DUF_DIGITS: usize = 12;
/// Seed 002, individual protection for people from Ukraine: the signed withdrawal form is sent
/// by email to the police ("Attach the form to an email and send it to pu@politiet.no").
pub const WITHDRAWAL_POLICE_EMAIL: &str = "pu@politiet.no";
