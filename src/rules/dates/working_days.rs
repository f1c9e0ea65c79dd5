//! The Norwegian working-day calendar: public holidays ([`is_public_holiday`], with Easter from
//! [`easter_sunday`]; the list and its legal source are in `rules::law`), working days
//! ([`is_working_day`]: Monday to Friday, not a public holiday) and counting in working days
//! ([`add_working_days`]).

use chrono::{Datelike, Weekday};

use super::{add_days, Date};
use crate::rules::law::{EASTER_PUBLIC_HOLIDAY_OFFSETS, FIXED_PUBLIC_HOLIDAYS};

/// `d` plus `n` working days: the `n`-th working day after `d`. Seed 004 counts the wait for the
/// residence card in working days: "It will take at least 20 working days from your appointment
/// with the police until you receive the card in the post", and "If the card is lost in the
/// mail, it will take another ten working days".
///
/// A working day is a Monday to Friday that is not a Norwegian public holiday
/// ([`is_working_day`], [`is_public_holiday`]). A start on a weekend or a holiday counts from the
/// next working day. `n <= 0` gives `d`. Saturates at the end of the calendar; never panics, and
/// stays fast for any `n`.
///
/// Christmas Eve and New Year's Eve are counted as working days: they are not public holidays
/// in law, although many offices close early or for the day; the pages that use this count say
/// that the date is the earliest one, so a later real date is expected.
pub fn add_working_days(d: Date, n: i64) -> Date {
    // Each round adds `left` weekdays, then as many more weekdays as the holidays that those
    // weekdays passed over (which may hit holidays in turn). Working days in (d, day] only grow
    // to `n`, never past it, and the last round, passing no holiday, ends on a working day.
    // A round after the first covers only as many weekdays as the holidays the one before passed
    // over (about nine a year), so the rounds shrink fast and end (at most three weekdays in a
    // row are holidays). A round looks at each year of its range once: a huge `n` costs about
    // one pass over the calendar's years, and an `n` that reaches past the end saturates at once.
    let mut day = d;
    let mut left = n;
    while left > 0 && day < Date::MAX {
        let end = add_weekdays(day, left);
        if end == Date::MAX {
            return end;
        }
        left = weekday_holidays_after(day, end);
        day = end;
    }
    day
}

/// Whether `d` is a working day: Monday to Friday, and not a public holiday
/// ([`is_public_holiday`]).
pub fn is_working_day(d: Date) -> bool {
    !is_weekend(d) && !is_public_holiday(d)
}

/// Whether `d` is a Norwegian public holiday: 1 January, Maundy Thursday, Good Friday, Easter
/// Sunday, Easter Monday, 1 May, 17 May, Ascension Day, Whit Sunday, Whit Monday, 25 and 26
/// December (lov om helligdager og helligdagsfred § 2, and lov om 1. og 17. mai som
/// høgtidsdager). Christmas Eve and New Year's Eve are not.
pub fn is_public_holiday(d: Date) -> bool {
    public_holidays(d.year()).contains(&d)
}

/// Easter Sunday of `year` in the Gregorian calendar, by the anonymous Gregorian algorithm
/// (Meeus/Jones/Butcher), used proleptically for every year. Always between 22 March and 25
/// April. `None` only when the year is outside the calendar the engine can hold (chrono's
/// range); never panics.
///
/// Floor (Euclidean) division keeps every remainder in range for years before 1 too, so the
/// result is the same as extending the Gregorian cycle backwards.
pub fn easter_sunday(year: i32) -> Option<Date> {
    let y = i64::from(year);
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let (d, e) = (b.div_euclid(4), b.rem_euclid(4));
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    // h in 0..=29, l in 0..=6, m in 0..=1: n / 31 is 3 or 4 and n % 31 + 1 a day of that month.
    let month = u32::try_from(n / 31).ok()?;
    let day = u32::try_from(n % 31 + 1).ok()?;
    Date::from_ymd_opt(year, month, day)
}

/// The Norwegian public holidays of `year` (see [`FIXED_PUBLIC_HOLIDAYS`] and
/// [`EASTER_PUBLIC_HOLIDAY_OFFSETS`]), in date order, each once (17 May can also be Ascension
/// Day or Whit Monday). Empty for a year outside the calendar.
fn public_holidays(year: i32) -> Vec<Date> {
    let easter = easter_sunday(year);
    let mut days: Vec<Date> = FIXED_PUBLIC_HOLIDAYS
        .now()
        .into_iter()
        .filter_map(|(month, day)| Date::from_ymd_opt(year, month, day))
        .chain(
            EASTER_PUBLIC_HOLIDAY_OFFSETS
                .now()
                .into_iter()
                .filter_map(|offset| easter.map(|e| add_days(e, offset))),
        )
        .collect();
    days.sort_unstable();
    days.dedup();
    days
}

/// Saturday or Sunday.
fn is_weekend(d: Date) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// `d` plus `n` weekdays (Monday to Friday), holidays not considered: the `n`-th weekday after
/// `d`. `n <= 0` gives `d`. Saturates at the end of the calendar.
fn add_weekdays(d: Date, n: i64) -> Date {
    if n <= 0 {
        return d;
    }
    // From a Saturday or Sunday, the weekdays after it are those after the Friday before.
    let start = match d.weekday() {
        Weekday::Sat => add_days(d, -1),
        Weekday::Sun => add_days(d, -2),
        _ => d,
    };
    // From a weekday, every 5 weekdays are exactly 7 calendar days and end on a weekday.
    let mut day = add_days(start, (n / 5).saturating_mul(7));
    for _ in 0..n % 5 {
        day = add_days(day, 1);
        while is_weekend(day) && day < Date::MAX {
            day = add_days(day, 1);
        }
    }
    day
}

/// How many public holidays fall on a Monday to Friday after `from`, up to and including `to`.
/// Looks at each calendar year of the range once (about a dozen dates a year).
fn weekday_holidays_after(from: Date, to: Date) -> i64 {
    let mut count = 0;
    for year in from.year()..=to.year() {
        count += public_holidays(year)
            .into_iter()
            .filter(|h| *h > from && *h <= to)
            .filter(|h| !is_weekend(*h))
            .count() as i64;
    }
    count
}
