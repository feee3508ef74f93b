//! The fixture articles in WebAssembly under Node (`wasm-pack test --node`): the same checks as
//! the native suite, and the JS boundary (options in, plain objects out, errors as exceptions).
#![cfg(target_arch = "wasm32")]

mod common;
mod wasm_common;

use wasm_bindgen_test::*;

#[wasm_bindgen_test]
fn fixtures_meet_their_expectations() {
    wasm_common::fixtures();
}

#[wasm_bindgen_test]
fn the_binding_returns_plain_objects_with_utf16_offsets() {
    wasm_common::binding();
}

#[wasm_bindgen_test]
fn digest_of_several_documents() {
    wasm_common::digest();
}

#[wasm_bindgen_test]
fn invalid_options_throw() {
    wasm_common::invalid_options();
}
