//! Weighted support: which value the weighted claims of one group (or one method of
//! it) favour. A claim supports every value its interval contains, the texts of its
//! class, and the name lists it matches (in part, for partial lists).

use super::problem::{Problem, Span, Value};

/// The value chosen among some weighted claims.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Choice {
    /// Supporting claims (problem indices), the one to show first.
    pub claims: Vec<u32>,
    /// What every supporting claim allows, for intervals.
    pub interval: Option<(f64, f64)>,
    /// The weight for the value.
    pub support: f64,
    /// The weight of every claim considered.
    pub total: f64,
}

/// Ties closer than this are ties.
const EPS: f64 = 1e-9;

/// The value with the greatest weighted support among `members` (problem claim index,
/// weight) of group `g`, all of one kind of value.
/// `events` is scratch space, reused from call to call.
pub(crate) fn best_value(
    problem: &Problem,
    g: usize,
    members: &[(u32, f64)],
    events: &mut Vec<(f64, u8, f64)>,
) -> Option<Choice> {
    let claims = problem.claims();
    let first = members.first()?;
    let total: f64 = members.iter().map(|m| m.1).sum();
    let mut choice = match claims[first.0 as usize].value {
        Value::Span(_) => best_span(problem, members, events),
        Value::Class(_) => best_class(problem, members),
        Value::List(_) => best_list(problem, g, members),
    }?;
    choice.total = total;
    Some(choice)
}

fn span(problem: &Problem, i: u32) -> Option<Span> {
    match problem.claims()[i as usize].value {
        Value::Span(s) => Some(s),
        _ => None,
    }
}

/// A stretch of the axis: a single point, or the open gap between two points.
#[derive(Debug, Clone, Copy)]
enum Segment {
    Point(f64),
    Gap(f64, f64),
}

fn covers(s: &Span, seg: Segment) -> bool {
    match seg {
        Segment::Point(x) => {
            (s.lo < x || (s.lo == x && !s.lo_open)) && (s.hi > x || (s.hi == x && !s.hi_open))
        }
        Segment::Gap(a, b) => s.lo <= a && s.hi >= b,
    }
}

/// Sweeps the interval ends in order. At each end point, the intervals that close
/// before it (open ends) leave and those that include it start, then the point is
/// scored; then the intervals that include it as their last value leave and those
/// that start just after it (open starts) come in, and the gap to the next end point is
/// scored. A gap wins ties with a point: a point alone wins only where closed ends
/// touch.
fn best_span(
    problem: &Problem,
    members: &[(u32, f64)],
    events: &mut Vec<(f64, u8, f64)>,
) -> Option<Choice> {
    events.clear();
    for &(i, w) in members {
        let s = span(problem, i)?;
        events.push((s.lo, u8::from(s.lo_open), w));
        events.push((s.hi, u8::from(!s.hi_open), -w));
    }
    events.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut current = 0.0;
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
    let mut k = 0;
    while k < events.len() {
        let x = events[k].0;
        while k < events.len() && events[k].0 == x && events[k].1 == 0 {
            current += events[k].2;
            k += 1;
        }
        if x.is_finite() {
            consider(current, Segment::Point(x), &mut best);
        }
        while k < events.len() && events[k].0 == x {
            current += events[k].2;
            k += 1;
        }
        if let Some(next) = events.get(k) {
            consider(current, Segment::Gap(x, next.0), &mut best);
        }
    }
    let (_, seg) = best?;
    let mut supporters: Vec<(u32, f64, Span)> = members
        .iter()
        .filter_map(|&(i, w)| {
            span(problem, i)
                .filter(|s| covers(s, seg))
                .map(|s| (i, w, s))
        })
        .collect();
    let support = supporters.iter().map(|s| s.1).sum();
    let lo = supporters
        .iter()
        .map(|s| s.2.lo)
        .fold(f64::NEG_INFINITY, f64::max);
    let hi = supporters
        .iter()
        .map(|s| s.2.hi)
        .fold(f64::INFINITY, f64::min);
    // the most precise supporter first, then claim order
    supporters.sort_by(|a, b| a.2.width().total_cmp(&b.2.width()).then(a.0.cmp(&b.0)));
    Some(Choice {
        claims: supporters.iter().map(|s| s.0).collect(),
        interval: Some((lo, hi)),
        support,
        total: 0.0,
    })
}

fn best_class(problem: &Problem, members: &[(u32, f64)]) -> Option<Choice> {
    let class = |i: u32| match problem.claims()[i as usize].value {
        Value::Class(c) => c,
        _ => u32::MAX,
    };
    // classes in order of first appearance, with their weight
    let mut scores: Vec<(u32, f64)> = Vec::new();
    for &(i, w) in members {
        let c = class(i);
        match scores.iter_mut().find(|s| s.0 == c) {
            Some(s) => s.1 += w,
            None => scores.push((c, w)),
        }
    }
    let (best, support) =
        scores
            .iter()
            .fold(None, |acc: Option<(u32, f64)>, &(c, s)| match acc {
                Some((_, b)) if s <= b + EPS => acc,
                _ => Some((c, s)),
            })?;
    Some(Choice {
        claims: members
            .iter()
            .filter(|m| class(m.0) == best)
            .map(|m| m.0)
            .collect(),
        interval: None,
        support,
        total: 0.0,
    })
}

/// Candidates are the complete lists (every list when all are cut short); each claim
/// supports a candidate by [`Problem::list_support`]; the supporters shown are those
/// that support the winner fully.
fn best_list(problem: &Problem, g: usize, members: &[(u32, f64)]) -> Option<Choice> {
    let list = |i: u32| match problem.claims()[i as usize].value {
        Value::List(l) => l,
        _ => u32::MAX,
    };
    let lists = problem.groups()[g].lists;
    let open = |l: u32| problem.list_is_open(g, l);
    let mut candidates: Vec<u32> = Vec::new();
    for &(i, _) in members {
        let l = list(i);
        if l < lists && !candidates.contains(&l) {
            candidates.push(l);
        }
    }
    let complete: Vec<u32> = candidates.iter().copied().filter(|&l| !open(l)).collect();
    let candidates = if complete.is_empty() {
        candidates
    } else {
        complete
    };
    let mut best: Option<(u32, f64)> = None;
    for &c in &candidates {
        let score: f64 = members
            .iter()
            .map(|&(i, w)| w * problem.list_support(g, list(i), c))
            .sum();
        if best.is_none_or(|(_, b)| score > b + EPS) {
            best = Some((c, score));
        }
    }
    let (winner, support) = best?;
    let mut claims: Vec<u32> = members
        .iter()
        .filter(|&&(i, _)| problem.list_support(g, list(i), winner) >= 1.0 - EPS)
        .map(|m| m.0)
        .collect();
    // a claim written as the winner first
    if let Some(p) = claims.iter().position(|&i| list(i) == winner) {
        claims[..=p].rotate_right(1);
    }
    Some(Choice {
        claims,
        interval: None,
        support,
        total: 0.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reconcile::consensus::problem::tests::spans;

    #[test]
    fn a_claim_supports_every_value_its_interval_holds() {
        // 71% [70.5, 71.5), 71.1% [71.05, 71.15), nearly 72% [71.5, 72): the first two
        // share a stretch; touching half-open ends do not
        let p = spans(&[(70.5, 71.5), (71.05, 71.15), (71.5, 72.0)]);
        let c = best_value(&p, 0, &[(0, 1.0), (1, 1.0), (2, 1.5)], &mut Vec::new()).unwrap();
        assert_eq!(c.claims, [1, 0]);
        assert_eq!(c.interval, Some((71.05, 71.15)));
        assert_eq!((c.support, c.total), (2.0, 3.5));
        // a heavier single claim outweighs two light ones
        let c = best_value(&p, 0, &[(0, 1.0), (1, 1.0), (2, 2.5)], &mut Vec::new()).unwrap();
        assert_eq!(c.claims, [2]);
    }

    #[test]
    fn open_ended_intervals_support_everything_beyond() {
        // "more than 30" (30, ∞), "35" [34.5, 35.5), "100" [99.5, 100.5)
        let p = spans(&[(30.0, f64::INFINITY), (34.5, 35.5), (99.5, 100.5)]);
        let c = best_value(&p, 0, &[(0, 1.0), (1, 1.0), (2, 1.0)], &mut Vec::new()).unwrap();
        assert_eq!(c.claims, [1, 0]);
        assert_eq!(c.interval, Some((34.5, 35.5)));
    }
}
