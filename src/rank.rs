//! Sentence ranking: one small function per feature, one visible combination, and redundancy
//! control.
//!
//! ```text
//! score(s) = 0.45 · centrality(s) + 0.25 · coverage(s) + 0.20 · position(s) + 0.10 · length(s)
//! ```
//!
//! Each feature is in `[0, 1]`. The order of choice is Maximal Marginal Relevance over the best
//! candidates: the next sentence maximises `λ · score − (1 − λ) · max similarity to those already
//! chosen`, and a sentence nearly identical to a chosen one (cosine ≥ 0.8) is never chosen.
//! Every pass is linear in the number of words, except MMR, which is bounded by
//! [`MMR_POOL`] candidates.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::analysis::Analysis;
use crate::keywords::Phrase;

/// Weights of the combination.
const W_CENTRALITY: f64 = 0.45;
const W_COVERAGE: f64 = 0.25;
const W_POSITION: f64 = 0.20;
const W_LENGTH: f64 = 0.10;
/// MMR trade-off between relevance and novelty.
const LAMBDA: f64 = 0.7;
/// Sentences at least this similar to a chosen one are never chosen too.
const DUPLICATE: f64 = 0.8;
/// MMR considers at most this many of the best sentences; the rest follow by score.
const MMR_POOL: usize = 64;

/// A sentence's score and its parts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Features {
    pub centrality: f64,
    pub coverage: f64,
    pub position: f64,
    pub length: f64,
}

impl Features {
    pub fn score(&self) -> f64 {
        W_CENTRALITY * self.centrality
            + W_COVERAGE * self.coverage
            + W_POSITION * self.position
            + W_LENGTH * self.length
    }
}

/// The ranking of an analysed text.
pub(crate) struct Ranking {
    /// Features per sentence (zero for ineligible ones).
    pub features: Vec<Features>,
    /// Eligible sentences in order of choice.
    pub order: Vec<usize>,
}

/// A sparse term vector: (term, weight), sorted by term.
type Vector = Vec<(u32, f64)>;

pub(crate) fn rank(a: &Analysis, phrases: &[Phrase]) -> Ranking {
    let n = a.sentences.len();
    let eligible: Vec<usize> = (0..n).filter(|&i| a.is_eligible(i)).collect();
    let vectors: Vec<Vector> = (0..n).map(|i| vector(a, i)).collect();
    let centroid = centroid(&vectors, &eligible);
    let coverage = coverage(a, phrases);
    let mut features = vec![Features::default(); n];
    for (rank_pos, &i) in eligible.iter().enumerate() {
        if let (Some(f), Some(v)) = (features.get_mut(i), vectors.get(i)) {
            *f = Features {
                centrality: cosine_map(v, &centroid),
                coverage: coverage.get(i).copied().unwrap_or(0.0),
                position: position(rank_pos),
                length: length(a.sentence_len(i)),
            };
        }
    }
    let order = mmr(&eligible, &features, &vectors);
    Ranking { features, order }
}

/// Term weights of one sentence: content terms, weighted by inverse sentence frequency.
fn vector(a: &Analysis, i: usize) -> Vector {
    let n = a.sentences.len().max(1) as f64;
    let mut v: Vec<(u32, f64)> = a
        .words_of(i)
        .iter()
        .filter(|w| w.is_content())
        .map(|w| (w.term, (1.0 + n / a.stat(w.term).sentences.max(1) as f64).ln()))
        .collect();
    v.sort_unstable_by_key(|e| e.0);
    v.dedup_by(|later, first| {
        let same = later.0 == first.0;
        if same {
            first.1 += later.1;
        }
        same
    });
    v
}

/// The document's centroid: the sum of the eligible sentences' vectors (ordered, so sums are
/// the same run after run).
fn centroid(vectors: &[Vector], eligible: &[usize]) -> BTreeMap<u32, f64> {
    let mut c: BTreeMap<u32, f64> = BTreeMap::new();
    for v in eligible.iter().filter_map(|&i| vectors.get(i)) {
        for &(t, w) in v {
            *c.entry(t).or_default() += w;
        }
    }
    c
}

/// Centrality: cosine similarity of a sentence to the centroid (LexRank's centroid variant,
/// linear where pairwise graphs are quadratic).
fn cosine_map(v: &Vector, c: &BTreeMap<u32, f64>) -> f64 {
    let dot: f64 = v.iter().map(|(t, w)| w * c.get(t).copied().unwrap_or(0.0)).sum();
    let nv = v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
    let nc = c.values().map(|w| w * w).sum::<f64>().sqrt();
    if nv == 0.0 || nc == 0.0 {
        0.0
    } else {
        dot / (nv * nc)
    }
}

fn cosine(a: &Vector, b: &Vector) -> f64 {
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
    let na = a.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
    let nb = b.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na * nb)
    }
}

/// Key-phrase coverage: the summed scores of the key phrases a sentence contains, over the best
/// such sum in the text.
fn coverage(a: &Analysis, phrases: &[Phrase]) -> Vec<f64> {
    let mut c = vec![0.0; a.sentences.len()];
    for p in phrases {
        for &s in &p.sentences {
            if let Some(x) = c.get_mut(s as usize) {
                *x += p.score;
            }
        }
    }
    let max = c.iter().copied().fold(0.0, f64::max);
    if max > 0.0 {
        c.iter_mut().for_each(|x| *x /= max);
    }
    c
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
fn mmr(eligible: &[usize], features: &[Features], vectors: &[Vector]) -> Vec<usize> {
    let score = |i: usize| features.get(i).map_or(0.0, Features::score);
    let mut by_score: Vec<usize> = eligible.to_vec();
    by_score.sort_by(|&x, &y| score(y).total_cmp(&score(x)).then(x.cmp(&y)));
    let pool_len = by_score.len().min(MMR_POOL);
    let (pool, rest) = by_score.split_at(pool_len);
    let mut pool: Vec<usize> = pool.to_vec();
    let mut order: Vec<usize> = Vec::with_capacity(eligible.len());
    let top = pool.first().map_or(1.0, |&i| score(i)).max(f64::MIN_POSITIVE);
    let empty = Vector::new();
    while !pool.is_empty() {
        let mut best: Option<(usize, f64)> = None;
        let mut duplicates: Vec<usize> = Vec::new();
        for (k, &i) in pool.iter().enumerate() {
            let v = vectors.get(i).unwrap_or(&empty);
            let max_sim = order.iter().map(|&j| cosine(v, vectors.get(j).unwrap_or(&empty))).fold(0.0, f64::max);
            if max_sim >= DUPLICATE {
                duplicates.push(k);
                continue;
            }
            let m = LAMBDA * score(i) / top - (1.0 - LAMBDA) * max_sim;
            if best.is_none_or(|(_, b)| m > b) {
                best = Some((k, m));
            }
        }
        for &k in duplicates.iter().rev() {
            pool.remove(k);
        }
        let Some((k, _)) = best else { break };
        let k = k - duplicates.iter().filter(|&&d| d < k).count();
        order.push(pool.remove(k));
    }
    order.extend_from_slice(rest);
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn priors() {
        assert_eq!(position(0), 1.0);
        assert!(position(3) < position(1));
        assert_eq!(length(3), 0.0);
        assert_eq!(length(20), 1.0);
        assert!(length(100) < 1.0);
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
