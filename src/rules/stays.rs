//! Checking what a person entered about their stays abroad (RULES.md C8), for every checker that
//! takes them: the recorded stays, and the planned trip shared by the permanent-permit and
//! travel-limits checks. One reading of "overlaps", written once, here.
//!
//! - Stays are half-open in time: coming back and leaving again on the same day is allowed (the
//!   stays touch, they do not overlap).
//! - A stay still going on (no `to`) runs on: any stay that starts after it overlaps it.
//! - A planned trip without a return date runs on indefinitely as well, so a recorded stay that
//!   starts on or after its departure overlaps it; the person is asked for the return date (on
//!   or before that stay's departure) instead of being given an answer bounded by a stay they may
//!   have recorded by mistake. While a stay is still going on its return day is unknown, so no
//!   planned trip can be placed after it: the latest return is worked out for the stay the
//!   person is on. (Choices RULES.md leaves open; each asks for the missing fact rather than
//!   guess it.)

use super::dates::{Date, DateProblem, Stay};
use super::InputError;
use crate::msg;
use crate::text::Msg;

/// A planned trip (`plannedTrip`): the day of leaving, an optional intended return day, and
/// whether it goes to another Schengen state or to Ukraine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Trip {
    pub from: Date,
    pub to: Option<Date>,
    #[serde(default)]
    pub schengen: bool,
    #[serde(default)]
    pub ukraine: bool,
}

impl Trip {
    /// The trip as a stay coming back on `back`.
    pub fn returning(&self, back: Date) -> Stay {
        Stay {
            from: self.from,
            to: Some(back),
            schengen: self.schengen,
            ukraine: self.ukraine,
        }
    }
}

impl DateProblem {
    /// What is wrong with a typed date and how to fix it.
    pub fn msg(self) -> Msg {
        match self {
            DateProblem::Format => msg!("date-format"),
            DateProblem::DoesNotExist => msg!("date-does-not-exist"),
            DateProblem::MissingDay => msg!("date-missing-day"),
            DateProblem::MissingMonth => msg!("date-missing-month"),
            DateProblem::MissingYear => msg!("date-missing-year"),
            DateProblem::BadDay => msg!("date-bad-day"),
            DateProblem::BadMonth => msg!("date-bad-month"),
            DateProblem::BadYear => msg!("date-bad-year"),
        }
    }
}

/// C8: checks a list of stays for a return before the departure, a stay still going on that
/// starts after `as_of`, and stays that overlap (more than one ongoing stay included). `field` is
/// the list's name in the input (`stays`); entries are named `stays[i].from` etc. Order does not
/// matter: the list is compared in date order.
pub fn check_stays(stays: &[Stay], as_of: Date, field: &str) -> Vec<InputError> {
    let mut errors = Vec::new();
    for (i, s) in stays.iter().enumerate() {
        let n = i + 1;
        if let Some(to) = s.to {
            if to < s.from {
                errors.push(InputError::new(
                    format!("{field}[{i}].to"),
                    msg!(
                        "stays-return-before-departure",
                        n = n,
                        to_s = to,
                        from_s = s.from
                    ),
                ));
            }
        } else if s.from > as_of {
            errors.push(InputError::new(
                format!("{field}[{i}].to"),
                msg!(
                    "stays-ongoing-starts-later",
                    n = n,
                    from_s = s.from,
                    as_of_s = as_of
                ),
            ));
        }
    }
    if !errors.is_empty() {
        return errors;
    }
    let mut order: Vec<usize> = (0..stays.len()).collect();
    order.sort_by_key(|&i| (stays[i].from, stays[i].to.is_none(), stays[i].to));
    for w in order.windows(2) {
        let (a, b) = (w[0], w[1]);
        let (sa, sb) = (stays[a], stays[b]);
        let overlaps = match sa.to {
            None => true,
            Some(to) => sb.from < to,
        };
        if overlaps {
            let (na, nb) = (a + 1, b + 1);
            let error = match sa.to {
                Some(to) => msg!(
                    "stays-overlap",
                    nb = nb,
                    na = na,
                    a_from = sa.from,
                    a_to = to
                ),
                None => msg!("stays-after-ongoing", na = na, a_from = sa.from, nb = nb),
            };
            errors.push(InputError::new(format!("{field}[{b}].from"), error));
        }
    }
    errors
}

/// Whether the planned trip (`[from, to)`, or from `from` on without a return date) overlaps a
/// recorded stay; a stay still going on always does. Touching is not overlapping.
pub fn trip_overlaps(trip: &Trip, stay: &Stay) -> bool {
    match stay.to {
        None => true,
        Some(to) => trip.from < to && trip.to.is_none_or(|t| stay.from < t),
    }
}

/// C8 for the planned trip: a return before the departure (error on `plannedTrip.to`); a trip
/// that overlaps a recorded stay, or any trip while a stay is still going on (error on
/// `plannedTrip.from`). Only the first problem is reported. `stays` must have passed
/// [`check_stays`].
pub fn check_trip(trip: &Trip, stays: &[Stay]) -> Option<InputError> {
    if let Some(to) = trip.to {
        if to < trip.from {
            return Some(InputError::new(
                "plannedTrip.to",
                msg!(
                    "trip-return-before-departure",
                    to_s = to,
                    from_s = trip.from
                ),
            ));
        }
    }
    let mut order: Vec<usize> = (0..stays.len()).collect();
    order.sort_by_key(|&i| (stays[i].from, stays[i].to.is_none(), stays[i].to));
    let (i, s) = order
        .into_iter()
        .map(|i| (i, stays[i]))
        .find(|(_, s)| trip_overlaps(trip, s))?;
    let n = i + 1;
    let message = match s.to {
        None => msg!("trip-during-ongoing-stay", n = n, stay_from = s.from),
        Some(to) if trip.to.is_none() && s.from >= trip.from => msg!(
            "trip-open-ended-before-stay",
            from_s = trip.from,
            n = n,
            stay_from = s.from,
            stay_to = to
        ),
        Some(to) => msg!(
            "trip-overlaps-stay",
            from_s = trip.from,
            n = n,
            stay_from = s.from,
            stay_to = to
        ),
    };
    Some(InputError::new("plannedTrip.from", message))
}

/// The answer to the planned trip's own return date, said after the latest return date: in
/// time, or too late (by the same test as `plannedReturnWithinLimits`). The person who typed a
/// return date reads whether that date works, not only which date would.
///
/// A planned return after the permit's last day is not written out: no date after the permit
/// ends is put before the person as a return date, even their own (`permit_end`).
pub fn planned_return_sentence(back: Date, within: Option<bool>, permit_end: Option<Date>) -> Msg {
    if permit_end.is_some_and(|end| back > end) {
        msg!("plan-return-after-permit")
    } else if within == Some(false) {
        msg!("plan-return-late", back = back)
    } else {
        msg!("plan-return-in-time", back = back)
    }
}
