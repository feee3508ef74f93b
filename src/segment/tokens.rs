//! Word tokens: words, numbers, acronyms, URLs, e-mails, @handles and #tags.
//!
//! Hand-written rather than UAX #29 (`unicode-segmentation`): Unicode word boundaries keep
//! `l’accordo` and `dell'Asia` as one word, while Italian and French need the elided article
//! apart (`l’` + `accordo`); they also split `U.S.`, `S.p.A.` and `55mila` in ways that do not
//! help. The rules here are few and tested in a table.

use std::borrow::Cow;

use crate::bytes::ASCII_ALPHANUMERIC;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    /// Digits, possibly with decimals and a unit or suffix (`3,5`, `55mila`, `1°`).
    Number,
    /// Letters with internal dots (`U.S.`, `S.p.A.`).
    Acronym,
    /// An elided article or preposition (`l’`, `dell'`, `qu'`) split off its word.
    Elision,
    /// A clitic split off an English word (`'s`, `n't`, `'re`).
    Clitic,
    Url,
    Email,
    Handle,
    Hashtag,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Punctuation (other than in-word apostrophes, hyphens or dots) stands between this token and
    /// the previous one.
    pub after_punct: bool,
}

const APOSTROPHES: [char; 3] = ['\'', '’', 'ʼ'];

/// Elided forms split off the following word (Italian and French), lowercased, no apostrophe.
const ELISIONS: &[&str] = &[
    "l", "d", "un", "dell", "nell", "all", "dall", "sull", "coll", "quest", "quell", "c", "s", "n", "m", "t", "j",
    "qu", "lorsqu", "puisqu", "jusqu", "quand", "bell", "sant", "tutt", "nessun", "ciascun", "buon", "com", "dov",
    "anch", "cos", "mezz", "senz", "gl",
];

/// English clitics split off the preceding word.
const CLITICS: &[&str] = &["s", "t", "re", "ve", "ll", "d", "m"];

/// The tokens of `text[span]`, with spans in `text`.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, span, &mut out);
    out
}

/// [`tokenize`], appending to `out`: one buffer serves every sentence of a text.
pub fn tokenize_into(text: &str, span: Span, out: &mut Vec<Token>) {
    let Some(s) = text.get(span.range()) else { return };
    let base = span.start;
    let mut punct = false;
    let mut i = 0;
    while let Some(&b) = s.as_bytes().get(i) {
        // ASCII, the bulk of European text, without decoding characters; `h`, `w`, `@` and `#`
        // may start a URL, handle or tag, and take the general path
        if b < 0x80 && !matches!(b, b'h' | b'w' | b'@' | b'#') {
            if matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
                i += 1;
            } else if !ASCII_ALPHANUMERIC.has(b) {
                punct |= b != b'\'' && b != b'-';
                i += 1;
            } else {
                i += push_word(s.get(i..).unwrap_or(""), base + i, punct, out);
                punct = false;
            }
            continue;
        }
        let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else { break };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let rest = s.get(i..).unwrap_or("");
        let after_sign = rest.get(c.len_utf8()..).unwrap_or("");
        let special = if (c == 'h' || c == 'w')
            && (rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www."))
        {
            Some((TokenKind::Url, url_len(rest)))
        } else if (c == '@' || c == '#') && after_sign.chars().next().is_some_and(char::is_alphanumeric) {
            let len = c.len_utf8()
                + after_sign
                    .char_indices()
                    .find(|&(_, x)| !(x.is_alphanumeric() || x == '_'))
                    .map_or(rest.len() - c.len_utf8(), |(j, _)| j);
            Some((if c == '@' { TokenKind::Handle } else { TokenKind::Hashtag }, len))
        } else {
            None
        };
        if let Some((kind, len)) = special {
            out.push(Token { span: Span::new(base + i, base + i + len), kind, after_punct: punct });
            punct = false;
            i += len;
            continue;
        }
        if !c.is_alphanumeric() {
            if !APOSTROPHES.contains(&c) && !matches!(c, '-' | '–' | '—') || matches!(c, '–' | '—') {
                punct = true;
            }
            i += c.len_utf8();
            continue;
        }
        if is_cjk(c) {
            // Chinese and Japanese are written without spaces: each ideograph or kana is a token
            // (character unigrams, the usual unit without a dictionary)
            let len = c.len_utf8();
            out.push(Token { span: Span::new(base + i, base + i + len), kind: TokenKind::Word, after_punct: punct });
            punct = false;
            i += len;
            continue;
        }
        i += push_word(rest, base + i, punct, out);
        punct = false;
    }
}

/// Pushes the word that starts `rest` (at `at` in the text) and returns its length.
fn push_word(rest: &str, at: usize, punct: bool, out: &mut Vec<Token>) -> usize {
    let plain = plain_word_len(rest);
    let len = if plain > 0 { plain } else { word_len(rest) };
    if plain > 0 {
        // ASCII letters and digits only: nothing to split or classify further
        let kind =
            if rest.as_bytes().first().is_some_and(u8::is_ascii_digit) { TokenKind::Number } else { TokenKind::Word };
        out.push(Token { span: Span::new(at, at + len), kind, after_punct: punct });
    } else {
        split_word(rest.get(..len).unwrap_or(rest), at, punct, out);
    }
    len
}

/// Words as a reader counts them, and as `wc -w` does: runs of characters between spaces, a
/// dash or figure standing alone included; in scripts written without spaces (Chinese,
/// Japanese), each ideograph or kana, as the tokenizer has them, and each stretch of other
/// characters between them. Word budgets are counted in these, so that a summary asked for in
/// words has the length a reader or a tool measures. One pass over the bytes, decoding only
/// the non-ASCII characters.
pub fn reader_words(s: &str) -> usize {
    let bytes = s.as_bytes();
    let (mut count, mut in_word, mut i) = (0usize, false, 0usize);
    while let Some(&b) = bytes.get(i) {
        let c = if b.is_ascii() { char::from(b) } else { s.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ') };
        if c.is_whitespace() {
            in_word = false;
        } else if is_cjk(c) {
            count += 1;
            in_word = false;
        } else {
            count += usize::from(!in_word);
            in_word = true;
        }
        i += c.len_utf8();
    }
    count
}

/// Han ideographs, hiragana and katakana: letters of scripts written without spaces.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

fn url_len(s: &str) -> usize {
    let end = s.find(char::is_whitespace).unwrap_or(s.len());
    let url =
        s.get(..end).unwrap_or(s).trim_end_matches(['.', ',', ';', ':', ')', ']', '"', '”', '’', '\'', '!', '?', '»']);
    url.len().max(1)
}

/// The length of the word starting `s` when it is ASCII letters and digits followed by a
/// character that cannot continue a word (space, most punctuation); 0 when [`word_len`] must
/// decide. Most words of European text take this path.
fn plain_word_len(s: &str) -> usize {
    let b = s.as_bytes();
    let n = b.iter().position(|&x| !ASCII_ALPHANUMERIC.has(x)).unwrap_or(b.len());
    match b.get(n) {
        _ if n == 0 => 0,
        None => n,
        // joiners, and any non-ASCII character (a letter, a typographic apostrophe, `°`)
        Some(b'\'' | b'-' | b'@' | b'_' | b'.' | b',') | Some(128..) => 0,
        Some(_) => n,
    }
}

/// The length of the word starting `s`: letters and digits, joined by in-word apostrophes,
/// hyphens, dots (acronyms, decimals) and `@` (e-mails); a trailing apostrophe after a vowel
/// (`piu'`) and a degree sign after digits (`1°`) belong to it.
fn word_len(s: &str) -> usize {
    let mut end = 0usize;
    let mut prev: Option<char> = None;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let next = it.peek().map(|&(_, n)| n);
        let ok = if is_cjk(c) {
            false
        } else if c.is_alphanumeric() {
            true
        } else if APOSTROPHES.contains(&c) {
            let vowel_before = prev.is_some_and(|p| "aeiouAEIOU".contains(p));
            match next {
                Some(n) if n.is_alphabetic() => true,
                // `piu'`, `perche'`, `citta'`: an apostrophe standing for an accent
                _ => vowel_before && i >= 2,
            }
        } else if c == '-' || c == '@' || c == '_' {
            prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric)
        } else if c == '.' || c == ',' {
            let p_digit = prev.is_some_and(|p| p.is_ascii_digit());
            let n_digit = next.is_some_and(|n| n.is_ascii_digit());
            let acronym =
                c == '.' && prev.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_alphabetic) && {
                    // short segments on both sides: U.S, S.p.A, Dott.ssa, e.g
                    let before = s
                        .get(..i)
                        .unwrap_or("")
                        .rsplit(|x: char| !x.is_alphabetic())
                        .next()
                        .map_or(0, |w| w.chars().count());
                    let after = s
                        .get(i + 1..)
                        .unwrap_or("")
                        .split(|x: char| !x.is_alphabetic())
                        .next()
                        .map_or(0, |w| w.chars().count());
                    before <= 4 && after <= 3
                };
            (p_digit && n_digit)
                || acronym
                || (c == '.' && s.get(..i).is_some_and(|h| h.contains('@')) && next.is_some_and(char::is_alphanumeric))
        } else {
            matches!(c, '°' | 'º' | 'ª') && prev.is_some_and(|p| p.is_ascii_digit())
        };
        if !ok {
            break;
        }
        // a final dot of an acronym (`U.S.`) belongs to it
        end = i + c.len_utf8();
        prev = Some(c);
    }
    let word = s.get(..end).unwrap_or(s);
    if word.contains('.')
        && !word.contains('@')
        && s.get(end..).is_some_and(|r| r.starts_with('.'))
        && word.split('.').all(|seg| seg.chars().count() <= 3)
    {
        end += 1;
    }
    end.max(s.chars().next().map_or(1, char::len_utf8))
}

/// Splits elisions and clitics off a word and classifies the pieces.
fn split_word(word: &str, at: usize, punct: bool, out: &mut Vec<Token>) {
    let kind = classify(word);
    if kind == TokenKind::Word {
        if let Some((ai, ac)) = word.char_indices().find(|(_, c)| APOSTROPHES.contains(c)) {
            let head = word.get(..ai).unwrap_or("");
            let tail = word.get(ai + ac.len_utf8()..).unwrap_or("");
            if !tail.is_empty() {
                let head_l = head.to_lowercase();
                let tail_l = tail.to_lowercase();
                if ELISIONS.contains(&head_l.as_str()) && head != "O" {
                    out.push(Token {
                        span: Span::new(at, at + ai + ac.len_utf8()),
                        kind: TokenKind::Elision,
                        after_punct: punct,
                    });
                    split_word(tail, at + ai + ac.len_utf8(), false, out);
                    return;
                }
                if CLITICS.contains(&tail_l.as_str()) || tail_l == "t" {
                    let head_end = if head_l.ends_with('n') && tail_l == "t" { ai - 1 } else { ai };
                    out.push(Token { span: Span::new(at, at + head_end), kind: TokenKind::Word, after_punct: punct });
                    out.push(Token {
                        span: Span::new(at + head_end, at + word.len()),
                        kind: TokenKind::Clitic,
                        after_punct: false,
                    });
                    return;
                }
            }
        }
    }
    out.push(Token { span: Span::new(at, at + word.len()), kind, after_punct: punct });
}

fn classify(word: &str) -> TokenKind {
    let first = word.chars().next().unwrap_or(' ');
    if word.contains('@') {
        TokenKind::Email
    } else if first.is_ascii_digit() {
        TokenKind::Number
    } else if word.contains('.') {
        TokenKind::Acronym
    } else {
        TokenKind::Word
    }
}

/// The normal form of a token's text for matching: lowercase, typographic apostrophes folded,
/// an apostrophe standing for an accent restored (`piu'` → `più`, `perche'` → `perché`), dots
/// of acronyms removed (`U.S.` → `us`), and the apostrophe of an elision dropped (`dell'` →
/// `dell`).
pub fn normalize(token: &str) -> Cow<'_, str> {
    if token.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
        return Cow::Borrowed(token);
    }
    // ASCII letters and digits (`Governo`, `NATO`): lowercase is all there is to do
    if token.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Cow::Owned(token.to_ascii_lowercase());
    }
    let mut s: String = token.chars().flat_map(char::to_lowercase).collect();
    if s.ends_with(APOSTROPHES) {
        let trimmed = s.trim_end_matches(APOSTROPHES).to_string();
        let mut chars: Vec<char> = trimmed.chars().collect();
        let accent = |c: char, word: &str| match c {
            'a' => 'à',
            'e' if word.ends_with("che") || word == "ne" || word == "se" => 'é',
            'e' => 'è',
            'i' => 'ì',
            'o' => 'ò',
            'u' => 'ù',
            c => c,
        };
        if chars.len() >= 2 && trimmed != "po" {
            if let Some(last) = chars.last_mut() {
                *last = accent(*last, &trimmed);
            }
        }
        s = chars.into_iter().collect();
        if trimmed == "po" {
            s = "po".to_string();
        }
    }
    if s.contains('.') && !s.contains('@') && !s.starts_with(|c: char| c.is_ascii_digit()) {
        s.retain(|c| c != '.');
    }
    if s.contains(['’', 'ʼ']) {
        s = s.replace(['’', 'ʼ'], "'");
    }
    Cow::Owned(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(String, TokenKind)> {
        tokenize(s, Span::new(0, s.len())).into_iter().map(|t| (t.span.slice(s).to_string(), t.kind)).collect()
    }

    #[test]
    fn reader_words_count_as_wc_does() {
        let cases: &[(&str, usize)] = &[
            ("", 0),
            ("   \n\t ", 0),
            ("Il governo ha approvato la legge.", 6),
            // elisions and clitics stay inside their word, as a reader sees them
            ("L’anno dell'Unione c'è, it's here.", 5),
            // a dash or a figure standing alone is a word to `wc -w`, and to a budget
            ("Rome - the city - grew 3.5 % in 2026", 10),
            // text tokenized for a corpus: every token between spaces counts
            ("( CNN ) Donald Sterling 's remarks .", 8),
            // scripts without spaces: each ideograph or kana, and each stretch of other
            // characters beside them
            ("東京都", 3),
            ("iPhone手机 sold", 4),
            ("東京、大阪", 5),
            // spaces beyond ASCII part words too, as they do for a reader
            ("due\u{a0}parole\u{2003}e tre", 4),
        ];
        for &(text, words) in cases {
            assert_eq!(reader_words(text), words, "{text:?}");
            // without ideographs, the count is the runs between spaces, as `split_whitespace` has them
            if !text.chars().any(is_cjk) {
                assert_eq!(reader_words(text), text.split_whitespace().count(), "{text:?}");
            }
        }
    }

    #[test]
    fn table() {
        use TokenKind::*;
        let cases: &[(&str, &[(&str, TokenKind)])] = &[
            ("l’accordo dell'Asia", &[("l’", Elision), ("accordo", Word), ("dell'", Elision), ("Asia", Word)]),
            ("sempre di piu' forte", &[("sempre", Word), ("di", Word), ("piu'", Word), ("forte", Word)]),
            (
                "55mila soldati e 200 miliardi",
                &[("55mila", Number), ("soldati", Word), ("e", Word), ("200", Number), ("miliardi", Word)],
            ),
            (
                "il 1° febbraio, 3,5 per cento",
                &[("il", Word), ("1°", Number), ("febbraio", Word), ("3,5", Number), ("per", Word), ("cento", Word)],
            ),
            (
                "USA e S.p.A. negli U.S. ora",
                &[("USA", Word), ("e", Word), ("S.p.A.", Acronym), ("negli", Word), ("U.S.", Acronym), ("ora", Word)],
            ),
            ("la Dott.ssa Neri", &[("la", Word), ("Dott.ssa", Acronym), ("Neri", Word)]),
            ("see https://example.org/a?b=1, ok", &[("see", Word), ("https://example.org/a?b=1", Url), ("ok", Word)]),
            ("mail info@example.it now", &[("mail", Word), ("info@example.it", Email), ("now", Word)]),
            ("@Some_Handle #Beijing2022", &[("@Some_Handle", Handle), ("#Beijing2022", Hashtag)]),
            (
                "Trump's deal isn't done",
                &[("Trump", Word), ("'s", Clitic), ("deal", Word), ("is", Word), ("n't", Clitic), ("done", Word)],
            ),
            (
                "trattato Usa-Russia e de-escalation",
                &[("trattato", Word), ("Usa-Russia", Word), ("e", Word), ("de-escalation", Word)],
            ),
            ("O'Brien said", &[("O'Brien", Word), ("said", Word)]),
            ("città, perché", &[("città", Word), ("perché", Word)]),
            ("東京は2020年", &[("東", Word), ("京", Word), ("は", Word), ("2020", Number), ("年", Word)]),
        ];
        for (src, want) in cases {
            let got = toks(src);
            let want: Vec<(String, TokenKind)> = want.iter().map(|(t, k)| (t.to_string(), *k)).collect();
            assert_eq!(got, want, "{src}");
        }
    }

    #[test]
    fn punctuation_is_remembered() {
        let s = "Russia, Cina e Iran";
        let t = tokenize(s, Span::new(0, s.len()));
        let flags: Vec<bool> = t.iter().map(|t| t.after_punct).collect();
        assert_eq!(flags, vec![false, true, false, false]);
    }

    #[test]
    fn normal_forms() {
        let cases = [
            ("piu'", "più"),
            ("perche'", "perché"),
            ("citta'", "città"),
            ("e'", "e"),
            ("po'", "po"),
            ("U.S.", "us"),
            ("S.p.A.", "spa"),
            ("L’", "l"),
            ("Accordo", "accordo"),
            ("3,5", "3,5"),
        ];
        for (a, b) in cases {
            assert_eq!(normalize(a), b, "{a}");
        }
    }
}
