//! The form controls, GOV.UK style: radios (one answer, "I don't know" offered, nothing chosen
//! until the person chooses), dates in three boxes, the list of stays abroad (one stay at a time,
//! with a list to review), the planned trip. Each shows its own error next to it, marks the boxes
//! at fault with `aria-invalid`, and never loses what was typed.

use leptos::prelude::*;

use super::i18n::{t, use_i18n};
use super::state::use_state;
use crate::flow::{Answers, DateDraft, DateField, Reply, StayDraft};
use crate::msg;
use crate::rules::dates::DateProblem;
use crate::text::Msg;

/// An error shown next to a field and in the page's error summary: the element to link to, and
/// the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    /// The id of the element the summary links to (the first box of a date, the first radio).
    pub target: String,
    /// Which field it belongs to (the group's id).
    pub field: String,
    pub message: String,
}

/// The message of a date problem, naming the date ("Date of birth: enter the year").
pub fn date_problem(p: DateProblem) -> Msg {
    p.msg()
}

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

/// The box a summary's link for a date problem goes to (0 day, 1 month, 2 year): the first of
/// [`boxes_at_fault`], found from the problem's message id (the summary has the message).
pub fn first_box_at_fault(message_id: &str) -> Option<usize> {
    DateProblem::ALL
        .into_iter()
        .find(|p| p.msg().id == message_id)
        .and_then(|p| boxes_at_fault(p).iter().position(|at| *at))
}

/// A date's drafts in the answers: a field of [`Answers`] (a question's date), or a stay's /
/// the trip's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateSlot {
    Field(DateField),
    StayFrom(usize),
    StayTo(usize),
    TripFrom,
    TripTo,
}

impl DateSlot {
    pub fn get(self, a: &Answers) -> DateDraft {
        match self {
            DateSlot::Field(f) => f.get(a),
            DateSlot::StayFrom(i) => a.stays.get(i).map(|s| s.from.clone()).unwrap_or_default(),
            DateSlot::StayTo(i) => a.stays.get(i).map(|s| s.to.clone()).unwrap_or_default(),
            DateSlot::TripFrom => a.trip.from.clone(),
            DateSlot::TripTo => a.trip.to.clone(),
        }
    }

    pub fn set(self, a: &mut Answers, d: DateDraft) {
        match self {
            DateSlot::Field(f) => f.set(a, d),
            DateSlot::StayFrom(i) => {
                if let Some(s) = a.stays.get_mut(i) {
                    s.from = d;
                }
            }
            DateSlot::StayTo(i) => {
                if let Some(s) = a.stays.get_mut(i) {
                    s.to = d;
                }
            }
            DateSlot::TripFrom => a.trip.from = d,
            DateSlot::TripTo => a.trip.to = d,
        }
    }
}

/// Provided by a page without a Continue button (the caseworker page): a date shows its own
/// problem once the focus has left the date (its three boxes), not while it is being typed.
/// Question pages show it after Continue only: a message appearing as the person taps
/// Continue would move the button from under their finger.
#[derive(Clone, Copy)]
pub struct ShowOnLeave;

/// A date typed as day / month / year: one `<fieldset>` with the question as its `<legend>`, a
/// hint, and three numeric boxes. A whole date typed into the day box ("12.03.1975") is spread
/// over the three boxes when the person leaves it. Arabic-Indic and Persian digits are read as
/// digits (`dates::parse_day_month_year`).
#[component]
pub fn DateInput(
    /// Base of the ids: the fieldset is `{id}`, the boxes `{id}-day`, `{id}-month`, `{id}-year`.
    id: String,
    /// The question.
    legend: Signal<String>,
    /// Show the question as the page's heading (a page that asks one date).
    #[prop(optional)]
    heading: bool,
    at: DateSlot,
    /// An error for this date from the check (shown when the date itself is well formed).
    #[prop(into)]
    error: Signal<Option<String>>,
    /// Show the date's own problem (after Continue; see also [`ShowOnLeave`]).
    #[prop(into)]
    show: Signal<bool>,
    #[prop(optional)] autocomplete: Option<[&'static str; 3]>,
) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let value = Memo::new(move |_| state.answers.with(|a| at.get(a)));
    let touched = RwSignal::new(false);
    let on_leave = use_context::<ShowOnLeave>().is_some();
    let left = move |e: leptos::ev::FocusEvent| {
        use wasm_bindgen::JsCast;
        let inside = match (e.current_target(), e.related_target()) {
            (Some(group), Some(to)) => group
                .dyn_ref::<web_sys::Node>()
                .zip(to.dyn_ref::<web_sys::Node>())
                .is_some_and(|(g, t)| g.contains(Some(t))),
            _ => false,
        };
        if on_leave && !inside {
            touched.set(true);
        }
    };
    let problem = Memo::new(move |_| value.with(|d| d.check().and_then(Result::err)));
    let own = Memo::new(move |_| problem.get().filter(|_| touched.get() || show.get()));
    let message = Memo::new(move |_| match own.get() {
        Some(p) => Some(i18n.msg(&date_problem(p))),
        None => error.get().filter(|m| !m.is_empty()),
    });
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (h, e) = (hint_id.clone(), error_id.clone());
        move || {
            if message.with(Option::is_some) {
                format!("{h} {e}")
            } else {
                h.clone()
            }
        }
    };
    let base = id.clone();
    let part = move |i: usize, suffix: &'static str, label: &'static str, width: &'static str| {
        let input_id = format!("{base}-{suffix}");
        let auto = autocomplete.map_or("off", |a| a[i]);
        let at_fault = move || {
            let bad = match own.get() {
                Some(p) => boxes_at_fault(p)[i],
                None => message.with(Option::is_some),
            };
            bad.then_some("true")
        };
        let read = move || {
            value.with(|d| match i {
                0 => d.day.clone(),
                1 => d.month.clone(),
                _ => d.year.clone(),
            })
        };
        let write = move |text: String| {
            state.answers.update(|a| {
                let mut d = at.get(a);
                match i {
                    0 => d.day = text,
                    1 => d.month = text,
                    _ => d.year = text,
                }
                at.set(a, d);
            })
        };
        let spread = move || {
            state.answers.update(|a| {
                if let Some(d) = at.get(a).spread_day_box() {
                    at.set(a, d);
                }
            })
        };
        view! {
            <div class="date-item">
                <label class="date-label" for=input_id.clone()>{t(label)}</label>
                <input
                    class=format!("input {width}")
                    id=input_id.clone()
                    name=input_id
                    type="text"
                    inputmode="numeric"
                    autocomplete=auto
                    spellcheck="false"
                    aria-invalid=at_fault
                    prop:value=read
                    on:input:target=move |e| write(e.target().value())
                    on:change=move |_| {
                        if i == 0 {
                            spread();
                        }
                    }
                />
            </div>
        }
    };
    let day = part(0, "day", "date-day", "w-2");
    let month = part(1, "month", "date-month", "w-2");
    let year = part(2, "year", "date-year", "w-4");
    let legend_view = move || {
        if heading {
            view! { <h1 class="legend-heading">{move || legend.get()}</h1> }.into_any()
        } else {
            view! { <span>{move || legend.get()}</span> }.into_any()
        }
    };
    view! {
        <div class="field" class:field-error=move || message.with(Option::is_some)>
            <fieldset
                class="date-field"
                role="group"
                id=id.clone()
                aria-describedby=described
                on:focusout=left
            >
                <legend class="legend">{legend_view}</legend>
                <div class="hint" id=hint_id>{t("date-hint")}</div>
                {move || message.get().map(|m| view! {
                    <p class="error-message" id=error_id.clone()>
                        <span class="visually-hidden">{t("error-prefix")}" "</span>
                        {m}
                    </p>
                })}
                <div class="date-inputs">{day}{month}{year}</div>
            </fieldset>
        </div>
    }
}

/// One option of a radio group: its value, its label and an optional hint (message ids).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RadioOption {
    pub value: Reply<&'static str>,
    /// Message ids.
    pub label: String,
    pub hint: Option<String>,
}

/// A question answered by picking one option: a `<fieldset>` with the question as `<legend>`
/// (the page's `<h1>` on a one-question page), an optional hint, one native radio per option
/// (arrow keys move between them), nothing selected until the person chooses.
#[component]
pub fn Radios(
    id: String,
    legend: Signal<String>,
    #[prop(optional)] heading: bool,
    #[prop(into)] hint: Signal<Option<String>>,
    options: Vec<RadioOption>,
    value: Signal<Reply<&'static str>>,
    on_choose: Callback<Reply<&'static str>>,
    #[prop(into)] error: Signal<Option<String>>,
    /// Yes / No side by side.
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (h, e) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.with(Option::is_some) {
                ids.push(h.clone());
            }
            if error.with(Option::is_some) {
                ids.push(e.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let items = options
        .into_iter()
        .enumerate()
        .map(|(k, o)| {
            let input_id = format!("{id}-{k}");
            let option_hint_id = format!("{input_id}-hint");
            let v = o.value;
            let label = o.label.clone();
            let hint_msg = o.hint.clone();
            let described = hint_msg.is_some().then(|| option_hint_id.clone());
            view! {
                <div class="radio">
                    <input
                        class="radio-input"
                        type="radio"
                        id=input_id.clone()
                        name=id.clone()
                        aria-describedby=described
                        prop:checked=move || value.get() == v
                        on:change=move |_| on_choose.run(v)
                    />
                    <label class="radio-label" for=input_id>{move || i18n.id(&label)}</label>
                    {hint_msg.map(|h| view! {
                        <div class="radio-hint hint" id=option_hint_id>{move || i18n.id(&h)}</div>
                    })}
                </div>
            }
        })
        .collect_view();
    let legend_view = move || {
        if heading {
            view! { <h1 class="legend-heading">{move || legend.get()}</h1> }.into_any()
        } else {
            view! { <span>{move || legend.get()}</span> }.into_any()
        }
    };
    view! {
        <div class="field" class:field-error=move || error.with(Option::is_some)>
            <fieldset class="radio-group" id=id.clone() aria-describedby=described>
                <legend class="legend">{legend_view}</legend>
                {move || hint.get().map(|h| view! { <div class="hint" id=hint_id.clone()>{h}</div> })}
                {move || error.get().map(|m| view! {
                    <p class="error-message" id=error_id.clone()>
                        <span class="visually-hidden">{t("error-prefix")}" "</span>
                        {m}
                    </p>
                })}
                <div class="radios" class:radios-inline=inline>{items}</div>
            </fieldset>
        </div>
    }
}

/// A checkbox bound to a part of the answers.
#[component]
pub fn Checkbox(
    id: String,
    label: Signal<String>,
    #[prop(into)] checked: Signal<bool>,
    on_toggle: Callback<bool>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.is_some().then(|| hint_id.clone());
    view! {
        <div class="checkbox">
            <input
                class="checkbox-input"
                type="checkbox"
                id=id.clone()
                aria-describedby=described
                prop:checked=move || checked.get()
                on:change:target=move |e| on_toggle.run(e.target().checked())
            />
            <label class="checkbox-label" for=id>{move || label.get()}</label>
            {hint.map(|h| view! { <div class="hint checkbox-hint" id=hint_id>{move || h.get()}</div> })}
        </div>
    }
}

/// The list of stays abroad: the stays entered so far (each with Change and Remove), one stay
/// open for editing at a time, and "Add a stay abroad". A removed stay can be brought back
/// ("Undo"). `errors` are the page's problems by field (`stays[2].to` …).
#[component]
pub fn StaysEditor(
    /// Ask whether each stay was in Ukraine (collective protection).
    ukraine: bool,
    #[prop(into)] errors: Signal<Vec<(String, String)>>,
    #[prop(into)] show: Signal<bool>,
) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let open = RwSignal::new(None::<usize>);
    let removed = RwSignal::new(None::<(usize, StayDraft)>);
    let count = Memo::new(move |_| state.answers.with(|a| a.stays.len()));
    let error_for = move |field: String| {
        Signal::derive(move || {
            errors.with(|es| {
                let found: Vec<&str> = es
                    .iter()
                    .filter(|(f, _)| *f == field)
                    .map(|(_, m)| m.as_str())
                    .collect();
                (!found.is_empty()).then(|| found.join(" "))
            })
        })
    };
    let add = move |_| {
        let n = count.get_untracked();
        state.answers.update(|a| a.stays.push(StayDraft::default()));
        open.set(Some(n));
        removed.set(None);
        focus_after(format!("stay-{n}-from-day"));
    };
    let remove = move |i: usize| {
        state.answers.update(|a| {
            if i < a.stays.len() {
                let s = a.stays.remove(i);
                removed.set(Some((i, s)));
            }
        });
        open.set(None);
    };
    let undo = move |_| {
        if let Some((i, s)) = removed.get_untracked() {
            state.answers.update(|a| {
                let at = i.min(a.stays.len());
                a.stays.insert(at, s);
            });
            removed.set(None);
        }
    };
    let row = move |i: usize| {
        let is_open = move || {
            open.get() == Some(i)
                || errors.with(|es| {
                    es.iter()
                        .any(|(f, _)| f.starts_with(&format!("stays[{i}]")))
                })
        };
        // This stay alone, as a memo: typing anywhere else does not write this one's line again.
        let stay = Memo::new(move |_| state.answers.with(|a| a.stays.get(i).cloned()));
        let summary = Memo::new(move |_| {
            stay.with(|s| {
                let s = s.as_ref()?;
                let from = s.from.date();
                let to = if s.ongoing { None } else { s.to.date() };
                Some(match (from, to, s.ongoing) {
                    (Some(f), _, true) => i18n.msg(&msg!("stay-summary-ongoing", from = f)),
                    (Some(f), Some(t), false) => i18n.msg(&msg!("date-range", from = f, to = t)),
                    _ => i18n.msg(&msg!("stay-summary-unfinished")),
                })
            })
        });
        let n = i + 1;
        view! {
            <li class="stay" id=format!("stay-{i}")>
                <h3 class="stay-title">{move || i18n.msg(&msg!("stay-n", n = n))}</h3>
                {move || if is_open() {
                    view! {
                        <div class="stay-form">
                            <DateInput
                                id=format!("stay-{i}-from")
                                legend=Signal::derive(move || i18n.t("stay-from"))
                                at=DateSlot::StayFrom(i)
                                error=error_for(format!("stays[{i}].from"))
                                show=show
                            />
                            <Checkbox
                                id=format!("stay-{i}-ongoing")
                                label=Signal::derive(move || i18n.t("stay-ongoing"))
                                checked=Signal::derive(move || state.answers.with(|a| a.stays.get(i).is_some_and(|s| s.ongoing)))
                                on_toggle=Callback::new(move |on| state.answers.update(|a| if let Some(s) = a.stays.get_mut(i) { s.ongoing = on; }))
                            />
                            {move || (!state.answers.with(|a| a.stays.get(i).is_some_and(|s| s.ongoing))).then(|| view! {
                                <DateInput
                                    id=format!("stay-{i}-to")
                                    legend=Signal::derive(move || i18n.t("stay-to"))
                                    at=DateSlot::StayTo(i)
                                    error=error_for(format!("stays[{i}].to"))
                                    show=show
                                />
                            })}
                            <Checkbox
                                id=format!("stay-{i}-schengen")
                                label=Signal::derive(move || i18n.t("stay-schengen"))
                                hint=Signal::derive(move || i18n.t("stay-schengen-hint"))
                                checked=Signal::derive(move || state.answers.with(|a| a.stays.get(i).is_some_and(|s| s.schengen)))
                                on_toggle=Callback::new(move |on| state.answers.update(|a| if let Some(s) = a.stays.get_mut(i) { s.schengen = on; }))
                            />
                            {ukraine.then(|| view! {
                                <Checkbox
                                    id=format!("stay-{i}-ukraine")
                                    label=Signal::derive(move || i18n.t("stay-ukraine"))
                                    checked=Signal::derive(move || state.answers.with(|a| a.stays.get(i).is_some_and(|s| s.ukraine)))
                                    on_toggle=Callback::new(move |on| state.answers.update(|a| if let Some(s) = a.stays.get_mut(i) { s.ukraine = on; }))
                                />
                            })}
                            <div class="button-row">
                                <button type="button" class="button button-secondary" on:click=move |_| open.set(None)>
                                    {move || i18n.msg(&msg!("stay-done", n = n))}
                                </button>
                                <button type="button" class="button-link" on:click=move |_| remove(i)>
                                    {move || i18n.msg(&msg!("stay-remove", n = n))}
                                </button>
                            </div>
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <div class="stay-line">
                            <span class="stay-dates">{summary}</span>
                            <span class="stay-actions">
                                <button type="button" class="button-link" on:click=move |_| open.set(Some(i))>
                                    {t("change")}<span class="visually-hidden">" "{move || i18n.msg(&msg!("stay-n", n = n))}</span>
                                </button>
                                <button type="button" class="button-link" on:click=move |_| remove(i)>
                                    {move || i18n.msg(&msg!("stay-remove", n = n))}
                                </button>
                            </span>
                        </div>
                    }.into_any()
                }}
            </li>
        }
    };
    view! {
        <div class="stays">
            {move || (count.get() == 0).then(|| view! { <p class="stays-none">{t("stays-none-yet")}</p> })}
            <ol class="stay-list">
                <For each=move || 0..count.get() key=|i| *i children=row />
            </ol>
            {move || removed.get().map(|(i, _)| view! {
                <p class="status-message" role="status">
                    {move || i18n.msg(&msg!("stay-removed", n = i + 1))}" "
                    <button type="button" class="button-link" on:click=undo>{t("undo")}</button>
                </p>
            })}
            <button type="button" class="button button-secondary" on:click=add>{t("stay-add")}</button>
        </div>
    }
}

/// Moves focus to an element once it is on the page.
pub fn focus_after(id: String) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}
