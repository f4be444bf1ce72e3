//! Precision, recall, F1 and single-thread throughput of every name-matching strategy on
//! one or more labelled pairs files, with recall per kind of pair and false matches per
//! kind of negative.
//!
//! ```text
//! cargo run --release --example compare_strategies -- [PAIRS.tsv ...] [--json] [--errors N]
//! ```
//!
//! Each PAIRS.tsv has a header with at least `name_a`, `name_b` and `label` (1 same, 0
//! different), and optionally `category`; the default is the bundled
//! `fixtures/names/pairs.tsv`. Each file is measured on its own. Throughput is measured
//! from raw strings: normalizing both names is part of every comparison. For the hybrid,
//! a "possible" decision counts as no match.
//!
//! Per file the output gives the strategies' precision, recall and F1; then, when the
//! pairs have categories, each category's recall (positives: translit, reorder,
//! initials, acronym, place, org …) or false-match rate (negatives) for every
//! strategy; and the hybrid's hard-negative precision: its precision on the positives
//! against the hard negatives only (every negative category but `random`). A file of negatives only (the
//! look-alike places) is summed up by its false-match rate.
//!
//! With `--json`, one JSON object per file and strategy and line: `{"strategy",
//! "precision", "recall", "f1", "pairs_per_sec", ...}`, with the added fields `file`,
//! `threshold`, the confusion counts, `false_match_rate` and `by_category` (per
//! category: `pairs`, `label`, `matched`, and `recall` or `false_match_rate`).
//! With `--errors N`, the first N pairs of each file the hybrid gets wrong, with its
//! evidence.

use std::hint::black_box;
use std::io::Write;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use crosscheck::names::{
    LabelledPair, MatchStrategy, Scores, all_strategies, evaluate, evaluate_by_category,
    parse_pairs_tsv,
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

/// Whether a category holds positives (its pairs' label), from its first pair.
fn category_labels(pairs: &[LabelledPair]) -> IndexMap<String, bool> {
    let mut labels = IndexMap::new();
    for p in pairs {
        labels
            .entry(p.category.clone().unwrap_or_else(|| "-".into()))
            .or_insert(p.same);
    }
    labels
}

/// The per-category figure: recall for positives, false-match rate for negatives.
fn category_figure(s: &Scores, positive: bool) -> f64 {
    if positive {
        s.recall()
    } else {
        s.false_match_rate()
    }
}

fn main() -> ExitCode {
    let mut out = std::io::stdout().lock();
    let mut paths = Vec::new();
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
                    "usage: compare_strategies [PAIRS.tsv ...] [--json] [--errors N]"
                );
                return ExitCode::SUCCESS;
            }
            other if other.starts_with("--") => {
                eprintln!("error: unknown option {other} (expected --json or --errors N)");
                return ExitCode::from(2);
            }
            other => paths.push(other.to_string()),
        }
    }
    if paths.is_empty() {
        paths.push(DEFAULT_PAIRS.to_string());
    }
    // read every file first, so that a bad path fails before any measuring
    let mut files = Vec::new();
    for path in paths {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: cannot read {path}: {e}");
                return ExitCode::from(2);
            }
        };
        match parse_pairs_tsv(&text) {
            Ok(p) => files.push((path, p)),
            Err(e) => {
                eprintln!("error: {path}: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let strategies = all_strategies();
    for (n, (path, pairs)) in files.iter().enumerate() {
        let positives = pairs.iter().filter(|p| p.same).count();
        let labels = category_labels(pairs);
        let has_categories = pairs.iter().any(|p| p.category.is_some());
        if !json {
            if n > 0 {
                emit!(out, "");
            }
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
        let mut by_strategy: Vec<IndexMap<String, Scores>> = Vec::new();
        for strategy in &strategies {
            let scores = evaluate(strategy.as_ref(), pairs);
            let by = evaluate_by_category(strategy.as_ref(), pairs);
            let speed = throughput(strategy.as_ref(), pairs);
            if json {
                let by_category: serde_json::Map<String, serde_json::Value> = by
                    .iter()
                    .map(|(c, s)| {
                        let positive = labels[c];
                        let figure = if positive {
                            "recall"
                        } else {
                            "false_match_rate"
                        };
                        (
                            c.clone(),
                            serde_json::json!({
                                "pairs": s.true_positives + s.false_positives
                                    + s.false_negatives + s.true_negatives,
                                "label": u8::from(positive),
                                "matched": s.true_positives + s.false_positives,
                                figure: category_figure(s, positive),
                            }),
                        )
                    })
                    .collect();
                let row = serde_json::json!({
                    "strategy": strategy.name(),
                    "threshold": strategy.threshold(),
                    "precision": scores.precision(),
                    "recall": scores.recall(),
                    "f1": scores.f1(),
                    "pairs_per_sec": speed,
                    "file": path,
                    "pairs": pairs.len(),
                    "true_positives": scores.true_positives,
                    "false_positives": scores.false_positives,
                    "false_negatives": scores.false_negatives,
                    "true_negatives": scores.true_negatives,
                    "false_match_rate": scores.false_match_rate(),
                    "by_category": by_category,
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
            by_strategy.push(by);
        }
        if json {
            continue;
        }
        if has_categories {
            emit!(
                out,
                "\nby category: recall of positives, false-match rate of negatives"
            );
            let mut header = format!("  {:<24} {:>6} {:>5}", "category", "pairs", "label");
            for s in &strategies {
                header.push_str(&format!(" {:>12}", s.name()));
            }
            emit!(out, "{header}");
            // positives first, then negatives, each in order of appearance
            for want in [true, false] {
                for (category, &positive) in labels.iter().filter(|(_, p)| **p == want) {
                    let count = pairs
                        .iter()
                        .filter(|p| p.category.as_deref().unwrap_or("-") == category)
                        .count();
                    let mut line = format!(
                        "  {category:<24} {count:>6} {:>5}",
                        if positive { "same" } else { "diff" }
                    );
                    for by in &by_strategy {
                        line.push_str(&format!(
                            " {:>12.4}",
                            category_figure(&by[category.as_str()], positive)
                        ));
                    }
                    emit!(out, "{line}");
                }
            }
        }
        let hybrid = by_strategy.last().expect("the hybrid is listed last");
        let mut hard = Scores::default();
        let mut negatives = Scores::default();
        for (category, s) in hybrid {
            if labels[category] {
                hard.true_positives += s.true_positives;
                hard.false_negatives += s.false_negatives;
                continue;
            }
            negatives.false_positives += s.false_positives;
            negatives.true_negatives += s.true_negatives;
            if category != "random" {
                hard.false_positives += s.false_positives;
                hard.true_negatives += s.true_negatives;
            }
        }
        if positives == 0 {
            emit!(
                out,
                "\nhybrid on {} negatives: {} false matches, false-match rate {:.4}",
                pairs.len(),
                negatives.false_positives,
                negatives.false_match_rate()
            );
        } else if has_categories {
            let hard_n = hard.false_positives + hard.true_negatives;
            emit!(
                out,
                "\nhybrid, positives against the {hard_n} hard negatives only: precision {:.4} \
                 ({} false matches, {:.4} of hard negatives rejected)",
                hard.precision(),
                hard.false_positives,
                1.0 - hard.false_match_rate()
            );
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
    }
    ExitCode::SUCCESS
}
