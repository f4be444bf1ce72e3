//! With the `parallel` feature, a run on several threads writes the same report, byte
//! for byte, as a run on one: the clustering's comparisons and the verdicts are made
//! ahead on all threads, the decisions taken in order.
//!
//! `cargo test --release --features parallel --test parallel`
#![cfg(feature = "parallel")]

#[path = "../examples/common/feed.rs"]
mod feed;

use crosscheck::entity::Registry;
use crosscheck::names::cluster;
use crosscheck::reconcile::{ReconcileOptions, reconcile};
use crosscheck::store::ClaimStore;

fn on_threads<T: Send>(threads: usize, work: impl FnOnce() -> T + Send) -> T {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a thread pool")
        .install(work)
}

#[test]
fn reports_of_one_and_of_several_threads_are_byte_identical() {
    // many spellings per entity and crowded surnames: rounds with many new leaders
    let cfg = feed::Config {
        seed: 1,
        claims: 30_000,
        entities: 6_000,
        sources: 60,
    };
    let (claims, _) = feed::generate_text(cfg).expect("a generated feed");
    let mut store = ClaimStore::new();
    store
        .extend_jsonl(claims.as_bytes(), |_| Ok(()))
        .expect("the feed reads");
    let run = || reconcile(&store, &Registry::new(), &ReconcileOptions::default()).to_json();
    let one = on_threads(1, run);
    assert!(one.len() > 100_000, "{}", one.len());
    for threads in [2, 3] {
        let several = on_threads(threads, run);
        assert!(one == several, "{threads} threads wrote another report");
    }
}

#[test]
fn clusterings_of_one_and_of_several_threads_are_equal() {
    let syllables = ["ab", "dul", "kar", "bek", "zhan", "nur", "sul", "tan", "as"];
    let mut names: Vec<String> = Vec::new();
    for (i, a) in syllables.iter().enumerate() {
        for b in syllables {
            for c in &syllables[i..] {
                names.push(format!("{a}{b} {c}{b}ov"));
                names.push(format!("{}. {c}{b}ev", &a[..1]));
                names.push(format!("{c}{b}ov"));
            }
        }
    }
    let one = on_threads(1, || cluster(&names));
    let two = on_threads(2, || cluster(&names));
    assert!(one.comparisons > 0);
    assert_eq!(one, two);
}
