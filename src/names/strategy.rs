//! The one interface every matching strategy implements, and what it returns.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::parts::NameKey;

/// What a strategy concludes about two names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// The names denote the same entity.
    Match,
    /// They may; a person should review the pair. Never merged automatically.
    Possible,
    /// They denote different entities.
    NoMatch,
}

impl fmt::Display for Decision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Decision::Match => "match",
            Decision::Possible => "possible",
            Decision::NoMatch => "no match",
        })
    }
}

/// The kind of thing a name denotes, as far as the name alone tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NameKind {
    /// Has a person's parts: a surname suffix, a patronymic, initials or a title.
    Person,
    /// Carries an organisation word (party, council, bank …) or is an acronym.
    Organisation,
    /// Carries an administrative-area word (region, oblast, province …).
    AdminArea,
    /// Nothing in the name says which kind it is (many place and party names).
    Unknown,
}

impl fmt::Display for NameKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NameKind::Person => "person",
            NameKind::Organisation => "organisation",
            NameKind::AdminArea => "administrative area",
            NameKind::Unknown => "unknown kind",
        })
    }
}

/// One reason behind a score, readable by a person reviewing the pair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Evidence {
    /// A strategy's raw similarity on its own representation of the names.
    Similarity {
        /// What was compared (e.g. "case-folded strings").
        compared: String,
        /// The similarity in [0, 1].
        score: f64,
    },
    /// A name written in another script was romanized.
    Transliterated {
        /// As written.
        from: String,
        /// Romanized and folded.
        to: String,
    },
    /// A word mixing letters of two scripts (a likely homoglyph).
    MixedScript {
        /// The word as written.
        word: String,
    },
    /// Both names share one variant key.
    VariantKeyEqual {
        /// The shared key.
        key: String,
    },
    /// The names are equal once their words are joined (Nur-Sultan / Nursultan).
    JoinedEqual {
        /// The joined key.
        key: String,
    },
    /// Two name parts compared by weighted edit distance on their variant keys.
    PartSimilarity {
        /// Which part (surname, surname stem, given name).
        part: Cow<'static, str>,
        /// First side's key.
        a: String,
        /// Second side's key.
        b: String,
        /// Similarity in [0, 1].
        score: f64,
    },
    /// The parts were matched in a different order (surname first on one side).
    OrderSwapped,
    /// An initial agrees with the other side's name part.
    InitialMatches {
        /// The initial.
        initial: String,
        /// The part it stands for.
        name: String,
    },
    /// An initial contradicts the other side's name part.
    InitialConflict {
        /// The initial.
        initial: String,
        /// The part it contradicts.
        name: String,
    },
    /// One side gives only a surname: it fits, but could be any bearer of it.
    SurnameOnly {
        /// The surname.
        surname: String,
    },
    /// The only shared part is a given name; the surnames differ or one is absent.
    GivenNameOnly {
        /// The shared given name.
        given: String,
    },
    /// Masculine and feminine forms of one surname: different people.
    GenderedForms {
        /// First side's surname key.
        a: String,
        /// Second side's surname key.
        b: String,
    },
    /// Same surname, different given names: relatives, not one person.
    GivenNamesDiffer {
        /// First side's given names.
        a: String,
        /// Second side's given names.
        b: String,
    },
    /// Same surname, different patronymics.
    PatronymicsDiffer {
        /// First side's patronymic.
        a: String,
        /// Second side's patronymic.
        b: String,
    },
    /// An acronym agrees with the initials of the other name.
    AcronymExpansion {
        /// The acronym.
        acronym: String,
        /// The name it abbreviates.
        expansion: String,
    },
    /// Distinctive words found on one side only.
    UnmatchedWords {
        /// The words (folded).
        words: Vec<String>,
    },
    /// The names differ in a generic place word (West Alton / Alton, York County /
    /// York): different places.
    PlaceWordsDiffer {
        /// First side (folded).
        a: String,
        /// Second side (folded).
        b: String,
    },
    /// The names are qualified by different regions ("Springfield, Ohio" /
    /// "Springfield, IL"): different places.
    RegionsDiffer {
        /// First side as written.
        a: String,
        /// Second side as written.
        b: String,
    },
    /// The names end in different regnal or generational numerals (Elizabeth II /
    /// Elizabeth I, Benedict XVI / Benedict XV, Jr / Sr): different people.
    NumeralsDiffer {
        /// First side's numeral.
        a: String,
        /// Second side's numeral.
        b: String,
    },
    /// Neither name shows signs of romanization, and their words are spelt
    /// differently (Crawley / Crowley): a difference in letters is another name.
    LatinSpellingsDiffer {
        /// First side (folded).
        a: String,
        /// Second side (folded).
        b: String,
    },
    /// The names denote different kinds of thing (a person and a place …).
    KindsDiffer {
        /// First side's kind.
        a: NameKind,
        /// Second side's kind.
        b: NameKind,
    },
}

impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Evidence::Similarity { compared, score } => {
                write!(f, "similarity {score:.3} on {compared}")
            }
            Evidence::Transliterated { from, to } => write!(f, "romanized \"{from}\" as \"{to}\""),
            Evidence::MixedScript { word } => {
                write!(f, "\"{word}\" mixes letters of two scripts")
            }
            Evidence::VariantKeyEqual { key } => write!(f, "same variant key \"{key}\""),
            Evidence::JoinedEqual { key } => write!(f, "equal once words are joined: \"{key}\""),
            Evidence::PartSimilarity { part, a, b, score } => {
                write!(f, "{part} \"{a}\" ~ \"{b}\": {score:.3}")
            }
            Evidence::OrderSwapped => f.write_str("name parts in a different order"),
            Evidence::InitialMatches { initial, name } => {
                write!(f, "initial \"{initial}\" fits \"{name}\"")
            }
            Evidence::InitialConflict { initial, name } => {
                write!(f, "initial \"{initial}\" contradicts \"{name}\"")
            }
            Evidence::SurnameOnly { surname } => write!(
                f,
                "one side gives only the surname \"{surname}\": any bearer of it fits"
            ),
            Evidence::GivenNameOnly { given } => {
                write!(f, "only the given name \"{given}\" is shared")
            }
            Evidence::GenderedForms { a, b } => write!(
                f,
                "\"{a}\" and \"{b}\" are masculine and feminine forms: different people"
            ),
            Evidence::GivenNamesDiffer { a, b } => {
                write!(f, "same surname, different given names \"{a}\" / \"{b}\"")
            }
            Evidence::PatronymicsDiffer { a, b } => {
                write!(f, "different patronymics \"{a}\" / \"{b}\"")
            }
            Evidence::AcronymExpansion { acronym, expansion } => {
                write!(f, "\"{acronym}\" abbreviates \"{expansion}\"")
            }
            Evidence::UnmatchedWords { words } => {
                write!(f, "words on one side only: {}", words.join(", "))
            }
            Evidence::PlaceWordsDiffer { a, b } => {
                write!(
                    f,
                    "\"{a}\" and \"{b}\" differ in a generic place word: different places"
                )
            }
            Evidence::RegionsDiffer { a, b } => {
                write!(f, "\"{a}\" and \"{b}\" are in different regions")
            }
            Evidence::NumeralsDiffer { a, b } => {
                write!(f, "different numerals \"{a}\" / \"{b}\": different people")
            }
            Evidence::LatinSpellingsDiffer { a, b } => write!(
                f,
                "\"{a}\" and \"{b}\" show no romanization and are spelt differently"
            ),
            Evidence::KindsDiffer { a, b } => write!(f, "a {a} and a {b}"),
        }
    }
}

/// The outcome of comparing two names without the reasons: what the stages that only
/// act on the decision (clustering, registry lookups) keep of a [`MatchResult`].
///
/// ```
/// use crosscheck::names::{Decision, Hybrid, NameKey, NameMatcher, ScoredDecision};
/// let (a, b) = (NameKey::parse("Nur Otan"), NameKey::parse("Nour Otan"));
/// let h = Hybrid::default();
/// let full = h.compare_keys(&a, &b);
/// assert_eq!(h.decide_keys(&a, &b), ScoredDecision { score: full.score, decision: full.decision });
/// assert_eq!(ScoredDecision::from_bands(0.8, 0.86, 0.72).decision, Decision::Possible);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ScoredDecision {
    /// Similarity in [0, 1].
    pub score: f64,
    /// The strategy's decision at its thresholds.
    pub decision: Decision,
}

impl ScoredDecision {
    /// The three-way decision for `score`: match at or above `match_at`, possible at or
    /// above `possible_at`, no match below.
    pub fn from_bands(score: f64, match_at: f64, possible_at: f64) -> ScoredDecision {
        let decision = if score >= match_at {
            Decision::Match
        } else if score >= possible_at {
            Decision::Possible
        } else {
            Decision::NoMatch
        };
        ScoredDecision { score, decision }
    }

    /// True when the decision is [`Decision::Match`].
    pub fn is_match(&self) -> bool {
        self.decision == Decision::Match
    }
}

/// The outcome of comparing two names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatchResult {
    /// Similarity in [0, 1].
    pub score: f64,
    /// The strategy's decision at its thresholds.
    pub decision: Decision,
    /// Why: the comparisons and rules that produced the score.
    pub evidence: Vec<Evidence>,
}

impl MatchResult {
    /// Builds a result with a two-way decision at `threshold` (score ≥ threshold matches).
    pub fn from_threshold(score: f64, threshold: f64, evidence: Vec<Evidence>) -> Self {
        MatchResult::from_bands(score, threshold, threshold, evidence)
    }

    /// Builds a result with a three-way decision: match at or above `match_at`,
    /// possible at or above `possible_at`, no match below.
    ///
    /// ```
    /// use crosscheck::names::{Decision, MatchResult};
    /// assert_eq!(MatchResult::from_bands(0.8, 0.86, 0.72, vec![]).decision, Decision::Possible);
    /// ```
    pub fn from_bands(
        score: f64,
        match_at: f64,
        possible_at: f64,
        evidence: Vec<Evidence>,
    ) -> Self {
        let ScoredDecision { score, decision } =
            ScoredDecision::from_bands(score, match_at, possible_at);
        MatchResult {
            score,
            decision,
            evidence,
        }
    }

    /// True when the decision is [`Decision::Match`].
    pub fn is_match(&self) -> bool {
        self.decision == Decision::Match
    }
}

/// A way of deciding whether two names denote the same entity.
///
/// Every strategy takes the names as written (raw strings): whatever normalization
/// it needs is part of its work and of its cost.
///
/// ```
/// use crosscheck::names::{Hybrid, JaroWinkler, MatchStrategy};
/// let strategies: Vec<Box<dyn MatchStrategy>> =
///     vec![Box::new(JaroWinkler::default()), Box::new(Hybrid::default())];
/// for s in &strategies {
///     let r = s.compare("Nazarbayev", "Назарбаев");
///     assert!((0.0..=1.0).contains(&r.score), "{}", s.name());
/// }
/// ```
pub trait MatchStrategy {
    /// A short stable name, used in benchmark output ("hybrid", "jaro_winkler" …).
    fn name(&self) -> &'static str;
    /// The score at or above which the strategy decides [`Decision::Match`].
    fn threshold(&self) -> f64;
    /// Compares two names as written.
    fn compare(&self, a: &str, b: &str) -> MatchResult;
}

/// A strategy that decides three ways (match, possible, no match) and can be handed
/// to every stage that decides who is who: registry lookups, clustering, extraction.
/// Choose one per run and pass it through
/// [`ReconcileOptions::with_matcher`](crate::reconcile::ReconcileOptions::with_matcher).
///
/// [`Hybrid`](super::Hybrid) is one; [`Banded`] makes one of any two-way strategy.
/// Comparing parsed names ([`NameMatcher::compare_keys`]) spares the parsing when one
/// name is compared with many; the default compares the names as written.
pub trait NameMatcher: MatchStrategy + Send + Sync {
    /// Compares two names that were already parsed.
    fn compare_keys(&self, a: &NameKey, b: &NameKey) -> MatchResult {
        self.compare(&a.raw, &b.raw)
    }

    /// The score and decision of [`compare_keys`](NameMatcher::compare_keys), always
    /// the same, for callers that do not show the evidence. A strategy may compute it
    /// without writing the evidence; the default drops it.
    fn decide_keys(&self, a: &NameKey, b: &NameKey) -> ScoredDecision {
        let r = self.compare_keys(a, b);
        ScoredDecision {
            score: r.score,
            decision: r.decision,
        }
    }
}

/// Any [`MatchStrategy`] with a review band below its threshold: a score at or above
/// the strategy's threshold is a match, at or above `possible_at` a possible match,
/// below it no match.
///
/// ```
/// use crosscheck::names::{Banded, Decision, JaroWinkler, MatchStrategy};
/// let banded = Banded::new(JaroWinkler::default(), 0.8);
/// assert_eq!(banded.compare("Nazarbayev", "Nazarbayev").decision, Decision::Match);
/// assert_eq!(banded.compare("Nazarbayev", "Nazarbaev").decision, Decision::Match);
/// assert_eq!(banded.compare("Nazarbayev", "Tokayev").decision, Decision::NoMatch);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Banded<S> {
    strategy: S,
    possible_at: f64,
}

impl<S: MatchStrategy> Banded<S> {
    /// `strategy`, with possible matches from `possible_at` (clamped to at most the
    /// strategy's threshold) up to its threshold.
    pub fn new(strategy: S, possible_at: f64) -> Banded<S> {
        let possible_at = possible_at.min(strategy.threshold());
        Banded {
            strategy,
            possible_at,
        }
    }

    /// The score from which a pair is a possible match.
    pub fn possible_at(&self) -> f64 {
        self.possible_at
    }
}

impl<S: MatchStrategy> MatchStrategy for Banded<S> {
    fn name(&self) -> &'static str {
        self.strategy.name()
    }

    fn threshold(&self) -> f64 {
        self.strategy.threshold()
    }

    fn compare(&self, a: &str, b: &str) -> MatchResult {
        let r = self.strategy.compare(a, b);
        MatchResult::from_bands(r.score, self.threshold(), self.possible_at, r.evidence)
    }
}

impl<S: MatchStrategy + Send + Sync> NameMatcher for Banded<S> {}
