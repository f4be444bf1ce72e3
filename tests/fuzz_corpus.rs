//! Replays every fuzz target's saved corpus (and the inputs that once crashed it)
//! through the same entry points the fuzzers call, so CI checks them without a fuzzer.

#[path = "../fuzz/entry/mod.rs"]
mod entry;

use std::path::Path;

fn replay(target: &str, run: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut n = 0;
    for dir in [
        root.join("corpus").join(target),
        root.join("regressions").join(target),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for f in files {
            run(&std::fs::read(&f).unwrap());
            n += 1;
        }
    }
    assert!(n > 0, "no corpus for {target}");
}

#[test]
fn normalize_corpus() {
    replay("normalize", entry::normalize);
}

#[test]
fn match_names_corpus() {
    replay("match_names", entry::match_names);
}

#[test]
fn parse_value_corpus() {
    replay("parse_value", entry::parse_value);
}

#[test]
fn ingest_corpus() {
    replay("ingest", entry::ingest);
}

#[test]
fn extract_corpus() {
    replay("extract", entry::extract);
}
