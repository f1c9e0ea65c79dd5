//! Guide: getting the residence card (seed 004). [`residence_card`] takes
//! [`ResidenceCardAnswers`] and gives the [`ResidenceCardResult`] and the [`ResidenceCardNote`]s
//! to show; [`earliest_card_date`] is the earliest day the card can come, counted in working days
//! by [`add_working_days`] (the calendar is in `rules::dates`).

use serde::{Deserialize, Serialize};

use crate::msg;
use crate::rules::dates::{add_working_days, Date};
use crate::rules::law::{RC_NEW_ROUTINE_FROM, RC_WORKING_DAYS};
use crate::text::Msg;

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

/// The answer of the residence-card guide.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResidenceCardGuide {
    pub result: ResidenceCardResult,
    pub notes: Vec<ResidenceCardNote>,
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
