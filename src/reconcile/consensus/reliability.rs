//! A source's evidence (its claims inside and outside the consensus) and its
//! reliability, smoothed by a prior.

use super::Pick;
use super::methods::MethodClass;
use super::problem::{ClaimInput, Problem, Span, Value};

/// Where each claim stands against the picks of its group: what reliability, the
/// source table and copy detection read of a round's consensus.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Standing {
    /// Per claim: it supports a pick of its group.
    pub supporting: Vec<bool>,
    /// Per claim: it supports a pick, or it names no method in a group split by method
    /// and its interval overlaps some method's pick (an exit poll left unlabelled is
    /// no error).
    pub inside: Vec<bool>,
    /// Per group: its main pick's confidence; `None` when it has no pick.
    pub confidence: Vec<Option<f64>>,
}

impl Standing {
    /// Empty, for `claims` claims and `groups` groups.
    pub fn new(claims: usize, groups: usize) -> Standing {
        Standing {
            supporting: vec![false; claims],
            inside: vec![false; claims],
            confidence: vec![None; groups],
        }
    }

    /// The standing of every claim against `picks`.
    pub fn of(problem: &Problem, picks: &[Vec<Pick>]) -> Standing {
        let mut out = Standing::new(problem.claims().len(), problem.groups().len());
        for (g, group_picks) in picks.iter().enumerate() {
            for p in group_picks {
                for &i in &p.claims {
                    out.supporting[i as usize] = true;
                }
            }
            let intervals = || group_picks.iter().filter_map(|p| p.interval);
            out.set_group(problem, g, group_picks.len(), intervals);
            out.confidence[g] = group_picks.first().map(|p| p.confidence);
        }
        out
    }

    /// Sets `inside` for the claims of group `g` from `supporting` and the intervals
    /// of its `picks` picks.
    pub fn set_group<I: Iterator<Item = (f64, f64)>>(
        &mut self,
        problem: &Problem,
        g: usize,
        picks: usize,
        intervals: impl Fn() -> I,
    ) {
        let (start, claims) = problem.claims_of(g);
        let range = start..start + claims.len();
        self.inside[range.clone()].copy_from_slice(&self.supporting[range]);
        if picks < 2 {
            return;
        }
        for (k, c) in claims.iter().enumerate() {
            self.inside[start + k] |= agrees_unstated(c, intervals());
        }
    }

    /// The groups that say something about their sources: two sources or more, and a
    /// pick. Each with its main pick's confidence.
    fn informative(&self, problem: &Problem) -> impl Iterator<Item = (usize, f64)> {
        let groups = problem.groups();
        self.confidence
            .iter()
            .enumerate()
            .filter_map(move |(g, c)| c.filter(|_| groups[g].sources >= 2).map(|c| (g, c)))
    }
}

/// Claims inside and outside the consensus, per source.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Evidence {
    pub inside: Vec<u32>,
    pub outside: Vec<u32>,
}

/// Counts each source's claims inside a pick of their group (supporting it) and
/// outside every pick, over the groups where at least two sources speak: in a group of
/// one source, the consensus is that source, which says nothing about it.
pub(crate) fn evidence(problem: &Problem, standing: &Standing) -> Evidence {
    let n = problem.sources().len();
    let mut ev = Evidence {
        inside: vec![0; n],
        outside: vec![0; n],
    };
    for (g, _) in standing.informative(problem) {
        let (start, claims) = problem.claims_of(g);
        for (k, c) in claims.iter().enumerate() {
            if standing.inside[start + k] {
                ev.inside[c.source as usize] += 1;
            } else {
                ev.outside[c.source as usize] += 1;
            }
        }
    }
    ev
}

/// A claim that names no method, in a group split by method, agrees with the
/// consensus of some method when its interval overlaps that consensus's `intervals`.
fn agrees_unstated(c: &ClaimInput, mut intervals: impl Iterator<Item = (f64, f64)>) -> bool {
    if c.method != MethodClass::Unstated {
        return false;
    }
    let Value::Span(s) = c.value else {
        return false;
    };
    intervals.any(|(lo, hi)| {
        s.overlaps(&Span {
            lo,
            hi,
            lo_open: false,
            hi_open: false,
        })
    })
}

/// A reliability from `right` of `seen` claims, pulled towards `prior` as
/// if `strength` more claims had been seen at that rate (a Beta prior's mean): a
/// source with one or two claims stays near the prior.
///
/// The result is in (0, 1) whenever `0 < prior < 1` and `strength > 0`.
pub(crate) fn smoothed(right: f64, seen: f64, prior: f64, strength: f64) -> f64 {
    if seen + strength <= 0.0 {
        return prior;
    }
    (right + strength * prior) / (seen + strength)
}

/// Every source's reliability from where its claims stand, each claim counted softly: a claim
/// supporting its group's consensus counts as right by the consensus's confidence, a
/// claim against it by the chance the consensus is wrong. A close call (two sources
/// alone, one against the other) thus moves neither much, where counting it whole
/// would reward whichever source started ahead. Smoothed by the prior like
/// [`smoothed`].
///
/// Each claim counts by `weight` (its share of independent, current evidence: a claim
/// repeating a copied value, or an old value of a time-varying fact, says little about
/// its source). `source_of` holds each claim's source, as [`ClaimInput::source`] does
/// (read apart, so that the rounds need not walk the claims).
pub(crate) fn reliabilities(
    problem: &Problem,
    standing: &Standing,
    prior: f64,
    strength: f64,
    weight: &[f64],
    source_of: &[u32],
) -> Vec<f64> {
    let n = problem.sources().len();
    let mut right = vec![0.0; n];
    let mut seen = vec![0.0; n];
    for (g, confidence) in standing.informative(problem) {
        let group = &problem.groups()[g];
        let start = group.start as usize;
        for k in 0..group.len as usize {
            let s = source_of[start + k] as usize;
            let w = weight[start + k];
            seen[s] += w;
            right[s] += w * if standing.inside[start + k] {
                confidence
            } else {
                1.0 - confidence
            };
        }
    }
    right
        .iter()
        .zip(&seen)
        .map(|(&r, &n)| smoothed(r, n, prior, strength))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn few_claims_stay_near_the_prior_many_claims_speak_for_themselves() {
        // one claim, wrong: not 0
        let one_wrong = smoothed(0.0, 1.0, 0.8, 4.0);
        assert!((one_wrong - 0.64).abs() < 1e-12);
        // two right: not 1
        assert!((smoothed(2.0, 2.0, 0.8, 4.0) - 5.2 / 6.0).abs() < 1e-12);
        // a hundred claims, 60 right: close to 0.6
        assert!((smoothed(60.0, 100.0, 0.8, 4.0) - 0.6).abs() < 0.01);
        // no evidence: the prior
        assert_eq!(smoothed(0.0, 0.0, 0.8, 4.0), 0.8);
    }
}
