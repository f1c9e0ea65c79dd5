//! The page around the tabs: exit button, header with the language switch, the "not legal
//! advice" notice with where to get free legal help, and the privacy statement.

use leptos::ev;
use leptos::prelude::*;
use leptos_i18n::Locale as _;
use wasm_bindgen::JsCast;

use super::i18n::{t, td_string, use_i18n, Locale};
use super::tabs::{Tab, Tabs};

/// Where "Exit this page" goes, unless the page names another place in
/// `<meta name="permit-check-exit-url" content="…">` (an NGO may prefer a local site).
const DEFAULT_EXIT_URL: &str = "https://www.yr.no/";

/// The languages, each named in itself.
const LANGUAGES: [(Locale, &str); 3] = [
    (Locale::en, "English"),
    (Locale::nb, "Norsk bokmål"),
    (Locale::uk, "Українська"),
];

#[component]
pub fn Shell() -> impl IntoView {
    let i18n = use_i18n();
    let selected = Tab::from_location_signal();

    // The document title names the open tab, in the UI language.
    Effect::new(move |_| {
        let locale = i18n.get_locale();
        let app = td_string!(locale, common.app_name).to_string();
        let tab = selected.get().title_string(locale);
        document().set_title(&format!("{tab} – {app}"));
    });

    view! {
        <ExitButton />
        <a class="skip-link" href="#main" on:click=jump_to("main")>
            {t!(i18n, common.skip_to_main)}
        </a>
        <header class="site-header">
            <div class="container header-inner">
                <div class="brand">
                    <p class="app-name">{t!(i18n, common.app_name)}</p>
                    <p class="tagline">{t!(i18n, common.app_tagline)}</p>
                </div>
                <LanguageSwitch />
            </div>
        </header>
        <main id="main" class="container" tabindex="-1">
            <p class="notice-brief">
                <strong>{t!(i18n, common.brief_not_advice)}</strong>
                " "
                {t!(i18n, common.brief_private)}
                " "
                <a href="#legal-help" on:click=jump_to("legal-help")>
                    {t!(i18n, common.brief_help_link)}
                </a>
            </p>
            <Tabs selected />
        </main>
        <footer class="site-footer">
            <div class="container">
                <section
                    id="legal-help"
                    class="notice"
                    aria-labelledby="legal-help-title"
                    tabindex="-1"
                >
                    <h2 id="legal-help-title">{t!(i18n, common.notice_title)}</h2>
                    <p>{t!(i18n, common.notice_body)}</p>
                    <ul class="help-list">
                        <li>{t!(i18n, common.help_noas)}</li>
                        <li>{t!(i18n, common.help_seif)}</li>
                        <li>{t!(i18n, common.help_jurk)}</li>
                        <li>{t!(i18n, common.help_jussbuss)}</li>
                    </ul>
                </section>
                // What is stored, where and for how long, and the user's own data.
                <super::data::DataSection />
                <super::data::Summary />
            </div>
        </footer>
    }
}

/// An in-page link that moves focus (and the view) to the element `id` without touching
/// `location.hash`, which belongs to the tabs: a reload after following it keeps the open tab.
fn jump_to(id: &'static str) -> impl Fn(ev::MouseEvent) + 'static {
    move |e| {
        let Some(el) = document()
            .get_element_by_id(id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        e.prevent_default();
        let _ = el.focus();
    }
}

/// English / Norsk bokmål / Українська: a group of toggle buttons, each language written in
/// itself (and marked with its `lang`, so screen readers pronounce it right).
#[component]
fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="lang-switch" role="group" aria-labelledby="lang-switch-label">
            <span id="lang-switch-label" class="lang-label">{t!(i18n, common.language)}</span>
            {LANGUAGES
                .into_iter()
                .map(|(locale, name)| {
                    view! {
                        <button
                            type="button"
                            class="lang-button"
                            lang=locale.as_str()
                            aria-pressed=move || (i18n.get_locale() == locale).to_string()
                            on:click=move |_| i18n.set_locale(locale)
                        >
                            {name}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// Leaves at once for a neutral site (GOV.UK "Exit this page"): the page is blanked first, then
/// replaced with `location.replace`, so Back does not return to it. Pressing Shift three times
/// (within five seconds, nothing else in between) does the same. It is the first thing in the tab
/// order and stays visible at the top while scrolling.
#[component]
fn ExitButton() -> impl IntoView {
    let i18n = use_i18n();

    // Shift pressed three times in a row.
    let presses = StoredValue::new((0u32, 0f64));
    let handle = window_event_listener(ev::keydown, move |e| {
        if e.key() != "Shift" {
            presses.set_value((0, 0.0));
            return;
        }
        if e.repeat() {
            return;
        }
        let now = js_sys::Date::now();
        let (count, first) = presses.get_value();
        let (count, first) = if count == 0 || now - first > 5000.0 {
            (1, now)
        } else {
            (count + 1, first)
        };
        if count >= 3 {
            presses.set_value((0, 0.0));
            exit_now();
        } else {
            presses.set_value((count, first));
        }
    });
    on_cleanup(move || handle.remove());

    view! {
        <div class="exit-bar">
            <button
                type="button"
                class="exit-button"
                aria-describedby="exit-hint"
                on:click=move |_| exit_now()
            >
                {t!(i18n, common.exit)}
            </button>
            <span id="exit-hint" class="visually-hidden">{t!(i18n, common.exit_hint)}</span>
        </div>
    }
}

fn exit_url() -> String {
    document()
        .query_selector("meta[name='permit-check-exit-url']")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
        .unwrap_or_else(|| DEFAULT_EXIT_URL.to_string())
}

fn exit_now() {
    let url = exit_url();
    let doc = document();
    doc.set_title("");
    if let Some(body) = doc.body() {
        body.set_inner_html("");
    }
    let _ = window().location().replace(&url);
}
