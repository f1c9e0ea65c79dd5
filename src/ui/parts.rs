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

use crate::flow::document::{Document, ReadError};
use crate::flow::{Answers, Check};

/// Declares a part: `async` either way, so that callers need not know whether it is split off.
/// `name(args) => body` is a page (an `AnyView`); `name(args) -> Type => body` anything else.
macro_rules! part {
    ($(#[$doc:meta])* $name:ident($($arg:ident: $ty:ty),*) => $body:expr) => {
        part!($(#[$doc])* $name($($arg: $ty),*) -> AnyView => $body);
    };
    ($(#[$doc:meta])* $name:ident($($arg:ident: $ty:ty),*) -> $out:ty => $body:expr) => {
        $(#[$doc])*
        #[cfg(feature = "lazy")]
        #[leptos::lazy]
        pub fn $name($($arg: $ty),*) -> $out {
            $body
        }

        $(#[$doc])*
        #[cfg(not(feature = "lazy"))]
        pub async fn $name($($arg: $ty),*) -> $out {
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

part!(
    /// Your answers on this phone: remember, erase, save, open, print.
    data() => view! { <super::data::DataPage /> }.into_any()
);

part!(
    /// The summary of every check answered, to print.
    print() => view! { <super::data::PrintPage /> }.into_any()
);

part!(
    /// The kept document's text (JSON: only for someone who keeps their answers).
    kept_json(answers: Answers, language: String, erase_on_exit: bool) -> String =>
        super::data::kept_json(answers, language, erase_on_exit)
);

part!(
    /// A file of the answers.
    file_json(answers: Answers) -> String => super::data::file_json(answers)
);

part!(
    /// A kept document or a file, read (and brought up to date).
    read_document(text: String) -> Result<Document, ReadError> => super::data::read_document(text)
);
