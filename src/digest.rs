//! Several documents at once: grouped by event, near-duplicates merged, each sentence keeping its
//! source.
//!
//! 1. **Rank** each document on its own ([`Summarizer::rank_text`]).
//! 2. **Group**: each document has a profile (its content stems weighted by frequency) and a year:
//!    the year of its date or dateline, else the year its text names most, else the year its raw
//!    input names most, boilerplate included (a 2022 article may say 2022 only in an embedded post
//!    or a hashtag). A
//!    document joins the most similar group of the same year (or of unknown year) when the cosine
//!    of their profiles reaches [`SAME_EVENT`]; otherwise it starts a group.
//! 3. **Choose** per group: each document's best sentences compete on their own score plus how
//!    much of what the group's documents share they cover; a sentence nearly identical to one
//!    already chosen from another document is merged into it (the first keeps it).
//! 4. **Key phrases** per group: the documents' phrases merged by text, scores summed; the group's
//!    label is its three best.

use serde::Serialize;

use crate::options::{Format, Length};
use crate::rank::cosine;
use crate::span::Span;
use crate::summarizer::{RankedText, Summarizer};

/// Profiles at least this similar are about the same event.
const SAME_EVENT: f64 = 0.2;
/// Two sentences sharing this share of their content stems say the same thing.
const NEAR_DUPLICATE: f64 = 0.6;
/// Weight of the shared-terms coverage against a sentence's own score.
const SHARED: f64 = 0.3;

/// A digest of several documents.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Digest {
    pub groups: Vec<Group>,
}

/// Documents about one event, with their summary and key phrases.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Group {
    /// The group's best key phrases, for a heading.
    pub label: String,
    /// Indices of its documents in the input.
    pub documents: Vec<usize>,
    /// The year its documents name most, when they name one.
    pub year: Option<u16>,
    /// Chosen sentences, by document then position.
    pub sentences: Vec<DigestSentence>,
    pub keywords: Vec<GroupKeyword>,
}

/// A sentence of a digest.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DigestSentence {
    pub text: String,
    /// Index of its document in the input.
    pub document: usize,
    /// Where it is in that document.
    pub span: Span,
    pub score: f64,
}

/// A key phrase of a group.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GroupKeyword {
    pub text: String,
    pub score: f64,
}

struct Doc {
    index: usize,
    ranked: RankedText,
    profile: Profile,
    year: Option<u16>,
}

/// Stems and weights, sorted by stem (a small sorted vector: cheaper to ship in wasm than a map).
type Profile = Vec<(String, f64)>;

impl Summarizer {
    /// A digest of several documents (each `(text, format)`), grouped by event. The length option
    /// applies to each group; empty documents are left out of every group.
    pub fn summarize_many(&self, docs: &[(&str, Format)]) -> Digest {
        let docs: Vec<Doc> = docs
            .iter()
            .enumerate()
            .map(|(index, &(text, format))| {
                let ranked = self.rank_text(text, format);
                let profile = profile(&ranked);
                let doc = &ranked.analysis.doc;
                // the article's date, else the year its text names most, else its raw input's
                let year = doc
                    .meta
                    .date
                    .as_deref()
                    .and_then(dominant_year)
                    .or_else(|| dominant_year(&doc.text))
                    .or_else(|| dominant_year(text));
                Doc { index, ranked, profile, year }
            })
            .filter(|d| !d.profile.is_empty())
            .collect();
        let mut drafts: Vec<Draft> = Vec::new();
        for (k, d) in docs.iter().enumerate() {
            let best = drafts
                .iter()
                .enumerate()
                .filter(|(_, g)| g.year.is_none() || d.year.is_none() || g.year == d.year)
                .map(|(gi, g)| (gi, cosine(&d.profile, &g.centroid)))
                .filter(|&(_, c)| c >= SAME_EVENT)
                .max_by(|a, b| a.1.total_cmp(&b.1));
            match best.and_then(|(gi, _)| drafts.get_mut(gi)) {
                Some(g) => {
                    g.centroid = add(&g.centroid, &d.profile);
                    g.year = g.year.or(d.year);
                    g.members.push(k);
                }
                None => drafts.push(Draft { year: d.year, centroid: d.profile.clone(), members: vec![k] }),
            }
        }
        let groups = drafts.iter().map(|g| self.group(&docs, g.year, &g.members)).collect();
        Digest { groups }
    }

    fn group(&self, docs: &[Doc], year: Option<u16>, members: &[usize]) -> Group {
        // terms two or more of the group's documents have
        let mut all: Vec<&str> = members
            .iter()
            .filter_map(|&m| docs.get(m))
            .flat_map(|d| d.profile.iter().map(|(t, _)| t.as_str()))
            .collect();
        all.sort_unstable();
        let mut common: Vec<&str> = all
            .windows(2)
            .filter_map(|w| match w {
                [a, b] if a == b => Some(*a),
                _ => None,
            })
            .collect();
        common.dedup();
        let shared = |stems: &[&str]| -> f64 {
            if stems.is_empty() {
                return 0.0;
            }
            stems.iter().filter(|t| common.binary_search(t).is_ok()).count() as f64 / stems.len() as f64
        };
        // candidates: each document's best sentences
        struct Candidate<'d> {
            doc: &'d Doc,
            sentence: usize,
            score: f64,
            stems: Vec<&'d str>,
        }
        let mut candidates: Vec<Candidate> = Vec::new();
        let mut wanted_total = 0usize;
        for &m in members {
            let Some(d) = docs.get(m) else { continue };
            let a = &d.ranked.analysis;
            let order = &d.ranked.ranking.order;
            let wanted = self.select(a, order).len();
            wanted_total = wanted_total.max(wanted);
            let top = order
                .first()
                .and_then(|&i| d.ranked.ranking.features.get(i))
                .map_or(1.0, |f| d.ranked.ranking.weights.score(f))
                .max(f64::MIN_POSITIVE);
            for &i in order.iter().take(wanted * 3 + 5) {
                let own = d.ranked.ranking.features.get(i).map_or(0.0, |f| d.ranked.ranking.weights.score(f)) / top;
                let stems = a.content_stems(i);
                let score = own + SHARED * shared(&stems);
                candidates.push(Candidate { doc: d, sentence: i, score, stems });
            }
        }
        candidates.sort_by(|x, y| {
            y.score.total_cmp(&x.score).then(x.doc.index.cmp(&y.doc.index)).then(x.sentence.cmp(&y.sentence))
        });
        let budget = match self.options().length {
            Length::Words(w) => Budget::Words(w),
            _ => Budget::Sentences(wanted_total.max(1)),
        };
        let mut chosen: Vec<&Candidate> = Vec::new();
        let mut words = 0usize;
        for c in &candidates {
            let full = match budget {
                Budget::Sentences(n) => chosen.len() >= n,
                Budget::Words(w) => words >= w,
            };
            if full {
                break;
            }
            if chosen.iter().any(|o| overlap(&o.stems, &c.stems) >= NEAR_DUPLICATE) {
                continue; // the same thing said again, in this document or another
            }
            words += c.doc.ranked.analysis.reader_words(c.sentence);
            chosen.push(c);
        }
        chosen.sort_by_key(|c| (c.doc.index, c.sentence));
        let sentences = chosen
            .iter()
            .map(|c| {
                let a = &c.doc.ranked.analysis;
                let span = a.sentences.get(c.sentence).map_or(Span::default(), |s| s.span);
                DigestSentence {
                    text: a.doc.slice(span).to_string(),
                    document: c.doc.index,
                    span: a.doc.to_original(span),
                    score: c.score,
                }
            })
            .collect();
        // key phrases merged by text
        let mut merged: Vec<GroupKeyword> = Vec::new();
        for &m in members {
            let Some(d) = docs.get(m) else { continue };
            for p in &d.ranked.phrases {
                match merged.iter_mut().find(|k| k.text.to_lowercase() == p.text.to_lowercase()) {
                    Some(k) => k.score += p.score,
                    None => merged.push(GroupKeyword { text: p.text.clone(), score: p.score }),
                }
            }
        }
        merged.sort_by(|x, y| y.score.total_cmp(&x.score).then(x.text.cmp(&y.text)));
        merged.truncate(self.options().keywords);
        let label = merged.iter().take(3).map(|k| k.text.as_str()).collect::<Vec<_>>().join(", ");
        Group {
            label,
            documents: members.iter().filter_map(|&m| docs.get(m)).map(|d| d.index).collect(),
            year,
            sentences,
            keywords: merged,
        }
    }
}

/// A group while documents join it.
struct Draft {
    year: Option<u16>,
    /// The sum of its documents' profiles.
    centroid: Profile,
    /// Indices into the ranked documents.
    members: Vec<usize>,
}

enum Budget {
    Sentences(usize),
    Words(usize),
}

/// A document's profile: its content stems, weighted by frequency, as a unit vector.
fn profile(r: &RankedText) -> Profile {
    let a = &r.analysis;
    let mut stems: Vec<&str> = (0..a.sentences.len())
        .filter(|&i| a.is_eligible(i))
        .flat_map(|i| a.words_of(i).iter().filter(|w| w.is_content()).filter_map(|w| a.stems.get(w.term as usize)))
        .map(String::as_str)
        .collect();
    stems.sort_unstable();
    let mut p: Profile = Vec::new();
    for s in stems {
        match p.last_mut() {
            Some((t, w)) if t == s => *w += 1.0,
            _ => p.push((s.to_string(), 1.0)),
        }
    }
    let norm = p.iter().map(|(_, x)| x * x).sum::<f64>().sqrt();
    if norm > 0.0 {
        p.iter_mut().for_each(|(_, x)| *x /= norm);
    }
    p
}

/// The sum of two profiles.
fn add(a: &Profile, b: &Profile) -> Profile {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x.0 == y.0 => {
                out.push((x.0.clone(), x.1 + y.1));
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x.0 < y.0 => {
                out.push(x.clone());
                i += 1;
            }
            (Some(x), None) => {
                out.push(x.clone());
                i += 1;
            }
            (_, Some(y)) => {
                out.push(y.clone());
                j += 1;
            }
            (None, None) => break,
        }
    }
    out
}

/// The share of the smaller set's stems that the other has too (both sorted).
fn overlap(a: &[&str], b: &[&str]) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    let common = a.iter().filter(|t| b.binary_search(t).is_ok()).count();
    common as f64 / smaller as f64
}

/// The year (1900–2099) the text names most often, the latest on a tie.
pub(crate) fn dominant_year(text: &str) -> Option<u16> {
    let mut counts = [0usize; 200];
    let bytes = text.as_bytes();
    let mut i = 0usize;
    while i + 4 <= bytes.len() {
        let digits = bytes.get(i..i + 4).is_some_and(|w| w.iter().all(u8::is_ascii_digit));
        let before = i == 0 || !bytes.get(i - 1).is_some_and(u8::is_ascii_digit);
        let after = !bytes.get(i + 4).is_some_and(u8::is_ascii_digit);
        if digits && before && after {
            let year = text.get(i..i + 4).and_then(|y| y.parse::<u16>().ok()).filter(|y| (1900..=2099).contains(y));
            if let Some(c) = year.and_then(|y| counts.get_mut(usize::from(y - 1900))) {
                *c += 1;
            }
            i += 4;
        } else {
            i += 1;
        }
    }
    let (i, &n) = counts.iter().enumerate().max_by(|a, b| a.1.cmp(b.1).then(a.0.cmp(&b.0)))?;
    (n > 0).then(|| 1900 + i as u16)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    #[test]
    fn years() {
        assert_eq!(dominant_year("Nel 2026, dopo il 2025 e ancora nel 2026."), Some(2026));
        assert_eq!(dominant_year("#Beijing2022 February 4, 2022"), Some(2022));
        assert_eq!(dominant_year("12345 e 1850 e 3000"), None);
        assert_eq!(dominant_year(""), None);
    }

    #[test]
    fn documents_on_different_events_are_grouped_apart() {
        let bridge_a = "Il ponte sul torrente Arvena è stato chiuso ieri a Valmora. I tecnici della Provincia hanno trovato crepe nei piloni del ponte. Il sindaco di Valmora ha chiesto tempi rapidi per i lavori sul ponte. Marzo 2026.";
        let bridge_b = "Valmora resta senza il suo ponte: la Provincia ha chiuso il ponte sull'Arvena dopo le crepe nei piloni. I lavori sul ponte dureranno mesi, dice il sindaco di Valmora. Marzo 2026.";
        let bakery = "A Castelbruno riapre il forno del paese dopo tre anni. Una cooperativa di abitanti gestirà il forno e il pane sarà venduto ogni mattina. Il forno era chiuso dal 2023.";
        let s = Summarizer::new(Options { length: crate::Length::Sentences(2), ..Options::default() });
        let Ok(s) = s else { panic!("options") };
        let d = s.summarize_many(&[(bridge_a, Format::Text), (bakery, Format::Text), (bridge_b, Format::Text)]);
        let docs: Vec<Vec<usize>> = d.groups.iter().map(|g| g.documents.clone()).collect();
        assert_eq!(docs, vec![vec![0, 2], vec![1]]);
        let bridge = &d.groups[0];
        assert!(bridge.sentences.len() <= 2 && !bridge.sentences.is_empty());
        assert!(bridge.label.to_lowercase().contains("ponte") || bridge.label.contains("Valmora"), "{}", bridge.label);
        // each sentence keeps its source, and its span is in that document
        let texts = [bridge_a, bakery, bridge_b];
        for sent in &bridge.sentences {
            let src = texts[sent.document];
            assert_eq!(&src[sent.span.range()], sent.text);
        }
    }

    #[test]
    fn same_story_in_different_years_stays_apart_and_duplicates_merge() {
        let a = "Il vertice tra i due presidenti si è tenuto a Pechino il 4 febbraio 2022. I presidenti hanno firmato un accordo sul gas.";
        let b = "Il vertice tra i due presidenti si è tenuto in videochiamata il 4 febbraio 2026. I presidenti hanno discusso di commercio e di gas.";
        let c = "Il vertice tra i due presidenti si è tenuto in videochiamata il 4 febbraio 2026. Il commercio tra i due paesi cresce.";
        let Ok(s) = Summarizer::new(Options { length: crate::Length::Sentences(3), ..Options::default() }) else {
            panic!()
        };
        let d = s.summarize_many(&[(a, Format::Text), (b, Format::Text), (c, Format::Text)]);
        let years: Vec<Option<u16>> = d.groups.iter().map(|g| g.year).collect();
        assert_eq!(years, vec![Some(2022), Some(2026)]);
        let g2026 = &d.groups[1];
        let opening = g2026
            .sentences
            .iter()
            .filter(|s| s.text.starts_with("Il vertice tra i due presidenti si è tenuto in videochiamata"))
            .count();
        assert_eq!(opening, 1, "{:?}", g2026.sentences);
    }
}
