//! The part of Project Fluent's syntax (Fluent 1.0) the catalogs use, read and formatted in a
//! few hundred lines instead of `fluent-bundle` + `fluent-syntax` (about 30 KB of compressed
//! WebAssembly, more than the rest of the first page's code can spare, see `cargo xtask size`).
//!
//! Supported: comments (`#`, `##`, `###`), messages `id = pattern` (the pattern on the same line
//! and/or on indented lines below), text, variables `{ $name }`, string literals `{ "{" }` (with
//! `\"`, `\\`, `\uXXXX` and `\UXXXXXX` escapes), number literals, and select expressions on a
//! variable (`{ $n -> [one] … *[other] … }`) whose keys are CLDR plural categories, numbers or
//! words. Not supported (the catalog check, `tests/catalogs.rs`, refuses a catalog that uses
//! them, and TRANSLATING.md says so): terms (`-brand`), message references, attributes
//! (`.title`) and functions (`NUMBER(...)`).
//!
//! Formatting follows `fluent-bundle` exactly: the catalog check formats every message of every
//! language with both and compares the results. In a right-to-left language each placeable of
//! a pattern with more than one part is wrapped in Unicode isolation marks (U+2068 … U+2069),
//! as `fluent-bundle` does with `set_use_isolating(true)`; string literals are not.

use std::collections::HashMap;

use super::plural::{Category, PluralRules};

/// One part of a pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Part {
    Text(Box<str>),
    /// A string or number literal placeable: written as it is, never isolated.
    Literal(Box<str>),
    /// `{ $name }`.
    Var(Box<str>),
    /// `{ $name -> [key] … *[key] … }`; `default` indexes `variants`.
    Select {
        var: Box<str>,
        variants: Vec<(Box<str>, Pattern)>,
        default: usize,
    },
}

/// A message's value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pattern(Vec<Part>);

/// An argument's value when formatting.
#[derive(Clone, Copy, Debug)]
pub enum Value<'a> {
    Number(i64),
    Str(&'a str),
}

/// A catalog's messages: id → pattern.
#[derive(Clone, Debug, Default)]
pub struct Resource {
    pub messages: HashMap<Box<str>, Pattern>,
    /// Entries that could not be read (left out), with the line they start on.
    pub errors: Vec<(usize, String)>,
}

/// How a catalog writes: its plural rules, whether it isolates placeables, its digits.
pub struct Style<'a> {
    pub plural: &'a PluralRules,
    pub isolate: bool,
    /// The digit 0 of the catalog's digits ('0', '٠' or '۰').
    pub zero: char,
}

fn is_id_start(c: char) -> bool {
    c.is_ascii_alphabetic()
}

fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// Reads a catalog's text. Entries that cannot be read are left out and listed in `errors`;
/// the rest is read as Fluent reads it.
pub fn parse(source: &str) -> Resource {
    let lines: Vec<&str> = source.lines().collect();
    let mut out = Resource::default();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let start = i;
        i += 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        // The entry is this line and every following line that is indented or blank (a blank
        // line only if an indented line follows it).
        let mut end = i;
        while end < lines.len() {
            let l = lines[end];
            // Indented lines, and the lines of a select expression that Fluent lets start at
            // the margin (a variant, the closing brace), continue the entry.
            if l.starts_with([' ', '[', '*', '}']) {
                end += 1;
            } else if l.trim().is_empty() {
                match lines[end..].iter().position(|l| !l.trim().is_empty()) {
                    Some(k) if lines[end + k].starts_with([' ', '[', '*', '}']) => end += k,
                    _ => break,
                }
            } else {
                break;
            }
        }
        i = end;
        match parse_message(&lines[start..end]) {
            Ok((id, pattern)) => {
                // A message defined twice keeps its first definition (as fluent-bundle does;
                // the catalog check reports it).
                out.messages.entry(id.into()).or_insert(pattern);
            }
            Err(e) => out.errors.push((start + 1, e)),
        }
    }
    out
}

/// `id = …` and its indented lines.
fn parse_message(lines: &[&str]) -> Result<(String, Pattern), String> {
    let first = lines[0];
    let id: String = first.chars().take_while(|c| is_id_char(*c)).collect();
    if !id.chars().next().is_some_and(is_id_start) {
        return Err(format!("not a message: `{first}`"));
    }
    let rest = first[id.len()..].trim_start_matches(' ');
    let Some(value) = rest.strip_prefix('=') else {
        return Err(format!("`{id}` has no `=`"));
    };
    // The pattern's text: the rest of the first line, then the indented lines, dedented by
    // their common indentation (Fluent's block text), joined by new lines.
    let block: Vec<&str> = lines[1..].to_vec();
    let indent = block
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    let mut text = value.trim_start_matches(' ').to_string();
    for l in &block {
        text.push('\n');
        text.push_str(l.get(indent..).unwrap_or(""));
    }
    let mut p = Parser {
        s: &text,
        pos: 0,
        first_line_inline: !value.trim().is_empty(),
    };
    let pattern = p.pattern(false)?;
    if p.pos < text.len() {
        return Err(format!("`{id}`: unexpected `{}`", &text[p.pos..]));
    }
    if pattern.0.is_empty() {
        return Err(format!("`{id}` has no value"));
    }
    Ok((id, pattern))
}

struct Parser<'a> {
    s: &'a str,
    pos: usize,
    /// Whether the message's pattern starts on its first line (else the leading new line is
    /// not part of it).
    first_line_inline: bool,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.s[self.pos..].chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn skip_blank(&mut self) {
        while matches!(self.peek(), Some(' ' | '\n' | '\r')) {
            self.bump();
        }
    }

    fn expect(&mut self, c: char) -> Result<(), String> {
        if self.peek() == Some(c) {
            self.bump();
            Ok(())
        } else {
            Err(format!("expected `{c}` at `{}`", &self.s[self.pos..]))
        }
    }

    /// A pattern up to the end of the text, or (in a variant) up to the line of the next
    /// variant or of the closing `}`.
    fn pattern(&mut self, in_variant: bool) -> Result<Pattern, String> {
        let mut parts: Vec<Part> = Vec::new();
        let mut text = String::new();
        let starts_inline = if in_variant {
            true
        } else {
            self.first_line_inline
        };
        if !starts_inline {
            // A block pattern: its first line is the one after `=`.
            if self.peek() == Some('\n') {
                self.bump();
            }
        }
        loop {
            match self.peek() {
                None => break,
                Some('{') => {
                    if !text.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut text).into()));
                    }
                    self.bump();
                    parts.push(self.placeable()?);
                }
                Some('}') => {
                    if in_variant {
                        break;
                    }
                    return Err("a `}` without its `{`".into());
                }
                Some('\n') => {
                    // In a variant, the pattern ends where the next variant or the end of the
                    // select begins.
                    let next = self.s[self.pos + 1..].trim_start_matches(' ');
                    if in_variant
                        && (next.starts_with('[')
                            || next.starts_with("*[")
                            || next.starts_with('}'))
                    {
                        break;
                    }
                    self.bump();
                    text.push('\n');
                }
                Some(c) => {
                    self.bump();
                    text.push(c);
                }
            }
        }
        if !text.is_empty() {
            parts.push(Part::Text(text.into()));
        }
        // Trailing blanks and new lines are not part of a pattern.
        while let Some(Part::Text(t)) = parts.last_mut() {
            let trimmed = t.trim_end_matches([' ', '\n', '\r']);
            if trimmed.is_empty() {
                parts.pop();
            } else {
                *t = trimmed.into();
                break;
            }
        }
        Ok(Pattern(parts))
    }

    /// After `{`: a literal, a variable, or a select expression, up to and with its `}`.
    fn placeable(&mut self) -> Result<Part, String> {
        self.skip_blank();
        let part = match self.peek() {
            Some('"') => {
                self.bump();
                let mut lit = String::new();
                loop {
                    match self.bump() {
                        None | Some('\n') => return Err("an unfinished string literal".into()),
                        Some('"') => break,
                        Some('\\') => match self.bump() {
                            Some('"') => lit.push('"'),
                            Some('\\') => lit.push('\\'),
                            Some(u @ ('u' | 'U')) => {
                                let n = if u == 'u' { 4 } else { 6 };
                                let hex: String = (0..n).filter_map(|_| self.bump()).collect();
                                let c = u32::from_str_radix(&hex, 16)
                                    .ok()
                                    .and_then(char::from_u32)
                                    .unwrap_or('\u{FFFD}');
                                lit.push(c);
                            }
                            _ => return Err("an unknown escape in a string literal".into()),
                        },
                        Some(c) => lit.push(c),
                    }
                }
                Part::Literal(lit.into())
            }
            Some('$') => {
                self.bump();
                let name = self.identifier()?;
                self.skip_blank();
                if self.s[self.pos..].starts_with("->") {
                    self.pos += 2;
                    self.select(name)?
                } else {
                    Part::Var(name.into())
                }
            }
            Some(c) if c == '-' || c.is_ascii_digit() => {
                let start = self.pos;
                self.bump();
                while self.peek().is_some_and(|c| c.is_ascii_digit() || c == '.') {
                    self.bump();
                }
                Part::Literal(self.s[start..self.pos].into())
            }
            _ => {
                return Err(format!(
                    "a placeable this app does not read (terms, message references and \
                     functions are not supported): `{{{}`",
                    &self.s[self.pos..]
                ))
            }
        };
        self.skip_blank();
        self.expect('}')?;
        Ok(part)
    }

    fn identifier(&mut self) -> Result<String, String> {
        let start = self.pos;
        if !self.peek().is_some_and(is_id_start) {
            return Err(format!("expected a name at `{}`", &self.s[self.pos..]));
        }
        while self.peek().is_some_and(is_id_char) {
            self.bump();
        }
        Ok(self.s[start..self.pos].to_string())
    }

    /// After `$name ->`: the variants, up to (not with) the closing `}`.
    fn select(&mut self, var: String) -> Result<Part, String> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank();
            match self.peek() {
                Some('}') => break,
                Some('*') => {
                    self.bump();
                    if default.is_some() {
                        return Err("two default variants".into());
                    }
                    default = Some(variants.len());
                }
                Some('[') => {}
                _ => return Err(format!("expected a variant at `{}`", &self.s[self.pos..])),
            }
            self.expect('[')?;
            self.skip_blank();
            let start = self.pos;
            while self.peek().is_some_and(|c| c != ']' && c != '\n') {
                self.bump();
            }
            let key = self.s[start..self.pos].trim().to_string();
            self.expect(']')?;
            while self.peek() == Some(' ') {
                self.bump();
            }
            let value = self.pattern(true)?;
            variants.push((key.into(), value));
        }
        let default = default.ok_or("a select expression without a default variant (`*[…]`)")?;
        Ok(Part::Select {
            var: var.into(),
            variants,
            default,
        })
    }
}

/// Formats a pattern with its arguments. A variable without a value is written `{$name}` (as
/// fluent-bundle does) and reported through `missing`.
pub fn format(
    pattern: &Pattern,
    args: &[(&str, Value)],
    style: &Style,
    missing: &mut Vec<String>,
) -> String {
    let mut out = String::new();
    write_pattern(pattern, args, style, missing, &mut out);
    out
}

fn write_pattern(
    pattern: &Pattern,
    args: &[(&str, Value)],
    style: &Style,
    missing: &mut Vec<String>,
    out: &mut String,
) {
    let isolate = style.isolate && pattern.0.len() > 1;
    for part in &pattern.0 {
        match part {
            Part::Text(t) | Part::Literal(t) => out.push_str(t),
            Part::Var(name) => {
                if isolate {
                    out.push('\u{2068}');
                }
                match args.iter().find(|(n, _)| *n == &**name) {
                    Some((_, v)) => write_value(*v, style, out),
                    None => {
                        missing.push(name.to_string());
                        out.push_str(&format!("{{${name}}}"));
                    }
                }
                if isolate {
                    out.push('\u{2069}');
                }
            }
            Part::Select {
                var,
                variants,
                default,
            } => {
                if isolate {
                    out.push('\u{2068}');
                }
                let value = args.iter().find(|(n, _)| *n == &**var).map(|(_, v)| *v);
                if value.is_none() {
                    missing.push(var.to_string());
                }
                let chosen = value
                    .and_then(|v| choose(v, variants, style.plural))
                    .unwrap_or(*default);
                if let Some((_, p)) = variants.get(chosen) {
                    write_pattern(p, args, style, missing, out);
                }
                if isolate {
                    out.push('\u{2069}');
                }
            }
        }
    }
}

/// The variant for a value: for a number an equal numeric key first, then its plural
/// category; for text an equal key.
fn choose(v: Value, variants: &[(Box<str>, Pattern)], plural: &PluralRules) -> Option<usize> {
    match v {
        Value::Number(n) => variants
            .iter()
            .position(|(k, _)| k.parse::<f64>().is_ok_and(|k| k == n as f64))
            .or_else(|| {
                let category = plural.category(n.unsigned_abs());
                variants
                    .iter()
                    .position(|(k, _)| Category::from_name(k) == Some(category))
            }),
        Value::Str(s) => variants.iter().position(|(k, _)| &**k == s),
    }
}

fn write_value(v: Value, style: &Style, out: &mut String) {
    match v {
        Value::Str(s) => out.push_str(s),
        Value::Number(n) => {
            for c in n.to_string().chars() {
                match c.to_digit(10) {
                    Some(d) => out.push(char::from_u32(style.zero as u32 + d).unwrap_or(c)),
                    None => out.push(c),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> PluralRules {
        PluralRules::parse(&[("one", "i = 1 and v = 0")]).unwrap()
    }

    fn fmt(source: &str, id: &str, args: &[(&str, Value)], isolate: bool) -> String {
        let r = parse(source);
        assert!(r.errors.is_empty(), "{:?}", r.errors);
        let plural = en();
        let style = Style {
            plural: &plural,
            isolate,
            zero: '0',
        };
        let mut missing = Vec::new();
        format(&r.messages[id], args, &style, &mut missing)
    }

    #[test]
    fn reads_text_variables_literals_and_selects() {
        let src = "## A section\n# A comment\nhello = Hello, { $name }!\nbrace = {\"{\"}x{ \"}\" }\n\ndays =\n    { $n ->\n        [one] { $n } day\n       *[other] { $n } days\n    }\nzero = { $n ->\n    [0] none\n   *[other] some\n}\n";
        assert_eq!(
            fmt(src, "hello", &[("name", Value::Str("Ana"))], false),
            "Hello, Ana!"
        );
        assert_eq!(fmt(src, "brace", &[], true), "{x}");
        assert_eq!(fmt(src, "days", &[("n", Value::Number(1))], false), "1 day");
        assert_eq!(
            fmt(src, "days", &[("n", Value::Number(-1))], false),
            "-1 day"
        );
        assert_eq!(
            fmt(src, "days", &[("n", Value::Number(21))], false),
            "21 days"
        );
        assert_eq!(fmt(src, "zero", &[("n", Value::Number(0))], false), "none");
        assert_eq!(fmt(src, "zero", &[("n", Value::Number(3))], false), "some");
        assert_eq!(
            fmt(src, "hello", &[("name", Value::Str("Ana"))], true),
            "Hello, \u{2068}Ana\u{2069}!"
        );
    }

    #[test]
    fn missing_variables_and_bad_entries_are_reported() {
        let r = parse("ok = fine\nbad = { -term }\nalso bad\nnext = { $x }\n");
        assert_eq!(r.errors.len(), 2, "{:?}", r.errors);
        assert!(r.messages.contains_key("ok") && r.messages.contains_key("next"));
        let plural = en();
        let style = Style {
            plural: &plural,
            isolate: false,
            zero: '0',
        };
        let mut missing = Vec::new();
        assert_eq!(
            format(&r.messages["next"], &[], &style, &mut missing),
            "{$x}"
        );
        assert_eq!(missing, ["x"]);
    }

    #[test]
    fn digits_follow_the_catalog() {
        let r = parse("n = { $n } days\n");
        let plural = en();
        let style = Style {
            plural: &plural,
            isolate: false,
            zero: '\u{06F0}',
        };
        let mut missing = Vec::new();
        let n = [("n", Value::Number(1203))];
        assert_eq!(
            format(&r.messages["n"], &n, &style, &mut missing),
            "۱۲۰۳ days"
        );
    }
}
