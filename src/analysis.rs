//! The shared analysis of one text: cleaned document, language, sentences and word terms.
//! Key phrases and ranking both read it; it is built once per text.

use crate::hash::FxHashMap;

use crate::clean::{BlockKind, Document};
use crate::lang::LanguageModel;
use crate::segment::{normalize, reader_words, split_sentences, tokenize_into, Sentence, TokenKind};
use crate::span::Span;

/// A word token with what the later stages need to know about it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word {
    /// Span in the cleaned text, as 32-bit offsets (inputs are at most
    /// [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES)): words are most of the memory a long text
    /// takes, and this and the flags in one byte keep one at 16 bytes.
    start: u32,
    end: u32,
    /// Interned stem.
    pub term: u32,
    pub kind: TokenKind,
    /// The `Word::` flags below.
    flags: u8,
}

impl Word {
    /// Punctuation stands between this word and the previous one.
    const AFTER_PUNCT: u8 = 1;
    /// A stopword (or an elision or clitic), not part of a name.
    const STOP: u8 = 1 << 1;
    /// Starts with an uppercase letter.
    const CAP: u8 = 1 << 2;
    /// Has two or more letters, all uppercase (`NATO`, `USA`).
    const ALL_CAPS: u8 = 1 << 3;
    /// First word of its sentence.
    const INITIAL: u8 = 1 << 4;
    /// A reporting verb or attribution (`said`, `secondo`).
    const REPORTING: u8 = 1 << 5;
    /// A generic word of its language (`using`, `nuovo`), never part of a key phrase.
    const GENERIC: u8 = 1 << 6;

    fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }

    pub fn after_punct(&self) -> bool {
        self.has(Self::AFTER_PUNCT)
    }

    pub fn stop(&self) -> bool {
        self.has(Self::STOP)
    }

    pub fn cap(&self) -> bool {
        self.has(Self::CAP)
    }

    pub fn all_caps(&self) -> bool {
        self.has(Self::ALL_CAPS)
    }

    pub fn initial(&self) -> bool {
        self.has(Self::INITIAL)
    }

    pub fn reporting(&self) -> bool {
        self.has(Self::REPORTING)
    }

    pub fn generic(&self) -> bool {
        self.has(Self::GENERIC)
    }

    /// Span in the cleaned text.
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    /// Whether the word can be part of a key phrase or carry weight in ranking.
    pub fn is_content(&self) -> bool {
        !self.stop()
            && matches!(self.kind, TokenKind::Word | TokenKind::Acronym | TokenKind::Number | TokenKind::Hashtag)
            && self.end.saturating_sub(self.start) >= 2
    }
}

// a long text's memory is mostly its words: keep each small
const _: () = assert!(std::mem::size_of::<Word>() <= 16);

/// Per-term counts over the document.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct TermStats {
    pub count: u32,
    /// Sentences it occurs in.
    pub sentences: u32,
    /// Occurrences capitalised somewhere other than at the start of a sentence.
    pub cap_inside: u32,
    /// Occurrences not at the start of a sentence.
    pub inside: u32,
    last_sentence: u32,
}

pub(crate) struct Analysis {
    pub doc: Document,
    pub sentences: Vec<Sentence>,
    pub words: Vec<Word>,
    /// Range of `words` for each sentence.
    pub sentence_words: Vec<std::ops::Range<usize>>,
    pub stats: Vec<TermStats>,
    /// The stem of each term, to compare terms across documents.
    pub stems: Vec<String>,
    /// The sentences' words as a reader counts them ([`reader_words`]), counted once per text.
    reader_words: usize,
}

/// What one surface form (`Putin`, `dell’`, `piu'`) says, worked out once per text.
#[derive(Clone, Copy)]
struct Form {
    term: u32,
    stopword: bool,
    reporting: bool,
    generic: bool,
    cap: bool,
    all_caps: bool,
    /// Four characters or more.
    long: bool,
}

/// The distinct words the maps of [`Analysis::new`] are sized for at most (an article of 30 KB).
const VOCABULARY_HINT: usize = 2048;

impl Analysis {
    pub fn new(doc: Document, model: &LanguageModel) -> Analysis {
        let sentences = split_sentences(&doc, model);
        let mut words = Vec::with_capacity(doc.text.len() / 6);
        let mut sentence_words = Vec::with_capacity(sentences.len());
        // stems, and the normal forms and surface forms that lead to them: each distinct
        // surface form is normalised, stemmed and looked up once. A vocabulary grows much more
        // slowly than the text (Heaps' law), so the maps start at a size fit for an article and
        // grow only for long texts.
        let vocabulary = (doc.text.len() / 16).min(VOCABULARY_HINT);
        let mut interner: FxHashMap<String, u32> = FxHashMap::default();
        interner.reserve(vocabulary);
        // keys borrow the text when a form is its own normal form (most lowercase words)
        let mut forms: FxHashMap<std::borrow::Cow<'_, str>, u32> = FxHashMap::default();
        forms.reserve(vocabulary);
        let mut surfaces: FxHashMap<&str, Form> = FxHashMap::default();
        surfaces.reserve(vocabulary);
        let mut stats: Vec<TermStats> = Vec::new();
        let mut tokens = Vec::new();
        let mut stems = model.stems(doc.text.len());
        for (si, s) in sentences.iter().enumerate() {
            let start = words.len();
            tokens.clear();
            tokenize_into(&doc.text, s.span, &mut tokens);
            for (k, t) in tokens.iter().enumerate() {
                let surface = t.span.slice(&doc.text);
                let form = match surfaces.get(surface) {
                    Some(&f) => f,
                    None => {
                        let norm = normalize(surface);
                        let known = forms.get(norm.as_ref()).copied();
                        let (listed, stem) = stems.look_up(&norm, known.is_none() && t.kind == TokenKind::Word);
                        let term = match known {
                            Some(id) => id,
                            None => {
                                let stem = stem.unwrap_or(std::borrow::Cow::Borrowed(&*norm));
                                let id = match interner.get(stem.as_ref()) {
                                    Some(&id) => id,
                                    None => {
                                        let id = stats.len() as u32;
                                        interner.insert(stem.into_owned(), id);
                                        stats.push(TermStats { last_sentence: u32::MAX, ..TermStats::default() });
                                        id
                                    }
                                };
                                forms.insert(norm.clone(), id);
                                id
                            }
                        };
                        let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
                        let f = Form {
                            term,
                            stopword: listed.stopword,
                            reporting: listed.reporting,
                            generic: listed.generic,
                            cap: surface.chars().next().is_some_and(char::is_uppercase),
                            all_caps: letters >= 2
                                && surface.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase),
                            long: surface.chars().nth(3).is_some(),
                        };
                        surfaces.insert(surface, f);
                        f
                    }
                };
                let initial = k == 0;
                // a capitalised function word inside a sentence is part of a name (`Stati Uniti`)
                let name_part = form.cap && !initial && form.long;
                let stop = matches!(t.kind, TokenKind::Elision | TokenKind::Clitic) || (form.stopword && !name_part);
                let flag = |on: bool, f: u8| if on { f } else { 0 };
                words.push(Word {
                    start: u32::try_from(t.span.start).unwrap_or(u32::MAX),
                    end: u32::try_from(t.span.end).unwrap_or(u32::MAX),
                    term: form.term,
                    kind: t.kind,
                    flags: flag(t.after_punct, Word::AFTER_PUNCT)
                        | flag(stop, Word::STOP)
                        | flag(form.cap, Word::CAP)
                        | flag(form.all_caps, Word::ALL_CAPS)
                        | flag(initial, Word::INITIAL)
                        | flag(form.reporting, Word::REPORTING)
                        | flag(form.generic && !stop, Word::GENERIC),
                });
                if let Some(st) = stats.get_mut(form.term as usize) {
                    st.count += 1;
                    if st.last_sentence != si as u32 {
                        st.sentences += 1;
                        st.last_sentence = si as u32;
                    }
                    if !initial {
                        st.inside += 1;
                        if form.cap {
                            st.cap_inside += 1;
                        }
                    }
                }
            }
            sentence_words.push(start..words.len());
        }
        drop((surfaces, forms, stems));
        // the interner's keys become the list of stems, without a second copy of each
        let mut stems = vec![String::new(); interner.len()];
        for (stem, id) in interner {
            if let Some(slot) = stems.get_mut(id as usize) {
                *slot = stem;
            }
        }
        let read = sentences.iter().map(|s| reader_words(doc.slice(s.span))).sum();
        Analysis { doc, sentences, words, sentence_words, stats, stems, reader_words: read }
    }

    pub fn words_of(&self, sentence: usize) -> &[Word] {
        self.sentence_words.get(sentence).and_then(|r| self.words.get(r.clone())).unwrap_or(&[])
    }

    pub fn stat(&self, term: u32) -> TermStats {
        self.stats.get(term as usize).copied().unwrap_or_default()
    }

    /// Whether a word reads as (part of) a proper name: capitalised inside sentences, or all caps,
    /// or capitalised at a sentence start when the same term is capitalised elsewhere.
    pub fn is_proper(&self, w: &Word) -> bool {
        if w.stop() || !matches!(w.kind, TokenKind::Word | TokenKind::Acronym) {
            return false;
        }
        if w.all_caps() {
            return true;
        }
        if !w.cap() {
            return false;
        }
        if !w.initial() {
            return true;
        }
        let st = self.stat(w.term);
        st.inside > 0 && st.cap_inside * 2 >= st.inside
    }

    /// Number of word tokens that are not punctuation-like (words, numbers, acronyms).
    pub fn sentence_len(&self, sentence: usize) -> usize {
        self.words_of(sentence).iter().filter(|w| !matches!(w.kind, TokenKind::Elision | TokenKind::Clitic)).count()
    }

    /// Whether a sentence may be chosen for a summary at all.
    pub fn is_eligible(&self, sentence: usize) -> bool {
        let Some(s) = self.sentences.get(sentence) else { return false };
        if s.kind == BlockKind::Heading {
            return false;
        }
        let n = self.sentence_len(sentence);
        let text = self.doc.slice(s.span);
        if n < 4 || (s.kind == BlockKind::ListItem && n < 8) {
            return false;
        }
        // a quotation standing alone, short: a fragment, not a statement of the article
        let quoted = text.starts_with(['«', '“', '"']) && text.ends_with(['»', '”', '"']);
        !(quoted && n < 12)
    }

    /// The stems of a sentence's content words, deduplicated.
    pub fn content_stems(&self, sentence: usize) -> Vec<&str> {
        let mut out: Vec<&str> = self
            .words_of(sentence)
            .iter()
            .filter(|w| w.is_content())
            .filter_map(|w| self.stems.get(w.term as usize))
            .map(String::as_str)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// A sentence's words as a reader counts them ([`reader_words`]): the unit of word budgets
    /// and of the counts a summary reports.
    pub fn reader_words(&self, sentence: usize) -> usize {
        self.sentences.get(sentence).map_or(0, |s| reader_words(self.doc.slice(s.span)))
    }

    /// The article's words as a reader counts them.
    pub fn reader_word_count(&self) -> usize {
        self.reader_words
    }
}
