//! The person's own data: remember it on this phone (or not), erase it, save it to a file, open
//! a file, print a summary. The document's format and its versions are `crate::flow::document`
//! (tested natively); this renders the page and talks to the browser.
//!
//! # Where the answers are kept
//!
//! Nowhere, by default: the answers live in the open page and are gone when it is closed. With
//! "Remember my answers on this phone" on, they are kept in the browser's `localStorage` as one
//! document under the key [`key`] (`notes` and the page's folder, so two copies of the app on one
//! site keep separate answers), written again on every change. Erasing, or switching it off,
//! removes that key. Nothing else is ever written: no cookie, no sessionStorage, no IndexedDB
//! (the service worker's cache holds the app's own files, never an answer). `boot.js` reads the
//! kept document's language and its `eraseOnExit` ("Exit this page" then removes the key first).
//!
//! The storage functions here are small and in the first module (the page keeps the document up
//! to date from the start); writing and reading JSON is in a part ([`super::parts`]), loaded only
//! for someone who keeps or opens answers.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::fields::Checkbox;
use super::files::download;
use super::i18n::{t, use_i18n};
use super::state::{use_state, Page};
use super::step::BackLink;
use crate::flow::document::{self, Document, ReadError};
use crate::flow::{steps, Answers, Check};
use crate::msg;
use crate::rules::law::RULES_CHECKED_ON;

/// The `localStorage` key of the kept document: `notes` and the folder of the page
/// (`notes/`, `notes/tools/permit/`). `boot.js` computes the same.
pub fn key() -> String {
    let folder = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .map(|p| match p.rfind('/') {
            Some(i) => p[..=i].to_string(),
            None => "/".to_string(),
        })
        .unwrap_or_else(|| "/".to_string());
    format!("notes{folder}")
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The kept document's text, if there is one.
pub fn kept() -> Option<String> {
    storage()?.get_item(&key()).ok().flatten()
}

/// Keeps the document's text; `false` when the browser refuses.
pub fn keep(text: &str) -> bool {
    storage().is_some_and(|s| s.set_item(&key(), text).is_ok())
}

/// Removes the kept document.
pub fn forget() {
    if let Some(s) = storage() {
        let _ = s.remove_item(&key());
    }
}

/// The kept document as text (in a part: it is JSON).
pub fn kept_json(answers: Answers, language: String, erase_on_exit: bool) -> String {
    Document::kept(answers, &language, erase_on_exit).to_json()
}

/// A file of the answers as text.
pub fn file_json(answers: Answers) -> String {
    Document::file(answers).to_json()
}

/// Reads a kept document or a file.
pub fn read_document(text: String) -> Result<Document, ReadError> {
    document::read(&text)
}

/// What the page last did, for its status line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    None,
    Remembered,
    NotRemembered,
    Erased,
    Opened,
    OpenBad,
    OpenNewer,
}

impl Status {
    fn id(self) -> Option<&'static str> {
        Some(match self {
            Status::None => return None,
            Status::Remembered => "data-remembered",
            Status::NotRemembered => "data-not-remembered",
            Status::Erased => "data-erased",
            Status::Opened => "data-opened",
            Status::OpenBad => "data-open-bad",
            Status::OpenNewer => "data-open-newer",
        })
    }
}

/// Reads the chosen file's text (a Promise in the browser).
async fn file_text(input: &web_sys::HtmlInputElement) -> Option<String> {
    let file = input.files()?.get(0)?;
    if file.size() > document::MAX_BYTES as f64 {
        return Some(String::new());
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?;
    text.as_string()
}

/// "Your answers on this phone".
#[component]
pub fn DataPage() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let status = RwSignal::new(Status::None);
    let confirming = RwSignal::new(false);
    let before_open = state.before_open;
    let file_name = document::file_name(state.today);
    let on_remember = Callback::new(move |on: bool| {
        state.remember.set(on);
        if on {
            status.set(Status::Remembered);
        } else {
            forget();
            state.erase_on_exit.set(false);
            status.set(Status::NotRemembered);
        }
    });
    let erase = move |_| {
        state.answers.set(Answers::default());
        state.remember.set(false);
        state.erase_on_exit.set(false);
        state.kept_unreadable.set(false);
        forget();
        confirming.set(false);
        before_open.set(None);
        status.set(Status::Erased);
        super::fields::focus_after("data-status".into());
    };
    let save = {
        let name = file_name.clone();
        move |_| {
            let answers = state.answers.get_untracked();
            let name = name.clone();
            leptos::task::spawn_local(async move {
                let text = super::parts::file_json(answers).await;
                download(&name, &text);
            });
        }
    };
    let open = move |e: leptos::ev::Event| {
        let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        leptos::task::spawn_local(async move {
            let text = file_text(&input).await.unwrap_or_default();
            input.set_value("");
            match super::parts::read_document(text).await {
                Ok(doc) => {
                    before_open.set(Some(state.answers.get_untracked()));
                    state.answers.set(doc.answers);
                    status.set(Status::Opened);
                }
                Err(ReadError::Newer(_)) => status.set(Status::OpenNewer),
                Err(ReadError::NotADocument(_)) => status.set(Status::OpenBad),
            }
        });
    };
    let undo = move |_| {
        if let Some(a) = before_open.get_untracked() {
            state.answers.set(a);
            before_open.set(None);
            status.set(Status::None);
            super::fields::focus_after("data-open".into());
        }
    };
    view! {
        <BackLink />
        <h1>{t("data-title")}</h1>
        <p>{t("data-intro")}</p>
        <p class="data-status" id="data-status" role="status" tabindex="-1">
            {move || status.get().id().map(|id| i18n.id(id))}
            {move || before_open.get().is_some().then(|| view! {
                " "
                <button type="button" class="button-link" id="data-undo" on:click=undo>{t("undo")}</button>
            })}
        </p>
        {move || state.kept_unreadable.get().then(|| view! { <p class="warning">{t("data-kept-unreadable")}</p> })}
        {move || state.storage_failed.get().then(|| view! { <p class="warning">{t("data-storage-failed")}</p> })}
        <section class="data-section">
            <Checkbox
                id="data-remember".to_string()
                label=Signal::derive(move || i18n.t("data-remember"))
                hint=Signal::derive(move || i18n.t("data-remember-hint"))
                checked=state.remember
                on_toggle=on_remember
            />
            {move || state.remember.get().then(|| view! {
                <Checkbox
                    id="data-erase-on-exit".to_string()
                    label=Signal::derive(move || i18n.t("data-erase-on-exit"))
                    checked=state.erase_on_exit
                    on_toggle=Callback::new(move |on| state.erase_on_exit.set(on))
                />
            })}
        </section>
        <section class="data-section">
            <button type="button" class="button button-secondary" id="data-save" aria-describedby="data-save-hint" on:click=save>
                {t("data-save")}
            </button>
            <p class="hint" id="data-save-hint">{move || i18n.msg(&msg!("data-save-hint", name = file_name.clone()))}</p>
        </section>
        <section class="data-section">
            <input class="visually-hidden file-input" type="file" id="data-open" accept=".json,application/json" aria-describedby="data-open-hint" on:change=open />
            <label class="button button-secondary file-button" for="data-open">{t("data-open")}</label>
            <p class="hint" id="data-open-hint">{t("data-open-hint")}</p>
        </section>
        <section class="data-section">
            <button type="button" class="button button-secondary" id="data-print" aria-describedby="data-print-hint" on:click=move |_| state.go(Page::Print)>
                {t("data-print")}
            </button>
            <p class="hint" id="data-print-hint">{t("data-print-hint")}</p>
        </section>
        <section class="data-section">
            {move || if confirming.get() {
                view! {
                    <div class="confirm" role="group" aria-labelledby="data-erase-confirm">
                        <p id="data-erase-confirm"><strong>{t("data-erase-confirm")}</strong></p>
                        <div class="button-row">
                            <button type="button" class="button button-warning" id="data-erase-yes" on:click=erase>{t("data-erase-yes")}</button>
                            <button type="button" class="button button-secondary" id="data-erase-no" on:click=move |_| {
                                confirming.set(false);
                                super::fields::focus_after("data-erase".into());
                            }>{t("data-erase-no")}</button>
                        </div>
                    </div>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="button button-warning" id="data-erase" on:click=move |_| {
                        confirming.set(true);
                        // On "No": pressing Enter twice must not erase everything.
                        super::fields::focus_after("data-erase-no".into());
                    }>{t("data-erase")}</button>
                }.into_any()
            }}
        </section>
    }
}

/// The summary to print: every check with answers, each with its answer (criteria, figures,
/// sources) and the person's answers, one check to a page.
#[component]
pub fn PrintPage() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    provide_context(super::result::PrintMode);
    let checks: Vec<Check> = state.answers.with_untracked(|a| {
        Check::ALL
            .into_iter()
            .filter(|c| steps::has_answers(*c, a))
            .collect()
    });
    let today = state.today;
    view! {
        <div class="no-print">
            <BackLink />
        </div>
        <h1>{t("app-name")}</h1>
        <p class="print-made-on">{move || i18n.msg(&msg!("print-made-on", date = today, checked = RULES_CHECKED_ON))}</p>
        <div class="button-row no-print">
            <button type="button" class="button" id="print-now" on:click=move |_| {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            }>{t("data-print")}</button>
        </div>
        {checks.into_iter().map(|check| view! {
            <section class="print-check" data-check=check.name()>
                <h2>{t(check.title())}</h2>
                <super::result::ResultBody check=check />
                <h3>{t("print-your-answers")}</h3>
                <super::answers_page::AnswersList check=check change=false />
            </section>
        }).collect_view()}
    }
}
