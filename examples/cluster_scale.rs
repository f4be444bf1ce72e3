//! Clustering at scale: time for 100,000 and 1,000,000 mentions on one thread, with
//! the quality of the grouping against the generated truth.
//!
//! ```text
//! cargo run --release --example cluster_scale [-- MENTIONS...]
//! ```
//!
//! The mentions are synthetic and seeded: 10,000 people with surnames and given names
//! built from syllables of the region's names, each written in many ways (romanization
//! variants, name order, initials, capitals, titles), drawn with a skewed frequency so
//! that a few people are mentioned very often, as in news.

use std::time::Instant;

use crosscheck::names::cluster;

#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

const ONSETS: &[&str] = &[
    "nur", "sul", "tan", "kas", "zhom", "art", "bol", "ser", "ik", "as", "kar", "dau", "ren", "er",
    "lan", "bek", "zhan", "mur", "at", "ai", "dos", "tur", "gul", "mak", "sat", "bak", "yt", "kai",
    "rat", "ab", "dul", "la", "ra", "khim", "ta", "shev", "chen", "pet", "ros", "lev", "vol",
    "kov", "tem", "mir", "zia", "al", "ish", "ham", "ver", "ban", "dar", "kyz",
];
const SURNAME_ENDINGS: &[&str] = &[
    "ov", "ev", "in", "yev", "enko", "sky", "uly", "yan", "dze", "bekov",
];

struct Person {
    given: String,
    surname: String,
}

fn word(rng: &mut Rng, syllables: usize) -> String {
    let mut w = String::new();
    for _ in 0..syllables {
        w.push_str(rng.pick(ONSETS));
    }
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// One of the ways outlets spell a name: romanization swaps, then a format.
fn spelling(rng: &mut Rng, p: &Person) -> String {
    let swaps: &[(&str, &str)] = &[
        ("kh", "h"),
        ("zh", "j"),
        ("yev", "ev"),
        ("ai", "ay"),
        ("u", "ou"),
        ("sh", "sch"),
        ("ch", "tch"),
        ("ts", "tz"),
        ("k", "q"),
        ("ev", "iev"),
    ];
    let mut given = p.given.clone();
    let mut surname = p.surname.clone();
    for (from, to) in swaps {
        if rng.chance(25) {
            given = given.replace(from, to);
        }
        if rng.chance(25) {
            surname = surname.replace(from, to);
        }
    }
    let initial = given
        .chars()
        .next()
        .map(|c| format!("{c}."))
        .unwrap_or_default();
    match rng.below(8) {
        0..=2 => format!("{given} {surname}"),
        3 => format!("{surname} {given}"),
        4 => format!("{initial} {surname}"),
        5 => format!("{} {given}", surname.to_uppercase()),
        6 => format!("President {given} {surname}"),
        _ => format!("{surname} {initial}"),
    }
}

fn people(rng: &mut Rng, n: usize) -> Vec<Person> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let given = word(rng, 2);
        let surname = word(rng, 2) + rng.pick(SURNAME_ENDINGS);
        if seen.insert((given.clone(), surname.clone())) {
            out.push(Person { given, surname });
        }
    }
    out
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.replace('_', "").parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![100_000, 1_000_000]
    } else {
        sizes
    };
    let mut rng = Rng(0x5eed_2021_0110);
    let population = people(&mut rng, 10_000);
    println!(
        "{:>10} {:>9} {:>9} {:>12} {:>9} {:>10} {:>14} {:>8} {:>8}",
        "mentions",
        "seconds",
        "clusters",
        "comparisons",
        "truncated",
        "skipped",
        "mentions/s",
        "purity",
        "whole"
    );
    for &n in &sizes {
        let mut truth = Vec::with_capacity(n);
        let mut mentions = Vec::with_capacity(n);
        for _ in 0..n {
            // skewed: squaring a uniform draw favours low indices
            let u = rng.below(population.len());
            let id = u * u / population.len();
            truth.push(id);
            mentions.push(spelling(&mut rng, &population[id]));
        }
        let start = Instant::now();
        let c = cluster(&mentions);
        let seconds = start.elapsed().as_secs_f64();
        // purity: share of mentions whose cluster's most common person is theirs;
        // whole: share of mentions whose person's most common cluster holds them
        let majority = |groups: &mut dyn Iterator<Item = (usize, usize)>| -> usize {
            let mut counts: std::collections::HashMap<(usize, usize), usize> = Default::default();
            for g in groups {
                *counts.entry(g).or_default() += 1;
            }
            let mut best: std::collections::HashMap<usize, usize> = Default::default();
            for ((outer, _), count) in counts {
                let b = best.entry(outer).or_default();
                *b = (*b).max(count);
            }
            best.values().sum()
        };
        let purity = majority(&mut c.assignment.iter().copied().zip(truth.iter().copied())) as f64
            / n as f64;
        let whole = majority(&mut truth.iter().copied().zip(c.assignment.iter().copied())) as f64
            / n as f64;
        println!(
            "{:>10} {:>9.2} {:>9} {:>12} {:>9} {:>10} {:>14.0} {:>8.4} {:>8.4}",
            n,
            seconds,
            c.clusters.len(),
            c.comparisons,
            c.truncated_blocks,
            c.skipped_candidates,
            n as f64 / seconds,
            purity,
            whole
        );
    }
}
