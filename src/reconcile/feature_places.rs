//! A place named with and without its generic word: "Lake Akzhar" and "Akzhar", "the
//! Taldyterek region" and "Taldyterek". The place rules keep the two forms apart (in
//! general Lake Balkhash is not the town of Balkhash); this step joins them when the
//! data leaves one reading only, as a bare surname joins the one person bearing it.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use smol_str::SmolStr;

use super::subjects::{DataLink, Joined, Lowered, PLACE_WORDS};
use crate::names::{Clustering, NameKey, NameKind, Role};

/// The kinds of place whose generic word a writer may leave out, one documented
/// table: the markers [`PLACE_WORDS`] writes after a name ("Lake X", "X köli" → "X
/// lake"; "X Oblast" → "X region"). A bare name joins the one place of such a kind
/// spelt like it, unless the data also writes that name as a settlement ("X city",
/// "the town of X") or as places of two kinds (a lake and a river): then the bare
/// name could be either, and it stays apart.
pub const FEATURE_KINDS: &[&str] = &["lake", "river", "region", "district"];

/// The reason given when a bare name joins the place written with its generic word.
pub(super) const ONLY_FEATURE: &str =
    "the only place of this name among the names known, written with its generic word";

/// How one distinct name reads as a place.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) enum PlaceShape {
    /// Anything else: a person's full name, an organisation, a name of several words.
    #[default]
    Other,
    /// One word with no generic place word: its variant key.
    Bare(SmolStr),
    /// A name the data wrote with a settlement word ("X city", "City of X", "the town
    /// of X"): not a lake, a river or a region, whatever else is written alike.
    Settlement,
    /// A name written with the generic word of one of [`FEATURE_KINDS`]: the kind, and
    /// the variant keys of the name without it.
    Feature {
        /// The marker of [`FEATURE_KINDS`].
        kind: &'static str,
        /// The variant keys of the other words, separated by single spaces.
        root: SmolStr,
    },
}

impl PlaceShape {
    /// Reads a name in the one place form of [`PLACE_WORDS`] (`name`, parsed as
    /// `key`); `settlement` says whether the mention giving it carried a settlement
    /// word that the place form dropped.
    pub(super) fn of(name: &str, key: &NameKey, settlement: bool) -> PlaceShape {
        if settlement {
            return PlaceShape::Settlement;
        }
        if key.acronym || key.region.is_some() || key.kind == NameKind::Organisation {
            return PlaceShape::Other;
        }
        if let Some(kind) = FEATURE_KINDS.iter().find(|k| {
            name.len() > k.len() + 1
                && name.ends_with(*k)
                && name[..name.len() - k.len()].ends_with(' ')
        }) {
            // the place form wrote the generic word last
            let mut root: Vec<&str> = key.tokens().map(|t| t.key).collect();
            if key.tokens().last().is_some_and(|t| t.folded == *kind) {
                root.pop();
            }
            // a root of a generic word alone, or of more than three words, is no
            // place name the place form wrote
            if root.is_empty() || root.len() > 3 {
                return PlaceShape::Other;
            }
            return PlaceShape::Feature {
                kind,
                root: SmolStr::new(root.join(" ")),
            };
        }
        // "the X" of one word is bare too: English writes rivers and lakes so. One
        // word as written, whatever the parts the parser reads in it: "Kam”yanpil’",
        // whose apostrophe a writer typed as a quotation mark, is one word of two
        // parts, and its key is written as a feature's root is, the parts' keys
        // separated by single spaces
        let mut written = name.split_whitespace().filter(|w| !is_the_article(w));
        if written.next().is_none() || written.next().is_some() || key.place_words != 0 {
            return PlaceShape::Other;
        }
        let mut parts = key.tokens().filter(|t| t.folded != "the").peekable();
        if parts.peek().is_none() {
            return PlaceShape::Other;
        }
        let mut root = String::new();
        for t in parts {
            if t.role == Role::Initial {
                return PlaceShape::Other;
            }
            if !root.is_empty() {
                root.push(' ');
            }
            root.push_str(t.key);
        }
        PlaceShape::Bare(SmolStr::new(root))
    }
}

/// True when a word as written is the article "the", in any case.
fn is_the_article(word: &str) -> bool {
    word.eq_ignore_ascii_case("the")
}

/// True when a mention as written carries a word [`PLACE_WORDS`] drops as marking a
/// settlement ("city", "town", "village", "g." …), "the" and "of" aside.
pub(super) fn has_settlement_word(mention: &str) -> bool {
    let is_settlement_word = |w: &str| {
        let w = Lowered::of(w.trim_matches(|c: char| c == ',' || c == ';'));
        PLACE_WORDS
            .iter()
            .any(|(p, m)| m.is_empty() && *p != "the" && *p != "of" && w.is_place_word(p))
    };
    let mut words = mention.split_whitespace();
    // one word alone is a name, not a name with a settlement word
    match (words.next(), words.next()) {
        (Some(first), Some(second)) => {
            is_settlement_word(first) || is_settlement_word(second) || words.any(is_settlement_word)
        }
        _ => false,
    }
}

/// Joins each cluster of bare one-word names to the clusters of places of a
/// [`FEATURE_KINDS`] kind whose names, without their generic word, are spelt like one
/// of its names (equal variant keys), when those clusters are all of one kind (the
/// bare names, one name to the matcher, then tell that they are one place) and no
/// name of the bare cluster's group was written as a settlement or is anything but a
/// bare word. Records each link made, by the bare name.
pub(super) fn link_bare_places(
    clustering: &Clustering,
    list: &[&str],
    shapes: &[PlaceShape],
    joined: &mut Joined,
    links: &mut HashMap<SmolStr, DataLink>,
) {
    let cluster_of = |name: usize| clustering.assignment.get(name).copied().unwrap_or(0);
    // groups (joined roots) holding a name that is not a plain bare word
    let mut not_bare: HashSet<usize> = HashSet::new();
    // the groups of places of each kind, by the keys of their names without the word
    let mut features: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut kind_of: HashMap<usize, Vec<&'static str>> = HashMap::new();
    for (name, shape) in shapes.iter().enumerate() {
        let root = joined.root(cluster_of(name));
        match shape {
            PlaceShape::Bare(_) => {}
            PlaceShape::Feature { root: key, kind } => {
                not_bare.insert(root);
                let kinds = kind_of.entry(root).or_default();
                if !kinds.contains(kind) {
                    kinds.push(kind);
                }
                let found = features.entry(key.as_str()).or_default();
                if !found.contains(&root) {
                    found.push(root);
                }
            }
            PlaceShape::Settlement | PlaceShape::Other => {
                not_bare.insert(root);
            }
        }
    }
    if features.is_empty() {
        return;
    }
    // for each group of bare words, the feature groups spelt like one of its words
    let mut targets: Vec<(usize, Vec<usize>, usize)> = Vec::new();
    let mut at: HashMap<usize, usize> = HashMap::new();
    for (name, shape) in shapes.iter().enumerate() {
        let PlaceShape::Bare(key) = shape else {
            continue;
        };
        let root = joined.root(cluster_of(name));
        if not_bare.contains(&root) {
            continue;
        }
        let slot = *at.entry(root).or_insert_with(|| {
            targets.push((root, Vec::new(), name));
            targets.len() - 1
        });
        for &f in features.get(key.as_str()).into_iter().flatten() {
            let f = joined.root(f);
            if !targets[slot].1.contains(&f) {
                targets[slot].1.push(f);
            }
        }
    }
    for (bare, found, name) in targets {
        // one kind of place among the groups found: the bare words, one name to the
        // matcher, tell that those groups are one place
        let mut kinds = found.iter().filter_map(|f| kind_of.get(f)).flatten();
        let Some(first) = kinds.next() else {
            continue;
        };
        if kinds.any(|k| k != first) {
            continue;
        }
        let Some(&to) = found.first() else {
            continue;
        };
        for &f in &found {
            joined.join(bare, f);
        }
        links.entry(SmolStr::new(list[name])).or_insert(DataLink {
            mention: SmolStr::new(list[name]),
            to: SmolStr::new(clustering.clusters[to].representative.as_str()),
            reason: ONLY_FEATURE,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::subjects::Subject;
    use super::super::subjects::tests::{store, subjects};
    use super::*;
    use crate::entity::Registry;

    /// The subject of each mention, in the order given.
    fn subjects_of(mentions: &[&str]) -> (Vec<Subject>, HashMap<SmolStr, DataLink>) {
        let store = store(mentions);
        let found = subjects(&store, &Registry::new());
        let of = store
            .entries()
            .iter()
            .map(|e| found.of_mention[e.keys.mention as usize])
            .collect();
        (of, found.links)
    }

    #[test]
    fn a_bare_name_joins_the_one_lake_or_river_of_its_name() {
        let (of, links) = subjects_of(&[
            "Lake Akzhar",
            "Aqzhar köli",
            "Aqzhar",
            "Akzhar",
            "Novovka River",
            "the Novovka",
            "Novovka",
        ]);
        assert_eq!(of[0], of[1]);
        assert_eq!(of[0], of[2]);
        assert_eq!(of[0], of[3]);
        assert_eq!(of[4], of[5]);
        assert_eq!(of[4], of[6]);
        assert_ne!(of[0], of[4]);
        assert!(links.values().any(|l| l.reason == ONLY_FEATURE));
    }

    #[test]
    fn a_bare_name_of_one_word_in_two_parts_joins_its_river() {
        // the apostrophe typed as a quotation mark splits the word for the parser,
        // not for the writer: "the Kam”yanpil’" is one word, the river's name
        let (of, links) = subjects_of(&[
            "Kam”yanpil’ River",
            "River Kamianpil",
            "the Kam”yanpil’",
            "Lake Karasu",
        ]);
        assert_eq!(of[0], of[1]);
        assert_eq!(of[0], of[2]);
        assert_ne!(of[0], of[3]);
        assert_eq!(links["the Kam”yanpil’"].reason, ONLY_FEATURE);
        // two written words are no bare name, whatever their parts
        let shape = |n: &str| PlaceShape::of(n, &NameKey::parse(n), false);
        assert_eq!(shape("Kara Su"), PlaceShape::Other);
        assert!(matches!(shape("the Kam”yanpil’"), PlaceShape::Bare(_)));
    }

    #[test]
    fn a_bare_name_that_could_be_two_places_stays_apart() {
        // a settlement of the name: "Balkhash" may be the town
        let (of, _) = subjects_of(&["Lake Balkhash", "Balkhash city", "Balkhash"]);
        assert_ne!(of[0], of[2]);
        assert_ne!(of[0], of[1]);
        // a lake and a river of one name
        let (of, _) = subjects_of(&["Lake Karasu", "Karasu River", "Karasu"]);
        assert_ne!(of[2], of[0]);
        assert_ne!(of[2], of[1]);
        assert_ne!(of[0], of[1]);
    }

    #[test]
    fn place_shapes_read_the_place_form() {
        let shape = |n: &str, s: bool| PlaceShape::of(n, &NameKey::parse(n), s);
        assert_eq!(
            shape("Akzhar lake", false),
            PlaceShape::Feature {
                kind: "lake",
                root: NameKey::parse("Akzhar").key().into()
            }
        );
        assert_eq!(
            shape("Akzhar", false),
            PlaceShape::Bare(NameKey::parse("Akzhar").key().into())
        );
        assert_eq!(shape("Akzhar", true), PlaceShape::Settlement);
        assert_eq!(shape("Nursultan Nazarbayev", false), PlaceShape::Other);
        assert!(has_settlement_word("City of Akzhar"));
        assert!(has_settlement_word("Akzhar village"));
        assert!(!has_settlement_word("the Akzhar"));
        assert!(!has_settlement_word("Akzhar"));
    }
}
