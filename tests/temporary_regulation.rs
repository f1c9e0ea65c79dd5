//! Checker `temporary-regulation` (RULES.md §1, seed 001), through the public API
//! `permit_check::evaluate(&Request)`.

mod common;

use common::{
    assert_error, borderline, d, explanation, iso, request, run, status, with, without, TR, TR_IDS,
};
use permit_check::rules::dates::{add_days, days_between};
use permit_check::rules::{Date, Outcome, Status};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

const AS_OF: &str = "2021-11-01";
fn cutoff() -> Date {
    d("2021-10-01")
}

/// Seed 001's first example, built to meet both limits exactly on 1 October 2021: born
/// 1972-10-01 (49 years on the cut-off), first application 2005-10-01 (16 years), every other
/// answer favourable.
fn example_49_16() -> Value {
    json!({
        "dateOfBirth": "1972-10-01",
        "firstAsylumApplication": "2005-10-01",
        "stays": [],
        "appliedForAsylum": true,
        "leftAfterRejectionAndReapplied": false,
        "livedInNorwayOn20190101": true,
        "livesInNorway": true,
        "convicted": false,
        "hasResidencePermit": false,
        "identityDocumented": true,
        "requestDate": null
    })
}

/// Seed 001's second example: born 1981-10-01 (40 years), first application 1996-10-01 (25 years).
fn example_40_25() -> Value {
    with(
        with(example_49_16(), "dateOfBirth", json!("1981-10-01")),
        "firstAsylumApplication",
        json!("1996-10-01"),
    )
}

// --- Seed 001's worked examples -----------------------------------------------------------------

#[test]
fn example_49_plus_16_is_met_exactly_on_the_tie() {
    let r = run(TR, AS_OF, example_49_16());
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(r.outcome, Some(Outcome::Eligible));
    assert_eq!(r.figure_int("residenceDays"), Some(5844));
    assert_eq!(r.figure_int("daysAbroad"), Some(0));
    assert_eq!(r.figure_date("sixteenYearsReachedOn"), Some(cutoff()));
    assert_eq!(r.figure_date("combined65ReachedOn"), Some(cutoff()));
    assert_eq!(r.figure_int("ageOnCutoff"), Some(49));
    assert_eq!(r.extra.get("permitType"), Some(&json!("full")));
    // Both limits are met on the very day: borderline (C7), status unchanged.
    assert!(borderline(&r, "tr.sixteen-years"));
    assert!(borderline(&r, "tr.combined-65"));
    let ids: Vec<&str> = r.criteria.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, TR_IDS);
    let e = explanation(&r, "tr.sixteen-years");
    assert!(
        e.contains("By 1 October 2021 you had 16 years of residence in Norway: 5844 days from your first asylum application on 1 October 2005, minus 0 days abroad. The rule asks for 16 years."),
        "{e}"
    );
    let e = explanation(&r, "tr.combined-65");
    assert!(
        e.contains(
            "you were 49 years old and had 16 years of residence in Norway: together 65 years."
        ),
        "{e}"
    );
}

#[test]
fn the_cutoff_and_the_deadline_are_figures_even_when_nothing_is_known() {
    // The UI writes the figures out against these dates ("… by 1 October 2021").
    for input in [example_49_16(), json!({})] {
        let r = run(TR, AS_OF, input);
        assert_eq!(r.figure_date("cutoff"), Some(cutoff()));
        assert_eq!(r.figure_date("deadline"), Some(d("2021-12-01")));
    }
}

#[test]
fn example_49_plus_16_one_day_either_side() {
    // One day younger: age + residence is 65 years minus a day.
    let r = run(
        TR,
        AS_OF,
        with(example_49_16(), "dateOfBirth", json!("1972-10-02")),
    );
    assert_eq!(status(&r, "tr.combined-65"), Status::NotMet);
    assert_eq!(r.outcome, Some(Outcome::NotEligible));
    assert_eq!(r.extra.get("permitType"), Some(&Value::Null));
    // One day older: met.
    let r = run(
        TR,
        AS_OF,
        with(example_49_16(), "dateOfBirth", json!("1972-09-30")),
    );
    assert_eq!(status(&r, "tr.combined-65"), Status::Met);
    assert_eq!(r.outcome, Some(Outcome::Eligible));
    // Applied a day later: 16 years minus a day.
    let r = run(
        TR,
        AS_OF,
        with(
            example_49_16(),
            "firstAsylumApplication",
            json!("2005-10-02"),
        ),
    );
    assert_eq!(status(&r, "tr.sixteen-years"), Status::NotMet);
    assert_eq!(
        r.figure_date("sixteenYearsReachedOn"),
        Some(d("2021-10-02"))
    );
    assert_eq!(r.figure_int("residenceDays"), Some(5843));
    // Applied a day earlier: met.
    let r = run(
        TR,
        AS_OF,
        with(
            example_49_16(),
            "firstAsylumApplication",
            json!("2005-09-30"),
        ),
    );
    assert_eq!(status(&r, "tr.sixteen-years"), Status::Met);
    // One day abroad (left 1 May, back 3 May) pushes 16 years a day past the cut-off.
    let r = run(
        TR,
        AS_OF,
        with(
            example_49_16(),
            "stays",
            json!([{"from": "2010-05-01", "to": "2010-05-03"}]),
        ),
    );
    assert_eq!(r.figure_int("daysAbroad"), Some(1));
    assert_eq!(
        r.figure_date("sixteenYearsReachedOn"),
        Some(d("2021-10-02"))
    );
    assert_eq!(status(&r, "tr.sixteen-years"), Status::NotMet);
    assert_eq!(status(&r, "tr.combined-65"), Status::NotMet);
}

#[test]
fn example_40_plus_25_is_met_exactly_on_the_tie() {
    let r = run(TR, AS_OF, example_40_25());
    assert_eq!(r.outcome, Some(Outcome::Eligible));
    assert_eq!(r.figure_int("residenceDays"), Some(9131));
    assert_eq!(r.figure_int("daysAbroad"), Some(0));
    assert_eq!(
        r.figure_date("sixteenYearsReachedOn"),
        Some(d("2012-10-01"))
    );
    assert_eq!(r.figure_date("combined65ReachedOn"), Some(cutoff()));
    assert_eq!(r.figure_int("ageOnCutoff"), Some(40));
    assert!(!borderline(&r, "tr.sixteen-years"));
    assert!(borderline(&r, "tr.combined-65"));
    let e = explanation(&r, "tr.combined-65");
    assert!(
        e.contains(
            "you were 40 years old and had 25 years of residence in Norway: together 65 years."
        ),
        "{e}"
    );
}

#[test]
fn example_40_plus_25_one_day_either_side() {
    let r = run(
        TR,
        AS_OF,
        with(example_40_25(), "dateOfBirth", json!("1981-10-02")),
    );
    assert_eq!(status(&r, "tr.combined-65"), Status::NotMet);
    assert_eq!(status(&r, "tr.sixteen-years"), Status::Met);
    assert_eq!(r.figure_date("combined65ReachedOn"), Some(d("2021-10-02")));
    let r = run(
        TR,
        AS_OF,
        with(example_40_25(), "dateOfBirth", json!("1981-09-30")),
    );
    assert_eq!(status(&r, "tr.combined-65"), Status::Met);
    // One day less of residence (applied a day later) also breaks the tie.
    let r = run(
        TR,
        AS_OF,
        with(
            example_40_25(),
            "firstAsylumApplication",
            json!("1996-10-02"),
        ),
    );
    assert_eq!(r.figure_int("residenceDays"), Some(9130));
    assert_eq!(status(&r, "tr.combined-65"), Status::NotMet);
    assert_eq!(status(&r, "tr.sixteen-years"), Status::Met);
    // One day more: met.
    let r = run(
        TR,
        AS_OF,
        with(
            example_40_25(),
            "firstAsylumApplication",
            json!("1996-09-30"),
        ),
    );
    assert_eq!(status(&r, "tr.combined-65"), Status::Met);
}

// --- Days abroad --------------------------------------------------------------------------------

#[test]
fn stays_before_the_application_and_after_the_cutoff_are_not_deducted() {
    let r = run(
        TR,
        AS_OF,
        with(
            example_49_16(),
            "stays",
            json!([
                {"from": "2004-01-01", "to": "2004-06-01"},
                {"from": "2021-10-05", "to": "2021-10-20"}
            ]),
        ),
    );
    assert_eq!(r.figure_int("daysAbroad"), Some(0));
    assert_eq!(r.figure_int("residenceDays"), Some(5844));
    assert_eq!(status(&r, "tr.sixteen-years"), Status::Met);
    assert_eq!(r.outcome, Some(Outcome::Eligible));
    let e = explanation(&r, "tr.sixteen-years");
    assert!(e.contains("are not deducted"), "{e}");
}

#[test]
fn a_stay_crossing_the_application_counts_only_its_part_after_it() {
    // Abroad 21 September - 10 October 2005 (C3); applied 1 October: 1-10 October count.
    let r = run(
        TR,
        AS_OF,
        with(
            example_49_16(),
            "stays",
            json!([{"from": "2005-09-20", "to": "2005-10-11"}]),
        ),
    );
    assert_eq!(r.figure_int("daysAbroad"), Some(10));
    assert_eq!(r.figure_int("residenceDays"), Some(5834));
    assert_eq!(
        r.figure_date("sixteenYearsReachedOn"),
        Some(d("2021-10-11"))
    );
    assert_eq!(status(&r, "tr.sixteen-years"), Status::NotMet);
}

#[test]
fn a_stay_crossing_the_cutoff_counts_only_its_part_before_it() {
    // Abroad 26 September - 9 October 2021 (C3): 26-30 September count.
    let r = run(
        TR,
        AS_OF,
        with(
            example_49_16(),
            "stays",
            json!([{"from": "2021-09-25", "to": "2021-10-10"}]),
        ),
    );
    assert_eq!(r.figure_int("daysAbroad"), Some(5));
    assert_eq!(
        r.figure_date("sixteenYearsReachedOn"),
        Some(d("2021-10-06"))
    );
    assert!(borderline(&r, "tr.sixteen-years"));
}

#[test]
fn travel_days_count_as_days_in_norway_unless_strict() {
    let base = with(
        example_40_25(),
        "stays",
        json!([{"from": "2010-03-01", "to": "2010-03-11"}]),
    );
    // C3: a 10-day trip from the 1st to the 11th deducts 9 days.
    let r = run(TR, AS_OF, base.clone());
    assert_eq!(r.figure_int("daysAbroad"), Some(9));
    assert_eq!(r.figure_int("residenceDays"), Some(9131 - 9));
    // The strict setting counts both travel days: 11 days.
    let r = request(TR, AS_OF, base).strict().run();
    assert_eq!(r.figure_int("daysAbroad"), Some(11));
    assert_eq!(r.figure_int("residenceDays"), Some(9131 - 11));
}

#[test]
fn strict_counting_of_touching_stays_counts_the_shared_day_once() {
    // Back on 11 March, off again the same day: strict counting covers 1-20 March, 20 days.
    let r = request(
        TR,
        AS_OF,
        with(
            example_40_25(),
            "stays",
            json!([
                {"from": "2010-03-01", "to": "2010-03-11"},
                {"from": "2010-03-11", "to": "2010-03-20"}
            ]),
        ),
    )
    .strict()
    .run();
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(r.figure_int("daysAbroad"), Some(20));
}

#[test]
fn an_ongoing_stay_counts_until_the_cutoff() {
    // Left on 20 September 2021 and not back (asOf 1 November): 21-30 September count.
    let r = run(
        TR,
        AS_OF,
        with(
            example_40_25(),
            "stays",
            json!([{"from": "2021-09-20", "to": null}]),
        ),
    );
    assert_eq!(r.figure_int("daysAbroad"), Some(10));
}

// --- 1 January 2019 -------------------------------------------------------------------------

#[test]
fn a_stay_covering_1_january_2019_is_not_met_whatever_the_answer() {
    let stays = json!([{"from": "2018-12-20", "to": "2019-01-05"}]);
    for answer in [json!(true), json!(false), Value::Null] {
        let input = with(
            with(example_40_25(), "stays", stays.clone()),
            "livedInNorwayOn20190101",
            answer.clone(),
        );
        let r = run(TR, AS_OF, input);
        assert_eq!(
            status(&r, "tr.lived-in-norway-2019"),
            Status::NotMet,
            "{answer}"
        );
        let c = r.criterion("tr.lived-in-norway-2019").unwrap();
        assert_eq!(c.figures.get("stayCovering20190101"), Some(&json!(0)));
        assert_eq!(r.outcome, Some(Outcome::NotEligible));
    }
}

#[test]
fn a_stay_ending_on_1_january_2019_does_not_cover_it() {
    let input = with(
        example_40_25(),
        "stays",
        json!([{"from": "2018-12-20", "to": "2019-01-01"}]),
    );
    // C3: the day of coming back is a day in Norway.
    let r = run(TR, AS_OF, input.clone());
    assert_eq!(status(&r, "tr.lived-in-norway-2019"), Status::Met);
    assert!(borderline(&r, "tr.lived-in-norway-2019"));
    // The strict setting counts the return day abroad: covered.
    let r = request(TR, AS_OF, input).strict().run();
    assert_eq!(status(&r, "tr.lived-in-norway-2019"), Status::NotMet);
}

#[test]
fn a_stay_starting_on_1_january_2019_does_not_cover_it() {
    let r = run(
        TR,
        AS_OF,
        with(
            example_40_25(),
            "stays",
            json!([{"from": "2019-01-01", "to": "2019-01-20"}]),
        ),
    );
    assert_eq!(status(&r, "tr.lived-in-norway-2019"), Status::Met);
}

#[test]
fn an_ongoing_stay_since_2018_covers_1_january_2019() {
    let r = run(
        TR,
        AS_OF,
        with(
            example_40_25(),
            "stays",
            json!([{"from": "2018-06-01", "to": null}]),
        ),
    );
    assert_eq!(status(&r, "tr.lived-in-norway-2019"), Status::NotMet);
    assert!(explanation(&r, "tr.lived-in-norway-2019").contains("still going on"));
}

#[test]
fn lived_in_norway_answers() {
    let r = run(
        TR,
        AS_OF,
        with(example_40_25(), "livedInNorwayOn20190101", json!(false)),
    );
    assert_eq!(status(&r, "tr.lived-in-norway-2019"), Status::NotMet);
    let r = run(
        TR,
        AS_OF,
        with(example_40_25(), "livedInNorwayOn20190101", Value::Null),
    );
    assert_eq!(status(&r, "tr.lived-in-norway-2019"), Status::Unknown);
    assert_eq!(r.outcome, Some(Outcome::Unknown));
}

// --- Leap days ---------------------------------------------------------------------------------

#[test]
fn a_29_february_birthday_plus_65_years_is_28_february() {
    // Born 29 February 1960: 65 years on 28 February 2025 (C5). The residence needed on the
    // cut-off is exactly the days from 1 October 2021 to 28 February 2025.
    let needed = days_between(cutoff(), d("2025-02-28"));
    assert_eq!(needed, 1246);
    let first = add_days(cutoff(), -needed);
    let input = with(
        with(example_49_16(), "dateOfBirth", json!("1960-02-29")),
        "firstAsylumApplication",
        json!(iso(first)),
    );
    let r = run(TR, AS_OF, input.clone());
    assert_eq!(r.figure_int("residenceDays"), Some(needed));
    assert_eq!(status(&r, "tr.combined-65"), Status::Met);
    assert_eq!(r.figure_date("combined65ReachedOn"), Some(cutoff()));
    assert_eq!(r.figure_int("ageOnCutoff"), Some(61));
    // One day less of residence: not met (it would be met if 65 years ended on 1 March).
    let r = run(
        TR,
        AS_OF,
        with(
            input,
            "firstAsylumApplication",
            json!(iso(add_days(first, 1))),
        ),
    );
    assert_eq!(status(&r, "tr.combined-65"), Status::NotMet);
}

#[test]
fn age_alone_can_settle_the_combined_test() {
    // Born 29 February 1956: 65 years on 28 February 2021, before the cut-off.
    let input = with(
        without(example_49_16(), "firstAsylumApplication"),
        "dateOfBirth",
        json!("1956-02-29"),
    );
    let r = run(TR, AS_OF, input.clone());
    assert_eq!(status(&r, "tr.combined-65"), Status::Met);
    assert_eq!(status(&r, "tr.sixteen-years"), Status::Unknown);
    assert_eq!(r.outcome, Some(Outcome::Unknown));
    // 65 years only on 2 October 2021: the residence time is needed.
    let r = run(TR, AS_OF, with(input, "dateOfBirth", json!("1956-10-02")));
    assert_eq!(status(&r, "tr.combined-65"), Status::Unknown);
}

#[test]
fn a_long_residence_settles_the_combined_test_without_a_birth_date() {
    // Applied 1980-01-01: over 41 years of residence, and at least as old: far over 65.
    let input = with(
        without(example_49_16(), "dateOfBirth"),
        "firstAsylumApplication",
        json!("1980-01-01"),
    );
    let r = run(TR, AS_OF, input.clone());
    assert_eq!(status(&r, "tr.combined-65"), Status::Met);
    assert_eq!(r.outcome, Some(Outcome::Eligible));
    assert_eq!(r.figure_date("combined65ReachedOn"), None);
    // Applied 2000: 21 years of residence, at least 21 years old: not enough to know.
    let r = run(
        TR,
        AS_OF,
        with(input, "firstAsylumApplication", json!("2000-01-01")),
    );
    assert_eq!(status(&r, "tr.combined-65"), Status::Unknown);
}

// --- Exclusions and unknown answers ----------------------------------------------------------

#[test]
fn every_exclusion_alone_makes_the_outcome_not_eligible() {
    let cases = [
        ("appliedForAsylum", json!(false), "tr.applied-for-asylum"),
        (
            "leftAfterRejectionAndReapplied",
            json!(true),
            "tr.no-return-after-rejection",
        ),
        (
            "livedInNorwayOn20190101",
            json!(false),
            "tr.lived-in-norway-2019",
        ),
        ("livesInNorway", json!(false), "tr.lives-in-norway"),
        ("convicted", json!(true), "tr.no-conviction"),
        ("hasResidencePermit", json!(true), "tr.no-residence-permit"),
        ("requestDate", json!("2021-12-02"), "tr.deadline"),
        ("dateOfBirth", json!("1985-01-01"), "tr.combined-65"),
        (
            "firstAsylumApplication",
            json!("2006-01-01"),
            "tr.sixteen-years",
        ),
    ];
    for (key, value, id) in cases {
        // The 40 + 25 example has room on the sixteen years, so changing S only breaks that.
        let base = if id == "tr.sixteen-years" {
            with(example_49_16(), "dateOfBirth", json!("1950-01-01"))
        } else {
            example_40_25()
        };
        let r = run(TR, AS_OF, with(base, key, value));
        assert_eq!(r.outcome, Some(Outcome::NotEligible), "{key}");
        assert_eq!(r.extra.get("permitType"), Some(&Value::Null), "{key}");
        for c in &r.criteria {
            let expected = if c.id == id {
                Status::NotMet
            } else {
                Status::Met
            };
            assert_eq!(c.status, expected, "{key}: {}", c.id);
        }
    }
}

#[test]
fn every_unknown_answer_makes_the_outcome_unknown() {
    let cases = [
        ("appliedForAsylum", "tr.applied-for-asylum"),
        (
            "leftAfterRejectionAndReapplied",
            "tr.no-return-after-rejection",
        ),
        ("livedInNorwayOn20190101", "tr.lived-in-norway-2019"),
        ("livesInNorway", "tr.lives-in-norway"),
        ("convicted", "tr.no-conviction"),
        ("hasResidencePermit", "tr.no-residence-permit"),
        ("dateOfBirth", "tr.combined-65"),
    ];
    for (key, id) in cases {
        for input in [
            with(example_40_25(), key, Value::Null),
            without(example_40_25(), key),
        ] {
            let r = run(TR, AS_OF, input);
            assert_eq!(r.outcome, Some(Outcome::Unknown), "{key}");
            for c in &r.criteria {
                let expected = if c.id == id {
                    Status::Unknown
                } else {
                    Status::Met
                };
                assert_eq!(c.status, expected, "{key}: {}", c.id);
            }
        }
    }
    // Without the first application both residence criteria are unknown, and so are the figures.
    let r = run(
        TR,
        AS_OF,
        without(example_40_25(), "firstAsylumApplication"),
    );
    assert_eq!(r.outcome, Some(Outcome::Unknown));
    assert_eq!(status(&r, "tr.sixteen-years"), Status::Unknown);
    assert_eq!(status(&r, "tr.combined-65"), Status::Unknown);
    for figure in [
        "residenceDays",
        "daysAbroad",
        "sixteenYearsReachedOn",
        "combined65ReachedOn",
    ] {
        assert_eq!(r.figures.get(figure), Some(&Value::Null), "{figure}");
    }
    // An empty input: everything unknown except the deadline (asOf is used).
    let r = run(TR, AS_OF, json!({}));
    assert_eq!(r.outcome, Some(Outcome::Unknown));
    assert_eq!(status(&r, "tr.deadline"), Status::Met);
    let r = run(TR, AS_OF, Value::Null);
    assert_eq!(r.outcome, Some(Outcome::Unknown));
}

#[test]
fn permit_type_follows_identity() {
    let r = run(
        TR,
        AS_OF,
        with(example_40_25(), "identityDocumented", json!(false)),
    );
    assert_eq!(r.outcome, Some(Outcome::Eligible));
    assert_eq!(r.extra.get("permitType"), Some(&json!("limited")));
    let r = run(
        TR,
        AS_OF,
        with(example_40_25(), "identityDocumented", Value::Null),
    );
    assert_eq!(r.outcome, Some(Outcome::Eligible));
    assert_eq!(r.extra.get("permitType"), Some(&Value::Null));
    // It is a top-level field of the JSON response.
    let v = serde_json::to_value(run(TR, AS_OF, example_40_25())).unwrap();
    assert_eq!(v["permitType"], json!("full"));
    assert_eq!(v["outcome"], json!("eligible"));
}

#[test]
fn the_deadline_uses_the_request_date_or_as_of() {
    // No request date: asOf decides.
    let late = run(TR, "2021-12-02", example_40_25());
    assert_eq!(status(&late, "tr.deadline"), Status::NotMet);
    let on_time = run(TR, "2021-12-01", example_40_25());
    assert_eq!(status(&on_time, "tr.deadline"), Status::Met);
    // A request date given wins over asOf (a request sent on time, checked years later).
    let r = run(
        TR,
        "2026-11-21",
        with(example_40_25(), "requestDate", json!("2021-11-15")),
    );
    assert_eq!(status(&r, "tr.deadline"), Status::Met);
    assert_eq!(r.outcome, Some(Outcome::Eligible));
    // Today, years after the deadline.
    let r = run(TR, "2026-11-21", example_40_25());
    assert_eq!(status(&r, "tr.deadline"), Status::NotMet);
    assert!(explanation(&r, "tr.deadline").contains("never extended"));
}

#[test]
fn an_application_after_the_cutoff_gives_negative_residence_and_no_panic() {
    let input = json!({
        "dateOfBirth": "1956-09-20",
        "firstAsylumApplication": "2022-01-01",
        "stays": [{"from": "2022-02-01", "to": "2022-03-01"}],
        "requestDate": "2021-11-01"
    });
    let r = run(TR, "2022-06-01", input);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(r.figure_int("residenceDays"), Some(-92));
    assert_eq!(r.figure_int("daysAbroad"), Some(0));
    assert_eq!(status(&r, "tr.sixteen-years"), Status::NotMet);
    // Residence counts as zero, never negative: the age alone (65 years and 11 days) reaches 65
    // (with -92 days of residence it would not).
    assert_eq!(status(&r, "tr.combined-65"), Status::Met);
    assert_eq!(r.figure_date("combined65ReachedOn"), Some(d("2021-09-20")));
    assert_eq!(r.figure_int("ageOnCutoff"), Some(65));
    assert_eq!(r.outcome, Some(Outcome::NotEligible));
}

// --- Borderline (C7) ---------------------------------------------------------------------------

#[test]
fn sixteen_years_borderline_at_7_and_8_days() {
    for (first, met, near) in [
        ("2005-09-24", true, true),   // reached 7 days before the cut-off
        ("2005-09-23", true, false),  // 8 days before
        ("2005-10-08", false, true),  // 7 days after
        ("2005-10-09", false, false), // 8 days after
    ] {
        let r = run(
            TR,
            AS_OF,
            with(example_49_16(), "firstAsylumApplication", json!(first)),
        );
        let expected = if met { Status::Met } else { Status::NotMet };
        assert_eq!(status(&r, "tr.sixteen-years"), expected, "{first}");
        assert_eq!(borderline(&r, "tr.sixteen-years"), near, "{first}");
    }
}

#[test]
fn combined_65_borderline_at_7_and_8_days() {
    for (birth, met, near) in [
        ("1972-09-24", true, true),
        ("1972-09-23", true, false),
        ("1972-10-08", false, true),
        ("1972-10-09", false, false),
    ] {
        let r = run(
            TR,
            AS_OF,
            with(example_49_16(), "dateOfBirth", json!(birth)),
        );
        let expected = if met { Status::Met } else { Status::NotMet };
        assert_eq!(status(&r, "tr.combined-65"), expected, "{birth}");
        assert_eq!(borderline(&r, "tr.combined-65"), near, "{birth}");
    }
}

#[test]
fn lived_in_norway_borderline_at_7_and_8_days() {
    for (from, to, met, near) in [
        ("2018-12-01", "2018-12-26", true, true), // last day abroad 25 December: 7 days
        ("2018-12-01", "2018-12-25", true, false), // last day abroad 24 December: 8 days
        ("2019-01-07", "2019-02-01", true, true), // first day abroad 8 January: 7 days
        ("2019-01-08", "2019-02-01", true, false), // first day abroad 9 January: 8 days
        ("2018-12-20", "2019-01-08", false, true), // covered; back in Norway 7 days later
        ("2018-12-20", "2019-01-09", false, false), // covered; back 8 days later
    ] {
        let r = run(
            TR,
            AS_OF,
            with(example_40_25(), "stays", json!([{"from": from, "to": to}])),
        );
        let expected = if met { Status::Met } else { Status::NotMet };
        assert_eq!(status(&r, "tr.lived-in-norway-2019"), expected, "{from}");
        assert_eq!(
            borderline(&r, "tr.lived-in-norway-2019"),
            near,
            "{from}–{to}"
        );
    }
}

#[test]
fn deadline_borderline_at_7_and_8_days() {
    for (date, met, near) in [
        ("2021-11-24", true, true),
        ("2021-11-23", true, false),
        ("2021-12-08", false, true),
        ("2021-12-09", false, false),
    ] {
        let r = run(TR, AS_OF, with(example_40_25(), "requestDate", json!(date)));
        let expected = if met { Status::Met } else { Status::NotMet };
        assert_eq!(status(&r, "tr.deadline"), expected, "{date}");
        assert_eq!(borderline(&r, "tr.deadline"), near, "{date}");
    }
}

#[test]
fn yes_no_criteria_are_never_borderline() {
    let r = run(TR, AS_OF, example_40_25());
    for id in [
        "tr.applied-for-asylum",
        "tr.no-return-after-rejection",
        "tr.lives-in-norway",
        "tr.no-conviction",
        "tr.no-residence-permit",
    ] {
        assert!(!borderline(&r, id), "{id}");
    }
}

// --- Languages and sources ---------------------------------------------------------------------

#[test]
fn explanations_in_norwegian_and_ukrainian() {
    let en = run(TR, AS_OF, example_49_16());
    let nb = request(TR, AS_OF, example_49_16()).locale("nb").run();
    let uk = request(TR, AS_OF, example_49_16()).locale("uk").run();
    for id in TR_IDS {
        let (e, n, u) = (
            explanation(&en, id),
            explanation(&nb, id),
            explanation(&uk, id),
        );
        assert!(!e.is_empty() && n != e && u != e && u != n, "{id}");
    }
    assert!(explanation(&nb, "tr.sixteen-years").contains("1. oktober 2021"));
    assert!(explanation(&nb, "tr.sixteen-years").contains("botid"));
    assert!(explanation(&uk, "tr.sixteen-years").contains("1 жовтня 2021"));
    assert!(explanation(&uk, "tr.combined-65").contains("49 років"));
    // Error messages too.
    let r = request(TR, AS_OF, json!({"dateOfBirth": "2030-01-01"}))
        .locale("nb")
        .run();
    assert!(
        r.errors[0].message.contains("Fødselsdatoen"),
        "{:?}",
        r.errors
    );
}

#[test]
fn every_criterion_cites_seed_001_and_a_provision() {
    let r = run(TR, AS_OF, example_49_16());
    for c in &r.criteria {
        assert_eq!(
            c.sources.first().map(String::as_str),
            Some("seed:001"),
            "{}",
            c.id
        );
        assert!(c.sources.len() >= 2, "{}", c.id);
    }
    let conviction = r.criterion("tr.no-conviction").unwrap();
    assert!(conviction.sources.iter().any(|s| s == "utl. § 66 (1) c"));
    assert!(conviction.sources.iter().any(|s| s == "utf. § 8-14 (3)"));
}

// --- Bad input (C8) ----------------------------------------------------------------------------

#[test]
fn a_date_that_does_not_exist_is_an_error() {
    let r = run(
        TR,
        AS_OF,
        with(example_49_16(), "dateOfBirth", json!("1970-02-30")),
    );
    assert_error(&r, "dateOfBirth");
}

#[test]
fn a_word_instead_of_a_date_is_an_error() {
    let r = run(
        TR,
        AS_OF,
        with(example_49_16(), "requestDate", json!("yesterday")),
    );
    assert_error(&r, "requestDate");
    let r = run(
        TR,
        AS_OF,
        with(
            example_49_16(),
            "firstAsylumApplication",
            json!("yesterday"),
        ),
    );
    assert_error(&r, "firstAsylumApplication");
}

#[test]
fn a_string_where_the_stays_go_is_an_error() {
    let r = run(
        TR,
        AS_OF,
        with(example_49_16(), "stays", json!("two weeks in 2010")),
    );
    assert_error(&r, "stays");
}

#[test]
fn overlapping_stays_are_an_error() {
    let r = run(
        TR,
        AS_OF,
        with(
            example_49_16(),
            "stays",
            json!([
                {"from": "2010-01-01", "to": "2010-02-01"},
                {"from": "2010-01-15", "to": "2010-03-01"}
            ]),
        ),
    );
    assert_error(&r, "stays[1].from");
}

#[test]
fn a_return_before_the_departure_is_an_error() {
    let r = run(
        TR,
        AS_OF,
        with(
            example_49_16(),
            "stays",
            json!([{"from": "2010-02-01", "to": "2010-01-01"}]),
        ),
    );
    assert_error(&r, "stays[0].to");
}

#[test]
fn a_bad_entry_does_not_shift_the_names_of_the_others() {
    // Entry 0 is unreadable; entries 1 and 2 overlap. Only the readable problem of entry 0 is
    // named, never a misnumbered overlap.
    let r = run(
        TR,
        AS_OF,
        with(
            example_49_16(),
            "stays",
            json!([
                {"from": "2009-13-01", "to": "2009-12-01"},
                {"from": "2010-01-01", "to": "2010-02-01"},
                {"from": "2010-01-15", "to": "2010-03-01"}
            ]),
        ),
    );
    assert_error(&r, "stays[0].from");
    assert!(
        r.errors.iter().all(|e| e.field.starts_with("stays[0]")),
        "{:?}",
        r.errors
    );
}

#[test]
fn a_birth_after_as_of_is_an_error() {
    let r = run(
        TR,
        AS_OF,
        with(example_49_16(), "dateOfBirth", json!("2021-11-02")),
    );
    assert_error(&r, "dateOfBirth");
}

#[test]
fn a_birth_after_the_application_or_the_request_is_an_error() {
    let r = run(
        TR,
        AS_OF,
        with(example_49_16(), "dateOfBirth", json!("2005-10-02")),
    );
    assert_error(&r, "dateOfBirth");
    assert!(r.errors[0].message.contains("first asylum application"));
    let r = run(
        TR,
        AS_OF,
        with(
            without(example_49_16(), "firstAsylumApplication"),
            "requestDate",
            json!("1970-01-01"),
        ),
    );
    assert_error(&r, "dateOfBirth");
}

#[test]
fn an_application_after_as_of_is_an_error() {
    let r = run(
        TR,
        AS_OF,
        with(
            example_49_16(),
            "firstAsylumApplication",
            json!("2021-11-02"),
        ),
    );
    assert_error(&r, "firstAsylumApplication");
}

#[test]
fn wrong_types_are_errors_on_the_right_field() {
    let r = run(TR, AS_OF, with(example_49_16(), "convicted", json!("no")));
    assert_error(&r, "convicted");
    let r = run(
        TR,
        AS_OF,
        with(example_49_16(), "dateOfBirth", json!(19721001)),
    );
    assert_error(&r, "dateOfBirth");
    let r = run(TR, AS_OF, json!([1, 2, 3]));
    assert_error(&r, "input");
    // Several problems are reported at once.
    let r = run(
        TR,
        AS_OF,
        json!({"dateOfBirth": "1970-02-30", "livesInNorway": 1, "stays": {}}),
    );
    for field in ["dateOfBirth", "livesInNorway", "stays"] {
        assert_error(&r, field);
    }
}

// --- Properties --------------------------------------------------------------------------------

fn any_date() -> impl Strategy<Value = String> {
    (1i32..=9999, 0u32..=13, 0u32..=32).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        any_date().prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
        Just(json!([])),
        Just(json!({})),
    ]
}

fn dateish() -> impl Strategy<Value = Value> {
    prop_oneof![4 => any_date().prop_map(Value::from), 1 => leaf()]
}

fn boolish() -> impl Strategy<Value = Value> {
    prop_oneof![4 => prop::option::of(any::<bool>()).prop_map(|b| json!(b)), 1 => leaf()]
}

fn stay() -> impl Strategy<Value = Value> {
    prop_oneof![
        6 => (dateish(), prop::option::of(dateish()), boolish())
            .prop_map(|(from, to, schengen)| json!({"from": from, "to": to, "schengen": schengen})),
        1 => leaf(),
    ]
}

fn input() -> impl Strategy<Value = Value> {
    let stays = prop_oneof![
        5 => prop::collection::vec(stay(), 0..6).prop_map(Value::Array),
        1 => leaf(),
    ];
    (
        (dateish(), dateish(), dateish(), stays),
        prop::collection::vec(boolish(), 7),
        prop::collection::vec(any::<bool>(), 11),
    )
        .prop_map(|((birth, first, request, stays), answers, keep)| {
            let names = [
                "appliedForAsylum",
                "leftAfterRejectionAndReapplied",
                "livedInNorwayOn20190101",
                "livesInNorway",
                "convicted",
                "hasResidencePermit",
                "identityDocumented",
            ];
            let mut m = Map::new();
            let mut put = |i: usize, k: &str, v: Value| {
                if keep.get(i).copied().unwrap_or(true) {
                    m.insert(k.to_string(), v);
                }
            };
            put(0, "dateOfBirth", birth);
            put(1, "firstAsylumApplication", first);
            put(2, "requestDate", request);
            put(3, "stays", stays);
            for (i, (k, v)) in names.iter().zip(answers).enumerate() {
                put(4 + i, k, v);
            }
            Value::Object(m)
        })
}

/// A valid input: birth <= first application <= asOf, stays in order, not overlapping.
fn valid_case() -> impl Strategy<Value = (Value, String, bool)> {
    (
        (0i64..4000, 0i64..12000, 0i64..30000),
        prop::collection::vec((0i64..900, 0i64..400), 0..6),
        any::<bool>(),
        prop::collection::vec(prop::option::of(any::<bool>()), 7),
        any::<bool>(),
        prop::option::of(0i64..400),
    )
        .prop_map(
            |((as_of_off, first_back, birth_back), gaps, ongoing, answers, strict, req)| {
                let as_of = add_days(d("2021-06-01"), as_of_off);
                let first = add_days(as_of, -first_back);
                let birth = add_days(first, -birth_back);
                let mut stays = Vec::new();
                let mut cursor = add_days(first, -1500);
                let n = gaps.len();
                for (i, (gap, len)) in gaps.into_iter().enumerate() {
                    let from = add_days(cursor, gap);
                    let to = add_days(from, len);
                    if i + 1 == n && ongoing && from <= as_of {
                        stays.push(json!({"from": iso(from), "to": null}));
                        break;
                    }
                    stays.push(json!({"from": iso(from), "to": iso(to)}));
                    cursor = to;
                }
                let request = req
                    .map(|r| add_days(d("2021-05-01"), r))
                    .filter(|q| *q >= birth)
                    .map(iso);
                let mut input = json!({
                    "dateOfBirth": iso(birth),
                    "firstAsylumApplication": iso(first),
                    "stays": stays,
                    "requestDate": request,
                });
                for (k, a) in [
                    "appliedForAsylum",
                    "leftAfterRejectionAndReapplied",
                    "livedInNorwayOn20190101",
                    "livesInNorway",
                    "convicted",
                    "hasResidencePermit",
                    "identityDocumented",
                ]
                .iter()
                .zip(answers)
                {
                    input[*k] = json!(a);
                }
                (input, iso(as_of), strict)
            },
        )
}

/// Days abroad in `[first, cutoff)`, counted day by day (C3): the oracle for `daysAbroad`.
fn days_abroad_by_hand(input: &Value, first: Date, as_of: Date, strict: bool) -> i64 {
    let stays = input["stays"].as_array().cloned().unwrap_or_default();
    let mut abroad = std::collections::BTreeSet::new();
    for s in stays {
        let from = d(s["from"].as_str().unwrap());
        let (lo, hi) = match (s["to"].as_str(), strict) {
            (Some(to), false) => (add_days(from, 1), add_days(d(to), -1)),
            (Some(to), true) => (from, d(to)),
            (None, false) => (add_days(from, 1), as_of),
            (None, true) => (from, as_of),
        };
        let mut day = lo;
        while day <= hi {
            if day >= first && day < cutoff() {
                abroad.insert(day);
            }
            day = add_days(day, 1);
        }
    }
    abroad.len() as i64
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_input_never_panics(
        input in input(),
        as_of in any_date(),
        locale in prop::sample::select(vec!["en", "nb", "uk", "xx"]),
        strict in any::<bool>(),
    ) {
        let r = request(TR, &as_of, input).locale(locale).counting(strict.then_some("strict")).run();
        // Either errors and no outcome, or an outcome with every criterion.
        prop_assert_eq!(r.outcome.is_some(), r.errors.is_empty());
        if r.outcome.is_some() {
            prop_assert_eq!(r.criteria.len(), TR_IDS.len());
        } else {
            prop_assert!(r.criteria.is_empty());
        }
        // It serializes to JSON.
        prop_assert!(serde_json::to_string(&r).is_ok());
    }

    #[test]
    fn valid_input_is_answered_consistently((input, as_of, strict) in valid_case()) {
        let r = request(TR, &as_of, input.clone()).counting(strict.then_some("strict")).run();
        prop_assert!(r.errors.is_empty(), "{:?}", r.errors);
        let x = cutoff();
        let first = d(input["firstAsylumApplication"].as_str().unwrap());
        let a = r.figure_int("daysAbroad").unwrap();
        let res = r.figure_int("residenceDays").unwrap();
        prop_assert_eq!(a, days_abroad_by_hand(&input, first, d(&as_of), strict));
        prop_assert_eq!(res, days_between(first, x) - a);
        let reached16 = r.figure_date("sixteenYearsReachedOn").unwrap();
        prop_assert_eq!(
            status(&r, "tr.sixteen-years") == Status::Met,
            reached16 <= x
        );
        // The combined reach date agrees with the combined test on the cut-off.
        let reached65 = r.figure_date("combined65ReachedOn").unwrap();
        prop_assert_eq!(
            status(&r, "tr.combined-65") == Status::Met,
            reached65 <= x
        );
        let eligible = r.outcome == Some(Outcome::Eligible);
        prop_assert_eq!(
            eligible,
            r.criteria.iter().all(|c| c.status == Status::Met)
        );
        if !eligible {
            prop_assert_eq!(r.extra.get("permitType"), Some(&Value::Null));
        }
    }
}
