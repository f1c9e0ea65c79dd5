//! The installable, offline app: the service worker `sw.js` of `cargo xtask dist`.
//!
//! `sw.js` in the repository is a template: as it is (served by `cargo xtask serve`, or by any
//! static server during development) it keeps nothing and lets every request through. For the
//! deployable folder it is filled in with the list of every file of the site ([`crate::serve::SITE`],
//! found on disk, so nothing is hand-maintained) and a hash of their contents, which names the
//! cache. Any change to any file changes the hash, hence `sw.js`, which is what makes browsers
//! install the new version (and delete the old cache when it activates).

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::serve::site_files;
use crate::Result;

/// The worker, at the top of the site (its folder is its scope); in the repository, the template.
pub const WORKER: &str = "sw.js";

/// What the worker precaches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Precache {
    /// 16 hex digits of the SHA-256 of the files' names and contents.
    pub version: String,
    /// The files, relative to the site's top (`index.html` is `./`, the page's own URL).
    pub urls: Vec<String>,
}

/// The filled-in worker for the site in `root`, and what it precaches.
pub fn worker_for(root: &Path) -> Result<(String, Precache)> {
    let template_path = root.join(WORKER);
    let template = std::fs::read_to_string(&template_path)
        .map_err(|e| format!("cannot read {}: {e}", template_path.display()))?;
    let precache = precache(root)?;
    let worker = render(&template, &precache)?;
    Ok((worker, precache))
}

/// The files of the site the version covers: every one but the worker itself (and any
/// pre-compressed sibling), sorted.
fn versioned_files(root: &Path) -> Vec<PathBuf> {
    site_files(root)
        .into_iter()
        .filter(|f| {
            let name = f.to_string_lossy();
            name != WORKER
                && name != "service-worker.js"
                && !name.ends_with(".br")
                && !name.ends_with(".gz")
        })
        .collect()
}

/// Whether the worker fetches a file when it installs. Not: the embedding API's build
/// (`pkg/permit_check*`, for NGOs' own pages; the app never loads it), and the catalogs but the
/// English and the Norwegian ones (the worker keeps a language's the first time it is used, so
/// that installing does not download thirteen languages).
pub fn is_precached(file: &Path) -> bool {
    let name = file.to_string_lossy().replace('\\', "/");
    if name.starts_with("pkg/permit_check") {
        return false;
    }
    match name
        .strip_prefix("pkg/")
        .and_then(|n| n.strip_suffix(".ftl"))
    {
        Some(catalog) => {
            let tag = catalog.strip_suffix(".rules").unwrap_or(catalog);
            tag == "en" || tag == "nb"
        }
        None => true,
    }
}

/// `pkg/permit check.js` → `pkg/permit%20check.js` (a relative URL for the file).
fn url_for(file: &Path) -> String {
    let path = file
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/");
    if path == "index.html" {
        return "./".to_string();
    }
    let mut out = String::new();
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The file list and the hash of their names and contents.
/// The version covers every file of the site, kept on install or not: a new catalog of any
/// language is a new version (and the old version's kept copy is deleted with its cache).
pub fn precache(root: &Path) -> Result<Precache> {
    let files = versioned_files(root);
    if !files.iter().any(|f| f == Path::new("index.html")) {
        return Err(format!("{} has no index.html", root.display()));
    }
    let mut hasher = Sha256::new();
    let mut urls = Vec::new();
    for file in &files {
        let bytes = std::fs::read(root.join(file))
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let url = url_for(file);
        // Name and length first, so that moving bytes from one file to the next changes the hash.
        hasher.update(url.as_bytes());
        hasher.update([0]);
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(&bytes);
        if is_precached(file) {
            urls.push(url);
        }
    }
    let digest = hasher.finalize();
    let version = digest
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect::<String>();
    Ok(Precache { version, urls })
}

/// The template with its two placeholders filled in (each must occur exactly once).
pub fn render(template: &str, precache: &Precache) -> Result<String> {
    const VERSION: &str = "@@VERSION@@";
    const FILES: &str = "/* @@FILES@@ */";
    for placeholder in [VERSION, FILES] {
        if template.matches(placeholder).count() != 1 {
            return Err(format!(
                "{WORKER} must contain `{placeholder}` exactly once (it is the template)"
            ));
        }
    }
    let list = precache
        .urls
        .iter()
        .map(|u| format!("\n  '{u}',"))
        .collect::<String>();
    let header = "// Written by `cargo xtask dist` from the repository's sw.js: do not edit.\n";
    Ok(format!(
        "{header}{}",
        template
            .replace(VERSION, &precache.version)
            .replace(FILES, &format!("{list}\n"))
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-pwa-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("pkg")).unwrap();
        std::fs::create_dir_all(dir.join("icons")).unwrap();
        std::fs::create_dir_all(dir.join("src")).unwrap();
        std::fs::write(dir.join("index.html"), "<!doctype html>").unwrap();
        std::fs::write(dir.join("boot.js"), "import './pkg/x.js';").unwrap();
        std::fs::write(dir.join("pkg/x.js"), "export {}").unwrap();
        std::fs::write(dir.join("pkg/x_bg.wasm"), [0, 97, 115, 109]).unwrap();
        std::fs::write(dir.join("pkg/.xtask-stamp"), "stamp").unwrap();
        std::fs::write(dir.join("icons/icon 1.png"), [137, 80, 78, 71]).unwrap();
        std::fs::write(dir.join("src/lib.rs"), "secret").unwrap();
        std::fs::write(
            dir.join(WORKER),
            "const VERSION = '@@VERSION@@';\nconst FILES = [/* @@FILES@@ */];\n",
        )
        .unwrap();
        dir
    }

    #[test]
    fn lists_every_site_file_and_nothing_else() {
        let dir = site("list");
        let (worker, first) = worker_for(&dir).unwrap();
        assert_eq!(
            first.urls,
            vec![
                "boot.js",
                "icons/icon%201.png",
                "./",
                "pkg/x.js",
                "pkg/x_bg.wasm"
            ]
        );
        assert_eq!(first.version.len(), 16);
        assert!(worker.contains(&format!("const VERSION = '{}';", first.version)));
        assert!(worker.contains("\n  'pkg/x_bg.wasm',\n"));
        assert!(!worker.contains("@@"));
        // The worker itself is never precached; the repository's copy is left as it is.
        assert!(!first.urls.iter().any(|u| u.contains("sw.js")));
        assert!(std::fs::read_to_string(dir.join(WORKER))
            .unwrap()
            .contains("@@VERSION@@"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn installing_keeps_the_app_and_two_languages() {
        for (file, kept) in [
            ("pkg/app_bg.wasm", true),
            ("pkg/split_result_1.wasm", true),
            ("pkg/en.ftl", true),
            ("pkg/nb.rules.ftl", true),
            ("pkg/ar.ftl", false),
            ("pkg/fa-AF.rules.ftl", false),
            ("pkg/permit_check.js", false),
            ("pkg/permit_check_bg.wasm", false),
            ("index.html", true),
        ] {
            assert_eq!(is_precached(Path::new(file)), kept, "{file}");
        }
        // A catalog not kept on install still changes the version.
        let dir = site("catalog");
        let first = precache(&dir).unwrap();
        std::fs::write(dir.join("pkg/ar.ftl"), "language-name = العربية").unwrap();
        let second = precache(&dir).unwrap();
        assert_ne!(first.version, second.version);
        assert_eq!(first.urls, second.urls);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn any_change_to_any_file_changes_the_version() {
        let dir = site("hash");
        let first = precache(&dir).unwrap();
        assert_eq!(precache(&dir).unwrap().version, first.version, "stable");
        std::fs::write(dir.join("pkg/x.js"), "export {};").unwrap();
        let second = precache(&dir).unwrap();
        assert_ne!(second.version, first.version, "contents");
        std::fs::write(dir.join("pkg/y.js"), "").unwrap();
        let third = precache(&dir).unwrap();
        assert_ne!(third.version, second.version, "a new empty file");
        assert!(third.urls.contains(&"pkg/y.js".to_string()));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_template_without_its_placeholders_is_refused() {
        let p = Precache {
            version: "0".repeat(16),
            urls: vec!["./".into()],
        };
        assert!(render("const FILES = [/* @@FILES@@ */];", &p).is_err());
        assert!(render("'@@VERSION@@' '@@VERSION@@' [/* @@FILES@@ */]", &p).is_err());
        let out = render("'@@VERSION@@' [/* @@FILES@@ */]", &p).unwrap();
        assert!(out.ends_with("'0000000000000000' [\n  './',\n]"), "{out}");
    }

    #[test]
    fn a_site_without_a_page_is_refused() {
        let dir = site("nopage");
        std::fs::remove_file(dir.join("index.html")).unwrap();
        assert!(precache(&dir).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
