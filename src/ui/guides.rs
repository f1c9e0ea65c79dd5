//! The guides' answers (RULES.md §5): asylum while holding a permit, the residence card, and
//! withdrawing an application for protection with the letter to UDI. Every decision is the
//! engine's (`rules::guides`); the letter is written on the device and goes nowhere.

use leptos::prelude::*;

use super::files::download;
use super::i18n::{t, use_i18n};
use super::result::panel_view;
use super::state::use_state;
use crate::flow::Answer;
use crate::msg;
use crate::rules::guides::{earliest_card_date, withdrawal_letter, RenderedLetter, HELP_LINES};
use crate::text::Msg;
use crate::web::fetch_catalog;

fn notes(i18n: super::i18n::I18n, notes: Vec<Msg>) -> impl IntoView {
    view! {
        <ul class="steps-list">
            {notes.into_iter().map(|m| view! { <li>{move || i18n.msg(&m)}</li> }).collect_view()}
        </ul>
    }
}

/// The help lines for violence or coercion (seed 000), as phone links.
#[component]
pub fn HelpLines() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="help-lines">
            <h2>{t("help-lines-title")}</h2>
            <ul class="steps-list">
                {HELP_LINES.iter().map(|h| {
                    let m = h.purpose.msg();
                    view! {
                        <li>
                            <a class="phone" dir="ltr" href=h.tel_uri()>{h.number}</a>" "
                            {move || i18n.msg(&m)}
                            {h.website.map(|w| view! { " (" <span dir="ltr">{w}</span> ")" })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// The answer of a guide.
#[component]
pub fn GuideResult(answer: Answer) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    match answer {
        Answer::PermitHolder(g) => {
            let result = g.result.msg();
            view! {
                {panel_view(
                    "tone-info",
                    None,
                    Signal::derive(move || i18n.t("guide-permit-holder-headline")),
                    Signal::derive(move || i18n.msg(&result)),
                    None,
                )}
                {notes(i18n, g.notes.iter().map(|n| n.msg()).collect())}
                <HelpLines />
            }
            .into_any()
        }
        Answer::ResidenceCard(g) => {
            let result = g.result.msg();
            let appointment = state.answers.with_untracked(|a| a.card_appointment.date());
            let earliest = appointment.map(earliest_card_date);
            let plan = earliest.map(|d| {
                view! {
                    <p class="result-plan">{move || i18n.msg(&msg!("guide-card-earliest", date = d))}</p>
                }
                .into_any()
            });
            view! {
                {panel_view(
                    "tone-info",
                    None,
                    Signal::derive(move || i18n.t("guide-residence-card-headline")),
                    Signal::derive(move || i18n.msg(&result)),
                    plan,
                )}
                {notes(i18n, g.notes.iter().map(|n| n.msg()).collect())}
            }
            .into_any()
        }
        Answer::Withdrawal(g) => {
            let after = g.after.msg();
            view! {
                {panel_view(
                    "tone-info",
                    None,
                    Signal::derive(move || i18n.t("guide-withdrawal-headline")),
                    Signal::derive(move || i18n.msg(&after)),
                    None,
                )}
                {(!g.grounds.is_empty()).then(|| notes(i18n, g.grounds.iter().map(|s| s.msg()).collect()))}
                <h2>{t("guide-withdrawal-how")}</h2>
                {notes(i18n, g.routes.iter().map(|r| r.msg()).collect())}
                {notes(i18n, g.notes.iter().map(|n| n.msg()).collect())}
                <LetterForm />
            }
            .into_any()
        }
        _ => ().into_any(),
    }
}

/// The withdrawal letter: name and DUF number (never saved: they identify the person), the
/// letter in Norwegian with a copy in the person's language, to print or to keep as a file.
#[component]
fn LetterForm() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let name = RwSignal::new(String::new());
    let duf = RwSignal::new(String::new());
    let submitted = RwSignal::new(false);
    let norwegian = RwSignal::new(None::<bool>);
    // The letter is written in Norwegian: fetch that catalog when the form opens.
    leptos::task::spawn_local(async move {
        norwegian.set(Some(fetch_catalog("nb").await.is_ok()));
    });
    let outcome =
        Memo::new(move |_| name.with(|n| duf.with(|d| withdrawal_letter(n, d, state.today))));
    let error_for = move |field: &'static str| {
        move || {
            if !submitted.get() {
                return None;
            }
            outcome.with(|o| match o {
                Err(errors) => errors
                    .iter()
                    .find(|e| e.field == field)
                    .map(|e| i18n.msg(&e.message)),
                Ok(_) => None,
            })
        }
    };
    let letter = Memo::new(move |_| {
        norwegian.get()?;
        if !submitted.get() {
            return None;
        }
        outcome.with(|o| o.as_ref().ok().and_then(|l| l.render(&i18n.catalog())))
    });
    let on_submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        submitted.set(true);
        let target = if error_for("name")().is_some() {
            "letter-name"
        } else if error_for("dufNumber")().is_some() {
            "letter-duf"
        } else {
            "letter-heading"
        };
        super::fields::focus_after(target.into());
    };
    let text_field =
        move |id: &'static str,
              label: &'static str,
              hint: &'static str,
              value: RwSignal<String>,
              err: Box<dyn Fn() -> Option<String> + Send + Sync>| {
            let err = std::sync::Arc::new(err);
            let err2 = err.clone();
            let err3 = err.clone();
            let err4 = err.clone();
            view! {
                <div class="field" class:field-error=move || err().is_some()>
                    <label class="label" for=id>{t(label)}</label>
                    <div class="hint" id=format!("{id}-hint")>{t(hint)}</div>
                    {move || err2().map(|m| view! {
                        <p class="error-message" id=format!("{id}-error")>
                            <span class="visually-hidden">{t("error-prefix")}" "</span>{m}
                        </p>
                    })}
                    <input class="input w-wide" id=id type="text" autocomplete="off" spellcheck="false"
                        aria-describedby=move || if err3().is_some() {
                            format!("{id}-hint {id}-error")
                        } else {
                            format!("{id}-hint")
                        }
                        aria-invalid=move || err4().is_some().then_some("true")
                        prop:value=move || value.get()
                        on:input:target=move |e| value.set(e.target().value()) />
                </div>
            }
        };
    view! {
        <section class="letter-section">
            <h2>{t("letter-title")}</h2>
            <p>{t("letter-intro")}</p>
            {move || (norwegian.get() == Some(false)).then(|| view! { <p class="callout">{t("letter-needs-norwegian")}</p> })}
            <form novalidate on:submit=on_submit>
                {text_field("letter-name", "letter-name", "letter-name-hint", name, Box::new(error_for("name")))}
                {text_field("letter-duf", "letter-duf", "letter-duf-hint", duf, Box::new(error_for("dufNumber")))}
                <div class="button-row"><button type="submit" class="button">{t("letter-write")}</button></div>
            </form>
            {move || letter.get().map(letter_view)}
        </section>
    }
}

fn letter_view(l: RenderedLetter) -> impl IntoView {
    let text = l.lines.join("\n");
    let file = l.to_text();
    let translation = l.translation.clone().map(|lines| {
        view! {
            <h3 class="letter-translation-heading">{l.translation_heading.clone().unwrap_or_default()}</h3>
            <div class="letter letter-translation"><pre class="letter-text">{lines.join("\n")}</pre></div>
        }
    });
    view! {
        <div class="letter-output">
            <h3 id="letter-heading" tabindex="-1">{t("letter-ready")}</h3>
            <div class="letter" lang="nb"><pre class="letter-text">{text}</pre></div>
            {translation}
            <div class="button-row no-print">
                <button type="button" class="button" on:click=move |_| print_letter()>{t("letter-print")}</button>
                <button type="button" class="button button-secondary" on:click=move |_| download("letter.txt", &file)>{t("letter-download")}</button>
            </div>
        </div>
    }
}

/// Prints the letter alone (a class on `<body>` while the print dialog is open).
fn print_letter() {
    let Some(w) = web_sys::window() else { return };
    if let Some(body) = w.document().and_then(|d| d.body()) {
        let _ = body.class_list().add_1("print-letter");
        let _ = w.print();
        let _ = body.class_list().remove_1("print-letter");
    }
}
