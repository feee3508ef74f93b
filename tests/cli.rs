//! The `sunto` command line: readable and JSON output, bad files named with the others still
//! processed, the JSON-lines protocol, and `--extract`.

use std::io::Write;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_sunto");

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("sunto-cli-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(name);
    let _ = std::fs::write(&path, bytes);
    path
}

#[test]
fn bad_files_are_named_and_the_others_still_summarised() {
    let png = temp_file("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let empty = temp_file("empty.txt", b"");
    let out = Command::new(BIN)
        .args(["--json", "--sentences", "2"])
        .arg(&png)
        .arg(fixture("it_plain.txt"))
        .arg(&empty)
        .arg("/nonexistent/file.txt")
        .output()
        .expect("run sunto");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    assert!(lines[0].contains("photo.txt") && lines[0].contains("PNG"), "{stderr}");
    assert!(lines[1].contains("empty.txt") && lines[1].contains("no text"), "{stderr}");
    assert!(lines[2].contains("/nonexistent/file.txt"), "{stderr}");
    assert!(!stderr.contains("panicked"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let results: Vec<serde_json::Value> = stdout.lines().filter_map(|l| serde_json::from_str(l).ok()).collect();
    assert_eq!(results.len(), 1);
    assert_eq!(results[0]["language"], "it");
    assert_eq!(results[0]["sentences"].as_array().map(Vec::len), Some(2));
    // byte offsets slice the file
    let text = std::fs::read_to_string(fixture("it_plain.txt")).unwrap_or_default();
    for s in results[0]["sentences"].as_array().into_iter().flatten() {
        let (a, b) = (s["start"].as_u64().unwrap_or(0) as usize, s["end"].as_u64().unwrap_or(0) as usize);
        let first = s["text"].as_str().unwrap_or("").split(' ').next().unwrap_or("-");
        assert!(text.get(a..b).is_some_and(|x| x.starts_with(first)), "{a}..{b}");
    }
}

#[test]
fn readable_output_and_stdin() {
    let mut child = Command::new(BIN)
        .args(["--sentences", "1"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run sunto");
    let text = std::fs::read(fixture("en_pasted_web.txt")).unwrap_or_default();
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(&text);
    }
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("== standard input (en,"), "{stdout}");
    assert!(stdout.contains(" 1. ") && stdout.contains("Key phrases: "), "{stdout}");
    assert!(!stdout.contains(" 2. "));
}

#[test]
fn invalid_options_exit_2_with_a_message() {
    for args in [&["--sentences", "0"][..], &["--ratio", "3"], &["--lang", "xx"], &["--bogus"]] {
        let out = Command::new(BIN).args(args).output().expect("run sunto");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).starts_with("sunto: "), "{args:?}");
    }
}

#[test]
fn jsonl_answers_every_task_by_id() {
    let text = std::fs::read_to_string(fixture("it_pasted_web.txt")).unwrap_or_default();
    let requests = [
        serde_json::json!({"task": "summarize", "id": "a", "lang": "it", "text": text, "sentences": 2, "words": null}),
        serde_json::json!({"task": "summarize", "id": 7, "lang": "it", "text": text, "sentences": null, "words": 50}),
        serde_json::json!({"task": "keywords", "id": "k", "lang": "it", "text": text, "k": 5}),
        serde_json::json!({"task": "sentences", "id": "s", "lang": "en", "text": "One. Two, Mr. Smith said. Three?"}),
        serde_json::json!({"task": "extract", "id": "e", "lang": "en", "html": "<html><body><nav>Menu</nav><article><p>The text of the page, with a comma, is here.</p></article></body></html>"}),
        serde_json::json!({"task": "translate", "id": "x", "text": "hi"}),
    ];
    let input: String = requests.iter().map(|r| format!("{r}\nnot json\n")).collect();
    let mut child = Command::new(BIN).arg("jsonl").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().expect("run");
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input.as_bytes());
    }
    let out = child.wait_with_output().expect("wait");
    let answers: Vec<serde_json::Value> =
        String::from_utf8_lossy(&out.stdout).lines().filter_map(|l| serde_json::from_str(l).ok()).collect();
    let by_id = |id: serde_json::Value| answers.iter().find(|a| a["id"] == id).cloned().unwrap_or_default();
    assert_eq!(by_id("a".into())["summary"].as_array().map(Vec::len), Some(2));
    assert_eq!(by_id("a".into())["language"], "it");
    let words: usize = by_id(7.into())["summary"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| s.as_str().unwrap_or("").split_whitespace().count())
        .sum();
    assert!(words >= 50, "{words}");
    assert_eq!(by_id("k".into())["keywords"].as_array().map(Vec::len), Some(5));
    assert_eq!(by_id("s".into())["sentences"], serde_json::json!(["One.", "Two, Mr. Smith said.", "Three?"]));
    assert_eq!(by_id("e".into())["text"], "The text of the page, with a comma, is here.");
    assert!(by_id("x".into())["error"].as_str().is_some_and(|e| e.contains("translate")));
    // non-JSON lines get an error answer without an id, and nothing else breaks
    assert_eq!(answers.iter().filter(|a| a["id"].is_null()).count(), requests.len());
}

#[test]
fn extract_prints_the_main_text() {
    let out = Command::new(BIN).args(["--extract", "--json"]).arg(fixture("en_markdown.md")).output().expect("run");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    let text = v["text"].as_str().unwrap_or("");
    assert!(!text.is_empty() && !text.contains("](") && !text.contains("```"), "{text}");
    assert_eq!(v["encoding"], "utf-8");
}

#[test]
fn together_groups_documents_by_event() {
    let out = Command::new(BIN)
        .args(["--together", "--json", "--sentences", "2"])
        .arg(fixture("it_news_page.html"))
        .arg(fixture("it_windows1252.txt"))
        .arg(fixture("en_news_page.html"))
        .output()
        .expect("run");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    let groups = v["groups"].as_array().cloned().unwrap_or_default();
    assert_eq!(groups.len(), 3, "three unrelated stories: {v}");
    for g in &groups {
        let n = g["sentences"].as_array().map_or(0, Vec::len);
        assert!((1..=2).contains(&n), "{g}");
    }
}

#[test]
fn output_is_identical_run_after_run() {
    let run = || {
        Command::new(BIN)
            .args(["--json", "--sentences", "4"])
            .arg(fixture("it_news_page.html"))
            .arg(fixture("en_pasted_web.txt"))
            .output()
            .map(|o| o.stdout)
            .unwrap_or_default()
    };
    let first = run();
    assert!(!first.is_empty());
    for _ in 0..3 {
        assert_eq!(run(), first);
    }
}
