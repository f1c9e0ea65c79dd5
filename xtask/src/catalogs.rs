//! The catalogs in the build: `pkg/<tag>.ftl` for every language but English (which is compiled
//! in), and the static page's words in every language written into `index.html` (the words
//! between `<!-- strings -->` and `<!-- /strings -->`, the language list between
//! `<!-- languages -->` and `<!-- /languages -->`, and the English text of every element with a
//! `data-msg`), so that the page shows the reader's language before the app has loaded.
//!
//! A catalog's file is the `.ftl` files of `locales/<tag>/` joined in name order, the same rule
//! as `build.rs`.

use std::path::{Path, PathBuf};

use permit_check::text::{self, Arg, Msg, LANGUAGES};

use crate::{root, Result};

/// `locales/<tag>/*.ftl`, joined in name order (each part ends with a new line).
pub fn joined(dir: &Path) -> Result<String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut out = String::new();
    for f in files {
        let part = std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
        out.push_str(&part);
        if !part.ends_with('\n') {
            out.push('\n');
        }
    }
    Ok(out)
}

/// Writes `pkg/<tag>.ftl` for every language but English. Returns the files written.
pub fn write_catalogs(pkg: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for l in LANGUAGES.iter().filter(|l| l.tag != "en") {
        let text = joined(&root().join("locales").join(l.tag))?;
        let path = pkg.join(format!("{}.ftl", l.tag));
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        out.push(path);
    }
    Ok(out)
}

/// The message ids the page uses (`data-msg="…"`), in order, each once.
fn page_ids(html: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for part in html.split("data-msg=\"").skip(1) {
        if let Some(end) = part.find('"') {
            let id = part[..end].to_string();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    // Written by boot.js, not in the page.
    for id in ["exit-progress", "boot-failed", "update-ready", "update-reload", "update-later"] {
        if !ids.iter().any(|i| i == id) {
            ids.push(id.to_string());
        }
    }
    ids
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A message of a language, for the page (`exit-progress` gets `%n` where the count goes).
fn render(tag: &str, id: &str) -> String {
    let c = text::catalog(tag);
    if id == "exit-progress" {
        return c.render(&Msg::new("exit-progress").with("n", Arg::Str("%n".into())));
    }
    c.render_id(id)
}

/// Replaces what stands between two markers.
fn between(html: &str, open: &str, close: &str, inner: &str) -> Result<String> {
    let a = html.find(open).ok_or(format!("index.html has no `{open}`"))? + open.len();
    let b = html[a..]
        .find(close)
        .map(|k| a + k)
        .ok_or(format!("index.html has no `{close}`"))?;
    Ok(format!("{}{inner}{}", &html[..a], &html[b..]))
}

/// The page with its words filled in. Pure: the same catalogs give the same page.
pub fn fill_page(html: &str) -> Result<String> {
    let ids = page_ids(html);
    let mut strings = serde_json::Map::new();
    for l in LANGUAGES {
        let mut words = serde_json::Map::new();
        for id in &ids {
            words.insert(id.clone(), render(l.tag, id).into());
        }
        strings.insert(l.tag.to_string(), words.into());
    }
    let languages: Vec<serde_json::Value> = LANGUAGES
        .iter()
        .map(|l| {
            serde_json::json!({
                "tag": l.tag, "name": l.name, "dir": l.direction.as_str(), "matches": l.matches,
            })
        })
        .collect();
    let data = serde_json::json!({ "languages": languages, "strings": strings });
    // `</` cannot end the script element early when written as `<\/`.
    let json = serde_json::to_string(&data)
        .map_err(|e| e.to_string())?
        .replace("</", "<\\/");
    let script = format!(
        "\n  <script type=\"application/json\" id=\"pc-strings\">{json}</script>\n  "
    );
    let mut page = between(html, "<!-- strings -->", "<!-- /strings -->", &script)?;
    let items: String = LANGUAGES
        .iter()
        .map(|l| {
            format!(
                "\n          <li><button type=\"button\" class=\"lang-button\" data-lang=\"{}\" lang=\"{}\" dir=\"{}\">{}</button></li>",
                l.tag,
                l.tag,
                l.direction.as_str(),
                escape_html(l.name)
            )
        })
        .collect();
    page = between(
        &page,
        "<!-- languages -->",
        "<!-- /languages -->",
        &format!("{items}\n          "),
    )?;
    // The English text of every element with a `data-msg`: `data-msg="id">…</`.
    let mut out = String::with_capacity(page.len());
    let mut rest = page.as_str();
    while let Some(k) = rest.find("data-msg=\"") {
        let (head, tail) = rest.split_at(k);
        out.push_str(head);
        let after_attr = &tail["data-msg=\"".len()..];
        let end_id = after_attr.find('"').ok_or("unclosed data-msg")?;
        let id = &after_attr[..end_id];
        let gt = tail.find('>').ok_or("unclosed tag")?;
        out.push_str(&tail[..=gt]);
        let body = &tail[gt + 1..];
        let close = body.find("</").ok_or("data-msg element has no end")?;
        out.push_str(&escape_html(&render("en", id)));
        rest = &body[close..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Fills in `index.html` (only writing it when something changed).
pub fn write_page() -> Result<()> {
    let path = root().join("index.html");
    let html = std::fs::read_to_string(&path).map_err(|e| format!("index.html: {e}"))?;
    let filled = fill_page(&html)?;
    if filled != html {
        std::fs::write(&path, filled).map_err(|e| format!("index.html: {e}"))?;
        println!("index.html: the words of the page were brought up to date from locales/");
    }
    Ok(())
}
