//! A typed [`Evaluation`] written as the JSON [`Response`] of API.md, its messages rendered with
//! one catalog.

use serde::Serialize;
use serde_json::{Map, Value};

use super::{Criterion, FieldError, Response};
use crate::rules::law::RULES_CHECKED_ON;
use crate::rules::{self, Evaluation, InputError};
use crate::text::Catalog;

/// A serializable value as a JSON object (`{}` for anything that is not one).
fn object(value: &impl Serialize) -> Map<String, Value> {
    match serde_json::to_value(value) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    }
}

fn criterion(c: &rules::Criterion, catalog: &Catalog) -> Criterion {
    Criterion {
        id: c.id.to_string(),
        status: c.status,
        borderline: c.borderline,
        title: catalog.render(&c.title),
        decisive: c.decisive,
        explanation: catalog.render_text(&c.explanation),
        sources: c.sources.iter().map(|s| s.to_string()).collect(),
        figures: c
            .figures
            .iter()
            .map(|(name, v)| {
                (
                    name.to_string(),
                    serde_json::to_value(v).unwrap_or(Value::Null),
                )
            })
            .collect(),
    }
}

/// The response to valid input.
pub fn evaluation<F: Serialize, X: Serialize>(e: Evaluation<F, X>, catalog: &Catalog) -> Response {
    Response {
        checker: String::new(),
        outcome: Some(e.outcome),
        criteria: e.criteria.iter().map(|c| criterion(c, catalog)).collect(),
        figures: object(&e.figures),
        errors: Vec::new(),
        summary: Some(catalog.render_text(&e.summary)),
        locale: catalog.language.tag.to_string(),
        rules_checked_on: RULES_CHECKED_ON,
        extra: object(&e.extra),
    }
}

/// Input errors with their messages rendered.
pub fn errors(errors: &[InputError], catalog: &Catalog) -> Vec<FieldError> {
    errors
        .iter()
        .map(|e| FieldError {
            field: e.field.clone(),
            message: catalog.render(&e.message),
        })
        .collect()
}
