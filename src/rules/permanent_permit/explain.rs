//! Explanations for `permanent-permit`: the three criteria (`pp.continuous`,
//! `pp.four-year-total`, `pp.correct-information`) built from the [`Analysis`], with their
//! explanations, borderline flags and figures, the sentence on the latest return date added to
//! the rule that sets it, and [`stay_range`], a stay in words.

use super::planning::Plan;
use super::steps::{information_status, reaches_four_year_limit, Analysis};
use super::{Input, ID_CONTINUOUS, ID_CORRECT_INFORMATION, ID_FOUR_YEAR};
use crate::msg;
use crate::rules::dates::{borderline, Date, Stay};
use crate::rules::law::PP_MAX_TOTAL_DAYS;
use crate::rules::{Criterion, Figure, Status};
use crate::text::{Arg, Msg, Text};

const SOURCES_CONTINUOUS: [&str; 2] = ["seed:003", "utl. § 62"];
const SOURCES_FOUR_YEAR: [&str; 2] = ["seed:003", "utf. § 11-8 (1)"];
const SOURCES_INFORMATION: [&str; 2] = ["seed:003", "utl. § 63"];

/// Step 3 as a criterion (with the Brexit rules, five years instead of two).
pub(super) fn continuous_criterion(
    a: &Analysis,
    stays: &[Stay],
    plan: &Plan,
    brexit: Option<bool>,
    as_of: Date,
) -> Criterion {
    let days = a.longest_days();
    let limit = a.limits.continuous;
    let met = !a.limits.reaches_continuous(days);
    let days_s = Arg::days(days);
    let brexit_rules = brexit == Some(true);
    let longest_stay = a.longest.and_then(|(i, _)| stays.get(i));
    let mut explanation = Text::new();
    if brexit_rules {
        explanation.push(msg!("pp-continuous-brexit"));
    }
    explanation.push(match (longest_stay, met, brexit_rules) {
        (None, _, false) => msg!("pp-continuous-no-stays"),
        (None, _, true) => msg!("pp-continuous-no-stays-brexit"),
        (Some(stay), true, false) => msg!(
            "pp-continuous-met",
            range = stay_range(stay, as_of),
            days_s = days_s,
            margin_s = Arg::days(limit - days)
        ),
        (Some(stay), true, true) => msg!(
            "pp-continuous-met-brexit",
            range = stay_range(stay, as_of),
            days_s = days_s,
            margin_s = Arg::days(limit - days)
        ),
        (Some(stay), false, false) => msg!(
            "pp-continuous-not-met",
            range = stay_range(stay, as_of),
            days_s = days_s,
            on = a.continuous_reached_on().unwrap_or_default()
        ),
        (Some(stay), false, true) => msg!(
            "pp-continuous-not-met-brexit",
            range = stay_range(stay, as_of),
            days_s = days_s,
            on = a.continuous_reached_on().unwrap_or_default()
        ),
    });
    let is_borderline = borderline(days, limit);
    if is_borderline {
        explanation.push(msg!("pp-borderline"));
        if days == limit && !brexit_rules {
            explanation.push(msg!("pp-continuous-exactly-two-years"));
        }
    }
    if brexit.is_none() {
        explanation.push(msg!("pp-brexit-unknown"));
    }
    if plan.rule == Some(ID_CONTINUOUS) {
        explanation.0.extend(plan_sentence(plan));
    }
    let title = if brexit_rules {
        msg!("pp-continuous-title-brexit")
    } else {
        msg!("pp-continuous-title")
    };
    Criterion::new(
        ID_CONTINUOUS,
        if met { Status::Met } else { Status::NotMet },
        explanation,
        &SOURCES_CONTINUOUS,
    )
    .with_title(title)
    .with_borderline(is_borderline)
    .with_figure("longestStayDays", Figure::Days(days))
    .with_figure("limitDays", Figure::Days(limit))
    .with_figure("exceededOn", a.continuous_reached_on())
}

/// Step 4 as a criterion (met, saying it does not apply, under the Brexit rules).
pub(super) fn four_year_criterion(a: &Analysis, plan: &Plan, brexit: Option<bool>) -> Criterion {
    let days = a.max_four_year_days();
    let limit = PP_MAX_TOTAL_DAYS.now();
    if brexit == Some(true) {
        return Criterion::new(
            ID_FOUR_YEAR,
            Status::Met,
            msg!("pp-four-year-brexit"),
            &SOURCES_FOUR_YEAR,
        )
        .with_figure("maxFourYearDays", Figure::Days(days))
        .with_figure("limitDays", Figure::None)
        .with_figure("windowStart", Figure::None)
        .with_figure("windowEnd", Figure::None)
        .with_figure("exceededOn", Figure::None);
    }
    let met = !reaches_four_year_limit(days);
    let days_s = Arg::days(days);
    let (ignored, total) = a.ignored_and_total();
    let mut explanation = Text::from(if total == 0 {
        msg!("pp-four-year-no-days")
    } else {
        msg!(
            "pp-four-year-counted-years",
            total_s = Arg::days(total),
            ignored_s = Arg::days(ignored)
        )
    });
    let n_periods = a.periods.len();
    if n_periods > 1 {
        let periods_s = msg!("pp-separate-periods", n = n_periods);
        explanation.push(msg!("pp-four-year-periods", periods_s = periods_s));
    }
    let window = a.max_window.map(|w| {
        (
            w.window.start,
            w.window.last_day().unwrap_or(w.window.start),
        )
    });
    explanation.push(match (window, met) {
        (None, _) => msg!("pp-four-year-nothing-counts"),
        (Some((start, end)), true) => msg!(
            "pp-four-year-met",
            days_s = days_s,
            start = start,
            end = end,
            margin_s = Arg::days(limit - days)
        ),
        (Some((start, end)), false) => msg!(
            "pp-four-year-not-met",
            start = start,
            end = end,
            days_s = days_s,
            on = a.four_year_reached_on().unwrap_or_default()
        ),
    });
    let near_60 = a.four_year_hangs_on_a_near_60_year();
    if near_60 {
        explanation.push(msg!("pp-four-year-near-60"));
    }
    let near_limit = a.max_window.is_some() && borderline(days, limit);
    if near_limit {
        explanation.push(msg!("pp-borderline"));
        if days == limit {
            explanation.push(msg!("pp-four-year-exactly-two-years"));
        }
    }
    let is_borderline = near_limit || near_60;
    if plan.rule == Some(ID_FOUR_YEAR) {
        explanation.0.extend(plan_sentence(plan));
    }
    let (window_start, window_end) = match window {
        Some((start, end)) => (Some(start), Some(end)),
        None => (None, None),
    };
    Criterion::new(
        ID_FOUR_YEAR,
        if met { Status::Met } else { Status::NotMet },
        explanation,
        &SOURCES_FOUR_YEAR,
    )
    .with_borderline(is_borderline)
    .with_figure("maxFourYearDays", Figure::Days(days))
    .with_figure("limitDays", Figure::Days(limit))
    .with_figure("windowStart", window_start)
    .with_figure("windowEnd", window_end)
    .with_figure("exceededOn", a.four_year_reached_on())
}

/// Step 5 as a criterion.
pub(super) fn information_criterion(input: &Input) -> Criterion {
    let given = [
        input.gave_incorrect_information,
        input.withheld_information,
        input.incorrect_identity,
    ];
    let status = information_status(given);
    let explanation = match status {
        Status::Met => msg!("pp-information-met"),
        Status::NotMet => {
            let grounds = [
                "pp-information-incorrect",
                "pp-information-withheld",
                "pp-information-identity",
            ];
            let list: Vec<Arg> = given
                .iter()
                .zip(grounds)
                .filter(|(answer, _)| **answer == Some(true))
                .map(|(_, id)| Msg::new(id).into())
                .collect();
            msg!("pp-information-not-met", list = list)
        }
        Status::Unknown => msg!("pp-information-unknown"),
    };
    Criterion::new(
        ID_CORRECT_INFORMATION,
        status,
        explanation,
        &SOURCES_INFORMATION,
    )
}

/// "1 March 2020 – 2 April 2020", or for an ongoing stay "since 1 March 2020 (you are still
/// abroad; counted up to and including 15 January 2025)" (C2).
pub(super) fn stay_range(stay: &Stay, as_of: Date) -> Msg {
    match stay.to {
        Some(to) => msg!("date-range", from = stay.from, to = to),
        None => msg!("pp-stay-range-ongoing", from = stay.from, as_of = as_of),
    }
}

/// The sentence added to the explanation of the rule that sets the latest return date.
fn plan_sentence(plan: &Plan) -> Option<Msg> {
    let (Some(from), Some(latest)) = (plan.from, plan.latest) else {
        return None;
    };
    Some(if plan.ongoing {
        msg!("pp-plan-ongoing", from_s = from, latest_s = latest)
    } else {
        msg!("pp-plan-trip", from_s = from, latest_s = latest)
    })
}
