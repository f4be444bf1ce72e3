//! The registry of known entities, read from a file, from JSON text or from Python
//! objects, and the resolution of a mention through it.

use std::path::PathBuf;

use crosscheck::entity::{Entity, EntityKind, Registry, Resolution};
use pyo3::prelude::*;
use pyo3::types::PyString;

use crate::errors::{io_error, registry_error, registry_error_with};
use crate::names::config_from;

/// Known entities: canonical names, kinds, aliases, acronyms, renames with dates.
///
/// >>> import crosscheck
/// >>> r = crosscheck.Registry([
/// ...     {"name": "Nur Otan", "kind": "party", "aliases": ["Nour Otan"],
/// ...      "renamed": [{"to": "Amanat", "on": "2022-03-01"}]},
/// ...     {"name": "Nursultan Nazarbayev", "kind": "person"}])
/// >>> r.resolve("Amanat party").entity
/// 'Nur Otan'
/// >>> r.resolve("Назарбаев Нурсултан").entity
/// 'Nursultan Nazarbayev'
/// >>> bare = r.resolve("Nazarbayev")  # a bare surname: for review, not taken
/// >>> bare.entity, bare.possible[0][0]
/// (None, 'Nursultan Nazarbayev')
#[pyclass(name = "Registry", module = "crosscheck", frozen)]
#[derive(Debug, Clone, Default)]
pub struct PyRegistry {
    /// The library's registry.
    pub inner: Registry,
}

/// `json.dumps` of a Python object, dates written as ISO dates (the package's own
/// encoder, `crosscheck._convert.dumps`).
pub fn dumps(obj: &Bound<'_, PyAny>) -> PyResult<String> {
    let py = obj.py();
    py.import("crosscheck._convert")?
        .call_method1("dumps", (obj,))?
        .extract()
}

#[pymethods]
impl PyRegistry {
    /// A registry of the given entities: dicts with "name", "kind" and optionally
    /// "aliases", "acronyms" and "renamed" (a list of {"to", "on"}). None gives an
    /// empty registry.
    #[new]
    #[pyo3(signature = (entities = None))]
    fn new(py: Python<'_>, entities: Option<&Bound<'_, PyAny>>) -> PyResult<PyRegistry> {
        let Some(entities) = entities.filter(|e| !e.is_none()) else {
            return Ok(PyRegistry::default());
        };
        if entities.is_instance_of::<PyString>() {
            return Err(pyo3::exceptions::PyTypeError::new_err(
                "entities must be a list of dicts; for JSON text use Registry.from_json, for a file Registry.from_file",
            ));
        }
        let mut list = Vec::new();
        for (i, item) in entities.try_iter()?.enumerate() {
            let json = dumps(&item?)?;
            let entity: Entity = crosscheck_json(&json).map_err(|message| {
                registry_error_with(
                    py,
                    format!("registry: entry {}: {message}", i + 1),
                    "format",
                    None,
                    None,
                    Some(i + 1),
                    None,
                )
            })?;
            list.push(entity);
        }
        let inner = Registry::from_entities(list).map_err(|e| registry_error(py, &e, None))?;
        Ok(PyRegistry { inner })
    }

    /// Reads a registry file: a JSON list of entities.
    #[staticmethod]
    fn from_file(py: Python<'_>, path: PathBuf) -> PyResult<PyRegistry> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(&path).map_err(|e| io_error(&shown, &e))?;
        let inner = Registry::from_json(&text).map_err(|e| registry_error(py, &e, Some(&shown)))?;
        Ok(PyRegistry { inner })
    }

    /// Reads a registry from JSON text: a list of entities.
    #[staticmethod]
    fn from_json(py: Python<'_>, text: String) -> PyResult<PyRegistry> {
        let inner = Registry::from_json(&text).map_err(|e| registry_error(py, &e, None))?;
        Ok(PyRegistry { inner })
    }

    /// Resolves a mention as written: to an entity by one of its names or by the
    /// hybrid matcher, or to nothing, with the entities that came close.
    #[pyo3(signature = (name, config = None))]
    fn resolve(&self, name: String, config: Option<&Bound<'_, PyAny>>) -> PyResult<PyResolution> {
        let matcher = crosscheck::names::Hybrid::new(config_from(config)?);
        let r = &self.inner;
        Ok(match r.resolve_with(&name, &matcher) {
            Resolution::Entity { id, score } => {
                let e = r.entity(id);
                PyResolution {
                    mention: name,
                    entity: Some(e.name.clone()),
                    kind: Some(kind_name(e)),
                    score,
                    possible: Vec::new(),
                }
            }
            Resolution::Unresolved { possible } => PyResolution {
                mention: name,
                entity: None,
                kind: None,
                score: 0.0,
                possible: possible
                    .iter()
                    .map(|c| (r.entity(c.entity).name.clone(), c.score))
                    .collect(),
            },
        })
    }

    /// The canonical names, in registry order.
    #[getter]
    fn names(&self) -> Vec<String> {
        self.inner
            .entities()
            .iter()
            .map(|e| e.name.clone())
            .collect()
    }

    /// The entities as dicts, in registry order.
    #[getter]
    fn entities<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let json = to_json(self.inner.entities());
        py.import("json")?.call_method1("loads", (json,))
    }

    fn __len__(&self) -> usize {
        self.inner.entities().len()
    }

    fn __repr__(&self) -> String {
        format!("Registry({} entities)", self.inner.entities().len())
    }
}

/// The entities as JSON (a list of strings and dates always serializes).
fn to_json(entities: &[Entity]) -> String {
    serde_json::to_string(entities).unwrap_or_default()
}

/// One entity read from JSON; the error as a message.
fn crosscheck_json(json: &str) -> Result<Entity, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

/// The name of an entity's kind, as the registry file writes it.
fn kind_name(e: &Entity) -> String {
    match e.kind {
        EntityKind::Person => "person",
        EntityKind::Party => "party",
        EntityKind::Place => "place",
        EntityKind::Organisation => "organisation",
        _ => "other",
    }
    .to_string()
}

/// How a mention was resolved.
#[pyclass(name = "Resolution", module = "crosscheck", frozen, get_all)]
#[derive(Debug, Clone)]
pub struct PyResolution {
    /// The mention as given.
    pub mention: String,
    /// The canonical name of the entity it denotes, or None.
    pub entity: Option<String>,
    /// The entity's kind (person, party, place, organisation, other), or None.
    pub kind: Option<String>,
    /// The matcher's score (1 for a name of the entity; 0 when unresolved).
    pub score: f64,
    /// When unresolved: the entities that came close, best first, with their scores.
    pub possible: Vec<(String, f64)>,
}

#[pymethods]
impl PyResolution {
    /// True when the mention resolved to an entity.
    fn __bool__(&self) -> bool {
        self.entity.is_some()
    }

    fn __repr__(&self) -> String {
        match &self.entity {
            Some(e) => format!(
                "Resolution({:?} -> {:?}, score={:.3})",
                self.mention, e, self.score
            ),
            None => format!(
                "Resolution({:?} unresolved, possible={:?})",
                self.mention, self.possible
            ),
        }
    }
}
