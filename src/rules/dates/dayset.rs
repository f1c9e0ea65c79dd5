//! Day sets: [`DaySet`] keeps a set of days as sorted, disjoint half-open spans with prefix sums,
//! so counting the days inside any window costs O(log n), and the maximum over all windows
//! ([`WindowMax`]) or the first day a rolling limit is reached costs O(n log n), whatever the
//! length of the history. Also the calendar years: [`split_by_year`], [`year_span`].

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use super::{add_days, add_years, days_between, Date, Span};

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
    use crate::rules::dates::parse_date;

    fn d(s: &str) -> Date {
        parse_date(s).unwrap()
    }

    #[test]
    fn count_before_inside_a_span() {
        let set = DaySet::new([Span::new(d("2020-01-10"), d("2020-01-20"))]);
        assert_eq!(set.count_before(d("2020-01-15")), 5);
        assert_eq!(set.count_before(d("2020-01-10")), 0);
        assert_eq!(set.count_before(d("2020-02-01")), 10);
    }
}
