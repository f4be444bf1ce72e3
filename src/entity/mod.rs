//! The registry of known entities: canonical names, kinds, aliases, acronyms, and
//! renames with the date they took effect; and the resolution of subject mentions
//! through it.
//!
//! A mention resolves by its variant key against every name an entity has had, then
//! by the [`Hybrid`] matcher. A "possible" match is not taken: it is returned for
//! review. Mentions the registry does not know are grouped among themselves by
//! [`crate::names::cluster`] in the claim store.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::claim::Date;
use crate::names::cluster::blocking_keys;
use crate::names::{Decision, Hybrid, NameKey};

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

/// A registry file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
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
}

/// How a mention was resolved.
#[derive(Debug, Clone, PartialEq)]
pub enum Resolution {
    /// To a registry entity, by one of its names or by the matcher.
    Entity {
        /// Index in [`Registry::entities`].
        index: usize,
        /// The matcher's score (1 for a name of the entity).
        score: f64,
    },
    /// Not resolved; these entities might be meant (for review).
    Unresolved {
        /// (entity index, the name that came close, score), best first.
        possible: Vec<(usize, String, f64)>,
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
/// assert!(matches!(r.resolve("Amanat party"), Resolution::Entity { index: 0, .. }));
/// assert!(matches!(r.resolve("Назарбаев Нурсултан"), Resolution::Entity { index: 1, .. }));
/// // a bare surname is only a possible match: not taken
/// assert!(matches!(r.resolve("Nazarbayev"), Resolution::Unresolved { ref possible } if !possible.is_empty()));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Registry {
    entities: Vec<Entity>,
    /// Variant key of each name → entities having it.
    by_key: HashMap<String, Vec<usize>>,
    /// Every name parsed, with its entity.
    names: Vec<(usize, NameKey)>,
    /// Blocking key → names in that block, so a mention is compared with few names.
    blocks: HashMap<String, Vec<usize>>,
    matcher: Hybrid,
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
            r.add(e);
        }
        Ok(r)
    }

    fn add(&mut self, e: Entity) {
        let index = self.entities.len();
        for name in e.all_names() {
            let key = NameKey::parse(name);
            let slot = self.by_key.entry(key.key()).or_default();
            if !slot.contains(&index) {
                slot.push(index);
            }
            for block in blocking_keys(&key) {
                self.blocks.entry(block).or_default().push(self.names.len());
            }
            self.names.push((index, key));
        }
        self.entities.push(e);
    }

    /// The entities, in registry order.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// Resolves a mention as written.
    pub fn resolve(&self, mention: &str) -> Resolution {
        let key = NameKey::parse(mention);
        self.resolve_key(&key)
    }

    /// Resolves an already parsed mention.
    pub fn resolve_key(&self, key: &NameKey) -> Resolution {
        // without entities there is nothing to look up (and no key to build)
        if key.is_empty() || self.names.is_empty() {
            return Resolution::Unresolved { possible: vec![] };
        }
        if let Some(list) = self.by_key.get(&key.key())
            && list.len() == 1
        {
            return Resolution::Entity {
                index: list[0],
                score: 1.0,
            };
        }
        let mut best: Option<(usize, f64)> = None;
        let mut ambiguous = false;
        let mut possible: Vec<(usize, String, f64)> = Vec::new();
        let mut candidates: Vec<usize> = blocking_keys(key)
            .iter()
            .filter_map(|b| self.blocks.get(b))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        for (index, name) in candidates.into_iter().map(|n| &self.names[n]) {
            let r = self.matcher.compare_keys(key, name);
            match r.decision {
                Decision::Match => match best {
                    Some((b, s)) if b != *index && (r.score - s).abs() < 1e-9 => ambiguous = true,
                    Some((_, s)) if r.score <= s => {}
                    _ => {
                        best = Some((*index, r.score));
                        ambiguous = false;
                    }
                },
                Decision::Possible => possible.push((*index, name.raw.clone(), r.score)),
                Decision::NoMatch => {}
            }
        }
        match best {
            Some((index, score)) if !ambiguous => Resolution::Entity { index, score },
            _ => {
                possible.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)));
                possible.dedup_by_key(|p| p.0);
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
            Resolution::Entity { index, .. } => Some(index),
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
