//! Acronyms against their expansions, in any script and romanization: ҚХП, QHP and
//! KHP all abbreviate Qazaqstan Halyq Partiyasy; ШОС and CHOS abbreviate Šanxajskaja
//! organizacija sotrudničestva.
//!
//! The acronym's folded letters are cut into pieces, one piece per word of the
//! expansion in order; a piece fits a word when the word begins with it, when the
//! word's variant key begins with the piece's key (Ts for Centr, Ye for Edinoe), or when
//! their first sounds are ones romanizations swap (French CH for Š). A piece is one to
//! three letters (syllabic acronyms: ЎзЛиДеП). Prepositions, conjunctions and the
//! prefixes of [`SKIPPABLE_WORDS`] may be left out; every other word must be used and
//! every letter of the acronym consumed, so an acronym never fits another
//! organisation's expansion by its first letters alone.

use super::parts::NameKey;
use super::similarity::romanized_edit_distance;
use crate::normalize::{normalize, variant_key_word};

/// Words an acronym may leave out, folded: prepositions and conjunctions (English,
/// Russian, Ukrainian, Kazakh, German, French) and prefixes such as All- and
/// Nationwide that outlets drop (All-National Social Democratic Party / NSDP).
pub const SKIPPABLE_WORDS: &[&str] = &[
    "of",
    "the",
    "and",
    "for",
    "in",
    "on",
    "at",
    "a",
    "an",
    "to",
    "by",
    "i",
    "y",
    "v",
    "vo",
    "s",
    "so",
    "po",
    "na",
    "za",
    "pri",
    "dlya",
    "dlia",
    "dla",
    "iz",
    "ot",
    "k",
    "ta",
    "u",
    "zi",
    "imeni",
    "und",
    "der",
    "die",
    "das",
    "fur",
    "de",
    "la",
    "le",
    "des",
    "du",
    "et",
    "all",
    "nationwide",
    "vse",
    "obshche",
];

/// Beginnings of words (folded) that qualify a state body by its state and that
/// acronyms often leave out: Republic, Federation and the Russian and Kyrgyz
/// adjectives (SVR / Sluzhba vneshnei razvedki Rossiiskoi Federatsii). A country name
/// right before such a word may be left out with it (Qazaqstan Respublikasynyn).
pub const STATE_QUALIFIERS: &[&str] = &[
    "respublik",
    "federats",
    "federac",
    "rossiisk",
    "rossiysk",
    "rossijsk",
    "kyrgyzsk",
    "kirgizsk",
];

/// Longest piece of an acronym that one word can stand for.
const MAX_PIECE: usize = 3;

fn key(s: &str) -> String {
    let mut k = String::with_capacity(s.len());
    variant_key_word(s, &mut k);
    k
}

/// True when the acronym piece can begin the word.
fn piece_fits(piece: &str, word: &str, word_key: &str) -> bool {
    if word.starts_with(piece) {
        return true;
    }
    let pk = key(piece);
    if pk.is_empty() {
        return false;
    }
    if word_key.starts_with(&pk) {
        return true;
    }
    // a first consonant that romanizers swap, by the learned table (Š / CH, Ж / Z);
    // vowels are kept apart (an O is not a U)
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    if pk.len() == 1
        && !vowel(pk.as_bytes()[0])
        && let Some(w0) = word_key.get(..1).filter(|w| !vowel(w.as_bytes()[0]))
        && romanized_edit_distance(&pk, w0).hard_edits == 0
    {
        return true;
    }
    // й, е, я written J, Y, Ye, I or E at the start of a word (JAP / Yeni)
    let iotated = |c: u8| matches!(c, b'j' | b'y' | b'i' | b'e');
    piece.len() <= 2
        && iotated(piece.as_bytes()[0])
        && word.as_bytes().first().is_some_and(|&c| iotated(c))
}

/// True when `acronym` abbreviates `expansion` (see the module documentation).
pub(crate) fn abbreviates(acronym: &NameKey, expansion: &NameKey) -> bool {
    let letters: String = acronym.folded.split_ascii_whitespace().collect();
    if letters.len() < 2 || letters.len() > 16 {
        return false;
    }
    let words = normalize(&expansion.raw);
    let qualifier = |w: &str| STATE_QUALIFIERS.iter().any(|q| w.starts_with(q));
    let folded: Vec<&str> = words.tokens().collect();
    let words: Vec<(&str, String, bool)> = folded
        .iter()
        .enumerate()
        .map(|(i, &w)| {
            let skippable = SKIPPABLE_WORDS.contains(&w)
                || words.hyphen_joined.contains(&i)
                || qualifier(w)
                || folded
                    .get(i + 1)
                    .is_some_and(|next| next.starts_with("respublik"));
            (w, key(w), skippable)
        })
        .collect();
    if words.len() < 2 || words.len() > 24 {
        return false;
    }
    // reachable[j] holds the acronym positions that words[..j] can have consumed
    let mut reachable = vec![0u32; words.len() + 1];
    reachable[0] = 1;
    for (j, (w, wk, skippable)) in words.iter().enumerate() {
        for i in 0..=letters.len() {
            if reachable[j] & (1 << i) == 0 {
                continue;
            }
            if *skippable {
                reachable[j + 1] |= 1 << i;
            }
            for len in 1..=MAX_PIECE.min(letters.len() - i) {
                if piece_fits(&letters[i..i + len], w, wk) {
                    reachable[j + 1] |= 1 << (i + len);
                }
            }
        }
    }
    reachable[words.len()] & (1 << letters.len()) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fits(a: &str, b: &str) -> bool {
        abbreviates(&NameKey::parse(a), &NameKey::parse(b))
    }

    #[test]
    fn acronyms_in_any_script_fit_their_expansion() {
        assert!(fits("ҚХП", "Qazaqstan Halyq Partiyasy"));
        assert!(fits("QHP", "Qazaqstan Halyq Partiyasy"));
        assert!(fits("KHP", "Qazaqstan Halyq Partiyasy"));
        assert!(fits("ШОС", "Šanxajskaja organizacija sotrudničestva"));
        assert!(fits("CHOS", "Šanxajskaja Organizacija Sotrudničestva"));
        assert!(fits(
            "VTSIOM",
            "Vserossijskij centr izuchenija obshhestvennogo mnenija"
        ));
        assert!(fits("NSDP", "All-National Social Democratic Party"));
        assert!(fits(
            "OBSE",
            "Organizacija po bezopasnosti i sotrudnichestvu v Evrope"
        ));
    }

    #[test]
    fn acronyms_do_not_fit_other_expansions() {
        assert!(!fits("OSDP", "National Social Democratic Party"));
        assert!(!fits("KNB", "Komitet Natsionalnoi Bezopasnosti Ukrainy"));
        assert!(!fits("FSB", "Federalnaya Sluzhba Okhrany"));
        assert!(!fits("ФСО", "Вооружённые силы Украины"));
    }
}
