//! Extraction held to its targets on both article sets, and the whole pipeline from
//! articles to verdicts held to the report from hand-made claims.

use std::path::{Path, PathBuf};

#[path = "../examples/common/flagged.rs"]
mod flagged;

use crosscheck::date::Date;
use crosscheck::entity::Registry;
use crosscheck::extract::{
    Article, DisagreementScores, ExtractedClaim, ExtractionScores, extract, read_gold_groups,
    read_judged, score_disagreements, score_extraction,
};
use crosscheck::reconcile::{ReconcileOptions, Verdict, reconcile};
use crosscheck::store::ClaimStore;
use indexmap::IndexMap;

fn set(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

fn registry(dir: &Path) -> Registry {
    Registry::from_json(&std::fs::read_to_string(dir.join("entities.json")).unwrap()).unwrap()
}

fn extract_set(dir: &Path, registry: &Registry) -> Vec<ExtractedClaim> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let name = f.file_name().unwrap().to_str().unwrap();
        out.extend(extract(
            &Article::parse(name, &text, None).unwrap(),
            registry,
        ));
    }
    out
}

fn check_targets(name: &str) {
    let dir = set(name);
    let registry = registry(&dir);
    let claims = extract_set(&dir, &registry);
    let lines: String = claims.iter().map(|c| c.to_json_line() + "\n").collect();
    let predicted = read_judged(&lines).unwrap();
    let gold =
        read_judged(&std::fs::read_to_string(dir.join("articles.gold.jsonl")).unwrap()).unwrap();
    let s = score_extraction(&gold, &predicted, &registry);
    assert!(
        s.precision() >= 0.9 && s.recall() >= 0.8,
        "{name}: precision {:.3}, recall {:.3}\nmissed: {:#?}\nspurious: {:#?}",
        s.precision(),
        s.recall(),
        s.missed,
        s.spurious
    );
}

#[test]
fn kazakhstan_articles_meet_the_targets() {
    check_targets("kazakhstan");
}

#[test]
fn belarus_articles_meet_the_targets() {
    check_targets("belarus");
}

#[test]
fn every_claim_points_at_its_value_and_reads_back_into_a_store() {
    for name in ["kazakhstan", "belarus"] {
        let dir = set(name);
        let registry = registry(&dir);
        let claims = extract_set(&dir, &registry);
        for c in &claims {
            let text = std::fs::read_to_string(dir.join("articles").join(&c.file)).unwrap();
            assert_eq!(&text[c.start..c.end], c.value, "{c:?}");
            assert!(c.quote.contains(&c.value));
        }
        let lines: String = claims.iter().map(|c| c.to_json_line() + "\n").collect();
        let store = ClaimStore::from_jsonl(lines.as_bytes()).unwrap();
        assert_eq!(store.len(), claims.len());
    }
}

/// (subject, predicate, verdict) of every group that is not an agreement.
fn conflicts(store: &ClaimStore, registry: &Registry) -> Vec<(String, String, Verdict)> {
    let report = reconcile(store, registry, &ReconcileOptions::default());
    let mut out: Vec<(String, String, Verdict)> = report
        .groups
        .iter()
        .filter(|g| g.verdict == Verdict::Disagree)
        .map(|g| (g.subject.to_string(), g.predicate.to_string(), g.verdict))
        .collect();
    out.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    out
}

#[test]
fn articles_and_hand_made_claims_flag_the_same_disagreements() {
    let dir = set("kazakhstan");
    let registry = registry(&dir);
    let from_claims = ClaimStore::from_jsonl(
        std::fs::read_to_string(dir.join("claims.jsonl"))
            .unwrap()
            .as_bytes(),
    )
    .unwrap();
    let lines: String = extract_set(&dir, &registry)
        .iter()
        .map(|c| c.to_json_line() + "\n")
        .collect();
    let from_articles = ClaimStore::from_jsonl(lines.as_bytes()).unwrap();
    let expected = conflicts(&from_claims, &registry);
    assert_eq!(expected.len(), 2, "{expected:?}");
    assert_eq!(conflicts(&from_articles, &registry), expected);
}

/// The evaluation set's events of one side of the split, scored as a whole: claims,
/// and end to end the disagreement groups flagged by `reconcile`; none when the side
/// has no events.
/// The scores of the first `first` events of one side of the split (all of them for
/// `usize::MAX`).
fn eval_side(side: &str, first: usize) -> Option<(ExtractionScores, DisagreementScores)> {
    let root = set("articles-eval");
    let split: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("split.json")).unwrap()).unwrap();
    let registry = Registry::new();
    let mut total: Option<ExtractionScores> = None;
    let mut flagged = DisagreementScores::default();
    for event in split[side].as_array().unwrap().iter().take(first) {
        let dir = root.join(event.as_str().unwrap());
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        let texts: Vec<(String, String)> = files
            .iter()
            .map(|f| {
                let name = f.file_name().unwrap().to_str().unwrap().to_string();
                (name, std::fs::read_to_string(f).unwrap())
            })
            .collect();
        // an article without a header takes the latest date of the others
        let latest: Option<Date> = texts
            .iter()
            .filter_map(|(n, t)| Article::parse(n, t, None).ok().map(|a| a.published))
            .max();
        let mut claims = Vec::new();
        for (n, t) in &texts {
            claims.extend(extract(&Article::parse(n, t, latest).unwrap(), &registry));
        }
        let lines: String = claims.iter().map(|c| c.to_json_line() + "\n").collect();
        let predicted = read_judged(&lines).unwrap();
        let gold = read_judged(&std::fs::read_to_string(dir.join("gold.jsonl")).unwrap()).unwrap();
        let s = score_extraction(&gold, &predicted, &registry);
        let mut gold_of = IndexMap::new();
        for &(p, g) in &s.pairs {
            gold_of.insert(claims[p].id.clone(), gold[g].id.clone());
        }
        let sides = flagged::disagreeing_sides(&claims, &registry).unwrap();
        let groups =
            read_gold_groups(&std::fs::read_to_string(dir.join("disagreements.jsonl")).unwrap())
                .unwrap();
        flagged.add(score_disagreements(&groups, &gold_of, &sides));
        total = Some(match total {
            None => s,
            Some(mut t) => {
                t.predicted += s.predicted;
                t.gold += s.gold;
                t.matched += s.matched;
                t.wrong_subject += s.wrong_subject;
                t
            }
        });
    }
    total.map(|t| (t, flagged))
}

/// Floors at the figures reached (see the README's extraction table): a change that
/// lowers them fails here.
fn check_eval_floors(
    side: &str,
    first: usize,
    (precision, recall, subject, flagged): (f64, f64, f64, f64),
) {
    let Some((s, d)) = eval_side(side, first) else {
        // a side without events (the test side while its new events are written)
        assert_eq!(side, "test", "the {side} side of the split has no events");
        return;
    };
    let figures = format!(
        "{side}: precision {:.3}, recall {:.3}, subject {:.3}, flagged {}/{}, false alarms {}/{}",
        s.precision(),
        s.recall(),
        s.subject_accuracy(),
        d.flagged,
        d.disagree,
        d.false_alarms,
        d.compatible
    );
    assert!(s.precision() >= precision, "{figures}");
    assert!(s.recall() >= recall, "{figures}");
    assert!(s.subject_accuracy() >= subject, "{figures}");
    assert!(d.flagged_share() >= flagged, "{figures}");
    assert!(d.false_alarm_share() <= FALSE_ALARM_CEILING, "{figures}");
}

/// The share of compatible groups the pipeline may flag by mistake on either side.
const FALSE_ALARM_CEILING: f64 = 0.15;

#[test]
fn articles_eval_dev_events_hold_their_figures() {
    check_eval_floors("dev", EARLIER_DEV_EVENTS, DEV_FLOORS);
    check_eval_floors("dev", TWENTY_FOUR_DEV_EVENTS, ALL_DEV_FLOORS);
    check_eval_floors("dev", THIRTY_DEV_EVENTS, THIRTY_DEV_FLOORS);
    check_eval_floors("dev", THIRTY_SIX_DEV_EVENTS, THIRTY_SIX_DEV_FLOORS);
    check_eval_floors("dev", FORTY_TWO_DEV_EVENTS, FORTY_TWO_DEV_FLOORS);
    check_eval_floors("dev", FORTY_EIGHT_DEV_EVENTS, FORTY_EIGHT_DEV_FLOORS);
    check_eval_floors("dev", FIFTY_FOUR_DEV_EVENTS, FIFTY_FOUR_DEV_FLOORS);
    check_eval_floors("dev", usize::MAX, SIXTY_DEV_FLOORS);
}

#[test]
fn articles_eval_test_events_hold_their_figures() {
    check_eval_floors("test", usize::MAX, TEST_FLOORS);
}

/// How many dev events (the first of `split.json`) [`DEV_FLOORS`] holds for: the
/// eighteen dev events before the six that joined last.
const EARLIER_DEV_EVENTS: usize = 18;

/// (precision, recall, subject accuracy, share of disagreements flagged) on all the dev
/// events. Six events then joined the dev side, written by people who had not seen the
/// rules (Venezuela, Japan, United Kingdom, South Africa, Greece, Italy: 24 articles,
/// 435 gold claims). On first sight, with the rules of the round of label lines, table
/// columns, box headings and money holders, they measured 0.455, 0.276, 0.612, 5/23
/// (2/69 false alarms), and all twenty-four dev events 0.702, 0.523, 0.833, 38/105.
/// After the tax-rate frame that followed, all twenty-four measured 0.699, 0.523,
/// 0.826, 38/105 (888 of 1,699 matched, 1,270 extracted, 14/222 false alarms). The
/// floors are those figures, a little under; the floors of the eighteen earlier events
/// stay in [`DEV_FLOORS`].
///
/// These floors now hold for the first twenty-four dev events
/// ([`TWENTY_FOUR_DEV_EVENTS`]); six more joined after them ([`THIRTY_DEV_FLOORS`]),
/// six more after those ([`THIRTY_SIX_DEV_FLOORS`]), six more after those
/// ([`FORTY_TWO_DEV_FLOORS`]), six more after those ([`FORTY_EIGHT_DEV_FLOORS`]),
/// six more after those ([`FIFTY_FOUR_DEV_FLOORS`]), and six more after those
/// ([`SIXTY_DEV_FLOORS`]).
/// After the round of subjects (names cut at line breaks and after titles, full names
/// given later, names joined by "and", a central bank's rate, the country of the
/// article's address, an event's short name) the twenty-four measured 0.718, 0.538,
/// 0.849, 40/105 (914 of 1,699 matched, 1,273 extracted, 13/222 false alarms), and the
/// floors rose to a little under.
const ALL_DEV_FLOORS: (f64, f64, f64, f64) = (0.71, 0.53, 0.84, 0.37);

/// How many dev events (the first of `split.json`) [`ALL_DEV_FLOORS`] holds for.
const TWENTY_FOUR_DEV_EVENTS: usize = 24;

/// (precision, recall, subject accuracy, share of disagreements flagged) on all thirty
/// dev events. Six events joined the twenty-four, written by people who had not seen
/// the rules (Mexico, Hawaii, France, Poland, India, the Bank of Japan: 24 articles,
/// 445 gold claims). On first sight, with the rules before the round of subjects they
/// measured 0.408, 0.209, 0.620, 4/27 (1/79 false alarms), and with its first step
/// (names cut at line breaks and after titles, full names given later) 0.403, 0.209,
/// 0.616, 4/27. After the round all thirty measured 0.678, 0.476, 0.831, 44/132 (1,020
/// of 2,144 matched, 1,504 extracted, 14/301 false alarms); the floors are those
/// figures, a little under. After the round of shape frames (event nouns dated, shares
/// after counts of votes, spans in office) they measured 0.680, 0.486, 0.828, 45/132
/// (1,042 of 2,144 matched, 1,533 extracted, 14/301 false alarms), and the recall
/// floor rose.
const THIRTY_DEV_FLOORS: (f64, f64, f64, f64) = (0.67, 0.48, 0.82, 0.33);

/// How many dev events (the first of `split.json`) [`THIRTY_DEV_FLOORS`] holds for.
const THIRTY_DEV_EVENTS: usize = 30;

/// (precision, recall, subject accuracy, share of disagreements flagged) on all
/// thirty-six dev events. Six events joined the thirty, written by people who had not
/// seen the rules (Germany, Spain, Nepal, the Philippines, South Korea, Turkey's
/// inflation: 24 articles, 498 gold claims). On first sight, with the rules before the
/// round of shape frames, they measured 0.498, 0.277, 0.673, 5/32 (2/70 false alarms),
/// and all thirty-six 0.650, 0.438, 0.809, 49/164; with that round's rules, written
/// before they were opened, the six measured 0.510, 0.293, 0.679, 5/32. At the end of
/// the round all thirty-six measured 0.653, 0.450, 0.806, 50/164 (1,188 of 2,642
/// matched, 1,819 extracted, 16/371 false alarms). The floors are those figures, a
/// little under. After the round of subjects (short names in capitals, coordinated
/// names, list headings) the thirty-six measured 0.660, 0.459, 0.812, 50/164 (1,212
/// matched, 1,835 extracted, 16/371 false alarms). With the round of phrase frames
/// merged beside it (majority counts whose holder is often not the gold's), the
/// thirty-six measured 0.665, 0.465, 0.806, 50/164: the precision and recall floors
/// rose, and the subject floor is the one the round began with. With the rounds of
/// full names and of inline lists of results merged, the thirty-six measured 0.679,
/// 0.487, 0.816, 54/164 (1,287 matched, 1,896 extracted, 16/371 false alarms), and
/// every floor rose.
const THIRTY_SIX_DEV_FLOORS: (f64, f64, f64, f64) = (0.67, 0.48, 0.81, 0.32);

/// How many dev events (the first of `split.json`) [`THIRTY_SIX_DEV_FLOORS`] holds for.
const THIRTY_SIX_DEV_EVENTS: usize = 36;

/// (precision, recall, subject accuracy, share of disagreements flagged) on all
/// forty-two dev events. Six events joined the thirty-six, written by people who had not
/// seen the rules (Canada, Haiti, Hong Kong, Sweden, Hungary, the Texas winter storm: 24
/// articles, 441 gold claims). On first sight, with the rules of the round of shape
/// frames, they measured 0.457, 0.277, 0.652, 6/27 (0/65 false alarms), and all
/// forty-two 0.628, 0.425, 0.789, 56/191 (1,310 of 3,083 matched, 2,086 extracted,
/// 16/436 false alarms). The floors are those figures, a little under. After the round
/// of subjects the forty-two measured 0.635, 0.434, 0.795, 56/191 (1,337 matched, 2,105
/// extracted, 16/436 false alarms). With the round of phrase frames merged beside it
/// the forty-two measured 0.641, 0.441, 0.790, 56/191 (1,360 matched, 2,122 extracted,
/// 16/436 false alarms): the precision and recall floors rose, and the subject floor
/// is the one the round began with. With the setting of an article about a state or a
/// province (a name its headline and its address give, a name that holds counties or
/// owns a body "of" it) and a heading's count of its own entries read as no claim and
/// no frame, they measured 0.642, 0.446, 0.790, 58/191 (1,374 matched, 2,140
/// extracted, 16/436 false alarms), and the floor of disagreements flagged rose. With
/// a person named short given the full name the article gives and a chamber's size
/// given to the chamber before the names listed beside it, they measured 0.652, 0.453,
/// 0.803, 59/191 (1,396 matched, 2,141 extracted, 16/436 false alarms); with inline
/// lists of results (name and figure pairs in one sentence) and labels with no name
/// counting their noun instead, 0.646, 0.458, 0.790, 61/191 (1,413 matched, 2,187
/// extracted, 16/436 false alarms). With both rounds merged they measured 0.659,
/// 0.467, 0.806, 62/191 (1,441 matched, 2,188 extracted, 16/436 false alarms), and
/// every floor rose.
const FORTY_TWO_DEV_FLOORS: (f64, f64, f64, f64) = (0.65, 0.46, 0.80, 0.32);

/// How many dev events (the first of `split.json`) [`FORTY_TWO_DEV_FLOORS`] holds for.
const FORTY_TWO_DEV_EVENTS: usize = 42;

/// (precision, recall, subject accuracy, share of disagreements flagged) on all
/// forty-eight dev events. Six events joined the forty-two, written and annotated by
/// people who had not seen the rules (Portugal, Thailand, the Myanmar earthquake, the
/// Novi Sad canopy and the protests after it, the Swiss franc's floor, Scotland's
/// referendum: 24 articles, 479 gold claims). On first sight, with the rules the
/// forty-two ended on, they measured 0.449, 0.273, 0.585, 8/25 (2/84 false alarms), and
/// all forty-eight 0.619, 0.423, 0.767, 66/216 (1,505 of 3,562 matched, 2,432
/// extracted, 18/520 false alarms). The floors are those figures, a little under.
/// After the round of subjects (full names, chambers' sizes, events of one name told
/// apart by year) all forty-eight measured 0.630, 0.430, 0.781, 67/216 (1,533 matched,
/// 2,433 extracted); with the round of inline lists of results and labels with no name
/// instead, 0.622, 0.434, 0.767, 69/216 (1,547 matched, 2,486 extracted; the six 0.448,
/// 0.280, 0.588, 8/25). With both rounds merged all forty-eight measured 0.634, 0.442,
/// 0.782, 70/216 (1,576 matched, 2,487 extracted, 18/520 false alarms; the six 0.452,
/// 0.282, 0.592, 8/25, 2/84), and every floor rose. With the frames of leads after
/// "by", places in apposition, nations' people and parties counted only when they ran,
/// they measured 0.643, 0.448, 0.782, 71/216 (1,597 matched, 2,485 extracted), and the
/// precision floor rose. With that round and the round of subjects after it
/// (abbreviations spelt out, one-word list labels, bodies "led by" a person) merged,
/// they measured 0.651, 0.455, 0.788, 73/216 (1,620 matched, 2,490 extracted, 18/520
/// false alarms), and every floor rose.
const FORTY_EIGHT_DEV_FLOORS: (f64, f64, f64, f64) = (0.65, 0.45, 0.78, 0.33);

/// How many dev events (the first of `split.json`) [`FORTY_EIGHT_DEV_FLOORS`] holds for.
const FORTY_EIGHT_DEV_EVENTS: usize = 48;

/// (precision, recall, subject accuracy, share of disagreements flagged) on all
/// fifty-four dev events. Six events joined the forty-eight, written and annotated by
/// people who had not seen the rules (New Zealand's 2023 election, the Herat
/// earthquakes, Ecuador's 2023 election, France's pension protests, Cyclone Idai,
/// Senegal's 2024 election: 24 articles, 456 gold claims). On first sight, with the
/// rules the forty-eight ended on, they measured 0.515, 0.294, 0.657, 4/33 (2/72 false
/// alarms), and all fifty-four 0.622, 0.426, 0.770, 74/249 (1,710 of 4,018 matched,
/// 2,747 extracted, 20/592 false alarms). The floors are those figures, a little under.
/// After the round of subjects (abbreviations spelt out by the article's full names,
/// one-word labels among named list entries, a person of a party named in lowercase,
/// bodies "led by" a person, an event's own name before a number) all fifty-four
/// measured 0.630, 0.432, 0.779, 75/249 (1,734 matched, 2,754 extracted, 20/592 false
/// alarms; the first forty-eight 0.639, 0.447, 0.788, 71/216), and the floors rose.
///
/// With the frames of leads, appositions, nations' people, parties that ran, counts
/// restating a share, spans "between" two years and buildings "damaged or destroyed",
/// all fifty-four measured 0.635, 0.434, 0.771, 76/249 (1,743 of 4,018 matched, 2,747
/// extracted, 20/592 false alarms), and every floor rose. With both rounds merged all
/// fifty-four measured 0.642, 0.440, 0.779, 77/249 (1,767 matched, 2,754 extracted,
/// 20/592 false alarms), and the precision floor rose. With the round of subjects after
/// the six below joined (a party and its leader's name written as one run told apart,
/// irregular people's adjectives for their countries, a given name alone taking the one
/// full name it opens, a ticket's figures under its first name) the fifty-four measured
/// 0.648, 0.446, 0.787, 78/249 (1,794 matched, 2,769 extracted, 20/592 false alarms),
/// and every floor but precision rose. The round of frames beside it (ages in
/// appositions and clauses, the day of a vote after its result, a share of the
/// electorate that turned out) measured alone 0.644, 0.447, 0.781, 78/249 (1,796
/// matched, 2,787 extracted, 19/592 false alarms). With the two merged the fifty-four measured 0.651, 0.454, 0.789,
/// 79/249 (1,823 matched, 2,802 extracted, 19/592 false alarms), and the floors rose.
const FIFTY_FOUR_DEV_FLOORS: (f64, f64, f64, f64) = (0.645, 0.45, 0.785, 0.31);

/// How many dev events (the first of `split.json`) [`FIFTY_FOUR_DEV_FLOORS`] holds for.
const FIFTY_FOUR_DEV_EVENTS: usize = 54;

/// (precision, recall, subject accuracy, share of disagreements flagged) on all sixty
/// dev events. Six events joined the fifty-four, written and annotated by people who
/// had not seen the rules (Taiwan's 2024 elections, Tunisia's 2022 referendum, the
/// Malaysian floods of 2021, Guatemala's 2023 election, Zambia's debt default,
/// Georgia's 2024 protests: 24 articles, 633 gold claims). On first sight, with the
/// rules the fifty-four ended on, they measured 0.543, 0.357, 0.722, 5/44 (0/68 false
/// alarms), and all sixty 0.629, 0.429, 0.772, 82/293 (1,993 of 4,651 matched, 3,170
/// extracted, 20/660 false alarms). The floors are those figures, a little under.
/// With the round of subjects named at [`FIFTY_FOUR_DEV_FLOORS`] all sixty measured
/// 0.638, 0.437, 0.783, 83/293 (2,031 matched, 3,185 extracted, 20/660 false alarms;
/// the six 0.570, 0.374, 0.757, 5/44, and 0.553, 0.363, 0.735 when they were first
/// merged, before the ticket rule), and every floor rose. The round of frames alone
/// measured 0.632, 0.436, 0.774, 83/293 (2,027 matched, 3,208 extracted, 19/660 false
/// alarms; the six 0.549, 0.365, 0.726, 5/44). With the two merged all sixty measured
/// 0.641, 0.444, 0.785, 84/293 (2,065 matched, 3,223 extracted, 19/660 false alarms;
/// the six 0.575, 0.382, 0.761, 5/44), and the floors rose. The round of spans and
/// things adopted (the start and end of an event's span, mourning named national
/// mourning, a country code on a currency sign, the law or deal a date of adoption is
/// about, taking over an office, a part of the day kept after a weekday) measured
/// 0.644, 0.447, 0.788, 85/293 (2,081 matched, 3,233 extracted, 19/660 false alarms),
/// and the floors rose to a little under. A single word opening a sentence that is an
/// adverb of time or sequence ("Now", "First") stopped being a name: the same figures
/// (the claims it held read under another subject, still not the gold's). The round
/// of time held in power, peoples' adjectives, quoted lowercase sides of a vote and
/// list entries with hedged figures measured 0.647, 0.449, 0.790, 85/293 (2,090
/// matched, 3,232 extracted, 19/660 false alarms), and the floors rose a little; with
/// heading a government as a cue of time in power, 0.647, 0.450, 0.791, 85/293 (2,092
/// matched, 3,234 extracted, 19/660 false alarms); with a dateline's bracket read only
/// when a dash closes it ("SD (Sweden Democrats): 20.54%" is a results entry), 0.648,
/// 0.452, 0.792, 86/293 (2,100 matched, 3,239 extracted, 19/660 false alarms). The
/// change-noun frame ("since the end of military rule in 1985") and a round written as
/// a "turn" measured 0.649, 0.453, 0.793, 86/293 (2,105 matched, 3,244 extracted,
/// 19/660 false alarms), and the floors rose a little; with a person elected, a win
/// and a vote "celebrated" dating the vote, and offices taken in translated turns of
/// phrase ("took possession", "swore as"), 0.649, 0.454, 0.793, 86/293 (2,111 matched,
/// 3,252 extracted, 19/660 false alarms); with a bare count after seats were named
/// ("the KMT takes 52, the DPP 51"), 0.649, 0.456, 0.793, 86/293 (2,121 matched, 3,267
/// extracted, 19/660 false alarms); with a party named without its head taking the
/// full name the article gave first, 0.650, 0.456, 0.793, 86/293 (2,122 matched, 3,267
/// extracted, 19/660 false alarms); with a share "gathered" (translated text), 0.650,
/// 0.456, 0.793, 86/293 (2,123 matched, 3,268 extracted, 19/660 false alarms). The
/// round of parts of a whole, passive agents of sums, hyphenated number words, fronted
/// "for" and "against" (translated text), names with a small prefix, negative
/// numbers, a rate a bank moves, "the N-year-old" after a name of no known kind and
/// tolls in whole numbers measured 0.653, 0.462, 0.795, 86/293 (2,151 matched, 3,292
/// extracted, 19/660 false alarms), and the floors rose a little; with a sum "from" a
/// name that name's, 0.654, 0.463, 0.796, 86/293 (2,153 matched, 3,292 extracted,
/// 19/660 false alarms). The rounds after it brought the sixty to 0.660, 0.472, 0.798,
/// 92/293 (2,196 matched, 3,326 extracted, 10/660 false alarms); the round of box lines
/// and results (a chamber's size on a line of a box, a share after the seats of an
/// entry, one seat, a bare count of votes after votes were named, a tally after "on",
/// both ends of a change of share, a short entry under a heading with no colon)
/// measured 0.665, 0.480, 0.800, 97/293 (2,232 matched, 3,356 extracted, 11/660 false
/// alarms), and the floors rose to a little under. Then death tolls became values
/// that rise over time (`RISING_PREDICATES`): a later article's higher toll is a change,
/// not a disagreement, while the gold marks some such pairs as disagreements, so 92/293
/// (10/660 false alarms), and the flagged floor is set under that.
const SIXTY_DEV_FLOORS: (f64, f64, f64, f64) = (0.66, 0.475, 0.797, 0.31);

/// (precision, recall, subject accuracy, share of disagreements flagged) reached on
/// the ten dev events (measured 0.828, 0.696, 0.914, 18/43 after the round of dates
/// counted back from publication and results in gapped clauses and parentheses; 0.816,
/// 0.674, 0.905, 17/43 before it), a little under. The dev
/// side grew by the Brazil event (moved from test after an exposure), so the floors
/// were reset: on the ten events the rules before this round's name particles, short
/// forms, margins, leader roles and participle clauses gave 0.771, 0.635, 0.859, 17/43,
/// and every figure rose. On the nine dev events before Brazil joined they were 0.824,
/// 0.690, 0.922, 17/37; the round before gave 0.791, 0.632, 0.899, 16/37. (Before that:
/// 0.718, 0.574, 0.819, 16/37 when the four events of the first test side joined
/// them; the gain is from the country of an article taken from the gazetteer first,
/// results lists and parentheses, the sides of a referendum, gapped and distributed
/// figures. On the first five dev events alone: 0.791, 0.696, 0.891, 15/27.)
///
/// Eight dev events then joined, written by people who had not seen the rules (Nigeria,
/// Peru, Ghana, Ireland, Morocco, Colombia, Indonesia, Lebanon: 32 articles, 544 gold
/// claims). After the round of money in any currency, rates moved by points, placings,
/// tallies after names, the sides of a referendum as words, counts of places carried,
/// first-name short forms and the country of a capital, all eighteen dev events
/// measured 0.751, 0.572, 0.876, 31/82 (963 extracted, 723 matched, 10/153 false
/// alarms); the ten events above 0.841, 0.713, 0.926, 18/43; the eight new ones 0.595,
/// 0.386, 0.775, 13/39. The new events lower the dev figures, so the floors are set
/// from the eighteen-event measurement, a little under.
///
/// After the round of label lines ("Electorate: 3,367,556"), table columns ("(Yes / No /
/// turnout)"), box headings, thousands parted by spaces, money holders and frames
/// settled by the sentence before, and tax rates, the eighteen events measured 0.767, 0.608, 0.883,
/// 33/82 (768 of 1,264 matched, 1,001 extracted, 12/153 false alarms), and the floors
/// rose to a little under those figures.
const DEV_FLOORS: (f64, f64, f64, f64) = (0.76, 0.60, 0.88, 0.39);

/// The same on the test events, measured once per change and never tuned on, checked
/// only when the test side names events. The split was revised: the four new test
/// events (Brazil, Australia, Kenya, Pakistan) were measured for the first time at
/// 0.433, 0.271, 0.535, 3/20 (before this round's rules), and at 0.500, 0.310, 0.624,
/// 2/20 after them. After the round of linked head nouns, comparisons, debts, chamber
/// nouns, capitals and clause subjects (tuned on dev only) they measured 0.489, 0.313,
/// 0.610, 2/20: recall up by one claim, precision and subject accuracy down (five more
/// spurious claims), while every dev figure rose. The rules were kept (nothing on the
/// test side was tuned, and nothing was undone because of it), so the precision and
/// subject floors now sit under the measured figures instead of the earlier ones. The
/// former test events, now on the dev side, were last at 0.571, 0.384, 0.669, 1/10 as
/// test events. The test set then changed: Brazil moved to dev after an exposure, and
/// the three events left (Australia, Kenya, Pakistan) measured 0.547, 0.320, 0.763,
/// 2/14 right after the change, and the same (58 of 181 claims matched) after the round
/// of name particles, margins and leader roles, measured once at its end. Three new
/// events (Argentina, Bangladesh, Egypt), written and annotated without running the
/// extractor on them, then joined the test side: the six events measured 0.597, 0.369,
/// 0.778, 7/27 (151 of 409 claims matched, 1/60 false alarms), on their first and only
/// run. The floors are those figures, a little under. Far from the targets (0.85, 0.80,
/// 0.85, 0.70), held so that they do not fall further. After the round of dates counted
/// back from publication and results in gapped clauses and parentheses (tuned on dev
/// only) they measured 0.594, 0.372, 0.776, 7/27 (152 of 409 matched, 256 extracted,
/// 1/60 false alarms): one claim more matched, three more spurious; only the recall
/// floor moved up.
/// After the round named under [`DEV_FLOORS`] (tuned on the dev events only, the
/// test side run once at its end) they measured 0.612, 0.487, 0.757, 7/27 (199 of 409
/// matched, 325 extracted, 4/60 false alarms): precision and recall up, subject
/// accuracy down from 0.776 (more figures found, more of them given the wrong holder),
/// so the subject floor moved down under the measured figure and the other floors up.
const TEST_FLOORS: (f64, f64, f64, f64) = (0.60, 0.48, 0.75, 0.25);

fn extract_text(file: &str, text: &str, published: Option<Date>) -> Vec<ExtractedClaim> {
    let registry = Registry::from_json(
        r#"[{"name":"Kazakhstan","kind":"place"},{"name":"Nur Otan","kind":"party"}]"#,
    )
    .unwrap();
    extract(&Article::parse(file, text, published).unwrap(), &registry)
}

#[test]
fn a_month_header_article_extracts_and_keeps_its_precision() {
    let text = "source: Monthly Review\npublished: 2022-06\n\nIn Kazakhstan, Nur Otan won 71% of the vote in the parliamentary election.\n";
    let claims = extract_text("monthly.txt", text, None);
    let share = claims.iter().find(|c| c.predicate == "vote_share").unwrap();
    assert!(share.to_json_line().contains("\"published\":\"2022-06\""));
    // the claim is dated to the month, as the store reads the JSON line back
    let claim = share.to_claim();
    assert_eq!(claim.source.published.to_string(), "2022-06");
    let line = ClaimStore::from_jsonl(share.to_json_line().as_bytes()).unwrap();
    assert_eq!(
        line.iter().next().unwrap().source.published,
        claim.source.published
    );
}

#[test]
fn a_relative_date_under_a_month_header_spans_the_month() {
    let text = "source: Monthly Review\npublished: 2022-06\n\nIn Kazakhstan, the referendum was held on Sunday.\n";
    let claims = extract_text("monthly.txt", text, None);
    let Some(held) = claims.iter().find(|c| c.value == "Sunday") else {
        panic!("no claim holds the Sunday: {claims:#?}");
    };
    let crosscheck::claim::ClaimValue::Date(d) = held.to_claim().value else {
        panic!("not a date: {:?}", held.to_claim().value);
    };
    // any Sunday before a day of June 2022 could be meant: from late May to late June
    assert!(d.start.to_string().as_str() <= "2022-05-29", "{d:?}");
    assert!(d.end.to_string().as_str() >= "2022-06-26", "{d:?}");
}

#[test]
fn a_bom_article_extracts_with_offsets_into_the_file() {
    let text = "\u{feff}source: Wire\npublished: 2021-01-11\n\nIn Kazakhstan, Nur Otan won 71% of the vote.\n";
    let claims = extract_text("bom.txt", text, None);
    let share = claims.iter().find(|c| c.predicate == "vote_share").unwrap();
    assert_eq!(share.source, "Wire");
    assert_eq!(&text[share.start..share.end], "71%");
}

#[test]
fn a_headerless_article_extracts_with_its_stem_as_source() {
    let text = "In Kazakhstan, Nur Otan won 71% of the vote.\n";
    let claims = extract_text("notes/tally-sheet.txt", text, "2021-01-11".parse().ok());
    let share = claims.iter().find(|c| c.predicate == "vote_share").unwrap();
    assert_eq!(share.source, "tally-sheet");
    assert_eq!(share.file, "notes/tally-sheet.txt");
}
