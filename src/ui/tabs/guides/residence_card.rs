//! Guide: getting the residence card (seed 004). The answer and its notes come from
//! `rules::guides::residence_card`; the earliest day the card can come from
//! `rules::guides::earliest_card_date`.

use leptos::prelude::*;

use crate::ui::Say;

use super::{GuideAnswer, GuideSources};
use crate::rules::guides::{
    earliest_card_date, residence_card, AppliedWhen, CardApplicationKind, ResidenceCardAnswers,
    ResidenceCardNote,
};
use crate::rules::law::RC_NEW_ROUTINE_FROM;
use crate::rules::text;
use crate::ui::components::{Choice, ChoiceGroup, DateField, YesNoUnknown};
use crate::ui::i18n::{t, use_i18n};
use crate::ui::state::{field, AppState};
use crate::ui::use_engine_locale;

#[component]
pub fn ResidenceCardGuide() -> impl IntoView {
    let i18n = use_i18n();
    let state = AppState::expect();
    let locale = use_engine_locale();

    let applied = field!(state, guides.card_applied);
    let kind = field!(state, guides.card_kind);
    let not_handed_in = field!(state, guides.card_old_document_not_handed_in);
    let under_18 = field!(state, guides.card_under_18);
    let appointment = field!(state, guides.card_appointment);

    let guide = Memo::new(move |_| {
        residence_card(&ResidenceCardAnswers {
            applied: applied.get(),
            kind: kind.get(),
            expired_travel_document_not_handed_in: not_handed_in.get(),
            under_18: under_18.get(),
        })
    });
    let result = Signal::derive(move || guide.with(|g| g.result.msg().say(locale.get())));
    let notes = move || {
        let loc = locale.get();
        guide
            .with(|g| g.notes.clone())
            .into_iter()
            .map(|n| view! { <li class="guide-note">{n.msg().say(loc)}</li> })
            .collect_view()
    };
    // The question about the old travel document is part of the renewal case only.
    let not_renewal = move || kind.get() != Some(CardApplicationKind::Renewal);
    // "At least 20 working days from your appointment": offered whenever the engine says so.
    let meets_police = move || {
        guide.with(|g| {
            g.notes
                .contains(&ResidenceCardNote::AtLeastTwentyWorkingDays)
        })
    };
    let routine_date = move || text::date(RC_NEW_ROUTINE_FROM, locale.get());
    let earliest = move || {
        let loc = locale.get();
        appointment.with(|d| d.date()).map(|day| {
            let appointment = text::date(day, loc);
            let earliest = text::date(earliest_card_date(day), loc);
            view! {
                <strong>{t!(i18n, guides.card_earliest, appointment, earliest)}</strong>
                " "
                {t!(i18n, guides.card_earliest_holidays)}
            }
        })
    };

    view! {
        <ChoiceGroup
            id="gc-applied"
            legend=move || t!(i18n, guides.card_applied)
            hint=move || t!(i18n, guides.card_applied_hint)
            value=applied
            options=vec![
                Choice::new(
                    AppliedWhen::BeforeNewRoutine,
                    move || t!(i18n, guides.card_applied_before, date = routine_date),
                ),
                Choice::new(
                    AppliedWhen::OnOrAfterNewRoutine,
                    move || t!(i18n, guides.card_applied_after, date = routine_date),
                ),
            ]
            unknown=move || t!(i18n, common.dont_know)
        />
        <ChoiceGroup
            id="gc-kind"
            legend=move || t!(i18n, guides.card_kind)
            value=kind
            options=vec![
                Choice::new(
                    CardApplicationKind::FirstAsylumInNorway,
                    move || t!(i18n, guides.card_kind_asylum),
                ),
                Choice::new(CardApplicationKind::FromAbroad, move || t!(i18n, guides.card_kind_abroad)),
                Choice::new(CardApplicationKind::Renewal, move || t!(i18n, guides.card_kind_renewal)),
                Choice::new(CardApplicationKind::Other, move || t!(i18n, guides.card_kind_other)),
            ]
            unknown=move || t!(i18n, common.dont_know)
        />
        <div hidden=not_renewal>
            <YesNoUnknown
                id="gc-old-document"
                legend=move || t!(i18n, guides.card_old_document)
                hint=move || t!(i18n, guides.card_old_document_hint)
                value=not_handed_in
            />
        </div>
        <YesNoUnknown
            id="gc-under-18"
            legend=move || t!(i18n, guides.card_under_18)
            value=under_18
        />
        <GuideAnswer id="gc-answer" result>
            <ul class="guide-notes">{notes}</ul>
            <div class="card-date" hidden=move || !meets_police()>
                <h4>{t!(i18n, guides.card_when_heading)}</h4>
                <DateField
                    id="gc-appointment"
                    legend=move || t!(i18n, guides.card_appointment)
                    hint=move || t!(i18n, guides.card_appointment_hint)
                    value=appointment
                />
                <p class="card-earliest" role="status" aria-atomic="true">{earliest}</p>
            </div>
            <GuideSources pages=&[4] />
        </GuideAnswer>
    }
}
