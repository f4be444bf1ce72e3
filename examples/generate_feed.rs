//! Generates a seeded multi-source claim feed with its truth (see
//! `examples/common/FEED_SPEC.md`).
//!
//! ```text
//! cargo run --release --example generate_feed -- --seed 1 --claims 20000 \
//!     --entities 2500 --out-claims claims.jsonl --out-truth truth.jsonl
//! cargo run --release --example generate_feed -- --realistic-scale \
//!     --out-claims claims.jsonl --out-truth truth.jsonl
//! ```

use std::fs::File;
use std::io::{BufWriter, Write};
use std::process::ExitCode;
use std::time::Instant;

#[path = "common/feed.rs"]
mod feed;

fn usage() -> ExitCode {
    eprintln!(
        "usage: generate_feed [--seed N] [--claims N] [--entities N] [--sources N] \
         [--realistic-scale] --out-claims FILE --out-truth FILE"
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut cfg = feed::Config::default();
    let mut out_claims = None;
    let mut out_truth = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut number = |name: &str| -> Option<u64> {
            let v = args.next()?;
            match v.replace('_', "").parse() {
                Ok(n) => Some(n),
                Err(_) => {
                    eprintln!("{name}: not a number: {v}");
                    None
                }
            }
        };
        match a.as_str() {
            "--seed" => match number("--seed") {
                Some(n) => cfg.seed = n,
                None => return usage(),
            },
            "--claims" => match number("--claims") {
                Some(n) => cfg.claims = n as usize,
                None => return usage(),
            },
            "--entities" => match number("--entities") {
                Some(n) => cfg.entities = n as usize,
                None => return usage(),
            },
            "--sources" => match number("--sources") {
                Some(n) => cfg.sources = n as usize,
                None => return usage(),
            },
            "--realistic-scale" => {
                let seed = cfg.seed;
                cfg = feed::Config::realistic();
                cfg.seed = seed;
            }
            "--out-claims" => out_claims = args.next(),
            "--out-truth" => out_truth = args.next(),
            "-h" | "--help" => return usage(),
            other => {
                eprintln!("unknown argument: {other}");
                return usage();
            }
        }
    }
    let (Some(out_claims), Some(out_truth)) = (out_claims, out_truth) else {
        return usage();
    };
    if cfg.entities < 2_000 {
        eprintln!("note: fewer than 2,000 entities ({})", cfg.entities);
    }
    let start = Instant::now();
    let open = |path: &str| File::create(path).map(|f| BufWriter::with_capacity(1 << 20, f));
    let (mut claims, mut truth) = match (open(&out_claims), open(&out_truth)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("cannot create output: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut generator = feed::Generator::new(cfg.clone());
    let built = start.elapsed();
    let stats = match generator
        .run(&mut claims, &mut truth)
        .and_then(|s| claims.flush().and(truth.flush()).map(|_| s))
    {
        Ok(s) => s,
        Err(e) => {
            eprintln!("write failed: {e}");
            return ExitCode::FAILURE;
        }
    };
    let secs = start.elapsed().as_secs_f64();
    // the process ends here: leave the generator's tables to the operating system
    std::mem::forget(generator);
    eprintln!(
        "seed {}: {} claims, {} entities ({} mentioned), {} groups ({} disagreements, {} single-source), \
         {} distinct subject spellings, {} erroneous, {} copied; {:.2} s ({:.2} s building entities), {:.0} claims/s",
        cfg.seed,
        stats.claims,
        stats.entities,
        stats.entities_mentioned,
        stats.groups,
        stats.disagreements,
        stats.single_source_groups,
        stats.distinct_subjects,
        stats.erroneous,
        stats.copied,
        secs,
        built.as_secs_f64(),
        stats.claims as f64 / secs
    );
    ExitCode::SUCCESS
}
