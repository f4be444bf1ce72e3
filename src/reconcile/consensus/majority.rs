//! Majority vote: the value written most often, values compared as exact points.

use super::problem::{Problem, Value};
use super::reliability::{Standing, evidence};
use super::{ConsensusStrategy, Pick, Solution};

/// The value written most often in each group (the number as read, the text folded:
/// "71%" and "71.0" are one value, "nearly 72%" another), the first seen on a tie; a
/// source's reliability is the share of its claims that hold the majority value.
///
/// ```
/// use crosscheck::reconcile::consensus::{ConsensusStrategy, MajorityVote};
/// assert_eq!(MajorityVote.name(), "majority");
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MajorityVote;

impl ConsensusStrategy for MajorityVote {
    fn name(&self) -> &'static str {
        "majority"
    }

    fn solve(&self, problem: &Problem) -> Solution {
        let mut picks = Vec::with_capacity(problem.groups().len());
        let mut counts: Vec<u32> = Vec::new();
        for g in 0..problem.groups().len() {
            let (start, claims) = problem.claims_of(g);
            if claims.is_empty() {
                picks.push(Vec::new());
                continue;
            }
            counts.clear();
            counts.resize(problem.groups()[g].exact_values as usize, 0);
            for c in claims {
                counts[c.exact as usize] += 1;
            }
            // exact ids are numbered in order of first appearance: the first maximum wins
            let (best, &n) = counts
                .iter()
                .enumerate()
                .fold((0, &0), |acc, (e, n)| if n > acc.1 { (e, n) } else { acc });
            let holders: Vec<u32> = (0..claims.len())
                .filter(|&k| claims[k].exact as usize == best)
                .map(|k| (start + k) as u32)
                .collect();
            let interval = intersection(problem, &holders);
            picks.push(vec![Pick::new(
                holders,
                interval,
                f64::from(n) / claims.len() as f64,
            )]);
        }
        let ev = evidence(problem, &Standing::of(problem, &picks));
        let reliability = ev
            .inside
            .iter()
            .zip(&ev.outside)
            .map(|(&i, &o)| {
                if i + o == 0 {
                    0.5
                } else {
                    f64::from(i) / f64::from(i + o)
                }
            })
            .collect();
        Solution { picks, reliability }
    }
}

/// What every one of `claims` allows, when they are intervals.
pub(crate) fn intersection(problem: &Problem, claims: &[u32]) -> Option<(f64, f64)> {
    let mut out: Option<(f64, f64)> = None;
    for &i in claims {
        let Value::Span(s) = problem.claims()[i as usize].value else {
            return None;
        };
        out = Some(match out {
            None => (s.lo, s.hi),
            Some((lo, hi)) => (lo.max(s.lo), hi.min(s.hi)),
        });
    }
    out
}
