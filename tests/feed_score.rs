//! The feed generator and its scorer (examples/common), tested together: the scorer's
//! own unit tests run here, and a report built from the truth itself scores perfectly.

#[path = "../examples/common/feed.rs"]
mod feed;
#[path = "../examples/common/score.rs"]
mod score;

use serde_json::{Value, json};

fn generate(seed: u64, claims: usize) -> (String, String) {
    let cfg = feed::Config {
        seed,
        claims,
        entities: 2_000,
        sources: 25,
    };
    feed::generate_text(cfg).unwrap()
}

#[test]
fn the_truth_as_a_report_scores_perfectly() {
    let (_, truth_text) = generate(5, 4_000);
    let truth = score::Truth::from_jsonl(&truth_text).unwrap();
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    let mut index = std::collections::HashMap::new();
    let mut disagree = std::collections::HashMap::new();
    for line in truth_text.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        match v["kind"].as_str() {
            Some("claim") => {
                let g = v["group"].as_str().unwrap().to_string();
                let i = *index.entry(g.clone()).or_insert_with(|| {
                    groups.push((g.clone(), Vec::new()));
                    groups.len() - 1
                });
                groups[i].1.push(v["claim"].as_str().unwrap().to_string());
            }
            Some("group") => {
                disagree.insert(
                    v["group"].as_str().unwrap().to_string(),
                    v["disagreement"] == true,
                );
            }
            _ => {}
        }
    }
    let report = json!({"groups": groups.iter().map(|(g, c)| json!({
        "claims": c,
        "verdict": if disagree[g] { "disagree" } else if c.len() == 1 { "single" } else { "agree" },
    })).collect::<Vec<_>>()});
    let s = score::score(&truth, &report).unwrap();
    assert_eq!(s.truth_claims, 4_000);
    assert_eq!((s.missing, s.unknown, s.duplicated), (0, 0, 0));
    assert!((s.pair_f1 - 1.0).abs() < 1e-12, "{}", s.summary());
    assert!((s.disagree_f1 - 1.0).abs() < 1e-12, "{}", s.summary());
    assert!(s.true_disagreements > 100);
}

#[test]
fn claims_are_well_formed() {
    let (claims, truth) = generate(6, 3_000);
    let mut ids = std::collections::HashSet::new();
    for line in claims.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        assert!(ids.insert(v["id"].as_str().unwrap().to_string()));
        for field in ["source", "published", "subject", "predicate"] {
            assert!(v[field].is_string(), "{line}");
        }
        assert!(v["value"].is_string() || v["value"].is_number(), "{line}");
        if let Some(q) = v.get("qualifiers") {
            assert!(q.as_object().unwrap().values().all(|x| x.is_string()));
        }
    }
    // a group of one source never disagrees
    for line in truth.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        if v["kind"] == "group" && v["sources"] == 1 {
            assert_eq!(v["disagreement"], false, "{line}");
        }
    }
}

#[test]
fn different_seeds_differ() {
    assert_ne!(generate(1, 500).0, generate(2, 500).0);
}
