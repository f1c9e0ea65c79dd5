//! The app's JavaScript face (`pkg/app.js`): `mount`, called by `boot.js`.

use wasm_bindgen::prelude::*;

/// Mounts the Permit Check app into the page's `<main id="main">`: `lang` the language to start
/// in, `source` the words part of its catalog (`pkg/<tag>.ftl`) when `boot.js` has fetched it
/// already (else it is fetched here; the rules part comes with the first question); then what
/// the person did on the static page before the app was live: `start` the option chosen,
/// `continued` whether Continue was pressed, `page` a page asked for (`"other-checks"`, its
/// link to the list of every check). The Promise resolves to whether the app is mounted (false
/// when no catalog could be had: `boot.js` then says that the app could not start).
#[wasm_bindgen]
pub fn mount(
    lang: Option<String>,
    source: Option<String>,
    start: Option<String>,
    continued: Option<bool>,
    page: Option<String>,
) -> js_sys::Promise {
    wasm_bindgen_futures::future_to_promise(async move {
        let lang = lang.unwrap_or_else(|| "en".to_string());
        let tag = crate::text::negotiate(&lang).map_or("en", |l| l.tag);
        let loaded = match source {
            Some(text) => crate::text::load(tag, &text).is_ok(),
            None => false,
        } || super::fetch_part(tag, crate::text::Part::Words)
            .await
            .is_ok();
        if !loaded {
            return Ok(JsValue::FALSE);
        }
        crate::ui::mount(crate::ui::Boot {
            lang: tag.to_string(),
            start,
            continued: continued.unwrap_or(false),
            other_checks: page.as_deref() == Some("other-checks"),
        });
        Ok(JsValue::TRUE)
    })
}
