//! `TripEditor`: the list of the person's stays abroad.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::date_field::DateField;
use crate::api::FieldError;
use crate::ui::i18n::{t, use_i18n};
use crate::ui::state::{DateDraft, Field, StayDraft};

fn focus_element(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Focuses an element once the pending render has reached the page.
fn focus_soon(id: String) {
    request_animation_frame(move || focus_element(&id));
}

/// The engine's messages for one field, joined, or `None`.
fn messages_for(errors: &[FieldError], field: &str) -> Option<String> {
    let found: Vec<&str> = errors
        .iter()
        .filter(|e| e.field == field)
        .map(|e| e.message.as_str())
        .collect();
    (!found.is_empty()).then(|| found.join(" "))
}

/// Messages shown as a list of errors, or nothing when there are none.
fn error_list(messages: Vec<String>) -> Option<impl IntoView> {
    (!messages.is_empty()).then(|| {
        view! {
            <ul class="error-list">
                {messages
                    .into_iter()
                    .map(|m| view! { <li class="error-message">{m}</li> })
                    .collect_view()}
            </ul>
        }
    })
}

/// The stays abroad: one row per stay, with the day the person left Norway, the day they came
/// back (or "I am still abroad"), optionally "in another Schengen country", and a Remove button.
///
/// - Rows are numbered in list order; every control's accessible name says which stay it is
///   ("Stay 2, date you came back to Norway", "Remove stay 2").
/// - Removing asks for no confirmation: a message says which stay was removed, with an Undo
///   button that puts it back where it was (focus moves to Undo, so the keyboard is not lost).
/// - Ticking "I am still abroad" hides the return date but keeps what was typed in it.
/// - Engine errors for `stays[i].from` / `stays[i].to` show next to that row's date, any other
///   `stays[i]…` error at the top of the row, and the list's own errors (`stays`) above it.
///   Row `i` is the request's `stays[i]` (see `state::Answers::request`).
///
/// ```ignore
/// <TripEditor
///     id="tl-stays"
///     stays=field!(state, stays)
///     errors=Signal::derive(move || response.with(|r| r.errors.clone()))  // optional
///     schengen=true                                                       // optional
/// />
/// ```
#[component]
pub fn TripEditor(
    /// Base of the element ids (one editor per tab: give each its own).
    #[prop(into)]
    id: String,
    /// The list.
    stays: Field<Vec<StayDraft>>,
    /// The engine's errors (all of them: the editor picks those about `stays`).
    #[prop(optional, into)]
    errors: Signal<Vec<FieldError>>,
    /// Show "This stay was in another Schengen country" on each row.
    #[prop(optional, into)]
    schengen: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    // The last removed stay and its place in the list: what Undo puts back.
    let removed = RwSignal::new(None::<(usize, StayDraft)>);
    let undo_id = format!("{id}-undo");

    let row_base = |base: &str, stay: u64| format!("{base}-{stay}");

    let add = {
        let id = id.clone();
        move |_| {
            let stay = StayDraft::default();
            let first_box = format!("{}-from-day", row_base(&id, stay.id));
            removed.set(None);
            stays.update(|v| v.push(stay));
            focus_soon(first_box);
        }
    };

    let undo = {
        let id = id.clone();
        move |_| {
            if let Some((index, stay)) = removed.get_untracked() {
                let first_box = format!("{}-from-day", row_base(&id, stay.id));
                removed.set(None);
                stays.update(|v| {
                    let at = index.min(v.len());
                    v.insert(at, stay);
                });
                focus_soon(first_box);
            }
        }
    };

    let list_errors = move || {
        errors.with(|all| {
            all.iter()
                .filter(|e| e.field == "stays")
                .map(|e| e.message.clone())
                .collect::<Vec<_>>()
        })
    };

    let row = {
        let id = id.clone();
        let undo_id = undo_id.clone();
        move |stay_id: u64| {
            let base = row_base(&id, stay_id);
            let index = Memo::new(move |_| stays.with(|v| v.iter().position(|s| s.id == stay_id)));
            let n = move || index.get().map_or(0, |i| i + 1);
            let part = move |read: fn(&StayDraft) -> DateDraft,
                             write: fn(&mut StayDraft, DateDraft)| {
                Field::new(
                    move || {
                        stays.with(|v| {
                            v.iter()
                                .find(|s| s.id == stay_id)
                                .map(read)
                                .unwrap_or_default()
                        })
                    },
                    move |d| {
                        stays.update(|v| {
                            if let Some(s) = v.iter_mut().find(|s| s.id == stay_id) {
                                write(s, d);
                            }
                        })
                    },
                )
            };
            let flag = move |read: fn(&StayDraft) -> bool, write: fn(&mut StayDraft, bool)| {
                Field::new(
                    move || stays.with(|v| v.iter().find(|s| s.id == stay_id).is_some_and(read)),
                    move |b| {
                        stays.update(|v| {
                            if let Some(s) = v.iter_mut().find(|s| s.id == stay_id) {
                                write(s, b);
                            }
                        })
                    },
                )
            };
            let from = part(|s| s.from.clone(), |s, d| s.from = d);
            let to = part(|s| s.to.clone(), |s, d| s.to = d);
            let ongoing = flag(|s| s.ongoing, |s, b| s.ongoing = b);
            let in_schengen = flag(|s| s.schengen, |s, b| s.schengen = b);

            let error_for = move |suffix: &'static str| {
                Signal::derive(move || {
                    let i = index.get()?;
                    errors.with(|all| messages_for(all, &format!("stays[{i}].{suffix}")))
                })
            };
            let row_errors = move || {
                let Some(i) = index.get() else {
                    return Vec::new();
                };
                let whole = format!("stays[{i}]");
                let inside = format!("stays[{i}].");
                errors.with(|all| {
                    all.iter()
                        .filter(|e| {
                            e.field == whole
                                || (e.field.starts_with(&inside)
                                    && !matches!(&e.field[inside.len()..], "from" | "to"))
                        })
                        .map(|e| e.message.clone())
                        .collect::<Vec<_>>()
                })
            };

            let remove = {
                let undo_id = undo_id.clone();
                move |_| {
                    let mut taken = None;
                    stays.update(|v| {
                        if let Some(i) = v.iter().position(|s| s.id == stay_id) {
                            taken = Some((i, v.remove(i)));
                        }
                    });
                    if taken.is_some() {
                        removed.set(taken);
                        focus_soon(undo_id.clone());
                    }
                }
            };

            let title_id = format!("{base}-title");
            let from_id = format!("{base}-from");
            let to_id = format!("{base}-to");
            let ongoing_id = format!("{base}-ongoing");
            let schengen_id = format!("{base}-schengen");
            let prefix = move || {
                view! { <span class="visually-hidden">{t!(i18n, common.stay_n, n)}", "</span> }
            };
            view! {
                <li class="stay" id=base>
                <div class="stay-group" role="group" aria-labelledby=title_id.clone()>
                    <p class="stay-title" id=title_id.clone()>{t!(i18n, common.stay_n, n)}</p>
                    {move || error_list(row_errors())}
                    <DateField
                        id=from_id
                        legend=move || view! { {prefix()} {t!(i18n, common.stay_from)} }
                        value=from
                        error=error_for("from")
                    />
                    <div class="checkbox">
                        <input
                            class="checkbox-input"
                            type="checkbox"
                            id=ongoing_id.clone()
                            prop:checked=move || ongoing.get()
                            on:change:target=move |e| ongoing.set(e.target().checked())
                        />
                        <label class="checkbox-label" for=ongoing_id>
                            {prefix()}
                            {t!(i18n, common.stay_ongoing)}
                        </label>
                    </div>
                    <Show when=move || !ongoing.get()>
                        <DateField
                            id=to_id.clone()
                            legend=move || view! { {prefix()} {t!(i18n, common.stay_to)} }
                            value=to
                            error=error_for("to")
                        />
                    </Show>
                    <Show when=move || schengen.get()>
                        <div class="checkbox">
                            <input
                                class="checkbox-input"
                                type="checkbox"
                                id=schengen_id.clone()
                                prop:checked=move || in_schengen.get()
                                on:change:target=move |e| in_schengen.set(e.target().checked())
                            />
                            <label class="checkbox-label" for=schengen_id.clone()>
                                {prefix()}
                                {t!(i18n, common.stay_schengen)}
                            </label>
                        </div>
                    </Show>
                    <button type="button" class="button button-secondary" on:click=remove>
                        {t!(i18n, common.stay_remove, n)}
                    </button>
                </div>
                </li>
            }
        }
    };

    view! {
        <div class="trip-editor" id=id.clone()>
            {move || error_list(list_errors())}
            <div role="status" class="status-message">
                {move || {
                    removed
                        .get()
                        .map(|(index, _)| {
                            let n = index + 1;
                            view! {
                                <p>
                                    {t!(i18n, common.stay_removed, n)} " "
                                    <button
                                        type="button"
                                        class="button button-link"
                                        id=undo_id.clone()
                                        on:click=undo.clone()
                                    >
                                        {t!(i18n, common.undo)}
                                    </button>
                                </p>
                            }
                        })
                }}
            </div>
            <Show when=move || stays.with(Vec::is_empty)>
                <p class="hint">{t!(i18n, common.stays_none)}</p>
            </Show>
            <ol class="stay-list">
                <For
                    each=move || stays.with(|v| v.iter().map(|s| s.id).collect::<Vec<_>>())
                    key=|stay_id| *stay_id
                    children=row.clone()
                />
            </ol>
            <button type="button" class="button" on:click=add>
                {t!(i18n, common.stay_add)}
            </button>
        </div>
    }
}
