//! Checker `travel-limits` (RULES.md §3), through the public API: half-time rule (one-year and
//! multi-year permits, refugees), permanent-residence tracks, Schengen 90/180, asylum seekers,
//! planning checked by re-evaluation, counting settings, locales, bad input, and property tests.

mod common;

use common::{
    assert_no_errors, borderline, d, date_fig, error_fields, iso, plus, run, run_with, status,
    STRICT, TL,
};
use permit_check::rules::dates::{add_days, Date};
use permit_check::rules::{Outcome, Status};
use permit_check::Response;
use proptest::prelude::*;
use serde_json::{json, Value};

/// A stay abroad of `days` days by the default counting (C3): leave on `from`, come back
/// `days + 1` days later.
fn stay_of(from: &str, days: i64) -> Value {
    json!({"from": from, "to": plus(from, days + 1)})
}

/// A Schengen stay of `days` days by C4 (entry and exit days included).
fn schengen_of(from: &str, days: i64) -> Value {
    json!({"from": from, "to": plus(from, days - 1), "schengen": true})
}

/// A holder of a multi-year permit (2022-01-01 – 2025-01-01) on `basis`.
fn permit(basis: &str, stays: Value) -> Value {
    json!({
        "situation": "temporary-permit",
        "permitBasis": basis,
        "permitStart": "2022-01-01",
        "permitEnd": "2030-12-31",
        "stays": stays,
    })
}

fn ok(r: &Response) {
    assert_no_errors(r);
    assert_eq!(
        r.criteria.len(),
        5,
        "all five criteria reported (RULES.md §3 rev. 2)"
    );
}

// --- tl.half-time, multi-year permit --------------------------------------------------------------

#[test]
fn half_time_182_days_in_one_stay_is_within_183_is_exceeded() {
    let r = run(
        TL,
        "2024-06-01",
        permit("humanitarian", json!([stay_of("2023-03-01", 182)])),
    );
    ok(&r);
    assert_eq!(r.figure_int("maxDaysAbroadIn365"), Some(182));
    assert_eq!(r.figures["daysAbroadInPermitYear"], Value::Null);
    assert_eq!(status(&r, "tl.half-time"), Status::Met);
    assert!(borderline(&r, "tl.half-time"));
    assert_eq!(r.outcome, Some(Outcome::WithinLimits));
    assert_eq!(r.figures["exceededOn"], Value::Null);
    assert_eq!(
        r.figures["halfTimeWindow"],
        json!({"start": "2023-03-02", "end": plus("2023-03-02", 364)})
    );

    let r = run(
        TL,
        "2024-06-01",
        permit("humanitarian", json!([stay_of("2023-03-01", 183)])),
    );
    ok(&r);
    assert_eq!(r.figure_int("maxDaysAbroadIn365"), Some(183));
    assert_eq!(status(&r, "tl.half-time"), Status::NotMet);
    assert!(borderline(&r, "tl.half-time"));
    assert_eq!(r.outcome, Some(Outcome::LimitExceeded));
    // Days abroad start the day after leaving; the 183rd is 183 days after leaving.
    assert_eq!(
        r.figure_date("exceededOn"),
        Some(add_days(d("2023-03-01"), 183))
    );
    assert!(r
        .criterion("tl.half-time")
        .unwrap()
        .explanation
        .contains("183 days"));
}

#[test]
fn half_time_spread_over_three_stays() {
    let three = |last: i64| {
        json!([
            stay_of("2023-01-10", 60),
            stay_of("2023-05-01", 60),
            stay_of("2023-09-01", last),
        ])
    };
    let r = run(TL, "2024-06-01", permit("other", three(62)));
    ok(&r);
    assert_eq!(r.figure_int("maxDaysAbroadIn365"), Some(182));
    assert_eq!(status(&r, "tl.half-time"), Status::Met);
    assert_eq!(
        r.figures["halfTimeWindow"]["start"],
        json!("2023-01-11"),
        "the window starts on the first day abroad"
    );

    let r = run(TL, "2024-06-01", permit("other", three(63)));
    ok(&r);
    assert_eq!(r.figure_int("maxDaysAbroadIn365"), Some(183));
    assert_eq!(status(&r, "tl.half-time"), Status::NotMet);
    assert_eq!(r.outcome, Some(Outcome::LimitExceeded));
    // 120 days before the third stay; its 63rd day abroad is the 183rd.
    assert_eq!(
        r.figure_date("exceededOn"),
        Some(add_days(d("2023-09-01"), 63))
    );
}

#[test]
fn half_time_windows_start_on_or_after_the_permit_start() {
    // 150 days just before the permit starts and 100 just after: only the 100 count.
    let stays = json!([stay_of("2021-08-01", 150), stay_of("2022-01-01", 100)]);
    let r = run(TL, "2022-12-01", permit("other", stays));
    ok(&r);
    assert_eq!(r.figure_int("maxDaysAbroadIn365"), Some(100));
    assert_eq!(status(&r, "tl.half-time"), Status::Met);
}

#[test]
fn days_left_in_the_window_that_ends_today() {
    let r = run(
        TL,
        "2024-06-01",
        permit("humanitarian", json!([stay_of("2024-01-01", 100)])),
    );
    ok(&r);
    assert_eq!(r.figure_int("daysLeftInWindow"), Some(82));
    let r = run(
        TL,
        "2026-06-01",
        permit("humanitarian", json!([stay_of("2024-01-01", 100)])),
    );
    assert_eq!(
        r.figure_int("daysLeftInWindow"),
        Some(182),
        "old stays left the window"
    );
}

// --- tl.half-time, one-year permit ----------------------------------------------------------------

fn one_year(stays: Value) -> Value {
    json!({
        "situation": "temporary-permit",
        "permitBasis": "other",
        "permitStart": "2023-01-01",
        "permitEnd": "2024-01-01",
        "stays": stays,
    })
}

#[test]
fn one_year_permit_counts_its_year_182_ok_183_not() {
    // Two stays far apart: the permit year holds both.
    let r = run(
        TL,
        "2024-03-01",
        one_year(json!([
            stay_of("2023-01-05", 91),
            stay_of("2023-09-01", 91)
        ])),
    );
    ok(&r);
    assert_eq!(r.figures["halfTimeRule"], json!("permit-period"));
    assert_eq!(r.figure_int("daysAbroadInPermitYear"), Some(182));
    assert_eq!(r.figures["maxDaysAbroadIn365"], Value::Null);
    assert_eq!(status(&r, "tl.half-time"), Status::Met);
    assert_eq!(
        r.figures["halfTimeWindow"],
        // C9 (rev. 2): the permit period includes the last day printed, 1 January 2024.
        json!({"start": "2023-01-01", "end": "2024-01-01"})
    );

    let r = run(
        TL,
        "2024-03-01",
        one_year(json!([
            stay_of("2023-01-05", 91),
            stay_of("2023-09-01", 92)
        ])),
    );
    ok(&r);
    assert_eq!(r.figure_int("daysAbroadInPermitYear"), Some(183));
    assert_eq!(status(&r, "tl.half-time"), Status::NotMet);
    // Asked after the permit ended (1 January 2024): rev. 2 says do not travel before a new
    // permit; asked while it was valid, the limit decides.
    assert_eq!(r.outcome, Some(Outcome::MustNotTravel));
    let r = run(
        TL,
        "2023-12-31",
        one_year(json!([
            stay_of("2023-01-05", 91),
            stay_of("2023-09-01", 92)
        ])),
    );
    assert_eq!(r.outcome, Some(Outcome::LimitExceeded));
    assert_eq!(
        r.figure_date("exceededOn"),
        Some(add_days(d("2023-09-01"), 92))
    );
}

#[test]
fn one_year_permit_ignores_days_outside_its_year() {
    // 120 days before the start and 100 after the end do not count; 100 inside do.
    let r = run(
        TL,
        "2024-12-01",
        one_year(json!([
            stay_of("2022-08-01", 120),
            stay_of("2023-03-01", 100),
            stay_of("2024-01-02", 100),
        ])),
    );
    ok(&r);
    assert_eq!(r.figure_int("daysAbroadInPermitYear"), Some(100));
    assert_eq!(status(&r, "tl.half-time"), Status::Met);
}

#[test]
fn unknown_permit_end_uses_the_rolling_rule() {
    let mut input = one_year(json!([
        stay_of("2023-01-05", 91),
        stay_of("2023-09-01", 92)
    ]));
    input["permitEnd"] = Value::Null;
    let r = run(TL, "2024-03-01", input);
    ok(&r);
    assert_eq!(r.figures["halfTimeRule"], json!("rolling-365"));
    assert_eq!(r.figure_int("maxDaysAbroadIn365"), Some(183));
    // RULES.md C8 ("Unknown answers (null) ... give unknown"): over 182 only on the strict
    // reading chosen for the unknown end (a one-year permit might not hold these days) →
    // unknown; the outcome still warns (limit-exceeded: the permit may be lost).
    assert_eq!(status(&r, "tl.half-time"), Status::Unknown);
    assert_eq!(r.outcome, Some(Outcome::LimitExceeded));
}

#[test]
fn unknown_permit_start_checks_every_window() {
    let r = run(
        TL,
        "2024-03-01",
        json!({"situation": "temporary-permit", "permitBasis": "other",
               "stays": [stay_of("2019-01-05", 100), stay_of("2019-06-01", 83)]}),
    );
    ok(&r);
    assert_eq!(r.figure_int("maxDaysAbroadIn365"), Some(183));
    // RULES.md C8: the days may predate the permit, so over 182 is unknown, not not-met.
    assert_eq!(status(&r, "tl.half-time"), Status::Unknown);
    assert_eq!(r.outcome, Some(Outcome::LimitExceeded));
}

// --- refugees ---------------------------------------------------------------------------------------

#[test]
fn refugees_are_not_bound_by_the_half_time_rule() {
    let r = run(
        TL,
        "2024-06-01",
        permit("refugee", json!([stay_of("2023-03-01", 250)])),
    );
    ok(&r);
    assert_eq!(status(&r, "tl.half-time"), Status::Met);
    assert!(!borderline(&r, "tl.half-time"));
    let c = r.criterion("tl.half-time").unwrap();
    assert!(c.explanation.contains("refugee"), "{}", c.explanation);
    assert!(
        c.explanation.contains("does not apply"),
        "{}",
        c.explanation
    );
    assert_eq!(r.figures["halfTimeApplies"], json!(false));
    assert_eq!(r.figures["daysLeftInWindow"], Value::Null);
    assert_eq!(r.figures["exceededOn"], Value::Null);
    // 250 <= 304 for the refugee track.
    assert_eq!(status(&r, "tl.permanent-residence"), Status::Met);
    assert_eq!(r.outcome, Some(Outcome::WithinLimits));
}

// --- tl.permanent-residence -------------------------------------------------------------------------

/// Stays of the given lengths, each in its own year (so no 365-day window holds two).
fn yearly(lengths: &[i64], first_year: i32) -> Value {
    Value::Array(
        lengths
            .iter()
            .enumerate()
            .map(|(i, n)| stay_of(&format!("{}-02-01", first_year + i as i32), *n))
            .collect(),
    )
}

#[test]
fn permanent_residence_humanitarian_and_refugee_track_304_305_in_5_years() {
    for basis in ["humanitarian", "refugee"] {
        let r = run(
            TL,
            "2026-06-01",
            permit(basis, yearly(&[100, 100, 104], 2022)),
        );
        ok(&r);
        assert_eq!(r.figure_int("daysAbroadForPermanent"), Some(304));
        assert_eq!(r.figure_int("permanentResidenceLimit"), Some(304));
        assert_eq!(r.figure_int("permanentResidenceYears"), Some(5));
        assert_eq!(status(&r, "tl.permanent-residence"), Status::Met, "{basis}");
        assert!(borderline(&r, "tl.permanent-residence"));
        assert_eq!(r.outcome, Some(Outcome::WithinLimits));
        let text = &r.criterion("tl.permanent-residence").unwrap().explanation;
        assert!(text.contains("7 months in 3 years"), "{text}");
        assert!(text.contains("1 December 2020"), "{text}");

        let r = run(
            TL,
            "2026-06-01",
            permit(basis, yearly(&[100, 100, 105], 2022)),
        );
        ok(&r);
        assert_eq!(r.figure_int("daysAbroadForPermanent"), Some(305));
        assert_eq!(
            status(&r, "tl.permanent-residence"),
            Status::NotMet,
            "{basis}"
        );
        assert_eq!(status(&r, "tl.half-time"), Status::Met);
        assert_eq!(r.outcome, Some(Outcome::AtRisk));
    }
}

#[test]
fn permanent_residence_other_track_213_214_in_3_years() {
    let r = run(TL, "2026-06-01", permit("other", yearly(&[100, 113], 2024)));
    ok(&r);
    assert_eq!(r.figure_int("daysAbroadForPermanent"), Some(213));
    assert_eq!(r.figure_int("permanentResidenceLimit"), Some(213));
    assert_eq!(r.figure_int("permanentResidenceYears"), Some(3));
    assert_eq!(status(&r, "tl.permanent-residence"), Status::Met);
    assert_eq!(r.outcome, Some(Outcome::WithinLimits));

    let r = run(TL, "2026-06-01", permit("other", yearly(&[100, 114], 2024)));
    ok(&r);
    assert_eq!(r.figure_int("daysAbroadForPermanent"), Some(214));
    assert_eq!(status(&r, "tl.permanent-residence"), Status::NotMet);
    assert_eq!(r.outcome, Some(Outcome::AtRisk));
}

#[test]
fn permanent_residence_window_is_the_years_before_as_of() {
    // Window (2023-06-15, 2026-06-15]: of the days 2023-06-15 and 2023-06-16 only the second.
    let r = run(
        TL,
        "2026-06-15",
        permit("other", json!([{"from": "2023-06-14", "to": "2023-06-17"}])),
    );
    ok(&r);
    assert_eq!(r.figure_int("daysAbroadForPermanent"), Some(1));
}

#[test]
fn permanent_residence_unknown_basis_checks_both_tracks() {
    let unknown = |stays: Value| {
        let mut input = permit("other", stays);
        input["permitBasis"] = Value::Null;
        input
    };
    // 250 days in the last 3 years: within 304/5, over 213/3 → unknown. RULES.md §3 rev. 2 sets
    // `at-risk` only on "not met": the outcome stays within the limits, the criterion says why.
    let r = run(TL, "2026-06-01", unknown(yearly(&[125, 125], 2024)));
    ok(&r);
    assert_eq!(status(&r, "tl.permanent-residence"), Status::Unknown);
    assert_eq!(r.outcome, Some(Outcome::WithinLimits));
    let c = r.criterion("tl.permanent-residence").unwrap();
    assert_eq!(c.figures["daysAbroadIn5Years"], json!(250));
    assert_eq!(c.figures["daysAbroadIn3Years"], json!(250));
    // Reported: the track closest to its limit (213/3).
    assert_eq!(r.figure_int("permanentResidenceLimit"), Some(213));
    assert!(c.explanation.contains("1 December 2020"));
    // The half-time rule applies when the basis is unknown.
    assert_eq!(r.figures["halfTimeApplies"], json!(true));

    let r = run(TL, "2026-06-01", unknown(yearly(&[100], 2025)));
    assert_eq!(status(&r, "tl.permanent-residence"), Status::Met);
    assert_eq!(r.outcome, Some(Outcome::WithinLimits));

    let r = run(TL, "2026-06-01", unknown(yearly(&[150, 150, 150], 2023)));
    assert_eq!(status(&r, "tl.permanent-residence"), Status::NotMet);
    assert_eq!(r.outcome, Some(Outcome::AtRisk));
}

// --- tl.schengen ------------------------------------------------------------------------------------

#[test]
fn schengen_90_and_91_days_in_one_trip() {
    let r = run(
        TL,
        "2024-12-01",
        permit("other", json!([schengen_of("2024-03-01", 90)])),
    );
    ok(&r);
    assert_eq!(r.figure_int("maxSchengenDaysIn180"), Some(90));
    assert_eq!(status(&r, "tl.schengen"), Status::Met);
    assert!(borderline(&r, "tl.schengen"));
    assert_eq!(
        r.figures["schengenWindow"],
        json!({"start": "2024-03-01", "end": plus("2024-03-01", 179)})
    );
    assert_eq!(r.outcome, Some(Outcome::WithinLimits));

    let r = run(
        TL,
        "2024-12-01",
        permit("other", json!([schengen_of("2024-03-01", 91)])),
    );
    ok(&r);
    assert_eq!(r.figure_int("maxSchengenDaysIn180"), Some(91));
    assert_eq!(status(&r, "tl.schengen"), Status::NotMet);
    assert_eq!(r.outcome, Some(Outcome::LimitExceeded));
    assert_eq!(
        r.figure_date("exceededOn"),
        Some(add_days(d("2024-03-01"), 90))
    );
}

#[test]
fn schengen_counts_entry_and_exit_days() {
    let r = run(
        TL,
        "2024-12-01",
        permit(
            "other",
            json!([{"from": "2024-03-01", "to": "2024-03-10", "schengen": true}]),
        ),
    );
    ok(&r);
    assert_eq!(r.figure_int("maxSchengenDaysIn180"), Some(10));
    // The same trip is 8 days abroad for the Norwegian rules (C3).
    assert_eq!(r.figure_int("maxDaysAbroadIn365"), Some(8));
}

#[test]
fn schengen_split_trips() {
    // 45 + 45 days within 180 days; the day between trips 1 and 2 is in Norway.
    let split = |second: i64| {
        permit(
            "other",
            json!([
                schengen_of("2024-02-01", 45),
                schengen_of("2024-05-01", second),
                {"from": "2024-06-20", "to": "2024-07-01", "schengen": false},
            ]),
        )
    };
    let r = run(TL, "2024-12-01", split(45));
    ok(&r);
    assert_eq!(r.figure_int("maxSchengenDaysIn180"), Some(90));
    assert_eq!(status(&r, "tl.schengen"), Status::Met);
    let r = run(TL, "2024-12-01", split(46));
    ok(&r);
    assert_eq!(r.figure_int("maxSchengenDaysIn180"), Some(91));
    assert_eq!(status(&r, "tl.schengen"), Status::NotMet);
    assert_eq!(r.outcome, Some(Outcome::LimitExceeded));
    assert_eq!(
        r.figure_date("exceededOn"),
        Some(add_days(d("2024-05-01"), 45))
    );

    // The same days spread wider than 180 days: the window never holds both.
    let r = run(
        TL,
        "2024-12-01",
        permit(
            "other",
            json!([schengen_of("2024-01-01", 60), schengen_of("2024-06-29", 60)]),
        ),
    );
    ok(&r);
    assert_eq!(r.figure_int("maxSchengenDaysIn180"), Some(60));
}

// --- asylum seekers and unknown situation -----------------------------------------------------------

#[test]
fn asylum_seeker_must_not_travel() {
    let r = run(
        TL,
        "2024-06-01",
        json!({"situation": "asylum-seeker", "stays": [stay_of("2023-03-01", 10)],
               "plannedTrip": {"from": "2024-07-01", "to": "2024-07-10"}}),
    );
    ok(&r);
    assert_eq!(r.outcome, Some(Outcome::MustNotTravel));
    for c in &r.criteria {
        assert!(c.explanation.contains("dismissed"), "{}", c.explanation);
        assert!(c.sources.iter().any(|s| s == "seed:002"));
    }
    // Criteria are still evaluated as far as the input allows.
    assert_eq!(status(&r, "tl.half-time"), Status::Met);
    assert_eq!(r.figure_int("maxDaysAbroadIn365"), Some(10));
    // No trip is allowed: no return date, nothing left in the window.
    assert_eq!(r.figures["latestReturnDate"], Value::Null);
    assert_eq!(r.figure_int("daysLeftInWindow"), Some(0));
    assert_eq!(r.figures["plannedReturnWithinLimits"], json!(false));

    let nb = run_with(
        TL,
        "2024-06-01",
        Some("nb"),
        None,
        json!({"situation": "asylum-seeker"}),
    );
    assert!(nb.criteria[0].explanation.contains("henlagt"));
}

#[test]
fn unknown_situation_is_evaluated_as_a_permit_with_the_asylum_warning() {
    let mut input = permit("other", json!([stay_of("2023-03-01", 10)]));
    input["situation"] = Value::Null;
    let r = run(TL, "2024-06-01", input.clone());
    ok(&r);
    // Rev. 2: no verdict before the situation is known; the criteria are still computed.
    assert_eq!(r.outcome, Some(Outcome::Unknown));
    assert!(r.criteria[0].explanation.contains("did not say"));
    assert_eq!(status(&r, "tl.half-time"), Status::Met);
    // Left out entirely: the same.
    input.as_object_mut().unwrap().remove("situation");
    let r = run(TL, "2024-06-01", input);
    assert_eq!(r.outcome, Some(Outcome::Unknown));
    // Over the limit without a situation: no verdict (rev. 2), but the criterion reports it.
    let mut input = permit("other", json!([stay_of("2023-03-01", 190)]));
    input["situation"] = Value::Null;
    let r = run(TL, "2024-06-01", input);
    assert_eq!(r.outcome, Some(Outcome::Unknown));
    assert_eq!(status(&r, "tl.half-time"), Status::NotMet);
    assert_eq!(r.figures["latestReturnDate"], Value::Null);
}

// --- planning ---------------------------------------------------------------------------------------

/// Re-evaluates with the planned trip recorded as a stay coming back on `back`.
fn with_trip(input: &Value, trip: &Value, back: Date) -> Value {
    let mut input = input.clone();
    let mut stays = input["stays"].as_array().cloned().unwrap_or_default();
    stays.push(json!({"from": trip["from"], "to": iso(back), "schengen": trip["schengen"]}));
    input["stays"] = Value::Array(stays);
    input["plannedTrip"] = Value::Null;
    input
}

fn check_planning(as_of: &str, input: Value, want_rule: &str) -> Date {
    let r = run(TL, as_of, input.clone());
    ok(&r);
    let trip = input["plannedTrip"].clone();
    let latest = r
        .figure_date("latestReturnDate")
        .unwrap_or_else(|| panic!("no latest return date: {:?}", r.figures));
    assert_eq!(r.figures["latestReturnRule"], json!(want_rule));
    let schengen_trip = trip["schengen"] == json!(true);

    let at = run(TL, as_of, with_trip(&input, &trip, latest));
    ok(&at);
    assert_eq!(status(&at, "tl.half-time"), Status::Met, "{:?}", at.figures);
    if schengen_trip {
        assert_eq!(status(&at, "tl.schengen"), Status::Met);
    }
    let after = run(TL, as_of, with_trip(&input, &trip, add_days(latest, 1)));
    ok(&after);
    assert_eq!(
        status(&after, want_rule),
        Status::NotMet,
        "{:?}",
        after.figures
    );
    // The planned trip changes neither the outcome nor the other figures.
    let mut without = input.clone();
    without["plannedTrip"] = Value::Null;
    let base = run(TL, as_of, without);
    assert_eq!(base.outcome, r.outcome);
    for key in [
        "maxDaysAbroadIn365",
        "daysAbroadForPermanent",
        "maxSchengenDaysIn180",
        "exceededOn",
    ] {
        assert_eq!(base.figures[key], r.figures[key], "{key}");
    }
    latest
}

#[test]
fn planning_a_non_schengen_trip() {
    let mut input = permit("other", json!([stay_of("2024-01-10", 100)]));
    input["plannedTrip"] = json!({"from": "2024-06-01", "schengen": false});
    let latest = check_planning("2024-05-20", input.clone(), "tl.half-time");
    // 100 days in the window; the trip may add 82: leave 1 June, days 2 June … 22 August.
    assert_eq!(latest, d("2024-08-23"));

    // With a return date: within or not.
    input["plannedTrip"]["to"] = json!("2024-08-23");
    let r = run(TL, "2024-05-20", input.clone());
    assert_eq!(r.figures["plannedReturnWithinLimits"], json!(true));
    input["plannedTrip"]["to"] = json!("2024-08-24");
    let r = run(TL, "2024-05-20", input);
    assert_eq!(r.figures["plannedReturnWithinLimits"], json!(false));
    assert_eq!(
        r.outcome,
        Some(Outcome::WithinLimits),
        "a plan never changes the outcome"
    );
}

#[test]
fn planning_a_schengen_trip() {
    // 80 Schengen days recently: a Schengen trip may last 10 days by C4.
    let mut input = permit("other", json!([schengen_of("2024-03-01", 80)]));
    input["plannedTrip"] = json!({"from": "2024-06-01", "schengen": true});
    let latest = check_planning("2024-05-25", input, "tl.schengen");
    assert_eq!(latest, d("2024-06-10"));
}

#[test]
fn planning_a_refugee_trip_outside_schengen_is_not_bounded() {
    // No travel rule bounds it, but rev. 2 never gives a return after the permit's last day.
    let mut input = permit("refugee", json!([stay_of("2024-01-10", 100)]));
    input["plannedTrip"] = json!({"from": "2024-06-01", "schengen": false});
    let r = run(TL, "2024-05-20", input.clone());
    ok(&r);
    assert_eq!(r.figures["latestReturnDate"], json!("2030-12-31"));
    assert_eq!(r.figures["noReturnLimit"], json!(false));
    assert_eq!(r.figures["latestReturnRule"], json!("tl.permit-valid"));
    // With no permit end known, nothing bounds it.
    input["permitEnd"] = Value::Null;
    let r = run(TL, "2024-05-20", input.clone());
    assert_eq!(r.figures["latestReturnDate"], Value::Null);
    assert_eq!(r.figures["noReturnLimit"], json!(true));
    assert_eq!(r.figures["latestReturnRule"], Value::Null);
    input["permitEnd"] = json!("2030-12-31");
    let r = run(TL, "2024-05-20", input);
    // The permanent-residence limit (304 in 5 years) still gives a date: 204 more days.
    assert_eq!(
        r.figure_date("latestReturnForPermanent"),
        Some(add_days(d("2024-06-01"), 205))
    );
}

#[test]
fn planning_when_the_history_already_breaks_the_rule() {
    let mut input = permit("other", json!([stay_of("2024-01-10", 190)]));
    input["plannedTrip"] = json!({"from": "2024-09-01"});
    let r = run(TL, "2024-08-20", input);
    ok(&r);
    assert_eq!(r.outcome, Some(Outcome::LimitExceeded));
    // C10 (rev. 2): the record's own breach does not block planning; every window holding a day
    // of the trip does. Coming back the next day adds no day abroad (C3), a day later does, in a
    // window that already holds 190.
    assert_eq!(r.figures["latestReturnDate"], json!("2024-09-02"));
    assert_eq!(r.figures["noReturnLimit"], json!(false));
    assert_eq!(r.figures["latestReturnRule"], json!("tl.half-time"));
}

#[test]
fn planned_trip_bounded_by_a_later_recorded_stay() {
    // A trip with a return date before a later recorded stay: the stay bounds the return.
    let mut input = permit("other", json!([stay_of("2024-09-01", 5)]));
    input["plannedTrip"] = json!({"from": "2024-08-01", "to": "2024-08-10"});
    let r = run(TL, "2024-07-01", input);
    ok(&r);
    assert_eq!(r.figures["latestReturnDate"], json!("2024-09-01"));
    assert_eq!(r.figures["latestReturnRule"], json!("next-stay"));
    // Without a return date the trip runs on into that stay: one reading of "overlaps" for every
    // checker (rules::stays), so the person is asked for the return date, as permanent-permit
    // does.
    let mut input = permit("other", json!([stay_of("2024-09-01", 5)]));
    input["plannedTrip"] = json!({"from": "2024-08-01"});
    let r = run(TL, "2024-07-01", input);
    assert_eq!(r.outcome, None);
    assert_eq!(r.errors.len(), 1);
    assert_eq!(r.errors[0].field, "plannedTrip.from");
    assert!(r.errors[0]
        .message
        .contains("on or before 1 September 2024"));
}

// --- ongoing stays and strict counting -----------------------------------------------------------------

#[test]
fn ongoing_stay_counts_through_as_of_and_is_planned() {
    let input = permit("other", json!([{"from": "2024-03-01", "to": null}]));
    let r = run(TL, "2024-06-09", input.clone());
    ok(&r);
    // 2 March … 9 June.
    assert_eq!(r.figure_int("maxDaysAbroadIn365"), Some(100));
    assert_eq!(r.figures["planningFor"], json!("ongoing-stay"));
    let latest = r.figure_date("latestReturnDate").unwrap();
    assert_eq!(latest, add_days(d("2024-03-01"), 183));
    // Re-evaluation: closing the stay on that day keeps the rule, a day later breaks it.
    let close = |back: Date| permit("other", json!([{"from": "2024-03-01", "to": iso(back)}]));
    assert_eq!(
        status(&run(TL, "2024-06-09", close(latest)), "tl.half-time"),
        Status::Met
    );
    assert_eq!(
        status(
            &run(TL, "2024-06-09", close(add_days(latest, 1))),
            "tl.half-time"
        ),
        Status::NotMet
    );
}

#[test]
fn ongoing_schengen_stay_counts_through_as_of() {
    let r = run(
        TL,
        "2024-03-10",
        permit("other", json!([{"from": "2024-03-01", "schengen": true}])),
    );
    ok(&r);
    assert_eq!(r.figure_int("maxSchengenDaysIn180"), Some(10));
    assert_eq!(r.figure_date("latestReturnDate"), Some(d("2024-05-29")));
    assert_eq!(r.figures["latestReturnRule"], json!("tl.schengen"));
}

#[test]
fn strict_counting_counts_both_travel_days() {
    // Leave 1 March, back 180 days later: 179 days by default, 181 strictly.
    let input = permit(
        "other",
        json!([{"from": "2023-03-01", "to": plus("2023-03-01", 180)}]),
    );
    let r = run_with(TL, "2024-06-01", Some("en"), None, input.clone());
    assert_eq!(r.figure_int("maxDaysAbroadIn365"), Some(179));
    let r = run_with(TL, "2024-06-01", Some("en"), STRICT, input);
    assert_eq!(r.figure_int("maxDaysAbroadIn365"), Some(181));
    let half_time = r.criterion("tl.half-time").unwrap();
    assert!(half_time.explanation.contains("As you chose"));

    let input = permit(
        "other",
        json!([{"from": "2023-03-01", "to": plus("2023-03-01", 181)}]),
    );
    let r = run_with(TL, "2024-06-01", Some("en"), STRICT, input);
    assert_eq!(r.figure_int("maxDaysAbroadIn365"), Some(182));
    assert_eq!(status(&r, "tl.half-time"), Status::Met);
    let input = permit(
        "other",
        json!([{"from": "2023-03-01", "to": plus("2023-03-01", 182)}]),
    );
    let r = run_with(TL, "2024-06-01", Some("en"), STRICT, input);
    assert_eq!(r.figure_int("maxDaysAbroadIn365"), Some(183));
    assert_eq!(status(&r, "tl.half-time"), Status::NotMet);
}

#[test]
fn strict_planning_of_an_ongoing_stay() {
    let input = permit("other", json!([{"from": "2024-03-01"}]));
    let r = run_with(TL, "2024-06-09", Some("en"), STRICT, input);
    ok(&r);
    assert_eq!(r.figure_int("maxDaysAbroadIn365"), Some(101));
    // 1 March … R inclusive at most 182 days: R = 1 March + 181.
    assert_eq!(
        r.figure_date("latestReturnDate"),
        Some(add_days(d("2024-03-01"), 181))
    );
}

// --- locales ----------------------------------------------------------------------------------------

#[test]
fn explanations_in_norwegian_and_ukrainian() {
    let input = permit(
        "other",
        json!([stay_of("2023-03-01", 183), schengen_of("2024-05-10", 20)]),
    );
    let nb = run_with(TL, "2024-06-01", Some("nb"), None, input.clone());
    ok(&nb);
    let text = &nb.criterion("tl.half-time").unwrap().explanation;
    assert!(text.contains("183 dager"), "{text}");
    assert!(text.contains("miste oppholdstillatelsen"), "{text}");
    assert!(nb
        .criterion("tl.schengen")
        .unwrap()
        .explanation
        .contains("Schengen-land"));

    let uk = run_with(TL, "2024-06-01", Some("uk"), None, input);
    ok(&uk);
    let text = &uk.criterion("tl.half-time").unwrap().explanation;
    assert!(text.contains("183 дні"), "{text}");
    assert!(text.contains("втратити дозвіл"), "{text}");
    assert!(uk
        .criterion("tl.permanent-residence")
        .unwrap()
        .explanation
        .contains("за кордоном"));

    let bad = run_with(
        TL,
        "2024-06-01",
        Some("nb"),
        None,
        json!({"permitStart": "yesterday"}),
    );
    assert!(
        bad.errors[0].message.contains("ikke en dato"),
        "{:?}",
        bad.errors
    );
    let bad = run_with(
        TL,
        "2024-06-01",
        Some("uk"),
        None,
        json!({"permitStart": "yesterday"}),
    );
    assert!(
        bad.errors[0].message.contains("не дата"),
        "{:?}",
        bad.errors
    );
}

// --- bad input (C8) ------------------------------------------------------------------------------------

#[test]
fn bad_input_gives_errors_on_exact_fields_and_no_outcome() {
    let cases: Vec<(Value, Vec<&str>)> = vec![
        (json!({"permitStart": "1970-02-30"}), vec!["permitStart"]),
        (json!({"permitEnd": "yesterday"}), vec!["permitEnd"]),
        (
            json!({"stays": [{"from": "yesterday", "to": "2024-01-01"}]}),
            vec!["stays[0].from"],
        ),
        (
            json!({"stays": [{"from": "2024-01-01", "to": "1970-02-30"}]}),
            vec!["stays[0].to"],
        ),
        (json!({"stays": "2024-01-01 to 2024-02-01"}), vec!["stays"]),
        (
            json!({"stays": [{"from": "2024-01-01", "to": "2024-02-01"},
                             {"from": "2024-01-20", "to": "2024-03-01"}]}),
            vec!["stays[1].from"],
        ),
        (
            json!({"stays": [{"from": "2024-02-01", "to": "2024-01-01"}]}),
            vec!["stays[0].to"],
        ),
        (
            json!({"permitStart": "2024-01-01", "permitEnd": "2023-01-01"}),
            vec!["permitEnd"],
        ),
        (json!({"situation": "refugee"}), vec!["situation"]),
        (json!({"permitBasis": "asylum"}), vec!["permitBasis"]),
        (
            json!({"stays": [{"from": "2024-01-01", "to": "2024-02-01", "schengen": "yes"}]}),
            vec!["stays[0].schengen"],
        ),
        (
            json!({"plannedTrip": {"to": "2024-08-01"}}),
            vec!["plannedTrip.from"],
        ),
        (
            json!({"plannedTrip": {"from": "2024-08-01", "to": "2024-07-01"}}),
            vec!["plannedTrip.to"],
        ),
        (
            json!({"stays": [{"from": "2024-01-01", "to": "2024-02-01"}],
                   "plannedTrip": {"from": "2024-01-15"}}),
            vec!["plannedTrip.from"],
        ),
        (
            json!({"stays": [{"from": "2024-03-01", "to": "2024-03-20"}],
                   "plannedTrip": {"from": "2024-02-20", "to": "2024-03-05"}}),
            vec!["plannedTrip.from"],
        ),
        (
            json!({"stays": [{"from": "2024-05-01"}], "plannedTrip": {"from": "2024-07-01"}}),
            vec!["plannedTrip.from"],
        ),
        (json!([1, 2]), vec!["input"]),
    ];
    for (input, want) in cases {
        let r = run(TL, "2024-06-01", input.clone());
        assert_eq!(r.outcome, None, "{input}");
        assert!(r.criteria.is_empty(), "{input}");
        assert_eq!(error_fields(&r), want, "{input}: {:?}", r.errors);
        assert!(r.errors.iter().all(|e| !e.message.is_empty()));
    }
}

#[test]
fn several_problems_are_reported_at_once() {
    let r = run(
        TL,
        "2024-06-01",
        json!({"situation": 3, "permitStart": "1970-02-30",
               "stays": [{"from": "2024-01-01", "to": "nope"}]}),
    );
    assert_eq!(
        error_fields(&r),
        vec!["situation", "permitStart", "stays[0].to"]
    );
}

#[test]
fn touching_trip_and_stay_are_fine() {
    // Back from a stay on 1 July, leaving again the same day.
    let mut input = permit("other", json!([{"from": "2024-06-20", "to": "2024-07-01"}]));
    input["plannedTrip"] = json!({"from": "2024-07-01", "to": "2024-07-05"});
    let r = run(TL, "2024-06-10", input);
    ok(&r);
    assert_eq!(r.figures["plannedReturnWithinLimits"], json!(true));
}

// --- timing ---------------------------------------------------------------------------------------------

/// Not an assertion on speed: prints how long 1,000 stays take (with planning) in this build.
#[test]
fn timing_for_a_thousand_stays() {
    // About a quarter of the time abroad, a third of the stays in Schengen: within the limits,
    // so that planning runs its full bisection.
    let mut stays = Vec::new();
    let mut day = d("1900-01-01");
    for i in 0..1000 {
        let len = 3 + (i * 7) % 20;
        stays
            .push(json!({"from": iso(day), "to": iso(add_days(day, len)), "schengen": i % 3 == 0}));
        day = add_days(day, 2 * len + 10 + (i * 11) % 13);
    }
    let trip_from = iso(add_days(day, 10));
    let input = json!({
        "situation": "temporary-permit", "permitBasis": null,
        "permitStart": "1900-01-01", "permitEnd": null,
        "stays": stays, "plannedTrip": {"from": trip_from, "to": null, "schengen": true},
    });
    let start = std::time::Instant::now();
    let r = run(TL, &iso(day), input);
    let elapsed = start.elapsed();
    ok(&r);
    assert_eq!(status(&r, "tl.half-time"), Status::Met);
    assert!(r.figure_date("latestReturnDate").is_some());
    println!(
        "travel-limits, 1,000 stays with planning: {elapsed:?} (outcome {:?}, latest return {})",
        r.outcome, r.figures["latestReturnDate"]
    );
}

// --- property tests -------------------------------------------------------------------------------------

fn date_text() -> impl Strategy<Value = Value> {
    prop_oneof![
        (2015i64..2030, 0i64..366).prop_map(|(y, n)| json!(plus(&format!("{y}-01-01"), n))),
        Just(json!("1970-02-30")),
        Just(json!("yesterday")),
        Just(json!("9999-12-31")),
        Just(json!("0001-01-01")),
        Just(Value::Null),
        any::<i64>().prop_map(|n| json!(n)),
    ]
}

fn stay_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        (
            date_text(),
            date_text(),
            prop_oneof![
                Just(json!(true)),
                Just(json!(false)),
                Just(json!("x")),
                Just(Value::Null)
            ]
        )
            .prop_map(|(f, t, s)| json!({"from": f, "to": t, "schengen": s})),
        Just(json!("stay")),
        Just(json!(null)),
        Just(json!([1])),
    ]
}

fn any_input() -> impl Strategy<Value = Value> {
    let choice = |v: Vec<&'static str>| {
        prop_oneof![
            prop::sample::select(v).prop_map(|s| json!(s)),
            Just(Value::Null),
            Just(json!(42)),
        ]
    };
    (
        choice(vec!["temporary-permit", "asylum-seeker", "tourist"]),
        choice(vec!["humanitarian", "refugee", "other", "x"]),
        date_text(),
        date_text(),
        prop_oneof![
            prop::collection::vec(stay_value(), 0..6).prop_map(Value::Array),
            Just(json!("stays")),
            Just(Value::Null),
        ],
        prop_oneof![stay_value(), Just(Value::Null)],
    )
        .prop_map(|(situation, basis, start, end, stays, trip)| {
            json!({"situation": situation, "permitBasis": basis, "permitStart": start,
                   "permitEnd": end, "stays": stays, "plannedTrip": trip})
        })
}

/// A valid history: stays in date order with gaps, the last maybe ongoing, and a planned trip
/// after them.
fn history() -> impl Strategy<Value = (Value, String, bool)> {
    (
        prop::collection::vec((1i64..200, 0i64..150, any::<bool>()), 0..5),
        any::<bool>(),
        prop::sample::select(vec!["humanitarian", "refugee", "other"]),
        0i64..3,
        any::<bool>(),
        0i64..60,
        any::<bool>(),
    )
        .prop_map(
            |(parts, trip_schengen, basis, permit_kind, strict, gap, ongoing)| {
                let start = d("2021-01-01");
                let mut day = add_days(start, 5);
                let mut stays = Vec::new();
                let n = parts.len();
                for (i, (len, gap_after, schengen)) in parts.into_iter().enumerate() {
                    let to = add_days(day, len);
                    if ongoing && i + 1 == n {
                        stays.push(json!({"from": iso(day), "to": null, "schengen": schengen}));
                    } else {
                        stays.push(json!({"from": iso(day), "to": iso(to), "schengen": schengen}));
                    }
                    day = add_days(to, gap_after);
                }
                let end = match permit_kind {
                    0 => json!("2022-01-01"),
                    1 => json!("2024-01-01"),
                    _ => Value::Null,
                };
                let as_of = iso(add_days(day, 0));
                let trip = if ongoing && n > 0 {
                    Value::Null
                } else {
                    json!({"from": iso(add_days(day, gap)), "schengen": trip_schengen})
                };
                let input = json!({
                    "situation": "temporary-permit", "permitBasis": basis,
                    "permitStart": iso(start), "permitEnd": end,
                    "stays": stays, "plannedTrip": trip,
                });
                (input, as_of, strict)
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_on_arbitrary_input(
        input in any_input(),
        as_of in prop_oneof![Just("2024-06-01"), Just("9999-12-31"), Just("0001-01-01")],
        locale in prop::sample::select(vec!["en", "nb", "uk"]),
        strict in any::<bool>(),
    ) {
        let r = run_with(TL, as_of, Some(locale), strict.then_some("strict"), input);
        prop_assert_eq!(r.outcome.is_none(), !r.errors.is_empty());
        if r.outcome.is_some() {
            prop_assert_eq!(r.criteria.len(), 5);
        }
    }

    #[test]
    fn planning_holds_on_re_evaluation((input, as_of, strict) in history()) {
        let r = run_with(TL, &as_of, Some("en"), strict.then_some("strict"), input.clone());
        prop_assert!(r.errors.is_empty(), "{:?}", r.errors);
        let as_of = d(&as_of);
        let rule = r.figures["latestReturnRule"].as_str().unwrap_or_default().to_string();
        let latest = r.figure_date("latestReturnDate");
        let permit_end = input["permitEnd"].as_str().map(d);
        // The trip planned: the planned trip, or the ongoing stay.
        let mut stays = input["stays"].as_array().cloned().unwrap_or_default();
        let trip = if input["plannedTrip"].is_null() {
            stays.pop().unwrap_or(Value::Null)
        } else {
            input["plannedTrip"].clone()
        };
        let from = d(trip["from"].as_str().unwrap_or("2021-01-01"));
        let schengen_trip = trip["schengen"] == json!(true);
        let earliest = if input["plannedTrip"].is_null() { as_of.max(from) } else { from };
        let keeps = |back: Date| c10_keeps(&input, &stays, as_of, strict, from, back, schengen_trip);
        if let Some(end) = permit_end {
            prop_assert!(latest.is_none_or(|l| l <= end), "return {latest:?} after the permit's end {end}");
        }
        match latest {
            Some(latest) => {
                let (half, schengen) = keeps(latest);
                prop_assert!(half && schengen, "R = {latest} breaks a rule ({half}, {schengen})");
                let (half1, schengen1) = keeps(add_days(latest, 1));
                match rule.as_str() {
                    "tl.half-time" => prop_assert!(!half1, "R + 1 keeps the half-time rule"),
                    "tl.schengen" => prop_assert!(!schengen1, "R + 1 keeps the Schengen rule"),
                    "tl.permit-valid" => prop_assert_eq!(Some(latest), permit_end),
                    other => prop_assert!(false, "unexpected rule {other}"),
                }
            }
            None if r.outcome == Some(Outcome::MustNotTravel) => {
                prop_assert!(r.figures["latestReturnRule"].is_null());
            }
            None if r.figures["noReturnLimit"] == json!(true) => {
                // Not bounded: even a return two years later keeps the rules.
                let (half, schengen) = keeps(add_days(earliest, 800));
                prop_assert!(half && schengen);
                prop_assert!(permit_end.is_none());
            }
            None if rule == "tl.permit-valid" => {
                prop_assert!(permit_end.is_some_and(|end| earliest > end));
            }
            None => {
                // No return keeps the rules: the earliest already breaks the one named.
                let (half, schengen) = keeps(earliest);
                match rule.as_str() {
                    "tl.half-time" => prop_assert!(!half),
                    "tl.schengen" => prop_assert!(!schengen),
                    other => prop_assert!(false, "unexpected rule {other}"),
                }
            }
        }
    }
}

/// C10 counted day by day: with the recorded stays (`stays`, without the one being planned) and
/// the trip `{from, to: back}`, whether every half-time window and (for a Schengen trip) every
/// Schengen window that holds a counted day of the trip is within its limit.
fn c10_keeps(
    input: &Value,
    stays: &[Value],
    as_of: Date,
    strict: bool,
    from: Date,
    back: Date,
    schengen_trip: bool,
) -> (bool, bool) {
    use std::collections::BTreeSet;
    let start = d(input["permitStart"].as_str().unwrap_or_default());
    let end = input["permitEnd"].as_str().map(d);
    let refugee = input["permitBasis"] == json!("refugee");
    let mut abroad = BTreeSet::new();
    let mut schengen = BTreeSet::new();
    let mut add = |from: Date, to: Option<Date>, in_schengen: bool| {
        let (first, last) = match (strict, to) {
            (false, Some(to)) => (add_days(from, 1), add_days(to, -1)),
            (false, None) => (add_days(from, 1), as_of),
            (true, Some(to)) => (from, to),
            (true, None) => (from, as_of),
        };
        let mut x = first;
        while x <= last {
            abroad.insert(x);
            x = add_days(x, 1);
        }
        if in_schengen {
            let mut x = from;
            while x <= to.unwrap_or(as_of) {
                schengen.insert(x);
                x = add_days(x, 1);
            }
        }
    };
    for s in stays {
        add(
            d(s["from"].as_str().unwrap_or_default()),
            s["to"].as_str().map(d),
            s["schengen"] == json!(true),
        );
    }
    let (trip_first, trip_last) = if strict {
        (from, back)
    } else {
        (add_days(from, 1), add_days(back, -1))
    };
    add(from, Some(back), schengen_trip);
    let count = |set: &BTreeSet<Date>, a: Date, b: Date| set.range(a..b).count() as i64;
    let half = refugee || trip_first > trip_last || {
        let one_year = end.filter(|e| *e <= permit_check::rules::dates::add_years(start, 1));
        match one_year {
            Some(e) => {
                let period_end = add_days(e, 1);
                let p = permit_check::rules::dates::days_between(start, period_end);
                let limit = (p / 2).min(182);
                let touches = trip_first < period_end && trip_last >= start;
                !touches || count(&abroad, start, period_end) <= limit
            }
            None => {
                let mut ok = true;
                let mut w = add_days(trip_first, -364).max(start);
                while w <= trip_last && ok {
                    ok = count(&abroad, w, add_days(w, 365)) <= 182;
                    w = add_days(w, 1);
                }
                ok
            }
        }
    };
    let in_schengen = !schengen_trip || {
        let mut ok = true;
        let mut w = add_days(from, -179);
        while w <= back && ok {
            ok = count(&schengen, w, add_days(w, 180)) <= 90;
            w = add_days(w, 1);
        }
        ok
    };
    (half, in_schengen)
}

/// Day-by-day reference counts (no spans, no prefix sums) for the figures of a history.
struct Naive {
    max_in_365: i64,
    in_permit_year: Option<i64>,
    max_schengen: i64,
    exceeded_on: Option<Date>,
}

fn naive(input: &Value, as_of: Date, strict: bool) -> Naive {
    use std::collections::BTreeSet;
    let start = d(input["permitStart"].as_str().unwrap_or_default());
    let end = input["permitEnd"].as_str().map(d);
    let refugee = input["permitBasis"] == json!("refugee");
    let mut abroad = BTreeSet::new();
    let mut schengen = BTreeSet::new();
    for s in input["stays"].as_array().cloned().unwrap_or_default() {
        let from = d(s["from"].as_str().unwrap_or_default());
        let to = s["to"].as_str().map(d);
        let (first, last) = match (strict, to) {
            (false, Some(to)) => (add_days(from, 1), add_days(to, -1)),
            (false, None) => (add_days(from, 1), as_of),
            (true, Some(to)) => (from, to),
            (true, None) => (from, as_of),
        };
        let mut x = first;
        while x <= last {
            abroad.insert(x);
            x = add_days(x, 1);
        }
        if s["schengen"] == json!(true) {
            let mut x = from;
            while x <= to.unwrap_or(as_of) {
                schengen.insert(x);
                x = add_days(x, 1);
            }
        }
    }
    let count = |set: &BTreeSet<Date>, a: Date, b: Date| set.range(a..b).count() as i64;
    let one_year = end.filter(|e| *e <= permit_check::rules::dates::add_years(start, 1));
    let last_day = abroad.iter().next_back().copied().unwrap_or(start);
    let mut max_in_365 = 0;
    let mut x = start;
    while x <= last_day {
        max_in_365 = max_in_365.max(count(&abroad, x, add_days(x, 365)));
        x = add_days(x, 1);
    }
    // C9: the permit period includes its last day.
    let in_permit_year = one_year.map(|e| count(&abroad, start, add_days(e, 1)));
    let mut max_schengen = 0;
    let mut first_schengen_break = None;
    for e in schengen.iter() {
        let n = count(&schengen, add_days(*e, -179), add_days(*e, 1));
        max_schengen = max_schengen.max(n);
        if n >= 91 && first_schengen_break.is_none() {
            first_schengen_break = Some(*e);
        }
    }
    let mut first_half_break = None;
    if !refugee {
        for e in abroad.iter() {
            let n = match one_year {
                Some(pe) if *e <= pe => count(&abroad, start, add_days(*e, 1)),
                Some(_) => 0,
                None => count(&abroad, add_days(*e, -364).max(start), add_days(*e, 1)),
            };
            if n >= 183 {
                first_half_break = Some(*e);
                break;
            }
        }
    }
    Naive {
        max_in_365,
        in_permit_year,
        max_schengen,
        exceeded_on: [first_half_break, first_schengen_break]
            .into_iter()
            .flatten()
            .min(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn figures_match_a_day_by_day_count((input, as_of, strict) in history()) {
        let r = run_with(TL, &as_of, Some("en"), strict.then_some("strict"), input.clone());
        prop_assert!(r.errors.is_empty(), "{:?}", r.errors);
        let want = naive(&input, d(&as_of), strict);
        match want.in_permit_year {
            Some(n) => {
                prop_assert_eq!(r.figure_int("daysAbroadInPermitYear"), Some(n));
                prop_assert_eq!(r.criterion("tl.half-time").map(|c| c.figures["days"].clone()), Some(json!(n)));
            }
            None => prop_assert_eq!(r.figure_int("maxDaysAbroadIn365"), Some(want.max_in_365)),
        }
        prop_assert_eq!(r.figure_int("maxSchengenDaysIn180"), Some(want.max_schengen));
        prop_assert_eq!(r.figure_date("exceededOn"), want.exceeded_on);
    }
}

// --- the planned return date answered ---------------------------------------------------------

/// A person who typed the day they plan to come back reads whether that day works, not only
/// which day would (the answer names the planned day). The case: a § 38 permit, 20 days in
/// another Schengen state 100 to 81 days ago, a Schengen trip leaving in 10 days: the 180-day
/// window allows coming back on leave + 89 (C4), so leave + 90 is one day too late.
#[test]
fn the_summary_says_whether_the_planned_return_is_in_time() {
    let today = "2026-12-01";
    let leave = plus(today, 10);
    let input = |back: &str| {
        json!({"situation": "temporary-permit", "permitBasis": "humanitarian",
               "permitStart": plus(today, -500), "permitEnd": plus(today, 600),
               "stays": [{"from": plus(today, -100), "to": plus(today, -81), "schengen": true}],
               "plannedTrip": {"from": leave, "to": back, "schengen": true}})
    };
    let latest = plus(&leave, 89);
    let late = run(TL, today, input(&plus(&leave, 90)));
    ok(&late);
    assert_eq!(
        late.outcome,
        Some(Outcome::WithinLimits),
        "a plan never changes the outcome (C2)"
    );
    assert_eq!(
        date_fig(&late, "latestReturnDate").as_deref(),
        Some(latest.as_str())
    );
    assert_eq!(late.figures["plannedReturnWithinLimits"], json!(false));
    let summary = late.summary.clone().unwrap_or_default();
    assert!(
        summary.contains("come back by 10 March 2027 at the latest"),
        "{summary}"
    );
    assert!(
        summary.contains("on 11 March 2027, is too late."),
        "{summary}"
    );

    let in_time = run(TL, today, input(&latest));
    assert_eq!(in_time.figures["plannedReturnWithinLimits"], json!(true));
    let summary = in_time.summary.clone().unwrap_or_default();
    assert!(
        summary.contains("on 10 March 2027, is in time."),
        "{summary}"
    );
    assert!(!summary.contains("too late"), "{summary}");

    // A planned return after the permit ends: said, but the date is not written out (no date
    // after the permit's last day is put before the person).
    let mut after = input(&plus(today, 700));
    after["permitEnd"] = json!(plus(today, 40));
    let r = run(TL, today, after);
    let summary = r.summary.clone().unwrap_or_default();
    assert!(
        summary.contains("after your permit ends: that is too late."),
        "{summary}"
    );
    assert!(!summary.contains("2028"), "{summary}");
}
