//! Precision, recall, F1 and single-thread throughput of every name-matching strategy on
//! a labelled pairs file.
//!
//! ```text
//! cargo run --release --example compare_strategies -- [PAIRS.tsv] [--json] [--errors N]
//! ```
//!
//! PAIRS.tsv has a header with at least `name_a`, `name_b` and `label` (1 same, 0
//! different); the default is the bundled `fixtures/names/pairs.tsv`. Throughput is
//! measured from raw strings: normalizing both names is part of every comparison. For
//! the hybrid, a "possible" decision counts as no match. With `--json`, one JSON object
//! per strategy and line: `{"strategy", "precision", "recall", "f1", "pairs_per_sec", ...}`.
//! With `--errors N`, the first N pairs the hybrid gets wrong, with its evidence.

use std::hint::black_box;
use std::io::Write;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use crosscheck::names::{
    LabelledPair, MatchStrategy, Scores, all_strategies, evaluate, parse_pairs_tsv,
};
use indexmap::IndexMap;

const DEFAULT_PAIRS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/names/pairs.tsv");
const MIN_TIMING: Duration = Duration::from_millis(400);

fn throughput(strategy: &dyn MatchStrategy, pairs: &[LabelledPair]) -> f64 {
    let start = Instant::now();
    let mut done = 0usize;
    while start.elapsed() < MIN_TIMING || done == 0 {
        for p in pairs {
            black_box(strategy.compare(black_box(&p.name_a), black_box(&p.name_b)));
        }
        done += pairs.len();
    }
    done as f64 / start.elapsed().as_secs_f64()
}

/// Writes a line to standard output; when the reader has gone (a closed pipe), stops
/// quietly instead of failing.
macro_rules! emit {
    ($out:expr, $($arg:tt)*) => {
        if writeln!($out, $($arg)*).is_err() {
            return ExitCode::SUCCESS;
        }
    };
}

fn main() -> ExitCode {
    let mut out = std::io::stdout().lock();
    let mut path = DEFAULT_PAIRS.to_string();
    let mut json = false;
    let mut show_errors = 0usize;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--errors" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) => show_errors = n,
                None => {
                    eprintln!("error: --errors needs a number");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                emit!(
                    out,
                    "usage: compare_strategies [PAIRS.tsv] [--json] [--errors N]"
                );
                return ExitCode::SUCCESS;
            }
            other if other.starts_with("--") => {
                eprintln!("error: unknown option {other} (expected --json or --errors N)");
                return ExitCode::from(2);
            }
            other => path = other.to_string(),
        }
    }
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let pairs = match parse_pairs_tsv(&text) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {path}: {e}");
            return ExitCode::from(2);
        }
    };
    if !json {
        let positives = pairs.iter().filter(|p| p.same).count();
        emit!(
            out,
            "{path}: {} pairs ({positives} same, {} different)\n",
            pairs.len(),
            pairs.len() - positives
        );
        emit!(
            out,
            "{:<14} {:>9} {:>9} {:>9} {:>9} {:>14}",
            "strategy",
            "threshold",
            "precision",
            "recall",
            "f1",
            "pairs/s"
        );
    }
    for strategy in all_strategies() {
        let scores = evaluate(strategy.as_ref(), &pairs);
        let speed = throughput(strategy.as_ref(), &pairs);
        if json {
            let row = serde_json::json!({
                "strategy": strategy.name(),
                "threshold": strategy.threshold(),
                "precision": scores.precision(),
                "recall": scores.recall(),
                "f1": scores.f1(),
                "pairs_per_sec": speed,
                "pairs": pairs.len(),
                "true_positives": scores.true_positives,
                "false_positives": scores.false_positives,
                "false_negatives": scores.false_negatives,
                "true_negatives": scores.true_negatives,
            });
            emit!(out, "{row}");
        } else {
            emit!(
                out,
                "{:<14} {:>9.2} {:>9.4} {:>9.4} {:>9.4} {:>14.0}",
                strategy.name(),
                strategy.threshold(),
                scores.precision(),
                scores.recall(),
                scores.f1(),
                speed
            );
        }
    }
    if !json && pairs.iter().any(|p| p.category.is_some()) {
        emit!(out, "\nerrors by pair category (hybrid / jaro_winkler):");
        let strategies = all_strategies();
        let hybrid = strategies
            .iter()
            .find(|s| s.name() == "hybrid")
            .expect("hybrid is listed");
        let jw = strategies
            .iter()
            .find(|s| s.name() == "jaro_winkler")
            .expect("jaro_winkler is listed");
        let mut by_category: IndexMap<&str, (usize, Scores, Scores)> = IndexMap::new();
        for p in &pairs {
            let entry = by_category
                .entry(p.category.as_deref().unwrap_or("-"))
                .or_default();
            entry.0 += 1;
            entry
                .1
                .record(p.same, hybrid.compare(&p.name_a, &p.name_b).is_match());
            entry
                .2
                .record(p.same, jw.compare(&p.name_a, &p.name_b).is_match());
        }
        for (category, (n, h, j)) in by_category {
            let wrong = |s: &Scores| s.false_positives + s.false_negatives;
            emit!(
                out,
                "  {category:<18} {n:>6} pairs   hybrid wrong {:>4}   jaro_winkler wrong {:>4}",
                wrong(&h),
                wrong(&j)
            );
        }
    }
    if show_errors > 0 {
        let hybrid = crosscheck::names::Hybrid::default();
        emit!(out, "\npairs the hybrid gets wrong:");
        for p in pairs
            .iter()
            .filter(|p| hybrid.compare(&p.name_a, &p.name_b).is_match() != p.same)
            .take(show_errors)
        {
            let r = hybrid.compare(&p.name_a, &p.name_b);
            emit!(
                out,
                "  [{}] {:?} / {:?}: label {}, {} {:.3}",
                p.category.as_deref().unwrap_or("-"),
                p.name_a,
                p.name_b,
                u8::from(p.same),
                r.decision,
                r.score
            );
            for e in &r.evidence {
                emit!(out, "      {e}");
            }
        }
    }
    ExitCode::SUCCESS
}
