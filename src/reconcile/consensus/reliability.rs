//! A source's evidence (its claims inside and outside the consensus) and its
//! reliability, smoothed by a prior.

use super::Pick;
use super::methods::MethodClass;
use super::problem::{ClaimInput, GroupInput, Problem, Span, Value};

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

/// How a claim's wording counts when approximate figures are weighed apart from plain
/// ones (see [`Estimates::approximate_shift`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wording {
    /// Not a quantity (a text, a list, a date, an age): not counted.
    Other,
    /// A figure as written, exact or rounded.
    Plain,
    /// A figure written as an approximation: a hedge, a range, a vague quantity.
    Approximate,
}

impl Wording {
    /// The wording of claim `c` of group `group`.
    pub fn of(group: &GroupInput, c: &ClaimInput) -> Wording {
        match (group.dates, c.number, c.approximate) {
            (true, ..) | (false, None, _) => Wording::Other,
            (false, Some(_), false) => Wording::Plain,
            (false, Some(_), true) => Wording::Approximate,
        }
    }
}

/// What one round's standing says of the sources and of approximate figures.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Estimates {
    /// Per source, its reliability.
    pub reliability: Vec<f64>,
    /// How much more (or less) an approximate figure ("about x", "nearly x", a range)
    /// is to be trusted than a plain one, in log-odds: the share of approximate
    /// figures inside the consensus against that of plain ones, both counted as a
    /// source's claims are. The approximate share is pulled towards the plain one as
    /// if `strength` more claims had been seen at that rate, so a run with few
    /// approximate figures shifts them little; 0 when either kind is missing.
    ///
    /// A source's reliability is measured mostly on plain figures, so a plain claim
    /// keeps its source's vote and an approximate one gets the shift on top (a
    /// naive-Bayes combination of the two pieces of evidence).
    pub approximate_shift: f64,
}

/// Every source's reliability from where its claims stand, each claim weighed by how
/// sure its group's consensus is: by `2·confidence − 1`, the margin by which the
/// consensus is more likely right than wrong (1 for a sure consensus, 0 for a coin
/// flip), a claim supporting the consensus counting as right and one against it as
/// wrong. A close call (two sources alone, one against the other) thus says nothing of
/// either, where counting it whole would reward whichever source started ahead; and a
/// group whose consensus is in doubt (two facts taken for one, errors copied into a
/// tie) weighs little against the many groups where it is not, so that the estimate
/// rests on the groups that can tell right from wrong. Smoothed by the prior like
/// [`smoothed`]. In the same pass, the same count per [`Wording`] gives the shift of
/// approximate figures.
///
/// Each claim counts by `weight` (its share of independent, current evidence: a value
/// a copy pair shares counts once between its claims, an old value of a time-varying
/// fact says little about its source). `source_of` and `wording` hold each claim's
/// source and its [`Wording`] (read apart, so that the rounds need not walk the
/// claims); a source index may stand past the problem's sources (a copy pair, voting
/// as a source of its own), and `n` is how many there are in all. `(prior,
/// strength)` is the prior reliability and how many claims it is worth.
pub(crate) fn estimates(
    problem: &Problem,
    standing: &Standing,
    (prior, strength): (f64, f64),
    weight: &[f64],
    source_of: &[u32],
    wording: &[Wording],
    n: usize,
) -> Estimates {
    let mut right = vec![0.0; n];
    let mut seen = vec![0.0; n];
    // [plain, approximate] × [right, seen]
    let mut by_wording = [[0.0f64; 2]; 2];
    for (g, confidence) in standing.informative(problem) {
        let group = &problem.groups()[g];
        let start = group.start as usize;
        for k in start..start + group.len as usize {
            let s = source_of[k] as usize;
            // how sure the consensus is, as evidence of where this claim stands
            let w = weight[k] * (2.0 * confidence - 1.0).max(0.0);
            let r = if standing.inside[k] { w } else { 0.0 };
            seen[s] += w;
            right[s] += r;
            let kind = match wording[k] {
                Wording::Other => continue,
                Wording::Plain => 0,
                Wording::Approximate => 1,
            };
            by_wording[kind][0] += r;
            by_wording[kind][1] += w;
        }
    }
    let [plain, approximate] = by_wording;
    let approximate_shift = if plain[1] > 0.0 && approximate[1] > 0.0 {
        let base = (plain[0] / plain[1]).clamp(0.01, 0.99);
        let rate = smoothed(approximate[0], approximate[1], base, strength).clamp(0.01, 0.99);
        logit(rate) - logit(base)
    } else {
        0.0
    };
    Estimates {
        reliability: right
            .iter()
            .zip(&seen)
            .map(|(&r, &n)| smoothed(r, n, prior, strength))
            .collect(),
        approximate_shift,
    }
}

/// `ln(p / (1 − p))`.
pub(crate) fn logit(p: f64) -> f64 {
    (p / (1.0 - p)).ln()
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

    #[test]
    fn a_consensus_in_doubt_says_little_of_its_sources_a_sure_one_speaks() {
        use crate::reconcile::consensus::Pick;
        use crate::reconcile::consensus::problem::tests::{TestClaim, groups};
        let right = (10.0, 11.0);
        let wrong = (30.0, 31.0);
        // sources 0 and 1 disagree in every group; the consensus takes 0's value
        let g: Vec<Vec<TestClaim>> = (0..6).map(|_| vec![(0, 0, right), (1, 1, wrong)]).collect();
        let refs: Vec<&[TestClaim]> = g.iter().map(Vec::as_slice).collect();
        let p = groups(&refs, 2);
        let reliability = |confidence: f64| {
            let picks: Vec<Vec<Pick>> = (0..6)
                .map(|g| vec![Pick::new(vec![2 * g], Some(right), confidence)])
                .collect();
            let standing = Standing::of(&p, &picks);
            let n = p.claims().len();
            let sources: Vec<u32> = p.claims().iter().map(|c| c.source).collect();
            let e = estimates(
                &p,
                &standing,
                (0.8, 4.0),
                &vec![1.0; n],
                &sources,
                &vec![Wording::Other; n],
                2,
            );
            e.reliability
        };
        // a coin flip: no evidence either way, both stay at the prior
        let flip = reliability(0.5);
        assert!(flip.iter().all(|&r| (r - 0.8).abs() < 1e-12), "{flip:?}");
        // a sure consensus: the one source right, the other wrong, six times each
        let sure = reliability(1.0);
        assert!((sure[0] - (6.0 + 3.2) / 10.0).abs() < 1e-12, "{sure:?}");
        assert!((sure[1] - 3.2 / 10.0).abs() < 1e-12, "{sure:?}");
        // in between, in between: the more doubt, the nearer the prior
        let fair = reliability(0.75);
        assert!(flip[0] < fair[0] && fair[0] < sure[0], "{fair:?}");
        assert!(sure[1] < fair[1] && fair[1] < flip[1], "{fair:?}");
    }
}
