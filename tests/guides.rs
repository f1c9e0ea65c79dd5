//! The guides of RULES.md §5 (`permit_check::rules::guides`): every answer path, the working-day
//! arithmetic, and the withdrawal letter.

use permit_check::rules::dates::{parse_date, Date};
use permit_check::rules::guides::*;
use permit_check::rules::law::{RC_MIN_WORKING_DAYS, RC_NEW_ROUTINE_FROM};
use permit_check::rules::text::Locale;
use proptest::prelude::*;

fn d(s: &str) -> Date {
    parse_date(s).unwrap()
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
        distinct_in_three_languages(|l| r.text(l));
    }
    let notes = permit_guide(None, None).notes;
    for n in notes {
        distinct_in_three_languages(|l| n.text(l));
    }
    distinct_in_three_languages(|l| PermitHolderNote::PermitLetsYouStayWhileValid.text(l));
    assert!(PermitHolderResult::NoProtectionButYouKeepLivingHere
        .text(Locale::En)
        .contains("go on living in Norway"));
}

fn distinct_in_three_languages(f: impl Fn(Locale) -> String) {
    let [en, nb, uk] = Locale::ALL.map(f);
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
        AppliedWhen::from_application_date(RC_NEW_ROUTINE_FROM),
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
        distinct_in_three_languages(|l| r.text(l));
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
        distinct_in_three_languages(|l| n.text(l));
    }
    assert!(N::AtLeastTwentyWorkingDays
        .text(Locale::Nb)
        .contains("20 virkedager"));
    assert!(N::TenMoreDaysIfLost
        .text(Locale::Uk)
        .contains("10 робочих днів"));
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
    assert_eq!(RC_MIN_WORKING_DAYS, 20);
    // Monday 4 March 2024 + 20 working days = Monday 1 April 2024 (four whole weeks; Easter
    // Monday is a public holiday in Norway, which the function does not know: the card can
    // only come later, never earlier).
    assert_eq!(earliest_card_date(d("2024-03-04")), d("2024-04-01"));
    // Thursday 28 November 2024 + 20 = Thursday 26 December 2024 (again holidays not counted).
    assert_eq!(earliest_card_date(d("2024-11-28")), d("2024-12-26"));
    // A Friday appointment: 20 working days end on a Friday four weeks later.
    assert_eq!(earliest_card_date(d("2025-05-02")), d("2025-05-30"));
}

#[test]
fn working_days_saturate_at_the_end_of_the_calendar() {
    assert_eq!(add_working_days(Date::MAX, 20), Date::MAX);
    assert_eq!(add_working_days(Date::MAX, i64::MAX), Date::MAX);
    let near_end = add_working_days(d("9999-12-31"), 5);
    assert!(near_end > d("9999-12-31"));
}

proptest! {
    /// Against a day-by-day count: the result is a weekday, exactly `n` weekdays after `d`.
    #[test]
    fn working_days_match_a_day_by_day_count(days in 0i64..40_000, n in 0i64..400) {
        use chrono::{Datelike, Weekday};
        let start = permit_check::rules::dates::add_days(d("1990-01-01"), days);
        let end = add_working_days(start, n);
        let mut count = 0;
        let mut day = start;
        while day < end {
            day = day.succ_opt().unwrap();
            if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
                count += 1;
            }
        }
        prop_assert_eq!(count, n);
        if n > 0 {
            prop_assert!(!matches!(end.weekday(), Weekday::Sat | Weekday::Sun));
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
    assert!(WithdrawalRoute::LetterToUdi
        .text(Locale::En)
        .contains("Utlendingsdirektoratet, Postboks 2098 Vika, 0125 Oslo"));
    assert!(WithdrawalRoute::PoliceFormByEmail
        .text(Locale::Uk)
        .contains("pu@politiet.no"));
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
        distinct_in_three_languages(|l| a.text(l));
    }
    for g in [
        StayGround::OtherPermit,
        StayGround::OtherPendingApplication,
        StayGround::UnderNinetyDaysInSchengen,
    ] {
        distinct_in_three_languages(|l| g.text(l));
    }
    for r in [
        WithdrawalRoute::LetterToUdi,
        WithdrawalRoute::PoliceFormByEmail,
    ] {
        distinct_in_three_languages(|l| r.text(l));
    }
    for n in [
        WithdrawalNote::AnyTimeBeforeDecision,
        WithdrawalNote::ApplyAgainIfOtherPermitEnds,
    ] {
        distinct_in_three_languages(|l| n.text(l));
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
    for bad in [
        "",
        "   ",
        "20123456789",
        "2012345678901",
        "2012-3456-7890",
        "2012 3456 789O",
        "٢٠١٢٣٤٥٦٧٨٩٠",
    ] {
        assert_eq!(normalise_duf_number(bad), None, "{bad:?}");
    }
}

#[test]
fn the_letter_in_norwegian_has_every_required_part() {
    let letter = withdrawal_letter(
        "Olena Kovalenko",
        "2012 3456 7890",
        d("2026-11-21"),
        Locale::Nb,
    )
    .unwrap();
    assert_eq!(letter.duf_number, "201234567890");
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
    let uk = withdrawal_letter("Olena Kovalenko", "201234567890", date, Locale::Uk).unwrap();
    let nb = withdrawal_letter("Olena Kovalenko", "201234567890", date, Locale::Nb).unwrap();
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

    let en = withdrawal_letter("Olena Kovalenko", "201234567890", date, Locale::En).unwrap();
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
    let letter = withdrawal_letter(
        "  Olena \n  Kovalenko\t",
        "201234567890",
        d("2026-11-21"),
        Locale::Nb,
    )
    .unwrap();
    assert_eq!(letter.lines[0], "Olena Kovalenko");
    assert_eq!(letter.lines.last().unwrap(), "Olena Kovalenko");
}

#[test]
fn letter_errors_name_the_field_in_three_languages() {
    let date = d("2026-11-21");
    let fields = |r: Result<Letter, Vec<permit_check::rules::FieldError>>| {
        r.unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        fields(withdrawal_letter(" ", "201234567890", date, Locale::En)),
        ["name"]
    );
    assert_eq!(
        fields(withdrawal_letter("Olena", "2012 3456", date, Locale::En)),
        ["dufNumber"]
    );
    assert_eq!(
        fields(withdrawal_letter("", "", date, Locale::En)),
        ["name", "dufNumber"]
    );
    assert_eq!(
        fields(withdrawal_letter(
            &"x".repeat(201),
            "201234567890",
            date,
            Locale::En
        )),
        ["name"]
    );
    assert!(withdrawal_letter(&"x".repeat(200), "201234567890", date, Locale::En).is_ok());

    let messages = |loc| {
        withdrawal_letter("", "12", date, loc)
            .unwrap_err()
            .into_iter()
            .map(|e| e.message)
            .collect::<Vec<_>>()
    };
    let (en, nb, uk) = (
        messages(Locale::En),
        messages(Locale::Nb),
        messages(Locale::Uk),
    );
    assert!(en[0].contains("full name"));
    assert!(nb[0].contains("hele navnet"));
    assert!(uk[0].contains("повне ім'я"));
    assert!(en[1].contains("12 digits"));
    assert!(nb[1].contains("12 sifre"));
    assert!(uk[1].contains("12 цифр"));
    // An empty DUF number gets its own message ("write it"), a wrong one says what is wrong.
    let empty = withdrawal_letter("Olena", "  ", date, Locale::En).unwrap_err();
    assert!(empty[0].message.starts_with("Write your DUF number"));
    assert!(en[1].starts_with("A DUF number has 12 digits"));
}

proptest! {
    /// Any name and number: a letter or field errors, never a panic.
    #[test]
    fn the_letter_never_panics(name in ".{0,250}", duf in ".{0,20}", days in -100_000i64..100_000) {
        let date = permit_check::rules::dates::add_days(d("2000-01-01"), days);
        for loc in Locale::ALL {
            match withdrawal_letter(&name, &duf, date, loc) {
                Ok(letter) => {
                    prop_assert_eq!(letter.duf_number.len(), 12);
                    prop_assert!(!letter.to_text().is_empty());
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
        distinct_in_three_languages(|l| h.purpose.text(l));
    }
}
