//! Key phrases: candidates, one scoring formula, de-duplication, every occurrence located.
//!
//! **Candidates** are runs of content words inside a sentence (never across punctuation):
//! proper-name runs (capitalised words, with particles such as `di`, `de`, `von der` between
//! them, without a title such as `Dott.ssa` before them) kept whole, n-grams of one to four
//! lowercase content words, and phrases of up to four words joining one whole name and lowercase
//! words (`Taguchi method`, `governo Meloni`). No candidate starts or ends with a stopword or a
//! bare number, and none contains a generic word of its language (`using`, `various`, `nuovo`:
//! `src/lang/generic/`) or a reporting verb (`told`, `dichiarato`) outside a name; elided
//! articles are separate tokens, so `l’Ucraina` gives `Ucraina`.
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
//! `single = 0.75 − 0.65 · technical` for a single lowercase word (half of it when it occurs
//! once), and 0.25 for a phrase that only ever occurs inside a longer run of content words (RAKE's
//! unit is the whole run). `technical` goes from 0 for news to 1 for technical prose, whose terms
//! are long lowercase runs (`steady state process gain matrix`) and whose lone words (`control`)
//! are rarely key phrases: see [`technical`].
//!
//! **De-duplication**: phrases are keyed by their stems, so forms of one phrase are one; a
//! phrase whose stems are all in a better phrase joins it (`Putin` into `Vladimir Putin`), and so
//! does a longer name around a better name (`Vladimir Putin` into `Putin`). Any other longer
//! phrase around a better one names a narrower thing and stays (`integral control` and
//! `Taguchi method` below `control` and `Taguchi`): no phrase is ever inside a better one. A
//! phrase shows the most common form of its own occurrences.

use std::collections::hash_map::Entry;

use crate::hash::FxHashMap;
use crate::memo::Memo;

use crate::analysis::{Analysis, Word};
use crate::segment::TokenKind;
use crate::span::Span;

/// `case_p` of a proper name.
const PROPER: f64 = 2.0;
/// The most distinct candidate phrases collected from one text.
const MAX_CANDIDATES: usize = 1 << 19;
/// The most candidates room is made for before any is found (an article of 40 KB).
const CANDIDATES_ROOM: usize = 4096;
/// The best candidates kept in order as they are scored: in articles the fifteenth phrase is
/// chosen by the fortieth candidate (the others are sorted when the best run out).
const SORTED: usize = 48;
/// The whole numbers whose logarithms [`extract`] keeps once worked out.
const LOGS: usize = 256;
/// `length_p` grows by this for each word after the first.
const LONGER: f64 = 0.25;
/// A single lowercase word counts this much in news (half of it when it occurs once)...
const SINGLE_WORD: f64 = 0.75;
/// ...and this much in technical prose (see [`technical`]).
const SINGLE_WORD_TECHNICAL: f64 = 0.1;
/// [`technical`] is 0 up to this `run − 3 · names`...
const TECHNICAL_FROM: f64 = 1.24;
/// ...and reaches 1 this much above it.
const TECHNICAL_SPAN: f64 = 0.2;
/// A phrase that never occurs as a whole run (only inside longer ones) counts this much.
const INSIDE_ONLY: f64 = 0.25;

/// Particles allowed inside a proper-name run.
const PARTICLES: &[&str] = &[
    "di", "de", "da", "del", "della", "dello", "delle", "dei", "degli", "of", "for", "von", "van", "der", "den", "la",
    "le", "du", "dos", "das", "do", "y", "al", "bin", "ibn",
];

/// Titles before a name, left out of name phrases (`Dott.ssa Chiara Lanfranco` gives
/// `Chiara Lanfranco`); compared without case.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sig", "sig.ra", "sig.na", "dott", "dott.ssa", "prof.ssa", "avv", "ing", "mme",
    "mlle", "herr", "frau", "sr", "sra", "srta", "dra",
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

/// What a candidate is made of.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// A proper-name run (`Vladimir Putin`, `Ursula von der Leyen`).
    Name,
    /// Lowercase content words (`integral control`).
    Lower,
    /// One whole name with lowercase words (`Taguchi method`, `governo Meloni`).
    Mixed,
}

struct Candidate {
    /// The terms of its content words ([`Key`]'s first part: unused slots `u32::MAX`).
    terms: [u32; 4],
    len: u8,
    /// One bit per term (`term % 64`): a set that is not a subset of another by these bits is
    /// not one by its terms.
    mask: u64,
    kind: Kind,
    /// Occurrences as a whole run between stopwords and punctuation (not inside a longer run).
    whole: u32,
    /// The first occurrence (the occurrences themselves are in [`Candidates::log`]).
    first: Span,
    /// How many occurrences, and in how many sentences.
    occurrences: u32,
    sentences: u32,
    /// The first sentence it occurs in, and the last (to tell a new one).
    first_sentence: u32,
    last_sentence: u32,
}

/// One occurrence of a candidate: which, and where (as 32-bit offsets: inputs are at most 32 MiB,
/// and on a long text these are most of the key phrases' memory). Its sentence is found again
/// from its start, for the chosen phrases only.
#[derive(Clone, Copy)]
struct Occurrence {
    candidate: u32,
    span: Packed,
}

/// A candidate's key: the terms of its words (at most four, the rest `u32::MAX`) and how many,
/// without an allocation.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Key([u32; 4], u8);

impl std::hash::Hash for Key {
    /// Two words for the map's hasher: the four terms decide the key (the count follows from
    /// where `u32::MAX` starts), where the derived hash fed it six pieces.
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        let [a, b, c, d] = self.0.map(u64::from);
        h.write_u64(a | b << 32);
        h.write_u64(c | d << 32);
    }
}

/// A span as two 32-bit offsets.
#[derive(Clone, Copy)]
struct Packed(u32, u32);

impl Packed {
    fn new(s: Span) -> Packed {
        Packed(u32::try_from(s.start).unwrap_or(u32::MAX), u32::try_from(s.end).unwrap_or(u32::MAX))
    }

    fn span(self) -> Span {
        Span::new(self.0 as usize, self.1 as usize)
    }
}

impl Candidate {
    fn terms(&self) -> &[u32] {
        self.terms.get(..usize::from(self.len)).unwrap_or(&[])
    }
}

/// The candidate phrases of a text in order of first occurrence, found by their keys (a single
/// word's by its term), and every occurrence in the order met: only the chosen phrases' are ever
/// gathered, and one list spares the others an allocation each.
struct Candidates {
    list: Vec<Candidate>,
    index: FxHashMap<Key, u32>,
    single: Vec<u32>,
    log: Vec<Occurrence>,
}

/// The best `k` key phrases of an analysed text, best first.
pub(crate) fn extract(a: &Analysis, k: usize) -> Vec<Phrase> {
    if k == 0 {
        return Vec::new();
    }
    let (Candidates { list: candidates, log, .. }, runs) = candidates(a);
    let title_terms = title_terms(a);
    let n_sent = a.sentences.len().max(1) as f64;
    let single = single_word(technical(a, runs));
    // the logarithms scores take are of small whole numbers (how often a word or a phrase occurs)
    let mut ln = Memo::new(LOGS, |n| (n as f64).ln());
    let scores = candidates.iter().zip(0u32..).map(|(c, i)| {
        let occurrences = c.occurrences as usize;
        let f = occurrences as f64;
        let words: f64 = c.terms().iter().map(|&t| ln.get(1 + a.stat(t).count as usize)).sum::<f64>()
            / c.terms().len().max(1) as f64;
        let spread = c.sentences as f64 / n_sent;
        let first = c.first_sentence as f64;
        let position = 1.0 + 1.0 / (1.0 + first);
        let case = if c.kind == Kind::Name { PROPER } else { 1.0 };
        let length = 1.0 + LONGER * (c.terms().len() as f64 - 1.0);
        let in_title =
            if !title_terms.is_empty() && c.terms().iter().all(|t| title_terms.contains(t)) { 1.5 } else { 1.0 };
        let mut score = (1.0 + ln.get(occurrences)) * words * (1.0 + spread) * position * case * length * in_title;
        if c.whole == 0 {
            score *= INSIDE_ONLY;
        }
        // a lone lowercase word says less than a name or a phrase, and seen once, little
        if c.kind == Kind::Lower && c.terms().len() == 1 {
            score *= if f < 2.0 { single / 2.0 } else { single };
        }
        (score, i)
    });
    // the order only matters until k phrases are chosen (then a candidate joins the first chosen
    // phrase it fits, or none, whatever its turn): the best few are kept in order as they are
    // scored, and the others sorted only if the best run out first. A score and an index each: a
    // long text has hundreds of thousands of candidates.
    let mut best: Vec<(f64, u32)> = Vec::with_capacity(SORTED + 1);
    let mut rest: Vec<(f64, u32)> = Vec::with_capacity(candidates.len().saturating_sub(SORTED));
    for x in scores {
        let worse = |y: &(f64, u32)| order(&candidates, y, &x).is_lt();
        if best.len() == SORTED && best.last().is_some_and(worse) {
            rest.push(x);
        } else {
            best.insert(best.partition_point(worse), x);
            if best.len() > SORTED {
                rest.extend(best.pop());
            }
        }
    }

    // best first: a phrase whose terms are all in a chosen one's is merged into it, and so are
    // names around a chosen name (`Vladimir Putin` into `Putin`); any other phrase around a
    // chosen one names a narrower thing and stays (`control system design` below `control`).
    // The first k others are chosen, each shown in its own most common form.
    // (score, candidate, occurrences of the phrases merged into it)
    let mut chosen: Vec<(f64, u32, usize)> = Vec::new();
    // the chosen phrase each candidate went to (u32::MAX: none)
    let mut owner: Vec<u32> = vec![u32::MAX; candidates.len()];
    // the terms of the chosen phrases, a bit each (see `Candidate::mask`): a phrase with a term
    // outside them is inside none of them, and only a name may still have one inside it
    let mut chosen_terms = 0u64;
    for (pass, list) in [best, rest].iter_mut().enumerate() {
        if pass == 1 && chosen.len() < k {
            list.sort_unstable_by(|x, y| order(&candidates, x, y));
        }
        for &(score, i) in list.iter() {
            let Some(c) = candidates.get(i as usize) else { continue };
            let merged_into = if c.mask & !chosen_terms == 0 || c.kind == Kind::Name {
                chosen.iter().position(|&(_, j, _)| {
                    candidates.get(j as usize).is_some_and(|d| {
                        is_subset(c, d) || (c.kind == Kind::Name && d.kind == Kind::Name && is_subset(d, c))
                    })
                })
            } else {
                None
            };
            let to = match merged_into {
                Some(j) => j,
                None if chosen.len() < k => {
                    chosen_terms |= c.mask;
                    chosen.push((score, i, 0));
                    chosen.len() - 1
                }
                None => continue,
            };
            if let (Some(o), Some((_, _, n))) = (owner.get_mut(i as usize), chosen.get_mut(to)) {
                *o = to as u32;
                *n += c.occurrences as usize;
            }
        }
    }
    // the occurrences of each chosen phrase: its own, all those of the phrases merged into it,
    // and their sentences
    let mut found: Vec<(Vec<Span>, Vec<Span>, Vec<u32>)> = chosen
        .iter()
        .map(|&(_, i, n)| {
            let own = candidates.get(i as usize).map_or(0, |c| c.occurrences as usize);
            (Vec::with_capacity(own), Vec::with_capacity(n), Vec::with_capacity(n))
        })
        .collect();
    for o in &log {
        let j = owner.get(o.candidate as usize).map_or(usize::MAX, |&j| j as usize);
        let (Some(&(_, own_candidate, _)), Some((own, all, sentences))) = (chosen.get(j), found.get_mut(j)) else {
            continue;
        };
        let span = o.span.span();
        if own_candidate == o.candidate {
            own.push(span);
        }
        all.push(span);
        // sentences are in order and apart: the last one starting at or before the occurrence
        let sentence = a.sentences.partition_point(|x| x.span.start <= span.start).saturating_sub(1);
        sentences.push(sentence as u32);
    }
    chosen
        .into_iter()
        .zip(found)
        .map(|((score, i, _), (own, mut occurrences, mut sentences))| {
            // each shown in its own most common form
            let text = display_form(&a.doc.text, &own);
            // merged phrases bring occurrences inside others (`Putin` within `Vladimir Putin`):
            // keep each stretch of text once, the earlier and longer occurrence first
            occurrences.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
            let mut end = 0usize;
            occurrences.retain(|o| {
                let keep = o.start >= end;
                if keep {
                    end = o.end;
                }
                keep
            });
            sentences.sort_unstable();
            sentences.dedup();
            // a name is shown whole: `Xi Jinping` when `Xi` scored first and the full name
            // joined it, if the full name occurs at least twice
            let text = match candidates.get(i as usize).map(|c| c.kind) {
                Some(Kind::Name) => full_name(&a.doc.text, &occurrences).unwrap_or(text),
                _ => text,
            };
            Phrase { text, score, occurrences, sentences }
        })
        .collect()
}

/// The order of scored candidates (a score and an index in `candidates`), best first: a total
/// order (candidates differ in their terms), so an unstable sort gives one answer. Ties fall to
/// the earlier, then the longer, then the smaller key.
fn order(candidates: &[Candidate], (sx, x): &(f64, u32), (sy, y): &(f64, u32)) -> std::cmp::Ordering {
    sy.total_cmp(sx).then_with(|| match (candidates.get(*x as usize), candidates.get(*y as usize)) {
        (Some(x), Some(y)) => x.first.cmp(&y.first).then(y.len.cmp(&x.len)).then(x.terms.cmp(&y.terms)),
        _ => x.cmp(y),
    })
}

fn is_subset(small: &Candidate, big: &Candidate) -> bool {
    small.len <= big.len && small.mask & !big.mask == 0 && small.terms().iter().all(|t| big.terms().contains(t))
}

/// Each distinct form of `occurrences` (white space squeezed) with how often it occurs, in order
/// of first occurrence.
fn form_counts(text: &str, occurrences: &[Span]) -> Vec<(String, u32)> {
    // the distinct stretches of text first (most occurrences repeat one), then each squeezed once
    let mut raw: Vec<(&str, u32)> = Vec::new();
    for o in occurrences {
        let s = o.slice(text);
        match raw.iter_mut().find(|(r, _)| *r == s) {
            Some((_, n)) => *n += 1,
            None => raw.push((s, 1)),
        }
    }
    let mut counts: Vec<(String, u32)> = Vec::with_capacity(raw.len());
    for (s, n) in raw {
        let mut form = String::with_capacity(s.len());
        for (k, w) in s.split_whitespace().enumerate() {
            if k > 0 {
                form.push(' ');
            }
            form.push_str(w);
        }
        match counts.iter_mut().find(|(f, _)| *f == form) {
            Some((_, m)) => *m += n,
            None => counts.push((form, n)),
        }
    }
    counts
}

/// The longest form of a name (in words) among `occurrences` that occurs at least twice, the
/// more frequent of two as long.
fn full_name(text: &str, occurrences: &[Span]) -> Option<String> {
    form_counts(text, occurrences)
        .into_iter()
        .filter(|(_, n)| *n >= 2)
        .max_by(|(fa, na), (fb, nb)| {
            let words = |f: &str| f.split_whitespace().count();
            words(fa).cmp(&words(fb)).then(na.cmp(nb)).then_with(|| fb.cmp(fa))
        })
        .map(|(f, _)| f)
}

/// The form a phrase is shown in: the most common of its own occurrences (`systems` or
/// `system`), ties to the first in alphabetical order. Forms are counted here, for the phrases
/// shown only. Occurrences merged in from other phrases do not count (a name is then shown whole
/// by [`full_name`]).
fn display_form(text: &str, occurrences: &[Span]) -> String {
    form_counts(text, occurrences)
        .into_iter()
        .min_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)))
        .map(|(f, _)| f)
        .unwrap_or_default()
}

/// How technical a text reads, from 0 (news) to 1 (a scientific abstract): technical prose
/// strings lowercase words into long terms (`steady state process gain matrix`) and names few
/// people and places. `run` is the mean length of the runs of lowercase content words between
/// stopwords, generic words and punctuation, `names` the share of content words in capitalised
/// names (acronyms aside):
///
/// ```text
/// technical = clamp((run − 3 · names − TECHNICAL_FROM) / TECHNICAL_SPAN, 0, 1)
/// ```
fn technical(a: &Analysis, runs: Runs) -> f64 {
    let (mut content, mut names) = (0usize, 0usize);
    for w in a.words.iter().filter(|w| w.is_content()) {
        content += 1;
        names += usize::from(!w.all_caps() && a.is_proper(w));
    }
    if runs.count == 0 || content == 0 {
        return 0.0;
    }
    let run = runs.words as f64 / runs.count as f64;
    let names = names as f64 / content as f64;
    ((run - 3.0 * names - TECHNICAL_FROM) / TECHNICAL_SPAN).clamp(0.0, 1.0)
}

/// `single_p` of a lone lowercase word: [`SINGLE_WORD`] in news, down to
/// [`SINGLE_WORD_TECHNICAL`] in technical prose, where a lone word (`control`) is rarely a key
/// phrase and the terms around it (`integral control`) are.
fn single_word(technical: f64) -> f64 {
    SINGLE_WORD - technical * (SINGLE_WORD - SINGLE_WORD_TECHNICAL)
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

/// The runs of lowercase content words met while collecting candidates: how many, and their words.
#[derive(Clone, Copy, Debug, Default)]
struct Runs {
    count: usize,
    words: usize,
}

fn candidates(a: &Analysis) -> (Candidates, Runs) {
    // an article has about one distinct candidate for every two words, and fewer occurrences
    // than words: room for them from the start spares the map its rehashing as it grows (a long
    // text's lists grow as they need)
    let room = (a.words.len() / 2).min(CANDIDATES_ROOM);
    let mut out = Candidates {
        list: Vec::with_capacity(room),
        index: FxHashMap::with_capacity_and_hasher(room, Default::default()),
        single: vec![u32::MAX; a.stats.len()],
        log: Vec::with_capacity(2 * room),
    };
    let mut runs = Runs::default();
    let text = &a.doc.text;
    // what each word of a sentence is to candidates, for the phrases mixing names and lowercase
    // words; one buffer for all sentences
    let mut roles: Vec<Role> = Vec::new();
    for (si, _) in a.sentences.iter().enumerate() {
        let words = a.words_of(si);
        roles.clear();
        roles.resize(words.len(), Role::Break);
        let mut i = 0usize;
        while i < words.len() {
            let Some(w) = words.get(i) else { break };
            if a.is_proper(w) && is_honorific(w.span().slice(text)) {
                i += 1;
                continue;
            }
            if a.is_proper(w) && w.is_content() {
                // a proper-name run, particles allowed between names
                let mut j = i + 1;
                let mut end = i + 1;
                while let Some(x) = words.get(j) {
                    if x.after_punct() || j - i >= 5 {
                        break;
                    }
                    if a.is_proper(x) {
                        j += 1;
                        end = j;
                    } else if let Some(n) = particles_before_name(a, words.get(j..).unwrap_or(&[])) {
                        j += n;
                    } else {
                        break;
                    }
                }
                let run = words.get(i..end).unwrap_or(&[]);
                for (k, r) in roles.iter_mut().enumerate().take(end).skip(i) {
                    *r = Role::Name { first: k == i, last: k + 1 == end };
                }
                if run.len() <= 4 {
                    add(&mut out, run, si, Kind::Name, true);
                } else {
                    for part in run.chunks(4) {
                        add(&mut out, part, si, Kind::Name, true);
                    }
                }
                i = end;
                continue;
            }
            if !w.is_content() || w.generic() || w.reporting() || is_bare_number(text, w) {
                i += 1;
                continue;
            }
            // a run of lowercase content words: every n-gram of up to four words
            let mut end = i + 1;
            while let Some(x) = words.get(end) {
                if x.after_punct()
                    || !x.is_content()
                    || x.generic()
                    || x.reporting()
                    || a.is_proper(x)
                    || is_bare_number(text, x)
                {
                    break;
                }
                end += 1;
            }
            runs.count += 1;
            runs.words += end - i;
            roles.iter_mut().take(end).skip(i).for_each(|r| *r = Role::Lower);
            for s in i..end {
                for e in s + 1..=(s + 4).min(end) {
                    let run = words.get(s..e).unwrap_or(&[]);
                    add(&mut out, run, si, Kind::Lower, s == i && e == end);
                }
            }
            i = end;
        }
        mixed(&mut out, words, &roles, si);
    }
    (out, runs)
}

/// What a word is to candidates.
#[derive(Clone, Copy, PartialEq)]
enum Role {
    /// A stopword, generic word, reporting verb, bare number or title: no candidate includes it.
    Break,
    Lower,
    /// Part of a proper-name run, maybe its first or last word.
    Name {
        first: bool,
        last: bool,
    },
}

/// The phrases that join one whole name and lowercase words (`Taguchi method`, `cavity QED`,
/// `governo Meloni`), up to four words, inside a stretch of candidate words not broken by
/// punctuation. They are not names: their `case_p` is 1.
fn mixed(out: &mut Candidates, words: &[Word], roles: &[Role], sentence: usize) {
    let mut a = 0usize;
    while a < roles.len() {
        if roles.get(a) == Some(&Role::Break) {
            a += 1;
            continue;
        }
        // the stretch [a, b): no break, no punctuation inside
        let mut b = a + 1;
        while b < roles.len() && roles.get(b) != Some(&Role::Break) && !words.get(b).is_some_and(|w| w.after_punct()) {
            b += 1;
        }
        let stretch = roles.get(a..b).unwrap_or(&[]);
        let names = stretch.iter().any(|r| matches!(r, Role::Name { .. }));
        if names && stretch.contains(&Role::Lower) {
            for s in a..b {
                if matches!(roles.get(s), Some(Role::Name { first: false, .. })) {
                    continue;
                }
                for e in s + 1..=(s + 4).min(b) {
                    if matches!(roles.get(e - 1), Some(Role::Name { last: false, .. })) {
                        continue;
                    }
                    // one whole name (a part never cuts one) and a lowercase word
                    let part = roles.get(s..e).unwrap_or(&[]);
                    let names = part.iter().filter(|r| matches!(r, Role::Name { first: true, .. })).count();
                    if names == 1 && part.contains(&Role::Lower) {
                        add(out, words.get(s..e).unwrap_or(&[]), sentence, Kind::Mixed, s == a && e == b);
                    }
                }
            }
        }
        a = b;
    }
}

/// How many particles (one or two: `di`, `von der`) stand at the start of `words` before a name
/// word, if they do.
fn particles_before_name(a: &Analysis, words: &[Word]) -> Option<usize> {
    let text = &a.doc.text;
    let particle = |w: &Word| !w.after_punct() && PARTICLES.contains(&w.span().slice(text));
    let name = |w: &Word| !w.after_punct() && a.is_proper(w);
    match words {
        [p, n, ..] if particle(p) && name(n) => Some(1),
        [p, q, n, ..] if particle(p) && particle(q) && name(n) => Some(2),
        _ => None,
    }
}

/// A title before a name (`Dott.ssa`, `Mr`), never part of the name's key phrase.
fn is_honorific(surface: &str) -> bool {
    HONORIFICS.iter().any(|h| surface.eq_ignore_ascii_case(h))
}

/// A number with no unit or suffix (`2026`, `3,5`), which cannot start or end a phrase.
fn is_bare_number(text: &str, w: &Word) -> bool {
    w.kind == TokenKind::Number
        && w.span().slice(text).chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '°'))
}

fn add(out: &mut Candidates, run: &[Word], sentence: usize, kind: Kind, whole: bool) {
    let (Some(first), Some(last)) = (run.first(), run.last()) else { return };
    if first.stop() || last.stop() {
        return;
    }
    // the key: the terms of the content words (at most four), the rest u32::MAX
    let mut array = [u32::MAX; 4];
    let mut n = 0usize;
    for w in run.iter().filter(|w| !w.stop()) {
        if let Some(slot) = array.get_mut(n) {
            *slot = w.term;
            n += 1;
        }
    }
    let terms = array.get(..n).unwrap_or(&[]);
    let len = n as u8;
    let span = Span::new(first.span().start, last.span().end);
    let sentence = sentence as u32;
    let full = out.list.len() >= MAX_CANDIDATES;
    // the candidate's index (u32::MAX: none yet), found with one look-up whether new or not; a
    // single word's by its term, without hashing
    let slot = match terms {
        [t] => out.single.get_mut(*t as usize),
        _ => match out.index.entry(Key(array, len)) {
            Entry::Occupied(e) => Some(e.into_mut()),
            Entry::Vacant(_) if full => None,
            Entry::Vacant(e) => Some(e.insert(u32::MAX)),
        },
    };
    let Some(slot) = slot else { return };
    match out.list.get_mut(*slot as usize) {
        Some(c) => {
            c.occurrences += 1;
            c.whole += u32::from(whole);
            if c.last_sentence != sentence {
                c.sentences += 1;
                c.last_sentence = sentence;
            }
            out.log.push(Occurrence { candidate: *slot, span: Packed::new(span) });
        }
        // a text of endless distinct words (no article has a million candidate phrases) adds
        // occurrences to the phrases met so far, but no new ones: memory stays bounded
        None if full => {}
        None => {
            *slot = out.list.len() as u32;
            out.log.push(Occurrence { candidate: *slot, span: Packed::new(span) });
            out.list.push(Candidate {
                terms: array,
                len,
                mask: terms.iter().fold(0, |m, t| m | 1 << (t % 64)),
                kind,
                whole: u32::from(whole),
                first: span,
                occurrences: 1,
                sentences: 1,
                first_sentence: sentence,
                last_sentence: sentence,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::clean;
    use crate::lang::{Language, LanguageModel};
    use crate::options::Format;

    fn analyse(language: Language, text: &str) -> Analysis {
        Analysis::new(clean(text, Format::Text), &LanguageModel::new(Some(language)))
    }

    /// Texts written for these tests: a technical abstract and a news story in each language.
    struct Case {
        name: &'static str,
        language: Language,
        text: &'static str,
        /// The range `technical` falls in.
        technical: (f64, f64),
        /// Phrases among the first ten (compared lowercased).
        found: &'static [&'static str],
        /// Words no phrase among the first ten contains (generic words).
        never: &'static [&'static str],
        /// Name variants never both among the first ten (merged into one phrase).
        variants: &'static [(&'static str, &'static str)],
        /// How many phrases come before the first lone lowercase word at the earliest.
        lone_from: usize,
    }

    const CASES: &[Case] = &[
        Case {
            name: "en abstract",
            language: Language::English,
            text: "Decentralized integral control of multivariable plants is studied. We derive \
                   sufficient conditions for integral control with sensor faults, using a steady state \
                   gain matrix. The proposed integral control scheme needs only the steady state gain \
                   matrix. Simulations of a distillation column show various cases where integral \
                   control keeps closed loop stability.",
            technical: (0.99, 1.0),
            found: &["integral control", "decentralized integral control", "steady state gain matrix"],
            never: &["using", "proposed", "various", "needs"],
            variants: &[],
            lone_from: 4,
        },
        Case {
            name: "en news",
            language: Language::English,
            text: "On Monday Vladimir Putin met Emmanuel Macron in Moscow. Putin said the talks were \
                   useful and offered new guarantees on grain exports. Macron told reporters in Moscow \
                   that Putin wanted a ceasefire. Officials said the meeting lasted five hours.",
            technical: (0.0, 0.01),
            found: &["putin", "emmanuel macron", "moscow"],
            never: &["useful", "new", "wanted"],
            variants: &[("putin", "vladimir putin")],
            lone_from: 0,
        },
        Case {
            name: "it abstract",
            language: Language::Italian,
            text: "Si studia il controllo integrale decentralizzato di impianti multivariabili. Si \
                   ricavano condizioni sufficienti per il controllo integrale decentralizzato con guasti \
                   dei sensori, utilizzando la matrice dei guadagni statici. Il nuovo schema di controllo \
                   integrale decentralizzato richiede soltanto la matrice dei guadagni statici. Diverse \
                   simulazioni numeriche mostrano che, con i guasti, il controllo integrale non perde la \
                   stabilità ad anello chiuso.",
            technical: (0.99, 1.0),
            found: &["controllo integrale decentralizzato", "controllo integrale", "guadagni statici"],
            never: &["utilizzando", "nuovo", "diverse", "richiede"],
            variants: &[],
            lone_from: 4,
        },
        Case {
            name: "it news",
            language: Language::Italian,
            text: "Ieri Mario Draghi ha incontrato Roberta Metsola a Bruxelles. Draghi ha detto che \
                   l'incontro è stato utile e che il nuovo piano per l'energia arriverà presto. Secondo \
                   fonti della Commissione europea, Metsola ha chiesto a Draghi diverse garanzie sul gas.",
            technical: (0.0, 0.01),
            found: &["draghi", "roberta metsola", "bruxelles"],
            never: &["utile", "nuovo", "diverse"],
            variants: &[("draghi", "mario draghi"), ("metsola", "roberta metsola")],
            lone_from: 0,
        },
    ];

    #[test]
    fn key_phrases_of_written_texts() {
        for case in CASES {
            let a = analyse(case.language, case.text);
            let t = technical(&a, candidates(&a).1);
            assert!(t >= case.technical.0 && t <= case.technical.1, "{}: technical {t}", case.name);
            let shown: Vec<String> = extract(&a, 10).into_iter().map(|p| p.text).collect();
            // in technical prose a lone word (`matrix`) gives way to the terms around it
            let lone = shown.iter().position(|p| !p.contains(' ') && p.starts_with(char::is_lowercase));
            assert!(lone.is_none_or(|i| i >= case.lone_from), "{}: lone word early in {shown:?}", case.name);
            let phrases: Vec<String> = shown.iter().map(|p| p.to_lowercase()).collect();
            for want in case.found {
                assert!(phrases.iter().any(|p| p == want), "{}: {want:?} not among {phrases:?}", case.name);
            }
            for word in case.never {
                assert!(
                    !phrases.iter().any(|p| p.split_whitespace().any(|w| w == *word)),
                    "{}: generic {word:?} in {phrases:?}",
                    case.name
                );
            }
            for (x, y) in case.variants {
                assert!(
                    !(phrases.contains(&x.to_string()) && phrases.contains(&y.to_string())),
                    "{}: {x:?} and {y:?} in {phrases:?}",
                    case.name
                );
            }
        }
    }

    #[test]
    fn a_phrase_shows_its_own_form() {
        // `matrix` alone (twice) joins `steady state gain matrix` (once), which keeps its words
        let a = analyse(
            Language::English,
            "The steady state gain matrix of the plant is estimated online. Each matrix entry is logged. \
             The matrix is stored.",
        );
        let shown: Vec<String> = extract(&a, 10).into_iter().map(|p| p.text).collect();
        assert!(shown.iter().any(|p| p == "steady state gain matrix"), "{shown:?}");
        assert!(!shown.iter().any(|p| p == "matrix"), "{shown:?}");
    }

    #[test]
    fn a_name_is_shown_whole() {
        // `Rossi` alone is more frequent, `Marta Rossi` occurs twice: the chip names her in full
        for (language, text) in [
            (
                Language::Italian,
                "Da un anno la presidente Marta Rossi guida il consorzio. Ieri Rossi ha firmato. Per Rossi il \
                 porto crescerà. Secondo Rossi servono fondi. Oggi la presidente Marta Rossi incontra i sindaci.",
            ),
            (
                Language::English,
                "For a year chair Marta Rossi has led the consortium. Yesterday Rossi signed. For Rossi the \
                 port will grow. According to Rossi funds are needed. Today chair Marta Rossi meets the mayors.",
            ),
        ] {
            let a = analyse(language, text);
            let shown: Vec<String> = extract(&a, 10).into_iter().map(|p| p.text).collect();
            assert!(shown.iter().any(|p| p == "Marta Rossi"), "{shown:?}");
            assert!(!shown.iter().any(|p| p == "Rossi"), "{shown:?}");
        }
    }

    #[test]
    fn the_best_phrases_do_not_depend_on_how_many_are_asked() {
        // more phrases asked than candidates are kept in order as they are scored: the others
        // are sorted, and the phrases still come best first
        let text: Vec<&str> = CASES.iter().filter(|c| c.language == Language::English).map(|c| c.text).collect();
        let harbour = "The harbour authority of Genoa opened a new container terminal on the eastern pier. \
                       Dock workers unloaded steel coils, grain sacks and timber beams from three cargo ships. \
                       Port engineers tested the floating crane, the rail siding and the customs scanner. \
                       Local fishermen complained about diesel fumes, night lighting and traffic jams near the \
                       fish market. The harbour authority promised electric tugboats, quieter winches and a \
                       cycle path along the old sea wall.";
        let a = analyse(Language::English, &format!("{}\n\n{harbour}", text.join("\n\n")));
        assert!(candidates(&a).0.list.len() > 2 * SORTED);
        let few = extract(&a, 10);
        let many = extract(&a, SORTED + 10);
        assert!(many.len() > SORTED, "{}", many.len());
        assert!(many.windows(2).all(|w| w[0].score >= w[1].score));
        for (x, y) in few.iter().zip(&many) {
            assert_eq!(
                (&x.text, x.score, &x.occurrences, &x.sentences),
                (&y.text, y.score, &y.occurrences, &y.sentences)
            );
        }
    }

    /// Sentences written for this test, the candidates they give and some they must not.
    const CANDIDATES: &[(Language, &str, &[&str], &[&str])] = &[
        (
            Language::Italian,
            "Ieri la Dott.ssa Chiara Lanfranco ha incontrato Ursula von der Leyen e il governo Meloni.",
            &["Chiara Lanfranco", "Ursula von der Leyen", "governo Meloni", "governo", "Meloni"],
            &["Dott.ssa Chiara Lanfranco", "Dott.ssa", "von der", "Leyen", "incontrato Ursula von der Leyen"],
        ),
        (
            Language::English,
            "Yesterday Dr Anna Berg applied the Taguchi method using new sensors from Oslo.",
            &["Anna Berg", "Taguchi method", "Taguchi", "method", "sensors", "Oslo"],
            &["Dr Anna Berg", "Dr", "new sensors", "method using", "sensors from Oslo", "Berg applied Taguchi"],
        ),
    ];

    #[test]
    fn candidates_of_written_sentences() {
        for (language, text, found, never) in CANDIDATES {
            let a = analyse(*language, text);
            let forms: Vec<&str> = candidates(&a).0.list.iter().map(|c| c.first.slice(&a.doc.text)).collect();
            for want in *found {
                assert!(forms.contains(want), "{text}: {want:?} not among {forms:?}");
            }
            for bad in *never {
                assert!(!forms.contains(bad), "{text}: {bad:?} among {forms:?}");
            }
        }
    }
}
