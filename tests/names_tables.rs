//! The learned romanization costs are data: this test derives them again from the dev
//! half of the independent name set and checks the committed table is what the data
//! gives. To regenerate after the data or the derivation changed:
//!
//! ```text
//! CROSSCHECK_WRITE_TABLES=1 cargo test --test names_tables
//! ```
//!
//! Input: the rows of `fixtures/names/independent/spellings.tsv` whose entity is in
//! the dev half (it appears in `dev.tsv`), grouped by entity, language and format;
//! within a group every two spellings with the same number of words give word pairs.
//! The test half is never read.

use std::collections::{BTreeMap, BTreeSet};

use crosscheck::names::{ROMANIZATION_COSTS_TSV, derive_romanization_costs};

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn dev_word_pairs() -> Vec<(String, String)> {
    let dev = read("fixtures/names/independent/dev.tsv");
    let mut entities = BTreeSet::new();
    for line in dev.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() >= 6 {
            entities.insert(f[4].to_string());
            entities.insert(f[5].to_string());
        }
    }
    let spellings = read("fixtures/names/independent/spellings.tsv");
    let mut groups: BTreeMap<(String, String, String), Vec<Vec<String>>> = BTreeMap::new();
    for line in spellings.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 6 || !entities.contains(f[0]) {
            continue;
        }
        let words: Vec<String> = crosscheck::normalize::fold(f[5])
            .split_ascii_whitespace()
            .map(str::to_string)
            .collect();
        groups
            .entry((f[0].to_string(), f[2].to_string(), f[4].to_string()))
            .or_default()
            .push(words);
    }
    let mut pairs = Vec::new();
    for spellings in groups.values() {
        for (i, a) in spellings.iter().enumerate() {
            for b in &spellings[i + 1..] {
                if a.len() == b.len() {
                    for (x, y) in a.iter().zip(b) {
                        if x != y && x.len() > 1 && y.len() > 1 {
                            pairs.push((x.clone(), y.clone()));
                        }
                    }
                }
            }
        }
    }
    pairs
}

#[test]
fn committed_romanization_costs_are_what_the_dev_data_gives() {
    let derived = derive_romanization_costs(&dev_word_pairs());
    if std::env::var_os("CROSSCHECK_WRITE_TABLES").is_some() {
        let path = format!(
            "{}/src/names/romanization_costs.tsv",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::write(&path, &derived).expect("write the table");
        return;
    }
    assert_eq!(
        ROMANIZATION_COSTS_TSV, derived,
        "regenerate with CROSSCHECK_WRITE_TABLES=1 cargo test --test names_tables"
    );
}
