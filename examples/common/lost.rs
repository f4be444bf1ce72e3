//! Where grouping loses: the true pairs a report puts apart (lost) and the pairs it
//! puts together wrongly (false), counted by cause, with the most frequent pairs of subjects.
//!
//! A cause is read from the two subjects as written, independently of the crate: a
//! bare surname (one word once titles are dropped), initials, a script other than
//! Latin, another spelling, or one spelling (then the pair was split by its predicate
//! or scope). A lost pair also says whether a claim's report group is mostly about
//! another entity (it went to the wrong one) or only apart.

#![allow(dead_code)]

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

/// Titles the generator writes before a name (FEED_SPEC section 4).
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "minister",
    "akim",
    "deputy",
    "mp",
    "governor",
];

/// A subject's shape, for the cause of a pair.
pub fn shape(subject: &str) -> &'static str {
    let words: Vec<&str> = subject
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let kept: Vec<&&str> = words
        .iter()
        .skip_while(|w| TITLES.contains(&w.trim_end_matches('.').to_lowercase().as_str()))
        .collect();
    if subject.chars().any(|c| c.is_alphabetic() && !c.is_ascii()) && !latin(subject) {
        return "native script";
    }
    if kept.len() == 1 {
        return "bare surname";
    }
    let initial = kept.iter().any(|w| {
        let letters = w.trim_end_matches('.');
        w.ends_with('.') && letters.chars().count() <= 2
    });
    if initial { "initials" } else { "full name" }
}

/// True when every letter is Latin (with or without marks).
fn latin(s: &str) -> bool {
    s.chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| (c as u32) < 0x0370 || (0x1E00..0x1F00).contains(&(c as u32)))
}

/// One claim as the diagnostic needs it.
#[derive(Debug, Clone, Default)]
struct Claim {
    subject: String,
    group: String,
    entity: String,
}

/// The pairs of one cause.
#[derive(Debug, Default)]
pub struct Cause {
    /// How many.
    pub pairs: u64,
    /// Pairs by their two subjects as written.
    pub spellings: BTreeMap<String, u64>,
}

impl Cause {
    /// The `n` most frequent pairs of subjects, most frequent first.
    pub fn top(&self, n: usize) -> Vec<(&str, u64)> {
        let mut all: Vec<(&str, u64)> = self
            .spellings
            .iter()
            .map(|(s, c)| (s.as_str(), *c))
            .collect();
        all.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        all.truncate(n);
        all
    }
}

/// Lost and false pairs, by cause; and the groups called a disagreement wrongly.
#[derive(Debug, Default)]
pub struct Losses {
    pub lost: BTreeMap<String, Cause>,
    pub false_pairs: BTreeMap<String, Cause>,
    /// "Disagree" groups whose home true group (the one giving most claims) has no
    /// disagreement, by cause: counted in groups, with the subjects of the claims
    /// of the home entity against those of the others (see [`wrong_cause`]).
    pub wrong_disagreements: BTreeMap<String, Cause>,
}

/// Counts a pair under its cause, and its two subjects (in order) among the cause's
/// spellings.
fn note(map: &mut BTreeMap<String, Cause>, cause: String, a: &str, b: &str) {
    let entry = map.entry(cause).or_default();
    entry.pairs += 1;
    let (a, b) = if a <= b { (a, b) } else { (b, a) };
    *entry.spellings.entry(format!("{a}  /  {b}")).or_default() += 1;
}

/// The lost and false pairs of `report` against the claims and the truth.
pub fn losses(claims: &str, truth: &str, report: &Value) -> Result<Losses, String> {
    let mut by_id: HashMap<String, Claim> = HashMap::new();
    for line in claims.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        let id = v["id"].as_str().unwrap_or_default().to_string();
        by_id.insert(
            id,
            Claim {
                subject: v["subject"].as_str().unwrap_or_default().to_string(),
                ..Claim::default()
            },
        );
    }
    let mut kind: HashMap<String, String> = HashMap::new();
    let mut name: HashMap<String, String> = HashMap::new();
    let mut disagree: HashMap<String, bool> = HashMap::new();
    for line in truth.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        match v["kind"].as_str() {
            Some("claim") => {
                if let Some(c) = by_id.get_mut(v["claim"].as_str().unwrap_or_default()) {
                    c.group = v["group"].as_str().unwrap_or_default().to_string();
                    c.entity = v["entity"].as_str().unwrap_or_default().to_string();
                }
            }
            Some("entity") => {
                let id = v["entity"].as_str().unwrap_or_default().to_string();
                kind.insert(
                    id.clone(),
                    v["type"].as_str().unwrap_or_default().to_string(),
                );
                name.insert(id, v["name"].as_str().unwrap_or_default().to_string());
            }
            Some("group") => {
                disagree.insert(
                    v["group"].as_str().unwrap_or_default().to_string(),
                    v["disagreement"].as_bool().unwrap_or(false),
                );
            }
            _ => {}
        }
    }
    let groups = report["groups"].as_array().ok_or("report without groups")?;
    // each claim's report group, and each report group's main entity
    let mut group_of: HashMap<&str, usize> = HashMap::new();
    let mut main_entity: Vec<String> = Vec::with_capacity(groups.len());
    for (gi, g) in groups.iter().enumerate() {
        let mut count: BTreeMap<&str, usize> = BTreeMap::new();
        let ids: Vec<&str> = g["claims"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        for id in &ids {
            group_of.entry(id).or_insert(gi);
            if let Some(c) = by_id.get(*id) {
                *count.entry(c.entity.as_str()).or_default() += 1;
            }
        }
        let best = count
            .iter()
            .max_by_key(|(_, n)| **n)
            .map_or(String::new(), |(e, _)| e.to_string());
        main_entity.push(best);
    }
    let mut out = Losses::default();
    // wrong disagreements: "disagree" groups whose home true group does not disagree
    for g in groups.iter().filter(|g| g["verdict"] == "disagree") {
        let members: Vec<&Claim> = g["claims"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect::<Vec<_>>())
            .unwrap_or_default()
            .into_iter()
            .filter_map(|id| by_id.get(id))
            .collect();
        let mut count: BTreeMap<&str, usize> = BTreeMap::new();
        for c in &members {
            *count.entry(c.group.as_str()).or_default() += 1;
        }
        // the first group seen among the most frequent, as the score does
        let mut home: Option<(&str, usize)> = None;
        for c in &members {
            let n = count[c.group.as_str()];
            if home.is_none_or(|(_, best)| n > best) {
                home = Some((c.group.as_str(), n));
            }
        }
        let Some((home, _)) = home else { continue };
        if disagree.get(home).copied().unwrap_or(false) {
            continue;
        }
        let entity = home.split('|').next().unwrap_or_default();
        let (ours, others): (Vec<&Claim>, Vec<&Claim>) =
            members.iter().partition(|c| c.entity == entity);
        let cause = wrong_cause(&ours, &others, |e| {
            (
                kind.get(e).map_or("?", String::as_str),
                name.get(e).map_or("", String::as_str),
            )
        });
        let spelt = |cs: &[&Claim]| {
            let mut s: Vec<&str> = cs.iter().map(|c| c.subject.as_str()).collect();
            s.sort_unstable();
            s.dedup();
            s.join(", ")
        };
        let entry = out.wrong_disagreements.entry(cause).or_default();
        entry.pairs += 1;
        *entry
            .spellings
            .entry(format!("{}  /  {}", spelt(&ours), spelt(&others)))
            .or_default() += 1;
    }
    // false pairs: claims of one report group from two true groups
    for g in groups {
        let ids: Vec<&str> = g["claims"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        for (i, a) in ids.iter().enumerate() {
            for b in &ids[i + 1..] {
                let (Some(ca), Some(cb)) = (by_id.get(*a), by_id.get(*b)) else {
                    continue;
                };
                if ca.group == cb.group {
                    continue;
                }
                let what = if ca.entity == cb.entity {
                    "same entity, another scope".to_string()
                } else {
                    let mut s = [shape(&ca.subject), shape(&cb.subject)];
                    s.sort_unstable();
                    format!(
                        "two entities ({}): {} / {}",
                        kind.get(&ca.entity).map_or("?", String::as_str),
                        s[0],
                        s[1]
                    )
                };
                note(&mut out.false_pairs, what, &ca.subject, &cb.subject);
            }
        }
    }
    // lost pairs: claims of one true group in two report groups
    let mut true_groups: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (id, c) in &by_id {
        true_groups
            .entry(c.group.as_str())
            .or_default()
            .push(id.as_str());
    }
    for (group, ids) in &mut true_groups {
        ids.sort_unstable();
        let scoped = !group.ends_with('|');
        for (i, a) in ids.iter().enumerate() {
            for b in &ids[i + 1..] {
                let (ga, gb) = (group_of.get(a), group_of.get(b));
                if ga.is_some() && ga == gb {
                    continue;
                }
                let (ca, cb) = (&by_id[*a], &by_id[*b]);
                let cause = match (ga, gb) {
                    (Some(&ga), Some(&gb)) => {
                        let mut s = [shape(&ca.subject), shape(&cb.subject)];
                        s.sort_unstable();
                        let spelt = if ca.subject.to_lowercase() == cb.subject.to_lowercase() {
                            "one spelling".to_string()
                        } else if s[0] == s[1] {
                            s[0].to_string()
                        } else if s.contains(&"bare surname") {
                            "bare surname".to_string()
                        } else {
                            format!("{} / {}", s[0], s[1])
                        };
                        let wrong = main_entity[ga] != ca.entity || main_entity[gb] != cb.entity;
                        format!(
                            "{}: {spelt}, {}, {}",
                            kind.get(&ca.entity).map_or("?", String::as_str),
                            if scoped { "scoped" } else { "unscoped" },
                            if wrong {
                                "one went to another entity"
                            } else {
                                "apart"
                            }
                        )
                    }
                    _ => "refused".to_string(),
                };
                note(&mut out.lost, cause, &ca.subject, &cb.subject);
            }
        }
    }
    Ok(out)
}

/// Why a group was called a disagreement wrongly: all its claims are about its home
/// entity (then the values were misread, or claims of two scopes were put together),
/// or some are about other entities: namesakes (the truth gives them one name) or
/// other look-alikes, by the shapes of the other entities' subjects as written.
fn wrong_cause<'a>(
    ours: &[&Claim],
    others: &[&Claim],
    entity: impl Fn(&str) -> (&'a str, &'a str),
) -> String {
    let Some(first) = ours.first() else {
        return "no claim of the home entity".to_string();
    };
    let (kind, home_name) = entity(&first.entity);
    if others.is_empty() {
        let scopes: std::collections::BTreeSet<&str> =
            ours.iter().map(|c| c.group.as_str()).collect();
        return if scopes.len() > 1 {
            format!("one entity ({kind}): claims of several scopes")
        } else {
            format!("one entity ({kind}): values misread")
        };
    }
    let namesakes = others.iter().all(|c| entity(&c.entity).1 == home_name);
    let mut shapes: Vec<&str> = others.iter().map(|c| shape(&c.subject)).collect();
    shapes.sort_unstable();
    shapes.dedup();
    format!(
        "two entities ({kind}): {}, others written as {}",
        if namesakes {
            "namesakes"
        } else {
            "look-alikes"
        },
        shapes.join(" + ")
    )
}
