#![allow(dead_code)] // each target uses one entry point

//! The fuzz targets' entry points: each takes arbitrary bytes, runs one part of
//! crosscheck on them, and panics if an invariant breaks. The fuzzers call them, and
//! `tests/fuzz_corpus.rs` replays the saved corpus through them without a fuzzer.

use crosscheck::claim::{ClaimValue, Quantity};
use crosscheck::date::{Date, parse_date};
use crosscheck::entity::Registry;
use crosscheck::extract::Article;
use crosscheck::names::{Hybrid, MatchStrategy};
use crosscheck::normalize::{self as norm, fold, variant_key};
use crosscheck::reconcile::{ReconcileOptions, reconcile};
use crosscheck::store::{ClaimStore, IngestOptions};

fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Normalization is total and idempotent.
pub fn normalize(data: &[u8]) {
    let s = text(data);
    let once = norm::normalize(&s).text;
    assert_eq!(
        norm::normalize(&once).text,
        once,
        "normalize is not idempotent on {s:?}"
    );
    let folded = fold(&s);
    assert_eq!(fold(&folded), folded, "fold is not idempotent on {s:?}");
    let key = variant_key(&folded);
    assert!(
        key.len() <= 4 * folded.len() + 8,
        "variant key blew up on {s:?}"
    );
}

/// Name matching is total, symmetric and scored within [0, 1].
pub fn match_names(data: &[u8]) {
    let s = text(data);
    let (a, b) = s.split_once('\n').unwrap_or((&s, ""));
    let hybrid = Hybrid::default();
    let ab = hybrid.compare(a, b);
    let ba = hybrid.compare(b, a);
    assert!(
        (0.0..=1.0).contains(&ab.score),
        "score {} for {a:?} / {b:?}",
        ab.score
    );
    assert!(
        (ab.score - ba.score).abs() < 1e-9 && ab.decision == ba.decision,
        "asymmetric: {a:?} / {b:?}: {} vs {}",
        ab.score,
        ba.score
    );
}

/// Reading a value is total; what it reads is a well-formed interval.
pub fn parse_value(data: &[u8]) {
    let s = text(data);
    let published = Date::from_ymd(2021, 1, 11).expect("a real day");
    if let Some(q) = Quantity::parse(&s, None) {
        assert!(q.low <= q.high, "{s:?} read as [{}, {}]", q.low, q.high);
        assert!(!q.low.is_nan() && !q.high.is_nan(), "{s:?} read as NaN");
    }
    if let Some(d) = parse_date(&s, published) {
        assert!(d.start < d.end, "{s:?} read as an empty date range");
    }
    for predicate in ["vote_share", "age", "stepped_down"] {
        let _ = ClaimValue::parse(&s, None, predicate, published).describe();
    }
}

/// Ingest never panics, and every claim read lands in exactly one group.
pub fn ingest(data: &[u8]) {
    let mut store = ClaimStore::new();
    let options = IngestOptions::new().with_max_line_bytes(4096);
    let _ = store.extend_jsonl_with(data, &options, |_| Ok(()));
    let report = reconcile(&store, &Registry::new(), &ReconcileOptions::default());
    let grouped: usize = report.groups.iter().map(|g| g.claims.len()).sum();
    assert_eq!(grouped, store.len(), "claims lost or doubled");
    let again = reconcile(&store, &Registry::new(), &ReconcileOptions::default());
    assert_eq!(
        report.to_json(),
        again.to_json(),
        "report not deterministic"
    );
}

/// Extraction never panics, every claim points at its value in the article, and the
/// claims read back into a store.
pub fn extract(data: &[u8]) {
    let text = text(data);
    let published = Date::from_ymd(2021, 1, 11);
    let Ok(article) = Article::parse("fuzz.txt", &text, published) else {
        return;
    };
    let registry = Registry::from_json(
        r#"[{"name":"Nur Otan","kind":"party"},{"name":"Kazakhstan","kind":"place"},{"name":"Nursultan Nazarbayev","kind":"person"}]"#,
    )
    .expect("a valid registry");
    let claims = crosscheck::extract::extract(&article, &registry);
    let mut lines = String::new();
    for c in &claims {
        assert_eq!(text.get(c.start..c.end), Some(c.value.as_str()), "{c:?}");
        assert!(c.quote.contains(&c.value), "{c:?}");
        lines.push_str(&c.to_json_line());
        lines.push('\n');
    }
    let store = ClaimStore::from_jsonl(lines.as_bytes()).expect("extracted claims read back");
    assert_eq!(store.len(), claims.len());
}
