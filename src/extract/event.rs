//! The event an article reports, from its election phrases.

use super::*;

/// Words that tell what kind of election an article is about when its election phrases
/// do not say: (word, kind).
pub(super) const ELECTION_KIND_HINTS: &[(&str, &str)] = &[
    ("parliament", "parliamentary"),
    ("parliamentary", "parliamentary"),
    ("legislature", "parliamentary"),
    ("presidential", "presidential"),
];

/// Disasters, by the words that name them: (words, the event's name after its year).
/// An article about one of these more than about an election takes it as its event.
/// (Referendums and waves of unrest are left to the election phrases for now: an
/// article that reports a referendum and the unrest of the year before names both,
/// and one event per article would put the tolls in the wrong one.)
pub(super) const OTHER_EVENTS: &[(&[&str], &str)] = &[
    (
        &["earthquake", "earthquakes", "quake", "quakes"],
        "earthquake",
    ),
    (&["flood", "floods", "flooding"], "floods"),
];

/// Words that count for an election when an article's event is chosen.
pub(super) const ELECTION_WORDS: &[&str] = &["election", "elections", "vote", "run-off", "runoff"];

/// Adjectives kept in front of a referendum's name.
pub(super) const REFERENDUM_KINDS: &[&str] = &["constitutional", "independence"];

/// "2021 parliamentary election", "2023 constitutional referendum", "2023
/// earthquake": what the article reports, by the words it uses most.
pub(super) fn detect_event(sentences: &[Sentence], published: Date) -> Option<String> {
    // one pass over the words: (word → 0 for an election word, k + 1 for the k-th
    // kind of OTHER_EVENTS)
    static KINDS: std::sync::OnceLock<foldhash::HashMap<&'static str, usize>> =
        std::sync::OnceLock::new();
    let kinds = KINDS.get_or_init(|| {
        let mut m: foldhash::HashMap<&'static str, usize> =
            ELECTION_WORDS.iter().map(|w| (*w, 0)).collect();
        for (k, (words, _)) in OTHER_EVENTS.iter().enumerate() {
            for w in *words {
                m.insert(w, k + 1);
            }
        }
        m
    });
    // (the shortest of those words, the bytes they start with): other tokens are not
    // looked up
    static QUICK: std::sync::LazyLock<(usize, [bool; 256])> = std::sync::LazyLock::new(|| {
        let mut starts = [false; 256];
        let words = || {
            ELECTION_WORDS
                .iter()
                .chain(OTHER_EVENTS.iter().flat_map(|(words, _)| words.iter()))
        };
        for w in words() {
            if let Some(&b) = w.as_bytes().first() {
                starts[usize::from(b)] = true;
            }
        }
        (words().map(|w| w.len()).min().unwrap_or(0), starts)
    });
    let (shortest, starts) = &*QUICK;
    let mut counts = vec![0usize; OTHER_EVENTS.len() + 1];
    for t in sentences.iter().flat_map(|s| &s.tokens) {
        if t.kind == TokenKind::Word
            && t.lower.len() >= *shortest
            && t.lower
                .as_bytes()
                .first()
                .is_some_and(|b| starts[usize::from(*b)])
            && let Some(&k) = kinds.get(t.lower.strip_possessive())
        {
            counts[k] += 1;
        }
    }
    let elections = counts[0];
    let other = OTHER_EVENTS
        .iter()
        .enumerate()
        .map(|(k, (words, name))| (counts[k + 1], *words, *name))
        .filter(|(n, _, _)| *n > 0)
        .max_by_key(|(n, _, _)| *n);
    if let Some((n, words, name)) = other
        && n >= elections
    {
        let mut kind = "";
        let mut year = published.year();
        for s in sentences {
            let t = &s.tokens;
            for i in 0..t.len() {
                if !words.contains(&t[i].lower.as_str()) {
                    continue;
                }
                if i > 0 && REFERENDUM_KINDS.contains(&t[i - 1].lower.as_str()) {
                    kind = REFERENDUM_KINDS
                        .iter()
                        .find(|k| **k == t[i - 1].lower)
                        .copied()
                        .unwrap_or("");
                }
                if i > 0 && year_token(&t[i - 1]) {
                    year = t[i - 1].lower.parse().unwrap_or(year);
                }
            }
        }
        return Some(if kind.is_empty() {
            format!("{year} {name}")
        } else {
            format!("{year} {kind} {name}")
        });
    }
    detect_election(sentences, published)
}

/// "2021 parliamentary election": the richest election phrase of the article, with the
/// year it names or the year of publication.
fn detect_election(sentences: &[Sentence], published: Date) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    for s in sentences {
        let t = &s.tokens;
        for i in 0..t.len() {
            if !matches!(t[i].lower.as_str(), "election" | "elections") {
                continue;
            }
            let mut kind = None;
            let mut snap = false;
            let mut year = None;
            let mut j = i;
            while j > 0 && i - j < 5 {
                j -= 1;
                let w = t[j].lower.strip_possessive();
                if let Some(&(_, k)) = ELECTION_KINDS.iter().find(|(w2, _)| *w2 == w) {
                    kind.get_or_insert(k);
                } else if SNAP_WORDS.contains(&w) {
                    snap = true;
                } else if t[j].kind == TokenKind::Number && t[j].lower.len() == 4 {
                    year = t[j].lower.parse::<i32>().ok();
                    break;
                } else if !(t[j].kind == TokenKind::Word && t[j].capital) {
                    break;
                }
            }
            // another year's election is not this article's event
            if year.is_some_and(|y| y != published.year()) {
                continue;
            }
            let richness = usize::from(kind.is_some()) * 2 + usize::from(snap);
            let name = format!(
                "{} {}{}election",
                year.unwrap_or(published.year()),
                // an election called early is the same election whether or not an
                // outlet says so: "snap" ranks the phrase but stays out of the name
                "",
                kind.map(|k| format!("{k} ")).unwrap_or_default()
            );
            if best.as_ref().is_none_or(|(r, _)| richness > *r) {
                best = Some((richness, name));
            }
        }
    }
    let (richness, name) = best?;
    if richness >= 2 {
        return Some(name);
    }
    // no phrase names the kind: the article's words may
    let hint = ELECTION_KIND_HINTS.iter().find_map(|(word, kind)| {
        sentences
            .iter()
            .any(|s| s.tokens.iter().any(|t| t.lower == *word))
            .then_some(*kind)
    });
    Some(match hint {
        Some(kind) => name.replacen("election", &format!("{kind} election"), 1),
        None => name,
    })
}
