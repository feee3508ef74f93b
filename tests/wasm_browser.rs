//! The same WebAssembly checks in a real browser (`wasm-pack test --headless --chrome`).
#![cfg(target_arch = "wasm32")]

mod common;
mod wasm_common;

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn fixtures_meet_their_expectations_in_the_browser() {
    wasm_common::fixtures();
}

#[wasm_bindgen_test]
fn the_binding_works_in_the_browser() {
    wasm_common::binding();
    wasm_common::invalid_options();
}
