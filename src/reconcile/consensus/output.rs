//! What the consensus stage adds to the report: a [`Consensus`] per group (and per
//! method), and a [`SourceScore`] per source.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use smol_str::SmolStr;

use super::methods::MethodClass;
use super::problem::Problem;
use super::reliability::{Standing, evidence};
use super::{Pick, Solution};
use crate::date::Date;
use crate::reconcile::ValueReport;

/// The value most likely right in a group (or in one method of it).
///
/// In JSON: `{"value", "number"?, "interval"?, "confidence", "claims", "method"?}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Consensus {
    /// The supporting value as written (the most precise supporting claim's).
    pub value: SmolStr,
    /// For quantities and ages: that claim's number as written, scaled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<f64>,
    /// For quantities, dates and ages: what every supporting claim allows, `[lo, hi]`.
    /// Numbers are in the group's unit; dates (and the birth dates ages imply) are
    /// written `YYYY-MM-DD`, the last day included; an unbounded end is `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<[Bound; 2]>,
    /// How likely the value is, in [0, 1].
    pub confidence: f64,
    /// The supporting claims' ids, the one whose value is shown first.
    pub claims: Vec<SmolStr>,
    /// When the group is split by method: `official` (or `unstated`, for the claims
    /// naming no method where none names the official count), or the other method's
    /// class (`exit poll`, `organisers`, or the method folded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<SmolStr>,
}

/// One end of a consensus interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Bound {
    /// A number, in the group's unit.
    Number(f64),
    /// A day.
    Date(Date),
    /// No bound ("more than 30" has no upper one).
    Unbounded,
}

/// A source's estimated reliability with its evidence.
///
/// In JSON: `{"source", "reliability", "claims", "inside", "outside", "by_predicate"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceScore {
    /// The source's name.
    pub source: SmolStr,
    /// Its estimated reliability, in [0, 1].
    pub reliability: f64,
    /// Its claims with a value.
    pub claims: u32,
    /// Of those in groups where two sources or more speak, how many support the
    /// consensus of their group …
    pub inside: u32,
    /// … and how many do not.
    pub outside: u32,
    /// `[inside, outside]` per predicate, in order of first appearance.
    #[serde(default)]
    pub by_predicate: IndexMap<SmolStr, [u32; 2]>,
}

/// Rounds away the noise of floating-point arithmetic (71.05000000000001).
fn tidy(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let digits = 12 - x.abs().log10().ceil() as i32;
    let scale = 10f64.powi(digits.clamp(-300, 300));
    (x * scale).round() / scale
}

fn bound(x: f64, dates: bool, last: bool) -> Bound {
    if !x.is_finite() {
        return Bound::Unbounded;
    }
    if dates {
        // days are half-open: the last day is the one before the end
        let day = x as i32 - i32::from(last);
        return Date::from_ymd(1970, 1, 1)
            .map_or(Bound::Number(x), |e| Bound::Date(e.add_days(day)));
    }
    Bound::Number(tidy(x))
}

fn consensus(
    problem: &Problem,
    g: usize,
    pick: &Pick,
    values: &[ValueReport],
    split: bool,
) -> Option<Consensus> {
    let claims = problem.claims();
    let first = claims.get(*pick.claims.first()? as usize)?;
    let shown = values.get(first.pos as usize)?;
    let dates = problem.groups()[g].dates;
    Some(Consensus {
        value: shown.written.clone(),
        number: first.number.map(tidy),
        interval: pick
            .interval
            .map(|(lo, hi)| [bound(lo, dates, false), bound(hi, dates, true)]),
        confidence: tidy(pick.confidence.clamp(0.0, 1.0)),
        claims: pick
            .claims
            .iter()
            .filter_map(|&i| values.get(claims[i as usize].pos as usize))
            .map(|v| v.claim.clone())
            .collect(),
        method: match (&pick.method, split) {
            (Some(MethodClass::Official), true) => Some(SmolStr::new_static("official")),
            (Some(MethodClass::Unstated), true) => Some(SmolStr::new_static("unstated")),
            (Some(MethodClass::Other(m)), true) => Some(m.clone()),
            _ => None,
        },
    })
}

/// Group `g`'s consensus and, when it is split by method, every method's (the main
/// one first), from the group's picks and its values as the report shows them.
pub(crate) fn group_consensus(
    problem: &Problem,
    g: usize,
    picks: &[Pick],
    values: &[ValueReport],
) -> (Option<Consensus>, Vec<Consensus>) {
    let split = picks.len() > 1;
    if !split {
        let main = picks
            .first()
            .and_then(|p| consensus(problem, g, p, values, false));
        return (main, Vec::new());
    }
    let all: Vec<Consensus> = picks
        .iter()
        .filter_map(|p| consensus(problem, g, p, values, split))
        .collect();
    (all.first().cloned(), all)
}

/// The source table: most reliable first, then most claims, then by name.
pub(crate) fn source_scores(problem: &Problem, solution: &Solution) -> Vec<SourceScore> {
    let standing = Standing::of(problem, &solution.picks);
    let ev = evidence(problem, &standing);
    let supporting = &standing.supporting;
    let mut claims = vec![0u32; problem.sources().len()];
    let mut by_predicate: Vec<IndexMap<SmolStr, [u32; 2]>> = vec![IndexMap::new(); claims.len()];
    for (g, group) in problem.groups().iter().enumerate() {
        let (start, members) = problem.claims_of(g);
        for (k, c) in members.iter().enumerate() {
            claims[c.source as usize] += 1;
            if group.sources >= 2 && !solution.picks[g].is_empty() {
                let entry = by_predicate[c.source as usize]
                    .entry(group.predicate.clone())
                    .or_default();
                entry[usize::from(!supporting[start + k])] += 1;
            }
        }
    }
    let mut out: Vec<SourceScore> = problem
        .sources()
        .iter()
        .enumerate()
        .map(|(s, name)| SourceScore {
            source: name.clone(),
            reliability: tidy(
                solution
                    .reliability
                    .get(s)
                    .copied()
                    .unwrap_or(0.0)
                    .clamp(0.0, 1.0),
            ),
            claims: claims[s],
            inside: ev.inside[s],
            outside: ev.outside[s],
            by_predicate: std::mem::take(&mut by_predicate[s]),
        })
        .collect();
    out.sort_by(|a, b| {
        b.reliability
            .total_cmp(&a.reliability)
            .then(b.claims.cmp(&a.claims))
            .then(a.source.cmp(&b.source))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_are_tidy_numbers_days_or_null() {
        assert_eq!(tidy(71.05000000000001), 71.05);
        assert_eq!(bound(f64::INFINITY, false, true), Bound::Unbounded);
        // 2019: days 17897 (2019-01-01) to 18262 (2020-01-01, excluded)
        match (bound(17897.0, true, false), bound(18262.0, true, true)) {
            (Bound::Date(a), Bound::Date(b)) => {
                assert_eq!(
                    (a.to_string(), b.to_string()),
                    ("2019-01-01".into(), "2019-12-31".into())
                );
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            serde_json::to_string(&[Bound::Number(1.5), Bound::Unbounded]).unwrap(),
            "[1.5,null]"
        );
    }
}
