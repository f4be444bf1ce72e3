//! What a value is a claim of: its predicate (from the cue lexicon), its subject, and
//! its qualifiers (method, region).

use super::*;

/// Predicates whose dates must name a month or a day: a bare year near the word
/// "election" is more often another election than this one's date.
pub(super) const DAY_PRECISE_PREDICATES: &[&str] = &["election_date"];

/// The method a bare "poll" or "survey" names: a sentence that says only this refers
/// back to the method of the sentence before, if that one named a method.
pub(super) const GENERIC_METHOD: &str = "poll";

/// Words after a place name that make it a region.
pub(super) const REGION_WORDS: &[&str] = &[
    "region", "province", "oblast", "district", "county", "state",
];

pub(super) fn inside_mention(s: &Sentence, i: usize) -> bool {
    s.mentions.iter().any(|m| m.first <= i && i <= m.last)
}

/// Words that make a name a chamber's.
pub(super) const CHAMBER_WORDS: &[&str] = &[
    "assembly",
    "parliament",
    "senate",
    "chamber",
    "duma",
    "congress",
    "majlis",
    "mazhilis",
    "house",
    "council",
    "legislature",
    "rada",
    "sejm",
    "riksdag",
    "bundestag",
    "storting",
    "folketing",
    "eduskunta",
    "knesset",
    "diet",
    "seimas",
    "saeima",
];

/// Words that make a name of two words or more a chamber's, not a name of one word
/// (alone, "yuan" is a currency or a surname): "Legislative Yuan".
pub(super) const COMPOUND_CHAMBER_WORDS: &[&str] = &["yuan"];

/// True when the name is a chamber's: "National Assembly", "the Senate", "Legislative
/// Yuan", and a head before "of" ("Chamber of Deputies", "House of Representatives").
/// A name with "of" is a chamber's only by its head: "Dissolution of the National
/// Assembly" and "Speaker of the Senate" are not.
pub(super) fn is_chamber(name: &str) -> bool {
    let folded = fold(name);
    let words: Vec<&str> = folded.split(' ').collect();
    let mut parts = words.split(|w| *w == "of");
    let head_part = parts.next().unwrap_or_default();
    let head = if parts.next().is_some() {
        head_part.last()
    } else {
        words.last()
    };
    head.is_some_and(|w| {
        CHAMBER_WORDS.contains(w) || (head_part.len() > 1 && COMPOUND_CHAMBER_WORDS.contains(w))
    }) && !words.iter().any(|w| PARTY_HEADS.contains(w))
}

/// The frame of a figure that an option of a vote received: a share or a count of
/// votes.
pub(super) fn option_rule(v: &Value) -> Option<&'static CueRule> {
    let predicate = match v.kind {
        ValueKind::Percent => "vote_share",
        ValueKind::Count => "votes_received",
        _ => return None,
    };
    rule_for(predicate, v.kind)
}

/// "gave Civil Contract 53.92%", "Erdoğan 52.55%, Kılıçdaroğlu 41.55%": a share
/// written right after a name, in a sentence about votes, is the share it received.
///
/// In an article about a vote, a count of votes written so is read too, one name and
/// one figure after the other ("Lagos - Obi 582,454; Tinubu 572,606", "has Tinubu on
/// 8,805,420, Atiku on 6,984,290"): a number of a thousand or more, printed in
/// digits, right after a name that is not a place's (or after the name and "on"),
/// and closing its entry.
pub(super) fn name_figure_rule(
    s: &Sentence,
    v: &Value,
    about_a_vote: bool,
) -> Option<&'static CueRule> {
    let t = &s.tokens;
    // "Erdoğan 52.55%", "Reject has 62.55%", "Approve (a new constitution): 78.28%"
    let named = |m: &Mention| next_to(s, m, v);
    let about_votes = t.iter().any(|x| {
        matches!(
            x.lower.as_str(),
            "vote" | "votes" | "ballots" | "results" | "count" | "counted" | "gave" | "gives"
        )
    });
    let share = v.kind == ValueKind::Percent && v.first > 0 && s.mentions.iter().any(named);
    let tally = about_a_vote
        && v.kind == ValueKind::Count
        && v.first == v.last
        && t[v.first].kind == TokenKind::Number
        && t[v.first].lower.contains(',')
        && t.get(v.last + 1)
            .is_none_or(|x| matches!(x.lower.as_str(), ";" | "," | "." | "("))
        && s.mentions.iter().any(|m| {
            // "Tinubu on 8,805,420": "on" may link the name to its tally
            let linked =
                m.last + 1 == v.first || m.last + 2 == v.first && t[m.last + 1].lower == "on";
            linked && m.kind != MentionKind::Place && named(m)
        });
    if !(share && about_votes || tally) {
        return None;
    }
    option_rule(v)
}

/// The most tokens a parenthesis after a name may hold and still be read as a
/// description of that name ("Maia Sandu (Party of Action and Solidarity)").
pub(super) const PARENTHESIS_REACH: usize = 12;

/// The token after a parenthesis that opens at `k` and closes within
/// [`PARENTHESIS_REACH`] tokens; `k` itself when none opens there.
pub(super) fn past_parenthesis(t: &[Token], k: usize) -> usize {
    if t.get(k).is_none_or(|x| x.lower != "(") {
        return k;
    }
    (k + 1..t.len().min(k + 2 + PARENTHESIS_REACH))
        .find(|&i| t[i].lower == ")")
        .map_or(k, |i| i + 1)
}

/// The colon after a name that opens its line as a list entry, a parenthesis after the
/// name allowed ("African National Congress (ANC): 40.18%, 159 seats").
pub(super) fn entry_colon(t: &[Token], m: &Mention) -> Option<usize> {
    if m.first != 0 {
        return None;
    }
    let colon = past_parenthesis(t, m.last + 1);
    t.get(colon).filter(|x| x.lower == ":").map(|_| colon)
}

/// At most this many words between "according to" and the name it gives as the
/// source ("according to the data of the CEC").
pub(super) const ATTRIBUTION_REACH: usize = 6;

/// True when a name is the source a figure is credited to, not who it is about: it
/// follows "according to" within [`ATTRIBUTION_REACH`] words and a comma closes the
/// phrase ("According to the electoral commission, the party won 54%").
pub(super) fn attributed(s: &Sentence, m: &Mention) -> bool {
    let t = &s.tokens;
    let opened = (m.first.saturating_sub(ATTRIBUTION_REACH + 2)..m.first)
        .rev()
        .take_while(|&j| t[j].kind == TokenKind::Word)
        .any(|j| t[j].lower == "according" && t.get(j + 1).is_some_and(|x| x.lower == "to"));
    let closed = t[m.last + 1..]
        .iter()
        .take_while(|x| x.kind == TokenKind::Word || x.lower == ",")
        .any(|x| x.lower == ",");
    opened && closed
}

/// Lowercase words, after "and" and a possessive, that make the name after them the
/// companion of the name before "and" on one ticket or in one act: "Lai and his
/// running mate Hsiao Bi-khim took 40.05%" is Lai's result.
pub(super) const COMPANION_POSSESSIVES: &[&str] = &["his", "her", "their"];

/// At most this many lowercase words name the companion's role ("running mate",
/// "deputy").
pub(super) const COMPANION_WORDS: usize = 3;

/// True when the name is the second of two people written as one ticket: "Lai and his
/// running mate Hsiao Bi-khim", or, opening a list entry, "Lai Ching-te / Hsiao
/// Bi-khim (DPP): 40.05%", "Anies Baswedan - Muhaimin Iskandar: 24.95%". A ticket's
/// figures are its first name's.
pub(super) fn companion(s: &Sentence, m: &Mention) -> bool {
    let t = &s.tokens;
    let people = |p: &Mention| matches!(p.kind, MentionKind::Person | MentionKind::Unknown);
    if !people(m) || m.first < 2 {
        return false;
    }
    let ends_at = |k: usize| s.mentions.iter().find(|p| p.last == k && people(p));
    // "A and his running mate B"
    let role = (m.first.saturating_sub(COMPANION_WORDS + 1)..m.first)
        .rev()
        .take_while(|&k| t[k].kind == TokenKind::Word && !t[k].capital)
        .find(|&k| COMPANION_POSSESSIVES.contains(&t[k].lower.as_str()));
    if let Some(k) = role
        && k >= 2
        && t[k - 1].lower == "and"
        && ends_at(k - 2).is_some()
    {
        return true;
    }
    // "A / B", "A - B" opening an entry, both names of two words or more
    let joined = matches!(t[m.first - 1].lower.as_str(), "/" | "-" | "–" | "—");
    joined
        && m.last > m.first
        && ends_at(m.first - 2).is_some_and(|p| {
            p.last > p.first && t[..p.first].iter().all(|x| x.kind != TokenKind::Word)
        })
}

/// True when a name stands inside a parenthesis right after another name, which it
/// describes: "Maia Sandu (Party of Action and Solidarity)", "Igor Dodon
/// (independent, backed by the Party of Socialists)".
pub(super) fn in_apposition(s: &Sentence, m: &Mention) -> bool {
    let t = &s.tokens;
    let Some(open) = t[..m.first].iter().rposition(|x| x.lower == "(") else {
        return false;
    };
    let closed_before = t[open..m.first].iter().any(|x| x.lower == ")");
    !closed_before
        && past_parenthesis(t, open) > m.last
        && s.mentions.iter().any(|p| p.last + 1 == open)
}

/// The most tokens of a line of a list under a heading that ends with a colon, whose
/// name is followed by its share with no colon between ("National 39.0%, 50 seats").
pub(super) const BARE_ENTRY_TOKENS: usize = 10;

/// The frame of an entry of a list ("Civil Contract: 71", "Maia Sandu (Party of Action
/// and Solidarity): 57.72%"): from the heading the list has ("Seats in the new
/// National Assembly:"), through [`LIST_FRAMES`]; without one, a share in the list of
/// an article about a vote is a share of the vote. Under a heading, a short line may
/// give a share right after its name, with no colon ([`BARE_ENTRY_TOKENS`]).
pub(super) fn list_rule(
    s: &Sentence,
    v: &Value,
    heading: Option<&Sentence>,
    about_a_vote: bool,
) -> Option<&'static CueRule> {
    // a name, perhaps a parenthesis about it, a colon, the value
    let t = &s.tokens;
    let entry = v.first >= 2
        && t[v.first - 1].lower == ":"
        && s.mentions
            .iter()
            .any(|m| past_parenthesis(t, m.last + 1) + 1 == v.first);
    // "National 39.0%, 50 seats" under "The preliminary count is complete:": a short
    // line of the list, a name opening it and its share right after the name
    let bare_entry = heading.is_some()
        && v.kind == ValueKind::Percent
        && t.len() <= BARE_ENTRY_TOKENS
        && t.last().is_some_and(|x| x.lower != ".")
        && s.mentions
            .iter()
            .any(|m| m.first == 0 && m.last + 1 == v.first && m.kind != MentionKind::Place);
    if !(entry || bare_entry) {
        return None;
    }
    let listed = heading.and_then(|heading| {
        LIST_FRAMES.iter().find_map(|(word, kind, predicate)| {
            (*kind == v.kind && heading.tokens.iter().any(|t| t.lower == *word))
                .then_some(*predicate)
        })
    });
    let predicate = match listed {
        Some(p) => p,
        None if about_a_vote && v.kind == ValueKind::Percent => "vote_share",
        None => return None,
    };
    rule_for(predicate, v.kind)
}

/// Where a frame's head word occurs in a sentence: (frame, first token, tokens).
#[derive(Debug, Clone, Copy)]
pub(super) struct CueHit {
    rule: usize,
    first: usize,
    len: usize,
}

/// Where the cues of `rule` stand in the sentence: (first token, length).
pub(super) fn rule_hits(hits: &[CueHit], rule: &CueRule) -> Vec<(usize, usize)> {
    let rules = &*CUE_RULES;
    hits.iter()
        .filter(|h| std::ptr::eq(&rules[h.rule], rule))
        .map(|h| (h.first, h.len))
        .collect()
}

/// The frames' head words by their first word, so that a sentence is read once for
/// all of them.
fn cue_index() -> &'static foldhash::HashMap<&'static str, Vec<(usize, &'static str)>> {
    static INDEX: std::sync::OnceLock<foldhash::HashMap<&'static str, Vec<(usize, &'static str)>>> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut m: foldhash::HashMap<&'static str, Vec<(usize, &'static str)>> =
            foldhash::HashMap::default();
        for (r, rule) in CUE_RULES.iter().enumerate() {
            for cue in rule.cues {
                let first = cue.split(' ').next().unwrap_or(cue);
                m.entry(first).or_default().push((r, cue));
            }
        }
        m
    })
}

/// Every occurrence of a frame's head word in the sentence, outside names.
pub(super) fn cue_hits(s: &Sentence) -> Vec<CueHit> {
    let t = &s.tokens;
    let index = cue_index();
    let mut out = Vec::new();
    for i in 0..t.len() {
        let Some(entries) = index.get(t[i].lower.as_str()) else {
            continue;
        };
        for &(rule, cue) in entries {
            if let Some(len) = words_at(t, i, cue)
                && !(i..i + len).any(|k| inside_mention(s, k))
            {
                out.push(CueHit {
                    rule,
                    first: i,
                    len,
                });
            }
        }
    }
    out
}

/// Words that join two clauses: a cue before one of them does not reach a value after
/// it as well as a cue in the value's own clause does.
pub(super) const CLAUSE_JOINTS: &[&str] = &["and", "but", ";", "while", "whereas"];

/// The frame of a value: the frame whose head word is nearest ([`CUE_RULES`]); a
/// frame's `also` words may stand in the sentence or in `context`, the sentence
/// before ("... the central bank raised its policy rate again. The rate stood at
/// 14.5% in January.").
pub(super) fn choose_rule(
    s: &Sentence,
    v: &Value,
    hits: &[CueHit],
    context: Option<&Sentence>,
) -> Option<&'static CueRule> {
    if v.kind == ValueKind::Age {
        return Some(&AGE_RULE);
    }
    // (no `before` word, a clause joint between a cue before and the value, distance,
    // cue after the value, longer cue, table order): least wins
    type Rank = (bool, bool, usize, bool, std::cmp::Reverse<usize>, usize);
    let rules = &*CUE_RULES;
    let mut best: Option<(Rank, &'static CueRule)> = None;
    for h in hits {
        let order = h.rule;
        let rule: &'static CueRule = &rules[order];
        if rule.kind != v.kind {
            continue;
        }
        // occurrences inside the value do not count
        if h.first <= v.last && v.first < h.first + h.len {
            continue;
        }
        // "food prices rose": a head word another of the value's kind starts before
        // and overlaps belongs to that one's noun phrase
        let overlapped = hits.iter().any(|o| {
            o.first < h.first && o.first + o.len > h.first && rules[o.rule].kind == v.kind
        });
        if overlapped {
            continue;
        }
        let (d, after) = if h.first + h.len <= v.first {
            (v.first - (h.first + h.len), false)
        } else {
            (h.first.saturating_sub(v.last + 1), true)
        };
        // "the number of perished ... grew to 12,391": a head noun linked to the
        // figure as the complement of its clause reaches further
        let window = if !after && linked(s, v) {
            rule.window.max(LINKED_REACH)
        } else {
            rule.window
        };
        if d > window {
            continue;
        }
        // on a tie the cue before the value wins: verbs come before their dates
        // "10 people were killed and 61 were injured": a cue of the clause the
        // value is in outranks one before a joint
        let crossed = !after
            && s.tokens[h.first + h.len..v.first]
                .iter()
                .any(|x| CLAUSE_JOINTS.contains(&x.lower.as_str()));
        let key = (
            rule.before.is_empty(),
            crossed,
            d,
            after,
            std::cmp::Reverse(h.len),
            order,
        );
        if best.as_ref().is_some_and(|(k, _)| *k <= key) {
            continue;
        }
        if DAY_PRECISE_PREDICATES.contains(&rule.predicate) && !v.day_precise {
            continue;
        }
        // "protests began after the death of Mahsa Amini on 16 September": a date
        // after "after" dates what follows it, not the verb before
        if v.kind == ValueKind::Date
            && !after
            && s.tokens[h.first + h.len..v.first]
                .iter()
                .any(|x| x.lower == "after")
        {
            continue;
        }
        // "two members of the Basij militia": people of a group, not its size
        if rule.predicate == "members" && words_at(&s.tokens, v.last + 1, "members of").is_some() {
            continue;
        }
        // "raised its rate by 5% on Monday": a frame whose cue is also the word it
        // wants right before the value ("Prosperous Armenia on 3.95%") reads that cue
        // only there, not after the value
        if after
            && rule
                .before
                .iter()
                .any(|b| b.split(' ').count() == h.len && words_at(&s.tokens, h.first, b).is_some())
        {
            continue;
        }
        let before_ok = rule.before.is_empty()
            || rule.before.iter().any(|b| {
                let n = b.split(' ').count();
                v.first >= n && words_at(&s.tokens, v.first - n, b).is_some()
            });
        if !before_ok {
            continue;
        }
        let holds = |u: &Sentence| {
            rule.also
                .iter()
                .any(|a| (0..u.tokens.len()).any(|i| words_at(&u.tokens, i, a).is_some()))
        };
        // the sentence before may only settle a head word no other frame shares
        // ("detained" is a protest's only in a sentence about one)
        let shared = hits
            .iter()
            .any(|o| o.first == h.first && o.rule != h.rule && rules[o.rule].kind == v.kind);
        if !rule.also.is_empty() && !holds(s) && (shared || !context.is_some_and(holds)) {
            continue;
        }
        best = Some((key, rule));
    }
    let (key, rule) = best?;
    // "the winner's lead, about 2.1 million votes": a head before the value outranks
    // the unit noun after it
    let unit_after = key.3;
    let outranking = HEADS_OVER_UNITS
        .iter()
        .find(|(unit, _)| *unit == rule.predicate)
        .filter(|_| unit_after)
        .and_then(|(_, heads)| {
            hits.iter()
                .map(|h| (h, &rules[h.rule]))
                .filter(|(h, r)| {
                    heads.contains(&r.predicate)
                        && r.kind == v.kind
                        && h.first + h.len <= v.first
                        && v.first - (h.first + h.len) <= r.window
                })
                .max_by_key(|(h, _)| h.first)
                .map(|(_, r)| r)
        });
    Some(outranking.unwrap_or(rule))
}

/// The frame of a date bound to an event's noun ([`EVENT_DATE_FRAME`]): the day of a
/// vote ("the elections of 20 June", "the National Assembly elected on 20 June", "the
/// second round, which passed on Sunday, 28 May") or the date of an event of
/// [`EVENT_HEADS`] ("the unrest that broke out on Friday"). It wins over a nearer cue
/// word, since the noun, not the verb, says what happened on that date.
pub(super) fn event_date_rule(s: &Sentence, v: &Value) -> Option<&'static CueRule> {
    if v.kind != ValueKind::Date {
        return None;
    }
    let f = &EVENT_DATE_FRAME;
    let t = &s.tokens;
    let is = |i: usize, list: &[&str]| list.contains(&t[i].lower.strip_possessive());
    let frame = |predicate: &str| {
        CUE_RULES
            .iter()
            .find(|r| r.predicate == predicate && r.kind == ValueKind::Date && r.event)
            .or_else(|| CUE_RULES.iter().find(|r| r.predicate == predicate))
    };
    // step back over the prepositions before the date
    let mut j = v.first;
    let mut prepositions = 0;
    while j > 0 && prepositions < 2 && is(j - 1, f.prepositions) {
        j -= 1;
        prepositions += 1;
    }
    // the noun of a vote right before them: "the elections of 20 June"
    if prepositions > 0 && j > 0 && is(j - 1, f.election_nouns) {
        return frame("election_date");
    }
    // a verb of taking place (or of electing) ending right there
    let ends_at = |phrase: &str, j: usize| {
        let n = phrase.split(' ').count();
        (j >= n && words_at(t, j - n, phrase).is_some()).then_some(j - n)
    };
    // or a verb of taking place before a short object: "the quake that struck
    // southern Turkey on 6 February"
    let with_object = || {
        (1..=f.object_reach)
            .take_while(|&o| o <= j && !is(j - o, f.not_objects))
            .find_map(|o| f.verbs.iter().find_map(|p| ends_at(p, j - o)))
            .filter(|_| prepositions > 0)
    };
    let (k, elected) = f
        .verbs
        .iter()
        .find_map(|p| ends_at(p, j).map(|k| (k, false)))
        .or_else(|| {
            f.elected_verbs
                .iter()
                .find_map(|p| ends_at(p, j).map(|k| (k, true)))
        })
        .or_else(|| with_object().map(|k| (k, false)))?;
    let verb = k;
    let mut k = k;
    while k > 0 && is(k - 1, f.links) {
        k -= 1;
    }
    for m in (k.saturating_sub(f.reach + 1)..k).rev() {
        if is(m, f.election_nouns) || (elected && is(m, f.elected_bodies)) {
            return frame("election_date");
        }
        if !elected && event_head(t, m).is_some() {
            return frame("occurred");
        }
    }
    // "she was elected on Sunday": a person voted in, on the day of the vote
    if elected && verb > 0 && is(verb - 1, f.passives) && is(verb, f.passive_verbs) {
        return frame("election_date");
    }
    None
}

/// The frame of a date after "on" right after a verb of casting a ballot
/// ([`EventDateFrame::ballot_verbs`]), with at most one word between, in an article
/// about a vote: "Ana Lima took 58% of the ballots cast on 9 May" dates the vote.
pub(super) fn ballot_date_rule(
    s: &Sentence,
    v: &Value,
    about_a_vote: bool,
) -> Option<&'static CueRule> {
    let t = &s.tokens;
    if !about_a_vote || v.kind != ValueKind::Date || v.first < 2 || t[v.first - 1].lower != "on" {
        return None;
    }
    let verbs = EVENT_DATE_FRAME.ballot_verbs;
    let verb = (v.first.saturating_sub(3)..v.first - 1)
        .rev()
        .find(|&k| verbs.contains(&t[k].lower.as_str()))?;
    // the one word between is a plain word ("abroad"), not a clause's edge
    (t[verb + 1..v.first - 1]
        .iter()
        .all(|x| x.kind == TokenKind::Word && !x.capital))
    .then(|| {
        CUE_RULES
            .iter()
            .find(|r| r.predicate == "election_date" && r.kind == ValueKind::Date && r.event)
    })
    .flatten()
}

/// Words that may stand between a count and the noun it counts without being
/// modifiers of the noun.
const NOT_MODIFIERS: &[&str] = &[
    "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with",
    "were", "was", "had", "have", "has", "are", "is", "been", "be", "that", "which", "who", "than",
    "per", "as", "more", "most", "other",
];

/// The canonical word of the event head at token `k`, if it is one ([`EVENT_HEADS`]).
fn event_head(t: &[Token], k: usize) -> Option<&'static str> {
    event_head_word(&t[k].lower)
}

/// The canonical word of an event's noun written as `lower` (possessive or not), if
/// it is one ([`EVENT_HEADS`]). A table looked up by word, since extraction asks it of
/// every token of an article for each value it dates; the first row of a word wins,
/// as in the table.
pub(super) fn event_head_word(lower: &str) -> Option<&'static str> {
    static HEADS: std::sync::OnceLock<foldhash::HashMap<&'static str, &'static str>> =
        std::sync::OnceLock::new();
    let heads = HEADS.get_or_init(|| {
        let mut map = foldhash::HashMap::default();
        for (word, name) in EVENT_HEADS {
            map.entry(*word).or_insert(*name);
        }
        map
    });
    heads.get(lower.strip_possessive()).copied()
}

/// The name of the event whose head is token `k` of `s`, as [`EVENT_HEADS`] builds it,
/// and whether an ordinal stands in it.
fn event_name_at(text: &str, s: &Sentence, k: usize, cx: &Context<'_>) -> (String, bool) {
    let t = &s.tokens;
    let name = event_head(t, k).unwrap_or_default();
    // "Storm Daniel", "Hurricane Ian": a named event
    if let Some(m) = s.mentions.iter().find(|m| m.first == k && m.last > k) {
        return (m.text.clone(), false);
    }
    if t[k].capital
        && let Some(m) = s.mentions.iter().find(|m| m.first == k + 1)
    {
        return (format!("{} {}", span_text(text, t, k, k), m.text), false);
    }
    let mut words: Vec<String> = vec![name.to_string()];
    let mut ordinal = false;
    let mut i = k;
    while i > 0 {
        let x = &t[i - 1];
        let lower = x.lower.as_str();
        if EVENT_ORDINALS.contains(&lower) {
            words.insert(0, lower.to_string());
            ordinal = true;
            i -= 1;
            continue;
        }
        // "the Erzincan earthquake", "Iran's protests" (not the capital that opens a
        // sentence)
        // (a month or a weekday is the event's date, not its name: "the 8 August fire")
        let dated = MONTHS.contains(&lower.strip_possessive())
            || WEEKDAYS.contains(&lower.strip_possessive());
        if x.capital
            && x.kind == TokenKind::Word
            && i > 1
            && !NOT_MODIFIERS.contains(&lower)
            && !dated
        {
            // "Noto Peninsula earthquake" → "Noto earthquake": a place's class word
            // after its name is left out of the event's short name
            let class = PLACE_CLASS_WORDS.contains(&lower.strip_possessive())
                && t[i - 2].capital
                && t[i - 2].kind == TokenKind::Word;
            // (the name before a class word is a name even when it opens the line:
            // "Noto Peninsula earthquake live")
            let at = if class { i - 2 } else { i - 1 };
            let written = span_text(text, t, at, at);
            words.insert(0, written.strip_possessive().to_string());
            i = at;
            continue;
        }
        let modifier = EVENT_MODIFIERS
            .iter()
            .filter_map(|m| {
                let n = m.split(' ').count();
                (i >= n && words_at(t, i - n, m) == Some(n)).then_some(n)
            })
            .max();
        if let Some(n) = modifier {
            // (a modifier the canonical name already opens with is not written
            // twice: "national mourning" is the name of "mourning" alone)
            let written = span_text(text, t, i - n, i - 1).to_lowercase();
            if words.len() == 1
                && name
                    .strip_prefix(written.as_str())
                    .is_some_and(|rest| rest.starts_with(' '))
            {
                i -= n;
                continue;
            }
            words.insert(0, written);
            i -= n;
            continue;
        }
        // "a second major quake": an adjective between an ordinal and the head
        if x.kind == TokenKind::Word
            && words.len() == 1
            && i >= 2
            && EVENT_ORDINALS.contains(&t[i - 2].lower.as_str())
        {
            i -= 1;
            continue;
        }
        break;
    }
    if words.len() == 1 {
        // "the war in Nagorno-Karabakh", "the unrest that broke out in Karakalpakstan":
        // a place other than the country right after the head or its clause
        let direct = t
            .get(k + 1)
            .is_some_and(|x| matches!(x.lower.as_str(), "in" | "over"));
        let clause = t
            .get(k + 1)
            .is_some_and(|x| matches!(x.lower.as_str(), "that" | "which"));
        // "fighting with Azerbaijan over Nagorno-Karabakh": past a "with" phrase
        let with = t.get(k + 1).is_some_and(|x| x.lower == "with")
            && s.mentions.iter().any(|m| m.first == k + 2);
        let at = if direct {
            Some(k + 1)
        } else if clause || with {
            (k + 2..t.len().min(k + 5)).find(|&j| matches!(t[j].lower.as_str(), "in" | "over"))
        } else {
            None
        };
        if let Some(j) = at
            && let Some(m) = s.mentions.iter().find(|m| m.first == j + 1)
            && cx.country.is_none_or(|c| c.key != m.key)
            && m.kind != MentionKind::Person
        {
            words.insert(0, m.text.clone());
        }
    }
    (words.join(" "), ordinal)
}

/// The event a value is about ([`SubjectKind::Event`]): the event named nearest the
/// value in its sentence, else the last one named in the sentences before. A bare head
/// ("the war") takes the fuller name the article gives the same kind of event
/// elsewhere ("the war in Nagorno-Karabakh" → "Nagorno-Karabakh war"), else, in an
/// article that numbers events ("a second quake"), it is the "first earthquake"; unrest
/// ([`COUNTRY_EVENTS`]) is named after the country ("Iran protests").
pub(super) fn event_subject(
    text: &str,
    sentences: &[Sentence],
    si: usize,
    v: &Value,
    cx: &Context<'_>,
) -> Option<String> {
    let name = event_name(text, sentences, si, v, cx)?;
    Some(dated_event(name, sentences, si, v, cx))
}

/// How many words from an event's head (or from the value) a year may stand and still
/// date the event ("January 2010, when a magnitude 7.0 quake").
const EVENT_YEAR_REACH: usize = 8;

/// The year written within [`EVENT_YEAR_REACH`] words of token `k`, the nearest first.
fn year_near(t: &[Token], k: usize) -> Option<i32> {
    let lo = k.saturating_sub(EVENT_YEAR_REACH);
    let hi = (k + EVENT_YEAR_REACH + 1).min(t.len());
    (lo..hi)
        .filter(|&j| year_token(&t[j]))
        .min_by_key(|&j| j.abs_diff(k))
        .and_then(|j| t[j].lower.parse().ok())
}

/// "2021 Haiti earthquake", "2010 Haiti earthquake": an event the article names after
/// its country takes its year before the name when the article tells of events of the
/// same kind in two years (two years written beside them, or one written more than a
/// year from publication), since the name alone would stand for both.
/// Its year is the one written near the event's head in the value's sentence, else
/// near the value, else the year the article was published.
fn dated_event(
    name: String,
    sentences: &[Sentence],
    si: usize,
    v: &Value,
    cx: &Context<'_>,
) -> String {
    let Some(c) = cx.country else { return name };
    let Some(head) = name
        .strip_prefix(c.text.as_str())
        .and_then(|r| r.strip_prefix(' '))
    else {
        return name;
    };
    // the year of each sentence that names an event of the kind, near its head
    let year_of = |u: &[Token]| {
        (0..u.len())
            .filter(|&k| event_head(u, k) == Some(head))
            .find_map(|k| year_near(u, k))
    };
    let mut written = sentences.iter().filter_map(|u| year_of(&u.tokens));
    let Some(first) = written.next() else {
        return name;
    };
    // one year written, and near publication: the mentions without a year are that
    // event too ("a year after the earthquake of February 2023 ... the earthquake")
    if written.all(|y| y == first) && (first - cx.year).abs() <= 1 {
        return name;
    }
    let t = &sentences[si].tokens;
    let own = year_of(t)
        .or_else(|| year_near(t, v.first))
        .unwrap_or(cx.year);
    format!("{own} {name}")
}

/// The name of the event a value is about, before [`dated_event`] dates it.
fn event_name(
    text: &str,
    sentences: &[Sentence],
    si: usize,
    v: &Value,
    cx: &Context<'_>,
) -> Option<String> {
    let s = &sentences[si];
    let t = &s.tokens;
    let here = (0..t.len())
        .filter(|&k| (k < v.first || k > v.last) && event_head(t, k).is_some())
        .min_by_key(|&k| {
            if k < v.first {
                (v.first - k, 0)
            } else {
                (k - v.last, 1)
            }
        })
        .map(|k| (si, k));
    // "The USGS measures it at 7.5": the event of the sentences before
    // (a head of NEAR_ONLY_EVENT_HEADS names an event only in the value's own sentence)
    let far_head = |u: &[Token], k: usize| {
        event_head(u, k).is_some_and(|h| !NEAR_ONLY_EVENT_HEADS.contains(&h))
    };
    let before = || {
        (si.saturating_sub(EVENT_LOOKBACK)..si).rev().find_map(|p| {
            let u = &sentences[p].tokens;
            (0..u.len()).rev().find(|&k| far_head(u, k)).map(|k| (p, k))
        })
    };
    // "The US Geological Survey gives the magnitude as 7.5" in a live blog whose
    // entries before name no event: the event the article names first (its headline's)
    let first_named = || {
        sentences.iter().enumerate().find_map(|(p, u)| {
            (0..u.tokens.len())
                .find(|&k| far_head(&u.tokens, k))
                .map(|k| (p, k))
        })
    };
    let (p, k) = here.or_else(before).or_else(first_named)?;
    let head = event_head(&sentences[p].tokens, k)?;
    let (name, _) = event_name_at(text, &sentences[p], k, cx);
    if name != head {
        return Some(name);
    }
    // a bare head: the fuller name the article gives the same kind of event (its own
    // name for it beats a number: "the Gorkha earthquake" and "a second quake"), else
    // the first of the events the article numbers
    let mut numbered = false;
    let mut fuller = None;
    for (q, other) in sentences.iter().enumerate() {
        for j in 0..other.tokens.len() {
            if (q, j) == (p, k) || event_head(&other.tokens, j) != Some(head) {
                continue;
            }
            // "the Erzincan earthquake of 1939": an event of another year
            let u = &other.tokens;
            let dated = u
                .get(j + 1)
                .is_some_and(|x| matches!(x.lower.as_str(), "of" | "in"))
                && u.get(j + 2).is_some_and(year_token)
                || j > 0 && year_token(&u[j - 1]);
            if dated {
                continue;
            }
            let (full, ordinal) = event_name_at(text, other, j, cx);
            if ordinal {
                numbered = true;
            } else if full != head && fuller.is_none() {
                fuller = Some(full);
            }
        }
    }
    if fuller.is_some() {
        return fuller;
    }
    if numbered {
        return Some(format!("first {head}"));
    }
    if COUNTRY_EVENTS.contains(&head)
        && let Some(c) = cx.country
    {
        return Some(format!("{} {head}", c.text));
    }
    // "the explosion that tore through Beirut's port": an event of one place is named
    // after the place the article first puts it in
    if PLACE_EVENTS.contains(&head)
        && let Some(place) =
            place_of_event(sentences, head, cx).or_else(|| main_place(sentences, cx))
    {
        return Some(format!("{place} {head}"));
    }
    Some(name)
}

/// How many words after an event's head the place it happened in may stand ("the
/// explosion that tore through Beirut's port", "the collision near Balasore").
const EVENT_PLACE_REACH: usize = 5;

/// True when the article uses `m` as a place's name.
fn is_place(m: &Mention, cx: &Context<'_>) -> bool {
    m.kind == MentionKind::Place || cx.places.contains(&m.key)
}

/// The place the article names most often, other than its country (the first of
/// those named as often).
fn main_place(sentences: &[Sentence], cx: &Context<'_>) -> Option<String> {
    let mut counts: IndexMap<&str, (usize, &str)> = IndexMap::new();
    for m in sentences.iter().flat_map(|s| &s.mentions) {
        if is_place(m, cx) && cx.country.is_none_or(|c| c.key != m.key) {
            counts
                .entry(m.key.as_str())
                .or_insert((0, m.text.as_str()))
                .0 += 1;
        }
    }
    let most = counts.values().map(|(n, _)| *n).max()?;
    counts
        .values()
        .find(|(n, _)| *n == most)
        .map(|(_, text)| text.to_string())
}

/// The place the article first names within [`EVENT_PLACE_REACH`] words after a head
/// of the kind `head`, with no full stop or comma between.
fn place_of_event(sentences: &[Sentence], head: &str, cx: &Context<'_>) -> Option<String> {
    sentences.iter().find_map(|s| {
        let t = &s.tokens;
        (0..t.len())
            .filter(|&k| event_head(t, k) == Some(head))
            .find_map(|k| {
                s.mentions
                    .iter()
                    .filter(|m| is_place(m, cx) && m.first > k)
                    .find(|m| {
                        m.first - k <= EVENT_PLACE_REACH
                            && !t[k + 1..m.first]
                                .iter()
                                .any(|x| matches!(x.lower.as_str(), "," | ";" | ":" | "."))
                    })
                    .map(|m| m.text.clone())
            })
    })
}

/// Words that say what kind of place a name is ("Noto Peninsula", "Al Haouz
/// Province"): an event named after the place goes by the name alone ("Noto
/// earthquake"), the short name an article's readers use.
const PLACE_CLASS_WORDS: &[&str] = &[
    "peninsula",
    "province",
    "prefecture",
    "region",
    "island",
    "islands",
    "county",
    "district",
];

/// Events named after the country they happen in when the article gives them no
/// other name ("Iran protests").
const COUNTRY_EVENTS: &[&str] = &["protests", "unrest", "uprising", "riots", "crisis"];

/// How many sentences back a value with no event in its own sentence looks for one.
const EVENT_LOOKBACK: usize = 2;

/// Words before a number that refer back to things already counted ("its 155
/// members", "these two dams"): no count of its own. "The" is not one: news writes
/// "the two dams" for a first count as often as for a repeated one.
pub(super) const REFERRING_DETERMINERS: &[&str] =
    &["these", "those", "its", "their", "both", "his", "her"];

/// Words after a number that make it a fraction: "two thirds".
pub(super) const FRACTION_WORDS: &[&str] = &["third", "thirds", "quarter", "quarters", "fifths"];

/// Words for an unstated few that make no count of their own ("in several cities",
/// "many people").
const VAGUE_DETERMINERS: &[&str] = &["several", "a few", "many", "some", "numerous", "few"];

/// True when `w` (lowercase) reads as a plural noun.
pub(super) fn plural_noun(w: &str) -> bool {
    if IRREGULAR_PLURALS.contains(&w) {
        return true;
    }
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s")
        && !w.ends_with("’s")
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !NOT_PLURALS.contains(&w)
}

/// The counted-noun frame ([`COUNTED_NOUN_FRAME`]): for a count right before a plural
/// noun ("45 countries", "tens of thousands of rescue workers", "10,758 polling
/// stations", "more than 3 million Syrian refugees"), the noun phrase as written, and
/// whether its head counts people. None when no plural noun follows within two
/// modifiers, or when the noun is one of [`NOT_COUNTED`].
pub(super) fn counted_noun(text: &str, s: &Sentence, v: &Value) -> Option<(String, bool)> {
    if v.kind != ValueKind::Count || VAGUE_DETERMINERS.contains(&fold(&v.written).as_str()) {
        return None;
    }
    let t = &s.tokens;
    // "its 155 members": things counted before, named again; "two thirds": a
    // fraction
    let referred = v.first > 0 && REFERRING_DETERMINERS.contains(&t[v.first - 1].lower.as_str());
    let fraction = t
        .get(v.last + 1)
        .is_some_and(|x| FRACTION_WORDS.contains(&x.lower.as_str()));
    if referred || fraction {
        return None;
    }
    let mut i = v.last + 1;
    // "dozens of cities", "tens of thousands of rescue workers"
    if t.get(i).is_some_and(|x| x.lower == "of")
        && matches!(
            t[v.last].lower.as_str(),
            "dozens" | "hundreds" | "thousands" | "millions" | "scores" | "tens" | "dozen"
        )
    {
        i += 1;
    }
    // "carried 13 of the 27 provinces", "338 of the country's 346 communes": a part
    // counts the noun of its whole (one a frame's head word reads is left to that
    // frame: "71 of the 107 seats")
    let partitive = t.get(i).is_some_and(|x| x.lower == "of");
    if partitive {
        i = partitive_noun(t, i + 1)?;
    }
    let from = i;
    for k in i..t.len().min(i + 3) {
        let x = &t[k];
        if x.kind != TokenKind::Word || NOT_MODIFIERS.contains(&x.lower.as_str()) {
            return None;
        }
        if plural_noun(&x.lower) {
            if NOT_COUNTED.contains(&x.lower.as_str())
                || (partitive && cue_index().contains_key(x.lower.as_str()))
            {
                return None;
            }
            let people = IRREGULAR_PLURALS[..4].contains(&x.lower.as_str())
                || PEOPLE_HEADS.contains(&x.lower.as_str());
            return Some((span_text(text, t, from, k), people));
        }
        // a modifier is a word of the noun phrase: not a name of its own
        if s.mentions
            .iter()
            .any(|m| m.first <= k && k <= m.last && m.last > k)
        {
            return None;
        }
    }
    None
}

/// Words that open the whole a part is taken from ("13 of the 27 provinces", "six
/// of its 20 ministers"): [`partitive_noun`].
pub(super) const PARTITIVE_DETERMINERS: &[&str] = &["the", "its", "their"];

/// Where the noun of a whole starts after a part's "of" (token `k` right after it):
/// a determiner of [`PARTITIVE_DETERMINERS`], then at most a possessive ("the
/// country's") and the whole's own count ("the 27"). None when no determiner opens
/// it ("one of them", "two of whom").
fn partitive_noun(t: &[Token], k: usize) -> Option<usize> {
    let mut j = k;
    if !t
        .get(j)
        .is_some_and(|x| PARTITIVE_DETERMINERS.contains(&x.lower.as_str()))
    {
        return None;
    }
    j += 1;
    if t.get(j)
        .is_some_and(|x| x.kind == TokenKind::Word && possessive(x))
    {
        j += 1;
    }
    if t.get(j).is_some_and(|x| x.kind == TokenKind::Number) {
        j += 1;
    }
    Some(j)
}

/// Heads of a counted noun that count people, whom the tolls of the cue lexicon
/// count too ("3,700 people were killed"): a cue rule keeps such counts.
pub(super) const PEOPLE_HEADS: &[&str] = &[
    "persons",
    "civilians",
    "residents",
    "protesters",
    "demonstrators",
    "victims",
    "voters",
    "citizens",
    "inhabitants",
    "soldiers",
    "troops",
    "officers",
    "activists",
    "prisoners",
    "detainees",
    "refugees",
    "migrants",
    "students",
    "workers",
    "journalists",
    "survivors",
];

/// True when the cue of `rule` stands near enough to a counted noun's phrase to read
/// it ("6,000 buildings collapsed"): `reach` tokens before the value to `reach` after
/// the phrase.
pub(super) fn cue_near(
    hits: &[CueHit],
    rule: &CueRule,
    v: &Value,
    phrase_end: usize,
    reach: usize,
) -> bool {
    hits.iter().any(|h| {
        std::ptr::eq(&CUE_RULES[h.rule], rule)
            && h.first + h.len + reach >= v.first
            && h.first <= phrase_end + reach
    })
}

/// Predicates that count people: a figure whose counted noun names things ("two
/// dams") is not one of them, whatever verb stands near ("killed when two dams burst").
pub(super) const PEOPLE_PREDICATES: &[&str] = &[
    "deaths",
    "injured",
    "missing",
    "detained",
    "protesters_detained",
    "executed",
    "evacuated",
    "displaced",
    "rescued",
    // "a country of three million people and 29,743 km²": an area or a measure is no
    // population
    "population",
];

/// True when a value may count people: no unit of measure ("3.2 metres" is a width,
/// not a toll) and a whole number ("7.5" is a magnitude), a decimal mark before three
/// digits being a mark of thousands ("2.229 persons").
pub(super) fn counts_people(written: &str) -> bool {
    let Some(q) = Quantity::parse(written, None) else {
        return true;
    };
    // ("hundreds", "thousands": a vague quantity counts anything)
    if q.vague {
        return true;
    }
    let whole = q.value.fract() == 0.0 || {
        // the digits after the last mark of the number as written
        let number: String = written
            .chars()
            .skip_while(|c| !c.is_ascii_digit())
            .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
            .collect();
        number
            .rsplit(['.', ','])
            .next()
            .is_some_and(|decimals| decimals.len() == 3)
    };
    q.unit.is_empty() && whole
}

/// Ages need no cue: the pattern is the cue.
pub(super) const AGE_RULE: CueRule = CueRule {
    predicate: "age",
    kind: ValueKind::Age,
    cues: &[],
    also: &[],
    before: &[],
    window: 0,
    subject: SubjectKind::Person,
    event: false,
    measured: false,
    example: "Tokayev, 67, → Tokayev · age · 67",
};

/// Kinds a subject may have, most wanted first.
pub(super) fn preference(kind: SubjectKind) -> &'static [MentionKind] {
    use MentionKind::*;
    match kind {
        SubjectKind::PartyOrPerson => &[Party, Person, Unknown],
        SubjectKind::Person => &[Person, Unknown],
        SubjectKind::Organisation => &[Party, Organisation, Unknown],
        SubjectKind::Chamber => &[Organisation, Unknown],
        SubjectKind::PersonOrParty => &[Person, Party, Unknown],
        SubjectKind::Country | SubjectKind::Place => &[Place],
        SubjectKind::Any | SubjectKind::Event => &[Party, Person, Organisation, Place, Unknown],
    }
}

/// What a reference without a name points back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Anaphor {
    /// "he", "she": the last person named.
    Pronoun,
    /// "the party": the last party named.
    Party,
    /// "the incumbent", "the president": the person the article names most.
    MainPerson,
}

/// Nouns that, after "the", name a role the article's main person holds.
pub(super) const ROLE_NOUNS: &[&str] = &[
    "incumbent",
    "president",
    "leader",
    "premier",
    "chancellor",
    "prime minister",
    "winner",
];

/// A pronoun or a noun phrase before the value that refers back, if any.
pub(super) fn anaphora(s: &Sentence, v: &Value) -> Option<Anaphor> {
    let t = &s.tokens[..v.first];
    let bare = |x: &Token| x.lower.strip_possessive().to_string();
    for (i, x) in t.iter().enumerate() {
        if x.lower != "the" {
            continue;
        }
        // "the party", "the 66-year-old leader", "the incumbent's share"
        for y in t.iter().skip(i + 1).take(4) {
            let w = bare(y);
            if w == "party" {
                return Some(Anaphor::Party);
            }
            if ROLE_NOUNS.contains(&w.as_str()) {
                return Some(Anaphor::MainPerson);
            }
        }
    }
    t.iter()
        .any(|x| matches!(x.lower.as_str(), "he" | "she" | "his" | "her"))
        .then_some(Anaphor::Pronoun)
}

/// What the subject of a claim is chosen from beyond its sentence.
pub(super) struct Context<'a> {
    /// Mentions of earlier sentences.
    pub(super) recent: &'a Recent,
    /// The country the article is about.
    pub(super) country: Option<&'a Mention>,
    /// Folded names the article uses as places ([`place_names`]).
    pub(super) places: &'a foldhash::HashSet<String>,
    /// The article's text, which token offsets point into.
    pub(super) text: &'a str,
    /// The year the article was published.
    pub(super) year: i32,
}

/// Words that put a name after them in a place: "in Syria", "across Iran".
pub(super) const PLACE_PREPOSITIONS: &[&str] = &["in", "across"];

/// Names the article uses as places: places the registry knows, and names it writes
/// after "in" ("in Syria"; "in neighbouring Syria", one lowercase word between that is
/// not a title or an article; "in Turkey and Syria", the second of two joined by
/// "and") that never take a region word after them ("Hatay province" is a region of
/// the country, not a country).
pub(super) fn place_names(
    sentences: &[Sentence],
    country: Option<&Mention>,
) -> foldhash::HashSet<String> {
    let mut after_in: IndexMap<String, (usize, bool)> = IndexMap::new();
    let mut region: foldhash::HashSet<String> = foldhash::HashSet::default();
    let mut out: foldhash::HashSet<String> = foldhash::HashSet::default();
    if let Some(c) = country {
        out.insert(c.key.clone());
    }
    let placed = |t: &[Token], k: usize| {
        k > 0
            && (PLACE_PREPOSITIONS.contains(&t[k - 1].lower.as_str())
                || (k > 1
                    && PLACE_PREPOSITIONS.contains(&t[k - 2].lower.as_str())
                    && t[k - 1].kind == TokenKind::Word
                    && !t[k - 1].capital
                    && !is_title(&t[k - 1].lower)))
    };
    for s in sentences {
        let t = &s.tokens;
        for (mi, m) in s.mentions.iter().enumerate() {
            let key = &m.key;
            // "in Turkey and Syria": the name before "and" is placed
            let joined = mi > 0 && m.first >= 2 && t[m.first - 1].lower == "and" && {
                let p = &s.mentions[mi - 1];
                p.last + 2 == m.first && placed(t, p.first)
            };
            if m.kind == MentionKind::Place && !out.contains(key) {
                out.insert(key.clone());
            }
            if t.get(m.last + 1)
                .is_some_and(|r| REGION_WORDS.contains(&r.lower.as_str()))
            {
                region.insert(key.clone());
            }
            let at = match after_in.get_index_of(key) {
                Some(at) => at,
                None => after_in.insert_full(key.clone(), (0, false)).0,
            };
            let e = &mut after_in[at];
            e.0 += 1;
            if placed(t, m.first) || joined {
                e.1 = true;
            }
        }
    }
    for (k, (n, inside)) in after_in {
        if n >= 1 && inside && !region.contains(&k) {
            out.insert(k);
        }
    }
    out
}

/// Words after a share that make it the share of the "yes" side of a vote.
pub(super) const YES_WORDS: &[&str] = &[
    "in favour",
    "in favor",
    "approved",
    "approving",
    "backed",
    "backing",
    "supported",
    "supporting",
    "endorsed",
    "voted for",
    "voting for",
    "voted yes",
    "voting yes",
    "votes yes",
    "vote yes",
    "said yes",
    "ticked yes",
    "chose yes",
];

/// Words between the start of a clause and a value that make it a plan, a
/// possibility or a deadline rather than a fact: "was due to step down in 2026",
/// "could stay until 2040".
pub(super) const HYPOTHETICAL: &[&str] = &[
    "due to",
    "could",
    "might",
    "hopes to",
    "plans to",
    "aims to",
    "is expected to",
    "promised to",
    "promises to",
    "pledged to",
    "pledges to",
    "vowed to",
    "vows to",
    "intends to",
    "wants to",
];

/// True when the clause of the value states a plan or a possibility.
pub(super) fn hypothetical(s: &Sentence, v: &Value) -> bool {
    let t = &s.tokens;
    let start = t[..v.first]
        .iter()
        .rposition(|x| matches!(x.lower.as_str(), "," | ";" | ":"))
        .map_or(0, |p| p + 1);
    phrases!(HYPOTHETICAL.iter().copied()).any_in(t, start..v.first)
}

/// Subjects for values given as coordinated lists: "A and B won 5% and 3%" pairs
/// A with 5% and B with 3%. Returns, per value of `values`, the subject so paired.
pub(super) fn coordinated_subjects(s: &Sentence, values: &[Value]) -> Vec<Option<String>> {
    let t = &s.tokens;
    let joins = |from: usize, to: usize| {
        from < to
            && t[from..to]
                .iter()
                .all(|x| matches!(x.lower.as_str(), "," | "and" | "respectively"))
    };
    let mut out = vec![None; values.len()];
    let mut i = 0;
    while i < values.len() {
        let mut j = i;
        while j + 1 < values.len()
            && values[j + 1].kind == values[i].kind
            && joins(values[j].last + 1, values[j + 1].first)
        {
            j += 1;
        }
        let k = j - i + 1;
        if k >= 2 {
            // the coordinated names nearest before the first value
            let before: Vec<&Mention> = s
                .mentions
                .iter()
                .filter(|m| m.last < values[i].first && m.kind != MentionKind::Place)
                .collect();
            if before.len() >= k {
                let list = &before[before.len() - k..];
                if list.windows(2).all(|w| joins(w[0].last + 1, w[1].first)) {
                    for (n, m) in list.iter().enumerate() {
                        out[i + n] = Some(m.text.clone());
                    }
                }
            }
        }
        i = j + 1;
    }
    out
}

/// Words after a share that make it the share of the "no" side of a vote ("against"
/// is read apart: only right after the share or after a verb of voting).
pub(super) const NO_WORDS: &[&str] = &[
    "rejected",
    "rejecting",
    "opposed",
    "opposing",
    "turned down",
    "voted no",
    "voting no",
    "votes no",
    "vote no",
    "said no",
    "ticked no",
    "chose no",
    "voted down",
];

/// Forms of the verb "vote" before "against": "voted against", "voting against" (not
/// the noun: "57.7% of the vote against the outgoing president").
pub(super) const VOTE_VERBS: &[&str] = &["voted", "voting"];

/// Words that make an article one whose vote may have options (Yes, No): a share
/// "in favour" or "against" in an article that says none of them is a candidate's.
pub(super) const OPTION_TOPICS: &[&str] =
    &["referendum", "plebiscite", "constitution", "constitutional"];

/// A passive before a share that names the side it took: "rejected by 61.9% of
/// voters" → No, "approved by 90.2%" → Yes.
pub(super) const OPTION_PASSIVES: &[(&str, &str)] = &[
    ("rejected by", "No"),
    ("opposed by", "No"),
    ("turned down by", "No"),
    ("approved by", "Yes"),
    ("backed by", "Yes"),
    ("supported by", "Yes"),
    ("endorsed by", "Yes"),
];

/// For a vote share or a count of votes, the option of a vote that the words right
/// after the value name: "90.21% ... voted in favour" → Yes, "9.35% against",
/// "61.87% voting against" → No; or a passive right before it ("rejected by 61.9%").
pub(super) fn option_subject(s: &Sentence, v: &Value, predicate: &str) -> Option<String> {
    if !matches!(predicate, "vote_share" | "votes_received") {
        return None;
    }
    let t = &s.tokens;
    // "against were 33.6%", "against - 59.1%": the share a fronted "against" gives
    // (the order translated text keeps) is the No side's
    if v.first >= 2
        && t[v.first - 2].lower == "against"
        && FRONTED_AGAINST_LINKS.contains(&t[v.first - 1].lower.as_str())
    {
        return Some("No".into());
    }
    // "For the new constitution voted 90.2%": what the clause opens with was voted
    // for; unless it is a name, it is the motion
    if let Some((from, to)) = fronted_for(s, v) {
        let named = s.mentions.iter().any(|m| {
            m.first >= from
                && m.last < to
                && matches!(m.kind, MentionKind::Person | MentionKind::Party)
        });
        let pronoun = (from..to).any(|k| INVERTED_PRONOUNS.contains(&t[k].lower.as_str()));
        if !named && !pronoun {
            return Some("Yes".into());
        }
    }
    for (phrase, side) in OPTION_PASSIVES {
        let n = phrase.split(' ').count();
        if v.first >= n && words_at(t, v.first - n, phrase).is_some() {
            return Some((*side).into());
        }
    }
    for i in v.last + 1..t.len().min(v.last + 10) {
        if t[i].kind == TokenKind::Number {
            return None;
        }
        if phrases!(YES_WORDS.iter().copied()).any_at(t, i) {
            // "voted for Sandu", "backed Lula": a name after the verb is the side
            let named = s.mentions.iter().any(|m| m.first > i && m.first <= i + 3);
            return (!named).then(|| "Yes".into());
        }
        if phrases!(NO_WORDS.iter().copied()).any_at(t, i) {
            return Some("No".into());
        }
        // "9.35% against", "61.87% voting against", not "49.4%, against 48.6%"
        if t[i].lower == "against"
            && (i == v.last + 1 || VOTE_VERBS.contains(&t[i - 1].lower.as_str()))
        {
            return Some("No".into());
        }
    }
    None
}

/// The sides of a vote written as words, capitalised, as a results line names them
/// ("Yes 69.4%, No 30.6%"): (word, the side).
pub(super) const OPTION_WORDS: &[(&str, &str)] = &[
    ("yes", "Yes"),
    ("no", "No"),
    ("sí", "Yes"),
    ("si", "Yes"),
    ("oui", "Yes"),
    ("non", "No"),
];

/// Quotation marks around a side of a vote written in lowercase (`the "no"`).
pub(super) const QUOTE_MARKS: &[&str] = &["\"", "“", "”", "«", "»"];

/// How many words before a figure a quoted side of a vote may stand as the subject
/// of its clause (`the "no" carried the day with 50.2%`).
pub(super) const OPTION_CLAUSE_REACH: usize = 8;

/// Words between a side of a vote and its figure: "Yes 69.4%", "Yes: 1,429,981",
/// "puts Yes at 68%", "Yes stands at 68.3%", "Yes on 62%".
pub(super) const OPTION_LINKS: &[&str] = &[":", "at", "on", "with", "stands", "stood", "-"];

/// The side of a vote a figure belongs to when a side's word ([`OPTION_WORDS`],
/// capitalised) stands right before it, perhaps through [`OPTION_LINKS`] ("Yes
/// 69.4%", "puts Yes at 68%"), before the count it follows in parentheses ("Yes:
/// 1,429,981 (66.40%)"), or after "to" right after it ("gave 66.4% to Yes").
///
/// A side written in lowercase counts only in quotation marks, and then also as the
/// subject of the clause of a share ("the "no" won with 50.2%") and after "for (the)"
/// ("49.8% for the "yes"").
pub(super) fn option_word(s: &Sentence, v: &Value) -> Option<String> {
    let t = &s.tokens;
    let quoted = |k: usize| {
        k > 0
            && [k - 1, k + 1].iter().all(|&q| {
                t.get(q)
                    .is_some_and(|x| QUOTE_MARKS.contains(&x.lower.as_str()))
            })
    };
    let side = |k: usize| {
        let x = t.get(k)?;
        if !x.capital && !quoted(k) {
            return None;
        }
        OPTION_WORDS
            .iter()
            .find(|(w, _)| *w == x.lower)
            .map(|(_, side)| (*side).to_string())
    };
    if t.get(v.last + 1).is_some_and(|x| x.lower == "to")
        && let Some(o) = side(v.last + 2)
    {
        return Some(o);
    }
    // "49.8% for the "yes"": a quoted side after "for"
    if t.get(v.last + 1).is_some_and(|x| x.lower == "for") {
        let k = v.last + 2 + usize::from(t.get(v.last + 2).is_some_and(|x| x.lower == "the"));
        if quoted(k + 1)
            && let Some(o) = side(k + 1)
        {
            return Some(o);
        }
    }
    // "the "no" won with 50.2%": a quoted side earlier in the clause, no figure or
    // clause break between (a share only: "the "no" won on all four questions" counts
    // questions)
    let mut k = v.first;
    while v.kind == ValueKind::Percent && k > 0 && v.first - k < OPTION_CLAUSE_REACH {
        k -= 1;
        let x = &t[k];
        if x.kind == TokenKind::Number || matches!(x.lower.as_str(), "," | ";" | ":" | "(") {
            break;
        }
        if quoted(k)
            && let Some(o) = side(k)
        {
            return Some(o);
        }
    }
    let mut k = v.first;
    // "Yes: 1,429,981 (66.40%)": the count before the parenthesis
    if k >= 2 && t[k - 1].lower == "(" && t[k - 2].kind == TokenKind::Number {
        k -= 2;
    }
    let mut links = 0;
    while k > 0 && links < 2 && OPTION_LINKS.contains(&t[k - 1].lower.as_str()) {
        k -= 1;
        links += 1;
    }
    k.checked_sub(1).and_then(side)
}

/// The country a toll or a count of a vote is about: a place the article names in the
/// sentence (two joined by "and" stay together: "Turkey and Syria"), else the
/// country the article is about.
///
/// With `local`, any place the sentence names so may be the subject; without it, when
/// the article's country is a country of the gazetteer, only another such country.
pub(super) fn country_subject(
    s: &Sentence,
    v: &Value,
    local: bool,
    cx: &Context<'_>,
) -> Option<String> {
    let t = &s.tokens;
    let is_place = |m: &Mention| cx.places.contains(&m.key);
    let is_country = |m: &Mention| cx.country.is_some_and(|c| c.key == m.key);
    let gazetteer = cx.country.is_some_and(|c| crate::names::is_country(&c.key));
    // nothing before the name but a live-blog clock, "in", "and", or "in" and
    // lowercase words ("In neighbouring Syria")
    let opens = |m: &Mention| {
        let before = &t[..m.first];
        before.iter().all(|x| {
            x.kind != TokenKind::Word
                || matches!(x.lower.as_str(), "in" | "and" | "but" | "gmt" | "utc")
        }) || (before.first().is_some_and(|x| x.lower == "in")
            && before
                .iter()
                .all(|x| x.kind == TokenKind::Word && !x.capital || x.lower == "in"))
    };
    // the city of a dateline ("YEREVAN, June 21 - ...") is where the report was
    // filed, not what it counts
    let dateline = dateline_end(cx.text, t);
    let before: Vec<usize> = (0..s.mentions.len())
        .filter(|&k| s.mentions[k].last < v.first && s.mentions[k].first >= dateline)
        .collect();
    // "Turkey and Syria", "Türkiye and Syria": two places joined by "and"
    for w in before.windows(2) {
        let (a, b) = (&s.mentions[w[0]], &s.mentions[w[1]]);
        if is_place(a) && is_place(b) && b.first == a.last + 2 && t[a.last + 1].lower == "and" {
            return Some(format!("{} and {}", a.text, b.text));
        }
    }
    // a place that opens the sentence ("In Syria, ...", "Syria has reported") or owns
    // what counts ("Syria's health ministry")
    // (a name of no known kind that opens the sentence is taken as a place even when
    // the article never writes "in" before it: "Syria's health ministry reports ...",
    // "Syria has reported ..."; people are known by their titles)
    let named = before.iter().rev().map(|&k| &s.mentions[k]).find(|m| {
        let single = m.first == m.last;
        let speaks = t.get(m.last + 1).is_some_and(|n| {
            matches!(
                n.lower.as_str(),
                "has" | "have" | "reported" | "reports" | "says" | "said"
            )
        });
        let owner_opens = opens(m)
            && matches!(m.kind, MentionKind::Unknown | MentionKind::Place)
            && (possessive(&t[m.last]) || (single && speaks));
        // when the article is about a country of the gazetteer, only another such
        // country takes its place: "In Derna, ..." counts in Libya
        let may_replace = local || !gazetteer || crate::names::is_country(&m.key);
        may_replace
            && (owner_opens
                || (is_place(m) && (is_country(m) || opens(m) || possessive(&t[m.last]))))
    });
    if let Some(m) = named {
        return Some(m.text.clone());
    }
    cx.country
        .map(|c| c.text.clone())
        .or_else(|| described_subject(s, v, &[MentionKind::Place]))
}

/// Words that end the noun phrase after a span of time.
pub(super) const PHRASE_STOPS: &[&str] = &[
    "in", "on", "at", "with", "for", "to", "by", "from", "over", "and", "or", "that", "which",
    "who", "was", "were", "is", "are", "has", "had", "have", "the", "a", "an", "until", "after",
    "before", "since", "as",
];

/// What a span of time is the length of, named by the words after it: "seven days of
/// national mourning" → "national mourning", "a three-month state of emergency" →
/// "state of emergency".
pub(super) fn spanned_phrase(s: &Sentence, v: &Value) -> Option<String> {
    let t = &s.tokens;
    let mut i = v.last + 1;
    if t.get(i).is_some_and(|x| x.lower == "of") {
        i += 1;
    }
    let mut words: Vec<&str> = Vec::new();
    while let Some(x) = t.get(i) {
        let inner_of = x.lower == "of"
            && !words.is_empty()
            && t.get(i + 1).is_some_and(|n| {
                n.kind == TokenKind::Word && !PHRASE_STOPS.contains(&n.lower.as_str())
            });
        if x.kind != TokenKind::Word
            || x.capital
            || (PHRASE_STOPS.contains(&x.lower.as_str()) && !inner_of)
            || words.len() == 4
        {
            break;
        }
        words.push(&x.lower);
        i += 1;
    }
    (!words.is_empty()).then(|| words.join(" "))
}

pub(super) fn choose_subject(
    s: &Sentence,
    v: &Value,
    kind: SubjectKind,
    cx: &Context<'_>,
) -> Option<String> {
    let recent = cx.recent;
    if matches!(kind, SubjectKind::Country | SubjectKind::Place) {
        return country_subject(s, v, kind == SubjectKind::Place, cx);
    }
    let wanted = preference(kind);
    // a name of unknown kind may be a person's as much as one a title marks: it ranks
    // with people ("Former vice president Atiku Abubakar came second ... and Peter
    // Obi was third with 6,101,533")
    // "African National Congress (ANC): 40.18%, 159 seats": the name a list entry
    // opens with holds its figures, whatever kind of name it looks like
    let entry = |m: &Mention| entry_colon(&s.tokens, m).is_some_and(|colon| colon < v.first);
    let rank = |m: &Mention| {
        let k = match m.kind {
            MentionKind::Unknown
                if kind == SubjectKind::PartyOrPerson && !cx.places.contains(&m.key) =>
            {
                MentionKind::Person
            }
            // "The SPD won 16.4%": a short name in capitals the registry does not know
            // is a party's where a party's or a person's figure is wanted
            MentionKind::Organisation
                if kind == SubjectKind::PartyOrPerson
                    && (entry(m) || (m.entity.is_none() && acronym_name(&m.text))) =>
            {
                MentionKind::Party
            }
            k => k,
        };
        wanted.iter().position(|w| *w == k)
    };
    let comma_between = |a: usize, b: usize| s.tokens[a..b].iter().any(|t| t.lower == ",");
    // "The Amanat party, known as Nur Otan until last year, won 53.9%": a name set off
    // by commas before the value is an aside, not the subject
    let aside = |m: &Mention| {
        m.last < v.first
            && comma_between(m.last + 1, v.first)
            && s.mentions.iter().any(|p| {
                p.last < m.first
                    && rank(p).is_some()
                    && !attributed(s, p)
                    && comma_between(p.last + 1, m.first)
            })
    };
    let in_sentence = s
        .mentions
        .iter()
        .filter(|m| {
            // a name after the value must be known for what it is
            let placed = m.last < v.first || (m.first > v.last && m.kind != MentionKind::Unknown);
            placed
                && rank(m).is_some()
                && !aside(m)
                && !in_apposition(s, m)
                && !attributed(s, m)
                && !leader_of_body(s, m)
                && !companion(s, m)
        })
        .min_by_key(|m| {
            let (after, distance) = if m.last < v.first {
                (false, v.first - m.last)
            } else {
                (true, m.first - v.last)
            };
            // a name that only describes another is not the subject, even right
            // before the figure: "the party \"Civil Contract\" of acting premier Nikol
            // Pashinyan received 688,761 votes"
            let describes = modifier(s, m);
            (
                !next_to(s, m, v) || described_by_of(s, m),
                describes,
                after,
                rank(m),
                distance,
            )
        });
    // "..., by which point he would have ruled for 24 years, about as long as
    // Islam Karimov": a pronoun nearer the value than any name speaks for it
    let pronoun = s.tokens[..v.first]
        .iter()
        .rposition(|x| matches!(x.lower.as_str(), "he" | "she" | "his" | "her"));
    if let Some(p) = pronoun
        && wanted.contains(&MentionKind::Person)
        && in_sentence.is_none_or(|m| m.last < p || m.first > v.last)
    {
        let earlier = s
            .mentions
            .iter()
            .rfind(|m| m.last < p && m.kind == MentionKind::Person);
        // "He resigned in April": a pronoun opening the sentence is the person the
        // sentence before was about
        let opener = (p == 0).then(|| recent.previous_opener()).flatten();
        if let Some(m) = earlier
            .or(opener)
            .or_else(|| recent.latest_of(&[MentionKind::Person]))
        {
            return Some(m.text.clone());
        }
    }
    if let Some(m) = relative_antecedent(s, v).filter(|m| rank(m).is_some()) {
        return Some(m.text.clone());
    }
    if let Some(m) = in_sentence {
        if kind == SubjectKind::PartyOrPerson
            && let Some(joined) = joined_names(s, m, v, cx.text)
        {
            return Some(joined);
        }
        return Some(m.text.clone());
    }
    let named: Vec<MentionKind> = wanted
        .iter()
        .copied()
        .filter(|k| *k != MentionKind::Unknown)
        .collect();
    let anaphor = anaphora(s, v);
    // "The programme, worth 120 billion dirhams, ...": money whose sentence names no
    // one who gives, owes or raises it is the country's, not that of whoever the
    // sentences before named
    if v.kind == ValueKind::Money
        && kind == SubjectKind::Any
        && anaphor.is_none()
        && let Some(c) = cx.country
    {
        return Some(c.text.clone());
    }
    let found = match anaphor {
        Some(Anaphor::Pronoun) => recent.latest_of(&[MentionKind::Person]),
        // "Law and Justice won the election. The ruling party took 35%": without a
        // name known as a party, the first unknown name of the last sentence that
        // named one, when it has a party's shape rather than a person's
        Some(Anaphor::Party) => recent.latest_of(&[MentionKind::Party]).or_else(|| {
            recent
                .previous_opener()
                .filter(|m| m.kind == MentionKind::Unknown && party_shaped(&m.text))
        }),
        Some(Anaphor::MainPerson) => recent.main_person(),
        None => recent.latest_of(&named),
    };
    found
        .map(|m| m.text.clone())
        .or_else(|| described_subject(s, v, wanted))
}

/// True when a name the registry does not know is written like a body's rather than a
/// person's: a short name in capitals ("PiS") or capitalised words joined by a small
/// one ("Law and Justice", "Party of Regions"). "Ana Lima" is not.
fn party_shaped(written: &str) -> bool {
    acronym_name(written)
        || written
            .split_whitespace()
            .any(|w| w.chars().next().is_some_and(char::is_lowercase))
}

/// Possessives that join a partner to a name in a coordinated subject: "Fidesz and
/// its satellite KDNP", "the ruling party and its allies".
pub(super) const PARTNER_POSSESSIVES: &[&str] = &["its", "their"];

/// At most this many lowercase words after a partner possessive ("and its junior
/// partner", "and their allies").
pub(super) const PARTNER_WORDS: usize = 3;

/// The names a result is jointly about, as written, when the name `m` that holds it
/// closes or opens a coordination of names that are not people's: "CDU/CSU and SPD
/// together: 328 seats", "The Moderates, Centrists and Liberals won 176 seats",
/// "Fidesz and its satellite KDNP won 54.1%", "Morena and its allies won 364 seats".
/// None when `m` stands alone, when a person is among the names, or when the words
/// between the names and the value hold anything but a verb or a link (the pairing of
/// "A and B won 5% and 3%" is [`coordinated_subjects`]'s).
pub(super) fn joined_names(s: &Sentence, m: &Mention, v: &Value, text: &str) -> Option<String> {
    let t = &s.tokens;
    if m.last >= v.first || m.kind == MentionKind::Person {
        return None;
    }
    let mention_ending = |k: usize| s.mentions.iter().find(|p| p.last == k);
    // backwards: "A, B and" before `m`, or "A and its satellite" before it
    let mut start = m.first;
    let mut joined = false;
    if start >= 2 {
        let mut k = start - 1;
        // "and its satellite" / "and the"
        while k > 0 && t[k].kind == TokenKind::Word && !t[k].capital && t[k].lower != "and" {
            k -= 1;
        }
        let partner = start - 1 > k
            && (PARTNER_POSSESSIVES.contains(&t[k + 1].lower.as_str()) || t[k + 1].lower == "the")
            && start - 1 - k <= PARTNER_WORDS + 1;
        if t[k].lower == "and" && (k + 1 == start || partner) && k > 0 {
            let mut at = k - 1;
            // a place ("In Hungary, Fidesz and KDNP") or a credited source ("According to
            // the CEC, Fidesz and KDNP") before the comma is not one of the names
            let joinable = |p: &&Mention| {
                !matches!(p.kind, MentionKind::Person | MentionKind::Place) && !attributed(s, p)
            };
            while let Some(p) = mention_ending(at).filter(joinable) {
                start = p.first;
                joined = true;
                // "A, B and C": a comma before the name goes on with the one before it
                if p.first >= 2 && t[p.first - 1].lower == "," {
                    at = p.first - 2;
                } else {
                    break;
                }
            }
        }
    }
    // forwards: "and its allies", "and their partners"
    let mut end = m.last;
    if !joined
        && t.get(m.last + 1).is_some_and(|x| x.lower == "and")
        && t.get(m.last + 2)
            .is_some_and(|x| PARTNER_POSSESSIVES.contains(&x.lower.as_str()))
    {
        // up to the partners' plural noun: "and its allies holds 364 seats"
        let head = (m.last + 3..v.first)
            .take_while(|&k| t[k].kind == TokenKind::Word && !t[k].capital)
            .take(PARTNER_WORDS)
            .find(|&k| plural_noun(&t[k].lower));
        if let Some(k) = head {
            end = k;
            joined = true;
        }
    }
    // nothing but a verb or a link between the names and the value
    let between_ok = t[end + 1..v.first].len() <= 3
        && t[end + 1..v.first].iter().all(|x| {
            x.lower == ":"
                || (x.kind == TokenKind::Word
                    && !x.capital
                    && !matches!(x.lower.as_str(), "and" | "respectively"))
        });
    (joined && between_ok && start < end).then(|| {
        text[t[start].start..t[end].end]
            .trim_end_matches("'s")
            .to_string()
    })
}

/// Words that may stand between a name and its figure in a result: "Erdoğan 52.55%",
/// "B on 10.9%", "C with 6.89%", "Civil Contract: 71", "Erdoğan had 49.5%".
pub(super) const RESULT_LINKS: &[&str] = &[
    "on", "with", ":", "at", "had", "has", "got", "took", "won", "polled", "received", "-", "voted",
];

/// Words after a share that make it the share of ballots counted behind a partial
/// result, which qualifies the result and is no claim ("with 41% of the vote
/// counted", "74.47% of ballot boxes opened").
pub(super) const COUNTED_WORDS: &[&str] = &[
    "counted",
    "opened",
    "processed",
    "entered",
    "reporting",
    "tallied",
    "ballot boxes",
];

/// True when a share is that of the ballots counted so far.
pub(super) fn counted_share(s: &Sentence, v: &Value) -> bool {
    let t = &s.tokens;
    v.kind == ValueKind::Percent
        && (v.last + 1..t.len().min(v.last + 9))
            .take_while(|&i| t[i].kind != TokenKind::Number && t[i].lower != ":")
            .any(|i| phrases!(COUNTED_WORDS.iter().copied()).any_at(t, i))
}

/// The most words between a fronted "for" and the verb of voting after it ("For the
/// adoption of the new constitution voted 90.2%").
pub(super) const FRONTED_FOR_REACH: usize = 8;

/// Words between a fronted "against" and the share it gives ("against were 33.6%",
/// "against - 59.1%").
pub(super) const FRONTED_AGAINST_LINKS: &[&str] = &["were", "was", "-", ":", "voted"];

/// Pronouns for the one voted for in a fronted clause ("For her voted 57.7%", "For
/// his candidacy voted 176 deputies"); the first three stand for a person.
pub(super) const INVERTED_PRONOUNS: &[&str] = &["her", "him", "his", "them"];

/// "For the reform voted 40.9% of participants", "For her voted 57.7% of electors"
/// (the order of words translated text keeps): the clause opens with "for", its
/// object, then "voted" right before the share. The object's tokens, from the one
/// after "for" to the verb (excluded).
pub(super) fn fronted_for(s: &Sentence, v: &Value) -> Option<(usize, usize)> {
    let t = &s.tokens;
    let verb = v.first.checked_sub(1)?;
    if !VOTE_VERBS.contains(&t[verb].lower.as_str()) {
        return None;
    }
    let opener = (verb.saturating_sub(FRONTED_FOR_REACH + 1)..verb)
        .rev()
        .take_while(|&k| t[k].kind == TokenKind::Word || t[k].lower == "\"")
        .find(|&k| t[k].lower == "for")?;
    // (or follows the date of the vote: "on the referendum of 25 May for the change
    // voted 66.4%")
    let opens_clause = opener == 0
        || matches!(t[opener - 1].lower.as_str(), "," | ";" | ":")
        || t[opener - 1].kind == TokenKind::Number
        || is_month(&t[opener - 1].lower);
    (opens_clause && opener + 1 < verb).then_some((opener + 1, verb))
}

/// "For her candidacy voted 248 deputies", "for him voted 58.1% of the electors"
/// (the order of words translated text keeps): a figure right after the verb of a
/// fronted "for" clause ([`fronted_for`]) is what the clause's object received, a
/// count of votes or a share of them, not a count of those who voted.
pub(super) fn fronted_vote_rule(s: &Sentence, v: &Value) -> Option<&'static CueRule> {
    fronted_for(s, v)?;
    option_rule(v)
}

/// "For her voted 57.7% of electors": the person a fronted "for" names
/// ([`fronted_for`]), or the pronoun's, the one the sentences before named last (or,
/// none named as a person, the name of no known kind the sentence before opened with).
pub(super) fn fronted_for_whom(s: &Sentence, v: &Value, recent: &Recent) -> Option<String> {
    let (from, to) = fronted_for(s, v)?;
    let t = &s.tokens;
    if let Some(m) = s.mentions.iter().find(|m| {
        m.first >= from && m.last < to && matches!(m.kind, MentionKind::Person | MentionKind::Party)
    }) {
        return Some(m.text.clone());
    }
    let pronoun = (from..to).any(|k| INVERTED_PRONOUNS[..3].contains(&t[k].lower.as_str()));
    // (a name of no known kind that opened the sentence before may be the person)
    // ("... elected the leader of the Green League Ana Brant as premier. For her
    // candidacy voted 248 deputies": else the latest name of no known kind shaped as a
    // person's, two words or more and none of them lowercase)
    pronoun
        .then(|| {
            recent
                .latest_of(&[MentionKind::Person])
                .or_else(|| {
                    recent.latest_of(&[MentionKind::Unknown]).filter(|m| {
                        !party_shaped(&m.text) && m.text.split_whitespace().count() >= 2
                    })
                })
                .or_else(|| {
                    recent
                        .previous_opener()
                        .filter(|m| m.kind == MentionKind::Unknown)
                })
        })
        .flatten()
        .map(|m| m.text.clone())
}

/// "against 44.88% for Kilicdaroglu": a name right after the figure, after "for" and
/// any titles.
/// "7,842,477 votes for Reject": the counted noun between the figure and "for" is
/// skipped.
pub(super) fn for_whom(s: &Sentence, v: &Value) -> Option<String> {
    for_whom_mention(s, v).map(|m| m.text.clone())
}

/// The mention [`for_whom`] names.
fn for_whom_mention<'a>(s: &'a Sentence, v: &Value) -> Option<&'a Mention> {
    let t = &s.tokens;
    let mut k = v.last + 1;
    if t.get(k)
        .is_some_and(|x| BALLOT_NOUNS.contains(&x.lower.as_str()))
    {
        k += 1;
    }
    // "Close to 93% of them voted for Sandu": whose share, then the verb
    if t.get(k).is_some_and(|x| x.lower == "of") {
        // "of them", "of the voters abroad": at most four lowercase words to the verb
        let verb = (k + 1..t.len().min(k + 6))
            .take_while(|&j| t[j].kind == TokenKind::Word && !t[j].capital)
            .find(|&j| t[j].lower == "voted")?;
        k = verb + 1;
    } else if t.get(k).is_some_and(|x| x.lower == "voted") {
        k += 1;
    }
    if t.get(k).is_none_or(|x| x.lower != "for") {
        return None;
    }
    s.mentions.iter().find(|m| {
        // titles, the full stop of one written short ("Mr. Obi"), and "the" ("for
        // the APC")
        m.first > k
            && (k + 1..m.first).all(|j| {
                is_title(&t[j].lower)
                    || t[j].lower == "the"
                    || (t[j].lower == "." && j > k + 1 && is_title(&t[j - 1].lower))
            })
    })
}

/// "Tudor Deliu, Dorin Chirtoacă and Octavian Ţîcu with less than 3% each", "two
/// seats each": when "each" follows the figure (its counted noun between), the names
/// listed before it, joined by commas and "and", the last of them the subject chosen
/// and right before the figure. Empty when the figure is not distributed so.
///
/// "each" may also follow the names, before the verb: "Tinubu, Atiku and Obi each
/// carried 12 states".
pub(super) fn each_of(s: &Sentence, v: &Value, subject: &str) -> Vec<String> {
    let t = &s.tokens;
    let each = (v.last + 1..t.len().min(v.last + 3))
        .take_while(|&k| t[k].kind == TokenKind::Word)
        .any(|k| t[k].lower == "each");
    let each_before = |m: &Mention| {
        t.get(m.last + 1).is_some_and(|x| x.lower == "each")
            && m.last + 1 < v.first
            && t[m.last + 2..v.first]
                .iter()
                .all(|x| x.kind == TokenKind::Word && !x.capital)
    };
    let Some(at) = s.mentions.iter().rposition(|m| {
        m.text == subject && (each && next_to(s, m, v) || m.last < v.first && each_before(m))
    }) else {
        return Vec::new();
    };
    let mut first = at;
    while first > 0 {
        let (p, m) = (&s.mentions[first - 1], &s.mentions[first]);
        let joined = p.last < m.first
            && m.first - p.last <= 3
            && t[p.last + 1..m.first]
                .iter()
                .all(|x| matches!(x.lower.as_str(), "," | "and"));
        if !joined {
            break;
        }
        first -= 1;
    }
    if first == at {
        return Vec::new();
    }
    s.mentions[first..=at]
        .iter()
        .map(|m| m.text.clone())
        .collect()
}

/// Verbs of a result that take a count of places as their object: "Lula carried 13
/// of the 27 units", "came first in 14 states".
pub(super) const CARRY_VERBS: &[&str] = &[
    "won", "wins", "took", "carried", "carries", "swept", "sweeps", "led", "leads", "lost", "came",
    "finished", "topped",
];

/// Pronouns that open a relative clause after a name and a comma ("the Greens, which
/// took six districts"): the clause's verb is the name's ([`counted_holder`]).
pub(super) const RELATIVE_PRONOUNS: &[&str] = &["which", "who", "that"];

/// The most lowercase words between a name and the count its verb takes.
pub(super) const HOLDER_WORDS_REACH: usize = 5;

/// The holder of a counted noun that a verb of a result takes ([`CARRY_VERBS`]): the
/// name (a person or a party, not a place) right before the verb, with only lowercase
/// words between ("Lula came first in 14 states", "Obi won 11 states"); or, in a
/// gapped clause, the name right before "in" after a joint ("..., Bolsonaro in 12
/// states").
pub(super) fn counted_holder(
    s: &Sentence,
    v: &Value,
    places: &foldhash::HashSet<String>,
) -> Option<String> {
    let t = &s.tokens;
    // "won in all 16 regions": the whole country's count, not the winner's
    if v.first > 0 && t[v.first - 1].lower == "all" {
        return None;
    }
    let m = s.mentions.iter().rfind(|m| m.last < v.first)?;
    if matches!(m.kind, MentionKind::Place | MentionKind::Organisation) || places.contains(&m.key) {
        return None;
    }
    let mut between = &t[m.last + 1..v.first];
    // "the Greens, which took six of the seven seats": a relative clause's verb is
    // its antecedent's
    if between.len() > 2
        && between[0].lower == ","
        && RELATIVE_PRONOUNS.contains(&between[1].lower.as_str())
    {
        between = &between[2..];
    }
    // (no figure between: "took six of the seven seats" gives the holder six, not
    // the seven of the whole)
    let plain = between.len() <= HOLDER_WORDS_REACH
        && between
            .iter()
            .all(|x| x.kind == TokenKind::Word && !x.capital && !number_word(&x.lower));
    let verb = between
        .iter()
        .any(|x| CARRY_VERBS.contains(&x.lower.as_str()));
    let gapped = between.len() == 1
        && between[0].lower == "in"
        && m.first > 0
        && matches!(t[m.first - 1].lower.as_str(), "," | "and");
    (plain && (verb || gapped)).then(|| m.text.clone())
}

/// The most tokens between two figures for the second to share the frame of the first
/// ([`gapped`]).
pub(super) const GAP_REACH: usize = 6;

/// True when the figure at `next` follows the figure ending at `last` as the second
/// half of a gapped clause: "and" right before it, no other number between, at most
/// [`GAP_REACH`] tokens apart ("7,842,477 votes for Reject and 4,830,725 for Approve").
/// A range ("between 18 thousand and 20 thousand", the first figure after "between")
/// is one estimate, not two figures.
pub(super) fn gapped(s: &Sentence, first: usize, last: usize, next: usize) -> bool {
    let t = &s.tokens;
    if !(last < next
        && (first == 0 || t[first - 1].lower != "between")
        && t[last + 1..next]
            .iter()
            .all(|x| x.kind != TokenKind::Number))
    {
        return false;
    }
    if next - last <= GAP_REACH && t[next - 1].lower == "and" {
        return true;
    }
    // "8,794,726 votes for Tinubu, 6,984,520 for Atiku": a comma, when the figure
    // before and the figure after both say for whom
    if next - last <= GAP_REACH + 1
        && t[next - 1].lower == ","
        && t[last + 1..next - 1].iter().any(|x| x.lower == "for")
        && t[next..]
            .iter()
            .find(|x| x.kind != TokenKind::Number)
            .is_some_and(|x| x.lower == "for")
    {
        return true;
    }
    // "peaked at 69.8% in September and was still above 50%": a joint followed by a
    // verb and an adverb or two, lowercase, before the second figure
    if let Some(and) = (last + 1..next).rev().find(|&k| t[k].lower == "and")
        && and - last <= GAP_REACH
        && next - and <= JOINED_VERB_REACH
        && t[and + 1..next]
            .iter()
            .all(|x| x.kind == TokenKind::Word && !x.capital)
        && !s.mentions.iter().any(|m| m.first > last && m.first < next)
    {
        return true;
    }
    // "Lula won 48.43% and Bolsonaro 43.20%", "gained 48.4% of votes, Bolsonaru -
    // 43.2%": the name the second figure belongs to stands between the joint and the
    // figure, with a dash or a colon after it when a comma is the joint
    let mut k = next;
    let marked = k > 0 && matches!(t[k - 1].lower.as_str(), "-" | "–" | "—" | ":");
    if marked {
        k -= 1;
    }
    let Some(m) = s.mentions.iter().find(|m| m.last + 1 == k) else {
        return false;
    };
    m.first > last + 1
        && m.first - 1 - last <= GAP_REACH
        && match t[m.first - 1].lower.as_str() {
            "and" => true,
            "," | ";" => marked,
            _ => false,
        }
}

/// The most words after "and" before a figure joined to the one before it ("and was
/// still above 50%"), one more than the words between.
pub(super) const JOINED_VERB_REACH: usize = 4;

/// Words that place a candidate or a party in a race: a figure after "with" in their
/// clause is its result ("came second with 6,984,520 votes", "was third with
/// 6,101,533", "trailed far behind with just under 1.5 million", "finished last with
/// 2%").
pub(super) const PLACING_WORDS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "last",
    "trailed",
    "trailing",
    "behind",
    "runner-up",
    "led",
    "leading",
    "ahead",
];

/// How many words before "with" a placing word may stand ("came a distant second
/// with").
pub(super) const PLACING_REACH: usize = 4;

/// The frame of a result written after a placing ([`PLACING_WORDS`]) and "with", in an
/// article about a vote: a share of the vote or a count of votes.
pub(super) fn placing_rule(
    s: &Sentence,
    v: &Value,
    about_a_vote: bool,
) -> Option<&'static CueRule> {
    let t = &s.tokens;
    if !about_a_vote || v.first == 0 || t[v.first - 1].lower != "with" {
        return None;
    }
    let with = v.first - 1;
    let placed = t[with.saturating_sub(PLACING_REACH)..with]
        .iter()
        .any(|x| PLACING_WORDS.contains(&x.lower.as_str()));
    if !placed {
        return None;
    }
    option_rule(v)
}

/// Nouns a count of votes is written with: "943,006 votes", "1.2 million ballots".
pub(super) const BALLOT_NOUNS: &[&str] = &["votes", "vote", "ballots"];

/// Predicates of a person's date whose head verb takes that person as its object
/// ("executed X", "arrested X", "sentenced X", "appointed X"); "left X" leaves a
/// place, so `left_country` is not one.
pub(super) const OBJECT_DATES: &[&str] = &["died", "arrested", "sentenced", "took_office"];

/// "On Thursday the authorities executed Mohsen Shekari", "police arrested Ali Rezaei
/// on Monday": the name right after the head word of a person's date (titles skipped)
/// is the person it dates, the object of the verb, whoever else the sentence names.
pub(super) fn cue_object(
    s: &Sentence,
    v: &Value,
    hits: &[CueHit],
    rule: &CueRule,
) -> Option<String> {
    if !OBJECT_DATES.contains(&rule.predicate) || v.kind != ValueKind::Date {
        return None;
    }
    let t = &s.tokens;
    let rules = &*CUE_RULES;
    hits.iter()
        .filter(|h| std::ptr::eq(&rules[h.rule], rule))
        .filter_map(|h| {
            // titles and articles only: "executed the activist X", not "detained in
            // Tehran"
            let mut k = h.first + h.len;
            while t.get(k).is_some_and(|x| {
                is_title(&x.lower) && !cues::NOT_BEFORE_OBJECTS.contains(&x.lower.as_str())
            }) {
                k += 1;
            }
            let m = s.mentions.iter().find(|m| {
                m.first == k && matches!(m.kind, MentionKind::Person | MentionKind::Unknown)
            })?;
            let distance = if m.last < v.first {
                v.first - m.last
            } else {
                h.first.saturating_sub(v.last)
            };
            (distance <= rule.window).then_some((distance, m))
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, m)| m.text.clone())
}

/// The thing a date of [`ADOPTED_FRAME`] is about: the law, deal or plan the cue verb
/// takes as its object ("signed a coalition agreement on 10 November" → "coalition
/// agreement"), or the one right before a participle or a passive ("the Eighth
/// Amendment, approved by two-thirds of voters in 1983" → "Eighth Amendment"). A head
/// inside a name gives the name; else it keeps its lowercase modifiers.
pub(super) fn adopted_thing(
    s: &Sentence,
    v: &Value,
    hits: &[CueHit],
    rule: &CueRule,
) -> Option<String> {
    let f = &ADOPTED_FRAME;
    if !f.predicates.contains(&rule.predicate) || v.kind != ValueKind::Date {
        return None;
    }
    let t = &s.tokens;
    // (plurals too: "the coalition agreements were signed")
    let head = |k: usize| {
        let w = t[k].lower.strip_possessive();
        f.heads.contains(&w) || w.strip_suffix('s').is_some_and(|w| f.heads.contains(&w))
    };
    // a figure or a span written as an adjective ("three-year") describes the thing
    // without naming it
    let plain = |k: usize| {
        let x = &t[k];
        x.kind == TokenKind::Word
            && (!x.capital || k == 0)
            && !x.lower.chars().any(|c| c.is_ascii_digit())
            && !NUMBER_WORDS.iter().any(|(w, _)| *w == x.lower)
    };
    let name = |k: usize| {
        if let Some(m) = s.mentions.iter().find(|m| m.first <= k && k <= m.last) {
            return m.text.clone();
        }
        // "signed the law on the Thirty-sixth Amendment": a law named after what it
        // enacts is that thing
        let mut on = k + 1;
        if t.get(on).is_some_and(|x| x.lower == "on") {
            on += 1;
            if t.get(on).is_some_and(|x| x.lower == "the") {
                on += 1;
            }
            if let Some(m) = s.mentions.iter().find(|m| m.first == on) {
                return m.text.clone();
            }
        }
        let mut first = k;
        while first > 0
            && k - first < f.reach
            && plain(first - 1)
            && !f.determiners.contains(&t[first - 1].lower.as_str())
            && !f.links.contains(&t[first - 1].lower.as_str())
            && !rule.cues.iter().any(|c| t[first - 1].lower == *c)
        {
            first -= 1;
        }
        let words: Vec<&str> = (first..=k).map(|j| t[j].lower.as_str()).collect();
        words.join(" ")
    };
    let rules = &*CUE_RULES;
    hits.iter()
        .filter(|h| std::ptr::eq(&rules[h.rule], rule))
        .filter_map(|h| {
            // the object after the verb
            let mut k = h.first + h.len;
            while t
                .get(k)
                .is_some_and(|x| f.determiners.contains(&x.lower.as_str()))
            {
                k += 1;
            }
            let after = (k..(k + f.reach).min(t.len()))
                .take_while(|&j| head(j) || plain(j) || t[j].lower.contains('-'))
                .find(|&j| head(j));
            // or the thing right before a participle or a passive, or before the
            // subject of a relative clause ("the coalition agreement the parties
            // signed")
            let mut b = h.first;
            while b > 0 && f.links.contains(&t[b - 1].lower.as_str()) {
                b -= 1;
            }
            let before = (b.saturating_sub(f.reach)..b)
                .rev()
                .take_while(|&j| head(j) || plain(j))
                .find(|&j| head(j));
            let k = after.or(before)?;
            let distance = if k < v.first { v.first - k } else { k - v.last };
            Some((distance, name(k)))
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n)
}

/// True when the cues of an [`ADOPTED_FRAME`] rule in the sentence are all of
/// [`AdoptedFrame::thing_cues`] and no thing adopted stands at them: "signed" with no
/// law or deal dates nothing of the frame.
pub(super) fn signed_nothing(s: &Sentence, v: &Value, hits: &[CueHit], rule: &CueRule) -> bool {
    let f = &ADOPTED_FRAME;
    if !f.predicates.contains(&rule.predicate) {
        return false;
    }
    let t = &s.tokens;
    let rules = &*CUE_RULES;
    let only_things = hits
        .iter()
        .filter(|h| std::ptr::eq(&rules[h.rule], rule))
        .all(|h| {
            f.thing_cues
                .iter()
                .any(|c| words_at(t, h.first, c) == Some(h.len))
        });
    only_things && adopted_thing(s, v, hits, rule).is_none()
}

/// Words that set one share against another in a result: "52.18% against 47.82% for
/// Kilicdaroglu", "49.5% to 44.9% for his rival".
pub(super) const CONTRAST_WORDS: &[&str] = &["against", "versus", "vs", "to"];

/// At most this many words between the other share and the contrast word.
pub(super) const CONTRAST_REACH: usize = 5;

/// "He took 52.18% against 47.82% for Kemal Kilicdaroglu": a share set against
/// another share and given to a name by "for" is that name's share of the vote.
pub(super) fn contrasted_share_rule(s: &Sentence, v: &Value) -> Option<&'static CueRule> {
    let t = &s.tokens;
    if v.kind != ValueKind::Percent || v.first < 2 {
        return None;
    }
    // "55.7% to Sergio Massa's 44.3%": the owner before the share, the contrast word
    // before the owner
    if let Some(owner) = contrasted_owner(s, v) {
        return contrasted(t, owner.first).then(|| option_rule(v)).flatten();
    }
    if !contrasted(t, v.first) {
        return None;
    }
    for_whom(s, v)?;
    option_rule(v)
}

/// "36.6% of the valid votes, and 25.4% for Mr. Obi": in an article about a vote, a
/// share given to a party or a person by "for" right after it ([`for_whom`]) is that
/// name's share of the vote, with or without another share set against it. A place
/// after "for" ("63% for Lisbon") is not a holder of votes.
pub(super) fn beneficiary_share_rule(
    s: &Sentence,
    v: &Value,
    about_a_vote: bool,
) -> Option<&'static CueRule> {
    if !about_a_vote || v.kind != ValueKind::Percent {
        return None;
    }
    let holder = for_whom_mention(s, v)?;
    (holder.kind != MentionKind::Place)
        .then(|| option_rule(v))
        .flatten()
}

/// True when a contrast word stands right before `k` and another share a few words
/// before it: "52.18% in the run-off against 47.82%", "55.7% to Massa's 44.3%".
fn contrasted(t: &[Token], k: usize) -> bool {
    k >= 2
        && CONTRAST_WORDS.contains(&t[k - 1].lower.as_str())
        && t[k.saturating_sub(CONTRAST_REACH + 1)..k - 1]
            .iter()
            .any(|x| matches!(x.lower.as_str(), "%" | "percent" | "cent"))
}

/// The name whose possessive stands right before a share, after a contrast word:
/// "won 55.7% to Sergio Massa's 44.3%" → Sergio Massa.
pub(super) fn contrasted_owner<'a>(s: &'a Sentence, v: &Value) -> Option<&'a Mention> {
    let t = &s.tokens;
    if v.kind != ValueKind::Percent {
        return None;
    }
    s.mentions
        .iter()
        .find(|m| m.last + 1 == v.first && possessive(&t[m.last]) && contrasted(t, m.first))
}

/// "Sinan Ogan, who in the first round gained 5.17%", "Sinan Ogan, who endorsed
/// Erdogan after winning 5.17%": a figure inside a relative clause belongs to the
/// clause's antecedent, unless a name inside the clause takes it with a verb of its
/// own ("X, who said Y won 5%"). The clause runs from "who" to the figure without a
/// comma: one that closes it hands the figure back to the main clause.
pub(super) fn relative_antecedent<'a>(s: &'a Sentence, v: &Value) -> Option<&'a Mention> {
    let t = &s.tokens;
    let who = (0..v.first)
        .rev()
        .take_while(|&i| !matches!(t[i].lower.as_str(), "," | ";" | ":" | "(" | ")" | "."))
        .find(|&i| t[i].lower == "who")?;
    let antecedent = s
        .mentions
        .iter()
        .find(|m| m.last + 1 == who || (m.last + 2 == who && t[m.last + 1].lower == ","))?;
    let inner_holder = s.mentions.iter().any(|m| {
        m.first > who
            && m.last < v.first
            && (next_to(s, m, v)
                || t.get(m.last + 1)
                    .is_some_and(|n| RESULT_LINKS.contains(&n.lower.as_str())))
    });
    (!inner_holder).then_some(antecedent)
}

/// True when the name is right before a figure, at most two linking words between:
/// the structure results are written in.
/// A parenthesis right after the name is skipped: "Maia Sandu (Party of Action and
/// Solidarity): 57.72%".
pub(super) fn next_to(s: &Sentence, m: &Mention, v: &Value) -> bool {
    let after = past_parenthesis(&s.tokens, m.last + 1);
    matches!(
        v.kind,
        ValueKind::Percent | ValueKind::Count | ValueKind::Money
    ) && m.last < v.first
        && after <= v.first
        && v.first - after <= 2
        && s.tokens[after..v.first]
            .iter()
            .all(|x| RESULT_LINKS.contains(&x.lower.as_str()))
}

/// Words before a name that make it a modifier of another noun rather than the one
/// the clause is about: "the alliance led by Robert Kocharyan", "close to Serzh
/// Sargsyan", "the party of Nikol Pashinyan".
pub(super) const MODIFIER_WORDS: &[&str] = &["by", "of", "to", "with", "from", "against", "over"];

/// Participles that, with "by" after them, name the person at the head of a body
/// ("Labour, led by Chris Hipkins, finished on 26.9%"): the person is the body's
/// leader, not what the figure is about.
pub(super) const LEADERSHIP_PARTICIPLES: &[&str] = &["led", "headed", "chaired", "founded"];

/// True when the mention is the agent of a [`LEADERSHIP_PARTICIPLES`] participle:
/// "led by Chris Hipkins", "headed by its founder Ana Lima" (titles between).
pub(super) fn leader_of_body(s: &Sentence, m: &Mention) -> bool {
    let t = &s.tokens;
    let mut k = m.first;
    while k > 0
        && (is_title(&t[k - 1].lower) || PARTNER_POSSESSIVES.contains(&t[k - 1].lower.as_str()))
    {
        k -= 1;
    }
    k >= 2 && t[k - 1].lower == "by" && LEADERSHIP_PARTICIPLES.contains(&t[k - 2].lower.as_str())
}

/// True when the word at `k` is followed by a [`LEADERSHIP_PARTICIPLES`] participle
/// and "by", a comma allowed between: what is led is a body, and the word its name.
pub(super) fn led_by_after(t: &[Token], k: usize) -> bool {
    let at = if t.get(k + 1).is_some_and(|x| x.lower == ",") {
        k + 2
    } else {
        k + 1
    };
    t.get(at)
        .is_some_and(|x| LEADERSHIP_PARTICIPLES.contains(&x.lower.as_str()))
        && t.get(at + 1).is_some_and(|x| x.lower == "by")
}

/// At most this many lowercase words between "of" after a name and a name it
/// describes ("of the second president of the republic Robert Kocharyan").
pub(super) const DESCRIPTION_REACH: usize = 6;

/// True when a mention only modifies the subject: after a preposition, or a possessive
/// that a noun follows ("Pashinyan's Civil Contract party").
pub(super) fn modifier(s: &Sentence, m: &Mention) -> bool {
    let t = &s.tokens;
    // the word before the name, titles skipped: "of acting premier Nikol Pashinyan"
    let mut k = m.first;
    while k > 0 && is_title(&t[k - 1].lower) && !MODIFIER_WORDS.contains(&t[k - 1].lower.as_str()) {
        k -= 1;
    }
    let mut before = k > 0 && MODIFIER_WORDS.contains(&t[k - 1].lower.as_str());
    // "the bloc \"Armenia\" of the second president of the republic Robert
    // Kocharyan": a name described by lowercase words after "of" and another name
    before = before || described_by_of(s, m);
    // "against the outgoing president, Igor Dodon": a name set after a title and a
    // comma stands in apposition to the title, and the preposition before the title
    // governs it too
    if !before && k >= 3 && t[k - 1].lower == "," && is_title(&t[k - 2].lower) {
        before = (k.saturating_sub(7)..k - 2)
            .rev()
            .take_while(|&j| t[j].kind == TokenKind::Word && !t[j].capital)
            .any(|j| MODIFIER_WORDS.contains(&t[j].lower.as_str()));
    }
    let owner =
        possessive(&t[m.last]) && t.get(m.last + 1).is_some_and(|n| n.kind == TokenKind::Word);
    before || owner
}

/// True when the name describes another name written before it, through "of" and at
/// most [`DESCRIPTION_REACH`] lowercase words and titles: "the party \"Civil
/// Contract\" of acting premier Nikol Pashinyan", "the bloc \"Armenia\" of the second
/// president of the republic Robert Kocharyan".
pub(super) fn described_by_of(s: &Sentence, m: &Mention) -> bool {
    described_owner(s, m).is_some()
}

/// The name a name describes through "of" ([`described_by_of`]): "the Labour Party"
/// of "the Labour Party of the former prime minister Chris Hipkins".
pub(super) fn described_owner<'a>(s: &'a Sentence, m: &Mention) -> Option<&'a Mention> {
    let t = &s.tokens;
    let of = (m.first.saturating_sub(DESCRIPTION_REACH + 1)..m.first)
        .rev()
        .take_while(|&j| {
            t[j].kind == TokenKind::Word
                && (!t[j].capital || is_title(&t[j].lower))
                && !RESULT_VERBS.contains(&t[j].lower.as_str())
                && !REPORTING_VERBS.contains(&t[j].lower.as_str())
                && !matches!(t[j].lower.as_str(), "and" | "or" | "who" | "which" | "that")
        })
        .find(|&j| t[j].lower == "of")?;
    s.mentions
        .iter()
        .rfind(|p| p.last < of && of - p.last <= 2 && p.first != m.first)
}

/// Head nouns of descriptions that can stand for a subject no name was given for
/// ("the ruling party", "the incumbent"), and the kind they describe.
pub(super) const DESCRIBED_HEADS: &[(&str, MentionKind)] = &[
    ("party", MentionKind::Party),
    ("coalition", MentionKind::Party),
    ("bloc", MentionKind::Party),
    ("alliance", MentionKind::Party),
    ("movement", MentionKind::Party),
    ("president", MentionKind::Person),
    ("incumbent", MentionKind::Person),
    ("leader", MentionKind::Person),
    ("candidate", MentionKind::Person),
    ("challenger", MentionKind::Person),
    ("country", MentionKind::Place),
    ("nation", MentionKind::Place),
    ("republic", MentionKind::Place),
];

/// "the ruling party": a description before the value, of a wanted kind, as written
/// without its article, when the sentence names no one.
pub(super) fn described_subject(s: &Sentence, v: &Value, wanted: &[MentionKind]) -> Option<String> {
    let t = &s.tokens[..v.first];
    t.iter().enumerate().rev().find_map(|(i, head)| {
        let (_, kind) = DESCRIBED_HEADS.iter().find(|(w, _)| *w == head.lower)?;
        if !wanted.contains(kind) {
            return None;
        }
        // up to two lowercase words between "the" and the head
        (i.saturating_sub(3)..i).find_map(|j| {
            let words = &t[j + 1..i];
            (t[j].lower == "the"
                && words
                    .iter()
                    .all(|w| w.kind == TokenKind::Word && !w.capital))
            .then(|| {
                words
                    .iter()
                    .chain(std::iter::once(head))
                    .map(|w| w.lower.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
        })
    })
}

pub(super) fn age_subject(s: &Sentence, v: &Value, recent: &Recent) -> Option<String> {
    let t = &s.tokens;
    let person = |m: &&Mention| matches!(m.kind, MentionKind::Person | MentionKind::Unknown);
    // right next to the age: "Tokayev, 67", "Tokayev (67)", "Nurzhan, a 50-year-old",
    // "67-year-old Tokayev"
    let filler = |k: usize| AGE_FRAME.links.contains(&t[k].lower.as_str());
    let adjacent = |m: &&Mention| {
        (m.last < v.first
            && (m.last + 1..v.first).all(filler)
            && v.first - m.last <= AGE_FRAME.link_reach + 1)
            || m.first == v.last + 1
    };
    if let Some(m) = s.mentions.iter().filter(person).find(adjacent) {
        return Some(m.text.clone());
    }
    // "the 65-year-old" stands for someone named before
    if v.first > 0 && t[v.first - 1].lower == "the" {
        let earlier = s
            .mentions
            .iter()
            .rfind(|m| m.last < v.first && m.kind == MentionKind::Person);
        // (with no one named as a person, the name of no known kind the sentence
        // before opened with, not a country's or a capital's: "The runner-up is Ana
        // Sousa. The 36-year-old ...")
        if let Some(m) = earlier
            .or_else(|| recent.latest_of(&[MentionKind::Person]))
            .or_else(|| {
                recent.previous_opener().filter(|m| {
                    m.kind == MentionKind::Unknown
                        && !crate::names::is_country(&m.key)
                        && country_of_capital(&m.key).is_none()
                })
            })
        {
            return Some(m.text.clone());
        }
    }
    // "a 50-year-old man named Nurzhan"
    let introduced =
        |m: &&Mention| m.first > 0 && matches!(t[m.first - 1].lower.as_str(), "named" | "called");
    if let Some(m) = s.mentions.iter().filter(person).find(introduced) {
        return Some(m.text.clone());
    }
    // otherwise the nearest person in the sentence, else the last one named
    s.mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Person)
        .min_by_key(|m| {
            if m.last < v.first {
                (v.first - m.last, 0)
            } else {
                (m.first.saturating_sub(v.last), 1)
            }
        })
        .or_else(|| recent.latest_of(&[MentionKind::Person]))
        .map(|m| m.text.clone())
}

/// The method the sentence names: the first entry of [`METHOD_CUES`] any of whose
/// words it holds, found in one pass over its words.
pub(super) fn method_of(s: &Sentence) -> Option<&'static str> {
    // every word of the table in order, and the entry each belongs to
    static ENTRY: std::sync::LazyLock<Vec<usize>> = std::sync::LazyLock::new(|| {
        METHOD_CUES
            .iter()
            .enumerate()
            .flat_map(|(k, (words, _))| words.iter().map(move |_| k))
            .collect()
    });
    let words = phrases!(
        METHOD_CUES
            .iter()
            .flat_map(|(words, _)| words.iter().copied())
    );
    let t = &s.tokens;
    (0..t.len())
        .filter_map(|i| words.first_at(t, i))
        .map(|w| ENTRY[w])
        .min()
        .map(|k| METHOD_CUES[k].1)
}

/// "in the North Kazakhstan region", "in Almaty": a place other than the country, after
/// the value (or before it when none follows).
pub(super) fn region_of(
    text: &str,
    s: &Sentence,
    v: &Value,
    country: Option<&Mention>,
) -> Option<String> {
    let t = &s.tokens;
    let is_country = |m: &Mention| country.is_some_and(|c| c.key == m.key);
    let place = |m: &Mention| {
        !is_country(m)
            && matches!(m.kind, MentionKind::Place | MentionKind::Unknown)
            && (1..=2).any(|k| {
                m.first >= k
                    && t[m.first - k].lower == "in"
                    && (k == 1 || t[m.first - 1].lower == "the")
            })
    };
    let after = s
        .mentions
        .iter()
        .filter(|m| m.first > v.last && m.first - v.last <= 6 && place(m))
        .min_by_key(|m| m.first);
    let before = || {
        s.mentions
            .iter()
            .filter(|m| m.last < v.first && place(m))
            .max_by_key(|m| m.last)
    };
    let m = after.or_else(before)?;
    let mut end = t[m.last].end;
    if t.get(m.last + 1)
        .is_some_and(|r| REGION_WORDS.contains(&r.lower.as_str()))
    {
        end = t[m.last + 1].end;
    }
    let written = &text[t[m.first].start..end];
    Some(written.strip_possessive().to_string())
}

/// Last words of the names of a country's lower or only chamber, which the general
/// chamber nouns of [`CHAMBER_NOUNS`] may stand for.
const LOWER_OR_SOLE_CHAMBERS: &[&str] = &[
    "assembly",
    "parliament",
    "duma",
    "majlis",
    "mazhilis",
    "rada",
    "sejm",
];

/// Chamber nouns a claim may name in lowercase ("the 225-member parliament", "the new
/// parliament will have 107 members") that stand for the chamber the article names
/// ("National Assembly") or, when it names none, for themselves ("Parliament"): (noun,
/// last words of the names it stands for, whether the noun alone may be the subject).
pub(super) const CHAMBER_NOUNS: &[(&str, &[&str], bool)] = &[
    ("parliament", LOWER_OR_SOLE_CHAMBERS, true),
    ("chamber", LOWER_OR_SOLE_CHAMBERS, false),
    ("legislature", LOWER_OR_SOLE_CHAMBERS, true),
    ("assembly", &["assembly"], false),
    ("senate", &["senate"], true),
    ("convention", &["convention"], false),
];

/// The chamber a size is about: the chamber the sentence names nearest to it; when it
/// names none, a chamber noun
/// ([`CHAMBER_NOUNS`]) right after "N-member"/"N-seat", or near the value: the name of
/// the article's chambers (`chambers`, in the order the article names them) the noun
/// stands for, else the noun itself when it may stand alone.
pub(super) fn chamber_subject(s: &Sentence, v: &Value, chambers: &[String]) -> Option<String> {
    let t = &s.tokens;
    // "71 of the 107 seats in the National Assembly": a chamber the sentence names,
    // the nearest to the value
    if let Some(m) = s
        .mentions
        .iter()
        .filter(|m| is_chamber(&m.text))
        .min_by_key(|m| m.first.abs_diff(v.first))
    {
        return Some(m.text.clone());
    }
    let noun_at = |k: usize| {
        t.get(k)
            .filter(|x| !x.capital && !inside_mention(s, k))
            .and_then(|x| CHAMBER_NOUNS.iter().find(|(n, _, _)| *n == x.lower))
    };
    // "the 107-member chamber", "the 600-seat parliament"
    let compound = (t.get(v.last + 1).is_some_and(|x| x.lower == "-")
        && t.get(v.last + 2)
            .is_some_and(|x| matches!(x.lower.as_str(), "member" | "seat")))
    .then(|| noun_at(v.last + 3))
    .flatten();
    // "the new parliament will have 107 members": a noun a few words before
    let (noun, names, alone) =
        compound.or_else(|| (v.first.saturating_sub(6)..v.first).rev().find_map(noun_at))?;
    chambers
        .iter()
        .find(|c| {
            let folded = fold(c);
            folded
                .rsplit(' ')
                .next()
                .is_some_and(|w| names.contains(&w))
        })
        .cloned()
        .or_else(|| {
            alone.then(|| {
                let mut cs = noun.chars();
                cs.next()
                    .map(|f| f.to_uppercase().chain(cs).collect())
                    .unwrap_or_default()
            })
        })
}

/// Words that set a figure against the one before it in the sentence, as an earlier
/// level or another measure of the same quantity: "54.6 per cent, up from 39.1 per cent
/// in May", "43.7% in April, down from a peak of 85.5%", "49.4%, against 48.6% at the
/// previous election". The figure after them takes the frame of the figure before.
pub(super) const COMPARISON_LINKS: &[&str] = &[
    "up from",
    "down from",
    "from a peak of",
    "down from a peak of",
    "up from a low of",
    "compared with",
    "compared to",
    "against",
    "versus",
    "as against",
];

/// True when one of [`COMPARISON_LINKS`] ends right before the value, or when the
/// value closes a change or a range that opens with "from" right before the figure
/// before it (`before`, its first token): "from five to seven years", "from about
/// 90,000 to at least 120,000".
pub(super) fn compared(s: &Sentence, v: &Value, before: usize) -> bool {
    let t = &s.tokens;
    let ranged = v.first > 0
        && t[v.first - 1].lower == "to"
        && before > 0
        && t[before - 1].lower == "from"
        && before < v.first;
    ranged
        || COMPARISON_LINKS.iter().any(|link| {
            let n = link.split(' ').count();
            v.first >= n && words_at(t, v.first - n, link) == Some(n)
        })
}

/// Verbs (with their preposition) that link a figure to a head noun said well before
/// it, as the complement of its clause: "the number of perished ... grew to 12,391",
/// "the combined toll from the government and the rescue service ... stands at more
/// than 1,400", "the number of injured, according to the latest data, constitutes
/// 62,914".
pub(super) const LINK_WORDS: &[&str] = &[
    "grew to",
    "rose to",
    "risen to",
    "climbed to",
    "increased to",
    "jumped to",
    "fell to",
    "fallen to",
    "dropped to",
    "stands at",
    "stood at",
    "put at",
    "estimated at",
    "reached",
    "constitutes",
    "constituted",
    "totalled",
    "totaled",
    "numbered",
];

/// How far a head noun may stand from the figure a [`LINK_WORDS`] verb links to it.
pub(super) const LINKED_REACH: usize = 20;

/// True when the value is the complement of a link verb ([`LINK_WORDS`], or a verb
/// hedge the value starts with: "passes 11,500").
pub(super) fn linked(s: &Sentence, v: &Value) -> bool {
    let t = &s.tokens;
    LINK_WORDS.iter().any(|link| {
        let n = link.split(' ').count();
        v.first >= n && words_at(t, v.first - n, link) == Some(n)
    }) || changed_to(t, v.first)
        || VERB_HEDGES
            .iter()
            .any(|h| words_at(t, v.first, h).is_some())
        // "put direct damage to buildings and infrastructure in Türkiye at $34.2
        // billion": a verb of estimating, its object, "at" and the figure
        || (v.first > 0
            && t[v.first - 1].lower == "at"
            && t[v.first.saturating_sub(LINKED_REACH)..v.first - 1]
                .iter()
                .any(|x| ESTIMATE_VERBS.contains(&x.lower.as_str())))
}

/// Past forms of verbs of change that do not end in "-ed", before "to" or "at" and a
/// figure ("rose to", "fell to", "stood at").
pub(super) const IRREGULAR_CHANGE_VERBS: &[&str] = &[
    "rose", "risen", "fell", "fallen", "grew", "grown", "stood", "stands", "hit", "sank", "shrank",
];

/// A verb of change in the past, by its "-ed" ending or [`IRREGULAR_CHANGE_VERBS`],
/// then "to" or "at", right before the figure at `first`: "slowed to", "eased to",
/// "peaked at", "accelerated to", "fell to". The figure is the complement the head
/// noun of the clause reaches.
pub(super) fn changed_to(t: &[Token], first: usize) -> bool {
    first >= 2
        && matches!(t[first - 1].lower.as_str(), "to" | "at")
        && t[first - 2].kind == TokenKind::Word
        && !t[first - 2].capital
        && (t[first - 2].lower.ends_with("ed")
            || IRREGULAR_CHANGE_VERBS.contains(&t[first - 2].lower.as_str()))
}

/// Verbs that put a figure on their object with "at": "put the damage at", "estimated
/// the toll at", "valued the losses at".
pub(super) const ESTIMATE_VERBS: &[&str] =
    &["put", "puts", "estimated", "estimates", "valued", "pegged"];

/// Words before a money value that stand for the state whose money it is: "the
/// authorities of the country allocated 100 billion liras", "the government spent".
pub(super) const STATE_WORDS: &[&str] = &[
    "government",
    "authorities",
    "country",
    "state",
    "treasury",
    "cabinet",
];

/// The country, for a money value whose clause has one of [`STATE_WORDS`] after "the"
/// or "its" before it, and no name between that word and the value.
pub(super) fn state_subject(s: &Sentence, v: &Value, cx: &Context<'_>) -> Option<String> {
    let t = &s.tokens;
    let country = cx.country?;
    let k = (1..v.first).rev().find(|&k| {
        STATE_WORDS.contains(&t[k].lower.as_str())
            && matches!(t[k - 1].lower.as_str(), "the" | "its")
    })?;
    let named_between = s
        .mentions
        .iter()
        .any(|m| m.first > k && m.last < v.first && m.kind != MentionKind::Place);
    (!named_between).then(|| country.text.clone())
}

/// The name a money frame's head word belongs to, written right before it: the
/// subject of its verb ("the Ceylon Petroleum Corporation, owes some $700 million")
/// or the owner of its noun ("the United Nations flash appeal of $397 million", at
/// most [`HOLDER_REACH`] lowercase words between).
pub(super) fn cue_holder(
    s: &Sentence,
    v: &Value,
    hits: &[CueHit],
    rule: &CueRule,
) -> Option<String> {
    if rule.kind != ValueKind::Money {
        return None;
    }
    let t = &s.tokens;
    let rules = &*CUE_RULES;
    hits.iter()
        .filter(|h| std::ptr::eq(&rules[h.rule], rule) && h.first + h.len <= v.first)
        .filter(|h| v.first - (h.first + h.len) <= rule.window)
        .find_map(|h| {
            s.mentions.iter().find(|m| {
                m.last < h.first
                    && h.first - m.last <= HOLDER_REACH + 1
                    && m.kind != MentionKind::Person
                    && t[m.last + 1..h.first]
                        .iter()
                        .all(|x| x.lower == "," || (x.kind == TokenKind::Word && !x.capital))
                    && !t[m.last + 1..h.first]
                        .iter()
                        .any(|x| MODIFIER_WORDS.contains(&x.lower.as_str()) || x.lower == "and")
            })
        })
        .map(|m| m.text.clone())
}

/// At most this many words between a name and the money noun it owns.
pub(super) const HOLDER_REACH: usize = 2;

/// Participles that do not end in "-ed" and, with "by" after them, name who gave,
/// spent or took a sum ("the $5 million lent by the bank"): [`passive_agent`].
pub(super) const IRREGULAR_PARTICIPLES: &[&str] = &[
    "paid", "lent", "given", "sent", "spent", "won", "held", "made", "put", "set", "taken",
    "raised", "brought", "sought", "bought", "sold", "owed",
];

/// The most lowercase words between a figure and the participle whose agent holds it
/// ("the $12 million in emergency aid announced by Norway").
pub(super) const AGENT_REACH: usize = 4;

/// "the $8 million released by the World Bank", "the €2 million in aid pledged by
/// Norway": a participle right after a sum (a few lowercase words between), then
/// "by" and a name: the name is who the sum is of; so is a name after "from" ("$12
/// million in aid from Norway"). A possessive name is the owner of
/// the name after it, which is the agent ("by the UN's Central Emergency Response
/// Fund").
pub(super) fn passive_agent(s: &Sentence, v: &Value) -> Option<String> {
    let t = &s.tokens;
    let mut k = v.last + 1;
    let end = (k + AGENT_REACH + 1).min(t.len());
    // the first token of the agent's name
    let agent = loop {
        if k >= end {
            return None;
        }
        let x = &t[k];
        if x.kind != TokenKind::Word || x.capital {
            return None;
        }
        if (x.lower.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&x.lower.as_str()))
            && t.get(k + 1).is_some_and(|b| b.lower == "by")
        {
            break k + 2;
        }
        // "$12 million from Washington": where the sum comes from
        if x.lower == "from" {
            break k + 1;
        }
        k += 1;
    };
    let mut at = agent;
    if t.get(at).is_some_and(|x| x.lower == "the") {
        at += 1;
    }
    let m = s.mentions.iter().find(|m| m.first == at)?;
    // "by the UN's Central Emergency Response Fund": the fund, the UN's
    let owned = possessive(&t[m.last])
        .then(|| s.mentions.iter().find(|n| n.first == m.last + 1))
        .flatten();
    Some(owned.unwrap_or(m).text.clone())
}
