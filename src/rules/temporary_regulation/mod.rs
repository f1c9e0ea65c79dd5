//! Checker `temporary-regulation`: the temporary regulation for long-staying asylum seekers,
//! utf. § 8-14 (RULES.md §1, seed 001).
//!
//! The cut-off is `X` = 1 October 2021 ([`TR_CUTOFF`]). `S` is the first asylum application and
//! `A` the days abroad (C3) between `S` and `X`. Residence time is `R = (X - S) - A` days.
//! Every criterion below must be met ([`Outcome::all_of`]).
//!
//! Choices where RULES.md is silent (each protects the user, and is repeated beside its code):
//! - A first application dated after `asOf` is an input error, not a "not met": it cannot have
//!   happened yet, so it is almost certainly a typing mistake, and answering "not eligible" on a
//!   typo would mislead. The user is asked to check the date.
//! - A first application after `X` gives a negative `R` (reported as is in `residenceDays`) and
//!   `tr.sixteen-years` not met. For `tr.combined-65` the residence time is taken as zero, never
//!   negative: a person cannot have less than no residence.
//! - `tr.combined-65` is met from the date of birth alone when the age on `X` is already 65 years,
//!   even if the first application is unknown (residence can only add to it); and from the first
//!   application alone when even a person born on that day would reach 65 years.
//! - A request dated before the regulation came into force (1 June 2021) meets `tr.deadline`; the
//!   explanation says to send it on or after 1 June 2021.

use serde::{Deserialize, Serialize};

use super::dates::{
    add_days, add_years, borderline, calendar_difference, days_between, DaySet, Span, Stay,
};
use super::law::{
    TR_CUTOFF, TR_DEADLINE, TR_IN_FORCE, TR_LIVED_IN_NORWAY_ON, TR_MIN_AGE_PLUS_RESIDENCE_YEARS,
    TR_MIN_RESIDENCE_YEARS,
};
use super::stays::check_stays;
use super::{
    mark_not_met_decisive, span, Context, Criterion, Date, Evaluation, Figure, InputError, Outcome,
    Status,
};
use crate::msg;
use crate::text::{Arg, Msg, Text};

mod criteria;
use criteria::*;

const SEED: &str = "seed:001";

/// The answers of a `temporary-regulation` request (API.md `input`). `None` = unknown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Input {
    pub date_of_birth: Option<Date>,
    pub first_asylum_application: Option<Date>,
    pub stays: Vec<Stay>,
    pub applied_for_asylum: Option<bool>,
    pub left_after_rejection_and_reapplied: Option<bool>,
    pub lived_in_norway_on_20190101: Option<bool>,
    pub lives_in_norway: Option<bool>,
    pub convicted: Option<bool>,
    pub has_residence_permit: Option<bool>,
    pub identity_documented: Option<bool>,
    /// The day the request for an assessment was made; `None`: `asOf`.
    pub request_date: Option<Date>,
}

crate::choice! {
    /// The permit a successful request gives (`permitType`).
    pub enum PermitType {
        /// A permit that can lead to permanent residence.
        Full => "full",
        /// Identity not documented: a limited permit, which does not (utl. § 38 (5)).
        Limited => "limited",
    }
}

/// The figures of a `temporary-regulation` answer (API.md names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Figures {
    /// `R`, the residence time in days up to the cut-off (negative when `S` is after it).
    pub residence_days: Option<i64>,
    /// `A`, the days abroad between `S` and the cut-off.
    pub days_abroad: Option<i64>,
    /// `S + 16 years + A days`.
    pub sixteen_years_reached_on: Option<Date>,
    /// The first day age and residence together reach 65 years.
    pub combined65_reached_on: Option<Date>,
    /// Age in whole years on the cut-off.
    pub age_on_cutoff: Option<i64>,
    /// The dates the figures are counted to, so that a reader (the UI) can write them out
    /// ("16 years and 2 months of residence by 1 October 2021") without its own copy of them.
    pub cutoff: Date,
    pub deadline: Date,
}

/// The answer's own top-level fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Extra {
    /// `full` or `limited` when eligible and the identity answer is known; else `null`.
    pub permit_type: Option<PermitType>,
}

/// Residence figures, known once the first application `S` is.
struct Residence {
    /// `S`.
    first: Date,
    /// `A`: days abroad (C3) inside `[S, X)`.
    abroad: i64,
    /// `R = (X - S) - A`; negative when `S` is after `X`.
    days: i64,
    /// `S + 16 years + A days`.
    sixteen_years_reached_on: Date,
    /// Days abroad outside `[S, X)` (before the application or after the cut-off): not deducted.
    not_deducted: i64,
}

impl Residence {
    fn new(first: Date, abroad: &DaySet) -> Residence {
        // A stay crossing S or X counts only its days inside [S, X); an empty window when S > X.
        let a = abroad.count_in(Span::new(first, TR_CUTOFF));
        Residence {
            first,
            abroad: a,
            days: days_between(first, TR_CUTOFF).saturating_sub(a),
            sixteen_years_reached_on: add_days(add_years(first, TR_MIN_RESIDENCE_YEARS), a),
            not_deducted: abroad.total().saturating_sub(a),
        }
    }

    /// Residence counted for the combined test: never below zero (an application after the
    /// cut-off gives no residence time, not a negative one).
    fn for_combined(&self) -> i64 {
        self.days.max(0)
    }
}

/// Residence days in `[S, d)`: the days since the first application, minus the days abroad.
fn residence_on(first: Date, d: Date, abroad: &DaySet) -> i64 {
    if d <= first {
        return 0;
    }
    days_between(first, d).saturating_sub(abroad.count_in(Span::new(first, d)))
}

/// The first date `d` on which age + residence reaches 65 years: `(birth + 65 years) - R(d) <= d`,
/// with `R(d)` the residence in `[S, d)`. The left side never grows and `d` grows by one each day,
/// so the test flips once, and the date is found by bisection between the birth and the 65th
/// birthday (on which age alone is enough).
fn combined_65_reached_on(birth: Date, first: Date, abroad: &DaySet) -> Date {
    let target = add_years(birth, TR_MIN_AGE_PLUS_RESIDENCE_YEARS);
    let reached = |d: Date| add_days(d, residence_on(first, d, abroad)) >= target;
    let (mut lo, mut hi) = (0i64, days_between(birth, target).max(0));
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if reached(add_days(birth, mid)) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    add_days(birth, lo)
}

/// Evaluates the `temporary-regulation` checker (RULES.md §1).
pub fn evaluate(
    input: &Input,
    ctx: &Context,
) -> Result<Evaluation<Figures, Extra>, Vec<InputError>> {
    let errors = check(input, ctx, true);
    if !errors.is_empty() {
        return Err(errors);
    }
    let abroad = DaySet::new(
        input
            .stays
            .iter()
            .map(|s| s.abroad(ctx.as_of, ctx.counting)),
    );
    let residence = input
        .first_asylum_application
        .map(|s| Residence::new(s, &abroad));
    let reached_65 = match (input.date_of_birth, input.first_asylum_application) {
        (Some(b), Some(s)) => Some(combined_65_reached_on(b, s, &abroad)),
        _ => None,
    };
    let age_on_cutoff = input
        .date_of_birth
        .filter(|b| *b <= TR_CUTOFF)
        .map(|b| calendar_difference(b, TR_CUTOFF).0);

    let mut criteria = vec![
        applied_for_asylum(input.applied_for_asylum),
        no_return_after_rejection(input.left_after_rejection_and_reapplied),
        sixteen_years(residence.as_ref()),
        combined_65(input.date_of_birth, residence.as_ref(), reached_65),
        lived_in_norway_2019(input.lived_in_norway_on_20190101, &input.stays, ctx),
        lives_in_norway(input.lives_in_norway),
        no_conviction(input.convicted),
        no_residence_permit(input.has_residence_permit),
        deadline(input.request_date, ctx),
    ];
    let outcome = Outcome::all_of(&criteria);
    // A limited permit when identity is not documented (utl. § 38 (5)); unknown → null.
    let permit_type = match (outcome, input.identity_documented) {
        (Outcome::Eligible, Some(true)) => Some(PermitType::Full),
        (Outcome::Eligible, Some(false)) => Some(PermitType::Limited),
        _ => None,
    };
    mark_not_met_decisive(&mut criteria, outcome);
    let summary = summary(outcome, permit_type, &criteria, input, residence.as_ref());
    Ok(Evaluation {
        outcome,
        criteria,
        summary,
        figures: Figures {
            residence_days: residence.as_ref().map(|r| r.days),
            days_abroad: residence.as_ref().map(|r| r.abroad),
            sixteen_years_reached_on: residence.as_ref().map(|r| r.sixteen_years_reached_on),
            combined65_reached_on: reached_65,
            age_on_cutoff,
            cutoff: TR_CUTOFF,
            deadline: TR_DEADLINE,
        },
        extra: Extra { permit_type },
    })
}

/// The summary (API.md rev. 2): the outcome and the fact that decides it, then that the scheme is
/// closed to new requests (RULES.md §1 rev. 2: the deadline passed and was never extended).
fn summary(
    outcome: Outcome,
    permit_type: Option<PermitType>,
    criteria: &[Criterion],
    input: &Input,
    residence: Option<&Residence>,
) -> Text {
    let not_met = |id: &str| {
        criteria
            .iter()
            .any(|c| c.id == id && c.status == Status::NotMet)
    };
    let mut t = Text::new();
    match outcome {
        Outcome::Eligible => t.push(match permit_type {
            Some(PermitType::Full) => msg!("tr-summary-eligible-full"),
            Some(PermitType::Limited) => msg!("tr-summary-eligible-limited"),
            None => msg!("tr-summary-eligible"),
        }),
        Outcome::NotEligible => {
            // The fact that decides it: the figures of the two counted criteria first, then the
            // answers, then the deadline.
            let combined = match (input.date_of_birth, residence) {
                (Some(b), Some(r)) if not_met("tr.combined-65") && b <= TR_CUTOFF => {
                    let total = span(add_days(b, -r.for_combined()), TR_CUTOFF);
                    Some(msg!(
                        "tr-summary-combined-65",
                        cutoff = TR_CUTOFF,
                        total = total
                    ))
                }
                _ => None,
            };
            let sixteen = match residence {
                Some(r) if not_met("tr.sixteen-years") && r.first <= TR_CUTOFF => {
                    let res = span(add_days(r.first, r.abroad), TR_CUTOFF);
                    Some(msg!(
                        "tr-summary-sixteen-years",
                        cutoff = TR_CUTOFF,
                        residence = res
                    ))
                }
                _ => None,
            };
            let others: Vec<Arg> = criteria
                .iter()
                .filter(|c| c.status == Status::NotMet)
                .filter(|c| {
                    !(c.id == "tr.combined-65" && combined.is_some()
                        || c.id == "tr.sixteen-years" && sixteen.is_some())
                })
                .map(|c| Msg::new(reason_of(c.id)).into())
                .collect();
            t.0.extend(sixteen);
            t.0.extend(combined);
            if !others.is_empty() {
                t.push(msg!("tr-summary-not-eligible", reasons = others));
            }
        }
        _ => {
            let questions: Vec<Arg> = criteria
                .iter()
                .filter(|c| c.status == Status::Unknown)
                .map(|c| Msg::new(question_of(c.id)).into())
                .collect();
            t.push(msg!("tr-summary-unknown", questions = questions));
        }
    }
    t.push(msg!("tr-summary-closed", deadline = TR_DEADLINE));
    t
}

/// A not-met criterion in a few words, for the summary.
fn reason_of(id: &str) -> &'static str {
    match id {
        "tr.applied-for-asylum" => "tr-reason-applied-for-asylum",
        "tr.no-return-after-rejection" => "tr-reason-no-return-after-rejection",
        "tr.sixteen-years" => "tr-reason-sixteen-years",
        "tr.combined-65" => "tr-reason-combined-65",
        "tr.lived-in-norway-2019" => "tr-reason-lived-in-norway-2019",
        "tr.lives-in-norway" => "tr-reason-lives-in-norway",
        "tr.no-conviction" => "tr-reason-no-conviction",
        "tr.no-residence-permit" => "tr-reason-no-residence-permit",
        _ => "tr-reason-deadline",
    }
}

/// An unknown criterion as the question still to answer, for the summary.
fn question_of(id: &str) -> &'static str {
    match id {
        "tr.applied-for-asylum" => "tr-question-applied-for-asylum",
        "tr.no-return-after-rejection" => "tr-question-no-return-after-rejection",
        "tr.sixteen-years" => "tr-question-sixteen-years",
        "tr.combined-65" => "tr-question-combined-65",
        "tr.lived-in-norway-2019" => "tr-question-lived-in-norway-2019",
        "tr.lives-in-norway" => "tr-question-lives-in-norway",
        "tr.no-conviction" => "tr-question-no-conviction",
        "tr.no-residence-permit" => "tr-question-no-residence-permit",
        _ => "tr-question-deadline",
    }
}

/// C8: the answers' own consistency. `stays_complete` is false when some entries of the list
/// could not be read (their positions would not match the input's), and the list is then not
/// checked.
pub fn check(input: &Input, ctx: &Context, stays_complete: bool) -> Vec<InputError> {
    let mut errors = Vec::new();
    if stays_complete {
        errors.extend(check_stays(&input.stays, ctx.as_of, "stays"));
    }
    let as_of_s = ctx.as_of;
    if let Some(birth) = input.date_of_birth {
        let birth_s = birth;
        let message = if birth > ctx.as_of {
            Some(msg!(
                "tr-read-date-birth-after",
                birth_s = birth_s,
                as_of_s = as_of_s
            ))
        } else if let Some(first) = input.first_asylum_application.filter(|s| birth > *s) {
            let first_s = first;
            Some(msg!(
                "tr-read-date-birth-after-2",
                birth_s = birth_s,
                first_s = first_s
            ))
        } else if let Some(request) = input.request_date.filter(|q| birth > *q) {
            let request_s = request;
            Some(msg!(
                "tr-read-date-birth-after-3",
                birth_s = birth_s,
                request_s = request_s
            ))
        } else {
            None
        };
        if let Some(message) = message {
            errors.push(InputError::new("dateOfBirth", message));
        }
    }
    // Protective choice (RULES.md is silent): an application dated after asOf cannot have been
    // made yet; it is almost surely a typo, so ask for the date instead of answering "not eligible".
    if let Some(first) = input.first_asylum_application.filter(|s| *s > ctx.as_of) {
        let first_s = first;
        errors.push(InputError::new(
            "firstAsylumApplication",
            msg!(
                "tr-read-date-first-asylum",
                first_s = first_s,
                as_of_s = as_of_s
            ),
        ));
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::dates::ymd;

    #[test]
    fn combined_reach_date_matches_the_test_on_the_cutoff() {
        // 49 + 16: born 1972-10-01, applied 2005-10-01, no stays: reached exactly on X.
        let none = DaySet::default();
        let reached = combined_65_reached_on(ymd(1972, 10, 1), ymd(2005, 10, 1), &none);
        assert_eq!(reached, TR_CUTOFF);
        // One day younger: reached the day after X.
        let reached = combined_65_reached_on(ymd(1972, 10, 2), ymd(2005, 10, 1), &none);
        assert!(reached > TR_CUTOFF);
    }

    #[test]
    fn residence_before_the_application_is_zero() {
        let none = DaySet::default();
        assert_eq!(
            residence_on(ymd(2010, 1, 1), ymd(2009, 1, 1), &none),
            0,
            "no residence before applying"
        );
        assert_eq!(residence_on(ymd(2010, 1, 1), ymd(2010, 1, 11), &none), 10);
    }
}
