//! "Staying safe on this phone": what Exit does and cannot do, private tabs, history, downloads,
//! remembered answers (GOV.UK's "exit this page" guidance, said plainly).

use leptos::prelude::*;

use super::i18n::t;
use super::step::BackLink;

#[component]
pub fn SafetyPage() -> impl IntoView {
    let paragraphs = [
        "safety-exit",
        "safety-exit-cannot",
        "safety-private",
        "safety-history",
        "safety-downloads",
        "safety-remember",
        "safety-installed",
    ]
    .into_iter()
    .map(|id| view! { <p>{t(id)}</p> })
    .collect_view();
    view! {
        <BackLink />
        <h1>{t("safety-title")}</h1>
        {paragraphs}
        <p class="warning"><strong>{t("safety-danger")}</strong></p>
    }
}
