//! Audit of the `temporary-regulation` (RULES.md §1) and `permanent-permit` (RULES.md §2)
//! checkers through the public JSON API only (API.md), with every expected value computed by hand
//! from RULES.md (arithmetic in the comment beside each case). Written before reading the
//! checkers' code.
//!
//! Conventions used below: C3 (a stay `from → to` covers the days strictly between, `to - from -
//! 1` days; strict setting `to - from + 1`), C5 (`d + N years` keeps month and day, 29 February
//! → 28 February; `d + N months` clamps the day), C6 (ties), C7 (borderline = within 7 days of
//! the limit, either side).

mod common;

use common::json::{
    ask, assert_complete, assert_error_on, borderline, call, criterion, error_fields, fig, outcome,
    status,
};
use common::{cyrillic, with, without, PP, PP_IDS, TR, TR_IDS};
use serde_json::{json, Value};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// A TR input where every criterion is met (asOf before the deadline): first application
/// S = 2005-09-02, no stays: A = 0, S + 16 y = 2021-09-02 <= 2021-10-01 (29 days early, not
/// borderline); R = 2005-09-02 → 2021-10-01 = 5873 days (python: (X - S).days);
/// born 1960-01-01: + 65 y = 2025-01-01, - 5873 days ≈ 2008 <= X, far from the limit.
fn tr_all_met() -> Value {
    json!({
        "dateOfBirth": "1960-01-01",
        "firstAsylumApplication": "2005-09-02",
        "stays": [],
        "appliedForAsylum": true,
        "leftAfterRejectionAndReapplied": false,
        "livedInNorwayOn20190101": true,
        "livesInNorway": true,
        "convicted": false,
        "hasResidencePermit": false,
        "identityDocumented": true,
        "requestDate": "2021-11-01"
    })
}

// ---------------------------------------------------------------------------------------------
// 1. Temporary regulation
// ---------------------------------------------------------------------------------------------

#[test]
fn tr_all_met_is_eligible_full_with_figures() {
    let r = ask(TR, "2021-11-01", tr_all_met());
    assert_complete(&r, &TR_IDS);
    for id in TR_IDS {
        assert_eq!(status(&r, id), "met", "{id}");
        assert!(!borderline(&r, id), "{id}");
    }
    assert_eq!(outcome(&r), "eligible");
    assert_eq!(r["permitType"], "full");
    // R = X - S - A = 5873 - 0.
    assert_eq!(fig(&r, "residenceDays"), &json!(5873));
    assert_eq!(fig(&r, "daysAbroad"), &json!(0));
    assert_eq!(fig(&r, "sixteenYearsReachedOn"), &json!("2021-09-02"));
    // Sources: seed 001 and the provision of the table.
    for id in TR_IDS {
        let s = criterion(&r, id)["sources"].to_string();
        assert!(s.contains("seed:001"), "{id}: {s}");
    }
    for id in [
        "tr.applied-for-asylum",
        "tr.sixteen-years",
        "tr.combined-65",
    ] {
        assert!(
            criterion(&r, id)["sources"].to_string().contains("8-14"),
            "{id}"
        );
    }
}

#[test]
fn tr_permit_type_limited_when_identity_not_documented_and_null_when_unknown() {
    let r = ask(
        TR,
        "2021-11-01",
        with(tr_all_met(), "identityDocumented", json!(false)),
    );
    assert_eq!(outcome(&r), "eligible");
    assert_eq!(r["permitType"], "limited");
    let r = ask(
        TR,
        "2021-11-01",
        with(tr_all_met(), "identityDocumented", Value::Null),
    );
    assert_eq!(outcome(&r), "eligible");
    assert!(r.as_object().unwrap().contains_key("permitType"));
    assert!(r["permitType"].is_null());
    let r = ask(
        TR,
        "2021-11-01",
        without(tr_all_met(), "identityDocumented"),
    );
    assert!(r["permitType"].is_null());
}

#[test]
fn tr_permit_type_null_when_not_eligible() {
    // "When eligible: permitType is …" → not eligible gives no permit type.
    let r = ask(
        TR,
        "2021-11-01",
        with(tr_all_met(), "convicted", json!(true)),
    );
    assert_eq!(outcome(&r), "not-eligible");
    assert!(r["permitType"].is_null(), "{}", r["permitType"]);
}

#[test]
fn tr_each_boolean_criterion_not_met_and_unknown() {
    let cases: [(&str, &str, bool); 6] = [
        ("appliedForAsylum", "tr.applied-for-asylum", false),
        (
            "leftAfterRejectionAndReapplied",
            "tr.no-return-after-rejection",
            true,
        ),
        ("livedInNorwayOn20190101", "tr.lived-in-norway-2019", false),
        ("livesInNorway", "tr.lives-in-norway", false),
        ("convicted", "tr.no-conviction", true),
        ("hasResidencePermit", "tr.no-residence-permit", true),
    ];
    for (key, id, bad) in cases {
        let r = ask(TR, "2021-11-01", with(tr_all_met(), key, json!(bad)));
        assert_eq!(status(&r, id), "not-met", "{key}={bad}");
        assert_eq!(outcome(&r), "not-eligible", "{key}={bad}");
        for other in TR_IDS.iter().filter(|o| **o != id) {
            assert_eq!(status(&r, other), "met", "{key}: {other}");
        }
        // null and a missing key are both unknown → outcome unknown.
        let r = ask(TR, "2021-11-01", with(tr_all_met(), key, Value::Null));
        assert_eq!(status(&r, id), "unknown", "{key}=null");
        assert_eq!(outcome(&r), "unknown", "{key}=null");
        let r = ask(TR, "2021-11-01", without(tr_all_met(), key));
        assert_eq!(status(&r, id), "unknown", "{key} missing");
        assert_eq!(outcome(&r), "unknown", "{key} missing");
    }
}

#[test]
fn tr_not_met_beats_unknown() {
    // any not-met → not-eligible, even with unknowns.
    let input = json!({ "convicted": true });
    let r = ask(TR, "2021-11-01", input);
    assert_complete(&r, &TR_IDS);
    assert_eq!(outcome(&r), "not-eligible");
}

#[test]
fn tr_empty_input_before_deadline_is_unknown_after_deadline_not_eligible() {
    // requestDate defaults to asOf: 2021-11-01 <= 2021-12-01 → deadline met, the rest unknown.
    let r = ask(TR, "2021-11-01", json!({}));
    assert_complete(&r, &TR_IDS);
    assert_eq!(outcome(&r), "unknown");
    assert_eq!(status(&r, "tr.deadline"), "met");
    for id in TR_IDS.iter().filter(|i| **i != "tr.deadline") {
        assert_eq!(status(&r, id), "unknown", "{id}");
    }
    assert!(fig(&r, "residenceDays").is_null());
    assert!(fig(&r, "sixteenYearsReachedOn").is_null());
    assert!(r["permitType"].is_null());
    // asOf 2026-11-21 > 2021-12-01 → deadline not met → not eligible.
    let r = ask(TR, "2026-11-21", json!({}));
    assert_eq!(status(&r, "tr.deadline"), "not-met");
    assert_eq!(outcome(&r), "not-eligible");
    // input null is allowed too (unknown answers everywhere).
    let r = call(json!({ "checker": "temporary-regulation", "asOf": "2021-11-01", "input": null }));
    assert_eq!(outcome(&r), "unknown");
}

#[test]
fn tr_deadline_tie_and_either_side() {
    // "on or before 2021-12-01": 12-01 met, 12-02 not met, 11-30 met. asOf is later (2026) and
    // must not matter when requestDate is given.
    for (req, want) in [
        ("2021-12-01", "met"),
        ("2021-12-02", "not-met"),
        ("2021-11-30", "met"),
    ] {
        let r = ask(
            TR,
            "2026-11-21",
            with(tr_all_met(), "requestDate", json!(req)),
        );
        assert_eq!(status(&r, "tr.deadline"), want, "{req}");
        let o = if want == "met" {
            "eligible"
        } else {
            "not-eligible"
        };
        assert_eq!(outcome(&r), o, "{req}");
    }
    // requestDate null → asOf: 2021-12-01 met, 2021-12-02 not met.
    let r = ask(
        TR,
        "2021-12-01",
        with(tr_all_met(), "requestDate", Value::Null),
    );
    assert_eq!(status(&r, "tr.deadline"), "met");
    let r = ask(TR, "2021-12-02", without(tr_all_met(), "requestDate"));
    assert_eq!(status(&r, "tr.deadline"), "not-met");
}

/// tr.sixteen-years: `S + 16 y + A <= X`, X = 2021-10-01; borderline when within 7 days of X.
#[test]
fn tr_sixteen_years_ties_and_borderline() {
    // S, S + 16 y (A = 0), status, borderline, R = X - S.
    let cases = [
        ("2005-10-01", "2021-10-01", "met", true, 5844), // tie: equal to X → met
        ("2005-10-02", "2021-10-02", "not-met", true, 5843), // one day late
        ("2005-09-30", "2021-09-30", "met", true, 5845), // one day early
        ("2005-09-24", "2021-09-24", "met", true, 5851), // 7 days early: borderline
        ("2005-09-23", "2021-09-23", "met", false, 5852), // 8 days early: not
        ("2005-10-08", "2021-10-08", "not-met", true, 5837), // 7 days late: borderline
        ("2005-10-09", "2021-10-09", "not-met", false, 5836), // 8 days late: not
    ];
    for (s, reached, st, bl, r_days) in cases {
        let r = ask(
            TR,
            "2021-11-01",
            with(tr_all_met(), "firstAsylumApplication", json!(s)),
        );
        assert_eq!(status(&r, "tr.sixteen-years"), st, "S={s}");
        assert_eq!(borderline(&r, "tr.sixteen-years"), bl, "S={s}");
        assert_eq!(fig(&r, "sixteenYearsReachedOn"), &json!(reached), "S={s}");
        assert_eq!(fig(&r, "residenceDays"), &json!(r_days), "S={s}");
        assert_eq!(fig(&r, "daysAbroad"), &json!(0), "S={s}");
    }
}

#[test]
fn tr_days_abroad_push_the_sixteen_years() {
    // S = 2005-09-02: S + 16 y = 2021-09-02, 29 days before X.
    // Stay 2010-01-01 → 2010-01-31 covers 01-02..01-30 = 29 days (C3: 31 - 1 - 1 = 29):
    // 2021-09-02 + 29 = 2021-10-01 = X → met (tie), borderline; R = 5873 - 29 = 5844.
    let base = tr_all_met();
    let r = ask(
        TR,
        "2021-11-01",
        with(
            base.clone(),
            "stays",
            json!([{ "from": "2010-01-01", "to": "2010-01-31" }]),
        ),
    );
    assert_eq!(fig(&r, "daysAbroad"), &json!(29));
    assert_eq!(fig(&r, "residenceDays"), &json!(5844));
    assert_eq!(fig(&r, "sixteenYearsReachedOn"), &json!("2021-10-01"));
    assert_eq!(status(&r, "tr.sixteen-years"), "met");
    assert!(borderline(&r, "tr.sixteen-years"));
    assert_eq!(outcome(&r), "eligible");
    // Back one day later (02-01): 30 days → 2021-10-02 → not met.
    let r = ask(
        TR,
        "2021-11-01",
        with(
            base.clone(),
            "stays",
            json!([{ "from": "2010-01-01", "to": "2010-02-01" }]),
        ),
    );
    assert_eq!(fig(&r, "daysAbroad"), &json!(30));
    assert_eq!(fig(&r, "sixteenYearsReachedOn"), &json!("2021-10-02"));
    assert_eq!(status(&r, "tr.sixteen-years"), "not-met");
    assert_eq!(outcome(&r), "not-eligible");
}

#[test]
fn tr_strict_counting_counts_both_travel_days() {
    // Strict: 2010-01-01 → 2010-01-31 is 31 days (to - from + 1): 2021-09-02 + 31 = 2021-10-03
    // → not met; R = 5873 - 31 = 5842.
    let input = with(
        tr_all_met(),
        "stays",
        json!([{ "from": "2010-01-01", "to": "2010-01-31" }]),
    );
    let r = call(
        json!({ "checker": "temporary-regulation", "asOf": "2021-11-01",
        "counting": "strict", "input": input }),
    );
    assert_eq!(fig(&r, "daysAbroad"), &json!(31));
    assert_eq!(fig(&r, "residenceDays"), &json!(5842));
    assert_eq!(fig(&r, "sixteenYearsReachedOn"), &json!("2021-10-03"));
    assert_eq!(status(&r, "tr.sixteen-years"), "not-met");
}

#[test]
fn tr_only_days_between_s_and_x_count() {
    // S = 2005-09-02. A stay wholly before S (2004) and one wholly after X (2022): A = 0.
    let input = with(
        tr_all_met(),
        "stays",
        json!([{ "from": "2004-01-01", "to": "2005-01-01" },
               { "from": "2022-01-01", "to": "2023-01-01" }]),
    );
    let r = ask(TR, "2026-11-21", input);
    assert_eq!(fig(&r, "daysAbroad"), &json!(0));
    assert_eq!(fig(&r, "residenceDays"), &json!(5873));
    // A stay across X: 2021-09-20 → 2021-10-10 covers 09-21..10-09; only 09-21..09-30 lie
    // before X: A = 10, R = 5863, reached 2021-09-12.
    let input = with(
        tr_all_met(),
        "stays",
        json!([{ "from": "2021-09-20", "to": "2021-10-10" }]),
    );
    let r = ask(TR, "2021-11-01", input);
    assert_eq!(fig(&r, "daysAbroad"), &json!(10));
    assert_eq!(fig(&r, "residenceDays"), &json!(5863));
    assert_eq!(fig(&r, "sixteenYearsReachedOn"), &json!("2021-09-12"));
    // Same stay still going on (to = null, asOf 2021-11-01): C2, runs through asOf; A = 10.
    let input = with(
        tr_all_met(),
        "stays",
        json!([{ "from": "2021-09-20", "to": null }]),
    );
    let r = ask(TR, "2021-11-01", input);
    assert_eq!(r["errors"], json!([]));
    assert_eq!(fig(&r, "daysAbroad"), &json!(10));
}

/// tr.combined-65: `(DOB + 65 y) - R <= X`.
#[test]
fn tr_combined_65_ties_and_borderline() {
    // S = 2005-10-01, A = 0 → R = 5844; X + 5844 = 2037-10-01 (16 years incl. 4 leap days),
    // so the limit is DOB + 65 y <= 2037-10-01 ⇔ DOB <= 1972-10-01.
    let base = with(tr_all_met(), "firstAsylumApplication", json!("2005-10-01"));
    for (dob, st, bl) in [
        ("1972-10-01", "met", true),      // tie: 2037-10-01 - 5844 = X
        ("1972-10-02", "not-met", true),  // X + 1
        ("1972-09-30", "met", true),      // X - 1
        ("1972-09-23", "met", false),     // X - 8
        ("1972-10-09", "not-met", false), // X + 8
        ("1972-10-08", "not-met", true),  // X + 7
    ] {
        let r = ask(
            TR,
            "2021-11-01",
            with(base.clone(), "dateOfBirth", json!(dob)),
        );
        assert_eq!(status(&r, "tr.combined-65"), st, "DOB={dob}");
        assert_eq!(borderline(&r, "tr.combined-65"), bl, "DOB={dob}");
    }
}

#[test]
fn tr_combined_65_uses_residence_net_of_days_abroad() {
    // S = 2005-09-02 with 29 days abroad: R = 5873 - 29 = 5844, same limit DOB <= 1972-10-01.
    let base = with(
        tr_all_met(),
        "stays",
        json!([{ "from": "2010-01-01", "to": "2010-01-31" }]),
    );
    let r = ask(
        TR,
        "2021-11-01",
        with(base.clone(), "dateOfBirth", json!("1972-10-01")),
    );
    assert_eq!(status(&r, "tr.combined-65"), "met");
    let r = ask(
        TR,
        "2021-11-01",
        with(base, "dateOfBirth", json!("1972-10-02")),
    );
    assert_eq!(status(&r, "tr.combined-65"), "not-met");
}

#[test]
fn tr_combined_65_born_on_29_february() {
    // DOB 1976-02-29 + 65 y = 2041-02-28 (C5: 29 Feb → 28 Feb). 2041-02-28 - X = 7090 days.
    // S = X - 7090 = 2002-05-04 (A = 0) → R = 7090 → 2041-02-28 - 7090 = X → met (tie).
    // (Reading 29 Feb + 65 y as 1 March would give X + 1 → not met.)
    let base = with(tr_all_met(), "dateOfBirth", json!("1976-02-29"));
    let r = ask(
        TR,
        "2021-11-01",
        with(base.clone(), "firstAsylumApplication", json!("2002-05-04")),
    );
    assert_eq!(fig(&r, "residenceDays"), &json!(7090));
    assert_eq!(status(&r, "tr.combined-65"), "met");
    assert!(borderline(&r, "tr.combined-65"));
    // S one day later: R = 7089 → X + 1 → not met.
    let r = ask(
        TR,
        "2021-11-01",
        with(base, "firstAsylumApplication", json!("2002-05-05")),
    );
    assert_eq!(status(&r, "tr.combined-65"), "not-met");
}

#[test]
fn tr_unknown_dates_give_unknown_criteria() {
    // No S: sixteen-years and combined-65 unknown; figures null.
    let r = ask(
        TR,
        "2021-11-01",
        with(tr_all_met(), "firstAsylumApplication", Value::Null),
    );
    assert_eq!(status(&r, "tr.sixteen-years"), "unknown");
    assert_eq!(status(&r, "tr.combined-65"), "unknown");
    assert_eq!(outcome(&r), "unknown");
    assert!(fig(&r, "residenceDays").is_null());
    assert!(fig(&r, "sixteenYearsReachedOn").is_null());
    // No DOB: combined-65 unknown; sixteen-years still computed.
    let r = ask(TR, "2021-11-01", without(tr_all_met(), "dateOfBirth"));
    assert_eq!(status(&r, "tr.combined-65"), "unknown");
    assert_eq!(status(&r, "tr.sixteen-years"), "met");
    assert_eq!(fig(&r, "residenceDays"), &json!(5873));
    assert_eq!(outcome(&r), "unknown");
}

#[test]
fn tr_lived_in_norway_2019_stays_covering_the_day() {
    // C3: a stay covers the days strictly between from and to.
    let cases = [
        // 2018-12-31 → 2019-01-02 covers 2019-01-01 → not met.
        ("2018-12-31", "2019-01-02", "not-met"),
        // left on 2019-01-01: that day is a day in Norway → met.
        ("2019-01-01", "2019-01-10", "met"),
        // came back on 2019-01-01: day in Norway → met.
        ("2018-12-20", "2019-01-01", "met"),
    ];
    for (from, to, st) in cases {
        let input = with(tr_all_met(), "stays", json!([{ "from": from, "to": to }]));
        let r = ask(TR, "2021-11-01", input);
        assert_eq!(status(&r, "tr.lived-in-norway-2019"), st, "{from} → {to}");
    }
    // Strict setting: both travel days abroad → 2019-01-01 covered by both edge stays.
    for (from, to) in [("2019-01-01", "2019-01-10"), ("2018-12-20", "2019-01-01")] {
        let input = with(tr_all_met(), "stays", json!([{ "from": from, "to": to }]));
        let r = call(
            json!({ "checker": "temporary-regulation", "asOf": "2021-11-01",
            "counting": "strict", "input": input }),
        );
        assert_eq!(
            status(&r, "tr.lived-in-norway-2019"),
            "not-met",
            "strict {from} → {to}"
        );
    }
}

#[test]
fn tr_lived_in_norway_2019_covering_stay_with_unknown_answer() {
    // "a stay that covers it → not met": the recorded stay decides even if the answer is null.
    let input = with(
        with(tr_all_met(), "livedInNorwayOn20190101", Value::Null),
        "stays",
        json!([{ "from": "2018-12-31", "to": "2019-01-02" }]),
    );
    let r = ask(TR, "2021-11-01", input);
    assert_eq!(status(&r, "tr.lived-in-norway-2019"), "not-met");
    assert_eq!(outcome(&r), "not-eligible");
}

#[test]
fn tr_bad_input_is_answered_with_field_errors() {
    // Impossible dates (C8). 2021 is not a leap year; April has 30 days.
    let r = ask(
        TR,
        "2021-11-01",
        with(tr_all_met(), "dateOfBirth", json!("1980-02-30")),
    );
    assert_error_on(&r, "dateOfBirth");
    let r = ask(
        TR,
        "2021-11-01",
        with(tr_all_met(), "requestDate", json!("2021-02-29")),
    );
    assert_error_on(&r, "requestDate");
    let r = ask(
        TR,
        "2021-11-01",
        with(tr_all_met(), "firstAsylumApplication", json!("2005-04-31")),
    );
    assert_error_on(&r, "firstAsylumApplication");
    // 29 February in a leap year is a real date.
    let r = ask(
        TR,
        "2021-11-01",
        with(tr_all_met(), "dateOfBirth", json!("1980-02-29")),
    );
    assert_eq!(r["errors"], json!([]));
    // Wrong type.
    let r = ask(
        TR,
        "2021-11-01",
        with(tr_all_met(), "convicted", json!("no")),
    );
    assert_error_on(&r, "convicted");
    // A stay back before it left.
    let input = with(
        tr_all_met(),
        "stays",
        json!([{ "from": "2010-01-10", "to": "2010-01-01" }]),
    );
    assert_error_on(&ask(TR, "2021-11-01", input), "stays[0].to");
    // Overlapping stays: the error names an entry of stays.
    let input = with(
        tr_all_met(),
        "stays",
        json!([{ "from": "2010-01-01", "to": "2010-02-01" },
               { "from": "2010-01-15", "to": "2010-03-01" }]),
    );
    let r = ask(TR, "2021-11-01", input);
    assert!(r["outcome"].is_null());
    assert!(
        error_fields(&r).iter().any(|f| f.starts_with("stays[1]")),
        "{:?}",
        error_fields(&r)
    );
}

#[test]
fn tr_birth_after_as_of_or_after_application() {
    // Date of birth after asOf (2021-11-01).
    let r = ask(
        TR,
        "2021-11-01",
        with(tr_all_met(), "dateOfBirth", json!("2022-01-01")),
    );
    assert!(r["outcome"].is_null(), "{r:#}");
    assert!(error_fields(&r).iter().any(|f| f == "dateOfBirth"));
    // Date of birth after the first asylum application (2005-09-02).
    let r = ask(
        TR,
        "2021-11-01",
        with(tr_all_met(), "dateOfBirth", json!("2006-01-01")),
    );
    assert!(r["outcome"].is_null(), "{r:#}");
    let f = error_fields(&r);
    assert!(
        f.iter()
            .any(|f| f == "dateOfBirth" || f == "firstAsylumApplication"),
        "{f:?}"
    );
    // Born on the day of the application is possible (a newborn's application).
    let r = ask(
        TR,
        "2021-11-01",
        with(tr_all_met(), "dateOfBirth", json!("2005-09-02")),
    );
    assert_eq!(r["errors"], json!([]));
}

#[test]
fn tr_explanations_and_errors_follow_the_locale() {
    let en = call(
        json!({ "checker": "temporary-regulation", "asOf": "2021-11-01",
        "input": tr_all_met() }),
    );
    let nb = call(
        json!({ "checker": "temporary-regulation", "asOf": "2021-11-01",
        "locale": "nb", "input": tr_all_met() }),
    );
    let uk = call(
        json!({ "checker": "temporary-regulation", "asOf": "2021-11-01",
        "locale": "uk", "input": tr_all_met() }),
    );
    for id in TR_IDS {
        let e = criterion(&en, id)["explanation"].as_str().unwrap();
        let n = criterion(&nb, id)["explanation"].as_str().unwrap();
        let u = criterion(&uk, id)["explanation"].as_str().unwrap();
        assert_ne!(e, n, "{id}: nb is English");
        assert!(cyrillic(u), "{id}: uk is not Ukrainian: {u}");
        // The outcome does not depend on the language.
        assert_eq!(status(&en, id), status(&uk, id));
    }
    let bad = with(tr_all_met(), "dateOfBirth", json!("1980-02-30"));
    let uk = call(
        json!({ "checker": "temporary-regulation", "asOf": "2021-11-01",
        "locale": "uk", "input": bad }),
    );
    let m = uk["errors"][0]["message"].as_str().unwrap();
    assert!(cyrillic(m), "{m}");
}

// ---------------------------------------------------------------------------------------------
// 2. Permanent permit
// ---------------------------------------------------------------------------------------------

const AS_OF: &str = "2026-11-21";

fn pp_stays(stays: Value) -> Value {
    ask(
        PP,
        AS_OF,
        json!({ "stays": stays, "gaveIncorrectInformation": false,
                "withheldInformation": false, "incorrectIdentity": false }),
    )
}

fn one(from: &str, to: &str) -> Value {
    json!([{ "from": from, "to": to }])
}

#[test]
fn pp_no_stays_is_within_limits() {
    let r = pp_stays(json!([]));
    assert_complete(&r, &PP_IDS);
    assert_eq!(outcome(&r), "within-limits");
    for id in PP_IDS {
        assert_eq!(status(&r, id), "met", "{id}");
        assert!(!borderline(&r, id), "{id}");
    }
    assert_eq!(fig(&r, "longestStayDays"), &json!(0));
    assert_eq!(fig(&r, "maxFourYearDays"), &json!(0));
    assert!(fig(&r, "exceededOn").is_null());
    // No planned trip and no ongoing stay → no latest return date.
    assert!(r["figures"]["latestReturnDate"].is_null());
    let s = criterion(&r, "pp.continuous")["sources"].to_string();
    assert!(s.contains("seed:003") && s.contains("62"), "{s}");
    let s = criterion(&r, "pp.four-year-total")["sources"].to_string();
    assert!(s.contains("seed:003") && s.contains("11-8"), "{s}");
    let s = criterion(&r, "pp.correct-information")["sources"].to_string();
    assert!(s.contains("seed:003") && s.contains("63"), "{s}");
}

/// pp.continuous: not met at 730 days or more ("two years or more"); borderline 723..=737.
#[test]
fn pp_continuous_ties_either_side_and_borderline() {
    // From 2020-01-01 (2020 is a leap year): to - from - 1 days.
    // 2021-12-31: 730 - 1 = 729; 2022-01-01: 731 - 1 = 730; 2021-12-24: 722; 2022-01-08: 737;
    // 2022-01-09: 738.
    let cases = [
        ("2021-12-31", 729, "met", true),
        ("2022-01-01", 730, "not-met", true),
        ("2021-12-25", 723, "met", true),
        ("2021-12-24", 722, "met", false),
        ("2022-01-08", 737, "not-met", true),
        ("2022-01-09", 738, "not-met", false),
    ];
    for (to, days, st, bl) in cases {
        let r = pp_stays(one("2020-01-01", to));
        assert_eq!(fig(&r, "longestStayDays"), &json!(days), "to={to}");
        assert_eq!(status(&r, "pp.continuous"), st, "to={to}");
        assert_eq!(borderline(&r, "pp.continuous"), bl, "to={to}");
        let o = if st == "met" {
            "within-limits"
        } else {
            "limit-exceeded"
        };
        assert_eq!(outcome(&r), o, "to={to}");
    }
}

#[test]
fn pp_one_long_stay_reaches_both_rules_on_its_730th_day() {
    // 2020-01-01 → 2022-01-01: days 2020-01-02..2021-12-31 = 730. The 730th day is
    // 2020-01-01 + 730 = 2021-12-31 → exceededOn. By year: 2020: 365, 2021: 365 → 730 in one
    // four-year window → four-year rule not met too.
    let r = pp_stays(one("2020-01-01", "2022-01-01"));
    assert_eq!(status(&r, "pp.four-year-total"), "not-met");
    assert_eq!(fig(&r, "maxFourYearDays"), &json!(730));
    assert_eq!(fig(&r, "exceededOn"), &json!("2021-12-31"));
    // 729 days: nothing reached.
    let r = pp_stays(one("2020-01-01", "2021-12-31"));
    assert!(fig(&r, "exceededOn").is_null());
    assert_eq!(status(&r, "pp.four-year-total"), "met");
    assert!(borderline(&r, "pp.four-year-total"));
}

#[test]
fn pp_continuous_uses_the_stays_own_length_before_the_year_rule() {
    // 2020-01-01 → 2022-01-09: 738 days (longestStayDays); by year 2020: 365, 2021: 365,
    // 2022: 8 (< 60 → counts nothing): maxFourYearDays = 730 → four-year not met, borderline;
    // continuous 738 → not met, not borderline.
    let r = pp_stays(one("2020-01-01", "2022-01-09"));
    assert_eq!(fig(&r, "longestStayDays"), &json!(738));
    assert_eq!(fig(&r, "maxFourYearDays"), &json!(730));
    assert!(!borderline(&r, "pp.continuous"));
    assert!(borderline(&r, "pp.four-year-total"));
    assert_eq!(status(&r, "pp.four-year-total"), "not-met");
}

#[test]
fn pp_strict_counting_reaches_730_two_days_earlier() {
    // 2020-01-01 → 2021-12-30: default 728 days; strict to - from + 1 = 729 + 1 = 730 → not met,
    // exceededOn = 730th day counting 2020-01-01 as day 1 = 2021-12-30.
    let input = json!({ "stays": one("2020-01-01", "2021-12-30") });
    let r = ask(PP, AS_OF, input.clone());
    assert_eq!(fig(&r, "longestStayDays"), &json!(728));
    assert_eq!(status(&r, "pp.continuous"), "met");
    let r = call(
        json!({ "checker": "permanent-permit", "asOf": AS_OF, "counting": "strict",
        "input": input }),
    );
    assert_eq!(fig(&r, "longestStayDays"), &json!(730));
    assert_eq!(status(&r, "pp.continuous"), "not-met");
    assert_eq!(fig(&r, "exceededOn"), &json!("2021-12-30"));
    // One day less: strict 729 → met.
    let r = call(
        json!({ "checker": "permanent-permit", "asOf": AS_OF, "counting": "strict",
        "input": { "stays": one("2020-01-01", "2021-12-29") } }),
    );
    assert_eq!(fig(&r, "longestStayDays"), &json!(729));
    assert_eq!(status(&r, "pp.continuous"), "met");
}

#[test]
fn pp_years_under_two_months_count_nothing() {
    // 2010-01-01 → 2010-12-31: 363 days; 2011-01-01 → 2011-12-31: 363 days → 726 (borderline).
    let two = json!([{ "from": "2010-01-01", "to": "2010-12-31" },
                     { "from": "2011-01-01", "to": "2011-12-31" }]);
    let r = pp_stays(two.clone());
    assert_eq!(fig(&r, "maxFourYearDays"), &json!(726));
    assert_eq!(status(&r, "pp.four-year-total"), "met");
    assert!(borderline(&r, "pp.four-year-total"));
    let plus = |from: &str, to: &str| {
        let mut v = two.clone();
        v.as_array_mut()
            .unwrap()
            .push(json!({ "from": from, "to": to }));
        v
    };
    // + 2012-01-01 → 2012-01-06: 4 days in 2012 (< 60) → nothing: still 726, met.
    let r = pp_stays(plus("2012-01-01", "2012-01-06"));
    assert_eq!(fig(&r, "maxFourYearDays"), &json!(726));
    assert_eq!(status(&r, "pp.four-year-total"), "met");
    // + 2012-01-01 → 2012-03-01: 01-02..02-29 = 30 + 29 = 59 (< 60) → nothing: 726, met.
    let r = pp_stays(plus("2012-01-01", "2012-03-01"));
    assert_eq!(fig(&r, "maxFourYearDays"), &json!(726));
    assert_eq!(status(&r, "pp.four-year-total"), "met");
    assert_eq!(outcome(&r), "within-limits");
    // + 2012-01-01 → 2012-03-02: 60 days → all count: 726 + 60 = 786 → not met.
    let r = pp_stays(plus("2012-01-01", "2012-03-02"));
    assert_eq!(fig(&r, "maxFourYearDays"), &json!(786));
    assert_eq!(status(&r, "pp.four-year-total"), "not-met");
    assert_eq!(outcome(&r), "limit-exceeded");
    // exceededOn: the 730th counted day is 2012-01-05 (4th day of 2012); 2012 only counts once
    // it reaches 60 days (2012-03-01). RULES.md does not say which; either is accepted here
    // (reported as an ambiguity).
    let e = fig(&r, "exceededOn")
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(e == "2012-01-05" || e == "2012-03-01", "exceededOn {e}");
}

#[test]
fn pp_fifteen_months_in_norway_start_a_new_period() {
    // A: 2010-01-01 → 2011-01-31: 2010: 364 days, 2011: 30 (< 60 → nothing) → 364 counted.
    // A.to + 15 calendar months = 2012-04-30 (not 2011-01-31 + 456 days = 2012-05-01).
    // B from 2012-04-30 → 2013-05-02: 2012-05-01..2013-05-01 = 366 days → new period (tie:
    // `next.from >= prev.to + 15 months`): max 366 → met.
    let r = pp_stays(json!([{ "from": "2010-01-01", "to": "2011-01-31" },
                            { "from": "2012-04-30", "to": "2013-05-02" }]));
    assert_eq!(fig(&r, "maxFourYearDays"), &json!(366));
    assert_eq!(status(&r, "pp.four-year-total"), "met");
    assert_eq!(outcome(&r), "within-limits");
    assert!(fig(&r, "exceededOn").is_null());
    // B from 2012-04-29 → 2013-05-01 (366 days, 2012-04-30..2013-04-30): one day short of
    // 15 months → same period; window [2010-01-02, 2014-01-02) holds 364 + 366 = 730 → not met,
    // reached on the 730th day, 2013-04-30.
    let r = pp_stays(json!([{ "from": "2010-01-01", "to": "2011-01-31" },
                            { "from": "2012-04-29", "to": "2013-05-01" }]));
    assert_eq!(fig(&r, "maxFourYearDays"), &json!(730));
    assert_eq!(status(&r, "pp.four-year-total"), "not-met");
    assert_eq!(outcome(&r), "limit-exceeded");
    assert_eq!(fig(&r, "exceededOn"), &json!("2013-04-30"));
    assert_eq!(status(&r, "pp.continuous"), "met");
}

#[test]
fn pp_four_year_window_includes_start_excludes_end() {
    // A 2010-06-30 → 2011-03-02: 2010: 184, 2011: 60 → 244.
    // B 2012-01-01 → 2012-09-01: 2012-01-02..08-31 = 243.
    // C 2013-10-30 → 2014-07-01: 2013-10-31..2014-06-30 = 62 + 181 = 243. Gaps < 15 months.
    // Window [2010-07-01, 2014-07-01) holds all: 730 → not met, reached 2014-06-30.
    let a = json!({ "from": "2010-06-30", "to": "2011-03-02" });
    let b = json!({ "from": "2012-01-01", "to": "2012-09-01" });
    let r = pp_stays(json!([a, b, { "from": "2013-10-30", "to": "2014-07-01" }]));
    assert_eq!(fig(&r, "maxFourYearDays"), &json!(730));
    assert_eq!(status(&r, "pp.four-year-total"), "not-met");
    assert_eq!(fig(&r, "exceededOn"), &json!("2014-06-30"));
    assert_eq!(fig(&r, "longestStayDays"), &json!(244));
    // C one day later (2013-10-31 → 2014-07-02, last day 2014-07-01 = 2010-07-01 + 4 y, outside
    // the window): every window holds at most 729 → met, borderline.
    let r = pp_stays(json!([a, b, { "from": "2013-10-31", "to": "2014-07-02" }]));
    assert_eq!(fig(&r, "maxFourYearDays"), &json!(729));
    assert_eq!(status(&r, "pp.four-year-total"), "met");
    assert!(borderline(&r, "pp.four-year-total"));
    assert!(fig(&r, "exceededOn").is_null());
    // Order of the list does not matter.
    let r2 = pp_stays(json!([{ "from": "2013-10-31", "to": "2014-07-02" }, b, a]));
    assert_eq!(r2["figures"], r["figures"]);
}

#[test]
fn pp_ongoing_stay_runs_through_as_of() {
    // Ongoing from 2026-01-01, asOf 2026-11-21: to = 2026-11-22, days 01-02..11-21 = 324.
    // Latest return: 2026-01-01 + 730 = 2028-01-01 → 729 days (2026: 364, 2027: 365), both met;
    // 2028-01-02 → 730.
    let r = pp_stays(json!([{ "from": "2026-01-01", "to": null }]));
    assert_eq!(r["errors"], json!([]));
    assert_eq!(fig(&r, "longestStayDays"), &json!(324));
    assert_eq!(fig(&r, "maxFourYearDays"), &json!(324));
    assert_eq!(outcome(&r), "within-limits");
    assert_eq!(fig(&r, "latestReturnDate"), &json!("2028-01-01"));
}

#[test]
fn pp_ongoing_stay_already_over_two_years() {
    // Ongoing from 2024-01-01, asOf 2026-11-21: days 2024-01-02..2026-11-21 = 1055;
    // 730th day = 2024-01-01 + 730 = 2025-12-31. No return date keeps the rules → null.
    let r = pp_stays(json!([{ "from": "2024-01-01" }]));
    assert_eq!(fig(&r, "longestStayDays"), &json!(1055));
    assert_eq!(status(&r, "pp.continuous"), "not-met");
    assert_eq!(outcome(&r), "limit-exceeded");
    assert_eq!(fig(&r, "exceededOn"), &json!("2025-12-31"));
    assert!(fig(&r, "latestReturnDate").is_null());
}

#[test]
fn pp_planned_trip_alone() {
    // No stays; leave 2027-01-01. Return 2028-12-31: 2027-01-02..2028-12-30 = 364 + 365 = 729
    // → both met; 2029-01-01 → 730. latestReturnDate = 2028-12-31 (2027-01-01 + 730 days:
    // 2027 has 365, so +730 lands on 2028-12-31).
    let r = ask(
        PP,
        AS_OF,
        json!({ "plannedTrip": { "from": "2027-01-01", "to": null } }),
    );
    assert_eq!(fig(&r, "latestReturnDate"), &json!("2028-12-31"));
    // The trip changes nothing else.
    assert_eq!(outcome(&r), "within-limits");
    assert_eq!(fig(&r, "longestStayDays"), &json!(0));
    assert_eq!(fig(&r, "maxFourYearDays"), &json!(0));
    assert!(fig(&r, "exceededOn").is_null());
}

#[test]
fn pp_planned_trip_with_earlier_stay_changes_only_latest_return() {
    // Stay 2025-01-01 → 2025-10-29: 300 days (2025 only). Trip from 2027-01-01 (2025-10-29 +
    // 15 months = 2027-01-29 > 2027-01-01: same period). Allowed trip days: 729 - 300 = 429:
    // 2027: 364 (01-02..12-31), 2028: 65 (01-01..03-05, ≥ 60 so counted) → return 2028-03-06.
    let stays = one("2025-01-01", "2025-10-29");
    let without_trip = ask(PP, AS_OF, json!({ "stays": stays }));
    let with_trip = ask(
        PP,
        AS_OF,
        json!({ "stays": stays, "plannedTrip": { "from": "2027-01-01", "to": "2027-02-01" } }),
    );
    assert_eq!(fig(&with_trip, "latestReturnDate"), &json!("2028-03-06"));
    assert_eq!(fig(&without_trip, "longestStayDays"), &json!(300));
    assert_eq!(fig(&without_trip, "maxFourYearDays"), &json!(300));
    assert_eq!(with_trip["outcome"], without_trip["outcome"]);
    for name in ["longestStayDays", "maxFourYearDays", "exceededOn"] {
        assert_eq!(fig(&with_trip, name), fig(&without_trip, name), "{name}");
    }
    for id in PP_IDS {
        assert_eq!(status(&with_trip, id), status(&without_trip, id), "{id}");
        assert_eq!(
            borderline(&with_trip, id),
            borderline(&without_trip, id),
            "{id}"
        );
    }
}

#[test]
fn pp_planned_trip_uses_the_free_two_months_of_a_new_year() {
    // Stay 2024-01-01 → 2025-12-02: 2024: 365, 2025: 335 → 700. Trip from 2026-12-31 (same
    // period). Trip days fall in 2027: under 60 they count nothing; 60 → 760.
    // Return 2027-03-01: 2027-01-01..02-28 = 59 → ok; 2027-03-02 → 60 → exceeded.
    let r = ask(
        PP,
        AS_OF,
        json!({ "stays": one("2024-01-01", "2025-12-02"),
                "plannedTrip": { "from": "2026-12-31" } }),
    );
    assert_eq!(fig(&r, "maxFourYearDays"), &json!(700));
    assert_eq!(fig(&r, "latestReturnDate"), &json!("2027-03-01"));
}

#[test]
fn pp_planned_trip_when_the_limits_are_already_broken() {
    // Stay 2024-01-01 → 2026-01-05: 734 days (continuous not met); trip from 2026-12-01 in the
    // same period: no return date keeps both rules met → null.
    let r = ask(
        PP,
        AS_OF,
        json!({ "stays": one("2024-01-01", "2026-01-05"),
                "plannedTrip": { "from": "2026-12-01", "to": null } }),
    );
    assert_eq!(outcome(&r), "limit-exceeded");
    assert!(fig(&r, "latestReturnDate").is_null(), "{}", r["figures"]);
}

#[test]
fn pp_correct_information_and_outcome() {
    for key in [
        "gaveIncorrectInformation",
        "withheldInformation",
        "incorrectIdentity",
    ] {
        let mut input = json!({ "stays": [], "gaveIncorrectInformation": false,
            "withheldInformation": false, "incorrectIdentity": false });
        input[key] = json!(true);
        let r = ask(PP, AS_OF, input.clone());
        assert_eq!(status(&r, "pp.correct-information"), "not-met", "{key}");
        assert_eq!(outcome(&r), "at-risk", "{key}");
        // With a limit exceeded, limit-exceeded wins.
        input["stays"] = one("2020-01-01", "2022-01-01");
        let r = ask(PP, AS_OF, input);
        assert_eq!(outcome(&r), "limit-exceeded", "{key}");
    }
    // All unknown → criterion unknown; outcome is within-limits (only not-met gives at-risk).
    let r = ask(PP, AS_OF, json!({}));
    assert_complete(&r, &PP_IDS);
    assert_eq!(status(&r, "pp.correct-information"), "unknown");
    assert_eq!(outcome(&r), "within-limits");
    // One false, others unknown → still unknown; one true among unknowns → not met.
    let r = ask(PP, AS_OF, json!({ "gaveIncorrectInformation": false }));
    assert_eq!(status(&r, "pp.correct-information"), "unknown");
    let r = ask(
        PP,
        AS_OF,
        json!({ "incorrectIdentity": true, "withheldInformation": null }),
    );
    assert_eq!(status(&r, "pp.correct-information"), "not-met");
    assert_eq!(outcome(&r), "at-risk");
}

#[test]
fn pp_exemption_may_apply_only_when_all_four_hold() {
    let all = json!({ "familyImmigrationPermit": true, "preventedFromReturning": true,
                      "victimOfAbuse": true, "relationshipEnded": true });
    let r = ask(PP, AS_OF, json!({ "abuseExemption": all }));
    assert_eq!(r["exemptionMayApply"], json!(true));
    for key in [
        "familyImmigrationPermit",
        "preventedFromReturning",
        "victimOfAbuse",
        "relationshipEnded",
    ] {
        let mut e = all.clone();
        e[key] = json!(false);
        let r = ask(PP, AS_OF, json!({ "abuseExemption": e }));
        assert_eq!(r["exemptionMayApply"], json!(false), "{key} false");
        let mut e = all.clone();
        e[key] = Value::Null;
        let r = ask(PP, AS_OF, json!({ "abuseExemption": e }));
        assert_ne!(r["exemptionMayApply"], json!(true), "{key} null");
    }
    let r = ask(PP, AS_OF, json!({}));
    assert!(r.as_object().unwrap().contains_key("exemptionMayApply"));
    assert_ne!(r["exemptionMayApply"], json!(true));
    // The exemption does not change the limits' outcome.
    let r = ask(
        PP,
        AS_OF,
        json!({ "abuseExemption": all, "stays": one("2020-01-01", "2022-01-01") }),
    );
    assert_eq!(outcome(&r), "limit-exceeded");
    assert_eq!(r["exemptionMayApply"], json!(true));
}

#[test]
fn pp_bad_input_is_answered_with_field_errors() {
    assert_error_on(&pp_stays(one("2020-02-10", "2020-02-01")), "stays[0].to");
    assert_error_on(&pp_stays(one("2021-02-29", "2021-03-10")), "stays[0].from");
    assert_error_on(&pp_stays(one("2021-01-10", "2021-06-31")), "stays[0].to");
    // Overlap: the second stay leaves before the first came back.
    let r = pp_stays(json!([{ "from": "2020-01-01", "to": "2020-03-01" },
                            { "from": "2020-02-01", "to": "2020-04-01" }]));
    assert!(r["outcome"].is_null());
    assert!(
        error_fields(&r).iter().any(|f| f.starts_with("stays[1]")),
        "{:?}",
        error_fields(&r)
    );
    // Back and away again on the same day is not an overlap.
    let r = pp_stays(json!([{ "from": "2020-01-01", "to": "2020-03-01" },
                            { "from": "2020-03-01", "to": "2020-04-01" }]));
    assert_eq!(r["errors"], json!([]));
    // A stay still going on that starts after asOf.
    let r = pp_stays(json!([{ "from": "2027-01-01", "to": null }]));
    assert!(r["outcome"].is_null());
    // Planned trip back before it leaves; impossible planned date; wrong exemption type.
    let r = ask(
        PP,
        AS_OF,
        json!({ "plannedTrip": { "from": "2027-03-01", "to": "2027-02-01" } }),
    );
    assert_error_on(&r, "plannedTrip.to");
    let r = ask(
        PP,
        AS_OF,
        json!({ "plannedTrip": { "from": "2027-02-30" } }),
    );
    assert_error_on(&r, "plannedTrip.from");
    let r = ask(
        PP,
        AS_OF,
        json!({ "abuseExemption": { "victimOfAbuse": "yes" } }),
    );
    assert_error_on(&r, "abuseExemption.victimOfAbuse");
    let r = ask(PP, AS_OF, json!({ "withheldInformation": 1 }));
    assert_error_on(&r, "withheldInformation");
    // Bad asOf.
    let r = call(json!({ "checker": "permanent-permit", "asOf": "2026-13-01", "input": {} }));
    assert_error_on(&r, "asOf");
}

#[test]
fn pp_explanations_follow_the_locale() {
    let input = json!({ "stays": one("2020-01-01", "2022-01-01"),
        "gaveIncorrectInformation": true });
    let en = ask(PP, AS_OF, input.clone());
    let nb = call(
        json!({ "checker": "permanent-permit", "asOf": AS_OF, "locale": "nb",
        "input": input }),
    );
    let uk = call(
        json!({ "checker": "permanent-permit", "asOf": AS_OF, "locale": "uk",
        "input": input }),
    );
    for id in PP_IDS {
        let e = criterion(&en, id)["explanation"].as_str().unwrap();
        let n = criterion(&nb, id)["explanation"].as_str().unwrap();
        let u = criterion(&uk, id)["explanation"].as_str().unwrap();
        assert_ne!(e, n, "{id}");
        assert!(cyrillic(u), "{id}: {u}");
    }
    assert_eq!(en["figures"], uk["figures"]);
    let bad = call(
        json!({ "checker": "permanent-permit", "asOf": AS_OF, "locale": "nb",
        "input": { "stays": one("2020-02-10", "2020-02-01") } }),
    );
    let m = bad["errors"][0]["message"].as_str().unwrap();
    let en_bad = ask(
        PP,
        AS_OF,
        json!({ "stays": one("2020-02-10", "2020-02-01") }),
    );
    assert_ne!(m, en_bad["errors"][0]["message"].as_str().unwrap());
}

#[test]
fn pp_planned_trip_that_lifts_a_year_over_two_months() {
    // asOf 2027-06-01. S1 2025-01-01 → 2026-11-28: 2025: 364, 2026: 331 → 695 counted.
    // S2 2027-01-01 → 2027-02-11: 01-02..02-10 = 40 days (< 60 → nothing yet). Same period.
    // Trip from 2027-06-01 with d days abroad: 2027 then has 40 + d; d <= 19 keeps it under 60
    // (nothing counted); d = 20 makes 2027 count all 60 days → 755 → exceeded.
    // d = 19 → return 2027-06-01 + 20 = 2027-06-21.
    let r = ask(
        PP,
        "2027-06-01",
        json!({ "stays": [{ "from": "2025-01-01", "to": "2026-11-28" },
                          { "from": "2027-01-01", "to": "2027-02-11" }],
                "plannedTrip": { "from": "2027-06-01" } }),
    );
    assert_eq!(fig(&r, "maxFourYearDays"), &json!(695));
    assert_eq!(fig(&r, "longestStayDays"), &json!(695));
    assert_eq!(outcome(&r), "within-limits");
    assert!(!borderline(&r, "pp.four-year-total"));
    assert_eq!(fig(&r, "latestReturnDate"), &json!("2027-06-21"));
}
