//! The registry of known entities: canonical names, kinds, aliases, acronyms, and
//! renames with the date they took effect; and the resolution of subject mentions
//! through it.
//!
//! A mention resolves by its variant key against every name an entity has had, then
//! by a [`NameMatcher`] (the [`Hybrid`] unless the caller chooses another). A
//! "possible" match is not taken: it is returned for review. Mentions the registry
//! does not know are grouped among themselves by [`crate::names::cluster`] when a
//! store is reconciled.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::date::Date;
use crate::names::blocking::{BlockIndex, blocking_keys};
use crate::names::{Decision, Hybrid, NameKey, NameMatcher};

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A political party.
    Party,
    /// A place: city, region, country.
    Place,
    /// Any other organisation.
    #[serde(alias = "organization", alias = "org")]
    Organisation,
    /// Anything else.
    #[serde(other)]
    Other,
}

/// A change of name that took effect on a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rename {
    /// The new name.
    pub to: String,
    /// The day it took effect.
    pub on: Date,
}

/// One entry of the registry file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    /// The canonical name (the first name, before any rename).
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// Other names and spellings.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Acronyms.
    #[serde(default)]
    pub acronyms: Vec<String>,
    /// Renames, in any order.
    #[serde(default)]
    pub renamed: Vec<Rename>,
}

impl Entity {
    /// The name in force on `date`: the canonical name, or the latest rename that had
    /// taken effect by then.
    ///
    /// ```
    /// use crosscheck::entity::Registry;
    /// let r = Registry::from_json(r#"[{"name":"Astana","kind":"place","renamed":[
    ///     {"to":"Nur-Sultan","on":"2019-03-23"},{"to":"Astana","on":"2022-09-17"}]}]"#).unwrap();
    /// let e = &r.entities()[0];
    /// assert_eq!(e.name_on("2021-01-10".parse().unwrap()), "Nur-Sultan");
    /// assert_eq!(e.name_on("2023-03-19".parse().unwrap()), "Astana");
    /// ```
    pub fn name_on(&self, date: Date) -> &str {
        self.renamed
            .iter()
            .filter(|r| r.on <= date)
            .max_by_key(|r| r.on)
            .map_or(self.name.as_str(), |r| r.to.as_str())
    }

    /// Every name the entity has had: canonical, aliases, acronyms, renames.
    pub fn all_names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str())
            .chain(self.aliases.iter().map(String::as_str))
            .chain(self.acronyms.iter().map(String::as_str))
            .chain(self.renamed.iter().map(|r| r.to.as_str()))
    }
}

/// An entity's place in its [`Registry`]: the order of the registry file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct EntityId(u32);

impl EntityId {
    /// The entity's index in [`Registry::entities`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// An entity a mention may denote, for review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    /// The entity.
    pub entity: EntityId,
    /// The entity's name that came closest, as the registry writes it.
    pub name: String,
    /// The matcher's score.
    pub score: f64,
}

/// A registry file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum RegistryError {
    /// Not valid JSON of the registry's shape.
    #[error(
        "registry: line {line}, column {column}: {message} (expected a list of {{\"name\", \"kind\", \"aliases\"?, \"acronyms\"?, \"renamed\"?: [{{\"to\", \"on\": \"YYYY-MM-DD\"}}]}})"
    )]
    Format {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What was wrong.
        message: String,
    },
    /// An entry with an empty name.
    #[error("registry: entry {entry} ({field}) is empty")]
    EmptyName {
        /// 1-based entry number.
        entry: usize,
        /// Which name.
        field: &'static str,
    },
    /// More entities than an [`EntityId`] can number.
    #[error("registry: entry {entry}: more than {} entities", u32::MAX)]
    TooMany {
        /// 1-based entry number.
        entry: usize,
    },
}

/// How a mention was resolved.
#[derive(Debug, Clone, PartialEq)]
pub enum Resolution {
    /// To a registry entity, by one of its names or by the matcher.
    Entity {
        /// The entity.
        id: EntityId,
        /// The matcher's score (1 for a name of the entity).
        score: f64,
    },
    /// Not resolved; these entities might be meant (for review).
    Unresolved {
        /// The entities that came close, best first, each once.
        possible: Vec<Candidate>,
    },
}

/// The registry: known entities and an index of all their names.
///
/// ```
/// use crosscheck::entity::{Registry, Resolution};
/// let r = Registry::from_json(r#"[
///   {"name":"Nur Otan","kind":"party","aliases":["Nour Otan"],"renamed":[{"to":"Amanat","on":"2022-03-01"}]},
///   {"name":"Nursultan Nazarbayev","kind":"person"}
/// ]"#).unwrap();
/// let id = |m| match r.resolve(m) {
///     Resolution::Entity { id, .. } => Some(r.entity(id).name.as_str()),
///     _ => None,
/// };
/// assert_eq!(id("Amanat party"), Some("Nur Otan"));
/// assert_eq!(id("Назарбаев Нурсултан"), Some("Nursultan Nazarbayev"));
/// // a bare surname is only a possible match: not taken
/// assert!(matches!(r.resolve("Nazarbayev"), Resolution::Unresolved { ref possible } if !possible.is_empty()));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Registry {
    entities: Vec<Entity>,
    /// Variant key of each name → entities having it.
    by_key: HashMap<String, Vec<EntityId>>,
    /// Every name parsed, with its entity.
    names: Vec<(EntityId, NameKey)>,
    /// Names by blocking key, so a mention is compared with few names.
    blocks: BlockIndex,
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Registry {
        Registry::default()
    }

    /// Reads a registry file: a JSON list of entities.
    pub fn from_json(text: &str) -> Result<Registry, RegistryError> {
        let entities: Vec<Entity> =
            serde_json::from_str(text).map_err(|e| RegistryError::Format {
                line: e.line(),
                column: e.column(),
                message: e.to_string(),
            })?;
        Registry::from_entities(entities)
    }

    /// Builds a registry from entities.
    pub fn from_entities(entities: Vec<Entity>) -> Result<Registry, RegistryError> {
        let mut r = Registry {
            entities: Vec::with_capacity(entities.len()),
            ..Registry::default()
        };
        for (i, e) in entities.into_iter().enumerate() {
            let empty = |field| RegistryError::EmptyName {
                entry: i + 1,
                field,
            };
            if e.name.trim().is_empty() {
                return Err(empty("name"));
            }
            if e.aliases.iter().any(|a| a.trim().is_empty()) {
                return Err(empty("aliases"));
            }
            if e.acronyms.iter().any(|a| a.trim().is_empty()) {
                return Err(empty("acronyms"));
            }
            if e.renamed.iter().any(|a| a.to.trim().is_empty()) {
                return Err(empty("renamed.to"));
            }
            let id = u32::try_from(i)
                .map(EntityId)
                .map_err(|_| RegistryError::TooMany { entry: i + 1 })?;
            r.add(id, e);
        }
        Ok(r)
    }

    fn add(&mut self, id: EntityId, e: Entity) {
        for name in e.all_names() {
            let key = NameKey::parse(name);
            let slot = self.by_key.entry(key.key()).or_default();
            if !slot.contains(&id) {
                slot.push(id);
            }
            self.blocks.insert(&blocking_keys(&key), self.names.len());
            self.names.push((id, key));
        }
        self.entities.push(e);
    }

    /// The entities, in registry order.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The entity with this id.
    ///
    /// # Panics
    ///
    /// When `id` comes from another registry with more entities.
    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id.index()]
    }

    /// True when the registry holds no entity.
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    /// Resolves a mention as written, with the default [`Hybrid`] matcher.
    pub fn resolve(&self, mention: &str) -> Resolution {
        self.resolve_with(mention, &Hybrid::default())
    }

    /// Resolves a mention as written with `matcher`.
    ///
    /// ```
    /// use crosscheck::entity::{Registry, Resolution};
    /// use crosscheck::names::{Hybrid, HybridConfig};
    /// let r = Registry::from_json(r#"[{"name":"Kassym-Jomart Tokayev","kind":"person"}]"#).unwrap();
    /// let strict = Hybrid::new(HybridConfig::default().with_match_threshold(0.99));
    /// assert!(matches!(r.resolve("Kassim-Jomart Tokayuv"), Resolution::Entity { .. }));
    /// assert!(matches!(r.resolve_with("Kassim-Jomart Tokayuv", &strict), Resolution::Unresolved { .. }));
    /// ```
    pub fn resolve_with(&self, mention: &str, matcher: &dyn NameMatcher) -> Resolution {
        // parsing a name costs more than the lookup: a registry without names (an
        // article read with no registry) answers before it
        if self.names.is_empty() {
            return Resolution::Unresolved { possible: vec![] };
        }
        self.resolve_key_with(&NameKey::parse(mention), matcher)
    }

    /// Resolves an already parsed mention, with the default [`Hybrid`] matcher.
    pub fn resolve_key(&self, key: &NameKey) -> Resolution {
        self.resolve_key_with(key, &Hybrid::default())
    }

    /// Resolves an already parsed mention with `matcher`: by variant key against every
    /// name an entity has had, then by the matcher among the names that share a block.
    /// Two entities matching equally well resolve to neither.
    pub fn resolve_key_with(&self, key: &NameKey, matcher: &dyn NameMatcher) -> Resolution {
        // without entities there is nothing to look up (and no key to build)
        if key.is_empty() || self.names.is_empty() {
            return Resolution::Unresolved { possible: vec![] };
        }
        if let Some(list) = self.by_key.get(&key.key())
            && list.len() == 1
        {
            return Resolution::Entity {
                id: list[0],
                score: 1.0,
            };
        }
        let mut candidates = Vec::new();
        self.blocks
            .gather(&blocking_keys(key), usize::MAX, &mut candidates);
        let mut best: Option<(EntityId, f64)> = None;
        let mut ambiguous = false;
        let mut possible: Vec<Candidate> = Vec::new();
        for (id, name) in candidates.into_iter().map(|n| &self.names[n]) {
            let r = matcher.decide_keys(key, name);
            match r.decision {
                Decision::Match => match best {
                    Some((b, s)) if b != *id && (r.score - s).abs() < 1e-9 => ambiguous = true,
                    Some((_, s)) if r.score <= s => {}
                    _ => {
                        best = Some((*id, r.score));
                        ambiguous = false;
                    }
                },
                Decision::Possible => possible.push(Candidate {
                    entity: *id,
                    name: name.raw.clone(),
                    score: r.score,
                }),
                Decision::NoMatch => {}
            }
        }
        match best {
            Some((id, score)) if !ambiguous => Resolution::Entity { id, score },
            _ => {
                possible.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.entity.cmp(&b.entity)));
                possible.dedup_by_key(|p| p.entity);
                Resolution::Unresolved { possible }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KZ: &str = r#"[
      {"name": "Nur Otan", "kind": "party", "aliases": ["Nour Otan", "Nur Otan party"],
       "renamed": [{"to": "Amanat", "on": "2022-03-01"}]},
      {"name": "National Social Democratic Party", "kind": "party",
       "aliases": ["All-National Social Democratic Party"], "acronyms": ["NSDP", "OSDP"]},
      {"name": "Kassym-Jomart Tokayev", "kind": "person"},
      {"name": "Nursultan Nazarbayev", "kind": "person", "aliases": ["Nursultan Nagayev"]},
      {"name": "Astana", "kind": "place",
       "renamed": [{"to": "Nur-Sultan", "on": "2019-03-23"}, {"to": "Astana", "on": "2022-09-17"}]}
    ]"#;

    fn resolved(r: &Registry, m: &str) -> Option<usize> {
        match r.resolve(m) {
            Resolution::Entity { id, .. } => Some(id.index()),
            Resolution::Unresolved { .. } => None,
        }
    }

    #[test]
    fn names_aliases_acronyms_and_renames_resolve() {
        let r = Registry::from_json(KZ).unwrap();
        assert_eq!(resolved(&r, "Nour Otan"), Some(0));
        assert_eq!(resolved(&r, "Amanat"), Some(0));
        assert_eq!(resolved(&r, "OSDP"), Some(1));
        assert_eq!(resolved(&r, "Qasym-Zhomart Toqaev"), Some(2));
        assert_eq!(resolved(&r, "Nursultan Nagayev"), Some(3));
        assert_eq!(resolved(&r, "Nur-Sultan"), Some(4));
        assert_eq!(resolved(&r, "Nursultan Nazarbaev"), Some(3));
        assert_eq!(resolved(&r, "Dariga Nazarbayeva"), None);
    }

    #[test]
    fn a_registry_without_names_resolves_nothing() {
        let r = Registry::new();
        for m in ["Nur Otan", "Kassym-Jomart Tokayev", "", "  "] {
            assert_eq!(
                r.resolve(m),
                Resolution::Unresolved { possible: vec![] },
                "{m:?}"
            );
        }
    }

    #[test]
    fn names_in_force_follow_the_renames() {
        let r = Registry::from_json(KZ).unwrap();
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(r.entities()[0].name_on(d("2021-01-10")), "Nur Otan");
        assert_eq!(r.entities()[0].name_on(d("2023-03-20")), "Amanat");
        assert_eq!(r.entities()[4].name_on(d("2018-01-01")), "Astana");
    }

    #[test]
    fn bad_registries_are_clear_errors() {
        let e = Registry::from_json("[{\"name\": \"X\"}]").unwrap_err();
        assert!(e.to_string().contains("kind"), "{e}");
        let e = Registry::from_json(
            r#"[{"name":"X","kind":"party","renamed":[{"to":"Y","on":"2022-02-30"}]}]"#,
        )
        .unwrap_err();
        assert!(e.to_string().contains("2022-02-30"), "{e}");
        let e = Registry::from_json(r#"[{"name":" ","kind":"party"}]"#).unwrap_err();
        assert_eq!(
            e,
            RegistryError::EmptyName {
                entry: 1,
                field: "name"
            }
        );
        assert!(Registry::from_json(r#"[{"name":"X","kind":"party","colour":"blue"}]"#).is_err());
    }
}
