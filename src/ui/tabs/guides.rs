//! The "Guides" tab: short guided flows without a computation (RULES.md §5, seeds 000, 002,
//! 004). Each guide asks a few questions and shows the answer that `rules::guides` decides
//! (`asylum_while_holding_permit`, `residence_card`, `withdrawal`, …); the UI never decides.
//!
//! The guides are an accordion (WAI-ARIA Authoring Practices: a heading holding a button with
//! `aria-expanded`, controlling a region). Every guide stays mounted while closed, so nothing
//! typed is lost; more than one can be open. Answers live in `AppState::answers.guides`; the
//! withdrawal letter's name and DUF number stay in that guide's own signals (see
//! `withdrawal.rs`).
//!
//! - `permit_holder`: applying for protection while holding a residence permit (seed 000).
//! - `residence_card`: how the residence card is obtained, and when it can come (seed 004).
//! - `withdrawal`: withdrawing an application for protection, and the letter (seeds 000, 002).
//! - `help_lines`: the help lines for violence or coercion (seed 000).

mod help_lines;
mod permit_holder;
mod residence_card;
mod withdrawal;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::i18n::{t, use_i18n};

/// A guide of the tab, in the order shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Guide {
    PermitHolder,
    ResidenceCard,
    Withdrawal,
    HelpLines,
}

impl Guide {
    const ALL: [Guide; 4] = [
        Guide::PermitHolder,
        Guide::ResidenceCard,
        Guide::Withdrawal,
        Guide::HelpLines,
    ];

    fn slug(self) -> &'static str {
        match self {
            Guide::PermitHolder => "permit-holder",
            Guide::ResidenceCard => "residence-card",
            Guide::Withdrawal => "withdrawal",
            Guide::HelpLines => "help-lines",
        }
    }

    fn index(self) -> usize {
        match self {
            Guide::PermitHolder => 0,
            Guide::ResidenceCard => 1,
            Guide::Withdrawal => 2,
            Guide::HelpLines => 3,
        }
    }

    /// `id` of the button that opens and closes the guide.
    fn button_id(self) -> String {
        format!("guide-{}-button", self.slug())
    }

    /// `id` of the guide's region.
    fn region_id(self) -> String {
        format!("guide-{}", self.slug())
    }
}

/// Which guides are open (provided as context, so that one guide can open another).
#[derive(Clone, Copy)]
pub struct OpenGuides([RwSignal<bool>; 4]);

impl OpenGuides {
    fn new() -> OpenGuides {
        OpenGuides([
            RwSignal::new(false),
            RwSignal::new(false),
            RwSignal::new(false),
            RwSignal::new(false),
        ])
    }

    fn signal(self, guide: Guide) -> RwSignal<bool> {
        self.0[guide.index()]
    }

    /// Opens `guide` and moves focus to its button (which stays where it is: the reader hears
    /// the guide's name and that it is expanded, and reads on into it).
    pub fn open_and_focus(self, guide: Guide) {
        self.signal(guide).set(true);
        if let Some(el) = document()
            .get_element_by_id(&guide.button_id())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
            el.scroll_into_view();
        }
    }
}

#[component]
pub fn GuidesPanel() -> impl IntoView {
    let i18n = use_i18n();
    let open = OpenGuides::new();
    provide_context(open);

    let items = Guide::ALL
        .into_iter()
        .map(|guide| {
            let expanded = open.signal(guide);
            let title = move || match guide {
                Guide::PermitHolder => t!(i18n, guides.permit_title).into_any(),
                Guide::ResidenceCard => t!(i18n, guides.card_title).into_any(),
                Guide::Withdrawal => t!(i18n, guides.withdrawal_title).into_any(),
                Guide::HelpLines => t!(i18n, guides.help_title).into_any(),
            };
            let summary = move || match guide {
                Guide::PermitHolder => t!(i18n, guides.permit_summary).into_any(),
                Guide::ResidenceCard => t!(i18n, guides.card_summary).into_any(),
                Guide::Withdrawal => t!(i18n, guides.withdrawal_summary).into_any(),
                Guide::HelpLines => t!(i18n, guides.help_summary).into_any(),
            };
            let body = match guide {
                Guide::PermitHolder => permit_holder::PermitHolderGuide().into_any(),
                Guide::ResidenceCard => residence_card::ResidenceCardGuide().into_any(),
                Guide::Withdrawal => withdrawal::WithdrawalGuide().into_any(),
                Guide::HelpLines => help_lines::HelpLinesGuide().into_any(),
            };
            view! {
                <div class="guide" class:guide-open=move || expanded.get()>
                    <h3 class="guide-heading">
                        <button
                            type="button"
                            class="guide-toggle"
                            id=guide.button_id()
                            aria-expanded=move || expanded.get().to_string()
                            aria-controls=guide.region_id()
                            on:click=move |_| expanded.update(|e| *e = !*e)
                        >
                            <span class="guide-toggle-icon" aria-hidden="true"></span>
                            <span class="guide-title">{title}</span>
                        </button>
                    </h3>
                    <p class="guide-summary">{summary}</p>
                    <div
                        class="guide-body"
                        id=guide.region_id()
                        role="region"
                        aria-labelledby=guide.button_id()
                        hidden=move || !expanded.get()
                    >
                        {body}
                    </div>
                </div>
            }
        })
        .collect_view();

    view! {
        <h2>{t!(i18n, guides.heading)}</h2>
        <p class="intro">{t!(i18n, guides.intro)}</p>
        <div class="guides">{items}</div>
    }
}

/// The answer box at the end of a guide: a heading, the main answer (a polite live region, so a
/// screen reader hears it change), then whatever follows (`children`).
#[component]
fn GuideAnswer(
    /// Base of the ids (`{id}-heading`).
    #[prop(into)]
    id: String,
    /// The main answer, as text.
    #[prop(into)]
    result: Signal<String>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section class="guide-answer" id=id aria-labelledby=labelled_by>
            <h4 id=heading_id>{t!(i18n, guides.answer_heading)}</h4>
            <p class="guide-result" role="status" aria-atomic="true">{move || result.get()}</p>
            {children()}
        </section>
    }
}

/// "Sources: …" under a guide, naming the UDI pages by their titles.
#[component]
fn GuideSources(
    /// Seed page numbers: 0, 2, 4.
    pages: &'static [u8],
) -> impl IntoView {
    let i18n = use_i18n();
    let items = pages
        .iter()
        .enumerate()
        .map(|(i, page)| {
            let title = match page {
                0 => t!(i18n, common.source_seed_000).into_any(),
                2 => t!(i18n, common.source_seed_002).into_any(),
                _ => t!(i18n, common.source_seed_004).into_any(),
            };
            view! {
                {(i > 0).then_some("; ")}
                <cite>{title}</cite>
            }
        })
        .collect_view();
    view! {
        <p class="sources">
            <span class="sources-label">{t!(i18n, common.sources)}": "</span>
            {items}
        </p>
    }
}
