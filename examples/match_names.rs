//! How to match names: the default hybrid, a hybrid with your own thresholds, and any
//! other strategy given a review band.
//!
//! ```text
//! cargo run --example match_names
//! ```

use crosscheck::names::{Banded, Decision, Hybrid, HybridConfig, JaroWinkler, MatchStrategy};

fn main() {
    // The default matcher decides three ways and says why.
    let hybrid = Hybrid::default();
    let r = hybrid.compare("Qasym-Zhomart Toqaev", "Kassym-Jomart Tokayev");
    println!("default: {} (score {:.3})", r.decision, r.score);
    for reason in &r.evidence {
        println!("  - {reason}");
    }
    assert_eq!(r.decision, Decision::Match);

    // A desk that wants fewer automatic merges raises the match threshold: what the
    // default merges, this one sends to review.
    let strict = Hybrid::new(HybridConfig::default().with_match_threshold(0.99));
    let pair = ("Kassim-Jomart Tokayuv", "Kassym-Jomart Tokayev");
    let (default, stricter) = (
        hybrid.compare(pair.0, pair.1),
        strict.compare(pair.0, pair.1),
    );
    println!(
        "{} / {}: default {}, strict {} (score {:.3})",
        pair.0, pair.1, default.decision, stricter.decision, stricter.score
    );
    assert_eq!(default.decision, Decision::Match);
    assert_eq!(stricter.decision, Decision::Possible);

    // The hard negatives hold under any threshold: a feminine surname form is another
    // person, and so is a relative with another given name.
    for (a, b) in [
        ("Nursultan Nazarbayev", "Dariga Nazarbayeva"),
        ("Heydar Aliyev", "Ilham Aliyev"),
    ] {
        let r = strict.compare(a, b);
        println!("{a} / {b}: {}", r.decision);
        assert_eq!(r.decision, Decision::NoMatch);
    }

    // Any strategy becomes a three-way matcher with a review band below its
    // threshold, and can then be used wherever a NameMatcher is asked for
    // (ReconcileOptions::with_matcher, ExtractOptions::with_matcher, cluster_with).
    let jaro = Banded::new(JaroWinkler::default(), 0.8);
    let r = jaro.compare("Nazarbayev", "Nazarbaev");
    println!(
        "jaro_winkler with a review band: {} (score {:.3})",
        r.decision, r.score
    );
    assert_ne!(r.decision, Decision::NoMatch);
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_example_runs() {
        super::main();
    }
}
