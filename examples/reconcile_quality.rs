//! How well reconciliation groups and judges claim sets written by others: pairwise
//! grouping precision, recall and F1, disagreement precision, recall and F1, and the
//! claims refused, by reason, against a generated feed's truth (see
//! `examples/common/FEED_SPEC.md`, sections 7 and 8).
//!
//! ```text
//! cargo run --release --example reconcile_quality                       # seeds 1 and 2
//! cargo run --release --example reconcile_quality -- CLAIMS.jsonl TRUTH.jsonl
//! cargo run --release --example reconcile_quality -- --seed 1 --lost 5
//! ```
//!
//! Without arguments, seeds 1 and 2 (20,000 claims each) are generated in memory and
//! both are scored. Seed 1 is for tuning; seed 2 is held back, to report on only.
//! `--lost N` (with `--seed N` or a claim file, never on the held-back seed 2) counts
//! the true pairs put apart, the false pairs put together and the groups called a
//! disagreement wrongly, by cause, with up to N examples of each (see
//! `examples/common/lost.rs`).
//! Reconciliation runs with an empty registry: every name is resolved from the data.

use std::collections::BTreeMap;
use std::process::ExitCode;

use crosscheck::entity::Registry;
use crosscheck::reconcile::{ReconcileOptions, reconcile};
use crosscheck::store::{ClaimStore, StoreError};

#[path = "common/feed.rs"]
mod feed;
#[path = "common/lost.rs"]
mod lost;
#[path = "common/score.rs"]
mod score;

/// A refused line's reason, short: the field at fault and the kind of error, without
/// the value (so that refusals of one kind count together).
fn reason(e: &StoreError) -> String {
    // the kind's debug form up to its first quoted value, parentheses closed
    let short = |debug: String| {
        let cut: String = debug
            .chars()
            .take_while(|&c| c != '"' && c != '{')
            .collect();
        let cut = cut.trim_end_matches(['(', ' ']).to_string();
        let open = cut.matches('(').count() - cut.matches(')').count();
        cut + &")".repeat(open)
    };
    match e {
        StoreError::Claim(c) => {
            let kind = short(format!("{:?}", c.kind));
            match &c.field {
                Some(f) => format!("{f}: {kind}"),
                None => kind,
            }
        }
        other => short(format!("{other:?}")),
    }
}

/// Reads the claims (refusing bad lines one by one), reconciles and scores; with
/// `lost` above 0, prints the pairs lost and put together wrongly, by cause.
fn measure(
    claims: &str,
    truth: &str,
    lost: usize,
) -> Result<(score::Score, BTreeMap<String, usize>), String> {
    let mut store = ClaimStore::new();
    let mut refused: BTreeMap<String, usize> = BTreeMap::new();
    store
        .extend_jsonl(claims.as_bytes(), |e| {
            *refused.entry(reason(&e)).or_default() += 1;
            Ok(())
        })
        .map_err(|e| e.to_string())?;
    let report = reconcile(&store, &Registry::new(), &ReconcileOptions::default());
    let json = serde_json::to_value(&report).map_err(|e| e.to_string())?;
    if lost > 0 {
        let found = lost::losses(claims, truth, &json)?;
        for (title, map) in [
            ("true pairs put apart", &found.lost),
            ("pairs put together wrongly", &found.false_pairs),
            (
                "groups called a disagreement wrongly",
                &found.wrong_disagreements,
            ),
        ] {
            let total: u64 = map.values().map(|c| c.pairs).sum();
            println!("{title}: {total}");
            let mut causes: Vec<_> = map.iter().collect();
            causes.sort_by(|a, b| b.1.pairs.cmp(&a.1.pairs).then(a.0.cmp(b.0)));
            for (name, cause) in causes {
                println!("  {:7}  {name}", cause.pairs);
                for (spellings, n) in cause.top(lost) {
                    println!("           {n:5}  {spellings}");
                }
            }
        }
    }
    let truth = score::Truth::from_jsonl(truth)?;
    Ok((score::score(&truth, &json)?, refused))
}

fn print(name: &str, s: &score::Score, refused: &BTreeMap<String, usize>) {
    println!("{name}");
    println!(
        "  grouping (pairwise): P {:.3} R {:.3} F1 {:.3}",
        s.pair_precision, s.pair_recall, s.pair_f1
    );
    println!(
        "  disagreement:        P {:.3} R {:.3} F1 {:.3} ({} of {} reported correct, {} of {} true flagged)",
        s.disagree_precision,
        s.disagree_recall,
        s.disagree_f1,
        s.reported_correct,
        s.reported_disagreements,
        s.flagged,
        s.true_disagreements
    );
    let total: usize = refused.values().sum();
    println!("  refused: {total} of {} claims", s.truth_claims);
    for (r, n) in refused {
        println!("    {n:6}  {r}");
    }
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: reconcile_quality [--seed N | CLAIMS.jsonl TRUTH.jsonl] [--lost N]";
    let mut number = |flag: &str| -> Result<Option<u64>, String> {
        let Some(at) = args.iter().position(|a| a == flag) else {
            return Ok(None);
        };
        let n = args
            .get(at + 1)
            .and_then(|n| n.parse().ok())
            .ok_or_else(|| format!("{flag} takes a number"))?;
        args.drain(at..at + 2);
        Ok(Some(n))
    };
    let (seed, lost) = match (number("--seed"), number("--lost")) {
        (Ok(seed), Ok(lost)) => (seed, lost.unwrap_or(0) as usize),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}\n{usage}");
            return ExitCode::from(2);
        }
    };
    let runs: Result<Vec<feed::Run>, String> = match (args.as_slice(), seed) {
        (_, Some(2)) if lost > 0 => Err("seed 2 is held back: no listing of its losses".into()),
        ([], Some(seed)) => feed::seed_run(seed, None).map(|r| vec![r]),
        ([], None) if lost > 0 => {
            Err("--lost needs --seed N or a claim file: seed 2 is held back".into())
        }
        ([], None) => [1, 2]
            .into_iter()
            .map(|seed| feed::seed_run(seed, None))
            .collect(),
        ([claims, truth], None) => feed::file_run(claims, truth),
        _ => {
            eprintln!("{usage}");
            return ExitCode::from(2);
        }
    };
    let runs = match runs {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    for (name, claims, truth) in runs {
        match measure(&claims, &truth, lost) {
            Ok((s, refused)) => print(&name, &s, &refused),
            Err(e) => {
                eprintln!("{name}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
