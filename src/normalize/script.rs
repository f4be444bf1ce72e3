//! Which writing system a letter belongs to, and detection of words that mix
//! look-alike letters from two scripts (a Cyrillic `а` inside a Latin word).

use serde::{Deserialize, Serialize};

/// The writing systems the normalizer tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    /// Latin letters, with or without diacritics.
    Latin,
    /// Cyrillic letters of any language.
    Cyrillic,
    /// Greek letters.
    Greek,
    /// Armenian letters.
    Armenian,
    /// Georgian letters.
    Georgian,
    /// Any other script (handled by a general romanization fallback).
    Other,
}

impl Script {
    /// The script of a letter, or `None` for digits, marks, punctuation and spaces.
    ///
    /// ```
    /// use crosscheck::normalize::Script;
    /// assert_eq!(Script::of('a'), Some(Script::Latin));
    /// assert_eq!(Script::of('а'), Some(Script::Cyrillic)); // U+0430
    /// assert_eq!(Script::of('7'), None);
    /// ```
    pub fn of(c: char) -> Option<Script> {
        let u = c as u32;
        // the common letters by range first: Unicode property look-ups are slow
        let script = match u {
            0x41..=0x5A | 0x61..=0x7A => return Some(Script::Latin),
            0..=0x7F => return None,
            0x400..=0x481 | 0x48A..=0x52F => return Some(Script::Cyrillic),
            0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x24F => return Some(Script::Latin),
            0x531..=0x556 | 0x561..=0x587 => return Some(Script::Armenian),
            0x10D0..=0x10FA => return Some(Script::Georgian),
            0xC0..=0x24F | 0x1E00..=0x1EFF | 0x250..=0x2AF => Script::Latin,
            0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
            0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
            0x530..=0x58F | 0xFB13..=0xFB17 => Script::Armenian,
            0x10A0..=0x10FF | 0x1C90..=0x1CBF | 0x2D00..=0x2D2F => Script::Georgian,
            _ => Script::Other,
        };
        c.is_alphabetic().then_some(script)
    }
}

/// A word written mostly in one script that carries letters of another: usually a
/// homoglyph slipped in by copy-paste or by a spoofer ("Nаzarbayev" with a Cyrillic
/// `а`). Reported on [`crate::normalize::Normalized`], never silently folded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MixedScript {
    /// The word as written.
    pub word: String,
    /// Byte offset of the word in the input text.
    pub offset: usize,
    /// The script most of the word's letters belong to.
    pub main: Script,
    /// The letters from another script, in order of appearance.
    pub foreign: Vec<char>,
}

/// The Latin letter a Cyrillic or Greek letter is visually confused with, if any.
/// Used to read a mixed-script word the way its writer meant it.
pub(crate) fn latin_lookalike(c: char) -> Option<char> {
    Some(match c {
        'а' | 'α' => 'a',
        'в' | 'β' => 'b',
        'е' | 'ё' | 'ε' => 'e',
        'к' | 'κ' => 'k',
        'м' => 'm',
        'н' | 'η' => 'h',
        'о' | 'ο' => 'o',
        'р' | 'ρ' => 'p',
        'с' => 'c',
        'т' | 'τ' => 't',
        'у' | 'γ' => 'y',
        'х' | 'χ' => 'x',
        'і' | 'ι' => 'i',
        'ј' => 'j',
        'ѕ' => 's',
        'ԁ' => 'd',
        'ԛ' => 'q',
        'ԝ' => 'w',
        'ν' => 'v',
        _ => return None,
    })
}

/// The Cyrillic letter a Latin letter is visually confused with, if any.
pub(crate) fn cyrillic_lookalike(c: char) -> Option<char> {
    Some(match c {
        'a' => 'а',
        'b' => 'в',
        'c' => 'с',
        'e' => 'е',
        'h' => 'н',
        'i' => 'і',
        'k' => 'к',
        'm' => 'м',
        'o' => 'о',
        'p' => 'р',
        't' => 'т',
        'x' => 'х',
        'y' => 'у',
        _ => return None,
    })
}

/// Examines one word as written and reports it if it mixes Latin with Cyrillic or
/// Greek. The main script is the one with more letters; ties go to Latin.
pub(crate) fn mixed_script(word: &str, offset: usize) -> Option<MixedScript> {
    let (mut latin, mut cyrillic, mut greek) = (0usize, 0usize, 0usize);
    for c in word.chars() {
        match Script::of(c) {
            Some(Script::Latin) => latin += 1,
            Some(Script::Cyrillic) => cyrillic += 1,
            Some(Script::Greek) => greek += 1,
            _ => {}
        }
    }
    let scripts_present = [latin, cyrillic, greek].iter().filter(|&&n| n > 0).count();
    if scripts_present < 2 {
        return None;
    }
    let main = if latin >= cyrillic && latin >= greek {
        Script::Latin
    } else if cyrillic >= greek {
        Script::Cyrillic
    } else {
        Script::Greek
    };
    let foreign = word
        .chars()
        .filter(|&c| matches!(Script::of(c), Some(s) if s != main && s != Script::Other))
        .collect();
    Some(MixedScript {
        word: word.to_string(),
        offset,
        main,
        foreign,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cyrillic_a_inside_latin_word_is_reported() {
        let m = mixed_script("nаzarbayev", 0).unwrap();
        assert_eq!(m.main, Script::Latin);
        assert_eq!(m.foreign, vec!['а']);
    }

    #[test]
    fn pure_words_are_not_reported() {
        assert!(mixed_script("nazarbayev", 0).is_none());
        assert!(mixed_script("назарбаев", 0).is_none());
        assert!(mixed_script("2021", 0).is_none());
    }

    #[test]
    fn latin_letter_inside_cyrillic_word_is_reported() {
        let m = mixed_script("нaзарбаев", 3).unwrap();
        assert_eq!(m.main, Script::Cyrillic);
        assert_eq!(m.foreign, vec!['a']);
        assert_eq!(m.offset, 3);
    }

    #[test]
    fn lookalikes_map_both_ways() {
        assert_eq!(latin_lookalike('а'), Some('a'));
        assert_eq!(cyrillic_lookalike('a'), Some('а'));
        assert_eq!(latin_lookalike('ж'), None);
    }
}
