//! Labelled name pairs and how well a strategy decides them.

use serde::Serialize;
use thiserror::Error;

use super::strategy::{Decision, MatchStrategy};

/// Two names and whether they denote the same entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelledPair {
    /// First name as written.
    pub name_a: String,
    /// Second name as written.
    pub name_b: String,
    /// True when both names denote one entity.
    pub same: bool,
    /// The optional `category` column (positive, gendered, relatives …), if present.
    pub category: Option<String>,
}

/// What went wrong reading a pairs file.
#[derive(Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum PairsError {
    /// The file has no header line.
    #[error("the pairs file is empty: expected a header line `name_a<TAB>name_b<TAB>label`")]
    Empty,
    /// A required column is missing from the header.
    #[error(
        "line 1: the header lacks the column `{0}` (expected `name_a<TAB>name_b<TAB>label`, extra columns allowed)"
    )]
    MissingColumn(&'static str),
    /// A data line has fewer fields than the header requires.
    #[error("line {line}: missing field `{field}`")]
    MissingField {
        /// 1-based line number.
        line: usize,
        /// The column name.
        field: &'static str,
    },
    /// A label other than 0 or 1.
    #[error("line {line}: field `label` is {value:?}, expected 1 (same) or 0 (different)")]
    BadLabel {
        /// 1-based line number.
        line: usize,
        /// What was found.
        value: String,
    },
}

/// Reads a tab-separated pairs file with a header naming at least `name_a`, `name_b`
/// and `label` (1 same, 0 different), in any order; other columns are kept out of the
/// way, except `category`, which is read when present. Blank lines are skipped.
///
/// ```
/// use crosscheck::names::parse_pairs_tsv;
/// let pairs = parse_pairs_tsv("name_a\tname_b\tlabel\nNazarbayev\tNazarbaev\t1\n").unwrap();
/// assert!(pairs[0].same);
/// let err = parse_pairs_tsv("name_a\tname_b\tlabel\nA\tB\tyes\n").unwrap_err();
/// assert_eq!(err.to_string(), "line 2: field `label` is \"yes\", expected 1 (same) or 0 (different)");
/// ```
pub fn parse_pairs_tsv(text: &str) -> Result<Vec<LabelledPair>, PairsError> {
    let mut lines = text.lines().enumerate();
    let (_, header) = lines.next().ok_or(PairsError::Empty)?;
    let columns: Vec<&str> = header.trim_end_matches('\r').split('\t').collect();
    let find = |name: &'static str| {
        columns
            .iter()
            .position(|c| c.trim() == name)
            .ok_or(PairsError::MissingColumn(name))
    };
    let (ia, ib, il) = (find("name_a")?, find("name_b")?, find("label")?);
    let icat = columns.iter().position(|c| c.trim() == "category");
    let mut pairs = Vec::new();
    for (n, line) in lines {
        let line_no = n + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let field = |i: usize, name: &'static str| {
            fields.get(i).copied().ok_or(PairsError::MissingField {
                line: line_no,
                field: name,
            })
        };
        let (a, b, label) = (
            field(ia, "name_a")?,
            field(ib, "name_b")?,
            field(il, "label")?,
        );
        let same = match label.trim() {
            "1" => true,
            "0" => false,
            other => {
                return Err(PairsError::BadLabel {
                    line: line_no,
                    value: other.to_string(),
                });
            }
        };
        pairs.push(LabelledPair {
            name_a: a.to_string(),
            name_b: b.to_string(),
            same,
            category: icat.and_then(|i| fields.get(i)).map(|c| c.to_string()),
        });
    }
    Ok(pairs)
}

/// Confusion counts and the measures derived from them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Scores {
    /// Same-entity pairs decided as a match.
    pub true_positives: usize,
    /// Different-entity pairs decided as a match.
    pub false_positives: usize,
    /// Same-entity pairs not decided as a match (a "possible" counts here).
    pub false_negatives: usize,
    /// Different-entity pairs not decided as a match.
    pub true_negatives: usize,
}

impl Scores {
    /// Adds one decided pair.
    pub fn record(&mut self, same: bool, decided_match: bool) {
        match (same, decided_match) {
            (true, true) => self.true_positives += 1,
            (false, true) => self.false_positives += 1,
            (true, false) => self.false_negatives += 1,
            (false, false) => self.true_negatives += 1,
        }
    }

    /// Share of decided matches that are right (1 when nothing was decided a match).
    pub fn precision(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }

    /// Share of same-entity pairs decided a match (1 when there are none).
    pub fn recall(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }

    /// Share of different-entity pairs decided a match (0 when there are none): on a
    /// set of look-alike negatives, the rate of false merges.
    pub fn false_match_rate(&self) -> f64 {
        1.0 - ratio(
            self.true_negatives,
            self.true_negatives + self.false_positives,
        )
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        1.0
    } else {
        num as f64 / den as f64
    }
}

/// Decides every pair with `strategy` and counts the outcomes. Only
/// [`Decision::Match`] counts as a match; a possible match counts as none.
///
/// ```
/// use crosscheck::names::{Hybrid, evaluate, parse_pairs_tsv};
/// let pairs = parse_pairs_tsv(
///     "name_a\tname_b\tlabel\nNazarbayev\tNazarbaev\t1\nNazarbayev\tNazarbayeva\t0\n",
/// ).unwrap();
/// let s = evaluate(&Hybrid::default(), &pairs);
/// assert_eq!((s.precision(), s.recall()), (1.0, 1.0));
/// ```
pub fn evaluate<S: MatchStrategy + ?Sized>(strategy: &S, pairs: &[LabelledPair]) -> Scores {
    let mut scores = Scores::default();
    for p in pairs {
        let decided = strategy.compare(&p.name_a, &p.name_b).decision == Decision::Match;
        scores.record(p.same, decided);
    }
    scores
}

/// Like [`evaluate`], with the counts split by the pairs' `category` (pairs without
/// one under `-`), categories in order of first appearance.
///
/// ```
/// use crosscheck::names::{Hybrid, evaluate_by_category, parse_pairs_tsv};
/// let pairs = parse_pairs_tsv(
///     "name_a\tname_b\tlabel\tcategory\nNazarbayev\tNazarbaev\t1\ttranslit\nCrawley\tCrowley\t0\tone_letter\n",
/// ).unwrap();
/// let by = evaluate_by_category(&Hybrid::default(), &pairs);
/// assert_eq!(by["translit"].recall(), 1.0);
/// assert_eq!(by["one_letter"].false_match_rate(), 0.0);
/// ```
pub fn evaluate_by_category<S: MatchStrategy + ?Sized>(
    strategy: &S,
    pairs: &[LabelledPair],
) -> indexmap::IndexMap<String, Scores> {
    let mut by: indexmap::IndexMap<String, Scores> = indexmap::IndexMap::new();
    for p in pairs {
        let decided = strategy.compare(&p.name_a, &p.name_b).decision == Decision::Match;
        by.entry(p.category.clone().unwrap_or_else(|| "-".into()))
            .or_default()
            .record(p.same, decided);
    }
    by
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_columns_in_any_order_and_extra_columns() {
        let p =
            parse_pairs_tsv("label\tx\tname_b\tname_a\tcategory\n0\t?\tB\tA\tgendered\n").unwrap();
        assert_eq!(p[0].name_a, "A");
        assert_eq!(p[0].name_b, "B");
        assert!(!p[0].same);
        assert_eq!(p[0].category.as_deref(), Some("gendered"));
    }

    #[test]
    fn errors_name_line_and_field() {
        assert_eq!(parse_pairs_tsv(""), Err(PairsError::Empty));
        assert_eq!(
            parse_pairs_tsv("a\tname_b\tlabel\n"),
            Err(PairsError::MissingColumn("name_a"))
        );
        assert_eq!(
            parse_pairs_tsv("name_a\tname_b\tlabel\nA\tB\t1\n\nA\tB\n"),
            Err(PairsError::MissingField {
                line: 4,
                field: "label"
            })
        );
    }

    #[test]
    fn scores_count_correctly() {
        let mut s = Scores::default();
        s.record(true, true);
        s.record(true, false);
        s.record(false, true);
        s.record(false, false);
        assert_eq!(s.precision(), 0.5);
        assert_eq!(s.recall(), 0.5);
        assert_eq!(s.f1(), 0.5);
        assert_eq!(Scores::default().f1(), 1.0);
    }
}
