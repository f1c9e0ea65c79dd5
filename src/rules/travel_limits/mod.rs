//! Checker `travel-limits` (RULES.md §3, revision 2): how long someone with a temporary residence
//! permit or collective protection may be abroad, and what an asylum seeker must know before
//! leaving Norway.
//!
//! Sources: seed 004 ("Can I travel to other countries while I am living in Norway?"), seed 002
//! ("May I leave Norway while I am waiting …? No, your case will be dismissed if you leave
//! Norway."); utl. § 60 (5) and utf. § 10-19a (half of the time in Norway), utl. § 62 (1)-(2) and
//! utf. § 11-3 (stays abroad before a permanent permit), CISA art. 21 and utf. § 3-1 (Schengen),
//! utl. § 34 (collective protection).
//!
//! - [`Input`] and [`check`] (C8), [`evaluate`] and its [`Figures`] here;
//! - `criteria`: `tl.permit-valid`, `tl.half-time`, `tl.permanent-residence`, `tl.schengen`,
//!   `tl.no-ukraine-trip`, each a small function quoting its source;
//! - `counting`: the half-time rule's form (a permit period of one year or less, or rolling
//!   365-day windows), the permanent-residence tracks, `earliestPermanentApplication`;
//! - `planning`: `latestReturnDate` (C2, C10), capped at the permit's last day.
//!
//! Travel answers that cannot mislead (rev. 2): no verdict, no days left and no return date until
//! the situation is answered (`outcome: unknown`); an asylum seeker, or a permit that has ended,
//! gets `must-not-travel` and no return date; a return date is never after `permitEnd`.
//!
//! Choices where RULES.md is silent or leaves a reading open (each protects the user):
//! - Over the half-time limit only under the strict readings chosen for an unknown permit date or
//!   basis: `tl.half-time` is `unknown` (C8), and the outcome is `limit-exceeded` all the same
//!   (the permit may be lost; `within-limits` could send the person abroad again).
//! - Permit dates unknown: an unknown end applies the rolling 365-day rule (stricter than the
//!   permit period); an unknown start counts every 365-day window over all recorded stays.
//! - `permitBasis` unknown: the half-time rule applies (it spares only refugees under § 28), and
//!   both permanent-residence tracks are checked. Resettlement refugees (§ 35) are not spared.
//! - An asylum seeker has no permit to travel on: `tl.permit-valid` not met.
//! - `tl.no-ukraine-trip` for anyone without collective protection: met, saying it does not apply.
//! - A permit's last day that is also the last day a travel rule allows: the travel rule is named
//!   as `latestReturnRule` (it binds even after a renewal).
//! - `latestReturnForPermanent` is given only when it is earlier than `latestReturnDate` (the
//!   secondary date must never be read as permission to stay longer).
//! - `halfTimeWindow` and `schengenWindow` give the first and the *last* day of the window
//!   (both included), as a person reads a period; the engine's windows are half-open inside.
//! - With no planned trip but a stay still going on, planning is done for that stay.

mod counting;
mod criteria;
mod planning;

use serde::{Deserialize, Serialize};

use self::counting::{
    earliest_permanent_application, rolling_max, track_window, HalfTimeRule, Tracks,
};
use self::criteria::{
    ID_HALF_TIME, ID_PERMANENT, ID_PERMIT_VALID, ID_SCHENGEN, ID_UKRAINE, SOURCE_ASYLUM,
};
use self::planning::Planning;
use super::dates::{add_days, add_months, DaySet, Span, Stay};
use super::law::{TrackLimit, SCHENGEN, TL_PR_THREE_YEAR_TRACK, TL_RENEW_MONTHS_BEFORE};
use super::stays::{check_stays, check_trip, Trip};
use super::{Context, Date, Evaluation, InputError, NoFigures, Outcome, Status, Window};
use crate::msg;
use crate::text::{Arg, Msg, Text};

crate::choice! {
    /// `situation`: who is asking.
    pub enum Situation {
        /// A temporary residence permit.
        TemporaryPermit => "temporary-permit",
        /// Temporary collective protection for people from Ukraine (utl. § 34).
        CollectiveProtection => "collective-protection",
        /// An application for protection still pending.
        AsylumSeeker => "asylum-seeker",
    }
}

crate::choice! {
    /// `permitBasis`: what a temporary permit was granted on (the decision letter says).
    pub enum Basis {
        /// § 28, refugee.
        Refugee => "refugee",
        /// § 38, strong humanitarian considerations.
        Humanitarian => "humanitarian",
        /// § 38, a particular connection to Norway.
        ParticularConnection => "particular-connection",
        /// § 35, resettlement refugee.
        Resettlement => "resettlement",
        /// Family immigration.
        Family => "family",
        /// Any other temporary permit.
        Other => "other",
    }
}

/// The answers of a `travel-limits` request (API.md `input`). `None` = unknown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Input {
    pub situation: Option<Situation>,
    pub permit_basis: Option<Basis>,
    /// The permit was granted after an application for protection (asylum) in Norway.
    pub after_asylum_application: Option<bool>,
    /// C9: "valid from" and "valid until", as printed.
    pub permit_start: Option<Date>,
    pub permit_end: Option<Date>,
    /// The first day of the residence period that counts towards a permanent permit.
    pub residence_since: Option<Date>,
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

/// The figures of a `travel-limits` answer (API.md names).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Figures {
    pub half_time_applies: bool,
    /// `permit-period` (a permit of one year or less) or `rolling-365`.
    pub half_time_rule: &'static str,
    /// The half-time limit used: 182, or half of a permit period shorter than a year.
    pub half_time_limit: i64,
    /// `P`, the days of a permit of one year or less (C9).
    pub permit_days: Option<i64>,
    pub max_days_abroad_in365: Option<i64>,
    pub days_abroad_in_permit_year: Option<i64>,
    pub half_time_window: Option<Window>,
    /// The days still allowed in the window ending on the day before the planned departure
    /// (with a planned trip), else on `asOf`; `null` for refugees and before the situation is
    /// known, 0 when the person must not travel.
    pub days_left_in_window: Option<i64>,
    pub days_abroad_for_permanent: Option<i64>,
    pub permanent_residence_limit: Option<i64>,
    pub permanent_residence_years: Option<i64>,
    pub max_schengen_days_in180: i64,
    pub schengen_limit: i64,
    pub schengen_window: Option<Window>,
    pub schengen_days_left_in_window: Option<i64>,
    /// The first day the half-time rule (where it applies) or the Schengen rule is broken.
    pub exceeded_on: Option<Date>,
    pub planning_for: Option<PlanningFor>,
    pub planning_from: Option<Date>,
    pub latest_return_date: Option<Date>,
    /// `tl.half-time`, `tl.schengen`, `tl.permit-valid`, `tl.no-ukraine-trip` or `next-stay`.
    pub latest_return_rule: Option<&'static str>,
    pub no_return_limit: Option<bool>,
    /// The latest return that keeps the permanent-residence limit, when it is earlier.
    pub latest_return_for_permanent: Option<Date>,
    /// The last day to apply for renewal in good time: a month before `permitEnd` (utl. § 61).
    pub apply_for_renewal_by: Option<Date>,
    /// The earliest day a permanent permit could be applied for, as far as time abroad goes.
    pub earliest_permanent_application: Option<Date>,
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
    let situation = inp.situation;
    let collective = situation == Some(Situation::CollectiveProtection);
    let notice = criteria::notice(situation);
    let notice = notice.as_ref();

    let abroad = DaySet::new(inp.stays.iter().map(|s| s.abroad(ctx.as_of, ctx.counting)));
    let schengen_set = DaySet::new(
        inp.stays
            .iter()
            .filter(|s| s.schengen)
            .map(|s| s.schengen_days(ctx.as_of)),
    );

    let mut c_valid = criteria::permit_valid(situation, inp.permit_end, ctx, notice);

    let rule = HalfTimeRule::new(inp.permit_start, inp.permit_end, collective);
    let half_applies = inp.permit_basis != Some(Basis::Refugee);
    let half_count = rule.count(&abroad);
    let c_half = criteria::half_time(rule, half_count, inp.permit_basis, notice, ctx);

    let tracks = Tracks::new(
        situation,
        inp.permit_basis,
        inp.after_asylum_application,
        ctx.as_of,
    );
    let counted: Vec<(TrackLimit, i64)> = tracks
        .list()
        .iter()
        .map(|t| (*t, abroad.count_in(track_window(*t, ctx.as_of))))
        .collect();
    // The track reported in the figures: the only one, or (both checked) the one closest to its
    // limit; on a tie the 7-months-in-3-years track the seed names.
    let three = TL_PR_THREE_YEAR_TRACK.now();
    let reported = counted
        .iter()
        .copied()
        .min_by_key(|(t, d)| (t.limit - d, *t != three));
    let c_permanent = criteria::permanent_residence(
        &tracks,
        &counted,
        reported.unwrap_or((three, 0)),
        notice,
        ctx,
    );

    let (schengen_limit, schengen_window) = SCHENGEN.now();
    let schengen_count = rolling_max(&schengen_set, schengen_window, None);
    let c_schengen = criteria::schengen(schengen_count, notice);
    let c_ukraine = criteria::no_ukraine_trip(situation, &inp.stays, notice, ctx);

    let must_not_travel =
        situation == Some(Situation::AsylumSeeker) || c_valid.status == Status::NotMet;
    let outcome = if situation == Some(Situation::AsylumSeeker) {
        Outcome::MustNotTravel
    } else if situation.is_none() {
        Outcome::Unknown
    } else if c_valid.status == Status::NotMet {
        Outcome::MustNotTravel
    } else if c_half.status != Status::Met || c_schengen.status == Status::NotMet {
        // `tl.half-time` unknown: over the limit on a reading that depends on an unknown permit
        // date or basis; answered like not met (see the module's choices).
        Outcome::LimitExceeded
    } else if c_permanent.status == Status::NotMet || c_ukraine.status == Status::NotMet {
        Outcome::AtRisk
    } else {
        Outcome::WithinLimits
    };

    let exceeded_on = [
        half_applies.then(|| rule.exceeded_on(&abroad)).flatten(),
        schengen_set.first_day_reaching_days(schengen_window, schengen_limit + 1),
    ]
    .into_iter()
    .flatten()
    .min();

    // Days left, in the window ending on the day before the planned departure, else on asOf.
    let window_end = inp.planned_trip.map_or(add_days(ctx.as_of, 1), |t| t.from);
    let verdict = situation.is_some();
    let days_left = if must_not_travel {
        Some(0)
    } else if half_applies && verdict {
        Some(rule.days_left(&abroad, window_end))
    } else {
        None
    };
    let schengen_left = if must_not_travel {
        Some(0)
    } else if verdict {
        let used = schengen_set.count_in(Span::new(
            add_days(window_end, -schengen_window),
            window_end,
        ));
        Some((schengen_limit - used).max(0))
    } else {
        None
    };

    // Planning: never changes the outcome or the figures above (C2); none before the situation
    // is known, nor for someone who must not travel.
    let planning = Planning::new(
        &inp.stays,
        inp.planned_trip,
        half_applies.then_some(rule),
        ctx,
    );
    let mut plan = None;
    let (mut latest_permanent, mut planned_within, mut planned_permanent) = (None, None, None);
    let planned_back = inp.planned_trip.and_then(|t| t.to);
    if let Some(p) = planning.as_ref().filter(|_| verdict && !must_not_travel) {
        let answer = p.latest_return(inp.permit_end, collective);
        latest_permanent = p
            .latest_for_permanent(tracks.list())
            .map(|d| inp.permit_end.map_or(d, |end| d.min(end)))
            .filter(|d| answer.latest.is_some_and(|latest| *d < latest));
        if let Some(back) = planned_back {
            let within_permit = inp.permit_end.is_none_or(|end| back <= end);
            let ukraine_ok = !(collective && p.ukraine);
            planned_within = Some(p.keeps(back).all() && within_permit && ukraine_ok);
            planned_permanent = Some(p.keeps_permanent(tracks.list(), back));
        }
        plan = Some(answer);
    } else if must_not_travel && planned_back.is_some() {
        // Any trip breaks the rule that decides: no planned return is within the limits.
        planned_within = Some(false);
        planned_permanent = Some(false);
    }
    // The permit's last day sets the return date: apply for renewal from Norway in good time.
    if plan.is_some_and(|p| p.rule == Some(ID_PERMIT_VALID) && p.latest.is_some()) {
        if let Some(end) = inp.permit_end {
            c_valid.explanation.push(msg!(
                "tl-permit-valid-renew",
                end = end,
                by = add_months(end, -TL_RENEW_MONTHS_BEFORE.now())
            ));
        }
    }

    let earliest_application = match (tracks.single(), inp.residence_since) {
        (Some(track), Some(since)) => {
            earliest_permanent_application(&abroad, track, since, ctx.as_of)
        }
        _ => None,
    };

    let mut criteria = vec![c_valid, c_half, c_permanent, c_schengen, c_ukraine];
    if notice.is_some() {
        for c in &mut criteria {
            c.sources.push(SOURCE_ASYLUM);
        }
    }
    mark_decisive(&mut criteria, outcome, plan.and_then(|p| p.rule));

    let (in_365, in_permit_year, rule_name) = match rule {
        HalfTimeRule::Period { .. } => (None, Some(half_count.days), "permit-period"),
        HalfTimeRule::Rolling { .. } => (Some(half_count.days), None, "rolling-365"),
    };
    let figures = Figures {
        half_time_applies: half_applies,
        half_time_rule: rule_name,
        half_time_limit: rule.limit(),
        permit_days: rule.period_days(),
        max_days_abroad_in365: in_365,
        days_abroad_in_permit_year: in_permit_year,
        half_time_window: window_figure(half_count.window),
        days_left_in_window: days_left,
        days_abroad_for_permanent: reported.map(|r| r.1),
        permanent_residence_limit: reported.map(|r| r.0.limit),
        permanent_residence_years: reported.map(|r| r.0.years),
        max_schengen_days_in180: schengen_count.days,
        schengen_limit,
        schengen_window: window_figure(schengen_count.window),
        schengen_days_left_in_window: schengen_left,
        exceeded_on,
        planning_for: planning.as_ref().map(|_| {
            if inp.planned_trip.is_some() {
                PlanningFor::PlannedTrip
            } else {
                PlanningFor::OngoingStay
            }
        }),
        planning_from: planning.as_ref().map(|p| p.from),
        latest_return_date: plan.and_then(|p| p.latest),
        latest_return_rule: plan.and_then(|p| p.rule),
        no_return_limit: planning.as_ref().map(|_| plan.is_some_and(|p| p.unbounded)),
        latest_return_for_permanent: latest_permanent,
        apply_for_renewal_by: inp
            .permit_end
            .filter(|_| !must_not_travel)
            .map(|e| add_months(e, -TL_RENEW_MONTHS_BEFORE.now())),
        earliest_permanent_application: earliest_application,
        planned_return_within_limits: planned_within,
        planned_return_keeps_permanent: planned_permanent,
    };
    let summary = summary(outcome, situation, &criteria, &figures, inp, ctx.as_of);
    Ok(Evaluation {
        outcome,
        criteria,
        figures,
        extra: NoFigures {},
        summary,
    })
}

/// API.md rev. 2 `decisive`: the not-met criteria that set a negative outcome (the half-time
/// rule also when unknown sets it, see the module's choices), and the rule named by
/// `latestReturnRule`.
fn mark_decisive(
    criteria: &mut [super::Criterion],
    outcome: Outcome,
    plan_rule: Option<&'static str>,
) {
    let deciding: &[&str] = match outcome {
        Outcome::MustNotTravel => &[ID_PERMIT_VALID],
        Outcome::LimitExceeded => &[ID_HALF_TIME, ID_SCHENGEN],
        Outcome::AtRisk => &[ID_PERMANENT, ID_UKRAINE],
        _ => &[],
    };
    for c in criteria.iter_mut() {
        let sets_outcome = deciding.contains(&c.id)
            && (c.status == Status::NotMet
                || (c.id == ID_HALF_TIME && c.status == Status::Unknown));
        c.decisive = sets_outcome || plan_rule == Some(c.id);
    }
}

/// API.md rev. 2 `summary`: the outcome and the fact that decides it.
fn summary(
    outcome: Outcome,
    situation: Option<Situation>,
    criteria: &[super::Criterion],
    f: &Figures,
    inp: &Input,
    as_of: Date,
) -> Text {
    let status = |id: &str| criteria.iter().find(|c| c.id == id).map(|c| c.status);
    let mut t = Text::new();
    match outcome {
        Outcome::MustNotTravel if situation == Some(Situation::AsylumSeeker) => {
            t.push(msg!("tl-summary-asylum-seeker"));
        }
        Outcome::MustNotTravel => {
            t.push(msg!(
                "tl-summary-permit-ended",
                end = inp.permit_end.unwrap_or_default()
            ));
        }
        Outcome::Unknown => t.push(msg!("tl-summary-situation-unknown")),
        Outcome::LimitExceeded => {
            if status(ID_SCHENGEN) == Some(Status::NotMet) {
                t.push(msg!(
                    "tl-summary-schengen-exceeded",
                    n = Arg::days(f.max_schengen_days_in180),
                    limit = Arg::days(f.schengen_limit)
                ));
            } else {
                let n = f
                    .days_abroad_in_permit_year
                    .or(f.max_days_abroad_in365)
                    .unwrap_or(0);
                let id = if status(ID_HALF_TIME) == Some(Status::Unknown) {
                    "tl-summary-half-time-maybe-exceeded"
                } else {
                    "tl-summary-half-time-exceeded"
                };
                t.push(
                    Msg::new(id)
                        .with("n", Arg::days(n))
                        .with("limit", Arg::days(f.half_time_limit)),
                );
            }
        }
        Outcome::AtRisk => {
            if status(ID_UKRAINE) == Some(Status::NotMet) {
                t.push(msg!(
                    "tl-summary-ukraine-trip",
                    since = super::law::TL_UKRAINE_TRIP_FROM.on(as_of)
                ));
            } else {
                t.push(msg!(
                    "tl-summary-permanent-at-risk",
                    n = Arg::days(f.days_abroad_for_permanent.unwrap_or(0)),
                    limit = Arg::days(f.permanent_residence_limit.unwrap_or(0)),
                    years = Arg::years(f.permanent_residence_years.unwrap_or(0))
                ));
            }
        }
        _ => {
            t.push(
                match (
                    f.half_time_applies,
                    f.days_abroad_in_permit_year,
                    f.max_days_abroad_in365,
                ) {
                    (false, _, _) => msg!("tl-summary-within-refugee"),
                    (true, Some(n), _) => msg!(
                        "tl-summary-within-period",
                        n = Arg::days(n),
                        limit = Arg::days(f.half_time_limit)
                    ),
                    (true, None, n) => msg!(
                        "tl-summary-within-rolling",
                        n = Arg::days(n.unwrap_or(0)),
                        limit = Arg::days(f.half_time_limit)
                    ),
                },
            );
        }
    }
    // The planning answer, right after the verdict.
    if let (Some(latest), Some(from)) = (f.latest_return_date, f.planning_from) {
        let id = match f.latest_return_rule {
            Some(ID_PERMIT_VALID) => "tl-summary-plan-permit-end",
            Some("next-stay") => "tl-summary-plan-next-stay",
            _ if f.planning_for == Some(PlanningFor::OngoingStay) => "tl-summary-plan-ongoing",
            _ => "tl-summary-plan",
        };
        t.push(Msg::new(id).with("from", from).with("latest", latest));
        if let Some(back) = inp.planned_trip.and_then(|trip| trip.to) {
            t.push(super::stays::planned_return_sentence(
                back,
                f.planned_return_within_limits,
                inp.permit_end,
            ));
        }
    } else if f.planning_from.is_some() && f.no_return_limit == Some(true) {
        t.push(msg!("tl-summary-plan-no-limit"));
    } else if let (Some(from), Some(rule)) = (f.planning_from, f.latest_return_rule) {
        let id = match rule {
            ID_UKRAINE => "tl-summary-plan-ukraine",
            ID_PERMIT_VALID => "tl-summary-plan-after-permit",
            _ => "tl-summary-plan-none",
        };
        t.push(Msg::new(id).with("from", from));
    }
    t
}
