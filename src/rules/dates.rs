//! Dates, stays abroad and day counting: the conventions C1–C7 of RULES.md §0, shared by every
//! checker. It depends on nothing but chrono; checking what was typed (C8) is `rules::stays`.
//!
//! Nothing here panics: every calendar step is checked and saturates at the ends of chrono's
//! range, far beyond any date a person can type (years are limited to four digits).
//!
//! Day sets are kept as sorted, disjoint half-open spans with prefix sums, so counting the days
//! inside any window costs O(log n) and the maximum over all windows costs O(n log n), whatever
//! the length of the history.

use std::collections::BTreeMap;

use chrono::{Datelike, Months, NaiveDate, TimeDelta};

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

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
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
/// may carry spaces; the first problem found is returned, naming the field to fix.
pub fn parse_day_month_year(day: &str, month: &str, year: &str) -> Result<Date, DateProblem> {
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

// ---------------------------------------------------------------------------------------------
// Spans and stays (C2, C3, C4)
// ---------------------------------------------------------------------------------------------

/// A half-open run of days `[start, end)`: `start` is included, `end` is not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: Date,
    pub end: Date,
}

impl Span {
    /// A span; an end before the start gives an empty span at `start`.
    pub fn new(start: Date, end: Date) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// The days `first..=last`.
    pub fn inclusive(first: Date, last: Date) -> Span {
        Span::new(first, add_days(last, 1))
    }

    /// Number of days in the span.
    pub fn len(&self) -> i64 {
        days_between(self.start, self.end).max(0)
    }

    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    pub fn contains(&self, d: Date) -> bool {
        self.start <= d && d < self.end
    }

    /// The last day inside the span, if any.
    pub fn last_day(&self) -> Option<Date> {
        (!self.is_empty()).then(|| add_days(self.end, -1))
    }

    /// The days both spans share (possibly empty).
    pub fn intersect(&self, other: Span) -> Span {
        Span::new(self.start.max(other.start), self.end.min(other.end))
    }
}

/// C3: how the day of leaving and the day of coming back are counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Counting {
    /// The default (NAV and citizenship practice): both travel days are days in Norway; a stay
    /// covers the days strictly between leaving and coming back, `max(0, to - from - 1)` days.
    #[default]
    TravelDaysInNorway,
    /// The stricter setting the app offers: both travel days count as days abroad,
    /// `to - from + 1` days. Never the default.
    TravelDaysAbroad,
}

/// A stay abroad (C2): the day of leaving Norway and the day of coming back; `to` is `None`
/// while the person is still abroad.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Stay {
    pub from: Date,
    pub to: Option<Date>,
    /// In another Schengen state (matters only for the travel-limits checker).
    #[serde(default)]
    pub schengen: bool,
    /// In Ukraine (matters only for collective protection in the travel-limits checker).
    #[serde(default)]
    pub ukraine: bool,
}

impl Stay {
    pub fn new(from: Date, to: Option<Date>) -> Stay {
        Stay {
            from,
            to,
            schengen: false,
            ukraine: false,
        }
    }

    /// C2: the day of coming back; an ongoing stay is treated as ending on `as_of + 1 day`.
    pub fn return_day(&self, as_of: Date) -> Date {
        self.to.unwrap_or_else(|| add_days(as_of, 1))
    }

    /// C3: the days abroad this stay covers.
    ///
    /// Default: the days strictly between leaving and coming back. Strict setting: both travel
    /// days too; an ongoing stay then covers `from..=as_of` (the return day has not happened yet,
    /// so it is not counted in advance).
    pub fn abroad(&self, as_of: Date, counting: Counting) -> Span {
        match counting {
            Counting::TravelDaysInNorway => {
                Span::new(add_days(self.from, 1), self.return_day(as_of))
            }
            Counting::TravelDaysAbroad => match self.to {
                Some(to) => Span::inclusive(self.from, to),
                None => Span::inclusive(self.from, as_of),
            },
        }
    }

    /// C3: the number of days abroad, `max(0, to - from - 1)` by default.
    pub fn days_abroad(&self, as_of: Date, counting: Counting) -> i64 {
        self.abroad(as_of, counting).len()
    }

    /// C4: the days spent in another Schengen state: entry and exit days included, `from..=to`;
    /// an ongoing stay covers `from..=as_of`.
    pub fn schengen_days(&self, as_of: Date) -> Span {
        Span::inclusive(self.from, self.to.unwrap_or(as_of))
    }
}

// ---------------------------------------------------------------------------------------------
// Day sets: counting, windows, calendar years
// ---------------------------------------------------------------------------------------------

/// The maximum number of days found inside a sliding window, and the first window reaching it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WindowMax {
    pub days: i64,
    pub window: Span,
}

/// A set of days, stored as sorted disjoint spans with prefix sums.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DaySet {
    spans: Vec<Span>,
    /// `prefix[i]` = days in `spans[..i]`.
    prefix: Vec<i64>,
}

impl DaySet {
    /// The union of the given spans (overlapping or touching spans merge; empty spans vanish).
    pub fn new(spans: impl IntoIterator<Item = Span>) -> DaySet {
        let mut v: Vec<Span> = spans.into_iter().filter(|s| !s.is_empty()).collect();
        v.sort();
        let mut merged: Vec<Span> = Vec::with_capacity(v.len());
        for s in v {
            match merged.last_mut() {
                Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
                _ => merged.push(s),
            }
        }
        let mut prefix = Vec::with_capacity(merged.len() + 1);
        let mut acc = 0i64;
        prefix.push(0);
        for s in &merged {
            acc += s.len();
            prefix.push(acc);
        }
        DaySet {
            spans: merged,
            prefix,
        }
    }

    pub fn spans(&self) -> &[Span] {
        &self.spans
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Total number of days in the set.
    pub fn total(&self) -> i64 {
        self.prefix.last().copied().unwrap_or(0)
    }

    /// Days in the set strictly before `d`.
    pub fn count_before(&self, d: Date) -> i64 {
        let i = self.spans.partition_point(|s| s.start < d);
        if i == 0 {
            return 0;
        }
        let last = self.spans[i - 1];
        let over = if last.end > d {
            days_between(d, last.end)
        } else {
            0
        };
        self.prefix[i] - over
    }

    /// Days of the set inside `window`.
    pub fn count_in(&self, window: Span) -> i64 {
        if window.is_empty() {
            return 0;
        }
        self.count_before(window.end) - self.count_before(window.start)
    }

    /// The days of the set that fall inside `window`, as a new set.
    pub fn clip(&self, window: Span) -> DaySet {
        DaySet::new(self.spans.iter().map(|s| s.intersect(window)))
    }

    /// The largest number of days inside any window `[d, d + len)` with `lo <= d <= hi`, and the
    /// earliest such window. `None` when `lo > hi`.
    ///
    /// The count is piecewise linear in `d`, so its maximum is reached where a window edge meets
    /// a span edge: only those starts (and `lo`, `hi`) are tried.
    pub fn max_window_days(&self, len: i64, lo: Date, hi: Date) -> Option<WindowMax> {
        self.max_window_by(lo, hi, |d| add_days(d, len), |end| add_days(end, -len))
    }

    /// As [`DaySet::max_window_days`], for calendar windows `[d, d + years)` (C5).
    pub fn max_window_years(&self, years: i64, lo: Date, hi: Date) -> Option<WindowMax> {
        self.max_window_by(
            lo,
            hi,
            |d| add_years(d, years),
            |end| add_years(end, -years),
        )
    }

    fn max_window_by(
        &self,
        lo: Date,
        hi: Date,
        end_of: impl Fn(Date) -> Date,
        start_for_end: impl Fn(Date) -> Date,
    ) -> Option<WindowMax> {
        if lo > hi {
            return None;
        }
        let mut candidates = vec![lo, hi];
        for s in &self.spans {
            candidates.push(s.start);
            let d = start_for_end(s.end);
            // Calendar windows vary by a day around 29 February: try the neighbours as well.
            candidates.extend([add_days(d, -1), d, add_days(d, 1)]);
        }
        candidates.retain(|d| (lo..=hi).contains(d));
        candidates.sort();
        candidates.dedup();
        let mut best: Option<WindowMax> = None;
        for d in candidates {
            let window = Span::new(d, end_of(d));
            let days = self.count_in(window);
            if best.is_none_or(|b| days > b.days) {
                best = Some(WindowMax { days, window });
            }
        }
        best
    }

    /// The first day `e` on which the window that ends with `e` (`[start_of(e + 1), e + 1)`) holds
    /// at least `threshold` days of the set: the day a rolling limit is reached.
    ///
    /// Within one span, the count of the window ending on each day never decreases as long as the
    /// window's start moves by at most one day a day (a day enters as at most one leaves), so each
    /// span is searched by bisection. A window of calendar years is the exception: where its end
    /// goes from 28 February to 1 March of a common year whose start year is a leap year (e.g.
    /// 2100 and 2096), its start jumps from 28 February over 29 February to 1 March, and the
    /// count can drop by one. Spans are therefore searched in pieces that begin on each
    /// 28 February, and the first piece whose last day reaches the limit is bisected.
    pub fn first_day_reaching_days(&self, len: i64, threshold: i64) -> Option<Date> {
        self.first_day_reaching_by(threshold, |end| add_days(end, -len))
    }

    /// As [`DaySet::first_day_reaching_days`], for calendar windows of `years` years.
    pub fn first_day_reaching_years(&self, years: i64, threshold: i64) -> Option<Date> {
        self.first_day_reaching_by(threshold, |end| add_years(end, -years))
    }

    fn first_day_reaching_by(
        &self,
        threshold: i64,
        start_for_end: impl Fn(Date) -> Date,
    ) -> Option<Date> {
        if threshold <= 0 {
            return self.spans.first().map(|s| s.start);
        }
        let count_ending = |e: Date| {
            let end = add_days(e, 1);
            self.count_in(Span::new(start_for_end(end), end))
        };
        for s in &self.spans {
            let mut piece_start = s.start;
            while piece_start < s.end {
                let piece_end = next_28_february(piece_start).map_or(s.end, |f| f.min(s.end));
                let last = add_days(piece_end, -1);
                if count_ending(last) >= threshold {
                    let (mut lo, mut hi) = (0i64, days_between(piece_start, last));
                    while lo < hi {
                        let mid = lo + (hi - lo) / 2;
                        if count_ending(add_days(piece_start, mid)) >= threshold {
                            hi = mid;
                        } else {
                            lo = mid + 1;
                        }
                    }
                    return Some(add_days(piece_start, lo));
                }
                piece_start = piece_end;
            }
        }
        None
    }

    /// The number of days the set holds in each calendar year.
    pub fn days_by_year(&self) -> BTreeMap<i32, i64> {
        let mut out = BTreeMap::new();
        for s in &self.spans {
            for (year, part) in split_by_year(*s) {
                *out.entry(year).or_insert(0) += part.len();
            }
        }
        out
    }
}

/// The first 28 February strictly after `d` (None past the last year chrono represents).
fn next_28_february(d: Date) -> Option<Date> {
    let this_year = NaiveDate::from_ymd_opt(d.year(), 2, 28)?;
    if d < this_year {
        Some(this_year)
    } else {
        NaiveDate::from_ymd_opt(d.year().checked_add(1)?, 2, 28)
    }
}

/// Splits a span at each 1 January into its parts, one per calendar year.
pub fn split_by_year(span: Span) -> Vec<(i32, Span)> {
    let mut out = Vec::new();
    let mut start = span.start;
    while start < span.end {
        let year = start.year();
        let next_year = NaiveDate::from_ymd_opt(year.saturating_add(1), 1, 1).unwrap_or(Date::MAX);
        let end = next_year.min(span.end);
        out.push((year, Span::new(start, end)));
        if end <= start {
            break;
        }
        start = end;
    }
    out
}

/// The calendar year `year` as a span `[1 January, next 1 January)`.
pub fn year_span(year: i32) -> Span {
    let start = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(Date::MIN);
    let end = NaiveDate::from_ymd_opt(year.saturating_add(1), 1, 1).unwrap_or(Date::MAX);
    Span::new(start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        parse_date(s).unwrap()
    }

    #[test]
    fn month_limits_as_days() {
        for (m, days) in [(2, 60), (6, 182), (7, 213), (10, 304), (15, 456), (24, 730)] {
            assert_eq!(months_as_days(m), days, "{m} months");
        }
    }

    #[test]
    fn count_before_inside_a_span() {
        let set = DaySet::new([Span::new(d("2020-01-10"), d("2020-01-20"))]);
        assert_eq!(set.count_before(d("2020-01-15")), 5);
        assert_eq!(set.count_before(d("2020-01-10")), 0);
        assert_eq!(set.count_before(d("2020-02-01")), 10);
    }
}
