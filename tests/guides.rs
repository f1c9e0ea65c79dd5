//! The guides of RULES.md §5 (`permit_check::rules::guides`): every answer path, the working-day
//! arithmetic, and the withdrawal letter.

mod common;

use common::{d, LOCALES};
use permit_check::rules::dates::Date;
use permit_check::rules::guides::*;
use permit_check::rules::law::{RC_NEW_ROUTINE_FROM, RC_WORKING_DAYS};
use permit_check::text::{catalog, Msg};
use proptest::prelude::*;

/// A message in one language.
fn tr(tag: &str, m: &Msg) -> String {
    catalog(tag).render(m)
}

// ---------------------------------------------------------------------------------------------
// Asylum while holding a permit (seed 000)
// ---------------------------------------------------------------------------------------------

fn permit_guide(permit: Option<HeldPermit>, expiring: Option<bool>) -> PermitHolderGuide {
    asylum_while_holding_permit(&PermitHolderAnswers { permit, expiring })
}

#[test]
fn permanent_or_leading_permit_bars_protection_but_you_stay() {
    use PermitHolderNote as N;
    for permit in [
        HeldPermit::Permanent,
        HeldPermit::TemporaryLeadingToPermanent,
    ] {
        let g = permit_guide(Some(permit), Some(false));
        assert_eq!(
            g.result,
            PermitHolderResult::NoProtectionButYouKeepLivingHere
        );
        assert_eq!(
            g.notes,
            vec![
                N::NoInterviewIfUdiHasWhatItNeeds,
                N::DecisionLetterNameOnMailbox,
                N::NoLawyerIfRejectedOnThisGround,
                N::IfPermitBecomesInvalid,
                N::HowToWithdraw,
                N::HelpForViolenceOrCoercion,
            ],
            "{permit:?}"
        );
        // Expiring, or not known: the renewal reminder comes before "if it becomes invalid".
        for expiring in [Some(true), None] {
            let g = permit_guide(Some(permit), expiring);
            assert_eq!(g.notes[3], N::RenewPermitNow, "{permit:?} {expiring:?}");
            assert_eq!(g.notes.len(), 7);
        }
    }
}

#[test]
fn temporary_permit_not_leading_to_permanent_is_assessed_normally() {
    use PermitHolderNote as N;
    let g = permit_guide(Some(HeldPermit::TemporaryNotLeadingToPermanent), Some(true));
    assert_eq!(g.result, PermitHolderResult::AssessedNormally);
    assert_eq!(
        g.notes,
        vec![
            N::PermitLetsYouStayWhileValid,
            N::DecisionLetterNameOnMailbox,
            N::RenewPermitNow,
            N::IfPermitBecomesInvalid,
            N::HowToWithdraw,
            N::HelpForViolenceOrCoercion,
        ]
    );
    let g = permit_guide(
        Some(HeldPermit::TemporaryNotLeadingToPermanent),
        Some(false),
    );
    assert!(!g.notes.contains(&N::RenewPermitNow));
    assert!(!g.notes.contains(&N::NoLawyerIfRejectedOnThisGround));
}

#[test]
fn no_permit_is_assessed_normally_with_only_the_help_lines() {
    for expiring in [Some(true), Some(false), None] {
        let g = permit_guide(Some(HeldPermit::NoPermit), expiring);
        assert_eq!(g.result, PermitHolderResult::AssessedNormally);
        assert_eq!(g.notes, vec![PermitHolderNote::HelpForViolenceOrCoercion]);
    }
}

#[test]
fn unknown_permit_is_unknown_and_says_where_to_find_out() {
    use PermitHolderNote as N;
    let g = permit_guide(None, None);
    assert_eq!(g.result, PermitHolderResult::Unknown);
    assert_eq!(
        g.notes,
        vec![
            N::DecisionLetterTellsPermitKind,
            N::NoInterviewIfUdiHasWhatItNeeds,
            N::DecisionLetterNameOnMailbox,
            N::NoLawyerIfRejectedOnThisGround,
            N::RenewPermitNow,
            N::IfPermitBecomesInvalid,
            N::HowToWithdraw,
            N::HelpForViolenceOrCoercion,
        ]
    );
    assert!(!permit_guide(None, Some(false))
        .notes
        .contains(&N::RenewPermitNow));
}

#[test]
fn permit_guide_texts_in_three_languages() {
    let results = [
        PermitHolderResult::NoProtectionButYouKeepLivingHere,
        PermitHolderResult::AssessedNormally,
        PermitHolderResult::Unknown,
    ];
    for r in results {
        distinct_in_three_languages(|l| tr(l, &r.msg()));
    }
    let notes = permit_guide(None, None).notes;
    for n in notes {
        distinct_in_three_languages(|l| tr(l, &n.msg()));
    }
    distinct_in_three_languages(|l| tr(l, &PermitHolderNote::PermitLetsYouStayWhileValid.msg()));
    assert!(tr(
        "en",
        &PermitHolderResult::NoProtectionButYouKeepLivingHere.msg()
    )
    .contains("go on living in Norway"));
}

fn distinct_in_three_languages(f: impl Fn(&str) -> String) {
    let [en, nb, uk] = LOCALES.map(f);
    assert!(!en.is_empty() && !nb.is_empty() && !uk.is_empty());
    assert!(en != nb && en != uk && nb != uk, "{en}");
}

// ---------------------------------------------------------------------------------------------
// Residence card (seed 004)
// ---------------------------------------------------------------------------------------------

fn card(
    applied: Option<AppliedWhen>,
    kind: Option<CardApplicationKind>,
    not_handed_in: Option<bool>,
    under_18: Option<bool>,
) -> ResidenceCardGuide {
    residence_card(&ResidenceCardAnswers {
        applied,
        kind,
        expired_travel_document_not_handed_in: not_handed_in,
        under_18,
    })
}

const KINDS: [Option<CardApplicationKind>; 5] = [
    Some(CardApplicationKind::FirstAsylumInNorway),
    Some(CardApplicationKind::FromAbroad),
    Some(CardApplicationKind::Renewal),
    Some(CardApplicationKind::Other),
    None,
];

#[test]
fn new_routine_starts_on_16_april_2021() {
    assert_eq!(
        AppliedWhen::from_application_date(d("2021-04-15")),
        AppliedWhen::BeforeNewRoutine
    );
    assert_eq!(
        AppliedWhen::from_application_date(RC_NEW_ROUTINE_FROM.now()),
        AppliedWhen::OnOrAfterNewRoutine
    );
    assert_eq!(
        AppliedWhen::from_application_date(d("2024-01-01")),
        AppliedWhen::OnOrAfterNewRoutine
    );
}

#[test]
fn before_the_new_routine_everyone_books_by_phone() {
    use ResidenceCardNote as N;
    for kind in KINDS {
        for not_handed_in in [Some(true), Some(false), None] {
            let g = card(
                Some(AppliedWhen::BeforeNewRoutine),
                kind,
                not_handed_in,
                Some(false),
            );
            assert_eq!(g.result, ResidenceCardResult::BookAppointment, "{kind:?}");
            assert_eq!(
                g.notes,
                vec![
                    N::BookByPhoneWithPolice,
                    N::AtLeastTwentyWorkingDays,
                    N::NameOnMailbox,
                    N::TenMoreDaysIfLost,
                    N::DoNotTravelBeforeCard,
                ]
            );
        }
    }
    let g = card(Some(AppliedWhen::BeforeNewRoutine), None, None, Some(true));
    assert_eq!(g.notes[1], N::WithParentOrGuardian);
}

#[test]
fn new_routine_first_asylum_police_contact_you() {
    use ResidenceCardNote as N;
    let g = card(
        Some(AppliedWhen::OnOrAfterNewRoutine),
        Some(CardApplicationKind::FirstAsylumInNorway),
        None,
        Some(true),
    );
    assert_eq!(g.result, ResidenceCardResult::PoliceWillContactYou);
    assert_eq!(
        g.notes,
        vec![
            N::WithParentOrGuardian,
            N::AtLeastTwentyWorkingDays,
            N::NameOnMailbox,
            N::NewMailRecipientForm,
            N::TenMoreDaysIfLost,
            N::DoNotTravelBeforeCard,
        ]
    );
}

#[test]
fn new_routine_from_abroad_books_in_portal_or_by_phone() {
    use ResidenceCardNote as N;
    let g = card(
        Some(AppliedWhen::OnOrAfterNewRoutine),
        Some(CardApplicationKind::FromAbroad),
        None,
        Some(false),
    );
    assert_eq!(g.result, ResidenceCardResult::BookAppointment);
    assert_eq!(g.notes[0], N::BookInPortalOrByPhone);
    assert!(!g.notes.contains(&N::WithParentOrGuardian));
    assert!(g.notes.contains(&N::AtLeastTwentyWorkingDays));
}

#[test]
fn new_routine_renewal_depends_on_the_old_travel_document() {
    use ResidenceCardNote as N;
    let renewal = |not_handed_in| {
        card(
            Some(AppliedWhen::OnOrAfterNewRoutine),
            Some(CardApplicationKind::Renewal),
            not_handed_in,
            Some(false),
        )
    };
    let book = renewal(Some(true));
    assert_eq!(book.result, ResidenceCardResult::BookAppointment);
    assert_eq!(book.notes[0], N::BookInPortalOrByPhone);

    let post = renewal(Some(false));
    assert_eq!(post.result, ResidenceCardResult::CardComesByPost);
    assert_eq!(
        post.notes,
        vec![
            N::NameOnMailbox,
            N::NewMailRecipientForm,
            N::TenMoreDaysIfLost,
            N::DoNotTravelBeforeCard,
        ]
    );
    // Under 18 changes nothing when nobody meets the police.
    let post_minor = card(
        Some(AppliedWhen::OnOrAfterNewRoutine),
        Some(CardApplicationKind::Renewal),
        Some(false),
        Some(true),
    );
    assert_eq!(post_minor.notes, post.notes);

    let unknown = renewal(None);
    assert_eq!(unknown.result, ResidenceCardResult::Unknown);
    assert!(unknown.notes.contains(&N::AtLeastTwentyWorkingDays));
    assert!(!unknown.notes.contains(&N::BookInPortalOrByPhone));
}

#[test]
fn new_routine_other_or_unknown_kind_is_unknown() {
    for kind in [Some(CardApplicationKind::Other), None] {
        let g = card(
            Some(AppliedWhen::OnOrAfterNewRoutine),
            kind,
            Some(false),
            None,
        );
        assert_eq!(g.result, ResidenceCardResult::Unknown, "{kind:?}");
        // Age unknown: the parent/guardian note is shown (it is worded "if you are under 18").
        assert!(g.notes.contains(&ResidenceCardNote::WithParentOrGuardian));
    }
}

#[test]
fn unknown_application_date_answers_only_when_both_routines_agree() {
    use ResidenceCardResult as R;
    let expect = [
        (
            Some(CardApplicationKind::FirstAsylumInNorway),
            None,
            R::Unknown,
        ),
        (
            Some(CardApplicationKind::FromAbroad),
            None,
            R::BookAppointment,
        ),
        (
            Some(CardApplicationKind::Renewal),
            Some(true),
            R::BookAppointment,
        ),
        (Some(CardApplicationKind::Renewal), Some(false), R::Unknown),
        (Some(CardApplicationKind::Other), None, R::Unknown),
        (None, None, R::Unknown),
    ];
    for (kind, not_handed_in, result) in expect {
        let g = card(None, kind, not_handed_in, Some(false));
        assert_eq!(g.result, result, "{kind:?} {not_handed_in:?}");
        assert!(g.notes.contains(&ResidenceCardNote::NewMailRecipientForm));
    }
    let g = card(None, Some(CardApplicationKind::FromAbroad), None, None);
    assert_eq!(g.notes[0], ResidenceCardNote::BookInPortalOrByPhone);
}

#[test]
fn every_card_answer_says_not_to_travel_and_to_mark_the_mailbox() {
    for applied in [
        Some(AppliedWhen::BeforeNewRoutine),
        Some(AppliedWhen::OnOrAfterNewRoutine),
        None,
    ] {
        for kind in KINDS {
            for not_handed_in in [Some(true), Some(false), None] {
                for under_18 in [Some(true), Some(false), None] {
                    let g = card(applied, kind, not_handed_in, under_18);
                    assert!(g.notes.contains(&ResidenceCardNote::DoNotTravelBeforeCard));
                    assert!(g.notes.contains(&ResidenceCardNote::NameOnMailbox));
                    assert!(g.notes.contains(&ResidenceCardNote::TenMoreDaysIfLost));
                    let meets_police = g.result != ResidenceCardResult::CardComesByPost;
                    assert_eq!(
                        g.notes
                            .contains(&ResidenceCardNote::AtLeastTwentyWorkingDays),
                        meets_police
                    );
                    assert_eq!(
                        g.notes.contains(&ResidenceCardNote::WithParentOrGuardian),
                        meets_police && under_18 != Some(false)
                    );
                }
            }
        }
    }
}

#[test]
fn card_texts_in_three_languages_with_the_day_counts() {
    use ResidenceCardNote as N;
    for r in [
        ResidenceCardResult::PoliceWillContactYou,
        ResidenceCardResult::BookAppointment,
        ResidenceCardResult::CardComesByPost,
        ResidenceCardResult::Unknown,
    ] {
        distinct_in_three_languages(|l| tr(l, &r.msg()));
    }
    for n in [
        N::BookByPhoneWithPolice,
        N::BookInPortalOrByPhone,
        N::WithParentOrGuardian,
        N::AtLeastTwentyWorkingDays,
        N::TenMoreDaysIfLost,
        N::NameOnMailbox,
        N::NewMailRecipientForm,
        N::DoNotTravelBeforeCard,
    ] {
        distinct_in_three_languages(|l| tr(l, &n.msg()));
    }
    assert!(tr("nb", &N::AtLeastTwentyWorkingDays.msg()).contains("20 virkedager"));
    assert!(tr("uk", &N::TenMoreDaysIfLost.msg()).contains("10 робочих днів"));
}

// --- Working days -----------------------------------------------------------------------------

#[test]
fn working_days_skip_weekends() {
    // 2024-03-04 is a Monday.
    assert_eq!(add_working_days(d("2024-03-04"), 0), d("2024-03-04"));
    assert_eq!(add_working_days(d("2024-03-04"), -3), d("2024-03-04"));
    assert_eq!(add_working_days(d("2024-03-04"), 1), d("2024-03-05"));
    assert_eq!(add_working_days(d("2024-03-04"), 4), d("2024-03-08")); // Friday
    assert_eq!(add_working_days(d("2024-03-04"), 5), d("2024-03-11")); // next Monday
                                                                       // From a Friday: one working day is the Monday.
    assert_eq!(add_working_days(d("2024-03-08"), 1), d("2024-03-11"));
    assert_eq!(add_working_days(d("2024-03-08"), 5), d("2024-03-15"));
    // From a Saturday or Sunday: counting starts on the Monday.
    assert_eq!(add_working_days(d("2024-03-09"), 1), d("2024-03-11"));
    assert_eq!(add_working_days(d("2024-03-10"), 1), d("2024-03-11"));
    assert_eq!(add_working_days(d("2024-03-09"), 5), d("2024-03-15"));
    assert_eq!(add_working_days(d("2024-03-10"), 6), d("2024-03-18"));
    // Wednesday + 3 crosses the weekend.
    assert_eq!(add_working_days(d("2024-03-06"), 3), d("2024-03-11"));
}

#[test]
fn earliest_card_date_is_twenty_working_days_later() {
    assert_eq!(RC_WORKING_DAYS.now().0, 20);
    // Monday 4 March 2024 + 20 working days: four whole weeks would end on Easter Monday
    // (1 April 2024); Maundy Thursday 28 March, Good Friday 29 March and Easter Monday are
    // public holidays, so three more weekdays: Thursday 4 April 2024.
    assert_eq!(earliest_card_date(d("2024-03-04")), d("2024-04-04"));
    // Thursday 28 November 2024 + 20: Christmas Day (Wednesday) and St Stephen's Day (Thursday)
    // are left out, Christmas Eve is not: Monday 30 December 2024.
    assert_eq!(earliest_card_date(d("2024-11-28")), d("2024-12-30"));
    // Friday 2 May 2025 + 20: 17 May 2025 is a Saturday, Ascension Day is Thursday 29 May:
    // Monday 2 June 2025.
    assert_eq!(earliest_card_date(d("2025-05-02")), d("2025-06-02"));
    // No holiday in the way: Friday 7 February 2025 + 20 = Friday 7 March 2025 (four weeks).
    assert_eq!(earliest_card_date(d("2025-02-07")), d("2025-03-07"));
}

// --- Norwegian public holidays (law.rs) ---------------------------------------------------------

#[test]
fn easter_sunday_known_years() {
    // Checked against published Easter tables and python-dateutil's easter() (Western).
    for (year, easter) in [
        (1818, "1818-03-22"), // earliest possible
        (1943, "1943-04-25"), // latest possible
        (2008, "2008-03-23"),
        (2011, "2011-04-24"),
        (2024, "2024-03-31"),
        (2025, "2025-04-20"),
        (2026, "2026-04-05"),
        (2027, "2027-03-28"),
        (2038, "2038-04-25"),
        (2285, "2285-03-22"),
    ] {
        assert_eq!(easter_sunday(year), Some(d(easter)), "Easter {year}");
    }
}

#[test]
fn public_holidays_2026() {
    use chrono::Datelike;
    let holidays: Vec<Date> = (0..365)
        .map(|i| permit_check::rules::dates::add_days(d("2026-01-01"), i))
        .filter(|day| is_public_holiday(*day))
        .collect();
    let expected: Vec<Date> = [
        "2026-01-01", // New Year's Day
        "2026-04-02", // Maundy Thursday
        "2026-04-03", // Good Friday
        "2026-04-05", // Easter Sunday
        "2026-04-06", // Easter Monday
        "2026-05-01", // 1 May
        "2026-05-14", // Ascension Day
        "2026-05-17", // 17 May (and a Sunday)
        "2026-05-24", // Whit Sunday
        "2026-05-25", // Whit Monday
        "2026-12-25", // Christmas Day
        "2026-12-26", // St Stephen's Day
    ]
    .iter()
    .map(|s| d(s))
    .collect();
    assert_eq!(holidays, expected);
    // Christmas Eve and New Year's Eve are not public holidays: working days when on a weekday.
    assert!(!is_public_holiday(d("2026-12-24")));
    assert!(!is_public_holiday(d("2026-12-31")));
    assert!(is_working_day(d("2026-12-24")));
    assert!(is_working_day(d("2026-12-31")));
    assert!(!is_working_day(d("2026-04-02")));
    assert!(!is_working_day(d("2026-04-04"))); // a Saturday
    assert_eq!(d("2026-04-04").weekday(), chrono::Weekday::Sat);
}

#[test]
fn working_days_over_easter_2026() {
    // Easter 2026: Maundy Thursday 2 April, Good Friday 3 April, Easter Monday 6 April.
    // Friday 20 March + 20: 23–27 March (5), 30 March–1 April (8), 7–10 April (12),
    // 13–17 April (17), 20–22 April (20) = Wednesday 22 April 2026, not Friday 17 April.
    assert_eq!(earliest_card_date(d("2026-03-20")), d("2026-04-22"));
    // The next working day after the Wednesday, the Thursday, the Saturday before Easter, and
    // Easter Sunday is Tuesday 7 April.
    for start in ["2026-04-01", "2026-04-02", "2026-04-04", "2026-04-05"] {
        assert_eq!(
            add_working_days(d(start), 1),
            d("2026-04-07"),
            "from {start}"
        );
    }
    // Friday 27 March + 20 = Wednesday 29 April 2026.
    assert_eq!(earliest_card_date(d("2026-03-27")), d("2026-04-29"));
}

#[test]
fn working_days_over_may_holidays() {
    // 2024: 1 May (Wednesday), Ascension Day 9 May (Thursday), 17 May (Friday), Whit Monday
    // 20 May. Tuesday 30 April + 20: 2–3 May (2), 6–8 May (5), 10 May (6), 13–16 May (10),
    // 21–24 May (14), 27–31 May (19), 3 June (20) = Monday 3 June 2024.
    assert_eq!(earliest_card_date(d("2024-04-30")), d("2024-06-03"));
    // 2027: Ascension Day Thursday 6 May; 17 May is also Whit Monday (one day left out, once).
    // Wednesday 5 May + 20: 7 May (1), 10–14 May (6), 18–21 May (10), 24–28 May (15),
    // 31 May–4 June (20) = Friday 4 June 2027.
    assert_eq!(easter_sunday(2027), Some(d("2027-03-28")));
    assert_eq!(earliest_card_date(d("2027-05-05")), d("2027-06-04"));
    // 1913: Easter 23 March, so Ascension Day is 1 May (one day left out, once), Whit Monday
    // 12 May, 17 May a Saturday. Wednesday 30 April + 20: 2 May (1), 5–9 May (6), 13–16 May
    // (10), 19–23 May (15), 26–30 May (20) = Friday 30 May 1913.
    assert_eq!(easter_sunday(1913), Some(d("1913-03-23")));
    assert_eq!(earliest_card_date(d("1913-04-30")), d("1913-05-30"));
}

#[test]
fn working_days_over_christmas_and_new_year() {
    // Wednesday 10 December 2025 + 20: 11–12 Dec (2), 15–19 Dec (7), 22–24 Dec (10; Christmas
    // Eve counts), 25–26 Dec left out, 29–31 Dec (13; New Year's Eve counts), 1 Jan left out,
    // 2 Jan (14), 5–9 Jan (19), 12 Jan (20) = Monday 12 January 2026.
    assert_eq!(earliest_card_date(d("2025-12-10")), d("2026-01-12"));
    // Tuesday 23 December 2025 + 1 = Christmas Eve; + 2 = Monday 29 December.
    assert_eq!(add_working_days(d("2025-12-23"), 1), d("2025-12-24"));
    assert_eq!(add_working_days(d("2025-12-23"), 2), d("2025-12-29"));
    // The card lost in the post: Monday 22 December 2025 + 10 = Thursday 8 January 2026.
    assert_eq!(add_working_days(d("2025-12-22"), 10), d("2026-01-08"));
}

#[test]
fn working_days_saturate_at_the_end_of_the_calendar() {
    assert_eq!(add_working_days(Date::MAX, 20), Date::MAX);
    assert_eq!(add_working_days(Date::MAX, i64::MAX), Date::MAX);
    assert_eq!(add_working_days(Date::MIN, i64::MAX), Date::MAX);
    assert_eq!(add_working_days(Date::MIN, i64::MIN), Date::MIN);
    assert_eq!(add_working_days(Date::MAX, i64::MIN), Date::MAX);
    let near_end = add_working_days(d("9999-12-31"), 5);
    assert!(near_end > d("9999-12-31"));
    // Near both ends of chrono's calendar, with holidays in the way.
    let last_week = permit_check::rules::dates::add_days(Date::MAX, -10);
    assert!(add_working_days(last_week, 20) <= Date::MAX);
    let first = add_working_days(Date::MIN, 20);
    assert!(first > Date::MIN && is_working_day(first));
    assert!(easter_sunday(chrono::Datelike::year(&Date::MIN)).is_some());
    assert!(easter_sunday(chrono::Datelike::year(&Date::MAX)).is_some());
    assert_eq!(easter_sunday(i32::MAX), None);
    assert_eq!(easter_sunday(i32::MIN), None);
}

#[test]
fn working_days_stay_fast_for_huge_counts() {
    // The worst case: a count that ends just before the end of the calendar, from its start,
    // looks at every year once. It must still finish quickly (about a second in a debug build;
    // the bound below only catches a hang or a day-by-day walk over the calendar).
    let started = std::time::Instant::now();
    let end = add_working_days(Date::MIN, 130_000_000);
    assert!(end > Date::MIN && end < Date::MAX);
    assert!(is_working_day(end));
    assert_eq!(add_working_days(Date::MIN, 200_000_000), Date::MAX);
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
}

/// Easter Sunday by Gauss's algorithm (with its two exceptions), independent of the engine's
/// anonymous Gregorian algorithm. Floor division, so that it holds before year 1 too.
fn gauss_easter(year: i32) -> Option<Date> {
    let y = i64::from(year);
    let (a, b, c) = (y.rem_euclid(19), y.rem_euclid(4), y.rem_euclid(7));
    let k = y.div_euclid(100);
    let p = (13 + 8 * k).div_euclid(25);
    let q = k.div_euclid(4);
    let m = (15 - p + k - q).rem_euclid(30);
    let n = (4 + k - q).rem_euclid(7);
    let dd = (19 * a + m).rem_euclid(30);
    let e = (2 * b + 4 * c + 6 * dd + n).rem_euclid(7);
    let march_day = if dd == 29 && e == 6 {
        50 // 19 April
    } else if dd == 28 && e == 6 && (11 * m + 11).rem_euclid(30) < 19 {
        49 // 18 April
    } else {
        22 + dd + e
    };
    let (month, day) = if march_day > 31 {
        (4, march_day - 31)
    } else {
        (3, march_day)
    };
    Date::from_ymd_opt(year, month, day as u32)
}

/// A public holiday, checked against the list written out by hand (not the engine's tables).
fn independent_holiday(day: Date) -> bool {
    use chrono::Datelike;
    let fixed = matches!(
        (day.month(), day.day()),
        (1, 1) | (5, 1) | (5, 17) | (12, 25) | (12, 26)
    );
    let easter = gauss_easter(day.year()).expect("a year in range");
    let from_easter = (day - easter).num_days();
    fixed || matches!(from_easter, -3 | -2 | 0 | 1 | 39 | 49 | 50)
}

proptest! {
    /// Against a day-by-day count with its own holiday check: the result is a working day,
    /// exactly `n` working days after `d`.
    #[test]
    fn working_days_match_a_day_by_day_count(days in 0i64..120_000, n in 0i64..400) {
        use chrono::{Datelike, Weekday};
        let start = permit_check::rules::dates::add_days(d("1900-01-01"), days);
        let end = add_working_days(start, n);
        let is_work = |day: Date| {
            !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !independent_holiday(day)
        };
        let mut count = 0;
        let mut day = start;
        while day < end {
            day = day.succ_opt().unwrap();
            if is_work(day) {
                count += 1;
            }
        }
        prop_assert_eq!(count, n);
        if n > 0 {
            prop_assert!(is_work(end));
        }
    }

    /// The engine's Easter agrees with Gauss's over chrono's whole calendar, and is a Sunday
    /// between 22 March and 25 April.
    #[test]
    fn easter_agrees_with_gauss(
        year in chrono::Datelike::year(&Date::MIN)..=chrono::Datelike::year(&Date::MAX),
    ) {
        use chrono::{Datelike, Weekday};
        let easter = easter_sunday(year);
        prop_assert_eq!(easter, gauss_easter(year));
        let easter = easter.unwrap();
        prop_assert_eq!(easter.weekday(), Weekday::Sun);
        prop_assert!((easter.month(), easter.day()) >= (3, 22));
        prop_assert!((easter.month(), easter.day()) <= (4, 25));
    }

    /// Never panics, for any date chrono holds and any count; never goes backwards.
    #[test]
    fn working_days_never_panic(
        days in 0i64..=(Date::MAX - Date::MIN).num_days(),
        n in any::<i64>(),
        small in 0i64..60,
    ) {
        let start = permit_check::rules::dates::add_days(Date::MIN, days);
        prop_assert!(add_working_days(start, n) >= start);
        let end = add_working_days(start, small);
        prop_assert!(end >= start);
        if small > 0 && end < Date::MAX {
            prop_assert!(end > start);
            prop_assert!(is_working_day(end));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Withdrawal (seeds 000, 002)
// ---------------------------------------------------------------------------------------------

fn withdraw(
    permit: Option<bool>,
    pending: Option<bool>,
    under_90: Option<bool>,
    ukraine: Option<bool>,
) -> WithdrawalGuide {
    withdrawal(&WithdrawalAnswers {
        has_other_permit: permit,
        has_other_pending_application: pending,
        under_90_days_in_schengen: under_90,
        fled_ukraine_assessed_individually: ukraine,
    })
}

#[test]
fn every_exception_alone_means_you_need_not_leave() {
    let cases = [
        (
            withdraw(Some(true), Some(false), Some(false), None),
            StayGround::OtherPermit,
        ),
        (
            withdraw(Some(false), Some(true), Some(false), None),
            StayGround::OtherPendingApplication,
        ),
        (
            withdraw(Some(false), Some(false), Some(true), None),
            StayGround::UnderNinetyDaysInSchengen,
        ),
        // One yes is enough even when the others are unknown.
        (
            withdraw(None, None, Some(true), None),
            StayGround::UnderNinetyDaysInSchengen,
        ),
    ];
    for (g, ground) in cases {
        assert_eq!(g.after, AfterWithdrawal::NeedNotLeave);
        assert_eq!(g.grounds, vec![ground]);
    }
    let all = withdraw(Some(true), Some(true), Some(true), None);
    assert_eq!(
        all.grounds,
        vec![
            StayGround::OtherPermit,
            StayGround::OtherPendingApplication,
            StayGround::UnderNinetyDaysInSchengen
        ]
    );
}

#[test]
fn no_exception_means_you_must_leave() {
    let g = withdraw(Some(false), Some(false), Some(false), Some(false));
    assert_eq!(g.after, AfterWithdrawal::MustLeaveNorway);
    assert!(g.grounds.is_empty());
    assert_eq!(g.notes, vec![WithdrawalNote::AnyTimeBeforeDecision]);
}

#[test]
fn unknown_exceptions_give_unknown() {
    for answers in [
        (None, Some(false), Some(false)),
        (Some(false), None, Some(false)),
        (Some(false), Some(false), None),
        (None, None, None),
    ] {
        let g = withdraw(answers.0, answers.1, answers.2, None);
        assert_eq!(g.after, AfterWithdrawal::Unknown, "{answers:?}");
        assert!(g.grounds.is_empty());
    }
}

#[test]
fn ninety_days_in_schengen_is_not_under_ninety() {
    assert!(under_schengen_limit(0));
    assert!(under_schengen_limit(89));
    assert!(!under_schengen_limit(90));
    assert!(!under_schengen_limit(91));
}

#[test]
fn the_route_depends_on_the_ukrainian_procedure() {
    assert_eq!(
        withdraw(None, None, None, Some(true)).routes,
        vec![WithdrawalRoute::PoliceFormByEmail]
    );
    assert_eq!(
        withdraw(None, None, None, Some(false)).routes,
        vec![WithdrawalRoute::LetterToUdi]
    );
    assert_eq!(
        withdraw(None, None, None, None).routes,
        vec![
            WithdrawalRoute::LetterToUdi,
            WithdrawalRoute::PoliceFormByEmail
        ]
    );
    assert!(tr("en", &WithdrawalRoute::LetterToUdi.msg())
        .contains("Utlendingsdirektoratet, Postboks 2098 Vika, 0125 Oslo"));
    assert!(tr("uk", &WithdrawalRoute::PoliceFormByEmail.msg()).contains("pu@politiet.no"));
}

#[test]
fn applying_again_is_mentioned_unless_there_is_no_other_permit() {
    for permit in [Some(true), None] {
        assert!(withdraw(permit, None, None, None)
            .notes
            .contains(&WithdrawalNote::ApplyAgainIfOtherPermitEnds));
    }
    assert!(!withdraw(Some(false), None, None, None)
        .notes
        .contains(&WithdrawalNote::ApplyAgainIfOtherPermitEnds));
}

#[test]
fn withdrawal_texts_in_three_languages() {
    for a in [
        AfterWithdrawal::NeedNotLeave,
        AfterWithdrawal::MustLeaveNorway,
        AfterWithdrawal::Unknown,
    ] {
        distinct_in_three_languages(|l| tr(l, &a.msg()));
    }
    for g in [
        StayGround::OtherPermit,
        StayGround::OtherPendingApplication,
        StayGround::UnderNinetyDaysInSchengen,
    ] {
        distinct_in_three_languages(|l| tr(l, &g.msg()));
    }
    for r in [
        WithdrawalRoute::LetterToUdi,
        WithdrawalRoute::PoliceFormByEmail,
    ] {
        distinct_in_three_languages(|l| tr(l, &r.msg()));
    }
    for n in [
        WithdrawalNote::AnyTimeBeforeDecision,
        WithdrawalNote::ApplyAgainIfOtherPermitEnds,
    ] {
        distinct_in_three_languages(|l| tr(l, &n.msg()));
    }
}

// --- The letter -------------------------------------------------------------------------------

#[test]
fn duf_numbers_are_read_with_or_without_spaces() {
    let digits = Some("201234567890".to_string());
    assert_eq!(normalise_duf_number("201234567890"), digits);
    assert_eq!(normalise_duf_number("2012 3456 7890"), digits);
    assert_eq!(normalise_duf_number("  2012 3456 7890 "), digits);
    assert_eq!(normalise_duf_number("2012\u{a0}3456\u{a0}7890"), digits);
    // As an Arabic or a Persian keyboard types them; the letter carries 0-9.
    assert_eq!(normalise_duf_number("٢٠١٢٣٤٥٦٧٨٩٠"), digits);
    assert_eq!(normalise_duf_number("۲۰۱۲ ۳۴۵۶ ۷۸۹۰"), digits);
    for bad in [
        "",
        "   ",
        "20123456789",
        "2012345678901",
        "2012-3456-7890",
        "2012 3456 789O",
        "٢٠١٢٣٤٥٦٧٨٩",
    ] {
        assert_eq!(normalise_duf_number(bad), None, "{bad:?}");
    }
}

#[test]
fn the_letter_in_norwegian_has_every_required_part() {
    let written = withdrawal_letter("Olena Kovalenko", "2012 3456 7890", d("2026-11-21")).unwrap();
    assert_eq!(written.duf_number, "201234567890");
    let letter = written.render(&catalog("nb")).unwrap();
    assert_eq!(letter.translation, None);
    assert_eq!(letter.translation_heading, None);
    assert_eq!(
        letter.lines,
        vec![
            "Olena Kovalenko",
            "DUF-nummer: 2012 3456 7890",
            "",
            "Utlendingsdirektoratet",
            "Postboks 2098 Vika",
            "0125 Oslo",
            "",
            "Dato: 21. november 2026",
            "",
            "Tilbaketrekking av søknad om beskyttelse (asyl), DUF-nummer 2012 3456 7890",
            "",
            "Jeg trekker med dette tilbake min søknad om beskyttelse (asyl) i Norge.",
            "",
            "Med vennlig hilsen",
            "",
            "",
            "Underskrift: ______________________________",
            "Olena Kovalenko",
        ]
    );
    let text = letter.to_text();
    assert!(text.starts_with("Olena Kovalenko\nDUF-nummer: 2012 3456 7890\n\nUtlendingsdirektoratet\nPostboks 2098 Vika\n0125 Oslo\n"));
    assert!(text.ends_with("Olena Kovalenko\n"));
    assert!(!text.contains("-----"));
}

#[test]
fn the_letter_comes_with_a_translation_to_read_not_to_send() {
    let date = d("2026-11-21");
    let uk = withdrawal_letter("Olena Kovalenko", "201234567890", date)
        .map(|l| l.render(&catalog("uk")).unwrap())
        .unwrap();
    let nb = withdrawal_letter("Olena Kovalenko", "201234567890", date)
        .map(|l| l.render(&catalog("nb")).unwrap())
        .unwrap();
    // The letter to send is the same Norwegian letter whatever the user's language.
    assert_eq!(uk.lines, nb.lines);
    let translation = uk.translation.as_ref().unwrap();
    assert_eq!(translation.len(), uk.lines.len());
    assert!(translation
        .contains(&"Цим я відкликаю свою заяву про захист (притулок) у Норвегії.".to_string()));
    assert!(translation.contains(&"Дата: 21 листопада 2026".to_string()));
    assert!(translation.contains(&"Postboks 2098 Vika".to_string()));
    let heading = uk.translation_heading.as_ref().unwrap();
    assert!(heading.contains("не надсилайте"), "{heading}");
    let text = uk.to_text();
    let norwegian_at = text.find("Jeg trekker med dette tilbake").unwrap();
    let separator_at = text.find(&"-".repeat(60)).unwrap();
    let heading_at = text.find(heading.as_str()).unwrap();
    let translation_at = text.find("Цим я відкликаю").unwrap();
    assert!(
        norwegian_at < separator_at && separator_at < heading_at && heading_at < translation_at
    );

    let en = withdrawal_letter("Olena Kovalenko", "201234567890", date)
        .map(|l| l.render(&catalog("en")).unwrap())
        .unwrap();
    let en_lines = en.translation.unwrap();
    assert!(en_lines.contains(
        &"I hereby withdraw my application for protection (asylum) in Norway.".to_string()
    ));
    assert!(en_lines.contains(&"Date: 21 November 2026".to_string()));
    assert!(en
        .translation_heading
        .unwrap()
        .contains("Do not send this part"));
}

#[test]
fn the_name_is_tidied() {
    let letter = withdrawal_letter("  Olena \n  Kovalenko\t", "201234567890", d("2026-11-21"))
        .map(|l| l.render(&catalog("nb")).unwrap())
        .unwrap();
    assert_eq!(letter.lines[0], "Olena Kovalenko");
    assert_eq!(letter.lines.last().unwrap(), "Olena Kovalenko");
}

#[test]
fn letter_errors_name_the_field_in_three_languages() {
    let date = d("2026-11-21");
    let fields = |r: Result<RenderedLetter, Vec<permit_check::rules::InputError>>| {
        r.unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        fields(
            withdrawal_letter(" ", "201234567890", date).map(|l| l.render(&catalog("en")).unwrap())
        ),
        ["name"]
    );
    assert_eq!(
        fields(
            withdrawal_letter("Olena", "2012 3456", date)
                .map(|l| l.render(&catalog("en")).unwrap())
        ),
        ["dufNumber"]
    );
    assert_eq!(
        fields(withdrawal_letter("", "", date).map(|l| l.render(&catalog("en")).unwrap())),
        ["name", "dufNumber"]
    );
    assert_eq!(
        fields(
            withdrawal_letter(&"x".repeat(201), "201234567890", date)
                .map(|l| l.render(&catalog("en")).unwrap())
        ),
        ["name"]
    );
    assert!(withdrawal_letter(&"x".repeat(200), "201234567890", date)
        .map(|l| l.render(&catalog("en")).unwrap())
        .is_ok());

    let messages = |loc: &str| {
        withdrawal_letter("", "12", date)
            .unwrap_err()
            .into_iter()
            .map(|e| tr(loc, &e.message))
            .collect::<Vec<_>>()
    };
    let (en, nb, uk) = (messages("en"), messages("nb"), messages("uk"));
    assert!(en[0].contains("full name"));
    assert!(nb[0].contains("hele navnet"));
    assert!(uk[0].contains("повне ім'я"));
    assert!(en[1].contains("12 digits"));
    assert!(nb[1].contains("12 sifre"));
    assert!(uk[1].contains("12 цифр"));
    // An empty DUF number gets its own message ("write it"), a wrong one says what is wrong.
    let empty = withdrawal_letter("Olena", "  ", date)
        .map(|l| l.render(&catalog("en")).unwrap())
        .unwrap_err();
    assert!(tr("en", &empty[0].message).starts_with("Write your DUF number"));
    assert!(en[1].starts_with("A DUF number has 12 digits"));
}

proptest! {
    /// Any name and number: a letter or field errors, never a panic.
    #[test]
    fn the_letter_never_panics(name in ".{0,250}", duf in ".{0,20}", days in -100_000i64..100_000) {
        let date = permit_check::rules::dates::add_days(d("2000-01-01"), days);
        for loc in LOCALES {
            match withdrawal_letter(&name, &duf, date) {
                Ok(letter) => {
                    prop_assert_eq!(letter.duf_number.len(), 12);
                    let rendered = letter.render(&catalog(loc)).unwrap();
                    prop_assert!(!rendered.to_text().is_empty());
                }
                Err(errors) => prop_assert!(!errors.is_empty()),
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Help lines (seed 000)
// ---------------------------------------------------------------------------------------------

#[test]
fn help_lines_are_those_of_seed_000() {
    let lines: Vec<(&str, HelpPurpose)> =
        HELP_LINES.iter().map(|h| (h.number, h.purpose)).collect();
    assert_eq!(
        lines,
        vec![
            ("112", HelpPurpose::PoliceEmergency),
            ("113", HelpPurpose::Ambulance),
            ("02800", HelpPurpose::PoliceNonEmergency),
            ("116 006", HelpPurpose::ViolenceInCloseRelationships),
            ("116 111", HelpPurpose::ChildrenAndYouth),
        ]
    );
    assert_eq!(HELP_LINES[3].tel_uri(), "tel:116006");
    assert_eq!(HELP_LINES[2].tel_uri(), "tel:02800");
    assert_eq!(HELP_LINES[3].website, Some("volinjen.no"));
    assert_eq!(HELP_LINES[4].website, Some("116111.no"));
    for h in HELP_LINES {
        distinct_in_three_languages(|l| tr(l, &h.purpose.msg()));
    }
}
