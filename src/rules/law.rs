//! Every limit, cut-off and in-force date the engine uses, as dated parameters (RULES.md C11,
//! the way OpenFisca keeps its parameters): each has its value, the date it applies from (and
//! until, when known), its legal reference, the address of its source and the date it was last
//! checked. A criterion takes the value in force on `asOf` ([`Param::on`]).
//!
//! Day limits written in months use C5 (`floor(months × 365.25 / 12)`), through
//! [`months_as_days`]. Source pages of UDI are also named `seed:NNN` (see
//! `../shared/seeds/README.md`). [`ALL`] lists every parameter, so that a test can check that
//! none lacks a source or a checked-on date.

use super::dates::{months_as_days, ymd, Date};

/// The date the rules were last checked against the law and UDI's pages (RULES.md revision 2):
/// `rulesCheckedOn` in every response.
pub const RULES_CHECKED_ON: Date = ymd(2026, 12, 1);

/// The Immigration Act (utlendingsloven) and the Immigration Regulations (utlendingsforskriften)
/// on Lovdata, and UDI's own pages.
const UTL: &str = "https://lovdata.no/lov/2008-05-15-35";
const UTF: &str = "https://lovdata.no/forskrift/2009-10-15-1286";
const UDI: &str = "https://www.udi.no/";
const CISA: &str = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:42000A0922(02)";
const HOLIDAYS_ACT: &str = "https://lovdata.no/lov/1995-02-24-12";

/// One value of a rule, with the period it applies in and where it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Version<T: 'static> {
    pub value: T,
    /// The first day it applies (`None`: since before any date the engine is asked about).
    pub from: Option<Date>,
    /// The last day it applies (`None`: still in force).
    pub until: Option<Date>,
}

/// A dated parameter: its versions in time order, its legal reference and its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Param<T: 'static> {
    /// What it is, in a few words (for people reading the code and the test's report).
    pub name: &'static str,
    pub versions: &'static [Version<T>],
    /// The legal provision (or the seed page) it comes from.
    pub reference: &'static str,
    /// The address of the source.
    pub source: &'static str,
    /// The day the value was last checked against the source.
    pub checked_on: Date,
}

impl<T: Copy> Param<T> {
    /// The version in force on `d`, if any.
    pub fn version_on(&self, d: Date) -> Option<&Version<T>> {
        self.versions
            .iter()
            .rev()
            .find(|v| v.from.is_none_or(|from| from <= d) && v.until.is_none_or(|until| d <= until))
    }

    /// The value in force on `d`; before the first version, the first value (the engine is
    /// never asked about a rule before it existed, except in tests of the in-force date itself).
    pub fn on(&self, d: Date) -> T {
        self.version_on(d)
            .or_else(|| self.versions.first())
            .map(|v| v.value)
            .unwrap_or_else(|| self.now())
    }

    /// The value in force now (the last version).
    pub fn now(&self) -> T {
        match self.versions.last() {
            Some(v) => v.value,
            None => panic!("parameter {} has no value", self.name),
        }
    }
}

const fn always<T: Copy>(value: T) -> [Version<T>; 1] {
    [Version {
        value,
        from: None,
        until: None,
    }]
}

const CHECKED: Date = RULES_CHECKED_ON;

macro_rules! param {
    ($(#[$m:meta])* $name:ident: $t:ty = $value:expr, $what:literal, $reference:literal, $source:expr) => {
        $(#[$m])*
        pub const $name: Param<$t> = Param {
            name: $what,
            versions: &always($value),
            reference: $reference,
            source: $source,
            checked_on: CHECKED,
        };
    };
}

// --- Temporary regulation for long-staying asylum seekers: utf. § 8-14 (seed 001) ------------

/// The regulation entered into force on 1 June 2021 (utf. § 8-14, passed 29 April 2021). A closed
/// scheme: UNE said the provision would be repealed once the requests were decided.
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

/// The temporary regulation's dates and thresholds as parameters (their constants above).
pub const TR_DATES: Param<(Date, Date, Date, Date)> = Param {
    name: "temporary regulation: in force, 2019 date, cut-off, deadline",
    versions: &always((TR_IN_FORCE, TR_LIVED_IN_NORWAY_ON, TR_CUTOFF, TR_DEADLINE)),
    reference: "utf. § 8-14 (1), (2) and (4); seed:001",
    source: "https://lovdata.no/forskrift/2009-10-15-1286/§8-14",
    checked_on: CHECKED,
};
param!(
    /// 16 years and 65 years (utf. § 8-14 (1)).
    TR_YEARS: (i64, i64) = (TR_MIN_RESIDENCE_YEARS, TR_MIN_AGE_PLUS_RESIDENCE_YEARS),
    "temporary regulation: years of residence, age plus residence",
    "utf. § 8-14 (1)",
    UTF
);

/// Where a request goes when UNE decided last, exactly as seed 001 gives it: "If you last had
/// contact with UNE, send the request to: Utlendingsnemnda / Postboks 2108 Vika / 0125 Oslo".
/// (When UDI decided last: [`UDI_POSTAL_ADDRESS`].)
pub const UNE_POSTAL_ADDRESS: [&str; 3] = ["Utlendingsnemnda", "Postboks 2108 Vika", "0125 Oslo"];
/// "Contact UNE on phone: (+47) 21 08 50 00. Opening hours are Monday to Friday from 08.30 -
/// 15.00." (seed 001), as written and as a `tel:` address.
pub const UNE_PHONE: &str = "(+47) 21 08 50 00";
pub const UNE_PHONE_URI: &str = "tel:+4721085000";

// --- Losing a permanent residence permit: utl. § 62, utf. § 11-8 (1) (seed 003) ----------------

param!(
    /// "You cannot stay abroad for a continuous period of two years or more": 24 months = 730
    /// days (the law: "more than two years"; exactly two years is flagged borderline).
    PP_MAX_CONTINUOUS_DAYS: i64 = months_as_days(24),
    "permanent permit: one continuous stay abroad",
    "utl. § 62; seed:003",
    UTL
);
param!(
    /// "multiple stays that total two years or more during a four-year period": 730 days (the
    /// regulation: "more than two years"; exactly 730 is flagged borderline).
    PP_MAX_TOTAL_DAYS: i64 = months_as_days(24),
    "permanent permit: days abroad within four years",
    "utf. § 11-8 (1); seed:003",
    UTF
);
param!(
    /// The four-year period of utf. § 11-8 (1), a calendar window `[d, d + 4 years)`.
    PP_WINDOW_YEARS: i64 = 4,
    "permanent permit: the period of the total",
    "utf. § 11-8 (1)",
    UTF
);
param!(
    /// "Stays lasting less than two months per calendar year are not deemed to constitute stays
    /// abroad": a year with fewer than 60 days abroad counts nothing (utf. § 11-8 (1)).
    PP_IGNORED_YEAR_BELOW_DAYS: i64 = months_as_days(2),
    "permanent permit: a calendar year below this counts nothing",
    "utf. § 11-8 (1); seed:003",
    UTF
);
param!(
    /// "If you stay in Norway for a continuous period of 15 months, you can stay abroad for a
    /// new period of up to two years" (utf. § 11-8 (1)); calendar months, `next.from >= prev.to
    /// + 15 months`.
    PP_RESET_MONTHS: i64 = 15,
    "permanent permit: months in Norway that start a new period",
    "utf. § 11-8 (1); seed:003",
    UTF
);
param!(
    /// A permanent permit granted under the Brexit rules lapses only after five years in a row
    /// abroad (UDI, "You have stayed abroad for too long"): 5 years by C5 = 1826 days.
    PP_BREXIT_CONTINUOUS_DAYS: i64 = months_as_days(60),
    "permanent permit under the Brexit rules: one continuous stay abroad",
    "UDI, Brexit rules (utf. § 19-31 ff.)",
    UDI
);

// --- Travel limits with a temporary permit: utl. § 60 (5), utf. § 10-19a, utl. § 62 (seed 004) --

param!(
    /// "you cannot stay abroad for more than six months in total during that year" (one-year
    /// permit) and "more than a total of 182 days in any 365 day period" (utf. § 10-19a).
    TL_HALF_TIME_MAX_DAYS: i64 = months_as_days(6),
    "temporary permit: days abroad in a year",
    "utl. § 60 (5); utf. § 10-19a; seed:004",
    UTF
);
param!(
    /// The rolling window of the half-time rule for multi-year permits.
    TL_HALF_TIME_WINDOW_DAYS: i64 = 365,
    "temporary permit: the rolling window",
    "utf. § 10-19a; seed:004",
    UTF
);

/// A track of the permanent-residence rule: at most `limit` days abroad in `years` years.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TrackLimit {
    pub years: i64,
    pub limit: i64,
}

/// The day the five-year residence rule (10 months abroad in 5 years) came into force for
/// refugees, humanitarian and resettlement permits and permits after an asylum application.
pub const TL_PR_LAW_CHANGE: Date = ymd(2020, 12, 1);

/// For a later permanent permit, the five-year track: at most 10 months (304 days) abroad in the
/// 5 years before applying (utf. § 11-3, as amended 1 December 2020). Before that day it did
/// not exist: everyone was on the three-year track ([`TL_PR_THREE_YEAR_TRACK`]).
pub const TL_PR_FIVE_YEAR_TRACK: Param<Option<TrackLimit>> = Param {
    name: "permanent residence later: the five-year track",
    versions: &[
        Version {
            value: None,
            from: None,
            until: Some(ymd(2020, 11, 30)),
        },
        Version {
            value: Some(TrackLimit {
                years: 5,
                limit: months_as_days(10),
            }),
            from: Some(TL_PR_LAW_CHANGE),
            until: None,
        },
    ],
    reference: "utl. § 62 (1)-(2); utf. § 11-3 (as amended 1 December 2020)",
    source: "https://lovdata.no/forskrift/2009-10-15-1286/§11-3",
    checked_on: CHECKED,
};
param!(
    /// Other permits: at most 7 months (213 days) abroad in the last 3 years (utf. § 11-3).
    /// Seed 004 still gives this figure for § 38 holders too.
    TL_PR_THREE_YEAR_TRACK: TrackLimit = TrackLimit {
        years: 3,
        limit: months_as_days(7)
    },
    "permanent residence later: the three-year track",
    "utl. § 62 (1)-(2); utf. § 11-3; seed:004",
    UTF
);
param!(
    /// "You can visit other Schengen countries for up to 90 days" in any 180 (CISA art. 21,
    /// utf. § 3-1).
    SCHENGEN: (i64, i64) = (90, 180),
    "Schengen: days in other Schengen states, and the window",
    "CISA art. 21; utf. § 3-1; seed:004",
    CISA
);
param!(
    /// Since 12 December 2023 UDI can revoke collective protection after a trip to Ukraine (it
    /// assesses each case): a recorded stay in Ukraine ending on or after this day counts.
    TL_UKRAINE_TRIP_FROM: Date = ymd(2023, 12, 12),
    "collective protection: trips to Ukraine count from",
    "utl. § 34; utl. § 37 (as applied by UDI from 12 December 2023)",
    UDI
);
param!(
    /// "Apply for renewal at least one month before the permit ends" (utl. § 61).
    TL_RENEW_MONTHS_BEFORE: i64 = 1,
    "apply for renewal at least this many months before the permit ends",
    "utl. § 61",
    UTL
);

// --- Residence card (seed 004) -----------------------------------------------------------------

param!(
    /// Applications from this date on follow the new card routine (seed 004).
    RC_NEW_ROUTINE_FROM: Date = ymd(2021, 4, 16),
    "residence card: the new routine applies to applications from",
    "seed:004",
    UDI
);
param!(
    /// "at least 20 working days from your appointment with the police"; "If the card is lost
    /// in the mail, it will take another ten working days" (seed 004).
    RC_WORKING_DAYS: (i64, i64) = (20, 10),
    "residence card: working days to the card, and more if lost in the post",
    "seed:004",
    UDI
);

// --- Norwegian public holidays (used to count working days for the residence card) -------------

/// Public holidays on a fixed date, as (month, day): New Year's Day (1 January), Christmas Day
/// and St Stephen's Day (25 and 26 December) are helligdager under lov om helligdager og
/// helligdagsfred § 2; 1 May and 17 May are official public holidays (høgtidsdager) under the
/// act "lov om 1. og 17. mai som høgtidsdager".
///
/// Christmas Eve (24 December) and New Year's Eve (31 December) are not public holidays in law:
/// many offices close early or for the day, but they are counted as working days, and the pages
/// that use this count say that the date they give is the earliest one.
pub const FIXED_PUBLIC_HOLIDAYS: Param<[(u32, u32); 5]> = Param {
    name: "public holidays on a fixed date",
    versions: &always([(1, 1), (5, 1), (5, 17), (12, 25), (12, 26)]),
    reference: "lov om helligdager og helligdagsfred § 2; lov om 1. og 17. mai som høgtidsdager",
    source: HOLIDAYS_ACT,
    checked_on: CHECKED,
};

/// Public holidays that move with Easter, in days from Easter Sunday (Gregorian computus), all
/// helligdager under lov om helligdager og helligdagsfred § 2: Maundy Thursday (−3), Good Friday
/// (−2), Easter Sunday (0), Easter Monday (+1), Ascension Day (+39), Whit Sunday (+49) and Whit
/// Monday (+50). Sundays are helligdager too (§ 2), and are left out of working days anyway.
pub const EASTER_PUBLIC_HOLIDAY_OFFSETS: Param<[i64; 7]> = Param {
    name: "public holidays that move with Easter",
    versions: &always([-3, -2, 0, 1, 39, 49, 50]),
    reference: "lov om helligdager og helligdagsfred § 2",
    source: HOLIDAYS_ACT,
    checked_on: CHECKED,
};

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

/// What a parameter says of itself, whatever its type: for the test that every parameter has a
/// source and a checked-on date, and for a caseworker's list of the rules' sources.
pub trait Described: Sync {
    fn name(&self) -> &'static str;
    fn reference(&self) -> &'static str;
    fn source(&self) -> &'static str;
    fn checked_on(&self) -> Date;
    /// `(from, until)` of each version, in time order.
    fn periods(&self) -> Vec<(Option<Date>, Option<Date>)>;
}

impl<T: Copy + Sync> Described for Param<T> {
    fn name(&self) -> &'static str {
        self.name
    }
    fn reference(&self) -> &'static str {
        self.reference
    }
    fn source(&self) -> &'static str {
        self.source
    }
    fn checked_on(&self) -> Date {
        self.checked_on
    }
    fn periods(&self) -> Vec<(Option<Date>, Option<Date>)> {
        self.versions.iter().map(|v| (v.from, v.until)).collect()
    }
}

/// Every dated parameter of the engine.
pub static ALL: &[&dyn Described] = &[
    &TR_DATES,
    &TR_YEARS,
    &PP_MAX_CONTINUOUS_DAYS,
    &PP_MAX_TOTAL_DAYS,
    &PP_WINDOW_YEARS,
    &PP_IGNORED_YEAR_BELOW_DAYS,
    &PP_RESET_MONTHS,
    &PP_BREXIT_CONTINUOUS_DAYS,
    &TL_HALF_TIME_MAX_DAYS,
    &TL_HALF_TIME_WINDOW_DAYS,
    &TL_PR_FIVE_YEAR_TRACK,
    &TL_PR_THREE_YEAR_TRACK,
    &SCHENGEN,
    &TL_UKRAINE_TRIP_FROM,
    &TL_RENEW_MONTHS_BEFORE,
    &RC_NEW_ROUTINE_FROM,
    &RC_WORKING_DAYS,
    &FIXED_PUBLIC_HOLIDAYS,
    &EASTER_PUBLIC_HOLIDAY_OFFSETS,
];
