//! A question page (one thing per page, GOV.UK style): the app's own Back link, a progress line,
//! an error summary when something needs fixing, the question with its hint and "I don't know",
//! and Continue. The same question views make up the caseworker page (every question of a check
//! on one page) and are what the check-answers page links back to.

use leptos::prelude::*;

use super::fields::{focus_after, Checkbox, DateInput, DateSlot, RadioOption, Radios, StaysEditor};
use super::i18n::{t, use_i18n};
use super::state::{use_state, Page};
use crate::flow::steps::{self, Ask, ChoiceField, Step};
use crate::flow::validate::step_problems;
use crate::flow::{evaluate, Check, Reply, Situation};
use crate::msg;
use crate::rules::InputError;

/// The id of the element a problem on `field` links to.
pub fn target_of(step_id: &str, field: &str) -> String {
    if let Some(rest) = field.strip_prefix("stays[") {
        let (i, part) = rest.split_once(']').unwrap_or((rest, ""));
        let part = part.trim_start_matches('.');
        return match part {
            "to" => format!("stay-{i}-to-day"),
            _ => format!("stay-{i}-from-day"),
        };
    }
    match field {
        "plannedTrip.to" => "trip-to-day".into(),
        "plannedTrip" | "plannedTrip.from" => "trip-from-day".into(),
        "permitStart" => format!("q-{step_id}-from-day"),
        "permitEnd" => format!("q-{step_id}-until-day"),
        "stays" => "stays".into(),
        _ => format!("q-{step_id}-date-day"),
    }
}

/// The summary's link for a date problem goes to the first box at fault (the month for a
/// missing month), not always to the day.
fn box_at_fault(target: String, problem: &str) -> String {
    let part = match super::fields::first_box_at_fault(problem) {
        Some(1) => "month",
        Some(2) => "year",
        _ => return target,
    };
    match target.strip_suffix("-day") {
        Some(date) => format!("{date}-{part}"),
        None => target,
    }
}

/// The label of the date an engine field is, on a page that asks for two dates.
fn date_label(step: &Step, field: &str) -> Option<String> {
    match step.ask {
        Ask::Dates(fields) if fields.len() > 1 => fields
            .iter()
            .find(|f| f.engine_field() == field)
            .map(|f| format!("q-{}-{}", step.id, f.name())),
        Ask::Trip => match field {
            "plannedTrip" | "plannedTrip.from" => Some("trip-from".into()),
            "plannedTrip.to" => Some("trip-to".into()),
            _ => None,
        },
        _ => None,
    }
}

/// The message of a step's question, its hint, and an option's label and hint.
pub fn question(step: &Step) -> String {
    format!("q-{}", step.id)
}

fn hint_id(step: &Step) -> Option<String> {
    let id = format!("q-{}-hint", step.id);
    use_i18n().has(&id).then_some(id)
}

/// The options of a choice question (labels `q-<step>-<option>`, hints `…-hint`), with "I don't
/// know" last where it is offered.
pub fn choice_options(step: &Step, field: ChoiceField) -> Vec<RadioOption> {
    let en = use_i18n();
    let mut out: Vec<RadioOption> = field
        .options()
        .into_iter()
        .map(|name| {
            let label = format!("q-{}-{name}", step.id);
            let hint = format!("{label}-hint");
            RadioOption {
                value: Reply::Is(name),
                hint: en.has(&hint).then_some(hint),
                label,
            }
        })
        .collect();
    if field.has_unknown() {
        out.push(RadioOption {
            value: Reply::Unknown,
            label: "answer-unknown".into(),
            hint: None,
        });
    }
    out
}

/// Yes / No / I don't know.
pub fn yes_no_options() -> Vec<RadioOption> {
    [("yes", "answer-yes"), ("no", "answer-no")]
        .into_iter()
        .map(|(v, label)| RadioOption {
            value: Reply::Is(v),
            label: label.into(),
            hint: None,
        })
        .chain([RadioOption {
            value: Reply::Unknown,
            label: "answer-unknown".into(),
            hint: None,
        }])
        .collect()
}

fn bool_to_name(r: Reply<bool>) -> Reply<&'static str> {
    match r {
        Reply::Is(true) => Reply::Is("yes"),
        Reply::Is(false) => Reply::Is("no"),
        Reply::Unknown => Reply::Unknown,
        Reply::Unanswered => Reply::Unanswered,
    }
}

fn name_to_bool(r: Reply<&str>) -> Reply<bool> {
    match r {
        Reply::Is("yes") => Reply::Is(true),
        Reply::Is(_) => Reply::Is(false),
        Reply::Unknown => Reply::Unknown,
        Reply::Unanswered => Reply::Unanswered,
    }
}

/// A choice question (the start page's questions among them: this and [`Radios`] are all of the
/// question views the first module needs, see `parts`).
pub fn choice_view(step: &'static Step, f: ChoiceField, heading: bool) -> AnyView {
    let state = use_state();
    let i18n = use_i18n();
    let q = question(step);
    let hint = hint_id(step);
    view! {
        <Radios
            id=format!("q-{}", step.id)
            legend=Signal::derive(move || i18n.id(&q))
            heading=heading
            hint=Signal::derive(move || hint.as_ref().map(|h| i18n.id(h)))
            options=choice_options(step, f)
            value=Signal::derive(move || state.answers.with(|a| f.get(a)))
            on_choose=Callback::new(move |r: Reply<&'static str>| state.answers.update(|a| f.set(a, r)))
            error=Signal::derive(|| None::<String>)
        />
    }
    .into_any()
}

/// The question of a step, as its form controls. `heading`: the question is the page's `<h1>`.
/// `errors`: the page's problems (engine field names and messages), `show`: whether dates show
/// their own problems (after Continue).
pub fn ask_view(
    check: Option<Check>,
    step: &'static Step,
    heading: bool,
    errors: Signal<Vec<(String, String)>>,
    show: Signal<bool>,
) -> AnyView {
    let state = use_state();
    let i18n = use_i18n();
    let q = question(step);
    let legend = Signal::derive(move || i18n.id(&q));
    let hint = hint_id(step);
    let hint = Signal::derive(move || hint.as_ref().map(|h| i18n.id(h)));
    let id = format!("q-{}", step.id);
    let error_for = move |field: &'static str| {
        Signal::derive(move || {
            errors.with(|es| es.iter().find(|(f, _)| f == field).map(|(_, m)| m.clone()))
        })
    };
    match step.ask {
        Ask::YesNo(f) => view! {
            <Radios
                id=id
                legend=legend
                heading=heading
                hint=hint
                options=yes_no_options()
                value=Signal::derive(move || state.answers.with(|a| bool_to_name(f.get(a))))
                on_choose=Callback::new(move |r| state.answers.update(|a| f.set(a, name_to_bool(r))))
                error=Signal::derive(|| None::<String>)
                inline=true
            />
        }
        .into_any(),
        Ask::Choice(f) => choice_view(step, f, heading),
        Ask::Dates([only]) => {
            let f = *only;
            view! {
                <DateInput
                    id=format!("{id}-{}", f.name())
                    legend=legend
                    heading=heading
                    at=DateSlot::Field(f)
                    error=error_for(f.engine_field())
                    show=show
                    autocomplete=f.autocomplete().unwrap_or(["off", "off", "off"])
                />
                {move || hint.get().map(|h| view! { <p class="hint">{h}</p> })}
            }
            .into_any()
        }
        Ask::Dates(fields) => {
            let dates = fields
                .iter()
                .map(|f| {
                    let f = *f;
                    let label = format!("{id}-{}", f.name());
                    view! {
                        <DateInput
                            id=format!("{id}-{}", f.name())
                            legend=Signal::derive(move || i18n.id(&label))
                            at=DateSlot::Field(f)
                            error=error_for(f.engine_field())
                            show=show
                        />
                    }
                })
                .collect_view();
            view! {
                <div class="question-group" role="group" aria-labelledby=format!("{id}-title")>
                    {if heading {
                        view! { <h1 id=format!("{id}-title")>{move || legend.get()}</h1> }.into_any()
                    } else {
                        view! { <h2 id=format!("{id}-title")>{move || legend.get()}</h2> }.into_any()
                    }}
                    {move || hint.get().map(|h| view! { <p class="hint">{h}</p> })}
                    {dates}
                </div>
            }
            .into_any()
        }
        Ask::Stays => {
            let ukraine = state
                .answers
                .with_untracked(|a| a.situation() == Some(Situation::CollectiveProtection))
                && check == Some(Check::TravelLimits);
            view! {
                <div class="question-group" id="stays" tabindex="-1">
                    {if heading {
                        view! { <h1>{move || legend.get()}</h1> }.into_any()
                    } else {
                        view! { <h2>{move || legend.get()}</h2> }.into_any()
                    }}
                    {move || hint.get().map(|h| view! { <p class="hint">{h}</p> })}
                    <StaysEditor ukraine=ukraine errors=errors show=show />
                </div>
            }
            .into_any()
        }
        Ask::Trip => {
            let ukraine = state
                .answers
                .with_untracked(|a| a.situation() == Some(Situation::CollectiveProtection))
                && check == Some(Check::TravelLimits);
            view! {
                <div class="question-group">
                    {if heading {
                        view! { <h1>{move || legend.get()}</h1> }.into_any()
                    } else {
                        view! { <h2>{move || legend.get()}</h2> }.into_any()
                    }}
                    {move || hint.get().map(|h| view! { <p class="hint">{h}</p> })}
                    <DateInput
                        id="trip-from".to_string()
                        legend=Signal::derive(move || i18n.t("trip-from"))
                        at=DateSlot::TripFrom
                        error=error_for("plannedTrip.from")
                        show=show
                    />
                    <DateInput
                        id="trip-to".to_string()
                        legend=Signal::derive(move || i18n.t("trip-to"))
                        at=DateSlot::TripTo
                        error=error_for("plannedTrip.to")
                        show=show
                    />
                    <Checkbox
                        id="trip-schengen".to_string()
                        label=Signal::derive(move || i18n.t("trip-schengen"))
                        hint=Signal::derive(move || i18n.t("stay-schengen-hint"))
                        checked=Signal::derive(move || state.answers.with(|a| a.trip.schengen))
                        on_toggle=Callback::new(move |on| state.answers.update(|a| a.trip.schengen = on))
                    />
                    {ukraine.then(|| view! {
                        <Checkbox
                            id="trip-ukraine".to_string()
                            label=Signal::derive(move || i18n.t("trip-ukraine"))
                            checked=Signal::derive(move || state.answers.with(|a| a.trip.ukraine))
                            on_toggle=Callback::new(move |on| state.answers.update(|a| a.trip.ukraine = on))
                        />
                    })}
                </div>
            }
            .into_any()
        }
    }
}

/// The error summary at the top of a page: a heading and each problem as a link to its field
/// (GOV.UK). It takes the focus when it appears.
#[component]
pub fn ErrorSummary(#[prop(into)] problems: Signal<Vec<(String, String)>>) -> impl IntoView {
    view! {
        {move || {
            let list = problems.get();
            (!list.is_empty()).then(|| {
                let items = list
                    .into_iter()
                    .map(|(target, message)| {
                        let href = format!("#{target}");
                        let go = target.clone();
                        view! {
                            <li>
                                <a href=href on:click=move |e| {
                                    e.prevent_default();
                                    focus_after(go.clone());
                                }>{message}</a>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="error-summary" id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                        <h2 class="error-summary-title" id="error-summary-title">{t("error-summary-title")}</h2>
                        <ul class="error-list">{items}</ul>
                    </div>
                }
            })
        }}
    }
}

/// The app's own Back link (it never uses the browser's history).
#[component]
pub fn BackLink() -> impl IntoView {
    let state = use_state();
    view! {
        {move || state.can_go_back().then(|| view! {
            <button type="button" class="back-link" on:click=move |_| state.back()>{t("back")}</button>
        })}
    }
}

/// One question of a check.
#[component]
pub fn StepPage(check: Check, index: usize) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let list = Memo::new(move |_| state.answers.with(|a| steps::steps(check, a).len()));
    let step = state
        .answers
        .with_untracked(|a| steps::steps(check, a).get(index).copied());
    let Some(step) = step else {
        // No question applies now (an asylum seeker asking about travel): the answer; or the
        // answers changed which questions apply: go on to the answers. In place of this page,
        // so that Back does not come here again.
        state.replace(if index == 0 {
            Page::Result { check }
        } else {
            Page::CheckAnswers { check }
        });
        return ().into_any();
    };
    let submitted = RwSignal::new(false);
    let problems = Memo::new(move |_| {
        if !submitted.get() {
            return Vec::new();
        }
        let ctx = crate::flow::evaluate::context(&state.answers.get(), state.today);
        state.answers.with(|a| step_problems(check, step, a, &ctx))
    });
    let rendered = Memo::new(move |_| {
        problems.with(|ps: &Vec<InputError>| {
            ps.iter()
                .map(|p| (p.field.clone(), i18n.msg(&p.message)))
                .collect::<Vec<_>>()
        })
    });
    // In the summary, away from its boxes, a date's problem names the date when the page asks
    // for two ("Valid until: enter the month"), and links to the first box at fault.
    let summary = Signal::derive(move || {
        problems.with(|ps: &Vec<InputError>| {
            ps.iter()
                .map(|p| {
                    let target = box_at_fault(target_of(step.id, &p.field), p.message.id);
                    let text = match date_label(step, &p.field)
                        .filter(|_| p.message.id.starts_with("date-"))
                    {
                        Some(label) => i18n.msg(&msg!(
                            "error-summary-item",
                            field = i18n.id(&label),
                            problem = p.message.clone()
                        )),
                        None => i18n.msg(&p.message),
                    };
                    (target, text)
                })
                .collect::<Vec<_>>()
        })
    });
    let on_continue = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        submitted.set(true);
        if problems.with_untracked(Vec::is_empty) {
            state.next(check, index);
        } else {
            focus_after("error-summary".into());
        }
    };
    let progress = move || {
        i18n.msg(&msg!(
            "step-progress",
            n = index + 1,
            total = list.get().max(index + 1)
        ))
    };
    let title = check.title();
    let helper = state
        .answers
        .with_untracked(|a| a.start == Reply::Is(Situation::Helper));
    view! {
        <BackLink />
        <form class="step" novalidate on:submit=on_continue data-step=step.id>
            <p class="caption">
                <span class="caption-check">{t(title)}</span>
                " · "
                <span class="progress">{progress}</span>
            </p>
            <ErrorSummary problems=summary />
            {ask_view(Some(check), step, true, rendered.into(), submitted.into())}
            <div class="button-row">
                <button type="submit" class="button">{t("continue")}</button>
            </div>
        </form>
        // A helper who chose one question at a time can go back to all of them on one page.
        {helper.then(|| view! { <super::caseworker::ModeSwitch check=check /> })}
    }
    .into_any()
}

/// Whether a check can already give its answer (used by the check-answers page).
pub fn can_answer(check: Check) -> bool {
    let state = use_state();
    let ctx = crate::flow::evaluate::context(&state.answers.get(), state.today);
    state.answers.with(|a| evaluate(check, a, &ctx).is_ok())
}
