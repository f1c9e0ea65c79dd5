//! Audit of `travel-limits` (RULES.md § 3), `work-permit` (RULES.md § 4) and the API contract
//! (API.md) for all four checkers, written from the spec alone before reading the checkers' code.
//! Every case goes through the public JSON API (`evaluate_json`). The arithmetic is in the
//! comments; C3 = days strictly between `from` and `to` (`to - from - 1`), C4 = `from..=to`.
//!
//! The audit's table cases (statuses, borderline flags, figures, outcomes, error fields) are
//! data now: `tests/cases/travel_limits.json`, `work_permit.json` and `api_errors.json`, under
//! the same test names. What stays here cannot be written as a case: criteria and figures that
//! must be reported whatever their value, answers compared with each other, the words and
//! sources of the texts, the shape of the JSON, and checks that accept any of several answers.

mod common;

use common::json::{ask, borderline, call, criterion, failure_fields, no_errors, outcome, status};
use common::{cyrillic, TL, TL_IDS, WP, WP_IDS};
use permit_check::api::{evaluate_json, CHECKERS};
use serde_json::{json, Value};

/// The date of every work-permit case here.
const WP_AS_OF: &str = "2026-01-15";

/// A one-year humanitarian permit [2025-01-01, 2026-01-01) (permitEnd = permitStart + 1 year).
fn one_year(as_of: &str, stays: Value, planned: Value) -> Value {
    ask(
        TL,
        as_of,
        json!({ "situation": "temporary-permit", "permitBasis": "humanitarian",
                "permitStart": "2025-01-01", "permitEnd": "2026-01-01", "stays": stays,
                "plannedTrip": planned }),
    )
}

// ------------------------------------------------------------------------------------------
// travel-limits
// ------------------------------------------------------------------------------------------

#[test]
fn planned_trip_never_changes_outcome_or_other_figures() {
    // An over-long planned trip (to 2025-12-20, 292 days abroad) must not change anything but
    // latestReturnDate (C2).
    let stays = json!([{ "from": "2025-01-10", "to": "2025-02-10", "schengen": true }]);
    let without = one_year("2025-02-20", stays.clone(), Value::Null);
    let with = one_year(
        "2025-02-20",
        stays,
        json!({ "from": "2025-03-01", "to": "2025-12-20", "schengen": true }),
    );
    no_errors(&with);
    assert_eq!(outcome(&with), outcome(&without));
    assert_eq!(outcome(&with), "within-limits");
    for id in TL_IDS {
        assert_eq!(status(&with, id), status(&without, id), "{id}");
        assert_eq!(borderline(&with, id), borderline(&without, id), "{id}");
    }
    for f in [
        "daysAbroadInPermitYear",
        "daysAbroadForPermanent",
        "maxSchengenDaysIn180",
    ] {
        assert_eq!(with["figures"][f], without["figures"][f], "{f}");
    }
    assert!(with["figures"]["latestReturnDate"].is_string());
}

#[test]
fn asylum_seeker_must_not_travel() {
    // Every criterion is still reported (the outcome is a case in travel_limits.json).
    let r = ask(
        TL,
        "2025-06-01",
        json!({ "situation": "asylum-seeker", "stays": [] }),
    );
    for id in TL_IDS {
        criterion(&r, id);
    }
}

#[test]
fn half_time_unknown_without_permit_dates_when_it_matters() {
    // Under the limit whatever the unknowns: met. (The other answers of this test are cases in
    // travel_limits.json; with nothing known RULES.md leaves the outcome open, so only the
    // status is checked here.)
    let r = ask(
        TL,
        "2025-12-01",
        json!({ "stays": [{ "from": "2025-01-01", "to": "2025-03-01" }] }),
    );
    assert_eq!(status(&r, "tl.half-time"), "met");
}

#[test]
fn permanent_unknown_basis_between_213_and_304_is_unknown() {
    // Not a case in travel_limits.json: with the basis unknown RULES.md leaves the outcome open.
    // 250 days abroad in the last 3 (and 5) years: over 213, under 304: depends on the basis.
    // 2025-01-01 -> 2025-09-09: 31+28+31+30+31+30+31+31+8 = 251 - 1 = 250.
    let r = ask(
        TL,
        "2025-12-01",
        json!({ "situation": "temporary-permit",
                "stays": [{ "from": "2025-01-01", "to": "2025-09-09" }] }),
    );
    no_errors(&r);
    assert_eq!(r["figures"]["daysAbroadForPermanent"], 250);
    assert_eq!(status(&r, "tl.permanent-residence"), "unknown");
}

#[test]
fn travel_limits_reports_every_criterion_and_figure_on_empty_input() {
    let r = ask(TL, "2025-06-01", json!({}));
    no_errors(&r);
    for id in TL_IDS {
        criterion(&r, id);
    }
    for f in [
        "daysAbroadForPermanent",
        "maxSchengenDaysIn180",
        "latestReturnDate",
    ] {
        assert!(r["figures"].get(f).is_some(), "figure {f} missing: {r}");
    }
    assert!(
        r["figures"].get("maxDaysAbroadIn365").is_some()
            || r["figures"].get("daysAbroadInPermitYear").is_some()
    );
    // No planned trip → latestReturnDate null.
    assert!(r["figures"]["latestReturnDate"].is_null());
}

#[test]
fn travel_limits_stay_to_before_from_is_an_error() {
    let r = one_year(
        "2025-12-01",
        json!([
            { "from": "2025-02-01", "to": "2025-02-05" },
            { "from": "2025-03-10", "to": "2025-03-01" }
        ]),
        Value::Null,
    );
    let fields = failure_fields(&r);
    assert!(fields.iter().any(|f| f == "stays[1].to"), "{fields:?}");
    assert!(r["errors"][0]["message"].as_str().unwrap_or("").len() > 10);
}

#[test]
fn travel_limits_overlapping_stays_are_an_error() {
    let r = one_year(
        "2025-12-01",
        json!([
            { "from": "2025-02-01", "to": "2025-02-20" },
            { "from": "2025-02-10", "to": "2025-03-01" }
        ]),
        Value::Null,
    );
    let fields = failure_fields(&r);
    assert!(!fields.is_empty());
    assert!(fields.iter().all(|f| f.starts_with("stays[")), "{fields:?}");
}

#[test]
fn travel_limits_permit_end_before_start_is_an_error() {
    // Spec C8 by analogy with a stay: an end before its start cannot be evaluated.
    let r = ask(
        TL,
        "2025-12-01",
        json!({ "situation": "temporary-permit", "permitBasis": "other",
                "permitStart": "2025-06-01", "permitEnd": "2025-01-01", "stays": [] }),
    );
    let fields = failure_fields(&r);
    assert!(fields.iter().any(|f| f.starts_with("permit")), "{fields:?}");
}

#[test]
fn travel_limits_locales() {
    let stays = json!([{ "from": "2025-03-01", "to": "2025-03-10" }]);
    let mk = |loc: &str| {
        call(
            json!({ "checker": "travel-limits", "asOf": "2025-12-01", "locale": loc,
                    "input": { "situation": "temporary-permit", "permitBasis": "other",
                               "permitStart": "2025-01-01", "permitEnd": "2026-01-01",
                               "stays": stays } }),
        )
    };
    let en = mk("en");
    let nb = mk("nb");
    let uk = mk("uk");
    for id in TL_IDS {
        let e = criterion(&en, id)["explanation"].as_str().unwrap_or("");
        let n = criterion(&nb, id)["explanation"].as_str().unwrap_or("");
        let u = criterion(&uk, id)["explanation"].as_str().unwrap_or("");
        assert!(!e.is_empty() && !n.is_empty() && !u.is_empty(), "{id}");
        assert_ne!(e, n, "{id}: nb explanation is the English one");
        assert!(cyrillic(u), "{id}: uk explanation not in Ukrainian: {u}");
    }
    // Error messages too.
    let bad = call(
        json!({ "checker": "travel-limits", "asOf": "2025-12-01", "locale": "uk",
                          "input": { "stays": [{ "from": "2025-03-10", "to": "2025-03-01" }] } }),
    );
    let msg = bad["errors"][0]["message"].as_str().unwrap_or("");
    assert!(cyrillic(msg), "{msg}");
}

#[test]
fn travel_limits_sources() {
    let r = one_year("2025-12-01", json!([]), Value::Null);
    for id in TL_IDS {
        let s = criterion(&r, id)["sources"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert!(!s.is_empty(), "{id} has no sources");
    }
    let hs = criterion(&r, "tl.half-time")["sources"].to_string();
    assert!(hs.contains("seed:004"), "{hs}");
}

// ------------------------------------------------------------------------------------------
// work-permit (RULES.md § 4)
// ------------------------------------------------------------------------------------------

fn wp_all_met() -> Value {
    json!({ "protection": "individual", "hadAsylumInterview": true, "validPassport": true,
            "decision": "none", "dublinCase": false })
}

#[test]
fn work_permit_all_met_is_eligible() {
    // The sources (the statuses are a case in work_permit.json).
    let r = ask(WP, WP_AS_OF, wp_all_met());
    for id in WP_IDS {
        let s = criterion(&r, id)["sources"].to_string();
        assert!(s.contains("seed:002"), "{id}: {s}");
    }
}

#[test]
fn work_permit_collective_protection_is_not_applicable() {
    // Every criterion is still reported (the outcome is a case in work_permit.json).
    let r = ask(
        WP,
        WP_AS_OF,
        json!({ "protection": "collective", "hadAsylumInterview": false,
                       "validPassport": false, "decision": "rejected", "dublinCase": true }),
    );
    for id in WP_IDS {
        criterion(&r, id);
    }
}

#[test]
fn work_permit_locales() {
    let en = call(json!({ "checker": "work-permit", "asOf": "2026-01-15", "input": wp_all_met() }));
    let nb = call(
        json!({ "checker": "work-permit", "asOf": "2026-01-15", "locale": "nb",
                         "input": wp_all_met() }),
    );
    let uk = call(
        json!({ "checker": "work-permit", "asOf": "2026-01-15", "locale": "uk",
                         "input": wp_all_met() }),
    );
    for id in WP_IDS {
        let e = criterion(&en, id)["explanation"].as_str().unwrap_or("");
        let n = criterion(&nb, id)["explanation"].as_str().unwrap_or("");
        let u = criterion(&uk, id)["explanation"].as_str().unwrap_or("");
        assert!(!e.is_empty());
        assert_ne!(e, n, "{id}");
        assert!(cyrillic(u), "{id}: {u}");
    }
}

// ------------------------------------------------------------------------------------------
// API contract, all four checkers (API.md)
// ------------------------------------------------------------------------------------------

fn top_keys(r: &Value) -> Vec<String> {
    let mut k: Vec<String> = r
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    k.sort();
    k
}

#[test]
fn api_empty_input_answers_every_checker_with_the_contract_keys() {
    for c in CHECKERS {
        let r = call(json!({ "checker": c, "asOf": "2021-11-01", "input": {} }));
        no_errors(&r);
        assert_eq!(r["checker"], c);
        assert!(r["outcome"].is_string(), "{c}: {r}");
        // API.md rev. 2 adds summary, locale and rulesCheckedOn.
        let mut expected = vec![
            "checker",
            "criteria",
            "errors",
            "figures",
            "locale",
            "outcome",
            "rulesCheckedOn",
            "summary",
        ];
        match c {
            "temporary-regulation" => expected.push("permitType"),
            "permanent-permit" => expected.push("exemptionMayApply"),
            _ => {}
        }
        expected.sort();
        assert_eq!(top_keys(&r), expected, "{c}");
        let ids: Vec<&str> = r["criteria"]
            .as_array()
            .map(|cs| cs.iter().filter_map(|x| x["id"].as_str()).collect())
            .unwrap_or_default();
        let mut want = common::ids(c).to_vec();
        let mut got = ids.clone();
        want.sort();
        got.sort();
        assert_eq!(got, want, "{c}: criteria ids");
        for crit in r["criteria"].as_array().into_iter().flatten() {
            for key in ["id", "status", "borderline", "explanation", "sources"] {
                assert!(
                    crit.get(key).is_some(),
                    "{c}: criterion lacks {key}: {crit}"
                );
            }
            let st = crit["status"].as_str().unwrap_or("");
            assert!(["met", "not-met", "unknown"].contains(&st), "{c}: {st}");
        }
        assert!(r["figures"].is_object());
    }
}

#[test]
fn api_as_of_is_optional() {
    for c in CHECKERS {
        let r = call(json!({ "checker": c, "input": {} }));
        no_errors(&r);
        assert!(r["outcome"].is_string(), "{c}");
    }
}

#[test]
fn api_unknown_keys_are_ignored() {
    for c in CHECKERS {
        let plain = call(json!({ "checker": c, "asOf": "2021-11-01", "input": {} }));
        let extra = call(
            json!({ "checker": c, "asOf": "2021-11-01", "somethingElse": 3,
                                "input": { "notAField": true, "nested": { "a": [1] } } }),
        );
        no_errors(&extra);
        assert_eq!(plain["outcome"], extra["outcome"], "{c}");
        assert_eq!(plain["criteria"], extra["criteria"], "{c}");
    }
}

#[test]
fn api_missing_input_is_all_unknown() {
    // No "input" key at all: no errors. (The other checkers' answers are cases in
    // api_errors.json and work_permit.json; with nothing known, travel-limits' outcome is left
    // open by RULES.md.)
    let r = call(json!({ "checker": "travel-limits", "asOf": "2021-11-01" }));
    no_errors(&r);
}

#[test]
fn api_unknown_checker_and_bad_request() {
    // Text that is not JSON (an unknown checker and a list as request are cases in
    // api_errors.json).
    let text = evaluate_json("{not json");
    let r: Value = serde_json::from_str(&text).expect("JSON answer");
    assert!(r["outcome"].is_null());
    assert_eq!(r["criteria"], json!([]));
}

#[test]
fn api_locale_for_every_checker() {
    for c in CHECKERS {
        let en = call(json!({ "checker": c, "asOf": "2021-11-01", "input": {} }));
        let uk = call(json!({ "checker": c, "asOf": "2021-11-01", "locale": "uk", "input": {} }));
        let nb = call(json!({ "checker": c, "asOf": "2021-11-01", "locale": "nb", "input": {} }));
        for (i, crit) in uk["criteria"].as_array().into_iter().flatten().enumerate() {
            let u = crit["explanation"].as_str().unwrap_or("");
            assert!(cyrillic(u), "{c}: {}: {u}", crit["id"]);
            assert_ne!(
                en["criteria"][i]["explanation"],
                nb["criteria"][i]["explanation"]
            );
        }
        // Error messages in the locale too.
        let bad = call(json!({ "checker": c, "asOf": "2021-13-01", "locale": "nb", "input": {} }));
        let be = call(json!({ "checker": c, "asOf": "2021-13-01", "input": {} }));
        assert_ne!(
            bad["errors"][0]["message"], be["errors"][0]["message"],
            "{c}"
        );
    }
}

#[test]
fn api_birth_after_as_of_or_application_is_an_error() {
    let r = call(
        json!({ "checker": "temporary-regulation", "asOf": "2021-11-01",
                        "input": { "dateOfBirth": "2022-01-01",
                                   "firstAsylumApplication": "2005-01-01" } }),
    );
    let f = failure_fields(&r);
    assert!(f.iter().any(|x| x == "dateOfBirth"), "{f:?}");
    let r = call(
        json!({ "checker": "temporary-regulation", "asOf": "2021-11-01",
                        "input": { "dateOfBirth": "2006-01-01",
                                   "firstAsylumApplication": "2005-01-01" } }),
    );
    let f = failure_fields(&r);
    assert!(
        f.iter()
            .any(|x| x == "dateOfBirth" || x == "firstAsylumApplication"),
        "{f:?}"
    );
}

#[test]
fn api_response_serializes_with_null_outcome_on_errors() {
    let text =
        evaluate_json(&json!({ "checker": "work-permit", "input": { "decision": 7 } }).to_string());
    let r: Value = serde_json::from_str(&text).expect("JSON");
    assert!(
        r.get("outcome").is_some(),
        "outcome key must be present (null): {text}"
    );
    assert!(r["outcome"].is_null());
    assert_eq!(r["errors"][0]["field"], "decision");
    assert!(r["errors"][0]["message"].as_str().unwrap_or("").len() > 10);
}
