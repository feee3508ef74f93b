//! Arbitrary text through HTML extraction: every block maps back into the source.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = sunto::clean::clean(text, sunto::Format::Html);
    for b in &doc.blocks {
        assert!(doc.text.get(b.span.range()).is_some());
        assert!(text.get(doc.to_original(b.span).range()).is_some());
    }
});
