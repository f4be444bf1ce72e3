//! From a store to a report: resolve subjects, group, decide, explain.

use foldhash::{HashMap, HashMapExt};

use indexmap::IndexMap;
use smol_str::SmolStr;

use super::ClaimStore;
use super::intern::ClaimKeys;
use super::table::Stored;
use super::verdict::{Axis, Outcome, Verdict, decide};
use crate::claim::{Claim, ClaimValue, Date, qualifier};
use crate::entity::{Registry, Resolution};
use crate::names::{Hybrid, NameKey, cluster_parsed};
use crate::report::{Gap, Group, PossibleMatch, Report, Side, ValueReport};

/// Options of [`reconcile`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ReconcileOptions {
    /// The matcher used for subjects the registry does not know.
    pub matcher: Hybrid,
}

/// What claims are grouped by: resolved subject, folded predicate, folded scope (the
/// last two as indices into their tables).
type GroupKey = (Subject, usize, usize);

/// Who a subject mention turned out to be.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Subject {
    Entity(usize),
    Cluster(usize),
}

/// Reconciles every claim of the store: resolves subjects through the registry (and
/// clusters the mentions it does not know), groups claims by (subject, predicate,
/// scope) in order of first appearance, and decides each group. Every claim lands in
/// exactly one group.
///
/// ```
/// use crosscheck::entity::Registry;
/// use crosscheck::store::{ClaimStore, ReconcileOptions, Verdict, reconcile};
/// let jsonl = r#"{"id":"a","source":"Agency A","published":"2021-01-11","subject":"Nur Otan","predicate":"vote_share","value":"71%","qualifiers":{"event":"2021 election","method":"official"}}
/// {"source":"Agency B","published":"2021-01-10","subject":"Nour Otan","predicate":"vote_share","value":"nearly 72 per cent","qualifiers":{"event":"2021 election","method":"exit poll"}}
/// {"id":"c","source":"Agency C","published":"2021-01-11","subject":"Nur Otan","predicate":"vote_share","value":71.1,"unit":"%","qualifiers":{"event":"2021 election","method":"official preliminary"}}"#;
/// let store = ClaimStore::from_jsonl(jsonl.as_bytes()).unwrap();
/// let report = reconcile(&store, &Registry::new(), &ReconcileOptions::default());
/// assert_eq!(report.groups.len(), 1);
/// let g = &report.groups[0];
/// assert_eq!(g.verdict, Verdict::Disagree);
/// assert!(g.split_by_method);
/// assert_eq!(g.claims, ["a", "2", "c"]);
/// ```
pub fn reconcile(store: &ClaimStore, registry: &Registry, options: &ReconcileOptions) -> Report {
    // the store's own entries: each claim with its keys, in store order
    let stored = store.claims.entries();
    let (mention_count, predicate_count, qualifier_set_count) = store.key_counts();

    // 1. subjects: each distinct (mention, formerly) pair resolved once, on first sight.
    // A mention the registry does not know holds its slot among the unresolved
    // mentions until clustering says which cluster it joins.
    let mut subject_of_mention: Vec<Option<Subject>> = vec![None; mention_count];
    let mut unresolved: IndexMap<&str, (), foldhash::fast::RandomState> = IndexMap::default();
    // their parsed names, by slot, handed on to clustering rather than parsed again
    let mut unresolved_keys: Vec<Option<NameKey>> = Vec::new();
    let mut possible: IndexMap<(SmolStr, SmolStr), (f64, Vec<SmolStr>)> = IndexMap::new();
    for Stored { claim: c, keys } in stored {
        let m = keys.mention as usize;
        if subject_of_mention[m].is_some() {
            continue;
        }
        let formerly = c.formerly();
        let key = NameKey::parse(&c.subject);
        let mut r = registry.resolve_key(&key);
        if let (Resolution::Unresolved { .. }, Some(f)) = (&r, formerly)
            && let hint @ Resolution::Entity { .. } = registry.resolve(f)
        {
            r = hint;
        }
        subject_of_mention[m] = Some(match r {
            Resolution::Entity { index, .. } => Subject::Entity(index),
            Resolution::Unresolved { possible: near } => {
                for (index, _, score) in near {
                    let e = &registry.entities()[index];
                    let entry = possible
                        .entry((c.subject.clone(), SmolStr::new(&e.name)))
                        .or_insert((score, Vec::new()));
                    entry.0 = entry.0.max(score);
                }
                let (slot, added) = unresolved.insert_full(c.subject.as_str(), ());
                if added.is_none() {
                    unresolved_keys.push(Some(key));
                }
                Subject::Cluster(slot)
            }
        });
    }
    // mentions the registry does not know are grouped among themselves
    let mentions: Vec<&str> = unresolved.keys().copied().collect();
    let clustering = cluster_parsed(&options.matcher, &mentions, |i| {
        unresolved_keys
            .get_mut(i)
            .and_then(Option::take)
            .unwrap_or_else(|| NameKey::parse(mentions[i]))
    });
    for subject in subject_of_mention.iter_mut().flatten() {
        if let Subject::Cluster(slot) = subject {
            *slot = clustering
                .assignment
                .get(*slot)
                .copied()
                .unwrap_or(usize::MAX);
        }
    }
    // every mention of a claim was resolved above
    let subject_of = |keys: &ClaimKeys| subject_of_mention[keys.mention as usize].clone();
    for link in &clustering.possible {
        let (a, b) = (
            &clustering.clusters[link.a].representative,
            &clustering.clusters[link.b].representative,
        );
        possible
            .entry((SmolStr::new(b), SmolStr::new(a)))
            .or_insert((link.score, Vec::new()));
    }
    // the claims behind each possible match
    if !possible.is_empty() {
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

    // 2. groups, in order of first appearance
    // predicates and scopes are few and repeat: fold each distinct one once
    let mut predicate_group: Vec<usize> = vec![usize::MAX; predicate_count];
    let mut folded_predicates: IndexMap<String, ()> = IndexMap::new();
    let mut scope_group: Vec<usize> = vec![usize::MAX; qualifier_set_count];
    let mut folded_scopes: IndexMap<Vec<(String, String)>, ()> = IndexMap::new();
    let mut groups: IndexMap<GroupKey, usize, foldhash::fast::RandomState> = IndexMap::default();
    // each claim's group, then the claims laid out group after group in store order:
    // two flat arrays rather than a growing list per group
    let mut group_of: Vec<u32> = Vec::with_capacity(stored.len());
    for Stored { claim: c, keys } in stored {
        let p = keys.predicate as usize;
        if predicate_group[p] == usize::MAX {
            predicate_group[p] = folded_predicates.insert_full(c.predicate_key(), ()).0;
        }
        let q = keys.qualifiers as usize;
        if scope_group[q] == usize::MAX {
            scope_group[q] = folded_scopes.insert_full(c.scope(), ()).0;
        }
        let subject = subject_of(keys).unwrap_or(Subject::Cluster(usize::MAX));
        let entry = groups.entry((subject, predicate_group[p], scope_group[q]));
        // fewer groups than claims, and a store holds fewer than four billion claims
        group_of.push(u32::try_from(entry.index()).unwrap_or(u32::MAX));
        *entry.or_insert(0) += 1;
    }
    let mut starts: Vec<usize> = Vec::with_capacity(groups.len() + 1);
    let mut next = 0;
    for &size in groups.values() {
        starts.push(next);
        next += size;
    }
    starts.push(next);
    let mut laid_out: Vec<u32> = vec![0; stored.len()];
    let mut fill = starts.clone();
    for (i, &g) in group_of.iter().enumerate() {
        let slot = &mut fill[g as usize];
        laid_out[*slot] = u32::try_from(i).unwrap_or(u32::MAX);
        *slot += 1;
    }
    drop(group_of);

    // 3. verdicts
    let mut seen_sources = Seen::new(store.interner.source_count());
    let mut seen_mentions = Seen::new(mention_count);
    // disagreements first, then compatible, then agreements, each in order of first
    // appearance: gathered apart as they are decided, then joined
    let mut by_verdict: [Vec<Group>; 3] = Default::default();
    for (g, (subject, predicate, scope)) in groups.into_keys().enumerate() {
        let idx = &laid_out[starts[g]..starts[g + 1]];
        let members: Vec<&Claim> = idx.iter().map(|&i| &*stored[i as usize].claim).collect();
        let keys: Vec<ClaimKeys> = idx.iter().map(|&i| stored[i as usize].keys).collect();
        let predicate_key = folded_predicates
            .get_index(predicate)
            .map_or("", |(k, _)| k.as_str());
        let has_as_of = folded_scopes
            .get_index(scope)
            .is_some_and(|(s, _)| s.iter().any(|(k, _)| k == qualifier::AS_OF));
        let outcome = decide(&members, predicate_key, has_as_of);
        // a group has at least one claim
        let earliest = members
            .iter()
            .map(|c| c.source.published)
            .fold(members[0].source.published, Date::min);
        let canonical = match subject {
            Subject::Entity(e) => SmolStr::new(registry.entities()[e].name_on(earliest)),
            Subject::Cluster(c) => clustering
                .clusters
                .get(c)
                .map(|cl| SmolStr::new(&cl.representative))
                .unwrap_or_else(|| members[0].subject.clone()),
        };
        let members = Members {
            claims: &members,
            keys: &keys,
        };
        let group = build_group(
            canonical,
            &members,
            outcome,
            &mut seen_sources,
            &mut seen_mentions,
        );
        let rank = match group.verdict {
            Verdict::Disagree => 0,
            Verdict::Compatible => 1,
            Verdict::Agree => 2,
        };
        by_verdict[rank].push(group);
    }
    let [mut report_groups, compatible, agree] = by_verdict;
    report_groups.reserve(compatible.len() + agree.len());
    report_groups.extend(compatible);
    report_groups.extend(agree);
    Report {
        groups: report_groups,
        possible_matches: possible
            .into_iter()
            .map(|((mention, candidate), (score, claims))| PossibleMatch {
                mention,
                candidate,
                score,
                claims,
            })
            .collect(),
    }
}

/// A group's claims with their interned keys, so that sources and mentions are told
/// apart by number rather than by text.
struct Members<'a> {
    claims: &'a [&'a Claim],
    keys: &'a [ClaimKeys],
}

/// Which keys were seen since the last [`Seen::clear`]: a stamp per key, reused from
/// group to group, so that telling a million claims' sources apart needs neither
/// hashing nor allocation.
struct Seen {
    stamps: Vec<u32>,
    current: u32,
}

impl Seen {
    fn new(keys: usize) -> Seen {
        Seen {
            stamps: vec![0; keys],
            current: 1,
        }
    }

    /// Forgets every key seen so far.
    fn clear(&mut self) {
        self.current = self.current.wrapping_add(1);
        if self.current == 0 {
            // after four billion clears the stamps start over
            self.stamps.fill(0);
            self.current = 1;
        }
    }

    /// True the first time `key` is seen since the last clear.
    fn first(&mut self, key: u32) -> bool {
        match self.stamps.get_mut(key as usize) {
            Some(stamp) if *stamp == self.current => false,
            Some(stamp) => {
                *stamp = self.current;
                true
            }
            None => true,
        }
    }
}

/// Builds a group's report.
fn build_group(
    subject: SmolStr,
    group: &Members<'_>,
    outcome: Outcome,
    seen_sources: &mut Seen,
    seen_mentions: &mut Seen,
) -> Group {
    let members = group.claims;
    // distinct mention keys first (numbers), then distinct texts among those few
    seen_mentions.clear();
    let mut mentions: Vec<SmolStr> = Vec::new();
    for (c, keys) in members.iter().zip(group.keys) {
        if seen_mentions.first(keys.mention) && !mentions.contains(&c.subject) {
            mentions.push(c.subject.clone());
        }
    }
    // each claim's method, looked up once: the rows, sides and split all need it
    let methods: Vec<Option<&str>> = members.iter().map(|c| c.method()).collect();
    let first = members[0];
    let scope: IndexMap<SmolStr, SmolStr> = {
        let mut s: Vec<(SmolStr, SmolStr)> = first
            .scope_qualifiers()
            .map(|(k, v)| (SmolStr::from(k), SmolStr::new(v)))
            .collect();
        s.sort();
        s.into_iter().collect()
    };
    let sides: Vec<Side> = outcome
        .sides
        .iter()
        .map(|side| Side {
            claims: side.iter().map(|&i| members[i].id.clone()).collect(),
            sources: {
                seen_sources.clear();
                side.iter()
                    .filter(|&&i| seen_sources.first(group.keys[i].source))
                    .map(|&i| members[i].source.name.clone())
                    .collect()
            },
            methods: dedup(side.iter().filter_map(|&i| methods[i])),
        })
        .collect();
    let unit = match &outcome.axis {
        Axis::Number(u) if u == "%" => SmolStr::new_static("percentage points"),
        Axis::Number(u) => u.clone(),
        Axis::Days | Axis::BirthDays => SmolStr::new_static("days"),
        _ => SmolStr::default(),
    };
    let gap = outcome.gap.map(|(closest, farthest, centres)| {
        let base = side_centre(members, &outcome.sides[0]);
        Gap {
            abs: round(centres),
            rel: if base.abs() > f64::EPSILON && matches!(outcome.axis, Axis::Number(_)) {
                Some(round(centres / base.abs()))
            } else {
                None
            },
            closest: round(closest),
            farthest: round(farthest),
            unit: unit.clone(),
        }
    });
    seen_sources.clear();
    let source_count = group
        .keys
        .iter()
        .filter(|k| seen_sources.first(k.source))
        .count();
    let explanation = explain(members, source_count, &outcome, gap.as_ref());
    // gathered under a fast hash, each method hashed again only once for the report
    let mut claims_by_method: IndexMap<&str, Vec<SmolStr>, foldhash::fast::RandomState> =
        IndexMap::default();
    for (c, m) in members.iter().zip(&methods) {
        if let Some(m) = m {
            claims_by_method.entry(m).or_default().push(c.id.clone());
        }
    }
    let by_method: IndexMap<SmolStr, Vec<SmolStr>> = claims_by_method
        .into_iter()
        .map(|(m, ids)| (SmolStr::new(m), ids))
        .collect();
    Group {
        subject,
        mentions,
        predicate: first.predicate.clone(),
        scope,
        verdict: outcome.verdict,
        claims: members.iter().map(|c| c.id.clone()).collect(),
        explanation,
        values: {
            let mut described = Descriptions::default();
            members
                .iter()
                .zip(&methods)
                .map(|(c, m)| ValueReport {
                    claim: c.id.clone(),
                    source: c.source.name.clone(),
                    published: c.source.published,
                    written: c.written.clone(),
                    read_as: described.of(&c.value),
                    method: m.map(SmolStr::new),
                })
                .collect()
        },
        sides,
        gap,
        split_by_method: outcome.split_by_method,
        by_method,
        change: outcome.change,
    }
}

/// The descriptions of a group's values, each written once: sources repeat each
/// other's figures, and a description shared is a count raised rather than a string
/// written (and, past 23 bytes, allocated) again.
#[derive(Default)]
struct Descriptions<'a> {
    known: Vec<(&'a ClaimValue, SmolStr)>,
}

impl<'a> Descriptions<'a> {
    /// Distinct values remembered per group: enough for the figures a story is told
    /// with, few enough that a group of all-different values costs little to search.
    const REMEMBERED: usize = 16;

    fn of(&mut self, value: &'a ClaimValue) -> SmolStr {
        if let Some((_, text)) = self.known.iter().find(|(v, _)| *v == value) {
            return text.clone();
        }
        let text = value.describe();
        if self.known.len() < Self::REMEMBERED {
            self.known.push((value, text.clone()));
        }
        text
    }
}

fn side_centre(members: &[&Claim], side: &[usize]) -> f64 {
    let values: Vec<f64> = side
        .iter()
        .filter_map(|&i| match &members[i].value {
            crate::claim::ClaimValue::Quantity(q) => Some(q.value),
            _ => None,
        })
        .collect();
    if values.is_empty() {
        0.0
    } else {
        values.iter().sum::<f64>() / values.len() as f64
    }
}

fn round(x: f64) -> f64 {
    (x * 1e4).round() / 1e4
}

/// The distinct items, in order of first appearance; only those are copied.
fn dedup<'a>(items: impl Iterator<Item = &'a str>) -> Vec<SmolStr> {
    let mut seen: foldhash::HashSet<&str> = foldhash::HashSet::default();
    items.filter(|i| seen.insert(i)).map(SmolStr::new).collect()
}

/// Most values named in one side of an explanation; the rest are counted.
const EXPLAINED_VALUES: usize = 8;

/// "71% (Associated Press, official)": values of a side with who said them.
fn describe_side(members: &[&Claim], side: &[usize]) -> String {
    // one buffer per side, sized once: a million claims make a hundred thousand
    // explanations
    let shown = || side.iter().take(EXPLAINED_VALUES).map(|&i| members[i]);
    let size: usize = shown()
        .map(|c| c.written.len() + c.source.name.len() + c.method().map_or(0, str::len) + 6)
        .sum();
    let mut out = String::with_capacity(size + 16);
    for (n, c) in shown().enumerate() {
        if n > 0 {
            out.push_str(", ");
        }
        out.push_str(&c.written);
        out.push_str(" (");
        out.push_str(&c.source.name);
        if let Some(m) = c.method() {
            out.push_str(", ");
            out.push_str(m);
        }
        out.push(')');
    }
    if side.len() > EXPLAINED_VALUES {
        out.push_str(", and ");
        out.push_str(&(side.len() - EXPLAINED_VALUES).to_string());
        out.push_str(" more");
    }
    out
}

fn format_number(x: f64) -> String {
    if x.abs() >= 1000.0 {
        format!("{x:.0}")
    } else {
        let t = format!("{x:.2}");
        t.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A gap in words, in one unit: days become years past a year.
fn format_gap(closest: f64, farthest: f64, unit: &str) -> String {
    let (scale, unit) = if unit == "days" && farthest >= 365.0 {
        (365.25, "years")
    } else {
        (1.0, unit)
    };
    let (a, b) = (closest / scale, farthest / scale);
    let amount = if (b - a).abs() < 1e-9 || a <= 0.0 {
        format!("up to {}", format_number(b))
    } else {
        format!("{}–{}", format_number(a), format_number(b))
    };
    if unit.is_empty() {
        amount
    } else {
        format!("{amount} {unit}")
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn explain(members: &[&Claim], sources: usize, outcome: &Outcome, gap: Option<&Gap>) -> String {
    let sides = &outcome.sides;
    let n = members.len();
    match outcome.verdict {
        _ if outcome.change => {
            let steps: Vec<String> = sides.iter().map(|s| describe_side(members, s)).collect();
            format!(
                "Changed over time, in publication order: {}.",
                steps.join(", then ")
            )
        }
        Verdict::Agree if n == 1 => format!("One claim: {}.", describe_side(members, &sides[0])),
        Verdict::Agree if matches!(outcome.axis, Axis::BirthDays) => format!(
            "{}, {} agree: the ages fit one birth date at the sources' dates: {}.",
            plural(sources, "source", "sources"),
            plural(n, "claim", "claims"),
            describe_side(members, &sides[0])
        ),
        Verdict::Agree => format!(
            "{}, {} agree within rounding: {}.",
            plural(sources, "source", "sources"),
            plural(n, "claim", "claims"),
            describe_side(members, &sides[0])
        ),
        Verdict::Compatible if outcome.near_match => format!(
            "Near match: the texts differ only by words one side leaves out: {}.",
            describe_side(members, &sides[0])
        ),
        Verdict::Compatible => format!(
            "Compatible: the values differ only within precision, hedges or granularity: {}.",
            describe_side(members, &sides[0])
        ),
        Verdict::Disagree => {
            let described: Vec<String> = sides.iter().map(|s| describe_side(members, s)).collect();
            let mut s = format!("Disagree: {}", described.join(" against "));
            if let Some(g) = gap {
                s.push_str(&format!(
                    "; gap {}",
                    format_gap(g.closest, g.farthest, &g.unit)
                ));
            } else if matches!(outcome.axis, Axis::Mixed) {
                s.push_str("; the values are of different kinds or units and cannot be compared");
            }
            if outcome.split_by_method {
                s.push_str("; the split follows the method");
            }
            s.push('.');
            s
        }
    }
}
