//! From a store to its findings: resolve subjects, group, decide, explain.
//!
//! [`reconcile`] runs three steps over a [`ClaimStore`]:
//!
//! 1. **Subjects.** Each distinct subject mention is resolved once through the
//!    [`Registry`] (or through its `formerly` name); mentions it does not know are
//!    clustered among themselves. Near misses become possible matches, for review.
//! 2. **Groups.** Claims are grouped by (resolved subject, folded predicate, folded
//!    scope), in order of first appearance. Scope is every qualifier but `method` and
//!    `formerly`.
//! 3. **Verdicts.** Each group is decided ([`Verdict`], by the rules below) and
//!    explained in one line; disagreements come first.
//!
//! Every name decision of a run is made by the one matcher of [`ReconcileOptions`].
//! The findings are a [`Report`]; [`crate::report`] writes it out.
//!
//! # Verdict rules
//!
//! Every value is an interval (a quantity's precision and hedges, a date's
//! granularity, the birth dates an age implies). Values whose intervals chain into
//! each other form one *side*.
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
//! **Change over time.** For the predicates in [`TIME_VARYING_PREDICATES`], without an
//! `as_of` qualifier, sides whose publication dates do not interleave (every claim of
//! one side published before every claim of the next) are a change, not a
//! disagreement: the verdict is *compatible* and the explanation says what changed
//! when.

mod explain;
mod findings;
mod grouping;
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
pub use findings::{Gap, Group, PossibleMatch, Report, Side, SubjectLink, ValueReport};
use grouping::{GroupKey, Layout, lay_out_groups};
use rows::{Members, Seen, build_group};
use scope::resolve_scopes;
pub use scope::{DATE_SCOPE_KEYS, EVENT_KINDS, EVENT_MODIFIERS, REGION_WORDS};
use subjects::{Subject, Subjects, resolve_subjects};
pub use verdict::{TIME_VARYING_PREDICATES, Verdict};

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
}

impl Default for ReconcileOptions {
    fn default() -> ReconcileOptions {
        ReconcileOptions {
            matcher: Arc::new(Hybrid::default()),
        }
    }
}

impl std::fmt::Debug for ReconcileOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReconcileOptions")
            .field("matcher", &self.matcher.name())
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
    let layout = lay_out_groups(store.entries(), counts, &subjects.of_mention, scopes);
    let groups = decide_groups(store, registry, &subjects, &layout);
    Report {
        groups,
        possible_matches: subjects
            .possible
            .into_iter()
            .map(|((mention, candidate), (score, claims))| PossibleMatch {
                mention,
                candidate,
                score,
                claims,
            })
            .collect(),
    }
}

/// Step 3: each group decided and described; disagreements first, then compatible,
/// then agreements, then groups of a single source, each in order of first appearance (gathered apart as they are
/// decided, then joined).
fn decide_groups(
    store: &ClaimStore,
    registry: &Registry,
    subjects: &Subjects,
    layout: &Layout,
) -> Vec<Group> {
    let stored = store.entries();
    let counts = store.key_counts();
    let mut seen_sources = Seen::new(counts.sources);
    let mut seen_mentions = Seen::new(counts.mentions);
    let mut by_verdict: [Vec<Group>; 4] = Default::default();
    for (g, key) in layout.keys.iter().enumerate() {
        let idx = layout.claims_of(g);
        let members: Vec<&Claim> = idx.iter().map(|&i| &*stored[i as usize].claim).collect();
        let keys: Vec<ClaimKeys> = idx.iter().map(|&i| stored[i as usize].keys).collect();
        let outcome = verdict::decide(&members, layout.predicate(key), layout.has_as_of(key));
        let subject = canonical_subject(key, &members, registry, subjects);
        let members = Members {
            claims: &members,
            keys: &keys,
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
            &mut seen_sources,
            &mut seen_mentions,
        );
        for mention in &group.mentions {
            if let Some(link) = subjects.links.get(mention) {
                group.subject_links.push(SubjectLink {
                    mention: link.mention.clone(),
                    linked_to: link.to.clone(),
                    reason: SmolStr::new(link.reason),
                });
            }
        }
        let rank = match group.verdict {
            Verdict::Disagree => 0,
            Verdict::Compatible => 1,
            Verdict::Agree => 2,
            Verdict::Single => 3,
        };
        by_verdict[rank].push(group);
    }
    let [mut groups, compatible, agree, single] = by_verdict;
    groups.reserve(compatible.len() + agree.len() + single.len());
    groups.extend(compatible);
    groups.extend(agree);
    groups.extend(single);
    groups
}

/// The name a group's subject goes by: a registry entity's name in force at the
/// group's earliest claim, or a cluster's most frequent spelling.
fn canonical_subject(
    key: &GroupKey,
    members: &[&Claim],
    registry: &Registry,
    subjects: &Subjects,
) -> SmolStr {
    // a group has at least one claim
    let earliest = members
        .iter()
        .map(|c| c.source.published)
        .fold(members[0].source.published, Date::min);
    match key.0 {
        Subject::Entity(e) => SmolStr::new(registry.entity(e).name_on(earliest)),
        Subject::Cluster(c) => subjects
            .clustering
            .clusters
            .get(c)
            .map(|cl| SmolStr::new(&cl.representative))
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
