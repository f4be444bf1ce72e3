//! Edit distance on variant keys, weighted by how romanization systems differ.
//!
//! Systems and outlets disagree mostly on vowels and on a few consonant pairs (German
//! `ch` for х against English `c` for ч, `s`/`z` for з, `g`/`h` for г); different names
//! differ in other consonants. So vowel edits and confusable pairs cost less than a
//! consonant edit: Gorbachov/Gorbachev is close, Tokayev/Tokarev is not.

/// Costs of the weighted edit distance. One table, documented. Costs are whole tenths
/// (the distance is computed in integer tenths).
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

fn tenths(cost: f64) -> u32 {
    (cost * 10.0).round() as u32
}

fn substitution(a: u8, b: u8) -> u32 {
    if a == b {
        0
    } else if is_vowel(a) && is_vowel(b) {
        tenths(EditCosts::VOWEL_SUBSTITUTION)
    } else if confusable(a, b) {
        tenths(EditCosts::CONFUSABLE_SUBSTITUTION)
    } else {
        tenths(EditCosts::OTHER)
    }
}

fn indel(c: u8) -> u32 {
    if is_vowel(c) {
        tenths(EditCosts::VOWEL_INDEL)
    } else if c == b'h' || c == b'j' {
        tenths(EditCosts::WEAK_CONSONANT_INDEL)
    } else {
        tenths(EditCosts::OTHER)
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
    // Costs in tenths, packed with the hard-edit count as cost << 32 | hard, so that one
    // integer minimum orders by cost and then by fewer hard edits.
    let row_len = b.len() + 1;
    let mut row_buf = [0u64; 48];
    let mut heap;
    let row: &mut [u64] = if row_len <= row_buf.len() {
        &mut row_buf[..row_len]
    } else {
        heap = vec![0u64; row_len];
        &mut heap
    };
    let table = cost_table();
    for j in 1..row_len {
        row[j] = row[j - 1] + table.indel[class(b[j - 1])];
    }
    for &ca in a {
        let ia = class(ca);
        let substitutions = &table.substitution[ia];
        let delete_a = table.indel[ia];
        let mut diagonal = row[0];
        row[0] += delete_a;
        for j in 1..row_len {
            let ib = class(b[j - 1]);
            let above = row[j];
            let best = (diagonal + substitutions[ib])
                .min(above + delete_a)
                .min(row[j - 1] + table.indel[ib]);
            diagonal = above;
            row[j] = best;
        }
    }
    let end = row[row_len - 1];
    EditDistance {
        cost: (end >> 32) as f64 / 10.0,
        hard_edits: (end & u64::from(u32::MAX)) as u32,
    }
}

/// Packed costs for every pair of symbol classes, computed once from [`EditCosts`].
struct CostTable {
    substitution: [[u64; CLASSES]; CLASSES],
    indel: [u64; CLASSES],
}

/// Symbol classes: the 26 letters, then one class per digit, then everything else.
const CLASSES: usize = 37;

fn class(b: u8) -> usize {
    match b {
        b'a'..=b'z' => usize::from(b - b'a'),
        b'0'..=b'9' => 26 + usize::from(b - b'0'),
        _ => 36,
    }
}

fn class_byte(c: usize) -> u8 {
    match c {
        0..=25 => b'a' + c as u8,
        26..=35 => b'0' + (c - 26) as u8,
        _ => b'#',
    }
}

fn cost_table() -> &'static CostTable {
    static TABLE: std::sync::OnceLock<CostTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = CostTable {
            substitution: [[0; CLASSES]; CLASSES],
            indel: [0; CLASSES],
        };
        for x in 0..CLASSES {
            t.indel[x] = packed(indel(class_byte(x)));
            for y in 0..CLASSES {
                // "everything else" is never equal to itself: it stands for many bytes
                let cost = if x == y && x == 36 {
                    tenths(EditCosts::OTHER)
                } else {
                    substitution(class_byte(x), class_byte(y))
                };
                t.substitution[x][y] = packed(cost);
            }
        }
        t
    })
}

/// A cost in tenths, packed with one hard edit when it is a full-cost edit.
fn packed(tenths: u32) -> u64 {
    (u64::from(tenths) << 32) | u64::from(tenths >= 10)
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
