//! Planning for `permanent-permit` (RULES.md §2 "Planning", C2, C10): [`plan`], the latest return
//! date of a planned trip (or of a stay still going on) that keeps both `pp.continuous` and
//! `pp.four-year-total` met, found by bisection over a fast feasibility test that looks only at
//! the stays near the trip; and [`reset_on`] (`resetOn`), the latest day 15 months in Norway in
//! a row were completed.

use chrono::Datelike;

use super::steps::{counted_days, reaches_four_year_limit, starts_new_period, year_totals, Limits};
use super::{ID_CONTINUOUS, ID_FOUR_YEAR};
use crate::rules::dates::{
    add_days, add_months, add_years, days_between, year_span, Date, Span, Stay,
};
use crate::rules::law::{PP_RESET_MONTHS, PP_WINDOW_YEARS};
use crate::rules::stays::Trip;
use crate::rules::Context;

/// RULES.md §2 "Planning": with `plannedTrip.from` (or, without a planned trip, an ongoing
/// stay) the latest return date `R` such that the record plus the stay `{from: P, to: R}` keeps
/// both `pp.continuous` and `pp.four-year-total` met; `None` when no return date does.
///
/// Feasibility is monotone in `R`: a later return adds days abroad (a longer stay, larger year
/// totals, so more counted years) and shortens the time in Norway before the next stay (periods
/// only merge). So `R` is found by bisection over `[lo, P + 730 days]` (a stay returning later
/// lasts 730 days or more): about ten tests of [`Feasibility::kept`], never a day-by-day loop.
///
/// - C10 (rev. 2): only the windows that hold a day of the trip count; a limit the record
///   already broke elsewhere does not block planning (its criterion reports it).
/// - `lo` for a planned trip is `P` (leaving and coming back the same day). For an ongoing stay
///   the days abroad up to `asOf` have happened, so `lo` is the earliest return that still
///   covers them: `asOf + 1` (default counting: the person is abroad on `asOf`), `asOf` (strict
///   counting: the return day itself counts as abroad). Either way the candidate at `lo` is the
///   record itself.
/// - A planned trip with a return date may sit before a recorded stay (a booked journey): the
///   return cannot be later than that stay's departure, so `R` is capped there; when the cap is
///   what limits `R`, no criterion sets the date and `latestReturnRule` is `null`.
pub(super) fn plan(record: &[Stay], limits: Limits, trip: Option<Trip>, ctx: &Context) -> Plan {
    let (from, base, lo, cap) = match (trip, record.split_last()) {
        (Some(t), _) => {
            let cap = record.get(insertion_point(record, t.from)).map(|s| s.from);
            (t.from, record, t.from, cap)
        }
        // C2 (rev. 2): for a stay still going on, the earliest return is today.
        (None, Some((last, before))) if last.to.is_none() => {
            (last.from, before, ctx.as_of.max(last.from), None)
        }
        _ => return Plan::default(),
    };
    let uncapped_hi = add_days(from, limits.continuous);
    let hi = cap.map_or(uncapped_hi, |c| c.min(uncapped_hi));
    let test = Feasibility::new(ctx, limits, base, from, hi);
    let kept = |r: Date| test.kept(r) == (true, true);
    let latest = if lo > hi || !kept(lo) {
        None
    } else {
        // Invariant: `lo + good` is kept; no day after `lo + bad` (up to `hi`) is.
        let (mut good, mut bad) = (0i64, days_between(lo, hi));
        while good < bad {
            let mid = good + (bad - good + 1) / 2;
            if kept(add_days(lo, mid)) {
                good = mid;
            } else {
                bad = mid - 1;
            }
        }
        Some(add_days(lo, good))
    };
    let rule = latest.and_then(|r| {
        if cap.is_some_and(|c| r >= c) {
            return None;
        }
        match test.kept(add_days(r, 1)) {
            (false, _) => Some(ID_CONTINUOUS),
            (true, false) => Some(ID_FOUR_YEAR),
            // Not reached: `R` is the last kept day up to `hi`, and past `P + 730` (Brexit:
            // `P + 1826`) the continuous rule is broken.
            (true, true) => None,
        }
    });
    let planned_back = trip.and_then(|t| t.to);
    let planned_within = planned_back.map(|to| latest.is_some_and(|r| to <= r));
    Plan {
        from: Some(from),
        ongoing: trip.is_none(),
        latest,
        rule,
        planned_within,
        planned_back,
        reset_on: None,
    }
}

/// `resetOn` (RULES.md §2 rev. 2): the latest day on which 15 months in Norway in a row were
/// completed (`prev.to + 15 months`) before the next stay began, counting the planned trip (or,
/// without one, `asOf`) as what comes after the last recorded stay: the stays before it no longer
/// count together with the trip.
pub(super) fn reset_on(stays: &[Stay], trip: Option<Trip>, as_of: Date) -> Option<Date> {
    let after_last = trip.map_or(as_of, |t| t.from);
    let starts = stays
        .iter()
        .skip(1)
        .map(|s| s.from)
        .chain([after_last])
        .filter(|d| *d <= after_last);
    stays
        .iter()
        .zip(starts)
        .filter_map(|(prev, next)| {
            let done = add_months(prev.to?, PP_RESET_MONTHS.now());
            (next >= done).then_some(done)
        })
        .max()
}

/// The planning answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Plan {
    /// The day of leaving (the planned trip's, or the ongoing stay's).
    pub(super) from: Option<Date>,
    /// Whether the plan is for a stay going on now (no planned trip).
    pub(super) ongoing: bool,
    pub(super) latest: Option<Date>,
    /// The criterion that a return one day later would break.
    pub(super) rule: Option<&'static str>,
    /// Whether the planned trip's own return date keeps both rules met.
    pub(super) planned_within: Option<bool>,
    /// The planned trip's own return date, if it has one.
    pub(super) planned_back: Option<Date>,
    /// `resetOn`: see [`reset_on`].
    pub(super) reset_on: Option<Date>,
}

/// The feasibility test of one return day `R` for the planned stay `{from, R}`: are
/// `pp.continuous` and `pp.four-year-total` both still met with it?
///
/// It assumes what [`plan`] checks first: the record *without* the planned stay keeps both rules
/// (`base`). Then only the planned stay's own period, and only the windows that reach into the
/// calendar years of the planned stay, can change, so only the stays near it are looked at:
///
/// - Continuous: every other stay is under 730 days, so only the planned stay's own length
///   matters.
/// - Four years: the planned stay changes the counted days only in its own calendar years
///   (step 1), and joins at most the period just before and the period just after it (step 2);
///   every other period keeps its stays and its days. Two periods never share a calendar year
///   (15 months apart), so the year totals of the planned stay's period come from its own stays.
///   A window `[d, d + 4 years)` that misses the planned stay's years holds, within its period,
///   exactly the days it held in the base, so fewer than 730. The windows that reach into those
///   years lie inside the zone `[1 January of (year(P) − 4), 1 January of (year(hi + 1) + 5))`;
///   the stays reaching into that zone, clipped to it, give those windows exactly, and any other
///   window counts no more than it did in the base.
///
/// So each test costs O(k log k) for the k stays of about eleven years, whatever the length of the
/// history. The property tests check it against evaluating the whole record again.
struct Feasibility<'a> {
    ctx: &'a Context,
    limits: Limits,
    from: Date,
    zone: Span,
    /// The base stays reaching into the zone, in date order.
    near: Vec<Stay>,
    /// Where the planned stay goes among them.
    at: usize,
}

impl<'a> Feasibility<'a> {
    fn new(
        ctx: &'a Context,
        limits: Limits,
        base: &[Stay],
        from: Date,
        hi: Date,
    ) -> Feasibility<'a> {
        let first_year = from.year().saturating_sub(PP_WINDOW_YEARS.now() as i32);
        let end_year = add_days(hi, 1)
            .year()
            .saturating_add(PP_WINDOW_YEARS.now() as i32 + 1);
        let zone = Span::new(year_span(first_year).start, year_span(end_year).start);
        let near: Vec<Stay> = base
            .iter()
            .filter(|s| s.return_day(ctx.as_of) >= zone.start && s.from < zone.end)
            .copied()
            .collect();
        let at = insertion_point(&near, from);
        Feasibility {
            ctx,
            limits,
            from,
            zone,
            near,
            at,
        }
    }

    /// `(pp.continuous met, pp.four-year-total met)` with the planned stay `{from, r}`.
    fn kept(&self, r: Date) -> (bool, bool) {
        let (as_of, counting) = (self.ctx.as_of, self.ctx.counting);
        let planned = Stay::new(self.from, Some(r));
        let trip_days = planned.abroad(as_of, counting);
        let continuous = !self.limits.reaches_continuous(trip_days.len());
        if !self.limits.four_year || trip_days.is_empty() {
            return (continuous, true);
        }
        let mut stays = self.near.clone();
        let at = self.at.min(stays.len());
        stays.insert(at, planned);
        // Step 2: the period of the planned stay, among the stays near it.
        let mut first = at;
        while let (Some(prev), Some(next)) = (
            first.checked_sub(1).and_then(|i| stays.get(i)),
            stays.get(first),
        ) {
            if starts_new_period(prev, next, as_of) {
                break;
            }
            first -= 1;
        }
        let mut last = at;
        while let (Some(prev), Some(next)) = (stays.get(last), stays.get(last + 1)) {
            if starts_new_period(prev, next, as_of) {
                break;
            }
            last += 1;
        }
        // Steps 1 and 4 for that period, inside the zone.
        let abroad: Vec<Span> = stays
            .get(first..=last)
            .unwrap_or(&[])
            .iter()
            .map(|s| s.abroad(as_of, counting).intersect(self.zone))
            .collect();
        let counted = counted_days(&abroad, &year_totals(&abroad));
        // C10: only the windows that hold a day of the trip.
        let (lo, hi) = windows_holding(trip_days);
        let four_year = counted
            .max_window_years(PP_WINDOW_YEARS.now(), lo, hi)
            .is_none_or(|w| !reaches_four_year_limit(w.days));
        (continuous, four_year)
    }
}

/// The starts `d` of the four-year windows `[d, d + 4 years)` that hold a day of `days`: from the
/// first `d` whose window reaches the first day, to the last day.
fn windows_holding(days: Span) -> (Date, Date) {
    let years = PP_WINDOW_YEARS.now();
    let mut lo = add_years(days.start, -years);
    // Calendar years: step to the first start whose window ends after the first day.
    while add_years(lo, years) > days.start {
        lo = add_days(lo, -1);
    }
    while add_years(lo, years) <= days.start {
        lo = add_days(lo, 1);
    }
    (lo, days.last_day().unwrap_or(days.start))
}

/// Where a stay leaving on `from` goes among stays in date order (after a stay that comes back
/// that day, even one that also left that day).
fn insertion_point(stays: &[Stay], from: Date) -> usize {
    stays.partition_point(|s| s.from < from || s.to == Some(from))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::dates::parse_date;
    use crate::rules::Counting;

    fn d(s: &str) -> Date {
        parse_date(s).unwrap()
    }

    fn ctx(as_of: &str) -> Context {
        Context {
            as_of: d(as_of),
            counting: Counting::TravelDaysInNorway,
        }
    }

    #[test]
    fn plan_without_anything_to_plan_is_empty() {
        let stays = [Stay::new(d("2020-01-01"), Some(d("2020-02-01")))];
        assert_eq!(
            plan(&stays, Limits::new(None), None, &ctx("2021-01-01")),
            Plan::default()
        );
    }

    #[test]
    fn reset_counts_the_time_before_the_trip_or_today() {
        let stays = [Stay::new(d("2020-01-01"), Some(d("2020-02-01")))];
        // 15 months after 1 February 2020 is 1 May 2021.
        assert_eq!(
            reset_on(&stays, None, d("2021-05-01")),
            Some(d("2021-05-01"))
        );
        assert_eq!(reset_on(&stays, None, d("2021-04-30")), None);
        let trip = Trip {
            from: d("2021-06-01"),
            to: None,
            schengen: false,
            ukraine: false,
        };
        assert_eq!(
            reset_on(&stays, Some(trip), d("2021-01-01")),
            Some(d("2021-05-01"))
        );
    }
}

/// The fast feasibility test of planning against evaluating the whole record again.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod feasibility {
    use super::super::steps::Analysis;
    use super::*;
    use crate::rules::law::PP_MAX_CONTINUOUS_DAYS;
    use crate::rules::Counting;
    use proptest::prelude::*;

    /// C10 on the whole record: the trip's own length, and every four-year window of every
    /// period that holds a day of the trip.
    fn full_kept(base: &[Stay], from: Date, r: Date, ctx: &Context) -> (bool, bool) {
        let mut all = base.to_vec();
        let trip = Stay::new(from, Some(r));
        let at = insertion_point(base, from);
        all.insert(at, trip);
        let limits = Limits::new(None);
        let a = Analysis::new(&all, ctx, limits);
        let days = trip.abroad(ctx.as_of, ctx.counting);
        let continuous = !limits.reaches_continuous(days.len());
        if days.is_empty() {
            return (continuous, true);
        }
        let (lo, hi) = windows_holding(days);
        // Windows count within one period: the trip's own.
        let four_year = a
            .periods
            .iter()
            .zip(&a.counted)
            .filter(|(p, _)| p.contains(&at))
            .all(|(_, c)| {
                c.max_window_years(PP_WINDOW_YEARS.now(), lo, hi)
                    .is_none_or(|w| !reaches_four_year_limit(w.days))
            });
        (continuous, four_year)
    }

    /// Stays before a hole, the hole where the planned stay leaves, stays after it.
    fn case() -> impl Strategy<Value = (Vec<Stay>, Date, Option<Date>, Context, Vec<i64>)> {
        (
            prop::collection::vec((0i64..560, 0i64..760), 0..7),
            0usize..7,
            0i64..500,
            0i64..900,
            any::<bool>(),
            prop::collection::vec(0i64..=731, 6),
        )
            .prop_map(|(parts, hole, trip_gap, room, strict, offsets)| {
                let mut day = Date::from_ymd_opt(2008, 1, 1).unwrap_or_default();
                let mut stays = Vec::new();
                let mut from = None;
                for (k, (gap, len)) in parts.into_iter().enumerate() {
                    if k == hole {
                        let p = add_days(day, trip_gap);
                        from = Some(p);
                        day = add_days(p, room);
                    }
                    let f = add_days(day, gap);
                    let t = add_days(f, len);
                    stays.push(Stay::new(f, Some(t)));
                    day = t;
                }
                let from = from.unwrap_or_else(|| add_days(day, trip_gap));
                let cap = stays.iter().map(|s| s.from).find(|f| *f >= from);
                let ctx = Context {
                    as_of: add_days(day, 30),
                    counting: if strict {
                        Counting::TravelDaysAbroad
                    } else {
                        Counting::TravelDaysInNorway
                    },
                };
                (stays, from, cap, ctx, offsets)
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn fast_test_equals_whole_record((base, from, cap, ctx, offsets) in case()) {
            let limits = Limits::new(None);
            let uncapped = add_days(from, PP_MAX_CONTINUOUS_DAYS.now());
            let hi = cap.map_or(uncapped, |c| c.min(uncapped));
            let test = Feasibility::new(&ctx, limits, &base, from, hi);
            for off in offsets {
                let r = add_days(from, off).min(hi);
                prop_assert_eq!(test.kept(r), full_kept(&base, from, r, &ctx), "return {}", r);
            }
        }
    }
}
