//! Sentence splitting within the blocks of a cleaned document.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with closing quotes and brackets after it) followed
//! by space and a character that can start a sentence. A dot does not end a sentence after an
//! abbreviation of the language (`Sig.`, `Dott.ssa`, `art.`, `Mr.`, `e.g.`), after an initial
//! (`J. Kushner`), or inside a number or acronym. Abbreviations that often end sentences too
//! (`ecc.`, `etc.`, `U.S.`) end one only when a function word follows. Headings are one unit
//! each; sentences never cross blocks. CJK full stops end sentences without a space.

use std::collections::HashSet;

use crate::clean::{BlockKind, Document};
use crate::lang::{Language, LanguageModel};
use crate::span::Span;

/// A unit of text: a sentence of a paragraph or list item, or a whole heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Span in the cleaned text.
    pub span: Span,
    pub kind: BlockKind,
    /// Index of its block in the document.
    pub block: usize,
}

/// Abbreviations that never end a sentence, lowercased, without the final dot.
fn abbreviations(lang: Option<Language>) -> &'static [&'static str] {
    match lang {
        Some(Language::Italian) => &[
            "sig", "sigg", "sig.ra", "sig.na", "dott", "dott.ssa", "dr", "prof", "prof.ssa", "avv", "ing", "arch",
            "geom", "rag", "on", "sen", "gen", "col", "magg", "ten", "cap", "mons", "don", "p", "pag", "pagg", "art",
            "artt", "n", "nn", "num", "cfr", "ca", "vol", "es", "ex", "tel", "fig", "sez", "par", "lett", "rif", "ed",
            "op", "cit", "vs", "sec", "secc", "ss", "st", "s", "sant", "v", "cod", "proc", "pen", "civ", "reg", "dl",
            "d.l", "d.lgs", "l", "co", "comma", "c", "lg", "min", "max", "ca", "circa", "mld", "mln", "gg", "av",
            "cost", "dir", "dipl", "mr",
        ],
        Some(Language::English) | None => &[
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "vs", "e.g", "i.e", "no", "nos", "vol", "p",
            "pp", "fig", "figs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "gen", "gov", "sen", "rep", "col", "lt", "capt", "sgt", "rev", "approx", "dept", "est", "univ", "ave",
            "blvd", "rd", "mssrs", "messrs", "hon", "pres", "supt", "det", "insp", "cf", "al", "ch", "sec", "art",
            "para", "ed", "eds", "op", "cit", "ibid", "ca", "c", "v",
        ],
        _ => &["e.g", "i.e", "vs", "dr", "prof", "st", "nr", "no", "art", "p", "pp"],
    }
}

/// Abbreviations that may also end a sentence.
const MAYBE_FINAL: &[&str] = &[
    "ecc", "etc", "inc", "ltd", "co", "corp", "plc", "llc", "jr", "sr", "u.s", "u.k", "u.n", "a.m", "p.m", "s.p.a",
    "s.r.l", "spa", "srl", "d.c", "a.c", "e.u", "u.s.a", "cit",
];

/// The sentences of a document's blocks.
pub fn split_sentences(doc: &Document, model: &LanguageModel) -> Vec<Sentence> {
    let abbrevs: HashSet<&str> = abbreviations(model.language).iter().copied().collect();
    let mut out = Vec::new();
    for (bi, block) in doc.blocks.iter().enumerate() {
        if block.kind == BlockKind::Heading {
            out.push(Sentence { span: block.span, kind: block.kind, block: bi });
            continue;
        }
        let text = doc.slice(block.span);
        let mut start = 0usize;
        for end in boundaries(text, &abbrevs, model) {
            push(&mut out, text, block.span.start, start, end, block.kind, bi);
            start = end;
        }
        push(&mut out, text, block.span.start, start, text.len(), block.kind, bi);
    }
    out
}

fn push(out: &mut Vec<Sentence>, text: &str, base: usize, start: usize, end: usize, kind: BlockKind, block: usize) {
    let Some(s) = text.get(start..end) else { return };
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if t.is_empty() {
        return;
    }
    let span = Span::new(base + start + lead, base + start + lead + t.len());
    out.push(Sentence { span, kind, block });
}

/// Byte offsets in `text` where a sentence ends.
fn boundaries(text: &str, abbrevs: &HashSet<&str>, model: &LanguageModel) -> Vec<usize> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0usize;
    while k < chars.len() {
        let Some(&(i, c)) = chars.get(k) else { break };
        if matches!(c, '。' | '！' | '？') {
            out.push(i + c.len_utf8());
            k += 1;
            continue;
        }
        if !matches!(c, '.' | '!' | '?' | '…') {
            k += 1;
            continue;
        }
        // the run of final punctuation and closing marks
        let at = k;
        let mut j = k;
        while chars.get(j + 1).is_some_and(|&(_, x)| matches!(x, '.' | '!' | '?' | '…')) {
            j += 1;
        }
        let run_end = j;
        while chars.get(j + 1).is_some_and(|&(_, x)| matches!(x, '"' | '”' | '’' | '\'' | '»' | ')' | ']' | '*')) {
            j += 1;
        }
        let Some(&(ji, jc)) = chars.get(j) else { break };
        let end = ji + jc.len_utf8();
        // space must follow
        let mut n = j + 1;
        let mut spaced = false;
        while chars.get(n).is_some_and(|&(_, x)| x.is_whitespace()) {
            n += 1;
            spaced = true;
        }
        let Some(&(_, next)) = chars.get(n) else { break };
        k = j + 1;
        // `?` or `!` then a lowercase word ends a sentence in informal text, unless a closing
        // quote or bracket shows the words go on (`«Perché no?» ha detto`)
        let bare_question = matches!(c, '?' | '!') && run_end == j;
        if !spaced || (next.is_lowercase() && !bare_question) {
            continue;
        }
        // a list number (`1. Definizioni.`) is not a sentence of its own
        let so_far = text.get(out.last().copied().unwrap_or(0)..i).unwrap_or("").trim();
        if c == '.'
            && run_end == at
            && !so_far.is_empty()
            && so_far.len() <= 3
            && so_far.bytes().all(|b| b.is_ascii_digit())
        {
            continue;
        }
        // a lone dot (not an ellipsis, not after ! or ?) may belong to an abbreviation
        if c == '.' && run_end == at {
            let word = word_before(text, i);
            let lower = word.to_lowercase();
            let is_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            if is_initial || abbrevs.contains(lower.as_str()) {
                continue;
            }
            if MAYBE_FINAL.contains(&lower.as_str()) {
                let next_word = next_word(text, chars.get(n).map_or(text.len(), |&(p, _)| p));
                if !model.is_stopword(&next_word.to_lowercase()) {
                    continue;
                }
            }
        }
        out.push(end);
    }
    out
}

/// The word (letters and in-word dots) just before byte `dot`.
fn word_before(text: &str, dot: usize) -> &str {
    let head = &text[..dot];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(p, c)| p + c.len_utf8());
    &head[start..]
}

fn next_word(text: &str, from: usize) -> &str {
    let rest = text.get(from..).unwrap_or("");
    let rest = rest.trim_start_matches(|c: char| !c.is_alphanumeric());
    let end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    &rest[..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::clean_with;
    use crate::options::Format;

    fn split(text: &str, lang: Language) -> Vec<String> {
        let doc = clean_with(text, Format::Text, false);
        let model = LanguageModel::new(Some(lang));
        split_sentences(&doc, &model).into_iter().map(|s| doc.slice(s.span).to_string()).collect()
    }

    #[test]
    fn italian() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Il Sig. Rossi e la Dott.ssa Neri sono arrivati. Poi è iniziata la riunione.",
                &["Il Sig. Rossi e la Dott.ssa Neri sono arrivati.", "Poi è iniziata la riunione."],
            ),
            (
                "Lo prevede l'art. 12 della legge n. 45 del 2020. La norma è chiara.",
                &["Lo prevede l'art. 12 della legge n. 45 del 2020.", "La norma è chiara."],
            ),
            (
                "La crescita è del 3,5 per cento. Il dato di ieri era 2.4 punti.",
                &["La crescita è del 3,5 per cento.", "Il dato di ieri era 2.4 punti."],
            ),
            (
                "«Perché no?» ha detto il sindaco. Nessuno ha risposto.",
                &["«Perché no?» ha detto il sindaco.", "Nessuno ha risposto."],
            ),
            (
                "Lo ha detto G. Verdi ai giornalisti. Poi è partito.",
                &["Lo ha detto G. Verdi ai giornalisti.", "Poi è partito."],
            ),
            (
                "La società Alfa S.p.A. ha chiuso in utile. I conti sono buoni.",
                &["La società Alfa S.p.A. ha chiuso in utile.", "I conti sono buoni."],
            ),
            (
                "1. Definizioni. Il presente accordo vale per tutti.",
                &["1. Definizioni.", "Il presente accordo vale per tutti."],
            ),
            (
                "Aspettavamo... Poi è arrivato. E aveva ragione!",
                &["Aspettavamo...", "Poi è arrivato.", "E aveva ragione!"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(split(text, Language::Italian), *want, "{text}");
        }
    }

    #[test]
    fn english() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Mr. Smith met Dr. Jones at No. 5 Park Lane. They talked.",
                &["Mr. Smith met Dr. Jones at No. 5 Park Lane.", "They talked."],
            ),
            (
                "It grew 3.5 percent, e.g. in Ohio. Then it fell.",
                &["It grew 3.5 percent, e.g. in Ohio.", "Then it fell."],
            ),
            ("He moved to the U.S. The move was hard.", &["He moved to the U.S.", "The move was hard."]),
            ("The U.S. Senate voted. J. R. Smith abstained.", &["The U.S. Senate voted.", "J. R. Smith abstained."]),
            ("where did you grow up? india? cool.", &["where did you grow up?", "india?", "cool."]),
            ("\"Why not?\" she asked. Nobody knew.", &["\"Why not?\" she asked.", "Nobody knew."]),
            ("Dear Nina,\nHere's a tip: rest.", &["Dear Nina,", "Here's a tip: rest."]),
        ];
        for (text, want) in cases {
            assert_eq!(split(text, Language::English), *want, "{text}");
        }
    }
}
