//! The WebAssembly binding: the only file that mentions wasm-bindgen.
//!
//! ```js
//! import init, { Summarizer } from "./pkg/sunto.js";
//! await init();
//! const s = new Summarizer({ sentences: 3 });
//! const r = s.summarize(text);      // { language, title, sentences: [{ text, start, end, score }], keywords, … }
//! ```
//! Offsets are UTF-16 code units, what JavaScript strings index.

use wasm_bindgen::prelude::*;

use crate::options::Format;
use crate::wire::{self, OffsetUnit, OptionsInput};

/// Summarises texts with fixed options.
#[wasm_bindgen]
pub struct Summarizer {
    inner: crate::Summarizer,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct CallOptions {
    name: Option<String>,
    format: Option<String>,
}

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    let s = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true).serialize_maps_as_objects(true);
    value.serialize(&s).map_err(|e| JsError::new(&e.to_string()))
}

/// Reads an options object; a key that is not in `known` is an error (a misspelt option must not
/// silently fall back to its default).
fn from_js<T: serde::de::DeserializeOwned + Default>(value: JsValue, what: &str, known: &[&str]) -> Result<T, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    if !value.is_object() {
        return Err(JsError::new(&format!("invalid {what}: expected an object")));
    }
    for key in js_sys::Object::keys(&js_sys::Object::from(value.clone())).iter() {
        let key = key.as_string().unwrap_or_default();
        if !known.contains(&key.as_str()) {
            return Err(JsError::new(&format!("invalid {what}: unknown option {key:?} (known: {})", known.join(", "))));
        }
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("invalid {what}: {e}")))
}

#[wasm_bindgen]
impl Summarizer {
    /// `new Summarizer({ sentences | ratio | words, language, keywords, format })`; throws on an
    /// invalid option.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<Summarizer, JsError> {
        let input: OptionsInput = from_js(options, "options", OptionsInput::KEYS)?;
        let options = input.to_options().map_err(|e| JsError::new(&e.to_string()))?;
        let inner = crate::Summarizer::new(options).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Summarizer { inner })
    }

    /// Summarises `text`. The optional second argument `{ name, format }` tells the format (by a
    /// file name's extension or by name: `text`, `markdown`, `html`).
    pub fn summarize(&self, text: &str, options: JsValue) -> Result<JsValue, JsError> {
        let call: CallOptions = from_js(options, "summarize options", &["name", "format"])?;
        let format = match (call.format.as_deref(), call.name.as_deref()) {
            (Some(f), _) => wire::parse_format(Some(f)).map_err(|e| JsError::new(&e.to_string()))?,
            (None, Some(name)) => Format::from_file_name(name).unwrap_or(self.inner.options().format),
            (None, None) => self.inner.options().format,
        };
        let summary = self.inner.summarize_as(text, format);
        to_js(&wire::summary(&summary, text, OffsetUnit::Utf16))
    }

    /// The sentences of `text`: `[{ text, start, end, heading }]`.
    pub fn sentences(&self, text: &str) -> Result<JsValue, JsError> {
        let list = self.inner.sentences(text);
        to_js(&wire::sentences(&list, text, OffsetUnit::Utf16))
    }
}

/// Reads a file's bytes as text: `{ text, encoding }`, or throws an `Error` saying what the
/// bytes are instead (an image, a PDF, an archive, empty, too large). The same decoder as the
/// command line: UTF-8 with or without BOM, UTF-16 with BOM, the charset an HTML page declares,
/// else Windows-1252.
#[wasm_bindgen]
pub fn decode(bytes: &[u8]) -> Result<JsValue, JsError> {
    let d = crate::decode(bytes).map_err(|e| JsError::new(&e.to_string()))?;
    #[derive(serde::Serialize)]
    struct Decoded<'a> {
        text: &'a str,
        encoding: &'a str,
    }
    to_js(&Decoded { text: &d.text, encoding: d.encoding })
}

/// The library's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
