//! Extraction against the gold standard of each article set: precision and recall of
//! numeric and date claims, qualifier accuracy, and what was missed or spurious.
//!
//! ```text
//! cargo run --release --example extraction_quality
//! ```

use std::path::Path;
use std::process::ExitCode;

use crosscheck::entity::Registry;
use crosscheck::extract::{Article, ExtractionScores, extract, read_judged, score_extraction};

/// The article sets: (folder, registry).
const SETS: &[&str] = &["fixtures/kazakhstan", "fixtures/belarus"];

fn run(dir: &Path) -> Result<ExtractionScores, String> {
    let registry = Registry::from_json(
        &std::fs::read_to_string(dir.join("entities.json")).map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    let mut files: Vec<_> = std::fs::read_dir(dir.join("articles"))
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut lines = String::new();
    for f in &files {
        let text = std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let article = Article::parse(name, &text, None).map_err(|e| e.to_string())?;
        for c in extract(&article, &registry) {
            lines.push_str(&c.to_json_line());
            lines.push('\n');
        }
    }
    let predicted = read_judged(&lines)?;
    let gold_text =
        std::fs::read_to_string(dir.join("articles.gold.jsonl")).map_err(|e| e.to_string())?;
    let gold = read_judged(&gold_text)?;
    Ok(score_extraction(&gold, &predicted, &registry))
}

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    println!(
        "{:<22} {:>9} {:>5} {:>8} {:>9} {:>7} {:>11}",
        "set", "predicted", "gold", "matched", "precision", "recall", "qualifiers"
    );
    for set in SETS {
        let s = match run(&root.join(set)) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("error: {set}: {e}");
                return ExitCode::from(2);
            }
        };
        println!(
            "{:<22} {:>9} {:>5} {:>8} {:>9.3} {:>7.3} {:>11}",
            set,
            s.predicted,
            s.gold,
            s.matched,
            s.precision(),
            s.recall(),
            format!("{}/{}", s.qualifiers_right, s.matched)
        );
        for m in &s.missed {
            println!(
                "    missed:   {} | {} | {} | {}",
                m.file, m.subject, m.predicate, m.value
            );
        }
        for m in &s.spurious {
            println!(
                "    spurious: {} | {} | {} | {}",
                m.file, m.subject, m.predicate, m.value
            );
        }
    }
    ExitCode::SUCCESS
}
