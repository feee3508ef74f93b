//! Times each stage on the files given, many times: `cargo run --release --example profile FILE...`
//!
//! Prints wall time and, on Linux, the time this thread was on a CPU (from
//! `/proc/thread-self/schedstat`): on a shared machine the wall time also counts the moments the
//! process waited for a CPU, the CPU time does not.
use std::time::Instant;

/// Nanoseconds this thread has run on a CPU, where Linux tells it.
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}

/// Milliseconds per item of the CPU time since `start`, shown as ` (CPU x ms)`.
fn cpu_ms(start: Option<u64>, items: usize) -> String {
    match (start, cpu_ns()) {
        (Some(a), Some(b)) => format!(" (CPU {:.3} ms)", b.saturating_sub(a) as f64 / 1e6 / items.max(1) as f64),
        _ => String::new(),
    }
}

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let texts: Vec<String> = files.iter().filter_map(|f| std::fs::read_to_string(f).ok()).collect();
    let s = sunto::Summarizer::new(sunto::Options::default()).expect("default options");
    let rounds: usize = std::env::var("ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(200);
    let n = rounds * texts.len();
    let (t, c) = (Instant::now(), cpu_ns());
    for _ in 0..rounds {
        for text in &texts {
            std::hint::black_box(sunto::clean::clean(text, sunto::Format::Auto));
        }
    }
    let clean = t.elapsed().as_secs_f64() * 1e3 / n as f64;
    let clean_cpu = cpu_ms(c, n);
    let (t, c) = (Instant::now(), cpu_ns());
    for _ in 0..rounds {
        for text in &texts {
            std::hint::black_box(s.summarize(text));
        }
    }
    let all = t.elapsed().as_secs_f64() * 1e3 / n as f64;
    let all_cpu = cpu_ms(c, n);
    // as the first text a process reads: nothing learned from the texts before (the clearing,
    // which frees the learned stems, is timed with it)
    let (t, c) = (Instant::now(), cpu_ns());
    for _ in 0..rounds {
        for text in &texts {
            sunto::clear_caches();
            std::hint::black_box(s.summarize(text));
        }
    }
    let first = t.elapsed().as_secs_f64() * 1e3 / n as f64;
    let first_cpu = cpu_ms(c, n);
    // the slider: the same text again at each length, the analysis reused (SLIDER=0 skips it,
    // to profile a first summary alone)
    let positions = if std::env::var("SLIDER").as_deref() == Ok("0") { 0 } else { 10 };
    let at: Vec<sunto::Summarizer> = (1..=positions)
        .filter_map(|n| {
            let length = sunto::Length::Sentences(n);
            sunto::Summarizer::new(sunto::Options { length, ..Default::default() }).ok().map(|s| s.reusing())
        })
        .collect();
    let (t, c) = (Instant::now(), cpu_ns());
    for _ in 0..rounds {
        for text in &texts {
            for s in &at {
                std::hint::black_box(s.summarize(text));
            }
        }
    }
    let again = t.elapsed().as_secs_f64() * 1e3 / (n * at.len().max(1)) as f64;
    let again_cpu = cpu_ms(c, n * at.len());
    println!(
        "per document: clean {clean:.3} ms{clean_cpu}, summarize (all stages; the words' stems known from the \
         rounds before) {all:.3} ms{all_cpu}, summarize with nothing learned {first:.3} ms{first_cpu}, \
         again at another length {again:.3} ms{again_cpu}"
    );
}
