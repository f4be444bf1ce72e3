//! Inputs sized to break careless code: a million distinct subjects, a 10 MB article
//! (prose, and one 10 MB "sentence" of numbers without a full stop), one group of
//! 100,000 claims, and one group of 100,000 different texts. Each prints its time; each runs at two sizes a tenth apart, so the
//! ratio shows whether the cost grows linearly (about 10) or worse.
//!
//! ```text
//! cargo run --release --example adversarial_sizes
//! ```

use std::time::Instant;

use crosscheck::entity::Registry;
use crosscheck::extract::{Article, extract};
use crosscheck::reconcile::{ReconcileOptions, reconcile};
use crosscheck::store::ClaimStore;

#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

const SYLLABLES: &[&str] = &[
    "ka", "ra", "zu", "mi", "lo", "ten", "bek", "sar", "dan", "vo", "li", "gor", "un", "pe", "tra",
    "shi", "nov", "al", "mes", "tu",
];

fn distinct_name(mut i: usize) -> String {
    let mut word = String::new();
    loop {
        word.push_str(SYLLABLES[i % SYLLABLES.len()]);
        i /= SYLLABLES.len();
        if i == 0 {
            break;
        }
    }
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
        + "ov"
}

fn line(id: usize, subject: &str, value: &str) -> String {
    format!(
        r#"{{"id":"c{id}","source":"Outlet {}","published":"2021-01-{:02}","subject":"{subject}","predicate":"turnout","value":"{value}"}}"#,
        id % 50,
        1 + id % 28
    )
}

fn time_reconcile(jsonl: &str) -> (f64, usize) {
    let start = Instant::now();
    let store = ClaimStore::from_jsonl(jsonl.as_bytes()).expect("generated claims are valid");
    let report = reconcile(&store, &Registry::new(), &ReconcileOptions::default());
    (start.elapsed().as_secs_f64(), report.groups.len())
}

/// Times `n` generated claims, line `i` made by `line_of(i)`, and prints the result.
fn run_claims(label: &str, n: usize, mut line_of: impl FnMut(usize) -> String) {
    let mut out = String::with_capacity(n * 140);
    for i in 0..n {
        out.push_str(&line_of(i));
        out.push('\n');
    }
    let (s, groups) = time_reconcile(&out);
    println!("{label:<20} {n:>9} claims  {s:>7.2} s  {groups} groups");
}

fn distinct_subjects(n: usize) {
    run_claims("distinct subjects", n, |i| {
        line(i, &distinct_name(i), "63.1%")
    });
}

fn one_group(n: usize) {
    let mut rng = Rng(0xadd5_0001);
    run_claims("one group", n, |i| {
        let v = format!("{}.{}%", 40 + rng.below(30), rng.below(10));
        line(i, "Nur Otan", &v)
    });
}

/// One group whose claims are all different texts: every text is a side of its own.
fn one_group_of_texts(n: usize) {
    let mut rng = Rng(0x7e87_0001);
    let mut word = move || {
        (0..3)
            .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
            .collect::<String>()
    };
    run_claims("one group of texts", n, |i| {
        let text = format!("{} {}", word(), word());
        line(i, "Nur Otan", &text)
    });
}

fn article_of(bytes: usize, prose: bool) -> String {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/kazakhstan/articles");
    let mut text = String::from("source: Adversary\npublished: 2021-01-11\n\n");
    if prose {
        let mut bodies = String::new();
        for f in [
            "ap.txt",
            "afp.txt",
            "rferl.txt",
            "euronews.txt",
            "eureporter.txt",
        ] {
            let a = std::fs::read_to_string(format!("{root}/{f}")).expect("bundled article");
            let article = Article::parse(f, &a, None).expect("valid header");
            bodies.push_str(article.body());
            bodies.push_str("\n\n");
        }
        while text.len() < bytes {
            text.push_str(&bodies);
        }
    } else {
        // no full stop anywhere: one sentence of numbers, cues and names
        let piece = "Nur Otan won 71 of the vote and police detained 30 in Almaty since 2019 ";
        while text.len() < bytes {
            text.push_str(piece);
        }
    }
    text
}

fn long_article(bytes: usize, prose: bool) {
    let registry = Registry::from_json(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/kazakhstan/entities.json"
        ))
        .expect("bundled registry"),
    )
    .expect("valid registry");
    let text = article_of(bytes, prose);
    let article = Article::parse("long.txt", &text, None).expect("valid header");
    let start = Instant::now();
    let claims = extract(&article, &registry).len();
    let s = start.elapsed().as_secs_f64();
    println!(
        "{:<20} {:>9} bytes  {s:>7.2} s  {claims} claims  {:.1} MB/s",
        if prose {
            "article (prose)"
        } else {
            "article (no stops)"
        },
        text.len(),
        text.len() as f64 / s / 1e6
    );
}

fn main() {
    // `-- subjects N` or `-- texts N`: one run of one case, for profiling
    let size = |default| {
        std::env::args()
            .nth(2)
            .and_then(|n| n.parse().ok())
            .unwrap_or(default)
    };
    match std::env::args().nth(1).as_deref() {
        Some("subjects") => return distinct_subjects(size(1_000_000)),
        Some("texts") => return one_group_of_texts(size(100_000)),
        _ => {}
    }
    for n in [100_000, 1_000_000] {
        distinct_subjects(n);
    }
    for n in [10_000, 100_000] {
        one_group(n);
    }
    for n in [10_000, 100_000] {
        one_group_of_texts(n);
    }
    for prose in [true, false] {
        for bytes in [1_000_000, 10_000_000] {
            long_article(bytes, prose);
        }
    }
}
