//! Edit distance on variant keys, weighted by how romanization systems differ.
//!
//! Systems and outlets disagree mostly on vowels and on a few consonant pairs (German
//! `ch` for х against English `c` for ч, `s`/`z` for з, `g`/`h` for г); different names
//! differ in other consonants. So vowel edits and confusable pairs cost less than a
//! consonant edit: Gorbachov/Gorbachev is close, Tokayev/Tokarev is not. That reasoning
//! is about romanizations: between two names that show none, a vowel substituted is a
//! different name (Hall / Hill), so there it is a full edit.

/// Costs of the weighted edit distance. One table, documented. Costs are whole tenths
/// (the distance is computed in integer tenths).
pub struct EditCosts;

impl EditCosts {
    /// Substituting one vowel for another (e/o in Gorbachev/Gorbachov).
    pub const VOWEL_SUBSTITUTION: f64 = 0.4;
    /// The same between two names neither of which shows romanization: there a vowel
    /// is part of the name (Hall / Hill, Rock Hall / Rock Hill), so it is a full edit.
    /// Vowels gained or lost stay [`EditCosts::VOWEL_INDEL`]: French and English
    /// spellings of one name differ so (Guerman / German).
    pub const LATIN_NATIVE_VOWEL_SUBSTITUTION: f64 = 1.0;
    /// Inserting or deleting a vowel (Abdrakhmanov/Abdirakhmanov).
    pub const VOWEL_INDEL: f64 = 0.5;
    /// Inserting or deleting a weak consonant: `h` (Mukhamed/Mukamed) or `j`, which
    /// German and ISO spellings write for й between vowels (Tokajew/Tokayev).
    pub const WEAK_CONSONANT_INDEL: f64 = 0.5;
    /// Substituting a confusable consonant pair (see [`confusable`]).
    pub const CONFUSABLE_SUBSTITUTION: f64 = 0.5;
    /// Any other substitution, insertion or deletion.
    pub const OTHER: f64 = 1.0;
    /// Between romanizations, a substitution whose learned cost is this or more (an
    /// alternation romanizers make in under about 1% of chances) still counts as a
    /// hard edit: it lowers the distance but cannot make a merge on its own.
    pub const LEARNED_HARD_FROM: f64 = 0.7;
    /// The same for an insertion or deletion of a symbol whose hand-set indel is hard
    /// (a consonant other than `h` and `j`): soft only when romanizers gain or lose
    /// it very often (the `s` of `ks` for х, 0.3), so Ivanov / Ivankov stay apart.
    pub const LEARNED_INDEL_HARD_FROM: f64 = 0.4;
    /// When only one of two names shows romanization, and only by letters that look
    /// romanized, the other may be a Latin-native name that merely looks like it. In
    /// keys of this many letters or fewer (5), every edit that the learned table does
    /// not make soft is then a hard edit, a vowel swapped, gained or lost included: in
    /// a short word one letter is a large share of the name (Mori / Muri, Riva / Rive,
    /// Gavi / Gavoi). In a longer key a swapped vowel is what two languages' forms of
    /// one name differ by (Termez / Termiz, Grodno / Hrodna), which the learned table,
    /// made within one language, does not see, so there the romanized costs apply.
    pub const ONE_SIDED_SHORT_KEY: usize = 5;
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
    distance_with(a, b, cost_table())
}

/// The weighted edit distance between two variant keys that can be romanizations of
/// one original: each edit costs the lower of the hand-set cost and the cost learned
/// from romanizers' output (see [`crate::names::ROMANIZATION_COSTS_TSV`]).
///
/// ```
/// use crosscheck::names::{edit_distance, romanized_edit_distance};
/// // Ivanišvili / Ivanisvili: š written without its mark
/// assert_eq!(edit_distance("ivanixvili", "ivanisvili").hard_edits, 1);
/// assert_eq!(romanized_edit_distance("ivanixvili", "ivanisvili").hard_edits, 0);
/// ```
pub fn romanized_edit_distance(a: &str, b: &str) -> EditDistance {
    distance_with(a, b, romanized_cost_table())
}

/// How much romanization evidence two names being compared show, which decides the
/// costs that apply between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Romanization {
    /// Neither name shows romanization: Latin-native names, where a letter is a letter.
    Neither,
    /// Only one name shows it, and only by letters that look romanized: the other may
    /// be a Latin-native name that merely looks like the first (Muri / Mori).
    OneSide,
    /// Both names show it, or one shows it in how it is written (a non-Latin script,
    /// letters or marks only romanizers use), which makes the pair a question of
    /// romanization for certain.
    BothSides,
}

impl Romanization {
    /// From each side's evidence (`a`, `b`: the name shows romanization) and whether
    /// either shows it in how it is written.
    pub(crate) fn of(a: bool, b: bool, in_writing: bool) -> Romanization {
        match (a, b) {
            (true, true) => Romanization::BothSides,
            (false, false) => Romanization::Neither,
            _ if in_writing => Romanization::BothSides,
            _ => Romanization::OneSide,
        }
    }

    /// Whether romanization's cheap edits apply at all.
    pub(crate) fn applies(self) -> bool {
        self != Romanization::Neither
    }
}

/// [`romanized_edit_distance`] between names that can be romanizations of one
/// original, except between a short key of a name that looks romanized only by its
/// letters and one of a name that shows no romanization, where only the edits the
/// learned table makes soft stay soft ([`EditCosts::ONE_SIDED_SHORT_KEY`]); between
/// two names that show none, the hand-set distance with vowel substitutions as full
/// edits ([`EditCosts::LATIN_NATIVE_VOWEL_SUBSTITUTION`]).
pub(crate) fn distance(a: &str, b: &str, romanized: Romanization) -> EditDistance {
    match romanized {
        Romanization::BothSides => romanized_edit_distance(a, b),
        Romanization::OneSide if a.len().max(b.len()) <= EditCosts::ONE_SIDED_SHORT_KEY => {
            distance_with(a, b, one_sided_cost_table())
        }
        Romanization::OneSide => romanized_edit_distance(a, b),
        Romanization::Neither => distance_with(a, b, latin_native_cost_table()),
    }
}

fn distance_with(a: &str, b: &str, table: &CostTable) -> EditDistance {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    if a == b {
        return EditDistance::default();
    }
    // a symbol shared at either end is matched at no cost on some cheapest path, when
    // the table allows it (see `CostTable::trimmable`): only what lies between is aligned
    let kept = |(x, y): (&u8, &u8)| x == y && table.trims(*x);
    let head = a.iter().zip(b).take_while(|&p| kept(p)).count();
    (a, b) = (&a[head..], &b[head..]);
    let tail = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|&p| kept(p))
        .count();
    (a, b) = (&a[..a.len() - tail], &b[..b.len() - tail]);
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
#[derive(Clone)]
struct CostTable {
    substitution: [[u64; CLASSES]; CLASSES],
    indel: [u64; CLASSES],
    /// The symbols that may be trimmed when both keys start (or end) with them, as a
    /// bit set over classes: such a shared symbol is matched on some cheapest path, so
    /// the distance is that of the keys without it. That holds for `x` when no symbol
    /// costs more to insert or delete than deleting `x` and substituting it
    /// (`indel[c] <= indel[x] + substitution[c][x]` for every `c`, packed, so hard
    /// edits too): an alignment that leaves the shared `x` unmatched is then never
    /// cheaper than one that matches it. Computed once per table from its costs.
    trimmable: u64,
}

/// The class of bytes that are neither letters nor digits: never equal to itself.
const OTHER_CLASS: usize = CLASSES - 1;

impl CostTable {
    /// The table with [`CostTable::trimmable`] computed from its costs.
    fn checked(mut self) -> CostTable {
        let symmetric = (0..CLASSES)
            .all(|x| (0..CLASSES).all(|y| self.substitution[x][y] == self.substitution[y][x]));
        self.trimmable = 0;
        // the class of other bytes is never equal to itself: never trimmed
        for x in (0..OTHER_CLASS).filter(|_| symmetric) {
            if (0..CLASSES).all(|c| self.indel[c] <= self.indel[x] + self.substitution[c][x]) {
                self.trimmable |= 1 << x;
            }
        }
        self
    }

    /// True when a symbol shared at one end of both keys may be trimmed.
    fn trims(&self, b: u8) -> bool {
        self.trimmable >> class(b) & 1 == 1
    }
}
use super::romanization::{CLASSES, class, learned_costs};

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
            trimmable: 0,
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
        t.checked()
    })
}

/// The hand-set table as it applies between two names that show no romanization: a
/// vowel substitution is a full edit there ([`EditCosts::LATIN_NATIVE_VOWEL_SUBSTITUTION`]).
fn latin_native_cost_table() -> &'static CostTable {
    static TABLE: std::sync::OnceLock<CostTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let hand = cost_table();
        let mut t = hand.clone();
        for x in (0..CLASSES).filter(|&x| is_vowel(class_byte(x))) {
            for y in (0..CLASSES).filter(|&y| y != x && is_vowel(class_byte(y))) {
                t.substitution[x][y] = packed(tenths(EditCosts::LATIN_NATIVE_VOWEL_SUBSTITUTION));
            }
        }
        t.checked()
    })
}

/// The hand-set table lowered by the learned romanization costs.
fn romanized_cost_table() -> &'static CostTable {
    static TABLE: std::sync::OnceLock<CostTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let hand = cost_table();
        let learned = learned_costs();
        let mut t = hand.clone();
        // a learned edit is soft when romanizers make it often (cost below
        // LEARNED_HARD_FROM, or LEARNED_INDEL_HARD_FROM for a symbol gained or lost),
        // so rare alternations still separate names: a consonant gained or lost is
        // another name (Ivanov / Ivankov) unless romanizers drop it all the time
        for x in 0..CLASSES {
            if let Some(c) = learned.indel[x] {
                let hard = t.indel[x] & u64::from(c >= tenths(EditCosts::LEARNED_INDEL_HARD_FROM));
                t.indel[x] = t.indel[x].min((u64::from(c) << 32) | hard);
            }
            for y in 0..CLASSES {
                if let Some(c) = learned.substitution[x][y] {
                    let hard = u64::from(c >= tenths(EditCosts::LEARNED_HARD_FROM));
                    t.substitution[x][y] = t.substitution[x][y].min((u64::from(c) << 32) | hard);
                }
            }
        }
        t.checked()
    })
}

/// [`romanized_cost_table`] as it applies to a short key when only one of the two
/// names shows romanization, and only by its letters: an edit stays soft only where
/// the learned table makes it soft (romanizers are seen to make it); every other edit,
/// a vowel swapped, gained or lost included, is a hard edit
/// ([`EditCosts::ONE_SIDED_SHORT_KEY`]).
fn one_sided_cost_table() -> &'static CostTable {
    static TABLE: std::sync::OnceLock<CostTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let romanized = romanized_cost_table();
        let learned = learned_costs();
        let mut t = romanized.clone();
        let soft_substitution =
            |c: &Option<u32>| c.is_some_and(|c| c < tenths(EditCosts::LEARNED_HARD_FROM));
        let soft_indel =
            |c: &Option<u32>| c.is_some_and(|c| c < tenths(EditCosts::LEARNED_INDEL_HARD_FROM));
        for x in 0..CLASSES {
            if !soft_indel(&learned.indel[x]) {
                t.indel[x] |= 1;
            }
            for y in (0..CLASSES).filter(|&y| y != x) {
                if !soft_substitution(&learned.substitution[x][y]) {
                    t.substitution[x][y] |= 1;
                }
            }
        }
        t.checked()
    })
}

/// The cheapest alignment of two keys under the hand-set costs, as aligned symbol
/// pairs (`None` on one side for an insertion or deletion), for deriving the learned
/// table.
#[cfg(feature = "eval")]
pub(crate) fn alignment(a: &[u8], b: &[u8]) -> Vec<(Option<u8>, Option<u8>)> {
    let t = cost_table();
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0u64; m + 1]; n + 1];
    for i in 1..=n {
        d[i][0] = d[i - 1][0] + t.indel[class(a[i - 1])];
    }
    for j in 1..=m {
        d[0][j] = d[0][j - 1] + t.indel[class(b[j - 1])];
    }
    for i in 1..=n {
        for j in 1..=m {
            let (x, y) = (class(a[i - 1]), class(b[j - 1]));
            d[i][j] = (d[i - 1][j - 1] + t.substitution[x][y])
                .min(d[i - 1][j] + t.indel[x])
                .min(d[i][j - 1] + t.indel[y]);
        }
    }
    let mut ops = Vec::with_capacity(n.max(m));
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        if i > 0
            && j > 0
            && d[i][j] == d[i - 1][j - 1] + t.substitution[class(a[i - 1])][class(b[j - 1])]
        {
            ops.push((Some(a[i - 1]), Some(b[j - 1])));
            i -= 1;
            j -= 1;
        } else if i > 0 && d[i][j] == d[i - 1][j] + t.indel[class(a[i - 1])] {
            ops.push((Some(a[i - 1]), None));
            i -= 1;
        } else {
            ops.push((None, Some(b[j - 1])));
            j -= 1;
        }
    }
    ops.reverse();
    ops
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
    fn sides_of_evidence_choose_the_costs() {
        use Romanization::*;
        assert_eq!(Romanization::of(true, true, false), BothSides);
        assert_eq!(Romanization::of(true, false, false), OneSide);
        assert_eq!(Romanization::of(false, true, true), BothSides);
        assert_eq!(Romanization::of(false, false, false), Neither);
        // i/u is not a swap romanizers make: hard in a short key seen from one side
        assert_eq!(distance("muri", "mori", OneSide).hard_edits, 1);
        assert_eq!(distance("muri", "mori", BothSides).hard_edits, 0);
        // s/x (š written s) is: soft from one side too
        assert_eq!(distance("saxa", "sasa", OneSide).hard_edits, 0);
        // a longer key keeps the romanized costs
        assert_eq!(distance("termiz", "termez", OneSide).hard_edits, 0);
    }

    fn tables() -> [&'static CostTable; 4] {
        [
            cost_table(),
            latin_native_cost_table(),
            romanized_cost_table(),
            one_sided_cost_table(),
        ]
    }

    #[test]
    fn every_table_trims_most_shared_ends() {
        // the trimming is used: a change of costs that takes it away shows here, not
        // only as a slower matcher
        for t in tables() {
            let letters = (0..26).filter(|&x| t.trimmable >> x & 1 == 1).count();
            assert!(letters >= 20, "{letters}");
            assert_eq!(t.trimmable >> OTHER_CLASS, 0);
        }
    }

    proptest::proptest! {
        /// Trimming the shared ends gives the distance of the whole keys, cost and
        /// hard edits, under every table.
        #[test]
        fn trimming_shared_ends_keeps_the_distance(
            head in "[a-z0-9]{0,4}",
            a in "[a-z0-9#]{0,7}",
            b in "[a-z0-9#]{0,7}",
            tail in "[a-z0-9]{0,4}",
        ) {
            let (a, b) = (format!("{head}{a}{tail}"), format!("{head}{b}{tail}"));
            for t in tables() {
                let whole = CostTable { trimmable: 0, ..t.clone() };
                proptest::prop_assert_eq!(distance_with(&a, &b, t), distance_with(&a, &b, &whole));
            }
        }
    }

    #[test]
    fn long_keys_use_the_heap() {
        let a = "a".repeat(100);
        let b = "b".repeat(100);
        assert_eq!(weighted_distance(&a, &b), 100.0);
        assert_eq!(edit_distance(&a, &b).hard_edits, 100);
    }
}
