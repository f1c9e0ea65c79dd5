//! The start: "What is your situation?" (a helper is asked the situation of the person they
//! help), then "What do you want to know?" where more than one check fits, and the list of every
//! check (the closed 2021 scheme is there, not on the way).

use leptos::prelude::*;

use super::fields::RadioOption;
use super::i18n::{t, use_i18n};
use super::state::{use_state, Page};
use super::step::{choice_view, BackLink};
use crate::flow::steps::{Ask, START};
use crate::flow::{Check, Reply, Situation};

/// One start question (`index` into `START`).
#[component]
pub fn StartPage(index: usize) -> impl IntoView {
    let state = use_state();
    let step = &START[index.min(START.len() - 1)];
    let submitted = RwSignal::new(false);
    let missing = Memo::new(move |_| {
        submitted.get()
            && state
                .answers
                .with(|a| !crate::flow::steps::answered(step, a))
    });
    let on_continue = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        submitted.set(true);
        if missing.get_untracked() {
            super::fields::focus_after("error-summary".into());
            return;
        }
        let (start, situation) = state.answers.with_untracked(|a| (a.start, a.situation()));
        if index == 0 && start == Reply::Is(Situation::Helper) {
            // A helper sees every question of a check on one page unless they switch it off.
            state.answers.update(|a| a.all_on_one_page = true);
            state.go(Page::Start { step: 1 });
            return;
        }
        match situation {
            Some(s) => {
                let checks = Check::for_situation(s);
                if checks.len() == 1 {
                    state.begin(checks[0]);
                } else {
                    state.go(Page::Want);
                }
            }
            None => state.go(Page::OtherChecks),
        }
    };
    let i18n = use_i18n();
    let problems = Signal::derive(move || {
        if missing.get() {
            vec![(format!("q-{}-0", step.id), i18n.t("start-choose-one"))]
        } else {
            Vec::new()
        }
    });
    view! {
        {(index > 0).then(|| view! { <BackLink /> })}
        <form class="step start" novalidate on:submit=on_continue data-step=step.id>
            <super::step::ErrorSummary problems=problems />
            {match step.ask {
                Ask::Choice(f) => choice_view(step, f, true),
                _ => ().into_any(),
            }}
            <div class="button-row">
                <button type="submit" class="button">{t("continue")}</button>
            </div>
        </form>
        {(index == 0).then(|| view! {
            <p class="other-checks-link">
                <button type="button" class="button-link" on:click=move |_| state.go(Page::OtherChecks)>
                    {t("start-other-checks")}
                </button>
            </p>
        })}
    }
}

/// "What do you want to know?": the checks that fit the situation.
#[component]
pub fn WantPage() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let situation = state.answers.with_untracked(|a| a.situation());
    let checks: Vec<Check> = situation
        .map(|s| Check::for_situation(s).to_vec())
        .unwrap_or_else(|| Check::ALL.to_vec());
    let chosen = RwSignal::new(
        state
            .last_check
            .get_untracked()
            .filter(|(s, c)| *s == situation && checks.contains(c))
            .map(|(_, c)| c),
    );
    let submitted = RwSignal::new(false);
    let options: Vec<RadioOption> = checks
        .iter()
        .map(|c| RadioOption {
            value: Reply::Is(c.name()),
            label: c.title().to_string(),
            hint: Some(c.hint().to_string()),
        })
        .collect();
    let on_continue = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        submitted.set(true);
        match chosen.get_untracked() {
            Some(c) => state.begin(c),
            None => super::fields::focus_after("error-summary".into()),
        }
    };
    let problems = Signal::derive(move || {
        if submitted.get() && chosen.get().is_none() {
            vec![("q-want-0".to_string(), i18n.t("want-choose-one"))]
        } else {
            Vec::new()
        }
    });
    view! {
        <BackLink />
        <form class="step" novalidate on:submit=on_continue data-step="want">
            <super::step::ErrorSummary problems=problems />
            <super::fields::Radios
                id="q-want".to_string()
                legend=Signal::derive(move || i18n.t("q-want"))
                heading=true
                hint=Signal::derive(|| None::<String>)
                options=options
                value=Signal::derive(move || match chosen.get() {
                    Some(c) => Reply::Is(c.name()),
                    None => Reply::Unanswered,
                })
                on_choose=Callback::new(move |r: Reply<&'static str>| {
                    if let Reply::Is(name) = r {
                        chosen.set(Check::from_name(name));
                    }
                })
                error=Signal::derive(|| None::<String>)
            />
            <div class="button-row">
                <button type="submit" class="button">{t("continue")}</button>
            </div>
        </form>
    }
}

/// Every check and guide, each with a line on what it is for.
#[component]
pub fn OtherChecksPage() -> impl IntoView {
    let state = use_state();
    let items = Check::ALL
        .into_iter()
        .map(|c| {
            view! {
                <li class="check-item">
                    <button type="button" class="button-link check-link" on:click=move |_| state.begin(c)>
                        {t(c.title())}
                    </button>
                    <p class="hint">{t(c.hint())}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <BackLink />
        <h1>{t("other-checks-title")}</h1>
        <ul class="check-list">{items}</ul>
    }
}
