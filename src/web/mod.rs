//! The crate's JavaScript faces (wasm-bindgen), one per build (Cargo.toml `[features]`):
//! - [`api`] (feature `api`): `pkg/permit_check.js`, the embedding API of API.md;
//! - [`app`] (feature `app`): `pkg/app.js`, what `boot.js` starts on the app's own page.
//!
//! Both fetch a language's catalog the same way ([`fetch_catalog`]).

#[cfg(feature = "api")]
pub mod api;
#[cfg(feature = "app")]
pub mod app;

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::text::{self, Part};

#[wasm_bindgen(
    inline_js = "export function catalog_url(file) { return new URL('../../' + file, import.meta.url).href; }"
)]
extern "C" {
    /// The address of a catalog file, next to the build's JavaScript in `pkg/` (this snippet
    /// lives in `pkg/snippets/<crate>/`).
    fn catalog_url(file: &str) -> String;
}

/// Fetches and loads one part of a language's catalog (`pkg/<tag>.ftl` or `pkg/<tag>.rules.ftl`,
/// [`Part`]). `Err` with a reason when it cannot be had (offline before the first visit in that
/// language, or a server without the file).
pub async fn fetch_part(tag: &str, part: Part) -> Result<(), String> {
    let language = text::negotiate(tag).ok_or_else(|| format!("no language {tag}"))?;
    if text::has_part(language.tag, part) {
        return Ok(());
    }
    let window = web_sys::window().ok_or("no window")?;
    let url = catalog_url(&part.file(language.tag));
    let response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(|e| format!("{e:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|e| format!("{e:?}"))?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let body = JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?;
    let source = body.as_string().unwrap_or_default();
    text::load(language.tag, &source)
        .map(|_| ())
        .map_err(|e| format!("{e:?}"))
}

/// Fetches and loads both parts of a language's catalog.
pub async fn fetch_catalog(tag: &str) -> Result<(), String> {
    for part in Part::ALL {
        fetch_part(tag, part).await?;
    }
    Ok(())
}
