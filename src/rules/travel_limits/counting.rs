//! Counting for `travel-limits`: the half-time rule's form and windows, the permanent-residence
//! tracks, and rolling maxima over the days abroad.

use super::{Basis, Situation};
use crate::rules::dates::{add_days, add_years, days_between, DaySet, Span};
use crate::rules::law::{
    TrackLimit, TL_HALF_TIME_MAX_DAYS, TL_HALF_TIME_WINDOW_DAYS, TL_PR_FIVE_YEAR_TRACK,
    TL_PR_THREE_YEAR_TRACK,
};
use crate::rules::Date;

/// The most days found in one window, and that window (`None` when there are no days at all).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct WindowCount {
    pub days: i64,
    pub window: Option<Span>,
}

/// The largest number of days of `set` in any window `[d, d + len)` with `d >= from` (any `d`
/// when `from` is `None`), and the earliest such window. A best window can always be slid to
/// start on the first day of a span (or on `from`), so starts from the first to the last day of
/// the set are enough.
pub(super) fn rolling_max(set: &DaySet, len: i64, from: Option<Date>) -> WindowCount {
    let clipped;
    let set = match from {
        Some(start) => {
            clipped = set.clip(Span::new(start, Date::MAX));
            &clipped
        }
        None => set,
    };
    let none = WindowCount {
        days: 0,
        window: None,
    };
    let (Some(first), Some(last)) = (set.spans().first(), set.spans().last()) else {
        return none;
    };
    match set.max_window_days(len, first.start, last.start) {
        Some(m) if m.days > 0 => WindowCount {
            days: m.days,
            window: Some(m.window),
        },
        _ => none,
    }
}

/// The permit period of C9, `[permitStart, permitEnd]` (both printed days included), as a
/// half-open span, and its length `P = permitEnd − permitStart + 1`.
pub(super) fn permit_period(start: Date, end: Date) -> Span {
    Span::inclusive(start, end)
}

/// Which form of the half-time rule applies (utf. § 10-19a, seed 004).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum HalfTimeRule {
    /// A permit of one year or less (`permitEnd <= permitStart + 1 year`): the days abroad inside
    /// the permit period, at most `limit` = `min(182, floor(P / 2))`, half the period.
    Period { period: Span, limit: i64 },
    /// A permit of more than one year, and always collective protection (renewed a year at a
    /// time): every window `[d, d + 365 days)` with `d >= from`, at most 182 days. Also used,
    /// protectively, when the end is unknown (the stricter rule); `from` is `None` when the start
    /// is unknown (every window over the recorded stays). `end_known` and `collective` only
    /// change the explanation.
    Rolling {
        from: Option<Date>,
        end_known: bool,
        collective: bool,
    },
}

impl HalfTimeRule {
    pub fn new(start: Option<Date>, end: Option<Date>, collective: bool) -> HalfTimeRule {
        match (start, end) {
            (Some(s), Some(e)) if !collective && e <= add_years(s, 1) => {
                let period = permit_period(s, e);
                let half = period.len() / 2;
                HalfTimeRule::Period {
                    period,
                    limit: half.min(TL_HALF_TIME_MAX_DAYS.now()),
                }
            }
            (from, end) => HalfTimeRule::Rolling {
                from,
                end_known: end.is_some(),
                collective,
            },
        }
    }

    /// The most days abroad the rule allows.
    pub fn limit(&self) -> i64 {
        match *self {
            HalfTimeRule::Period { limit, .. } => limit,
            HalfTimeRule::Rolling { .. } => TL_HALF_TIME_MAX_DAYS.now(),
        }
    }

    /// The figure the rule compares with its limit: days in the permit period, or the most days
    /// in one 365-day window.
    pub fn count(&self, abroad: &DaySet) -> WindowCount {
        match *self {
            HalfTimeRule::Period { period, .. } => WindowCount {
                days: abroad.count_in(period),
                window: (!period.is_empty()).then_some(period),
            },
            HalfTimeRule::Rolling { from, .. } => {
                rolling_max(abroad, TL_HALF_TIME_WINDOW_DAYS.now(), from)
            }
        }
    }

    /// The first day on which the rule is broken (the day abroad that goes over the limit).
    pub fn exceeded_on(&self, abroad: &DaySet) -> Option<Date> {
        let threshold = self.limit() + 1;
        match *self {
            // Every window ending inside the permit period reaches back to its start.
            HalfTimeRule::Period { period, .. } => abroad
                .clip(period)
                .first_day_reaching_days(period.len().max(1), threshold),
            HalfTimeRule::Rolling { from, .. } => {
                let set =
                    from.map_or_else(|| abroad.clone(), |f| abroad.clip(Span::new(f, Date::MAX)));
                set.first_day_reaching_days(TL_HALF_TIME_WINDOW_DAYS.now(), threshold)
            }
        }
    }

    /// The days still allowed in the window that ends on the day before `end` (`end` excluded):
    /// the permit period up to then for a short permit, else the 365 days before `end` (from the
    /// permit's start on). Never below zero.
    pub fn days_left(&self, abroad: &DaySet, end: Date) -> i64 {
        let used = match *self {
            HalfTimeRule::Period { period, .. } => {
                abroad.count_in(Span::new(period.start, end.min(period.end)))
            }
            HalfTimeRule::Rolling { from, .. } => {
                let start = add_days(end, -TL_HALF_TIME_WINDOW_DAYS.now());
                let start = from.map_or(start, |f| start.max(f));
                abroad.count_in(Span::new(start, end))
            }
        };
        (self.limit() - used).max(0)
    }

    /// Whether every window of the rule that holds a day of `trip` stays within the limit, with
    /// the days of `set` (which include the trip's). C10: a window holding none of the trip's
    /// days is left to the criterion.
    pub fn keeps_around(&self, set: &DaySet, trip: Span) -> bool {
        if trip.is_empty() {
            return true;
        }
        match *self {
            HalfTimeRule::Period { period, limit } => {
                trip.intersect(period).is_empty() || set.count_in(period) <= limit
            }
            HalfTimeRule::Rolling { from, .. } => {
                let len = TL_HALF_TIME_WINDOW_DAYS.now();
                let lo = add_days(trip.start, 1 - len);
                let lo = from.map_or(lo, |f| lo.max(f));
                let Some(hi) = trip.last_day() else {
                    return true;
                };
                set.max_window_days(len, lo, hi)
                    .is_none_or(|m| m.days <= TL_HALF_TIME_MAX_DAYS.now())
            }
        }
    }

    /// The days around `trip` that [`HalfTimeRule::keeps_around`] may look at.
    pub fn region(&self, trip: Span) -> Span {
        match *self {
            HalfTimeRule::Period { period, .. } => period,
            HalfTimeRule::Rolling { .. } => {
                let len = TL_HALF_TIME_WINDOW_DAYS.now();
                Span::new(add_days(trip.start, 1 - len), add_days(trip.end, len - 1))
            }
        }
    }

    /// The length of the permit period `P`, for a short permit.
    pub fn period_days(&self) -> Option<i64> {
        match *self {
            HalfTimeRule::Period { period, .. } => Some(period.len()),
            HalfTimeRule::Rolling { .. } => None,
        }
    }
}

/// Which tracks of `tl.permanent-residence` apply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Tracks {
    /// Collective protection counts towards a permanent permit only under its own rules.
    Collective,
    /// One track, or both when it is not known which applies (met only if both are met).
    Known(Vec<TrackLimit>),
}

impl Tracks {
    /// RULES.md §3 (rev. 2): the five-year track (304 days in 5 years) for refugee,
    /// humanitarian and resettlement permits and any permit granted after an application for
    /// protection in Norway; the three-year track (213 days in 3 years) for other permits;
    /// particular connection and family immigration without `afterAsylumApplication: true`, and
    /// an unknown basis, check both. Before 1 December 2020 (on `asOf`, C11) there was only the
    /// three-year track.
    pub fn new(
        situation: Option<Situation>,
        basis: Option<Basis>,
        after_asylum: Option<bool>,
        as_of: Date,
    ) -> Tracks {
        if situation == Some(Situation::CollectiveProtection) {
            return Tracks::Collective;
        }
        let three = TL_PR_THREE_YEAR_TRACK.now();
        let Some(five) = TL_PR_FIVE_YEAR_TRACK.on(as_of) else {
            return Tracks::Known(vec![three]);
        };
        if after_asylum == Some(true) {
            return Tracks::Known(vec![five]);
        }
        Tracks::Known(match basis {
            Some(Basis::Refugee | Basis::Humanitarian | Basis::Resettlement) => vec![five],
            Some(Basis::Other) => vec![three],
            Some(Basis::ParticularConnection | Basis::Family) | None => vec![five, three],
        })
    }

    /// The one track that applies, when it is known.
    pub fn single(&self) -> Option<TrackLimit> {
        match self {
            Tracks::Known(t) if t.len() == 1 => t.first().copied(),
            _ => None,
        }
    }

    pub fn list(&self) -> &[TrackLimit] {
        match self {
            Tracks::Known(t) => t,
            Tracks::Collective => &[],
        }
    }
}

/// The `years` years up to and including `day`: `(day − years, day]`.
pub(super) fn track_window(track: TrackLimit, day: Date) -> Span {
    Span::new(add_days(add_years(day, -track.years), 1), add_days(day, 1))
}

/// `earliestPermanentApplication`: the earliest day `D >= max(asOf, residenceSince + N years)`
/// on which the days abroad in the N years up to and including `D` are within the track's limit,
/// if no more stays abroad are made. Days are tried one by one (each O(log n)): after N years
/// without a day abroad the count is zero, so the search ends.
pub(super) fn earliest_permanent_application(
    abroad: &DaySet,
    track: TrackLimit,
    residence_since: Date,
    as_of: Date,
) -> Option<Date> {
    let first = as_of.max(add_years(residence_since, track.years));
    let last_day_abroad = abroad.spans().last().and_then(|s| s.last_day());
    let horizon = add_years(last_day_abroad.map_or(first, |d| d.max(first)), track.years);
    let steps = days_between(first, horizon).max(0) + 1;
    (0..=steps)
        .map(|k| add_days(first, k))
        .find(|d| abroad.count_in(track_window(track, *d)) <= track.limit)
}
