//! Guides without a computation (RULES.md §5): the decisions behind the guide pages, as pure
//! functions, so that the UI only asks the questions and renders the answer.
//!
//! Each guide takes a small struct of answers (`Option` = "I don't know") and returns a typed
//! result: a main answer (an enum) and the list of notes that apply, in the order to show them.
//! Every enum has a `msg()` giving its wording (a message of `locales/*/guides.ftl`), written
//! beside the seed sentence it comes from. One file per guide, everything re-exported here:
//!
//! - `permit_holder`: [`asylum_while_holding_permit`], applying for protection while holding a
//!   residence permit (seed 000).
//! - `residence_card`: [`residence_card()`] and [`earliest_card_date`], how the residence card is
//!   obtained, and the earliest day it can come (seed 004), counted in working days by
//!   [`add_working_days`]: Monday to Friday, leaving out the Norwegian public holidays
//!   ([`is_public_holiday`], with Easter from [`easter_sunday`]; the list and its legal source
//!   are in `law.rs`). That calendar is date code: it lives in `rules::dates` and is re-exported
//!   here.
//! - `withdrawal`: [`withdrawal()`], withdrawing an application for protection (seeds 000, 002).
//! - `letter`: [`withdrawal_letter`], the letter to UDI, and the DUF number it must carry
//!   ([`normalise_duf_number`]) (seed 000).
//! - `help`: [`HELP_LINES`], the help lines for violence or coercion (seed 000).

mod help;
mod letter;
mod permit_holder;
mod residence_card;
mod withdrawal;

pub use self::help::{HelpLine, HelpPurpose, HELP_LINES};
pub use self::letter::{normalise_duf_number, withdrawal_letter, Letter, RenderedLetter};
pub use self::permit_holder::{
    asylum_while_holding_permit, HeldPermit, PermitHolderAnswers, PermitHolderGuide,
    PermitHolderNote, PermitHolderResult,
};
pub use self::residence_card::{
    earliest_card_date, residence_card, AppliedWhen, CardApplicationKind, ResidenceCardAnswers,
    ResidenceCardGuide, ResidenceCardNote, ResidenceCardResult,
};
pub use self::withdrawal::{
    under_schengen_limit, withdrawal, AfterWithdrawal, StayGround, WithdrawalAnswers,
    WithdrawalGuide, WithdrawalNote, WithdrawalRoute,
};
/// The working-day calendar the residence-card guide counts in (`rules::dates`).
pub use super::dates::{add_working_days, easter_sunday, is_public_holiday, is_working_day};
