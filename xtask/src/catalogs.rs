//! The catalogs in the build: `pkg/<tag>.ftl` and `pkg/<tag>.rules.ftl` for every language (the
//! two parts of `permit_check::text::Part`), and the static page's first words in every language
//! written into `index.html` (the words
//! between `<!-- strings -->` and `<!-- /strings -->`, the language list between
//! `<!-- languages -->` and `<!-- /languages -->`, and the English text of every element with a
//! `data-msg`), so that the page shows the reader's language before the app has loaded.
//!
//! A part's file is its `.ftl` files of `locales/<tag>/` joined in name order (`build.rs` joins
//! all of them by the same rule for the native build).

use std::path::{Path, PathBuf};

use permit_check::text::{self, Arg, Msg, Part, LANGUAGES};

use crate::{root, Result};

/// A part of a language's catalog: the files of `locales/<tag>/` in that part, joined in name
/// order (each ending with a new line).
pub fn joined_part(dir: &Path, part: Part) -> Result<String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .filter(|p| p.file_name().and_then(|n| n.to_str()).map(Part::of_file) == Some(part))
        .collect();
    files.sort();
    let mut out = String::new();
    for f in files {
        let text = std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
        out.push_str(&text);
        if !text.ends_with('\n') {
            out.push('\n');
        }
    }
    Ok(out)
}

/// Writes both parts of every language's catalog: `pkg/<tag>.ftl` (the app's words) and
/// `pkg/<tag>.rules.ftl` (the rules' words), see `permit_check::text::Part`. Returns the files
/// written.
pub fn write_catalogs(pkg: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for l in LANGUAGES {
        for part in Part::ALL {
            let text = joined_part(&root().join("locales").join(l.tag), part)?;
            let path = pkg.join(part.file(l.tag));
            if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
            }
            out.push(path);
        }
    }
    Ok(out)
}

/// The message ids of the page's words that must show in the reader's language before the app
/// has loaded (`data-msg="…"` above the footer, but the `<noscript>` text), in order, each once.
/// The footer's are written by the app (`ui::App`): carrying every language's footer in the page
/// would cost the first load several kilobytes.
fn page_ids(html: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let above_footer = html.split("<footer").next().unwrap_or(html);
    for part in above_footer.split("data-msg=\"").skip(1) {
        if let Some(end) = part.find('"') {
            let id = part[..end].to_string();
            if id != "noscript" && !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    // Written by boot.js, not in the page.
    for id in [
        "exit-progress",
        "boot-failed",
        "update-ready",
        "update-reload",
        "update-later",
    ] {
        if !ids.iter().any(|i| i == id) {
            ids.push(id.to_string());
        }
    }
    ids
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
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
    let a = html
        .find(open)
        .ok_or(format!("index.html has no `{open}`"))?
        + open.len();
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
    let script =
        format!("\n  <script type=\"application/json\" id=\"pc-strings\">{json}</script>\n  ");
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
