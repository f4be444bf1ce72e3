//! A lookup table for the short word lexicons of name parsing (titles, organisation
//! words, generic place words), keyed by variant key.
//!
//! Every word of every name is looked up, and almost none is found: a key longer than
//! the longest listed word is rejected by its length alone, and the others are packed
//! into one integer (bytes and length), so that a lookup hashes a number instead of a
//! string. Before hashing, a bit set over (length, first byte, last byte) rejects the
//! words that no listed word resembles in those three: most of them.

/// The longest key the packed form holds: fifteen bytes and the length.
const MAX_PACKED: usize = 15;

/// A key packed with its length, so that no two keys share a packed form.
fn pack(key: &[u8]) -> Option<u128> {
    if key.len() > MAX_PACKED {
        return None;
    }
    let mut bytes = [0u8; 16];
    bytes[..key.len()].copy_from_slice(key);
    bytes[MAX_PACKED] = key.len() as u8;
    Some(u128::from_le_bytes(bytes))
}

/// The bit of a key in [`WordTable::shapes`]: its length and its first and last bytes,
/// five bits of each (a listed key's bit is always set; another key's may be).
fn shape_bit(key: &[u8]) -> usize {
    let (first, last) = match key {
        [] => (0, 0),
        [f, .., l] => (*f, *l),
        [f] => (*f, *f),
    };
    (key.len() & 31) << 10 | usize::from(first & 31) << 5 | usize::from(last & 31)
}

/// Values found by word, for lexicons of short words.
#[derive(Debug, Clone)]
pub(crate) struct WordTable<V> {
    /// The [shape bits](shape_bit) of the listed keys.
    shapes: Box<[u64; 512]>,
    packed: foldhash::HashMap<u128, V>,
    /// Keys too long to pack (none in the lexicons today), looked up as text.
    long: foldhash::HashMap<String, V>,
    /// The length of the longest key.
    max_len: usize,
}

impl<V: Copy + Default + std::ops::BitOrAssign> WordTable<V> {
    /// A table of `entries`; a key listed more than once gets its values or-ed.
    pub(crate) fn from_entries(entries: impl IntoIterator<Item = (String, V)>) -> Self {
        let mut table = WordTable {
            shapes: Box::new([0; 512]),
            packed: foldhash::HashMap::default(),
            long: foldhash::HashMap::default(),
            max_len: 0,
        };
        for (key, value) in entries {
            table.max_len = table.max_len.max(key.len());
            let bit = shape_bit(key.as_bytes());
            table.shapes[bit / 64] |= 1 << (bit % 64);
            match pack(key.as_bytes()) {
                Some(p) => *table.packed.entry(p).or_default() |= value,
                None => *table.long.entry(key).or_default() |= value,
            }
        }
        table
    }

    /// The value of `key`; the default when it is not listed.
    pub(crate) fn get(&self, key: &str) -> V {
        let bit = shape_bit(key.as_bytes());
        if key.len() > self.max_len || self.shapes[bit / 64] >> (bit % 64) & 1 == 0 {
            return V::default();
        }
        match pack(key.as_bytes()) {
            Some(p) => self.packed.get(&p).copied().unwrap_or_default(),
            None => self.long.get(key).copied().unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_listed_words_and_nothing_else() {
        let t = WordTable::from_entries([
            ("oblast".to_string(), 1u32),
            ("region".to_string(), 1),
            ("region".to_string(), 4),
            ("a".repeat(20), 8),
        ]);
        assert_eq!(t.get("oblast"), 1);
        assert_eq!(t.get("region"), 5);
        assert_eq!(t.get(&"a".repeat(20)), 8);
        for missing in ["", "o", "oblas", "oblastt", "oblast ", &"a".repeat(19)] {
            assert_eq!(t.get(missing), 0, "{missing:?}");
        }
        // a key and its zero-padded form are different keys
        let t = WordTable::from_entries([("ab".to_string(), 1u8)]);
        assert_eq!(t.get("ab\0"), 0);
    }
}
