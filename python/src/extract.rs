//! Extraction: claims from the text of a news article, as the dicts of the extract
//! JSONL format.

use std::path::PathBuf;

use crosscheck::date::Date;
use crosscheck::entity::Registry;
use crosscheck::extract::{Article, ExtractOptions, extract_with};
use crosscheck::names::Hybrid;
use pyo3::prelude::*;

use crate::errors::{article_error, article_error_with, io_error};
use crate::names::config_from;
use crate::reconcile::registry_or;
use crate::registry::PyRegistry;

/// The publication date the caller gave, read as YYYY-MM-DD.
fn published_date(py: Python<'_>, published: Option<String>) -> PyResult<Option<Date>> {
    published
        .map(|p| {
            p.parse::<Date>().map_err(|e| {
                article_error_with(
                    py,
                    format!("published={p:?}: {e}"),
                    "bad_date",
                    None,
                    None,
                    Some("published".to_string()),
                )
            })
        })
        .transpose()
}

/// Extracts the claims of one article (`file` labels it; `source` names the outlet
/// when the text has no `source:` header) and returns them as a list of dicts. The GIL
/// is released while the text is read.
fn run<'py>(
    py: Python<'py>,
    file: &str,
    text: &str,
    registry: Option<&Bound<'_, PyRegistry>>,
    published: Option<String>,
    source: Option<String>,
    config: Option<&Bound<'_, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let published = published_date(py, published)?;
    let options = ExtractOptions::new().with_matcher(Hybrid::new(config_from(config)?));
    let empty = Registry::new();
    let registry = registry_or(registry, &empty);
    let lines = py.detach(|| {
        let mut article = Article::parse(file, text, published)?;
        if let Some(source) = source
            && article.source == article.file
        {
            article.source = source;
        }
        let claims = extract_with(&article, registry, &options);
        let lines: Vec<String> = claims.iter().map(|c| c.to_json_line()).collect();
        Ok(format!("[{}]", lines.join(",")))
    });
    let json = lines.map_err(|e| article_error(py, &e))?;
    py.import("json")?.call_method1("loads", (json,))
}

/// Extracts claims from article text; `file` is the label the claims carry.
#[pyfunction]
#[pyo3(signature = (text, file, registry = None, published = None, source = None, config = None))]
pub fn extract_text<'py>(
    py: Python<'py>,
    text: String,
    file: String,
    registry: Option<&Bound<'_, PyRegistry>>,
    published: Option<String>,
    source: Option<String>,
    config: Option<&Bound<'_, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    run(py, &file, &text, registry, published, source, config)
}

/// Extracts claims from an article file (UTF-8 text).
#[pyfunction]
#[pyo3(signature = (path, registry = None, published = None, source = None, config = None))]
pub fn extract_file<'py>(
    py: Python<'py>,
    path: PathBuf,
    registry: Option<&Bound<'_, PyRegistry>>,
    published: Option<String>,
    source: Option<String>,
    config: Option<&Bound<'_, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(&path).map_err(|e| io_error(&shown, &e))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        article_error_with(
            py,
            format!(
                "{shown}: invalid UTF-8 at byte {}",
                e.utf8_error().valid_up_to()
            ),
            "invalid_utf8",
            Some(shown.clone()),
            None,
            None,
        )
    })?;
    run(py, &shown, &text, registry, published, source, config)
}
