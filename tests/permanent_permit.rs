//! Checker `permanent-permit` (RULES.md §2), through the public `evaluate(&Request)`: each rule
//! alone and at its ties, the calendar-year and 15-month steps, 29 February, planning checked by
//! re-evaluation, ongoing stays, strict counting, the exemption, locales, bad input; and property
//! tests: no panic on any input, the figures equal a day-by-day reference model, and the latest
//! return date always re-evaluates as promised.

mod common;

use std::collections::BTreeSet;

use chrono::Datelike;
use common::{
    assert_ok, assert_only_error, borderline, d, date_fig, error_fields, explanation, int_fig, iso,
    request, run, run_with, status, PP,
};
use permit_check::rules::dates::{add_days, add_months, add_years, Date};
use permit_check::rules::{Outcome, Status};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

const CONTINUOUS: &str = "pp.continuous";
const FOUR_YEAR: &str = "pp.four-year-total";
const INFORMATION: &str = "pp.correct-information";

fn stay(from: &str, to: &str) -> Value {
    json!({ "from": from, "to": to })
}

fn ongoing(from: &str) -> Value {
    json!({ "from": from, "to": null })
}

/// An input with these stays and every other answer "no".
fn honest(stays: Vec<Value>) -> Value {
    json!({
        "stays": stays,
        "gaveIncorrectInformation": false,
        "withheldInformation": false,
        "incorrectIdentity": false,
    })
}

fn with_trip(mut input: Value, from: &str, to: Option<&str>) -> Value {
    input["plannedTrip"] = json!({ "from": from, "to": to });
    input
}

// ---------------------------------------------------------------------------------------------
// Nothing recorded; step 5 alone
// ---------------------------------------------------------------------------------------------

/// C7 for step 1: a year within 7 days of the 60-day threshold that would turn the four-year
/// answer around if counted the other way sets borderline (status unchanged); one that could not
/// change the answer does not.
#[test]
fn a_year_close_to_60_days_that_decides_the_four_year_rule_is_borderline() {
    // 2010: 1 Jan–29 Dec = 363 days; 2011: 1 Jan–13 Nov = 317; 2012: 1 Jan–27 Feb = 58.
    let near_below = honest(vec![
        stay("2009-12-31", "2010-12-30"),
        stay("2010-12-31", "2011-11-14"),
        stay("2011-12-31", "2012-02-28"),
    ]);
    let r = run(PP, "2026-11-22", near_below);
    assert_ok(&r);
    assert_eq!(r.outcome, Some(Outcome::WithinLimits));
    assert_eq!(status(&r, FOUR_YEAR), Status::Met);
    assert_eq!(int_fig(&r, "maxFourYearDays"), 680); // 2012's 58 days are not counted
    assert!(borderline(&r, FOUR_YEAR)); // counted, they would make 738
    assert!(explanation(&r, FOUR_YEAR).contains("close to 60 days"));
    assert!(!borderline(&r, CONTINUOUS));

    // 2012: 1 Jan–29 Feb = 60 days (a leap year): counted, 740 → not met; ignored, 680 → met.
    let near_above = honest(vec![
        stay("2009-12-31", "2010-12-30"),
        stay("2010-12-31", "2011-11-14"),
        stay("2011-12-31", "2012-03-01"),
    ]);
    let r = run(PP, "2026-11-22", near_above);
    assert_eq!(r.outcome, Some(Outcome::LimitExceeded));
    assert_eq!(status(&r, FOUR_YEAR), Status::NotMet);
    assert_eq!(int_fig(&r, "maxFourYearDays"), 740);
    assert!(borderline(&r, FOUR_YEAR));

    // One 55-day trip and nothing else: counting it could never reach 730.
    let r = run(
        PP,
        "2026-11-22",
        honest(vec![stay("2020-03-01", "2020-04-26")]),
    );
    assert_eq!(int_fig(&r, "maxFourYearDays"), 0);
    assert_eq!(status(&r, FOUR_YEAR), Status::Met);
    assert!(!borderline(&r, FOUR_YEAR));
    assert!(!explanation(&r, FOUR_YEAR).contains("close to 60 days"));

    // Far over the limit without the 60-day year (2010-2012: 3 × 363), so it decides nothing.
    let r = run(
        PP,
        "2026-11-22",
        honest(vec![
            stay("2009-12-31", "2010-12-30"),
            stay("2010-12-31", "2011-12-30"),
            stay("2011-12-31", "2012-12-29"),
            stay("2012-12-31", "2013-03-02"),
        ]),
    );
    assert_eq!(status(&r, FOUR_YEAR), Status::NotMet);
    assert!(!borderline(&r, FOUR_YEAR));
}

#[test]
fn no_stays_is_within_limits() {
    let r = run(PP, "2026-11-21", honest(vec![]));
    assert_ok(&r);
    assert_eq!(r.outcome, Some(Outcome::WithinLimits));
    assert_eq!(r.criteria.len(), 3);
    for id in [CONTINUOUS, FOUR_YEAR, INFORMATION] {
        assert_eq!(status(&r, id), Status::Met, "{id}");
    }
    assert_eq!(int_fig(&r, "longestStayDays"), 0);
    assert_eq!(int_fig(&r, "maxFourYearDays"), 0);
    assert_eq!(date_fig(&r, "exceededOn"), None);
    assert_eq!(date_fig(&r, "latestReturnDate"), None);
    assert_eq!(r.figures["latestReturnRule"], Value::Null);
    assert_eq!(r.figures["years"], json!([]));
    assert_eq!(r.figures["periods"], json!([]));
    assert_eq!(r.figures["maxFourYearWindow"], Value::Null);
    assert!(!r.figures.contains_key("plannedReturnWithinLimits"));
    assert_eq!(r.extra["exemptionMayApply"], json!(false));
    assert_eq!(
        r.criterion(CONTINUOUS).unwrap().sources,
        // Rev. 2: the lapse rule is cited without a paragraph number (it has moved).
        vec!["seed:003", "utl. § 62"]
    );
    assert_eq!(
        r.criterion(FOUR_YEAR).unwrap().sources,
        vec!["seed:003", "utf. § 11-8 (1)"]
    );
    assert_eq!(
        r.criterion(INFORMATION).unwrap().sources,
        vec!["seed:003", "utl. § 63"]
    );
}

#[test]
fn empty_input_is_unknown_information_and_within_limits() {
    let r = run(PP, "2026-11-21", json!({}));
    assert_ok(&r);
    assert_eq!(status(&r, INFORMATION), Status::Unknown);
    assert_eq!(r.outcome, Some(Outcome::WithinLimits));
    let r = run(PP, "2026-11-21", Value::Null);
    assert_ok(&r);
}

#[test]
fn wrong_information_alone_puts_the_permit_at_risk() {
    for key in [
        "gaveIncorrectInformation",
        "withheldInformation",
        "incorrectIdentity",
    ] {
        let mut input = honest(vec![stay("2020-01-01", "2020-02-01")]);
        input[key] = json!(true);
        let r = run(PP, "2026-11-21", input);
        assert_ok(&r);
        assert_eq!(status(&r, INFORMATION), Status::NotMet, "{key}");
        assert_eq!(status(&r, CONTINUOUS), Status::Met);
        assert_eq!(status(&r, FOUR_YEAR), Status::Met);
        assert_eq!(r.outcome, Some(Outcome::AtRisk), "{key}");
        assert!(explanation(&r, INFORMATION).contains("utl. § 63"));
    }
    // One unknown and two "no": unknown, and the outcome stays within limits.
    let mut input = honest(vec![]);
    input["withheldInformation"] = Value::Null;
    let r = run(PP, "2026-11-21", input);
    assert_eq!(status(&r, INFORMATION), Status::Unknown);
    assert_eq!(r.outcome, Some(Outcome::WithinLimits));
    // "yes" wins over an unknown.
    let r = run(
        PP,
        "2026-11-21",
        json!({ "incorrectIdentity": true, "withheldInformation": null }),
    );
    assert_eq!(status(&r, INFORMATION), Status::NotMet);
    assert_eq!(r.outcome, Some(Outcome::AtRisk));
}

#[test]
fn exceeded_limit_outranks_wrong_information() {
    let mut input = honest(vec![stay("2018-01-01", "2021-01-01")]);
    input["gaveIncorrectInformation"] = json!(true);
    let r = run(PP, "2026-11-21", input);
    assert_eq!(r.outcome, Some(Outcome::LimitExceeded));
    assert_eq!(status(&r, INFORMATION), Status::NotMet);
}

// ---------------------------------------------------------------------------------------------
// Step 3: the continuous rule, and its tie
// ---------------------------------------------------------------------------------------------

#[test]
fn continuous_729_days_is_met_but_borderline() {
    // C3: from 2021-01-01 to 2023-01-01 (from + 730 days) lasts 729 days.
    let r = run(
        PP,
        "2024-06-01",
        honest(vec![stay("2021-01-01", "2023-01-01")]),
    );
    assert_ok(&r);
    assert_eq!(int_fig(&r, "longestStayDays"), 729);
    assert_eq!(status(&r, CONTINUOUS), Status::Met);
    assert!(borderline(&r, CONTINUOUS));
    // 364 + 365 days in 2021 and 2022, both counted: 729 < 730.
    assert_eq!(int_fig(&r, "maxFourYearDays"), 729);
    assert_eq!(status(&r, FOUR_YEAR), Status::Met);
    assert!(borderline(&r, FOUR_YEAR));
    assert_eq!(r.outcome, Some(Outcome::WithinLimits));
    assert_eq!(date_fig(&r, "exceededOn"), None);
    assert!(explanation(&r, CONTINUOUS).contains("729 days"));
    assert!(explanation(&r, CONTINUOUS).contains("1 day short"));
}

#[test]
fn continuous_730_days_alone_exceeds_the_limit() {
    // from + 731 days: 730 days abroad ("two years or more"). The four-year rule is still met:
    // the 730th day is the only day in 2023, a year under 60 days.
    let r = run(
        PP,
        "2024-06-01",
        honest(vec![stay("2021-01-01", "2023-01-02")]),
    );
    assert_ok(&r);
    assert_eq!(int_fig(&r, "longestStayDays"), 730);
    assert_eq!(status(&r, CONTINUOUS), Status::NotMet);
    assert!(
        borderline(&r, CONTINUOUS),
        "exactly two years is borderline"
    );
    assert_eq!(status(&r, FOUR_YEAR), Status::Met);
    assert_eq!(int_fig(&r, "maxFourYearDays"), 729);
    assert_eq!(r.outcome, Some(Outcome::LimitExceeded));
    // The 730th day abroad: 2021-01-02 + 729 days.
    assert_eq!(date_fig(&r, "exceededOn").as_deref(), Some("2023-01-01"));
    let c = r.criterion(CONTINUOUS).unwrap();
    assert_eq!(c.figures["exceededOn"], json!("2023-01-01"));
    assert!(c.explanation.contains("more than two years"));
    assert!(c.explanation.contains("1 January 2023"));
    assert_eq!(
        r.figures["years"],
        json!([
            {"year": 2021, "days": 364, "counted": true},
            {"year": 2022, "days": 365, "counted": true},
            {"year": 2023, "days": 1, "counted": false},
        ])
    );
}

#[test]
fn continuous_borderline_band_is_seven_days_each_side() {
    let from = d("2021-01-01");
    for (days, expected) in [(722, false), (723, true), (737, true), (738, false)] {
        let to = iso(add_days(from, days + 1));
        let r = run(PP, "2026-11-21", honest(vec![stay("2021-01-01", &to)]));
        assert_eq!(int_fig(&r, "longestStayDays"), days);
        assert_eq!(borderline(&r, CONTINUOUS), expected, "{days} days");
    }
}

// ---------------------------------------------------------------------------------------------
// Step 1: calendar years under two months
// ---------------------------------------------------------------------------------------------

#[test]
fn a_year_with_59_days_counts_nothing() {
    let r = run(
        PP,
        "2026-11-21",
        honest(vec![stay("2019-03-01", "2019-04-30")]),
    );
    assert_ok(&r);
    assert_eq!(int_fig(&r, "longestStayDays"), 59);
    assert_eq!(int_fig(&r, "maxFourYearDays"), 0);
    assert_eq!(
        r.figures["years"],
        json!([{"year": 2019, "days": 59, "counted": false}])
    );
    assert_eq!(r.figures["maxFourYearWindow"], Value::Null);
    assert!(explanation(&r, FOUR_YEAR).contains("59 days of them"));
}

#[test]
fn a_year_with_60_days_counts_all_of_them() {
    let r = run(
        PP,
        "2026-11-21",
        honest(vec![stay("2019-03-01", "2019-05-01")]),
    );
    assert_ok(&r);
    assert_eq!(int_fig(&r, "maxFourYearDays"), 60);
    assert_eq!(
        r.figures["years"],
        json!([{"year": 2019, "days": 60, "counted": true}])
    );
    assert_eq!(
        r.figures["maxFourYearWindow"],
        json!({"start": "2019-03-02", "end": "2023-03-01"})
    );
    assert_eq!(
        r.criterion(FOUR_YEAR).unwrap().figures["windowEnd"],
        json!("2023-03-01")
    );
}

#[test]
fn year_totals_add_up_several_short_stays() {
    // 30 + 30 days in one year: each stay alone is short, the year's total is 60.
    let r = run(
        PP,
        "2026-11-21",
        honest(vec![
            stay("2019-01-01", "2019-02-01"),
            stay("2019-06-01", "2019-07-02"),
        ]),
    );
    assert_eq!(
        r.figures["years"],
        json!([{"year": 2019, "days": 60, "counted": true}])
    );
    assert_eq!(int_fig(&r, "maxFourYearDays"), 60);
}

#[test]
fn a_stay_across_new_year_is_split_and_each_part_judged_by_its_year() {
    // 2019-11-16 .. 2019-12-31 = 46 days (2019 total 46: not counted);
    // 2020-01-01 .. 2020-01-19 = 19 days, plus 43 days in June-July: 2020 total 62, counted.
    let r = run(
        PP,
        "2026-11-21",
        honest(vec![
            stay("2019-11-15", "2020-01-20"),
            stay("2020-06-01", "2020-07-15"),
        ]),
    );
    assert_ok(&r);
    assert_eq!(
        r.figures["years"],
        json!([
            {"year": 2019, "days": 46, "counted": false},
            {"year": 2020, "days": 62, "counted": true},
        ])
    );
    assert_eq!(int_fig(&r, "longestStayDays"), 65);
    assert_eq!(int_fig(&r, "maxFourYearDays"), 62);
    assert_eq!(
        r.figures["maxFourYearWindow"],
        json!({"start": "2020-01-01", "end": "2023-12-31"})
    );
}

// ---------------------------------------------------------------------------------------------
// Step 4: the four-year rule, alone, at its tie, and from 29 February
// ---------------------------------------------------------------------------------------------

/// A history whose only window with 730 counted days is `[2016-02-29, 2020-02-29)`:
/// 307 days in 2016 (from 29 February), a 10-day stay in 2017 (not counted, but it keeps the
/// period going), 364 + 59 days in 2019-2020, and 8 days in June 2020 that make 2020 count.
fn leap_day_history(b_from: &str) -> Value {
    honest(vec![
        stay("2016-02-28", "2017-01-01"),
        stay("2017-12-01", "2017-12-12"),
        stay(b_from, "2020-02-29"),
        stay("2020-06-01", "2020-06-10"),
    ])
}

#[test]
fn four_year_window_starting_on_29_february_reaches_730() {
    let r = run(PP, "2021-01-01", leap_day_history("2019-01-01"));
    assert_ok(&r);
    assert_eq!(status(&r, CONTINUOUS), Status::Met);
    assert_eq!(int_fig(&r, "longestStayDays"), 423);
    assert_eq!(status(&r, FOUR_YEAR), Status::NotMet);
    assert!(borderline(&r, FOUR_YEAR));
    assert_eq!(int_fig(&r, "maxFourYearDays"), 730);
    assert_eq!(r.outcome, Some(Outcome::LimitExceeded));
    assert_eq!(
        r.figures["maxFourYearWindow"],
        json!({"start": "2016-02-29", "end": "2020-02-28"})
    );
    // The window ending on 2020-02-28 is [2016-02-29, 2020-02-29): 730 days; the one ending a
    // day earlier, [2016-02-28, 2020-02-28), holds 729.
    assert_eq!(date_fig(&r, "exceededOn").as_deref(), Some("2020-02-28"));
    assert_eq!(
        r.figures["years"],
        json!([
            {"year": 2016, "days": 307, "counted": true},
            {"year": 2017, "days": 10, "counted": false},
            {"year": 2019, "days": 364, "counted": true},
            {"year": 2020, "days": 67, "counted": true},
        ])
    );
    assert_eq!(
        r.figures["periods"],
        json!([{"start": "2016-02-28", "end": null}])
    );
    let e = explanation(&r, FOUR_YEAR);
    assert!(e.contains("29 February 2016"), "{e}");
    assert!(e.contains("28 February 2020"), "{e}");
    assert!(e.contains("730 days abroad that count"), "{e}");
    // Rev. 2: no repeal of utf. § 11-8 (1) is announced (none has a source).
    assert!(!e.contains("amendment") && !e.contains("repeal"), "{e}");
}

#[test]
fn four_year_729_days_is_met_but_borderline() {
    let r = run(PP, "2021-01-01", leap_day_history("2019-01-02"));
    assert_ok(&r);
    assert_eq!(int_fig(&r, "maxFourYearDays"), 729);
    assert_eq!(status(&r, FOUR_YEAR), Status::Met);
    assert!(borderline(&r, FOUR_YEAR));
    assert_eq!(r.outcome, Some(Outcome::WithinLimits));
    assert_eq!(date_fig(&r, "exceededOn"), None);
    assert!(!explanation(&r, FOUR_YEAR).contains("amendment"));
    assert!(explanation(&r, FOUR_YEAR).contains("1 day below"));
}

// ---------------------------------------------------------------------------------------------
// Step 2: fifteen months in Norway start afresh
// ---------------------------------------------------------------------------------------------

/// 364 days in 2015, then 394 days from `b_from`: together 758 within four years.
fn reset_history(b_from: &str) -> Value {
    honest(vec![
        stay("2015-01-01", "2016-01-01"),
        stay(b_from, "2018-05-01"),
    ])
}

#[test]
fn exactly_fifteen_months_in_norway_starts_a_new_period() {
    // 2016-01-01 + 15 months = 2017-04-01.
    let r = run(PP, "2019-01-01", reset_history("2017-04-01"));
    assert_ok(&r);
    assert_eq!(status(&r, FOUR_YEAR), Status::Met);
    assert_eq!(int_fig(&r, "maxFourYearDays"), 394);
    assert_eq!(
        r.figures["periods"],
        json!([
            {"start": "2015-01-01", "end": "2016-01-01"},
            {"start": "2017-04-01", "end": null},
        ])
    );
    assert!(explanation(&r, FOUR_YEAR).contains("2 separate periods"));
    // Once 15 months have passed since the last return, the last period is closed too.
    let r = run(PP, "2019-08-01", reset_history("2017-04-01"));
    assert_eq!(
        r.figures["periods"][1],
        json!({"start": "2017-04-01", "end": "2018-05-01"})
    );
    let r = run(PP, "2019-07-31", reset_history("2017-04-01"));
    assert_eq!(r.figures["periods"][1]["end"], Value::Null);
}

#[test]
fn one_day_short_of_fifteen_months_keeps_one_period() {
    let r = run(PP, "2019-01-01", reset_history("2017-03-31"));
    assert_ok(&r);
    assert_eq!(status(&r, FOUR_YEAR), Status::NotMet);
    assert_eq!(int_fig(&r, "maxFourYearDays"), 364 + 395);
    assert_eq!(r.outcome, Some(Outcome::LimitExceeded));
    assert_eq!(
        r.figures["periods"],
        json!([{"start": "2015-01-01", "end": null}])
    );
}

// ---------------------------------------------------------------------------------------------
// Ongoing stays and strict counting
// ---------------------------------------------------------------------------------------------

#[test]
fn an_ongoing_stay_runs_through_as_of() {
    // Abroad 2024-01-02 .. 2024-03-01 (as_of): 60 days.
    let r = run(PP, "2024-03-01", honest(vec![ongoing("2024-01-01")]));
    assert_ok(&r);
    assert_eq!(int_fig(&r, "longestStayDays"), 60);
    assert_eq!(
        r.figures["years"],
        json!([{"year": 2024, "days": 60, "counted": true}])
    );
    assert_eq!(
        r.figures["periods"],
        json!([{"start": "2024-01-01", "end": null}])
    );
    // Planning for the stay going on: 730 days after leaving is the latest return.
    assert_eq!(
        date_fig(&r, "latestReturnDate").as_deref(),
        Some("2025-12-31")
    );
    assert_eq!(r.figures["latestReturnRule"], json!(CONTINUOUS));
    assert!(explanation(&r, CONTINUOUS).contains("31 December 2025"));
    assert!(explanation(&r, CONTINUOUS).contains("still abroad"));
}

#[test]
fn an_ongoing_stay_past_two_years_has_no_return_date() {
    let r = run(PP, "2026-11-21", honest(vec![ongoing("2024-01-01")]));
    assert_ok(&r);
    assert_eq!(status(&r, CONTINUOUS), Status::NotMet);
    assert_eq!(r.outcome, Some(Outcome::LimitExceeded));
    assert_eq!(date_fig(&r, "latestReturnDate"), None);
    assert_eq!(r.figures["latestReturnRule"], Value::Null);
    assert_eq!(date_fig(&r, "exceededOn").as_deref(), Some("2025-12-31"));
}

#[test]
fn strict_counting_counts_both_travel_days() {
    // 2021-01-01 .. 2022-12-31: 728 days by default, 730 with both travel days.
    let input = honest(vec![stay("2021-01-01", "2022-12-31")]);
    let r = run_with(PP, "2024-06-01", None, None, input.clone());
    assert_eq!(int_fig(&r, "longestStayDays"), 728);
    assert_eq!(status(&r, CONTINUOUS), Status::Met);
    let r = run_with(PP, "2024-06-01", None, Some("strict"), input);
    assert_ok(&r);
    assert_eq!(int_fig(&r, "longestStayDays"), 730);
    assert_eq!(status(&r, CONTINUOUS), Status::NotMet);
    assert_eq!(date_fig(&r, "exceededOn").as_deref(), Some("2022-12-31"));
    // Strict: 2019-03-01 ..= 2019-04-28 is 59 days, ..= 2019-04-29 is 60.
    let r = run_with(
        PP,
        "2024-06-01",
        None,
        Some("strict"),
        honest(vec![stay("2019-03-01", "2019-04-28")]),
    );
    assert_eq!(
        r.figures["years"],
        json!([{"year": 2019, "days": 59, "counted": false}])
    );
    let r = run_with(
        PP,
        "2024-06-01",
        None,
        Some("strict"),
        honest(vec![stay("2019-03-01", "2019-04-29")]),
    );
    assert_eq!(
        r.figures["years"],
        json!([{"year": 2019, "days": 60, "counted": true}])
    );
    // Strict, ongoing: from ..= as_of.
    let r = run_with(
        PP,
        "2024-03-01",
        None,
        Some("strict"),
        honest(vec![ongoing("2024-01-01")]),
    );
    assert_eq!(int_fig(&r, "longestStayDays"), 61);
    // The stay already covers 61 days; the latest return covers 730 - 1 = 729 days.
    assert_eq!(
        date_fig(&r, "latestReturnDate").as_deref(),
        Some("2025-12-29")
    );
}

#[test]
fn an_ongoing_stay_can_end_today_at_the_latest() {
    // Default counting: on 2025-12-30 the stay from 2024-01-01 has 729 days abroad; the person
    // is abroad today, so the earliest (and latest) return is tomorrow.
    let r = run(PP, "2025-12-30", honest(vec![ongoing("2024-01-01")]));
    assert_eq!(int_fig(&r, "longestStayDays"), 729);
    assert_eq!(
        date_fig(&r, "latestReturnDate").as_deref(),
        Some("2025-12-31")
    );
    // On 2025-12-31 the stay has reached 730 days (limit exceeded), but coming back today
    // (C2 rev. 2: today is the earliest return) leaves 729 days abroad: today is the latest.
    let r = run(PP, "2025-12-31", honest(vec![ongoing("2024-01-01")]));
    assert_eq!(r.outcome, Some(Outcome::LimitExceeded));
    assert_eq!(
        date_fig(&r, "latestReturnDate").as_deref(),
        Some("2025-12-31")
    );
    // Strict counting: the day of coming back is a day abroad, so coming back today
    // (2025-12-29, the 729th day) is the latest.
    let r = run_with(
        PP,
        "2025-12-29",
        None,
        Some("strict"),
        honest(vec![ongoing("2024-01-01")]),
    );
    assert_eq!(int_fig(&r, "longestStayDays"), 729);
    assert_eq!(
        date_fig(&r, "latestReturnDate").as_deref(),
        Some("2025-12-29")
    );
    let r = run_with(
        PP,
        "2025-12-30",
        None,
        Some("strict"),
        honest(vec![ongoing("2024-01-01")]),
    );
    assert_eq!(date_fig(&r, "latestReturnDate"), None);
}

// ---------------------------------------------------------------------------------------------
// Planning: the latest return date, checked by evaluating again with the trip as a stay
// ---------------------------------------------------------------------------------------------

/// `stays` plus the trip `{from, to}`: (continuous met, four-year met) as C10 (rev. 2) reads
/// them, counted by hand ([`model_c10`]).
fn kept_with(
    as_of: &str,
    counting: Option<&str>,
    stays: &[Value],
    from: &str,
    to: &str,
) -> (bool, bool) {
    let record: Vec<S> = stays
        .iter()
        .map(|s| S {
            from: d(s["from"].as_str().unwrap()),
            to: s["to"].as_str().map(d),
        })
        .collect();
    let trip = S {
        from: d(from),
        to: Some(d(to)),
    };
    model_c10(&record, trip, d(as_of), counting == Some("strict"))
}

/// Plans a trip from `from` after `stays`, checks the answer by re-evaluation and returns it.
fn check_plan(as_of: &str, stays: Vec<Value>, from: &str) -> (Option<String>, Value) {
    let r = run(PP, as_of, with_trip(honest(stays.clone()), from, None));
    assert_ok(&r);
    let latest = date_fig(&r, "latestReturnDate");
    let rule = r.figures["latestReturnRule"].clone();
    match &latest {
        Some(latest) => {
            assert_eq!(kept_with(as_of, None, &stays, from, latest), (true, true));
            let next = iso(add_days(d(latest), 1));
            let after = kept_with(as_of, None, &stays, from, &next);
            assert_ne!(after, (true, true), "a day later must break a rule");
            let expected_rule = if !after.0 { CONTINUOUS } else { FOUR_YEAR };
            assert_eq!(rule, json!(expected_rule));
            assert!(explanation(&r, expected_rule).contains("If you leave on"));
        }
        None => {
            assert_ne!(kept_with(as_of, None, &stays, from, from), (true, true));
            assert_eq!(rule, Value::Null);
        }
    }
    (latest, rule)
}

#[test]
fn planning_with_nothing_recorded_is_two_years_less_a_day() {
    let (latest, rule) = check_plan("2024-11-21", vec![], "2025-01-01");
    // {2025-01-01, 2027-01-01} lasts 729 days.
    assert_eq!(latest.as_deref(), Some("2027-01-01"));
    assert_eq!(rule, json!(CONTINUOUS));
}

#[test]
fn planning_where_the_four_year_rule_sets_the_date() {
    // 364 counted days in 2023. A trip from 2025-01-01 adds 364 days in 2025; 2026 days do not
    // count while 2026 has fewer than 60, so the latest return is 2026-03-01 (59 days in
    // 2026: 728 counted); coming back on 2026-03-02 makes 2026 count: 788.
    let stays = vec![stay("2023-01-01", "2024-01-01")];
    let (latest, rule) = check_plan("2024-11-21", stays, "2025-01-01");
    assert_eq!(latest.as_deref(), Some("2026-03-01"));
    assert_eq!(rule, json!(FOUR_YEAR));
}

#[test]
fn planning_across_several_histories() {
    let histories: Vec<(Vec<Value>, &str)> = vec![
        (vec![stay("2020-01-01", "2020-09-01")], "2021-01-01"),
        (
            vec![
                stay("2018-03-01", "2018-11-01"),
                stay("2019-06-01", "2020-02-01"),
            ],
            "2020-12-24",
        ),
        // The trip starts exactly 15 months after the last return: a fresh period.
        (vec![stay("2019-01-01", "2020-06-01")], "2021-09-01"),
        // One day earlier: the same period, so the four-year rule bites sooner.
        (vec![stay("2019-01-01", "2020-06-01")], "2021-08-31"),
        // Short stays that count nothing now, but will once the trip fills their years.
        (
            vec![
                stay("2024-02-01", "2024-03-01"),
                stay("2024-10-01", "2024-10-20"),
            ],
            "2024-11-01",
        ),
        // Already exceeded: C10 (rev. 2) looks only at the windows holding a day of the trip,
        // so a trip adding no day abroad (back the next day) still keeps them.
        (vec![stay("2019-01-01", "2021-06-01")], "2022-01-01"),
        (vec![stay("2019-01-01", "2020-12-01")], "2020-12-01"),
    ];
    let mut rules = BTreeSet::new();
    for (stays, from) in histories {
        let (_, rule) = check_plan("2020-11-21", stays, from);
        rules.insert(rule.to_string());
    }
    assert!(rules.contains(&json!(CONTINUOUS).to_string()));
    assert!(rules.contains(&json!(FOUR_YEAR).to_string()));
}

#[test]
fn fresh_period_gives_a_full_two_years() {
    let (fresh, _) = check_plan(
        "2020-11-21",
        vec![stay("2019-01-01", "2020-06-01")],
        "2021-09-01",
    );
    let (same, rule) = check_plan(
        "2020-11-21",
        vec![stay("2019-01-01", "2020-06-01")],
        "2021-08-31",
    );
    assert_eq!(fresh.as_deref(), Some("2023-09-01"));
    // Same period: 364 + 152 days in 2019-2020 count with the trip's 122 days in 2021, so 2022
    // may hold 91: back on 2022-04-02 (729 in all), not later.
    assert_eq!(same.as_deref(), Some("2022-04-02"));
    assert_eq!(rule, json!(FOUR_YEAR));
}

#[test]
fn planning_for_an_ongoing_stay_where_the_four_year_rule_sets_the_date() {
    let stays = vec![stay("2023-03-01", "2023-09-01"), ongoing("2024-06-01")];
    let as_of = "2025-01-15";
    let r = run(PP, as_of, honest(stays));
    assert_ok(&r);
    let latest = date_fig(&r, "latestReturnDate").expect("a return date");
    assert_eq!(r.figures["latestReturnRule"], json!(FOUR_YEAR));
    let recorded = vec![stay("2023-03-01", "2023-09-01")];
    assert_eq!(
        kept_with(as_of, None, &recorded, "2024-06-01", &latest),
        (true, true)
    );
    let next = iso(add_days(d(&latest), 1));
    assert_eq!(
        kept_with(as_of, None, &recorded, "2024-06-01", &next),
        (true, false)
    );
    assert!(explanation(&r, FOUR_YEAR).contains("For the stay you are on now"));
}

#[test]
fn planned_return_date_is_judged() {
    let stays = vec![stay("2023-01-01", "2024-01-01")];
    let r = run(
        PP,
        "2024-11-21",
        with_trip(honest(stays.clone()), "2025-01-01", Some("2026-03-01")),
    );
    assert_ok(&r);
    assert_eq!(r.figures["plannedReturnWithinLimits"], json!(true));
    let r = run(
        PP,
        "2024-11-21",
        with_trip(honest(stays), "2025-01-01", Some("2026-03-02")),
    );
    assert_eq!(r.figures["plannedReturnWithinLimits"], json!(false));
    assert_eq!(
        date_fig(&r, "latestReturnDate").as_deref(),
        Some("2026-03-01")
    );
    let r = run(
        PP,
        "2024-11-21",
        with_trip(honest(vec![]), "2025-01-01", None),
    );
    assert!(!r.figures.contains_key("plannedReturnWithinLimits"));
}

#[test]
fn a_planned_trip_never_changes_the_outcome_or_the_other_figures() {
    let stays = vec![
        stay("2016-02-28", "2017-01-01"),
        stay("2017-12-01", "2017-12-12"),
        stay("2019-01-02", "2020-02-29"),
    ];
    let planning = [
        "latestReturnDate",
        "latestReturnRule",
        "plannedReturnWithinLimits",
    ];
    let strip = |r: &permit_check::Response| -> Map<String, Value> {
        r.figures
            .iter()
            .filter(|(k, _)| !planning.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    let without = run(PP, "2021-01-01", honest(stays.clone()));
    let with = run(
        PP,
        "2021-01-01",
        with_trip(honest(stays), "2021-02-01", Some("2022-06-01")),
    );
    assert_ok(&with);
    assert_eq!(with.outcome, without.outcome);
    assert_eq!(strip(&with), strip(&without));
    for (a, b) in with.criteria.iter().zip(&without.criteria) {
        assert_eq!(
            (a.status, a.borderline, &a.figures),
            (b.status, b.borderline, &b.figures)
        );
    }
    // The trip would break the four-year rule, yet the record is still within limits.
    assert_eq!(with.figures["plannedReturnWithinLimits"], json!(false));
    assert_eq!(with.outcome, Some(Outcome::WithinLimits));
}

#[test]
fn a_planned_trip_before_a_booked_stay_is_capped_by_it() {
    let stays = vec![stay("2025-03-01", "2025-03-10")];
    let r = run(
        PP,
        "2024-11-21",
        with_trip(honest(stays), "2025-01-01", Some("2025-02-01")),
    );
    assert_ok(&r);
    assert_eq!(
        date_fig(&r, "latestReturnDate").as_deref(),
        Some("2025-03-01")
    );
    assert_eq!(r.figures["latestReturnRule"], Value::Null);
    assert_eq!(r.figures["plannedReturnWithinLimits"], json!(true));
}

#[test]
fn a_planned_trip_after_an_exceeded_record_has_no_return_date() {
    let r = run(
        PP,
        "2024-11-21",
        with_trip(
            honest(vec![stay("2019-01-01", "2021-06-01")]),
            "2025-01-01",
            Some("2025-01-05"),
        ),
    );
    assert_ok(&r);
    assert_eq!(r.outcome, Some(Outcome::LimitExceeded));
    // C10 (rev. 2): the old stay broke the rule, but the trip begins a new period (15 months
    // later) and only its own windows count: it may last up to two years less a day.
    assert_eq!(
        date_fig(&r, "latestReturnDate").as_deref(),
        Some("2027-01-01")
    );
    assert_eq!(r.figures["plannedReturnWithinLimits"], json!(true));
}

// ---------------------------------------------------------------------------------------------
// The exemption; languages
// ---------------------------------------------------------------------------------------------

#[test]
fn exemption_may_apply_only_when_all_four_hold() {
    let all = json!({
        "familyImmigrationPermit": true,
        "preventedFromReturning": true,
        "victimOfAbuse": true,
        "relationshipEnded": true,
    });
    let r = run(PP, "2026-11-21", json!({ "abuseExemption": all.clone() }));
    assert_ok(&r);
    assert_eq!(r.extra["exemptionMayApply"], json!(true));
    for key in [
        "familyImmigrationPermit",
        "preventedFromReturning",
        "victimOfAbuse",
        "relationshipEnded",
    ] {
        for other in [json!(false), Value::Null] {
            let mut answers = all.clone();
            answers[key] = other.clone();
            let r = run(PP, "2026-11-21", json!({ "abuseExemption": answers }));
            assert_eq!(
                r.extra["exemptionMayApply"],
                json!(false),
                "{key} = {other}"
            );
        }
    }
    let r = run(PP, "2026-11-21", json!({ "abuseExemption": null }));
    assert_eq!(r.extra["exemptionMayApply"], json!(false));
    // It does not change the outcome: the limits are still reported as exceeded.
    let r = run(
        PP,
        "2026-11-21",
        json!({ "abuseExemption": all, "stays": [stay("2018-01-01", "2021-01-01")] }),
    );
    assert_eq!(r.outcome, Some(Outcome::LimitExceeded));
    assert_eq!(r.extra["exemptionMayApply"], json!(true));
}

#[test]
fn explanations_in_norwegian_and_ukrainian() {
    let input = with_trip(
        honest(vec![stay("2021-01-01", "2023-01-02")]),
        "2024-01-01",
        None,
    );
    let en = run_with(PP, "2024-06-01", Some("en"), None, input.clone());
    let nb = run_with(PP, "2024-06-01", Some("nb"), None, input.clone());
    let uk = run_with(PP, "2024-06-01", Some("uk"), None, input);
    for r in [&en, &nb, &uk] {
        assert_ok(r);
        assert_eq!(r.outcome, Some(Outcome::LimitExceeded));
        assert_eq!(
            r.figures, en.figures,
            "figures do not depend on the language"
        );
    }
    let c = explanation(&nb, CONTINUOUS);
    assert!(c.contains("730 dager"), "{c}");
    assert!(c.contains("1. januar 2023"), "{c}");
    assert!(c.contains("sammenhengende"), "{c}");
    let c = explanation(&uk, CONTINUOUS);
    assert!(c.contains("730 днів"), "{c}");
    assert!(c.contains("1 січня 2023"), "{c}");
    let f = explanation(&nb, FOUR_YEAR);
    assert!(f.contains("kalenderår"), "{f}");
    let f = explanation(&uk, FOUR_YEAR);
    assert!(f.contains("календарні роки"), "{f}");
    for id in [CONTINUOUS, FOUR_YEAR, INFORMATION] {
        assert_ne!(explanation(&en, id), explanation(&nb, id));
        assert_ne!(explanation(&en, id), explanation(&uk, id));
        assert_ne!(explanation(&nb, id), explanation(&uk, id));
    }
    // Error messages too.
    let r = run_with(
        PP,
        "2024-06-01",
        Some("nb"),
        None,
        json!({ "stays": [stay("2021-01-05", "2021-01-01")] }),
    );
    assert_only_error(&r, "stays[0].to");
    assert!(r.errors[0].message.contains("Opphold 1"), "{:?}", r.errors);
    let r = run_with(
        PP,
        "2024-06-01",
        Some("uk"),
        None,
        json!({ "plannedTrip": { "from": "2025-01-05", "to": "2025-01-01" } }),
    );
    assert_only_error(&r, "plannedTrip.to");
    assert!(r.errors[0].message.contains("повернення"), "{:?}", r.errors);
}

// ---------------------------------------------------------------------------------------------
// Bad input (C8)
// ---------------------------------------------------------------------------------------------

#[test]
fn a_date_that_does_not_exist_is_an_error() {
    let r = run(
        PP,
        "2026-11-21",
        json!({ "stays": [stay("1970-02-30", "1970-03-10")] }),
    );
    assert_only_error(&r, "stays[0].from");
    assert!(r.errors[0].message.contains("does not exist"));
}

#[test]
fn a_word_instead_of_a_date_is_an_error() {
    let r = run(
        PP,
        "2026-11-21",
        json!({ "plannedTrip": { "from": "yesterday" } }),
    );
    assert_only_error(&r, "plannedTrip.from");
    let r = run(
        PP,
        "2026-11-21",
        json!({ "stays": [stay("2020-01-01", "yesterday")] }),
    );
    assert_only_error(&r, "stays[0].to");
}

#[test]
fn stays_as_a_string_is_an_error() {
    let r = run(
        PP,
        "2026-11-21",
        json!({ "stays": "2020-01-01 to 2020-02-01" }),
    );
    assert_only_error(&r, "stays");
}

#[test]
fn overlapping_stays_are_an_error() {
    let r = run(
        PP,
        "2026-11-21",
        json!({ "stays": [stay("2020-01-01", "2020-03-01"), stay("2020-02-01", "2020-04-01")] }),
    );
    assert_only_error(&r, "stays[1].from");
    // Touching stays (back and off again the same day) are fine.
    let r = run(
        PP,
        "2026-11-21",
        json!({ "stays": [stay("2020-01-01", "2020-03-01"), stay("2020-03-01", "2020-04-01")] }),
    );
    assert_ok(&r);
}

#[test]
fn a_return_before_the_departure_is_an_error() {
    let r = run(
        PP,
        "2026-11-21",
        json!({ "stays": [stay("2020-03-01", "2020-02-01")] }),
    );
    assert_only_error(&r, "stays[0].to");
    let r = run(
        PP,
        "2026-11-21",
        json!({ "plannedTrip": { "from": "2027-03-01", "to": "2027-02-01" } }),
    );
    assert_only_error(&r, "plannedTrip.to");
}

#[test]
fn a_planned_trip_overlapping_a_stay_is_an_error() {
    let stays = vec![stay("2027-01-01", "2027-02-01")];
    // Leaves during the recorded stay.
    let r = run(
        PP,
        "2026-11-21",
        with_trip(json!({ "stays": stays.clone() }), "2027-01-15", None),
    );
    assert_only_error(&r, "plannedTrip.from");
    // Leaves before it and comes back during it.
    let r = run(
        PP,
        "2026-11-21",
        with_trip(
            json!({ "stays": stays.clone() }),
            "2026-12-01",
            Some("2027-01-02"),
        ),
    );
    assert_only_error(&r, "plannedTrip.from");
    // Leaves before it with no return date: it would run into the stay.
    let r = run(
        PP,
        "2026-11-21",
        with_trip(json!({ "stays": stays.clone() }), "2026-12-01", None),
    );
    assert_only_error(&r, "plannedTrip.from");
    assert!(r.errors[0].message.contains("no return date"));
    // Leaves on the day of coming back: fine.
    let r = run(
        PP,
        "2026-11-21",
        with_trip(json!({ "stays": stays }), "2027-02-01", None),
    );
    assert_ok(&r);
}

#[test]
fn a_planned_trip_while_still_abroad_is_an_error() {
    let stays = vec![ongoing("2026-10-01")];
    for from in ["2026-09-01", "2026-10-15", "2026-12-01"] {
        let r = run(
            PP,
            "2026-11-21",
            with_trip(json!({ "stays": stays.clone() }), from, None),
        );
        assert_only_error(&r, "plannedTrip.from");
        assert!(r.errors[0].message.contains("still abroad"));
    }
}

#[test]
fn answers_of_the_wrong_type_are_errors_with_their_field() {
    let r = run(
        PP,
        "2026-11-21",
        json!({ "gaveIncorrectInformation": "no" }),
    );
    assert_only_error(&r, "gaveIncorrectInformation");
    let r = run(
        PP,
        "2026-11-21",
        json!({ "abuseExemption": { "victimOfAbuse": 1 } }),
    );
    assert_only_error(&r, "abuseExemption.victimOfAbuse");
    let r = run(PP, "2026-11-21", json!({ "abuseExemption": [true] }));
    assert_only_error(&r, "abuseExemption");
    let r = run(PP, "2026-11-21", json!({ "plannedTrip": "soon" }));
    assert_only_error(&r, "plannedTrip");
    let r = run(PP, "2026-11-21", json!([1, 2]));
    assert_only_error(&r, "input");
}

#[test]
fn every_problem_is_reported_at_once() {
    let r = run(
        PP,
        "2026-11-21",
        json!({
            "stays": [stay("2020-01-01", "2020-03-01"), stay("2020-02-01", "2020-04-01")],
            "withheldInformation": "maybe",
        }),
    );
    assert_eq!(r.outcome, None);
    let mut f = error_fields(&r);
    f.sort();
    assert_eq!(f, vec!["stays[1].from", "withheldInformation"]);
}

// ---------------------------------------------------------------------------------------------
// A day-by-day reference model of RULES.md §2, for the property tests
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct S {
    from: Date,
    to: Option<Date>,
}

struct Model {
    longest: i64,
    max_four_year: i64,
    exceeded_on: Option<Date>,
    continuous_met: bool,
    four_year_met: bool,
}

/// The days abroad of a stay, one by one (C3).
fn model_days(s: &S, as_of: Date, strict: bool) -> Vec<Date> {
    let mut out = Vec::new();
    let (mut day, last) = if strict {
        (s.from, s.to.unwrap_or(as_of))
    } else {
        (
            add_days(s.from, 1),
            add_days(s.to.unwrap_or(add_days(as_of, 1)), -1),
        )
    };
    while day <= last {
        out.push(day);
        day = add_days(day, 1);
    }
    out
}

fn model(stays: &[S], as_of: Date, strict: bool) -> Model {
    let mut stays = stays.to_vec();
    stays.sort_by_key(|s| s.from);
    let per_stay: Vec<Vec<Date>> = stays.iter().map(|s| model_days(s, as_of, strict)).collect();
    let longest = per_stay.iter().map(|v| v.len() as i64).max().unwrap_or(0);
    let all: BTreeSet<Date> = per_stay.iter().flatten().copied().collect();
    let mut per_year = std::collections::BTreeMap::<i32, i64>::new();
    for day in &all {
        *per_year.entry(day.year()).or_default() += 1;
    }
    // Periods: a new one where the next departure is 15 months or more after the last return.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for i in 0..stays.len() {
        let new = match i.checked_sub(1) {
            None => true,
            Some(p) => {
                let back = stays[p].to.unwrap_or(add_days(as_of, 1));
                stays[i].from >= add_months(back, 15)
            }
        };
        if new {
            groups.push(vec![i]);
        } else {
            groups.last_mut().unwrap().push(i);
        }
    }
    let mut max_four_year = 0;
    let mut four_year_on: Option<Date> = None;
    for g in &groups {
        let counted: Vec<Date> = g
            .iter()
            .flat_map(|&i| per_stay[i].iter().copied())
            .filter(|day| per_year[&day.year()] >= 60)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let count = |a: Date, b: Date| {
            (counted.partition_point(|x| *x < b) - counted.partition_point(|x| *x < a)) as i64
        };
        let (Some(&first), Some(&last)) = (counted.first(), counted.last()) else {
            continue;
        };
        let mut start = add_years(first, -4);
        while start <= last {
            max_four_year = max_four_year.max(count(start, add_years(start, 4)));
            start = add_days(start, 1);
        }
        let mut e = first;
        while e <= last {
            let end = add_days(e, 1);
            if count(add_years(end, -4), end) >= 730 {
                four_year_on = Some(four_year_on.map_or(e, |x| x.min(e)));
                break;
            }
            e = add_days(e, 1);
        }
    }
    let continuous_on = per_stay.iter().filter_map(|v| v.get(729).copied()).min();
    let four_year_met = max_four_year < 730;
    let four_year_on = if four_year_met { None } else { four_year_on };
    let exceeded_on = match (continuous_on, four_year_on) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    Model {
        longest,
        max_four_year,
        exceeded_on,
        continuous_met: longest < 730,
        four_year_met,
    }
}

/// C10 by hand (rev. 2): with `record` plus the trip, whether the trip alone is under 730 days
/// and every four-year window of the trip's own period that holds a day of the trip counts fewer
/// than 730 days.
fn model_c10(record: &[S], trip: S, as_of: Date, strict: bool) -> (bool, bool) {
    let mut stays = record.to_vec();
    stays.push(trip);
    stays.sort_by_key(|s| (s.from, s.to.is_none(), s.to));
    let at = stays.iter().position(|s| *s == trip).unwrap();
    let per_stay: Vec<Vec<Date>> = stays.iter().map(|s| model_days(s, as_of, strict)).collect();
    let trip_days = &per_stay[at];
    let continuous = (trip_days.len() as i64) < 730;
    let (Some(&first_trip), Some(&last_trip)) = (trip_days.first(), trip_days.last()) else {
        return (continuous, true);
    };
    let all: BTreeSet<Date> = per_stay.iter().flatten().copied().collect();
    let mut per_year = std::collections::BTreeMap::<i32, i64>::new();
    for day in &all {
        *per_year.entry(day.year()).or_default() += 1;
    }
    // The trip's period: back to the last 15-month gap before it, on to the first after it.
    let gap = |p: usize, n: usize| {
        stays[n].from >= add_months(stays[p].to.unwrap_or(add_days(as_of, 1)), 15)
    };
    let mut lo = at;
    while lo > 0 && !gap(lo - 1, lo) {
        lo -= 1;
    }
    let mut hi = at;
    while hi + 1 < stays.len() && !gap(hi, hi + 1) {
        hi += 1;
    }
    let counted: Vec<Date> = (lo..=hi)
        .flat_map(|i| per_stay[i].iter().copied())
        .filter(|day| per_year[&day.year()] >= 60)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let count = |a: Date, b: Date| {
        (counted.partition_point(|x| *x < b) - counted.partition_point(|x| *x < a)) as i64
    };
    let mut ok = true;
    let mut w = add_days(add_years(first_trip, -4), -1);
    while w <= last_trip && ok {
        let end = add_years(w, 4);
        let holds_trip = trip_days.iter().any(|t| w <= *t && *t < end);
        if holds_trip {
            ok = count(w, end) < 730;
        }
        w = add_days(w, 1);
    }
    (continuous, ok)
}

fn stays_json(stays: &[S]) -> Vec<Value> {
    stays
        .iter()
        .map(|s| json!({ "from": iso(s.from), "to": s.to.map(iso) }))
        .collect()
}

/// Small random histories: up to six stays from 2010 on, gaps of up to ~20 months, lengths up
/// to `max_len` days; the last may still be going on. Returns the stays, `asOf` and whether to
/// count strictly.
fn history(max_len: i64) -> impl Strategy<Value = (Vec<S>, Date, bool)> {
    (
        0i64..400,
        prop::collection::vec((0i64..620, 0i64..max_len), 0..6),
        any::<bool>(),
        0i64..300,
        any::<bool>(),
    )
        .prop_map(|(start, parts, last_ongoing, tail, strict)| {
            let mut day = add_days(d("2010-01-01"), start);
            let mut stays = Vec::new();
            for (gap, len) in parts {
                let from = add_days(day, gap);
                let to = add_days(from, len);
                stays.push(S { from, to: Some(to) });
                day = to;
            }
            let as_of = if let (true, Some(last)) = (last_ongoing, stays.last_mut()) {
                let as_of = last.to.unwrap();
                last.to = None;
                as_of
            } else {
                add_days(day, tail)
            };
            (stays, as_of, strict)
        })
}

/// Any JSON value, with date-like strings among the leaves.
fn any_json() -> impl Strategy<Value = Value> {
    let date_like = (0i32..=10000, 0u32..=13, 0u32..=32)
        .prop_map(|(y, m, d)| Value::from(format!("{y:04}-{m:02}-{d:02}")));
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
        date_like,
        Just(json!("0001-01-01")),
        Just(json!("9999-12-31")),
        Just(json!("2020-02-29")),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("from".to_string()),
                    Just("to".to_string()),
                    Just("schengen".to_string()),
                    ".{0,6}".prop_map(|s| s),
                ],
                inner,
                0..4
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A date anywhere in the four-digit years.
fn any_date() -> impl Strategy<Value = Date> {
    (0i64..3_652_058).prop_map(|n| add_days(d("0001-01-01"), n))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_panics_on_any_input(
        stays in prop_oneof![any_json(), prop::collection::vec(any_json(), 0..5).prop_map(Value::Array)],
        trip in any_json(),
        info in prop::collection::vec(any_json(), 3),
        exemption in any_json(),
        as_of in "(2026-11-21|0001-01-01|9999-12-31|yesterday)",
        locale in "(en|nb|uk|fr)",
        strict in any::<bool>(),
    ) {
        let input = json!({
            "stays": stays,
            "plannedTrip": trip,
            "gaveIncorrectInformation": info[0],
            "withheldInformation": info[1],
            "incorrectIdentity": info[2],
            "abuseExemption": exemption,
        });
        let response = request(PP, &as_of, input)
            .locale(locale.as_str())
            .counting(strict.then_some("strict"))
            .run();
        prop_assert_eq!(response.outcome.is_none(), !response.errors.is_empty());
    }

    #[test]
    fn never_panics_on_valid_dates_anywhere_in_the_calendar(
        dates in prop::collection::vec((any_date(), prop::option::of(any_date())), 0..5),
        trip in prop::option::of((any_date(), prop::option::of(any_date()))),
        as_of in any_date(),
        strict in any::<bool>(),
    ) {
        let stays: Vec<Value> = dates
            .iter()
            .map(|(a, b)| json!({ "from": iso(*a), "to": b.map(iso) }))
            .collect();
        let mut input = json!({ "stays": stays });
        if let Some((from, to)) = trip {
            input["plannedTrip"] = json!({ "from": iso(from), "to": to.map(iso) });
        }
        let response = request(PP, &iso(as_of), input)
            .counting(strict.then_some("strict"))
            .run();
        prop_assert_eq!(response.outcome.is_none(), !response.errors.is_empty());
    }

    #[test]
    fn figures_equal_the_day_by_day_model((stays, as_of, strict) in history(900)) {
        let counting = strict.then_some("strict");
        let r = run_with(PP, &iso(as_of), None, counting, honest(stays_json(&stays)));
        prop_assert!(r.errors.is_empty(), "{:?}", r.errors);
        let m = model(&stays, as_of, strict);
        prop_assert_eq!(int_fig(&r, "longestStayDays"), m.longest);
        prop_assert_eq!(int_fig(&r, "maxFourYearDays"), m.max_four_year);
        prop_assert_eq!(date_fig(&r, "exceededOn"), m.exceeded_on.map(iso));
        prop_assert_eq!(status(&r, CONTINUOUS) == Status::Met, m.continuous_met);
        prop_assert_eq!(status(&r, FOUR_YEAR) == Status::Met, m.four_year_met);
        let expected = if m.continuous_met && m.four_year_met { Outcome::WithinLimits } else { Outcome::LimitExceeded };
        prop_assert_eq!(r.outcome, Some(expected));
        // The reported window holds the reported maximum.
        if let Some(w) = r.figures["maxFourYearWindow"].as_object() {
            let start = d(w["start"].as_str().unwrap());
            let end = d(w["end"].as_str().unwrap());
            prop_assert_eq!(add_days(end, 1), add_years(start, 4));
        } else {
            prop_assert_eq!(m.max_four_year, 0);
        }
    }

    #[test]
    fn latest_return_date_re_evaluates((stays, as_of, strict) in history(500), gap in 0i64..700) {
        let counting = strict.then_some("strict");
        let has_ongoing = stays.last().is_some_and(|s| s.to.is_none());
        // Plan a trip after the record, or (with a stay going on) the ongoing stay itself.
        let (record, from, lo) = if has_ongoing {
            let mut record = stays.clone();
            let last = record.pop().unwrap();
            // C2 (rev. 2): coming back today is the earliest return.
            (record, last.from, as_of.max(last.from))
        } else {
            let after = stays.last().and_then(|s| s.to).unwrap_or(as_of);
            let from = add_days(after, gap);
            (stays.clone(), from, from)
        };
        let mut input = honest(stays_json(&stays));
        if !has_ongoing {
            input["plannedTrip"] = json!({ "from": iso(from), "to": null });
        }
        let r = run_with(PP, &iso(as_of), None, counting, input);
        prop_assert!(r.errors.is_empty(), "{:?}", r.errors);
        // C10 (rev. 2): the trip alone for the continuous rule, the windows holding a day of it
        // for the four-year rule, counted by hand.
        let kept = |to: Date| model_c10(&record, S { from, to: Some(to) }, as_of, strict);
        match date_fig(&r, "latestReturnDate") {
            Some(latest) => {
                let latest = d(&latest);
                prop_assert!(latest >= lo);
                prop_assert_eq!(kept(latest), (true, true));
                let after = kept(add_days(latest, 1));
                prop_assert_ne!(after, (true, true));
                let rule = if !after.0 { CONTINUOUS } else { FOUR_YEAR };
                prop_assert_eq!(&r.figures["latestReturnRule"], &json!(rule));
            }
            None => {
                prop_assert_ne!(kept(lo), (true, true));
                prop_assert_eq!(&r.figures["latestReturnRule"], &Value::Null);
            }
        }
    }
}

/// The planned trip's own return date is answered in the summary: in time, or too late (the
/// same test as `plannedReturnWithinLimits`).
#[test]
fn the_summary_says_whether_the_planned_return_is_in_time() {
    let trip = |to: &str| json!({"stays": [], "plannedTrip": {"from": "2027-01-10", "to": to}});
    let late = run(PP, "2026-12-01", trip("2029-12-31"));
    assert_eq!(late.figures["plannedReturnWithinLimits"], json!(false));
    let summary = late.summary.clone().unwrap_or_default();
    assert!(
        summary.contains("on 31 December 2029, is too late."),
        "{summary}"
    );
    let soon = run(PP, "2026-12-01", trip("2027-02-10"));
    assert_eq!(soon.figures["plannedReturnWithinLimits"], json!(true));
    let summary = soon.summary.clone().unwrap_or_default();
    assert!(
        summary.contains("on 10 February 2027, is in time."),
        "{summary}"
    );
}
