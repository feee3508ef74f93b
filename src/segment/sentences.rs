//! Sentence splitting within the blocks of a cleaned document.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with closing quotes and brackets after it) followed
//! by space and a character that can start a sentence. A dot does not end a sentence after an
//! abbreviation of the language (`Sig.`, `Dott.ssa`, `art.`, `Mr.`, `e.g.`), after an initial
//! (`J. Kushner`), or inside a number or acronym. Abbreviations that often end sentences too
//! (`ecc.`, `etc.`, `U.S.`) end one only when a function word follows. Headings are one unit
//! each; sentences never cross blocks. CJK full stops end sentences without a space.

use crate::hash::FxHashSet;

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

/// The abbreviations of `lang` and those common to all languages, as a set.
pub(crate) fn abbreviation_set(lang: Option<Language>) -> FxHashSet<&'static str> {
    abbreviations(lang).iter().chain(COMMON).copied().collect()
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
            "cost", "dir", "dipl", "mr", "gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "sett", "ott", "nov",
            "dic", "psicol", "d", "assoc", "amm", "ist", "ital", "rist", "trad", "vv",
        ],
        Some(Language::English) | None => &[
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "vs", "e.g", "i.e", "no", "nos", "n°",
            "vol", "p", "pp", "fig", "figs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "gen", "gov", "sen", "rep", "col", "lt", "capt", "sgt", "rev", "approx", "dept", "est",
            "univ", "ave", "blvd", "rd", "mssrs", "messrs", "hon", "pres", "supt", "det", "insp", "cf", "al", "ch",
            "sec", "art", "para", "ed", "eds", "op", "cit", "ibid", "ca", "c", "v",
        ],
        Some(Language::French) => &[
            "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "st", "ste", "cf", "p", "pp", "av", "bd", "n", "no", "vol",
            "art", "env", "chap", "éd", "fig", "ex", "mr", "apr", "janv", "févr", "avr", "juil", "sept", "oct", "nov",
            "déc", "s", "t", "ll", "aa", "ii", "rr", "ca", "max", "min", "réf", "tél",
        ],
        Some(Language::Spanish) => &[
            "sr", "sra", "sras", "sres", "srta", "dr", "dra", "d", "dña", "ud", "uds", "vd", "vds", "p", "pág", "págs",
            "párr", "párrf", "núm", "art", "cap", "av", "avda", "c", "cía", "ej", "fig", "vol", "aprox", "depto",
            "dpto", "lic", "ing", "prof", "gral", "tel", "n", "no", "nº", "ee", "uu", "ene", "feb", "mar", "abr",
            "jun", "jul", "ago", "sep", "sept", "oct", "nov", "dic", "atte", "admón", "máx", "mín", "s",
        ],
        Some(Language::German) => &[
            "z", "b", "bzw", "ca", "d.h", "evtl", "ggf", "inkl", "nr", "s", "u.a", "usw", "vgl", "z.b", "dr", "prof",
            "hr", "fr", "st", "str", "jh", "mio", "mrd", "tel", "abs", "art", "bd", "geb", "gest", "jr", "max", "min",
            "u", "v", "bspw", "allg", "sog", "zzgl", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept",
            "okt", "nov", "dez",
        ],
        Some(Language::Portuguese) => &[
            "sr", "sra", "srta", "dr", "dra", "d", "prof", "profa", "p", "pág", "n", "nº", "art", "cap", "av", "ex",
            "fig", "vol", "aprox", "eng", "gen", "cia", "ltda", "tel", "jan", "fev", "mar", "abr", "mai", "jun", "jul",
            "ago", "set", "out", "nov", "dez", "s",
        ],
    }
}

/// Abbreviations in names and titles that occur in text of any language.
const COMMON: &[&str] = &["mr", "mrs", "ms", "dr", "st", "mt", "jr", "sr", "prof", "e.g", "i.e", "vs", "ft"];

/// Abbreviations that may also end a sentence.
const MAYBE_FINAL: &[&str] = &[
    "ecc", "etc", "inc", "ltd", "co", "corp", "plc", "llc", "jr", "sr", "u.s", "u.k", "u.n", "a.m", "p.m", "s.p.a",
    "s.r.l", "spa", "srl", "d.c", "a.c", "e.u", "u.s.a", "cit",
];

/// The sentences of a document's blocks.
pub fn split_sentences(doc: &Document, model: &LanguageModel) -> Vec<Sentence> {
    let abbrevs = model.abbreviations();
    let mut out = Vec::new();
    for (bi, block) in doc.blocks.iter().enumerate() {
        if block.kind == BlockKind::Heading {
            // a heading is one unit, unless it is an inline list (`1. The first item 2. The second`)
            let text = doc.slice(block.span);
            let mut start = 0usize;
            for end in enumerations(text) {
                push(&mut out, text, block.span.start, start, end, block.kind, bi);
                start = end;
            }
            push(&mut out, text, block.span.start, start, text.len(), block.kind, bi);
            continue;
        }
        let text = doc.slice(block.span);
        let mut start = 0usize;
        for end in boundaries(text, abbrevs, model) {
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

/// Titles that start a new sentence after an abbreviation that may end one (`6 P.M. Mr. Smith`).
const TITLES: &[&str] = &["mr", "mrs", "ms", "dr", "prof", "sig", "dott", "sr", "sra", "herr", "frau", "m", "mme"];

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Full stops of Chinese and Japanese, which end a sentence without a space after them.
fn is_cjk_stop(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '“' | '’' | '‘' | '\'' | '»' | '›' | ')' | ']' | '*')
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// The character at byte `p` of `text`.
fn char_at(text: &str, p: usize) -> Option<char> {
    text.get(p..).and_then(|r| r.chars().next())
}

/// The byte after the character at `p` (`p + 1` past the end, to stay monotonic).
fn after(text: &str, p: usize) -> usize {
    p + char_at(text, p).map_or(1, char::len_utf8)
}

/// The next character at or after byte `from` that may end a sentence (`.`, `!`, `?`, `…` or a
/// CJK full stop), found by a byte scan: every other character is passed over undecoded.
fn next_terminal(text: &str, from: usize) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    let mut p = from;
    while let Some(rel) = bytes.get(p..)?.iter().position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE2 | 0xE3 | 0xEF)) {
        let at = p + rel;
        let c = char_at(text, at)?;
        if is_terminal(c) || is_cjk_stop(c) {
            return Some((at, c));
        }
        p = at + c.len_utf8();
    }
    None
}

/// Byte offsets in `text` where a sentence ends.
fn boundaries(text: &str, abbrevs: &FxHashSet<&str>, model: &LanguageModel) -> Vec<usize> {
    let mut out = Vec::new();
    let at_char = |p: usize| char_at(text, p);
    let next = |p: usize| after(text, p);
    let mut k = 0usize;
    while let Some((i, c)) = next_terminal(text, k) {
        if is_cjk_stop(c) {
            k = i + c.len_utf8();
            // not inside a title or quotation still open (`《摔跤吧！爸爸》`, `「…？」と`)
            // (looking back at most 400 bytes, so that a bracket never closed stays linear)
            let mut from = out.last().copied().unwrap_or(0).max(i.saturating_sub(400));
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let since = text.get(from..i).unwrap_or("");
            let opened = since.chars().filter(|c| matches!(c, '《' | '「' | '『' | '（')).count();
            let closed = since.chars().filter(|c| matches!(c, '》' | '」' | '』' | '）')).count();
            if opened <= closed && !text.get(k..).is_some_and(|r| r.starts_with(['》', '」', '』', '）'])) {
                out.push(k);
            }
            continue;
        }
        // the run of final punctuation, spaced ellipses (`. . .`) included; positions are the
        // bytes of characters
        let at = i;
        let mut j = i;
        loop {
            if at_char(next(j)).is_some_and(is_terminal) {
                j = next(j);
            } else if at_char(j) == Some('.') && at_char(next(j)) == Some(' ') && at_char(next(j) + 1) == Some('.') {
                j = next(j) + 1;
            } else {
                break;
            }
        }
        let run_end = j;
        // closing quotes and brackets, and French spaced guillemets (`RR. »`)
        let mut quoted = false;
        loop {
            let nj = next(j);
            if at_char(nj).is_some_and(is_closer) {
                quoted |= at_char(nj).is_some_and(|x| !matches!(x, ')' | ']' | '*'));
                j = nj;
            } else if at_char(nj).is_some_and(|x| matches!(x, ' ' | '\u{a0}' | '\u{202f}'))
                && at_char(next(nj)) == Some('»')
            {
                quoted = true;
                j = next(nj);
            } else {
                break;
            }
        }
        let end = next(j);
        let mut n = end;
        while at_char(n).is_some_and(is_space) {
            n = next(n);
        }
        let Some(next_char) = at_char(n) else { break };
        let next_at = n;
        k = end;
        if n == end {
            continue; // no space: inside a number, an acronym, a URL, `...see`
        }
        // a citation after a quotation belongs to it: `"…" (Smith 55).`
        if quoted && next_char == '(' {
            continue;
        }
        // `-- voila! --`: an aside (a double hyphen or a dash) goes on after its ! or ?
        let dash_aside = matches!(next_char, '–' | '—') || (next_char == '-' && at_char(n + 1) == Some('-'));
        if matches!(c, '!' | '?') && dash_aside {
            continue;
        }
        // a spaced ellipsis of three dots marks an omission inside a sentence; four end one
        let dots = text.get(at..next(run_end)).map_or(0, |r| r.bytes().filter(|&b| b == b'.').count());
        if run_end > at && at_char(next(at)) == Some(' ') && dots == 3 {
            continue;
        }
        if next_char.is_lowercase() {
            // in informal text a question may be followed by a lowercase sentence; not when a
            // closing quote shows the words go on (`«Perché no?» ha detto`)
            if !(c == '?' && run_end == j && run_end == at) {
                continue;
            }
        }
        // a lone dot (not an ellipsis, not after ! or ?) may belong to an abbreviation
        if c == '.' && run_end == at {
            let next_word = next_word(text, next_at).to_lowercase();
            let next = next_char;
            // a list number (`1. Definizioni.`) is not a sentence of its own
            let so_far = text.get(out.last().copied().unwrap_or(0)..i).unwrap_or("").trim();
            if !so_far.is_empty() && so_far.len() <= 3 && so_far.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let word = word_before(text, i);
            let lower = word.to_lowercase();
            // an initial (`J. Kushner`) or a one-letter abbreviation (`z. B.`), unless a function
            // word follows (`you and I. Did you…`)
            // (an initial stands alone: the `h` of `km/h` is not one)
            let standalone = text
                .get(..i.saturating_sub(word.len()))
                .and_then(|h| h.chars().next_back())
                .is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '"' | '“' | '«' | '\''));
            if standalone && word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
                let next_letter = text.get(next_at..).and_then(|r| r.chars().find(|c| c.is_alphanumeric()));
                if model.is_stopword(&next_word) && next_letter.is_some_and(char::is_uppercase) {
                    out.push(end);
                }
                continue;
            }
            if abbrevs.contains(lower.as_str()) {
                continue;
            }
            // a short word, then a number: an abbreviation before a figure (`N°. 1026`, `cap. 5`)
            let short = (1..=3).contains(&word.chars().count()) && !word.chars().all(|c| c.is_ascii_digit());
            if short && next.is_ascii_digit() && !model.is_stopword(&lower) {
                continue;
            }
            // German ordinals: `am 12. Juni`
            let ordinal = (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit());
            if ordinal && model.language == Some(Language::German) {
                continue;
            }
            let title_follows = TITLES.contains(&next_word.as_str()) && word.chars().any(char::is_uppercase);
            if MAYBE_FINAL.contains(&lower.as_str()) && !model.is_stopword(&next_word) && !title_follows {
                continue;
            }
        }
        out.push(end);
    }
    let quotes = quotations(text);
    out.retain(|&b| !quotes.iter().any(|q| b > q.start && b < q.end));
    out.extend(enumerations(text));
    out.sort_unstable();
    out.dedup();
    out
}

/// Cited quotations: a quotation that opens and closes within the paragraph, at most
/// [`MAX_QUOTATION`] bytes apart, and is followed by its source in brackets is kept in one piece
/// (`"Ei fu. Siccome immobile…" (Manzoni).`). Other quotations split as usual: in news a quoted
/// statement of several sentences is several sentences. Straight quotes pair in order; an
/// unpaired quote keeps nothing together.
fn quotations(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '"' | '“' | '«' | '„') => open = Some((i, c)),
            (Some((start, o)), '"' | '”' | '»' | '“')
                if matches!((o, c), ('"', '"') | ('“', '”') | ('«', '»') | ('„', '“') | ('„', '”')) =>
            {
                let after = text.get(i + c.len_utf8()..).unwrap_or("").trim_start();
                let goes_on = after.starts_with('(');
                if i - start <= MAX_QUOTATION && goes_on {
                    out.push(start..i);
                }
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// The longest quotation kept in one piece, in bytes.
const MAX_QUOTATION: usize = 400;

/// Starts of inline list items after the first (`1.) The first item 2.) The second item`,
/// `a. … b. …`, `• … • …`): the block must open with an item, and the markers must follow in
/// order (1, 2, 3… or a, b, c…, or the same bullet).
fn enumerations(text: &str) -> Vec<usize> {
    let marker = |s: &str| -> Option<(Option<u32>, usize)> {
        let s2 = s.trim_start_matches(['•', '⁃', '-', '*']).trim_start();
        let bullet = s2.len() != s.len();
        let digits = s2.bytes().take_while(u8::is_ascii_digit).count();
        let rest = s2.get(digits..)?;
        let (value, tail) = if digits > 0 && digits <= 2 {
            (s2.get(..digits)?.parse::<u32>().ok(), rest)
        } else if let Some(ch) = s2.chars().next().filter(|c| c.is_ascii_lowercase()) {
            (Some(ch as u32 - 'a' as u32 + 1), s2.get(1..)?)
        } else if bullet {
            (None, s2)
        } else {
            return None;
        };
        let punct = if tail.starts_with(".)") {
            2
        } else if tail.starts_with(['.', ')']) {
            1
        } else {
            0
        };
        if punct == 0 && !bullet {
            return None;
        }
        let after = tail.get(punct..)?;
        after.starts_with(' ').then_some((value, s.len() - after.len()))
    };
    let Some((first, _)) = marker(text) else { return Vec::new() };
    let mut expected = first.map(|v| v + 1);
    let mut out = Vec::new();
    for (pos, _) in text.char_indices().filter(|&(p, c)| c == ' ' && p > 0) {
        let Some(rest) = text.get(pos + 1..) else { continue };
        if let Some((value, _)) = marker(rest) {
            if value == expected || (first.is_none() && value.is_none()) {
                out.push(pos);
                expected = value.map(|v| v + 1);
            }
        }
    }
    out
}

/// The word (letters and in-word dots) just before byte `dot`.
fn word_before(text: &str, dot: usize) -> &str {
    let head = text.get(..dot).unwrap_or("");
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '°'))
        .map_or(0, |(p, c)| p + c.len_utf8());
    head.get(start..).unwrap_or("")
}

fn next_word(text: &str, from: usize) -> &str {
    let rest = text.get(from..).unwrap_or("");
    let rest = rest.trim_start_matches(|c: char| !c.is_alphanumeric());
    let end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    rest.get(..end).unwrap_or("")
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
    fn other_languages() {
        let cases: &[(&str, Language, &[&str])] = &[
            (
                "Hola Srta. Ledesma. ¿Cómo está hoy? Bien.",
                Language::Spanish,
                &["Hola Srta. Ledesma.", "¿Cómo está hoy?", "Bien."],
            ),
            ("Iba a 100 km/h. ¿Cuánto tardó?", Language::Spanish, &["Iba a 100 km/h.", "¿Cuánto tardó?"]),
            (
                "Wir treffen uns am 12. Juni, z. B. in Berlin. Dann reisen wir.",
                Language::German,
                &["Wir treffen uns am 12. Juni, z. B. in Berlin.", "Dann reisen wir."],
            ),
            ("„Ich komme.“ Sie ging.", Language::German, &["„Ich komme.“", "Sie ging."]),
            (
                "Il a écrit « LL.AA.II.RR. » pour eux. Mme Dupont a lu.",
                Language::French,
                &["Il a écrit « LL.AA.II.RR. » pour eux.", "Mme Dupont a lu."],
            ),
            (
                "Vive em Mt. Kisco com o Sr. Silva. Trabalha muito.",
                Language::Portuguese,
                &["Vive em Mt. Kisco com o Sr. Silva.", "Trabalha muito."],
            ),
        ];
        for (text, lang, want) in cases {
            assert_eq!(split(text, *lang), *want, "{text}");
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
            ("1.) Buy bread 2.) Buy milk", &["1.) Buy bread", "2.) Buy milk"]),
            ("Mix it and -- voila! -- it is done. Next step.", &["Mix it and -- voila! -- it is done.", "Next step."]),
            (
                "It was . . . strange. Then . . . . The end came.",
                &["It was . . . strange.", "Then . . . .", "The end came."],
            ),
            ("We met at 6 P.M. Mr. Lee was late.", &["We met at 6 P.M.", "Mr. Lee was late."]),
            ("You and I. Did Albert I. Jones call?", &["You and I.", "Did Albert I. Jones call?"]),
            ("\"Go home. Now.\" (Jones 12). He left.", &["\"Go home. Now.\" (Jones 12).", "He left."]),
        ];
        for (text, want) in cases {
            assert_eq!(split(text, Language::English), *want, "{text}");
        }
    }
}
