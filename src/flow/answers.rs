//! Every answer the person gives, kept exactly as typed, and its conversion into the checkers'
//! typed inputs (`rules::<checker>::Input`). No JSON: the saved-document format is
//! `flow::document`.
//!
//! - A question not reached or skipped is [`Reply::Unanswered`]; "I don't know" is
//!   [`Reply::Unknown`]. The engine gets `None` for both; the check-answers page and the result
//!   say which questions were not answered.
//! - Dates are three strings (day, month, year, the GOV.UK pattern): nothing typed is ever lost.
//!   A date goes to the engine only when it parses; an empty or unfinished date is unknown, and
//!   its field shows why.
//! - The stays abroad and the planned trip belong to the person, not to a check: travel limits,
//!   the permanent permit and the temporary regulation all read the same list.

use serde::{Deserialize, Serialize};

use crate::msg;
use crate::rules::dates::{parse_day_month_year, Date, DateProblem, Stay};
use crate::rules::guides::{
    AppliedWhen, CardApplicationKind, HeldPermit, PermitHolderAnswers, ResidenceCardAnswers,
    WithdrawalAnswers,
};
use crate::rules::permanent_permit::{self, AbuseExemption};
use crate::rules::stays::Trip;
use crate::rules::temporary_regulation;
use crate::rules::travel_limits::{self, Basis};
use crate::rules::work_permit::{self, Decision, Protection};
use crate::rules::{Counting, InputError};

/// An answer to one question.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "reply", content = "value")]
pub enum Reply<T> {
    /// Not answered (yet): no option is selected.
    #[default]
    Unanswered,
    /// "I don't know".
    Unknown,
    Is(T),
}

impl<T: Copy> Reply<T> {
    /// What the engine gets: the value, or `None` (unknown) for "I don't know" and no answer.
    pub fn value(self) -> Option<T> {
        match self {
            Reply::Is(v) => Some(v),
            _ => None,
        }
    }

    pub fn is_answered(self) -> bool {
        !matches!(self, Reply::Unanswered)
    }
}

/// A date as typed into three boxes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct DateDraft {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl DateDraft {
    pub fn new(day: &str, month: &str, year: &str) -> DateDraft {
        DateDraft {
            day: day.to_string(),
            month: month.to_string(),
            year: year.to_string(),
        }
    }

    /// The draft of a date (for tests and for loading a saved date).
    pub fn of(d: Date) -> DateDraft {
        DateDraft {
            day: d.format("%-d").to_string(),
            month: d.format("%-m").to_string(),
            year: d.format("%Y").to_string(),
        }
    }

    /// Nothing typed in any of the three boxes (spaces do not count).
    pub fn is_empty(&self) -> bool {
        [&self.day, &self.month, &self.year]
            .iter()
            .all(|s| s.trim().is_empty())
    }

    /// `None` when nothing is typed (an unknown date, not an error); otherwise the date or what
    /// is wrong with it.
    pub fn check(&self) -> Option<Result<Date, DateProblem>> {
        (!self.is_empty()).then(|| parse_day_month_year(&self.day, &self.month, &self.year))
    }

    /// The date, when the draft is a valid date.
    pub fn date(&self) -> Option<Date> {
        self.check().and_then(Result::ok)
    }

    /// A whole date typed into the day box ("12.03.1975", "12/3/1975", "12-03-1975") spread over
    /// the three boxes, so that it is understood (GOV.UK users often do this). `None` when the
    /// day box holds no such date.
    pub fn spread_day_box(&self) -> Option<DateDraft> {
        let parts: Vec<&str> = self
            .day
            .trim()
            .split(['.', '/', '-', ' '])
            .filter(|p| !p.is_empty())
            .collect();
        match parts.as_slice() {
            [d, m, y] if self.month.trim().is_empty() && self.year.trim().is_empty() => {
                Some(DateDraft::new(d, m, y))
            }
            _ => None,
        }
    }
}

/// One stay abroad as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct StayDraft {
    pub from: DateDraft,
    /// Kept even while `ongoing` is on, so that turning it off brings the date back.
    pub to: DateDraft,
    /// "I am still abroad": no return date yet.
    pub ongoing: bool,
    /// In another Schengen country.
    pub schengen: bool,
    /// In Ukraine (asked only of people with collective protection).
    pub ukraine: bool,
}

/// A planned trip: the day of leaving, the intended return day (may stay empty).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct TripDraft {
    pub from: DateDraft,
    pub to: DateDraft,
    pub schengen: bool,
    pub ukraine: bool,
}

/// "What is your situation?" (the start page).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Situation {
    /// Waiting for an answer on an application for protection (asylum).
    AsylumSeeker,
    /// A temporary residence permit.
    TemporaryPermit,
    /// Temporary collective protection for people from Ukraine.
    CollectiveProtection,
    /// A permanent residence permit.
    PermanentPermit,
    /// Someone helping another person (a caseworker, a volunteer, family).
    Helper,
}

impl Situation {
    pub const ALL: [Situation; 5] = [
        Situation::AsylumSeeker,
        Situation::TemporaryPermit,
        Situation::CollectiveProtection,
        Situation::PermanentPermit,
        Situation::Helper,
    ];

    /// Its name in saved answers and in the page (`data-situation`).
    pub fn name(self) -> &'static str {
        match self {
            Situation::AsylumSeeker => "asylum-seeker",
            Situation::TemporaryPermit => "temporary-permit",
            Situation::CollectiveProtection => "collective-protection",
            Situation::PermanentPermit => "permanent-permit",
            Situation::Helper => "helper",
        }
    }
}

/// Everything the person has answered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Answers {
    /// The start page: the person's situation, or that they are helping someone.
    pub start: Reply<Situation>,
    /// When helping someone: that person's situation.
    pub client_situation: Reply<Situation>,
    /// Show all of a check's questions on one page (the caseworker mode).
    pub all_on_one_page: bool,

    // Shared: stays abroad and the next trip.
    pub stays: Vec<StayDraft>,
    pub trip: TripDraft,
    /// RULES.md C3: count both travel days as days abroad (never the default).
    pub strict_counting: bool,

    // Travel limits.
    pub permit_basis: Reply<Basis>,
    pub after_asylum_application: Reply<bool>,
    pub permit_start: DateDraft,
    pub permit_end: DateDraft,
    pub residence_since: DateDraft,

    // Permanent permit.
    pub brexit_permit: Reply<bool>,
    pub gave_incorrect_information: Reply<bool>,
    pub withheld_information: Reply<bool>,
    pub incorrect_identity: Reply<bool>,
    pub family_immigration_permit: Reply<bool>,
    pub prevented_from_returning: Reply<bool>,
    pub victim_of_abuse: Reply<bool>,
    pub relationship_ended: Reply<bool>,

    // Work permit.
    pub protection: Reply<Protection>,
    pub had_asylum_interview: Reply<bool>,
    pub valid_passport: Reply<bool>,
    pub decision: Reply<Decision>,
    pub dublin_case: Reply<bool>,

    // The 2021 temporary regulation.
    pub applied_for_asylum: Reply<bool>,
    pub first_asylum_application: DateDraft,
    pub date_of_birth: DateDraft,
    pub left_after_rejection_and_reapplied: Reply<bool>,
    pub lived_in_norway_on_20190101: Reply<bool>,
    pub lives_in_norway: Reply<bool>,
    pub convicted: Reply<bool>,
    pub has_residence_permit: Reply<bool>,
    pub identity_documented: Reply<bool>,
    pub request_date: DateDraft,

    // Guides.
    pub held_permit: Reply<HeldPermit>,
    pub permit_expiring: Reply<bool>,
    pub card_applied: Reply<AppliedWhen>,
    pub card_kind: Reply<CardApplicationKind>,
    pub card_old_document_not_handed_in: Reply<bool>,
    pub card_under_18: Reply<bool>,
    pub card_appointment: DateDraft,
    pub withdrawal_from_ukraine_individual: Reply<bool>,
    pub withdrawal_other_permit: Reply<bool>,
    pub withdrawal_other_application: Reply<bool>,
    pub withdrawal_under_90_days: Reply<bool>,
}

impl Answers {
    /// The situation the checks are about: the person's own, or (when helping) the one they
    /// gave for the person they help. `None` until answered.
    pub fn situation(&self) -> Option<Situation> {
        match self.start {
            Reply::Is(Situation::Helper) => self.client_situation.value(),
            other => other.value(),
        }
        .filter(|s| *s != Situation::Helper)
    }

    /// C3: the counting setting.
    pub fn counting(&self) -> Counting {
        if self.strict_counting {
            Counting::TravelDaysAbroad
        } else {
            Counting::TravelDaysInNorway
        }
    }

    /// The stays as the engine reads them (in the rows' order, so `stays[i]` is row `i`), or the
    /// rows that are not finished: a stay without a departure date does not exist for the
    /// engine, and one without a return date would be read as still going on, so the check
    /// waits instead of answering about a history the person has not finished typing.
    pub fn stays(&self, with_ukraine: bool) -> Result<Vec<Stay>, Vec<InputError>> {
        let mut errors = Vec::new();
        let mut out = Vec::new();
        for (i, s) in self.stays.iter().enumerate() {
            let n = i + 1;
            let from = s.from.date();
            if from.is_none() {
                errors.push(InputError::new(
                    format!("stays[{i}].from"),
                    msg!("flow-stay-departure-missing", n = n),
                ));
            }
            let to = if s.ongoing { None } else { s.to.date() };
            if !s.ongoing && to.is_none() {
                errors.push(InputError::new(
                    format!("stays[{i}].to"),
                    msg!("flow-stay-return-missing", n = n),
                ));
            }
            if let Some(from) = from {
                out.push(Stay {
                    from,
                    to,
                    schengen: s.schengen,
                    ukraine: with_ukraine && s.ukraine,
                });
            }
        }
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(errors)
        }
    }

    /// The planned trip, when its departure date is a date.
    pub fn planned_trip(&self, with_ukraine: bool) -> Option<Trip> {
        let t = &self.trip;
        t.from.date().map(|from| Trip {
            from,
            to: t.to.date(),
            schengen: t.schengen,
            ukraine: with_ukraine && t.ukraine,
        })
    }

    /// The travel-limits input. The situation comes from the start page: asylum seekers,
    /// permit holders and collective protection map to the checker's own situations; a
    /// permanent permit or a helper who has not said gives `null` (no verdict).
    pub fn travel_limits(&self) -> Result<travel_limits::Input, Vec<InputError>> {
        use travel_limits::Situation as S;
        let situation = match self.situation() {
            Some(Situation::AsylumSeeker) => Some(S::AsylumSeeker),
            Some(Situation::TemporaryPermit) => Some(S::TemporaryPermit),
            Some(Situation::CollectiveProtection) => Some(S::CollectiveProtection),
            _ => None,
        };
        let collective = situation == Some(S::CollectiveProtection);
        Ok(travel_limits::Input {
            situation,
            permit_basis: if collective {
                None
            } else {
                self.permit_basis.value()
            },
            after_asylum_application: self.after_asylum_application.value(),
            permit_start: self.permit_start.date(),
            permit_end: self.permit_end.date(),
            residence_since: self.residence_since.date(),
            stays: self.stays(collective)?,
            planned_trip: self.planned_trip(collective),
        })
    }

    pub fn permanent_permit(&self) -> Result<permanent_permit::Input, Vec<InputError>> {
        Ok(permanent_permit::Input {
            stays: self.stays(false)?,
            planned_trip: self.planned_trip(false),
            gave_incorrect_information: self.gave_incorrect_information.value(),
            withheld_information: self.withheld_information.value(),
            incorrect_identity: self.incorrect_identity.value(),
            brexit_permit: self.brexit_permit.value(),
            abuse_exemption: AbuseExemption {
                family_immigration_permit: self.family_immigration_permit.value(),
                prevented_from_returning: self.prevented_from_returning.value(),
                victim_of_abuse: self.victim_of_abuse.value(),
                relationship_ended: self.relationship_ended.value(),
            },
        })
    }

    pub fn work_permit(&self) -> work_permit::Input {
        work_permit::Input {
            protection: self.protection.value(),
            had_asylum_interview: self.had_asylum_interview.value(),
            valid_passport: self.valid_passport.value(),
            dublin_case: self.dublin_case.value(),
            decision: self.decision.value(),
        }
    }

    pub fn temporary_regulation(&self) -> Result<temporary_regulation::Input, Vec<InputError>> {
        Ok(temporary_regulation::Input {
            date_of_birth: self.date_of_birth.date(),
            first_asylum_application: self.first_asylum_application.date(),
            stays: self.stays(false)?,
            applied_for_asylum: self.applied_for_asylum.value(),
            left_after_rejection_and_reapplied: self.left_after_rejection_and_reapplied.value(),
            lived_in_norway_on_20190101: self.lived_in_norway_on_20190101.value(),
            lives_in_norway: self.lives_in_norway.value(),
            convicted: self.convicted.value(),
            has_residence_permit: self.has_residence_permit.value(),
            identity_documented: self.identity_documented.value(),
            request_date: self.request_date.date(),
        })
    }

    pub fn permit_holder(&self) -> PermitHolderAnswers {
        PermitHolderAnswers {
            permit: self.held_permit.value(),
            expiring: self.permit_expiring.value(),
        }
    }

    pub fn residence_card(&self) -> ResidenceCardAnswers {
        ResidenceCardAnswers {
            applied: self.card_applied.value(),
            kind: self.card_kind.value(),
            expired_travel_document_not_handed_in: self.card_old_document_not_handed_in.value(),
            under_18: self.card_under_18.value(),
        }
    }

    pub fn withdrawal(&self) -> WithdrawalAnswers {
        WithdrawalAnswers {
            has_other_permit: self.withdrawal_other_permit.value(),
            has_other_pending_application: self.withdrawal_other_application.value(),
            under_90_days_in_schengen: self.withdrawal_under_90_days.value(),
            fled_ukraine_assessed_individually: self.withdrawal_from_ukraine_individual.value(),
        }
    }
}
