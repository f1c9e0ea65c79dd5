//! The catalogs: which languages exist, which are loaded, and choosing one for a BCP 47 tag.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock, RwLock};

use super::fluent::{self, Pattern, Style};
use super::plural::{Category, PluralRules};

/// Which way a language is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Whether a qualified translator has checked a catalog (`language-review`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Review {
    /// The language the texts are written in (English).
    Source,
    /// Checked and signed off by a qualified translator.
    Reviewed,
    /// Translated without review: the app says so, and offers the texts in English and Norwegian.
    Unreviewed,
}

/// The digits a language writes numbers with (`language-digits`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Digits {
    /// 0123456789
    Latn,
    /// Arabic-Indic ٠١٢٣٤٥٦٧٨٩
    Arab,
    /// Extended Arabic-Indic (Persian) ۰۱۲۳۴۵۶۷۸۹
    Arabext,
}

/// One language of the app, as its catalog describes itself (`language-*` messages), read by
/// `build.rs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Language {
    /// The tag of its folder under `locales/` and of its file next to `pkg/`.
    pub tag: &'static str,
    /// Its name in its own script ("العربية").
    pub name: &'static str,
    pub direction: Direction,
    pub review: Review,
    /// The BCP 47 tags (lower case) it answers for, most specific first: `fa-af prs` for Dari.
    pub matches: &'static [&'static str],
    pub digits: Digits,
}

impl Digits {
    /// The digit 0 of these digits.
    pub fn zero(self) -> char {
        match self {
            Digits::Latn => '0',
            Digits::Arab => '\u{0660}',
            Digits::Arabext => '\u{06F0}',
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// The language for a BCP 47 tag (`ar-EG`, `nb_NO`, `prs`, `fa-AF`), if the app has one: the
/// longest prefix of the tag that a language lists in its `matches` wins (`fa-AF` → Dari before
/// `fa` → Persian). The one reader of language tags in the app.
pub fn negotiate(tag: &str) -> Option<&'static Language> {
    let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
    let mut prefix = tag.as_str();
    loop {
        if prefix.is_empty() {
            return None;
        }
        if let Some(l) = LANGUAGES.iter().find(|l| l.matches.contains(&prefix)) {
            return Some(l);
        }
        match prefix.rfind('-') {
            Some(i) => prefix = &prefix[..i],
            None => return None,
        }
    }
}

/// The tags of every language the app has (whether loaded or not), English first.
pub fn available() -> Vec<&'static str> {
    LANGUAGES.iter().map(|l| l.tag).collect()
}

/// One language's messages, ready to render.
pub struct Catalog {
    pub language: &'static Language,
    messages: std::collections::HashMap<Box<str>, Pattern>,
    /// Its plural rules (`language-plural-<category>` messages, CLDR notation).
    plural: PluralRules,
    /// How many entries could not be read (left out: English is shown for them), plus one for
    /// plural rules that could not be read.
    pub problems: usize,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("language", &self.language.tag)
            .field("problems", &self.problems)
            .finish()
    }
}

impl Catalog {
    fn parse(language: &'static Language, source: &str) -> Catalog {
        let resource = fluent::parse(source);
        Catalog::from_messages(language, resource.messages, resource.errors.len())
    }

    fn from_messages(
        language: &'static Language,
        messages: std::collections::HashMap<Box<str>, Pattern>,
        mut problems: usize,
    ) -> Catalog {
        let mut catalog = Catalog {
            language,
            messages,
            plural: PluralRules::default(),
            problems: 0,
        };
        let rules: Vec<(&str, String)> = Category::ALL
            .iter()
            .filter_map(|c| {
                let id = format!("language-plural-{}", c.name());
                catalog
                    .has(&id)
                    .then(|| (c.name(), catalog.pattern_text(&id)))
            })
            .collect();
        let rules: Vec<(&str, &str)> = rules.iter().map(|(c, r)| (*c, r.as_str())).collect();
        match PluralRules::parse(&rules) {
            Ok(p) => catalog.plural = p,
            Err(_) => problems += 1,
        }
        catalog.problems = problems;
        catalog
    }

    /// A message's text, without arguments (for the `language-*` facts).
    fn pattern_text(&self, id: &str) -> String {
        self.format_values(id, &[], &mut Vec::new())
    }

    /// Whether this catalog has the message `id` (with a value).
    pub fn has(&self, id: &str) -> bool {
        self.messages.contains_key(id)
    }

    pub fn is_english(&self) -> bool {
        self.language.tag == "en"
    }

    /// The plural category of a whole number in this language.
    pub fn plural_category(&self, n: i64) -> Category {
        self.plural.category(n.unsigned_abs())
    }

    /// Formats message `id` with raw argument values (numbers and text), as the catalog check
    /// does to compare this reader with fluent-bundle; the variables without a value come
    /// second.
    pub fn format_raw(&self, id: &str, args: &[(&str, fluent::Value)]) -> (String, Vec<String>) {
        let mut missing = Vec::new();
        let text = self.format_values(id, args, &mut missing);
        (text, missing)
    }

    /// Formats message `id` with argument values; variables without a value are listed in
    /// `missing`. An unknown id is the empty text.
    pub(super) fn format_values(
        &self,
        id: &str,
        args: &[(&str, fluent::Value)],
        missing: &mut Vec<String>,
    ) -> String {
        let Some(pattern) = self.messages.get(id) else {
            return String::new();
        };
        let style = Style {
            plural: &self.plural,
            isolate: self.language.direction == Direction::Rtl,
            zero: self.language.digits.zero(),
        };
        fluent::format(pattern, args, &style, missing)
    }
}

fn registry() -> &'static RwLock<HashMap<&'static str, Arc<Catalog>>> {
    static REGISTRY: OnceLock<RwLock<HashMap<&'static str, Arc<Catalog>>>> = OnceLock::new();
    REGISTRY.get_or_init(|| RwLock::new(HashMap::new()))
}

/// A language's catalog from the registry, or parsed from the text built into this build.
fn loaded(language: &'static Language) -> Option<Arc<Catalog>> {
    if let Some(c) = registry()
        .read()
        .ok()
        .and_then(|r| r.get(language.tag).cloned())
    {
        return Some(c);
    }
    let source = built_in_source(language.tag)?;
    let c = Arc::new(Catalog::parse(language, source));
    if let Ok(mut r) = registry().write() {
        return Some(r.entry(language.tag).or_insert(c).clone());
    }
    Some(c)
}

/// The English catalog: built into the native and the `api` builds; in the app, loaded like any
/// other language (until then, and if it never is, a catalog without messages).
pub fn english() -> Arc<Catalog> {
    let language = negotiate("en").unwrap_or(&LANGUAGES[0]);
    loaded(language).unwrap_or_else(|| {
        static EMPTY: OnceLock<Arc<Catalog>> = OnceLock::new();
        EMPTY
            .get_or_init(|| Arc::new(Catalog::parse(language, "")))
            .clone()
    })
}

/// The catalog for a tag: the negotiated language's catalog when it is loaded (natively every
/// catalog is built in and loads on first use), else English. `Catalog::language` tells which.
pub fn catalog(tag: &str) -> Arc<Catalog> {
    negotiate(tag).and_then(loaded).unwrap_or_else(english)
}

/// Why a catalog was not loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The app has no language for this tag.
    UnknownLanguage(String),
    /// The text holds no message the app uses (not a catalog of this app).
    NotACatalog,
}

/// A language's catalog is two files next to `pkg/` (both written by `cargo xtask build` from
/// `locales/<tag>/`): the app's own words, which the start page needs, and the rules' words, which
/// only the questions and answers need (loaded with them, so that the first load is small).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// `language.ftl` and `ui.ftl` (the page around the app, the start): `pkg/<tag>.ftl`.
    Words,
    /// The questions, the pages past the start and the engine's words (`questions.ftl`,
    /// `pages.ftl`, `travel-limits.ftl` …): `pkg/<tag>.rules.ftl`.
    Rules,
}

impl Part {
    pub const ALL: [Part; 2] = [Part::Words, Part::Rules];

    /// The files of `locales/<tag>/` in the words part; every other file is in the rules part.
    pub const WORD_FILES: [&'static str; 2] = ["language.ftl", "ui.ftl"];

    /// The part a file of `locales/<tag>/` belongs to.
    pub fn of_file(name: &str) -> Part {
        if Part::WORD_FILES.contains(&name) {
            Part::Words
        } else {
            Part::Rules
        }
    }

    /// The part's file name, next to `pkg/`'s JavaScript.
    pub fn file(self, tag: &str) -> String {
        match self {
            Part::Words => format!("{tag}.ftl"),
            Part::Rules => format!("{tag}.rules.ftl"),
        }
    }

    /// A message every language has in this part (the catalog check sees to it): whether the
    /// part is loaded.
    fn sentinel(self) -> &'static str {
        match self {
            Part::Words => "language-name",
            Part::Rules => "date-format",
        }
    }
}

/// Whether a part of a language's catalog is here (built in, or loaded).
pub fn has_part(tag: &str, part: Part) -> bool {
    negotiate(tag)
        .and_then(loaded)
        .is_some_and(|c| c.has(part.sentinel()))
}

/// Loads text of a language's catalog (one part, both, or the whole catalog as one text): its
/// messages are added to those already loaded for the language, replacing any with the same id.
/// Entries with syntax errors are left out (English is shown for them); a text with no message
/// is refused.
pub fn load(tag: &str, source: &str) -> Result<Arc<Catalog>, LoadError> {
    let language = negotiate(tag).ok_or_else(|| LoadError::UnknownLanguage(tag.to_string()))?;
    let new = fluent::parse(source);
    if new.messages.is_empty() {
        return Err(LoadError::NotACatalog);
    }
    let mut messages = loaded(language)
        .map(|c| c.messages.clone())
        .unwrap_or_default();
    messages.extend(new.messages);
    let c = Arc::new(Catalog::from_messages(language, messages, new.errors.len()));
    if let Ok(mut r) = registry().write() {
        r.insert(language.tag, c.clone());
    }
    Ok(c)
}
