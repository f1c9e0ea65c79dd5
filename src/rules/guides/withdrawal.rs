//! Guide: withdrawing an application for protection (seeds 000, 002). [`withdrawal`] takes
//! [`WithdrawalAnswers`] and gives what happens after ([`AfterWithdrawal`], with the
//! [`StayGround`]s that hold), how to withdraw ([`WithdrawalRoute`]) and the notes to show. The
//! letter to UDI is `letter`.

use serde::{Deserialize, Serialize};

use crate::msg;
use crate::rules::law::{SCHENGEN, UDI_POSTAL_ADDRESS, WITHDRAWAL_POLICE_EMAIL};
use crate::text::Msg;

/// The answers of the withdrawal guide. `None` = don't know.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WithdrawalAnswers {
    /// "you have a different type of residence permit to stay in Norway"
    pub has_other_permit: Option<bool>,
    /// "you are waiting for the decision on a different application for residency in Norway"
    pub has_other_pending_application: Option<bool>,
    /// "you have stayed in the Schengen area for less than 90 days" (see
    /// [`under_schengen_limit`]).
    pub under_90_days_in_schengen: Option<bool>,
    /// The application is one for individual protection after fleeing Ukraine (seed 002), which
    /// is withdrawn with the police's form instead of a letter to UDI.
    pub fled_ukraine_assessed_individually: Option<bool>,
}

/// The withdrawal guide (seeds 000, 002).
///
/// After: "If you withdraw your application, you will have to leave Norway unless: you have a
/// different type of residence permit …; you are waiting for the decision on a different
/// application for residency in Norway; you have stayed in the Schengen area for less than 90
/// days" (seed 002). Any exception that holds → need not leave; all three answered no → must
/// leave; otherwise unknown.
///
/// How: the police's form by email for people from Ukraine assessed individually (seed 002);
/// otherwise a signed letter to UDI's postal address with the DUF number (seed 000). RULES.md
/// names only the letter; seed 002 gives the other route for its group, so the engine follows
/// the page for that group and shows both routes when the group is unknown.
pub fn withdrawal(answers: &WithdrawalAnswers) -> WithdrawalGuide {
    let exceptions = [
        (answers.has_other_permit, StayGround::OtherPermit),
        (
            answers.has_other_pending_application,
            StayGround::OtherPendingApplication,
        ),
        (
            answers.under_90_days_in_schengen,
            StayGround::UnderNinetyDaysInSchengen,
        ),
    ];
    let grounds: Vec<StayGround> = exceptions
        .iter()
        .filter(|(answer, _)| *answer == Some(true))
        .map(|(_, ground)| *ground)
        .collect();
    let after = if !grounds.is_empty() {
        AfterWithdrawal::NeedNotLeave
    } else if exceptions.iter().all(|(answer, _)| *answer == Some(false)) {
        AfterWithdrawal::MustLeaveNorway
    } else {
        AfterWithdrawal::Unknown
    };
    let routes = match answers.fled_ukraine_assessed_individually {
        Some(true) => vec![WithdrawalRoute::PoliceFormByEmail],
        Some(false) => vec![WithdrawalRoute::LetterToUdi],
        None => vec![
            WithdrawalRoute::LetterToUdi,
            WithdrawalRoute::PoliceFormByEmail,
        ],
    };
    let mut notes = vec![WithdrawalNote::AnyTimeBeforeDecision];
    if answers.has_other_permit != Some(false) {
        notes.push(WithdrawalNote::ApplyAgainIfOtherPermitEnds);
    }
    WithdrawalGuide {
        after,
        grounds,
        routes,
        notes,
    }
}

/// Seed 002's "less than 90 days" in the Schengen area ([`SCHENGEN`]): 89 days is
/// under, 90 is not.
pub fn under_schengen_limit(days_in_schengen: i64) -> bool {
    days_in_schengen < SCHENGEN.now().0
}

/// The answer of the withdrawal guide.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WithdrawalGuide {
    pub after: AfterWithdrawal,
    /// The exceptions to the duty to leave that hold (empty unless `after` is `NeedNotLeave`).
    pub grounds: Vec<StayGround>,
    /// How to withdraw: one route, or both when it is not known which applies.
    pub routes: Vec<WithdrawalRoute>,
    pub notes: Vec<WithdrawalNote>,
}

/// What happens after the withdrawal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AfterWithdrawal {
    /// At least one of the exceptions holds (see [`WithdrawalGuide::grounds`]).
    NeedNotLeave,
    /// "If you withdraw your application, you will have to leave Norway" — none of the
    /// exceptions holds.
    MustLeaveNorway,
    /// No exception is known to hold, and some are unknown.
    Unknown,
}

impl AfterWithdrawal {
    pub fn msg(self) -> Msg {
        match self {
            AfterWithdrawal::NeedNotLeave => msg!("guide-text-do-leave-norway"),
            AfterWithdrawal::MustLeaveNorway => msg!("guide-text-withdraw-application-will"),
            AfterWithdrawal::Unknown => msg!("guide-text-withdraw-application-will-2"),
        }
    }
}

/// An exception to the duty to leave after withdrawing (seed 002).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StayGround {
    /// "you have a different type of residence permit to stay in Norway"
    OtherPermit,
    /// "you are waiting for the decision on a different application for residency in Norway"
    OtherPendingApplication,
    /// "you have stayed in the Schengen area for less than 90 days"
    UnderNinetyDaysInSchengen,
}

impl StayGround {
    pub fn msg(self) -> Msg {
        match self {
            StayGround::OtherPermit => msg!("guide-text-another-residence-permit"),
            StayGround::OtherPendingApplication => msg!("guide-text-waiting-decision-another"),
            StayGround::UnderNinetyDaysInSchengen => msg!("guide-text-been-schengen-area"),
        }
    }
}

/// How to withdraw.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WithdrawalRoute {
    /// Seed 000: "you must write a letter to UDI in which you clearly state that you are
    /// withdrawing your asylum application. The letter must include your DUF number and your
    /// signature … Send the letter to UDI by post"
    /// ([`withdrawal_letter`](super::withdrawal_letter)).
    LetterToUdi,
    /// Seed 002: "Fill out this form - Sign the form - Scan or take a photo of the form … - Attach
    /// the form to an email and send it to pu@politiet.no. The police will later contact you."
    PoliceFormByEmail,
}

impl WithdrawalRoute {
    pub fn msg(self) -> Msg {
        match self {
            WithdrawalRoute::LetterToUdi => {
                let address = UDI_POSTAL_ADDRESS.join(", ");
                msg!("guide-text-write-letter-udi", address = address)
            }
            WithdrawalRoute::PoliceFormByEmail => {
                let email = WITHDRAWAL_POLICE_EMAIL;
                msg!("guide-text-fled-ukraine-application", email = email)
            }
        }
    }
}

/// A note of the withdrawal guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WithdrawalNote {
    /// Seed 002: "you may withdraw your application at any time in the process up until UDI has
    /// reached a decision regarding your case."
    AnyTimeBeforeDecision,
    /// Seed 000: "When we receive your letter, we will remove your application from
    /// consideration. You can apply for protection again later if your other residence permit
    /// loses its validity."
    ApplyAgainIfOtherPermitEnds,
}

impl WithdrawalNote {
    pub fn msg(self) -> Msg {
        match self {
            WithdrawalNote::AnyTimeBeforeDecision => msg!("guide-text-can-withdraw-application"),
            WithdrawalNote::ApplyAgainIfOtherPermitEnds => msg!("guide-text-once-udi-withdrawal"),
        }
    }
}
