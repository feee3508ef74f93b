//! Hostile and odd inputs (issue 10): each gives sensible output or a clear error, quickly, and
//! never panics; spans stay in bounds and on character boundaries.

mod common;
mod hostile_inputs;

use std::time::Instant;

use hostile_inputs::{cases, Expect};
use sunto::{Format, Summarizer};

fn check(name: &str, text: &str) {
    let started = Instant::now();
    let fails = common::check_invariants(text, 3);
    assert!(fails.is_empty(), "{name}: {fails:?}");
    let s = sunto::summarize(text);
    for k in &s.keywords {
        for o in &k.occurrences {
            assert!(text.get(o.range()).is_some(), "{name}: key phrase span {o:?}");
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    println!("{name}: {} bytes in {elapsed:.2} s", text.len());
    // generous: debug builds are ten times slower than release
    assert!(elapsed < 60.0, "{name} took {elapsed:.1} s");
}

#[test]
fn odd_texts() {
    let cases: Vec<(&str, String)> = vec![
        ("empty", String::new()),
        ("whitespace", " \n\t \r\n ".into()),
        ("one word", "parola".into()),
        ("one sentence", "Una sola frase, senza altro.".into()),
        ("NUL bytes", "testo\0con\0zeri\0. Altro testo.".into()),
        ("right to left", "مرحبا بالعالم. هذه جملة ثانية طويلة قليلا. שלום עולם.".into()),
        ("CJK and emoji", "東京は日本の首都です。人口が多い。😀🎉 Emoji 👍🏽 in mezzo. 家族👨‍👩‍👧.".into()),
        ("combining marks", "Cafe\u{301} e\u{300} qui. Zalgo t\u{336}\u{337}e\u{338}x\u{335}t. Fine.".into()),
        ("lone surrogates replaced", String::from_utf8_lossy(b"bad \xed\xa0\x80 bytes. more \xff text.").into_owned()),
    ];
    for (name, text) in &cases {
        check(name, text);
    }
}

#[test]
fn large_and_adversarial() {
    let word = "lorem ipsum dolor sit amet consectetur ";
    let cases: Vec<(&str, String)> = vec![
        ("2 MB without punctuation", word.repeat(2_000_000 / word.len())),
        ("1 MB single word", "a".repeat(1_000_000)),
        ("markdown link bomb", "[".repeat(200_000) + &"](x)".repeat(1000)),
        ("nested emphasis", "**_".repeat(100_000)),
        ("many headings", "Titolo senza punto\n".repeat(50_000)),
        (
            "a megabyte of script",
            format!(
                "<html><body><script>{}</script><p>Testo vero, finalmente, qui.</p></body></html>",
                "var a = '<p>x</p>';".repeat(50_000)
            ),
        ),
        ("deep HTML", format!("<body>{}<p>Fondo, davvero in fondo.</p>", "<div><span>".repeat(50_000))),
        ("entity bomb", "&amp;".repeat(200_000)),
        ("many dots", ". ".repeat(300_000)),
        ("quotes", "«\"“".repeat(100_000)),
    ];
    for (name, text) in &cases {
        check(name, text);
    }
}

/// The whole list of issue 10 (`tests/hostile_inputs/`), as files: decoded as a dropped file is,
/// then summarised in the format its name gives; refused ones name the problem.
#[test]
fn the_issue_list_as_files() {
    let summarizer = Summarizer::new(sunto::Options::default()).expect("default options");
    for case in cases() {
        let started = Instant::now();
        let name = case.name;
        match (&case.expect, sunto::decode(&case.bytes)) {
            (Expect::Refused(why), Err(e)) => assert!(e.to_string().contains(why), "{name}: {e}"),
            (Expect::Refused(why), Ok(d)) => panic!("{name}: read as {} text, expected refused ({why})", d.encoding),
            (Expect::Summary { .. }, Err(e)) => panic!("{name}: refused: {e}"),
            (Expect::Summary { text, encoding, sentences, contains, absent }, Ok(d)) => {
                assert_eq!(d.encoding, *encoding, "{name}");
                assert!(d.text == *text, "{name}: decoded text differs from the expected");
                let s = summarizer.summarize_as(&d.text, Format::from_file_name(case.file).unwrap_or(Format::Auto));
                assert!(sentences.contains(&s.sentences.len()), "{name}: {} sentences", s.sentences.len());
                let joined: String = s.sentences.iter().map(|x| x.text.as_str()).collect::<Vec<_>>().join(" ");
                let mut end = 0;
                for sent in &s.sentences {
                    assert!(d.text.get(sent.span.range()).is_some(), "{name}: span {:?}", sent.span);
                    assert!(sent.span.start >= end, "{name}: span {:?} overlaps or is out of order", sent.span);
                    end = sent.span.end;
                }
                for k in &s.keywords {
                    for o in &k.occurrences {
                        assert!(d.text.get(o.range()).is_some(), "{name}: key phrase span {o:?}");
                    }
                }
                for want in contains.iter() {
                    assert!(joined.contains(want), "{name}: {want:?} not in {joined:?}");
                }
                for bad in absent.iter() {
                    assert!(!joined.contains(bad), "{name}: {bad:?} in {joined:?}");
                }
            }
        }
        let elapsed = started.elapsed().as_secs_f64();
        println!("{name}: {} bytes in {elapsed:.2} s", case.bytes.len());
        assert!(elapsed < case.limit(), "{name} took {elapsed:.1} s, limit {} s", case.limit());
    }
}

/// Past the HTML reader's depth cap (256 open elements) a `<script>` or `<style>` still hides its
/// text: the code of a page nested that deep never becomes a summary sentence.
#[test]
fn script_below_the_depth_cap_stays_hidden() {
    let html = format!(
        "<body>{}<p>Fondo, davvero in fondo al documento.</p><script>window.__pwned = 1;</script>\
         <style>p {{ color: red }}</style><p>Seconda frase del testo, qui.</p>",
        "<div>".repeat(300)
    );
    let doc = sunto::clean::clean(&html, Format::Html);
    assert!(doc.text.contains("Fondo") && doc.text.contains("Seconda"), "{}", doc.text);
    assert!(!doc.text.contains("pwned") && !doc.text.contains("color"), "{}", doc.text);
}

/// A phrase repeated tens of thousands of times lists at most `MAX_OCCURRENCES` occurrences, in
/// order, each on the text: the answer stays bounded.
#[test]
fn occurrences_are_bounded() {
    let text = "Il consiglio comunale di Vallefonda approva il bilancio. ".repeat(12_000);
    let s = sunto::Summarizer::new(sunto::Options::default()).map(|s| s.summarize(&text));
    let Ok(s) = s else { panic!("default options") };
    let most = s.keywords.iter().map(|k| k.occurrences.len()).max().unwrap_or(0);
    assert_eq!(most, sunto::MAX_OCCURRENCES);
    for k in &s.keywords {
        assert!(k.occurrences.windows(2).all(|w| w[0].end <= w[1].start), "{}", k.text);
        assert!(k.occurrences.iter().all(|o| text.get(o.range()).is_some()), "{}", k.text);
    }
}
