//! # crosscheck
//!
//! Cross-source fact reconciliation. News desks and analysts gather the same facts
//! from many outlets, and the outlets spell names differently (Nazarbayev, Nazarbaev,
//! Назарбаев; Nur Otan, Nour Otan), round differently (71%, 71.1%), hedge ("nearly
//! 72%", "several dozen"), measure differently (exit poll, official count) and report
//! at different times. crosscheck works out who is who, groups the claims by subject,
//! and says — with reasons — where the sources agree, where they only look different,
//! and where they truly disagree.
//!
//! ## The flow
//!
//! Data flows one way; each stage is usable on its own and imports only the stages
//! before it.
//!
//! 1. [`normalize`]: **text → keys.** Unicode NFKC, case folding, transliteration of
//!    Cyrillic (Russian, Kazakh, Ukrainian, Belarusian, Kyrgyz, Tajik, Uzbek), Armenian
//!    and Georgian, diacritics, punctuation; a *variant key* that folds the spellings of
//!    romanization systems; mixed-script words (a Cyrillic `а` in a Latin name).
//! 2. [`names`]: **keys → who is who.** Name parts (given names, patronymic, surname,
//!    initials, either order); matching strategies behind one trait, each with a score,
//!    a decision and its evidence; the [`Hybrid`] matcher, which decides three ways
//!    (match, possible — for review —, no match); clustering of many mentions with
//!    [`names::blocking`].
//! 3. [`entity`]: **names → entities.** A [`Registry`] of known entities with aliases,
//!    acronyms and dated renames (Nur Otan → Amanat in 2022).
//! 4. [`claim`]: **statements → claims.** A [`Claim`] is a source, a date, a subject, a
//!    predicate, a value read into an interval (a quantity's precision and hedges, a
//!    date's granularity, the birth dates an age implies) and qualifiers. Dates live in
//!    [`date`], below every stage that needs them.
//! 5. [`store`]: **claims in.** A [`ClaimStore`] reads JSONL with errors that name the
//!    line and the field, merges, saves and loads.
//! 6. [`reconcile`](mod@reconcile): **claims → groups → verdicts.** Subjects resolved through the
//!    registry (the rest clustered), claims grouped by (subject, predicate, scope), each
//!    group decided — [`Verdict`] agree, compatible or disagree — with its sides, the gap
//!    and a sentence a journalist can read. One [`NameMatcher`], chosen in
//!    [`ReconcileOptions`], makes every name decision of a run.
//! 7. [`report`]: **verdicts out.** The [`Report`] as JSON, a text table or one HTML
//!    page.
//!
//! Beside the flow, [`extract`](mod@extract) turns news articles into claims (sentences, mentions,
//! hedged numbers and dates, a cue lexicon), each keeping where in the text it was
//! found.
//!
//! ## From claims to a report
//!
//! ```
//! use crosscheck::{ClaimStore, ReconcileOptions, Registry, Verdict, reconcile};
//!
//! // who is who: a party renamed in 2022
//! let registry = Registry::from_json(r#"[
//!   {"name": "Nur Otan", "kind": "party", "aliases": ["Nour Otan"],
//!    "renamed": [{"to": "Amanat", "on": "2022-03-01"}]}
//! ]"#).unwrap();
//!
//! // what the outlets said, one claim per line
//! let jsonl = r#"{"id":"ap-1","source":"Associated Press","published":"2021-01-11","subject":"Nur Otan","predicate":"vote_share","value":"71%","qualifiers":{"event":"2021 election","method":"official"}}
//! {"id":"afp-1","source":"AFP","published":"2021-01-10","subject":"Nour Otan","predicate":"vote_share","value":"nearly 72 per cent","qualifiers":{"event":"2021 election","method":"exit poll"}}
//! {"id":"rfe-1","source":"RFE/RL","published":"2021-01-11","subject":"Nur Otan","predicate":"vote_share","value":71.1,"unit":"%","qualifiers":{"event":"2021 election","method":"official preliminary"}}
//! {"id":"eur-1","source":"EU Reporter","published":"2023-03-20","subject":"Amanat","predicate":"vote_share","value":"53.9%","qualifiers":{"event":"2023 election"}}
//! {"id":"kzi-1","source":"Kazinform","published":"2023-03-21","subject":"Amanat party","predicate":"vote_share","value":"54%","qualifiers":{"event":"2023 election"}}"#;
//! let store = ClaimStore::from_jsonl(jsonl.as_bytes()).unwrap();
//!
//! let report = reconcile(&store, &registry, &ReconcileOptions::default());
//!
//! // 2021: the official count and the exit polls disagree, split by method
//! let first = &report.groups[0];
//! assert_eq!(first.verdict, Verdict::Disagree);
//! assert!(first.split_by_method);
//! // 2023: another event, under the party's new name; the two figures agree
//! let second = &report.groups[1];
//! assert_eq!((second.subject.as_str(), second.verdict), ("Amanat", Verdict::Agree));
//!
//! let text = report.to_text();
//! assert!(text.contains("the split follows the method"));
//! println!("{text}");
//! ```
//!
//! ## Names on their own
//!
//! ```
//! use crosscheck::names::{cluster, Decision, Hybrid, MatchStrategy};
//!
//! let matcher = Hybrid::default();
//! // spellings of one person, in two scripts and three romanizations
//! assert_eq!(matcher.compare("Kassym-Jomart Tokayev", "Қасым-Жомарт Тоқаев").decision, Decision::Match);
//! // father and daughter: the feminine surname form is another person
//! let r = matcher.compare("Nursultan Nazarbayev", "Dariga Nazarbayeva");
//! assert_eq!(r.decision, Decision::NoMatch);
//! for reason in &r.evidence {
//!     println!("{reason}");
//! }
//! // a bare surname fits any bearer of it: a possible match, for review
//! assert_eq!(matcher.compare("Nazarbayev", "Nursultan Nazarbayev").decision, Decision::Possible);
//! // many mentions into entities: the president and the city named after him stay apart
//! let groups = cluster(&["Nursultan Nazarbayev", "Нурсултан Назарбаев", "Nazarbaev N.", "Nur-Sultan"]);
//! assert_eq!(groups.clusters.len(), 2);
//! ```
//!
//! ## From articles
//!
//! ```
//! use crosscheck::{Article, ClaimStore, ReconcileOptions, Registry, extract, reconcile};
//!
//! let registry = Registry::new();
//! let mut store = ClaimStore::new();
//! for (file, text) in [
//!     ("a.txt", "source: Agency A\npublished: 2021-01-11\n\nThe population of Kazakhstan is 19 million.\n"),
//!     ("b.txt", "source: Agency B\npublished: 2021-01-12\n\nThe population of Kazakhstan is just under 19 million.\n"),
//! ] {
//!     let article = Article::parse(file, text, None).unwrap();
//!     for claim in extract(&article, &registry) {
//!         store.insert(claim.to_claim()).unwrap();
//!     }
//! }
//! let report = reconcile(&store, &registry, &ReconcileOptions::default());
//! let group = &report.groups[0];
//! assert_eq!((group.predicate.as_str(), group.claims.len()), ("population", 2));
//! assert_eq!(group.verdict, crosscheck::Verdict::Compatible);
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

pub use claim::Claim;
pub use date::Date;
pub use entity::Registry;
pub use extract::{Article, extract};
pub use names::{Decision, Hybrid, HybridConfig, MatchStrategy, NameMatcher};
pub use reconcile::consensus;
pub use reconcile::{ReconcileOptions, Verdict, reconcile};
pub use report::Report;
pub use store::ClaimStore;

/// The string type of claims and reports: strings of up to 23 bytes (ids, outlet
/// names, dates, units, most subjects) are held without a heap allocation, and
/// longer ones are shared on clone.
pub use smol_str::SmolStr;

/// The README's examples, run as tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
