//! The JSONL input format, one claim per line, with errors naming line and field.

use std::borrow::Cow;
use std::collections::HashMap;

use indexmap::IndexMap;
use serde_json::{Map, Value};
use smol_str::{SmolStr, ToSmolStr, format_smolstr};
use thiserror::Error;

use super::{Claim, ClaimValue, Source, names_non_finite};
use crate::date::{Date, DateError, DayOrder};

/// What was wrong with one line of input.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ClaimErrorKind {
    /// The line is not valid JSON.
    #[error("invalid JSON: {0}")]
    InvalidJson(String),
    /// The line is JSON but not an object.
    #[error("expected a JSON object, one claim per line")]
    NotAnObject,
    /// A required field is absent.
    #[error("missing")]
    Missing,
    /// A field has the wrong JSON type.
    #[error("expected {expected}, found {found}")]
    WrongType {
        /// What the format asks for.
        expected: &'static str,
        /// What was there.
        found: &'static str,
    },
    /// A required text field is empty.
    #[error("is empty")]
    Empty,
    /// A date that is malformed or does not exist.
    #[error("{0}")]
    BadDate(DateError),
    /// A number that is not finite.
    #[error("is not a finite number")]
    NotFinite,
    /// A unit crosscheck does not know. No longer raised: any unit is read, and one
    /// outside the unit table compares only with itself. Kept so that code matching
    /// on it still compiles.
    #[error("unknown unit {0:?}")]
    UnknownUnit(String),
}

/// An error reading a claim: the line (1-based), the field if one is at fault, and
/// what was wrong.
///
/// ```
/// use crosscheck::claim::parse_jsonl_line;
/// let line = r#"{"source":"B","published":"2021-02-30","subject":"X","predicate":"p","value":"1"}"#;
/// let err = parse_jsonl_line(line, 2).unwrap_err();
/// assert_eq!(err.to_string(), "line 2, field `published`: \"2021-02-30\" does not exist: month 2 of 2021 has 28 days");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
#[error("line {line}{}: {kind}", field.as_ref().map(|f| format!(", field `{f}`")).unwrap_or_default())]
pub struct ClaimError {
    /// 1-based line number.
    pub line: usize,
    /// The field at fault, if one is.
    pub field: Option<String>,
    /// What was wrong.
    pub kind: ClaimErrorKind,
}

/// A value as given in the input: a JSON number or a string.
#[derive(Debug, Clone, PartialEq)]
pub enum RawValue {
    /// A JSON number.
    Number(f64),
    /// A string, to be read.
    Text(String),
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Other names feeds give the publication date under, read when `published` is
/// absent, in this order.
pub const PUBLISHED_ALIASES: &[&str] = &[
    "date",
    "published_at",
    "publication_date",
    "date_published",
    "pub_date",
];

struct Fields<'a> {
    obj: &'a Map<String, Value>,
    line: usize,
}

impl Fields<'_> {
    fn err(&self, field: &str, kind: ClaimErrorKind) -> ClaimError {
        ClaimError {
            line: self.line,
            field: Some(field.to_string()),
            kind,
        }
    }

    fn optional_string(&self, field: &str) -> Result<Option<String>, ClaimError> {
        match self.obj.get(field) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(other) => Err(self.err(
                field,
                ClaimErrorKind::WrongType {
                    expected: "a string",
                    found: type_name(other),
                },
            )),
        }
    }

    /// The publication date, under `published` or else the first of
    /// [`PUBLISHED_ALIASES`] present: a string in any form [`Date::parse_written`]
    /// reads, or a year as a number.
    fn published(&self, source: &str, orders: &mut DayOrders) -> Result<Date, ClaimError> {
        let field = std::iter::once("published")
            .chain(PUBLISHED_ALIASES.iter().copied())
            .find(|k| self.obj.get(*k).is_some_and(|v| !v.is_null()))
            .unwrap_or("published");
        if let Some(Value::Number(n)) = self.obj.get(field) {
            return n
                .as_i64()
                .and_then(|y| i32::try_from(y).ok())
                .filter(|y| (1000..=2999).contains(y))
                .and_then(Date::from_y)
                .ok_or_else(|| {
                    self.err(
                        field,
                        ClaimErrorKind::WrongType {
                            expected: "a date as a string, or a year",
                            found: "another number",
                        },
                    )
                });
        }
        let written = self.required_string(field)?;
        orders
            .read(source, &written)
            .map_err(|e| self.err(field, ClaimErrorKind::BadDate(e)))
    }

    fn required_string(&self, field: &str) -> Result<String, ClaimError> {
        match self.optional_string(field)? {
            None => Err(self.err(field, ClaimErrorKind::Missing)),
            Some(s) if s.trim().is_empty() => Err(self.err(field, ClaimErrorKind::Empty)),
            Some(s) => Ok(s),
        }
    }
}

/// Reads one line of the JSONL input format into a claim.
///
/// `{"id"?: string, "source": string, "published": "YYYY-MM-DD", "subject": string,
/// "predicate": string, "value": number | string, "unit"?: string, "qualifiers"?:
/// {string: string}, "quote"?: string, "url"?: string}`. Other fields are allowed and
/// ignored (extraction adds `file`, `start`, `end`). A claim without an id gets its
/// line number, as a string. A value of `null` is a claim of no value, and a list of
/// strings is a list of names ("A; B"). Qualifiers may be numbers or booleans, read
/// as JSON writes them ({"year": 2021} is "2021"); a null qualifier is none.
/// `published` may be written to the month or the year
/// ("2022-06", "2022"), or in the other forms feeds use ("2021-01-11T08:30:00Z",
/// "11.01.2021", "January 11, 2021": see [`Date::parse_written`]), or as a year
/// number; a line without `published` may give it under one of
/// [`PUBLISHED_ALIASES`] ("date", "published_at", …). Any unit is read (see [`crate::claim::UNITS`]); numbers may be
/// negative; an empty value or a placeholder ("n/a", "unknown") is a claim of no value
/// ([`ClaimValue::Empty`]). A byte order mark before the line is ignored.
///
/// ```
/// use crosscheck::claim::{parse_jsonl_line, ClaimValue};
/// let c = parse_jsonl_line(
///     r#"{"source":"Agency B","published":"2021-01-10","subject":"Nour Otan","predicate":"vote_share","value":"nearly 72 per cent","qualifiers":{"method":"exit poll"}}"#,
///     2,
/// ).unwrap();
/// assert_eq!(c.id, "2");
/// assert_eq!(c.method(), Some("exit poll"));
/// assert!(matches!(c.value, ClaimValue::Quantity(_)));
/// ```
pub fn parse_jsonl_line(line: &str, line_no: usize) -> Result<Claim, ClaimError> {
    parse_jsonl_line_in(line, line_no, &mut DayOrders::default())
}

/// [`parse_jsonl_line`], reading a publication date that fits both day orders
/// (`05/08/2012`) in the order its source is known to write, from the dates of its
/// other lines read so far (`orders`, which this line's date adds to).
pub(crate) fn parse_jsonl_line_in(
    line: &str,
    line_no: usize,
    orders: &mut DayOrders,
) -> Result<Claim, ClaimError> {
    // a byte order mark opens some files written on other systems
    let line = line.strip_prefix('\u{feff}').unwrap_or(line);
    // the common case, a well-formed line, is read straight into borrowed fields; any
    // failure goes to the field-by-field reader, which says what is wrong where
    if let Ok(fast) = serde_json::from_str::<FastLine<'_>>(line)
        && let Some(claim) = fast.into_claim(line_no, orders)
    {
        return Ok(claim);
    }
    parse_checked(line, line_no, orders)
}

/// The day order each source writes its numeric publication dates in, as its dates
/// that can be read one way only show it (`25/12/2021` is day first). A source seen
/// writing both orders has none.
#[derive(Debug, Default)]
pub(crate) struct DayOrders {
    /// (dates shown day first, dates shown month first), by source as written
    seen: HashMap<SmolStr, (u32, u32)>,
}

impl DayOrders {
    /// Reads `written`, the publication date of a claim of `source`, and notes the
    /// order it shows.
    fn read(&mut self, source: &str, written: &str) -> Result<Date, DateError> {
        match Date::parse_written(written) {
            Err(DateError::Ambiguous(..)) if let Some(order) = self.order_of(source) => {
                Date::parse_written_in(written, order)
            }
            Ok(date) => {
                if let Some(order) = DayOrder::shown_by(written) {
                    let seen = self.seen.entry(SmolStr::new(source)).or_default();
                    match order {
                        DayOrder::DayFirst => seen.0 += 1,
                        DayOrder::MonthFirst => seen.1 += 1,
                    }
                }
                Ok(date)
            }
            err => err,
        }
    }

    /// The one order `source` has been seen writing, if any.
    fn order_of(&self, source: &str) -> Option<DayOrder> {
        match self.seen.get(source) {
            Some(&(day_first, 0)) if day_first > 0 => Some(DayOrder::DayFirst),
            Some(&(0, month_first)) if month_first > 0 => Some(DayOrder::MonthFirst),
            _ => None,
        }
    }
}

/// A well-formed line, borrowed from the input where it can be; short strings are
/// read straight into their final form.
#[derive(serde::Deserialize)]
struct FastLine<'a> {
    #[serde(default)]
    id: Option<SmolStr>,
    source: SmolStr,
    // the names of PUBLISHED_ALIASES, which serde needs written out
    #[serde(
        borrow,
        alias = "date",
        alias = "published_at",
        alias = "publication_date",
        alias = "date_published",
        alias = "pub_date"
    )]
    published: Cow<'a, str>,
    subject: SmolStr,
    predicate: SmolStr,
    #[serde(borrow)]
    value: FastValue<'a>,
    #[serde(default)]
    unit: Option<SmolStr>,
    #[serde(default)]
    qualifiers: Option<Fitted>,
    #[serde(borrow, default)]
    quote: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    url: Option<Cow<'a, str>>,
}

/// Qualifiers read into a map of exactly their number: gathered on the stack first,
/// so that a store of millions of claims neither grows each map while reading it
/// nor shrinks it afterwards (each a reallocation, and a block freed).
struct Fitted(IndexMap<SmolStr, SmolStr>);

impl<'de> serde::Deserialize<'de> for Fitted {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Fitted;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut pairs: smallvec::SmallVec<[(SmolStr, SmolStr); 6]> =
                    smallvec::SmallVec::new();
                while let Some(pair) = map.next_entry::<SmolStr, SmolStr>()? {
                    pairs.push(pair);
                }
                // a key given twice keeps its first place and its last value, as
                // inserting into the map one entry at a time does
                let mut out = IndexMap::with_capacity(pairs.len());
                for (k, v) in pairs {
                    out.insert(k, v);
                }
                Ok(Fitted(out))
            }
        }
        d.deserialize_map(V)
    }
}

/// A value: a number or a string.
enum FastValue<'a> {
    Number(f64),
    Text(Cow<'a, str>),
}

impl<'de: 'a, 'a> serde::Deserialize<'de> for FastValue<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> serde::de::Visitor<'de> for V<'a> {
            type Value = FastValue<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a number or a string")
            }
            fn visit_f64<E>(self, x: f64) -> Result<Self::Value, E> {
                Ok(FastValue::Number(x))
            }
            fn visit_i64<E>(self, x: i64) -> Result<Self::Value, E> {
                Ok(FastValue::Number(x as f64))
            }
            fn visit_u64<E>(self, x: u64) -> Result<Self::Value, E> {
                Ok(FastValue::Number(x as f64))
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Self::Value, E> {
                Ok(FastValue::Text(Cow::Borrowed(s)))
            }
            fn visit_str<E>(self, s: &str) -> Result<Self::Value, E> {
                Ok(FastValue::Text(Cow::Owned(s.to_string())))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

impl FastLine<'_> {
    /// The claim, or `None` when a field needs the careful reader's words.
    fn into_claim(self, line_no: usize, orders: &mut DayOrders) -> Option<Claim> {
        // stops at the first visible character, where a trim would walk both ends
        let blank = |s: &str| s.chars().all(char::is_whitespace);
        if blank(&self.source) || blank(&self.subject) || blank(&self.predicate) {
            return None;
        }
        if self.id.as_deref().is_some_and(blank) {
            return None;
        }
        let published = orders.read(&self.source, &self.published).ok()?;
        let unit = self.unit;
        let (written, value) = match self.value {
            FastValue::Number(x) => (
                written_number(x, unit.as_deref()),
                ClaimValue::from_number(x, unit.as_deref(), &self.predicate, published)?,
            ),
            FastValue::Text(t) if names_non_finite(&t) => return None,
            FastValue::Text(t) => {
                let v = ClaimValue::parse(&t, unit.as_deref(), &self.predicate, published);
                (SmolStr::new(&t), v)
            }
        };
        Some(Claim {
            id: self.id.unwrap_or_else(|| line_no.to_smolstr()),
            source: Source {
                name: self.source,
                published,
                url: self.url.map(Cow::into_owned),
            },
            subject: self.subject,
            predicate: self.predicate,
            written,
            unit,
            value,
            qualifiers: self.qualifiers.map_or_else(IndexMap::default, |q| q.0),
            quote: self.quote.map(Cow::into_owned),
            provenance: None,
        })
    }
}

/// A number as written, with its unit: 71.1%, 98 seats.
fn written_number(x: f64, unit: Option<&str>) -> SmolStr {
    match unit.map(str::trim) {
        Some("%") => format_smolstr!("{x}%"),
        Some(u) if !u.is_empty() => format_smolstr!("{x} {u}"),
        _ => x.to_smolstr(),
    }
}

/// The careful reader: checks every field and names the first one at fault.
fn parse_checked(line: &str, line_no: usize, orders: &mut DayOrders) -> Result<Claim, ClaimError> {
    let json: Value = serde_json::from_str(line).map_err(|e| ClaimError {
        line: line_no,
        field: None,
        kind: ClaimErrorKind::InvalidJson(e.to_string()),
    })?;
    let Value::Object(obj) = &json else {
        return Err(ClaimError {
            line: line_no,
            field: None,
            kind: ClaimErrorKind::NotAnObject,
        });
    };
    let f = Fields { obj, line: line_no };
    let id = match f.optional_string("id")? {
        Some(id) if id.trim().is_empty() => return Err(f.err("id", ClaimErrorKind::Empty)),
        Some(id) => id,
        None => line_no.to_string(),
    };
    let name = f.required_string("source")?;
    let published = f.published(&name, orders)?;
    let subject = f.required_string("subject")?;
    let predicate = f.required_string("predicate")?;
    let unit = f.optional_string("unit")?;
    let raw = match obj.get("value") {
        None => return Err(f.err("value", ClaimErrorKind::Missing)),
        // null says there is no value, as an empty string does
        Some(Value::Null) => RawValue::Text("null".to_string()),
        // a list of names (authors, members) is the list as a string would write it
        Some(Value::Array(items)) if items.iter().all(Value::is_string) => RawValue::Text(
            items
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join("; "),
        ),
        Some(Value::Number(n)) => RawValue::Number(
            n.as_f64()
                .filter(|x| x.is_finite())
                .ok_or_else(|| f.err("value", ClaimErrorKind::NotFinite))?,
        ),
        Some(Value::String(s)) if names_non_finite(s) => {
            return Err(f.err("value", ClaimErrorKind::NotFinite));
        }
        Some(Value::String(s)) => RawValue::Text(s.clone()),
        Some(other) => {
            return Err(f.err(
                "value",
                ClaimErrorKind::WrongType {
                    expected: "a number or a string",
                    found: type_name(other),
                },
            ));
        }
    };
    let mut qualifiers = IndexMap::new();
    match obj.get("qualifiers") {
        None | Some(Value::Null) => {}
        Some(Value::Object(q)) => {
            for (k, v) in q {
                match v {
                    Value::String(s) => {
                        qualifiers.insert(SmolStr::new(k), SmolStr::new(s));
                    }
                    // a year or a round number, a yes or no: as JSON writes them
                    Value::Number(_) | Value::Bool(_) => {
                        qualifiers.insert(SmolStr::new(k), v.to_smolstr());
                    }
                    // a qualifier without a value is no qualifier
                    Value::Null => {}
                    other => {
                        return Err(f.err(
                            &format!("qualifiers.{k}"),
                            ClaimErrorKind::WrongType {
                                expected: "a string, a number or a boolean",
                                found: type_name(other),
                            },
                        ));
                    }
                }
            }
        }
        Some(other) => {
            return Err(f.err(
                "qualifiers",
                ClaimErrorKind::WrongType {
                    expected: "an object of strings",
                    found: type_name(other),
                },
            ));
        }
    }
    let (written, value) = match raw {
        RawValue::Number(x) => (
            written_number(x, unit.as_deref()),
            ClaimValue::from_number(x, unit.as_deref(), &predicate, published)
                .ok_or_else(|| f.err("value", ClaimErrorKind::NotFinite))?,
        ),
        RawValue::Text(s) => {
            let v = ClaimValue::parse(&s, unit.as_deref(), &predicate, published);
            (SmolStr::from(s), v)
        }
    };
    Ok(Claim {
        id: id.into(),
        source: Source {
            name: name.into(),
            published,
            url: f.optional_string("url")?,
        },
        subject: subject.into(),
        predicate: predicate.into(),
        written,
        unit: unit.map(SmolStr::from),
        value,
        qualifiers,
        quote: f.optional_string("quote")?,
        provenance: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(line: &str) -> ClaimError {
        parse_jsonl_line(line, 7).unwrap_err()
    }

    #[test]
    fn non_finite_values_and_unknown_units_are_errors() {
        let line = |rest: &str| {
            format!(
                r#"{{"source":"S","published":"2021-01-10","subject":"X","predicate":"p",{rest}}}"#
            )
        };
        for (rest, field) in [
            (r#""value":"-NaN""#, "value"),
            (r#""value":"-infinity""#, "value"),
        ] {
            let e = parse_jsonl_line(&line(rest), 4).unwrap_err();
            assert_eq!(
                (e.line, e.field.as_deref()),
                (4, Some(field)),
                "{rest}: {e}"
            );
        }
        assert!(parse_jsonl_line(&line(r#""value":98,"unit":"seats""#), 1).is_ok());
        // any unit is read; negative numbers are numbers
        for rest in [
            r#""value":5,"unit":"furlongs""#,
            r#""value":"5","unit":"kg/m""#,
            r#""value":-1.4,"unit":"pp""#,
            r#""value":"","unit":"km²""#,
        ] {
            let c = parse_jsonl_line(&line(rest), 1).unwrap_or_else(|e| panic!("{rest}: {e}"));
            assert_eq!(
                c,
                parse_checked(&line(rest), 1, &mut DayOrders::default()).unwrap(),
                "{rest}"
            );
        }
        // "NaN" alone is a data frame's placeholder for a missing value
        let missing = parse_jsonl_line(&line(r#""value":"NaN""#), 1).unwrap();
        assert_eq!(missing.value, ClaimValue::Empty);
        // a string is read as written, never as an infinity
        assert!(parse_jsonl_line(&line(r#""value":"1e999""#), 1).is_ok());
    }

    #[test]
    fn errors_name_line_and_field() {
        assert_eq!(err("{").field, None);
        assert!(matches!(err("{").kind, ClaimErrorKind::InvalidJson(_)));
        assert_eq!(err("[1]").kind, ClaimErrorKind::NotAnObject);
        let e = err(r#"{"published":"2021-01-10","subject":"X","predicate":"p","value":"1"}"#);
        assert_eq!(
            (e.line, e.field.as_deref(), e.kind),
            (7, Some("source"), ClaimErrorKind::Missing)
        );
        let e = err(
            r#"{"source":"A","published":"2021-01-10","subject":"  ","predicate":"p","value":"1"}"#,
        );
        assert_eq!(
            (e.field.as_deref(), e.kind),
            (Some("subject"), ClaimErrorKind::Empty)
        );
        let e = err(
            r#"{"source":"A","published":"2021-01-10","subject":"X","predicate":"p","value":true}"#,
        );
        assert_eq!(e.field.as_deref(), Some("value"));
        let e = err(
            r#"{"source":"A","published":"10/01/2021","subject":"X","predicate":"p","value":1}"#,
        );
        assert!(matches!(
            e.kind,
            ClaimErrorKind::BadDate(DateError::Ambiguous(..))
        ));
        let e = err(r#"{"source":"A","published":"soon","subject":"X","predicate":"p","value":1}"#);
        assert!(matches!(
            e.kind,
            ClaimErrorKind::BadDate(DateError::Unreadable(_))
        ));
        let e = err(
            r#"{"source":"A","published":"2021-01-10","subject":"X","predicate":"p","value":1,"qualifiers":{"event":{"year":3}}}"#,
        );
        assert_eq!(e.field.as_deref(), Some("qualifiers.event"));
        let e = err(
            r#"{"source":"A","published":"2021-01-10","subject":"X","predicate":"p","value":1e400}"#,
        );
        assert!(matches!(
            e.kind,
            ClaimErrorKind::InvalidJson(_) | ClaimErrorKind::NotFinite
        ));
    }

    #[test]
    fn null_values_lists_of_names_and_qualifiers_that_are_not_strings() {
        let line = |rest: &str| {
            format!(
                r#"{{"source":"S","published":"2021-01-11","subject":"X","predicate":"p",{rest}}}"#
            )
        };
        let c = parse_jsonl_line(&line(r#""value":null"#), 1).unwrap();
        assert_eq!((c.value, c.written.as_str()), (ClaimValue::Empty, "null"));
        let c =
            parse_jsonl_line(&line(r#""value":["Donald E. Knuth","Ronald Graham"]"#), 1).unwrap();
        assert_eq!(c.written, "Donald E. Knuth; Ronald Graham");
        let e = err(&line(r#""value":["Knuth",3]"#));
        assert_eq!(e.field.as_deref(), Some("value"));
        let c = parse_jsonl_line(
            &line(r#""value":1,"qualifiers":{"as_of":2020,"official":true,"region":null,"event":"x"}"#),
            1,
        )
        .unwrap();
        assert_eq!(c.qualifier("as_of"), Some("2020"));
        assert_eq!(c.qualifier("official"), Some("true"));
        assert_eq!(c.qualifier("region"), None);
        assert_eq!(c.qualifiers.len(), 3);
        let e = err(&line(r#""value":1,"qualifiers":{"event":["a"]}"#));
        assert_eq!(e.field.as_deref(), Some("qualifiers.event"));
    }

    #[test]
    fn publication_dates_as_feeds_write_them() {
        let line = |published: &str| {
            format!(r#"{{"source":"S",{published},"subject":"X","predicate":"p","value":1}}"#)
        };
        for published in [
            r#""published":"2021-01-11T08:30:00Z""#,
            r#""published":"January 11, 2021""#,
            r#""published":"11.01.2021""#,
            r#""published":"Mon, 11 Jan 2021 08:30:00 +0000""#,
            r#""date":"2021-01-11""#,
            r#""published_at":"2021-01-11T08:30:00+06:00""#,
            r#""publication_date":"2021-01-11""#,
            r#""date_published":"2021-01-11""#,
            r#""pub_date":"2021-01-11""#,
            // `published` wins over an alias, which then is just another field
            r#""published":"2021-01-11","date":"1999-12-31""#,
            r#""date":"1999-12-31","published":"2021-01-11""#,
        ] {
            let text = line(published);
            let c = parse_jsonl_line(&text, 1).unwrap_or_else(|e| panic!("{published}: {e}"));
            assert_eq!(c.source.published.to_string(), "2021-01-11", "{published}");
            assert_eq!(
                c,
                parse_checked(&text, 1, &mut DayOrders::default()).unwrap(),
                "{published}"
            );
        }
        let year = parse_jsonl_line(&line(r#""published":2021"#), 1).unwrap();
        assert_eq!(year.source.published.to_string(), "2021");
        // an error names the field the date was read from
        let e = err(&line(r#""date":"11/01/2021""#));
        assert_eq!(e.field.as_deref(), Some("date"));
        let e = err(&line(r#""published":20.5"#));
        assert_eq!(e.field.as_deref(), Some("published"));
        let e = err(&line(r#""when":"2021-01-11""#));
        assert_eq!(
            (e.field.as_deref(), e.kind),
            (Some("published"), ClaimErrorKind::Missing)
        );
    }

    #[test]
    fn numbers_with_units_and_extra_fields() {
        let c = parse_jsonl_line(
            r#"{"id":"c","source":"C","published":"2021-01-11","subject":"Nur Otan","predicate":"vote_share","value":71.1,"unit":"%","file":"a.txt","start":3,"end":9}"#,
            3,
        )
        .unwrap();
        assert_eq!(c.id, "c");
        match c.value {
            ClaimValue::Quantity(q) => assert_eq!(q.unit, "%"),
            other => panic!("{other:?}"),
        }
    }
}
