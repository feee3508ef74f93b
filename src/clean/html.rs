//! HTML: the article's text out of a page, with spans into the HTML source.
//!
//! A first version: a real tokenizer (html5gum, WHATWG-compliant) walks the page; text inside
//! `<script>`, `<style>`, navigation, headers, footers, asides, forms and elements whose class or
//! id names boilerplate is skipped; block elements start new blocks, `<h1>`–`<h6>` become
//! headings and `<li>` list items. The title comes from `og:title`, `<title>` or the first `<h1>`.

use html5gum::{DefaultEmitter, Token, Tokenizer};

use super::{BlockKind, Builder, Document};
use crate::options::Format;
use crate::span::Span;

/// Elements whose content is never article text.
const SKIP: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "option",
    "iframe",
    "object",
    "embed",
    "canvas",
    "figcaption",
    "head",
];
/// Elements that start a new block.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "hr",
    "figure",
    "address",
    "details",
    "summary",
    "body",
];
/// Elements that never have an end tag.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];
/// Class or id words that mark boilerplate containers.
const BOILER_NAMES: &[&str] = &[
    "comment",
    "share",
    "social",
    "related",
    "sidebar",
    "footer",
    "header",
    "menu",
    "nav",
    "cookie",
    "newsletter",
    "advert",
    "promo",
    "subscribe",
    "breadcrumb",
    "byline",
    "author",
    "tags",
    "caption",
    "popup",
    "modal",
];

pub(crate) fn clean(src: &str) -> Document {
    let mut b = Builder::new(src, Format::Html);
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    emitter.naively_switch_states(true);
    let mut stack: Vec<(String, bool)> = Vec::new(); // (tag, skipping)
    let mut skipping = 0usize;
    let mut in_title = false;
    let mut page_title = String::new();
    let mut og_title: Option<String> = None;
    let mut h1: Option<String> = None;
    let mut current_h1: Option<String> = None;
    let mut need_space = false;
    for token in Tokenizer::new_with_emitter(src, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if name == "meta" {
                    let attr = |k: &str| {
                        tag.attributes.get(k.as_bytes()).map(|v| String::from_utf8_lossy(&v.value).into_owned())
                    };
                    if attr("property").as_deref() == Some("og:title") {
                        og_title = attr("content");
                    }
                    continue;
                }
                if name == "title" {
                    in_title = true;
                }
                let class_id = ["class", "id", "role"]
                    .iter()
                    .filter_map(|k| tag.attributes.get(k.as_bytes()))
                    .map(|v| String::from_utf8_lossy(&v.value).to_ascii_lowercase())
                    .collect::<Vec<_>>()
                    .join(" ");
                let boiler = class_id.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| BOILER_NAMES.contains(&w))
                    && !matches!(name.as_str(), "body" | "html" | "article" | "main");
                let skip = SKIP.contains(&name.as_str()) || boiler || tag.attributes.contains_key(b"hidden".as_slice());
                if skipping == 0 && BLOCKS.contains(&name.as_str()) {
                    let kind = match name.as_str() {
                        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
                        "li" => BlockKind::ListItem,
                        _ => BlockKind::Paragraph,
                    };
                    b.open(kind, tag.span.end);
                    need_space = false;
                }
                if name == "h1" && h1.is_none() {
                    current_h1 = Some(String::new());
                }
                if !VOID.contains(&name.as_str()) && !tag.self_closing {
                    if skip {
                        skipping += 1;
                    }
                    stack.push((name, skip));
                }
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if name == "title" {
                    in_title = false;
                }
                if name == "h1" {
                    if let Some(t) = current_h1.take() {
                        h1.get_or_insert(t);
                    }
                }
                if let Some(pos) = stack.iter().rposition(|(n, _)| *n == name) {
                    for (_, skip) in stack.drain(pos..) {
                        if skip {
                            skipping = skipping.saturating_sub(1);
                        }
                    }
                }
                if skipping == 0 && BLOCKS.contains(&name.as_str()) {
                    b.open(BlockKind::Paragraph, tag.span.start);
                    need_space = false;
                }
            }
            Token::String(s) => {
                let text = String::from_utf8_lossy(&s.value);
                if in_title {
                    page_title.push_str(&text);
                    continue;
                }
                if skipping > 0 {
                    continue;
                }
                if let Some(t) = current_h1.as_mut() {
                    t.push_str(&text);
                }
                emit_text(src, &text, Span::new(s.span.start, s.span.end), &mut b, &mut need_space);
            }
            _ => {}
        }
    }
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let title = og_title.or(h1).or(Some(page_title)).map(|t| squash(&t)).filter(|t| !t.is_empty());
    b.meta().title = title;
    let mut doc = b.finish();
    // a heading that repeats the title is not article text
    if let Some(t) = doc.meta.title.clone() {
        let text = doc.text.clone();
        doc.blocks.retain(|bl| !(bl.kind == BlockKind::Heading && squash(bl.span.slice(&text)) == t));
    }
    doc
}

/// Emits a text node with runs of whitespace collapsed to one space.
fn emit_text(src: &str, text: &str, span: Span, b: &mut Builder, need_space: &mut bool) {
    let verbatim = span.slice(src) == text;
    if !verbatim {
        let squashed: Vec<&str> = text.split_whitespace().collect();
        if squashed.is_empty() {
            *need_space = *need_space || !text.is_empty();
            return;
        }
        if *need_space || text.starts_with(char::is_whitespace) {
            b.insert(" ", Span::new(span.start, span.start));
        }
        b.insert(&squashed.join(" "), span);
        *need_space = text.ends_with(char::is_whitespace);
        return;
    }
    let mut pos = 0usize;
    for word in text.split_whitespace() {
        let Some(off) = text[pos..].find(word).map(|i| pos + i) else { continue };
        if off > 0 || *need_space {
            let gap = Span::new(span.start + pos, span.start + off);
            if gap.slice(src) == " " {
                b.keep(gap);
            } else {
                b.insert(" ", gap);
            }
        }
        b.keep(Span::new(span.start + off, span.start + off + word.len()));
        pos = off + word.len();
        *need_space = false;
    }
    *need_space = pos < text.len();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_without_scripts_or_navigation() {
        let src = "<!doctype html><html><head><title>Il titolo</title><script>var x = '<p>no</p>';</script></head>\
            <body><nav><a href='/'>Home</a></nav><article><h1>Il titolo</h1><p>Prima frase del pezzo.\n   Seconda frase &amp; fine.</p>\
            <div class='share-box'>Condividi</div><p>Un altro paragrafo.</p></article><footer>© 2026</footer></body></html>";
        let doc = clean(src);
        assert_eq!(doc.meta.title.as_deref(), Some("Il titolo"));
        let blocks: Vec<&str> = doc.blocks.iter().map(|bl| doc.slice(bl.span)).collect();
        assert_eq!(blocks, vec!["Prima frase del pezzo. Seconda frase & fine.", "Un altro paragrafo."]);
        // spans point into the HTML source
        let first = doc.blocks[0].span;
        let orig = doc.to_original(first);
        assert!(orig.slice(src).starts_with("Prima frase del pezzo."));
        assert!(orig.slice(src).ends_with("fine."));
    }
}
