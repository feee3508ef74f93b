//! `sunto`: summaries and key phrases of articles on the command line.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::collections::HashMap;
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

use serde_json::{json, Value};
use sunto::wire::{self, OffsetUnit, OptionsInput};
use sunto::{clean::clean, Format, Summarizer};

const USAGE: &str = "\
sunto — extractive summaries and key phrases, computed locally

Usage:
  sunto [OPTIONS] [FILE...]     summarise each file (standard input when none)
  sunto --extract [FILE...]     print each file's cleaned main text (HTML, markdown or pasted
                                web text without boilerplate), with its title, byline and date
  sunto jsonl                   answer JSON-lines requests on standard input
                                (tasks: summarize, keywords, sentences, extract)

Options:
  -n, --sentences N   summary length in sentences (default 3)
  -r, --ratio R       summary length as a share of the sentences, 0 < R <= 1
  -w, --words W       summary length in words (whole sentences, at least W words,
                      counted as wc -w counts them; in Chinese and Japanese, each
                      ideograph or kana is a word)
  -k, --keywords K    number of key phrases (default 10)
  -l, --lang CODE     language: auto (default), it, en, fr, es, de, pt
  -f, --format F      input format: auto (default; by file extension, then content),
                      text, markdown, html
      --json          print one JSON object per file (offsets in bytes)
      --extract       print the cleaned main text instead of a summary
      --together      one digest of all the files, grouped by event (near-duplicates
                      merged, each sentence naming its file)
  -h, --help          print this help
  -V, --version       print the version

A file that cannot be read as text is reported on standard error with its name; the
other files are still processed, and the exit status is 1.";

struct Args {
    options: OptionsInput,
    json: bool,
    extract: bool,
    together: bool,
    files: Vec<String>,
    format_given: bool,
}

fn parse_args(raw: Vec<String>) -> Result<Args, String> {
    let mut a = Args {
        options: OptionsInput::default(),
        json: false,
        extract: false,
        together: false,
        files: Vec::new(),
        format_given: false,
    };
    let mut it = raw.into_iter();
    while let Some(arg) = it.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |what: &str| -> Result<String, String> {
            inline.clone().or_else(|| it.next()).ok_or_else(|| format!("{name} needs {what}"))
        };
        let number = |s: String, name: &str| -> Result<f64, String> {
            s.parse::<f64>().map_err(|_| format!("{name}: {s:?} is not a number"))
        };
        match name.as_str() {
            "-n" | "--sentences" => a.options.sentences = Some(number(value("a number")?, &name)?),
            "-r" | "--ratio" => a.options.ratio = Some(number(value("a number")?, &name)?),
            "-w" | "--words" => a.options.words = Some(number(value("a number")?, &name)?),
            "-k" | "--keywords" => a.options.keywords = Some(number(value("a number")?, &name)?),
            "-l" | "--lang" | "--language" => a.options.language = Some(value("a language code")?),
            "-f" | "--format" => {
                a.options.format = Some(value("a format")?);
                a.format_given = true;
            }
            "--json" => a.json = true,
            "--extract" => a.extract = true,
            "--together" => a.together = true,
            "-" => a.files.push(arg),
            s if s.starts_with('-') => return Err(format!("unknown option {s} (see sunto --help)")),
            _ => a.files.push(arg),
        }
    }
    Ok(a)
}

fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    match raw.first().map(String::as_str) {
        Some("-h" | "--help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some("-V" | "--version") => {
            println!("sunto {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Some("jsonl") => return jsonl(),
        _ => {}
    }
    let args = match parse_args(raw) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("sunto: {e}");
            return ExitCode::from(2);
        }
    };
    let summarizer = match args.options.to_options().and_then(Summarizer::new) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("sunto: {e}");
            return ExitCode::from(2);
        }
    };
    let files = if args.files.is_empty() { vec!["-".to_string()] } else { args.files.clone() };
    let mut failed = false;
    let mut together: Vec<(String, String, Format)> = Vec::new();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    for (n, file) in files.iter().enumerate() {
        let bytes = if file == "-" {
            let mut buf = Vec::new();
            io::stdin().read_to_end(&mut buf).map(|_| buf)
        } else {
            std::fs::read(file)
        };
        let name = if file == "-" { "standard input" } else { file.as_str() };
        let decoded = match bytes.map_err(|e| e.to_string()).and_then(|b| sunto::decode(&b).map_err(|e| e.to_string()))
        {
            Ok(d) => d,
            Err(e) => {
                eprintln!("sunto: {name}: {e}");
                failed = true;
                continue;
            }
        };
        let text = decoded.text;
        let format = if args.format_given {
            summarizer.options().format
        } else {
            Format::from_file_name(file).unwrap_or(Format::Auto)
        };
        if args.together {
            together.push((name.to_string(), text, format));
            continue;
        }
        if args.extract {
            let doc = clean(&text, format);
            let result = if args.json {
                let value = json!({
                    "file": name, "encoding": decoded.encoding, "title": doc.meta.title,
                    "byline": doc.meta.byline, "date": doc.meta.date, "text": doc.text,
                });
                writeln!(out, "{value}")
            } else {
                let mut head = String::new();
                for (label, v) in [("Title", &doc.meta.title), ("By", &doc.meta.byline), ("Date", &doc.meta.date)] {
                    if let Some(v) = v {
                        head.push_str(&format!("{label}: {v}\n"));
                    }
                }
                writeln!(out, "{}== {name} ({})\n{head}\n{}", if n > 0 { "\n" } else { "" }, decoded.encoding, doc.text)
            };
            if result.is_err() {
                return ExitCode::FAILURE;
            }
            continue;
        }
        let summary = summarizer.summarize_as(&text, format);
        let result = if args.json {
            let mut value =
                serde_json::to_value(wire::summary(&summary, &text, OffsetUnit::Bytes)).unwrap_or(Value::Null);
            if let Some(obj) = value.as_object_mut() {
                obj.insert("file".into(), json!(name));
            }
            writeln!(out, "{value}")
        } else {
            print_readable(&mut out, name, &summary, n > 0)
        };
        if result.is_err() {
            return ExitCode::FAILURE; // stdout closed
        }
    }
    if args.together && print_digest(&mut out, &summarizer, &together, args.json).is_err() {
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn print_digest(out: &mut impl Write, s: &Summarizer, docs: &[(String, String, Format)], json: bool) -> io::Result<()> {
    let inputs: Vec<(&str, Format)> = docs.iter().map(|(_, t, f)| (t.as_str(), *f)).collect();
    let digest = s.summarize_many(&inputs);
    let texts: Vec<&str> = docs.iter().map(|(_, t, _)| t.as_str()).collect();
    let names: Vec<&str> = docs.iter().map(|(n, _, _)| n.as_str()).collect();
    if json {
        let mut value = serde_json::to_value(wire::digest(&digest, &texts, OffsetUnit::Bytes)).unwrap_or(Value::Null);
        if let Some(obj) = value.as_object_mut() {
            obj.insert("files".into(), json!(names));
        }
        return writeln!(out, "{value}");
    }
    writeln!(out, "== Digest of {} files: {} group(s)", docs.len(), digest.groups.len())?;
    for (g, group) in digest.groups.iter().enumerate() {
        let year = group.year.map(|y| format!(" ({y})")).unwrap_or_default();
        let files: Vec<&str> = group.documents.iter().filter_map(|&d| names.get(d).copied()).collect();
        writeln!(out, "\n-- {}. {}{year}: {}", g + 1, group.label, files.join(", "))?;
        for (i, sent) in group.sentences.iter().enumerate() {
            let file = names.get(sent.document).copied().unwrap_or("?");
            let short = file.rsplit('/').next().unwrap_or(file);
            writeln!(out, "{:>2}. [{short}] {}", i + 1, sent.text)?;
        }
    }
    Ok(())
}

fn print_readable(out: &mut impl Write, name: &str, s: &sunto::Summary, gap: bool) -> io::Result<()> {
    if gap {
        writeln!(out)?;
    }
    let lang = s.language.map_or("unknown language", |l| l.code());
    writeln!(out, "== {name} ({lang}, {} words → {} words)", s.stats.words, s.stats.summary_words)?;
    if let Some(t) = &s.meta.title {
        writeln!(out, "Title: {t}")?;
    }
    if s.sentences.is_empty() {
        writeln!(out, "(no sentences to summarise)")?;
    }
    for (i, sent) in s.sentences.iter().enumerate() {
        writeln!(out, "{:>2}. {}", i + 1, sent.text)?;
    }
    if !s.keywords.is_empty() {
        let k: Vec<&str> = s.keywords.iter().map(|k| k.text.as_str()).collect();
        writeln!(out, "Key phrases: {}", k.join(", "))?;
    }
    Ok(())
}

/// The JSON-lines protocol of the benchmark harness: one request per line in, one answer per
/// line out, matched by `id`.
fn jsonl() -> ExitCode {
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut cache: HashMap<String, Summarizer> = HashMap::new();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        if line.trim().is_empty() {
            continue;
        }
        let request = serde_json::from_str::<Value>(&line);
        // the request's text is parsed out of the line: a long text is not kept twice
        drop(line);
        let answer = match request {
            Ok(req) => answer(&req, &mut cache),
            Err(e) => json!({ "id": null, "error": format!("not a JSON object: {e}") }),
        };
        if writeln!(out, "{answer}").and_then(|_| out.flush()).is_err() {
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn answer(req: &Value, cache: &mut HashMap<String, Summarizer>) -> Value {
    let id = req.get("id").cloned().unwrap_or(Value::Null);
    let task = req.get("task").and_then(Value::as_str).unwrap_or("summarize");
    let lang = req.get("lang").and_then(Value::as_str).filter(|l| sunto::Language::from_code(l).is_some());
    let num = |k: &str| req.get(k).and_then(Value::as_f64);
    let mut options = OptionsInput { language: lang.map(str::to_string), ..OptionsInput::default() };
    match task {
        "summarize" => {
            options.sentences = num("sentences");
            options.words = if options.sentences.is_none() { num("words") } else { None };
        }
        "keywords" => options.keywords = Some(num("k").unwrap_or(10.0)),
        _ => {}
    }
    let key = format!("{options:?}");
    if !cache.contains_key(&key) {
        match options.to_options().and_then(Summarizer::new) {
            Ok(s) => {
                cache.insert(key.clone(), s);
            }
            Err(e) => return json!({ "id": id, "error": e.to_string() }),
        }
    }
    let Some(summarizer) = cache.get(&key) else { return json!({ "id": id, "error": "internal error" }) };
    let text = req.get("text").and_then(Value::as_str).unwrap_or("");
    match task {
        "summarize" => {
            let s = summarizer.summarize(text);
            json!({
                "id": id,
                "summary": s.sentences.iter().map(|x| x.text.as_str()).collect::<Vec<_>>(),
                "keywords": s.keywords.iter().map(|k| k.text.as_str()).collect::<Vec<_>>(),
                "language": s.language.map_or("und", |l| l.code()),
                "title": s.meta.title,
            })
        }
        "keywords" => {
            let keywords = summarizer.extract_keywords(text);
            json!({ "id": id, "keywords": keywords.iter().map(|k| k.text.as_str()).collect::<Vec<_>>() })
        }
        "sentences" => {
            let list = summarizer.segment(text);
            json!({ "id": id, "sentences": list.iter().map(|s| s.span.slice(text)).collect::<Vec<_>>() })
        }
        "extract" => {
            let html = req.get("html").and_then(Value::as_str).unwrap_or(text);
            let doc = clean(html, Format::Html);
            json!({ "id": id, "text": doc.text, "title": doc.meta.title })
        }
        other => json!({ "id": id, "error": format!("unknown task {other:?}") }),
    }
}
