//! Claims: what a source said about a subject, with the value read into an interval.
//!
//! A [`Claim`] is a source (name, publication date, optional url), a subject as the
//! source wrote it, a predicate, a [`ClaimValue`], qualifiers and an optional quote.
//! Values are read from how they were written:
//!
//! - [`Quantity`]: a number as an interval, from its precision, hedges ([`HEDGES`]),
//!   vague quantities ([`VAGUE_QUANTITIES`]), ranges, scales and units;
//! - [`DateValue`]: a date as an interval with a [`Granularity`], relative dates
//!   resolved against the publication date ([`parse_date`]), from [`crate::date`];
//! - [`ClaimValue::Age`]: an age, read as the interval of birth dates it implies at the
//!   publication date, so ages given years apart can be compared;
//! - [`ClaimValue::Text`]: anything else, compared after normalization.
//!
//! [`parse_jsonl_line`] reads the JSONL input format, with errors that name the line
//! and the field.

mod input;
mod predicate;
mod quantity;

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use smol_str::SmolStr;

pub use input::{ClaimError, ClaimErrorKind, PUBLISHED_ALIASES, RawValue, parse_jsonl_line};
pub(crate) use input::{DayOrders, parse_jsonl_line_in};
pub use predicate::{PREDICATE_AFFIXES, PREDICATE_SYNONYMS, canonical_predicate};
pub use quantity::{
    CHANGE_WORDS, COUNT_NOUNS, HEDGES, Hedge, HedgeConstants, HedgeKind, Quantity, SCALES,
    TRAILING_HEDGES, UNIT_CONVERSIONS, UNITS, VAGUE_QUANTITIES, is_currency, is_known_unit,
};
pub(crate) use quantity::{NUMBER_WORDS, names_non_finite, number_word_value, write_number};

use crate::date::{Date, DateValue, Granularity, parse_date};
use crate::normalize::{fold, variant_key};

/// Where a claim comes from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Source {
    /// The outlet or document (Associated Press, RFE/RL …).
    pub name: SmolStr,
    /// The day it was published: relative dates and ages are read against it.
    pub published: Date,
    /// Where to read it, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A text value, kept as written and as a comparison key.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TextValue {
    /// As written.
    pub written: SmolStr,
    /// Folded and variant-keyed, for comparison.
    pub key: SmolStr,
}

impl TextValue {
    /// Reads a text value.
    pub fn new(written: &str) -> TextValue {
        TextValue {
            written: SmolStr::new(written.trim()),
            key: SmolStr::new(variant_key(&fold(written))),
        }
    }
}

/// A claim's value, read from how it was written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClaimValue {
    /// A number as an interval.
    Quantity(Quantity),
    /// A date as an interval.
    Date(DateValue),
    /// An age, with the birth dates it implies at the publication date.
    Age {
        /// The age as written, in years.
        age: Quantity,
        /// The birth dates it allows.
        born: DateValue,
    },
    /// Anything else.
    Text(TextValue),
    /// No value: the source left the value empty or wrote a placeholder of
    /// [`EMPTY_VALUES`] ("n/a", "unknown"). Such a claim is kept in its group, shown,
    /// and never disagrees with anything.
    Empty,
}

/// Placeholders that say a source gave no value, compared lowercase: a claim written
/// so is a claim of no value ([`ClaimValue::Empty`]).
pub const EMPTY_VALUES: &[&str] = &[
    "",
    "-",
    "—",
    "n/a",
    "na",
    "n.a.",
    "not available",
    "unknown",
    "none",
    "null",
    "?",
    "–",
    "#n/a",
    "nan",
    "tbd",
    "tba",
    "unk",
    "n.d.",
    "no data",
    "not disclosed",
    "undisclosed",
    "not reported",
    "unknown author",
    "various",
    "various authors",
];

/// True when a written value is a placeholder for no value ([`EMPTY_VALUES`]).
///
/// ```
/// use crosscheck::claim::is_empty_value;
/// assert!(is_empty_value("  N/A ") && is_empty_value("") && is_empty_value("Not Available"));
/// // spreadsheet and data-frame placeholders
/// assert!(is_empty_value("#N/A") && is_empty_value("NaN") && is_empty_value("TBD"));
/// // a book's listing that names nobody
/// assert!(is_empty_value("Unknown Author") && is_empty_value("Various"));
/// assert!(!is_empty_value("0"));
/// ```
pub fn is_empty_value(written: &str) -> bool {
    let t = written.trim();
    // no placeholder is longer: most values are, and skip the comparisons
    t.len() <= 15 && EMPTY_VALUES.iter().any(|e| e.eq_ignore_ascii_case(t))
}

/// Words that make a predicate name a change (vote_share_change, population_growth):
/// every value of such a predicate is a change, whether written "-1.4" or "down 1.4
/// points".
pub const CHANGE_PREDICATE_WORDS: &[&str] = &[
    "change", "growth", "swing", "delta", "increase", "decrease", "decline", "shift",
];

/// True when the predicate names a change ([`CHANGE_PREDICATE_WORDS`]).
///
/// ```
/// use crosscheck::claim::is_change_predicate;
/// assert!(is_change_predicate("vote_share_change") && !is_change_predicate("vote_share"));
/// ```
pub fn is_change_predicate(predicate: &str) -> bool {
    CHANGE_PREDICATE_WORDS
        .iter()
        .any(|w| contains_ignoring_case(predicate, w))
}

/// True when a value opens with a plus sign on a number, with no words of change
/// ("+522250", "+3.2%"; not "up +2", "+0.5 pp" is told apart by its unit).
fn is_plus_signed_number(written: &str) -> bool {
    written
        .trim_start()
        .strip_prefix('+')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// True when `hay` holds `needle` (lowercase ASCII), ignoring ASCII case: every claim's
/// predicate is checked, so without a lowercase copy.
fn contains_ignoring_case(hay: &str, needle: &str) -> bool {
    hay.as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

impl ClaimValue {
    /// Reads a value written as text, for a claim with `predicate` published on
    /// `published`. `age` predicates read an age; otherwise a date is tried first,
    /// then a quantity, and anything else is text. A four-digit number alone or after a
    /// hedge ("2019", "around 1023") reads as a year only for a predicate that names a
    /// date ([`DATE_PREDICATE_WORDS`]); otherwise it is a count.
    ///
    /// ```
    /// use crosscheck::claim::ClaimValue;
    /// use crosscheck::date::Date;
    /// let p: Date = "2021-01-10".parse().unwrap();
    /// assert!(matches!(ClaimValue::parse("nearly 72 per cent", None, "vote_share", p), ClaimValue::Quantity(_)));
    /// assert!(matches!(ClaimValue::parse("March 2019", None, "stepped_down", p), ClaimValue::Date(_)));
    /// assert!(matches!(ClaimValue::parse("67", None, "age", p), ClaimValue::Age { .. }));
    /// assert!(matches!(ClaimValue::parse("Security Council", None, "heads", p), ClaimValue::Text(_)));
    /// assert!(matches!(ClaimValue::parse("around 1023", None, "votes", p), ClaimValue::Quantity(_)));
    /// assert!(matches!(ClaimValue::parse("around 1991", None, "founded", p), ClaimValue::Date(_)));
    /// assert!(matches!(ClaimValue::parse("in 2015", None, "population", p), ClaimValue::Date(_)));
    /// // a plus sign alone makes a change only of points or of a predicate of change
    /// let level = |v: &str, pred: &str| match ClaimValue::parse(v, None, pred, p) {
    ///     ClaimValue::Quantity(q) => !q.change,
    ///     _ => false,
    /// };
    /// assert!(level("+522250", "population") && !level("+0.5 pp", "vote_share"));
    /// assert!(!level("+2.1", "gdp_growth"));
    /// ```
    pub fn parse(
        written: &str,
        unit: Option<&str>,
        predicate: &str,
        published: Date,
    ) -> ClaimValue {
        if is_empty_value(written) {
            return ClaimValue::Empty;
        }
        if is_age(predicate)
            && let Some(age) = Quantity::parse(written, unit.or(Some("years")))
        {
            return ClaimValue::age(age, published);
        }
        if unit.is_none()
            && let Some(d) = parse_date(written, published)
            && (d.granularity != Granularity::Year
                || !is_bare_or_hedged_number(written)
                || is_date_predicate(predicate))
        {
            return ClaimValue::Date(d);
        }
        let rewritten = lone_m_as_million(written, unit, predicate);
        let written = rewritten.as_deref().unwrap_or(written);
        match Quantity::parse(written, unit) {
            Some(mut q) => {
                if is_change_predicate(predicate) {
                    q.change = true;
                } else if q.change && q.unit != "pp" && is_plus_signed_number(written) {
                    // "+522250" for a population is how some exports (Wikidata's
                    // amounts) write any positive figure: a level, not a rise
                    q.change = false;
                }
                ClaimValue::Quantity(q)
            }
            None => ClaimValue::Text(TextValue::new(written)),
        }
    }

    /// Reads a value given as a number. A whole number from 1000 to 2999 without a unit,
    /// for a predicate that names a date ([`DATE_PREDICATE_WORDS`]), is a year.
    ///
    /// ```
    /// use crosscheck::claim::ClaimValue;
    /// use crosscheck::date::Date;
    /// let p: Date = "2021".parse().unwrap();
    /// assert!(matches!(ClaimValue::from_number(1988.0, None, "founded", p), Some(ClaimValue::Date(_))));
    /// assert!(matches!(ClaimValue::from_number(1988.0, None, "votes", p), Some(ClaimValue::Quantity(_))));
    /// ```
    pub fn from_number(
        x: f64,
        unit: Option<&str>,
        predicate: &str,
        published: Date,
    ) -> Option<ClaimValue> {
        // a year given as a number, for a predicate that names a date: founded 1988
        if unit.is_none()
            && is_date_predicate(predicate)
            && x.fract() == 0.0
            && (1000.0..=2999.0).contains(&x)
            && let Some(d) = parse_date(&format!("{x}"), published)
        {
            return Some(ClaimValue::Date(d));
        }
        let mut q = Quantity::from_number(x, unit.or(is_age(predicate).then_some("years")))?;
        q.change |= is_change_predicate(predicate);
        Some(if is_age(predicate) {
            ClaimValue::age(q, published)
        } else {
            ClaimValue::Quantity(q)
        })
    }

    /// An age in whole years at `published`: someone aged A was born more than A + 1
    /// years and at most A years before that day. A publication date written to the
    /// month or the year widens the birth dates by as much.
    fn age(age: Quantity, published: Date) -> ClaimValue {
        // an age is a whole number of years: 67 covers [67, 68), and 70 is not a
        // round number standing for 66 to 74
        let youngest = if age.is_plain() {
            age.value.max(0.0).round() as i32
        } else {
            age.low.max(0.0).round() as i32
        };
        let oldest = if age.is_plain() {
            youngest
        } else {
            (age.high.floor() as i32).max(youngest)
        };
        let born = DateValue {
            start: published.first_day().add_years(-(oldest + 1)).add_days(1),
            end: published.last_day().add_years(-youngest).add_days(1),
            granularity: Granularity::Day,
            relative: true,
        };
        ClaimValue::Age { age, born }
    }

    /// A short description for reports: the value as read.
    pub fn describe(&self) -> SmolStr {
        // reports describe every claim: written on the stack, then kept inline when
        // short or in one shared allocation when long
        let mut out = StackText::default();
        // writing to the stack buffer cannot fail; it spills to the heap when full
        let _ = self.write_description(&mut out);
        SmolStr::new(out.as_str())
    }

    fn write_description(&self, out: &mut impl std::fmt::Write) -> std::fmt::Result {
        match self {
            ClaimValue::Quantity(q) => q.write_to(out),
            ClaimValue::Date(d) => d.write_to(out),
            ClaimValue::Age { age, born } => {
                write_number(out, age.value)?;
                out.write_str(" years (born ")?;
                born.start.write_to(out)?;
                out.write_str(" to ")?;
                born.end.add_days(-1).write_to(out)?;
                out.write_str(")")
            }
            ClaimValue::Text(t) => out.write_str(&t.written),
            ClaimValue::Empty => out.write_str("no value"),
        }
    }
}

/// Text written into a stack buffer, spilling to the heap past its size: long enough
/// for any description of a number, date or age.
#[derive(Default)]
struct StackText(smallvec::SmallVec<[u8; 96]>);

impl StackText {
    fn as_str(&self) -> &str {
        // only whole strs are written in, so the bytes are valid UTF-8
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl std::fmt::Write for StackText {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

/// Words that make a predicate name a date (born, founded, stepped_down …): a bare
/// four-digit number given for it is a year; for any other predicate it is a number
/// (1,100 votes written "1100").
pub const DATE_PREDICATE_WORDS: &[&str] = &[
    "born",
    "birth",
    "died",
    "death",
    "founded",
    "established",
    "created",
    "date",
    "year",
    "since",
    "when",
    "stepped",
    "took",
    "elected",
    "appointed",
    "resigned",
    "renamed",
    "dissolved",
    "opened",
    "closed",
    "started",
    "ended",
    "signed",
    "held",
    "built",
    "published",
    "released",
    "left",
    "joined",
];

/// Words of predicates that measure a length, one documented table: for them a lone
/// "m" after a figure ("8,849 m") is metres; for any other ("a population of about
/// 3.0 m", "revenue 44 m") it is the press's million.
pub const LENGTH_PREDICATE_WORDS: &[&str] = &[
    "height",
    "elevation",
    "altitude",
    "length",
    "depth",
    "distance",
    "width",
    "diameter",
    "radius",
    "tall",
    "long",
    "deep",
    "high",
    "wide",
];

/// `written` with a lone "m" after its figure written out as "million", when the
/// predicate measures no length ([`LENGTH_PREDICATE_WORDS`]) and no unit field is
/// given.
fn lone_m_as_million(written: &str, unit: Option<&str>, predicate: &str) -> Option<String> {
    // the value's ending first: every claim's value is read here, few end so
    let t = written.trim_end();
    let head = t.strip_suffix(" m").or_else(|| t.strip_suffix(" m."))?;
    let length = LENGTH_PREDICATE_WORDS
        .iter()
        .any(|w| contains_ignoring_case(predicate, w));
    (unit.is_none() && !length && head.ends_with(|c: char| c.is_ascii_digit()))
        .then(|| format!("{head} million"))
}

/// True when the predicate names a date ([`DATE_PREDICATE_WORDS`]).
///
/// ```
/// use crosscheck::claim::is_date_predicate;
/// assert!(is_date_predicate("stepped_down") && is_date_predicate("born"));
/// assert!(!is_date_predicate("votes"));
/// ```
pub fn is_date_predicate(predicate: &str) -> bool {
    DATE_PREDICATE_WORDS
        .iter()
        .any(|w| contains_ignoring_case(predicate, w))
}

/// A value that is digits only ("1100", " 2019 ").
fn is_bare_number(written: &str) -> bool {
    let t = written.trim();
    !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())
}

/// A number alone, or after one hedge of [`quantity::HEDGES`] ("around 1023"): for a
/// predicate that names no date it is a count, not a year, since nothing but its four
/// digits says year ("in 2015" or "the 2015 census" still do).
fn is_bare_or_hedged_number(written: &str) -> bool {
    let t = written.trim();
    is_bare_number(t)
        || quantity::HEDGES.iter().any(|h| {
            t.get(..h.words.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(h.words))
                && t[h.words.len()..].starts_with(char::is_whitespace)
                && is_bare_number(&t[h.words.len()..])
        })
}

/// Predicates that carry an age.
pub fn is_age(predicate: &str) -> bool {
    let p = predicate.trim();
    ["age", "aged", "age_years"]
        .iter()
        .any(|a| p.eq_ignore_ascii_case(a))
}

/// One statement by one source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Unique within a store: given, or the claim's 1-based line number in its file.
    pub id: SmolStr,
    /// Who said it, and when.
    pub source: Source,
    /// The subject as the source wrote it.
    pub subject: SmolStr,
    /// What is said about it (free text: vote_share, age, stepped_down …).
    pub predicate: SmolStr,
    /// The value as written.
    pub written: SmolStr,
    /// The unit, if given apart from the value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<SmolStr>,
    /// The value as read.
    pub value: ClaimValue,
    /// Qualifiers: event, region, as_of (scope); method; formerly; anything else is
    /// scope too.
    #[serde(default)]
    pub qualifiers: IndexMap<SmolStr, SmolStr>,
    /// A short quote, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Where in a document the value was found, for claims extracted from text (boxed:
    /// most claims have none, and a store holds millions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Box<Provenance>>,
}

/// Where an extracted claim's value stands in its document.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Provenance {
    /// The document, as it was named to the extractor.
    pub file: String,
    /// The first byte of the value as written.
    pub start: usize,
    /// One past its last byte: `text[start..end]` is the value as written.
    pub end: usize,
}

/// Qualifier keys with a meaning of their own.
pub mod qualifier {
    /// How the value was determined: official count, preliminary, exit poll, estimate.
    /// Not scope: claims that differ only in method share a group.
    pub const METHOD: &str = "method";
    /// A previous name of the subject: a hint for resolving it, not scope.
    pub const FORMERLY: &str = "formerly";
    /// The event the value belongs to (scope).
    pub const EVENT: &str = "event";
    /// The region the value belongs to (scope).
    pub const REGION: &str = "region";
    /// The date the value holds at (scope).
    pub const AS_OF: &str = "as_of";
}

impl Claim {
    /// The qualifier under `key`, if any.
    pub fn qualifier(&self, key: &str) -> Option<&str> {
        // claims carry a handful of qualifiers, and reports ask for the method of every
        // claim several times: a short scan beats hashing the key
        const SCANNED: usize = 8;
        if self.qualifiers.len() <= SCANNED {
            self.qualifiers
                .iter()
                .find(|(k, _)| k.as_str() == key)
                .map(|(_, v)| v.as_str())
        } else {
            self.qualifiers.get(key).map(SmolStr::as_str)
        }
    }

    /// The method qualifier, if any.
    pub fn method(&self) -> Option<&str> {
        self.qualifier(qualifier::METHOD)
    }

    /// The `formerly` qualifier (a previous name of the subject), if any.
    pub fn formerly(&self) -> Option<&str> {
        self.qualifier(qualifier::FORMERLY)
    }

    /// The scope: every qualifier but method and formerly, keys and values folded so
    /// that "2021 Election" and "2021 election" are one scope, sorted by key.
    pub fn scope(&self) -> Vec<(String, String)> {
        let mut scope: Vec<(String, String)> =
            self.scope_qualifiers().map(|(k, v)| (k, fold(v))).collect();
        scope.sort();
        scope
    }

    /// The qualifiers that are scope, as written, keys trimmed and lowercased: all but
    /// method and formerly.
    pub fn scope_qualifiers(&self) -> impl Iterator<Item = (String, &str)> {
        self.scope_qualifiers_read()
            .map(|(k, v)| (k.into_owned(), v))
    }

    /// [`Claim::scope_qualifiers`], a key already trimmed and lowercase (as keys
    /// mostly are) borrowed rather than copied.
    pub(crate) fn scope_qualifiers_read(
        &self,
    ) -> impl Iterator<Item = (std::borrow::Cow<'_, str>, &str)> {
        self.qualifiers
            .iter()
            .map(|(k, v)| {
                let trimmed = k.trim();
                let key = if trimmed
                    .bytes()
                    .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
                {
                    std::borrow::Cow::Owned(trimmed.to_lowercase())
                } else {
                    std::borrow::Cow::Borrowed(trimmed)
                };
                (key, v.as_str())
            })
            .filter(|(k, _)| k != qualifier::METHOD && k != qualifier::FORMERLY)
    }

    /// The predicate folded for grouping (Vote share, vote_share, vote-share are one),
    /// other names of a predicate read as the predicate ([`canonical_predicate`]:
    /// voter_turnout is turnout, death_toll is deaths).
    ///
    /// ```
    /// use crosscheck::claim::parse_jsonl_line;
    /// let line = r#"{"source":"A","published":"2021-01-10","subject":"Kazakhstan","predicate":"Voter Turnout","value":"63.3%"}"#;
    /// assert_eq!(parse_jsonl_line(line, 1).unwrap().predicate_key(), "turnout");
    /// ```
    pub fn predicate_key(&self) -> String {
        let key = fold(&self.predicate).replace([' ', '-'], "_");
        let canonical = canonical_predicate(&key);
        if canonical == key {
            key
        } else {
            canonical.to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_longer_than_the_stack_buffer_are_kept_whole() {
        let long = "word ".repeat(60);
        let value = ClaimValue::Text(TextValue::new(&long));
        assert_eq!(value.describe(), long.trim());
        let p: Date = "2021-01-10".parse().unwrap();
        let age = ClaimValue::parse("67", None, "age", p);
        assert_eq!(age.describe(), "67 years (born 1953-01-11 to 1954-01-10)");
        // a lone "m": metres for a length, millions for anything else
        let pop = ClaimValue::parse("about 3.0 m", None, "population", p);
        assert!(matches!(&pop, ClaimValue::Quantity(q) if q.value == 3.0e6 && q.unit.is_empty()));
        let height = ClaimValue::parse("8,849 m", None, "height", p);
        assert!(matches!(&height, ClaimValue::Quantity(q) if q.unit == "km"));
        let share = ClaimValue::parse("nearly 72 per cent", None, "vote_share", p);
        assert_eq!(share.describe(), "72%, [71.5, 72)");
    }
}
