//! Checker `work-permit` (RULES.md). Not implemented yet: answers that it is not available.

use serde_json::Value;

use super::{not_yet_available, Context, Evaluation, FieldError};

/// Evaluates the `work-permit` checker.
pub fn evaluate(_input: &Value, ctx: &Context) -> Result<Evaluation, Vec<FieldError>> {
    Err(not_yet_available("work-permit", ctx.locale))
}
