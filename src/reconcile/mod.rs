//! From a store to its findings: resolve subjects, group, decide, explain.
//!
//! [`reconcile`] runs three steps over a [`ClaimStore`]:
//!
//! 1. **Subjects.** Each distinct subject mention is resolved once through the
//!    [`Registry`] (or through another name it gives); mentions it does not know are
//!    clustered among themselves. Then the data's own links join clusters: a name in
//!    parentheses ("Bright Path (Ak Zhol)", "People's Party of Kazakhstan (QHP)" — an
//!    acronym only when it stands for one name alone), "X, also known as Y", "X
//!    (formerly Y)" and the `formerly` qualifier; and a bare surname (or initial and
//!    surname) joins the one person bearing it, in the registry or in the claims, when
//!    there is exactly one (Nazarbayev and Nazarbayeva are different surnames; two
//!    Aliyevs are two bearers, and the mention stays a possible match, unless the
//!    fact a claim is about names one of them: see step 2). Place names
//!    are compared in one form ([`PLACE_WORDS`]: "the town of X", "X city" are X;
//!    "Lake X" and "X köli" are "X lake"), and titles ([`PERSON_TITLES`]) and a
//!    leading article ([`NAME_ARTICLES`]: "the Democratic Light") are dropped.
//!    A bare place name ("Akzhar", "the Novovka") joins the places of one kind of
//!    [`FEATURE_KINDS`] written with their generic word ("Lake Akzhar"), unless the
//!    data also writes it as a settlement ("Akzhar city") or as two kinds of place.
//!    Each group lists the links it relies on, with their reason. Near misses become
//!    possible matches, for review.
//! 2. **Groups.** Claims are grouped by (resolved subject, folded predicate, scope
//!    key), in order of first appearance. Scope is every qualifier but `method` and
//!    `formerly`, read into a key: an event from its parts (year or date, kind from
//!    [`EVENT_KINDS`], round, place; [`EVENT_MODIFIERS`] such as snap and early change
//!    nothing), so that "2016 parliamentary elections" and "the 2016 legislative
//!    election" are one event while events whose parts conflict never merge; an
//!    `as_of` into its year ([`DATE_SCOPE_KEYS`]); a region resolved as a name
//!    ([`REGION_WORDS`] dropped). A value with no recognisable parts is folded, as
//!    written. The report keeps the first spelling, the key, and every spelling.
//!    A claim of a bare surname with several bearers that has a scope joins the one
//!    bearer with claims of the same predicate and scope, if there is exactly one
//!    (the group's subject links say so).
//! 3. **Verdicts.** Each group is decided ([`Verdict`], by the rules below) and
//!    explained in one line; disagreements come first.
//!
//! Every name decision of a run is made by the one matcher of [`ReconcileOptions`].
//! The findings are a [`Report`]; [`crate::report`] writes it out.
//!
//! # Verdict rules
//!
//! Every value is an interval (a quantity's precision and hedges, a date's
//! granularity, the birth dates an age implies). Values that one value satisfies
//! together form one *side*. Overlap is not transitive: "about 90,000" allows both
//! 88,120 and 91,120, but the two exact counts still disagree, and a vaguer source
//! beside them never hides that (the vague claim stands on one side). For a value that
//! changes over time (below), values that overlap in a chain form one side, which the
//! publication dates then order into a change or not.
//!
//! - **agree**: one side, a value every claim allows, and no claim hedged or vague
//!   (71% and 71.1%; 54% and 53.9%; two ages that fit one birth year);
//! - **compatible**: one side, but only thanks to hedges, vagueness or a coarser
//!   granularity (several dozen, dozens, more than 30; 2019 and March 2019), or
//!   texts that nearly match (Security Council / National Security Council);
//! - **disagree**: two sides or more, with the gap between them and which sources
//!   hold which side; when every side has its own methods, the split follows the
//!   method (official against exit poll);
//! - **single**: every claim comes from one source. One outlet repeating a figure (a
//!   headline and its body) is not two outlets agreeing, so such a group is never
//!   called agree; its explanation still says whether the source's own claims are
//!   consistent or differ.
//!
//! **Round figures that touch at the edge of their precision.** A figure is read as
//! the interval its last digit allows: "2 million" as [1.5, 2.5) million, "1.5
//! million" as [1.45, 1.55) million. The two share the values from 1.5 to 1.55 million,
//! so they are one side and, both being plain, they *agree*. A journalist accepts this
//! because a source that writes "2 million" claims no more than that: rounded to one
//! significant figure, 1.5 million is 2 million, and the finer figure is simply the one
//! to quote. The explanation shows both as written, so the reader sees the rounding.
//! Had the coarse figure been hedged ("about 2 million"), the verdict would be
//! *compatible*.
//!
//! **Units and signs.** Quantities are compared in one unit: known units are converted
//! within their dimension first ([`crate::claim::UNIT_CONVERSIONS`]); currencies compare
//! only with themselves; a unit outside the tables compares only with itself, and the
//! explanation says so. A bare number from 0 to 1 among percentages is a fraction of
//! one when only that reading meets one of them (0.5218 beside 52.2% is 52.18%;
//! [`FRACTION_TO_PERCENT`]), and the explanation says it was read so. Changes ("down
//! 1.4 points") compare only with changes. A
//! group of values of several kinds is decided kind by kind: amounts in several
//! currencies, a share beside a count, a date beside a count, km² beside USD. It
//! disagrees only when values of one kind do, and is otherwise compatible ("$500
//! million" beside "220 billion tenge"); the explanation names the kinds, none of
//! which was compared with another.
//!
//! **No value.** A claim that leaves the value empty ("n/a", "unknown") is in its group
//! but on no side: it never disagrees, and the explanation lists it. So is a text that
//! does not read as a value of the group's kind among quantities, dates or ages ("TBD",
//! "M7.8" beside 50,783): the explanation lists it as not read.
//!
//! **Change over time.** For the predicates in [`TIME_VARYING_PREDICATES`], without an
//! `as_of` qualifier, sides whose publication dates do not interleave (every claim of
//! one side published before every claim of the next) are a change, not a
//! disagreement: the verdict is *compatible* and the explanation says what changed
//! when. A quantity that would have had to grow or shrink by more than
//! [`MAX_YEARLY_CHANGE`] a year between them is a disagreement all the same. A count
//! in [`RISING_PREDICATES`] (a disaster's death toll) changes the same way, but only
//! up and at any pace: a later figure below an earlier one is a disagreement.
//!
//! **Names as values.** A leader's name or a list of authors is compared by the run's
//! name matcher, not as a string: "Evgeniia Kovalenko", "Kovalenko Yevheniya" and "Y.
//! M. Kovalenko" are one leader, and two author lists are one list when their names
//! pair off one to one (or the names of a list cut short by "et al." are all in the
//! other), however each outlet spells, orders or initials them. Within a list, a
//! surname alone is the listed person who bears it ("Cormen, Leiserson, Rivest,
//! Stein"), commas may alternate surnames and initials ("Kernighan, Brian W.,
//! Ritchie, Dennis M."), names written surname first part at "&" and "and" ("Roe,
//! Jane & Doe, John"), a role is not part of a name ("(Author)", "(tr.)", "Barry,
//! ed.", "Translated by X", or "(eds.)" once for the list), and an author list leaves
//! out the names it marks as editors, translators and the like ([`ROLE_MARKERS`],
//! [`ROLE_PHRASES`], [`PLURAL_ROLE_MARKERS`]) unless it marks every name so (an
//! edited volume is credited to its editors).

pub mod consensus;
mod editions;
mod explain;
mod feature_places;
mod findings;
mod grouping;
mod name_lists;
mod rows;
mod scope;
mod subjects;
mod verdict;

use std::sync::Arc;

use smol_str::SmolStr;

use crate::claim::Claim;
use crate::date::Date;
use crate::entity::Registry;
use crate::names::{Hybrid, NameMatcher};
use crate::store::{ClaimKeys, ClaimStore};
use consensus::{ConsensusStrategy, ProblemBuilder, Weighted, group_consensus, source_scores};
pub use feature_places::FEATURE_KINDS;
pub use findings::{
    Gap, Group, PossibleMatch, Report, ResolutionStats, Side, SubjectLink, ValueReport,
};
pub use grouping::{DOMINANT_BEARER_ADDED, DOMINANT_BEARER_RATIO};
use grouping::{GroupKey, Layout, lay_out_groups};
pub use name_lists::{PLURAL_ROLE_MARKERS, ROLE_MARKERS, ROLE_PHRASES};
use rows::{Members, Seen, build_group};
use scope::resolve_scopes;
pub use scope::{
    COUNTRY_CODES, DATE_SCOPE_KEYS, ELECTION_ONLY_KINDS, ELECTION_WORDS, EVENT_KINDS,
    EVENT_MODIFIERS, REGION_WORDS,
};
pub use subjects::{
    MAX_SHARED_PARTNERS, NAME_ARTICLES, NAME_LINK_WORDS, PERSON_TITLES, PLACE_WORDS,
};
use subjects::{Subject, Subjects, resolve_subjects};
pub use verdict::{
    FRACTION_TO_PERCENT, MAX_YEARLY_CHANGE, RISING_PREDICATES, TIME_VARYING_PREDICATES, Verdict,
};

/// Options of [`reconcile`].
///
/// ```
/// use crosscheck::names::{Banded, Hybrid, HybridConfig, JaroWinkler};
/// use crosscheck::reconcile::ReconcileOptions;
/// // the hybrid with a stricter threshold, for every name decision of the run
/// let config = HybridConfig::default().with_match_threshold(0.9);
/// let strict = ReconcileOptions::new().with_matcher(Hybrid::new(config));
/// assert_eq!(strict.matcher().threshold(), 0.9);
/// // or any strategy, with a review band below its threshold
/// let jw = ReconcileOptions::new().with_matcher(Banded::new(JaroWinkler::default(), 0.85));
/// assert_eq!(jw.matcher().name(), "jaro_winkler");
/// ```
#[derive(Clone)]
#[non_exhaustive]
pub struct ReconcileOptions {
    matcher: Arc<dyn NameMatcher>,
    consensus: Option<Arc<dyn ConsensusStrategy>>,
}

impl ReconcileOptions {
    /// The defaults: the [`Hybrid`] matcher with its default constants.
    pub fn new() -> ReconcileOptions {
        ReconcileOptions::default()
    }

    /// Makes every name decision of the run (registry lookups and clustering) with
    /// `matcher`.
    pub fn with_matcher(self, matcher: impl NameMatcher + 'static) -> ReconcileOptions {
        self.with_shared_matcher(Arc::new(matcher))
    }

    /// [`ReconcileOptions::with_matcher`] with a matcher shared with other stages
    /// (extraction, say).
    pub fn with_shared_matcher(mut self, matcher: Arc<dyn NameMatcher>) -> ReconcileOptions {
        self.matcher = matcher;
        self
    }

    /// The matcher of the run.
    pub fn matcher(&self) -> &dyn NameMatcher {
        &*self.matcher
    }

    /// The matcher of the run, to share with other stages.
    pub fn shared_matcher(&self) -> Arc<dyn NameMatcher> {
        Arc::clone(&self.matcher)
    }

    /// Chooses each group's consensus and each source's reliability with `strategy`
    /// (the default is [`Weighted`]).
    ///
    /// ```
    /// use crosscheck::reconcile::ReconcileOptions;
    /// use crosscheck::reconcile::consensus::MajorityVote;
    /// let options = ReconcileOptions::new().with_consensus(MajorityVote);
    /// assert_eq!(options.consensus().map(|s| s.name()), Some("majority"));
    /// assert!(ReconcileOptions::new().without_consensus().consensus().is_none());
    /// ```
    pub fn with_consensus(
        mut self,
        strategy: impl ConsensusStrategy + 'static,
    ) -> ReconcileOptions {
        self.consensus = Some(Arc::new(strategy));
        self
    }

    /// Skips the consensus stage: no group gets a `consensus`, the report no
    /// `sources`.
    pub fn without_consensus(mut self) -> ReconcileOptions {
        self.consensus = None;
        self
    }

    /// The consensus strategy of the run, if any.
    pub fn consensus(&self) -> Option<&dyn ConsensusStrategy> {
        self.consensus.as_deref()
    }
}

impl Default for ReconcileOptions {
    fn default() -> ReconcileOptions {
        ReconcileOptions {
            matcher: Arc::new(Hybrid::default()),
            consensus: Some(Arc::new(Weighted::default())),
        }
    }
}

impl std::fmt::Debug for ReconcileOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReconcileOptions")
            .field("matcher", &self.matcher.name())
            .field("consensus", &self.consensus.as_ref().map(|c| c.name()))
            .finish()
    }
}

/// Reconciles every claim of the store: resolves subjects through the registry (and
/// clusters the mentions it does not know), groups claims by (subject, predicate,
/// scope) in order of first appearance, and decides each group. Every claim lands in
/// exactly one group.
///
/// ```
/// use crosscheck::entity::Registry;
/// use crosscheck::reconcile::{ReconcileOptions, Verdict, reconcile};
/// use crosscheck::store::ClaimStore;
/// let jsonl = r#"{"id":"a","source":"Agency A","published":"2021-01-11","subject":"Nur Otan","predicate":"vote_share","value":"71%","qualifiers":{"event":"2021 election","method":"official"}}
/// {"source":"Agency B","published":"2021-01-10","subject":"Nour Otan","predicate":"vote_share","value":"nearly 72 per cent","qualifiers":{"event":"2021 election","method":"exit poll"}}
/// {"id":"c","source":"Agency C","published":"2021-01-11","subject":"Nur Otan","predicate":"vote_share","value":71.1,"unit":"%","qualifiers":{"event":"2021 election","method":"official preliminary"}}"#;
/// let store = ClaimStore::from_jsonl(jsonl.as_bytes()).unwrap();
/// let report = reconcile(&store, &Registry::new(), &ReconcileOptions::default());
/// assert_eq!(report.groups.len(), 1);
/// let g = &report.groups[0];
/// assert_eq!(g.verdict, Verdict::Disagree);
/// assert!(g.split_by_method);
/// assert_eq!(g.claims, ["a", "2", "c"]);
/// ```
pub fn reconcile(store: &ClaimStore, registry: &Registry, options: &ReconcileOptions) -> Report {
    let counts = store.key_counts();
    let subjects = resolve_subjects(
        store.entries(),
        counts.mentions,
        registry,
        options.matcher(),
    );
    let scopes = resolve_scopes(
        store.entries(),
        counts.qualifier_sets,
        registry,
        options.matcher(),
    );
    let layout = lay_out_groups(
        store.entries(),
        counts,
        &subjects.of_mention,
        &subjects.surname_bearers,
        scopes,
    );
    let resolution = ResolutionStats {
        comparisons: subjects.clustering.comparisons,
        crowded_blocks: subjects.clustering.truncated_blocks,
        skipped_candidates: subjects.clustering.skipped_candidates,
        capped_names: subjects.clustering.capped_names,
        possible_left_out: subjects.clustering.possible_left_out,
    };
    let mut subjects = subjects;
    let possible = std::mem::take(&mut subjects.possible);
    let possible_matches = without_resolved_claims(possible, store, &layout);
    let (groups, sources) = decide_groups(store, registry, subjects, &layout, options);
    Report {
        groups,
        resolution,
        sources,
        possible_matches,
    }
}

/// The possible matches, without the claims that the fact they are about resolved
/// (see [`grouping`]); a match left with no claim, having had some, is dropped.
fn without_resolved_claims(
    possible: subjects::PossibleMatches,
    store: &ClaimStore,
    layout: &Layout,
) -> Vec<PossibleMatch> {
    let resolved: foldhash::HashSet<&str> = layout
        .resolved_by_fact
        .iter()
        .map(|&(i, _)| store.entries()[i as usize].claim.id.as_str())
        .collect();
    possible
        .into_iter()
        .filter_map(|((mention, candidate), (score, mut claims))| {
            if !resolved.is_empty() && !claims.is_empty() {
                claims.retain(|id| !resolved.contains(id.as_str()));
                if claims.is_empty() {
                    return None;
                }
            }
            Some(PossibleMatch {
                mention,
                candidate,
                score,
                claims,
            })
        })
        .collect()
}

/// With the `parallel` feature: every group's verdict, decided on all threads, in
/// the order of the groups. (What follows the verdicts runs in order.)
#[cfg(feature = "parallel")]
fn outcomes_ahead(
    store: &ClaimStore,
    layout: &Layout,
    matcher: &dyn NameMatcher,
) -> Vec<verdict::Outcome> {
    use rayon::prelude::*;
    if rayon::current_num_threads() < 2 {
        return Vec::new();
    }
    let stored = store.entries();
    layout
        .keys
        .par_iter()
        .enumerate()
        .map(|(g, key)| {
            let members: Vec<&Claim> = layout
                .claims_of(g)
                .iter()
                .map(|&i| &*stored[i as usize].claim)
                .collect();
            verdict::decide(
                &members,
                layout.predicate(key),
                layout.has_as_of(key),
                matcher,
            )
        })
        .collect()
}

/// Without the `parallel` feature, each verdict is decided in turn.
#[cfg(not(feature = "parallel"))]
fn outcomes_ahead(
    _store: &ClaimStore,
    _layout: &Layout,
    _matcher: &dyn NameMatcher,
) -> Vec<verdict::Outcome> {
    Vec::new()
}

/// Step 3: each group decided, given its consensus (when the run has the stage) and
/// described; disagreements first, then compatible, then agreements, then groups of a
/// single source, each in order of first appearance.
///
/// The clusters are freed first, keeping only the name each goes by. With the
/// consensus stage, the verdicts come first and feed the stage's problem; the problem
/// is solved; then the groups are described, each with its consensus. The solver's
/// working tables are thus freed before the report's groups are made: of the two,
/// only the report's groups are held to the end.
fn decide_groups(
    store: &ClaimStore,
    registry: &Registry,
    subjects: Subjects,
    layout: &Layout,
    options: &ReconcileOptions,
) -> (Vec<Group>, Vec<consensus::SourceScore>) {
    let Subjects {
        clustering, links, ..
    } = subjects;
    let names: Vec<SmolStr> = clustering
        .clusters
        .iter()
        .map(|cl| SmolStr::new(&cl.representative))
        .collect();
    drop(clustering);
    let mut describe = Describer::new(store, layout);
    let mut ahead = outcomes_ahead(store, layout, options.matcher()).into_iter();
    let Some(strategy) = options.consensus() else {
        // without the stage, each group is described as soon as it is decided
        for (g, key) in layout.keys.iter().enumerate() {
            let members = describe.gather(g);
            let outcome = outcome_of(&mut ahead, members, layout, g, options);
            let subject = canonical_subject(key, members, registry, &names);
            describe.group(g, subject, outcome, &links);
        }
        return (describe.in_report_order(), Vec::new());
    };
    // the verdicts, and the consensus stage's input gathered from them
    let mut problem = ProblemBuilder::new(store.key_counts().sources);
    let mut decided: Vec<(verdict::Outcome, SmolStr)> = Vec::with_capacity(layout.keys.len());
    let mut source_keys: Vec<u32> = Vec::new();
    for (g, key) in layout.keys.iter().enumerate() {
        describe.gather(g);
        let members = &describe.members;
        let outcome = outcome_of(&mut ahead, members, layout, g, options);
        source_keys.clear();
        source_keys.extend(describe.keys.iter().map(|k| k.source));
        let time_varying = verdict::varies_in_time(layout.predicate(key), layout.has_as_of(key));
        // the subject and scope: ages and birth dates with one key are one birth date
        let fact = {
            use std::hash::BuildHasher;
            foldhash::quality::FixedState::with_seed(0).hash_one((key.0, key.2))
        };
        problem.add_group(
            consensus::GroupMembers {
                claims: members,
                source_keys: &source_keys,
                methods: &describe.methods,
                predicate: layout.predicate(key),
            },
            &outcome,
            time_varying,
            fact,
            options.matcher(),
        );
        let subject = canonical_subject(key, members, registry, &names);
        decided.push((outcome, subject));
    }
    drop(names);
    let problem = problem.finish();
    let mut solution = strategy.solve(&problem);
    let sources = source_scores(&problem, &solution);
    // what each group's description needs is given back as it is described: its
    // verdict (taken from the end of a reversed list whose room shrinks as it
    // empties) and its picks
    decided.reverse();
    let mut g = 0;
    while let Some((outcome, subject)) = decided.pop() {
        describe.gather(g);
        let group = describe.group(g, subject, outcome, &links);
        if let Some(picks) = solution.picks.get_mut(g) {
            let picks = std::mem::take(picks);
            (group.consensus, group.consensus_by_method) =
                group_consensus(&problem, g, &picks, &group.values);
        }
        if decided.len() < decided.capacity() / 2 {
            decided.shrink_to_fit();
        }
        g += 1;
    }
    drop(solution);
    drop(problem);
    (describe.in_report_order(), sources)
}

/// Group `g`'s verdict: the next of those decided ahead (in parallel), or decided now.
fn outcome_of(
    ahead: &mut impl Iterator<Item = verdict::Outcome>,
    members: &[&Claim],
    layout: &Layout,
    g: usize,
    options: &ReconcileOptions,
) -> verdict::Outcome {
    ahead.next().unwrap_or_else(|| {
        let key = &layout.keys[g];
        verdict::decide(
            members,
            layout.predicate(key),
            layout.has_as_of(key),
            options.matcher(),
        )
    })
}

/// Describes decided groups for the report, in the order of the layout, with buffers
/// reused from group to group.
struct Describer<'a> {
    store: &'a ClaimStore,
    stored: &'a [crate::store::Stored],
    layout: &'a Layout,
    seen_sources: Seen,
    seen_mentions: Seen,
    members: Vec<&'a Claim>,
    keys: Vec<ClaimKeys>,
    /// each gathered claim's method, from the store's table by qualifier set: the
    /// verdict's problem, the rows and the explanation read it without searching the
    /// claims' qualifiers
    methods: Vec<Option<&'a str>>,
    /// which store positions the fact they are about placed (one bit each): a group's
    /// claims are told apart from them without a search per claim
    placed: PositionSet,
    /// the groups described; put in the report's order at the end, in place (a
    /// million claims make groups of hundreds of megabytes: one vector of the right
    /// size, never copied)
    groups: Vec<Group>,
}

impl<'a> Describer<'a> {
    fn new(store: &'a ClaimStore, layout: &'a Layout) -> Describer<'a> {
        let counts = store.key_counts();
        Describer {
            store,
            stored: store.entries(),
            layout,
            seen_sources: Seen::new(counts.sources),
            seen_mentions: Seen::new(counts.mentions),
            members: Vec::new(),
            keys: Vec::new(),
            methods: Vec::new(),
            placed: PositionSet::of(layout.resolved_by_fact.iter().map(|&(i, _)| i)),
            groups: Vec::with_capacity(layout.keys.len()),
        }
    }

    /// Gathers group `g`'s claims and keys; returns its claims.
    fn gather(&mut self, g: usize) -> &[&'a Claim] {
        let stored = self.stored;
        let idx = self.layout.claims_of(g);
        self.members.clear();
        self.members
            .extend(idx.iter().map(|&i| &*stored[i as usize].claim));
        self.keys.clear();
        self.keys
            .extend(idx.iter().map(|&i| stored[i as usize].keys));
        let store = self.store;
        self.methods.clear();
        self.methods
            .extend(self.keys.iter().map(|&k| store.method(k)));
        &self.members
    }

    /// Describes group `g` (whose claims [`Describer::gather`] gathered last) and
    /// keeps it; returns it.
    fn group(
        &mut self,
        g: usize,
        subject: SmolStr,
        outcome: verdict::Outcome,
        links: &foldhash::HashMap<SmolStr, subjects::DataLink>,
    ) -> &mut Group {
        let layout = self.layout;
        let key = &layout.keys[g];
        let members = Members {
            claims: &self.members,
            keys: &self.keys,
            methods: &self.methods,
        };
        let scope_key = layout
            .scopes
            .get_index(key.2)
            .map_or(&[][..], |(k, _)| k.as_slice());
        let mut group = build_group(
            subject,
            scope_key,
            &members,
            outcome,
            &mut self.seen_sources,
            &mut self.seen_mentions,
        );
        for mention in &group.mentions {
            if let Some(link) = links.get(mention) {
                group.subject_links.push(SubjectLink {
                    mention: link.mention.clone(),
                    linked_to: link.to.clone(),
                    reason: SmolStr::new(link.reason),
                });
            }
        }
        // the claims whose bare surname the fact they are about placed: few, and in
        // store order, as a group's claims are
        let resolved = &layout.resolved_by_fact;
        for &i in layout.claims_of(g) {
            if !self.placed.contains(i) {
                continue;
            }
            let Ok(at) = resolved.binary_search_by_key(&i, |&(j, _)| j) else {
                continue;
            };
            let reason = resolved[at].1;
            let mention = &self.stored[i as usize].claim.subject;
            if !group.subject_links.iter().any(|l| &l.mention == mention) {
                group.subject_links.push(SubjectLink {
                    mention: mention.clone(),
                    linked_to: group.subject.clone(),
                    reason: SmolStr::new(reason),
                });
            }
        }
        self.groups.push(group);
        let last = self.groups.len() - 1;
        &mut self.groups[last]
    }

    /// The groups described, in the report's order: disagreements first, then
    /// compatible, agree and single, each in the order described (a stable sort of
    /// the positions by rank).
    fn in_report_order(self) -> Vec<Group> {
        let mut groups = self.groups;
        let mut order: Vec<usize> = (0..groups.len()).collect();
        order.sort_by_key(|&g| match groups[g].verdict {
            Verdict::Disagree => 0,
            Verdict::Compatible => 1,
            Verdict::Agree => 2,
            Verdict::Single => 3,
        });
        permute(&mut groups, order);
        groups
    }
}

/// A set of store positions, one bit each: for the few positions a pass over every
/// claim must tell apart, a lookup that stays in cache where a search of a sorted list
/// of tens of thousands would not.
struct PositionSet(Vec<u64>);

impl PositionSet {
    /// The set of `positions`.
    fn of(positions: impl Iterator<Item = u32>) -> PositionSet {
        let mut words: Vec<u64> = Vec::new();
        for p in positions {
            let word = p as usize / 64;
            if word >= words.len() {
                words.resize(word + 1, 0);
            }
            words[word] |= 1 << (p % 64);
        }
        PositionSet(words)
    }

    /// True when `p` is in the set.
    fn contains(&self, p: u32) -> bool {
        self.0
            .get(p as usize / 64)
            .is_some_and(|w| w & (1 << (p % 64)) != 0)
    }
}

/// Puts `items` in `order` in place: afterwards `items[i]` is what was at `order[i]`
/// (`order` a permutation of the positions, used up as the cycles are followed).
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..items.len().min(order.len()) {
        let mut at = start;
        while order[at] != DONE {
            let from = order[at];
            order[at] = DONE;
            if from == start || from >= items.len() {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// The name a group's subject goes by: a registry entity's name in force at the
/// group's earliest claim, or its cluster's most frequent spelling (`names`, by
/// cluster).
fn canonical_subject(
    key: &GroupKey,
    members: &[&Claim],
    registry: &Registry,
    names: &[SmolStr],
) -> SmolStr {
    // a group has at least one claim
    let earliest = members
        .iter()
        .map(|c| c.source.published)
        .fold(members[0].source.published, Date::min);
    match key.0 {
        Subject::Entity(e) => SmolStr::new(registry.entity(e).name_on(earliest)),
        Subject::Cluster(c) => names
            .get(c)
            .cloned()
            .unwrap_or_else(|| members[0].subject.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RENAMED: &str =
        r#"[{"name":"Nur Otan","kind":"party","renamed":[{"to":"Amanat","on":"2022-03-01"}]}]"#;

    fn claims(lines: &[&str]) -> ClaimStore {
        ClaimStore::from_jsonl(lines.join("\n").as_bytes()).unwrap()
    }

    #[test]
    fn a_position_set_holds_exactly_its_positions() {
        let set = PositionSet::of([3, 64, 200, 3].into_iter());
        let held: Vec<u32> = (0..300).filter(|&p| set.contains(p)).collect();
        assert_eq!(held, [3, 64, 200]);
        assert!(!set.contains(u32::MAX));
        assert!(!PositionSet::of(std::iter::empty()).contains(0));
    }

    #[test]
    fn permute_puts_items_in_the_order_given() {
        // a fixed point, a 2-cycle and a 3-cycle
        let mut items = vec!['a', 'b', 'c', 'd', 'e', 'f'];
        permute(&mut items, vec![0, 2, 1, 5, 3, 4]);
        assert_eq!(items, ['a', 'c', 'b', 'f', 'd', 'e']);
        // every permutation of four, against building the order anew
        let mut order = vec![0usize, 1, 2, 3];
        let mut seen = 0;
        loop {
            let mut items = vec![10, 11, 12, 13];
            permute(&mut items, order.clone());
            let expected: Vec<i32> = order.iter().map(|&i| 10 + i as i32).collect();
            assert_eq!(items, expected, "order {order:?}");
            seen += 1;
            // next permutation in lexicographic order
            let Some(i) = (0..3).rev().find(|&i| order[i] < order[i + 1]) else {
                break;
            };
            let j = (i + 1..4).rev().find(|&j| order[j] > order[i]).unwrap();
            order.swap(i, j);
            order[i + 1..].reverse();
        }
        assert_eq!(seen, 24);
        // an order that is not a permutation leaves the items whole
        let mut items = vec![1, 2, 3];
        permute(&mut items, vec![7, 0]);
        let mut sorted = items.clone();
        sorted.sort();
        assert_eq!(sorted, [1, 2, 3]);
    }

    #[test]
    fn a_group_goes_by_the_name_in_force_at_its_earliest_claim() {
        let registry = Registry::from_json(RENAMED).unwrap();
        let store = claims(&[
            r#"{"source":"A","published":"2023-03-20","subject":"Amanat","predicate":"vote_share","value":"54%","qualifiers":{"event":"2023"}}"#,
            r#"{"source":"B","published":"2021-01-11","subject":"Nur Otan","predicate":"vote_share","value":"71%","qualifiers":{"event":"2021"}}"#,
        ]);
        let report = reconcile(&store, &registry, &ReconcileOptions::default());
        let names: Vec<&str> = report.groups.iter().map(|g| g.subject.as_str()).collect();
        assert_eq!(names, ["Amanat", "Nur Otan"]);
    }

    #[test]
    fn a_bare_surname_of_two_bearers_joins_the_one_in_the_same_fact() {
        let store = claims(&[
            r#"{"id":"a","source":"A","published":"2010-10-11","subject":"Yekaterina Vasilyeva","predicate":"vote_share","value":"12%","qualifiers":{"event":"2010 presidential election"}}"#,
            r#"{"id":"b","source":"B","published":"2012-05-02","subject":"Olga Vasilyeva","predicate":"vote_share","value":"30%","qualifiers":{"event":"2012 local election"}}"#,
            r#"{"id":"c","source":"C","published":"2010-10-12","subject":"Vasilyeva","predicate":"vote_share","value":"12.1%","qualifiers":{"event":"the 2010 presidential election"}}"#,
            r#"{"id":"d","source":"D","published":"2011-01-01","subject":"Vasilyeva","predicate":"age","value":"45"}"#,
            r#"{"id":"e","source":"E","published":"2011-01-01","subject":"Vasilyeva","predicate":"vote_share","value":"4%","qualifiers":{"event":"2008 parliamentary election"}}"#,
        ]);
        let report = reconcile(&store, &Registry::new(), &ReconcileOptions::default());
        let group_of = |id: &str| {
            report
                .groups
                .iter()
                .find(|g| g.claims.iter().any(|c| c == id))
                .unwrap()
        };
        // the election only Yekaterina Vasilyeva ran in places the bare surname
        let g = group_of("c");
        assert_eq!(g.claims, ["a", "c"]);
        assert_eq!(g.subject, "Yekaterina Vasilyeva");
        let link = g
            .subject_links
            .iter()
            .find(|l| l.mention == "Vasilyeva")
            .unwrap();
        assert_eq!(link.reason, grouping::BEARER_OF_THE_FACT);
        // a fact no bearer has claims about: the bare surname stays apart
        assert_eq!(group_of("d").subject, "Vasilyeva");
        assert_eq!(group_of("e").subject, "Vasilyeva");
        // and stays a possible match with those claims only
        let claims: Vec<&str> = report
            .possible_matches
            .iter()
            .filter(|p| p.mention == "Vasilyeva")
            .flat_map(|p| p.claims.iter().map(|c| c.as_str()))
            .collect();
        assert!(!claims.is_empty());
        assert!(claims.iter().all(|&c| c == "d" || c == "e"), "{claims:?}");
    }

    /// The group holding claim `id`, and the reason its bare surname was placed.
    fn placed<'a>(report: &'a Report, id: &str) -> (&'a Group, Option<&'a str>) {
        let g = report
            .groups
            .iter()
            .find(|g| g.claims.iter().any(|c| c == id))
            .unwrap();
        let reason = g
            .subject_links
            .iter()
            .find(|l| l.mention == "Bokeria")
            .map(|l| l.reason.as_str());
        (g, reason)
    }

    #[test]
    fn a_bare_surname_without_a_scope_joins_the_one_bearer_of_its_predicate() {
        // two Bokerias, only one of whom has a birth date in the claims
        let store = claims(&[
            r#"{"id":"a","source":"A","published":"2014-02-01","subject":"Giorgi Bokeria","predicate":"born","value":"1971"}"#,
            r#"{"id":"b","source":"B","published":"2014-02-01","subject":"Tamar Bokeria","predicate":"age","value":"50"}"#,
            r#"{"id":"c","source":"C","published":"2015-06-03","subject":"Bokeria","predicate":"born","value":"1970"}"#,
            r#"{"id":"d","source":"D","published":"2015-06-03","subject":"Bokeria","predicate":"net_worth","value":"$3m","qualifiers":{"as_of":"2014"}}"#,
        ]);
        let report = reconcile(&store, &Registry::new(), &ReconcileOptions::default());
        let (g, reason) = placed(&report, "c");
        assert_eq!(g.claims, ["a", "c"]);
        assert_eq!(reason, Some(grouping::BEARER_OF_THE_FACT));
        // the value differs by a year, and the group says so: placing it never looked
        // at the value
        assert_eq!(g.verdict, Verdict::Disagree, "{}", g.explanation);
        assert_eq!(placed(&report, "d").0.subject, "Bokeria");
    }

    #[test]
    fn a_change_is_told_in_the_order_the_values_were_published() {
        // the later value is given first in the file
        let store = claims(&[
            r#"{"id":"a","source":"Atlas 2023","published":"2023-01-01","subject":"Nigeria","predicate":"capital","value":"Abuja"}"#,
            r#"{"id":"b","source":"Atlas 1985","published":"1985-01-01","subject":"Nigeria","predicate":"capital","value":"Lagos"}"#,
        ]);
        let report = reconcile(&store, &Registry::new(), &ReconcileOptions::default());
        let g = &report.groups[0];
        let (lagos, abuja) = (
            g.explanation.find("Lagos").unwrap(),
            g.explanation.find("Abuja").unwrap(),
        );
        assert!(lagos < abuja, "{}", g.explanation);
    }

    #[test]
    fn a_bare_surname_joins_the_bearer_named_in_the_same_report_and_no_other() {
        // both Bokerias have ages; one outlet names the man in full, another reprints
        // the story the same day with the surname alone
        let store = claims(&[
            r#"{"id":"a","source":"A","published":"2016-03-09","subject":"Giorgi Bokeria","predicate":"age","value":"47"}"#,
            r#"{"id":"b","source":"B","published":"2016-03-09","subject":"Tamar Bokeria","predicate":"age","value":"52"}"#,
            r#"{"id":"c","source":"C","published":"2016-03-09","subject":"Bokeria","predicate":"age","value":"47"}"#,
            r#"{"id":"d","source":"D","published":"2016-03-10","subject":"Bokeria","predicate":"age","value":"52"}"#,
            r#"{"id":"e","source":"E","published":"2016-03","subject":"Bokeria","predicate":"age","value":"47"}"#,
        ]);
        let report = reconcile(&store, &Registry::new(), &ReconcileOptions::default());
        let (g, reason) = placed(&report, "c");
        assert_eq!(g.claims, ["a", "c"]);
        assert_eq!(reason, Some(grouping::BEARER_OF_THE_REPORT));
        // a value that agrees with one bearer, a day later or on an unknown day, is no
        // report of it: the bare surname stays apart, a possible match
        for id in ["d", "e"] {
            assert_eq!(placed(&report, id).0.subject, "Bokeria", "{id}");
        }
        let (g, _) = placed(&report, "b");
        assert_eq!(g.claims, ["b"]);
    }

    #[test]
    fn a_bare_surname_joins_a_bearer_dominant_on_its_fact_and_not_a_close_one() {
        // six sources give Giorgi Bokeria's age, one Tamar's; the bare surname's age,
        // on another day, goes with the man the press writes about
        let mut lines: Vec<String> = (0..6)
            .map(|i| {
                format!(
                    r#"{{"id":"g{i}","source":"S{i}","published":"2016-04-0{}","subject":"Giorgi Bokeria","predicate":"age","value":"47"}}"#,
                    i + 1
                )
            })
            .collect();
        lines.push(r#"{"id":"t","source":"T","published":"2016-03-01","subject":"Tamar Bokeria","predicate":"age","value":"52"}"#.to_string());
        lines.push(r#"{"id":"c","source":"C","published":"2016-05-20","subject":"Bokeria","predicate":"age","value":"52"}"#.to_string());
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        let report = reconcile(
            &claims(&refs),
            &Registry::new(),
            &ReconcileOptions::default(),
        );
        let (g, reason) = placed(&report, "c");
        assert_eq!(g.subject, "Giorgi Bokeria");
        assert_eq!(reason, Some(grouping::DOMINANT_BEARER));
        // placed by the counts of claims, not by the value: the age it gives differs
        assert_eq!(g.verdict, Verdict::Disagree, "{}", g.explanation);
        // five against one is short of twice the other's one plus two (six)
        let refs: Vec<&str> = refs
            .into_iter()
            .filter(|l| !l.contains(r#""id":"g5""#))
            .collect();
        let report = reconcile(
            &claims(&refs),
            &Registry::new(),
            &ReconcileOptions::default(),
        );
        assert_eq!(placed(&report, "c").0.subject, "Bokeria");
    }

    fn one_group(lines: &[&str]) -> Group {
        let report = reconcile(
            &claims(lines),
            &Registry::new(),
            &ReconcileOptions::default(),
        );
        assert_eq!(report.groups.len(), 1, "{:#?}", report.groups);
        report.groups.into_iter().next().unwrap()
    }

    #[test]
    fn round_figures_touching_at_their_edge_agree() {
        let g = one_group(&[
            r#"{"source":"A","published":"2021-01-10","subject":"X","predicate":"population","value":"2 million"}"#,
            r#"{"source":"B","published":"2021-01-10","subject":"X","predicate":"population","value":"1.5 million"}"#,
        ]);
        assert_eq!(g.verdict, Verdict::Agree, "{}", g.explanation);
    }

    #[test]
    fn units_signs_events_and_empty_values_from_other_writers() {
        // one area in three units, a month-precision date, an empty value
        let g = one_group(&[
            r#"{"source":"A","published":"2021-01","subject":"Lake X","predicate":"area","value":1000,"unit":"sq mi"}"#,
            r#"{"source":"B","published":"2021","subject":"X lake","predicate":"area","value":"2,590 km2"}"#,
            r#"{"source":"C","published":"2021-01-10","subject":"ozero X","predicate":"area","value":259000,"unit":"hectares"}"#,
            r#"{"source":"D","published":"2021-01-10","subject":"Lake X","predicate":"area","value":"n/a"}"#,
        ]);
        assert_eq!(g.verdict, Verdict::Agree, "{}", g.explanation);
        assert_eq!(g.values[0].published.to_string(), "2021-01");
        assert!(g.explanation.contains("no value"), "{}", g.explanation);
        assert_eq!(g.gap, None);
        // changes written three ways, one event written three ways
        let g = one_group(&[
            r#"{"source":"A","published":"2016-03-02","subject":"P","predicate":"vote_share_change","value":"down 1.4 points","qualifiers":{"event":"2016 parliamentary elections"}}"#,
            r#"{"source":"B","published":"2016-03-02","subject":"P","predicate":"vote_share_change","value":-1.4,"unit":"pp","qualifiers":{"event":"the 2016 legislative election"}}"#,
            r#"{"source":"C","published":"2016-03-02","subject":"P","predicate":"vote_share_change","value":"−1.4","unit":"percentage points","qualifiers":{"event":"Parliamentary Election (2016)"}}"#,
        ]);
        assert_eq!(g.verdict, Verdict::Agree, "{}", g.explanation);
        assert_eq!(g.scope_keys["event"], "2016-parliamentary");
        assert_eq!(g.scope_spellings["event"].len(), 3);
        // a unit outside the tables compares only with itself, and the report says so
        let report = reconcile(
            &claims(&[
                r#"{"source":"A","published":"2021-01-10","subject":"X","predicate":"length","value":5,"unit":"furlongs"}"#,
                r#"{"source":"B","published":"2021-01-10","subject":"X","predicate":"length","value":5,"unit":"Furlong"}"#,
            ]),
            &Registry::new(),
            &ReconcileOptions::default(),
        );
        assert_eq!(report.groups[0].verdict, Verdict::Agree);
        assert!(
            report.groups[0]
                .explanation
                .contains("not in the unit table")
        );
    }

    #[test]
    fn disagreements_come_first_and_every_claim_lands_once() {
        let store = claims(&[
            r#"{"id":"a","source":"A","published":"2021-01-10","subject":"X","predicate":"p","value":"5"}"#,
            r#"{"id":"b","source":"B","published":"2021-01-10","subject":"Y","predicate":"p","value":"5"}"#,
            r#"{"id":"c","source":"C","published":"2021-01-10","subject":"Y","predicate":"p","value":"9"}"#,
        ]);
        let report = reconcile(&store, &Registry::new(), &ReconcileOptions::default());
        assert_eq!(report.groups[0].verdict, Verdict::Disagree);
        let mut ids: Vec<&str> = report
            .groups
            .iter()
            .flat_map(|g| g.claims.iter().map(SmolStr::as_str))
            .collect();
        ids.sort_unstable();
        assert_eq!(ids, ["a", "b", "c"]);
    }
}
