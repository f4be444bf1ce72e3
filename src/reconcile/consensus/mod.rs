//! Which value is most likely right, and which sources to trust: the stage after the
//! verdicts.
//!
//! The verdicts say where sources disagree; this stage says, for each group, which
//! value the evidence favours ([`Consensus`]) and, for each source, how far its claims
//! can be trusted ([`SourceScore`]). Both are estimated together, over every group of
//! the run, by a [`ConsensusStrategy`]. Three come with the crate:
//!
//! - [`MajorityVote`]: the value written most often (values compared as exact
//!   points: the number as read, the text folded), first seen first on a tie;
//! - [`TruthFinder`]: Yin, Han and Yu's iterative method (source trust is the mean
//!   confidence of its facts, a fact's confidence grows with its sources' trust), with
//!   this crate's value similarity as its *implication* between facts: intervals that
//!   overlap imply each other, name lists by how many names they share;
//! - [`Weighted`], the default: reliability-weighted support over intervals, described
//!   below.
//!
//! # How [`Weighted`] decides
//!
//! **Support over intervals.** Every value is an interval (its precision, its hedge,
//! a date's granularity, the birth dates an age implies), and a claim supports every
//! value its interval contains. The consensus is the stretch of values with the
//! greatest weighted support; its `interval` is what every supporting claim allows,
//! and its `value` is the most precise supporting claim as written. So "71%", "71.0"
//! and "nearly 72 per cent" are not three values but three intervals, and each of
//! them holds 71.0.
//!
//! **Rounding.** A figure may have been rounded from one already rounded
//! (2,034,744 to 2,035,000, then to "2.04 million"), so the consensus lets it reach
//! half of a finer step ([`WeightedConfig::finer_step`] of its own) further on each
//! side; and the bound of "more than x" or "nearly x" is itself a figure rounded to
//! x's step ("more than 3.94 million" for 3,938,300), so it reaches half a step past
//! x. Counts written to the unit are not rounded from anything, and "about x"
//! already allows more. The verdicts are not affected: they read every figure as
//! written.
//!
//! **Weights.** A claim weighs its source's vote, `ln(false_values · r / (1 − r))` for
//! reliability `r` (the vote of a Bayesian independent source, as in AccuCopy), shared
//! among the source's claims in the group, so that a headline and its body count once.
//! A figure written as an approximation ("about x", "nearly x", "more than x", a
//! range) weighs its source's reliability shifted, in log-odds, by how much more (or
//! less) often approximate figures than plain ones stand inside the consensus on the
//! run: whoever hedges a figure knew roughly what it was, while a figure got wrong is
//! usually stated flatly, and each run measures how far that holds for its sources
//! ([`WeightedConfig::without_approximate_learning`] turns it off).
//!
//! **Reliability.** A source's reliability is the share of its claims inside the
//! consensus, over the groups where at least two sources speak, smoothed by a prior:
//! `(inside + strength · prior) / (claims + strength)`, so that a source with one or
//! two claims stays near the prior rather than at 0 or 1. Each claim counts by how sure
//! its group's consensus is, `2 · confidence − 1` (nothing for a coin flip), so that
//! groups whose value is in doubt (a close call, two facts taken for one) do not blur
//! the record the sure ones give. Consensus and reliability are
//! computed in turn until the reliabilities stop moving (a fixed point) or after
//! [`WeightedConfig::max_iterations`] rounds.
//!
//! **Copies.** A source that copies another repeats its values as written, errors
//! included. For every pair of sources the stage weighs, group by group, what the two
//! wrote under two hypotheses, as AccuCopy does: independent, or one repeating the other
//! at the copying rate. A value written alike (text and unit) by both counts for
//! copying, the more so where independent sources seldom write alike: outside the
//! consensus (two independent errors are rarely identical), or for a predicate whose
//! right values independent sources write differently (a count to the unit here, in
//! millions there). How often two independent, right claims of a predicate are written
//! alike is measured on the run, over the pairs that do not look like copies, so
//! sharing a year or a name says little. When copying is more likely than not, the
//! claims of the two that write one value alike in a group are one report: each counts
//! for its share of it (`1 − P(copy) · (1 − 1/n)` for `n` sources writing it), and the
//! report weighs the pair's own record, estimated like a source's over the values the
//! pair shares, not the record of either source on what it writes alone: a careful
//! copier repeating a careless original's values weighs as the original, errors
//! included. That record is capped at the record of the source guessed to be the
//! original, over what it writes alone: a shared value is the original's report, while
//! the pair's own record also counts right values two independent writers happened to
//! write alike, and the values its weight won. The consensus and reliabilities are
//! then estimated again with those shares.
//!
//! **Methods.** When a group holds claims of an official method (an official count,
//! results, a police estimate: [`OFFICIAL_METHOD_WORDS`]) and of another (an exit poll,
//! the organisers' estimate: [`UNOFFICIAL_METHOD_WORDS`]), each method gets its own
//! consensus. The report's `consensus` is the official one, with its `method`, and
//! `consensus_by_method` lists every method's, the official first. A claim that does
//! not name its method counts towards the official consensus at
//! `WeightedConfig::unlabelled_method_weight` of its weight, and so it does in any
//! group where some claim names the official method, even when none names another:
//! it may be an exit poll left unlabelled. An exit poll that differs from the count is
//! therefore not an error against it, and does not lower its source's reliability.
//! For shares, the rest of such a claim's weight is its reading as an exit poll: like
//! a labelled one, it lends part of that rest to the values within an exit poll's gap
//! of it ([`METHOD_GAPS`]), and none to those beyond. A share naming no method that
//! stands near the official figure may be a poll that does not contradict it; one far
//! from it contradicts it either way (three quarters of its weight against it, by
//! default, where it had half).
//! A claim naming no method whose value another method's consensus holds (1,075
//! beside the organisers' 1,075) is likelier that method's: it counts only
//! [`WeightedConfig::claimed_unlabelled_weight`] of its weight towards the official
//! consensus, except for methods known to lie near the count ([`METHOD_GAPS`]: an
//! exit poll often gives the count's very value, so holding it tells nothing).
//! For shares (a vote share, a turnout), an estimate of a method that lies within a
//! known gap of the count ([`METHOD_GAPS`]: an exit poll, within five points) also
//! counts towards the official consensus, at
//! [`WeightedConfig`]'s `corroborating_method_weight` of its weight, for every value
//! within that gap of it and against the others: of two official figures, the one an
//! exit poll stands near is the likelier. It is not one of the official consensus's
//! claims, nor does it bound its interval.
//!
//! **One quantity under two predicates.** A subject's ages and its birth date
//! ([`BIRTH_DATE_PREDICATE_WORDS`]) state one birth date, since an age is read as the
//! birth dates it allows: each of the two groups (same subject, same scope) lends
//! the other's consensus the weight of one source's claims in all
//! ([`WeightedConfig::linked_weight`]), shared among its sources, for the values its
//! claims hold. Those claims are not the group's own: they are not shown, do not
//! bound its interval, and a value only they hold is never chosen. A linked group
//! may hold another person's figures (two people taken for one), so it settles what
//! the group's own claims leave close rather than outvoting them: two sources giving
//! two birth dates, or a source contradicting itself.
//!
//! **Change over time.** For [`TIME_VARYING_PREDICATES`](super::TIME_VARYING_PREDICATES)
//! without an `as_of`, the value in force is the latest. A figure published before
//! the group's latest claim may have moved since, by up to
//! [`WeightedConfig::yearly_drift`] a year ([`MAX_YEARLY_CHANGE`](super::MAX_YEARLY_CHANGE),
//! the rate the verdicts read as change, compounded): its interval widens by that much,
//! so a town's population of four years ago still supports this year's, and the
//! consensus interval is what the latest figures allow. It supports its own figure
//! more than the values the drift could have taken it to: one over the widening
//! factor of its weight stays on its own interval (lending, not bounding), the rest
//! is spread over the widened one, so the place where many old figures' widest
//! allowances meet does not outweigh what the newer figures give. What no such change explains
//! is settled by weight, and a claim's weight halves for every
//! [`WeightedConfig::recency_half_life_days`] it was published before the group's
//! latest claim. Ages are the exception: each is read as the birth dates it allows,
//! and a birth date does not change, so an age stated years ago says as much of it as
//! one stated last week, and weighs as much.
//!
//! A text that changes over time (who leads a party, who heads a company) does not
//! drift: its holder is replaced. Its reports are read in time order as a chain of
//! holders: between two reports the holder may have changed, the more likely the
//! longer the time ([`WeightedConfig::holder_tenure_days`]), most often for someone
//! not named before and seldom back to a former holder
//! ([`WeightedConfig::holder_return_share`]); each report weighs its source's vote for
//! the name it gives. The consensus is the holder most likely in office at the latest
//! report, its confidence that probability: a lone report of a successor a year after
//! many reports of the one before wins, and a report naming the former holder again
//! after two sources named the successor is read as stale.
//!
//! **Names and lists of names.** For the predicates in [`NAME_LIST_PREDICATES`] (and
//! any text written as a list, with `;` or a closing "et al."), a value is a list of
//! names, split on `;`, commas and "and" ("Knuth, Donald E." stays one name), and lists
//! are compared name by name through the run's [`NameMatcher`](crate::names::NameMatcher):
//! "Knuth, Donald E.", "Donald Ervin Knuth" and "D. E. Knuth" are one name. A list
//! supports a candidate list by the share of names they have in common, `matched /
//! (|list| + |candidate| − matched)`: a list missing one of three co-authors supports
//! the full list at 2/3, and the full list supports it at 2/3 too. A list cut short by
//! "et al." claims only the names it gives: it supports fully every list that holds
//! them all, and is never itself the consensus while a complete list is on offer.
//! Inside the consensus means supporting it fully. Other texts (a leader's name) are
//! one value when the verdict put them on one side (equal once folded, nearly equal,
//! or one person's name written two ways).
//!
//! **Confidence.** The posterior of the independent-vote model: `e^S / (e^S + e^R +
//! false_values)`, with `S` the support of the consensus and `R` that of the claims
//! against it (in log-odds).
//!
//! ```
//! use crosscheck::entity::Registry;
//! use crosscheck::reconcile::{ReconcileOptions, reconcile};
//! use crosscheck::store::ClaimStore;
//! let jsonl = r#"{"id":"a","source":"A","published":"2021-01-11","subject":"Nur Otan","predicate":"vote_share","value":"71%","qualifiers":{"event":"2021 election","method":"official"}}
//! {"id":"b","source":"B","published":"2021-01-10","subject":"Nur Otan","predicate":"vote_share","value":"nearly 72 per cent","qualifiers":{"event":"2021 election","method":"exit poll"}}
//! {"id":"c","source":"C","published":"2021-01-11","subject":"Nur Otan","predicate":"vote_share","value":71.1,"unit":"%","qualifiers":{"event":"2021 election","method":"official preliminary"}}"#;
//! let store = ClaimStore::from_jsonl(jsonl.as_bytes()).unwrap();
//! let report = reconcile(&store, &Registry::new(), &ReconcileOptions::default());
//! let consensus = report.groups[0].consensus.as_ref().unwrap();
//! // the official count, read as 71.05 to 71.15: 71% allows it too
//! assert_eq!(consensus.value, "71.1%");
//! assert_eq!(consensus.method.as_deref(), Some("official"));
//! assert_eq!(consensus.claims, ["c", "a"]);
//! // the exit poll has a consensus of its own, and is no error against the count
//! assert_eq!(report.groups[0].consensus_by_method.len(), 2);
//! assert_eq!(report.sources.len(), 3);
//! ```

mod copying;
mod holders;
mod linked;
mod majority;
mod methods;
mod output;
mod problem;
mod reliability;
mod support;
mod truthfinder;
mod weighted;

pub use super::name_lists::NAME_LIST_PREDICATES;
pub use linked::BIRTH_DATE_PREDICATE_WORDS;
pub use majority::MajorityVote;
pub use methods::{METHOD_GAPS, MethodClass, OFFICIAL_METHOD_WORDS, UNOFFICIAL_METHOD_WORDS};
pub use output::{Bound, Consensus, SourceScore};
pub(crate) use output::{group_consensus, source_scores};
pub use problem::{ClaimInput, GroupInput, Problem, Span, Value};
pub(crate) use problem::{GroupMembers, ProblemBuilder};
pub use truthfinder::TruthFinder;
pub use weighted::{Weighted, WeightedConfig};

/// One way of choosing each group's value and each source's reliability, jointly over
/// a whole [`Problem`] (every group of a run).
///
/// ```
/// use crosscheck::reconcile::consensus::{ConsensusStrategy, MajorityVote, TruthFinder, Weighted};
/// let all: Vec<Box<dyn ConsensusStrategy>> =
///     vec![Box::new(MajorityVote), Box::new(TruthFinder::default()), Box::new(Weighted::default())];
/// let names: Vec<&str> = all.iter().map(|s| s.name()).collect();
/// assert_eq!(names, ["majority", "truthfinder", "weighted"]);
/// ```
pub trait ConsensusStrategy: Send + Sync {
    /// A short name, for tables.
    fn name(&self) -> &'static str;
    /// Chooses every group's value (per method where the strategy tells methods apart)
    /// and every source's reliability.
    fn solve(&self, problem: &Problem) -> Solution;
}

/// What a strategy concludes over a whole problem.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Solution {
    /// Per group (in [`Problem::groups`] order), its picks: the main one first (the
    /// official method's when the group is split by method), then one per other
    /// method; empty when the group has no value.
    pub picks: Vec<Vec<Pick>>,
    /// Per source (in [`Problem::sources`] order), its estimated reliability in [0, 1].
    pub reliability: Vec<f64>,
}

impl Solution {
    /// A solution of `picks` per group and `reliability` per source, for strategies
    /// written outside the crate.
    ///
    /// ```
    /// use crosscheck::reconcile::consensus::{Pick, Solution};
    /// let s = Solution::new(vec![vec![Pick::new(vec![0], None, 1.0)]], vec![0.9]);
    /// assert_eq!(s.reliability, [0.9]);
    /// ```
    pub fn new(picks: Vec<Vec<Pick>>, reliability: Vec<f64>) -> Solution {
        Solution { picks, reliability }
    }
}

/// One chosen value of a group.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Pick {
    /// The method the pick is for, when the strategy split the group by method.
    pub method: Option<MethodClass>,
    /// The supporting claims (indices into [`Problem::claims`]): the one whose value
    /// is shown first.
    pub claims: Vec<u32>,
    /// What every supporting claim allows, for intervals (open ends as infinities).
    pub interval: Option<(f64, f64)>,
    /// How likely the value is, in [0, 1].
    pub confidence: f64,
}

impl Pick {
    /// A pick of `claims` (the shown one first) with its interval and confidence.
    ///
    /// ```
    /// use crosscheck::reconcile::consensus::Pick;
    /// let p = Pick::new(vec![3, 1], Some((70.5, 71.5)), 0.9);
    /// assert_eq!(p.claims[0], 3);
    /// ```
    pub fn new(claims: Vec<u32>, interval: Option<(f64, f64)>, confidence: f64) -> Pick {
        Pick {
            method: None,
            claims,
            interval,
            confidence,
        }
    }

    /// The same pick, for `method`.
    pub fn for_method(mut self, method: MethodClass) -> Pick {
        self.method = Some(method);
        self
    }
}
