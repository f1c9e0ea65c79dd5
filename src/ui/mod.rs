//! The app (Leptos, in the browser): it renders the flow of `crate::flow` and the engine's
//! answers, and decides nothing itself.
//!
//! The page around it is static HTML (`index.html`, filled in by the build in English): the
//! "Exit this page" link, the header with the language choice, the footer, and a first view of
//! the start question, all working before the wasm has loaded (`boot.js` keeps them in the chosen
//! language). The app takes over `<main>` when the person first acts on the page (`boot.js`;
//! ARCHITECTURE.md, "The first view"): each question on its own page, check your answers, the
//! answer; or a check's questions all on one page (caseworker mode).
//!
//! - [`i18n`]: the language in use and its catalog;
//! - [`state`]: the answers and where the person is (never in the browser's history);
//! - [`start`], [`step`], [`fields`], [`answers_page`], [`result`], [`next_steps`], [`guides`],
//!   [`caseworker`]: the pages and their parts.

pub mod answers_page;
pub mod caseworker;
pub mod data;
pub mod fields;
pub mod files;
pub mod guides;
pub mod i18n;
pub mod next_steps;
pub mod parts;
pub mod result;
pub mod safety;
pub mod start;
pub mod state;
pub mod step;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use self::i18n::I18n;
use self::state::{AppState, Page};
use crate::flow::{Answers, Reply, Situation};
use crate::rules::Choice;

/// What `boot.js` hands over when it starts the app.
#[derive(Clone, Debug, Default)]
pub struct Boot {
    /// The language chosen or detected (its catalog already loaded).
    pub lang: String,
    /// An option chosen on the static start page before the app was ready.
    pub start: Option<String>,
    /// Whether Continue was pressed before the app was ready.
    pub continued: bool,
    /// Whether the static page's "Other checks" was chosen before the app was ready.
    pub other_checks: bool,
}

/// Mounts the app into `<main id="main">`, replacing the static first view.
pub fn mount(boot: Boot) {
    std::panic::set_hook(Box::new(|info| {
        leptos::logging::error!("Permit Check stopped: {info}");
    }));
    let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    main.set_inner_html("");
    let handle = leptos::mount::mount_to(main, move || view! { <App boot=boot.clone() /> });
    handle.forget();
}

#[component]
fn App(boot: Boot) -> impl IntoView {
    let lang = crate::text::negotiate(&boot.lang).unwrap_or(&crate::text::LANGUAGES[0]);
    let i18n = I18n::provide(lang);
    let mut answers = Answers::default();
    if let Some(s) = boot.start.as_deref().and_then(Situation::from_name) {
        answers.start = Reply::Is(s);
    }
    let state = AppState::provide(answers, crate::rules::dates::today());

    // <html lang dir>, the document's title, and the static page around the app follow the
    // language (boot.js listens for `pc-language`).
    Effect::new(move |_| {
        let l = i18n.lang();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", l.tag);
            let _ = html.set_attribute("dir", l.direction.as_str());
        }
        document().set_title(&i18n.t("app-name"));
        // The page's footer is static HTML in English (index.html carries only the words above
        // it in every language, to keep the first load small): the app writes it in the
        // language in use.
        if let Ok(list) = document().query_selector_all("footer [data-msg]") {
            for i in 0..list.length() {
                let Some(el) = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                else {
                    continue;
                };
                if let Some(id) = el.get_attribute("data-msg").filter(|id| !id.is_empty()) {
                    el.set_text_content(Some(&i18n.id(&id)));
                }
            }
        }
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&wasm_bindgen::JsValue::from_str(l.tag));
        if let Ok(ev) = web_sys::CustomEvent::new_with_event_init_dict("pc-language", &init) {
            let _ = window().dispatch_event(&ev);
        }
    });
    // The static language choice asks the app to switch.
    let handle = window_event_listener_untyped("pc-set-language", move |e| {
        if let Some(tag) = e
            .dyn_ref::<web_sys::CustomEvent>()
            .and_then(|c| c.detail().as_string())
        {
            i18n.set_lang(&tag);
        }
    });
    on_cleanup(move || handle.remove());

    remembering(i18n, state);
    footer_links(state);

    if boot.other_checks {
        state.go(Page::OtherChecks);
    } else if boot.continued {
        // Continue was pressed on the static page: go on as the start page would (or, with
        // nothing chosen, say so as it would).
        request_animation_frame(move || {
            if let Some(b) = document()
                .query_selector("form.start button[type=submit]")
                .ok()
                .flatten()
                .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
            {
                b.click();
            }
        });
    }

    view! { {move || page_view(state.page.get())} }
}

/// The answers kept on this phone ("Remember my answers", `data`): read back at the start, and
/// kept up to date on every change while remembering is on.
fn remembering(i18n: I18n, state: AppState) {
    if let Some(text) = data::kept() {
        leptos::task::spawn_local(async move {
            match parts::read_document(text).await {
                Ok(doc) => {
                    state.answers.update(|a| {
                        let start = a.start;
                        *a = doc.answers;
                        // An answer given on the static page before the app was ready wins.
                        if start.is_answered() {
                            a.start = start;
                        }
                    });
                    state.erase_on_exit.set(doc.erase_on_exit);
                    state.remember.set(true);
                }
                // Left alone (not overwritten) until the person erases it.
                Err(_) => state.kept_unreadable.set(true),
            }
        });
    }
    // Kept a moment after the last change, not at every key (writing the whole document is the
    // slowest thing a keystroke would do); and at once when the page is being left.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let write = move || {
        if let Some(h) = pending.try_update_value(Option::take).flatten() {
            h.clear();
        }
        if !state.remember.get_untracked() {
            return;
        }
        let answers = state.answers.get_untracked();
        let erase = state.erase_on_exit.get_untracked();
        let lang = i18n.lang_untracked().tag.to_string();
        leptos::task::spawn_local(async move {
            let text = parts::kept_json(answers, lang, erase).await;
            // Switched off meanwhile: nothing is written.
            if state.remember.get_untracked() {
                state.storage_failed.set(!data::keep(&text));
            }
        });
    };
    Effect::new(move |_| {
        if !state.remember.get() {
            return;
        }
        state.answers.track();
        state.erase_on_exit.track();
        i18n.lang();
        if let Some(h) = pending.try_update_value(Option::take).flatten() {
            h.clear();
        }
        let handle = set_timeout_with_handle(write, std::time::Duration::from_millis(300)).ok();
        pending.set_value(handle);
    });
    let flush = window_event_listener(leptos::ev::pagehide, move |_| {
        if pending.with_value(Option::is_some) {
            write();
        }
    });
    on_cleanup(move || flush.remove());
    // "Exit this page" (boot.js, before it empties the page): with "erase on exit" on as it is
    // now (even if the kept copy does not say so yet), the kept answers are removed, and nothing
    // pending or on its way is written back after that.
    let exit = window_event_listener_untyped("pc-exit", move |_| {
        if !state.erase_on_exit.get_untracked() {
            return;
        }
        if let Some(h) = pending.try_update_value(Option::take).flatten() {
            h.clear();
        }
        state.remember.set(false);
        data::forget();
    });
    on_cleanup(move || exit.remove());
}

/// The footer's links to "Staying safe on this phone" and "Your answers" (static buttons in
/// `index.html`, `data-page`), shown once the app runs.
fn footer_links(state: AppState) {
    if let Some(nav) = document().get_element_by_id("footer-links") {
        let _ = nav.remove_attribute("hidden");
    }
    let handle = window_event_listener(leptos::ev::click, move |e| {
        let Some(target) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let page = target
            .closest("[data-page]")
            .ok()
            .flatten()
            .and_then(|b| b.get_attribute("data-page"));
        match page.as_deref() {
            Some("safety") => state.go(Page::Safety),
            Some("data") => state.go(Page::Data),
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
}

fn page_view(page: Page) -> AnyView {
    use self::start::{OtherChecksPage, StartPage, WantPage};
    match page {
        Page::Start { step } => view! { <StartPage index=step /> }.into_any(),
        Page::Want => view! { <WantPage /> }.into_any(),
        Page::OtherChecks => view! { <OtherChecksPage /> }.into_any(),
        Page::Step { check, index } => later(true, async move { parts::step(check, index).await }),
        Page::CheckAnswers { check } => {
            later(true, async move { parts::check_answers(check).await })
        }
        Page::Result { check } => later(true, async move { parts::result(check).await }),
        Page::AllOnOne { check } => later(true, async move { parts::all_on_one(check).await }),
        Page::Safety => later(true, async move { parts::safety().await }),
        Page::Data => later(true, async move { parts::data().await }),
        Page::Print => later(true, async move { parts::print().await }),
    }
}

/// A page loaded when needed ([`parts`]): a loading line until its code (and, with `rules`, the
/// rules' words of the catalog) is here, then the page, with focus on its heading.
fn later(
    rules: bool,
    page: impl std::future::Future<Output = AnyView> + Send + 'static,
) -> AnyView {
    let i18n = use_context::<I18n>();
    let page = std::sync::Mutex::new(Some(page));
    view! {
        <Suspense fallback=|| view! { <p class="loading" role="status">{i18n::t("boot-loading")}</p> }>
            {move || {
                let page = page.lock().ok().and_then(|mut p| p.take());
                Suspend::new(async move {
                    if let (true, Some(i18n)) = (rules, i18n) {
                        send_wrapper::SendWrapper::new(i18n.need_rules()).await;
                    }
                    let view = match page {
                        Some(p) => p.await,
                        None => ().into_any(),
                    };
                    state::focus_main();
                    view
                })
            }}
        </Suspense>
    }
    .into_any()
}
