//! The "Work permit" tab: a temporary work permit while an application for protection is
//! assessed individually (RULES.md §4, seed 002).
//!
//! The tab asks the five questions of the `work-permit` checker (answers in
//! `AppState::answers.work_permit`), runs the engine through `AppState::response`, shows the
//! answer with the shared `ResultView`, and lists the next steps the engine chooses
//! (`rules::work_permit::next_steps`) for that answer. It decides nothing itself: even hiding the
//! questions that no longer matter follows the engine's outcome (`not-applicable`: collective
//! protection already gives the right to work), not the UI's own reading of the answers.

use leptos::prelude::*;

use crate::ui::Say;

use crate::rules::work_permit::next_steps;
use crate::rules::Outcome;
use crate::ui::components::{field_error, Choice, ChoiceGroup, ResultView, YesNoUnknown};
use crate::ui::i18n::{t, use_i18n};
use crate::ui::state::{field, AppState, Checker, Decision, Protection};
use crate::ui::use_engine_locale;

#[component]
pub fn WorkPermitPanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = AppState::expect();
    let locale = use_engine_locale();
    let response = state.response(Checker::WorkPermit);

    let outcome = Memo::new(move |_| response.with(|r| r.outcome));
    // The engine's answer is "not applicable" only with collective protection: then the other
    // questions do not matter and are not shown (their answers are kept).
    let right_to_work = Memo::new(move |_| outcome.get() == Some(Outcome::NotApplicable));

    let steps = Memo::new(move |_| response.with(|r| next_steps(r.outcome, r.criteria.iter().map(|c| (c.id.as_str(), c.status)))));

    let headline = Callback::new(move |o: Outcome| match o {
        Outcome::Eligible => t!(i18n, wp.outcome_eligible).into_any(),
        Outcome::NotEligible => t!(i18n, wp.outcome_not_eligible).into_any(),
        Outcome::NotApplicable => t!(i18n, wp.outcome_right_to_work).into_any(),
        _ => t!(i18n, wp.outcome_unknown).into_any(),
    });
    let criterion_title = Callback::new(move |id: String| match id.as_str() {
        "wp.interview" => Some(t!(i18n, wp.criterion_interview).into_any()),
        "wp.passport" => Some(t!(i18n, wp.criterion_passport).into_any()),
        "wp.no-decision" => Some(t!(i18n, wp.criterion_no_decision).into_any()),
        "wp.not-dublin" => Some(t!(i18n, wp.criterion_not_dublin).into_any()),
        _ => None,
    });
    let field_label = Callback::new(move |name: String| match name.as_str() {
        "protection" => Some(t!(i18n, wp.protection).into_any()),
        "hadAsylumInterview" => Some(t!(i18n, wp.interview).into_any()),
        "validPassport" => Some(t!(i18n, wp.passport).into_any()),
        "decision" => Some(t!(i18n, wp.decision).into_any()),
        "dublinCase" => Some(t!(i18n, wp.dublin).into_any()),
        _ => None,
    });

    let step_items = move || {
        let loc = locale.get();
        steps
            .get()
            .into_iter()
            .map(|s| view! { <li>{s.msg().say(loc)}</li> })
            .collect_view()
    };

    view! {
        <h2>{t!(i18n, wp.heading)}</h2>
        <p class="intro">{t!(i18n, wp.intro)}</p>

        <ChoiceGroup
            id="wp-protection"
            legend=move || t!(i18n, wp.protection)
            hint=move || t!(i18n, wp.protection_hint)
            value=field!(state, work_permit.protection)
            options=vec![
                Choice::new(Protection::Individual, move || t!(i18n, wp.protection_individual))
                    .with_hint(move || t!(i18n, wp.protection_individual_hint)),
                Choice::new(Protection::Collective, move || t!(i18n, wp.protection_collective))
                    .with_hint(move || t!(i18n, wp.protection_collective_hint)),
            ]
            unknown=move || t!(i18n, common.dont_know)
            error=field_error(response, "protection")
        />

        <div class="wp-conditions" hidden=right_to_work>
            <YesNoUnknown
                id="wp-interview"
                legend=move || t!(i18n, wp.interview)
                hint=move || t!(i18n, wp.interview_hint)
                value=field!(state, work_permit.had_asylum_interview)
                error=field_error(response, "hadAsylumInterview")
            />
            <YesNoUnknown
                id="wp-passport"
                legend=move || t!(i18n, wp.passport)
                hint=move || t!(i18n, wp.passport_hint)
                value=field!(state, work_permit.valid_passport)
                error=field_error(response, "validPassport")
            />
            <ChoiceGroup
                id="wp-decision"
                legend=move || t!(i18n, wp.decision)
                hint=move || t!(i18n, wp.decision_hint)
                value=field!(state, work_permit.decision)
                options=vec![
                    Choice::new(Decision::NoDecision, move || t!(i18n, wp.decision_none)),
                    Choice::new(Decision::Rejected, move || t!(i18n, wp.decision_rejected))
                        .with_hint(move || t!(i18n, wp.decision_rejected_hint)),
                ]
                unknown=move || t!(i18n, common.dont_know)
                error=field_error(response, "decision")
            />
            <YesNoUnknown
                id="wp-dublin"
                legend=move || t!(i18n, wp.dublin)
                hint=move || t!(i18n, wp.dublin_hint)
                value=field!(state, work_permit.dublin_case)
                error=field_error(response, "dublinCase")
            />
        </div>

        <ResultView
            id="wp-result"
            response
            headline
            criterion_title
            field_label
        />

        {move || {
            (!steps.with(Vec::is_empty))
                .then(|| {
                    view! {
                        <section class="next-steps" aria-labelledby="wp-next-steps-heading">
                            <h3 id="wp-next-steps-heading">{t!(i18n, wp.next_steps)}</h3>
                            <ul class="steps-list">{step_items}</ul>
                            <p class="sources">
                                <span class="sources-label">{t!(i18n, common.sources)}": "</span>
                                <cite>{t!(i18n, common.source_seed_002)}</cite>
                            </p>
                        </section>
                    }
                })
        }}
    }
}
