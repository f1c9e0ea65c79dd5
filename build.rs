//! The Fluent catalogs. Each folder `locales/<tag>/` holding `.ftl` files is one language: its
//! files, in name order, are joined into `$OUT_DIR/catalogs/<tag>.ftl` (the xtask writes the same
//! text to `pkg/<tag>.ftl`), and its `language-*` messages become an entry of `LANGUAGES` in
//! `$OUT_DIR/languages.rs`, which `src/text/catalog.rs` includes. The native build (tests, Rust
//! embedders) compiles in every catalog, the wasm `api` build only English, the wasm app none
//! (the chosen language's file is fetched).

use std::error::Error;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    catalogs(Path::new("locales"), &out_dir)
}

/// A catalog's text: the `.ftl` files of `dir`, in name order, each ending with a new line.
/// (`xtask/src/catalogs.rs` joins them by the same rule.)
fn joined_catalog(dir: &Path) -> Result<Option<String>, Box<dyn Error>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    if files.is_empty() {
        return Ok(None);
    }
    files.sort();
    let mut text = String::new();
    for f in files {
        println!("cargo::rerun-if-changed={}", f.display());
        let part = std::fs::read_to_string(&f)?;
        text.push_str(&part);
        if !part.ends_with('\n') {
            text.push('\n');
        }
    }
    Ok(Some(text))
}

/// The value of the simple message `id = value` (one line), if the catalog has it.
fn meta<'a>(catalog: &'a str, id: &str) -> Option<&'a str> {
    catalog.lines().find_map(|line| {
        let (key, value) = line.split_once('=')?;
        (key.trim() == id).then(|| value.trim())
    })
}

fn catalogs(locales: &Path, out_dir: &Path) -> Result<(), Box<dyn Error>> {
    let dir = out_dir.join("catalogs");
    std::fs::create_dir_all(&dir)?;
    let mut tags: Vec<String> = std::fs::read_dir(locales)?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    // English first, then Norwegian, then the others by tag: the order of the language list.
    tags.sort_by_key(|t| (t != "en", t != "nb", t.clone()));
    let mut languages = String::new();
    let mut sources = String::new();
    for tag in tags {
        let Some(text) = joined_catalog(&locales.join(&tag))? else {
            continue;
        };
        let path = dir.join(format!("{tag}.ftl"));
        std::fs::write(&path, &text)?;
        let need = |id: &str| {
            meta(&text, id).ok_or_else(|| format!("locales/{tag}: no `{id} = …` message"))
        };
        let name = need("language-name")?;
        let direction = match need("language-direction")? {
            "rtl" => "Rtl",
            "ltr" => "Ltr",
            other => {
                return Err(format!(
                    "locales/{tag}: language-direction is `{other}`, not ltr or rtl"
                )
                .into())
            }
        };
        let review = match need("language-review")? {
            "source" => "Source",
            "reviewed" => "Reviewed",
            "unreviewed" => "Unreviewed",
            other => {
                return Err(format!(
                "locales/{tag}: language-review is `{other}`, not source, reviewed or unreviewed"
            )
                .into())
            }
        };
        let digits = match meta(&text, "language-digits").unwrap_or("latn") {
            "latn" => "Latn",
            "arab" => "Arab",
            "arabext" => "Arabext",
            other => {
                return Err(format!(
                    "locales/{tag}: language-digits is `{other}`, not latn, arab or arabext"
                )
                .into())
            }
        };
        let matches: Vec<String> = meta(&text, "language-matches")
            .unwrap_or(&tag)
            .split_whitespace()
            .map(|m| format!("{:?}", m.to_ascii_lowercase()))
            .collect();
        writeln!(
            languages,
            "    Language {{ tag: {tag:?}, name: {name:?}, direction: Direction::{direction}, \
             review: Review::{review}, matches: &[{}], digits: Digits::{digits} }},",
            matches.join(", ")
        )?;
        // English is built into the native and the `api` builds (API.md: English needs no
        // extra step); the app fetches every language, English too.
        let cfg = if tag == "en" {
            "        #[cfg(any(not(target_arch = \"wasm32\"), feature = \"api\"))]\n"
        } else {
            "        #[cfg(not(target_arch = \"wasm32\"))]\n"
        };
        writeln!(
            sources,
            "{cfg}        {tag:?} => Some(include_str!({:?})),",
            path.display()
        )?;
    }
    let code = format!(
        "/// Every language the app has, from `locales/`: English first.\n\
         pub static LANGUAGES: &[Language] = &[\n{languages}];\n\n\
         /// The catalog text compiled into this build, if any.\n\
         fn built_in_source(tag: &str) -> Option<&'static str> {{\n    match tag {{\n{sources}        _ => None,\n    }}\n}}\n"
    );
    std::fs::write(out_dir.join("languages.rs"), code)?;
    Ok(())
}
