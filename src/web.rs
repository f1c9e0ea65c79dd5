//! The JavaScript face of the crate (wasm-bindgen): `evaluate(request)` for embedders and
//! `mount()` for the app's own page. Nothing runs on `init()`, so an NGO page that only wants
//! `evaluate` gets no UI mounted into it.

use wasm_bindgen::prelude::*;

/// `evaluate(request)`: a plain object in, a plain object out (API.md). Never throws: a value that
/// cannot be read as a request is answered with `errors`.
///
/// The request is read through `JSON.stringify` and `serde_json` rather than walked directly:
/// `JSON.stringify` refuses cyclic values and values too deep for its own stack with a catchable
/// error, and `serde_json` stops at 128 levels of nesting. Walking such a value recursively in
/// Rust would overflow the wasm stack, a trap that leaves the module unusable for every later
/// call (and would kill the app). Whatever cannot be read this way (a cycle, a BigInt, a depth no
/// request has) is answered as an unreadable request. `undefined` fields are dropped, i.e.
/// missing, which API.md treats like `null`.
#[wasm_bindgen(js_name = evaluate)]
pub fn evaluate_js(request: JsValue) -> JsValue {
    let value = js_sys::JSON::stringify(&request)
        .ok()
        .and_then(|text| text.as_string())
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .unwrap_or(serde_json::Value::Null);
    let response = crate::api::evaluate_value(&value);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&response, &serializer).unwrap_or(JsValue::NULL)
}

/// Mounts the Permit Check app into the page's `<body>`.
#[wasm_bindgen]
pub fn mount() {
    crate::ui::mount();
}
