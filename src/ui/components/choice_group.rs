//! `ChoiceGroup`: one answer out of a list, as a group of radio buttons.

use leptos::prelude::*;

use crate::ui::i18n::{t, use_i18n};
use crate::ui::state::Field;

/// One option of a [`ChoiceGroup`]: the value it stands for, its label, an optional hint.
pub struct Choice<T> {
    pub value: T,
    pub label: ViewFn,
    pub hint: Option<ViewFn>,
}

impl<T> Choice<T> {
    /// `Choice::new(Situation::AsylumSeeker, move || t!(i18n, tl.asylum_seeker))`
    pub fn new(value: T, label: impl Into<ViewFn>) -> Choice<T> {
        Choice {
            value,
            label: label.into(),
            hint: None,
        }
    }

    /// Adds a hint under the option's label.
    pub fn with_hint(mut self, hint: impl Into<ViewFn>) -> Choice<T> {
        self.hint = Some(hint.into());
        self
    }
}

/// A question answered by picking one option: a `<fieldset>` with the question as `<legend>`, an
/// optional hint, and one radio button per option (native radios: arrow keys move between them).
///
/// The answer is `Option<T>`: `None` until something is picked. With `unknown`, a last option
/// ("I don't know") stands for `None` and is selected while nothing else is, so "unknown" is an
/// answer the user can see and choose. The component knows nothing of what the options mean.
///
/// ```ignore
/// <ChoiceGroup
///     id="tl-situation"
///     legend=move || t!(i18n, tl.situation)
///     value=field!(state, travel_limits.situation)
///     options=vec![
///         Choice::new(Situation::TemporaryPermit, move || t!(i18n, tl.temporary_permit)),
///         Choice::new(Situation::AsylumSeeker, move || t!(i18n, tl.asylum_seeker)),
///     ]
///     unknown=move || t!(i18n, common.dont_know)   // optional
///     inline=false                                  // optional: options side by side
/// />
/// ```
#[component]
pub fn ChoiceGroup<T>(
    /// Base of the ids and the radios' `name`: options are `{id}-0`, `{id}-1` …, `{id}-unknown`.
    #[prop(into)]
    id: String,
    /// The question.
    #[prop(into)]
    legend: ViewFn,
    /// A hint under the question.
    #[prop(optional, into)]
    hint: Option<ViewFn>,
    /// The answer.
    value: Field<Option<T>>,
    /// The options, in order.
    options: Vec<Choice<T>>,
    /// The label of an extra last option meaning "no answer" (`None`).
    #[prop(optional, into)]
    unknown: Option<ViewFn>,
    /// An error about this answer from the engine.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// Options side by side when there is room (short labels such as Yes / No).
    #[prop(optional)]
    inline: bool,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    radio_group(RadioGroup {
        id,
        legend,
        hint,
        value,
        options,
        unknown,
        error,
        inline,
    })
}

/// Everything a radio group needs; shared by [`ChoiceGroup`] and `YesNoUnknown`.
pub(crate) struct RadioGroup<T: Send + Sync + 'static> {
    pub id: String,
    pub legend: ViewFn,
    pub hint: Option<ViewFn>,
    pub value: Field<Option<T>>,
    pub options: Vec<Choice<T>>,
    pub unknown: Option<ViewFn>,
    pub error: MaybeProp<String>,
    pub inline: bool,
}

pub(crate) fn radio_group<T>(group: RadioGroup<T>) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let RadioGroup {
        id,
        legend,
        hint,
        value,
        options,
        unknown,
        error,
        inline,
    } = group;
    let i18n = use_i18n();
    let has_error = move || error.with(|e| e.as_ref().is_some_and(|m| !m.is_empty()));
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let has_hint = hint.is_some();
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if has_error() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };

    let radio = {
        let id = id.clone();
        move |input_id: String,
              checked: Signal<bool>,
              pick: Callback<()>,
              label: ViewFn,
              option_hint: Option<ViewFn>| {
            let hint_id = format!("{input_id}-hint");
            let option_described = option_hint.as_ref().map(|_| hint_id.clone());
            view! {
                <div class="radio">
                    <input
                        class="radio-input"
                        type="radio"
                        id=input_id.clone()
                        name=id.clone()
                        aria-describedby=option_described
                        prop:checked=checked
                        on:change=move |_| pick.run(())
                    />
                    <label class="radio-label" for=input_id>{move || label.run()}</label>
                    {option_hint
                        .map(|h| view! { <div class="hint radio-hint" id=hint_id>{move || h.run()}</div> })}
                </div>
            }
        }
    };

    let mut items = options
        .into_iter()
        .enumerate()
        .map(|(i, option)| {
            let v = option.value;
            radio(
                format!("{id}-{i}"),
                Signal::derive(move || value.get() == Some(v)),
                Callback::new(move |()| value.set(Some(v))),
                option.label,
                option.hint,
            )
            .into_any()
        })
        .collect::<Vec<_>>();
    if let Some(label) = unknown {
        items.push(
            radio(
                format!("{id}-unknown"),
                Signal::derive(move || value.with(Option::is_none)),
                Callback::new(move |()| value.set(None)),
                label,
                None,
            )
            .into_any(),
        );
    }

    view! {
        <div class="field" class:field-error=has_error>
            <fieldset class="choice-group" id=id.clone() aria-describedby=described_by>
                <legend class="legend">{move || legend.run()}</legend>
                {hint.map(|h| view! { <div class="hint" id=hint_id>{move || h.run()}</div> })}
                {move || {
                    error
                        .get()
                        .filter(|m| !m.is_empty())
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
                <div class="radios" class:radios-inline=inline>{items}</div>
            </fieldset>
        </div>
    }
}
