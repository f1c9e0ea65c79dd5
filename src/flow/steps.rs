//! The questions, as data: which checks there are, which questions each asks, in which order and
//! when. The guided flow shows them one per page; the caseworker mode shows a check's questions
//! all on one page; the check-answers page lists them. All three read this one table, so they
//! ask the same things and give the same answers.
//!
//! Every question's words are messages named after its id: `q-<id>` (the question), `q-<id>-hint`
//! (the hint, when there is one), `q-<id>-<option>` (each option of a choice). A test checks
//! that the English catalog has them all.

use super::answers::{Answers, DateDraft, Reply, Situation};
use crate::rules::guides::{AppliedWhen, CardApplicationKind, HeldPermit};
use crate::rules::travel_limits::Basis;
use crate::rules::work_permit::{Decision, Protection};
use crate::rules::Choice;

/// A check or guide the flow leads to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    /// May I travel, and until when? (`travel-limits`)
    TravelLimits,
    /// Could I lose my permanent permit by staying abroad? (`permanent-permit`)
    PermanentPermit,
    /// May I work while I wait? (`work-permit`)
    WorkPermit,
    /// The 2021 temporary regulation: a closed scheme (`temporary-regulation`).
    TemporaryRegulation,
    /// Applying for protection while holding a residence permit (guide).
    PermitHolder,
    /// How to get the residence card (guide).
    ResidenceCard,
    /// Withdrawing an application for protection, and the letter (guide).
    Withdrawal,
}

impl Check {
    pub const ALL: [Check; 7] = [
        Check::TravelLimits,
        Check::PermanentPermit,
        Check::WorkPermit,
        Check::PermitHolder,
        Check::ResidenceCard,
        Check::Withdrawal,
        Check::TemporaryRegulation,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Check::TravelLimits => "travel-limits",
            Check::PermanentPermit => "permanent-permit",
            Check::WorkPermit => "work-permit",
            Check::TemporaryRegulation => "temporary-regulation",
            Check::PermitHolder => "permit-holder",
            Check::ResidenceCard => "residence-card",
            Check::Withdrawal => "withdrawal",
        }
    }

    /// The check's title, as a person would ask it (`check-<name>`).
    pub fn title(self) -> &'static str {
        match self {
            Check::TravelLimits => "check-travel-limits",
            Check::PermanentPermit => "check-permanent-permit",
            Check::WorkPermit => "check-work-permit",
            Check::TemporaryRegulation => "check-temporary-regulation",
            Check::PermitHolder => "check-permit-holder",
            Check::ResidenceCard => "check-residence-card",
            Check::Withdrawal => "check-withdrawal",
        }
    }

    /// A line under the title (`check-<name>-hint`).
    pub fn hint(self) -> &'static str {
        match self {
            Check::TravelLimits => "check-travel-limits-hint",
            Check::PermanentPermit => "check-permanent-permit-hint",
            Check::WorkPermit => "check-work-permit-hint",
            Check::TemporaryRegulation => "check-temporary-regulation-hint",
            Check::PermitHolder => "check-permit-holder-hint",
            Check::ResidenceCard => "check-residence-card-hint",
            Check::Withdrawal => "check-withdrawal-hint",
        }
    }

    pub fn from_name(name: &str) -> Option<Check> {
        Check::ALL.into_iter().find(|c| c.name() == name)
    }

    /// The checks that fit a situation, in the order the question "What do you want to know?"
    /// offers them. A permanent-permit holder's travel question is the permanent-permit check
    /// (RULES.md §3 does not cover them); an asylum seeker's travel question gets its answer at
    /// once (do not leave Norway).
    pub fn for_situation(s: Situation) -> &'static [Check] {
        match s {
            Situation::AsylumSeeker => &[Check::TravelLimits, Check::WorkPermit, Check::Withdrawal],
            Situation::TemporaryPermit => &[
                Check::TravelLimits,
                Check::ResidenceCard,
                Check::PermitHolder,
            ],
            Situation::CollectiveProtection => &[Check::TravelLimits, Check::WorkPermit],
            Situation::PermanentPermit => &[Check::PermanentPermit, Check::PermitHolder],
            Situation::Helper => &Check::ALL,
        }
    }
}

macro_rules! fields {
    ($(#[$m:meta])* $name:ident: $t:ty { $($variant:ident => $field:ident),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub fn get(self, a: &Answers) -> $t {
                match self { $($name::$variant => a.$field.clone()),+ }
            }
            pub fn set(self, a: &mut Answers, value: $t) {
                match self { $($name::$variant => a.$field = value),+ }
            }
        }
    };
}

fields!(
    /// A yes / no / "I don't know" answer.
    YesNo: Reply<bool> {
        AfterAsylumApplication => after_asylum_application,
        BrexitPermit => brexit_permit,
        GaveIncorrectInformation => gave_incorrect_information,
        WithheldInformation => withheld_information,
        IncorrectIdentity => incorrect_identity,
        PreventedFromReturning => prevented_from_returning,
        FamilyImmigrationPermit => family_immigration_permit,
        VictimOfAbuse => victim_of_abuse,
        RelationshipEnded => relationship_ended,
        HadAsylumInterview => had_asylum_interview,
        ValidPassport => valid_passport,
        DublinCase => dublin_case,
        AppliedForAsylum => applied_for_asylum,
        LeftAfterRejection => left_after_rejection_and_reapplied,
        LivedInNorway2019 => lived_in_norway_on_20190101,
        LivesInNorway => lives_in_norway,
        Convicted => convicted,
        HasResidencePermit => has_residence_permit,
        IdentityDocumented => identity_documented,
        PermitExpiring => permit_expiring,
        CardOldDocument => card_old_document_not_handed_in,
        CardUnder18 => card_under_18,
        WithdrawalUkraine => withdrawal_from_ukraine_individual,
        WithdrawalOtherPermit => withdrawal_other_permit,
        WithdrawalOtherApplication => withdrawal_other_application,
        WithdrawalUnder90 => withdrawal_under_90_days,
    }
);

fields!(
    /// A date typed into three boxes.
    DateField: DateDraft {
        PermitStart => permit_start,
        PermitEnd => permit_end,
        ResidenceSince => residence_since,
        FirstAsylumApplication => first_asylum_application,
        DateOfBirth => date_of_birth,
        RequestDate => request_date,
        CardAppointment => card_appointment,
    }
);

impl DateField {
    /// The field's own name, for ids and labels (`q-<step>-<name>`).
    pub fn name(self) -> &'static str {
        match self {
            DateField::PermitStart => "from",
            DateField::PermitEnd => "until",
            DateField::ResidenceSince => "date",
            DateField::FirstAsylumApplication => "date",
            DateField::DateOfBirth => "date",
            DateField::RequestDate => "date",
            DateField::CardAppointment => "date",
        }
    }

    /// The HTML `autocomplete` of the three boxes (a date of birth).
    pub fn autocomplete(self) -> Option<[&'static str; 3]> {
        (self == DateField::DateOfBirth).then_some(["bday-day", "bday-month", "bday-year"])
    }

    /// The engine's field names that this date's errors come back on.
    pub fn engine_field(self) -> &'static str {
        match self {
            DateField::PermitStart => "permitStart",
            DateField::PermitEnd => "permitEnd",
            DateField::ResidenceSince => "residenceSince",
            DateField::FirstAsylumApplication => "firstAsylumApplication",
            DateField::DateOfBirth => "dateOfBirth",
            DateField::RequestDate => "requestDate",
            DateField::CardAppointment => "cardAppointment",
        }
    }
}

/// A choice among fixed options (each option by its name).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChoiceField {
    Start,
    ClientSituation,
    PermitBasis,
    Protection,
    Decision,
    HeldPermit,
    CardApplied,
    CardKind,
}

fn get_choice<C: Choice>(r: Reply<C>) -> Reply<&'static str> {
    match r {
        Reply::Is(c) => Reply::Is(c.name()),
        Reply::Unknown => Reply::Unknown,
        Reply::Unanswered => Reply::Unanswered,
    }
}

fn set_choice<C: Choice>(slot: &mut Reply<C>, r: Reply<&str>) {
    *slot = match r {
        Reply::Is(name) => C::from_name(name).map_or(Reply::Unanswered, Reply::Is),
        Reply::Unknown => Reply::Unknown,
        Reply::Unanswered => Reply::Unanswered,
    };
}

fn names<C: Choice>() -> Vec<&'static str> {
    C::ALL.iter().map(|c| c.name()).collect()
}

impl ChoiceField {
    /// The options, by name, in the order shown.
    pub fn options(self) -> Vec<&'static str> {
        match self {
            ChoiceField::Start => names::<Situation>(),
            ChoiceField::ClientSituation => names::<Situation>()
                .into_iter()
                .filter(|n| *n != Situation::Helper.name())
                .collect(),
            ChoiceField::PermitBasis => names::<Basis>(),
            ChoiceField::Protection => names::<Protection>(),
            ChoiceField::Decision => names::<Decision>(),
            ChoiceField::HeldPermit => names::<HeldPermit>(),
            ChoiceField::CardApplied => names::<AppliedWhen>(),
            ChoiceField::CardKind => names::<CardApplicationKind>(),
        }
    }

    /// Whether "I don't know" is offered (not for "What is your situation?").
    pub fn has_unknown(self) -> bool {
        !matches!(self, ChoiceField::Start | ChoiceField::ClientSituation)
    }

    pub fn get(self, a: &Answers) -> Reply<&'static str> {
        match self {
            ChoiceField::Start => get_choice(a.start),
            ChoiceField::ClientSituation => get_choice(a.client_situation),
            ChoiceField::PermitBasis => get_choice(a.permit_basis),
            ChoiceField::Protection => get_choice(a.protection),
            ChoiceField::Decision => get_choice(a.decision),
            ChoiceField::HeldPermit => get_choice(a.held_permit),
            ChoiceField::CardApplied => get_choice(a.card_applied),
            ChoiceField::CardKind => get_choice(a.card_kind),
        }
    }

    pub fn set(self, a: &mut Answers, r: Reply<&str>) {
        match self {
            ChoiceField::Start => set_choice(&mut a.start, r),
            ChoiceField::ClientSituation => set_choice(&mut a.client_situation, r),
            ChoiceField::PermitBasis => set_choice(&mut a.permit_basis, r),
            ChoiceField::Protection => set_choice(&mut a.protection, r),
            ChoiceField::Decision => set_choice(&mut a.decision, r),
            ChoiceField::HeldPermit => set_choice(&mut a.held_permit, r),
            ChoiceField::CardApplied => set_choice(&mut a.card_applied, r),
            ChoiceField::CardKind => set_choice(&mut a.card_kind, r),
        }
    }
}

/// What a step asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ask {
    YesNo(YesNo),
    Choice(ChoiceField),
    /// One or two dates (a permit's "valid from" and "valid until" are one question).
    Dates(&'static [DateField]),
    /// The stays abroad, entered one at a time, with a list to review.
    Stays,
    /// The next trip: leaving on, coming back on (may stay empty).
    Trip,
}

/// One question of a check.
pub struct Step {
    /// Unique among all steps; names its messages (`q-<id>` …).
    pub id: &'static str,
    pub ask: Ask,
    /// Whether the step is asked, given the answers so far.
    pub applies: fn(&Answers) -> bool,
}

fn always(_: &Answers) -> bool {
    true
}

fn temporary_permit(a: &Answers) -> bool {
    a.situation() == Some(Situation::TemporaryPermit)
}

fn has_permit(a: &Answers) -> bool {
    matches!(
        a.situation(),
        Some(Situation::TemporaryPermit | Situation::CollectiveProtection)
    )
}

/// Asked only where the basis does not settle the track (RULES.md §3: refugee, humanitarian and
/// resettlement permits are on the five-year track whatever the answer).
fn after_asylum_matters(a: &Answers) -> bool {
    temporary_permit(a)
        && !matches!(
            a.permit_basis,
            Reply::Is(Basis::Refugee | Basis::Humanitarian | Basis::Resettlement)
        )
}

fn individual_protection(a: &Answers) -> bool {
    a.protection != Reply::Is(Protection::Collective)
}

fn holds_a_permit(a: &Answers) -> bool {
    a.held_permit != Reply::Is(HeldPermit::NoPermit)
}

fn new_card_routine(a: &Answers) -> bool {
    a.card_applied != Reply::Is(AppliedWhen::BeforeNewRoutine)
}

fn card_renewal(a: &Answers) -> bool {
    new_card_routine(a) && a.card_kind == Reply::Is(CardApplicationKind::Renewal)
}

fn old_card_routine(a: &Answers) -> bool {
    a.card_applied == Reply::Is(AppliedWhen::BeforeNewRoutine)
}

/// The exemption for victims of abuse matters only when a stay abroad went over a limit.
fn pp_limit_exceeded(a: &Answers) -> bool {
    super::evaluate::permanent_permit_exceeded(a)
}

/// The start: "What is your situation?"; a helper is asked the situation of the person they help.
pub static START: [Step; 2] = [
    Step {
        id: "start",
        ask: Ask::Choice(ChoiceField::Start),
        applies: always,
    },
    Step {
        id: "client-situation",
        ask: Ask::Choice(ChoiceField::ClientSituation),
        applies: |a| a.start == Reply::Is(Situation::Helper),
    },
];

static TRAVEL_LIMITS: [Step; 6] = [
    Step {
        id: "permit-basis",
        ask: Ask::Choice(ChoiceField::PermitBasis),
        applies: temporary_permit,
    },
    Step {
        id: "after-asylum",
        ask: Ask::YesNo(YesNo::AfterAsylumApplication),
        applies: after_asylum_matters,
    },
    Step {
        id: "permit-dates",
        ask: Ask::Dates(&[DateField::PermitStart, DateField::PermitEnd]),
        applies: has_permit,
    },
    Step {
        id: "residence-since",
        ask: Ask::Dates(&[DateField::ResidenceSince]),
        applies: temporary_permit,
    },
    Step {
        id: "stays",
        ask: Ask::Stays,
        applies: has_permit,
    },
    Step {
        id: "trip",
        ask: Ask::Trip,
        applies: has_permit,
    },
];

static PERMANENT_PERMIT: [Step; 10] = [
    Step {
        id: "stays",
        ask: Ask::Stays,
        applies: always,
    },
    Step {
        id: "trip",
        ask: Ask::Trip,
        applies: always,
    },
    Step {
        id: "brexit",
        ask: Ask::YesNo(YesNo::BrexitPermit),
        applies: always,
    },
    Step {
        id: "gave-incorrect",
        ask: Ask::YesNo(YesNo::GaveIncorrectInformation),
        applies: always,
    },
    Step {
        id: "withheld",
        ask: Ask::YesNo(YesNo::WithheldInformation),
        applies: always,
    },
    Step {
        id: "incorrect-identity",
        ask: Ask::YesNo(YesNo::IncorrectIdentity),
        applies: always,
    },
    Step {
        id: "prevented",
        ask: Ask::YesNo(YesNo::PreventedFromReturning),
        applies: pp_limit_exceeded,
    },
    Step {
        id: "family-permit",
        ask: Ask::YesNo(YesNo::FamilyImmigrationPermit),
        applies: pp_limit_exceeded,
    },
    Step {
        id: "abuse",
        ask: Ask::YesNo(YesNo::VictimOfAbuse),
        applies: pp_limit_exceeded,
    },
    Step {
        id: "relationship-ended",
        ask: Ask::YesNo(YesNo::RelationshipEnded),
        applies: pp_limit_exceeded,
    },
];

static WORK_PERMIT: [Step; 5] = [
    Step {
        id: "protection",
        ask: Ask::Choice(ChoiceField::Protection),
        applies: always,
    },
    Step {
        id: "interview",
        ask: Ask::YesNo(YesNo::HadAsylumInterview),
        applies: individual_protection,
    },
    Step {
        id: "passport",
        ask: Ask::YesNo(YesNo::ValidPassport),
        applies: individual_protection,
    },
    Step {
        id: "decision",
        ask: Ask::Choice(ChoiceField::Decision),
        applies: individual_protection,
    },
    Step {
        id: "dublin",
        ask: Ask::YesNo(YesNo::DublinCase),
        applies: individual_protection,
    },
];

static TEMPORARY_REGULATION: [Step; 11] = [
    Step {
        id: "applied-for-asylum",
        ask: Ask::YesNo(YesNo::AppliedForAsylum),
        applies: always,
    },
    Step {
        id: "first-application",
        ask: Ask::Dates(&[DateField::FirstAsylumApplication]),
        applies: always,
    },
    Step {
        id: "date-of-birth",
        ask: Ask::Dates(&[DateField::DateOfBirth]),
        applies: always,
    },
    Step {
        id: "tr-stays",
        ask: Ask::Stays,
        applies: always,
    },
    Step {
        id: "left-after-rejection",
        ask: Ask::YesNo(YesNo::LeftAfterRejection),
        applies: always,
    },
    Step {
        id: "lived-2019",
        ask: Ask::YesNo(YesNo::LivedInNorway2019),
        applies: always,
    },
    Step {
        id: "lives-in-norway",
        ask: Ask::YesNo(YesNo::LivesInNorway),
        applies: always,
    },
    Step {
        id: "convicted",
        ask: Ask::YesNo(YesNo::Convicted),
        applies: always,
    },
    Step {
        id: "has-permit",
        ask: Ask::YesNo(YesNo::HasResidencePermit),
        applies: always,
    },
    Step {
        id: "identity",
        ask: Ask::YesNo(YesNo::IdentityDocumented),
        applies: always,
    },
    Step {
        id: "request-date",
        ask: Ask::Dates(&[DateField::RequestDate]),
        applies: always,
    },
];

static PERMIT_HOLDER: [Step; 2] = [
    Step {
        id: "held-permit",
        ask: Ask::Choice(ChoiceField::HeldPermit),
        applies: always,
    },
    Step {
        id: "permit-expiring",
        ask: Ask::YesNo(YesNo::PermitExpiring),
        applies: holds_a_permit,
    },
];

static RESIDENCE_CARD: [Step; 5] = [
    Step {
        id: "card-applied",
        ask: Ask::Choice(ChoiceField::CardApplied),
        applies: always,
    },
    Step {
        id: "card-kind",
        ask: Ask::Choice(ChoiceField::CardKind),
        applies: new_card_routine,
    },
    Step {
        id: "card-old-document",
        ask: Ask::YesNo(YesNo::CardOldDocument),
        applies: card_renewal,
    },
    Step {
        id: "card-under-18",
        ask: Ask::YesNo(YesNo::CardUnder18),
        applies: old_card_routine,
    },
    Step {
        id: "card-appointment",
        ask: Ask::Dates(&[DateField::CardAppointment]),
        applies: always,
    },
];

static WITHDRAWAL: [Step; 4] = [
    Step {
        id: "withdrawal-ukraine",
        ask: Ask::YesNo(YesNo::WithdrawalUkraine),
        applies: always,
    },
    Step {
        id: "withdrawal-other-permit",
        ask: Ask::YesNo(YesNo::WithdrawalOtherPermit),
        applies: always,
    },
    Step {
        id: "withdrawal-other-application",
        ask: Ask::YesNo(YesNo::WithdrawalOtherApplication),
        applies: always,
    },
    Step {
        id: "withdrawal-under-90",
        ask: Ask::YesNo(YesNo::WithdrawalUnder90),
        applies: always,
    },
];

/// Every step of a check, in order, whether or not it applies now.
pub fn all_steps(check: Check) -> &'static [Step] {
    match check {
        Check::TravelLimits => &TRAVEL_LIMITS,
        Check::PermanentPermit => &PERMANENT_PERMIT,
        Check::WorkPermit => &WORK_PERMIT,
        Check::TemporaryRegulation => &TEMPORARY_REGULATION,
        Check::PermitHolder => &PERMIT_HOLDER,
        Check::ResidenceCard => &RESIDENCE_CARD,
        Check::Withdrawal => &WITHDRAWAL,
    }
}

/// The steps of a check that apply to these answers, in order.
pub fn steps(check: Check, a: &Answers) -> Vec<&'static Step> {
    all_steps(check).iter().filter(|s| (s.applies)(a)).collect()
}

/// Whether the person has answered any of a check's own questions (the stays abroad and the
/// planned trip are shared by three checks, so they do not count): the printed summary shows
/// only such checks.
pub fn has_answers(check: Check, a: &Answers) -> bool {
    steps(check, a)
        .iter()
        .filter(|s| !matches!(s.ask, Ask::Stays | Ask::Trip))
        .any(|s| answered(s, a))
}

/// Whether a step's question has an answer (the check-answers page lists the others as not
/// answered). A list of stays counts as answered once the person has been through it.
pub fn answered(step: &Step, a: &Answers) -> bool {
    match step.ask {
        Ask::YesNo(f) => f.get(a).is_answered(),
        Ask::Choice(f) => f.get(a).is_answered(),
        Ask::Dates(fields) => fields.iter().any(|f| !f.get(a).is_empty()),
        Ask::Stays => true,
        Ask::Trip => !a.trip.from.is_empty(),
    }
}

// `Choice` for the start page's and the guides' enums, so that every choice question reads and
// writes its options the same way.
impl Choice for Situation {
    const ALL: &'static [Situation] = &Situation::ALL;
    fn name(self) -> &'static str {
        Situation::name(self)
    }
}

impl Choice for HeldPermit {
    const ALL: &'static [HeldPermit] = &[
        HeldPermit::Permanent,
        HeldPermit::TemporaryLeadingToPermanent,
        HeldPermit::TemporaryNotLeadingToPermanent,
        HeldPermit::NoPermit,
    ];
    fn name(self) -> &'static str {
        match self {
            HeldPermit::Permanent => "permanent",
            HeldPermit::TemporaryLeadingToPermanent => "temporary-leading-to-permanent",
            HeldPermit::TemporaryNotLeadingToPermanent => "temporary-not-leading-to-permanent",
            HeldPermit::NoPermit => "no-permit",
        }
    }
}

impl Choice for AppliedWhen {
    const ALL: &'static [AppliedWhen] = &[
        AppliedWhen::BeforeNewRoutine,
        AppliedWhen::OnOrAfterNewRoutine,
    ];
    fn name(self) -> &'static str {
        match self {
            AppliedWhen::BeforeNewRoutine => "before-new-routine",
            AppliedWhen::OnOrAfterNewRoutine => "on-or-after-new-routine",
        }
    }
}

impl Choice for CardApplicationKind {
    const ALL: &'static [CardApplicationKind] = &[
        CardApplicationKind::FirstAsylumInNorway,
        CardApplicationKind::FromAbroad,
        CardApplicationKind::Renewal,
        CardApplicationKind::Other,
    ];
    fn name(self) -> &'static str {
        match self {
            CardApplicationKind::FirstAsylumInNorway => "first-asylum-in-norway",
            CardApplicationKind::FromAbroad => "from-abroad",
            CardApplicationKind::Renewal => "renewal",
            CardApplicationKind::Other => "other",
        }
    }
}
