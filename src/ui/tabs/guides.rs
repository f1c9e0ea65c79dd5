//! The "Guides" tab panel. For now it says the checker is coming; its own helper replaces
//! this file with the real form (strings in the `guides` namespace: `locales/*/guides.json`).

use leptos::prelude::*;

use crate::ui::i18n::{t, use_i18n};

#[component]
pub fn GuidesPanel() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2>{t!(i18n, guides.heading)}</h2>
        <p class="coming-soon">{t!(i18n, common.coming_soon)}</p>
    }
}
