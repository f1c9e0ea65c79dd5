//! The catalog check (`locales/<tag>/*.ftl`): every language has exactly the messages English
//! has, with the same placeables, every plural category its language needs, and no message left
//! in English unless it is on the short allow-list; and every message id the code uses exists in
//! English with exactly the arguments the code passes.
//!
//! Run it alone with `cargo test --no-default-features --test catalogs`; it prints every problem
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
    };
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let source = std::fs::read_to_string(&file).unwrap_or_default();
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

/// The plural categories whole numbers take in a language (what a day count can need).
fn needed_categories(plural_tag: &str) -> Option<BTreeSet<&'static str>> {
    let langid = plural_tag.parse::<unic_langid::LanguageIdentifier>().ok()?;
    let rules = PluralRules::create(langid, PluralRuleType::CARDINAL).ok()?;
    Some(
        (0..=1000u64)
            .filter_map(|n| rules.select(n).ok())
            .map(category_name)
            .collect(),
    )
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn meta<'a>(c: &'a Catalog, id: &str) -> Option<&'a str> {
    c.messages.get(id).map(|m| m.text.trim())
}

/// Every problem of one language, compared with English.
fn problems_of(c: &Catalog, en: &Catalog) -> Vec<String> {
    let tag = &c.tag;
    let mut out = c.problems.clone();
    for id in ["language-name", "language-direction", "language-review"] {
        if meta(c, id).is_none_or(str::is_empty) {
            out.push(format!("{tag}: the message `{id}` is missing"));
        }
    }
    let plural_tag = meta(c, "language-plural-rules").unwrap_or(tag).to_string();
    let needed = needed_categories(&plural_tag);
    if needed.is_none() {
        out.push(format!(
            "{tag}: no CLDR plural rules for `{plural_tag}`: set `language-plural-rules` to a tag \
             that has them"
        ));
    }
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
            out.push(format!("{tag}: `{id}` is not an English message (remove it)"));
        }
    }
    out
}

#[test]
fn every_language_passes_the_catalog_check() {
    let all = catalogs();
    let en = all.iter().find(|c| c.tag == "en").expect("an English catalog");
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
         days = { $n ->\n    [one] { $n } day\n   *[other] { $n } days\n}\n\
         greet = Hello { $name }\nbye = Goodbye\n",
    );
    let uk = parse(
        "uk",
        "language-name = Українська\nlanguage-direction = ltr\nlanguage-review = unreviewed\n\
         days = { $n ->\n    [one] { $n } день\n   *[other] { $n } днів\n}\n\
         greet = Привіт { $who }\nbye = Goodbye\nextra = Зайве\n",
    );
    let problems = problems_of(&uk, &en).join("\n");
    assert!(problems.contains("`days`: the plural selector on $n lacks"), "{problems}");
    assert!(problems.contains("`greet` uses the placeables"), "{problems}");
    assert!(problems.contains("`bye` is still in English"), "{problems}");
    assert!(problems.contains("`extra` is not an English message"), "{problems}");
    let empty = parse("nb", "language-name = Norsk\n");
    let problems = problems_of(&empty, &en).join("\n");
    assert!(problems.contains("missing message `greet`"), "{problems}");
    assert!(problems.contains("`language-direction` is missing"), "{problems}");
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
