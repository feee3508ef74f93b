//! Languages: detection, stopwords and stemming.
//!
//! Stopword lists are plain data files in `stopwords/` with their provenance in each header; so
//! are the generic words of `generic/` (`using`, `nuovo`: words of any topic, never part of a key
//! phrase).
//! Stemming is Snowball, through the `rust-stemmers` crate.

mod detect;

pub use detect::{detect_language, Detection, Detector};

use serde::Serialize;
use std::borrow::Cow;

/// The languages sunto knows. Any other language is summarised without stopwords or stemming.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "&'static str")]
pub enum Language {
    Italian,
    English,
    French,
    Spanish,
    German,
    Portuguese,
}

impl Language {
    /// Every known language, in the order detection reports ties.
    pub const ALL: [Language; 6] = [
        Language::Italian,
        Language::English,
        Language::French,
        Language::Spanish,
        Language::German,
        Language::Portuguese,
    ];

    /// The ISO 639-1 code (`"it"`, `"en"`, …).
    pub fn code(self) -> &'static str {
        match self {
            Language::Italian => "it",
            Language::English => "en",
            Language::French => "fr",
            Language::Spanish => "es",
            Language::German => "de",
            Language::Portuguese => "pt",
        }
    }

    /// The language of an ISO 639-1 code or a tag that starts with one (`"it-IT"`), in any case.
    pub fn from_code(code: &str) -> Option<Language> {
        let head = code.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == head)
    }

    /// The stopword list: one word a line (the files in `stopwords/` without their comment
    /// headers, copied by `build.rs`).
    fn stopword_data(self) -> &'static str {
        match self {
            Language::Italian => include_str!(concat!(env!("OUT_DIR"), "/stopwords_it.txt")),
            Language::English => include_str!(concat!(env!("OUT_DIR"), "/stopwords_en.txt")),
            Language::French => include_str!(concat!(env!("OUT_DIR"), "/stopwords_fr.txt")),
            Language::Spanish => include_str!(concat!(env!("OUT_DIR"), "/stopwords_es.txt")),
            Language::German => include_str!(concat!(env!("OUT_DIR"), "/stopwords_de.txt")),
            Language::Portuguese => include_str!(concat!(env!("OUT_DIR"), "/stopwords_pt.txt")),
        }
    }

    /// The generic words of key phrases: one word a line (the files in `generic/` without their
    /// comment headers, copied by `build.rs`).
    fn generic_data(self) -> &'static str {
        match self {
            Language::Italian => include_str!(concat!(env!("OUT_DIR"), "/generic_it.txt")),
            Language::English => include_str!(concat!(env!("OUT_DIR"), "/generic_en.txt")),
            Language::French => include_str!(concat!(env!("OUT_DIR"), "/generic_fr.txt")),
            Language::Spanish => include_str!(concat!(env!("OUT_DIR"), "/generic_es.txt")),
            Language::German => include_str!(concat!(env!("OUT_DIR"), "/generic_de.txt")),
            Language::Portuguese => include_str!(concat!(env!("OUT_DIR"), "/generic_pt.txt")),
        }
    }

    fn stemmer_algorithm(self) -> rust_stemmers::Algorithm {
        use rust_stemmers::Algorithm;
        match self {
            Language::Italian => Algorithm::Italian,
            Language::English => Algorithm::English,
            Language::French => Algorithm::French,
            Language::Spanish => Algorithm::Spanish,
            Language::German => Algorithm::German,
            Language::Portuguese => Algorithm::Portuguese,
        }
    }
}

impl From<Language> for &'static str {
    fn from(l: Language) -> &'static str {
        l.code()
    }
}

/// The words of one stopword or generic-word data file.
pub(crate) fn parse_stopwords(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(|l| l.split('#').next().unwrap_or("").trim()).filter(|w| !w.is_empty())
}

/// Reporting verbs and attributions (`said`, `secondo`, `selon`), of every language: a text where
/// most sentences have one reads as news (see `rank::newsiness`).
const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "according",
    "reported",
    "announced",
    "added",
    "stated",
    "detto",
    "dichiarato",
    "affermato",
    "spiegato",
    "secondo",
    "annunciato",
    "riferito",
    "sottolineato",
    "aggiunto",
    "dit",
    "selon",
    "déclaré",
    "dijo",
    "según",
    "afirmó",
    "sagte",
    "laut",
    "disse",
    "segundo",
    "afirmou",
];

/// What the word lists say of one lowercased word.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Listed {
    /// A stopword of the language.
    pub stopword: bool,
    /// A generic word of the language (see [`LanguageModel::is_generic`]).
    pub generic: bool,
    /// A reporting verb or attribution, of any language (`said`, `secondo`).
    pub reporting: bool,
}

/// The most stems a language keeps learned from earlier texts (about 1 MB of memory when full);
/// when it is full it starts again. Snowball's Python stemmers (PyStemmer, snowballstemmer) keep
/// 10,000 by default. Over the 1,096 BBC articles in a row, 81% of the distinct words of an
/// article (the 250 commonest aside, standing in for the word lists, whose stems are always kept)
/// had been met in the articles before it with 16,384 kept, 73% with 10,000.
const LEARNED_STEMS: usize = 16_384;

/// Longest word learned (in bytes): no word of a language is longer; a longer token (an
/// identifier, a pasted blob) is stemmed each time, and the learned stems stay small.
const LEARNED_WORD_BYTES: usize = 64;

/// Longest text whose words' stems are learned: the vocabulary of a long document (a book, a
/// corpus pasted at once) would push out the articles' words, and add to its peak of memory.
const LEARN_MAX_BYTES: usize = 1 << 20;

/// The learned stems room is made for at a time (the distinct words of an article of 30 KB).
const LEARNED_AT_ONCE: usize = 1024;

/// The bytes of a learned word and its stem together, about, in running text.
const LEARNED_ENTRY_BYTES: usize = 16;

/// The word lists and stems of a language for one text (see [`LanguageModel::stems`]).
///
/// Snowball stemming is about half the work of a summary, and the words of articles repeat from
/// one to the next, so each language keeps the stems it has worked out, up to [`LEARNED_STEMS`]:
/// summarising many articles in one process (`sunto jsonl`, the page's files, a server) stems
/// each word once. The stems are the stemmer's either way; a text read while another holds the
/// learned stems (two threads at once) stems its words itself rather than wait.
pub(crate) struct Stems<'m> {
    model: &'m LanguageModel,
    learned: Option<std::sync::MutexGuard<'m, Learned>>,
    /// Whether stems not learned yet are added.
    learn: bool,
}

impl Stems<'_> {
    /// What the lists say of a lowercased word, with its stem when `stem` is asked (the same as
    /// [`LanguageModel::stem`] gives).
    pub(crate) fn look_up<'a>(&'a mut self, lower: &'a str, stem: bool) -> (Listed, Option<Cow<'a, str>>) {
        let model = self.model;
        let entry = model.lexicon.get(lower);
        match &mut self.learned {
            Some(learned) if stem && entry.is_none() => {
                (Listed::default(), Some(learned.stem(model, lower, self.learn)))
            }
            _ => model.listed(entry, lower, stem),
        }
    }

    #[cfg(test)]
    fn learned(&self) -> Option<usize> {
        self.learned.as_ref().map(|l| l.entries.len())
    }
}

/// Stems learned from earlier texts: each word and its stem one after the other in one string,
/// found through a map from the word's hash and checked against the word itself, so learning a
/// word allocates nothing of its own (a map of `String`s took two allocations a word and three
/// times the memory).
#[derive(Default)]
struct Learned {
    /// The entry of each word's hash (of two words with the same hash, the first is kept).
    index: crate::hash::FxHashMap<usize, usize>,
    /// Every learned word followed by its stem.
    text: String,
    /// Where each entry's word starts, where its stem starts and where it ends, in `text`.
    entries: Vec<[u32; 3]>,
}

impl Learned {
    /// The stem of an unlisted lowercased word, learned now if not before and `learn`.
    fn stem<'a>(&'a mut self, model: &LanguageModel, lower: &'a str, learn: bool) -> Cow<'a, str> {
        let key = std::hash::BuildHasher::hash_one(&crate::hash::FxBuild::default(), lower) as usize;
        let entry = match self.index.get(&key) {
            Some(&e) => Some(e).filter(|&e| self.part(e, 0) == Some(lower)),
            None if learn && lower.len() <= LEARNED_WORD_BYTES => Some(self.learn(model, lower, key)),
            None => None,
        };
        match entry.and_then(|e| self.part(e, 1)) {
            Some(stem) => Cow::Borrowed(stem),
            None => model.stem(lower),
        }
    }

    /// Stems `lower` and keeps it under `key`, starting again when full: its entry.
    fn learn(&mut self, model: &LanguageModel, lower: &str, key: usize) -> usize {
        if self.entries.len() >= LEARNED_STEMS {
            self.index.clear();
            self.text.clear();
            self.entries.clear();
        }
        // room for an article's words at once, rather than grown in steps
        if self.entries.capacity() == 0 {
            self.index.reserve(LEARNED_AT_ONCE);
            self.entries.reserve(LEARNED_AT_ONCE);
            self.text.reserve(LEARNED_AT_ONCE * LEARNED_ENTRY_BYTES);
        }
        let word = self.text.len() as u32;
        self.text.push_str(lower);
        let stem = self.text.len() as u32;
        self.text.push_str(&model.stem(lower));
        self.entries.push([word, stem, self.text.len() as u32]);
        self.index.insert(key, self.entries.len() - 1);
        self.entries.len() - 1
    }

    /// Entry `e`'s word (`part` 0) or stem (1).
    fn part(&self, e: usize, part: usize) -> Option<&str> {
        let at = self.entries.get(e)?;
        let (start, end) = (*at.get(part)?, *at.get(part + 1)?);
        self.text.get(start as usize..end as usize)
    }
}

/// Stopwords, generic words and stemmer of one language, built once per process when the
/// language is first met and shared by every [`Summarizer`](crate::Summarizer).
pub struct LanguageModel {
    pub language: Option<Language>,
    /// Every word of the lists (stopwords, generic words, reporting words) with what they say of
    /// it and its place in `listed_stems`: one lookup tells all three of a word met in a text.
    lexicon: crate::hash::FxHashMap<String, (Listed, u32)>,
    /// Each listed word's stem, worked out the first time the word is met in any text and then
    /// kept: closed classes of a few hundred words that nearly every text repeats.
    listed_stems: Vec<std::sync::OnceLock<Box<str>>>,
    stemmer: Option<rust_stemmers::Stemmer>,
    /// The stems of other words, learned from earlier texts (see [`Stems`]).
    learned: std::sync::Mutex<Learned>,
    /// Abbreviations that do not end a sentence (see `segment::sentences`).
    abbreviations: crate::hash::FxHashSet<&'static str>,
}

impl LanguageModel {
    /// The model of `language`; `None` gives no stopwords and no stemming (words are only
    /// lowercased).
    pub fn new(language: Option<Language>) -> LanguageModel {
        // keyed by `String` like the analysis's map of stems, so that the two share their code
        let mut lexicon: crate::hash::FxHashMap<String, (Listed, u32)> = crate::hash::FxHashMap::default();
        let mut mark = |w: &str, what: fn(&mut Listed)| {
            let next = lexicon.len() as u32;
            what(&mut lexicon.entry(w.to_string()).or_insert((Listed::default(), next)).0);
        };
        if let Some(l) = language {
            parse_stopwords(l.stopword_data()).for_each(|w| mark(w, |e| e.stopword = true));
            parse_stopwords(l.generic_data()).for_each(|w| mark(w, |e| e.generic = true));
        }
        REPORTING.iter().for_each(|w| mark(w, |e| e.reporting = true));
        let listed_stems = (0..lexicon.len()).map(|_| std::sync::OnceLock::new()).collect();
        let stemmer = language.map(|l| rust_stemmers::Stemmer::create(l.stemmer_algorithm()));
        let abbreviations = crate::segment::abbreviation_set(language);
        let learned = std::sync::Mutex::default();
        LanguageModel { language, lexicon, listed_stems, stemmer, learned, abbreviations }
    }

    /// The word lists and stems for one text, with the stems learned from earlier texts when no
    /// other text is being read with them at the same time (see [`Stems`]).
    /// The stems of a text longer than [`LEARN_MAX_BYTES`] are read from the learned ones but not
    /// added to them (its `length`, in bytes).
    pub(crate) fn stems(&self, length: usize) -> Stems<'_> {
        let learned = self.stemmer.as_ref().and_then(|_| self.learned.try_lock().ok());
        Stems { model: self, learned, learn: length <= LEARN_MAX_BYTES }
    }

    /// Forgets the stems learned from earlier texts.
    pub(crate) fn forget_learned_stems(&self) {
        if let Ok(mut learned) = self.learned.lock() {
            *learned = Learned::default();
        }
    }

    /// Abbreviations that do not end a sentence, lowercased, without their final dot.
    pub(crate) fn abbreviations(&self) -> &crate::hash::FxHashSet<&'static str> {
        &self.abbreviations
    }

    /// Whether a lowercased word is a stopword.
    pub fn is_stopword(&self, lower: &str) -> bool {
        self.lexicon.get(lower).is_some_and(|e| e.0.stopword)
    }

    /// What the lists say of a lowercased word (its entry in the lexicon, already found), with
    /// its stem when `stem` is asked (the same as [`stem`](Self::stem) gives, kept from the first
    /// time for a listed word).
    fn listed<'a>(
        &'a self,
        entry: Option<&(Listed, u32)>,
        lower: &'a str,
        stem: bool,
    ) -> (Listed, Option<Cow<'a, str>>) {
        match entry {
            Some(&(listed, k)) if stem => {
                let kept = self.listed_stems.get(k as usize).map(|s| s.get_or_init(|| self.stem(lower).into()));
                (listed, Some(kept.map_or_else(|| self.stem(lower), |s| Cow::Borrowed(&**s))))
            }
            Some(&(listed, _)) => (listed, None),
            None => (Listed::default(), stem.then(|| self.stem(lower))),
        }
    }

    /// Whether a lowercased word is generic: of any topic, never part of a key phrase (`using`,
    /// `nuovo`).
    pub fn is_generic(&self, lower: &str) -> bool {
        self.lexicon.get(lower).is_some_and(|e| e.0.generic)
    }

    /// The Snowball stem of a lowercased word (the word itself without a stemmer).
    pub fn stem<'w>(&self, lower: &'w str) -> Cow<'w, str> {
        match &self.stemmer {
            Some(s) => s.stem(lower),
            None => Cow::Borrowed(lower),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for l in Language::ALL {
            assert_eq!(Language::from_code(l.code()), Some(l));
        }
        assert_eq!(Language::from_code("it-IT"), Some(Language::Italian));
        assert_eq!(Language::from_code("EN_gb"), Some(Language::English));
        assert_eq!(Language::from_code("xx"), None);
    }

    #[test]
    fn kept_stems_of_listed_words_are_the_stemmer_s() {
        for l in Language::ALL {
            let model = LanguageModel::new(Some(l));
            let stopwords = parse_stopwords(l.stopword_data());
            for w in stopwords.chain(parse_stopwords(l.generic_data())).chain(REPORTING.iter().copied()) {
                let listed = Listed {
                    stopword: parse_stopwords(l.stopword_data()).any(|x| x == w),
                    generic: parse_stopwords(l.generic_data()).any(|x| x == w),
                    reporting: REPORTING.contains(&w),
                };
                // asked twice: worked out the first time, kept the second
                for _ in 0..2 {
                    assert_eq!(model.stems(0).look_up(w, true), (listed, Some(model.stem(w))), "{l:?} {w}");
                }
                assert_eq!(model.stems(0).look_up(w, false), (listed, None));
                assert_eq!((model.is_stopword(w), model.is_generic(w)), (listed.stopword, listed.generic));
            }
            let word = "xylophonesque";
            assert_eq!(model.stems(0).look_up(word, true), (Listed::default(), Some(model.stem(word))));
            assert_eq!(model.stems(0).look_up(word, false), (Listed::default(), None));
        }
        // reporting words are known without a language too, unstemmed
        let none = LanguageModel::new(None);
        let reporting = Listed { reporting: true, ..Listed::default() };
        assert_eq!(none.stems(0).look_up("said", true), (reporting, Some(Cow::Borrowed("said"))));
        assert_eq!(none.stems(0).look_up("secondo", false), (reporting, None));
    }

    #[test]
    fn learned_stems_are_the_stemmer_s_and_bounded() {
        let model = LanguageModel::new(Some(Language::Italian));
        let words = ["governo", "governi", "ministra", "ministro", "dichiarazioni", "libertà", "qualità", "perciò"];
        // learned the first time, read back the second, then from a text that finds them held
        // by another (stemmed anew)
        for round in 0..2 {
            let mut stems = model.stems(0);
            for w in words {
                assert_eq!(stems.look_up(w, true), (Listed::default(), Some(model.stem(w))), "{round} {w}");
                assert_eq!(stems.look_up(w, false), (Listed::default(), None));
            }
            assert_eq!(stems.learned(), Some(words.len()));
            let mut busy = model.stems(0);
            assert_eq!(busy.learned(), None);
            for w in words {
                assert_eq!(busy.look_up(w, true), (Listed::default(), Some(model.stem(w))), "busy {w}");
            }
        }
        // listed words keep their stems apart; without a stemmer nothing is learned
        assert_eq!(model.stems(0).look_up("della", true).1, Some(model.stem("della")));
        assert_eq!(model.stems(0).learned(), Some(words.len()));
        let no_language = LanguageModel::new(None);
        let mut none = no_language.stems(0);
        assert_eq!(none.look_up("governi", true), (Listed::default(), Some(Cow::Borrowed("governi"))));
        assert_eq!(none.learned(), None);
        // a long text reads the learned stems and adds none
        let mut long = model.stems(LEARN_MAX_BYTES + 1);
        assert_eq!(long.look_up("governo", true).1, Some(model.stem("governo")));
        assert_eq!(long.look_up("parlamentari", true).1, Some(model.stem("parlamentari")));
        assert_eq!(long.learned(), Some(words.len()));
        drop(long);
        // a word longer than any of a language is stemmed, not learned
        let long_word = "a".repeat(LEARNED_WORD_BYTES + 1) + "zioni";
        assert_eq!(model.stems(0).look_up(&long_word, true).1, Some(model.stem(&long_word)));
        assert_eq!(model.stems(0).learned(), Some(words.len()));
        // a word whose hash leads to another word's entry is stemmed, not given that stem
        let mut learned = Learned::default();
        assert_eq!(learned.stem(&model, "governo", true), model.stem("governo"));
        let key = |w: &str| std::hash::BuildHasher::hash_one(&crate::hash::FxBuild::default(), w) as usize;
        learned.index.insert(key("ministri"), 0);
        assert_eq!(learned.stem(&model, "ministri", true), model.stem("ministri"));
        assert_eq!((learned.entries.len(), learned.part(0, 1)), (1, Some(&*model.stem("governo"))));
        // full, it starts again
        let mut stems = model.stems(0);
        let made_up: Vec<String> = (0..LEARNED_STEMS + 10).map(|i| format!("parol{i}azioni")).collect();
        for w in &made_up {
            assert_eq!(stems.look_up(w, true).1, Some(model.stem(w)));
            assert!(stems.learned().is_some_and(|n| (1..=LEARNED_STEMS).contains(&n)));
        }
        assert!(stems.learned().is_some_and(|n| n < LEARNED_STEMS));
        drop(stems);
        model.forget_learned_stems();
        assert_eq!(model.stems(0).learned(), Some(0));
    }

    #[test]
    fn embedded_lists_are_the_files() {
        let stopwords = [
            (Language::Italian, include_str!("stopwords/it.txt")),
            (Language::English, include_str!("stopwords/en.txt")),
            (Language::French, include_str!("stopwords/fr.txt")),
            (Language::Spanish, include_str!("stopwords/es.txt")),
            (Language::German, include_str!("stopwords/de.txt")),
            (Language::Portuguese, include_str!("stopwords/pt.txt")),
        ];
        let generic = [
            (Language::Italian, include_str!("generic/it.txt")),
            (Language::English, include_str!("generic/en.txt")),
            (Language::French, include_str!("generic/fr.txt")),
            (Language::Spanish, include_str!("generic/es.txt")),
            (Language::German, include_str!("generic/de.txt")),
            (Language::Portuguese, include_str!("generic/pt.txt")),
        ];
        type Data = fn(Language) -> &'static str;
        let lists: [(_, Data); 2] = [(stopwords, Language::stopword_data), (generic, Language::generic_data)];
        for (files, data) in lists {
            for (l, file) in files {
                let from_file: Vec<&str> = parse_stopwords(file).collect();
                let embedded: Vec<&str> = parse_stopwords(data(l)).collect();
                assert_eq!(from_file, embedded, "{l:?}");
            }
        }
    }

    #[test]
    fn generic_lists_are_clean_and_apart_from_stopwords() {
        for l in Language::ALL {
            let model = LanguageModel::new(Some(l));
            let words: Vec<_> = parse_stopwords(l.generic_data()).collect();
            assert!(words.len() >= 50, "{l:?} has {} generic words", words.len());
            let set: std::collections::HashSet<_> = words.iter().collect();
            assert_eq!(set.len(), words.len(), "{l:?} has duplicates");
            for w in &words {
                assert_eq!(w.to_lowercase(), *w, "{l:?}: {w:?} is not lowercase");
                assert!(!model.is_stopword(w), "{l:?}: {w:?} is already a stopword");
            }
        }
        let en = LanguageModel::new(Some(Language::English));
        assert!(en.is_generic("using") && en.is_generic("various") && !en.is_generic("control"));
        // words that name a topic in some field stay out
        for topic in ["value", "change", "study", "large", "based"] {
            assert!(!en.is_generic(topic), "{topic} must not be generic");
        }
        let it = LanguageModel::new(Some(Language::Italian));
        assert!(it.is_generic("utilizzato") && it.is_generic("nuovo") && !it.is_generic("governo"));
        assert!(!it.is_generic("mostra") && !it.is_generic("proposta"));
        assert!(!LanguageModel::new(None).is_generic("using"));
    }

    #[test]
    fn stopword_lists_are_clean() {
        for l in Language::ALL {
            let words: Vec<_> = parse_stopwords(l.stopword_data()).collect();
            let set: std::collections::HashSet<_> = words.iter().collect();
            assert_eq!(set.len(), words.len(), "{:?} has duplicates", l);
            for w in &words {
                assert_eq!(w.trim(), *w, "{:?}: {:?} has spaces", l, w);
                assert_eq!(w.to_lowercase(), *w, "{:?}: {:?} is not lowercase", l, w);
                assert!(!w.contains('\''), "{:?}: {:?} keeps an apostrophe", l, w);
            }
        }
        let it = LanguageModel::new(Some(Language::Italian));
        for content in ["governo", "anni", "milioni", "miliardi", "torino", "presidente"] {
            assert!(!it.is_stopword(content), "{content} must not be an Italian stopword");
        }
        assert!(it.is_stopword("dell") && it.is_stopword("anche") && it.is_stopword("più"));
    }

    #[test]
    fn snowball_stems() {
        let it = LanguageModel::new(Some(Language::Italian));
        assert_eq!(it.stem("colloqui"), it.stem("colloquio"));
        let en = LanguageModel::new(Some(Language::English));
        assert_eq!(en.stem("talks"), "talk");
        let none = LanguageModel::new(None);
        assert_eq!(none.stem("talks"), "talks");
        assert!(!none.is_stopword("the"));
    }
}
