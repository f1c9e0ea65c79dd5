//! Helpers shared by the native test crates: `mod common;` at the top of a `tests/*.rs` file,
//! then `use common::{…};`.
//!
//! Two views of one answer:
//!
//! - the typed [`Response`] of `evaluate(&Request)`, through [`run`], [`request`] and the
//!   functions below ([`status`], [`borderline`], [`assert_error`] …);
//! - the JSON the API writes, through [`json`] ([`json::call`] goes through `evaluate_json`,
//!   [`json::answer`] through `evaluate_value`), for tests that read the answer as an embedder
//!   would.
//!
//! Each test crate uses only some of these, hence `allow(dead_code)`.
#![allow(dead_code)]

use permit_check::api::Criterion;
use permit_check::rules::dates::{add_days, parse_date};
use permit_check::rules::{Date, Status};
use permit_check::{evaluate, Request, Response};
use serde_json::Value;

/// The checkers, by their API names.
pub const TR: &str = "temporary-regulation";
pub const PP: &str = "permanent-permit";
pub const TL: &str = "travel-limits";
pub const WP: &str = "work-permit";

/// Every criterion of RULES.md, per checker, in the order the engine reports them.
pub const TR_IDS: [&str; 9] = [
    "tr.applied-for-asylum",
    "tr.no-return-after-rejection",
    "tr.sixteen-years",
    "tr.combined-65",
    "tr.lived-in-norway-2019",
    "tr.lives-in-norway",
    "tr.no-conviction",
    "tr.no-residence-permit",
    "tr.deadline",
];
pub const PP_IDS: [&str; 3] = [
    "pp.continuous",
    "pp.four-year-total",
    "pp.correct-information",
];
/// Rev. 2 adds `tl.permit-valid` and `tl.no-ukraine-trip`; every one is always reported.
pub const TL_IDS: [&str; 5] = [
    "tl.permit-valid",
    "tl.half-time",
    "tl.permanent-residence",
    "tl.schengen",
    "tl.no-ukraine-trip",
];
pub const WP_IDS: [&str; 4] = [
    "wp.interview",
    "wp.passport",
    "wp.no-decision",
    "wp.not-dublin",
];

/// The languages every text exists in.
pub const LOCALES: [&str; 3] = ["en", "nb", "uk"];

/// The criterion ids of a checker (API name).
pub fn ids(checker: &str) -> &'static [&'static str] {
    match checker {
        TR => &TR_IDS,
        PP => &PP_IDS,
        TL => &TL_IDS,
        WP => &WP_IDS,
        _ => panic!("no checker {checker}"),
    }
}

// --- Dates ------------------------------------------------------------------------------------

/// A date written in a test (ISO, C1); panics on a typo.
pub fn d(s: &str) -> Date {
    parse_date(s).unwrap_or_else(|e| panic!("bad test date {s}: {e:?}"))
}

/// A date as ISO text, as the API writes it.
pub fn iso(x: Date) -> String {
    x.format("%Y-%m-%d").to_string()
}

/// `s` plus `n` days, as ISO text.
pub fn plus(s: &str, n: i64) -> String {
    iso(add_days(d(s), n))
}

// --- Inputs -----------------------------------------------------------------------------------

/// `input` with `key` set to `value`.
pub fn with(mut input: Value, key: &str, value: Value) -> Value {
    input[key] = value;
    input
}

/// `input` without `key` (a missing answer).
pub fn without(mut input: Value, key: &str) -> Value {
    if let Value::Object(m) = &mut input {
        m.remove(key);
    }
    input
}

/// Whether `s` has Cyrillic letters (a Ukrainian text, not an English fallback).
pub fn cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

// --- Requests ---------------------------------------------------------------------------------

/// A request being built: `request(PP, "2026-11-21", input).locale("nb").strict().run()`.
#[derive(Clone, Debug)]
pub struct Ask(pub Request);

/// A request to `checker` on `as_of`, in English, with the default counting (C3).
pub fn request(checker: &str, as_of: &str, input: Value) -> Ask {
    Ask(Request::new(checker, Some(as_of), input))
}

impl Ask {
    /// In this language (`None`: the default, English).
    pub fn locale<'a>(mut self, locale: impl Into<Option<&'a str>>) -> Ask {
        self.0.locale = locale.into().map(str::to_string);
        self
    }

    /// With this counting setting (`Some("strict")`, or `None` for the default).
    pub fn counting<'a>(mut self, counting: impl Into<Option<&'a str>>) -> Ask {
        self.0.counting = counting.into().map(str::to_string);
        self
    }

    /// Counting both travel days as days abroad (`"counting": "strict"`, C3).
    pub fn strict(self) -> Ask {
        self.counting("strict")
    }

    pub fn run(&self) -> Response {
        evaluate(&self.0)
    }
}

/// `checker` on `as_of`, everything else the default.
pub fn run(checker: &str, as_of: &str, input: Value) -> Response {
    request(checker, as_of, input).run()
}

/// The `counting` of [`run_with`] that counts both travel days as days abroad (C3).
pub const STRICT: Option<&str> = Some("strict");

/// `checker` on `as_of` in `locale` (`None`: English) with `counting` (`None` or [`STRICT`]).
pub fn run_with(
    checker: &str,
    as_of: &str,
    locale: Option<&str>,
    counting: Option<&str>,
    input: Value,
) -> Response {
    request(checker, as_of, input)
        .locale(locale)
        .counting(counting)
        .run()
}

// --- Reading a typed response -----------------------------------------------------------------

/// The criterion `id`; panics when it is not reported.
pub fn criterion<'a>(r: &'a Response, id: &str) -> &'a Criterion {
    r.criterion(id)
        .unwrap_or_else(|| panic!("criterion {id} missing: {r:?}"))
}

pub fn status(r: &Response, id: &str) -> Status {
    criterion(r, id).status
}

pub fn borderline(r: &Response, id: &str) -> bool {
    criterion(r, id).borderline
}

pub fn explanation(r: &Response, id: &str) -> String {
    criterion(r, id).explanation.clone()
}

/// A date figure as text (`None` when it is null); panics when the figure is missing.
pub fn date_fig(r: &Response, name: &str) -> Option<String> {
    assert!(r.figures.contains_key(name), "figure {name} missing");
    r.figures[name].as_str().map(str::to_string)
}

/// An integer figure; panics when it is missing or not an integer.
pub fn int_fig(r: &Response, name: &str) -> i64 {
    r.figure_int(name)
        .unwrap_or_else(|| panic!("figure {name} missing: {r:?}"))
}

/// The fields named by the errors, in order.
pub fn error_fields(r: &Response) -> Vec<String> {
    r.errors.iter().map(|e| e.field.clone()).collect()
}

pub fn assert_no_errors(r: &Response) {
    assert!(r.errors.is_empty(), "unexpected errors: {:?}", r.errors);
}

/// No errors, and an outcome.
pub fn assert_ok(r: &Response) {
    assert_no_errors(r);
    assert!(r.outcome.is_some());
}

/// No outcome, no criteria, and an error with a message on `field` (others may come too).
pub fn assert_error(r: &Response, field: &str) {
    assert_eq!(r.outcome, None, "{r:#?}");
    assert!(r.criteria.is_empty());
    assert!(
        r.errors
            .iter()
            .any(|e| e.field == field && !e.message.is_empty()),
        "expected an error on {field}: {:#?}",
        r.errors
    );
}

/// No outcome, no criteria, and exactly one error, on `field`, with a message.
pub fn assert_only_error(r: &Response, field: &str) {
    assert_eq!(r.outcome, None, "no outcome with errors");
    assert!(r.criteria.is_empty());
    assert_eq!(error_fields(r), vec![field.to_string()], "{:?}", r.errors);
    assert!(!r.errors[0].message.is_empty());
}

// --- Reading the JSON answer ------------------------------------------------------------------

/// The answer as the JSON an embedder reads (`r["criteria"]`, `r["figures"]["…"]`).
pub mod json {
    use permit_check::api::{evaluate_json, evaluate_value};
    use serde_json::{json, Value};

    /// The answer to a request, through JSON text both ways (`evaluate_json`).
    pub fn call(request: Value) -> Value {
        let text = evaluate_json(&request.to_string());
        serde_json::from_str(&text).expect("the API answers with JSON")
    }

    /// The answer to a request given as a JSON value (`evaluate_value`), as JSON.
    pub fn answer(request: Value) -> Value {
        serde_json::to_value(evaluate_value(&request)).expect("a response serializes")
    }

    /// `{ "checker": checker, "asOf": as_of, "input": input }`, answered through [`call`].
    pub fn ask(checker: &str, as_of: &str, input: Value) -> Value {
        call(json!({ "checker": checker, "asOf": as_of, "input": input }))
    }

    /// The criterion `id`; panics when it is not reported.
    pub fn criterion<'a>(r: &'a Value, id: &str) -> &'a Value {
        r["criteria"]
            .as_array()
            .and_then(|cs| cs.iter().find(|c| c["id"] == id))
            .unwrap_or_else(|| panic!("criterion {id} missing in {r:#}"))
    }

    pub fn status<'a>(r: &'a Value, id: &str) -> &'a str {
        criterion(r, id)["status"]
            .as_str()
            .unwrap_or_else(|| panic!("status of {id} is not text in {r}"))
    }

    pub fn borderline(r: &Value, id: &str) -> bool {
        criterion(r, id)["borderline"]
            .as_bool()
            .unwrap_or_else(|| panic!("borderline of {id} not a bool in {r}"))
    }

    /// The outcome, `"<null>"` when there is none.
    pub fn outcome(r: &Value) -> &str {
        r["outcome"].as_str().unwrap_or("<null>")
    }

    /// The figure `name`; panics when it is missing (a null figure is there, and null).
    pub fn fig<'a>(r: &'a Value, name: &str) -> &'a Value {
        assert!(
            r["figures"]
                .as_object()
                .is_some_and(|f| f.contains_key(name)),
            "figure {name} missing in {:#}",
            r["figures"]
        );
        &r["figures"][name]
    }

    /// The fields named by the errors, in order.
    pub fn error_fields(r: &Value) -> Vec<String> {
        errors_of(r).into_iter().map(|(field, _)| field).collect()
    }

    /// The fields named by the errors of an answer that must have failed: asserts that it has no
    /// outcome.
    pub fn failure_fields(r: &Value) -> Vec<String> {
        assert!(
            r["outcome"].is_null(),
            "outcome must be null with errors: {r}"
        );
        error_fields(r)
    }

    /// The errors as `(field, message)`.
    pub fn errors_of(r: &Value) -> Vec<(String, String)> {
        r["errors"]
            .as_array()
            .map(|es| {
                es.iter()
                    .map(|e| {
                        (
                            e["field"].as_str().unwrap_or_default().to_string(),
                            e["message"].as_str().unwrap_or_default().to_string(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn no_errors(r: &Value) {
        assert_eq!(r["errors"], json!([]), "unexpected errors: {r}");
    }

    /// Errors, every one with a message, one of them on `field`; and no outcome (C8).
    pub fn assert_error_on(r: &Value, field: &str) {
        assert!(
            r["outcome"].is_null(),
            "outcome must be null with errors: {r:#}"
        );
        let fields = error_fields(r);
        assert!(
            fields.iter().any(|f| f == field),
            "expected an error on {field}, got {fields:?}"
        );
        for e in r["errors"].as_array().into_iter().flatten() {
            assert!(!e["message"].as_str().unwrap_or_default().is_empty());
        }
    }

    /// Every criterion in `ids` is reported, once, with an explanation and sources; no errors.
    pub fn assert_complete(r: &Value, ids: &[&str]) {
        no_errors(r);
        let cs = r["criteria"].as_array().expect("criteria list");
        let mut got: Vec<&str> = cs.iter().filter_map(|c| c["id"].as_str()).collect();
        got.sort_unstable();
        let mut want = ids.to_vec();
        want.sort_unstable();
        assert_eq!(got, want, "criterion ids");
        for c in cs {
            assert!(
                !c["explanation"].as_str().unwrap_or_default().is_empty(),
                "{c}"
            );
            assert!(
                c["sources"].as_array().is_some_and(|s| !s.is_empty()),
                "{c}"
            );
            assert!(c["borderline"].is_boolean(), "{c}");
        }
    }
}
