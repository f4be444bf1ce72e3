//! Weighted support: which value the weighted claims of one group (or one method of
//! it) favour. A claim supports every value its interval contains, the texts of its
//! class, and the name lists it matches (in part, for partial lists).
//!
//! Only the weights change from one round of [`Weighted`](super::Weighted) to the
//! next, so what does not depend on them is prepared once: the interval ends in sweep
//! order, the candidate lists.

use foldhash::HashMap;

use super::problem::{Problem, Span, Value};

/// Ties closer than this are ties.
pub(crate) const EPS: f64 = 1e-9;

/// A stretch of the axis: a single point, or the open gap between two points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Segment {
    Point(f64),
    Gap(f64, f64),
}

/// True when span `s` holds every value of `seg`.
pub(crate) fn covers(s: &Span, seg: Segment) -> bool {
    match seg {
        Segment::Point(x) => {
            (s.lo < x || (s.lo == x && !s.lo_open)) && (s.hi > x || (s.hi == x && !s.hi_open))
        }
        Segment::Gap(a, b) => s.lo <= a && s.hi >= b,
    }
}

/// One end of a weighted interval, for the sweep.
#[derive(Debug, Clone, Copy)]
pub(crate) struct End {
    x: f64,
    /// 0 when the interval holds `x` from this end on (a closed start, an open end),
    /// 1 when it does not (an open start, a closed end): at one position, the 0s are
    /// counted before the point is scored, the 1s after
    after: u8,
    /// the interval starts here (its weight comes in) rather than ends (goes out)
    starts: bool,
    /// where its weight is, in the weights the sweep is given
    weight: u32,
}

/// Appends the two ends of each `(weight index, span)` to `out`, and puts the ends
/// appended in sweep order: by position, then the ends counted at the point before
/// those counted after it, then as given.
pub(crate) fn push_ends(spans: impl Iterator<Item = (u32, Span)>, out: &mut Vec<End>) {
    let from = out.len();
    for (w, s) in spans {
        out.push(End {
            x: s.lo,
            after: u8::from(s.lo_open),
            starts: true,
            weight: w,
        });
        out.push(End {
            x: s.hi,
            after: u8::from(!s.hi_open),
            starts: false,
            weight: w,
        });
    }
    out[from..].sort_by(|a, b| a.x.total_cmp(&b.x).then(a.after.cmp(&b.after)));
}

/// Sweeps `ends` (from [`push_ends`]) in order, the weight of each interval read from
/// `weights`. At each end point, the intervals that close before it (open ends) leave
/// and those that include it start, then the point is scored; then the intervals
/// that include it as their last value leave and those that start just after it (open
/// starts) come in, and the gap to the next end point is scored. A gap wins ties with
/// a point: a point alone wins only where closed ends touch. Only segments that some
/// interval not marked in `lends` holds are scored: an interval marked there (an
/// estimate by another method, a linked group's claim) lends its weight to the values
/// it holds, but no value is chosen on its word alone. Returns the best segment, if
/// any has a positive weight.
pub(crate) fn sweep(ends: &[End], weights: &[f64], lends: &[bool]) -> Option<Segment> {
    sweep_by(
        ends,
        |w| weights[w as usize],
        |w| !lends.get(w as usize).copied().unwrap_or(false),
    )
    .map(|b| b.1)
}

/// The segment [`sweep`] chooses for `ends` whatever positive weights their intervals
/// have, when one exists: when every interval holds some segment (they all overlap,
/// as where every claim of a unit agrees) and none only lends its weight, the sweep
/// chooses the first gap they all hold (or, when they meet in one point only, that
/// point), since no other segment comes within the smallest weight of their total.
/// `None` when the intervals do not all meet, or some interval only lends weight.
pub(crate) fn unanimous(ends: &[End], lends: &[bool]) -> Option<Segment> {
    if ends
        .iter()
        .any(|e| lends.get(e.weight as usize).copied().unwrap_or(false))
    {
        return None;
    }
    let n = ends.iter().filter(|e| e.starts).count();
    // with every weight 1, a segment's score is how many intervals hold it, exactly
    let (score, seg) = sweep_by(ends, |_| 1.0, |_| true)?;
    (n > 0 && score == n as f64).then_some(seg)
}

/// [`sweep`] with each end's weight, and whether its interval counts as its own
/// (rather than lending), read through `weight` and `counts`; returns the best
/// segment with its score.
fn sweep_by(
    ends: &[End],
    weight: impl Fn(u32) -> f64,
    counts: impl Fn(u32) -> bool,
) -> Option<(f64, Segment)> {
    let mut current = 0.0;
    // how many intervals not marked in `lends` hold the current position
    let mut own = 0i64;
    let mut best: Option<(f64, Segment)> = None;
    let consider = |score: f64, seg: Segment, best: &mut Option<(f64, Segment)>| {
        let better = match (*best, seg) {
            (None, _) => score > EPS,
            (Some((b, Segment::Point(_))), Segment::Gap(..)) => score > b - EPS,
            (Some((b, _)), _) => score > b + EPS,
        };
        if better {
            *best = Some((score, seg));
        }
    };
    let step = |current: &mut f64, own: &mut i64, e: &End| {
        let w = weight(e.weight);
        let counts = counts(e.weight);
        if e.starts {
            *current += w;
            *own += i64::from(counts);
        } else {
            *current -= w;
            *own -= i64::from(counts);
        }
    };
    let mut k = 0;
    while k < ends.len() {
        let x = ends[k].x;
        while k < ends.len() && ends[k].x == x && ends[k].after == 0 {
            step(&mut current, &mut own, &ends[k]);
            k += 1;
        }
        if x.is_finite() && own > 0 {
            consider(current, Segment::Point(x), &mut best);
        }
        while k < ends.len() && ends[k].x == x {
            step(&mut current, &mut own, &ends[k]);
            k += 1;
        }
        if let Some(next) = ends.get(k)
            && own > 0
        {
            consider(current, Segment::Gap(x, next.x), &mut best);
        }
    }
    best
}

/// Scratch space for [`best_class`]: each class's summed weight in order of first
/// appearance, and, once there are many classes, where each one's sum is kept.
#[derive(Debug, Default)]
pub(crate) struct ClassScores {
    scores: Vec<(u32, f64)>,
    index: HashMap<u32, usize>,
}

/// Up to this many classes a linear search finds a class's sum faster than a hash
/// table; beyond it (a group of thousands of different texts) the table keeps the
/// count linear.
const LINEAR_CLASSES: usize = 32;

/// The class with the greatest weight among `(class, weight)`, the first seen on a
/// tie, with that weight.
pub(crate) fn best_class(
    members: impl Iterator<Item = (u32, f64)>,
    scratch: &mut ClassScores,
) -> Option<(u32, f64)> {
    let ClassScores { scores, index } = scratch;
    scores.clear();
    index.clear();
    for (c, w) in members {
        let at = if scores.len() <= LINEAR_CLASSES {
            scores.iter().position(|s| s.0 == c)
        } else {
            if index.is_empty() {
                index.extend(scores.iter().enumerate().map(|(at, s)| (s.0, at)));
            }
            index.get(&c).copied()
        };
        match at {
            Some(at) => scores[at].1 += w,
            None => {
                if !index.is_empty() {
                    index.insert(c, scores.len());
                }
                scores.push((c, w));
            }
        }
    }
    scores
        .iter()
        .fold(None, |acc: Option<(u32, f64)>, &(c, s)| match acc {
            Some((_, b)) if s <= b + EPS => acc,
            _ => Some((c, s)),
        })
}

/// A claim's value as a class (texts), `u32::MAX` for other values.
pub(crate) fn class_of(problem: &Problem, i: u32) -> u32 {
    match problem.claims()[i as usize].value {
        Value::Class(c) => c,
        _ => u32::MAX,
    }
}

/// A claim's value as a list of its group, `u32::MAX` for other values.
pub(crate) fn list_of(problem: &Problem, i: u32) -> u32 {
    match problem.claims()[i as usize].value {
        Value::List(l) => l,
        _ => u32::MAX,
    }
}

/// The candidate lists of claims `members` of group `g`, appended to `out`: the
/// complete lists (every list when all are cut short), in order of first appearance.
pub(crate) fn push_candidates(
    problem: &Problem,
    g: usize,
    members: impl Iterator<Item = u32>,
    out: &mut Vec<u32>,
) {
    let from = out.len();
    let lists = problem.groups()[g].lists;
    for i in members {
        let l = list_of(problem, i);
        if l < lists && !out[from..].contains(&l) {
            out.push(l);
        }
    }
    if out[from..].iter().any(|&l| !problem.list_is_open(g, l)) {
        let mut k = from;
        for j in from..out.len() {
            if !problem.list_is_open(g, out[j]) {
                out[k] = out[j];
                k += 1;
            }
        }
        out.truncate(k);
    }
}

/// The candidate with the greatest support from `(claim, weight)` (each claim
/// supporting a candidate by [`Problem::list_support`]), the first on a tie, with its
/// support; then, among the candidates that are the same list as it (each supports
/// the other fully), the one whose names the claims spell alike with the greatest
/// weight ([`Problem::list_spelling`]): the matcher rightly reads "Egorrova" as
/// Egorova, and the value shown should be the spelling the sources share, not a slip
/// of one that a stray claim happened to favour.
pub(crate) fn best_list(
    problem: &Problem,
    g: usize,
    candidates: &[u32],
    members: impl Iterator<Item = (u32, f64)> + Clone,
) -> Option<(u32, f64)> {
    let score = |c: u32| -> f64 {
        members
            .clone()
            .map(|(i, w)| w * problem.list_support(g, list_of(problem, i), c))
            .sum()
    };
    let spelt = |c: u32| -> f64 {
        members
            .clone()
            .map(|(i, w)| w * problem.list_spelling(g, list_of(problem, i), c))
            .sum()
    };
    let mut best: Option<(u32, f64)> = None;
    for &c in candidates {
        let s = score(c);
        if best.is_none_or(|(_, b)| s > b + EPS) {
            best = Some((c, s));
        }
    }
    let (winner, support) = best?;
    let same = |c: u32| {
        problem.list_support(g, c, winner) >= 1.0 - EPS
            && problem.list_support(g, winner, c) >= 1.0 - EPS
    };
    let mut shown = (winner, support, None);
    for &c in candidates {
        if c == winner || !same(c) {
            continue;
        }
        let theirs = *shown.2.get_or_insert_with(|| spelt(shown.0));
        let ours = spelt(c);
        if ours > theirs + EPS {
            shown = (c, score(c), Some(ours));
        }
    }
    Some((shown.0, shown.1))
}

/// The claims shown for list `winner` of group `g`: those among `members` that
/// support it fully, a claim written as the winner first.
pub(crate) fn list_supporters(
    problem: &Problem,
    g: usize,
    winner: u32,
    members: impl Iterator<Item = u32>,
) -> Vec<u32> {
    let mut claims: Vec<u32> = members
        .filter(|&i| problem.list_support(g, list_of(problem, i), winner) >= 1.0 - EPS)
        .collect();
    if let Some(p) = claims.iter().position(|&i| list_of(problem, i) == winner) {
        claims[..=p].rotate_right(1);
    }
    claims
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reconcile::consensus::problem::tests::spans;

    /// The best segment of one group's spans with these weights, and the claims it
    /// holds, the most precise first.
    fn best(p: &Problem, weights: &[f64]) -> (Vec<u32>, Option<(f64, f64)>, f64) {
        let span = |i: usize| match p.claims()[i].value {
            Value::Span(s) => s,
            _ => unreachable!(),
        };
        let mut ends = Vec::new();
        push_ends((0..weights.len()).map(|i| (i as u32, span(i))), &mut ends);
        let seg = sweep(&ends, weights, &[]).unwrap();
        let mut held: Vec<u32> = (0..weights.len() as u32)
            .filter(|&i| covers(&span(i as usize), seg))
            .collect();
        let support = held.iter().map(|&i| weights[i as usize]).sum();
        let lo = held
            .iter()
            .map(|&i| span(i as usize).lo)
            .fold(f64::MIN, f64::max);
        let hi = held
            .iter()
            .map(|&i| span(i as usize).hi)
            .fold(f64::MAX, f64::min);
        held.sort_by(|&a, &b| {
            span(a as usize)
                .width()
                .total_cmp(&span(b as usize).width())
        });
        (held, Some((lo, hi)), support)
    }

    #[test]
    fn a_claim_supports_every_value_its_interval_holds() {
        // 71% [70.5, 71.5), 71.1% [71.05, 71.15), nearly 72% [71.5, 72): the first two
        // share a stretch; touching half-open ends do not
        let p = spans(&[(70.5, 71.5), (71.05, 71.15), (71.5, 72.0)]);
        let (claims, interval, support) = best(&p, &[1.0, 1.0, 1.5]);
        assert_eq!(claims, [1, 0]);
        assert_eq!(interval, Some((71.05, 71.15)));
        assert_eq!(support, 2.0);
        // a heavier single claim outweighs two light ones
        let (claims, ..) = best(&p, &[1.0, 1.0, 2.5]);
        assert_eq!(claims, [2]);
    }

    #[test]
    fn open_ended_intervals_support_everything_beyond() {
        // "more than 30" (30, ∞), "35" [34.5, 35.5), "100" [99.5, 100.5)
        let p = spans(&[(30.0, f64::INFINITY), (34.5, 35.5), (99.5, 100.5)]);
        let (claims, interval, _) = best(&p, &[1.0, 1.0, 1.0]);
        assert_eq!(claims, [1, 0]);
        assert_eq!(interval, Some((34.5, 35.5)));
    }

    #[test]
    fn claims_that_all_agree_choose_the_same_whatever_they_weigh() {
        let ends_of = |p: &Problem| {
            let mut ends = Vec::new();
            let spans = p.claims().iter().enumerate().map(|(i, c)| match c.value {
                Value::Span(s) => (i as u32, s),
                _ => unreachable!(),
            });
            push_ends(spans, &mut ends);
            ends
        };
        // 71% [70.5, 71.5), 71.1% [71.05, 71.15), more than 70 (70, ∞): they meet
        let p = spans(&[(70.5, 71.5), (71.05, 71.15), (70.0, f64::INFINITY)]);
        let ends = ends_of(&p);
        let seg = unanimous(&ends, &[]).unwrap();
        assert_eq!(seg, Segment::Gap(71.05, 71.15));
        for weights in [[1.0, 1.0, 1.0], [0.01, 5.0, 0.2], [7.0, 0.001, 3.0]] {
            assert_eq!(sweep(&ends, &weights, &[]), Some(seg), "{weights:?}");
        }
        // a claim that only lends its weight may pull the choice elsewhere: not told
        assert_eq!(unanimous(&ends, &[false, false, true]), None);
        // two claims that do not meet: the weights decide
        let p = spans(&[(70.5, 71.5), (71.5, 72.5)]);
        let ends = ends_of(&p);
        assert_eq!(unanimous(&ends, &[]), None);
        assert_ne!(
            sweep(&ends, &[1.0, 2.0], &[]),
            sweep(&ends, &[2.0, 1.0], &[])
        );
    }

    #[test]
    fn classes_tie_to_the_first_seen() {
        let mut scratch = ClassScores::default();
        let members = [(4, 1.0), (2, 1.0), (4, 0.5), (2, 0.5)];
        assert_eq!(
            best_class(members.into_iter(), &mut scratch),
            Some((4, 1.5))
        );
        assert_eq!(best_class(std::iter::empty(), &mut scratch), None);
    }

    #[test]
    fn many_classes_sum_as_few_do() {
        // past LINEAR_CLASSES the sums are kept in a table: the same sums, the same tie
        let mut scratch = ClassScores::default();
        let members: Vec<(u32, f64)> = (0..200u32)
            .chain(0..200)
            .map(|c| (c * 7 % 200, if c == 150 { 2.0 } else { 1.0 }))
            .collect();
        // claim 150 (class 150 * 7 % 200 = 50) comes twice with weight 2: 4 against 2
        assert_eq!(
            best_class(members.iter().copied(), &mut scratch),
            Some((50, 4.0))
        );
        let ties: Vec<(u32, f64)> = (0..100u32).rev().map(|c| (c, 1.0)).collect();
        assert_eq!(best_class(ties.into_iter(), &mut scratch), Some((99, 1.0)));
    }
}
