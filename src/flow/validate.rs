//! What is wrong with a step's answers, before moving on: dates that are not dates, stays that
//! are not finished, and the check's own consistency rules (C8: a return before the departure,
//! overlapping stays, a permit that ends before it starts …), each on its field.
//!
//! Field names are the engine's (`permitEnd`, `stays[2].to`, `plannedTrip.from`), so that one
//! name links a problem to its field whoever found it.

use super::answers::Answers;
use super::evaluate::evaluate;
use super::steps::{Ask, Check, Step};
use crate::msg;
use crate::rules::{Context, InputError};

/// Whether an engine field belongs to a step.
pub fn belongs(step: &Step, field: &str) -> bool {
    match step.ask {
        Ask::Dates(fields) => fields.iter().any(|f| f.engine_field() == field),
        Ask::Stays => field == "stays" || field.starts_with("stays["),
        Ask::Trip => field.starts_with("plannedTrip"),
        Ask::YesNo(_) | Ask::Choice(_) => false,
    }
}

/// Every problem with this step's answers, in the order of the fields.
pub fn step_problems(check: Check, step: &Step, a: &Answers, ctx: &Context) -> Vec<InputError> {
    page_problems(check, &[step], a, ctx)
}

/// Every problem with the answers of several steps shown together (the caseworker page), in
/// the order of the steps: each field's own problems, then, when there are none, the check's
/// consistency rules, run once for all of them.
pub fn page_problems(check: Check, steps: &[&Step], a: &Answers, ctx: &Context) -> Vec<InputError> {
    page_problems_of(steps, a, || {
        evaluate(check, a, ctx).err().unwrap_or_default()
    })
}

/// [`page_problems`] with the check's own errors from an evaluation already made (`errors`,
/// asked for only when the fields themselves are well formed): the caseworker page evaluates
/// once per change, for its problems and for its answer.
pub fn page_problems_of(
    steps: &[&Step],
    a: &Answers,
    errors: impl FnOnce() -> Vec<InputError>,
) -> Vec<InputError> {
    let mut out: Vec<InputError> = steps.iter().flat_map(|s| own_problems(s, a)).collect();
    if out.is_empty() {
        out.extend(
            errors()
                .into_iter()
                .filter(|e| steps.iter().any(|s| belongs(s, &e.field))),
        );
    }
    out
}

/// A step's fields' own problems: dates that are not dates, stays not finished.
fn own_problems(step: &Step, a: &Answers) -> Vec<InputError> {
    let mut out = Vec::new();
    match step.ask {
        Ask::Dates(fields) => {
            for f in fields {
                if let Some(Err(p)) = f.get(a).check() {
                    out.push(InputError::new(f.engine_field(), p.msg()));
                }
            }
        }
        Ask::Stays => {
            for (i, s) in a.stays.iter().enumerate() {
                if let Some(Err(p)) = s.from.check() {
                    out.push(InputError::new(format!("stays[{i}].from"), p.msg()));
                }
                if !s.ongoing {
                    if let Some(Err(p)) = s.to.check() {
                        out.push(InputError::new(format!("stays[{i}].to"), p.msg()));
                    }
                }
            }
            if out.is_empty() {
                if let Err(unfinished) = a.stays(false) {
                    out.extend(unfinished);
                }
            }
        }
        Ask::Trip => {
            let t = &a.trip;
            if let Some(Err(p)) = t.from.check() {
                out.push(InputError::new("plannedTrip.from", p.msg()));
            }
            if let Some(Err(p)) = t.to.check() {
                out.push(InputError::new("plannedTrip.to", p.msg()));
            }
            if t.from.is_empty() && t.to.date().is_some() {
                out.push(InputError::new(
                    "plannedTrip.from",
                    msg!("flow-trip-departure-missing"),
                ));
            }
        }
        Ask::YesNo(_) | Ask::Choice(_) => {}
    }
    out
}
