//! HTML: the article's text out of a page, with spans into the HTML source.
//!
//! The way Readability does it, on a small tree of our own:
//! 1. **Tree.** Our tokenizer ([`super::html_lex`], the WHATWG rules the extraction needs) feeds
//!    a tag-soup tree builder: void elements, the implied ends of `<p>`, `<li>`, `<td>`…, and a
//!    depth cap, so 100,000 nested `<div>`s make a flat tree instead of a deep one. Every walk
//!    below is iterative.
//! 2. **Unlikely candidates.** Elements whose class or id names boilerplate (`comment`, `share`,
//!    `sidebar`, …) and not content (`article`, `body`, `content`, …) are dropped, and so are
//!    ARIA roles of boilerplate (`complementary`, `navigation`, `dialog`…), with scripts,
//!    styles, forms, navigation, asides, hidden elements and captions.
//! 3. **Scores.** Each paragraph-like element (`p`, `pre`, `td`, `h2`–`h6`, and `div`s holding no
//!    block) of 25 characters or more scores `1 + commas + min(length / 100, 3)`, added in full to
//!    its parent, half to its grandparent, and a third of its level to ancestors above. Ancestors
//!    start from a base by tag and ±25 by class name; the final score is scaled by
//!    `1 − link density`.
//! 4. **Content.** The best candidate, promoted as Readability does: to the common ancestor when
//!    three of the next four score three quarters of it (an article cut into parts by pictures),
//!    to an ancestor that scores more than the path below it, and past wrappers with one child.
//!    Then its siblings that score at least a fifth of the best candidate, are paragraphs of
//!    prose with few links, or carry its classes once the generated words with digits are left out
//!    (a page builder's rows), unless link-heavy. Inside it, link-heavy or negatively named blocks
//!    go, but not 500 characters of text without a link.
//! 5. **Text.** Blocks start at block elements: headings are headings, `<li>` list items, and the
//!    rest paragraphs. Whitespace is collapsed; character references are decoded; an Indic letter
//!    with a nukta that Unicode's NFC never composes is written as NFC has it; spans map back
//!    to the HTML source. A block that is a notice, a "read also" line, a row of share buttons
//!    (the text cleaner's patterns) or a copyright line is left out, and so is a heading ending the text whose box
//!    below it was left out.
//!
//! The title comes from `og:title`, `<title>` or the first `<h1>`; the byline from
//! `<meta name="author">`; the date from `article:published_time` or `<time datetime>`.

use super::boilerplate::{classify, Boiler};
use super::html_lex::{self, Token};
use super::{BlockKind, Builder, Document};
use crate::options::Format;
use crate::span::Span;

/// Elements whose content is never article text.
const SKIP: &[&str] = &[
    "script",
    "style",
    "template",
    "svg",
    "math",
    "nav",
    "aside",
    "button",
    "select",
    "option",
    "textarea",
    "iframe",
    "object",
    "embed",
    "canvas",
    "figcaption",
    "head",
    "footer",
    "input",
    "label",
    "dialog",
    "menu",
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
    "header",
    "center",
];
/// Elements that never have an end tag.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param"];
/// Opening one of these closes an open `<p>`.
const CLOSES_P: &[&str] = &[
    "p",
    "div",
    "ul",
    "ol",
    "dl",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "blockquote",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "nav",
    "form",
    "figure",
    "hr",
    "main",
    "address",
];
/// Class or id words of boilerplate containers: Readability's list, and a few words that never
/// name article text (`share`, `newsletter`, `cookie`…). Not `hidden` (`hidden-xs` is shown on
/// desktops), `widget` or `print`, which name containers of articles on common sites.
const UNLIKELY: &[&str] = &[
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "combx",
    "comment",
    "comments",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
    "share",
    "sharing",
    "newsletter",
    "cookie",
    "subscribe",
    "outbrain",
    "taboola",
    "navbar",
    "signup",
    "author-bio",
];
/// ARIA roles of boilerplate (Readability's list): the element goes with the unlikely candidates.
const UNLIKELY_ROLES: &[&str] = &["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"];
/// Class or id words that keep an element even when it also names boilerplate.
const MAYBE: &[&str] =
    &["and", "article", "body", "column", "content", "main", "shadow", "story", "entry", "post", "text"];
/// Class or id words of content.
const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
    "prose",
    "paragraph",
];
/// Class or id words of non-content.
const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "hid",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "foot",
    "footer",
    "footnote",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "tool",
    "widget",
    "social",
    "newsletter",
    "caption",
    "credit",
    "byline",
    "author",
];
/// Deepest nesting the tree keeps; deeper elements become siblings.
const MAX_DEPTH: usize = 256;

#[derive(Debug, Default)]
struct Node {
    tag: String,
    parent: usize,
    children: Vec<usize>,
    /// Lowercased class and id, space separated.
    names: String,
    /// For a text node: its source span and decoded text.
    text: Option<(Span, String)>,
    /// Dropped before scoring (boilerplate, hidden, never text).
    removed: bool,
}

struct Tree {
    nodes: Vec<Node>,
    title: String,
    og_title: Option<String>,
    h1: Option<String>,
    author: Option<String>,
    date: Option<String>,
}

fn words(names: &str) -> impl Iterator<Item = &str> {
    names.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).filter(|w| !w.is_empty())
}

fn has_any(names: &str, list: &[&str]) -> bool {
    words(names).any(|w| list.contains(&w) || w.split('-').any(|part| list.contains(&part)))
}

fn build(src: &str, pass: Pass) -> Tree {
    let mut t =
        Tree { nodes: vec![Node::default()], title: String::new(), og_title: None, h1: None, author: None, date: None };
    let mut stack: Vec<usize> = vec![0];
    let mut in_title = false;
    let mut h1_open: Option<String> = None;
    // a removed element (a script, a hidden box) opened past MAX_DEPTH cannot hold its content in
    // the tree: its tokens are skipped up to its end tag (name, open elements of that name)
    let mut swallow: Option<(String, usize)> = None;
    for token in html_lex::tokens(src) {
        if let Some((name, open)) = swallow.as_mut() {
            match &token {
                Token::StartTag(tag) if tag.name == *name && !tag.self_closing => *open += 1,
                Token::EndTag(end) if end.as_ref() == name.as_str() => *open -= 1,
                _ => {}
            }
            if *open == 0 {
                swallow = None;
            }
            continue;
        }
        match token {
            Token::StartTag(tag) => {
                let name = tag.name.as_ref();
                let attr = |k: &str| tag.attr(k).map(str::to_owned);
                match name {
                    "meta" => {
                        let key = attr("property").or_else(|| attr("name")).unwrap_or_default().to_ascii_lowercase();
                        match key.as_str() {
                            "og:title" => t.og_title = attr("content"),
                            "author" | "article:author" => t.author = t.author.take().or_else(|| attr("content")),
                            "article:published_time" | "date" | "pubdate" => {
                                t.date = t.date.take().or_else(|| attr("content"))
                            }
                            _ => {}
                        }
                        continue;
                    }
                    "title" if !tag.foreign => in_title = true,
                    "time" => t.date = t.date.take().or_else(|| attr("datetime")),
                    "h1" if t.h1.is_none() => h1_open = Some(String::new()),
                    _ => {}
                }
                // implied ends
                let close_to = |stack: &mut Vec<usize>, nodes: &[Node], target: &[&str], stop: &[&str]| {
                    if let Some(pos) = stack.iter().rposition(|&n| {
                        let tag = nodes.get(n).map_or("", |x| x.tag.as_str());
                        target.contains(&tag) || stop.contains(&tag)
                    }) {
                        let tag = stack.get(pos).and_then(|&n| nodes.get(n)).map_or("", |x| x.tag.as_str());
                        if target.contains(&tag) {
                            stack.truncate(pos.max(1));
                        }
                    }
                };
                if CLOSES_P.contains(&name) {
                    close_to(
                        &mut stack,
                        &t.nodes,
                        &["p"],
                        &["div", "section", "article", "td", "li", "body", "blockquote"],
                    );
                }
                match name {
                    "li" => close_to(&mut stack, &t.nodes, &["li"], &["ul", "ol", "menu"]),
                    "dt" | "dd" => close_to(&mut stack, &t.nodes, &["dt", "dd"], &["dl"]),
                    "tr" => close_to(&mut stack, &t.nodes, &["tr"], &["table", "tbody", "thead"]),
                    "td" | "th" => close_to(&mut stack, &t.nodes, &["td", "th"], &["tr", "table"]),
                    "option" => close_to(&mut stack, &t.nodes, &["option"], &["select"]),
                    _ => {}
                }
                let names = ["class", "id", "role"]
                    .iter()
                    .filter_map(|k| attr(k))
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_ascii_lowercase();
                let style = attr("style").unwrap_or_default().replace(' ', "").to_ascii_lowercase();
                let hidden = tag.attr("hidden").is_some()
                    || attr("aria-hidden").as_deref() == Some("true")
                    || style.contains("display:none")
                    || style.contains("visibility:hidden");
                let role = attr("role").unwrap_or_default().to_ascii_lowercase();
                let unlikely = pass.strip_unlikely
                    && !matches!(name, "body" | "html" | "article" | "main" | "a")
                    && (has_any(&names, UNLIKELY) && !has_any(&names, MAYBE) || UNLIKELY_ROLES.contains(&role.trim()));
                let parent = stack.last().copied().unwrap_or(0);
                let id = t.nodes.len();
                let removed = hidden || unlikely || SKIP.contains(&name);
                // `<script src=x />` still opens: HTML ignores the slash on non-void elements, and
                // the tokenizer reads what follows as the script's text up to `</script>`; in an
                // `<svg>` the slash closes
                let opens =
                    !VOID.contains(&name) && (!tag.self_closing || super::html_lex::is_raw_text(name) && !tag.foreign);
                if removed && opens && stack.len() >= MAX_DEPTH {
                    swallow = Some((name.to_owned(), 1));
                    continue;
                }
                t.nodes.push(Node { removed, tag: name.to_owned(), parent, names, ..Node::default() });
                if let Some(p) = t.nodes.get_mut(parent) {
                    p.children.push(id);
                }
                if opens && stack.len() < MAX_DEPTH {
                    stack.push(id);
                }
            }
            Token::EndTag(name) => {
                if name == "title" {
                    in_title = false;
                }
                if name == "h1" {
                    if let Some(h) = h1_open.take() {
                        t.h1.get_or_insert(h);
                    }
                }
                if let Some(pos) = stack.iter().rposition(|&n| t.nodes.get(n).is_some_and(|x| x.tag == name)) {
                    stack.truncate(pos.max(1));
                }
            }
            Token::Text(s) => {
                let text = s.text.into_owned();
                if in_title {
                    t.title.push_str(&text);
                    continue;
                }
                if let Some(h) = h1_open.as_mut() {
                    h.push_str(&text);
                }
                let parent = stack.last().copied().unwrap_or(0);
                let id = t.nodes.len();
                t.nodes.push(Node { parent, text: Some((s.span, text)), ..Node::default() });
                if let Some(p) = t.nodes.get_mut(parent) {
                    p.children.push(id);
                }
            }
        }
    }
    drop_noscripts(&mut t, if pass.noscript { MIN_NOSCRIPT_CHARS } else { usize::MAX });
    // a removed element removes its subtree (parents come before children in the arena)
    for i in 1..t.nodes.len() {
        let parent_removed = t.nodes.get(t.nodes.get(i).map_or(0, |n| n.parent)).is_some_and(|p| p.removed) && i > 0;
        if parent_removed {
            if let Some(n) = t.nodes.get_mut(i) {
                n.removed = true;
            }
        }
    }
    t
}

/// A `<noscript>` with less text than this is a message or a tracking pixel, not the article
/// given to readers without JavaScript.
const MIN_NOSCRIPT_CHARS: usize = 300;

/// Removes each `<noscript>` holding less than `min` characters of text.
fn drop_noscripts(t: &mut Tree, min: usize) {
    // the closest `<noscript>` around each node, itself included (parents come first)
    let mut owner: Vec<Option<usize>> = vec![None; t.nodes.len()];
    let mut chars: Vec<usize> = vec![0; t.nodes.len()];
    let mut any = false;
    for i in 1..t.nodes.len() {
        let Some(node) = t.nodes.get(i) else { continue };
        let own = if node.tag == "noscript" { Some(i) } else { owner.get(node.parent).copied().flatten() };
        any |= own.is_some();
        if let (Some(o), Some((_, text))) = (own, &node.text) {
            if let Some(c) = chars.get_mut(o) {
                *c += text.split_whitespace().map(|w| w.chars().count() + 1).sum::<usize>();
            }
        }
        if let Some(slot) = owner.get_mut(i) {
            *slot = own;
        }
    }
    if !any {
        return;
    }
    for (node, &c) in t.nodes.iter_mut().zip(&chars) {
        if node.tag == "noscript" && c < min {
            node.removed = true;
        }
    }
}

/// Per-node sums of text: characters, characters inside links, commas, and whether the node
/// holds a block element.
#[derive(Clone, Copy, Debug, Default)]
struct Sums {
    chars: usize,
    link_chars: usize,
    commas: usize,
    has_block: bool,
    /// `<article>` elements inside (not counting the node itself).
    articles: usize,
}

fn sums(t: &Tree) -> Vec<Sums> {
    let mut s = vec![Sums::default(); t.nodes.len()];
    for i in (1..t.nodes.len()).rev() {
        let Some(node) = t.nodes.get(i) else { continue };
        if node.removed {
            continue;
        }
        let mine = s.get(i).copied().unwrap_or_default();
        let mut add = mine;
        if let Some((_, text)) = &node.text {
            let n = text.split_whitespace().map(|w| w.chars().count() + 1).sum::<usize>();
            add.chars += n;
            add.commas += text.matches([',', '，']).count();
            if let Some(x) = s.get_mut(i) {
                *x = add;
            }
        } else if node.tag == "a" {
            add.link_chars = add.chars;
            if let Some(x) = s.get_mut(i) {
                *x = add;
            }
        }
        let is_block = BLOCKS.contains(&node.tag.as_str()) && node.tag != "br";
        if let Some(p) = s.get_mut(node.parent) {
            p.chars += add.chars;
            p.link_chars += add.link_chars;
            p.commas += add.commas;
            p.has_block |= is_block || add.has_block;
            p.articles += add.articles + usize::from(node.tag == "article");
        }
    }
    s
}

fn class_weight(names: &str) -> f64 {
    let mut w = 0.0;
    if has_any(names, NEGATIVE) {
        w -= 25.0;
    }
    if has_any(names, POSITIVE) {
        w += 25.0;
    }
    w
}

fn base_score(tag: &str) -> f64 {
    match tag {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

fn link_density(s: &Sums) -> f64 {
    if s.chars == 0 {
        0.0
    } else {
        s.link_chars as f64 / s.chars as f64
    }
}

/// Each node's final score (`None` for a node that is no candidate).
fn scores(t: &Tree, s: &[Sums]) -> Vec<Option<f64>> {
    let mut score: Vec<Option<f64>> = vec![None; t.nodes.len()];
    for (i, node) in t.nodes.iter().enumerate() {
        if node.removed || node.text.is_some() {
            continue;
        }
        let scorable = matches!(node.tag.as_str(), "p" | "pre" | "td" | "h2" | "h3" | "h4" | "h5" | "h6" | "section")
            || (node.tag == "div" && !s.get(i).is_some_and(|x| x.has_block));
        let sum = s.get(i).copied().unwrap_or_default();
        if !scorable || sum.chars < 25 {
            continue;
        }
        let points = 1.0 + sum.commas as f64 + (sum.chars as f64 / 100.0).floor().min(3.0);
        let mut ancestor = node.parent;
        for level in 0..5 {
            // the page itself is no candidate: when nothing else scores, the body is taken whole
            if is_body(t, ancestor) {
                break;
            }
            let Some(a) = t.nodes.get(ancestor) else { break };
            // a row or a group of rows is a slice of a table, never the article: the cells and
            // the table score, and the level still counts
            let slot = score.get_mut(ancestor).filter(|_| !is_row(&a.tag));
            if let Some(slot) = slot {
                let current = slot.get_or_insert_with(|| base_score(&a.tag) + class_weight(&a.names));
                *current += match level {
                    0 => points,
                    1 => points / 2.0,
                    l => points / (l as f64 * 3.0),
                };
            }
            ancestor = a.parent;
        }
    }
    score
        .iter()
        .enumerate()
        .map(|(i, sc)| sc.map(|sc| sc * (1.0 - link_density(&s.get(i).copied().unwrap_or_default()))))
        .collect()
}

/// The candidates, best first.
fn rank(finals: &[Option<f64>]) -> Vec<(usize, f64)> {
    let mut ranked: Vec<(usize, f64)> = finals.iter().enumerate().filter_map(|(i, f)| f.map(|f| (i, f))).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked
}

/// The nodes holding the article, in document order.
fn content(t: &Tree, s: &[Sums]) -> Vec<usize> {
    let finals = scores(t, s);
    let final_score = |i: usize| finals.get(i).copied().flatten();
    let ranked = rank(&finals);
    let Some(&(first, first_score)) = ranked.first() else {
        // nothing scored: the whole body
        return t.nodes.iter().position(|n| n.tag == "body").into_iter().collect();
    };
    let top = promote(t, &ranked, &finals, first, first_score);
    let top_score = final_score(top)
        .unwrap_or_else(|| t.nodes.get(top).map_or(0.0, |n| base_score(&n.tag) + class_weight(&n.names)));
    let parent = t.nodes.get(top).map_or(0, |n| n.parent);
    if parent == 0 || is_body(t, top) {
        return vec![top];
    }
    // siblings are measured against the best candidate even when a wrapper of it holds the article
    let threshold = (top_score.max(first_score) * 0.2).max(10.0);
    let top_names = t.nodes.get(top).map_or("", |n| n.names.as_str());
    let siblings = t.nodes.get(parent).map(|p| p.children.clone()).unwrap_or_default();
    siblings
        .into_iter()
        .filter(|&c| {
            if c == top {
                return true;
            }
            // a box of several `<article>`s lists other stories
            if clutter(t, s, c) || s.get(c).is_some_and(|x| x.articles >= 2) {
                return false;
            }
            let Some(node) = t.nodes.get(c) else { return false };
            if node.removed || node.text.is_some() {
                return false;
            }
            let sum = s.get(c).copied().unwrap_or_default();
            // a part of the article built like the best candidate (a page builder's row), however
            // deep its text sits
            if same_kind(&node.names, top_names) && sum.chars > 0 && link_density(&sum) < 0.25 {
                return true;
            }
            let bonus = if !top_names.is_empty() && node.names == top_names { top_score * 0.2 } else { 0.0 };
            if final_score(c).is_some_and(|f| f + bonus >= threshold) {
                return true;
            }
            if node.tag == "p" {
                let ld = link_density(&sum);
                return (sum.chars > 80 && ld < 0.25) || (sum.chars > 0 && sum.chars <= 80 && ld == 0.0);
            }
            false
        })
        .collect()
}

/// Whether two class-and-id lists name the same kind of element: equal once the words holding a
/// digit are left out, which page builders generate per element (`row r-12` and `row r-7`).
fn same_kind(a: &str, b: &str) -> bool {
    fn kind(names: &str) -> impl Iterator<Item = &str> {
        names.split_whitespace().filter(|w| !w.bytes().any(|c| c.is_ascii_digit()))
    }
    kind(a).next().is_some() && kind(a).eq(kind(b))
}

/// Whether an element is a table row or a group of rows.
fn is_row(tag: &str) -> bool {
    matches!(tag, "tr" | "tbody" | "thead" | "tfoot")
}

/// Whether `i` is the page's `<body>` or above it.
fn is_body(t: &Tree, i: usize) -> bool {
    i == 0 || t.nodes.get(i).is_none_or(|n| matches!(n.tag.as_str(), "body" | "html"))
}

/// How many of the best candidates are compared when the article is split into parts.
const TOP_CANDIDATES: usize = 5;
/// How many of them must share an ancestor for it to hold the article.
const MIN_TOP_CANDIDATES: usize = 3;

/// The element holding the article, from the best candidate (Readability's steps): when at least
/// three of the next best score three quarters of it, their closest common ancestor with it (an
/// article split into parts by pictures or ads); then an ancestor scoring more than the path
/// below it, climbing while scores stay above a third; then up past wrappers with one child.
fn promote(t: &Tree, ranked: &[(usize, f64)], finals: &[Option<f64>], mut top: usize, top_score: f64) -> usize {
    let parent_of = |i: usize| t.nodes.get(i).map_or(0, |n| n.parent);
    let ancestors = |i: usize| {
        let mut list = Vec::new();
        let mut a = parent_of(i);
        while !is_body(t, a) {
            list.push(a);
            a = parent_of(a);
        }
        list
    };
    let alternatives: Vec<Vec<usize>> = ranked
        .iter()
        .skip(1)
        .take(TOP_CANDIDATES - 1)
        .filter(|(_, f)| top_score > 0.0 && f / top_score >= 0.75)
        .map(|&(i, _)| ancestors(i))
        .collect();
    if alternatives.len() >= MIN_TOP_CANDIDATES {
        if let Some(&common) = ancestors(top).iter().find(|&&a| {
            !t.nodes.get(a).is_some_and(|n| is_row(&n.tag))
                && alternatives.iter().filter(|list| list.contains(&a)).count() >= MIN_TOP_CANDIDATES
        }) {
            top = common;
        }
    }
    let score = |i: usize| finals.get(i).copied().flatten();
    if let Some(mut last) = score(top) {
        let floor = last / 3.0;
        let mut a = parent_of(top);
        while !is_body(t, a) {
            if let Some(f) = score(a) {
                if f < floor {
                    break;
                }
                if f > last {
                    top = a;
                    break;
                }
                last = f;
            }
            a = parent_of(a);
        }
    }
    loop {
        let a = parent_of(top);
        let only_child = t.nodes.get(a).is_some_and(|p| {
            p.children.iter().filter(|&&c| t.nodes.get(c).is_some_and(|n| n.text.is_none() && !n.removed)).count() == 1
        });
        if is_body(t, a) || !only_child {
            return top;
        }
        top = a;
    }
}

/// Text without a link at least this long is prose, whatever its element is named.
const MIN_PROSE_CHARS: usize = 500;

/// Whether an element inside the content is clutter to leave out (Readability's conditional
/// cleaning, simplified): negatively named (unless it holds [`MIN_PROSE_CHARS`] of text and no
/// link), or mostly links.
fn clutter(t: &Tree, s: &[Sums], i: usize) -> bool {
    let Some(node) = t.nodes.get(i) else { return true };
    if !matches!(node.tag.as_str(), "div" | "ul" | "ol" | "section" | "table" | "header" | "p" | "dl") {
        return false;
    }
    let sum = s.get(i).copied().unwrap_or_default();
    let ld = link_density(&sum);
    // a page builder's `widget` holding paragraphs of prose without a link is the article's
    let prose = sum.link_chars == 0 && sum.chars >= MIN_PROSE_CHARS;
    if class_weight(&node.names) < 0.0 && sum.commas < 10 && !prose {
        return true;
    }
    (ld > 0.5 && sum.commas < 10) || (node.tag == "header" && sum.chars < 500)
}

/// Text shorter than this means the extraction threw the article away: try again without
/// removing elements by their class names (Readability's retry).
const MIN_ARTICLE_CHARS: usize = 500;

/// How a pass reads the page: the first removes unlikely candidates and ignores `<noscript>`.
#[derive(Clone, Copy)]
struct Pass {
    /// Remove elements named like boilerplate.
    strip_unlikely: bool,
    /// Read a `<noscript>` holding at least [`MIN_NOSCRIPT_CHARS`] of text as part of the page.
    noscript: bool,
}

pub(crate) fn clean(src: &str) -> Document {
    // Readability's retries: each pass runs only when the ones before found too little text, and
    // the longest text wins
    const PASSES: [Pass; 3] = [
        Pass { strip_unlikely: true, noscript: false },
        Pass { strip_unlikely: false, noscript: false },
        Pass { strip_unlikely: true, noscript: true },
    ];
    let mut best = extract(src, PASSES[0]);
    for pass in PASSES.into_iter().skip(1) {
        if best.text.chars().count() >= MIN_ARTICLE_CHARS {
            break;
        }
        let doc = extract(src, pass);
        if doc.text.len() > best.text.len() {
            best = doc;
        }
    }
    best
}

fn extract(src: &str, pass: Pass) -> Document {
    let tree = build(src, pass);
    let s = sums(&tree);
    let roots = content(&tree, &s);
    let mut b = Builder::new(src, Format::Html);
    let mut need_space = false;
    // whether the last heading opened names a box that was left out
    let mut label = false;
    for root in roots {
        // iterative pre-order walk; `None` marks leaving an element
        let mut todo: Vec<Option<usize>> = vec![Some(root)];
        while let Some(item) = todo.pop() {
            let Some(i) = item else {
                drop_boilerplate(&mut b);
                b.open(BlockKind::Paragraph, 0);
                need_space = false;
                continue;
            };
            let Some(node) = tree.nodes.get(i) else { continue };
            if node.removed {
                continue;
            }
            if let Some((span, text)) = &node.text {
                emit_text(src, text, *span, &mut b, &mut need_space);
                continue;
            }
            if i != root && clutter(&tree, &s, i) {
                continue;
            }
            if BLOCKS.contains(&node.tag.as_str()) {
                let kind = match node.tag.as_str() {
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
                    "li" => BlockKind::ListItem,
                    _ => BlockKind::Paragraph,
                };
                let at = node
                    .children
                    .first()
                    .and_then(|&c| tree.nodes.get(c))
                    .and_then(|c| c.text.as_ref())
                    .map_or(0, |(sp, _)| sp.start);
                drop_boilerplate(&mut b);
                b.open(kind, at);
                if kind == BlockKind::Heading {
                    label = labels_dropped_box(&tree, &s, i);
                }
                need_space = false;
                todo.push(None);
            }
            todo.extend(node.children.iter().rev().map(|&c| Some(c)));
        }
    }
    drop_boilerplate(&mut b);
    if label {
        b.close();
        b.drop_trailing_heading();
    }
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let title = tree
        .og_title
        .clone()
        .or(tree.h1.clone())
        .or(Some(tree.title.clone()))
        .map(|t| squash(&t))
        .filter(|t| !t.is_empty());
    let meta = b.meta();
    meta.title = title;
    meta.byline = tree.author.map(|a| squash(&a)).filter(|a| !a.is_empty());
    meta.date = tree.date;
    let mut doc = b.finish();
    // a heading that repeats the title is not article text
    if let Some(t) = doc.meta.title.clone() {
        let text = doc.text.clone();
        doc.blocks.retain(|bl| !(bl.kind == BlockKind::Heading && squash(bl.span.slice(&text)) == t));
    }
    doc
}

/// Whether the heading `i` is the label of a box left out: the element right after it is
/// removed or clutter (a list of related links under "Related topics").
fn labels_dropped_box(t: &Tree, s: &[Sums], i: usize) -> bool {
    let Some(parent) = t.nodes.get(t.nodes.get(i).map_or(0, |n| n.parent)) else { return false };
    let next = parent
        .children
        .iter()
        .skip_while(|&&c| c != i)
        .skip(1)
        .find(|&&c| t.nodes.get(c).is_some_and(|n| n.text.as_ref().is_none_or(|(_, x)| !x.trim().is_empty())));
    next.is_some_and(|&c| t.nodes.get(c).is_some_and(|n| n.text.is_none() && (n.removed || clutter(t, s, c))))
}

/// Drops the open block when it is a notice, a "read also" line or a row of share buttons
/// standing on its own (the text cleaner's patterns, which look only at short paragraphs), or a
/// copyright line: one that opens with `©` or `Copyright`, or reserves all rights. Not the other
/// kinds, nor legal lines that merely mention a company or a licence: in a page a short paragraph
/// with `SRL`, `copyright` or an e-mail address is as often the article's, and captions and
/// bylines are already left out by the markup.
fn drop_boilerplate(b: &mut Builder) {
    let text = b.open_text();
    let words = text.split_whitespace().count();
    let drop = words > 0
        && match classify(text, words) {
            Some(Boiler::Notice | Boiler::ReadAlso | Boiler::Social) => true,
            Some(Boiler::Legal) => copyright_line(text),
            _ => false,
        };
    if drop {
        b.discard();
    }
}

/// Whether a short legal line is a copyright notice: it opens with `©`, `(c)` or `Copyright`,
/// or it reserves all rights.
fn copyright_line(text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    ["©", "(c)", "copyright", "™"].iter().any(|p| lower.starts_with(p))
        || ["all rights reserved", "tutti i diritti riservati", "riproduzione riservata"]
            .iter()
            .any(|n| lower.contains(n))
}

/// Emits a text node from its source, with runs of whitespace collapsed to one space and
/// character references decoded, each as a piece of its own, so every span maps back exactly.
/// `decoded` (the tokenizer's text) is used only when the source span does not hold the node.
fn emit_text(src: &str, decoded: &str, span: Span, b: &mut Builder, need_space: &mut bool) {
    let Some(raw) = src.get(span.range()) else {
        let words: Vec<&str> = decoded.split_whitespace().collect();
        if !words.is_empty() {
            if *need_space {
                b.insert(" ", Span::new(span.start, span.start));
            }
            b.insert(&words.join(" "), span);
            *need_space = decoded.ends_with(char::is_whitespace);
        }
        return;
    };
    let mut run = 0usize; // start of the pending verbatim run, relative to raw
    let mut i = 0usize;
    let mut gap = Span::new(span.start, span.start); // the last run of whitespace skipped
    let at = |x: usize| span.start + x;
    let bytes = raw.as_bytes();
    while i < raw.len() {
        let rest = raw.get(i..).unwrap_or("");
        let c = rest.chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        if c.is_whitespace() {
            b.keep(Span::new(at(run), at(i)));
            let ws = rest.find(|x: char| !x.is_whitespace()).unwrap_or(rest.len());
            *need_space = true;
            gap = Span::new(at(i), at(i + ws));
            i += ws;
            run = i;
            continue;
        }
        if *need_space && b.text().chars().last().is_some_and(|x| !x.is_whitespace()) {
            // the collapsed whitespace before this word, mapped to the gap it stands for (or, when
            // it ended the previous text node, to this word's start)
            if gap.end == at(i) && gap.slice(src) == " " {
                b.keep(gap);
            } else if gap.end == at(i) {
                b.insert(" ", gap);
            } else {
                b.insert(" ", Span::new(at(i), at(i)));
            }
        }
        *need_space = false;
        if bytes.get(i) == Some(&b'&') {
            if let Some((ch, n)) = super::entities::decode(rest, super::entities::Context::Text) {
                b.keep(Span::new(at(run), at(i)));
                let ch = if ch == '\u{a0}' { ' ' } else { ch };
                let mut buf = [0u8; 4];
                b.insert(ch.encode_utf8(&mut buf), Span::new(at(i), at(i + n)));
                i += n;
                run = i;
                continue;
            }
        }
        if let Some(nfc) = nukta_decomposition(c) {
            b.keep(Span::new(at(run), at(i)));
            b.insert(nfc, Span::new(at(i), at(i + len)));
            i += len;
            run = i;
            continue;
        }
        i += len;
    }
    b.keep(Span::new(at(run), at(raw.len())));
}

/// The Unicode normal form (NFC) of an Indic letter with a nukta that NFC never composes
/// (Unicode's composition exclusions): pages often carry the precomposed letter, while the same
/// word typed or normalised elsewhere has the base letter and the nukta, and the two must match.
fn nukta_decomposition(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{0958}' => "\u{0915}\u{093C}",
        '\u{0959}' => "\u{0916}\u{093C}",
        '\u{095A}' => "\u{0917}\u{093C}",
        '\u{095B}' => "\u{091C}\u{093C}",
        '\u{095C}' => "\u{0921}\u{093C}",
        '\u{095D}' => "\u{0922}\u{093C}",
        '\u{095E}' => "\u{092B}\u{093C}",
        '\u{095F}' => "\u{092F}\u{093C}",
        '\u{09DC}' => "\u{09A1}\u{09BC}",
        '\u{09DD}' => "\u{09A2}\u{09BC}",
        '\u{09DF}' => "\u{09AF}\u{09BC}",
        '\u{0A33}' => "\u{0A32}\u{0A3C}",
        '\u{0A36}' => "\u{0A38}\u{0A3C}",
        '\u{0A59}' => "\u{0A16}\u{0A3C}",
        '\u{0A5A}' => "\u{0A17}\u{0A3C}",
        '\u{0A5B}' => "\u{0A1C}\u{0A3C}",
        '\u{0A5E}' => "\u{0A2B}\u{0A3C}",
        '\u{0B5C}' => "\u{0B21}\u{0B3C}",
        '\u{0B5D}' => "\u{0B22}\u{0B3C}",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(doc: &Document) -> Vec<&str> {
        doc.blocks.iter().map(|bl| doc.slice(bl.span)).collect()
    }

    #[test]
    fn article_text_without_scripts_or_navigation() {
        let src = "<!doctype html><html><head><title>Il titolo</title><script>var x = '<p>no</p>';</script></head>\
            <body><nav><a href='/'>Home</a></nav><article><h1>Il titolo</h1><p>Prima frase del pezzo, con una virgola.\n   Seconda frase &amp; fine.</p>\
            <div class='share-box'>Condividi</div><p>Un altro paragrafo del pezzo, abbastanza lungo da contare.</p></article><footer>© 2026</footer></body></html>";
        let doc = clean(src);
        assert_eq!(doc.meta.title.as_deref(), Some("Il titolo"));
        assert_eq!(
            blocks(&doc),
            vec![
                "Prima frase del pezzo, con una virgola. Seconda frase & fine.",
                "Un altro paragrafo del pezzo, abbastanza lungo da contare."
            ]
        );
        // spans point into the HTML source
        let orig = doc.to_original(doc.blocks[0].span);
        assert!(orig.slice(src).starts_with("Prima frase del pezzo"));
        assert!(orig.slice(src).ends_with("fine."));
    }

    #[test]
    fn the_article_wins_over_link_lists_and_sidebars() {
        let para = "<p>Il consiglio comunale ha approvato ieri sera, dopo una lunga discussione, il nuovo piano dei trasporti della valle, che prevede tre linee di autobus.</p>";
        let links: String =
            (0..30).map(|i| format!("<li><a href='/x{i}'>Un altro articolo da leggere numero {i}</a></li>")).collect();
        let src = format!(
            "<html><body><div id='menu'><ul>{links}</ul></div><div class='main-content'><div class='story'>{para}{para}{para}</div></div>\
             <div class='sidebar'><p>Pubblicità e altri contenuti che non fanno parte del pezzo, anche se lunghi e pieni di virgole, così, così.</p></div></body></html>"
        );
        let doc = clean(&src);
        let text = doc.text.clone();
        assert!(text.contains("Il consiglio comunale"), "{text}");
        assert!(!text.contains("Un altro articolo"), "{text}");
        assert!(!text.contains("Pubblicità"), "{text}");
    }

    #[test]
    fn references_decode_as_the_tokenizer_reads_them() {
        // before a multi-byte letter, without `;`, and 128–159 read as Windows-1252
        let src = "<body><p>La legge «&nbsp;la prévention », l&#8217;enquête, &#147;ok&#148; &amp fine.</p></body>";
        let doc = clean(src);
        assert_eq!(blocks(&doc), vec!["La legge « la prévention », l’enquête, “ok” & fine."]);
        let i = doc.text.find('’').unwrap_or(0);
        assert_eq!(doc.to_original(Span::new(i, i + '’'.len_utf8())).slice(src), "&#8217;");
    }

    #[test]
    fn a_self_closed_script_still_hides_its_text() {
        let src = "<body><article><p>Il consiglio ha approvato il piano, dopo una lunga discussione.</p>\
            <script src=x.js /> var segreto = 1; </script><style/> p { color: red } </style>\
            <p>Un secondo paragrafo del pezzo, abbastanza lungo da contare.</p></article></body>";
        let doc = clean(src);
        assert!(!doc.text.contains("segreto") && !doc.text.contains("color"), "{:?}", doc.text);
        assert_eq!(doc.blocks.len(), 2, "{:?}", blocks(&doc));
    }

    /// One extraction rule: a page, text that must be kept, text that must be left out.
    struct Case {
        name: &'static str,
        html: String,
        keep: &'static [&'static str],
        drop: &'static [&'static str],
        /// The page title, when the case checks it.
        title: Option<&'static str>,
    }

    /// A paragraph of article prose, long enough to score.
    fn prose(it: bool, n: usize) -> String {
        if it {
            format!("<p>Il consiglio comunale ha discusso a lungo, punto per punto, la proposta numero {n} sulla viabilità del centro storico, e alla fine l'ha approvata.</p>")
        } else {
            format!("<p>The town council spent the evening on proposal number {n}, going through it line by line, and in the end it passed with a comfortable margin.</p>")
        }
    }

    fn rule_cases() -> Vec<Case> {
        let names: String = (0..300).map(|i| format!("<a href='/u/{i}'>reader{i}</a>, ")).collect();
        let parts: String = (0..4)
            .map(|i| {
                format!(
                    "<div class='step'><div class='step-body'>{}{}</div></div><div class='gallery'><img src='p{i}.jpg'></div>",
                    prose(true, 2 * i),
                    prose(true, 2 * i + 1)
                )
            })
            .collect();
        let related: String = (0..6)
            .map(|i| format!("<li><a href='/r{i}'>Another story worth reading, number {i}</a> and a short teaser</li>"))
            .collect();
        vec![
            Case {
                name: "a complementary role is boilerplate, however many commas it holds",
                html: format!(
                    "<body><div class='work'>{}</div><div role='complementary'><p class='readers'>{names}</p></div></body>",
                    (1..6).map(|i| prose(false, i)).collect::<String>()
                ),
                keep: &["proposal number 1", "proposal number 5"],
                drop: &["reader7"],
                title: None,
            },
            Case {
                name: "an article split into parts by pictures is taken whole",
                html: format!("<body><div id='menu'><a href='/'>Home</a></div><div class='wrap'><div class='inner'>{parts}</div></div><footer>fine</footer></body>"),
                keep: &["proposta numero 0 ", "proposta numero 7 "],
                drop: &["Home"],
                title: None,
            },
            Case {
                name: "a wrapper with one child holds the article",
                html: format!(
                    "<body><div class='outer'><div class='mid'><div class='text'>{}{}{}</div></div><p>Testo breve ma con punto.</p></div></body>",
                    prose(true, 1),
                    prose(true, 2),
                    prose(true, 3)
                ),
                keep: &["proposta numero 1 ", "proposta numero 3 "],
                drop: &[],
                title: None,
            },
            Case {
                name: "an icon's self-closed svg title does not swallow the page",
                html: format!(
                    "<html><head><title>Pagina</title></head><body><a href='/'><svg><title/><path d='M0'/></svg></a><article>{}</article></body></html>",
                    (1..6).map(|i| prose(true, i)).collect::<String>()
                ),
                keep: &["proposta numero 1 ", "proposta numero 5 "],
                drop: &[],
                title: Some("Pagina"),
            },
            Case {
                name: "an article given only to readers without scripts is read from its noscript",
                html: format!(
                    "<body><div class='post-body'><script type='text/template'>{0}</script><noscript><p>Attiva JavaScript.</p>{0}</noscript></div><noscript><img src='pixel.gif'></noscript></body>",
                    (1..6).map(|i| prose(true, i)).collect::<String>()
                ),
                keep: &["proposta numero 1 ", "proposta numero 5 "],
                drop: &["pixel"],
                title: None,
            },
            Case {
                name: "a noscript message beside the article is left out",
                html: format!(
                    "<body><div class='story'><noscript><p>Please enable JavaScript, then reload, to see every part of this page as it was meant to be seen, with pictures, maps and the rest; without it, some parts will not work.</p></noscript>{}</div></body>",
                    (1..6).map(|i| prose(false, i)).collect::<String>()
                ),
                keep: &["proposal number 1", "proposal number 5"],
                drop: &["enable JavaScript"],
                title: None,
            },
            Case {
                name: "a sibling listing other stories is not taken, even with the article's class",
                html: format!(
                    "<body><section class='main'>{}</section><section class='main'>{}</section></body>",
                    (1..7).map(|i| prose(true, i)).collect::<String>(),
                    (0..4)
                        .map(|i| format!("<article class='teaser'><h3><a href='/s{i}'>Altra storia {i}</a></h3><p>Un riassunto della storia, con una virgola, e qualche parola in più per contare.</p></article>"))
                        .collect::<String>()
                ),
                keep: &["proposta numero 1 ", "proposta numero 6 "],
                drop: &["Altra storia", "riassunto"],
                title: None,
            },
            Case {
                name: "a table row of signatures inside the letter does not take its place",
                html: format!(
                    "<body><div class='letter'>{}<table><thead><tr><th>Firme</th></tr></thead><tbody><tr>{}</tr></tbody></table></div></body>",
                    (1..5).map(|i| prose(true, i)).collect::<String>(),
                    (0..4)
                        .map(|c| format!("<td>{}</td>", (0..30).map(|i| format!("<p>Firmatario {c}{i}, Università di Qualcosa</p>")).collect::<String>()))
                        .collect::<String>()
                ),
                keep: &["proposta numero 1 ", "proposta numero 4 ", "Firmatario 329"],
                drop: &[],
                title: None,
            },
            Case {
                name: "a notice or a row of share buttons standing alone is left out",
                html: format!(
                    "<body><article>{}<p>Sign up for our free newsletter</p>{}<div>Share Facebook Twitter WhatsApp</div>{}</article></body>",
                    prose(false, 1),
                    prose(false, 2),
                    prose(false, 3)
                ),
                keep: &["proposal number 1", "proposal number 3"],
                drop: &["newsletter", "WhatsApp"],
                title: None,
            },
            Case {
                name: "the heading of a list of links left out goes with it",
                html: format!(
                    "<body><article>{}<h3>Argomenti correlati</h3><ul><li><a href='/t/1'>Consiglio comunale</a></li><li><a href='/t/2'>Trasporti</a></li></ul></article></body>",
                    (1..5).map(|i| prose(true, i)).collect::<String>()
                ),
                keep: &["proposta numero 1 ", "proposta numero 4 "],
                drop: &["Argomenti correlati", "Trasporti"],
                title: None,
            },
            Case {
                name: "a heading over a picture at the end stays",
                html: format!(
                    "<body><article>{}<h2>La nuova linea sulla mappa</h2><img src='mappa.png' alt='mappa'></article></body>",
                    (1..5).map(|i| prose(true, i)).collect::<String>()
                ),
                keep: &["proposta numero 4 ", "La nuova linea sulla mappa"],
                drop: &[],
                title: None,
            },
            Case {
                name: "a link-heavy sibling of the article is not taken",
                html: format!(
                    "<body><div class='page'><div class='text'>{}{}{}{}</div><div class='more'><ul>{related}</ul><p>Read more stories, every day, here.</p></div></div></body>",
                    prose(false, 1),
                    prose(false, 2),
                    prose(false, 3),
                    prose(false, 4)
                ),
                keep: &["proposal number 1", "proposal number 4"],
                drop: &["Another story"],
                title: None,
            },
            Case {
                name: "rows a page builder gave the same classes are parts of one article",
                html: format!(
                    "<body><div class='post'>{}{}<div class='ad'>Pubblicità</div></div></body>",
                    builder_row(7, "<h2>Il consiglio comunale ha approvato, dopo una lunga seduta, il piano dei trasporti.</h2>"),
                    builder_row(12, &(1..6).map(|i| prose(true, i)).collect::<String>()),
                ),
                keep: &["approvato, dopo una lunga seduta", "proposta numero 1 ", "proposta numero 5 "],
                drop: &[],
                title: None,
            },
            Case {
                name: "a widget holding paragraphs of prose without links is no clutter",
                html: format!(
                    "<body><div class='page'><div class='text-widget'><div class='widget-box'>{}</div></div><div class='text-widget'><div class='widget-box'>{}</div></div></div></body>",
                    (1..5).map(|i| prose(false, i)).collect::<String>(),
                    (5..9).map(|i| prose(false, i)).collect::<String>()
                ),
                keep: &["proposal number 1", "proposal number 8"],
                drop: &[],
                title: None,
            },
            Case {
                name: "a paywall's message, an app's and a follow-us line are left out",
                html: format!(
                    "<body><article>{}<p>To read the full story, subscribe to the Valley Post today.</p><p>Already a subscriber? Log in for immediate access.</p>{}<p>Download the Valley Post app for iOS and Android.</p><p>Follow the Valley Post on Twitter and Facebook.</p></article></body>",
                    prose(false, 1),
                    prose(false, 2)
                ),
                keep: &["proposal number 1", "proposal number 2"],
                drop: &["full story", "Already a subscriber", "app for iOS", "Follow the"],
                title: None,
            },
            Case {
                name: "a copyright line is left out, a sentence naming a company or copyright stays",
                html: format!(
                    "<body><article>{}<p>The deal between Valle SRL and the town was signed on Monday.</p><p>The library lends books under open copyright licences.</p>{}<p>© 2026 Valley Post. All rights reserved.</p></article></body>",
                    prose(false, 1),
                    prose(false, 2)
                ),
                keep: &["proposal number 2", "Valle SRL", "open copyright licences"],
                drop: &["Valley Post"],
                title: None,
            },
        ]
    }

    /// A page builder's row: generated ids (`row-7`) beside the classes every row shares.
    fn builder_row(n: usize, inner: &str) -> String {
        format!("<div class='row' id='row-{n}'><div class='col'><div class='col-inner'><div class='wrap'><div class='text-block'><div class='inner'>{inner}</div></div></div></div></div></div>")
    }

    #[test]
    fn letters_with_a_nukta_come_out_in_normal_form_c() {
        // Bengali য় (U+09DF) is never composed by NFC: it is read as য + nukta, and its span is the
        // precomposed letter
        let src = "<body><p>আজ শনিবার সকালে কুষ্টি\u{09DF}া শহরে এ ঘটনা ঘটে, পুলিশ জানায়।</p></body>";
        let doc = clean(src);
        assert!(doc.text.contains("কুষ্টি\u{09AF}\u{09BC}া"), "{:?}", doc.text);
        assert!(!doc.text.contains('\u{09DF}'));
        let i = doc.text.find('\u{09AF}').unwrap_or(0);
        assert_eq!(doc.to_original(Span::new(i, i + 6)).slice(src), "\u{09DF}");
    }

    #[test]
    fn extraction_rules() {
        for case in rule_cases() {
            let doc = clean(&case.html);
            if let Some(title) = case.title {
                assert_eq!(doc.meta.title.as_deref(), Some(title), "{}", case.name);
            }
            for k in case.keep {
                assert!(doc.text.contains(k), "{}: {k:?} missing from {:?}", case.name, doc.text);
            }
            for d in case.drop {
                assert!(!doc.text.contains(d), "{}: {d:?} kept in {:?}", case.name, doc.text);
            }
            // every block maps back inside the page
            for bl in &doc.blocks {
                let orig = doc.to_original(bl.span);
                assert!(case.html.get(orig.range()).is_some(), "{}: span {orig:?}", case.name);
            }
        }
    }

    #[test]
    fn the_page_itself_is_no_candidate() {
        let src = format!("<html><body>{}<div>{}</div></body></html>", prose(true, 1), prose(true, 2));
        let tree = build(&src, Pass { strip_unlikely: true, noscript: false });
        let finals = scores(&tree, &sums(&tree));
        for (node, score) in tree.nodes.iter().zip(&finals) {
            assert_eq!(score.is_some(), node.tag == "div", "<{}> {score:?}", node.tag);
        }
    }

    #[test]
    fn tag_soup_and_deep_nesting() {
        // unclosed <p> and <li>, stray end tags
        let doc = clean("<body><div><p>Uno, due e tre sono i numeri di oggi in classe.<p>Quattro, cinque e sei sono quelli di domani.</span><ul><li>primo<li>secondo</ul></div></body>");
        assert_eq!(doc.blocks.len(), 4, "{:?}", blocks(&doc));
        let deep = format!(
            "<body>{}<p>Testo in fondo, molto in fondo, a una pila di div.</p>{}</body>",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        let doc = clean(&deep);
        assert!(doc.text.contains("Testo in fondo"));
    }
}

#[cfg(test)]
mod explain {
    use super::*;

    /// `SUNTO_HTML=page.html SUNTO_NEEDLE="some words" cargo test --lib explain -- --ignored --nocapture`
    /// prints the ancestors of the text holding the needle: tag, names, removed, sums.
    #[test]
    #[ignore]
    fn explain_page() {
        let path = std::env::var("SUNTO_HTML").unwrap_or_default();
        let needle = std::env::var("SUNTO_NEEDLE").unwrap_or_default();
        let src = std::fs::read_to_string(path).unwrap_or_default();
        let t = build(&src, Pass { strip_unlikely: true, noscript: false });
        let s = sums(&t);
        let roots = content(&t, &s);
        let names = |i: usize| (i, t.nodes[i].tag.clone(), t.nodes[i].names.clone());
        println!(
            "candidates: {:?}",
            rank(&scores(&t, &s)).iter().take(8).map(|&(i, f)| (names(i), f)).collect::<Vec<_>>()
        );
        println!(
            "content roots: {:?}",
            roots.iter().map(|&r| (r, &t.nodes[r].tag, &t.nodes[r].names)).collect::<Vec<_>>()
        );
        for (i, n) in t.nodes.iter().enumerate() {
            if n.text.as_ref().is_some_and(|(_, x)| x.contains(&needle)) {
                let mut a = i;
                while a != 0 {
                    let node = &t.nodes[a];
                    println!(
                        "{a} <{}> [{}] removed={} {:?} clutter={}",
                        node.tag,
                        node.names,
                        node.removed,
                        s[a],
                        clutter(&t, &s, a)
                    );
                    a = node.parent;
                }
                println!("--");
            }
        }
    }
}
