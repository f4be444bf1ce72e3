//! Properties that must hold for any input: normalization is idempotent, matching is
//! symmetric, and nothing panics on arbitrary Unicode.

use crosscheck::names::{Hybrid, MatchStrategy, NameKey, NameMatcher, all_strategies, cluster};
use crosscheck::normalize::{fold, normalize, variant_key};
use proptest::prelude::*;

/// Strings that stress the pipeline: any Unicode, plus the shapes names take.
fn nasty_string() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[A-Za-z .'-]{0,40}",
        "[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі -]{0,40}",
        "[\\u{300}-\\u{36f}\\u{200b}-\\u{200f}\\u{202a}-\\u{202e}]{0,10}",
        "[\\u{590}-\\u{6ff} ]{0,20}",
        "[\\u{1f300}-\\u{1f6ff}\\u{0}-\\u{1f}]{0,10}",
        "[A-Za-zА-Яа-я]{1,10}[\\u{301}\\u{308}]{1,3}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn normalization_is_idempotent(s in nasty_string()) {
        let once = fold(&s);
        prop_assert_eq!(fold(&once), once.clone());
        prop_assert!(once.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b' '));
        prop_assert!(!once.starts_with(' ') && !once.ends_with(' ') && !once.contains("  "));
        let key = variant_key(&once);
        prop_assert_eq!(variant_key(&key), variant_key(&key));
    }

    #[test]
    fn deciding_without_evidence_matches_the_full_comparison(a in nasty_string(), b in nasty_string()) {
        let h = Hybrid::default();
        let (ka, kb) = (NameKey::parse(&a), NameKey::parse(&b));
        let full = h.compare_keys(&ka, &kb);
        let bare = h.decide_keys(&ka, &kb);
        prop_assert_eq!(bare.score.to_bits(), full.score.to_bits());
        prop_assert_eq!(bare.decision, full.decision);
        prop_assert_eq!(NameMatcher::decide_keys(&h, &kb, &ka), bare);
    }

    #[test]
    fn keys_order_as_their_texts(a in nasty_string(), b in nasty_string(), cut in 0usize..12) {
        // also names that share a long beginning
        let b = format!("{}{b}", a.chars().take(cut).collect::<String>());
        let (ka, kb) = (NameKey::parse(&a), NameKey::parse(&b));
        prop_assert_eq!(ka.cmp_raw(&kb), (&ka.raw, &ka.folded).cmp(&(&kb.raw, &kb.folded)));
        prop_assert_eq!(kb.cmp_raw(&ka), (&kb.raw, &kb.folded).cmp(&(&ka.raw, &ka.folded)));
    }

    #[test]
    fn matching_is_symmetric(a in nasty_string(), b in nasty_string()) {
        for s in all_strategies() {
            let (ab, ba) = (s.compare(&a, &b), s.compare(&b, &a));
            prop_assert_eq!(ab.decision, ba.decision, "{}", s.name());
            prop_assert!((ab.score - ba.score).abs() < 1e-12, "{}: {} vs {}", s.name(), ab.score, ba.score);
            prop_assert!((0.0..=1.0).contains(&ab.score));
        }
    }

    #[test]
    fn spelling_variants_of_generated_names_keep_symmetry(
        given in "[A-Z][a-z]{2,8}", surname in "[A-Z][a-z]{3,9}(ov|ev|ova|eva|in|ina|sky|uly|enko)",
    ) {
        let h = Hybrid::default();
        let a = format!("{given} {surname}");
        let b = format!("{} {}", surname.to_uppercase(), given);
        prop_assert_eq!(h.compare(&a, &b).decision, h.compare(&b, &a).decision);
        prop_assert!(h.compare(&a, &a).is_match());
    }

    #[test]
    fn nothing_panics_on_parsing_and_clustering(names in prop::collection::vec(nasty_string(), 0..12)) {
        for n in &names {
            let k = NameKey::parse(n);
            prop_assert_eq!(k.folded.clone(), normalize(n).text);
        }
        let c = cluster(&names);
        prop_assert_eq!(c.assignment.len(), names.len());
        prop_assert!(c.assignment.iter().all(|&i| i < c.clusters.len()));
        let total: usize = c.clusters.iter().map(|cl| cl.members.len()).sum();
        prop_assert_eq!(total, names.len());
    }
}

#[test]
fn extreme_inputs_do_not_panic() {
    let long_latin = "Nazarbayev ".repeat(1000);
    let long_cyrillic = "Назарбаев".repeat(1200);
    let long_word = "a".repeat(10_000);
    let cases = [
        "",
        " ",
        "...",
        "-",
        "'",
        "\u{301}",
        "\u{301}\u{301}\u{301}",
        "🙂🙂",
        "\u{0}\u{1}\u{7f}",
        "שלום עולם",
        "مرحبا بالعالم",
        "\u{202e}Nazarbayev\u{202c}",
        "N\u{0430}zarbayev",
        long_latin.as_str(),
        long_cyrillic.as_str(),
        long_word.as_str(),
    ];
    for a in cases {
        for b in cases {
            for s in all_strategies() {
                let r = s.compare(a, b);
                assert!((0.0..=1.0).contains(&r.score), "{}", s.name());
            }
        }
    }
    assert_eq!(cluster(&cases).assignment.len(), cases.len());
}
