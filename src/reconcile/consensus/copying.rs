//! Copy detection: sources that write one another's values more often than
//! independent sources would, and the discount on the copier's repeated claims
//! (AccuCopy's idea, on this crate's values).
//!
//! AccuCopy weighs, for a pair of sources, the facts where they write the same true
//! value, the same false value, or different values, under two hypotheses: the two are
//! independent, or one copies the other. It assumes that two independent sources that
//! are both right write the same value; here they often do not (one writes "2.7
//! million", the other "2,712,400"), so the chance that two right claims are
//! identical is measured on the run itself, per predicate, over the pairs that do not
//! look like copies. Values are compared as written (text and unit), the trace a copy
//! leaves. A pair that writes values alike where independent sources seldom do
//! (precise counts), and above all one that shares values outside the consensus, is
//! then a copier and its original; a pair that shares years or names, which
//! independent sources write alike anyway, is not.

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
    /// The fewest groups two sources share before they are judged at all.
    pub min_groups: u32,
}

/// The most claims of one group compared pairwise (the pairs would cost the square of
/// their number).
const MAX_CLAIMS_PER_GROUP: usize = 32;

/// Bounds on the measured chance that two right claims of independent sources are
/// identical: never certain (a pair sharing them would then say nothing either way)
/// nor impossible (one shared value would then prove copying).
const SAME_RIGHT_BOUNDS: (f64, f64) = (0.02, 0.95);

/// One group's observation of a pair.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Seen {
    /// one identical value, outside the consensus
    SameWrong,
    /// one identical value, inside
    SameRight,
    /// both inside, no identical value
    DifferRight,
    /// anything else (one of them or both outside, with different values)
    Differ,
}

/// Every pair's observations, group by group: (pair, predicate index, what was seen).
struct Observations {
    seen: Vec<((u32, u32), u32, Seen)>,
    /// the indices of `seen` pair by pair, each pair's in the order seen
    order: Vec<u32>,
    /// each pair with its observations, `order[range]`: as many as the groups it shares
    pairs: Vec<((u32, u32), std::ops::Range<usize>)>,
    /// per observation, its pair's index in `pairs`
    pair_of: Vec<u32>,
    predicates: usize,
}

/// What every pair of sources did in each group both speak in, where the group says
/// something (two sources or more, and a consensus).
fn observe(problem: &Problem, standing: &Standing) -> Observations {
    let supporting = &standing.supporting;
    let mut predicate_ids: HashMap<&str, u32> = HashMap::default();
    let mut out = Observations {
        seen: Vec::new(),
        order: Vec::new(),
        pairs: Vec::new(),
        pair_of: Vec::new(),
        predicates: 0,
    };
    // the group's claims as (source, form, inside), by source; and per source of the
    // group, its claims' range there and whether one is inside
    let mut claims: Vec<(u32, u32, bool)> = Vec::new();
    let mut sources: Vec<(u32, std::ops::Range<usize>, bool)> = Vec::new();
    for (g, group) in problem.groups().iter().enumerate() {
        if group.sources < 2 || standing.confidence[g].is_none() {
            continue;
        }
        let next = predicate_ids.len() as u32;
        let predicate = *predicate_ids
            .entry(group.predicate.as_str())
            .or_insert(next);
        let (start, group_claims) = problem.claims_of(g);
        claims.clear();
        claims.extend(
            group_claims
                .iter()
                .enumerate()
                .take(MAX_CLAIMS_PER_GROUP)
                .map(|(k, c)| (c.source, c.form, supporting[start + k])),
        );
        claims.sort_by_key(|c| c.0);
        sources.clear();
        let mut at = 0;
        while at < claims.len() {
            let s = claims[at].0;
            let end = at + claims[at..].iter().take_while(|c| c.0 == s).count();
            let inside = claims[at..end].iter().any(|c| c.2);
            sources.push((s, at..end, inside));
            at = end;
        }
        for (i, (a, ra, a_in)) in sources.iter().enumerate() {
            for (b, rb, b_in) in &sources[i + 1..] {
                // a value both wrote alike, and whether it is inside the consensus
                let mut same: Option<bool> = None;
                for x in &claims[ra.clone()] {
                    for y in &claims[rb.clone()] {
                        if x.1 == y.1 {
                            same = Some(same.unwrap_or(false) || x.2);
                        }
                    }
                }
                let seen = match same {
                    Some(false) => Seen::SameWrong,
                    Some(true) => Seen::SameRight,
                    None if *a_in && *b_in => Seen::DifferRight,
                    None => Seen::Differ,
                };
                // sources are sorted, so a < b
                let key = (*a, *b);
                out.seen.push((key, predicate, seen));
            }
        }
    }
    out.predicates = predicate_ids.len();
    // the observations pair by pair, each pair's in the order seen (a counting sort
    // over the pairs in order of first appearance)
    let mut ids: HashMap<(u32, u32), u32> = HashMap::default();
    out.pair_of = out
        .seen
        .iter()
        .map(|&(key, ..)| {
            let next = ids.len() as u32;
            let id = *ids.entry(key).or_insert(next);
            if id == next {
                out.pairs.push((key, 0..0));
            }
            id
        })
        .collect();
    for &id in &out.pair_of {
        out.pairs[id as usize].1.end += 1;
    }
    let mut at = 0;
    for (_, range) in &mut out.pairs {
        let n = range.end;
        *range = at..at;
        at += n;
    }
    out.order = vec![0; out.seen.len()];
    for (k, &id) in out.pair_of.iter().enumerate() {
        let range = &mut out.pairs[id as usize].1;
        out.order[range.end] = k as u32;
        range.end += 1;
    }
    out
}

/// Per predicate, the share of groups where two sources both right wrote one
/// identical value, over the pairs not copying: `copying` holds, per pair of
/// [`Observations::pairs`], its probability of copying when it was judged (every
/// pair counts in full without it).
fn same_right_chance(obs: &Observations, copying: Option<&[Option<f64>]>) -> Vec<f64> {
    let mut same = vec![0.0; obs.predicates];
    let mut both = vec![0.0; obs.predicates];
    for (k, &(_, p, seen)) in obs.seen.iter().enumerate() {
        // a pair counts by how likely it is independent
        let judged = copying.and_then(|c| c[obs.pair_of[k] as usize]);
        let w = 1.0 - judged.unwrap_or(0.0);
        match seen {
            Seen::SameRight => {
                same[p as usize] += w;
                both[p as usize] += w;
            }
            Seen::DifferRight => both[p as usize] += w,
            Seen::SameWrong | Seen::Differ => {}
        }
    }
    same.iter()
        .zip(&both)
        .map(|(&s, &n)| {
            // a predicate seen too little to measure: as if half its pairs agreed
            let q = (s + 1.0) / (n + 2.0);
            q.clamp(SAME_RIGHT_BOUNDS.0, SAME_RIGHT_BOUNDS.1)
        })
        .collect()
}

/// The probability that each pair of sources copies, per pair of
/// [`Observations::pairs`] (`None` for a pair sharing too few groups to be judged): the log-likelihood of what the pair did, group by group, under copying
/// against under independence, with the prior. `r` holds the sources' reliabilities.
///
/// Per group, with `ra`, `rb` the two reliabilities, `q` the chance that two right
/// claims of the predicate are identical, `c` that two wrong ones are, and `f` the copy
/// rate (the copier repeats the original, of reliability `ro`, with probability `f`,
/// and writes on its own otherwise):
///
/// | seen | independent | copying |
/// |---|---|---|
/// | one identical value, inside | `ra·rb·q` | `f·ro + (1−f)·ra·rb·q` |
/// | one identical value, outside | `(1−ra)(1−rb)·c` | `f·(1−ro) + (1−f)(1−ra)(1−rb)·c` |
/// | anything else | `1 −` the two above | `(1−f)·`(the same) |
fn judge(obs: &Observations, q: &[f64], r: &[f64], model: &CopyModel) -> Vec<Option<f64>> {
    let f = model.rate;
    let differ = (1.0 - f).max(1e-9).ln();
    let prior_odds = (model.prior / (1.0 - model.prior)).ln();
    // per predicate, the step of a value shared inside and outside the consensus, for
    // the pair at hand (computed once per pair)
    let mut steps: Vec<[Option<f64>; 2]> = vec![[None; 2]; obs.predicates];
    obs.pairs
        .iter()
        .map(|&((a, b), ref range)| {
            if range.len() < model.min_groups as usize {
                return None;
            }
            let ra = r[a as usize].clamp(0.01, 0.99);
            let rb = r[b as usize].clamp(0.01, 0.99);
            // which of the two would be the original is not known here: their mean
            let ro = 0.5 * (ra + rb);
            steps.fill([None; 2]);
            let mut log_ratio = 0.0;
            for &k in &obs.order[range.clone()] {
                let (_, p, seen) = obs.seen[k as usize];
                let p = p as usize;
                log_ratio += match seen {
                    Seen::SameRight => *steps[p][0].get_or_insert_with(|| {
                        let ind = ra * rb * q[p];
                        ((f * ro + (1.0 - f) * ind) / ind).ln()
                    }),
                    Seen::SameWrong => *steps[p][1].get_or_insert_with(|| {
                        let ind = (1.0 - ra) * (1.0 - rb) * model.chance;
                        ((f * (1.0 - ro) + (1.0 - f) * ind) / ind).ln()
                    }),
                    Seen::DifferRight | Seen::Differ => differ,
                };
            }
            Some(1.0 / (1.0 + (-(log_ratio + prior_odds)).exp()))
        })
        .collect()
}

/// The pairs of sources that more likely copy than not, as (copier, original,
/// P(copy)). A pair more likely independent is left out: discounting it would take
/// weight from independent claims.
///
/// The chance that two right claims are identical is measured twice: over every pair,
/// then over the pairs weighted by how likely they are independent, so that the
/// copies do not make identical values look common.
///
/// The copier is the source that writes alongside the other in the larger share of
/// its claims (a copier follows its original into the facts it covers), ties going to
/// the later source. (AccuCopy tells the copier by accuracy, the shared values being
/// as accurate as the original; here a copied error often is its group's consensus,
/// which makes the shared values look right, and that test chose worse.)
pub(crate) fn copy_pairs(
    problem: &Problem,
    standing: &Standing,
    r: &[f64],
    model: &CopyModel,
) -> Vec<(u32, u32, f64)> {
    let obs = observe(problem, standing);
    let first = judge(&obs, &same_right_chance(&obs, None), r, model);
    let judged = judge(&obs, &same_right_chance(&obs, Some(&first)), r, model);
    let mut total = vec![0u32; problem.sources().len()];
    for c in problem.claims() {
        total[c.source as usize] += 1;
    }
    let mut out: Vec<(u32, u32, f64)> = judged
        .into_iter()
        .zip(&obs.pairs)
        .filter_map(|(p, pair)| p.filter(|&p| p >= 0.5).map(|p| (pair, p)))
        .map(|(((a, b), range), p)| {
            let (a, b) = (*a, *b);
            let both = range.len() as f64;
            let share = |s: u32| both / f64::from(total[s as usize].max(1));
            if share(a) > share(b) {
                (a, b, p)
            } else {
                (b, a, p)
            }
        })
        .collect();
    out.sort_by_key(|x| (x.0, x.1));
    out
}

/// A claim that writes, in its group, the value the other source of a copy pair also
/// writes there, as written: one report, not two.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Shared {
    /// The pair, as an index into the pairs judged.
    pub pair: u32,
    /// The claim's share of the one report: `1 − P(copy) · (1 − 1/n)` for `n` sources
    /// of linked pairs writing the value, so that at certainty the `n` claims weigh one.
    pub factor: f64,
}

/// Per claim, the copy pair whose shared value it writes, if any (the likeliest pair
/// when several are), and its share of the report.
///
/// Which of a pair copies is not asked: the two claims of a value both wrote alike are
/// one report, whose worth is the pair's own record on the values it shares (what the
/// original writes, errors included), not the record of either source on what it
/// writes alone. A guess of the wrong copier then costs nothing, where weighing the
/// kept claim by its source's own record would credit a careful copier with an
/// original's errors.
pub(crate) fn shared_values(problem: &Problem, pairs: &[(u32, u32, f64)]) -> Vec<Option<Shared>> {
    let mut out = vec![None; problem.claims().len()];
    let mut of_pair: HashMap<(u32, u32), (u32, f64)> = HashMap::default();
    let mut paired = vec![false; problem.sources().len()];
    for (i, &(a, b, p)) in pairs.iter().enumerate() {
        of_pair.insert((a.min(b), a.max(b)), (i as u32, p));
        for s in [a, b] {
            if let Some(x) = paired.get_mut(s as usize) {
                *x = true;
            }
        }
    }
    if of_pair.is_empty() {
        return out;
    }
    let mut writers: Vec<u32> = Vec::new();
    for g in 0..problem.groups().len() {
        let (start, claims) = problem.claims_of(g);
        for (k, c) in claims.iter().enumerate() {
            if !paired.get(c.source as usize).copied().unwrap_or(false) {
                continue;
            }
            let mut best: Option<(u32, f64)> = None;
            writers.clear();
            for o in claims {
                if o.source == c.source || o.form != c.form {
                    continue;
                }
                let key = (c.source.min(o.source), c.source.max(o.source));
                if let Some(&(i, p)) = of_pair.get(&key) {
                    if best.is_none_or(|b| p > b.1) {
                        best = Some((i, p));
                    }
                    if !writers.contains(&o.source) {
                        writers.push(o.source);
                    }
                }
            }
            if let Some((pair, p)) = best {
                let n = writers.len() as f64 + 1.0;
                out[start + k] = Some(Shared {
                    pair,
                    factor: 1.0 - p * (1.0 - 1.0 / n),
                });
            }
        }
    }
    out
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
        min_groups: 2,
    };

    /// Every group's claims picked by `inside(group, claim)`, at confidence 0.9.
    fn standing(problem: &Problem, inside: impl Fn(usize, usize) -> bool) -> Standing {
        let picks: Vec<Vec<Pick>> = (0..problem.groups().len())
            .map(|g| {
                let (start, claims) = problem.claims_of(g);
                let held = (0..claims.len())
                    .filter(|&k| inside(g, k))
                    .map(|k| (start + k) as u32)
                    .collect();
                vec![Pick::new(held, None, 0.9)]
            })
            .collect();
        Standing::of(problem, &picks)
    }

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
        let pairs = copy_pairs(&problem, &Standing::of(&problem, &picks), &[0.8; 4], &MODEL);
        assert_eq!(pairs.len(), 1);
        let (copier, original, p) = pairs[0];
        assert_eq!((copier, original), (2, 3));
        assert!(p > 0.99, "{p}");
        // the two claims of a shared value are one report of the pair, half each;
        // the independent sources' claims are their own
        let shared = shared_values(&problem, &pairs);
        for k in [2, 3, 6, 7] {
            let x = shared[k].unwrap();
            assert_eq!(x.pair, 0);
            assert!((x.factor - 0.5).abs() < 0.01, "{x:?}");
        }
        assert_eq!(shared[0], None);
        assert_eq!(shared[1], None);
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
        assert!(
            copy_pairs(&problem, &Standing::of(&problem, &picks), &[0.8; 4], &MODEL).is_empty()
        );
    }

    #[test]
    fn precise_values_shared_where_independent_sources_differ_make_a_copier() {
        // sources 0 to 3 write the right value each at its own precision (exact
        // values 0 to 3); source 4 repeats source 3's exact value in 8 groups of 10 and
        // is never wrong: no shared error, yet no independent pair is ever identical
        let right = (10.0, 11.0);
        let g: Vec<Vec<TestClaim>> = (0..10)
            .map(|i| {
                let mut claims: Vec<TestClaim> = (0..4).map(|s| (s, s, right)).collect();
                claims.push((4, if i < 8 { 3 } else { 4 }, right));
                claims
            })
            .collect();
        let refs: Vec<&[TestClaim]> = g.iter().map(Vec::as_slice).collect();
        let problem = groups(&refs, 5);
        let all_inside = standing(&problem, |_, _| true);
        let pairs = copy_pairs(&problem, &all_inside, &[0.9; 5], &MODEL);
        assert_eq!(pairs.len(), 1, "{pairs:?}");
        assert_eq!(
            (pairs[0].0.min(pairs[0].1), pairs[0].0.max(pairs[0].1)),
            (3, 4)
        );
        assert!(pairs[0].2 > 0.99, "{pairs:?}");
        // a value the pair shares is one report, half each; the copier's own values
        // and the others' count in full
        let shared = shared_values(&problem, &pairs);
        for k in [3, 4] {
            assert!((shared[k].unwrap().factor - 0.5).abs() < 0.01, "{shared:?}");
        }
        assert_eq!(shared[9 * 5 + 4], None);
        assert_eq!(shared[9 * 5 + 3], None);
        assert_eq!(shared[0], None);

        // where every right claim is written alike (a year), sharing it says nothing
        let same: Vec<Vec<TestClaim>> = (0..10)
            .map(|_| (0..5).map(|s| (s, 0, right)).collect())
            .collect();
        let refs: Vec<&[TestClaim]> = same.iter().map(Vec::as_slice).collect();
        let problem = groups(&refs, 5);
        let all_inside = standing(&problem, |_, _| true);
        assert!(copy_pairs(&problem, &all_inside, &[0.9; 5], &MODEL).is_empty());
    }
}
