//! The name-matching fixture: the hybrid holds its accuracy and stays ahead of the
//! single-technique strategies, and each hard-negative kind is kept apart.

use crosscheck::names::{
    Hybrid, JaroWinkler, LabelledPair, Levenshtein, Scores, evaluate, parse_pairs_tsv,
};

fn pairs() -> Vec<LabelledPair> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/names/pairs.tsv"
    ))
    .expect("fixtures/names/pairs.tsv is bundled");
    parse_pairs_tsv(&text).expect("the bundled pairs file parses")
}

#[test]
fn fixture_has_the_promised_size() {
    let p = pairs();
    assert!(p.len() >= 5000, "{} pairs", p.len());
    let hard = p
        .iter()
        .filter(|x| !x.same && x.category.as_deref() != Some("random"))
        .count();
    assert!(hard >= 1000, "{hard} hard negatives");
}

#[test]
fn hybrid_meets_its_accuracy_floor_and_beats_the_baselines() {
    let p = pairs();
    let hybrid = evaluate(&Hybrid::default(), &p);
    // measured 0.9934 precision, 0.9472 recall, 0.9697 F1 when written; these floors
    // catch regressions without chasing the last decimal
    assert!(
        hybrid.precision() >= 0.98,
        "precision {}",
        hybrid.precision()
    );
    assert!(hybrid.f1() >= 0.96, "f1 {}", hybrid.f1());
    for baseline in [
        evaluate(&JaroWinkler::default(), &p),
        evaluate(&Levenshtein::default(), &p),
    ] {
        assert!(
            hybrid.f1() > baseline.f1() + 0.3,
            "{} vs {}",
            hybrid.f1(),
            baseline.f1()
        );
    }
}

#[test]
fn every_hard_negative_kind_is_kept_apart() {
    let p = pairs();
    let h = Hybrid::default();
    let mut by_kind: std::collections::BTreeMap<String, Scores> = Default::default();
    for x in p.iter().filter(|x| !x.same) {
        let kind = x.category.clone().unwrap_or_default();
        let decided = evaluate(&h, std::slice::from_ref(x));
        let s = by_kind.entry(kind).or_default();
        s.false_positives += decided.false_positives;
        s.true_negatives += decided.true_negatives;
    }
    for (kind, s) in by_kind {
        let n = s.false_positives + s.true_negatives;
        let wrong = s.false_positives as f64 / n as f64;
        assert!(wrong <= 0.1, "{kind}: {} of {n} merged", s.false_positives);
    }
}
