//! Acceptance cases written from RULES.md alone, independently of each checker's own tests: a
//! second reading of the contract, computed by hand, through the public `evaluate` only.

use permit_check::{evaluate, Request, Response};
use serde_json::{json, Value};

fn run(checker: &str, as_of: &str, input: Value) -> Response {
    let r = evaluate(&Request::new(checker, Some(as_of), input));
    assert!(r.errors.is_empty(), "unexpected errors: {:?}", r.errors);
    r
}

fn outcome(r: &Response) -> String {
    serde_json::to_value(r.outcome)
        .unwrap()
        .as_str()
        .unwrap_or("null")
        .to_string()
}

fn status(r: &Response, id: &str) -> String {
    let c = r
        .criterion(id)
        .unwrap_or_else(|| panic!("criterion {id} missing"));
    serde_json::to_value(c.status)
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

fn date_fig(r: &Response, name: &str) -> Option<String> {
    r.figures
        .get(name)
        .and_then(Value::as_str)
        .map(str::to_string)
}

// --- §1 temporary regulation -------------------------------------------------------------------

fn tr_input(dob: &str, first: &str, stays: Value) -> Value {
    json!({
        "dateOfBirth": dob, "firstAsylumApplication": first, "stays": stays,
        "appliedForAsylum": true, "leftAfterRejectionAndReapplied": false,
        "livedInNorwayOn20190101": true, "livesInNorway": true, "convicted": false,
        "hasResidencePermit": false, "identityDocumented": true, "requestDate": "2021-11-01"
    })
}

#[test]
fn tr_seed_example_49_plus_16_is_eligible_on_the_tie() {
    let r = run(
        "temporary-regulation",
        "2021-11-01",
        tr_input("1972-10-01", "2005-10-01", json!([])),
    );
    assert_eq!(outcome(&r), "eligible");
    // 16 years from 2005-10-01 to 2021-10-01 hold four 29 Februaries: 16 × 365 + 4.
    assert_eq!(r.figure_int("residenceDays"), Some(5844));
    assert_eq!(r.figure_int("daysAbroad"), Some(0));
    assert_eq!(
        date_fig(&r, "sixteenYearsReachedOn").as_deref(),
        Some("2021-10-01")
    );
    assert_eq!(r.extra.get("permitType"), Some(&json!("full")));
    assert!(r.criterion("tr.sixteen-years").unwrap().borderline);
}

#[test]
fn tr_one_day_abroad_moves_sixteen_years_past_the_cutoff() {
    // Leaving 2010-03-01 and coming back 2010-03-03: one day abroad (C3).
    let stays = json!([{"from": "2010-03-01", "to": "2010-03-03"}]);
    let r = run(
        "temporary-regulation",
        "2021-11-01",
        tr_input("1960-01-01", "2005-10-01", stays),
    );
    assert_eq!(r.figure_int("daysAbroad"), Some(1));
    assert_eq!(
        date_fig(&r, "sixteenYearsReachedOn").as_deref(),
        Some("2021-10-02")
    );
    assert_eq!(status(&r, "tr.sixteen-years"), "not-met");
    assert_eq!(outcome(&r), "not-eligible");
}

#[test]
fn tr_trips_before_the_application_are_not_deducted_and_identity_limits_the_permit() {
    let stays = json!([{"from": "2004-01-01", "to": "2004-06-01"}]);
    let mut input = tr_input("1970-05-05", "2005-01-01", stays);
    input["identityDocumented"] = json!(false);
    let r = run("temporary-regulation", "2021-11-01", input);
    assert_eq!(r.figure_int("daysAbroad"), Some(0));
    assert_eq!(outcome(&r), "eligible");
    assert_eq!(r.extra.get("permitType"), Some(&json!("limited")));
}

#[test]
fn tr_a_request_made_today_misses_the_deadline() {
    let mut input = tr_input("1972-10-01", "2005-10-01", json!([]));
    input["requestDate"] = Value::Null;
    let r = run("temporary-regulation", "2026-11-21", input);
    assert_eq!(status(&r, "tr.deadline"), "not-met");
    assert_eq!(outcome(&r), "not-eligible");
    assert_eq!(r.extra.get("permitType"), Some(&Value::Null));
}

#[test]
fn tr_a_stay_over_new_year_2019_fails_the_2019_criterion() {
    let stays = json!([{"from": "2018-12-20", "to": "2019-01-05"}]);
    let r = run(
        "temporary-regulation",
        "2021-11-01",
        tr_input("1960-01-01", "2000-01-01", stays),
    );
    assert_eq!(status(&r, "tr.lived-in-norway-2019"), "not-met");
    // Coming back on 1 January 2019 itself: that day is a day in Norway (C3).
    let stays = json!([{"from": "2018-12-20", "to": "2019-01-01"}]);
    let r = run(
        "temporary-regulation",
        "2021-11-01",
        tr_input("1960-01-01", "2000-01-01", stays),
    );
    assert_eq!(status(&r, "tr.lived-in-norway-2019"), "met");
}

// --- §2 permanent permit -----------------------------------------------------------------------

fn pp(stays: Value, trip: Value) -> Value {
    json!({"stays": stays, "plannedTrip": trip, "gaveIncorrectInformation": false,
           "withheldInformation": false, "incorrectIdentity": false})
}

#[test]
fn pp_two_years_continuous_is_reached_at_730_days() {
    // 2020-01-01 → 2022-01-01 is 731 days apart: 730 days abroad (C3).
    let r = run(
        "permanent-permit",
        "2026-11-21",
        pp(
            json!([{"from": "2020-01-01", "to": "2022-01-01"}]),
            Value::Null,
        ),
    );
    assert_eq!(r.figure_int("longestStayDays"), Some(730));
    assert_eq!(status(&r, "pp.continuous"), "not-met");
    assert_eq!(outcome(&r), "limit-exceeded");
    assert!(r.criterion("pp.continuous").unwrap().borderline);
    // One day less: 729 days, and no four-year total of 730 either (365 + 364).
    let r = run(
        "permanent-permit",
        "2026-11-21",
        pp(
            json!([{"from": "2020-01-01", "to": "2021-12-31"}]),
            Value::Null,
        ),
    );
    assert_eq!(r.figure_int("longestStayDays"), Some(729));
    assert_eq!(status(&r, "pp.continuous"), "met");
    assert_eq!(status(&r, "pp.four-year-total"), "met");
    assert_eq!(outcome(&r), "within-limits");
}

#[test]
fn pp_years_under_two_months_count_nothing() {
    // 1 March → 30 April: 2..31 March and 1..29 April = 59 days abroad, in each of 2012..=2025:
    // 826 days in all, but every year is under two months, so nothing counts.
    let stays: Vec<Value> = (2012..=2025)
        .map(|y| json!({"from": format!("{y}-03-01"), "to": format!("{y}-04-30")}))
        .collect();
    let r = run(
        "permanent-permit",
        "2026-11-21",
        pp(Value::from(stays.clone()), Value::Null),
    );
    assert_eq!(r.figure_int("longestStayDays"), Some(59));
    assert_eq!(r.figure_int("maxFourYearDays"), Some(0));
    assert_eq!(outcome(&r), "within-limits");
    // One more day in 2013 makes that year count (60 days), but 60 alone is far from 730.
    let mut stays = stays;
    stays[1] = json!({"from": "2013-03-01", "to": "2013-05-01"});
    let r = run(
        "permanent-permit",
        "2026-11-21",
        pp(Value::from(stays), Value::Null),
    );
    assert_eq!(r.figure_int("maxFourYearDays"), Some(60));
}

#[test]
fn pp_four_years_total_counts_across_stays_within_one_period() {
    // Three stays of 250 days, a year apart (less than 15 months in Norway between them).
    let stays = json!([
        {"from": "2018-01-01", "to": "2018-09-08"},
        {"from": "2019-01-01", "to": "2019-09-08"},
        {"from": "2020-01-01", "to": "2020-09-07"}
    ]);
    let r = run("permanent-permit", "2026-11-21", pp(stays, Value::Null));
    assert_eq!(r.figure_int("maxFourYearDays"), Some(249 + 249 + 249));
    assert_eq!(status(&r, "pp.four-year-total"), "not-met");
    assert_eq!(outcome(&r), "limit-exceeded");
    // With 15 months in Norway before the third stay, the days never add up.
    let stays = json!([
        {"from": "2018-01-01", "to": "2018-09-08"},
        {"from": "2019-01-01", "to": "2019-09-08"},
        {"from": "2020-12-08", "to": "2021-08-15"}
    ]);
    let r = run("permanent-permit", "2026-11-21", pp(stays, Value::Null));
    assert_eq!(status(&r, "pp.four-year-total"), "met");
}

#[test]
fn pp_latest_return_for_a_first_trip_is_two_years_less_a_day() {
    // Leaving 2027-01-01 with nothing before: 729 days abroad is the most, so the return day is
    // 730 days after leaving, 2028-12-31 (2028 is a leap year).
    let r = run(
        "permanent-permit",
        "2026-11-21",
        pp(json!([]), json!({"from": "2027-01-01", "to": null})),
    );
    assert_eq!(
        date_fig(&r, "latestReturnDate").as_deref(),
        Some("2028-12-31")
    );
    assert_eq!(outcome(&r), "within-limits");
}

#[test]
fn pp_other_grounds_put_the_permit_at_risk() {
    let mut input = pp(json!([]), Value::Null);
    input["withheldInformation"] = json!(true);
    let r = run("permanent-permit", "2026-11-21", input);
    assert_eq!(status(&r, "pp.correct-information"), "not-met");
    assert_eq!(outcome(&r), "at-risk");
}

// --- §3 travel limits ----------------------------------------------------------------------------

fn tl(stays: Value, trip: Value) -> Value {
    json!({"situation": "temporary-permit", "permitBasis": "humanitarian",
           "permitStart": "2022-01-01", "permitEnd": "2025-01-01", "stays": stays, "plannedTrip": trip})
}

#[test]
fn tl_more_than_182_days_in_365_is_exceeded_at_183() {
    // 2023-03-01 → 2023-09-01 is 184 days apart: 183 days abroad.
    let r = run(
        "travel-limits",
        "2024-06-01",
        tl(
            json!([{"from": "2023-03-01", "to": "2023-09-01"}]),
            Value::Null,
        ),
    );
    assert_eq!(r.figure_int("maxDaysAbroadIn365"), Some(183));
    assert_eq!(status(&r, "tl.half-time"), "not-met");
    assert_eq!(outcome(&r), "limit-exceeded");
    let r = run(
        "travel-limits",
        "2024-06-01",
        tl(
            json!([{"from": "2023-03-01", "to": "2023-08-31"}]),
            Value::Null,
        ),
    );
    assert_eq!(r.figure_int("maxDaysAbroadIn365"), Some(182));
    assert_eq!(status(&r, "tl.half-time"), "met");
}

#[test]
fn tl_schengen_counts_entry_and_exit_days() {
    // 2024-01-01 ..= 2024-03-30 is 90 days (2024 is a leap year): allowed; one more is not.
    let ok = json!([{"from": "2024-01-01", "to": "2024-03-30", "schengen": true}]);
    let r = run("travel-limits", "2024-06-01", tl(ok, Value::Null));
    assert_eq!(r.figure_int("maxSchengenDaysIn180"), Some(90));
    assert_eq!(status(&r, "tl.schengen"), "met");
    let over = json!([{"from": "2024-01-01", "to": "2024-03-31", "schengen": true}]);
    let r = run("travel-limits", "2024-06-01", tl(over, Value::Null));
    assert_eq!(status(&r, "tl.schengen"), "not-met");
    assert_eq!(outcome(&r), "limit-exceeded");
}

#[test]
fn tl_permanent_residence_tracks() {
    // Other permits: at most 213 days in the 3 years before asOf; 214 puts a later permanent
    // permit at risk, while each stay stays far under 182 days in any 365.
    // 2 July..16 October 2023 = 107 days; 2 September..16 December 2024 = 106 days.
    let mut input = tl(
        json!([{"from": "2023-07-01", "to": "2023-10-17"}, {"from": "2024-09-01", "to": "2024-12-17"}]),
        Value::Null,
    );
    input["permitBasis"] = json!("other");
    input["permitStart"] = json!("2023-01-01");
    input["permitEnd"] = json!("2027-01-01");
    let r = run("travel-limits", "2026-06-01", input.clone());
    assert_eq!(r.figure_int("daysAbroadForPermanent"), Some(213));
    assert_eq!(status(&r, "tl.permanent-residence"), "met");
    assert_eq!(outcome(&r), "within-limits");
    input["stays"][1]["to"] = json!("2024-12-18");
    let r = run("travel-limits", "2026-06-01", input.clone());
    assert_eq!(r.figure_int("daysAbroadForPermanent"), Some(214));
    assert_eq!(status(&r, "tl.permanent-residence"), "not-met");
    assert_eq!(status(&r, "tl.half-time"), "met");
    assert_eq!(outcome(&r), "at-risk");
    // The same 214 days are within the 304 days (10 months in 5 years) of a § 38 permit.
    input["permitBasis"] = json!("humanitarian");
    let r = run("travel-limits", "2026-06-01", input);
    assert_eq!(status(&r, "tl.permanent-residence"), "met");
}

#[test]
fn tl_asylum_seekers_must_not_travel() {
    let r = run(
        "travel-limits",
        "2024-06-01",
        json!({"situation": "asylum-seeker"}),
    );
    assert_eq!(outcome(&r), "must-not-travel");
}

// --- §4 work permit ------------------------------------------------------------------------------

#[test]
fn wp_outcomes() {
    let base = json!({"protection": "individual", "hadAsylumInterview": true,
                      "validPassport": true, "dublinCase": false, "decision": "none"});
    assert_eq!(
        outcome(&run("work-permit", "2026-11-21", base.clone())),
        "eligible"
    );
    let mut rejected = base.clone();
    rejected["decision"] = json!("rejected");
    let r = run("work-permit", "2026-11-21", rejected);
    assert_eq!(status(&r, "wp.no-decision"), "not-met");
    assert_eq!(outcome(&r), "not-eligible");
    let mut unknown = base.clone();
    unknown["validPassport"] = Value::Null;
    assert_eq!(
        outcome(&run("work-permit", "2026-11-21", unknown)),
        "unknown"
    );
    let mut collective = base;
    collective["protection"] = json!("collective");
    assert_eq!(
        outcome(&run("work-permit", "2026-11-21", collective)),
        "not-applicable"
    );
}
