//! Checker `permanent-permit`: can a permanent residence permit be lost by staying abroad too
//! long, or on other grounds? (RULES.md §2; seed 003; utl. § 62 (8), utf. § 11-8 (1), utl. § 63.)
//!
//! People use this checker to plan their lives ("how long can I stay away?"), so every step is
//! the exact rule of RULES.md §2, in its order, each in its own small function in `steps`:
//!
//! 1. `steps::year_counts` / `steps::counted_days`: calendar years under 60 days abroad count
//!    nothing.
//! 2. `steps::starts_new_period` / `steps::periods`: 15 months in Norway start a new period.
//! 3. `steps::Limits::reaches_continuous`: one stay of 730 days or more (`pp.continuous`).
//! 4. `steps::four_year_max` / `steps::reaches_four_year_limit`: 730 counted days within four
//!    years, inside one period (`pp.four-year-total`).
//! 5. `steps::information_status`: incorrect information, withheld information, incorrect
//!    identity (`pp.correct-information`).
//!
//! The files of this module:
//! - here: [`Input`] and [`check`] (C8), [`evaluate`], the summary, and the [`Figures`] and
//!   [`Extra`] of the answer;
//! - `steps`: the steps 1-5 above, the `steps::Limits` that apply (ordinary or Brexit rules),
//!   the abuse exemption, and `steps::Analysis`, steps 1-4 over a whole record;
//! - `planning`: the latest return date (`planning::plan`, C10) and `resetOn`
//!   (`planning::reset_on`);
//! - `explain`: the three criteria with their explanations.
//!
//! Choices where RULES.md is silent or leaves a reading open (each protects the user and is
//! explained beside its rule):
//! - "Two years or more" (seed 003) rather than "more than two years" (utl. § 62, utf. § 11-8):
//!   both limits are reached at 730 days, and exactly 730 is flagged borderline.
//! - Every recorded stay interrupts the 15 months in Norway, even a day trip with no day abroad
//!   (C3): resetting less often never understates the days that count together.
//! - `brexitPermit` unknown: the ordinary rules apply, and the explanation names the exception.
//! - `exemptionMayApply` only when all four requirements are answered yes.
//! - `exceededOn` for the four-year rule takes each year's count from the whole record (the
//!   earlier warning; see the figures below).
//! - Planning (C10): a limit the record already broke elsewhere does not block planning; a
//!   planned trip before a recorded stay must be back by that stay's departure.
//!
//! Borderline (C7): `pp.continuous` at 723–737 days, `pp.four-year-total` at 723–737 counted
//! days, and also when a calendar year within 7 days of the 60-day threshold would turn the
//! four-year answer around if counted the other way
//! (`steps::Analysis::four_year_hangs_on_a_near_60_year`).
//!
//! Figures (all computed here; the UI only renders them):
//! - `longestStayDays`: the longest single stay abroad, in days (C3).
//! - `maxFourYearDays`: the most counted days (steps 1-2) inside one window `[d, d + 4 years)`.
//! - `exceededOn`: the first day on which a limit is reached (the earlier of the two rules), or
//!   `null`. For the four-year rule it is the day the 730th *counted* day is spent abroad, with
//!   each year's count taken from the whole record: when a year reaches 60 days only in March,
//!   its days count from 1 January and the limit can be reached in January. RULES.md does not
//!   say which reading; this one gives the earlier warning (the other, "as it stood on that day",
//!   would give the day the year reached 60).
//! - `latestReturnDate`, `latestReturnRule`, `plannedReturnWithinLimits`: planning (see
//!   `planning::plan`).
//! - `years`: `[{year, days, counted}]` for every calendar year with days abroad.
//! - `periods`: `[{start, end}]`: `start` is the first stay's departure day, `end` the last
//!   stay's return day; `end` is `null` for the period still open (a stay going on, or less than
//!   15 months since the last return on `asOf`, so that a stay starting now would join it).
//! - `maxFourYearWindow`: `{start, end}` of the window giving `maxFourYearDays`; `end` is the
//!   window's **last day** (inclusive, `start + 4 years - 1 day`); `null` when no day counts.
//!
//! A planned trip never changes the outcome or those figures (C2): it only produces the planning
//! figures and a sentence in the explanation of the rule that sets the latest return date.

mod explain;
mod planning;
mod steps;

use serde::{Deserialize, Serialize};

use self::explain::{continuous_criterion, four_year_criterion, information_criterion, stay_range};
use self::planning::{plan, reset_on, Plan};
use self::steps::{exemption_may_apply, year_counts, Analysis, Limits};
use super::dates::{add_months, Date, Stay};
use super::law::PP_RESET_MONTHS;
use super::stays::{check_stays, check_trip, Trip};
use super::{Context, Criterion, Evaluation, InputError, Outcome, Status, Window};
use crate::msg;
use crate::text::{Arg, Msg, Text};

/// Criterion ids (RULES.md §2).
pub const ID_CONTINUOUS: &str = "pp.continuous";
pub const ID_FOUR_YEAR: &str = "pp.four-year-total";
pub const ID_CORRECT_INFORMATION: &str = "pp.correct-information";

// ---------------------------------------------------------------------------------------------
// Input (API.md, C8)
// ---------------------------------------------------------------------------------------------

/// The four requirements of the exemption for victims of abuse (`abuseExemption`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct AbuseExemption {
    pub family_immigration_permit: Option<bool>,
    pub prevented_from_returning: Option<bool>,
    pub victim_of_abuse: Option<bool>,
    pub relationship_ended: Option<bool>,
}

/// The answers of a `permanent-permit` request (API.md `input`). `None` = unknown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Input {
    pub stays: Vec<Stay>,
    pub planned_trip: Option<Trip>,
    pub gave_incorrect_information: Option<bool>,
    pub withheld_information: Option<bool>,
    pub incorrect_identity: Option<bool>,
    /// A British citizen with a permanent permit under the Brexit rules (rev. 2).
    pub brexit_permit: Option<bool>,
    pub abuse_exemption: AbuseExemption,
}

/// C8: the stays (`rules::stays::check_stays`), then the planned trip against them
/// (`rules::stays::check_trip`). `stays_complete` is false when some entries of the list could not
/// be read: nothing that depends on the list is checked then.
pub fn check(input: &Input, ctx: &Context, stays_complete: bool) -> Vec<InputError> {
    if !stays_complete {
        return Vec::new();
    }
    let mut errors = check_stays(&input.stays, ctx.as_of, "stays");
    if errors.is_empty() {
        if let Some(t) = &input.planned_trip {
            errors.extend(check_trip(t, &input.stays));
        }
    }
    errors
}

// ---------------------------------------------------------------------------------------------
// The checker
// ---------------------------------------------------------------------------------------------

/// Evaluates the `permanent-permit` checker (RULES.md §2).
///
/// Outcome: `limit-exceeded` when `pp.continuous` or `pp.four-year-total` is not met; else
/// `at-risk` when `pp.correct-information` is not met; else `within-limits`.
pub fn evaluate(
    input: &Input,
    ctx: &Context,
) -> Result<Evaluation<Figures, Extra>, Vec<InputError>> {
    let errors = check(input, ctx, true);
    if !errors.is_empty() {
        return Err(errors);
    }
    let stays = &in_date_order(&input.stays);
    let limits = Limits::new(input.brexit_permit);
    let a = Analysis::new(stays, ctx, limits);
    let mut plan = plan(stays, limits, input.planned_trip, ctx);
    plan.reset_on = reset_on(stays, input.planned_trip, ctx.as_of);

    let mut continuous = continuous_criterion(&a, stays, &plan, input.brexit_permit, ctx.as_of);
    let mut four_year = four_year_criterion(&a, &plan, input.brexit_permit);
    let mut information = information_criterion(input);

    let outcome = if continuous.status == Status::NotMet || four_year.status == Status::NotMet {
        Outcome::LimitExceeded
    } else if information.status == Status::NotMet {
        Outcome::AtRisk
    } else {
        Outcome::WithinLimits
    };
    // Decisive (API.md rev. 2): the not-met criteria behind a negative outcome.
    for c in [&mut continuous, &mut four_year, &mut information] {
        c.decisive = match outcome {
            Outcome::LimitExceeded => c.id != ID_CORRECT_INFORMATION && c.status == Status::NotMet,
            Outcome::AtRisk => c.id == ID_CORRECT_INFORMATION,
            _ => false,
        };
    }
    let exceeded_on = match (a.continuous_reached_on(), a.four_year_reached_on()) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    };
    let ex = &input.abuse_exemption;
    let figures = Figures {
        longest_stay_days: a.longest_days(),
        max_four_year_days: a.max_four_year_days(),
        exceeded_on,
        latest_return_date: plan.latest,
        latest_return_rule: plan.rule,
        reset_on: plan.reset_on,
        years: years_figure(&a),
        periods: periods_figure(&a, stays, ctx.as_of),
        max_four_year_window: a.max_window.map(|w| Window {
            start: w.window.start,
            end: w.window.last_day().unwrap_or(w.window.start),
        }),
        planned_return_within_limits: plan.planned_within,
    };
    let criteria = vec![continuous, four_year, information];
    let summary = summary(outcome, &criteria, &a, stays, &plan, ctx.as_of);
    Ok(Evaluation {
        outcome,
        criteria,
        figures,
        summary,
        extra: Extra {
            exemption_may_apply: exemption_may_apply([
                ex.family_immigration_permit,
                ex.prevented_from_returning,
                ex.victim_of_abuse,
                ex.relationship_ended,
            ]),
        },
    })
}

/// The summary (API.md rev. 2): the outcome and the fact that decides it, then the planning
/// answer and why it is that date.
fn summary(
    outcome: Outcome,
    criteria: &[Criterion],
    a: &Analysis,
    stays: &[Stay],
    plan: &Plan,
    as_of: Date,
) -> Text {
    let not_met = |id: &str| {
        criteria
            .iter()
            .any(|c| c.id == id && c.status == Status::NotMet)
    };
    let mut t = Text::new();
    let longest = a.longest.and_then(|(i, _)| stays.get(i));
    match outcome {
        Outcome::LimitExceeded if not_met(ID_CONTINUOUS) => {
            if let Some(stay) = longest {
                t.push(msg!(
                    "pp-summary-continuous",
                    range = stay_range(stay, as_of),
                    days = Arg::days(a.longest_days()),
                    limit = Arg::days(a.limits.continuous)
                ));
            }
        }
        Outcome::LimitExceeded => {
            if let Some(w) = a.max_window {
                t.push(msg!(
                    "pp-summary-four-year",
                    start = w.window.start,
                    end = w.window.last_day().unwrap_or(w.window.start),
                    days = Arg::days(w.days)
                ));
            }
        }
        Outcome::AtRisk => t.push(msg!("pp-summary-information")),
        _ => t.push(if a.limits.four_year {
            msg!(
                "pp-summary-within",
                longest = Arg::days(a.longest_days()),
                counted = Arg::days(a.max_four_year_days())
            )
        } else {
            msg!(
                "pp-summary-within-brexit",
                longest = Arg::days(a.longest_days())
            )
        }),
    }
    if let (Some(from), Some(latest)) = (plan.from, plan.latest) {
        let why = match plan.rule {
            Some(ID_CONTINUOUS) if a.limits.four_year => msg!("pp-summary-why-continuous"),
            Some(ID_CONTINUOUS) => msg!("pp-summary-why-continuous-brexit"),
            Some(ID_FOUR_YEAR) => msg!("pp-summary-why-four-year"),
            _ => msg!("pp-summary-why-next-stay"),
        };
        let id = if plan.ongoing {
            "pp-summary-plan-ongoing"
        } else {
            "pp-summary-plan"
        };
        t.push(
            Msg::new(id)
                .with("from", from)
                .with("latest", latest)
                .with("why", why),
        );
    } else if let Some(from) = plan.from {
        t.push(msg!("pp-summary-plan-none", from = from));
    }
    if let (Some(back), Some(_)) = (plan.planned_back, plan.latest) {
        t.push(super::stays::planned_return_sentence(
            back,
            plan.planned_within,
            None,
        ));
    }
    if let Some(reset) = plan.reset_on.filter(|_| plan.from.is_some()) {
        t.push(msg!("pp-summary-reset", reset = reset));
    }
    t
}

/// The stays sorted by departure, then return (an ongoing stay, which can only be the last one,
/// sorts after any stay that left the same day).
fn in_date_order(stays: &[Stay]) -> Vec<Stay> {
    let mut stays = stays.to_vec();
    stays.sort_by_key(|s| (s.from, s.to.is_none(), s.to));
    stays
}

// ---------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------

/// One calendar year with days abroad (`years`): its total and whether it counts (step 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct YearFigure {
    pub year: i32,
    pub days: i64,
    pub counted: bool,
}

/// One period of step 2 (`periods`): its first departure and last return; `end` is `None` for the
/// period still open (a stay is going on, or a stay starting on `asOf` would still join it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct PeriodFigure {
    pub start: Date,
    pub end: Option<Date>,
}

/// The figures of a `permanent-permit` answer (API.md names).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Figures {
    pub longest_stay_days: i64,
    pub max_four_year_days: i64,
    pub exceeded_on: Option<Date>,
    pub latest_return_date: Option<Date>,
    /// The criterion a return one day later would break (`pp.continuous`, `pp.four-year-total`).
    pub latest_return_rule: Option<&'static str>,
    /// The latest day 15 months in Norway in a row were completed before the planned trip (or
    /// before `asOf`): the stays before it no longer count (rev. 2).
    pub reset_on: Option<Date>,
    pub years: Vec<YearFigure>,
    pub periods: Vec<PeriodFigure>,
    /// The window giving `maxFourYearDays`, first and last day.
    pub max_four_year_window: Option<Window>,
    /// With a planned return date: whether it keeps both rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub planned_return_within_limits: Option<bool>,
}

/// The answer's own top-level fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Extra {
    pub exemption_may_apply: bool,
}

fn years_figure(a: &Analysis) -> Vec<YearFigure> {
    a.years
        .iter()
        .filter(|(_, days)| **days > 0)
        .map(|(&year, &days)| YearFigure {
            year,
            days,
            counted: year_counts(days),
        })
        .collect()
}

fn periods_figure(a: &Analysis, stays: &[Stay], as_of: Date) -> Vec<PeriodFigure> {
    let n = a.periods.len();
    a.periods
        .iter()
        .enumerate()
        .filter_map(|(k, p)| {
            let first = stays.get(p.start)?;
            let last = stays.get(p.end.checked_sub(1)?)?;
            let open = k + 1 == n
                && match last.to {
                    None => true,
                    Some(to) => as_of < add_months(to, PP_RESET_MONTHS.now()),
                };
            Some(PeriodFigure {
                start: first.from,
                end: if open { None } else { last.to },
            })
        })
        .collect()
}
