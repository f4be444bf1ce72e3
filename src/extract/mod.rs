//! Claims from news text: sentences, entity mentions, numbers and dates with their
//! hedges, predicates from a cue lexicon ([`CUE_RULES`]), the subject each number is
//! about, and qualifiers (event, method, region). Every claim keeps its sentence and the
//! byte offsets of its value in the article.
//!
//! ```
//! use crosscheck::entity::Registry;
//! use crosscheck::extract::{Article, extract};
//! let registry = Registry::from_json(r#"[{"name":"Nur Otan","kind":"party"},{"name":"Kazakhstan","kind":"place"}]"#).unwrap();
//! let text = "source: AFP\npublished: 2021-01-10\n\nIn Kazakhstan, Nur Otan won nearly 72% of the vote in Sunday's parliamentary election, an exit poll showed.\n";
//! let article = Article::parse("afp.txt", text, None).unwrap();
//! let claims = extract(&article, &registry);
//! let share = claims.iter().find(|c| c.predicate == "vote_share").unwrap();
//! assert_eq!((share.subject.as_str(), share.value.as_str()), ("Nur Otan", "nearly 72%"));
//! assert_eq!(share.qualifiers["method"], "exit poll");
//! assert_eq!(share.qualifiers["event"], "2021 parliamentary election");
//! assert_eq!(&text[share.start..share.end], "nearly 72%");
//! ```

mod article;
mod cues;
mod eval;
mod sentences;
mod tokens;

use indexmap::IndexMap;
use serde::Serialize;

use crate::claim::{Date, Granularity, NUMBER_WORDS, Quantity, parse_date};
use crate::claim::{HEDGES, SCALES, UNITS, VAGUE_QUANTITIES};
use crate::entity::{EntityKind, Registry, Resolution};
use crate::names::{NameKey, NameKind};
use crate::normalize::{fold, variant_key};

pub use article::{Article, ArticleError};
pub use cues::{
    CUE_RULES, CueRule, ELECTION_KINDS, METHOD_CUES, NOT_NAMES, REPORTING_VERBS, SNAP_WORDS,
    SubjectKind, TITLES, ValueKind,
};
pub use eval::{ExtractionScores, Judged, read_judged, score_extraction};
pub use sentences::{ABBREVIATIONS, Span, split_sentences};
use tokens::{Token, TokenKind, tokenize};

/// A claim found in an article, in the claim store's input format plus where it was
/// found: `file`, and `start`..`end`, the byte offsets of the value in the file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExtractedClaim {
    /// `file#n`: the n-th claim of the file.
    pub id: String,
    /// The outlet.
    pub source: String,
    /// The publication date, YYYY-MM-DD.
    pub published: String,
    /// The subject as the article wrote it (a surname alone becomes the full name the
    /// article used before).
    pub subject: String,
    /// From the cue lexicon.
    pub predicate: String,
    /// The value as written, hedge and unit included.
    pub value: String,
    /// event, method, region.
    pub qualifiers: IndexMap<String, String>,
    /// The sentence the claim comes from.
    pub quote: String,
    /// The article's address, if its header gave one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The file, as given.
    pub file: String,
    /// First byte of the value in the file.
    pub start: usize,
    /// One past the last byte of the value in the file.
    pub end: usize,
}

impl ExtractedClaim {
    /// One line of JSONL, readable by [`crate::store::ClaimStore::from_jsonl`].
    pub fn to_json_line(&self) -> String {
        // a struct of strings and integers always serializes
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The kind of thing a mention names, as far as the extractor can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MentionKind {
    Person,
    Party,
    Place,
    Organisation,
    Unknown,
}

/// A name in a sentence: tokens `first..last` (inclusive), as written.
#[derive(Debug, Clone)]
struct Mention {
    first: usize,
    last: usize,
    /// The name as the claim will carry it.
    text: String,
    kind: MentionKind,
    entity: Option<usize>,
}

/// A sentence, tokenized, with its mentions.
struct Sentence {
    span: Span,
    tokens: Vec<Token>,
    mentions: Vec<Mention>,
}

/// A value found in a sentence: tokens `first..=last`.
#[derive(Debug, Clone)]
struct Value {
    first: usize,
    last: usize,
    kind: ValueKind,
    written: String,
    day_precise: bool,
}

/// Predicates whose dates must name a month or a day: a bare year near the word
/// "election" is more often another election than this one's date.
const DAY_PRECISE_PREDICATES: &[&str] = &["election_date"];

/// The method a bare "poll" or "survey" names: a sentence that says only this refers
/// back to the method of the sentence before, if that one named a method.
const GENERIC_METHOD: &str = "poll";

/// The units of the claim tables that are money.
const CURRENCIES: &[&str] = &["USD", "EUR", "GBP", "KZT"];

/// Signs written before an amount of money.
const CURRENCY_SIGNS: &[&str] = &["$", "€", "£"];

/// Prepositions of place: a count right after one counts places ("in several cities").
const LOCATIVES: &[&str] = &["in", "across", "into", "throughout"];

/// Words that tell what kind of election an article is about when its election phrases
/// do not say: (word, kind).
const ELECTION_KIND_HINTS: &[(&str, &str)] = &[
    ("parliament", "parliamentary"),
    ("parliamentary", "parliamentary"),
    ("legislature", "parliamentary"),
    ("presidential", "presidential"),
];

/// Words after a place name that make it a region.
const REGION_WORDS: &[&str] = &[
    "region", "province", "oblast", "district", "county", "state",
];

/// The most tokens one sentence is read as: a longer run of text without a full stop
/// (a table, a list, a damaged file) is read in pieces of this size, so that the cost
/// of a sentence stays linear in its length.
const MAX_SENTENCE_TOKENS: usize = 128;

/// A sentence, or pieces of it when it is too long.
fn chunks(tokens: Vec<Token>, span: Span) -> Vec<Sentence> {
    if tokens.len() <= MAX_SENTENCE_TOKENS {
        return vec![Sentence {
            span,
            tokens,
            mentions: Vec::new(),
        }];
    }
    tokens
        .chunks(MAX_SENTENCE_TOKENS)
        .map(|piece| Sentence {
            span: Span {
                start: piece[0].start,
                end: piece[piece.len() - 1].end,
            },
            tokens: piece.to_vec(),
            mentions: Vec::new(),
        })
        .collect()
}

/// Extracts claims from an article. Subjects and kinds come from `registry` where it
/// knows the names; other capitalised names are kept as written.
pub fn extract(article: &Article, registry: &Registry) -> Vec<ExtractedClaim> {
    let body = article.body();
    let mut sentences: Vec<Sentence> = split_sentences(body)
        .into_iter()
        .map(|s| Span {
            start: s.start + article.body_start,
            end: s.end + article.body_start,
        })
        .flat_map(|span| chunks(tokenize(&article.text, span.start, span.end), span))
        .collect();
    find_mentions(&article.text, &mut sentences, registry);
    let country = dominant_place(&sentences, registry);
    let event = article
        .event
        .clone()
        .or_else(|| detect_event(&sentences, article.published));

    let mut out = Vec::new();
    let mut recent = Recent::default(); // mentions of earlier sentences
    // the method the sentence before named: "... citing preliminary results. Her rival
    // was credited with 10.1%." reads both figures as preliminary
    let mut previous_method: Option<&'static str> = None;
    for s in &sentences {
        let own_method = method_of(s);
        let method = match own_method {
            None | Some(GENERIC_METHOD) => previous_method.or(own_method),
            specific => specific,
        };
        for value in find_values(&article.text, s, article.published) {
            let Some(rule) = choose_rule(s, &value) else {
                continue;
            };
            let subject = if value.kind == ValueKind::Age {
                age_subject(s, &value, &recent)
            } else {
                choose_subject(s, &value, rule.subject, &recent, country.as_ref())
            };
            let Some(subject) = subject else { continue };
            let mut qualifiers = IndexMap::new();
            if rule.event
                && let Some(e) = &event
            {
                qualifiers.insert("event".to_string(), e.clone());
            }
            if rule.measured {
                if let Some(m) = method {
                    qualifiers.insert("method".to_string(), m.to_string());
                }
                if let Some(r) = region_of(&article.text, s, &value, country.as_ref()) {
                    qualifiers.insert("region".to_string(), r);
                }
            }
            out.push(ExtractedClaim {
                id: format!("{}#{}", article.file, out.len() + 1),
                source: article.source.clone(),
                published: article.published.to_string(),
                subject,
                predicate: rule.predicate.to_string(),
                value: value.written.clone(),
                qualifiers,
                quote: article.text[s.span.start..s.span.end].to_string(),
                url: article.url.clone(),
                file: article.file.clone(),
                // the value as written starts its span ("Sunday" of "Sunday's")
                start: s.tokens[value.first].start,
                end: s.tokens[value.first].start + value.written.len(),
            });
        }
        for m in &s.mentions {
            recent.push(m);
        }
        previous_method = own_method;
    }
    out
}

// ---------------------------------------------------------------------------------
// mentions

fn is_connector(t: &Token) -> bool {
    t.kind == TokenKind::Word && matches!(t.lower.as_str(), "of" | "for" | "and" | "the" | "de")
}

fn possessive(t: &Token) -> bool {
    t.lower.ends_with("'s") || t.lower.ends_with("’s")
}

/// A line in title case (a headline: no full stop, most long words capitalised):
/// capitals say nothing about names there.
fn title_case(s: &Sentence) -> bool {
    if s.tokens
        .last()
        .is_some_and(|t| matches!(t.lower.as_str(), "." | "!" | "?"))
    {
        return false;
    }
    let long: Vec<&Token> = s
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word && t.lower.chars().count() > 3)
        .collect();
    long.len() >= 3 && long.iter().filter(|t| t.capital).count() * 10 >= long.len() * 7
}

fn find_mentions(text: &str, sentences: &mut [Sentence], registry: &Registry) {
    // capitalised words seen other than at the start of a sentence
    let mut inner_capitals: foldhash::HashSet<String> = foldhash::HashSet::default();
    for s in sentences.iter() {
        for t in s.tokens.iter().skip(1) {
            if t.capital && t.kind == TokenKind::Word {
                inner_capitals.insert(t.lower.trim_end_matches("'s").to_string());
            }
        }
    }
    type Classified = (Option<usize>, MentionKind, bool, Option<String>);
    let mut cache: foldhash::HashMap<String, Classified> = foldhash::HashMap::default();
    // multi-word names by the key of their last word, the latest kept
    let mut by_surname: foldhash::HashMap<String, Mention> = foldhash::HashMap::default();
    for s in sentences.iter_mut() {
        let headline = title_case(s);
        let runs = capital_runs(&s.tokens);
        for (first, last) in runs {
            // titles and articles in front are not part of the name
            let mut first = first;
            while first < last && TITLES.contains(&s.tokens[first].lower.as_str()) {
                first += 1;
            }
            if TITLES.contains(&s.tokens[first].lower.as_str()) {
                continue;
            }
            let raw = &text[s.tokens[first].start..s.tokens[last].end];
            let written = raw
                .strip_suffix("'s")
                .or_else(|| raw.strip_suffix("’s"))
                .unwrap_or(raw);
            let single = first == last;
            let bare = s.tokens[first]
                .lower
                .trim_end_matches("'s")
                .trim_end_matches("’s");
            if single && NOT_NAMES.contains(&bare) {
                continue;
            }
            let (entity, kind, near_known, canonical) = cache
                .entry(written.to_string())
                .or_insert_with(|| classify(registry, written))
                .to_owned();
            if entity.is_none() {
                if headline {
                    continue;
                }
                let lower = s.tokens[first].lower.trim_end_matches("'s");
                let opens = s.tokens[..first].iter().all(|t| t.kind == TokenKind::Punct);
                if opens && single && !inner_capitals.contains(lower) && !near_known {
                    continue; // a capital that only starts the sentence
                }
            }
            let mut mention = Mention {
                first,
                last,
                text: written.to_string(),
                kind,
                entity,
            };
            if single && (entity.is_none() || canonical.is_some()) {
                // the full name the article used before, else the one the registry knows
                if !corefer(&mut mention, &by_surname)
                    && let Some(name) = canonical
                {
                    mention.text = name;
                }
            }
            let words: Vec<&str> = mention.text.split_whitespace().collect();
            if let [_, .., last] = words[..] {
                by_surname.insert(variant_key(&fold(last)), mention.clone());
            }
            s.mentions.push(mention);
        }
    }
}

/// Runs of capitalised words, joined by `of`, `for`, `the`… when a capital follows,
/// and cut after a possessive.
fn capital_runs(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !(tokens[i].capital && tokens[i].kind == TokenKind::Word) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        let mut j = i + 1;
        while !possessive(&tokens[end]) && j < tokens.len() {
            let t = &tokens[j];
            if t.capital && t.kind == TokenKind::Word {
                end = j;
                j += 1;
            } else if is_connector(t) && t.lower != "and" {
                // connectors join only when a capital comes after them
                let mut k = j;
                while k < tokens.len() && is_connector(&tokens[k]) {
                    k += 1;
                }
                if k < tokens.len() && tokens[k].capital && tokens[k].kind == TokenKind::Word {
                    end = k;
                    j = k + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        out.push((start, end));
        i = end + 1;
    }
    out
}

/// The registry's entity for a name, or a guess at its kind; and whether the registry
/// found the name close to one of its own.
fn classify(
    registry: &Registry,
    written: &str,
) -> (Option<usize>, MentionKind, bool, Option<String>) {
    let kind_of = |index: usize| match registry.entities()[index].kind {
        EntityKind::Person => MentionKind::Person,
        EntityKind::Party => MentionKind::Party,
        EntityKind::Place => MentionKind::Place,
        EntityKind::Organisation | EntityKind::Other => MentionKind::Organisation,
    };
    let possible = match registry.resolve(written) {
        Resolution::Entity { index, .. } => return (Some(index), kind_of(index), true, None),
        Resolution::Unresolved { possible } => possible,
    };
    let key = NameKey::parse(written);
    // a surname alone that only one known person comes close to: that person (the
    // matcher keeps gendered forms and other surnames apart)
    if let [(index, _, _)] = possible[..]
        && key.tokens().len() == 1
        && kind_of(index) == MentionKind::Person
    {
        let name = registry.entities()[index].name.clone();
        return (Some(index), MentionKind::Person, true, Some(name));
    }
    let kind = match key.kind {
        NameKind::Person => MentionKind::Person,
        NameKind::Organisation if fold(written).contains("party") => MentionKind::Party,
        NameKind::Organisation => MentionKind::Organisation,
        NameKind::AdminArea => MentionKind::Place,
        NameKind::Unknown => MentionKind::Unknown,
    };
    (None, kind, !possible.is_empty(), None)
}

/// A surname alone after the full name: the full name. Returns whether one was found.
fn corefer(mention: &mut Mention, by_surname: &foldhash::HashMap<String, Mention>) -> bool {
    let key = variant_key(&fold(&mention.text));
    match by_surname.get(&key).filter(|_| !key.is_empty()) {
        Some(m) => {
            mention.text = m.text.clone();
            mention.kind = m.kind;
            mention.entity = m.entity;
            true
        }
        None => false,
    }
}

/// What earlier sentences named, kept so that each lookup is constant time however long
/// the article.
#[derive(Default)]
struct Recent {
    /// The latest mention of each kind, with its sequence number.
    latest: [Option<(usize, Mention)>; 5],
    seq: usize,
    /// How often each person was named, and when last.
    person_counts: foldhash::HashMap<String, (usize, usize)>,
    /// The person named most (the latest on a tie).
    main: Option<((usize, usize), Mention)>,
}

fn kind_slot(kind: MentionKind) -> usize {
    match kind {
        MentionKind::Person => 0,
        MentionKind::Party => 1,
        MentionKind::Place => 2,
        MentionKind::Organisation => 3,
        MentionKind::Unknown => 4,
    }
}

impl Recent {
    fn push(&mut self, m: &Mention) {
        self.seq += 1;
        self.latest[kind_slot(m.kind)] = Some((self.seq, m.clone()));
        if m.kind == MentionKind::Person {
            let e = self.person_counts.entry(fold(&m.text)).or_insert((0, 0));
            e.0 += 1;
            e.1 = self.seq;
            let rank = *e;
            if self.main.as_ref().is_none_or(|(r, _)| rank >= *r) {
                self.main = Some((rank, m.clone()));
            }
        }
    }

    /// The latest mention of any of `kinds`.
    fn latest_of(&self, kinds: &[MentionKind]) -> Option<&Mention> {
        kinds
            .iter()
            .filter_map(|k| self.latest[kind_slot(*k)].as_ref())
            .max_by_key(|(seq, _)| *seq)
            .map(|(_, m)| m)
    }

    fn main_person(&self) -> Option<&Mention> {
        self.main.as_ref().map(|(_, m)| m)
    }
}

/// The place the article names most: the country it is about. Places the registry
/// knows come first; without any, names that look like places, then, when the
/// registry knows no place at all, names of no known kind.
fn dominant_place(sentences: &[Sentence], registry: &Registry) -> Option<Mention> {
    let places_known = registry
        .entities()
        .iter()
        .any(|e| e.kind == EntityKind::Place);
    let tiers: [&dyn Fn(&Mention) -> bool; 3] = [
        &|m| m.kind == MentionKind::Place && m.entity.is_some(),
        &|m| m.kind == MentionKind::Place,
        &|m| !places_known && m.kind == MentionKind::Unknown && m.entity.is_none(),
    ];
    tiers.iter().find_map(|accept| {
        let mut counts: IndexMap<String, (usize, Mention)> = IndexMap::new();
        for m in sentences
            .iter()
            .flat_map(|s| &s.mentions)
            .filter(|m| accept(m))
        {
            counts
                .entry(fold(&m.text))
                .or_insert_with(|| (0, m.clone()))
                .0 += 1;
        }
        counts
            .into_values()
            .enumerate()
            .max_by_key(|(i, (n, _))| (*n, std::cmp::Reverse(*i)))
            .map(|(_, (_, m))| m)
    })
}

// ---------------------------------------------------------------------------------
// the event

/// "2021 parliamentary election": the richest election phrase of the article, with the
/// year it names or the year of publication.
fn detect_event(sentences: &[Sentence], published: Date) -> Option<String> {
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

// ---------------------------------------------------------------------------------
// values

/// How many tokens from `i` on spell `phrase` (lowercase words separated by single
/// spaces), if they do.
fn words_at(tokens: &[Token], i: usize, phrase: &str) -> Option<usize> {
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
fn value_start_words() -> &'static foldhash::HashSet<&'static str> {
    static WORDS: std::sync::OnceLock<foldhash::HashSet<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let first = |p: &'static str| p.split(' ').next().unwrap_or(p);
        HEDGES
            .iter()
            .map(|h| first(h.words))
            .chain(VAGUE_QUANTITIES.iter().map(|(w, _, _)| first(w)))
            .chain(NUMBER_WORDS.iter().map(|(w, _)| *w))
            .chain(crate::claim::PARTS_OF_YEAR.iter().map(|(w, _, _)| first(w)))
            .chain(NOT_NAMES.iter().copied())
            .chain(["last", "this", "previous", "yesterday", "aged"])
            .collect()
    })
}

fn could_start_value(t: &Token) -> bool {
    t.kind == TokenKind::Number
        || CURRENCY_SIGNS.contains(&t.lower.as_str())
        || value_start_words().contains(t.lower.trim_end_matches("'s").trim_end_matches("’s"))
        || t.lower.starts_with("mid-")
}

fn is_month(w: &str) -> bool {
    NOT_NAMES[..12].contains(&w.trim_end_matches('.'))
}

fn is_weekday(w: &str) -> bool {
    NOT_NAMES[12..19].contains(&w.trim_end_matches("'s").trim_end_matches("’s"))
}

fn year_token(t: &Token) -> bool {
    t.kind == TokenKind::Number
        && t.lower.len() == 4
        && t.lower
            .parse::<u32>()
            .is_ok_and(|y| (1800..=2100).contains(&y))
}

fn number_word(w: &str) -> bool {
    NUMBER_WORDS.iter().any(|(n, _)| *n == w)
}

/// Numbers, vague quantities, dates and ages in a sentence, longest first where they
/// overlap.
fn find_values(text: &str, s: &Sentence, published: Date) -> Vec<Value> {
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

fn span_text(text: &str, t: &[Token], first: usize, last: usize) -> String {
    text[t[first].start..t[last].end].to_string()
}

fn date_at(text: &str, t: &[Token], i: usize, published: Date) -> Option<Value> {
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
    for &(part, _, _) in crate::claim::PARTS_OF_YEAR {
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
fn reporting(t: &[Token], first: usize) -> bool {
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

fn small_integer(t: &Token) -> Option<u32> {
    if t.kind != TokenKind::Number {
        return None;
    }
    t.lower
        .parse::<u32>()
        .ok()
        .filter(|n| (1..=120).contains(n))
}

fn age_at(s: &Sentence, i: usize) -> Option<Value> {
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

fn quantity_at(text: &str, t: &[Token], i: usize) -> Option<Value> {
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

// ---------------------------------------------------------------------------------
// predicates, subjects, qualifiers

fn inside_mention(s: &Sentence, i: usize) -> bool {
    s.mentions.iter().any(|m| m.first <= i && i <= m.last)
}

/// Token distance from the nearest occurrence of a cue to the value, and whether it
/// comes after the value; occurrences inside names or the value do not count.
fn cue_distance(s: &Sentence, v: &Value, phrase: &str) -> Option<(usize, bool)> {
    let t = &s.tokens;
    let mut best: Option<(usize, bool)> = None;
    for i in 0..t.len() {
        let Some(n) = words_at(t, i, phrase) else {
            continue;
        };
        if (i..i + n).any(|k| inside_mention(s, k) || (v.first <= k && k <= v.last)) {
            continue;
        }
        let d = if i + n <= v.first {
            (v.first - (i + n), false)
        } else {
            (i.saturating_sub(v.last + 1), true)
        };
        best = Some(best.map_or(d, |b| b.min(d)));
    }
    best
}

fn choose_rule(s: &Sentence, v: &Value) -> Option<&'static CueRule> {
    if v.kind == ValueKind::Age {
        return Some(&AGE_RULE);
    }
    // (no `before` word, distance, cue after the value, table order): least wins
    type Rank = (bool, usize, bool, usize);
    let mut best: Option<(Rank, &'static CueRule)> = None;
    for (order, rule) in CUE_RULES.iter().enumerate() {
        if rule.kind != v.kind {
            continue;
        }
        if DAY_PRECISE_PREDICATES.contains(&rule.predicate) && !v.day_precise {
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
        if !rule.also.is_empty()
            && !rule
                .also
                .iter()
                .any(|a| (0..s.tokens.len()).any(|i| words_at(&s.tokens, i, a).is_some()))
        {
            continue;
        }
        let Some((d, after)) = rule.cues.iter().filter_map(|c| cue_distance(s, v, c)).min() else {
            continue;
        };
        if d > rule.window {
            continue;
        }
        // on a tie the cue before the value wins: verbs come before their dates
        let key = (rule.before.is_empty(), d, after, order);
        if best.as_ref().is_none_or(|(k, _)| key < *k) {
            best = Some((key, rule));
        }
    }
    best.map(|(_, r)| r)
}

/// Ages need no cue: the pattern is the cue.
const AGE_RULE: CueRule = CueRule {
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
fn preference(kind: SubjectKind) -> &'static [MentionKind] {
    use MentionKind::*;
    match kind {
        SubjectKind::PartyOrPerson => &[Party, Person, Unknown],
        SubjectKind::Person => &[Person, Unknown],
        SubjectKind::Organisation => &[Party, Organisation, Unknown],
        SubjectKind::Chamber => &[Organisation, Unknown],
        SubjectKind::PersonOrParty => &[Person, Party, Unknown],
        SubjectKind::Country => &[Place],
        SubjectKind::Any => &[Party, Person, Organisation, Place, Unknown],
    }
}

/// What a reference without a name points back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Anaphor {
    /// "he", "she": the last person named.
    Pronoun,
    /// "the party": the last party named.
    Party,
    /// "the incumbent", "the president": the person the article names most.
    MainPerson,
}

/// Nouns that, after "the", name a role the article's main person holds.
const ROLE_NOUNS: &[&str] = &[
    "incumbent",
    "president",
    "leader",
    "premier",
    "chancellor",
    "prime minister",
    "winner",
];

/// A pronoun or a noun phrase before the value that refers back, if any.
fn anaphora(s: &Sentence, v: &Value) -> Option<Anaphor> {
    let t = &s.tokens[..v.first];
    let bare = |x: &Token| {
        x.lower
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .to_string()
    };
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

fn choose_subject(
    s: &Sentence,
    v: &Value,
    kind: SubjectKind,
    recent: &Recent,
    country: Option<&Mention>,
) -> Option<String> {
    if kind == SubjectKind::Country {
        return country
            .map(|c| c.text.clone())
            .or_else(|| described_subject(s, v, &[MentionKind::Place]));
    }
    let wanted = preference(kind);
    let rank = |m: &Mention| wanted.iter().position(|k| *k == m.kind);
    let comma_between = |a: usize, b: usize| s.tokens[a..b].iter().any(|t| t.lower == ",");
    // "The Amanat party, known as Nur Otan until last year, won 53.9%": a name set off
    // by commas before the value is an aside, not the subject
    let aside = |m: &Mention| {
        m.last < v.first
            && comma_between(m.last + 1, v.first)
            && s.mentions.iter().any(|p| {
                p.last < m.first && rank(p).is_some() && comma_between(p.last + 1, m.first)
            })
    };
    let in_sentence = s
        .mentions
        .iter()
        .filter(|m| {
            // a name after the value must be known for what it is
            let placed = m.last < v.first || (m.first > v.last && m.kind != MentionKind::Unknown);
            placed && rank(m).is_some() && !aside(m)
        })
        .min_by_key(|m| {
            let (after, distance) = if m.last < v.first {
                (false, v.first - m.last)
            } else {
                (true, m.first - v.last)
            };
            (rank(m), after, distance)
        });
    if let Some(m) = in_sentence {
        return Some(m.text.clone());
    }
    let named: Vec<MentionKind> = wanted
        .iter()
        .copied()
        .filter(|k| *k != MentionKind::Unknown)
        .collect();
    let found = match anaphora(s, v) {
        Some(Anaphor::Pronoun) => recent.latest_of(&[MentionKind::Person]),
        Some(Anaphor::Party) => recent.latest_of(&[MentionKind::Party]),
        Some(Anaphor::MainPerson) => recent.main_person(),
        None => recent.latest_of(&named),
    };
    found
        .map(|m| m.text.clone())
        .or_else(|| described_subject(s, v, wanted))
}

/// Head nouns of descriptions that can stand for a subject no name was given for
/// ("the ruling party", "the incumbent"), and the kind they describe.
const DESCRIBED_HEADS: &[(&str, MentionKind)] = &[
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
fn described_subject(s: &Sentence, v: &Value, wanted: &[MentionKind]) -> Option<String> {
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

fn age_subject(s: &Sentence, v: &Value, recent: &Recent) -> Option<String> {
    let t = &s.tokens;
    let person = |m: &&Mention| matches!(m.kind, MentionKind::Person | MentionKind::Unknown);
    // right next to the age: "Tokayev, 67", "Tokayev (67)", "Nurzhan, a 50-year-old",
    // "67-year-old Tokayev"
    let filler = |k: usize| matches!(t[k].lower.as_str(), "," | "(" | "a" | "an" | "the");
    let adjacent = |m: &&Mention| {
        (m.last < v.first && (m.last + 1..v.first).all(filler) && v.first - m.last <= 3)
            || m.first == v.last + 1
    };
    if let Some(m) = s.mentions.iter().filter(person).find(adjacent) {
        return Some(m.text.clone());
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

fn method_of(s: &Sentence) -> Option<&'static str> {
    let t = &s.tokens;
    METHOD_CUES
        .iter()
        .find(|(words, _)| {
            words
                .iter()
                .any(|w| (0..t.len()).any(|i| words_at(t, i, w).is_some()))
        })
        .map(|(_, m)| *m)
}

/// "in the North Kazakhstan region", "in Almaty": a place other than the country, after
/// the value (or before it when none follows).
fn region_of(text: &str, s: &Sentence, v: &Value, country: Option<&Mention>) -> Option<String> {
    let t = &s.tokens;
    let is_country = |m: &Mention| country.is_some_and(|c| fold(&c.text) == fold(&m.text));
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
    Some(written.trim_end_matches("'s").to_string())
}

#[cfg(test)]
mod tests;
