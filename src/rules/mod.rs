//! The rule engine: pure Rust, no web, no UI. One module per checker, plus the shared dates and
//! periods module. The contract is `../shared/spec/RULES.md`; the public entry point is
//! [`crate::api::evaluate`].

pub mod dates;
pub mod law;
pub mod stays;

pub mod guides;
pub mod permanent_permit;
pub mod temporary_regulation;
pub mod travel_limits;
pub mod work_permit;

use serde::{Deserialize, Serialize};

use crate::text::{Arg, Msg, Text};

pub use dates::{Counting, Date};

/// Everything a checker needs besides its input. (Checkers write no prose: their messages are
/// rendered in the user's language by whoever shows them, `crate::api` or the UI.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Context {
    /// C1: the date the evaluation is made for.
    pub as_of: Date,
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

/// A closed set of answers (`situation`, `permitBasis` …), each with its API.md name.
pub trait Choice: Copy + Eq + 'static {
    /// Every option, in the order a form shows them.
    const ALL: &'static [Self];
    /// The option's name in API.md (`temporary-permit`).
    fn name(self) -> &'static str;
    /// The option called `name`, if there is one.
    fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.name() == name)
    }
}

/// Defines a [`Choice`] enum: `choice! { /// doc\n pub enum Decision { None => "none", … } }`.
/// Serde uses the same names.
#[macro_export]
macro_rules! choice {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident => $api:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $api)] $variant),+
        }

        impl $crate::rules::Choice for $name {
            const ALL: &'static [$name] = &[$($name::$variant),+];
            fn name(self) -> &'static str {
                match self {
                    $($name::$variant => $api),+
                }
            }
        }
    };
}

/// A problem with one field of the input (C8): which field (`stays[2].to`, as API.md names it)
/// and what is wrong and how to fix it, as a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub field: String,
    pub message: Msg,
}

impl InputError {
    pub fn new(field: impl Into<String>, message: Msg) -> InputError {
        InputError {
            field: field.into(),
            message,
        }
    }
}

/// A figure a criterion used, with its unit, so that nothing reading it has to guess.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    /// A number of days.
    Days(i64),
    /// A number of years.
    Years(i64),
    /// A plain count.
    Count(i64),
    Date(Date),
    Bool(bool),
    /// A word from a fixed set (`permit-year`, `tl.half-time` …).
    Word(&'static str),
    /// Not applicable.
    None,
}

impl Figure {
    /// A number of days, or not applicable.
    pub fn days(n: Option<i64>) -> Figure {
        n.map_or(Figure::None, Figure::Days)
    }
    /// A number of years, or not applicable.
    pub fn years(n: Option<i64>) -> Figure {
        n.map_or(Figure::None, Figure::Years)
    }
    /// A count, or not applicable.
    pub fn count(n: Option<i64>) -> Figure {
        n.map_or(Figure::None, Figure::Count)
    }
}

impl From<Option<Date>> for Figure {
    fn from(d: Option<Date>) -> Figure {
        d.map_or(Figure::None, Figure::Date)
    }
}
impl From<Date> for Figure {
    fn from(d: Date) -> Figure {
        Figure::Date(d)
    }
}
impl From<Option<bool>> for Figure {
    fn from(b: Option<bool>) -> Figure {
        b.map_or(Figure::None, Figure::Bool)
    }
}
impl From<bool> for Figure {
    fn from(b: bool) -> Figure {
        Figure::Bool(b)
    }
}
impl From<Option<&'static str>> for Figure {
    fn from(w: Option<&'static str>) -> Figure {
        w.map_or(Figure::None, Figure::Word)
    }
}

/// A calendar span from `from` to `to` as a message argument: "16 years, 2 months and 3 days",
/// written with a minus when `to` is before `from`.
pub fn span(from: Date, to: Date) -> Arg {
    let (a, b, negative) = if to >= from {
        (from, to, false)
    } else {
        (to, from, true)
    };
    let (years, months, days) = dates::calendar_difference(a, b);
    Arg::Span {
        years,
        months,
        days,
        negative,
    }
}

impl Serialize for Figure {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            Figure::Days(n) | Figure::Years(n) | Figure::Count(n) => s.serialize_i64(n),
            Figure::Date(d) => d.serialize(s),
            Figure::Bool(b) => s.serialize_bool(b),
            Figure::Word(w) => s.serialize_str(w),
            Figure::None => s.serialize_none(),
        }
    }
}

/// One criterion of an answer: its id (RULES.md), status, borderline flag (C7), a short positive
/// title of what it checks, whether it decides the outcome (API.md rev. 2), a plain-language
/// explanation, its sources (seed page + provision) and the figures it used, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Criterion {
    pub id: &'static str,
    pub status: Status,
    pub borderline: bool,
    /// What is checked, stated positively ("No stay abroad of two years or more"): the message
    /// `<id with dashes>-title` (see [`CRITERIA`]).
    pub title: Msg,
    /// One of the criteria that decide the outcome: every not-met criterion behind a negative
    /// outcome (and, for travel limits, the rule that sets the latest return date).
    pub decisive: bool,
    pub explanation: Text,
    pub sources: Vec<&'static str>,
    pub figures: Vec<(&'static str, Figure)>,
}

/// Every criterion the engine reports (RULES.md ids) and the message of its title.
pub const CRITERIA: &[(&str, &str)] = &[
    ("tr.applied-for-asylum", "tr-applied-for-asylum-title"),
    (
        "tr.no-return-after-rejection",
        "tr-no-return-after-rejection-title",
    ),
    ("tr.sixteen-years", "tr-sixteen-years-title"),
    ("tr.combined-65", "tr-combined-65-title"),
    ("tr.lived-in-norway-2019", "tr-lived-in-norway-2019-title"),
    ("tr.lives-in-norway", "tr-lives-in-norway-title"),
    ("tr.no-conviction", "tr-no-conviction-title"),
    ("tr.no-residence-permit", "tr-no-residence-permit-title"),
    ("tr.deadline", "tr-deadline-title"),
    ("pp.continuous", "pp-continuous-title"),
    ("pp.four-year-total", "pp-four-year-total-title"),
    ("pp.correct-information", "pp-correct-information-title"),
    ("tl.permit-valid", "tl-permit-valid-title"),
    ("tl.half-time", "tl-half-time-title"),
    ("tl.permanent-residence", "tl-permanent-residence-title"),
    ("tl.schengen", "tl-schengen-title"),
    ("tl.no-ukraine-trip", "tl-no-ukraine-trip-title"),
    ("wp.interview", "wp-interview-title"),
    ("wp.passport", "wp-passport-title"),
    ("wp.no-decision", "wp-no-decision-title"),
    ("wp.not-dublin", "wp-not-dublin-title"),
];

/// The title message of a criterion (`CRITERIA`); an id not listed gets the generic title
/// (a test keeps the list complete).
fn title_of(id: &str) -> Msg {
    Msg::new(
        CRITERIA
            .iter()
            .find(|(i, _)| *i == id)
            .map_or("criterion-title", |(_, t)| *t),
    )
}

impl Criterion {
    pub fn new(
        id: &'static str,
        status: Status,
        explanation: impl Into<Text>,
        sources: &[&'static str],
    ) -> Criterion {
        Criterion {
            id,
            status,
            borderline: false,
            title: title_of(id),
            decisive: false,
            explanation: explanation.into(),
            sources: sources.to_vec(),
            figures: Vec::new(),
        }
    }

    pub fn with_borderline(mut self, borderline: bool) -> Criterion {
        self.borderline = borderline;
        self
    }

    /// Replaces the title (a criterion whose rule reads differently in some cases).
    pub fn with_title(mut self, title: Msg) -> Criterion {
        self.title = title;
        self
    }

    /// Adds a figure the criterion used.
    pub fn with_figure(mut self, name: &'static str, value: impl Into<Figure>) -> Criterion {
        self.figures.push((name, value.into()));
        self
    }

    /// The figure `name`, if the criterion has it.
    pub fn figure(&self, name: &str) -> Option<Figure> {
        self.figures
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
    }
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

/// A checker's answer to valid input: the outcome, every criterion, the checker's figures (a
/// typed struct per checker; `NoFigures` when it has none), its own top-level fields
/// (`permitType`, `exemptionMayApply`; `NoFigures` when none) and the summary: the outcome and
/// the fact that decides it, in one or two sentences (API.md rev. 2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation<F, X = NoFigures> {
    pub outcome: Outcome,
    pub criteria: Vec<Criterion>,
    pub figures: F,
    pub extra: X,
    pub summary: Text,
}

/// Marks as decisive every not-met criterion behind a negative outcome (`not-eligible`): the
/// checkers whose criteria are all required.
pub fn mark_not_met_decisive(criteria: &mut [Criterion], outcome: Outcome) {
    let negative = outcome == Outcome::NotEligible;
    for c in criteria {
        c.decisive = negative && c.status == Status::NotMet;
    }
}

impl<F, X> Evaluation<F, X> {
    /// The criterion with this id, if reported.
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }
}

/// No figures (or no extra fields): `{}`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct NoFigures {}

/// A period as a figure: its first and last day, both included (as a person reads a period; the
/// engine's own windows are half-open inside).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Window {
    pub start: Date,
    pub end: Date,
}
