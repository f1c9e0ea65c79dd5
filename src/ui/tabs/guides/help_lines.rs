//! The help lines for violence or coercion (seed 000, `rules::guides::HELP_LINES`): each number
//! a `tel:` link, so that a phone calls it with one tap.

use leptos::prelude::*;

use crate::ui::Say;

use super::GuideSources;
use crate::rules::guides::{PermitHolderNote, HELP_LINES};
use crate::ui::i18n::{t, use_i18n};
use crate::ui::use_engine_locale;

/// The list of help lines, most urgent first.
#[component]
pub fn HelpLineList(
    /// Base of the ids (one list per place it is shown).
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_engine_locale();
    let items = HELP_LINES
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let purpose_id = format!("{id}-{i}");
            let purpose = line.purpose;
            view! {
                <li class="help-line">
                    <a class="tel-link" href=line.tel_uri() aria-describedby=purpose_id.clone()>
                        <span class="visually-hidden">{t!(i18n, guides.help_call)}" "</span>
                        {line.number}
                    </a>
                    <span class="help-purpose" id=purpose_id>
                        {move || purpose.msg().say(locale.get())}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="help-lines">{items}</ul> }
}

/// The help lines as a guide of their own.
#[component]
pub fn HelpLinesGuide() -> impl IntoView {
    let locale = use_engine_locale();
    view! {
        <p>{move || PermitHolderNote::HelpForViolenceOrCoercion.msg().say(locale.get())}</p>
        <HelpLineList id="gh-help" />
        <GuideSources pages=&[0] />
    }
}
