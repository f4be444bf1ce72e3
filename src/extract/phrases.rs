//! Tables of phrases indexed by their first word, so that asking whether any phrase of
//! a table starts at a token costs one hash lookup instead of a pass over the table.

use super::*;

/// The phrases of one table (lowercase words separated by single spaces), by their
/// first word, each with its position in the table.
pub(super) struct Phrases {
    by_first: foldhash::HashMap<&'static str, Vec<(usize, &'static str)>>,
}

impl Phrases {
    /// Indexes `phrases`, keeping their order.
    pub(super) fn new(phrases: impl IntoIterator<Item = &'static str>) -> Phrases {
        let mut by_first: foldhash::HashMap<&'static str, Vec<(usize, &'static str)>> =
            foldhash::HashMap::default();
        for (k, p) in phrases.into_iter().enumerate() {
            let first = p.split(' ').next().unwrap_or(p);
            by_first.entry(first).or_default().push((k, p));
        }
        Phrases { by_first }
    }

    /// The phrases that may start at token `i`: those whose first word it is.
    fn candidates(&self, t: &[Token], i: usize) -> &[(usize, &'static str)] {
        t.get(i)
            .and_then(|x| self.by_first.get(x.lower.as_str()))
            .map_or(&[], Vec::as_slice)
    }

    /// How many tokens the longest phrase starting at `i` spans, if one does (what
    /// `words_at` over every phrase of the table, the greatest kept, gives).
    pub(super) fn longest_at(&self, t: &[Token], i: usize) -> Option<usize> {
        self.candidates(t, i)
            .iter()
            .filter_map(|(_, p)| words_at(t, i, p))
            .max()
    }

    /// True when some phrase starts at `i`.
    pub(super) fn any_at(&self, t: &[Token], i: usize) -> bool {
        self.candidates(t, i)
            .iter()
            .any(|(_, p)| words_at(t, i, p).is_some())
    }

    /// The earliest position in the table of a phrase starting at `i`.
    pub(super) fn first_at(&self, t: &[Token], i: usize) -> Option<usize> {
        self.candidates(t, i)
            .iter()
            .filter(|(_, p)| words_at(t, i, p).is_some())
            .map(|(k, _)| *k)
            .min()
    }

    /// True when some phrase starts anywhere in `t[range]`.
    pub(super) fn any_in(&self, t: &[Token], range: std::ops::Range<usize>) -> bool {
        range.into_iter().any(|i| self.any_at(t, i))
    }
}

/// A static [`Phrases`] built on first use from a table.
macro_rules! phrases {
    ($($table:tt)+) => {{
        static P: std::sync::LazyLock<Phrases> = std::sync::LazyLock::new(|| Phrases::new($($table)+));
        &*P
    }};
}
pub(super) use phrases;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_finds_what_a_pass_over_the_table_finds() {
        let table = ["at least", "at", "more than", "more", "up to about"];
        let p = Phrases::new(table);
        let text = "at least 5, more than 6, up to about 7, up to 8";
        let t = tokenize(text, 0, text.len());
        for i in 0..t.len() + 1 {
            let slow = table.iter().filter_map(|w| words_at(&t, i, w)).max();
            assert_eq!(p.longest_at(&t, i), slow, "token {i}");
            assert_eq!(p.any_at(&t, i), slow.is_some());
            let first = table.iter().position(|w| words_at(&t, i, w).is_some());
            assert_eq!(p.first_at(&t, i), first);
        }
        assert_eq!(p.longest_at(&t, 0), Some(2));
        assert!(p.any_in(&t, 4..t.len()));
        assert!(!p.any_in(&t, 0..0));
    }
}
