//! HTML tokenizing: start tags, end tags and text with byte spans into the source, for the tree
//! builder of [`super::html`].
//!
//! The WHATWG tokenizer's rules, for what the extraction needs:
//! - **Tags.** `<` and an ASCII letter start a tag. Names are lowercased; attributes may be
//!   double-quoted, single-quoted, unquoted or without value; attribute names are lowercased and
//!   the first of duplicated attributes wins. `/>` sets the self-closing flag. A tag cut off by
//!   the end of the input is dropped. End tags carry only their name.
//! - **Text.** Everything between tags, with its span in the source (spans are always on character
//!   boundaries) and its text decoded: character references ([`super::entities`]), `\r\n` and
//!   `\r` as `\n`. A `<` that starts no tag (`a < b`, `<3`, a `<` at the end) is text.
//! - **Skipped.** Comments (`<!-- … -->`, `<!-->`, `--!>` closing; unterminated to the end),
//!   doctypes, processing instructions and other `<!…>`, `<?…>` and `</…>` that are no tags run
//!   to the first `>` (so does `<![CDATA[`, as in HTML content; SVG and MathML, where CDATA is
//!   text, never reach the article); `</>` is nothing.
//! - **Raw text.** After a start tag of `script`, `style`, `xmp`, `iframe`, `noembed`, `noframes`
//!   (raw text), `textarea`, `title` (text with references decoded) or `plaintext`
//!   (the rest of the input), the content up to the matching end tag is one text token, not
//!   markup. The tag name alone decides (no tree builder tells this tokenizer otherwise; `noscript`
//!   holds markup, as in a browser without scripts: some pages put the article there for
//!   readers without JavaScript), except inside `<svg>` or `<math>`:
//!   foreign content has no raw text, so an icon's `<title/>` does not swallow the page. An HTML
//!   tag that breaks out of foreign content (`<p>`, `<div>`, `<ul>`… the standard's list) ends it,
//!   as the tree builder would. In a script,
//!   `</script>` inside an escaped `<!-- <script> … -->` block does not end it, as the standard
//!   says.
//!
//! Every step moves forward: one pass over the input, no recursion, no backtracking beyond a
//! few bytes.

use std::borrow::Cow;

use super::entities::{self, Context};
use crate::span::Span;

/// A token of the input.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Token<'a> {
    StartTag(Tag<'a>),
    /// An end tag's lowercased name.
    EndTag(Cow<'a, str>),
    Text(Text<'a>),
}

/// A start tag.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Tag<'a> {
    /// Lowercased.
    pub name: Cow<'a, str>,
    pub self_closing: bool,
    /// Inside `<svg>` or `<math>` (foreign content: no raw text, a self-closed tag is closed).
    pub foreign: bool,
    /// Lowercased names and decoded values, sorted by name, the first of duplicates kept.
    attributes: Vec<(Cow<'a, str>, Cow<'a, str>)>,
}

impl Tag<'_> {
    /// The value of an attribute (lowercase name); `Some("")` for one without value.
    pub fn attr(&self, name: &str) -> Option<&str> {
        let i = self.attributes.binary_search_by(|(n, _)| n.as_ref().cmp(name)).ok()?;
        self.attributes.get(i).map(|(_, v)| v.as_ref())
    }
}

/// Text between tags.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Text<'a> {
    /// Where the text is in the source, references undecoded.
    pub span: Span,
    /// The text, references decoded.
    pub text: Cow<'a, str>,
}

/// The content model after a start tag.
#[derive(Clone, Copy, Debug)]
enum Raw {
    /// Text, no references, up to `</name`.
    Text(&'static str),
    /// Text with references, up to `</name`.
    RcData(&'static str),
    /// A script's text, up to `</script` outside an escaped `<script>`.
    Script,
    /// Text to the end.
    Plain,
}

/// The content model a start tag of `name` switches to, if not markup.
fn raw_content(name: &str) -> Option<Raw> {
    const RAW_TEXT: [&str; 5] = ["style", "xmp", "iframe", "noembed", "noframes"];
    match name {
        "script" => Some(Raw::Script),
        "plaintext" => Some(Raw::Plain),
        "textarea" => Some(Raw::RcData("textarea")),
        "title" => Some(Raw::RcData("title")),
        _ => RAW_TEXT.iter().find(|&&r| r == name).map(|&r| Raw::Text(r)),
    }
}

/// Whether a start tag of `name` makes what follows text up to its end tag (`script`, `style`,
/// `textarea`, …), even when written self-closed.
pub(crate) fn is_raw_text(name: &str) -> bool {
    raw_content(name).is_some()
}

/// The tokens of `src`, in order.
pub(crate) fn tokens(src: &str) -> Lexer<'_> {
    Lexer { src, pos: 0, raw: None, pending: None, foreign: 0 }
}

/// An iterator over the tokens of a source (see [`tokens`]).
pub(crate) struct Lexer<'a> {
    src: &'a str,
    /// Where the next token starts.
    pos: usize,
    /// The content model the last start tag switched to.
    raw: Option<Raw>,
    /// A token found after text that was returned first.
    pending: Option<Token<'a>>,
    /// How many `<svg>` and `<math>` elements are open: inside them no tag switches to raw text.
    foreign: usize,
}

/// Start tags that end foreign content (the standard's breakout list).
const BREAKOUT: &[&str] = &[
    "b",
    "big",
    "blockquote",
    "body",
    "br",
    "center",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "hr",
    "i",
    "img",
    "li",
    "listing",
    "menu",
    "meta",
    "nobr",
    "ol",
    "p",
    "pre",
    "ruby",
    "s",
    "small",
    "span",
    "strong",
    "strike",
    "sub",
    "sup",
    "table",
    "tt",
    "u",
    "ul",
    "var",
];

impl<'a> Iterator for Lexer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        if let Some(token) = self.pending.take() {
            return Some(token);
        }
        let len = self.src.len();
        while self.pos < len {
            let start = self.pos;
            let rest = self.src.get(start..).unwrap_or("");
            if let Some(raw) = self.raw.take() {
                let end = start + raw_end(rest, raw);
                self.pos = end;
                if end > start {
                    return Some(self.text(start, end, matches!(raw, Raw::RcData(_))));
                }
                continue;
            }
            // data: text up to the next `<` that starts markup
            let mut from = 0;
            let (at, markup) = loop {
                let Some(lt) = rest.get(from..).and_then(|r| r.find('<')) else { break (len, None) };
                let at = start + from + lt;
                match self.markup(at) {
                    Some(m) => break (at, Some(m)),
                    None => from += lt + 1,
                }
            };
            let (mut token, end) = markup.unwrap_or((None, len));
            self.pos = end;
            match token.as_mut() {
                Some(Token::StartTag(tag)) => {
                    let name = tag.name.as_ref();
                    if self.foreign > 0 && BREAKOUT.contains(&name) {
                        self.foreign = 0;
                    }
                    tag.foreign = self.foreign > 0;
                    if self.foreign == 0 {
                        self.raw = raw_content(name);
                    }
                    if matches!(name, "svg" | "math") && !tag.self_closing {
                        self.foreign += 1;
                    }
                }
                Some(Token::EndTag(name)) if matches!(name.as_ref(), "svg" | "math") => {
                    self.foreign = self.foreign.saturating_sub(1);
                }
                _ => {}
            }
            if at > start {
                self.pending = token;
                return Some(self.text(start, at, true));
            }
            if token.is_some() {
                return token;
            }
        }
        None
    }
}

/// Whitespace inside tags (`\r` stands for the newline it is read as).
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

impl<'a> Lexer<'a> {
    fn text(&self, start: usize, end: usize, references: bool) -> Token<'a> {
        let raw = self.src.get(start..end).unwrap_or("");
        let context = references.then_some(Context::Text);
        Token::Text(Text { span: Span::new(start, end), text: decode(raw, context) })
    }

    /// The markup starting with the `<` at `at`: its token (`None` for a comment, a doctype or a
    /// tag cut off by the end) and where it ends; `None` when the `<` is text.
    fn markup(&self, at: usize) -> Option<(Option<Token<'a>>, usize)> {
        let bytes = self.src.as_bytes();
        let len = bytes.len();
        // up to the first `>` after `from`, or to the end
        let to_gt = |from: usize| {
            bytes.get(from..).and_then(|r| r.iter().position(|&b| b == b'>')).map_or(len, |p| from + p + 1)
        };
        match *bytes.get(at + 1)? {
            b if b.is_ascii_alphabetic() => Some(self.tag(at + 1, false)),
            b'/' => match *bytes.get(at + 2)? {
                b if b.is_ascii_alphabetic() => Some(self.tag(at + 2, true)),
                b'>' => Some((None, at + 3)),
                _ => Some((None, to_gt(at + 2))),
            },
            b'!' if bytes.get(at + 2..at + 4) == Some(b"--") => Some((None, comment_end(bytes, at + 4))),
            b'!' | b'?' => Some((None, to_gt(at + 2))),
            _ => None,
        }
    }

    /// The tag whose name starts at `name_at`, and where it ends.
    fn tag(&self, name_at: usize, end_tag: bool) -> (Option<Token<'a>>, usize) {
        let src = self.src;
        let bytes = src.as_bytes();
        let len = bytes.len();
        let until = |from: usize, stop: &dyn Fn(u8) -> bool| {
            bytes.get(from..).and_then(|r| r.iter().position(|&b| stop(b))).map_or(len, |p| from + p)
        };
        let skip_space = |from: usize| until(from, &|b| !is_space(b));
        let mut i = until(name_at, &|b| is_space(b) || b == b'/' || b == b'>');
        let name = lowercase(src.get(name_at..i).unwrap_or(""));
        let mut attributes = Vec::new();
        let mut self_closing = false;
        loop {
            i = skip_space(i);
            match bytes.get(i) {
                None => return (None, len),
                Some(b'>') => {
                    i += 1;
                    break;
                }
                Some(b'/') => match bytes.get(i + 1) {
                    None => return (None, len),
                    Some(b'>') => {
                        self_closing = true;
                        i += 2;
                        break;
                    }
                    Some(_) => i += 1,
                },
                Some(_) => {
                    // a name (its first character may be `=`), then maybe `=` and a value
                    let name_start = i;
                    i = until(i + 1, &|b| is_space(b) || b == b'/' || b == b'>' || b == b'=');
                    let name_end = i;
                    i = skip_space(i);
                    let mut value = (i, i);
                    if bytes.get(i) == Some(&b'=') {
                        i = skip_space(i + 1);
                        match bytes.get(i) {
                            None => return (None, len),
                            Some(&q) if q == b'"' || q == b'\'' => {
                                let close = until(i + 1, &|b| b == q);
                                if close == len {
                                    return (None, len);
                                }
                                value = (i + 1, close);
                                i = close + 1;
                            }
                            Some(_) => {
                                let end = until(i, &|b| is_space(b) || b == b'>');
                                value = (i, end);
                                i = end;
                            }
                        }
                    }
                    if !end_tag {
                        let name = lowercase(src.get(name_start..name_end).unwrap_or(""));
                        let value = decode(src.get(value.0..value.1).unwrap_or(""), Some(Context::Attribute));
                        attributes.push((name, value));
                    }
                }
            }
        }
        if end_tag {
            return (Some(Token::EndTag(name)), i);
        }
        // stable: the first of equal names stays first, and `dedup_by` keeps it
        attributes.sort_by(|a, b| a.0.cmp(&b.0));
        attributes.dedup_by(|later, first| later.0 == first.0);
        (Some(Token::StartTag(Tag { name, self_closing, foreign: false, attributes })), i)
    }
}

/// Where a comment whose text starts at `from` (after `<!--`) ends: after the first `-->` or
/// `--!>` in it, `<!-->` and `<!--->` being empty comments; the end of the input if none.
fn comment_end(bytes: &[u8], from: usize) -> usize {
    if bytes.get(from) == Some(&b'>') {
        return from + 1;
    }
    if bytes.get(from..from + 2) == Some(b"->") {
        return from + 2;
    }
    let mut i = from;
    while let Some(p) = bytes.get(i..).and_then(|r| r.iter().position(|&b| b == b'>')) {
        let gt = i + p;
        let before = |n: usize| gt.checked_sub(n).filter(|&s| s >= from).and_then(|s| bytes.get(s..gt));
        if before(2) == Some(b"--") || before(3) == Some(b"--!") {
            return gt + 1;
        }
        i = gt + 1;
    }
    bytes.len()
}

/// The length of raw content at the start of `rest`: up to the end tag that closes it.
fn raw_end(rest: &str, raw: Raw) -> usize {
    let bytes = rest.as_bytes();
    match raw {
        Raw::Plain => bytes.len(),
        Raw::Text(name) | Raw::RcData(name) => {
            let mut i = 0;
            while let Some(at) = next_lt(rest, i) {
                if closes(bytes, at, name) {
                    return at;
                }
                i = at + 1;
            }
            bytes.len()
        }
        Raw::Script => script_end(rest),
    }
}

/// Whether `</name` followed by whitespace, `/` or `>` is at `at` (name compared ignoring case).
fn closes(bytes: &[u8], at: usize, name: &str) -> bool {
    bytes.get(at..at + 2) == Some(b"</") && tag_name_at(bytes, at + 2, name)
}

/// Whether `name` followed by whitespace, `/` or `>` is at `at`, ignoring case.
fn tag_name_at(bytes: &[u8], at: usize, name: &str) -> bool {
    let end = at + name.len();
    bytes.get(at..end).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
        && bytes.get(end).is_some_and(|&b| is_space(b) || b == b'/' || b == b'>')
}

/// The length of a script's content: the WHATWG script data states, where `<!--` starts an escaped
/// block, `<script` inside one starts a double-escaped block that `</script` only ends, and `-->`
/// ends the escaped block.
fn script_end(rest: &str) -> usize {
    let bytes = rest.as_bytes();
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        Data,
        Escaped,
        DoubleEscaped,
    }
    let mut state = State::Data;
    // dashes just read in an escaped block (`--` then `>` ends it)
    let mut dashes = 0usize;
    let mut i = 0;
    loop {
        if state == State::Data {
            // outside an escaped block only a `<` matters: jump to the next one
            match next_lt(rest, i) {
                Some(at) => i = at,
                None => break,
            }
        }
        let Some(&b) = bytes.get(i) else { break };
        match (state, b) {
            (State::Data, b'<') => {
                if closes(bytes, i, "script") {
                    return i;
                }
                if bytes.get(i + 1..i + 4) == Some(b"!--") {
                    state = State::Escaped;
                    dashes = 2;
                    i += 4;
                    continue;
                }
            }
            (State::Escaped, b'<') => {
                if closes(bytes, i, "script") {
                    return i;
                }
                if tag_name_at(bytes, i + 1, "script") {
                    state = State::DoubleEscaped;
                    i += 7;
                    dashes = 0;
                    continue;
                }
            }
            (State::DoubleEscaped, b'<') if closes(bytes, i, "script") => {
                state = State::Escaped;
                i += 8;
                dashes = 0;
                continue;
            }
            (State::Escaped | State::DoubleEscaped, b'-') => {
                dashes += 1;
                i += 1;
                continue;
            }
            (State::Escaped | State::DoubleEscaped, b'>') if dashes >= 2 => state = State::Data,
            _ => {}
        }
        dashes = 0;
        i += 1;
    }
    bytes.len()
}

/// The first `<` at or after `from` in `rest` (`from` on a character boundary), found the way
/// `str::find` finds a byte: a word at a time.
fn next_lt(rest: &str, from: usize) -> Option<usize> {
    rest.get(from..).and_then(|r| r.find('<')).map(|p| from + p)
}

/// A tag or attribute name, ASCII letters lowercased and NUL as U+FFFD.
fn lowercase(name: &str) -> Cow<'_, str> {
    if name.bytes().any(|b| b.is_ascii_uppercase() || b == 0) {
        Cow::Owned(name.to_ascii_lowercase().replace('\0', "\u{fffd}"))
    } else {
        Cow::Borrowed(name)
    }
}

/// Text as the tokenizer reads it: `\r\n` and `\r` as `\n`, and character references decoded
/// when `references` gives their context.
fn decode(raw: &str, references: Option<Context>) -> Cow<'_, str> {
    let special = |b: u8| b == b'\r' || (b == b'&' && references.is_some());
    // most text has neither: two word-at-a-time searches say so faster than one byte loop
    let bytes = raw.as_bytes();
    if !bytes.contains(&b'\r') && (references.is_none() || !bytes.contains(&b'&')) {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(p) = rest.bytes().position(special) {
        let (before, from) = rest.split_at_checked(p).unwrap_or((rest, ""));
        out.push_str(before);
        let mut skip = 1;
        if from.starts_with('\r') {
            out.push('\n');
            if from.as_bytes().get(1) == Some(&b'\n') {
                skip = 2;
            }
        } else {
            match references.and_then(|context| entities::decode(from, context)) {
                Some((c, n)) => {
                    out.push(c);
                    skip = n;
                }
                None => out.push('&'),
            }
        }
        rest = from.get(skip..).unwrap_or("");
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A compact rendering of the tokens: `<name a="v" …/>`, `</name>`, and text as
    /// `"decoded"@start..end`.
    fn render(src: &str) -> Vec<String> {
        tokens(src)
            .map(|t| match t {
                Token::StartTag(tag) => {
                    let attrs: String = tag.attributes.iter().map(|(n, v)| format!(" {n}=\"{v}\"")).collect();
                    format!("<{}{attrs}{}>", tag.name, if tag.self_closing { "/" } else { "" })
                }
                Token::EndTag(name) => format!("</{name}>"),
                Token::Text(t) => format!("{:?}@{}..{}", t.text, t.span.start, t.span.end),
            })
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("testo", &["\"testo\"@0..5"]),
            // tags
            ("<p>Ciao</p>", &["<p>", "\"Ciao\"@3..7", "</p>"]),
            ("<DIV ID=X>a</DIV >", &["<div id=\"X\">", "\"a\"@10..11", "</div>"]),
            ("<br/><br />", &["<br/>", "<br/>"]),
            ("<a/b>", &["<a b=\"\">"]),
            ("<p/ class=x>", &["<p class=\"x\">"]),
            ("</p class=x>t", &["</p>", "\"t\"@12..13"]),
            ("<h1\nclass='t'\n>", &["<h1 class=\"t\">"]),
            // attributes: quoted, unquoted, no value, duplicated, uppercase, odd characters
            (
                "<a href=\"/x?a=1&amp;b=2\" title='l&apos;idea' data-x=y hidden>",
                &["<a data-x=\"y\" hidden=\"\" href=\"/x?a=1&b=2\" title=\"l'idea\">"],
            ),
            ("<img src=a.png alt=>", &["<img alt=\"\" src=\"a.png\">"]),
            ("<p class=a CLASS=b id=c Id=d>", &["<p class=\"a\" id=\"c\">"]),
            ("<p a = \"1\"b='2'c>", &["<p a=\"1\" b=\"2\" c=\"\">"]),
            ("<p =x \"y\"=1 a<b=2>", &["<p \"y\"=\"1\" =x=\"\" a<b=\"2\">"]),
            ("<a href=/x/y/>t", &["<a href=\"/x/y/\">", "\"t\"@14..15"]),
            ("<a href=\"?a=1&copy=2&copy2&copy;\">", &["<a href=\"?a=1&copy=2&copy2©\">"]),
            ("<p title=\"a\r\nb\">", &["<p title=\"a\nb\">"]),
            ("<p àX=1>", &["<p àx=\"1\">"]),
            ("a <è> b", &["\"a <è> b\"@0..8"]),
            // text and references
            ("a &amp; b &amp c &hellip; &#8217; &#x2019; &foo; &", &["\"a & b & c … ’ ’ &foo; &\"@0..50"]),
            ("&nbsp;&eacute;", &["\"\\u{a0}é\"@0..14"]),
            ("a\r\nb\rc", &["\"a\\nb\\nc\"@0..6"]),
            ("x &lt;p&gt; y", &["\"x <p> y\"@0..13"]),
            // `<` that starts no tag is text
            ("a < b <3 <= c", &["\"a < b <3 <= c\"@0..13"]),
            ("fine <", &["\"fine <\"@0..6"]),
            ("fine </", &["\"fine </\"@0..7"]),
            ("a <3 b", &["\"a <3 b\"@0..6"]),
            // comments, doctype, CDATA, processing instructions, bogus end tags
            ("<!doctype html><p>", &["<p>"]),
            ("a<!-- <p> -->b", &["\"a\"@0..1", "\"b\"@13..14"]),
            ("a<!-->b", &["\"a\"@0..1", "\"b\"@6..7"]),
            ("a<!--->b", &["\"a\"@0..1", "\"b\"@7..8"]),
            ("a<!---->b", &["\"a\"@0..1", "\"b\"@8..9"]),
            ("a<!-- x --!>b", &["\"a\"@0..1", "\"b\"@12..13"]),
            ("a<!-- x --->b", &["\"a\"@0..1", "\"b\"@12..13"]),
            ("a<!-- x -- y -->b", &["\"a\"@0..1", "\"b\"@16..17"]),
            ("a<!-- never closed <p>b", &["\"a\"@0..1"]),
            ("a<!--", &["\"a\"@0..1"]),
            ("a<![CDATA[x]]>b", &["\"a\"@0..1", "\"b\"@14..15"]),
            ("a<![CDATA[x > y]]>b", &["\"a\"@0..1", "\" y]]>b\"@13..19"]),
            ("a<?xml version=\"1.0\"?>b", &["\"a\"@0..1", "\"b\"@22..23"]),
            ("a</ x>b</>c</3", &["\"a\"@0..1", "\"b\"@6..7", "\"c\"@10..11"]),
            ("a<!b>c", &["\"a\"@0..1", "\"c\"@5..6"]),
            // a tag cut off by the end is dropped, the text before it is not
            ("text <a href=\"x", &["\"text \"@0..5"]),
            ("text <a href=x", &["\"text \"@0..5"]),
            ("text <p", &["\"text \"@0..5"]),
            ("text <p/", &["\"text \"@0..5"]),
            ("text </p", &["\"text \"@0..5"]),
            ("<p a=", &[]),
            // raw text: no markup, references only in textarea and title
            (
                "<script>if (a<b && c>d) x = '<p>&amp;</p>';</script>t",
                &["<script>", "\"if (a<b && c>d) x = '<p>&amp;</p>';\"@8..43", "</script>", "\"t\"@52..53"],
            ),
            ("<style>p > a { }</STYLE>", &["<style>", "\"p > a { }\"@7..16", "</style>"]),
            ("<title>A &amp; <b>B</b></title>", &["<title>", "\"A & <b>B</b>\"@7..23", "</title>"]),
            ("<textarea><p>&lt;</textarea >", &["<textarea>", "\"<p><\"@10..17", "</textarea>"]),
            ("<xmp><p>&amp;</xmp>", &["<xmp>", "\"<p>&amp;\"@5..13", "</xmp>"]),
            ("<iframe><p></iframex></iframe>", &["<iframe>", "\"<p></iframex>\"@8..21", "</iframe>"]),
            ("<noscript><img></noscript>", &["<noscript>", "<img>", "</noscript>"]),
            (
                "<noembed>a</noembed><noframes>b</noframes>",
                &["<noembed>", "\"a\"@9..10", "</noembed>", "<noframes>", "\"b\"@30..31", "</noframes>"],
            ),
            ("<plaintext><p></plaintext>", &["<plaintext>", "\"<p></plaintext>\"@11..26"]),
            ("<script></script>", &["<script>", "</script>"]),
            ("<script/>a</script>", &["<script/>", "\"a\"@9..10", "</script>"]),
            ("<title>never closed", &["<title>", "\"never closed\"@7..19"]),
            // foreign content has no raw text; an HTML tag breaks out of it
            ("<svg><title/><path/></svg><p>x", &["<svg>", "<title/>", "<path/>", "</svg>", "<p>", "\"x\"@29..30"]),
            (
                "<math><style>a<b>c</b></style></math>",
                &["<math>", "<style>", "\"a\"@13..14", "<b>", "\"c\"@17..18", "</b>", "</style>", "</math>"],
            ),
            ("<svg><p><title>a<b></title>", &["<svg>", "<p>", "<title>", "\"a<b>\"@15..19", "</title>"]),
            ("<svg/><title>a<b></title>", &["<svg/>", "<title>", "\"a<b>\"@13..17", "</title>"]),
            ("<script>x</script", &["<script>", "\"x</script\"@8..17"]),
            ("<script>x</script foo=\"", &["<script>", "\"x\"@8..9"]),
            // escaped scripts: `</script>` inside `<!-- <script> … -->` does not end the script
            (
                "<script><!-- document.write('<script></script>') --></script>t",
                &["<script>", "\"<!-- document.write('<script></script>') -->\"@8..52", "</script>", "\"t\"@61..62"],
            ),
            ("<script><!-- x </script>t", &["<script>", "\"<!-- x \"@8..15", "</script>", "\"t\"@24..25"]),
            ("<script><!--><p></script>", &["<script>", "\"<!--><p>\"@8..16", "</script>"]),
            // after the escaped block, back to looking for `<` only; `é` before it keeps byte offsets
            (
                "<script><!-- a -->é < b</script>t",
                &["<script>", "\"<!-- a -->é < b\"@8..24", "</script>", "\"t\"@33..34"],
            ),
            // `-->` ends the escaped block even after `<script`
            ("<script><!-- <script> --></script>", &["<script>", "\"<!-- <script> -->\"@8..25", "</script>"]),
            (
                "<script><!-- <script> </script> --></script>t",
                &["<script>", "\"<!-- <script> </script> -->\"@8..35", "</script>", "\"t\"@44..45"],
            ),
        ];
        let wrong: Vec<String> = cases
            .iter()
            .filter(|(src, want)| render(src) != *want)
            .map(|(src, want)| format!("{src:?}\n  got  {:?}\n  want {want:?}", render(src)))
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn spans_hold_their_text() {
        let src = "<p>Caffè &amp; tè, “ok” — <b>sì</b>\r\n<!-- x -->😀 fine</p>";
        for t in tokens(src) {
            if let Token::Text(t) = t {
                let raw = src.get(t.span.range()).unwrap_or_else(|| panic!("span {:?} off boundaries", t.span));
                assert!(!raw.contains('<') || raw == "<");
                assert_eq!(decode(raw, Some(Context::Text)), t.text);
            }
        }
    }

    /// Random tag soup from a hostile alphabet (fixed seed): text spans are in bounds, on
    /// character boundaries, in order and apart, hold no markup outside raw text, and their
    /// decoded text is what decoding the span gives.
    #[test]
    fn random_soup_keeps_spans_exact() {
        const PIECES: &[&str] = &[
            "<p>",
            "</p>",
            "<a href=\"x&amp;y\">",
            "</a>",
            "<script>",
            "</script>",
            "<!--",
            "-->",
            "<!-->",
            "--!>",
            "<style>",
            "</style >",
            "<title>",
            "</TITLE>",
            "<textarea>",
            "</textarea>",
            "<xmp>",
            "<plaintext>",
            "</>",
            "</ x>",
            "<?x?>",
            "<![CDATA[",
            "]]>",
            "<!doctype html>",
            "<br/>",
            "<p class=a class=b>",
            "<img alt='a>b'>",
            "&amp;",
            "&amp",
            "&nbsp",
            "&#8217;",
            "&#150;",
            "&#0;",
            "&#x110000;",
            "&notin;",
            "&copy2",
            "&",
            "<",
            ">",
            "\"",
            "'",
            "=",
            "/",
            " ",
            "\n",
            "\r\n",
            "\r",
            "è",
            "😀",
            "\u{0}",
            "testo",
            "<script><!--",
            "<script><!-- <script>",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..3000 {
            let len = 1 + next(60);
            let src: String = (0..len).map(|_| PIECES[next(PIECES.len())]).collect();
            let mut last_end = 0;
            let mut raw = false;
            for token in tokens(&src) {
                match token {
                    Token::Text(t) => {
                        let text = src.get(t.span.range()).unwrap_or_else(|| panic!("{:?} in {src:?}", t.span));
                        assert!(t.span.start >= last_end && t.span.start < t.span.end, "{:?} in {src:?}", t.span);
                        assert!(raw || !text.contains("<p>"), "{text:?} in {src:?}");
                        let references = decode(text, Some(Context::Text));
                        assert!(t.text == references || t.text == decode(text, None), "{text:?} in {src:?}");
                        last_end = t.span.end;
                    }
                    Token::StartTag(tag) => raw = raw_content(&tag.name).is_some(),
                    Token::EndTag(_) => raw = false,
                }
            }
        }
    }

    #[test]
    fn hostile_inputs_stay_linear_and_in_bounds() {
        // each would be quadratic with a naive search from every `<`, `&` or attribute
        let many_attrs = format!("<p {}>", (0..50_000).map(|i| format!("a{} ", i % 1000)).collect::<String>());
        let inputs = [
            "<".repeat(200_000),
            "</".repeat(200_000),
            "<!--".repeat(100_000),
            "<a ".repeat(100_000),
            "&".repeat(200_000),
            "&amp".repeat(100_000),
            "&#1".repeat(100_000),
            format!("<script>{}", "<!--<script>".repeat(50_000)),
            format!("<title>{}", "</titl".repeat(50_000)),
            many_attrs,
            "é<".repeat(100_000),
        ];
        for src in &inputs {
            let started = std::time::Instant::now();
            let mut n = 0;
            for t in tokens(src) {
                if let Token::Text(t) = t {
                    assert!(src.get(t.span.range()).is_some(), "span {:?}", t.span);
                }
                n += 1;
            }
            assert!(started.elapsed().as_secs() < 5, "{} tokens of {:?}… took too long", n, src.get(..20));
        }
        let tag = tokens("<p a=1 a=2 b=3 a=4>").next();
        let Some(Token::StartTag(tag)) = tag else { panic!("no tag") };
        assert_eq!((tag.attr("a"), tag.attr("b"), tag.attr("c")), (Some("1"), Some("3"), None));
    }
}
