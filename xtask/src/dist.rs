//! `cargo xtask dist`: the folder an NGO puts on its web server.
//!
//! - `dist/`: only the site's files ([`crate::serve::SITE`]; `sw.js` filled in, see
//!   [`crate::pwa`]), each
//!   text file (HTML, JavaScript, CSS, WebAssembly, SVG, JSON, the manifest) with a pre-compressed
//!   `.br` (brotli, quality 11) and `.gz` (gzip -9) sibling, for servers that can send them.
//! - `dist.zip`: `DEPLOY.md` and the folder as `permit-check/`, for sending by mail.
//!
//! The sizes are printed at the end: raw, and what a visitor downloads with brotli.
//! `cargo xtask serve` and `lighthouse` write the same folder (see [`make`]) and serve it.

use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::Digest;

use crate::serve::site_files;
use crate::{pwa, root, step, tools, wasm, Result};

/// Where the folder goes, under the repository root.
pub const DIST: &str = "dist";
/// The zip, beside it.
pub const ZIP: &str = "dist.zip";
/// The instructions, at the repository root and at the top of the zip.
pub const DEPLOY: &str = "DEPLOY.md";
/// The folder's name inside the zip.
const ZIP_FOLDER: &str = "permit-check";

/// Extensions worth compressing (PNG, WOFF2 and the like are compressed already).
const COMPRESSIBLE: &[&str] = &[
    "html",
    "htm",
    "js",
    "mjs",
    "css",
    "wasm",
    "svg",
    "json",
    "webmanifest",
    "txt",
    "xml",
    "ico",
    "map",
    "md",
    "ftl",
];

/// How hard to compress.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effort {
    /// For deploying: brotli 11, gzip 9 (measured for the 2 MB WebAssembly: 6 s on an idle
    /// machine, 25 s on a busy one; [`make`] does it only for files that changed).
    Best,
    /// For the tests, which need working siblings, not the smallest: brotli 5, gzip 6.
    Quick,
}

/// The sizes of a written folder, in bytes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// The site's files.
    pub files: usize,
    /// Their total size as they are.
    pub raw: u64,
    /// What a visitor downloads when the server sends the `.br` siblings (raw where none).
    pub brotli: u64,
    /// The same with the `.gz` siblings.
    pub gzip: u64,
    /// Everything in the folder, siblings included.
    pub on_disk: u64,
    /// The zip.
    pub zip: u64,
    /// The service worker's cache version and number of files.
    pub precache_version: String,
    pub precached: usize,
}

/// `cargo xtask dist [--no-build] [--quick]`.
pub fn command(args: &[String]) -> Result<bool> {
    let mut build = true;
    let mut effort = Effort::Best;
    for arg in args {
        match arg.as_str() {
            "--no-build" => build = false,
            "--quick" => effort = Effort::Quick,
            other => {
                return Err(format!(
                    "unexpected argument `{other}` (dist [--no-build] [--quick])"
                ))
            }
        }
    }
    let started = std::time::Instant::now();
    if build {
        let tools = step("ensure build tools", tools::ensure_build_tools)?;
        wasm::build(&tools)?;
    }
    make(&root(), effort)?;
    crate::print_timings(started.elapsed());
    Ok(true)
}

/// Writes `dist/` and `dist.zip` from the site in `root` and prints their sizes: the step that
/// `dist`, `serve` and `lighthouse` share, so that what they serve is what is deployed.
/// Siblings of files that did not change since the last time come from [`SIBLING_CACHE`].
pub fn make(root: &Path, effort: Effort) -> Result<Report> {
    let report = step("write dist/ and dist.zip", || {
        let mut cache = Cache::new(crate::target_dir().join(SIBLING_CACHE), effort);
        let report = write_with(
            root,
            &root.join(DIST),
            &root.join(ZIP),
            effort,
            Some(&mut cache),
        );
        cache.prune();
        report
    })?;
    print_report(&report);
    Ok(report)
}

fn gzip_level(effort: Effort) -> u32 {
    match effort {
        Effort::Best => 9,
        Effort::Quick => 6,
    }
}

/// Brotli's quality and window (log2).
fn brotli_settings(effort: Effort) -> (i32, i32) {
    match effort {
        Effort::Best => (11, 22),
        Effort::Quick => (5, 22),
    }
}

pub fn gzip(bytes: &[u8], effort: Effort) -> Result<Vec<u8>> {
    let level = flate2::Compression::new(gzip_level(effort));
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), level);
    encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .map_err(|e| format!("gzip: {e}"))
}

pub fn brotli(bytes: &[u8], effort: Effort) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let (quality, lgwin) = brotli_settings(effort);
    let params = brotli::enc::BrotliEncoderParams {
        quality,
        lgwin,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)
        .map_err(|e| format!("brotli: {e}"))?;
    Ok(out)
}

type Compressor = fn(&[u8], Effort) -> Result<Vec<u8>>;

/// The sibling cache of [`make`], under the target directory.
pub const SIBLING_CACHE: &str = "xtask-siblings";

/// Siblings made before, by content: brotli 11 takes seconds for the WebAssembly (6 s on an idle
/// machine, 26 s on a busy one), and most runs of `serve` or `dist` find it unchanged.
/// `<dir>/<settings>/<SHA-256 of the file>.br` (or `.gz`), one folder per compression setting.
/// An entry is used only if it decompresses to the file; those the last write did not use are
/// deleted, so the cache holds one folder's siblings per setting.
pub struct Cache {
    dir: PathBuf,
    used: Vec<PathBuf>,
}

impl Cache {
    pub fn new(base: PathBuf, effort: Effort) -> Cache {
        let (quality, lgwin) = brotli_settings(effort);
        let settings = format!("br{quality}w{lgwin}-gz{}", gzip_level(effort));
        Cache {
            dir: base.join(settings),
            used: Vec::new(),
        }
    }

    fn entry(&self, bytes: &[u8], suffix: &str) -> PathBuf {
        let digest = sha2::Sha256::digest(bytes);
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        self.dir.join(format!("{hex}{suffix}"))
    }

    /// The sibling of `bytes` made with `make`, from the cache if it has it.
    fn get_or_make(
        &mut self,
        bytes: &[u8],
        suffix: &str,
        make: impl FnOnce() -> Result<Vec<u8>>,
    ) -> Result<Vec<u8>> {
        let entry = self.entry(bytes, suffix);
        self.used.push(entry.clone());
        if let Ok(packed) = std::fs::read(&entry) {
            if unpack(&packed, suffix).as_deref() == Some(bytes) {
                return Ok(packed);
            }
        }
        let packed = make()?;
        // Written whole or not at all (a stopped run leaves no broken entry; it would be
        // refused anyway).
        let partial = with_suffix(&entry, ".partial");
        if std::fs::create_dir_all(&self.dir).is_ok() && std::fs::write(&partial, &packed).is_ok() {
            let _ = std::fs::rename(&partial, &entry);
        }
        Ok(packed)
    }

    /// Deletes the entries of this setting that the last write did not use.
    pub fn prune(&self) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        for entry in entries.flatten() {
            if !self.used.contains(&entry.path()) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

/// A `.br` or `.gz` sibling decompressed (None if it is broken).
fn unpack(packed: &[u8], suffix: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    match suffix {
        ".br" => brotli::BrotliDecompress(&mut &packed[..], &mut out).ok()?,
        ".gz" => {
            std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(packed), &mut out).ok()?;
        }
        _ => return None,
    }
    Some(out)
}

fn compressible(file: &Path) -> bool {
    file.extension()
        .and_then(|e| e.to_str())
        .map(|e| COMPRESSIBLE.contains(&e.to_ascii_lowercase().as_str()))
        .unwrap_or(false)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Writes the folder `out` (replacing it) and the zip `zip` from the site in `root`.
pub fn write(root: &Path, out: &Path, zip: &Path, effort: Effort) -> Result<Report> {
    write_with(root, out, zip, effort, None)
}

/// [`write`], taking the siblings of unchanged files from `cache`.
pub fn write_with(
    root: &Path,
    out: &Path,
    zip: &Path,
    effort: Effort,
    mut cache: Option<&mut Cache>,
) -> Result<Report> {
    let files = site_files(root);
    if !files.iter().any(|f| f == Path::new("index.html")) {
        return Err(format!("{} has no index.html", root.display()));
    }
    // The worker, filled in (this also checks that the site has it).
    let (worker, precache) = pwa::worker_for(root)?;
    if out.exists() {
        std::fs::remove_dir_all(out)
            .map_err(|e| format!("cannot remove the old {}: {e}", out.display()))?;
    }
    let mut report = Report {
        precache_version: precache.version.clone(),
        precached: precache.urls.len(),
        ..Report::default()
    };
    // (path in the zip, bytes), in order.
    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    let deploy = root.join(DEPLOY);
    if let Ok(text) = std::fs::read(&deploy) {
        entries.push((DEPLOY.to_string(), text));
    }
    for file in &files {
        let bytes = if file == Path::new(pwa::WORKER) {
            worker.clone().into_bytes()
        } else {
            std::fs::read(root.join(file))
                .map_err(|e| format!("cannot read {}: {e}", file.display()))?
        };
        let target = out.join(file);
        write_file(&target, &bytes)?;
        report.files += 1;
        report.raw += bytes.len() as u64;
        report.on_disk += bytes.len() as u64;
        let (mut br_size, mut gz_size) = (bytes.len() as u64, bytes.len() as u64);
        let name = file
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        if compressible(file) {
            let compressors: [(&str, Compressor); 2] = [(".br", brotli), (".gz", gzip)];
            for (suffix, compress) in compressors {
                let packed = match cache.as_deref_mut() {
                    Some(cache) => {
                        cache.get_or_make(&bytes, suffix, || compress(&bytes, effort))?
                    }
                    None => compress(&bytes, effort)?,
                };
                // A sibling that saves nothing is left out: the server sends the file itself.
                if packed.len() >= bytes.len() {
                    continue;
                }
                write_file(&with_suffix(&target, suffix), &packed)?;
                report.on_disk += packed.len() as u64;
                if suffix == ".br" {
                    br_size = packed.len() as u64;
                } else {
                    gz_size = packed.len() as u64;
                }
                entries.push((format!("{ZIP_FOLDER}/{name}{suffix}"), packed));
            }
        }
        report.brotli += br_size;
        report.gzip += gz_size;
        entries.push((format!("{ZIP_FOLDER}/{name}"), bytes));
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    write_zip(zip, &entries)?;
    report.zip = std::fs::metadata(zip).map(|m| m.len()).unwrap_or(0);
    Ok(report)
}

/// A zip of `entries` (deflated; fixed timestamps, so the same files give the same zip).
fn write_zip(path: &Path, entries: &[(String, Vec<u8>)]) -> Result<()> {
    let file = std::fs::File::create(path)
        .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
    let mut zip = zip::ZipWriter::new(file);
    let zip_err = |e: zip::result::ZipError| format!("{}: {e}", path.display());
    for (name, bytes) in entries {
        // Already-compressed files (.br, .gz, .png) are stored as they are.
        let method = if name.ends_with(".br") || name.ends_with(".gz") || name.ends_with(".png") {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(method)
            .unix_permissions(0o644);
        zip.start_file(name.as_str(), options).map_err(zip_err)?;
        zip.write_all(bytes)
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    zip.finish().map_err(zip_err)?;
    Ok(())
}

fn grouped(n: u64) -> String {
    crate::size::grouped(usize::try_from(n).unwrap_or(usize::MAX))
}

fn human(n: u64) -> String {
    if n >= 1024 * 1024 {
        format!("{:.2} MiB", n as f64 / (1024.0 * 1024.0))
    } else {
        format!("{:.1} KiB", n as f64 / 1024.0)
    }
}

fn print_report(r: &Report) {
    let line =
        |label: &str, n: u64| println!("    {label:<34} {:>11} bytes  ({})", grouped(n), human(n));
    println!(
        "\n==> {DIST}/ is ready ({} files of the site; the service worker keeps {} of them \
         offline, cache version {})",
        r.files, r.precached, r.precache_version
    );
    line("the site, raw", r.raw);
    line("the site, as sent with brotli (.br)", r.brotli);
    line("the site, as sent with gzip (.gz)", r.gzip);
    line("dist/ on disk, with .br and .gz", r.on_disk);
    line("dist.zip", r.zip);
    println!("    Put the contents of {DIST}/ on any static web host; see {DEPLOY}.");
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn site(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-dist-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("pkg")).unwrap();
        std::fs::create_dir_all(dir.join("icons")).unwrap();
        std::fs::create_dir_all(dir.join("src")).unwrap();
        let page = format!("<!doctype html>{}", "<p>Permit Check</p>".repeat(200));
        std::fs::write(dir.join("index.html"), page).unwrap();
        let template = format!(
            "const VERSION = '@@VERSION@@';\nconst FILES = [/* @@FILES@@ */];\n{}",
            "// the worker\n".repeat(50)
        );
        std::fs::write(dir.join("sw.js"), template).unwrap();
        std::fs::write(dir.join("pkg/x_bg.wasm"), vec![0u8; 4096]).unwrap();
        std::fs::write(dir.join("pkg/.xtask-stamp"), "stamp").unwrap();
        std::fs::write(dir.join("icons/a.png"), [137, 80, 78, 71]).unwrap();
        std::fs::write(dir.join("src/lib.rs"), "secret").unwrap();
        std::fs::write(dir.join("Cargo.toml"), "secret").unwrap();
        std::fs::write(dir.join(DEPLOY), "# Deploy").unwrap();
        dir
    }

    fn listing(dir: &Path) -> Vec<String> {
        let mut out = Vec::new();
        fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
            for e in std::fs::read_dir(dir).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(base, &p, out);
                } else {
                    out.push(p.strip_prefix(base).unwrap().to_string_lossy().into_owned());
                }
            }
        }
        walk(dir, dir, &mut out);
        out.sort();
        out
    }

    #[test]
    fn writes_only_the_site_with_compressed_siblings_and_a_zip() {
        let dir = site("write");
        let out = dir.join("dist");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("stale.txt"), "old").unwrap();
        let zip_path = dir.join("dist.zip");
        let report = write(&dir, &out, &zip_path, Effort::Best).unwrap();
        assert_eq!(
            listing(&out),
            vec![
                "icons/a.png",
                "index.html",
                "index.html.br",
                "index.html.gz",
                "pkg/x_bg.wasm",
                "pkg/x_bg.wasm.br",
                "pkg/x_bg.wasm.gz",
                "sw.js",
                "sw.js.br",
                "sw.js.gz",
            ]
        );
        assert_eq!(report.files, 4);
        let raw: u64 = ["icons/a.png", "index.html", "pkg/x_bg.wasm", "sw.js"]
            .iter()
            .map(|f| std::fs::metadata(out.join(f)).unwrap().len())
            .sum();
        assert_eq!(report.raw, raw);
        assert!(report.brotli < report.raw / 4, "{report:?}");
        assert!(report.gzip < report.raw / 4, "{report:?}");
        // sw.js is filled in: the three other files, by hash.
        let worker = std::fs::read_to_string(out.join("sw.js")).unwrap();
        assert!(worker.contains(&format!("const VERSION = '{}';", report.precache_version)));
        assert!(worker.contains("'./',") && worker.contains("'pkg/x_bg.wasm',"));
        assert_eq!(report.precached, 3);
        assert!(std::fs::read_to_string(dir.join("sw.js"))
            .unwrap()
            .contains("@@FILES@@"));

        // The siblings decompress to the file.
        let mut text = String::new();
        flate2::read::GzDecoder::new(&std::fs::read(out.join("index.html.gz")).unwrap()[..])
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(
            text,
            std::fs::read_to_string(out.join("index.html")).unwrap()
        );
        let mut text = Vec::new();
        brotli::BrotliDecompress(
            &mut &std::fs::read(out.join("sw.js.br")).unwrap()[..],
            &mut text,
        )
        .unwrap();
        assert_eq!(text, std::fs::read(out.join("sw.js")).unwrap());

        // The zip holds DEPLOY.md and the folder.
        let mut archive = zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap()).unwrap();
        let mut names: Vec<String> = archive
            .file_names()
            .map(|n| n.map(|n| n.into_owned()))
            .collect::<std::result::Result<_, _>>()
            .unwrap();
        names.sort();
        assert_eq!(names[0], "DEPLOY.md");
        assert_eq!(names.len(), 11);
        assert!(names.contains(&"permit-check/pkg/x_bg.wasm.br".to_string()));
        let mut page = String::new();
        archive
            .by_name("permit-check/index.html")
            .unwrap()
            .read_to_string(&mut page)
            .unwrap();
        assert_eq!(
            page,
            std::fs::read_to_string(out.join("index.html")).unwrap()
        );
        assert_eq!(report.zip, std::fs::metadata(&zip_path).unwrap().len());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn reuses_the_siblings_of_unchanged_files() {
        let dir = site("cache");
        let base = dir.join("cache");
        let run = |dir: &Path| {
            let mut cache = Cache::new(base.clone(), Effort::Quick);
            let out = dir.join("dist");
            write_with(
                dir,
                &out,
                &dir.join("dist.zip"),
                Effort::Quick,
                Some(&mut cache),
            )
            .unwrap();
            cache.prune();
            let entries = listing(&cache.dir);
            (cache.dir.clone(), entries)
        };
        let (cache_dir, first) = run(&dir);
        // index.html, sw.js and the wasm, each .br and .gz.
        assert_eq!(first.len(), 6, "{first:?}");
        let sibling = std::fs::read(dir.join("dist/pkg/x_bg.wasm.br")).unwrap();

        // A broken entry is not used: it is made again.
        let entry = first.iter().find(|e| e.ends_with(".br")).unwrap();
        std::fs::write(cache_dir.join(entry), b"broken").unwrap();
        let (_, second) = run(&dir);
        assert_eq!(second, first);
        assert_eq!(
            std::fs::read(dir.join("dist/pkg/x_bg.wasm.br")).unwrap(),
            sibling
        );
        assert_ne!(std::fs::read(cache_dir.join(entry)).unwrap(), b"broken");
        for file in ["index.html", "sw.js", "pkg/x_bg.wasm"] {
            for suffix in [".br", ".gz"] {
                let packed =
                    std::fs::read(dir.join("dist").join(format!("{file}{suffix}"))).unwrap();
                let raw = std::fs::read(dir.join("dist").join(file)).unwrap();
                assert_eq!(unpack(&packed, suffix), Some(raw), "{file}{suffix}");
            }
        }

        // A changed file: new entries, and the old ones are gone.
        std::fs::write(dir.join("pkg/x_bg.wasm"), vec![1u8; 4096]).unwrap();
        let (_, third) = run(&dir);
        assert_eq!(third.len(), 6, "{third:?}");
        // sw.js changes with any file (its version), so only index.html's entries stay.
        assert_eq!(third.iter().filter(|e| first.contains(e)).count(), 2);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn refuses_a_site_without_its_service_worker() {
        let dir = site("nosw");
        std::fs::remove_file(dir.join("sw.js")).unwrap();
        let err = write(
            &dir,
            &dir.join("dist"),
            &dir.join("dist.zip"),
            Effort::Quick,
        )
        .unwrap_err();
        assert!(err.contains("sw.js"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
