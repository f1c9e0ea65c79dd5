//! `YesNoUnknown`: a yes / no / "I don't know" question.

use leptos::prelude::*;

use super::choice_group::{radio_group, Choice, RadioGroup};
use crate::ui::i18n::{t, use_i18n};
use crate::ui::state::Field;

/// A yes/no question where "I don't know" is a real answer: three radio buttons, Yes, No and
/// I don't know, side by side when there is room. The answer is `Option<bool>` and `None` (I don't
/// know) is selected until the user picks something: the engine then answers "unknown" for the
/// criteria that depend on it.
///
/// ```ignore
/// <YesNoUnknown
///     id="wp-valid-passport"
///     legend=move || t!(i18n, wp.valid_passport)
///     hint=move || t!(i18n, wp.valid_passport_hint)      // optional
///     value=field!(state, work_permit.valid_passport)
///     error=engine_error(response, "validPassport")       // optional
/// />
/// ```
#[component]
pub fn YesNoUnknown(
    /// Base of the ids and the radios' `name` (`{id}-0` yes, `{id}-1` no, `{id}-unknown`).
    #[prop(into)]
    id: String,
    /// The question.
    #[prop(into)]
    legend: ViewFn,
    /// A hint under the question.
    #[prop(optional, into)]
    hint: Option<ViewFn>,
    /// The answer: `Some(true)` yes, `Some(false)` no, `None` I don't know.
    value: Field<Option<bool>>,
    /// An error about this answer from the engine.
    #[prop(optional, into)]
    error: MaybeProp<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    radio_group(RadioGroup {
        id,
        legend,
        hint,
        value,
        options: vec![
            Choice::new(true, move || t!(i18n, common.yes)),
            Choice::new(false, move || t!(i18n, common.no)),
        ],
        unknown: Some(ViewFn::from(move || t!(i18n, common.dont_know))),
        error,
        inline: true,
    })
}
