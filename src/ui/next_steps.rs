//! What to do next, under a check's answer: the steps of the UDI page the check follows (which
//! steps apply is decided by the engine where it depends on the answer).

use leptos::prelude::*;

use super::i18n::{t, use_i18n};
use crate::flow::Check;
use crate::rules::law::{UDI_POSTAL_ADDRESS, UNE_PHONE, UNE_PHONE_URI, UNE_POSTAL_ADDRESS};
use crate::rules::work_permit::next_steps;
use crate::rules::{Criterion, Outcome};

fn list(ids: &'static [&'static str]) -> impl IntoView {
    view! { <ul class="steps-list">{ids.iter().map(|id| view! { <li>{t(id)}</li> }).collect_view()}</ul> }
}

fn address(lines: &'static [&'static str]) -> impl IntoView {
    view! {
        <address class="postal" lang="nb">
            {lines.iter().map(|l| view! { <span class="address-line">{*l}</span> }).collect_view()}
        </address>
    }
}

/// The next steps of a check's answer.
#[component]
pub fn NextSteps(
    check: Check,
    outcome: Option<Outcome>,
    criteria: Vec<Criterion>,
) -> impl IntoView {
    let i18n = use_i18n();
    match check {
        Check::WorkPermit => {
            let steps = next_steps(outcome, criteria.iter().map(|c| (c.id, c.status)));
            (!steps.is_empty())
                .then(|| {
                    view! {
                        <section class="next-steps">
                            <h2>{t("next-steps-title")}</h2>
                            <ul class="steps-list">
                                {steps.into_iter().map(|s| {
                                    let m = s.msg();
                                    view! { <li>{move || i18n.msg(&m)}</li> }
                                }).collect_view()}
                            </ul>
                        </section>
                    }
                })
                .into_any()
        }
        Check::TravelLimits => {
            let travel = !matches!(outcome, Some(Outcome::MustNotTravel | Outcome::Unknown));
            travel
                .then(|| {
                    view! {
                        <section class="next-steps">
                            <h2>{t("tl-next-title")}</h2>
                            {list(&["tl-next-card", "tl-next-documents", "tl-next-schengen", "tl-next-limit"])}
                        </section>
                    }
                })
                .into_any()
        }
        Check::PermanentPermit => view! {
            <section class="next-steps">
                <h2>{t("pp-next-title")}</h2>
                <h3>{t("pp-next-keep-title")}</h3>
                {list(&["pp-next-apply"])}
                <h3>{t("pp-next-before-title")}</h3>
                {list(&["pp-next-interview", "pp-next-notice", "pp-next-legal", "pp-next-documents"])}
                <h3>{t("pp-next-decision-title")}</h3>
                {list(&["pp-next-decision", "pp-next-appeal", "pp-next-travel-documents", "pp-next-new-permit", "pp-next-leave"])}
            </section>
        }
        .into_any(),
        Check::TemporaryRegulation => view! {
            <section class="next-steps">
                <h2>{t("tr-next-title")}</h2>
                <p>{t("tr-next-deadline")}</p>
                <h3>{t("tr-next-where-title")}</h3>
                <p>{t("tr-next-where")}</p>
                <p>{t("tr-next-une")}</p>
                {address(&UNE_POSTAL_ADDRESS)}
                <p>{t("tr-next-udi")}</p>
                {address(&UDI_POSTAL_ADDRESS)}
                <p>{t("tr-next-phone")}" " <a href=UNE_PHONE_URI class="phone" dir="ltr">{UNE_PHONE}</a>" " {t("tr-next-hours")}</p>
                <h3>{t("tr-next-evidence-title")}</h3>
                {list(&["tr-next-evidence-known", "tr-next-evidence-other", "tr-next-evidence-wait"])}
                <h3>{t("tr-next-identity-title")}</h3>
                <p>{t("tr-next-identity")}</p>
            </section>
        }
        .into_any(),
        _ => ().into_any(),
    }
}
