//! How to use a registry of known entities: aliases, acronyms and renames with the
//! date they took effect, and how reports name a renamed subject.
//!
//! ```text
//! cargo run --example registry_renames
//! ```

use crosscheck::entity::Resolution;
use crosscheck::{ClaimStore, Date, ReconcileOptions, Registry, Verdict, reconcile};

const REGISTRY: &str = r#"[
  {"name": "Nur Otan", "kind": "party", "aliases": ["Nour Otan"],
   "renamed": [{"to": "Amanat", "on": "2022-03-01"}]},
  {"name": "Astana", "kind": "place",
   "renamed": [{"to": "Nur-Sultan", "on": "2019-03-23"}, {"to": "Astana", "on": "2022-09-17"}]},
  {"name": "National Social Democratic Party", "kind": "party", "acronyms": ["NSDP", "OSDP"]}
]"#;

fn main() {
    let registry = Registry::from_json(REGISTRY).expect("a valid registry");

    // Every name an entity has had resolves to it: aliases, acronyms, renames, and
    // spellings the matcher accepts.
    for mention in ["Nour Otan", "Amanat", "Nur-Sultan", "OSDP", "Нур Отан"] {
        let name = match registry.resolve(mention) {
            Resolution::Entity { id, .. } => registry.entity(id).name.as_str(),
            _ => "(not resolved)",
        };
        println!("{mention:>12} → {name}");
        assert_ne!(name, "(not resolved)", "{mention}");
    }

    // The name in force on a date.
    let day = |s: &str| s.parse::<Date>().expect("a date");
    let Resolution::Entity { id, .. } = registry.resolve("Astana") else {
        panic!("Astana is in the registry");
    };
    let capital = registry.entity(id);
    for on in ["2018-06-01", "2021-01-10", "2023-03-19"] {
        println!("the capital on {on}: {}", capital.name_on(day(on)));
    }
    assert_eq!(capital.name_on(day("2021-01-10")), "Nur-Sultan");

    // In a report, a group goes by the name in force at its earliest claim; claims made
    // under both names land in one group when they share a scope.
    let jsonl = r#"{"id":"a","source":"A","published":"2021-06-01","subject":"Nur Otan","predicate":"members","value":"about 800,000"}
{"id":"b","source":"B","published":"2022-06-01","subject":"Amanat","predicate":"members","value":"more than 800,000"}"#;
    let store = ClaimStore::from_jsonl(jsonl.as_bytes()).expect("valid claims");
    let report = reconcile(&store, &registry, &ReconcileOptions::default());
    print!("{}", report.to_text());
    assert_eq!(report.groups.len(), 1);
    let group = &report.groups[0];
    assert_eq!(group.subject, "Nur Otan");
    assert_eq!(group.mentions, ["Nur Otan", "Amanat"]);
    assert_ne!(group.verdict, Verdict::Disagree);
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_example_runs() {
        super::main();
    }
}
