//! The criteria of the 2021 temporary regulation, one small function each (its doc comment
//! quotes the source); `mod.rs` puts them together.

use super::*;

/// A yes/no criterion: the three explanations are given for met, not met and unknown.
pub(super) fn answered(
    id: &'static str,
    status: Status,
    explanation: Msg,
    field: &'static str,
    answer: Option<bool>,
    sources: &[&'static str],
) -> Criterion {
    Criterion::new(id, status, explanation, sources).with_figure(field, answer)
}

/// `tr.applied-for-asylum`.
///
/// Seed 001: "You have applied for asylum in Norway". utf. § 8-14 (1): the permit is for a
/// foreigner who has applied for protection (asylum) in Norway.
pub(super) fn applied_for_asylum(answer: Option<bool>) -> Criterion {
    let explanation = match answer {
        Some(true) => msg!("tr-applied-for-asylum-applied-asylum-protection"),
        Some(false) => msg!("tr-applied-for-asylum-regulation-only-people"),
        None => msg!("tr-applied-for-asylum-answer-whether-applied"),
    };
    answered(
        "tr.applied-for-asylum",
        Status::from_answer(answer),
        explanation,
        "appliedForAsylum",
        answer,
        &[SEED, "utf. § 8-14 (1)"],
    )
}

/// `tr.no-return-after-rejection`: met when `leftAfterRejectionAndReapplied` is false.
///
/// Seed 001: "If you have left the country after a denial of your applicaton for protection
/// (asylum), and have later returned to Norway and applied for protection a second time, you are
/// not eligible for a permit under this temporary regulation." This is UNE's practice under
/// utf. § 8-14 (1) ("have not returned after a negative decision").
pub(super) fn no_return_after_rejection(answer: Option<bool>) -> Criterion {
    let explanation = match answer {
        Some(false) => msg!("tr-no-return-after-rejection-left-norway-after"),
        Some(true) => msg!("tr-no-return-after-rejection-left-norway-after-2"),
        None => msg!("tr-no-return-after-rejection-answer-whether-left"),
    };
    answered(
        "tr.no-return-after-rejection",
        Status::from_answer(answer.map(|left| !left)),
        explanation,
        "leftAfterRejectionAndReapplied",
        answer,
        &[SEED, "UNE practice", "utf. § 8-14 (1)"],
    )
}

/// `tr.sixteen-years`: met iff `S + 16 years + A days <= X`.
///
/// Seed 001: "You have lived in Norway for at least 16 years by October 1st 2021 … The minimum
/// of 16 years residency in Norway is calculated from the time you first applied for protection
/// (asylum) in the country. Both legal and illegal residency in Norway counts. If you have spent
/// short periods abroad (outside of Norway), that time will be deducted from your overall period
/// of residency." utf. § 8-14 (1)-(2).
///
/// Borderline (C7): `S + 16 years + A days` within 7 days of `X`, either side.
pub(super) fn sixteen_years(residence: Option<&Residence>) -> Criterion {
    const ID: &str = "tr.sixteen-years";
    const SOURCES: [&str; 3] = [SEED, "utf. § 8-14 (1)", "utf. § 8-14 (2)"];
    let sixteen = Arg::years(TR_MIN_RESIDENCE_YEARS);
    let cutoff_s = TR_CUTOFF;
    let Some(r) = residence else {
        let explanation = msg!("tr-sixteen-years-enter-date-first", sixteen = sixteen);
        return Criterion::new(ID, Status::Unknown, explanation, &SOURCES)
            .with_figure("firstAsylumApplication", Figure::None)
            .with_figure("daysAbroad", Figure::None)
            .with_figure("residenceDays", Figure::None)
            .with_figure("sixteenYearsReachedOn", Figure::None);
    };
    let met = r.sixteen_years_reached_on <= TR_CUTOFF;
    let first_s = r.first;
    let mut explanation = if r.first > TR_CUTOFF {
        Text::from(msg!(
            "tr-sixteen-years-first-applied-asylum",
            first_s = first_s,
            cutoff_s = cutoff_s,
            sixteen = sixteen.clone()
        ))
    } else {
        let res_s = span(add_days(r.first, r.abroad), TR_CUTOFF);
        let total_s = Arg::days(days_between(r.first, TR_CUTOFF));
        let abroad_s = Arg::days(r.abroad);
        let reached_s = r.sixteen_years_reached_on;
        let mut s = Text::from(msg!(
            "tr-sixteen-years-by-had-residence",
            cutoff_s = cutoff_s,
            res_s = res_s,
            total_s = total_s,
            first_s = first_s,
            abroad_s = abroad_s,
            sixteen = sixteen.clone()
        ));
        s.push(if met {
            msg!(
                "tr-sixteen-years-reached",
                sixteen = sixteen,
                reached_s = reached_s
            )
        } else {
            msg!(
                "tr-sixteen-years-would-reach-only",
                sixteen = sixteen,
                reached_s = reached_s
            )
        });
        s
    };
    if r.not_deducted > 0 {
        let excluded_s = Arg::days(r.not_deducted);
        explanation.push(msg!(
            "tr-sixteen-years-abroad-before-application",
            excluded_s = excluded_s,
            cutoff_s = cutoff_s
        ));
    }
    explanation.push(msg!("tr-sixteen-years-both-legal-illegal"));
    let status = if met { Status::Met } else { Status::NotMet };
    Criterion::new(ID, status, explanation, &SOURCES)
        .with_borderline(borderline(
            days_between(TR_CUTOFF, r.sixteen_years_reached_on),
            0,
        ))
        .with_figure("firstAsylumApplication", r.first)
        .with_figure("daysAbroad", Figure::Days(r.abroad))
        .with_figure("residenceDays", Figure::Days(r.days))
        .with_figure("sixteenYearsReachedOn", r.sixteen_years_reached_on)
}

/// `tr.combined-65`: met iff `(dateOfBirth + 65 years) - R days <= X`.
///
/// Seed 001: "You must have a combined age and time spent in Norway of at least 65 years. If, for
/// example, you are 49 years old and have lived in Norway for 16 years, your total age and
/// residence time is 65 years … If, for example, you are 40 years old and have lived in Norway
/// for 25 years, your total age and residence time is 65 years … You must meet the criteria of a
/// total of 65 years (age + time) by October 1st 2021." utf. § 8-14 (1).
///
/// Borderline (C7): the date `(dateOfBirth + 65 years) - R days` within 7 days of `X`, i.e. age
/// and residence together within 7 days of 65 years.
pub(super) fn combined_65(
    birth: Option<Date>,
    residence: Option<&Residence>,
    reached_on: Option<Date>,
) -> Criterion {
    const ID: &str = "tr.combined-65";
    const SOURCES: [&str; 2] = [SEED, "utf. § 8-14 (1)"];
    let sixty_five = Arg::years(TR_MIN_AGE_PLUS_RESIDENCE_YEARS);
    let cutoff_s = TR_CUTOFF;
    let age_on_cutoff = birth
        .filter(|b| *b <= TR_CUTOFF)
        .map(|b| calendar_difference(b, TR_CUTOFF).0);
    // The date on which the test's left side falls, and whether that is the real figure (both
    // dates known) or a bound that already settles the question.
    let (status, explanation, limit_date) = match (birth, residence) {
        (Some(b), _) if b > TR_CUTOFF => {
            // Born after the cut-off: the first application cannot be earlier, so no residence.
            let birth_s = b;
            let explanation = Text::from(msg!(
                "tr-combined-65-born-after-age",
                birth_s = birth_s,
                cutoff_s = cutoff_s,
                sixty_five = sixty_five
            ));
            (Status::NotMet, explanation, None)
        }
        (Some(b), Some(r)) => {
            let res = r.for_combined();
            let limit = add_days(add_years(b, TR_MIN_AGE_PLUS_RESIDENCE_YEARS), -res);
            let met = limit <= TR_CUTOFF;
            let age_s = span(b, TR_CUTOFF);
            let res_s = span(add_days(TR_CUTOFF, -res), TR_CUTOFF);
            let total_s = span(add_days(b, -res), TR_CUTOFF);
            let mut s = Text::from(msg!(
                "tr-combined-65-old-had-residence",
                cutoff_s = cutoff_s,
                age_s = age_s,
                res_s = res_s,
                total_s = total_s,
                sixty_five = sixty_five.clone()
            ));
            if let Some(reached) = reached_on {
                let reached_s = reached;
                s.push(if met {
                    msg!(
                        "tr-combined-65-age-residence-together",
                        sixty_five = sixty_five,
                        reached_s = reached_s
                    )
                } else {
                    msg!(
                        "tr-combined-65-together-they-would",
                        sixty_five = sixty_five,
                        reached_s = reached_s
                    )
                });
            }
            let status = if met { Status::Met } else { Status::NotMet };
            (status, s, Some(limit))
        }
        (Some(b), None) => {
            // Residence unknown: age alone may already settle it (residence only adds).
            let target = add_years(b, TR_MIN_AGE_PLUS_RESIDENCE_YEARS);
            let age_s = span(b, TR_CUTOFF);
            if target <= TR_CUTOFF {
                let explanation = Text::from(msg!(
                    "tr-combined-65-already-old-age",
                    cutoff_s = cutoff_s,
                    age_s = age_s,
                    sixty_five = sixty_five
                ));
                (Status::Met, explanation, Some(target))
            } else {
                let explanation = Text::from(msg!(
                    "tr-combined-65-old-enter-date",
                    cutoff_s = cutoff_s,
                    age_s = age_s
                ));
                (Status::Unknown, explanation, None)
            }
        }
        (None, Some(r)) => {
            // Birth unknown, but not after the first application: the youngest possible person
            // was born on S. If even they reach 65 years, the criterion is met.
            let res = r.for_combined();
            let limit = add_days(add_years(r.first, TR_MIN_AGE_PLUS_RESIDENCE_YEARS), -res);
            let res_s = span(add_days(TR_CUTOFF, -res), TR_CUTOFF);
            if r.first <= TR_CUTOFF && limit <= TR_CUTOFF {
                let first_s = r.first;
                let min_age_s = span(r.first, TR_CUTOFF);
                let total_s = span(add_days(r.first, -res), TR_CUTOFF);
                let explanation = Text::from(msg!(
                    "tr-combined-65-date-birth-missing",
                    cutoff_s = cutoff_s,
                    min_age_s = min_age_s,
                    first_s = first_s,
                    res_s = res_s,
                    total_s = total_s,
                    sixty_five = sixty_five
                ));
                (Status::Met, explanation, Some(limit))
            } else {
                let explanation = Text::from(msg!(
                    "tr-combined-65-enter-date-birth",
                    cutoff_s = cutoff_s,
                    res_s = res_s
                ));
                (Status::Unknown, explanation, None)
            }
        }
        (None, None) => {
            let explanation = Text::from(msg!(
                "tr-combined-65-enter-date-birth-2",
                sixty_five = sixty_five,
                cutoff_s = cutoff_s
            ));
            (Status::Unknown, explanation, None)
        }
    };
    let near = limit_date.is_some_and(|d| borderline(days_between(TR_CUTOFF, d), 0));
    Criterion::new(ID, status, explanation, &SOURCES)
        .with_borderline(near)
        .with_figure("dateOfBirth", birth)
        .with_figure("ageOnCutoff", Figure::years(age_on_cutoff))
        .with_figure("residenceDays", Figure::days(residence.map(|r| r.days)))
        .with_figure("combined65ReachedOn", reached_on)
}

/// `tr.lived-in-norway-2019`: met when `livedInNorwayOn20190101` is true and no stay's days abroad
/// (C3) cover 1 January 2019; a stay covering it → not met whatever the answer.
///
/// Seed 001: "You lived in Norway on January 1st 2019". utf. § 8-14 (2).
///
/// Borderline (C7): a day abroad within 7 days of 1 January 2019 when the day is not covered (a
/// day's shift of a travel date would cover it), or a day in Norway within 7 days when it is.
pub(super) fn lived_in_norway_2019(
    answer: Option<bool>,
    stays: &[Stay],
    ctx: &Context,
) -> Criterion {
    let day = TR_LIVED_IN_NORWAY_ON;
    let day_s = day;
    let spans: Vec<(usize, &Stay, Span)> = stays
        .iter()
        .enumerate()
        .map(|(i, s)| (i, s, s.abroad(ctx.as_of, ctx.counting)))
        .filter(|(_, _, span)| !span.is_empty())
        .collect();
    let covering = spans.iter().find(|(_, _, span)| span.contains(day));
    // Days from 1 January 2019 to the nearest day that would change the answer.
    let margin = spans
        .iter()
        .map(|(_, _, span)| {
            if span.contains(day) {
                (days_between(span.start, day) + 1).min(days_between(day, span.end))
            } else if span.end <= day {
                days_between(span.end, day) + 1
            } else {
                days_between(day, span.start)
            }
        })
        .min();
    let (status, explanation) = match (covering, answer) {
        (Some((_, stay, _)), _) => {
            let from_s = stay.from;
            let explanation = match stay.to {
                Some(to) => {
                    let to_s = to;
                    msg!(
                        "tr-lived-in-norway-2019-stay-abroad-from",
                        from_s = from_s,
                        to_s = to_s,
                        day_s = day_s
                    )
                }
                None => msg!(
                    "tr-lived-in-norway-2019-stay-abroad-from-2",
                    from_s = from_s,
                    day_s = day_s
                ),
            };
            (Status::NotMet, explanation)
        }
        (None, Some(true)) => (
            Status::Met,
            msg!("tr-lived-in-norway-2019-lived-norway-none", day_s = day_s),
        ),
        (None, Some(false)) => (
            Status::NotMet,
            msg!("tr-lived-in-norway-2019-must-lived-norway", day_s = day_s),
        ),
        (None, None) => (
            Status::Unknown,
            msg!(
                "tr-lived-in-norway-2019-answer-whether-lived",
                day_s = day_s
            ),
        ),
    };
    // A "no" answer decides alone; otherwise the stays decide, and a close one is borderline.
    let near = answer != Some(false) && margin.is_some_and(|m| borderline(m, 0));
    let covering_index = covering.and_then(|(i, _, _)| i64::try_from(*i).ok());
    Criterion::new(
        "tr.lived-in-norway-2019",
        status,
        explanation,
        &[SEED, "utf. § 8-14 (2)"],
    )
    .with_borderline(near)
    .with_figure("livedInNorwayOn20190101", answer)
    .with_figure("stayCovering20190101", Figure::count(covering_index))
}

/// `tr.lives-in-norway`: met when `livesInNorway` is true.
///
/// Seed 001: "You live in Norway when you ask for an assessment of your case". RULES.md gives the
/// seed as the source; the condition belongs to utf. § 8-14 as a whole.
pub(super) fn lives_in_norway(answer: Option<bool>) -> Criterion {
    let explanation = match answer {
        Some(true) => msg!("tr-lives-in-norway-live-norway-must"),
        Some(false) => msg!("tr-lives-in-norway-must-live-norway"),
        None => msg!("tr-lives-in-norway-answer-whether-live"),
    };
    answered(
        "tr.lives-in-norway",
        Status::from_answer(answer),
        explanation,
        "livesInNorway",
        answer,
        &[SEED, "utf. § 8-14"],
    )
}

/// `tr.no-conviction`: met when `convicted` is false.
///
/// Seed 001: "You are also not eligible for a permit under this regulation if you have been
/// convicted of a crime. This means that you cannot be granted a permit if you have been sentenced
/// to prison in Norway, or if you have been fined for certain offenses such as minor theft or
/// embezzlement. … Criminal violations of the Immigration Act, for which you have not already been
/// convicted … do not preclude a residence permit under this regulation." utf. § 8-14 (3), which
/// points to the offences of utl. § 66 (1) c (prison, or a fine for an offence that can carry
/// prison: minor theft, embezzlement, receiving, money laundering, forgery, fraud).
pub(super) fn no_conviction(answer: Option<bool>) -> Criterion {
    let explanation = match answer {
        Some(false) => msg!("tr-no-conviction-been-convicted-crime"),
        Some(true) => msg!("tr-no-conviction-been-convicted-sentenced"),
        None => msg!("tr-no-conviction-answer-whether-been"),
    };
    answered(
        "tr.no-conviction",
        Status::from_answer(answer.map(|c| !c)),
        explanation,
        "convicted",
        answer,
        &[SEED, "utf. § 8-14 (3)", "utl. § 66 (1) c"],
    )
}

/// `tr.no-residence-permit`: met when `hasResidencePermit` is false.
///
/// Seed 001: "It is a temporary regulation for asylum seekers who do not currently hold a
/// residence permit in Norway. … If you have previously had a protection permit, which was later
/// revoked, you may still be entitled to a residence permit. The same applies if you have had
/// another type of residence permit; for example, a work permit." RULES.md gives the seed as the
/// source; the condition belongs to utf. § 8-14 as a whole.
pub(super) fn no_residence_permit(answer: Option<bool>) -> Criterion {
    let explanation = match answer {
        Some(false) => msg!("tr-no-residence-permit-do-hold-residence"),
        Some(true) => msg!("tr-no-residence-permit-regulation-people-who"),
        None => msg!("tr-no-residence-permit-answer-whether-hold"),
    };
    answered(
        "tr.no-residence-permit",
        Status::from_answer(answer.map(|p| !p)),
        explanation,
        "hasResidencePermit",
        answer,
        &[SEED, "utf. § 8-14"],
    )
}

/// `tr.deadline`: `requestDate` (default `asOf`) on or before 1 December 2021.
///
/// Seed 001: "The regulation enters into force from June 1st 2021, with an application deadline
/// by December 1st 2021. … You must ask for an assessment of your case at the latest by December
/// 1st 2021." utf. § 8-14 (4). The deadline was never extended.
///
/// A request dated before 1 June 2021 is still met (protective choice; RULES.md only sets the
/// deadline): the explanation says to send it from 1 June 2021.
///
/// Borderline (C7): the request date within 7 days of the deadline, either side.
pub(super) fn deadline(request_date: Option<Date>, ctx: &Context) -> Criterion {
    let request = request_date.unwrap_or(ctx.as_of);
    let request_s = request;
    let deadline_s = TR_DEADLINE;
    let mut explanation = Text::new();
    if request_date.is_none() {
        let as_of_s = ctx.as_of;
        explanation.push(msg!("tr-deadline-request-date-given", as_of_s = as_of_s));
    }
    let met = request <= TR_DEADLINE;
    if met {
        explanation.push(msg!(
            "tr-deadline-request-made-before",
            request_s = request_s,
            deadline_s = deadline_s
        ));
        if request < TR_IN_FORCE {
            let in_force_s = TR_IN_FORCE;
            explanation.push(msg!(
                "tr-deadline-regulation-applies-from",
                in_force_s = in_force_s
            ));
        }
    } else {
        let late_s = span(TR_DEADLINE, request);
        explanation.push(msg!(
            "tr-deadline-deadline-ask-assessment",
            deadline_s = deadline_s,
            request_s = request_s,
            late_s = late_s
        ));
    }
    let status = if met { Status::Met } else { Status::NotMet };
    Criterion::new(
        "tr.deadline",
        status,
        explanation,
        &[SEED, "utf. § 8-14 (4)"],
    )
    .with_borderline(borderline(days_between(TR_DEADLINE, request), 0))
    .with_figure("requestDate", request)
    .with_figure("deadline", TR_DEADLINE)
}
