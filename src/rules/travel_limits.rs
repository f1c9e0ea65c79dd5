//! Checker `travel-limits` (RULES.md §3): how long someone with a temporary residence permit may
//! be abroad, and what an asylum seeker must know before leaving Norway.
//!
//! Sources: seed 004 ("Can I travel to other countries while I am living in Norway?"), seed 002
//! ("May I leave Norway while I am waiting …? No, your case will be dismissed if you leave
//! Norway."); utl. § 60 (5) and utf. § 10-19a (half of the time in Norway), utl. § 62 (1)-(2) and
//! utf. § 11-3 (stays abroad before a permanent permit), CISA art. 21 and utf. § 3-1 (Schengen).
//!
//! Three criteria, each a small function below: `half_time` (`tl.half-time`),
//! `permanent_residence` (`tl.permanent-residence`) and `schengen` (`tl.schengen`).
//! Planning (`latestReturnDate`) is done by `Planning`: feasibility is monotone in the return
//! date (a later return only adds days abroad), so it is found by bisection, each candidate
//! evaluated on sorted spans with prefix sums ([`DaySet`]), never on per-day sets, and only on
//! the windows that meet the trip (the others were checked once, for the earliest return).
//!
//! Figures (API.md "more may be added"; the UI shows them and recomputes nothing):
//! `halfTimeApplies`, `halfTimeRule` (`permit-year` | `rolling-365`), `halfTimeLimit`,
//! `maxDaysAbroadIn365` (rolling rule, else null), `daysAbroadInPermitYear` (one-year permit, else
//! null), `halfTimeWindow` {start, end}, `daysLeftInWindow` (182 minus the days in the permit
//! year, or in the 365 days ending on `asOf`; null for refugees), `daysAbroadForPermanent`,
//! `permanentResidenceLimit`, `permanentResidenceYears`, `maxSchengenDaysIn180`, `schengenLimit`,
//! `schengenWindow` {start, end}, `schengenDaysLeftInWindow`, `exceededOn` (first day the
//! half-time rule, where it applies, or the Schengen rule is broken; the permanent-residence
//! limit does not cost the permit and is not included); planning: `planningFor`
//! (`planned-trip` | `ongoing-stay` | null), `planningFrom`, `latestReturnDate`,
//! `latestReturnRule` (`tl.half-time` | `tl.schengen` | `next-stay`: the rule the day after
//! breaks, or, when no return keeps the rules, the rule already broken), `noReturnLimit` (true
//! when no rule bounds the trip: a refugee's trip outside Schengen, or a trip that no longer
//! touches a one-year permit's year), `latestReturnForPermanent`, and with `plannedTrip.to`:
//! `plannedReturnWithinLimits`, `plannedReturnKeepsPermanent`.
//!
//! Choices where RULES.md is silent (each protects the user; repeated beside the code):
//! - `situation` unknown (`null`) is evaluated as a temporary permit (this checker's subject, and
//!   what an API caller that leaves it out means), but every explanation then opens with the
//!   warning that an asylum seeker must not leave Norway. Answering `must-not-travel` would hide
//!   every limit from the permit holders the checker is for; the app asks the situation first.
//! - Permit dates unknown: an unknown end applies the rolling 365-day rule (stricter than one
//!   permit year); an unknown start counts every 365-day window over all recorded stays.
//! - `permitBasis` unknown: the half-time rule applies (it spares only refugees), and both
//!   permanent-residence tracks are checked.
//! - Over 182 days under those strict readings while a permit date or the basis is unknown:
//!   `tl.half-time` is `unknown`, not `not-met` (C8: unknown answers give unknown; the rule
//!   might not count those days); the outcome stays `limit-exceeded` (the permit may be lost).
//! - `tl.permanent-residence` unknown (the two tracks disagree) gives `at-risk`, like not met.
//! - Days abroad after the end of a one-year permit are outside its permit year and do not count
//!   for `tl.half-time`, exactly as the rule reads.
//! - `halfTimeWindow` and `schengenWindow` give the first and the *last* day of the window
//!   (both included), as a person reads a period; the engine's windows are half-open inside.
//! - With no planned trip but a stay still going on, planning is done for that stay: the latest
//!   day to come back from it.
//! - For `must-not-travel`, no return date is given at all (`latestReturnDate` null,
//!   `daysLeftInWindow` 0): any trip gets the application for protection dismissed.

use serde::{Deserialize, Serialize};

use super::dates::{add_days, add_years, borderline, days_between, DaySet, Span, Stay};
use super::law::{
    SCHENGEN_MAX_DAYS, SCHENGEN_WINDOW_DAYS, TL_HALF_TIME_MAX_DAYS, TL_HALF_TIME_WINDOW_DAYS,
    TL_PR_LAW_CHANGE, TL_PR_OTHER_MAX_DAYS, TL_PR_OTHER_YEARS, TL_PR_PROTECTED_MAX_DAYS,
    TL_PR_PROTECTED_YEARS,
};
use super::stays::{check_stays, check_trip, Trip};
use super::{
    Context, Counting, Criterion, Date, Evaluation, Figure, InputError, Outcome, Status, Window,
};
use crate::msg;
use crate::text::{Arg, Msg, Text};

/// Sources of each criterion (seed page + provisions).
const SOURCES_HALF_TIME: [&str; 3] = ["seed:004", "utl. § 60 (5)", "utf. § 10-19a"];
const SOURCES_PERMANENT: [&str; 3] = ["seed:004", "utl. § 62 (1)-(2)", "utf. § 11-3"];
const SOURCES_SCHENGEN: [&str; 3] = ["seed:004", "CISA art. 21", "utf. § 3-1"];
const SOURCE_ASYLUM: &str = "seed:002";

/// Planning looks at most this many years past the later of earliest return and permit end. Every
/// rule that bounds a trip is broken well before (a trip of 183 days breaks the rolling
/// half-time rule, 91 days the Schengen rule); a trip still allowed then is not bounded.
const PLANNING_HORIZON_YEARS: i64 = 2;

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

crate::choice! {
    /// `situation`: holds a temporary permit, or waits for an answer to an application for
    /// protection.
    pub enum Situation {
        TemporaryPermit => "temporary-permit",
        AsylumSeeker => "asylum-seeker",
    }
}

crate::choice! {
    /// `permitBasis`: § 38 (strong humanitarian grounds / particular connection), § 28 (refugee),
    /// or another temporary permit.
    pub enum Basis {
        Humanitarian => "humanitarian",
        Refugee => "refugee",
        Other => "other",
    }
}

/// The answers of a `travel-limits` request (API.md `input`). `None` = unknown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Input {
    pub situation: Option<Situation>,
    pub permit_basis: Option<Basis>,
    pub permit_start: Option<Date>,
    pub permit_end: Option<Date>,
    pub stays: Vec<Stay>,
    pub planned_trip: Option<Trip>,
}

/// C8: the permit dates in order, the stays (`rules::stays::check_stays`) and the planned trip
/// against them (`rules::stays::check_trip`). `stays_complete` is false when some entries of the
/// list could not be read: the list, and the trip's place among the stays, are not checked then.
pub fn check(input: &Input, ctx: &Context, stays_complete: bool) -> Vec<InputError> {
    let mut errors = Vec::new();
    if let (Some(start), Some(end)) = (input.permit_start, input.permit_end) {
        if end < start {
            errors.push(InputError::new(
                "permitEnd",
                msg!("tl-permit-end-before-start", end_s = end, start_s = start),
            ));
        }
    }
    if stays_complete {
        let stay_errors = check_stays(&input.stays, ctx.as_of, "stays");
        let stays_ok = stay_errors.is_empty();
        errors.extend(stay_errors);
        if let (true, Some(t)) = (stays_ok, &input.planned_trip) {
            errors.extend(check_trip(t, &input.stays));
        }
    }
    errors
}

// ---------------------------------------------------------------------------------------------
// Counting
// ---------------------------------------------------------------------------------------------

/// The most days found in one window, and that window (`None` when there are no days at all).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct WindowCount {
    days: i64,
    window: Option<Span>,
}

/// The largest number of days of `set` in any window `[d, d + len)` with `d >= from` (any `d`
/// when `from` is `None`), and the earliest such window. A best window can always be slid to
/// start on the first day of a span (or on `from`), so starts from the first to the last day of
/// the set are enough.
fn rolling_max(set: &DaySet, len: i64, from: Option<Date>) -> WindowCount {
    let clipped;
    let set = match from {
        Some(start) => {
            clipped = set.clip(Span::new(start, Date::MAX));
            &clipped
        }
        None => set,
    };
    let (Some(first), Some(last)) = (set.spans().first(), set.spans().last()) else {
        return WindowCount {
            days: 0,
            window: None,
        };
    };
    match set.max_window_days(len, first.start, last.start) {
        Some(m) if m.days > 0 => WindowCount {
            days: m.days,
            window: Some(m.window),
        },
        _ => WindowCount {
            days: 0,
            window: None,
        },
    }
}

/// Which form of the half-time rule applies (utf. § 10-19a, seed 004).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum HalfTimeRule {
    /// A permit of one year or less (`permitEnd <= permitStart + 1 year`): the days abroad
    /// inside the permit year `[permitStart, permitEnd)`.
    PermitYear(Span),
    /// A permit of more than one year: every window `[d, d + 365 days)` with `d >= from`.
    /// Also used, protectively, when the end is unknown (the stricter rule); `from` is `None`
    /// when the start is unknown (every window over the recorded stays). `end_known` only
    /// changes the explanation.
    Rolling { from: Option<Date>, end_known: bool },
}

impl HalfTimeRule {
    fn new(start: Option<Date>, end: Option<Date>) -> HalfTimeRule {
        match (start, end) {
            (Some(s), Some(e)) if e <= add_years(s, 1) => HalfTimeRule::PermitYear(Span::new(s, e)),
            (from, end) => HalfTimeRule::Rolling {
                from,
                end_known: end.is_some(),
            },
        }
    }

    /// The figure the rule compares with 182: days in the permit year, or the most days in one
    /// 365-day window.
    fn count(&self, abroad: &DaySet) -> WindowCount {
        match *self {
            HalfTimeRule::PermitYear(year) => WindowCount {
                days: abroad.count_in(year),
                window: (!year.is_empty()).then_some(year),
            },
            HalfTimeRule::Rolling { from, .. } => {
                rolling_max(abroad, TL_HALF_TIME_WINDOW_DAYS, from)
            }
        }
    }

    /// The first day on which the rule is broken (the 183rd day abroad in the window).
    fn exceeded_on(&self, abroad: &DaySet) -> Option<Date> {
        let threshold = TL_HALF_TIME_MAX_DAYS + 1;
        match *self {
            // Every window ending inside the permit year reaches back to its start.
            HalfTimeRule::PermitYear(year) => abroad
                .clip(year)
                .first_day_reaching_days(year.len().max(1), threshold),
            HalfTimeRule::Rolling {
                from: Some(start), ..
            } => abroad
                .clip(Span::new(start, Date::MAX))
                .first_day_reaching_days(TL_HALF_TIME_WINDOW_DAYS, threshold),
            HalfTimeRule::Rolling { from: None, .. } => {
                abroad.first_day_reaching_days(TL_HALF_TIME_WINDOW_DAYS, threshold)
            }
        }
    }

    /// Days the person can still spend abroad in the window that ends today: the permit year
    /// for a one-year permit, else the 365 days up to and including `as_of` (from the permit's
    /// start on).
    fn days_left(&self, abroad: &DaySet, as_of: Date) -> i64 {
        let used = match *self {
            HalfTimeRule::PermitYear(year) => abroad.count_in(year),
            HalfTimeRule::Rolling { from, .. } => {
                let end = add_days(as_of, 1);
                let start = add_days(end, -TL_HALF_TIME_WINDOW_DAYS);
                let start = from.map_or(start, |f| start.max(f));
                abroad.count_in(Span::new(start, end))
            }
        };
        (TL_HALF_TIME_MAX_DAYS - used).max(0)
    }

    fn keeps(&self, abroad: &DaySet) -> bool {
        self.count(abroad).days <= TL_HALF_TIME_MAX_DAYS
    }
}

/// One track of the permanent-residence rule: at most `limit` days abroad in `years` years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Track {
    years: i64,
    limit: i64,
}

/// § 38 and § 28 (refugee) permits: 10 months (304 days) in 5 years (utf. § 11-3 as amended on
/// 1 December 2020).
const PROTECTED: Track = Track {
    years: TL_PR_PROTECTED_YEARS,
    limit: TL_PR_PROTECTED_MAX_DAYS,
};
/// Other permits: 7 months (213 days) in 3 years (utf. § 11-3).
const OTHER: Track = Track {
    years: TL_PR_OTHER_YEARS,
    limit: TL_PR_OTHER_MAX_DAYS,
};

impl Track {
    /// The tracks to check: the one for the basis, or both when the basis is unknown.
    fn for_basis(basis: Option<Basis>) -> Vec<Track> {
        match basis {
            Some(Basis::Humanitarian | Basis::Refugee) => vec![PROTECTED],
            Some(Basis::Other) => vec![OTHER],
            None => vec![PROTECTED, OTHER],
        }
    }

    /// The `years` years before `day`, `day` included: `(day - years, day]`.
    fn window_ending(&self, day: Date) -> Span {
        Span::new(add_days(add_years(day, -self.years), 1), add_days(day, 1))
    }
}

// ---------------------------------------------------------------------------------------------
// Criteria
// ---------------------------------------------------------------------------------------------

/// The sentence every criterion starts with when the person may be an asylum seeker (seed 002:
/// "May I leave Norway while I am waiting for my application for individual protection to be
/// processed? No, your case will be dismissed if you leave Norway.").
fn asylum_notice(situation: Option<Situation>) -> Option<Msg> {
    match situation {
        Some(Situation::TemporaryPermit) => None,
        Some(Situation::AsylumSeeker) => Some(msg!("tl-notice-asylum-seeker")),
        None => Some(msg!("tl-notice-situation-unknown")),
    }
}

/// C3 in words: how the travel days were counted.
fn counting_sentence(counting: Counting) -> Msg {
    match counting {
        Counting::TravelDaysInNorway => msg!("tl-counting-default"),
        Counting::TravelDaysAbroad => msg!("tl-counting-strict"),
    }
}

/// A window in words: "1 March 2024 – 28 February 2025" (first and last day).
fn window_words(w: Span) -> Msg {
    msg!("date-range", from = w.start, to = w.last_day().unwrap_or(w.start))
}

/// `tl.half-time`: seed 004, "You must live in Norway at least half of the time you have a
/// residence permit for. If you have been given a residence permit for one year, you cannot stay
/// abroad for more than six months in total during that year. If you have been given a residence
/// permit for several years, you cannot stay abroad for more than a total of 182 days in any 365
/// day period. If you do so, you can lose your residence permit"; utl. § 60 (5), utf. § 10-19a.
///
/// Six months are 182 days (C5); "more than" → exceeded at 183 (C6). Not applied to refugees
/// (RULES.md §3): `met`, saying so. An unknown basis applies the rule (it spares only refugees).
fn half_time(
    rule: HalfTimeRule,
    count: WindowCount,
    basis: Option<Basis>,
    notice: Option<&Msg>,
    ctx: &Context,
) -> Criterion {
    let limit = TL_HALF_TIME_MAX_DAYS;
    let limit_s = Arg::days(limit);
    let n_s = Arg::days(count.days);
    let mut parts: Text = notice.cloned().into_iter().collect();
    let criterion = |status: Status, parts: Text| {
        Criterion::new("tl.half-time", status, parts, &SOURCES_HALF_TIME)
            .with_figure("days", Figure::Days(count.days))
            .with_figure("limit", Figure::Days(limit))
            .with_figure("applies", basis != Some(Basis::Refugee))
    };
    if basis == Some(Basis::Refugee) {
        parts.push(msg!("tl-half-time-refugee", limit_s = limit_s));
        return criterion(Status::Met, parts);
    }
    parts.push(msg!("tl-half-time-rule"));
    match rule {
        HalfTimeRule::PermitYear(year) => {
            parts.push(msg!(
                "tl-half-time-permit-year",
                w = window_words(year),
                limit_s = limit_s.clone(),
                n_s = n_s.clone()
            ));
        }
        HalfTimeRule::Rolling { from, end_known } => {
            parts.push(match (from, end_known) {
                (Some(_), true) => msg!("tl-half-time-rolling", limit_s = limit_s.clone()),
                (Some(_), false) => msg!("tl-half-time-end-unknown", limit_s = limit_s.clone()),
                (None, _) => msg!("tl-half-time-start-unknown", limit_s = limit_s.clone()),
            });
            parts.push(match count.window {
                Some(w) => msg!("tl-half-time-most", n_s = n_s.clone(), w = window_words(w)),
                None => msg!("tl-half-time-none"),
            });
        }
    }
    parts.push(counting_sentence(ctx.counting));
    let met = count.days <= limit;
    // C8: over the limit only under the strict readings chosen for an unknown permit date or
    // basis → unknown, not not-met (those days may fall outside the rule, or the person may be a
    // refugee). The outcome still warns (limit-exceeded), see `evaluate`.
    let depends_on_unknown = basis.is_none()
        || matches!(
            rule,
            HalfTimeRule::Rolling { from: None, .. }
                | HalfTimeRule::Rolling {
                    end_known: false,
                    ..
                }
        );
    if !met && depends_on_unknown {
        parts.push(msg!("tl-half-time-depends", limit_s = limit_s));
        return criterion(Status::Unknown, parts).with_borderline(borderline(count.days, limit));
    }
    parts.push(if met {
        msg!("tl-within-limit")
    } else {
        msg!("tl-half-time-not-met", limit_s = limit_s)
    });
    criterion(Status::from_answer(Some(met)), parts).with_borderline(borderline(count.days, limit))
}

/// `tl.permanent-residence`: seed 004, "If you are later going to apply for a permanent residence
/// permit, you can normally not have stayed outside Norway for more than a total of seven months
/// in the past three years"; utl. § 62 (1)-(2), utf. § 11-3.
///
/// The law in force differs from the seed for § 38 and § 28 (refugee) permits: since 1 December
/// 2020 (`TL_PR_LAW_CHANGE`) they may have 10 months (304 days) abroad in 5 years; other permits
/// keep 7 months (213 days) in 3 years. "More than" → exceeded at 305 / 214 (C6). The window is
/// the N years before `asOf`, `asOf` included. Basis unknown: both tracks; met if both are met,
/// not met if neither is, else unknown.
fn permanent_residence(
    tracks: &[(Track, i64)],
    reported: (Track, i64),
    notice: Option<&Msg>,
    ctx: &Context,
) -> Criterion {
    let as_of_s = ctx.as_of;
    let (p_limit, p_years) = (Arg::days(PROTECTED.limit), Arg::years(PROTECTED.years));
    let (o_limit, o_years) = (Arg::days(OTHER.limit), Arg::years(OTHER.years));
    let law_change = msg!("tl-permanent-law-change", change_s = TL_PR_LAW_CHANGE);
    let mut parts: Text = notice.cloned().into_iter().collect();
    let met_of = |(t, days): &(Track, i64)| *days <= t.limit;
    let status = if tracks.iter().all(met_of) {
        Status::Met
    } else if tracks.iter().any(met_of) {
        Status::Unknown
    } else {
        Status::NotMet
    };
    match tracks {
        [(t, days)] => {
            if *t == PROTECTED {
                parts.push(msg!("tl-permanent-protected", p_limit = p_limit, p_years = p_years));
                parts.push(law_change);
            } else {
                parts.push(msg!("tl-permanent-other", o_limit = o_limit, o_years = o_years));
            }
            parts.push(msg!(
                "tl-permanent-days",
                years_s = Arg::years(t.years),
                as_of_s = as_of_s,
                n_s = Arg::days(*days)
            ));
        }
        _ => {
            let find = |want: Track| {
                tracks
                    .iter()
                    .find(|(t, _)| *t == want)
                    .map_or(0, |(_, d)| *d)
            };
            parts.push(msg!(
                "tl-permanent-both",
                p_limit = p_limit,
                p_years = p_years,
                p_n = Arg::days(find(PROTECTED)),
                as_of_s = as_of_s,
                o_limit = o_limit,
                o_years = o_years,
                o_n = Arg::days(find(OTHER))
            ));
            parts.push(law_change);
        }
    }
    parts.push(counting_sentence(ctx.counting));
    parts.push(match status {
        Status::Met => msg!("tl-within-limit"),
        Status::NotMet => msg!("tl-permanent-not-met"),
        Status::Unknown => msg!("tl-permanent-unknown"),
    });
    let is_borderline = tracks.iter().any(|(t, d)| borderline(*d, t.limit));
    let mut c = Criterion::new("tl.permanent-residence", status, parts, &SOURCES_PERMANENT)
        .with_borderline(is_borderline)
        .with_figure("days", Figure::Days(reported.1))
        .with_figure("limit", Figure::Days(reported.0.limit))
        .with_figure("years", Figure::Years(reported.0.years));
    for (t, d) in tracks {
        let name = if t.years == PROTECTED.years {
            "daysAbroadIn5Years"
        } else {
            "daysAbroadIn3Years"
        };
        c = c.with_figure(name, Figure::Days(*d));
    }
    c
}

/// `tl.schengen`: seed 004, "You can visit other Schengen countries for up to 90 days"; CISA
/// art. 21, utf. § 3-1: at most 90 days in any 180-day period `[d - 179, d]`. Days are counted
/// by C4 (the day of entry and the day of exit are days in the other state); stays marked
/// `schengen` only. Exceeded at 91 (C6).
fn schengen(count: WindowCount, notice: Option<&Msg>) -> Criterion {
    let limit = SCHENGEN_MAX_DAYS;
    let limit_s = Arg::days(limit);
    let mut parts: Text = notice.cloned().into_iter().collect();
    parts.push(msg!("tl-schengen-rule", limit_s = limit_s.clone()));
    parts.push(match count.window {
        Some(w) => msg!(
            "tl-schengen-most",
            n_s = Arg::days(count.days),
            w = window_words(w)
        ),
        None => msg!("tl-schengen-none"),
    });
    let met = count.days <= limit;
    parts.push(if met {
        msg!("tl-within-limit")
    } else {
        msg!("tl-schengen-not-met", limit_s = limit_s)
    });
    Criterion::new(
        "tl.schengen",
        Status::from_answer(Some(met)),
        parts,
        &SOURCES_SCHENGEN,
    )
    .with_borderline(borderline(count.days, limit))
    .with_figure("days", Figure::Days(count.days))
    .with_figure("limit", Figure::Days(limit))
}

// ---------------------------------------------------------------------------------------------
// Planning
// ---------------------------------------------------------------------------------------------

/// A trip to plan: the recorded stays it is added to, its departure, the earliest return that
/// can be asked about, and the departure of a later recorded stay that bounds its return.
struct Planning {
    /// Days abroad (C3) and Schengen days (C4) of the other stays.
    base_abroad: DaySet,
    base_schengen: DaySet,
    from: Date,
    schengen: bool,
    earliest: Date,
    next_departure: Option<Date>,
    as_of: Date,
    counting: Counting,
    /// The half-time rule, `None` when it does not apply (refugees).
    rule: Option<HalfTimeRule>,
    /// What the earliest return keeps, checked on every window of the whole record.
    at_earliest: Keeps,
}

/// Which rules a return date keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Keeps {
    half_time: bool,
    schengen: bool,
}

impl Keeps {
    fn all(&self) -> bool {
        self.half_time && self.schengen
    }

    /// The criterion a return date breaks, the half-time rule first.
    fn broken_rule(&self) -> Option<&'static str> {
        if !self.half_time {
            Some("tl.half-time")
        } else if !self.schengen {
            Some("tl.schengen")
        } else {
            None
        }
    }
}

/// The answer of planning.
struct Plan {
    latest: Option<Date>,
    rule: Option<&'static str>,
    unbounded: bool,
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
    /// planned; the earliest return counted is the one C2 assumes, so that returning then gives
    /// the figures reported).
    fn new(
        stays: &[Stay],
        trip: Option<Trip>,
        rule: Option<HalfTimeRule>,
        ctx: &Context,
    ) -> Option<Planning> {
        let (from, schengen, earliest, skip) = match trip {
            Some(t) => (t.from, t.schengen, t.from, None),
            None => {
                let (i, s) = stays.iter().enumerate().find(|(_, s)| s.to.is_none())?;
                let earliest = match ctx.counting {
                    Counting::TravelDaysInNorway => add_days(ctx.as_of, 1),
                    Counting::TravelDaysAbroad => ctx.as_of,
                };
                (s.from, s.schengen, earliest.max(s.from), Some(i))
            }
        };
        let others = stays
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != skip)
            .map(|(_, s)| *s);
        let next_departure = others.clone().map(|s| s.from).filter(|d| *d > from).min();
        let mut p = Planning {
            base_abroad: DaySet::new(others.clone().map(|s| s.abroad(ctx.as_of, ctx.counting))),
            base_schengen: DaySet::new(
                others
                    .filter(|s| s.schengen)
                    .map(|s| s.schengen_days(ctx.as_of)),
            ),
            from,
            schengen,
            earliest,
            next_departure,
            as_of: ctx.as_of,
            counting: ctx.counting,
            rule,
            at_earliest: Keeps {
                half_time: true,
                schengen: true,
            },
        };
        p.at_earliest = p.keeps_everywhere(earliest);
        Some(p)
    }

    fn trip(&self, back: Date) -> Stay {
        Stay {
            from: self.from,
            to: Some(back),
            schengen: self.schengen,
        }
    }

    /// Whether the record plus a trip coming back on `back` keeps `tl.half-time` (when it
    /// applies) and, for a Schengen trip, `tl.schengen`, on every window of the whole record.
    fn keeps_everywhere(&self, back: Date) -> Keeps {
        let trip = self.trip(back);
        let half_time = self.rule.is_none_or(|rule| {
            let spans = self.base_abroad.spans().iter().copied();
            rule.keeps(&DaySet::new(
                spans.chain([trip.abroad(self.as_of, self.counting)]),
            ))
        });
        let schengen = !self.schengen || {
            let spans = self.base_schengen.spans().iter().copied();
            let set = DaySet::new(spans.chain([trip.schengen_days(self.as_of)]));
            rolling_max(&set, SCHENGEN_WINDOW_DAYS, None).days <= SCHENGEN_MAX_DAYS
        };
        Keeps {
            half_time,
            schengen,
        }
    }

    /// Whether coming back on `back` (not before the earliest return) keeps the rules.
    ///
    /// A window that holds none of the trip's days holds the same days as with the earliest
    /// return, which [`Planning::keeps_everywhere`] has checked; so only the windows that meet
    /// the trip are counted, on the spans near it. Each candidate costs O(log n + k), `k` the
    /// stays within a window's length of the trip.
    fn keeps(&self, back: Date) -> Keeps {
        let trip = self.trip(back);
        let half_time = self.at_earliest.half_time
            && self.rule.is_none_or(|rule| {
                let days = trip.abroad(self.as_of, self.counting);
                if days.is_empty() {
                    return true;
                }
                let region = match rule {
                    HalfTimeRule::PermitYear(year) => year,
                    HalfTimeRule::Rolling { .. } => Span::new(
                        add_days(days.start, 1 - TL_HALF_TIME_WINDOW_DAYS),
                        add_days(days.end, TL_HALF_TIME_WINDOW_DAYS - 1),
                    ),
                };
                let local =
                    DaySet::new(near(&self.base_abroad, region).chain([days.intersect(region)]));
                rule.keeps(&local)
            });
        let schengen = self.at_earliest.schengen
            && (!self.schengen || {
                let days = trip.schengen_days(self.as_of);
                let region = Span::new(
                    add_days(days.start, 1 - SCHENGEN_WINDOW_DAYS),
                    add_days(days.end, SCHENGEN_WINDOW_DAYS - 1),
                );
                let local = DaySet::new(near(&self.base_schengen, region).chain([days]));
                rolling_max(&local, SCHENGEN_WINDOW_DAYS, None).days <= SCHENGEN_MAX_DAYS
            });
        Keeps {
            half_time,
            schengen,
        }
    }

    /// `latestReturnDate`: the latest return that keeps the rules (see [`Planning::keeps`]).
    /// Feasibility only falls as the return moves later (a later return only adds days), so the
    /// answer is found by bisection between the earliest return and the horizon (or the next
    /// recorded departure).
    fn latest_return(&self, permit_end: Option<Date>) -> Plan {
        if !self.at_earliest.all() {
            return Plan {
                latest: None,
                rule: self.at_earliest.broken_rule(),
                unbounded: false,
            };
        }
        let horizon = add_years(
            self.earliest.max(permit_end.unwrap_or(self.earliest)),
            PLANNING_HORIZON_YEARS,
        );
        let last = self.next_departure.map_or(horizon, |d| d.min(horizon));
        let span = days_between(self.earliest, last).max(0);
        if self.keeps(last).all() {
            // Nothing bounds the trip before `last`: a later recorded departure, or no rule.
            return match self.next_departure {
                Some(d) if d <= horizon => Plan {
                    latest: Some(d),
                    rule: Some("next-stay"),
                    unbounded: false,
                },
                _ => Plan {
                    latest: None,
                    rule: None,
                    unbounded: true,
                },
            };
        }
        // Invariant: offset `lo` keeps the rules, offset `hi` does not.
        let (mut lo, mut hi) = (0i64, span);
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
    fn permanent_days(&self, track: Track, day: Date, back: Date) -> i64 {
        let w = track.window_ending(day);
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
    /// Unknown basis: the earlier of both tracks. Days are tried one by one: the limit (at most
    /// 304) is reached within a few years, each step costing O(log n).
    fn latest_for_permanent(&self, tracks: &[Track]) -> Option<Date> {
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
    fn keeps_permanent(&self, tracks: &[Track], back: Date) -> bool {
        self.latest_for_permanent(tracks)
            .is_some_and(|latest| back <= latest)
    }
}

// ---------------------------------------------------------------------------------------------
// The checker
// ---------------------------------------------------------------------------------------------

/// A window as a figure: its first and last day, or `None`.
fn window_figure(w: Option<Span>) -> Option<Window> {
    w.and_then(|w| {
        w.last_day().map(|last| Window {
            start: w.start,
            end: last,
        })
    })
}

/// Which trip planning was done for (`planningFor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlanningFor {
    PlannedTrip,
    OngoingStay,
}

/// The figures of a `travel-limits` answer (API.md names; see the module's documentation).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Figures {
    pub half_time_applies: bool,
    /// `permit-year` or `rolling-365`.
    pub half_time_rule: &'static str,
    pub half_time_limit: i64,
    pub max_days_abroad_in365: Option<i64>,
    pub days_abroad_in_permit_year: Option<i64>,
    pub half_time_window: Option<Window>,
    pub days_left_in_window: Option<i64>,
    pub days_abroad_for_permanent: i64,
    pub permanent_residence_limit: i64,
    pub permanent_residence_years: i64,
    pub max_schengen_days_in180: i64,
    pub schengen_limit: i64,
    pub schengen_window: Option<Window>,
    pub schengen_days_left_in_window: i64,
    pub exceeded_on: Option<Date>,
    pub planning_for: Option<PlanningFor>,
    pub planning_from: Option<Date>,
    pub latest_return_date: Option<Date>,
    /// `tl.half-time`, `tl.schengen` or `next-stay`.
    pub latest_return_rule: Option<&'static str>,
    pub no_return_limit: Option<bool>,
    pub latest_return_for_permanent: Option<Date>,
    /// With a planned return date: whether it keeps the rules, and the permanent-residence limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub planned_return_within_limits: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub planned_return_keeps_permanent: Option<bool>,
}

/// Evaluates the `travel-limits` checker (RULES.md §3).
pub fn evaluate(inp: &Input, ctx: &Context) -> Result<Evaluation<Figures>, Vec<InputError>> {
    let errors = check(inp, ctx, true);
    if !errors.is_empty() {
        return Err(errors);
    }
    // Only a pending application for protection stops all travel; an unknown situation is
    // evaluated as a temporary permit, with the asylum warning in every explanation (see above).
    let must_not_travel = inp.situation == Some(Situation::AsylumSeeker);
    let notice = asylum_notice(inp.situation);
    let notice = notice.as_ref();

    let abroad = DaySet::new(inp.stays.iter().map(|s| s.abroad(ctx.as_of, ctx.counting)));
    let schengen_set = DaySet::new(
        inp.stays
            .iter()
            .filter(|s| s.schengen)
            .map(|s| s.schengen_days(ctx.as_of)),
    );

    // tl.half-time
    let rule = HalfTimeRule::new(inp.permit_start, inp.permit_end);
    let half_applies = inp.permit_basis != Some(Basis::Refugee);
    let half_count = rule.count(&abroad);
    let mut c_half = half_time(rule, half_count, inp.permit_basis, notice, ctx);

    // tl.permanent-residence
    let tracks = Track::for_basis(inp.permit_basis);
    let counted: Vec<(Track, i64)> = tracks
        .iter()
        .map(|t| (*t, abroad.count_in(t.window_ending(ctx.as_of))))
        .collect();
    // The track reported in the figures: the only one, or (basis unknown) the one closest to
    // its limit; on a tie the 7-months-in-3-years track the seed names.
    let reported = counted
        .iter()
        .copied()
        .min_by_key(|(t, d)| (t.limit - d, *t != OTHER))
        .unwrap_or((OTHER, 0));
    let mut c_permanent = permanent_residence(&counted, reported, notice, ctx);

    // tl.schengen
    let schengen_count = rolling_max(&schengen_set, SCHENGEN_WINDOW_DAYS, None);
    let mut c_schengen = schengen(schengen_count, notice);

    if notice.is_some() {
        for c in [&mut c_half, &mut c_permanent, &mut c_schengen] {
            c.sources.push(SOURCE_ASYLUM);
        }
    }

    let outcome = if must_not_travel {
        Outcome::MustNotTravel
    } else if c_half.status != Status::Met || c_schengen.status == Status::NotMet {
        // Protective (RULES.md silent on unknowns here): `tl.half-time` unknown means over 182
        // days on a reading that depends on an unknown permit date or basis; the permit may be
        // lost, so it is answered like not met (`at-risk` tells the user the permit is kept).
        Outcome::LimitExceeded
    } else if c_permanent.status != Status::Met {
        // Protective: "unknown" (the tracks disagree) may be not met.
        Outcome::AtRisk
    } else {
        Outcome::WithinLimits
    };

    let exceeded_on = [
        half_applies.then(|| rule.exceeded_on(&abroad)).flatten(),
        schengen_set.first_day_reaching_days(SCHENGEN_WINDOW_DAYS, SCHENGEN_MAX_DAYS + 1),
    ]
    .into_iter()
    .flatten()
    .min();

    let days_left = if must_not_travel {
        Some(0)
    } else if half_applies {
        Some(rule.days_left(&abroad, ctx.as_of))
    } else {
        None
    };
    let schengen_left = if must_not_travel {
        0
    } else {
        let end = add_days(ctx.as_of, 1);
        let used = schengen_set.count_in(Span::new(add_days(end, -SCHENGEN_WINDOW_DAYS), end));
        (SCHENGEN_MAX_DAYS - used).max(0)
    };

    let (in_365, in_permit_year, rule_name) = match rule {
        HalfTimeRule::PermitYear(_) => (None, Some(half_count.days), "permit-year"),
        HalfTimeRule::Rolling { .. } => (Some(half_count.days), None, "rolling-365"),
    };

    // Planning: never changes the outcome or the figures above (C2).
    let half_rule = half_applies.then_some(rule);
    let planning = Planning::new(&inp.stays, inp.planned_trip, half_rule, ctx);
    let mut latest: Option<Date> = None;
    let mut latest_rule: Option<&'static str> = None;
    let mut unbounded: Option<bool> = None;
    let mut latest_permanent: Option<Date> = None;
    let mut planning_for = None;
    if let Some(p) = &planning {
        unbounded = Some(false);
        // Protective: no return date at all for someone who must not travel.
        if !must_not_travel {
            let plan = p.latest_return(inp.permit_end);
            latest = plan.latest;
            latest_rule = plan.rule;
            unbounded = Some(plan.unbounded);
            latest_permanent = p.latest_for_permanent(&tracks);
        }
        planning_for = Some(if inp.planned_trip.is_some() {
            PlanningFor::PlannedTrip
        } else {
            PlanningFor::OngoingStay
        });
    }
    let (mut planned_within, mut planned_permanent) = (None, None);
    if let (Some(p), Some(back)) = (&planning, inp.planned_trip.and_then(|t| t.to)) {
        planned_within = Some(!must_not_travel && p.keeps(back).all());
        planned_permanent = Some(!must_not_travel && p.keeps_permanent(&tracks, back));
    }

    Ok(Evaluation {
        outcome,
        criteria: vec![c_half, c_permanent, c_schengen],
        figures: Figures {
            half_time_applies: half_applies,
            half_time_rule: rule_name,
            half_time_limit: TL_HALF_TIME_MAX_DAYS,
            max_days_abroad_in365: in_365,
            days_abroad_in_permit_year: in_permit_year,
            half_time_window: window_figure(half_count.window),
            days_left_in_window: days_left,
            days_abroad_for_permanent: reported.1,
            permanent_residence_limit: reported.0.limit,
            permanent_residence_years: reported.0.years,
            max_schengen_days_in180: schengen_count.days,
            schengen_limit: SCHENGEN_MAX_DAYS,
            schengen_window: window_figure(schengen_count.window),
            schengen_days_left_in_window: schengen_left,
            exceeded_on,
            planning_for,
            planning_from: planning.as_ref().map(|p| p.from),
            latest_return_date: latest,
            latest_return_rule: latest_rule,
            no_return_limit: unbounded,
            latest_return_for_permanent: latest_permanent,
            planned_return_within_limits: planned_within,
            planned_return_keeps_permanent: planned_permanent,
        },
        extra: super::NoFigures {},
    })
}
