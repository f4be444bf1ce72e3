//! Criterion bench: extraction throughput in bytes of article text per second, on the
//! bundled articles of both sets repeated into one long text (target: 5 MB/s on one
//! thread).
//!
//! `cargo bench --bench extract`

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use crosscheck::entity::Registry;
use crosscheck::extract::{Article, extract};

/// The bodies of every bundled article, end to end, repeated to about `bytes`.
fn corpus(bytes: usize) -> String {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut bodies = String::new();
    for set in ["kazakhstan", "belarus"] {
        let mut files: Vec<_> = std::fs::read_dir(format!("{root}/{set}/articles"))
            .expect("bundled articles")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        files.sort();
        for f in files {
            let text = std::fs::read_to_string(&f).expect("readable article");
            let a = Article::parse("x", &text, None).expect("a valid header");
            bodies.push_str(a.body());
            bodies.push_str("\n\n");
        }
    }
    let mut out = String::from("source: Bench\npublished: 2021-01-11\n\n");
    while out.len() < bytes {
        out.push_str(&bodies);
    }
    out
}

fn registry() -> Registry {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut entities: Vec<serde_json::Value> = Vec::new();
    for set in ["kazakhstan", "belarus"] {
        let text =
            std::fs::read_to_string(format!("{root}/{set}/entities.json")).expect("registry");
        let list: Vec<serde_json::Value> = serde_json::from_str(&text).expect("registry JSON");
        entities.extend(list);
    }
    Registry::from_json(&serde_json::to_string(&entities).expect("JSON")).expect("registry")
}

fn extraction(c: &mut Criterion) {
    let registry = registry();
    let text = corpus(1 << 20);
    let article = Article::parse("bench.txt", &text, None).expect("a valid header");
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.measurement_time(Duration::from_secs(10));
    g.sample_size(20);
    g.bench_function("articles_1MB", |b| {
        b.iter(|| extract(black_box(&article), &registry).len())
    });
    g.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);
