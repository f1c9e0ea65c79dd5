//! Guide: applying for protection (asylum) while holding a residence permit (seed 000).
//! The answer and its notes come from `rules::guides::asylum_while_holding_permit`.

use leptos::prelude::*;

use crate::ui::Say;

use super::help_lines::HelpLineList;
use super::{Guide, GuideAnswer, GuideSources, OpenGuides};
use crate::rules::guides::{
    asylum_while_holding_permit, HeldPermit, PermitHolderAnswers, PermitHolderNote,
};
use crate::ui::components::{Choice, ChoiceGroup, YesNoUnknown};
use crate::ui::i18n::{t, use_i18n};
use crate::ui::state::{field, AppState};
use crate::ui::use_engine_locale;

#[component]
pub fn PermitHolderGuide() -> impl IntoView {
    let i18n = use_i18n();
    let state = AppState::expect();
    let locale = use_engine_locale();
    let open = expect_context::<OpenGuides>();

    let permit = field!(state, guides.held_permit);
    let expiring = field!(state, guides.permit_expiring);
    let guide = Memo::new(move |_| {
        asylum_while_holding_permit(&PermitHolderAnswers {
            permit: permit.get(),
            expiring: expiring.get(),
        })
    });
    // Whether the permit expires does not matter to someone without a permit: not asked then.
    let no_permit = move || permit.get() == Some(HeldPermit::NoPermit);

    let result = Signal::derive(move || guide.with(|g| g.result.msg().say(locale.get())));

    let note_item = move |note: PermitHolderNote| {
        let text = move || note.msg().say(locale.get());
        match note {
            PermitHolderNote::HelpForViolenceOrCoercion => view! {
                <li class="guide-note guide-note-help">
                    <p>{text}</p>
                    <HelpLineList id="gp-help" />
                </li>
            }
            .into_any(),
            PermitHolderNote::HowToWithdraw => view! {
                <li class="guide-note">
                    <p>{text}</p>
                    <button
                        type="button"
                        class="button button-secondary"
                        on:click=move |_| open.open_and_focus(Guide::Withdrawal)
                    >
                        {t!(i18n, guides.permit_open_withdrawal)}
                    </button>
                </li>
            }
            .into_any(),
            _ => view! { <li class="guide-note">{text}</li> }.into_any(),
        }
    };
    let notes = move || {
        guide
            .with(|g| g.notes.clone())
            .into_iter()
            .map(note_item)
            .collect_view()
    };

    view! {
        <ChoiceGroup
            id="gp-permit"
            legend=move || t!(i18n, guides.permit_question)
            hint=move || t!(i18n, guides.permit_question_hint)
            value=permit
            options=vec![
                Choice::new(HeldPermit::Permanent, move || t!(i18n, guides.permit_permanent)),
                Choice::new(
                    HeldPermit::TemporaryLeadingToPermanent,
                    move || t!(i18n, guides.permit_temporary_leading),
                ),
                Choice::new(
                    HeldPermit::TemporaryNotLeadingToPermanent,
                    move || t!(i18n, guides.permit_temporary_not_leading),
                ),
                Choice::new(HeldPermit::NoPermit, move || t!(i18n, guides.permit_none)),
            ]
            unknown=move || t!(i18n, common.dont_know)
        />
        <div hidden=no_permit>
            <YesNoUnknown
                id="gp-expiring"
                legend=move || t!(i18n, guides.permit_expiring)
                hint=move || t!(i18n, guides.permit_expiring_hint)
                value=expiring
            />
        </div>
        <GuideAnswer id="gp-answer" result>
            <ul class="guide-notes">{notes}</ul>
            <GuideSources pages=&[0] />
        </GuideAnswer>
    }
}
