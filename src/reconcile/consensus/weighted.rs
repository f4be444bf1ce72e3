//! The crate's own strategy: reliability-weighted support over intervals, per method,
//! latest in force, a copy pair's shared values counted once (see the [module
//! documentation](super)).

use super::copying::{CopyModel, copy_pairs, shared_values};
use super::holders::{ChainScratch, HolderChain};
use super::methods::{MethodClass, method_gap};
use super::problem::{ClaimInput, GroupInput, Problem, Span, Value};
use super::reliability::{Estimates, Standing, Wording, estimates, logit};
use super::support::{
    ClassScores, EPS, End, Segment, best_class, best_list, class_of, covers, list_of,
    list_supporters, push_candidates, push_ends, sweep, unanimous,
};
use super::{ConsensusStrategy, Pick, Solution};
use crate::claim::HedgeKind;
use crate::reconcile::MAX_YEARLY_CHANGE;

/// The constants of [`Weighted`], each a judgement, in one table.
///
/// | constant | default | meaning |
/// |---|---|---|
/// | `prior_reliability` | 0.8 | a source's reliability before any evidence |
/// | `prior_strength` | 4 | how many claims the prior is worth |
/// | `false_values` | 10 | how many wrong values a fact may take (AccuCopy's *n*): a vote is `ln(n·r/(1−r))` |
/// | `max_iterations` | 10 | rounds of consensus and reliability after copying is judged (the first phase, before it, runs at most 3: `FIRST_PHASE_ROUNDS`) |
/// | `tolerance` | 1e-3 | the fixed point: no reliability moves more than this |
/// | `unlabelled_method_weight` | 0.5 | a claim naming no method, in a group split by method or where some claim names the official method, counts this much towards the official consensus; for shares, the rest of its weight is its reading as an exit poll, which lends `corroborating_method_weight` of it to the values within an exit poll's gap of it |
/// | `claimed_unlabelled_weight` | 0.2 | in a group split by method, a claim naming no method whose value another method's consensus holds (the organisers' figure of a crowd) is likelier that method's than the official one: it counts this much of its weight towards the official consensus; methods known to lie near the count ([`METHOD_GAPS`](super::METHOD_GAPS): an exit poll, which often gives the count's very value) are not read so |
/// | `linked_weight` | 1 | a group that states the same quantity under another predicate (the birth dates of a subject whose ages a group holds, or the other way round: [`BIRTH_DATE_PREDICATE_WORDS`](super::BIRTH_DATE_PREDICATE_WORDS)) lends the group's consensus this many of one source's claims in all, shared among its sources, for the values its claims hold; they are not the group's claims, and a value only they hold is never chosen |
/// | `corroborating_method_weight` | 0.5 | in a group of shares split by method, an estimate by a method that lies within a known gap of the count ([`METHOD_GAPS`](super::METHOD_GAPS): an exit poll) counts this much towards the official values within that gap of it, and against the others; so does the exit-poll reading of a share naming no method, where some claim names the official count |
/// | `recency_half_life_days` | 1825 | for values that change over time, a claim's weight halves per this many days before the group's latest (five years: the drift allowance below already lets an older figure support a newer one, so age only settles conflicts no change explains); not for groups read as dates: ages, read as the birth dates they allow, which do not change, and dates themselves |
/// | `text_recency_half_life_days` | 365 | for texts that change over time (who holds an office, who leads a company), a claim's weight as evidence of its source's reliability halves per this many days before the group's latest: a report of the holder before the latest one was likely right on its day, so it says little against its source; for lists of names that change (a coalition's members) it weighs the votes too |
/// | `holder_tenure_days` | 1461 | for the same texts, the mean time a holder stays (four years): the chance that the holder changed within `d` days is `1 − e^(−d/tenure)`; the consensus is the holder most likely in office at the latest report, the reports read in time order as a chain of holders (see `holders`) |
/// | `holder_return_share` | 0.1 | of those changes, the share that bring back a holder named before: a report naming a former holder after his successor was named is more often stale than a return to office |
/// | `yearly_drift` | 0.10 ([`MAX_YEARLY_CHANGE`]) | for quantities that change over time, how far a claim published before the group's latest may have moved since, relative, per year, compounded: its interval widens by that factor, and, in a group not split by method, it keeps one over that factor of its weight on its own interval (lending it there, not bounding the consensus), the rest spread over the widened one |
/// | `finer_step` | 0.1 | a figure written to a rounding step may have been rounded from one already rounded to this share of the step (2,034,744 → 2,035,000 → 2.04 million): its interval reaches half that finer step further on each side, and the bound of "more than x" or "nearly x", itself a figure rounded to x's step, reaches half a step past x (one digit more, one rounding: 0.1 is the next finer place of a decimal figure) |
/// | `learn_approximate` | true | an approximate figure ("about x", "nearly x", "more than x", a range) weighs its source's vote shifted by how much more often approximate figures than plain ones stand inside the consensus on the run, in log-odds (measured each round, pulled towards the plain figures' rate with `prior_strength`): a writer who hedges knew roughly what the figure is, while a figure got wrong is usually stated flatly, and the run says how far that holds |
/// | `copy_chance` | 0.05 | the chance that two independent sources, both wrong in a group, write one identical value |
/// | `copy_rate` | 0.8 | how often a copier repeats its original where both speak |
/// | `copy_prior` | 0.1 | the prior probability that a pair of sources copies |
/// | `copy_min_groups` | 3 | the fewest groups two sources share before they are judged |
///
/// The chance that two independent sources, both right, write one identical value is
/// not a constant: it is measured per predicate on the run (see the module
/// documentation).
///
/// ```
/// use crosscheck::reconcile::consensus::{Weighted, WeightedConfig};
/// let config = WeightedConfig::default().with_prior(0.7, 2.0);
/// assert_eq!(config.prior_reliability(), 0.7);
/// let strategy = Weighted::new(config);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct WeightedConfig {
    prior_reliability: f64,
    prior_strength: f64,
    false_values: f64,
    max_iterations: usize,
    tolerance: f64,
    unlabelled_method_weight: f64,
    claimed_unlabelled_weight: f64,
    linked_weight: f64,
    corroborating_method_weight: f64,
    recency_half_life_days: f64,
    text_recency_half_life_days: f64,
    holders: HolderChain,
    yearly_drift: f64,
    finer_step: f64,
    learn_approximate: bool,
    copy: CopyModel,
}

/// `text_recency_half_life_days` by default (see the table above).
const TEXT_HALF_LIFE: f64 = 365.0;

impl Default for WeightedConfig {
    fn default() -> WeightedConfig {
        WeightedConfig {
            prior_reliability: 0.8,
            prior_strength: 4.0,
            false_values: 10.0,
            max_iterations: 10,
            tolerance: 1e-3,
            unlabelled_method_weight: 0.5,
            claimed_unlabelled_weight: 0.2,
            linked_weight: 1.0,
            corroborating_method_weight: 0.5,
            recency_half_life_days: 1825.0,
            text_recency_half_life_days: TEXT_HALF_LIFE,
            holders: HolderChain {
                tenure_days: 1461.0,
                return_share: 0.1,
            },
            yearly_drift: MAX_YEARLY_CHANGE,
            finer_step: 0.1,
            learn_approximate: true,
            copy: CopyModel {
                chance: 0.05,
                rate: 0.8,
                prior: 0.1,
                min_groups: 3,
            },
        }
    }
}

impl WeightedConfig {
    /// The prior reliability and how many claims it is worth.
    pub fn with_prior(mut self, reliability: f64, strength: f64) -> WeightedConfig {
        self.prior_reliability = reliability.clamp(0.01, 0.99);
        self.prior_strength = strength.max(0.0);
        self
    }

    /// How much of its weight a claim naming no method counts towards the official
    /// consensus when its value is held by another method's consensus (1 for as much
    /// as any claim naming no method).
    ///
    /// ```
    /// use crosscheck::reconcile::consensus::WeightedConfig;
    /// let config = WeightedConfig::default().with_claimed_unlabelled_weight(1.0);
    /// assert_eq!(config.claimed_unlabelled_weight(), 1.0);
    /// ```
    pub fn with_claimed_unlabelled_weight(mut self, weight: f64) -> WeightedConfig {
        self.claimed_unlabelled_weight = if weight.is_finite() {
            weight.clamp(0.0, 1.0)
        } else {
            1.0
        };
        self
    }

    /// How much of its weight a claim naming no method counts towards the official
    /// consensus when another method's consensus holds its value.
    pub fn claimed_unlabelled_weight(&self) -> f64 {
        self.claimed_unlabelled_weight
    }

    /// How many of one source's claims a linked group (a subject's birth dates beside
    /// its ages) counts for, in all, towards a group's consensus (0 for nothing).
    ///
    /// ```
    /// use crosscheck::reconcile::consensus::WeightedConfig;
    /// let config = WeightedConfig::default().with_linked_weight(0.0);
    /// assert_eq!(config.linked_weight(), 0.0);
    /// ```
    pub fn with_linked_weight(mut self, weight: f64) -> WeightedConfig {
        self.linked_weight = if weight.is_finite() {
            weight.max(0.0)
        } else {
            0.0
        };
        self
    }

    /// How many of one source's claims a linked group counts for towards a group's
    /// consensus.
    pub fn linked_weight(&self) -> f64 {
        self.linked_weight
    }

    /// The half-life of a claim's weight, in days before its group's latest claim, for
    /// values that change over time.
    ///
    /// ```
    /// use crosscheck::reconcile::consensus::WeightedConfig;
    /// let config = WeightedConfig::default().with_recency_half_life(90.0);
    /// assert_eq!(config.recency_half_life_days(), 90.0);
    /// ```
    pub fn with_recency_half_life(mut self, days: f64) -> WeightedConfig {
        self.recency_half_life_days = days.max(1.0);
        self
    }

    /// The half-life of a claim's weight for values that change over time, in days.
    pub fn recency_half_life_days(&self) -> f64 {
        self.recency_half_life_days
    }

    /// The half-life of a claim's weight, in days before its group's latest claim, for
    /// texts that change over time (an office's holder).
    ///
    /// ```
    /// use crosscheck::reconcile::consensus::WeightedConfig;
    /// let config = WeightedConfig::default().with_text_recency_half_life(90.0);
    /// assert_eq!(config.text_recency_half_life_days(), 90.0);
    /// assert_eq!(WeightedConfig::default().text_recency_half_life_days(), 365.0);
    /// ```
    pub fn with_text_recency_half_life(mut self, days: f64) -> WeightedConfig {
        self.text_recency_half_life_days = days.max(1.0);
        self
    }

    /// The half-life of a claim's weight for texts that change over time, in days.
    pub fn text_recency_half_life_days(&self) -> f64 {
        self.text_recency_half_life_days
    }

    /// The chain of holders that decides a text that changes over time: the mean
    /// days a holder stays, and the share of changes that bring back a holder named
    /// before (see the table above). An infinite tenure means no change: the heavier
    /// side wins, however old.
    ///
    /// ```
    /// use crosscheck::reconcile::consensus::WeightedConfig;
    /// let config = WeightedConfig::default().with_holder_chain(730.0, 0.2);
    /// assert_eq!(config.holder_tenure_days(), 730.0);
    /// assert_eq!(config.holder_return_share(), 0.2);
    /// assert_eq!(WeightedConfig::default().holder_tenure_days(), 1461.0);
    /// ```
    pub fn with_holder_chain(mut self, tenure_days: f64, return_share: f64) -> WeightedConfig {
        self.holders = HolderChain {
            tenure_days: tenure_days.max(1.0),
            return_share: return_share.clamp(0.0, 1.0),
        };
        self
    }

    /// The mean time a holder stays, in days.
    pub fn holder_tenure_days(&self) -> f64 {
        self.holders.tenure_days
    }

    /// The share of changes of holder that bring back one named before.
    pub fn holder_return_share(&self) -> f64 {
        self.holders.return_share
    }

    /// How far, relative, per year, a quantity that changes over time may have moved
    /// since a claim about it was published (0 for no drift).
    ///
    /// ```
    /// use crosscheck::reconcile::consensus::WeightedConfig;
    /// let config = WeightedConfig::default().with_yearly_drift(0.02);
    /// assert_eq!(config.yearly_drift(), 0.02);
    /// ```
    pub fn with_yearly_drift(mut self, drift: f64) -> WeightedConfig {
        self.yearly_drift = if drift.is_finite() {
            drift.max(0.0)
        } else {
            0.0
        };
        self
    }

    /// How far a quantity that changes over time may move per year, relative.
    pub fn yearly_drift(&self) -> f64 {
        self.yearly_drift
    }

    /// How fine a step a figure may have been rounded from before it was rounded to
    /// the step it is written to, as a share of that step (0 reads every figure as
    /// rounded once, and the bound of "more than x" as x itself).
    ///
    /// ```
    /// use crosscheck::reconcile::consensus::WeightedConfig;
    /// let config = WeightedConfig::default().with_finer_step(0.0);
    /// assert_eq!(config.finer_step(), 0.0);
    /// ```
    pub fn with_finer_step(mut self, share: f64) -> WeightedConfig {
        self.finer_step = if share.is_finite() {
            share.clamp(0.0, 1.0)
        } else {
            0.0
        };
        self
    }

    /// How fine a step a figure may have been rounded from, as a share of its own.
    pub fn finer_step(&self) -> f64 {
        self.finer_step
    }

    /// Without learning how far approximate figures ("about x", "nearly x", a range)
    /// are to be trusted apart from plain ones: every claim weighs its source's vote.
    ///
    /// ```
    /// use crosscheck::reconcile::consensus::WeightedConfig;
    /// assert!(WeightedConfig::default().learns_approximate());
    /// assert!(!WeightedConfig::default().without_approximate_learning().learns_approximate());
    /// ```
    pub fn without_approximate_learning(mut self) -> WeightedConfig {
        self.learn_approximate = false;
        self
    }

    /// True when approximate figures are weighed by how often they are right on the
    /// run, apart from plain ones.
    pub fn learns_approximate(&self) -> bool {
        self.learn_approximate
    }

    /// Without copy detection (every claim counts in full).
    pub fn without_copy_detection(mut self) -> WeightedConfig {
        self.copy.min_groups = u32::MAX;
        self
    }

    /// The prior reliability.
    pub fn prior_reliability(&self) -> f64 {
        self.prior_reliability
    }

    /// The maximum number of rounds per phase.
    pub fn max_iterations(&self) -> usize {
        self.max_iterations
    }

    /// A source's vote for reliability `r`: `ln(false_values · r / (1 − r))`, never
    /// below a small positive floor.
    fn vote(&self, r: f64) -> f64 {
        let r = r.clamp(0.01, 0.99);
        (self.false_values * r / (1.0 - r)).ln().max(1e-3)
    }
}

/// Reliability-weighted support over intervals (the default strategy).
///
/// ```
/// use crosscheck::reconcile::consensus::{ConsensusStrategy, Weighted};
/// assert_eq!(Weighted::default().name(), "weighted");
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Weighted {
    config: WeightedConfig,
}

impl Weighted {
    /// With these constants.
    pub fn new(config: WeightedConfig) -> Weighted {
        Weighted { config }
    }

    /// The constants.
    pub fn config(&self) -> &WeightedConfig {
        &self.config
    }
}

/// What a unit's values are, and so how its value is chosen.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// Intervals: its ends, in sweep order, are `Units::ends[range]`.
    Spans(u32, u32),
    /// Texts.
    Classes,
    /// Name lists: its candidates are `Units::candidates[range]`.
    Lists(u32, u32),
    /// Intervals mixed with other values: no value is chosen.
    Mixed,
}

/// The claims of one method of a group, each with the part of its weight that does
/// not depend on reliability (its share of its source's claims, recency, method).
struct Unit {
    group: u32,
    method: Option<MethodClass>,
    members: std::ops::Range<usize>,
    kind: Kind,
    /// what the unit chooses whatever its members weigh, when that can be told ahead
    /// (its claims all agree), with what every claim allows
    fixed: Option<(Chosen, Option<(f64, f64)>)>,
}

/// Everything the rounds share: the units, and what of their choice does not depend
/// on the weights.
struct Units {
    units: Vec<Unit>,
    members: Vec<(u32, f64)>,
    /// per claim: how much it counts as evidence of its source's reliability (recency)
    evidence: Vec<f64>,
    /// first unit of each group, and one past the last
    of_group: Vec<u32>,
    /// the groups where two sources or more speak, which alone tell of their sources
    /// and so are decided in every round; the others are decided once, at the end
    informative: Vec<u32>,
    /// the interval ends of every unit of intervals, each in sweep order; an end's
    /// weight is its member's
    ends: Vec<End>,
    /// the candidate lists of every unit of lists
    candidates: Vec<u32>,
    /// per member: where its vote is in [`Round::votes`]: twice its claim's source,
    /// plus one for an approximate figure
    member_keys: Vec<u32>,
    /// per claim: its source
    claim_sources: Vec<u32>,
    /// per claim: its wording, plain or approximate, for quantities
    wording: Vec<Wording>,
    /// per claim: its interval as weighed (widened by the drift allowed since it was
    /// published, for quantities that change over time); unused for other values
    spans: Vec<Span>,
    /// per member: its interval as weighed in its unit (its claim's, or for an
    /// estimate by another method lending weight to the official value, the values
    /// that method allows the count to take)
    member_spans: Vec<Span>,
    /// per member: it only lends weight to the values it holds (an estimate by another
    /// method, in the official unit): it is not shown, nor bounds the interval
    corroborating: Vec<bool>,
}

/// A span that holds nothing, for claims whose value is not an interval.
const NO_SPAN: Span = Span {
    lo: f64::NAN,
    hi: f64::NAN,
    lo_open: true,
    hi_open: true,
};

/// `s` widened by `factor` (≥ 1) on both sides: each finite end moves away from zero
/// (or towards it) by that ratio, so that the interval holds every value a quantity
/// `factor` times larger or smaller than one it held.
fn widened(s: Span, factor: f64) -> Span {
    if factor <= 1.0 {
        return s;
    }
    let down = |x: f64| if x > 0.0 { x / factor } else { x * factor };
    let up = |x: f64| if x > 0.0 { x * factor } else { x / factor };
    Span {
        lo: if s.lo.is_finite() { down(s.lo) } else { s.lo },
        hi: if s.hi.is_finite() { up(s.hi) } else { s.hi },
        ..s
    }
}

/// Claim `c`'s interval `s` as the rounding of its figure allows, with `finer` the
/// share of its step it may have been rounded from (see [`WeightedConfig`]): a plain
/// figure, or the far side of "nearly x", reaches half a finer step further; the
/// bound of a hedge ("more than x", "nearly x", "at most x") is itself a figure
/// rounded to x's step, and reaches half a step (and half a finer one) past x.
fn rounded(c: &ClaimInput, s: Span, finer: f64) -> Span {
    let Some(step) = c.step.filter(|_| finer > 0.0) else {
        return s;
    };
    let fine = finer * step / 2.0;
    let bound = step / 2.0 + fine;
    let (down, up) = match c.hedge {
        None => (fine, fine),
        Some(HedgeKind::JustBelow) => (fine, bound),
        Some(HedgeKind::JustAbove) => (bound, fine),
        Some(HedgeKind::Above | HedgeKind::AtLeast) => (bound, 0.0),
        Some(HedgeKind::Below | HedgeKind::AtMost) => (0.0, bound),
        Some(HedgeKind::About) => (0.0, 0.0),
    };
    Span {
        lo: s.lo - down,
        hi: s.hi + up,
        ..s
    }
}

fn units(problem: &Problem, config: &WeightedConfig) -> Units {
    let mut out = Units {
        units: Vec::with_capacity(problem.groups().len()),
        members: Vec::with_capacity(problem.claims().len()),
        evidence: vec![1.0; problem.claims().len()],
        of_group: Vec::with_capacity(problem.groups().len() + 1),
        informative: (0..problem.groups().len() as u32)
            .filter(|&g| problem.groups()[g as usize].sources >= 2)
            .collect(),
        ends: Vec::with_capacity(2 * problem.claims().len()),
        candidates: Vec::new(),
        member_spans: Vec::with_capacity(problem.claims().len()),
        corroborating: Vec::with_capacity(problem.claims().len()),
        member_keys: Vec::new(),
        claim_sources: problem.claims().iter().map(|c| c.source).collect(),
        wording: vec![Wording::Other; problem.claims().len()],
        spans: problem
            .claims()
            .iter()
            .map(|c| match c.value {
                Value::Span(s) => s,
                _ => NO_SPAN,
            })
            .collect(),
    };
    let mut others: Vec<&MethodClass> = Vec::new();
    let mut own: Vec<Span> = Vec::new();
    for (g, group) in problem.groups().iter().enumerate() {
        out.of_group.push(out.units.len() as u32);
        let (start, claims) = problem.claims_of(g);
        for (k, c) in claims.iter().enumerate() {
            out.wording[start + k] = Wording::of(group, c);
        }
        if claims.is_empty() {
            continue;
        }
        let latest = claims.iter().map(|c| c.day).max().unwrap_or(0);
        // a group read as dates is out of recency's reach: an age is read as the birth
        // dates it allows, which do not change, so an old age says as much of them as a
        // new one (and a date, once it is past, does not change either)
        let text = claims
            .iter()
            .all(|c| matches!(c.value, Value::Class(_) | Value::List(_)));
        let half_life = if text {
            config.text_recency_half_life_days
        } else {
            config.recency_half_life_days
        };
        let recency = |k: usize| {
            if group.time_varying && !group.dates {
                0.5f64.powf(f64::from(latest - claims[k].day) / half_life)
            } else {
                1.0
            }
        };
        for k in 0..claims.len() {
            out.evidence[start + k] = recency(k);
        }
        if !group.dates {
            for (k, c) in claims.iter().enumerate() {
                out.spans[start + k] = rounded(c, out.spans[start + k], config.finer_step);
            }
        }
        // the claims' own intervals, before the drift widens them
        own.clear();
        own.extend_from_slice(&out.spans[start..start + claims.len()]);
        if group.time_varying && !group.dates && config.yearly_drift > 0.0 {
            // a head count published years before the latest may have moved since
            for (k, c) in claims.iter().enumerate() {
                let years = f64::from(latest - c.day) / 365.25;
                let factor = (1.0 + config.yearly_drift).powf(years);
                out.spans[start + k] = widened(out.spans[start + k], factor);
            }
        }
        // a holder's name is weighed in time by the chain of holders, not by its age
        let chained =
            decided_by_holders(group) && claims.iter().all(|c| matches!(c.value, Value::Class(_)));
        let vote_recency = |k: usize| if chained { 1.0 } else { recency(k) };
        let base = |k: usize| ((start + k) as u32, claims[k].share * vote_recency(k));
        others.clear();
        for c in claims {
            if let MethodClass::Other(_) = c.method
                && !others.contains(&&c.method)
            {
                others.push(&c.method);
            }
        }
        let official = claims.iter().any(|c| c.method == MethodClass::Official);
        // where some claim names the official method, one that names none may be an
        // exit poll left unlabelled: it counts less towards the official value, even
        // when no claim names the other method
        let unlabelled = |k: usize| {
            let (i, w) = base(k);
            (i, w * config.unlabelled_method_weight)
        };
        // claims naming no method stand for the count when no claim names it: an
        // exit poll is still not an error against them
        let counted = official || claims.iter().any(|c| c.method == MethodClass::Unstated);
        if !counted || others.is_empty() {
            let from = out.members.len();
            out.members.extend((0..claims.len()).map(|k| {
                if official && claims[k].method == MethodClass::Unstated {
                    unlabelled(k)
                } else {
                    base(k)
                }
            }));
            if group.dates && config.linked_weight > 0.0 {
                out.push_linked(problem, g, config.linked_weight);
            }
            if official && group.shares && !group.dates {
                out.push_unlabelled_near(problem, g, config, &base);
            }
            out.push_own_of_widened(start, from, &own);
            out.push_unit(problem, g, None, from);
            continue;
        }
        let from = out.members.len();
        for (k, c) in claims.iter().enumerate() {
            match c.method {
                MethodClass::Official => out.members.push(base(k)),
                MethodClass::Unstated => out.members.push(unlabelled(k)),
                MethodClass::Other(_) => {}
            }
        }
        let main = if official {
            MethodClass::Official
        } else {
            MethodClass::Unstated
        };
        if group.shares && !group.dates {
            // an exit poll lies within a few points of the count: it lends weight to
            // the official values near it, and to none far from it
            out.sync_member_spans();
            for (k, c) in claims.iter().enumerate() {
                let (MethodClass::Other(m), Value::Span(_)) = (&c.method, c.value) else {
                    continue;
                };
                let Some(gap) = method_gap(m) else {
                    continue;
                };
                let (i, w) = base(k);
                let s = widened_by(out.spans[start + k], gap);
                out.push_lender((i, w * config.corroborating_method_weight), s);
            }
            if official {
                out.push_unlabelled_near(problem, g, config, &base);
            }
        }
        out.push_unit(problem, g, Some(main), from);
        for m in &others {
            let from = out.members.len();
            out.members.extend(
                (0..claims.len())
                    .filter(|&k| &&claims[k].method == m)
                    .map(base),
            );
            out.push_unit(problem, g, Some((*m).clone()), from);
        }
    }
    out.of_group.push(out.units.len() as u32);
    out.set_keys(problem);
    out
}

/// `s` widened by `gap` on both sides: the values an estimate within `gap` of the
/// count would allow.
fn widened_by(s: Span, gap: f64) -> Span {
    Span {
        lo: s.lo - gap,
        hi: s.hi + gap,
        ..s
    }
}

impl Units {
    /// Gives every member not yet spanned its claim's interval.
    fn sync_member_spans(&mut self) {
        for m in self.member_spans.len()..self.members.len() {
            let i = self.members[m].0 as usize;
            self.member_spans.push(self.spans[i]);
            self.corroborating.push(false);
        }
    }

    /// Adds a member that lends its weight to the values within `span` without being
    /// shown or bounding the interval (an estimate by another method, a linked group's
    /// claim). Members before it must have their spans already.
    fn push_lender(&mut self, member: (u32, f64), span: Span) {
        self.members.push(member);
        self.member_spans.push(span);
        self.corroborating.push(true);
    }

    /// Where the drift has widened the claims of the unit whose members start at
    /// `from` (one per claim of the group, whose claims start at `start`; `own` holds
    /// their intervals before the drift), each widened claim keeps `1 / factor` of its
    /// weight on its own interval, as a member that lends it there, and spreads the
    /// rest over the values its drift allows (`factor` being how far the drift has
    /// widened it): an older figure says most of the value it gives, and less of each
    /// value the years since could have moved it to, the more years there are. Without
    /// it, the overlap of many old figures' widest allowances (an error of ×3 reaches
    /// there after a dozen years) outweighed the value the newer figures give.
    fn push_own_of_widened(&mut self, start: usize, from: usize, own: &[Span]) {
        self.sync_member_spans();
        for m in from..self.members.len() {
            let (i, w) = self.members[m];
            if self.corroborating[m] {
                continue;
            }
            let Some(&o) = (i as usize).checked_sub(start).and_then(|k| own.get(k)) else {
                continue;
            };
            let widened = self.member_spans[m];
            // how far the drift widened it: the ratio of an end that is a positive figure
            let factor = if o.hi.is_finite() && o.hi > 0.0 {
                widened.hi / o.hi
            } else if o.lo.is_finite() && o.lo > 0.0 {
                o.lo / widened.lo
            } else {
                continue;
            };
            // unwidened (the latest claims), or not a figure at all
            if !(factor.is_finite() && factor > 1.0) {
                continue;
            }
            let share = 1.0 / factor;
            self.members[m].1 = w * (1.0 - share);
            self.push_lender((i, w * share), o);
        }
    }

    /// Adds the claims of the groups linked to group `g` (ages beside birth dates)
    /// as members that lend weight to the values they hold, like an estimate by
    /// another method: not shown, nor bounding the interval. A linked group weighs
    /// `weight` of one source's claims in all, shared among its sources: it may hold
    /// another subject's figures (two people taken for one), so it settles what the
    /// group's own claims leave close rather than outvoting them.
    fn push_linked(&mut self, problem: &Problem, g: usize, weight: f64) {
        self.sync_member_spans();
        for h in problem.linked(g) {
            let (start, claims) = problem.claims_of(h);
            let sources = f64::from(problem.groups()[h].sources.max(1));
            for (k, c) in claims.iter().enumerate() {
                if let Value::Span(_) = c.value {
                    let member = ((start + k) as u32, c.share * weight / sources);
                    self.push_lender(member, self.spans[start + k]);
                }
            }
        }
    }

    /// In a group of shares where some claim names the official count, a claim naming
    /// no method may be an exit poll left unlabelled (that is why it counts only
    /// `unlabelled_method_weight` of its weight towards its own value). The rest of its
    /// weight stands for that reading: as an exit poll it would put the count within
    /// an exit poll's gap of its value ([`METHOD_GAPS`](super::METHOD_GAPS)), so, like a
    /// labelled exit poll, it lends `corroborating_method_weight` of that rest to the values within
    /// the gap, and none to those beyond it. A figure naming no method far from the
    /// official one is then evidence against it either way, where a figure within the
    /// gap may be a poll that does not contradict it.
    fn push_unlabelled_near(
        &mut self,
        problem: &Problem,
        g: usize,
        config: &WeightedConfig,
        base: &dyn Fn(usize) -> (u32, f64),
    ) {
        let share = (1.0 - config.unlabelled_method_weight) * config.corroborating_method_weight;
        // an unlabelled share may be an exit poll: the exit poll's gap, whatever other
        // methods the table gives wider ones
        let Some(gap) = method_gap("exit poll") else {
            return;
        };
        if share <= 0.0 {
            return;
        }
        self.sync_member_spans();
        let (start, claims) = problem.claims_of(g);
        for (k, c) in claims.iter().enumerate() {
            if c.method != MethodClass::Unstated || !matches!(c.value, Value::Span(_)) {
                continue;
            }
            let (i, w) = base(k);
            self.push_lender((i, w * share), widened_by(self.spans[start + k], gap));
        }
    }

    /// Each member's place in [`Round::votes`], from its claim's entry in
    /// `claim_sources`.
    fn set_keys(&mut self, problem: &Problem) {
        let claims = problem.claims();
        self.member_keys = self
            .members
            .iter()
            .map(|&(i, _)| {
                2 * self.claim_sources[i as usize] + u32::from(claims[i as usize].approximate)
            })
            .collect();
    }

    /// Adds the unit of group `g` whose members are `members[from..]`, with what of
    /// its choice does not depend on the weights.
    fn push_unit(&mut self, problem: &Problem, g: usize, method: Option<MethodClass>, from: usize) {
        self.sync_member_spans();
        let members = from..self.members.len();
        let claims = problem.claims();
        let (all_members, all_spans) = (&self.members, &self.member_spans);
        let spans = || {
            all_members[members.clone()]
                .iter()
                .enumerate()
                .map(move |(k, &(i, _))| match claims[i as usize].value {
                    Value::Span(_) => Some(((from + k) as u32, all_spans[from + k])),
                    _ => None,
                })
        };
        let mut fixed = None;
        let kind = match self.members.get(from).map(|m| &claims[m.0 as usize].value) {
            Some(Value::Span(_)) if spans().all(|s| s.is_some()) => {
                let at = self.ends.len();
                push_ends(spans().flatten(), &mut self.ends);
                if let Some(seg) = unanimous(&self.ends[at..], &self.corroborating) {
                    let (mut lo, mut hi) = (f64::NEG_INFINITY, f64::INFINITY);
                    for s in &self.member_spans[members.clone()] {
                        lo = lo.max(s.lo);
                        hi = hi.min(s.hi);
                    }
                    fixed = Some((Chosen::Segment(seg), Some((lo, hi))));
                }
                Kind::Spans(at as u32, self.ends.len() as u32)
            }
            Some(Value::Span(_)) | None => Kind::Mixed,
            Some(Value::Class(first)) => {
                let first = *first;
                let ids = &self.members[members.clone()];
                if ids.iter().all(|m| class_of(problem, m.0) == first) {
                    fixed = Some((Chosen::Class(first), None));
                }
                Kind::Classes
            }
            Some(Value::List(_)) => {
                let at = self.candidates.len();
                let ids = self.members[members.clone()].iter().map(|m| m.0);
                push_candidates(problem, g, ids, &mut self.candidates);
                Kind::Lists(at as u32, self.candidates.len() as u32)
            }
        };
        self.units.push(Unit {
            group: g as u32,
            method,
            members,
            kind,
            fixed,
        });
    }
}

/// What a unit chose, as it depends on the weights.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Chosen {
    Nothing,
    Segment(Segment),
    Class(u32),
    List(u32),
}

/// One unit's choice in a round.
#[derive(Debug, Clone, Copy)]
struct Choice {
    chosen: Chosen,
    /// what every supporting claim allows, for intervals
    interval: Option<(f64, f64)>,
    /// the weight for the value
    support: f64,
    /// the weight of every claim of the unit
    total: f64,
    /// the probability of the value, where a model gives it (the holder chain)
    posterior: Option<f64>,
}

/// The state of the rounds, its buffers kept from round to round.
struct Round {
    /// per member: its weight apart from its source's vote (its base weight times its
    /// copy discount), for the phase
    fixed: Vec<f64>,
    /// per member: its weight in this round
    weights: Vec<f64>,
    /// per source: its vote in this round for a plain figure, then for an
    /// approximate one
    votes: Vec<f64>,
    /// the log-odds an approximate figure gains over a plain one, this round
    shift: f64,
    /// per unit: its choice
    choices: Vec<Choice>,
    standing: Standing,
    scores: ClassScores,
    /// scratch for the holder chain
    chain: ChainScratch,
    /// scratch: the other methods' chosen segments, in a group split by method
    held: Vec<Segment>,
}

impl Weighted {
    /// The choices for reliabilities `r` of the groups where two sources or more
    /// speak, and where their claims stand: the only groups that tell of their
    /// sources (reliability, copying), so the only ones a round needs. The groups of
    /// one source follow once, after the last round ([`Weighted::decide_lone`]), with
    /// that round's weights: the same choices a full round would make.
    fn decide(&self, problem: &Problem, units: &Units, r: &[f64], round: &mut Round) {
        round.votes.clear();
        let shift = round.shift;
        round.votes.extend(r.iter().flat_map(|&r| {
            let plain = self.config.vote(r);
            // no shift, no difference (not even a rounding one, which could turn a tie)
            let approximate = if shift == 0.0 {
                plain
            } else {
                self.config
                    .vote(1.0 / (1.0 + (-(logit(r.clamp(0.01, 0.99)) + shift)).exp()))
            };
            [plain, approximate]
        }));
        for (w, (&f, &k)) in round
            .weights
            .iter_mut()
            .zip(round.fixed.iter().zip(&units.member_keys))
        {
            *w = f * round.votes[k as usize];
        }
        for &g in &units.informative {
            self.decide_group(problem, units, g as usize, round);
        }
    }

    /// Decides the groups of one source with the last round's weights: they tell
    /// nothing of their sources, so the rounds leave them until the end.
    fn decide_lone(&self, problem: &Problem, units: &Units, round: &mut Round) {
        for (g, group) in problem.groups().iter().enumerate() {
            if group.sources < 2 {
                self.decide_group(problem, units, g, round);
            }
        }
    }

    /// Group `g`'s choices with the round's weights, and where its claims stand.
    fn decide_group(&self, problem: &Problem, units: &Units, g: usize, round: &mut Round) {
        let (a, b) = (units.of_group[g] as usize, units.of_group[g + 1] as usize);
        let (start, group_claims) = problem.claims_of(g);
        round.standing.supporting[start..start + group_claims.len()].fill(false);
        // the other methods first: what they hold tells which unlabelled claims
        // of the official unit are likelier theirs
        for u in (a + 1..b).chain(a..(a + 1).min(b)) {
            if u == a && b > a + 1 {
                self.discount_claimed(problem, units, a, b, round);
            }
            round.choices[u] = self.choose(problem, units, u, round);
        }
        let chosen = &round.choices[a..b];
        let picks = chosen.iter().filter(|c| c.chosen != Chosen::Nothing);
        round.standing.confidence[g] = picks.clone().next().map(|c| self.confidence(c));
        let intervals = || picks.clone().filter_map(|c| c.interval);
        round
            .standing
            .set_group(problem, g, picks.clone().count(), intervals);
    }

    /// In the official unit `a` of a group whose other methods' units are `a + 1..b`
    /// (already chosen), the claims naming no method whose interval holds another
    /// method's consensus weigh [`WeightedConfig`]'s `claimed_unlabelled_weight` of
    /// their weight for this round.
    fn discount_claimed(
        &self,
        problem: &Problem,
        units: &Units,
        a: usize,
        b: usize,
        round: &mut Round,
    ) {
        let unit = &units.units[a];
        if !matches!(unit.kind, Kind::Spans(..)) {
            return;
        }
        // a method known to lie near the count (an exit poll) often gives its very
        // value: holding a value then says nothing of whose a claim is
        let mut held = std::mem::take(&mut round.held);
        held.clear();
        held.extend(
            units.units[a + 1..b]
                .iter()
                .zip(&round.choices[a + 1..b])
                .filter(|(u, _)| !matches!(&u.method, Some(MethodClass::Other(m)) if method_gap(m).is_some()))
                .filter_map(|(_, c)| match c.chosen {
                    Chosen::Segment(seg) => Some(seg),
                    _ => None,
                }),
        );
        if held.is_empty() {
            round.held = held;
            return;
        }
        let claims = problem.claims();
        for m in unit.members.clone() {
            let i = units.members[m].0 as usize;
            if units.corroborating[m] || claims[i].method != MethodClass::Unstated {
                continue;
            }
            let s = units.member_spans[m];
            if held.iter().any(|&seg| covers(&s, seg)) {
                round.weights[m] *= self.config.claimed_unlabelled_weight;
            }
        }
        round.held = held;
    }

    /// Unit `u`'s choice with the round's weights; marks its supporters.
    fn choose(&self, problem: &Problem, units: &Units, u: usize, round: &mut Round) -> Choice {
        let unit = &units.units[u];
        let g = unit.group as usize;
        let members = &units.members[unit.members.clone()];
        let weights = &round.weights[unit.members.clone()];
        let total: f64 = weights.iter().sum();
        let weighted = || members.iter().zip(weights).map(|(m, &w)| (m.0, w));
        let supporting = &mut round.standing.supporting;
        let mut choice = Choice {
            chosen: Chosen::Nothing,
            interval: None,
            support: 0.0,
            total,
            posterior: None,
        };
        // claims that all agree choose the same whatever they weigh (for intervals,
        // while no weight is so small that a tie could hide it)
        if let Some((chosen, interval)) = unit.fixed
            && (matches!(chosen, Chosen::Class(_)) || weights.iter().all(|&w| w > 2.0 * EPS))
        {
            for &(i, _) in members {
                supporting[i as usize] = true;
            }
            choice.chosen = chosen;
            choice.interval = interval;
            choice.support = total;
            return choice;
        }
        match unit.kind {
            Kind::Spans(a, b) => {
                let ends = &units.ends[a as usize..b as usize];
                let Some(seg) = sweep(ends, &round.weights, &units.corroborating) else {
                    return choice;
                };
                let (mut lo, mut hi, mut support) = (f64::NEG_INFINITY, f64::INFINITY, 0.0);
                for (m, (i, w)) in unit.members.clone().zip(weighted()) {
                    let s = units.member_spans[m];
                    if covers(&s, seg) {
                        support += w;
                        if units.corroborating[m] {
                            continue;
                        }
                        supporting[i as usize] = true;
                        lo = lo.max(s.lo);
                        hi = hi.min(s.hi);
                    }
                }
                choice.chosen = Chosen::Segment(seg);
                choice.interval = Some((lo, hi));
                choice.support = support;
            }
            Kind::Classes => {
                let (class, support) = if decided_by_holders(&problem.groups()[g]) {
                    let claims = problem.claims();
                    let reports = weighted().map(|(i, w)| {
                        let c = &claims[i as usize];
                        let day = 0.5 * (f64::from(c.day) + f64::from(c.last_day));
                        (class_of(problem, i), day, w)
                    });
                    let Some((class, p)) = self.config.holders.latest(reports, &mut round.chain)
                    else {
                        return choice;
                    };
                    choice.posterior = Some(p);
                    let support = weighted()
                        .filter(|&(i, _)| class_of(problem, i) == class)
                        .map(|(_, w)| w)
                        .sum();
                    (class, support)
                } else {
                    let classes = weighted().map(|(i, w)| (class_of(problem, i), w));
                    let Some(best) = best_class(classes, &mut round.scores) else {
                        return choice;
                    };
                    best
                };
                for (i, _) in weighted() {
                    if class_of(problem, i) == class {
                        supporting[i as usize] = true;
                    }
                }
                choice.chosen = Chosen::Class(class);
                choice.support = support;
            }
            Kind::Lists(a, b) => {
                let candidates = &units.candidates[a as usize..b as usize];
                let Some((list, support)) = best_list(problem, g, candidates, weighted()) else {
                    return choice;
                };
                for (i, _) in weighted() {
                    if problem.list_support(g, list_of(problem, i), list) >= 1.0 - EPS {
                        supporting[i as usize] = true;
                    }
                }
                choice.chosen = Chosen::List(list);
                choice.support = support;
            }
            Kind::Mixed => {}
        }
        choice
    }

    /// The posterior of the independent-vote model for a choice (of the holder
    /// chain, for a holder).
    fn confidence(&self, choice: &Choice) -> f64 {
        if let Some(p) = choice.posterior {
            return p;
        }
        let against = (choice.total - choice.support).max(0.0);
        let n = self.config.false_values.ln();
        let top = choice.support.max(against).max(n);
        // the greatest term is e⁰ = 1, exactly: no need to compute it
        let e = |x: f64| if x == top { 1.0 } else { (x - top).exp() };
        let support = e(choice.support);
        support / (support + e(against) + e(n))
    }

    /// Consensus and reliability in turn until no reliability moves more than the
    /// tolerance, for at most the phase's rounds.
    fn iterate(
        &self,
        problem: &Problem,
        units: &Units,
        r: &mut Vec<f64>,
        phase: Phase<'_>,
        round: &mut Round,
    ) {
        let Phase {
            discount,
            max_iterations,
            pairs,
        } = phase;
        let c = &self.config;
        // a value a copy pair shares is one piece of evidence, of the pair's record
        let evidence: Vec<f64> = units
            .evidence
            .iter()
            .zip(discount)
            .map(|(a, b)| a * b)
            .collect();
        round.fixed.clear();
        round
            .fixed
            .extend(units.members.iter().map(|&(i, w)| w * discount[i as usize]));
        self.decide(problem, units, r, round);
        for _ in 0..max_iterations {
            let Estimates {
                reliability: next,
                approximate_shift,
            } = estimates(
                problem,
                &round.standing,
                (c.prior_reliability, c.prior_strength),
                &evidence,
                &units.claim_sources,
                &units.wording,
                r.len(),
            );
            let moved = next
                .iter()
                .zip(r.iter())
                .map(|(a, b)| (a - b).abs())
                .fold(0.0, f64::max);
            if c.learn_approximate {
                round.shift = approximate_shift;
            }
            *r = next;
            cap_pair_records(r, pairs);
            self.decide(problem, units, r, round);
            if moved < c.tolerance {
                break;
            }
        }
    }

    /// The picks of the last round.
    fn picks(&self, problem: &Problem, units: &Units, round: &Round) -> Vec<Vec<Pick>> {
        let span = |m: usize| units.member_spans[m];
        let mut out = Vec::with_capacity(problem.groups().len());
        for g in 0..problem.groups().len() {
            let (a, b) = (units.of_group[g] as usize, units.of_group[g + 1] as usize);
            let mut group_picks = Vec::with_capacity(b - a);
            for (unit, choice) in units.units[a..b].iter().zip(&round.choices[a..b]) {
                let ids = units.members[unit.members.clone()].iter().map(|m| m.0);
                let shown: Vec<u32> = match choice.chosen {
                    Chosen::Nothing => continue,
                    Chosen::Segment(seg) => {
                        let mut held: Vec<(usize, u32)> = unit
                            .members
                            .clone()
                            .zip(ids)
                            .filter(|&(m, _)| !units.corroborating[m] && covers(&span(m), seg))
                            .collect();
                        // the most precise supporter first, then claim order
                        held.sort_by(|a, b| {
                            span(a.0)
                                .width()
                                .total_cmp(&span(b.0).width())
                                .then(a.1.cmp(&b.1))
                        });
                        held.into_iter().map(|x| x.1).collect()
                    }
                    Chosen::Class(class) => {
                        let mut shown: Vec<u32> =
                            ids.filter(|&i| class_of(problem, i) == class).collect();
                        most_written_first(problem, &mut shown);
                        shown
                    }
                    Chosen::List(list) => list_supporters(problem, g, list, ids),
                };
                let mut pick = Pick::new(shown, choice.interval, self.confidence(choice));
                pick.method = unit.method.clone();
                group_picks.push(pick);
            }
            out.push(group_picks);
        }
        out
    }
}

/// Whether a group's texts are holders of an office, decided by the chain of holders
/// ([`HolderChain`]): its values change over time and are not dates (nor the birth
/// dates ages stand for).
fn decided_by_holders(group: &GroupInput) -> bool {
    group.time_varying && !group.dates
}

/// Moves to the front the first of `claims` whose exact value (the text folded) the
/// most of them write: a name class holds every spelling the matcher joins, a slip
/// of one letter ("Rahul Saho") among them, and the value shown should be the one
/// the sources share.
fn most_written_first(problem: &Problem, claims: &mut [u32]) {
    let exact = |i: u32| problem.claims()[i as usize].exact;
    // counted once each: a class may hold thousands of claims
    let mut counts: foldhash::HashMap<u32, usize> = foldhash::HashMap::default();
    for &i in claims.iter() {
        *counts.entry(exact(i)).or_default() += 1;
    }
    let mut best = (0, 0);
    for (at, &i) in claims.iter().enumerate() {
        let n = counts[&exact(i)];
        if n > best.1 {
            best = (at, n);
        }
    }
    claims[..=best.0].rotate_right(1);
}

/// One phase of the rounds: each claim's weight factor, both as a vote and as evidence
/// of its source's accuracy (a value a copy pair shares counts once between its claims,
/// as evidence of the pair's record), and the most rounds to run.
struct Phase<'a> {
    discount: &'a [f64],
    max_iterations: usize,
    /// the copy pairs, `(copier, original, P(copy))`, whose records stand in the
    /// reliabilities after the sources' own, in this order (none in the first phase)
    pairs: &'a [(u32, u32, f64)],
}

/// A value a copy pair shares is a value its original wrote first and the copier
/// repeated, so it is as reliable as the original (AccuCopy gives a copied value its
/// original's vote): caps each pair's record (its share of shared values inside the
/// consensus) at the record of the source guessed to be its original, over the values
/// that source writes alone. The pair's own record runs above that, for two reasons:
/// two independent sources that are both right sometimes write a right value alike (a
/// year, a whole percent, an age), and those coincidences count as shared values
/// inside the consensus, while an error is seldom written alike by chance; and a
/// shared value weighs with the pair's record, so the values it wins feed that record
/// back. Should the guess be wrong (a careful copier of a careless original), the
/// pair's record, from its shared errors, is the lower and stands.
///
/// `r` holds the sources' reliabilities, then one per pair in `pairs` order.
fn cap_pair_records(r: &mut [f64], pairs: &[(u32, u32, f64)]) {
    let n_sources = r.len() - pairs.len().min(r.len());
    for (i, &(_, original, _)) in pairs.iter().enumerate() {
        let Some(&bound) = r.get(original as usize) else {
            continue;
        };
        if let Some(x) = r.get_mut(n_sources + i) {
            *x = x.min(bound);
        }
    }
}

/// Rounds of the first phase, before copying is judged: the copy detector needs only
/// a rough standing of each claim (inside or outside its consensus), and the second
/// phase, which starts from the first's reliabilities, runs to the fixed point.
const FIRST_PHASE_ROUNDS: usize = 3;

impl ConsensusStrategy for Weighted {
    fn name(&self) -> &'static str {
        "weighted"
    }

    fn solve(&self, problem: &Problem) -> Solution {
        let c = &self.config;
        let mut units = units(problem, c);
        let mut round = Round {
            fixed: Vec::with_capacity(units.members.len()),
            weights: vec![0.0; units.members.len()],
            votes: Vec::with_capacity(2 * problem.sources().len()),
            shift: 0.0,
            choices: vec![
                Choice {
                    chosen: Chosen::Nothing,
                    interval: None,
                    support: 0.0,
                    total: 0.0,
                    posterior: None,
                };
                units.units.len()
            ],
            standing: Standing::new(problem.claims().len(), problem.groups().len()),
            scores: ClassScores::default(),
            chain: ChainScratch::default(),
            held: Vec::new(),
        };
        let mut r = vec![c.prior_reliability; problem.sources().len()];
        let none = vec![1.0; problem.claims().len()];
        let first = Phase {
            discount: &none,
            max_iterations: FIRST_PHASE_ROUNDS.min(c.max_iterations),
            pairs: &[],
        };
        self.iterate(problem, &units, &mut r, first, &mut round);
        let pairs = copy_pairs(problem, &round.standing, &r, &c.copy);
        let n_sources = r.len();
        let shared = shared_values(problem, &pairs);
        // a value both sources of a copy pair write alike is one report, weighed by
        // the pair's own record on the values it shares: each pair votes as a source
        // of its own, after the real ones
        let discount: Vec<f64> = shared.iter().map(|x| x.map_or(1.0, |x| x.factor)).collect();
        if shared.iter().any(Option::is_some) {
            for (k, x) in shared.iter().enumerate() {
                if let Some(x) = x {
                    units.claim_sources[k] = (n_sources as u32) + x.pair;
                }
            }
            units.set_keys(problem);
            let start: Vec<f64> = pairs
                .iter()
                .map(|&(a, b, _)| 0.5 * (r[a as usize] + r[b as usize]))
                .collect();
            r.extend(start);
        }
        // the rounds go on from where the first phase left them, to the fixed point
        // the pairs' records follow the sources' in `r` only when some value is shared
        let second = Phase {
            discount: &discount,
            max_iterations: c.max_iterations,
            pairs: if shared.iter().any(Option::is_some) {
                &pairs
            } else {
                &[]
            },
        };
        self.iterate(problem, &units, &mut r, second, &mut round);
        self.decide_lone(problem, &units, &mut round);
        r.truncate(n_sources);
        Solution {
            picks: self.picks(problem, &units, &round),
            reliability: r,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::Registry;
    use crate::reconcile::consensus::problem::tests::{TestClaim, groups, set_approximate};
    use crate::reconcile::{ReconcileOptions, reconcile};
    use crate::report::{Bound, Report};
    use crate::store::ClaimStore;

    fn report(jsonl: &str, options: &ReconcileOptions) -> Report {
        let store = ClaimStore::from_jsonl(jsonl.as_bytes()).unwrap();
        reconcile(&store, &Registry::new(), options)
    }

    #[test]
    fn an_older_head_count_supports_a_newer_one_within_the_drift() {
        // a population counted in 2015, then about 10,700 four years on, and a figure
        // three times too large: the older count may have moved by 10% a year since,
        // so it supports the newer one, whose interval is the consensus
        let jsonl = r#"{"id":"a","source":"A","published":"2015-01-10","subject":"Aktau","predicate":"population","value":"10,370"}
{"id":"b","source":"B","published":"2019-06-01","subject":"Aktau","predicate":"population","value":"about 10,700"}
{"id":"c","source":"C","published":"2019-05-01","subject":"Aktau","predicate":"population","value":"32,000"}"#;
        let with = report(jsonl, &ReconcileOptions::default());
        let consensus = with.groups[0].consensus.as_ref().unwrap();
        assert_eq!(consensus.value, "about 10,700");
        assert_eq!(consensus.claims, ["b", "a"]);
        let [Bound::Number(lo), Bound::Number(hi)] = consensus.interval.unwrap() else {
            panic!("{consensus:?}");
        };
        assert!(lo < 10_500.0 && hi > 10_900.0, "{lo} {hi}");
        // without the drift (nor a finer rounding), the consensus is what the 2015
        // count allows
        let fixed = Weighted::new(
            WeightedConfig::default()
                .with_yearly_drift(0.0)
                .with_finer_step(0.0),
        );
        let without = report(jsonl, &ReconcileOptions::default().with_consensus(fixed));
        let consensus = without.groups[0].consensus.as_ref().unwrap();
        assert_eq!(consensus.value, "10,370");
        assert_eq!(
            consensus.interval,
            Some([Bound::Number(10_365.0), Bound::Number(10_375.0)])
        );
    }

    #[test]
    fn an_old_figure_says_more_of_its_own_value_than_of_all_its_drift_allows() {
        // a staff count of "over 2,000" in 2024, 2,720 in 2021, 2,810 in 2019, 3,105
        // in 2013, and a figure three times too small in 2016: after eight years of
        // drift the wrong one reaches 2,130, where every claim's allowance meets; an
        // old figure keeps most of its weight on its own value, so 2,720 wins, and
        // the wrong figure stands outside the consensus
        let jsonl = r#"{"id":"f","source":"F","published":"2024-07-01","subject":"Kazmunai","predicate":"employees","value":"over 2,000"}
{"id":"a","source":"A","published":"2021-07-01","subject":"Kazmunai","predicate":"employees","value":"2,720"}
{"id":"b","source":"B","published":"2019-07-01","subject":"Kazmunai","predicate":"employees","value":"2,810"}
{"id":"d","source":"D","published":"2016-07-01","subject":"Kazmunai","predicate":"employees","value":"994"}
{"id":"e","source":"E","published":"2013-07-01","subject":"Kazmunai","predicate":"employees","value":"3,105"}"#;
        let r = report(jsonl, &ReconcileOptions::default());
        assert_eq!(r.groups.len(), 1, "{r:?}");
        let consensus = r.groups[0].consensus.as_ref().unwrap();
        assert!(!consensus.claims.iter().any(|c| c == "d"), "{consensus:?}");
        let [Bound::Number(lo), Bound::Number(hi)] = consensus.interval.unwrap() else {
            panic!("{consensus:?}");
        };
        assert!(lo < 2_720.0 && hi > 2_720.0, "{lo} {hi}");
    }

    #[test]
    fn an_old_age_weighs_as_much_as_a_new_one_since_a_birth_date_does_not_change() {
        // two sources gave one birth year through their ages in 2005; fifteen years
        // on, a third gives an age ten years too young: the two outweigh it, where
        // a head count's older figures would have given way to the newer one
        let jsonl = r#"{"id":"a","source":"A","published":"2005-03-01","subject":"Aliya Nurova","predicate":"age","value":"40"}
{"id":"b","source":"B","published":"2005-06-01","subject":"Aliya Nurova","predicate":"age","value":"40 years"}
{"id":"c","source":"C","published":"2020-03-01","subject":"Aliya Nurova","predicate":"age","value":"45"}"#;
        let r = report(jsonl, &ReconcileOptions::default());
        assert_eq!(r.groups.len(), 1, "{:?}", r.groups);
        let consensus = r.groups[0].consensus.as_ref().unwrap();
        let mut claims = consensus.claims.clone();
        claims.sort();
        assert_eq!(claims, ["a", "b"], "{consensus:?}");
    }

    #[test]
    fn the_latest_holder_of_an_office_outweighs_more_reports_of_the_one_before() {
        // three sources named one chair in 2017 and 2018 (one of them again after a
        // lone wrong name, and a source with no name); two name her successor in 2020:
        // the successor is in force: two years is time enough for a change.
        // Were holders never replaced, the three reports would win.
        let jsonl = r#"{"id":"a","source":"A","published":"2017-04-11","subject":"Andean Water Board","predicate":"leader","value":"Ana Ramírez"}
{"id":"b","source":"B","published":"2017-09-27","subject":"Andean Water Board","predicate":"leader","value":"Hernán Mamani"}
{"id":"n","source":"N","published":"2018-01-02","subject":"Andean Water Board","predicate":"leader","value":"n/a"}
{"id":"c","source":"C","published":"2018-05-28","subject":"Andean Water Board","predicate":"leader","value":"Ana María Ramírez"}
{"id":"d","source":"D","published":"2018-06-02","subject":"Andean Water Board","predicate":"leader","value":"Ana Ramirez"}
{"id":"e","source":"E","published":"2020-01-12","subject":"Andean Water Board","predicate":"leader","value":"Joaquín Fernández"}
{"id":"f","source":"F","published":"2020-01-26","subject":"Andean Water Board","predicate":"leader","value":"Joaquin Fernandez"}"#;
        let consensus_of = |options: &ReconcileOptions| {
            let r = report(jsonl, options);
            assert_eq!(r.groups.len(), 1, "{:?}", r.groups);
            let mut claims = r.groups[0].consensus.as_ref().unwrap().claims.clone();
            claims.sort();
            claims
        };
        assert_eq!(consensus_of(&ReconcileOptions::default()), ["e", "f"]);
        let slow = ReconcileOptions::default().with_consensus(Weighted::new(
            WeightedConfig::default().with_holder_chain(f64::INFINITY, 0.1),
        ));
        assert_eq!(consensus_of(&slow), ["a", "c", "d"]);
    }

    #[test]
    fn a_stale_report_of_the_former_holder_does_not_undo_the_change() {
        // three sources name one mayor over the winter, two name her successor in
        // the spring, and a sixth names her again in June: read as votes that fade
        // with age, the four reports of the first would win; read as a chain of
        // holders, the June report is stale, since a return to office is rare
        let jsonl = r#"{"id":"a","source":"A","published":"2017-10-02","subject":"Port Alder","predicate":"mayor","value":"Ana Ramírez"}
{"id":"b","source":"B","published":"2017-12-04","subject":"Port Alder","predicate":"mayor","value":"Ana Ramirez"}
{"id":"c","source":"C","published":"2018-01-08","subject":"Port Alder","predicate":"mayor","value":"Ana Ramírez"}
{"id":"d","source":"D","published":"2018-04-03","subject":"Port Alder","predicate":"mayor","value":"Joaquín Fernández"}
{"id":"e","source":"E","published":"2018-05-14","subject":"Port Alder","predicate":"mayor","value":"Joaquin Fernandez"}
{"id":"f","source":"F","published":"2018-06-11","subject":"Port Alder","predicate":"mayor","value":"Ana Ramírez"}"#;
        let r = report(jsonl, &ReconcileOptions::default());
        assert_eq!(r.groups.len(), 1, "{:?}", r.groups);
        let consensus = r.groups[0].consensus.as_ref().unwrap();
        let mut claims = consensus.claims.clone();
        claims.sort();
        assert_eq!(claims, ["d", "e"], "{consensus:?}");
        assert!(consensus.confidence > 0.5 && consensus.confidence < 1.0);
    }

    #[test]
    fn the_value_shown_is_the_spelling_the_sources_share_not_a_slip_of_one() {
        // the matcher joins a one-letter slip with the name, rightly: the lists are one
        // list, and the one shown is written as most sources write it, even where a
        // stray listing ("Egorov", another person to the matcher) favours the slip
        let jsonl = r#"{"id":"a","source":"A","published":"2024-01-02","subject":"9780000000017","predicate":"authors","value":"Nadia Egorovi"}
{"id":"b","source":"B","published":"2024-01-03","subject":"9780000000017","predicate":"authors","value":"Egorova, Nadia"}
{"id":"c","source":"C","published":"2024-01-04","subject":"9780000000017","predicate":"authors","value":"NADIA EGOROVA"}
{"id":"d","source":"D","published":"2024-01-05","subject":"9780000000017","predicate":"authors","value":"N. Egorova"}
{"id":"e","source":"E","published":"2024-01-06","subject":"9780000000017","predicate":"authors","value":"Egorov, N."}
{"id":"f","source":"F","published":"2024-01-07","subject":"Port Alder","predicate":"leader","value":"Rahul Saho"}
{"id":"g","source":"G","published":"2024-01-07","subject":"Port Alder","predicate":"leader","value":"Rahul Saha"}
{"id":"h","source":"H","published":"2024-01-07","subject":"Port Alder","predicate":"leader","value":"Rahul Saha"}"#;
        let r = report(jsonl, &ReconcileOptions::default());
        let shown = |subject: &str| {
            let group = r.groups.iter().find(|g| g.subject == subject).unwrap();
            group.consensus.as_ref().unwrap().value.clone()
        };
        assert_ne!(shown("9780000000017"), "Nadia Egorovi", "{:?}", r.groups);
        assert!(shown("9780000000017").to_lowercase().contains("egorova"));
        assert_eq!(shown("Port Alder"), "Rahul Saha");
    }

    #[test]
    fn a_figure_may_have_been_rounded_twice_and_a_hedge_bound_is_a_rounded_figure() {
        // 1,565,118 rounded to 1,565,000, then to 1.56 million (half to even); and
        // "more than 3.94 million" for 3,938,300, the bound rounded before the hedge
        let jsonl = r#"{"id":"a","source":"A","published":"2011-01-10","subject":"Ak Zhol","predicate":"votes","value":"1,565,000 votes","qualifiers":{"event":"2011 election"}}
{"id":"b","source":"B","published":"2011-01-11","subject":"Ak Zhol","predicate":"votes","value":"1.56 million votes","qualifiers":{"event":"2011 election"}}
{"id":"c","source":"A","published":"2011-01-10","subject":"Nur Otan","predicate":"votes","value":"more than 3.94 million","qualifiers":{"event":"2011 election"}}
{"id":"d","source":"B","published":"2011-01-11","subject":"Nur Otan","predicate":"votes","value":"3,900,000","qualifiers":{"event":"2011 election"}}
{"id":"e","source":"A","published":"2011-01-10","subject":"Ak Zhol","predicate":"seats","value":"2 seats","qualifiers":{"event":"2011 election"}}
{"id":"f","source":"B","published":"2011-01-11","subject":"Ak Zhol","predicate":"seats","value":"1 seat","qualifiers":{"event":"2011 election"}}"#;
        let interval = |r: &Report, subject: &str, predicate: &str| {
            let g = r
                .groups
                .iter()
                .find(|g| g.subject == subject && g.predicate == predicate)
                .unwrap();
            let c = g.consensus.as_ref().unwrap();
            match c.interval.unwrap() {
                [Bound::Number(lo), Bound::Number(hi)] => (lo, hi, c.claims.len()),
                other => panic!("{other:?}"),
            }
        };
        let with = report(jsonl, &ReconcileOptions::default());
        // both figures allow 1,565,118: the first reaches half a finer step (500)
        // further on each side, the second 5,000 + 500
        let (lo, hi, n) = interval(&with, "Ak Zhol", "votes");
        assert_eq!(n, 2);
        assert!(lo <= 1_565_118.0 && 1_565_118.0 < hi, "{lo} {hi}");
        assert!(hi - lo <= 1_100.0, "{lo} {hi}");
        // the bound of "more than 3.94 million" reaches 5,000 (and 500) below it
        let (lo, hi, n) = interval(&with, "Nur Otan", "votes");
        assert_eq!(n, 2);
        assert!(lo <= 3_938_300.0 && 3_938_300.0 < hi, "{lo} {hi}");
        // counts written to the unit are not rounded from anything: 1 and 2 seats
        // stay apart
        let (_, _, n) = interval(&with, "Ak Zhol", "seats");
        assert_eq!(n, 1);
        // read as rounded once, the two figures share only values below 1,565,000
        let once = Weighted::new(WeightedConfig::default().with_finer_step(0.0));
        let once = report(jsonl, &ReconcileOptions::default().with_consensus(once));
        let (lo, hi, _) = interval(&once, "Ak Zhol", "votes");
        assert_eq!((lo, hi), (1_564_500.0, 1_565_000.0));
        let (lo, _, _) = interval(&once, "Nur Otan", "votes");
        assert_eq!(lo, 3_940_000.0);
    }

    #[test]
    fn a_claim_naming_no_method_counts_less_where_another_names_the_official_count() {
        // one official figure against one naming no method, which may be an exit
        // poll: the official one wins, where a tie would go to the lower value
        let jsonl = r#"{"id":"a","source":"A","published":"2014-08-05","subject":"Ak Zhol","predicate":"vote_share","value":"52.2%","qualifiers":{"event":"2014 election","method":"official results"}}
{"id":"b","source":"B","published":"2014-08-03","subject":"Ak Zhol","predicate":"vote_share","value":"40.3%","qualifiers":{"event":"2014 election"}}"#;
        let r = report(jsonl, &ReconcileOptions::default());
        let consensus = r.groups[0].consensus.as_ref().unwrap();
        assert_eq!(consensus.claims, ["a"]);
        assert!(r.groups[0].consensus_by_method.is_empty());
    }

    #[test]
    fn a_share_naming_no_method_beyond_an_exit_polls_gap_counts_against_the_count() {
        // twelve points off an official figure, two figures naming no method
        // contradict it whether they are exit polls or counts: they win (before, each
        // counted half, a tie the lower value took). Three points off, a figure naming
        // no method may be a poll that does not contradict the count: its poll reading
        // lends weight to the official value, which wins.
        let claim = |id: &str, source: &str, subject: &str, value: &str, method: bool| {
            let method = if method {
                r#","method":"official results""#
            } else {
                ""
            };
            format!(
                r#"{{"id":"{id}","source":"{source}","published":"2014-08-05","subject":"{subject}","predicate":"vote_share","value":"{value}","qualifiers":{{"event":"2014 election"{method}}}}}"#
            )
        };
        let jsonl = [
            claim("a", "A", "Ak Zhol", "40.0%", true),
            claim("b", "B", "Ak Zhol", "52.0%", false),
            claim("c", "C", "Ak Zhol", "52.0%", false),
            claim("d", "D", "Nur Otan", "40.0%", true),
            claim("e", "E", "Nur Otan", "43.0%", false),
        ]
        .join("\n");
        let r = report(&jsonl, &ReconcileOptions::default());
        let shown = |subject: &str| {
            let g = r.groups.iter().find(|g| g.subject == subject).unwrap();
            g.consensus.as_ref().unwrap().claims.clone()
        };
        assert_eq!(shown("Ak Zhol"), ["b", "c"]);
        assert_eq!(shown("Nur Otan"), ["d"]);
    }

    #[test]
    fn a_claim_naming_no_method_on_the_organisers_figure_is_likelier_theirs() {
        // a crowd counted by the police at 325 and by the organisers at 1,075; two
        // claims naming no method give 1,075 and one gives 325: the two stand where
        // the organisers' consensus is, so they count little towards the official one
        let jsonl = r#"{"id":"a","source":"A","published":"2020-01-20","subject":"Ak Zhol","predicate":"attendance","value":"1075","qualifiers":{"event":"rally of 5 January 2020","method":"organisers' estimate"}}
{"id":"b","source":"B","published":"2020-01-21","subject":"Ak Zhol","predicate":"attendance","value":"1075","qualifiers":{"event":"rally of 5 January 2020","method":"organizers"}}
{"id":"c","source":"C","published":"2020-01-25","subject":"Ak Zhol","predicate":"attendance","value":"325 protesters","qualifiers":{"event":"rally of 5 January 2020"}}
{"id":"d","source":"D","published":"2020-01-11","subject":"Ak Zhol","predicate":"attendance","value":"1075","qualifiers":{"event":"rally of 5 January 2020"}}
{"id":"e","source":"E","published":"2020-01-28","subject":"Ak Zhol","predicate":"attendance","value":"1075 participants","qualifiers":{"event":"rally of 5 January 2020"}}"#;
        let official = |config: WeightedConfig| {
            let r = report(
                jsonl,
                &ReconcileOptions::default().with_consensus(Weighted::new(config)),
            );
            r.groups[0].consensus.as_ref().unwrap().claims.clone()
        };
        assert_eq!(official(WeightedConfig::default()), ["c"]);
        // read like any claim naming no method, the two outweigh the one
        let plain = WeightedConfig::default().with_claimed_unlabelled_weight(1.0);
        assert_eq!(official(plain), ["d", "e"]);
    }

    #[test]
    fn ages_settle_a_tie_between_two_birth_dates_of_their_subject() {
        // two sources give two birth dates; two others give ages that allow only the
        // later one: the ages settle the tie (which would go to the earlier date),
        // and are not shown as claims of the birth date
        let jsonl = r#"{"id":"a","source":"A","published":"2016-08-23","subject":"Ivan Petrov","predicate":"born","value":"20.02.1960"}
{"id":"b","source":"B","published":"2011-03-30","subject":"Ivan Petrov","predicate":"born","value":"January 23, 1946"}
{"id":"c","source":"C","published":"2020-06-01","subject":"Ivan Petrov","predicate":"age","value":"60 years"}
{"id":"d","source":"D","published":"2014-06-01","subject":"Ivan Petrov","predicate":"age","value":"aged 54"}"#;
        let born = |config: WeightedConfig| {
            let r = report(
                jsonl,
                &ReconcileOptions::default().with_consensus(Weighted::new(config)),
            );
            let g = r.groups.iter().find(|g| g.predicate == "born").unwrap();
            g.consensus.as_ref().unwrap().claims.clone()
        };
        assert_eq!(born(WeightedConfig::default()), ["a"]);
        assert_eq!(
            born(WeightedConfig::default().with_linked_weight(0.0)),
            ["b"]
        );
    }

    #[test]
    fn an_exit_poll_lends_weight_to_the_official_share_near_it() {
        // two official figures, 8.5% and 26.7%, and an exit poll at 28%: the poll lies
        // within a few points of the count, so the official value near it wins, where
        // a tie would go to the lower value; the poll is not one of its claims
        let jsonl = r#"{"id":"a","source":"A","published":"2014-08-05","subject":"Ak Zhol","predicate":"vote_share","value":"8.5%","qualifiers":{"event":"2014 election","method":"official results"}}
{"id":"b","source":"B","published":"2014-08-06","subject":"Ak Zhol","predicate":"vote_share","value":"26.7%","qualifiers":{"event":"2014 election","method":"official results"}}
{"id":"c","source":"C","published":"2014-08-03","subject":"Ak Zhol","predicate":"vote_share","value":"28%","qualifiers":{"event":"2014 election","method":"exit poll"}}"#;
        let r = report(jsonl, &ReconcileOptions::default());
        let consensus = r.groups[0].consensus.as_ref().unwrap();
        assert_eq!(consensus.claims, ["b"]);
        assert_eq!(
            consensus.interval,
            Some([Bound::Number(26.645), Bound::Number(26.755)])
        );
        let poll = r.groups[0]
            .consensus_by_method
            .iter()
            .find(|c| c.claims == ["c"]);
        assert!(poll.is_some(), "{:?}", r.groups[0].consensus_by_method);
        // without it, the two official figures tie
        let jsonl: String = jsonl.lines().take(2).collect::<Vec<_>>().join("\n");
        let r = report(&jsonl, &ReconcileOptions::default());
        assert_eq!(r.groups[0].consensus.as_ref().unwrap().claims, ["a"]);
    }

    #[test]
    fn approximate_figures_weigh_as_much_more_as_the_run_shows_them_right() {
        let right = (10.0, 11.0);
        let wrong = (30.0, 31.0);
        // source 0 writes approximate figures, always right; 1 and 2 plain ones,
        // always right; 3 plain ones, wrong in half the groups: approximate figures
        // stand inside the consensus more often than plain ones
        let mut g: Vec<Vec<TestClaim>> = (0..12)
            .map(|i| {
                let three = if i % 2 == 0 {
                    (3, 1, wrong)
                } else {
                    (3, 0, right)
                };
                vec![(0, 0, right), (1, 0, right), (2, 0, right), three]
            })
            .collect();
        // then 1 and 2, equally reliable, disagree alone, 1 with an approximate figure
        g.push(vec![(2, 0, right), (1, 1, wrong)]);
        let refs: Vec<&[TestClaim]> = g.iter().map(Vec::as_slice).collect();
        let mut p = groups(&refs, 4);
        let mut approximate: Vec<usize> = (0..12).map(|i| 4 * i).collect();
        approximate.push(4 * 12 + 1);
        set_approximate(&mut p, &approximate);
        let with = Weighted::default().solve(&p);
        let without =
            Weighted::new(WeightedConfig::default().without_approximate_learning()).solve(&p);
        assert_eq!(with.picks[12][0].interval, Some(wrong));
        assert_eq!(with.picks[12][0].claims, [4 * 12 + 1]);
        // unlearned, the two weigh alike and the tie goes to the lower value
        assert_eq!(without.picks[12][0].interval, Some(right));
        // the other groups are settled the same way either way
        for k in 0..12 {
            assert_eq!(with.picks[k][0].interval, Some(right));
            assert_eq!(without.picks[k][0].interval, Some(right));
        }
    }

    #[test]
    fn a_pair_is_never_more_reliable_than_its_original() {
        // sources 0 and 1, then the records of pairs (0 copying 1) and (1 copying 0):
        // the first pair's record, above its original's, is brought down to it; the
        // second's, below, stands (a careful copier of a careless original)
        let mut r = vec![0.9, 0.8, 0.95, 0.6];
        cap_pair_records(&mut r, &[(0, 1, 0.99), (1, 0, 0.99)]);
        assert_eq!(r, [0.9, 0.8, 0.8, 0.6]);
        // no pairs, or pairs past the sources, change nothing
        let mut r = vec![0.9, 0.8];
        cap_pair_records(&mut r, &[]);
        cap_pair_records(&mut r, &[(5, 7, 0.9)]);
        assert_eq!(r, [0.9, 0.8]);
    }

    #[test]
    fn a_careful_copier_repeating_a_careless_original_weighs_as_the_original() {
        let right = (10.0, 11.0);
        let wrong = (30.0, 31.0);
        // source 1 copies source 0: alone, 1 is always right and 0 often wrong; where
        // the two write alike, they repeat 0's errors. Source 0 writes alongside 1 in
        // the larger share of its claims, so it is the one guessed to copy
        let mut g: Vec<Vec<TestClaim>> = Vec::new();
        for _ in 0..10 {
            g.push(vec![(1, 0, right), (2, 0, right), (3, 0, right)]);
        }
        for i in 0..6 {
            g.push(vec![(0, 1 + i, wrong), (2, 0, right), (3, 0, right)]);
        }
        for _ in 0..4 {
            g.push(vec![
                (0, 1, wrong),
                (1, 1, wrong),
                (2, 0, right),
                (3, 0, right),
            ]);
        }
        // then the pair's error against one independent source, which source 2 wins:
        // the shared value is one report, as reliable as the values the pair shares
        for _ in 0..2 {
            g.push(vec![(0, 1, wrong), (1, 1, wrong), (2, 0, right)]);
        }
        let refs: Vec<&[TestClaim]> = g.iter().map(Vec::as_slice).collect();
        let p = groups(&refs, 4);
        let s = Weighted::default().solve(&p);
        assert_eq!(s.reliability.len(), 4);
        assert!(s.reliability[1] > s.reliability[0], "{:?}", s.reliability);
        for k in 20..22 {
            assert_eq!(s.picks[k][0].interval, Some(right), "group {k}");
        }
    }

    #[test]
    fn reliable_sources_win_two_against_one_splits_and_copies_do_not_outvote() {
        let right = (10.0, 11.0);
        let wrong = (30.0, 31.0);
        // source 0 is right everywhere; 1 wrong half the time; in the last group 0
        // and 1 disagree alone: the more reliable wins
        let mut g: Vec<Vec<TestClaim>> = Vec::new();
        for i in 0..8 {
            let one = if i % 2 == 0 {
                (1, 1, wrong)
            } else {
                (1, 0, right)
            };
            g.push(vec![(0, 0, right), one, (2, 0, right)]);
        }
        g.push(vec![(0, 0, right), (1, 1, wrong)]);
        let refs: Vec<&[TestClaim]> = g.iter().map(Vec::as_slice).collect();
        let p = groups(&refs, 3);
        let s = Weighted::default().solve(&p);
        assert!(s.reliability[0] > s.reliability[1]);
        let last = &s.picks[8][0];
        assert_eq!(last.claims, [p.groups()[8].start]);
        assert!(last.confidence > 0.5 && last.confidence < 1.0);

        // sources 3 and 4 copy one another, right values and wrong: where three
        // independent sources hold the right value, the shared errors show; where one
        // independent source faces the pair, the pair must not outvote it
        let mut g: Vec<Vec<TestClaim>> = Vec::new();
        for _ in 0..10 {
            g.push(vec![(3, 0, right), (4, 0, right), (2, 0, right)]);
        }
        for _ in 0..4 {
            g.push(vec![
                (0, 0, right),
                (1, 0, right),
                (2, 0, right),
                (3, 1, wrong),
                (4, 1, wrong),
            ]);
        }
        for _ in 0..3 {
            g.push(vec![(0, 0, right), (3, 1, wrong), (4, 1, wrong)]);
        }
        // each of the pair also writes alone, and is often wrong there: what it
        // shares with the other is evidence of neither, so these are its record
        for (s, i) in [3, 4].into_iter().flat_map(|s| (0..4).map(move |i| (s, i))) {
            g.push(vec![
                (2, 0, right),
                (1, 0, right),
                (s, 2 + s * 4 + i, wrong),
            ]);
        }
        let refs: Vec<&[TestClaim]> = g.iter().map(Vec::as_slice).collect();
        let p = groups(&refs, 6);
        let with = Weighted::default().solve(&p);
        let without = Weighted::new(WeightedConfig::default().without_copy_detection()).solve(&p);
        let right_in = |s: &Solution, g: usize| s.picks[g][0].interval == Some(right);
        assert!((14..17).all(|g| right_in(&with, g)));
        assert!((14..17).all(|g| !right_in(&without, g)));
    }
}
