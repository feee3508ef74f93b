//! Checks shared by the WebAssembly test files.
#![allow(dead_code)]

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::common;

pub fn fixtures() {
    let mut fails = Vec::new();
    for (name, text, expect) in common::FIXTURES {
        fails.extend(common::check(name, text, expect));
    }
    assert!(fails.is_empty(), "{} failures:\n{}", fails.len(), fails.join("\n"));
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

pub fn binding() {
    let text = "L’accordo è fatto: «la città è più bella», dice il sindaco 😀 di Roccaverde. \
                Il consiglio comunale ha votato ieri sera il piano per la nuova piazza. \
                I lavori inizieranno a maggio e costeranno tre milioni di euro.";
    let s = sunto::wasm::Summarizer::new(Some(options(&[("sentences", JsValue::from_f64(2.0))]).unchecked_into()));
    let Ok(s) = s else { panic!("constructor failed") };
    let result = s.summarize(text, None).map(JsValue::from).unwrap_or(JsValue::NULL);
    assert!(result.is_object());
    // a plain object, not a Map
    assert!(Object::get_prototype_of(&result) == Object::get_prototype_of(&Object::new().into()));
    assert_eq!(get(&result, "language").as_string().as_deref(), Some("it"));
    assert!(get(&result, "title").is_null());
    let sentences: Array = get(&result, "sentences").into();
    assert_eq!(sentences.length(), 2);
    let js_text = js_sys::JsString::from(text);
    for sent in sentences.iter() {
        let start = get(&sent, "start").as_f64().unwrap_or(-1.0) as u32;
        let end = get(&sent, "end").as_f64().unwrap_or(-1.0) as u32;
        let slice: String = js_text.slice(start, end).into();
        assert_eq!(Some(slice), get(&sent, "text").as_string(), "UTF-16 offsets must slice the JS string");
    }
    let keywords: Array = get(&result, "keywords").into();
    assert!(keywords.length() > 0);
    // the same sentences natively
    let native = sunto::Summarizer::new(sunto::Options { length: sunto::Length::Sentences(2), ..Default::default() })
        .map(|n| n.summarize(text).sentences.into_iter().map(|x| x.text).collect::<Vec<_>>())
        .unwrap_or_default();
    let wasm: Vec<String> = sentences.iter().filter_map(|x| get(&x, "text").as_string()).collect();
    assert_eq!(native, wasm);
    // with nothing kept from earlier texts, the same summary
    sunto::wasm::clear_caches();
    let again = s.summarize(text, None).map(JsValue::from).unwrap_or(JsValue::NULL);
    assert_eq!(
        js_sys::JSON::stringify(&again).ok().and_then(|j| j.as_string()).filter(|j| j.len() > 100),
        js_sys::JSON::stringify(&result).ok().and_then(|j| j.as_string())
    );
    // the second argument chooses the format by file name
    let md = "# Titolo breve\n\nUn testo con [un collegamento](https://example.org) e **grassetto** qui.";
    let r = s
        .summarize(md, Some(options(&[("name", JsValue::from_str("nota.md"))]).unchecked_into()))
        .map(JsValue::from)
        .unwrap_or(JsValue::NULL);
    assert_eq!(get(&r, "title").as_string().as_deref(), Some("Titolo breve"));
    // empty text: an empty summary, not an exception
    let empty = s.summarize("", None).map(JsValue::from).unwrap_or(JsValue::NULL);
    assert_eq!(Array::from(&get(&empty, "sentences")).length(), 0);
}

pub fn digest() {
    let Ok(s) = sunto::wasm::Summarizer::new(Some(options(&[("sentences", JsValue::from_f64(1.0))]).unchecked_into()))
    else {
        panic!("constructor")
    };
    let a = "Il ponte sul torrente è stato chiuso a Valmora 😀. I tecnici hanno trovato crepe nei piloni del ponte. Il sindaco di Valmora chiede lavori rapidi sul ponte.";
    let b = "A Castelbruno riapre il forno del paese. Una cooperativa gestirà il forno e venderà il pane ogni mattina. Il forno era chiuso da tre anni.";
    let docs = Array::new();
    for (text, name) in [(a, "a.txt"), (b, "b.txt")] {
        docs.push(&options(&[("text", JsValue::from_str(text)), ("name", JsValue::from_str(name))]));
    }
    let result = s.summarize_many(JsValue::from(docs).unchecked_into()).map(JsValue::from).unwrap_or(JsValue::NULL);
    let groups: Array = get(&result, "groups").into();
    assert_eq!(groups.length(), 2);
    for g in groups.iter() {
        for sent in Array::from(&get(&g, "sentences")).iter() {
            let doc = get(&sent, "document").as_f64().unwrap_or(-1.0) as usize;
            let text = js_sys::JsString::from([a, b][doc]);
            let slice: String = text
                .slice(
                    get(&sent, "start").as_f64().unwrap_or(0.0) as u32,
                    get(&sent, "end").as_f64().unwrap_or(0.0) as u32,
                )
                .into();
            assert_eq!(Some(slice), get(&sent, "text").as_string());
        }
    }
    assert!(s.summarize_many(JsValue::from_str("nope").unchecked_into()).is_err());
}

pub fn invalid_options() {
    for bad in [
        options(&[("sentences", JsValue::from_f64(0.0))]),
        options(&[("ratio", JsValue::from_f64(2.0))]),
        options(&[("language", JsValue::from_str("klingon"))]),
        options(&[("sentencs", JsValue::from_f64(3.0))]),
        JsValue::from_str("three"),
    ]
    .into_iter()
    .enumerate()
    {
        assert!(sunto::wasm::Summarizer::new(Some(bad.1.unchecked_into())).is_err(), "case {} was accepted", bad.0);
    }
}
