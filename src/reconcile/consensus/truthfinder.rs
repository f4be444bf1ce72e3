//! TruthFinder (Yin, Han and Yu, 2007), with this crate's value similarity as the
//! implication between facts.

use super::majority::intersection;
use super::problem::Problem;
use super::{ConsensusStrategy, Pick, Solution};

/// TruthFinder: a source's trust is the mean confidence of the facts it states; a
/// fact's confidence is `1 / (1 + e^(−γ·σ*))`, where `σ* = σ + ρ·Σ σ' · imp(f' → f)`,
/// `σ` sums `−ln(1 − trust)` over the fact's sources, and the implication is this
/// crate's similarity of the two values ([`Problem::support`]: intervals that
/// overlap, texts of one class, name lists by the names they share) less `base`. Facts
/// are the distinct exact values of a group; iterated from `initial_trust` until the
/// trusts stop moving.
///
/// ```
/// use crosscheck::reconcile::consensus::{ConsensusStrategy, TruthFinder};
/// let tf = TruthFinder::default();
/// assert_eq!((tf.name(), tf.rho, tf.gamma), ("truthfinder", 0.5, 0.3));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct TruthFinder {
    /// Weight of the implication from other facts.
    pub rho: f64,
    /// Dampening of the logistic (for dependence between sources).
    pub gamma: f64,
    /// The similarity at which one fact neither supports nor opposes another.
    pub base: f64,
    /// Every source's trust at the start.
    pub initial_trust: f64,
    /// The most rounds.
    pub max_iterations: usize,
}

impl Default for TruthFinder {
    fn default() -> TruthFinder {
        TruthFinder {
            rho: 0.5,
            gamma: 0.3,
            base: 0.5,
            initial_trust: 0.9,
            max_iterations: 20,
        }
    }
}

/// The most distinct facts of one group whose implications are weighed (the pairs cost
/// the square of their number); further facts count only their own sources.
const MAX_FACTS: usize = 64;

/// Facts of every group: the first claim holding each, its sources, and the
/// implications between facts.
struct Facts {
    /// per group: the range of its facts
    groups: Vec<std::ops::Range<usize>>,
    /// per fact: its first claim
    first: Vec<u32>,
    /// per fact: its distinct sources
    sources: Vec<Vec<u32>>,
    /// per group: implications `imp(a → b)` of its first facts, row-major
    implication: Vec<Vec<f64>>,
}

impl TruthFinder {
    fn facts(&self, problem: &Problem) -> Facts {
        let mut f = Facts {
            groups: Vec::with_capacity(problem.groups().len()),
            first: Vec::new(),
            sources: Vec::new(),
            implication: Vec::with_capacity(problem.groups().len()),
        };
        for (g, group) in problem.groups().iter().enumerate() {
            let (start, claims) = problem.claims_of(g);
            let from = f.first.len();
            let n = group.exact_values as usize;
            f.first.extend(std::iter::repeat_n(u32::MAX, n));
            f.sources.extend(std::iter::repeat_with(Vec::new).take(n));
            for (k, c) in claims.iter().enumerate() {
                let fact = from + c.exact as usize;
                if f.first[fact] == u32::MAX {
                    f.first[fact] = (start + k) as u32;
                }
                if !f.sources[fact].contains(&c.source) {
                    f.sources[fact].push(c.source);
                }
            }
            let m = n.min(MAX_FACTS);
            let mut imp = vec![0.0; m * m];
            for a in 0..m {
                for b in 0..m {
                    if a != b {
                        let va = &problem.claims()[f.first[from + a] as usize].value;
                        let vb = &problem.claims()[f.first[from + b] as usize].value;
                        imp[a * m + b] = problem.support(g, va, vb) - self.base;
                    }
                }
            }
            f.implication.push(imp);
            f.groups.push(from..from + n);
        }
        f
    }
}

impl ConsensusStrategy for TruthFinder {
    fn name(&self) -> &'static str {
        "truthfinder"
    }

    fn solve(&self, problem: &Problem) -> Solution {
        let facts = self.facts(problem);
        let n_sources = problem.sources().len();
        let mut trust = vec![self.initial_trust; n_sources];
        let mut confidence = vec![0.0; facts.first.len()];
        let mut sigma = vec![0.0; facts.first.len()];
        for _ in 0..self.max_iterations {
            let tau: Vec<f64> = trust
                .iter()
                .map(|t| -(1.0 - t.min(1.0 - 1e-9)).ln())
                .collect();
            for (fact, srcs) in facts.sources.iter().enumerate() {
                sigma[fact] = srcs.iter().map(|&s| tau[s as usize]).sum();
            }
            for (g, range) in facts.groups.iter().enumerate() {
                let m = range.len().min(MAX_FACTS);
                for b in range.clone() {
                    let local = b - range.start;
                    let mut adjusted = sigma[b];
                    if local < m {
                        for a in 0..m {
                            adjusted += self.rho
                                * sigma[range.start + a]
                                * facts.implication[g][a * m + local];
                        }
                    }
                    confidence[b] = 1.0 / (1.0 + (-self.gamma * adjusted).exp());
                }
            }
            let mut sum = vec![0.0; n_sources];
            let mut count = vec![0u32; n_sources];
            for (fact, srcs) in facts.sources.iter().enumerate() {
                for &s in srcs {
                    sum[s as usize] += confidence[fact];
                    count[s as usize] += 1;
                }
            }
            let next: Vec<f64> = sum
                .iter()
                .zip(&count)
                .zip(&trust)
                .map(|((s, &c), &t)| if c == 0 { t } else { s / f64::from(c) })
                .collect();
            let moved = next
                .iter()
                .zip(&trust)
                .map(|(a, b)| (a - b).abs())
                .fold(0.0, f64::max);
            trust = next;
            if moved < 1e-6 {
                break;
            }
        }
        let picks = facts
            .groups
            .iter()
            .enumerate()
            .map(|(g, range)| {
                let Some(best) = range.clone().fold(None, |acc: Option<usize>, f| match acc {
                    Some(b) if confidence[f] <= confidence[b] => acc,
                    _ => Some(f),
                }) else {
                    return Vec::new();
                };
                let exact = (best - range.start) as u32;
                let (start, claims) = problem.claims_of(g);
                let holders: Vec<u32> = (0..claims.len())
                    .filter(|&k| claims[k].exact == exact)
                    .map(|k| (start + k) as u32)
                    .collect();
                let interval = intersection(problem, &holders);
                vec![Pick::new(holders, interval, confidence[best])]
            })
            .collect();
        Solution {
            picks,
            reliability: trust,
        }
    }
}
