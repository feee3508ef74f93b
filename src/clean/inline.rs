//! Inline cleaning of one line: markdown links, images, emphasis, escapes and code spans, and
//! HTML character references. Text is emitted into a [`Builder`] as verbatim pieces wherever
//! possible, so spans map back to the input exactly.

use super::Builder;
use crate::bytes::ByteSet;
use crate::span::Span;

/// Emits the cleaned text of `src[span]` into `out`; `markdown` turns on markdown syntax.
pub(crate) fn emit(src: &str, span: Span, markdown: bool, out: &mut Builder) {
    let bytes = src.as_bytes();
    let end = span.end.min(bytes.len());
    let mut run = span.start; // start of the pending verbatim run
    let mut i = span.start;
    while i < end {
        match src.get(i..end).and_then(|r| next_special(r, markdown)) {
            Some(k) => i += k,
            None => break,
        }
        let Some(&b) = bytes.get(i) else { break };
        let skip: Option<usize> = match b {
            b'&' => {
                if let Some((decoded, len)) = decode_entity(src.get(i..end).unwrap_or("")) {
                    out.keep(Span::new(run, i));
                    let mut buf = [0u8; 4];
                    out.insert(decoded.encode_utf8(&mut buf), Span::new(i, i + len));
                    run = i + len;
                    Some(len)
                } else {
                    None
                }
            }
            _ if !markdown => None,
            b'\\' if i + 1 < end && bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                out.keep(Span::new(run, i));
                run = i + 1;
                Some(2)
            }
            b'!' if bytes.get(i + 1) == Some(&b'[') => match link_at(bytes, i + 1, end) {
                Some(link) => {
                    out.keep(Span::new(run, i));
                    run = link.end;
                    Some(link.end - i)
                }
                None => None,
            },
            b'[' => match link_at(bytes, i, end) {
                Some(link) => {
                    out.keep(Span::new(run, i));
                    emit(src, link.text, markdown, out);
                    run = link.end;
                    Some(link.end - i)
                }
                None => None,
            },
            b'*' | b'_' | b'~' => {
                let n = bytes.get(i..end).unwrap_or(&[]).iter().take_while(|&&c| c == b).count();
                if is_emphasis_marker(bytes, i, n, end) {
                    out.keep(Span::new(run, i));
                    run = i + n;
                }
                Some(n)
            }
            b'`' => {
                let n = bytes.get(i..end).unwrap_or(&[]).iter().take_while(|&&c| c == b'`').count();
                out.keep(Span::new(run, i));
                run = i + n;
                Some(n)
            }
            b'<' => match autolink_at(bytes, i, end) {
                Some(close) => {
                    out.keep(Span::new(run, i));
                    out.keep(Span::new(i + 1, close));
                    run = close + 1;
                    Some(close + 1 - i)
                }
                None => None,
            },
            _ => None,
        };
        i += skip.unwrap_or(1);
    }
    out.keep(Span::new(run, end));
}

/// The bytes that can start anything but plain text with markdown on: a character reference, a
/// link, an image, emphasis, an escape, code or an autolink.
const MARKDOWN_SPECIAL: ByteSet = ByteSet::of(b"&\\![*_~`<");

/// The offset of the first byte of `s` that can start anything but plain text (without
/// `markdown`, only a character reference can): [`emit`] jumps from one such byte to the next,
/// and a line without any is kept as it is.
pub(crate) fn next_special(s: &str, markdown: bool) -> Option<usize> {
    if markdown {
        s.bytes().position(|b| MARKDOWN_SPECIAL.has(b))
    } else {
        s.find('&')
    }
}

/// A markdown link or image body: `[text](target)` or `[text][ref]`.
struct Link {
    text: Span,
    end: usize,
}

fn link_at(bytes: &[u8], open: usize, end: usize) -> Option<Link> {
    let close = matching(bytes, open, end, b'[', b']')?;
    match bytes.get(close + 1) {
        Some(b'(') if close + 1 < end => {
            let paren = matching(bytes, close + 1, end, b'(', b')')?;
            Some(Link { text: Span::new(open + 1, close), end: paren + 1 })
        }
        Some(b'[') if close + 1 < end => {
            let r = matching(bytes, close + 1, end, b'[', b']')?;
            Some(Link { text: Span::new(open + 1, close), end: r + 1 })
        }
        _ => None,
    }
}

/// Longest link text or target searched for its closing bracket, in bytes, and deepest nesting:
/// beyond them a bracket is text. Without a bound, a page of `[[[[…` would be searched from every
/// bracket to its end (quadratic).
const MAX_LINK: usize = 2048;
const MAX_NESTING: usize = 8;

/// The index of the bracket closing the one at `open`, nesting counted, before `end`.
fn matching(bytes: &[u8], open: usize, end: usize, o: u8, c: u8) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = open;
    let end = end.min(open.saturating_add(MAX_LINK));
    while i < end {
        let b = *bytes.get(i)?;
        if b == b'\\' {
            i += 2;
            continue;
        }
        if b == o {
            depth += 1;
            if depth > MAX_NESTING {
                return None;
            }
        } else if b == c {
            depth = depth.checked_sub(1)?;
            if depth == 0 {
                return Some(i);
            }
        } else if b == b'\n' && o == b'(' {
            return None;
        }
        i += 1;
    }
    None
}

fn autolink_at(bytes: &[u8], open: usize, end: usize) -> Option<usize> {
    let rest = bytes.get(open + 1..end)?;
    let looks = rest.starts_with(b"http://") || rest.starts_with(b"https://") || rest.starts_with(b"mailto:");
    if !looks {
        return None;
    }
    let close = rest.iter().position(|&b| b == b'>' || b == b' ')?;
    (rest.get(close) == Some(&b'>')).then_some(open + 1 + close)
}

/// Whether a run of `n` emphasis characters at `i` opens or closes emphasis (CommonMark's
/// flanking rule, simplified): it touches a word on one side and space or punctuation on the
/// other. `_` and `~` inside a word (`snake_case`) stay.
fn is_emphasis_marker(bytes: &[u8], i: usize, n: usize, end: usize) -> bool {
    let before = if i == 0 { None } else { bytes.get(i - 1).copied() };
    let after = if i + n >= end { None } else { bytes.get(i + n).copied() };
    let is_space = |b: Option<u8>| b.is_none_or(|c| c.is_ascii_whitespace());
    let is_word = |b: Option<u8>| b.is_some_and(|c| c.is_ascii_alphanumeric() || c >= 0x80);
    let b = bytes.get(i).copied().unwrap_or(b'*');
    if b == b'~' && n < 2 {
        return false;
    }
    let left_flanking = !is_space(after) && (is_space(before) || !is_word(before));
    let right_flanking = !is_space(before) && (is_space(after) || !is_word(after));
    if b == b'*' {
        left_flanking || right_flanking
    } else {
        // `_` and `~~` only at word boundaries
        (left_flanking && !is_word(before)) || (right_flanking && !is_word(after))
    }
}

/// Decodes an HTML character reference at the start of `s` (`&amp;`, `&#8217;`, `&#x2019;`),
/// returning the character and the reference's length. In text and markdown only a reference
/// closed by `;` counts (CommonMark's rule): `AT&T` and `&copy` stay as written.
pub(crate) fn decode_entity(s: &str) -> Option<(char, usize)> {
    let (c, len) = super::entities::decode(s, super::entities::Context::Text)?;
    (s.as_bytes().get(len.checked_sub(1)?) == Some(&b';')).then_some((c, len))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::{BlockKind, Builder};
    use crate::options::Format;

    fn run(src: &str, markdown: bool) -> String {
        let mut b = Builder::new(src, Format::Markdown);
        b.open(BlockKind::Paragraph, 0);
        emit(src, Span::new(0, src.len()), markdown, &mut b);
        b.finish().text
    }

    #[test]
    fn table() {
        let cases: &[(&str, &str)] = &[
            ("un [link al sito](https://example.org/a_(b)) qui", "un link al sito qui"),
            ("vedi [Taiwan](#) e [la NATO][1].", "vedi Taiwan e la NATO."),
            ("foto ![didascalia](img.jpg) fine", "foto  fine"),
            ("**Il vertice** è finito", "Il vertice è finito"),
            ("__forte__ e *corsivo* e _altro_", "forte e corsivo e altro"),
            ("snake_case e snake\\_case", "snake_case e snake_case"),
            ("5 * 3 = 15", "5 * 3 = 15"),
            ("usa `cargo` ora", "usa cargo ora"),
            ("AT&amp;T e l&rsquo;Italia &#8220;ok&#x201D;", "AT&T e l’Italia “ok”"),
            (
                "&alpha;&#150;&#0; ma &copy e &amp senza punto e virgola",
                "α–\u{fffd} ma &copy e &amp senza punto e virgola",
            ),
            ("[di Maria Rossi]", "[di Maria Rossi]"),
            ("~~vecchio~~ nuovo", "vecchio nuovo"),
            ("vedi <https://example.org>", "vedi https://example.org"),
        ];
        for (src, want) in cases {
            assert_eq!(run(src, true), *want, "{src}");
        }
        assert_eq!(run("a **b** &amp; [c](d)", false), "a **b** & [c](d)");
    }

    #[test]
    fn link_text_maps_to_its_source() {
        let src = "Leggi [il rapporto](https://x.org) oggi.";
        let mut b = Builder::new(src, Format::Markdown);
        b.open(BlockKind::Paragraph, 0);
        emit(src, Span::new(0, src.len()), true, &mut b);
        let doc = b.finish();
        let i = doc.text.find("il rapporto").unwrap_or(0);
        let orig = doc.to_original(Span::new(i, i + "il rapporto".len()));
        assert_eq!(orig.slice(src), "il rapporto");
        let all = doc.to_original(Span::new(0, doc.text.len()));
        assert_eq!(all.slice(src), src);
    }
}
