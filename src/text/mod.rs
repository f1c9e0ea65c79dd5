//! Words as data: every sentence the user sees is a message in a Fluent catalog
//! (`locales/<tag>/*.ftl`, Project Fluent syntax), never prose in Rust.
//!
//! The rule engine and the UI say *what* to tell the user as a [`Msg`]: a message id and typed
//! arguments (numbers, dates, day counts, spans, lists, other messages). A [`Catalog`] renders it
//! in one language. Everything about a language lives in its catalog, including how it writes a
//! date ("1 October 2021"), "1 day" / "2 days" (CLDR plural categories, six in Arabic), a span of
//! years, months and days, a list ("A, B and C") and which digits it uses.
//!
//! - English is built in: [`catalog`] always has it, and every message missing from another
//!   language falls back to it, message by message (a raw id is never shown).
//! - In the browser every other language is one file (`pkg/<tag>.ftl`, all of `locales/<tag>/`
//!   joined by the build) that is loaded when chosen ([`load`]); natively (tests, Rust embedders)
//!   every catalog is built in.
//! - Which languages exist, their names in their own script, their direction and whether a
//!   qualified translator has reviewed them come from each catalog's `language-*` messages, read
//!   by `build.rs` into [`LANGUAGES`]: adding a language needs no Rust change.
//!
//! In a right-to-left language every placeable is wrapped in Unicode isolation marks (FSI … PDI)
//! so that a Latin date or a number inside an Arabic sentence keeps its order; left-to-right
//! catalogs render without them (their placeables are left to right already).

mod catalog;
mod fluent;
mod plural;
mod render;

use chrono::NaiveDate;

pub use catalog::{
    available, catalog, english, has_part, load, negotiate, Catalog, Digits, Direction, Language,
    LoadError, Part, Review, LANGUAGES,
};
pub use fluent::{parse as parse_ftl, Resource, Value};
pub use plural::{Category, PluralRules};
#[cfg(debug_assertions)]
pub use render::take_render_problems;

/// A message to show: its id in the catalogs and its arguments, by name.
///
/// Build it with [`msg!`](crate::msg): `msg!("tl-half-time-within", limit = Arg::days(182))`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(id: &'static str) -> Msg {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    /// Adds (or replaces) an argument.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        let value = value.into();
        match self.args.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => self.args.push((name, value)),
        }
        self
    }
}

/// A message argument. Everything but [`Arg::Str`] is put into words by the catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// A number, written with the language's digits; messages may select on its plural category.
    Num(i64),
    /// Text used as it is: a name, a legal citation, a field name, a user's own words.
    Str(String),
    /// A date in words: "1 October 2021", "1. oktober 2021", "1 жовтня 2021".
    Date(NaiveDate),
    /// "1 day", "183 days" (message `days`).
    Days(i64),
    /// "1 month", "7 months" (message `months`).
    Months(i64),
    /// "1 year", "5 years" (message `years`).
    Years(i64),
    /// A calendar span in whole years, months and days ("16 years, 2 months and 3 days"); zero
    /// parts are left out, and a span of nothing is "0 days". `negative` writes it with a minus.
    Span {
        years: i64,
        months: i64,
        days: i64,
        negative: bool,
    },
    /// Another message, rendered in the same language.
    Msg(Box<Msg>),
    /// A list in words: "A, B and C" (messages `list-two` and `list-more`).
    List(Vec<Arg>),
}

impl Arg {
    pub fn days(n: i64) -> Arg {
        Arg::Days(n)
    }
    pub fn months(n: i64) -> Arg {
        Arg::Months(n)
    }
    pub fn years(n: i64) -> Arg {
        Arg::Years(n)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Num(n)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<NaiveDate> for Arg {
    fn from(d: NaiveDate) -> Arg {
        Arg::Date(d)
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Msg(Box::new(m))
    }
}
impl From<Vec<Arg>> for Arg {
    fn from(items: Vec<Arg>) -> Arg {
        Arg::List(items)
    }
}

/// A paragraph: sentences (messages) shown one after the other, separated by a space.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text(pub Vec<Msg>);

impl Text {
    pub fn new() -> Text {
        Text(Vec::new())
    }

    pub fn push(&mut self, m: Msg) {
        self.0.push(m);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<Msg> for Text {
    fn from(m: Msg) -> Text {
        Text(vec![m])
    }
}

impl FromIterator<Msg> for Text {
    fn from_iter<I: IntoIterator<Item = Msg>>(iter: I) -> Text {
        Text(iter.into_iter().collect())
    }
}

/// Builds a [`Msg`]: `msg!("id")`, `msg!("id", n = 3, date = d, limit = Arg::days(182))`.
/// Each argument goes through `Into<Arg>`; the names are the Fluent variables (`{ $limit }`).
/// A native test checks that every id written this way exists in the English catalog and that
/// its arguments are exactly the variables the English message uses.
#[macro_export]
macro_rules! msg {
    ($id:literal $(,)?) => {
        $crate::text::Msg::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::text::Msg {
            id: $id,
            args: vec![$((stringify!($name), $crate::text::Arg::from($value))),+],
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// In a right-to-left sentence a date is isolated once, as a whole: with marks around its
    /// day and year as well, its direction would be taken from nothing (the nested isolates are
    /// skipped) and an Arabic date would be drawn left to right.
    #[test]
    fn a_date_in_a_right_to_left_sentence_is_one_isolate() {
        let ar = catalog("ar");
        let date = ar.date(d("2026-12-31"));
        assert!(!date.contains(['\u{2068}', '\u{2069}']), "{date:?}");
        let sentence = ar.render(&msg!("plan-return-in-time", back = d("2026-12-31")));
        assert_eq!(sentence.matches('\u{2068}').count(), 1, "{sentence:?}");
        assert!(
            sentence.contains(&format!("\u{2068}{date}\u{2069}")),
            "{sentence:?}"
        );
    }

    #[test]
    fn dates_units_and_lists_come_from_the_catalog() {
        let en = english();
        assert_eq!(en.date(d("2021-10-01")), "1 October 2021");
        assert_eq!(catalog("nb-NO").date(d("2021-10-01")), "1. oktober 2021");
        assert_eq!(catalog("uk").date(d("2021-10-01")), "1 жовтня 2021");
        let uk = catalog("uk");
        for (n, want) in [
            (1, "1 день"),
            (3, "3 дні"),
            (11, "11 днів"),
            (21, "21 день"),
            (183, "183 дні"),
        ] {
            assert_eq!(uk.render_arg(&Arg::Days(n)), want);
        }
        assert_eq!(en.render_arg(&Arg::Days(1)), "1 day");
        assert_eq!(en.render_arg(&Arg::Days(-1)), "-1 day");
        assert_eq!(catalog("nb").render_arg(&Arg::Years(16)), "16 år");
        let span = Arg::Span {
            years: 16,
            months: 2,
            days: 3,
            negative: false,
        };
        assert_eq!(en.render_arg(&span), "16 years, 2 months and 3 days");
        let nothing = Arg::Span {
            years: 0,
            months: 0,
            days: 0,
            negative: false,
        };
        assert_eq!(en.render_arg(&nothing), "0 days");
        let back = Arg::Span {
            years: 0,
            months: 0,
            days: 1,
            negative: true,
        };
        assert_eq!(catalog("nb").render_arg(&back), "−1 dag");
    }

    #[test]
    fn tags_are_negotiated_once() {
        assert_eq!(negotiate("nb-NO").map(|l| l.tag), Some("nb"));
        assert_eq!(negotiate("no").map(|l| l.tag), Some("nb"));
        assert_eq!(negotiate("nn").map(|l| l.tag), Some("nb"));
        assert_eq!(negotiate("uk_UA").map(|l| l.tag), Some("uk"));
        assert_eq!(negotiate("fr"), None);
        assert_eq!(negotiate(""), None);
        assert_eq!(catalog("fr").language.tag, "en");
    }
}
