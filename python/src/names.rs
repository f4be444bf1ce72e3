//! Names: normalization, the variant key, the hybrid matcher with its constants, and
//! clustering.

use crosscheck::names::{Decision, Hybrid, HybridConfig, MatchResult, MatchStrategy};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

/// The text folded to its comparable form: case, marks, punctuation, and
/// romanization of Cyrillic, Armenian and Georgian under the language the text shows.
///
/// >>> import crosscheck
/// >>> crosscheck.normalize("Віктор Ющенко")
/// 'viktor yushchenko'
/// >>> crosscheck.normalize("Mr. Zhanbolat MAMAY")
/// 'mr zhanbolat mamay'
#[pyfunction]
pub fn normalize(text: String) -> String {
    crosscheck::normalize::fold(&text)
}

/// The key that the spellings of romanization systems and outlets share (q/k,
/// zh/j, ou/u, -yev/-ev ...), of the normalized text.
///
/// >>> import crosscheck
/// >>> crosscheck.variant_key("Nazarbayev") == crosscheck.variant_key("Nazarbaev")
/// True
/// >>> crosscheck.variant_key("Qasym-Zhomart Toqaev") == crosscheck.variant_key("Kassym-Jomart Tokayev")
/// True
#[pyfunction]
pub fn variant_key(text: String) -> String {
    crosscheck::normalize::variant_key(&crosscheck::normalize::fold(&text))
}

macro_rules! hybrid_config {
    ($($field:ident: $doc:literal),* $(,)?) => {
        /// The judgement constants of the hybrid matcher: the documented defaults, with
        /// any constant given by name changed. Attributes can be read and set.
        ///
        /// >>> import crosscheck
        /// >>> strict = crosscheck.HybridConfig(match_threshold=0.99)
        /// >>> crosscheck.match("Kassim-Jomart Tokayuv", "Kassym-Jomart Tokayev", strict).decision
        /// 'possible'
        /// >>> strict.possible_threshold
        /// 0.72
        #[pyclass(name = "HybridConfig", module = "crosscheck", from_py_object, eq)]
        #[derive(Debug, Clone, PartialEq)]
        pub struct PyHybridConfig {
            $(
                #[doc = $doc]
                #[pyo3(get, set)]
                pub $field: f64,
            )*
        }

        impl PyHybridConfig {
            /// The names of the constants, in the library's order.
            pub const FIELDS: &[&str] = &[$(stringify!($field)),*];

            /// The Python object of a library config.
            pub fn from_config(c: &HybridConfig) -> PyHybridConfig {
                PyHybridConfig { $($field: c.$field),* }
            }

            /// The library config.
            pub fn to_config(&self) -> HybridConfig {
                let mut c = HybridConfig::default();
                $(c.$field = self.$field;)*
                c
            }

            /// Sets the constant `name`; false when there is none of that name.
            fn set(&mut self, name: &str, value: f64) -> bool {
                match name {
                    $(stringify!($field) => { self.$field = value; true })*
                    _ => false,
                }
            }

            /// Every constant with its name.
            fn pairs(&self) -> Vec<(&'static str, f64)> {
                vec![$((stringify!($field), self.$field)),*]
            }
        }
    };
}

hybrid_config! {
    match_threshold: "Score at or above which two names match.",
    possible_threshold: "Score at or above which a pair is a possible match, for review.",
    part_threshold: "Similarity at or above which two name parts count as the same part.",
    surname_weight: "Weight of the surname in a person's score.",
    review_cap: "Score ceiling when the evidence supports review but not a merge.",
    stem_variant_score: "Similarity of surnames that differ only in a Russian against a native ending.",
    hard_negative_cap: "Score ceiling after a hard-negative rule.",
    kind_conflict_score: "Score when the names denote different kinds of thing.",
    generic_word_weight: "Weight of generic words in organisation names.",
    acronym_score: "Score of an acronym that equals the other name's initials.",
    joined_score: "Score of names equal once their words are joined.",
    reordered_score: "Score of names with the same words in another order.",
    extra_given_penalty: "Score taken off when one side has given names the other lacks.",
}

impl PyHybridConfig {
    /// The defaults with the entries of `dict` set; an unknown name or a value that is
    /// not a finite number is an error.
    fn from_dict(dict: &Bound<'_, PyDict>) -> PyResult<PyHybridConfig> {
        let mut config = PyHybridConfig::from_config(&HybridConfig::default());
        for (key, value) in dict.iter() {
            let name: String = key
                .extract()
                .map_err(|_| PyTypeError::new_err("HybridConfig: names must be strings"))?;
            let number: f64 = value.extract().map_err(|_| {
                PyTypeError::new_err(format!("HybridConfig: {name} must be a number"))
            })?;
            if !number.is_finite() {
                return Err(PyValueError::new_err(format!(
                    "HybridConfig: {name} must be finite, not {number}"
                )));
            }
            if !config.set(&name, number) {
                return Err(PyTypeError::new_err(format!(
                    "HybridConfig has no constant {name:?}; it has {}",
                    PyHybridConfig::FIELDS.join(", ")
                )));
            }
        }
        Ok(config)
    }
}

#[pymethods]
impl PyHybridConfig {
    /// The documented defaults, with any constant given by name changed.
    #[new]
    #[pyo3(signature = (**kwargs))]
    fn new(kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<PyHybridConfig> {
        match kwargs {
            Some(k) => PyHybridConfig::from_dict(k),
            None => Ok(PyHybridConfig::from_config(&HybridConfig::default())),
        }
    }

    /// The constants as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (name, value) in self.pairs() {
            d.set_item(name, value)?;
        }
        Ok(d)
    }

    fn __repr__(&self) -> String {
        let fields: Vec<String> = self
            .pairs()
            .iter()
            .map(|(n, v)| format!("{n}={v}"))
            .collect();
        format!("HybridConfig({})", fields.join(", "))
    }
}

/// The config a Python caller gave: none (the defaults), a `HybridConfig`, or a dict.
pub fn config_from(config: Option<&Bound<'_, PyAny>>) -> PyResult<HybridConfig> {
    let Some(config) = config.filter(|c| !c.is_none()) else {
        return Ok(HybridConfig::default());
    };
    if let Ok(c) = config.cast::<PyHybridConfig>() {
        return Ok(c.borrow().to_config());
    }
    if let Ok(d) = config.cast::<PyDict>() {
        return Ok(PyHybridConfig::from_dict(d)?.to_config());
    }
    Err(PyTypeError::new_err(format!(
        "config must be a HybridConfig or a dict, not {}",
        config.get_type().name()?
    )))
}

/// The outcome of comparing two names.
#[pyclass(name = "MatchResult", module = "crosscheck", frozen, get_all)]
#[derive(Debug, Clone)]
pub struct PyMatchResult {
    /// Similarity in [0, 1].
    pub score: f64,
    /// "match", "possible" or "no_match".
    pub decision: String,
    /// The reasons, one sentence each.
    pub evidence: Vec<String>,
}

#[pymethods]
impl PyMatchResult {
    fn __repr__(&self) -> String {
        format!(
            "MatchResult(score={:.3}, decision={:?}, evidence={:?})",
            self.score, self.decision, self.evidence
        )
    }

    /// True when the decision is "match".
    fn __bool__(&self) -> bool {
        self.decision == "match"
    }
}

/// The Python name of a decision.
fn decision_name(d: Decision) -> &'static str {
    match d {
        Decision::Match => "match",
        Decision::Possible => "possible",
        Decision::NoMatch => "no_match",
    }
}

impl From<MatchResult> for PyMatchResult {
    fn from(r: MatchResult) -> PyMatchResult {
        PyMatchResult {
            score: r.score,
            decision: decision_name(r.decision).to_string(),
            evidence: r.evidence.iter().map(ToString::to_string).collect(),
        }
    }
}

/// Compares two names with the hybrid matcher: a score in [0, 1], a decision
/// ("match", "possible" for review, "no_match") and the evidence. `config` is a
/// `HybridConfig` or a dict of its constants.
///
/// >>> import crosscheck
/// >>> r = crosscheck.match("Nazarbayev", "Назарбаев")
/// >>> r.decision, r.score
/// ('match', 1.0)
/// >>> crosscheck.match("Nursultan Nazarbayev", "Dariga Nazarbayeva").decision
/// 'no_match'
/// >>> crosscheck.match("Nazarbayev", "Nursultan Nazarbayev").decision
/// 'possible'
#[pyfunction]
#[pyo3(name = "match", signature = (a, b, config = None))]
pub fn match_names(
    a: String,
    b: String,
    config: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyMatchResult> {
    let matcher = Hybrid::new(config_from(config)?);
    Ok(matcher.compare(&a, &b).into())
}

/// One entity found among the mentions.
#[pyclass(
    name = "Cluster",
    module = "crosscheck",
    frozen,
    get_all,
    from_py_object
)]
#[derive(Debug, Clone)]
pub struct PyCluster {
    /// The most frequent spelling among the members.
    pub representative: String,
    /// The member mentions, as written, in input order.
    pub members: Vec<String>,
    /// Their positions in the input.
    pub indices: Vec<usize>,
}

#[pymethods]
impl PyCluster {
    fn __repr__(&self) -> String {
        format!(
            "Cluster(representative={:?}, members={:?})",
            self.representative, self.members
        )
    }

    fn __len__(&self) -> usize {
        self.members.len()
    }
}

/// Two clusters that may be one entity: for review, not merged.
#[pyclass(
    name = "PossibleLink",
    module = "crosscheck",
    frozen,
    get_all,
    from_py_object
)]
#[derive(Debug, Clone)]
pub struct PyPossibleLink {
    /// The first cluster's representative.
    pub a: String,
    /// The second cluster's representative.
    pub b: String,
    /// The matcher's score.
    pub score: f64,
    /// The first cluster's position in `Clustering.clusters`.
    pub a_index: usize,
    /// The second cluster's position.
    pub b_index: usize,
}

#[pymethods]
impl PyPossibleLink {
    fn __repr__(&self) -> String {
        format!(
            "PossibleLink(a={:?}, b={:?}, score={:.3})",
            self.a, self.b, self.score
        )
    }
}

/// Mentions grouped into entities.
#[pyclass(name = "Clustering", module = "crosscheck", frozen, get_all)]
#[derive(Debug, Clone)]
pub struct PyClustering {
    /// The entities, in order of their first mention.
    pub clusters: Vec<PyCluster>,
    /// Pairs of clusters that may be one entity, for review.
    pub possible: Vec<PyPossibleLink>,
    /// For each input mention, the position of its cluster in `clusters`.
    pub assignment: Vec<usize>,
}

#[pymethods]
impl PyClustering {
    fn __repr__(&self) -> String {
        format!(
            "Clustering({} clusters, {} possible links)",
            self.clusters.len(),
            self.possible.len()
        )
    }

    fn __len__(&self) -> usize {
        self.clusters.len()
    }
}

/// Every string of an iterable (a lone string is not taken as its letters).
pub fn strings(names: &Bound<'_, PyAny>, what: &str) -> PyResult<Vec<String>> {
    if names.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be an iterable of strings, not one string"
        )));
    }
    names
        .try_iter()?
        .map(|n| {
            n?.extract::<String>()
                .map_err(|_| PyTypeError::new_err(format!("{what} must all be strings")))
        })
        .collect()
}

/// Groups name mentions into entities with the hybrid matcher. Pairs it cannot
/// decide are listed in `possible`, never merged. The GIL is released while it works.
///
/// >>> import crosscheck
/// >>> c = crosscheck.cluster(["Nursultan Nazarbayev", "Нурсултан Назарбаев", "Nur-Sultan"])
/// >>> [k.members for k in c.clusters]
/// [['Nursultan Nazarbayev', 'Нурсултан Назарбаев'], ['Nur-Sultan']]
/// >>> c.assignment
/// [0, 0, 1]
#[pyfunction]
#[pyo3(signature = (names, config = None))]
pub fn cluster(
    py: Python<'_>,
    names: &Bound<'_, PyAny>,
    config: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyClustering> {
    let names = strings(names, "names")?;
    let matcher = Hybrid::new(config_from(config)?);
    Ok(py.detach(|| {
        let c = crosscheck::names::cluster_with(&matcher, &names);
        let clusters: Vec<PyCluster> = c
            .clusters
            .iter()
            .map(|k| PyCluster {
                representative: k.representative.clone(),
                members: k.members.iter().map(|&i| names[i].clone()).collect(),
                indices: k.members.clone(),
            })
            .collect();
        let possible = c
            .possible
            .iter()
            .map(|p| PyPossibleLink {
                a: clusters[p.a].representative.clone(),
                b: clusters[p.b].representative.clone(),
                score: p.score,
                a_index: p.a,
                b_index: p.b,
            })
            .collect();
        PyClustering {
            clusters,
            possible,
            assignment: c.assignment,
        }
    }))
}
