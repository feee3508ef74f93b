//! Language detection by stopword profile.
//!
//! Function words make up a third to a half of running text in every language sunto knows, and
//! their sets barely overlap, so the share of a text's words that are stopwords of each language
//! separates them well on anything longer than a sentence. The language with the highest share
//! wins; the confidence is its margin over the runner-up.

use std::collections::HashSet;

use super::{parse_stopwords, Language};

/// The outcome of language detection.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Detection {
    /// The detected language, `None` when no known language fits.
    pub language: Option<Language>,
    /// How sure the detector is, from 0 to 1.
    pub confidence: f64,
    /// Whether the text was long and clear enough to trust the answer.
    pub reliable: bool,
}

/// Words read at most: the start of a long text decides.
const MAX_WORDS: usize = 3000;
/// Below this share of stopwords no language is claimed.
const MIN_SHARE: f64 = 0.12;
/// Fewer words than this make a detection unreliable.
const MIN_RELIABLE_WORDS: usize = 12;

/// Detects the language of `text` among those with a stopword list. Building a [`Detector`] once
/// is cheaper when detecting many texts.
pub fn detect_language(text: &str) -> Detection {
    Detector::new().detect(text)
}

/// A language detector holding every stopword list, built once and used many times.
pub struct Detector {
    lists: Vec<(Language, HashSet<&'static str>)>,
}

impl Default for Detector {
    fn default() -> Detector {
        Detector::new()
    }
}

impl Detector {
    pub fn new() -> Detector {
        let lists = Language::ALL
            .into_iter()
            .map(|l| (l, parse_stopwords(l.stopword_data()).collect::<HashSet<_>>()))
            .filter(|(_, s)| !s.is_empty())
            .collect();
        Detector { lists }
    }

    /// Detects the language of `text`.
    pub fn detect(&self, text: &str) -> Detection {
        let lists = &self.lists;
        let mut hits = vec![0usize; lists.len()];
        let mut words = 0usize;
        let mut lower = String::new();
        for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(MAX_WORDS) {
            words += 1;
            lower.clear();
            lower.extend(word.chars().flat_map(char::to_lowercase));
            for (i, (_, set)) in lists.iter().enumerate() {
                if set.contains(lower.as_str()) {
                    hits[i] += 1;
                }
            }
        }
        let none = Detection { language: None, confidence: 0.0, reliable: words >= MIN_RELIABLE_WORDS };
        if words == 0 {
            return Detection { reliable: false, ..none };
        }
        let mut order: Vec<usize> = (0..lists.len()).collect();
        order.sort_by(|&a, &b| hits[b].cmp(&hits[a]).then(a.cmp(&b)));
        let Some(&best) = order.first() else { return none };
        let share = hits[best] as f64 / words as f64;
        if share < MIN_SHARE {
            return none;
        }
        let second = order.get(1).map_or(0, |&i| hits[i]);
        let confidence = (hits[best] - second) as f64 / hits[best] as f64;
        Detection {
            language: lists.get(best).map(|(l, _)| *l),
            confidence,
            reliable: words >= MIN_RELIABLE_WORDS && confidence >= 0.3,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, Option<Language>)] = &[
            (
                "Il governo ha approvato la legge di bilancio dopo una lunga discussione in aula.",
                Some(Language::Italian),
            ),
            ("The council approved the budget after a long debate in the chamber on Monday.", Some(Language::English)),
            ("perche' la citta' e' piu' bella quando non piove, e la gente esce di casa", Some(Language::Italian)),
            ("東京は日本の首都です。", None),
            ("", None),
            ("12345 67890", None),
        ];
        for (text, want) in cases {
            assert_eq!(detect_language(text).language, *want, "{text}");
        }
    }

    #[test]
    fn short_text_is_unreliable() {
        let d = detect_language("Il gatto");
        assert!(!d.reliable);
        let d = detect_language(
            "Il sindaco ha detto che la nuova linea della metropolitana sarà pronta entro la fine \
             dell'anno e che i lavori non hanno avuto ritardi.",
        );
        assert!(d.reliable && d.language == Some(Language::Italian));
    }
}
