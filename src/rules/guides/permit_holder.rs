//! Guide: asylum while holding a residence permit (seed 000). [`asylum_while_holding_permit`]
//! takes [`PermitHolderAnswers`] and gives the [`PermitHolderResult`] and the
//! [`PermitHolderNote`]s to show.

use serde::{Deserialize, Serialize};

use crate::msg;
use crate::text::Msg;

/// The residence permit the person already holds in Norway.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HeldPermit {
    /// A permanent residence permit.
    Permanent,
    /// A temporary permit that can lead to a permanent one ("a temporary residence permit that
    /// forms the basis for a permanent residence permit").
    TemporaryLeadingToPermanent,
    /// A temporary permit that cannot lead to a permanent one.
    TemporaryNotLeadingToPermanent,
    /// No residence permit.
    NoPermit,
}

/// The answers of the guide "asylum while holding a permit". `None` = don't know.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PermitHolderAnswers {
    pub permit: Option<HeldPermit>,
    /// The permit has expired or is about to expire.
    pub expiring: Option<bool>,
}

/// The guide "asylum while holding a permit" (seed 000).
///
/// - Permanent permit, or temporary permit that can lead to one → protection cannot be granted,
///   but the person keeps living in Norway; no interview if UDI has what it needs; decision by
///   letter; no lawyer if rejected on this ground; what happens if the permit becomes invalid.
/// - Temporary permit that cannot lead to a permanent one, or no permit → assessed normally (the
///   bar of seed 000 names only the first two kinds).
/// - Don't know → unknown, with the notes of both cases that may apply and where to find out.
///
/// "Renew your permit" is shown when the person has (or may have) a permit and has not said that
/// it is far from expiring: an unknown answer shows the reminder (protective choice). What
/// happens if the permit becomes invalid and how to withdraw (whose wording speaks of "your other
/// permit") are shown whenever the person has or may have a permit; the help lines always, as on
/// the page. Without a permit, seed 000 does not apply: see [`withdrawal`](fn@super::withdrawal)
/// for withdrawing.
pub fn asylum_while_holding_permit(answers: &PermitHolderAnswers) -> PermitHolderGuide {
    use PermitHolderNote as N;
    let renew = answers.expiring != Some(false);
    let (result, mut notes) = match answers.permit {
        Some(HeldPermit::Permanent | HeldPermit::TemporaryLeadingToPermanent) => (
            PermitHolderResult::NoProtectionButYouKeepLivingHere,
            vec![
                N::NoInterviewIfUdiHasWhatItNeeds,
                N::DecisionLetterNameOnMailbox,
                N::NoLawyerIfRejectedOnThisGround,
            ],
        ),
        Some(HeldPermit::TemporaryNotLeadingToPermanent) => (
            PermitHolderResult::AssessedNormally,
            vec![
                N::PermitLetsYouStayWhileValid,
                N::DecisionLetterNameOnMailbox,
            ],
        ),
        Some(HeldPermit::NoPermit) => (PermitHolderResult::AssessedNormally, Vec::new()),
        None => (
            PermitHolderResult::Unknown,
            vec![
                N::DecisionLetterTellsPermitKind,
                N::NoInterviewIfUdiHasWhatItNeeds,
                N::DecisionLetterNameOnMailbox,
                N::NoLawyerIfRejectedOnThisGround,
            ],
        ),
    };
    let holds_permit = answers.permit != Some(HeldPermit::NoPermit);
    if holds_permit && renew {
        notes.push(N::RenewPermitNow);
    }
    if holds_permit {
        notes.push(N::IfPermitBecomesInvalid);
        notes.push(N::HowToWithdraw);
    }
    notes.push(N::HelpForViolenceOrCoercion);
    PermitHolderGuide { result, notes }
}

/// The answer of the guide "asylum while holding a permit".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PermitHolderGuide {
    pub result: PermitHolderResult,
    pub notes: Vec<PermitHolderNote>,
}

/// What happens to the application for protection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PermitHolderResult {
    /// Seed 000: "If you have a permanent residence permit, or a temporary residence permit that
    /// forms the basis for a permanent residence permit, you cannot be granted protection (asylum)
    /// in Norway. Since you have a residence permit, you can continue to live in Norway even if
    /// your application for protection is rejected."
    NoProtectionButYouKeepLivingHere,
    /// The bar above does not apply (a temporary permit that cannot lead to a permanent one, or
    /// no permit): UDI assesses the application for protection in the ordinary way.
    AssessedNormally,
    /// The kind of permit is not known.
    Unknown,
}

impl PermitHolderResult {
    pub fn msg(self) -> Msg {
        match self {
            PermitHolderResult::NoProtectionButYouKeepLivingHere => {
                msg!("guide-text-permanent-residence-permit")
            }
            PermitHolderResult::AssessedNormally => msg!("guide-text-permit-does-stop"),
            PermitHolderResult::Unknown => msg!("guide-text-depends-permit-permanent"),
        }
    }
}

/// A note of the guide "asylum while holding a permit" (seed 000).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PermitHolderNote {
    /// Seed 004: "The decision letter from UDI will tell you whether the time you have this
    /// residence permit may be included if you later apply for a permanent residence permit."
    DecisionLetterTellsPermitKind,
    /// "While your permit is valid you can stay": seed 000, "Since you have a residence permit,
    /// you can continue to live in Norway even if your application for protection is rejected."
    PermitLetsYouStayWhileValid,
    /// "If we have the information we need to process your application, you will not be
    /// interviewed by UDI."
    NoInterviewIfUdiHasWhatItNeeds,
    /// "You will receive the decision letter in your mailbox, so it is important that you mark
    /// your mailbox with your name."
    DecisionLetterNameOnMailbox,
    /// "If your application for protection is rejected because you have another basis for
    /// residence in Norway, you will not be assigned a lawyer."
    NoLawyerIfRejectedOnThisGround,
    /// "If your residence permit has expired or is about to expire, it is important that you
    /// apply for renewal of the permit as soon as possible."
    RenewPermitNow,
    /// "If your permit becomes invalid, UDI will assess your need for protection based on the
    /// situation in your home country … if UDI revokes your permit, or you are deported … a
    /// change in your personal circumstances … you must document the change."
    IfPermitBecomesInvalid,
    /// "If you wish to withdraw your application, you must write a letter to UDI …" (see
    /// [`withdrawal`](fn@super::withdrawal) and [`withdrawal_letter`](super::withdrawal_letter)).
    HowToWithdraw,
    /// "Are you experiencing violence or coercion in Norway from someone close to you?"
    /// (see [`HELP_LINES`](super::HELP_LINES)).
    HelpForViolenceOrCoercion,
}

impl PermitHolderNote {
    pub fn msg(self) -> Msg {
        match self {
            PermitHolderNote::DecisionLetterTellsPermitKind => msg!("guide-text-udi-s-decision"),
            PermitHolderNote::PermitLetsYouStayWhileValid => {
                msg!("guide-text-while-residence-permit")
            }
            PermitHolderNote::NoInterviewIfUdiHasWhatItNeeds => {
                msg!("guide-text-udi-already-information")
            }
            PermitHolderNote::DecisionLetterNameOnMailbox => msg!("guide-text-decision-comes-by"),
            PermitHolderNote::NoLawyerIfRejectedOnThisGround => {
                msg!("guide-text-application-protection-rejected")
            }
            PermitHolderNote::RenewPermitNow => msg!("guide-text-residence-permit-expired"),
            PermitHolderNote::IfPermitBecomesInvalid => msg!("guide-text-permit-becomes-invalid"),
            PermitHolderNote::HowToWithdraw => msg!("guide-text-withdraw-application-send"),
            PermitHolderNote::HelpForViolenceOrCoercion => {
                msg!("guide-text-experiencing-violence-coercion")
            }
        }
    }
}
