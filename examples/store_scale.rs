//! Ingest and reconcile at scale: claims per second and peak memory for 100,000 and
//! 1,000,000 claims on one thread. With `--realistic`, the cost of the consensus stage
//! follows on standard error: reconcile without and with it.
//!
//! ```text
//! cargo run --release --example store_scale            # 100k, then 1M
//! cargo run --release --example store_scale -- 250000  # one size
//! cargo run --release --example store_scale -- --realistic [SIZES...]
//! cargo run --release --example store_scale -- --realistic --no-consensus-cost [SIZES...]
//! ```
//!
//! `--no-consensus-cost` leaves out the runs that time the consensus stage apart (the
//! timed run itself is the same).
//!
//! With `--realistic`, the claims come from the seeded feed generator
//! (`examples/common/FEED_SPEC.md`, seed 1): at a million claims, 80,000 entities (the
//! count scales with the claims) spelt under many romanizations and press styles —
//! about 300,000 distinct subject spellings —, events written many ways, units,
//! signed values, partial dates and 150 sources. The timed part is ingest (bad lines
//! counted and skipped) + reconcile + the JSON report (`total_s` in wall seconds,
//! `cpu_s` in the CPU seconds of its thread, which a busy machine does not inflate); afterwards the report is scored
//! against the generator's truth: claims refused, pairwise grouping F1, the grouping
//! F1 a matcher of names alone could reach at best (`name_ceil`: the true groups with
//! entities that share a canonical name merged, so namesakes and nothing else wrong),
//! disagreement F1 and grouping recall. The feed and its truth are generated into
//! temporary files before the timed run, which reads the claims from the file as it
//! goes and writes the JSON report to a file, so that the peak memory printed is the
//! run's, not the generator's. The last two columns are the name comparisons the
//! clustering made and the candidate names its limits left uncompared
//! (`crosscheck::names::CANDIDATE_LIMITS`; also in the report's `resolution`).
//!
//! The claims are synthetic and seeded: 10,000 subjects (people and parties) written in
//! several spellings, five predicates (vote share, population, age, a date, a count),
//! values with hedges, vague quantities and roundings, from 40 sources with
//! publication dates over two years and methods for some. Each size runs in its own
//! process, so that the peak memory printed is that size's.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use crosscheck::entity::Registry;
use crosscheck::reconcile::{ReconcileOptions, reconcile};
use crosscheck::store::ClaimStore;

// the feed generator brings the shared seeded generator with it
#[path = "common/feed.rs"]
mod feed;
use feed::Rng;
#[path = "common/score.rs"]
mod score;
#[path = "common/timed.rs"]
mod timed;
use timed::peak_memory_mb;

const SYLLABLES: &[&str] = &[
    "nur", "sul", "tan", "kas", "bol", "ser", "as", "kar", "dau", "er", "lan", "bek", "zhan",
    "mur", "at", "dos", "tur", "gul", "mak", "sat", "bak", "rat", "ab", "dul", "ra", "khim",
    "shev", "chen", "pet", "ros", "lev", "vol", "tem", "mir", "al", "ish", "ver", "ban", "dar",
];

fn subjects(rng: &mut Rng, n: usize) -> Vec<(String, Vec<String>)> {
    let cap = |s: String| {
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    };
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let word = |rng: &mut Rng, k: usize| -> String {
            cap((0..k)
                .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
                .collect())
        };
        let given = word(rng, 2);
        let surname = word(rng, 2) + ["ov", "ev", "in", "enko", "uly"][rng.below(5)];
        let name = format!("{given} {surname}");
        if !seen.insert(name.clone()) {
            continue;
        }
        let spellings = vec![
            name.clone(),
            format!("{surname} {given}"),
            format!(
                "{} {}",
                given.replace("kh", "h"),
                surname.replace("zh", "j")
            ),
            format!("{} {}", given.chars().next().unwrap_or('X'), surname) + ".",
            format!("{} {}", surname.to_uppercase(), given),
        ];
        out.push((name, spellings));
    }
    out
}

fn value(rng: &mut Rng, predicate: &str, base: u64) -> String {
    let hedges = ["", "", "", "nearly ", "about ", "more than ", "just under "];
    let hedge = hedges[rng.below(hedges.len())];
    match predicate {
        "vote_share" => {
            let v = 40.0 + (base % 500) as f64 / 10.0;
            let shown = if rng.below(2) == 0 {
                format!("{v:.1}")
            } else {
                format!("{}", v.round())
            };
            format!("{hedge}{shown}%")
        }
        "population" => format!("{hedge}{} million", 1 + base % 40),
        "age" => format!("{}", 40 + base % 40),
        "took_office" => {
            ["2019", "early 2019", "March 2019", "last year", "2020"][rng.below(5)].to_string()
        }
        _ => {
            ["dozens", "several dozen", "more than 30", "about 40", "35"][rng.below(5)].to_string()
        }
    }
}

fn generate(n: usize) -> String {
    let mut rng = Rng(0x5eed_0000_2021_0110);
    let people = subjects(&mut rng, 10_000);
    let predicates = ["vote_share", "population", "age", "took_office", "detained"];
    let methods = ["official", "exit poll", "estimate"];
    let mut out = String::with_capacity(n * 190);
    for i in 0..n {
        let s = rng.below(people.len());
        let (_, spellings) = &people[s];
        let subject = &spellings[rng.below(spellings.len())];
        let predicate = predicates[rng.below(predicates.len())];
        let v = value(&mut rng, predicate, (s as u64).wrapping_mul(2654435761));
        let day = 1 + rng.below(28);
        let month = 1 + rng.below(12);
        let year = 2021 + rng.below(2);
        let source = rng.below(40);
        let event = if predicate == "vote_share" {
            format!(
                r#","qualifiers":{{"event":"election {}","method":"{}"}}"#,
                s % 3,
                methods[rng.below(3)]
            )
        } else {
            String::new()
        };
        out.push_str(&format!(
            r#"{{"id":"c{i}","source":"Outlet {source}","published":"{year}-{month:02}-{day:02}","subject":"{subject}","predicate":"{predicate}","value":"{v}"{event}}}"#
        ));
        out.push('\n');
    }
    out
}

fn run(n: usize) {
    let input = generate(n);
    let start = Instant::now();
    let store = match ClaimStore::from_jsonl(input.as_bytes()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return;
        }
    };
    let ingest = start.elapsed().as_secs_f64();
    let report = reconcile(&store, &Registry::new(), &ReconcileOptions::default());
    let total = start.elapsed().as_secs_f64();
    let grouped: usize = report.groups.iter().map(|g| g.claims.len()).sum();
    println!(
        "{:>9} {:>8.2} {:>8.2} {:>8.2} {:>12.0} {:>8} {:>9} {:>10}",
        n,
        ingest,
        total - ingest,
        total,
        n as f64 / total,
        report.groups.len(),
        grouped,
        peak_memory_mb().map_or("n/a".to_string(), |m| format!("{m:.0}"))
    );
}

/// Writes a realistic feed of `n` claims to `claims` and its truth to `truth`.
fn realistic_feed(n: usize, claims: &Path, truth: &Path) -> Result<(), String> {
    let mut cfg = feed::Config::realistic();
    cfg.entities = (cfg.entities as u64 * n as u64 / cfg.claims as u64).max(2_500) as usize;
    cfg.claims = n;
    let (mut c, mut t) = (
        BufWriter::new(create(claims)?),
        BufWriter::new(create(truth)?),
    );
    feed::Generator::new(cfg)
        .run(&mut c, &mut t)
        .and_then(|_| c.flush())
        .and_then(|()| t.flush())
        .map_err(|e| format!("generating the feed: {e}"))
}

/// An I/O error on `path`, as the example prints it.
fn in_file(path: &Path, e: std::io::Error) -> String {
    format!("{}: {e}", path.display())
}

fn open(path: &Path) -> Result<File, String> {
    File::open(path).map_err(|e| in_file(path, e))
}

fn create(path: &Path) -> Result<File, String> {
    File::create(path).map_err(|e| in_file(path, e))
}

/// The number of distinct subject spellings of a claim file.
fn distinct_spellings(claims: &Path) -> Result<usize, String> {
    let mut seen = std::collections::HashSet::new();
    for line in BufReader::new(open(claims)?).split(b'\n') {
        let line = line.map_err(|e| in_file(claims, e))?;
        if let Some(at) = line.windows(11).position(|w| w == b"\"subject\":\"") {
            let rest = &line[at + 11..];
            let end = rest.iter().position(|&b| b == b'"').unwrap_or(rest.len());
            seen.insert(rest[..end].to_vec());
        }
    }
    Ok(seen.len())
}

/// Files of one run, removed when it ends.
struct Scratch(Vec<PathBuf>);

impl Drop for Scratch {
    fn drop(&mut self) {
        for path in &self.0 {
            let _ = std::fs::remove_file(path);
        }
    }
}

fn run_realistic(n: usize, with_consensus_cost: bool) {
    if let Err(e) = try_run_realistic(n, with_consensus_cost) {
        eprintln!("error: {e}");
    }
}

/// The feed is generated into files first, so the process holds neither the feed nor
/// its truth while the run is timed: ingest reads the claim file as it goes, and the
/// JSON report is written to a file as it is made (as the command line does with a
/// redirected output). The scoring reads the report's groups from memory afterwards.
fn try_run_realistic(n: usize, with_consensus_cost: bool) -> Result<(), String> {
    let stem = std::env::temp_dir().join(format!("store_scale_{}_{n}", std::process::id()));
    let [claims, truth, json] =
        ["claims.jsonl", "truth.jsonl", "report.json"].map(|end| stem.with_extension(end));
    let _scratch = Scratch(vec![claims.clone(), truth.clone(), json.clone()]);
    realistic_feed(n, &claims, &truth)?;
    let spellings = distinct_spellings(&claims)?;
    let out = create(&json)?;
    let run = timed::ingest_reconcile_write(
        BufReader::with_capacity(1 << 16, open(&claims)?),
        n,
        BufWriter::with_capacity(1 << 16, out),
    )?;
    let peak = peak_memory_mb().map_or("n/a".to_string(), |m| format!("{m:.0}"));
    let timed::TimedRun {
        report,
        refused,
        ingest_seconds: ingest,
        total_seconds: total,
        cpu_seconds,
        ..
    } = run;
    let resolution = report.resolution.clone();
    // what the scorer reads of the report: each group's claims and verdict
    let groups: Vec<serde_json::Value> = report
        .groups
        .iter()
        .map(|g| serde_json::json!({"claims": g.claims, "verdict": g.verdict}))
        .collect();
    drop(report);
    if with_consensus_cost {
        consensus_cost(&claims)?;
    }
    let truth = score::Truth::from_reader(BufReader::new(open(&truth)?))?;
    let (_, _, ceiling) = truth.name_ceiling();
    let q = score::score(&truth, &serde_json::json!({ "groups": groups }))?;
    println!(
        "{:>9} {:>9} {:>8} {:>8.2} {:>8.2} {:>8} {:>8} {:>10} {:>9.4} {:>9.4} {:>9.4} {:>9.4} {:>11} {:>10}",
        n,
        spellings,
        refused,
        ingest,
        total,
        cpu_seconds.map_or("n/a".to_string(), |c| format!("{c:.2}")),
        format!("{:.0}", n as f64 / total),
        peak,
        q.pair_f1,
        ceiling,
        q.disagree_f1,
        q.pair_recall,
        resolution.comparisons,
        resolution.skipped_candidates,
    );
    Ok(())
}

/// The consensus stage's cost: reconcile alone, without and with consensus (the
/// default), on the same store, alternated twice; the medians go to standard error.
fn consensus_cost(claims: &Path) -> Result<(), String> {
    let mut store = ClaimStore::new();
    store
        .extend_jsonl(BufReader::new(open(claims)?), |_| Ok(()))
        .map_err(|e| e.to_string())?;
    let time = |options: &ReconcileOptions| {
        let start = Instant::now();
        let report = reconcile(&store, &Registry::new(), options);
        let seconds = start.elapsed().as_secs_f64();
        drop(report);
        seconds
    };
    let without = ReconcileOptions::default().without_consensus();
    let with = ReconcileOptions::default();
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for _ in 0..2 {
        a.push(time(&without));
        b.push(time(&with));
    }
    let best = |v: &[f64]| v.iter().copied().fold(f64::INFINITY, f64::min);
    eprintln!(
        "reconcile without consensus {:.2} s, with consensus {:.2} s: +{:.0}% (fastest of 2 each)",
        best(&a),
        best(&b),
        100.0 * (best(&b) / best(&a) - 1.0)
    );
    Ok(())
}

fn main() -> ExitCode {
    let (mut realistic, mut without_cost) = (false, false);
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter(|a| {
            let (flag, skip) = (a == "--realistic", a == "--no-consensus-cost");
            realistic |= flag;
            without_cost |= skip;
            !flag && !skip
        })
        .filter_map(|a| a.replace('_', "").parse().ok())
        .collect();
    if let [n] = sizes[..] {
        if realistic {
            run_realistic(n, !without_cost);
        } else {
            run(n);
        }
        return ExitCode::SUCCESS;
    }
    if realistic {
        println!(
            "{:>9} {:>9} {:>8} {:>8} {:>8} {:>8} {:>8} {:>10} {:>9} {:>9} {:>9} {:>9} {:>11} {:>10}",
            "claims",
            "spellings",
            "refused",
            "ingest_s",
            "total_s",
            "cpu_s",
            "claims/s",
            "peak_MB",
            "group_F1",
            "name_ceil",
            "disagr_F1",
            "group_R",
            "compared",
            "skipped"
        );
    } else {
        println!(
            "{:>9} {:>8} {:>8} {:>8} {:>12} {:>8} {:>9} {:>10}",
            "claims", "ingest_s", "recon_s", "total_s", "claims/s", "groups", "grouped", "peak_MB"
        );
    }
    let _ = std::io::stdout().flush();
    let sizes = if sizes.is_empty() {
        vec![100_000, 1_000_000]
    } else {
        sizes
    };
    let Ok(me) = std::env::current_exe() else {
        eprintln!("error: cannot find this program to run each size apart");
        return ExitCode::from(2);
    };
    for n in sizes {
        let mut command = Command::new(&me);
        if realistic {
            command.arg("--realistic");
        }
        if without_cost {
            command.arg("--no-consensus-cost");
        }
        let status = command.arg(n.to_string()).status();
        if !status.is_ok_and(|s| s.success()) {
            eprintln!("error: the run for {n} claims failed");
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}
