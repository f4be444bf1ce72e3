//! Who each subject mention is: an entity of the registry, or a cluster of the
//! mentions the registry does not know; and the near misses, for review.

use foldhash::{HashMap, HashMapExt};
use indexmap::IndexMap;
use smol_str::SmolStr;

use crate::entity::{EntityId, Registry, Resolution};
pub(super) use crate::names::Joined;
use crate::names::{Clustering, NameKey, NameKind, NameMatcher, Role, cluster_parsed};
use crate::store::Stored;

use super::editions::{catalogued, split_editions};
use super::feature_places::{PlaceShape, has_settlement_word, link_bare_places};

/// Who a subject mention turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Subject {
    /// A registry entity.
    Entity(EntityId),
    /// A cluster of unknown mentions (an index into [`Subjects::clustering`]).
    Cluster(usize),
}

/// Possible matches by (mention, candidate): the best score and the claims using the
/// mention, in order of first sight.
pub(super) type PossibleMatches = IndexMap<(SmolStr, SmolStr), (f64, Vec<SmolStr>)>;

/// A link between names made from what the data says, with its reason.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct DataLink {
    /// The name linked.
    pub mention: SmolStr,
    /// The name it was linked to.
    pub to: SmolStr,
    /// Why, in words.
    pub reason: &'static str,
}

/// Every mention resolved.
pub(super) struct Subjects {
    /// The subject of each interned mention key.
    pub of_mention: Vec<Subject>,
    /// The clusters of the names the registry does not know.
    pub clustering: Clustering,
    /// Mentions that may denote an entity or each other: not merged, for review.
    pub possible: PossibleMatches,
    /// Links made from the data (a name in parentheses, "also known as", "formerly",
    /// the only bearer of a surname), by mention.
    pub links: HashMap<SmolStr, DataLink>,
    /// Clusters of bare surnames that stayed apart because several clusters bear the
    /// surname: each with those bearers' clusters, for resolving its claims one by
    /// one by the fact they are about (see [`super::grouping`]).
    pub surname_bearers: HashMap<usize, Vec<usize>>,
}

/// Words that introduce another name of the subject inside a mention: "X, also known
/// as Y", "X (formerly Y)". One documented table: (words, reason).
pub const NAME_LINK_WORDS: &[(&str, &str)] = &[
    (
        "also known as",
        "written as another name of it (\"also known as\")",
    ),
    ("aka", "written as another name of it (\"aka\")"),
    (
        "formerly known as",
        "written as its previous name (\"formerly\")",
    ),
    ("formerly", "written as its previous name (\"formerly\")"),
    (
        "previously",
        "written as its previous name (\"previously\")",
    ),
    ("now", "written as its later name (\"now\")"),
];

/// Names given together ("X (Y)", "X, also known as Y", "formerly Y") join their
/// clusters unless both clusters are given together with more than this many other
/// clusters each (2: an entity's own names, a translation and a former name, stay
/// within it). A name that several entities bear collects the other names of all of
/// them; joining two such names would chain namesakes into one entity, and on large
/// feeds into one giant cluster.
pub const MAX_SHARED_PARTNERS: usize = 2;

/// The reason given for a name in parentheses: a translation, an acronym or the
/// original-script form.
const PARENTHESES: &str = "written together in one mention, one in parentheses";

/// The reason given for a `formerly` qualifier.
const FORMERLY_QUALIFIER: &str = "given as its previous name by a `formerly` qualifier";

/// The reason given for a bare surname.
const ONLY_BEARER: &str = "the only bearer of this surname among the names known";

/// The reason given for a country's short name joined, by the same rule, to the one
/// longer name that ends with it ("Kazakhstan", "Republic of Kazakhstan").
const COUNTRY_SHORT_NAME: &str = "the country's short name, in the only longer name that holds it";

/// Why a lone word was joined to the one name that bears it: a country is no surname.
fn lone_word_reason(word: &str) -> &'static str {
    if crate::names::is_country(&crate::normalize::fold(word)) {
        COUNTRY_SHORT_NAME
    } else {
        ONLY_BEARER
    }
}

/// Words that, alone in parentheses, name no one: "Karaganda (city)", and the kinds
/// catalogues write after a name to tell namesakes apart ("Georgia (country)",
/// "Mercury (planet)").
const NOT_A_NAME: &[&str] = &[
    "city",
    "town",
    "village",
    "region",
    "district",
    "party",
    "movement",
    "the",
    "formerly",
    "former",
    "now",
    "ret",
    "retired",
    "deceased",
    "acting",
    "interim",
    "jr",
    "sr",
    "country",
    "state",
    "u.s. state",
    "us state",
    "province",
    "county",
    "capital",
    "island",
    "river",
    "lake",
    "mountain",
    "planet",
    "disambiguation",
    "company",
    "band",
    "film",
    "novel",
    "book",
    "newspaper",
    "politician",
];

/// The names a mention gives: the main one first, then any other in parentheses or
/// after "also known as" / "formerly", each with its reason.
fn names_in(mention: &str) -> (String, Vec<(String, &'static str)>) {
    // a title as catalogued, without its year or its subtitle: "Oil and the State:
    // Country Study (2011)" is "Oil and the State" (works that share a title are told
    // apart after clustering, by `editions`)
    let mut main = catalogued(mention).title.to_string();
    let mut others: Vec<(String, &'static str)> = Vec::new();
    // X (Y): the parenthesised part, when it closes the mention
    if main.ends_with(')')
        && let Some(open) = main.rfind('(')
        && open > 0
    {
        let inside = main[open + 1..main.len() - 1].trim().to_string();
        let before = main[..open].trim().trim_end_matches(',').trim().to_string();
        let lower = inside.to_lowercase();
        let (inside, reason) = match NAME_LINK_WORDS
            .iter()
            .find(|(w, _)| lower.starts_with(&format!("{w} ")))
        {
            Some((w, r)) => (inside[w.len()..].trim().to_string(), *r),
            None => (inside, PARENTHESES),
        };
        if before.is_empty() {
            // "(Oregon)" alone: nothing to qualify or to link
        } else if reason == PARENTHESES
            && crate::names::trailing_region(&format!("{before}, {inside}")).is_some()
        {
            // "Portland (Oregon)": the state or country it lies in, as after a comma,
            // not another name of the place
            main = format!("{before}, {inside}");
        } else if is_a_name(&inside) {
            others.push((inside, reason));
            main = before;
        }
    }
    // X, also known as Y (an ASCII mention is searched as written, case aside: its
    // lowercase form has the same byte offsets)
    if main.contains(", ") {
        let lower: std::borrow::Cow<'_, str> = if main.is_ascii() {
            std::borrow::Cow::Borrowed(main.as_str())
        } else {
            std::borrow::Cow::Owned(main.to_lowercase())
        };
        let found = NAME_LINK_WORDS
            .iter()
            .find_map(|(w, reason)| link_marker_at(&lower, w).map(|at| (at, w.len(), *reason)));
        if let Some((at, w_len, reason)) = found {
            // the marker is ", {w} "
            let other = main[at + w_len + 3..].trim().to_string();
            if is_a_name(&other) {
                others.push((other, reason));
                main = main[..at].trim().to_string();
            }
        }
    }
    // the form names are compared in: no article, no titles, places in one form
    let compared = |name: &str| {
        country_of_code(name).unwrap_or_else(|| place_form(&without_titles(without_article(name))))
    };
    let main = compared(&main);
    let others = others.into_iter().map(|(o, r)| (compared(&o), r)).collect();
    (main, others)
}

/// Generic words of place names, one documented table: (word, what it marks), read in
/// any case but the abbreviation "g." (gorod, city), read only in lower case (see
/// `Lowered::is_place_word`). Words marking a settlement (city, town, village, "g.") are
/// dropped: "the town of X", "X
/// city" and "City of X" name one place. Words marking another kind of place are
/// written once, after the name, whatever the source's form ("Lake X", "X köli" →
/// "X lake"; "X Oblast", "the X region" → "X region"), so that a region stays apart
/// from its city of the same name.
pub const PLACE_WORDS: &[(&str, &str)] = &[
    ("city", ""),
    ("town", ""),
    ("village", ""),
    ("g.", ""),
    ("gorod", ""),
    ("selo", ""),
    ("the", ""),
    ("of", ""),
    ("region", "region"),
    ("oblast", "region"),
    ("oblys", "region"),
    ("oblysy", "region"),
    ("province", "region"),
    ("viloyati", "region"),
    ("governorate", "region"),
    ("muhafazat", "region"),
    ("muhafazah", "region"),
    ("wilayah", "region"),
    ("provincia", "region"),
    ("departamento", "region"),
    ("département", "region"),
    ("región", "region"),
    ("région", "region"),
    ("prefecture", "region"),
    ("changwat", "region"),
    ("voivodeship", "region"),
    ("district", "district"),
    ("raion", "district"),
    ("rayon", "district"),
    ("audany", "district"),
    ("lake", "lake"),
    ("ozero", "lake"),
    ("köli", "lake"),
    ("koli", "lake"),
    ("river", "river"),
    ("reka", "river"),
];

/// A word as written, read against the many lowercase words of a table
/// ([`PLACE_WORDS`], titles) as [`lowercase_is`] reads it against each: a word outside
/// ASCII (a name in Cyrillic, Georgian …) is lowercased once, not once per entry of
/// the table. An ASCII word is compared as written, byte for byte.
pub(super) struct Lowered<'a> {
    written: &'a str,
    /// The word in lowercase (Unicode's full mapping), for a word outside ASCII.
    lower: Option<String>,
}

impl<'a> Lowered<'a> {
    pub(super) fn of(written: &'a str) -> Lowered<'a> {
        let lower =
            (!written.is_ascii()).then(|| written.chars().flat_map(char::to_lowercase).collect());
        Lowered { written, lower }
    }

    /// True when the word in lowercase is `lower` (as [`lowercase_is`]).
    pub(super) fn is(&self, lower: &str) -> bool {
        match &self.lower {
            Some(own) => own == lower,
            None => lowercase_is(self.written, lower),
        }
    }

    /// True when the word is the [`PLACE_WORDS`] word `word`: in any case, but an
    /// abbreviation ("g.") only as it is written, in lower case, since a capital
    /// letter with a dot before a name is an initial ("G. Belkov" is no city).
    pub(super) fn is_place_word(&self, word: &str) -> bool {
        if word.ends_with('.') {
            self.written == word
        } else {
            self.is(word)
        }
    }
}

/// A subject written as a country's code or short form in capitals, dotted or not
/// ("US", "U.S.", "USA", "UK", "UAE"), by [`COUNTRY_CODES`](super::COUNTRY_CODES):
/// the country's name, so that it groups with the claims that write the name out. Only
/// the whole subject in capitals is read so: in running text "us" is a pronoun, and a
/// code inside a longer name ("US Steel") names something else.
fn country_of_code(name: &str) -> Option<String> {
    let name = name.trim();
    // two to four capitals, dots aside: told without building anything, as nearly
    // every subject is no code
    let letters = || name.chars().filter(|&c| c != '.');
    if !letters().all(|c| c.is_ascii_uppercase()) || !(2..=4).contains(&letters().take(5).count()) {
        return None;
    }
    let folded: String = letters().map(|c| c.to_ascii_lowercase()).collect();
    let (_, country) = super::scope::COUNTRY_CODES
        .iter()
        .find(|(code, _)| *code == folded)?;
    Some(
        country
            .split(' ')
            .map(|w| match w {
                "of" | "the" | "and" => w.to_string(),
                _ => {
                    let mut c = w.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect())
                        .unwrap_or_default()
                }
            })
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// A place name in one form: settlement words dropped, other place words written
/// once after the name ([`PLACE_WORDS`]). Names without such words, and names that
/// would be left empty, are kept as written.
fn place_form(name: &str) -> String {
    let words: smallvec::SmallVec<[&str; 8]> = name.split_whitespace().collect();
    if words.len() < 2 {
        return name.to_string();
    }
    let place_word = |w: &str| {
        let w = Lowered::of(w);
        PLACE_WORDS
            .iter()
            .find(|(p, _)| w.is_place_word(p))
            .copied()
    };
    // "the" and "of" are dropped only from a name that has a place word
    if !words
        .iter()
        .any(|w| place_word(w).is_some_and(|(p, _)| p != "the" && p != "of"))
    {
        return name.to_string();
    }
    let mut kept: smallvec::SmallVec<[&str; 8]> = smallvec::SmallVec::new();
    let mut marker = "";
    for w in &words {
        match place_word(w) {
            Some((_, m)) => {
                if !m.is_empty() {
                    marker = m;
                }
            }
            None => kept.push(w),
        }
    }
    if kept.is_empty() || kept.len() > 3 {
        return name.to_string();
    }
    let mut out = kept.join(" ");
    if !marker.is_empty() {
        out.push(' ');
        out.push_str(marker);
    }
    out
}

/// Titles and offices written before a person's name, dropped before names are
/// compared: "Governor Kapanaia" is "Kapanaia" (with the honorifics of
/// [`HONORIFICS`](crate::names::HONORIFICS)).
pub const PERSON_TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "president",
    "minister",
    "akim",
    "deputy",
    "mp",
    "governor",
    "mayor",
    "senator",
    "general",
    "former",
    "ex",
    "acting",
    "prime",
];

/// A name without the titles before it (at least one word is kept).
fn without_titles(name: &str) -> std::borrow::Cow<'_, str> {
    let is_title = |w: &str| {
        let w = Lowered::of(w.trim_end_matches('.'));
        PERSON_TITLES
            .iter()
            .chain(crate::names::HONORIFICS)
            .any(|t| w.is(t))
    };
    if !name.split_whitespace().next().is_some_and(is_title) {
        return std::borrow::Cow::Borrowed(name);
    }
    let words: smallvec::SmallVec<[&str; 8]> = name.split_whitespace().collect();
    let titles = words.iter().take_while(|w| is_title(w)).count();
    if titles >= words.len() {
        return std::borrow::Cow::Borrowed(name);
    }
    std::borrow::Cow::Owned(words[titles..].join(" "))
}

/// The articles written before a name, one documented table: "the Democratic Light"
/// is the party "Democratic Light". Dropped before names are compared when written in
/// lower case and followed by two words or more: the article is then the writer's
/// grammar, not part of the name, and a name parsed with it (as a person whose given
/// name is "the") is never even compared with the name without it. A capital "The"
/// opens a name as it is catalogued (The Galena Territory is not Galena) and is kept.
/// Before one word the article is kept too: "the Novovka" is how English names a river
/// or a lake, not a town, and the place rules read it so
/// ([`FEATURE_KINDS`](super::FEATURE_KINDS)).
pub const NAME_ARTICLES: &[&str] = &["the"];

/// A name without an article in lower case before two words or more
/// ([`NAME_ARTICLES`]), unless a word of [`PLACE_WORDS`] follows.
fn without_article(name: &str) -> &str {
    let name = name.trim_start();
    let Some((first, rest)) = name.split_once(char::is_whitespace) else {
        return name;
    };
    let rest = rest.trim_start();
    // a name with a place word is left to the place form, which reads "the" itself
    // ("the Karaganda region"; "The Village of Indian Hill" is not Indian Hill)
    let place_word = |w: &str| {
        let w = Lowered::of(w);
        PLACE_WORDS
            .iter()
            .any(|(p, _)| *p != "the" && *p != "of" && w.is_place_word(p))
    };
    if rest.split_whitespace().nth(1).is_some()
        && NAME_ARTICLES.contains(&first)
        && !rest.split_whitespace().any(place_word)
    {
        rest
    } else {
        name
    }
}

/// True when `word` in lowercase (Unicode's full mapping) is `lower`, without
/// building the lowercase form.
fn lowercase_is(word: &str, lower: &str) -> bool {
    if word.is_ascii() {
        // ASCII lowercases byte for byte
        word.len() == lower.len()
            && word
                .bytes()
                .zip(lower.bytes())
                .all(|(a, b)| a.to_ascii_lowercase() == b)
    } else {
        word.chars().flat_map(char::to_lowercase).eq(lower.chars())
    }
}

/// Where `", {word} "` first occurs in `text`, with ASCII letters compared regardless
/// of case (`text` is either lowercase already or ASCII; `word` is lowercase ASCII).
fn link_marker_at(text: &str, word: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    // ", " cannot overlap itself, so every occurrence is visited
    text.match_indices(", ").map(|(at, _)| at).find(|&at| {
        let rest = &bytes[at + 2..];
        rest.len() > word.len()
            && rest[..word.len()].eq_ignore_ascii_case(word.as_bytes())
            && rest[word.len()] == b' '
    })
}

/// True when a text can be a name: letters, and not only a generic word or a year.
fn is_a_name(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && t.chars().any(char::is_alphabetic)
        && !t.chars().any(|c| c.is_ascii_digit())
        && !NOT_A_NAME.contains(&t.to_lowercase().trim_end_matches('.'))
}

/// An acronym as written: one word of capitals, dots allowed (OSCE, N.S.D.P.).
fn is_acronym(text: &str) -> bool {
    // counted as it goes, without collecting the letters
    let mut letters = 0usize;
    for c in text.chars().filter(|c| *c != '.') {
        letters += 1;
        if letters > 8 || !(c.is_uppercase() || c.is_ascii_digit()) {
            return false;
        }
    }
    letters >= 2
}

/// Mentions the registry could not place, in order of first sight, with the names
/// each gives (the main one first).
#[derive(Default)]
struct Unresolved<'a> {
    slots: IndexMap<&'a str, (), foldhash::fast::RandomState>,
    names: Vec<Vec<(String, &'static str)>>,
    /// The parsed key of each slot's main name, when that name is the mention as
    /// written: parsed once for the registry, reused by the clustering.
    keys: Vec<Option<NameKey>>,
}

/// What the surname step needs to know of one name.
#[derive(Debug, Clone, Default)]
struct NameShape {
    /// The surname's variant key, for a person's name.
    surname: Option<String>,
    /// True when the name has a given name written out (not an initial).
    full: bool,
    /// The first letter of the given name or initial, if any.
    initial: Option<char>,
    /// For a person's full name whose order the parser only guessed ("Bidzina
    /// Bokeria", read either way), the other reading: the given name's key as a
    /// surname, and the first letter of the surname as its initial. Only a name that
    /// reads as a person's ([`NameKind::Person`]) has one: the first word of a name of
    /// no known kind ("Grand Saline", "Kent City") is seldom a surname.
    other_reading: Option<(String, Option<char>)>,
}

impl NameShape {
    fn of(key: &NameKey) -> NameShape {
        // a name qualified by a region ("Clinton, Iowa") or carrying a generic place
        // word ("Port Clinton", "North Perry") names a place: it is neither a bare
        // surname nor a bearer of one
        if matches!(key.kind, NameKind::Organisation | NameKind::AdminArea)
            || key.acronym
            || key.region.is_some()
            || key.place_words != 0
        {
            return NameShape::default();
        }
        let given = key.parts(Role::Given).next();
        let initial = key.parts(Role::Initial).next();
        // a lone word that is not known to be anything else stands for a surname
        let lone = (key.len() == 1)
            .then(|| key.token(0))
            .flatten()
            .filter(|t| t.role != Role::Generic)
            .map(|t| t.key.to_string());
        let surname = key.surname();
        let other_reading = match (given, surname) {
            // (not a place the place form wrote "X lake", "X river")
            (Some(g), Some(s))
                if !key.surname_certain
                    && key.kind == NameKind::Person
                    && !key.tokens().any(|t| {
                        PLACE_WORDS
                            .iter()
                            .any(|(_, marker)| !marker.is_empty() && t.folded == *marker)
                    }) =>
            {
                Some((g.key.to_string(), s.folded.chars().next()))
            }
            _ => None,
        };
        NameShape {
            surname: surname.map(|s| s.key.to_string()).or(lone),
            full: given.is_some(),
            initial: given.or(initial).and_then(|t| t.folded.chars().next()),
            other_reading,
        }
    }
}

/// Resolves the subject of every claim: each distinct mention once, through the
/// registry; the rest clustered among themselves, then linked by what the data says
/// (names in parentheses, "also known as", "formerly", bare surnames). Every name
/// decision uses `matcher`.
pub(super) fn resolve_subjects(
    stored: &[Stored],
    mention_count: usize,
    registry: &Registry,
    matcher: &dyn NameMatcher,
) -> Subjects {
    let mut possible = PossibleMatches::new();
    let mut registry_links = HashMap::new();
    let (mut of_mention, unresolved) = resolve_through_registry(
        stored,
        mention_count,
        registry,
        matcher,
        &mut possible,
        &mut registry_links,
    );
    let (clustering, slot_cluster, mut links, surname_bearers) =
        cluster_unresolved(unresolved, matcher);
    links.extend(registry_links);
    for subject in of_mention.iter_mut().flatten() {
        if let Subject::Cluster(slot) = subject {
            *slot = slot_cluster.get(*slot).copied().unwrap_or(usize::MAX);
        }
    }
    for link in &clustering.possible {
        let (a, b) = (
            &clustering.clusters[link.a].representative,
            &clustering.clusters[link.b].representative,
        );
        if a == b {
            continue;
        }
        possible
            .entry((SmolStr::new(b), SmolStr::new(a)))
            .or_insert((link.score, Vec::new()));
    }
    attach_claims(stored, mention_count, &mut possible);
    Subjects {
        // every mention of a claim was resolved above
        of_mention: of_mention
            .into_iter()
            .map(|s| s.unwrap_or(Subject::Cluster(usize::MAX)))
            .collect(),
        clustering,
        possible,
        links,
        surname_bearers,
    }
}

/// Step 1: each distinct mention key resolved once, on first sight, through the
/// registry (or through another name it gives: in parentheses, "formerly", or a
/// `formerly` qualifier of any of its claims). A mention the registry does not know
/// holds a slot among the unresolved until clustering says which cluster it joins;
/// its near misses are noted for review.
fn resolve_through_registry<'a>(
    stored: &'a [Stored],
    mention_count: usize,
    registry: &Registry,
    matcher: &dyn NameMatcher,
    possible: &mut PossibleMatches,
    links: &mut HashMap<SmolStr, DataLink>,
) -> (Vec<Option<Subject>>, Unresolved<'a>) {
    // the `formerly` qualifiers of each mention's claims
    let mut formerly: HashMap<u32, Vec<&str>> = HashMap::new();
    for Stored { claim: c, keys } in stored {
        if let Some(f) = c.formerly() {
            let seen = formerly.entry(keys.mention).or_default();
            if !seen.contains(&f) {
                seen.push(f);
            }
        }
    }
    // the registry's people by surname, for bare surnames
    let mut registry_bearers: HashMap<String, Vec<&str>> = HashMap::new();
    for e in registry.entities() {
        for name in e.all_names() {
            let shape = NameShape::of(&NameKey::parse(name));
            if let (Some(s), true) = (shape.surname, shape.full) {
                let names = registry_bearers.entry(s).or_default();
                if !names.contains(&e.name.as_str()) {
                    names.push(e.name.as_str());
                }
            }
        }
    }
    let mut of_mention: Vec<Option<Subject>> = vec![None; mention_count];
    let mut unresolved = Unresolved::default();
    for Stored { claim: c, keys } in stored {
        let m = keys.mention as usize;
        if of_mention[m].is_some() {
            continue;
        }
        let (main, mut others) = names_in(&c.subject);
        for f in formerly.get(&keys.mention).into_iter().flatten() {
            if is_a_name(f) && !others.iter().any(|(o, _)| o == f) {
                others.push((f.to_string(), FORMERLY_QUALIFIER));
            }
        }
        // the key is read by the registry, and kept for the clustering when the mention
        // is its own main name: without entities, a mention written with a title, an
        // article or a name in parentheses is clustered by its main name alone, and
        // its own key is not built
        let own_main = main.as_str() == c.subject.as_str();
        let key = (own_main || !registry.is_empty()).then(|| NameKey::parse(&c.subject));
        let mut r = match &key {
            Some(key) => registry.resolve_key_with(key, matcher),
            None => Resolution::Unresolved { possible: vec![] },
        };
        if matches!(r, Resolution::Unresolved { .. })
            && (main != c.subject.trim() || !others.is_empty())
        {
            for name in std::iter::once(main.as_str()).chain(others.iter().map(|(o, _)| o.as_str()))
            {
                if let hint @ Resolution::Entity { .. } = registry.resolve_with(name, matcher) {
                    r = hint;
                    break;
                }
            }
        }
        if matches!(r, Resolution::Unresolved { .. })
            && !registry_bearers.is_empty()
            && let Some(key) = &key
            && let shape = NameShape::of(key)
            && !shape.full
            && let Some(surname) = &shape.surname
            && let Some([only]) = registry_bearers.get(surname).map(Vec::as_slice)
            && shape
                .initial
                .is_none_or(|i| only.to_lowercase().starts_with(i))
            && let found @ Resolution::Entity { .. } = registry.resolve_with(only, matcher)
        {
            links.insert(
                c.subject.clone(),
                DataLink {
                    mention: c.subject.clone(),
                    to: SmolStr::new(*only),
                    reason: lone_word_reason(&c.subject),
                },
            );
            r = found;
        }
        of_mention[m] = Some(match r {
            Resolution::Entity { id, .. } => Subject::Entity(id),
            Resolution::Unresolved { possible: near } => {
                for candidate in near {
                    let entry = possible
                        .entry((
                            c.subject.clone(),
                            SmolStr::new(&registry.entity(candidate.entity).name),
                        ))
                        .or_insert((candidate.score, Vec::new()));
                    entry.0 = entry.0.max(candidate.score);
                }
                let (slot, added) = unresolved.slots.insert_full(c.subject.as_str(), ());
                if added.is_none() {
                    unresolved.keys.push(key.filter(|_| own_main));
                    let mut names = vec![(main, "")];
                    names.extend(others);
                    unresolved.names.push(names);
                }
                Subject::Cluster(slot)
            }
        });
    }
    (of_mention, unresolved)
}

/// What step 2 gives: the clustering, each unresolved mention's cluster, the links
/// made, and the bare-surname clusters left apart with their bearers' clusters.
type Clustered = (
    Clustering,
    Vec<usize>,
    HashMap<SmolStr, DataLink>,
    HashMap<usize, Vec<usize>>,
);

/// Step 2: the names of the mentions the registry does not know, clustered among
/// themselves; then the clusters of names one mention gives are joined (an acronym
/// only when it stands for one cluster alone), and a bare surname joins the one
/// cluster whose full names bear it. Returns the clustering (each cluster's members
/// being name indices), each unresolved mention's cluster, the links made, and the
/// bare-surname clusters left apart with their bearers' clusters.
fn cluster_unresolved(unresolved: Unresolved<'_>, matcher: &dyn NameMatcher) -> Clustered {
    // every distinct name, and which mention slots give it
    let mut names: IndexMap<&str, (), foldhash::fast::RandomState> = IndexMap::default();
    let mut slot_names: Vec<Vec<(usize, &'static str)>> =
        Vec::with_capacity(unresolved.names.len());
    // the keys already parsed, by name index
    let mut parsed: Vec<Option<NameKey>> = Vec::new();
    let mut stash = unresolved.keys;
    for (slot, given) in unresolved.names.iter().enumerate() {
        slot_names.push(
            given
                .iter()
                .enumerate()
                .map(|(at, (n, reason))| {
                    let (i, _) = names.insert_full(n.as_str(), ());
                    if parsed.len() <= i {
                        parsed.resize_with(i + 1, || None);
                    }
                    if at == 0 && parsed[i].is_none() {
                        parsed[i] = stash.get_mut(slot).and_then(Option::take);
                    }
                    (i, *reason)
                })
                .collect(),
        );
    }
    let list: Vec<&str> = names.keys().copied().collect();
    // the names some mention wrote with a settlement word ("X city")
    let mut settlement = vec![false; list.len()];
    for (slot, given) in slot_names.iter().enumerate() {
        if let (Some(&(main, _)), Some(mention)) = (given.first(), unresolved.slots.get_index(slot))
            && has_settlement_word(mention.0)
        {
            settlement[main] = true;
        }
    }
    let mut shapes: Vec<NameShape> = vec![NameShape::default(); list.len()];
    let mut place_shapes: Vec<PlaceShape> = vec![PlaceShape::default(); list.len()];
    let mut clustering = cluster_parsed(matcher, &list, |i| {
        let key = parsed
            .get_mut(i)
            .and_then(Option::take)
            .unwrap_or_else(|| NameKey::parse(list[i]));
        shapes[i] = NameShape::of(&key);
        place_shapes[i] = PlaceShape::of(list[i], &key, settlement[i]);
        key
    });
    let n = clustering.clusters.len();
    let mut joined = Joined::new(n);
    let cluster_of = |name: usize| clustering.assignment.get(name).copied().unwrap_or(0);
    let mut links: HashMap<SmolStr, DataLink> = HashMap::new();
    let slots: Vec<&str> = unresolved.slots.keys().copied().collect();
    // names given together: full names first, acronyms when they point one way only
    let partners = link_partners(&slot_names, &list, cluster_of);
    let mut acronym_targets: HashMap<usize, Vec<usize>> = HashMap::new();
    for (slot, given) in slot_names.iter().enumerate() {
        let Some(&(main, _)) = given.first() else {
            continue;
        };
        for &(other, reason) in &given[1..] {
            let (a, b) = (cluster_of(main), cluster_of(other));
            if is_acronym(list[other]) || is_acronym(list[main]) {
                let (acr, full) = if is_acronym(list[other]) {
                    (b, a)
                } else {
                    (a, b)
                };
                acronym_targets.entry(acr).or_default().push(full);
                continue;
            }
            // two clusters that are each given together with many other names are
            // both ambiguous (names that several entities bear): joining them would
            // chain namesakes into one entity
            let few = |c: usize| {
                partners
                    .get(&c)
                    .is_none_or(|p| p.len() <= MAX_SHARED_PARTNERS)
            };
            let unambiguous = few(a) || few(b);
            if unambiguous && joined.join(a, b) {
                links.entry(SmolStr::new(slots[slot])).or_insert(DataLink {
                    mention: SmolStr::new(list[other]),
                    to: SmolStr::new(list[main]),
                    reason,
                });
            }
        }
    }
    let mut acronyms: Vec<(usize, Vec<usize>)> = acronym_targets.into_iter().collect();
    acronyms.sort_unstable();
    for (acr, targets) in acronyms {
        let mut roots: Vec<usize> = targets.iter().map(|&t| joined.root(t)).collect();
        roots.sort_unstable();
        roots.dedup();
        if let [only] = roots[..]
            && joined.join(acr, only)
        {
            let (from, to) = (
                &clustering.clusters[acr].representative,
                &clustering.clusters[only].representative,
            );
            links
                .entry(SmolStr::new(from.as_str()))
                .or_insert(DataLink {
                    mention: SmolStr::new(from.as_str()),
                    to: SmolStr::new(to.as_str()),
                    reason: PARENTHESES,
                });
        }
    }
    let bare = link_bare_surnames(&clustering, &list, &shapes, &mut joined, &mut links);
    link_bare_places(&clustering, &list, &place_shapes, &mut joined, &mut links);
    move_names(&mut clustering, &list, &bare.moves);
    let main_cluster: Vec<usize> = slot_names
        .iter()
        .map(|given| {
            given.first().map_or(usize::MAX, |&(main, _)| {
                clustering.assignment.get(main).copied().unwrap_or(0)
            })
        })
        .collect();
    // each cluster's members become its root's; the root keeps its representative
    let roots: Vec<usize> = (0..n).map(|c| joined.root(c)).collect();
    for (c, &r) in roots.iter().enumerate() {
        if c != r {
            let moved = std::mem::take(&mut clustering.clusters[c].members);
            clustering.clusters[r].members.extend(moved);
        }
    }
    for a in clustering.assignment.iter_mut() {
        *a = roots.get(*a).copied().unwrap_or(*a);
    }
    clustering.possible.retain(|l| {
        roots[l.a] != roots[l.b]
            && !clustering.clusters[roots[l.a]].members.is_empty()
            && !clustering.clusters[roots[l.b]].members.is_empty()
    });
    for l in clustering.possible.iter_mut() {
        (l.a, l.b) = (roots[l.a], roots[l.b]);
    }
    let mut slot_cluster: Vec<usize> = main_cluster
        .into_iter()
        .map(|c| roots.get(c).copied().unwrap_or(usize::MAX))
        .collect();
    // works that share a title, told apart by their catalogued year and subtitle
    split_editions(&slots, &mut clustering, &mut slot_cluster);
    // a cluster left apart as a bare surname stays one only while every name in it
    // is a bare surname: one joined since to a full name (or a place) is resolved
    let mut only_bare = vec![true; n];
    for (name, shape) in shapes.iter().enumerate() {
        if shape.surname.is_none() || shape.full {
            let c = clustering.assignment.get(name).copied().unwrap_or(0);
            if let Some(flag) = only_bare.get_mut(c) {
                *flag = false;
            }
        }
    }
    let mut surname_bearers: HashMap<usize, Vec<usize>> = HashMap::new();
    for (bare, bearers) in bare.apart {
        let bare = roots[bare];
        if !only_bare[bare] || clustering.clusters[bare].members.is_empty() {
            continue;
        }
        let mut bearers: Vec<usize> = bearers.into_iter().map(|b| roots[b]).collect();
        bearers.sort_unstable();
        bearers.dedup();
        bearers.retain(|&b| b != bare);
        if bearers.len() >= 2 {
            let known = surname_bearers.entry(bare).or_default();
            known.extend(bearers);
            known.sort_unstable();
            known.dedup();
        }
    }
    (clustering, slot_cluster, links, surname_bearers)
}

/// For each cluster, the other clusters that its names are given together with
/// (acronyms aside, as they have their own rule), each once, in order of first sight.
fn link_partners(
    slot_names: &[Vec<(usize, &'static str)>],
    list: &[&str],
    cluster_of: impl Fn(usize) -> usize,
) -> HashMap<usize, Vec<usize>> {
    let mut partners: HashMap<usize, Vec<usize>> = HashMap::new();
    for given in slot_names {
        let Some(&(main, _)) = given.first() else {
            continue;
        };
        for &(other, _) in &given[1..] {
            let (a, b) = (cluster_of(main), cluster_of(other));
            if a == b || is_acronym(list[other]) || is_acronym(list[main]) {
                continue;
            }
            for (x, y) in [(a, b), (b, a)] {
                let p = partners.entry(x).or_default();
                if !p.contains(&y) {
                    p.push(y);
                }
            }
        }
    }
    partners
}

/// What [`link_bare_surnames`] decided: the bare names that go to their only bearer,
/// and the bare-surname clusters left apart with their bearers.
struct BareSurnames {
    /// (name, the bearer's cluster) of each bare name placed with its only bearer.
    moves: Vec<(usize, usize)>,
    /// Clusters holding bare names with two bearers or more, with those bearers.
    apart: Vec<(usize, Vec<usize>)>,
}

/// Each name that is only a surname (with or without an initial), in a cluster of such
/// names, goes to the one cluster whose full names bear that surname (and that
/// initial), when there is exactly one. When every such name of its cluster has the
/// same only bearer, the whole cluster joins it, its spellings that no full name
/// bears with it. Otherwise each name moves alone: a cluster can hold "Smith" beside
/// "A. Smith", and the one bearer of the initial does not make the bare surname's
/// several bearers one. With two bearers or more the name stays apart, a possible
/// match, and its cluster is returned with the clusters of its bearers (those of its
/// initial, when it has one).
fn link_bare_surnames(
    clustering: &Clustering,
    list: &[&str],
    shapes: &[NameShape],
    joined: &mut Joined,
    links: &mut HashMap<SmolStr, DataLink>,
) -> BareSurnames {
    let mut found_bare = BareSurnames {
        moves: Vec::new(),
        apart: Vec::new(),
    };
    // the clusters with a full name, by surname
    let mut bearers: HashMap<&str, Vec<(usize, Option<char>)>> = HashMap::new();
    let mut has_full = vec![false; clustering.clusters.len()];
    for (name, shape) in shapes.iter().enumerate() {
        let c = clustering.assignment.get(name).copied().unwrap_or(0);
        if let (Some(s), true) = (&shape.surname, shape.full) {
            has_full[c] = true;
            let root = joined.root(c);
            // a name read in either order bears either word as a surname
            let other = shape.other_reading.as_ref().map(|(o, i)| (o.as_str(), *i));
            for (surname, initial) in std::iter::once((s.as_str(), shape.initial)).chain(other) {
                let entry = bearers.entry(surname).or_default();
                if !entry.contains(&(root, initial)) {
                    entry.push((root, initial));
                }
            }
        }
    }
    // each bare name's decision, by its cluster: its only bearer (`Err`), or its
    // bearers when it has several (`Ok`)
    let mut decided: Vec<(usize, usize, Result<Vec<usize>, usize>)> = Vec::new();
    for (name, shape) in shapes.iter().enumerate() {
        let c = clustering.assignment.get(name).copied().unwrap_or(0);
        let Some(surname) = &shape.surname else {
            continue;
        };
        if shape.full || has_full[joined.root(c)] || has_full[c] {
            continue;
        }
        let Some(found) = bearers.get(surname.as_str()) else {
            continue;
        };
        let mut roots: Vec<usize> = found
            .iter()
            .filter(|(_, i)| shape.initial.is_none() || *i == shape.initial)
            .map(|&(r, _)| joined.root(r))
            .collect();
        roots.sort_unstable();
        roots.dedup();
        // every bearer of the surname counts, whatever its initial
        let mut all: Vec<usize> = found.iter().map(|&(r, _)| joined.root(r)).collect();
        all.sort_unstable();
        all.dedup();
        if let ([only], true) = (&roots[..], shape.initial.is_some() || all.len() == 1) {
            decided.push((c, name, Err(*only)));
        } else if shape.initial.is_some() && roots.len() >= 2 {
            decided.push((c, name, Ok(roots)));
        } else if shape.initial.is_none() && all.len() >= 2 {
            decided.push((c, name, Ok(all)));
        }
    }
    // cluster by cluster: when every name with a bearer has the same only bearer, the
    // whole cluster joins it (its other spellings with it); otherwise each name with
    // an only bearer goes to it alone and the cluster stays apart
    decided.sort_by_key(|&(c, name, _)| (c, name));
    for one in decided.chunk_by(|a, b| a.0 == b.0) {
        let c = one[0].0;
        let mut only: Vec<usize> = one
            .iter()
            .filter_map(|(_, _, d)| d.as_ref().err().copied())
            .collect();
        only.sort_unstable();
        only.dedup();
        let whole = only.len() == 1 && one.iter().all(|(_, _, d)| d.is_err());
        if whole {
            joined.join(c, only[0]);
        }
        for (_, name, decision) in one {
            match decision {
                Err(to) => {
                    if !whole {
                        found_bare.moves.push((*name, *to));
                    }
                    links.entry(SmolStr::new(list[*name])).or_insert(DataLink {
                        mention: SmolStr::new(list[*name]),
                        to: SmolStr::new(clustering.clusters[*to].representative.as_str()),
                        reason: lone_word_reason(list[*name]),
                    });
                }
                Ok(bearers) => found_bare.apart.push((c, bearers.clone())),
            }
        }
    }
    found_bare
}

/// Moves each name of `moves` out of its cluster into the one given, and names a
/// cluster left with other names after one of its own: the first left.
fn move_names(clustering: &mut Clustering, list: &[&str], moves: &[(usize, usize)]) {
    let mut touched: Vec<usize> = Vec::new();
    for &(name, to) in moves {
        let Some(&from) = clustering.assignment.get(name) else {
            continue;
        };
        if from == to || to >= clustering.clusters.len() {
            continue;
        }
        clustering.clusters[from].members.retain(|&m| m != name);
        let members = &mut clustering.clusters[to].members;
        if let Err(at) = members.binary_search(&name) {
            members.insert(at, name);
        }
        clustering.assignment[name] = to;
        touched.push(from);
    }
    touched.sort_unstable();
    touched.dedup();
    for c in touched {
        let cluster = &mut clustering.clusters[c];
        let gone = !cluster
            .members
            .iter()
            .any(|&m| list.get(m) == Some(&cluster.representative.as_str()));
        if gone && let Some(&first) = cluster.members.first() {
            cluster.representative = list.get(first).map(|s| s.to_string()).unwrap_or_default();
        }
    }
}

/// Step 3: the claims behind each possible match, in store order. Whether a
/// mention is in any possible match is asked once per mention key, not per claim.
fn attach_claims(stored: &[Stored], mention_count: usize, possible: &mut PossibleMatches) {
    if possible.is_empty() {
        return;
    }
    // the possible matches of each mention text
    let mut of_text: HashMap<SmolStr, Vec<usize>> = HashMap::new();
    for (i, (mention, _)) in possible.keys().enumerate() {
        of_text.entry(mention.clone()).or_default().push(i);
    }
    // the possible matches of each mention key, looked up at its first claim
    let mut of_key: Vec<Option<Option<&[usize]>>> = vec![None; mention_count];
    let mut found: Vec<Vec<SmolStr>> = vec![Vec::new(); possible.len()];
    for Stored { claim: c, keys } in stored {
        let lookup = || of_text.get(c.subject.as_str()).map(Vec::as_slice);
        let entries = match of_key.get_mut(keys.mention as usize) {
            Some(memo) => *memo.get_or_insert_with(lookup),
            None => lookup(),
        };
        for &i in entries.into_iter().flatten() {
            found[i].push(c.id.clone());
        }
    }
    for ((_, (_, ids)), found) in possible.iter_mut().zip(found) {
        ids.extend(found);
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::names::Hybrid;
    use crate::store::ClaimStore;

    /// A store of one claim per subject mention, in the order given.
    pub(in crate::reconcile) fn store(subjects: &[&str]) -> ClaimStore {
        let jsonl: Vec<String> = subjects
            .iter()
            .map(|s| {
                format!(
                    r#"{{"source":"S","published":"2021-01-10","subject":"{s}","predicate":"p","value":"1"}}"#
                )
            })
            .collect();
        ClaimStore::from_jsonl(jsonl.join("\n").as_bytes()).unwrap()
    }

    /// The subjects of the store's mentions, with the default matcher.
    pub(in crate::reconcile) fn subjects(store: &ClaimStore, registry: &Registry) -> Subjects {
        let counts = store.key_counts();
        resolve_subjects(
            store.entries(),
            counts.mentions,
            registry,
            &Hybrid::default(),
        )
    }

    #[test]
    fn known_names_resolve_and_unknown_ones_cluster() {
        let registry = Registry::from_json(r#"[{"name":"Nur Otan","kind":"party"}]"#).unwrap();
        let s = store(&["Nour Otan", "Kassym-Jomart Tokayev", "Qasym-Zhomart Toqaev"]);
        let found = subjects(&s, &registry);
        let of = |i: usize| found.of_mention[s.entries()[i].keys.mention as usize];
        assert!(matches!(of(0), Subject::Entity(_)));
        assert_eq!(of(1), of(2));
        assert!(matches!(of(1), Subject::Cluster(_)));
    }

    #[test]
    fn a_country_code_in_capitals_groups_with_the_country_written_out() {
        let s = store(&[
            "United States",
            "US",
            "U.S.A.",
            "UK",
            "United Kingdom",
            "US Steel",
            "us",
        ]);
        let found = subjects(&s, &Registry::new());
        let of = |i: usize| found.of_mention[s.entries()[i].keys.mention as usize];
        assert_eq!(of(0), of(1));
        assert_eq!(of(0), of(2));
        assert_eq!(of(3), of(4));
        assert_ne!(of(0), of(3));
        // a code inside a longer name, or in lower case, is not the country
        assert_ne!(of(5), of(0));
        assert_ne!(of(6), of(0));
        assert_eq!(
            country_of_code("DRC").as_deref(),
            Some("Democratic Republic of the Congo")
        );
        assert_eq!(country_of_code("USSR"), None);
    }

    #[test]
    fn a_bare_surname_joins_its_only_bearer_and_stays_apart_with_two() {
        let s = store(&["Nursultan Nazarbayev", "Nazarbayev", "Dariga Nazarbayeva"]);
        let found = subjects(&s, &Registry::new());
        let of = |i: usize| found.of_mention[s.entries()[i].keys.mention as usize];
        assert_eq!(of(0), of(1));
        assert_ne!(of(0), of(2));
        assert_eq!(found.links["Nazarbayev"].reason, ONLY_BEARER);
        // a country's short name joins its formal name by the same rule, but is said
        // to be what it is
        let s = store(&["Republic of Kazakhstan", "Kazakhstan"]);
        let found = subjects(&s, &Registry::new());
        assert_eq!(found.links["Kazakhstan"].reason, COUNTRY_SHORT_NAME);
        // two bearers: a possible match, with its claims
        let s = store(&["Nursultan Nazarbayev", "Bolat Nazarbayev", "Nazarbayev"]);
        let found = subjects(&s, &Registry::new());
        let of = |i: usize| found.of_mention[s.entries()[i].keys.mention as usize];
        assert_ne!(of(2), of(0));
        assert_ne!(of(2), of(1));
        let (_, (_, claims)) = found
            .possible
            .iter()
            .find(|((m, _), _)| m == "Nazarbayev")
            .expect("a possible match");
        assert_eq!(claims, &["3"]);
        // a name the parser reads in either order bears either word: two bearers
        let s = store(&["Irakli Bokeria", "Bidzina Bokeria", "Bokeria"]);
        let found = subjects(&s, &Registry::new());
        let of = |i: usize| found.of_mention[s.entries()[i].keys.mention as usize];
        assert_ne!(of(2), of(0));
        assert_ne!(of(2), of(1));
        // the registry's only bearer
        let registry =
            Registry::from_json(r#"[{"name":"Nursultan Nazarbayev","kind":"person"}]"#).unwrap();
        let s = store(&["Mr Nazarbayev"]);
        let found = subjects(&s, &registry);
        assert!(matches!(found.of_mention[0], Subject::Entity(_)));
    }

    #[test]
    fn a_place_is_neither_a_bare_surname_nor_its_bearer() {
        // "Clinton, Iowa" is one word and a region, "Port Clinton" a place word and
        // a word: no surname links them, and the two Clintons stay two places
        let s = store(&["Port Clinton", "Clinton, Iowa", "Clinton, Indiana"]);
        let found = subjects(&s, &Registry::new());
        let of = |i: usize| found.of_mention[s.entries()[i].keys.mention as usize];
        assert_ne!(of(1), of(0));
        assert_ne!(of(2), of(0));
        assert_ne!(of(1), of(2));
        assert!(found.links.is_empty(), "{:?}", found.links);
    }

    #[test]
    fn names_given_together_link_their_clusters() {
        let s = store(&[
            "Bright Path (Ak Zhol)",
            "Ak Zhol",
            "Bright Path",
            "People's Party of Kazakhstan (QHP)",
            "QHP",
            "Steppe Union, also known as Dala Odagy",
            "Dala Odagy",
            "Amanat (formerly Nur Otan)",
            "Nur Otan",
        ]);
        let found = subjects(&s, &Registry::new());
        let of = |i: usize| found.of_mention[s.entries()[i].keys.mention as usize];
        assert_eq!(of(0), of(1));
        assert_eq!(of(0), of(2));
        assert_eq!(of(3), of(4));
        assert_eq!(of(5), of(6));
        assert_eq!(of(7), of(8));
        assert_ne!(of(0), of(3));
        assert_eq!(
            names_in("Borders and Parties (1995)").0,
            "Borders and Parties"
        );
        assert_eq!(names_in("the town of Karabulak").0, "Karabulak");
        assert_eq!(names_in("Lake Karazhar").0, "Karazhar lake");
        assert_eq!(names_in("Karazhar köli").0, "Karazhar lake");
        assert_eq!(names_in("Governor Kapanaia").0, "Kapanaia");
        // an article is the writer's habit, not part of the name
        assert_eq!(names_in("the Democratic Light").0, "Democratic Light");
        assert_eq!(
            names_in("the Native Social Accord").0,
            "Native Social Accord"
        );
        // a capital article is part of the name as catalogued
        assert_eq!(names_in("The Galena Territory").0, "The Galena Territory");
        // before one word it says a river or a lake, for the place rules
        assert_eq!(names_in("the Novovka").0, "the Novovka");
        assert_eq!(names_in("the Novovka River").0, "Novovka river");
        assert_eq!(names_in("the").0, "the");
        // "g." is gorod only in lower case: a capital with a dot is an initial
        assert_eq!(names_in("g. Krasnogorodok").0, "Krasnogorodok");
        assert_eq!(names_in("G. Belkov").0, "G. Belkov");
        assert_eq!(names_in("G. I. Krylov").0, "G. I. Krylov");
    }

    #[test]
    fn a_state_or_a_country_in_parentheses_places_the_name_and_links_nothing() {
        let s = store(&[
            "Portland (Oregon)",
            "Portland, Oregon",
            "Oregon",
            "Salem (Oregon)",
            "Salem, Massachusetts",
            "Georgia (country)",
            "Tbilisi (Georgia)",
        ]);
        let found = subjects(&s, &Registry::new());
        let of = |i: usize| found.of_mention[s.entries()[i].keys.mention as usize];
        assert_eq!(of(0), of(1));
        for (a, b) in [(0, 2), (0, 3), (2, 3), (3, 4), (5, 6)] {
            assert_ne!(of(a), of(b), "{a} {b}");
        }
        assert_eq!(
            names_in("Portland (Oregon)"),
            ("Portland, Oregon".to_string(), vec![])
        );
        assert_eq!(names_in("Tbilisi (Georgia)").1, vec![]);
        // a kind written to tell namesakes apart is no other name
        assert_eq!(names_in("Georgia (country)").1, vec![]);
        assert_eq!(names_in("Mercury (planet)").1, vec![]);
        // a translation in parentheses still links
        assert_eq!(names_in("Bright Path (Ak Zhol)").1.len(), 1);
    }

    #[test]
    fn works_that_share_a_title_stay_apart_by_year() {
        let s = store(&[
            "Power on the Caspian (2006)",
            "Power on the Caspian: A Survey (1996)",
            "Power on the Caspian: A Survey",
            "POWER ON THE CASPIAN (2006)",
            "Power on the Caspian",
        ]);
        let found = subjects(&s, &Registry::new());
        let of = |i: usize| found.of_mention[s.entries()[i].keys.mention as usize];
        assert_ne!(of(0), of(1));
        assert_eq!(of(1), of(2));
        assert_eq!(of(0), of(3));
        // the bare title fits both works: apart from each
        assert_ne!(of(4), of(0));
        assert_ne!(of(4), of(1));
        let Subject::Cluster(c) = of(1) else {
            panic!("a cluster");
        };
        assert_eq!(
            found.clustering.clusters[c].representative,
            "Power on the Caspian: A Survey (1996)"
        );
    }

    #[test]
    fn names_that_many_entities_bear_do_not_chain_namesakes_together() {
        let s = store(&[
            "Rural Unity (Selskoe Edinstvo)",
            "Rural Unity (Auyldyk Birlik)",
            "Rural Unity (Zhana Zher)",
            "Selskoe Edinstvo (Green Path)",
            "Selskoe Edinstvo (Bright Dawn)",
            "Auyldyk Birlik",
            "Green Path",
        ]);
        let found = subjects(&s, &Registry::new());
        let of = |i: usize| found.of_mention[s.entries()[i].keys.mention as usize];
        // each hub keeps the names only it is given with
        assert_eq!(of(1), of(5));
        assert_eq!(of(3), of(6));
        // two hubs with more than MAX_SHARED_PARTNERS partners each stay apart
        assert_ne!(of(0), of(3));
        assert_ne!(of(5), of(6));
    }

    #[test]
    fn the_chosen_matcher_decides_registry_lookups_too() {
        let registry =
            Registry::from_json(r#"[{"name":"Kassym-Jomart Tokayev","kind":"person"}]"#).unwrap();
        let s = store(&["Kassim-Jomart Tokayuv"]); // scores 0.96
        let strict = crate::names::HybridConfig::default().with_match_threshold(0.99);
        let counts = s.key_counts();
        let lenient = resolve_subjects(s.entries(), counts.mentions, &registry, &Hybrid::default());
        let strict = resolve_subjects(
            s.entries(),
            counts.mentions,
            &registry,
            &Hybrid::new(strict),
        );
        assert!(matches!(lenient.of_mention[0], Subject::Entity(_)));
        assert!(matches!(strict.of_mention[0], Subject::Cluster(_)));
    }
}
