//! Languages of the engine's own words: criterion explanations and error messages.
//!
//! Every sentence the engine produces is written with [`tr!`], which will not compile unless the
//! English, Norwegian Bokmål and Ukrainian versions are all given. The UI's own labels live in
//! `locales/` (leptos_i18n); the engine's explanations live beside the rule they explain.

use chrono::Datelike;

use super::dates::Date;

/// A language the engine can answer in (API.md: the optional `"locale"` of a request).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
    Nb,
    Uk,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Nb, Locale::Uk];

    /// Reads a BCP 47 tag leniently: `nb`, `nb-NO`, `no`, `nn` → Bokmål; `uk`, `uk-UA` →
    /// Ukrainian; anything else (or nothing) → English.
    pub fn from_tag(tag: &str) -> Locale {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "nb" | "no" | "nn" => Locale::Nb,
            "uk" => Locale::Uk,
            _ => Locale::En,
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Nb => "nb",
            Locale::Uk => "uk",
        }
    }
}

/// One sentence in the three languages, chosen by locale. Arguments are captured by name from
/// the surrounding scope, as in `format!`:
///
/// ```
/// use permit_check::tr;
/// use permit_check::rules::text::Locale;
/// let days = 12;
/// assert_eq!(tr!(Locale::Nb, en: "{days} days", nb: "{days} dager", uk: "{days} днів"), "12 dager");
/// ```
#[macro_export]
macro_rules! tr {
    ($loc:expr, en: $en:literal, nb: $nb:literal, uk: $uk:literal $(,)?) => {
        match $loc {
            $crate::rules::text::Locale::En => format!($en),
            $crate::rules::text::Locale::Nb => format!($nb),
            $crate::rules::text::Locale::Uk => format!($uk),
        }
    };
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_NB: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];
/// Ukrainian month names in the genitive, as used in a date ("1 жовтня 2021").
const MONTHS_UK: [&str; 12] = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
];

/// A date as people write it: "1 October 2021", "1. oktober 2021", "1 жовтня 2021".
pub fn date(d: Date, loc: Locale) -> String {
    let (day, year) = (d.day(), d.year());
    let m = d.month0() as usize;
    match loc {
        Locale::En => format!("{day} {} {year}", MONTHS_EN[m]),
        Locale::Nb => format!("{day}. {} {year}", MONTHS_NB[m]),
        Locale::Uk => format!("{day} {} {year}", MONTHS_UK[m]),
    }
}

/// Ukrainian plural category of a count: one (1, 21, …), few (2–4, 22–24, …), many (others).
fn uk_form<'a>(n: i64, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    let n = n.unsigned_abs();
    let (d10, d100) = (n % 10, n % 100);
    if d10 == 1 && d100 != 11 {
        one
    } else if (2..=4).contains(&d10) && !(12..=14).contains(&d100) {
        few
    } else {
        many
    }
}

/// "1 day" / "183 days", in each language with its plural rules.
pub fn days(n: i64, loc: Locale) -> String {
    match loc {
        Locale::En => format!("{n} {}", if n.abs() == 1 { "day" } else { "days" }),
        Locale::Nb => format!("{n} {}", if n.abs() == 1 { "dag" } else { "dager" }),
        Locale::Uk => format!("{n} {}", uk_form(n, "день", "дні", "днів")),
    }
}

/// "1 year" / "16 years".
pub fn years(n: i64, loc: Locale) -> String {
    match loc {
        Locale::En => format!("{n} {}", if n.abs() == 1 { "year" } else { "years" }),
        Locale::Nb => format!("{n} år"),
        Locale::Uk => format!("{n} {}", uk_form(n, "рік", "роки", "років")),
    }
}

/// "1 month" / "2 months".
pub fn months(n: i64, loc: Locale) -> String {
    match loc {
        Locale::En => format!("{n} {}", if n.abs() == 1 { "month" } else { "months" }),
        Locale::Nb => format!("{n} {}", if n.abs() == 1 { "måned" } else { "måneder" }),
        Locale::Uk => format!("{n} {}", uk_form(n, "місяць", "місяці", "місяців")),
    }
}

/// A span between two dates in whole years, months and days, counted on the calendar
/// ("16 years, 2 months and 3 days"). Negative spans are written with a leading minus sign.
pub fn span(from: Date, to: Date, loc: Locale) -> String {
    let (a, b, neg) = if to >= from {
        (from, to, false)
    } else {
        (to, from, true)
    };
    let (y, m, d) = super::dates::calendar_difference(a, b);
    let mut parts = Vec::new();
    if y != 0 {
        parts.push(years(y, loc));
    }
    if m != 0 {
        parts.push(months(m, loc));
    }
    if d != 0 || parts.is_empty() {
        parts.push(days(d, loc));
    }
    let and = match loc {
        Locale::En => " and ",
        Locale::Nb => " og ",
        Locale::Uk => " і ",
    };
    let text = match parts.len() {
        1 => parts.remove(0),
        _ => {
            let last = parts.pop().unwrap_or_default();
            format!("{}{and}{last}", parts.join(", "))
        }
    };
    if neg {
        format!("−{text}")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn tags() {
        assert_eq!(Locale::from_tag("nb-NO"), Locale::Nb);
        assert_eq!(Locale::from_tag("no"), Locale::Nb);
        assert_eq!(Locale::from_tag("uk_UA"), Locale::Uk);
        assert_eq!(Locale::from_tag("fr"), Locale::En);
        assert_eq!(Locale::from_tag(""), Locale::En);
    }

    #[test]
    fn dates_in_three_languages() {
        let x = d("2021-10-01");
        assert_eq!(date(x, Locale::En), "1 October 2021");
        assert_eq!(date(x, Locale::Nb), "1. oktober 2021");
        assert_eq!(date(x, Locale::Uk), "1 жовтня 2021");
    }

    #[test]
    fn ukrainian_plurals() {
        assert_eq!(days(1, Locale::Uk), "1 день");
        assert_eq!(days(3, Locale::Uk), "3 дні");
        assert_eq!(days(11, Locale::Uk), "11 днів");
        assert_eq!(days(21, Locale::Uk), "21 день");
        assert_eq!(days(183, Locale::Uk), "183 дні");
        assert_eq!(years(16, Locale::Uk), "16 років");
        assert_eq!(years(22, Locale::Uk), "22 роки");
    }

    #[test]
    fn spans() {
        assert_eq!(
            span(d("2005-08-01"), d("2021-10-04"), Locale::En),
            "16 years, 2 months and 3 days"
        );
        assert_eq!(span(d("2021-10-01"), d("2021-10-01"), Locale::En), "0 days");
        assert_eq!(span(d("2021-10-02"), d("2021-10-01"), Locale::Nb), "−1 dag");
    }
}
