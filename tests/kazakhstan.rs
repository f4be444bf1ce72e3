//! The reference case: the report on fixtures/kazakhstan matches expected.json, group
//! for group, and the DESIGN table's points hold.

use std::collections::HashSet;

use crosscheck::entity::Registry;
use crosscheck::reconcile::{ReconcileOptions, Verdict, reconcile};
use crosscheck::report::Report;
use crosscheck::store::ClaimStore;
use serde::Deserialize;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/kazakhstan");

#[derive(Deserialize)]
struct Expected {
    subject: String,
    predicate: String,
    scope: indexmap::IndexMap<crosscheck::SmolStr, crosscheck::SmolStr>,
    verdict: Verdict,
    claims: Vec<String>,
    #[serde(default)]
    split_by_method: bool,
}

fn report() -> Report {
    let claims = std::fs::read(format!("{DIR}/claims.jsonl")).unwrap();
    let store = ClaimStore::from_jsonl(claims.as_slice()).unwrap();
    let registry =
        Registry::from_json(&std::fs::read_to_string(format!("{DIR}/entities.json")).unwrap())
            .unwrap();
    reconcile(&store, &registry, &ReconcileOptions::default())
}

#[test]
fn report_matches_expected_groups() {
    let expected: Vec<Expected> =
        serde_json::from_str(&std::fs::read_to_string(format!("{DIR}/expected.json")).unwrap())
            .unwrap();
    let report = report();
    assert_eq!(report.groups.len(), expected.len(), "number of groups");
    for e in &expected {
        let g = report
            .groups
            .iter()
            .find(|g| g.subject == e.subject && g.predicate == e.predicate && g.scope == e.scope)
            .unwrap_or_else(|| panic!("no group {} · {} · {:?}", e.subject, e.predicate, e.scope));
        assert_eq!(
            g.verdict, e.verdict,
            "{} · {}: {}",
            e.subject, e.predicate, g.explanation
        );
        assert_eq!(g.claims, e.claims, "{} · {}", e.subject, e.predicate);
        assert_eq!(
            g.split_by_method, e.split_by_method,
            "{} · {}",
            e.subject, e.predicate
        );
    }
}

#[test]
fn every_claim_is_in_exactly_one_group() {
    let report = report();
    let ids: Vec<&crosscheck::SmolStr> = report.groups.iter().flat_map(|g| &g.claims).collect();
    let unique: HashSet<&&crosscheck::SmolStr> = ids.iter().collect();
    assert_eq!(ids.len(), unique.len());
    let store_ids = std::fs::read_to_string(format!("{DIR}/claims.jsonl"))
        .unwrap()
        .lines()
        .count();
    assert_eq!(ids.len(), store_ids);
}

#[test]
fn the_design_table_holds() {
    let report = report();
    let group = |subject: &str, predicate: &str| {
        report
            .groups
            .iter()
            .find(|g| g.subject == subject && g.predicate == predicate)
            .unwrap()
    };
    // the 2021 vote share: official figures against the exit poll, about half a point
    let v = group("Nur Otan", "vote_share");
    assert_eq!(v.sides.len(), 2);
    let gap = v.gap.as_ref().unwrap();
    assert!(gap.closest > 0.3 && gap.farthest < 1.0, "{gap:?}");
    assert!(v.explanation.contains("the split follows the method"));
    // Amanat 2023 is its own group, under the name in force then; one outlet's
    // headline and body are one source, not two agreeing
    let amanat = group("Amanat", "vote_share");
    assert_eq!(amanat.verdict, Verdict::Single);
    assert!(
        amanat.explanation.contains("agree within rounding"),
        "{}",
        amanat.explanation
    );
    // stepping down: 2019 against 2020 against 2021
    assert_eq!(group("Nursultan Nazarbayev", "stepped_down").sides.len(), 3);
    // Tokayev's ages fit one birth year
    assert_eq!(
        group("Kassym-Jomart Tokayev", "age").verdict,
        Verdict::Agree
    );
    // turnouts of different regions are different groups
    assert_eq!(
        report
            .groups
            .iter()
            .filter(|g| g.predicate == "turnout")
            .count(),
        3
    );
}

#[test]
fn the_same_input_gives_a_byte_identical_report() {
    assert_eq!(report().to_json(), report().to_json());
    assert_eq!(report().to_text(), report().to_text());
}

#[test]
fn the_consensus_follows_the_official_count_and_the_2019_family() {
    let report = report();
    let find = |subject: &str, predicate: &str| {
        report
            .groups
            .iter()
            .find(|g| g.subject == subject && g.predicate == predicate)
            .unwrap()
    };
    let vote = find("Nur Otan", "vote_share");
    let official = vote.consensus.as_ref().unwrap();
    assert_eq!(official.method.as_deref(), Some("official"));
    assert_eq!(official.claims, ["rfe-1", "ap-1"]);
    let methods: Vec<Option<&str>> = vote
        .consensus_by_method
        .iter()
        .map(|c| c.method.as_deref())
        .collect();
    assert_eq!(methods, [Some("official"), Some("exit poll")]);
    let stepped_down = find("Nursultan Nazarbayev", "stepped_down")
        .consensus
        .as_ref()
        .unwrap();
    assert_eq!(stepped_down.value, "March 2019");
    assert_eq!(stepped_down.claims, ["rfe-2", "afp-3", "ap-2"]);
    // every source in the table, the one outlet with a garbled name and a wrong date last
    assert_eq!(report.sources.len(), 5);
    assert_eq!(
        report.sources.last().map(|s| s.source.as_str()),
        Some("EU Reporter")
    );
}
