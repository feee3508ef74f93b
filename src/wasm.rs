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

// Precise TypeScript types for pkg/sunto.d.ts: the shapes of options and results.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("../types/sunto-extra.d.ts");

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "SummarizerOptions")]
    pub type SummarizerOptionsJs;
    #[wasm_bindgen(typescript_type = "SummarizeCallOptions")]
    pub type SummarizeCallOptionsJs;
    #[wasm_bindgen(typescript_type = "Summary")]
    pub type SummaryJs;
    #[wasm_bindgen(typescript_type = "ManyDocument[]")]
    pub type ManyDocumentsJs;
    #[wasm_bindgen(typescript_type = "ManySummary")]
    pub type ManySummaryJs;
    #[wasm_bindgen(typescript_type = "Decoded")]
    pub type DecodedJs;
}

/// Summarises texts with fixed options.
#[wasm_bindgen]
pub struct Summarizer {
    inner: crate::Summarizer,
}

#[derive(Default)]
struct CallOptions {
    name: Option<String>,
    format: Option<String>,
}

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    let s = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true).serialize_maps_as_objects(true);
    value.serialize(&s).map_err(|e| JsError::new(&e.to_string()))
}

/// The fields of an options object, checked: a key that is not in `known` is an error (a
/// misspelt option must not silently fall back to its default), and so is a value of the wrong
/// type. Read with `Reflect` rather than a serde deserializer, which would add several kilobytes
/// to the download for four fields.
fn fields(value: &JsValue, what: &str, known: &[&str]) -> Result<Vec<(String, JsValue)>, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Vec::new());
    }
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(JsError::new(&format!("invalid {what}: expected an object")));
    }
    let mut out = Vec::new();
    for key in js_sys::Object::keys(&js_sys::Object::from(value.clone())).iter() {
        let key = key.as_string().unwrap_or_default();
        if !known.contains(&key.as_str()) {
            return Err(JsError::new(&format!("invalid {what}: unknown option {key:?} (known: {})", known.join(", "))));
        }
        let v = js_sys::Reflect::get(value, &JsValue::from_str(&key)).unwrap_or(JsValue::UNDEFINED);
        if !v.is_undefined() && !v.is_null() {
            out.push((key, v));
        }
    }
    Ok(out)
}

fn number(key: &str, v: &JsValue) -> Result<f64, JsError> {
    v.as_f64().ok_or_else(|| JsError::new(&format!("invalid options: {key} must be a number")))
}

fn string(key: &str, v: &JsValue) -> Result<String, JsError> {
    v.as_string().ok_or_else(|| JsError::new(&format!("invalid options: {key} must be a string")))
}

#[wasm_bindgen]
impl Summarizer {
    /// `new Summarizer({ sentences | ratio | words, language, keywords, format })`; throws on an
    /// invalid option.
    #[wasm_bindgen(constructor)]
    pub fn new(options: Option<SummarizerOptionsJs>) -> Result<Summarizer, JsError> {
        let options: JsValue = options.map_or(JsValue::UNDEFINED, Into::into);
        let mut input = OptionsInput::default();
        for (key, v) in fields(&options, "options", OptionsInput::KEYS)? {
            match key.as_str() {
                "sentences" => input.sentences = Some(number(&key, &v)?),
                "ratio" => input.ratio = Some(number(&key, &v)?),
                "words" => input.words = Some(number(&key, &v)?),
                "keywords" => input.keywords = Some(number(&key, &v)?),
                "language" => input.language = Some(string(&key, &v)?),
                _ => input.format = Some(string(&key, &v)?),
            }
        }
        let options = input.to_options().map_err(|e| JsError::new(&e.to_string()))?;
        // the page asks for one text at several lengths (its slider): reuse the last analysis
        let inner = crate::Summarizer::new(options).map_err(|e| JsError::new(&e.to_string()))?.reusing();
        Ok(Summarizer { inner })
    }

    /// Summarises `text`. The optional second argument `{ name, format }` tells the format (by a
    /// file name's extension or by name: `text`, `markdown`, `html`).
    pub fn summarize(&self, text: &str, options: Option<SummarizeCallOptionsJs>) -> Result<SummaryJs, JsError> {
        let options: JsValue = options.map_or(JsValue::UNDEFINED, Into::into);
        let mut call = CallOptions::default();
        for (key, v) in fields(&options, "summarize options", &["name", "format"])? {
            if key == "name" {
                call.name = Some(string(&key, &v)?);
            } else {
                call.format = Some(string(&key, &v)?);
            }
        }
        let format = match (call.format.as_deref(), call.name.as_deref()) {
            (Some(f), _) => wire::parse_format(Some(f)).map_err(|e| JsError::new(&e.to_string()))?,
            (None, Some(name)) => Format::from_file_name(name).unwrap_or(self.inner.options().format),
            (None, None) => self.inner.options().format,
        };
        let summary = self.inner.summarize_as(text, format);
        Ok(to_js(&wire::summary(&summary, text, OffsetUnit::Utf16))?.unchecked_into())
    }

    /// A digest of several documents, `[{ text, name }]`, grouped by event:
    /// `{ groups: [{ label, documents, year, sentences: [{ text, document, start, end, score }],
    /// keywords }] }`; offsets are into each sentence's own document.
    #[wasm_bindgen(js_name = summarizeMany)]
    pub fn summarize_many(&self, docs: ManyDocumentsJs) -> Result<ManySummaryJs, JsError> {
        let docs: JsValue = docs.into();
        struct Input {
            text: String,
            name: Option<String>,
            format: Option<String>,
        }
        if !js_sys::Array::is_array(&docs) {
            return Err(JsError::new("invalid documents: expected an array of { text, name }"));
        }
        let field =
            |d: &JsValue, k: &str| js_sys::Reflect::get(d, &JsValue::from_str(k)).ok().and_then(|v| v.as_string());
        let mut docs_in: Vec<Input> = Vec::new();
        for (i, d) in js_sys::Array::from(&docs).iter().enumerate() {
            let text =
                field(&d, "text").ok_or_else(|| JsError::new(&format!("invalid documents: item {i} has no text")))?;
            docs_in.push(Input { text, name: field(&d, "name"), format: field(&d, "format") });
        }
        let docs = docs_in;
        let mut inputs = Vec::with_capacity(docs.len());
        for d in &docs {
            let format = match (d.format.as_deref(), d.name.as_deref()) {
                (Some(f), _) => wire::parse_format(Some(f)).map_err(|e| JsError::new(&e.to_string()))?,
                (None, Some(n)) => Format::from_file_name(n).unwrap_or(self.inner.options().format),
                (None, None) => self.inner.options().format,
            };
            inputs.push((d.text.as_str(), format));
        }
        let digest = self.inner.summarize_many(&inputs);
        let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
        Ok(to_js(&wire::digest(&digest, &texts, OffsetUnit::Utf16))?.unchecked_into())
    }
}

/// Reads a file's bytes as text: `{ text, encoding }`, or throws an `Error` saying what the
/// bytes are instead (an image, a PDF, an archive, empty, too large). The same decoder as the
/// command line: UTF-8 with or without BOM, UTF-16 with BOM, the charset an HTML page declares,
/// else Windows-1252.
#[wasm_bindgen]
pub fn decode(bytes: &[u8]) -> Result<DecodedJs, JsError> {
    let d = crate::decode(bytes).map_err(|e| JsError::new(&e.to_string()))?;
    #[derive(serde::Serialize)]
    struct Decoded<'a> {
        text: &'a str,
        encoding: &'a str,
    }
    Ok(to_js(&Decoded { text: &d.text, encoding: d.encoding })?.unchecked_into())
}

/// Forgets what the module keeps from one text to the next: the stems learned from earlier texts
/// (up to about 1 MB a language) and the last text's analysis. The next summary is the same,
/// worked out as on a fresh page.
#[wasm_bindgen(js_name = clearCaches)]
pub fn clear_caches() {
    crate::clear_caches();
}

/// The library's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
