//! Names → who is who.
//!
//! - [`NameKey`] takes a name apart: folded words, variant keys, roles (given name,
//!   patronymic, surname, initial, organisation word) and the kind of thing it names.
//! - [`MatchStrategy`] is the one interface of every matcher: a score in [0, 1], a
//!   [`Decision`] and the [`Evidence`] for it. Strategies: [`Exact`], [`Levenshtein`],
//!   [`JaroWinkler`], [`Phonetic`] (Daitch–Mokotoff), [`VariantKey`] and the default
//!   [`Hybrid`], which decides three ways (match, possible, no match).
//! - [`NameMatcher`]: a strategy that decides three ways and compares parsed names;
//!   the one matcher a run uses for every name decision ([`Banded`] makes one of any
//!   strategy).
//! - [`cluster`] groups many mentions into entities; [`blocking`] decides which
//!   names are ever compared.
//!
//! ```
//! use crosscheck::names::{Decision, Hybrid, MatchStrategy};
//! let r = Hybrid::default().compare("Qasym-Zhomart Toqaev", "Kassym-Jomart Tokayev");
//! assert_eq!(r.decision, Decision::Match);
//! assert!(!r.evidence.is_empty());
//! ```

mod acronyms;
mod baseline;
pub mod blocking;
mod candidates;
mod cluster;
#[cfg(feature = "eval")]
mod eval;
mod given_names;
mod hybrid;
mod joined;
mod parts;
mod places;
mod romanization;
mod similarity;
mod strategy;
mod word_table;

pub use acronyms::{SKIPPABLE_WORDS, STATE_QUALIFIERS};
pub use baseline::{BaselineThresholds, Exact, JaroWinkler, Levenshtein, Phonetic, VariantKey};
pub use cluster::{
    CANDIDATE_LIMITS, CandidateLimits, Cluster, Clustering, POSSIBLE_PER_CLUSTER, PossibleLink,
    cluster, cluster_parsed, cluster_with,
};
#[cfg(feature = "eval")]
pub use eval::{LabelledPair, PairsError, Scores, evaluate, evaluate_by_category, parse_pairs_tsv};
pub use given_names::{
    FORM_SIMILARITY, GIVEN_NAMES_TSV, different_given_names, other_forms, same_given_name,
};
pub use hybrid::{Hybrid, HybridConfig};
pub(crate) use joined::Joined;
pub use parts::{GENERATION_NUMERALS, Gender, HONORIFICS, LEGAL_FORMS, NameKey, NameToken, Role};
pub use places::{COUNTRIES_TSV, DEMONYM_ENDINGS, PLACE_WORDS, REGIONS};
pub(crate) use places::{country_of_demonym, is_country, trailing_region};
pub use romanization::{MIN_SUPPORT, ROMANIZATION_COSTS_TSV, ROMANIZATION_TRIGRAMS_TSV};
#[cfg(feature = "eval")]
pub use romanization::{derive_romanization_costs, derive_romanization_trigrams};
pub use similarity::{
    EditCosts, EditDistance, confusable, edit_distance, key_similarity, romanized_edit_distance,
    weighted_distance,
};
pub use strategy::{
    Banded, Decision, Evidence, MatchResult, MatchStrategy, NameKind, NameMatcher, ScoredDecision,
};

/// Every strategy of the crate, baselines first and the default hybrid last.
///
/// ```
/// let names: Vec<_> = crosscheck::names::all_strategies().iter().map(|s| s.name()).collect();
/// assert_eq!(names.last(), Some(&"hybrid"));
/// ```
pub fn all_strategies() -> Vec<Box<dyn MatchStrategy + Send + Sync>> {
    vec![
        Box::new(Exact),
        Box::new(Levenshtein::default()),
        Box::new(JaroWinkler::default()),
        Box::new(Phonetic::default()),
        Box::new(VariantKey),
        Box::new(Hybrid::default()),
    ]
}
