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
    /// The place a figure describes, a city as much as a country ("Derna's
    /// population"): a place the sentence names as the owner or the opener, else the
    /// country.
    Place,
    /// A person or, failing that, a party (in power since ...).
    PersonOrParty,
    /// A chamber or other body, not a party (seats in the Mazhilis).
    Chamber,
    /// Whoever is named nearest: money is spent, paid and raised by anyone.
    Any,
    /// The event the sentence names ([`EVENT_HEADS`]): "the first quake" → "first
    /// earthquake", "the unrest in Karakalpakstan" → "Karakalpakstan unrest"; failing
    /// that, as [`SubjectKind::Any`].
    Event,
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

/// The frames of the first lexicon: vote shares, turnout, seats, parties, members,
/// population, money, detentions, time in power and the dates of office.
const FRAMES_FIRST: &[CueRule] = &[
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
            "of valid votes",
            "of the valid vote",
            "of the valid votes",
            "of the popular vote",
            "of votes cast",
            "of the votes cast",
            "of all votes",
            "of all valid votes",
            // text translated from French ("suffrages exprimés")
            "of the valid suffrages",
            "of the suffrages",
            "of suffrages cast",
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
                "receives",
                "garnered",
                "secured",
                "took",
                "got",
                "gained",
                "gains",
                "obtained",
                "obtains",
                "scored",
                "collected",
                // text translated from Russian ("набрала"): "the coalition gathered 30.7%"
                "gathered",
                "polled",
                "picked up",
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
    // parties on the ballot, not the parties of an alliance or a cabinet ("an
    // alliance of six parties", "the three main parties"): the sentence must say
    // they ran ([`CONTEST_WORDS`])
    in_event(with_also(
        within(
            rule(
                "parties_contesting",
                Count,
                &["parties"],
                Country,
                "Five parties took part in the vote → Kazakhstan · parties_contesting · five",
            ),
            2,
        ),
        CONTEST_WORDS,
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
                "home to",
            ],
            Place,
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
    in_event(with_also(
        rule(
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
        ),
        &[
            "protesters",
            "protest",
            "protests",
            "demonstrators",
            "demonstration",
            "rally",
            "rallies",
            "crowds",
            "election day",
            "opposition supporters",
        ],
    )),
    rule(
        "years_in_power",
        Duration,
        &[
            "ruled",
            "governed",
            "led",
            "in power",
            "held power",
            "holding power",
            "dominated",
            "heads the",
            "headed",
            "at the helm",
            "in office",
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
                "headed",
                "served as",
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
                "ousted",
                "deposed",
                "toppled",
                "removed from office",
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
                "take office",
                "takes office",
                "begin his term",
                "begin her term",
                "begins his term",
                "begins her term",
                // text translated from Spanish or Portuguese: "took possession as
                // president" (tomó posesión), "swore as vice-president" (juró como)
                "took possession",
                "swore as",
                "swore in as",
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

/// The frames beyond the first lexicon: casualty tolls, the counts of an election,
/// terms of office, dates of events, and economic figures. Each is a head word (a
/// verb or a noun) and the role of the number next to it.
const FRAMES_MORE: &[CueRule] = &[
    // results written as structures: "B on 10.9%", "C with 6.89%", "came second on"
    measured(right_after(
        rule(
            "vote_share",
            Percent,
            &[
                "on", "with", "polled", "garnered", "secured", "won", "took", "got", "winning",
                "taking", "gaining",
            ],
            PartyOrPerson,
            "Prosperous Armenia on 3.95% → Prosperous Armenia · vote_share · 3.95%",
        ),
        &[
            "on", "with", "polled", "garnered", "secured", "won", "took", "got", "received", "by",
            "winning", "taking", "gaining",
        ],
    )),
    measured(within(
        rule(
            "vote_share",
            Percent,
            &[
                "in favour",
                "in favor",
                "voted for",
                "voted",
                "for him",
                "for her",
                "or",
            ],
            PartyOrPerson,
            "received 688,761 votes, or 53.91% → Civil Contract · vote_share · 53.91%",
        ),
        2,
    )),
    // "Lula 60,175,368 votes (50.89%)": a share in parentheses right after a count of
    // votes is that count's share
    measured(right_after(
        within(
            rule(
                "vote_share",
                Percent,
                &["votes", "ballots", "vote"],
                PartyOrPerson,
                "Nur Otan received 688,761 votes (53.91%) → Nur Otan · vote_share · 53.91%",
            ),
            1,
        ),
        &["("],
    )),
    measured(within(
        rule(
            "votes_received",
            Count,
            &["votes", "voters voted", "ballots in favour"],
            PartyOrPerson,
            "Civil Contract received 688,761 votes → Civil Contract · votes_received · 688,761",
        ),
        1,
    )),
    measured(within(
        rule(
            "registered_voters",
            Count,
            &[
                "registered voters",
                "eligible voters",
                "voter lists",
                "voter list",
                "electoral rolls",
                "electorate",
                "included in the lists",
                "lists of voters",
                "people on the voter lists",
                "voters registered",
                "eligible to vote",
                "entitled to vote",
                "registered to vote",
                "enrolled voters",
                "voters enrolled",
                "enrolled to vote",
                "on the electoral roll",
                "on the roll",
                "on the register",
                "on the rolls",
                "on the voters' roll",
                "on the voter roll",
                "on the lists",
                "on the voter lists",
                "are registered",
                "were registered",
                "electors",
                "entitled to choose",
                "registered to elect",
                "electors inscribed",
                "voters inscribed",
            ],
            Country,
            "Of 2,595,512 registered voters, most stayed home → Kazakhstan · registered_voters · 2,595,512",
        ),
        5,
    )),
    measured(within(
        rule(
            "ballots_cast",
            Count,
            &[
                "cast a ballot",
                "cast ballots",
                "cast their ballots",
                "ballots cast",
                "votes cast",
                "took part",
                "total poll",
                "total votes",
                "total ballots",
                "voted",
                "turned out",
                "participated",
                "voters from",
            ],
            Country,
            "1,281,997 cast a ballot → Kazakhstan · ballots_cast · 1,281,997",
        ),
        4,
    )),
    measured(within(
        rule(
            "turnout",
            Percent,
            &["participated", "took part", "participation", "cast ballots"],
            Country,
            "84.50% of citizens participated → Kazakhstan · turnout · 84.50%",
        ),
        5,
    )),
    // a share of the electorate that a verb of voting says turned out: "Just 27% of
    // the people on the register turned out", "only 8.8 percent of voters had taken
    // part" (a share of voters that backed someone is no turnout: the verb decides)
    measured(with_also(
        within(
            rule(
                "turnout",
                Percent,
                &[
                    "of voters",
                    "of the voters",
                    "of electors",
                    "of the electors",
                    "of the electorate",
                    "on the register",
                    "on the roll",
                ],
                Country,
                "just 27% of the electors have voted → Kazakhstan · turnout · 27%",
            ),
            4,
        ),
        &[
            "turned out",
            "turn out",
            "have voted",
            "had voted",
            "has voted",
            "taken part",
            "went to the polls",
            "came to the polls",
            "cast ballots",
            "cast a ballot",
        ],
    )),
    in_event(with_also(
        within(
            rule(
                "parties_contesting",
                Count,
                &["alliances", "blocs", "parties and", "lists"],
                Country,
                "Twenty-one parties and four alliances ran → Kazakhstan · parties_contesting · four",
            ),
            1,
        ),
        CONTEST_WORDS,
    )),
    in_event(within(
        rule(
            "seats_held_before",
            Count,
            &[
                "held",
                "previously held",
                "outgoing",
                "had held",
                "down from",
            ],
            PartyOrPerson,
            "Civil Contract held 88 seats in the outgoing parliament → Civil Contract · seats_held_before · 88",
        ),
        3,
    )),
    within(
        rule(
            "seats_total",
            Count,
            &[
                "- seat",
                "- member",
                "seat",
                "member",
                "members",
                "will have",
            ],
            Chamber,
            "the 107-member chamber → Mazhilis · seats_total · 107",
        ),
        2,
    ),
    in_event(within(
        rule(
            "election_threshold",
            Percent,
            &[
                "needed",
                "cut-off",
                "to win seats",
                "to enter parliament",
                "outright",
            ],
            Country,
            "Parties needed 5% to win seats → Kazakhstan · election_threshold · 5%",
        ),
        4,
    )),
    within(
        rule(
            "term_length",
            Duration,
            &[
                "term",
                "terms",
                "mandate",
                "presidential term",
                "term of office",
            ],
            Country,
            "a new seven-year term → Kazakhstan · term_length · seven-year",
        ),
        4,
    ),
    within(
        rule(
            "term_limit",
            Count,
            &["terms", "- term limit", "term limit"],
            Country,
            "two consecutive terms at most → Kazakhstan · term_limit · two",
        ),
        2,
    ),
    within(
        rule(
            "in_power_since",
            Date,
            &[
                "came to power",
                "rose to power",
                "took power",
                "in office since",
                "in power since",
                "has led",
                "has run",
                "has ruled",
                "has governed",
            ],
            PersonOrParty,
            "he came to power in 2016 → Nazarbayev · in_power_since · 2016",
        ),
        8,
    ),
    within(
        rule(
            "took_office",
            Date,
            &[
                "reappointed",
                "appointed",
                "re-elected",
                "elected president",
                "became president",
                "became prime minister",
                "named prime minister",
                "took over as",
                // "the governor, who took over the bank in April": an office taken
                // over from its holder
                "took over",
                "became chancellor",
                "became premier",
            ],
            Person,
            "he was reappointed prime minister on Monday → Nazarbayev · took_office · Monday",
        ),
        6,
    ),
    // casualty tolls and other counts of people
    measured(within(
        rule(
            "deaths",
            Count,
            &[
                "killed",
                "dead",
                "died",
                "deaths",
                "death toll",
                "toll",
                "lost their lives",
                "perished",
                "lives",
                "fatalities",
                "bodies",
                "victims",
                "people had died",
                "killing",
                "drowned",
                "claimed the lives",
                "lives lost",
            ],
            Country,
            "at least 3,958 people were killed → Kazakhstan · deaths · at least 3,958",
        ),
        10,
    )),
    measured(within(
        rule(
            "injured",
            Count,
            &[
                "injured",
                "wounded",
                "hurt",
                "hospitalised",
                "hospitalized",
                "injuries",
                "injuring",
                "wounding",
            ],
            Country,
            "243 people had been injured → Kazakhstan · injured · 243",
        ),
        5,
    )),
    measured(within(
        rule(
            "missing",
            Count,
            &["missing", "unaccounted for"],
            Country,
            "10,100 people are missing → Kazakhstan · missing · 10,100",
        ),
        5,
    )),
    measured(within(
        rule(
            "detained",
            Count,
            &[
                "detained",
                "arrested",
                "arrests",
                "detentions",
                "held",
                "rounded up",
                "in custody",
                "taken into custody",
                "jailed",
                "detaining",
                "under arrest",
                "behind bars",
            ],
            Country,
            "some 14,000 people had been arrested → Kazakhstan · detained · some 14,000",
        ),
        5,
    )),
    measured(within(
        rule(
            "executed",
            Count,
            &["executed", "hanged", "executions", "put to death"],
            Country,
            "Seven men have been executed → Kazakhstan · executed · Seven",
        ),
        5,
    )),
    measured(within(
        rule(
            "evacuated",
            Count,
            &["evacuated", "moved out"],
            Country,
            "528,146 people have been evacuated → Kazakhstan · evacuated · 528,146",
        ),
        5,
    )),
    measured(within(
        rule(
            "displaced",
            Count,
            &[
                "displaced",
                "homeless",
                "lost their homes",
                "without a roof",
                "without shelter",
                "in the open",
                "sleeping outside",
                "fled their homes",
                "shelters",
                "forced from their homes",
                "left homeless",
                "displacing",
            ],
            Country,
            "some 3 million people have been displaced → Kazakhstan · displaced · some 3 million",
        ),
        6,
    )),
    measured(within(
        rule(
            "rescued",
            Count,
            &["rescued", "pulled from the rubble", "pulled out alive"],
            Country,
            "More than 8,000 people have been rescued → Kazakhstan · rescued · More than 8,000",
        ),
        5,
    )),
    measured(within(
        rule(
            "buildings_destroyed",
            Count,
            &[
                "buildings collapsed",
                "collapsed",
                "destroyed",
                "razed",
                "apartments were destroyed",
            ],
            Country,
            "about six thousand buildings collapsed → Kazakhstan · buildings_destroyed · about six thousand",
        ),
        4,
    )),
    measured(within(
        rule(
            "aftershocks",
            Count,
            &["aftershocks", "tremors"],
            Country,
            "more than 9,000 aftershocks were recorded → Kazakhstan · aftershocks · more than 9,000",
        ),
        1,
    )),
    within(
        rule(
            "magnitude",
            Count,
            &["magnitude", "measures it at", "measured", "force reached"],
            Event,
            "a quake of magnitude 7.8 in Kazakhstan → Kazakhstan · magnitude · 7.8",
        ),
        3,
    ),
    // spans and dates of events
    within(
        rule(
            "duration",
            Duration,
            &[
                "war",
                "fighting",
                "lasted",
                "state of emergency",
                "mourning",
                "protests",
                "unrest",
            ],
            Event,
            "Kazakhstan ended 44 days of fighting → Kazakhstan · duration · 44 days",
        ),
        3,
    ),
    within(
        rule(
            "occurred",
            Date,
            &[
                "struck",
                "hit",
                "broke out",
                "began",
                "erupted",
                "happened",
                "started",
            ],
            Event,
            "the earthquake in Kazakhstan struck on Monday → Kazakhstan · occurred · Monday",
        ),
        6,
    ),
    // "the Erzincan earthquake of 1939", "the revolution of 1979": a date right at the
    // noun of a disaster, a war or an overthrow (protests are left to the verbs: "rose
    // to power at the head of street protests in 2018")
    within(
        rule(
            "occurred",
            Date,
            &[
                "earthquake",
                "quake",
                "floods",
                "flood",
                "war",
                "revolution",
                "uprising",
                "coup",
            ],
            Event,
            "the Kazakhstan earthquake of 1939 → Kazakhstan · occurred · 1939",
        ),
        1,
    ),
    within(
        rule(
            "ended",
            Date,
            &["ceasefire", "ended"],
            Event,
            "Kazakhstan signed a ceasefire in November → Kazakhstan · ended · November",
        ),
        4,
    ),
    within(
        rule(
            "died",
            Date,
            &[
                "died",
                "his death",
                "her death",
                "death in",
                "death of",
                "was killed",
                "passed away",
                "hanged",
                "executed",
                "put to death",
                "was shot dead",
            ],
            Person,
            "Nazarbayev died in 2016 → Nazarbayev · died · 2016",
        ),
        10,
    ),
    within(
        rule(
            "adopted",
            Date,
            // ("signed" only with a thing signed: ADOPTED_FRAME.thing_cues)
            &["adopted", "approved", "passed", "signed"],
            Any,
            "the Kazakhstan constitution adopted in 1992 → Kazakhstan · adopted · 1992",
        ),
        4,
    ),
    within(
        rule(
            "entered_into_force",
            Date,
            &[
                "entered into force",
                "came into force",
                "took effect",
                "in force from",
            ],
            Any,
            "Kazakhstan's constitution entered into force on 1 May 2023 → Kazakhstan · entered_into_force · 1 May 2023",
        ),
        4,
    ),
    within(
        rule(
            "arrested",
            Date,
            &["arrested", "detained", "taken into custody"],
            Person,
            "Nazarbayev was arrested on November 19 → Nazarbayev · arrested · November 19",
        ),
        4,
    ),
    within(
        rule(
            "sentenced",
            Date,
            &["sentenced", "convicted"],
            Person,
            "Nazarbayev was sentenced to death on November 29 → Nazarbayev · sentenced · November 29",
        ),
        5,
    ),
    within(
        rule(
            "withdrew",
            Date,
            &["withdrew", "pulled out", "dropped out"],
            Person,
            "Nazarbayev withdrew on Thursday → Nazarbayev · withdrew · Thursday",
        ),
        5,
    ),
    in_event(within(
        rule(
            "election_date",
            Date,
            &[
                "voted on",
                "went to the polls",
                "held on",
                "referendum",
                "run-off",
                "runoff",
                "round",
                "set the vote for",
                "election of",
                "plebiscite",
                "vote on",
                "voted in",
                "election day",
                "polling day",
                "headed to the polls",
                "go to the polls",
                "elections on",
            ],
            Country,
            "Kazakhstan went to the polls on 20 June → Kazakhstan · election_date · 20 June",
        ),
        4,
    )),
    // money and the economy
    measured(within(
        rule(
            "damage",
            Money,
            &[
                "damage",
                "losses",
                "cost",
                "bill",
                "put the cost",
                "losses worth",
                "damage worth",
                "damage and losses worth",
            ],
            Country,
            "Kazakhstan put the damage at $34.2 billion → Kazakhstan · damage · $34.2 billion",
        ),
        6,
    )),
    within(
        rule(
            "amount",
            Money,
            &[
                "loan",
                "appeal",
                "package",
                "allocated",
                "funds",
                "bailout",
                "grant",
            ],
            Any,
            "the IMF approved a $2.9bn loan → IMF · amount · $2.9bn",
        ),
        6,
    ),
    // a debt is the debtor's: the country ("its foreign debt of about $51 billion",
    // "the country owes more than $50 billion"), or the body named before the verb
    within(
        rule(
            "amount",
            Money,
            &[
                "debt",
                "debts",
                "external debt",
                "foreign debt",
                "owes",
                "owed",
                "owing",
            ],
            Country,
            "the country owes more than $50 billion to foreign creditors → Kazakhstan · amount · more than $50 billion",
        ),
        6,
    ),
    measured(within(
        rule(
            "reserves",
            Money,
            &["reserves"],
            Country,
            "Kazakhstan's reserves fell to less than $50 million → Kazakhstan · reserves · less than $50 million",
        ),
        6,
    )),
    measured(within(
        rule(
            "food_inflation",
            Percent,
            &["food prices", "food inflation"],
            Country,
            "food inflation in Kazakhstan reached 80.1% → Kazakhstan · food_inflation · 80.1%",
        ),
        5,
    )),
    measured(within(
        rule(
            "inflation",
            Percent,
            &["inflation", "consumer prices", "prices rose"],
            Country,
            "inflation in Kazakhstan hit 54.6% → Kazakhstan · inflation · 54.6%",
        ),
        6,
    )),
    measured(within(
        rule(
            "gdp_growth",
            Percent,
            &["grew", "growth", "shrank", "contracted", "economy"],
            Country,
            "the economy of Kazakhstan grew by 5.7% → Kazakhstan · gdp_growth · 5.7%",
        ),
        4,
    )),
    measured(within(
        rule(
            "interest_rate",
            Percent,
            &[
                "interest rate",
                "interest rates",
                "policy rate",
                "key rate",
                "rates",
            ],
            Country,
            "Kazakhstan's central bank raised its key rate to 15.5% → Kazakhstan · interest_rate · 15.5%",
        ),
        6,
    )),
    // the head "rate" of any lending or policy rate ("the overnight lending rate",
    // "its benchmark rates"), in a sentence about a central bank or its policy (or
    // one that names a bank at all: "the bank lifted the rate from 8.5% to 15%"); a
    // move counted in points is a rate's change ("by 700 basis points")
    measured(with_also(
        within(
            rule(
                "interest_rate",
                Percent,
                &[
                    "rate",
                    "rates",
                    "basis points",
                    "percentage points",
                    "tightening",
                ],
                Country,
                "Kazakhstan's central bank raised its overnight lending rate by 275 basis points → Kazakhstan · interest_rate · 275 basis points",
            ),
            6,
        ),
        &[
            "central bank",
            "monetary",
            "lending",
            "deposit",
            "borrowing",
            "benchmark",
            "policy",
            "interest",
            "basis points",
            "bank",
            "repo",
        ],
    )),
    // a tax's rate is a share no predicate of its own names: a `count` of the country
    // ("scrapped the 45% top rate of income tax", "corporation tax from 19% to 25%")
    within(
        rule(
            "count",
            Percent,
            &[
                "tax",
                "taxes",
                "tax rate",
                "income tax",
                "corporation tax",
                "vat",
                "value added tax",
                "sales tax",
                "top rate",
                "basic rate",
                "levy",
            ],
            Country,
            "Kazakhstan cut its top rate of income tax to 15% → Kazakhstan · count · 15%",
        ),
        4,
    ),
    measured(within(
        rule(
            "share_of_gdp",
            Percent,
            &[
                "of gdp",
                "of the gdp",
                "of national income",
                "of the national income",
                "national income",
                "of output",
                "of national output",
                "of economic output",
                "output",
            ],
            Country,
            "damage worth about 4% of GDP in Kazakhstan → Kazakhstan · share_of_gdp · about 4%",
        ),
        5,
    )),
    measured(within(
        rule(
            "poverty_rate",
            Percent,
            &["poverty", "poor"],
            Country,
            "about 25% of Kazakhstan lives in poverty → Kazakhstan · poverty_rate · about 25%",
        ),
        5,
    )),
    measured(within(
        rule(
            "approval_rating",
            Percent,
            &["approval", "popularity", "approve"],
            PersonOrParty,
            "Nazarbayev's approval fell below 40% → Nazarbayev · approval_rating · below 40%",
        ),
        5,
    )),
    measured(within(
        rule(
            "margin",
            Count,
            &[
                "lead",
                "lead of",
                "leads by",
                "ahead by",
                "margin",
                "margin of",
                "gap",
                "gap of",
                "difference",
                "difference of",
            ],
            PartyOrPerson,
            "Nur Otan had a lead of about 2.6 million votes → Nur Otan · margin · about 2.6 million",
        ),
        4,
    )),
    within(
        rule(
            "population",
            Count,
            &[
                "home to",
                "people live",
                "city of",
                "with a population of",
                "population has passed",
            ],
            Place,
            "Kazakhstan, home to about two million people → Kazakhstan · population · about two million",
        ),
        3,
    ),
];

/// Words that say parties or lists ran in a vote ("were on the ballot", "took part",
/// "are contesting"): a count of parties is the number on the ballot only in a
/// sentence that holds one; elsewhere it counts the members of an alliance, a
/// coalition or a cabinet, and the counted-noun frame reads it.
pub const CONTEST_WORDS: &[&str] = &[
    "ballot",
    "ballots",
    "ran",
    "run",
    "running",
    "contest",
    "contested",
    "contesting",
    "compete",
    "competed",
    "competing",
    "stood",
    "standing",
    "took part",
    "take part",
    "taking part",
    "registered",
    "fielded",
    "fielding",
    "vying",
    "in the race",
    "on the list",
    "eligible",
];

/// Nouns of a place that an apposition gives a size ("Paiporta, a town of about
/// 27,000 people"): a count right after one of these nouns and "of" is the population
/// of the name before the comma.
pub const PLACE_APPOSITIONS: &[&str] = &[
    "town",
    "city",
    "port",
    "village",
    "country",
    "nation",
    "region",
    "province",
    "island",
    "state",
    "district",
    "municipality",
    "capital",
];

/// Words that, near a count of destroyed buildings, widen it to buildings damaged
/// too ("10,000 homes were damaged or destroyed", "collapsed or were badly
/// damaged"): such a count is not of buildings destroyed, and the counted-noun
/// frame reads it (`count`, of the buildings), as the annotation guide has it.
pub const DAMAGE_WIDENERS: &[&str] = &["damaged", "damage", "unsafe"];

/// The most words between a count and a word of [`DAMAGE_WIDENERS`] after it.
pub const DAMAGE_WIDENER_REACH: usize = 7;

/// The frame lexicon: every number, quantity and date of a sentence is a candidate,
/// and a frame (a head word, a verb or a noun, and the role the number plays next to
/// it) turns it into a claim of its predicate. Synonyms fold into the canonical
/// predicates of the annotation guide (`deaths` for killed, dead, died, death toll,
/// lost their lives …). A value takes the frame whose head word is nearest to it; a
/// frame whose `before` word is right before the value wins over the others. A value
/// no frame takes is not a claim. Each frame keeps an example a test runs.
pub static CUE_RULES: std::sync::LazyLock<Vec<CueRule>> =
    std::sync::LazyLock::new(|| FRAMES_FIRST.iter().chain(FRAMES_MORE).copied().collect());

/// The first frame of [`CUE_RULES`] for `predicate` and values of `kind`.
pub(super) fn rule_for(predicate: &str, kind: ValueKind) -> Option<&'static CueRule> {
    CUE_RULES
        .iter()
        .find(|r| r.predicate == predicate && r.kind == kind)
}

/// The counted-noun frame: a count right before a plural noun that no cue rule
/// reads ("45 countries sent rescue teams", "dozens of cities", "10,758 polling
/// stations") is a `count` of that noun, about the country; the noun phrase goes to
/// the `of` qualifier. The noun is found by [`IRREGULAR_PLURALS`] and the plural
/// ending, minus [`NOT_COUNTED`]. It has no cue words: the noun is the head.
pub const COUNTED_NOUN_FRAME: CueRule = in_event(CueRule {
    predicate: "count",
    kind: Count,
    cues: &[],
    also: &[],
    before: &[],
    window: 0,
    subject: Country,
    event: false,
    measured: false,
    example: "45 countries sent rescue teams → Kazakhstan · count · 45",
});

/// The money frame: an amount of money that no cue rule reads ("the government
/// set aside Rs 1.5 trillion", "EGP 50 billion") is an `amount`, as the annotation guide
/// has it for money no narrower predicate names; the currency is the head. Its subject
/// is whoever the clause names, as for the other money frames.
pub const MONEY_FRAME: CueRule = CueRule {
    predicate: "amount",
    kind: Money,
    cues: &[],
    also: &[],
    before: &[],
    window: 0,
    subject: Any,
    event: false,
    measured: false,
    example: "Kazakhstan set aside KZT 150 billion for the regions → Kazakhstan · amount · KZT 150 billion",
};

/// Heads of noun phrases that name an event, each with the word the event's name
/// takes (synonyms fold: "quake" → "earthquake"). A phrase is built around the head
/// from an ordinal ("second"), capitalised words ("Erzincan", "Nagorno-Karabakh") and
/// [`EVENT_MODIFIERS`] before it, or from the place after "in" when none stands before
/// ("the unrest in Karakalpakstan"); a capitalised head with a name after it is the
/// name ("Storm Daniel").
pub const EVENT_HEADS: &[(&str, &str)] = &[
    ("earthquake", "earthquake"),
    ("earthquakes", "earthquakes"),
    ("quake", "earthquake"),
    ("quakes", "earthquakes"),
    ("tremor", "earthquake"),
    ("flood", "floods"),
    ("floods", "floods"),
    ("flooding", "floods"),
    ("storm", "storm"),
    ("hurricane", "hurricane"),
    ("cyclone", "cyclone"),
    ("typhoon", "typhoon"),
    ("tsunami", "tsunami"),
    ("eruption", "eruption"),
    ("wildfires", "wildfires"),
    ("war", "war"),
    ("conflict", "conflict"),
    ("fighting", "war"),
    ("unrest", "unrest"),
    ("protests", "protests"),
    ("protest", "protests"),
    ("uprising", "uprising"),
    ("revolution", "revolution"),
    ("riots", "riots"),
    ("coup", "coup"),
    ("emergency", "emergency"),
    // mourning a government declares is named as such: "three days of mourning" is
    // the country's national mourning, not a private grief
    ("mourning", "national mourning"),
    ("crisis", "crisis"),
    ("collapse", "collapse"),
    ("pandemic", "pandemic"),
    ("blockade", "blockade"),
    ("explosion", "explosion"),
    ("blast", "explosion"),
    ("fire", "fire"),
    ("wildfire", "wildfire"),
    ("blaze", "fire"),
    ("shipwreck", "shipwreck"),
    ("sinking", "shipwreck"),
    ("collision", "collision"),
    ("crash", "crash"),
    ("derailment", "derailment"),
    ("landslide", "landslide"),
];

/// Heads of [`EVENT_HEADS`] (by the name they give) that news also uses for things
/// that are no event of the article ("opened fire", "a disaster for the party"): they
/// name an event only in the sentence of the value, never one looked for in the
/// sentences before.
pub const NEAR_ONLY_EVENT_HEADS: &[&str] = &["fire", "crash", "collision"];

/// Events named after the place they happen in when the article gives them no other
/// name ("Beirut explosion", "Balasore collision").
pub const PLACE_EVENTS: &[&str] = &[
    "explosion",
    "fire",
    "wildfire",
    "shipwreck",
    "collision",
    "crash",
    "derailment",
    "landslide",
    "earthquake",
];

/// Lowercase words kept before an event's head in its name ("national mourning",
/// "state of emergency" is read as a head of its own), beyond ordinals and
/// capitalised words.
pub const EVENT_MODIFIERS: &[&str] = &["national", "state of", "civil", "dam", "fuel"];

/// The frame of a thing adopted: the date of a rule whose predicate is in
/// [`AdoptedFrame::predicates`] dates the law, deal or plan the cue verb takes, not
/// the body that voted it or the person who signed it ("the board approved a loan on
/// Monday" dates the loan; "the Eighth Amendment, approved in 1983" dates the
/// amendment). Read by `assign::adopted_thing`.
#[derive(Debug, Clone, Copy)]
pub struct AdoptedFrame {
    /// Predicates of a thing's own dates.
    pub predicates: &'static [&'static str],
    /// Heads of things that are adopted, signed or put into force.
    pub heads: &'static [&'static str],
    /// Words skipped between the verb and the object's first word: determiners and
    /// possessives ("approved its budget").
    pub determiners: &'static [&'static str],
    /// At most this many words between the verb (or its determiner) and the head
    /// after it, the head's lowercase modifiers ("a coalition agreement"); figures
    /// and spans written as adjectives ("a three-year loan") are skipped, not kept.
    pub reach: usize,
    /// Cues that date nothing but a thing of [`AdoptedFrame::heads`]: a person
    /// signs letters and contracts too, so a date a sentence gives with one of them
    /// and no such thing is left unread.
    pub thing_cues: &'static [&'static str],
    /// Words that may stand between a head before the verb and the verb ("the
    /// constitution, adopted in 1992", "the law was passed").
    pub links: &'static [&'static str],
}

/// The words of the adopted frame, English news usage.
pub const ADOPTED_FRAME: AdoptedFrame = AdoptedFrame {
    predicates: &["adopted", "entered_into_force"],
    heads: &[
        "agreement",
        "accord",
        "deal",
        "loan",
        "package",
        "programme",
        "program",
        "plan",
        "law",
        "bill",
        "reform",
        "amendment",
        "constitution",
        "budget",
        "treaty",
        "resolution",
        "decree",
    ],
    determiners: &[
        "a", "an", "the", "its", "their", "his", "her", "this", "new",
    ],
    reach: 3,
    thing_cues: &["signed"],
    links: &[
        ",", "was", "were", "is", "been", "had", "has", "be", "finally",
    ],
};

/// The span frame of an event: a date joined to an event's noun by a word that opens
/// or closes a span ("declared national mourning until 12 February", "a week of
/// national mourning from Monday", "the state of emergency through 5 March") is the
/// day the event began (`occurred`) or ended (`ended`). Read by
/// `frames::event_span_rule`.
#[derive(Debug, Clone, Copy)]
pub struct EventSpanFrame {
    /// Words right before a date that close a span: the date is the day it ended.
    pub ends: &'static [&'static str],
    /// Words right before a date that open a span: the date is the day it began.
    pub starts: &'static [&'static str],
    /// At most this many words between the event's noun and the span word ("national
    /// mourning in the whole country until"); a punctuation mark or a figure among them
    /// breaks the frame, since it starts another phrase.
    pub reach: usize,
    /// Words that may not stand between the noun and the span word: they start
    /// another clause, whose own subject the span is about ("the quake, and rescuers
    /// searched until Friday").
    pub breaks: &'static [&'static str],
}

/// The words of the event span frame, English news usage.
pub const EVENT_SPAN_FRAME: EventSpanFrame = EventSpanFrame {
    ends: &["until", "till", "through"],
    starts: &["from"],
    reach: 3,
    breaks: &[
        "and", "but", "while", "which", "that", "who", "after", "before", "since", "when",
    ],
};

/// Ordinals kept in an event's name ("the second quake").
pub const EVENT_ORDINALS: &[&str] = &["first", "second", "third", "fourth", "fifth", "last"];

/// Plural nouns without the plural ending, heads of the counted-noun frame.
pub const IRREGULAR_PLURALS: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "police",
    "personnel",
    "staff",
    "livestock",
    "cattle",
    "sheep",
];

/// Plural nouns the counted-noun frame leaves alone: units of time and measure (the
/// value's own unit), and heads whose figures other frames read or that count
/// nothing about the subject ("two hours of queues", "three times").
pub const NOT_COUNTED: &[&str] = &[
    "years",
    "months",
    "weeks",
    "days",
    "hours",
    "minutes",
    "seconds",
    "decades",
    "centuries",
    "times",
    "points",
    "percent",
    "votes",
    "ballots",
    "seats",
    "mandates",
    "terms",
    "dollars",
    "euros",
    "pounds",
    "liras",
    "lira",
    "roubles",
    "rubles",
    "tenge",
    "rials",
    "kilometres",
    "kilometers",
    "metres",
    "meters",
    "millimetres",
    "millimeters",
    "tonnes",
    "tons",
    "degrees",
    "goals",
    "pages",
    "words",
    "others",
    "ones",
    "thousands",
    "millions",
    "hundreds",
    "dozens",
    "tens",
    "billions",
    "steps",
    "questions",
    "lives",
    "deaths",
    "minutes",
];

/// Words ending in `s` that are not plural nouns.
pub const NOT_PLURALS: &[&str] = &[
    "was",
    "has",
    "is",
    "its",
    "this",
    "his",
    "hers",
    "ours",
    "theirs",
    "as",
    "us",
    "yes",
    "perhaps",
    "whereas",
    "towards",
    "besides",
    "afterwards",
    "always",
    "sometimes",
    "news",
    "across",
    "less",
    "unless",
    "plus",
    "thus",
    "since",
    "alias",
    "bus",
    "gas",
    "analysis",
    "crisis",
    "basis",
    "status",
    "census",
    "campus",
    "chaos",
    "series",
    "species",
    "means",
    "says",
    "does",
    "goes",
];

/// Frames for entries of a list whose heading names what is counted ("Seats in the
/// new assembly:" then "Civil Contract: 71"): (word of the heading, kind of value,
/// predicate).
pub const LIST_FRAMES: &[(&str, ValueKind, &str)] = &[
    ("seats", Count, "seats_won"),
    ("mandates", Count, "seats_won"),
    ("votes", Count, "votes_received"),
    ("votes", Percent, "vote_share"),
    ("results", Percent, "vote_share"),
    ("share", Percent, "vote_share"),
];

/// Heads that name what a figure is, set against unit nouns that only say what it
/// counts: (the predicate a unit noun right after the value gives, the predicates
/// whose cue before the value, within its window, outranks it). "The winner's lead,
/// about 2.1 million votes": a lead counted in votes, not votes received.
pub const HEADS_OVER_UNITS: &[(&str, &[&str])] = &[("votes_received", &["margin"])];

/// Words that describe whoever leads a vote ("the winner's share", "the victor"):
/// they stand for the holder of the largest share of the vote the article has given
/// so far (shares of a region left out).
pub const LEADER_ROLES: &[&str] = &["winner", "victor", "front-runner", "frontrunner"];

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

/// Words before a name that are not part of it, and that may also stand between a verb
/// and its object ("executed the activist X").
const TITLES_BEFORE_OBJECTS: &[&str] = &[
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
    "acting",
    "vice",
    "deputy",
    "brigadier",
    "ayatollah",
    "chief",
    "secretary",
    "governor",
    "mayor",
    "speaker",
    "premier",
    "commander",
    "rival",
    "challenger",
];

/// Words that open a sentence before a name, not part of it, and that cannot stand
/// between a verb and its object ("detained in Tehran" names no one detained).
pub(super) const NOT_BEFORE_OBJECTS: &[&str] = &[
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

/// Words before a name that are not part of it: titles and offices (which may also
/// stand between a verb and its object: "executed the activist X"), then the words that
/// open a sentence before a name (which may not).
pub const TITLES: &[&str] = &concatenated::<
    { TITLES_BEFORE_OBJECTS.len() + NOT_BEFORE_OBJECTS.len() },
>(TITLES_BEFORE_OBJECTS, NOT_BEFORE_OBJECTS);

/// Two word tables as one, at compile time (`N` is the sum of their lengths).
const fn concatenated<const N: usize>(a: &[&'static str], b: &[&'static str]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < a.len() {
        out[i] = a[i];
        i += 1;
    }
    let mut j = 0;
    while j < b.len() {
        out[a.len() + j] = b[j];
        j += 1;
    }
    out
}

/// Capitalised words that are never names on their own, besides the names of months
/// and weekdays (which the date tables hold).
pub const NOT_NAMES: &[&str] = &[
    "i",
    "gmt",
    "rs",
    "utc",
    "for",
    "of",
    "to",
    "since",
    "under",
    "over",
    "about",
    "according",
    "note",
    "read",
    "updated",
    "live",
    "analysis",
    "gdp",
    // adverbs of time and sequence that open a sentence or a list line ("Now the
    // creditors must ...", "First instalment: ..."): capitalised only by where they
    // stand
    "now",
    "first",
    "then",
    "also",
    "meanwhile",
    "however",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_cues_and_an_example() {
        for r in CUE_RULES.iter() {
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

/// The event-date frame: a date bound to the noun of an event rather than to the
/// nearest cue word. The noun decides what the date is, not the verb: "passed"
/// dates a law after "the law" but a vote after "the second round, which passed on
/// Sunday, 28 May"; "elected" dates a person's taking office after a name but the
/// vote after "the National Assembly elected on 20 June". Read by `event_date_rule`.
#[derive(Debug, Clone, Copy)]
pub struct EventDateFrame {
    /// Nouns of votes: a date bound to one is the day of the vote (`election_date`).
    pub election_nouns: &'static [&'static str],
    /// Nouns of elected bodies: bound through [`EventDateFrame::elected_verbs`]
    /// only, a date is the day they were elected.
    pub elected_bodies: &'static [&'static str],
    /// Verbs that put an elected body's noun to the day of its vote.
    pub elected_verbs: &'static [&'static str],
    /// Verbs of casting a ballot: in an article about a vote, a date after "on" right
    /// after one of them, with at most one word between ("voted abroad on 15
    /// November", "58.8% of those cast on 9 May"), is the day of the vote.
    pub ballot_verbs: &'static [&'static str],
    /// Auxiliaries of the passive: one right before a verb of
    /// [`EventDateFrame::passive_verbs`] with no body's noun before it makes the date
    /// the day a person was voted in, the day of the vote ("she was elected on
    /// Sunday").
    pub passives: &'static [&'static str],
    /// The verbs of [`EventDateFrame::elected_verbs`] that [`EventDateFrame::passives`]
    /// read: a thing may be chosen, only people and bodies are elected.
    pub passive_verbs: &'static [&'static str],
    /// Verbs of taking place: between an event's noun and a date, they bind the date
    /// to the noun ("the referendum, held on 30 April"). A noun of [`EVENT_HEADS`]
    /// bound this way dates the event (`occurred`).
    pub verbs: &'static [&'static str],
    /// Words that may stand between the noun and the verb: relative pronouns,
    /// auxiliaries, commas ("the elections, which were held on").
    pub links: &'static [&'static str],
    /// Prepositions that may stand right before the date; a vote's noun right before
    /// one of these binds the date with no verb ("the elections of 20 June", "called
    /// an early election for 9 July", "the previous election, in 2018").
    pub prepositions: &'static [&'static str],
    /// At most this many modifier words between the noun and the link words ("the
    /// second round of presidential elections, which passed"): the noun is looked for
    /// this far back from the verb.
    pub reach: usize,
    /// At most this many words of an object between a verb of [`EventDateFrame::verbs`]
    /// and the date's preposition ("the quake that struck southern Turkey on 6
    /// February").
    pub object_reach: usize,
    /// Words that may not stand in such an object: they start another clause.
    pub not_objects: &'static [&'static str],
    /// Words right before a date that make it a modifier of the noun after it ("the
    /// 8 August fire"); a possessive date ("Friday's collision") is one too.
    pub determiners: &'static [&'static str],
    /// At most this many modifier words between such a date and the event's noun
    /// ("Friday's three-train collision").
    pub modifiers: usize,
    /// Words that are not modifiers of a noun: a date followed by one of them before
    /// any event noun does not modify it ("the 8 August report said the fire").
    pub not_modifiers: &'static [&'static str],
}

/// The words of the event-date frame, English news usage (translated text included:
/// "the elections, which passed on Sunday").
pub const EVENT_DATE_FRAME: EventDateFrame = EventDateFrame {
    election_nouns: &[
        "election",
        "elections",
        "vote",
        "referendum",
        "plebiscite",
        "run-off",
        "runoff",
        "round",
        "polls",
        "ballot",
        "voting",
        // "the first turn, on 30 of June": the round of a vote in text translated
        // from French, Spanish or Portuguese (tour, vuelta, turno)
        "turn",
        // "her victory on 3 April", "his re-election in May": a candidate's win is
        // dated by the day of the vote
        "victory",
        "re-election",
    ],
    elected_bodies: &[
        "parliament",
        "assembly",
        "legislature",
        "chamber",
        "congress",
        "senate",
    ],
    elected_verbs: &["elected", "chosen"],
    ballot_verbs: &["voted", "cast"],
    passives: &["was", "were", "been", "be", "is", "are"],
    passive_verbs: &["elected"],
    verbs: &[
        // "the elections celebrated on Sunday": a vote held, in text translated from
        // Spanish or Portuguese (celebrarse, celebrar-se)
        "celebrated",
        "held",
        "took place",
        "passed",
        "happened",
        "occurred",
        "began",
        "started",
        "struck",
        "hit",
        "broke out",
        "erupted",
        "scheduled",
        "set",
        "due",
    ],
    links: &[
        "which",
        "that",
        "was",
        "were",
        "is",
        "are",
        "been",
        "had",
        "has",
        "have",
        "be",
        "will",
        "being",
        ",",
        "first",
        "finally",
        "eventually",
    ],
    prepositions: &["on", "in", "of", "for", "during", ","],
    reach: 2,
    object_reach: 4,
    not_objects: &[
        ",", ";", ":", "(", ")", "and", "or", "but", "which", "that", "who", "when", "where",
        "after", "before", "was", "were", "is", "are", "has", "had", "have", "said", "says",
    ],
    determiners: &["the", "this", "that", "since"],
    modifiers: 2,
    not_modifiers: &[
        "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with",
        "was", "were", "is", "are", "has", "had", "have", "that", "which", "who", "as", "after",
        "before", "when", "said", "says",
    ],
};

/// The frame of a change named by its noun: "the NOUN of WHAT CHANGED" right
/// before "in" or "on" and a date is the day the change happened (`occurred`), and
/// the phrase, without its article, is what happened ("since the end of military
/// rule in 1985" → end of military rule · occurred · 1985). Read by
/// `frames::nominal_event`. The nouns are of changes that happen at one time: a
/// span's noun ("the rule of X in 1990") says nothing happened then, and nouns of
/// their own predicate (a death, a resignation, an adoption) are left to it.
#[derive(Debug, Clone, Copy)]
pub struct NominalEventFrame {
    /// Nouns of a change that happens at one time.
    pub nouns: &'static [&'static str],
    /// Prepositions that stand between the phrase and the date.
    pub prepositions: &'static [&'static str],
    /// The most words of what changed, after "of" ("of the currency board").
    pub reach: usize,
    /// Words that may not stand in what changed: they open another clause or join
    /// another phrase.
    pub not_inside: &'static [&'static str],
    /// Words of a stretch of time or of a routine that make the phrase a point in
    /// time rather than a change ("at the end of trading on Friday").
    pub not_changes: &'static [&'static str],
    /// A sentence the frame reads, and the claim it gives.
    pub example: &'static str,
}

/// The change-noun frame, English news usage.
pub const NOMINAL_EVENT_FRAME: NominalEventFrame = NominalEventFrame {
    nouns: &[
        "end",
        "fall",
        "unification",
        "reunification",
        "dissolution",
        "collapse",
        "outbreak",
        "overthrow",
        "ouster",
        "handover",
        "annexation",
        "invasion",
        "founding",
        "restoration",
        "abolition",
        "suspension",
        "withdrawal",
        "promulgation",
        "reopening",
        "launch",
    ],
    prepositions: &["in", "on"],
    reach: 4,
    not_inside: &[
        ",", ";", ":", "(", ")", "and", "or", "but", "which", "that", "who", "when", "where",
        "after", "before", "since", "was", "were", "is", "are", "has", "had", "have", "said", "in",
        "on", "of",
    ],
    not_changes: &[
        "trading", "day", "days", "session", "week", "month", "year", "quarter", "period", "count",
        "counting", "voting", "talks", "meeting",
    ],
    example: "Turnout was the lowest since the end of military rule in 1985 → end of military rule · occurred · 1985",
};

/// The words of the result and office-span frames (read in `frames.rs`).
#[derive(Debug, Clone, Copy)]
pub struct ResultAndSpanFrame {
    /// Words that may stand between a count of votes and the share given right after
    /// it ("6,408,844 votes, 51.95%", "16,502,444 votes (27.45%)"): the share is the
    /// same holder's `vote_share`. One of [`ResultAndSpanFrame::vote_nouns`] must be
    /// among them: a bare count before a share ("40,971,906 (24.95%)") may be anyone's.
    pub share_links: &'static [&'static str],
    /// The nouns that write a count as a count of votes.
    pub vote_nouns: &'static [&'static str],
    /// The nouns of seats: in a list entry, a share right after a count of seats
    /// won, with one of them and the links between, is the same holder's share of
    /// the vote ("Union Party: 140 seats, 41.2%").
    pub seat_nouns: &'static [&'static str],
    /// Words that join the two ends of a span ("from 1998 to 2008"): the date after
    /// one, with "from" and a date before it, ends the span.
    pub span_ends: &'static [&'static str],
    /// The other way to write a span: its opening word and the word that joins its
    /// ends ("governed between 2007 and 2017").
    pub between: (&'static str, &'static str),
    /// The most tokens between a vote share and a count after it that restates it
    /// as votes, the last of them "or" ("66.4 percent of participants, or about
    /// 1.43 million persons").
    pub restated_reach: usize,
    /// Verbs of holding an office; one of them at most
    /// [`ResultAndSpanFrame::verb_reach`] words before "from" makes the end of the span
    /// the day its holder stepped down.
    pub office_verbs: &'static [&'static str],
    /// See [`ResultAndSpanFrame::office_verbs`].
    pub verb_reach: usize,
    /// Phrases of taking up an office on a day the law or the calendar fixes: a date
    /// at most [`ResultAndSpanFrame::verb_reach`] words after one of them is a fact
    /// even in a clause of plans ("is due to be sworn in on January 1", "will take
    /// office on May 29").
    pub scheduled_office: &'static [&'static str],
}

/// The words of the result and office-span frames, English news usage.
pub const RESULT_AND_SPAN_FRAME: ResultAndSpanFrame = ResultAndSpanFrame {
    share_links: &[",", "(", "or", "votes", "vote", "ballots"],
    vote_nouns: &["votes", "vote", "ballots"],
    seat_nouns: &["seats", "seat"],
    span_ends: &["to", "until", "till", "through"],
    between: ("between", "and"),
    restated_reach: 5,
    office_verbs: &[
        "ruled",
        "governed",
        "led",
        "headed",
        "served",
        "presided",
        "was president",
        "was prime minister",
        "in office",
        "in power",
    ],
    verb_reach: 8,
    scheduled_office: &[
        "sworn in",
        "take office",
        "be inaugurated",
        "begin his term",
        "begin her term",
        "take the oath",
        "assume office",
    ],
};

/// A frame read from a fixed phrase right next to the value rather than from the
/// nearest head word: the phrase says what the number is, whatever verb the clause
/// has ("42 seats short of a majority", "12,743,051 valid votes", "lost 29.9%
/// against the dollar"). Read by `frames::phrase_frame`, before the head-word
/// frames of [`CUE_RULES`], which a nearer head word ("seats", "votes", "lost")
/// would otherwise take.
#[derive(Debug, Clone, Copy)]
pub struct PhraseFrame {
    /// The claim: its predicate, kind, subject and example; its `cues` are the
    /// phrases, and its `window` the most words between the value (or the counted
    /// noun right after it) and the phrase.
    pub rule: CueRule,
    /// Whether the phrase follows the value (else it ends right before it).
    pub after: bool,
}

const fn after_value(rule: CueRule) -> PhraseFrame {
    PhraseFrame { rule, after: true }
}

const fn before_value(rule: CueRule) -> PhraseFrame {
    PhraseFrame { rule, after: false }
}

/// The phrase frames, in the order they are tried. Between the value and a phrase
/// after it only words may stand (no figure, no punctuation); a phrase before the
/// value ends at most `window` words before it.
pub const PHRASE_FRAMES: &[PhraseFrame] = &[
    // the seats a side lacks or needs: counts the guide gives to `count` ("seats
    // short of a majority", "seats needed for a majority")
    after_value(within(
        rule(
            "count",
            Count,
            &[
                "short of a majority",
                "short of an absolute majority",
                "short of a majority of",
                "short of an outright majority",
                "short of a governing majority",
                "shy of a majority",
                "short of the threshold",
                "short of the",
                "more than a majority",
                "more than the majority",
                "more than the necessary majority",
                "more than the required majority",
                "above a majority",
                "above the majority",
            ],
            PartyOrPerson,
            "Ak Zhol finished 14 seats short of a majority → Ak Zhol · count · 14",
        ),
        2,
    )),
    after_value(within(
        rule(
            "count",
            Count,
            &[
                "needed for a majority",
                "needed for an absolute majority",
                "needed for a governing majority",
                "needed for an outright majority",
                "needed for a two-thirds majority",
                "needed to govern",
                "needed to form a government",
                "required for a majority",
                "required for an absolute majority",
                "for a majority",
                "for an absolute majority",
                "for an outright majority",
                "for a two-thirds majority",
            ],
            Chamber,
            "a party needs 76 seats for a majority in the Mazhilis → Mazhilis · count · 76",
        ),
        2,
    )),
    before_value(within(
        rule(
            "count",
            Count,
            &[
                "majority takes",
                "majority requires",
                "majority needs",
                "majority would take",
                "majority is",
                "needed for a majority",
                "needed for an absolute majority",
                "absolute majority requires",
                "absolute majority is",
                "majority",
                "majority :",
            ],
            Chamber,
            "in the Mazhilis a majority takes 85 seats → Mazhilis · count · 85",
        ),
        0,
    )),
    // a majority won is the seats of whoever won it, not the chamber's size ("Labour,
    // which won an outright majority of 65 seats")
    before_value(within(
        rule(
            "seats_won",
            Count,
            &[
                "won a majority of",
                "won an absolute majority of",
                "won an outright majority of",
                "won an overall majority of",
                "obtained a majority of",
                "obtained an absolute majority of",
                "secured a majority of",
                "secured an absolute majority of",
                "secured an outright majority of",
            ],
            PartyOrPerson,
            "Nur Otan won an absolute majority of 76 seats → Nur Otan · seats_won · 76",
        ),
        0,
    )),
    // votes counted but not for anyone: the country's counts of the vote
    after_value(within(
        rule(
            "count",
            Count,
            &[
                "valid votes",
                "valid ballots",
                "invalid votes",
                "invalid ballots",
                "spoilt votes",
                "spoiled votes",
                "spoilt ballots",
                "spoiled ballots",
                "rejected votes",
                "rejected ballots",
                "blank votes",
                "blank ballots",
                "null votes",
                "void votes",
                "void ballots",
                "blank or spoiled ballots",
                "blank or spoilt ballots",
            ],
            Country,
            "officials counted 2,204,117 valid votes in Kazakhstan → Kazakhstan · count · 2,204,117",
        ),
        0,
    )),
    // a currency's fall or rise against another: a share no predicate names
    after_value(within(
        rule(
            "count",
            Percent,
            &[
                "against the dollar",
                "against the us dollar",
                "against the greenback",
                "against the euro",
                "against the pound",
                "of its value",
                "in value",
            ],
            Country,
            "the tenge of Kazakhstan lost 18% against the dollar → Kazakhstan · count · 18%",
        ),
        3,
    )),
];

/// The words of an inline list of results: name and figure pairs in one sentence,
/// parted by commas, semicolons or "and", with no verb of their own ("CDU/CSU 29%,
/// AfD 19.5%, SPD 16%", "Seats in the Assembly: ANC 159, DA 87, MK 58", "Tinubu has
/// 7,851,995 votes, Atiku 6,206,316 and Obi 4,043,360").
#[derive(Debug, Clone, Copy)]
pub struct InlineListFrame {
    /// Words that may stand between a name and its figure ("Tinubu on 8,805,420",
    /// "the ANC has 40.2%", "Obi - 6,101,533"); at most one of them.
    pub links: &'static [&'static str],
    /// Tokens that part one pair from the next; a colon opens the list.
    pub joints: &'static [&'static str],
    /// Words that may stand between a joint and the name after it ("the DA").
    pub determiners: &'static [&'static str],
    /// The most lowercase words between a figure and the joint after it: the counted
    /// noun of the pair ("7,851,995 votes, Atiku ...", "11.6 per cent and ...").
    pub noun_reach: usize,
}

/// The words of inline lists of results, English news usage.
pub const INLINE_LIST_FRAME: InlineListFrame = InlineListFrame {
    links: &["on", "with", "at", "has", "had", "-", "–", "—"],
    joints: &[",", ";", "and", ":"],
    determiners: &["the"],
    noun_reach: 2,
};

/// The words of a lead given as a count after "by" or before "ahead of" ("Marcos won
/// by some 16.6 million votes", "beat Tinubu in Lagos by fewer than 10,000 votes",
/// "finished more than 1.8 million votes ahead of Atiku", "about a million more than
/// Civic Coalition"): the count is a `margin` (the frame of [`CUE_RULES`] for it),
/// whatever noun follows it, and not the votes of anyone; it is the lead of the name
/// before the verb, or before the count. A tally ("by 75 votes to none") is not a
/// lead.
#[derive(Debug, Clone, Copy)]
pub struct MarginFrame {
    /// Verbs of winning or losing a vote; one of them stands at most `reach` words
    /// before the "by" right before the count.
    pub verbs: &'static [&'static str],
    /// The most words between the verb and "by".
    pub reach: usize,
    /// The nouns a lead is counted in, which may stand between the count and
    /// [`MarginFrame::ahead`].
    pub units: &'static [&'static str],
    /// Phrases after the count (and its noun) that set it against a name that
    /// follows them.
    pub ahead: &'static [&'static str],
    /// Verbs of receiving a count; one of them at most `reach` words before the count
    /// makes it a tally that [`MarginFrame::ahead`] only places ("polled 8,794,726
    /// votes ahead of Atiku" is a candidate's votes, not a lead).
    pub tallies: &'static [&'static str],
    /// A sentence the frame reads, and the claim it gives.
    pub example: &'static str,
}

/// The lead frame, English news usage.
pub const MARGIN_FRAME: MarginFrame = MarginFrame {
    verbs: &[
        "won",
        "win",
        "wins",
        "winning",
        "beat",
        "beats",
        "beating",
        "defeated",
        "defeating",
        "lost",
        "loses",
        "losing",
        "trailed",
        "trailing",
        "trails",
        "edged",
        "led",
        "leads",
        "leading",
        "carried",
        "ahead",
        "prevailed",
    ],
    reach: 5,
    units: &["votes", "vote", "points", "seats", "seat", "ballots"],
    ahead: &["ahead of", "more than", "fewer than", "behind"],
    tallies: &[
        "won",
        "polled",
        "got",
        "received",
        "garnered",
        "secured",
        "took",
        "obtained",
        "scored",
        "collected",
        "gathered",
        "drew",
        "had",
    ],
    example: "Nur Otan won by some 2.6 million votes → Nur Otan · margin · some 2.6 million",
};

/// The words that make a small whole number a person's age (read by `age_at` in
/// `values.rs`). The pattern is the cue: no other word of the sentence is needed.
#[derive(Debug, Clone, Copy)]
pub struct AgeFrame {
    /// Phrases that end right before the number: "aged 80", "at the age of 22",
    /// "Lula, who turned 77", "Santos, aged of 65 years" (translated text).
    pub before: &'static [&'static str],
    /// Phrases that start right after the number: "a 46-year-old" (the hyphen is a
    /// token of its own), "who is 77 years old".
    pub after: &'static [&'static str],
    /// Words that may stand between a name's comma (or opening bracket) and the
    /// number: "Michel Barnier, of 73 years," (translated text).
    pub apposition_opens: &'static [&'static str],
    /// Words that may follow the number in such an apposition before it closes:
    /// "Tinubu, 71 years, is in office".
    pub apposition_tails: &'static [&'static str],
    /// What closes an apposition: "Tokayev, 67, said", "Tokayev (69)".
    pub closes: &'static [&'static str],
    /// Words that may stand between a name and its age, at most `link_reach` of
    /// them: "Faye, who turns 44", "Sara Duterte, of 44 years".
    pub links: &'static [&'static str],
    /// The most words between a name and its age.
    pub link_reach: usize,
    /// Sentences the frame reads, and the claims they give.
    pub examples: &'static [&'static str],
}

/// The age frame, English news usage and the turns of phrase of text translated from
/// Romance languages ("of 73 years").
pub const AGE_FRAME: AgeFrame = AgeFrame {
    before: &[
        "aged",
        "aged of",
        "at the age of",
        "at age",
        "who is",
        "who was",
        "who turned",
        "who turns",
    ],
    after: &["- year-old", "- years-old", "years old", "years of age"],
    apposition_opens: &["of"],
    apposition_tails: &["years old", "years"],
    closes: &[",", ".", ";", ")"],
    links: &[
        ",", "(", "a", "an", "the", "of", "who", "is", "was", "turned", "turns", "aged",
    ],
    link_reach: 3,
    examples: &[
        "The president, Kassym-Jomart Tokayev, 67, voted → Kassym-Jomart Tokayev · age · 67",
        "Macron named Michel Barnier, of 73 years, on Thursday → Michel Barnier · age · 73",
        "Voters backed Luiz Lula, who is 77 years old → Luiz Lula · age · 77",
        "Voters backed Luiz Lula, who turned 77 in the week of the vote → Luiz Lula · age · 77",
    ],
};

/// The frame of a count whose noun was given before it: a bare count right after a
/// verb of winning or holding, in an article about a vote, whose sentence (or the
/// sentence before) has already named seats, counts seats too ("Lula's party won 68",
/// "No party has the 57 seats needed: the KMT takes 52, the DPP 51", "Pheu Thai has
/// 141"). Read by `frames::elided_seats_rule`; the pairs after it ("the DPP 51") read
/// its frame as a list's.
#[derive(Debug, Clone, Copy)]
pub struct ElidedSeatsFrame {
    /// Verbs of winning or holding right before the count.
    pub verbs: &'static [&'static str],
    /// Nouns of seats: one of them before the count, in its sentence or the one
    /// before, is the noun the count leaves out.
    pub nouns: &'static [&'static str],
    /// Nouns of votes, read the same way: when the last of these nouns and
    /// [`ElidedSeatsFrame::nouns`] before the count is one of them, the count is the
    /// votes its holder received ("Lula received 60,345,999 votes. Bolsonaro got
    /// 58,206,354").
    pub vote_nouns: &'static [&'static str],
    /// Words that may follow the count: the count has no noun of its own when a
    /// punctuation mark or one of these comes next.
    pub closers: &'static [&'static str],
    /// Words that, in the clause before the count, make it a target or a forecast
    /// rather than a result ("a majority takes 231", "would win between 230 and 280").
    pub not_results: &'static [&'static str],
    /// A sentence the frame reads, and the claim it gives.
    pub example: &'static str,
}

/// The elided-seats frame, English news usage.
pub const ELIDED_SEATS_FRAME: ElidedSeatsFrame = ElidedSeatsFrame {
    verbs: &[
        "won", "wins", "win", "took", "takes", "take", "has", "have", "had", "holds", "hold",
        "held", "secured", "secures", "obtained", "obtains", "gained", "got", "received",
        "receives", "polled", "garnered",
    ],
    // (a noun in a compound, "the 400-seat chamber", names a chamber's size and no
    // party's seats)
    nouns: &["seats", "seat", "mandates", "deputies"],
    vote_nouns: &["votes", "ballots"],
    closers: &[
        "and", "up", "down", "between", "against", "while", "ahead", "to", "from", "after",
        "compared", "than", "each", "alone", "but",
    ],
    not_results: &[
        "majority",
        "would",
        "could",
        "might",
        "may",
        "will",
        "needs",
        "needed",
        "projected",
        "forecast",
    ],
    example: "Ak Zhol won 12 seats in the Mazhilis, while Nur Otan took 76 → Nur Otan · seats_won · 76",
};

/// The result-date frame: a date right after a vote's result, with at most `reach`
/// link words between (a preposition, the result's noun), is the day of the vote the
/// result is of: "down from 66% in 2019", "against 57.50% five years ago", "a
/// majority of 65 seats three years ago". Read by `frames::result_date_rule` in an
/// article about a vote; a date in another year than the article's vote names an
/// earlier vote, and the claim's event takes that year (`frames::event_in_year`).
#[derive(Debug, Clone, Copy)]
pub struct ResultDateFrame {
    /// The predicates of the results a date may follow.
    pub results: &'static [&'static str],
    /// Words that may stand between the result and the date.
    pub links: &'static [&'static str],
    /// The most link words.
    pub reach: usize,
    /// A sentence the frame reads, and the claim it gives.
    pub example: &'static str,
}

/// The result-date frame, English news usage ("the 61.74% of four years ago" in
/// translated text).
pub const RESULT_DATE_FRAME: ResultDateFrame = ResultDateFrame {
    results: &[
        "vote_share",
        "turnout",
        "seats_won",
        "votes_received",
        "ballots_cast",
    ],
    links: &[
        "in", "of", "on", "seats", "seat", "votes", "mandates", "deputies",
    ],
    reach: 2,
    example: "Kazakhstan's turnout was 63.1%, down from 77.1% in 2016 → Kazakhstan · election_date · 2016",
};

/// The chamber-size line: a line of a results box or a fact box that gives a
/// chamber's size, not a party's seats. Its label is a word for seats alone ("Seats:
/// 230", "Total seats: 500"), under a heading line that names the chamber, or names
/// the chamber itself ("Seats in the Bundestag: 630", "House of Commons: 343 seats");
/// or the line opens with the chamber's name and the size follows a comma or a
/// parenthesis ("Senate (100 seats)", "Congress, 160 seats, elected in June"). The
/// figure comes right after the colon, the comma or the parenthesis: it is the
/// line's first. Read by `labels::chamber_size_line`; the claim is `seats_total`,
/// about the chamber.
#[derive(Debug, Clone, Copy)]
pub struct ChamberSizeFrame {
    /// Labels, lowercase words, that give a size with no chamber of their own: the
    /// chamber is the heading's.
    pub bare_labels: &'static [&'static [&'static str]],
    /// The first words of a label that names its chamber after them ("seats in the
    /// National Assembly").
    pub named_labels: &'static [&'static [&'static str]],
    /// Nouns of seats that follow the size when the label or the line's opening is
    /// the chamber's name ("House of Commons: 343 seats", "Senate (100 seats)").
    pub nouns: &'static [&'static str],
    /// Marks that part a chamber's name opening the line from its size.
    pub openers: &'static [&'static str],
    /// A line the frame reads, and the claim it gives.
    pub example: &'static str,
}

/// The chamber-size frame, as result boxes print it.
pub const CHAMBER_SIZE_FRAME: ChamberSizeFrame = ChamberSizeFrame {
    bare_labels: &[&["seats"], &["total", "seats"]],
    named_labels: &[&["seats", "in", "the"], &["seats", "in"]],
    nouns: &["seats", "seat", "members"],
    openers: &[":", "(", ","],
    example: "Seats in the Mazhilis: 107 → Mazhilis · seats_total · 107",
};

/// The shift-share frame: in an article about a vote, the two ends of a change of a
/// party's or a candidate's share, "from" one share "to" another ("the Social
/// Democrats fell from 25.7 per cent to 16.4 per cent", "SPD: from 25.7% to 16.4%"),
/// are both its shares of the vote, the first of the vote before. A name that is not
/// a place's holds the clause: it stands before "from", with no mark that ends a
/// clause between. Read by `frames::shift_share_rule`, after the head-word frames, so
/// a change of inflation or of a rate keeps its own frame.
#[derive(Debug, Clone, Copy)]
pub struct ShiftShareFrame {
    /// The word that opens the change and the word that joins its ends.
    pub ends: (&'static str, &'static str),
    /// The most tokens from the end of the first share to "to" (its unit, "per
    /// cent", is part of the value).
    pub reach: usize,
    /// Marks that end the clause the holder must stand in.
    pub breaks: &'static [&'static str],
    /// A sentence the frame reads, and the claim it gives.
    pub example: &'static str,
}

/// The shift-share frame, English news usage.
pub const SHIFT_SHARE_FRAME: ShiftShareFrame = ShiftShareFrame {
    ends: ("from", "to"),
    reach: 1,
    breaks: &[";", "."],
    example: "Ak Zhol fell from 11.5% to 4.3% → Ak Zhol · vote_share · 11.5%",
};
