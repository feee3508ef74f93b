//! Embeds the stopword and generic-word lists without their comment headers: the files in
//! src/lang/stopwords/ and src/lang/generic/ keep their provenance for people; the download carries
//! only the words. Generated at build time from the files themselves, so the two cannot drift apart.

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    for list in ["stopwords", "generic"] {
        for lang in ["it", "en", "fr", "es", "de", "pt"] {
            let src = format!("src/lang/{list}/{lang}.txt");
            println!("cargo:rerun-if-changed={src}");
            let text = std::fs::read_to_string(&src).unwrap_or_default();
            let words: Vec<&str> =
                text.lines().map(|l| l.split('#').next().unwrap_or("").trim()).filter(|w| !w.is_empty()).collect();
            let _ = std::fs::write(Path::new(&out).join(format!("{list}_{lang}.txt")), words.join("\n"));
        }
    }
}
