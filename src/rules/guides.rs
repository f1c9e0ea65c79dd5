//! Guides without a computation (RULES.md §5): the decisions behind the guide pages, as pure
//! functions, so that the UI only asks the questions and renders the answer.
//!
//! Each guide takes a small struct of answers (`Option` = "I don't know") and returns a typed
//! result: a main answer (an enum) and the list of notes that apply, in the order to show them.
//! Every enum has a `msg()` giving its wording (a message of `locales/*/guides.ftl`), written
//! beside the seed sentence it comes from.
//!
//! - [`asylum_while_holding_permit`]: applying for protection while holding a residence permit
//!   (seed 000).
//! - [`residence_card`] and [`earliest_card_date`]: how the residence card is obtained, and the
//!   earliest day it can come (seed 004), counted in working days by [`add_working_days`]:
//!   Monday to Friday, leaving out the Norwegian public holidays ([`is_public_holiday`], with
//!   Easter from [`easter_sunday`]; the list and its legal source are in `law.rs`). That calendar
//!   is date code: it lives in `rules::dates` and is re-exported here.
//! - [`withdrawal`] and [`withdrawal_letter`]: withdrawing an application for protection, and
//!   the letter to UDI (seeds 000, 002).
//! - [`HELP_LINES`]: the help lines for violence or coercion (seed 000).

use serde::{Deserialize, Serialize};

use super::dates::Date;
use super::law::{
    DUF_DIGITS, RC_NEW_ROUTINE_FROM, RC_WORKING_DAYS, SCHENGEN, UDI_POSTAL_ADDRESS,
    WITHDRAWAL_POLICE_EMAIL,
};
use super::InputError;
use crate::msg;
use crate::text::{Arg, Catalog, Msg};

/// The working-day calendar the residence-card guide counts in (`rules::dates`).
pub use super::dates::{add_working_days, easter_sunday, is_public_holiday, is_working_day};

// =============================================================================================
// Asylum while holding a residence permit (seed 000)
// =============================================================================================

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
    /// [`withdrawal`] and [`withdrawal_letter`]).
    HowToWithdraw,
    /// "Are you experiencing violence or coercion in Norway from someone close to you?"
    /// (see [`HELP_LINES`]).
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

/// The answer of the guide "asylum while holding a permit".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PermitHolderGuide {
    pub result: PermitHolderResult,
    pub notes: Vec<PermitHolderNote>,
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
/// the page. Without a permit, seed 000 does not apply: see [`withdrawal`] for withdrawing.
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

// =============================================================================================
// Residence card (seed 004)
// =============================================================================================

/// When the application for the permit was made, relative to the new card routine
/// ([`RC_NEW_ROUTINE_FROM`], 16 April 2021).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AppliedWhen {
    /// "How to get a residence card if you applied before 16 April 2021".
    BeforeNewRoutine,
    /// "How to get a residence card if you applied on 16 April 2021 or later".
    OnOrAfterNewRoutine,
}

impl AppliedWhen {
    /// Which routine an application date falls under (16 April 2021 itself is the new one).
    pub fn from_application_date(applied_on: Date) -> AppliedWhen {
        if applied_on < RC_NEW_ROUTINE_FROM.now() {
            AppliedWhen::BeforeNewRoutine
        } else {
            AppliedWhen::OnOrAfterNewRoutine
        }
    }
}

/// What the permit was applied for (the three cases of seed 004's new routine, and others).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CardApplicationKind {
    /// "I have applied for protection (asylum) for the first time and have been granted a
    /// residence permit."
    FirstAsylumInNorway,
    /// "I have applied for a residence permit from abroad."
    FromAbroad,
    /// "I have applied for a renewal of my residence permit."
    Renewal,
    /// Anything else (seed 004 does not say).
    Other,
}

/// The answers of the residence-card guide. `None` = don't know.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ResidenceCardAnswers {
    pub applied: Option<AppliedWhen>,
    pub kind: Option<CardApplicationKind>,
    /// For a renewal: "you have a Norwegian alien's passport or travel document for refugees that
    /// has expired and that you have not already given to the police".
    pub expired_travel_document_not_handed_in: Option<bool>,
    pub under_18: Option<bool>,
}

/// How the card is obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ResidenceCardResult {
    /// "the police contact you and give an appointment. You must meet with the police, but you do
    /// not have to book an appointment yourself."
    PoliceWillContactYou,
    /// "You have to book an appointment in advance" / "You must book an appointment".
    BookAppointment,
    /// "You should not book an appointment … The police will send the residence card to you in
    /// the mail."
    CardComesByPost,
    /// The answers do not decide it.
    Unknown,
}

impl ResidenceCardResult {
    pub fn msg(self) -> Msg {
        match self {
            ResidenceCardResult::PoliceWillContactYou => msg!("guide-text-police-will-contact"),
            ResidenceCardResult::BookAppointment => msg!("guide-text-must-book-appointment"),
            ResidenceCardResult::CardComesByPost => msg!("guide-text-do-book-appointment"),
            ResidenceCardResult::Unknown => msg!("guide-text-from-answers-we"),
        }
    }
}

/// A note of the residence-card guide (seed 004).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ResidenceCardNote {
    /// Before the new routine: "You can call your local police district to book an appointment.
    /// You cannot call UDI to book an appointment."
    BookByPhoneWithPolice,
    /// New routine: "If you used the Application Portal … log in here to book the appointment";
    /// otherwise "call your local police district … You cannot call UDI".
    BookInPortalOrByPhone,
    /// "If you are under the age of 18, your parents/guardian must accompany you to the police."
    WithParentOrGuardian,
    /// "It will take at least 20 working days from your appointment with the police until you
    /// receive the card in the post." ([`RC_WORKING_DAYS`], [`earliest_card_date`])
    AtLeastTwentyWorkingDays,
    /// "If the card is lost in the mail, it will take another ten working days until you can get
    /// a new one." ([`RC_WORKING_DAYS`])
    TenMoreDaysIfLost,
    /// "Please check that you are registered with the correct postal address and that your name
    /// is on your letter box. If not, the card will not reach you."
    NameOnMailbox,
    /// "If you are a new mail recipient in Norway, fill in this form … and hand it in at a post
    /// office or in-store post office. Remember to bring identification."
    NewMailRecipientForm,
    /// "You should not book trips abroad until you have received the new residence card" /
    /// "make sure there is plenty of time between your appointment … and your planned departure".
    DoNotTravelBeforeCard,
}

impl ResidenceCardNote {
    pub fn msg(self) -> Msg {
        match self {
            ResidenceCardNote::BookByPhoneWithPolice => msg!("guide-text-call-local-police"),
            ResidenceCardNote::BookInPortalOrByPhone => {
                msg!("guide-text-applied-application-portal")
            }
            ResidenceCardNote::WithParentOrGuardian => msg!("guide-text-under-parent-guardian"),
            ResidenceCardNote::AtLeastTwentyWorkingDays => {
                let n = RC_WORKING_DAYS.now().0;
                msg!("guide-text-card-comes-by", n = n)
            }
            ResidenceCardNote::TenMoreDaysIfLost => {
                let n = RC_WORKING_DAYS.now().1;
                msg!("guide-text-card-lost-post", n = n)
            }
            ResidenceCardNote::NameOnMailbox => msg!("guide-text-check-registered-right"),
            ResidenceCardNote::NewMailRecipientForm => msg!("guide-text-new-mail-recipient"),
            ResidenceCardNote::DoNotTravelBeforeCard => msg!("guide-text-do-book-trips"),
        }
    }
}

/// The answer of the residence-card guide.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResidenceCardGuide {
    pub result: ResidenceCardResult,
    pub notes: Vec<ResidenceCardNote>,
}

/// How the card is obtained under one routine (seed 004).
fn card_route(
    applied: AppliedWhen,
    kind: Option<CardApplicationKind>,
    not_handed_in: Option<bool>,
) -> ResidenceCardResult {
    use ResidenceCardResult as R;
    match applied {
        // "To be issued a residence card, you must go to the police … You have to book an
        // appointment in advance." — whatever was applied for.
        AppliedWhen::BeforeNewRoutine => R::BookAppointment,
        AppliedWhen::OnOrAfterNewRoutine => match kind {
            Some(CardApplicationKind::FirstAsylumInNorway) => R::PoliceWillContactYou,
            Some(CardApplicationKind::FromAbroad) => R::BookAppointment,
            Some(CardApplicationKind::Renewal) => match not_handed_in {
                Some(true) => R::BookAppointment,
                Some(false) => R::CardComesByPost,
                None => R::Unknown,
            },
            // Seed 004 names only the three cases above; for anything else the engine does not
            // guess (a wrong "it comes by post" could leave someone waiting for nothing).
            Some(CardApplicationKind::Other) | None => R::Unknown,
        },
    }
}

/// The residence-card guide (seed 004).
///
/// Applied before 16 April 2021 → book an appointment. On or after → first-time asylum: the
/// police contact you; from abroad: book; renewal: book only if an expired Norwegian alien's
/// passport or refugee travel document was not handed in, otherwise the card comes by post.
/// When the application date is unknown, the answer is given only if both routines agree (e.g.
/// an application from abroad: book either way); otherwise unknown.
///
/// Notes: how to book (when booking); with a parent or guardian when under 18 or age unknown
/// (whenever the police are to be met or it is unknown); at least 20 working days from the
/// appointment (when the police are met or it is unknown); the mailbox, 10 more working days if
/// the card is lost, and no travel before the card arrives (always); Posten's form for new mail
/// recipients (new routine or routine unknown).
pub fn residence_card(answers: &ResidenceCardAnswers) -> ResidenceCardGuide {
    use ResidenceCardNote as N;
    use ResidenceCardResult as R;
    let route = |when| {
        card_route(
            when,
            answers.kind,
            answers.expired_travel_document_not_handed_in,
        )
    };
    let result = match answers.applied {
        Some(when) => route(when),
        None => {
            let (before, after) = (
                route(AppliedWhen::BeforeNewRoutine),
                route(AppliedWhen::OnOrAfterNewRoutine),
            );
            if before == after {
                before
            } else {
                R::Unknown
            }
        }
    };
    let mut notes = Vec::new();
    if result == R::BookAppointment {
        notes.push(match answers.applied {
            Some(AppliedWhen::BeforeNewRoutine) => N::BookByPhoneWithPolice,
            _ => N::BookInPortalOrByPhone,
        });
    }
    let meets_police = result != R::CardComesByPost;
    if meets_police && answers.under_18 != Some(false) {
        notes.push(N::WithParentOrGuardian);
    }
    if meets_police {
        notes.push(N::AtLeastTwentyWorkingDays);
    }
    notes.push(N::NameOnMailbox);
    if answers.applied != Some(AppliedWhen::BeforeNewRoutine) {
        notes.push(N::NewMailRecipientForm);
    }
    notes.push(N::TenMoreDaysIfLost);
    notes.push(N::DoNotTravelBeforeCard);
    ResidenceCardGuide { result, notes }
}

/// The **earliest** day the residence card can arrive: 20 working days
/// ([`RC_WORKING_DAYS`]) after the appointment with the police (seed 004: "It will take at
/// least 20 working days from your appointment with the police until you receive the card in the
/// post").
///
/// Working days are Monday to Friday, leaving out Norwegian public holidays (see
/// [`add_working_days`]). The card can still come later than this date (the seed says "at
/// least"; Christmas Eve and New Year's Eve are counted as working days), and it comes later
/// still if it is lost in the post (another [`RC_WORKING_DAYS`]).
pub fn earliest_card_date(appointment: Date) -> Date {
    add_working_days(appointment, RC_WORKING_DAYS.now().0)
}

// =============================================================================================
// Withdrawing an application for protection (seeds 000, 002)
// =============================================================================================

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

/// Seed 002's "less than 90 days" in the Schengen area ([`SCHENGEN`]): 89 days is
/// under, 90 is not.
pub fn under_schengen_limit(days_in_schengen: i64) -> bool {
    days_in_schengen < SCHENGEN.now().0
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
    /// signature … Send the letter to UDI by post" ([`withdrawal_letter`]).
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

/// A withdrawal letter to UDI (seed 000), ready to print, sign and post.
///
/// The letter itself is in Norwegian: it goes to a Norwegian authority and must "clearly state"
/// the withdrawal, which a Norwegian text does beyond doubt. So that nobody signs what they cannot
/// read, the same letter in the user's language comes alongside, marked as not to be sent; for a
/// Norwegian user there is none ([`Letter::render`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    /// The letter, one entry per line: the person's own words ([`Arg::Str`], `""` an empty line)
    /// and the letter's sentences (messages).
    pub lines: Vec<Arg>,
    /// The DUF number, normalised to its 12 digits.
    pub duf_number: String,
}

/// A letter put into words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderedLetter {
    /// The letter to send, in Norwegian, one entry per line (`""` is an empty line).
    pub lines: Vec<String>,
    /// The same letter in the user's language, to read and keep, not to send. `None` for `nb`.
    pub translation: Option<Vec<String>>,
    /// The heading shown above the translation, in the user's language.
    pub translation_heading: Option<String>,
}

impl Letter {
    /// The letter in Norwegian, and in the language of `own` when that is another one. `None`
    /// when the Norwegian catalog is not loaded: the letter is never written in another language.
    pub fn render(&self, own: &Catalog) -> Option<RenderedLetter> {
        let norwegian = crate::text::catalog("nb");
        if norwegian.language.tag != "nb" {
            return None;
        }
        let lines_in =
            |c: &Catalog| -> Vec<String> { self.lines.iter().map(|l| c.render_arg(l)).collect() };
        let translated = own.language.tag != "nb";
        Some(RenderedLetter {
            lines: lines_in(&norwegian),
            translation: translated.then(|| lines_in(own)),
            translation_heading: translated
                .then(|| own.render(&msg!("guide-letter-translation-heading"))),
        })
    }
}

impl RenderedLetter {
    /// The plain-text file: the Norwegian letter, then (if any) a separator line and the
    /// translation under its heading. Lines end with `\n`.
    pub fn to_text(&self) -> String {
        let mut out = self.lines.join("\n");
        out.push('\n');
        if let Some(translation) = &self.translation {
            out.push_str("\n\n");
            out.push_str(&"-".repeat(60));
            out.push('\n');
            if let Some(heading) = &self.translation_heading {
                out.push_str(heading);
                out.push_str("\n\n");
            }
            out.push_str(&translation.join("\n"));
            out.push('\n');
        }
        out
    }
}

/// A DUF number as the 12 digits, or `None` when it is not one. Spaces (of any kind) between the
/// digits are allowed wherever they are, so `201234567890`, `2012 3456 7890` and the number
/// copied with stray spaces are all read; anything else (letters, dashes, 11 or 13 digits) is not.
pub fn normalise_duf_number(raw: &str) -> Option<String> {
    let digits: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() == DUF_DIGITS && digits.chars().all(|c| c.is_ascii_digit()) {
        Some(digits)
    } else {
        None
    }
}

/// The 12 digits in three groups of four, as the number is written in the letter.
fn duf_grouped(digits: &str) -> String {
    let chars: Vec<char> = digits.chars().collect();
    chars
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The letter's lines.
fn letter_lines(name: &str, duf: &str, date: Date) -> Vec<Arg> {
    let blank = || Arg::Str(String::new());
    let mut lines = vec![
        Arg::Str(name.to_string()),
        msg!("guide-letter-duf-line", duf = duf).into(),
        blank(),
    ];
    lines.extend(UDI_POSTAL_ADDRESS.iter().map(|l| Arg::Str(l.to_string())));
    lines.extend([
        blank(),
        msg!("guide-letter-date-line", date_text = date).into(),
        blank(),
        msg!("guide-letter-subject", duf = duf).into(),
        blank(),
        msg!("guide-letter-body").into(),
        blank(),
        msg!("guide-letter-closing").into(),
        blank(),
        blank(),
        msg!("guide-letter-signature").into(),
        Arg::Str(name.to_string()),
    ]);
    lines
}

/// The longest name the letter accepts, in characters.
const MAX_NAME_CHARS: usize = 200;

/// Writes the withdrawal letter for `name` and `duf_number`, dated `date` (seed 000: "a letter to
/// UDI in which you clearly state that you are withdrawing your asylum application. The letter
/// must include your DUF number and your signature … Send the letter to UDI by post to:
/// Utlendingsdirektoratet, Postboks 2098 Vika, 0125 Oslo"). `translation`: whether the user reads
/// another language than Norwegian (the copy to read and keep comes in it).
///
/// The name is trimmed and its inner spaces and line breaks become single spaces. Errors name the
/// field: `name` (empty or longer than 200 characters), `dufNumber` (empty, or not 12 digits; see
/// [`normalise_duf_number`]). Both are reported at once.
pub fn withdrawal_letter(
    name: &str,
    duf_number: &str,
    date: Date,
) -> Result<Letter, Vec<InputError>> {
    let mut errors = Vec::new();
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        errors.push(InputError::new("name", msg!("guide-letter-name-missing")));
    } else if name.chars().count() > MAX_NAME_CHARS {
        let max = MAX_NAME_CHARS;
        errors.push(InputError::new(
            "name",
            msg!("guide-letter-name-too-long", max = max),
        ));
    }
    let duf = normalise_duf_number(duf_number);
    if duf.is_none() {
        let message = if duf_number.trim().is_empty() {
            msg!("guide-letter-duf-missing")
        } else {
            msg!("guide-letter-duf-not-12-digits")
        };
        errors.push(InputError::new("dufNumber", message));
    }
    let Some(duf) = duf.filter(|_| errors.is_empty()) else {
        return Err(errors);
    };
    let grouped = duf_grouped(&duf);
    Ok(Letter {
        lines: letter_lines(&name, &grouped, date),
        duf_number: duf,
    })
}

// =============================================================================================
// Help lines (seed 000)
// =============================================================================================

/// What a help line is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HelpPurpose {
    /// "In urgent and life-threatening situations, call 112 (police)"
    PoliceEmergency,
    /// "or 113 (ambulance)"
    Ambulance,
    /// "If you are not in an emergency, but need contact with the police, call 02800."
    PoliceNonEmergency,
    /// "the VO line at 116 006 … a helpline for those who experience violence or abuse in close
    /// relationships"
    ViolenceInCloseRelationships,
    /// "If you are under 18 years old, you can call the emergency line for children and youths
    /// (Alarmtelefonen for barn og unge) at 116 111. This is a free service"
    ChildrenAndYouth,
}

impl HelpPurpose {
    pub fn msg(self) -> Msg {
        match self {
            HelpPurpose::PoliceEmergency => msg!("guide-text-police-urgent-life"),
            HelpPurpose::Ambulance => msg!("guide-text-ambulance-urgent-life"),
            HelpPurpose::PoliceNonEmergency => msg!("guide-text-police-when-emergency"),
            HelpPurpose::ViolenceInCloseRelationships => msg!("guide-text-vo-line-someone"),
            HelpPurpose::ChildrenAndYouth => msg!("guide-text-free-emergency-line"),
        }
    }
}

/// A telephone help line (seed 000, "Are you experiencing violence or coercion in Norway from
/// someone close to you?").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct HelpLine {
    /// The number as the page writes it ("116 006").
    pub number: &'static str,
    pub purpose: HelpPurpose,
    /// The line's website, if the page names one.
    pub website: Option<&'static str>,
}

impl HelpLine {
    /// A `tel:` link for the number (its digits only).
    pub fn tel_uri(&self) -> String {
        let digits: String = self.number.chars().filter(char::is_ascii_digit).collect();
        format!("tel:{digits}")
    }
}

/// The help lines of seed 000, most urgent first.
pub const HELP_LINES: [HelpLine; 5] = [
    HelpLine {
        number: "112",
        purpose: HelpPurpose::PoliceEmergency,
        website: None,
    },
    HelpLine {
        number: "113",
        purpose: HelpPurpose::Ambulance,
        website: None,
    },
    HelpLine {
        number: "02800",
        purpose: HelpPurpose::PoliceNonEmergency,
        website: None,
    },
    HelpLine {
        number: "116 006",
        purpose: HelpPurpose::ViolenceInCloseRelationships,
        website: Some("volinjen.no"),
    },
    HelpLine {
        number: "116 111",
        purpose: HelpPurpose::ChildrenAndYouth,
        website: Some("116111.no"),
    },
];
