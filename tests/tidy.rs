//! The invariants of ARCHITECTURE.md ("Invariants"), checked on the source text. Each check is a
//! small function over a file's text, so that the last test can show that each one finds what
//! it is for.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, with its path relative to the repository.
fn rust_files(dir: &Path) -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(dir, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(root()).unwrap_or(&p).display().to_string();
            (rel, std::fs::read_to_string(&p).unwrap_or_default())
        })
        .collect()
}

/// The code of a file without comments (line comments and doc comments), so that prose about a
/// rule does not count as using it.
fn code(text: &str) -> String {
    text.lines()
        .map(|l| match l.find("//") {
            // A `//` inside a string literal (a URL) is kept.
            Some(i) if l[..i].matches('"').count() % 2 == 0 => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Names the engine must not use: it is pure Rust (no JSON, no browser, no UI), and it knows
/// nothing of who calls it.
const ENGINE_FORBIDDEN: &[&str] = &[
    "crate::api",
    "crate::flow",
    "crate::ui",
    "crate::web",
    "serde_json",
    "leptos",
    "wasm_bindgen",
    "web_sys",
    "js_sys",
];

fn engine_problems(file: &str, text: &str) -> Vec<String> {
    let code = code(text);
    ENGINE_FORBIDDEN
        .iter()
        .filter(|name| code.contains(*name))
        .map(|name| format!("{file}: the engine uses `{name}`"))
        .collect()
}

/// The files that may know JSON: the API, its JavaScript face, and the saved answers.
const JSON_ALLOWED: &[&str] = &["src/api/", "src/web/api.rs", "src/flow/document.rs"];

fn json_problems(file: &str, text: &str) -> Vec<String> {
    if JSON_ALLOWED.iter().any(|a| file.starts_with(a)) {
        return Vec::new();
    }
    if code(text).contains("serde_json") {
        vec![format!(
            "{file}: uses serde_json (only {JSON_ALLOWED:?} may)"
        )]
    } else {
        Vec::new()
    }
}

/// What the UI must not do itself: run a checker (it goes through `crate::flow`), or count
/// days and dates (the engine does, with the dated parameters of `rules::law`).
const UI_FORBIDDEN: &[&str] = &[
    "travel_limits::evaluate",
    "permanent_permit::evaluate",
    "work_permit::evaluate",
    "temporary_regulation::evaluate",
    "travel_limits::check",
    "permanent_permit::check",
    "rules::stays",
    "add_days",
    "add_months",
    "TimeDelta",
    "signed_duration_since",
    "checked_add_days",
    "checked_sub_days",
    "num_days",
    "DaySet",
];

fn ui_problems(file: &str, text: &str) -> Vec<String> {
    let code = code(text);
    UI_FORBIDDEN
        .iter()
        .filter(|name| code.contains(*name))
        .map(|name| format!("{file}: the UI uses `{name}` (rules are the engine's)"))
        .collect()
}

/// A string literal that reads like a sentence for people: three or more words of letters,
/// the first capitalised (`"Leave the page now"`). Ids, CSS classes, file names, format
/// strings for machines do not look like that.
fn prose_problems(file: &str, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (n, line) in code(text).lines().enumerate() {
        let t = line.trim_start();
        // Attribute arguments are for the compiler; `expect`/`panic` messages for developers.
        if t.starts_with("#[") || t.contains("expect(") || t.contains("panic!(") {
            continue;
        }
        for lit in line.split('"').skip(1).step_by(2) {
            let words: Vec<&str> = lit.split_whitespace().collect();
            let wordy = words.len() >= 3
                && words.iter().all(|w| {
                    w.trim_matches(|c: char| ",.:;!?".contains(c))
                        .chars()
                        .all(char::is_alphabetic)
                })
                && words[0].chars().next().is_some_and(char::is_uppercase);
            if wordy {
                out.push(format!(
                    "{file}:{}: prose in Rust: \"{lit}\" (put it in locales/)",
                    n + 1
                ));
            }
        }
    }
    out
}

/// Files longer than this are split (a module per checker, and per concern within one).
const MAX_LINES: usize = 800;

fn length_problems(file: &str, text: &str) -> Vec<String> {
    let n = text.lines().count();
    if n > MAX_LINES {
        vec![format!(
            "{file}: {n} lines, more than {MAX_LINES}: split it"
        )]
    } else {
        Vec::new()
    }
}

#[test]
fn the_engine_is_pure_rust_that_knows_no_caller() {
    let problems: Vec<String> = rust_files(&root().join("src/rules"))
        .iter()
        .flat_map(|(f, t)| engine_problems(f, t))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn only_the_api_and_the_saved_answers_know_json() {
    let problems: Vec<String> = rust_files(&root().join("src"))
        .iter()
        .flat_map(|(f, t)| json_problems(f, t))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_ui_computes_no_rule() {
    let mut files = rust_files(&root().join("src/ui"));
    files.extend(rust_files(&root().join("src/web")));
    let problems: Vec<String> = files.iter().flat_map(|(f, t)| ui_problems(f, t)).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_sentence_is_in_the_catalogs_not_in_rust() {
    let problems: Vec<String> = rust_files(&root().join("src"))
        .iter()
        // The dated parameters' labels (`rules/law.rs`) are for developers (the parameter
        // list), never shown to the person.
        .filter(|(f, _)| !f.ends_with("tests.rs") && f != "src/rules/law.rs")
        .flat_map(|(f, t)| {
            // A module's unit tests may hold English expectations.
            let text = t.split("#[cfg(test)]").next().unwrap_or(t);
            prose_problems(f, text)
        })
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_source_file_is_too_long() {
    let mut files = rust_files(&root().join("src"));
    files.extend(rust_files(&root().join("xtask/src")));
    let problems: Vec<String> = files
        .iter()
        .flat_map(|(f, t)| length_problems(f, t))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The criterion ids the engine produces are the ones RULES.md names, and every one RULES.md
/// names is produced.
#[test]
fn the_criteria_are_those_of_rules_md() {
    let rules_md = root().join("../shared/spec/RULES.md");
    let Ok(spec) = std::fs::read_to_string(&rules_md) else {
        panic!(
            "{} is needed (the legal reading the engine follows)",
            rules_md.display()
        );
    };
    let mut in_spec: Vec<String> = Vec::new();
    for piece in spec.split('`').skip(1).step_by(2) {
        let is_id = ["tr.", "pp.", "tl.", "wp."]
            .iter()
            .any(|p| piece.starts_with(p))
            && piece.len() > 3
            && piece
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '.' || c == '-' || c.is_ascii_digit());
        if is_id && !in_spec.contains(&piece.to_string()) {
            in_spec.push(piece.to_string());
        }
    }
    let engine: Vec<&str> = permit_check::rules::CRITERIA
        .iter()
        .map(|(id, _)| *id)
        .collect();
    let missing: Vec<&String> = in_spec
        .iter()
        .filter(|id| !engine.contains(&id.as_str()))
        .collect();
    let extra: Vec<&&str> = engine
        .iter()
        .filter(|id| !in_spec.iter().any(|s| s == *id))
        .collect();
    assert!(
        missing.is_empty(),
        "RULES.md names criteria the engine lacks: {missing:?}"
    );
    assert!(
        extra.is_empty(),
        "the engine has criteria RULES.md does not name: {extra:?}"
    );
    assert!(engine.len() >= 20, "only {} criteria", engine.len());
}

/// ARCHITECTURE.md states these invariants, and names every module of `src/`.
#[test]
fn architecture_md_states_the_invariants_and_names_every_module() {
    let text = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap_or_default();
    assert!(
        text.contains("## Invariants"),
        "ARCHITECTURE.md has no Invariants section"
    );
    assert!(
        text.contains("tests/tidy.rs"),
        "ARCHITECTURE.md does not say what enforces them"
    );
    for (file, _) in rust_files(&root().join("src")) {
        let module = file.trim_start_matches("src/");
        let module = module.trim_end_matches("/mod.rs").trim_end_matches(".rs");
        // Every top-level module, and every module of the engine (a checker each).
        let depth = if module.starts_with("rules/") { 2 } else { 1 };
        let top = module.split('/').take(depth).collect::<Vec<_>>().join("/");
        assert!(
            text.contains(&format!("src/{top}")) || text.contains(&format!("`{top}`")),
            "ARCHITECTURE.md does not mention src/{top}"
        );
    }
}

/// Each check finds what it is for (a check that cannot fail is no check).
#[test]
fn each_check_finds_what_it_is_for() {
    assert_eq!(
        engine_problems("src/rules/x.rs", "use crate::ui::state;").len(),
        1
    );
    assert!(engine_problems("src/rules/x.rs", "/// not `crate::ui`\nfn f() {}").is_empty());
    assert_eq!(
        json_problems("src/ui/x.rs", "let v: serde_json::Value;").len(),
        1
    );
    assert!(json_problems("src/flow/document.rs", "serde_json::to_string(&d)").is_empty());
    assert_eq!(
        ui_problems("src/ui/x.rs", "let d = add_days(a, 3);").len(),
        1
    );
    assert_eq!(
        prose_problems("src/ui/x.rs", "view! { <p>\"Leave this page now\"</p> }").len(),
        1
    );
    assert!(prose_problems("src/ui/x.rs", "class=\"button button-secondary\"").is_empty());
    assert!(prose_problems("src/ui/x.rs", "t(\"data-title\")").is_empty());
    assert_eq!(
        length_problems("src/x.rs", &"\n".repeat(MAX_LINES + 1)).len(),
        1
    );
}
