//! Times each stage on the files given, many times: `cargo run --release --example profile FILE...`
use std::time::Instant;

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let texts: Vec<String> = files.iter().filter_map(|f| std::fs::read_to_string(f).ok()).collect();
    let s = sunto::Summarizer::new(sunto::Options::default()).expect("default options");
    let rounds: usize = std::env::var("ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(200);
    let t = Instant::now();
    for _ in 0..rounds {
        for text in &texts {
            std::hint::black_box(sunto::clean::clean(text, sunto::Format::Auto));
        }
    }
    let clean = t.elapsed().as_secs_f64() * 1e3 / (rounds * texts.len()) as f64;
    let t = Instant::now();
    for _ in 0..rounds {
        for text in &texts {
            std::hint::black_box(s.summarize(text));
        }
    }
    let all = t.elapsed().as_secs_f64() * 1e3 / (rounds * texts.len()) as f64;
    // the slider: the same text again at each length, the analysis reused (SLIDER=0 skips it,
    // to profile a first summary alone)
    let positions = if std::env::var("SLIDER").as_deref() == Ok("0") { 0 } else { 10 };
    let at: Vec<sunto::Summarizer> = (1..=positions)
        .filter_map(|n| {
            let length = sunto::Length::Sentences(n);
            sunto::Summarizer::new(sunto::Options { length, ..Default::default() }).ok().map(|s| s.reusing())
        })
        .collect();
    let t = Instant::now();
    for _ in 0..rounds {
        for text in &texts {
            for s in &at {
                std::hint::black_box(s.summarize(text));
            }
        }
    }
    let again = t.elapsed().as_secs_f64() * 1e3 / (rounds * texts.len() * at.len().max(1)) as f64;
    println!(
        "per document: clean {clean:.3} ms, summarize (all stages) {all:.3} ms, again at another length {again:.3} ms"
    );
}
