//! The caseworker mode: every question of a check on one page, for someone entering a client's
//! case, with the answer under them, updating as they type. The same answers and the same engine
//! as the guided flow; switching between the two keeps everything.

use leptos::prelude::*;

use super::i18n::{t, use_i18n};
use super::result::ResultBody;
use super::state::{use_state, Page};
use super::step::{ask_view, BackLink};
use crate::flow::evaluate::context;
use crate::flow::steps;
use crate::flow::validate::step_problems;
use crate::flow::Check;

/// The switch between one question at a time and all on one page.
#[component]
pub fn ModeSwitch(check: Check) -> impl IntoView {
    let state = use_state();
    let all = Memo::new(move |_| state.answers.with(|a| a.all_on_one_page));
    let toggle = move |_| {
        let on = !all.get_untracked();
        state.answers.update(|a| a.all_on_one_page = on);
        if on {
            state.go(Page::AllOnOne { check });
        } else {
            state.begin(check);
        }
    };
    view! {
        <p class="mode-switch no-print">
            <button type="button" class="button-link" on:click=toggle>
                {move || if all.get() { t("mode-one-at-a-time")() } else { t("mode-all-on-one-page")() }}
            </button>
        </p>
    }
}

/// Every question of a check, then its answer.
#[component]
pub fn AllOnOnePage(check: Check) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    // Which questions apply can change as answers change (e.g. the permit basis).
    let ids = Memo::new(move |_| {
        state.answers.with(|a| {
            steps::steps(check, a)
                .iter()
                .map(|s| s.id)
                .collect::<Vec<_>>()
        })
    });
    let problems = Memo::new(move |_| {
        let a = state.answers.get();
        let ctx = context(&a, state.today);
        steps::steps(check, &a)
            .into_iter()
            .flat_map(|s| step_problems(check, s, &a, &ctx))
            .map(|e| (e.field.clone(), i18n.msg(&e.message)))
            .collect::<Vec<_>>()
    });
    let shown = Signal::derive(|| true);
    view! {
        <BackLink />
        <p class="caption">{t(check.title())}</p>
        <h1>{t("all-on-one-title")}</h1>
        <ModeSwitch check=check />
        <form class="all-on-one" novalidate on:submit=|e| e.prevent_default()>
            {move || {
                ids.get()
                    .into_iter()
                    .filter_map(|id| steps::all_steps(check).iter().find(|s| s.id == id))
                    .map(|s| view! { <div class="question-block">{ask_view(Some(check), s, false, problems.into(), shown)}</div> })
                    .collect_view()
            }}
        </form>
        <section class="live-result" aria-live="polite">
            <ResultBody check=check />
        </section>
    }
}
