//! Extraction against the gold standard of each article set: precision and recall of
//! numeric and date claims, subject accuracy (of the claims found with the right
//! value, the share with the right subject), recall per predicate, qualifier
//! accuracy, and what was missed or spurious; for the evaluation set
//! (`fixtures/articles-eval`), the dev and the test events apart, and end to end: how
//! many of the gold's disagreement groups `reconcile` flags on the extracted claims,
//! and how many of its compatible groups it flags by mistake (false alarms).
//!
//! ```text
//! cargo run --release --example extraction_quality              # every set
//! cargo run --release --example extraction_quality -- dev       # fixtures and dev only
//! cargo run --release --example extraction_quality -- dev -v    # misses, spurious claims, subject errors
//! cargo run --release --example extraction_quality -- dev chile-2022-referendum  # some events
//! ```
//!
//! Any other argument names an event: only the named events of each side are scored.
//! A side without events prints "no test events" (or "no dev events").
//!
//! Tune on the dev events only: `-- dev` never opens a test event. The articles of
//! the evaluation set without a header get the latest date of their event's other
//! articles (as `--published` would give it); their source is the file's stem.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[path = "common/flagged.rs"]
mod flagged;

use crosscheck::date::Date;
use crosscheck::entity::Registry;
use crosscheck::extract::{
    Article, DisagreementScores, ExtractedClaim, ExtractionScores, Judged, read_gold_groups,
    read_judged, score_disagreements, score_extraction,
};
use indexmap::IndexMap;

/// The older article sets: articles in `articles/`, gold in `articles.gold.jsonl`.
const FIXTURE_SETS: &[&str] = &["fixtures/kazakhstan", "fixtures/belarus"];

/// The evaluation set.
const EVAL: &str = "fixtures/articles-eval";

/// How many times the throughput line extracts every article.
const THROUGHPUT_ROUNDS: usize = 20;

fn read(p: &Path) -> Result<String, String> {
    std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))
}

fn txt_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    Ok(files)
}

/// The articles of a folder; an article without a header takes the latest date of the
/// others.
fn articles(dir: &Path) -> Result<Vec<Article>, String> {
    let mut texts = Vec::new();
    for f in txt_files(dir)? {
        let name = f
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        texts.push((name, read(&f)?));
    }
    let latest: Option<Date> = texts
        .iter()
        .filter_map(|(n, t)| Article::parse(n, t, None).ok().map(|a| a.published))
        .max();
    texts
        .iter()
        .map(|(n, t)| Article::parse(n, t, latest).map_err(|e| e.to_string()))
        .collect()
}

struct SetResult {
    scores: ExtractionScores,
    claims: Vec<ExtractedClaim>,
    gold: Vec<Judged>,
    bytes: usize,
}

fn run_set(articles_dir: &Path, gold: &Path, registry: &Registry) -> Result<SetResult, String> {
    let articles = articles(articles_dir)?;
    let mut claims = Vec::new();
    for a in &articles {
        claims.extend(crosscheck::extract::extract(a, registry));
    }
    let lines: String = claims.iter().map(|c| c.to_json_line() + "\n").collect();
    let predicted = read_judged(&lines)?;
    let gold = read_judged(&read(gold)?)?;
    Ok(SetResult {
        scores: score_extraction(&gold, &predicted, registry),
        claims,
        gold,
        bytes: articles.iter().map(|a| a.text.len()).sum(),
    })
}

fn end_to_end(event: &Path, r: &SetResult) -> Result<DisagreementScores, String> {
    let groups = read_gold_groups(&read(&event.join("disagreements.jsonl"))?)?;
    let mut gold_of: IndexMap<String, String> = IndexMap::new();
    for &(p, g) in &r.scores.pairs {
        gold_of.insert(r.claims[p].id.clone(), r.gold[g].id.clone());
    }
    let flagged = flagged::disagreeing_sides(&r.claims, &Registry::new())?;
    Ok(score_disagreements(&groups, &gold_of, &flagged))
}

fn header() {
    println!(
        "{:<34} {:>5} {:>5} {:>5} {:>6} {:>6} {:>7} {:>6}",
        "set", "pred", "gold", "match", "P", "R", "subject", "quals"
    );
}

fn print_scores(name: &str, s: &ExtractionScores, verbose: bool) {
    println!(
        "{:<34} {:>5} {:>5} {:>5} {:>6.3} {:>6.3} {:>7.3} {:>6}",
        name,
        s.predicted,
        s.gold,
        s.matched,
        s.precision(),
        s.recall(),
        s.subject_accuracy(),
        format!("{}/{}", s.qualifiers_right, s.matched)
    );
    if verbose {
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
}

/// The claims found with the right value under another subject than the gold's.
fn print_subject_errors(r: &SetResult) {
    for &(k, g) in &r.scores.wrong_subject_pairs {
        let (c, gold) = (&r.claims[k], &r.gold[g]);
        println!(
            "    subject:  {} | {} | {} | got {:?}, gold {:?}",
            c.file, c.predicate, c.value, c.subject, gold.subject
        );
    }
}

fn merge(total: &mut Option<ExtractionScores>, s: ExtractionScores) {
    match total {
        None => *total = Some(s),
        Some(t) => {
            t.predicted += s.predicted;
            t.gold += s.gold;
            t.matched += s.matched;
            t.wrong_subject += s.wrong_subject;
            t.qualifiers_right += s.qualifiers_right;
            for (k, (g, m)) in s.per_predicate {
                let e = t.per_predicate.entry(k).or_default();
                e.0 += g;
                e.1 += m;
            }
            t.missed.extend(s.missed);
            t.spurious.extend(s.spurious);
        }
    }
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let only: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .filter(|a| matches!(*a, "dev" | "test" | "fixtures"))
        .collect();
    let wanted = |side: &str| only.is_empty() || only.contains(&side) || side == "fixtures";
    let named: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .filter(|a| !a.starts_with('-') && !matches!(*a, "dev" | "test" | "fixtures"))
        .collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let started = Instant::now();
    let mut bytes = 0;
    header();
    for set in FIXTURE_SETS {
        let dir = root.join(set);
        let registry =
            Registry::from_json(&read(&dir.join("entities.json"))?).map_err(|e| e.to_string())?;
        let r = run_set(
            &dir.join("articles"),
            &dir.join("articles.gold.jsonl"),
            &registry,
        )?;
        bytes += r.bytes;
        print_scores(set, &r.scores, verbose);
    }
    let split: serde_json::Value =
        serde_json::from_str(&read(&root.join(EVAL).join("split.json"))?)
            .map_err(|e| e.to_string())?;
    for side in ["dev", "test"] {
        if !wanted(side) {
            continue;
        }
        let events: Vec<&str> = split[side]
            .as_array()
            .map(|a| a.iter().filter_map(|e| e.as_str()).collect())
            .unwrap_or_default();
        if events.is_empty() {
            println!("no {side} events");
            continue;
        }
        let events: Vec<&str> = events
            .into_iter()
            .filter(|e| named.is_empty() || named.contains(e))
            .collect();
        let mut total = None;
        let mut e2e = DisagreementScores::default();
        for event in &events {
            let dir = root.join(EVAL).join(event);
            let registry = Registry::new();
            let r = run_set(&dir, &dir.join("gold.jsonl"), &registry)?;
            bytes += r.bytes;
            let d = end_to_end(&dir, &r)?;
            e2e.add(d);
            print_scores(&format!("  {side}: {event}"), &r.scores, verbose);
            if verbose {
                print_subject_errors(&r);
            }
            println!(
                "{:<34} disagreements flagged {}/{}, false alarms {}/{}",
                "", d.flagged, d.disagree, d.false_alarms, d.compatible
            );
            merge(&mut total, r.scores);
        }
        if let Some(t) = total {
            print_scores(&format!("articles-eval {side}"), &t, false);
            println!(
                "{:<34} disagreements flagged {}/{} ({:.0}%), false alarms {}/{} ({:.0}%)",
                "",
                e2e.flagged,
                e2e.disagree,
                100.0 * e2e.flagged_share(),
                e2e.false_alarms,
                e2e.compatible,
                100.0 * e2e.false_alarm_share()
            );
            let recall: Vec<String> = t
                .per_predicate
                .iter()
                .map(|(p, (g, m))| format!("{p} {m}/{g}"))
                .collect();
            println!("    recall per predicate: {}", recall.join(", "));
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "\n{:.1} KB of articles read, scored and reconciled in {:.3} s",
        bytes as f64 / 1e3,
        seconds,
    );
    throughput(root)
}

/// Extraction alone, on the bundled fixture articles and the dev events, each run
/// [`THROUGHPUT_ROUNDS`] times: megabytes of article text per second on one thread.
fn throughput(root: &Path) -> Result<(), String> {
    let mut dirs: Vec<PathBuf> = FIXTURE_SETS
        .iter()
        .map(|s| root.join(s).join("articles"))
        .collect();
    let split: serde_json::Value =
        serde_json::from_str(&read(&root.join(EVAL).join("split.json"))?)
            .map_err(|e| e.to_string())?;
    for e in split["dev"].as_array().into_iter().flatten() {
        dirs.push(root.join(EVAL).join(e.as_str().unwrap_or_default()));
    }
    let mut all = Vec::new();
    for d in &dirs {
        all.extend(articles(d)?);
    }
    let registry = Registry::new();
    let started = Instant::now();
    let mut bytes = 0usize;
    let mut claims = 0usize;
    for _ in 0..THROUGHPUT_ROUNDS {
        for a in &all {
            claims += crosscheck::extract::extract(a, &registry).len();
            bytes += a.text.len();
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "throughput: {:.1} MB of articles extracted in {:.3} s, {:.1} MB/s ({} claims)",
        bytes as f64 / 1e6,
        seconds,
        bytes as f64 / 1e6 / seconds,
        claims
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
