//! Checker `work-permit` (RULES.md §4), through the public API `permit_check::evaluate`.

mod common;

use common::{explanation, run, run_with, status, LOCALES, WP, WP_IDS};
use permit_check::evaluate_json;
use permit_check::rules::work_permit::{next_steps, NextStep};
use permit_check::rules::{Outcome, Status};
use permit_check::text::catalog;
use proptest::prelude::*;
use serde_json::{json, Value};

const AS_OF: &str = "2026-11-21";

/// Every answer that makes the permit possible.
fn all_met() -> Value {
    json!({
        "protection": "individual",
        "hadAsylumInterview": true,
        "validPassport": true,
        "dublinCase": false,
        "decision": "none"
    })
}

fn with(key: &str, value: Value) -> Value {
    let mut input = all_met();
    input[key] = value;
    input
}

#[test]
fn all_conditions_met_is_eligible() {
    let r = run(WP, AS_OF, all_met());
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(r.outcome, Some(Outcome::Eligible));
    let ids: Vec<&str> = r.criteria.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, WP_IDS);
    for id in WP_IDS {
        assert_eq!(status(&r, id), Status::Met, "{id}");
    }
}

#[test]
fn no_interview_alone_makes_not_eligible() {
    let r = run(WP, AS_OF, with("hadAsylumInterview", json!(false)));
    assert_eq!(r.outcome, Some(Outcome::NotEligible));
    assert_eq!(status(&r, "wp.interview"), Status::NotMet);
    for id in ["wp.passport", "wp.no-decision", "wp.not-dublin"] {
        assert_eq!(status(&r, id), Status::Met, "{id}");
    }
}

#[test]
fn no_valid_passport_alone_makes_not_eligible() {
    let r = run(WP, AS_OF, with("validPassport", json!(false)));
    assert_eq!(r.outcome, Some(Outcome::NotEligible));
    assert_eq!(status(&r, "wp.passport"), Status::NotMet);
    for id in ["wp.interview", "wp.no-decision", "wp.not-dublin"] {
        assert_eq!(status(&r, id), Status::Met, "{id}");
    }
}

#[test]
fn passport_explanation_always_rules_out_internal_passports() {
    for answer in [json!(true), json!(false), Value::Null] {
        let r = run(WP, AS_OF, with("validPassport", answer.clone()));
        let text = &r.criterion("wp.passport").unwrap().explanation;
        assert!(
            text.contains("internal passport")
                && text.contains("Passport of the Citizen of Ukraine"),
            "{answer}: {text}"
        );
    }
}

#[test]
fn rejection_alone_makes_not_eligible_with_the_appeal_note() {
    let r = run(WP, AS_OF, with("decision", json!("rejected")));
    assert_eq!(r.outcome, Some(Outcome::NotEligible));
    let c = r.criterion("wp.no-decision").unwrap();
    assert_eq!(c.status, Status::NotMet);
    assert!(c.explanation.contains("appeal"), "{}", c.explanation);
    assert!(
        c.explanation.contains("ask your lawyer"),
        "{}",
        c.explanation
    );
    assert!(
        c.sources.iter().any(|s| s == "utl. § 94 (3)"),
        "{:?}",
        c.sources
    );
    for id in ["wp.interview", "wp.passport", "wp.not-dublin"] {
        assert_eq!(status(&r, id), Status::Met, "{id}");
    }
}

#[test]
fn dublin_case_alone_makes_not_eligible() {
    let r = run(WP, AS_OF, with("dublinCase", json!(true)));
    assert_eq!(r.outcome, Some(Outcome::NotEligible));
    assert_eq!(status(&r, "wp.not-dublin"), Status::NotMet);
    for id in ["wp.interview", "wp.passport", "wp.no-decision"] {
        assert_eq!(status(&r, id), Status::Met, "{id}");
    }
}

#[test]
fn each_unknown_answer_alone_makes_unknown() {
    for (key, id) in [
        ("hadAsylumInterview", "wp.interview"),
        ("validPassport", "wp.passport"),
        ("decision", "wp.no-decision"),
        ("dublinCase", "wp.not-dublin"),
    ] {
        let r = run(WP, AS_OF, with(key, Value::Null));
        assert_eq!(r.outcome, Some(Outcome::Unknown), "{key}");
        assert_eq!(status(&r, id), Status::Unknown, "{key}");
        // A missing key is the same as null.
        let mut input = all_met();
        input.as_object_mut().unwrap().remove(key);
        assert_eq!(run(WP, AS_OF, input), r, "{key} missing vs null");
    }
}

#[test]
fn not_met_wins_over_unknown() {
    let r = run(
        WP,
        AS_OF,
        json!({ "protection": "individual", "hadAsylumInterview": false }),
    );
    assert_eq!(r.outcome, Some(Outcome::NotEligible));
    assert_eq!(status(&r, "wp.passport"), Status::Unknown);
}

#[test]
fn empty_input_is_unknown_with_every_criterion() {
    for input in [json!({}), Value::Null] {
        let r = run(WP, AS_OF, input);
        assert!(r.errors.is_empty());
        assert_eq!(r.outcome, Some(Outcome::Unknown));
        assert_eq!(r.criteria.len(), 4);
        for id in WP_IDS {
            assert_eq!(status(&r, id), Status::Unknown, "{id}");
        }
    }
}

#[test]
fn collective_protection_is_not_applicable_but_still_reports_criteria() {
    for input in [
        with("protection", json!("collective")),
        json!({ "protection": "collective", "hadAsylumInterview": false, "dublinCase": true }),
        json!({ "protection": "collective" }),
    ] {
        let r = run(WP, AS_OF, input.clone());
        assert_eq!(r.outcome, Some(Outcome::NotApplicable), "{input}");
        assert_eq!(r.criteria.len(), 4);
        for c in &r.criteria {
            assert!(
                c.explanation.contains("collective protection")
                    && c.explanation.contains("right to work"),
                "{}: {}",
                c.id,
                c.explanation
            );
        }
    }
    let r = run(
        WP,
        AS_OF,
        json!({ "protection": "collective", "hadAsylumInterview": false }),
    );
    assert_eq!(status(&r, "wp.interview"), Status::NotMet);
}

#[test]
fn unknown_protection_evaluates_the_criteria_and_mentions_collective_protection() {
    let mut input = all_met();
    input["protection"] = Value::Null;
    let r = run(WP, AS_OF, input);
    assert_eq!(r.outcome, Some(Outcome::Eligible));
    for c in &r.criteria {
        assert!(
            c.explanation.contains("If you have collective protection"),
            "{}: {}",
            c.id,
            c.explanation
        );
    }
    let r = run(WP, AS_OF, with("validPassport", json!(false)));
    assert_eq!(r.outcome, Some(Outcome::NotEligible));
    // Individual protection: no note about collective protection.
    let r = run(WP, AS_OF, all_met());
    assert!(r
        .criteria
        .iter()
        .all(|c| !c.explanation.contains("collective")));
}

#[test]
fn sources_name_seed_002_and_the_law() {
    let r = run(WP, AS_OF, all_met());
    for c in &r.criteria {
        assert_eq!(
            c.sources.first().map(String::as_str),
            Some("seed:002"),
            "{}",
            c.id
        );
        assert!(
            c.sources
                .iter()
                .any(|s| s.contains("§ 94") || s.contains("§ 17-2")),
            "{}: {:?}",
            c.id,
            c.sources
        );
    }
    let passport = r.criterion("wp.passport").unwrap();
    assert!(passport.sources.iter().any(|s| s == "utf. § 17-24"));
}

#[test]
fn explanations_in_three_languages() {
    let input = json!({ "protection": null, "validPassport": false, "decision": "rejected" });
    let en = run_with(WP, AS_OF, Some("en"), None, input.clone());
    let nb = run_with(WP, AS_OF, Some("nb-NO"), None, input.clone());
    let uk = run_with(WP, AS_OF, Some("uk"), None, input);
    assert_eq!(en.outcome, nb.outcome);
    assert_eq!(en.outcome, uk.outcome);
    assert!(explanation(&nb, "wp.passport").contains("innenlandspass"));
    assert!(explanation(&uk, "wp.passport").contains("паспорта громадянина України"));
    assert!(explanation(&nb, "wp.no-decision").contains("spør advokaten din"));
    assert!(explanation(&uk, "wp.no-decision").contains("адвоката"));
    assert!(explanation(&nb, "wp.interview").contains("kollektiv beskyttelse"));
    assert!(explanation(&uk, "wp.interview").contains("колективний захист"));
    for id in WP_IDS {
        assert_ne!(explanation(&en, id), explanation(&nb, id), "{id}");
        assert_ne!(explanation(&en, id), explanation(&uk, id), "{id}");
        assert_ne!(explanation(&nb, id), explanation(&uk, id), "{id}");
    }
}

#[test]
fn wrong_types_are_errors_on_the_exact_field() {
    let r = run(
        WP,
        AS_OF,
        json!({
            "protection": "asylum",
            "hadAsylumInterview": "yes",
            "validPassport": 1,
            "dublinCase": [],
            "decision": "granted"
        }),
    );
    assert_eq!(r.outcome, None);
    assert!(r.criteria.is_empty());
    let fields: Vec<&str> = r.errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "protection",
            "hadAsylumInterview",
            "validPassport",
            "dublinCase",
            "decision"
        ]
    );
    let protection = &r.errors[0].message;
    assert!(
        protection.contains("individual, collective"),
        "{protection}"
    );
    let decision = &r.errors[4].message;
    assert!(decision.contains("none, rejected"), "{decision}");
    assert!(r.errors[1].message.contains("true (yes)"));
}

#[test]
fn one_bad_field_among_good_ones() {
    let r = run(WP, AS_OF, with("decision", json!(true)));
    assert_eq!(r.outcome, None);
    assert_eq!(r.errors.len(), 1);
    assert_eq!(r.errors[0].field, "decision");
}

#[test]
fn errors_in_the_requested_language() {
    let r = run_with(
        WP,
        AS_OF,
        Some("nb"),
        None,
        json!({ "validPassport": "ja" }),
    );
    assert_eq!(r.errors[0].field, "validPassport");
    assert!(
        r.errors[0].message.contains("Svaret må være"),
        "{}",
        r.errors[0].message
    );
    let r = run_with(
        WP,
        AS_OF,
        Some("uk"),
        None,
        json!({ "validPassport": "так" }),
    );
    assert!(
        r.errors[0].message.contains("Відповідь має бути"),
        "{}",
        r.errors[0].message
    );
}

#[test]
fn input_that_is_not_an_object_is_an_error_on_input() {
    for input in [json!([]), json!("individual"), json!(3)] {
        let r = run(WP, AS_OF, input.clone());
        assert_eq!(r.outcome, None, "{input}");
        assert_eq!(r.errors.len(), 1);
        assert_eq!(r.errors[0].field, "input");
    }
}

#[test]
fn unknown_keys_are_ignored() {
    let mut input = all_met();
    input["favouriteColour"] = json!("blue");
    assert_eq!(run(WP, AS_OF, input).outcome, Some(Outcome::Eligible));
}

#[test]
fn json_round_trip_names_the_outcomes_as_the_api_does() {
    let out = evaluate_json(
        r#"{"checker":"work-permit","asOf":"2026-11-21","input":{"protection":"collective"}}"#,
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["outcome"], "not-applicable");
    assert_eq!(v["criteria"][2]["id"], "wp.no-decision");
    assert_eq!(v["criteria"][2]["status"], "unknown");
    assert_eq!(v["errors"], json!([]));
}

#[test]
fn next_steps_follow_the_outcome() {
    let steps = |input: Value| {
        let r = run(WP, AS_OF, input);
        next_steps(
            r.outcome,
            r.criteria.iter().map(|c| (c.id.as_str(), c.status)),
        )
    };
    let apply = vec![
        NextStep::ApplyByPostToPolice,
        NextStep::PassportCopyUnlessPoliceHoldIt,
        NextStep::NoFee,
        NextStep::PoliceAppointmentWithPassport,
        NextStep::VoluntaryWorkNeedsNoPermit,
        NextStep::LeavingNorwayDismissesCase,
    ];
    assert_eq!(steps(all_met()), apply);
    assert_eq!(
        steps(json!({})),
        apply,
        "unknown outcome still shows how to apply"
    );
    assert_eq!(steps(with("protection", json!("collective"))), vec![]);
    assert_eq!(
        steps(with("decision", json!("rejected"))),
        vec![
            NextStep::AskLawyerAboutAppeal,
            NextStep::VoluntaryWorkNeedsNoPermit
        ]
    );
    assert_eq!(
        steps(with("dublinCase", json!(true))),
        vec![
            NextStep::VoluntaryWorkNeedsNoPermit,
            NextStep::LeavingNorwayDismissesCase
        ]
    );
    // Input errors: no outcome, nothing to do.
    assert_eq!(steps(json!({ "decision": 7 })), vec![]);
}

#[test]
fn next_step_texts_exist_in_three_languages() {
    let all = [
        NextStep::ApplyByPostToPolice,
        NextStep::PassportCopyUnlessPoliceHoldIt,
        NextStep::NoFee,
        NextStep::PoliceAppointmentWithPassport,
        NextStep::VoluntaryWorkNeedsNoPermit,
        NextStep::LeavingNorwayDismissesCase,
        NextStep::AskLawyerAboutAppeal,
    ];
    for step in all {
        let [en, nb, uk] = LOCALES.map(|l| catalog(l).render(&step.msg()));
        assert!(
            !en.is_empty() && en != nb && en != uk && nb != uk,
            "{step:?}"
        );
    }
    assert!(catalog("en")
        .render(&NextStep::ApplyByPostToPolice.msg())
        .contains("not send it to UDI"));
    assert_eq!(
        serde_json::to_value(NextStep::PassportCopyUnlessPoliceHoldIt).unwrap(),
        "passport-copy-unless-police-hold-it"
    );
}

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        prop_oneof![
            Just("individual".to_string()),
            Just("collective".to_string()),
            Just("none".to_string()),
            Just("rejected".to_string()),
            ".{0,12}",
        ]
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map(
                prop_oneof![
                    Just("protection".to_string()),
                    Just("hadAsylumInterview".to_string()),
                    Just("validPassport".to_string()),
                    Just("dublinCase".to_string()),
                    Just("decision".to_string()),
                    "[a-z]{1,6}",
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Any input at all: an answer or errors, never a panic, and never both.
    #[test]
    fn evaluate_never_panics(input in arb_json(), locale in "(en|nb|uk|xx)?") {
        let r = run_with(WP, AS_OF, Some(&locale), None, input);
        prop_assert_eq!(r.outcome.is_none(), !r.errors.is_empty());
        if r.outcome.is_some() {
            prop_assert_eq!(r.criteria.len(), 4);
        }
        let _ = next_steps(r.outcome, r.criteria.iter().map(|c| (c.id.as_str(), c.status)));
    }

    /// Well-typed answers: the outcome is exactly the rule of RULES.md §4.
    #[test]
    fn outcome_follows_the_rule(
        protection in prop::option::of(prop_oneof![Just("individual"), Just("collective")]),
        interview in prop::option::of(any::<bool>()),
        passport in prop::option::of(any::<bool>()),
        dublin in prop::option::of(any::<bool>()),
        decision in prop::option::of(prop_oneof![Just("none"), Just("rejected")]),
    ) {
        let r = run(WP, AS_OF, json!({
            "protection": protection, "hadAsylumInterview": interview,
            "validPassport": passport, "dublinCase": dublin, "decision": decision
        }));
        let met = [interview, passport, dublin.map(|d| !d), decision.map(|d| d == "none")];
        let expected = if protection == Some("collective") {
            Outcome::NotApplicable
        } else if met.contains(&Some(false)) {
            Outcome::NotEligible
        } else if met.iter().all(|m| *m == Some(true)) {
            Outcome::Eligible
        } else {
            Outcome::Unknown
        };
        prop_assert_eq!(r.outcome, Some(expected));
    }
}
