//! Guide: withdrawing an application for protection (seeds 000, 002). What happens after and how
//! to withdraw come from `rules::guides::withdrawal`; the letter to UDI from
//! `rules::guides::withdrawal_letter`.
//!
//! The letter is written here, in the browser, and goes nowhere: it is shown on the page, can be
//! printed (only the letter prints, on one A4 page: `print_letter`), and can be saved as a text
//! file made on the device (`download_letter`: a Blob, an object URL, a download link, all
//! created and revoked locally).
//!
//! The name and DUF number typed for the letter are kept only in this guide's signals, not in
//! the saved answers: they identify the person, and the letter can be written again in a moment.
//! (Choice made where the brief is silent; it protects the user if the device is shared.)
//!
//! Only the Norwegian letter is printed, the one to sign and send: the translation in the user's
//! language says "Do not send this part", so it stays on the screen and in the text file.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;

use crate::ui::Say;
use wasm_bindgen::{JsCast, JsValue};

use super::{GuideAnswer, GuideSources};
use crate::api::today;
use crate::rules::guides::{
    withdrawal, withdrawal_letter, AfterWithdrawal, RenderedLetter, WithdrawalAnswers, WithdrawalRoute,
};
use crate::rules::law::UDI_POSTAL_ADDRESS;
use crate::ui::components::{DateField, YesNoUnknown};
use crate::ui::i18n::{t, use_i18n};
use crate::ui::state::{field, AppState, DateDraft, Field};
use crate::ui::use_engine_locale;

/// The class on `<body>` while only the letter is to be printed (see `style/guides.css`).
const PRINT_CLASS: &str = "print-letter";
/// The class of the copy of the letter that is printed.
const PRINT_ROOT_CLASS: &str = "letter-print-root";

#[component]
pub fn WithdrawalGuide() -> impl IntoView {
    let i18n = use_i18n();
    let state = AppState::expect();
    let locale = use_engine_locale();

    let from_ukraine = field!(state, guides.withdrawal_from_ukraine_individual);
    let other_permit = field!(state, guides.withdrawal_other_permit);
    let other_application = field!(state, guides.withdrawal_other_application);
    let under_90 = field!(state, guides.withdrawal_under_90_days);

    let guide = Memo::new(move |_| {
        withdrawal(&WithdrawalAnswers {
            has_other_permit: other_permit.get(),
            has_other_pending_application: other_application.get(),
            under_90_days_in_schengen: under_90.get(),
            fled_ukraine_assessed_individually: from_ukraine.get(),
        })
    });
    let result = Signal::derive(move || guide.with(|g| g.after.msg().say(locale.get())));
    let grounds = move || {
        let loc = locale.get();
        guide.with(|g| {
            (g.after == AfterWithdrawal::NeedNotLeave && !g.grounds.is_empty()).then(|| {
                let items = g
                    .grounds
                    .iter()
                    .map(|s| view! { <li>{s.msg().say(loc)}</li> })
                    .collect_view();
                view! { <ul class="guide-grounds">{items}</ul> }
            })
        })
    };
    let routes = move || {
        let loc = locale.get();
        guide
            .with(|g| g.routes.clone())
            .into_iter()
            .map(|r| view! { <li class="guide-note">{r.msg().say(loc)}</li> })
            .collect_view()
    };
    let notes = move || {
        let loc = locale.get();
        guide
            .with(|g| g.notes.clone())
            .into_iter()
            .map(|n| view! { <li class="guide-note">{n.msg().say(loc)}</li> })
            .collect_view()
    };
    let letter_route = move || guide.with(|g| g.routes.contains(&WithdrawalRoute::LetterToUdi));

    view! {
        <YesNoUnknown
            id="gw-ukraine"
            legend=move || t!(i18n, guides.withdrawal_ukraine)
            hint=move || t!(i18n, guides.withdrawal_ukraine_hint)
            value=from_ukraine
        />
        <YesNoUnknown
            id="gw-other-permit"
            legend=move || t!(i18n, guides.withdrawal_other_permit)
            value=other_permit
        />
        <YesNoUnknown
            id="gw-other-application"
            legend=move || t!(i18n, guides.withdrawal_other_application)
            hint=move || t!(i18n, guides.withdrawal_other_application_hint)
            value=other_application
        />
        <YesNoUnknown
            id="gw-under-90"
            legend=move || t!(i18n, guides.withdrawal_under_90)
            hint=move || t!(i18n, guides.withdrawal_under_90_hint)
            value=under_90
        />
        <GuideAnswer id="gw-answer" result>
            {grounds}
            <h4>{t!(i18n, guides.withdrawal_how)}</h4>
            <ul class="guide-notes">{routes}</ul>
            <ul class="guide-notes">{notes}</ul>
            <GuideSources pages=&[0, 2] />
        </GuideAnswer>
        <div hidden=move || !letter_route()>
            <LetterWriter />
        </div>
    }
}

/// `aria-describedby` for a text field: its hint, and its error when there is one.
fn described_by(id: &'static str, error: Memo<Option<String>>) -> impl Fn() -> String {
    move || {
        if error.with(Option::is_some) {
            format!("{id}-hint {id}-error")
        } else {
            format!("{id}-hint")
        }
    }
}

/// A one-line text field with its label, hint and error (GOV.UK text input).
#[component]
fn TextField(
    id: &'static str,
    #[prop(into)] label: ViewFn,
    #[prop(into)] hint: ViewFn,
    value: RwSignal<String>,
    error: Memo<Option<String>>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] numeric: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="field" class:field-error=move || error.with(Option::is_some)>
            <label class="legend" for=id>{move || label.run()}</label>
            <div class="hint" id=format!("{id}-hint")>{move || hint.run()}</div>
            {move || {
                error
                    .get()
                    .map(|m| {
                        view! {
                            <p class="error-message" id=format!("{id}-error")>
                                <span class="visually-hidden">{t!(i18n, common.error_prefix)}" "</span>
                                {m}
                            </p>
                        }
                    })
            }}
            <input
                class="input input-wide"
                id=id
                name=id
                type="text"
                autocomplete=autocomplete.unwrap_or("off")
                inputmode=numeric.then_some("numeric")
                spellcheck="false"
                aria-describedby=described_by(id, error)
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                prop:value=move || value.get()
                on:input:target=move |e| value.set(e.target().value())
            />
        </div>
    }
}

/// The form for the withdrawal letter, and the letter once written.
#[component]
fn LetterWriter() -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_engine_locale();

    let name = RwSignal::new(String::new());
    let duf = RwSignal::new(String::new());
    let date_draft = RwSignal::new(DateDraft::default());
    let date = Field::new(move || date_draft.get(), move |d| date_draft.set(d));
    // The letter and the errors show once the user has asked for the letter; from then on they
    // follow every change.
    let submitted = RwSignal::new(false);

    // The date: empty → today; typed but not a date → no letter (the date field says why).
    let letter_date = Memo::new(move |_| match date.with(DateDraft::check) {
        None => Some(today()),
        Some(Ok(d)) => Some(d),
        Some(Err(_)) => None,
    });
    let outcome = Memo::new(move |_| {
        letter_date
            .get()
            .map(|d| name.with(|n| duf.with(|u| withdrawal_letter(n, u, d))))
    });
    let error_for = move |field: &'static str| {
        Memo::new(move |_| {
            if !submitted.get() {
                return None;
            }
            outcome.with(|o| match o {
                Some(Err(errors)) => {
                    let found: Vec<String> = errors
                        .iter()
                        .filter(|e| e.field == field)
                        .map(|e| e.message.say(locale.get()))
                        .collect();
                    (!found.is_empty()).then(|| found.join(" "))
                }
                _ => None,
            })
        })
    };
    let name_error = error_for("name");
    let duf_error = error_for("dufNumber");
    let letter = Memo::new(move |_| {
        if !submitted.get() {
            return None;
        }
        outcome.with(|o| match o {
            Some(Ok(letter)) => letter
                .render(&crate::text::catalog(locale.get().tag()))
                .map(|r| (letter.duf_number.clone(), r)),
            _ => None,
        })
    });

    let on_submit = move |e: ev::SubmitEvent| {
        e.prevent_default();
        submitted.set(true);
        // Focus goes to what needs doing: the first field to fix, else the letter.
        let target = if name_error.get_untracked().is_some() {
            "gw-name"
        } else if duf_error.get_untracked().is_some() {
            "gw-duf"
        } else if letter_date.get_untracked().is_none() {
            "gw-date-day"
        } else {
            "gw-letter-heading"
        };
        focus_after_render(target);
    };

    let address = UDI_POSTAL_ADDRESS.join(", ");
    let letter_view = move || {
        letter.get().map(|(duf_number, l)| {
            let text = l.lines.join("\n");
            let ui_lang = locale.get().tag();
            let translation = l.translation.clone().map(|lines| {
                view! {
                    <h5 class="letter-translation-heading">
                        {l.translation_heading.clone().unwrap_or_default()}
                    </h5>
                    <div class="letter letter-translation" lang=ui_lang>
                        <div class="letter-text">{lines.join("\n")}</div>
                    </div>
                }
            });
            let for_download = (duf_number, l.clone());
            let address = address.clone();
            view! {
                <section class="letter-output" aria-labelledby="gw-letter-heading">
                    <h4 id="gw-letter-heading" tabindex="-1">{t!(i18n, guides.letter_heading)}</h4>
                    <p>{t!(i18n, guides.letter_instructions, address)}</p>
                    <div class="letter-actions">
                        <button type="button" class="button" on:click=move |_| print_letter()>
                            {t!(i18n, guides.letter_print)}
                        </button>
                        <button
                            type="button"
                            class="button button-secondary"
                            on:click=move |_| download_letter(&for_download)
                        >
                            {t!(i18n, guides.letter_download)}
                        </button>
                    </div>
                    <p class="hint">{t!(i18n, guides.letter_local)}</p>
                    <div class="letter letter-to-send" id="gw-letter" lang="nb">
                        <div class="letter-text">{text}</div>
                    </div>
                    {translation}
                </section>
            }
        })
    };

    // A print started from the browser's own menu prints the whole page again.
    let after_print = window_event_listener_untyped("afterprint", move |_| end_print());
    on_cleanup(move || after_print.remove());

    view! {
        <section class="letter-writer" aria-labelledby="gw-writer-heading">
            <h4 id="gw-writer-heading">{t!(i18n, guides.letter_writer_heading)}</h4>
            <p>{t!(i18n, guides.letter_writer_intro)}</p>
            <form class="letter-form" novalidate on:submit=on_submit>
                <TextField
                    id="gw-name"
                    label=move || t!(i18n, guides.letter_name)
                    hint=move || t!(i18n, guides.letter_name_hint)
                    value=name
                    error=name_error
                    autocomplete="name"
                />
                <TextField
                    id="gw-duf"
                    label=move || t!(i18n, guides.letter_duf)
                    hint=move || t!(i18n, guides.letter_duf_hint)
                    value=duf
                    error=duf_error
                    numeric=true
                />
                <DateField
                    id="gw-date"
                    legend=move || t!(i18n, guides.letter_date)
                    hint=move || t!(i18n, guides.letter_date_hint)
                    value=date
                />
                <button type="submit" class="button">{t!(i18n, guides.letter_write)}</button>
            </form>
        </section>
        {letter_view}
    }
}

/// Focuses the element `id` once the view has caught up with the last change.
fn focus_after_render(id: &'static str) {
    request_animation_frame(move || {
        if let Some(el) = document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// Prints the letter alone: a copy of it goes into a container at the end of `<body>`, the body
/// gets [`PRINT_CLASS`] (with which the print stylesheet hides everything else), the browser
/// prints, and both are undone on `afterprint` (or at the next print, whichever comes first).
fn print_letter() {
    end_print();
    let doc = document();
    let (Some(body), Some(letter)) = (doc.body(), doc.get_element_by_id("gw-letter")) else {
        return;
    };
    let Ok(copy) = letter.clone_node_with_deep(true) else {
        return;
    };
    if let Some(copy) = copy.dyn_ref::<web_sys::Element>() {
        copy.remove_attribute("id").ok();
    }
    let Ok(root) = doc.create_element("div") else {
        return;
    };
    root.set_class_name(PRINT_ROOT_CLASS);
    if root.append_child(&copy).is_err() || body.append_child(&root).is_err() {
        return;
    }
    set_body_class(&body, true);
    let _ = window().print();
}

/// Undoes [`print_letter`].
fn end_print() {
    let doc = document();
    if let Some(body) = doc.body() {
        set_body_class(&body, false);
    }
    if let Ok(roots) = doc.query_selector_all(&format!(".{PRINT_ROOT_CLASS}")) {
        for i in 0..roots.length() {
            if let Some(node) = roots.item(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
}

fn set_body_class(body: &web_sys::HtmlElement, on: bool) {
    let current = body.class_name();
    let mut classes: Vec<&str> = current
        .split_whitespace()
        .filter(|c| *c != PRINT_CLASS)
        .collect();
    if on {
        classes.push(PRINT_CLASS);
    }
    body.set_class_name(&classes.join(" "));
}

/// Saves the letter as a UTF-8 text file: made on the device (Blob → object URL → a download
/// link clicked once), the URL revoked a little later. Nothing is sent anywhere.
fn download_letter((duf_number, letter): &(String, RenderedLetter)) {
    let text = letter.to_text();
    let file_name = format!("withdrawal-letter-{duf_number}.txt");
    let parts = js_sys::Array::of1(&JsValue::from_str(&text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let doc = document();
    let link = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let (Some(link), Some(body)) = (link, doc.body()) {
        link.set_href(&url);
        link.set_download(&file_name);
        link.set_hidden(true);
        if body.append_child(&link).is_ok() {
            link.click();
            let _ = body.remove_child(&link);
        }
    }
    // Revoked once the browser has had time to start the download (revoking at once can cancel
    // it in some browsers).
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        Duration::from_secs(10),
    );
}
