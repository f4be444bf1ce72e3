//! Extraction held to its targets on both article sets, and the whole pipeline from
//! articles to verdicts held to the report from hand-made claims.

use std::path::{Path, PathBuf};

use crosscheck::entity::Registry;
use crosscheck::extract::{Article, ExtractedClaim, extract, read_judged, score_extraction};
use crosscheck::reconcile::{ReconcileOptions, Verdict, reconcile};
use crosscheck::store::ClaimStore;

fn set(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

fn registry(dir: &Path) -> Registry {
    Registry::from_json(&std::fs::read_to_string(dir.join("entities.json")).unwrap()).unwrap()
}

fn extract_set(dir: &Path, registry: &Registry) -> Vec<ExtractedClaim> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let name = f.file_name().unwrap().to_str().unwrap();
        out.extend(extract(
            &Article::parse(name, &text, None).unwrap(),
            registry,
        ));
    }
    out
}

fn check_targets(name: &str) {
    let dir = set(name);
    let registry = registry(&dir);
    let claims = extract_set(&dir, &registry);
    let lines: String = claims.iter().map(|c| c.to_json_line() + "\n").collect();
    let predicted = read_judged(&lines).unwrap();
    let gold =
        read_judged(&std::fs::read_to_string(dir.join("articles.gold.jsonl")).unwrap()).unwrap();
    let s = score_extraction(&gold, &predicted, &registry);
    assert!(
        s.precision() >= 0.9 && s.recall() >= 0.8,
        "{name}: precision {:.3}, recall {:.3}\nmissed: {:#?}\nspurious: {:#?}",
        s.precision(),
        s.recall(),
        s.missed,
        s.spurious
    );
}

#[test]
fn kazakhstan_articles_meet_the_targets() {
    check_targets("kazakhstan");
}

#[test]
fn belarus_articles_meet_the_targets() {
    check_targets("belarus");
}

#[test]
fn every_claim_points_at_its_value_and_reads_back_into_a_store() {
    for name in ["kazakhstan", "belarus"] {
        let dir = set(name);
        let registry = registry(&dir);
        let claims = extract_set(&dir, &registry);
        for c in &claims {
            let text = std::fs::read_to_string(dir.join("articles").join(&c.file)).unwrap();
            assert_eq!(&text[c.start..c.end], c.value, "{c:?}");
            assert!(c.quote.contains(&c.value));
        }
        let lines: String = claims.iter().map(|c| c.to_json_line() + "\n").collect();
        let store = ClaimStore::from_jsonl(lines.as_bytes()).unwrap();
        assert_eq!(store.len(), claims.len());
    }
}

/// (subject, predicate, verdict) of every group that is not an agreement.
fn conflicts(store: &ClaimStore, registry: &Registry) -> Vec<(String, String, Verdict)> {
    let report = reconcile(store, registry, &ReconcileOptions::default());
    let mut out: Vec<(String, String, Verdict)> = report
        .groups
        .iter()
        .filter(|g| g.verdict == Verdict::Disagree)
        .map(|g| (g.subject.to_string(), g.predicate.to_string(), g.verdict))
        .collect();
    out.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    out
}

#[test]
fn articles_and_hand_made_claims_flag_the_same_disagreements() {
    let dir = set("kazakhstan");
    let registry = registry(&dir);
    let from_claims = ClaimStore::from_jsonl(
        std::fs::read_to_string(dir.join("claims.jsonl"))
            .unwrap()
            .as_bytes(),
    )
    .unwrap();
    let lines: String = extract_set(&dir, &registry)
        .iter()
        .map(|c| c.to_json_line() + "\n")
        .collect();
    let from_articles = ClaimStore::from_jsonl(lines.as_bytes()).unwrap();
    let expected = conflicts(&from_claims, &registry);
    assert_eq!(expected.len(), 2, "{expected:?}");
    assert_eq!(conflicts(&from_articles, &registry), expected);
}
