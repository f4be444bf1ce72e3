//! The given-name lexicon: forms of one East Slavic given name that spelling rules
//! cannot bring together.
//!
//! Ukrainian and Belarusian write many given names differently from Russian, not
//! only in their letters: Kateryna for Yekaterina (no initial je), Hanna for Anna
//! (a prothetic h), Volha for Olga, Uladzimir for Vladimir, Aliaksandr for
//! Aleksandr. The press writes one person's name in either language, so these are
//! one given name to the matcher; no edit cost could say so without also joining
//! names that are different.
//!
//! [`GIVEN_NAMES_TSV`] holds the pairs, generated from two public sources by
//! `fixtures/names/given_names/generate_given_names.py` (a first-name dictionary's
//! equivalences and Wikidata's given-name items, versions pinned beside the script).
//! Each form is read through the variant key, so any romanization of a listed form
//! finds its pairs.

use std::sync::OnceLock;

use foldhash::HashMap;

use crate::normalize::{fold, variant_key};

/// Pairs of forms of one given name (`form_a`, `form_b`, gender, source), one a
/// line; generated, see the module docs.
pub const GIVEN_NAMES_TSV: &str = include_str!("given_names.tsv");

/// The similarity the matcher gives two given names that the lexicon lists as forms
/// of one name, when their spellings alone score lower: as close as a routine
/// romanization difference, short of an identical name, so that everything else
/// about the two names still counts.
pub const FORM_SIMILARITY: f64 = 0.95;

/// Each form's variant key with the variant keys of the other forms it is paired
/// with, sorted and without repeats.
fn forms() -> &'static HashMap<String, Vec<String>> {
    static FORMS: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut map: HashMap<String, Vec<String>> = HashMap::default();
        for line in GIVEN_NAMES_TSV.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(a), Some(b)) = (cols.next(), cols.next()) else {
                continue;
            };
            let (ka, kb) = (variant_key(&fold(a)), variant_key(&fold(b)));
            if ka.is_empty() || kb.is_empty() || ka == kb {
                continue;
            }
            map.entry(ka.clone()).or_default().push(kb.clone());
            map.entry(kb).or_default().push(ka);
        }
        for others in map.values_mut() {
            others.sort_unstable();
            others.dedup();
        }
        map
    })
}

/// True when two given-name variant keys are different forms of one name in the
/// lexicon ([`GIVEN_NAMES_TSV`]).
///
/// ```
/// use crosscheck::names::same_given_name;
/// use crosscheck::normalize::{fold, variant_key};
/// let key = |s: &str| variant_key(&fold(s));
/// assert!(same_given_name(&key("Kateryna"), &key("Yekaterina")));
/// assert!(same_given_name(&key("Volha"), &key("Olga")));
/// assert!(!same_given_name(&key("Olga"), &key("Anna")));
/// ```
pub fn same_given_name(a: &str, b: &str) -> bool {
    forms()
        .get(a)
        .is_some_and(|others| others.binary_search_by(|k| k.as_str().cmp(b)).is_ok())
}

/// Each listed form's name: the smallest variant key among the forms it is joined to
/// through the lexicon's pairs, so that two forms paired only through a third are one
/// name.
fn names() -> &'static HashMap<String, String> {
    static NAMES: OnceLock<HashMap<String, String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut keys: Vec<&String> = forms().keys().collect();
        keys.sort_unstable();
        let mut name: HashMap<String, String> = HashMap::default();
        for &start in &keys {
            if name.contains_key(start) {
                continue;
            }
            // keys are visited in order, so the first of a name is its smallest
            let mut todo = vec![start];
            name.insert(start.clone(), start.clone());
            while let Some(k) = todo.pop() {
                for other in other_forms(k) {
                    if !name.contains_key(other) {
                        name.insert(other.clone(), start.clone());
                        todo.push(other);
                    }
                }
            }
        }
        name
    })
}

/// True when the lexicon ([`GIVEN_NAMES_TSV`]) lists both variant keys, as forms of
/// two different names: no chain of its pairs joins them. Spellings that edit costs
/// bring close (Hanna and Xenia, one letter cheaply changed and one inserted apart)
/// are then two names, as a reader who knows both names sees at once; a key the
/// lexicon does not list says nothing.
///
/// ```
/// use crosscheck::names::different_given_names;
/// use crosscheck::normalize::{fold, variant_key};
/// let key = |s: &str| variant_key(&fold(s));
/// assert!(different_given_names(&key("Hanna"), &key("Kseniya")));
/// assert!(!different_given_names(&key("Hanna"), &key("Ganna")));
/// assert!(!different_given_names(&key("Hanna"), &key("Zhanbolat")));
/// ```
pub fn different_given_names(a: &str, b: &str) -> bool {
    let names = names();
    match (names.get(a), names.get(b)) {
        (Some(x), Some(y)) => x != y,
        _ => false,
    }
}

/// The variant keys of the other forms of a given name (by its variant key), in
/// sorted order; empty for a name the lexicon does not list.
pub fn other_forms(key: &str) -> &'static [String] {
    forms().get(key).map_or(&[], Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> String {
        variant_key(&fold(s))
    }

    #[test]
    fn ukrainian_and_belarusian_forms_meet_their_russian_forms() {
        for (a, b) in [
            ("Kateryna", "Ekaterina"),
            ("Hanna", "Anna"),
            ("Uladzimir", "Vladimir"),
            ("Aliaksandr", "Aleksandr"),
            ("Veranika", "Veronika"),
        ] {
            assert!(same_given_name(&key(a), &key(b)), "{a} / {b}");
            assert!(same_given_name(&key(b), &key(a)), "{b} / {a}");
        }
    }

    #[test]
    fn forms_joined_through_a_third_are_one_name_and_others_two() {
        // Anna and Ganna are each paired with Hanna, not with each other
        assert!(!different_given_names(&key("Anna"), &key("Ganna")));
        assert!(different_given_names(&key("Hanna"), &key("Ksenia")));
        assert!(different_given_names(&key("Olga"), &key("Anna")));
        // a name the lexicon does not list is never said to differ
        assert!(!different_given_names(&key("Hanna"), &key("Aigerim")));
    }

    #[test]
    fn different_names_and_genders_stay_apart() {
        assert!(!same_given_name(&key("Aleksandr"), &key("Aleksandra")));
        assert!(!same_given_name(&key("Vladimir"), &key("Volha")));
        assert!(!same_given_name(&key("Galina"), &key("Ekaterina")));
        assert!(other_forms(&key("Zhanbolat")).is_empty());
    }

    #[test]
    fn every_line_has_two_forms_a_gender_and_a_source() {
        for line in GIVEN_NAMES_TSV.lines().filter(|l| !l.starts_with('#')) {
            let cols: Vec<_> = line.split('\t').collect();
            assert_eq!(cols.len(), 4, "{line}");
            assert!(matches!(cols[2], "M" | "F"), "{line}");
        }
    }
}
