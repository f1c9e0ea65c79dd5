//! Dates, stays abroad and day counting: the conventions C1–C7 of RULES.md §0, shared by every
//! checker. It depends on nothing but chrono (and, for the public holidays, the dated constants
//! of `rules::law`); checking what was typed (C8) is `rules::stays`.
//!
//! Nothing here panics: every calendar step is checked and saturates at the ends of chrono's
//! range, far beyond any date a person can type (years are limited to four digits).
//!
//! - here: [`Date`] and parsing (C1: [`parse_date`], [`parse_day_month_year`]), calendar
//!   arithmetic (C5: [`add_days`], [`add_months`], [`add_years`], [`months_as_days`]) and
//!   [`borderline`] (C7);
//! - `span`: [`Span`] (a half-open run of days), [`Counting`] and [`Stay`] (C2, C3, C4);
//! - `dayset`: [`DaySet`], day sets kept as sorted, disjoint half-open spans with prefix sums, so
//!   counting the days inside any window costs O(log n) and the maximum over all windows costs
//!   O(n log n), whatever the length of the history; calendar years ([`split_by_year`],
//!   [`year_span`]);
//! - `working_days`: the Norwegian public holidays and working days ([`easter_sunday`],
//!   [`is_public_holiday`], [`is_working_day`], [`add_working_days`]).

mod dayset;
mod span;
mod working_days;

use chrono::{Datelike, Months, NaiveDate, TimeDelta};

pub use self::dayset::{split_by_year, year_span, DaySet, WindowMax};
pub use self::span::{Counting, Span, Stay};
pub use self::working_days::{add_working_days, easter_sunday, is_public_holiday, is_working_day};

/// C1: a calendar date, no time of day, no time zone.
pub type Date = NaiveDate;

/// Builds a date in a `const` context; an impossible date is a compile-time error.
pub const fn ymd(y: i32, m: u32, d: u32) -> Date {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("not a calendar date"),
    }
}

/// C7: a figure within this many days of its limit, on either side, is borderline.
pub const BORDERLINE_MARGIN_DAYS: i64 = 7;

/// C7: `true` when `value` lies within [`BORDERLINE_MARGIN_DAYS`] of `limit`, on either side.
/// Borderline never changes a status; it only asks the user to keep a margin.
pub fn borderline(value: i64, limit: i64) -> bool {
    value.abs_diff(limit) <= BORDERLINE_MARGIN_DAYS.unsigned_abs()
}

/// C5: a limit of `n` months on a *number of days* is `floor(n × 365.25 / 12)` days:
/// 2 → 60, 6 → 182, 7 → 213, 10 → 304, 15 → 456, 24 → 730.
pub const fn months_as_days(n: i64) -> i64 {
    // 365.25 / 12 = 1461 / 48, exactly.
    (n * 1461).div_euclid(48)
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic (C5)
// ---------------------------------------------------------------------------------------------

/// `d + n` days, saturating at the ends of the representable range.
pub fn add_days(d: Date, n: i64) -> Date {
    TimeDelta::try_days(n)
        .and_then(|delta| d.checked_add_signed(delta))
        .unwrap_or(if n >= 0 { Date::MAX } else { Date::MIN })
}

/// `d + n` calendar months (negative `n` goes back); the day clamps to the month's end
/// (31 January + 1 month = 28 or 29 February).
pub fn add_months(d: Date, n: i64) -> Date {
    let m = u32::try_from(n.unsigned_abs()).unwrap_or(u32::MAX);
    let r = if n >= 0 {
        d.checked_add_months(Months::new(m))
    } else {
        d.checked_sub_months(Months::new(m))
    };
    r.unwrap_or(if n >= 0 { Date::MAX } else { Date::MIN })
}

/// `d + n` years: the same month and day `n` years later; 29 February becomes 28 February.
pub fn add_years(d: Date, n: i64) -> Date {
    add_months(d, n.saturating_mul(12))
}

/// Days from `a` to `b` (`b - a`), negative when `b` is earlier.
pub fn days_between(a: Date, b: Date) -> i64 {
    (b - a).num_days()
}

/// Whole years, months and remaining days from `a` to `b` (`a <= b`), on the calendar.
pub fn calendar_difference(a: Date, b: Date) -> (i64, i64, i64) {
    if b <= a {
        return (0, 0, 0);
    }
    let mut months = (i64::from(b.year()) - i64::from(a.year())) * 12 + i64::from(b.month())
        - i64::from(a.month());
    while months > 0 && add_months(a, months) > b {
        months -= 1;
    }
    let days = days_between(add_months(a, months), b);
    (months / 12, months % 12, days)
}

// ---------------------------------------------------------------------------------------------
// Parsing (C1, C8)
// ---------------------------------------------------------------------------------------------

/// What is wrong with a typed date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateProblem {
    /// Not of the form `YYYY-MM-DD` (e.g. `yesterday`, `21.11.2026`).
    Format,
    /// Well formed, but no such day (e.g. `1970-02-30`, month 13).
    DoesNotExist,
    /// A day, month or year field was left empty (day/month/year entry).
    MissingDay,
    MissingMonth,
    MissingYear,
    /// The day is not a number from 1 to 31.
    BadDay,
    /// The month is not a number from 1 to 12.
    BadMonth,
    /// The year does not have four digits.
    BadYear,
}

impl DateProblem {
    /// Every problem, in the order above.
    pub const ALL: [DateProblem; 8] = [
        DateProblem::Format,
        DateProblem::DoesNotExist,
        DateProblem::MissingDay,
        DateProblem::MissingMonth,
        DateProblem::MissingYear,
        DateProblem::BadDay,
        DateProblem::BadMonth,
        DateProblem::BadYear,
    ];
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// The device's date (C1). On the web this reads the browser's clock (chrono `wasmbind`).
pub fn today() -> Date {
    chrono::Local::now().date_naive()
}

/// Text with Arabic-Indic (٠–٩) and Persian (۰–۹) digits written as 0–9: what an Arabic,
/// Persian, Dari, Pashto or Sorani phone keyboard types into a number box is read like Western
/// digits (the text itself is kept as typed). Other characters are left as they are.
pub fn latin_digits(s: &str) -> std::borrow::Cow<'_, str> {
    let to_latin = |c: char| match c {
        '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + u32::from(b'0')),
        '\u{06F0}'..='\u{06F9}' => char::from_u32(c as u32 - 0x06F0 + u32::from(b'0')),
        _ => None,
    };
    if s.chars().any(|c| to_latin(c).is_some()) {
        s.chars()
            .map(|c| to_latin(c).unwrap_or(c))
            .collect::<String>()
            .into()
    } else {
        s.into()
    }
}

/// C1: reads `YYYY-MM-DD` strictly (four-digit year, two-digit month and day, a day that exists).
pub fn parse_date(s: &str) -> Result<Date, DateProblem> {
    let s = s.trim();
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(DateProblem::Format);
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 || ![y, m, d].iter().all(|p| all_digits(p)) {
        return Err(DateProblem::Format);
    }
    let (y, m, d) = (
        y.parse::<i32>().map_err(|_| DateProblem::Format)?,
        m.parse::<u32>().map_err(|_| DateProblem::Format)?,
        d.parse::<u32>().map_err(|_| DateProblem::Format)?,
    );
    if y < 1 {
        return Err(DateProblem::DoesNotExist);
    }
    NaiveDate::from_ymd_opt(y, m, d).ok_or(DateProblem::DoesNotExist)
}

/// Reads a date typed as three fields, day / month / year (the GOV.UK date pattern). Each field
/// may carry spaces, and Arabic-Indic or Persian digits ([`latin_digits`]); the first problem
/// found is returned, naming the field to fix.
pub fn parse_day_month_year(day: &str, month: &str, year: &str) -> Result<Date, DateProblem> {
    let (day, month, year) = (latin_digits(day), latin_digits(month), latin_digits(year));
    let (day, month, year) = (day.trim(), month.trim(), year.trim());
    if day.is_empty() {
        return Err(DateProblem::MissingDay);
    }
    if month.is_empty() {
        return Err(DateProblem::MissingMonth);
    }
    if year.is_empty() {
        return Err(DateProblem::MissingYear);
    }
    let d = match day.parse::<u32>() {
        Ok(d) if all_digits(day) && (1..=31).contains(&d) => d,
        _ => return Err(DateProblem::BadDay),
    };
    let m = match month.parse::<u32>() {
        Ok(m) if all_digits(month) && (1..=12).contains(&m) => m,
        _ => return Err(DateProblem::BadMonth),
    };
    let y = match year.parse::<i32>() {
        Ok(y) if all_digits(year) && year.len() == 4 && y >= 1 => y,
        _ => return Err(DateProblem::BadYear),
    };
    NaiveDate::from_ymd_opt(y, m, d).ok_or(DateProblem::DoesNotExist)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eastern_digits_are_read_as_digits() {
        let want = NaiveDate::from_ymd_opt(2019, 3, 27);
        assert_eq!(parse_day_month_year("٢٧", "٣", "٢٠١٩").ok(), want);
        assert_eq!(parse_day_month_year("۲۷", "۳", "۲۰۱۹").ok(), want);
        assert_eq!(parse_day_month_year(" 27", "۰۳", "2019 ").ok(), want);
        assert_eq!(
            parse_day_month_year("٣٢", "٣", "٢٠١٩"),
            Err(DateProblem::BadDay)
        );
        assert_eq!(latin_digits("DUF ۲۰۱۲ ٣٤٥٦"), "DUF 2012 3456");
        assert_eq!(latin_digits("12.03.1975"), "12.03.1975");
    }

    #[test]
    fn month_limits_as_days() {
        for (m, days) in [(2, 60), (6, 182), (7, 213), (10, 304), (15, 456), (24, 730)] {
            assert_eq!(months_as_days(m), days, "{m} months");
        }
    }
}
