//! Cleaning: from what people paste or drop to the article's own text.
//!
//! The cleaner never edits the caller's string. It builds a new *cleaned* text out of pieces of
//! the input (verbatim slices) and a few synthetic pieces (a space where a hard-wrapped line was
//! joined, `&` for `&amp;`), and remembers where each piece came from. [`Document::to_original`]
//! maps any span of the cleaned text back to the exact range of the input it was read from.
//!
//! The cleaned text is a list of [`Block`]s (paragraphs, headings, list items) separated by blank
//! lines. Boilerplate (share lines, bylines, author boxes, copyright and VAT lines, disclaimers,
//! embedded tweets, a title repeated by a page break) never reaches it; the title, byline and
//! date it recognises go to [`Metadata`].

mod boilerplate;
mod entities;
mod html;
mod html_lex;
mod inline;
mod text;

use serde::Serialize;

use crate::options::Format;
use crate::span::Span;

/// What a block of cleaned text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// Running text: split into sentences that may enter the summary.
    Paragraph,
    /// A heading or any line without final punctuation: never a summary sentence.
    Heading,
    /// An item of a bulleted or numbered list.
    ListItem,
}

/// A block of the cleaned text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// Span in the cleaned text.
    pub span: Span,
}

/// What the cleaner learned about the article besides its text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Metadata {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub date: Option<String>,
}

/// The cleaned article: text, blocks, metadata, and the map back to the input.
#[derive(Clone, Debug, Default)]
pub struct Document {
    pub text: String,
    pub blocks: Vec<Block>,
    pub meta: Metadata,
    /// The format the input was read as.
    pub format: Format,
    pieces: Vec<Piece>,
}

/// One piece of cleaned text and where it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    /// Start in the cleaned text.
    clean: usize,
    /// Length in the cleaned text.
    len: usize,
    /// The input range it was read from.
    orig: Span,
    /// Whether the cleaned bytes are the input's bytes (offsets inside map one to one).
    verbatim: bool,
}

impl Document {
    /// The span of the input that the cleaned span `span` was read from.
    pub fn to_original(&self, span: Span) -> Span {
        if self.pieces.is_empty() {
            return Span::new(0, 0);
        }
        let start = self.map_start(span.start);
        let end = if span.is_empty() { start } else { self.map_end(span.end) };
        Span::new(start, end)
    }

    fn piece_at(&self, clean: usize) -> Option<&Piece> {
        let i = self.pieces.partition_point(|p| p.clean + p.len <= clean);
        self.pieces.get(i).or_else(|| self.pieces.last())
    }

    fn map_start(&self, clean: usize) -> usize {
        match self.piece_at(clean) {
            Some(p) if p.verbatim && clean >= p.clean => p.orig.start + (clean - p.clean).min(p.len),
            Some(p) => p.orig.start,
            None => 0,
        }
    }

    fn map_end(&self, clean_end: usize) -> usize {
        match self.piece_at(clean_end.saturating_sub(1)) {
            Some(p) if p.verbatim && clean_end >= p.clean => p.orig.start + (clean_end - p.clean).min(p.len),
            Some(p) => p.orig.end,
            None => 0,
        }
    }

    /// The cleaned text of a span.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text)
    }
}

/// Builds a [`Document`] piece by piece.
pub(crate) struct Builder<'a> {
    src: &'a str,
    doc: Document,
    /// The open block: where its separator starts, where its text starts, its kind.
    block_start: Option<(usize, usize, BlockKind)>,
}

impl<'a> Builder<'a> {
    pub(crate) fn new(src: &'a str, format: Format) -> Builder<'a> {
        let doc = Document { format, ..Document::default() };
        Builder { src, doc, block_start: None }
    }

    /// Appends the input's text at `span` verbatim.
    pub(crate) fn keep(&mut self, span: Span) {
        let Some(s) = self.src.get(span.range()) else { return };
        if s.is_empty() {
            return;
        }
        let clean = self.doc.text.len();
        self.doc.text.push_str(s);
        if let Some(last) = self.doc.pieces.last_mut() {
            if last.verbatim && last.clean + last.len == clean && last.orig.end == span.start {
                last.len += s.len();
                last.orig.end = span.end;
                return;
            }
        }
        self.doc.pieces.push(Piece { clean, len: s.len(), orig: span, verbatim: true });
    }

    /// Appends `text` standing for the input at `orig` (a joined line break, a decoded entity).
    pub(crate) fn insert(&mut self, text: &str, orig: Span) {
        if text.is_empty() {
            return;
        }
        let clean = self.doc.text.len();
        self.doc.text.push_str(text);
        let verbatim = self.src.get(orig.range()) == Some(text);
        self.doc.pieces.push(Piece { clean, len: text.len(), orig, verbatim });
    }

    /// Room for `bytes` more bytes of cleaned text.
    pub(crate) fn reserve(&mut self, bytes: usize) {
        self.doc.text.reserve(bytes);
    }

    /// The cleaned text so far.
    pub(crate) fn text(&self) -> &str {
        &self.doc.text
    }

    /// Starts a block of `kind`; the previous one, if open, is closed first.
    pub(crate) fn open(&mut self, kind: BlockKind, at: usize) {
        self.close();
        let sep = self.doc.text.len();
        if !self.doc.text.is_empty() {
            self.insert("\n\n", Span::new(at, at));
        }
        self.block_start = Some((sep, self.doc.text.len(), kind));
    }

    /// The text of the open block so far (empty when none is open).
    pub(crate) fn open_text(&self) -> &str {
        self.block_start.and_then(|(_, start, _)| self.doc.text.get(start..)).unwrap_or("")
    }

    /// Drops the open block, text and separator.
    pub(crate) fn discard(&mut self) {
        if let Some((sep, _, _)) = self.block_start.take() {
            self.truncate(sep);
        }
    }

    /// Drops the last closed block when it is a heading and nothing follows it: a heading that
    /// heads nothing.
    pub(crate) fn drop_trailing_heading(&mut self) {
        if !self.open_text().trim().is_empty() {
            return;
        }
        let Some(last) = self.doc.blocks.last().copied().filter(|bl| bl.kind == BlockKind::Heading) else { return };
        self.doc.blocks.pop();
        self.block_start = None;
        let before = self.doc.text.get(..last.span.start).unwrap_or("");
        self.truncate(before.trim_end().len());
    }

    /// Closes the open block; an empty or all-space block is dropped with its separator.
    pub(crate) fn close(&mut self) {
        if let Some((sep, start, kind)) = self.block_start.take() {
            let text = self.doc.text.get(start..).unwrap_or("");
            let lead = text.len() - text.trim_start().len();
            let end = start + text.trim_end().len();
            if end > start + lead {
                self.doc.blocks.push(Block { kind, span: Span::new(start + lead, end) });
            } else {
                self.truncate(sep);
            }
        }
    }

    /// Drops the cleaned text from `len` on, with the pieces that made it.
    fn truncate(&mut self, len: usize) {
        self.doc.text.truncate(len);
        // pieces are in text order: only the last few can reach past `len`
        while self.doc.pieces.last().is_some_and(|p| p.clean >= len) {
            self.doc.pieces.pop();
        }
        if let Some(last) = self.doc.pieces.last_mut() {
            if last.clean + last.len > len {
                let keep = len - last.clean;
                if last.verbatim {
                    last.orig.end = last.orig.start + keep;
                }
                last.len = keep;
            }
        }
    }

    pub(crate) fn meta(&mut self) -> &mut Metadata {
        &mut self.doc.meta
    }

    pub(crate) fn finish(mut self) -> Document {
        self.close();
        let end = self.doc.text.trim_end().len();
        self.truncate(end);
        self.doc
    }
}

/// Cleans `input` read as `format` ([`Format::Auto`] decides from the content), removing
/// boilerplate.
pub fn clean(input: &str, format: Format) -> Document {
    clean_with(input, format, true)
}

/// Cleans `input`; with `boilerplate` false every paragraph of text or markdown is kept (the
/// structure is still read: markdown syntax, hard-wrapped lines, headings).
pub fn clean_with(input: &str, format: Format, boilerplate: bool) -> Document {
    match format {
        // detection has already looked for markdown: its answer is not asked again
        Format::Auto => match detect_format(input) {
            Format::Html => html::clean(input),
            detected => text::clean(input, matches!(detected, Format::Markdown), boilerplate),
        },
        Format::Html => html::clean(input),
        Format::Markdown => text::clean(input, true, boilerplate),
        Format::Text => text::clean(input, looks_like_markdown(input), boilerplate),
    }
}

/// The format of a text judged from its content: HTML when it starts like a page or is mostly
/// tags, markdown when markdown syntax is frequent, plain text otherwise.
pub fn detect_format(input: &str) -> Format {
    let head = input.trim_start_matches('\u{feff}').trim_start();
    let lower: String = head.chars().take(256).flat_map(char::to_lowercase).collect();
    if lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || lower.starts_with("<?xml") && lower.contains("<html")
    {
        return Format::Html;
    }
    if head.starts_with('<') {
        let tags = ["<p", "<div", "<article", "<body", "<span", "<h1", "<h2", "<br", "<section", "<meta"];
        let sample: String = head.chars().take(4096).flat_map(char::to_lowercase).collect();
        if tags.iter().filter(|t| sample.contains(*t)).count() >= 2 {
            return Format::Html;
        }
    }
    if looks_like_markdown(input) {
        Format::Markdown
    } else {
        Format::Text
    }
}

/// Whether inline markdown (links, emphasis, escapes) or markdown headings appear often enough to
/// read the text as markdown.
fn looks_like_markdown(input: &str) -> bool {
    // one pass over the lines, up to the second sign: links `](`, bold `**` pairs, `#`/`##`
    // headings (two signs each), code fences
    let (mut links, mut stars, mut headings, mut fences) = (0usize, 0usize, 0usize, 0usize);
    for line in input.lines() {
        if line.starts_with("# ") || line.starts_with("## ") {
            headings += 1;
        }
        if line.trim_start().starts_with("```") {
            fences += 1;
        }
        let b = line.as_bytes();
        let mut i = 0;
        while let Some(rel) = b.get(i..).and_then(|r| r.iter().position(|&x| x == b']' || x == b'*')) {
            let at = i + rel;
            match (b.get(at), b.get(at + 1)) {
                (Some(b']'), Some(b'(')) => {
                    links += 1;
                    i = at + 2;
                }
                (Some(b'*'), Some(b'*')) => {
                    stars += 1;
                    i = at + 2;
                }
                _ => i = at + 1,
            }
        }
        // the counts only grow: the answer is known once they reach the mark
        if links + stars / 2 + headings * 2 + fences >= 2 {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_map_back_to_the_input() {
        let src = "one two\nthree &amp; four";
        let mut b = Builder::new(src, Format::Text);
        b.open(BlockKind::Paragraph, 0);
        b.keep(Span::new(0, 7));
        b.insert(" ", Span::new(7, 8));
        b.keep(Span::new(8, 14));
        b.insert("&", Span::new(14, 19));
        b.keep(Span::new(19, 24));
        let doc = b.finish();
        assert_eq!(doc.text, "one two three & four");
        assert_eq!(doc.blocks.len(), 1);
        // "three & four" in the cleaned text is "three &amp; four" in the input.
        let i = doc.text.find("three").unwrap_or(0);
        let orig = doc.to_original(Span::new(i, doc.text.len()));
        assert_eq!(orig.slice(src), "three &amp; four");
        // a span ending inside a synthetic piece covers the whole input it stands for
        let amp = doc.text.find('&').unwrap_or(0);
        assert_eq!(doc.to_original(Span::new(amp, amp + 1)).slice(src), "&amp;");
        assert_eq!(doc.to_original(Span::new(0, 3)).slice(src), "one");
    }

    #[test]
    fn formats_are_detected() {
        assert_eq!(detect_format("<!DOCTYPE html><html><body><p>x</p></body></html>"), Format::Html);
        assert_eq!(detect_format("<div><p>Ciao</p><p>mondo</p></div>"), Format::Html);
        assert_eq!(detect_format("# Titolo\n\nUn [link](#) e **grassetto**."), Format::Markdown);
        assert_eq!(detect_format("Just a sentence. Another one."), Format::Text);
        assert_eq!(detect_format("a < b and c > d."), Format::Text);
    }
}
