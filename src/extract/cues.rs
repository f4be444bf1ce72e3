//! The cue lexicon: which words turn a number or a date in a sentence into a claim with
//! a predicate, one documented table ([`CUE_RULES`]), and the cue tables for methods
//! and events.

/// What kind of value a rule takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// A share in per cent: 71%, 53.9 per cent.
    Percent,
    /// A count: 800,000; several dozen; 19 million.
    Count,
    /// A span of time: nearly three decades, 26 years.
    Duration,
    /// An amount of money: $5 million, 2bn tenge.
    Money,
    /// A date, absolute or relative: 2019, early 2019, last year, on Sunday.
    Date,
    /// A person's age: "Tokayev, 67,", "(69)", "a 50-year-old".
    Age,
}

/// Whom a rule's claims are about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubjectKind {
    /// A party, or failing that a person (candidates win votes too).
    PartyOrPerson,
    /// A person.
    Person,
    /// A party or an organisation (members).
    Organisation,
    /// The country the article is about: its most mentioned place.
    Country,
    /// A person or, failing that, a party (in power since ...).
    PersonOrParty,
    /// A chamber or other body, not a party (seats in the Mazhilis).
    Chamber,
    /// Whoever is named nearest: money is spent, paid and raised by anyone.
    Any,
}

/// One cue rule: a value of `kind` in a sentence that holds one of `cues` (and, when
/// `also` is not empty, one of `also` too) is a claim of `predicate`.
#[derive(Debug, Clone, Copy)]
pub struct CueRule {
    /// The predicate of the claim.
    pub predicate: &'static str,
    /// The kind of value.
    pub kind: ValueKind,
    /// Words or phrases, lowercase, of which one must be in the sentence outside names.
    pub cues: &'static [&'static str],
    /// If not empty, one of these must be in the sentence too.
    pub also: &'static [&'static str],
    /// If not empty, the word right before the value must be one of these.
    pub before: &'static [&'static str],
    /// At most this many words between the cue and the value.
    pub window: usize,
    /// Whom the claim is about.
    pub subject: SubjectKind,
    /// The claim belongs to the article's event (an `event` qualifier).
    pub event: bool,
    /// The claim may carry a method (exit poll, official …) and a region.
    pub measured: bool,
    /// A sentence the rule reads, and the claim it gives.
    pub example: &'static str,
}

const fn rule(
    predicate: &'static str,
    kind: ValueKind,
    cues: &'static [&'static str],
    subject: SubjectKind,
    example: &'static str,
) -> CueRule {
    CueRule {
        predicate,
        kind,
        cues,
        also: &[],
        before: &[],
        window: 12,
        subject,
        event: false,
        measured: false,
        example,
    }
}

const fn in_event(mut r: CueRule) -> CueRule {
    r.event = true;
    r
}

const fn measured(mut r: CueRule) -> CueRule {
    r.event = true;
    r.measured = true;
    r
}

const fn with_also(mut r: CueRule, also: &'static [&'static str]) -> CueRule {
    r.also = also;
    r
}

const fn right_after(mut r: CueRule, before: &'static [&'static str]) -> CueRule {
    r.before = before;
    r
}

const fn within(mut r: CueRule, window: usize) -> CueRule {
    r.window = window;
    r
}

use SubjectKind::*;
use ValueKind::*;

/// The cue rules. A value takes the rule whose cue is nearest to it; a rule whose
/// `before` word is right before the value wins over the others. A value no rule
/// takes is not a claim.
pub const CUE_RULES: &[CueRule] = &[
    measured(rule(
        "vote_share",
        Percent,
        &[
            "of the vote",
            "of vote",
            "of votes",
            "of the votes",
            "of the ballots",
            "vote share",
            "share of the vote",
            "of ballots cast",
            "of the ballot",
            "of the ballots cast",
        ],
        PartyOrPerson,
        "Nur Otan received 71% of the vote → Nur Otan · vote_share · 71%",
    )),
    measured(within(
        rule(
            "vote_share",
            Percent,
            &[
                "credited with",
                "trailed with",
                "won",
                "wins",
                "received",
                "garnered",
                "secured",
                "took",
                "got",
                "share at",
                "share of",
                "share was",
            ],
            PartyOrPerson,
            "Tsikhanouskaya was credited with 10.1% → Tsikhanouskaya · vote_share · 10.1%",
        ),
        3,
    )),
    measured(rule(
        "turnout",
        Percent,
        &[
            "turnout",
            "of voters cast",
            "of eligible voters",
            "of registered voters",
        ],
        Country,
        "Turnout reached 63.1% → Kazakhstan · turnout · 63.1%",
    )),
    in_event(rule(
        "election_threshold",
        Percent,
        &["threshold", "barrier"],
        Country,
        "parties must clear a 7% threshold → Kazakhstan · election_threshold · 7%",
    )),
    right_after(
        rule(
            "seats_total",
            Count,
            &["seats", "deputies", "members of parliament", "mandates"],
            Chamber,
            "98 of the 107 seats → Mazhilis · seats_total · 107",
        ),
        &["of the", "of"],
    ),
    in_event(within(
        rule(
            "seats_elected",
            Count,
            &["elect", "elected", "elects", "chose", "choose"],
            Chamber,
            "voters elect 98 of the 107 seats → Mazhilis · seats_elected · 98",
        ),
        6,
    )),
    in_event(within(
        rule(
            "seats_won",
            Count,
            &["seats", "mandates"],
            PartyOrPerson,
            "Ak Zhol won 12 seats → Ak Zhol · seats_won · 12",
        ),
        3,
    )),
    in_event(with_also(
        rule(
            "other_parties_in_parliament",
            Count,
            &["other parties"],
            Country,
            "two other parties won seats in parliament → Kazakhstan · other_parties_in_parliament · two",
        ),
        &["parliament", "seats", "legislature", "mazhilis", "chamber"],
    )),
    in_event(within(
        rule(
            "parties_contesting",
            Count,
            &["parties"],
            Country,
            "Five parties took part in the vote → Kazakhstan · parties_contesting · five",
        ),
        2,
    )),
    in_event(within(
        rule(
            "candidates",
            Count,
            &["candidates", "contenders", "challengers"],
            Country,
            "five candidates were on the ballot → Belarus · candidates · five",
        ),
        2,
    )),
    rule(
        "members",
        Count,
        &["members", "membership"],
        Organisation,
        "the party, which has 800,000 members → Nur Otan · members · 800,000",
    ),
    within(
        rule(
            "population",
            Count,
            &[
                "population",
                "inhabitants",
                "residents",
                "country of",
                "nation of",
                "people live",
            ],
            Country,
            "the country of 19 million people → Kazakhstan · population · 19 million",
        ),
        4,
    ),
    within(
        rule(
            "amount",
            Money,
            &[
                "cost",
                "costs",
                "spent",
                "spend",
                "spending",
                "budget",
                "worth",
                "fined",
                "fine of",
                "paid",
                "raised",
                "loan",
                "aid",
                "donated",
                "invested",
                "investment",
                "revenue",
                "price",
            ],
            Any,
            "the new parliament building cost $5 million → Mazhilis · amount · $5 million",
        ),
        6,
    ),
    in_event(rule(
        "protesters_detained",
        Count,
        &[
            "detained",
            "arrested",
            "detentions",
            "arrests",
            "rounded up",
            "taken into custody",
            "held by police",
        ],
        Country,
        "Police detained several dozen protesters → Kazakhstan · protesters_detained · several dozen",
    )),
    rule(
        "years_in_power",
        Duration,
        &[
            "ruled",
            "governed",
            "led",
            "in power",
            "at the helm",
            "ran",
            "running",
            "presided",
            "rule",
            "leadership",
        ],
        PersonOrParty,
        "he governed for nearly three decades → Nazarbayev · years_in_power · nearly three decades",
    ),
    right_after(
        rule(
            "in_power_since",
            Date,
            &[
                "ruled",
                "governed",
                "led",
                "in power",
                "at the helm",
                "ran",
                "dominated",
                "has run",
                "presided",
                "leader",
                "ruling",
            ],
            PersonOrParty,
            "who ran the country from 1991 → Nazarbayev · in_power_since · 1991",
        ),
        &["since", "from"],
    ),
    within(
        rule(
            "stepped_down",
            Date,
            &[
                "stepped down",
                "step down",
                "stepping down",
                "resigned",
                "resigning",
                "resignation",
                "left office",
                "left the presidency",
                "gave up the presidency",
                "quit",
                "handed over power",
                "handed power",
                "stood down",
            ],
            Person,
            "he stepped down as president in 2019 → Nazarbayev · stepped_down · 2019",
        ),
        8,
    ),
    within(
        rule(
            "took_office",
            Date,
            &[
                "sworn in",
                "took the oath",
                "took office",
                "inaugurated",
                "inauguration",
                "assumed office",
                "assumed the presidency",
            ],
            Person,
            "he was sworn in on Wednesday → Lukashenko · took_office · Wednesday",
        ),
        8,
    ),
    within(
        rule(
            "left_country",
            Date,
            &["left", "fled", "went into exile", "flew to", "emigrated"],
            Person,
            "she fled to Vilnius in August → Tsikhanouskaya · left_country · August",
        ),
        6,
    ),
    in_event(within(
        rule(
            "election_date",
            Date,
            &["election", "elections", "vote", "polls", "voting", "ballot"],
            Country,
            "in Sunday's parliamentary election → Kazakhstan · election_date · Sunday",
        ),
        3,
    )),
];

/// Method cues, most specific first: (words in the sentence, method).
pub const METHOD_CUES: &[(&[&str], &str)] = &[
    (&["exit poll", "exit polls", "exit-poll"], "exit poll"),
    (
        &["preliminary", "provisional", "partial results"],
        "official preliminary",
    ),
    (
        &[
            "official",
            "election commission",
            "electoral commission",
            "final results",
            "final count",
            "cec",
        ],
        "official",
    ),
    (&["opinion poll", "survey"], "poll"),
    (&["estimate", "estimates", "estimated"], "estimate"),
];

/// Words that name the kind of an election, and the word the event takes for them.
pub const ELECTION_KINDS: &[(&str, &str)] = &[
    ("parliamentary", "parliamentary"),
    ("legislative", "parliamentary"),
    ("general", "general"),
    ("presidential", "presidential"),
    ("local", "local"),
    ("municipal", "local"),
    ("regional", "regional"),
];

/// Words that mark an election called early.
pub const SNAP_WORDS: &[&str] = &["snap", "early"];

/// Words that report a statement: a date right after them dates the report, not the
/// fact ("the commission said on Monday").
pub const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "announced",
    "reported",
    "told",
    "stated",
    "added",
    "confirmed",
    "published",
    "released",
];

/// Words before a name that are not part of it.
pub const TITLES: &[&str] = &[
    "president",
    "former",
    "prime",
    "minister",
    "mr",
    "mrs",
    "ms",
    "dr",
    "leader",
    "opposition",
    "candidate",
    "chairman",
    "chairwoman",
    "incumbent",
    "veteran",
    "ex-president",
    "spokesman",
    "spokeswoman",
    "head",
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "ruling",
    "governing",
    // words that open a sentence before a name
    "but",
    "and",
    "yet",
    "so",
    "or",
    "however",
    "meanwhile",
    "while",
    "when",
    "after",
    "before",
    "as",
    "in",
    "on",
    "at",
    "by",
    "with",
    "from",
    "during",
    "several",
    "many",
    "some",
    "both",
];

/// Capitalised words that are never names on their own, besides the names of months
/// and weekdays (which the date tables hold).
pub const NOT_NAMES: &[&str] = &["i"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_cues_and_an_example() {
        for r in CUE_RULES {
            assert!(!r.cues.is_empty(), "{}", r.predicate);
            assert!(
                r.example.contains(r.predicate),
                "{}: {}",
                r.predicate,
                r.example
            );
            assert!(
                r.cues.iter().all(|c| c.to_lowercase() == *c),
                "{}",
                r.predicate
            );
        }
    }
}
