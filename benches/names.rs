//! Criterion benches: normalization (Latin, Cyrillic, mixed), the variant key, name
//! parsing, every matching strategy on fixture pairs from raw strings, and clustering.
//!
//! `cargo bench --bench names`

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use crosscheck::names::{NameKey, all_strategies, cluster, parse_pairs_tsv};
use crosscheck::normalize::{fold, normalize, variant_key};

fn sample_pairs() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/names/pairs.tsv"
    ))
    .expect("bundled fixture");
    let pairs = parse_pairs_tsv(&text).expect("fixture parses");
    // every 10th pair: all categories, a few hundred pairs
    pairs
        .into_iter()
        .step_by(10)
        .map(|p| (p.name_a, p.name_b))
        .collect()
}

fn normalization(c: &mut Criterion) {
    let names = [
        ("latin", "Kassym-Jomart Kemelevich Tokayev"),
        ("cyrillic", "Қасым-Жомарт Кемелұлы Тоқаев"),
        ("diacritics", "Qasym-Jomart Kemelūly Toqaev"),
        ("mixed_script", "Nursultan N\u{0430}zarbayev"),
        ("armenian", "Նիկոլ Փաշինյան"),
    ];
    let mut g = c.benchmark_group("normalize");
    g.throughput(Throughput::Elements(1));
    for (label, name) in names {
        g.bench_function(label, |b| b.iter(|| normalize(black_box(name))));
    }
    let folded = fold("Kassym-Jomart Kemelevich Tokayev");
    g.bench_function("variant_key", |b| {
        b.iter(|| variant_key(black_box(&folded)))
    });
    g.bench_function("parse_name", |b| {
        b.iter(|| NameKey::parse(black_box("Қасым-Жомарт Кемелұлы Тоқаев")))
    });
    g.finish();
}

fn strategies(c: &mut Criterion) {
    let pairs = sample_pairs();
    let mut g = c.benchmark_group("strategy");
    g.throughput(Throughput::Elements(pairs.len() as u64));
    for s in all_strategies() {
        g.bench_function(s.name(), |b| {
            b.iter(|| {
                for (x, y) in &pairs {
                    black_box(s.compare(black_box(x), black_box(y)));
                }
            })
        });
    }
    g.finish();
}

fn clustering(c: &mut Criterion) {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/names/entities.tsv"
    ))
    .expect("bundled fixture");
    let mentions: Vec<&str> = text
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').nth(2))
        .flat_map(|v| v.split('|'))
        .collect();
    let mut g = c.benchmark_group("cluster");
    g.throughput(Throughput::Elements(mentions.len() as u64));
    g.bench_function("fixture_entities", |b| {
        b.iter(|| cluster(black_box(&mentions)))
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    targets = normalization, strategies, clustering
}
criterion_main!(benches);
