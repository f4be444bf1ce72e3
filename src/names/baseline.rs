//! The single-technique strategies that name matchers use today. They are kept as
//! honest baselines for [`crate::names::Hybrid`] and as building blocks.

use rphonetic::DaitchMokotoffSoundex;

use super::strategy::{Evidence, MatchResult, MatchStrategy};
use crate::normalize::{fold, variant_key};

/// Decision thresholds of the baseline strategies. One table, documented.
pub struct BaselineThresholds;

impl BaselineThresholds {
    /// Normalized Levenshtein similarity on case-folded strings.
    pub const LEVENSHTEIN: f64 = 0.8;
    /// Jaro–Winkler similarity on case-folded strings.
    pub const JARO_WINKLER: f64 = 0.9;
}

fn similarity_evidence(compared: &str, score: f64) -> Vec<Evidence> {
    vec![Evidence::Similarity {
        compared: compared.to_string(),
        score,
    }]
}

/// Equal after Unicode case folding, and nothing else.
///
/// ```
/// use crosscheck::names::{Exact, MatchStrategy};
/// assert!(Exact.compare("NUR OTAN", "Nur Otan").is_match());
/// assert!(!Exact.compare("Nur Otan", "Nour Otan").is_match());
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Exact;

impl MatchStrategy for Exact {
    fn name(&self) -> &'static str {
        "exact"
    }
    fn threshold(&self) -> f64 {
        1.0
    }
    fn compare(&self, a: &str, b: &str) -> MatchResult {
        let equal = a.trim().to_lowercase() == b.trim().to_lowercase();
        let score = if equal { 1.0 } else { 0.0 };
        MatchResult::from_threshold(
            score,
            1.0,
            similarity_evidence("case-folded strings", score),
        )
    }
}

/// Normalized Levenshtein similarity of the case-folded strings.
///
/// ```
/// use crosscheck::names::{Levenshtein, MatchStrategy};
/// assert!(Levenshtein::default().compare("Nazarbayev", "Nazarbaev").is_match());
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Levenshtein {
    /// Score at or above which the names match.
    pub threshold: f64,
}

impl Default for Levenshtein {
    fn default() -> Self {
        Levenshtein {
            threshold: BaselineThresholds::LEVENSHTEIN,
        }
    }
}

impl MatchStrategy for Levenshtein {
    fn name(&self) -> &'static str {
        "levenshtein"
    }
    fn threshold(&self) -> f64 {
        self.threshold
    }
    fn compare(&self, a: &str, b: &str) -> MatchResult {
        let score = strsim::normalized_levenshtein(&a.to_lowercase(), &b.to_lowercase());
        MatchResult::from_threshold(
            score,
            self.threshold,
            similarity_evidence("case-folded strings", score),
        )
    }
}

/// Jaro–Winkler similarity of the case-folded strings.
///
/// ```
/// use crosscheck::names::{JaroWinkler, MatchStrategy};
/// assert!(JaroWinkler::default().compare("Tokayev", "Tokaev").is_match());
/// ```
#[derive(Debug, Clone, Copy)]
pub struct JaroWinkler {
    /// Score at or above which the names match.
    pub threshold: f64,
}

impl Default for JaroWinkler {
    fn default() -> Self {
        JaroWinkler {
            threshold: BaselineThresholds::JARO_WINKLER,
        }
    }
}

impl MatchStrategy for JaroWinkler {
    fn name(&self) -> &'static str {
        "jaro_winkler"
    }
    fn threshold(&self) -> f64 {
        self.threshold
    }
    fn compare(&self, a: &str, b: &str) -> MatchResult {
        let score = strsim::jaro_winkler(&a.to_lowercase(), &b.to_lowercase());
        MatchResult::from_threshold(
            score,
            self.threshold,
            similarity_evidence("case-folded strings", score),
        )
    }
}

/// Daitch–Mokotoff soundex, the phonetic code designed for Slavic and Yiddish
/// surnames, on the transliterated words. With branching, a word has several codes;
/// two names match when every word of the shorter name shares a code with a distinct
/// word of the longer one, in any order.
///
/// ```
/// use crosscheck::names::{MatchStrategy, Phonetic};
/// let p = Phonetic::default();
/// assert!(p.compare("Shevchenko", "Шевченко").is_match());
/// assert!(!p.compare("Nazarbayev", "Tokayev").is_match());
/// // a weakness of the code: y between vowels is coded as a consonant
/// assert!(!p.compare("Nazarbayev", "Nazarbaev").is_match());
/// ```
#[derive(Debug, Clone, Default)]
pub struct Phonetic {
    encoder: DaitchMokotoffSoundex,
}

impl Phonetic {
    fn codes(&self, folded: &str) -> Vec<Vec<String>> {
        folded
            .split_ascii_whitespace()
            .map(|w| self.encoder.inner_soundex(w, true))
            .collect()
    }
}

/// Greedy one-to-one assignment: every word of `short` must find an unused word of
/// `long` for which `fits` holds.
fn all_words_fit<T>(short: &[T], long: &[T], fits: impl Fn(&T, &T) -> bool) -> bool {
    let mut used = vec![false; long.len()];
    short.iter().all(
        |s| match (0..long.len()).find(|&j| !used[j] && fits(s, &long[j])) {
            Some(j) => {
                used[j] = true;
                true
            }
            None => false,
        },
    )
}

impl MatchStrategy for Phonetic {
    fn name(&self) -> &'static str {
        "phonetic_dm"
    }
    fn threshold(&self) -> f64 {
        1.0
    }
    fn compare(&self, a: &str, b: &str) -> MatchResult {
        let (ca, cb) = (self.codes(&fold(a)), self.codes(&fold(b)));
        let shares_code = |x: &Vec<String>, y: &Vec<String>| x.iter().any(|c| y.contains(c));
        // greedy assignment depends on which side leads: try both when lengths tie,
        // so the strategy stays symmetric
        let fits = !ca.is_empty()
            && !cb.is_empty()
            && ((ca.len() <= cb.len() && all_words_fit(&ca, &cb, shares_code))
                || (cb.len() <= ca.len() && all_words_fit(&cb, &ca, shares_code)));
        let score = if fits { 1.0 } else { 0.0 };
        MatchResult::from_threshold(
            score,
            1.0,
            similarity_evidence("Daitch-Mokotoff codes of transliterated words", score),
        )
    }
}

/// Equality of the [variant keys](crate::normalize::variant_key) of the whole names,
/// word order ignored.
///
/// ```
/// use crosscheck::names::{MatchStrategy, VariantKey};
/// assert!(VariantKey.compare("Qasym-Zhomart Toqaev", "Tokayev Kassym-Jomart").is_match());
/// assert!(!VariantKey.compare("Nazarbayev", "Nazarbayeva").is_match());
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct VariantKey;

impl MatchStrategy for VariantKey {
    fn name(&self) -> &'static str {
        "variant_key"
    }
    fn threshold(&self) -> f64 {
        1.0
    }
    fn compare(&self, a: &str, b: &str) -> MatchResult {
        let sorted = |s: &str| {
            let key = variant_key(&fold(s));
            let mut words: Vec<String> = key.split(' ').map(str::to_string).collect();
            words.sort_unstable();
            words.join(" ")
        };
        let (ka, kb) = (sorted(a), sorted(b));
        let equal = !ka.is_empty() && ka == kb;
        let score = if equal { 1.0 } else { 0.0 };
        let evidence = if equal {
            vec![Evidence::VariantKeyEqual { key: ka }]
        } else {
            similarity_evidence("variant keys", score)
        };
        MatchResult::from_threshold(score, 1.0, evidence)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn baselines_are_symmetric_on_examples() {
        let strategies: Vec<Box<dyn MatchStrategy>> = vec![
            Box::new(Exact),
            Box::new(Levenshtein::default()),
            Box::new(JaroWinkler::default()),
            Box::new(Phonetic::default()),
            Box::new(VariantKey),
        ];
        for s in &strategies {
            for (a, b) in [("Nazarbayev", "Nazarbaev"), ("Nur Otan", "Nour Otan party")] {
                assert_eq!(s.compare(a, b).score, s.compare(b, a).score, "{}", s.name());
            }
        }
    }

    #[test]
    fn phonetic_handles_empty_names() {
        assert!(!Phonetic::default().compare("", "").is_match());
    }
}
