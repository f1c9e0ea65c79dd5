//! The release build: cargo → wasm-bindgen → wasm-opt, into `pkg/`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::UNIX_EPOCH;

use crate::tools::{Tools, WASM_TARGET};
use crate::{cargo, root, run, step, target_dir, Result};

pub const CRATE: &str = "permit_check";

/// The WebAssembly features rustc 1.95 enables by default for wasm32-unknown-unknown (its
/// `target_features` section lists exactly these, and wasm-bindgen keeps them): wasm-opt refuses
/// a module that uses a feature it was not told about. wasm-opt also reads that section by
/// itself, but naming them keeps the build right if the section is ever stripped. Chromium (and
/// Node 20) support all of them.
pub const WASM_OPT_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-bulk-memory-opt",
    "--enable-call-indirect-overlong",
    "--enable-multivalue",
    "--enable-mutable-globals",
    "--enable-nontrapping-float-to-int",
    "--enable-reference-types",
    "--enable-sign-ext",
];

/// The output of the build.
pub fn pkg_dir() -> PathBuf {
    root().join("pkg")
}

fn cargo_wasm() -> PathBuf {
    target_dir()
        .join(WASM_TARGET)
        .join("release")
        .join(format!("{CRATE}.wasm"))
}

/// A file's length and modification time, for the stamp.
fn file_id(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    let mtime = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
    Some(format!(
        "{} len={} mtime={}.{:09}",
        path.display(),
        meta.len(),
        mtime.as_secs(),
        mtime.subsec_nanos()
    ))
}

/// What pkg/ was made from (the cargo output and the tools' settings) and what it holds (so a
/// pkg/ that anything else has written since is built again).
fn stamp_for(input: &Path, outputs: &[&Path], tools: &Tools) -> Option<String> {
    let mut stamp = format!(
        "input={}\nwasm-bindgen={}\nwasm-opt=-Oz {}\n",
        file_id(input)?,
        tools.wasm_bindgen.display(),
        WASM_OPT_FEATURES.join(" ")
    );
    for output in outputs {
        stamp.push_str(&format!("output={}\n", file_id(output)?));
    }
    Some(stamp)
}

fn size_of(path: &Path) -> String {
    std::fs::metadata(path)
        .map(|m| format!("{} bytes", m.len()))
        .unwrap_or_else(|_| "missing".into())
}

/// `cargo build --release --target wasm32-unknown-unknown`, `wasm-bindgen --target web`,
/// `wasm-opt -Oz`. The last two are skipped when the cargo output has not changed since the
/// last complete build (pkg/.xtask-stamp).
pub fn build(tools: &Tools) -> Result<()> {
    step("catalogs: pkg/<tag>.ftl and the words of index.html", || {
        std::fs::create_dir_all(pkg_dir()).map_err(|e| format!("pkg/: {e}"))?;
        crate::catalogs::write_catalogs(&pkg_dir())?;
        crate::catalogs::write_page()
    })?;
    step("cargo build --release (wasm32)", || {
        run(cargo().args(["build", "--release", "--target", WASM_TARGET, "-p", CRATE]))
    })?;
    let input = cargo_wasm();
    let pkg = pkg_dir();
    let stamp_file = pkg.join(".xtask-stamp");
    let js = pkg.join(format!("{CRATE}.js"));
    let wasm = pkg.join(format!("{CRATE}_bg.wasm"));
    if !input.is_file() {
        return Err(format!("cargo did not produce {}", input.display()));
    }
    let outputs = [wasm.as_path(), js.as_path()];
    let current = stamp_for(&input, &outputs, tools);
    if current.is_some() && std::fs::read_to_string(&stamp_file).ok() == current {
        println!(
            "\npkg/ is up to date with {} (wasm-bindgen and wasm-opt skipped)",
            input.display()
        );
        return Ok(());
    }
    // A build that stops half-way must not look complete.
    let _ = std::fs::remove_file(&stamp_file);
    step("wasm-bindgen --target web", || {
        println!("input: {} ({})", input.display(), size_of(&input));
        run(Command::new(&tools.wasm_bindgen)
            .args(["--target", "web", "--out-dir"])
            .arg(&pkg)
            .arg("--no-typescript")
            .arg(&input))?;
        println!("output: {} ({})", wasm.display(), size_of(&wasm));
        Ok(())
    })?;
    step("wasm-opt -Oz", || {
        let optimized = pkg.join(format!("{CRATE}_bg.opt.wasm"));
        let result = run(Command::new(&tools.wasm_opt)
            .arg("-Oz")
            .args(WASM_OPT_FEATURES)
            .arg(&wasm)
            .arg("-o")
            .arg(&optimized));
        if let Err(e) = result {
            let _ = std::fs::remove_file(&optimized);
            return Err(e);
        }
        let before = size_of(&wasm);
        std::fs::rename(&optimized, &wasm)
            .map_err(|e| format!("cannot replace {}: {e}", wasm.display()))?;
        println!("{}: {before} → {}", wasm.display(), size_of(&wasm));
        Ok(())
    })?;
    let stamp = stamp_for(&input, &outputs, tools).ok_or("pkg/ is incomplete after the build")?;
    std::fs::write(&stamp_file, stamp)
        .map_err(|e| format!("cannot write {}: {e}", stamp_file.display()))?;
    Ok(())
}
