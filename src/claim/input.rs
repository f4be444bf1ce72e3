//! The JSONL input format, one claim per line, with errors naming line and field.

use indexmap::IndexMap;
use serde_json::{Map, Value};
use thiserror::Error;

use super::{Claim, ClaimValue, Date, DateError, Source};

/// What was wrong with one line of input.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
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
/// line number, as a string.
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
    let published: Date = f
        .required_string("published")?
        .parse()
        .map_err(|e| f.err("published", ClaimErrorKind::BadDate(e)))?;
    let subject = f.required_string("subject")?;
    let predicate = f.required_string("predicate")?;
    let unit = f.optional_string("unit")?;
    let raw = match obj.get("value") {
        None | Some(Value::Null) => return Err(f.err("value", ClaimErrorKind::Missing)),
        Some(Value::Number(n)) => RawValue::Number(
            n.as_f64()
                .filter(|x| x.is_finite())
                .ok_or_else(|| f.err("value", ClaimErrorKind::NotFinite))?,
        ),
        Some(Value::String(s)) if s.trim().is_empty() => {
            return Err(f.err("value", ClaimErrorKind::Empty));
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
                        qualifiers.insert(k.clone(), s.clone());
                    }
                    other => {
                        return Err(f.err(
                            &format!("qualifiers.{k}"),
                            ClaimErrorKind::WrongType {
                                expected: "a string",
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
            match unit.as_deref().map(str::trim) {
                Some("%") => format!("{x}%"),
                Some(u) if !u.is_empty() => format!("{x} {u}"),
                _ => format!("{x}"),
            },
            ClaimValue::from_number(x, unit.as_deref(), &predicate, published)
                .ok_or_else(|| f.err("value", ClaimErrorKind::NotFinite))?,
        ),
        RawValue::Text(s) => {
            let v = ClaimValue::parse(&s, unit.as_deref(), &predicate, published);
            (s, v)
        }
    };
    Ok(Claim {
        id,
        source: Source {
            name,
            published,
            url: f.optional_string("url")?,
        },
        subject,
        predicate,
        written,
        unit,
        value,
        qualifiers,
        quote: f.optional_string("quote")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(line: &str) -> ClaimError {
        parse_jsonl_line(line, 7).unwrap_err()
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
            ClaimErrorKind::BadDate(DateError::Format(_))
        ));
        let e = err(
            r#"{"source":"A","published":"2021-01-10","subject":"X","predicate":"p","value":1,"qualifiers":{"event":3}}"#,
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
