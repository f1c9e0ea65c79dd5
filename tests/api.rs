//! The `evaluate` contract of API.md: the envelope, errors instead of throws, JSON shape, and a
//! property test that no request of any shape makes any checker panic.

mod common;

use common::json::{answer, errors_of};
use permit_check::api::{evaluate_json, CHECKERS};
use permit_check::{evaluate, Request};
use proptest::prelude::*;
use serde_json::{json, Value};

#[test]
fn unknown_checker_is_an_error_not_a_panic() {
    let r = answer(json!({"checker": "citizenship", "asOf": "2026-11-21", "input": {}}));
    assert_eq!(r["outcome"], Value::Null);
    let errors = errors_of(&r);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].0, "checker");
    assert!(errors[0].1.contains("citizenship"));
    assert!(
        errors[0].1.contains("permanent-permit"),
        "lists the checkers"
    );
}

#[test]
fn malformed_as_of_is_an_error_for_every_checker() {
    for checker in CHECKERS {
        for bad in ["1970-02-30", "yesterday", "2021-10-1", ""] {
            let r = answer(json!({"checker": checker, "asOf": bad, "input": {}}));
            assert_eq!(r["outcome"], Value::Null, "{checker} {bad}");
            assert_eq!(errors_of(&r)[0].0, "asOf", "{checker} {bad}");
        }
    }
}

#[test]
fn wrong_types_are_errors() {
    let cases = [
        json!(42),
        json!("temporary-regulation"),
        json!([1, 2]),
        json!(null),
        json!({"checker": 7}),
        json!({"checker": "work-permit", "asOf": 20261121}),
        json!({"checker": "work-permit", "locale": ["nb"]}),
    ];
    for c in cases {
        let r = answer(c.clone());
        assert_eq!(r["outcome"], Value::Null, "{c}");
        assert!(!errors_of(&r).is_empty(), "{c}");
    }
}

#[test]
fn every_response_has_the_api_shape() {
    for checker in CHECKERS {
        let r = answer(json!({"checker": checker, "asOf": "2026-11-21", "input": {}}));
        let obj = r.as_object().expect("object");
        for key in ["checker", "outcome", "criteria", "figures", "errors"] {
            assert!(obj.contains_key(key), "{checker} lacks {key}");
        }
        assert_eq!(r["checker"], json!(checker));
        assert!(r["criteria"].is_array() && r["figures"].is_object() && r["errors"].is_array());
        // Either an outcome and no errors, or errors and no outcome.
        assert_eq!(
            r["outcome"].is_null(),
            !errors_of(&r).is_empty(),
            "{checker}: {r}"
        );
    }
}

#[test]
fn locale_chooses_the_language_of_messages() {
    let en = answer(json!({"checker": "nope", "locale": "en"}));
    let nb = answer(json!({"checker": "nope", "locale": "nb-NO"}));
    let uk = answer(json!({"checker": "nope", "locale": "uk"}));
    let (e, n, u) = (
        &errors_of(&en)[0].1,
        &errors_of(&nb)[0].1,
        &errors_of(&uk)[0].1,
    );
    assert!(e.contains("There is no checker"));
    assert!(n.contains("Det finnes ingen"));
    assert!(u.contains("Перевірки"));
}

#[test]
fn json_text_in_and_out() {
    let out = evaluate_json(r#"{"checker":"nope"}"#);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["errors"][0]["field"], "checker");
    let out = evaluate_json("{not json");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["errors"][0]["field"], "request");
    assert_eq!(v["outcome"], Value::Null);
}

#[test]
fn rust_request_serializes_to_the_documented_json() {
    let req = Request::new("travel-limits", Some("2026-11-21"), json!({"stays": []}));
    let v = serde_json::to_value(&req).unwrap();
    assert_eq!(
        v,
        json!({"checker": "travel-limits", "asOf": "2026-11-21", "input": {"stays": []}})
    );
    let back: Request = serde_json::from_value(v).unwrap();
    assert_eq!(back, req);
    let resp = evaluate(&req);
    let text = serde_json::to_string(&resp).unwrap();
    let again: permit_check::Response = serde_json::from_str(&text).unwrap();
    assert_eq!(again, resp);
}

// --- No input of any shape panics any checker ------------------------------------------------

fn date_strategy() -> impl Strategy<Value = Value> {
    prop_oneof![
        (1i32..=9999, 1u32..=12, 1u32..=31)
            .prop_map(|(y, m, d)| json!(format!("{y:04}-{m:02}-{d:02}"))),
        (1990i32..=2030, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| json!(format!("{y:04}-{m:02}-{d:02}"))),
        Just(json!("9999-12-31")),
        Just(json!("0001-01-01")),
        Just(json!("yesterday")),
        Just(json!(null)),
        Just(json!(20210101)),
        Just(json!({"from": "2020-01-01"})),
    ]
}

fn value_strategy() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!(null)),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        date_strategy(),
        Just(json!("individual")),
        Just(json!("collective")),
        Just(json!("refugee")),
        Just(json!("humanitarian")),
        Just(json!("other")),
        Just(json!("asylum-seeker")),
        Just(json!("temporary-permit")),
        Just(json!("none")),
        Just(json!("rejected")),
        Just(json!([])),
        Just(json!({})),
    ]
}

fn stay_strategy() -> impl Strategy<Value = Value> {
    (
        date_strategy(),
        date_strategy(),
        prop::option::of(any::<bool>()),
    )
        .prop_map(|(from, to, schengen)| json!({"from": from, "to": to, "schengen": schengen}))
}

const KEYS: [&str; 24] = [
    "dateOfBirth",
    "firstAsylumApplication",
    "appliedForAsylum",
    "leftAfterRejectionAndReapplied",
    "livedInNorwayOn20190101",
    "livesInNorway",
    "convicted",
    "hasResidencePermit",
    "identityDocumented",
    "requestDate",
    "gaveIncorrectInformation",
    "withheldInformation",
    "incorrectIdentity",
    "abuseExemption",
    "situation",
    "permitBasis",
    "permitStart",
    "permitEnd",
    "protection",
    "hadAsylumInterview",
    "validPassport",
    "dublinCase",
    "decision",
    "plannedTrip",
];

fn input_strategy() -> impl Strategy<Value = Value> {
    (
        prop::collection::vec(prop::option::of(value_strategy()), KEYS.len()),
        prop::collection::vec(stay_strategy(), 0..6),
        prop::option::of(stay_strategy()),
        any::<bool>(),
    )
        .prop_map(|(values, stays, trip, stays_as_text)| {
            let mut m = serde_json::Map::new();
            for (k, v) in KEYS.iter().zip(values) {
                if let Some(v) = v {
                    m.insert(k.to_string(), v);
                }
            }
            m.insert(
                "stays".into(),
                if stays_as_text {
                    json!("many")
                } else {
                    Value::from(stays)
                },
            );
            if let Some(t) = trip {
                m.insert("plannedTrip".into(), t);
            }
            m.insert(
                "abuseExemption".into(),
                json!({"familyImmigrationPermit": true, "preventedFromReturning": null,
                       "victimOfAbuse": "yes", "relationshipEnded": false}),
            );
            Value::Object(m)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_request_panics_any_checker(
        checker in prop::sample::select(CHECKERS.to_vec()),
        as_of in date_strategy(),
        locale in prop::sample::select(vec!["en", "nb", "uk", "xx"]),
        strict in any::<bool>(),
        input in input_strategy(),
    ) {
        let mut req = json!({"checker": checker, "asOf": as_of, "locale": locale, "input": input});
        if strict {
            req["counting"] = json!("strict");
        }
        let r = answer(req);
        prop_assert_eq!(r["outcome"].is_null(), !errors_of(&r).is_empty());
    }
}
