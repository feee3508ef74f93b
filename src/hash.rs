//! A small, fast, deterministic hasher for the crate's internal maps (the multiply-rotate scheme
//! of rustc's FxHasher, written here in a few lines rather than added as a dependency). Keys are
//! the text's own words, so flooding is not a concern; speed and run-to-run determinism are.

use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

/// The up to seven bytes of `rest` as a little-endian number, read four, two and one at a time:
/// copied into an array instead, they become a `memory.copy` in wasm, which V8 runs as a call out
/// of the compiled code, for nearly every word hashed.
#[inline]
fn tail(rest: &[u8]) -> u64 {
    let (mut value, mut shift, mut rest) = (0u64, 0u32, rest);
    if let Some((four, r)) = rest.split_first_chunk::<4>() {
        value = u64::from(u32::from_le_bytes(*four));
        (shift, rest) = (32, r);
    }
    if let Some((two, r)) = rest.split_first_chunk::<2>() {
        value |= u64::from(u16::from_le_bytes(*two)) << shift;
        shift += 16;
        rest = r;
    }
    if let Some(&one) = rest.first() {
        value |= u64::from(one) << shift;
    }
    value
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        // byte arrays by conversion and by a short loop rather than `copy_from_slice`, which the
        // wasm build (optimised for size) leaves as a call for every eight bytes
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(tail(rest) ^ (rest.len() as u64) << 56);
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Builds [`FxHasher`]s (`hash_one` hashes a key the way the maps below do).
pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;
/// A `HashMap` with [`FxHasher`].
pub(crate) type FxHashMap<K, V> = std::collections::HashMap<K, V, FxBuild>;
pub(crate) type FxHashSet<K> = std::collections::HashSet<K, FxBuild>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tail_reads_the_bytes_little_endian() {
        let bytes = [0x01, 0x82, 0x13, 0xF4, 0x25, 0x96, 0x37];
        for len in 0..=bytes.len() {
            let mut padded = [0u8; 8];
            padded[..len].copy_from_slice(&bytes[..len]);
            assert_eq!(tail(&bytes[..len]), u64::from_le_bytes(padded), "{len} bytes");
        }
    }

    #[test]
    fn strings_that_differ_hash_apart() {
        use std::hash::BuildHasher;
        let b = BuildHasherDefault::<FxHasher>::default();
        let words = ["a", "b", "ab", "ba", "abcdefg", "abcdefh", "abcdefgh", "abcdefghi", "città", "citta"];
        for (i, x) in words.iter().enumerate() {
            for y in &words[i + 1..] {
                assert_ne!(b.hash_one(x), b.hash_one(y), "{x} {y}");
            }
        }
    }
}
