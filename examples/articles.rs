//! How to extract claims from news articles and reconcile them: the five bundled
//! articles on Kazakhstan's 2021 election.
//!
//! ```text
//! cargo run --example articles [-- ARTICLE...]
//! ```

use std::path::PathBuf;

use crosscheck::extract::{Article, ExtractOptions, extract_with};
use crosscheck::{ClaimStore, ReconcileOptions, Registry, Verdict, reconcile};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/kazakhstan");

fn main() {
    run(std::env::args().skip(1).map(PathBuf::from).collect());
}

/// Extracts from `given` articles (the bundled ones when empty) and reconciles them.
fn run(given: Vec<PathBuf>) {
    let registry_text =
        std::fs::read_to_string(format!("{FIXTURE}/entities.json")).expect("the registry");
    let registry = Registry::from_json(&registry_text).expect("a valid registry");
    let files = if given.is_empty() {
        ["ap", "afp", "rferl", "euronews", "eureporter"]
            .iter()
            .map(|f| PathBuf::from(format!("{FIXTURE}/articles/{f}.txt")))
            .collect()
    } else {
        given
    };

    // One matcher for the run: extraction and reconciliation decide names alike.
    let options = ReconcileOptions::default();
    let extracting = ExtractOptions::new().with_shared_matcher(options.shared_matcher());
    let mut store = ClaimStore::new();
    for path in &files {
        let text = std::fs::read_to_string(path).expect("a readable article");
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        // an article without a `published:` header needs the date given here
        let article = Article::parse(&name, &text, None).expect("an article with a header");
        let claims = extract_with(&article, &registry, &extracting);
        println!("{name}: {} claims", claims.len());
        for claim in claims {
            // each claim keeps where its value was found
            let found = claim.to_claim();
            if let Some(at) = &found.provenance {
                assert_eq!(&text[at.start..at.end], found.written.as_str());
            }
            store.insert(found).expect("unique claim ids");
        }
    }

    let report = reconcile(&store, &registry, &options);
    print!("\n{}", report.to_text());
    if files.len() == 5 {
        let disagreements: Vec<&str> = report
            .groups
            .iter()
            .filter(|g| g.verdict == Verdict::Disagree)
            .map(|g| g.predicate.as_str())
            .collect();
        assert_eq!(disagreements, ["vote_share", "stepped_down"]);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_example_runs() {
        // not main: a test binary's own arguments are not article files
        super::run(Vec::new());
    }
}
