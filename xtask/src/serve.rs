//! A small static file server for the site (std::net, one thread per connection), on loopback.
//!
//! It serves either the deployable folder of `cargo xtask dist`, as a host set up per DEPLOY.md
//! would (pre-compressed `.br`/`.gz` siblings with `Content-Encoding`, `ETag` revalidation), or
//! for development the working tree as it is ([`Site`]). In the tree only the top-level entries
//! of the repository named in [`SITE`] are served, never the sources, `target/` or dotfiles.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant, UNIX_EPOCH};

use crate::dist::{self, Effort};
use crate::{root, step, tools, wasm, Result};

/// The files and folders at the top of the repository that make up the site. Entries that do
/// not exist yet are simply not served. To publish a new top-level file or folder, add it here
/// (`cargo xtask size` measures the same set).
pub const SITE: &[&str] = &[
    "index.html",
    "boot.js",
    "style",
    "pkg",
    // Installable app and offline use (manifest, service worker, icons).
    "manifest.webmanifest",
    "manifest.json",
    "sw.js",
    "service-worker.js",
    "icons",
    "favicon.ico",
    "favicon.svg",
    // Other static assets.
    "assets",
    "images",
    "img",
    "fonts",
    "robots.txt",
];

/// Every file of the site that exists, sorted, relative to the repository root.
pub fn site_files(root: &Path) -> Vec<PathBuf> {
    fn walk(root: &Path, relative: PathBuf, out: &mut Vec<PathBuf>) {
        let path = root.join(&relative);
        if path.is_file() {
            out.push(relative);
        } else if let Ok(entries) = std::fs::read_dir(&path) {
            for entry in entries.flatten() {
                let name = entry.file_name();
                if !name.to_string_lossy().starts_with('.') {
                    walk(root, relative.join(name), out);
                }
            }
        }
    }
    let mut files = Vec::new();
    for entry in SITE {
        walk(root, PathBuf::from(entry), &mut files);
    }
    files.sort();
    files
}

/// What a server serves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Site {
    /// The repository as it is (`serve --dev`): the entries of [`SITE`], the template `sw.js`
    /// (which keeps nothing), nothing compressed. Edits show on reload.
    Tree(PathBuf),
    /// A folder written by [`crate::dist::write`]: every file in it. A file's `.br` and `.gz`
    /// siblings are sent in its place, with `Content-Encoding`, to a client that accepts them;
    /// they are never served as files of their own.
    Dist(PathBuf),
}

impl Site {
    pub fn root(&self) -> &Path {
        match self {
            Site::Tree(root) | Site::Dist(root) => root,
        }
    }
}

/// `cargo xtask serve [--port N] [--no-build] [--quick] [--dev]`.
pub fn command(args: &[String]) -> Result<bool> {
    const FORM: &str = "serve [--port N] [--no-build] [--quick] [--dev]";
    let mut port: Option<u16> = None;
    let mut build = true;
    let mut dev = false;
    let mut effort = Effort::Best;
    let parse_port = |flag: &str, value: &str| {
        value
            .parse::<u16>()
            .map_err(|_| format!("{flag} {value}: not a port number"))
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--no-build" => build = false,
            "--dev" => dev = true,
            "--quick" => effort = Effort::Quick,
            "--port" | "-p" => {
                let value = args.next().ok_or("--port needs a number")?;
                port = Some(parse_port("--port", value)?);
            }
            other => match other.strip_prefix("--port=") {
                Some(value) => port = Some(parse_port("--port=", value)?),
                None => return Err(format!("unexpected argument `{other}` ({FORM})")),
            },
        }
    }
    if dev && effort == Effort::Quick {
        return Err("--quick is for the compressed dist/; --dev compresses nothing".into());
    }
    // --dev on another origin by default: a browser that visited the deployed site keeps its
    // service worker, which would go on answering from its offline copy (until the reader
    // takes the update) instead of showing the edited files.
    let port = port.unwrap_or(if dev { 8081 } else { 8080 });
    let started = Instant::now();
    if build {
        let tools = step("ensure build tools", tools::ensure_build_tools)?;
        wasm::build(&tools)?;
    }
    let root = root();
    if !root
        .join("pkg")
        .join(format!("{}.js", wasm::CRATE))
        .is_file()
    {
        println!("warning: pkg/ has no build yet: run without --no-build");
    }
    let site = if dev {
        Site::Tree(root.clone())
    } else {
        dist::make(&root, effort)?;
        Site::Dist(root.join(dist::DIST))
    };
    let addr = SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::LOCALHOST, port));
    let listener = TcpListener::bind(addr).map_err(|e| {
        format!("cannot listen on {addr}: {e} (is another server running? try --port)")
    })?;
    match &site {
        Site::Tree(root) => println!(
            "\nServing the working tree {} as it is (--dev: the template sw.js keeps nothing \
             offline, nothing is compressed; edits show on reload)",
            root.display()
        ),
        Site::Dist(dir) => println!(
            "\nServing {} as deployed: .br/.gz sent to browsers that accept them, sw.js filled \
             in (ready {} after the start; edits show after a restart, or use --dev)",
            dir.display(),
            crate::secs(started.elapsed())
        ),
    }
    println!("on http://{addr}/ (Ctrl-C to stop)");
    crate::flush();
    accept(listener, Arc::new(site), true);
    Ok(true)
}

/// Starts a server for `site` on a free loopback port in the background; returns its address.
pub fn start_background(site: Site) -> Result<SocketAddr> {
    let listener = TcpListener::bind(SocketAddrV4::new(Ipv4Addr::LOCALHOST, 0))
        .map_err(|e| format!("cannot listen on a loopback port: {e}"))?;
    let addr = listener
        .local_addr()
        .map_err(|e| format!("no local address: {e}"))?;
    let site = Arc::new(site);
    std::thread::spawn(move || accept(listener, site, false));
    Ok(addr)
}

fn accept(listener: TcpListener, site: Arc<Site>, log: bool) {
    for stream in listener.incoming().flatten() {
        let site = Arc::clone(&site);
        std::thread::spawn(move || connection(stream, &site, log));
    }
}

/// The longest request line or header line read.
const MAX_LINE: u64 = 16 * 1024;

fn read_line(reader: &mut BufReader<TcpStream>) -> Option<String> {
    let mut line = String::new();
    match reader.by_ref().take(MAX_LINE).read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) if !line.ends_with('\n') => None, // too long, or cut off
        Ok(_) => Some(line.trim_end_matches(['\r', '\n']).to_string()),
    }
}

/// What the server reads of a request.
#[derive(Debug, Default)]
struct Request {
    method: String,
    target: String,
    /// The `Accept-Encoding` header (none: the file as it is).
    accept_encoding: Option<String>,
    /// The `If-None-Match` header (the ETags the client has).
    if_none_match: Option<String>,
}

/// Serves the requests of one connection (HTTP/1.1 keep-alive, or one request).
fn connection(stream: TcpStream, site: &Site, log: bool) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let Ok(write_half) = stream.try_clone() else {
        return;
    };
    let mut writer = write_half;
    let mut reader = BufReader::new(stream);
    loop {
        let Some(mut request_line) = read_line(&mut reader) else {
            return;
        };
        if request_line.is_empty() {
            // A stray CRLF between requests is allowed (RFC 9112 §2.2).
            match read_line(&mut reader) {
                Some(line) => request_line = line,
                None => return,
            }
        }
        let started = Instant::now();
        let mut parts = request_line.split(' ');
        let mut request = Request {
            method: parts.next().unwrap_or_default().to_string(),
            target: parts.next().unwrap_or_default().to_string(),
            ..Request::default()
        };
        let version = parts.next().unwrap_or_default().to_string();
        let mut keep_alive = version == "HTTP/1.1";
        let mut has_body = false;
        let mut headers = 0;
        loop {
            let Some(line) = read_line(&mut reader) else {
                return;
            };
            if line.is_empty() {
                break;
            }
            headers += 1;
            if headers > 100 {
                return;
            }
            let Some((name, value)) = line.split_once(':') else {
                continue;
            };
            let raw = value.trim();
            let value = raw.to_ascii_lowercase();
            match name.trim().to_ascii_lowercase().as_str() {
                "connection" if value.contains("close") => keep_alive = false,
                "connection" if value.contains("keep-alive") => keep_alive = true,
                "content-length" if value != "0" => has_body = true,
                "transfer-encoding" => has_body = true,
                "accept-encoding" => request.accept_encoding = Some(value),
                "if-none-match" => request.if_none_match = Some(raw.to_string()),
                _ => {}
            }
        }
        // This server reads no request bodies: after one, the connection is closed.
        if has_body {
            keep_alive = false;
        }
        let response = respond(&request, site);
        let head_only = request.method == "HEAD";
        if write_response(&mut writer, &response, keep_alive, head_only).is_err() {
            return;
        }
        if log {
            let encoding = response
                .header("Content-Encoding")
                .map(|e| format!(" {e}"))
                .unwrap_or_default();
            println!(
                "{} {} → {}{encoding} ({} bytes, {:.0?})",
                request.method,
                request.target,
                response.status,
                response.body.len(),
                started.elapsed()
            );
        }
        if !keep_alive {
            return;
        }
    }
}

#[derive(Debug)]
struct Response {
    status: u16,
    /// Besides Content-Length, Connection and X-Content-Type-Options, which every response has.
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        304 => "Not Modified",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        _ => "Error",
    }
}

fn write_response(
    out: &mut TcpStream,
    response: &Response,
    keep_alive: bool,
    head_only: bool,
) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\n",
        response.status,
        reason(response.status)
    );
    for (name, value) in &response.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    // A 304 has no body, and its length is not the one of the file it stands for.
    if response.status != 304 {
        head.push_str(&format!("Content-Length: {}\r\n", response.body.len()));
    }
    head.push_str(&format!(
        "X-Content-Type-Options: nosniff\r\nConnection: {}\r\n\r\n",
        if keep_alive { "keep-alive" } else { "close" },
    ));
    out.write_all(head.as_bytes())?;
    if !head_only && response.status != 304 {
        out.write_all(&response.body)?;
    }
    out.flush()
}

fn text(status: u16, message: String) -> Response {
    Response {
        status,
        headers: vec![
            ("Content-Type", "text/plain; charset=utf-8".into()),
            ("Cache-Control", "no-cache".into()),
        ],
        body: message.into_bytes(),
    }
}

/// The `Cache-Control` of every file.
///
/// `no-cache` means "store it, but ask before using it again": with the `ETag` below, the
/// browser's question is answered by a `304 Not Modified` with no body.
///
/// - `index.html` and `sw.js` must be `no-cache`: that is how a visitor's browser learns that a
///   new version exists (the browser checks `sw.js` itself, see `updateViaCache: 'none'` in
///   app.js, and the page is what it opens first).
/// - The other files could be given a lifetime (`max-age`), but their names do not change from
///   one version to the next (no hash in them): a browser could then pair a new
///   `pkg/permit_check.js` with an old `permit_check_bg.wasm` from its HTTP cache, and
///   wasm-bindgen's glue and module must match exactly. Nothing is gained either: after the
///   first visit the service worker answers from its own cache (it fills that with
///   `cache: 'reload'`, past the HTTP cache), so revalidating costs a round trip only on visits
///   without a worker. DEPLOY.md advises hosts likewise (`no-cache`, or an hour at most).
const CACHE_CONTROL: &str = "no-cache";

fn respond(request: &Request, site: &Site) -> Response {
    let method = request.method.as_str();
    if method != "GET" && method != "HEAD" {
        let mut response = text(
            405,
            format!("{method} is not allowed: this server only reads files\n"),
        );
        response.headers.push(("Allow", "GET, HEAD".into()));
        return response;
    }
    let not_found = || text(404, format!("404 Not Found: {}\n", request.target));
    let Some(file) = resolve(site, &request.target) else {
        return not_found();
    };
    let (sent, encoding, has_siblings) = match site {
        Site::Tree(_) => (file.clone(), None, false),
        Site::Dist(root) => choose_encoding(root, &file, request.accept_encoding.as_deref()),
    };
    let Ok(meta) = std::fs::metadata(&sent) else {
        return not_found();
    };
    let tag = etag(&meta, encoding);
    let mut headers = vec![("Cache-Control", CACHE_CONTROL.to_string())];
    if has_siblings {
        headers.push(("Vary", "Accept-Encoding".into()));
    }
    if let Some(tags) = &request.if_none_match {
        if etag_matches(tags, &tag) {
            headers.push(("ETag", tag));
            return Response {
                status: 304,
                headers,
                body: Vec::new(),
            };
        }
    }
    let Ok(body) = std::fs::read(&sent) else {
        return not_found();
    };
    headers.push(("Content-Type", mime_type(&file).to_string()));
    if let Some(encoding) = encoding {
        headers.push(("Content-Encoding", encoding.to_string()));
    }
    headers.push(("ETag", tag));
    Response {
        status: 200,
        headers,
        body,
    }
}

/// A validator for the bytes sent: their length and modification time, and the coding (a
/// file's `.br` and `.gz` are other representations of it, with other tags).
fn etag(meta: &std::fs::Metadata, encoding: Option<&str>) -> String {
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .unwrap_or_default();
    let coding = encoding.map(|e| format!("-{e}")).unwrap_or_default();
    format!(
        "\"{:x}-{:x}.{:x}{coding}\"",
        meta.len(),
        modified.as_secs(),
        modified.subsec_nanos()
    )
}

/// Whether an `If-None-Match` list names `tag` (weak comparison, RFC 9110 §13.1.2).
fn etag_matches(header: &str, tag: &str) -> bool {
    let strip = |t: &str| t.trim().trim_start_matches("W/").to_string();
    header
        .split(',')
        .any(|t| t.trim() == "*" || strip(t) == strip(tag))
}

/// The weight (`q`) an `Accept-Encoding` header gives a content coding (RFC 9110 §12.5.3): its
/// own entry, else that of `*`, else 0.
fn encoding_weight(header: &str, coding: &str) -> f32 {
    let mut star = None;
    for entry in header.split(',') {
        let mut params = entry.split(';');
        let name = params
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        let q = params
            .filter_map(|p| {
                let (key, value) = p.split_once('=')?;
                key.trim()
                    .eq_ignore_ascii_case("q")
                    .then(|| value.trim().parse::<f32>().ok())?
            })
            .next()
            .unwrap_or(1.0);
        if name == coding {
            return q;
        }
        if name == "*" {
            star = Some(q);
        }
    }
    star.unwrap_or(0.0)
}

/// The codings of the pre-compressed siblings, as `(Content-Encoding, file suffix)`, in order of
/// preference at equal weight: brotli is the smaller.
const SIBLINGS: &[(&str, &str)] = &[("br", ".br"), ("gzip", ".gz")];

/// What to send for `file` of the folder `root`: the file itself or one of its siblings, the
/// coding, and whether it has any sibling (then the answer depends on `Accept-Encoding`, and
/// says so with `Vary`).
fn choose_encoding(
    root: &Path,
    file: &Path,
    accept: Option<&str>,
) -> (PathBuf, Option<&'static str>, bool) {
    let Ok(root) = root.canonicalize() else {
        return (file.to_path_buf(), None, false);
    };
    let siblings: Vec<(&'static str, f32, PathBuf)> = SIBLINGS
        .iter()
        .filter_map(|&(coding, suffix)| {
            let sibling = with_suffix(file, suffix);
            // Like the file, the sibling must be a file inside the folder, links followed.
            let real = sibling.canonicalize().ok()?;
            (real.starts_with(&root) && real.is_file()).then(|| {
                let weight = accept.map_or(0.0, |a| encoding_weight(a, coding));
                (coding, weight, real)
            })
        })
        .collect();
    let has_siblings = !siblings.is_empty();
    // The heaviest acceptable coding; at equal weight the first (max_by keeps the last).
    let best = siblings
        .into_iter()
        .rev()
        .filter(|(_, weight, _)| *weight > 0.0)
        .max_by(|a, b| a.1.total_cmp(&b.1));
    match best {
        Some((coding, _, path)) => (path, Some(coding), has_siblings),
        None => (file.to_path_buf(), None, has_siblings),
    }
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

/// `%41` → `A`; `None` for a broken escape or text that is not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// A pre-compressed sibling (`x.js.br`): in a dist folder, only ever sent in place of its file.
fn is_sibling(name: &str) -> bool {
    SIBLINGS.iter().any(|(_, suffix)| name.ends_with(suffix))
}

/// The file a request target names, if it is part of the site (a canonical path).
///
/// Refused everywhere: `.` and `..` segments, hidden files, backslashes, NUL, colons, folders
/// without an `index.html` (there is no listing), and anything that, after symbolic links are
/// followed, is not a file inside the site's root. In the working tree, also anything outside
/// [`SITE`]; in a dist folder, the `.br`/`.gz` siblings themselves.
fn resolve(site: &Site, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    let path = path.strip_prefix('/')?;
    let path = percent_decode(path)?;
    let mut relative = PathBuf::new();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        if segment.starts_with('.') || segment.contains(['\\', '\0', ':']) {
            return None;
        }
        relative.push(segment);
    }
    if relative.as_os_str().is_empty() || path.ends_with('/') {
        relative.push("index.html");
    }
    // Whether a path inside the root (relative to it) may be served.
    let allowed = |inside: &Path| -> bool {
        match site {
            Site::Tree(_) => inside
                .components()
                .next()
                .and_then(|c| c.as_os_str().to_str())
                .is_some_and(|first| SITE.contains(&first)),
            Site::Dist(_) => !inside
                .file_name()
                .and_then(|n| n.to_str())
                .is_none_or(is_sibling),
        }
    };
    if !allowed(&relative) {
        return None;
    }
    let root = site.root().canonicalize().ok()?;
    let mut file = root.join(&relative).canonicalize().ok()?;
    if file.is_dir() {
        file = file.join("index.html").canonicalize().ok()?;
    }
    // After links are followed, the file must still be part of the site.
    let inside = file.strip_prefix(&root).ok()?;
    (allowed(inside) && file.is_file()).then_some(file)
}

/// The Content-Type of a file, by its name.
pub fn mime_type(path: &Path) -> &'static str {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    if name == "manifest.json" {
        return "application/manifest+json";
    }
    let extension = name.rsplit_once('.').map(|(_, e)| e).unwrap_or_default();
    match extension {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "webmanifest" => "application/manifest+json",
        "json" | "map" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        // Fluent message catalogues.
        "txt" | "ftl" => "text/plain; charset=utf-8",
        "xml" => "application/xml",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
#[path = "serve_tests.rs"]
mod tests;
