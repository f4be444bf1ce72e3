//! Names in sentences: runs of capitals resolved through the registry, surnames
//! joined to the full name used before, and what earlier sentences named.

use super::*;

/// The kind of thing a mention names, as far as the extractor can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MentionKind {
    Person,
    Party,
    Place,
    Organisation,
    Unknown,
}

/// Names of the parts of a country by the compass, folded: a name that is one of them
/// alone is a region ("won the Northeast with 69%"), never a party or a person.
pub(super) const COMPASS_REGIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "north-east",
    "northwest",
    "north-west",
    "southeast",
    "south-east",
    "southwest",
    "south-west",
    "centre-west",
    "center-west",
    "midwest",
    "far north",
    "far east",
    "deep south",
];

/// Words that make a name, or a name right after them, a party: "Armenia Alliance",
/// "the bloc \"Armenia\"", "the Republican People's Party".
pub(super) const PARTY_HEADS: &[&str] = &[
    "party",
    "alliance",
    "bloc",
    "coalition",
    "front",
    "movement",
    "union",
    "list",
];

/// Titles before a name that make it a person's.
pub(super) const PERSON_TITLES: &[&str] = &[
    "president",
    "minister",
    "premier",
    "mr",
    "mrs",
    "ms",
    "dr",
    "leader",
    "candidate",
    "chairman",
    "chairwoman",
    "spokesman",
    "spokeswoman",
    "mayor",
    "governor",
    "general",
    "ayatollah",
    "rival",
    "challenger",
    "incumbent",
    "speaker",
    "commander",
];

/// Titles of rulers and offices that stand before a name like [`PERSON_TITLES`] but
/// say nothing else about it ("King Mohammed VI", "Taoiseach Leo Varadkar").
pub(super) const HONORIFICS: &[&str] = &["king", "queen", "taoiseach", "chancellor", "secretary"];

/// Titles that inside a run of capitals are more often part of a body's name than a
/// person's title ("UN General Assembly").
pub(super) const NOT_INNER_TITLES: &[&str] = &["general"];

/// A name in a sentence: tokens `first..last` (inclusive), as written.
#[derive(Debug, Clone)]
pub(super) struct Mention {
    pub(super) first: usize,
    pub(super) last: usize,
    /// The name as the claim will carry it.
    pub(super) text: String,
    pub(super) kind: MentionKind,
    pub(super) entity: Option<EntityId>,
    /// `text` folded for comparison, set once the article's names are final.
    pub(super) key: String,
}

/// True when `w` (lowercase) is one of the [`TITLES`]: one hash lookup.
pub(super) fn is_title(w: &str) -> bool {
    static SET: std::sync::LazyLock<foldhash::HashSet<&'static str>> =
        std::sync::LazyLock::new(|| TITLES.iter().copied().collect());
    SET.contains(w)
}

/// Lowercase particles inside personal and place names ("Lula da Silva", "Alexandre
/// de Moraes", "Ursula von der Leyen", "Mohammed bin Salman"): like `of`, they join
/// two capitalised words into one name, and only when a capital follows.
pub(super) const NAME_PARTICLES: &[&str] = &[
    "de", "da", "das", "do", "dos", "di", "del", "della", "du", "van", "von", "der", "den", "bin",
    "ibn",
];

pub(super) fn is_connector(t: &Token) -> bool {
    t.kind == TokenKind::Word && connector_word(&t.lower)
}

/// True when a word (lowercase) joins the words of a name rather than being one of
/// them: "of", "for", "and", "the" and the particles of [`NAME_PARTICLES`].
fn connector_word(lower: &str) -> bool {
    matches!(lower, "of" | "for" | "and" | "the") || NAME_PARTICLES.contains(&lower)
}

pub(super) fn possessive(t: &Token) -> bool {
    t.lower.ends_with("'s") || t.lower.ends_with("’s")
}

/// A line in title case (a headline: no full stop, most long words capitalised):
/// capitals say nothing about names there.
pub(super) fn title_case(s: &Sentence) -> bool {
    if s.tokens
        .last()
        .is_some_and(|t| matches!(t.lower.as_str(), "." | "!" | "?"))
    {
        return false;
    }
    // an entry of a list: "Recep Tayyip Erdoğan: 27,133,849 votes, or 49.52%"
    if s.tokens
        .windows(2)
        .any(|w| w[0].lower == ":" && w[1].kind == TokenKind::Number)
        || s.tokens
            .last()
            .is_some_and(|t| t.kind == TokenKind::Number || t.lower == "%")
    {
        return false;
    }
    // (long words, of which capitalised)
    let (long, capital) = s
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word && t.lower.chars().count() > 3)
        .fold((0usize, 0usize), |(n, c), t| {
            (n + 1, c + usize::from(t.capital))
        });
    long >= 3 && capital * 10 >= long * 7
}

pub(super) fn find_mentions(
    text: &str,
    sentences: &mut [Sentence],
    registry: &Registry,
    matcher: &dyn NameMatcher,
) {
    // capitalised words seen other than at the start of a sentence
    let mut inner_capitals: foldhash::HashSet<SmolStr> = foldhash::HashSet::default();
    // words the article also writes in lowercase: common nouns ("protesters"), never
    // a name's single word ("Labour")
    let mut written_lower: foldhash::HashSet<SmolStr> = foldhash::HashSet::default();
    // sized once for the article's words rather than grown (and rehashed) as they come
    let words: usize = sentences.iter().map(|s| s.tokens.len()).sum();
    inner_capitals.reserve(words / 8);
    written_lower.reserve(words / 4);
    for s in sentences.iter() {
        for t in s.tokens.iter().skip(1) {
            if t.kind != TokenKind::Word {
                continue;
            }
            let word = SmolStr::new(t.lower.strip_possessive());
            if t.capital {
                inner_capitals.insert(word);
            } else {
                written_lower.insert(word);
            }
        }
    }
    let joined = names_joined_by_and(text, sentences);
    type Classified = (Option<EntityId>, MentionKind, bool, Option<String>);
    let mut cache: foldhash::HashMap<String, Classified> = foldhash::HashMap::default();
    // multi-word names by the key of their last word, the latest kept
    let mut by_surname: foldhash::HashMap<String, Mention> = foldhash::HashMap::default();
    // names by the key of a short form other than the surname ("Lula" of "Luiz
    // Inácio Lula da Silva"); none when two names share it
    let mut by_part: foldhash::HashMap<String, Option<Mention>> = foldhash::HashMap::default();
    // the key of each surname seen, computed once
    let mut surname_keys: foldhash::HashMap<String, String> = foldhash::HashMap::default();
    // names by the initials the article gives them in a parenthesis ("African National
    // Congress (ANC)")
    let mut by_initials: foldhash::HashMap<String, Mention> = foldhash::HashMap::default();
    let named_entries: Vec<bool> = sentences.iter().map(|s| named_entry(text, s)).collect();
    for (si, s) in sentences.iter_mut().enumerate() {
        let headline = title_case(s);
        let runs = capital_runs(text, &s.tokens, &joined);
        for (first, last) in runs {
            // titles and articles in front are not part of the name
            let mut first = first;
            let run_start = first;
            // titles, articles, and a weekday or month in front ("Monday the World
            // Bank") are not part of the name
            loop {
                let w = s.tokens[first].lower.strip_possessive();
                let title = is_title(w)
                    || is_weekday(w)
                    || is_month(w)
                    || (first == run_start && LEADING_FUNCTION_WORDS.contains(&w));
                let connector = is_connector(&s.tokens[first]) && first > 0;
                if first < last && (title || connector) {
                    first += 1;
                } else {
                    break;
                }
            }
            // "Defence Minister Prabowo Subianto", "British Prime Minister Liz
            // Truss", "King Mohammed VI": a title inside the run ends what comes
            // before the name
            if let Some(k) = (first..last).rev().find(|&k| {
                let w = s.tokens[k].lower.as_str();
                (PERSON_TITLES.contains(&w) || HONORIFICS.contains(&w))
                    && !NOT_INNER_TITLES.contains(&w)
                    && s.tokens[k + 1].capital
                    && s.tokens[k + 1].kind == TokenKind::Word
            }) {
                first = k + 1;
            }
            if is_title(&s.tokens[first].lower) {
                continue;
            }
            // "the President of Turkey Redzhep Tayip Erdogan": the country a title
            // belongs to is not part of the person's name
            if first > 0
                && last >= first + 2
                && s.tokens[first - 1].lower == "of"
                && crate::names::is_country(&fold(&s.tokens[first].lower))
            {
                first += 1;
            }
            if dateline(text, &s.tokens, first, last) {
                continue;
            }
            let raw = &text[s.tokens[first].start..s.tokens[last].end];
            let written = raw
                .strip_suffix("'s")
                .or_else(|| raw.strip_suffix("’s"))
                .unwrap_or(raw);
            let single = first == last;
            let bare = s.tokens[first].lower.strip_possessive();
            if single && (NOT_NAMES.contains(&bare) || is_month(bare) || is_weekday(bare)) {
                continue;
            }
            // "US$12 billion": a country's code written onto a currency sign is part of
            // the money's unit, not a name the sentence mentions
            let signed = |x: &Token| {
                x.start == s.tokens[last].end && CURRENCY_SIGNS.contains(&x.lower.as_str())
            };
            if single && s.tokens.get(last + 1).is_some_and(signed) {
                continue;
            }
            let (entity, kind, near_known, canonical) = match cache.get(written) {
                Some(known) => known.clone(),
                None => {
                    let c = classify(registry, matcher, written);
                    cache.insert(written.to_string(), c.clone());
                    c
                }
            };
            if entity.is_none() {
                if headline {
                    continue;
                }
                // "Turkish politics", "the Sri Lankan economy": a people's adjective
                // before a common noun describes the noun, it names no one
                if s.tokens
                    .get(last + 1)
                    .is_some_and(|n| n.kind == TokenKind::Word && !n.capital && !is_connector(n))
                    && crate::names::country_of_demonym(&fold(written)).is_some()
                {
                    continue;
                }
                let lower = s.tokens[first].lower.strip_possessive();
                let opens = s.tokens[..first].iter().all(|t| t.kind == TokenKind::Punct);
                let owner = possessive(&s.tokens[first]);
                // a country of the gazetteer is a name wherever it stands: "Syria has
                // reported ..." in an article that names Syria nowhere else
                if opens
                    && single
                    && !acronym_name(written)
                    && !inner_capitals.contains(lower)
                    && !near_known
                    && !owner
                    && !crate::names::is_country(&fold(lower))
                    && !(single && among_named_entries(&s.tokens, si, &named_entries))
                    && !(single && led_by_after(&s.tokens, last) && !written_lower.contains(lower))
                    && !{
                        // a surname or a short form of a name the article gave before
                        // ("Atiku carried 12 states")
                        let key = surname_key(&mut surname_keys, written);
                        by_surname.contains_key(key)
                            || by_part.get(key).is_some_and(Option::is_some)
                    }
                {
                    continue; // a capital that only starts the sentence
                }
            }
            let mut mention = Mention {
                first,
                last,
                text: written.to_string(),
                kind,
                entity,
                key: String::new(),
            };
            // `party "Civil Contract"`, `Civil Contract party`: a party, whatever the
            // name looks like
            let t = &s.tokens;
            let quoted_after_head = first >= 2
                && matches!(t[first - 1].lower.as_str(), "\"" | "“" | "«")
                && PARTY_HEADS.contains(&t[first - 2].lower.as_str());
            let head_after = t
                .get(last + 1)
                .is_some_and(|w| matches!(w.lower.as_str(), "party" | "bloc" | "alliance"));
            if entity.is_none() && (quoted_after_head || head_after) {
                mention.kind = MentionKind::Party;
            }
            // "President Recep Tayyip Erdoğan", "premier Nikol Pashinyan": a person
            let titled = (run_start.saturating_sub(2)..first)
                .any(|k| PERSON_TITLES.contains(&t[k].lower.as_str()));
            if entity.is_none() && mention.kind == MentionKind::Unknown && titled {
                mention.kind = MentionKind::Person;
            }
            // `the bloc "Armenia"`: a bloc named like a place keeps its noun
            if quoted_after_head && t[first - 2].lower == "bloc" {
                mention.text = format!("bloc \"{}\"", mention.text);
            }
            let initials = single
                .then(|| by_initials.get(written))
                .flatten()
                .filter(|full| full.text != written);
            if let Some(full) = initials {
                // "ANC" after "African National Congress (ANC)": the full name
                mention.text = full.text.clone();
                mention.kind = full.kind;
                mention.entity = full.entity;
            } else if single && (entity.is_none() || canonical.is_some()) {
                // the full name the article used before, else the one the registry knows
                let key = surname_key(&mut surname_keys, &mention.text);
                if !corefer(&mut mention, key, &by_surname)
                    && !corefer_part(&mut mention, key, &by_part)
                    && let Some(name) = canonical
                {
                    mention.text = name;
                }
            } else if entity.is_none() {
                // "Lula da Silva" after "Luiz Inácio Lula da Silva": the longer name
                let last_word = mention.text.rsplit(' ').next().unwrap_or_default();
                let key = surname_key(&mut surname_keys, last_word).to_string();
                if let Some(m) = by_surname.get(&key)
                    && is_name_tail(&mention.text, &m.text)
                {
                    mention.text = m.text.clone();
                    mention.kind = m.kind;
                    mention.entity = m.entity;
                }
            }
            if matches!(mention.kind, MentionKind::Person | MentionKind::Unknown) {
                for part in short_forms(&mention.text) {
                    let key = surname_key(&mut surname_keys, part).to_string();
                    let slot = by_part.entry(key).or_insert_with(|| Some(mention.clone()));
                    if slot.as_ref().is_some_and(|m| m.text != mention.text) {
                        *slot = None; // two names share the word: neither is meant
                    }
                }
            }
            let mut words = mention.text.split_whitespace();
            if let (Some(_), Some(last)) = (words.next(), words.next_back()) {
                let key = surname_key(&mut surname_keys, last);
                // the latest name of each surname (a repeat of the same one changes
                // nothing that `corefer` reads)
                let same = by_surname.get(key).is_some_and(|m| {
                    m.text == mention.text && m.kind == mention.kind && m.entity == mention.entity
                });
                if !same {
                    by_surname.insert(key.to_string(), mention.clone());
                }
            }
            if let Some(short) = initials_after(text, &s.tokens, last)
                && !single
            {
                by_initials.insert(short, mention.clone());
            }
            s.mentions.push(mention);
        }
    }
    // "Maduro" in a headline before "President Nicolás Maduro": a single word no
    // earlier name explained takes the full name the article gives later (its
    // latest name of that surname, else the one name it is a short form of)
    for m in sentences.iter_mut().flat_map(|s| s.mentions.iter_mut()) {
        if m.entity.is_some()
            || m.text.contains(char::is_whitespace)
            || !matches!(m.kind, MentionKind::Person | MentionKind::Unknown)
        {
            continue;
        }
        let key = surname_key(&mut surname_keys, &m.text).to_string();
        let mut full = m.clone();
        let found =
            corefer(&mut full, &key, &by_surname) || corefer_part(&mut full, &key, &by_part);
        let bodylike = full
            .text
            .split_whitespace()
            .any(|w| matches!(w.to_lowercase().as_str(), "of" | "for" | "and" | "the"));
        if found && full.kind == MentionKind::Person && !bodylike {
            *m = full;
        }
    }
    spell_out_abbreviations(sentences);
    // a name the article once marks as a party is a party wherever it stands
    let parties: foldhash::HashSet<String> = sentences
        .iter()
        .flat_map(|s| &s.mentions)
        .filter(|m| m.kind == MentionKind::Party && m.entity.is_none())
        .map(|m| fold(&m.text))
        .collect();
    let mut folded: foldhash::HashMap<String, String> = foldhash::HashMap::default();
    for m in sentences.iter_mut().flat_map(|s| s.mentions.iter_mut()) {
        m.key = match folded.get(&m.text) {
            Some(k) => k.clone(),
            None => {
                let k = fold(&m.text);
                folded.insert(m.text.clone(), k.clone());
                k
            }
        };
        if m.entity.is_none() && m.kind == MentionKind::Unknown && parties.contains(&m.key) {
            m.kind = MentionKind::Party;
        }
    }
}

/// The colon of a line that is a list entry: a label of words at its start (a
/// parenthesis after them allowed), a colon, and a number right after ("Die Linke:
/// 8.8%, 64 seats", "Greens: 11.6%", "Ensemble (centre): 158").
fn entry_label_colon(t: &[Token]) -> Option<usize> {
    let words = t.iter().take_while(|x| x.kind == TokenKind::Word).count();
    if words == 0 {
        return None;
    }
    let colon = past_parenthesis(t, words);
    (t.get(colon)?.lower == ":" && t.get(colon + 1)?.kind == TokenKind::Number).then_some(colon)
}

/// True when the line is a list entry whose label has the shape of a name whatever
/// stands around it: two capitalised words or more ("Die Linke: 8.8%"), or an
/// abbreviation ("SPD: 16.4%").
fn named_entry(text: &str, s: &Sentence) -> bool {
    let t = &s.tokens;
    let Some(colon) = entry_label_colon(t) else {
        return false;
    };
    let words = t[..colon].iter().take_while(|x| x.lower != "(").count();
    let capitals = t[..words].iter().all(|x| x.capital || is_connector(x));
    (words >= 2 && capitals && t[0].capital)
        || (words == 1 && acronym_name(&text[t[0].start..t[0].end]))
}

/// True when the sentence `si` is a list entry opened by one capitalised word that
/// no frame reads as a label ("Greens: 11.6%, 85 seats", not "Turnout: 82.5%"), next
/// to an entry whose label has a name's shape ([`named_entry`]): one name of a list of
/// results, though its capital only opens the line.
fn among_named_entries(t: &[Token], si: usize, named_entries: &[bool]) -> bool {
    if entry_label_colon(t) != Some(past_parenthesis(t, 1))
        || cue_word(&t[0].lower)
        || NO_HOLDER_LABELS.contains(&t[0].lower.as_str())
    {
        return false;
    }
    let before = si.checked_sub(1).is_some_and(|p| named_entries[p]);
    before || named_entries.get(si + 1).copied().unwrap_or(false)
}

/// One-word labels of a results list that name a share of the ballots no one holds
/// ("Abstention: 38.8%", "Undecided: 12%", "Others: 4%"): never a name, whatever the
/// entries beside them.
const NO_HOLDER_LABELS: &[&str] = &[
    "abstention",
    "abstentions",
    "undecided",
    "participation",
    "others",
    "other",
    "blank",
    "null",
    "void",
    "invalid",
    "spoilt",
    "spoiled",
    "none",
    "total",
];

/// True when `word` (lowercase), or its singular, is a word of a cue of any frame
/// ([`CUE_RULES`]): a label made of it names the figure ("Turnout", "Seats",
/// "Thresholds"), not a holder.
fn cue_word(word: &str) -> bool {
    static WORDS: std::sync::LazyLock<foldhash::HashSet<&'static str>> =
        std::sync::LazyLock::new(|| {
            CUE_RULES
                .iter()
                .flat_map(|r| r.cues.iter().chain(r.also.iter()))
                .flat_map(|c| c.split(' '))
                .collect()
        });
    WORDS.contains(word) || word.strip_suffix('s').is_some_and(|w| WORDS.contains(w))
}

/// The capitals that open the words of a name, its joining words left out ("African
/// National Congress" → "ANC", "Party of the Regions" → "PR"); none when a word does
/// not open with a capital ("uMkhonto weSizwe") or the name is of one word.
fn initials(name: &str) -> Option<String> {
    let mut out = String::new();
    let mut words = 0;
    for w in name.split_whitespace() {
        if connector_word(&w.to_lowercase()) {
            continue;
        }
        let first = w.chars().next()?;
        if !first.is_uppercase() {
            return None;
        }
        out.extend(first.to_uppercase());
        words += 1;
    }
    (words >= 2).then_some(out)
}

/// "ANC" in an article that names the "African National Congress" without giving its
/// abbreviation in a parenthesis: an abbreviation in capitals whose letters are the
/// initials of one name of a body the article writes out in full takes that name, the
/// article's spelling of what it is about (a subject is written as the article first
/// names it in full). Not when two names of the article share the initials ("SD" of
/// both "Sweden Democrats" and "Social Democrats"), nor for names of people or places
/// ("MC" beside "Mexico City"), which abbreviations seldom stand for.
fn spell_out_abbreviations(sentences: &mut [Sentence]) {
    // the full names by their initials; none when two names share them
    let mut full: foldhash::HashMap<String, Option<Mention>> = foldhash::HashMap::default();
    for m in sentences.iter().flat_map(|s| &s.mentions) {
        if matches!(m.kind, MentionKind::Person | MentionKind::Place) {
            continue;
        }
        let folded = fold(&m.text);
        if country_of_capital(&folded).is_some() || crate::names::is_country(&folded) {
            continue;
        }
        let Some(key) = initials(&m.text) else {
            continue;
        };
        let slot = full.entry(key).or_insert_with(|| Some(m.clone()));
        if slot.as_ref().is_some_and(|f| f.text != m.text) {
            *slot = None;
        }
    }
    if full.is_empty() {
        return;
    }
    for m in sentences.iter_mut().flat_map(|s| s.mentions.iter_mut()) {
        let capitals = m.text.chars().all(|c| c.is_uppercase());
        if m.entity.is_some() || !capitals || !acronym_name(&m.text) {
            continue;
        }
        if let Some(Some(f)) = full.get(&m.text) {
            m.text = f.text.clone();
            // (the abbreviation of a party is a party: "DA" of "Democratic Alliance")
            if f.kind == MentionKind::Party {
                m.kind = MentionKind::Party;
            }
        }
    }
}

/// Abbreviations in capitals that stand for a measure, a unit or a time of day rather
/// than for a body a figure is about ("GDP grew 3%", "KM 12", "PM 2.5"). Currency codes
/// and months are told apart by their own tables.
pub(super) const NOT_NAME_ACRONYMS: &[&str] = &[
    "gdp", "gnp", "gni", "cpi", "ppi", "pmi", "km", "kg", "mw", "gw", "kwh", "bps", "bp", "am",
    "pm", "tv", "ceo", "vat", "ok", "nb", "faq", "ap", "afp",
];

/// The most letters an abbreviation written all in capitals has ("NUPES"): a longer
/// word in capitals is shouting ("BREAKING", "UPDATE"), not a name.
pub(super) const ACRONYM_MAX_CAPITALS: usize = 5;

/// True when the word as written has the shape of the short name of a body: two
/// capitals or more and nothing but letters and joining signs ("SPD", "AfD", "PiS",
/// "ActionSA", "FF+"), neither a currency code, a month nor a unit. Such a word is a
/// name even where a capital says nothing (opening a sentence, heading an entry of a
/// list: "AfD: 20.8%").
pub(super) fn acronym_name(written: &str) -> bool {
    let lower = written.to_lowercase();
    if NOT_NAME_ACRONYMS.contains(&lower.as_str())
        || roman_numeral(&lower)
        || CURRENCY_CODES.contains(&lower.as_str())
        || is_month(&lower)
        || is_weekday(&lower)
        || !written.chars().next().is_some_and(char::is_uppercase)
        || !written
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '+' | '-' | '/' | '&'))
    {
        return false;
    }
    // each part between joining signs ("CDU/CSU"): short, and not shouted
    let mut inner = false;
    for part in written.split(['/', '-', '&']).filter(|p| !p.is_empty()) {
        let letters = part.chars().filter(|c| c.is_alphabetic()).count();
        let capitals = part.chars().filter(|c| c.is_uppercase()).count();
        if letters > 2 * ACRONYM_MAX_CAPITALS
            || (capitals == letters && letters > ACRONYM_MAX_CAPITALS)
        {
            return false;
        }
        // the plural of an abbreviation ("MPs", "NGOs") names no body
        if part.len() > 2
            && part.ends_with('s')
            && part[..part.len() - 1].chars().all(char::is_uppercase)
        {
            return false;
        }
        // a capital after a letter of the same part: "AfD", "SPD", not "Centre-West"
        inner |= part
            .chars()
            .zip(part.chars().skip(1))
            .any(|(a, b)| a.is_alphabetic() && b.is_uppercase());
    }
    // a surname with a capital inside ("McCarthy", "DeSantis", "MacDonald") is a
    // person's, not an abbreviation: a capital, small letters, a capital and at least
    // two small letters more
    inner && !inner_capital_surname(written)
}

/// True for a word written like a Roman numeral of a few letters ("II", "iv", "XII"):
/// a king's or a pope's ordinal, not a body's short name.
fn roman_numeral(lower: &str) -> bool {
    !lower.is_empty() && lower.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
}

/// True for "McCarthy", "DeSantis", "MacDonald": one capital, small letters, one
/// capital and two small letters or more.
fn inner_capital_surname(written: &str) -> bool {
    let mut chars = written.chars().peekable();
    let opens = chars.next().is_some_and(char::is_uppercase);
    let mut small_before = 0;
    while chars.peek().is_some_and(|c| c.is_lowercase()) {
        chars.next();
        small_before += 1;
    }
    let inner = chars.next().is_some_and(char::is_uppercase);
    let rest: Vec<char> = chars.collect();
    opens && small_before > 0 && inner && rest.len() >= 2 && rest.iter().all(|c| c.is_lowercase())
}

/// The initials a parenthesis right after a name gives it ("African National Congress
/// (ANC)", "Freedom Front Plus (FF+)"): one word of two or more capitals, perhaps with
/// a sign after it, as the word is written.
pub(super) fn initials_after(text: &str, t: &[Token], last: usize) -> Option<String> {
    let open = t.get(last + 1).filter(|x| x.lower == "(")?;
    let word = t.get(last + 2).filter(|x| x.kind == TokenKind::Word)?;
    let close = t[last + 3..t.len().min(last + 5)]
        .iter()
        .position(|x| x.lower == ")")?;
    if close > 1 || (close == 1 && t[last + 3].kind != TokenKind::Punct) {
        return None;
    }
    let raw = &text[word.start..word.end];
    let capitals = raw.chars().filter(|c| c.is_uppercase()).count();
    (open.end <= word.start && capitals >= 2).then(|| raw.to_string())
}

/// True when the words `first..=last` are a dateline: in capitals at the start of the
/// sentence, before a comma and a month or before a bracket a dash follows ("SAO
/// PAULO, Oct 31 -", "KYIV (Wire) -"). The city an article was filed from is not who its figures are
/// about.
pub(super) fn dateline(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    let opens = tokens[..first].iter().all(|t| t.kind == TokenKind::Punct);
    let upper = tokens[first..=last].iter().all(|t| {
        let w = &text[t.start..t.end];
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(|c| c.is_lowercase())
    });
    let next = |k: usize| tokens.get(last + k).map(|t| t.lower.as_str());
    // a month, whole or cut short ("Oct", "Sept.")
    let month = |w: &str| {
        let w = w.trim_end_matches('.');
        w.len() >= 3 && MONTHS.iter().any(|m| m.starts_with(w))
    };
    let before_date = next(1) == Some(",") && next(2).is_some_and(month);
    // "KYIV (Wire) -": a bracket closed by a dash, not "SD (Sweden Democrats): 20.5%"
    let bracket = next(1) == Some("(")
        && (2..DATELINE_BRACKET_WORDS + 3)
            .find(|&k| next(k) == Some(")"))
            .is_some_and(|k| next(k + 1).is_some_and(|d| DASHES.contains(&d)));
    opens && upper && (before_date || bracket)
}

/// The most words inside the bracket of a dateline ("KYIV (Wire Service) -").
pub(super) const DATELINE_BRACKET_WORDS: usize = 4;

/// Dashes that close a dateline.
pub(super) const DASHES: &[&str] = &["-", "–", "—"];

/// True when a line break stands between tokens `a` and `b` (`a` before `b`): a
/// heading or a label line ("Politics", "Bank of England") ends its name there, even
/// when no full stop parts it from the line after.
fn line_break_between(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    text.get(tokens[a].end..tokens[b].start)
        .is_some_and(|gap| gap.contains('\n'))
}

/// Runs of capitalised words, joined by `of`, `for`, `the`… when a capital follows,
/// cut after a possessive and at a line break.
pub(super) fn capital_runs(
    text: &str,
    tokens: &[Token],
    joined: &foldhash::HashSet<(SmolStr, SmolStr)>,
) -> Vec<(usize, usize)> {
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
        while (!possessive(&tokens[end])
            || (names_a_party(tokens, j) && inner_possessive(&tokens[end])))
            && j < tokens.len()
        {
            if line_break_between(text, tokens, end, j) {
                break;
            }
            let t = &tokens[j];
            if t.capital && t.kind == TokenKind::Word {
                if party_of_person(text, tokens, start, end, j, false) {
                    break;
                }
                end = j;
                j += 1;
            } else if slash_joined(text, tokens, end, j) {
                // "CDU/CSU": two short names of one list
                end = j + 1;
                j += 2;
            } else if t.lower == "and"
                && (and_inside_name(tokens, start, end, j)
                    || tokens.get(j + 1).is_some_and(|n| {
                        n.capital && joined.contains(&(tokens[end].lower.clone(), n.lower.clone()))
                    }))
            {
                end = j + 1;
                j += 2;
            } else if is_connector(t) && t.lower != "and" {
                // connectors join only when a capital comes after them
                let mut k = j;
                while k < tokens.len() && is_connector(&tokens[k]) {
                    k += 1;
                }
                if t.lower == "of"
                    && (person_of_party(tokens, start, end, k)
                        || person_of_initialled_body(text, tokens, start, end, k)
                        || party_of_person(text, tokens, start, end, k, true))
                {
                    break;
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

/// True when the sign at `j` is a slash written tight between the abbreviation at `end`
/// and another after it ("CDU/CSU"): one name of two bodies that run as one.
fn slash_joined(text: &str, tokens: &[Token], end: usize, j: usize) -> bool {
    let word = |k: usize| &text[tokens[k].start..tokens[k].end];
    tokens[j].lower == "/"
        && tokens[end].end == tokens[j].start
        && tokens.get(j + 1).is_some_and(|n| {
            n.start == tokens[j].end
                && n.kind == TokenKind::Word
                && acronym_name(word(end))
                && acronym_name(word(j + 1))
        })
}

/// Capitalised words that make a run of words the name of a body rather than a
/// person's: "Central Bank of Nigeria" stays one name.
pub(super) const BODY_WORDS: &[&str] = &[
    "bank",
    "court",
    "commission",
    "council",
    "ministry",
    "republic",
    "university",
    "institute",
    "organization",
    "organisation",
    "agency",
    "fund",
    "office",
    "department",
    "committee",
    "assembly",
    "government",
    "state",
    "states",
    "nations",
    "kingdom",
    "constitution",
    "house",
    "chamber",
    "people",
    "peoples",
    "party",
    "congress",
    "confederation",
    "federation",
    "union",
    "association",
];

/// True when the capitalised words `start..=end` are a person's name (two words or
/// more, none a head of a body or a party) and the capitalised words from `k` on end
/// with a party's head, or stand before one in lowercase: "Atiku Abubakar of the
/// Peoples Democratic Party", "Luisa González of the Citizen Revolution movement" are
/// a person and the party, not one name.
pub(super) fn person_of_party(tokens: &[Token], start: usize, end: usize, k: usize) -> bool {
    let body = |t: &Token| {
        BODY_WORDS.contains(&t.lower.as_str()) || PARTY_HEADS.contains(&t.lower.as_str())
    };
    if end == start || tokens[start..=end].iter().any(body) {
        return false;
    }
    let tail = (k..tokens.len())
        .take_while(|&i| tokens[i].capital && tokens[i].kind == TokenKind::Word)
        .last();
    tail.is_some_and(|i| {
        PARTY_HEADS.contains(&tokens[i].lower.as_str())
            || tokens[i].lower == "congress"
            || tokens
                .get(i + 1)
                .is_some_and(|x| !x.capital && PARTY_HEADS.contains(&x.lower.as_str()))
    })
}

/// At most this many words (capitalised, or connectors between them) make the name of
/// a body after a person's and "of" that [`person_of_initialled_body`] reads.
pub(super) const INITIALLED_BODY_WORDS: usize = 8;

/// True when the capitalised words `start..=end` are a person's name (two words or
/// more, none a head of a body or a party) and what follows "of" is a body that gives
/// its initials in a parenthesis right after its name, or the initials alone: "Sandra
/// Torres of the National Unity of Hope (UNE)", "Sandra Torres of UNE" are a person
/// and the party, not one name.
fn person_of_initialled_body(
    text: &str,
    tokens: &[Token],
    start: usize,
    end: usize,
    k: usize,
) -> bool {
    let body = |t: &Token| {
        BODY_WORDS.contains(&t.lower.as_str()) || PARTY_HEADS.contains(&t.lower.as_str())
    };
    if end == start || tokens[start..=end].iter().any(body) {
        return false;
    }
    let initials = |i: usize| {
        tokens.get(i).is_some_and(|x| {
            let w = &text[x.start..x.end];
            x.kind == TokenKind::Word
                && w.chars().count() >= 2
                && w.chars().all(|c| c.is_uppercase())
                && acronym_name(w)
        })
    };
    let word = |x: &Token| x.capital && x.kind == TokenKind::Word;
    // the initials alone: "of UNE"
    if initials(k) && !tokens.get(k + 1).is_some_and(word) {
        return true;
    }
    // the name, then its initials: "of the National Unity of Hope (UNE)"
    let mut i = k;
    while i < tokens.len()
        && i < k + INITIALLED_BODY_WORDS
        && (word(&tokens[i]) || is_connector(&tokens[i]))
    {
        i += 1;
    }
    i > k
        && word(&tokens[i - 1])
        && tokens.get(i).is_some_and(|x| x.lower == "(")
        && initials(i + 1)
        && tokens.get(i + 2).is_some_and(|x| x.lower == ")")
}

/// At most this many capitalised words make a leader's name written right after the
/// party's ("Pedro Nuno Santos" after "the PS of").
pub(super) const LEADER_NAME_WORDS: usize = 4;

/// True when the capitalised words from `k` on may be a person's name that closes the
/// run: two to [`LEADER_NAME_WORDS`] words (name particles between them allowed), none
/// the head of a body, a party or a chamber, nor a title, and together not a
/// country's name.
fn person_tail(tokens: &[Token], k: usize) -> bool {
    let word = |t: &Token| t.capital && t.kind == TokenKind::Word;
    let mut words = 0;
    let mut i = k;
    let mut last = k;
    while let Some(t) = tokens.get(i) {
        if word(t) {
            let w = t.lower.strip_possessive();
            if BODY_WORDS.contains(&w)
                || PARTY_HEADS.contains(&w)
                || CHAMBER_WORDS.contains(&w)
                || is_title(w)
                || is_month(w)
                || is_weekday(w)
            {
                return false;
            }
            words += 1;
            last = i;
            if possessive(t) {
                break;
            }
            i += 1;
        } else if words > 0
            && NAME_PARTICLES.contains(&t.lower.as_str())
            && tokens.get(i + 1).is_some_and(word)
        {
            i += 1;
        } else {
            break;
        }
    }
    let name: Vec<&str> = tokens[k..=last]
        .iter()
        .map(|t| t.lower.strip_possessive())
        .collect();
    (2..=LEADER_NAME_WORDS).contains(&words) && !crate::names::is_country(&fold(&name.join(" ")))
}

/// True when the words before `start` are a person's title and "of" ("the leader of
/// the", "co-chairman of"): what comes after names a body and then, it may be, the
/// person who holds the title.
fn title_of_before(tokens: &[Token], start: usize) -> bool {
    let mut k = start;
    if k > 0 && tokens[k - 1].lower == "the" {
        k -= 1;
    }
    k >= 2 && tokens[k - 1].lower == "of" && {
        let w = tokens[k - 2].lower.rsplit('-').next().unwrap_or_default();
        is_title(w) || PERSON_TITLES.contains(&w)
    }
}

/// True when the capitalised words `start..=end` are a party's name and the
/// capitalised words from `k` on its leader's: a party and a person, not one name.
///
/// After "of" (`through_of`), the party is a short name, an abbreviation or a plural
/// ("the AD of Luís Montenegro", "Liberals of Mark Carney"); a longer name before "of"
/// is the party's own ("Union of Right Forces"). Written right before the person's
/// name, the party's name ends with a party's head word or is an abbreviation, and a
/// title with "of" stands before it ("the leader of the Civic Coalition Donald Tusk",
/// "co-chairman of the SPD Lars Klingbeil").
pub(super) fn party_of_person(
    text: &str,
    tokens: &[Token],
    start: usize,
    end: usize,
    k: usize,
    through_of: bool,
) -> bool {
    // an article or a title opening the run is not part of the party's name ("The AD")
    let mut start = start;
    while start < end && (tokens[start].lower == "the" || is_title(&tokens[start].lower)) {
        start += 1;
    }
    let single = start == end;
    let head = PARTY_HEADS.contains(&tokens[end].lower.as_str());
    // the cheap tests first: this runs at every capitalised word of a run
    let placed = if through_of {
        single
    } else {
        (single || head) && title_of_before(tokens, start)
    };
    if !placed || !person_tail(tokens, k) {
        return false;
    }
    let written = text[tokens[start].start..tokens[end].end].strip_possessive();
    let abbreviation = single && acronym_name(written);
    let plural = single
        && written.len() > 4
        && written.ends_with('s')
        && written.chars().skip(1).all(char::is_lowercase);
    abbreviation || (through_of && plural) || (!through_of && head)
}

/// The capitalised words on each side of an "and" (lowercase) that the article
/// writes as one name: before initials in a parenthesis ("Law and Justice (PiS)"),
/// inside quotation marks (`the party "Law and Justice"`), or opening a list entry
/// ("Confederation Liberty and Independence: 1,547,364 votes"). Everywhere else in
/// the article the same words joined by "and" are that one name too. Two single
/// capitalised words the article writes only joined ("Law and Justice won"), never
/// apart and neither of them a country's name, are one name as well.
pub(super) fn names_joined_by_and(
    text: &str,
    sentences: &[Sentence],
) -> foldhash::HashSet<(SmolStr, SmolStr)> {
    let word = |t: &Token| t.capital && t.kind == TokenKind::Word;
    let mut out = foldhash::HashSet::default();
    // single capitalised words joined by "and" anywhere else, and how often
    let mut lone_pairs: IndexMap<(SmolStr, SmolStr), usize> = IndexMap::new();
    for s in sentences {
        let t = &s.tokens;
        for j in 1..t.len().saturating_sub(1) {
            if t[j].lower != "and" || !word(&t[j - 1]) || !word(&t[j + 1]) {
                continue;
            }
            let mut start = j - 1;
            while start > 0 && word(&t[start - 1]) {
                start -= 1;
            }
            let mut end = j + 1;
            while t.get(end + 1).is_some_and(word) {
                end += 1;
            }
            let quote = |x: Option<&Token>| {
                x.is_some_and(|x| matches!(x.lower.as_str(), "\"" | "“" | "”" | "«" | "»"))
            };
            let initials = initials_after(text, t, end).is_some();
            let quoted = start > 0 && quote(t.get(start - 1)) && quote(t.get(end + 1));
            let entry = start == 0
                && t.get(end + 1).is_some_and(|x| x.lower == ":")
                && t.get(end + 2).is_some_and(|x| x.kind == TokenKind::Number);
            if initials || quoted || entry {
                out.insert((t[j - 1].lower.clone(), t[j + 1].lower.clone()));
            } else if start == j - 1 && end == j + 1 && (start == 0 || t[start - 1].lower != ",") {
                // (not the last two of a list: "Greens, Farmers and Pirates")
                *lone_pairs
                    .entry((t[j - 1].lower.clone(), t[j + 1].lower.clone()))
                    .or_insert(0) += 1;
            }
        }
    }
    // "Law and Justice won": two single capitalised words that the article never
    // writes apart are one name
    if !lone_pairs.is_empty() {
        let mut seen: foldhash::HashMap<&str, usize> = foldhash::HashMap::default();
        for (a, b) in lone_pairs.keys() {
            seen.insert(a.as_str(), 0);
            seen.insert(b.as_str(), 0);
        }
        for t in sentences.iter().flat_map(|s| &s.tokens) {
            if t.kind == TokenKind::Word
                && let Some(n) = seen.get_mut(t.lower.as_str())
            {
                *n += 1;
            }
        }
        // two countries ("Russia and Ukraine") are two places however rarely written
        let country = |w: &SmolStr| crate::names::is_country(&fold(w));
        for ((a, b), n) in &lone_pairs {
            if a != b
                && !country(a)
                && !country(b)
                && seen.get(a.as_str()) == Some(n)
                && seen.get(b.as_str()) == Some(n)
            {
                out.insert((a.clone(), b.clone()));
            }
        }
    }
    out
}

/// True when the "and" at `j`, after the capitalised words `start..=end`, joins two
/// words of one party's name rather than two names: "Party of Action and Solidarity"
/// (a head word and "of" before it), "Justice and Development Party", "Labour and
/// Freedom Alliance" (one word before it, a head word closing the words after it).
pub(super) fn and_inside_name(tokens: &[Token], start: usize, end: usize, j: usize) -> bool {
    let next_capital = tokens
        .get(j + 1)
        .is_some_and(|t| t.capital && t.kind == TokenKind::Word);
    if !next_capital {
        return false;
    }
    let head_of = PARTY_HEADS.contains(&tokens[start].lower.as_str())
        && tokens[start..=end].iter().any(|t| t.lower == "of");
    let head_after = start == end
        && (j + 1..tokens.len().min(j + 4))
            .take_while(|&k| tokens[k].capital && tokens[k].kind == TokenKind::Word)
            .any(|k| PARTY_HEADS.contains(&tokens[k].lower.as_str()));
    head_of || head_after
}

/// Nouns whose possessive is a word of a party's name ("Republican People's Party",
/// "Women's Union"); any other possessive before a party's name is its owner, outside
/// the name ("Bolsonaro's Liberal Party", "Erdogan's People's Alliance").
pub(super) const INNER_POSSESSIVES: &[&str] = &[
    "people", "nation", "women", "worker", "workers", "citizen", "farmer", "peasant", "country",
    "children", "youth",
];

/// True when a possessive may be inside a name ([`INNER_POSSESSIVES`]).
pub(super) fn inner_possessive(t: &Token) -> bool {
    INNER_POSSESSIVES.contains(&t.lower.strip_possessive())
}

/// True when the capitalised words from `j` on end with a party's head word: the
/// possessive before them is inside the name ("Republican People's Party").
pub(super) fn names_a_party(tokens: &[Token], j: usize) -> bool {
    let mut k = j;
    while k < tokens.len() && tokens[k].capital && tokens[k].kind == TokenKind::Word {
        if PARTY_HEADS.contains(&tokens[k].lower.as_str()) {
            return true;
        }
        k += 1;
    }
    false
}

/// The registry's entity for a name, or a guess at its kind; and whether the registry
/// found the name close to one of its own.
pub(super) fn classify(
    registry: &Registry,
    matcher: &dyn NameMatcher,
    written: &str,
) -> (Option<EntityId>, MentionKind, bool, Option<String>) {
    let kind_of = |id: EntityId| match registry.entity(id).kind {
        EntityKind::Person => MentionKind::Person,
        EntityKind::Party => MentionKind::Party,
        EntityKind::Place => MentionKind::Place,
        EntityKind::Organisation | EntityKind::Other => MentionKind::Organisation,
    };
    let possible = match registry.resolve_with(written, matcher) {
        Resolution::Entity { id, .. } => return (Some(id), kind_of(id), true, None),
        Resolution::Unresolved { possible } => possible,
    };
    let key = NameKey::parse(written);
    // a surname alone that only one known person comes close to: that person (the
    // matcher keeps gendered forms and other surnames apart)
    if let [Candidate { entity, .. }] = possible[..]
        && key.tokens().len() == 1
        && kind_of(entity) == MentionKind::Person
    {
        let name = registry.entity(entity).name.clone();
        return (Some(entity), MentionKind::Person, true, Some(name));
    }
    let folded = fold(written);
    // "the Northeast", "the South": a part of the country the article already names
    if COMPASS_REGIONS.contains(&folded.as_str()) {
        return (None, MentionKind::Place, !possible.is_empty(), None);
    }
    let party_word = folded.split(' ').any(|w| PARTY_HEADS.contains(&w));
    let kind = match key.kind {
        _ if party_word => MentionKind::Party,
        NameKind::Person => MentionKind::Person,
        NameKind::Organisation if folded.contains("party") => MentionKind::Party,
        NameKind::Organisation => MentionKind::Organisation,
        NameKind::AdminArea => MentionKind::Place,
        NameKind::Unknown => MentionKind::Unknown,
    };
    (None, kind, !possible.is_empty(), None)
}

/// The key a surname is looked up by (its folded variant key), computed once per
/// word written.
pub(super) fn surname_key<'a>(
    keys: &'a mut foldhash::HashMap<String, String>,
    word: &str,
) -> &'a str {
    if !keys.contains_key(word) {
        keys.insert(word.to_string(), variant_key(&fold(word)));
    }
    keys.get(word).map_or("", String::as_str)
}

/// A surname alone after the full name: the full name. `key` is the surname's
/// [`surname_key`]. Returns whether one was found.
pub(super) fn corefer(
    mention: &mut Mention,
    key: &str,
    by_surname: &foldhash::HashMap<String, Mention>,
) -> bool {
    match by_surname.get(key).filter(|_| !key.is_empty()) {
        Some(m) => {
            mention.text = m.text.clone();
            mention.kind = m.kind;
            mention.entity = m.entity;
            true
        }
        None => false,
    }
}

/// A single word that is a short form of one earlier name and of no other (see
/// [`short_forms`]): that name. Returns whether one was found.
pub(super) fn corefer_part(
    mention: &mut Mention,
    key: &str,
    by_part: &foldhash::HashMap<String, Option<Mention>>,
) -> bool {
    match by_part.get(key).filter(|_| !key.is_empty()) {
        Some(Some(m)) => {
            mention.text = m.text.clone();
            mention.kind = m.kind;
            mention.entity = m.entity;
            true
        }
        _ => false,
    }
}

/// The words of a name that can stand for it alone besides the last: an inner word of
/// a name of three words or more ("Tayyip" of "Recep Tayyip Erdoğan"), a word right
/// before a particle ("Lula" of "Lula da Silva"), and the first word of a name of two
/// ("Atiku" of "Atiku Abubakar"; a word two names share stands for neither).
/// Particles and connectors are not.
pub(super) fn short_forms(name: &str) -> Vec<&str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let particle = |w: &str| NAME_PARTICLES.contains(&w.to_lowercase().as_str());
    let joiner =
        |w: &str| particle(w) || matches!(w.to_lowercase().as_str(), "of" | "for" | "and" | "the");
    let n = words.len();
    if words
        .iter()
        .any(|w| matches!(w.to_lowercase().as_str(), "of" | "for" | "and" | "the"))
    {
        return Vec::new(); // the name of a body, not of a person
    }
    // "Atiku" of "Atiku Abubakar": the first word of a name of two, in usage that
    // calls a person by it, unless it names a part of a country ("South")
    let given = |i: usize| {
        n == 2
            && i == 0
            && !COMPASS_REGIONS.contains(&fold(words[0]).as_str())
            && !PARTY_HEADS.contains(&words[1].to_lowercase().as_str())
    };
    (0..n.saturating_sub(1))
        .filter(|&i| !joiner(words[i]))
        .filter(|&i| (i > 0 && n >= 3) || particle(words[i + 1]) || given(i))
        .map(|i| words[i])
        .collect()
}

/// True when `short` is the last words of the longer name `full` ("Lula da Silva" of
/// "Luis Inasiu Lula da Silva"), compared folded.
pub(super) fn is_name_tail(short: &str, full: &str) -> bool {
    let (s, f) = (fold(short), fold(full));
    f.len() > s.len() && f.ends_with(&s) && f[..f.len() - s.len()].ends_with(' ')
}

/// What earlier sentences named, kept so that each lookup is constant time however long
/// the article.
#[derive(Default)]
pub(super) struct Recent {
    /// The latest mention of each kind, with its sequence number.
    latest: [Option<(usize, Mention)>; 5],
    seq: usize,
    /// How often each person was named, and when last.
    person_counts: foldhash::HashMap<String, (usize, usize)>,
    /// The person named most (the latest on a tie).
    main: Option<((usize, usize), Mention)>,
    /// The first person the sentence before named, and the first of this one so far.
    opener: (Option<Mention>, Option<Mention>),
}

pub(super) fn kind_slot(kind: MentionKind) -> usize {
    match kind {
        MentionKind::Person => 0,
        MentionKind::Party => 1,
        MentionKind::Place => 2,
        MentionKind::Organisation => 3,
        MentionKind::Unknown => 4,
    }
}

impl Recent {
    /// Ends a sentence: its first person becomes the one a pronoun opening the next
    /// sentence refers to.
    pub(super) fn end_sentence(&mut self) {
        let this = self.opener.1.take();
        if this.is_some() {
            self.opener.0 = this;
        }
    }

    /// The first person the sentence before named (or the last one that named one).
    pub(super) fn previous_opener(&self) -> Option<&Mention> {
        self.opener.0.as_ref()
    }

    pub(super) fn push(&mut self, m: &Mention) {
        if matches!(m.kind, MentionKind::Person | MentionKind::Unknown) && self.opener.1.is_none() {
            self.opener.1 = Some(m.clone());
        }
        self.seq += 1;
        self.latest[kind_slot(m.kind)] = Some((self.seq, m.clone()));
        if m.kind == MentionKind::Person {
            let e = self.person_counts.entry(m.key.clone()).or_insert((0, 0));
            e.0 += 1;
            e.1 = self.seq;
            let rank = *e;
            if self.main.as_ref().is_none_or(|(r, _)| rank >= *r) {
                self.main = Some((rank, m.clone()));
            }
        }
    }

    /// The latest mention of any of `kinds`.
    pub(super) fn latest_of(&self, kinds: &[MentionKind]) -> Option<&Mention> {
        kinds
            .iter()
            .filter_map(|k| self.latest[kind_slot(*k)].as_ref())
            .max_by_key(|(seq, _)| *seq)
            .map(|(_, m)| m)
    }

    pub(super) fn main_person(&self) -> Option<&Mention> {
        self.main.as_ref().map(|(_, m)| m)
    }
}

/// The place the article names most: the country it is about. Places the registry
/// knows come first; without any, names that look like places, then, when the
/// registry knows no place at all, names of no known kind.
pub(super) fn dominant_place(
    text: &str,
    sentences: &[Sentence],
    registry: &Registry,
    url: Option<&str>,
) -> Option<Mention> {
    let places_known = registry
        .entities()
        .iter()
        .any(|e| e.kind == EntityKind::Place);
    let tiers: [&dyn Fn(&Mention) -> bool; 1] =
        [&|m| m.kind == MentionKind::Place && m.entity.is_some()];
    let known = tiers.iter().find_map(|accept| {
        let mut counts: IndexMap<String, (usize, Mention)> = IndexMap::new();
        for m in sentences
            .iter()
            .flat_map(|s| &s.mentions)
            .filter(|m| accept(m))
        {
            counts
                .entry(m.key.clone())
                .or_insert_with(|| (0, m.clone()))
                .0 += 1;
        }
        counts
            .into_values()
            .enumerate()
            .max_by_key(|(i, (n, _))| (*n, std::cmp::Reverse(*i)))
            .map(|(_, (_, m))| m)
    });
    if known.is_some() || places_known {
        return known;
    }
    // no registry place: score the names of no known kind by how the article uses
    // them (PLACE_SIGNALS)
    let mut scores: IndexMap<String, (usize, Mention)> = IndexMap::new();
    let mut regions: foldhash::HashSet<String> = foldhash::HashSet::default();
    let mut people: foldhash::HashSet<String> = foldhash::HashSet::default();
    // names used once at least as a place is ("in X", "X's economy", "the CEC of X"):
    // a name only ever mentioned, or only in a headline, is not taken for the country
    let mut placed: foldhash::HashSet<String> = foldhash::HashSet::default();
    // the names the article writes on their own ("Texas" as well as "the Council of
    // Texas"): a plural-looking last word of a body's name that stands alone
    // elsewhere is a place, not a plural ("House of Representatives")
    let alone: foldhash::HashSet<&str> = sentences
        .iter()
        .flat_map(|s| &s.mentions)
        .map(|m| m.key.as_str())
        .collect();
    // the words of the article's address ("/2021/02/zembla-storm-toll")
    let address: Vec<String> = url
        .map(|u| u.split_once("//").map_or(u, |(_, rest)| rest))
        .map(|path| {
            path.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(fold)
                .collect()
        })
        .unwrap_or_default();
    let in_address = |key: &str| {
        let words: Vec<&str> = key.split(' ').collect();
        words.len() <= 2
            && address
                .windows(words.len())
                .any(|w| w.iter().eq(words.iter()))
    };
    for (k, s) in sentences.iter().enumerate() {
        let t = &s.tokens;
        let headline = k == 0 || title_case(s);
        // every capitalised word (or pair of words) that names a country of the
        // gazetteer, at the start of a sentence or not: "Iran hangs ..."
        for i in 0..t.len() {
            if !t[i].capital || t[i].kind != TokenKind::Word {
                continue;
            }
            // "Bank of England": a country's name inside a body's counts through the
            // body (`of_body`, `inside_name`), not as a mention of the country
            if s.mentions
                .iter()
                .any(|m| m.first < i && i <= m.last && m.first != m.last)
            {
                continue;
            }
            let one = fold(t[i].lower.strip_possessive());
            let pair = t
                .get(i + 1)
                .filter(|n| n.capital && n.kind == TokenKind::Word)
                .map(|n| {
                    (
                        n,
                        format!("{} {}", t[i].lower, fold(n.lower.strip_possessive())),
                    )
                });
            let (last, key, weight) = match pair {
                Some((n, two)) if crate::names::is_country(&two) => {
                    (n, two, PLACE_SIGNALS.country_name)
                }
                _ if crate::names::is_country(&one) => (&t[i], one, PLACE_SIGNALS.country_name),
                // "Beirut", "BOGOTA, Oct 3": a capital counts towards its country,
                // unless someone went to it or came from it ("fled to Vilnius")
                _ if !(i > 0 && matches!(t[i - 1].lower.as_str(), "to" | "from"))
                    && let Some(country) = pair
                        .as_ref()
                        .and_then(|(_, two)| country_of_capital(two))
                        .or_else(|| country_of_capital(&one)) =>
                {
                    (&t[i], fold(country), PLACE_SIGNALS.capital)
                }
                _ => {
                    // "Turkish voters", "the Sri Lankan rupee": the country of a
                    // people's adjective, for an article that never names it
                    let demonym = pair
                        .as_ref()
                        .and_then(|(n, two)| Some((*n, crate::names::country_of_demonym(two)?)))
                        .or_else(|| Some((&t[i], crate::names::country_of_demonym(&one)?)));
                    match demonym {
                        Some((n, country)) => (n, country, PLACE_SIGNALS.demonym),
                        None => continue,
                    }
                }
            };
            let e = scores.entry(key.clone()).or_insert_with(|| {
                let written = if weight == PLACE_SIGNALS.demonym || weight == PLACE_SIGNALS.capital
                {
                    title_words(&key)
                } else {
                    text[t[i].start..last.end].strip_possessive().to_string()
                };
                let m = Mention {
                    first: i,
                    last: i,
                    text: written,
                    kind: MentionKind::Place,
                    entity: None,
                    key,
                };
                (0, m)
            });
            e.0 += weight;
            // "Colombians narrowly reject ...": a country the headline names, by any
            // of its names, is what the article is about
            if k == 0 {
                e.0 += PLACE_SIGNALS.headline;
            }
        }
        // "Zembla storm: the bill arrives" at ".../zembla-storm-cost": the word that
        // opens the headline, when the address writes it too, names the setting even
        // inside a longer name ("Zembla storm")
        if k == 0
            && let Some(first) = t.first()
            && first.capital
            && first.kind == TokenKind::Word
            && text[first.start..first.end].chars().any(char::is_lowercase)
            && let key = fold(first.lower.strip_possessive())
            && in_address(&key)
            && !crate::names::is_country(&key)
        {
            placed.insert(key.clone());
            scores
                .entry(key.clone())
                .or_insert_with(|| {
                    let m = Mention {
                        first: 0,
                        last: 0,
                        text: text[first.start..first.end].strip_possessive().to_string(),
                        kind: MentionKind::Place,
                        entity: None,
                        key,
                    };
                    (0, m)
                })
                .0 += PLACE_SIGNALS.address;
        }
        for m in &s.mentions {
            let key = m.key.clone();
            if t.get(m.last + 1)
                .is_some_and(|r| REGION_WORDS.contains(&r.lower.as_str()))
            {
                regions.insert(key.clone());
            }
            // "all 77 Zembla counties": a name that holds places of a kind is a place
            if t.get(m.last + 1)
                .is_some_and(|r| HOLDS_PLACES.contains(&r.lower.as_str()))
            {
                placed.insert(key.clone());
            }
            // "Zembla storm: the bill arrives" at ".../zembla-storm-cost": a name the
            // headline and the address both give is the article's setting, a state or
            // a province as well as a country
            let setting = k == 0 && m.first > 0 && in_address(&key);
            if setting {
                placed.insert(key.clone());
            }
            // "Amini, 22,", "Amini's death": a person
            let aged = t
                .get(m.last + 1)
                .is_some_and(|c| c.lower == "," || c.lower == "(")
                && t.get(m.last + 2).is_some_and(|n| {
                    n.kind == TokenKind::Number && n.lower.parse::<u32>().is_ok_and(|a| a < 120)
                });
            let personal = possessive(&t[m.last])
                && t.get(m.last + 1)
                    .is_some_and(|n| PERSONAL_NOUNS.contains(&n.lower.as_str()));
            // "Civil Contract: 71", "Civil Contract won", "Republic Party with 3.04%":
            // the holder of a result
            let share_after = |k: usize| {
                t.get(k).is_some_and(|x| x.kind == TokenKind::Number)
                    && t.get(k + 1).is_some_and(|x| x.lower == "%")
            };
            let holder = t.get(m.last + 1).is_some_and(|n| {
                RESULT_VERBS.contains(&n.lower.as_str())
                    || (n.lower == ":"
                        && t.get(m.last + 2)
                            .is_some_and(|x| x.kind == TokenKind::Number))
                    || (SHARE_LINKS.contains(&n.lower.as_str()) && share_after(m.last + 2))
            });
            // "the National Assembly": a body, not a country
            if aged || personal || holder || is_chamber(&m.text) {
                people.insert(key.clone());
                // "Prosperous Armenia on 3.95%": a party named after a country
                // leaves the country a place
                // ("the Grid Council of Zembla": a body of a place leaves the place
                // a place)
                let words: Vec<&str> = m.text.split_whitespace().collect();
                if let [.., before, last] = words[..]
                    && before != "of"
                    && !crate::names::is_country(&fold(last))
                {
                    people.insert(fold(last));
                }
            }
            // "the CEC of Armenia": the place a body belongs to
            let words: Vec<&str> = m.text.split(' ').collect();
            // not a party's ("Party of Action") nor a plural ("House of
            // Representatives")
            let of_place = |head: &str, last: &str| {
                !PARTY_HEADS.contains(&fold(head).as_str())
                    && (!last.ends_with('s')
                        || crate::names::is_country(&fold(last))
                        || alone.contains(fold(last).as_str()))
            };
            if let [head, .., "of", last] = words[..]
                && of_place(head, last)
            {
                let e = scores.entry(fold(last)).or_insert_with(|| {
                    let mut p = m.clone();
                    p.text = last.to_string();
                    p.key = fold(last);
                    (0, p)
                });
                e.0 += PLACE_SIGNALS.of_body;
                placed.insert(fold(last));
            }
            // "Armenia Alliance", "Prosperous Armenia": a country named inside another
            // name counts a little towards that country
            if words.len() > 1 {
                for w in &words {
                    let wk = fold(w);
                    if crate::names::is_country(&wk) {
                        let e = scores.entry(wk.clone()).or_insert_with(|| {
                            let mut p = m.clone();
                            p.text = (*w).to_string();
                            p.key = wk;
                            p.kind = MentionKind::Place;
                            (0, p)
                        });
                        e.0 += PLACE_SIGNALS.inside_name;
                    }
                }
            }
            if !matches!(m.kind, MentionKind::Unknown | MentionKind::Place) || m.entity.is_some() {
                continue;
            }
            let mut score = PLACE_SIGNALS.mention;
            if m.kind == MentionKind::Place {
                score += PLACE_SIGNALS.looks_like_a_place;
                placed.insert(m.key.clone());
            }
            if m.first > 0 && matches!(t[m.first - 1].lower.as_str(), "in" | "across") {
                score += PLACE_SIGNALS.after_in;
                placed.insert(m.key.clone());
            }
            if possessive(&t[m.last])
                && t.get(m.last + 1)
                    .is_some_and(|n| !PERSONAL_NOUNS.contains(&n.lower.as_str()))
            {
                score += PLACE_SIGNALS.possessive;
                placed.insert(m.key.clone());
            }
            if headline {
                score += PLACE_SIGNALS.headline;
            }
            if setting {
                score += PLACE_SIGNALS.address;
            }
            scores.entry(key).or_insert_with(|| (0, m.clone())).0 += score;
        }
    }
    // the countries the address names in its path, by one word or two (after the
    // text, so that a name the text writes keeps its spelling)
    // ("/2024/08/05/venezuela-detenidos", "/sri-lanka-crisis")
    {
        for (i, w) in address.iter().enumerate() {
            let two = address.get(i + 1).map(|n| format!("{w} {n}"));
            let key = match two {
                Some(two) if crate::names::is_country(&two) => two,
                _ if crate::names::is_country(w) => w.clone(),
                _ => continue,
            };
            let m = Mention {
                first: 0,
                last: 0,
                text: title_words(&key),
                kind: MentionKind::Place,
                entity: None,
                key: key.clone(),
            };
            scores.entry(key).or_insert((0, m)).0 += PLACE_SIGNALS.address;
        }
    }
    for m in sentences.iter().flat_map(|s| &s.mentions) {
        if m.kind == MentionKind::Person {
            people.insert(m.key.clone());
            if let Some(last) = m.text.split_whitespace().last() {
                people.insert(fold(last));
            }
        }
    }
    // a country of the gazetteer, named or given by its people's adjective, wins over
    // any other name: a city or a province is where a figure was counted, the country
    // what it is about ("in Derna" many times, "Libyan" once)
    let gazetteer = scores.keys().any(|k| crate::names::is_country(k));
    scores
        .into_iter()
        .filter(|(k, _)| {
            if gazetteer {
                crate::names::is_country(k)
            } else {
                // "Statement of Friday 23 September": a day's or a month's name after
                // "of" is a date, never the setting
                placed.contains(k)
                    && !regions.contains(k)
                    && !people.contains(k)
                    && !WEEKDAYS.contains(&k.as_str())
                    && !MONTHS.contains(&k.as_str())
            }
        })
        .enumerate()
        .max_by_key(|(i, (_, (n, _)))| (*n, std::cmp::Reverse(*i)))
        .map(|(_, (_, (_, m)))| m)
}

/// Words that open a headline or a sentence with a capital and are not part of the
/// name after them: "How Moldova's emigrants chose", "Why Chile said no".
pub(super) const LEADING_FUNCTION_WORDS: &[&str] = &[
    "how", "why", "what", "when", "where", "who", "which", "whether", "as", "after", "before",
    "while", "if", "for",
];

/// Plural kinds of place after a name that make the name a place holding them ("all
/// 77 Zembla counties", "the Zembla provinces").
pub(super) const HOLDS_PLACES: &[&str] = &[
    "counties",
    "provinces",
    "regions",
    "districts",
    "municipalities",
    "prefectures",
];

/// Nouns after a possessive that show its owner is a person: "Amini's death".
pub(super) const PERSONAL_NOUNS: &[&str] = &[
    "death",
    "family",
    "funeral",
    "arrest",
    "hometown",
    "wife",
    "husband",
    "son",
    "daughter",
    "mother",
    "father",
    "lawyer",
    "campaign",
    "party",
    "term",
    "rule",
    "age",
    "birthday",
    "body",
    "grave",
    "trial",
    "execution",
];

/// Words between a name and a share that make the name the share's holder in a list
/// of results ("B on 10.9%", "C with 6.89%"), not a place.
pub(super) const SHARE_LINKS: &[&str] = &["on", "with"];

/// Verbs after a name that make it the holder of a result, not a place.
pub(super) const RESULT_VERBS: &[&str] = &[
    "won", "wins", "took", "received", "gets", "secured", "polled", "garnered", "came",
];

/// How much each use of a name counts towards it being the country an article is
/// about, when the registry knows no place.
pub(super) struct PlaceSignals {
    /// Any mention.
    pub(super) mention: usize,
    /// After "in" or "across".
    pub(super) after_in: usize,
    /// A possessive: "Iran's clerical rulers".
    pub(super) possessive: usize,
    /// In the headline or the first line.
    pub(super) headline: usize,
    /// The last word of a body's name: "the CEC of Armenia".
    pub(super) of_body: usize,
    /// A name that looks like a place (a province, a republic).
    pub(super) looks_like_a_place: usize,
    /// Each time the text writes the name of a country or territory of the gazetteer,
    /// wherever it stands: a province or a capital named as often loses to it.
    pub(super) country_name: usize,
    /// A country's name inside another name ("Armenia Alliance"): what makes the
    /// country the subject of an article that never names it alone.
    pub(super) inside_name: usize,
    /// A people's adjective of a country ("Turkish", "Chilean"): the country for an
    /// article that never names it.
    pub(super) demonym: usize,
    /// A country's capital, for the country ("Beirut" for Lebanon): weighed apart
    /// from the capital's own uses.
    pub(super) capital: usize,
    /// A country the article's address names in its path (".../venezuela-detenidos"):
    /// the outlet's own word for what the article is about, like a headline's, and
    /// outweighing one passing mention of another country (its name and its
    /// mention: `country_name` + `mention`).
    pub(super) address: usize,
}

/// The weights of [`PlaceSignals`].
pub(super) const PLACE_SIGNALS: PlaceSignals = PlaceSignals {
    mention: 1,
    after_in: 1,
    possessive: 2,
    headline: 3,
    of_body: 3,
    looks_like_a_place: 1,
    country_name: 4,
    inside_name: 1,
    demonym: 1,
    capital: 2,
    address: 6,
};

/// A folded name written with a capital at the start of each word ("sri lanka" →
/// "Sri Lanka").
fn title_words(key: &str) -> String {
    key.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Each country's capital and the country's name, one pair a line (capital, a tab,
/// country; GeoNames, regenerated by `fixtures/names/independent/generate_capitals.py`).
/// An article that never names its country takes the country of a capital it names,
/// or of its outlet's or its file's name ("Chisinau Election Monitor" → Moldova).
pub(super) const CAPITALS_TSV: &str = include_str!("capitals.tsv");

/// The folded capitals of [`CAPITALS_TSV`] with their country's name; a capital shared
/// by two countries ("Kingston") is left out.
fn capitals() -> &'static foldhash::HashMap<String, &'static str> {
    static TABLE: std::sync::OnceLock<foldhash::HashMap<String, &'static str>> =
        std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map: foldhash::HashMap<String, Option<&'static str>> = foldhash::HashMap::default();
        for line in CAPITALS_TSV.lines().filter(|l| !l.starts_with('#')) {
            if let Some((capital, country)) = line.split_once('\t') {
                map.entry(fold(capital))
                    .and_modify(|c| *c = None)
                    .or_insert(Some(country));
            }
        }
        map.into_iter().filter_map(|(k, c)| Some((k, c?))).collect()
    })
}

/// The country of the gazetteer that an outlet's or a file's name holds ("Brazil
/// Results Service" → Brazil), as the name writes it; the first found, two words
/// before one.
pub(super) fn country_from_names(names: &[&str]) -> Option<Mention> {
    names.iter().find_map(|name| {
        let words: Vec<&str> = name
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .collect();
        (0..words.len()).find_map(|i| {
            let two = words.get(i + 1).map(|n| format!("{} {n}", words[i]));
            two.into_iter()
                .chain(std::iter::once(words[i].to_string()))
                .find(|w| w.starts_with(char::is_uppercase) && crate::names::is_country(&fold(w)))
                .map(|w| Mention {
                    first: 0,
                    last: 0,
                    key: fold(&w),
                    text: w,
                    kind: MentionKind::Place,
                    entity: None,
                })
        })
    })
}

/// The country whose capital `key` (folded, one or two words) is.
pub(super) fn country_of_capital(key: &str) -> Option<&'static str> {
    capitals().get(key).copied()
}

/// The country of an article that names none ([`dominant_place`] found nothing, or
/// only a capital), when the registry knows no place (a registry that knows places
/// names the places articles are about): the capital named most often in its outlet's name, its file's
/// name and its text (capitalised words, not opening a sentence), the first named on
/// a tie. A place of the article as [`dominant_place`] gives it, spelt as the
/// gazetteer spells the country.
pub(super) fn country_from_capitals(
    names: &[&str],
    text: &str,
    sentences: &[Sentence],
) -> Option<Mention> {
    let mut counts: IndexMap<&'static str, usize> = IndexMap::new();
    let mut count_words = |words: &[String]| {
        for i in 0..words.len() {
            // an empty word stands for one that cannot be part of a capital's name
            if words[i].is_empty() {
                continue;
            }
            let two = words
                .get(i + 1)
                .filter(|n| !n.is_empty())
                .map(|n| format!("{} {n}", words[i]));
            let country = two
                .as_deref()
                .and_then(country_of_capital)
                .or_else(|| country_of_capital(&words[i]));
            if let Some(c) = country {
                *counts.entry(c).or_default() += 1;
            }
        }
    };
    for name in names {
        let words: Vec<String> = name
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .map(fold)
            .collect();
        count_words(&words);
    }
    for s in sentences {
        let t = &s.tokens;
        let words: Vec<String> = t
            .iter()
            .enumerate()
            .map(|(i, x)| {
                // "fled to Vilnius", "flew in from Moscow": somewhere else
                let elsewhere = i > 0 && matches!(t[i - 1].lower.as_str(), "to" | "from");
                if i > 0 && x.capital && x.kind == TokenKind::Word && !elsewhere {
                    fold(&text[x.start..x.end])
                } else {
                    String::new()
                }
            })
            .collect();
        count_words(&words);
    }
    let (country, _) = counts
        .into_iter()
        .enumerate()
        .max_by_key(|(i, (_, n))| (*n, std::cmp::Reverse(*i)))
        .map(|(_, p)| p)?;
    Some(Mention {
        first: 0,
        last: 0,
        text: country.to_string(),
        kind: MentionKind::Place,
        entity: None,
        key: fold(country),
    })
}
