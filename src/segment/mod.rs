//! Segmentation: sentences and word tokens, both as spans of the cleaned text.

mod sentences;
mod tokens;

pub use sentences::{split_sentences, Sentence};
pub use tokens::{normalize, tokenize, Token, TokenKind};
