//! A decided group as the report shows it: mentions, scope, sides with their sources
//! and methods, the gap, the explanation and every value as written and as read.

use indexmap::IndexMap;
use smol_str::SmolStr;

use super::explain::{Said, explain};
use super::findings::{Gap, Group, Side, ValueReport};
use super::verdict::{Axis, Outcome};
use crate::claim::{Claim, ClaimValue};
use crate::store::ClaimKeys;

/// A group's claims with their interned keys, so that sources and mentions are told
/// apart by number rather than by text.
pub(super) struct Members<'a> {
    pub claims: &'a [&'a Claim],
    pub keys: &'a [ClaimKeys],
    /// Each claim's method.
    pub methods: &'a [Option<&'a str>],
}

/// Which keys were seen since the last [`Seen::clear`]: a stamp per key, reused from
/// group to group, so that telling a million claims' sources apart needs neither
/// hashing nor allocation.
pub(super) struct Seen {
    stamps: Vec<u32>,
    current: u32,
}

impl Seen {
    pub fn new(keys: usize) -> Seen {
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
pub(super) fn build_group(
    subject: SmolStr,
    scope_key: &[(String, String)],
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
    // the report holds every group until it is written: lists built by pushing keep
    // no spare room (see `fitted`)
    mentions.shrink_to_fit();
    let methods = group.methods;
    let first = members[0];
    let scope: IndexMap<SmolStr, SmolStr> = {
        let mut s: Vec<(SmolStr, SmolStr)> = first
            .scope_qualifiers_read()
            .map(|(k, v)| (SmolStr::new(k), SmolStr::new(v)))
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
                fitted(
                    side.iter()
                        .filter(|&&i| seen_sources.first(group.keys[i].source))
                        .map(|&i| members[i].source.name.clone())
                        .collect(),
                )
            },
            methods: fitted(dedup(side.iter().filter_map(|&i| methods[i]))),
        })
        .collect();
    let unit = match &outcome.axis {
        Axis::Number(u, _) if u == "%" || u == "pp" => SmolStr::new_static("percentage points"),
        Axis::Number(u, _) => u.clone(),
        Axis::Days | Axis::BirthDays => SmolStr::new_static("days"),
        _ => SmolStr::default(),
    };
    let gap = outcome.gap.map(|(closest, farthest, centres)| {
        let base = side_centre(members, &outcome.sides[0]);
        Gap {
            abs: round(centres),
            rel: if base.abs() > f64::EPSILON && matches!(outcome.axis, Axis::Number(..)) {
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
    let said = Said {
        claims: members,
        methods,
    };
    let mut explanation = explain(said, source_count, &outcome, gap.as_ref());
    explanation.shrink_to_fit();
    // gathered under a fast hash, each method hashed again only once for the report
    let mut claims_by_method: IndexMap<&str, Vec<SmolStr>, foldhash::fast::RandomState> =
        IndexMap::default();
    for (c, m) in members.iter().zip(methods) {
        if let Some(m) = m {
            claims_by_method.entry(m).or_default().push(c.id.clone());
        }
    }
    let by_method: IndexMap<SmolStr, Vec<SmolStr>> = claims_by_method
        .into_iter()
        .map(|(m, ids)| (SmolStr::new(m), fitted(ids)))
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
                .zip(methods)
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
        scope_keys: scope_key
            .iter()
            .map(|(k, v)| (SmolStr::new(k), SmolStr::new(v)))
            .collect(),
        scope_spellings: super::scope::spellings(
            members
                .iter()
                .copied()
                .zip(group.keys.iter().map(|k| k.qualifiers)),
        ),
        subject_links: Vec::new(),
        consensus: None,
        consensus_by_method: Vec::new(),
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

/// `items` without spare room. A list collected through a filter, or pushed to,
/// starts with room for four items and doubles; a group's lists mostly hold one or
/// two, and a million claims' report holds hundreds of thousands of them at once.
fn fitted<T>(mut items: Vec<T>) -> Vec<T> {
    items.shrink_to_fit();
    items
}

fn side_centre(members: &[&Claim], side: &[usize]) -> f64 {
    let values: Vec<f64> = side
        .iter()
        .filter_map(|&i| match &members[i].value {
            ClaimValue::Quantity(q) => Some(q.value),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::parse_jsonl_line;
    use crate::reconcile::verdict::decide;

    #[test]
    fn seen_tells_first_sightings_and_forgets_on_clear() {
        let mut seen = Seen::new(3);
        assert!(seen.first(1));
        assert!(!seen.first(1));
        assert!(seen.first(2));
        seen.clear();
        assert!(seen.first(1));
        // keys beyond the table are always new
        assert!(seen.first(7) && seen.first(7));
    }

    #[test]
    fn a_group_row_names_sides_sources_methods_and_the_gap() {
        let lines = [
            r#"{"id":"a","source":"AP","published":"2021-01-11","subject":"Nur Otan","predicate":"vote_share","value":"71%","qualifiers":{"method":"official","event":"2021"}}"#,
            r#"{"id":"b","source":"AFP","published":"2021-01-10","subject":"Nour Otan","predicate":"vote_share","value":"nearly 72%","qualifiers":{"method":"exit poll","event":"2021"}}"#,
            r#"{"id":"c","source":"AFP","published":"2021-01-10","subject":"Nour Otan","predicate":"vote_share","value":"nearly 72%","qualifiers":{"method":"exit poll","event":"2021"}}"#,
        ];
        let claims: Vec<Claim> = lines
            .iter()
            .enumerate()
            .map(|(i, l)| parse_jsonl_line(l, i + 1).unwrap())
            .collect();
        let refs: Vec<&Claim> = claims.iter().collect();
        let keys = [
            ClaimKeys {
                mention: 0,
                predicate: 0,
                qualifiers: 0,
                source: 0,
            },
            ClaimKeys {
                mention: 1,
                predicate: 0,
                qualifiers: 1,
                source: 1,
            },
            ClaimKeys {
                mention: 1,
                predicate: 0,
                qualifiers: 1,
                source: 1,
            },
        ];
        let outcome = decide(&refs, "vote_share", false, &crate::names::Hybrid::default());
        let methods: Vec<Option<&str>> = refs.iter().map(|c| c.method()).collect();
        let members = Members {
            claims: &refs,
            keys: &keys,
            methods: &methods,
        };
        let (mut sources, mut mentions) = (Seen::new(2), Seen::new(2));
        let g = build_group(
            "Nur Otan".into(),
            &[("event".into(), "2021".into())],
            &members,
            outcome,
            &mut sources,
            &mut mentions,
        );
        assert_eq!(g.mentions, ["Nur Otan", "Nour Otan"]);
        assert_eq!(g.scope.get("event").map(SmolStr::as_str), Some("2021"));
        assert_eq!(g.sides.len(), 2);
        assert_eq!(g.sides[1].sources, ["AFP"]); // one source, named once
        assert_eq!(g.sides[1].methods, ["exit poll"]);
        assert!(g.split_by_method);
        assert_eq!(
            g.gap.as_ref().map(|g| g.unit.as_str()),
            Some("percentage points")
        );
        assert_eq!(g.by_method["exit poll"], ["b", "c"]);
        assert_eq!(g.values[1].read_as, g.values[2].read_as);
    }

    #[test]
    fn helpers_round_and_dedup() {
        assert_eq!(round(0.123_456), 0.1235);
        assert_eq!(dedup(["a", "b", "a"].into_iter()), ["a", "b"]);
    }
}
