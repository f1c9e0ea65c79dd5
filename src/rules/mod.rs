//! The rule engine: pure Rust, no web, no UI. One module per checker, plus the shared dates and
//! periods module. The contract is `../shared/spec/RULES.md`; the public entry point is
//! [`crate::api::evaluate`].

pub mod dates;
pub mod input;
pub mod law;
pub mod text;

pub mod guides;
pub mod permanent_permit;
pub mod temporary_regulation;
pub mod travel_limits;
pub mod work_permit;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub use dates::{Counting, Date, FieldError};
pub use text::Locale;

/// Everything a checker needs besides its input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Context {
    /// C1: the date the evaluation is made for.
    pub as_of: Date,
    /// The language of explanations and error messages.
    pub locale: Locale,
    /// C3: how travel days are counted (the default unless the user chose the strict setting).
    pub counting: Counting,
}

/// The status of one criterion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Met,
    NotMet,
    Unknown,
}

impl Status {
    /// `Some(true)` → met, `Some(false)` → not met, `None` → unknown.
    pub fn from_answer(answer: Option<bool>) -> Status {
        match answer {
            Some(true) => Status::Met,
            Some(false) => Status::NotMet,
            None => Status::Unknown,
        }
    }
}

/// The outcome of a checker (API.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Eligible,
    NotEligible,
    Unknown,
    NotApplicable,
    WithinLimits,
    AtRisk,
    LimitExceeded,
    MustNotTravel,
}

impl Outcome {
    /// All criteria must be met: any not-met → not eligible; all met → eligible; else unknown.
    pub fn all_of(criteria: &[Criterion]) -> Outcome {
        if criteria.iter().any(|c| c.status == Status::NotMet) {
            Outcome::NotEligible
        } else if criteria.iter().all(|c| c.status == Status::Met) {
            Outcome::Eligible
        } else {
            Outcome::Unknown
        }
    }
}

/// One criterion of a checker's answer: its id (RULES.md), status, borderline flag (C7), a
/// plain-language explanation, the figures it used, and its sources (seed page + provision).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Criterion {
    pub id: String,
    pub status: Status,
    pub borderline: bool,
    pub explanation: String,
    pub sources: Vec<String>,
    #[serde(default)]
    pub figures: Map<String, Value>,
}

impl Criterion {
    pub fn new(id: &str, status: Status, explanation: String, sources: &[&str]) -> Criterion {
        Criterion {
            id: id.to_string(),
            status,
            borderline: false,
            explanation,
            sources: sources.iter().map(|s| s.to_string()).collect(),
            figures: Map::new(),
        }
    }

    pub fn with_borderline(mut self, borderline: bool) -> Criterion {
        self.borderline = borderline;
        self
    }

    /// Adds a figure the criterion used (dates become ISO strings, `None` becomes `null`).
    pub fn with_figure(mut self, name: &str, value: impl Into<Figure>) -> Criterion {
        self.figures.insert(name.to_string(), value.into().0);
        self
    }
}

/// A figure's JSON value: integers, dates (ISO strings), booleans, text, or `null`.
pub struct Figure(pub Value);

impl From<i64> for Figure {
    fn from(v: i64) -> Self {
        Figure(Value::from(v))
    }
}
impl From<bool> for Figure {
    fn from(v: bool) -> Self {
        Figure(Value::from(v))
    }
}
impl From<Date> for Figure {
    fn from(v: Date) -> Self {
        Figure(Value::from(v.format("%Y-%m-%d").to_string()))
    }
}
impl From<&str> for Figure {
    fn from(v: &str) -> Self {
        Figure(Value::from(v))
    }
}
impl From<Value> for Figure {
    fn from(v: Value) -> Self {
        Figure(v)
    }
}
impl<T: Into<Figure>> From<Option<T>> for Figure {
    fn from(v: Option<T>) -> Self {
        v.map_or(Figure(Value::Null), Into::into)
    }
}

/// What a checker answers when its input is valid.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub outcome: Outcome,
    pub criteria: Vec<Criterion>,
    /// The figures RULES.md names for the checker (and more).
    pub figures: Map<String, Value>,
    /// Checker-specific top-level fields of the response (`permitType`, `exemptionMayApply`).
    pub extra: Map<String, Value>,
}

impl Evaluation {
    pub fn new(outcome: Outcome, criteria: Vec<Criterion>) -> Evaluation {
        Evaluation {
            outcome,
            criteria,
            figures: Map::new(),
            extra: Map::new(),
        }
    }

    pub fn with_figure(mut self, name: &str, value: impl Into<Figure>) -> Evaluation {
        self.figures.insert(name.to_string(), value.into().0);
        self
    }

    pub fn with_extra(mut self, name: &str, value: impl Into<Figure>) -> Evaluation {
        self.extra.insert(name.to_string(), value.into().0);
        self
    }
}

/// The signature every checker implements: read `input` (API.md), apply RULES.md, and answer
/// with an evaluation or with the list of input errors (C8). Must never panic.
pub type Checker = fn(&Value, &Context) -> Result<Evaluation, Vec<FieldError>>;

/// The answer of a checker that has not landed yet (issue 2): an error naming it.
pub fn not_yet_available(checker: &str, loc: Locale) -> Vec<FieldError> {
    vec![FieldError::new(
        "checker",
        crate::tr!(loc,
            en: "The checker \"{checker}\" is not available yet in this version.",
            nb: "Kontrollen \"{checker}\" er ikke tilgjengelig ennå i denne versjonen.",
            uk: "Перевірка \"{checker}\" ще недоступна в цій версії."),
    )]
}
