//! Claims into groups by (subject, predicate, scope), in order of first appearance,
//! laid out group after group.
//!
//! A bare surname that several clusters bear ("Vasilyeva", with two Vasilyevas among
//! the full names) is resolved claim by claim, by the fact the claim is about: when
//! exactly one of the bearers has claims with the same predicate and scope (an
//! election, a date, or no scope at all: a birth date only one of them is given), the
//! claim joins that bearer, as a reader takes "Vasilyeva won 12%" in a report on an
//! election to mean the one Vasilyeva who ran. When several bearers have claims of
//! the fact, the claim joins the one named in the same report of it: a claim of the
//! same fact published the same day with the same value as written. Failing that,
//! when one bearer has by far the most claims about the same fact
//! ([`DOMINANT_BEARER_RATIO`] times all the others' together, plus
//! [`DOMINANT_BEARER_ADDED`]), the claim
//! joins that bearer, as a reader takes "Vasilyeva, 52" to be the Vasilyeva the press
//! writes about. Otherwise the claim stays with the bare surname, a possible match:
//! its value is never compared with the bearers' to choose one, since a bare surname
//! placed where its value agrees could never show a disagreement.

use foldhash::{HashMap, HashMapExt};
use indexmap::IndexMap;

use super::scope::{EventReach, Scopes};
use super::subjects::Subject;
use crate::claim::ClaimValue;
use crate::date::{Date, DatePrecision};
use crate::store::{KeyCounts, Stored};

/// A bare surname's claim joins the bearer with the most claims about the same fact
/// (predicate and scope) when that bearer has at least this many times as many as all
/// the other bearers together plus [`DOMINANT_BEARER_ADDED`] (2): 6 against another
/// bearer's one, 4 when no other has claims of the fact. If the sources write a bare
/// surname as often for each bearer as they write about it, such a claim is that
/// bearer's at least two times in three. Pairwise grouping gains from a placement that
/// is right more often than about half its F1 (the pairs a wrong one adds weigh as
/// many as the pairs a right one finds); two in three leaves room for the pairs the
/// claim leaves behind in the bare surname's own group.
pub const DOMINANT_BEARER_RATIO: usize = 2;

/// The claims added to the other bearers' before [`DOMINANT_BEARER_RATIO`] is applied
/// (2): a bearer with two or three claims of a fact that no other bearer has is not
/// dominant on it, as so few claims tell little about whom the press writes about.
pub const DOMINANT_BEARER_ADDED: usize = 2;

/// What claims are grouped by: resolved subject, folded predicate, folded scope (the
/// last two as indices into [`Layout::predicates`] and [`Layout::scopes`]).
pub(super) type GroupKey = (Subject, usize, usize);

/// The groups, and every claim's position laid out group after group in store order:
/// two flat arrays rather than a growing list per group.
pub(super) struct Layout {
    /// Each group's key, in order of first appearance.
    pub keys: Vec<GroupKey>,
    /// Where each group's claims start in `claims`, and one past the last group.
    starts: Vec<usize>,
    /// Positions in the store, group after group.
    claims: Vec<u32>,
    /// The distinct folded predicates.
    pub predicates: IndexMap<String, ()>,
    /// The distinct folded scopes.
    pub scopes: IndexMap<Vec<(String, String)>, ()>,
    /// Store positions of the claims whose bare-surname subject was resolved by the
    /// fact they are about (see the module documentation), in store order, each with
    /// the reason.
    pub resolved_by_fact: Vec<(u32, &'static str)>,
}

impl Layout {
    /// The store positions of group `g`'s claims, in store order.
    pub fn claims_of(&self, g: usize) -> &[u32] {
        &self.claims[self.starts[g]..self.starts[g + 1]]
    }

    /// The folded predicate of a group key.
    pub fn predicate(&self, key: &GroupKey) -> &str {
        self.predicates
            .get_index(key.1)
            .map_or("", |(k, _)| k.as_str())
    }

    /// True when a group key's scope names an `as_of` date.
    pub fn has_as_of(&self, key: &GroupKey) -> bool {
        self.scopes
            .get_index(key.2)
            .is_some_and(|(s, _)| s.iter().any(|(k, _)| k == crate::claim::qualifier::AS_OF))
    }
}

/// Groups the stored claims by (subject, predicate, scope); `scopes` holds each
/// qualifier set's scope key, and `surname_bearers` the bare-surname clusters with
/// their bearers' clusters.
pub(super) fn lay_out_groups(
    stored: &[Stored],
    counts: KeyCounts,
    subject_of_mention: &[Subject],
    surname_bearers: &HashMap<usize, Vec<usize>>,
    scopes: Scopes,
) -> Layout {
    // predicates are few and repeat: fold each distinct one once
    let mut predicate_group: Vec<usize> = vec![usize::MAX; counts.predicates];
    let mut predicates: IndexMap<String, ()> = IndexMap::new();
    let Scopes {
        of_qualifiers: scope_group,
        keys: scopes,
        reach,
    } = scopes;
    let mut keys: Vec<GroupKey> = Vec::with_capacity(stored.len());
    for Stored { claim: c, keys: k } in stored {
        let p = k.predicate as usize;
        if predicate_group[p] == usize::MAX {
            predicate_group[p] = predicates.insert_full(c.predicate_key(), ()).0;
        }
        let subject = subject_of_mention
            .get(k.mention as usize)
            .copied()
            .unwrap_or(Subject::Cluster(usize::MAX));
        let scope = scope_group
            .get(k.qualifiers as usize)
            .copied()
            .unwrap_or(usize::MAX);
        keys.push((subject, predicate_group[p], scope));
    }
    let resolved_by_fact = resolve_by_fact(&mut keys, stored, surname_bearers);
    join_bare_events(&mut keys, &reach);
    let mut groups: IndexMap<GroupKey, usize, foldhash::fast::RandomState> = IndexMap::default();
    let mut group_of: Vec<u32> = Vec::with_capacity(stored.len());
    for key in keys {
        let entry = groups.entry(key);
        // fewer groups than claims, and a store holds fewer than four billion claims
        group_of.push(u32::try_from(entry.index()).unwrap_or(u32::MAX));
        *entry.or_insert(0) += 1;
    }
    let (starts, claims) = counting_sort(&group_of, groups.values().copied());
    Layout {
        keys: groups.into_keys().collect(),
        starts,
        claims,
        predicates,
        scopes,
        resolved_by_fact,
    }
}

/// Moves each claim whose event states only its year, kind and round ("the 2024
/// presidential election") to the scope of the same subject and predicate that states
/// the event's place ("the 2024 Bolivian presidential election"), when that subject's
/// claims of the fact name exactly one such place: one candidate runs in one
/// country's election of a year, whichever countries the rest of the feed covers.
/// With two placed events, or none, the claim stays where it is.
fn join_bare_events(keys: &mut [GroupKey], reach: &[EventReach]) {
    let reach_of = |scope: usize| reach.get(scope).copied().unwrap_or(EventReach::Fixed);
    if !reach.iter().any(|r| matches!(r, EventReach::Bare { .. })) {
        return;
    }
    // (subject, predicate, generic scope) -> its one placed scope, or None for several
    let mut placed: HashMap<(Subject, usize, usize), Option<usize>> = HashMap::new();
    for key in keys.iter() {
        if let EventReach::Placed { generic } = reach_of(key.2) {
            placed
                .entry((key.0, key.1, generic))
                .and_modify(|one| {
                    if *one != Some(key.2) {
                        *one = None;
                    }
                })
                .or_insert(Some(key.2));
        }
    }
    for key in keys.iter_mut() {
        if let EventReach::Bare { generic } = reach_of(key.2)
            && let Some(Some(scope)) = placed.get(&(key.0, key.1, generic))
        {
            key.2 = *scope;
        }
    }
}

/// The reason given for a bare surname placed by the fact its claim is about.
pub(super) const BEARER_OF_THE_FACT: &str =
    "the only bearer of this surname with claims about the same fact (predicate and scope)";

/// The reason given for a bare surname placed with the bearer dominant on its fact
/// ([`DOMINANT_BEARER_RATIO`]).
pub(super) const DOMINANT_BEARER: &str = "the bearer of this surname with by far the most claims \
     about the same fact (predicate and scope)";

/// The reason given for a bare surname placed by the report it repeats.
pub(super) const BEARER_OF_THE_REPORT: &str = "the only bearer of this surname named in a report \
     of the same fact, published the same day with the same value as written";

/// What identifies one report of a fact: the fact's predicate and scope, the day it
/// was published, and the value and unit as written.
type ReportKey<'a> = (usize, usize, Date, &'a str, Option<&'a str>);

/// The report a claim makes, when it can be told from another: published on a known
/// day, with a value (the same empty placeholder on the same day says nothing).
fn report_of<'a>(key: &GroupKey, stored: &'a Stored) -> Option<ReportKey<'a>> {
    let c = &stored.claim;
    (c.source.published.precision() == DatePrecision::Day && !matches!(c.value, ClaimValue::Empty))
        .then(|| {
            (
                key.1,
                key.2,
                c.source.published,
                c.written.as_str(),
                c.unit.as_deref(),
            )
        })
}

/// Moves each claim of an ambiguous bare surname to one of its bearers, by the fact
/// it is about: to the one bearer with claims of the same predicate and scope, if
/// there is exactly one; else, among the bearers with claims of that fact, to the one
/// named in a claim that repeats it (same fact, same day, same value as written: one
/// report, as outlets reprint a story the day it runs, one naming "Yekaterina
/// Vasilyeva" and the other "Vasilyeva"), if there is exactly one. The value serves
/// only to recognise the same report, never to choose among bearers by agreement:
/// a bare surname's value that agrees with no bearer stays as it is. Failing both, to
/// the bearer dominant on the fact ([`DOMINANT_BEARER_RATIO`]), if one is.
///
/// Returns the positions moved, each with its reason.
fn resolve_by_fact(
    keys: &mut [GroupKey],
    stored: &[Stored],
    surname_bearers: &HashMap<usize, Vec<usize>>,
) -> Vec<(u32, &'static str)> {
    if surname_bearers.is_empty() {
        return Vec::new();
    }
    // each cluster's part, looked up by index rather than hashed for every claim
    let roles = Roles::new(surname_bearers);
    // the facts the bearers' own claims are about: only they can place a bare surname
    let mut facts: HashMap<GroupKey, usize> = HashMap::new();
    for key in keys.iter() {
        if let Subject::Cluster(c) = key.0
            && roles.of(c) == Role::Bearer
        {
            *facts.entry(*key).or_default() += 1;
        }
    }
    // the bearers of a bare surname's claim with claims about its fact, in the order
    // they are listed, with their claims: worked out once for each (bare surname,
    // predicate, scope) that claims share, and found again by each claim's position
    let bearers_of = |key: &GroupKey| match key.0 {
        Subject::Cluster(c) if roles.of(c) == Role::Bare => surname_bearers.get(&c),
        _ => None,
    };
    const NOT_BARE: u32 = u32::MAX;
    let mut known: HashMap<GroupKey, u32> = HashMap::new();
    let mut spans: Vec<(u32, u32)> = Vec::new();
    let mut found: Vec<(GroupKey, usize)> = Vec::new();
    let mut about_at: Vec<u32> = vec![NOT_BARE; keys.len()];
    for (key, at) in keys.iter().zip(&mut about_at) {
        let Some(bearers) = bearers_of(key) else {
            continue;
        };
        let next = u32::try_from(spans.len()).unwrap_or(NOT_BARE);
        *at = *known.entry(*key).or_insert_with(|| {
            let start = found.len() as u32;
            found.extend(
                bearers
                    .iter()
                    .map(|&b| (Subject::Cluster(b), key.1, key.2))
                    .filter_map(|k| facts.get(&k).map(|&n| (k, n))),
            );
            spans.push((start, found.len() as u32));
            next
        });
    }
    drop(known);
    let about_of = |at: u32| -> &[(GroupKey, usize)] {
        spans.get(at as usize).map_or(&[][..], |&(start, end)| {
            &found[start as usize..end as usize]
        })
    };
    // the reports a bare surname's claim could be told apart by (several bearers
    // with its fact), then the bearers named in each: only those are ever asked for
    let mut reports: HashMap<ReportKey, Vec<usize>> = HashMap::default();
    for ((key, claim), &at) in keys.iter().zip(stored).zip(&about_at) {
        if at != NOT_BARE
            && about_of(at).len() > 1
            && let Some(report) = report_of(key, claim)
        {
            reports.entry(report).or_default();
        }
    }
    if !reports.is_empty() {
        for (key, claim) in keys.iter().zip(stored) {
            if let Subject::Cluster(c) = key.0
                && roles.of(c) == Role::Bearer
                && let Some(named) = report_of(key, claim).and_then(|r| reports.get_mut(&r))
                && !named.contains(&c)
            {
                named.push(c);
            }
        }
    }
    let mut moved = Vec::new();
    for (position, ((key, claim), &at)) in keys.iter_mut().zip(stored).zip(&about_at).enumerate() {
        if at == NOT_BARE {
            continue;
        }
        let about = about_of(at);
        let placed = match *about {
            [] => None,
            [(only, _)] => Some((only, BEARER_OF_THE_FACT)),
            _ => {
                let named = report_of(key, claim).and_then(|r| reports.get(&r));
                let mut in_report = about.iter().filter(|(k, _)| match k.0 {
                    Subject::Cluster(b) => named.is_some_and(|n| n.contains(&b)),
                    Subject::Entity(_) => false,
                });
                match (in_report.next(), in_report.next()) {
                    (Some(&(only, _)), None) => Some((only, BEARER_OF_THE_REPORT)),
                    _ => dominant_bearer(about).map(|k| (k, DOMINANT_BEARER)),
                }
            }
        };
        if let Some((only, reason)) = placed {
            *key = only;
            moved.push((u32::try_from(position).unwrap_or(u32::MAX), reason));
        }
    }
    moved
}

/// A cluster's part in placing bare surnames.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Neither a bare surname with several bearers nor one of the bearers.
    None,
    /// A bare surname with several bearers.
    Bare,
    /// A bearer of such a surname (and no such surname itself).
    Bearer,
}

/// Each cluster's [`Role`], by cluster index: a table up to the highest cluster named
/// by a bare surname or a bearer, every cluster past it having no part.
struct Roles(Vec<Role>);

impl Roles {
    fn new(surname_bearers: &HashMap<usize, Vec<usize>>) -> Roles {
        let size = surname_bearers
            .iter()
            .flat_map(|(bare, bearers)| bearers.iter().chain([bare]))
            .max()
            .map_or(0, |&c| c + 1);
        let mut table = vec![Role::None; size];
        for bearers in surname_bearers.values() {
            for &b in bearers {
                table[b] = Role::Bearer;
            }
        }
        // a bare surname that bears another is bare first
        for &bare in surname_bearers.keys() {
            table[bare] = Role::Bare;
        }
        Roles(table)
    }

    /// The role of cluster `c`.
    fn of(&self, c: usize) -> Role {
        self.0.get(c).copied().unwrap_or(Role::None)
    }
}

/// The bearer with by far the most claims about a fact ([`DOMINANT_BEARER_RATIO`]
/// times all the others' together plus [`DOMINANT_BEARER_ADDED`]), if one is; the first listed among
/// equals, so that the choice does not depend on the order of the claims.
fn dominant_bearer(about: &[(GroupKey, usize)]) -> Option<GroupKey> {
    let total: usize = about.iter().map(|&(_, n)| n).sum();
    let best = about.iter().fold(
        None,
        |best: Option<(GroupKey, usize)>, &(k, n)| match best {
            Some((_, m)) if m >= n => best,
            _ => Some((k, n)),
        },
    );
    best.filter(|&(_, n)| {
        n >= DOMINANT_BEARER_RATIO.saturating_mul((total - n).saturating_add(DOMINANT_BEARER_ADDED))
    })
    .map(|(k, _)| k)
}

/// Positions sorted by group, stable: the start of each group (and one past the last)
/// and the positions, from each position's group and the groups' sizes.
fn counting_sort(group_of: &[u32], sizes: impl Iterator<Item = usize>) -> (Vec<usize>, Vec<u32>) {
    let mut starts: Vec<usize> = Vec::new();
    let mut next = 0;
    for size in sizes {
        starts.push(next);
        next += size;
    }
    starts.push(next);
    let mut laid_out: Vec<u32> = vec![0; group_of.len()];
    let mut fill = starts.clone();
    for (i, &g) in group_of.iter().enumerate() {
        let slot = &mut fill[g as usize];
        laid_out[*slot] = u32::try_from(i).unwrap_or(u32::MAX);
        *slot += 1;
    }
    (starts, laid_out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::ClaimStore;

    #[test]
    fn counting_sort_is_stable_and_groups_follow_first_appearance() {
        let (starts, claims) = counting_sort(&[1, 0, 1, 2, 0], [2, 2, 1].into_iter());
        assert_eq!(starts, [0, 2, 4, 5]);
        assert_eq!(claims, [1, 4, 0, 2, 3]);
    }

    #[test]
    fn a_dominant_bearer_needs_twice_the_others_plus_two() {
        let key = |c: usize| (Subject::Cluster(c), 0, 0);
        // alone on the fact: four claims are enough, three are not
        assert_eq!(dominant_bearer(&[(key(0), 4)]), Some(key(0)));
        assert_eq!(dominant_bearer(&[(key(0), 3)]), None);
        // against others: twice their claims together, plus two
        assert_eq!(dominant_bearer(&[(key(0), 1), (key(1), 6)]), Some(key(1)));
        assert_eq!(dominant_bearer(&[(key(0), 1), (key(1), 5)]), None);
        let many = [(key(0), 2), (key(1), 24), (key(2), 8)];
        assert_eq!(dominant_bearer(&many), Some(key(1)));
        let close = [(key(0), 2), (key(1), 23), (key(2), 8)];
        assert_eq!(dominant_bearer(&close), None);
    }

    /// The layout of claim lines, each mention's subject given by `subject_of`.
    fn layout_of(jsonl: &str, subject_of: impl Fn(usize) -> Subject) -> Layout {
        let store = ClaimStore::from_jsonl(jsonl.as_bytes()).unwrap();
        let counts = store.key_counts();
        let subjects: Vec<Subject> = (0..counts.mentions).map(subject_of).collect();
        let scopes = super::super::scope::resolve_scopes(
            store.entries(),
            counts.qualifier_sets,
            &crate::entity::Registry::new(),
            &crate::names::Hybrid::default(),
        );
        lay_out_groups(
            store.entries(),
            counts,
            &subjects,
            &HashMap::default(),
            scopes,
        )
    }

    #[test]
    fn predicate_and_scope_spellings_fold_into_one_group() {
        let jsonl = [
            r#"{"source":"A","published":"2021-01-10","subject":"X","predicate":"Vote share","value":"1","qualifiers":{"event":"2021 Election"}}"#,
            r#"{"source":"D","published":"2021-01-10","subject":"X","predicate":"Vote-Share","value":"1","qualifiers":{"event":"2021 election"}}"#,
            r#"{"source":"B","published":"2021-01-10","subject":"X","predicate":"vote_share","value":"1","qualifiers":{"event":"2021 election","method":"exit poll"}}"#,
            r#"{"source":"C","published":"2021-01-10","subject":"X","predicate":"vote_share","value":"1","qualifiers":{"event":"2023 election"}}"#,
        ]
        .join("\n");
        let layout = layout_of(&jsonl, |_| Subject::Cluster(0));
        assert_eq!(layout.keys.len(), 2);
        assert_eq!(layout.claims_of(0), [0, 1, 2]);
        assert_eq!(layout.claims_of(1), [3]);
        assert_eq!(layout.predicate(&layout.keys[0]), "vote_share");
        assert!(!layout.has_as_of(&layout.keys[0]));
    }

    #[test]
    fn a_bare_event_joins_the_one_placed_event_of_its_subject() {
        let line = |subject: &str, event: &str| {
            format!(
                r#"{{"source":"S","published":"2024-07-01","subject":"{subject}","predicate":"vote_share","value":"41%","qualifiers":{{"event":"{event}"}}}}"#
            )
        };
        let jsonl = [
            line("Ana Quispe", "2024 Bolivian presidential election"),
            line("Ana Quispe", "Bolivia presidential election, 2024"),
            line("Ana Quispe", "2024 presidential election"),
            line("John Kamau", "2024 Kenyan presidential election"),
            line("John Kamau", "presidential election 2024"),
            // a subject of two placed events of the year keeps the bare one apart
            line("Eve Roe", "2024 Kenyan presidential election"),
            line("Eve Roe", "2024 Bolivian presidential election"),
            line("Eve Roe", "2024 presidential election"),
        ]
        .join("\n");
        let layout = layout_of(&jsonl, Subject::Cluster);
        let group_of = |i: u32| (0..layout.keys.len()).find(|&g| layout.claims_of(g).contains(&i));
        assert_eq!(group_of(0), group_of(1));
        assert_eq!(group_of(0), group_of(2));
        assert_eq!(group_of(3), group_of(4));
        assert_ne!(group_of(0), group_of(3));
        assert_ne!(group_of(7), group_of(5));
        assert_ne!(group_of(7), group_of(6));
    }

    #[test]
    fn a_scope_that_is_a_date_is_read_as_that_date() {
        let jsonl = [
            r#"{"source":"A","published":"2025-08-17","subject":"X","predicate":"attendance","value":"5000","qualifiers":{"rally":"August 16, 2025"}}"#,
            r#"{"source":"B","published":"2025-08-17","subject":"X","predicate":"attendance","value":"5000","qualifiers":{"rally":"2025-08-16"}}"#,
            r#"{"source":"C","published":"2025-08-17","subject":"X","predicate":"attendance","value":"5000","qualifiers":{"rally":"16.08.2025"}}"#,
            r#"{"source":"D","published":"2025-08-17","subject":"X","predicate":"attendance","value":"5000","qualifiers":{"rally":"2025-08-17"}}"#,
        ]
        .join("\n");
        let report = reconciled(&jsonl);
        assert_eq!(report.groups.len(), 2);
        assert_eq!(report.groups[0].claims.len(), 3);
    }

    /// The report on claim lines, with no registry and the default options.
    fn reconciled(jsonl: &str) -> crate::reconcile::Report {
        crate::reconcile::reconcile(
            &ClaimStore::from_jsonl(jsonl.as_bytes()).unwrap(),
            &crate::entity::Registry::new(),
            &crate::reconcile::ReconcileOptions::default(),
        )
    }

    #[test]
    fn a_year_or_a_date_qualifier_is_an_as_of() {
        let jsonl = [
            r#"{"source":"A","published":"2016-05-01","subject":"X","predicate":"population","value":"1.7 million","qualifiers":{"as_of":"2015 census"}}"#,
            r#"{"source":"B","published":"2016-05-01","subject":"X","predicate":"population","value":"2.0 million","qualifiers":{"year":2015}}"#,
            r#"{"source":"C","published":"2016-05-01","subject":"X","predicate":"population","value":"1.7 million","qualifiers":{"reference_date":"2015-01-01"}}"#,
            r#"{"source":"D","published":"2016-05-01","subject":"X","predicate":"population","value":"1.7 million","qualifiers":{"year":"the year of the census"}}"#,
        ]
        .join("\n");
        let report = reconciled(&jsonl);
        let sizes: Vec<usize> = report.groups.iter().map(|g| g.claims.len()).collect();
        // a value that reads as no year keeps its own key
        assert_eq!(sizes, [3, 1]);
        let spellings = &report.groups[0].scope_spellings;
        assert_eq!(spellings.keys().collect::<Vec<_>>(), ["as_of"]);
        assert_eq!(spellings["as_of"].len(), 3);
    }

    #[test]
    fn a_share_written_as_a_fraction_supports_the_consensus() {
        let jsonl = [
            r#"{"id":"a","source":"A","published":"2023-05-29","subject":"X","predicate":"vote_share","value":"52.2%"}"#,
            r#"{"id":"b","source":"B","published":"2023-05-29","subject":"X","predicate":"vote_share","value":"52.18%"}"#,
            r#"{"id":"c","source":"C","published":"2023-05-29","subject":"X","predicate":"vote_share","value":0.5218}"#,
            r#"{"id":"d","source":"D","published":"2023-05-29","subject":"X","predicate":"vote_share","value":"47.8%"}"#,
        ]
        .join("\n");
        let report = reconciled(&jsonl);
        let g = &report.groups[0];
        assert_eq!(g.sides.len(), 2, "{}", g.explanation);
        assert!(
            g.explanation.contains("0.5218 (C) as 52.18%"),
            "{}",
            g.explanation
        );
        let consensus = g.consensus.as_ref().unwrap();
        let mut claims: Vec<&str> = consensus.claims.iter().map(|c| c.as_str()).collect();
        claims.sort_unstable();
        assert_eq!(claims, ["a", "b", "c"]);
    }

    #[test]
    fn other_names_of_a_predicate_are_one_group() {
        let jsonl = [
            r#"{"source":"A","published":"2022-11-21","subject":"X","predicate":"turnout","value":"69.4%"}"#,
            r#"{"source":"B","published":"2022-11-21","subject":"X","predicate":"Voter Turnout","value":"64%"}"#,
            r#"{"source":"C","published":"2022-11-21","subject":"X","predicate":"death_toll","value":"238"}"#,
            r#"{"source":"D","published":"2022-11-21","subject":"X","predicate":"number of deaths","value":"225"}"#,
            r#"{"source":"E","published":"2022-11-21","subject":"X","predicate":"casualties","value":"300"}"#,
        ]
        .join("\n");
        let report = reconciled(&jsonl);
        let sizes: Vec<(String, usize)> = report
            .groups
            .iter()
            .map(|g| (g.predicate.to_string(), g.claims.len()))
            .collect();
        // the two turnouts and the two tolls disagree; casualties stay apart
        assert_eq!(sizes.len(), 3, "{sizes:?}");
        assert!(sizes.contains(&("turnout".into(), 2)), "{sizes:?}");
        assert!(sizes.contains(&("death_toll".into(), 2)), "{sizes:?}");
        assert!(sizes.contains(&("casualties".into(), 1)), "{sizes:?}");
    }
}
