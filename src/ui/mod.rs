//! The Leptos app. It only renders and collects answers: every rule is computed by
//! [`crate::api::evaluate`].

pub fn mount() {}
