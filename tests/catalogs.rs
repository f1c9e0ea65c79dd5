//! The catalog check (`locales/<tag>/*.ftl`): every language has exactly the messages English
//! has, with the same placeables, every plural category its language needs, and no message left
//! in English unless it is on the short allow-list; and every message id the code uses exists in
//! English with exactly the arguments the code passes.
//!
//! Run it alone with `cargo test --test catalogs`; it prints every problem
//! of every language at once (TRANSLATING.md explains how to fix each kind).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use fluent_syntax::parser;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

/// Messages that may read the same in every language: they hold only placeables and punctuation,
/// or a name that is not translated.
const SAME_EVERYWHERE: &[&str] = &["number", "date-range", "span-negative", "input-bad-date"];

/// One message: its placeables (variables), its plural selectors' keys, and its text.
#[derive(Debug, Default)]
struct Message {
    variables: BTreeSet<String>,
    /// For each select expression on a variable: the variant keys.
    selects: Vec<(String, BTreeSet<String>)>,
    text: String,
}

struct Catalog {
    tag: String,
    messages: BTreeMap<String, Message>,
    problems: Vec<String>,
    /// The joined catalog, as the build writes it (`pkg/<tag>.ftl`).
    joined: String,
    /// What the app's own Fluent reader could not read in it.
    reader_errors: Vec<(usize, String)>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn collect_inline(e: &ast::InlineExpression<&str>, m: &mut Message) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            m.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, m),
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                collect_inline(a, m);
            }
            for a in &arguments.named {
                collect_inline(&a.value, m);
            }
        }
        _ => {}
    }
}

fn collect_expression(e: &ast::Expression<&str>, m: &mut Message) {
    match e {
        ast::Expression::Inline(i) => collect_inline(i, m),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, m);
            if let ast::InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    })
                    .collect();
                m.selects.push((id.name.to_string(), keys));
            }
            for v in variants {
                collect_pattern(&v.value, m);
            }
        }
    }
}

fn collect_pattern(p: &ast::Pattern<&str>, m: &mut Message) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => m.text.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                m.text.push_str("{}");
                collect_expression(expression, m);
            }
        }
    }
}

/// Reads `locales/<tag>/*.ftl` (in name order, as the build joins them).
fn read_catalog(dir: &Path) -> Catalog {
    let tag = dir
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_string();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "ftl"));
    files.sort();
    let mut catalog = Catalog {
        tag: tag.clone(),
        messages: BTreeMap::new(),
        problems: Vec::new(),
        joined: String::new(),
        reader_errors: Vec::new(),
    };
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let source = std::fs::read_to_string(&file).unwrap_or_default();
        catalog.joined.push_str(&source);
        if !source.ends_with('\n') {
            catalog.joined.push('\n');
        }
        let resource = match parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let line = source[..e.pos.start.min(source.len())].lines().count();
                    catalog
                        .problems
                        .push(format!("{tag}/{name}:{line}: syntax error {:?}", e.kind));
                }
                r
            }
        };
        for entry in resource.body {
            match entry {
                ast::Entry::Message(msg) => {
                    let mut m = Message::default();
                    if let Some(value) = &msg.value {
                        collect_pattern(value, &mut m);
                    } else {
                        catalog
                            .problems
                            .push(format!("{tag}/{name}: `{}` has no value", msg.id.name));
                    }
                    let id = msg.id.name.to_string();
                    if catalog.messages.insert(id.clone(), m).is_some() {
                        catalog
                            .problems
                            .push(format!("{tag}/{name}: `{id}` is defined twice"));
                    }
                }
                ast::Entry::Junk { content } => {
                    let first = content.lines().next().unwrap_or_default();
                    catalog
                        .problems
                        .push(format!("{tag}/{name}: unreadable entry `{first}`"));
                }
                _ => {}
            }
        }
    }
    catalog.reader_errors = permit_check::text::parse_ftl(&catalog.joined).errors;
    catalog
}

fn catalogs() -> Vec<Catalog> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root().join("locales"))
        .expect("locales/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .filter(|p| {
            std::fs::read_dir(p)
                .map(|rd| {
                    rd.filter_map(|e| e.ok())
                        .any(|e| e.path().extension().is_some_and(|x| x == "ftl"))
                })
                .unwrap_or(false)
        })
        .collect();
    dirs.sort();
    dirs.iter().map(|d| read_catalog(d)).collect()
}

fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// CLDR's plural rules for a locale (intl_pluralrules' data).
fn cldr_rules(plural_tag: &str) -> Option<PluralRules> {
    let langid = plural_tag.parse::<unic_langid::LanguageIdentifier>().ok()?;
    PluralRules::create(langid, PluralRuleType::CARDINAL).ok()
}

/// The numbers on which a catalog's own plural rules are compared with CLDR's. intl_pluralrules
/// 7.0.2 puts every Arabic number from 100 up in `other` (CLDR: 103 is `few`, 111 `many`), so
/// for Arabic only 0–99 are compared with it, and `src/text/plural.rs` tests the rest against
/// CLDR's published examples.
fn compared_numbers(plural_tag: &str) -> std::ops::RangeInclusive<u64> {
    if plural_tag == "ar" {
        0..=99
    } else {
        0..=1000
    }
}

/// A catalog's own plural rules (`language-plural-<category>`), as the app reads them.
fn own_rules(c: &Catalog) -> Result<permit_check::text::PluralRules, String> {
    let rules: Vec<(&str, &str)> = CATEGORIES
        .iter()
        .filter_map(|cat| {
            let id = format!("language-plural-{cat}");
            c.messages.get(&id).map(|m| (*cat, m.text.trim()))
        })
        .collect();
    permit_check::text::PluralRules::parse(&rules)
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn meta<'a>(c: &'a Catalog, id: &str) -> Option<&'a str> {
    c.messages.get(id).map(|m| m.text.trim())
}

/// Every problem of one language, compared with English.
fn problems_of(c: &Catalog, en: &Catalog) -> Vec<String> {
    let tag = &c.tag;
    let mut out = c.problems.clone();
    for (line, e) in &c.reader_errors {
        out.push(format!(
            "{tag}: line {line} of the joined catalog: the app cannot read it ({e}; see \
             TRANSLATING.md for the Fluent syntax the app reads)"
        ));
    }
    for id in ["language-name", "language-direction", "language-review"] {
        if meta(c, id).is_none_or(str::is_empty) {
            out.push(format!("{tag}: the message `{id}` is missing"));
        }
    }
    // The catalog states its plural rules; they must be CLDR's.
    let plural_tag = meta(c, "language-plural-rules").unwrap_or(tag).to_string();
    let needed: Option<BTreeSet<&'static str>> = match own_rules(c) {
        Err(e) => {
            out.push(format!("{tag}: language-plural-*: {e}"));
            None
        }
        Ok(own) => {
            if !c.messages.contains_key("language-plural-one") {
                out.push(format!(
                    "{tag}: no `language-plural-one` (the language's CLDR plural rules, see \
                     TRANSLATING.md)"
                ));
            }
            match cldr_rules(&plural_tag) {
                None => out.push(format!(
                    "{tag}: no CLDR plural rules for `{plural_tag}`: set `language-plural-rules` \
                     to a tag that has them"
                )),
                Some(cldr) => {
                    if let Some(n) = compared_numbers(&plural_tag).find(|n| {
                        cldr.select(*n).ok().map(category_name) != Some(own.category(*n).name())
                    }) {
                        out.push(format!(
                            "{tag}: by its language-plural-* rules {n} is `{}`, by CLDR's rules \
                             for `{plural_tag}` `{}`",
                            own.category(n).name(),
                            cldr.select(n).ok().map_or("?", category_name)
                        ));
                    }
                }
            }
            Some(own.categories().iter().map(|c| c.name()).collect())
        }
    };
    for (id, m) in &en.messages {
        let Some(t) = c.messages.get(id) else {
            out.push(format!("{tag}: missing message `{id}`"));
            continue;
        };
        if t.variables != m.variables {
            out.push(format!(
                "{tag}: `{id}` uses the placeables {:?}, English uses {:?}",
                t.variables, m.variables
            ));
        }
        if let Some(needed) = &needed {
            for (var, keys) in &t.selects {
                let plural = keys.iter().any(|k| CATEGORIES.contains(&k.as_str()));
                let missing: Vec<_> = needed.iter().filter(|n| !keys.contains(**n)).collect();
                if plural && !missing.is_empty() {
                    out.push(format!(
                        "{tag}: `{id}`: the plural selector on ${var} lacks {missing:?}"
                    ));
                }
            }
        }
        let untranslatable = SAME_EVERYWHERE.contains(&id.as_str())
            || id.starts_with("language-")
            || !m.text.chars().any(char::is_alphabetic);
        if tag != "en" && !untranslatable && t.text == m.text {
            out.push(format!("{tag}: `{id}` is still in English"));
        }
    }
    for id in c.messages.keys() {
        // A language's own facts (`language-plural-rules` …) need not exist in English.
        if !en.messages.contains_key(id) && !id.starts_with("language-") {
            out.push(format!(
                "{tag}: `{id}` is not an English message (remove it)"
            ));
        }
    }
    out
}

#[test]
fn every_language_passes_the_catalog_check() {
    let all = catalogs();
    let en = all
        .iter()
        .find(|c| c.tag == "en")
        .expect("an English catalog");
    let mut problems = Vec::new();
    for c in &all {
        problems.extend(problems_of(c, en));
    }
    assert!(
        problems.is_empty(),
        "{} catalog problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(all.len() >= 2, "at least English and one other language");
}

/// The checks themselves can fail: a catalog with each kind of problem is reported.
#[test]
fn the_catalog_check_finds_each_kind_of_problem() {
    let parse = |tag: &str, source: &str| {
        let dir = std::env::temp_dir()
            .join(format!("permit-check-catalog-test-{}", std::process::id()))
            .join(tag);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("a.ftl"), source).unwrap();
        read_catalog(&dir)
    };
    let en = parse(
        "en",
        "language-name = English\nlanguage-direction = ltr\nlanguage-review = source\n\
         language-plural-one = i = 1 and v = 0\n\
         days = { $n ->\n    [one] { $n } day\n   *[other] { $n } days\n}\n\
         greet = Hello { $name }\nbye = Goodbye\n",
    );
    let uk = parse(
        "uk",
        "language-name = Українська\nlanguage-direction = ltr\nlanguage-review = unreviewed\n\
         language-plural-one = v = 0 and i % 10 = 1 and i % 100 != 11\n\
         language-plural-few = v = 0 and i % 10 = 2..4 and i % 100 != 12..14\n\
         language-plural-many = v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14\n\
         days = { $n ->\n    [one] { $n } день\n   *[other] { $n } днів\n}\n\
         greet = Привіт { $who }\nbye = Goodbye\nextra = Зайве\n",
    );
    let problems = problems_of(&uk, &en).join("\n");
    assert!(
        problems.contains("`days`: the plural selector on $n lacks"),
        "{problems}"
    );
    assert!(
        problems.contains("`greet` uses the placeables"),
        "{problems}"
    );
    assert!(problems.contains("`bye` is still in English"), "{problems}");
    assert!(
        problems.contains("`extra` is not an English message"),
        "{problems}"
    );
    let empty = parse("nb", "language-name = Norsk\n");
    let problems = problems_of(&empty, &en).join("\n");
    assert!(problems.contains("missing message `greet`"), "{problems}");
    assert!(
        problems.contains("`language-direction` is missing"),
        "{problems}"
    );
    assert!(problems.contains("no `language-plural-one`"), "{problems}");
    // Plural rules that are not CLDR's, and Fluent the app's reader does not read.
    let odd = parse(
        "nb",
        "language-name = Norsk\nlanguage-plural-one = n = 2\nbye = { -brand } ha det\n",
    );
    let problems = problems_of(&odd, &en).join("\n");
    assert!(
        problems.contains("1 is `other`, by CLDR's rules for `nb` `one`"),
        "{problems}"
    );
    assert!(problems.contains("the app cannot read it"), "{problems}");
}

// ---------------------------------------------------------------------------------------------
// The code's message ids
// ---------------------------------------------------------------------------------------------

/// `msg!("id", a = …, b = …)` in the code: the id and the argument names, with the file.
fn msg_calls(source: &str) -> Vec<(String, Option<BTreeSet<String>>)> {
    let mut out = Vec::new();
    let mut rest = source;
    while let Some(i) = rest.find("msg!(") {
        let after = &rest[i + 5..];
        // The invocation's text, up to its closing parenthesis.
        let mut depth = 1;
        let mut end = after.len();
        for (k, ch) in after.char_indices() {
            match ch {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = k;
                        break;
                    }
                }
                _ => {}
            }
        }
        let body = &after[..end];
        rest = &after[end.min(after.len())..];
        let body = body.trim();
        let Some(body) = body.strip_prefix('"') else {
            continue;
        };
        let Some(q) = body.find('"') else { continue };
        let id = body[..q].to_string();
        // Top-level `name = value` arguments after the id.
        let mut names = BTreeSet::new();
        let mut depth = 0;
        let mut part = String::new();
        for ch in body[q + 1..].chars().chain([',']) {
            match ch {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                _ => {}
            }
            if ch == ',' && depth == 0 {
                if let Some((name, _)) = part.split_once('=') {
                    let name = name.trim();
                    if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
                        names.insert(name.to_string());
                    }
                }
                part.clear();
            } else {
                part.push(ch);
            }
        }
        out.push((id, Some(names)));
    }
    // `Msg::new("id")` (arguments added with `.with`, not checked here).
    let mut rest = source;
    while let Some(i) = rest.find("Msg::new(\"") {
        let after = &rest[i + 10..];
        if let Some(q) = after.find('"') {
            out.push((after[..q].to_string(), None));
        }
        rest = &after[1.min(after.len())..];
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn every_message_the_code_uses_exists_in_english_with_its_arguments() {
    let en = read_catalog(&root().join("locales/en"));
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut problems = Vec::new();
    let mut seen = 0;
    for f in &files {
        let source = std::fs::read_to_string(f).unwrap_or_default();
        // Doc comments and the macro's own definition are not uses.
        let code: String = source
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for (id, names) in msg_calls(&code) {
            if id.contains('$') || id == "id" {
                continue;
            }
            seen += 1;
            let rel = f.strip_prefix(root()).unwrap_or(f).display().to_string();
            match en.messages.get(&id) {
                None => problems.push(format!("{rel}: no English message `{id}`")),
                Some(m) => {
                    if let Some(names) = names {
                        if names != m.variables {
                            problems.push(format!(
                                "{rel}: `{id}` is given {names:?}, the English message uses {:?}",
                                m.variables
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(seen > 100, "the scan found only {seen} message uses");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every criterion id the engine knows has its title in English.
#[test]
fn every_criterion_has_a_title() {
    let en = read_catalog(&root().join("locales/en"));
    for (id, title) in permit_check::rules::CRITERIA {
        assert!(en.messages.contains_key(*title), "{id}: no `{title}`");
    }
}

// ---------------------------------------------------------------------------------------------
// The app's own Fluent reader (src/text/fluent.rs) against Project Fluent's
// ---------------------------------------------------------------------------------------------

fn latin_to(zero: char, s: &str) -> String {
    s.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(zero as u32 + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

fn arab_digits(
    v: &fluent_bundle::FluentValue,
    _: &intl_memoizer::IntlLangMemoizer,
) -> Option<String> {
    match v {
        fluent_bundle::FluentValue::Number(n) => Some(latin_to('\u{0660}', &n.as_string())),
        _ => None,
    }
}

fn arabext_digits(
    v: &fluent_bundle::FluentValue,
    _: &intl_memoizer::IntlLangMemoizer,
) -> Option<String> {
    match v {
        fluent_bundle::FluentValue::Number(n) => Some(latin_to('\u{06F0}', &n.as_string())),
        _ => None,
    }
}

/// Every message of every language, with its variables as text and as numbers (every plural
/// category), formats to the same text with the app's reader as with fluent-bundle (isolation
/// marks and digits included).
#[test]
fn the_apps_fluent_reader_formats_every_message_as_fluent_bundle_does() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
    use permit_check::text::{Digits, Direction, Value};
    let mut problems = Vec::new();
    let mut compared = 0;
    for c in catalogs() {
        let app = permit_check::text::catalog(&c.tag);
        if app.language.tag != c.tag {
            problems.push(format!("{}: not a language of this build", c.tag));
            continue;
        }
        let plural_tag = meta(&c, "language-plural-rules")
            .unwrap_or(&c.tag)
            .to_string();
        let langid: unic_langid::LanguageIdentifier = plural_tag.parse().expect("a language tag");
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(app.language.direction == Direction::Rtl);
        bundle.set_formatter(match app.language.digits {
            Digits::Latn => None,
            Digits::Arab => Some(arab_digits),
            Digits::Arabext => Some(arabext_digits),
        });
        let resource = match FluentResource::try_new(c.joined.clone()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let _ = bundle.add_resource(resource);
        let numbers: Vec<i64> = compared_numbers(&plural_tag)
            .filter(|n| *n <= 30 || [99, 100, 101, 111, 365, 730, 1000].contains(n))
            .map(|n| n as i64)
            .chain([-1, -3])
            .collect();
        for (id, m) in &c.messages {
            let Some(pattern) = bundle.get_message(id).and_then(|msg| msg.value()) else {
                continue;
            };
            let vars: Vec<&str> = m.variables.iter().map(String::as_str).collect();
            let mut samples: Vec<Vec<(&str, Value)>> =
                vec![vars.iter().map(|v| (*v, Value::Str("Ab 12"))).collect()];
            if !vars.is_empty() {
                for n in &numbers {
                    samples.push(vars.iter().map(|v| (*v, Value::Number(*n))).collect());
                }
            }
            for sample in samples {
                let mut args = FluentArgs::new();
                for (name, value) in &sample {
                    match value {
                        Value::Number(n) => args.set(*name, FluentValue::from(*n)),
                        Value::Str(s) => args.set(*name, FluentValue::from(*s)),
                    }
                }
                let mut errors = Vec::new();
                let want = bundle
                    .format_pattern(pattern, Some(&args), &mut errors)
                    .into_owned();
                let (got, missing) = app.format_raw(id, &sample);
                compared += 1;
                if got != want || !missing.is_empty() {
                    problems.push(format!(
                        "{}: `{id}` with {sample:?}: the app writes {got:?}, fluent-bundle {want:?}",
                        c.tag
                    ));
                }
            }
        }
    }
    assert!(compared > 5000, "only {compared} formattings compared");
    problems.truncate(40);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
