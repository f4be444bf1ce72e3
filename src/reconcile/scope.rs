//! Scopes identified, not compared as strings: the event a claim belongs to, the date
//! it holds at and the region it covers, each read into a key, so that "2016
//! parliamentary elections" and "the 2016 legislative election" are one scope.
//!
//! - **event**: a year or a date, a kind from [`EVENT_KINDS`] (plurals and synonyms
//!   included: legislative, Mazhilis, Duma … are parliamentary), a round (first,
//!   second, run-off) and a place when one is stated. Words of [`EVENT_MODIFIERS`]
//!   (snap, early, constitutional …) change nothing. A value with no year or no kind
//!   stays as written (folded). Events that share year, kind and round but state
//!   different months, days or places are kept apart ("Bolivia" and "Bolivian" are one
//!   place); one that states none of these joins the one event of its year, kind and
//!   round when there is one, and otherwise joins, subject by subject, the one placed
//!   event the subject's other claims of the fact name (`grouping`).
//! - **as_of** (and other date-valued keys of [`DATE_SCOPE_KEYS`], which are read as
//!   `as_of`): read as a date with its granularity ("2015", "as of 2015", "2015
//!   census", "FY2015", "year to March 2015" → 2015; "March 2021", "2021-03", "31 March 2021" → 2021-03;
//!   "Q1 2021" → 2021-q1). A year alone joins the one month or quarter the claim set
//!   states for that year ("2015" and "1 January 2015" are one figure, dated
//!   differently), and stays the year when the set states several: a monthly
//!   statistic of March is not December's.
//! - **region**: resolved as a name, through the registry, and clustered with the
//!   other region names otherwise, after dropping the generic words of
//!   [`REGION_WORDS`] (Region, Oblast, oblysy …).
//! - anything else: folded, as before.

use foldhash::HashMap;
use indexmap::IndexMap;
use smol_str::SmolStr;

use crate::claim::qualifier;
use crate::date::{Date, MONTHS};
use crate::entity::{Registry, Resolution};
use crate::names::{NameKey, NameMatcher, cluster_parsed};
use crate::normalize::fold;
use crate::store::Stored;

use super::subjects::Joined;

/// The kinds of event, one documented table: (word, kind). Plurals are read as the
/// word ("elections", "referendums").
pub const EVENT_KINDS: &[(&str, &str)] = &[
    ("parliamentary", "parliamentary"),
    ("parliament", "parliamentary"),
    ("legislative", "parliamentary"),
    ("lower-house", "parliamentary"),
    ("mazhilis", "parliamentary"),
    ("majilis", "parliamentary"),
    ("majlis", "parliamentary"),
    ("mejlis", "parliamentary"),
    ("duma", "parliamentary"),
    ("rada", "parliamentary"),
    ("sejm", "parliamentary"),
    ("kenesh", "parliamentary"),
    ("milli", "parliamentary"),
    ("presidential", "presidential"),
    ("president", "presidential"),
    ("referendum", "referendum"),
    ("referenda", "referendum"),
    ("plebiscite", "referendum"),
    ("local", "local"),
    ("municipal", "local"),
    ("mayoral", "local"),
    ("maslikhat", "local"),
    ("council", "local"),
    ("rally", "rally"),
    ("protest", "rally"),
    ("demonstration", "rally"),
    // Russian and Kazakh, as feeds built from Russian-language sources name events
    ("президентские", "presidential"),
    ("президентских", "presidential"),
    ("президента", "presidential"),
    ("президенттік", "presidential"),
    ("парламентские", "parliamentary"),
    ("парламентских", "parliamentary"),
    ("парламенттік", "parliamentary"),
    ("мажилис", "parliamentary"),
    ("мажилиса", "parliamentary"),
    ("дума", "parliamentary"),
    ("думу", "parliamentary"),
    ("думы", "parliamentary"),
    ("референдум", "referendum"),
    ("референдума", "referendum"),
    ("референдуме", "referendum"),
    ("местные", "local"),
    ("местных", "local"),
    ("маслихат", "local"),
    ("маслихатов", "local"),
    // other languages of the press, as feeds built from their sources name events:
    // Spanish and Portuguese, French, Italian, German, Polish, Romanian, Czech
    ("legislativas", "parliamentary"),
    ("legislativa", "parliamentary"),
    ("parlamentarias", "parliamentary"),
    ("parlamentares", "parliamentary"),
    ("presidenciales", "presidential"),
    ("presidencial", "presidential"),
    ("presidenciais", "presidential"),
    ("municipales", "local"),
    ("municipais", "local"),
    ("referéndum", "referendum"),
    ("plebiscito", "referendum"),
    ("législatives", "parliamentary"),
    ("législative", "parliamentary"),
    ("présidentielle", "presidential"),
    ("présidentielles", "presidential"),
    ("référendum", "referendum"),
    ("presidenziali", "presidential"),
    ("bundestagswahl", "parliamentary"),
    ("parlamentswahl", "parliamentary"),
    ("parlamentswahlen", "parliamentary"),
    ("nationalratswahl", "parliamentary"),
    ("präsidentschaftswahl", "presidential"),
    ("präsidentenwahl", "presidential"),
    ("kommunalwahl", "local"),
    ("kommunalwahlen", "local"),
    ("volksabstimmung", "referendum"),
    ("volksentscheid", "referendum"),
    ("parlamentarne", "parliamentary"),
    ("prezydenckie", "presidential"),
    ("samorządowe", "local"),
    ("parlamentare", "parliamentary"),
    ("prezidențiale", "presidential"),
    ("prezidentiale", "presidential"),
    ("parlamentní", "parliamentary"),
    ("prezidentské", "presidential"),
];

/// The word "election" in the languages of [`EVENT_KINDS`]: an event of
/// [`ELECTION_ONLY_KINDS`] needs one of them beside it ("elecciones generales").
pub const ELECTION_WORDS: &[&str] = &[
    "election",
    "elections",
    "elecciones",
    "elección",
    "eleccion",
    "comicios",
    "élection",
    "élections",
    "eleições",
    "eleição",
    "elezioni",
    "wybory",
    "wahl",
    "wahlen",
    "alegeri",
    "alegerile",
    "volby",
];

/// Words that qualify an event without making it another one: a snap election is
/// still that year's election of its kind.
pub const EVENT_MODIFIERS: &[&str] = &[
    "snap",
    "early",
    "extraordinary",
    "special",
    "constitutional",
    "national",
    "nationwide",
    "general",
    "regular",
    "election",
    "vote",
    "voting",
    "poll",
    "polls",
    "ballot",
    "house",
    "lower",
    "round",
    "the",
    "of",
    "to",
    "on",
    "in",
    "for",
    "a",
    "and",
    "выборы",
    "выборов",
    "выборах",
    "досрочные",
    "досрочных",
    "внеочередные",
    "внеочередных",
    "в",
    "сайлау",
    // the other languages of EVENT_KINDS: articles, prepositions, snap, round
    "de",
    "del",
    "la",
    "las",
    "los",
    "el",
    "des",
    "du",
    "le",
    "les",
    "da",
    "do",
    "dos",
    "das",
    "der",
    "die",
    "anticipadas",
    "anticipada",
    "antecipadas",
    "anticipées",
    "anticipée",
    "vorgezogene",
    "przedterminowe",
    "vuelta",
    "tour",
    "turno",
    "tur",
    "tura",
    "сайлауы",
    "кезектен",
];

/// Round words: (word, round).
/// Words that name a kind of election only beside the word "election" ("the 2019
/// general election"; a general strike is no election), one documented table: (word,
/// kind).
pub const ELECTION_ONLY_KINDS: &[(&str, &str)] = &[
    ("general", "parliamentary"),
    ("federal", "parliamentary"),
    ("congressional", "parliamentary"),
    ("generales", "parliamentary"),
    ("générales", "parliamentary"),
    ("gerais", "parliamentary"),
];

/// Countries' codes and short forms as event names and region qualifiers write them,
/// with the name the gazetteer gives (the U.S., the UK, the UAE): compared as places,
/// never read as countries in running text, where "us" is a pronoun.
pub const COUNTRY_CODES: &[(&str, &str)] = &[
    ("us", "united states"),
    ("usa", "united states"),
    ("uk", "united kingdom"),
    ("uae", "united arab emirates"),
    ("drc", "democratic republic of the congo"),
    ("prc", "china"),
];

const ROUNDS: &[(&str, u8)] = &[
    ("first", 1),
    ("1st", 1),
    ("second", 2),
    ("2nd", 2),
    ("runoff", 2),
    ("run-off", 2),
    ("primera", 1),
    ("segunda", 2),
    ("premier", 1),
    ("première", 1),
    ("primeiro", 1),
    ("segundo", 2),
    ("ballotage", 2),
    ("balotaje", 2),
    ("stichwahl", 2),
];

/// Scope keys whose values are dates: read into a year.
/// Any of them is read as `as_of` ("year": "2015" and "as_of": "2015 census" are one
/// scope) when its value reads as a year.
pub const DATE_SCOPE_KEYS: &[&str] = &[
    qualifier::AS_OF,
    "date",
    "year",
    "as of",
    "as_at",
    "reference_date",
    "reference_year",
    "point_in_time",
    "point in time",
    "asof",
    "as-of",
    "as_of_date",
    "reference_period",
    "reference period",
    "period",
    "census_year",
    "fiscal_year",
    "fiscal year",
    "fy",
];

/// The period a qualifier of one of [`DATE_SCOPE_KEYS`] dates its value to, when its
/// value reads as one: such a qualifier is keyed as `as_of` (a year, a date, a
/// reference date each date the value).
fn dated_as_of(key: &str, value: &str) -> Option<AsOf> {
    DATE_SCOPE_KEYS
        .contains(&key)
        .then(|| as_of_period(value))
        .flatten()
}

/// The period an `as_of` value names: a year, and within it a month (1 to 12) or a
/// quarter (`QUARTER_BASE` + 1 to 4), or 0 when it names only the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct AsOf {
    year: i32,
    within: u32,
}

/// Where quarters start among [`AsOf::within`]'s values, past the months.
const QUARTER_BASE: u32 = 20;

impl AsOf {
    fn write(self, within: u32) -> String {
        match within {
            0 => self.year.to_string(),
            q if q > QUARTER_BASE => format!("{}-q{}", self.year, q - QUARTER_BASE),
            m => format!("{}-{m:02}", self.year),
        }
    }
}

/// Generic words of region names, dropped before the name is resolved.
pub const REGION_WORDS: &[&str] = &[
    "region",
    "oblast",
    "oblys",
    "oblysy",
    "province",
    "district",
    "raion",
    "rayon",
    "audany",
    "the",
    "of",
    "krai",
    "kray",
    "viloyati",
    "viloyat",
    "marz",
    "mkhare",
    "governorate",
    "muhafazat",
    "muhafazah",
    "wilayah",
    "provincia",
    "departamento",
    "département",
    "región",
    "région",
    "prefecture",
    "changwat",
    "voivodeship",
    "de",
    "del",
];

/// An event read from its parts.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct EventKey {
    year: i32,
    kind: &'static str,
    round: u8,
    month: u32,
    day: u32,
    place: String,
}

impl EventKey {
    /// The parts that tell events of one year, kind and round apart.
    fn fine(&self) -> (u32, u32, &str) {
        (self.month, self.day, &self.place)
    }

    fn coarse(&self) -> (i32, &'static str, u8) {
        (self.year, self.kind, self.round)
    }

    fn write(&self, month: u32, day: u32, place: &str) -> String {
        let mut out = format!("{}-{}", self.year, self.kind);
        if self.round > 0 {
            out.push_str(&format!("-r{}", self.round));
        }
        if month > 0 {
            out.push_str(&format!("-{month:02}"));
        }
        if day > 0 {
            out.push_str(&format!("-{day:02}"));
        }
        if !place.is_empty() {
            out.push('-');
            out.push_str(place);
        }
        out
    }
}

fn month_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() >= 3 && m.starts_with(w)))
        .map(|i| i as u32 + 1)
}

fn year_of(word: &str) -> Option<i32> {
    let w = word.strip_prefix("fy").unwrap_or(word);
    let y: i32 = w.parse().ok()?;
    (w.len() == 4 && (1800..=2199).contains(&y)).then_some(y)
}

/// A numeric date in one token: 2019-03-12 or 12.03.2019.
fn numeric_date(token: &str) -> Option<(i32, u32, u32)> {
    let parts: Vec<&str> = token.split(['-', '.', '/']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let (y, m, d) = if a.len() == 4 {
        (a, b, c)
    } else if c.len() == 4 {
        (c, b, a)
    } else {
        return None;
    };
    let (y, m, d): (i32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    Date::from_ymd(y, m, d).map(|_| (y, m, d))
}

/// The scope key of an election's round, read as its number ("2", "2nd", "second
/// round", "run-off" are one round).
const ROUND_KEY: &str = "round";

/// The round a `round` qualifier names: a number, or a word of [`ROUNDS`].
fn round_of(text: &str) -> Option<u8> {
    let lower = text.to_lowercase().replace("run-off", "runoff");
    let mut found = None;
    for t in lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
    {
        let r = match ROUNDS.iter().find(|(w, _)| *w == t) {
            Some(&(_, r)) => Some(r),
            None => t.parse::<u8>().ok().filter(|r| (1..=9).contains(r)),
        };
        if let Some(r) = r {
            if found.is_some_and(|old| old != r) {
                return None;
            }
            found = Some(r);
        } else if t != "round" && t != "tour" && t != "the" {
            return None;
        }
    }
    found
}

/// Dotted initials written without their points: "u.s." is "us", "u.k." is "uk"
/// (a point between two single letters, and one after the last of them).
fn undotted(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        // a point after a letter that stands alone (at the start, or after a space or
        // another point)
        let after_initial = c == '.'
            && i > 0
            && chars[i - 1].is_alphabetic()
            && (i == 1 || !chars[i - 2].is_alphanumeric());
        if !after_initial {
            out.push(c);
        }
    }
    out
}

/// Reads an event's parts; `None` when it has no year or no kind.
fn event_key(text: &str) -> Option<EventKey> {
    let lower = undotted(&text.to_lowercase())
        .replace("run-off", "runoff")
        .replace("lower-house", "parliamentary")
        .replace("lower house", "parliamentary");
    let cleaned: String = lower
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '.' | '/') {
                c
            } else {
                ' '
            }
        })
        .collect();
    let (mut year, mut kind, mut round, mut month, mut day) = (None, None, 0u8, 0u32, 0u32);
    let mut place: Vec<String> = Vec::new();
    let mut pending_day: Option<u32> = None;
    let mut tokens: Vec<String> = Vec::new();
    for raw in cleaned.split_whitespace() {
        if let Some((y, m, d)) = numeric_date(raw) {
            year = Some(y);
            month = m;
            day = d;
            continue;
        }
        tokens.extend(
            raw.split(['-', '.', '/'])
                .filter(|t| !t.is_empty())
                .map(str::to_string),
        );
    }
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i].as_str();
        i += 1;
        if let Some(y) = year_of(t) {
            if year.is_some_and(|old| old != y) {
                return None;
            }
            year = Some(y);
            if let Some(d) = pending_day.take()
                && month > 0
            {
                day = d;
            }
            continue;
        }
        if let Some(&(_, r)) = ROUNDS.iter().find(|(w, _)| *w == t) {
            round = r;
            continue;
        }
        if t == "round"
            && let Some(n) = tokens.get(i).and_then(|n| n.parse::<u8>().ok())
        {
            round = n;
            i += 1;
            continue;
        }
        let singular = t.strip_suffix('s').filter(|s| s.len() >= 4).unwrap_or(t);
        let election_kind = || {
            ELECTION_ONLY_KINDS
                .iter()
                .find(|(w, _)| *w == t)
                .filter(|_| tokens.iter().any(|x| ELECTION_WORDS.contains(&x.as_str())))
        };
        if let Some(&(_, k)) = EVENT_KINDS
            .iter()
            .find(|(w, _)| *w == t || *w == singular)
            .or_else(election_kind)
        {
            if kind.is_some_and(|old| old != k) {
                return None;
            }
            kind = Some(k);
            continue;
        }
        if let Some(m) = month_of(t) {
            month = m;
            if let Some(d) = pending_day.take() {
                day = d;
            }
            continue;
        }
        let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        if !digits.is_empty()
            && let Ok(d) = digits.parse::<u32>()
            && (1..=31).contains(&d)
        {
            if month > 0 && day == 0 {
                day = d;
            } else {
                pending_day = Some(d);
            }
            continue;
        }
        if EVENT_MODIFIERS.contains(&t)
            || EVENT_MODIFIERS.contains(&singular)
            || ELECTION_WORDS.contains(&t)
        {
            continue;
        }
        place.push(fold(t));
    }
    Some(EventKey {
        year: year?,
        kind: kind?,
        round,
        month,
        day,
        place: place.join(" "),
    })
}

/// The year an `as_of` value names, when it names exactly one.
#[cfg(test)]
fn as_of_year(text: &str) -> Option<i32> {
    as_of_period(text).map(|p| p.year)
}

/// A year and month in one token: 2021-03, 2021/03, 03/2021, 03.2021.
fn numeric_month(token: &str) -> Option<(i32, u32)> {
    let (a, b) = token.split_once(['-', '/', '.'])?;
    let (y, m) = match (a.len(), b.len()) {
        (4, 1 | 2) => (a, b),
        (1 | 2, 4) => (b, a),
        _ => return None,
    };
    let m: u32 = m.parse().ok().filter(|m| (1..=12).contains(m))?;
    Some((year_of(y)?, m))
}

/// The period an `as_of` value names, when it names exactly one year (and at most one
/// month or quarter in it).
/// A fiscal year written across the two calendar years it spans ("FY2016/17",
/// "2016/17", "2016-2017", "fiscal year 2016/2017") or by the last two digits of the
/// one it ends in ("FY17"): read as the year it ends in, as budgets and accounts name
/// it. "2011-12" is December 2011 unless a fiscal word ("FY", "fiscal", "financial")
/// is written beside it. A twelve-month year named by the month it ends in ("year to
/// March 2023", "year ended 30 June 2016", "the year ending June 2016") is that
/// fiscal year too, not the month.
fn fiscal_year(lower: &str) -> Option<i32> {
    if let Some(year) = year_to_month(lower) {
        return Some(year);
    }
    let fiscal_word = ["fy", "fiscal", "financial"]
        .iter()
        .any(|w| lower.contains(w));
    let joined = lower
        .replace('\u{2013}', "-")
        .replace(" - ", "-")
        .replace(" / ", "/");
    for raw in joined.split(|c: char| !c.is_alphanumeric() && !matches!(c, '-' | '/')) {
        let (fy, token) = match raw.strip_prefix("fy") {
            Some(rest) => (true, rest),
            None => (false, raw),
        };
        if let Some((a, b)) = token.split_once(['/', '-']) {
            let Some(first) = year_of(a) else {
                continue;
            };
            let second = match b.len() {
                2 => {
                    let d: i32 = b.parse().ok()?;
                    let y = first / 100 * 100 + d;
                    if y < first { y + 100 } else { y }
                }
                4 => year_of(b)?,
                _ => continue,
            };
            let month_like = b.len() == 2
                && token.contains('-')
                && b.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m));
            if second == first + 1 && (!month_like || fiscal_word) {
                return Some(second);
            }
        } else if fy && token.len() == 2 {
            let d: i32 = token.parse().ok()?;
            return Some(if d <= 69 { 2000 + d } else { 1900 + d });
        }
    }
    None
}

/// The year of "year to March 2023", "year ended 30 June 2016", "year ending June
/// 2016": a year, a word that says it ends, then a month (a day may stand beside it)
/// and the year it ends in.
fn year_to_month(lower: &str) -> Option<i32> {
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let at = words.windows(2).position(|w| {
        w[0] == "year" && matches!(w[1], "to" | "ended" | "ending" | "ends" | "through")
    })?;
    let mut month = false;
    for w in &words[at + 2..] {
        if month_of(w).is_some_and(|_| w.len() >= 3) {
            month = true;
        } else if let Some(y) = year_of(w) {
            return month.then_some(y);
        } else if !w.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d)) {
            return None;
        }
    }
    None
}

fn as_of_period(text: &str) -> Option<AsOf> {
    let lower = text.to_lowercase();
    if let Some(year) = fiscal_year(&lower) {
        return Some(AsOf { year, within: 0 });
    }
    let mut year: Option<i32> = None;
    let mut within = 0;
    let mut note = |y: Option<i32>, w: u32| -> Option<()> {
        if let Some(y) = y {
            if year.is_some_and(|old| old != y) {
                return None;
            }
            year = Some(y);
        }
        if w > 0 {
            if within > 0 && within != w {
                return None;
            }
            within = w;
        }
        Some(())
    };
    for raw in lower.split(|c: char| !c.is_alphanumeric() && !matches!(c, '-' | '.' | '/')) {
        if let Some((y, m, _)) = numeric_date(raw) {
            note(Some(y), m)?;
            continue;
        }
        if let Some((y, m)) = numeric_month(raw) {
            note(Some(y), m)?;
            continue;
        }
        for t in raw.split(['-', '.', '/']).filter(|t| !t.is_empty()) {
            // 2020q3, as statistics offices key quarters
            if let Some((y, q)) = t.split_once('q')
                && let (Some(y), Ok(q @ 1..=4)) = (year_of(y), q.parse::<u32>())
            {
                note(Some(y), QUARTER_BASE + q)?;
            } else if let Some(y) = year_of(t) {
                note(Some(y), 0)?;
            } else if let Some(m) = month_of(t).filter(|_| t.len() >= 3) {
                note(None, m)?;
            } else if let Some(q) = t
                .strip_prefix('q')
                .and_then(|q| q.parse::<u32>().ok())
                .filter(|q| (1..=4).contains(q))
            {
                note(None, QUARTER_BASE + q)?;
            }
        }
    }
    year.map(|year| AsOf { year, within })
}

/// Each `as_of` value's key: its period, where a year alone takes the one month or
/// quarter that the values of its year state, when they state exactly one.
fn canonical_as_of(values: &IndexMap<String, Option<AsOf>>) -> HashMap<String, String> {
    let mut stated: IndexMap<i32, Vec<u32>> = IndexMap::new();
    for p in values.values().flatten() {
        let periods = stated.entry(p.year).or_default();
        if p.within > 0 && !periods.contains(&p.within) {
            periods.push(p.within);
        }
    }
    values
        .iter()
        .filter_map(|(written, p)| {
            let p = (*p)?;
            let within = match stated[&p.year].as_slice() {
                [only] if p.within == 0 => *only,
                _ => p.within,
            };
            Some((written.clone(), p.write(within)))
        })
        .collect()
}

/// A region name without its generic words.
fn region_core(text: &str) -> String {
    let kept: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty() && !REGION_WORDS.contains(&w.to_lowercase().as_str()))
        .collect();
    if kept.is_empty() {
        text.trim().to_string()
    } else {
        kept.join(" ")
    }
}

/// Every qualifier set's scope key.
pub(super) struct Scopes {
    /// The canonical scope of each interned qualifier set.
    pub of_qualifiers: Vec<usize>,
    /// The canonical scopes: sorted (key, canonical value) pairs.
    pub keys: IndexMap<Vec<(String, String)>, ()>,
    /// For each canonical scope, how its event stands to the others of its year, kind
    /// and round: see [`EventReach`].
    pub reach: Vec<EventReach>,
}

/// How a scope's event can join another scope subject by subject: a scope whose
/// event states only its year, kind and round (`Bare`) is the same fact as the one
/// scope of a subject's claims that states the event's place (`Placed`), when they
/// share that year, kind and round and every other qualifier (the same `generic`
/// index).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum EventReach {
    /// No event, or one neither bare nor placed (a month without a place).
    Fixed,
    /// An event of a year, kind and round only.
    Bare { generic: usize },
    /// An event that states its place.
    Placed { generic: usize },
}

/// Reads every distinct qualifier set's scope into a key.
pub(super) fn resolve_scopes(
    stored: &[Stored],
    qualifier_sets: usize,
    registry: &Registry,
    matcher: &dyn NameMatcher,
) -> Scopes {
    // the scope qualifiers of each distinct qualifier set, from its first claim
    let mut scope_of: Vec<Option<Vec<(String, String)>>> = vec![None; qualifier_sets];
    let mut order: Vec<usize> = Vec::new();
    for Stored { claim, keys } in stored {
        let q = keys.qualifiers as usize;
        if q < scope_of.len() && scope_of[q].is_none() {
            scope_of[q] = Some(
                claim
                    .scope_qualifiers()
                    .map(|(k, v)| (k, v.to_string()))
                    .collect(),
            );
            order.push(q);
        }
    }
    let mut events: IndexMap<String, Option<EventKey>> = IndexMap::new();
    let mut regions: IndexMap<String, ()> = IndexMap::new();
    let mut dates: IndexMap<String, Option<AsOf>> = IndexMap::new();
    for q in &order {
        for (k, v) in scope_of[*q].iter().flatten() {
            if k == qualifier::EVENT {
                events.entry(v.clone()).or_insert_with(|| event_key(v));
            } else if k == qualifier::REGION {
                regions.insert(v.clone(), ());
            } else if DATE_SCOPE_KEYS.contains(&k.as_str()) {
                dates.entry(v.clone()).or_insert_with(|| as_of_period(v));
            }
        }
    }
    let (event_names, event_reaches) = canonical_events(&events);
    let date_names = canonical_as_of(&dates);
    let region_names = canonical_regions(&regions, registry, matcher);
    let mut keys: IndexMap<Vec<(String, String)>, ()> = IndexMap::new();
    let mut reach: Vec<EventReach> = Vec::new();
    let mut generics: IndexMap<Vec<(String, String)>, ()> = IndexMap::new();
    let mut of_qualifiers = vec![usize::MAX; qualifier_sets];
    for q in order {
        let mut scope: Vec<(String, String)> = scope_of[q]
            .take()
            .unwrap_or_default()
            .into_iter()
            .map(|(k, v)| {
                let canonical = if k == qualifier::EVENT {
                    event_names.get(&v).cloned()
                } else if k == qualifier::REGION {
                    region_names.get(&v).cloned()
                } else if k == ROUND_KEY {
                    round_of(&v).map(|r| r.to_string())
                } else if let Some(period) = DATE_SCOPE_KEYS
                    .contains(&k.as_str())
                    .then(|| date_names.get(&v))
                    .flatten()
                {
                    return (qualifier::AS_OF.to_string(), period.clone());
                } else {
                    // any other scope that is a day or a month ("rally": "August 16,
                    // 2025" and "2025-08-16") is that date
                    crate::date::Date::parse_written(&v)
                        .ok()
                        .filter(|d| d.precision() != crate::date::DatePrecision::Year)
                        .map(|d| d.to_string())
                };
                (k, canonical.unwrap_or_else(|| fold(&v)))
            })
            .collect();
        scope.sort();
        let (at, existing) = keys.insert_full(scope, ());
        if existing.is_none()
            && let Some((pairs, ())) = keys.get_index(at)
        {
            reach.push(event_reach(pairs, &event_reaches, &mut generics));
        }
        of_qualifiers[q] = at;
    }
    Scopes {
        of_qualifiers,
        keys,
        reach,
    }
}

/// The [`EventReach`] of the scope `pairs`, by the reach of each canonical event name
/// (`reaches`: its bare form, and whether it states a place); its generic form is
/// interned in `generics`.
fn event_reach(
    pairs: &[(String, String)],
    reaches: &HashMap<String, (String, bool)>,
    generics: &mut IndexMap<Vec<(String, String)>, ()>,
) -> EventReach {
    let Some((at, (bare, placed))) = pairs.iter().enumerate().find_map(|(at, (k, v))| {
        (k == qualifier::EVENT)
            .then(|| reaches.get(v))
            .flatten()
            .map(|r| (at, r))
    }) else {
        return EventReach::Fixed;
    };
    let mut generic = pairs.to_vec();
    generic[at].1 = bare.clone();
    let generic = generics.insert_full(generic, ()).0;
    if *placed {
        EventReach::Placed { generic }
    } else {
        EventReach::Bare { generic }
    }
}

/// Each event spelling's key. Events of one year, kind and round are one event when
/// they state the same place (written alike, or a country and its people's adjective:
/// "Bolivia", "Bolivian") and no different month or day; the event takes the most
/// precise statement of them. One that states no place joins the event of its year,
/// kind and round when there is only one such event, however many other spellings
/// it has; with several (the 2024 presidential elections of two countries) it stays
/// apart here, and the grouping joins it, subject by subject, to the one event that
/// subject's other claims of the fact name (`grouping`).
/// Also returns, for each canonical name that states only a year, kind and round or
/// that states a place, that bare form and whether it states a place (see
/// [`EventReach`]).
#[allow(clippy::type_complexity)]
fn canonical_events(
    events: &IndexMap<String, Option<EventKey>>,
) -> (HashMap<String, String>, HashMap<String, (String, bool)>) {
    type Fine<'a> = (u32, u32, &'a str);
    let mut buckets: IndexMap<(i32, &str, u8), Vec<Fine<'_>>> = IndexMap::new();
    for key in events.values().flatten() {
        let fine = buckets.entry(key.coarse()).or_default();
        if !fine.contains(&key.fine()) {
            fine.push(key.fine());
        }
    }
    let dates_agree = |a: &Fine<'_>, b: &Fine<'_>| {
        (a.0 == 0 || b.0 == 0 || a.0 == b.0) && (a.1 == 0 || b.1 == 0 || a.1 == b.1)
    };
    // per bucket: the events its placed statements make (each a list of indices into
    // the bucket), and for every statement the one event it belongs to, if any
    let mut belongs: HashMap<((i32, &str, u8), Fine<'_>), String> = HashMap::default();
    let mut reaches: HashMap<String, (String, bool)> = HashMap::default();
    for (coarse, fine) in &buckets {
        let placed: Vec<usize> = (0..fine.len()).filter(|&i| !fine[i].2.is_empty()).collect();
        let mut joined = Joined::new(fine.len());
        for (n, &a) in placed.iter().enumerate() {
            for &b in &placed[n + 1..] {
                if same_place(fine[a].2, fine[b].2) && dates_agree(&fine[a], &fine[b]) {
                    joined.join(a, b);
                }
            }
        }
        let mut members: IndexMap<usize, Vec<usize>> = IndexMap::new();
        for &i in &placed {
            members.entry(joined.root(i)).or_default().push(i);
        }
        // a statement without a place: the one event whose dates it fits, or none
        // when placed events are several (or none, when it is the only statement)
        let unplaced: Vec<usize> = (0..fine.len()).filter(|&i| fine[i].2.is_empty()).collect();
        let fitting =
            |u: usize, event: &[usize]| event.iter().all(|&m| dates_agree(&fine[u], &fine[m]));
        let mut events: Vec<Vec<usize>> = members.into_values().collect();
        let mut alone: Vec<usize> = Vec::new();
        for u in unplaced {
            match events.iter().filter(|e| fitting(u, e)).count() {
                1 if events.len() == 1 => events[0].push(u),
                0 if events.is_empty() => alone.push(u),
                _ => {
                    // left to the grouping, subject by subject, when it is bare
                    if fine[u].0 == 0 && fine[u].1 == 0 {
                        let bare = bare_event(*coarse);
                        reaches.insert(bare.clone(), (bare, false));
                    }
                }
            }
        }
        // statements without a place that agree with each other, when no place is stated
        if !alone.is_empty()
            && alone
                .iter()
                .all(|&a| alone.iter().all(|&b| dates_agree(&fine[a], &fine[b])))
        {
            events.push(alone);
        }
        for event in events {
            let month = event.iter().map(|&i| fine[i].0).max().unwrap_or(0);
            let day = event.iter().map(|&i| fine[i].1).max().unwrap_or(0);
            let place = event
                .iter()
                .map(|&i| fine[i].2)
                .max_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)))
                .unwrap_or("");
            let name = event_name(*coarse, month, day, place);
            let bare = bare_event(*coarse);
            if !place.is_empty() {
                reaches.insert(name.clone(), (bare, true));
            } else if month == 0 && day == 0 {
                reaches.insert(name.clone(), (bare, false));
            }
            for i in event {
                belongs.insert((*coarse, fine[i]), name.clone());
            }
        }
    }
    let mut out = HashMap::default();
    for (written, key) in events {
        let name = match key {
            None => fold(written),
            Some(key) => belongs
                .get(&(key.coarse(), key.fine()))
                .cloned()
                .unwrap_or_else(|| key.write(key.month, key.day, &key.place)),
        };
        out.insert(written.clone(), name);
    }
    (out, reaches)
}

/// The name of an event of a year, kind and round (`coarse`) that states the month,
/// day and place given (0 and "" for none).
fn event_name(
    (year, kind, round): (i32, &'static str, u8),
    month: u32,
    day: u32,
    place: &str,
) -> String {
    EventKey {
        year,
        kind,
        round,
        month: 0,
        day: 0,
        place: String::new(),
    }
    .write(month, day, place)
}

/// The name of an event of a year, kind and round that states nothing else.
fn bare_event(coarse: (i32, &'static str, u8)) -> String {
    event_name(coarse, 0, 0, "")
}

/// The shortest stem two written places must share to be one place when no table
/// says so (a country in another language's case ending: Kazakhstane, Kazakhstan).
const PLACE_STEM_LETTERS: usize = 5;

/// Two places of events that are one: written alike, a country and its people's
/// adjective ("Kazakh", "Kazakhstan"; by the gazetteer, `names::DEMONYM_ENDINGS`), or
/// sharing a stem of at least [`PLACE_STEM_LETTERS`] letters that leaves at most the
/// last letter of the shorter ("Ukraine", "Ukrainian"), unless both are countries of
/// the gazetteer (Niger and Nigeria are two). Austria and Australia share five
/// letters but not all but one of either.
fn same_place(a: &str, b: &str) -> bool {
    let country = |x: &str| {
        COUNTRY_CODES
            .iter()
            .find(|(code, _)| *code == x)
            .map(|(_, name)| name.to_string())
            .or_else(|| crate::names::country_of_demonym(x))
            .unwrap_or_else(|| x.to_string())
    };
    let (a, b) = (country(a), country(b));
    if a == b {
        return true;
    }
    if crate::names::is_country(&a) && crate::names::is_country(&b) {
        return false;
    }
    let (short, long) = if a.chars().count() <= b.chars().count() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let shared = short
        .chars()
        .zip(long.chars())
        .take_while(|(x, y)| x == y)
        .count();
    shared >= PLACE_STEM_LETTERS && shared + 1 >= short.chars().count()
}

/// Each region spelling's canonical name: a registry entity's name, or the most
/// frequent spelling of its cluster.
fn canonical_regions(
    regions: &IndexMap<String, ()>,
    registry: &Registry,
    matcher: &dyn NameMatcher,
) -> HashMap<String, String> {
    let mut out = HashMap::default();
    let mut unknown: Vec<(&String, String)> = Vec::new();
    for written in regions.keys() {
        let core = region_core(written);
        // a state's postal code is the state ("CA", "California"), and a country's
        // code the country ("UK", "United Kingdom")
        let folded = fold(&core);
        if let Some(name) = crate::names::REGIONS
            .iter()
            .find(|forms| forms.contains(&folded.as_str()))
            .map(|forms| forms[0])
            .or_else(|| {
                COUNTRY_CODES
                    .iter()
                    .find(|(c, _)| *c == folded)
                    .map(|(_, n)| *n)
            })
        {
            out.insert(written.clone(), name.to_string());
            continue;
        }
        match registry.resolve_with(&core, matcher) {
            Resolution::Entity { id, .. } => {
                out.insert(written.clone(), fold(&registry.entity(id).name));
            }
            Resolution::Unresolved { .. } => unknown.push((written, core)),
        }
    }
    let cores: Vec<&str> = unknown.iter().map(|(_, c)| c.as_str()).collect();
    let clustering = cluster_parsed(matcher, &cores, |i| NameKey::parse(cores[i]));
    for (i, (written, _)) in unknown.iter().enumerate() {
        let name = clustering
            .assignment
            .get(i)
            .and_then(|&c| clustering.clusters.get(c))
            .map_or_else(|| fold(written), |c| fold(&c.representative));
        out.insert((*written).clone(), name);
    }
    out
}

/// Spellings kept per scope key of a group: every one a report reader can use, while
/// a group of a hundred thousand spellings costs no more than this many comparisons
/// per claim.
const SPELLINGS_KEPT: usize = 64;

/// The scope of a group as the report shows it: every spelling seen for each key (up to
/// [`SPELLINGS_KEPT`]).
pub(super) fn spellings<'a>(
    claims: impl Iterator<Item = (&'a crate::claim::Claim, u32)>,
) -> IndexMap<SmolStr, Vec<SmolStr>> {
    let mut out: IndexMap<SmolStr, Vec<SmolStr>> = IndexMap::new();
    // claims of one qualifier set spell their scope alike: each set is read once
    let mut seen: smallvec::SmallVec<[u32; 8]> = smallvec::SmallVec::new();
    for (c, set) in claims {
        if seen.contains(&set) || c.qualifiers.is_empty() {
            continue;
        }
        if seen.len() < SPELLINGS_KEPT {
            seen.push(set);
        }
        for (k, v) in c.scope_qualifiers_read() {
            // a date-valued key is shown where it is keyed, under as_of
            let k = if dated_as_of(&k, v).is_some() {
                qualifier::AS_OF
            } else {
                k.as_ref()
            };
            let seen = out.entry(SmolStr::new(k)).or_default();
            if seen.len() < SPELLINGS_KEPT && !seen.iter().any(|s| s == v) {
                seen.push(SmolStr::new(v));
            }
        }
    }
    out.sort_keys();
    // held in the report until it is written: no spare room (a map and its lists grow
    // by doubling as they are filled)
    for spellings in out.values_mut() {
        spellings.shrink_to_fit();
    }
    out.shrink_to_fit();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> String {
        let mut events = IndexMap::new();
        events.insert(text.to_string(), event_key(text));
        canonical_events(&events).0[text].clone()
    }

    #[test]
    fn one_event_however_written() {
        let k = key("2016 parliamentary elections");
        for written in [
            "parliamentary election 2016",
            "Parliamentary Election (2016)",
            "the 2016 legislative election",
            "2016 Majilis vote",
            "elections to parliament, 2016",
            "2016 lower-house election",
        ] {
            assert_eq!(key(written), k, "{written}");
        }
        assert_eq!(k, "2016-parliamentary");
        assert_eq!(
            key("run-off of the 2019 presidential election"),
            key("second round (2019 presidential)")
        );
        assert_ne!(
            key("2019 presidential election, first round"),
            key("2019 presidential election runoff")
        );
        assert_eq!(key("12 March 2019 protest"), key("2019-03-12 rally"));
        assert_eq!(
            key("protest on 12.03.2019"),
            key("March 12, 2019 demonstration")
        );
        // no kind: kept as written
        assert_eq!(key("the big day"), "the big day");
    }

    #[test]
    fn events_named_in_russian_and_with_the_country_or_its_adjective() {
        let mut events = IndexMap::new();
        for t in [
            "2022 presidential election",
            "президентские выборы 2022",
            "Kazakhstan presidential election, 2022",
            "2022 Kazakh presidential election",
            "досрочные президентские выборы в Казахстане 2022",
        ] {
            events.insert(t.to_string(), event_key(t));
        }
        let (names, _) = canonical_events(&events);
        let first = &names["2022 presidential election"];
        assert!(names.values().all(|n| n == first), "{names:?}");
        assert_eq!(key("референдум 2022"), key("2022 referendum"));
        assert!(same_place("ukraine", "ukrainian") && same_place("russian", "russia"));
        assert!(!same_place("austria", "australia") && !same_place("georgia", "armenia"));
        assert!(same_place("french", "france") && !same_place("niger", "nigeria"));
        // two countries stated: two events, whichever way each is written
        let mut events = IndexMap::new();
        for t in [
            "2022 Kazakh presidential election",
            "2022 Kyrgyz presidential election",
        ] {
            events.insert(t.to_string(), event_key(t));
        }
        let (names, _) = canonical_events(&events);
        assert_ne!(
            names["2022 Kazakh presidential election"],
            names["2022 Kyrgyz presidential election"]
        );
    }

    #[test]
    fn snap_is_a_modifier_and_months_refine() {
        let mut events = IndexMap::new();
        for t in [
            "snap presidential election, March 2019",
            "2019 presidential election",
            "early presidential elections (2019)",
        ] {
            events.insert(t.to_string(), event_key(t));
        }
        let (names, _) = canonical_events(&events);
        assert!(
            names.values().all(|n| n == "2019-presidential-03"),
            "{names:?}"
        );
        // two months stated: two events; the one without a month stays apart
        events.insert(
            "June 2019 presidential election".into(),
            event_key("June 2019 presidential election"),
        );
        let (names, _) = canonical_events(&events);
        assert_ne!(
            names["June 2019 presidential election"],
            names["snap presidential election, March 2019"]
        );
        assert_eq!(names["2019 presidential election"], "2019-presidential");
    }

    #[test]
    fn a_state_or_country_code_is_the_region_it_stands_for() {
        let regions: IndexMap<String, ()> = ["CA", "California", "UK", "United Kingdom"]
            .iter()
            .map(|r| (r.to_string(), ()))
            .collect();
        let names = canonical_regions(&regions, &Registry::new(), &crate::names::Hybrid::default());
        assert_eq!(names["CA"], names["California"]);
        assert_eq!(names["UK"], names["United Kingdom"]);
        assert_ne!(names["CA"], names["UK"]);
    }

    #[test]
    fn rounds_general_elections_and_country_codes() {
        for t in ["2", "2nd", "second round", "run-off", "Round 2", "runoff"] {
            assert_eq!(round_of(t), Some(2), "{t}");
        }
        assert_eq!(round_of("first"), Some(1));
        assert_eq!(round_of("second or third"), None);
        let key = |t: &str| {
            let k = event_key(t).unwrap_or_else(|| panic!("{t}"));
            (k.year, k.kind)
        };
        for t in [
            "2019 United Kingdom general election",
            "2019 UK general election",
            "General Election 2019",
            "2019 British general election",
        ] {
            assert_eq!(key(t), (2019, "parliamentary"), "{t}");
        }
        // general is a kind of election only beside the word
        assert!(event_key("2019 general strike").is_none());
        assert_eq!(
            undotted("2020 u.s. presidential election"),
            "2020 us presidential election"
        );
        assert_eq!(
            undotted("st. petersburg 12.03.2019"),
            "st. petersburg 12.03.2019"
        );
        // events named in other languages read as in English
        for (a, b) in [
            (
                "elecciones legislativas de 2019",
                "2019 legislative election",
            ),
            (
                "élection présidentielle de 2021, second tour",
                "2021 presidential runoff",
            ),
            ("Bundestagswahl 2021", "2021 parliamentary election"),
            ("elecciones generales de 2019", "2019 general election"),
            (
                "segunda vuelta de las elecciones presidenciales de 2022",
                "2022 presidential election, round 2",
            ),
        ] {
            let (ka, kb) = (event_key(a).unwrap(), event_key(b).unwrap());
            assert_eq!(ka.coarse(), kb.coarse(), "{a} / {b}");
            assert_eq!(ka.place, kb.place, "{a} / {b}");
        }
        // fiscal years: the year they end in
        for (text, year) in [
            ("FY2016/17", 2017),
            ("2016/17", 2017),
            ("2016-2017", 2017),
            ("fiscal year 2016/2017", 2017),
            ("FY17", 2017),
            ("FY 2011-12", 2012),
            ("1999/00", 2000),
            ("year to September 2019", 2019),
            ("Year ended 31 March 2020", 2020),
            ("the year ending April 2018", 2018),
        ] {
            assert_eq!(
                as_of_period(text).map(|a| (a.year, a.within)),
                Some((year, 0)),
                "{text}"
            );
        }
        // an ISO month stays a month, and so does a month named without a year
        // that ends in it
        assert_eq!(
            as_of_period("2011-12").map(|a| (a.year, a.within)),
            Some((2011, 12))
        );
        assert_eq!(
            as_of_period("September 2019").map(|a| (a.year, a.within)),
            Some((2019, 9))
        );
        assert!(same_place("us", "united states") && same_place("uk", "british"));
        assert!(!same_place("us", "united kingdom"));
        let names = canonical_events(
            &[
                "2020 United States presidential election",
                "2020 US presidential election",
                "2020 U.S. presidential election",
            ]
            .iter()
            .map(|t| (t.to_string(), event_key(t)))
            .collect(),
        )
        .0;
        assert_eq!(
            names
                .values()
                .collect::<std::collections::HashSet<_>>()
                .len(),
            1,
            "{names:?}"
        );
    }

    #[test]
    fn a_year_joins_the_one_month_stated_and_months_stay_apart() {
        let names = |values: &[&str]| {
            let read: IndexMap<String, Option<AsOf>> = values
                .iter()
                .map(|v| (v.to_string(), as_of_period(v)))
                .collect();
            canonical_as_of(&read)
        };
        let one = names(&["2015", "1 January 2015", "2016"]);
        assert_eq!(one["2015"], one["1 January 2015"]);
        assert_eq!(one["2016"], "2016");
        // monthly figures: March is not December, and the bare year is neither
        let monthly = names(&[
            "March 2021",
            "2021-03-31",
            "December 2021",
            "Dec 2021",
            "2021",
        ]);
        assert_eq!(monthly["March 2021"], monthly["2021-03-31"]);
        assert_eq!(monthly["December 2021"], monthly["Dec 2021"]);
        assert_ne!(monthly["March 2021"], monthly["December 2021"]);
        assert_eq!(monthly["2021"], "2021");
    }

    #[test]
    fn as_of_reads_a_year_and_regions_drop_generic_words() {
        for t in [
            "2015",
            "as of 2015",
            "2015 census",
            "FY2015",
            "1 January 2015",
            "end of 2015",
        ] {
            assert_eq!(as_of_year(t), Some(2015), "{t}");
        }
        assert_eq!(as_of_year("2015 to 2016"), None);
        // with its granularity: a month or a quarter
        let period = |t: &str| as_of_period(t).map(|p| p.write(p.within));
        for t in [
            "March 2021",
            "2021-03",
            "31 March 2021",
            "as of 03/2021",
            "Mar. 2021",
        ] {
            assert_eq!(period(t).as_deref(), Some("2021-03"), "{t}");
        }
        assert_eq!(period("Q1 2021").as_deref(), Some("2021-q1"));
        assert_eq!(period("2021Q1").as_deref(), Some("2021-q1"));
        assert_eq!(period("2021-Q1").as_deref(), Some("2021-q1"));
        assert_eq!(period("2021 census").as_deref(), Some("2021"));
        assert_eq!(period("March to June 2021"), None);
        assert_eq!(region_core("Karaganda Oblast"), "Karaganda");
        assert_eq!(region_core("the Karaganda region"), "Karaganda");
    }
}
