//! In-browser tests of the JavaScript export `evaluate` (`permit_check::web::api::evaluate_js`), run by
//! `cargo xtask test` with wasm-bindgen-test in headless Chromium (see `webdriver.json`).
//!
//! These check the contract of API.md that holds whatever the checkers answer: bad requests come
//! back as a plain object with `outcome: null` and `errors`, and `evaluate` never throws.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect};
use permit_check::web::api::evaluate_js;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A request object built the way a page would: a JSON value through serde-wasm-bindgen.
fn request(value: serde_json::Value) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&value, &serializer).expect("a JSON value converts to JS")
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).expect("Reflect.get on an object")
}

/// Checks that `response` is a plain object answering with errors, and returns the errors'
/// `field`s.
fn assert_failed(response: &JsValue) -> Vec<String> {
    assert!(
        response.is_object(),
        "the response is an object: {response:?}"
    );
    let proto = Object::get_prototype_of(response);
    let plain = Object::get_prototype_of(&Object::new());
    assert_eq!(
        JsValue::from(proto),
        JsValue::from(plain),
        "the response is a plain object, not a Map or class instance: {response:?}"
    );
    let outcome = get(response, "outcome");
    assert!(
        outcome.is_null(),
        "outcome is a real null (not undefined): {outcome:?}"
    );
    assert!(Array::is_array(&get(response, "criteria")));
    assert!(get(response, "figures").is_object());
    assert!(get(response, "checker").is_string());
    let errors = get(response, "errors");
    assert!(Array::is_array(&errors), "errors is an array: {errors:?}");
    let errors: Array = errors.unchecked_into();
    assert!(errors.length() > 0, "there is at least one error");
    errors
        .iter()
        .map(|e| {
            let field = get(&e, "field").as_string().expect("error.field is text");
            let message = get(&e, "message")
                .as_string()
                .expect("error.message is text");
            assert!(
                !message.trim().is_empty(),
                "error for {field} has a message"
            );
            field
        })
        .collect()
}

#[wasm_bindgen_test]
fn unknown_checker_is_an_error() {
    let response = evaluate_js(request(serde_json::json!({
        "checker": "citizenship",
        "asOf": "2026-11-21",
        "input": {}
    })));
    assert_eq!(assert_failed(&response), vec!["checker".to_string()]);
    assert_eq!(
        get(&response, "checker").as_string().as_deref(),
        Some("citizenship")
    );
}

#[wasm_bindgen_test]
fn impossible_as_of_date_is_an_error() {
    let response = evaluate_js(request(serde_json::json!({
        "checker": "travel-limits",
        "asOf": "1970-02-30",
        "input": {}
    })));
    assert_eq!(assert_failed(&response), vec!["asOf".to_string()]);
}

#[wasm_bindgen_test]
fn as_of_that_is_not_a_date_is_an_error() {
    let response = evaluate_js(request(serde_json::json!({
        "checker": "work-permit",
        "asOf": "yesterday",
        "locale": "nb",
        "input": {}
    })));
    assert_eq!(assert_failed(&response), vec!["asOf".to_string()]);
}

#[wasm_bindgen_test]
fn stays_given_as_text_is_an_error() {
    let response = evaluate_js(request(serde_json::json!({
        "checker": "permanent-permit",
        "asOf": "2026-11-21",
        "input": { "stays": "2019-03-01 to 2019-04-15" }
    })));
    let fields = assert_failed(&response);
    assert!(
        fields.iter().any(|f| f.contains("stays")),
        "an error names the stays: {fields:?}"
    );
}

#[wasm_bindgen_test]
fn a_number_is_not_a_request() {
    let response = evaluate_js(JsValue::from_f64(42.0));
    assert_eq!(assert_failed(&response), vec!["request".to_string()]);
}

#[wasm_bindgen_test]
fn values_that_are_not_requests_never_throw() {
    let odd = [
        JsValue::UNDEFINED,
        JsValue::NULL,
        JsValue::from_str("travel-limits"),
        JsValue::from_bool(true),
        Array::new().into(),
        js_sys::Function::new_no_args("return 1").into(),
        js_sys::Symbol::for_("permit").into(),
        js_sys::BigInt::from(7u32).into(),
    ];
    for value in odd {
        let response = evaluate_js(value.clone());
        assert!(
            !assert_failed(&response).is_empty(),
            "{value:?} is answered with errors"
        );
    }
}

#[wasm_bindgen_test]
fn checker_that_is_not_text_is_an_error() {
    let response = evaluate_js(request(serde_json::json!({
        "checker": 7,
        "input": {}
    })));
    assert_eq!(assert_failed(&response), vec!["request".to_string()]);
}
