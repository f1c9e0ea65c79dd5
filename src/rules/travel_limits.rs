//! Checker `travel-limits` (RULES.md). Not implemented yet: answers that it is not available.

use serde_json::Value;

use super::{not_yet_available, Context, Evaluation, FieldError};

/// Evaluates the `travel-limits` checker.
pub fn evaluate(_input: &Value, ctx: &Context) -> Result<Evaluation, Vec<FieldError>> {
    Err(not_yet_available("travel-limits", ctx.locale))
}
