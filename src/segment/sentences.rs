//! Sentence splitting within the blocks of a cleaned document.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with closing quotes and brackets, a footnote mark
//! `[6]` or an emoticon after it) followed by space and a character that can start a sentence.
//! A dot does not end a sentence after an abbreviation of the language (`Sig.`, `Dott.ssa`,
//! `art.`, `Mr.`, `e.g.`), after an initial (`J. Kushner`), or inside a number, an acronym or a
//! web address. Abbreviations that often end sentences too (`ecc.`, `etc.`, `U.S.`, any dotted
//! acronym) end one only when a function word follows. Where the writer starts sentences in
//! lowercase ([`lowercase_starts`]), a lowercase word after `.` or `!` starts one too.
//!
//! Web text and e-mail add a few ends without final punctuation: after a lone emoticon, after a
//! link followed by a capitalised word, around the date and time of a forwarded e-mail's header,
//! and after a letter's closing (`Best regards,`). Headings and lines without final punctuation
//! are split the same way; sentences never cross blocks. CJK full stops end sentences without a
//! space.

use crate::hash::FxHashSet;

use crate::bytes::ByteSet;
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
const COMMON: &[&str] =
    &["mr", "mrs", "ms", "dr", "st", "mt", "jr", "sr", "prof", "e.g", "i.e", "vs", "ft", "p.s", "ps"];

/// Abbreviations that may also end a sentence.
const MAYBE_FINAL: &[&str] = &[
    "ecc", "etc", "inc", "ltd", "co", "corp", "plc", "llc", "jr", "sr", "u.s", "u.k", "u.n", "a.m", "p.m", "s.p.a",
    "s.r.l", "spa", "srl", "d.c", "a.c", "e.u", "u.s.a", "cit",
];

/// The sentences of a document's blocks.
pub fn split_sentences(doc: &Document, model: &LanguageModel) -> Vec<Sentence> {
    let abbrevs = model.abbreviations();
    let casual = lowercase_starts(&doc.text);
    let mut out = Vec::new();
    for (bi, block) in doc.blocks.iter().enumerate() {
        let text = doc.slice(block.span);
        let mut start = 0usize;
        for end in boundaries(text, abbrevs, model, casual) {
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

/// The bytes that may start a terminal or a clause mark: `.` `!` `?` `:` `;` `,` and the lead
/// bytes of the typographic and CJK ones.
const TERMINAL_START: ByteSet = ByteSet::of(b".!?:;,\xE2\xE3\xEF");

/// The next character at or after byte `from` that may end a sentence (`.`, `!`, `?`, `…`, a
/// CJK full stop, the `:` or `;` of an emoticon or a time, the `,` of a letter's closing), found
/// by a byte scan: every other character is passed over undecoded.
fn next_terminal(text: &str, from: usize) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    let mut p = from;
    while let Some(rel) = bytes.get(p..)?.iter().position(|&b| TERMINAL_START.has(b)) {
        let at = p + rel;
        let c = char_at(text, at)?;
        if is_terminal(c) || is_cjk_stop(c) || matches!(c, ':' | ';' | ',') {
            return Some((at, c));
        }
        p = at + c.len_utf8();
    }
    None
}

/// Byte offsets in `text` where a sentence ends.
///
/// `casual`: the writer starts sentences in lowercase (see [`lowercase_starts`]), so a lowercase
/// word after a full stop starts a new one unless the word before is an abbreviation.
fn boundaries(text: &str, abbrevs: &FxHashSet<&str>, model: &LanguageModel, casual: bool) -> Vec<usize> {
    let mut out = Vec::new();
    let at_char = |p: usize| char_at(text, p);
    let next = |p: usize| after(text, p);
    let mut k = 0usize;
    // starts of inline list items, and how many of them lie before the terminal at hand
    let items = enumerations(text);
    let mut item = 0usize;
    while let Some((i, c)) = next_terminal(text, k) {
        if let Some((from, to)) = stamp(text, i) {
            // the date and time of a forwarded e-mail's header (`Ann Lee 08/16/2000 12:05 PM`)
            // stand alone, unless a function word introduces them (`sent on 08/16/2000 12:05`)
            k = to;
            let before = text.get(..from).unwrap_or("").trim_end();
            let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            if !before.is_empty() && !model.is_stopword(&word.to_lowercase()) {
                out.push(from);
            }
            if text.get(to..).is_some_and(|r| !r.trim().is_empty()) {
                out.push(to);
            }
            continue;
        }
        if c == ',' {
            k = i + 1;
            // a letter's closing stands alone before the name (`Best regards, Ann`), when it
            // opens its sentence (tested first: most commas are far from a sentence's start)
            let since = out.last().copied().unwrap_or(0);
            let opens = i - since <= 24 && text.get(since..i).is_some_and(|s| s.split_whitespace().count() <= 2);
            let name = || text.get(k..).and_then(|r| r.trim_start().chars().next()).is_some_and(char::is_uppercase);
            if opens && name() && CLOSINGS.iter().any(|c| word_before(text, i).eq_ignore_ascii_case(c)) {
                out.push(k);
            }
            continue;
        }
        if matches!(c, ':' | ';') {
            k = i + 1;
            // an emoticon standing alone ends a sentence unless a lowercase word goes on after
            // it (`a great view :) The staff`)
            let alone = text.get(..i).and_then(|h| h.chars().next_back()).is_none_or(char::is_whitespace);
            let Some(len) = emoticon(text, i).filter(|_| alone) else {
                // Italian writes lowercase after a colon: a capital there starts a new sentence
                // (`Il motivo è semplice: Nessuno lo sapeva.`); a quotation does not
                let spaced = at_char(k).is_some_and(is_space);
                let capital = text.get(k..).and_then(|r| r.trim_start().chars().next()).is_some_and(char::is_uppercase);
                if c == ':' && model.language == Some(Language::Italian) && spaced && capital {
                    out.push(k);
                }
                continue;
            };
            k = i + len;
            let rest = text.get(k..).unwrap_or("").trim_start();
            if rest.chars().next().is_some_and(|c| !c.is_lowercase()) || is_link(rest) {
                out.push(k);
            }
            continue;
        }
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
        let mut smiley = false;
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
            } else if let Some(len) = footnote(text, nj) {
                // a reference mark belongs to the sentence before it (`in 1805. [6] Then`)
                j = nj + len - 1;
            } else if let Some(len) = emoticon(text, nj + 1).filter(|_| at_char(nj) == Some(' ')) {
                // so does an emoticon, and the next sentence may start in lowercase (`great! :P you`)
                j = nj + len;
                smiley = true;
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
            // no space: inside a number, an acronym, `...see`, or a link or an e-mail address,
            // which is passed over whole and ends a sentence when a capitalised word, a number
            // or another link follows it (`see http://a.com/x Then`)
            if let Some(link) = link_end(text, i) {
                let bare = text.get(..link).unwrap_or("").trim_end_matches(is_terminal).len();
                let rest = text.get(link..).unwrap_or("").trim_start();
                k = bare.max(k);
                let starts = rest.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
                if bare == link && (starts || is_link(rest)) {
                    out.push(link);
                }
            }
            continue;
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
        let rest = text.get(n..).unwrap_or("");
        let lower_next = next_char.is_lowercase() && !is_link(rest) && !smiley;
        if lower_next {
            // in informal text a question may be followed by a lowercase sentence, and so may a
            // full stop where the writer starts sentences in lowercase; not when a closing quote
            // shows the words go on (`«Perché no?» ha detto`)
            // (a run of `?` and `!` too, in casual text: `even 1 person?? cos I`)
            let bare = run_end == j && run_end == at;
            let marks = run_end == j
                && casual
                && text.get(at..next(run_end)).is_some_and(|r| r.bytes().all(|b| matches!(b, b'?' | b'!')));
            if !(bare && (c == '?' || matches!(c, '.' | '!') && casual) || marks) {
                continue;
            }
        }
        // a lone dot (not an ellipsis, not after ! or ?) may belong to an abbreviation
        if c == '.' && run_end == at {
            let next_word = next_word(text, next_at).to_lowercase();
            let next = next_char;
            // a list number (`1. Definizioni.`, `• 2. The second item`, `b. The second item`) is
            // not a sentence of its own
            while items.get(item).is_some_and(|&s| s < i) {
                item += 1;
            }
            let item_start = item.checked_sub(1).and_then(|x| items.get(x)).copied().unwrap_or(0);
            let so_far = text.get(out.last().copied().unwrap_or(0).max(item_start)..i).unwrap_or("");
            let so_far = so_far.trim().trim_start_matches(['•', '⁃', '-', '*']).trim_start();
            let number = (1..=3).contains(&so_far.len()) && so_far.bytes().all(|b| b.is_ascii_digit());
            let letter = !items.is_empty() && so_far.len() == 1 && so_far.bytes().all(|b| b.is_ascii_lowercase());
            if number || letter {
                continue;
            }
            let word = word_before(text, i);
            let lower = word.to_lowercase();
            // an initial (`J. Kushner`) or a one-letter abbreviation (`z. B.`), unless a function
            // word follows (`you and I. Did you…`)
            // (an initial stands alone: the `h` of `km/h` is not one)
            let head = text.get(..i.saturating_sub(word.len())).unwrap_or("");
            let mut before = head.chars().rev();
            let standalone = match (before.next(), before.next()) {
                (None, _) => true,
                // an apostrophe after a letter joins a word (`didn't.`); before a space it opens a quote
                (Some('\''), Some(p)) => !p.is_alphanumeric(),
                (Some(p), _) => p.is_whitespace() || matches!(p, '(' | '"' | '“' | '«' | '\''),
            };
            if standalone && word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
                let next_letter = text.get(next_at..).and_then(|r| r.chars().find(|c| c.is_alphanumeric()));
                if model.is_stopword(&next_word) && next_letter.is_some_and(char::is_uppercase) {
                    out.push(end);
                }
                continue;
            }
            // an abbreviation, unless a bracket closes after it and a capital follows
            // (`(on Michigan Ave.) Does`), or it is `No.` without a number after it
            let bracketed = at_char(j) == Some(')') && next.is_uppercase();
            let no_number = lower == "no" && !next.is_ascii_digit();
            if abbrevs.contains(lower.as_str()) && !bracketed && !no_number {
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
            // an acronym written with dots (`U.S.G.`, `J.M.`) ends a sentence like `U.S.` does
            let dotted = lower.contains('.')
                && lower.split('.').all(|p| (1..=2).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic));
            let maybe_final = dotted || MAYBE_FINAL.contains(&lower.as_str());
            if maybe_final && (lower_next || !model.is_stopword(&next_word)) && !title_follows {
                continue;
            }
        }
        out.push(end);
    }
    let quotes = quotations(text);
    out.retain(|&b| !quotes.iter().any(|q| b > q.start && b < q.end));
    out.extend(items);
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
    // every quotation mark is `"` or starts with byte 0xC2 (`«` `»`) or 0xE2 (`“` `”` `„`): the
    // scan jumps between those bytes
    let bytes = text.as_bytes();
    let mut p = 0;
    while let Some(rel) = bytes.get(p..).and_then(|r| r.iter().position(|&b| matches!(b, b'"' | 0xC2 | 0xE2))) {
        let i = p + rel;
        let Some(c) = char_at(text, i) else { break };
        p = i + c.len_utf8();
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

/// The date and time around the colon at byte `colon` (`08/16/2000 12:05 PM`, `4/2/01 9:30:15`),
/// as the range from the date's first digit to the end of the time.
fn stamp(text: &str, colon: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    // the start of the run of at most `max` ASCII digits that ends at `end`
    let digits_from = |end: usize, max: usize| {
        let mut s = end;
        while s > 0 && end - s < max && b.get(s - 1).is_some_and(u8::is_ascii_digit) {
            s -= 1;
        }
        s
    };
    let byte_before = |p: usize| p.checked_sub(1).and_then(|q| b.get(q)).copied();
    // backwards: the hour after a space, the year after a slash, the day after a slash, the month
    let hour = digits_from(colon, 2);
    if hour == colon || byte_before(hour) != Some(b' ') {
        return None;
    }
    let year = digits_from(hour - 1, 4);
    if !matches!(hour - 1 - year, 2 | 4) || byte_before(year) != Some(b'/') {
        return None;
    }
    let day = digits_from(year - 1, 2);
    if day == year - 1 || byte_before(day) != Some(b'/') {
        return None;
    }
    let month = digits_from(day - 1, 2);
    if month == day - 1 || byte_before(month).is_some_and(|c| !c.is_ascii_whitespace()) {
        return None;
    }
    // forwards: minutes, seconds, AM or PM, and nothing glued after
    let two_digits = |p: usize| b.get(p..p + 2).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let mut end = colon + 1;
    if !two_digits(end) {
        return None;
    }
    end += 2;
    if b.get(end) == Some(&b':') && two_digits(end + 1) {
        end += 3;
    }
    if b.get(end..end + 3).is_some_and(|m| m.eq_ignore_ascii_case(b" am") || m.eq_ignore_ascii_case(b" pm")) {
        end += 3;
    }
    if b.get(end).is_some_and(|c| !c.is_ascii_whitespace()) {
        return None;
    }
    Some((month, end))
}

/// Last words of a letter's closing, before the name.
const CLOSINGS: &[&str] = &["regards", "sincerely", "thanks", "thx", "cheers", "saluti", "cordialmente"];

/// Emoticons that may end a sentence.
const EMOTICONS: &[&str] = &[":-)", ":)", ":-(", ":(", ":-P", ":P", ":p", ":-D", ":D", ";-)", ";)"];

/// The length of the emoticon at byte `at`, when a space or the end of the text follows it.
fn emoticon(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let len = EMOTICONS.iter().find(|e| rest.starts_with(**e))?.len();
    rest.get(len..).is_some_and(|r| r.is_empty() || r.starts_with(char::is_whitespace)).then_some(len)
}

/// Whether `text` ends with an emoticon after a space (`thanks :)`).
pub(crate) fn ends_with_emoticon(text: &str) -> bool {
    EMOTICONS.iter().any(|e| text.strip_suffix(e).is_some_and(|h| h.is_empty() || h.ends_with(char::is_whitespace)))
}

/// Whether `text` starts with a web address (`http://`, `https://`, `www.`).
pub(crate) fn is_link(text: &str) -> bool {
    text.starts_with("http://") || text.starts_with("https://") || text.starts_with("www.")
}

/// How far back a link's start is looked for from a dot inside it, in bytes: a bound keeps the
/// scan linear on long runs without spaces.
const LINK_LOOKBACK: usize = 100;

/// The end of the web or e-mail address (`http://a.com/x`, `<ann@b.org>`) that has a dot at byte
/// `dot`, if the word around that dot is one.
fn link_end(text: &str, dot: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let from = dot.saturating_sub(LINK_LOOKBACK);
    let head = bytes.get(from..dot)?;
    let start = match head.iter().rposition(u8::is_ascii_whitespace) {
        Some(p) => from + p + 1,
        None if from == 0 => 0,
        None => return None,
    };
    let word = text.get(start..dot)?.trim_start_matches(['<', '(', '"', '\'']);
    if !(is_link(word) || word.contains('@')) {
        return None;
    }
    let len = bytes.get(dot..)?.iter().position(u8::is_ascii_whitespace).unwrap_or(text.len() - dot);
    Some(dot + len)
}

/// Whether the writer of `text` starts sentences in lowercase (chat, reviews, notes among
/// friends): the text opens with a lowercase word, a line after a finished one starts in
/// lowercase, or a lowercase word follows `?` and a space. One pass over the bytes.
pub(crate) fn lowercase_starts(text: &str) -> bool {
    let bytes = text.as_bytes();
    // the first character at or after `from` that is not white space, and its offset
    let first = |from: usize| {
        let rest = text.get(from..).unwrap_or("");
        let skipped = rest.len() - rest.trim_start().len();
        (rest.get(skipped..).and_then(|r| r.chars().next()), from + skipped)
    };
    if first(0).0.is_some_and(char::is_lowercase) {
        return true;
    }
    // the next line break and the next `?` at or after `from` (`str::find` of one ASCII
    // character scans a word at a time, where a byte loop for either of two bytes would not)
    let next = |c: char, from: usize| text.get(from..).and_then(|r| r.find(c)).map_or(text.len(), |i| from + i);
    let (mut newline, mut question) = (next('\n', 0), next('?', 0));
    let mut p = 0;
    loop {
        if newline < p {
            newline = next('\n', p);
        }
        if question < p {
            question = next('?', p);
        }
        let at = newline.min(question);
        if at >= text.len() {
            break;
        }
        let (c, q) = first(at + 1);
        let lower_after = c.is_some_and(char::is_lowercase);
        let signal = match bytes.get(at) {
            Some(b'\n') => {
                let line = text.get(..at).unwrap_or("").trim_end_matches([' ', '\t', '\r']);
                line.ends_with(is_terminal) && lower_after
            }
            _ => bytes.get(at + 1).is_some_and(|&b| b == b' ' || b == b'\t') && lower_after,
        };
        if signal {
            return true;
        }
        // the white space after a line break holds no `?` or line to look at again
        p = if bytes.get(at) == Some(&b'\n') { q.max(at + 1) } else { at + 1 };
    }
    false
}

/// The length of a footnote mark (`[12]`, or ` [12]` after one space) at byte `at`, if one is there.
fn footnote(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let lead = usize::from(rest.starts_with(' '));
    let digits = rest.get(lead + 1..)?.bytes().take(4).take_while(u8::is_ascii_digit).count();
    let shape = rest.get(lead..)?.starts_with('[') && (1..=3).contains(&digits);
    (shape && rest.get(lead + 1 + digits..)?.starts_with(']')).then_some(lead + digits + 2)
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
            ("Ne voglio un po'. Domani torno.", &["Ne voglio un po'.", "Domani torno."]),
            ("Cibo ottimo e vista splendida. Da tornare", &["Cibo ottimo e vista splendida.", "Da tornare"]),
            ("Nacque a Roma nel 1900. [3] Studiò a Milano.", &["Nacque a Roma nel 1900. [3]", "Studiò a Milano."]),
            ("Il critico T.S. Eliot ne scrisse. Poi tacque.", &["Il critico T.S. Eliot ne scrisse.", "Poi tacque."]),
            (
                "Il motivo è semplice: Nessuno lo sapeva. Il piano: tagliare le spese.",
                &["Il motivo è semplice:", "Nessuno lo sapeva.", "Il piano: tagliare le spese."],
            ),
            ("Scrisse: \"Verrò domani\". Alle 12:30 partì.", &["Scrisse: \"Verrò domani\".", "Alle 12:30 partì."]),
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
    fn web_text_and_mail() {
        let cases: &[(&str, Language, &[&str])] = &[
            // emoticons
            ("I love her. :) She is great.", Language::English, &["I love her. :)", "She is great."]),
            ("great view! :P you must go", Language::English, &["great view! :P", "you must go"]),
            ("Bellissimo :) Torneremo presto.", Language::Italian, &["Bellissimo :)", "Torneremo presto."]),
            // links and e-mail addresses
            (
                "Use a search engine. http://a.example.com/x It helps.",
                Language::English,
                &["Use a search engine.", "http://a.example.com/x", "It helps."],
            ),
            ("Email: ann@example.com Site is up!", Language::English, &["Email: ann@example.com", "Site is up!"]),
            (
                "Scrivete a ann@esempio.it per sapere di più.",
                Language::Italian,
                &["Scrivete a ann@esempio.it per sapere di più."],
            ),
            (
                "Tutto su www.esempio.it/pagina.html. Domani si parte.",
                Language::Italian,
                &["Tutto su www.esempio.it/pagina.html.", "Domani si parte."],
            ),
            // the header of a forwarded e-mail, and a letter's closing
            (
                "Ann Lee 08/16/2000 12:05 PM I just wanted to say hi.",
                Language::English,
                &["Ann Lee", "08/16/2000 12:05 PM", "I just wanted to say hi."],
            ),
            (
                "Sent on 08/16/2000 03:14:14 PM Hi all.",
                Language::English,
                &["Sent on 08/16/2000 03:14:14 PM", "Hi all."],
            ),
            (
                "Anna Neri 16/08/2000 12:05 Ciao a tutti.",
                Language::Italian,
                &["Anna Neri", "16/08/2000 12:05", "Ciao a tutti."],
            ),
            ("We met at 12:05 on 8/16/2000. Fine.", Language::English, &["We met at 12:05 on 8/16/2000.", "Fine."]),
            (
                "Thanks for the help. Best regards, Ann Lee",
                Language::English,
                &["Thanks for the help.", "Best regards,", "Ann Lee"],
            ),
            ("Thanks, Tom and Ann came too.", Language::English, &["Thanks,", "Tom and Ann came too."]),
            ("We did it, thanks, John said.", Language::English, &["We did it, thanks, John said."]),
            (
                "A presto. Cordiali saluti, Anna Neri",
                Language::Italian,
                &["A presto.", "Cordiali saluti,", "Anna Neri"],
            ),
        ];
        for (text, lang, want) in cases {
            assert_eq!(split(text, *lang), *want, "{text}");
        }
    }

    #[test]
    fn lowercase_sentence_starts() {
        let cases: &[(&str, Language, &[&str])] = &[
            // a writer who starts sentences in lowercase: full stops and `!` end them anyway
            (
                "great place. the staff is nice! we will come back.",
                Language::English,
                &["great place.", "the staff is nice!", "we will come back."],
            ),
            (
                "bel posto. il personale è gentile. torneremo.",
                Language::Italian,
                &["bel posto.", "il personale è gentile.", "torneremo."],
            ),
            // but not after an abbreviation, and not where sentences start in uppercase
            ("where? the U.S. embassy. ok", Language::English, &["where?", "the U.S. embassy.", "ok"]),
            ("It is at Yahoo! in the lab. Fine.", Language::English, &["It is at Yahoo! in the lab.", "Fine."]),
            ("can i come?? i need it!!! ok", Language::English, &["can i come??", "i need it!!!", "ok"]),
            ("Viene anche lui?! no, resta.", Language::Italian, &["Viene anche lui?! no, resta."]),
            (
                "Ha visto la centrale meteor. sul monte. Poi è sceso.",
                Language::Italian,
                &["Ha visto la centrale meteor. sul monte.", "Poi è sceso."],
            ),
            // lines: a lowercase line goes on the sentence above, unless the writer starts
            // sentences in lowercase, or a link ends the line above
            (
                "This is a sentence\ncut off in the middle.",
                Language::English,
                &["This is a sentence cut off in the middle."],
            ),
            ("Questa frase è\nspezzata a metà.", Language::Italian, &["Questa frase è spezzata a metà."]),
            ("love this park\nthe kids had fun.", Language::English, &["love this park", "the kids had fun."]),
            ("ottimo\nil cibo è buono.", Language::Italian, &["ottimo", "il cibo è buono."]),
            (
                "See http://example.com/a\nthen call me.",
                Language::English,
                &["See http://example.com/a", "then call me."],
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
            ("They said they didn't. Today we know.", &["They said they didn't.", "Today we know."]),
            ("Great food and a nice view. Come early", &["Great food and a nice view.", "Come early"]),
            ("a. The first item b. The second item", &["a. The first item", "b. The second item"]),
            (
                "Byron went to Harrow. [6] He was a poor student.",
                &["Byron went to Harrow. [6]", "He was a poor student."],
            ),
            (
                "A note from J.M. Huber came. P.S. Tom, call me.",
                &["A note from J.M. Huber came.", "P.S. Tom, call me."],
            ),
            ("It ends at 12.00. Then we vote.", &["It ends at 12.00.", "Then we vote."]),
            (
                "Was it you? No. That was Tom. See No. 5 here.",
                &["Was it you?", "No.", "That was Tom.", "See No. 5 here."],
            ),
            ("Meet me (on Lake Ave.) Do not be late.", &["Meet me (on Lake Ave.)", "Do not be late."]),
            ("The reason is simple: Nobody knew.", &["The reason is simple: Nobody knew."]),
        ];
        for (text, want) in cases {
            assert_eq!(split(text, Language::English), *want, "{text}");
        }
    }
}
