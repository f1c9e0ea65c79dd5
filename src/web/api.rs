//! The embedding API's JavaScript face (`pkg/permit_check.js`, API.md rev. 2):
//! `evaluate(request)`, `loadLocale(tag[, text])` and `locales()`. Nothing runs on `init()`.

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

/// `locales()`: the tags of every language the app has (English first).
#[wasm_bindgen]
pub fn locales() -> Vec<String> {
    crate::text::available()
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// What `loadLocale` answers: the language now available, or why not.
fn load_answer(result: Result<&'static crate::text::Language, String>) -> JsValue {
    let (ok, tag, reason) = match result {
        Ok(l) => (true, l.tag.to_string(), String::new()),
        Err(e) => (false, String::new(), e),
    };
    let o = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&o, &"loaded".into(), &JsValue::from_bool(ok));
    let _ = js_sys::Reflect::set(&o, &"locale".into(), &JsValue::from_str(&tag));
    if !ok {
        let _ = js_sys::Reflect::set(&o, &"error".into(), &JsValue::from_str(&reason));
    }
    o.into()
}

/// `loadLocale(tag)` fetches a language's catalog (`<tag>.ftl`, next to `permit_check.js`) and
/// keeps it; `loadLocale(tag, text)` takes the catalog as text (Node, tests, pages that bundle
/// it) and is ready as soon as it returns. Either way a Promise of
/// `{ loaded, locale, error? }`; it never rejects. Afterwards `evaluate` answers in that language
/// for requests with its `locale`.
#[wasm_bindgen(js_name = loadLocale)]
pub fn load_locale(tag: String, text: Option<String>) -> js_sys::Promise {
    if let Some(text) = text {
        let result = crate::text::load(&tag, &text)
            .map(|c| c.language)
            .map_err(|e| format!("{e:?}"));
        return js_sys::Promise::resolve(&load_answer(result));
    }
    wasm_bindgen_futures::future_to_promise(async move {
        let result = match super::fetch_catalog(&tag).await {
            Ok(()) => crate::text::negotiate(&tag).ok_or_else(|| "unknown language".to_string()),
            Err(e) => Err(e),
        };
        Ok(load_answer(result))
    })
}
