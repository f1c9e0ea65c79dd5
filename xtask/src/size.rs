//! `cargo xtask size`: how many bytes the page costs to load, raw and compressed.

use std::io::Write;
use std::path::Path;

use crate::serve::site_files;
use crate::{root, step, tools, wasm, Result};

/// `cargo xtask size [--no-build]`.
pub fn command(args: &[String]) -> Result<bool> {
    let mut build = true;
    for arg in args {
        match arg.as_str() {
            "--no-build" => build = false,
            other => return Err(format!("unexpected argument `{other}` (size [--no-build])")),
        }
    }
    if build {
        let tools = step("ensure build tools", tools::ensure_build_tools)?;
        wasm::build(&tools)?;
    }
    step("measure", || measure(&root()))?;
    Ok(true)
}

fn gzip(bytes: &[u8]) -> Result<usize> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .map(|out| out.len())
        .map_err(|e| format!("gzip: {e}"))
}

fn brotli(bytes: &[u8]) -> Result<usize> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)
        .map_err(|e| format!("brotli: {e}"))?;
    Ok(out.len())
}

/// Thousands separated by a thin space: 1 234 567.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

fn kib(n: usize) -> String {
    format!("{:.1} KiB", n as f64 / 1024.0)
}

fn measure(root: &Path) -> Result<()> {
    let files = site_files(root);
    if !root.join("index.html").is_file() {
        println!("note: there is no index.html yet");
    }
    if files.is_empty() {
        return Err("no site files found (index.html, app.js, style/, pkg/ …)".into());
    }
    let mut rows = Vec::new();
    let (mut raw_total, mut gz_total, mut br_total) = (0, 0, 0);
    for file in &files {
        let bytes = std::fs::read(root.join(file))
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let (raw, gz, br) = (bytes.len(), gzip(&bytes)?, brotli(&bytes)?);
        raw_total += raw;
        gz_total += gz;
        br_total += br;
        rows.push((file.display().to_string(), raw, gz, br));
    }
    rows.push(("total".into(), raw_total, gz_total, br_total));
    let width = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(5);
    println!(
        "{:<width$}  {:>11}  {:>11}  {:>11}",
        "file", "raw bytes", "gzip -9", "brotli -11"
    );
    for (i, (name, raw, gz, br)) in rows.iter().enumerate() {
        if i + 1 == rows.len() {
            println!("{}", "-".repeat(width + 39));
        }
        println!(
            "{name:<width$}  {:>11}  {:>11}  {:>11}",
            grouped(*raw),
            grouped(*gz),
            grouped(*br)
        );
    }
    println!(
        "{:<width$}  {:>11}  {:>11}  {:>11}",
        "",
        kib(raw_total),
        kib(gz_total),
        kib(br_total)
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1 000");
        assert_eq!(grouped(1234567), "1 234 567");
    }

    #[test]
    fn compresses() {
        let text = "Permit Check ".repeat(1000);
        let gz = gzip(text.as_bytes()).unwrap();
        let br = brotli(text.as_bytes()).unwrap();
        assert!(gz < text.len() / 10, "{gz}");
        assert!(br < gz, "{br} < {gz}");
        assert!(gzip(b"").unwrap() > 0, "a gzip header even for nothing");
    }
}
