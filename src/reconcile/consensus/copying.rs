//! Copy detection: sources that share wrong values more often than chance, and the
//! discount on the copier's repeated claims (AccuCopy's idea, on this crate's values).

use foldhash::HashMap;

use super::problem::Problem;
use super::reliability::Standing;

/// How copying is judged.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct CopyModel {
    /// The chance that two independent sources both wrong in a group write one
    /// identical wrong value.
    pub chance: f64,
    /// How often a copier repeats its source's value where both speak.
    pub rate: f64,
    /// The prior probability that a pair of sources copies.
    pub prior: f64,
    /// The fewest shared wrong values before copying is considered.
    pub min_shared: u32,
}

/// The most claims outside the consensus of one group compared pairwise (the pairs
/// would cost the square of their number).
const MAX_WRONG_PER_GROUP: usize = 32;

/// The probability that each pair of sources copies, keyed by (copier, original):
/// the copier is the source that writes alongside the other in the larger share of its
/// claims (a copier follows its original into the facts it covers), ties going to the
/// later source.
pub(crate) fn copy_pairs(
    problem: &Problem,
    standing: &Standing,
    model: &CopyModel,
) -> Vec<(u32, u32, f64)> {
    // (same wrong value, different wrong values) per unordered pair
    let mut counts: HashMap<(u32, u32), (u32, u32)> = HashMap::default();
    let supporting = &standing.supporting;
    let mut wrong: Vec<(u32, u32)> = Vec::new();
    let mut pairs_seen: Vec<((u32, u32), bool)> = Vec::new();
    for (g, group) in problem.groups().iter().enumerate() {
        if group.sources < 2 || standing.confidence[g].is_none() {
            continue;
        }
        let (start, claims) = problem.claims_of(g);
        wrong.clear();
        wrong.extend(
            claims
                .iter()
                .enumerate()
                .filter(|(k, _)| !supporting[start + k])
                .map(|(_, c)| (c.source, c.exact))
                .take(MAX_WRONG_PER_GROUP),
        );
        // each pair of sources once per group: sharing any wrong value counts as shared
        pairs_seen.clear();
        for (a, &(sa, ea)) in wrong.iter().enumerate() {
            for &(sb, eb) in &wrong[a + 1..] {
                if sa == sb {
                    continue;
                }
                let key = (sa.min(sb), sa.max(sb));
                let same = ea == eb;
                match pairs_seen.iter_mut().find(|p| p.0 == key) {
                    Some(p) => p.1 |= same,
                    None => pairs_seen.push((key, same)),
                }
            }
        }
        for &(key, same) in &pairs_seen {
            let c = counts.entry(key).or_default();
            if same {
                c.0 += 1;
            } else {
                c.1 += 1;
            }
        }
    }
    let mut total = vec![0u32; problem.sources().len()];
    for c in problem.claims() {
        total[c.source as usize] += 1;
    }
    let suspects: Vec<(u32, u32)> = counts
        .iter()
        .filter(|(_, (same, _))| *same >= model.min_shared)
        .map(|(&k, _)| k)
        .collect();
    let together = co_occurrences(problem, &suspects);
    let same_if_copying = model.rate + (1.0 - model.rate) * model.chance;
    let differ_if_copying = (1.0 - model.rate) * (1.0 - model.chance);
    let mut out: Vec<(u32, u32, f64)> = counts
        .into_iter()
        .filter(|(_, (same, _))| *same >= model.min_shared)
        .map(|((a, b), (same, differ))| {
            let log_ratio = f64::from(same) * (same_if_copying / model.chance).ln()
                + f64::from(differ) * (differ_if_copying / (1.0 - model.chance)).ln();
            let prior_odds = (model.prior / (1.0 - model.prior)).ln();
            let p = 1.0 / (1.0 + (-(log_ratio + prior_odds)).exp());
            // the copier writes with its original in a larger share of its groups
            let both = f64::from(together.get(&(a, b)).copied().unwrap_or(0));
            let share = |s: u32| both / f64::from(total[s as usize].max(1));
            let (copier, original) = if share(a) > share(b) { (a, b) } else { (b, a) };
            (copier, original, p)
        })
        .collect();
    out.sort_by_key(|x| (x.0, x.1));
    out
}

/// How many groups each of the `pairs` of sources (lower index first) share: the most
/// sources of one group looked at is [`MAX_WRONG_PER_GROUP`].
fn co_occurrences(problem: &Problem, pairs: &[(u32, u32)]) -> HashMap<(u32, u32), u32> {
    let mut out: HashMap<(u32, u32), u32> = pairs.iter().map(|&p| (p, 0)).collect();
    if out.is_empty() {
        return out;
    }
    let mut sources: Vec<u32> = Vec::new();
    for g in 0..problem.groups().len() {
        let (_, claims) = problem.claims_of(g);
        sources.clear();
        for c in claims {
            if !sources.contains(&c.source) {
                sources.push(c.source);
                if sources.len() == MAX_WRONG_PER_GROUP {
                    break;
                }
            }
        }
        for (i, &a) in sources.iter().enumerate() {
            for &b in &sources[i + 1..] {
                if let Some(n) = out.get_mut(&(a.min(b), a.max(b))) {
                    *n += 1;
                }
            }
        }
    }
    out
}

/// Each claim's weight factor: `1 − P(copy)` for a copier's claim that repeats, in its
/// group, the value of a claim of the source it copies; 1 otherwise.
pub(crate) fn discounts(problem: &Problem, pairs: &[(u32, u32, f64)]) -> Vec<f64> {
    let mut factor = vec![1.0; problem.claims().len()];
    let mut originals: HashMap<u32, Vec<(u32, f64)>> = HashMap::default();
    for &(copier, original, p) in pairs {
        originals.entry(copier).or_default().push((original, p));
    }
    if originals.is_empty() {
        return factor;
    }
    for g in 0..problem.groups().len() {
        let (start, claims) = problem.claims_of(g);
        for (k, c) in claims.iter().enumerate() {
            let Some(of) = originals.get(&c.source) else {
                continue;
            };
            for &(original, p) in of {
                if claims
                    .iter()
                    .any(|o| o.source == original && o.exact == c.exact)
                {
                    factor[start + k] = f64::min(factor[start + k], 1.0 - p);
                }
            }
        }
    }
    factor
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reconcile::consensus::Pick;
    use crate::reconcile::consensus::problem::tests::{TestClaim, groups};

    const MODEL: CopyModel = CopyModel {
        chance: 0.05,
        rate: 0.8,
        prior: 0.1,
        min_shared: 2,
    };

    #[test]
    fn shared_errors_make_a_copier_and_its_repeats_are_discounted() {
        // sources 0 and 1 independent and right; 2 copies 3's wrong values; in each
        // group the consensus is the right value (claims of 0 and 1)
        let right = (10.0, 11.0);
        let wrong = (30.0, 31.0);
        let g: Vec<Vec<TestClaim>> = (0..4)
            .map(|_| vec![(0, 0, right), (1, 0, right), (3, 1, wrong), (2, 1, wrong)])
            .collect();
        // source 3 writes one more claim elsewhere: it is the original
        let extra: &[TestClaim] = &[(3, 0, right), (0, 0, right)];
        let mut all: Vec<&[TestClaim]> = g.iter().map(Vec::as_slice).collect();
        all.push(extra);
        let problem = groups(&all, 4);
        let picks: Vec<Vec<Pick>> = (0..all.len())
            .map(|g| {
                let start = g as u32 * 4;
                vec![Pick::new(vec![start, start + 1], Some(right), 0.9)]
            })
            .collect();
        let pairs = copy_pairs(&problem, &Standing::of(&problem, &picks), &MODEL);
        assert_eq!(pairs.len(), 1);
        let (copier, original, p) = pairs[0];
        assert_eq!((copier, original), (2, 3));
        assert!(p > 0.99, "{p}");
        let d = discounts(&problem, &pairs);
        assert!(d[3] < 0.01);
        assert_eq!(d[2], 1.0);
        assert_eq!(d[0], 1.0);
        // independent sources that are wrong with different values are not copiers
        let h: Vec<Vec<TestClaim>> = (0..4)
            .map(|i| {
                vec![
                    (0, 0, right),
                    (1, 0, right),
                    (2, 1 + i, wrong),
                    (3, 9 + i, wrong),
                ]
            })
            .collect();
        let refs: Vec<&[TestClaim]> = h.iter().map(Vec::as_slice).collect();
        let problem = groups(&refs, 4);
        let picks: Vec<Vec<Pick>> = (0..refs.len())
            .map(|g| {
                vec![Pick::new(
                    vec![g as u32 * 4, g as u32 * 4 + 1],
                    Some(right),
                    0.9,
                )]
            })
            .collect();
        assert!(copy_pairs(&problem, &Standing::of(&problem, &picks), &MODEL).is_empty());
    }
}
