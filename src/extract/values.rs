//! Values in a sentence: numbers with hedges, scales and units, money, vague
//! quantities, dates and ages, each with the tokens it spans.

use super::*;

/// A value found in a sentence: tokens `first..=last`.
#[derive(Debug, Clone)]
pub(super) struct Value {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) kind: ValueKind,
    pub(super) written: String,
    pub(super) day_precise: bool,
}

/// The units of the claim tables that are money.
pub(super) const CURRENCIES: &[&str] = &["USD", "EUR", "GBP", "KZT"];

/// Signs written before an amount of money.
pub(super) const CURRENCY_SIGNS: &[&str] = &["$", "€", "£"];

/// Prepositions of place: a count right after one counts places ("in several cities").
pub(super) const LOCATIVES: &[&str] = &["in", "across", "into", "throughout"];

/// How many tokens from `i` on spell `phrase` (lowercase words separated by single
/// spaces), if they do.
pub(super) fn words_at(tokens: &[Token], i: usize, phrase: &str) -> Option<usize> {
    let mut rest = phrase;
    let mut j = i;
    loop {
        let r = rest.strip_prefix(tokens.get(j)?.lower.as_str())?;
        j += 1;
        if r.is_empty() {
            return Some(j - i);
        }
        rest = r.strip_prefix(' ')?;
    }
}

/// The words a value can start with, other than a number: hedges, vague quantities,
/// number words, parts of the year, months, weekdays and relative-date words.
pub(super) fn value_start_words() -> &'static foldhash::HashSet<&'static str> {
    static WORDS: std::sync::OnceLock<foldhash::HashSet<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let first = |p: &'static str| p.split(' ').next().unwrap_or(p);
        HEDGES
            .iter()
            .map(|h| first(h.words))
            .chain(VAGUE_QUANTITIES.iter().map(|(w, _, _)| first(w)))
            .chain(NUMBER_WORDS.iter().map(|(w, _)| *w))
            .chain(crate::date::PARTS_OF_YEAR.iter().map(|(w, _, _)| first(w)))
            .chain(MONTHS)
            .chain(WEEKDAYS)
            .chain(["last", "this", "previous", "yesterday", "aged"])
            .collect()
    })
}

pub(super) fn could_start_value(t: &Token) -> bool {
    t.kind == TokenKind::Number
        || CURRENCY_SIGNS.contains(&t.lower.as_str())
        || value_start_words().contains(t.lower.trim_end_matches("'s").trim_end_matches("’s"))
        || t.lower.starts_with("mid-")
}

pub(super) fn is_month(w: &str) -> bool {
    MONTHS.contains(&w.trim_end_matches('.'))
}

pub(super) fn is_weekday(w: &str) -> bool {
    WEEKDAYS.contains(&w.trim_end_matches("'s").trim_end_matches("’s"))
}

pub(super) fn year_token(t: &Token) -> bool {
    t.kind == TokenKind::Number
        && t.lower.len() == 4
        && t.lower
            .parse::<u32>()
            .is_ok_and(|y| (1800..=2100).contains(&y))
}

pub(super) fn number_word(w: &str) -> bool {
    NUMBER_WORDS.iter().any(|(n, _)| *n == w)
}

/// Numbers, vague quantities, dates and ages in a sentence, longest first where they
/// overlap.
pub(super) fn find_values(text: &str, s: &Sentence, published: Date) -> Vec<Value> {
    let t = &s.tokens;
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        if !could_start_value(&t[i]) {
            i += 1;
            continue;
        }
        if let Some(v) = date_at(text, t, i, published)
            .or_else(|| age_at(s, i))
            .or_else(|| quantity_at(text, t, i))
        {
            i = v.last + 1;
            out.push(v);
        } else {
            i += 1;
        }
    }
    out
}

pub(super) fn span_text(text: &str, t: &[Token], first: usize, last: usize) -> String {
    text[t[first].start..t[last].end].to_string()
}

pub(super) fn date_at(text: &str, t: &[Token], i: usize, published: Date) -> Option<Value> {
    let w = t[i].lower.as_str();
    let mut candidates: Vec<(usize, usize)> = Vec::new(); // (first, last)
    // 10 January 2021 · January 10, 2021 · January 2021
    if t[i].kind == TokenKind::Number
        && t.get(i + 1).is_some_and(|m| is_month(&m.lower))
        && t.get(i + 2).is_some_and(year_token)
    {
        candidates.push((i, i + 2));
    }
    if is_month(w) {
        if t.get(i + 1)
            .is_some_and(|d| d.kind == TokenKind::Number && d.lower.len() <= 2)
        {
            let y = if t.get(i + 2).is_some_and(|c| c.lower == ",") {
                i + 3
            } else {
                i + 2
            };
            if t.get(y).is_some_and(year_token) {
                candidates.push((i, y));
            }
        }
        if t.get(i + 1).is_some_and(year_token) {
            candidates.push((i, i + 1));
        }
        // a month alone, capitalised ("May" the month, not "may" the verb)
        if t[i].capital {
            candidates.push((i, i));
        }
    }
    // early 2019 · the first half of 2019 · mid-2019
    for &(part, _, _) in crate::date::PARTS_OF_YEAR {
        if let Some(n) = words_at(t, i, part) {
            let mut y = i + n;
            if t.get(y).is_some_and(|x| x.lower == "of") {
                y += 1;
            }
            if t.get(y).is_some_and(year_token) {
                candidates.push((i, y));
            }
        }
    }
    if w.starts_with("mid-") && w[4..].len() == 4 && w[4..].parse::<u32>().is_ok() {
        candidates.push((i, i));
    }
    if year_token(&t[i]) {
        // a year, unless a unit or scale follows (2019 people, 2019%)
        let next = t.get(i + 1).map(|n| n.lower.as_str());
        let unit_follows = next.is_some_and(|n| {
            n == "%" || SCALES.iter().any(|(s, _)| *s == n) || UNITS.iter().any(|(u, _)| *u == n)
        });
        if !unit_follows && !t[i].lower.contains([',', '.']) {
            candidates.push((i, i));
        }
    }
    // last year · this month · yesterday · (last) Sunday
    let bare = |k: usize| {
        t.get(k)
            .map(|x| x.lower.trim_end_matches("'s").trim_end_matches("’s"))
    };
    if matches!(w, "last" | "this" | "previous") && matches!(bare(i + 1), Some("year" | "month")) {
        candidates.push((i, i + 1));
    }
    if w == "last" && t.get(i + 1).is_some_and(|n| is_weekday(&n.lower)) {
        candidates.push((i, i + 1));
    }
    if w == "yesterday" || is_weekday(w) {
        candidates.push((i, i));
    }
    let (first, last) = candidates.into_iter().max_by_key(|(f, l)| l - f)?;
    if first > 0 && reporting(t, first) {
        return None;
    }
    let written = span_text(text, t, first, last);
    let clean = written
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .to_string();
    let d = parse_date(&clean, published)?;
    Some(Value {
        first,
        last,
        kind: ValueKind::Date,
        written: clean,
        day_precise: matches!(d.granularity, Granularity::Day | Granularity::Month),
    })
}

/// A date right after a reporting verb ("said on Monday") dates the report.
pub(super) fn reporting(t: &[Token], first: usize) -> bool {
    let before = |k: usize| {
        first
            .checked_sub(k)
            .and_then(|j| t.get(j))
            .map(|x| x.lower.as_str())
    };
    let verb = if before(1) == Some("on") {
        before(2)
    } else {
        before(1)
    };
    verb.is_some_and(|v| REPORTING_VERBS.contains(&v))
}

pub(super) fn small_integer(t: &Token) -> Option<u32> {
    if t.kind != TokenKind::Number {
        return None;
    }
    t.lower
        .parse::<u32>()
        .ok()
        .filter(|n| (1..=120).contains(n))
}

pub(super) fn age_at(s: &Sentence, i: usize) -> Option<Value> {
    let t = &s.tokens;
    let age = |first: usize, last: usize, n: usize| Value {
        first,
        last,
        kind: ValueKind::Age,
        written: t[n].lower.clone(),
        day_precise: false,
    };
    small_integer(&t[i])?;
    // a 50-year-old; 67-year-old
    if t.get(i + 1).is_some_and(|h| h.lower == "-")
        && t.get(i + 2)
            .is_some_and(|y| y.lower == "year-old" || y.lower == "years-old")
    {
        return Some(age(i, i + 2, i));
    }
    // aged 80
    if i > 0 && t[i - 1].lower == "aged" {
        return Some(age(i, i, i));
    }
    // Tokayev, 67, · Tokayev (69)
    let after_name = |k: usize| s.mentions.iter().any(|m| m.last + 1 == k);
    let closes =
        |x: Option<&Token>, close: &[&str]| x.is_none_or(|x| close.contains(&x.lower.as_str()));
    if i >= 2
        && t[i - 1].lower == ","
        && after_name(i - 1)
        && closes(t.get(i + 1), &[",", ".", ";"])
    {
        return Some(age(i, i, i));
    }
    if i >= 2 && t[i - 1].lower == "(" && after_name(i - 1) && closes(t.get(i + 1), &[")"]) {
        return Some(age(i, i, i));
    }
    None
}

pub(super) fn quantity_at(text: &str, t: &[Token], i: usize) -> Option<Value> {
    // the hedge in front, longest first, then a currency sign
    let first = i;
    let mut core = i;
    if let Some(n) = HEDGES.iter().filter_map(|h| words_at(t, i, h.words)).max() {
        core = i + n;
    }
    if t.get(core)
        .is_some_and(|c| CURRENCY_SIGNS.contains(&c.lower.as_str()))
        && t.get(core + 1).is_some_and(|n| n.kind == TokenKind::Number)
    {
        core += 1;
    }
    let vague = VAGUE_QUANTITIES
        .iter()
        .filter_map(|(w, _, _)| words_at(t, core, w))
        .max();
    let mut last = match vague {
        // "dozens of people": the value is "dozens"
        Some(n) if n > 1 && t[core + n - 1].lower == "of" => core + n - 2,
        Some(n) => core + n - 1,
        None => {
            let c = t.get(core)?;
            let numeric = c.kind == TokenKind::Number || number_word(&c.lower);
            if !numeric || c.lower == "one" && core == i {
                return None; // "one" alone is more often a pronoun
            }
            core
        }
    };
    if vague.is_none() {
        // ranges: 53-54%
        if t.get(last + 1).is_some_and(|d| d.lower == "-")
            && t.get(last + 2).is_some_and(|n| n.kind == TokenKind::Number)
        {
            last += 2;
        }
        // scale, then unit
        if let Some(n) = SCALES
            .iter()
            .filter_map(|(w, _)| words_at(t, last + 1, w))
            .max()
        {
            last += n;
        }
        if let Some(n) = UNITS
            .iter()
            .filter_map(|(w, _)| words_at(t, last + 1, w))
            .max()
        {
            last += n;
        }
    }
    // "in several cities", "across 14 regions": a count of places, not of the claim
    if first > 0 && LOCATIVES.contains(&t[first - 1].lower.as_str()) {
        return None;
    }
    let written = span_text(text, t, first, last);
    let q = Quantity::parse(&written, None)?;
    let kind = if q.unit == "%" {
        ValueKind::Percent
    } else if CURRENCIES.contains(&q.unit.as_str()) {
        ValueKind::Money
    } else if q.unit == "years" {
        ValueKind::Duration
    } else {
        ValueKind::Count
    };
    Some(Value {
        first,
        last,
        kind,
        written,
        day_precise: false,
    })
}
