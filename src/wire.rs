//! The JSON shape of results and options, shared by the command line and the WASM binding.
//!
//! Offsets are bytes for the command line and UTF-16 code units for JavaScript: they are
//! converted here, once, in one pass over the text.

use crate::hash::FxHashMap;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::lang::Language;
use crate::options::{Format, LanguageChoice, Length, Options, DEFAULT_KEYWORDS};
use crate::rank::Features;
use crate::summarizer::{Summary, TextSentence};

/// The unit of offsets in a wire result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OffsetUnit {
    /// Bytes of the UTF-8 text (Rust, the command line).
    Bytes,
    /// UTF-16 code units (JavaScript string indices).
    Utf16,
}

/// Options as JSON and JavaScript give them: `{ sentences | ratio | words, language, keywords,
/// format }`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionsInput {
    pub sentences: Option<f64>,
    pub ratio: Option<f64>,
    pub words: Option<f64>,
    pub language: Option<String>,
    pub keywords: Option<f64>,
    pub format: Option<String>,
}

/// A number as a message shows it (`2.5`, `-3`, `NaN`), with at most six decimals, written without
/// the standard float formatting: that alone would add about 6 KB to the gzipped wasm.
fn show_number(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    let sign = if v < 0.0 { "-" } else { "" };
    let a = v.abs();
    if a >= 1e15 {
        return format!("{sign}a number too large");
    }
    let micro = (a * 1e6).round() as u64;
    let (int, frac) = (micro / 1_000_000, micro % 1_000_000);
    if frac == 0 {
        format!("{sign}{int}")
    } else {
        let digits = format!("{frac:06}");
        format!("{sign}{int}.{}", digits.trim_end_matches('0'))
    }
}

impl OptionsInput {
    /// The option names.
    pub const KEYS: &'static [&'static str] = &["sentences", "ratio", "words", "language", "keywords", "format"];

    /// The typed options, or an error naming the bad value.
    pub fn to_options(&self) -> Result<Options, Error> {
        let count = |name: &str, v: f64| -> Result<usize, Error> {
            if v.is_finite() && v >= 0.0 && v.fract() == 0.0 && v <= 1e9 {
                Ok(v as usize)
            } else {
                Err(Error::invalid(format!("{name} must be a whole number, not {}", show_number(v))))
            }
        };
        let length = match (self.sentences, self.ratio, self.words) {
            (Some(n), None, None) => Length::Sentences(count("sentences", n)?),
            (None, Some(r), None) => Length::Ratio(r),
            (None, None, Some(w)) => Length::Words(count("words", w)?),
            (None, None, None) => Length::default(),
            _ => return Err(Error::invalid("give only one of sentences, ratio and words")),
        };
        let language = match self.language.as_deref() {
            None | Some("auto") | Some("") => LanguageChoice::Auto,
            Some(code) => LanguageChoice::Fixed(
                Language::from_code(code).ok_or_else(|| Error::invalid(format!("unknown language {code:?}")))?,
            ),
        };
        let format = parse_format(self.format.as_deref())?;
        let keywords = match self.keywords {
            Some(k) => count("keywords", k)?,
            None => DEFAULT_KEYWORDS,
        };
        let options = Options { length, language, keywords, format };
        options.validate()?;
        Ok(options)
    }
}

/// A format name: `auto`, `text`, `markdown` (or `md`), `html`.
pub fn parse_format(name: Option<&str>) -> Result<Format, Error> {
    Ok(match name {
        None | Some("auto") | Some("") => Format::Auto,
        Some("text") | Some("txt") | Some("plain") => Format::Text,
        Some("markdown") | Some("md") => Format::Markdown,
        Some("html") | Some("htm") => Format::Html,
        Some(other) => return Err(Error::invalid(format!("unknown format {other:?}"))),
    })
}

#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct WireSummary {
    pub language: &'static str,
    pub format: &'static str,
    pub headline: String,
    pub title: Option<String>,
    pub byline: Option<String>,
    pub date: Option<String>,
    pub sentences: Vec<WireSentence>,
    pub keywords: Vec<WireKeyword>,
    pub weights: Features,
    pub stats: WireStats,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct WireSentence {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub score: f64,
    pub index: usize,
    pub features: Features,
    pub keywords: Vec<usize>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct WireKeyword {
    pub text: String,
    pub score: f64,
    pub occurrences: Vec<WireSpan>,
}

#[derive(Clone, Copy, Debug, Serialize, PartialEq, Eq)]
pub struct WireSpan {
    pub start: usize,
    pub end: usize,
}

/// [`crate::Stats`] on the wire: words as `wc -w` counts them, the unit of a word budget.
#[derive(Clone, Copy, Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct WireStats {
    pub words: usize,
    pub sentences: usize,
    pub summary_words: usize,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct WireTextSentence {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub heading: bool,
}

/// Rounds a score for output, so that native and WASM print identical numbers.
fn round(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

/// `summary` of `text` in the wire shape, offsets in `unit`.
pub fn summary(summary: &Summary, text: &str, unit: OffsetUnit) -> WireSummary {
    let offsets = Offsets::new(
        text,
        unit,
        summary
            .sentences
            .iter()
            .map(|s| s.span)
            .chain(summary.keywords.iter().flat_map(|k| k.occurrences.iter().copied())),
    );
    let f = |x: &Features| Features {
        centrality: round(x.centrality),
        coverage: round(x.coverage),
        position: round(x.position),
        length: round(x.length),
        title: round(x.title),
    };
    WireSummary {
        language: summary.language.map_or("und", Language::code),
        format: format_name(summary.format),
        headline: summary.headline.clone(),
        title: summary.meta.title.clone(),
        byline: summary.meta.byline.clone(),
        date: summary.meta.date.clone(),
        sentences: summary
            .sentences
            .iter()
            .map(|s| WireSentence {
                text: s.text.clone(),
                start: offsets.get(s.span.start),
                end: offsets.get(s.span.end),
                score: round(s.score),
                index: s.index,
                features: f(&s.features),
                keywords: s.keywords.clone(),
            })
            .collect(),
        keywords: summary
            .keywords
            .iter()
            .map(|k| WireKeyword {
                text: k.text.clone(),
                score: round(k.score),
                occurrences: k
                    .occurrences
                    .iter()
                    .map(|o| WireSpan { start: offsets.get(o.start), end: offsets.get(o.end) })
                    .collect(),
            })
            .collect(),
        weights: f(&Features {
            centrality: summary.weights.centrality,
            coverage: summary.weights.coverage,
            position: summary.weights.position,
            length: summary.weights.length,
            title: summary.weights.title,
        }),
        stats: WireStats {
            words: summary.stats.words,
            sentences: summary.stats.sentences,
            summary_words: summary.stats.summary_words,
        },
    }
}

/// The name of a format in results: `text`, `markdown`, `html`.
pub fn format_name(f: Format) -> &'static str {
    match f {
        Format::Markdown => "markdown",
        Format::Html => "html",
        Format::Text | Format::Auto => "text",
    }
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct WireDigest {
    pub groups: Vec<WireGroup>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct WireGroup {
    pub label: String,
    pub documents: Vec<usize>,
    pub year: Option<u16>,
    pub sentences: Vec<WireDigestSentence>,
    pub keywords: Vec<crate::GroupKeyword>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct WireDigestSentence {
    pub text: String,
    pub document: usize,
    pub start: usize,
    pub end: usize,
    pub score: f64,
}

/// A digest in the wire shape; each sentence's offsets are into its own document of `texts`.
pub fn digest(d: &crate::Digest, texts: &[&str], unit: OffsetUnit) -> WireDigest {
    let offsets: Vec<Offsets> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let spans = d.groups.iter().flat_map(|g| g.sentences.iter()).filter(|s| s.document == i).map(|s| s.span);
            Offsets::new(t, unit, spans)
        })
        .collect();
    WireDigest {
        groups: d
            .groups
            .iter()
            .map(|g| WireGroup {
                label: g.label.clone(),
                documents: g.documents.clone(),
                year: g.year,
                sentences: g
                    .sentences
                    .iter()
                    .map(|s| {
                        let o = offsets.get(s.document);
                        WireDigestSentence {
                            text: s.text.clone(),
                            document: s.document,
                            start: o.map_or(s.span.start, |o| o.get(s.span.start)),
                            end: o.map_or(s.span.end, |o| o.get(s.span.end)),
                            score: round(s.score),
                        }
                    })
                    .collect(),
                keywords: g
                    .keywords
                    .iter()
                    .map(|k| crate::GroupKeyword { text: k.text.clone(), score: round(k.score) })
                    .collect(),
            })
            .collect(),
    }
}

/// Sentences of a text in the wire shape.
pub fn sentences(list: &[TextSentence], text: &str, unit: OffsetUnit) -> Vec<WireTextSentence> {
    let offsets = Offsets::new(text, unit, list.iter().map(|s| s.span));
    list.iter()
        .map(|s| WireTextSentence {
            text: s.text.clone(),
            start: offsets.get(s.span.start),
            end: offsets.get(s.span.end),
            heading: s.heading,
        })
        .collect()
}

/// Byte offsets converted to the output unit.
struct Offsets {
    map: Option<FxHashMap<usize, usize>>,
}

impl Offsets {
    fn new(text: &str, unit: OffsetUnit, spans: impl Iterator<Item = crate::Span>) -> Offsets {
        if unit == OffsetUnit::Bytes {
            return Offsets { map: None };
        }
        let mut wanted: Vec<usize> = spans.flat_map(|s| [s.start, s.end]).collect();
        wanted.sort_unstable();
        wanted.dedup();
        let mut map = FxHashMap::default();
        map.reserve(wanted.len());
        // UTF-16 units between two wanted offsets, counted on the bytes: a character is one unit
        // per byte that is not a continuation byte, plus one for a four-byte character (a
        // surrogate pair). An offset inside a character counts that character.
        let bytes = text.as_bytes();
        let mut units = 0usize;
        let mut from = 0usize;
        for &w in &wanted {
            let to = w.min(bytes.len());
            if to > from {
                let run = bytes.get(from..to).unwrap_or(&[]);
                units += run.iter().map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)).sum::<usize>();
                from = to;
            }
            map.insert(w, units);
        }
        Offsets { map: Some(map) }
    }

    fn get(&self, byte: usize) -> usize {
        match &self.map {
            None => byte,
            Some(m) => m.get(&byte).copied().unwrap_or(0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_messages() {
        let cases = [
            (2.5, "2.5"),
            (-3.0, "-3"),
            (0.125, "0.125"),
            (1e20, "a number too large"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "a number too large"),
        ];
        for (v, want) in cases {
            assert_eq!(show_number(v), want, "{v}");
        }
        let bad = OptionsInput { sentences: Some(2.5), ..OptionsInput::default() };
        let err = bad.to_options().map(|_| ()).map_err(|e| e.to_string());
        assert_eq!(err, Err("sentences must be a whole number, not 2.5".to_string()));
    }

    #[test]
    fn utf16_offsets() {
        let text = "è 😀 ok";
        let spans = [crate::Span::new(0, 2), crate::Span::new(3, 7), crate::Span::new(8, 10)];
        let o = Offsets::new(text, OffsetUnit::Utf16, spans.into_iter());
        // "è" is 2 bytes and 1 unit; "😀" is 4 bytes and 2 units
        assert_eq!((o.get(0), o.get(2)), (0, 1));
        assert_eq!((o.get(3), o.get(7)), (2, 4));
        assert_eq!((o.get(8), o.get(10)), (5, 7));
        let utf16: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(String::from_utf16_lossy(&utf16[5..7]), "ok");
        // every character boundary of a mixed text, against the length of its prefix in UTF-16,
        // and offsets past the end
        let text = "Perché “sì”: 😀 città 中文 ok\u{10348}.";
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len(), text.len() + 5]).collect();
        let spans = bounds.iter().map(|&b| crate::Span::new(b, b));
        let o = Offsets::new(text, OffsetUnit::Utf16, spans);
        for &b in &bounds {
            let prefix = text.get(..b.min(text.len())).unwrap_or("");
            assert_eq!(o.get(b), prefix.encode_utf16().count(), "{b}");
        }
    }

    #[test]
    fn options_from_json_shapes() {
        let ok = |s: OptionsInput| s.to_options().map(|o| o.length);
        assert_eq!(ok(OptionsInput { sentences: Some(4.0), ..Default::default() }), Ok(Length::Sentences(4)));
        assert_eq!(ok(OptionsInput { ratio: Some(0.2), ..Default::default() }), Ok(Length::Ratio(0.2)));
        assert_eq!(ok(OptionsInput::default()), Ok(Length::Sentences(3)));
        for bad in [
            OptionsInput { sentences: Some(0.0), ..Default::default() },
            OptionsInput { sentences: Some(2.5), ..Default::default() },
            OptionsInput { ratio: Some(1.5), ..Default::default() },
            OptionsInput { sentences: Some(3.0), words: Some(10.0), ..Default::default() },
            OptionsInput { language: Some("xx".into()), ..Default::default() },
            OptionsInput { format: Some("pdf".into()), ..Default::default() },
        ] {
            assert!(bad.to_options().is_err(), "{bad:?}");
        }
    }
}
