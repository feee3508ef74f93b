//! Property tests: arbitrary strings and bytes never panic, and every span a result carries is in
//! bounds, on character boundaries, sorted and not overlapping. Inputs come from a fixed-seed
//! generator over an alphabet chosen to hurt (multi-byte letters, emoji, quotes, markup,
//! entities, newlines), so a failure reproduces exactly.

use sunto::{Format, Length, Options, Span, Summarizer};

/// xorshift64*: small, deterministic, good enough to explore inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "a",
    "b",
    "Z",
    "è",
    "é",
    "ß",
    "Ł",
    "ж",
    "東",
    "京",
    "😀",
    "👍🏽",
    "\u{301}",
    "\u{200d}",
    "\u{feff}",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    ".",
    ". ",
    "!",
    "?",
    "…",
    "...",
    ",",
    ";",
    ":",
    "'",
    "’",
    "\"",
    "“",
    "”",
    "«",
    "»",
    "(",
    ")",
    "[",
    "]",
    "](",
    "*",
    "**",
    "_",
    "#",
    "# ",
    "- ",
    "1. ",
    "<p>",
    "</p>",
    "<div>",
    "<br>",
    "<script>",
    "&amp;",
    "&egrave;",
    "&#8217;",
    "&",
    "<",
    ">",
    "@",
    "http://x.it",
    "55mila",
    "3,5",
    "U.S.",
    "S.p.A.",
    "l’",
    "dell'",
    "piu'",
    "Sig.",
    "Dott.ssa",
    "Il",
    "la",
    "the",
    "Roma",
    "Putin",
    "governo",
    "\0",
    "\u{202e}",
    "Share",
    "© 2026",
];

fn text(rng: &mut Rng) -> String {
    let n = rng.below(400);
    (0..n).map(|_| PIECES[rng.below(PIECES.len())]).collect()
}

fn check_spans(what: &str, text: &str, spans: &[Span], sorted: bool) -> Result<(), String> {
    let mut prev = 0usize;
    for s in spans {
        if text.get(s.range()).is_none() {
            return Err(format!("{what}: {s:?} out of bounds or off a character boundary"));
        }
        if sorted && s.start < prev {
            return Err(format!("{what}: {s:?} overlaps or is out of order"));
        }
        prev = s.end;
    }
    Ok(())
}

fn check(text: &str, format: Format, s: &Summarizer) -> Result<(), String> {
    let summary = s.summarize_as(text, format);
    let spans: Vec<Span> = summary.sentences.iter().map(|x| x.span).collect();
    check_spans("summary", text, &spans, true)?;
    for k in &summary.keywords {
        check_spans("key phrase", text, &k.occurrences, true)?;
    }
    let sentences: Vec<Span> = s.sentences(text).iter().map(|x| x.span).collect();
    check_spans("sentences", text, &sentences, true)?;
    let segments: Vec<Span> = s.segment(text).iter().map(|x| x.span).collect();
    check_spans("segments", text, &segments, true)?;
    // both wire conversions, UTF-16 included
    for unit in [sunto::wire::OffsetUnit::Bytes, sunto::wire::OffsetUnit::Utf16] {
        let w = sunto::wire::summary(&summary, text, unit);
        if w.sentences.iter().any(|x| x.start > x.end) {
            return Err("wire offsets inverted".into());
        }
    }
    Ok(())
}

#[test]
fn arbitrary_strings_never_panic_and_spans_hold() {
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let summarizers: Vec<Summarizer> =
        [Length::Sentences(1), Length::Sentences(4), Length::Ratio(0.5), Length::Words(30)]
            .into_iter()
            .filter_map(|length| Summarizer::new(Options { length, ..Options::default() }).ok())
            .collect();
    assert_eq!(summarizers.len(), 4);
    for case in 0..600 {
        let t = text(&mut rng);
        let format = [Format::Auto, Format::Text, Format::Markdown, Format::Html][case % 4];
        let s = &summarizers[case % summarizers.len()];
        if let Err(e) = check(&t, format, s) {
            panic!("case {case} ({format:?}): {e}\ninput: {t:?}");
        }
    }
}

#[test]
fn arbitrary_bytes_decode_or_refuse_cleanly() {
    let mut rng = Rng(0xb17e_5000_0000_0042);
    for case in 0..500 {
        let n = rng.below(2000);
        let bytes: Vec<u8> = (0..n).map(|_| (rng.next() & 0xff) as u8).collect();
        match sunto::decode(&bytes) {
            Ok(d) => {
                if let Err(e) = check(
                    &d.text,
                    Format::Auto,
                    &Summarizer::new(Options::default()).unwrap_or_else(|_| unreachable!()),
                ) {
                    panic!("case {case}: {e}");
                }
            }
            Err(e) => assert!(!e.to_string().is_empty()),
        }
    }
}

#[test]
fn digests_of_arbitrary_documents_hold() {
    let mut rng = Rng(0xd16e_57ed_0000_0003);
    let s = Summarizer::new(Options::default()).unwrap_or_else(|_| unreachable!());
    for _ in 0..60 {
        let texts: Vec<String> = (0..1 + rng.below(4)).map(|_| text(&mut rng)).collect();
        let inputs: Vec<(&str, Format)> = texts.iter().map(|t| (t.as_str(), Format::Auto)).collect();
        let d = s.summarize_many(&inputs);
        for g in &d.groups {
            for sent in &g.sentences {
                assert!(texts.get(sent.document).and_then(|t| t.get(sent.span.range())).is_some());
            }
        }
    }
}

#[test]
fn same_input_same_output() {
    let text = include_str!("fixtures/it_pasted_web.txt");
    let a = Summarizer::new(Options::default()).map(|s| s.summarize(text));
    let b = Summarizer::new(Options::default()).map(|s| s.summarize(text));
    assert_eq!(a, b);
}
