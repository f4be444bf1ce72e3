//! The library's errors as the package's Python exceptions (`crosscheck.ClaimError`,
//! `RegistryError`, `ArticleError`), with the line, the field and a kind that names
//! what was wrong. The classes are Python ones (`crosscheck/_errors.py`); this module
//! builds their instances.

use crosscheck::claim::{ClaimError, ClaimErrorKind};
use crosscheck::entity::RegistryError;
use crosscheck::extract::ArticleError;
use crosscheck::store::StoreError;
use pyo3::exceptions::{PyFileNotFoundError, PyOSError, PyPermissionError};
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// An instance of the exception class `class` of `crosscheck._errors`, made with the
/// message and the keyword arguments, as an error to raise.
fn raise(py: Python<'_>, class: &str, message: String, fields: &[(&str, Field)]) -> PyErr {
    let make = || -> PyResult<PyErr> {
        let cls = py.import("crosscheck._errors")?.getattr(class)?;
        let kwargs = PyDict::new(py);
        for (name, value) in fields {
            match value {
                Field::Text(Some(t)) => kwargs.set_item(name, t)?,
                Field::Number(Some(n)) => kwargs.set_item(name, n)?,
                Field::Text(None) | Field::Number(None) => kwargs.set_item(name, py.None())?,
            }
        }
        Ok(PyErr::from_value(cls.call((message,), Some(&kwargs))?))
    };
    make().unwrap_or_else(|e| e)
}

/// One keyword argument of an exception.
enum Field {
    Text(Option<String>),
    Number(Option<usize>),
}

/// The name of what was wrong with a claim, for `ClaimError.kind`.
fn claim_kind(kind: &ClaimErrorKind) -> &'static str {
    match kind {
        ClaimErrorKind::InvalidJson(_) => "invalid_json",
        ClaimErrorKind::NotAnObject => "not_an_object",
        ClaimErrorKind::Missing => "missing",
        ClaimErrorKind::WrongType { .. } => "wrong_type",
        ClaimErrorKind::Empty => "empty",
        ClaimErrorKind::BadDate(_) => "bad_date",
        ClaimErrorKind::NotFinite => "not_finite",
        ClaimErrorKind::UnknownUnit(_) => "unknown_unit",
        _ => "invalid",
    }
}

/// A claim that could not be read, as `crosscheck.ClaimError`. `origin` (a file
/// name) goes before the message when the claims came from a file.
pub fn store_error(py: Python<'_>, error: StoreError, origin: Option<&str>) -> PyErr {
    // a file that cannot be read is not a bad claim
    if let StoreError::Io { source, .. } = &error {
        return io_error(origin.unwrap_or("claims"), source);
    }
    let (line, field, kind) = match &error {
        StoreError::Claim(ClaimError {
            line, field, kind, ..
        }) => (Some(*line), field.clone(), claim_kind(kind)),
        StoreError::DuplicateId { line, .. } => {
            (Some(*line), Some("id".to_string()), "duplicate_id")
        }
        StoreError::LineTooLong { line, .. } => (Some(*line), None, "line_too_long"),
        StoreError::InvalidUtf8 { line, .. } => (Some(*line), None, "invalid_utf8"),
        _ => (None, None, "invalid"),
    };
    let message = match origin {
        Some(file) => format!("{file}: {error}"),
        None => error.to_string(),
    };
    raise(
        py,
        "ClaimError",
        message,
        &[
            ("line", Field::Number(line)),
            ("field", Field::Text(field)),
            ("kind", Field::Text(Some(kind.to_string()))),
        ],
    )
}

/// A registry that could not be read, as `crosscheck.RegistryError`.
pub fn registry_error(py: Python<'_>, error: &RegistryError, origin: Option<&str>) -> PyErr {
    let (line, column, entry, field, kind) = match error {
        RegistryError::Format { line, column, .. } => {
            (Some(*line), Some(*column), None, None, "format")
        }
        RegistryError::EmptyName { entry, field } => (
            None,
            None,
            Some(*entry),
            Some(field.to_string()),
            "empty_name",
        ),
        RegistryError::TooMany { entry } => (None, None, Some(*entry), None, "too_many"),
        _ => (None, None, None, None, "invalid"),
    };
    let message = match origin {
        Some(file) => format!("{file}: {error}"),
        None => error.to_string(),
    };
    registry_error_with(py, message, kind, line, column, entry, field)
}

/// A `crosscheck.RegistryError` from its parts.
pub fn registry_error_with(
    py: Python<'_>,
    message: String,
    kind: &str,
    line: Option<usize>,
    column: Option<usize>,
    entry: Option<usize>,
    field: Option<String>,
) -> PyErr {
    raise(
        py,
        "RegistryError",
        message,
        &[
            ("line", Field::Number(line)),
            ("column", Field::Number(column)),
            ("entry", Field::Number(entry)),
            ("field", Field::Text(field)),
            ("kind", Field::Text(Some(kind.to_string()))),
        ],
    )
}

/// An article that could not be read, as `crosscheck.ArticleError`.
pub fn article_error(py: Python<'_>, error: &ArticleError) -> PyErr {
    match error {
        ArticleError::Header {
            file, line, field, ..
        } => article_error_with(
            py,
            error.to_string(),
            "header",
            Some(file.clone()),
            Some(*line),
            Some(field.clone()),
        ),
        ArticleError::NoDate { file } => article_error_with(
            py,
            format!("{file}: no `published:` header; give the date with published=\"YYYY-MM-DD\""),
            "no_date",
            Some(file.clone()),
            None,
            Some("published".to_string()),
        ),
        _ => article_error_with(py, error.to_string(), "invalid", None, None, None),
    }
}

/// A `crosscheck.ArticleError` from its parts.
pub fn article_error_with(
    py: Python<'_>,
    message: String,
    kind: &str,
    file: Option<String>,
    line: Option<usize>,
    field: Option<String>,
) -> PyErr {
    raise(
        py,
        "ArticleError",
        message,
        &[
            ("file", Field::Text(file)),
            ("line", Field::Number(line)),
            ("field", Field::Text(field)),
            ("kind", Field::Text(Some(kind.to_string()))),
        ],
    )
}

/// A file that could not be read, as the matching `OSError` subclass, with the path.
pub fn io_error(path: &str, error: &std::io::Error) -> PyErr {
    let message = format!("{path}: cannot read: {error}");
    match error.kind() {
        std::io::ErrorKind::NotFound => PyFileNotFoundError::new_err(message),
        std::io::ErrorKind::PermissionDenied => PyPermissionError::new_err(message),
        _ => PyOSError::new_err(message),
    }
}
