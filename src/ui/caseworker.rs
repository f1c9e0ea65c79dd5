//! The caseworker mode: every question of a check on one page, for someone entering a client's
//! case, with the answer under them, updating as they type. The same answers and the same engine
//! as the guided flow; switching between the two keeps everything.

use leptos::prelude::*;

use super::i18n::{t, use_i18n};
use super::result::ResultBody;
use super::state::{use_state, Page};
use super::step::{ask_view, BackLink};
use crate::flow::steps;
use crate::flow::validate::page_problems_of;
use crate::flow::Check;

/// The switch between one question at a time and all on one page.
#[component]
pub fn ModeSwitch(check: Check) -> impl IntoView {
    let state = use_state();
    // What the switch offers follows the page it is on (a helper can come back to the page of
    // all questions with Back after switching it off).
    let all = Memo::new(move |_| matches!(state.page.get(), Page::AllOnOne { .. }));
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
    // One evaluation per change, for the problems next to the fields and for the answer.
    let answer = super::result::live_answer(check);
    let problems = Memo::new(move |_| {
        let errors = answer.with(|r| r.as_ref().err().cloned().unwrap_or_default());
        state.answers.with(|a| {
            page_problems_of(&steps::steps(check, a), a, || errors)
                .into_iter()
                .map(|e| (e.field.clone(), i18n.msg(&e.message)))
                .collect::<Vec<_>>()
        })
    });
    // Each date says what is wrong with it once the focus has left it; the engine's problems
    // (the stays, the trip) show as they arise.
    let shown = Signal::derive(|| false);
    provide_context(super::fields::ShowOnLeave);
    provide_context(super::result::UnderTheQuestions);
    view! {
        <BackLink />
        <p class="caption">{t(check.title())}</p>
        <h1>{t("all-on-one-title")}</h1>
        <ModeSwitch check=check />
        <form class="all-on-one" novalidate on:submit=|e| e.prevent_default()>
            // Keyed by question: when a question comes or goes (an answer changed which apply),
            // the others stay as they are, with what is being typed and where the focus is.
            <For
                each=move || ids.get()
                key=|id| *id
                children=move |id| {
                    steps::all_steps(check).iter().find(|s| s.id == id).map(|s| view! {
                        <div class="question-block">{ask_view(Some(check), s, false, problems.into(), shown)}</div>
                    })
                }
            />
        </form>
        <section class="live-result">
            <ResultBody check=check answer=answer />
        </section>
    }
}
