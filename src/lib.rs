//! # crosscheck
//!
//! Cross-source fact reconciliation, starting with its hardest first step: deciding
//! which names, as outlets write them, denote the same person, party or place.
//!
//! News desks and analysts gather the same facts from many sources, and the sources
//! spell names differently: Nazarbayev, Nazarbaev, Назарбаев, Nasarbajew; Kassym-Jomart
//! Tokayev, Qasym-Zhomart Toqaev; Nur Otan, Nour Otan. Plain string similarity either
//! misses these or merges people who must stay apart (Nazarbayev and his daughter
//! Nazarbayeva; Heydar and Ilham Aliyev; Nursultan Nazarbayev and the city of
//! Nur-Sultan). crosscheck reads names the way the region's naming works.
//!
//! The data flows one way, and each stage is usable on its own:
//!
//! 1. [`normalize`]: text → comparable forms. Unicode NFKC, case folding,
//!    transliteration of Cyrillic (Russian, Kazakh, Ukrainian, Belarusian, Kyrgyz,
//!    Tajik, Uzbek), Armenian and Georgian, diacritics, punctuation; a *variant key*
//!    that folds the spellings of romanization systems; detection of mixed-script
//!    words (a Cyrillic `а` hidden in a Latin name).
//! 2. [`names`]: names → who is who. Name parts (given names, patronymic, surname,
//!    initials, either order), matching strategies behind one trait with a score, a
//!    decision and the evidence, and clustering of many mentions with blocking.
//!
//! ```
//! use crosscheck::names::{cluster, Decision, Hybrid, MatchStrategy};
//!
//! let matcher = Hybrid::default();
//!
//! // spellings of one person, in two scripts and three romanizations
//! let r = matcher.compare("Kassym-Jomart Tokayev", "Қасым-Жомарт Тоқаев");
//! assert_eq!(r.decision, Decision::Match);
//!
//! // father and daughter: the feminine surname form is another person
//! let r = matcher.compare("Nursultan Nazarbayev", "Dariga Nazarbayeva");
//! assert_eq!(r.decision, Decision::NoMatch);
//! for reason in &r.evidence {
//!     println!("{reason}");
//! }
//!
//! // a bare surname fits any bearer of it: a possible match, for review
//! assert_eq!(matcher.compare("Nazarbayev", "Nursultan Nazarbayev").decision, Decision::Possible);
//!
//! // many mentions into entities
//! let mentions = ["Nursultan Nazarbayev", "Нурсултан Назарбаев", "Nazarbaev N.", "Nur-Sultan"];
//! let groups = cluster(&mentions);
//! assert_eq!(groups.clusters.len(), 2);
//! ```

#![warn(missing_docs)]

pub mod claim;
pub mod date;
pub mod entity;
pub mod extract;
pub mod names;
pub mod normalize;
pub mod reconcile;
pub mod report;
pub mod store;

/// The string type of claims and reports: strings of up to 23 bytes (ids, outlet
/// names, dates, units, most subjects) are held without a heap allocation, and
/// longer ones are shared on clone.
pub use smol_str::SmolStr;

/// The README's examples, run as tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
