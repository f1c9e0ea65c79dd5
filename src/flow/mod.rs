//! The guided flow, as plain Rust (tested natively): the person's answers
//! ([`answers::Answers`]), the questions of each check as data ([`steps`]), and running a
//! check on the answers ([`evaluate`]). The UI (`crate::ui`) renders these and decides nothing.

pub mod answers;
pub mod document;
pub mod evaluate;
pub mod steps;
pub mod validate;

pub use answers::{Answers, DateDraft, Reply, Situation, StayDraft, TripDraft};
pub use evaluate::{evaluate, Answer};
pub use steps::{Ask, Check, ChoiceField, DateField, Step, YesNo};
