//! Byte spans into a text.

use serde::Serialize;

/// A half-open range of byte offsets `[start, end)` into a text.
///
/// Every sentence and key-phrase occurrence carries a `Span` into the caller's original input, so
/// `&input[span.range()]` is exactly the text it was read from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; an inverted pair becomes an empty span at `start`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end: end.max(start) }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// The text of this span, or `""` when it is out of bounds or not on character boundaries.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.range()).unwrap_or("")
    }
}
