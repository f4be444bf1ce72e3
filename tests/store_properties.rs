//! Properties of the claim store and of reconciliation, on generated claims.

use std::collections::HashSet;

use crosscheck::entity::Registry;
use crosscheck::reconcile::{ReconcileOptions, reconcile};
use crosscheck::store::ClaimStore;
use proptest::prelude::*;

fn claim_line() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["Nur Otan", "Nour Otan", "Tokayev", "Toqaev", "Kazakhstan", "Almaty"]),
        prop::sample::select(vec!["vote_share", "age", "population", "stepped_down", "heads"]),
        prop::sample::select(vec![
            "71%", "nearly 72%", "71.1 percent", "67", "19 million", "just under 19 million",
            "March 2019", "last year", "2019", "Security Council", "dozens", "more than 30",
        ]),
        prop::sample::select(vec!["2021-01-10", "2021-01-11", "2023-03-20"]),
        prop::option::of(prop::sample::select(vec!["official", "exit poll"])),
        prop::option::of(prop::sample::select(vec!["2021 election", "2023 election"])),
    )
        .prop_map(|(subject, predicate, value, published, method, event)| {
            let mut q = Vec::new();
            if let Some(m) = method {
                q.push(format!("\"method\":\"{m}\""));
            }
            if let Some(e) = event {
                q.push(format!("\"event\":\"{e}\""));
            }
            format!(
                r#"{{"source":"S","published":"{published}","subject":"{subject}","predicate":"{predicate}","value":"{value}","qualifiers":{{{}}}}}"#,
                q.join(",")
            )
        })
}

fn store(lines: &[String], prefix: &str) -> ClaimStore {
    let text: String = lines
        .iter()
        .enumerate()
        .map(|(i, l)| l.replacen('{', &format!("{{\"id\":\"{prefix}{i}\","), 1) + "\n")
        .collect();
    ClaimStore::from_jsonl(text.as_bytes()).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(60))]

    #[test]
    fn every_claim_lands_in_exactly_one_group(lines in prop::collection::vec(claim_line(), 1..40)) {
        let s = store(&lines, "c");
        let report = reconcile(&s, &Registry::new(), &ReconcileOptions::default());
        let ids: Vec<&crosscheck::SmolStr> = report.groups.iter().flat_map(|g| &g.claims).collect();
        let unique: HashSet<&&crosscheck::SmolStr> = ids.iter().collect();
        prop_assert_eq!(ids.len(), s.len());
        prop_assert_eq!(unique.len(), s.len());
    }

    #[test]
    fn merge_is_commutative_and_associative(
        a in prop::collection::vec(claim_line(), 0..10),
        b in prop::collection::vec(claim_line(), 0..10),
        c in prop::collection::vec(claim_line(), 0..10),
    ) {
        let (a, b, c) = (store(&a, "a"), store(&b, "b"), store(&c, "c"));
        let mut ab = a.clone();
        ab.merge(&b).unwrap();
        let mut ba = b.clone();
        ba.merge(&a).unwrap();
        prop_assert_eq!(&ab, &ba);
        let mut ab_c = ab.clone();
        ab_c.merge(&c).unwrap();
        let mut bc = b.clone();
        bc.merge(&c).unwrap();
        let mut a_bc = a.clone();
        a_bc.merge(&bc).unwrap();
        prop_assert_eq!(ab_c, a_bc);
    }

    #[test]
    fn a_store_survives_serialization(lines in prop::collection::vec(claim_line(), 0..20)) {
        let s = store(&lines, "c");
        let json = serde_json::to_string(&s).unwrap();
        let back: ClaimStore = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, s);
    }

    #[test]
    fn a_saved_store_loads_back_equal(lines in prop::collection::vec(claim_line(), 0..20)) {
        let s = store(&lines, "c");
        let path = std::env::temp_dir().join(format!(
            "crosscheck-prop-{}-{}.json",
            std::process::id(),
            lines.len()
        ));
        s.save(&path).unwrap();
        let back = ClaimStore::load(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        prop_assert_eq!(back, s);
    }

    #[test]
    fn the_same_input_gives_a_byte_identical_report(lines in prop::collection::vec(claim_line(), 0..30)) {
        let s = store(&lines, "c");
        let r1 = reconcile(&s, &Registry::new(), &ReconcileOptions::default()).to_json();
        let r2 = reconcile(&s.clone(), &Registry::new(), &ReconcileOptions::default()).to_json();
        prop_assert_eq!(r1, r2);
    }
}
