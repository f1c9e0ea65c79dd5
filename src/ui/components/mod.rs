//! The shared form and result components. They know no rule: they show and edit drafts
//! ([`crate::ui::state`]) and render the engine's [`Response`](crate::api::Response).
//!
//! | component | edits / shows | one-line use |
//! |---|---|---|
//! | [`DateField`] | `Field<DateDraft>` | `<DateField id="x" legend=move \|\| t!(i18n, tr.dob) value=field!(state, temporary_regulation.date_of_birth) />` |
//! | [`YesNoUnknown`] | `Field<Option<bool>>` | `<YesNoUnknown id="x" legend=… value=field!(state, work_permit.valid_passport) />` |
//! | [`ChoiceGroup`] | `Field<Option<T>>` | `<ChoiceGroup id="x" legend=… value=… options=vec![Choice::new(v, move \|\| t!(…))] />` |
//! | [`TripEditor`] | `Field<Vec<StayDraft>>` | `<TripEditor id="x" stays=field!(state, stays) errors=engine_errors(response) schengen=true />` |
//! | [`Timeline`] | figures (years, stays, resets, windows) | `<Timeline id="x" caption=… years=… stays=… resets=… windows=… />` (props: see `timeline.rs`) |
//! | [`ResultView`] | `Response` | `<ResultView id="x" response headline=Callback::new(move \|o\| …) />` |
//!
//! Every form component takes an optional `error` (a message from the engine about that field,
//! see [`field_error`]) and an `id` that must be unique on the page (all tabs are mounted at
//! once: prefix ids with the tab, e.g. `tl-permit-start`).

mod choice_group;
mod date_field;
mod result_view;
mod timeline;
mod trip_editor;
mod yes_no_unknown;

pub use choice_group::{Choice, ChoiceGroup};
pub use date_field::DateField;
pub use result_view::{shared_field_label, ResultView};
pub use timeline::{Timeline, TimelineMark, TimelineStay, TimelineWindow, TimelineYear};
pub use trip_editor::TripEditor;
pub use yes_no_unknown::YesNoUnknown;

use leptos::prelude::*;

use crate::api::Response;
use crate::api::FieldError;

/// The engine's message(s) about one input field (`"dateOfBirth"`, `"abuseExemption.victimOfAbuse"`),
/// for a component's `error` prop.
pub fn field_error(response: Memo<Response>, field: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || {
        response.with(|r| {
            let found: Vec<&str> = r
                .errors
                .iter()
                .filter(|e| e.field == field)
                .map(|e| e.message.as_str())
                .collect();
            (!found.is_empty()).then(|| found.join(" "))
        })
    })
}

/// All of the engine's errors, for [`TripEditor`]'s `errors` prop.
pub fn engine_errors(response: Memo<Response>) -> Signal<Vec<FieldError>> {
    Signal::derive(move || response.with(|r| r.errors.clone()))
}
