//! Segmentation: sentences and word tokens, both as spans of the cleaned text.

mod sentences;
mod tokens;

pub(crate) use sentences::{abbreviation_set, ends_with_emoticon, is_link, lowercase_starts};
pub use sentences::{split_sentences, Sentence};
pub use tokens::{normalize, reader_words, tokenize, tokenize_into, Token, TokenKind};
