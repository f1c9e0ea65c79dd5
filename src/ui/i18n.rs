//! The app's words: the language in use and its catalog (`crate::text`), reactively.
//!
//! English is built in. Another language's catalog is one file, `pkg/<tag>.ftl`, fetched when the
//! language is chosen (on a first visit `boot.js` fetches it in parallel with the wasm and hands
//! it to `mount`), then kept by the service worker for offline use. Until it has arrived the app
//! stays in the language it had.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::text::{self, Catalog, Language, Msg, Text, LANGUAGES};

#[wasm_bindgen(inline_js = "export function catalog_url(tag) { return new URL('../../' + tag + '.ftl', import.meta.url).href; }")]
extern "C" {
    /// The address of a language's catalog, next to `pkg/permit_check.js` (this snippet lives in
    /// `pkg/snippets/<crate>/`).
    fn catalog_url(tag: &str) -> String;
}

/// Fetches and loads a language's catalog. `Err` with a reason when it cannot be had (offline
/// before the first visit in that language, or a server without the file).
pub async fn fetch_catalog(tag: &str) -> Result<(), String> {
    let language = text::negotiate(tag).ok_or_else(|| format!("no language {tag}"))?;
    if language.tag == "en" || text::catalog(language.tag).language.tag == language.tag {
        return Ok(());
    }
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(&catalog_url(language.tag)))
        .await
        .map_err(|e| format!("{e:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|e| format!("{e:?}"))?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let body = JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?;
    let source = body.as_string().unwrap_or_default();
    text::load(language.tag, &source)
        .map(|_| ())
        .map_err(|e| format!("{e:?}"))
}

/// The language in use, and a counter that moves when a catalog arrives.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<&'static Language>,
}

impl I18n {
    pub fn provide(initial: &'static Language) -> I18n {
        let i18n = I18n {
            lang: RwSignal::new(initial),
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

    /// Switches language: at once when its catalog is here, else after fetching it (the page
    /// stays in the current language meanwhile, and stays so if the catalog cannot be had).
    pub fn set_lang(&self, tag: &str) {
        let Some(language) = text::negotiate(tag) else {
            return;
        };
        let lang = self.lang;
        leptos::task::spawn_local(async move {
            if fetch_catalog(language.tag).await.is_ok() {
                lang.set(language);
            }
        });
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
