//! Reading a checker's `input` object leniently (API.md, RULES.md C8).
//!
//! Every answer may be missing or `null` (unknown). A value of the wrong type, a malformed date
//! or a bad list entry becomes a [`FieldError`] naming the exact field (`stays[2].to`,
//! `plannedTrip.from`, `abuseExemption.victimOfAbuse`) and saying how to fix it; reading goes on
//! so that every problem is reported at once. Unknown keys are ignored.

use serde_json::{Map, Value};

use super::dates::{parse_date, Date, FieldError, Stay};
use super::text::Locale;
use crate::tr;

/// A planned trip (`plannedTrip`): the day of leaving, an optional intended return day, and
/// whether it goes to another Schengen state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trip {
    pub from: Date,
    pub to: Option<Date>,
    pub schengen: bool,
}

/// Reads fields out of one JSON object, collecting errors.
pub struct Reader<'a> {
    obj: Option<&'a Map<String, Value>>,
    prefix: String,
    loc: Locale,
    errors: Vec<FieldError>,
}

fn describe(v: &Value, loc: Locale) -> String {
    match v {
        Value::Null => tr!(loc, en: "nothing", nb: "ingenting", uk: "нічого"),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => format!("\"{}\"", s.chars().take(40).collect::<String>()),
        Value::Array(_) => tr!(loc, en: "a list", nb: "en liste", uk: "список"),
        Value::Object(_) => tr!(loc, en: "an object", nb: "et objekt", uk: "об'єкт"),
    }
}

impl<'a> Reader<'a> {
    /// A reader over `input`; `null` or a missing input reads as an empty object, anything else
    /// that is not an object is an error on the field `input`.
    pub fn new(input: &'a Value, loc: Locale) -> Reader<'a> {
        let mut r = Reader {
            obj: None,
            prefix: String::new(),
            loc,
            errors: Vec::new(),
        };
        match input {
            Value::Object(m) => r.obj = Some(m),
            Value::Null => {}
            other => {
                let got = describe(other, loc);
                r.errors.push(FieldError::new(
                    "input",
                    tr!(loc,
                        en: "The answers must be an object with named fields, but this is {got}.",
                        nb: "Svarene må være et objekt med navngitte felt, men dette er {got}.",
                        uk: "Відповіді мають бути об'єктом з іменованими полями, а це {got}."),
                ));
            }
        }
        r
    }

    pub fn locale(&self) -> Locale {
        self.loc
    }

    /// The full name of a field, as used in error entries.
    pub fn field(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    fn get(&self, key: &str) -> Option<&'a Value> {
        self.obj.and_then(|m| m.get(key)).filter(|v| !v.is_null())
    }

    /// Records an error on `key` (a field of this object).
    pub fn error(&mut self, key: &str, message: String) {
        let field = self.field(key);
        self.errors.push(FieldError::new(field, message));
    }

    /// Records an error on a field named in full.
    pub fn error_at(&mut self, field: String, message: String) {
        self.errors.push(FieldError::new(field, message));
    }

    /// All errors found so far, including those of nested readers handed back with
    /// [`Reader::absorb`].
    pub fn into_errors(self) -> Vec<FieldError> {
        self.errors
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// A yes/no answer: `true`, `false`, or missing/`null` for "I don't know".
    pub fn bool(&mut self, key: &str) -> Option<bool> {
        let v = self.get(key)?;
        match v {
            Value::Bool(b) => Some(*b),
            other => {
                let (loc, got) = (self.loc, describe(other, self.loc));
                self.error(key, tr!(loc,
                    en: "The answer must be true (yes), false (no) or null (I don't know), but it is {got}.",
                    nb: "Svaret må være true (ja), false (nei) eller null (vet ikke), men det er {got}.",
                    uk: "Відповідь має бути true (так), false (ні) або null (не знаю), а це {got}."));
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
        let loc = self.loc;
        match v {
            Value::String(s) => match parse_date(s) {
                Ok(d) => Some(d),
                Err(problem) => {
                    let shown = describe(v, loc);
                    let msg = problem.message(loc);
                    self.error_at(
                        field.to_string(),
                        tr!(loc, en: "{shown}: {msg}", nb: "{shown}: {msg}", uk: "{shown}: {msg}"),
                    );
                    None
                }
            },
            other => {
                let got = describe(other, loc);
                self.error_at(field.to_string(), tr!(loc,
                    en: "A date must be text of the form year-month-day (2021-10-01), but this is {got}.",
                    nb: "En dato må være tekst på formen år-måned-dag (2021-10-01), men dette er {got}.",
                    uk: "Дата має бути текстом у формі рік-місяць-день (2021-10-01), а це {got}."));
                None
            }
        }
    }

    /// One of a fixed set of words (e.g. `individual` | `collective`), or missing/`null`.
    pub fn choice(&mut self, key: &str, allowed: &[&'static str]) -> Option<&'static str> {
        let v = self.get(key)?;
        if let Value::String(s) = v {
            if let Some(found) = allowed.iter().find(|a| **a == s.as_str()) {
                return Some(found);
            }
        }
        let (loc, got, list) = (self.loc, describe(v, self.loc), allowed.join(", "));
        self.error(
            key,
            tr!(loc,
            en: "The answer must be one of: {list} (or null if you don't know), but it is {got}.",
            nb: "Svaret må være ett av: {list} (eller null hvis du ikke vet), men det er {got}.",
            uk: "Відповідь має бути одним із: {list} (або null, якщо ви не знаєте), а це {got}."),
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
            loc: self.loc,
            errors: Vec::new(),
        };
        match self.get(key) {
            None => {}
            Some(Value::Object(m)) => nested.obj = Some(m),
            Some(other) => {
                let (loc, got) = (self.loc, describe(other, self.loc));
                self.error(
                    key,
                    tr!(loc,
                    en: "This must be an object with named answers, but it is {got}.",
                    nb: "Dette må være et objekt med navngitte svar, men det er {got}.",
                    uk: "Це має бути об'єкт з іменованими відповідями, а це {got}."),
                );
            }
        }
        nested
    }

    /// Takes over the errors of a nested reader.
    pub fn absorb(&mut self, nested: Reader<'_>) {
        self.errors.extend(nested.errors);
    }

    /// Whether `key` holds a non-null value.
    pub fn is_present(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// A list of stays abroad `{from, to, schengen}`; missing/`null` is an empty list. Entries are
    /// checked one by one (`stays[i].from` …); the list's order and overlaps are checked by
    /// [`super::dates::check_stays`] once it is read.
    pub fn stays(&mut self, key: &str) -> Vec<Stay> {
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        let loc = self.loc;
        let Value::Array(items) = v else {
            let got = describe(v, loc);
            self.error(key, tr!(loc,
                en: "The stays abroad must be a list, for example [{{\"from\": \"2019-03-01\", \"to\": \"2019-04-15\"}}], but this is {got}.",
                nb: "Oppholdene i utlandet må være en liste, for eksempel [{{\"from\": \"2019-03-01\", \"to\": \"2019-04-15\"}}], men dette er {got}.",
                uk: "Перебування за кордоном мають бути списком, наприклад [{{\"from\": \"2019-03-01\", \"to\": \"2019-04-15\"}}], а це {got}."));
            return Vec::new();
        };
        let base = self.field(key);
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            if let Some(stay) = self.stay_value(&format!("{base}[{i}]"), item, true) {
                out.push(Stay {
                    from: stay.from,
                    to: stay.to,
                    schengen: stay.schengen,
                });
            }
        }
        out
    }

    /// A planned trip `{from, to, schengen}`, or missing/`null` for none. Its `from` is required.
    pub fn trip(&mut self, key: &str) -> Option<Trip> {
        let v = self.get(key)?;
        let field = self.field(key);
        self.stay_value(&field, v, false)
    }

    fn stay_value(&mut self, field: &str, v: &Value, is_stay: bool) -> Option<Trip> {
        let loc = self.loc;
        let Value::Object(m) = v else {
            let got = describe(v, loc);
            self.error_at(field.to_string(), if is_stay {
                tr!(loc,
                    en: "Each stay must be an object with \"from\" and \"to\" dates, but this is {got}.",
                    nb: "Hvert opphold må være et objekt med datoene \"from\" og \"to\", men dette er {got}.",
                    uk: "Кожне перебування має бути об'єктом з датами \"from\" і \"to\", а це {got}.")
            } else {
                tr!(loc,
                    en: "The planned trip must be an object with a \"from\" date, but this is {got}.",
                    nb: "Den planlagte reisen må være et objekt med en \"from\"-dato, men dette er {got}.",
                    uk: "Запланована поїздка має бути об'єктом з датою \"from\", а це {got}.")
            });
            return None;
        };
        let from = match m.get("from").filter(|x| !x.is_null()) {
            Some(x) => self.date_value(&format!("{field}.from"), x),
            None => {
                self.error_at(
                    format!("{field}.from"),
                    tr!(loc,
                    en: "The day you left Norway is missing. Enter it as year-month-day.",
                    nb: "Datoen du reiste fra Norge mangler. Skriv den som år-måned-dag.",
                    uk: "Бракує дати виїзду з Норвегії. Введіть її як рік-місяць-день."),
                );
                None
            }
        };
        let to = m
            .get("to")
            .filter(|x| !x.is_null())
            .map(|x| self.date_value(&format!("{field}.to"), x));
        let schengen = match m.get("schengen") {
            None | Some(Value::Null) => false,
            Some(Value::Bool(b)) => *b,
            Some(other) => {
                let got = describe(other, loc);
                self.error_at(
                    format!("{field}.schengen"),
                    tr!(loc,
                    en: "\"schengen\" must be true or false, but it is {got}.",
                    nb: "\"schengen\" må være true eller false, men det er {got}.",
                    uk: "\"schengen\" має бути true або false, а це {got}."),
                );
                false
            }
        };
        match (from, to) {
            (Some(from), None) => Some(Trip {
                from,
                to: None,
                schengen,
            }),
            (Some(from), Some(Some(to))) => Some(Trip {
                from,
                to: Some(to),
                schengen,
            }),
            _ => None,
        }
    }
}
