//! Rendering a [`Msg`] with a [`Catalog`]: arguments are put into words by the same catalog
//! (dates, units with their plural forms, spans, lists), then the message is formatted
//! ([`super::fluent`]).

use chrono::Datelike;

use super::catalog::{english, Catalog};
use super::{Arg, Msg, Text};

#[cfg(debug_assertions)]
static PROBLEMS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Records a rendering problem (a missing message or variable). Debug builds keep them so that
/// tests can assert there are none; release builds render what they can and go on.
fn problem(_what: String) {
    #[cfg(debug_assertions)]
    if let Ok(mut p) = PROBLEMS.lock() {
        if p.len() < 1000 {
            p.push(_what);
        }
    }
}

/// The rendering problems seen so far (debug builds), emptied.
#[cfg(debug_assertions)]
pub fn take_render_problems() -> Vec<String> {
    PROBLEMS
        .lock()
        .map(|mut p| std::mem::take(&mut *p))
        .unwrap_or_default()
}

impl Catalog {
    /// The message in this language; a message this catalog lacks is rendered in English.
    pub fn render(&self, m: &Msg) -> String {
        if self.has(m.id) {
            return self.format(m.id, &m.args);
        }
        if !self.is_english() {
            return english().render(m);
        }
        problem(format!("no message `{}` in the English catalog", m.id));
        String::new()
    }

    /// A message without arguments named at run time (a question's label `q-<step>-<option>`);
    /// falls back to English, and to nothing, like [`Catalog::render`].
    pub fn render_id(&self, id: &str) -> String {
        if self.has(id) {
            self.format(id, &[])
        } else if !self.is_english() {
            english().render_id(id)
        } else {
            problem(format!("no message `{id}` in the English catalog"));
            String::new()
        }
    }

    /// A paragraph: its sentences joined by spaces.
    pub fn render_text(&self, t: &Text) -> String {
        t.0.iter()
            .map(|m| self.render(m))
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// An argument in words, as it appears inside a sentence.
    pub fn render_arg(&self, a: &Arg) -> String {
        match a {
            Arg::Num(n) => self.format_simple("number", &[("n", Arg::Num(*n))]),
            Arg::Str(s) => s.clone(),
            Arg::Date(d) => self.date(*d),
            Arg::Days(n) => self.format_simple("days", &[("n", Arg::Num(*n))]),
            Arg::Months(n) => self.format_simple("months", &[("n", Arg::Num(*n))]),
            Arg::Years(n) => self.format_simple("years", &[("n", Arg::Num(*n))]),
            Arg::Span {
                years,
                months,
                days,
                negative,
            } => {
                let mut parts = Vec::new();
                if *years != 0 {
                    parts.push(Arg::Years(*years));
                }
                if *months != 0 {
                    parts.push(Arg::Months(*months));
                }
                if *days != 0 || parts.is_empty() {
                    parts.push(Arg::Days(*days));
                }
                let text = self.list(&parts);
                if *negative {
                    self.format_simple("span-negative", &[("span", Arg::Str(text))])
                } else {
                    text
                }
            }
            Arg::Msg(m) => self.render(m),
            Arg::List(items) => self.list(items),
        }
    }

    /// "1 October 2021": the message `date` with the day, the month's name (`month-1` …
    /// `month-12`) and the year.
    pub fn date(&self, d: chrono::NaiveDate) -> String {
        let month_id = MONTHS[d.month0() as usize];
        let month = self.format_simple(month_id, &[]);
        let date = self.format_simple(
            "date",
            &[
                ("day", Arg::Num(i64::from(d.day()))),
                ("month", Arg::Str(month)),
                ("year", Arg::Num(i64::from(d.year()))),
            ],
        );
        // A date is one unit: the sentence around it isolates it as a whole. Marks around its
        // own parts would hide the month's letters from that isolate (UAX #9 P2 skips nested
        // isolates), so an Arabic date would be drawn left to right, the year first for a
        // right-to-left reader.
        date.replace(['\u{2068}', '\u{2069}'], "")
    }

    /// "A", "A and B", "A, B and C" (`list-two`, `list-more`).
    fn list(&self, items: &[Arg]) -> String {
        match items {
            [] => String::new(),
            [one] => self.render_arg(one),
            [a, b] => self.format_simple(
                "list-two",
                &[
                    ("first", Arg::Str(self.render_arg(a))),
                    ("second", Arg::Str(self.render_arg(b))),
                ],
            ),
            [first, rest @ ..] => {
                let rest = self.list(rest);
                self.format_simple(
                    "list-more",
                    &[
                        ("first", Arg::Str(self.render_arg(first))),
                        ("rest", Arg::Str(rest)),
                    ],
                )
            }
        }
    }

    fn format_simple(&self, id: &'static str, args: &[(&'static str, Arg)]) -> String {
        if self.has(id) {
            self.format(id, args)
        } else if !self.is_english() {
            english().format_simple(id, args)
        } else {
            problem(format!("no message `{id}` in the English catalog"));
            String::new()
        }
    }

    /// Formats message `id` (which this catalog has) with its arguments.
    fn format(&self, id: &str, args: &[(&'static str, Arg)]) -> String {
        // Numbers stay numbers (plural selection, the catalog's digits); everything else is
        // put into words first.
        let words: Vec<Option<String>> = args
            .iter()
            .map(|(_, arg)| match arg {
                Arg::Num(_) => None,
                other => Some(self.render_arg(other)),
            })
            .collect();
        let values: Vec<(&str, super::fluent::Value)> = args
            .iter()
            .zip(&words)
            .map(|((name, arg), word)| {
                let value = match (arg, word) {
                    (Arg::Num(n), _) => super::fluent::Value::Number(*n),
                    (_, Some(w)) => super::fluent::Value::Str(w),
                    (_, None) => super::fluent::Value::Str(""),
                };
                (*name, value)
            })
            .collect();
        let mut missing = Vec::new();
        let text = self.format_values(id, &values, &mut missing);
        if !missing.is_empty() {
            problem(format!(
                "message `{id}` in `{}`: no value for {missing:?}",
                self.language.tag
            ));
        }
        text
    }
}

const MONTHS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];
