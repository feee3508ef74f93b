//! Arbitrary bytes through decode and summarize: no panic, spans in bounds.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(d) = sunto::decode(data) {
        let s = sunto::summarize(&d.text);
        for sent in &s.sentences {
            assert!(d.text.get(sent.span.range()).is_some());
        }
        for k in &s.keywords {
            for o in &k.occurrences {
                assert!(d.text.get(o.range()).is_some());
            }
        }
    }
});
