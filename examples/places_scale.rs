//! Reconcile a feed about real places: 50,000 population claims about 40,000 distinct
//! places whose names are often alike (the same name in other states and countries,
//! names one letter apart, names with and without a generic word). Prints the time of
//! ingest + reconcile + the JSON report on one thread, peak memory, and the grouping's
//! pairwise precision, recall and F1 against the places the claims were written about,
//! with the possible matches reported for review.
//!
//! ```text
//! cargo run --release --example places_scale
//! cargo run --release --example places_scale -- --claims 50000 --seed 1
//! cargo run --release --example places_scale -- --merged 20
//! cargo run --release --example places_scale -- --out-claims places.jsonl
//! ```
//!
//! `--merged N` lists the N largest report groups that hold claims about more than one
//! place, with their mentions.
//!
//! The places are `fixtures/places-scale/places.tsv`: real populated places from
//! GeoNames (see `fixtures/places-scale/README.md`), each a different place. The claims
//! are drawn from them by a seeded generator: every place gets one claim, and places
//! drawn at random (with replacement) get more until the claim count is reached. A claim
//! writes its place as "Name, Qualifier" (the US state or the country), or as the bare
//! name when no other place in the list bears that name; press habits vary the rest:
//! accents dropped, "Saint" / "St." and "Mount" / "Mt." swapped. The value is the
//! place's GeoNames population, exact or rounded and hedged as outlets write it, so
//! the set holds no true disagreement: every group the report calls a disagreement
//! is a false alarm, and is counted.

use std::collections::HashMap;
use std::process::ExitCode;

use crosscheck::normalize::fold;
use crosscheck::reconcile::Verdict;

#[path = "common/rng.rs"]
mod rng;
use rng::Rng;
#[path = "common/score.rs"]
mod score;
#[path = "common/timed.rs"]
mod timed;

const PLACES_TSV: &str = include_str!("../fixtures/places-scale/places.tsv");

/// One row of the place list.
struct Place<'a> {
    id: &'a str,
    name: &'a str,
    qualifier: &'a str,
    population: u64,
}

fn places() -> Result<Vec<Place<'static>>, String> {
    let mut out = Vec::new();
    for (n, line) in PLACES_TSV.lines().enumerate().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let [id, name, qualifier, population] = f[..] else {
            return Err(format!("places.tsv line {}: expected 4 fields", n + 1));
        };
        let population = population
            .parse()
            .map_err(|e| format!("places.tsv line {}: population {population:?}: {e}", n + 1))?;
        out.push(Place {
            id,
            name,
            qualifier,
            population,
        });
    }
    Ok(out)
}

/// How an outlet writes a place's name: the qualifier only when the bare name would be
/// ambiguous or by habit, and the press variations of the name itself.
fn spelling(rng: &mut Rng, place: &Place, bare_allowed: bool) -> String {
    let mut name = place.name.to_string();
    if !name.is_ascii() && rng.chance(50) {
        name = strip_accents(&name);
    }
    for (long, short) in [("Saint ", "St. "), ("Sainte ", "Ste. "), ("Mount ", "Mt. ")] {
        if let Some(rest) = name.strip_prefix(long)
            && rng.chance(50)
        {
            name = format!("{short}{rest}");
        } else if let Some(rest) = name.strip_prefix(short)
            && rng.chance(50)
        {
            name = format!("{long}{rest}");
        }
    }
    if bare_allowed && rng.chance(40) {
        name
    } else {
        format!("{name}, {}", place.qualifier)
    }
}

/// The name with its letters' accents removed, as an ASCII-only outlet writes it.
fn strip_accents(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    name.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

/// A population as outlets write it: exact, rounded to three significant figures, or
/// rounded to two and hedged.
fn written_value(rng: &mut Rng, population: u64) -> String {
    let round = |p: u64, figures: u32| {
        let digits = p.max(1).ilog10() + 1;
        if digits <= figures {
            return p;
        }
        let unit = 10u64.pow(digits - figures);
        (p + unit / 2) / unit * unit
    };
    let grouped = |p: u64| {
        let s = p.to_string();
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    };
    match rng.below(3) {
        0 => grouped(population),
        1 => grouped(round(population, 3)),
        _ => format!("about {}", grouped(round(population, 2))),
    }
}

/// A generated claim set: the claims (JSONL), their truth (the feed truth format: one
/// `claim` line per claim, its group being the place), the distinct subject spellings,
/// and the place of each claim (claim `c{i}` is about `places[place_of[i]]`).
struct Generated {
    claims: String,
    truth: String,
    spellings: usize,
    place_of: Vec<usize>,
}

fn generate(places: &[Place], claims: usize, seed: u64) -> Generated {
    let mut bearers: HashMap<String, usize> = HashMap::new();
    let folded: Vec<String> = places.iter().map(|p| fold(p.name)).collect();
    for name in &folded {
        *bearers.entry(name.clone()).or_default() += 1;
    }
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let (mut out, mut truth) = (String::new(), String::new());
    let mut spellings = std::collections::HashSet::new();
    let mut place_of = Vec::with_capacity(claims);
    for i in 0..claims {
        let at = if i < places.len() {
            i
        } else {
            rng.below(places.len())
        };
        place_of.push(at);
        let place = &places[at];
        let bare_allowed = bearers[&folded[at]] == 1;
        let subject = spelling(&mut rng, place, bare_allowed);
        let value = written_value(&mut rng, place.population);
        let source = rng.below(60);
        let (month, day) = (1 + rng.below(12), 1 + rng.below(28));
        let line = serde_json::json!({
            "id": format!("c{i}"),
            "source": format!("Outlet {source}"),
            "published": format!("2024-{month:02}-{day:02}"),
            "subject": subject,
            "predicate": "population",
            "value": value,
        });
        out.push_str(&line.to_string());
        out.push('\n');
        let t = serde_json::json!({"kind": "claim", "claim": format!("c{i}"), "group": place.id});
        truth.push_str(&t.to_string());
        truth.push('\n');
        spellings.insert(subject);
    }
    Generated {
        claims: out,
        truth,
        spellings: spellings.len(),
        place_of,
    }
}

fn main() -> ExitCode {
    let (mut claims, mut seed, mut merged) = (50_000usize, 1u64, 0usize);
    let mut out_claims: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let text = args.next();
        let value = text
            .as_deref()
            .and_then(|v| v.replace('_', "").parse::<u64>().ok());
        match (a.as_str(), value) {
            ("--claims", Some(v)) => claims = v as usize,
            ("--seed", Some(v)) => seed = v,
            ("--merged", Some(v)) => merged = v as usize,
            ("--out-claims", _) if text.is_some() => out_claims = text,
            _ => {
                eprintln!(
                    "usage: places_scale [--claims N] [--seed N] [--merged N] [--out-claims FILE]"
                );
                return ExitCode::from(2);
            }
        }
    }
    let places = match places() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let Generated {
        claims: input,
        truth,
        spellings,
        place_of,
    } = generate(&places, claims, seed);
    if let Some(path) = &out_claims
        && let Err(e) = std::fs::write(path, &input)
    {
        eprintln!("error: writing {path}: {e}");
        return ExitCode::FAILURE;
    }

    let timed::TimedRun {
        report,
        json,
        refused,
        total_seconds: seconds,
        cpu_seconds,
        ..
    } = match timed::ingest_reconcile_report(input.as_bytes(), claims) {
        Ok(run) => run,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let peak = timed::peak_memory_mb().map_or("n/a".to_string(), |m| format!("{m:.0} MB"));

    let false_alarms = report
        .groups
        .iter()
        .filter(|g| g.verdict == Verdict::Disagree)
        .count();
    let quality = score::Truth::from_jsonl(&truth).and_then(|t| {
        let value: serde_json::Value = serde_json::from_str(&json).map_err(|e| e.to_string())?;
        score::score(&t, &value)
    });
    let q = match quality {
        Ok(q) => q,
        Err(e) => {
            eprintln!("error: scoring: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!(
        "{claims} claims about {} places ({spellings} distinct spellings), seed {seed}; {refused} refused",
        places.len().min(claims)
    );
    let cpu = cpu_seconds.map_or("n/a".to_string(), |c| format!("{c:.2} s"));
    println!("ingest + reconcile + JSON report: {seconds:.2} s (CPU {cpu}), peak memory {peak}");
    println!(
        "grouping: precision {:.4}, recall {:.4}, F1 {:.4}",
        q.pair_precision, q.pair_recall, q.pair_f1
    );
    println!(
        "groups {}, called disagreements (all false alarms here) {false_alarms}, possible matches {} (and {} left out by the per-cluster limit)",
        report.groups.len(),
        report.possible_matches.len(),
        report.resolution.possible_left_out
    );
    println!(
        "name comparisons {}, candidates left uncompared {} (names capped {}, crowded blocks {})",
        report.resolution.comparisons,
        report.resolution.skipped_candidates,
        report.resolution.capped_names,
        report.resolution.crowded_blocks
    );
    let mut mixed: Vec<(usize, &crosscheck::reconcile::Group)> = report
        .groups
        .iter()
        .map(|g| {
            let places: std::collections::BTreeSet<usize> = g
                .claims
                .iter()
                .filter_map(|c| c.strip_prefix('c')?.parse::<usize>().ok())
                .filter_map(|i| place_of.get(i).copied())
                .collect();
            (places.len(), g)
        })
        .filter(|(n, _)| *n > 1)
        .collect();
    mixed.sort_by_key(|m| std::cmp::Reverse(m.0));
    if merged > 0 {
        println!("groups holding several places: {}", mixed.len());
    }
    for (n, g) in mixed.iter().take(merged) {
        let shown: Vec<&str> = g.mentions.iter().take(12).map(|m| m.as_str()).collect();
        println!(
            "  {n} places, {} claims: {}",
            g.claims.len(),
            shown.join(" | ")
        );
    }
    ExitCode::SUCCESS
}
