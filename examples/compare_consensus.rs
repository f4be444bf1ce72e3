//! Which value is right, by each consensus strategy: accuracy, Spearman correlation of
//! estimated with true source reliability, and copied errors that flipped a consensus
//! independent sources held, on any claim set with truth.
//!
//! ```text
//! cargo run --release --example compare_consensus                       # seeds 1 and 2
//! cargo run --release --example compare_consensus -- --seed N             # one seed
//! cargo run --release --example compare_consensus -- CLAIMS.jsonl TRUTH.jsonl
//! cargo run --release --example compare_consensus -- --seed 1 --errors 20
//! ```
//!
//! With `CONSENSUS_DETAIL` set in the environment, the accuracy per predicate follows
//! each strategy's line.
//!
//! Every run also prints the *ceiling*: the share of scored groups where some claim's
//! own value is right (its interval holds the target; for texts, a claim neither
//! erroneous nor cut short). A consensus interval is what all its claims allow, so no
//! strategy that chooses among the claims can score above it.
//!
//! `--errors N` (with `--seed N` or a claim file, never on the held-back seed 2) lists
//! up to N groups where `weighted` is wrong, with their claims and the truth.
//!
//! Without arguments, seeds 1 and 2 (20,000 claims each) are generated in memory. Seed 1
//! is for tuning; seed 2 is held back, to report on only. The truth is the feed
//! generator's JSONL (`examples/common/FEED_SPEC.md`, section 7): `claim` lines (with
//! `group`, `source`, `true_value`, `method`, `erroneous`, `copied_from`, `empty`),
//! `group` lines (with `predicate`, `truth`, `by_method`, `time_varying`, `born`) and
//! `source` lines (with `reliability`). How accuracy is counted is in
//! `examples/common/consensus_score.rs`.

use std::process::ExitCode;
use std::time::Instant;

use crosscheck::entity::Registry;
use crosscheck::reconcile::consensus::{
    ConsensusStrategy, MajorityVote, MethodClass, Pick, Problem, Solution, TruthFinder, Value,
    Weighted,
};
use crosscheck::reconcile::{ReconcileOptions, reconcile};
use crosscheck::store::ClaimStore;

#[path = "common/consensus_score.rs"]
mod consensus_score;
#[path = "common/feed.rs"]
mod feed;

use consensus_score::{FeedTruth, ceiling, out_of_reach, published, ratio, score, wrong_groups};

/// Not a strategy: every claim of a group as a pick of its own (each as a method of
/// its own, so that the report lists them all), for the ceiling.
struct EveryClaim;

impl ConsensusStrategy for EveryClaim {
    fn name(&self) -> &'static str {
        "every claim"
    }

    fn solve(&self, problem: &Problem) -> Solution {
        let picks = (0..problem.groups().len())
            .map(|g| {
                let (start, claims) = problem.claims_of(g);
                claims
                    .iter()
                    .enumerate()
                    .map(|(k, c)| {
                        let interval = match c.value {
                            Value::Span(s) => Some((s.lo, s.hi)),
                            _ => None,
                        };
                        Pick::new(vec![(start + k) as u32], interval, 1.0)
                            .for_method(MethodClass::Other(k.to_string().into()))
                    })
                    .collect()
            })
            .collect();
        Solution::new(picks, vec![0.5; problem.sources().len()])
    }
}

fn strategies() -> Vec<Box<dyn Fn(ReconcileOptions) -> ReconcileOptions>> {
    vec![
        Box::new(|o: ReconcileOptions| o.with_consensus(MajorityVote)),
        Box::new(|o: ReconcileOptions| o.with_consensus(TruthFinder::default())),
        Box::new(|o: ReconcileOptions| o.with_consensus(Weighted::default())),
    ]
}

fn measure(name: &str, claims: &str, truth: &str, errors: usize) -> Result<(), String> {
    let mut store = ClaimStore::new();
    store
        .extend_jsonl(claims.as_bytes(), |_| Ok(()))
        .map_err(|e| e.to_string())?;
    let truth = FeedTruth::parse(truth)?;
    let dates = published(&store);
    let every = reconcile(
        &store,
        &Registry::new(),
        &ReconcileOptions::default().with_consensus(EveryClaim),
    );
    let (reachable, scored) = ceiling(&truth, &dates, &every);
    let unreachable = if errors > 0 {
        out_of_reach(&truth, &dates, &every)
    } else {
        Default::default()
    };
    drop(every);
    println!(
        "{name}: ceiling {:.3} ({reachable} of {scored} groups have a claim that is right)",
        ratio(reachable, scored)
    );
    println!(
        "  {:<12} {:>8} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "strategy", "accuracy", "numbers", "texts", "by_method", "time_var", "spearman", "flipped"
    );
    for with in strategies() {
        let options = with(ReconcileOptions::default());
        let strategy = options.consensus().map_or("none", |s| s.name());
        let start = Instant::now();
        let report = reconcile(&store, &Registry::new(), &options);
        let seconds = start.elapsed().as_secs_f64();
        let s = score(&truth, &dates, &report);
        let part = |p: (usize, usize)| format!("{:.3}", ratio(p.0, p.1));
        println!(
            "  {:<12} {:>8.3} {:>9} {:>9} {:>9} {:>9} {:>9.3} {:>9}   ({} groups; {:.2} s)",
            strategy,
            s.accuracy(),
            part(s.numbers),
            part(s.texts),
            part(s.by_method),
            part(s.time_varying),
            s.spearman,
            format!("{}/{}", s.copied_flips.0, s.copied_flips.1),
            s.groups,
            seconds
        );
        if errors > 0 && strategy == "weighted" {
            for text in wrong_groups(&truth, &dates, &report, &unreachable, errors) {
                println!("{text}");
            }
        }
        if std::env::var_os("CONSENSUS_DETAIL").is_some() {
            for (p, &(c, n)) in &s.predicates {
                println!("      {p:<20} {:.3} of {n}", ratio(c, n));
            }
            let true_r: std::collections::HashMap<&str, f64> = truth
                .reliability
                .iter()
                .map(|(n, r)| (n.as_str(), *r))
                .collect();
            for src in &report.sources {
                println!(
                    "      {:<24} estimated {:.3} true {:.3} ({} claims, {} in, {} out)",
                    src.source,
                    src.reliability,
                    true_r.get(src.source.as_str()).copied().unwrap_or(f64::NAN),
                    src.claims,
                    src.inside,
                    src.outside
                );
            }
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut errors = 0;
    if let Some(at) = args.iter().position(|a| a == "--errors") {
        match args.get(at + 1).map(|n| n.parse::<usize>()) {
            Some(Ok(n)) => errors = n,
            _ => {
                eprintln!("--errors takes a number of groups");
                return ExitCode::from(2);
            }
        }
        args.drain(at..at + 2);
    }
    let runs: Result<Vec<feed::Run>, String> = match args.as_slice() {
        [] if errors > 0 => {
            Err("--errors needs --seed N or a claim file: seed 2 is held back".into())
        }
        [] => [(1, "tuning"), (2, "held back")]
            .into_iter()
            .map(|(seed, role)| feed::seed_run(seed, Some(role)))
            .collect(),
        [flag, seed] if flag == "--seed" => match seed.parse::<u64>() {
            Ok(2) if errors > 0 => Err("seed 2 is held back: no listing of its errors".into()),
            Ok(n) => feed::seed_run(n, None).map(|run| vec![run]),
            Err(e) => Err(format!("--seed {seed}: {e}")),
        },
        [claims, truth] => feed::file_run(claims, truth),
        _ => {
            eprintln!(
                "usage: compare_consensus [--seed N | CLAIMS.jsonl TRUTH.jsonl] [--errors N]"
            );
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
        if let Err(e) = measure(&name, &claims, &truth, errors) {
            eprintln!("{name}: {e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
