//! Checker `work-permit` (RULES.md §4): a temporary work permit while an application for
//! protection is assessed individually (seed 002; utl. § 94, utf. §§ 17-24 to 17-27).
//!
//! Seed 002: "You can be granted a temporary work permit while you are an asylum seeker if
//! [you have had your asylum interview; you have a valid passport; you have not received an
//! answer to your application for protection]. You cannot be granted a temporary work permit
//! while you are an asylum seeker if [you have not had your asylum interview; you do not have a
//! valid passport; you are to be sent to another European country (your application is processed
//! as a Dublin case); you have received a rejection of your application for asylum]."
//!
//! The four criteria are all required ([`Outcome::all_of`]). Collective protection already gives
//! the right to work, so `protection: "collective"` makes the outcome `not-applicable`; the
//! criteria are still reported, with explanations that say so.
//!
//! **`protection` unknown (null or missing).** RULES.md is silent. The engine protects the user
//! by not guessing: it evaluates the criteria as for individual protection (so someone who does
//! not know which kind they have still learns what the permit needs) and every explanation adds
//! that with collective protection the permit is not needed because the right to work already
//! exists. It never answers `not-applicable` on a guess, which could keep someone from applying.

use serde::{Deserialize, Serialize};

use super::{
    mark_not_met_decisive, Context, Criterion, Evaluation, InputError, NoFigures, Outcome, Status,
};
use crate::msg;
use crate::text::{Arg, Msg, Text};

crate::choice! {
    /// Which kind of protection the application is assessed for (seed 002: "we first assess
    /// whether they are eligible for collective protection … If you are not eligible … your
    /// application will be assessed individually").
    pub enum Protection {
        Individual => "individual",
        Collective => "collective",
    }
}

crate::choice! {
    /// The answer to the application for protection so far.
    pub enum Decision {
        /// No answer yet.
        None => "none",
        /// The application has been rejected (whether or not it has been appealed).
        Rejected => "rejected",
    }
}

/// The answers of a `work-permit` request (API.md `input`). `None` = unknown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Input {
    pub protection: Option<Protection>,
    pub had_asylum_interview: Option<bool>,
    pub valid_passport: Option<bool>,
    pub dublin_case: Option<bool>,
    pub decision: Option<Decision>,
}

/// `wp.interview`: the asylum interview has been held.
///
/// Seed 002: "You can be granted a temporary work permit while you are an asylum seeker if
/// [you have had your asylum interview]"; "We at UDI select who to invite for an interview. You
/// cannot contact UDI and ask to be interviewed." Utl. § 94 (1) a ("det er gjennomført
/// asylintervju av søkeren").
pub fn interview(had_asylum_interview: Option<bool>) -> Criterion {
    let status = Status::from_answer(had_asylum_interview);
    let explanation = match status {
        Status::Met => msg!("wp-interview-met"),
        Status::NotMet => msg!("wp-interview-not-met"),
        Status::Unknown => msg!("wp-interview-unknown"),
    };
    Criterion::new(
        "wp.interview",
        status,
        explanation,
        &["seed:002", "utl. § 94 (1) a"],
    )
}

/// `wp.passport`: a valid ordinary passport.
///
/// Seed 002: "you must have a valid passport in order to obtain a temporary work permit";
/// "it is not possible to obtain a temporary work permit with only an internal passport/passport
/// card. You need a valid passport"; "If the police already have your passport, you simply
/// inform them of this fact". Utf. § 17-24 (a valid travel document is required), utl. § 94 (1) b.
pub fn passport(valid_passport: Option<bool>) -> Criterion {
    let status = Status::from_answer(valid_passport);
    let not_enough = msg!("wp-passport-card-not-enough");
    let explanation = match status {
        Status::Met => msg!("wp-passport-met", not_enough = not_enough.clone()),
        Status::NotMet => msg!("wp-passport-not-met", not_enough = not_enough.clone()),
        Status::Unknown => msg!("wp-passport-unknown", not_enough = not_enough),
    };
    Criterion::new(
        "wp.passport",
        status,
        explanation,
        &["seed:002", "utl. § 94 (1) b", "utf. § 17-24"],
    )
}

/// `wp.no-decision`: no answer to the application for protection yet.
///
/// Seed 002: "you have not received an answer to your application for protection" (may be
/// granted); "you have received a rejection of your application for asylum" (cannot be granted);
/// "If you appeal the decision, you can request to stay in Norway while we consider your appeal."
/// Utl. § 94, utf. §§ 17-24 to 17-27. After a rejection the permit may still be given or kept
/// while an appeal is awaited in Norway (utl. § 94 (3)); whether that applies is for the lawyer
/// to say, so the criterion stays not met and the explanation says to ask.
pub fn no_decision(decision: Option<Decision>) -> Criterion {
    let (status, explanation, sources): (Status, Msg, &[&'static str]) = match decision {
        Some(Decision::None) => (
            Status::Met,
            msg!("wp-no-decision-met"),
            &["seed:002", "utl. § 94", "utf. §§ 17-24 to 17-27"],
        ),
        Some(Decision::Rejected) => (
            Status::NotMet,
            msg!("wp-no-decision-not-met"),
            &["seed:002", "utl. § 94 (3)", "utf. §§ 17-24 to 17-27"],
        ),
        None => (
            Status::Unknown,
            msg!("wp-no-decision-unknown"),
            &["seed:002", "utl. § 94", "utf. §§ 17-24 to 17-27"],
        ),
    };
    Criterion::new("wp.no-decision", status, explanation, sources)
}

/// `wp.not-dublin`: the application is not processed as a Dublin case.
///
/// Seed 002: "You cannot be granted a temporary work permit while you are an asylum seeker if
/// … you are to be sent to another European country (your application is processed as a Dublin
/// case)"; "you will be notified if we register your case as a Dublin case. Most applicants will
/// be notified when they are registered by the police." Utl. § 94 (1) c.
pub fn not_dublin(dublin_case: Option<bool>) -> Criterion {
    let status = Status::from_answer(dublin_case.map(|d| !d));
    let explanation = match status {
        Status::Met => msg!("wp-not-dublin-met"),
        Status::NotMet => msg!("wp-not-dublin-not-met"),
        Status::Unknown => msg!("wp-not-dublin-unknown"),
    };
    Criterion::new(
        "wp.not-dublin",
        status,
        explanation,
        &["seed:002", "utl. § 94 (1) c"],
    )
}

/// The sentence added to every explanation when collective protection makes the check
/// not applicable (`Some(Collective)`), or might (`None`); nothing for individual protection.
fn protection_note(protection: Option<Protection>) -> Option<Msg> {
    match protection {
        Some(Protection::Individual) => None,
        Some(Protection::Collective) => Some(msg!("wp-note-collective")),
        None => Some(msg!("wp-note-protection-unknown")),
    }
}

/// The four criteria for these answers, in the order of RULES.md §4, with the protection note
/// added to each explanation where it applies.
pub fn criteria(input: &Input) -> Vec<Criterion> {
    let mut list = vec![
        interview(input.had_asylum_interview),
        passport(input.valid_passport),
        no_decision(input.decision),
        not_dublin(input.dublin_case),
    ];
    if let Some(note) = protection_note(input.protection) {
        for c in &mut list {
            c.explanation.push(note.clone());
        }
    }
    list
}

/// The outcome: `not-applicable` with collective protection; otherwise all criteria must be met.
pub fn outcome(protection: Option<Protection>, criteria: &[Criterion]) -> Outcome {
    match protection {
        Some(Protection::Collective) => Outcome::NotApplicable,
        _ => Outcome::all_of(criteria),
    }
}

/// Evaluates the `work-permit` checker. Every combination of answers is valid input, so it
/// never answers with errors (the signature is every checker's).
pub fn evaluate(input: &Input, _ctx: &Context) -> Result<Evaluation<NoFigures>, Vec<InputError>> {
    let mut list = criteria(input);
    let outcome = outcome(input.protection, &list);
    mark_not_met_decisive(&mut list, outcome);
    let summary = summary(outcome, &list);
    Ok(Evaluation {
        outcome,
        criteria: list,
        figures: NoFigures {},
        extra: NoFigures {},
        summary,
    })
}

/// The summary: the outcome and what decides it, naming the conditions not met (or not known).
fn summary(outcome: Outcome, criteria: &[Criterion]) -> Text {
    let short = |id: &str, status: Status| -> Option<Arg> {
        let m = match (id, status) {
            ("wp.interview", Status::NotMet) => "wp-reason-interview",
            ("wp.passport", Status::NotMet) => "wp-reason-passport",
            ("wp.no-decision", Status::NotMet) => "wp-reason-rejected",
            ("wp.not-dublin", Status::NotMet) => "wp-reason-dublin",
            ("wp.interview", Status::Unknown) => "wp-question-interview",
            ("wp.passport", Status::Unknown) => "wp-question-passport",
            ("wp.no-decision", Status::Unknown) => "wp-question-decision",
            ("wp.not-dublin", Status::Unknown) => "wp-question-dublin",
            _ => return None,
        };
        Some(Msg::new(m).into())
    };
    let list = |want: Status| -> Vec<Arg> {
        criteria
            .iter()
            .filter(|c| c.status == want)
            .filter_map(|c| short(c.id, want))
            .collect()
    };
    Text::from(match outcome {
        Outcome::NotApplicable => msg!("wp-summary-not-applicable"),
        Outcome::Eligible => msg!("wp-summary-eligible"),
        Outcome::NotEligible => msg!("wp-summary-not-eligible", reasons = list(Status::NotMet)),
        _ => msg!("wp-summary-unknown", questions = list(Status::Unknown)),
    })
}

/// One item of the "what to do next" list of the work-permit page (seed 002, "How to apply").
/// The UI renders the items [`next_steps`] lists, in that order; [`NextStep::msg`] is the
/// wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NextStep {
    /// "You send this form by mail to the police in the place where you live. You must not send
    /// the application to UDI."
    ApplyByPostToPolice,
    /// "If you have not already handed in your passport to the police, you must attach a copy of
    /// your passport to the application."
    PassportCopyUnlessPoliceHoldIt,
    /// "You do not have to pay a fee for applying."
    NoFee,
    /// "The police will contact you to make an appointment … If you have not already handed in
    /// your passport to the police, you must bring the original passport to this appointment."
    PoliceAppointmentWithPassport,
    /// "You do not need a work permit to participate in voluntary work. There are strict rules
    /// for what is considered voluntary work."
    VoluntaryWorkNeedsNoPermit,
    /// "May I leave Norway while I am waiting …? No, your case will be dismissed if you leave
    /// Norway."
    LeavingNorwayDismissesCase,
    /// After a rejection: "You will be assigned a lawyer by UDI, and you can appeal"; "you can
    /// request to stay in Norway while we consider your appeal" (seed 002).
    AskLawyerAboutAppeal,
}

impl NextStep {
    /// The item as a sentence.
    pub fn msg(self) -> Msg {
        match self {
            NextStep::ApplyByPostToPolice => msg!("wp-next-apply-by-post"),
            NextStep::PassportCopyUnlessPoliceHoldIt => msg!("wp-next-passport-copy"),
            NextStep::NoFee => msg!("wp-next-no-fee"),
            NextStep::PoliceAppointmentWithPassport => msg!("wp-next-police-appointment"),
            NextStep::VoluntaryWorkNeedsNoPermit => msg!("wp-next-voluntary-work"),
            NextStep::LeavingNorwayDismissesCase => msg!("wp-next-do-not-leave"),
            NextStep::AskLawyerAboutAppeal => msg!("wp-next-ask-lawyer"),
        }
    }
}

/// Which next steps apply, from a `work-permit` answer (its outcome and each criterion's id and
/// status), in the order to show them.
///
/// - `not-applicable` (collective protection): nothing; the right to work already exists.
/// - `eligible` or `unknown`: how to apply (police by post, passport copy, no fee, appointment),
///   then voluntary work and "do not leave Norway". With an unknown outcome the person may well
///   qualify, so the steps are shown rather than withheld (protective choice).
/// - `not-eligible`: no application steps (they cannot succeed now); voluntary work; then, after
///   a rejection (`wp.no-decision` not met), the lawyer and the appeal. "Leaving Norway dismisses
///   the case" is left out after a rejection: seed 002 then speaks of a duty to leave within a
///   deadline, which the lawyer must explain, and the two messages would contradict each other.
/// - An outcome this checker never gives, or no outcome (input errors): nothing.
pub fn next_steps<'a>(
    outcome: Option<Outcome>,
    statuses: impl IntoIterator<Item = (&'a str, Status)>,
) -> Vec<NextStep> {
    let rejected = statuses
        .into_iter()
        .any(|(id, status)| id == "wp.no-decision" && status == Status::NotMet);
    match outcome {
        Some(Outcome::Eligible | Outcome::Unknown) => vec![
            NextStep::ApplyByPostToPolice,
            NextStep::PassportCopyUnlessPoliceHoldIt,
            NextStep::NoFee,
            NextStep::PoliceAppointmentWithPassport,
            NextStep::VoluntaryWorkNeedsNoPermit,
            NextStep::LeavingNorwayDismissesCase,
        ],
        Some(Outcome::NotEligible) if rejected => vec![
            NextStep::AskLawyerAboutAppeal,
            NextStep::VoluntaryWorkNeedsNoPermit,
        ],
        Some(Outcome::NotEligible) => vec![
            NextStep::VoluntaryWorkNeedsNoPermit,
            NextStep::LeavingNorwayDismissesCase,
        ],
        _ => Vec::new(),
    }
}
