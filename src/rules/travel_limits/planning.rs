//! Planning for `travel-limits` (RULES.md C2, C10): the latest return date of a planned trip, or
//! of a stay still going on.
//!
//! C10: with the recorded stays plus the trip `{from, to: R}`, every counting window that holds
//! at least one day of the trip must stay within its limit; a limit already broken by the
//! recorded stays alone, in windows holding no day of the trip, does not block planning (its
//! criterion reports it). "A day of the trip" is a day the rule counts (C3 for the half-time rule:
//! by default the travel days are days in Norway, so a same-day trip holds none; C4 for Schengen:
//! entry and exit days included) — the reading that keeps one convention for every rule.
//!
//! Feasibility only falls as `R` moves later (a later return adds days to the trip and puts more
//! windows in play), so `R` is found by bisection; each candidate is counted on the spans near
//! the trip only ([`DaySet`] prefix sums), in O(k log k) for the k stays within a window of it.

use super::counting::{track_window, HalfTimeRule};
use super::criteria::{ID_HALF_TIME, ID_PERMIT_VALID, ID_SCHENGEN, ID_UKRAINE};
use crate::rules::dates::{add_days, add_years, days_between, DaySet, Span, Stay};
use crate::rules::law::{TrackLimit, SCHENGEN};
use crate::rules::stays::Trip;
use crate::rules::{Context, Counting, Date};

/// Planning looks at most this many years past the later of the earliest return and the permit's
/// end. Every rule that bounds a trip is broken well before (a trip of 183 days breaks the rolling
/// half-time rule, 91 days the Schengen rule); a trip still allowed then is not bounded.
const PLANNING_HORIZON_YEARS: i64 = 2;

/// A trip to plan: the recorded stays it is added to, its departure, the earliest return that
/// can be asked about, and the departure of a later recorded stay that bounds its return.
pub(super) struct Planning {
    /// Days abroad (C3) and Schengen days (C4) of the other stays.
    base_abroad: DaySet,
    base_schengen: DaySet,
    pub from: Date,
    schengen: bool,
    pub ukraine: bool,
    /// C2 (rev. 2): the day of departure for a planned trip (a same-day trip), `asOf` for a stay
    /// still going on (coming back today).
    earliest: Date,
    next_departure: Option<Date>,
    as_of: Date,
    counting: Counting,
    /// The half-time rule, `None` when it does not apply (refugees).
    rule: Option<HalfTimeRule>,
}

/// Which rules a return date keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Keeps {
    pub half_time: bool,
    pub schengen: bool,
}

impl Keeps {
    pub fn all(&self) -> bool {
        self.half_time && self.schengen
    }

    /// The criterion a return date breaks, the half-time rule first.
    fn broken_rule(&self) -> Option<&'static str> {
        if !self.half_time {
            Some(ID_HALF_TIME)
        } else if !self.schengen {
            Some(ID_SCHENGEN)
        } else {
            None
        }
    }
}

/// The answer of planning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Plan {
    pub latest: Option<Date>,
    /// The rule that sets the date: the criterion a return one day later breaks
    /// (`tl.half-time`, `tl.schengen`), `tl.permit-valid` when the permit's last day is what
    /// binds, `next-stay` when a later recorded stay does; when no date is given, the rule that
    /// rules out every return (`tl.no-ukraine-trip` for a trip to Ukraine under collective
    /// protection).
    pub rule: Option<&'static str>,
    /// No rule bounds the trip (a refugee's trip outside Schengen with no known permit end).
    pub unbounded: bool,
}

/// The spans of `set` that meet `region`, cut to it: O(log n) to find, by bisection on the
/// sorted, disjoint spans.
fn near(set: &DaySet, region: Span) -> impl Iterator<Item = Span> + '_ {
    let spans = set.spans();
    let i = spans.partition_point(|s| s.end <= region.start);
    let j = spans.partition_point(|s| s.start < region.end).max(i);
    spans
        .get(i..j)
        .unwrap_or(&[])
        .iter()
        .map(move |s| s.intersect(region))
}

impl Planning {
    /// The trip to plan: `plannedTrip`, or else a stay still going on (its return is what is
    /// planned).
    pub fn new(
        stays: &[Stay],
        trip: Option<Trip>,
        rule: Option<HalfTimeRule>,
        ctx: &Context,
    ) -> Option<Planning> {
        let (from, schengen, ukraine, earliest, skip) = match trip {
            Some(t) => (t.from, t.schengen, t.ukraine, t.from, None),
            None => {
                let (i, s) = stays.iter().enumerate().find(|(_, s)| s.to.is_none())?;
                (
                    s.from,
                    s.schengen,
                    s.ukraine,
                    ctx.as_of.max(s.from),
                    Some(i),
                )
            }
        };
        let others = stays
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != skip)
            .map(|(_, s)| *s);
        let next_departure = others.clone().map(|s| s.from).filter(|d| *d > from).min();
        Some(Planning {
            base_abroad: DaySet::new(others.clone().map(|s| s.abroad(ctx.as_of, ctx.counting))),
            base_schengen: DaySet::new(
                others
                    .filter(|s| s.schengen)
                    .map(|s| s.schengen_days(ctx.as_of)),
            ),
            from,
            schengen,
            ukraine,
            earliest,
            next_departure,
            as_of: ctx.as_of,
            counting: ctx.counting,
            rule,
        })
    }

    fn trip(&self, back: Date) -> Stay {
        Stay {
            from: self.from,
            to: Some(back),
            schengen: self.schengen,
            ukraine: self.ukraine,
        }
    }

    /// Whether coming back on `back` keeps `tl.half-time` (when it applies) and, for a Schengen
    /// trip, `tl.schengen`, in every window that holds a day of the trip (C10).
    pub fn keeps(&self, back: Date) -> Keeps {
        let trip = self.trip(back);
        let half_time = self.rule.is_none_or(|rule| {
            let days = trip.abroad(self.as_of, self.counting);
            let region = rule.region(days);
            let local =
                DaySet::new(near(&self.base_abroad, region).chain([days.intersect(region)]));
            rule.keeps_around(&local, days)
        });
        let schengen = !self.schengen || {
            let (limit, window) = SCHENGEN.now();
            let days = trip.schengen_days(self.as_of);
            let region = Span::new(
                add_days(days.start, 1 - window),
                add_days(days.end, window - 1),
            );
            let local = DaySet::new(near(&self.base_schengen, region).chain([days]));
            let lo = add_days(days.start, 1 - window);
            match days.last_day() {
                Some(hi) => local
                    .max_window_days(window, lo, hi)
                    .is_none_or(|m| m.days <= limit),
                None => true,
            }
        };
        Keeps {
            half_time,
            schengen,
        }
    }

    /// `latestReturnDate` (C10), never after `permit_end` (rev. 2), for a trip that may go to
    /// Ukraine under collective protection (`ukraine_forbidden`: then no date at all).
    pub fn latest_return(&self, permit_end: Option<Date>, ukraine_forbidden: bool) -> Plan {
        let none = |rule| Plan {
            latest: None,
            rule: Some(rule),
            unbounded: false,
        };
        if ukraine_forbidden && self.ukraine {
            return none(ID_UKRAINE);
        }
        if permit_end.is_some_and(|end| self.earliest > end) {
            return none(ID_PERMIT_VALID);
        }
        let at_earliest = self.keeps(self.earliest);
        if !at_earliest.all() {
            return none(at_earliest.broken_rule().unwrap_or(ID_HALF_TIME));
        }
        let horizon = add_years(
            self.earliest.max(permit_end.unwrap_or(self.earliest)),
            PLANNING_HORIZON_YEARS,
        );
        let bounds = [Some(horizon), self.next_departure, permit_end];
        let last = bounds.into_iter().flatten().min().unwrap_or(horizon);
        if self.keeps(last).all() {
            // Nothing in the rules bounds the trip up to `last`: the permit's end, a later
            // recorded departure, or nothing at all. When the permit's last day is also the last
            // day a travel rule allows, the travel rule is named: it binds even after a renewal.
            let rule = if Some(last) == permit_end {
                Some(
                    self.keeps(add_days(last, 1))
                        .broken_rule()
                        .unwrap_or(ID_PERMIT_VALID),
                )
            } else if Some(last) == self.next_departure {
                Some("next-stay")
            } else {
                return Plan {
                    latest: None,
                    rule: None,
                    unbounded: true,
                };
            };
            return Plan {
                latest: Some(last),
                rule,
                unbounded: false,
            };
        }
        // Invariant: offset `lo` keeps the rules, offset `hi` does not.
        let (mut lo, mut hi) = (0i64, days_between(self.earliest, last).max(0));
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if self.keeps(add_days(self.earliest, mid)).all() {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        Plan {
            latest: Some(add_days(self.earliest, lo)),
            rule: self.keeps(add_days(self.earliest, hi)).broken_rule(),
            unbounded: false,
        }
    }

    /// Days abroad in the permanent-residence window ending on `day` if the trip ends on `back`:
    /// the record's days by prefix sums plus the trip's share, in O(log n).
    fn permanent_days(&self, track: TrackLimit, day: Date, back: Date) -> i64 {
        let w = track_window(track, day);
        let trip = self.trip(back).abroad(self.as_of, self.counting);
        // Under strict counting a trip may share its first day with the stay before it.
        let shared = near(&self.base_abroad, trip.intersect(w))
            .map(|s| s.len())
            .sum::<i64>();
        self.base_abroad.count_in(w) + trip.intersect(w).len() - shared
    }

    /// `latestReturnForPermanent`: the latest return such that on every day from the earliest
    /// return until the return day, the days abroad in the track's window stay within its limit
    /// (the window ending on the return day holds the whole trip; after it no days are added).
    /// Both tracks: the earlier of the two. Days are tried one by one: the limit (at most 304) is
    /// reached within a few years, each step costing O(log n).
    pub fn latest_for_permanent(&self, tracks: &[TrackLimit]) -> Option<Date> {
        let mut latest: Option<Date> = None;
        for track in tracks {
            let steps = track.years.saturating_mul(366).saturating_add(2);
            let mut ok: Option<Date> = None;
            for k in 0..=steps {
                let day = add_days(self.earliest, k);
                if self.next_departure.is_some_and(|d| day > d) {
                    break;
                }
                if self.permanent_days(*track, day, day) > track.limit {
                    break;
                }
                ok = Some(day);
            }
            let ok = ok?;
            latest = Some(latest.map_or(ok, |l: Date| l.min(ok)));
        }
        latest
    }

    /// Whether a return on `back` keeps the permanent-residence limit on every day until then.
    pub fn keeps_permanent(&self, tracks: &[TrackLimit], back: Date) -> bool {
        self.latest_for_permanent(tracks)
            .is_some_and(|latest| back <= latest)
    }
}
