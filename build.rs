//! Generates the `i18n` module (leptos_i18n) from `locales/{en,nb,uk}/{namespace}.json` into
//! `$OUT_DIR/i18n/mod.rs`; `src/ui/mod.rs` includes it.
//!
//! The UI exists only on wasm32, so on any other target this script returns at once: native
//! `cargo test` (the rule engine) never reads the locales and cannot fail here. The code
//! generator is behind the default feature `ui` (see Cargo.toml): without it, a wasm32 build stops
//! here with a message saying so.

use std::error::Error;

/// The UI's languages; the first is the default.
const LOCALES: [&str; 3] = ["en", "nb", "uk"];

/// One namespace per part of the app, so that several people can add strings side by side:
/// `common` (shell, shared components), one per checker tab, the guides, and saving/loading data.
const NAMESPACES: [&str; 7] = ["common", "tr", "pp", "tl", "wp", "guides", "data"];

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("wasm32") {
        return Ok(());
    }
    generate()
}

#[cfg(feature = "ui")]
fn generate() -> Result<(), Box<dyn Error>> {
    use leptos_i18n_build::{Config, TranslationsInfos};
    use std::path::PathBuf;

    println!("cargo::rerun-if-changed=locales");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    let mut cfg = Config::new(LOCALES[0])?;
    for locale in &LOCALES[1..] {
        cfg = cfg.add_locale(locale)?;
    }
    let cfg = cfg.add_namespaces(NAMESPACES)?;

    let translations = TranslationsInfos::parse(cfg)?;
    translations.emit_diagnostics();
    translations.rerun_if_locales_changed();
    translations.generate_i18n_module(out_dir.join("i18n"))?;
    Ok(())
}

#[cfg(not(feature = "ui"))]
fn generate() -> Result<(), Box<dyn Error>> {
    let _ = (LOCALES, NAMESPACES);
    Err(
        "the wasm32 build (the UI) needs the `ui` feature, which is on by default: \
         build without `--no-default-features`"
            .into(),
    )
}
