//! What reconciliation finds, as data: groups with their verdicts, sides, gaps,
//! values and explanations, and the mentions left for review. The [`crate::report`]
//! stage writes it out (JSON, text).
//!
//! The JSON shape is a contract: `{"groups": [{"subject", "mentions", "predicate",
//! "scope", "verdict", "claims", "explanation", "consensus", ...}], "possible_matches":
//! [...], "sources": [...]}`;
//! fields are only ever added.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use smol_str::SmolStr;

use super::consensus::{Consensus, SourceScore};
use super::verdict::Verdict;
use crate::date::Date;

/// The whole report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Groups of comparable claims: disagreements first, then compatible, then agree.
    pub groups: Vec<Group>,
    /// Subject mentions that may denote a known entity or each other: not merged, for
    /// review.
    pub possible_matches: Vec<PossibleMatch>,
    /// What resolving subjects compared and what its limits left out.
    /// Written only when something was left out, so that small reports keep their
    /// shape.
    #[serde(default, skip_serializing_if = "ResolutionStats::nothing_skipped")]
    pub resolution: ResolutionStats,
    /// Every source's estimated reliability with its evidence, most reliable first
    /// (then most claims, then by name); empty when the run had no consensus stage.
    #[serde(default)]
    pub sources: Vec<SourceScore>,
}

/// How the subjects were resolved: the name comparisons made, what the
/// clustering's candidate limits ([`crate::names::CANDIDATE_LIMITS`]) skipped, and
/// the possible matches its per-cluster limit left out, so that a cap is never
/// silent.
///
/// ```
/// use crosscheck::reconcile::ResolutionStats;
/// let quiet = ResolutionStats { comparisons: 12, ..ResolutionStats::default() };
/// assert!(quiet.nothing_skipped());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResolutionStats {
    /// Name pairs the clustering compared.
    pub comparisons: usize,
    /// Times a name looked in a crowded block (more leaders than are compared).
    pub crowded_blocks: usize,
    /// Cluster leaders in crowded blocks that were not compared, and those ranked
    /// out of a name's candidates by the per-name limit.
    pub skipped_candidates: usize,
    /// Names offered more candidates than the per-name limit
    /// ([`crate::names::CandidateLimits::per_name`]): only the best-ranked were
    /// compared.
    #[serde(default)]
    pub capped_names: usize,
    /// Pairs of clusters the matcher found possible but left out of
    /// `possible_matches`: beyond the closest [`crate::names::POSSIBLE_PER_CLUSTER`]
    /// of one of their clusters.
    #[serde(default)]
    pub possible_left_out: usize,
}

impl ResolutionStats {
    /// True when the candidate limits left nothing out.
    pub fn nothing_skipped(&self) -> bool {
        self.crowded_blocks == 0
            && self.skipped_candidates == 0
            && self.capped_names == 0
            && self.possible_left_out == 0
    }
}

/// Claims about one subject, predicate and scope, and the verdict on them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// The canonical name of the subject (the name in force at the earliest claim).
    pub subject: SmolStr,
    /// The subject as the sources wrote it.
    pub mentions: Vec<SmolStr>,
    /// The predicate, as the first claim wrote it.
    pub predicate: SmolStr,
    /// The qualifiers that make the values comparable (event, region, as_of …).
    pub scope: IndexMap<SmolStr, SmolStr>,
    /// agree, compatible or disagree.
    pub verdict: Verdict,
    /// The ids of the claims, in store order.
    pub claims: Vec<SmolStr>,
    /// One line a journalist can read.
    pub explanation: String,
    /// Each claim's value as written and as read.
    pub values: Vec<ValueReport>,
    /// The sides, lowest first: one side when the values are consistent.
    pub sides: Vec<Side>,
    /// For a disagreement on numbers or dates, the gap between the outer sides.
    pub gap: Option<Gap>,
    /// True when every side has methods of its own (official against exit poll).
    pub split_by_method: bool,
    /// Claim ids by method.
    pub by_method: IndexMap<SmolStr, Vec<SmolStr>>,
    /// True when the difference is a change over time, not a disagreement.
    pub change: bool,
    /// Each scope key's value as read: the event's key (`2016-parliamentary`,
    /// `2019-presidential-r2`), the year of an `as_of`, the region's name; other
    /// keys folded. Claims are grouped by these, not by their spellings.
    #[serde(default)]
    pub scope_keys: IndexMap<SmolStr, SmolStr>,
    /// Every spelling of each scope key seen among the group's claims, in order of
    /// first sight ([`Group::scope`] shows the first).
    #[serde(default)]
    pub scope_spellings: IndexMap<SmolStr, Vec<SmolStr>>,
    /// How mentions of the group were linked by what the data says (a name in
    /// parentheses, "also known as", "formerly", the only bearer of a surname), with
    /// the reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subject_links: Vec<SubjectLink>,
    /// The value most likely right ([`crate::reconcile::consensus`]); when the group
    /// is split by method, the official method's. None for a group without values or
    /// a run without the consensus stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consensus: Option<Consensus>,
    /// When the group is split by method: each method's consensus, the official first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consensus_by_method: Vec<Consensus>,
}

/// A link between two names made from the claims themselves, not from the registry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubjectLink {
    /// The name linked.
    pub mention: SmolStr,
    /// The name it was linked to.
    pub linked_to: SmolStr,
    /// Why, in words.
    pub reason: SmolStr,
}

/// One claim's value in a group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValueReport {
    /// The claim id.
    pub claim: SmolStr,
    /// Who said it.
    pub source: SmolStr,
    /// When.
    pub published: Date,
    /// The value as written.
    pub written: SmolStr,
    /// The value as read (interval, date range, birth dates).
    pub read_as: SmolStr,
    /// The method, if given.
    pub method: Option<SmolStr>,
}

/// Claims whose values are consistent with each other.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Side {
    /// Claim ids (their values are in [`Group::values`]).
    pub claims: Vec<SmolStr>,
    /// The sources holding this side.
    pub sources: Vec<SmolStr>,
    /// Their methods.
    pub methods: Vec<SmolStr>,
}

/// The gap between the lowest and the highest side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Gap {
    /// Between the sides' centres.
    pub abs: f64,
    /// `abs` relative to the lower side's value (numbers only).
    pub rel: Option<f64>,
    /// The least the true values can differ by.
    pub closest: f64,
    /// The most they can differ by.
    pub farthest: f64,
    /// percentage points, days, a unit, or empty for counts.
    pub unit: SmolStr,
}

/// A mention that may denote a known entity or another mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PossibleMatch {
    /// The mention as written.
    pub mention: SmolStr,
    /// The entity (or other mention) it may denote.
    pub candidate: SmolStr,
    /// The matcher's score.
    pub score: f64,
    /// The claims that use the mention.
    pub claims: Vec<SmolStr>,
}
