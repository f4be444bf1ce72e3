//! Extraction against a gold standard: precision and recall of claims, and how often
//! the qualifiers of the matched claims are right.

use crate::claim::ClaimValue;
use crate::date::Date;
use crate::entity::{Registry, Resolution};
use crate::normalize::fold;

/// A claim reduced to what extraction is judged on.
#[derive(Debug, Clone, PartialEq)]
pub struct Judged {
    /// The article file's name, without its folder.
    pub file: String,
    /// The subject as written.
    pub subject: String,
    /// The predicate.
    pub predicate: String,
    /// The value as written.
    pub value: String,
    /// The publication date (to read relative values).
    pub published: Date,
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
    /// Extracted claims that match a gold claim (one to one).
    pub matched: usize,
    /// Matched claims whose qualifiers equal the gold's.
    pub qualifiers_right: usize,
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
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// Reads claims as JSON lines (gold or extracted) into [`Judged`] claims.
///
/// Each line needs `file`, `subject`, `predicate`, `value` and `published`; a line
/// without them is an error naming the line.
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
        let published = field("published")?
            .parse::<Date>()
            .map_err(|e| format!("line {}, field `published`: {e}", i + 1))?;
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

fn same_value(a: &Judged, b: &Judged) -> bool {
    let read = |j: &Judged| ClaimValue::parse(&j.value, None, &j.predicate, j.published).describe();
    fold(&a.value) == fold(&b.value) || read(a) == read(b)
}

/// Matches extracted claims to gold claims one to one: same file, predicate, value (as
/// read) and subject (as resolved by `registry`).
pub fn score_extraction(
    gold: &[Judged],
    predicted: &[Judged],
    registry: &Registry,
) -> ExtractionScores {
    let mut taken = vec![false; gold.len()];
    let mut matched = 0;
    let mut qualifiers_right = 0;
    let mut spurious = Vec::new();
    for p in predicted {
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
                if gold[i].qualifiers == p.qualifiers {
                    qualifiers_right += 1;
                }
            }
            None => spurious.push(p.clone()),
        }
    }
    ExtractionScores {
        predicted: predicted.len(),
        gold: gold.len(),
        matched,
        qualifiers_right,
        missed: gold
            .iter()
            .zip(&taken)
            .filter(|(_, t)| !**t)
            .map(|(g, _)| g.clone())
            .collect(),
        spurious,
    }
}
