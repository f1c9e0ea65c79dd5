//! Audit of `travel-limits` (RULES.md § 3), `work-permit` (RULES.md § 4) and the API contract
//! (API.md) for all four checkers, written from the spec alone before reading the checkers' code.
//! Every case goes through the public JSON API (`evaluate_json`). The arithmetic is in the
//! comments; C3 = days strictly between `from` and `to` (`to - from - 1`), C4 = `from..=to`.

mod common;

use common::json::{ask, borderline, call, criterion, failure_fields, no_errors, outcome, status};
use common::{cyrillic, TL, TL_IDS, WP, WP_IDS};
use permit_check::api::{evaluate_json, CHECKERS};
use serde_json::{json, Value};

/// The date of every work-permit case here.
const WP_AS_OF: &str = "2026-01-15";

/// A multi-year humanitarian permit (2025-01-01 + 3 years) with these stays, as of 2026-06-01.
fn multi(stays: Value) -> Value {
    ask(
        TL,
        "2026-06-01",
        json!({ "situation": "temporary-permit", "permitBasis": "humanitarian",
                "permitStart": "2025-01-01", "permitEnd": "2028-01-01", "stays": stays }),
    )
}

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
// travel-limits: tl.half-time, one-year permit
// ------------------------------------------------------------------------------------------

#[test]
fn half_time_one_year_182_is_met_and_borderline() {
    // 2025-03-01 -> 2025-08-31: Mar 31 + Apr 30 + May 31 + Jun 30 + Jul 31 + Aug 30 = 183 days
    // between; C3: 183 - 1 = 182 days abroad (Mar 2 ..= Aug 30). "At most 182": met; |182-182|
    // <= 7 → borderline.
    let r = one_year(
        "2025-12-01",
        json!([{ "from": "2025-03-01", "to": "2025-08-31" }]),
        Value::Null,
    );
    no_errors(&r);
    assert_eq!(status(&r, "tl.half-time"), "met");
    assert!(borderline(&r, "tl.half-time"));
    assert_eq!(r["figures"]["daysAbroadInPermitYear"], 182);
    assert_eq!(outcome(&r), "within-limits");
}

#[test]
fn half_time_one_year_183_is_exceeded() {
    // to one day later (2025-09-01): 184 - 1 = 183 days abroad → "exceeded at 183".
    let r = one_year(
        "2025-12-01",
        json!([{ "from": "2025-03-01", "to": "2025-09-01" }]),
        Value::Null,
    );
    no_errors(&r);
    assert_eq!(status(&r, "tl.half-time"), "not-met");
    assert!(borderline(&r, "tl.half-time"));
    assert_eq!(r["figures"]["daysAbroadInPermitYear"], 183);
    assert_eq!(outcome(&r), "limit-exceeded");
}

#[test]
fn half_time_one_year_181_is_met() {
    // to 2025-08-30: 182 - 1 = 181 days.
    let r = one_year(
        "2025-12-01",
        json!([{ "from": "2025-03-01", "to": "2025-08-30" }]),
        Value::Null,
    );
    assert_eq!(status(&r, "tl.half-time"), "met");
    assert_eq!(r["figures"]["daysAbroadInPermitYear"], 181);
}

#[test]
fn half_time_far_from_limit_is_not_borderline() {
    // 2025-03-01 -> 2025-03-10: 9 - 1 = 8 days.
    let r = one_year(
        "2025-12-01",
        json!([{ "from": "2025-03-01", "to": "2025-03-10" }]),
        Value::Null,
    );
    assert_eq!(r["figures"]["daysAbroadInPermitYear"], 8);
    assert!(!borderline(&r, "tl.half-time"));
    assert_eq!(outcome(&r), "within-limits");
}

#[test]
fn half_time_one_year_counts_only_inside_the_permit_year() {
    // Stay 2024-12-01 -> 2025-02-01 covers 2024-12-02 ..= 2025-01-31 (61 days); inside
    // [2025-01-01, 2026-01-01) only 2025-01-01 ..= 2025-01-31 = 31 days.
    let r = one_year(
        "2025-12-01",
        json!([{ "from": "2024-12-01", "to": "2025-02-01" }]),
        Value::Null,
    );
    no_errors(&r);
    assert_eq!(r["figures"]["daysAbroadInPermitYear"], 31);
}

#[test]
fn half_time_strict_counting_counts_both_travel_days() {
    // 2025-03-01 -> 2025-08-29: 181 days between. Default C3: 180. Strict: 181 + 1 = 182.
    let input = json!({ "situation": "temporary-permit", "permitBasis": "other",
        "permitStart": "2025-01-01", "permitEnd": "2026-01-01",
        "stays": [{ "from": "2025-03-01", "to": "2025-08-29" }] });
    let d = call(json!({ "checker": "travel-limits", "asOf": "2025-12-01", "input": input }));
    assert_eq!(d["figures"]["daysAbroadInPermitYear"], 180);
    let s = call(
        json!({ "checker": "travel-limits", "asOf": "2025-12-01", "counting": "strict",
                        "input": input }),
    );
    assert_eq!(s["figures"]["daysAbroadInPermitYear"], 182);
    assert_eq!(status(&s, "tl.half-time"), "met");
    // One more day, strict: 183 → exceeded.
    let mut input2 = input.clone();
    input2["stays"][0]["to"] = json!("2025-08-30");
    let s2 = call(
        json!({ "checker": "travel-limits", "asOf": "2025-12-01", "counting": "strict",
                         "input": input2 }),
    );
    assert_eq!(s2["figures"]["daysAbroadInPermitYear"], 183);
    assert_eq!(status(&s2, "tl.half-time"), "not-met");
}

#[test]
fn half_time_ongoing_stay_runs_through_as_of() {
    // C2: to = null → to = asOf + 1. From 2025-03-01, asOf 2025-08-30: (Aug 31 - Mar 1) - 1
    // = 183 - 1 = 182 → met. asOf 2025-08-31: 183 → exceeded.
    let stays = json!([{ "from": "2025-03-01", "to": null }]);
    let r = one_year("2025-08-30", stays.clone(), Value::Null);
    no_errors(&r);
    assert_eq!(r["figures"]["daysAbroadInPermitYear"], 182);
    assert_eq!(status(&r, "tl.half-time"), "met");
    let r = one_year("2025-08-31", stays, Value::Null);
    assert_eq!(r["figures"]["daysAbroadInPermitYear"], 183);
    assert_eq!(status(&r, "tl.half-time"), "not-met");
    assert_eq!(outcome(&r), "limit-exceeded");
}

#[test]
fn one_year_versus_multi_year_on_29_february() {
    // permitStart 2024-02-29: + 1 year = 2025-02-28 (C5). permitEnd 2025-02-28 → one-year
    // permit (daysAbroadInPermitYear); permitEnd 2025-03-01 → multi-year (maxDaysAbroadIn365).
    // Stay 2024-03-01 -> 2024-03-12: 10 days.
    let base = |end: &str| {
        ask(
            TL,
            "2024-06-01",
            json!({ "situation": "temporary-permit", "permitBasis": "other",
                    "permitStart": "2024-02-29", "permitEnd": end,
                    "stays": [{ "from": "2024-03-01", "to": "2024-03-12" }] }),
        )
    };
    let one = base("2025-02-28");
    no_errors(&one);
    assert_eq!(one["figures"]["daysAbroadInPermitYear"], 10);
    let multi = base("2025-03-01");
    no_errors(&multi);
    assert_eq!(multi["figures"]["maxDaysAbroadIn365"], 10);
}

// ------------------------------------------------------------------------------------------
// travel-limits: tl.half-time, multi-year permit (every window [d, d + 365 days), d >= start)
// ------------------------------------------------------------------------------------------

#[test]
fn half_time_multi_year_window_of_exactly_365_days_holds_183() {
    // A: 2025-01-31 -> 2025-05-04 covers 2025-02-01 ..= 2025-05-03 = 28 + 31 + 30 + 3 = 92.
    // B: 2025-11-01 -> 2026-02-01 covers 2025-11-02 ..= 2026-01-31 = 29 + 31 + 31 = 91.
    // Window [2025-02-01, 2026-02-01) (365 days, 2025 not leap) holds both: 183 → exceeded.
    let r = multi(json!([
        { "from": "2025-01-31", "to": "2025-05-04" },
        { "from": "2025-11-01", "to": "2026-02-01" }
    ]));
    no_errors(&r);
    assert_eq!(r["figures"]["maxDaysAbroadIn365"], 183);
    assert_eq!(status(&r, "tl.half-time"), "not-met");
    assert_eq!(outcome(&r), "limit-exceeded");
}

#[test]
fn half_time_multi_year_one_day_later_no_window_holds_183() {
    // B one day later: 2025-11-03 ..= 2026-02-01 (91). Window from 2025-02-01 ends before
    // 2026-02-01 (excluded) → 92 + 90 = 182; window from 2025-02-02 → 91 + 91 = 182. Max 182.
    let r = multi(json!([
        { "from": "2025-01-31", "to": "2025-05-04" },
        { "from": "2025-11-02", "to": "2026-02-02" }
    ]));
    no_errors(&r);
    assert_eq!(r["figures"]["maxDaysAbroadIn365"], 182);
    assert_eq!(status(&r, "tl.half-time"), "met");
    assert!(borderline(&r, "tl.half-time"));
}

#[test]
fn half_time_multi_year_ignores_days_before_permit_start() {
    // Stay 2024-06-01 -> 2025-03-01: 272 days abroad (2024-06-02 ..= 2025-02-28), of which
    // 59 (2025-01-01 ..= 2025-02-28) on or after permitStart. Windows start at d >= permitStart
    // → max 59, met. Permanent (humanitarian, 304 in [2021-06-01, 2026-06-01)): 272 → met.
    let r = multi(json!([{ "from": "2024-06-01", "to": "2025-03-01" }]));
    no_errors(&r);
    assert_eq!(r["figures"]["maxDaysAbroadIn365"], 59);
    assert_eq!(status(&r, "tl.half-time"), "met");
    assert_eq!(r["figures"]["daysAbroadForPermanent"], 272);
    assert_eq!(status(&r, "tl.permanent-residence"), "met");
    assert_eq!(outcome(&r), "within-limits");
}

#[test]
fn half_time_multi_year_single_long_stay_2024_leap() {
    // Permit 2024-01-01 + 3 years; 2024-03-01 -> 2024-08-31: 183 - 1 = 182 → met;
    // -> 2024-09-01: 183 → exceeded.
    let mk = |to: &str| {
        ask(
            TL,
            "2025-01-01",
            json!({ "situation": "temporary-permit", "permitBasis": "other",
                    "permitStart": "2024-01-01", "permitEnd": "2027-01-01",
                    "stays": [{ "from": "2024-03-01", "to": to }] }),
        )
    };
    let r = mk("2024-08-31");
    assert_eq!(r["figures"]["maxDaysAbroadIn365"], 182);
    assert_eq!(status(&r, "tl.half-time"), "met");
    let r = mk("2024-09-01");
    assert_eq!(r["figures"]["maxDaysAbroadIn365"], 183);
    assert_eq!(status(&r, "tl.half-time"), "not-met");
}

// ------------------------------------------------------------------------------------------
// travel-limits: refugees, tl.permanent-residence
// ------------------------------------------------------------------------------------------

#[test]
fn refugee_half_time_not_applied_but_permanent_counts() {
    // Refugee, one-year permit; 2025-01-10 -> 2025-11-16: Jan 22 + Feb 28 + Mar 31 + Apr 30
    // + May 31 + Jun 30 + Jul 31 + Aug 31 + Sep 30 + Oct 31 + Nov 15 = 310 days between
    // → 309 abroad. Half-time: met (does not apply). Permanent (§ 28 → 304 in 5 years): 309
    // > 304 → not met → at-risk (not limit-exceeded).
    let r = ask(
        TL,
        "2026-06-01",
        json!({ "situation": "temporary-permit", "permitBasis": "refugee",
                "permitStart": "2025-01-01", "permitEnd": "2026-01-01",
                "stays": [{ "from": "2025-01-10", "to": "2025-11-16" }] }),
    );
    no_errors(&r);
    assert_eq!(status(&r, "tl.half-time"), "met");
    assert_eq!(r["figures"]["daysAbroadForPermanent"], 309);
    assert_eq!(status(&r, "tl.permanent-residence"), "not-met");
    assert!(borderline(&r, "tl.permanent-residence"));
    assert_eq!(outcome(&r), "at-risk");
}

fn humanitarian_three_stays(last_to: &str) -> Value {
    // Three stays a year apart, none near 182 in any 365-day window:
    // 2022-01-10 -> 2022-04-21: 101 - 1 = 100; 2023-01-10 -> 2023-04-21: 100;
    // 2024-01-10 -> 2024-04-24 (leap): 21 + 29 + 31 + 24 = 105 - 1 = 104 (-> 04-25: 105).
    ask(
        TL,
        "2026-06-01",
        json!({ "situation": "temporary-permit", "permitBasis": "humanitarian",
                "permitStart": "2021-06-01", "permitEnd": "2027-06-01",
                "stays": [
                    { "from": "2022-01-10", "to": "2022-04-21" },
                    { "from": "2023-01-10", "to": "2023-04-21" },
                    { "from": "2024-01-10", "to": last_to }
                ] }),
    )
}

#[test]
fn permanent_humanitarian_304_met_305_exceeded() {
    // 5 years before 2026-06-01: [2021-06-01, 2026-06-01). 100 + 100 + 104 = 304 → met.
    let r = humanitarian_three_stays("2024-04-24");
    no_errors(&r);
    assert_eq!(r["figures"]["daysAbroadForPermanent"], 304);
    assert_eq!(status(&r, "tl.permanent-residence"), "met");
    assert!(borderline(&r, "tl.permanent-residence"));
    assert_eq!(status(&r, "tl.half-time"), "met");
    assert_eq!(outcome(&r), "within-limits");
    // 100 + 100 + 105 = 305 → exceeded → at-risk.
    let r = humanitarian_three_stays("2024-04-25");
    assert_eq!(r["figures"]["daysAbroadForPermanent"], 305);
    assert_eq!(status(&r, "tl.permanent-residence"), "not-met");
    assert_eq!(status(&r, "tl.half-time"), "met");
    assert_eq!(outcome(&r), "at-risk");
}

fn other_two_stays(basis: &str, last_to: &str) -> Value {
    // 2023-07-01 -> 2023-10-10: 31 + 31 + 30 + 9 = 101 - 1 = 100;
    // 2024-09-01 -> 2024-12-24: 30 + 31 + 30 + 23 = 114 - 1 = 113 (-> 12-25: 114).
    ask(
        TL,
        "2026-06-01",
        json!({ "situation": "temporary-permit", "permitBasis": basis,
                "permitStart": "2023-06-01", "permitEnd": "2026-12-01",
                "stays": [
                    { "from": "2023-07-01", "to": "2023-10-10" },
                    { "from": "2024-09-01", "to": last_to }
                ] }),
    )
}

#[test]
fn permanent_other_213_met_214_exceeded() {
    // 3 years before 2026-06-01: [2023-06-01, 2026-06-01). 100 + 113 = 213 → met.
    let r = other_two_stays("other", "2024-12-24");
    no_errors(&r);
    assert_eq!(r["figures"]["daysAbroadForPermanent"], 213);
    assert_eq!(status(&r, "tl.permanent-residence"), "met");
    assert!(borderline(&r, "tl.permanent-residence"));
    // 100 + 114 = 214 → exceeded.
    let r = other_two_stays("other", "2024-12-25");
    assert_eq!(r["figures"]["daysAbroadForPermanent"], 214);
    assert_eq!(status(&r, "tl.permanent-residence"), "not-met");
    assert_eq!(outcome(&r), "at-risk");
}

#[test]
fn permanent_humanitarian_uses_304_not_213() {
    // Same 214 days for a § 38 holder: at most 304 → met, 214 far from 304 → not borderline.
    let r = other_two_stays("humanitarian", "2024-12-25");
    assert_eq!(status(&r, "tl.permanent-residence"), "met");
    assert!(!borderline(&r, "tl.permanent-residence"));
    assert_eq!(outcome(&r), "within-limits");
}

#[test]
fn permanent_window_is_the_five_years_up_to_and_including_as_of() {
    // AMBIGUOUS in RULES.md ("the 5 years before asOf"): [asOf - 5y, asOf) (C5 half-open from
    // its start) or (asOf - 5y, asOf] (the engine's documented choice, so that an ongoing
    // stay's day asOf, abroad by C2, counts). This pins the engine's reading; see the report.
    // Stay 2021-05-01 -> 2021-06-11 covers 2021-05-02 ..= 2021-06-10; inside
    // (2021-06-01, 2026-06-01] = 2021-06-02 ..= 2021-06-10: 9 days.
    let r = ask(
        TL,
        "2026-06-01",
        json!({ "situation": "temporary-permit", "permitBasis": "humanitarian",
                "permitStart": "2021-01-01", "permitEnd": "2027-01-01",
                "stays": [{ "from": "2021-05-01", "to": "2021-06-11" }] }),
    );
    no_errors(&r);
    assert_eq!(r["figures"]["daysAbroadForPermanent"], 9);
    // Ongoing stay from 2026-05-20, asOf 2026-06-01: C2 → abroad 2026-05-21 ..= 2026-06-01 = 12
    // days, all inside the window (asOf included).
    let r = ask(
        TL,
        "2026-06-01",
        json!({ "situation": "temporary-permit", "permitBasis": "humanitarian",
                "permitStart": "2021-01-01", "permitEnd": "2027-01-01",
                "stays": [{ "from": "2026-05-20", "to": null }] }),
    );
    assert_eq!(r["figures"]["daysAbroadForPermanent"], 12);
}

// ------------------------------------------------------------------------------------------
// travel-limits: tl.schengen (C4, windows [d - 179, d])
// ------------------------------------------------------------------------------------------

#[test]
fn schengen_90_met_91_exceeded() {
    // 2025-03-01 ..= 2025-05-29: 31 + 30 + 29 = 90 days (C4) → met, borderline.
    let r = one_year(
        "2025-12-01",
        json!([{ "from": "2025-03-01", "to": "2025-05-29", "schengen": true }]),
        Value::Null,
    );
    no_errors(&r);
    assert_eq!(r["figures"]["maxSchengenDaysIn180"], 90);
    assert_eq!(status(&r, "tl.schengen"), "met");
    assert!(borderline(&r, "tl.schengen"));
    assert_eq!(outcome(&r), "within-limits");
    // ..= 2025-05-30: 91 → exceeded. (C3 days abroad: 89, half-time fine.)
    let r = one_year(
        "2025-12-01",
        json!([{ "from": "2025-03-01", "to": "2025-05-30", "schengen": true }]),
        Value::Null,
    );
    assert_eq!(r["figures"]["maxSchengenDaysIn180"], 91);
    assert_eq!(status(&r, "tl.schengen"), "not-met");
    assert_eq!(status(&r, "tl.half-time"), "met");
    assert_eq!(outcome(&r), "limit-exceeded");
}

#[test]
fn schengen_not_marked_does_not_count() {
    // Same 91-day trip without the Schengen mark (schengen defaults to false): 0 Schengen days.
    let r = one_year(
        "2025-12-01",
        json!([{ "from": "2025-03-01", "to": "2025-05-30" }]),
        Value::Null,
    );
    assert_eq!(r["figures"]["maxSchengenDaysIn180"], 0);
    assert_eq!(status(&r, "tl.schengen"), "met");
    assert!(!borderline(&r, "tl.schengen"));
}

#[test]
fn schengen_window_of_exactly_180_days() {
    // A 2025-01-01 ..= 01-31 (31), B 2025-05-01 ..= 06-29 (31 + 29 = 60). 2025-01-01 + 179
    // = 2025-06-29, so the window [01-01, 06-29] holds 91 → exceeded.
    let r = one_year(
        "2025-12-01",
        json!([
            { "from": "2025-01-01", "to": "2025-01-31", "schengen": true },
            { "from": "2025-05-01", "to": "2025-06-29", "schengen": true }
        ]),
        Value::Null,
    );
    assert_eq!(r["figures"]["maxSchengenDaysIn180"], 91);
    assert_eq!(status(&r, "tl.schengen"), "not-met");
    // B one day later (05-02 ..= 06-30, 60): [01-01, 06-29] → 31 + 59; [01-02, 06-30] → 30 +
    // 60. Max 90 → met.
    let r = one_year(
        "2025-12-01",
        json!([
            { "from": "2025-01-01", "to": "2025-01-31", "schengen": true },
            { "from": "2025-05-02", "to": "2025-06-30", "schengen": true }
        ]),
        Value::Null,
    );
    assert_eq!(r["figures"]["maxSchengenDaysIn180"], 90);
    assert_eq!(status(&r, "tl.schengen"), "met");
}

#[test]
fn schengen_ongoing_stay_covers_from_through_as_of() {
    // C2/C4: ongoing Schengen stay from 2025-03-01 covers 03-01 ..= asOf.
    // asOf 2025-05-29 → 90 (met); asOf 2025-05-30 → 91 (exceeded).
    let stays = json!([{ "from": "2025-03-01", "to": null, "schengen": true }]);
    let r = one_year("2025-05-29", stays.clone(), Value::Null);
    no_errors(&r);
    assert_eq!(r["figures"]["maxSchengenDaysIn180"], 90);
    assert_eq!(status(&r, "tl.schengen"), "met");
    let r = one_year("2025-05-30", stays, Value::Null);
    assert_eq!(r["figures"]["maxSchengenDaysIn180"], 91);
    assert_eq!(status(&r, "tl.schengen"), "not-met");
    assert_eq!(outcome(&r), "limit-exceeded");
}

// ------------------------------------------------------------------------------------------
// travel-limits: planning (latestReturnDate; never changes the rest)
// ------------------------------------------------------------------------------------------

#[test]
fn planned_trip_one_year_permit_latest_return() {
    // No stays; trip from 2025-03-01: return R keeps R - from - 1 <= 182 → R = from + 183 days
    // = 2025-08-31.
    let r = one_year(
        "2025-02-01",
        json!([]),
        json!({ "from": "2025-03-01", "to": null, "schengen": false }),
    );
    no_errors(&r);
    assert_eq!(r["figures"]["latestReturnDate"], "2025-08-31");
    assert_eq!(outcome(&r), "within-limits");
    assert_eq!(r["figures"]["daysAbroadInPermitYear"], 0);
}

#[test]
fn planned_schengen_trip_is_limited_by_90_180() {
    // Schengen trip from 2025-03-01, no stays: C4 from..=R <= 90 days → R = 2025-05-29
    // (half-time would allow 2025-08-31).
    let r = one_year(
        "2025-02-01",
        json!([]),
        json!({ "from": "2025-03-01", "to": null, "schengen": true }),
    );
    assert_eq!(r["figures"]["latestReturnDate"], "2025-05-29");
    assert_eq!(r["figures"]["maxSchengenDaysIn180"], 0);
}

#[test]
fn planned_schengen_trip_after_an_earlier_schengen_stay() {
    // Recorded Schengen 2025-01-01 ..= 01-31 (31). Trip from 2025-04-01: window [R-179, R]
    // for R <= 06-29 holds all 31 → trip <= 59 days → R = 04-01 + 58 = 2025-05-29
    // (window [2024-12-01, 2025-05-29]: 31 + 30 + 29 = 90). 05-30 would give 91.
    let r = one_year(
        "2025-03-15",
        json!([{ "from": "2025-01-01", "to": "2025-01-31", "schengen": true }]),
        json!({ "from": "2025-04-01", "schengen": true }),
    );
    no_errors(&r);
    assert_eq!(r["figures"]["latestReturnDate"], "2025-05-29");
    assert_eq!(r["figures"]["maxSchengenDaysIn180"], 31);
}

#[test]
fn planned_trip_multi_year_with_earlier_stay() {
    // A covers 2025-02-01 ..= 05-03 (92). Trip from 2025-09-01 covers 09-02 ..= R-1. Window
    // [2025-02-01, 2026-02-01) holds A and the trip → trip <= 90 → R-1 = 09-02 + 89 = 11-30,
    // R = 2025-12-01 (R = 12-02 → 183).
    let r = ask(
        TL,
        "2025-08-01",
        json!({ "situation": "temporary-permit", "permitBasis": "humanitarian",
                "permitStart": "2025-01-01", "permitEnd": "2028-01-01",
                "stays": [{ "from": "2025-01-31", "to": "2025-05-04" }],
                "plannedTrip": { "from": "2025-09-01", "to": "2025-09-10" } }),
    );
    no_errors(&r);
    assert_eq!(r["figures"]["latestReturnDate"], "2025-12-01");
    assert_eq!(r["figures"]["maxDaysAbroadIn365"], 92);
}

#[test]
fn planned_trip_when_182_already_used_returns_next_day() {
    // 182 days already used in the permit year (2025-03-01 -> 2025-08-31). A trip from
    // 2025-10-01 returning 2025-10-02 has 0 days abroad (C3) → latestReturnDate 2025-10-02.
    let r = one_year(
        "2025-09-15",
        json!([{ "from": "2025-03-01", "to": "2025-08-31" }]),
        json!({ "from": "2025-10-01" }),
    );
    no_errors(&r);
    assert_eq!(r["figures"]["latestReturnDate"], "2025-10-02");
}

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
fn refugee_planned_schengen_trip_still_limited_by_schengen() {
    // Half-time does not apply to refugees, but a Schengen trip is still limited to 90 days:
    // from 2025-03-01 → 2025-05-29.
    let r = ask(
        TL,
        "2025-02-01",
        json!({ "situation": "temporary-permit", "permitBasis": "refugee",
                "permitStart": "2025-01-01", "permitEnd": "2026-01-01", "stays": [],
                "plannedTrip": { "from": "2025-03-01", "schengen": true } }),
    );
    no_errors(&r);
    assert_eq!(r["figures"]["latestReturnDate"], "2025-05-29");
}

// ------------------------------------------------------------------------------------------
// travel-limits: situation, unknowns, errors
// ------------------------------------------------------------------------------------------

#[test]
fn asylum_seeker_must_not_travel() {
    let r = ask(
        TL,
        "2025-06-01",
        json!({ "situation": "asylum-seeker", "stays": [] }),
    );
    no_errors(&r);
    assert_eq!(outcome(&r), "must-not-travel");
    for id in TL_IDS {
        criterion(&r, id);
    }
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
fn half_time_unknown_without_permit_dates_when_it_matters() {
    // No permit dates, 200 days abroad (2025-01-01 -> 2025-07-21: 201 - 1 = 200): cannot tell
    // which days fall in the permit → unknown (C8: unknown answers give unknown).
    let r = ask(
        TL,
        "2025-12-01",
        json!({ "situation": "temporary-permit", "permitBasis": "other",
                "stays": [{ "from": "2025-01-01", "to": "2025-07-21" }] }),
    );
    no_errors(&r);
    assert_eq!(status(&r, "tl.half-time"), "unknown");
    // RULES.md is silent on the outcome with an unknown criterion; the engine warns as for
    // not met (the UI's at-risk headline says "you keep your permit").
    assert_eq!(outcome(&r), "limit-exceeded");
    // Same with known dates but an unknown basis (a refugee would be spared): unknown.
    let r = ask(
        TL,
        "2025-12-01",
        json!({ "situation": "temporary-permit", "permitStart": "2025-01-01",
                "permitEnd": "2028-01-01",
                "stays": [{ "from": "2025-01-01", "to": "2025-07-21" }] }),
    );
    assert_eq!(r["figures"]["maxDaysAbroadIn365"], 200);
    assert_eq!(status(&r, "tl.half-time"), "unknown");
    assert_eq!(outcome(&r), "limit-exceeded");
    // Under the limit whatever the unknowns: met.
    let r = ask(
        TL,
        "2025-12-01",
        json!({ "stays": [{ "from": "2025-01-01", "to": "2025-03-01" }] }),
    );
    assert_eq!(status(&r, "tl.half-time"), "met");
    // Known dates and basis, 200 days: not met.
    let r = ask(
        TL,
        "2025-12-01",
        json!({ "situation": "temporary-permit", "permitBasis": "other",
                "permitStart": "2025-01-01", "permitEnd": "2028-01-01",
                "stays": [{ "from": "2025-01-01", "to": "2025-07-21" }] }),
    );
    assert_eq!(status(&r, "tl.half-time"), "not-met");
    assert_eq!(outcome(&r), "limit-exceeded");
}

#[test]
fn permanent_unknown_basis_between_213_and_304_is_unknown() {
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
fn travel_limits_impossible_dates_are_errors() {
    // 2025 is not a leap year: 2025-02-29 does not exist.
    let r = ask(
        TL,
        "2025-12-01",
        json!({ "situation": "temporary-permit", "permitBasis": "other",
                "permitStart": "2025-02-29", "permitEnd": "2026-01-01", "stays": [] }),
    );
    assert_eq!(failure_fields(&r), vec!["permitStart"]);
    let r = one_year(
        "2025-12-01",
        json!([{ "from": "2025-04-31", "to": "2025-05-03" }]),
        Value::Null,
    );
    assert_eq!(failure_fields(&r), vec!["stays[0].from"]);
    // 2024-02-29 exists.
    let r = one_year(
        "2025-12-01",
        json!([{ "from": "2024-02-29", "to": "2025-01-03" }]),
        Value::Null,
    );
    no_errors(&r);
    assert_eq!(r["figures"]["daysAbroadInPermitYear"], 2);
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
fn travel_limits_planned_trip_to_before_from_is_an_error() {
    let r = one_year(
        "2025-02-01",
        json!([]),
        json!({ "from": "2025-03-10", "to": "2025-03-01" }),
    );
    assert_eq!(failure_fields(&r), vec!["plannedTrip.to"]);
}

#[test]
fn travel_limits_bad_choice_is_an_error() {
    let r = ask(
        TL,
        "2025-12-01",
        json!({ "situation": "tourist", "permitBasis": "other" }),
    );
    assert_eq!(failure_fields(&r), vec!["situation"]);
    let r = ask(TL, "2025-12-01", json!({ "permitBasis": "student" }));
    assert_eq!(failure_fields(&r), vec!["permitBasis"]);
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
    let r = ask(WP, WP_AS_OF, wp_all_met());
    no_errors(&r);
    assert_eq!(outcome(&r), "eligible");
    for id in WP_IDS {
        assert_eq!(status(&r, id), "met", "{id}");
        assert!(!borderline(&r, id));
        let s = criterion(&r, id)["sources"].to_string();
        assert!(s.contains("seed:002"), "{id}: {s}");
    }
}

#[test]
fn work_permit_each_not_met() {
    for (key, value, id) in [
        ("hadAsylumInterview", json!(false), "wp.interview"),
        ("validPassport", json!(false), "wp.passport"),
        ("decision", json!("rejected"), "wp.no-decision"),
        ("dublinCase", json!(true), "wp.not-dublin"),
    ] {
        let mut input = wp_all_met();
        input[key] = value;
        let r = ask(WP, WP_AS_OF, input);
        no_errors(&r);
        assert_eq!(status(&r, id), "not-met", "{key}");
        assert_eq!(outcome(&r), "not-eligible", "{key}");
        for other in WP_IDS.iter().filter(|o| **o != id) {
            assert_eq!(status(&r, other), "met", "{key}: {other}");
        }
    }
}

#[test]
fn work_permit_each_unknown() {
    for (key, id) in [
        ("hadAsylumInterview", "wp.interview"),
        ("validPassport", "wp.passport"),
        ("decision", "wp.no-decision"),
        ("dublinCase", "wp.not-dublin"),
    ] {
        // null and missing both mean unknown.
        let mut input = wp_all_met();
        input[key] = Value::Null;
        let r = ask(WP, WP_AS_OF, input);
        no_errors(&r);
        assert_eq!(status(&r, id), "unknown", "{key}");
        assert_eq!(outcome(&r), "unknown", "{key}");
        let mut input = wp_all_met();
        input.as_object_mut().map(|o| o.remove(key));
        let r = ask(WP, WP_AS_OF, input);
        no_errors(&r);
        assert_eq!(status(&r, id), "unknown", "{key} missing");
        assert_eq!(outcome(&r), "unknown", "{key} missing");
    }
}

#[test]
fn work_permit_not_met_beats_unknown() {
    let r = ask(
        WP,
        WP_AS_OF,
        json!({ "protection": "individual", "hadAsylumInterview": false }),
    );
    no_errors(&r);
    assert_eq!(outcome(&r), "not-eligible");
    assert_eq!(status(&r, "wp.passport"), "unknown");
}

#[test]
fn work_permit_collective_protection_is_not_applicable() {
    // Even with every answer pointing to not-met: collective protection gives the right to work.
    let r = ask(
        WP,
        WP_AS_OF,
        json!({ "protection": "collective", "hadAsylumInterview": false,
                       "validPassport": false, "decision": "rejected", "dublinCase": true }),
    );
    no_errors(&r);
    assert_eq!(outcome(&r), "not-applicable");
    for id in WP_IDS {
        criterion(&r, id);
    }
    let r = ask(WP, WP_AS_OF, json!({ "protection": "collective" }));
    assert_eq!(outcome(&r), "not-applicable");
}

#[test]
fn work_permit_bad_values_are_errors() {
    let mut input = wp_all_met();
    input["decision"] = json!("pending");
    assert_eq!(failure_fields(&ask(WP, WP_AS_OF, input)), vec!["decision"]);
    let mut input = wp_all_met();
    input["protection"] = json!("temporary");
    assert_eq!(
        failure_fields(&ask(WP, WP_AS_OF, input)),
        vec!["protection"]
    );
    let mut input = wp_all_met();
    input["validPassport"] = json!("yes");
    assert_eq!(
        failure_fields(&ask(WP, WP_AS_OF, input)),
        vec!["validPassport"]
    );
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
        let mut expected = vec!["checker", "criteria", "errors", "figures", "outcome"];
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
fn api_bad_as_of_is_an_error() {
    for c in CHECKERS {
        let r = call(json!({ "checker": c, "asOf": "2025-02-30", "input": {} }));
        assert_eq!(failure_fields(&r), vec!["asOf"], "{c}");
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
    // No "input" key at all: every answer missing = unknown; no errors.
    for c in CHECKERS {
        let r = call(json!({ "checker": c, "asOf": "2021-11-01" }));
        no_errors(&r);
    }
    let r = call(json!({ "checker": "work-permit", "asOf": "2021-11-01" }));
    assert_eq!(outcome(&r), "unknown");
    for id in WP_IDS {
        assert_eq!(status(&r, id), "unknown");
    }
}

#[test]
fn api_unknown_checker_and_bad_request() {
    let r = call(json!({ "checker": "citizenship", "input": {} }));
    assert_eq!(failure_fields(&r), vec!["checker"]);
    let r = call(json!([1, 2]));
    assert!(r["outcome"].is_null());
    assert!(!r["errors"].as_array().map(Vec::is_empty).unwrap_or(true));
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
fn api_error_field_names_for_stays_in_every_stay_checker() {
    for c in ["temporary-regulation", "permanent-permit", "travel-limits"] {
        let r = call(json!({ "checker": c, "asOf": "2021-11-01",
                            "input": { "stays": [
                                { "from": "2019-01-01", "to": "2019-01-10" },
                                { "from": "2019-05-10", "to": "2019-05-01" }
                            ] } }));
        let fields = failure_fields(&r);
        assert!(fields.iter().any(|f| f == "stays[1].to"), "{c}: {fields:?}");
        let r = call(json!({ "checker": c, "asOf": "2021-11-01",
                            "input": { "stays": [{ "from": "2019-02-29", "to": "2019-03-10" }] } }));
        assert_eq!(failure_fields(&r), vec!["stays[0].from"], "{c}");
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

#[test]
fn touching_stays_are_allowed_and_the_shared_day_counts_once() {
    // A 2025-03-01 -> 03-31 and B 2025-03-31 -> 04-29, both Schengen: back and off again on
    // 03-31. C4: A 03-01 ..= 03-31 (31), B 03-31 ..= 04-29 (30), shared day once: 60.
    // C3: A 03-02 ..= 03-30 (29), B 04-01 ..= 04-28 (28): 57.
    let r = one_year(
        "2025-12-01",
        json!([
            { "from": "2025-03-01", "to": "2025-03-31", "schengen": true },
            { "from": "2025-03-31", "to": "2025-04-29", "schengen": true }
        ]),
        Value::Null,
    );
    no_errors(&r);
    assert_eq!(r["figures"]["maxSchengenDaysIn180"], 60);
    assert_eq!(r["figures"]["daysAbroadInPermitYear"], 57);
}
