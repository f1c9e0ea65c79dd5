//! The catalogs: which languages exist, which are loaded, and choosing one for a BCP 47 tag.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

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
    /// The CLDR locale whose plural rules it uses (usually its own tag).
    pub plural_rules: &'static str,
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
    pub(super) bundle: FluentBundle<FluentResource>,
    /// How many syntax errors the source had (those messages are left out; English is used).
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
        let (resource, problems) = match FluentResource::try_new(source.to_string()) {
            Ok(r) => (r, 0),
            Err((r, errors)) => (r, errors.len()),
        };
        let langid = language
            .plural_rules
            .parse::<LanguageIdentifier>()
            .or_else(|_| language.tag.parse::<LanguageIdentifier>())
            .unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(language.direction == Direction::Rtl);
        bundle.set_formatter(match language.digits {
            Digits::Latn => None,
            Digits::Arab => Some(arab_digits),
            Digits::Arabext => Some(arabext_digits),
        });
        // A message defined twice keeps its first definition (the catalog check reports it).
        let _ = bundle.add_resource(resource);
        Catalog {
            language,
            bundle,
            problems,
        }
    }

    /// Whether this catalog has the message `id` (with a value).
    pub fn has(&self, id: &str) -> bool {
        self.bundle
            .get_message(id)
            .is_some_and(|m| m.value().is_some())
    }

    pub fn is_english(&self) -> bool {
        self.language.tag == "en"
    }
}

type Memo = intl_memoizer::concurrent::IntlLangMemoizer;

fn with_digits(v: &FluentValue, zero: char) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(
            n.as_string()
                .chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) => char::from_u32(zero as u32 + d).unwrap_or(c),
                    None => c,
                })
                .collect(),
        ),
        _ => None,
    }
}

fn arab_digits(v: &FluentValue, _: &Memo) -> Option<String> {
    with_digits(v, '\u{0660}')
}

fn arabext_digits(v: &FluentValue, _: &Memo) -> Option<String> {
    with_digits(v, '\u{06F0}')
}

fn registry() -> &'static RwLock<HashMap<&'static str, Arc<Catalog>>> {
    static REGISTRY: OnceLock<RwLock<HashMap<&'static str, Arc<Catalog>>>> = OnceLock::new();
    REGISTRY.get_or_init(|| RwLock::new(HashMap::new()))
}

/// The English catalog, built in.
pub fn english() -> Arc<Catalog> {
    static ENGLISH: OnceLock<Arc<Catalog>> = OnceLock::new();
    ENGLISH
        .get_or_init(|| {
            let language = negotiate("en").unwrap_or(&LANGUAGES[0]);
            Arc::new(Catalog::parse(
                language,
                built_in_source("en").unwrap_or_default(),
            ))
        })
        .clone()
}

/// The catalog for a tag: the negotiated language's catalog when it is loaded (natively every
/// catalog is built in and loads on first use), else English. `Catalog::language` tells which.
pub fn catalog(tag: &str) -> Arc<Catalog> {
    let Some(language) = negotiate(tag) else {
        return english();
    };
    if language.tag == "en" {
        return english();
    }
    if let Some(c) = registry()
        .read()
        .ok()
        .and_then(|r| r.get(language.tag).cloned())
    {
        return c;
    }
    match built_in_source(language.tag) {
        Some(source) => {
            let c = Arc::new(Catalog::parse(language, source));
            if let Ok(mut r) = registry().write() {
                r.entry(language.tag).or_insert_with(|| c.clone());
            }
            c
        }
        None => english(),
    }
}

/// Why a catalog was not loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The app has no language for this tag.
    UnknownLanguage(String),
    /// The text holds no message the app uses (not a catalog of this app).
    NotACatalog,
}

/// Loads a language's catalog from its text (the file `pkg/<tag>.ftl`), replacing any loaded
/// before. Messages with syntax errors are left out (English is shown for them); a text with no
/// `language-name` message is refused.
pub fn load(tag: &str, source: &str) -> Result<Arc<Catalog>, LoadError> {
    let language = negotiate(tag).ok_or_else(|| LoadError::UnknownLanguage(tag.to_string()))?;
    let c = Catalog::parse(language, source);
    if !c.has("language-name") {
        return Err(LoadError::NotACatalog);
    }
    if language.tag == "en" {
        return Ok(english());
    }
    let c = Arc::new(c);
    if let Ok(mut r) = registry().write() {
        r.insert(language.tag, c.clone());
    }
    Ok(c)
}
