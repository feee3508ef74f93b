//! Fixture checks shared by the native and the WASM test suites.
//!
//! Each fixture in `tests/fixtures/` is an article written for this project, with a sidecar
//! `<name>.expect.json` listing properties any good summary of it has: its language and title,
//! boilerplate that must never surface, headings that are never summary sentences, sentences that
//! must come out whole, the words of its main event, and key phrases found whole.

#![allow(dead_code)]

use serde_json::Value;
use sunto::{Format, Options, Summarizer};

/// (file name, bytes, expectations): every fixture is read through `sunto::decode`, as a dropped
/// file is.
pub const FIXTURES: &[(&str, &[u8], &str)] = &[
    (
        "it_pasted_web.txt",
        include_bytes!("../fixtures/it_pasted_web.txt"),
        include_str!("../fixtures/it_pasted_web.expect.json"),
    ),
    (
        "it_markdown_tweet.md",
        include_bytes!("../fixtures/it_markdown_tweet.md"),
        include_str!("../fixtures/it_markdown_tweet.expect.json"),
    ),
    ("it_plain.txt", include_bytes!("../fixtures/it_plain.txt"), include_str!("../fixtures/it_plain.expect.json")),
    (
        "it_news_page.html",
        include_bytes!("../fixtures/it_news_page.html"),
        include_str!("../fixtures/it_news_page.expect.json"),
    ),
    (
        "it_windows1252.txt",
        include_bytes!("../fixtures/it_windows1252.txt"),
        include_str!("../fixtures/it_windows1252.expect.json"),
    ),
    (
        "en_pasted_web.txt",
        include_bytes!("../fixtures/en_pasted_web.txt"),
        include_str!("../fixtures/en_pasted_web.expect.json"),
    ),
    (
        "en_markdown.md",
        include_bytes!("../fixtures/en_markdown.md"),
        include_str!("../fixtures/en_markdown.expect.json"),
    ),
    (
        "en_news_page.html",
        include_bytes!("../fixtures/en_news_page.html"),
        include_str!("../fixtures/en_news_page.expect.json"),
    ),
];

fn strings(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Checks every expectation of one fixture; returns the failures, empty when all hold.
pub fn check(name: &str, bytes: &[u8], expect: &str) -> Vec<String> {
    let mut fails = Vec::new();
    let decoded = match sunto::decode(bytes) {
        Ok(d) => d,
        Err(e) => return vec![format!("{name}: {e}")],
    };
    if name.contains("windows1252") && decoded.encoding != "windows-1252" {
        fails.push(format!("{name}: read as {}", decoded.encoding));
    }
    let text = decoded.text.as_str();
    let Ok(e) = serde_json::from_str::<Value>(expect) else { return vec![format!("{name}: bad expect.json")] };
    let summarizer = match Summarizer::new(Options::default()) {
        Ok(s) => s,
        Err(err) => return vec![err.to_string()],
    };
    let format = Format::from_file_name(name).unwrap_or(Format::Auto);
    let summary = summarizer.summarize_as(text, format);

    let lang = e.get("lang").and_then(Value::as_str).unwrap_or("");
    let got_lang = summary.language.map_or("und", |l| l.code());
    if got_lang != lang {
        fails.push(format!("{name}: language {got_lang}, expected {lang}"));
    }
    if let Some(title) = e.get("title").and_then(Value::as_str) {
        if summary.meta.title.as_deref() != Some(title) {
            fails.push(format!("{name}: title {:?}, expected {title:?}", summary.meta.title));
        }
    }
    if summary.sentences.len() != 3 {
        fails.push(format!("{name}: {} summary sentences, expected 3", summary.sentences.len()));
    }
    let boiler = strings(&e, "boilerplate");
    let headings = strings(&e, "headings");
    for s in &summary.sentences {
        for b in &boiler {
            if s.text.contains(b.as_str()) {
                fails.push(format!("{name}: summary sentence has boilerplate {b:?}: {}", s.text));
            }
        }
        if headings.iter().any(|h| squash(h) == squash(&s.text)) {
            fails.push(format!("{name}: a heading was chosen: {}", s.text));
        }
        // the span is where the sentence is in the input: its first and last words are there
        let orig = text.get(s.span.range()).unwrap_or("");
        let first = s.text.split_whitespace().next().unwrap_or("");
        let last = s.text.split_whitespace().last().unwrap_or("");
        if !orig.starts_with(first.trim_start_matches(['*', '['])) || !orig.contains(last) {
            fails.push(format!("{name}: span {:?} reads {orig:?}, not {:?}", s.span, s.text));
        }
    }
    let topics = strings(&e, "main_topic_words");
    let joined = summary.sentences.iter().map(|s| s.text.to_lowercase()).collect::<Vec<_>>().join(" ");
    if !topics.is_empty() && !topics.iter().any(|t| joined.contains(t.as_str())) {
        fails.push(format!("{name}: no main topic word {topics:?} in the summary: {joined}"));
    }
    for k in &summary.keywords {
        for b in boiler.iter().filter(|b| b.len() > 2) {
            if k.text.contains(b.as_str()) {
                fails.push(format!("{name}: key phrase {:?} has boilerplate {b:?}", k.text));
            }
        }
        for o in &k.occurrences {
            if text.get(o.range()).is_none() {
                fails.push(format!("{name}: key phrase occurrence {o:?} is not on character boundaries"));
            }
        }
    }
    let kws: Vec<String> = summary.keywords.iter().map(|k| k.text.to_lowercase()).collect();
    for want in strings(&e, "key_phrases") {
        if !kws.contains(&want.to_lowercase()) {
            fails.push(format!("{name}: key phrase {want:?} not among {kws:?}"));
        }
    }
    // sentences that must come out whole, and no sentence with boilerplate
    let sentences = summarizer.sentences(text);
    let listed: Vec<String> = sentences.iter().map(|s| squash(&s.text)).collect();
    for want in strings(&e, "whole_sentences") {
        if !listed.contains(&squash(&want)) {
            fails.push(format!("{name}: sentence not found whole: {want:?}"));
        }
    }
    for s in &sentences {
        for b in &boiler {
            if s.text.contains(b.as_str()) {
                fails.push(format!("{name}: a sentence has boilerplate {b:?}: {}", s.text));
            }
        }
    }
    fails
}

/// Checks invariants that hold for any input: spans in bounds, on character boundaries, sorted,
/// not overlapping; sentence count as asked.
pub fn check_invariants(text: &str, sentences: usize) -> Vec<String> {
    let mut fails = Vec::new();
    let Ok(s) = Summarizer::new(Options { length: sunto::Length::Sentences(sentences), ..Options::default() }) else {
        return vec!["options".into()];
    };
    let summary = s.summarize(text);
    let mut prev_end = 0usize;
    for sent in &summary.sentences {
        if text.get(sent.span.range()).is_none() {
            fails.push(format!("span {:?} out of bounds or off a character boundary", sent.span));
        }
        if sent.span.start < prev_end {
            fails.push(format!("span {:?} overlaps or is out of order", sent.span));
        }
        prev_end = sent.span.end;
    }
    if summary.sentences.len() > sentences {
        fails.push(format!("{} sentences for {sentences} asked", summary.sentences.len()));
    }
    fails
}
