//! Claims from news text: sentences (a list entry is one), entity mentions, every
//! number, quantity and date with its hedge, predicates from a frame lexicon
//! ([`CUE_RULES`], [`LIST_FRAMES`]), the subject each figure is about (from its
//! clause), and qualifiers (event, method, region). Every claim keeps its sentence and
//! the byte offsets of its value in the article. Articles may carry a header with a
//! date to the day, the month or the year, or take their source, date and address
//! from a [`Manifest`].
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
mod assign;
mod cues;
#[cfg(feature = "eval")]
mod eval;
mod event;
mod frames;
mod labels;
mod mentions;
mod phrases;
mod roles;
mod sentences;
mod tokens;
mod values;

use std::sync::Arc;

use indexmap::IndexMap;
use serde::Serialize;
use smol_str::SmolStr;

use crate::claim::{Claim, ClaimValue, NUMBER_WORDS, Provenance, Quantity, Source, qualifier};
use crate::claim::{HEDGES, SCALES, TRAILING_HEDGES, UNITS, VAGUE_QUANTITIES};
use crate::date::{Date, Granularity, MONTHS, WEEKDAYS, parse_date};
use crate::entity::{Candidate, EntityId, EntityKind, Registry, Resolution};
use crate::names::{Hybrid, NameKey, NameKind, NameMatcher};
use crate::normalize::{fold, variant_key};

pub use article::{Article, ArticleError, ArticleInfo, Manifest, PublishedDate, file_stem};
use assign::*;
use cues::rule_for;
pub use cues::{
    ADOPTED_FRAME, AGE_FRAME, AdoptedFrame, AgeFrame, CHAMBER_SIZE_FRAME, CONTEST_WORDS,
    COUNTED_NOUN_FRAME, CUE_RULES, ChamberSizeFrame, CueRule, DAMAGE_WIDENER_REACH,
    DAMAGE_WIDENERS, ELECTION_KINDS, ELIDED_SEATS_FRAME, EVENT_DATE_FRAME, EVENT_HEADS,
    EVENT_MODIFIERS, EVENT_ORDINALS, EVENT_SPAN_FRAME, ElidedSeatsFrame, EventDateFrame,
    EventSpanFrame, HEADS_OVER_UNITS, INLINE_LIST_FRAME, IRREGULAR_PLURALS, InlineListFrame,
    LEADER_ROLES, LIST_FRAMES, MARGIN_FRAME, METHOD_CUES, MONEY_FRAME, MarginFrame,
    NEAR_ONLY_EVENT_HEADS, NOMINAL_EVENT_FRAME, NOT_COUNTED, NOT_NAMES, NOT_PLURALS,
    NominalEventFrame, PHRASE_FRAMES, PLACE_APPOSITIONS, PLACE_EVENTS, PhraseFrame,
    REPORTING_VERBS, RESULT_AND_SPAN_FRAME, RESULT_DATE_FRAME, ResultAndSpanFrame, ResultDateFrame,
    SHIFT_SHARE_FRAME, SNAP_WORDS, ShiftShareFrame, SubjectKind, TITLES, ValueKind,
};
#[cfg(feature = "eval")]
pub use eval::{
    DisagreementScores, ExtractionScores, GoldGroup, Judged, read_gold_groups, read_judged,
    score_disagreements, score_extraction,
};
use event::*;
use labels::{Labelled, column_frame, counts_its_entries, heading_frame, label_frame};
use mentions::*;
use phrases::{Phrases, phrases};
pub use sentences::{ABBREVIATIONS, Span, split_sentences};
use tokens::{StripPossessive, Token, TokenKind, tokenize};
use values::*;

/// A claim found in an article, in the claim store's input format plus where it was
/// found: `file`, and `start`..`end`, the byte offsets of the value in the file.
///
/// Its JSON line writes `published` at the precision of the article's header
/// ("2021-01-10", "2022-06", "2022"), exactly as the header wrote it.
#[derive(Debug, Clone, PartialEq)]
pub struct ExtractedClaim {
    /// `file#n`: the n-th claim of the file.
    pub id: String,
    /// The outlet.
    pub source: String,
    /// The publication date: the first day of the period when the header gave only a
    /// month or a year.
    pub published: Date,
    /// How precisely the header gave the publication date.
    pub granularity: Granularity,
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
    pub url: Option<String>,
    /// The file, as given.
    pub file: String,
    /// First byte of the value in the file.
    pub start: usize,
    /// One past the last byte of the value in the file.
    pub end: usize,
}

impl Serialize for ExtractedClaim {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let published = PublishedDate {
            date: self.published,
            granularity: self.granularity,
        };
        let mut s = serializer.serialize_struct("ExtractedClaim", 12)?;
        s.serialize_field("id", &self.id)?;
        s.serialize_field("source", &self.source)?;
        s.serialize_field("published", &published.to_string())?;
        s.serialize_field("subject", &self.subject)?;
        s.serialize_field("predicate", &self.predicate)?;
        s.serialize_field("value", &self.value)?;
        s.serialize_field("qualifiers", &self.qualifiers)?;
        s.serialize_field("quote", &self.quote)?;
        if let Some(url) = &self.url {
            s.serialize_field("url", url)?;
        }
        s.serialize_field("file", &self.file)?;
        s.serialize_field("start", &self.start)?;
        s.serialize_field("end", &self.end)?;
        s.end()
    }
}

impl ExtractedClaim {
    /// One line of JSONL, readable by [`crate::store::ClaimStore::from_jsonl`], with
    /// `published` at the precision the header gave it.
    pub fn to_json_line(&self) -> String {
        // a struct of strings and integers always serializes
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The claim, read as the store reads a claim line, with the sentence as its quote
    /// and the file and offsets as its [`Provenance`]. The same claim as reading
    /// [`ExtractedClaim::to_json_line`] back, plus the provenance. A publication date
    /// known only to the month or the year stays that partial date, so relative values
    /// ("on Sunday", "last week") resolve with the whole period's uncertainty.
    ///
    /// ```
    /// use crosscheck::entity::Registry;
    /// use crosscheck::extract::{Article, extract};
    /// let text = "source: AFP\npublished: 2021-01-10\n\nIn Kazakhstan, Nur Otan won nearly 72% of the vote.\n";
    /// let article = Article::parse("afp.txt", text, None).unwrap();
    /// let claim = extract(&article, &Registry::new())[0].to_claim();
    /// assert_eq!(claim.written, "nearly 72%");
    /// let at = claim.provenance.unwrap();
    /// assert_eq!((at.file.as_str(), &text[at.start..at.end]), ("afp.txt", "nearly 72%"));
    /// ```
    pub fn to_claim(&self) -> Claim {
        Claim {
            id: SmolStr::new(&self.id),
            source: Source {
                name: SmolStr::new(&self.source),
                published: self.published_as_written(),
                url: self.url.clone(),
            },
            subject: SmolStr::new(&self.subject),
            predicate: SmolStr::new(&self.predicate),
            written: SmolStr::new(&self.value),
            unit: None,
            value: ClaimValue::parse(
                &self.value,
                None,
                &self.predicate,
                self.published_as_written(),
            ),
            qualifiers: self
                .qualifiers
                .iter()
                .map(|(k, v)| (SmolStr::new(k), SmolStr::new(v)))
                .collect(),
            quote: Some(self.quote.clone()),
            provenance: Some(Box::new(Provenance {
                file: self.file.clone(),
                start: self.start,
                end: self.end,
            })),
        }
    }

    /// The publication date at the precision the header gave it: a month or a year is
    /// the whole period, not its first day.
    fn published_as_written(&self) -> Date {
        let (y, m, _) = self.published.ymd();
        let partial = match self.granularity {
            Granularity::Month => Date::from_ym(y, m),
            Granularity::Year | Granularity::PartOfYear => Date::from_y(y),
            Granularity::Day => Some(self.published),
        };
        partial.unwrap_or(self.published)
    }
}

impl From<ExtractedClaim> for Claim {
    fn from(c: ExtractedClaim) -> Claim {
        c.to_claim()
    }
}

/// How articles are read.
///
/// ```
/// use crosscheck::extract::ExtractOptions;
/// use crosscheck::names::{Hybrid, HybridConfig};
/// let config = HybridConfig::default().with_match_threshold(0.9);
/// let options = ExtractOptions::new().with_matcher(Hybrid::new(config));
/// assert_eq!(options.matcher().name(), "hybrid");
/// ```
#[derive(Clone)]
#[non_exhaustive]
pub struct ExtractOptions {
    matcher: Arc<dyn NameMatcher>,
}

impl ExtractOptions {
    /// The defaults: the [`Hybrid`] matcher with its default constants.
    pub fn new() -> ExtractOptions {
        ExtractOptions::default()
    }

    /// Resolves names in the text with `matcher`.
    pub fn with_matcher(self, matcher: impl NameMatcher + 'static) -> ExtractOptions {
        self.with_shared_matcher(Arc::new(matcher))
    }

    /// Resolves names in the text with a matcher shared with other stages.
    pub fn with_shared_matcher(mut self, matcher: Arc<dyn NameMatcher>) -> ExtractOptions {
        self.matcher = matcher;
        self
    }

    /// The matcher names are resolved with.
    pub fn matcher(&self) -> &dyn NameMatcher {
        &*self.matcher
    }
}

impl Default for ExtractOptions {
    fn default() -> ExtractOptions {
        ExtractOptions {
            matcher: Arc::new(Hybrid::default()),
        }
    }
}

impl std::fmt::Debug for ExtractOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExtractOptions")
            .field("matcher", &self.matcher.name())
            .finish()
    }
}

/// A sentence, tokenized, with its mentions.
struct Sentence {
    span: Span,
    tokens: Vec<Token>,
    mentions: Vec<Mention>,
}

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

/// Extracts claims from an article with the default [`ExtractOptions`]. Subjects and
/// kinds come from `registry` where it knows the names; other capitalised names are
/// kept as written.
pub fn extract(article: &Article, registry: &Registry) -> Vec<ExtractedClaim> {
    extract_with(article, registry, &ExtractOptions::default())
}

/// Extracts claims from an article, resolving names with the options' matcher.
pub fn extract_with(
    article: &Article,
    registry: &Registry,
    options: &ExtractOptions,
) -> Vec<ExtractedClaim> {
    let body = article.body();
    let mut sentences: Vec<Sentence> = split_sentences(body)
        .into_iter()
        .map(|s| Span {
            start: s.start + article.body_start,
            end: s.end + article.body_start,
        })
        .flat_map(|span| chunks(tokenize(&article.text, span.start, span.end), span))
        .collect();
    find_mentions(&article.text, &mut sentences, registry, options.matcher());
    // an article that names no country (or only its capital) takes the country of a
    // capital it, its outlet or its file names
    // the country of a capital the article, its outlet or its file names, else a
    // country its outlet or its file names ("Brazil Results Service")
    let from_capitals = || {
        let names = [article.source.as_str(), file_stem(&article.file)];
        country_from_capitals(&names, &article.text, &sentences)
            .or_else(|| country_from_names(&names))
    };
    let country = match dominant_place(&article.text, &sentences, registry, article.url.as_deref())
    {
        // a name of no known kind that only looks like a place ("the Ombudsman's
        // office") gives way to the country of a capital the article names ("Lima"),
        // or to the one its outlet names
        Some(c)
            if c.entity.is_none()
                && !crate::names::is_country(&c.key)
                && country_of_capital(&c.key).is_none()
                && let Some(k) = from_capitals() =>
        {
            Some(k)
        }
        Some(c) if country_of_capital(&c.key).is_none() => Some(c),
        found
            if registry
                .entities()
                .iter()
                .any(|e| e.kind == EntityKind::Place) =>
        {
            found
        }
        found => from_capitals().or(found),
    };
    let event = article
        .event
        .clone()
        .or_else(|| detect_event(&sentences, article.published));

    // an article about an election or a referendum: shares in its lists are votes
    let about_a_vote = event.as_deref().is_some_and(|e| {
        e.split(' ')
            .any(|w| ELECTION_WORDS.contains(&w) || matches!(w, "referendum" | "plebiscite"))
    });
    // shares may be an option's (Yes, No) only in an article about a referendum or a
    // constitution (OPTION_TOPICS): an election's are a party's or a candidate's
    let about_options = event
        .as_deref()
        .is_some_and(|e| e.contains("referendum") || e.contains("plebiscite"))
        || sentences.iter().any(|s| {
            s.tokens
                .iter()
                .any(|t| OPTION_TOPICS.contains(&t.lower.as_str()))
        });
    let places = place_names(&sentences, country.as_ref());
    let people = roles::named_people(&sentences);
    let parties = roles::named_parties(&sentences);
    // the chambers the article names, in the order it names them
    let mut chambers: Vec<String> = Vec::new();
    for m in sentences.iter().flat_map(|s| &s.mentions) {
        let convention = fold(&m.text).ends_with(" convention");
        if (is_chamber(&m.text) || convention) && !chambers.contains(&m.text) {
            chambers.push(m.text.clone());
        }
    }
    let mut out = Vec::new();
    let mut heading: Option<usize> = None; // the last line ending with a colon
    // (predicate, subject, value as written) of the claims so far
    let mut said: foldhash::HashSet<(&'static str, String, String)> = foldhash::HashSet::default();
    let mut recent = Recent::default(); // mentions of earlier sentences
    // the sentence and the holder of the last money that was not the country's
    let mut money_before: Option<(usize, String)> = None;
    for (si, s) in sentences.iter().enumerate() {
        let values = find_values(&article.text, s, article.published);
        // methods and frames are read only in sentences that hold a value
        let (method, hits) = if values.is_empty() {
            (None, Vec::new())
        } else {
            // the method the sentence before named: "... citing preliminary results.
            // Her rival was credited with 10.1%." reads both figures as preliminary
            let own_method = method_of(s);
            let method = match own_method {
                None | Some(GENERIC_METHOD) => si
                    .checked_sub(1)
                    .and_then(|p| method_of(&sentences[p]))
                    .or(own_method),
                specific => specific,
            };
            (method, cue_hits(s))
        };
        let paired = coordinated_subjects(s, &values);
        // the frame of the sentence's figure before, where it starts and ends, its kind
        let mut previous: Option<(&'static CueRule, usize, usize, ValueKind)> = None;
        // the subject of the sentence's claim before
        let mut last_subject: Option<String> = None;
        // the frame and kind of the sentence's last figure that is not a total
        let mut base: Option<(&'static CueRule, ValueKind, usize)> = None;
        // the sentence's figures read so far with their frames: (frame, first token,
        // last token, kind)
        let mut framed: Vec<(&'static CueRule, usize, usize, ValueKind)> = Vec::new();
        for (vi, value) in values.into_iter().enumerate() {
            if (hypothetical(s, &value) && !frames::scheduled_office(s, &value))
                || counted_share(s, &value)
                || counts_its_entries(&article.text, &sentences, si, &value)
            {
                continue;
            }
            // "90.21% ... voted in favour": the share of an option, whatever else the
            // sentence says
            let option = about_options
                .then(|| option_subject(s, &value, "vote_share").or_else(|| option_word(s, &value)))
                .flatten();
            // "Electorate: 3,367,556", "Valid votes: 12,743,051": a label names the
            // figure
            // "Dublin Central: 76.51% / 23.49% / 51.5%" under "(Yes / No / turnout)":
            // the heading's column names the figure
            let column = column_frame(&article.text, &sentences, si, &value);
            // "Seats in the Bundestag: 630", "Senate (100 seats)": a chamber's size
            let sized = labels::chamber_size_line(&article.text, &sentences, si, &value);
            let sized_rule = sized.as_ref().map(|l| l.rule);
            let labelled = sized.or_else(|| label_frame(s, &value));
            // "45 countries", "dozens of cities": a count of a plural noun
            let counted = match &labelled {
                Some(Labelled { of: Some(of), .. }) => Some((of.clone(), false)),
                _ => counted_noun(&article.text, s, &value)
                    .map(|(phrase, people)| (phrase, people || frames::demonym(s, &value)))
                    .or_else(|| frames::other_part(s, &value).map(|p| (p, false))),
            };
            // "54.6 per cent, up from 39.1 per cent in May": a figure set against the
            // one before takes its frame
            let compared_rule = base
                .filter(|(_, kind, first)| *kind == value.kind && compared(s, &value, *first))
                .map(|(r, _, _)| r);
            // "6,408,844 votes, 51.95%": the share of the count's holder
            let after_votes = frames::share_after_votes(
                s,
                &value,
                previous.map(|(r, first, last, _)| (r, first, last)),
            );
            // "59.8 percent of electors, or almost 36 million persons": the share's
            // holder's votes
            let restated =
                frames::votes_after_share(s, &value, previous.map(|(r, _, last, _)| (r, last)));
            // "ruled from 1998 to 2008": the end of the span of the start's holder
            let span_end = frames::office_span_rule(s, &value);
            // "42 seats short of a majority", "12,743,051 valid votes": a fixed
            // phrase next to the value names it
            let phrased = frames::phrase_frame(s, &value);
            // "won by some 16.6 million votes", "1.8 million votes ahead of Atiku"
            // "Paiporta, a town of about 27,000 people"
            let held = phrased
                .is_none()
                .then(|| {
                    frames::margin_rule(s, &value)
                        .or_else(|| frames::apposed_place(s, &value))
                        .or_else(|| frames::nominal_event(&article.text, s, &value))
                })
                .flatten();
            let lead = held.as_ref().map(|h| h.rule);
            // "For her candidacy voted 248 deputies": the votes the clause's object
            // received, whoever the counted noun names
            let fronted = fronted_vote_rule(s, &value);
            // "Prabowo 58.77%, Anies 25.25%": a pair of an inline list of results
            let listed_next = frames::list_continuation(s, &value, &framed);
            let listed_first = listed_next
                .is_none()
                .then(|| frames::list_opening(s, &value, about_a_vote))
                .flatten();
            // (both go on with the subject of the figure before them)
            let carried = |r: &CueRule| {
                [after_votes, span_end, restated]
                    .into_iter()
                    .flatten()
                    .any(|x| std::ptr::eq(x, r))
            };
            let rule = if value.of_places {
                // "in at least seven provinces": only the counted noun reads it
                None
            } else if span_end.is_some() {
                span_end
            } else if restated.is_some() {
                restated
            } else if compared_rule.is_some() {
                compared_rule
            } else if let Some(c) = &column {
                Some(c.rule)
            } else if let Some(l) = &labelled {
                Some(l.rule)
            } else {
                option
                    .as_ref()
                    .and_then(|_| option_rule(&value))
                    .or(listed_next.as_ref().map(|l| l.rule))
                    .or(phrased)
                    .or(lead)
                    .or_else(|| frames::event_span_rule(s, &value))
                    .or_else(|| event_date_rule(s, &value))
                    .or_else(|| ballot_date_rule(s, &value, about_a_vote))
                    .or_else(|| frames::event_noun_date_rule(s, &value))
                    .or_else(|| frames::result_date_rule(s, &value, &framed, about_a_vote))
                    .or(after_votes)
                    .or_else(|| contrasted_share_rule(s, &value))
                    .or_else(|| beneficiary_share_rule(s, &value, about_a_vote))
                    .or(fronted)
                    .or_else(|| placing_rule(s, &value, about_a_vote))
                    .or_else(|| {
                        choose_rule(s, &value, &hits, si.checked_sub(1).map(|p| &sentences[p]))
                    })
                    // "the SPD fell from 25.7% to 16.4%": after the head words, so a
                    // change of inflation or of a rate keeps its own frame
                    .or_else(|| frames::shift_share_rule(s, &value, about_a_vote))
                    .or_else(|| {
                        let before = si.checked_sub(1).map(|p| &sentences[p]);
                        frames::elided_seats_rule(s, &value, before, about_a_vote)
                    })
                    .or(listed_first.as_ref().map(|l| l.rule))
                    .or_else(|| heading_frame(&article.text, &sentences, si, &value))
                    .or_else(|| {
                        // the nearer of the last line ending with a colon and the
                        // plain heading right over the box
                        let boxed = labels::box_heading(&article.text, &sentences, si);
                        let over = match (heading, boxed) {
                            (Some(h), Some(b)) => Some(h.max(b)),
                            (h, b) => h.or(b),
                        };
                        list_rule(s, &value, over.map(|h| &sentences[h]), about_a_vote)
                    })
                    .or_else(|| name_figure_rule(s, &value, about_a_vote))
            };
            // a cue far from a counted noun that is not people does not read it:
            // "45 countries" in a sentence about the dead counts countries
            let rule = match (&counted, rule) {
                // the phrase's frame holds its counted noun ("seats short of"), and
                // so do a lead's, an apposition's and a chamber's size ("by 54,000
                // votes", "a town of 27,000 people", "Senate, 100 members")
                (Some(_), Some(r))
                    if [phrased, lead, fronted, sized_rule]
                        .into_iter()
                        .flatten()
                        .any(|p| std::ptr::eq(p, r)) =>
                {
                    Some(r)
                }
                // "Fourteen other candidates": a part of a whole is counted, not the
                // whole a head word names (unless the frame's own head says "other")
                (Some((phrase, _)), Some(r))
                    if phrase.starts_with("other ")
                        && !r.cues.iter().any(|c| c.starts_with("other ")) =>
                {
                    Some(&COUNTED_NOUN_FRAME)
                }
                (Some((phrase, people)), Some(r)) => {
                    let end = value.last + phrase.split_whitespace().count() + 1;
                    // "killed when two dams burst": a toll of people does not count
                    // things, unless the noun is the toll's own ("5,800 deaths")
                    let things = !*people
                        && PEOPLE_PREDICATES.contains(&r.predicate)
                        && !r.cues.iter().any(|c| phrase.ends_with(c));
                    (!things && (*people || cue_near(&hits, r, &value, end, 2)))
                        .then_some(r)
                        .or(Some(&COUNTED_NOUN_FRAME))
                }
                (Some(_), None) => Some(&COUNTED_NOUN_FRAME),
                (None, r) => r,
            };
            // "10,000 homes were damaged or destroyed": buildings damaged are counted,
            // not destroyed ones
            let rule = match (&counted, rule) {
                (Some(_), Some(r)) if frames::widened_damage(s, &value, r) => {
                    Some(&COUNTED_NOUN_FRAME)
                }
                (_, r) => r,
            };
            // "7,842,477 votes for Reject and 4,830,725 for Approve": a figure joined
            // to the one before by "and", with no frame of its own, shares its frame
            let rule = rule.or_else(|| {
                previous
                    .filter(|(_, first, last, kind)| {
                        *kind == value.kind && gapped(s, *first, *last, value.first)
                    })
                    .map(|(r, _, _, _)| r)
            });
            // "the government set aside Rs 1.5 trillion": money no frame reads is an
            // amount
            let rule = rule.or_else(|| (value.kind == ValueKind::Money).then_some(&MONEY_FRAME));
            // "Green Party: 1 seat": one seat is a party's, not a chamber's size
            let rule = match rule {
                Some(r) if r.predicate == "seats_total" && frames::one_seat(s, &value) => {
                    rule_for("seats_won", ValueKind::Count)
                }
                r => r,
            };
            let Some(rule) = rule else {
                // a figure of another kind between two joined figures ("69.8% in
                // September and was still above 50%") does not part them
                if previous.is_some_and(|(_, _, _, kind)| kind == value.kind) {
                    previous = None;
                }
                continue;
            };
            previous = Some((rule, value.first, value.last, value.kind));
            framed.push((rule, value.first, value.last, value.kind));
            // "71 of the 107 seats, down from 88": a total after "of" is not what a
            // later figure is set against
            let total = (value.first > 0 && s.tokens[value.first - 1].lower == "of")
                || (value.first > 1 && words_at(&s.tokens, value.first - 2, "of the") == Some(2));
            if !total {
                base = Some((rule, value.kind, value.first));
            }
            // "signed" with no law or deal signed dates nothing
            if signed_nothing(s, &value, &hits, rule) {
                continue;
            }
            // "156 people died in an alley 3.2 metres wide": a toll counts people, in
            // whole numbers and no unit of measure
            if PEOPLE_PREDICATES.contains(&rule.predicate) && !counts_people(&value.written) {
                continue;
            }
            let subject = if value.kind == ValueKind::Age {
                age_subject(s, &value, &recent)
            } else {
                let context = Context {
                    recent: &recent,
                    country: country.as_ref(),
                    places: &places,
                    text: &article.text,
                    year: article.published.year(),
                };
                carried(rule)
                    .then(|| last_subject.clone())
                    .flatten()
                    .or_else(|| column.as_ref().and_then(|c| c.holder.clone()))
                    .or_else(|| labelled.as_ref().and_then(|l| l.holder.clone()))
                    // "20.1% for Mr. Cole", "For her voted 57.7%": the name "for"
                    // gives a result, before any list the figure seems to go on
                    .or_else(|| {
                        matches!(rule.predicate, "vote_share" | "votes_received")
                            .then(|| {
                                for_whom(s, &value).or_else(|| fronted_for_whom(s, &value, &recent))
                            })
                            .flatten()
                    })
                    // the name a lead's verb or an apposition gives its figure
                    .or_else(|| {
                        held.as_ref()
                            .filter(|h| std::ptr::eq(h.rule, rule))
                            .and_then(|h| h.holder.clone())
                    })
                    // the name a pair of a list gives its figure
                    .or_else(|| {
                        listed_next
                            .as_ref()
                            .or(listed_first.as_ref())
                            .filter(|l| std::ptr::eq(l.rule, rule))
                            .map(|l| l.holder.clone())
                    })
                    .or_else(|| {
                        about_options
                            .then(|| {
                                option_subject(s, &value, rule.predicate).or_else(|| {
                                    matches!(rule.predicate, "vote_share" | "votes_received")
                                        .then(|| option_word(s, &value))
                                        .flatten()
                                })
                            })
                            .flatten()
                    })
                    // "55.7% to Sergio Massa's 44.3%"
                    .or_else(|| {
                        (rule.predicate == "vote_share")
                            .then(|| contrasted_owner(s, &value).map(|m| m.text.clone()))
                            .flatten()
                    })
                    // "Lula defeated Bolsonaro, winning 50.9%": the main clause's subject
                    .or_else(|| {
                        matches!(
                            rule.predicate,
                            "vote_share" | "votes_received" | "seats_won"
                        )
                        .then(|| roles::participle_subject(s, &value))
                        .flatten()
                    })
                    // "the winner's lead", "Sandu's margin": a lead's holder
                    .or_else(|| {
                        (rule.predicate == "margin")
                            .then(|| {
                                let heads = rule_hits(&hits, rule);
                                roles::margin_subject(s, &value, &heads, roles::leader(&out))
                            })
                            .flatten()
                    })
                    // "the winner's share was 50.9%": the one the article has leading
                    .or_else(|| {
                        (matches!(rule.predicate, "vote_share" | "votes_received")
                            && roles::names_the_winner(s, &value))
                        .then(|| roles::leader(&out).map(str::to_string))
                        .flatten()
                    })
                    // "a majority takes 316 seats": the size a phrase gives a chamber
                    // is the chamber's the sentence names, else the article's first
                    .or_else(|| {
                        (rule.subject == SubjectKind::Chamber
                            && phrased.is_some_and(|p| std::ptr::eq(p, rule)))
                        .then(|| {
                            chamber_subject(s, &value, &chambers)
                                .or_else(|| chambers.first().cloned())
                        })
                        .flatten()
                    })
                    // "A, B and C won 176 of the 349 seats in the Riksdag": a size is
                    // the chamber's, named in the sentence or else in the article,
                    // before any name listed beside it
                    // (the article's first chamber only when the sentence names no
                    // other body: "the commission will have 15 members" is the
                    // commission's)
                    .or_else(|| {
                        (rule.subject == SubjectKind::Chamber)
                            .then(|| {
                                chamber_subject(s, &value, &chambers).or_else(|| {
                                    (!s.mentions
                                        .iter()
                                        .any(|m| m.kind == MentionKind::Organisation))
                                    .then(|| chambers.first().cloned())
                                    .flatten()
                                })
                            })
                            .flatten()
                    })
                    .or_else(|| {
                        paired[vi].clone().filter(|_| {
                            !matches!(rule.subject, SubjectKind::Country | SubjectKind::Place)
                        })
                    })
                    // "Lula came first in 14 states": the winner's count of places
                    .or_else(|| {
                        (rule.predicate == COUNTED_NOUN_FRAME.predicate && counted.is_some())
                            .then(|| counted_holder(s, &value, &places))
                            .flatten()
                    })
                    // "the $8 million released by the World Bank": the agent of a
                    // participle after a sum
                    .or_else(|| {
                        (value.kind == ValueKind::Money)
                            .then(|| passive_agent(s, &value))
                            .flatten()
                    })
                    // "the central bank raised its rate": the bank the article names
                    .or_else(|| roles::body_subject(&sentences, si, rule.predicate))
                    .or_else(|| adopted_thing(s, &value, &hits, rule))
                    .or_else(|| cue_object(s, &value, &hits, rule))
                    .or_else(|| cue_holder(s, &value, &hits, rule))
                    .or_else(|| {
                        (rule.kind == ValueKind::Money && rule.subject == SubjectKind::Any)
                            .then(|| state_subject(s, &value, &context))
                            .flatten()
                    })
                    // "... approved a loan of about $3 billion to Sri Lanka. About $333
                    // million will be paid out at once": money in a sentence that names
                    // no one goes on with the money of the sentence before
                    .or_else(|| {
                        (rule.kind == ValueKind::Money
                            && rule.subject == SubjectKind::Any
                            && !s.mentions.iter().any(|m| m.kind != MentionKind::Place))
                        .then(|| {
                            money_before
                                .as_ref()
                                .filter(|(at, _)| *at + 1 >= si)
                                .map(|(_, who)| who.clone())
                        })
                        .flatten()
                    })
                    .or_else(|| {
                        (rule.subject == SubjectKind::Event)
                            .then(|| event_subject(&article.text, &sentences, si, &value, &context))
                            .flatten()
                    })
                    .or_else(|| {
                        (rule.predicate == "duration")
                            .then(|| spanned_phrase(s, &value))
                            .flatten()
                    })
                    .or_else(|| choose_subject(s, &value, rule.subject, &context))
            };
            let Some(subject) = subject else { continue };
            // "Lima, 64, received ...": a person named short takes the full name
            let person_shaped = !matches!(
                rule.subject,
                SubjectKind::Country
                    | SubjectKind::Place
                    | SubjectKind::Chamber
                    | SubjectKind::Organisation
                    | SubjectKind::Event
            );
            let subject = person_shaped
                .then(|| {
                    roles::full_name(&subject, &people, &places)
                        .or_else(|| roles::party_full_name(&subject, &parties))
                })
                .flatten()
                .unwrap_or(subject);
            last_subject = Some(subject.clone());
            if value.kind == ValueKind::Money && country.as_ref().is_none_or(|c| c.text != subject)
            {
                money_before = Some((si, subject.clone()));
            }
            // "the National Assembly, which will have 107 members", "Grand National
            // Assembly, 600 seats": members or seats of a chamber are its size
            // (not the name a list entry opens with: "African National Congress
            // (ANC): 40.18%, 159 seats" is a party's result)
            // (nor a name right before its figure in a run of pairs: "ANC 159, DA 87")
            let opens_entry = s
                .mentions
                .first()
                .is_some_and(|m| m.text == subject && entry_colon(&s.tokens, m).is_some())
                || s.mentions.iter().any(|m| {
                    m.text == subject
                        && m.last + 1 == value.first
                        && !mentions::possessive(&s.tokens[m.last])
                });
            let rule = if matches!(rule.predicate, "members" | "seats_won")
                && is_chamber(&subject)
                && !opens_entry
            {
                CUE_RULES
                    .iter()
                    .find(|r| r.predicate == "seats_total")
                    .unwrap_or(rule)
            } else {
                rule
            };
            let mut qualifiers = IndexMap::new();
            if rule.event
                && let Some(e) = &event
            {
                // the day of a vote in another year is another vote's
                let e = frames::event_of_date(e, rule, &value.written, article.published)
                    .unwrap_or_else(|| e.clone());
                qualifiers.insert(qualifier::EVENT.to_string(), e);
            }
            if rule.predicate == COUNTED_NOUN_FRAME.predicate
                && let Some((phrase, _)) = &counted
            {
                qualifiers.insert("of".to_string(), phrase.clone());
            }
            if rule.measured {
                if let Some(m) = method {
                    qualifiers.insert(qualifier::METHOD.to_string(), m.to_string());
                }
                let region = column
                    .as_ref()
                    .map(|c| c.region.clone())
                    .or_else(|| region_of(&article.text, s, &value, country.as_ref()));
                if let Some(r) = region {
                    qualifiers.insert(qualifier::REGION.to_string(), r);
                }
            }
            // "A, B and C with less than 3% each": the figure of every name listed
            let mut subjects = each_of(s, &value, &subject);
            if subjects.is_empty() {
                subjects.push(subject);
            }
            for subject in subjects {
                // the same figure in the same words said again is one claim (a
                // headline and the body that repeats it)
                if !said.insert((rule.predicate, subject.clone(), value.written.clone())) {
                    continue;
                }
                out.push(ExtractedClaim {
                    id: format!("{}#{}", article.file, out.len() + 1),
                    source: article.source.clone(),
                    published: article.published,
                    granularity: article.granularity,
                    subject,
                    predicate: rule.predicate.to_string(),
                    value: value.written.clone(),
                    qualifiers: qualifiers.clone(),
                    quote: article.text[s.span.start..s.span.end].to_string(),
                    url: article.url.clone(),
                    file: article.file.clone(),
                    // the value as written starts its span ("Sunday" of "Sunday's")
                    start: s.tokens[value.first].start,
                    end: s.tokens[value.first].start + value.written.len(),
                });
            }
        }
        for m in &s.mentions {
            recent.push(m);
        }
        recent.end_sentence();
        match s.tokens.last().map(|t| t.lower.as_str()) {
            Some(":") => heading = Some(si),
            Some("." | "!" | "?") => heading = None,
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests;
