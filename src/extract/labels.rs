//! Lines that name their figure with a label before a colon, as result tables and fact
//! boxes print them: "Electorate: 3,367,556", "Turnout (accredited voters): 27.05%",
//! "Valid votes: 12,743,051", "Provinces won: Prabowo 36, Anies 2". The label is the
//! head of the figure's frame; a line whose label is a name ("Civil Contract: 71") is
//! a list entry, read elsewhere.

use super::*;

/// The most words a label holds (outside a parenthesis).
const LABEL_WORDS: usize = 5;

/// The last word of a label whose figures are each the count of the name before them
/// ("Provinces won: Prabowo 36, Anies 2, Ganjar 0").
const WON: &str = "won";

/// First words of a label that sum a frame's figures over all holders ("Total seats:
/// 500", "Total votes: 13,062,917"): such a label is the total's frame (a cue of its
/// own in [`CUE_RULES`]), never a count of the noun.
const TOTAL_WORDS: &[&str] = &["total", "overall"];

/// What a label line says about one of its figures.
pub(super) struct Labelled {
    /// The frame the label gives.
    pub(super) rule: &'static CueRule,
    /// What is counted, for the counted-noun frame ("valid votes", "provinces won").
    pub(super) of: Option<String>,
    /// Whose the figure is, when a name stands right before it ("Prabowo 36").
    pub(super) holder: Option<String>,
}

/// The label's words, lowercase, outside parentheses: the tokens before the line's
/// first colon, when they are all words and at most [`LABEL_WORDS`] of them.
fn label_words(s: &Sentence) -> Option<(Vec<&Token>, usize)> {
    let t = &s.tokens;
    let colon = t.iter().position(|x| x.lower == ":")?;
    let mut words = Vec::new();
    let mut depth = 0usize;
    for x in &t[..colon] {
        match x.lower.as_str() {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            _ if x.kind == TokenKind::Word => words.push(x),
            _ => return None,
        }
    }
    (!words.is_empty() && words.len() <= LABEL_WORDS && depth == 0).then_some((words, colon))
}

/// True when the words from `i` on spell `phrase` (lowercase words parted by single
/// spaces); compared word by word, since this runs for every cue at every position.
fn spells_at(words: &[&str], i: usize, phrase: &str) -> bool {
    let mut rest = words.get(i..).unwrap_or_default().iter();
    phrase.split(' ').all(|p| rest.next() == Some(&p))
}

/// The contenders a results list sums up in one line after the named ones ("Fourteen
/// other candidates: 648,474 votes together, or 2.70%", "Fifteen other tickets: under
/// 5% each"): the plural nouns such a label may end with.
const OTHER_CONTENDERS: &[&str] = &["candidates", "tickets", "parties", "lists", "contenders"];

/// The figures of a line whose label is a number word, "other" and one of
/// [`OTHER_CONTENDERS`]: shares are the group's vote share, counts of votes its votes,
/// and the group, as "other candidates", holds them.
fn other_contenders(words: &[&Token], t: &[Token], v: &Value) -> Option<Labelled> {
    let [count, other, noun] = words else {
        return None;
    };
    if !number_word(&count.lower)
        || other.lower != "other"
        || !OTHER_CONTENDERS.contains(&noun.lower.as_str())
    {
        return None;
    }
    let predicate = match v.kind {
        ValueKind::Percent => "vote_share",
        ValueKind::Count
            if t.get(v.last + 1)
                .is_some_and(|x| matches!(x.lower.as_str(), "votes" | "ballots")) =>
        {
            "votes_received"
        }
        _ => return None,
    };
    Some(Labelled {
        rule: rule_for(predicate, v.kind)?,
        of: None,
        holder: Some(format!("other {}", noun.lower)),
    })
}

/// The frame of a figure on a label line, if the label is a frame's head and not a
/// name. A label holding a head word of a frame about the country ("Electorate",
/// "Turnout", "Polling day") gives that frame; a label of two or more words ending
/// in a plural noun, its words after the first in lowercase ("Valid votes", "Blank or
/// spoiled ballots", "Accredited voters"), counts that noun for the country; a label
/// ending in "won" after a plural noun counts, for each name on the line, what it won.
pub(super) fn label_frame(s: &Sentence, v: &Value) -> Option<Labelled> {
    let (words, colon) = label_words(s)?;
    let t = &s.tokens;
    if v.first <= colon {
        return None;
    }
    if let Some(group) = other_contenders(&words, t, v) {
        return Some(group);
    }
    // the figure right after the colon, or right after a name that follows it
    let holder = s
        .mentions
        .iter()
        .find(|m| m.first > colon && m.last + 1 == v.first);
    let right_after = v.first == colon + 1;
    if !right_after && holder.is_none() {
        return None;
    }
    let lower: Vec<&str> = words.iter().map(|x| x.lower.as_str()).collect();
    // "Fourteen other candidates: 648,474 votes": a counted group is a holder, not a
    // label
    if lower.iter().any(|w| number_word(w)) {
        return None;
    }
    let phrase = lower.join(" ");
    let plain = words[1..].iter().all(|x| !x.capital);
    // a head word of a frame of the figure's kind
    let rules = &*CUE_RULES;
    let mut cued: Option<(usize, &'static CueRule)> = None;
    for rule in rules
        .iter()
        .filter(|r| r.kind == v.kind && r.before.is_empty())
    {
        for cue in rule.cues {
            let n = cue.split(' ').count();
            let found = (0..lower.len()).any(|i| spells_at(&lower, i, cue));
            if found && cued.is_none_or(|(m, _)| n > m) {
                cued = Some((n, rule));
            }
        }
    }
    if let Some((_, rule)) = cued {
        if rule.subject == SubjectKind::Country {
            return (right_after && plain).then_some(Labelled {
                rule,
                of: None,
                holder: None,
            });
        }
        // a frame about a party or a person needs the name the line gives it (a
        // list entry, not a label); with no name on the line, the label is what its
        // figure counts ("Valid votes: 12,743,051"), read below
        if holder.is_some() || TOTAL_WORDS.contains(&lower[0]) {
            return None;
        }
    }
    if v.kind != ValueKind::Count || words.len() < 2 || !plain {
        return None;
    }
    let last = *lower.last()?;
    if last == WON && plural_noun(lower[lower.len() - 2]) {
        return holder.map(|m| Labelled {
            rule: &COUNTED_NOUN_FRAME,
            of: Some(phrase.clone()),
            holder: Some(m.text.clone()),
        });
    }
    (right_after && plural_noun(last) && t[colon - 1].kind == TokenKind::Word).then_some(Labelled {
        rule: &COUNTED_NOUN_FRAME,
        of: Some(phrase),
        holder: None,
    })
}

/// The most words a column's name holds ("Yes", "turnout", "Leave").
const COLUMN_WORDS: usize = 3;

/// A figure in a row of a table whose heading names its columns ("Selected
/// constituencies (Yes / No / turnout)", then "Dublin Central: 76.51% / 23.49% /
/// 51.5%").
pub(super) struct Column {
    /// The frame of the column.
    pub(super) rule: &'static CueRule,
    /// Whose the figure is: the column's name when it is not a frame's head word
    /// ("Yes").
    pub(super) holder: Option<String>,
    /// The row's label: the place the row is about.
    pub(super) region: String,
}

/// The names of the columns a heading line gives in a parenthesis at its end, parted
/// by slashes ("(Yes / No / turnout)"), as written; none when a part holds a number
/// or more than [`COLUMN_WORDS`] words.
fn columns(text: &str, s: &Sentence) -> Option<Vec<(String, String)>> {
    let t = &s.tokens;
    if t.last()?.lower != ")" || t.iter().any(|x| x.lower == ":") {
        return None;
    }
    let open = t.iter().rposition(|x| x.lower == "(")?;
    // the rows are places the heading names in the plural ("Selected
    // constituencies", "Provinces"), not a figure's source ("Policy rate (Bank of
    // Ghana)")
    if open == 0 || !plural_noun(&t[open - 1].lower) {
        return None;
    }
    let inner = &t[open + 1..t.len() - 1];
    let mut out = Vec::new();
    for part in inner.split(|x| x.lower == "/") {
        let plain = !part.is_empty()
            && part.len() <= COLUMN_WORDS
            && part.iter().all(|x| x.kind == TokenKind::Word);
        if !plain {
            return None;
        }
        let written = text[part[0].start..part[part.len() - 1].end].to_string();
        let lower = part
            .iter()
            .map(|x| x.lower.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        out.push((written, lower));
    }
    Some(out)
}

/// True when a line is a table row: a label, a colon, then figures parted by slashes.
fn row_colon(s: &Sentence) -> Option<usize> {
    let t = &s.tokens;
    let colon = t.iter().position(|x| x.lower == ":")?;
    (colon > 0 && colon + 1 < t.len() && t[colon + 1].kind == TokenKind::Number).then_some(colon)
}

/// The frame of a figure in a table row, from the columns of the heading above the
/// rows ([`columns`]): a column named by a head word of a frame about the country
/// ("turnout") gives that frame; any other column is an option or a party, whose
/// share (or count of votes) the figure is. The row's label is the figure's region.
pub(super) fn column_frame(
    text: &str,
    sentences: &[Sentence],
    si: usize,
    v: &Value,
) -> Option<Column> {
    let s = &sentences[si];
    let colon = row_colon(s)?;
    if v.first <= colon {
        return None;
    }
    // the heading: the line before the rows
    let mut h = si;
    while h > 0 && row_colon(&sentences[h - 1]).is_some() {
        h -= 1;
    }
    let heading = columns(text, sentences.get(h.checked_sub(1)?)?)?;
    let t = &s.tokens;
    let index = t[colon + 1..v.first]
        .iter()
        .filter(|x| x.lower == "/")
        .count();
    let row_values = t[colon + 1..].iter().filter(|x| x.lower == "/").count() + 1;
    if row_values != heading.len() {
        return None;
    }
    let (written, lower) = heading.get(index)?;
    let region = text[t[0].start..t[colon - 1].end].to_string();
    let rules = &*CUE_RULES;
    let cued = rules.iter().find(|r| {
        r.kind == v.kind
            && r.subject == SubjectKind::Country
            && r.before.is_empty()
            && r.cues.contains(&lower.as_str())
    });
    if let Some(rule) = cued {
        return Some(Column {
            rule,
            holder: None,
            region,
        });
    }
    let predicate = match v.kind {
        ValueKind::Percent => "vote_share",
        ValueKind::Count => "votes_received",
        _ => return None,
    };
    let rule = rules
        .iter()
        .find(|r| r.predicate == predicate && r.kind == v.kind)?;
    Some(Column {
        rule,
        holder: Some(written.clone()),
        region,
    })
}

/// The most tokens of a heading line over a box of labelled figures.
const HEADING_TOKENS: usize = 12;

/// True when a line is a labelled entry of a box: it holds a colon and does not end
/// a sentence.
fn entry_line(s: &Sentence) -> bool {
    let t = &s.tokens;
    t.iter().any(|x| x.lower == ":") && t.last().is_some_and(|x| x.lower != ".")
}

/// The frame a box's heading gives the figures of its entries ("Monetary policy rate
/// (Bank of Ghana)", then "Now: 27.0 per cent" and "Start of 2022: 14.5 per cent"):
/// a head word of a frame about the country, of the figure's kind, in the heading
/// outside its parenthesis. The heading is the short line right above the entries,
/// with no colon and no full stop.
pub(super) fn heading_frame(
    text: &str,
    sentences: &[Sentence],
    si: usize,
    v: &Value,
) -> Option<&'static CueRule> {
    let s = &sentences[si];
    let colon = s.tokens.iter().position(|x| x.lower == ":")?;
    if v.first <= colon {
        return None;
    }
    let heading = &sentences[box_heading(text, sentences, si)?];
    let t = &heading.tokens;
    let end = t.iter().position(|x| x.lower == "(").unwrap_or(t.len());
    let words: Vec<&str> = t[..end].iter().map(|x| x.lower.as_str()).collect();
    // "Votes of the four largest parties": a noun the heading counts is what the
    // entries are, not what their figures count
    let counted = |i: usize| {
        (i.saturating_sub(2)..i).any(|k| t[k].kind == TokenKind::Number || number_word(&t[k].lower))
    };
    CUE_RULES
        .iter()
        .filter(|r| r.kind == v.kind && r.subject == SubjectKind::Country && r.before.is_empty())
        .filter_map(|r| {
            r.cues
                .iter()
                .filter(|cue| (0..words.len()).any(|i| spells_at(&words, i, cue) && !counted(i)))
                .map(|cue| cue.len())
                .max()
                .map(|n| (n, r))
        })
        .max_by_key(|(n, _)| *n)
        .map(|(_, r)| r)
}

/// The plain heading over the box of labelled entries that line `si` belongs to
/// ("Seats after the second round", then "New Popular Front: 180"): the short line
/// right above the run of entries, with no colon and no full stop.
pub(super) fn box_heading(text: &str, sentences: &[Sentence], si: usize) -> Option<usize> {
    if !entry_line(&sentences[si]) {
        return None;
    }
    let joined = |a: usize| joined(text, sentences, a);
    let mut h = si;
    while h > 0 && entry_line(&sentences[h - 1]) && joined(h - 1) {
        h -= 1;
    }
    if h == 0 || !joined(h - 1) || !plain_heading(&sentences[h - 1]) {
        return None;
    }
    Some(h - 1)
}

/// True when no more than one line break parts a sentence from the next: a blank line
/// ends a box.
fn joined(text: &str, sentences: &[Sentence], a: usize) -> bool {
    sentences.get(a + 1).is_some_and(|next| {
        text.get(sentences[a].span.end..next.span.start)
            .is_some_and(|gap| gap.matches('\n').count() < 2)
    })
}

/// True when a line can head a box: short, with no colon and no end of sentence.
fn plain_heading(s: &Sentence) -> bool {
    let t = &s.tokens;
    t.len() <= HEADING_TOKENS
        && t.iter()
            .all(|x| x.lower != ":" && x.lower != "." && x.lower != "?" && x.lower != "!")
}

/// True when a figure of a box's heading is the number of the entries listed right
/// under it ("Results of the three biggest lists", then three lines "Name: figure"):
/// the heading counts what it shows, which is no fact of the article.
pub(super) fn counts_its_entries(text: &str, sentences: &[Sentence], si: usize, v: &Value) -> bool {
    let s = &sentences[si];
    if v.first != v.last || !plain_heading(s) {
        return false;
    }
    let token = &s.tokens[v.first];
    let n = token
        .lower
        .parse::<f64>()
        .ok()
        .or_else(|| crate::claim::number_word_value(&token.lower));
    let Some(n) = n else {
        return false;
    };
    let entries = (si + 1..sentences.len())
        .take_while(|&k| entry_line(&sentences[k]) && joined(text, sentences, k - 1))
        .count();
    entries >= 2 && entries as f64 == n
}

/// The chamber a heading line names, as written without a leading "the": the line
/// right above `si`, joined to it, all words before any parenthesis ("Chamber of
/// Deputies (seats allocated on 23 August)", "The Riksdag", "LEGISLATIVE YUAN").
fn heading_chamber(text: &str, sentences: &[Sentence], si: usize) -> Option<String> {
    let h = si.checked_sub(1)?;
    if !joined(text, sentences, h) {
        return None;
    }
    let t = &sentences[h].tokens;
    let end = t.iter().position(|x| x.lower == "(").unwrap_or(t.len());
    chamber_name(text, &t[..end])
}

/// The tokens as a chamber's name, when they are words only, capitalised or
/// connectors, and the name's head is a chamber's ([`is_chamber`]); without a leading
/// "the".
fn chamber_name(text: &str, t: &[Token]) -> Option<String> {
    let t = match t.first() {
        Some(x) if x.lower == "the" => &t[1..],
        _ => t,
    };
    let (first, last) = (t.first()?, t.last()?);
    let words = t.len() <= LABEL_WORDS
        && t.iter()
            .all(|x| x.kind == TokenKind::Word && (x.capital || is_connector(x)));
    let name = &text[first.start..last.end];
    (words && is_chamber(name)).then(|| name.to_string())
}

/// A chamber's size on a line of a box ([`CHAMBER_SIZE_FRAME`]): "Seats: 230" under a
/// heading that names the chamber, "Seats in the Bundestag: 630", "House of Commons:
/// 343 seats", "Senate (100 seats)". The figure is the line's first, right after the
/// colon, the comma or the parenthesis; the chamber holds it.
pub(super) fn chamber_size_line(
    text: &str,
    sentences: &[Sentence],
    si: usize,
    v: &Value,
) -> Option<Labelled> {
    let f = &CHAMBER_SIZE_FRAME;
    let t = &sentences[si].tokens;
    if v.kind != ValueKind::Count
        || v.first == 0
        || t[..v.first].iter().any(|x| x.kind == TokenKind::Number)
    {
        return None;
    }
    let mark = v.first - 1;
    if !f.openers.contains(&t[mark].lower.as_str()) {
        return None;
    }
    let label: Vec<&str> = t[..mark].iter().map(|x| x.lower.as_str()).collect();
    let noun_after = t
        .get(v.last + 1)
        .is_some_and(|x| f.nouns.contains(&x.lower.as_str()));
    let colon = t[mark].lower == ":";
    let holder = if colon && f.bare_labels.contains(&label.as_slice()) {
        heading_chamber(text, sentences, si)
    } else if let Some(prefix) = f
        .named_labels
        .iter()
        .find(|l| colon && label.len() > l.len() && label.starts_with(l))
    {
        chamber_name(text, &t[prefix.len()..mark])
    } else if noun_after {
        chamber_name(text, &t[..mark])
    } else {
        None
    }?;
    Some(Labelled {
        rule: rule_for("seats_total", ValueKind::Count)?,
        of: None,
        holder: Some(holder),
    })
}
