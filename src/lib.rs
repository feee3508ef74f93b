//! # sunto
//!
//! Extractive summaries and key phrases of articles, computed locally: natively, on the command
//! line, or in the browser as WebAssembly. Italian first, English close behind.
//!
//! ```
//! let summarizer = sunto::Summarizer::new(sunto::Options {
//!     length: sunto::Length::Sentences(2),
//!     ..Default::default()
//! }).unwrap();
//! let text = "Il consiglio comunale ha approvato il bilancio. La seduta è durata sei ore. \
//!             Il sindaco ha parlato di un bilancio equilibrato. I lavori riprendono lunedì.";
//! let summary = summarizer.summarize(text);
//! assert_eq!(summary.sentences.len(), 2);
//! for s in &summary.sentences {
//!     // every span points into the input
//!     assert!(text[s.span.range()].contains(s.text.split(' ').next().unwrap()));
//! }
//! ```
//!
//! The pipeline, one module per stage (see `DESIGN.md`):
//! [`clean`] → [`lang`] → [`segment`] → key phrases → ranking → [`Summary`].
//!
//! Nothing in the library may panic (in WebAssembly a panic traps and kills the instance): no
//! `unwrap`, `expect`, `panic!` or unchecked indexing outside tests, enforced by these lints.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, clippy::string_slice)
)]

mod analysis;
mod bytes;
pub mod clean;
mod digest;
mod error;
mod hash;
pub mod input;
mod keywords;
pub mod lang;
mod memo;
mod options;
mod rank;
pub mod segment;
mod span;
mod summarizer;
pub mod wire;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use digest::{Digest, DigestSentence, Group, GroupKeyword};
pub use error::{Error, ErrorKind};
pub use input::{decode, Decoded, MAX_INPUT_BYTES};
pub use lang::{detect_language, Detection, Language};
pub use options::{Format, LanguageChoice, Length, Options, DEFAULT_KEYWORDS};
pub use rank::{Features, Weights};
pub use span::Span;
pub use summarizer::{
    clear_caches, summarize, Keyword, Stats, Summarizer, Summary, SummarySentence, TextSentence, MAX_OCCURRENCES,
};
