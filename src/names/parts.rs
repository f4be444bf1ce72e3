//! A name taken apart: folded words, their variant keys, and the role each plays
//! (given name, patronymic, surname, initial, organisation word).
//!
//! The roles come from general properties of the names of the region, not from a list
//! of known people: surname suffixes (-ov, -ev, -in, -sky, -enko, -yan, -dze, -shvili
//! and their feminine forms), patronymic suffixes (-ovich, -ovna, -uly, -kyzy, -oglu),
//! single letters as initials, and small lexicons of titles and organisation words.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::romanization::RomanizationEvidence;
use super::strategy::NameKind;
use crate::normalize::{MixedScript, Normalized, fold, normalize_into, variant_key_word};

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

/// One word of a name, borrowed from its [`NameKey`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameToken<'a> {
    /// The word folded to lowercase ASCII.
    pub folded: &'a str,
    /// Its variant key.
    pub key: &'a str,
    /// Its role in the name.
    pub role: Role,
}

/// A word of a name as stored: ranges into the name's word and key buffers (one
/// allocation per name rather than two per word: names are parsed by the million).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Part {
    folded: (u32, u32),
    key: (u32, u32),
    role: Role,
    /// The lexicon classes of its key ([`word_class`]), looked up once.
    class: u8,
}

/// A name analysed for matching.
///
/// ```
/// use crosscheck::names::{NameKey, NameKind, Role};
/// let n = NameKey::parse("former President Nazarbayev Nursultan Abishuly");
/// assert_eq!(n.kind, NameKind::Person);
/// assert_eq!(n.len(), 3);
/// assert_eq!(n.surname().unwrap().key, "nazarbaev");
/// assert_eq!(n.parts(Role::Given).next().unwrap().folded, "nursultan");
/// assert_eq!(n.parts(Role::Patronymic).next().unwrap().folded, "abishuly");
///
/// let org = NameKey::parse("OSCE");
/// assert_eq!(org.kind, NameKind::Organisation);
/// assert!(org.acronym);
/// ```
///
/// The fields a comparison reads (the prefix of the text, the flags, the parts and the
/// buffer of words and keys) come first and the parts are kept inline, so that
/// comparing one name with many already-parsed ones reads few cache lines of each.
#[derive(Debug, Clone, PartialEq, Eq)]
#[repr(C)]
pub struct NameKey {
    /// The first eight bytes of `raw`, big-endian, zero-padded: two keys whose
    /// prefixes differ are in the order of their `raw` texts, found without reading
    /// the texts (see [`NameKey::cmp_raw`]).
    raw_prefix: u64,
    /// The classes of generic place words in the name (north, county, heights,
    /// oblast …), as a bit mask over [`PLACE_WORDS`](crate::names::PLACE_WORDS).
    pub place_words: u32,
    /// The region the name is qualified by after a comma ("Springfield, Ohio", "Penne,
    /// Italy"): an index into [`REGIONS`](crate::names::REGIONS), then into the country
    /// list; its words are not name parts.
    pub region: Option<u16>,
    /// What kind of thing the name denotes, as far as the name tells.
    pub kind: NameKind,
    /// True when the name is written as one all-capital acronym (OSCE, NSDP).
    pub acronym: bool,
    /// The regnal or generational numeral the name ends in (II, XIV, Jr), as
    /// [`GENERATION_NUMERALS`] writes it.
    pub generation: Option<&'static str>,
    /// True when the surname was identified by its suffix; false when it was assumed
    /// from word order (the matcher then also tries the other order).
    pub surname_certain: bool,
    /// The gender shown by the surname ending or patronymic, if any.
    pub gender: Option<Gender>,
    /// True when the name can be a romanization of a Slavic, Turkic, Armenian or
    /// Georgian original (by its script, letters, endings or letter groups): only then
    /// do romanization's cheap edits apply to it.
    pub romanized: bool,
    /// True when that evidence is in how the name is written (a non-Latin script, or
    /// letters and marks only romanization systems use), not only in letters that look
    /// romanized: such a name is a romanization (or an original) for certain.
    pub romanized_in_writing: bool,
    /// The words that carry the name (titles dropped), with roles.
    parts: smallvec::SmallVec<[Part; 3]>,
    /// The folded words that carry the name, back to back (see [`NameKey::tokens`]),
    /// then their variant keys, back to back: one buffer read by every comparison.
    text: String,
    /// The name as written.
    pub raw: String,
    /// The whole name folded (titles included).
    pub folded: String,
    /// Words mixing letters of two scripts.
    pub mixed_script: Vec<MixedScript>,
    /// Which words a hyphen joined to the previous one (from the folding).
    hyphen_joined: Vec<usize>,
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

/// Honorifics and professional titles of other press traditions, one documented
/// table, read as titles by the name parser and set aside before subjects are
/// compared: parliaments and courts (Hon., Sen., Rep., Gov., Justice), Latin America
/// (Lic., Ing., Arq.), Indonesia (Ir.), South Asia (Shri, Smt., Adv.), Ethiopia (Ato),
/// France (Pr).
pub const HONORIFICS: &[&str] = &[
    "hon",
    "honourable",
    "honorable",
    "sen",
    "rep",
    "gov",
    "justice",
    "judge",
    "lic",
    "ing",
    "arq",
    "ir",
    "shri",
    "smt",
    "adv",
    "ato",
    "pr",
    "sheikh",
    "rev",
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
/// Companies' legal forms, one documented table: they mark an organisation and weigh
/// as little as a generic word, so that "Apple Inc." is Apple and "Volkswagen AG" is
/// Volkswagen, while "Siemens Energy AG" stays apart from "Siemens AG" by the word
/// that is not a legal form.
pub const LEGAL_FORMS: &[&str] = &[
    "inc",
    "incorporated",
    "ltd",
    "limited",
    "llc",
    "llp",
    "plc",
    "corp",
    "ag",
    "gmbh",
    "sa",
    "spa",
    "nv",
    "bv",
    "jsc",
    "pjsc",
    "ojsc",
    "holdings",
    "co",
    "company",
    "group",
    "sae",
    "sas",
    "sarl",
    "srl",
    "pvt",
    "bhd",
    "tbk",
    "cv",
];

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

/// `word` ends with `end` (a byte loop: short suffix tests are hot here and a library
/// comparison call per test costs more than the test).
fn ends(word: &str, end: &str) -> bool {
    word.len() >= end.len()
        && word
            .bytes()
            .rev()
            .zip(end.bytes().rev())
            .all(|(a, b)| a == b)
}

fn is_initial(word: &str) -> bool {
    match word.len() {
        1 => word.as_bytes()[0].is_ascii_alphabetic(),
        2..=4 => DIGRAPH_INITIALS.contains(&word),
        _ => false,
    }
}

/// The patronymic ending of a variant key: (stem, gender), if it has one.
pub(crate) fn patronymic_ending(key: &str) -> Option<(&str, Gender)> {
    // every ending ends in one of these letters: most words are rejected here
    if !matches!(key.as_bytes().last(), Some(b'a' | b'c' | b'i' | b'u')) {
        return None;
    }
    PATRONYMIC_ENDINGS
        .iter()
        .find(|(end, _)| {
            key.len() > end.len() + 2 && ends(key, end) && has_patronymic_link(key, end)
        })
        .map(|&(end, g)| (&key[..key.len() - end.len()], g))
}

/// The gender a patronymic (variant key) shows, if it is one.
pub(crate) fn patronymic_gender(key: &str) -> Option<Gender> {
    patronymic_ending(key).map(|(_, g)| g).or(match key {
        "oglu" | "ogli" | "uli" | "ulu" => Some(Gender::Masculine),
        "kizi" | "gizi" => Some(Gender::Feminine),
        _ => None,
    })
}

/// The surname ending of `word`: (gender, strength), if any.
pub(crate) fn surname_ending(word: &str) -> Option<(Option<Gender>, u8)> {
    // the endings grouped by last letter, longest first: a word is tested only
    // against the endings that can fit it
    static BY_LAST: OnceLock<[Vec<u8>; 128]> = OnceLock::new();
    let by_last = BY_LAST.get_or_init(|| {
        let mut index: [Vec<u8>; 128] = std::array::from_fn(|_| Vec::new());
        let mut order: Vec<usize> = (0..SURNAME_ENDINGS.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(SURNAME_ENDINGS[i].0.len()));
        for i in order {
            let last = *SURNAME_ENDINGS[i].0.as_bytes().last().unwrap_or(&0);
            index[usize::from(last & 0x7f)].push(i as u8);
        }
        index
    });
    let last = *word.as_bytes().last()?;
    if !last.is_ascii() {
        return None;
    }
    by_last[usize::from(last)]
        .iter()
        .map(|&i| &SURNAME_ENDINGS[usize::from(i)])
        .find(|(end, _, _)| word.len() > end.len() + 2 && ends(word, end))
        .map(|&(_, g, s)| (g, s))
}

fn word_key(word: &str) -> String {
    let mut k = String::with_capacity(word.len());
    variant_key_word(word, &mut k);
    k
}

/// Lexicon classes of a word, as bit flags.
const ORGANISATION: u8 = 1;
const ADMIN_AREA: u8 = 2;
const GENERIC: u8 = 4;
const TITLE: u8 = 8;

/// The lexicons, keyed by variant key so that any spelling of a listed word is found
/// (oblysy, oblyssy; partiya, partija), with the classes each word belongs to.
fn word_class(key: &str) -> u8 {
    static LEXICON: OnceLock<super::word_table::WordTable<u8>> = OnceLock::new();
    LEXICON
        .get_or_init(|| {
            super::word_table::WordTable::from_entries(
                [
                    (ORGANISATION_WORDS, ORGANISATION),
                    (ADMIN_AREA_WORDS, ADMIN_AREA),
                    (GENERIC_WORDS, GENERIC),
                    (LEGAL_FORMS, ORGANISATION | GENERIC),
                    (TITLES, TITLE),
                    (HONORIFICS, TITLE),
                ]
                .into_iter()
                .flat_map(|(list, class)| list.iter().map(move |w| (word_key(w), class))),
            )
        })
        .get(key)
}

/// The index of the one word written in capitals (two letters or more) when the
/// other words are not: official lists write the surname so (NAZARBAYEV Nursultan).
fn capitalised_word<'a>(
    raw: &str,
    mut tokens: impl Iterator<Item = NameToken<'a>>,
) -> Option<usize> {
    let caps_run = if raw.is_ascii() {
        raw.as_bytes()
            .windows(2)
            .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase())
    } else {
        // two capitals in a row: each letter tested once
        let mut previous_upper = false;
        raw.chars().any(|c| {
            let upper = is_uppercase(c);
            let run = upper && previous_upper;
            previous_upper = upper;
            run
        })
    };
    if !caps_run {
        return None;
    }
    let is_caps = |w: &str| {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        letters >= 2 && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
    };
    let (mut words, mut caps, mut the_caps) = (0, 0, "");
    for w in raw.split_whitespace() {
        words += 1;
        if is_caps(w) {
            caps += 1;
            the_caps = w;
        }
    }
    if caps != 1 || words < 2 {
        return None;
    }
    let folded = fold(the_caps);
    tokens.position(|t| t.folded == folded)
}

/// True when the raw name is a single all-capital word of 2–7 letters. Marks that
/// romanizers put between or over capitals (U'K'K, VT͡SIOM, KˌTZ, J̌AP) are not letters.
fn is_acronym(raw: &str) -> bool {
    if raw.is_ascii() {
        // the same test on bytes: ASCII case, digits and white space (tab, line feed,
        // vertical tab, form feed, carriage return, space) are the Unicode ones there
        let space = |b: &u8| matches!(b, b'\t'..=b'\r' | b' ');
        let bytes = raw.as_bytes();
        let start = bytes.iter().position(|b| !space(b)).unwrap_or(bytes.len());
        let end = bytes
            .iter()
            .rposition(|b| !space(b))
            .map_or(start, |i| i + 1);
        let trimmed = &bytes[start..end];
        if trimmed.len() > 40 {
            return false;
        }
        // one pass, left at the first space, small letter or digit (most names have a
        // small letter early): no white space inside, and every letter a capital
        let mut letters = 0;
        for b in trimmed {
            if space(b) || b.is_ascii_lowercase() || b.is_ascii_digit() {
                return false;
            }
            letters += usize::from(b.is_ascii_uppercase());
        }
        return (2..=7).contains(&letters);
    }
    let trimmed = raw.trim();
    // at most 7 letters of at most 4 bytes, with a few dots, hyphens or marks
    if trimmed.len() > 40 {
        return false;
    }
    // one pass, as above: a small letter (a cased letter that is not a capital), a
    // digit or white space ends it
    let mut letters = 0;
    for c in trimmed.chars() {
        if is_uppercase(c) {
            letters += 1;
        } else if c.is_whitespace() || is_lowercase(c) || c.is_numeric() {
            return false;
        }
    }
    (2..=7).contains(&letters)
}

/// [`char::is_uppercase`], with ASCII and the basic Cyrillic letters (most of the
/// non-Latin names here) decided by range instead of the Unicode tables.
fn is_uppercase(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_uppercase(),
        0x400..=0x42F => true,
        0x430..=0x45F => false,
        _ => c.is_uppercase(),
    }
}

/// [`char::is_lowercase`], decided by range for the same letters as [`is_uppercase`].
fn is_lowercase(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_lowercase(),
        0x400..=0x42F => false,
        0x430..=0x45F => true,
        _ => c.is_lowercase(),
    }
}

impl NameKey {
    /// Analyses a name as written.
    pub fn parse(raw: &str) -> NameKey {
        let mut key = NameKey {
            raw: String::new(),
            folded: String::new(),
            text: String::new(),
            parts: smallvec::SmallVec::new(),
            kind: NameKind::Unknown,
            acronym: false,
            generation: None,
            surname_certain: false,
            gender: None,
            mixed_script: Vec::new(),
            hyphen_joined: Vec::new(),
            romanized: false,
            romanized_in_writing: false,
            region: None,
            place_words: 0,
            raw_prefix: 0,
        };
        key.parse_into(raw);
        key
    }

    /// The order of two keys by the names as written, then by their folded forms: the
    /// order a comparison puts two names in, so that its result cannot depend on which
    /// came first.
    ///
    /// ```
    /// use crosscheck::names::NameKey;
    /// use std::cmp::Ordering;
    /// let (a, b) = (NameKey::parse("Springfield, Illinois"), NameKey::parse("Springfield, Ohio"));
    /// assert_eq!(a.cmp_raw(&b), Ordering::Less);
    /// assert_eq!(b.cmp_raw(&a), (&b.raw, &b.folded).cmp(&(&a.raw, &a.folded)));
    /// ```
    pub fn cmp_raw(&self, other: &NameKey) -> std::cmp::Ordering {
        self.raw_prefix
            .cmp(&other.raw_prefix)
            .then_with(|| (&self.raw, &self.folded).cmp(&(&other.raw, &other.folded)))
    }

    /// Analyses a name into this key, reusing its buffers (for comparing many names
    /// in a row without allocating for each).
    ///
    /// ```
    /// use crosscheck::names::NameKey;
    /// let mut k = NameKey::parse("Nur Otan");
    /// k.parse_into("Nursultan Nazarbayev");
    /// assert_eq!(k, NameKey::parse("Nursultan Nazarbayev"));
    /// ```
    pub fn parse_into(&mut self, raw: &str) {
        let mut normalized = Normalized {
            text: std::mem::take(&mut self.folded),
            mixed_script: std::mem::take(&mut self.mixed_script),
            hyphen_joined: std::mem::take(&mut self.hyphen_joined),
        };
        normalize_into(raw, &mut normalized);
        self.raw.clear();
        self.raw.push_str(raw);
        let mut prefix = [0u8; 8];
        let head = &raw.as_bytes()[..raw.len().min(8)];
        prefix[..head.len()].copy_from_slice(head);
        self.raw_prefix = u64::from_be_bytes(prefix);
        self.text.clear();
        self.parts.clear();
        self.kind = NameKind::Unknown;
        self.acronym = is_acronym(raw);
        self.generation = generation(raw);
        self.surname_certain = false;
        self.gender = None;
        self.mixed_script = std::mem::take(&mut normalized.mixed_script);
        let key = self;
        let mut classes = 0u8;
        let region = super::places::trailing_region(raw);
        key.region = region.map(|(r, _)| r);
        // the words are counted only when a region's words are to be left off
        let kept_words = match region {
            Some((_, n)) => normalized.tokens().count() - n,
            None => usize::MAX,
        };
        key.place_words = 0;
        // the words first, back to back (a hyphenated compound is the span of its
        // words), then their keys; until its key is written, a part's key range is
        // where its word lies in the folded text
        let base = normalized.text.as_ptr() as usize;
        for (i, w) in normalized.tokens().take(kept_words).enumerate() {
            let folded = key.push_word(w);
            let at = (w.as_ptr() as usize - base) as u32;
            // remember the hyphen joins by marking the joined word for now
            let role = if normalized.hyphen_joined.contains(&i) {
                Role::Word
            } else {
                Role::Given
            };
            key.parts.push(Part {
                folded,
                key: (at, at + w.len() as u32),
                role,
                class: 0,
            });
        }
        // the region's words ("Kazakhstan", "Germany") say where the place is, not how
        // its name was written
        let evidence = super::romanization::romanization_evidence(
            region
                .and_then(|_| raw.rsplit_once(','))
                .map_or(raw, |(head, _)| head),
            key.parts.iter().map(|p| key.slice_word(p.folded)),
        );
        key.romanized = evidence != RomanizationEvidence::None;
        key.romanized_in_writing = evidence == RomanizationEvidence::Writing;
        for i in 0..key.parts.len() {
            let (from, to) = key.parts[i].key;
            let word = normalized
                .text
                .get(from as usize..to as usize)
                .unwrap_or_default();
            let k = key.push_key(word);
            key.place_words |= super::places::place_word_mask(key.slice_key(k));
            let class = word_class(key.slice_key(k));
            classes |= class;
            let part = &mut key.parts[i];
            part.key = k;
            part.class = class;
        }
        key.kind = if key.acronym || classes & ORGANISATION != 0 {
            NameKind::Organisation
        } else if classes & ADMIN_AREA != 0 {
            NameKind::AdminArea
        } else {
            NameKind::Unknown
        };
        key.folded = normalized.text;
        key.hyphen_joined = normalized.hyphen_joined;
        if key.kind == NameKind::Unknown {
            key.join_hyphenated();
            key.parse_person_parts();
        } else {
            for part in &mut key.parts {
                part.role = if part.class & (GENERIC | ADMIN_AREA) != 0 {
                    Role::Generic
                } else {
                    Role::Word
                };
            }
        }
        key.gender = key.find_gender();
    }

    fn push_word(&mut self, w: &str) -> (u32, u32) {
        let start = self.text.len() as u32;
        self.text.push_str(w);
        (start, self.text.len() as u32)
    }

    fn push_key(&mut self, w: &str) -> (u32, u32) {
        let start = self.text.len() as u32;
        variant_key_word(w, &mut self.text);
        (start, self.text.len() as u32)
    }

    fn slice_word(&self, r: (u32, u32)) -> &str {
        self.text
            .get(r.0 as usize..r.1 as usize)
            .unwrap_or_default()
    }

    fn slice_key(&self, r: (u32, u32)) -> &str {
        self.text
            .get(r.0 as usize..r.1 as usize)
            .unwrap_or_default()
    }

    fn view(&self, p: &Part) -> NameToken<'_> {
        NameToken {
            folded: self.slice_word(p.folded),
            key: self.slice_key(p.key),
            role: p.role,
        }
    }

    /// The words that carry the name (titles dropped), with their roles, in order.
    pub fn tokens(
        &self,
    ) -> impl DoubleEndedIterator<Item = NameToken<'_>> + ExactSizeIterator + Clone {
        self.parts.iter().map(|p| self.view(p))
    }

    /// The `i`-th word, if there is one.
    pub fn token(&self, i: usize) -> Option<NameToken<'_>> {
        self.parts.get(i).map(|p| self.view(p))
    }

    /// The number of words that carry the name.
    pub fn len(&self) -> usize {
        self.parts.len()
    }

    /// True when nothing of the name is left to compare (empty or punctuation only).
    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// Joins each word that a hyphen attached to the previous one (marked
    /// [`Role::Word`] by [`NameKey::parse`]) when both have at least two letters:
    /// hyphenated compounds are one name part (Kassym-Jomart, Kara-Murza, Nur-Sultan);
    /// initials joined by hyphens stay apart. Words are stored back to back, so a
    /// joined word is the span of both; its key is computed anew.
    fn join_hyphenated(&mut self) {
        if self.parts.iter().all(|p| p.role != Role::Word) {
            return;
        }
        let mut joined: smallvec::SmallVec<[Part; 3]> = smallvec::SmallVec::new();
        for mut p in std::mem::take(&mut self.parts) {
            let attached = p.role == Role::Word;
            p.role = Role::Given;
            let long = |r: (u32, u32)| r.1 - r.0 >= 2;
            match joined.last_mut() {
                Some(prev) if attached && long(p.folded) && long(prev.folded) => {
                    prev.folded.1 = p.folded.1;
                    // the compound's key goes after every other key; its words are
                    // read from a copy, as the buffer grows while the key is written
                    let copy: smallvec::SmallVec<[u8; 64]> =
                        self.slice_word(prev.folded).as_bytes().into();
                    prev.key = self.push_key(std::str::from_utf8(&copy).unwrap_or_default());
                    prev.class = word_class(self.slice_key(prev.key));
                }
                _ => joined.push(p),
            }
        }
        self.parts = joined;
    }

    /// Assigns person roles; sets `kind` to Person when the parts say so.
    ///
    /// Patronymic-shaped words are ambiguous: -evich and -uly also end surnames
    /// (Shushkevich, Momyshuly). One such word among two is the surname; among three
    /// or more words it is the patronymic; of two such words, the one right after a
    /// given name is the patronymic and the other the surname.
    fn parse_person_parts(&mut self) {
        let first_kept = self
            .parts
            .iter()
            .position(|p| p.class & TITLE == 0)
            .unwrap_or(self.parts.len());
        let had_title = first_kept > 0;
        if first_kept < self.parts.len() {
            self.parts.drain(..first_kept);
        } // else only titles: keep them rather than end up empty
        let n = self.parts.len();
        for i in 0..n {
            self.parts[i].role = if is_initial(self.slice_word(self.parts[i].folded)) {
                Role::Initial
            } else {
                Role::Given
            };
        }
        for i in 1..n {
            if PATRONYMIC_PARTICLES.contains(&self.slice_key(self.parts[i].key))
                && self.parts[i - 1].role == Role::Given
            {
                self.parts[i].role = Role::Patronymic;
                self.parts[i - 1].role = Role::Patronymic;
            }
        }
        let mut patronymic_shaped: smallvec::SmallVec<[usize; 4]> = smallvec::SmallVec::new();
        for (i, p) in self.parts.iter().enumerate() {
            if p.role == Role::Given && patronymic_ending(self.slice_key(p.key)).is_some() {
                patronymic_shaped.push(i);
            }
        }
        // the surname: a word in capitals among words that are not (NAZARBAYEV
        // Nursultan), else the strongest surname ending, the last among equals
        let mut best: Option<(usize, u8)> = None;
        let mut tied = false;
        for (i, p) in self.parts.iter().enumerate() {
            if p.role != Role::Given || patronymic_shaped.contains(&i) {
                continue;
            }
            if let Some((_, strength)) = surname_ending(self.slice_word(p.folded)) {
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
        let capitalised = capitalised_word(&self.raw, self.tokens());
        if let Some(i) = capitalised.filter(|&i| self.parts[i].role != Role::Initial) {
            best = Some((i, u8::MAX));
            tied = false;
        }
        let role = |k: &NameKey, i: usize| k.parts[i].role;
        let full_words = self.parts.iter().filter(|p| p.role == Role::Given).count();
        let mut surname = best.map(|(i, _)| i);
        if surname.is_some() || full_words >= 3 && patronymic_shaped.len() == 1 {
            for &i in &patronymic_shaped {
                self.parts[i].role = Role::Patronymic;
            }
        } else if patronymic_shaped.len() == 1 {
            surname = Some(patronymic_shaped[0]);
        } else if patronymic_shaped.len() >= 2 {
            let after_given = patronymic_shaped.iter().copied().find(|&i| {
                i > 0 && role(self, i - 1) == Role::Given && !patronymic_shaped.contains(&(i - 1))
            });
            let patronymic = after_given.unwrap_or(patronymic_shaped[patronymic_shaped.len() - 1]);
            for &i in &patronymic_shaped {
                if i == patronymic {
                    self.parts[i].role = Role::Patronymic;
                } else if surname.is_none() {
                    surname = Some(i);
                } else {
                    self.parts[i].role = Role::Patronymic;
                }
            }
        }
        let has_patronymic = self.parts.iter().any(|p| p.role == Role::Patronymic);
        let person_evidence = had_title
            || surname.is_some()
            || has_patronymic
            || self.parts.iter().any(|p| p.role == Role::Initial);
        match surname {
            Some(i) => {
                self.parts[i].role = Role::Surname;
                // a weak ending (Zarina) or a tie (Sverdlov Yakov) leaves the order open
                self.surname_certain = !tied && best.is_none_or(|(_, strength)| strength >= 2);
            }
            None => {
                if let Some(p) = self.parts.iter_mut().rev().find(|p| p.role == Role::Given) {
                    p.role = Role::Surname;
                }
            }
        }
        if person_evidence && n > 1 || had_title || has_patronymic {
            self.kind = NameKind::Person;
        } else if surname.is_some() && n == 1 {
            // a lone word with a surname ending (Nazarbayev) is most likely a person
            self.kind = NameKind::Person;
        }
    }

    /// The words with the given role, in written order.
    pub fn parts(&self, role: Role) -> impl Iterator<Item = NameToken<'_>> {
        // by role first: only the words kept are sliced out of the text
        self.parts
            .iter()
            .filter(move |p| p.role == role)
            .map(|p| self.view(p))
    }

    /// The surname, if the name has one.
    pub fn surname(&self) -> Option<NameToken<'_>> {
        self.parts(Role::Surname).next()
    }

    /// The variant keys of all words, joined without spaces.
    pub fn joined_key(&self) -> String {
        self.tokens().map(|t| t.key).collect()
    }

    /// The variant keys of all words, separated by single spaces.
    pub fn key(&self) -> String {
        self.tokens().map(|t| t.key).collect::<Vec<_>>().join(" ")
    }

    fn find_gender(&self) -> Option<Gender> {
        self.surname()
            .and_then(|s| {
                surname_ending(s.folded)
                    .and_then(|(g, _)| g)
                    .or_else(|| patronymic_gender(s.key))
            })
            .or_else(|| {
                self.parts(Role::Patronymic)
                    .find_map(|p| patronymic_gender(p.key))
            })
    }
}

/// Regnal and generational numerals, one documented table: a name that ends in one
/// (Elizabeth II, Louis XIV, Martin Luther King Jr.) names a different person from one
/// that ends in another. Junior and senior are numerals of a kind (Jr, Sr).
pub const GENERATION_NUMERALS: &[&str] = &[
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "Jr", "Jr.", "Sr", "Sr.",
    "Junior", "Senior",
];

/// The numeral a name ends in ([`GENERATION_NUMERALS`]), read from the name as
/// written: a capital numeral after at least one word and no comma (in "Knuth, D" or
/// "Ritchie, D. M." a last capital is an initial); Jr and Sr after a comma too.
pub(crate) fn generation(raw: &str) -> Option<&'static str> {
    let raw = raw.trim_end();
    // a last word after a space: cheap for the names that have none
    let (head, last) = raw.rsplit_once(' ')?;
    let head = head.trim_end();
    let last_plain = last.trim_end_matches([',', '.']);
    let junior = matches!(last_plain, "Jr" | "Sr" | "Junior" | "Senior");
    if head.is_empty() || !GENERATION_NUMERALS.contains(&last) {
        return None;
    }
    // the table's own spelling, without the point of "Jr."
    let plain = GENERATION_NUMERALS.iter().find(|n| **n == last_plain)?;
    (junior || !head.contains(',')).then_some(*plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(raw: &str) -> Vec<(String, Role)> {
        NameKey::parse(raw)
            .tokens()
            .map(|t| (t.folded.to_string(), t.role))
            .collect()
    }

    #[test]
    fn titles_are_dropped() {
        let n = NameKey::parse("Former President Nursultan Nazarbayev");
        assert_eq!(n.len(), 2);
        assert_eq!(n.kind, NameKind::Person);
        let n = NameKey::parse("Mr. Mamay");
        assert_eq!(n.len(), 1);
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
        assert_eq!(n.gender, Some(Gender::Masculine));
        let n = NameKey::parse("Dariga Nursultanovna Nazarbayeva");
        assert_eq!(n.gender, Some(Gender::Feminine));
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
        assert_eq!(n.gender, Some(Gender::Masculine));
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
        assert_eq!(org.token(1).unwrap().role, Role::Generic);
        assert_eq!(org.token(0).unwrap().role, Role::Word);
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
        assert_eq!(n.len(), 2);
        assert_eq!(n.surname().unwrap().folded, "karamurza");
        assert_eq!(NameKey::parse("N.-A. Nazarbayev").len(), 3);
        // organisation names keep their words apart
        assert_eq!(NameKey::parse("Nur-Otan Party").len(), 3);
    }

    #[test]
    fn fast_case_tests_agree_with_unicode() {
        for u in 0u32..0x600 {
            let Some(c) = char::from_u32(u) else { continue };
            assert_eq!(is_uppercase(c), c.is_uppercase(), "U+{u:04X}");
            assert_eq!(is_lowercase(c), c.is_lowercase(), "U+{u:04X}");
        }
    }

    /// The acronym test as documented, written plainly: trimmed, at most 40 bytes, no
    /// white space inside, 2 to 7 cased letters, none of them small, no digit.
    fn plain_is_acronym(raw: &str) -> bool {
        let trimmed = raw.trim();
        let cased = |c: &char| c.is_uppercase() || c.is_lowercase();
        let letters = trimmed.chars().filter(cased).count();
        trimmed.len() <= 40
            && !trimmed.contains(char::is_whitespace)
            && (2..=7).contains(&letters)
            && trimmed
                .chars()
                .all(|c| c.is_uppercase() || !(cased(&c) || c.is_numeric()))
    }

    proptest::proptest! {
        #[test]
        fn one_pass_acronym_test_agrees_with_the_plain_one(
            raw in "[ \t\x0BA-Za-z0-9.'-]{0,12}|[ АБВабвQЖжǦǧ͡ˌ.Ⅻ5]{0,9}",
        ) {
            proptest::prop_assert_eq!(is_acronym(&raw), plain_is_acronym(&raw));
        }
    }

    #[test]
    fn empty_and_odd_input_parse() {
        assert!(NameKey::parse("").is_empty());
        assert!(NameKey::parse("...").is_empty());
        assert_eq!(NameKey::parse("President").len(), 1);
    }
}
