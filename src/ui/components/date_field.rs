//! `DateField`: the GOV.UK date input: day, month and year in three boxes.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::rules::dates::DateProblem;
use crate::ui::i18n::{t, use_i18n};
use crate::ui::state::{DateDraft, Field};
use crate::ui::{use_engine_locale, Say};

/// Which of the three boxes a problem is about (they get `aria-invalid`).
fn boxes_at_fault(problem: DateProblem) -> [bool; 3] {
    match problem {
        DateProblem::MissingDay | DateProblem::BadDay => [true, false, false],
        DateProblem::MissingMonth | DateProblem::BadMonth => [false, true, false],
        DateProblem::MissingYear | DateProblem::BadYear => [false, false, true],
        DateProblem::DoesNotExist => [true, true, false],
        DateProblem::Format => [true, true, true],
    }
}

/// A date typed as day / month / year: one `<fieldset>` with the question as its `<legend>`, a
/// hint, and three numeric boxes (`inputmode="numeric"`, so phones show digits).
///
/// What the user types is kept as typed ([`DateDraft`]); nothing is ever cleared. Once the user
/// has been in the field and left it (or when it opens with something in it), a date that is
/// incomplete or impossible shows its problem next to the field
/// (`dates::parse_day_month_year(…).message(locale)`), with `aria-invalid` on the box to fix and
/// the message in the fieldset's `aria-describedby`; so does the engine's `error`, when the date
/// itself is fine. An empty field is no error: it is an unknown date.
///
/// ```ignore
/// <DateField
///     id="tr-date-of-birth"
///     legend=move || t!(i18n, tr.date_of_birth)
///     value=field!(state, temporary_regulation.date_of_birth)
///     error=engine_error(response, "dateOfBirth")   // optional
///     autocomplete="bday"                           // optional
/// />
/// ```
#[component]
pub fn DateField(
    /// Base of the element ids: the fieldset is `{id}`, the boxes `{id}-day`, `{id}-month`,
    /// `{id}-year` (link an error summary to `#{id}-day`).
    #[prop(into)]
    id: String,
    /// The question (may hold visually hidden context, e.g. "Stay 2, ").
    #[prop(into)]
    legend: ViewFn,
    /// The hint under the question; by default "For example, 27 3 2019".
    #[prop(optional, into)]
    hint: Option<ViewFn>,
    /// The answer, as typed.
    value: Field<DateDraft>,
    /// An error about this field from the engine (shown when the date itself is well formed).
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// `autocomplete` token prefix, e.g. `"bday"` for a date of birth (→ `bday-day` …).
    #[prop(optional)]
    autocomplete: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_engine_locale();
    let fieldset = NodeRef::<leptos::html::Fieldset>::new();

    // Typed earlier (a loaded draft) counts as typed.
    let touched = RwSignal::new(!value.get_untracked().is_empty());
    let problem = Memo::new(move |_| value.with(|d| d.check().and_then(Result::err)));
    let own_error = Memo::new(move |_| problem.get().filter(|_| touched.get()));
    let message = Memo::new(move |_| match own_error.get() {
        Some(p) => Some(p.msg().say(locale.get())),
        None if touched.get() => error.get().filter(|m| !m.is_empty()),
        None => None,
    });
    let at_fault = move |i: usize| {
        move || {
            let bad = match own_error.get() {
                Some(p) => boxes_at_fault(p)[i],
                None => message.with(Option::is_some),
            };
            bad.then_some("true")
        }
    };

    // Leaving the whole field (not moving between its boxes) shows what is wrong.
    let on_focusout = move |e: ev::FocusEvent| {
        let next = e
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let inside = match (fieldset.get_untracked(), next) {
            (Some(fs), Some(node)) => fs.contains(Some(&node)),
            _ => false,
        };
        if !inside {
            touched.set(true);
        }
    };

    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            if message.with(Option::is_some) {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            }
        }
    };
    let hint = move || match &hint {
        Some(h) => h.run(),
        None => t!(i18n, common.date_hint).into_any(),
    };

    let base = id.clone();
    let part = move |i: usize, suffix: &'static str, label: AnyView, class: &'static str| {
        let input_id = format!("{base}-{suffix}");
        let auto = autocomplete.map_or_else(|| "off".to_string(), |p| format!("{p}-{suffix}"));
        let read = move || {
            value.with(|d| match i {
                0 => d.day.clone(),
                1 => d.month.clone(),
                _ => d.year.clone(),
            })
        };
        let write = move |text: String| {
            value.update(|d| match i {
                0 => d.day = text,
                1 => d.month = text,
                _ => d.year = text,
            })
        };
        view! {
            <div class="date-item">
                <label class="date-label" for=input_id.clone()>{label}</label>
                <input
                    class=format!("input {class}")
                    id=input_id.clone()
                    name=input_id
                    type="text"
                    inputmode="numeric"
                    autocomplete=auto
                    spellcheck="false"
                    aria-invalid=at_fault(i)
                    prop:value=read
                    on:input:target=move |e| write(e.target().value())
                />
            </div>
        }
    };

    let day = part(0, "day", t!(i18n, common.date_day).into_any(), "w-2");
    let month = part(1, "month", t!(i18n, common.date_month).into_any(), "w-2");
    let year = part(2, "year", t!(i18n, common.date_year).into_any(), "w-4");

    view! {
        <div class="field" class:field-error=move || message.with(Option::is_some)>
            <fieldset
                class="date-field"
                role="group"
                id=id.clone()
                aria-describedby=described_by
                node_ref=fieldset
                on:focusout=on_focusout
            >
                <legend class="legend">{move || legend.run()}</legend>
                <div class="hint" id=hint_id>{hint}</div>
                {move || {
                    message
                        .get()
                        .map(|m| {
                            view! {
                                <p class="error-message" id=error_id.clone()>
                                    <span class="visually-hidden">
                                        {t!(i18n, common.error_prefix)}" "
                                    </span>
                                    {m}
                                </p>
                            }
                        })
                }}
                <div class="date-inputs">{day} {month} {year}</div>
            </fieldset>
        </div>
    }
}
