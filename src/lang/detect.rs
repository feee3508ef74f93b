//! Language detection by stopword profile.
//!
//! Function words make up a third to a half of running text in every language sunto knows, and
//! their sets barely overlap, so the share of a text's words that are stopwords of each language
//! separates them well on anything longer than a sentence. A word on the lists of `k` languages
//! counts `1/k` for each (`de`, `que`, `a` say little; `the`, `der`, `los`, `della` say a lot).
//! The language with the highest weighted share wins; the confidence is its margin over the
//! runner-up.

use crate::hash::FxHashMap;

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

/// Detects the language of `text`. Building a [`Detector`] once is cheaper when detecting many
/// texts.
pub fn detect_language(text: &str) -> Detection {
    Detector::new().detect(text)
}

/// A language detector holding every stopword list, built once and used many times.
pub struct Detector {
    /// For each stopword, the languages whose list has it.
    /// Each stopword with the set of languages listing it (bit `i` for `Language::ALL[i]`).
    words: FxHashMap<&'static str, u8>,
}

impl Default for Detector {
    fn default() -> Detector {
        Detector::new()
    }
}

impl Detector {
    pub fn new() -> Detector {
        let mut words: FxHashMap<&'static str, u8> = FxHashMap::default();
        for (i, l) in Language::ALL.into_iter().enumerate() {
            for w in parse_stopwords(l.stopword_data()) {
                *words.entry(w).or_default() |= 1 << i;
            }
        }
        Detector { words }
    }

    /// Detects the language of `text`.
    pub fn detect(&self, text: &str) -> Detection {
        let mut score = [0.0f64; Language::ALL.len()];
        let mut hits = [0usize; Language::ALL.len()];
        let mut words = 0usize;
        let mut lower = String::new();
        for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(MAX_WORDS) {
            words += 1;
            let key = if word.bytes().all(|b| b.is_ascii_lowercase()) {
                word
            } else {
                lower.clear();
                if word.is_ascii() {
                    // a capitalised word, mostly: lowered a byte at a time
                    lower.push_str(word);
                    lower.make_ascii_lowercase();
                } else {
                    lower.extend(word.chars().flat_map(char::to_lowercase));
                }
                lower.as_str()
            };
            if let Some(&langs) = self.words.get(key) {
                let weight = 1.0 / langs.count_ones() as f64;
                for (i, (s, h)) in score.iter_mut().zip(hits.iter_mut()).enumerate() {
                    if langs & (1 << i) != 0 {
                        *s += weight;
                        *h += 1;
                    }
                }
            }
        }
        let none = Detection { language: None, confidence: 0.0, reliable: words >= MIN_RELIABLE_WORDS };
        if words == 0 {
            return Detection { reliable: false, ..none };
        }
        let mut order: Vec<usize> = (0..score.len()).collect();
        let at = |i: usize| score.get(i).copied().unwrap_or(0.0);
        order.sort_by(|&a, &b| at(b).total_cmp(&at(a)).then(a.cmp(&b)));
        let (Some(&best), Some(&second)) = (order.first(), order.get(1)) else { return none };
        // the winner's stopwords must make up a plausible share of the text
        let best_hits = hits.get(best).copied().unwrap_or(0);
        if (best_hits as f64) < MIN_SHARE * words as f64 || at(best) <= 0.0 {
            return none;
        }
        let confidence = (at(best) - at(second)) / at(best);
        Detection {
            language: Language::ALL.get(best).copied(),
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
            ("Le gouvernement a présenté mardi un projet de loi sur les retraites, qui sera débattu à l'Assemblée.", Some(Language::French)),
            ("El gobierno presentó el martes un proyecto de ley sobre las pensiones, que será debatido en el Congreso.", Some(Language::Spanish)),
            ("Die Regierung hat am Dienstag einen Gesetzentwurf zu den Renten vorgelegt, der im Bundestag beraten wird.", Some(Language::German)),
            ("O governo apresentou na terça-feira um projeto de lei sobre as pensões, que será debatido no parlamento.", Some(Language::Portuguese)),
            // capitals, ASCII and not, are lowered before the look-up
            ("THE COUNCIL APPROVED THE BUDGET AFTER A LONG DEBATE IN THE CHAMBER ON MONDAY.", Some(Language::English)),
            ("PERCHÉ LA CITTÀ È PIÙ BELLA QUANDO NON PIOVE, E LA GENTE ESCE DI CASA DELLA NONNA", Some(Language::Italian)),
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
