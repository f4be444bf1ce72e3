//! A source's evidence (its claims inside and outside the consensus) and its
//! reliability, smoothed by a prior.

use super::problem::Problem;
use super::Pick;

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
            if supporting[start + k] {
                ev.inside[c.source as usize] += 1;
            } else {
                ev.outside[c.source as usize] += 1;
            }
        }
    }
    ev
}

/// A reliability from `inside` of `inside + outside` claims, pulled towards `prior` as
/// if `strength` more claims had been seen at that rate (a Beta prior's mean): a
/// source with one or two claims stays near the prior.
///
/// The result is in (0, 1) whenever `0 < prior < 1` and `strength > 0`.
pub(crate) fn smoothed(inside: u32, outside: u32, prior: f64, strength: f64) -> f64 {
    let n = f64::from(inside) + f64::from(outside);
    if n + strength <= 0.0 {
        return prior;
    }
    (f64::from(inside) + strength * prior) / (n + strength)
}

/// Every source's smoothed reliability from the picks.
pub(crate) fn reliabilities(problem: &Problem, picks: &[Vec<Pick>], prior: f64, strength: f64) -> Vec<f64> {
    let ev = evidence(problem, picks);
    ev.inside
        .iter()
        .zip(&ev.outside)
        .map(|(&i, &o)| smoothed(i, o, prior, strength))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn few_claims_stay_near_the_prior_many_claims_speak_for_themselves() {
        // one claim, wrong: not 0
        let one_wrong = smoothed(0, 1, 0.8, 4.0);
        assert!((one_wrong - 0.64).abs() < 1e-12);
        // two right: not 1
        assert!((smoothed(2, 0, 0.8, 4.0) - 5.2 / 6.0).abs() < 1e-12);
        // a hundred claims, 60 right: close to 0.6
        assert!((smoothed(60, 40, 0.8, 4.0) - 0.6).abs() < 0.01);
        // no evidence: the prior
        assert_eq!(smoothed(0, 0, 0.8, 4.0), 0.8);
    }
}
