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

/// "2021 parliamentary election": the richest election phrase of the article, with the
/// year it names or the year of publication.
pub(super) fn detect_event(sentences: &[Sentence], published: Date) -> Option<String> {
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
                let w = t[j].lower.trim_end_matches("'s");
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
                if snap { "snap " } else { "" },
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
