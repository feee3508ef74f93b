//! Arbitrary text through the text and markdown cleaners: every block maps back into the input.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for format in [sunto::Format::Text, sunto::Format::Markdown, sunto::Format::Auto] {
        let doc = sunto::clean::clean(text, format);
        for b in &doc.blocks {
            assert!(doc.text.get(b.span.range()).is_some());
            assert!(text.get(doc.to_original(b.span).range()).is_some());
        }
    }
});
