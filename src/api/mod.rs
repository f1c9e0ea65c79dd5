//! The embedding API (`../shared/spec/API.md`): one JSON-in, JSON-out function. The only part of
//! the crate that knows JSON.
//!
//! [`evaluate`] never panics and never fails: a malformed request, an unknown checker, a bad date
//! or a wrong type all come back as `errors` with `outcome: null`.
//!
//! - [`reader`]: reading a checker's `input` leniently, naming the exact field of every problem;
//! - `inputs`: each checker's `input` read into its typed `Input` (`rules::<checker>::Input`);
//! - `respond`: a typed `Evaluation` written as the JSON [`Response`], its messages rendered in
//!   the requested language.

mod inputs;
pub mod reader;
mod respond;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::msg;
use crate::rules::dates::parse_date;
use crate::rules::law::RULES_CHECKED_ON;
use crate::rules::{
    permanent_permit, temporary_regulation, travel_limits, work_permit, Context, Counting, Date,
    InputError, Outcome, Status,
};
use crate::text::{self, Catalog};

/// The checkers, by the name a request gives them.
pub const CHECKERS: [&str; 4] = [
    "temporary-regulation",
    "permanent-permit",
    "travel-limits",
    "work-permit",
];

/// A request: `{ "checker": "…", "asOf": "2026-11-21", "locale": "nb", "input": { … } }`.
///
/// `asOf` is optional (default: the device's date). `locale` is optional (`en` by default).
/// `counting` is optional: `"strict"` counts both travel days as days abroad (RULES.md C3);
/// anything else, or nothing, is the default convention.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Request {
    #[serde(default)]
    pub checker: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counting: Option<String>,
    #[serde(default)]
    pub input: Value,
}

impl Request {
    pub fn new(checker: &str, as_of: Option<&str>, input: Value) -> Request {
        Request {
            checker: checker.to_string(),
            as_of: as_of.map(str::to_string),
            input,
            ..Request::default()
        }
    }
}

/// One criterion as API.md writes it, its texts rendered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Criterion {
    pub id: String,
    pub status: Status,
    pub borderline: bool,
    /// What the criterion checks, stated positively (rev. 2).
    #[serde(default)]
    pub title: String,
    /// One of the criteria that decide the outcome (rev. 2).
    #[serde(default)]
    pub decisive: bool,
    pub explanation: String,
    pub sources: Vec<String>,
    #[serde(default)]
    pub figures: Map<String, Value>,
}

/// A problem with one field of the input (API.md `errors`): which field, and what to do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

/// The answer (API.md "Response").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Response {
    pub checker: String,
    pub outcome: Option<Outcome>,
    pub criteria: Vec<Criterion>,
    pub figures: Map<String, Value>,
    pub errors: Vec<FieldError>,
    /// The outcome and the fact that decides it, in plain words; `null` with errors (rev. 2).
    pub summary: Option<String>,
    /// The language the texts are in: the one asked for, or `en` when its texts are not
    /// available (rev. 2).
    pub locale: String,
    /// The date the rules were last checked (RULES.md C11).
    pub rules_checked_on: Date,
    /// `permitType` (temporary-regulation), `exemptionMayApply` (permanent-permit).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Response {
    fn failed_with(checker: &str, errors: &[InputError], catalog: &Catalog) -> Response {
        Response {
            checker: checker.to_string(),
            outcome: None,
            criteria: Vec::new(),
            figures: Map::new(),
            errors: respond::errors(errors, catalog),
            summary: None,
            locale: catalog.language.tag.to_string(),
            rules_checked_on: RULES_CHECKED_ON,
            extra: Map::new(),
        }
    }

    /// A figure as a date, when it is one.
    pub fn figure_date(&self, name: &str) -> Option<Date> {
        self.figures
            .get(name)
            .and_then(Value::as_str)
            .and_then(|s| parse_date(s).ok())
    }

    /// A figure as an integer, when it is one.
    pub fn figure_int(&self, name: &str) -> Option<i64> {
        self.figures.get(name).and_then(Value::as_i64)
    }

    /// The criterion with this id, if reported.
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }
}

pub use crate::rules::dates::today;

/// Evaluates one request. Never panics; problems come back as `errors`.
pub fn evaluate(request: &Request) -> Response {
    let catalog = text::catalog(request.locale.as_deref().unwrap_or("en"));
    let name = request.checker.as_str();
    if !CHECKERS.contains(&name) {
        let list = CHECKERS.join(", ");
        let given = name.chars().take(60).collect::<String>();
        let error = InputError::new(
            "checker",
            msg!("request-unknown-checker", given = given, list = list),
        );
        return Response::failed_with(name, &[error], &catalog);
    }
    let as_of = match request.as_of.as_deref() {
        None => today(),
        Some(s) => match parse_date(s) {
            Ok(d) => d,
            Err(problem) => {
                let error = InputError::new("asOf", problem.msg());
                return Response::failed_with(name, &[error], &catalog);
            }
        },
    };
    let counting = match request.counting.as_deref() {
        Some("strict") => Counting::TravelDaysAbroad,
        _ => Counting::TravelDaysInNorway,
    };
    let ctx = Context { as_of, counting };
    let input = &request.input;
    let answer = match name {
        "temporary-regulation" => inputs::temporary_regulation(input, &ctx)
            .and_then(|i| temporary_regulation::evaluate(&i, &ctx))
            .map(|e| respond::evaluation(e, &catalog)),
        "permanent-permit" => inputs::permanent_permit(input, &ctx)
            .and_then(|i| permanent_permit::evaluate(&i, &ctx))
            .map(|e| respond::evaluation(e, &catalog)),
        "travel-limits" => inputs::travel_limits(input, &ctx)
            .and_then(|i| travel_limits::evaluate(&i, &ctx))
            .map(|e| respond::evaluation(e, &catalog)),
        _ => inputs::work_permit(input)
            .and_then(|i| work_permit::evaluate(&i, &ctx))
            .map(|e| respond::evaluation(e, &catalog)),
    };
    match answer {
        Ok(mut response) => {
            response.checker = name.to_string();
            response
        }
        Err(errors) => Response::failed_with(name, &errors, &catalog),
    }
}

/// Evaluates a request given as any JSON value: a value that is not a request object (an array,
/// a number, a `checker` that is not text …) is answered with `errors` too.
pub fn evaluate_value(request: &Value) -> Response {
    match serde_json::from_value::<Request>(request.clone()) {
        Ok(r) => evaluate(&r),
        Err(_) => {
            let tag = request
                .get("locale")
                .and_then(Value::as_str)
                .unwrap_or("en");
            let checker = request
                .get("checker")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let error = InputError::new("request", msg!("request-not-an-object"));
            Response::failed_with(checker, &[error], &text::catalog(tag))
        }
    }
}

/// Evaluates a request given as JSON text and answers with JSON text.
pub fn evaluate_json(request: &str) -> String {
    let response = match serde_json::from_str::<Value>(request) {
        Ok(v) => evaluate_value(&v),
        Err(e) => {
            let error = InputError::new("request", msg!("request-not-json", error = e.to_string()));
            Response::failed_with("", &[error], &text::english())
        }
    };
    serde_json::to_string(&response).unwrap_or_else(|_| String::from("{\"checker\":\"\",\"outcome\":null,\"criteria\":[],\"figures\":{},\"errors\":[{\"field\":\"request\",\"message\":\"The answer could not be written.\"}],\"summary\":null,\"locale\":\"en\",\"rulesCheckedOn\":\"2026-12-01\"}"))
}
