//! Timing of the `permanent-permit` checker on a long history: 1,000 stays over about forty
//! years plus a planned trip (so the latest return date is searched for too), evaluated many
//! times through the public `evaluate(&Request)`, JSON reading included.
//!
//! Run with `cargo bench --bench permanent_permit`; prints the mean time per evaluation.

use std::hint::black_box;
use std::time::Instant;

use permit_check::rules::dates::{add_days, parse_date, Date};
use permit_check::{evaluate, Request};
use serde_json::{json, Value};

const STAYS: usize = 1_000;
const RUNS: u32 = 200;

fn iso(d: Date) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// 1,000 stays of 1 to 8 days abroad with 3 to 15 days at home between them, from 1986 on: about
/// 40 years and 110 days abroad a year, so the record stays within the limits and planning runs
/// in full.
fn history() -> (Vec<Value>, Date) {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: u64| {
        // xorshift64: deterministic, no dependency.
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        i64::try_from(seed % n).unwrap_or(0)
    };
    let mut day = parse_date("1986-01-06").expect("a date");
    let mut stays = Vec::with_capacity(STAYS);
    for _ in 0..STAYS {
        let from = add_days(day, 3 + next(13));
        let to = add_days(from, 2 + next(8));
        stays.push(json!({ "from": iso(from), "to": iso(to) }));
        day = to;
    }
    (stays, day)
}

fn main() {
    let (stays, last_return) = history();
    let trip_from = add_days(last_return, 30);
    let mut request = Request::new(
        "permanent-permit",
        Some(&iso(add_days(last_return, 10))),
        json!({
            "stays": stays,
            "plannedTrip": { "from": iso(trip_from), "to": iso(add_days(trip_from, 200)) },
            "gaveIncorrectInformation": false,
            "withheldInformation": false,
            "incorrectIdentity": false,
        }),
    );
    request.locale = Some("en".to_string());

    let first = evaluate(&request);
    assert!(first.errors.is_empty(), "{:?}", first.errors);
    let years = first.figures["years"].as_array().map_or(0, Vec::len);
    println!(
        "permanent-permit: {STAYS} stays over {years} calendar years, outcome {:?}, maxFourYearDays {}, latestReturnDate {}",
        first.outcome,
        first.figures["maxFourYearDays"],
        first.figures["latestReturnDate"],
    );

    // Warm-up, then the timed runs.
    for _ in 0..10 {
        black_box(evaluate(black_box(&request)));
    }
    let start = Instant::now();
    for _ in 0..RUNS {
        black_box(evaluate(black_box(&request)));
    }
    let mean = start.elapsed() / RUNS;
    println!(
        "permanent-permit: mean {:.3} ms per evaluation ({RUNS} runs)",
        mean.as_secs_f64() * 1000.0
    );
}
