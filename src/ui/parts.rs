//! The pages loaded when the person gets to them. With the Cargo feature `lazy` each function
//! here is a split point (Leptos `#[lazy]`, wasm-split in `cargo xtask build`): its code, and what
//! only it uses, is a separate `.wasm` file fetched the first time the page opens (then kept by
//! the service worker). The first load is then the start and the questions only. Without `lazy`
//! they are plain functions of the one module.
//!
//! What stays in the first module: the shell, the start pages (choice questions only), the flow's
//! answers and the catalogs. Everything that runs the engine (a question's own checks, which
//! questions apply, the answer) is in a part.

use leptos::prelude::*;

use crate::flow::Check;

/// Declares a page loaded when needed: `async` either way, so that callers need not know.
macro_rules! part {
    ($(#[$doc:meta])* $name:ident($($arg:ident: $ty:ty),*) => $body:expr) => {
        $(#[$doc])*
        #[cfg(feature = "lazy")]
        #[leptos::lazy]
        pub fn $name($($arg: $ty),*) -> AnyView {
            $body
        }

        $(#[$doc])*
        #[cfg(not(feature = "lazy"))]
        pub async fn $name($($arg: $ty),*) -> AnyView {
            $body
        }
    };
}

part!(
    /// One question of a check (and the question views, the engine's input checks, which
    /// questions apply).
    step(check: Check, index: usize) => view! { <super::step::StepPage check=check index=index /> }.into_any()
);

part!(
    /// "Check your answers".
    check_answers(check: Check) => view! { <super::answers_page::CheckAnswersPage check=check /> }.into_any()
);

part!(
    /// A check's answer, with what to do next (the guides' pages among them).
    result(check: Check) => view! { <super::result::ResultPage check=check /> }.into_any()
);

part!(
    /// Every question of a check on one page, with its answer (caseworker mode).
    all_on_one(check: Check) => view! { <super::caseworker::AllOnOnePage check=check /> }.into_any()
);

part!(
    /// Staying safe on this phone.
    safety() => view! { <super::safety::SafetyPage /> }.into_any()
);
