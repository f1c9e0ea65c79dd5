//! The shared date engine (RULES.md §0, C1–C8): table-driven cases computed by hand, and property
//! tests that compare the fast interval algorithms with a plain day-by-day count.

mod common;

use common::{d, LOCALES};
use permit_check::rules::dates::*;
use permit_check::rules::stays::check_stays;
use permit_check::text::catalog;
use proptest::prelude::*;

fn stay(from: &str, to: Option<&str>) -> Stay {
    Stay::new(d(from), to.map(d))
}

// --- C1: parsing -----------------------------------------------------------------------------

#[test]
fn c1_iso_dates_are_read_strictly() {
    let cases: &[(&str, Result<&str, DateProblem>)] = &[
        ("2021-10-01", Ok("2021-10-01")),
        (" 2021-10-01 ", Ok("2021-10-01")),
        ("2020-02-29", Ok("2020-02-29")),
        ("2021-02-29", Err(DateProblem::DoesNotExist)),
        ("1970-02-30", Err(DateProblem::DoesNotExist)),
        ("2021-13-01", Err(DateProblem::DoesNotExist)),
        ("2021-00-10", Err(DateProblem::DoesNotExist)),
        ("0000-01-01", Err(DateProblem::DoesNotExist)),
        ("yesterday", Err(DateProblem::Format)),
        ("2021-1-01", Err(DateProblem::Format)),
        ("21-10-01", Err(DateProblem::Format)),
        ("01.10.2021", Err(DateProblem::Format)),
        ("2021-10-01T00:00", Err(DateProblem::Format)),
        ("+2021-10-01", Err(DateProblem::Format)),
        ("", Err(DateProblem::Format)),
        ("２０２１-10-01", Err(DateProblem::Format)),
    ];
    for (input, want) in cases {
        let got = parse_date(input);
        match want {
            Ok(s) => assert_eq!(got, Ok(d(s)), "{input:?}"),
            Err(p) => assert_eq!(got, Err(*p), "{input:?}"),
        }
    }
}

#[test]
fn c1_day_month_year_fields_name_the_field_to_fix() {
    type Case<'a> = ((&'a str, &'a str, &'a str), Result<&'a str, DateProblem>);
    let cases: &[Case] = &[
        (("1", "10", "2021"), Ok("2021-10-01")),
        ((" 01 ", " 10", "2021 "), Ok("2021-10-01")),
        (("29", "2", "2024"), Ok("2024-02-29")),
        (("29", "2", "2023"), Err(DateProblem::DoesNotExist)),
        (("31", "4", "2021"), Err(DateProblem::DoesNotExist)),
        (("", "4", "2021"), Err(DateProblem::MissingDay)),
        (("1", "", "2021"), Err(DateProblem::MissingMonth)),
        (("1", "4", ""), Err(DateProblem::MissingYear)),
        (("32", "4", "2021"), Err(DateProblem::BadDay)),
        (("0", "4", "2021"), Err(DateProblem::BadDay)),
        (("x", "4", "2021"), Err(DateProblem::BadDay)),
        (("-1", "4", "2021"), Err(DateProblem::BadDay)),
        (("1", "13", "2021"), Err(DateProblem::BadMonth)),
        (("1", "jan", "2021"), Err(DateProblem::BadMonth)),
        (("1", "4", "21"), Err(DateProblem::BadYear)),
        (("1", "4", "20211"), Err(DateProblem::BadYear)),
    ];
    for ((day, month, year), want) in cases {
        let got = parse_day_month_year(day, month, year);
        match want {
            Ok(s) => assert_eq!(got, Ok(d(s)), "{day}/{month}/{year}"),
            Err(p) => assert_eq!(got, Err(*p), "{day}/{month}/{year}"),
        }
    }
}

#[test]
fn every_problem_has_a_message_in_every_language() {
    let problems = [
        DateProblem::Format,
        DateProblem::DoesNotExist,
        DateProblem::MissingDay,
        DateProblem::MissingMonth,
        DateProblem::MissingYear,
        DateProblem::BadDay,
        DateProblem::BadMonth,
        DateProblem::BadYear,
    ];
    for p in problems {
        let texts: Vec<String> = LOCALES
            .iter()
            .map(|l| catalog(l).render(&p.msg()))
            .collect();
        assert!(texts.iter().all(|t| t.len() > 10), "{p:?}");
        assert_ne!(texts[0], texts[1], "{p:?} nb is a copy of en");
        assert_ne!(texts[0], texts[2], "{p:?} uk is a copy of en");
    }
}

// --- C2, C3, C4: stays and day counts ---------------------------------------------------------

#[test]
fn c3_travel_days_are_days_in_norway() {
    let as_of = d("2026-11-21");
    // (from, to, default count, strict count)
    let cases: &[(&str, Option<&str>, i64, i64)] = &[
        ("2021-03-01", Some("2021-03-11"), 9, 11),
        ("2021-03-01", Some("2021-03-02"), 0, 2),
        ("2021-03-01", Some("2021-03-01"), 0, 1),
        ("2021-12-31", Some("2022-01-02"), 1, 3),
        ("2020-02-28", Some("2020-03-01"), 1, 3),
        ("2021-02-28", Some("2021-03-01"), 0, 2),
        // Ongoing: treated as coming back on asOf + 1 day; asOf itself is abroad.
        ("2026-11-01", None, 20, 21),
        ("2026-11-21", None, 0, 1),
    ];
    for (from, to, default, strict) in cases {
        let s = stay(from, *to);
        assert_eq!(
            s.days_abroad(as_of, Counting::TravelDaysInNorway),
            *default,
            "{from}–{to:?} default"
        );
        assert_eq!(
            s.days_abroad(as_of, Counting::TravelDaysAbroad),
            *strict,
            "{from}–{to:?} strict"
        );
    }
    let ongoing = stay("2026-11-01", None);
    assert_eq!(ongoing.return_day(as_of), d("2026-11-22"));
    assert_eq!(
        ongoing.abroad(as_of, Counting::TravelDaysInNorway),
        Span::new(d("2026-11-02"), d("2026-11-22"))
    );
}

#[test]
fn c4_schengen_days_include_entry_and_exit() {
    let as_of = d("2026-11-21");
    assert_eq!(
        stay("2026-01-01", Some("2026-01-10"))
            .schengen_days(as_of)
            .len(),
        10
    );
    assert_eq!(
        stay("2026-01-01", Some("2026-01-01"))
            .schengen_days(as_of)
            .len(),
        1
    );
    assert_eq!(stay("2026-11-20", None).schengen_days(as_of).len(), 2);
}

// --- C5: months and years ---------------------------------------------------------------------

#[test]
fn c5_calendar_periods_clamp_29_february() {
    let cases: &[(&str, i64, &str)] = &[
        ("2020-02-29", 1, "2021-02-28"),
        ("2020-02-29", 4, "2024-02-29"),
        ("2020-02-29", 16, "2036-02-29"),
        ("2020-02-29", 65, "2085-02-28"),
        ("1956-02-29", 65, "2021-02-28"),
        ("2021-10-01", -16, "2005-10-01"),
        ("2024-02-29", -1, "2023-02-28"),
        ("2021-03-01", -1, "2020-03-01"),
    ];
    for (from, n, want) in cases {
        assert_eq!(add_years(d(from), *n), d(want), "{from} + {n} years");
    }
    let months: &[(&str, i64, &str)] = &[
        ("2021-01-31", 1, "2021-02-28"),
        ("2020-01-31", 1, "2020-02-29"),
        ("2020-11-30", 15, "2022-02-28"),
        ("2019-10-15", 15, "2021-01-15"),
        ("2021-03-31", -1, "2021-02-28"),
    ];
    for (from, n, want) in months {
        assert_eq!(add_months(d(from), *n), d(want), "{from} + {n} months");
    }
}

#[test]
fn c5_arithmetic_saturates_instead_of_panicking() {
    assert_eq!(add_days(Date::MAX, 1), Date::MAX);
    assert_eq!(add_days(Date::MIN, -1), Date::MIN);
    assert_eq!(add_days(d("2021-01-01"), i64::MAX), Date::MAX);
    assert_eq!(add_days(d("2021-01-01"), i64::MIN), Date::MIN);
    assert_eq!(add_years(Date::MAX, 65), Date::MAX);
    assert_eq!(add_years(d("9999-12-31"), i64::MAX), Date::MAX);
    assert_eq!(add_months(d("0001-01-01"), i64::MIN), Date::MIN);
}

#[test]
fn calendar_difference_in_years_months_days() {
    assert_eq!(
        calendar_difference(d("2005-08-01"), d("2021-10-04")),
        (16, 2, 3)
    );
    assert_eq!(
        calendar_difference(d("2020-02-29"), d("2021-02-28")),
        (1, 0, 0)
    );
    assert_eq!(
        calendar_difference(d("2021-01-31"), d("2021-03-01")),
        (0, 1, 1)
    );
    assert_eq!(
        calendar_difference(d("2021-10-01"), d("2021-10-01")),
        (0, 0, 0)
    );
}

// --- C7: borderline ---------------------------------------------------------------------------

#[test]
fn c7_borderline_is_within_seven_days_either_side() {
    for (value, limit, want) in [
        (182, 182, true),
        (175, 182, true),
        (174, 182, false),
        (189, 182, true),
        (190, 182, false),
        (723, 730, true),
        (722, 730, false),
        (i64::MIN, 730, false),
        (i64::MAX, 730, false),
    ] {
        assert_eq!(borderline(value, limit), want, "{value} vs {limit}");
    }
}

// --- Day sets: counting, windows, years -------------------------------------------------------

#[test]
fn years_split_at_new_year() {
    let parts = split_by_year(Span::new(d("2019-12-30"), d("2021-01-03")));
    let lens: Vec<(i32, i64)> = parts.iter().map(|(y, s)| (*y, s.len())).collect();
    assert_eq!(lens, vec![(2019, 2), (2020, 366), (2021, 2)]);
    let set = DaySet::new([
        Span::new(d("2019-12-30"), d("2020-01-03")),
        Span::new(d("2020-06-01"), d("2020-06-11")),
    ]);
    let by_year: Vec<(i32, i64)> = set.days_by_year().into_iter().collect();
    assert_eq!(by_year, vec![(2019, 2), (2020, 12)]);
}

#[test]
fn sets_merge_overlapping_and_touching_spans() {
    let set = DaySet::new([
        Span::new(d("2020-01-10"), d("2020-01-20")),
        Span::new(d("2020-01-15"), d("2020-01-25")),
        Span::new(d("2020-01-25"), d("2020-01-26")),
        Span::new(d("2020-03-01"), d("2020-03-01")),
    ]);
    assert_eq!(set.spans().len(), 1);
    assert_eq!(set.total(), 16);
    assert_eq!(set.count_in(Span::new(d("2020-01-01"), d("2020-01-12"))), 2);
}

#[test]
fn windows_of_365_days() {
    // 100 days, a gap of 100 days, 100 days: a 365-day window holds both.
    let set = DaySet::new([
        Span::new(d("2021-01-01"), add_days(d("2021-01-01"), 100)),
        Span::new(d("2021-07-20"), add_days(d("2021-07-20"), 100)),
    ]);
    let m = set
        .max_window_days(365, d("2000-01-01"), d("2030-01-01"))
        .unwrap();
    assert_eq!(m.days, 200);
    // The earliest window holding the maximum.
    assert_eq!(m.window.len(), 365);
    assert_eq!(set.count_in(m.window), 200);
    // Bounded starts: a window may not start before the second span.
    let m = set
        .max_window_days(365, d("2021-07-20"), d("2030-01-01"))
        .unwrap();
    assert_eq!(m.days, 100);
    assert!(set
        .max_window_days(365, d("2030-01-01"), d("2000-01-01"))
        .is_none());
}

#[test]
fn four_year_window_starting_on_29_february() {
    // [2020-02-29, 2024-02-29) is a four-year window of 1461 days.
    let set = DaySet::new([
        Span::new(d("2020-02-29"), d("2020-03-01")),
        Span::new(d("2024-02-28"), d("2024-03-01")),
    ]);
    let w = Span::new(d("2020-02-29"), add_years(d("2020-02-29"), 4));
    assert_eq!(w.len(), 1461);
    assert_eq!(set.count_in(w), 2);
    let m = set
        .max_window_years(4, d("2000-01-01"), d("2030-01-01"))
        .unwrap();
    assert_eq!(m.days, 2);
    // Starting on 1 March 2020 misses 29 February 2020 but holds both days of 2024.
    assert_eq!(
        set.count_in(Span::new(d("2020-03-01"), add_years(d("2020-03-01"), 4))),
        2
    );
}

/// Four-year windows ending around 1 March 2100 (2096 is a leap year, 2100 is not): the window
/// ending on 28 February 2100 starts on 1 March 2096, two days after the one ending the day
/// before, so its count drops by one. Every window ending from 31 December 2099 to 27 February
/// 2100 holds all 1,461 days of four years; none after does.
#[test]
fn first_day_reaching_a_four_year_limit_across_28_february_2100() {
    let set = DaySet::new(vec![Span::new(d("2096-01-01"), d("2101-01-01"))]);
    assert_eq!(
        set.count_in(Span::new(d("2096-01-01"), d("2100-01-01"))),
        1461
    );
    assert_eq!(
        set.count_in(Span::new(d("2096-03-01"), d("2100-03-01"))),
        1460
    );
    assert_eq!(set.first_day_reaching_years(4, 1461), Some(d("2099-12-31")));
    assert_eq!(set.first_day_reaching_years(4, 1460), Some(d("2099-12-30")));
    assert_eq!(set.first_day_reaching_years(4, 1462), None);
}

#[test]
fn first_day_reaching_a_rolling_limit() {
    let set = DaySet::new([
        Span::new(d("2021-01-01"), d("2021-04-01")), // 90 days
        Span::new(d("2021-06-01"), d("2021-09-01")), // 92 days
    ]);
    // 183 days in 365 is never reached (182 in all).
    assert_eq!(set.first_day_reaching_days(365, 183), None);
    // 150 days: 90 + 60 → the 60th day of the second span.
    assert_eq!(
        set.first_day_reaching_days(365, 150),
        Some(add_days(d("2021-06-01"), 59))
    );
    // A short window: 10 days in any 10 is reached on the 10th day.
    assert_eq!(set.first_day_reaching_days(10, 10), Some(d("2021-01-10")));
    assert_eq!(set.first_day_reaching_years(4, 182), Some(d("2021-08-31")));
}

#[test]
fn c8_stays_are_checked_with_precise_fields() {
    let as_of = d("2026-11-21");
    assert!(check_stays(
        &[
            stay("2020-01-01", Some("2020-01-10")),
            stay("2020-01-10", Some("2020-01-20")),
            stay("2026-11-01", None),
        ],
        as_of,
        "stays",
    )
    .is_empty());
    let e = check_stays(&[stay("2020-01-10", Some("2020-01-01"))], as_of, "stays");
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].field, "stays[0].to");
    let e = check_stays(
        &[
            stay("2020-03-01", Some("2020-03-20")),
            stay("2020-01-01", Some("2020-01-10")),
            stay("2020-03-10", Some("2020-04-01")),
        ],
        as_of,
        "stays",
    );
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].field, "stays[2].from");
    let message = catalog("en").render(&e[0].message);
    assert!(message.contains("stay 1"), "{message}");
    let e = check_stays(
        &[
            stay("2026-01-01", None),
            stay("2026-02-01", Some("2026-02-05")),
        ],
        as_of,
        "stays",
    );
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].field, "stays[1].from");
    let e = check_stays(&[stay("2027-01-01", None)], as_of, "stays");
    assert_eq!(e[0].field, "stays[0].to");
    let e = check_stays(&[stay("2020-01-10", Some("2020-01-01"))], as_of, "stays");
    assert!(catalog("uk")
        .render(&e[0].message)
        .contains("Перебування 1"));
}

// --- Properties: the fast algorithms agree with counting day by day ---------------------------

fn base() -> Date {
    d("2019-01-01")
}

fn spans_strategy() -> impl Strategy<Value = Vec<Span>> {
    prop::collection::vec((0i64..2000, 0i64..200), 0..12).prop_map(|v| {
        v.into_iter()
            .map(|(start, len)| {
                let s = add_days(base(), start);
                Span::new(s, add_days(s, len))
            })
            .collect()
    })
}

fn brute_days(spans: &[Span]) -> std::collections::BTreeSet<Date> {
    let mut days = std::collections::BTreeSet::new();
    for s in spans {
        let mut x = s.start;
        while x < s.end {
            days.insert(x);
            x = add_days(x, 1);
        }
    }
    days
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn count_in_matches_brute_force(spans in spans_strategy(), a in 0i64..2300, len in 0i64..800) {
        let set = DaySet::new(spans.clone());
        let days = brute_days(&spans);
        let w = Span::new(add_days(base(), a), add_days(base(), a + len));
        let want = days.iter().filter(|x| w.contains(**x)).count() as i64;
        prop_assert_eq!(set.count_in(w), want);
        prop_assert_eq!(set.total(), days.len() as i64);
    }

    #[test]
    fn window_maximum_matches_brute_force(spans in spans_strategy(), len in 1i64..400) {
        let set = DaySet::new(spans.clone());
        let lo = add_days(base(), -400);
        let hi = add_days(base(), 2300);
        let got = set.max_window_days(len, lo, hi).unwrap();
        let mut best = 0;
        let mut x = lo;
        while x <= hi {
            best = best.max(set.count_in(Span::new(x, add_days(x, len))));
            x = add_days(x, 1);
        }
        prop_assert_eq!(got.days, best);
        prop_assert_eq!(set.count_in(got.window), best);
    }

    #[test]
    fn four_year_maximum_matches_brute_force(spans in spans_strategy()) {
        let set = DaySet::new(spans);
        let lo = add_days(base(), -1500);
        let hi = add_days(base(), 2300);
        let got = set.max_window_years(4, lo, hi).unwrap();
        let mut best = 0;
        let mut x = lo;
        while x <= hi {
            best = best.max(set.count_in(Span::new(x, add_years(x, 4))));
            x = add_days(x, 1);
        }
        prop_assert_eq!(got.days, best);
    }

    #[test]
    fn first_day_reaching_matches_brute_force(spans in spans_strategy(), len in 1i64..400, threshold in 1i64..300) {
        let set = DaySet::new(spans);
        let got = set.first_day_reaching_days(len, threshold);
        let mut want = None;
        let mut e = add_days(base(), -1);
        let last = add_days(base(), 2300);
        while e <= last {
            let end = add_days(e, 1);
            if set.count_in(Span::new(add_days(end, -len), end)) >= threshold {
                want = Some(e);
                break;
            }
            e = add_days(e, 1);
        }
        prop_assert_eq!(got, want);
    }

    /// Calendar windows around 2100, which is not a leap year while 2096 and 2104 are: the
    /// window `[end - 4 years, end)` then moves by two days as `end` goes from 28 February to
    /// 1 March 2100, so the count of the window ending on a day can drop by one from one day to
    /// the next, and a plain bisection over a span could miss the first day reaching a limit.
    #[test]
    fn first_day_reaching_years_matches_brute_force_around_2100(
        parts in prop::collection::vec((0i64..3000, 1i64..1600), 1..5),
        threshold in 1i64..1500,
    ) {
        let anchor = d("2093-03-01");
        let spans: Vec<Span> = parts
            .into_iter()
            .map(|(start, len)| {
                let s = add_days(anchor, start);
                Span::new(s, add_days(s, len))
            })
            .collect();
        let set = DaySet::new(spans);
        let got = set.first_day_reaching_years(4, threshold);
        let mut want = None;
        let mut e = add_days(anchor, -1);
        let last = add_days(anchor, 4700);
        while e <= last {
            let end = add_days(e, 1);
            if set.count_in(Span::new(add_years(end, -4), end)) >= threshold {
                want = Some(e);
                break;
            }
            e = add_days(e, 1);
        }
        prop_assert_eq!(got, want);

        // The largest four-year window, over the same dates.
        let (lo, hi) = (add_days(anchor, -1500), add_days(anchor, 4700));
        let max = set.max_window_years(4, lo, hi).unwrap();
        let mut best = 0;
        let mut x = lo;
        while x <= hi {
            best = best.max(set.count_in(Span::new(x, add_years(x, 4))));
            x = add_days(x, 1);
        }
        prop_assert_eq!(max.days, best);
        prop_assert_eq!(set.count_in(max.window), best);
    }

    #[test]
    fn parsing_never_panics(s in "\\PC{0,16}", a in "\\PC{0,5}", b in "\\PC{0,5}", c in "\\PC{0,6}") {
        let _ = parse_date(&s);
        let _ = parse_day_month_year(&a, &b, &c);
    }

    #[test]
    fn year_totals_add_up(spans in spans_strategy()) {
        let set = DaySet::new(spans);
        let sum: i64 = set.days_by_year().values().sum();
        prop_assert_eq!(sum, set.total());
    }
}

/// `DateProblem::ALL` holds every problem once, in declaration order (a new problem fails to
/// compile here until it is listed).
#[test]
fn date_problem_all_lists_every_problem_once() {
    for (i, p) in DateProblem::ALL.iter().enumerate() {
        let at = match p {
            DateProblem::Format => 0,
            DateProblem::DoesNotExist => 1,
            DateProblem::MissingDay => 2,
            DateProblem::MissingMonth => 3,
            DateProblem::MissingYear => 4,
            DateProblem::BadDay => 5,
            DateProblem::BadMonth => 6,
            DateProblem::BadYear => 7,
        };
        assert_eq!(at, i, "{p:?}");
    }
}
