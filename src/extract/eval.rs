//! Extraction against a gold standard: precision and recall of claims, how often the
//! subject of a claim found with the right value is right, recall per predicate, how
//! often the qualifiers of the matched claims are right; and, end to end, how many
//! of the gold's disagreement groups a reconciler flags.
//!
//! This module does not run the reconciler (a later stage): the caller gives the
//! flagged groups of its report to [`score_disagreements`].

use indexmap::IndexMap;

use crate::claim::ClaimValue;
use crate::date::Date;
use crate::entity::{Registry, Resolution};
use crate::normalize::fold;

use super::PublishedDate;

/// A claim reduced to what extraction is judged on.
#[derive(Debug, Clone, PartialEq)]
pub struct Judged {
    /// The claim's id (`file#n`), empty if the line has none.
    pub id: String,
    /// The article file's name, without its folder.
    pub file: String,
    /// The subject as written.
    pub subject: String,
    /// The predicate.
    pub predicate: String,
    /// The value as written.
    pub value: String,
    /// The publication date (to read relative values): the first day of the period
    /// for a month- or year-only date, none when the line has none (an article
    /// without a header).
    pub published: Option<Date>,
    /// The qualifiers, sorted.
    pub qualifiers: Vec<(String, String)>,
}

/// How extraction did against the gold.
#[derive(Debug, Clone, PartialEq)]
pub struct ExtractionScores {
    /// Claims extracted.
    pub predicted: usize,
    /// Claims in the gold.
    pub gold: usize,
    /// Extracted claims that match a gold claim (one to one): same file, predicate,
    /// value and subject.
    pub matched: usize,
    /// Extracted claims whose file, predicate and value match a gold claim left over
    /// by the full matching, but whose subject differs: `matched` over `matched +
    /// wrong_subject` is the subject accuracy.
    pub wrong_subject: usize,
    /// (index in the extracted claims, index in the gold) of each claim counted in
    /// `wrong_subject`: the subject extracted beside the one the gold gives.
    pub wrong_subject_pairs: Vec<(usize, usize)>,
    /// Matched claims whose qualifiers equal the gold's.
    pub qualifiers_right: usize,
    /// (index in the extracted claims, index in the gold) of each match.
    pub pairs: Vec<(usize, usize)>,
    /// Per predicate of the gold: (gold claims, matched).
    pub per_predicate: IndexMap<String, (usize, usize)>,
    /// Gold claims nothing matched.
    pub missed: Vec<Judged>,
    /// Extracted claims that match nothing.
    pub spurious: Vec<Judged>,
}

impl ExtractionScores {
    /// matched / predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted)
    }

    /// matched / gold.
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    /// Of the extracted claims whose value matches a gold claim, the share whose
    /// subject is right too.
    pub fn subject_accuracy(&self) -> f64 {
        ratio(self.matched, self.matched + self.wrong_subject)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// Reads claims as JSON lines (gold or extracted) into [`Judged`] claims.
///
/// Each line needs `file`, `subject`, `predicate` and `value`; `published` may be a
/// day, a month ("2022-06") or a year, or be left out. A line without the required
/// fields is an error naming the line.
pub fn read_judged(jsonl: &str) -> Result<Vec<Judged>, String> {
    let mut out = Vec::new();
    for (i, line) in jsonl.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("line {}: {e}", i + 1))?;
        let field = |k: &str| -> Result<String, String> {
            match &v[k] {
                serde_json::Value::String(s) => Ok(s.clone()),
                serde_json::Value::Number(n) => Ok(n.to_string()),
                _ => Err(format!("line {}, field `{k}`: missing", i + 1)),
            }
        };
        let file = field("file")?;
        let published = match &v["published"] {
            serde_json::Value::Null => None,
            p => Some(
                p.as_str()
                    .unwrap_or_default()
                    .parse::<PublishedDate>()
                    .map_err(|e| format!("line {}, field `published`: {e}", i + 1))?
                    .date,
            ),
        };
        let mut qualifiers: Vec<(String, String)> = v["qualifiers"]
            .as_object()
            .map(|o| {
                o.iter()
                    .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                    .collect()
            })
            .unwrap_or_default();
        qualifiers.sort();
        out.push(Judged {
            id: v["id"].as_str().unwrap_or_default().to_string(),
            file: file.rsplit('/').next().unwrap_or(&file).to_string(),
            subject: field("subject")?,
            predicate: field("predicate")?,
            value: field("value")?,
            published,
            qualifiers,
        });
    }
    Ok(out)
}

fn same_subject(registry: &Registry, a: &str, b: &str) -> bool {
    if fold(a) == fold(b) {
        return true;
    }
    match (registry.resolve(a), registry.resolve(b)) {
        (Resolution::Entity { id: x, .. }, Resolution::Entity { id: y, .. }) => x == y,
        _ => false,
    }
}

/// The year a value without a publication date is read against: values are compared
/// as written first, and a relative date read against the same day on both sides
/// compares alike.
const NO_DATE_YEAR: i32 = 2000;

fn same_value(a: &Judged, b: &Judged) -> bool {
    let read = |j: &Judged| {
        let published = j.published.or_else(|| Date::year_start(NO_DATE_YEAR));
        published.map(|d| ClaimValue::parse(&j.value, None, &j.predicate, d).describe())
    };
    fold(&a.value) == fold(&b.value) || {
        let (x, y) = (read(a), read(b));
        x.is_some() && x == y
    }
}

/// Matches extracted claims to gold claims one to one: same file, predicate, value (as
/// read) and subject (as resolved by `registry`); then, among what is left, claims
/// that match on everything but the subject (for the subject accuracy).
pub fn score_extraction(
    gold: &[Judged],
    predicted: &[Judged],
    registry: &Registry,
) -> ExtractionScores {
    let mut taken = vec![false; gold.len()];
    let mut matched = 0;
    let mut qualifiers_right = 0;
    let mut pairs = Vec::new();
    let mut unmatched = Vec::new();
    for (k, p) in predicted.iter().enumerate() {
        let found = gold.iter().enumerate().position(|(i, g)| {
            !taken[i]
                && g.file == p.file
                && g.predicate == p.predicate
                && same_value(g, p)
                && same_subject(registry, &g.subject, &p.subject)
        });
        match found {
            Some(i) => {
                taken[i] = true;
                matched += 1;
                pairs.push((k, i));
                if gold[i].qualifiers == p.qualifiers {
                    qualifiers_right += 1;
                }
            }
            None => unmatched.push(k),
        }
    }
    // the right value under the wrong subject
    let mut by_value = taken.clone();
    let mut wrong_subject = 0;
    let mut wrong_subject_pairs = Vec::new();
    for &k in &unmatched {
        let p = &predicted[k];
        if let Some(i) = gold.iter().enumerate().position(|(i, g)| {
            !by_value[i] && g.file == p.file && g.predicate == p.predicate && same_value(g, p)
        }) {
            by_value[i] = true;
            wrong_subject += 1;
            wrong_subject_pairs.push((k, i));
        }
    }
    let mut per_predicate: IndexMap<String, (usize, usize)> = IndexMap::new();
    for (g, t) in gold.iter().zip(&taken) {
        let e = per_predicate.entry(g.predicate.clone()).or_default();
        e.0 += 1;
        e.1 += usize::from(*t);
    }
    per_predicate.sort_by(|ka, a, kb, b| b.0.cmp(&a.0).then(ka.cmp(kb)));
    ExtractionScores {
        predicted: predicted.len(),
        gold: gold.len(),
        matched,
        wrong_subject,
        wrong_subject_pairs,
        qualifiers_right,
        pairs,
        per_predicate,
        missed: gold
            .iter()
            .zip(&taken)
            .filter(|(_, t)| !**t)
            .map(|(g, _)| g.clone())
            .collect(),
        spurious: unmatched.iter().map(|&k| predicted[k].clone()).collect(),
    }
}

/// One line of a `disagreements.jsonl`: the gold ids on each side and the verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldGroup {
    /// Gold claim ids, one list per side.
    pub sides: Vec<Vec<String>>,
    /// True for `disagree`, false for `compatible`.
    pub disagree: bool,
}

/// Reads a `disagreements.jsonl`.
pub fn read_gold_groups(jsonl: &str) -> Result<Vec<GoldGroup>, String> {
    let mut out = Vec::new();
    for (i, line) in jsonl.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("line {}: {e}", i + 1))?;
        let sides = v["claims"]
            .as_array()
            .ok_or_else(|| format!("line {}, field `claims`: missing", i + 1))?
            .iter()
            .map(|side| {
                side.as_array()
                    .map(|ids| {
                        ids.iter()
                            .filter_map(|x| x.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default()
            })
            .collect();
        let disagree = match v["verdict"].as_str() {
            Some("disagree") => true,
            Some("compatible") => false,
            _ => {
                return Err(format!(
                    "line {}, field `verdict`: not disagree/compatible",
                    i + 1
                ));
            }
        };
        out.push(GoldGroup { sides, disagree });
    }
    Ok(out)
}

/// End to end: how many gold groups were flagged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DisagreementScores {
    /// `disagree` groups in the gold.
    pub disagree: usize,
    /// Of those, how many the reconciler flagged.
    pub flagged: usize,
    /// `compatible` groups in the gold.
    pub compatible: usize,
    /// Of those, how many the reconciler flagged (false alarms).
    pub false_alarms: usize,
}

impl DisagreementScores {
    /// flagged / disagree.
    pub fn flagged_share(&self) -> f64 {
        ratio(self.flagged, self.disagree)
    }

    /// false_alarms / compatible (0 when there are none).
    pub fn false_alarm_share(&self) -> f64 {
        if self.compatible == 0 {
            0.0
        } else {
            self.false_alarms as f64 / self.compatible as f64
        }
    }

    /// Adds another set's counts.
    pub fn add(&mut self, other: DisagreementScores) {
        self.disagree += other.disagree;
        self.flagged += other.flagged;
        self.compatible += other.compatible;
        self.false_alarms += other.false_alarms;
    }
}

/// Scores a reconciler's flags against the gold groups. `gold_of` maps the id of an
/// extracted claim to the gold id it matched; `flagged` holds, for each group the
/// reconciler called a disagreement, its sides as lists of extracted claim ids.
///
/// A gold group counts as flagged when two of its claims that the gold puts on
/// different sides were matched by extracted claims that sit in one flagged group but
/// on no common side of it: the reconciler told the same two values apart.
pub fn score_disagreements(
    groups: &[GoldGroup],
    gold_of: &IndexMap<String, String>,
    flagged: &[Vec<Vec<String>>],
) -> DisagreementScores {
    // per flagged group: gold id → the sides it is on
    let placed: Vec<IndexMap<&str, Vec<usize>>> = flagged
        .iter()
        .map(|sides| {
            let mut m: IndexMap<&str, Vec<usize>> = IndexMap::new();
            for (s, ids) in sides.iter().enumerate() {
                for id in ids {
                    if let Some(g) = gold_of.get(id) {
                        m.entry(g.as_str()).or_default().push(s);
                    }
                }
            }
            m
        })
        .collect();
    let told_apart = |a: &str, b: &str| {
        placed.iter().any(|m| match (m.get(a), m.get(b)) {
            (Some(x), Some(y)) => !x.iter().any(|s| y.contains(s)),
            _ => false,
        })
    };
    let mut out = DisagreementScores::default();
    for g in groups {
        let hit = g.sides.iter().enumerate().any(|(i, a)| {
            g.sides[i + 1..]
                .iter()
                .any(|b| a.iter().any(|x| b.iter().any(|y| told_apart(x, y))))
        });
        if g.disagree {
            out.disagree += 1;
            out.flagged += usize::from(hit);
        } else {
            out.compatible += 1;
            out.false_alarms += usize::from(hit);
        }
    }
    out
}
