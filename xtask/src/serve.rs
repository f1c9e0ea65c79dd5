//! A small static file server for the site (std::net, one thread per connection).
//!
//! Only the site is served: the top-level entries of the repository named in [`SITE`], never
//! the sources, `target/` or dotfiles.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

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

/// `cargo xtask serve [--port N] [--no-build]`.
pub fn command(args: &[String]) -> Result<bool> {
    let mut port: u16 = 8080;
    let mut build = true;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--no-build" => build = false,
            "--port" | "-p" => {
                let value = args.next().ok_or("--port needs a number")?;
                port = value
                    .parse()
                    .map_err(|_| format!("--port {value}: not a port number"))?;
            }
            other => match other.strip_prefix("--port=") {
                Some(value) => {
                    port = value
                        .parse()
                        .map_err(|_| format!("--port={value}: not a port number"))?
                }
                None => {
                    return Err(format!(
                        "unexpected argument `{other}` (serve [--port N] [--no-build])"
                    ))
                }
            },
        }
    }
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
    let addr = SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::LOCALHOST, port));
    let listener = TcpListener::bind(addr).map_err(|e| {
        format!("cannot listen on {addr}: {e} (is another server running? try --port)")
    })?;
    println!(
        "\nServing {} on http://{addr}/ (Ctrl-C to stop)",
        root.display()
    );
    crate::flush();
    accept(listener, Arc::new(root), true);
    Ok(true)
}

/// Starts the server on a free loopback port in the background; returns its address.
pub fn start_background(root: PathBuf) -> Result<SocketAddr> {
    let listener = TcpListener::bind(SocketAddrV4::new(Ipv4Addr::LOCALHOST, 0))
        .map_err(|e| format!("cannot listen on a loopback port: {e}"))?;
    let addr = listener
        .local_addr()
        .map_err(|e| format!("no local address: {e}"))?;
    let root = Arc::new(root);
    std::thread::spawn(move || accept(listener, root, false));
    Ok(addr)
}

fn accept(listener: TcpListener, root: Arc<PathBuf>, log: bool) {
    for stream in listener.incoming().flatten() {
        let root = Arc::clone(&root);
        std::thread::spawn(move || connection(stream, &root, log));
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

/// Serves the requests of one connection (HTTP/1.1 keep-alive, or one request).
fn connection(stream: TcpStream, root: &Path, log: bool) {
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
        let method = parts.next().unwrap_or_default().to_string();
        let target = parts.next().unwrap_or_default().to_string();
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
            let value = value.trim().to_ascii_lowercase();
            match name.trim().to_ascii_lowercase().as_str() {
                "connection" if value.contains("close") => keep_alive = false,
                "connection" if value.contains("keep-alive") => keep_alive = true,
                "content-length" if value != "0" => has_body = true,
                "transfer-encoding" => has_body = true,
                _ => {}
            }
        }
        // This server reads no request bodies: after one, the connection is closed.
        if has_body {
            keep_alive = false;
        }
        let response = respond(&method, &target, root);
        let head_only = method == "HEAD";
        if write_response(&mut writer, &response, keep_alive, head_only).is_err() {
            return;
        }
        if log {
            println!(
                "{method} {target} → {} ({} bytes, {:.0?})",
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
    content_type: &'static str,
    body: Vec<u8>,
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
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
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\n\
         X-Content-Type-Options: nosniff\r\nConnection: {}\r\n",
        response.status,
        reason(response.status),
        response.content_type,
        response.body.len(),
        if keep_alive { "keep-alive" } else { "close" },
    );
    if response.status == 405 {
        head.push_str("Allow: GET, HEAD\r\n");
    }
    head.push_str("\r\n");
    out.write_all(head.as_bytes())?;
    if !head_only {
        out.write_all(&response.body)?;
    }
    out.flush()
}

fn text(status: u16, message: String) -> Response {
    Response {
        status,
        content_type: "text/plain; charset=utf-8",
        body: message.into_bytes(),
    }
}

fn respond(method: &str, target: &str, root: &Path) -> Response {
    if method != "GET" && method != "HEAD" {
        return text(
            405,
            format!("{method} is not allowed: this server only reads files\n"),
        );
    }
    match resolve(root, target) {
        Some(file) => match std::fs::read(&file) {
            Ok(body) => Response {
                status: 200,
                content_type: mime_type(&file),
                body,
            },
            Err(_) => text(404, format!("404 Not Found: {target}\n")),
        },
        None => text(404, format!("404 Not Found: {target}\n")),
    }
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

/// The file a request target names, if it is part of the site.
///
/// Refused: anything outside [`SITE`], `.` and `..` segments, hidden files, backslashes, NUL,
/// and (after following symbolic links) anything that is not inside the site.
fn resolve(root: &Path, target: &str) -> Option<PathBuf> {
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
    let first = relative.components().next()?.as_os_str().to_str()?;
    if !SITE.contains(&first) {
        return None;
    }
    let root = root.canonicalize().ok()?;
    let mut file = root.join(&relative).canonicalize().ok()?;
    if file.is_dir() {
        file = file.join("index.html").canonicalize().ok()?;
    }
    // After links are followed, the file must still be part of the site.
    let inside = file.strip_prefix(&root).ok()?;
    let first = inside.components().next()?.as_os_str().to_str()?;
    (SITE.contains(&first) && file.is_file()).then_some(file)
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
        "txt" => "text/plain; charset=utf-8",
        "xml" => "application/xml",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A throwaway site: index.html, pkg/x.wasm, style/a b.css, a secret outside the site, and a
    /// symbolic link in the site pointing out of it.
    fn site(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("pkg")).unwrap();
        std::fs::create_dir_all(dir.join("style")).unwrap();
        std::fs::create_dir_all(dir.join("src")).unwrap();
        std::fs::write(dir.join("index.html"), "<!doctype html>").unwrap();
        std::fs::write(dir.join("pkg/x.wasm"), [0, 97, 115, 109]).unwrap();
        std::fs::write(dir.join("pkg/.hidden"), "no").unwrap();
        std::fs::write(dir.join("style/a b.css"), "body{}").unwrap();
        std::fs::write(dir.join("src/secret.rs"), "secret").unwrap();
        std::fs::write(dir.join("Cargo.toml"), "secret").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(dir.join("src/secret.rs"), dir.join("pkg/link.js")).unwrap();
        dir
    }

    #[test]
    fn serves_the_site_and_nothing_else() {
        let root = site("resolve");
        let ok = |t: &str| resolve(&root, t).is_some();
        assert!(ok("/"));
        assert!(ok("/index.html"));
        assert!(ok("/index.html?v=1#top"));
        assert!(ok("/pkg/x.wasm"));
        assert!(ok("/style/a%20b.css"));
        assert!(ok("//pkg//x.wasm"));
        assert!(!ok("/Cargo.toml"));
        assert!(!ok("/src/secret.rs"));
        assert!(!ok("/pkg/../src/secret.rs"));
        assert!(!ok("/pkg/%2e%2e/src/secret.rs"));
        assert!(!ok("/pkg/..%2fsrc%2fsecret.rs"));
        assert!(!ok("/pkg/..%5csrc%5csecret.rs"));
        assert!(!ok("/pkg/.hidden"));
        assert!(!ok("/pkg/link.js"), "a link out of the site is refused");
        assert!(!ok("/pkg/missing.js"));
        assert!(!ok("/pkg/%zz"));
        assert!(!ok("/pkg/%ff.js"));
        assert!(!ok("pkg/x.wasm"));
        assert!(!ok("http://example.com/index.html"));
        assert!(!ok("/style/"), "a folder without index.html");
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn mime_types() {
        let m = |n: &str| mime_type(Path::new(n));
        assert_eq!(m("pkg/permit_check_bg.wasm"), "application/wasm");
        assert_eq!(m("pkg/permit_check.js"), "text/javascript; charset=utf-8");
        assert_eq!(m("app.mjs"), "text/javascript; charset=utf-8");
        assert_eq!(m("manifest.webmanifest"), "application/manifest+json");
        assert_eq!(m("manifest.json"), "application/manifest+json");
        assert_eq!(m("style/app.css"), "text/css; charset=utf-8");
        assert_eq!(m("icons/icon.svg"), "image/svg+xml");
        assert_eq!(m("icons/ICON-192.PNG"), "image/png");
        assert_eq!(m("index.html"), "text/html; charset=utf-8");
        assert_eq!(m("README"), "application/octet-stream");
    }

    #[test]
    fn answers_over_http() {
        let root = site("http");
        let addr = start_background(root.clone()).unwrap();
        let get = |request: &str| {
            let mut s = TcpStream::connect(addr).unwrap();
            s.write_all(request.as_bytes()).unwrap();
            let mut answer = String::new();
            let _ = s.read_to_string(&mut answer);
            answer
        };
        let wasm = get("GET /pkg/x.wasm HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assert!(wasm.starts_with("HTTP/1.1 200 OK\r\n"), "{wasm}");
        assert!(wasm.contains("Content-Type: application/wasm\r\n"));
        assert!(wasm.contains("Cache-Control: no-cache\r\n"));
        assert!(wasm.contains("Content-Length: 4\r\n"));
        let missing = get("GET /Cargo.toml HTTP/1.1\r\nConnection: close\r\n\r\n");
        assert!(
            missing.starts_with("HTTP/1.1 404 Not Found\r\n"),
            "{missing}"
        );
        let post = get("POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi");
        assert!(post.starts_with("HTTP/1.1 405 "), "{post}");
        let head = get("HEAD / HTTP/1.0\r\n\r\n");
        assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
        assert!(head.ends_with("\r\n\r\n"), "HEAD has no body: {head}");
        // Two requests on one connection.
        let both =
            get("GET / HTTP/1.1\r\n\r\nGET /style/a%20b.css HTTP/1.1\r\nConnection: close\r\n\r\n");
        assert_eq!(both.matches("HTTP/1.1 200 OK").count(), 2, "{both}");
        assert!(both.ends_with("body{}"));
        let _ = std::fs::remove_dir_all(&root);
    }
}
