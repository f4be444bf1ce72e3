//! The learned romanization tables are data: this test derives them again from the dev
//! half of the independent name set and checks the committed tables are what the data
//! gives. To regenerate after the data or the derivation changed:
//!
//! ```text
//! CROSSCHECK_WRITE_TABLES=1 cargo test --test names_tables
//! ```
//!
//! Input of the cost table: the rows of `fixtures/names/independent/spellings.tsv`
//! whose entity is in the dev half (it appears in `dev.tsv`), grouped by entity,
//! language and format; within a group every two spellings with the same number of
//! words give word pairs. Input of the trigram table: the words of those spellings
//! (romanized) against the words of the place names of `places_dev.tsv` (English-
//! speaking countries) and `places_dev_europe.tsv` (continental Western Europe) before
//! any comma (Latin-native). The test halves are never read.

use std::collections::{BTreeMap, BTreeSet};

use crosscheck::names::{
    ROMANIZATION_COSTS_TSV, ROMANIZATION_TRIGRAMS_TSV, derive_romanization_costs,
    derive_romanization_trigrams,
};

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn dev_entities() -> BTreeSet<String> {
    let dev = read("fixtures/names/independent/dev.tsv");
    let mut entities = BTreeSet::new();
    for line in dev.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() >= 6 {
            entities.insert(f[4].to_string());
            entities.insert(f[5].to_string());
        }
    }
    entities
}

fn words(text: &str) -> Vec<String> {
    crosscheck::normalize::fold(text)
        .split_ascii_whitespace()
        .map(str::to_string)
        .collect()
}

fn dev_romanized_and_native_words() -> (Vec<String>, Vec<String>) {
    let entities = dev_entities();
    let mut romanized = Vec::new();
    for line in read("fixtures/names/independent/spellings.tsv")
        .lines()
        .skip(1)
    {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() >= 6 && entities.contains(f[0]) && f[5].is_ascii() {
            romanized.extend(words(f[5]));
        }
    }
    let mut native = Vec::new();
    for file in [
        "fixtures/names/independent/places_dev.tsv",
        "fixtures/names/independent/places_dev_europe.tsv",
    ] {
        for line in read(file).lines().skip(1) {
            for name in line.split('\t').take(2) {
                native.extend(words(name.split(',').next().unwrap_or("")));
            }
        }
    }
    (romanized, native)
}

fn dev_word_pairs() -> Vec<(String, String)> {
    let entities = dev_entities();
    let spellings = read("fixtures/names/independent/spellings.tsv");
    let mut groups: BTreeMap<(String, String, String), Vec<Vec<String>>> = BTreeMap::new();
    for line in spellings.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 6 || !entities.contains(f[0]) {
            continue;
        }
        let words = words(f[5]);
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

/// Compares a committed table with its derivation, or writes it when asked to.
fn check(file: &str, committed: &str, derived: &str) {
    if std::env::var_os("CROSSCHECK_WRITE_TABLES").is_some() {
        let path = format!("{}/src/names/{file}", env!("CARGO_MANIFEST_DIR"));
        std::fs::write(&path, derived).expect("write the table");
        return;
    }
    assert!(
        committed == derived,
        "{file} is not what the dev data gives: regenerate with \
         CROSSCHECK_WRITE_TABLES=1 cargo test --test names_tables"
    );
}

#[test]
fn committed_romanization_costs_are_what_the_dev_data_gives() {
    let derived = derive_romanization_costs(&dev_word_pairs());
    check("romanization_costs.tsv", ROMANIZATION_COSTS_TSV, &derived);
}

#[test]
fn committed_romanization_trigrams_are_what_the_dev_data_gives() {
    let (romanized, native) = dev_romanized_and_native_words();
    let derived = derive_romanization_trigrams(&romanized, &native);
    check(
        "romanization_trigrams.tsv",
        ROMANIZATION_TRIGRAMS_TSV,
        &derived,
    );
}
