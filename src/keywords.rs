//! Key phrases: candidates, one scoring formula, de-duplication, every occurrence located.
//!
//! **Candidates** are runs of content words inside a sentence (never across punctuation):
//! proper-name runs (capitalised words, with particles such as `di`, `de`, `von` between them)
//! kept whole, and n-grams of one to three lowercase content words. No candidate starts or ends
//! with a stopword or a bare number; elided articles are separate tokens, so `l’Ucraina` gives
//! `Ucraina`.
//!
//! **Score** of a phrase `p` with words `w`:
//!
//! ```text
//! score(p) = (1 + ln f_p) · mean_w ln(1 + tf_w) · (1 + spread_p) · position_p · case_p · length_p
//! ```
//!
//! `f_p` is how often the phrase occurs, `tf_w` how often each of its words occurs (any form),
//! `spread_p` the share of sentences it occurs in, `position_p = 1 + 1 / (1 + first_p)` with
//! `first_p` the index of the sentence of its first occurrence, `case_p` 2 for proper names,
//! `length_p = 1 + 0.25 (n − 1)` for `n` words, a further 1.5 when the title contains it,
//! 0.75 for a single lowercase word (0.375 when it occurs once), and 0.25 for a phrase that only
//! ever occurs inside a longer run of content words (RAKE's unit is the whole run).
//!
//! **De-duplication**: phrases are keyed by their stems, so forms of one phrase are one; a
//! phrase whose stems are all in a better phrase joins it (`Putin` into `Vladimir Putin`), and so
//! does a longer phrase whose better part is already chosen. A phrase shows the longest form seen
//! at least twice (`decentralized integral controllability` rather than `decentralized`), else its
//! most common form.

use crate::hash::FxHashMap;

use crate::analysis::{Analysis, Word};
use crate::segment::TokenKind;
use crate::span::Span;

/// `case_p` of a proper name.
const PROPER: f64 = 2.0;
/// The most distinct candidate phrases collected from one text.
const MAX_CANDIDATES: usize = 1 << 19;
/// `length_p` grows by this for each word after the first.
const LONGER: f64 = 0.25;
/// A single lowercase word counts this much (half of it when it occurs once).
const SINGLE_WORD: f64 = 0.75;
/// A phrase that never occurs as a whole run (only inside longer ones) counts this much.
const INSIDE_ONLY: f64 = 0.25;

/// Particles allowed inside a proper-name run.
const PARTICLES: &[&str] = &[
    "di", "de", "da", "del", "della", "dello", "delle", "dei", "degli", "of", "for", "von", "van", "der", "den", "la",
    "le", "du", "dos", "das", "do", "y", "al", "bin", "ibn",
];

/// A key phrase of the cleaned text.
#[derive(Clone, Debug)]
pub(crate) struct Phrase {
    pub text: String,
    pub score: f64,
    /// Occurrences, as spans of the cleaned text, in document order.
    pub occurrences: Vec<Span>,
    /// Sentences it occurs in.
    pub sentences: Vec<u32>,
}

struct Candidate {
    /// The terms of its content words ([`key`]'s first part: unused slots `u32::MAX`).
    terms: [u32; 4],
    len: u8,
    /// One bit per term (`term % 64`): a set that is not a subset of another by these bits is
    /// not one by its terms.
    mask: u64,
    proper: bool,
    /// Occurrences as a whole run between stopwords and punctuation (not inside a longer run).
    whole: u32,
    /// The first occurrence, and the others: most candidates occur once, and keeping the first
    /// inline spares an allocation for each of them.
    first: Span,
    more: Vec<Span>,
    /// The first sentence it occurs in, the other distinct ones, and the last (to tell a new one).
    first_sentence: u32,
    more_sentences: Vec<u32>,
    last_sentence: u32,
}

/// A candidate's key: the terms of its words (at most four), without an allocation.
type Key = ([u32; 4], u8);

impl Candidate {
    fn terms(&self) -> &[u32] {
        self.terms.get(..usize::from(self.len)).unwrap_or(&[])
    }
}

fn key(terms: &[u32]) -> Key {
    let mut k = [u32::MAX; 4];
    for (slot, t) in k.iter_mut().zip(terms) {
        *slot = *t;
    }
    (k, terms.len().min(4) as u8)
}

/// The best `k` key phrases of an analysed text, best first.
pub(crate) fn extract(a: &Analysis, k: usize) -> Vec<Phrase> {
    if k == 0 {
        return Vec::new();
    }
    let candidates = candidates(a);
    let title_terms = title_terms(a);
    let n_sent = a.sentences.len().max(1) as f64;
    let mut scored: Vec<(f64, Candidate)> = candidates
        .into_values()
        .map(|c| {
            let f = (1 + c.more.len()) as f64;
            let words: f64 = c.terms().iter().map(|&t| (1.0 + a.stat(t).count as f64).ln()).sum::<f64>()
                / c.terms().len().max(1) as f64;
            let spread = (1 + c.more_sentences.len()) as f64 / n_sent;
            let first = c.first_sentence as f64;
            let position = 1.0 + 1.0 / (1.0 + first);
            let case = if c.proper { PROPER } else { 1.0 };
            let length = 1.0 + LONGER * (c.terms().len() as f64 - 1.0);
            let in_title =
                if !title_terms.is_empty() && c.terms().iter().all(|t| title_terms.contains(t)) { 1.5 } else { 1.0 };
            let mut score = (1.0 + f.ln()) * words * (1.0 + spread) * position * case * length * in_title;
            if c.whole == 0 {
                score *= INSIDE_ONLY;
            }
            // a lone lowercase word says less than a name or a phrase, and seen once, little
            if !c.proper && c.terms().len() == 1 {
                score *= if f < 2.0 { SINGLE_WORD / 2.0 } else { SINGLE_WORD };
            }
            (score, c)
        })
        .collect();
    // a total order (candidates differ in their terms), so an unstable sort gives one answer:
    // ties fall to the earlier, then the longer, then the smaller key
    scored.sort_unstable_by(|(sx, x), (sy, y)| {
        sy.total_cmp(sx)
            .then_with(|| x.first.cmp(&y.first))
            .then_with(|| y.len.cmp(&x.len))
            .then_with(|| x.terms.cmp(&y.terms))
    });

    // best first: a phrase whose terms are all in a chosen one's (or the reverse) is merged
    // into it (`Putin` into `Vladimir Putin`); the first k others are chosen
    let mut chosen: Vec<(f64, Candidate)> = Vec::new();
    for (score, c) in scored {
        let merged_into = chosen.iter().position(|(_, d)| is_subset(&c, d) || is_subset(d, &c));
        match merged_into {
            Some(i) => {
                if let Some((_, d)) = chosen.get_mut(i) {
                    absorb(d, c);
                }
            }
            None if chosen.len() < k => chosen.push((score, c)),
            None => {}
        }
    }
    chosen
        .into_iter()
        .map(|(score, c)| {
            // merged phrases bring occurrences inside others (`Putin` within `Vladimir Putin`):
            // keep each stretch of text once, the earlier and longer occurrence first
            let mut occurrences = c.more;
            occurrences.push(c.first);
            occurrences.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
            let mut end = 0usize;
            occurrences.retain(|o| {
                let keep = o.start >= end;
                if keep {
                    end = o.end;
                }
                keep
            });
            let mut sentences = c.more_sentences;
            sentences.push(c.first_sentence);
            sentences.sort_unstable();
            sentences.dedup();
            Phrase { text: display_form(&a.doc.text, &occurrences), score, occurrences, sentences }
        })
        .collect()
}

fn is_subset(small: &Candidate, big: &Candidate) -> bool {
    small.len <= big.len && small.mask & !big.mask == 0 && small.terms().iter().all(|t| big.terms().contains(t))
}

fn absorb(into: &mut Candidate, from: Candidate) {
    into.more.push(from.first);
    into.more.extend(from.more);
    into.more_sentences.push(from.first_sentence);
    into.more_sentences.extend(from.more_sentences);
}

/// The form a phrase is shown in: the longest form seen at least twice, else the most common.
/// Forms are counted here, for the phrases shown only, from their occurrences.
fn display_form(text: &str, occurrences: &[Span]) -> String {
    let mut counts: Vec<(String, u32)> = Vec::new();
    for o in occurrences {
        let form = o.slice(text).split_whitespace().collect::<Vec<_>>().join(" ");
        match counts.iter_mut().find(|(f, _)| *f == form) {
            Some((_, n)) => *n += 1,
            None => counts.push((form, 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let longest = counts
        .iter()
        .filter(|(_, n)| *n >= 2)
        .max_by_key(|(f, n)| (f.split_whitespace().count(), *n))
        .map(|(f, _)| f.clone());
    longest.or_else(|| counts.first().map(|(f, _)| f.clone())).unwrap_or_default()
}

fn title_terms(a: &Analysis) -> Vec<u32> {
    let Some(title) = a.doc.meta.title.as_deref() else { return Vec::new() };
    // terms of the title's words that also occur in the text
    let words: Vec<&str> = title.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    // the term of each title word (a title has a few words: a list, not a map)
    let mut index: Vec<Option<u32>> = vec![None; words.len()];
    for w in a.words.iter().filter(|w| w.is_content()) {
        let surface = w.span().slice(&a.doc.text);
        for (slot, _) in index.iter_mut().zip(&words).filter(|(_, t)| **t == surface) {
            *slot = Some(w.term);
        }
    }
    index.into_iter().flatten().collect()
}

fn candidates(a: &Analysis) -> FxHashMap<Key, Candidate> {
    let mut out: FxHashMap<Key, Candidate> = FxHashMap::default();
    let text = &a.doc.text;
    for (si, _) in a.sentences.iter().enumerate() {
        let words = a.words_of(si);
        let mut i = 0usize;
        while i < words.len() {
            let Some(w) = words.get(i) else { break };
            if a.is_proper(w) {
                // a proper-name run, particles allowed between names
                let mut j = i + 1;
                let mut end = i + 1;
                while let Some(x) = words.get(j) {
                    if x.after_punct || j - i >= 5 {
                        break;
                    }
                    if a.is_proper(x) {
                        j += 1;
                        end = j;
                    } else if PARTICLES.contains(&x.span().slice(text))
                        && words.get(j + 1).is_some_and(|y| a.is_proper(y) && !y.after_punct)
                    {
                        j += 1;
                    } else {
                        break;
                    }
                }
                let run = words.get(i..end).unwrap_or(&[]);
                if run.len() <= 4 {
                    add(&mut out, run, si, true, true);
                } else {
                    for part in run.chunks(4) {
                        add(&mut out, part, si, true, true);
                    }
                }
                i = end;
                continue;
            }
            if !w.is_content() || is_bare_number(text, w) {
                i += 1;
                continue;
            }
            // a run of lowercase content words: every n-gram of up to three words
            let mut end = i + 1;
            while let Some(x) = words.get(end) {
                if x.after_punct || !x.is_content() || a.is_proper(x) || is_bare_number(text, x) {
                    break;
                }
                end += 1;
            }
            for s in i..end {
                for e in s + 1..=(s + 3).min(end) {
                    let run = words.get(s..e).unwrap_or(&[]);
                    add(&mut out, run, si, false, s == i && e == end);
                }
            }
            i = end;
        }
    }
    out
}

/// A number with no unit or suffix (`2026`, `3,5`), which cannot start or end a phrase.
fn is_bare_number(text: &str, w: &Word) -> bool {
    w.kind == TokenKind::Number
        && w.span().slice(text).chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '°'))
}

fn add(out: &mut FxHashMap<Key, Candidate>, run: &[Word], sentence: usize, proper: bool, whole: bool) {
    let (Some(first), Some(last)) = (run.first(), run.last()) else { return };
    if first.stop || last.stop {
        return;
    }
    let mut terms = [0u32; 4];
    let mut n = 0usize;
    for w in run.iter().filter(|w| !w.stop) {
        if let Some(slot) = terms.get_mut(n) {
            *slot = w.term;
            n += 1;
        }
    }
    let terms = terms.get(..n).unwrap_or(&[]);
    let span = Span::new(first.span().start, last.span().end);
    let (array, len) = key(terms);
    let sentence = sentence as u32;
    let full = out.len() >= MAX_CANDIDATES;
    match out.get_mut(&(array, len)) {
        Some(c) => {
            c.more.push(span);
            c.whole += u32::from(whole);
            if c.last_sentence != sentence {
                c.more_sentences.push(sentence);
                c.last_sentence = sentence;
            }
        }
        // a text of endless distinct words (no article has a million candidate phrases) adds
        // occurrences to the phrases met so far, but no new ones: memory stays bounded
        None if full => {}
        None => {
            out.insert(
                (array, len),
                Candidate {
                    terms: array,
                    len,
                    mask: terms.iter().fold(0, |m, t| m | 1 << (t % 64)),
                    proper,
                    whole: u32::from(whole),
                    first: span,
                    more: Vec::new(),
                    first_sentence: sentence,
                    more_sentences: Vec::new(),
                    last_sentence: sentence,
                },
            );
        }
    }
}
