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
    /// A count after a preposition of place ("in at least seven provinces"): a count
    /// of places, which only the counted-noun frame reads.
    pub(super) of_places: bool,
}

/// Signs written before an amount of money.
pub(super) const CURRENCY_SIGNS: &[&str] = &["$", "€", "£"];

/// Prepositions of place: a count right after one counts places ("in several cities").
pub(super) const LOCATIVES: &[&str] = &["in", "across", "into", "throughout"];

/// Words hedges are made of, looked through for a preposition of place before them.
pub(super) const HEDGE_WORDS: &[&str] = &[
    "at", "least", "more", "than", "some", "about", "over", "nearly", "almost", "around", "up",
    "to", "most",
];

/// Words before a number that bound it as a hedge does, read before the hedges of the
/// claim parser's table (which holds most of them too) so that a date after a verb
/// ("passed two weeks ago") is the verb's date: they stay in the written value
/// ("passes 11,500", "not less than 2,950").
pub(super) const VERB_HEDGES: &[&str] = &[
    "passes",
    "passed",
    "past",
    "exceeded",
    "exceeds",
    "topped",
    "tops",
    "not less than",
    "not fewer than",
    "a little more than",
    "a little over",
    "as many as",
    "up to about",
    "may reach",
    "could reach",
    "perhaps",
    "possibly",
];

/// Parts of a day that, before "of" and a date, make one date phrase with it: "the
/// night of 6 February", "the early hours of Monday" (the value keeps the part of the
/// day: it says when within the day).
pub(super) const PARTS_OF_DAY: &[&str] =
    &["night", "morning", "evening", "afternoon", "early hours"];

/// Words after a time of day that say which clock it is read on ("04:17 local time").
pub(super) const CLOCK_WORDS: &[&str] = &["local time", "gmt", "utc"];

/// Units of time after a number: the value is a span of time ("44 days", "three
/// months", "the 44-day war", "a three-month state of emergency").
pub(super) const TIME_UNITS: &[&str] = &[
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "decade",
    "decades",
];

/// Currencies written as words after an amount; they stay in the written value ("100
/// billion liras"), also after the adjective of the country whose money it is ("50
/// billion Egyptian pounds", "1.5 trillion Pakistani rupees").
pub(super) const CURRENCY_WORDS: &[&str] = &[
    "lira",
    "liras",
    "rupees",
    "rupee",
    "roubles",
    "rubles",
    "rials",
    "rial",
    "drams",
    "dram",
    "manat",
    "soms",
    "sum",
    "yuan",
    "pesos",
    "peso",
    "dinars",
    "dinar",
    "leu",
    "lei",
    "hryvnias",
    "hryvnia",
    "pounds",
    "pound",
    "dollars",
    "dollar",
    "euros",
    "shillings",
    "shilling",
    "naira",
    "cedis",
    "cedi",
    "taka",
    "soles",
    "reais",
    "rupiah",
    "dirhams",
    "dirham",
    "francs",
    "riyals",
    "riyal",
    "tenge",
    "yen",
    "rand",
    "birr",
    "kwacha",
];

/// Currency codes and abbreviations written before an amount, capitalised in the
/// text ("Rs 1.5 trillion", "EGP 50 billion", "KSh 346 billion"): the value is money,
/// and the code stays in the written value.
pub(super) const CURRENCY_CODES: &[&str] = &[
    "rs", "pkr", "inr", "lkr", "npr", "egp", "kes", "ksh", "kshs", "ugx", "tzs", "ngn", "ghs",
    "zar", "bdt", "tk", "ars", "brl", "clp", "cop", "pen", "mxn", "try", "tl", "mad", "idr", "rp",
    "lbp", "iqd", "irr", "uzs", "amd", "mdl", "uah", "byn", "kgs", "cny", "rmb", "jpy", "chf",
    "cad", "aud", "sdr", "sdrs", "usd", "eur", "gbp", "kzt", "rub",
];

/// The tokens from `i` on that spell a currency code before a number ("Rs", "Rs.",
/// "EGP"): how many precede the number.
fn currency_code_at(t: &[Token], i: usize) -> Option<usize> {
    let c = t.get(i)?;
    if !(c.capital && CURRENCY_CODES.contains(&c.lower.as_str())) {
        return None;
    }
    let n = if t.get(i + 1).is_some_and(|x| x.lower == ".") {
        2
    } else {
        1
    };
    t.get(i + n)
        .is_some_and(|x| x.kind == TokenKind::Number)
        .then_some(n)
}

/// Currency words after the country's adjective ("Egyptian pounds"): how many tokens
/// from `i` on, if they spell one.
fn currency_words_at(t: &[Token], i: usize) -> Option<usize> {
    let w = t.get(i)?;
    if CURRENCY_WORDS.contains(&w.lower.as_str()) {
        return Some(1);
    }
    (w.capital
        && w.kind == TokenKind::Word
        && t.get(i + 1)
            .is_some_and(|c| CURRENCY_WORDS.contains(&c.lower.as_str())))
    .then_some(2)
}

/// Points of a percentage, kept in the written value: a change of a rate ("by 700
/// basis points", "two percentage points") is read as a share.
pub(super) const POINT_UNITS: &[&str] = &[
    "basis points",
    "basis point",
    "percentage points",
    "percentage point",
];

/// Other units of measure kept in the written value ("414 millimetres", "29,743 km²").
pub(super) const MEASURE_UNITS: &[&str] = &[
    "millimetres",
    "millimeters",
    "mm",
    "km²",
    "square kilometres",
    "square kilometers",
    "square miles",
    "hectares",
];

/// A hyphenated word made of a number word and a unit of time: "three-month",
/// "seven-year".
pub(super) fn word_duration(w: &str) -> bool {
    w.split_once('-')
        .is_some_and(|(n, u)| number_word(n) && TIME_UNITS.contains(&u))
}

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
            .chain(["last", "this", "previous", "yesterday", "aged", "us"])
            .chain(VERB_HEDGES.iter().map(|h| first(h)))
            .chain(PARTS_OF_DAY.iter().map(|p| first(p)))
            .collect()
    })
}

/// Signs that make the number right after them negative: a hyphen or a minus sign
/// written onto the number ("-0.75%"), or the word "minus" ("minus 0.1%").
pub(super) const MINUS_SIGNS: &[&str] = &["-", "\u{2212}", "minus"];

/// The tokens of a sign that makes the number at `k + n` negative ([`MINUS_SIGNS`]):
/// a mark written onto the number and apart from what stands before it (not the
/// hyphen of a range, "53-54%", nor a dash, "GMT - 52%"), or the word "minus".
fn sign_at(t: &[Token], k: usize) -> Option<usize> {
    let sign = t.get(k)?;
    let number = t.get(k + 1).filter(|n| n.kind == TokenKind::Number)?;
    if !MINUS_SIGNS.contains(&sign.lower.as_str()) {
        return None;
    }
    if sign.kind == TokenKind::Word {
        return Some(1);
    }
    let onto = sign.end == number.start;
    let apart = k == 0 || t[k - 1].end < sign.start || matches!(t[k - 1].lower.as_str(), "(" | ":");
    (onto && apart).then_some(1)
}

pub(super) fn could_start_value(t: &Token) -> bool {
    t.kind == TokenKind::Number
        || MINUS_SIGNS.contains(&t.lower.as_str())
        || (t.capital && CURRENCY_CODES.contains(&t.lower.as_str()))
        || CURRENCY_SIGNS.contains(&t.lower.as_str())
        || (t.lower.contains('-') && word_duration(&t.lower))
        || value_start_words().contains(t.lower.strip_possessive())
        || compound_number_word(&t.lower)
        || t.lower.starts_with("mid-")
}

pub(super) fn is_month(w: &str) -> bool {
    MONTHS.contains(&w.trim_end_matches('.'))
}

pub(super) fn is_weekday(w: &str) -> bool {
    WEEKDAYS.contains(&w.strip_possessive())
}

pub(super) fn year_token(t: &Token) -> bool {
    t.kind == TokenKind::Number
        && t.lower.len() == 4
        && t.lower
            .parse::<u32>()
            .is_ok_and(|y| (1800..=2100).contains(&y))
}

pub(super) fn number_word(w: &str) -> bool {
    crate::claim::number_word_value(w).is_some() || compound_number_word(w)
}

/// A number from 21 to 99 written as one hyphenated word, tens then units
/// ("thirty-nine", "Twenty-one"), lowercase.
pub(super) fn compound_number_word(w: &str) -> bool {
    let Some((tens, units)) = w.split_once('-') else {
        return false;
    };
    let value = |x: &str| crate::claim::number_word_value(x).map(|v| v as u32);
    matches!(value(tens), Some(20 | 30 | 40 | 50 | 60 | 70 | 80 | 90))
        && value(units).is_some_and(|u| (1..=9).contains(&u))
}

/// Numbers, vague quantities, dates and ages in a sentence, longest first where they
/// overlap.
pub(super) fn find_values(text: &str, s: &Sentence, published: Date) -> Vec<Value> {
    let t = &s.tokens;
    let mut out = Vec::new();
    let mut i = dateline_end(text, t);
    while i < t.len() {
        // a time of day (04:17, 07:05 GMT) is not a value, nor its parts
        if t[i].kind == TokenKind::Number
            && t.get(i + 1).is_some_and(|c| c.lower == ":")
            && t.get(i + 2)
                .is_some_and(|n| n.kind == TokenKind::Number && n.lower.len() == 2)
        {
            // "04:17 local time on Monday": a time with the day it falls on is the
            // date phrase of an event; a time alone (a live blog's clock) is nothing
            let mut k = i + 3;
            if let Some(n) = phrases!(CLOCK_WORDS.iter().copied()).longest_at(t, k) {
                k += n;
            }
            if t.get(k).is_some_and(|x| x.lower == "on")
                && let Some(d) = date_at(text, t, k + 1, published)
                && d.first == k + 1
                && !(i > 0 && reporting(t, i))
            {
                let next = d.last + 1;
                out.push(Value {
                    first: i,
                    written: span_text(text, t, i, d.last),
                    ..d
                });
                i = next;
                continue;
            }
            i += 3;
            continue;
        }
        if !could_start_value(&t[i]) {
            i += 1;
            continue;
        }
        if let Some(v) = date_at(text, t, i, published)
            .or_else(|| age_at(s, i))
            .or_else(|| quantity_at(text, t, i, published))
        {
            let v = joined_range(text, t, v, published);
            i = v.last + 1;
            out.push(v);
        } else {
            i += 1;
        }
    }
    out
}

/// A range given as one estimate is one value ("between 250,000 and 300,000",
/// "$2.9 billion to $3.5 billion"): a quantity after "between" joined by "and" to
/// another of its kind, or an amount of money joined by "to" to another amount (not
/// after "from" or "by": "from $2 billion to $3 billion" and "by $2 billion to $5 billion"
/// are changes).
fn joined_range(text: &str, t: &[Token], v: Value, published: Date) -> Value {
    if !matches!(
        v.kind,
        ValueKind::Count | ValueKind::Money | ValueKind::Percent
    ) {
        return v;
    }
    let before = |w: &str| v.first > 0 && t[v.first - 1].lower == w;
    let link = match t.get(v.last + 1).map(|x| x.lower.as_str()) {
        Some("and") if before("between") => v.first - 1,
        // "from $2bn to $3bn" and "by $2bn to $5bn" are changes, not ranges
        Some("to") if v.kind == ValueKind::Money && !before("from") && !before("by") => v.first,
        _ => return v,
    };
    // a sentence may stop on the link word ("estimated at $2 billion to")
    if v.last + 2 >= t.len() {
        return v;
    }
    match quantity_at(text, t, v.last + 2, published) {
        Some(w) if w.kind == v.kind && w.first == v.last + 2 => Value {
            first: link,
            last: w.last,
            written: span_text(text, t, link, w.last),
            ..v
        },
        _ => v,
    }
}

/// Where a dateline ends ("ANTAKYA, Feb 8 - "): its date dates the report, not a fact.
/// 0 when the sentence has none.
pub(super) fn dateline_end(text: &str, t: &[Token]) -> usize {
    let caps = t.first().is_some_and(|w| {
        let raw = &text[w.start..w.end];
        w.kind == TokenKind::Word
            && raw.chars().count() > 1
            && raw
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
    });
    if !caps || t.get(1).is_none_or(|c| c.lower != ",") {
        return 0;
    }
    t.iter()
        .take(8)
        .position(|x| matches!(x.lower.as_str(), "-" | "–" | "—"))
        .map_or(0, |p| p + 1)
}

pub(super) fn span_text(text: &str, t: &[Token], first: usize, last: usize) -> String {
    text[t[first].start..t[last].end].to_string()
}

/// A date found at a token after `i`, widened to start at `i` (a part of the day or a
/// weekday before it); none when the phrase follows a reporting verb.
fn widened(text: &str, t: &[Token], i: usize, inner: Value) -> Option<Value> {
    if i > 0 && reporting(t, i) {
        return None;
    }
    Some(Value {
        first: i,
        written: span_text(text, t, i, inner.last),
        ..inner
    })
}

/// A date phrase starting at token `i`; a part of the day right after a weekday goes
/// with it ("Monday afternoon", "Saturday night": the value keeps when within the day
/// it was, as "the night of 6 February" does).
pub(super) fn date_at(text: &str, t: &[Token], i: usize, published: Date) -> Option<Value> {
    let v = date_phrase_at(text, t, i, published)?;
    let part = t.get(v.last + 1).filter(|x| {
        PARTS_OF_DAY.contains(&x.lower.as_str()) && !x.capital && x.start > t[v.last].end
    });
    match part {
        Some(_) if v.first == v.last && is_weekday(&t[v.last].lower) && !possessive(&t[v.last]) => {
            Some(Value {
                last: v.last + 1,
                written: span_text(text, t, v.first, v.last + 1),
                ..v
            })
        }
        _ => Some(v),
    }
}

fn date_phrase_at(text: &str, t: &[Token], i: usize, published: Date) -> Option<Value> {
    let w = t[i].lower.as_str();
    // "the night of 6 February", "the early hours of Monday": the part of the day
    // goes with the date
    if let Some(n) = phrases!(PARTS_OF_DAY.iter().copied()).longest_at(t, i)
        && t.get(i + n).is_some_and(|x| x.lower == "of")
        && let Some(inner) = date_at(text, t, i + n + 1, published)
        && inner.first == i + n + 1
    {
        return widened(text, t, i, inner);
    }
    // "Sunday, 28 May", "Monday, February 6": a weekday before the day it names is
    // one date phrase with it
    if is_weekday(w)
        && !possessive(&t[i])
        && t.get(i + 1).is_some_and(|c| c.lower == ",")
        && let Some(inner) = t
            .get(i + 2)
            .filter(|d| d.kind == TokenKind::Number || is_month(&d.lower))
            .and_then(|_| date_at(text, t, i + 2, published))
        && inner.last > inner.first
        && inner.day_precise
    {
        return widened(text, t, i, inner);
    }
    let mut candidates: Vec<(usize, usize)> = Vec::new(); // (first, last)
    // 10 January 2021 · January 10, 2021 · January 2021
    if t[i].kind == TokenKind::Number
        && t.get(i + 1).is_some_and(|m| is_month(&m.lower))
        && t.get(i + 2).is_some_and(year_token)
    {
        candidates.push((i, i + 2));
    }
    // 20 June
    if t[i].kind == TokenKind::Number
        && t[i].lower.len() <= 2
        && t.get(i + 1)
            .is_some_and(|m| is_month(&m.lower) && m.capital)
    {
        candidates.push((i, i + 1));
    }
    // "2 of June", "28 of July 2024": the day, "of" and the month, as translated
    // text writes them
    if t[i].kind == TokenKind::Number
        && t[i].lower.len() <= 2
        && t.get(i + 1).is_some_and(|x| x.lower == "of")
        && t.get(i + 2)
            .is_some_and(|m| is_month(&m.lower) && m.capital)
    {
        candidates.push((i, i + 2));
        if t.get(i + 3).is_some_and(year_token) {
            candidates.push((i, i + 3));
        }
    }
    if is_month(w) {
        if t.get(i + 1)
            .is_some_and(|d| d.kind == TokenKind::Number && d.lower.len() <= 2)
        {
            // May 28
            if t[i].capital {
                candidates.push((i, i + 1));
            }
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
        // April this year, October last year
        if t[i].capital
            && t.get(i + 1)
                .is_some_and(|x| matches!(x.lower.as_str(), "this" | "last"))
            && t.get(i + 2).is_some_and(|x| x.lower == "year")
        {
            candidates.push((i, i + 2));
        }
        // a month alone, capitalised ("May" the month, not "may" the verb)
        if t[i].capital {
            candidates.push((i, i));
        }
    }
    // early 2019 · the first half of 2019 · mid-2019
    static PART_STARTS: std::sync::OnceLock<foldhash::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    let part_starts = PART_STARTS.get_or_init(|| {
        crate::date::PARTS_OF_YEAR
            .iter()
            .map(|(p, _, _)| p.split(' ').next().unwrap_or(p))
            .collect()
    });
    let parts: &[(&str, u32, u32)] = if part_starts.contains(w) {
        crate::date::PARTS_OF_YEAR
    } else {
        &[]
    };
    for &(part, _, _) in parts {
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
    let bare = |k: usize| t.get(k).map(|x| x.lower.strip_possessive());
    if matches!(w, "last" | "this" | "previous") && matches!(bare(i + 1), Some("year" | "month")) {
        candidates.push((i, i + 1));
    }
    if w == "last" && t.get(i + 1).is_some_and(|n| is_weekday(&n.lower)) {
        candidates.push((i, i + 1));
    }
    // last December · last December's · last week
    if matches!(w, "last" | "previous")
        && t.get(i + 1).is_some_and(|n| {
            (n.capital && is_month(n.lower.strip_possessive()))
                || n.lower.strip_possessive() == "week"
        })
    {
        candidates.push((i, i + 1));
    }
    // two weeks ago · three years ago
    if (t[i].kind == TokenKind::Number || number_word(w))
        && t.get(i + 1).is_some_and(|u| {
            matches!(
                u.lower.as_str(),
                "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years"
            )
        })
        && t.get(i + 2).is_some_and(|x| x.lower == "ago")
    {
        candidates.push((i, i + 2));
    }
    if w == "yesterday" || is_weekday(w) {
        candidates.push((i, i));
    }
    let (first, last) = candidates.into_iter().max_by_key(|(f, l)| l - f)?;
    if first > 0 && reporting(t, first) {
        return None;
    }
    let written = span_text(text, t, first, last);
    let clean = written.strip_possessive().to_string();
    // "2 of June" reads as "2 June"
    let reading =
        if last > first && t[first].kind == TokenKind::Number && t[first + 1].lower == "of" {
            clean.replacen(" of ", " ", 1)
        } else {
            clean.clone()
        };
    // "20 June", "May 28": the latest such day up to publication, as news uses it;
    // "April this year" reads as its month
    let d = parse_date(&reading, published)
        .or_else(|| {
            let (m, rest) = reading.split_once(' ')?;
            let year = match rest.to_lowercase().as_str() {
                "this year" => published.year(),
                "last year" => published.year() - 1,
                _ => return None,
            };
            parse_date(&format!("{m} {year}"), published)
        })
        .or_else(|| {
            let (a, b) = reading.split_once(' ')?;
            let (day, month) = if is_month(&a.to_lowercase()) {
                (b, a)
            } else {
                (a, b)
            };
            if day.len() > 2 || !day.bytes().all(|c| c.is_ascii_digit()) || month.contains(' ') {
                return None;
            }
            let (py, pm, pd) = published.ymd();
            let m = MONTHS
                .iter()
                .position(|x| *x == month.to_lowercase().trim_end_matches('.'))?
                as u32
                + 1;
            let dn: u32 = day.parse().ok()?;
            let year = if (m, dn) <= (pm, pd) { py } else { py - 1 };
            parse_date(&format!("{dn} {month} {year}"), published)
        })?;
    Some(Value {
        first,
        last,
        kind: ValueKind::Date,
        written: clean,
        day_precise: matches!(d.granularity, Granularity::Day | Granularity::Month),
        of_places: false,
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

/// A person's age at token `i`, read through [`AGE_FRAME`]: the number alone is the
/// value ("a 46-year-old" → "46", "of 73 years" → "73").
pub(super) fn age_at(s: &Sentence, i: usize) -> Option<Value> {
    let t = &s.tokens;
    let f = &AGE_FRAME;
    let age = |last: usize| Value {
        first: i,
        last,
        kind: ValueKind::Age,
        written: t[i].lower.to_string(),
        day_precise: false,
        of_places: false,
    };
    small_integer(&t[i])?;
    // "a 50-year-old", "77 years old"
    if let Some(n) = f.after.iter().find_map(|p| words_at(t, i + 1, p)) {
        return Some(age(i + n));
    }
    let ends_before = |p: &str, at: usize| {
        let n = p.split(' ').count();
        at >= n && words_at(t, at - n, p) == Some(n)
    };
    // the words an age may end with before what follows it: "71 years,"
    let tail = f
        .apposition_tails
        .iter()
        .find_map(|p| words_at(t, i + 1, p))
        .unwrap_or(0);
    let closes = |k: usize| {
        t.get(k)
            .is_none_or(|x| f.closes.contains(&x.lower.as_str()))
    };
    // "aged 80", "at the age of 22", "who turned 77": not a count with its unit
    // ("who is 5 points ahead")
    let free = |k: usize| {
        t.get(k).is_none_or(|x| {
            let w = x.lower.as_str();
            w != "%"
                && !(x.kind == TokenKind::Word
                    && (SCALES.iter().any(|(s, _)| *s == w)
                        || UNITS.iter().any(|(u, _)| *u == w)
                        || w == "points"))
        })
    };
    if f.before.iter().any(|p| ends_before(p, i)) && (tail > 0 || free(i + 1)) {
        return Some(age(i + tail));
    }
    // "Tokayev, 67,", "Tokayev (69)", "Barnier, of 73 years,": an apposition to a name
    let after_name = |k: usize| s.mentions.iter().any(|m| m.last + 1 == k);
    let open = f
        .apposition_opens
        .iter()
        .find(|p| ends_before(p, i))
        .map_or(i, |p| i - p.split(' ').count());
    if open >= 2 && after_name(open - 1) && closes(i + 1 + tail) {
        let bracket = t[open - 1].lower.as_str();
        let closer = t.get(i + 1 + tail).map(|x| x.lower.as_str());
        let fits = match bracket {
            "," => closer != Some(")"),
            "(" => closer == Some(")"),
            _ => false,
        };
        if fits {
            return Some(age(i + tail));
        }
    }
    None
}

pub(super) fn quantity_at(text: &str, t: &[Token], i: usize, published: Date) -> Option<Value> {
    // "three-month", "seven-year": one word
    if word_duration(&t[i].lower) {
        return Some(Value {
            first: i,
            last: i,
            kind: ValueKind::Duration,
            written: span_text(text, t, i, i),
            day_precise: false,
            of_places: false,
        });
    }
    // a quantity holds a number, a number word or a vague quantity within its first
    // few words: most words that may open one ("about", "over", "some") do not
    static NUMERIC_WORDS: std::sync::OnceLock<foldhash::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    let numeric_words = NUMERIC_WORDS.get_or_init(|| {
        VAGUE_QUANTITIES
            .iter()
            .map(|(w, _, _)| w.split(' ').next().unwrap_or(w))
            .chain(NUMBER_WORDS.iter().map(|(w, _)| *w))
            .collect()
    });
    let numeric_ahead = t[i..t.len().min(i + 6)].iter().any(|x| {
        x.kind == TokenKind::Number
            || numeric_words.contains(x.lower.as_str())
            || compound_number_word(&x.lower)
    });
    if !numeric_ahead {
        return None;
    }
    // a verb or phrase that bounds the number, then the hedge the parser reads, then a
    // currency sign
    let first = i;
    let mut core = i;
    if let Some(n) = phrases!(VERB_HEDGES.iter().copied()).longest_at(t, core) {
        // "the first round, passed two weeks ago": a date after the verb is the verb's
        // date, not a bounded number (a bare number stays a number: "passed 1500")
        let dated = t.get(core + n).is_some()
            && date_at(text, t, core + n, published).is_some_and(|d| {
                d.first == core + n && (d.last > d.first || t[d.first].kind != TokenKind::Number)
            });
        if dated {
            return None;
        }
        core += n;
    }
    let parsed_from = core;
    if let Some(n) = phrases!(HEDGES.iter().map(|h| h.words)).longest_at(t, core) {
        core += n;
    }
    // "-0.75%", "minus 0.1%": a negative number keeps its sign
    if let Some(n) = sign_at(t, core) {
        core += n;
    } else if core == i && MINUS_SIGNS.contains(&t[i].lower.as_str()) {
        return None;
    }
    // US$71.4 million: read from the sign
    let mut parsed_from = parsed_from;
    if t.get(core).is_some_and(|c| c.lower == "us")
        && t.get(core + 1).is_some_and(|c| c.lower == "$")
    {
        core += 1;
        parsed_from = core;
    }
    if t.get(core)
        .is_some_and(|c| CURRENCY_SIGNS.contains(&c.lower.as_str()))
        && t.get(core + 1).is_some_and(|n| n.kind == TokenKind::Number)
    {
        core += 1;
    }
    // "Rs 1.5 trillion", "EGP 50 billion": a code before the number makes it money
    let coded = currency_code_at(t, core).inspect(|n| {
        core += n;
        parsed_from = core;
    });
    let vague = phrases!(VAGUE_QUANTITIES.iter().map(|(w, _, _)| *w)).longest_at(t, core);
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
    let mut kind = None;
    if vague.is_none() {
        // ranges: 53-54%, 18,000 to 20,000
        let from_to = first > 0 && t[first - 1].lower == "from";
        if t.get(last + 1)
            .is_some_and(|d| d.lower == "-" || (d.lower == "to" && !from_to))
            && t.get(last + 2).is_some_and(|n| n.kind == TokenKind::Number)
            && t[last].kind == TokenKind::Number
        {
            last += 2;
        }
        // scale, then unit
        if let Some(n) = phrases!(SCALES.iter().map(|(w, _)| *w)).longest_at(t, last + 1) {
            last += n;
        }
        // 44-day, 7-percent, 107-seat
        if t.get(last + 1).is_some_and(|d| d.lower == "-")
            && let Some(u) = t.get(last + 2)
        {
            if TIME_UNITS.contains(&u.lower.as_str()) {
                last += 2;
                kind = Some(ValueKind::Duration);
            } else if matches!(u.lower.as_str(), "percent" | "per") {
                last += 2;
                kind = Some(ValueKind::Percent);
            }
        }
        // a currency's name is money ("100 million yuan"), before the unit table,
        // which names currencies too, takes it as a unit of no kind
        if kind.is_none()
            && let Some(n) = currency_words_at(t, last + 1)
        {
            last += n;
            kind = Some(ValueKind::Money);
        }
        // (points of a percentage are left to POINT_UNITS below, which reads a rate's
        // move "by 700 basis points" as a share)
        if kind.is_none()
            && let Some(n) = phrases!(UNITS.iter().filter(|(_, u)| *u != "bp").map(|(w, _)| *w))
                .longest_at(t, last + 1)
        {
            last += n;
        }
        // "from five to seven years": the first number is a span of time too
        if kind.is_none()
            && t.get(last + 1).is_some_and(|x| x.lower == "to")
            && t.get(last + 2)
                .is_some_and(|n| n.kind == TokenKind::Number || number_word(&n.lower))
            && t.get(last + 3)
                .is_some_and(|u| TIME_UNITS.contains(&u.lower.as_str()))
        {
            kind = Some(ValueKind::Duration);
        }
        if kind.is_none()
            && let Some(u) = t.get(last + 1)
        {
            let u = u.lower.as_str();
            if TIME_UNITS.contains(&u) {
                last += 1;
                kind = Some(ValueKind::Duration);
            } else if let Some(n) = phrases!(POINT_UNITS.iter().copied()).longest_at(t, last + 1) {
                last += n;
                kind = Some(ValueKind::Percent);
            } else if let Some(n) = currency_words_at(t, last + 1) {
                last += n;
                kind = Some(ValueKind::Money);
            } else if let Some(n) = phrases!(MEASURE_UNITS.iter().copied()).longest_at(t, last + 1)
            {
                last += n;
                kind = Some(ValueKind::Count);
            }
        }
    }
    // a hedge after the figure stays in the value: "$195 billion or more", "40,000-plus"
    let hyphen = usize::from(t.get(last + 1).is_some_and(|d| d.lower == "-"));
    if let Some(n) =
        phrases!(TRAILING_HEDGES.iter().map(|h| h.words)).longest_at(t, last + 1 + hyphen)
    {
        last += hyphen + n;
    }
    if coded.is_some() && kind.is_none() {
        kind = Some(ValueKind::Money);
    }
    // "in several cities", "across 14 regions", "in at least seven provinces": a
    // count of places, not of the claim
    let mut k = first;
    while k > 0 && HEDGE_WORDS.contains(&t[k - 1].lower.as_str()) {
        k -= 1;
    }
    let of_places = k > 0 && LOCATIVES.contains(&t[k - 1].lower.as_str());
    let written = span_text(text, t, first, last);
    let kind = match kind {
        Some(k) => {
            // the number itself must read
            Quantity::parse(&span_text(text, t, parsed_from, core), None)?;
            k
        }
        None => {
            let q = Quantity::parse(&span_text(text, t, parsed_from, last), None)?;
            if q.unit == "%" {
                ValueKind::Percent
            } else if crate::claim::is_currency(&q.unit) {
                ValueKind::Money
            } else if q.unit == "years" {
                ValueKind::Duration
            } else {
                ValueKind::Count
            }
        }
    };
    Some(Value {
        first,
        last,
        kind,
        written,
        day_precise: false,
        of_places,
    })
}
