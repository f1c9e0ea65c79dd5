//! The JavaScript face of the crate (wasm-bindgen): `evaluate(request)` for embedders and
//! `mount()` for the app's own page. Nothing runs on `init()`, so an NGO page that only wants
//! `evaluate` gets no UI mounted into it.

use wasm_bindgen::prelude::*;

/// `evaluate(request)`: a plain object in, a plain object out (API.md). Never throws: a value that
/// cannot be read as a request is answered with `errors`.
#[wasm_bindgen(js_name = evaluate)]
pub fn evaluate_js(request: JsValue) -> JsValue {
    let response = match serde_wasm_bindgen::from_value::<serde_json::Value>(request) {
        Ok(value) => crate::api::evaluate_value(&value),
        Err(_) => crate::api::evaluate_value(&serde_json::Value::Null),
    };
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&response, &serializer).unwrap_or(JsValue::NULL)
}

/// Mounts the Permit Check app into the page's `<body>`.
#[wasm_bindgen]
pub fn mount() {
    crate::ui::mount();
}
