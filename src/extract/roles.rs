//! Subjects given by a role rather than a name: the winner of a vote ("the winner's
//! share") is the holder of the largest share of the vote the article has given so
//! far, and a lead belongs to its owner ("Sandu's margin", "the margin of Reject over
//! Approve"), to the subject of its clause, or, when none is written, to that
//! winner; and a result in a participle clause ("..., winning 50.9%") belongs to the
//! subject of the main clause; and a figure that belongs to a body ("the central
//! bank's rate") is that body's, named in its sentence or before it.

use super::*;

/// The subject of the largest vote share among the claims so far, shares of a region
/// left out; none before the article gives a share.
pub(super) fn leader(claims: &[ExtractedClaim]) -> Option<&str> {
    claims
        .iter()
        .filter(|c| c.predicate == "vote_share" && !c.qualifiers.contains_key(qualifier::REGION))
        .filter_map(|c| first_number(&c.value).map(|p| (p, c)))
        // the first of equal shares
        .fold(None::<(f64, &ExtractedClaim)>, |best, (p, c)| match best {
            Some((b, _)) if b >= p => best,
            _ => Some((p, c)),
        })
        .map(|(_, c)| c.subject.as_str())
}

/// The first number written in a value ("close to 70%" → 70).
fn first_number(written: &str) -> Option<f64> {
    let start = written.find(|c: char| c.is_ascii_digit())?;
    let digits: String = written[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .filter(|c| *c != ',')
        .collect();
    digits.trim_end_matches('.').parse().ok()
}

/// True when the sentence speaks of the winner by role ([`LEADER_ROLES`]) before the
/// value and names no person or party before it.
pub(super) fn names_the_winner(s: &Sentence, v: &Value) -> bool {
    let role = s.tokens[..v.first]
        .iter()
        .any(|t| LEADER_ROLES.contains(&t.lower.strip_possessive()));
    let named = s
        .mentions
        .iter()
        .any(|m| m.last < v.first && matches!(m.kind, MentionKind::Person | MentionKind::Party));
    role && !named
}

/// The holder of a lead ([`CueRule`] of `margin`): the owner written before its head
/// ("Sandu's margin"), the name after "of" when "over" follows it ("the margin of
/// Reject over Approve"), else the `leader` of the vote.
pub(super) fn margin_subject(
    s: &Sentence,
    v: &Value,
    heads: &[(usize, usize)],
    leader: Option<&str>,
) -> Option<String> {
    let t = &s.tokens;
    let nearest = heads
        .iter()
        .copied()
        .filter(|&(first, len)| first + len <= v.first || first > v.last)
        .min_by_key(|&(first, _)| first.abs_diff(v.first));
    if let Some((first, len)) = nearest {
        let owner = s
            .mentions
            .iter()
            .find(|m| m.last + 1 == first && possessive(&t[m.last]));
        if let Some(m) = owner {
            return Some(m.text.clone());
        }
        // "margin of Reject over Approve" (the cue may hold the "of" or not)
        let after = if t[first + len - 1].lower == "of" {
            first + len
        } else if t.get(first + len).is_some_and(|x| x.lower == "of") {
            first + len + 1
        } else {
            usize::MAX
        };
        let of = s
            .mentions
            .iter()
            .find(|m| m.first == after && t.get(m.last + 1).is_some_and(|x| x.lower == "over"));
        if let Some(m) = of {
            return Some(m.text.clone());
        }
        // "Erdoğan says he leads by about 2.6 million votes": the clause's subject
        if let Some(m) = clause_subject(s, first) {
            return Some(m.text.clone());
        }
    }
    leader.map(str::to_string)
}

/// Words before a name that make it the object of a preposition, not the subject of
/// its clause ("47.82% for Kemal Kilicdaroglu").
const PREPOSITIONS: &[&str] = &[
    "for", "against", "to", "over", "with", "by", "of", "from", "than", "behind",
];

/// The subject of the sentence's main clause when a person or party is: the first
/// person or party the sentence names, before `before`, unless a preposition governs
/// it.
pub(super) fn clause_subject(s: &Sentence, before: usize) -> Option<&Mention> {
    let m = s
        .mentions
        .iter()
        .find(|m| matches!(m.kind, MentionKind::Person | MentionKind::Party))
        .filter(|m| m.last < before)?;
    let governed = m.first > 0 && PREPOSITIONS.contains(&s.tokens[m.first - 1].lower.as_str());
    (!governed).then_some(m)
}

/// Participles that open a clause whose figure is its main subject's result
/// ("Lula defeated Bolsonaro, winning 50.9%").
const RESULT_PARTICIPLES: &[&str] = &[
    "winning",
    "taking",
    "securing",
    "gaining",
    "getting",
    "receiving",
    "garnering",
    "collecting",
    "polling",
];

/// A share or count in a clause opened by a participle after a comma ("..., winning
/// 50.9% of valid votes") belongs to the subject of the main clause, not to the name
/// nearest before it (often the object: "defeated Jair Bolsonaro").
pub(super) fn participle_subject(s: &Sentence, v: &Value) -> Option<String> {
    let t = &s.tokens;
    let p = (v.first.saturating_sub(3)..v.first).find(|&k| {
        k > 0 && t[k - 1].lower == "," && RESULT_PARTICIPLES.contains(&t[k].lower.as_str())
    })?;
    clause_subject(s, p - 1).map(|m| m.text.clone())
}

/// Predicates whose figure belongs to a body rather than to the country, by the head
/// noun of that body's name: a policy rate is the central bank's ("the Bank of Japan
/// raised its rate to 0.25%").
pub(super) const BODY_PREDICATES: &[(&str, &str)] = &[("interest_rate", "bank")];

/// True when `head` is the head noun of the name: its last word ("Reserve Bank") or
/// the word before "of" ("Bank of Japan"); not "Bank Rate".
fn headed_by(m: &Mention, head: &str) -> bool {
    let words: Vec<&str> = m.key.split(' ').collect();
    words.last() == Some(&head) || words.windows(2).any(|w| w[0] == head && w[1] == "of")
}

/// The body a figure of [`BODY_PREDICATES`] belongs to: a name with the body's head
/// noun in the figure's sentence, else, when the sentence speaks of the body by its
/// noun ("the central bank", "the bank"), the last such name the article gave before.
pub(super) fn body_subject(sentences: &[Sentence], si: usize, predicate: &str) -> Option<String> {
    let (_, head) = BODY_PREDICATES.iter().find(|(p, _)| *p == predicate)?;
    let s = &sentences[si];
    if let Some(m) = s.mentions.iter().find(|m| headed_by(m, head)) {
        return Some(m.text.clone());
    }
    let described = s
        .tokens
        .iter()
        .any(|t| !t.capital && t.lower.strip_possessive() == *head);
    if !described {
        return None;
    }
    sentences[..si]
        .iter()
        .rev()
        .flat_map(|p| p.mentions.iter().rev())
        .find(|m| headed_by(m, head))
        .map(|m| m.text.clone())
}

/// Forms of address before a person's name that the extractor's title table does not
/// hold, and that a claim's subject leaves out ("Senator Ana Lima" → "Ana Lima").
pub(super) const ADDRESS_WORDS: &[&str] = &["senator", "mme", "madame", "monsieur", "sir"];

/// Words after a surname that tell a family's generations apart ("Ana Lima Jr").
pub(super) const GENERATION_WORDS: &[&str] = &["jr", "jr.", "sr", "sr.", "junior", "senior"];

/// True when a word before a name is a title or a form of address, hyphenated ones
/// ("Vice-President") when each part is.
fn address_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    is_title(&lower)
        || ADDRESS_WORDS.contains(&lower.as_str())
        || (lower.contains('-') && lower.split('-').all(is_title))
}

/// A name without the titles and forms of address it opens with ("Vice-President Ana
/// Lima" → "Ana Lima"); a name of titles only stays as written.
pub(super) fn bare_name(written: &str) -> &str {
    let mut rest = written.trim();
    while let Some((first, tail)) = rest.split_once(' ') {
        if !address_word(first) || tail.trim().is_empty() {
            break;
        }
        rest = tail.trim_start();
    }
    // "Vice President" is an office, not a "President" with a title before it
    if rest.split_whitespace().all(address_word) {
        return written.trim();
    }
    rest
}

/// True when a name is written as a body's rather than a person's: joined by a small
/// word other than a particle ("Party of Regions", "Law and Justice"), or headed by a
/// party's noun.
fn body_shaped(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        let lower = w.to_lowercase();
        matches!(lower.as_str(), "of" | "for" | "and" | "the")
            || PARTY_HEADS.contains(&lower.as_str())
            || BODY_WORDS.contains(&lower.as_str())
    })
}

/// The people an article names, in the order it names them, as they will be compared
/// by [`full_name`]: each name as written without its titles, and its folded words.
pub(super) fn named_people(sentences: &[Sentence]) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    let mut seen: foldhash::HashSet<&str> = foldhash::HashSet::default();
    for m in sentences.iter().flat_map(|s| &s.mentions) {
        if !matches!(m.kind, MentionKind::Person | MentionKind::Unknown) {
            continue;
        }
        let bare = bare_name(&m.text);
        if body_shaped(bare) || !seen.insert(bare) {
            continue;
        }
        let words = fold(bare).split(' ').map(str::to_string).collect();
        out.push((bare.to_string(), words));
    }
    out
}

/// Heads a party's name drops when the article names it short ("Move Forward" of
/// "Move Forward Party", "National" of "the National Party"): only "party", since
/// the other heads of [`mentions::PARTY_HEADS`] ("Civic Alliance", "Popular Front")
/// are as often part of the short name as dropped from it.
pub(super) const DROPPED_PARTY_HEADS: &[&str] = &["party"];

/// The parties the article names in full with a head it may drop
/// ([`DROPPED_PARTY_HEADS`]) before it names them short: (the folded name without the
/// head, the name as written), in order of first mention, each once. A party the
/// article first names short keeps that name, as the first name it gives in full.
pub(super) fn named_parties(sentences: &[Sentence]) -> Vec<(String, String)> {
    let mut first_seen: foldhash::HashMap<String, usize> = foldhash::HashMap::default();
    let mut full: Vec<(String, String, usize)> = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        for m in &s.mentions {
            first_seen.entry(fold(&m.text)).or_insert(i);
            let Some((short, head)) = m.text.rsplit_once(' ') else {
                continue;
            };
            if DROPPED_PARTY_HEADS.contains(&fold(head).as_str())
                && !full.iter().any(|(_, written, _)| *written == m.text)
            {
                full.push((fold(short), m.text.clone(), i));
            }
        }
    }
    full.into_iter()
        .filter(|(short, _, at)| first_seen.get(short).is_none_or(|s| s >= at))
        .map(|(short, written, _)| (short, written))
        .collect()
}

/// The full name of a party a claim names without its head: the one name of
/// [`named_parties`] whose short form is the subject ("Move Forward" → "Move Forward
/// Party"); `None` when none or two fit.
pub(super) fn party_full_name(subject: &str, parties: &[(String, String)]) -> Option<String> {
    let folded = fold(subject);
    let mut fits = parties.iter().filter(|(short, _)| *short == folded);
    match (fits.next(), fits.next()) {
        (Some((_, written)), None) => Some(written.clone()),
        _ => None,
    }
}

/// A name's folded words without its generation word ("Jr"), read in place: full names
/// are compared for every claim against every person the article names.
fn core_words(full: &[String]) -> impl DoubleEndedIterator<Item = &str> {
    without_generation(full.iter().map(String::as_str))
}

/// Folded words without the generation words among them.
fn without_generation<'a>(
    words: impl DoubleEndedIterator<Item = &'a str>,
) -> impl DoubleEndedIterator<Item = &'a str> {
    words.filter(|w| !GENERATION_WORDS.contains(w))
}

/// The full name of a person a claim names by a shorter form: the one name the
/// article gives that ends with the subject's words ("Lima" of "Ana Lima", "Lima
/// Jr" of "Ana Lima Jr", the generation word aside), or that the subject opens with
/// two words or more ("Ana Lima" of "Ana Lima Souza") or, as a given name, by its one
/// word ("Ana" of "Ana Lima"); titles and forms of address
/// left out ("Senator Ana Lima" → "Ana Lima"). `people` is [`named_people`] of the
/// article; `places` the folded names it uses as places, which are never a person's
/// short form nor its full name. `None` when the subject is already the full name, is
/// no person's, or fits two of the article's names ("Castro" beside "Fidel Castro" and
/// "Raúl Castro" stays as written).
pub(super) fn full_name(
    subject: &str,
    people: &[(String, Vec<String>)],
    places: &foldhash::HashSet<String>,
) -> Option<String> {
    let bare = bare_name(subject);
    let folded = fold(bare);
    // (a side of a vote is no one's short name: "No" of a heading "Highest No")
    let option = OPTION_WORDS.iter().any(|(w, _)| *w == folded);
    if places.contains(&folded) || body_shaped(bare) || option {
        return None;
    }
    let words: Vec<&str> = folded.split(' ').collect();
    // only a name the article gives a person (or a name of no known kind)
    if !people.iter().any(|(_, full)| full.iter().eq(words.iter())) {
        return None;
    }
    let n = words.len();
    let own: Vec<&str> = without_generation(words.iter().copied()).collect();
    if own.is_empty() {
        return None;
    }
    let mut longer = people.iter().filter(|(_, full)| {
        full.len() > n
            && ((core_words(full).count() > own.len()
                && core_words(full)
                    .rev()
                    .zip(own.iter().rev())
                    .all(|(a, b)| a == *b))
                || (own.len() >= 2 && full[..n] == words[..]))
            && !places.contains(&full.join(" "))
    });
    match (longer.next(), longer.next()) {
        (Some((text, _)), None) => Some(text.clone()),
        (Some(_), Some(_)) => None,
        (None, _) => given_name_of(&words, people, places)
            .or_else(|| (bare != subject).then(|| bare.to_string())),
    }
}

/// The one full name a single word opens, when no name ends with it: "Pita" of "Pita
/// Limjaroenrat", "Gibran" of "Gibran Rakabuming Raka", as a person is called by a
/// given name. A name of one word and a generation word ("Marcos Sr") opens nothing.
fn given_name_of(
    words: &[&str],
    people: &[(String, Vec<String>)],
    places: &foldhash::HashSet<String>,
) -> Option<String> {
    let [word] = words else { return None };
    let mut opened = people.iter().filter(|(_, full)| {
        core_words(full).count() >= 2 && full[0] == *word && !places.contains(&full.join(" "))
    });
    match (opened.next(), opened.next()) {
        (Some((text, _)), None) => Some(text.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_number_of_a_value_is_read_with_its_separators() {
        assert_eq!(first_number("close to 70%"), Some(70.0));
        assert_eq!(first_number("60,345,999"), Some(60_345_999.0));
        assert_eq!(first_number("50.9%"), Some(50.9));
        assert_eq!(first_number("a third"), None);
    }
}
