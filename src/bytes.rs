//! Sets of bytes as 256-entry tables, built at compile time: the byte scans of cleaning,
//! tokenizing and sentence splitting test every byte of a text, and a table lookup is the
//! cheapest test when a set has more than two members.

/// A set of bytes, looked up with [`ByteSet::has`].
pub(crate) struct ByteSet([bool; 256]);

impl ByteSet {
    /// The set of `members`.
    // evaluated at compile time: an index out of bounds would fail the build, not panic
    #[allow(clippy::indexing_slicing)]
    pub(crate) const fn of(members: &[u8]) -> ByteSet {
        let mut table = [false; 256];
        let mut k = 0;
        while k < members.len() {
            table[members[k] as usize] = true;
            k += 1;
        }
        ByteSet(table)
    }

    pub(crate) fn has(&self, b: u8) -> bool {
        self.0.get(usize::from(b)).copied().unwrap_or(false)
    }
}

/// ASCII letters and digits.
pub(crate) const ASCII_ALPHANUMERIC: ByteSet =
    ByteSet::of(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_hold_their_members_only() {
        for b in 0..=255u8 {
            assert_eq!(ASCII_ALPHANUMERIC.has(b), b.is_ascii_alphanumeric(), "{b}");
            assert_eq!(ByteSet::of(b".,\xE2").has(b), matches!(b, b'.' | b',' | 0xE2), "{b}");
        }
    }
}
