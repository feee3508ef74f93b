//! The [`Summarizer`]: built once from [`Options`], called many times.

use std::sync::{Arc, Mutex, OnceLock};

use serde::Serialize;

use crate::analysis::Analysis;
use crate::clean::{clean, clean_with, BlockKind, Metadata};
use crate::error::Error;
use crate::keywords;
use crate::lang::{Detection, Detector, Language, LanguageModel};
use crate::options::{Format, LanguageChoice, Length, Options};
use crate::rank::{self, Features, Weights};
use crate::span::Span;

/// Summarises texts with fixed options; [`Summarizer::summarize`] never fails. The data every
/// summarizer uses the same way (the language detector, each language's stopword sets and
/// stemmer, compiled patterns) is built once per process, when first needed, and shared: a
/// page that keeps one summarizer per set of options (its length slider) builds it once.
pub struct Summarizer {
    options: Options,
    /// Whether the last text's analysis is kept and reused (see [`Summarizer::reusing`]).
    reuse: bool,
}

/// The language detector, shared by every [`Summarizer`].
fn detector() -> &'static Detector {
    static DETECTOR: OnceLock<Detector> = OnceLock::new();
    DETECTOR.get_or_init(Detector::new)
}

/// The model of `language` (of an unknown language: no stopwords, no stemming), built when the
/// language is first met and shared by every [`Summarizer`].
fn model(language: Option<Language>) -> &'static LanguageModel {
    match language.and_then(|l| Some((l, MODELS.get(Language::ALL.iter().position(|&x| x == l)?)?))) {
        Some((l, cell)) => cell.get_or_init(|| LanguageModel::new(Some(l))),
        None => NO_LANGUAGE.get_or_init(|| LanguageModel::new(None)),
    }
}

static MODELS: [OnceLock<LanguageModel>; Language::ALL.len()] = [const { OnceLock::new() }; Language::ALL.len()];
static NO_LANGUAGE: OnceLock<LanguageModel> = OnceLock::new();

/// Forgets what the process keeps from one text to the next: the stems each language has
/// learned from earlier texts (up to 16,384 words a language, about 1 MB) and the last text's
/// analysis (see [`Summarizer::reusing`]). The next text is summarised as in a fresh process,
/// with the same result. For a long-lived process that wants the memory back.
pub fn clear_caches() {
    for m in MODELS.iter().filter_map(OnceLock::get) {
        m.forget_learned_stems();
    }
    if let Ok(mut last) = LAST.lock() {
        *last = None;
    }
}

/// A summary of one text. All spans are byte ranges into the text given to `summarize`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    /// The language used, detected or forced; `None` when unknown.
    pub language: Option<Language>,
    /// How the language was detected (confidence 1 when forced).
    #[serde(skip)]
    pub detection: Detection,
    /// Title, byline and date found by the cleaner.
    pub meta: Metadata,
    /// The chosen sentences, in document order.
    pub sentences: Vec<SummarySentence>,
    /// Key phrases, best first.
    pub keywords: Vec<Keyword>,
    /// The weights each sentence's features were combined with.
    pub weights: Weights,
    /// A one-line headline: the title when there is one, otherwise the best short sentence.
    pub headline: String,
    pub stats: Stats,
    /// The format the input was read as.
    #[serde(skip)]
    pub format: Format,
}

/// A sentence of the summary.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SummarySentence {
    /// The sentence as cleaned (markdown markers gone, lines joined).
    pub text: String,
    /// Where it is in the input.
    pub span: Span,
    /// Its score: the features weighted by [`Summary::weights`].
    pub score: f64,
    /// Its position among all the text's sentences (headings included), from 0.
    pub index: usize,
    /// The parts of its score.
    pub features: Features,
    /// The key phrases it contains (indices into [`Summary::keywords`]).
    pub keywords: Vec<usize>,
}

/// A key phrase.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Keyword {
    pub text: String,
    pub score: f64,
    /// Every occurrence in the input, in order, up to [`MAX_OCCURRENCES`].
    pub occurrences: Vec<Span>,
}

/// The most occurrences listed for one key phrase: far more than an article has, and a bound on
/// the answer for a text of megabytes repeating one phrase (the page highlights them all).
pub const MAX_OCCURRENCES: usize = 10_000;

/// Counts about the text and the summary. Words are counted as a reader counts them (runs of
/// characters between spaces; see [`crate::segment::reader_words`]), the unit of word budgets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Words of the cleaned text.
    pub words: usize,
    /// Sentences of the cleaned text (headings included).
    pub sentences: usize,
    /// Words of the summary.
    pub summary_words: usize,
}

/// A sentence of the text, for segmentation (`sentences` of the CLI protocol).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TextSentence {
    pub text: String,
    pub span: Span,
    pub heading: bool,
}

impl Summarizer {
    /// A summarizer with `options`; fails only when an option is out of range.
    pub fn new(options: Options) -> Result<Summarizer, Error> {
        options.validate()?;
        Ok(Summarizer { options, reuse: false })
    }

    /// This summarizer, sharing one cache with every other that opted in: the analysis of the
    /// last text (up to 1 MiB) is kept, and when the same text comes again, read the same way,
    /// only the ranking and the selection run again. For interfaces that ask for the same text
    /// at several lengths, such as the page's length slider (the wasm `Summarizer` opts in).
    /// The output is the same either way.
    pub fn reusing(mut self) -> Summarizer {
        self.reuse = true;
        self
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Summarises `text`, read in the format of the options.
    pub fn summarize(&self, text: &str) -> Summary {
        self.summarize_as(text, self.options.format)
    }

    /// Summarises `text` read as `format` (e.g. from a file name, see
    /// [`Format::from_file_name`]).
    pub fn summarize_as(&self, text: &str, format: Format) -> Summary {
        let r = self.rank_text(text, format);
        let (a, phrases, ranking) = (&r.analysis, &r.phrases, &r.ranking);
        let chosen = self.select(a, &ranking.order);
        let shown = phrases.len().min(self.options.keywords);
        let sentences: Vec<SummarySentence> = chosen
            .iter()
            .map(|&i| {
                let s = a.sentences.get(i).map_or(Span::default(), |s| s.span);
                let features = ranking.features.get(i).copied().unwrap_or_default();
                SummarySentence {
                    text: a.doc.slice(s).to_string(),
                    span: a.doc.to_original(s),
                    score: ranking.weights.score(&features),
                    index: i,
                    features,
                    keywords: phrases
                        .iter()
                        .take(shown)
                        .enumerate()
                        .filter(|(_, p)| p.sentences.binary_search(&(i as u32)).is_ok())
                        .map(|(k, _)| k)
                        .collect(),
                }
            })
            .collect();
        let keywords = shown_keywords(a, phrases, shown);
        let summary_words = chosen.iter().map(|&i| a.reader_words(i)).sum();
        Summary {
            language: r.detection.language,
            detection: r.detection,
            stats: Stats { words: a.reader_word_count(), sentences: a.sentences.len(), summary_words },
            sentences,
            keywords,
            weights: ranking.weights,
            headline: headline(a, &ranking.order),
            format: a.doc.format,
            meta: a.doc.meta.clone(),
        }
    }

    /// The key phrases of `text` (read in the format of the options), best first: those of
    /// [`Summarizer::summarize`], without ranking the sentences.
    pub fn extract_keywords(&self, text: &str) -> Vec<Keyword> {
        let (analysis, _) = self.analyse(text, self.options.format);
        let phrases = keywords::extract(&analysis, self.options.keywords.max(KEYWORDS_FOR_RANKING));
        shown_keywords(&analysis, &phrases, self.options.keywords)
    }

    /// Cleans `text`, detects its language and analyses its sentences and words.
    fn analyse(&self, text: &str, format: Format) -> (Analysis, Detection) {
        let doc = clean(text, format);
        let detection = self.detect(&doc.text);
        let model = model(detection.language);
        (Analysis::new(doc, model), detection)
    }

    /// Cleans, analyses and ranks one text: what one summary and a digest of many share.
    pub(crate) fn rank_text(&self, text: &str, format: Format) -> RankedText {
        let analysed = self.analysed(text, format);
        let analysis = &analysed.analysis;
        let eligible = analysed.prepared.eligible().max(1);
        let share = match self.options.length {
            Length::Sentences(n) => n as f64 / eligible as f64,
            Length::Ratio(r) => r,
            Length::Words(w) => w as f64 / analysis.reader_word_count().max(1) as f64,
        };
        let ranking = rank::rank(&analysed.prepared, analysis, share);
        RankedText { analysed, ranking }
    }

    /// `text` analysed, with its key phrases: the last text's again when it is the same text
    /// read the same way (see [`Reuse`]), else worked out and kept for the next call.
    fn analysed(&self, text: &str, format: Format) -> Arc<Analysed> {
        let k = self.options.keywords.max(KEYWORDS_FOR_RANKING);
        let reusable = self.reuse && text.len() <= REUSE_MAX_BYTES;
        let same =
            |r: &Reuse| r.format == format && r.language == self.options.language && r.keywords == k && r.text == text;
        if reusable {
            if let Some(hit) =
                LAST.lock().ok().and_then(|last| last.as_ref().filter(|r| same(r)).map(|r| r.analysed.clone()))
            {
                return hit;
            }
        }
        let (analysis, detection) = self.analyse(text, format);
        let phrases = keywords::extract(&analysis, k);
        let prepared = rank::prepare(&analysis, &phrases);
        let analysed = Arc::new(Analysed { analysis, phrases, detection, prepared });
        if reusable {
            if let Ok(mut last) = LAST.lock() {
                *last = Some(Reuse {
                    text: text.to_string(),
                    format,
                    language: self.options.language,
                    keywords: k,
                    analysed: analysed.clone(),
                });
            }
        }
        analysed
    }

    /// The article's sentences and headings, as `summarize` reads them (boilerplate removed).
    pub fn sentences(&self, text: &str) -> Vec<TextSentence> {
        self.split(text, true)
    }

    /// Every sentence and heading of `text`, with nothing removed as boilerplate: plain
    /// sentence segmentation.
    pub fn segment(&self, text: &str) -> Vec<TextSentence> {
        self.split(text, false)
    }

    fn split(&self, text: &str, boilerplate: bool) -> Vec<TextSentence> {
        let doc = clean_with(text, self.options.format, boilerplate);
        let detection = self.detect(&doc.text);
        let model = model(detection.language);
        crate::segment::split_sentences(&doc, model)
            .into_iter()
            .map(|s| TextSentence {
                text: doc.slice(s.span).to_string(),
                span: doc.to_original(s.span),
                heading: s.kind == BlockKind::Heading,
            })
            .collect()
    }

    fn detect(&self, text: &str) -> Detection {
        match self.options.language {
            LanguageChoice::Fixed(l) => Detection { language: Some(l), confidence: 1.0, reliable: true },
            LanguageChoice::Auto => detector().detect(text),
        }
    }

    /// The sentences the length option asks for, in document order.
    pub(crate) fn select(&self, a: &Analysis, order: &[usize]) -> Vec<usize> {
        let mut chosen: Vec<usize> = match self.options.length {
            Length::Sentences(n) => order.iter().take(n).copied().collect(),
            Length::Ratio(r) => {
                let n = ((order.len() as f64) * r).ceil().max(1.0) as usize;
                order.iter().take(n).copied().collect()
            }
            Length::Words(budget) => fill_words(order, budget, |i| a.reader_words(i)),
        };
        chosen.sort_unstable();
        chosen
    }
}

/// Whole sentences, best first, until they make `budget` words. The sentence that crosses the
/// budget is the best remaining one placed after all those chosen, when there is one: a reader
/// who stops at the budget (a preview cut at so many words) then misses the end of the last
/// sentence, and the last is not a better one than those before it.
fn fill_words(order: &[usize], budget: usize, len: impl Fn(usize) -> usize) -> Vec<usize> {
    let mut words = 0usize;
    let mut out: Vec<usize> = Vec::new();
    // the last chosen sentence in document order
    let mut last: Option<usize> = None;
    let mut rest = order.iter();
    while words < budget {
        let Some(&i) = rest.next() else { break };
        let crosses = words + len(i) > budget;
        if let Some(l) = last.filter(|&l| crosses && i < l) {
            if let Some(&j) = rest.clone().find(|&&j| j > l) {
                out.push(j);
                break;
            }
        }
        words += len(i);
        out.push(i);
        last = last.max(Some(i));
    }
    out
}

/// One text cleaned and analysed, with its key phrases and what ranking needs: everything but
/// the ranking itself, which depends on the summary's length.
pub(crate) struct Analysed {
    pub analysis: Analysis,
    pub phrases: Vec<keywords::Phrase>,
    pub detection: Detection,
    pub prepared: rank::Prepared,
}

/// One text cleaned, analysed and ranked (its analysis is reached through `Deref`).
pub(crate) struct RankedText {
    analysed: Arc<Analysed>,
    pub ranking: rank::Ranking,
}

impl std::ops::Deref for RankedText {
    type Target = Analysed;
    fn deref(&self) -> &Analysed {
        &self.analysed
    }
}

/// The last text analysed, kept for the next call. Moving the page's length slider asks for
/// the same text again at another length (through another `Summarizer`, one per set of
/// options): then only the ranking and the selection run again, not cleaning, tokenizing,
/// stemming and key phrases. One entry, for texts of at most [`REUSE_MAX_BYTES`], so what it
/// holds stays small; the text is compared in full, never by a hash alone.
struct Reuse {
    text: String,
    format: Format,
    language: LanguageChoice,
    keywords: usize,
    analysed: Arc<Analysed>,
}

static LAST: Mutex<Option<Reuse>> = Mutex::new(None);

/// Longest text [`Reuse`] keeps (an article is 2 to 50 KB).
const REUSE_MAX_BYTES: usize = 1 << 20;

/// Longest headline chosen from the text's sentences, in words.
const HEADLINE_WORDS: usize = 30;

/// The first `shown` key phrases, with their occurrences as spans of the input.
fn shown_keywords(a: &Analysis, phrases: &[keywords::Phrase], shown: usize) -> Vec<Keyword> {
    phrases
        .iter()
        .take(shown)
        .map(|p| Keyword {
            text: p.text.clone(),
            score: p.score,
            occurrences: p.occurrences.iter().take(MAX_OCCURRENCES).map(|&s| a.doc.to_original(s)).collect(),
        })
        .collect()
}

/// The title when there is one; otherwise the best-ranked sentence of at most
/// [`HEADLINE_WORDS`] words, or the best sentence.
fn headline(a: &Analysis, order: &[usize]) -> String {
    if let Some(t) = a.doc.meta.title.as_deref().filter(|t| !t.trim().is_empty()) {
        return t.to_string();
    }
    let pick = order.iter().find(|&&i| a.sentence_len(i) <= HEADLINE_WORDS).or(order.first());
    pick.and_then(|&i| a.sentences.get(i)).map(|s| a.doc.slice(s.span).to_string()).unwrap_or_default()
}

/// Key phrases computed for ranking even when fewer are shown.
const KEYWORDS_FOR_RANKING: usize = 15;

/// Summarises `text` with default options (three sentences, language detected).
pub fn summarize(text: &str) -> Summary {
    match Summarizer::new(Options::default()) {
        Ok(s) => s.summarize(text),
        Err(_) => Summary {
            language: None,
            detection: Detection { language: None, confidence: 0.0, reliable: false },
            meta: Metadata::default(),
            sentences: Vec::new(),
            keywords: Vec::new(),
            weights: Weights::default(),
            headline: String::new(),
            stats: Stats::default(),
            format: Format::Auto,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::fill_words;

    #[test]
    fn the_sentence_crossing_a_word_budget_comes_last() {
        // (order of choice, words per sentence by index, budget, chosen in order of choice)
        type Case = (&'static [usize], &'static [usize], usize, &'static [usize]);
        let table: &[Case] = &[
            // the second best would cross the budget before the best: the next one after it does
            (&[5, 2, 7, 1], &[10, 10, 30, 10, 10, 30, 10, 30], 40, &[5, 7]),
            // the crossing sentence already comes after the best
            (&[2, 5, 1], &[10, 10, 30, 10, 10, 30], 40, &[2, 5]),
            // nothing after the chosen ones: the second best crosses as before
            (&[5, 2, 1], &[10, 10, 30, 10, 10, 30], 40, &[5, 2]),
            // sentences that fit are taken in order of choice
            (&[3, 0, 1], &[10, 10, 10, 10], 20, &[3, 0]),
            // the first sentence alone crosses the budget
            (&[1, 0], &[10, 50], 20, &[1]),
            (&[], &[], 20, &[]),
        ];
        for &(order, words, budget, chosen) in table {
            let len = |i: usize| words.get(i).copied().unwrap_or(0);
            assert_eq!(fill_words(order, budget, len), chosen, "order {order:?}, budget {budget}");
        }
    }
}
