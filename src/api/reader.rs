//! Reading a checker's `input` object leniently (API.md, RULES.md C8).
//!
//! Every answer may be missing or `null` (unknown). A value of the wrong type, a malformed date
//! or a bad list entry becomes an [`InputError`] naming the exact field (`stays[2].to`,
//! `plannedTrip.from`, `abuseExemption.victimOfAbuse`) and saying how to fix it; reading goes on
//! so that every problem is reported at once. Unknown keys are ignored.

use serde_json::{Map, Value};

use crate::msg;
use crate::rules::dates::{parse_date, Date, Stay};
use crate::rules::stays::Trip;
use crate::rules::{Choice, InputError};
use crate::text::{Arg, Msg};

/// Reads fields out of one JSON object, collecting errors.
pub struct Reader<'a> {
    obj: Option<&'a Map<String, Value>>,
    prefix: String,
    errors: Vec<InputError>,
}

/// A value as an error message shows it: `true`, `12`, `"2021-13-01"`, or in words.
fn describe(v: &Value) -> Arg {
    match v {
        Value::Null => msg!("input-got-nothing").into(),
        Value::Bool(b) => b.to_string().into(),
        Value::Number(n) => n.to_string().into(),
        Value::String(s) => format!("\"{}\"", s.chars().take(40).collect::<String>()).into(),
        Value::Array(_) => msg!("input-got-list").into(),
        Value::Object(_) => msg!("input-got-object").into(),
    }
}

impl<'a> Reader<'a> {
    /// A reader over `input`; `null` or a missing input reads as an empty object, anything else
    /// that is not an object is an error on the field `input`.
    pub fn new(input: &'a Value) -> Reader<'a> {
        let mut r = Reader {
            obj: None,
            prefix: String::new(),
            errors: Vec::new(),
        };
        match input {
            Value::Object(m) => r.obj = Some(m),
            Value::Null => {}
            other => r.errors.push(InputError::new(
                "input",
                msg!("input-not-an-object", got = describe(other)),
            )),
        }
        r
    }

    /// The full name of a field, as used in error entries.
    pub fn field(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    fn get(&self, key: &str) -> Option<&'a Value> {
        self.obj.and_then(|m| m.get(key)).filter(|v| !v.is_null())
    }

    /// Records an error on `key` (a field of this object).
    pub fn error(&mut self, key: &str, message: Msg) {
        let field = self.field(key);
        self.errors.push(InputError::new(field, message));
    }

    /// Records an error on a field named in full.
    pub fn error_at(&mut self, field: String, message: Msg) {
        self.errors.push(InputError::new(field, message));
    }

    /// All errors found so far, including those of nested readers handed back with
    /// [`Reader::absorb`].
    pub fn into_errors(self) -> Vec<InputError> {
        self.errors
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// Whether any error so far is on `key` or inside it (`stays`, `stays[2].to`).
    pub fn has_errors_in(&self, key: &str) -> bool {
        let field = self.field(key);
        self.errors.iter().any(|e| {
            e.field == field
                || e.field.starts_with(&format!("{field}["))
                || e.field.starts_with(&format!("{field}."))
        })
    }

    /// A yes/no answer: `true`, `false`, or missing/`null` for "I don't know".
    pub fn bool(&mut self, key: &str) -> Option<bool> {
        match self.get(key)? {
            Value::Bool(b) => Some(*b),
            other => {
                let got = describe(other);
                self.error(key, msg!("input-not-a-bool", got = got));
                None
            }
        }
    }

    /// A date `YYYY-MM-DD`, or missing/`null` for unknown.
    pub fn date(&mut self, key: &str) -> Option<Date> {
        let v = self.get(key)?;
        self.date_value(&self.field(key), v)
    }

    fn date_value(&mut self, field: &str, v: &Value) -> Option<Date> {
        match v {
            Value::String(s) => match parse_date(s) {
                Ok(d) => Some(d),
                Err(problem) => {
                    let message = msg!("input-bad-date", shown = describe(v), msg = problem.msg());
                    self.error_at(field.to_string(), message);
                    None
                }
            },
            other => {
                let got = describe(other);
                self.error_at(field.to_string(), msg!("input-date-not-text", got = got));
                None
            }
        }
    }

    /// One of a [`Choice`]'s names (e.g. `individual` | `collective`), or missing/`null`.
    pub fn choice<C: Choice>(&mut self, key: &str) -> Option<C> {
        let v = self.get(key)?;
        if let Some(found) = v.as_str().and_then(C::from_name) {
            return Some(found);
        }
        let list = C::ALL
            .iter()
            .map(|c| c.name())
            .collect::<Vec<_>>()
            .join(", ");
        self.error(
            key,
            msg!("input-not-a-choice", list = list, got = describe(v)),
        );
        None
    }

    /// A nested object (e.g. `abuseExemption`): a reader whose fields are named `key.field`.
    /// Missing/`null` reads as empty. Hand it back with [`Reader::absorb`].
    pub fn object(&mut self, key: &str) -> Reader<'a> {
        let field = self.field(key);
        let mut nested = Reader {
            obj: None,
            prefix: format!("{field}."),
            errors: Vec::new(),
        };
        match self.get(key) {
            None => {}
            Some(Value::Object(m)) => nested.obj = Some(m),
            Some(other) => {
                let got = describe(other);
                self.error(key, msg!("input-nested-not-an-object", got = got));
            }
        }
        nested
    }

    /// Takes over the errors of a nested reader.
    pub fn absorb(&mut self, nested: Reader<'_>) {
        self.errors.extend(nested.errors);
    }

    /// A list of stays abroad `{from, to, schengen}`; missing/`null` is an empty list. Entries are
    /// checked one by one (`stays[i].from` …); an entry that cannot be read is left out, and the
    /// list's order and overlaps are checked by `rules::stays::check_stays` (on a list read in
    /// full).
    pub fn stays(&mut self, key: &str) -> Vec<Stay> {
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        let Value::Array(items) = v else {
            let got = describe(v);
            self.error(key, msg!("input-stays-not-a-list", got = got));
            return Vec::new();
        };
        let base = self.field(key);
        items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| self.stay_value(&format!("{base}[{i}]"), item, true))
            .map(|t| Stay {
                from: t.from,
                to: t.to,
                schengen: t.schengen,
                ukraine: t.ukraine,
            })
            .collect()
    }

    /// A planned trip `{from, to, schengen}`, or missing/`null` for none. Its `from` is required.
    pub fn trip(&mut self, key: &str) -> Option<Trip> {
        let v = self.get(key)?;
        let field = self.field(key);
        self.stay_value(&field, v, false)
    }

    fn stay_value(&mut self, field: &str, v: &Value, is_stay: bool) -> Option<Trip> {
        let Value::Object(m) = v else {
            let got = describe(v);
            let message = if is_stay {
                msg!("input-stay-not-an-object", got = got)
            } else {
                msg!("input-trip-not-an-object", got = got)
            };
            self.error_at(field.to_string(), message);
            return None;
        };
        let from = match m.get("from").filter(|x| !x.is_null()) {
            Some(x) => self.date_value(&format!("{field}.from"), x),
            None => {
                self.error_at(format!("{field}.from"), msg!("input-departure-missing"));
                None
            }
        };
        let to = m
            .get("to")
            .filter(|x| !x.is_null())
            .map(|x| self.date_value(&format!("{field}.to"), x));
        let schengen = self.mark(m, field, "schengen");
        let ukraine = self.mark(m, field, "ukraine");
        match (from, to) {
            (Some(from), None) => Some(Trip {
                from,
                to: None,
                schengen,
                ukraine,
            }),
            (Some(from), Some(Some(to))) => Some(Trip {
                from,
                to: Some(to),
                schengen,
                ukraine,
            }),
            _ => None,
        }
    }

    /// A stay's yes/no mark (`schengen`, `ukraine`): missing or `null` is no.
    fn mark(&mut self, m: &Map<String, Value>, field: &str, key: &str) -> bool {
        match m.get(key) {
            None | Some(Value::Null) => false,
            Some(Value::Bool(b)) => *b,
            Some(other) => {
                let got = describe(other);
                self.error_at(
                    format!("{field}.{key}"),
                    msg!("input-mark-not-a-bool", key = key, got = got),
                );
                false
            }
        }
    }
}
