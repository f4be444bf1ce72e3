//! Frames read from the shape of the words around a value rather than from one cue
//! word near it: the date an event's noun holds ("the 8 August fire", "the explosion
//! of 4 August", "the quake that struck the coast on Friday"), a share given right
//! after a count of votes ("6,408,844 votes, 51.95%"), and the two ends of a span in
//! office ("ruled from 1998 to 2008"). The words they use are in [`EVENT_DATE_FRAME`]
//! and [`RESULT_AND_SPAN_FRAME`].

use super::*;

/// True when token `k` is an event's noun ([`EVENT_HEADS`]).
fn is_event_head(t: &[Token], k: usize) -> bool {
    t.get(k)
        .is_some_and(|x| event_head_word(&x.lower).is_some())
}

/// A date that names its event's noun as a modifier or after "of": "the 8 August
/// fire", "the August 4 explosion", "Friday's three-train collision", "the explosion
/// of 4 August", "the earthquakes of 6 February" → `occurred`.
pub(super) fn event_noun_date_rule(s: &Sentence, v: &Value) -> Option<&'static CueRule> {
    if v.kind != ValueKind::Date {
        return None;
    }
    let f = &EVENT_DATE_FRAME;
    let t = &s.tokens;
    let occurred = || rule_for("occurred", ValueKind::Date);
    // "the explosion of 4 August"
    if v.first >= 2 && t[v.first - 1].lower == "of" && is_event_head(t, v.first - 2) {
        return occurred();
    }
    // "the 8 August fire", "Friday's collision": a determiner (or the date's own
    // possessive) before, the head after a few modifiers
    let opened = possessive(&t[v.last])
        || v.first > 0 && f.determiners.contains(&t[v.first - 1].lower.as_str());
    if !opened {
        return None;
    }
    for k in v.last + 1..(v.last + 2 + f.modifiers).min(t.len()) {
        if is_event_head(t, k) {
            return occurred();
        }
        let x = &t[k];
        let modifier = matches!(x.kind, TokenKind::Word | TokenKind::Number)
            && !x.capital
            && !f.not_modifiers.contains(&x.lower.as_str());
        if !modifier {
            return None;
        }
    }
    None
}

/// "6,408,844 votes, 51.95%", "16,502,444 votes (27.45%)": a share right after a count
/// of votes is the vote share of the count's holder. In an entry of a list the count
/// needs no noun: "Name: 40,971,906 (24.95%)" under a heading of votes.
/// `previous` is the frame of the sentence's figure before, where it starts and where
/// it ends.
pub(super) fn share_after_votes(
    s: &Sentence,
    v: &Value,
    previous: Option<(&'static CueRule, usize, usize)>,
) -> Option<&'static CueRule> {
    let (rule, first, last) = previous?;
    let f = &RESULT_AND_SPAN_FRAME;
    let t = &s.tokens;
    let entry = first > 0 && t[first - 1].lower == ":";
    // "Union Party: 140 seats, 41.2%": in an entry, a share after the seats its
    // holder won is its share of the vote
    let seats = rule.predicate == "seats_won" && entry;
    if v.kind != ValueKind::Percent
        || !(rule.predicate == "votes_received" || seats)
        || last >= v.first
    {
        return None;
    }
    let gap = &t[last + 1..v.first];
    let nouns = if seats { f.seat_nouns } else { f.vote_nouns };
    let linked = gap
        .iter()
        .all(|x| f.share_links.contains(&x.lower.as_str()) || nouns.contains(&x.lower.as_str()))
        && (entry || gap.iter().any(|x| nouns.contains(&x.lower.as_str())));
    linked.then(|| rule_for("vote_share", ValueKind::Percent))?
}

/// "declared national mourning until 12 February", "a week of national mourning from
/// Monday": a date after a word that closes a span ([`EVENT_SPAN_FRAME`]) is the day
/// the event its noun names ended, after one that opens it the day it began. The noun
/// stands at most [`EventSpanFrame::reach`] words before the span word, with no
/// punctuation, figure or clause word between: the span is the noun's, not a verb's
/// ("rescuers searched until Friday").
pub(super) fn event_span_rule(s: &Sentence, v: &Value) -> Option<&'static CueRule> {
    if v.kind != ValueKind::Date || v.first < 2 {
        return None;
    }
    let f = &EVENT_SPAN_FRAME;
    let t = &s.tokens;
    let joint = t[v.first - 1].lower.as_str();
    let predicate = if f.ends.contains(&joint) {
        "ended"
    } else if f.starts.contains(&joint) {
        "occurred"
    } else {
        return None;
    };
    let span = v.first - 1;
    for k in (span.saturating_sub(f.reach + 1)..span).rev() {
        if is_event_head(t, k) {
            return rule_for(predicate, ValueKind::Date);
        }
        let x = &t[k];
        if x.kind != TokenKind::Word || f.breaks.contains(&x.lower.as_str()) {
            return None;
        }
    }
    None
}

/// "ruled Armenia from 1998 to 2008", "headed the government from 2007 until 2014":
/// the end of a span in office is the day its holder stepped down (its start is read
/// by the `in_power_since` frames, after "from").
pub(super) fn office_span_rule(s: &Sentence, v: &Value) -> Option<&'static CueRule> {
    if v.kind != ValueKind::Date || v.first < 3 {
        return None;
    }
    let f = &RESULT_AND_SPAN_FRAME;
    let t = &s.tokens;
    let joint = t[v.first - 1].lower.as_str();
    let opener = if f.span_ends.contains(&joint) {
        "from"
    } else if joint == f.between.1 {
        f.between.0
    } else {
        return None;
    };
    // back over the start date ("from February 2014 to ...") to "from"
    let mut k = v.first - 1;
    while k > 0 && v.first - 1 - k < 3 && date_word(&t[k - 1]) {
        k -= 1;
    }
    if k == v.first - 1 || k == 0 || t[k - 1].lower != opener {
        return None;
    }
    let from = k - 1;
    let held = (from.saturating_sub(f.verb_reach)..from)
        .any(|i| f.office_verbs.iter().any(|w| words_at(t, i, w).is_some()));
    held.then(|| rule_for("stepped_down", ValueKind::Date))?
}

/// The frame of a value read from a fixed phrase next to it ([`PHRASE_FRAMES`]):
/// "14 seats short of a majority", "2,204,117 valid votes", "18% against the
/// dollar", "a majority takes 85". After the value, the counted noun and other
/// words may stand between it and the phrase, at most the frame's `window` of them,
/// but no figure and no punctuation; before it, the phrase ends at most `window`
/// words before the value.
pub(super) fn phrase_frame(s: &Sentence, v: &Value) -> Option<&'static CueRule> {
    let t = &s.tokens;
    PHRASE_FRAMES
        .iter()
        .filter(|f| f.rule.kind == v.kind)
        .find(|f| {
            let r = &f.rule;
            if f.after {
                // "289 of the 577 seats for a majority": a total takes only a
                // phrase right after it
                let total = (v.first > 0 && t[v.first - 1].lower == "of")
                    || (v.first > 1 && words_at(t, v.first - 2, "of the") == Some(2));
                let window = if total { 0 } else { r.window };
                let end = (v.last + 2 + window).min(t.len());
                for k in v.last + 1..end {
                    if r.cues.iter().any(|c| words_at(t, k, c).is_some()) {
                        return true;
                    }
                    if t[k].kind != TokenKind::Word {
                        return false;
                    }
                }
                false
            } else {
                (v.first.saturating_sub(r.window)..=v.first).any(|e| {
                    t[e..v.first].iter().all(|x| x.kind == TokenKind::Word)
                        && r.cues.iter().any(|c| {
                            let n = c.split(' ').count();
                            e >= n && words_at(t, e - n, c) == Some(n)
                        })
                })
            }
        })
        .map(|f| &f.rule)
}

/// A figure a frame reads together with the name it is about, when the frame's own
/// words name it.
pub(super) struct Framed {
    /// The frame.
    pub(super) rule: &'static CueRule,
    /// The name the figure is about, if the frame found one.
    pub(super) holder: Option<String>,
}

/// "Marcos won by some 16.6 million votes", "1.8 million votes ahead of Atiku": a
/// count after "by" that a verb of winning or losing governs, or a count set "ahead
/// of" or "more than" a name that follows, is a lead ([`MARGIN_FRAME`]): the frame,
/// and the name the lead is of when the sentence names one before the verb ("Pierre
/// Poilievre, who lost Carleton by some 4,300 votes") or before the count.
pub(super) fn margin_rule(s: &Sentence, v: &Value) -> Option<Framed> {
    if v.kind != ValueKind::Count {
        return None;
    }
    let f = &MARGIN_FRAME;
    let t = &s.tokens;
    // past the count's noun
    let mut k = v.last + 1;
    if t.get(k)
        .is_some_and(|x| f.units.contains(&x.lower.as_str()))
    {
        k += 1;
    }
    // a tally, not a lead: "by 75 votes to none"
    if t.get(k)
        .is_some_and(|x| matches!(x.lower.as_str(), "to" | "against" | "-"))
    {
        return None;
    }
    let verb = (v.first > 1 && t[v.first - 1].lower == "by")
        .then(|| {
            let by = v.first - 1;
            (1..=f.reach)
                .map_while(|d| by.checked_sub(d))
                .take_while(|&i| t[i].kind == TokenKind::Word)
                .find(|&i| f.verbs.contains(&t[i].lower.as_str()))
        })
        .flatten();
    let ahead = || {
        f.ahead.iter().any(|p| {
            words_at(t, k, p).is_some_and(|n| {
                let mut at = k + n;
                if t.get(at).is_some_and(|x| x.lower == "the") {
                    at += 1;
                }
                s.mentions
                    .iter()
                    .any(|m| m.first == at && m.kind != MentionKind::Place)
            })
        })
    };
    let tally = || {
        (1..=f.reach)
            .map_while(|d| v.first.checked_sub(d))
            .take_while(|&i| t[i].kind == TokenKind::Word)
            .any(|i| f.tallies.contains(&t[i].lower.as_str()))
    };
    if verb.is_none() && (tally() || !ahead()) {
        return None;
    }
    // the winner or loser named before the verb, not a place ("Mexico, beating her
    // nearest rival by ..."); a count set ahead of a name takes the subject its
    // clause gives
    let holder = verb.and_then(|before| {
        s.mentions
            .iter()
            .rev()
            .find(|m| {
                m.last < before
                    && m.kind != MentionKind::Place
                    && !crate::names::is_country(&m.key)
                    && country_of_capital(&m.key).is_none()
            })
            .map(|m| m.text.clone())
    });
    Some(Framed {
        rule: rule_for("margin", ValueKind::Count)?,
        holder,
    })
}

/// "Paiporta, a town of about 27,000 people": the population of the place an
/// apposition describes ([`PLACE_APPOSITIONS`]), and that place.
pub(super) fn apposed_place(s: &Sentence, v: &Value) -> Option<Framed> {
    let t = &s.tokens;
    if v.kind != ValueKind::Count || v.first < 5 || t[v.first - 1].lower != "of" {
        return None;
    }
    let noun = &t[v.first - 2].lower;
    let article = &t[v.first - 3].lower;
    if !PLACE_APPOSITIONS.contains(&noun.as_str())
        || !matches!(article.as_str(), "a" | "an")
        || t[v.first - 4].lower != ","
    {
        return None;
    }
    // a place's people, not its islands or districts: a plural noun right after the
    // count ("16 districts") counts people only when it is a noun of people ("27,000
    // people", "27,000 residents"); a count with no noun ("about 23,000 before the
    // disaster") is of people
    let people = t.get(v.last + 1).is_none_or(|x| {
        x.kind != TokenKind::Word
            || !x.lower.ends_with('s')
            || assign::PEOPLE_HEADS.contains(&x.lower.as_str())
    });
    if !people {
        return None;
    }
    let m = s.mentions.iter().find(|m| m.last + 5 == v.first)?;
    Some(Framed {
        rule: rule_for("population", ValueKind::Count)?,
        holder: Some(m.text.clone()),
    })
}

/// "Lula's party won 68", "the KMT takes 52": a bare count after a verb of winning
/// or holding, in an article about a vote whose sentence (or the one before) named
/// seats before it, counts seats ([`ELIDED_SEATS_FRAME`]).
pub(super) fn elided_seats_rule(
    s: &Sentence,
    v: &Value,
    before: Option<&Sentence>,
    about_a_vote: bool,
) -> Option<&'static CueRule> {
    let f = &ELIDED_SEATS_FRAME;
    let t = &s.tokens;
    if !about_a_vote || v.kind != ValueKind::Count || v.first == 0 {
        return None;
    }
    if !f.verbs.contains(&t[v.first - 1].lower.as_str()) {
        return None;
    }
    // nothing counted after it: the sentence ends, a mark, or a closing word
    let bare = t
        .get(v.last + 1)
        .is_none_or(|x| x.kind != TokenKind::Word || f.closers.contains(&x.lower.as_str()));
    if !bare || t.get(v.last + 1).is_some_and(|x| x.lower == "%") {
        return None;
    }
    // a target or a forecast in the clause is no result
    let clause = t[..v.first]
        .iter()
        .rposition(|x| matches!(x.lower.as_str(), "," | ";" | ":"))
        .map_or(0, |p| p + 1);
    if t[clause..v.first]
        .iter()
        .any(|x| f.not_results.contains(&x.lower.as_str()))
    {
        return None;
    }
    // the last noun of seats or of votes before the count, not in a compound ("the
    // 400-seat chamber"), in its sentence or else in the one before
    let last_noun = |t: &[Token]| {
        (0..t.len()).rev().find_map(|i| {
            let w = t[i].lower.as_str();
            let free = i == 0 || t[i - 1].lower != "-";
            if free && f.nouns.contains(&w) {
                Some("seats_won")
            } else if free && f.vote_nouns.contains(&w) {
                Some("votes_received")
            } else {
                None
            }
        })
    };
    let predicate =
        last_noun(&t[..v.first]).or_else(|| before.and_then(|b| last_noun(&b.tokens)))?;
    rule_for(predicate, ValueKind::Count)
}

/// "since the end of military rule in 1985", "the dissolution of the National
/// Assembly on 9 June": a date right after "in" or "on" that follows "the <noun> of
/// <what changed>" ([`NOMINAL_EVENT_FRAME`]) is the day of that change, and the
/// phrase without its article is its subject.
pub(super) fn nominal_event(text: &str, s: &Sentence, v: &Value) -> Option<Framed> {
    let f = &NOMINAL_EVENT_FRAME;
    let t = &s.tokens;
    if v.kind != ValueKind::Date || v.first < 5 {
        return None;
    }
    let before = v.first - 1;
    if !f.prepositions.contains(&t[before].lower.as_str()) {
        return None;
    }
    // back over what changed to its "of": words only, no figure, no joint
    let mut k = before;
    let mut words = 0;
    while k > 0 && t[k - 1].lower != "of" {
        let x = &t[k - 1];
        if words == f.reach
            || x.kind != TokenKind::Word
            || f.not_inside.contains(&x.lower.as_str())
            || f.not_changes.contains(&x.lower.as_str())
        {
            return None;
        }
        words += 1;
        k -= 1;
    }
    let of = k.checked_sub(1)?;
    if words == 0 || of < 2 {
        return None;
    }
    let noun = of - 1;
    (f.nouns.contains(&t[noun].lower.as_str()) && t[noun - 1].lower == "the").then_some(())?;
    Some(Framed {
        rule: rule_for("occurred", ValueKind::Date)?,
        holder: Some(span_text(text, t, noun, before - 1)),
    })
}

/// "Fourteen other candidates", "two other parties": a count of the rest of a
/// whole, with its noun ("other candidates"), which the counted-noun frame reads
/// when no frame of its own ("other parties") does.
pub(super) fn other_part(s: &Sentence, v: &Value) -> Option<String> {
    let t = &s.tokens;
    if v.kind != ValueKind::Count || t.get(v.last + 1)?.lower != "other" {
        return None;
    }
    let noun = t.get(v.last + 2)?;
    (noun.kind == TokenKind::Word && !noun.capital && noun.lower.ends_with('s'))
        .then(|| format!("other {}", noun.lower))
}

/// True when `rule` counts buildings destroyed and a word that takes in damaged ones
/// follows the count within [`DAMAGE_WIDENER_REACH`] words ([`DAMAGE_WIDENERS`]).
/// The widener must be joined to the verb by "or" ("damaged or destroyed",
/// "collapsed or were badly damaged"): "498 were destroyed and 256 damaged" gives
/// two counts of their own.
pub(super) fn widened_damage(s: &Sentence, v: &Value, rule: &CueRule) -> bool {
    let t = &s.tokens;
    let end = (v.last + 1 + DAMAGE_WIDENER_REACH).min(t.len());
    rule.predicate == "buildings_destroyed"
        && (v.last + 1..end).any(|j| {
            DAMAGE_WIDENERS.contains(&t[j].lower.as_str())
                && (t.get(j + 1).is_some_and(|x| x.lower == "or")
                    || t[j.saturating_sub(3)..j].iter().any(|x| x.lower == "or"))
        })
}

/// "voted 59.8 percent of electors, or almost 36 million persons": a count right
/// after "or" that restates a vote share given just before (at most
/// [`ResultAndSpanFrame::restated_reach`] words between) is the same holder's votes.
pub(super) fn votes_after_share(
    s: &Sentence,
    v: &Value,
    previous: Option<(&'static CueRule, usize)>,
) -> Option<&'static CueRule> {
    let (rule, last) = previous?;
    let t = &s.tokens;
    if v.kind != ValueKind::Count
        || rule.predicate != "vote_share"
        || last >= v.first
        || v.first - last > RESULT_AND_SPAN_FRAME.restated_reach + 1
        || t[v.first - 1].lower != "or"
        || t[last + 1..v.first]
            .iter()
            .any(|x| x.kind == TokenKind::Number)
    {
        return None;
    }
    rule_for("votes_received", ValueKind::Count)
}

/// "Some 7.8 million Swedes", "nearly 700 Texans", "thousands of Palestinians": a
/// count right before a capitalised plural counts people of a nation or a place, whom
/// the tolls and the counts of voters count too.
pub(super) fn demonym(s: &Sentence, v: &Value) -> bool {
    let t = &s.tokens;
    let mut k = v.last + 1;
    if t.get(k).is_some_and(|x| x.lower == "of") {
        k += 1;
    }
    t.get(k).is_some_and(|x| {
        x.kind == TokenKind::Word
            && x.capital
            && x.lower.len() > 3
            && x.lower.ends_with('s')
            && !x.lower.ends_with("ss")
    })
}

/// "is due to be sworn in on January 1", "will take office on May 29": the day of
/// taking up an office, fixed by law or the calendar, is a fact in a clause of plans.
pub(super) fn scheduled_office(s: &Sentence, v: &Value) -> bool {
    let f = &RESULT_AND_SPAN_FRAME;
    v.kind == ValueKind::Date
        && (v.first.saturating_sub(f.verb_reach)..v.first).any(|i| {
            f.scheduled_office
                .iter()
                .any(|p| words_at(&s.tokens, i, p).is_some_and(|n| i + n <= v.first))
        })
}

/// A figure read as one pair of an inline list of results: its frame, and the name
/// it is paired with, whose figure it is.
pub(super) struct Listed {
    /// The frame of the list.
    pub(super) rule: &'static CueRule,
    /// The name right before the figure.
    pub(super) holder: String,
}

/// True when a frame is about a party or a person: the frames a list of results
/// gives each of its names.
fn about_a_holder(rule: &CueRule) -> bool {
    matches!(
        rule.subject,
        SubjectKind::PartyOrPerson
            | SubjectKind::Person
            | SubjectKind::PersonOrParty
            | SubjectKind::Organisation
    )
}

/// The name a figure is paired with: a name that is not a place's right before it, at
/// most one link word between ("Tinubu on 8,805,420", "Obi - 6,101,533").
fn paired_name<'a>(s: &'a Sentence, v: &Value) -> Option<&'a Mention> {
    let f = &INLINE_LIST_FRAME;
    let t = &s.tokens;
    if !matches!(v.kind, ValueKind::Percent | ValueKind::Count) || v.first == 0 {
        return None;
    }
    let mut k = v.first;
    if f.links.contains(&t[k - 1].lower.as_str()) {
        k -= 1;
    }
    let m = s
        .mentions
        .iter()
        .find(|m| m.last + 1 == k && m.kind != MentionKind::Place)?;
    // a name that describes another through "of" stands for it: "the Labour Party of
    // the former prime minister Chris Hipkins - 26.9%" is the party's
    if let Some(owner) = described_owner(s, m) {
        return Some(owner);
    }
    // not a name after a preposition, which only describes another ("the party of
    // Szymon Holownia - 14.4%")
    (m.first == 0 || !MODIFIER_WORDS.contains(&t[m.first - 1].lower.as_str())).then_some(m)
}

/// The joint right before a name ("..., the DA 21.8%"): its token, a determiner
/// between allowed.
fn joint_before(t: &[Token], first: usize) -> Option<usize> {
    let f = &INLINE_LIST_FRAME;
    let mut k = first;
    if k > 0 && f.determiners.contains(&t[k - 1].lower.as_str()) {
        k -= 1;
    }
    (k > 0 && f.joints.contains(&t[k - 1].lower.as_str())).then(|| k - 1)
}

/// Back from the token before `k` over the counted noun of a pair (at most
/// [`InlineListFrame::noun_reach`] lowercase words) and a parenthesis
/// ("90,902 (19.8%); Atiku ..."): the token a figure ends on, if one does.
fn figure_end_before(t: &[Token], k: usize) -> Option<usize> {
    let mut k = k;
    if k > 0 && t[k - 1].lower == ")" {
        k = t[..k - 1].iter().rposition(|x| x.lower == "(")?;
    }
    let mut words = 0;
    while k > 0 && t[k - 1].kind == TokenKind::Word && !t[k - 1].capital {
        if words == INLINE_LIST_FRAME.noun_reach {
            return None;
        }
        words += 1;
        k -= 1;
    }
    k.checked_sub(1)
}

/// "Tinubu has 7,851,995 votes, Atiku 6,206,316 and Obi 4,043,360", "the ANC has
/// 40.2%, the DA 21.8%": a figure right after a name, the name right after a joint
/// (a comma, a semicolon, "and"), the joint right after a figure of the same kind and
/// its counted noun, is the next pair of a list: it takes that figure's frame, when
/// the frame is about a party or a person. `framed` holds the sentence's figures
/// read so far with their frames: (frame, first token, last token, kind).
pub(super) fn list_continuation(
    s: &Sentence,
    v: &Value,
    framed: &[(&'static CueRule, usize, usize, ValueKind)],
) -> Option<Listed> {
    let t = &s.tokens;
    let m = paired_name(s, v)?;
    let mut joint = joint_before(t, m.first)?;
    if t[joint].lower == ":" {
        return None;
    }
    // ", and"
    if t[joint].lower == "and" && joint > 0 && t[joint - 1].lower == "," {
        joint -= 1;
    }
    let end = figure_end_before(t, joint)?;
    let (rule, ..) = framed
        .iter()
        .rev()
        .find(|(_, _, last, kind)| *last == end && *kind == v.kind)?;
    about_a_holder(rule).then(|| Listed {
        rule,
        holder: m.text.clone(),
    })
}

/// "Seats in the Assembly: ANC 159, DA 87, MK 58", "Prabowo 58.77%, Anies 25.25%,
/// Ganjar 15.98%": the first pair of a list of two or more, in an article about a
/// vote. The words before its name give its frame through the head word of a frame
/// about a party or a person ("Seats"); a share with no such head is a share of the
/// vote. The pairs after it read their frame from it ([`list_continuation`]).
pub(super) fn list_opening(s: &Sentence, v: &Value, about_a_vote: bool) -> Option<Listed> {
    if !about_a_vote {
        return None;
    }
    let f = &INLINE_LIST_FRAME;
    let t = &s.tokens;
    let m = paired_name(s, v)?;
    // the list opens the sentence, follows a colon, or follows a clause with no
    // figure right before; a name after "and" is the second of a pair of names
    if let Some(j) = joint_before(t, m.first)
        && (t[j].lower == "and"
            || t[j].lower != ":"
                && figure_end_before(t, j)
                    .is_some_and(|e| t[e].kind == TokenKind::Number || t[e].lower == "%"))
    {
        return None;
    }
    // a second pair: past the counted noun, a joint, perhaps "the", a name, perhaps
    // a link, a figure
    let mut k = v.last + 1;
    let mut words = 0;
    while k < t.len() && t[k].kind == TokenKind::Word && !t[k].capital && words < f.noun_reach {
        if f.joints.contains(&t[k].lower.as_str()) {
            break;
        }
        words += 1;
        k += 1;
    }
    if k < t.len() && t[k].lower == "(" {
        k = t[k..]
            .iter()
            .position(|x| x.lower == ")")
            .map(|p| k + p + 1)?;
    }
    if !t
        .get(k)
        .is_some_and(|x| x.lower != ":" && f.joints.contains(&x.lower.as_str()))
    {
        return None;
    }
    k += 1;
    if t.get(k).is_some_and(|x| x.lower == "and") {
        k += 1;
    }
    if t.get(k)
        .is_some_and(|x| f.determiners.contains(&x.lower.as_str()))
    {
        k += 1;
    }
    let next = s
        .mentions
        .iter()
        .find(|n| n.first == k && n.kind != MentionKind::Place)?;
    let mut k = next.last + 1;
    if t.get(k)
        .is_some_and(|x| f.links.contains(&x.lower.as_str()))
    {
        k += 1;
    }
    if !t
        .get(k)
        .is_some_and(|x| x.kind == TokenKind::Number || number_word(&x.lower))
    {
        return None;
    }
    // the head word of a frame about a party or a person before the list, the
    // nearest; after a label ending with a colon, the label's first ("Seats on
    // election night, before the votes from abroad: AD 79, PS 77": what follows the
    // label's head only qualifies it)
    let labelled = joint_before(t, m.first).is_some_and(|j| t[j].lower == ":");
    let heads = CUE_RULES
        .iter()
        .filter(|r| r.kind == v.kind && r.before.is_empty() && about_a_holder(r))
        .filter_map(|r| {
            r.cues
                .iter()
                .filter_map(|c| {
                    (0..m.first)
                        .rev()
                        .find(|&i| words_at(t, i, c).is_some_and(|n| i + n <= m.first))
                })
                .max()
                .map(|i| (i, r))
        });
    let head = if labelled {
        heads.min_by_key(|(i, _)| *i)
    } else {
        heads.max_by_key(|(i, _)| *i)
    }
    .map(|(_, r)| r);
    let rule = match head {
        Some(r) => r,
        None if v.kind == ValueKind::Percent => rule_for("vote_share", ValueKind::Percent)?,
        None => return None,
    };
    Some(Listed {
        rule,
        holder: m.text.clone(),
    })
}

/// A token a date is written with: a number or a month's name.
fn date_word(x: &Token) -> bool {
    x.kind == TokenKind::Number || MONTHS.contains(&x.lower.as_str())
}

/// "down from 66% in 2019", "the 61.74% of four years ago": a date right after a
/// vote's result ([`RESULT_DATE_FRAME`]) is the day of that vote, in an article about
/// a vote. `framed` holds the sentence's figures read so far with their frames.
pub(super) fn result_date_rule(
    s: &Sentence,
    v: &Value,
    framed: &[(&'static CueRule, usize, usize, ValueKind)],
    about_a_vote: bool,
) -> Option<&'static CueRule> {
    if v.kind != ValueKind::Date || !about_a_vote {
        return None;
    }
    let f = &RESULT_DATE_FRAME;
    let &(rule, _, last, _) = framed.last()?;
    if !f.results.contains(&rule.predicate) || last >= v.first || v.first - last - 1 > f.reach {
        return None;
    }
    s.tokens[last + 1..v.first]
        .iter()
        .all(|x| f.links.contains(&x.lower.as_str()))
        .then(|| rule_for("election_date", ValueKind::Date))?
}

/// The event of a vote's day written `written` when it falls in another year than
/// `event`: "2024 general election" for a day in 2019 is the "2019 general
/// election" (a month named before the year goes with it). None when the rule is not
/// the day of a vote, the date does not read, or its year is the event's.
pub(super) fn event_of_date(
    event: &str,
    rule: &CueRule,
    written: &str,
    published: Date,
) -> Option<String> {
    if rule.predicate != "election_date" {
        return None;
    }
    let d = parse_date(written, published)?;
    let year = d.start.year();
    // a date that spans two years (a season, "the winter") names no one year
    if d.end > Date::year_start(year + 1)? {
        return None;
    }
    Some(event_in_year(event, year)).filter(|e| e != event)
}

/// `event` moved to `year`: its year word replaced (and a month word before it
/// dropped), or the year put in front when it has none.
pub(super) fn event_in_year(event: &str, year: i32) -> String {
    let words: Vec<&str> = event.split(' ').collect();
    let is_year = |w: &&str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    match words.iter().position(is_year) {
        Some(k) => {
            let from = if k > 0 && is_month(&words[k - 1].to_lowercase()) {
                k - 1
            } else {
                k
            };
            let mut out: Vec<String> = words[..from].iter().map(|w| w.to_string()).collect();
            out.push(year.to_string());
            out.extend(words[k + 1..].iter().map(|w| w.to_string()));
            out.join(" ")
        }
        None => format!("{year} {event}"),
    }
}

/// "Green Party: 1 seat", "won one seat": a count of one before the singular noun
/// counts a party's seat; no chamber has one seat, so the compound reading of
/// "seat" ("a 107 seat chamber") does not hold. So does the count in a parenthesis
/// right after such a seat ("1 seat (1)": the seats of the vote before).
pub(super) fn one_seat(s: &Sentence, v: &Value) -> bool {
    let t = &s.tokens;
    let one = |w: &str| matches!(w.to_lowercase().as_str(), "1" | "one");
    v.kind == ValueKind::Count
        && (one(&v.written) && t.get(v.last + 1).is_some_and(|x| x.lower == "seat")
            || v.first >= 3
                && t[v.first - 1].lower == "("
                && t[v.first - 2].lower == "seat"
                && one(&t[v.first - 3].lower))
}

/// "the Social Democrats fell from 25.7 per cent to 16.4 per cent", "SPD: from 25.7%
/// to 16.4%": both ends of a change of a name's share, in an article about a vote, are
/// its shares of the vote ([`SHIFT_SHARE_FRAME`]).
pub(super) fn shift_share_rule(
    s: &Sentence,
    v: &Value,
    about_a_vote: bool,
) -> Option<&'static CueRule> {
    let f = &SHIFT_SHARE_FRAME;
    let t = &s.tokens;
    if !about_a_vote || v.kind != ValueKind::Percent || v.first == 0 {
        return None;
    }
    let share_at = |k: usize| t.get(k).is_some_and(|x| x.kind == TokenKind::Number);
    let joint = t[v.first - 1].lower.as_str();
    // the token "from" stands at
    let from = if joint == f.ends.0 {
        // "from 25.7% to ...": "to" and a share follow the first share
        let to = (v.last + 1..=(v.last + 1 + f.reach).min(t.len().saturating_sub(1)))
            .find(|&k| t[k].lower == f.ends.1)?;
        share_at(to + 1).then_some(v.first - 1)?
    } else if joint == f.ends.1 {
        // "... from 25.7% to 16.4%": back over the first share to "from"
        let start = (v.first - 1).saturating_sub(f.reach + 3);
        let from = (start..v.first - 1)
            .rev()
            .find(|&k| t[k].lower == f.ends.0)?;
        share_at(from + 1).then_some(from)?
    } else {
        return None;
    };
    let holder = s.mentions.iter().rev().find(|m| m.last < from)?;
    let open = t[holder.last + 1..from]
        .iter()
        .all(|x| !f.breaks.contains(&x.lower.as_str()) && x.kind != TokenKind::Number);
    (open && holder.kind != MentionKind::Place)
        .then(|| rule_for("vote_share", ValueKind::Percent))?
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(body: &str) -> Vec<(String, String, String)> {
        let text = format!("source: T\npublished: 2023-08-12\n\n{body}\n");
        let article = Article::parse("t.txt", &text, None).unwrap();
        extract(&article, &Registry::new())
            .into_iter()
            .map(|c| (c.subject, c.predicate, c.value))
            .collect()
    }

    fn has(body: &str, predicate: &str, value: &str) -> bool {
        let found = claims(body);
        found.iter().any(|(_, p, v)| p == predicate && v == value) || {
            eprintln!("{body}: {found:?}");
            false
        }
    }

    #[test]
    fn each_phrase_frame_reads_its_own_example() {
        for f in PHRASE_FRAMES {
            let (sentence, claim) = f.rule.example.split_once(" → ").unwrap();
            let mut parts = claim.split(" · ");
            let (subject, predicate, value) = (
                parts.next().unwrap(),
                parts.next().unwrap(),
                parts.next().unwrap(),
            );
            let body = format!("Kazakhstan held a general election. {sentence}.");
            let found = claims(&body);
            assert!(
                found
                    .iter()
                    .any(|(s, p, v)| s == subject && p == predicate && v == value),
                "{}: {found:?}",
                f.rule.example
            );
        }
    }

    #[test]
    fn a_phrase_frame_does_not_read_a_total_or_a_margin() {
        // the total of "289 of the 577 seats" is the chamber's size, not the seats
        // needed; "a majority of 706,349" is a lead
        let found = claims(
            "Ak Zhol needs 289 of the 577 seats for a majority. Yes won by a majority of 706,349 votes.",
        );
        assert!(
            !found
                .iter()
                .any(|(_, p, v)| p == "count" && (v == "577" || v == "706,349")),
            "{found:?}"
        );
    }

    #[test]
    fn a_range_given_as_one_estimate_is_one_value() {
        assert!(has(
            "Between 12,000 and 15,000 people in Kazakhstan were displaced.",
            "displaced",
            "Between 12,000 and 15,000"
        ));
        assert!(has(
            "Economists in Kazakhstan put the damage at $1.2 billion to $2 billion.",
            "damage",
            "$1.2 billion to $2 billion"
        ));
        // a change from one amount to another is two values
        let found = claims("Kazakhstan raised its aid budget from $2 billion to $3 billion.");
        assert!(
            found.iter().all(|(_, _, v)| !v.contains(" to ")),
            "{found:?}"
        );
        let found = claims("Kazakhstan raised its aid budget by $2 billion to $5 billion.");
        assert!(
            found.iter().all(|(_, _, v)| !v.contains(" to ")),
            "{found:?}"
        );
        // a sentence that stops on the link word is read without a range
        let found = claims("Kazakhstan put the damage at $2 billion to");
        assert!(
            found.iter().all(|(_, _, v)| !v.contains(" to")),
            "{found:?}"
        );
        let _ = claims("Between 12,000 and");
    }

    #[test]
    fn a_day_written_with_of_before_its_month_is_a_date() {
        assert!(has(
            "Kazakhstan voted on the 2 of June in a general election.",
            "election_date",
            "2 of June"
        ));
    }

    #[test]
    fn the_day_of_a_scheduled_inauguration_is_a_fact() {
        assert!(has(
            "Ana Lima is due to be sworn in on March 3.",
            "took_office",
            "March 3"
        ));
        // a plan that fixes no office's day stays out
        let found = claims("Ana Lima hopes to visit the capital on March 3.");
        assert!(found.iter().all(|(_, _, v)| v != "March 3"), "{found:?}");
    }

    #[test]
    fn a_date_that_modifies_an_event_noun_dates_the_event() {
        assert!(has(
            "Relief groups returned to the town after the 3 May fire in Norwood.",
            "occurred",
            "3 May"
        ));
        assert!(has(
            "The blast of 12 March left a crater near the docks.",
            "occurred",
            "12 March"
        ));
        assert!(has(
            "Officials revised the toll from Tuesday's two-bus collision in Kerala.",
            "occurred",
            "Tuesday"
        ));
    }

    #[test]
    fn an_event_verb_with_an_object_still_dates_the_event() {
        assert!(has(
            "The storm that hit the northern coast on 4 March flooded dozens of villages.",
            "occurred",
            "4 March"
        ));
    }

    #[test]
    fn a_share_after_a_count_of_votes_is_a_vote_share() {
        let found = claims(
            "Results:\nAna Lima: 1,204,331 votes, 48.2%\nJoao Reis: 1,150,002 votes (46.1%)",
        );
        for (who, share) in [("Ana Lima", "48.2%"), ("Joao Reis", "46.1%")] {
            assert!(
                found
                    .iter()
                    .any(|(s, p, v)| s == who && p == "vote_share" && v == share),
                "{found:?}"
            );
        }
    }

    #[test]
    fn the_end_of_a_span_in_office_is_the_day_its_holder_stepped_down() {
        let found = claims(
            "Marek Nowak governed the province from 2004 to 2011 before entering parliament.",
        );
        assert!(
            found
                .iter()
                .any(|(s, p, v)| s == "Marek Nowak" && p == "in_power_since" && v == "2004"),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|(s, p, v)| s == "Marek Nowak" && p == "stepped_down" && v == "2011"),
            "{found:?}"
        );
        assert!(has(
            "Marek Nowak, who governed the province between 2004 and 2011, lives abroad.",
            "stepped_down",
            "2011"
        ));
    }

    #[test]
    fn each_pair_of_an_inline_list_is_its_names_result() {
        let found = claims(
            "Kazakhstan held a general election on Sunday. With most districts in, Ak Zhol has 40.2%, the Auyl Party 21.8% and Nur Otan 9.5%.",
        );
        for (who, share) in [
            ("Ak Zhol", "40.2%"),
            ("Auyl Party", "21.8%"),
            ("Nur Otan", "9.5%"),
        ] {
            assert!(
                found
                    .iter()
                    .any(|(s, p, v)| s == who && p == "vote_share" && v == share),
                "{found:?}"
            );
        }
        // the head before the colon gives a count its frame
        let found = claims(
            "Kazakhstan held a general election on Sunday. Seats in the new Mazhilis: Ak Zhol 59, Auyl Party 21, Nur Otan 18.",
        );
        for (who, seats) in [("Ak Zhol", "59"), ("Auyl Party", "21"), ("Nur Otan", "18")] {
            assert!(
                found
                    .iter()
                    .any(|(s, p, v)| s == who && p == "seats_won" && v == seats),
                "{found:?}"
            );
        }
        // a figure after a name that describes another is not that name's
        let found = claims(
            "Kazakhstan held a general election on Sunday. Ak Zhol won 30.7%, the Third Way of Nur Otan - 14.4%, the Left - 8.6%.",
        );
        assert!(found.iter().all(|(s, _, _)| s != "Nur Otan"), "{found:?}");
    }

    #[test]
    fn the_lead_frame_reads_its_example_and_leaves_tallies() {
        let (sentence, claim) = MARGIN_FRAME.example.split_once(" → ").unwrap();
        let parts: Vec<&str> = claim.split(" · ").collect();
        let found = claims(&format!("Kazakhstan held a general election. {sentence}."));
        assert!(
            found
                .iter()
                .any(|(s, p, v)| s == parts[0] && p == parts[1] && v == parts[2]),
            "{found:?}"
        );
        // the winner is the name before the verb, not the one beaten
        let found = claims(
            "Kazakhstan held a general election. Ana Lima beat Joao Reis in Almaty by fewer than 9,000 votes.",
        );
        assert!(
            found
                .iter()
                .any(|(s, p, v)| s == "Ana Lima" && p == "margin" && v == "fewer than 9,000"),
            "{found:?}"
        );
        assert!(has(
            "Kazakhstan held a general election. Ana Lima finished 1.2 million votes ahead of Joao Reis.",
            "margin",
            "1.2 million"
        ));
        // a tally is not a lead
        let found = claims("The Senate of Kazakhstan approved the text by 75 votes to 3.");
        assert!(found.iter().all(|(_, p, _)| p != "margin"), "{found:?}");
    }

    #[test]
    fn an_apposition_gives_its_place_a_population() {
        let found = claims("The flood swept through Norwood, a town of about 27,000 people.");
        assert!(
            found
                .iter()
                .any(|(s, p, v)| s == "Norwood" && p == "population" && v == "about 27,000"),
            "{found:?}"
        );
    }

    #[test]
    fn an_apposition_counting_other_things_is_no_population() {
        let found = claims("The flood swept through Norwood, a town of 16 districts.");
        assert!(found.iter().all(|(_, p, _)| p != "population"), "{found:?}");
        // a count with no noun of its own is of people
        let found = claims("The river rose at Norwood, a town of about 9,000 before the flood.");
        assert!(
            found
                .iter()
                .any(|(s, p, v)| s == "Norwood" && p == "population" && v == "about 9,000"),
            "{found:?}"
        );
    }

    #[test]
    fn a_tally_placed_ahead_of_a_rival_is_votes_not_a_lead() {
        let found = claims(
            "Kazakhstan held a general election. Ana Lima polled 8,794,726 votes ahead of Joao Reis.",
        );
        assert!(
            found
                .iter()
                .all(|(_, p, v)| !(p == "margin" && v == "8,794,726")),
            "{found:?}"
        );
    }

    #[test]
    fn a_count_of_a_nations_people_keeps_its_frame() {
        assert!(has(
            "Kazakhstan votes on Sunday. Some 12.1 million Kazakhs are entitled to choose the next parliament.",
            "registered_voters",
            "Some 12.1 million"
        ));
        assert!(has(
            "Officials in Kazakhstan said nearly 700 Kazakhs died in the storm.",
            "deaths",
            "nearly 700"
        ));
    }

    #[test]
    fn buildings_damaged_or_destroyed_are_counted_not_destroyed() {
        let found = claims("In Kazakhstan more than 10,000 homes were damaged or destroyed.");
        assert!(
            found
                .iter()
                .any(|(_, p, v)| p == "count" && v == "more than 10,000"),
            "{found:?}"
        );
        assert!(has(
            "In Kazakhstan about six thousand buildings collapsed.",
            "buildings_destroyed",
            "about six thousand"
        ));
    }

    #[test]
    fn a_count_restating_a_share_is_the_holders_votes() {
        let found = claims(
            "Kazakhstan held a general election. Ana Lima received 59.8% of the vote, or almost 3.6 million persons.",
        );
        assert!(
            found.iter().any(|(s, p, v)| s == "Ana Lima"
                && p == "votes_received"
                && v == "almost 3.6 million"),
            "{found:?}"
        );
    }

    #[test]
    fn a_count_of_registered_people_is_the_electorate() {
        assert!(has(
            "Voting is compulsory in Kazakhstan, and some 13.4 million people are registered.",
            "registered_voters",
            "some 13.4 million"
        ));
    }

    #[test]
    fn parties_of_an_alliance_are_not_the_parties_on_the_ballot() {
        let found = claims(
            "Kazakhstan held a general election. Ak Zhol heads an alliance of six opposition parties. Fourteen other candidates shared 3% of the vote.",
        );
        assert!(
            found
                .iter()
                .all(|(_, p, _)| p != "parties_contesting" && p != "candidates"),
            "{found:?}"
        );
        assert!(has(
            "Kazakhstan held a general election. Five parties took part in the vote.",
            "parties_contesting",
            "Five"
        ));
    }

    #[test]
    fn a_label_with_no_name_counts_its_noun() {
        assert!(has(
            "Kazakhstan held a general election on Sunday.\n\nValid votes: 12,743,051",
            "count",
            "12,743,051"
        ));
        assert!(has(
            "Kazakhstan held a general election on Sunday.\n\nTotal votes: 13,062,917",
            "ballots_cast",
            "13,062,917"
        ));
    }
}
