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
    println!("per document: clean {clean:.3} ms, summarize (all stages) {all:.3} ms");
}
