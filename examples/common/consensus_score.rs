//! Scores a report's consensus values and source reliabilities against a feed's truth
//! (`FEED_SPEC.md`, section 7). Used by `compare_consensus` and the consensus tests.
//!
//! **Accuracy.** Over the true groups with at least two claims that give a value: the
//! group's *home* is the report group holding most of its claims (ties: the earlier);
//! its consensus is correct when
//!
//! - for numbers and dates: the *target* lies in the consensus interval (a relative
//!   tolerance of 1e-9). The target is the true value of the group's latest published
//!   claim (every claim's true value when the value does not change; the value in force
//!   for time-varying groups), among the official method's claims (`official`,
//!   `preliminary`, `police estimate`) when the group is split by method (`by_method`
//!   given); for ages, the birth date (ages are read as birth dates); for dates, the
//!   group's `truth` (a year stands for its 1 July);
//! - for texts and lists of names: the claim shown (the consensus's first) is neither
//!   erroneous nor empty, and a list is not cut short by "et al."; for a time-varying
//!   text (an officeholder, its truth given per claim and the group's `truth` null),
//!   its true value is also the latest published claim's.
//!
//! "Published" is the date the store reads from the claim (any format ingest accepts);
//! claims the store refuses have none and never give the target.
//!
//! A group whose home has no consensus counts as wrong. The same rule applies to every
//! strategy.
//!
//! **Reliability.** Spearman's rank correlation (ties ranked by their mean) between
//! each source's estimated reliability and its true one, over the sources in both.
//!
//! **Copied errors.** A group *at risk* holds a claim that copies an erroneous value,
//! while among its independent claims (not copied, with a value, of the official method
//! when methods differ) the correct ones come from more sources than the erroneous
//! ones. It is *flipped* when its consensus is wrong.

#![allow(dead_code)] // the ceiling and the listing of errors serve one example

use std::collections::HashMap;

use crosscheck::date::Date;
use crosscheck::report::{Bound, Consensus, Group, Report};
use serde_json::Value;

/// What the truth says about one claim.
#[derive(Debug, Clone)]
pub struct TruthClaim {
    pub source: String,
    /// The true group (fact) it is a claim of.
    pub group: String,
    pub true_value: Value,
    pub method: Option<String>,
    pub erroneous: bool,
    pub copied: bool,
    pub empty: bool,
}

/// What the truth says about one group.
#[derive(Debug, Clone)]
pub struct TruthGroup {
    pub predicate: String,
    pub truth: Value,
    pub by_method: Option<Vec<(String, f64)>>,
    pub time_varying: bool,
    pub born: Option<String>,
    pub claims: Vec<String>,
}

/// The truth of a feed.
#[derive(Debug, Default)]
pub struct FeedTruth {
    pub claims: HashMap<String, TruthClaim>,
    pub groups: Vec<(String, TruthGroup)>,
    pub reliability: Vec<(String, f64)>,
}

impl FeedTruth {
    /// Reads the truth JSONL.
    pub fn parse(text: &str) -> Result<FeedTruth, String> {
        let mut t = FeedTruth::default();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut members: HashMap<String, Vec<String>> = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: Value =
                serde_json::from_str(line).map_err(|e| format!("truth line {}: {e}", n + 1))?;
            let s = |k: &str| v[k].as_str().unwrap_or_default().to_string();
            match v["kind"].as_str() {
                Some("claim") => {
                    members.entry(s("group")).or_default().push(s("claim"));
                    t.claims.insert(
                        s("claim"),
                        TruthClaim {
                            source: s("source"),
                            group: s("group"),
                            true_value: v["true_value"].clone(),
                            method: v["method"].as_str().map(String::from),
                            erroneous: v["erroneous"].as_bool().unwrap_or(false),
                            copied: !v["copied_from"].is_null(),
                            empty: v["empty"].as_bool().unwrap_or(false),
                        },
                    );
                }
                Some("group") => {
                    let by_method = v["by_method"].as_object().map(|m| {
                        m.iter()
                            .filter_map(|(k, x)| Some((k.clone(), x.as_f64()?)))
                            .collect()
                    });
                    index.insert(s("group"), t.groups.len());
                    t.groups.push((
                        s("group"),
                        TruthGroup {
                            predicate: s("predicate"),
                            truth: v["truth"].clone(),
                            by_method,
                            time_varying: v["time_varying"].as_bool().unwrap_or(false),
                            born: v["born"].as_str().map(String::from),
                            claims: Vec::new(),
                        },
                    ));
                }
                Some("source") => {
                    if let Some(r) = v["reliability"].as_f64() {
                        t.reliability.push((s("source"), r));
                    }
                }
                _ => {}
            }
        }
        for (g, ids) in members {
            if let Some(&i) = index.get(&g) {
                t.groups[i].1.claims = ids;
            }
        }
        for (_, g) in &mut t.groups {
            g.claims.sort();
        }
        Ok(t)
    }
}

/// Accuracy and its parts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConsensusScore {
    pub groups: usize,
    pub correct: usize,
    /// (correct, groups) of numbers and dates, texts and lists, method splits, time-varying.
    pub numbers: (usize, usize),
    pub texts: (usize, usize),
    pub by_method: (usize, usize),
    pub time_varying: (usize, usize),
    pub spearman: f64,
    /// (flipped, at risk)
    pub copied_flips: (usize, usize),
    /// (correct, groups) per predicate
    pub predicates: std::collections::BTreeMap<String, (usize, usize)>,
}

impl ConsensusScore {
    pub fn accuracy(&self) -> f64 {
        ratio(self.correct, self.groups)
    }
}

pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn days(text: &str) -> Option<f64> {
    text.parse::<Date>()
        .ok()
        .map(|d| f64::from(d.days_since_epoch()))
}

fn inside(target: f64, c: &Consensus) -> bool {
    let Some([lo, hi]) = &c.interval else {
        return false;
    };

    let tol = 1e-9 * target.abs().max(1.0);
    let lo_ok = match lo {
        Bound::Number(x) => target >= x - tol,
        Bound::Date(d) => target >= f64::from(d.days_since_epoch()),
        Bound::Unbounded => true,
    };
    let hi_ok = match hi {
        Bound::Number(x) => target <= x + tol,
        Bound::Date(d) => target <= f64::from(d.days_since_epoch()),
        Bound::Unbounded => true,
    };
    lo_ok && hi_ok
}

/// The claims' publication dates, by id, as the store read them (timestamps,
/// month-only dates and the other formats ingest accepts; lines it refused have none).
pub fn published(store: &crosscheck::store::ClaimStore) -> HashMap<String, f64> {
    store
        .iter()
        .map(|c| {
            (
                c.id.to_string(),
                f64::from(c.source.published.days_since_epoch()),
            )
        })
        .collect()
}

const OFFICIAL: &[&str] = &["official", "preliminary", "police estimate"];

/// One true group as the scorer sees it: its claims with a value, its home in the
/// report, whether it is a text, and how a consensus of it is judged.
struct Judged<'a> {
    name: &'a str,
    group: &'a TruthGroup,
    valued: Vec<&'a String>,
    home: Option<&'a Group>,
    /// the home's index among the report's groups
    home_at: Option<usize>,
    text: bool,
}

impl Judged<'_> {
    /// Whether consensus `c` of the group's home is right.
    fn correct(
        &self,
        truth: &FeedTruth,
        published: &HashMap<String, f64>,
        c: Option<&Consensus>,
    ) -> bool {
        let g = self.group;
        let target: Option<f64> = if g.predicate == "age" {
            g.born.as_deref().and_then(days)
        } else if g.predicate == "born" {
            g.truth.as_str().and_then(days)
        } else {
            // the true value of the latest claim (of the official method, when methods
            // differ): the value in force for time-varying groups, the one value of
            // every claim otherwise
            self.valued
                .iter()
                .filter(|c| {
                    g.by_method.is_none()
                        || truth.claims[**c]
                            .method
                            .as_deref()
                            .is_some_and(|m| OFFICIAL.contains(&m))
                })
                .filter_map(|c| Some((published.get(*c)?, truth.claims[*c].true_value.as_f64()?)))
                .max_by(|a, b| a.0.total_cmp(b.0))
                .map(|x| x.1)
                .map(|v| match c.and_then(|c| c.interval.as_ref()) {
                    // a year (founded) against an interval of days: its middle day
                    Some([Bound::Date(_), _] | [_, Bound::Date(_)]) => {
                        Date::from_ymd(v as i32, 7, 1)
                            .map_or(v, |d| f64::from(d.days_since_epoch()))
                    }
                    _ => v,
                })
        };
        match c {
            None => false,
            Some(c) if self.text => c
                .claims
                .first()
                .and_then(|id| truth.claims.get(id.as_str()))
                .is_some_and(|t| {
                    !t.erroneous
                        && !t.empty
                        && !c.value.to_lowercase().contains("et al")
                        // a time-varying text (an officeholder): the one in force at the
                        // latest claim
                        && (!g.time_varying
                            || self.latest_text(truth, published) == Some(&t.true_value))
                }),
            Some(c) => target.is_some_and(|t| inside(t, c)),
        }
    }
}

impl<'a> Judged<'a> {
    /// The true value of the latest claim, for a time-varying text.
    fn latest_text(
        &self,
        truth: &'a FeedTruth,
        published: &HashMap<String, f64>,
    ) -> Option<&'a Value> {
        self.valued
            .iter()
            .filter_map(|c| Some((published.get(*c)?, &truth.claims[*c].true_value)))
            .max_by(|a, b| a.0.total_cmp(b.0))
            .map(|x| x.1)
    }
}

/// The true groups with at least two claims that give a value, each with its home.
fn judged<'a>(truth: &'a FeedTruth, report: &'a Report) -> Vec<Judged<'a>> {
    let mut home_of: HashMap<&str, usize> = HashMap::new();
    for (i, g) in report.groups.iter().enumerate() {
        for c in &g.claims {
            home_of.insert(c.as_str(), i);
        }
    }
    let mut out = Vec::new();
    for (name, g) in &truth.groups {
        let valued: Vec<&String> = g
            .claims
            .iter()
            .filter(|c| truth.claims.get(*c).is_some_and(|t| !t.empty))
            .collect();
        if valued.len() < 2 {
            continue;
        }
        // the home: the report group holding most of the claims, the earlier on a tie
        let mut count: HashMap<usize, usize> = HashMap::new();
        for c in &g.claims {
            if let Some(&h) = home_of.get(c.as_str()) {
                *count.entry(h).or_default() += 1;
            }
        }
        let home_at = count
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(&h, _)| h);
        let home = home_at.map(|h| &report.groups[h]);
        // a text, or a time-varying text whose truth is given per claim only
        let text = g.truth.is_string() && g.predicate != "born"
            || g.truth.is_array()
            || g.truth.is_null()
                && valued
                    .iter()
                    .any(|c| truth.claims[*c].true_value.is_string());
        out.push(Judged {
            name,
            group: g,
            valued,
            home,
            home_at,
            text,
        });
    }
    out
}

/// Scores `report` against the truth.
pub fn score(
    truth: &FeedTruth,
    published: &HashMap<String, f64>,
    report: &Report,
) -> ConsensusScore {
    let mut s = ConsensusScore::default();
    for j in judged(truth, report) {
        let g = j.group;
        let correct = j.correct(truth, published, j.home.and_then(|h| h.consensus.as_ref()));
        s.groups += 1;
        s.correct += usize::from(correct);
        let p = s.predicates.entry(g.predicate.clone()).or_default();
        p.0 += usize::from(correct);
        p.1 += 1;
        let part = if j.text { &mut s.texts } else { &mut s.numbers };
        part.0 += usize::from(correct);
        part.1 += 1;
        if g.by_method.is_some() {
            s.by_method.0 += usize::from(correct);
            s.by_method.1 += 1;
        }
        if g.time_varying {
            s.time_varying.0 += usize::from(correct);
            s.time_varying.1 += 1;
        }
        // copied errors against independent sources
        let copied_error = j.valued.iter().any(|c| {
            let t = &truth.claims[*c];
            t.copied && t.erroneous
        });
        if copied_error {
            let mut right: Vec<&str> = Vec::new();
            let mut wrong: Vec<&str> = Vec::new();
            for c in &j.valued {
                let t = &truth.claims[*c];
                let official = g.by_method.is_none()
                    || t.method.as_deref().is_some_and(|m| OFFICIAL.contains(&m));
                if t.copied || !official {
                    continue;
                }
                let side = if t.erroneous { &mut wrong } else { &mut right };
                if !side.contains(&t.source.as_str()) {
                    side.push(&t.source);
                }
            }
            if right.len() > wrong.len() {
                s.copied_flips.1 += 1;
                s.copied_flips.0 += usize::from(!correct);
            }
        }
    }
    let estimated: HashMap<&str, f64> = report
        .sources
        .iter()
        .map(|x| (x.source.as_str(), x.reliability))
        .collect();
    let pairs: Vec<(f64, f64)> = truth
        .reliability
        .iter()
        .filter_map(|(name, r)| Some((*estimated.get(name.as_str())?, *r)))
        .collect();
    s.spearman = spearman(&pairs);
    s
}

/// The ceiling of accuracy: (groups where some consensus of the home is right, groups
/// scored), for a report whose consensus per method lists every claim on its own (see
/// `compare_consensus`'s `EveryClaim`). A consensus interval is what all its claims
/// allow, so a right one needs a claim whose own interval holds the truth: no strategy
/// that picks among the claims scores above this share.
pub fn ceiling(
    truth: &FeedTruth,
    published: &HashMap<String, f64>,
    report: &Report,
) -> (usize, usize) {
    let all = judged(truth, report);
    let reachable = all
        .iter()
        .filter(|j| {
            j.home.is_some_and(|h| {
                h.consensus_by_method
                    .iter()
                    .chain(&h.consensus)
                    .any(|c| j.correct(truth, published, Some(c)))
            })
        })
        .count();
    (reachable, all.len())
}

/// The true groups (by their first claim) where no claim's own value is right, for a
/// report made as [`ceiling`] expects: the groups no strategy can get right.
pub fn out_of_reach(
    truth: &FeedTruth,
    published: &HashMap<String, f64>,
    every: &Report,
) -> std::collections::HashSet<String> {
    judged(truth, every)
        .iter()
        .filter(|j| {
            !j.home.is_some_and(|h| {
                h.consensus_by_method
                    .iter()
                    .chain(&h.consensus)
                    .any(|c| j.correct(truth, published, Some(c)))
            })
        })
        .filter_map(|j| j.group.claims.first().cloned())
        .collect()
}

/// The groups whose consensus is wrong, each described on a few lines: its predicate,
/// its target or truth (and "out of reach" when no claim's own value is right, see
/// [`out_of_reach`]), the consensus, then every claim (source, method, published, as
/// written and as read, true value, erroneous, copied). At most `limit` groups.
pub fn wrong_groups(
    truth: &FeedTruth,
    published: &HashMap<String, f64>,
    report: &Report,
    unreachable: &std::collections::HashSet<String>,
    limit: usize,
) -> Vec<String> {
    let all = judged(truth, report);
    // where each scored fact is judged, to tell which facts a listed group answers for
    let fact_home: HashMap<&str, usize> = all
        .iter()
        .filter_map(|j| Some((j.name, j.home_at?)))
        .collect();
    // each source's estimated and true reliability
    let estimated: HashMap<&str, f64> = report
        .sources
        .iter()
        .map(|x| (x.source.as_str(), x.reliability))
        .collect();
    let actual: HashMap<&str, f64> = truth
        .reliability
        .iter()
        .map(|(s, r)| (s.as_str(), *r))
        .collect();
    let mut out = Vec::new();
    for j in &all {
        if out.len() >= limit {
            break;
        }
        let consensus = j.home.and_then(|h| h.consensus.as_ref());
        if j.correct(truth, published, consensus) {
            continue;
        }
        let g = j.group;
        let reach = if g.claims.first().is_some_and(|c| unreachable.contains(c)) {
            " (out of reach)"
        } else {
            ""
        };
        let mut text = format!(
            "{} truth {}{}{}{reach}\n",
            g.predicate,
            g.truth,
            g.born
                .as_deref()
                .map(|b| format!(" born {b}"))
                .unwrap_or_default(),
            if g.time_varying {
                " (time-varying)"
            } else {
                ""
            }
        );
        match consensus {
            Some(c) => text.push_str(&format!(
                "  consensus {:?} interval {:?} confidence {:.3} claims {:?}\n",
                c.value, c.interval, c.confidence, c.claims
            )),
            None => text.push_str("  no consensus\n"),
        }
        if let (Some(h), Some(at)) = (j.home, j.home_at) {
            for v in &h.values {
                let t = truth.claims.get(v.claim.as_str());
                // the claim's fact: "*" when it is judged here, "this" for the listed one
                let fact = t.map_or(String::new(), |t| {
                    let mark = if t.group == j.name {
                        "this"
                    } else if fact_home.get(t.group.as_str()) == Some(&at) {
                        "*"
                    } else {
                        ""
                    };
                    format!("[{}{mark}] ", t.group)
                });
                let r = |m: &HashMap<&str, f64>| {
                    m.get(v.source.as_str())
                        .map_or("?".to_string(), |r| format!("{r:.2}"))
                };
                let fact = format!("r {}/{} {fact}", r(&estimated), r(&actual));
                text.push_str(&format!(
                    "  {:<9} {:<22} {:<14} {} {:<28} {:<44} {fact}true {} {}{}\n",
                    v.claim,
                    v.source,
                    v.method.as_deref().unwrap_or("-"),
                    v.published,
                    v.written,
                    v.read_as,
                    t.map(|t| t.true_value.to_string()).unwrap_or_default(),
                    if t.is_some_and(|t| t.erroneous) {
                        "ERR "
                    } else {
                        ""
                    },
                    if t.is_some_and(|t| t.copied) {
                        "COPY"
                    } else {
                        ""
                    },
                ));
            }
        }
        out.push(text);
    }
    out
}

fn ranks(values: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
    let mut r = vec![0.0; values.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && values[order[j + 1]] == values[order[i]] {
            j += 1;
        }
        let mean = (i + j) as f64 / 2.0 + 1.0;
        for k in i..=j {
            r[order[k]] = mean;
        }
        i = j + 1;
    }
    r
}

/// Spearman's rank correlation of the pairs (Pearson's on their ranks).
pub fn spearman(pairs: &[(f64, f64)]) -> f64 {
    let n = pairs.len();
    if n < 2 {
        return 0.0;
    }
    let a = ranks(&pairs.iter().map(|p| p.0).collect::<Vec<_>>());
    let b = ranks(&pairs.iter().map(|p| p.1).collect::<Vec<_>>());
    let mean = (n as f64 + 1.0) / 2.0;
    let (mut sab, mut saa, mut sbb) = (0.0, 0.0, 0.0);
    for i in 0..n {
        sab += (a[i] - mean) * (b[i] - mean);
        saa += (a[i] - mean).powi(2);
        sbb += (b[i] - mean).powi(2);
    }
    if saa == 0.0 || sbb == 0.0 {
        0.0
    } else {
        sab / (saa * sbb).sqrt()
    }
}
