//! Reconciliation: claims in (JSONL text or a file), the report out, as the library
//! writes it (JSON, text, HTML) or as Python objects and a pandas data frame.

use std::fs::File;
use std::io::BufReader;
use std::path::PathBuf;

use crosscheck::entity::Registry;
use crosscheck::names::Hybrid;
use crosscheck::reconcile::{ReconcileOptions, reconcile};
use crosscheck::report::Report;
use crosscheck::store::{ClaimStore, StoreError};
use pyo3::exceptions::PyImportError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::errors::{io_error, store_error};
use crate::names::config_from;
use crate::registry::PyRegistry;

/// The report of a reconciliation, with the claims it was made from.
#[pyclass(name = "Report", module = "crosscheck", frozen)]
pub struct PyReport {
    report: Report,
    store: ClaimStore,
}

/// The columns of `Report.to_frame`, in order.
const FRAME_COLUMNS: &[&str] = &[
    "group",
    "verdict",
    "entity",
    "predicate",
    "scope",
    "change",
    "id",
    "source",
    "published",
    "subject",
    "value",
    "unit",
    "read_as",
    "qualifiers",
    "url",
    "quote",
];

/// A Python object parsed from JSON text.
fn from_json<'py>(py: Python<'py>, json: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.call_method1("loads", (json,))
}

/// A dict of string pairs.
fn string_dict<'py, 'a>(
    py: Python<'py>,
    pairs: impl IntoIterator<Item = (&'a crosscheck::SmolStr, &'a crosscheck::SmolStr)>,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    for (k, v) in pairs {
        d.set_item(k.as_str(), v.as_str())?;
    }
    Ok(d)
}

#[pymethods]
impl PyReport {
    /// The groups, disagreements first: dicts with the JSON report's fields.
    #[getter]
    fn groups<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let json = serde_json::to_string(&self.report.groups).unwrap_or_default();
        from_json(py, &json)
    }

    /// The mentions that may denote a known entity or each other, for review: dicts
    /// with "mention", "candidate", "score" and "claims".
    #[getter]
    fn possible_matches<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let json = serde_json::to_string(&self.report.possible_matches).unwrap_or_default();
        from_json(py, &json)
    }

    /// Every source's estimated reliability with its evidence, most reliable first:
    /// dicts with "source", "reliability", "claims", "inside", "outside" and
    /// "by_predicate".
    #[getter]
    fn sources<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let json = serde_json::to_string(&self.report.sources).unwrap_or_default();
        from_json(py, &json)
    }

    /// The whole report as a dict: {"groups": [...], "possible_matches": [...],
    /// "sources": [...]}.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        from_json(py, &self.report.to_json())
    }

    /// The report as pretty JSON, as the command-line tool writes it.
    fn to_json(&self) -> String {
        self.report.to_json()
    }

    /// The report as a readable table, one block per group.
    fn to_text(&self) -> String {
        self.report.to_text()
    }

    /// The report as one self-contained HTML page.
    fn to_html(&self) -> String {
        self.report.to_html()
    }

    /// One dict per claim, in report order, with its group's verdict: the rows of
    /// `to_frame`.
    fn to_records<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let rows = PyList::empty(py);
        for (i, g) in self.report.groups.iter().enumerate() {
            for v in &g.values {
                let row = PyDict::new(py);
                row.set_item("group", i)?;
                row.set_item("verdict", g.verdict.to_string())?;
                row.set_item("entity", g.subject.as_str())?;
                row.set_item("predicate", g.predicate.as_str())?;
                row.set_item("scope", string_dict(py, &g.scope)?)?;
                row.set_item("change", g.change)?;
                row.set_item("id", v.claim.as_str())?;
                row.set_item("source", v.source.as_str())?;
                row.set_item("published", v.published.to_string())?;
                row.set_item("read_as", v.read_as.as_str())?;
                match self.store.get(&v.claim) {
                    Some(c) => {
                        row.set_item("subject", c.subject.as_str())?;
                        row.set_item("value", c.written.as_str())?;
                        row.set_item("unit", c.unit.as_deref())?;
                        row.set_item("qualifiers", string_dict(py, &c.qualifiers)?)?;
                        row.set_item("url", c.source.url.as_deref())?;
                        row.set_item("quote", c.quote.as_deref())?;
                    }
                    None => {
                        row.set_item("subject", g.subject.as_str())?;
                        row.set_item("value", v.written.as_str())?;
                        for key in ["unit", "qualifiers", "url", "quote"] {
                            row.set_item(key, py.None())?;
                        }
                    }
                }
                rows.append(row)?;
            }
        }
        Ok(rows)
    }

    /// The report as a pandas DataFrame, one row per claim (needs pandas). The claim
    /// columns keep the claim format's names, so the frame can be reconciled again.
    fn to_frame<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let pandas = py.import("pandas").map_err(|e| {
            PyImportError::new_err(format!(
                "Report.to_frame needs pandas, which is not installed (pip install pandas): {e}"
            ))
        })?;
        let kwargs = PyDict::new(py);
        kwargs.set_item("columns", FRAME_COLUMNS.to_vec())?;
        pandas.call_method("DataFrame", (self.to_records(py)?,), Some(&kwargs))
    }

    fn __len__(&self) -> usize {
        self.report.groups.len()
    }

    fn __repr__(&self) -> String {
        let count = |v: &str| {
            self.report
                .groups
                .iter()
                .filter(|g| g.verdict.to_string() == v)
                .count()
        };
        format!(
            "Report({} groups: {} disagree, {} compatible, {} agree, {} single; {} possible matches)",
            self.report.groups.len(),
            count("disagree"),
            count("compatible"),
            count("agree"),
            count("single"),
            self.report.possible_matches.len()
        )
    }
}

/// The options of a run, from the Python argument.
fn options(config: Option<&Bound<'_, PyAny>>) -> PyResult<ReconcileOptions> {
    Ok(ReconcileOptions::new().with_matcher(Hybrid::new(config_from(config)?)))
}

/// The registry the caller gave, or an empty one.
pub fn registry_or<'a>(
    registry: Option<&'a Bound<'_, PyRegistry>>,
    empty: &'a Registry,
) -> &'a Registry {
    registry.map_or(empty, |r| &r.get().inner)
}

/// Reconciles claims given as JSONL text (one claim a line; a line's number is its
/// position). The GIL is released while the claims are read and reconciled.
#[pyfunction]
#[pyo3(signature = (text, registry = None, config = None))]
pub fn reconcile_text(
    py: Python<'_>,
    text: String,
    registry: Option<&Bound<'_, PyRegistry>>,
    config: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyReport> {
    let options = options(config)?;
    let empty = Registry::new();
    let registry = registry_or(registry, &empty);
    let result = py.detach(|| -> Result<PyReport, StoreError> {
        let store = ClaimStore::from_jsonl(text.as_bytes())?;
        let report = reconcile(&store, registry, &options);
        Ok(PyReport { report, store })
    });
    result.map_err(|e| store_error(py, e, None))
}

/// Reconciles the claims of a JSONL file. The GIL is released while the file is read
/// and reconciled.
#[pyfunction]
#[pyo3(signature = (path, registry = None, config = None))]
pub fn reconcile_file(
    py: Python<'_>,
    path: PathBuf,
    registry: Option<&Bound<'_, PyRegistry>>,
    config: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyReport> {
    let options = options(config)?;
    let empty = Registry::new();
    let registry = registry_or(registry, &empty);
    let shown = path.display().to_string();
    let file = File::open(&path).map_err(|e| io_error(&shown, &e))?;
    let result = py.detach(|| -> Result<PyReport, StoreError> {
        let store = ClaimStore::from_jsonl(BufReader::new(file))?;
        let report = reconcile(&store, registry, &options);
        Ok(PyReport { report, store })
    });
    result.map_err(|e| store_error(py, e, Some(&shown)))
}
