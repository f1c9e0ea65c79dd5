//! The tabs: an ARIA tablist (WAI-ARIA Authoring Practices "Tabs with automatic activation") and
//! one panel per tab, each in its own file.
//!
//! The selected tab is a signal mirrored to `location.hash` (`#temporary-regulation`, …): a
//! reload keeps the tab, Back and Forward move between tabs, and any link to `#travel-limits`
//! (from a guide, say) opens that tab. Every panel stays mounted (hidden when not selected), so
//! `aria-controls` always points at an element and nothing a panel shows is rebuilt on switching.

mod guides;
mod permanent_permit;
mod temporary_regulation;
mod travel_limits;
mod work_permit;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::i18n::{t, td_string, use_i18n, Locale};

/// A tab of the app, in the order shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Tab {
    #[default]
    TemporaryRegulation,
    PermanentPermit,
    TravelLimits,
    WorkPermit,
    Guides,
}

impl Tab {
    pub const ALL: [Tab; 5] = [
        Tab::TemporaryRegulation,
        Tab::PermanentPermit,
        Tab::TravelLimits,
        Tab::WorkPermit,
        Tab::Guides,
    ];

    /// The tab's name in `location.hash` (without `#`).
    pub fn slug(self) -> &'static str {
        match self {
            Tab::TemporaryRegulation => "temporary-regulation",
            Tab::PermanentPermit => "permanent-permit",
            Tab::TravelLimits => "travel-limits",
            Tab::WorkPermit => "work-permit",
            Tab::Guides => "guides",
        }
    }

    /// The tab a hash names: an empty hash is the first tab; a hash that names no tab (`#main`,
    /// `#legal-help`: an in-page link) is `None`, and the selected tab stays as it is.
    pub fn from_hash(hash: &str) -> Option<Tab> {
        let slug = hash.strip_prefix('#').unwrap_or(hash);
        if slug.is_empty() {
            return Some(Tab::default());
        }
        Tab::ALL.into_iter().find(|t| t.slug() == slug)
    }

    /// `id` of the tab button.
    pub fn tab_id(self) -> String {
        format!("tab-{}", self.slug())
    }

    /// `id` of the tab panel.
    pub fn panel_id(self) -> String {
        format!("panel-{}", self.slug())
    }

    /// The tab's title as text (for the document title).
    pub fn title_string(self, locale: Locale) -> String {
        match self {
            Tab::TemporaryRegulation => td_string!(locale, tr.title).to_string(),
            Tab::PermanentPermit => td_string!(locale, pp.title).to_string(),
            Tab::TravelLimits => td_string!(locale, tl.title).to_string(),
            Tab::WorkPermit => td_string!(locale, wp.title).to_string(),
            Tab::Guides => td_string!(locale, guides.title).to_string(),
        }
    }

    fn panel(self) -> AnyView {
        match self {
            Tab::TemporaryRegulation => temporary_regulation::TemporaryRegulationPanel().into_any(),
            Tab::PermanentPermit => permanent_permit::PermanentPermitPanel().into_any(),
            Tab::TravelLimits => travel_limits::TravelLimitsPanel().into_any(),
            Tab::WorkPermit => work_permit::WorkPermitPanel().into_any(),
            Tab::Guides => guides::GuidesPanel().into_any(),
        }
    }

    /// The selected tab, read from `location.hash` now and on every `hashchange`, and written
    /// back to it when it changes (a new history entry, so Back returns to the previous tab).
    pub fn from_location_signal() -> RwSignal<Tab> {
        let hash = || window().location().hash().unwrap_or_default();
        let selected = RwSignal::new(Tab::from_hash(&hash()).unwrap_or_default());

        let handle = window_event_listener(ev::hashchange, move |_| {
            if let Some(tab) = Tab::from_hash(&hash()) {
                selected.set(tab);
            }
        });
        on_cleanup(move || handle.remove());

        Effect::new(move |_| {
            let tab = selected.get();
            let current = hash();
            if Tab::from_hash(&current) != Some(tab) {
                let _ = window().location().set_hash(tab.slug());
            }
        });
        selected
    }
}

fn focus_element(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The tab list and the five panels.
///
/// Keyboard: Tab enters the list at the selected tab (roving `tabindex`); ArrowLeft/ArrowRight
/// move focus and selection (mirrored in right-to-left languages), Home/End go to the first/last
/// tab; Tab again moves into the open panel.
#[component]
pub fn Tabs(selected: RwSignal<Tab>) -> impl IntoView {
    let i18n = use_i18n();

    let on_keydown = move |e: ev::KeyboardEvent| {
        let count = Tab::ALL.len();
        let current = Tab::ALL
            .iter()
            .position(|t| *t == selected.get_untracked())
            .unwrap_or(0);
        let rtl = super::text_direction(i18n.get_locale_untracked()) == "rtl";
        let forward = (current + 1) % count;
        let back = (current + count - 1) % count;
        let next = match e.key().as_str() {
            "ArrowRight" if rtl => back,
            "ArrowRight" => forward,
            "ArrowLeft" if rtl => forward,
            "ArrowLeft" => back,
            "Home" => 0,
            "End" => count - 1,
            _ => return,
        };
        e.prevent_default();
        let tab = Tab::ALL[next];
        selected.set(tab);
        focus_element(&tab.tab_id());
    };

    let tab_buttons = Tab::ALL
        .into_iter()
        .map(|tab| {
            let is_selected = move || selected.get() == tab;
            let label = move || match tab {
                Tab::TemporaryRegulation => t!(i18n, tr.title).into_any(),
                Tab::PermanentPermit => t!(i18n, pp.title).into_any(),
                Tab::TravelLimits => t!(i18n, tl.title).into_any(),
                Tab::WorkPermit => t!(i18n, wp.title).into_any(),
                Tab::Guides => t!(i18n, guides.title).into_any(),
            };
            view! {
                <button
                    type="button"
                    role="tab"
                    class="tab"
                    id=tab.tab_id()
                    aria-controls=tab.panel_id()
                    aria-selected=move || is_selected().to_string()
                    tabindex=move || if is_selected() { "0" } else { "-1" }
                    on:click=move |_| selected.set(tab)
                >
                    {label}
                </button>
            }
        })
        .collect_view();

    let panels = Tab::ALL
        .into_iter()
        .map(|tab| {
            view! {
                <section
                    role="tabpanel"
                    class="tab-panel"
                    id=tab.panel_id()
                    aria-labelledby=tab.tab_id()
                    tabindex="0"
                    hidden=move || selected.get() != tab
                >
                    {tab.panel()}
                </section>
            }
        })
        .collect_view();

    view! {
        <div class="tabs">
            <div
                role="tablist"
                class="tab-list"
                aria-label=move || td_string!(i18n.get_locale(), common.tabs_label)
                on:keydown=on_keydown
            >
                {tab_buttons}
            </div>
            {panels}
        </div>
    }
}
