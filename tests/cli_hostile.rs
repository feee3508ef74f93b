//! Hostile and odd inputs through the `sunto` command line (issue 10): each file gives a summary
//! (exit 0, JSON whose offsets slice the decoded text) or a one-line message naming the file and
//! the problem (exit 1), in bounded time, and never a panic or an abort (exit 101 or a signal).
//! The inputs are in `tests/hostile_inputs/`; the binary is the one Cargo builds for this test
//! run (debug with plain `cargo test`; see there for the sizes).

mod hostile_inputs;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use hostile_inputs::{cases, Case, Expect};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_sunto");

struct Run {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
    seconds: f64,
}

fn dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("sunto-cli-hostile-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    dir
}

/// Runs `sunto args…` with `stdin` as standard input (or none), output into files (the output of a
/// 20 MB input is large), killed after `limit` seconds.
fn run(args: &[&std::ffi::OsStr], stdin: Option<&[u8]>, limit: f64, tag: &str) -> Run {
    let base = dir().join(tag.replace(|c: char| !c.is_ascii_alphanumeric(), "_"));
    let (out_path, err_path, in_path) =
        (base.with_extension("out"), base.with_extension("err"), base.with_extension("in"));
    let stdin_cfg = match stdin {
        Some(bytes) => {
            std::fs::write(&in_path, bytes).expect("write stdin");
            Stdio::from(std::fs::File::open(&in_path).expect("open stdin"))
        }
        None => Stdio::null(),
    };
    let started = Instant::now();
    let mut child = Command::new(BIN)
        .args(args)
        .env("RUST_BACKTRACE", "1")
        .stdin(stdin_cfg)
        .stdout(std::fs::File::create(&out_path).expect("stdout file"))
        .stderr(std::fs::File::create(&err_path).expect("stderr file"))
        .spawn()
        .expect("run sunto");
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break Some(status);
        }
        if started.elapsed() > Duration::from_secs_f64(limit * 2.0) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let seconds = started.elapsed().as_secs_f64();
    let run = Run {
        code: status.and_then(|s| s.code()),
        stdout: std::fs::read(&out_path).unwrap_or_default(),
        stderr: std::fs::read_to_string(&err_path).unwrap_or_default(),
        seconds,
    };
    for p in [out_path, err_path, in_path] {
        let _ = std::fs::remove_file(p);
    }
    assert!(status.is_some(), "{tag}: still running after {:.0} s, killed", limit * 2.0);
    run
}

/// No panic, no abort, no signal; exit 0 or 1; within the case's time.
fn sane(tag: &str, r: &Run, limit: f64) {
    assert!(!r.stderr.contains("panicked"), "{tag}: panicked: {}", r.stderr);
    assert!(matches!(r.code, Some(0 | 1)), "{tag}: exit {:?} (a signal when None): {}", r.code, r.stderr);
    assert!(r.seconds < limit, "{tag}: took {:.1} s, limit {limit} s", r.seconds);
    println!("{tag}: exit {:?} in {:.2} s", r.code, r.seconds);
}

/// A summary on stdout: one JSON object whose spans slice `text` where its sentences are.
fn check_summary(tag: &str, r: &Run, case: &Case) {
    let Expect::Summary { text, sentences, contains, absent, .. } = &case.expect else { return };
    assert_eq!(r.code, Some(0), "{tag}: {}", r.stderr);
    assert!(r.stderr.is_empty(), "{tag}: stderr {}", r.stderr);
    let v: Value = serde_json::from_slice(&r.stdout).unwrap_or_else(|e| panic!("{tag}: not one JSON object: {e}"));
    let got = v["sentences"].as_array().cloned().unwrap_or_default();
    assert!(sentences.contains(&got.len()), "{tag}: {} sentences, expected {sentences:?}", got.len());
    let mut joined = String::new();
    for s in &got {
        let (a, b) = (s["start"].as_u64().unwrap_or(0) as usize, s["end"].as_u64().unwrap_or(0) as usize);
        let slice = text.get(a..b).unwrap_or_else(|| panic!("{tag}: span {a}..{b} not on the text"));
        let said = s["text"].as_str().unwrap_or("");
        assert!(!said.trim().is_empty(), "{tag}: an empty sentence");
        let first = said.split_whitespace().next().unwrap_or("");
        assert!(slice.contains(first), "{tag}: span {a}..{b} does not hold {first:?}");
        joined.push_str(said);
        joined.push(' ');
    }
    for k in v["keywords"].as_array().into_iter().flatten() {
        for o in k["occurrences"].as_array().into_iter().flatten() {
            let (a, b) = (o["start"].as_u64().unwrap_or(0) as usize, o["end"].as_u64().unwrap_or(0) as usize);
            assert!(text.get(a..b).is_some(), "{tag}: key phrase span {a}..{b} not on the text");
        }
    }
    for want in contains.iter() {
        assert!(joined.contains(want), "{tag}: {want:?} not in the summary {joined:?}");
    }
    for bad in absent.iter() {
        assert!(!joined.contains(bad), "{tag}: {bad:?} in the summary {joined:?}");
    }
}

fn file_case(case: &Case) {
    let path = dir().join(case.file);
    std::fs::write(&path, &case.bytes).expect("write input");
    let limit = case.limit();
    let r = run(&["--json".as_ref(), path.as_os_str()], None, limit, case.name);
    sane(case.name, &r, limit);
    match &case.expect {
        Expect::Refused(why) => {
            assert_eq!(r.code, Some(1), "{}: refused with exit 1", case.name);
            assert!(r.stdout.is_empty(), "{}: nothing on stdout", case.name);
            let line = r.stderr.trim_end();
            assert_eq!(line.lines().count(), 1, "{}: one line: {line}", case.name);
            assert!(line.starts_with("sunto: ") && line.contains(case.file), "{}: names the file: {line}", case.name);
            assert!(line.contains(why), "{}: says {why:?}: {line}", case.name);
        }
        Expect::Summary { encoding, .. } => {
            check_summary(case.name, &r, case);
            if !case.is_large() {
                // the encoding it was read in
                let r = run(&["--extract".as_ref(), "--json".as_ref(), path.as_os_str()], None, limit, case.name);
                sane(case.name, &r, limit);
                let v: Value = serde_json::from_slice(&r.stdout).unwrap_or_default();
                assert_eq!(v["encoding"], *encoding, "{}", case.name);
            }
        }
    }
    let _ = std::fs::remove_file(&path);
}

#[test]
fn small_hostile_files() {
    for case in cases().iter().filter(|c| !c.is_large()) {
        file_case(case);
    }
}

#[test]
fn large_hostile_files() {
    for case in cases().iter().filter(|c| c.is_large()) {
        file_case(case);
    }
}

#[test]
fn large_hostile_files_as_readable_text() {
    // The readable output, the default: one line per sentence, never a dump of the input's bytes.
    for case in cases().iter().filter(|c| c.is_large() && matches!(c.expect, Expect::Summary { .. })) {
        let path = dir().join(format!("plain-{}", case.file));
        std::fs::write(&path, &case.bytes).expect("write input");
        let limit = case.limit();
        let r = run(&[path.as_os_str()], None, limit, &format!("{} (text)", case.name));
        sane(case.name, &r, limit);
        assert_eq!(r.code, Some(0), "{}", case.name);
        let out = String::from_utf8_lossy(&r.stdout);
        assert!(out.starts_with("== "), "{}: {}", case.name, out.chars().take(200).collect::<String>());
        let _ = std::fs::remove_file(&path);
    }
}

#[test]
fn hostile_standard_input() {
    for case in cases().iter().filter(|c| !c.is_large()) {
        let tag = format!("{} on stdin", case.name);
        let limit = case.limit();
        let r = run(&["--json".as_ref()], Some(&case.bytes), limit, &tag);
        sane(&tag, &r, limit);
        match &case.expect {
            Expect::Refused(why) => {
                assert_eq!(r.code, Some(1), "{tag}");
                assert!(r.stderr.contains("standard input") && r.stderr.contains(why), "{tag}: {}", r.stderr);
            }
            // Standard input has no file name: HTML and markdown are told by their content.
            Expect::Summary { .. } if case.file.ends_with(".txt") => check_summary(&tag, &r, case),
            Expect::Summary { .. } => assert_eq!(r.code, Some(0), "{tag}: {}", r.stderr),
        }
    }
}

#[test]
fn every_bad_file_is_named_and_the_good_ones_still_summarised() {
    let all = cases();
    let mut args: Vec<std::ffi::OsString> = vec!["--json".into()];
    let mut bad = Vec::new();
    for case in all.iter().filter(|c| !c.is_large() || matches!(c.expect, Expect::Refused(_))) {
        let path = dir().join(format!("mixed-{}", case.file));
        std::fs::write(&path, &case.bytes).expect("write input");
        if let Expect::Refused(why) = case.expect {
            bad.push((path.display().to_string(), why));
        }
        args.push(path.into_os_string());
    }
    let good = args.len() - 1 - bad.len();
    let refs: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_os_str()).collect();
    let r = run(&refs, None, 40.0, "mixed");
    sane("mixed", &r, 40.0);
    assert_eq!(r.code, Some(1));
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), bad.len(), "{}", r.stderr);
    for ((path, why), line) in bad.iter().zip(&lines) {
        assert!(line.contains(path.as_str()) && line.contains(why), "{line}");
    }
    let answers =
        String::from_utf8_lossy(&r.stdout).lines().filter(|l| serde_json::from_str::<Value>(l).is_ok()).count();
    assert_eq!(answers, good);
    for a in &args[1..] {
        let _ = std::fs::remove_file(a);
    }
}
