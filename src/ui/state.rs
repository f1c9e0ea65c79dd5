//! Every answer of the four checkers, kept exactly as the user typed it.
//!
//! [`Answers`] is plain data (`Serialize`/`Deserialize`): dates are three strings (day, month,
//! year) so that nothing typed is ever lost, yes/no/don't-know answers are `Option<bool>`
//! (`None` = "I don't know"), choices are `Option<enum>`. The list of stays abroad and the planned
//! trip belong to the person, not to a checker: the permanent-permit and travel-limits tabs (and
//! the temporary regulation's count of days abroad) all read the same list.
//!
//! [`AppState`] holds the answers in one signal and is provided as context by the app shell:
//!
//! ```ignore
//! let state = AppState::expect();
//! let dob = field!(state, temporary_regulation.date_of_birth); // a Field<DateDraft>
//! let response = state.response(Checker::TemporaryRegulation); // Memo<Response>
//! ```
//!
//! Turning drafts into an [`api::Request`] ([`Answers::request`]) uses exactly the input names of
//! API.md. A date goes in only when its draft parses; an empty or unparseable draft becomes `null`,
//! so the engine answers "unknown" while the field shows its own error.

use std::sync::atomic::{AtomicU64, Ordering};

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::api::{self, Request, Response};
use crate::api::FieldError;
use crate::rules::dates::{parse_day_month_year, Date, DateProblem};
use crate::rules::guides;
use crate::rules::text::Locale;
use crate::tr;

// ---------------------------------------------------------------------------------------------
// Drafts
// ---------------------------------------------------------------------------------------------

/// A date as typed into the three boxes of a [`crate::ui::components::DateField`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
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

    /// Nothing typed in any of the three boxes (spaces do not count).
    pub fn is_empty(&self) -> bool {
        [&self.day, &self.month, &self.year]
            .iter()
            .all(|s| s.trim().is_empty())
    }

    /// `None` when nothing is typed (an unknown date, not an error); otherwise the date or what
    /// is wrong with it (`dates::parse_day_month_year`).
    pub fn check(&self) -> Option<Result<Date, DateProblem>> {
        (!self.is_empty()).then(|| parse_day_month_year(&self.day, &self.month, &self.year))
    }

    /// The date, when the draft is a valid date.
    pub fn date(&self) -> Option<Date> {
        self.check().and_then(Result::ok)
    }

    /// The date as API.md wants it: `"2021-10-01"`, or `null` when empty or not a date.
    pub fn to_json(&self) -> Value {
        self.date().map_or(Value::Null, |d| {
            Value::from(d.format("%Y-%m-%d").to_string())
        })
    }
}

static NEXT_STAY_ID: AtomicU64 = AtomicU64::new(1);

/// A fresh identity for a stay row (not saved: every load hands out new ones).
pub fn fresh_stay_id() -> u64 {
    NEXT_STAY_ID.fetch_add(1, Ordering::Relaxed)
}

/// One stay abroad as typed: the day of leaving Norway, the day of coming back (unless still
/// abroad), and whether it was in another Schengen country.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StayDraft {
    /// Identifies the row on screen (so that removing a row never moves another row's state).
    #[serde(skip, default = "fresh_stay_id")]
    pub id: u64,
    pub from: DateDraft,
    /// Kept even while `ongoing` is ticked, so that unticking brings it back.
    pub to: DateDraft,
    /// "I am still abroad": no return date yet.
    pub ongoing: bool,
    /// In another Schengen country (travel limits only).
    pub schengen: bool,
}

impl Default for StayDraft {
    fn default() -> StayDraft {
        StayDraft {
            id: fresh_stay_id(),
            from: DateDraft::default(),
            to: DateDraft::default(),
            ongoing: false,
            schengen: false,
        }
    }
}

/// A planned trip: the day of leaving, the intended return day (may stay empty), Schengen or not.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TripDraft {
    pub from: DateDraft,
    pub to: DateDraft,
    pub schengen: bool,
}

macro_rules! api_choice {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $api:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $api)] $variant),+
        }

        impl $name {
            /// Every option, in the order a form shows them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value API.md uses for this option.
            pub fn api_name(self) -> &'static str {
                match self {
                    $($name::$variant => $api),+
                }
            }
        }
    };
}

api_choice! {
    /// Travel limits: `situation`.
    Situation {
        /// Holds a temporary residence permit.
        TemporaryPermit => "temporary-permit",
        /// An application for protection is still pending.
        AsylumSeeker => "asylum-seeker",
    }
}

api_choice! {
    /// Travel limits: `permitBasis`.
    PermitBasis {
        Humanitarian => "humanitarian",
        Refugee => "refugee",
        Other => "other",
    }
}

api_choice! {
    /// Work permit: `protection`.
    Protection {
        Individual => "individual",
        Collective => "collective",
    }
}

api_choice! {
    /// Work permit: `decision`.
    Decision {
        /// No answer to the application yet (`"none"`).
        NoDecision => "none",
        Rejected => "rejected",
    }
}

/// The answers of the temporary-regulation checker (API.md names, camelCase when saved).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct TemporaryRegulationDraft {
    pub date_of_birth: DateDraft,
    pub first_asylum_application: DateDraft,
    pub applied_for_asylum: Option<bool>,
    pub left_after_rejection_and_reapplied: Option<bool>,
    pub lived_in_norway_on_20190101: Option<bool>,
    pub lives_in_norway: Option<bool>,
    pub convicted: Option<bool>,
    pub has_residence_permit: Option<bool>,
    pub identity_documented: Option<bool>,
    /// Empty: the engine uses today's date.
    pub request_date: DateDraft,
}

/// `abuseExemption` of the permanent-permit checker.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct AbuseExemptionDraft {
    pub family_immigration_permit: Option<bool>,
    pub prevented_from_returning: Option<bool>,
    pub victim_of_abuse: Option<bool>,
    pub relationship_ended: Option<bool>,
}

/// The answers of the permanent-permit checker besides the shared stays and planned trip.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PermanentPermitDraft {
    pub gave_incorrect_information: Option<bool>,
    pub withheld_information: Option<bool>,
    pub incorrect_identity: Option<bool>,
    pub abuse_exemption: AbuseExemptionDraft,
}

/// The answers of the travel-limits checker besides the shared stays and planned trip.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct TravelLimitsDraft {
    pub situation: Option<Situation>,
    pub permit_basis: Option<PermitBasis>,
    pub permit_start: DateDraft,
    pub permit_end: DateDraft,
}

/// The answers of the work-permit checker.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct WorkPermitDraft {
    pub protection: Option<Protection>,
    pub had_asylum_interview: Option<bool>,
    pub valid_passport: Option<bool>,
    pub dublin_case: Option<bool>,
    pub decision: Option<Decision>,
}

/// The answers of the guides (`rules::guides`; `None` = "I don't know"). Not sent to any
/// checker; kept here so that they are part of the saved answers. The withdrawal letter's name
/// and DUF number are deliberately not kept: they stay in the guide's own signals.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct GuidesDraft {
    pub held_permit: Option<guides::HeldPermit>,
    pub permit_expiring: Option<bool>,
    pub card_applied: Option<guides::AppliedWhen>,
    pub card_kind: Option<guides::CardApplicationKind>,
    pub card_old_document_not_handed_in: Option<bool>,
    pub card_under_18: Option<bool>,
    pub card_appointment: DateDraft,
    pub withdrawal_from_ukraine_individual: Option<bool>,
    pub withdrawal_other_permit: Option<bool>,
    pub withdrawal_other_application: Option<bool>,
    pub withdrawal_under_90_days: Option<bool>,
}

/// Everything the user has answered, in every tab.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Answers {
    pub temporary_regulation: TemporaryRegulationDraft,
    pub permanent_permit: PermanentPermitDraft,
    pub travel_limits: TravelLimitsDraft,
    pub work_permit: WorkPermitDraft,
    /// The person's stays abroad, shared by every checker that counts days abroad.
    pub stays: Vec<StayDraft>,
    /// The person's next trip, shared by the permanent-permit and travel-limits tabs.
    pub planned_trip: TripDraft,
    /// RULES.md C3: count both travel days as days abroad (never the default).
    pub strict_counting: bool,
    /// The guides' answers.
    pub guides: GuidesDraft,
}

// ---------------------------------------------------------------------------------------------
// Drafts → API request
// ---------------------------------------------------------------------------------------------

/// A checker of API.md.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Checker {
    TemporaryRegulation,
    PermanentPermit,
    TravelLimits,
    WorkPermit,
}

impl Checker {
    pub const ALL: [Checker; 4] = [
        Checker::TemporaryRegulation,
        Checker::PermanentPermit,
        Checker::TravelLimits,
        Checker::WorkPermit,
    ];

    /// The request's `checker` (one of `api::CHECKERS`).
    pub fn api_name(self) -> &'static str {
        match self {
            Checker::TemporaryRegulation => api::CHECKERS[0],
            Checker::PermanentPermit => api::CHECKERS[1],
            Checker::TravelLimits => api::CHECKERS[2],
            Checker::WorkPermit => api::CHECKERS[3],
        }
    }

    /// Whether the checker reads the shared list of stays abroad.
    pub fn uses_stays(self) -> bool {
        !matches!(self, Checker::WorkPermit)
    }
}

fn answer(v: Option<bool>) -> Value {
    v.map_or(Value::Null, Value::from)
}

fn choice(name: Option<&'static str>) -> Value {
    name.map_or(Value::Null, Value::from)
}

/// What a checker gets once its answers are read: a request for the engine, or the stays that
/// must be completed first.
#[derive(Clone, Debug, PartialEq)]
pub enum Prepared {
    Ready(Request),
    /// Stays abroad that cannot be sent yet (see [`Answers::stay_problems`]).
    Incomplete(Vec<FieldError>),
}

impl Answers {
    /// The API request for `checker`, its explanations in `locale`, for today (`asOf` unset).
    pub fn request(&self, checker: Checker, locale: Locale) -> Request {
        let input = match checker {
            Checker::TemporaryRegulation => self.temporary_regulation_input(),
            Checker::PermanentPermit => self.permanent_permit_input(),
            Checker::TravelLimits => self.travel_limits_input(),
            Checker::WorkPermit => self.work_permit_input(),
        };
        Request {
            checker: checker.api_name().to_string(),
            as_of: None,
            locale: Some(locale.tag().to_string()),
            counting: self.strict_counting.then(|| "strict".to_string()),
            input: Value::Object(input),
        }
    }

    fn temporary_regulation_input(&self) -> Map<String, Value> {
        let d = &self.temporary_regulation;
        let mut m = Map::new();
        m.insert("dateOfBirth".into(), d.date_of_birth.to_json());
        m.insert(
            "firstAsylumApplication".into(),
            d.first_asylum_application.to_json(),
        );
        m.insert("stays".into(), self.stays_json());
        m.insert("appliedForAsylum".into(), answer(d.applied_for_asylum));
        m.insert(
            "leftAfterRejectionAndReapplied".into(),
            answer(d.left_after_rejection_and_reapplied),
        );
        m.insert(
            "livedInNorwayOn20190101".into(),
            answer(d.lived_in_norway_on_20190101),
        );
        m.insert("livesInNorway".into(), answer(d.lives_in_norway));
        m.insert("convicted".into(), answer(d.convicted));
        m.insert("hasResidencePermit".into(), answer(d.has_residence_permit));
        m.insert("identityDocumented".into(), answer(d.identity_documented));
        m.insert("requestDate".into(), d.request_date.to_json());
        m
    }

    fn permanent_permit_input(&self) -> Map<String, Value> {
        let d = &self.permanent_permit;
        let a = &d.abuse_exemption;
        let mut abuse = Map::new();
        abuse.insert(
            "familyImmigrationPermit".into(),
            answer(a.family_immigration_permit),
        );
        abuse.insert(
            "preventedFromReturning".into(),
            answer(a.prevented_from_returning),
        );
        abuse.insert("victimOfAbuse".into(), answer(a.victim_of_abuse));
        abuse.insert("relationshipEnded".into(), answer(a.relationship_ended));
        let mut m = Map::new();
        m.insert("stays".into(), self.stays_json());
        m.insert("plannedTrip".into(), self.planned_trip_json());
        m.insert(
            "gaveIncorrectInformation".into(),
            answer(d.gave_incorrect_information),
        );
        m.insert("withheldInformation".into(), answer(d.withheld_information));
        m.insert("incorrectIdentity".into(), answer(d.incorrect_identity));
        m.insert("abuseExemption".into(), Value::Object(abuse));
        m
    }

    fn travel_limits_input(&self) -> Map<String, Value> {
        let d = &self.travel_limits;
        let mut m = Map::new();
        m.insert(
            "situation".into(),
            choice(d.situation.map(Situation::api_name)),
        );
        m.insert(
            "permitBasis".into(),
            choice(d.permit_basis.map(PermitBasis::api_name)),
        );
        m.insert("permitStart".into(), d.permit_start.to_json());
        m.insert("permitEnd".into(), d.permit_end.to_json());
        m.insert("stays".into(), self.stays_json());
        m.insert("plannedTrip".into(), self.planned_trip_json());
        m
    }

    fn work_permit_input(&self) -> Map<String, Value> {
        let d = &self.work_permit;
        let mut m = Map::new();
        m.insert(
            "protection".into(),
            choice(d.protection.map(Protection::api_name)),
        );
        m.insert("hadAsylumInterview".into(), answer(d.had_asylum_interview));
        m.insert("validPassport".into(), answer(d.valid_passport));
        m.insert("dublinCase".into(), answer(d.dublin_case));
        m.insert(
            "decision".into(),
            choice(d.decision.map(Decision::api_name)),
        );
        m
    }

    /// `stays`, one entry per row, in the rows' order (so the engine's `stays[i]` is row `i`).
    /// A return date is sent only when the stay is not ongoing and the date parses; a row that is
    /// neither is incomplete and [`Answers::prepare`] does not run the engine on it.
    fn stays_json(&self) -> Value {
        Value::Array(
            self.stays
                .iter()
                .map(|s| {
                    let mut m = Map::new();
                    m.insert("from".into(), s.from.to_json());
                    let to = if s.ongoing {
                        Value::Null
                    } else {
                        s.to.to_json()
                    };
                    m.insert("to".into(), to);
                    m.insert("schengen".into(), Value::from(s.schengen));
                    Value::Object(m)
                })
                .collect(),
        )
    }

    /// `plannedTrip`: `null` unless its departure date parses (no trip, or not finished typing).
    fn planned_trip_json(&self) -> Value {
        let t = &self.planned_trip;
        if t.from.date().is_none() {
            return Value::Null;
        }
        let mut m = Map::new();
        m.insert("from".into(), t.from.to_json());
        m.insert("to".into(), t.to.to_json());
        m.insert("schengen".into(), Value::from(t.schengen));
        Value::Object(m)
    }

    /// Stays that cannot be sent to the engine yet, as errors on `stays[i].from` / `stays[i].to`.
    ///
    /// A date the user has not finished is normally sent as `null` ("unknown"). A stay cannot
    /// be: without a departure date it does not exist for the engine, and without a return date
    /// the engine reads it as still going on. Both would give a confident answer about a history
    /// the user has not finished typing, so instead the checker shows what to complete (the UI's
    /// own form check, not a rule; the user's choice).
    pub fn stay_problems(&self, loc: Locale) -> Vec<FieldError> {
        let mut errors = Vec::new();
        for (i, s) in self.stays.iter().enumerate() {
            let n = i + 1;
            if s.from.date().is_none() {
                errors.push(field_error(
                    format!("stays[{i}].from"),
                    tr!(loc,
                        en: "Stay {n}: enter the date you left Norway, or remove this stay.",
                        nb: "Opphold {n}: skriv inn datoen du reiste fra Norge, eller fjern oppholdet.",
                        uk: "Перебування {n}: введіть дату виїзду з Норвегії або видаліть це перебування."),
                ));
            }
            if !s.ongoing && s.to.date().is_none() {
                errors.push(field_error(
                    format!("stays[{i}].to"),
                    tr!(loc,
                        en: "Stay {n}: enter the date you came back, or tick \u{201c}I am still abroad\u{201d}.",
                        nb: "Opphold {n}: skriv inn datoen du kom tilbake, eller kryss av for \u{ab}Jeg er fortsatt i utlandet\u{bb}.",
                        uk: "Перебування {n}: введіть дату повернення або позначте \u{ab}Я досі за кордоном\u{bb}."),
                ));
            }
        }
        errors
    }

    /// The request for `checker`, unless some stay it needs is incomplete.
    pub fn prepare(&self, checker: Checker, locale: Locale) -> Prepared {
        if checker.uses_stays() {
            let problems = self.stay_problems(locale);
            if !problems.is_empty() {
                return Prepared::Incomplete(problems);
            }
        }
        Prepared::Ready(self.request(checker, locale))
    }
}

impl Prepared {
    /// The engine's answer, or (for incomplete stays) an answer with only those errors.
    pub fn evaluate(&self, checker: Checker) -> Response {
        match self {
            Prepared::Ready(request) => api::evaluate(request),
            Prepared::Incomplete(errors) => Response {
                checker: checker.api_name().to_string(),
                outcome: None,
                criteria: Vec::new(),
                figures: Map::new(),
                errors: errors.clone(),
                extra: Map::new(),
            },
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Reactive state
// ---------------------------------------------------------------------------------------------

/// The app's state, provided as context by the shell. `Copy`: pass it around freely.
#[derive(Clone, Copy)]
pub struct AppState {
    pub answers: RwSignal<Answers>,
}

impl Default for AppState {
    fn default() -> Self {
        AppState::new()
    }
}

impl AppState {
    pub fn new() -> AppState {
        AppState {
            answers: RwSignal::new(Answers::default()),
        }
    }

    /// Creates the state and provides it to every component below.
    pub fn provide() -> AppState {
        let state = AppState::new();
        provide_context(state);
        state
    }

    /// The state provided by the shell.
    pub fn expect() -> AppState {
        expect_context::<AppState>()
    }

    /// The engine's answer for `checker`, kept up to date with the answers and the UI language
    /// (explanations and errors come back in it). Typing in another tab does not re-run it.
    pub fn response(self, checker: Checker) -> Memo<Response> {
        let locale = crate::ui::use_engine_locale();
        let answers = self.answers;
        let prepared = Memo::new(move |_| {
            let loc = locale.get();
            answers.with(|a| a.prepare(checker, loc))
        });
        Memo::new(move |_| prepared.with(|p| p.evaluate(checker)))
    }
}

/// A read/write handle on one piece of the answers, for form components. `Copy`.
///
/// Reading goes through a memo, so a component only re-renders when its own value changes.
/// Build one with [`field!`](crate::ui::state::field) or [`Field::new`].
pub struct Field<T: Send + Sync + 'static> {
    value: Memo<T>,
    write: Callback<T>,
}

impl<T: Send + Sync + 'static> Clone for Field<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Field<T> {}

impl<T: Clone + PartialEq + Send + Sync + 'static> Field<T> {
    /// A field from a getter and a setter (both may capture signals).
    pub fn new(
        read: impl Fn() -> T + Send + Sync + 'static,
        write: impl Fn(T) + Send + Sync + 'static,
    ) -> Field<T> {
        Field {
            value: Memo::new(move |_| read()),
            write: Callback::new(write),
        }
    }

    /// The current value (tracked).
    pub fn get(&self) -> T {
        self.value.get()
    }

    /// The current value, without subscribing.
    pub fn get_untracked(&self) -> T {
        self.value.get_untracked()
    }

    /// Reads through a reference (tracked).
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.value.with(f)
    }

    pub fn set(&self, value: T) {
        self.write.run(value);
    }

    /// Changes the current value in place.
    pub fn update(&self, f: impl FnOnce(&mut T)) {
        let mut v = self.get_untracked();
        f(&mut v);
        self.set(v);
    }

    /// The value as a signal.
    pub fn signal(&self) -> Signal<T> {
        self.value.into()
    }
}

/// `field!(state, temporary_regulation.date_of_birth)`: a [`Field`] on that part of
/// `state.answers` (any path of named fields). `state` is an [`AppState`].
#[macro_export]
macro_rules! field {
    ($state:expr, $($path:ident).+) => {{
        let answers = $state.answers;
        $crate::ui::state::Field::new(
            move || answers.with(|a| a.$($path).+.clone()),
            move |v| answers.update(|a| a.$($path).+ = v),
        )
    }};
}
pub use crate::field;

fn field_error(field: impl Into<String>, message: impl Into<String>) -> FieldError {
    FieldError {
        field: field.into(),
        message: message.into(),
    }
}
