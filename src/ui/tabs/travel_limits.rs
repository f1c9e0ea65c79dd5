//! The "Travel limits" tab (RULES.md §3, seeds 004 and 002): how long someone with a temporary
//! residence permit can be abroad, when to come back from a planned trip, and, for someone still
//! waiting for an answer on an application for protection, that they must not leave Norway.
//!
//! The tab collects answers and renders the `travel-limits` checker's [`Response`]: the outcome
//! and criteria through [`ResultView`], the planning answer and the days left from the figures
//! (`latestReturnDate`, `latestReturnRule`, `noReturnLimit`, `latestReturnForPermanent`,
//! `daysLeftInWindow`, `schengenDaysLeftInWindow` …), the timeline from the stays and the
//! windows the engine reports (`halfTimeWindow`, `schengenWindow`). It computes no rule.
//!
//! Choices made here (RULES.md is silent on the UI):
//! - "Do not leave Norway" is shown from the situation answer itself, not only from the
//!   `must-not-travel` outcome: the shared list of stays can hold a row another tab left
//!   unfinished, which stops the engine from answering, and this warning must never wait for it.
//!   The engine gives `must-not-travel` for exactly this answer, so the two never disagree.
//! - With the situation unknown the form stays open (the engine evaluates a temporary permit,
//!   RULES.md §3) but the asylum warning is shown above it.

use leptos::prelude::*;
use serde_json::Value;

use crate::api::Response;
use crate::rules::dates::Date;
use crate::rules::law::TL_PR_LAW_CHANGE;
use crate::rules::text;
use crate::rules::Outcome;
use crate::ui::components::{
    engine_errors, field_error, Choice, ChoiceGroup, DateField, ResultView, Timeline, TimelineStay,
    TimelineWindow, TripEditor,
};
use crate::ui::i18n::{t, td_string, use_i18n};
use crate::ui::state::{field, AppState, Checker, PermitBasis, Situation};
use crate::ui::use_engine_locale;

/// What the planning part of the response says, read from its figures.
#[derive(Clone, Debug, PartialEq)]
enum PlanAnswer {
    /// The answers have errors: no figures.
    Fix,
    /// No planned trip and no stay going on.
    Empty,
    /// A return date, with what sets it.
    By {
        ongoing_since: Option<Date>,
        date: Date,
        rule: Option<String>,
    },
    /// No rule bounds the trip.
    Unbounded {
        ongoing_since: Option<Date>,
        refugee: bool,
        permit_year: bool,
    },
    /// The recorded stays already break `rule`: no return keeps the limits.
    Broken {
        ongoing_since: Option<Date>,
        rule: Option<String>,
    },
}

fn figure_str(r: &Response, name: &str) -> Option<String> {
    r.figures
        .get(name)
        .and_then(Value::as_str)
        .map(str::to_string)
}

fn figure_bool(r: &Response, name: &str) -> Option<bool> {
    r.figures.get(name).and_then(Value::as_bool)
}

impl PlanAnswer {
    fn read(r: &Response) -> PlanAnswer {
        if !r.errors.is_empty() || r.outcome.is_none() {
            return PlanAnswer::Fix;
        }
        let Some(planning_for) = figure_str(r, "planningFor") else {
            return PlanAnswer::Empty;
        };
        let ongoing_since = (planning_for == "ongoing-stay")
            .then(|| r.figure_date("planningFrom"))
            .flatten();
        let rule = figure_str(r, "latestReturnRule");
        match r.figure_date("latestReturnDate") {
            Some(date) => PlanAnswer::By {
                ongoing_since,
                date,
                rule,
            },
            None if figure_bool(r, "noReturnLimit") == Some(true) => PlanAnswer::Unbounded {
                ongoing_since,
                refugee: figure_bool(r, "halfTimeApplies") == Some(false),
                permit_year: figure_str(r, "halfTimeRule").as_deref() == Some("permit-year"),
            },
            None => PlanAnswer::Broken {
                ongoing_since,
                rule,
            },
        }
    }
}

#[component]
pub fn TravelLimitsPanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = AppState::expect();
    let response = state.response(Checker::TravelLimits);

    let situation = field!(state, travel_limits.situation);
    let waiting = Memo::new(move |_| situation.get() == Some(Situation::AsylumSeeker));

    view! {
        <h2>{t!(i18n, tl.heading)}</h2>
        <p>{t!(i18n, tl.intro)}</p>
        <ChoiceGroup
            id="tl-situation"
            legend=move || t!(i18n, tl.situation)
            hint=move || t!(i18n, tl.situation_hint)
            value=situation
            options=vec![
                Choice::new(Situation::TemporaryPermit, move || t!(i18n, tl.situation_permit))
                    .with_hint(move || t!(i18n, tl.situation_permit_hint)),
                Choice::new(Situation::AsylumSeeker, move || t!(i18n, tl.situation_asylum)),
            ]
            unknown=move || t!(i18n, common.dont_know)
        />
        // Always in the page, so that screen readers hear the answer when it appears.
        <div role="status" class="tl-stop-region">
            <Show when=move || waiting.get()>
                <StopNotice />
            </Show>
        </div>
        <Show when=move || !waiting.get()>
            <Show when=move || situation.with(Option::is_none)>
                <p class="tl-note tl-warning">{t!(i18n, tl.situation_unknown_notice)}</p>
            </Show>
            <PermitQuestions response />
            <StaysQuestions response />
            <Planning response />
            <ResultView
                id="tl-result"
                response
                headline=Callback::new(move |o: Outcome| match o {
                    Outcome::WithinLimits => t!(i18n, tl.outcome_within).into_any(),
                    Outcome::AtRisk => t!(i18n, tl.outcome_at_risk).into_any(),
                    Outcome::LimitExceeded => t!(i18n, tl.outcome_exceeded).into_any(),
                    Outcome::MustNotTravel => t!(i18n, tl.outcome_stop).into_any(),
                    _ => t!(i18n, tl.outcome_other).into_any(),
                })
                criterion_title=Callback::new(move |id: String| criterion_title(&id))
                figure_label=Callback::new(move |name: String| figure_label(&name))
            />
            <StayTimeline response />
            <Reminders />
        </Show>
    }
}

/// The short name of a criterion.
fn criterion_title(id: &str) -> Option<AnyView> {
    let i18n = use_i18n();
    Some(match id {
        "tl.half-time" => t!(i18n, tl.criterion_half_time).into_any(),
        "tl.permanent-residence" => t!(i18n, tl.criterion_permanent).into_any(),
        "tl.schengen" => t!(i18n, tl.criterion_schengen).into_any(),
        _ => return None,
    })
}

/// The label of a criterion's figure (the same names recur in the three criteria).
fn figure_label(name: &str) -> Option<AnyView> {
    let i18n = use_i18n();
    Some(match name {
        "days" => t!(i18n, tl.figure_days).into_any(),
        "limit" => t!(i18n, tl.figure_limit).into_any(),
        "years" => t!(i18n, tl.figure_years).into_any(),
        "applies" => t!(i18n, tl.figure_applies).into_any(),
        "daysAbroadIn5Years" => t!(i18n, tl.figure_days_5).into_any(),
        "daysAbroadIn3Years" => t!(i18n, tl.figure_days_3).into_any(),
        _ => return None,
    })
}

/// "Do not leave Norway", with the reason from seed 002.
#[component]
fn StopNotice() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="tl-stop" aria-labelledby="tl-stop-heading">
            <h3 id="tl-stop-heading">{t!(i18n, tl.stop_heading)}</h3>
            <p>{t!(i18n, tl.stop_body)}</p>
            <p>{t!(i18n, tl.stop_visa)}</p>
            <p>{t!(i18n, tl.stop_later)}</p>
            <p class="sources">
                <span class="sources-label">{t!(i18n, tl.source)}" "</span>
                <cite>{t!(i18n, common.source_seed_002)}</cite>
            </p>
        </section>
    }
}

/// Basis of the permit, its dates, and why the permanent-permit limit differs from seed 004.
#[component]
fn PermitQuestions(response: Memo<Response>) -> impl IntoView {
    let i18n = use_i18n();
    let state = AppState::expect();
    let locale = use_engine_locale();
    let law_change = move || text::date(TL_PR_LAW_CHANGE, locale.get());
    view! {
        <h3>{t!(i18n, tl.permit_heading)}</h3>
        <ChoiceGroup
            id="tl-basis"
            legend=move || t!(i18n, tl.basis)
            hint=move || t!(i18n, tl.basis_hint)
            value=field!(state, travel_limits.permit_basis)
            options=vec![
                Choice::new(PermitBasis::Humanitarian, move || t!(i18n, tl.basis_humanitarian)),
                Choice::new(PermitBasis::Refugee, move || t!(i18n, tl.basis_refugee)),
                Choice::new(PermitBasis::Other, move || t!(i18n, tl.basis_other))
                    .with_hint(move || t!(i18n, tl.basis_other_hint)),
            ]
            unknown=move || t!(i18n, common.dont_know)
            error=field_error(response, "permitBasis")
        />
        <details class="tl-note tl-law-note">
            <summary>{t!(i18n, tl.law_note_title)}</summary>
            <p>{t!(i18n, tl.law_note, date = law_change)}</p>
        </details>
        <DateField
            id="tl-permit-start"
            legend=move || t!(i18n, tl.permit_start)
            hint=move || t!(i18n, tl.permit_start_hint)
            value=field!(state, travel_limits.permit_start)
            error=field_error(response, "permitStart")
        />
        <DateField
            id="tl-permit-end"
            legend=move || t!(i18n, tl.permit_end)
            hint=move || t!(i18n, tl.permit_end_hint)
            value=field!(state, travel_limits.permit_end)
            error=field_error(response, "permitEnd")
        />
    }
}

/// The shared list of stays (with the Schengen mark) and the counting setting (RULES.md C3).
#[component]
fn StaysQuestions(response: Memo<Response>) -> impl IntoView {
    let i18n = use_i18n();
    let state = AppState::expect();
    let strict = field!(state, strict_counting);
    view! {
        <h3 id="tl-stays-heading">{t!(i18n, tl.stays_heading)}</h3>
        <p class="hint">{t!(i18n, tl.stays_hint)}</p>
        <TripEditor
            id="tl-stays"
            stays=field!(state, stays)
            errors=engine_errors(response)
            schengen=true
        />
        <div class="checkbox tl-strict">
            <input
                class="checkbox-input"
                type="checkbox"
                id="tl-strict"
                aria-describedby="tl-strict-hint"
                prop:checked=move || strict.get()
                on:change:target=move |e| strict.set(e.target().checked())
            />
            <label class="checkbox-label" for="tl-strict">
                {t!(i18n, tl.strict_counting)}
            </label>
            <div class="hint radio-hint" id="tl-strict-hint">
                {t!(i18n, tl.strict_counting_hint)}
            </div>
        </div>
    }
}

/// "I want to travel from …": the shared planned trip, and the engine's answer for it.
#[component]
fn Planning(response: Memo<Response>) -> impl IntoView {
    let i18n = use_i18n();
    let state = AppState::expect();
    let schengen = field!(state, planned_trip.schengen);
    view! {
        <section class="tl-plan" aria-labelledby="tl-plan-heading">
            <h3 id="tl-plan-heading">{t!(i18n, tl.plan_heading)}</h3>
            <DateField
                id="tl-trip-from"
                legend=move || t!(i18n, tl.plan_from)
                hint=move || t!(i18n, tl.plan_from_hint)
                value=field!(state, planned_trip.from)
                error=field_error(response, "plannedTrip.from")
            />
            <div class="checkbox">
                <input
                    class="checkbox-input"
                    type="checkbox"
                    id="tl-trip-schengen"
                    prop:checked=move || schengen.get()
                    on:change:target=move |e| schengen.set(e.target().checked())
                />
                <label class="checkbox-label" for="tl-trip-schengen">
                    {t!(i18n, tl.plan_schengen)}
                </label>
            </div>
            <DateField
                id="tl-trip-to"
                legend=move || t!(i18n, tl.plan_to)
                hint=move || t!(i18n, tl.plan_to_hint)
                value=field!(state, planned_trip.to)
                error=field_error(response, "plannedTrip.to")
            />
            <PlanResult response />
        </section>
    }
}

/// The planning answer: "Come back by …" and the rule that sets it, the date for a later
/// permanent permit, the planned return checked, and the days left in the current windows.
#[component]
fn PlanResult(response: Memo<Response>) -> impl IntoView {
    let i18n = use_i18n();
    let state = AppState::expect();
    let locale = use_engine_locale();
    let answer = Memo::new(move |_| response.with(PlanAnswer::read));
    let date = move |d: Date| text::date(d, locale.get());
    let days = move |n: i64| text::days(n, locale.get());
    let int = move |name: &'static str| Memo::new(move |_| response.with(|r| r.figure_int(name)));
    let half_limit = int("halfTimeLimit");
    let schengen_limit = int("schengenLimit");

    let ongoing = move |since: Option<Date>| {
        since.map(|d| view! { <p>{t!(i18n, tl.plan_ongoing, date = date(d))}</p> })
    };
    let rule_name = move |rule: Option<String>| match rule.as_deref() {
        Some("tl.schengen") => td_string!(i18n.get_locale(), tl.criterion_schengen).to_string(),
        _ => td_string!(i18n.get_locale(), tl.criterion_half_time).to_string(),
    };
    let rule_sentence = move |rule: Option<String>| {
        let half = days(half_limit.get().unwrap_or_default());
        let sch = days(schengen_limit.get().unwrap_or_default());
        let year_rule = response.with(|r| figure_str(r, "halfTimeRule"));
        match rule.as_deref() {
            Some("tl.half-time") if year_rule.as_deref() == Some("permit-year") => {
                Some(t!(i18n, tl.rule_half_time_year, limit = half).into_any())
            }
            Some("tl.half-time") => {
                Some(t!(i18n, tl.rule_half_time_rolling, limit = half).into_any())
            }
            Some("tl.schengen") => Some(t!(i18n, tl.rule_schengen, limit = sch).into_any()),
            Some("next-stay") => Some(t!(i18n, tl.rule_next_stay).into_any()),
            _ => None,
        }
    };

    let main = move || match answer.get() {
        PlanAnswer::Fix => view! { <p>{t!(i18n, tl.plan_fix)}</p> }.into_any(),
        PlanAnswer::Empty => view! { <p>{t!(i18n, tl.plan_empty)}</p> }.into_any(),
        PlanAnswer::By {
            ongoing_since,
            date: d,
            rule,
        } => view! {
            {ongoing(ongoing_since)}
            <p class="tl-return" id="tl-return">{t!(i18n, tl.come_back_by, date = date(d))}</p>
            {rule_sentence(rule).map(|s| view! { <p>{s}</p> })}
        }
        .into_any(),
        PlanAnswer::Unbounded {
            ongoing_since,
            refugee,
            permit_year,
        } => view! {
            {ongoing(ongoing_since)}
            <p class="tl-return" id="tl-return">{t!(i18n, tl.no_limit)}</p>
            {refugee.then(|| view! { <p>{t!(i18n, tl.no_limit_refugee)}</p> })}
            {(permit_year && !refugee).then(|| view! { <p>{t!(i18n, tl.no_limit_year)}</p> })}
            <p>{t!(i18n, tl.no_limit_valid)}</p>
        }
        .into_any(),
        PlanAnswer::Broken {
            ongoing_since,
            rule,
        } => view! {
            {ongoing(ongoing_since)}
            <p class="tl-return tl-return-broken" id="tl-return">
                {t!(i18n, tl.already_broken, rule = rule_name(rule))}
            </p>
        }
        .into_any(),
    };

    // For a later permanent permit: only with a return date to plan (not when the travel
    // limits already allow none: a date here would read as permission to travel).
    let permanent = move || {
        if !matches!(
            answer.get(),
            PlanAnswer::By { .. } | PlanAnswer::Unbounded { .. }
        ) {
            return None;
        }
        Some(
            match response.with(|r| r.figure_date("latestReturnForPermanent")) {
                Some(d) => view! { <p>{t!(i18n, tl.permanent_by, date = date(d))}</p> }.into_any(),
                None => view! { <p>{t!(i18n, tl.permanent_over)}</p> }.into_any(),
            },
        )
    };

    // The planned return, when the user gave one.
    let planned_to = Memo::new(move |_| state.answers.with(|a| a.planned_trip.to.date()));
    let planned = move || {
        let to = planned_to.get()?;
        let (within, keeps) = response.with(|r| {
            (
                figure_bool(r, "plannedReturnWithinLimits"),
                figure_bool(r, "plannedReturnKeepsPermanent"),
            )
        });
        let within = within?;
        let d = date(to);
        Some(view! {
            {if within {
                view! { <p class="tl-planned-ok">{t!(i18n, tl.planned_within, date = d.clone())}</p> }
                    .into_any()
            } else {
                view! { <p class="tl-planned-over">{t!(i18n, tl.planned_over, date = d.clone())}</p> }
                    .into_any()
            }}
            {(keeps == Some(false))
                .then(|| view! { <p>{t!(i18n, tl.planned_permanent_risk, date = d.clone())}</p> })}
        })
    };

    // Days left in the windows that end today.
    let left = move || {
        let (left_half, left_schengen, year_rule, applies) = response.with(|r| {
            (
                r.figure_int("daysLeftInWindow"),
                r.figure_int("schengenDaysLeftInWindow"),
                figure_str(r, "halfTimeRule"),
                figure_bool(r, "halfTimeApplies"),
            )
        });
        if answer.get() == PlanAnswer::Fix {
            return None;
        }
        let half_row = match (applies, left_half) {
            (Some(false), _) => view! {
                <div class="figure">
                    <dt>{t!(i18n, tl.left_rolling)}</dt>
                    <dd>{t!(i18n, tl.left_refugee)}</dd>
                </div>
            }
            .into_any(),
            (_, Some(n)) => {
                let label = if year_rule.as_deref() == Some("permit-year") {
                    t!(i18n, tl.left_year).into_any()
                } else {
                    t!(i18n, tl.left_rolling).into_any()
                };
                let limit = days(half_limit.get().unwrap_or_default());
                view! {
                    <div class="figure">
                        <dt>{label}</dt>
                        <dd id="tl-days-left">{t!(i18n, tl.left_of, left = days(n), limit = limit)}</dd>
                    </div>
                }
                .into_any()
            }
            _ => ().into_any(),
        };
        let schengen_row = left_schengen.map(|n| {
            let limit = days(schengen_limit.get().unwrap_or_default());
            view! {
                <div class="figure">
                    <dt>{t!(i18n, tl.left_schengen)}</dt>
                    <dd id="tl-schengen-left">
                        {t!(i18n, tl.left_of, left = days(n), limit = limit)}
                    </dd>
                </div>
            }
        });
        Some(view! {
            <h4>{t!(i18n, tl.left_heading)}</h4>
            <dl class="figures tl-left">{half_row} {schengen_row}</dl>
        })
    };

    view! {
        <div class="tl-plan-answer" aria-labelledby="tl-plan-answer-heading">
            <h4 id="tl-plan-answer-heading">{t!(i18n, tl.plan_answer_heading)}</h4>
            <div role="status" aria-atomic="true">
                {main}
                {planned}
                {permanent}
            </div>
            {left}
        </div>
    }
}

/// The stays on the shared timeline, with the windows where the maxima are reached.
#[component]
fn StayTimeline(response: Memo<Response>) -> impl IntoView {
    let i18n = use_i18n();
    let state = AppState::expect();
    let answers = state.answers;
    let stays = Signal::derive(move || {
        let ui = i18n.get_locale();
        answers.with(|a| {
            a.stays
                .iter()
                .enumerate()
                .filter_map(|(i, s)| {
                    let start = s.from.date()?;
                    let end = if s.ongoing { None } else { Some(s.to.date()?) };
                    // "Stay 2 (Schengen)": the same word order in all three languages.
                    let n = i + 1;
                    let stay = td_string!(ui, tl.timeline_stay);
                    let label = if s.schengen {
                        let schengen = td_string!(ui, tl.timeline_schengen);
                        format!("{stay} {n} ({schengen})")
                    } else {
                        format!("{stay} {n}")
                    };
                    Some(TimelineStay {
                        start,
                        end,
                        label: Some(label),
                        schengen: s.schengen,
                    })
                })
                .collect::<Vec<_>>()
        })
    });
    let windows = Signal::derive(move || {
        let ui = i18n.get_locale();
        response.with(|r| {
            let half = if figure_str(r, "halfTimeRule").as_deref() == Some("permit-year") {
                td_string!(ui, tl.window_year).to_string()
            } else {
                td_string!(ui, tl.window_365).to_string()
            };
            let half = (figure_bool(r, "halfTimeApplies") == Some(true))
                .then(|| TimelineWindow::from_figure(r.figures.get("halfTimeWindow"), half))
                .flatten();
            let schengen = TimelineWindow::from_figure(
                r.figures.get("schengenWindow"),
                td_string!(ui, tl.window_180).to_string(),
            );
            half.into_iter().chain(schengen).collect::<Vec<_>>()
        })
    });
    // The planned trip (or the stay going on) up to the latest return date, both from the
    // engine's figures (`planningFrom`, `latestReturnDate`); nothing when there is no such date.
    let planned = Signal::derive(move || {
        response.with(|r| match PlanAnswer::read(r) {
            PlanAnswer::By { date, .. } => Some(TimelineStay {
                start: r.figure_date("planningFrom")?,
                end: Some(date),
                label: None,
                schengen: false,
            }),
            _ => None,
        })
    });
    view! {
        <Show when=move || !stays.with(Vec::is_empty)>
            <Timeline
                id="tl-timeline"
                caption=move || t!(i18n, tl.timeline_caption)
                years=Signal::derive(Vec::new)
                stays
                windows
                planned
            />
        </Show>
    }
}

/// Reminders from seed 004.
#[component]
fn Reminders() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="tl-reminders" aria-labelledby="tl-reminders-heading">
            <h3 id="tl-reminders-heading">{t!(i18n, tl.reminders_heading)}</h3>
            <ul>
                <li>{t!(i18n, tl.reminder_card)}</li>
                <li>{t!(i18n, tl.reminder_documents)}</li>
                <li>{t!(i18n, tl.reminder_schengen)}</li>
                <li>{t!(i18n, tl.reminder_limit)}</li>
            </ul>
            <p class="sources">
                <span class="sources-label">{t!(i18n, tl.source)}" "</span>
                <cite>{t!(i18n, common.source_seed_004)}</cite>
            </p>
        </section>
    }
}
