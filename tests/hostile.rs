//! Hostile and odd inputs (issue 10): each gives sensible output or a clear error, quickly, and
//! never panics; spans stay in bounds and on character boundaries.

mod common;

use std::time::Instant;

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
