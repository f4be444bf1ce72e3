//! Grouping many mentions into entities without comparing every pair.
//!
//! 1. Identical strings, then names with identical variant keys, are merged for free.
//! 2. Each distinct name gets **blocking keys**: a consonant skeleton of its surname
//!    (or of its last word), of all its distinctive words joined, and for
//!    organisations of each distinctive word and its initials. Confusable consonants
//!    share a symbol in the skeleton, so spellings that the matcher accepts share a block.
//! 3. Names are visited fullest first (more written-out words, then more mentions);
//!    each joins the best-scoring existing cluster *leader* in its blocks that the
//!    [`Hybrid`] matcher calls a match, or becomes a leader itself. Comparing with
//!    leaders, not with every member, keeps the cost near-linear and stops chains
//!    (A ~ B ~ C with A ≁ C) from merging what should stay apart.
//! 4. "Possible" matches are never merged: they are listed for review.
//!
//! Output order is deterministic: clusters in order of their first mention.

use foldhash::{HashMap, HashMapExt};

use super::hybrid::{Hybrid, acronym_candidates};
use super::parts::{NameKey, Role};
use super::strategy::{Decision, NameKind};

/// Most leaders compared from one block. A block larger than this (a very common
/// surname with thousands of distinct bearers) is searched among its largest
/// leaders only, and the truncation is counted in [`Clustering::truncated_blocks`].
pub const MAX_LEADERS_PER_BLOCK: usize = 64;

/// One entity: the mentions that name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cluster {
    /// The most frequent spelling among the members (the first seen among equals).
    pub representative: String,
    /// Indices of the member mentions in the input, ascending.
    pub members: Vec<usize>,
}

/// Two clusters the matcher could not decide on: for review, not merged.
#[derive(Debug, Clone, PartialEq)]
pub struct PossibleLink {
    /// Index of one cluster in [`Clustering::clusters`].
    pub a: usize,
    /// Index of the other.
    pub b: usize,
    /// The matcher's score.
    pub score: f64,
}

/// The result of [`cluster`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Clustering {
    /// The entities, in order of their first mention.
    pub clusters: Vec<Cluster>,
    /// For each input mention, the index of its cluster.
    pub assignment: Vec<usize>,
    /// Pairs of clusters that may be one entity, for review.
    pub possible: Vec<PossibleLink>,
    /// How many name pairs the matcher compared.
    pub comparisons: usize,
    /// How many times a block held more than [`MAX_LEADERS_PER_BLOCK`] leaders.
    pub truncated_blocks: usize,
}

/// Groups mentions into entities with the default [`Hybrid`] matcher.
///
/// ```
/// use crosscheck::names::cluster;
/// let mentions = [
///     "Nursultan Nazarbayev", "Нурсултан Назарбаев", "N. Nazarbaev",
///     "Dariga Nazarbayeva", "Kassym-Jomart Tokayev", "Toqaev Qasym-Zhomart", "Nazarbayev",
/// ];
/// let c = cluster(&mentions);
/// assert_eq!(c.assignment[0], c.assignment[1]);
/// assert_eq!(c.assignment[0], c.assignment[2]);
/// assert_ne!(c.assignment[0], c.assignment[3]); // a different person
/// assert_eq!(c.assignment[4], c.assignment[5]);
/// // a bare surname fits any bearer: its own cluster, linked for review
/// assert_ne!(c.assignment[6], c.assignment[0]);
/// assert!(c.possible.iter().any(|p| {
///     let pair = (c.assignment[0], c.assignment[6]);
///     (p.a, p.b) == pair || (p.b, p.a) == pair
/// }));
/// ```
pub fn cluster<S: AsRef<str>>(mentions: &[S]) -> Clustering {
    cluster_with(&Hybrid::default(), mentions)
}

/// A distinct variant key with everything known about it.
struct Form {
    key: NameKey,
    /// Input indices of its mentions.
    mentions: Vec<usize>,
    /// Distinct raw spellings with their counts, in first-seen order.
    spellings: Vec<(usize, usize)>,
}

/// Groups mentions into entities with the given matcher. See the module docs.
pub fn cluster_with<S: AsRef<str>>(matcher: &Hybrid, mentions: &[S]) -> Clustering {
    cluster_parsed(matcher, mentions, |i| NameKey::parse(mentions[i].as_ref()))
}

/// [`cluster_with`] for a caller that has already parsed some mentions: `parse(i)`
/// gives the key of mention `i`, asked once for the first of each distinct text.
pub(crate) fn cluster_parsed<S: AsRef<str>>(
    matcher: &Hybrid,
    mentions: &[S],
    mut parse: impl FnMut(usize) -> NameKey,
) -> Clustering {
    // 1. distinct strings, then distinct variant keys
    let mut by_text: HashMap<&str, usize> = HashMap::new();
    let mut texts: Vec<(usize, Vec<usize>)> = Vec::new(); // (first index, mentions)
    for (i, m) in mentions.iter().enumerate() {
        let id = *by_text.entry(m.as_ref()).or_insert_with(|| {
            texts.push((i, Vec::new()));
            texts.len() - 1
        });
        texts[id].1.push(i);
    }
    let mut by_key: HashMap<(String, NameKind), usize> = HashMap::new();
    let mut forms: Vec<Form> = Vec::new();
    for (first, idx) in texts {
        let key = parse(first);
        let signature = (key.key(), key.kind);
        let count = idx.len();
        match by_key.get(&signature) {
            Some(&f) => {
                forms[f].mentions.extend(idx);
                forms[f].spellings.push((first, count));
            }
            None => {
                by_key.insert(signature, forms.len());
                forms.push(Form {
                    key,
                    mentions: idx,
                    spellings: vec![(first, count)],
                });
            }
        }
    }
    drop(by_key);

    // 2. visiting order: fullest names first, then the most mentioned, then first seen
    // (the key walks a name's tokens: computed once per form, not per comparison)
    let mut order: Vec<usize> = (0..forms.len()).collect();
    order.sort_by_cached_key(|&f| {
        let form = &forms[f];
        let written_out = form
            .key
            .tokens()
            .filter(|t| !matches!(t.role, Role::Initial | Role::Generic))
            .count();
        (
            std::cmp::Reverse(written_out),
            std::cmp::Reverse(form.mentions.len()),
            form.spellings[0].0,
        )
    });

    // 3. leaders
    let mut result = Clustering {
        assignment: vec![usize::MAX; mentions.len()],
        ..Clustering::default()
    };
    let mut blocks: HashMap<String, Vec<usize>> = HashMap::new();
    let mut leaders: Vec<usize> = Vec::new(); // form index of each leader
    let mut members_of: Vec<Vec<usize>> = Vec::new(); // forms of each leader's cluster
    let mut possible: Vec<(usize, usize, f64)> = Vec::new(); // (leader, leader, score)
    let mut candidates: Vec<usize> = Vec::new();
    for &f in &order {
        let form = &forms[f];
        if form.key.is_empty() {
            leaders.push(f);
            members_of.push(vec![f]);
            continue;
        }
        let keys = blocking_keys(&form.key);
        let search = search_keys(&keys);
        candidates.clear();
        for k in &search {
            if let Some(list) = blocks.get(k) {
                if list.len() > MAX_LEADERS_PER_BLOCK {
                    result.truncated_blocks += 1;
                }
                candidates.extend(list.iter().take(MAX_LEADERS_PER_BLOCK));
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut best: Option<(usize, f64)> = None;
        let mut maybe: Vec<(usize, f64)> = Vec::new();
        for &l in &candidates {
            result.comparisons += 1;
            let r = matcher.compare_keys(&form.key, &forms[leaders[l]].key);
            match r.decision {
                Decision::Match if best.is_none_or(|(_, s)| r.score > s) => {
                    best = Some((l, r.score))
                }
                Decision::Possible => maybe.push((l, r.score)),
                _ => {}
            }
        }
        match best {
            Some((l, _)) => members_of[l].push(f),
            None => {
                let l = leaders.len();
                leaders.push(f);
                members_of.push(vec![f]);
                for k in keys {
                    blocks.entry(k).or_default().push(l);
                }
                possible.extend(maybe.into_iter().map(|(m, s)| (m, l, s)));
            }
        }
    }

    // 4. clusters in order of first mention
    let mut clusters: Vec<(usize, Cluster, usize)> = members_of
        .iter()
        .enumerate()
        .map(|(l, fs)| {
            let mut members: Vec<usize> = fs
                .iter()
                .flat_map(|&f| forms[f].mentions.iter().copied())
                .collect();
            members.sort_unstable();
            let (first, _) = fs
                .iter()
                .flat_map(|&f| forms[f].spellings.iter().copied())
                .fold((usize::MAX, 0), |(bf, bc), (first, count)| {
                    if count > bc || (count == bc && first < bf) {
                        (first, count)
                    } else {
                        (bf, bc)
                    }
                });
            let representative = mentions
                .get(first)
                .map(|m| m.as_ref().to_string())
                .unwrap_or_default();
            (
                members[0],
                Cluster {
                    representative,
                    members,
                },
                l,
            )
        })
        .collect();
    clusters.sort_by_key(|(first, _, _)| *first);
    let mut cluster_of_leader = vec![0; leaders.len()];
    for (ci, (_, c, l)) in clusters.iter().enumerate() {
        cluster_of_leader[*l] = ci;
        for &m in &c.members {
            result.assignment[m] = ci;
        }
    }
    result.possible = possible
        .into_iter()
        .map(|(x, y, score)| {
            let (a, b) = (cluster_of_leader[x], cluster_of_leader[y]);
            PossibleLink {
                a: a.min(b),
                b: a.max(b),
                score,
            }
        })
        .collect();
    result.possible.sort_by(|p, q| {
        (p.a, p.b)
            .cmp(&(q.a, q.b))
            .then(q.score.total_cmp(&p.score))
    });
    result.possible.dedup_by_key(|p| (p.a, p.b));
    result.clusters = clusters.into_iter().map(|(_, c, _)| c).collect();
    result
}

/// The blocking symbol of a variant-key letter: vowels and the weak `h`/`j` drop out,
/// and the consonants the matcher treats as confusable share one symbol.
fn blocking_symbol(b: u8) -> Option<u8> {
    match b {
        b'a' | b'e' | b'i' | b'o' | b'u' | b'h' | b'j' => None,
        b's' | b'z' => Some(b's'),
        b'c' | b'x' => Some(b'x'),
        b'g' | b'k' | b'q' => Some(b'k'),
        b'f' | b'v' | b'w' => Some(b'v'),
        other => Some(other),
    }
}

fn skeleton<'a>(keys: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for k in keys {
        for b in k.bytes().filter_map(blocking_symbol) {
            if out.as_bytes().last() != Some(&b) {
                out.push(char::from(b));
            }
        }
    }
    out
}

/// The blocks a name is looked up in. A person name with a given name or initial
/// needs only the blocks of its surname *and* initial class (`p` keys): a different
/// initial is a different person. A bare surname looks in the surname block (`s`).
fn search_keys(keys: &[String]) -> Vec<String> {
    if keys.iter().any(|key| key.starts_with('p')) {
        keys.iter()
            .filter(|key| !key.starts_with('s'))
            .cloned()
            .collect()
    } else {
        keys.to_vec()
    }
}

/// The class of a first name's initial for blocking: letters that initials of one
/// name can differ by ([`crate::names::Hybrid`]'s initial rules) share a class.
fn initial_class(key: &str) -> Option<char> {
    Some(match key.bytes().next()? {
        b'a' | b'e' | b'i' | b'o' | b'u' | b'j' => 'a',
        b'c' | b'x' | b's' | b'z' => 's',
        b'g' | b'h' | b'k' => 'k',
        other => char::from(other),
    })
}

/// The blocks a name falls into (and is indexed under when it leads a cluster).
pub(crate) fn blocking_keys(k: &NameKey) -> Vec<String> {
    let mut keys = Vec::with_capacity(4);
    let mut push = |prefix: char, s: String| {
        if !s.is_empty() {
            let mut key = String::with_capacity(s.len() + 1);
            key.push(prefix);
            key.push_str(&s);
            keys.push(key);
        }
    };
    let distinctive = || {
        k.tokens()
            .filter(|t| t.role != Role::Generic)
            .map(|t| t.key)
    };
    push('j', skeleton(distinctive()));
    if let Some(s) = k.surname().or_else(|| k.tokens().last()) {
        let surname = skeleton(std::iter::once(s.key));
        let first = k
            .tokens()
            .find(|t| matches!(t.role, Role::Given | Role::Initial) && t.key != s.key);
        if let Some(class) = first
            .and_then(|t| initial_class(t.key))
            .filter(|_| !surname.is_empty())
        {
            push('p', format!("{surname}{class}"));
        }
        // the order is a guess: the other reading has its blocks too
        if !k.surname_certain
            && let (Some(f), Some(class)) = (first, initial_class(s.key))
        {
            let other = skeleton(std::iter::once(f.key));
            push('p', format!("{other}{class}"));
            push('s', other);
        }
        push('s', surname);
    }
    if matches!(k.kind, NameKind::Organisation | NameKind::AdminArea) {
        for t in k.tokens().filter(|t| t.role != Role::Generic) {
            if t.key.len() >= 3 {
                push('w', skeleton(std::iter::once(t.key)));
            }
        }
        if k.acronym {
            push('a', k.folded.clone());
        } else {
            for initials in acronym_candidates(k).into_iter().filter(|i| i.len() >= 2) {
                push('a', initials);
            }
        }
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_person_share_a_cluster() {
        let m = [
            "Kassym-Jomart Tokayev",
            "Qasym-Zhomart Toqaev",
            "Касым-Жомарт Токаев",
            "Tokajew Kassym-Schomart",
            "K. Tokayev",
        ];
        let c = cluster(&m);
        assert_eq!(c.clusters.len(), 1, "{c:?}");
        assert_eq!(c.clusters[0].members, vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn either_order_finds_each_other() {
        let c = cluster(&["Zhanbolat Mamay", "Mamay Zhanbolat", "Janbolat Mamai"]);
        assert_eq!(c.clusters.len(), 1, "{c:?}");
    }

    #[test]
    fn hard_negatives_stay_apart() {
        let m = [
            "Nursultan Nazarbayev",
            "Dariga Nazarbayeva",
            "Bolat Nazarbayev",
            "Nur-Sultan",
            "Heydar Aliyev",
            "Ilham Aliyev",
        ];
        let c = cluster(&m);
        assert_eq!(c.clusters.len(), 6, "{c:?}");
    }

    #[test]
    fn organisations_and_acronyms() {
        let m = [
            "Organization for Security and Co-operation in Europe",
            "OSCE",
            "Nur Otan",
            "Nour Otan party",
        ];
        let c = cluster(&m);
        assert_eq!(c.assignment[0], c.assignment[1]);
        assert_eq!(c.assignment[2], c.assignment[3]);
        assert_eq!(c.clusters.len(), 2);
    }

    #[test]
    fn order_of_input_does_not_change_the_grouping() {
        let m = [
            "Nazarbaev",
            "Nursultan Nazarbayev",
            "N. Nazarbayev",
            "Dariga Nazarbayeva",
        ];
        let mut rev = m;
        rev.reverse();
        let (a, b) = (cluster(&m), cluster(&rev));
        let n = m.len();
        for i in 0..n {
            for j in 0..n {
                let same_a = a.assignment[i] == a.assignment[j];
                let same_b = b.assignment[n - 1 - i] == b.assignment[n - 1 - j];
                assert_eq!(same_a, same_b, "{i} {j}");
            }
        }
    }

    #[test]
    fn representative_is_the_most_frequent_spelling() {
        let m = ["Nazarbaev", "Nazarbayev", "Nazarbayev"];
        let c = cluster(&m);
        assert_eq!(c.clusters[0].representative, "Nazarbayev");
    }

    #[test]
    fn empty_input_and_empty_names() {
        let none: [&str; 0] = [];
        assert!(cluster(&none).clusters.is_empty());
        let c = cluster(&["", "...", "Nazarbayev"]);
        assert_eq!(c.assignment.len(), 3);
        assert!(c.assignment.iter().all(|&a| a < c.clusters.len()));
    }
}
