//! Edit distance on variant keys, weighted by how romanization systems differ.
//!
//! Systems and outlets disagree mostly on vowels and on a few consonant pairs (German
//! `ch` for х against English `c` for ч, `s`/`z` for з, `g`/`h` for г); different names
//! differ in other consonants. So vowel edits and confusable pairs cost less than a
//! consonant edit: Gorbachov/Gorbachev is close, Tokayev/Tokarev is not.

/// Costs of the weighted edit distance. One table, documented.
pub struct EditCosts;

impl EditCosts {
    /// Substituting one vowel for another (e/o in Gorbachev/Gorbachov).
    pub const VOWEL_SUBSTITUTION: f64 = 0.4;
    /// Inserting or deleting a vowel (Abdrakhmanov/Abdirakhmanov).
    pub const VOWEL_INDEL: f64 = 0.5;
    /// Inserting or deleting a weak consonant: `h` (Mukhamed/Mukamed) or `j`, which
    /// German and ISO spellings write for й between vowels (Tokajew/Tokayev).
    pub const WEAK_CONSONANT_INDEL: f64 = 0.5;
    /// Substituting a confusable consonant pair (see [`confusable`]).
    pub const CONFUSABLE_SUBSTITUTION: f64 = 0.5;
    /// Any other substitution, insertion or deletion.
    pub const OTHER: f64 = 1.0;
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Consonant pairs that romanization systems write for one sound, in variant-key
/// symbols: `c`/`x` (French ch for ш), `j`/`x` (German sch for ж), `c`/`h` (German ch
/// for х), `s`/`z` (German s for з), `g`/`h` (Ukrainian г), `g`/`k` and `h`/`k`
/// (Turkic қ and ғ), `v`/`f`, `u`/`v` (Kazakh у against Russian в: Ualikhanov /
/// Valikhanov), and `i`/`j` (й written j before a consonant: Ajni / Aini).
pub fn confusable(a: u8, b: u8) -> bool {
    let (a, b) = if a < b { (a, b) } else { (b, a) };
    matches!(
        (a, b),
        (b'c', b'x')
            | (b'j', b'x')
            | (b'c', b'h')
            | (b's', b'z')
            | (b'g', b'h')
            | (b'g', b'k')
            | (b'h', b'k')
            | (b'f', b'v')
            | (b'u', b'v')
            | (b'i', b'j')
    )
}

fn substitution(a: u8, b: u8) -> f64 {
    if a == b {
        0.0
    } else if is_vowel(a) && is_vowel(b) {
        EditCosts::VOWEL_SUBSTITUTION
    } else if confusable(a, b) {
        EditCosts::CONFUSABLE_SUBSTITUTION
    } else {
        EditCosts::OTHER
    }
}

fn indel(c: u8) -> f64 {
    if is_vowel(c) {
        EditCosts::VOWEL_INDEL
    } else if c == b'h' || c == b'j' {
        EditCosts::WEAK_CONSONANT_INDEL
    } else {
        EditCosts::OTHER
    }
}

/// The cheapest alignment of two keys: its weighted cost and how many of its edits
/// were full-cost ([`EditCosts::OTHER`]) edits, the kind that separates different
/// names rather than spellings of one.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct EditDistance {
    /// Weighted cost of the alignment.
    pub cost: f64,
    /// Number of full-cost edits in it.
    pub hard_edits: u32,
}

/// The weighted edit distance between two variant keys (ASCII), with the number of
/// hard edits on the cheapest path (ties broken towards fewer hard edits).
///
/// ```
/// use crosscheck::names::edit_distance;
/// let d = edit_distance("hruxev", "cruxov"); // Khrushchev / Chruschtschow
/// assert_eq!(d.hard_edits, 0);
/// assert_eq!(edit_distance("tokaev", "tokarev").hard_edits, 1);
/// ```
pub fn edit_distance(a: &str, b: &str) -> EditDistance {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b {
        return EditDistance::default();
    }
    let hard = |cost: f64| u32::from(cost >= EditCosts::OTHER);
    let step = |from: EditDistance, cost: f64| EditDistance {
        cost: from.cost + cost,
        hard_edits: from.hard_edits + hard(cost),
    };
    let better = |x: EditDistance, y: EditDistance| {
        if x.cost < y.cost - 1e-9
            || ((x.cost - y.cost).abs() <= 1e-9 && x.hard_edits < y.hard_edits)
        {
            x
        } else {
            y
        }
    };
    // one row of the dynamic programme, on the stack for ordinary name lengths
    let mut row_buf = [EditDistance::default(); 48];
    let mut heap;
    let row: &mut [EditDistance] = if b.len() < row_buf.len() {
        &mut row_buf[..=b.len()]
    } else {
        heap = vec![EditDistance::default(); b.len() + 1];
        &mut heap
    };
    for j in 1..=b.len() {
        row[j] = step(row[j - 1], indel(b[j - 1]));
    }
    for i in 1..=a.len() {
        let mut diagonal = row[0];
        row[0] = step(row[0], indel(a[i - 1]));
        for j in 1..=b.len() {
            let above = row[j];
            let best = better(
                better(
                    step(diagonal, substitution(a[i - 1], b[j - 1])),
                    step(above, indel(a[i - 1])),
                ),
                step(row[j - 1], indel(b[j - 1])),
            );
            diagonal = above;
            row[j] = best;
        }
    }
    row[b.len()]
}

/// The weighted edit distance between two variant keys (ASCII).
///
/// ```
/// use crosscheck::names::weighted_distance;
/// assert_eq!(weighted_distance("gorbacev", "gorbacev"), 0.0);
/// assert_eq!(weighted_distance("gorbacev", "gorbacov"), 0.4);
/// assert_eq!(weighted_distance("tokaev", "tokarev"), 1.0);
/// ```
pub fn weighted_distance(a: &str, b: &str) -> f64 {
    edit_distance(a, b).cost
}

/// Similarity in [0, 1]: one minus the weighted distance over the longer length.
///
/// ```
/// use crosscheck::names::key_similarity;
/// assert_eq!(key_similarity("nazarbaev", "nazarbaev"), 1.0);
/// assert!(key_similarity("gorbacev", "gorbacov") > 0.9);
/// assert!(key_similarity("tokaev", "tokarev") < 0.9);
/// assert_eq!(key_similarity("", ""), 1.0);
/// ```
pub fn key_similarity(a: &str, b: &str) -> f64 {
    similarity_of(a, b, edit_distance(a, b))
}

/// Similarity from an already computed distance.
pub(crate) fn similarity_of(a: &str, b: &str, d: EditDistance) -> f64 {
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 1.0;
    }
    (1.0 - d.cost / longest as f64).max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_is_symmetric_and_zero_on_equal() {
        for (a, b) in [("hruxev", "cruxov"), ("aliev", "alev"), ("", "abc")] {
            assert_eq!(weighted_distance(a, b), weighted_distance(b, a));
        }
        assert_eq!(weighted_distance("abc", "abc"), 0.0);
        assert_eq!(weighted_distance("", "abc"), 2.5); // vowel 0.5 + two consonants
    }

    #[test]
    fn confusable_consonants_are_cheap() {
        assert_eq!(weighted_distance("xevardnadze", "cevardnadze"), 0.5);
        assert_eq!(weighted_distance("heidar", "geidar"), 0.5);
        assert_eq!(weighted_distance("tokaev", "tokarev"), 1.0);
    }

    #[test]
    fn long_keys_use_the_heap() {
        let a = "a".repeat(100);
        let b = "b".repeat(100);
        assert_eq!(weighted_distance(&a, &b), 100.0);
        assert_eq!(edit_distance(&a, &b).hard_edits, 100);
    }
}
