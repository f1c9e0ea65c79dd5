//! Tests of the server (`serve.rs`).

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
    let tree = Site::Tree(root.clone());
    let ok = |t: &str| resolve(&tree, t).is_some();
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
    assert_eq!(m("locales/nb/guides.ftl"), "text/plain; charset=utf-8");
    assert_eq!(m("data.json"), "application/json");
    assert_eq!(m("README"), "application/octet-stream");
}

#[test]
fn answers_over_http() {
    let root = site("http");
    let addr = start_background(Site::Tree(root.clone())).unwrap();
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

#[test]
fn weighs_accept_encoding() {
    let w = encoding_weight;
    assert_eq!(w("gzip, deflate, br", "br"), 1.0);
    assert_eq!(w("gzip, deflate", "br"), 0.0);
    assert_eq!(w("br;q=0, gzip", "br"), 0.0);
    assert_eq!(w("BR ; Q=0.5", "br"), 0.5);
    assert_eq!(w("*", "gzip"), 1.0);
    assert_eq!(w("*;q=0, gzip", "br"), 0.0);
    assert_eq!(w("gzip;q=0.8, *;q=0.1", "br"), 0.1);
    assert_eq!(w("identity", "gzip"), 0.0);
    assert_eq!(w("", "gzip"), 0.0);
}

#[test]
fn compares_etags() {
    assert!(etag_matches("\"a-1\"", "\"a-1\""));
    assert!(etag_matches("\"x\", W/\"a-1\"", "\"a-1\""));
    assert!(etag_matches("*", "\"a-1\""));
    assert!(!etag_matches("\"a-1-br\"", "\"a-1\""));
}

/// A dist folder as `cargo xtask dist` writes it (quick compression), from a small site;
/// beside it a secret, and links out of the folder.
fn dist_folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("xtask-serve-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let src = dir.join("src");
    for folder in ["pkg", "style", "icons"] {
        std::fs::create_dir_all(src.join(folder)).unwrap();
    }
    let page = format!("<!doctype html>{}", "<p>Permit Check</p>".repeat(100));
    std::fs::write(src.join("index.html"), page).unwrap();
    let worker = format!(
        "const VERSION = '@@VERSION@@';\nconst FILES = [/* @@FILES@@ */];\n{}",
        "// the worker\n".repeat(50)
    );
    std::fs::write(src.join("sw.js"), worker).unwrap();
    let wasm: Vec<u8> = (0..20_000u32).map(|i| (i % 7) as u8).collect();
    std::fs::write(src.join("pkg/x_bg.wasm"), wasm).unwrap();
    std::fs::write(src.join("pkg/x.js"), "export const x = 1;\n".repeat(40)).unwrap();
    std::fs::write(
        src.join("style/main.css"),
        "body { margin: 0 }\n".repeat(40),
    )
    .unwrap();
    std::fs::write(
        src.join("manifest.webmanifest"),
        format!("{{\"name\": \"{}\"}}", "P".repeat(300)),
    )
    .unwrap();
    std::fs::write(src.join("icons/a.png"), [137, 80, 78, 71, 13, 10, 26, 10]).unwrap();
    let out = dir.join("dist");
    crate::dist::write(&src, &out, &dir.join("dist.zip"), Effort::Quick).unwrap();
    std::fs::write(dir.join("secret.txt"), "secret").unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.join("secret.txt"), out.join("pkg/link.js")).unwrap();
        // A sibling that points out of the folder is not one.
        std::os::unix::fs::symlink(dir.join("secret.txt"), out.join("icons/a.png.br")).unwrap();
    }
    out
}

/// One request on its own connection: the status line and headers, and the body.
fn exchange(addr: SocketAddr, request: &str) -> (String, Vec<u8>) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    let mut answer = Vec::new();
    let _ = s.read_to_end(&mut answer);
    let split = answer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete head");
    let head = String::from_utf8(answer[..split + 2].to_vec()).unwrap();
    (head, answer[split + 4..].to_vec())
}

fn get(addr: SocketAddr, path: &str, extra: &str) -> (String, Vec<u8>) {
    exchange(
        addr,
        &format!("GET {path} HTTP/1.1\r\nHost: x\r\n{extra}Connection: close\r\n\r\n"),
    )
}

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().find_map(|line| {
        let (n, v) = line.split_once(':')?;
        n.eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

#[test]
fn serves_a_dist_folder_pre_compressed() {
    let out = dist_folder("dist");
    let addr = start_background(Site::Dist(out.clone())).unwrap();
    let file = |f: &str| std::fs::read(out.join(f)).unwrap();

    // brotli when accepted, gzip otherwise, the file itself without either.
    let (head, body) = get(
        addr,
        "/pkg/x_bg.wasm",
        "Accept-Encoding: gzip, deflate, br\r\n",
    );
    assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
    assert_eq!(header(&head, "Content-Encoding"), Some("br"), "{head}");
    assert_eq!(header(&head, "Content-Type"), Some("application/wasm"));
    assert_eq!(header(&head, "Vary"), Some("Accept-Encoding"));
    assert_eq!(header(&head, "Cache-Control"), Some("no-cache"));
    assert_eq!(body, file("pkg/x_bg.wasm.br"));
    let mut unpacked = Vec::new();
    brotli::BrotliDecompress(&mut &body[..], &mut unpacked).unwrap();
    assert_eq!(unpacked, file("pkg/x_bg.wasm"));
    let br_tag = header(&head, "ETag").unwrap().to_string();

    let (head, body) = get(addr, "/pkg/x_bg.wasm", "Accept-Encoding: gzip, deflate\r\n");
    assert_eq!(header(&head, "Content-Encoding"), Some("gzip"), "{head}");
    assert_eq!(body, file("pkg/x_bg.wasm.gz"));
    let mut unpacked = Vec::new();
    flate2::read::GzDecoder::new(&body[..])
        .read_to_end(&mut unpacked)
        .unwrap();
    assert_eq!(unpacked, file("pkg/x_bg.wasm"));
    for (accept, want) in [
        ("br;q=0, gzip", Some("gzip")),
        ("gzip;q=0.9, br;q=0.5", Some("gzip")),
        ("*", Some("br")),
        ("identity", None),
    ] {
        let (head, _) = get(addr, "/pkg/x.js", &format!("Accept-Encoding: {accept}\r\n"));
        assert_eq!(header(&head, "Content-Encoding"), want, "{accept}: {head}");
    }
    let (head, body) = get(addr, "/pkg/x_bg.wasm", "");
    assert_eq!(header(&head, "Content-Encoding"), None, "{head}");
    assert_eq!(header(&head, "Vary"), Some("Accept-Encoding"));
    assert_eq!(body, file("pkg/x_bg.wasm"));

    // HEAD: the headers of the GET, no body.
    let (head, body) = exchange(
        addr,
        "HEAD /pkg/x_bg.wasm HTTP/1.1\r\nAccept-Encoding: br\r\nConnection: close\r\n\r\n",
    );
    assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
    assert_eq!(header(&head, "Content-Encoding"), Some("br"));
    let length = file("pkg/x_bg.wasm.br").len().to_string();
    assert_eq!(header(&head, "Content-Length"), Some(length.as_str()));
    assert!(body.is_empty());

    // Revalidation: the tag of the representation the client has.
    let (head, body) = get(
        addr,
        "/pkg/x_bg.wasm",
        &format!("Accept-Encoding: br\r\nIf-None-Match: {br_tag}\r\n"),
    );
    assert!(head.starts_with("HTTP/1.1 304 Not Modified\r\n"), "{head}");
    assert_eq!(header(&head, "ETag"), Some(br_tag.as_str()));
    assert!(body.is_empty());
    let (head, _) = get(
        addr,
        "/pkg/x_bg.wasm",
        &format!("Accept-Encoding: gzip\r\nIf-None-Match: {br_tag}\r\n"),
    );
    assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");

    // The types of the site's files; a PNG has no sibling, so no Vary.
    for (path, want) in [
        ("/", "text/html; charset=utf-8"),
        ("/index.html", "text/html; charset=utf-8"),
        ("/sw.js", "text/javascript; charset=utf-8"),
        ("/style/main.css", "text/css; charset=utf-8"),
        ("/manifest.webmanifest", "application/manifest+json"),
        ("/icons/a.png", "image/png"),
    ] {
        let (head, _) = get(addr, path, "Accept-Encoding: br\r\n");
        assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{path}: {head}");
        assert_eq!(header(&head, "Content-Type"), Some(want), "{path}");
        assert_eq!(header(&head, "Cache-Control"), Some("no-cache"), "{path}");
    }
    let (head, body) = get(addr, "/icons/a.png", "Accept-Encoding: br\r\n");
    assert_eq!(header(&head, "Vary"), None, "{head}");
    assert_eq!(
        header(&head, "Content-Encoding"),
        None,
        "a sibling out of the folder"
    );
    assert_eq!(body, file("icons/a.png"));

    // The worker is the filled-in one.
    let (_, body) = get(addr, "/sw.js", "");
    let worker = String::from_utf8(body).unwrap();
    assert!(!worker.contains("@@"), "{worker}");
    assert!(worker.contains("'pkg/x_bg.wasm',"));

    // Nothing else: no siblings as files, no folders, nothing outside.
    for path in [
        "/index.html.br",
        "/pkg/x_bg.wasm.gz",
        "/pkg/",
        "/pkg",
        "/missing.js",
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/pkg/..%2f..%2fsecret.txt",
        "/pkg/link.js",
        "/.%2fsecret.txt",
    ] {
        let (head, _) = get(addr, path, "Accept-Encoding: br, gzip\r\n");
        assert!(
            head.starts_with("HTTP/1.1 404 Not Found\r\n"),
            "{path}: {head}"
        );
    }
    let _ = std::fs::remove_dir_all(out.parent().unwrap());
}
