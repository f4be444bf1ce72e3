//! Who each subject mention is: an entity of the registry, or a cluster of the
//! mentions the registry does not know; and the near misses, for review.

use foldhash::{HashMap, HashMapExt};
use indexmap::IndexMap;
use smol_str::SmolStr;

use crate::entity::{EntityId, Registry, Resolution};
use crate::names::{Clustering, NameKey, NameMatcher, cluster_parsed};
use crate::store::Stored;

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

/// Every mention resolved.
pub(super) struct Subjects {
    /// The subject of each interned mention key.
    pub of_mention: Vec<Subject>,
    /// The clusters of the mentions the registry does not know.
    pub clustering: Clustering,
    /// Mentions that may denote an entity or each other: not merged, for review.
    pub possible: PossibleMatches,
}

/// Mentions the registry could not place, in order of first sight, with their parsed
/// names (handed on to clustering rather than parsed again).
#[derive(Default)]
struct Unresolved<'a> {
    slots: IndexMap<&'a str, (), foldhash::fast::RandomState>,
    keys: Vec<Option<NameKey>>,
}

/// Resolves the subject of every claim: each distinct mention once, through the
/// registry; the rest clustered among themselves. Every name decision uses `matcher`.
pub(super) fn resolve_subjects(
    stored: &[Stored],
    mention_count: usize,
    registry: &Registry,
    matcher: &dyn NameMatcher,
) -> Subjects {
    let mut possible = PossibleMatches::new();
    let (mut of_mention, unresolved) =
        resolve_through_registry(stored, mention_count, registry, matcher, &mut possible);
    let clustering = cluster_unresolved(unresolved, matcher);
    for subject in of_mention.iter_mut().flatten() {
        if let Subject::Cluster(slot) = subject {
            *slot = clustering
                .assignment
                .get(*slot)
                .copied()
                .unwrap_or(usize::MAX);
        }
    }
    for link in &clustering.possible {
        let (a, b) = (
            &clustering.clusters[link.a].representative,
            &clustering.clusters[link.b].representative,
        );
        possible
            .entry((SmolStr::new(b), SmolStr::new(a)))
            .or_insert((link.score, Vec::new()));
    }
    attach_claims(stored, &mut possible);
    Subjects {
        // every mention of a claim was resolved above
        of_mention: of_mention
            .into_iter()
            .map(|s| s.unwrap_or(Subject::Cluster(usize::MAX)))
            .collect(),
        clustering,
        possible,
    }
}

/// Step 1: each distinct mention key resolved once, on first sight, through the
/// registry (or through its `formerly` name when the mention itself is unknown). A
/// mention the registry does not know holds a slot among the unresolved until
/// clustering says which cluster it joins; its near misses are noted for review.
fn resolve_through_registry<'a>(
    stored: &'a [Stored],
    mention_count: usize,
    registry: &Registry,
    matcher: &dyn NameMatcher,
    possible: &mut PossibleMatches,
) -> (Vec<Option<Subject>>, Unresolved<'a>) {
    let mut of_mention: Vec<Option<Subject>> = vec![None; mention_count];
    let mut unresolved = Unresolved::default();
    for Stored { claim: c, keys } in stored {
        let m = keys.mention as usize;
        if of_mention[m].is_some() {
            continue;
        }
        let key = NameKey::parse(&c.subject);
        let mut r = registry.resolve_key_with(&key, matcher);
        if let (Resolution::Unresolved { .. }, Some(f)) = (&r, c.formerly())
            && let hint @ Resolution::Entity { .. } = registry.resolve_with(f, matcher)
        {
            r = hint;
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
                    unresolved.keys.push(Some(key));
                }
                Subject::Cluster(slot)
            }
        });
    }
    (of_mention, unresolved)
}

/// Step 2: the mentions the registry does not know, grouped among themselves.
fn cluster_unresolved(mut unresolved: Unresolved<'_>, matcher: &dyn NameMatcher) -> Clustering {
    let mentions: Vec<&str> = unresolved.slots.keys().copied().collect();
    cluster_parsed(matcher, &mentions, |i| {
        unresolved
            .keys
            .get_mut(i)
            .and_then(Option::take)
            .unwrap_or_else(|| NameKey::parse(mentions[i]))
    })
}

/// Step 3: the claims behind each possible match.
fn attach_claims(stored: &[Stored], possible: &mut PossibleMatches) {
    if possible.is_empty() {
        return;
    }
    let mut by_mention: HashMap<&str, Vec<&SmolStr>> = HashMap::new();
    for Stored { claim: c, .. } in stored {
        by_mention
            .entry(c.subject.as_str())
            .or_default()
            .push(&c.id);
    }
    for ((mention, _), (_, ids)) in possible.iter_mut() {
        if let Some(found) = by_mention.get(mention.as_str()) {
            ids.extend(found.iter().map(|&id| id.clone()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::Hybrid;
    use crate::store::ClaimStore;

    fn store(subjects: &[&str]) -> ClaimStore {
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

    fn subjects(store: &ClaimStore, registry: &Registry) -> Subjects {
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
    fn a_bare_surname_is_a_possible_match_with_its_claims() {
        let s = store(&["Nursultan Nazarbayev", "Nazarbayev"]);
        let found = subjects(&s, &Registry::new());
        let (_, (_, claims)) = found
            .possible
            .iter()
            .find(|((m, _), _)| m == "Nazarbayev")
            .expect("a possible match");
        assert_eq!(claims, &["2"]);
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
