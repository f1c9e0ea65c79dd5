//! The release builds into `pkg/`. Two WebAssembly builds come from the one crate (Cargo.toml
//! `[features]`, ARCHITECTURE.md "Two builds"):
//!
//! - the embedding API (`api`, the default features): cargo → wasm-bindgen → wasm-opt, giving
//!   `pkg/permit_check.js` and `pkg/permit_check_bg.wasm` (API.md's names);
//! - the app (`lazy`): cargo with `--emit-relocs` → the wasm-split pass (Leptos `#[lazy]`
//!   split points become their own modules, [`split`]) → wasm-bindgen `--keep-lld-exports` on
//!   the main module → wasm-opt on every module, giving `pkg/app.js`, `pkg/app_bg.wasm`,
//!   `pkg/app_parts.js` (the loader of the parts) and one `pkg/split_*.wasm` / `pkg/chunk_*.wasm`
//!   per part.
//!
//! Each build is skipped after cargo when its cargo output and `pkg/` files are those of its last
//! complete run (`pkg/.xtask-stamp-<build>`).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::UNIX_EPOCH;

use crate::tools::{Tools, WASM_TARGET};
use crate::{cargo, root, run, step, target_dir, Result};

pub const CRATE: &str = "permit_check";
/// The app's JavaScript and main module: `pkg/app.js`, `pkg/app_bg.wasm`.
pub const APP: &str = "app";
/// The loader of the app's parts, written by the split pass (`pkg/app_parts.js`).
pub const PARTS_LOADER: &str = "app_parts.js";

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

/// Where cargo puts the linked module (both builds: each is copied away before the other runs).
fn cargo_wasm() -> PathBuf {
    target_dir()
        .join(WASM_TARGET)
        .join("release")
        .join(format!("{CRATE}.wasm"))
}

/// Whether a file in `pkg/` is one of the app's parts (written by the split pass).
pub fn is_part(name: &str) -> bool {
    name.ends_with(".wasm") && (name.starts_with("split_") || name.starts_with("chunk_"))
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

/// What a build's files were made from (the cargo output and the tools' settings) and what they
/// are (so that files anything else has written since are built again).
fn stamp_for(input: &Path, outputs: &[PathBuf], tools: &Tools) -> Option<String> {
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

/// Both builds, after the catalogs (`pkg/<tag>.ftl`, and the words of `index.html`).
pub fn build(tools: &Tools) -> Result<()> {
    step(
        "catalogs: pkg/<tag>.ftl and the words of index.html",
        || {
            std::fs::create_dir_all(pkg_dir()).map_err(|e| format!("pkg/: {e}"))?;
            crate::catalogs::write_catalogs(&pkg_dir())?;
            crate::catalogs::write_page()
        },
    )?;
    build_api(tools)?;
    build_app(tools)
}

/// The cargo output of the last step, copied to `name` in the target dir (the other build
/// writes the same file next).
fn keep_cargo_output(name: &str) -> Result<PathBuf> {
    let out = cargo_wasm();
    if !out.is_file() {
        return Err(format!("cargo did not produce {}", out.display()));
    }
    let kept = target_dir().join(WASM_TARGET).join("release").join(name);
    // Copy only when it changed, so that its modification time (in the stamp) says so.
    let same = std::fs::metadata(&kept)
        .ok()
        .zip(std::fs::metadata(&out).ok())
        .is_some_and(|(k, o)| k.len() == o.len() && k.modified().ok() >= o.modified().ok());
    if !same || std::fs::read(&kept).ok() != std::fs::read(&out).ok() {
        std::fs::copy(&out, &kept).map_err(|e| format!("cannot copy {}: {e}", out.display()))?;
    }
    Ok(kept)
}

/// Whether a build's stamp says its files are up to date; else removes the stamp (a build that
/// stops half-way must not look complete).
fn up_to_date(stamp_file: &Path, input: &Path, outputs: &[PathBuf], tools: &Tools) -> bool {
    let current = stamp_for(input, outputs, tools);
    if current.is_some() && std::fs::read_to_string(stamp_file).ok() == current {
        return true;
    }
    let _ = std::fs::remove_file(stamp_file);
    false
}

fn write_stamp(stamp_file: &Path, input: &Path, outputs: &[PathBuf], tools: &Tools) -> Result<()> {
    let stamp = stamp_for(input, outputs, tools).ok_or("pkg/ is incomplete after the build")?;
    std::fs::write(stamp_file, stamp)
        .map_err(|e| format!("cannot write {}: {e}", stamp_file.display()))
}

/// `pkg/permit_check.js` and `pkg/permit_check_bg.wasm`: the engine and `evaluate`.
fn build_api(tools: &Tools) -> Result<()> {
    step("cargo build --release (wasm32, the embedding API)", || {
        run(cargo().args([
            "build",
            "--release",
            "--target",
            WASM_TARGET,
            "-p",
            CRATE,
            "--lib",
        ]))
    })?;
    let input = keep_cargo_output("api.wasm")?;
    let pkg = pkg_dir();
    let stamp_file = pkg.join(".xtask-stamp-api");
    let js = pkg.join(format!("{CRATE}.js"));
    let wasm = pkg.join(format!("{CRATE}_bg.wasm"));
    let outputs = [wasm.clone(), js.clone()];
    if up_to_date(&stamp_file, &input, &outputs, tools) {
        println!("\npkg/{CRATE}.* is up to date (wasm-bindgen and wasm-opt skipped)");
        return Ok(());
    }
    step("wasm-bindgen --target web (the embedding API)", || {
        bindgen(tools, &input, CRATE, &[])?;
        println!("output: {} ({})", wasm.display(), size_of(&wasm));
        Ok(())
    })?;
    step("wasm-opt -Oz (the embedding API)", || {
        optimize(tools, &wasm)
    })?;
    write_stamp(&stamp_file, &input, &outputs, tools)
}

/// `pkg/app.js`, `pkg/app_bg.wasm`, the parts loader and the parts.
fn build_app(tools: &Tools) -> Result<()> {
    step(
        "cargo rustc --release (wasm32, the app, with relocations)",
        || {
            // `cargo rustc` passes the linker flag to this crate's link only, so the dependencies
            // are those of any release build (RUSTFLAGS would rebuild them all). wasm-split needs
            // the relocations to move functions between modules.
            run(cargo().args([
                "rustc",
                "--release",
                "--target",
                WASM_TARGET,
                "-p",
                CRATE,
                "--lib",
                "--crate-type",
                "cdylib",
                "--no-default-features",
                "--features",
                "lazy",
                "--",
                "-Clink-args=--emit-relocs",
            ]))
        },
    )?;
    let input = keep_cargo_output("app.wasm")?;
    let pkg = pkg_dir();
    let stamp_file = pkg.join(".xtask-stamp-app");
    let mut outputs = vec![
        pkg.join(format!("{APP}.js")),
        pkg.join(format!("{APP}_bg.wasm")),
        pkg.join(PARTS_LOADER),
    ];
    outputs.extend(parts_in(&pkg));
    if up_to_date(&stamp_file, &input, &outputs, tools) {
        println!(
            "\npkg/{APP}.* and its parts are up to date (split, wasm-bindgen and wasm-opt skipped)"
        );
        return Ok(());
    }
    // The parts of an earlier build (their names come from where the split points are).
    for old in parts_in(&pkg) {
        let _ = std::fs::remove_file(old);
    }
    let work = target_dir().join("app-split");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    let main = work.join(format!("{APP}.wasm"));
    let parts = step("wasm-split (the app's parts)", || {
        split(&input, &work, &main)
    })?;
    step(
        "wasm-bindgen --target web --keep-lld-exports (the app)",
        || bindgen(tools, &main, APP, &["--keep-lld-exports"]),
    )?;
    step("wasm-opt -Oz (the app and each part)", || {
        optimize(tools, &pkg.join(format!("{APP}_bg.wasm")))?;
        for part in &parts {
            let name = part.file_name().ok_or("a part without a name")?;
            let to = pkg.join(name);
            std::fs::copy(part, &to).map_err(|e| format!("{}: {e}", to.display()))?;
            optimize(tools, &to)?;
        }
        let loader = work.join(PARTS_LOADER);
        std::fs::copy(&loader, pkg.join(PARTS_LOADER))
            .map_err(|e| format!("{}: {e}", loader.display()))?;
        Ok(())
    })?;
    let mut outputs = vec![
        pkg.join(format!("{APP}.js")),
        pkg.join(format!("{APP}_bg.wasm")),
        pkg.join(PARTS_LOADER),
    ];
    outputs.extend(parts_in(&pkg));
    write_stamp(&stamp_file, &input, &outputs, tools)
}

/// The app's parts now in `pkg/`, sorted.
fn parts_in(pkg: &Path) -> Vec<PathBuf> {
    let mut parts: Vec<PathBuf> = std::fs::read_dir(pkg)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| is_part(&e.file_name().to_string_lossy()))
                .map(|e| e.path())
                .collect()
        })
        .unwrap_or_default();
    parts.sort();
    parts
}

/// The wasm-split pass on the linked app (as cargo-leptos runs it, with the splitter as a
/// library): `main` gets the main module, `work` the parts and their loader. Returns the parts.
fn split(input: &Path, work: &Path, main: &Path) -> Result<Vec<PathBuf>> {
    let bytes = std::fs::read(input).map_err(|e| format!("{}: {e}", input.display()))?;
    let loader = format!("./{PARTS_LOADER}");
    let main_module = format!("./{APP}.js");
    let mut options = wasm_split_cli_support::Options::new(&bytes);
    options.output_dir = work;
    options.main_out_path = main;
    options.link_name = &loader;
    options.main_module = &main_module;
    let result = wasm_split_cli_support::transform(options)
        .map_err(|e| format!("wasm-split failed: {e:?}"))?;
    // What each split point loads (its module and the shared chunks it needs), for the
    // budgets of `cargo xtask size`; not deployed.
    let manifest: std::collections::BTreeMap<_, _> = result.prefetch_map.iter().collect();
    let json = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())?;
    let manifest_path = work.join("parts.json");
    std::fs::write(&manifest_path, json)
        .map_err(|e| format!("{}: {e}", manifest_path.display()))?;
    let mut parts = result.split_modules;
    parts.sort();
    for p in &parts {
        println!("part: {} ({})", p.display(), size_of(p));
    }
    Ok(parts)
}

/// `wasm-bindgen --target web` of `input` into `pkg/<name>.js` and `pkg/<name>_bg.wasm`.
fn bindgen(tools: &Tools, input: &Path, name: &str, extra: &[&str]) -> Result<()> {
    println!("input: {} ({})", input.display(), size_of(input));
    run(Command::new(&tools.wasm_bindgen)
        .args(["--target", "web", "--no-typescript", "--out-name", name])
        .args(extra)
        .arg("--out-dir")
        .arg(pkg_dir())
        .arg(input))
}

/// `wasm-opt -Oz` of a module, in place.
fn optimize(tools: &Tools, wasm: &Path) -> Result<()> {
    let optimized = wasm.with_extension("opt.wasm");
    let result = run(Command::new(&tools.wasm_opt)
        .arg("-Oz")
        .args(WASM_OPT_FEATURES)
        .arg(wasm)
        .arg("-o")
        .arg(&optimized));
    if let Err(e) = result {
        let _ = std::fs::remove_file(&optimized);
        return Err(e);
    }
    let before = size_of(wasm);
    std::fs::rename(&optimized, wasm)
        .map_err(|e| format!("cannot replace {}: {e}", wasm.display()))?;
    println!("{}: {before} → {}", wasm.display(), size_of(wasm));
    Ok(())
}
