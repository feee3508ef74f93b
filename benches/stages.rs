//! Benchmarks per pipeline stage and end to end: `cargo bench --bench stages` (or
//! `bash scripts/bench.sh`, which also runs the wasm benchmark).
//!
//! Inputs: the sample articles in `../shared/samples/` when present (real Italian news), else the
//! test fixtures (the repository's own Italian and English articles), plus the same articles
//! concatenated 50 times with each copy made unique, for the cost of long inputs. Every benchmark
//! checks its answer once before it is timed, so a fast wrong result fails instead of reporting.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use divan::{black_box, Bencher};
use sunto::lang::Detector;
use sunto::{Format, Language, Length, Options, Summarizer};

fn main() {
    divan::main();
}

/// The articles: (name, text, language).
fn articles() -> &'static [(String, String, Language)] {
    static ARTICLES: OnceLock<Vec<(String, String, Language)>> = OnceLock::new();
    ARTICLES.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let samples = root.join("../shared/samples");
        let mut files: Vec<(PathBuf, Language)> = std::fs::read_dir(&samples)
            .map(|dir| {
                dir.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                    .map(|p| (p, Language::Italian))
                    .collect()
            })
            .unwrap_or_default();
        if files.is_empty() {
            let fixtures = root.join("tests/fixtures");
            files = [
                ("it_plain.txt", Language::Italian),
                ("it_pasted_web.txt", Language::Italian),
                ("en_pasted_web.txt", Language::English),
                ("en_markdown.md", Language::English),
            ]
            .into_iter()
            .map(|(f, l)| (fixtures.join(f), l))
            .collect();
        }
        files.sort_by(|a, b| a.0.cmp(&b.0));
        files
            .into_iter()
            .filter_map(|(p, l)| {
                let bytes = std::fs::read(&p).ok()?;
                let text = sunto::decode(&bytes).ok()?.text;
                let name = p.file_name()?.to_string_lossy().into_owned();
                Some((name, text, l))
            })
            .collect()
    })
}

/// Every article concatenated `copies` times, each copy's sentences prefixed with a made-up
/// capitalised word of its own (as `../shared/bench/speed.py --unique-copies` does), so no
/// sentence repeats.
fn long_text(copies: usize) -> String {
    let base: Vec<&str> = articles().iter().map(|(_, t, _)| t.as_str()).collect();
    let base = base.join("\n\n");
    let mut out = base.clone();
    for i in 1..copies {
        let word = made_up_word(i * 7919);
        out.push_str("\n\n");
        let mut at_start = true;
        for (k, c) in base.char_indices() {
            if at_start && !c.is_whitespace() {
                out.push_str(&word);
                out.push(' ');
                at_start = false;
            }
            out.push(c);
            let ends = matches!(c, '.' | '!' | '?') && base.get(k + 1..).is_some_and(|r| r.starts_with(' '));
            if c == '\n' || ends {
                at_start = true;
            }
        }
    }
    out
}

fn made_up_word(mut i: usize) -> String {
    let mut s = String::new();
    loop {
        s.push(char::from(b"bcdfglmnprstvz"[i % 14]));
        s.push(char::from(b"aeiou"[(i / 14) % 5]));
        i /= 70;
        if i == 0 {
            break;
        }
    }
    let mut c = s.chars();
    c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
}

fn summarizer() -> &'static Summarizer {
    static S: OnceLock<Summarizer> = OnceLock::new();
    S.get_or_init(|| {
        Summarizer::new(Options { length: Length::Sentences(5), ..Options::default() }).expect("default options")
    })
}

fn long() -> &'static str {
    static LONG: OnceLock<String> = OnceLock::new();
    LONG.get_or_init(|| long_text(50))
}

#[divan::bench]
fn decode(b: Bencher) {
    let bytes: Vec<Vec<u8>> = articles().iter().map(|(_, t, _)| t.as_bytes().to_vec()).collect();
    for (raw, (name, text, _)) in bytes.iter().zip(articles()) {
        assert_eq!(sunto::decode(raw).map(|d| d.text).as_deref(), Ok(text.as_str()), "{name}");
    }
    b.bench(|| bytes.iter().map(|raw| sunto::decode(black_box(raw)).map_or(0, |d| d.text.len())).sum::<usize>());
}

#[divan::bench]
fn clean(b: Bencher) {
    for (name, text, _) in articles() {
        let doc = sunto::clean::clean(text, Format::Auto);
        assert!(!doc.blocks.is_empty() && doc.text.len() <= text.len() + 64, "{name}: nothing kept");
    }
    b.bench(|| {
        articles().iter().map(|(_, t, _)| sunto::clean::clean(black_box(t), Format::Auto).text.len()).sum::<usize>()
    });
}

#[divan::bench]
fn detect_language(b: Bencher) {
    let detector = Detector::new();
    for (name, text, lang) in articles() {
        assert_eq!(detector.detect(text).language, Some(*lang), "{name}");
    }
    b.bench(|| articles().iter().filter(|(_, t, _)| detector.detect(black_box(t)).language.is_some()).count());
}

/// Cleaning without boilerplate removal, language detection and sentence splitting.
#[divan::bench]
fn segment(b: Bencher) {
    for (name, text, _) in articles() {
        assert!(summarizer().segment(text).len() >= 5, "{name}: too few sentences");
    }
    b.bench(|| articles().iter().map(|(_, t, _)| summarizer().segment(black_box(t)).len()).sum::<usize>());
}

/// Everything up to key phrases (cleaning, language, sentences, words, key phrases).
#[divan::bench]
fn key_phrases(b: Bencher) {
    for (name, text, _) in articles() {
        let k = summarizer().extract_keywords(text);
        assert_eq!(k.len(), sunto::DEFAULT_KEYWORDS, "{name}");
        assert!(k.iter().all(|k| !k.occurrences.is_empty()), "{name}: a phrase without occurrences");
    }
    b.bench(|| articles().iter().map(|(_, t, _)| summarizer().extract_keywords(black_box(t)).len()).sum::<usize>());
}

/// The whole summary (key phrases, ranking and selection on top of the above).
#[divan::bench]
fn summarize(b: Bencher) {
    for (name, text, _) in articles() {
        let s = summarizer().summarize(text);
        assert_eq!(s.sentences.len(), 5, "{name}");
        assert!(s.sentences.iter().all(|x| text.get(x.span.range()).is_some()), "{name}: a span off the text");
    }
    b.bench(|| articles().iter().map(|(_, t, _)| summarizer().summarize(black_box(t)).sentences.len()).sum::<usize>());
}

/// One article at a time (the n-th input, in file-name order), to read the cost per article
/// (2-7 KB), as the first article a process reads: the stems learned from earlier texts are
/// forgotten before each (untimed), so every word is stemmed.
#[divan::bench(args = [0, 1, 2, 3, 4], sample_size = 1, sample_count = 500)]
fn summarize_article(b: Bencher, n: usize) {
    if let Some(text) = checked_article(n) {
        b.with_inputs(sunto::clear_caches).bench_values(|()| summarizer().summarize(black_box(text)).sentences.len());
    }
}

/// The same, with the stems of the article's words already learned (the article read again, or
/// after others sharing its words): the cost without stemming.
#[divan::bench(args = [0, 1, 2, 3, 4])]
fn summarize_article_stems_known(b: Bencher, n: usize) {
    if let Some(text) = checked_article(n) {
        b.bench(|| summarizer().summarize(black_box(text)).sentences.len());
    }
}

/// The n-th article, its summary checked; `None` when this run has fewer inputs (the fixtures).
fn checked_article(n: usize) -> Option<&'static str> {
    let (_, text, _) = articles().get(n)?;
    assert_eq!(summarizer().summarize(text).sentences.len(), 5);
    Some(text)
}

/// The articles concatenated 50 times with unique copies (about 1.2 MB with the samples).
#[divan::bench(sample_count = 10)]
fn summarize_long(b: Bencher) {
    let text = long();
    let s = summarizer().summarize(text);
    assert_eq!(s.sentences.len(), 5);
    assert!(s.stats.words > 50 * 300, "{} words", s.stats.words);
    b.bench(|| summarizer().summarize(black_box(text)).sentences.len());
}
