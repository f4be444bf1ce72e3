//! The consensus stage on a small generated feed with truth: every strategy's accuracy
//! and reliability ranking above floors set just under the figures measured when the
//! stage was written, the crate's strategy ahead of the classic ones, and the
//! report's consensus fields consistent with its groups.

#[path = "../examples/common/consensus_score.rs"]
mod consensus_score;
#[path = "../examples/common/feed.rs"]
mod feed;

use crosscheck::entity::Registry;
use crosscheck::reconcile::consensus::{MajorityVote, TruthFinder, Weighted, WeightedConfig};
use crosscheck::reconcile::{ReconcileOptions, reconcile};
use crosscheck::report::Report;
use crosscheck::store::ClaimStore;

fn feed() -> (String, String) {
    let cfg = feed::Config {
        seed: 1,
        claims: 6_000,
        entities: 800,
        sources: 25,
    };
    feed::generate_text(cfg).unwrap()
}

fn store_of(claims: &str) -> ClaimStore {
    let mut store = ClaimStore::new();
    store.extend_jsonl(claims.as_bytes(), |_| Ok(())).unwrap();
    store
}

fn run(claims: &str, options: &ReconcileOptions) -> Report {
    reconcile(&store_of(claims), &Registry::new(), options)
}

#[test]
fn strategies_score_above_their_floors_and_ours_leads() {
    let (claims, truth_text) = feed();
    let truth = consensus_score::FeedTruth::parse(&truth_text).unwrap();
    let store = store_of(&claims);
    let dates = consensus_score::published(&store);
    let score = |options: ReconcileOptions| {
        consensus_score::score(
            &truth,
            &dates,
            &reconcile(&store, &Registry::new(), &options),
        )
    };
    let majority = score(ReconcileOptions::default().with_consensus(MajorityVote));
    let truthfinder = score(ReconcileOptions::default().with_consensus(TruthFinder::default()));
    let weighted = score(ReconcileOptions::default().with_consensus(Weighted::default()));
    let no_copies = score(ReconcileOptions::default().with_consensus(Weighted::new(
        WeightedConfig::default().without_copy_detection(),
    )));
    let rounded_once = score(ReconcileOptions::default().with_consensus(Weighted::new(
        WeightedConfig::default().with_finer_step(0.0),
    )));
    let unlearned = score(ReconcileOptions::default().with_consensus(Weighted::new(
        WeightedConfig::default().without_approximate_learning(),
    )));
    let line = |name: &str, s: &consensus_score::ConsensusScore| {
        format!(
            "{name}: accuracy {:.3} of {} groups, spearman {:.3}, flipped {}/{}",
            s.accuracy(),
            s.groups,
            s.spearman,
            s.copied_flips.0,
            s.copied_flips.1
        )
    };
    let all = [
        line("majority", &majority),
        line("truthfinder", &truthfinder),
        line("weighted", &weighted),
        line("weighted without copy detection", &no_copies),
        line("weighted, every figure rounded once", &rounded_once),
        line("weighted, approximate figures unlearned", &unlearned),
    ]
    .join("\n");
    // the figures, for `cargo test --test consensus -- --nocapture`
    eprintln!("{all}");
    assert!(weighted.groups > 1000, "{all}");
    assert!(majority.accuracy() >= FLOORS[0], "{all}");
    assert!(truthfinder.accuracy() >= FLOORS[1], "{all}");
    assert!(weighted.accuracy() >= FLOORS[2], "{all}");
    assert!(weighted.spearman >= FLOORS[3], "{all}");
    assert!(weighted.accuracy() > truthfinder.accuracy(), "{all}");
    assert!(truthfinder.accuracy() > majority.accuracy(), "{all}");
    assert!(weighted.spearman > truthfinder.spearman, "{all}");
    // copies discounted: fewer copied errors win against independent sources
    assert!(weighted.copied_flips.0 < majority.copied_flips.0, "{all}");
    assert!(weighted.copied_flips.0 <= no_copies.copied_flips.0, "{all}");
    // a figure rounded twice, or a hedge's rounded bound, is no error against the
    // value: on this feed reading them so gains a group (1061 against 1060 of 1122)
    // and ranks sources as well (0.799 both; when these figures were first measured,
    // before approximate figures were weighed by the run and the grouping changes
    // since, it ranked them better, 0.802 against 0.792, and was one group behind,
    // 1053 against 1054); its accuracy is checked on the whole tuning seed too, below
    assert!(weighted.correct > rounded_once.correct, "{all}");
    assert!(weighted.spearman >= rounded_once.spearman, "{all}");
    // approximate figures weighed by how often they are right on the run: 1061
    // against 1056 (Spearman 0.799 against 0.797)
    assert!(weighted.correct > unlearned.correct, "{all}");
}

#[test]
fn the_rounding_allowance_and_weighed_approximate_figures_gain_groups_on_the_whole_tuning_seed() {
    // the 20,000 claims of seed 1, as `compare_consensus --seed 1` reads them
    let (claims, truth_text) = feed::generate_text(feed::Config {
        seed: 1,
        ..feed::Config::default()
    })
    .unwrap();
    let truth = consensus_score::FeedTruth::parse(&truth_text).unwrap();
    let store = store_of(&claims);
    let dates = consensus_score::published(&store);
    let score = |options: ReconcileOptions| {
        consensus_score::score(
            &truth,
            &dates,
            &reconcile(&store, &Registry::new(), &options),
        )
    };
    let weighted = score(ReconcileOptions::default().with_consensus(Weighted::default()));
    let rounded_once = score(ReconcileOptions::default().with_consensus(Weighted::new(
        WeightedConfig::default().with_finer_step(0.0),
    )));
    let unlearned = score(ReconcileOptions::default().with_consensus(Weighted::new(
        WeightedConfig::default().without_approximate_learning(),
    )));
    let all = format!(
        "with the allowance {} right, every figure rounded once {} right, approximate \
         figures unlearned {} right, of {}",
        weighted.correct, rounded_once.correct, unlearned.correct, weighted.groups
    );
    eprintln!("{all}");
    // measured 3676 against 3664 (3672 against 3662 before approximate figures were
    // weighed by the run) of 3908 groups
    assert!(weighted.correct > rounded_once.correct, "{all}");
    // and approximate figures weighed by the run: 3676 against 3672
    assert!(weighted.correct > unlearned.correct, "{all}");
}

/// Accuracy of majority, TruthFinder and weighted, and weighted's Spearman, as
/// measured on this feed when the floors were set, less a little. (TruthFinder's
/// floor was 0.87 until bare surnames were resolved by the fact they are about: the
/// groups it sees changed, and it scores 0.8699 on them.) Weighted's floors were
/// raised from 0.90 and 0.70 when older head counts came to support newer ones
/// within the drift (measured 0.942 and 0.797), and its accuracy floor from 0.93 when
/// approximate figures came to be weighed by how often the run finds them right
/// (measured 0.946).
const FLOORS: [f64; 4] = [0.84, 0.86, 0.94, 0.75];

#[test]
fn consensus_fields_agree_with_their_groups_and_runs_repeat() {
    let (claims, _) = feed();
    let report = run(&claims, &ReconcileOptions::default());
    let without = report
        .groups
        .iter()
        .filter(|g| g.consensus.is_none())
        .count();
    assert!(
        without * 100 < report.groups.len(),
        "{without} groups without a consensus"
    );
    for g in &report.groups {
        let Some(c) = &g.consensus else {
            continue;
        };
        assert!((0.0..=1.0).contains(&c.confidence));
        assert!(!c.claims.is_empty());
        assert!(c.claims.iter().all(|id| g.claims.contains(id)), "{g:#?}");
        // the value shown is the first supporting claim's, as written
        let shown = g.values.iter().find(|v| v.claim == c.claims[0]).unwrap();
        assert_eq!(shown.written, c.value);
        assert_eq!(c.method.is_some(), !g.consensus_by_method.is_empty());
    }
    // most reliable first
    assert!(
        report
            .sources
            .windows(2)
            .all(|w| w[0].reliability >= w[1].reliability)
    );
    assert!(
        report
            .sources
            .iter()
            .all(|s| s.inside + s.outside <= s.claims)
    );
    // deterministic
    let again = run(&claims, &ReconcileOptions::default());
    assert_eq!(report.to_json(), again.to_json());
    // without the stage, nothing is added
    let bare = run(&claims, &ReconcileOptions::default().without_consensus());
    assert!(bare.sources.is_empty() && bare.groups.iter().all(|g| g.consensus.is_none()));
}

#[test]
fn an_exit_poll_is_no_error_against_claims_naming_no_method() {
    let claims = [
        r#"{"id":"p1","source":"A","published":"2013-12-11","subject":"Party X","predicate":"vote_share","value":"19%","qualifiers":{"event":"2013 election","method":"exit poll"}}"#,
        r#"{"id":"p2","source":"B","published":"2013-12-11","subject":"Party X","predicate":"vote_share","value":"18.9%","qualifiers":{"event":"2013 election","method":"exit polls"}}"#,
        r#"{"id":"p3","source":"C","published":"2013-12-11","subject":"Party X","predicate":"vote_share","value":"18.9%","qualifiers":{"event":"2013 election","method":"exit poll"}}"#,
        r#"{"id":"n1","source":"D","published":"2014-01-10","subject":"Party X","predicate":"vote_share","value":"21.3%","qualifiers":{"event":"2013 election"}}"#,
    ]
    .join("\n");
    let report = run(&claims, &ReconcileOptions::default());
    assert_eq!(report.groups.len(), 1);
    let g = &report.groups[0];
    let main = g.consensus.as_ref().expect("a consensus");
    // three exit-poll claims do not outvote the one that names no method
    assert_eq!(main.claims, ["n1"]);
    assert_eq!(main.method.as_deref(), Some("unstated"));
    let methods: Vec<Option<&str>> = g
        .consensus_by_method
        .iter()
        .map(|c| c.method.as_deref())
        .collect();
    assert_eq!(methods, [Some("unstated"), Some("exit poll")]);
}

/// Accuracy floors on the sets written independently of our rules, the news feed
/// (`fixtures/independent-feed/`) and the bookstores' author listings
/// (`fixtures/independent-books/`), just under the figures measured: (set, split,
/// majority, TruthFinder, ours). The dev splits were tuned on; the test splits were
/// scored after the last change.
const INDEPENDENT_FLOORS: [(&str, &str, f64, f64, f64); 4] = [
    ("independent-feed", "dev", 0.77, 0.83, 0.88),
    ("independent-feed", "test", 0.79, 0.84, 0.88),
    ("independent-books", "dev", 0.91, 0.97, 0.985),
    ("independent-books", "test", 0.93, 0.97, 0.98),
];

#[test]
fn on_sets_written_elsewhere_ours_leads_the_classic_strategies() {
    for (set, split, majority_floor, truthfinder_floor, weighted_floor) in INDEPENDENT_FLOORS {
        let split = format!("{set}/{split}");
        let dir = format!("{}/fixtures/{split}", env!("CARGO_MANIFEST_DIR"));
        let claims = std::fs::read_to_string(format!("{dir}/claims.jsonl")).unwrap();
        let truth_text = std::fs::read_to_string(format!("{dir}/truth.jsonl")).unwrap();
        let truth = consensus_score::FeedTruth::parse(&truth_text).unwrap();
        let store = store_of(&claims);
        let dates = consensus_score::published(&store);
        let score = |options: ReconcileOptions| {
            let report = reconcile(&store, &Registry::new(), &options);
            consensus_score::score(&truth, &dates, &report).accuracy()
        };
        let majority = score(ReconcileOptions::default().with_consensus(MajorityVote));
        let truthfinder = score(ReconcileOptions::default().with_consensus(TruthFinder::default()));
        let weighted = score(ReconcileOptions::default().with_consensus(Weighted::default()));
        println!(
            "{split}: majority {majority:.3} truthfinder {truthfinder:.3} weighted {weighted:.3}"
        );
        assert!(
            majority >= majority_floor,
            "{split}: majority {majority:.3}"
        );
        assert!(
            truthfinder >= truthfinder_floor,
            "{split}: truthfinder {truthfinder:.3}"
        );
        assert!(
            weighted >= weighted_floor,
            "{split}: weighted {weighted:.3}"
        );
        assert!(weighted > truthfinder && truthfinder > majority, "{split}");
    }
}
