//! A name taken apart: folded words, their variant keys, and the role each plays
//! (given name, patronymic, surname, initial, organisation word).
//!
//! The roles come from general properties of the names of the region, not from a list
//! of known people: surname suffixes (-ov, -ev, -in, -sky, -enko, -yan, -dze, -shvili
//! and their feminine forms), patronymic suffixes (-ovich, -ovna, -uly, -kyzy, -oglu),
//! single letters as initials, and small lexicons of titles and organisation words.

use std::collections::HashSet;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::strategy::NameKind;
use crate::normalize::{MixedScript, fold, normalize, variant_key_word};

/// The role of a word in a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A given name (or one part of a compound given name).
    Given,
    /// A patronymic (Abishuly, Kemelevich, Ivanovna).
    Patronymic,
    /// The family name.
    Surname,
    /// An initial standing for a given name or patronymic.
    Initial,
    /// A distinctive word of an organisation or place name.
    Word,
    /// A word that says little on its own: articles, prepositions, "party".
    Generic,
}

/// Grammatical gender shown by a surname or patronymic ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    /// Masculine ending (-ov, -sky, -ovich, -uly).
    Masculine,
    /// Feminine ending (-ova, -skaya, -ovna, -kyzy).
    Feminine,
}

/// One word of a name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameToken {
    /// The word folded to lowercase ASCII.
    pub folded: String,
    /// Its variant key.
    pub key: String,
    /// Its role in the name.
    pub role: Role,
}

/// A name analysed for matching.
///
/// ```
/// use crosscheck::names::{NameKey, NameKind, Role};
/// let n = NameKey::parse("former President Nazarbayev Nursultan Abishuly");
/// assert_eq!(n.kind, NameKind::Person);
/// assert_eq!(n.surname().unwrap().key, "nazarbaev");
/// assert_eq!(n.parts(Role::Given).next().unwrap().folded, "nursultan");
/// assert_eq!(n.parts(Role::Patronymic).next().unwrap().folded, "abishuly");
///
/// let org = NameKey::parse("OSCE");
/// assert_eq!(org.kind, NameKind::Organisation);
/// assert!(org.acronym);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameKey {
    /// The name as written.
    pub raw: String,
    /// The whole name folded (titles included).
    pub folded: String,
    /// The words that carry the name (titles dropped), with roles.
    pub tokens: Vec<NameToken>,
    /// What kind of thing the name denotes, as far as the name tells.
    pub kind: NameKind,
    /// True when the name is written as one all-capital acronym (OSCE, NSDP).
    pub acronym: bool,
    /// True when the surname was identified by its suffix; false when it was assumed
    /// from word order (the matcher then also tries the other order).
    pub surname_certain: bool,
    /// Words mixing letters of two scripts.
    pub mixed_script: Vec<MixedScript>,
}

/// Titles and offices dropped from the front of a person's name.
const TITLES: &[&str] = &[
    "president",
    "former",
    "ex",
    "late",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "madam",
    "mme",
    "mlle",
    "monsieur",
    "herr",
    "frau",
    "general",
    "gen",
    "colonel",
    "col",
    "minister",
    "prime",
    "deputy",
    "chairman",
    "chairwoman",
    "senator",
    "akim",
    "mayor",
    "governor",
    "ambassador",
    "speaker",
    "premier",
    "comrade",
    "activist",
];

/// Words that mark an organisation, or a facility or street named after someone
/// (Heydar Aliyev International Airport, Nazarbayev University).
const ORGANISATION_WORDS: &[&str] = &[
    "airport",
    "international",
    "station",
    "street",
    "avenue",
    "prospekt",
    "square",
    "stadium",
    "arena",
    "school",
    "lyceum",
    "museum",
    "theatre",
    "theater",
    "hospital",
    "clinic",
    "hotel",
    "mosque",
    "cathedral",
    "regiment",
    "brigade",
    "battalion",
    "motors",
    "insurance",
    "media",
    "finance",
    "holding",
    "financial",
    "party",
    "partiya",
    "partii",
    "partei",
    "parti",
    "organization",
    "organisation",
    "council",
    "committee",
    "commission",
    "union",
    "front",
    "movement",
    "bank",
    "ministry",
    "agency",
    "service",
    "association",
    "assembly",
    "congress",
    "company",
    "university",
    "institute",
    "fund",
    "foundation",
    "corporation",
    "alliance",
    "bloc",
    "league",
    "federation",
    "court",
    "parliament",
    "senate",
    "government",
    "office",
    "club",
    "fc",
    "news",
    "radio",
    "television",
    "tv",
    "newspaper",
    "channel",
    "service",
    "inc",
    "ltd",
    "llc",
    "jsc",
    "group",
    "centre",
    "center",
    "academy",
    "police",
    "army",
    "guard",
    "komitet",
    "soyuz",
];

/// Words that mark an administrative area rather than a city or a person.
const ADMIN_AREA_WORDS: &[&str] = &[
    "region",
    "oblast",
    "oblys",
    "province",
    "district",
    "raion",
    "rayon",
    "krai",
    "kray",
    "county",
    "governorate",
    "okrug",
];

/// Words of organisation names that say little on their own. (Administrative-area
/// words are generic too once both names are known to be areas.)
const GENERIC_WORDS: &[&str] = &[
    "the", "of", "and", "for", "in", "on", "at", "a", "an", "party", "partiya", "partii", "partei",
    "parti", "all", "de", "la", "le", "des", "du", "der", "die", "das", "und", "fur", "city",
    "town",
];

/// Multi-letter initials (Zh. Mamay, Sh. Mirziyoyev, German Sch. and Tsch., Ju. for Yu.)
/// besides single letters.
const DIGRAPH_INITIALS: &[&str] = &[
    "zh", "sh", "ch", "kh", "ts", "yu", "ya", "ye", "yo", "dz", "sch", "tsch", "tch", "dzh", "dj",
    "ju", "ja", "je", "jo", "ia", "iu",
];

/// Patronymic endings, on variant keys (so -ovich, -ovych, -owitsch, -ovitch and -ovič
/// all end in `ic`), with the gender they show; longest first. See
/// [`has_patronymic_link`] for the consonant they need before them.
const PATRONYMIC_ENDINGS: &[(&str, Gender)] = &[
    ("icna", Gender::Feminine),
    ("kizi", Gender::Feminine),
    ("gizi", Gender::Feminine),
    ("na", Gender::Feminine),
    ("ogli", Gender::Masculine),
    ("oglu", Gender::Masculine),
    ("uli", Gender::Masculine),
    ("ulu", Gender::Masculine),
    ("ic", Gender::Masculine),
];

/// Patronymic endings need their linking consonant: -ov-na, -ev-na, -iv-na, -ov-ic.
fn has_patronymic_link(key: &str, ending: &str) -> bool {
    match ending {
        "na" => key[..key.len() - 2].ends_with('v'),
        "ic" => key[..key.len() - 2].ends_with(['v', 'l', 'k', 'm']), // -ovich, Ilyich, Lukich, Fomich
        _ => true,
    }
}

/// Words that follow a father's name to make a patronymic (Azerbaijani oğlu and qızı,
/// Kazakh ұлы and қызы written apart), as variant keys.
const PATRONYMIC_PARTICLES: &[&str] = &["oglu", "ogli", "uli", "ulu", "kizi", "gizi"];

/// Surname endings: (ending, gender if it shows one, strength). Strength 2 endings
/// almost never end given names; strength 1 endings do (Marina, Ruslan is safe, but
/// Irina ends in -ina), so a strength-2 word wins the surname role over them.
const SURNAME_ENDINGS: &[(&str, Option<Gender>, u8)] = &[
    ("skaya", Some(Gender::Feminine), 2),
    ("skaja", Some(Gender::Feminine), 2),
    ("skaia", Some(Gender::Feminine), 2),
    ("tskaya", Some(Gender::Feminine), 2),
    ("ova", Some(Gender::Feminine), 2),
    ("eva", Some(Gender::Feminine), 2),
    ("owa", Some(Gender::Feminine), 2),
    ("ewa", Some(Gender::Feminine), 2),
    ("naya", Some(Gender::Feminine), 1),
    ("naja", Some(Gender::Feminine), 1),
    ("naia", Some(Gender::Feminine), 1),
    ("nyy", Some(Gender::Masculine), 1),
    ("nyi", Some(Gender::Masculine), 1),
    ("nyj", Some(Gender::Masculine), 1),
    ("yova", Some(Gender::Feminine), 2),
    ("ska", Some(Gender::Feminine), 1),
    ("ina", Some(Gender::Feminine), 1),
    ("yna", Some(Gender::Feminine), 1),
    ("sky", Some(Gender::Masculine), 2),
    ("skiy", Some(Gender::Masculine), 2),
    ("skii", Some(Gender::Masculine), 2),
    ("skyy", Some(Gender::Masculine), 2),
    ("skij", Some(Gender::Masculine), 2),
    ("ski", Some(Gender::Masculine), 2),
    ("ov", Some(Gender::Masculine), 2),
    ("ev", Some(Gender::Masculine), 2),
    ("off", Some(Gender::Masculine), 2),
    ("eff", Some(Gender::Masculine), 2),
    ("ow", Some(Gender::Masculine), 2),
    ("ew", Some(Gender::Masculine), 2),
    ("in", Some(Gender::Masculine), 1),
    ("yn", Some(Gender::Masculine), 1),
    ("enko", None, 2),
    ("yan", None, 2),
    ("ian", None, 1),
    ("dze", None, 2),
    ("shvili", None, 2),
    ("uk", None, 1),
    ("chuk", None, 2),
    ("vich", None, 1),
];

fn is_initial(word: &str) -> bool {
    (word.len() == 1 && word.as_bytes()[0].is_ascii_alphabetic())
        || DIGRAPH_INITIALS.contains(&word)
}

/// The patronymic ending of a variant key: (stem, gender), if it has one.
pub(crate) fn patronymic_ending(key: &str) -> Option<(&str, Gender)> {
    PATRONYMIC_ENDINGS
        .iter()
        .find(|(end, _)| {
            key.len() > end.len() + 2 && key.ends_with(end) && has_patronymic_link(key, end)
        })
        .map(|&(end, g)| (&key[..key.len() - end.len()], g))
}

/// The gender a patronymic (variant key) shows, if it is one.
pub(crate) fn patronymic_gender(key: &str) -> Option<Gender> {
    patronymic_ending(key)
        .map(|(_, g)| g)
        .or_else(|| match key {
            "oglu" | "ogli" | "uli" | "ulu" => Some(Gender::Masculine),
            "kizi" | "gizi" => Some(Gender::Feminine),
            _ => None,
        })
}

/// The surname ending of `word`: (gender, strength), if any.
pub(crate) fn surname_ending(word: &str) -> Option<(Option<Gender>, u8)> {
    SURNAME_ENDINGS
        .iter()
        .filter(|(end, _, _)| word.len() > end.len() + 2 && word.ends_with(end))
        .max_by_key(|(end, _, _)| end.len())
        .map(|&(_, g, s)| (g, s))
}

fn word_key(word: &str) -> String {
    let mut k = String::with_capacity(word.len());
    variant_key_word(word, &mut k);
    k
}

/// The lexicons, as variant keys, so that any spelling of a listed word is found
/// (oblysy, oblyssy; partiya, partija).
struct Lexicons {
    organisation: HashSet<String>,
    admin_area: HashSet<String>,
    generic: HashSet<String>,
}

fn lexicons() -> &'static Lexicons {
    static LEXICONS: OnceLock<Lexicons> = OnceLock::new();
    LEXICONS.get_or_init(|| {
        let keys = |list: &[&str]| list.iter().map(|w| word_key(w)).collect();
        Lexicons {
            organisation: keys(ORGANISATION_WORDS),
            admin_area: keys(ADMIN_AREA_WORDS),
            generic: keys(GENERIC_WORDS),
        }
    })
}

/// The index of the one word written in capitals (two letters or more) when the
/// other words are not: official lists write the surname so (NAZARBAYEV Nursultan).
fn capitalised_word(raw: &str, words: &[&str]) -> Option<usize> {
    let raw_words: Vec<&str> = raw.split_whitespace().collect();
    let is_caps = |w: &str| {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        letters >= 2 && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
    };
    let caps: Vec<&str> = raw_words.iter().copied().filter(|w| is_caps(w)).collect();
    if caps.len() != 1 || raw_words.len() < 2 || caps.len() == raw_words.len() {
        return None;
    }
    let folded = fold(caps[0]);
    words.iter().position(|w| *w == folded)
}

/// Joins each word that a hyphen attached to the previous one, when both have at
/// least two letters.
fn join_hyphenated(words: &[&str], hyphen_joined: &[usize]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        let joins = hyphen_joined.contains(&i)
            && w.len() >= 2
            && out.last().is_some_and(|prev| prev.len() >= 2);
        match out.last_mut() {
            Some(prev) if joins => prev.push_str(w),
            _ => out.push(w.to_string()),
        }
    }
    out
}

/// True when the raw name is a single all-capital word of 2–7 letters.
fn is_acronym(raw: &str) -> bool {
    let trimmed = raw.trim();
    let letters = trimmed.chars().filter(|c| c.is_alphabetic()).count();
    (2..=7).contains(&letters)
        && !trimmed.contains(char::is_whitespace)
        && trimmed
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '-' || c == '&')
}

impl NameKey {
    /// Analyses a name as written.
    pub fn parse(raw: &str) -> NameKey {
        let mut normalized = normalize(raw);
        let mixed_script = std::mem::take(&mut normalized.mixed_script);
        let acronym = is_acronym(raw);
        let mut words: Vec<&str> = normalized.tokens().collect();
        let lexicons = lexicons();
        let keys: Vec<String> = words.iter().map(|w| word_key(w)).collect();
        let has = |set: &HashSet<String>| keys.iter().any(|k| set.contains(k));
        let kind = if acronym || has(&lexicons.organisation) {
            NameKind::Organisation
        } else if has(&lexicons.admin_area) {
            NameKind::AdminArea
        } else {
            NameKind::Unknown
        };
        let mut key = NameKey {
            raw: raw.to_string(),
            folded: normalized.text.clone(),
            tokens: Vec::with_capacity(words.len()),
            kind,
            acronym,
            surname_certain: false,
            mixed_script,
        };
        if kind == NameKind::Unknown {
            // hyphenated compounds are one name part (Kassym-Jomart, Kara-Murza,
            // Nur-Sultan); initials joined by hyphens stay apart
            let compounds = join_hyphenated(&words, &normalized.hyphen_joined);
            words = compounds.iter().map(String::as_str).collect();
            key.parse_person_parts(&words);
        } else {
            for (w, k) in words.iter().zip(keys) {
                let role = if lexicons.generic.contains(&k) || lexicons.admin_area.contains(&k) {
                    Role::Generic
                } else {
                    Role::Word
                };
                key.tokens.push(NameToken {
                    folded: w.to_string(),
                    key: k,
                    role,
                });
            }
        }
        key
    }

    /// Assigns person roles; sets `kind` to Person when the parts say so.
    ///
    /// Patronymic-shaped words are ambiguous: -evich and -uly also end surnames
    /// (Shushkevich, Momyshuly). One such word among two is the surname; among three
    /// or more words it is the patronymic; of two such words, the one right after a
    /// given name is the patronymic and the other the surname.
    fn parse_person_parts(&mut self, words: &[&str]) {
        let first_kept = words
            .iter()
            .position(|w| !TITLES.contains(w))
            .unwrap_or(words.len());
        let had_title = first_kept > 0;
        let words = if first_kept == words.len() {
            words // only titles: keep them rather than end up empty
        } else {
            &words[first_kept..]
        };
        let keys: Vec<String> = words.iter().map(|w| word_key(w)).collect();
        let mut roles: Vec<Role> = words
            .iter()
            .map(|w| {
                if is_initial(w) {
                    Role::Initial
                } else {
                    Role::Given
                }
            })
            .collect();
        for i in 1..words.len() {
            if PATRONYMIC_PARTICLES.contains(&keys[i].as_str()) && roles[i - 1] == Role::Given {
                roles[i] = Role::Patronymic;
                roles[i - 1] = Role::Patronymic;
            }
        }
        let patronymic_shaped: Vec<usize> = (0..words.len())
            .filter(|&i| roles[i] == Role::Given && patronymic_ending(&keys[i]).is_some())
            .collect();
        // the surname: a word in capitals among words that are not (NAZARBAYEV
        // Nursultan), else the strongest surname ending, the last among equals
        let mut best: Option<(usize, u8)> = None;
        let mut tied = false;
        for (i, w) in words.iter().enumerate() {
            if roles[i] != Role::Given || patronymic_shaped.contains(&i) {
                continue;
            }
            if let Some((_, strength)) = surname_ending(w) {
                match best {
                    Some((_, s)) if strength < s => {}
                    Some((_, s)) => {
                        tied = strength == s;
                        best = Some((i, strength));
                    }
                    None => best = Some((i, strength)),
                }
            }
        }
        let capitalised = capitalised_word(&self.raw, words);
        if let Some(i) = capitalised.filter(|&i| roles[i] != Role::Initial) {
            best = Some((i, u8::MAX));
            tied = false;
        }
        let full_words = roles.iter().filter(|r| **r == Role::Given).count();
        let mut surname = best.map(|(i, _)| i);
        if surname.is_some() || full_words >= 3 && patronymic_shaped.len() == 1 {
            for &i in &patronymic_shaped {
                roles[i] = Role::Patronymic;
            }
        } else if patronymic_shaped.len() == 1 {
            surname = Some(patronymic_shaped[0]);
        } else if patronymic_shaped.len() >= 2 {
            let after_given = patronymic_shaped.iter().copied().find(|&i| {
                i > 0 && roles[i - 1] == Role::Given && !patronymic_shaped.contains(&(i - 1))
            });
            let patronymic = after_given.unwrap_or(patronymic_shaped[patronymic_shaped.len() - 1]);
            for &i in &patronymic_shaped {
                if i == patronymic {
                    roles[i] = Role::Patronymic;
                } else if surname.is_none() {
                    surname = Some(i);
                } else {
                    roles[i] = Role::Patronymic;
                }
            }
        }
        let person_evidence = had_title
            || surname.is_some()
            || roles
                .iter()
                .any(|r| matches!(r, Role::Initial | Role::Patronymic));
        match surname {
            Some(i) => {
                roles[i] = Role::Surname;
                // a weak ending (Zarina) or a tie (Sverdlov Yakov) leaves the order open
                self.surname_certain = !tied && best.is_none_or(|(_, strength)| strength >= 2);
            }
            None => {
                if let Some(i) = roles.iter().rposition(|r| *r == Role::Given) {
                    roles[i] = Role::Surname;
                }
            }
        }
        if person_evidence && words.len() > 1 || had_title || roles.contains(&Role::Patronymic) {
            self.kind = NameKind::Person;
        } else if surname.is_some() && words.len() == 1 {
            // a lone word with a surname ending (Nazarbayev) is most likely a person
            self.kind = NameKind::Person;
        }
        for ((w, k), r) in words.iter().zip(keys).zip(roles) {
            self.tokens.push(NameToken {
                folded: w.to_string(),
                key: k,
                role: r,
            });
        }
    }

    /// The words with the given role, in written order.
    pub fn parts(&self, role: Role) -> impl Iterator<Item = &NameToken> {
        self.tokens.iter().filter(move |t| t.role == role)
    }

    /// The surname, if the name has one.
    pub fn surname(&self) -> Option<&NameToken> {
        self.parts(Role::Surname).next()
    }

    /// The variant keys of all words, joined without spaces.
    pub fn joined_key(&self) -> String {
        self.tokens.iter().map(|t| t.key.as_str()).collect()
    }

    /// The variant keys of all words, separated by single spaces.
    pub fn key(&self) -> String {
        let mut s = String::new();
        for (i, t) in self.tokens.iter().enumerate() {
            if i > 0 {
                s.push(' ');
            }
            s.push_str(&t.key);
        }
        s
    }

    /// The gender shown by the surname ending or patronymic, if any.
    pub fn gender(&self) -> Option<Gender> {
        self.surname()
            .and_then(|s| {
                surname_ending(&s.folded)
                    .and_then(|(g, _)| g)
                    .or_else(|| patronymic_gender(&s.key))
            })
            .or_else(|| {
                self.parts(Role::Patronymic)
                    .find_map(|p| patronymic_gender(&p.key))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(raw: &str) -> Vec<(String, Role)> {
        NameKey::parse(raw)
            .tokens
            .into_iter()
            .map(|t| (t.folded, t.role))
            .collect()
    }

    #[test]
    fn titles_are_dropped() {
        let n = NameKey::parse("Former President Nursultan Nazarbayev");
        assert_eq!(n.tokens.len(), 2);
        assert_eq!(n.kind, NameKind::Person);
        let n = NameKey::parse("Mr. Mamay");
        assert_eq!(n.tokens.len(), 1);
        assert_eq!(n.kind, NameKind::Person);
    }

    #[test]
    fn surname_found_in_either_order() {
        let a = NameKey::parse("Nursultan Nazarbayev");
        let b = NameKey::parse("Nazarbayev Nursultan");
        assert_eq!(a.surname().unwrap().folded, "nazarbayev");
        assert_eq!(b.surname().unwrap().folded, "nazarbayev");
        assert!(a.surname_certain && b.surname_certain);
    }

    #[test]
    fn initials_and_digraph_initials() {
        assert_eq!(
            roles("N. A. Nazarbayev"),
            vec![
                ("n".into(), Role::Initial),
                ("a".into(), Role::Initial),
                ("nazarbayev".into(), Role::Surname)
            ]
        );
        assert_eq!(roles("Zh. Mamay")[0].1, Role::Initial);
    }

    #[test]
    fn patronymics_and_their_gender() {
        let n = NameKey::parse("Kassym-Jomart Kemelevich Tokayev");
        assert_eq!(n.parts(Role::Patronymic).count(), 1);
        assert_eq!(n.parts(Role::Given).next().unwrap().folded, "kassymjomart");
        assert_eq!(n.gender(), Some(Gender::Masculine));
        let n = NameKey::parse("Dariga Nursultanovna Nazarbayeva");
        assert_eq!(n.gender(), Some(Gender::Feminine));
    }

    #[test]
    fn patronymic_shaped_surnames() {
        // one -uly / -evich word among two is the surname
        let n = NameKey::parse("Bauyrzhan Momyshuly");
        assert_eq!(n.surname().unwrap().folded, "momyshuly");
        assert_eq!(
            NameKey::parse("Svetlana Alexievich")
                .surname()
                .unwrap()
                .folded,
            "alexievich"
        );
        // of two, the one after the given name is the patronymic
        let n = NameKey::parse("Stanislav Stanislavovich Shushkevich");
        assert_eq!(n.surname().unwrap().folded, "shushkevich");
        assert_eq!(
            n.parts(Role::Patronymic).next().unwrap().folded,
            "stanislavovich"
        );
        let n = NameKey::parse("Yanukovych Viktor Fedorovych");
        assert_eq!(n.surname().unwrap().folded, "yanukovych");
        // German and French spellings of -ovich are patronymics too
        let n = NameKey::parse("Bakytschan Abdirowitsch Sagintajew");
        assert_eq!(
            n.parts(Role::Patronymic).next().unwrap().folded,
            "abdirowitsch"
        );
    }

    #[test]
    fn patronymic_particles() {
        let n = NameKey::parse("İlham Heydər oğlu Əliyev");
        assert_eq!(n.parts(Role::Patronymic).count(), 2);
        assert_eq!(n.surname().unwrap().folded, "aliyev");
        assert_eq!(n.gender(), Some(Gender::Masculine));
    }

    #[test]
    fn strong_surname_ending_beats_given_name_ending() {
        // Irina ends in -ina like a surname; Petrova's -ova is stronger
        assert_eq!(
            NameKey::parse("Petrova Irina").surname().unwrap().folded,
            "petrova"
        );
        assert_eq!(
            NameKey::parse("Irina Petrova").surname().unwrap().folded,
            "petrova"
        );
    }

    #[test]
    fn unknown_order_falls_back_to_last_word() {
        let n = NameKey::parse("Zhanbolat Mamay");
        assert_eq!(n.surname().unwrap().folded, "mamay");
        assert!(!n.surname_certain);
        assert_eq!(n.kind, NameKind::Unknown);
    }

    #[test]
    fn kinds_from_lexicons() {
        assert_eq!(
            NameKey::parse("Nur Otan party").kind,
            NameKind::Organisation
        );
        assert_eq!(NameKey::parse("NSDP").kind, NameKind::Organisation);
        assert_eq!(NameKey::parse("Almaty Region").kind, NameKind::AdminArea);
        assert_eq!(NameKey::parse("Nur-Sultan").kind, NameKind::Unknown);
        assert_eq!(NameKey::parse("Nazarbayev").kind, NameKind::Person);
        let org = NameKey::parse("Democratic Party of Kazakhstan");
        assert_eq!(org.tokens[1].role, Role::Generic);
        assert_eq!(org.tokens[0].role, Role::Word);
    }

    #[test]
    fn capitalised_word_is_the_surname() {
        let n = NameKey::parse("SVERDLOV Yakov");
        assert_eq!(n.surname().unwrap().folded, "sverdlov");
        assert!(n.surname_certain);
        let n = NameKey::parse("MAMAY Zhanbolat");
        assert_eq!(n.surname().unwrap().folded, "mamay");
    }

    #[test]
    fn ties_and_weak_endings_leave_the_order_open() {
        assert!(!NameKey::parse("Sverdlov Yakov").surname_certain);
        assert!(!NameKey::parse("Zarina Dias").surname_certain);
        assert!(NameKey::parse("Nursultan Nazarbayev").surname_certain);
    }

    #[test]
    fn hyphenated_compounds_are_one_part() {
        let n = NameKey::parse("Vladimir Kara-Murza");
        assert_eq!(n.tokens.len(), 2);
        assert_eq!(n.surname().unwrap().folded, "karamurza");
        assert_eq!(NameKey::parse("N.-A. Nazarbayev").tokens.len(), 3);
        // organisation names keep their words apart
        assert_eq!(NameKey::parse("Nur-Otan Party").tokens.len(), 3);
    }

    #[test]
    fn empty_and_odd_input_parse() {
        assert!(NameKey::parse("").tokens.is_empty());
        assert!(NameKey::parse("...").tokens.is_empty());
        assert_eq!(NameKey::parse("President").tokens.len(), 1);
    }
}
