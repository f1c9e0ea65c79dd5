//! Permit Check: Norway's immigration rules, checked on the user's own device.
//!
//! - [`rules`]: the rule engine (pure Rust, tested natively), one module per checker.
//! - [`text`]: words as data, the Fluent message catalogs of `locales/` and their rendering.
//! - [`flow`]: the guided flow as data: the person's answers, each check's questions, and running
//!   a check on them (the UI renders it).
//! - [`api`]: the JSON-in/JSON-out [`evaluate`] function of `../shared/spec/API.md`.
//! - `ui` and `web` (wasm32 only): the Leptos app and the JavaScript exports.
//!
//! Features: `api` (default) builds [`api`] and its JavaScript `evaluate`; `app` builds the UI
//! (`lazy` splits it into parts loaded when needed). ARCHITECTURE.md, "Two builds".

#[cfg(feature = "api")]
pub mod api;
pub mod flow;
pub mod rules;
pub mod text;

#[cfg(feature = "api")]
pub use api::{evaluate, evaluate_json, evaluate_value, Request, Response};

#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
