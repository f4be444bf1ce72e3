//! How to keep a store between runs: read claims, save the store, load it back,
//! merge in the next day's claims and reconcile everything.
//!
//! ```text
//! cargo run --example save_load
//! ```

use crosscheck::store::StoreFileError;
use crosscheck::{ClaimStore, ReconcileOptions, Registry, reconcile};

const MONDAY: &str = r#"{"id":"ap-1","source":"Associated Press","published":"2021-01-11","subject":"Nur Otan","predicate":"vote_share","value":"71%","qualifiers":{"event":"2021 election","method":"official"}}
{"id":"afp-1","source":"AFP","published":"2021-01-10","subject":"Nour Otan","predicate":"vote_share","value":"nearly 72%","qualifiers":{"event":"2021 election","method":"exit poll"}}"#;

const TUESDAY: &str = r#"{"id":"rfe-1","source":"RFE/RL","published":"2021-01-12","subject":"Nur Otan","predicate":"vote_share","value":71.1,"unit":"%","qualifiers":{"event":"2021 election","method":"official preliminary"}}"#;

fn main() {
    let dir = std::env::temp_dir().join(format!("crosscheck-save-load-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let path = dir.join("claims.store.json");

    // Monday: read the claims and save the store (written to a temporary file, then
    // renamed over the target, so a crash never leaves half a store).
    let monday = ClaimStore::from_jsonl(MONDAY.as_bytes()).expect("valid claims");
    monday.save(&path).expect("the store is saved");

    // Tuesday: load it back, equal to what was saved, and merge the new claims.
    let mut store = ClaimStore::load(&path).expect("the store loads");
    assert_eq!(store, monday);
    let tuesday = ClaimStore::from_jsonl(TUESDAY.as_bytes()).expect("valid claims");
    store.merge(&tuesday).expect("no id is used twice");
    store.save(&path).expect("the store is saved");
    println!("{} claims in {}", store.len(), path.display());

    let report = reconcile(&store, &Registry::new(), &ReconcileOptions::default());
    print!("{}", report.to_text());
    assert_eq!(report.groups[0].claims.len(), 3);

    // A file that is not a store says so.
    let other = dir.join("not-a-store.json");
    std::fs::write(&other, r#"{"groups": [], "possible_matches": []}"#).expect("a file");
    match ClaimStore::load(&other) {
        Err(e @ StoreFileError::Foreign { .. }) => println!("as expected: {e}"),
        other => panic!("expected a foreign-file error, got {other:?}"),
    }
    std::fs::remove_dir_all(&dir).expect("the temporary folder is removed");
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_example_runs() {
        super::main();
    }
}
