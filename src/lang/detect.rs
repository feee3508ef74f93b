//! Language detection by stopword profile.
//!
//! Function words make up a third to a half of running text in every language sunto knows, and
//! their sets barely overlap, so the share of a text's words that are stopwords of each language
//! separates them well on anything longer than a sentence. A word on the lists of `k` languages
//! counts `1/k` for each (`de`, `que`, `a` say little; `the`, `der`, `los`, `della` say a lot).
//! The language with the highest weighted share wins; the confidence is its margin over the
//! runner-up.
//!
//! The start of a text decides: detection reads at most [`MAX_WORDS`] words, and stops sooner once
//! one language is far ahead. From [`DECISIVE_WORDS`] words on it checks every [`CHECK_EVERY`]:
//! when the leader scores [`DECISIVE_RATIO`] times the runner-up and its stopwords are
//! [`DECISIVE_SHARE`] of the words read, more text would not change the answer (a news article
//! settles within its first 200 words; reading all of a 7 KB one took 6% of its summary).

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
/// Words read at least before detection may stop early, and how often it checks from then on.
const DECISIVE_WORDS: usize = 200;
const CHECK_EVERY: usize = 50;
/// To stop early the leader must score this many times the runner-up, and its stopwords must be
/// this share of the words read (about half of running text is stopwords).
const DECISIVE_RATIO: f64 = 3.0;
const DECISIVE_SHARE: f64 = 0.25;
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
            if words >= DECISIVE_WORDS && words % CHECK_EVERY == 0 && decided(&score, &hits, words) {
                break;
            }
        }
        let none = Detection { language: None, confidence: 0.0, reliable: words >= MIN_RELIABLE_WORDS };
        if words == 0 {
            return Detection { reliable: false, ..none };
        }
        let (best, first, second) = leader(&score);
        // the winner's stopwords must make up a plausible share of the text
        let best_hits = hits.get(best).copied().unwrap_or(0);
        if (best_hits as f64) < MIN_SHARE * words as f64 || first <= 0.0 {
            return none;
        }
        let confidence = (first - second) / first;
        Detection {
            language: Language::ALL.get(best).copied(),
            confidence,
            reliable: words >= MIN_RELIABLE_WORDS && confidence >= 0.3,
        }
    }
}

/// Whether the scores of the words read so far settle the language: the leader scores
/// [`DECISIVE_RATIO`] times the runner-up and its stopwords are [`DECISIVE_SHARE`] of the words.
fn decided(score: &[f64], hits: &[usize], words: usize) -> bool {
    let (best, first, second) = leader(score);
    let first_hits = hits.get(best).copied().unwrap_or(0);
    first > 0.0 && first >= DECISIVE_RATIO * second && first_hits as f64 >= DECISIVE_SHARE * words as f64
}

/// The leading language (the first of those tied), its score and the runner-up's.
fn leader(score: &[f64]) -> (usize, f64, f64) {
    let (mut best, mut first, mut second) = (0, f64::NEG_INFINITY, f64::NEG_INFINITY);
    for (i, &s) in score.iter().enumerate() {
        if s > first {
            (best, first, second) = (i, s, first);
        } else if s > second {
            second = s;
        }
    }
    (best, first, second)
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

    /// `n` words of running text in `language`, repeating one written sentence.
    fn words_of(language: Language, n: usize) -> String {
        let sentence = match language {
            Language::Italian => "Il sindaco ha detto che la nuova linea della metropolitana sarà pronta entro la fine dell'anno e che i lavori non hanno avuto ritardi.",
            _ => "The mayor said that the new metro line will be ready by the end of the year and that the works have not been delayed at all.",
        };
        sentence.split(' ').cycle().take(n).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn the_start_decides_once_it_is_clear() {
        // Italian throughout its first 300 words, English for the 2,000 after: settled by the start
        let text = format!("{} {}", words_of(Language::Italian, 300), words_of(Language::English, 2000));
        assert_eq!(detect_language(&text).language, Some(Language::Italian));
        // the same English after only 60 Italian words: too few to stop, the whole text decides
        let text = format!("{} {}", words_of(Language::Italian, 60), words_of(Language::English, 2000));
        assert_eq!(detect_language(&text).language, Some(Language::English));
        // a start that mixes the two evenly settles nothing either
        let mixed: Vec<String> =
            (0..12).map(|i| words_of(if i % 2 == 0 { Language::Italian } else { Language::English }, 25)).collect();
        let text = format!("{} {}", mixed.join(" "), words_of(Language::English, 600));
        assert_eq!(detect_language(&text).language, Some(Language::English));
    }

    #[test]
    fn decided_needs_a_clear_leader_with_enough_stopwords() {
        assert!(decided(&[90.0, 20.0, 5.0, 0.0, 0.0, 1.0], &[100, 30, 8, 0, 0, 1], 200));
        // ahead, but not three times the runner-up
        assert!(!decided(&[90.0, 40.0, 0.0, 0.0, 0.0, 0.0], &[100, 45, 0, 0, 0, 0], 200));
        // far ahead, but its stopwords are under a quarter of the words read
        assert!(!decided(&[40.0, 5.0, 0.0, 0.0, 0.0, 0.0], &[45, 6, 0, 0, 0, 0], 200));
        // two leaders tied, or nothing found
        assert!(!decided(&[60.0, 60.0, 0.0, 0.0, 0.0, 0.0], &[70, 70, 0, 0, 0, 0], 200));
        assert!(!decided(&[0.0; 6], &[0; 6], 200));
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
