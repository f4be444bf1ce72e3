//! A source's evidence (its claims inside and outside the consensus) and its
//! reliability, smoothed by a prior.

use super::Pick;
use super::problem::{Problem, Span, Value};

/// Claims inside and outside the consensus, per source.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Evidence {
    pub inside: Vec<u32>,
    pub outside: Vec<u32>,
}

/// Counts each source's claims inside a pick of their group (supporting it) and
/// outside every pick, over the groups where at least two sources speak: in a group of
/// one source, the consensus is that source, which says nothing about it.
pub(crate) fn evidence(problem: &Problem, picks: &[Vec<Pick>]) -> Evidence {
    let n = problem.sources().len();
    let mut ev = Evidence {
        inside: vec![0; n],
        outside: vec![0; n],
    };
    let mut supporting = vec![false; problem.claims().len()];
    for (g, group_picks) in picks.iter().enumerate() {
        if problem.groups()[g].sources < 2 || group_picks.is_empty() {
            continue;
        }
        for p in group_picks {
            for &i in &p.claims {
                supporting[i as usize] = true;
            }
        }
        let (start, claims) = problem.claims_of(g);
        for (k, c) in claims.iter().enumerate() {
            if supporting[start + k] || agrees_unstated(problem, c, group_picks) {
                ev.inside[c.source as usize] += 1;
            } else {
                ev.outside[c.source as usize] += 1;
            }
        }
    }
    ev
}

/// A claim that names no method, in a group split by method, agrees with the
/// consensus of some method when its interval overlaps that consensus (an exit poll
/// left unlabelled is no error).
fn agrees_unstated(problem: &Problem, c: &super::ClaimInput, picks: &[Pick]) -> bool {
    if picks.len() < 2 || c.method != super::MethodClass::Unstated {
        return false;
    }
    let Value::Span(s) = c.value else {
        return false;
    };
    picks.iter().any(|p| {
        p.interval.is_some_and(|(lo, hi)| {
            s.overlaps(&Span {
                lo,
                hi,
                lo_open: false,
                hi_open: false,
            })
        })
    }) && !problem.claims().is_empty()
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

/// Every source's reliability from the picks, each claim counted softly: a claim
/// supporting its group's consensus counts as right by the consensus's confidence, a
/// claim against it by the chance the consensus is wrong. A close call (two sources
/// alone, one against the other) thus moves neither much, where counting it whole
/// would reward whichever source started ahead. Smoothed by the prior like
/// [`smoothed`].
///
/// Each claim counts by `weight` (its share of independent, current evidence: a claim
/// repeating a copied value, or an old value of a time-varying fact, says little about
/// its source).
pub(crate) fn reliabilities(
    problem: &Problem,
    picks: &[Vec<Pick>],
    prior: f64,
    strength: f64,
    weight: &[f64],
) -> Vec<f64> {
    let n = problem.sources().len();
    let mut right = vec![0.0; n];
    let mut seen = vec![0.0; n];
    let mut supporting = vec![false; problem.claims().len()];
    for (g, group_picks) in picks.iter().enumerate() {
        if problem.groups()[g].sources < 2 || group_picks.is_empty() {
            continue;
        }
        for p in group_picks {
            for &i in &p.claims {
                supporting[i as usize] = true;
            }
        }
        let confidence = group_picks[0].confidence;
        let (start, claims) = problem.claims_of(g);
        for (k, c) in claims.iter().enumerate() {
            let s = c.source as usize;
            let w = weight[start + k];
            seen[s] += w;
            right[s] += w * if supporting[start + k] || agrees_unstated(problem, c, group_picks) {
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
