//! Typed options for a [`Summarizer`](crate::Summarizer).

use crate::error::Error;
use crate::lang::Language;

/// How long the summary is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Length {
    /// This many sentences (at least one when the text has any).
    Sentences(usize),
    /// This share of the text's sentences, in `(0, 1]`, rounded up.
    Ratio(f64),
    /// Sentences, best first, until at least this many words (as `wc -w` counts them, see
    /// [`crate::segment::reader_words`]); a sentence is never cut. The one
    /// that crosses the count is, when it can be, placed after the others, so that a reader who
    /// stops at the count misses the end of the least of them.
    Words(usize),
}

impl Default for Length {
    /// Three sentences.
    fn default() -> Length {
        Length::Sentences(3)
    }
}

/// Which language's stopwords and stemmer to use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LanguageChoice {
    /// Detect it from the text (default). Unknown languages get no stopwords and no stemming.
    #[default]
    Auto,
    /// Use this language whatever the text looks like.
    Fixed(Language),
}

/// What kind of text the input is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// Decide from the content (default): markdown syntax, HTML tags, or plain pasted text.
    #[default]
    Auto,
    /// Plain text, possibly pasted from a web page (boilerplate lines are removed).
    Text,
    /// Markdown: links become their text, images and code blocks go, headings are structure.
    Markdown,
    /// An HTML page or fragment: the main article text is extracted.
    Html,
}

impl Format {
    /// The format a file name's extension implies, if any (`.md`, `.markdown`, `.html`, `.htm`,
    /// `.txt`).
    pub fn from_file_name(name: &str) -> Option<Format> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" | "mdown" | "mkd" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "txt" | "text" => Some(Format::Text),
            _ => None,
        }
    }
}

/// Options of a [`Summarizer`](crate::Summarizer). `Options::default()` gives three sentences, the
/// language detected from the text, ten key phrases, and the format detected from the content.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// Summary length. Default: three sentences.
    pub length: Length,
    /// Language. Default: detected.
    pub language: LanguageChoice,
    /// How many key phrases to return. Default: 10.
    pub keywords: usize,
    /// Input format. Default: detected.
    pub format: Format,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            length: Length::default(),
            language: LanguageChoice::Auto,
            keywords: DEFAULT_KEYWORDS,
            format: Format::Auto,
        }
    }
}

/// Default number of key phrases.
pub const DEFAULT_KEYWORDS: usize = 10;
/// Most sentences or key phrases anyone can ask for; larger requests are invalid options.
pub const MAX_COUNT: usize = 10_000;

impl Options {
    /// Checks the values: a positive sentence or word count, a ratio in `(0, 1]`, counts up to
    /// [`MAX_COUNT`].
    pub fn validate(&self) -> Result<(), Error> {
        match self.length {
            Length::Sentences(0) => return Err(Error::invalid("sentences must be at least 1")),
            Length::Words(0) => return Err(Error::invalid("words must be at least 1")),
            Length::Sentences(n) | Length::Words(n) if n > MAX_COUNT * 100 => {
                return Err(Error::invalid("length is too large"))
            }
            Length::Ratio(r) if !(r > 0.0 && r <= 1.0) => {
                return Err(Error::invalid("ratio must be greater than 0 and at most 1"))
            }
            _ => {}
        }
        if self.keywords > MAX_COUNT {
            return Err(Error::invalid("keywords must be at most 10000"));
        }
        Ok(())
    }
}
