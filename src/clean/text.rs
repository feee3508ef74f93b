//! Plain text and markdown: lines → paragraphs → boilerplate removal → cleaned document.

use super::boilerplate::{classify, dateline_len, Boiler};
use super::{inline, BlockKind, Builder, Document};
use crate::options::Format;
use crate::segment::{ends_with_emoticon, is_link, lowercase_starts};
use crate::span::Span;

/// How a line of the input reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LineKind {
    Blank,
    Text,
    /// A markdown heading (`#` or setext), with its level.
    Heading(u8),
    ListItem,
    /// Fences, code, rules, tables: not prose.
    Skip,
}

#[derive(Clone, Copy, Debug)]
struct Line {
    kind: LineKind,
    /// The content without markers and surrounding spaces.
    content: Span,
    /// Ends with two spaces or a backslash: a markdown hard line break.
    hard_break: bool,
}

/// A paragraph before cleaning decisions: consecutive lines read as one unit.
#[derive(Clone, Debug)]
struct Para {
    lines: Vec<Span>,
    kind: BlockKind,
    heading_level: u8,
    /// Inline-cleaned text, single-spaced (for classification).
    plain: String,
    words: usize,
    terminated: bool,
    keep: bool,
    /// Continue the previous kept paragraph (a sentence split by a repeated title).
    rejoin: bool,
}

pub(crate) fn clean(src: &str, markdown: bool, boilerplate: bool) -> Document {
    let body_start = if src.starts_with('\u{feff}') { 3 } else { 0 };
    let lines = read_lines(src, body_start, markdown);
    let mut paras = group(src, &lines, markdown);
    let mut b = Builder::new(src, if markdown { Format::Markdown } else { Format::Text });
    // the cleaned text is at most about the input's size: one allocation, not a doubling series
    // that leaves a long text's buffer up to twice its size
    b.reserve(src.len());
    if boilerplate {
        decide(&mut paras, &mut b);
    }
    emit(src, &paras, markdown, boilerplate, &mut b);
    let mut doc = b.finish();
    if doc.meta.date.is_none() {
        doc.meta.date = find_date(&doc);
    }
    doc
}

fn read_lines(src: &str, from: usize, markdown: bool) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut in_fence = false;
    let mut pos = from;
    let bytes = src.as_bytes();
    while pos < src.len() {
        // the line ends at the first `\n` or `\r`: two word-at-a-time searches (a `\r` is
        // looked for only before the `\n`) are faster than one byte loop testing both
        let rest = src.get(pos..).unwrap_or("");
        let lf = rest.find('\n').unwrap_or(rest.len());
        let nl = pos + rest.get(..lf).and_then(|r| r.find('\r')).unwrap_or(lf);
        let raw = src.get(pos..nl).unwrap_or("");
        let mut next = nl;
        if bytes.get(nl) == Some(&b'\r') && bytes.get(nl + 1) == Some(&b'\n') {
            next += 2;
        } else if nl < src.len() {
            next += 1;
        }
        let hard_break = raw.ends_with("  ") || raw.ends_with('\\');
        let trimmed = raw.trim();
        let lead = raw.len() - raw.trim_start().len();
        let content = Span::new(pos + lead, pos + lead + trimmed.len());
        let mut line = Line { kind: LineKind::Text, content, hard_break };
        if trimmed.is_empty() {
            line.kind = LineKind::Blank;
        } else if markdown {
            if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
                in_fence = !in_fence;
                line.kind = LineKind::Skip;
            } else if in_fence || (lead >= 4 && lines.last().is_none_or(|l: &Line| l.kind == LineKind::Blank)) {
                line.kind = LineKind::Skip;
            } else {
                markdown_line(trimmed, content, &mut line, &mut lines);
            }
        }
        lines.push(line);
        pos = next;
    }
    lines
}

/// Reads markdown block syntax at the start of a line.
fn markdown_line(trimmed: &str, content: Span, line: &mut Line, previous: &mut [Line]) {
    let hashes = trimmed.bytes().take_while(|&b| b == b'#').count();
    let after_hashes = trimmed.get(hashes..).unwrap_or("");
    if (1..=6).contains(&hashes) && after_hashes.starts_with([' ', '\t']) {
        let inner = after_hashes.trim_end_matches('#').trim();
        let start = content.start + trimmed.find(inner).unwrap_or(hashes);
        line.kind = LineKind::Heading(hashes as u8);
        line.content = Span::new(start, start + inner.len());
        return;
    }
    let is_rule = |c: char| trimmed.len() >= 3 && trimmed.chars().all(|x| x == c || x == ' ');
    if is_rule('=') || is_rule('-') {
        // a setext underline turns the text line above into a heading; alone it is a rule
        if let Some(prev) = previous.last_mut() {
            if prev.kind == LineKind::Text {
                prev.kind = LineKind::Heading(if trimmed.starts_with('=') { 1 } else { 2 });
            }
        }
        line.kind = LineKind::Skip;
        return;
    }
    if is_rule('*')
        || is_rule('_')
        || (trimmed.starts_with('|') && trimmed.ends_with('|'))
        || trimmed.starts_with("<!--")
    {
        line.kind = LineKind::Skip;
        return;
    }
    let marker = list_marker_len(trimmed);
    if marker > 0 {
        line.kind = LineKind::ListItem;
        let inner = trimmed.get(marker..).unwrap_or("").trim_start();
        line.content = Span::new(content.end - inner.len(), content.end);
        return;
    }
    if let Some(rest) = trimmed.strip_prefix('>') {
        let inner = rest.trim_start_matches('>').trim_start();
        line.content = Span::new(content.end - inner.len(), content.end);
        if inner.is_empty() {
            line.kind = LineKind::Blank;
        }
    }
}

/// The length of a list marker (`- `, `* `, `+ `, `1. `, `2) `) at the start of `s`, or 0.
fn list_marker_len(s: &str) -> usize {
    let b = s.as_bytes();
    if matches!(b.first(), Some(b'-' | b'*' | b'+')) && matches!(b.get(1), Some(b' ' | b'\t')) {
        return 2;
    }
    if s.starts_with("• ") {
        return "• ".len();
    }
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=3).contains(&digits)
        && matches!(b.get(digits), Some(b'.' | b')'))
        && matches!(b.get(digits + 1), Some(b' ' | b'\t'))
    {
        return digits + 2;
    }
    0
}

/// Groups lines into paragraphs, joining hard-wrapped lines.
fn group(src: &str, lines: &[Line], markdown: bool) -> Vec<Para> {
    let wrapped_doc = is_hard_wrapped(src, lines);
    let casual = lowercase_starts(src);
    let mut paras: Vec<Para> = Vec::new();
    let mut current: Option<Para> = None;
    let mut prev: Option<&Line> = None;
    for line in lines {
        let joins = match (current.as_ref(), prev) {
            (Some(p), Some(pl)) if line.kind == LineKind::Text && p.kind != BlockKind::Heading => {
                let prev_text = pl.content.slice(src);
                let next_text = line.content.slice(src);
                // markdown joins every line of a paragraph, but pasted web text read as markdown
                // has its title, share and byline lines each on a line of their own: the same
                // rule as plain text tells wrapped lines from separate ones
                pl.kind == LineKind::ListItem
                    && src.get(pl.content.end..line.content.start).is_some_and(|gap| gap.contains("\n "))
                    || continues(prev_text, next_text, pl.hard_break, wrapped_doc, casual)
            }
            _ => false,
        };
        if joins {
            if let Some(p) = current.as_mut() {
                p.lines.push(line.content);
            }
        } else {
            if let Some(p) = current.take() {
                paras.push(p);
            }
            let (kind, level) = match line.kind {
                LineKind::Heading(l) => (BlockKind::Heading, l),
                LineKind::ListItem => (BlockKind::ListItem, 0),
                _ => (BlockKind::Paragraph, 0),
            };
            if matches!(line.kind, LineKind::Text | LineKind::Heading(_) | LineKind::ListItem) {
                current = Some(Para {
                    lines: vec![line.content],
                    kind,
                    heading_level: level,
                    plain: String::new(),
                    words: 0,
                    terminated: false,
                    keep: true,
                    rejoin: false,
                });
            }
        }
        prev = Some(line);
    }
    if let Some(p) = current.take() {
        paras.push(p);
    }
    let mut scratch = String::new();
    for p in &mut paras {
        (p.plain, p.words) = plain_text(src, &p.lines, markdown, &mut scratch);
        p.terminated = is_terminated(&p.plain);
        // a line without final punctuation is a heading; a longer unterminated run is prose cut short
        if p.kind == BlockKind::Paragraph && !p.terminated && p.words <= 30 {
            p.kind = BlockKind::Heading;
        }
        if p.plain.is_empty() {
            p.keep = false;
        }
    }
    paras
}

/// A paragraph's text as [`emit_lines`] gives it, squeezed (see [`squeeze_spaces`]), and its
/// word count. Without markdown syntax or character references, that text is the lines themselves,
/// joined as `emit_lines` joins them, so it is copied straight into `scratch` rather than built
/// through a [`Builder`] and its map back to the input.
fn plain_text(src: &str, lines: &[Span], markdown: bool, scratch: &mut String) -> (String, usize) {
    scratch.clear();
    if lines.iter().any(|l| inline::next_special(l.slice(src), markdown).is_some()) {
        let mut b = Builder::new(src, Format::Text);
        b.open(BlockKind::Paragraph, 0);
        emit_lines(src, lines, markdown, &mut b);
        return squeeze_spaces(b.text());
    }
    let mut iter = lines.iter().peekable();
    while let Some(line) = iter.next() {
        let text = line.slice(src);
        match iter.peek() {
            Some(next) if hyphenated(text, next.slice(src)) => {
                scratch.push_str(text.strip_suffix('-').unwrap_or(text));
            }
            Some(_) => {
                scratch.push_str(text);
                scratch.push(' ');
            }
            None => scratch.push_str(text),
        }
    }
    squeeze_spaces(scratch)
}

/// Whether `text`, a line followed by `next`, ends with a word hyphenated across the break.
fn hyphenated(text: &str, next: &str) -> bool {
    text.ends_with('-')
        && text.strip_suffix('-').and_then(|t| t.chars().last()).is_some_and(char::is_alphabetic)
        && next.chars().next().is_some_and(char::is_lowercase)
}

/// `text` with each run of white space made one space and none at the ends, and its word count.
/// Words already separated by one ASCII space are copied together, so ordinary prose is copied
/// in a few long pieces rather than word by word.
fn squeeze_spaces(text: &str) -> (String, usize) {
    let bytes = text.as_bytes();
    // ASCII white space as `char::is_whitespace` has it (with the vertical tab, unlike
    // `u8::is_ascii_whitespace`), decided by byte
    let ascii_space = |b: u8| matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ');
    // the white space character at `i`, if one is there, and its length
    let space_at = |i: usize| -> Option<usize> {
        let b = *bytes.get(i)?;
        if b < 0x80 {
            return ascii_space(b).then_some(1);
        }
        text.get(i..).and_then(|r| r.chars().next()).filter(|c| c.is_whitespace()).map(char::len_utf8)
    };
    let mut out = String::with_capacity(text.len());
    let mut words = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(width) = space_at(i) {
            i += width;
            continue;
        }
        let start = i;
        loop {
            // one word
            while let Some(&b) = bytes.get(i) {
                if b < 0x80 {
                    if ascii_space(b) {
                        break;
                    }
                    i += 1;
                    continue;
                }
                match text.get(i..).and_then(|r| r.chars().next()) {
                    Some(c) if c.is_whitespace() => break,
                    c => i += c.map_or(1, char::len_utf8),
                }
            }
            words += 1;
            // one ASCII space before another word keeps the run going
            if bytes.get(i) == Some(&b' ') && i + 1 < bytes.len() && space_at(i + 1).is_none() {
                i += 1;
            } else {
                break;
            }
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(text.get(start..i).unwrap_or(""));
    }
    (out, words)
}

/// Whether line `next` continues the paragraph of line `prev` (no blank line between them).
///
/// A line that starts in lowercase goes on the sentence above (a paste from a PDF), unless the
/// writer starts sentences in lowercase anyway (`casual`, see [`lowercase_starts`]), or a link
/// or an emoticon ends the line above or a link starts the line: then only a text wrapped at a
/// fixed width joins it.
fn continues(prev: &str, next: &str, hard_break: bool, wrapped_doc: bool, casual: bool) -> bool {
    if is_terminated(prev) {
        return false;
    }
    let next_lower = next.chars().next().is_some_and(|c| c.is_lowercase());
    let last_word = prev.rsplit(char::is_whitespace).next().unwrap_or(prev);
    let closed = is_link(last_word) || last_word.contains('@') || ends_with_emoticon(prev) || is_link(next);
    let prev_open = prev.ends_with([',', '(', '-', '–', '—']) || prev.ends_with(" e") || prev.ends_with(" and");
    let long = prev.chars().count() >= 60;
    next_lower && !casual && !closed || hard_break && long || wrapped_doc && (long || prev_open || next_lower)
}

/// Whether the text is wrapped at a fixed width (an e-mail, a plain-text file): no line much
/// longer than a wrap column, and many lines near that width that stop mid-sentence and go on
/// in the next line. A text whose lines are paragraphs is not, however short its lines are.
fn is_hard_wrapped(src: &str, lines: &[Line]) -> bool {
    let width = |l: &Line| l.content.slice(src).chars().count();
    let longest = lines.iter().map(width).max().unwrap_or(0);
    if longest == 0 || longest > 100 {
        return false;
    }
    let texts = lines.iter().filter(|l| l.kind == LineKind::Text).count();
    let wrapped = lines
        .windows(2)
        .filter(|w| {
            let [a, b] = w else { return false };
            a.kind == LineKind::Text
                && b.kind == LineKind::Text
                && width(a) * 10 >= longest * 7
                && !is_terminated(a.content.slice(src))
        })
        .count();
    wrapped >= 2 && wrapped * 4 >= texts
}

/// Whether a paragraph ends with final punctuation (closing quotes and brackets looked through).
pub(crate) fn is_terminated(s: &str) -> bool {
    let t = s.trim_end().trim_end_matches(['"', '”', '’', '\'', '»', ')', ']', '*', '_', ' ']);
    t.ends_with(['.', '!', '?', '…', ':', ';', '。', '！', '？'])
}

/// How far a repeated title or an embedded post's attribution looks for the paragraph it belongs
/// to: they sit next to it, and a bound keeps a page of 50,000 repeated lines linear.
const NEIGHBOURS: usize = 8;

/// Decides what each paragraph is: boilerplate, title, byline, or article text.
fn decide(paras: &mut [Para], b: &mut Builder) {
    let n = paras.len();
    let mut after_byline = false;
    let mut seen_body = false;
    let mut title: Option<String> = None;
    for i in 0..n {
        let Some(p) = paras.get(i) else { continue };
        if !p.keep {
            continue;
        }
        let near_end = i * 10 >= n * 6;
        let kind = classify(&p.plain, p.words);
        let mut drop = true;
        match kind {
            Some(Boiler::BylineMarker) => {
                after_byline = true;
                if let Some(next) = paras.get_mut(i + 1) {
                    if next.words <= 5 && !next.terminated {
                        b.meta().byline.get_or_insert_with(|| next.plain.clone());
                        next.keep = false;
                    }
                }
            }
            Some(Boiler::Byline) => {
                let name = strip_byline(&p.plain);
                b.meta().byline.get_or_insert(name);
            }
            Some(Boiler::AuthorBio) if !(after_byline || near_end) => drop = false,
            Some(Boiler::PostAttribution) => {
                // the embedded post's text is the paragraph just before its attribution
                if let Some(j) = (i.saturating_sub(NEIGHBOURS)..i).rev().find(|&j| paras.get(j).is_some_and(|q| q.keep))
                {
                    if let Some(q) = paras.get_mut(j) {
                        if q.words <= 80 && q.kind != BlockKind::Heading {
                            q.keep = false;
                        }
                    }
                }
            }
            Some(Boiler::DateLine) => {
                let date = p.plain.clone();
                b.meta().date.get_or_insert(date);
            }
            Some(_) => {}
            None => drop = false,
        }
        if drop {
            if let Some(p) = paras.get_mut(i) {
                p.keep = false;
            }
            continue;
        }
        let Some(p) = paras.get(i) else { continue };
        if let Some(t) = &title {
            // a repeat of the title (a page break, a share box) is never text, whatever its shape
            if same_text(t, &p.plain) {
                let t = t.clone();
                repeated_title(paras, i, &t);
                continue;
            }
        }
        if p.kind == BlockKind::Heading {
            let is_title_shape = match p.heading_level {
                0 => (3..=30).contains(&p.words),
                1 => p.words >= 1,
                _ => false,
            };
            if title.is_some() {
                continue;
            }
            if !seen_body && p.words <= 2 && p.heading_level == 0 {
                // a section label or photo kicker above the article
                if let Some(p) = paras.get_mut(i) {
                    p.keep = false;
                }
                continue;
            }
            if !seen_body && is_title_shape {
                // the title stays in the text as a heading: never a summary sentence, but its
                // words are the article's key phrases
                title = Some(p.plain.clone());
            }
            continue;
        }
        seen_body = true;
    }
    b.meta().title = title;
}

/// Drops the repeated title at `i`; when it interrupts a sentence (the paragraph before it ends
/// without punctuation), the paragraph after it continues that one.
fn repeated_title(paras: &mut [Para], i: usize, title: &str) {
    if let Some(p) = paras.get_mut(i) {
        p.keep = false;
    }
    let prev = (i.saturating_sub(NEIGHBOURS)..i).rev().find(|&j| paras.get(j).is_some_and(|q| q.keep));
    let next = (i + 1..paras.len().min(i + 1 + NEIGHBOURS)).find(|&j| paras.get(j).is_some_and(|q| q.keep));
    let (Some(prev), Some(next)) = (prev, next) else { return };
    // the paragraph before must be running text cut off mid-sentence, not the title itself
    let prev_open = paras
        .get(prev)
        .is_some_and(|q| !q.terminated && q.words >= 6 && q.kind != BlockKind::ListItem && !same_text(title, &q.plain));
    if prev_open {
        if let Some(q) = paras.get_mut(prev) {
            q.kind = BlockKind::Paragraph;
        }
        if let Some(q) = paras.get_mut(next) {
            q.rejoin = true;
            q.kind = BlockKind::Paragraph;
        }
    }
}

/// Whether two paragraphs have the same text, ignoring case, spaces and the kind of quotes
/// (compared lazily: no copies, and most pairs differ in their first characters).
fn same_text(a: &str, b: &str) -> bool {
    fn normal(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars()
            .map(|c| match c {
                '’' | '‘' | '`' => '\'',
                '“' | '”' | '«' | '»' => '"',
                c => c,
            })
            .flat_map(char::to_lowercase)
            .filter(|c| !c.is_whitespace())
    }
    normal(a).eq(normal(b))
}

fn strip_byline(s: &str) -> String {
    let t = s.trim().trim_matches(['[', ']', '(', ')']);
    let lower = t.to_lowercase();
    for prefix in [
        "written by ",
        "scritto da ",
        "a cura di ",
        "testo di ",
        "posted by ",
        "pubblicato da ",
        "autore: ",
        "author: ",
        "autore ",
        "author ",
        "by ",
        "di ",
        "da ",
    ] {
        if lower.starts_with(prefix) {
            return t.get(prefix.len()..).unwrap_or(t).trim().to_string();
        }
    }
    t.to_string()
}

/// Emits the kept paragraphs into the document, without the agency datelines opening them when
/// `datelines` is set (boilerplate removal is on).
fn emit(src: &str, paras: &[Para], markdown: bool, datelines: bool, b: &mut Builder) {
    let mut last_end: Option<usize> = None;
    let mut lines: Vec<Span> = Vec::new();
    for p in paras.iter().filter(|p| p.keep) {
        let (Some(&first), Some(last)) = (p.lines.first(), p.lines.last()) else { continue };
        lines.clear();
        lines.extend_from_slice(&p.lines);
        // a paragraph opens with a news agency's dateline: the text starts after it
        if let (true, BlockKind::Paragraph, false, Some(l)) = (datelines, p.kind, p.rejoin, lines.first_mut()) {
            l.start += dateline_len(l.slice(src));
        }
        let start = lines.first().map_or(first.start, |l| l.start);
        match (p.rejoin, last_end) {
            (true, Some(end)) => b.insert(" ", Span::new(end, first.start)),
            _ => b.open(p.kind, start),
        }
        emit_lines(src, &lines, markdown, b);
        last_end = Some(last.end);
    }
}

/// Emits a paragraph's lines, joined by a space, or by nothing where a word was hyphenated at the
/// end of a line.
fn emit_lines(src: &str, lines: &[Span], markdown: bool, b: &mut Builder) {
    let mut iter = lines.iter().peekable();
    while let Some(line) = iter.next() {
        let text = line.slice(src);
        let mut span = *line;
        let mut glue = Some(" ");
        if let Some(next) = iter.peek() {
            if hyphenated(text, next.slice(src)) {
                span.end -= 1;
                glue = None;
            }
            inline::emit(src, span, markdown, b);
            match glue {
                Some(g) => b.insert(g, Span::new(line.end, next.start)),
                None => b.insert("", Span::new(span.end, next.start)),
            }
        } else {
            inline::emit(src, span, markdown, b);
        }
    }
}

/// A date written near the start of the article (`12 marzo 2026`, `March 4, 2026`, `2026-03-04`).
fn find_date(doc: &Document) -> Option<String> {
    let first = doc.blocks.iter().find(|b| b.kind == BlockKind::Paragraph)?;
    let text = doc.slice(first.span);
    let head = text.get(..text.char_indices().nth(200).map_or(text.len(), |(i, _)| i)).unwrap_or(text);
    // the leftmost date: at each word start, the three shapes in turn
    (0..head.len())
        .filter(|&i| head.is_char_boundary(i) && !head.get(..i).is_some_and(|b| b.ends_with(is_word_char)))
        .find_map(|i| {
            let at = head.get(i..)?;
            let len = day_month_year(at).or_else(|| month_day_year(at)).or_else(|| iso_date(at))?;
            at.get(..len).map(str::to_string)
        })
}

const MONTHS_IT: [&str; 12] = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
];
const MONTHS_EN: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The length of the `min..=max` ASCII digits starting `s` (`None` when fewer; more are left).
fn digits(s: &str, min: usize, max: usize) -> Option<usize> {
    let n = s.bytes().take(max).take_while(u8::is_ascii_digit).count();
    (n >= min).then_some(n)
}

/// The length of the white space starting `s`, at least one character.
fn spaces(s: &str) -> Option<usize> {
    let n = s.len() - s.trim_start().len();
    (n > 0).then_some(n)
}

/// The length of the month name starting `s`, in any case.
fn month(s: &str, names: &[&str]) -> Option<usize> {
    names.iter().find(|m| s.get(..m.len()).is_some_and(|h| h.eq_ignore_ascii_case(m))).map(|m| m.len())
}

/// Four digits at the end of a date: the length up to them, if a word ends there.
fn year_end(s: &str, at: usize) -> Option<usize> {
    let end = at + digits(s.get(at..)?, 4, 4)?;
    (!s.get(end..)?.starts_with(is_word_char)).then_some(end)
}

/// `12 marzo 2026`, `1° febbraio 2026`, `4 March 2026`
fn day_month_year(s: &str) -> Option<usize> {
    let mut at = digits(s, 1, 2)?;
    let rest = s.get(at..)?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if rest.starts_with('°') {
        at += '°'.len_utf8();
    }
    at += spaces(s.get(at..)?)?;
    let tail = s.get(at..)?;
    at += month(tail, &MONTHS_IT).or_else(|| month(tail, &MONTHS_EN))?;
    at += spaces(s.get(at..)?)?;
    year_end(s, at)
}

/// `March 4, 2026`
fn month_day_year(s: &str) -> Option<usize> {
    let mut at = month(s, &MONTHS_EN)?;
    at += spaces(s.get(at..)?)?;
    at += digits(s.get(at..)?, 1, 2)?;
    let rest = s.get(at..)?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    at += usize::from(rest.starts_with(','));
    at += spaces(s.get(at..)?)?;
    year_end(s, at)
}

/// `2026-03-04`
fn iso_date(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let shape = b.len() >= 10
        && b.iter().take(10).enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() });
    (shape && !s.get(10..)?.starts_with(is_word_char)).then_some(10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squeezed_spaces_are_the_words_joined_by_one_space() {
        let cases = [
            "",
            "   ",
            "uno",
            "Il governo  ha approvato\til piano.",
            "  davanti e dietro  ",
            "città\u{a0}di Roma, perché\u{2009}sì",
            "a\u{3000}b \u{202f} c\n\r\nd",
            "fine riga \nnuova riga",
            "“Virgolette” e l’apostrofo — trattino",
            "x y",
            "x \u{a0}",
        ];
        for text in cases {
            let words: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(squeeze_spaces(text), (words.join(" "), words.len()), "{text:?}");
        }
    }

    #[test]
    fn dates_near_the_start() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Roma, 12 marzo 2026 - Il governo ha approvato il piano.", Some("12 marzo 2026")),
            ("Dal 1° febbraio 2026 il biglietto costa di più.", Some("1° febbraio 2026")),
            ("Published March 4, 2026 by the desk, the report says more.", Some("March 4, 2026")),
            ("The vote on 4 march 2026 was close.", Some("4 march 2026")),
            ("The council met on 2026-03-04 and again later.", Some("2026-03-04")),
            ("Il 12 MARZO 2026 e il 3 aprile 2026 sono due date.", Some("12 MARZO 2026")),
            ("Nel 2026 il piano cambierà.", None),
            ("Sono 123 marzo 2026 e 4 March 20261, non date.", None),
            ("Il 2026-03-041 non è una data.", None),
        ];
        for (text, want) in cases {
            let doc = clean(text, false, true);
            assert_eq!(find_date(&doc).as_deref(), *want, "{text}");
        }
    }

    fn blocks(doc: &Document) -> Vec<(BlockKind, &str)> {
        doc.blocks.iter().map(|b| (b.kind, doc.slice(b.span))).collect()
    }

    #[test]
    fn headings_and_paragraphs() {
        let src = "Un titolo di prova qui\nLa prima frase. La seconda.\nUn sottotitolo\nAltro testo qui.\n";
        let doc = clean(src, false, true);
        assert_eq!(doc.meta.title.as_deref(), Some("Un titolo di prova qui"));
        assert_eq!(
            blocks(&doc),
            vec![
                (BlockKind::Heading, "Un titolo di prova qui"),
                (BlockKind::Paragraph, "La prima frase. La seconda."),
                (BlockKind::Heading, "Un sottotitolo"),
                (BlockKind::Paragraph, "Altro testo qui."),
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_join_and_hyphens_go() {
        let src = "Il consiglio comunale ha approvato ieri sera il piano per le nuove infra-\nstrutture della valle, dopo una discussione che è durata più di\nquattro ore.\n";
        let doc = clean(src, false, true);
        let b = blocks(&doc);
        assert_eq!(b.len(), 1);
        assert!(b[0].1.contains("nuove infrastrutture della valle"), "{}", b[0].1);
        assert!(b[0].1.contains("più di quattro ore."), "{}", b[0].1);
        // the whole paragraph maps back to the whole input paragraph
        let all = doc.to_original(doc.blocks[0].span);
        assert_eq!(all.slice(src), src.trim_end());
    }

    #[test]
    fn repeated_title_rejoins_the_split_sentence() {
        let src = "Titolo del pezzo di oggi\n\nPrima parte del testo. La valle rimase a lungo sotto il governo del\n\nTitolo del pezzo di oggi\n\nDucato. Poi tutto cambiò.\n";
        let doc = clean(src, true, true);
        assert_eq!(doc.meta.title.as_deref(), Some("Titolo del pezzo di oggi"));
        let b = blocks(&doc);
        assert_eq!(b.len(), 2, "{b:?}");
        assert_eq!(b[0], (BlockKind::Heading, "Titolo del pezzo di oggi"));
        assert!(b[1].1.contains("sotto il governo del Ducato. Poi"), "{}", b[1].1);
    }

    #[test]
    fn repeats_of_the_title_around_share_buttons_go() {
        let src = "Home Notizie Il ponte sul fiume riapre dopo i lavori\nNotizie\n\nIl ponte sul fiume riapre dopo i lavori\n\nShare\nIl ponte sul fiume riapre dopo i lavori\nIl ponte sul fiume riapre dopo i lavori\nShare\n\nIl ponte è stato riaperto ieri mattina alla presenza del sindaco.\n";
        let doc = clean(src, false, true);
        assert_eq!(
            blocks(&doc),
            vec![
                (BlockKind::Heading, "Il ponte sul fiume riapre dopo i lavori"),
                (BlockKind::Paragraph, "Il ponte è stato riaperto ieri mattina alla presenza del sindaco."),
            ]
        );
    }

    #[test]
    fn markdown_blocks() {
        let src = "# Il titolo\n\nTesto con [un link](#) e **forza**.\n\n## Sezione\n\n- primo punto dell'elenco;\n- secondo punto.\n\n```\nlet x = 1;\n```\n\n![foto](a.jpg)\n";
        let doc = clean(src, true, true);
        assert_eq!(doc.meta.title.as_deref(), Some("Il titolo"));
        assert_eq!(
            blocks(&doc),
            vec![
                (BlockKind::Heading, "Il titolo"),
                (BlockKind::Paragraph, "Testo con un link e forza."),
                (BlockKind::Heading, "Sezione"),
                (BlockKind::ListItem, "primo punto dell'elenco;"),
                (BlockKind::ListItem, "secondo punto."),
            ]
        );
    }

    #[test]
    fn footer_and_embedded_post_go() {
        let src = "Breaking story title here\n\nThe first paragraph of the story says what happened. It is long enough.\n\nA post on the network with a photo pic.twitter.com/xyz\n\n— Some One (@someone) March 3, 2022\n\nThe story goes on after the post.\n\nWritten by\nJane Doe\n\nI am a reporter who loves trains and writes about them for this site every week.\n\n© 2026 Example Media Ltd. All rights reserved.\n";
        let doc = clean(src, false, true);
        let text = &doc.text;
        for gone in ["pic.twitter", "@someone", "Written by", "Jane Doe", "I am a reporter", "©"] {
            assert!(!text.contains(gone), "{gone} left in {text}");
        }
        assert!(text.contains("The story goes on after the post."));
        assert_eq!(doc.meta.byline.as_deref(), Some("Jane Doe"));
    }
}
