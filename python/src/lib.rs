//! The native half of the Python package `crosscheck`: the extension module
//! `crosscheck._native`. The package's Python half (`python/crosscheck/`) takes the
//! many shapes of input Python callers have (paths, dicts, data frames) and hands
//! plain text to the functions here, which do the work with the GIL released.

use pyo3::prelude::*;

mod errors;
mod extract;
mod names;
mod reconcile;
mod registry;

/// The extension module: the names, the registry, reconciliation and extraction.
#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(names::normalize, m)?)?;
    m.add_function(wrap_pyfunction!(names::variant_key, m)?)?;
    m.add_function(wrap_pyfunction!(names::match_names, m)?)?;
    m.add_function(wrap_pyfunction!(names::cluster, m)?)?;
    m.add_class::<names::PyHybridConfig>()?;
    m.add_class::<names::PyMatchResult>()?;
    m.add_class::<names::PyCluster>()?;
    m.add_class::<names::PyPossibleLink>()?;
    m.add_class::<names::PyClustering>()?;
    m.add_class::<registry::PyRegistry>()?;
    m.add_class::<registry::PyResolution>()?;
    m.add_class::<reconcile::PyReport>()?;
    m.add_function(wrap_pyfunction!(reconcile::reconcile_text, m)?)?;
    m.add_function(wrap_pyfunction!(reconcile::reconcile_file, m)?)?;
    m.add_function(wrap_pyfunction!(extract::extract_text, m)?)?;
    m.add_function(wrap_pyfunction!(extract::extract_file, m)?)?;
    Ok(())
}
