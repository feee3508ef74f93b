//! Sentence ranking: one small function per feature, one visible combination, and redundancy
//! control.
//!
//! ```text
//! score(s) = w_c · centrality(s) + w_k · coverage(s) + w_p · position(s) + w_l · length(s)
//!            + w_t · title(s)
//! centrality(s) = (1 − m) · cosine_to_centroid(s) + m · textrank_degree(s)
//! w = (1 − m) · SHORT + m · LONG,      m = clamp((share − 0.14) / 0.26, 0, 1)
//! SHORT = { w_c 0.45, w_k 0.25, w_p 0.20 · (1 + 6 · news), w_l 0.20, w_t 0.375 },   LONG = { w_c 1 }
//! ```
//!
//! Every feature is in `[0, 1]`. `share` is the part of the text the summary may take (sentences
//! asked over sentences, or words over words): a summary of a sentence or two should carry the
//! lead and the sentences closest to the whole (centroid); a summary of a third of the text should
//! cover what the text keeps returning to (TextRank's graph centrality, computed here as its
//! weighted degree in linear time). `news` (reporting verbs in most sentences) strengthens the
//! position prior, because news puts the event first. A text with a title gets the title's words as
//! a pointer to its subject (Edmundson's title method); without one, `title` is 0 everywhere.
//!
//! The order of choice is Maximal Marginal Relevance over the best candidates: the next sentence
//! maximises `λ · score − (1 − λ) · max similarity to those already chosen`, and a sentence nearly
//! identical to a chosen one (cosine ≥ 0.8) is never chosen. Every pass is linear in the number of
//! words, except MMR, which is bounded by [`MMR_POOL`] candidates.

use serde::Serialize;

use crate::analysis::Analysis;
use crate::clean::BlockKind;
use crate::keywords::Phrase;
use crate::memo::Memo;

/// Weights for a short summary (a sentence or two, or less than a seventh of the text).
const SHORT: Weights = Weights { centrality: 0.45, coverage: 0.25, position: 0.20, length: 0.20, title: 0.375 };
/// Weights for a long summary (two fifths of the text or more).
const LONG: Weights = Weights { centrality: 1.0, coverage: 0.0, position: 0.0, length: 0.0, title: 0.0 };
/// How much a news text strengthens the position prior of a short summary.
const NEWS_BOOST: f64 = 6.0;
/// The share of the text at which the weights start moving from SHORT to LONG, and where they
/// arrive.
/// A news story's three highlights from twenty sentences (0.15) still call for its lead: moving
/// from 0.1 and 0.3 to these lifted ROUGE on every summary set and held-out sample measured.
const SHARE_SHORT: f64 = 0.14;
const SHARE_LONG: f64 = 0.4;
/// MMR trade-off between relevance and novelty.
const LAMBDA: f64 = 0.8;
/// Sentences at least this similar to a chosen one are never chosen too.
const DUPLICATE: f64 = 0.8;
/// MMR considers at most this many of the best sentences; the rest follow by score.
const MMR_POOL: usize = 64;
/// The sentence length, in words, past which key-phrase coverage is scaled down.
const COVERAGE_WORDS: f64 = 60.0;

/// The parts of a sentence's score, each in `[0, 1]`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Features {
    pub centrality: f64,
    pub coverage: f64,
    pub position: f64,
    pub length: f64,
    pub title: f64,
}

/// The weight of each feature in a summary's scores.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Weights {
    pub centrality: f64,
    pub coverage: f64,
    pub position: f64,
    pub length: f64,
    pub title: f64,
}

impl Weights {
    /// The weights for a summary taking `share` of the text, of a text that reads as news to
    /// degree `news` (both in `[0, 1]`).
    pub fn for_summary(share: f64, news: f64) -> Weights {
        let m = long_share(share);
        let short = Weights { position: SHORT.position * (1.0 + NEWS_BOOST * news), ..SHORT };
        let mix = |a: f64, b: f64| (1.0 - m) * a + m * b;
        Weights {
            centrality: mix(short.centrality, LONG.centrality),
            coverage: mix(short.coverage, LONG.coverage),
            position: mix(short.position, LONG.position),
            length: mix(short.length, LONG.length),
            title: mix(short.title, LONG.title),
        }
    }

    pub fn score(&self, f: &Features) -> f64 {
        self.centrality * f.centrality
            + self.coverage * f.coverage
            + self.position * f.position
            + self.length * f.length
            + self.title * f.title
    }
}

/// How far a summary taking `share` of the text is from short (0) to long (1).
fn long_share(share: f64) -> f64 {
    ((share - SHARE_SHORT) / (SHARE_LONG - SHARE_SHORT)).clamp(0.0, 1.0)
}

/// The ranking of an analysed text.
pub(crate) struct Ranking {
    /// Features per sentence (zero for ineligible ones).
    pub features: Vec<Features>,
    /// The weights the scores were combined with.
    pub weights: Weights,
    /// Eligible sentences in order of choice.
    pub order: Vec<usize>,
}

/// A sparse term vector: (term, weight), sorted by term.
type Vector = Vec<(u32, f64)>;

/// Ranks the sentences of `a` for a summary taking `share` of the text.
/// What ranking needs that does not depend on the summary's length, worked out once per text:
/// a text summarised again at another length (the page's slider) only combines and selects.
pub(crate) struct Prepared {
    eligible: Vec<usize>,
    vectors: Vec<Vector>,
    /// The norm of each sentence's vector.
    norms: Vec<f64>,
    /// Per sentence: cosine to the centroid, TextRank degree, key-phrase coverage, similarity to
    /// the title.
    cosine: Vec<f64>,
    degree: Vec<f64>,
    coverage: Vec<f64>,
    title: Vec<f64>,
    /// How much the text reads as news, in `[0, 1]`.
    news: f64,
}

impl Prepared {
    /// How many sentences may be chosen.
    pub fn eligible(&self) -> usize {
        self.eligible.len()
    }
}

pub(crate) fn prepare(a: &Analysis, phrases: &[Phrase]) -> Prepared {
    let n = a.sentences.len();
    let eligible: Vec<usize> = (0..n).filter(|&i| a.is_eligible(i)).collect();
    let vectors = vectors(a);
    let (centroid, centroid_norm) = centroid(&vectors, &eligible, a.stats.len());
    let norms: Vec<f64> = vectors.iter().map(|v| norm(v)).collect();
    let cosine =
        vectors.iter().zip(&norms).map(|(v, &nv)| cosine_to_centroid(v, nv, (&centroid, centroid_norm))).collect();
    let coverage = coverage(a, phrases);
    let degree = textrank_degree(a, &eligible, &vectors);
    let news = newsiness(a, &eligible);
    let title = title_similarity(a, &vectors, &norms);
    Prepared { eligible, vectors, norms, cosine, degree, coverage, title, news }
}

pub(crate) fn rank(p: &Prepared, a: &Analysis, share: f64) -> Ranking {
    let m = long_share(share);
    let weights = Weights::for_summary(share, p.news);
    let mut features = vec![Features::default(); a.sentences.len()];
    for (rank_pos, &i) in p.eligible.iter().enumerate() {
        if let Some(f) = features.get_mut(i) {
            let at = |v: &[f64]| v.get(i).copied().unwrap_or(0.0);
            *f = Features {
                centrality: (1.0 - m) * at(&p.cosine) + m * at(&p.degree),
                coverage: at(&p.coverage),
                position: position(rank_pos),
                length: length(a.sentence_len(i)),
                title: at(&p.title),
            };
        }
    }
    let order = mmr(&p.eligible, &features, &weights, (&p.vectors, &p.norms), a.stats.len());
    Ranking { features, weights, order }
}

/// Term weights of each sentence: content terms, weighted by the square root of their inverse
/// sentence frequency, `√ln(1 + n / sf)`. Damped so that the words a text keeps returning to (the
/// name of the person it is about, its main term) still weigh in a sentence: at full inverse
/// frequency they would count for almost nothing against words said once.
fn vectors(a: &Analysis) -> Vec<Vector> {
    let n = a.sentences.len().max(1) as f64;
    // the weight of each sentence frequency met, worked out once
    let mut weight = Memo::new(a.sentences.len() + 1, |sf| (1.0 + n / sf as f64).ln().sqrt());
    // each distinct term counted in one buffer, then weighted once in a vector of its own size
    // (a vector per sentence lives as long as the ranking: without the room its repeated terms
    // took, a long text's peak memory stays under ten times its size)
    let mut counts: Vec<(u32, f64)> = Vec::new();
    (0..a.sentences.len())
        .map(|i| {
            counts.clear();
            counts.extend(a.words_of(i).iter().filter(|w| w.is_content()).map(|w| (w.term, 1.0)));
            counts.sort_unstable_by_key(|e| e.0);
            counts.dedup_by(|later, first| {
                let same = later.0 == first.0;
                if same {
                    first.1 += 1.0;
                }
                same
            });
            counts.iter().map(|&(t, c)| (t, c * weight.get(a.stat(t).sentences.max(1) as usize))).collect()
        })
        .collect()
}

/// The document's centroid, dense by term: the sum of the eligible sentences' vectors (summed
/// in sentence order, so sums are the same run after run), with its norm.
fn centroid(vectors: &[Vector], eligible: &[usize], terms: usize) -> (Vec<f64>, f64) {
    let mut c = vec![0.0; terms];
    for v in eligible.iter().filter_map(|&i| vectors.get(i)) {
        for &(t, w) in v {
            if let Some(x) = c.get_mut(t as usize) {
                *x += w;
            }
        }
    }
    let norm = c.iter().map(|w| w * w).sum::<f64>().sqrt();
    (c, norm)
}

/// Centrality: cosine similarity of a sentence to the centroid (LexRank's centroid variant,
/// linear where pairwise graphs are quadratic).
fn cosine_to_centroid(v: &Vector, nv: f64, (c, nc): (&[f64], f64)) -> f64 {
    let dot: f64 = v.iter().map(|&(t, w)| w * c.get(t as usize).copied().unwrap_or(0.0)).sum();
    if nv == 0.0 || nc == 0.0 {
        0.0
    } else {
        dot / (nv * nc)
    }
}

/// The cosine of two sparse vectors, each sorted by key (sentence vectors here, document
/// profiles in the digest).
pub(crate) fn cosine<K: Ord>(a: &[(K, f64)], b: &[(K, f64)]) -> f64 {
    cosine_with_norms(a, b, norm(a), norm(b))
}

/// The Euclidean norm of a sparse vector.
fn norm<K>(v: &[(K, f64)]) -> f64 {
    v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt()
}

/// [`cosine`], with the norms of `a` and `b` worked out beforehand (once per sentence, not once
/// per pair compared).
fn cosine_with_norms<K: Ord>(a: &[(K, f64)], b: &[(K, f64)], na: f64, nb: f64) -> f64 {
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    let (mut i, mut j, mut dot) = (0usize, 0usize, 0.0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.0.cmp(&y.0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += x.1 * y.1;
                i += 1;
                j += 1;
            }
        }
    }
    cosine_of_dot(dot, na, nb)
}

/// The cosine of two vectors from their dot product and norms (0 for a vector of no terms).
fn cosine_of_dot(dot: f64, na: f64, nb: f64) -> f64 {
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na * nb)
    }
}

/// Newsiness: the share of sentences that attribute speech (`said`, `according to`, `ha detto`,
/// `secondo`, …), tripled and capped at 1. News reports attribute nearly every paragraph; how-to
/// guides, essays and encyclopedic text seldom do.
fn newsiness(a: &Analysis, eligible: &[usize]) -> f64 {
    let reporting = eligible.iter().filter(|&&i| a.words_of(i).iter().any(|w| w.reporting())).count();
    (3.0 * reporting as f64 / eligible.len().max(1) as f64).min(1.0)
}

/// TextRank degree: on an undirected graph TextRank's scores follow each sentence's weighted
/// degree, and with TextRank's similarity (shared words over `ln |s_i| + ln |s_j|`) that degree
/// is the sum, over the sentence's distinct content terms, of the other sentences sharing the
/// term, over `ln |s_i| + mean ln |s|`: one pass, no pairs compared. Scaled to `[0, 1]`.
fn textrank_degree(a: &Analysis, eligible: &[usize], vectors: &[Vector]) -> Vec<f64> {
    // a sentence's distinct content terms are those of its vector
    let terms = |i: usize| vectors.get(i).map_or(&[][..], |v| v.as_slice()).iter().map(|&(t, _)| t as usize);
    let mut df: Vec<u32> = vec![0; a.stats.len()];
    for &i in eligible {
        for x in terms(i) {
            if let Some(c) = df.get_mut(x) {
                *c += 1;
            }
        }
    }
    let log_len: Vec<f64> = eligible.iter().map(|&i| (a.sentence_len(i).max(2) as f64).ln()).collect();
    let mean_log = log_len.iter().sum::<f64>() / eligible.len().max(1) as f64;
    let mut d = vec![0.0; a.sentences.len()];
    for (&i, l) in eligible.iter().zip(&log_len) {
        let shared: f64 = terms(i).map(|x| df.get(x).map_or(0.0, |&c| c as f64 - 1.0)).sum();
        if let Some(x) = d.get_mut(i) {
            *x = shared / (l + mean_log);
        }
    }
    let max = d.iter().copied().fold(0.0, f64::max);
    if max > 0.0 {
        d.iter_mut().for_each(|x| *x /= max);
    }
    d
}

/// Key-phrase coverage: the summed scores of the key phrases a sentence contains, scaled by
/// `min(1, COVERAGE_WORDS / words)`, over the best such value in the text. A "sentence" far longer
/// than any written one (photo captions run together, a list without punctuation) holds many
/// phrases by its length alone; the scale counts it as if it had the phrases of an ordinary one.
fn coverage(a: &Analysis, phrases: &[Phrase]) -> Vec<f64> {
    let mut c = vec![0.0; a.sentences.len()];
    for p in phrases {
        for &s in &p.sentences {
            if let Some(x) = c.get_mut(s as usize) {
                *x += p.score;
            }
        }
    }
    for (i, x) in c.iter_mut().enumerate() {
        // a sentence of at most COVERAGE_WORDS tokens keeps its sum without counting its words
        if a.sentence_words.get(i).is_some_and(|r| r.len() as f64 > COVERAGE_WORDS) {
            *x *= (COVERAGE_WORDS / a.sentence_len(i).max(1) as f64).min(1.0);
        }
    }
    let max = c.iter().copied().fold(0.0, f64::max);
    if max > 0.0 {
        c.iter_mut().for_each(|x| *x /= max);
    }
    c
}

/// Title similarity: the cosine of a sentence to the title (the heading sentences before the
/// first sentence that may be chosen, when the cleaner found a title), over the best such cosine
/// in the text; 0 everywhere for a text without a title.
fn title_similarity(a: &Analysis, vectors: &[Vector], norms: &[f64]) -> Vec<f64> {
    let mut sim = vec![0.0; vectors.len()];
    if a.doc.meta.title.is_none() {
        return sim;
    }
    let mut title: Vector = (0..a.sentences.len())
        .take_while(|&i| !a.is_eligible(i))
        .filter(|&i| a.sentences.get(i).is_some_and(|s| s.kind == BlockKind::Heading))
        .filter_map(|i| vectors.get(i))
        .flatten()
        .copied()
        .collect();
    title.sort_unstable_by_key(|e| e.0);
    title.dedup_by_key(|e| e.0);
    let title_norm = norm(&title);
    for (((x, v), &nv), s) in sim.iter_mut().zip(vectors).zip(norms).zip(&a.sentences) {
        if s.kind != BlockKind::Heading {
            *x = cosine_with_norms(v, &title, nv, title_norm);
        }
    }
    let max = sim.iter().copied().fold(0.0, f64::max);
    if max > 0.0 {
        sim.iter_mut().for_each(|x| *x /= max);
    }
    sim
}

/// Position prior: the lead of an article states its news. `1 / (1 + i / 3)` for the `i`-th
/// eligible sentence.
fn position(i: usize) -> f64 {
    1.0 / (1.0 + i as f64 / 3.0)
}

/// Length prior: very short sentences say little, very long ones are hard to read in a summary.
fn length(words: usize) -> f64 {
    match words {
        0..=5 => 0.0,
        6..=11 => (words - 5) as f64 / 7.0,
        12..=40 => 1.0,
        _ => (40.0 / words as f64).max(0.5),
    }
}

/// Maximal Marginal Relevance order of the eligible sentences.
fn mmr(
    eligible: &[usize],
    features: &[Features],
    weights: &Weights,
    (vectors, norms): (&[Vector], &[f64]),
    terms: usize,
) -> Vec<usize> {
    // each sentence's score worked out once, not twice per comparison of the sort
    let scores: Vec<f64> = features.iter().map(|f| weights.score(f)).collect();
    let score = |i: usize| scores.get(i).copied().unwrap_or(0.0);
    let mut by_score: Vec<usize> = eligible.to_vec();
    by_score.sort_unstable_by(|&x, &y| score(y).total_cmp(&score(x)).then(x.cmp(&y)));
    let pool_len = by_score.len().min(MMR_POOL);
    let (pool, rest) = by_score.split_at(pool_len);
    let mut order: Vec<usize> = Vec::with_capacity(eligible.len());
    let top = pool.first().map_or(1.0, |&i| score(i)).max(f64::MIN_POSITIVE);
    let empty = Vector::new();
    let vector_of = |i: usize| vectors.get(i).unwrap_or(&empty);
    let norm_of = |i: usize| norms.get(i).copied().unwrap_or(0.0);
    // the pool's terms inverted: for each term a chain of (next, candidate, weight) through
    // `postings`, so that a chosen sentence meets only the candidates that share its terms
    let mut first: Vec<u32> = vec![u32::MAX; terms];
    let mut postings: Vec<(u32, u32, f64)> = Vec::with_capacity(pool.iter().map(|&i| vector_of(i).len()).sum());
    for (k, &i) in (0u32..).zip(pool) {
        for &(t, w) in vector_of(i) {
            if let Some(f) = first.get_mut(t as usize) {
                postings.push((*f, k, w));
                *f = postings.len() as u32 - 1;
            }
        }
    }
    // each candidate's greatest similarity to the sentences chosen so far, updated as they are:
    // at DUPLICATE or more (infinite once chosen) it is out of the running
    let mut max_sim: Vec<f64> = vec![0.0; pool.len()];
    let mut dot: Vec<f64> = vec![0.0; pool.len()];
    loop {
        let mut best: Option<(usize, f64)> = None;
        for (k, (&i, &sim)) in pool.iter().zip(&max_sim).enumerate() {
            if sim >= DUPLICATE {
                continue;
            }
            let m = LAMBDA * score(i) / top - (1.0 - LAMBDA) * sim;
            if best.is_none_or(|(_, b)| m > b) {
                best = Some((k, m));
            }
        }
        let Some((k, _)) = best else { break };
        let (Some(&chosen), Some(sim)) = (pool.get(k), max_sim.get_mut(k)) else { break };
        *sim = f64::INFINITY;
        order.push(chosen);
        // the dot products with the chosen sentence, each summed term by term in the order of
        // the terms, as a merge of the two vectors sums it
        for &(t, wc) in vector_of(chosen) {
            let mut e = first.get(t as usize).copied().unwrap_or(u32::MAX);
            while let Some(&(next, k, w)) = postings.get(e as usize) {
                if let Some(d) = dot.get_mut(k as usize) {
                    *d += w * wc;
                }
                e = next;
            }
        }
        let nc = norm_of(chosen);
        for ((sim, d), &i) in max_sim.iter_mut().zip(&mut dot).zip(pool) {
            *sim = sim.max(cosine_of_dot(*d, norm_of(i), nc));
            *d = 0.0;
        }
    }
    order.extend_from_slice(rest);
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::clean;
    use crate::lang::{Language, LanguageModel};
    use crate::options::Format;

    #[test]
    fn weights_move_from_short_to_long() {
        let short = Weights::for_summary(0.05, 0.0);
        assert_eq!(short, SHORT);
        let long = Weights::for_summary(0.5, 1.0);
        assert_eq!(long, LONG);
        let news = Weights::for_summary(0.05, 1.0);
        assert!(news.position > short.position);
        let half = Weights::for_summary(0.2, 0.0);
        assert!(half.centrality > short.centrality && half.centrality < long.centrality);
    }

    #[test]
    fn priors() {
        assert_eq!(position(0), 1.0);
        assert!(position(3) < position(1));
        assert_eq!(length(3), 0.0);
        assert_eq!(length(20), 1.0);
        assert!(length(100) < 1.0);
    }

    fn analyse(language: Language, text: &str) -> Analysis {
        Analysis::new(clean(text, Format::Text), &LanguageModel::new(Some(language)))
    }

    /// Texts written for these tests: a title, then sentences of which one speaks of the title's
    /// subject and one does not.
    struct TitleCase {
        language: Language,
        text: &'static str,
        /// The start of the sentence most similar to the title.
        best: &'static str,
        /// The start of a sentence sharing no word with the title.
        unrelated: &'static str,
    }

    const TITLE_CASES: &[TitleCase] = &[
        TitleCase {
            language: Language::English,
            text: "Harbour bridge reopens after repairs\n\n\
                   The town council met on Monday evening to discuss the budget for next year.\n\n\
                   Engineers finished the repairs to the harbour bridge a week ahead of schedule.\n\n\
                   Several shops on the main street will stay open late during the summer.",
            best: "Engineers finished",
            unrelated: "Several shops",
        },
        TitleCase {
            language: Language::Italian,
            text: "Riapre il ponte del porto dopo i lavori\n\n\
                   Il consiglio comunale si è riunito lunedì sera per discutere il bilancio.\n\n\
                   Gli operai hanno concluso i lavori sul ponte del porto con una settimana di anticipo.\n\n\
                   Molti negozi della via principale resteranno aperti fino a tardi d'estate.",
            best: "Gli operai",
            unrelated: "Molti negozi",
        },
    ];

    #[test]
    fn title_similarity_points_at_the_subject() {
        for case in TITLE_CASES {
            let a = analyse(case.language, case.text);
            assert!(a.doc.meta.title.is_some(), "{:?}: no title found", case.language);
            let vectors = vectors(&a);
            let norms: Vec<f64> = vectors.iter().map(|v| norm(v)).collect();
            let sim = title_similarity(&a, &vectors, &norms);
            let starting = |prefix: &str| {
                (0..a.sentences.len())
                    .find(|&i| a.doc.slice(a.sentences[i].span).starts_with(prefix))
                    .unwrap_or_else(|| panic!("{:?}: no sentence starts with {prefix:?}", case.language))
            };
            assert_eq!(sim[starting(case.best)], 1.0, "{:?}", case.language);
            assert_eq!(sim[starting(case.unrelated)], 0.0, "{:?}", case.language);
            // without a title, nothing is similar to it
            let body = case.text.split_once("\n\n").map_or("", |(_, b)| b);
            let untitled = analyse(case.language, body);
            let vectors = super::vectors(&untitled);
            let norms: Vec<f64> = vectors.iter().map(|v| norm(v)).collect();
            let sim = title_similarity(&untitled, &vectors, &norms);
            assert!(sim.iter().all(|&x| x == 0.0), "{:?}", case.language);
        }
    }

    #[test]
    fn coverage_of_a_run_on_sentence_is_scaled_down() {
        // the same key phrases in an ordinary sentence and in a run-on "sentence" (captions
        // glued together) far longer than COVERAGE_WORDS: the ordinary one covers them best
        let sentence = "Harbour bridge engineers inspected the steel cables by the lighthouse tower";
        let run_on = [sentence; 8].join(", ");
        let text = format!("{sentence}.\n\n{run_on}.");
        let a = analyse(Language::English, &text);
        let phrases = crate::keywords::extract(&a, 15);
        let c = coverage(&a, &phrases);
        assert!(a.sentence_len(1) as f64 > COVERAGE_WORDS);
        assert!(c[0] > c[1], "{c:?}");
    }

    #[test]
    fn mmr_passes_over_near_duplicates_and_prefers_novelty() {
        // by score 0, 3, 1, 2; 3 repeats 0, and 1 shares a term with 0 where 2 shares none
        let vectors: Vec<Vector> =
            vec![vec![(0, 1.0), (1, 1.0)], vec![(0, 1.0), (2, 1.0)], vec![(3, 1.0)], vec![(0, 1.0), (1, 1.0)]];
        let norms: Vec<f64> = vectors.iter().map(|v| norm(v)).collect();
        let features: Vec<Features> =
            [1.0, 0.95, 0.9, 0.99].iter().map(|&c| Features { centrality: c, ..Features::default() }).collect();
        assert_eq!(mmr(&[0, 1, 2, 3], &features, &LONG, (&vectors, &norms), 4), [0, 2, 1]);
    }

    #[test]
    fn cosine_of_sparse_vectors() {
        let a: Vector = vec![(1, 1.0), (2, 1.0)];
        let b: Vector = vec![(2, 1.0), (3, 1.0)];
        assert!((cosine(&a, &a) - 1.0).abs() < 1e-9);
        assert!((cosine(&a, &b) - 0.5).abs() < 1e-9);
        assert_eq!(cosine(&a, &Vector::new()), 0.0);
    }
}
