//! The table cases of `tests/cases/**/*.json` (format: `tests/cases/README.md`), each request run
//! through `evaluate_value` and its answer compared with what the case expects. Every failure of
//! every file is reported at once, then the test fails.
//!
//! `cargo test --test cases` runs only these; `CASES=text` runs only the
//! cases whose file path or name contains `text`.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::json::answer;
use serde_json::{Map, Value};

/// The keys a case may have, and those it must have.
const CASE_KEYS: [&str; 4] = ["name", "why", "request", "expect"];
/// The keys an expectation may have (`outcome` it must have).
const EXPECT_KEYS: [&str; 7] = [
    "outcome",
    "criteria",
    "borderline",
    "decisive",
    "figures",
    "errors",
    "response",
];
/// Top-level fields of a response that have their own expectation key.
const OWN_KEYS: [&str; 4] = ["outcome", "criteria", "figures", "errors"];
const STATUSES: [&str; 3] = ["met", "not-met", "unknown"];

/// One well-formed case.
#[derive(Debug)]
struct Case {
    /// Its place in the file's `cases`, from 0.
    index: usize,
    name: String,
    request: Value,
    expect: Map<String, Value>,
}

/// The well-formed cases of one case file, and every reason why the file or one of its cases is
/// malformed (each naming the file, and the case by its index and name).
fn parse_file(file: &str, text: &str) -> (Vec<Case>, Vec<String>) {
    let root: Value = match serde_json::from_str(text) {
        Ok(root) => root,
        Err(e) => return (vec![], vec![format!("{file}: not valid JSON: {e}")]),
    };
    let Some(root) = root.as_object() else {
        let shape = "must be an object {\"title\": …, \"cases\": […]}";
        return (vec![], vec![format!("{file}: {shape}")]);
    };
    let mut problems = Vec::new();
    for key in root.keys() {
        if key != "title" && key != "cases" {
            problems.push(format!(
                "{file}: unknown key \"{key}\" (a file has \"title\" and \"cases\")"
            ));
        }
    }
    if !root.get("title").is_some_and(Value::is_string) {
        problems.push(format!("{file}: missing \"title\" (text)"));
    }
    let Some(cases) = root.get("cases").and_then(Value::as_array) else {
        problems.push(format!("{file}: missing \"cases\" (a list)"));
        return (vec![], problems);
    };
    if cases.is_empty() {
        problems.push(format!("{file}: \"cases\" is empty"));
    }
    let mut names = BTreeSet::new();
    let mut parsed = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let label = match case.get("name").and_then(Value::as_str) {
            Some(name) => format!("{file}: cases[{i}] \"{name}\""),
            None => format!("{file}: cases[{i}]"),
        };
        let before = problems.len();
        let mut problem = |what: String| problems.push(format!("{label}: {what}"));
        let Some(case) = case.as_object() else {
            problem("a case must be an object".into());
            continue;
        };
        for key in case.keys() {
            if !CASE_KEYS.contains(&key.as_str()) {
                problem(format!(
                    "unknown key \"{key}\" (a case has {})",
                    CASE_KEYS.join(", ")
                ));
            }
        }
        match case.get("name").and_then(Value::as_str) {
            Some(name) if !name.trim().is_empty() => {
                if !names.insert(name.to_string()) {
                    problem("another case of this file has the same name".into());
                }
            }
            _ => problem("missing \"name\" (text)".into()),
        }
        if case
            .get("why")
            .and_then(Value::as_str)
            .is_none_or(|w| w.trim().is_empty())
        {
            problem("missing \"why\" (text: where the expected answer comes from)".into());
        }
        if !case.contains_key("request") {
            problem("missing \"request\"".into());
        }
        match case.get("expect").and_then(Value::as_object) {
            None => problem("missing \"expect\" (an object)".into()),
            Some(expect) => {
                for p in expect_problems(expect) {
                    problem(p);
                }
            }
        }
        if problems.len() == before {
            parsed.push(Case {
                index: i,
                name: case["name"].as_str().unwrap_or_default().to_string(),
                request: case["request"].clone(),
                expect: case["expect"].as_object().cloned().unwrap_or_default(),
            });
        }
    }
    (parsed, problems)
}

/// What is wrong with the shape of an expectation.
fn expect_problems(expect: &Map<String, Value>) -> Vec<String> {
    let mut problems = Vec::new();
    for key in expect.keys() {
        if !EXPECT_KEYS.contains(&key.as_str()) {
            problems.push(format!(
                "unknown key \"expect.{key}\" (expect has {})",
                EXPECT_KEYS.join(", ")
            ));
        }
    }
    match expect.get("outcome") {
        None => problems
            .push("missing \"expect.outcome\" (text, or null when errors are expected)".into()),
        Some(Value::String(_) | Value::Null) => {}
        Some(other) => problems.push(format!(
            "\"expect.outcome\" must be text or null, not {other}"
        )),
    }
    let map_of =
        |key: &str, ok: &dyn Fn(&Value) -> bool, what: &str, problems: &mut Vec<String>| {
            match expect.get(key) {
                None => {}
                Some(Value::Object(m)) => {
                    for (k, v) in m {
                        if !ok(v) {
                            problems.push(format!("\"expect.{key}.{k}\" must be {what}, not {v}"));
                        }
                    }
                }
                Some(other) => {
                    problems.push(format!("\"expect.{key}\" must be an object, not {other}"))
                }
            }
        };
    map_of(
        "criteria",
        &|v| v.as_str().is_some_and(|s| STATUSES.contains(&s)),
        "\"met\", \"not-met\" or \"unknown\"",
        &mut problems,
    );
    map_of(
        "borderline",
        &Value::is_boolean,
        "true or false",
        &mut problems,
    );
    map_of("figures", &|_| true, "", &mut problems);
    map_of("response", &|_| true, "", &mut problems);
    if let Some(Value::Object(m)) = expect.get("response") {
        for k in m.keys() {
            if OWN_KEYS.contains(&k.as_str()) {
                problems.push(format!(
                    "\"expect.response.{k}\": use \"expect.{k}\" instead"
                ));
            }
        }
    }
    for key in ["decisive", "errors"] {
        match expect.get(key) {
            None => {}
            Some(Value::Array(items)) if items.iter().all(Value::is_string) => {}
            Some(other) => problems.push(format!(
                "\"expect.{key}\" must be a list of texts, not {other}"
            )),
        }
    }
    problems
}

/// How the answer `got` differs from `expect` (a well-formed expectation), one line each; and
/// where it breaks the API contract (an outcome and errors together, an empty message).
fn mismatches(expect: &Map<String, Value>, got: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let missing = Value::Null;
    let want_outcome = &expect["outcome"];
    let got_outcome = got.get("outcome").unwrap_or(&missing);
    if want_outcome != got_outcome {
        out.push(format!(
            "outcome: expected {want_outcome}, got {got_outcome}"
        ));
    }
    let criteria: Vec<&Value> = got["criteria"].as_array().into_iter().flatten().collect();
    let find = |id: &str| criteria.iter().find(|c| c["id"] == id);
    for (key, field) in [("criteria", "status"), ("borderline", "borderline")] {
        for (id, want) in expect
            .get(key)
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            match find(id) {
                None => out.push(format!(
                    "{key}[\"{id}\"]: expected {want}, got no such criterion"
                )),
                Some(c) if &c[field] != want => out.push(format!(
                    "{key}[\"{id}\"]: expected {want}, got {}",
                    c[field]
                )),
                Some(_) => {}
            }
        }
    }
    if let Some(want) = expect.get("decisive").and_then(Value::as_array) {
        let want: BTreeSet<&str> = want.iter().filter_map(Value::as_str).collect();
        // The engine may not say `decisive` yet: a criterion without it is not decisive.
        let got: BTreeSet<&str> = criteria
            .iter()
            .filter(|c| c["decisive"] == Value::Bool(true))
            .filter_map(|c| c["id"].as_str())
            .collect();
        if want != got {
            out.push(format!("decisive: expected {want:?}, got {got:?}"));
        }
    }
    for (name, want) in expect
        .get("figures")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        match got["figures"].get(name) {
            None => out.push(format!(
                "figures[\"{name}\"]: expected {want}, got no such figure"
            )),
            Some(v) if v != want => {
                out.push(format!("figures[\"{name}\"]: expected {want}, got {v}"))
            }
            Some(_) => {}
        }
    }
    for (key, want) in expect
        .get("response")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        match got.get(key) {
            None => out.push(format!("{key}: expected {want}, got no such field")),
            Some(v) if v != want => out.push(format!("{key}: expected {want}, got {v}")),
            Some(_) => {}
        }
    }
    let errors: Vec<&Value> = got["errors"].as_array().into_iter().flatten().collect();
    let mut fields: Vec<&str> = errors
        .iter()
        .map(|e| e["field"].as_str().unwrap_or_default())
        .collect();
    fields.sort_unstable();
    match expect.get("errors").and_then(Value::as_array) {
        Some(want) => {
            let mut want: Vec<&str> = want.iter().filter_map(Value::as_str).collect();
            want.sort_unstable();
            if want != fields {
                out.push(format!("errors: expected {want:?}, got {fields:?}"));
            }
        }
        None if !want_outcome.is_null() && !fields.is_empty() => {
            out.push(format!("errors: expected none, got {fields:?}"));
        }
        None => {}
    }
    if got_outcome.is_null() == errors.is_empty() {
        out.push(format!(
            "contract (API.md): outcome {got_outcome} with {} errors; an answer has either an \
             outcome or errors",
            errors.len()
        ));
    }
    for e in &errors {
        if e["message"].as_str().is_none_or(|m| m.trim().is_empty()) {
            out.push(format!(
                "contract (API.md): the error on {} has no message",
                e["field"]
            ));
        }
    }
    out
}

/// Runs the well-formed cases of one case file whose file or name contains `only` (all when
/// `None`): how many ran, and one report per malformed or failing case.
fn check_file(file: &str, text: &str, only: Option<&str>) -> (usize, Vec<String>) {
    let (cases, mut failures) = parse_file(file, text);
    let mut ran = 0;
    for case in &cases {
        let i = case.index;
        if only.is_some_and(|o| !file.contains(o) && !case.name.contains(o)) {
            continue;
        }
        ran += 1;
        let got = answer(case.request.clone());
        let wrong = mismatches(&case.expect, &got);
        if !wrong.is_empty() {
            let mut report = format!("{file}: cases[{i}] \"{}\"\n", case.name);
            report += &format!("    request: {}\n", case.request);
            for w in wrong {
                report += &format!("    {w}\n");
            }
            failures.push(report);
        }
    }
    (ran, failures)
}

/// Every `*.json` under `dir`, sorted.
fn case_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(d) = dirs.pop() {
        let entries = std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display()));
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn every_case_in_tests_cases() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let only = std::env::var("CASES").ok().filter(|s| !s.is_empty());
    let files = case_files(&root.join("tests/cases"));
    assert!(!files.is_empty(), "no case files in tests/cases");
    let (mut ran, mut failures) = (0, Vec::new());
    for path in &files {
        let file = path
            .strip_prefix(root)
            .unwrap_or(path)
            .display()
            .to_string();
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{file}: {e}"));
        let (n, f) = check_file(&file, &text, only.as_deref());
        ran += n;
        failures.extend(f);
    }
    assert!(
        failures.is_empty(),
        "{} cases failed or are malformed (tests/cases/README.md says how to read this):\n\n{}",
        failures.len(),
        failures.join("\n")
    );
    match &only {
        Some(o) => assert!(ran > 0, "no case matches CASES={o}"),
        None => assert!(ran > 0, "no cases in tests/cases"),
    }
    println!("{ran} cases in {} files passed", files.len());
}

// --- The runner's own checks can fail ------------------------------------------------------

/// A request whose answer is known: permanent-permit, no stays, every answer "no" (RULES.md §2:
/// within limits, every criterion met, no day abroad).
fn pp_no_stays() -> Value {
    serde_json::json!({
        "checker": "permanent-permit", "asOf": "2026-11-21",
        "input": { "stays": [], "gaveIncorrectInformation": false,
                   "withheldInformation": false, "incorrectIdentity": false }
    })
}

fn file_with(cases: Value) -> String {
    serde_json::json!({ "title": "in memory", "cases": cases }).to_string()
}

#[test]
fn a_right_expectation_passes() {
    let text = file_with(serde_json::json!([{
        "name": "right", "why": "RULES.md §2",
        "request": pp_no_stays(),
        "expect": {
            "outcome": "within-limits",
            "criteria": { "pp.continuous": "met", "pp.four-year-total": "met" },
            "borderline": { "pp.continuous": false },
            "decisive": [],
            "figures": { "longestStayDays": 0, "exceededOn": null },
            "response": { "checker": "permanent-permit", "exemptionMayApply": false }
        }
    }]));
    assert_eq!(check_file("mem.json", &text, None), (1, vec![]));
}

#[test]
fn every_wrong_expectation_is_reported_with_file_case_and_values() {
    let text = file_with(serde_json::json!([
        { "name": "right", "why": "-", "request": pp_no_stays(),
          "expect": { "outcome": "within-limits" } },
        { "name": "all wrong", "why": "-", "request": pp_no_stays(),
          "expect": {
              "outcome": "limit-exceeded",
              "criteria": { "pp.continuous": "not-met", "pp.nothing": "met" },
              "borderline": { "pp.four-year-total": true },
              "decisive": ["pp.continuous"],
              "figures": { "longestStayDays": 1, "noSuchFigure": 0 },
              "errors": ["stays"],
              "response": { "exemptionMayApply": true, "noSuchField": 1 }
          } }
    ]));
    let (ran, failures) = check_file("mem.json", &text, None);
    assert_eq!(ran, 2);
    assert_eq!(failures.len(), 1, "{failures:#?}");
    let report = &failures[0];
    for line in [
        "mem.json: cases[1] \"all wrong\"",
        "request: {",
        "outcome: expected \"limit-exceeded\", got \"within-limits\"",
        "criteria[\"pp.continuous\"]: expected \"not-met\", got \"met\"",
        "criteria[\"pp.nothing\"]: expected \"met\", got no such criterion",
        "borderline[\"pp.four-year-total\"]: expected true, got false",
        "decisive: expected {\"pp.continuous\"}, got {}",
        "figures[\"longestStayDays\"]: expected 1, got 0",
        "figures[\"noSuchFigure\"]: expected 0, got no such figure",
        "errors: expected [\"stays\"], got []",
        "exemptionMayApply: expected true, got false",
        "noSuchField: expected 1, got no such field",
    ] {
        assert!(report.contains(line), "{line:?} not in:\n{report}");
    }
}

#[test]
fn errors_are_compared_as_a_list_of_fields_in_any_order() {
    // Two problems at once (permanent_permit.rs, every_problem_is_reported_at_once).
    let two = serde_json::json!({
        "checker": "permanent-permit", "asOf": "2026-11-21",
        "input": { "stays": [{ "from": "2020-01-01", "to": "2020-03-01" },
                             { "from": "2020-02-01", "to": "2020-04-01" }],
                   "withheldInformation": "maybe" }
    });
    let text = file_with(serde_json::json!([
        { "name": "two errors, any order", "why": "-", "request": two,
          "expect": { "outcome": null, "errors": ["withheldInformation", "stays[1].from"] } },
        { "name": "one missing", "why": "-", "request": two,
          "expect": { "outcome": null, "errors": ["stays[1].from"] } },
        { "name": "one too many", "why": "-", "request": two,
          "expect": { "outcome": null,
                      "errors": ["stays[1].from", "stays[1].from", "withheldInformation"] } },
        { "name": "errors where an outcome was expected", "why": "-", "request": two,
          "expect": { "outcome": "within-limits" } }
    ]));
    let (_, failures) = check_file("mem.json", &text, None);
    assert_eq!(failures.len(), 3, "{failures:#?}");
    let fields = "[\"stays[1].from\", \"withheldInformation\"]";
    assert!(failures[0].contains(&format!(
        "errors: expected [\"stays[1].from\"], got {fields}"
    )));
    assert!(failures[1].contains(&format!(
        "errors: expected [\"stays[1].from\", \"stays[1].from\", \"withheldInformation\"], \
         got {fields}"
    )));
    assert!(failures[2].contains("outcome: expected \"within-limits\", got null"));
    assert!(failures[2].contains(&format!("errors: expected none, got {fields}")));
}

#[test]
fn decisive_is_false_where_the_engine_does_not_say() {
    let got = serde_json::json!({
        "outcome": "not-eligible", "errors": [], "figures": {},
        "criteria": [
            { "id": "a", "status": "not-met", "decisive": true },
            { "id": "b", "status": "not-met" },
            { "id": "c", "status": "met", "decisive": false }
        ]
    });
    let expect = |decisive: Value| {
        serde_json::json!({ "outcome": "not-eligible", "decisive": decisive })
            .as_object()
            .cloned()
            .unwrap()
    };
    assert!(mismatches(&expect(serde_json::json!(["a"])), &got).is_empty());
    assert_eq!(
        mismatches(&expect(serde_json::json!(["a", "b"])), &got),
        vec!["decisive: expected {\"a\", \"b\"}, got {\"a\"}"]
    );
    assert_eq!(
        mismatches(&expect(serde_json::json!([])), &got),
        vec!["decisive: expected {}, got {\"a\"}"]
    );
}

#[test]
fn an_answer_breaking_the_contract_is_reported() {
    let expect = serde_json::json!({ "outcome": "eligible", "errors": ["x"] });
    let got = serde_json::json!({
        "outcome": "eligible", "criteria": [], "figures": {},
        "errors": [{ "field": "x", "message": " " }]
    });
    let wrong = mismatches(expect.as_object().unwrap(), &got);
    assert_eq!(wrong.len(), 2, "{wrong:#?}");
    assert!(wrong[0].starts_with("contract (API.md): outcome \"eligible\" with 1 errors"));
    assert!(wrong[1].contains("the error on \"x\" has no message"));
}

#[test]
fn a_malformed_case_names_the_file_and_the_case() {
    let text = file_with(serde_json::json!([
        { "name": "fine", "why": "-", "request": pp_no_stays(),
          "expect": { "outcome": "within-limits" } },
        { "name": "no request", "why": "-", "expect": { "outcome": "within-limits" } },
        { "name": "no outcome", "why": "-", "request": pp_no_stays(),
          "expect": { "criteria": { "pp.continuous": "met" } } },
        { "name": "typos", "why": "-", "request": pp_no_stays(), "note": 1,
          "expect": { "outcome": 3, "figure": {}, "criteria": { "pp.continuous": "yes" },
                      "borderline": { "pp.continuous": "no" }, "errors": "stays",
                      "response": { "outcome": "x" } } },
        { "why": "-", "request": pp_no_stays(), "expect": { "outcome": "within-limits" } },
        { "name": "fine", "request": pp_no_stays(), "expect": { "outcome": "within-limits" } },
        "not a case"
    ]));
    let (ran, problems) = check_file("bad.json", &text, None);
    assert_eq!(ran, 1, "the well-formed case still runs");
    let all = problems.join("\n");
    for line in [
        "bad.json: cases[1] \"no request\": missing \"request\"",
        "bad.json: cases[2] \"no outcome\": missing \"expect.outcome\"",
        "bad.json: cases[3] \"typos\": unknown key \"note\"",
        "bad.json: cases[3] \"typos\": \"expect.outcome\" must be text or null, not 3",
        "bad.json: cases[3] \"typos\": unknown key \"expect.figure\"",
        "bad.json: cases[3] \"typos\": \"expect.criteria.pp.continuous\" must be \"met\", \
         \"not-met\" or \"unknown\", not \"yes\"",
        "bad.json: cases[3] \"typos\": \"expect.borderline.pp.continuous\" must be true or \
         false, not \"no\"",
        "bad.json: cases[3] \"typos\": \"expect.errors\" must be a list of texts, not \"stays\"",
        "bad.json: cases[3] \"typos\": \"expect.response.outcome\": use \"expect.outcome\"",
        "bad.json: cases[4]: missing \"name\"",
        "bad.json: cases[5] \"fine\": another case of this file has the same name",
        "bad.json: cases[5] \"fine\": missing \"why\"",
        "bad.json: cases[6]: a case must be an object",
    ] {
        assert!(all.contains(line), "{line:?} not in:\n{all}");
    }
    assert!(!all.contains("cases[0]"), "{all}");
    for bad in [
        "{",
        "[]",
        "{\"title\": \"t\"}",
        "{\"title\": \"t\", \"cases\": [], \"x\": 1}",
    ] {
        let (_, problems) = check_file("bad.json", bad, None);
        assert!(
            !problems.is_empty() && problems.iter().all(|p| p.starts_with("bad.json: ")),
            "{bad}: {problems:?}"
        );
    }
}

#[test]
fn cases_can_be_picked_by_file_or_name() {
    let text = file_with(serde_json::json!([
        { "name": "first", "why": "-", "request": pp_no_stays(),
          "expect": { "outcome": "within-limits" } },
        { "name": "second", "why": "-", "request": pp_no_stays(),
          "expect": { "outcome": "at-risk" } }
    ]));
    assert_eq!(check_file("mem.json", &text, Some("first")), (1, vec![]));
    assert_eq!(check_file("mem.json", &text, Some("second")).1.len(), 1);
    assert_eq!(check_file("mem.json", &text, Some("mem")).0, 2);
    assert_eq!(check_file("mem.json", &text, Some("nothing")).0, 0);
}

#[test]
fn the_example_in_the_readme_is_a_passing_case_file() {
    let readme = include_str!("cases/README.md");
    let start = readme
        .find("```json\n")
        .expect("a JSON example in the README")
        + 8;
    let end = start + readme[start..].find("```").expect("the end of the example");
    assert_eq!(
        check_file("README.md", &readme[start..end], None),
        (1, vec![])
    );
}
