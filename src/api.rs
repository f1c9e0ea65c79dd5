//! The embedding API (`../shared/spec/API.md`): one JSON-in, JSON-out function.
//!
//! [`evaluate`] never panics and never fails: a malformed request, an unknown checker, a bad date
//! or a wrong type all come back as `errors` with `outcome: null`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::rules::dates::{parse_date, FieldError};
use crate::rules::{self, Checker, Context, Counting, Criterion, Date, Locale, Outcome};
use crate::tr;

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

/// The answer (API.md "Response").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Response {
    pub checker: String,
    pub outcome: Option<Outcome>,
    pub criteria: Vec<Criterion>,
    pub figures: Map<String, Value>,
    pub errors: Vec<FieldError>,
    /// `permitType` (temporary-regulation), `exemptionMayApply` (permanent-permit).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Response {
    fn failed(checker: &str, errors: Vec<FieldError>) -> Response {
        Response {
            checker: checker.to_string(),
            outcome: None,
            criteria: Vec::new(),
            figures: Map::new(),
            errors,
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

fn checker_fn(name: &str) -> Option<Checker> {
    Some(match name {
        "temporary-regulation" => rules::temporary_regulation::evaluate,
        "permanent-permit" => rules::permanent_permit::evaluate,
        "travel-limits" => rules::travel_limits::evaluate,
        "work-permit" => rules::work_permit::evaluate,
        _ => return None,
    })
}

/// The device's date (C1). On the web this reads the browser's clock (chrono `wasmbind`).
pub fn today() -> Date {
    chrono::Local::now().date_naive()
}

/// Evaluates one request. Never panics; problems come back as `errors`.
pub fn evaluate(request: &Request) -> Response {
    let locale = Locale::from_tag(request.locale.as_deref().unwrap_or("en"));
    let loc = locale;
    let name = request.checker.as_str();
    let Some(checker) = checker_fn(name) else {
        let list = CHECKERS.join(", ");
        let given = name.chars().take(60).collect::<String>();
        return Response::failed(
            name,
            vec![FieldError::new(
                "checker",
                tr!(loc,
                    en: "There is no checker called \"{given}\". Use one of: {list}.",
                    nb: "Det finnes ingen kontroll som heter \"{given}\". Bruk en av: {list}.",
                    uk: "Перевірки з назвою \"{given}\" немає. Використайте одну з: {list}."),
            )],
        );
    };
    let as_of = match request.as_of.as_deref() {
        None => today(),
        Some(s) => match parse_date(s) {
            Ok(d) => d,
            Err(problem) => {
                let msg = problem.message(loc);
                return Response::failed(name, vec![FieldError::new("asOf", msg)]);
            }
        },
    };
    let counting = match request.counting.as_deref() {
        Some("strict") => Counting::TravelDaysAbroad,
        _ => Counting::TravelDaysInNorway,
    };
    let ctx = Context {
        as_of,
        locale,
        counting,
    };
    match checker(&request.input, &ctx) {
        Ok(e) => Response {
            checker: name.to_string(),
            outcome: Some(e.outcome),
            criteria: e.criteria,
            figures: e.figures,
            errors: Vec::new(),
            extra: e.extra,
        },
        Err(errors) => Response::failed(name, errors),
    }
}

/// Evaluates a request given as any JSON value: a value that is not a request object (an array,
/// a number, a `checker` that is not text …) is answered with `errors` too.
pub fn evaluate_value(request: &Value) -> Response {
    match serde_json::from_value::<Request>(request.clone()) {
        Ok(r) => evaluate(&r),
        Err(_) => {
            let locale = request
                .get("locale")
                .and_then(Value::as_str)
                .map(Locale::from_tag)
                .unwrap_or_default();
            let loc = locale;
            let checker = request
                .get("checker")
                .and_then(Value::as_str)
                .unwrap_or_default();
            Response::failed(
                checker,
                vec![FieldError::new(
                    "request",
                    tr!(loc,
                        en: "The request must be an object like {{\"checker\": \"travel-limits\", \"asOf\": \"2026-11-21\", \"input\": {{}}}}, with text for checker, asOf and locale.",
                        nb: "Forespørselen må være et objekt som {{\"checker\": \"travel-limits\", \"asOf\": \"2026-11-21\", \"input\": {{}}}}, med tekst for checker, asOf og locale.",
                        uk: "Запит має бути об'єктом на зразок {{\"checker\": \"travel-limits\", \"asOf\": \"2026-11-21\", \"input\": {{}}}}, з текстом для checker, asOf і locale."),
                )],
            )
        }
    }
}

/// Evaluates a request given as JSON text and answers with JSON text.
pub fn evaluate_json(request: &str) -> String {
    let response = match serde_json::from_str::<Value>(request) {
        Ok(v) => evaluate_value(&v),
        Err(e) => Response::failed(
            "",
            vec![FieldError::new(
                "request",
                format!("The request is not valid JSON: {e}."),
            )],
        ),
    };
    serde_json::to_string(&response).unwrap_or_else(|_| String::from("{\"checker\":\"\",\"outcome\":null,\"criteria\":[],\"figures\":{},\"errors\":[{\"field\":\"request\",\"message\":\"The answer could not be written.\"}]}"))
}
