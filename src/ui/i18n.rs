//! The app's words: the language in use and its catalog (`crate::text`), reactively.
//!
//! Each language's catalog is one file, `pkg/<tag>.ftl`, fetched when the language is chosen (on
//! a first visit `boot.js` fetches it in parallel with the wasm and hands it to `mount`), then
//! kept by the service worker for offline use. Until it has arrived the app stays in the language
//! it had. English and Norwegian are fetched too where the page offers them (the note under an
//! unreviewed translation, the withdrawal letter).

use leptos::prelude::*;

use crate::text::Part;
use crate::text::{self, Catalog, Language, Msg, Text, LANGUAGES};
use crate::web::fetch_part;

/// The language in use, and a counter that moves when a catalog arrives.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<&'static Language>,
    /// Moves when a catalog other than the one in use arrives ([`I18n::other`]).
    arrived: RwSignal<u32>,
    /// Whether the rules' words are needed (a page past the start has opened): a language
    /// switch then fetches them too.
    rules: RwSignal<bool>,
}

impl I18n {
    pub fn provide(initial: &'static Language) -> I18n {
        let i18n = I18n {
            lang: RwSignal::new(initial),
            arrived: RwSignal::new(0),
            rules: RwSignal::new(false),
        };
        provide_context(i18n);
        i18n
    }

    pub fn lang(&self) -> &'static Language {
        self.lang.get()
    }

    pub fn lang_untracked(&self) -> &'static Language {
        self.lang.get_untracked()
    }

    /// The catalog in use (tracked). A language whose catalog is not loaded renders in English.
    pub fn catalog(&self) -> std::sync::Arc<Catalog> {
        text::catalog(self.lang.get().tag)
    }

    /// Whether the catalog has an (optional) message, such as a question's hint. Every
    /// language has the same messages (the catalog check), so this need not be tracked.
    pub fn has(&self, id: &str) -> bool {
        text::catalog(self.lang.get_untracked().tag).has(id)
    }

    pub fn t(&self, id: &'static str) -> String {
        self.catalog().render(&Msg::new(id))
    }

    /// A message without arguments named at run time (`q-<step>-<option>`).
    pub fn id(&self, id: &str) -> String {
        self.catalog().render_id(id)
    }

    pub fn msg(&self, m: &Msg) -> String {
        self.catalog().render(m)
    }

    pub fn text(&self, t: &Text) -> String {
        self.catalog().render_text(t)
    }

    /// Another language's catalog (tracked), fetched in the background when it is not here yet:
    /// `None` until it has arrived (or if it cannot be had).
    pub fn other(&self, tag: &'static str) -> Option<std::sync::Arc<Catalog>> {
        self.arrived.track();
        if text::has_part(tag, Part::Words) {
            return Some(text::catalog(tag));
        }
        let arrived = self.arrived;
        leptos::task::spawn_local(async move {
            if fetch_part(tag, Part::Words).await.is_ok() {
                arrived.update(|n| *n += 1);
            }
        });
        None
    }

    /// Switches language: at once when its catalog is here, else after fetching it (the page
    /// stays in the current language meanwhile, and stays so if the catalog cannot be had).
    pub fn set_lang(&self, tag: &str) {
        let Some(language) = text::negotiate(tag) else {
            return;
        };
        let (lang, rules) = (self.lang, self.rules);
        leptos::task::spawn_local(async move {
            let mut ok = fetch_part(language.tag, Part::Words).await.is_ok();
            if ok && rules.get_untracked() {
                ok = fetch_part(language.tag, Part::Rules).await.is_ok();
            }
            if ok {
                lang.set(language);
            }
        });
    }

    /// Makes sure the rules' words are here (before a page past the start shows): in the
    /// language in use, else (offline, never fetched in this language) in English, which every
    /// message then falls back to.
    pub async fn need_rules(self) {
        self.rules.set(true);
        let tag = self.lang.get_untracked().tag;
        if fetch_part(tag, Part::Rules).await.is_err() {
            for part in Part::ALL {
                let _ = fetch_part("en", part).await;
            }
        }
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A message id as reactive text, for a view: `{t("start-title")}`.
pub fn t(id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.t(id)
}

/// Every language of the app, for the language choice.
pub fn languages() -> &'static [Language] {
    LANGUAGES
}
