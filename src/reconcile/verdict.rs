//! The verdict on one group of comparable claims, by the rules in the
//! [module documentation](super).

use foldhash::HashMap;
use serde::{Deserialize, Serialize};
use smol_str::SmolStr;

use super::name_lists::{NameList, is_name_list, listed_name_key, same_listed_name, support_by};
use crate::claim::{Claim, ClaimValue};
use crate::date::Date;
use crate::names::{NameKey, NameMatcher};

/// The verdict on a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Verdict {
    /// The sources agree (within rounding).
    Agree,
    /// They differ only within precision, hedges or rounding.
    Compatible,
    /// They truly disagree.
    Disagree,
    /// Every claim comes from one source: nothing to compare it with. One outlet
    /// repeating a figure is not two outlets agreeing; the explanation still says
    /// whether its own claims are consistent.
    Single,
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Verdict::Agree => "agree",
            Verdict::Compatible => "compatible",
            Verdict::Disagree => "disagree",
            Verdict::Single => "single",
        })
    }
}

/// Predicates whose value changes over time on purpose: see "Change over time" in
/// the [module documentation](mod@crate::reconcile). Head counts of a place or an
/// organisation (population, members, employees) move from year to year as its
/// officials do.
pub const TIME_VARYING_PREDICATES: &[&str] = &[
    "population",
    "employees",
    "staff",
    "workforce",
    "headcount",
    "leader",
    "head",
    "chair",
    "chairman",
    "president",
    "prime_minister",
    "members",
    "membership",
    "capital",
    "name",
    "ceo",
    "mayor",
    "governor",
];

/// Counts that only rise, and fast: the dead of a disaster, found and counted over the
/// days after it. They change over time like [`TIME_VARYING_PREDICATES`], but
/// at no bounded pace ([`MAX_YEARLY_CHANGE`] does not apply: a toll may double in a
/// day), and never down: a later figure below an earlier one is a disagreement.
pub const RISING_PREDICATES: &[&str] = &[
    "death_toll",
    "deaths",
    "dead",
    "killed",
    "fatalities",
    "toll",
];

/// Whether a group's values may change over time: a time-varying or rising predicate
/// whose claims carry no `as_of` date.
pub(crate) fn varies_in_time(predicate_key: &str, has_as_of: bool) -> bool {
    !has_as_of
        && (TIME_VARYING_PREDICATES.contains(&predicate_key)
            || RISING_PREDICATES.contains(&predicate_key))
}

/// A value as an interval on one axis (numbers, or days for dates and ages).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Interval {
    pub lo: f64,
    pub hi: f64,
    pub lo_open: bool,
    pub hi_open: bool,
    /// Written without hedge or vagueness, at the finest granularity of its kind.
    pub plain: bool,
}

impl Interval {
    fn overlaps(&self, o: &Interval) -> bool {
        let below = self.hi < o.lo || (self.hi == o.lo && (self.hi_open || o.lo_open));
        let above = o.hi < self.lo || (o.hi == self.lo && (o.hi_open || self.lo_open));
        !(below || above)
    }
}

/// How the values of a group are compared.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Axis {
    /// Quantities in one unit, as levels (false) or as changes (true).
    Number(SmolStr, bool),
    /// Dates, in days.
    Days,
    /// Ages, by the birth dates they imply, in days.
    BirthDays,
    /// Text.
    Text,
    /// Values of different kinds or units: not comparable with each other.
    Mixed,
}

/// The outcome for one group.
#[derive(Debug, Clone)]
pub(crate) struct Outcome {
    pub verdict: Verdict,
    /// What the values say among themselves: the verdict, unless every claim comes
    /// from one source (then the verdict is [`Verdict::Single`]).
    pub within: Verdict,
    /// Claim positions (into the group's claims) per side, sides in ascending order.
    pub sides: Vec<Vec<usize>>,
    /// Gap between the lowest and highest side: (closest, farthest, between centres).
    pub gap: Option<(f64, f64, f64)>,
    pub axis: Axis,
    pub split_by_method: bool,
    pub change: bool,
    /// Texts that nearly match.
    pub near_match: bool,
    /// Texts that nearly match only as names: every join was of one person's name
    /// or one list of names written in different ways, none of words left out.
    pub names_only: bool,
    /// Claims that give no value ([`ClaimValue::Empty`]): in no side, never in a
    /// disagreement.
    pub no_value: Vec<usize>,
    /// Texts among values read as quantities, dates or ages ("TBD", "M7.8" beside
    /// 50,783): not a value of the others' kind, so in no side, shown and left out of
    /// the comparison rather than making the whole group a disagreement of kinds.
    pub unread: Vec<usize>,
    /// Bare numbers read as fractions of one among percentages (0.5218 beside
    /// 52.2%: see [`fractions_among_percentages`]): their intervals are taken a
    /// hundred times over.
    pub fractions: Vec<usize>,
    /// The sides before a change over time joined some of them (a name, then its
    /// successor's, as one side against a third): what each value is on its own, for
    /// the consensus. Empty when no change joined sides.
    pub classes: Vec<Vec<usize>>,
}

/// How a group's values are compared. A bare number (digits only, no unit field) among
/// numbers that all share one unit takes that unit: 84.7 beside 84.7% is a share, while
/// "71 seats" beside 71% stays a count.
fn axis_of(claims: &[&Claim]) -> Axis {
    let mut unit: Option<(&SmolStr, bool)> = None;
    let mut one_unit = true;
    for c in claims {
        if let ClaimValue::Quantity(q) = &c.value
            && !q.unit.is_empty()
        {
            match unit {
                None => unit = Some((&q.unit, q.change)),
                Some(u) if u == (&q.unit, q.change) => {}
                Some(_) => one_unit = false,
            }
        }
    }
    let mut axis: Option<Axis> = None;
    for c in claims {
        let a = match &c.value {
            ClaimValue::Quantity(q) => match unit {
                Some((u, change))
                    if one_unit
                        && q.unit.is_empty()
                        && q.change == change
                        && c.unit.is_none()
                        && !c.written.chars().any(char::is_alphabetic) =>
                {
                    Axis::Number(u.clone(), change)
                }
                _ => Axis::Number(q.unit.clone(), q.change),
            },
            ClaimValue::Date(_) => Axis::Days,
            ClaimValue::Age { .. } => Axis::BirthDays,
            ClaimValue::Text(_) => Axis::Text,
            ClaimValue::Empty => continue,
        };
        match &axis {
            None => axis = Some(a),
            Some(x) if *x == a => {}
            Some(_) => return Axis::Mixed,
        }
    }
    axis.unwrap_or(Axis::Mixed)
}

/// A claim's value as an interval: numbers, or days for dates and ages (their birth
/// dates); none for texts and empty values.
pub(crate) fn interval_of(c: &Claim) -> Option<Interval> {
    let days = |d: Date| f64::from(d.days_since_epoch());
    Some(match &c.value {
        ClaimValue::Quantity(q) => Interval {
            lo: q.low,
            hi: q.high,
            lo_open: q.low_open,
            hi_open: q.high_open,
            plain: q.is_plain(),
        },
        ClaimValue::Date(d) => Interval {
            lo: days(d.start),
            hi: days(d.end),
            lo_open: false,
            hi_open: true,
            plain: d.granularity == crate::date::Granularity::Day,
        },
        ClaimValue::Age { age, born } => Interval {
            lo: days(born.start),
            hi: days(born.end),
            lo_open: false,
            hi_open: true,
            plain: age.is_plain(),
        },
        ClaimValue::Text(_) | ClaimValue::Empty => return None,
    })
}

/// Decides on a group of claims that share subject, predicate and scope. Claims that
/// give no value, and texts among values read as quantities, dates or ages, are set
/// apart first: they take no side.
pub(crate) fn decide(
    claims: &[&Claim],
    predicate_key: &str,
    has_as_of: bool,
    matcher: &dyn NameMatcher,
) -> Outcome {
    let read = claims.iter().any(|c| {
        matches!(
            c.value,
            ClaimValue::Quantity(_) | ClaimValue::Date(_) | ClaimValue::Age { .. }
        )
    });
    let aside = |c: &&Claim| match c.value {
        ClaimValue::Empty => true,
        ClaimValue::Text(_) => read,
        _ => false,
    };
    if !claims.iter().any(aside) {
        return decide_values(claims, predicate_key, has_as_of, matcher);
    }
    let (present, set_apart): (Vec<usize>, Vec<usize>) =
        (0..claims.len()).partition(|&i| !aside(&claims[i]));
    let (no_value, unread): (Vec<usize>, Vec<usize>) = set_apart
        .into_iter()
        .partition(|&i| matches!(claims[i].value, ClaimValue::Empty));
    let one_source = claims
        .iter()
        .all(|c| c.source.name == claims[0].source.name);
    let mut outcome = if present.is_empty() {
        Outcome {
            verdict: Verdict::Agree,
            within: Verdict::Agree,
            sides: vec![no_value.clone()],
            gap: None,
            axis: Axis::Mixed,
            split_by_method: false,
            change: false,
            near_match: false,
            names_only: false,
            no_value: Vec::new(),
            unread: Vec::new(),
            fractions: Vec::new(),
            classes: Vec::new(),
        }
    } else {
        let values: Vec<&Claim> = present.iter().map(|&i| claims[i]).collect();
        let mut o = decide_values(&values, predicate_key, has_as_of, matcher);
        for side in o.sides.iter_mut().chain(o.classes.iter_mut()) {
            for i in side.iter_mut() {
                *i = present[*i];
            }
        }
        for i in &mut o.fractions {
            *i = present[*i];
        }
        o
    };
    outcome.no_value = no_value;
    outcome.unread = unread;
    if one_source {
        outcome.verdict = Verdict::Single;
    } else if outcome.verdict == Verdict::Single {
        // one source gave the values, another gave none: nothing to compare
        outcome.verdict = outcome.within;
    }
    outcome
}

fn decide_values(
    claims: &[&Claim],
    predicate_key: &str,
    has_as_of: bool,
    matcher: &dyn NameMatcher,
) -> Outcome {
    let axis = axis_of(claims);
    let changing = varies_in_time(predicate_key, has_as_of);
    let mut outcome = match &axis {
        Axis::Text => decide_text(claims, predicate_key, matcher),
        Axis::Mixed if let Some(by_kind) = decide_by_kind(claims, changing) => by_kind,
        Axis::Mixed => Outcome {
            verdict: if claims.len() > 1 {
                Verdict::Disagree
            } else {
                Verdict::Agree
            },
            within: Verdict::Agree,
            sides: (0..claims.len()).map(|i| vec![i]).collect(),
            gap: None,
            axis: Axis::Mixed,
            split_by_method: false,
            change: false,
            near_match: false,
            names_only: false,
            no_value: Vec::new(),
            unread: Vec::new(),
            fractions: Vec::new(),
            classes: Vec::new(),
        },
        Axis::Number(unit, false) if unit == "%" => {
            let fractions = fractions_among_percentages(claims);
            let mut o = decide_intervals_scaled(claims, axis.clone(), &fractions, changing);
            o.fractions = fractions;
            o
        }
        _ => decide_intervals_scaled(claims, axis.clone(), &[], changing),
    };
    if outcome.sides.len() > 1 {
        outcome.split_by_method = split_follows_method(claims, &outcome.sides);
        // kinds apart are never one change: each kind was decided on its own
        if changing && outcome.axis != Axis::Mixed {
            let rising = RISING_PREDICATES.contains(&predicate_key);
            let chains = time_chains(claims, &outcome.sides, rising);
            if chains.len() == 1 {
                outcome.change = true;
                outcome.verdict = Verdict::Compatible;
            } else if chains.len() < outcome.sides.len() {
                // the figures one change over time explains are one side
                let sides = std::mem::take(&mut outcome.sides);
                outcome.classes = sides.clone();
                outcome.sides = chains
                    .iter()
                    .map(|chain| {
                        chain
                            .iter()
                            .flat_map(|&s| sides[s].iter().copied())
                            .collect()
                    })
                    .collect();
            }
        }
    }
    outcome.within = outcome.verdict;
    if let [first, rest @ ..] = claims
        && rest.iter().all(|c| c.source.name == first.source.name)
    {
        outcome.verdict = Verdict::Single;
    }
    outcome
}

/// The kind of value a claim is compared within: a quantity's unit (and whether it
/// is a change), dates, or ages; none for texts and empty values.
pub(crate) fn kind_of(c: &Claim) -> Option<Axis> {
    match &c.value {
        ClaimValue::Quantity(q) => Some(Axis::Number(q.unit.clone(), q.change)),
        ClaimValue::Date(_) => Some(Axis::Days),
        ClaimValue::Age { .. } => Some(Axis::BirthDays),
        ClaimValue::Text(_) | ClaimValue::Empty => None,
    }
}

/// The kind most sources of a group of several kinds write in (then the kind of most
/// claims, then the first seen): the one its consensus is given in, since no other
/// kind compares with it. None when some value is a text.
pub(crate) fn main_kind(claims: &[&Claim]) -> Option<Axis> {
    let mut kinds: indexmap::IndexMap<Axis, (Vec<&str>, usize)> = indexmap::IndexMap::new();
    for c in claims {
        if matches!(c.value, ClaimValue::Empty) {
            continue;
        }
        let (sources, n) = kinds.entry(kind_of(c)?).or_default();
        if !sources.contains(&c.source.name.as_str()) {
            sources.push(&c.source.name);
        }
        *n += 1;
    }
    let mut best: Option<(&Axis, usize, usize)> = None;
    for (kind, (sources, n)) in &kinds {
        if best.is_none_or(|(_, s, m)| (sources.len(), *n) > (s, m)) {
            best = Some((kind, sources.len(), *n));
        }
    }
    best.map(|(kind, _, _)| kind.clone())
}

/// A group of values of two or more kinds: amounts in two currencies, a count beside a
/// share, figures beside changes, dates beside numbers. Without exchange rates or a
/// common dimension no kind is compared with another, so each is decided on its own
/// (its sides formed as its predicate's are, chains of overlaps for one that changes
/// over time; no change over time is read across kinds). Within a kind,
/// values that do not overlap disagree; otherwise the group is compatible, nothing in
/// it contradicting anything else. Sides are the sides within each kind, kinds in
/// order of first sight. None when some value is a text.
fn decide_by_kind(claims: &[&Claim], changing: bool) -> Option<Outcome> {
    let mut kinds: indexmap::IndexMap<Axis, Vec<usize>> = indexmap::IndexMap::new();
    for (i, c) in claims.iter().enumerate() {
        kinds.entry(kind_of(c)?).or_default().push(i);
    }
    let mut sides: Vec<Vec<usize>> = Vec::new();
    let mut verdict = Verdict::Compatible;
    for (kind, members) in &kinds {
        let within: Vec<&Claim> = members.iter().map(|&i| claims[i]).collect();
        let o = decide_intervals_scaled(&within, kind.clone(), &[], changing);
        if o.verdict == Verdict::Disagree {
            verdict = Verdict::Disagree;
        }
        sides.extend(
            o.sides
                .iter()
                .map(|side| side.iter().map(|&k| members[k]).collect()),
        );
    }
    Some(Outcome {
        verdict,
        within: verdict,
        sides,
        gap: None,
        axis: Axis::Mixed,
        split_by_method: false,
        change: false,
        near_match: false,
        names_only: false,
        no_value: Vec::new(),
        unread: Vec::new(),
        fractions: Vec::new(),
        classes: Vec::new(),
    })
}

/// How many times over a share written as a fraction of one is taken among
/// percentages: 0.5218 of the vote is 52.18%.
pub const FRACTION_TO_PERCENT: f64 = 100.0;

/// A claim's interval as its group compares it: [`interval_of`], taken
/// [`FRACTION_TO_PERCENT`] times over when the group reads it as a fraction of one.
pub(crate) fn interval_in_group(c: &Claim, fraction: bool) -> Option<Interval> {
    let iv = interval_of(c)?;
    Some(if fraction {
        Interval {
            lo: iv.lo * FRACTION_TO_PERCENT,
            hi: iv.hi * FRACTION_TO_PERCENT,
            ..iv
        }
    } else {
        iv
    })
}

/// The bare numbers of a group of percentages that are fractions of one: a number
/// written without unit or words, from 0 to 1, in a group where some percentage is
/// above 1 (so the group counts in percent, not in fractions of a percent), whose
/// value taken [`FRACTION_TO_PERCENT`] times over meets a percentage's interval while
/// the value itself meets none. "0.5218" beside "52.2%" is 52.18%; "0.4" beside
/// "0.4%" stays 0.4%; "0.9" beside "52.2%" stays a number that disagrees.
pub(crate) fn fractions_among_percentages(claims: &[&Claim]) -> Vec<usize> {
    let bare_fraction = |c: &Claim| {
        matches!(&c.value, ClaimValue::Quantity(q)
            if q.unit.is_empty() && !q.change && q.low >= 0.0 && q.high <= 1.0)
            && c.unit.is_none()
            && !c.written.chars().any(char::is_alphabetic)
    };
    // most groups of shares have none: they are settled without allocating
    if !claims.iter().any(|c| bare_fraction(c)) {
        return Vec::new();
    }
    let percents: Vec<Interval> = claims
        .iter()
        .filter(|c| matches!(&c.value, ClaimValue::Quantity(q) if q.unit == "%" && !q.change))
        .filter_map(|c| interval_of(c))
        .collect();
    if !percents.iter().any(|p| p.hi > 1.0) {
        return Vec::new();
    }
    let meets_a_percentage = |iv: &Interval| percents.iter().any(|p| p.overlaps(iv));
    (0..claims.len())
        .filter(|&i| {
            let c = claims[i];
            bare_fraction(c)
                && interval_of(c).is_some_and(|raw| !meets_a_percentage(&raw))
                && interval_in_group(c, true).is_some_and(|scaled| meets_a_percentage(&scaled))
        })
        .collect()
}

/// The verdict of values on one line (numbers in one unit, days), the claims at
/// positions `fractions` read as fractions of one. A side holds values that one value
/// satisfies; for a value that changes over time (`changing`), the values that
/// overlap one another in a chain, which the publication dates then order into a
/// change or not (see `time_chains`): there a vague figure between two exact ones is
/// read as the value passing through it.
fn decide_intervals_scaled(
    claims: &[&Claim],
    axis: Axis,
    fractions: &[usize],
    changing: bool,
) -> Outcome {
    let intervals: Vec<Interval> = claims
        .iter()
        .enumerate()
        .filter_map(|(i, c)| interval_in_group(c, fractions.contains(&i)))
        .collect();
    // sides: sweep in order of lower bound; a value joins the side while it overlaps
    // what every value of the side allows (their common part), so that each side holds
    // one value all its claims allow, and the fewest sides do. Overlap is not
    // transitive: a vague "about 90,000" overlaps both 88,120 and 91,120, and the two
    // exact counts still disagree, whatever vaguer source writes beside them.
    let mut order: Vec<usize> = (0..intervals.len()).collect();
    order.sort_by(|&a, &b| {
        intervals[a]
            .lo
            .total_cmp(&intervals[b].lo)
            .then(intervals[a].hi.total_cmp(&intervals[b].hi))
            .then(a.cmp(&b))
    });
    let mut sides: Vec<Vec<usize>> = Vec::new();
    let mut common: Option<Interval> = None;
    for i in order {
        let iv = intervals[i];
        match common.as_mut() {
            Some(c) if c.overlaps(&iv) => {
                // sorted by lower bound: the new one's is the highest so far
                if iv.lo > c.lo || (iv.lo == c.lo && iv.lo_open) {
                    c.lo = iv.lo;
                    c.lo_open = iv.lo_open;
                }
                if changing {
                    // the side's reach: what overlaps any of its values joins it
                    if iv.hi > c.hi || (iv.hi == c.hi && !iv.hi_open) {
                        c.hi = iv.hi;
                        c.hi_open = iv.hi_open;
                    }
                } else if iv.hi < c.hi || (iv.hi == c.hi && iv.hi_open) {
                    c.hi = iv.hi;
                    c.hi_open = iv.hi_open;
                }
                if let Some(side) = sides.last_mut() {
                    side.push(i);
                }
            }
            _ => {
                common = Some(iv);
                sides.push(vec![i]);
            }
        }
    }
    for side in &mut sides {
        side.sort_unstable();
    }
    // the range every claim of a side allows (or, if none, the side's span)
    let range = |side: &[usize]| -> (f64, f64) {
        let lo = side
            .iter()
            .map(|&i| intervals[i].lo)
            .fold(f64::MIN, f64::max);
        let hi = side
            .iter()
            .map(|&i| intervals[i].hi)
            .fold(f64::MAX, f64::min);
        if lo < hi {
            (lo, hi)
        } else {
            (
                side.iter()
                    .map(|&i| intervals[i].lo)
                    .fold(f64::MAX, f64::min),
                side.iter()
                    .map(|&i| intervals[i].hi)
                    .fold(f64::MIN, f64::max),
            )
        }
    };
    // intervals on a line share a value iff the highest lower bound is below the
    // lowest upper bound (touching closed ends count)
    let common_exists = |side: &[usize]| {
        let (mut lo, mut lo_open) = (f64::MIN, false);
        let (mut hi, mut hi_open) = (f64::MAX, false);
        for &i in side {
            let iv = intervals[i];
            if iv.lo > lo || (iv.lo == lo && iv.lo_open) {
                (lo, lo_open) = (iv.lo, iv.lo_open);
            }
            if iv.hi < hi || (iv.hi == hi && iv.hi_open) {
                (hi, hi_open) = (iv.hi, iv.hi_open);
            }
        }
        lo < hi || (lo == hi && !lo_open && !hi_open)
    };
    let (verdict, gap) = if sides.len() == 1 {
        let side = &sides[0];
        let all_plain = side.iter().all(|&i| intervals[i].plain);
        let identical = side.iter().all(|&i| {
            intervals[i].lo == intervals[side[0]].lo && intervals[i].hi == intervals[side[0]].hi
        });
        let verdict = if common_exists(side) && (all_plain || identical) {
            Verdict::Agree
        } else {
            Verdict::Compatible
        };
        (verdict, None)
    } else {
        let (first, last) = (range(&sides[0]), range(&sides[sides.len() - 1]));
        let closest = (last.0 - first.1).max(0.0);
        let farthest = last.1 - first.0;
        let centres = (last.0 + last.1) / 2.0 - (first.0 + first.1) / 2.0;
        (Verdict::Disagree, Some((closest, farthest, centres)))
    };
    Outcome {
        verdict,
        within: verdict,
        sides,
        gap,
        axis,
        split_by_method: false,
        change: false,
        near_match: false,
        names_only: false,
        no_value: Vec::new(),
        unread: Vec::new(),
        fractions: Vec::new(),
        classes: Vec::new(),
    }
}

/// How many of a group's distinct texts, first seen first, a new text is compared with
/// for a near match. Comparing every distinct text with every other would cost the
/// square of their number; a group with this many texts that do not nearly match one
/// another is a disagreement whichever side a later text joins, so only the sides'
/// make-up can change.
pub(crate) const NEAR_MATCH_SIDES: usize = 64;

fn decide_text<'a>(
    claims: &[&'a Claim],
    predicate_key: &str,
    matcher: &dyn NameMatcher,
) -> Outcome {
    fn key(c: &Claim) -> &str {
        match &c.value {
            ClaimValue::Text(t) => t.key.as_str(),
            _ => "",
        }
    }
    let mut sides: Vec<Vec<usize>> = Vec::new();
    // each distinct text's side, found by hashing; near matches are looked for among
    // the first sides only (see NEAR_MATCH_SIDES)
    let mut side_of: HashMap<&str, usize> = HashMap::default();
    // the first sides' texts, each read once (a text is compared with up to
    // NEAR_MATCH_SIDES of them, and reading a name costs more than comparing it)
    let mut first_sides: Vec<TextReading> = Vec::new();
    let mut near_match = false;
    let mut names_only = true;
    // lists cut short ("Smith, J. et al.") join a side after the complete texts have
    // made theirs: one found in two different lists must not join them
    // (claim, its reading: none for a text already deferred, read once)
    let mut cut_short: Vec<(usize, Option<TextReading>)> = Vec::new();
    let mut deferred: foldhash::HashSet<&str> = foldhash::HashSet::default();
    let mut place = |i: usize,
                     k: &'a str,
                     reading: TextReading<'a>,
                     sides: &mut Vec<Vec<usize>>,
                     side_of: &mut HashMap<&'a str, usize>,
                     first_sides: &mut Vec<TextReading<'a>>| {
        if let Some((s, how)) = first_sides.iter().enumerate().find_map(|(s, side)| {
            same_text(side, &reading, predicate_key, matcher).map(|how| (s, how))
        }) {
            sides[s].push(i);
            side_of.insert(k, s);
            near_match = true;
            names_only &= how == NearMatch::Names;
        } else {
            side_of.insert(k, sides.len());
            if first_sides.len() < NEAR_MATCH_SIDES {
                first_sides.push(reading);
            }
            sides.push(vec![i]);
        }
    };
    for (i, c) in claims.iter().enumerate() {
        let k = key(c);
        if let Some(&s) = side_of.get(k) {
            sides[s].push(i);
            continue;
        }
        if deferred.contains(k) {
            cut_short.push((i, None));
            continue;
        }
        let reading = TextReading::new(predicate_key, &c.written, k);
        if reading.list.as_ref().is_some_and(|l| l.open) {
            deferred.insert(k);
            cut_short.push((i, Some(reading)));
            continue;
        }
        place(i, k, reading, &mut sides, &mut side_of, &mut first_sides);
    }
    for (i, reading) in cut_short {
        let k = key(claims[i]);
        if let Some(&s) = side_of.get(k) {
            sides[s].push(i);
            continue;
        }
        let reading =
            reading.unwrap_or_else(|| TextReading::new(predicate_key, &claims[i].written, k));
        place(i, k, reading, &mut sides, &mut side_of, &mut first_sides);
    }
    // sides in order of their first claim, claims in order
    for side in &mut sides {
        side.sort_unstable();
    }
    sides.sort_by_key(|side| side[0]);
    let verdict = match (sides.len(), near_match) {
        (1, false) => Verdict::Agree,
        (1, true) => Verdict::Compatible,
        _ => Verdict::Disagree,
    };
    Outcome {
        verdict,
        within: verdict,
        sides,
        gap: None,
        axis: Axis::Text,
        split_by_method: false,
        change: false,
        near_match,
        names_only: near_match && names_only,
        no_value: Vec::new(),
        unread: Vec::new(),
        fractions: Vec::new(),
        classes: Vec::new(),
    }
}

/// Two texts nearly match when every word of one is in the other (Security Council /
/// National Security Council), or their keys are nearly one.
fn nearly_same_text(a: &str, b: &str) -> bool {
    same_words(a, b) || crate::names::key_similarity(a, b) >= 0.9
}

/// Every word of the shorter text is in the other ("Tokayev" in "Kassym-Jomart
/// Tokayev").
fn same_words(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    !short.is_empty() && short.iter().all(|w| long.contains(w))
}

/// A text value read once for comparing with others: its key, whether it is a list
/// of names ([`is_name_list`]), and its name key when it reads as a person's name.
struct TextReading<'a> {
    written: &'a str,
    key: &'a str,
    /// the list of names it reads as, each name's key beside it
    list: Option<ReadList>,
    /// the name key of a person's name of at most four parts
    person: Option<NameKey>,
}

/// A list of names, read once: the names as written and their name keys.
struct ReadList {
    names: Vec<String>,
    keys: Vec<NameKey>,
    open: bool,
}

impl ReadList {
    fn new(predicate_key: &str, written: &str) -> ReadList {
        let list = NameList::parse_for(predicate_key, written);
        ReadList {
            keys: list.names.iter().map(|n| listed_name_key(n)).collect(),
            names: list.names,
            open: list.open,
        }
    }
}

impl<'a> TextReading<'a> {
    fn new(predicate_key: &str, written: &'a str, key: &'a str) -> TextReading<'a> {
        use crate::names::NameKind;
        let list =
            is_name_list(predicate_key, written).then(|| ReadList::new(predicate_key, written));
        let person = if list.is_some() {
            None
        } else {
            Some(NameKey::parse(written)).filter(|k| k.kind == NameKind::Person && k.len() <= 4)
        };
        TextReading {
            written,
            key,
            list,
            person,
        }
    }
}

/// How two different texts were found to be one value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NearMatch {
    /// One person's name, or one list of names, written in different ways.
    Names,
    /// One text with words left out, or nearly the same letters.
    Words,
}

/// Whether two texts of one group are one value, and how: as lists of names when
/// either is a list; as people by the run's name matcher when both are person names
/// (or when every word of one is in the other); otherwise as texts that nearly match.
fn same_text(
    a: &TextReading,
    b: &TextReading,
    predicate_key: &str,
    matcher: &dyn NameMatcher,
) -> Option<NearMatch> {
    let as_names = |same: bool| same.then_some(NearMatch::Names);
    match (&a.list, &b.list) {
        (Some(la), Some(lb)) => return as_names(same_lists(la, lb, matcher)),
        // a text beside a list is a list of one
        (Some(la), None) => {
            let lb = ReadList::new(predicate_key, b.written);
            return as_names(same_lists(la, &lb, matcher));
        }
        (None, Some(lb)) => {
            let la = ReadList::new(predicate_key, a.written);
            return as_names(same_lists(&la, lb, matcher));
        }
        (None, None) => {}
    }
    match (&a.person, &b.person) {
        (Some(ka), Some(kb)) if matcher.decide_keys(ka, kb).is_match() => Some(NearMatch::Names),
        (Some(_), Some(_)) => same_words(a.key, b.key).then_some(NearMatch::Words),
        _ => nearly_same_text(a.key, b.key).then_some(NearMatch::Words),
    }
}

/// Whether two lists of names are one list: a list cut short is looked for in the
/// other; two complete lists must pair off, name by name ([`same_listed_name`]).
fn same_lists(la: &ReadList, lb: &ReadList, matcher: &dyn NameMatcher) -> bool {
    let (from, to) = match (la.open, lb.open) {
        (true, false) => (la, lb),
        (false, true) => (lb, la),
        _ if la.names.len() <= lb.names.len() => (la, lb),
        _ => (lb, la),
    };
    let open = from.open || to.open;
    if !open && from.names.len() != to.names.len() {
        return false;
    }
    support_by(from.names.len(), to.names.len(), open, |i, j| {
        from.names[i] == to.names[j] || same_listed_name(&from.keys[i], &to.keys[j], matcher)
    }) >= 1.0
}

fn split_follows_method(claims: &[&Claim], sides: &[Vec<usize>]) -> bool {
    // each distinct method is folded once, and belongs to one side at most: linear in
    // the claims however large the sides
    let mut folded: HashMap<&str, String> = HashMap::default();
    let mut side_of: HashMap<String, usize> = HashMap::default();
    for (s, side) in sides.iter().enumerate() {
        for &i in side {
            let Some(method) = claims[i].method() else {
                return false;
            };
            let key = folded
                .entry(method)
                .or_insert_with(|| crate::normalize::fold(method));
            match side_of.get(key.as_str()) {
                Some(&other) if other != s => return false,
                Some(_) => {}
                None => {
                    side_of.insert(key.clone(), s);
                }
            }
        }
    }
    true
}

/// How fast a quantity that changes on purpose may change and still be read as a
/// change, relative to its value per year, compounded (0.10): a town's population or a
/// firm's staff that grows or shrinks by more than a tenth a year, year after year, is
/// news in itself, so two figures further apart than that over the years between them
/// are a disagreement, not a change. The years are counted from the earlier side's
/// first publication to the later side's last, and never as less than one.
pub const MAX_YEARLY_CHANGE: f64 = 0.10;

/// A side's first and last publication dates, and the span of its values when they are
/// all positive quantities.
type SideInTime = (Date, Date, Option<(f64, f64)>);

/// The sides read as values changing over time: chains of sides (indices, each chain
/// in order of value of its first side) such that within a chain, each side was
/// published wholly after the one before it (dates do not interleave) and positive
/// quantities moved from it by no more than [`MAX_YEARLY_CHANGE`] a year. Sides are
/// taken in order of publication, each joining the first chain it can continue. One
/// chain means the group is one value changing; several mean a disagreement between
/// them, a figure no plausible change explains (35 million, then 2 million, then 36
/// million) standing apart from the ones a change does. For a `rising` count
/// ([`RISING_PREDICATES`]) a side continues a chain when its values are above the
/// last side's, however much.
fn time_chains(claims: &[&Claim], sides: &[Vec<usize>], rising: bool) -> Vec<Vec<usize>> {
    // per side: first and last publication, and the span of its values
    let spans: Vec<SideInTime> = sides
        .iter()
        .map(|s| {
            let dates = s.iter().map(|&i| claims[i].source.published);
            let lo = dates.clone().min().unwrap_or(claims[0].source.published);
            let hi = dates.max().unwrap_or(lo);
            let values = s.iter().try_fold((f64::INFINITY, 0.0f64), |(lo, hi), &i| {
                match &claims[i].value {
                    ClaimValue::Quantity(q) if !q.change && q.low > 0.0 => {
                        Some((lo.min(q.low), hi.max(q.high)))
                    }
                    _ => None,
                }
            });
            (lo, hi, values)
        })
        .collect();
    let follows = |a: usize, b: usize| {
        let ((first, last_a, earlier), (first_b, last, later)) = (spans[a], spans[b]);
        if last_a >= first_b {
            return false;
        }
        let (Some((a_lo, a_hi)), Some((b_lo, b_hi))) = (earlier, later) else {
            return true;
        };
        if rising {
            return b_lo >= a_hi;
        }
        let days = first.first_day().days_until(last.last_day());
        let years = (f64::from(days) / 365.25).max(1.0);
        // how many times larger one side is than the other at their closest
        let ratio = (b_lo / a_hi).max(a_lo / b_hi);
        ratio <= (1.0 + MAX_YEARLY_CHANGE).powf(years)
    };
    let mut order: Vec<usize> = (0..sides.len()).collect();
    order.sort_by(|&a, &b| (spans[a].0, spans[a].1, a).cmp(&(spans[b].0, spans[b].1, b)));
    let mut chains: Vec<Vec<usize>> = Vec::new();
    for s in order {
        match chains
            .iter_mut()
            .find(|c| c.last().is_some_and(|&last| follows(last, s)))
        {
            Some(chain) => chain.push(s),
            None => chains.push(vec![s]),
        }
    }
    chains.sort_by_key(|c| c.iter().copied().min());
    chains
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::parse_jsonl_line;
    use crate::names::Hybrid;

    fn claims(values: &[(&str, &str, Option<&str>)]) -> Vec<Claim> {
        values
            .iter()
            .enumerate()
            .map(|(i, (value, published, method))| {
                let q = method.map(|m| format!(r#","qualifiers":{{"method":"{m}"}}"#)).unwrap_or_default();
                parse_jsonl_line(
                    &format!(
                        r#"{{"source":"S{i}","published":"{published}","subject":"X","predicate":"p","value":"{value}"{q}}}"#
                    ),
                    i + 1,
                )
                .unwrap()
            })
            .collect()
    }

    fn verdict(values: &[(&str, &str, Option<&str>)], predicate: &str) -> Outcome {
        let c = claims(values);
        let refs: Vec<&Claim> = c.iter().collect();
        decide(&refs, predicate, false, &Hybrid::default())
    }

    const D: &str = "2021-01-11";

    #[test]
    fn one_source_is_single_and_says_what_its_values_do() {
        let c = claims(&[("53.9%", D, None), ("54%", D, None)]);
        let mut refs: Vec<&Claim> = c.iter().collect();
        assert_eq!(
            decide(&refs, "p", false, &Hybrid::default()).verdict,
            Verdict::Agree
        );
        let mut same = c[1].clone();
        same.source = c[0].source.clone();
        refs[1] = &same;
        let outcome = decide(&refs, "p", false, &Hybrid::default());
        assert_eq!(
            (outcome.verdict, outcome.within),
            (Verdict::Single, Verdict::Agree)
        );
        assert_eq!(
            decide(&refs[..1], "p", false, &Hybrid::default()).verdict,
            Verdict::Single
        );
    }

    #[test]
    fn rounding_agrees_hedges_are_compatible_gaps_disagree() {
        assert_eq!(
            verdict(&[("71%", D, None), ("71.1%", D, None)], "p").verdict,
            Verdict::Agree
        );
        assert_eq!(
            verdict(&[("54%", D, None), ("53.9%", D, None)], "p").verdict,
            Verdict::Agree
        );
        assert_eq!(
            verdict(
                &[("19 million", D, None), ("just under 19 million", D, None)],
                "p"
            )
            .verdict,
            Verdict::Compatible
        );
        let o = verdict(
            &[
                ("71%", D, Some("official")),
                ("nearly 72%", D, Some("exit poll")),
            ],
            "p",
        );
        assert_eq!(o.verdict, Verdict::Disagree);
        assert!(o.split_by_method);
        assert_eq!(o.sides.len(), 2);
    }

    #[test]
    fn a_vague_figure_between_two_exact_ones_does_not_make_them_agree() {
        // "about 90,000" allows both counts, but no one value allows all three
        let o = verdict(
            &[
                ("91,120", D, None),
                ("88,120", D, None),
                ("about 90,000", D, None),
            ],
            "p",
        );
        assert_eq!(o.verdict, Verdict::Disagree);
        assert_eq!(o.sides.len(), 2);
        assert!(o.sides.iter().any(|s| s == &[0]));
        let o = verdict(
            &[
                ("31", D, None),
                ("39", D, None),
                ("between 30 and 40", D, None),
            ],
            "p",
        );
        assert_eq!(o.verdict, Verdict::Disagree);
        // one value every claim allows: compatible, however many claims
        let o = verdict(
            &[
                ("88,120", D, None),
                ("about 90,000", D, None),
                ("more than 85,000", D, None),
            ],
            "p",
        );
        assert_eq!(o.verdict, Verdict::Compatible);
        // a figure that changes over time passes through the vague one: a change
        let o = verdict(
            &[
                ("88,120", "2019-01-01", None),
                ("about 90,000", "2020-01-01", None),
                ("91,120", "2021-01-01", None),
            ],
            "population",
        );
        assert_eq!(o.verdict, Verdict::Compatible);
    }

    #[test]
    fn a_split_follows_the_method_only_when_no_method_is_on_two_sides() {
        let split = |values: &[(&str, &str, Option<&str>)]| verdict(values, "p").split_by_method;
        let official = Some("Official");
        let exit_poll = Some("exit poll");
        // methods compared folded; several claims per side
        assert!(split(&[
            ("71%", D, official),
            ("71.1%", D, Some("official")),
            ("nearly 72%", D, exit_poll),
            ("72%", D, exit_poll),
        ]));
        // one method on both sides
        assert!(!split(&[
            ("71%", D, official),
            ("nearly 72%", D, exit_poll),
            ("72%", D, Some("official")),
        ]));
        // a claim without a method
        assert!(!split(&[("71%", D, official), ("nearly 72%", D, None)]));
    }

    #[test]
    fn many_distinct_texts_stay_apart_and_repeats_join_their_side() {
        // more distinct texts than are compared for near matches: each is its own side,
        // and a repeat of any of them, however late, joins its side
        const FIRST: [&str; 13] = [
            "amber", "birch", "cedar", "delta", "quartz", "fjord", "grove", "harbor", "island",
            "juniper", "kestrel", "lantern", "meadow",
        ];
        const SECOND: [&str; 8] = [
            "north", "river", "stone", "valley", "bridge", "forest", "market", "tower",
        ];
        assert!(NEAR_MATCH_SIDES + 40 <= FIRST.len() * SECOND.len());
        let words: Vec<String> = (0..NEAR_MATCH_SIDES + 40)
            .map(|i| format!("{} {}", FIRST[i % 13], SECOND[i / 13]))
            .collect();
        let mut values: Vec<(&str, &str, Option<&str>)> =
            words.iter().map(|w| (w.as_str(), D, None)).collect();
        values.push((words[words.len() - 1].as_str(), D, None));
        values.push((words[0].as_str(), D, None));
        let o = verdict(&values, "p");
        assert_eq!(o.verdict, Verdict::Disagree);
        assert_eq!(o.sides.len(), words.len());
        let n = values.len();
        assert!(o.sides.iter().any(|s| s == &vec![words.len() - 1, n - 2]));
        assert!(o.sides.iter().any(|s| s == &vec![0, n - 1]));
    }

    #[test]
    fn dates_of_different_granularity_are_compatible() {
        let o = verdict(
            &[
                // a bare 2019 is a year only for a date predicate: "in 2019" always is
                ("in 2019", D, None),
                ("March 2019", D, None),
                ("early 2019", D, None),
            ],
            "p",
        );
        assert_eq!(o.verdict, Verdict::Compatible);
        let o = verdict(&[("in 2019", D, None), ("last year", D, None)], "p");
        assert_eq!(o.verdict, Verdict::Disagree);
    }

    #[test]
    fn texts_equal_near_and_different() {
        assert_eq!(
            verdict(&[("boycott", D, None), ("Boycott", D, None)], "p").verdict,
            Verdict::Agree
        );
        let o = verdict(
            &[
                ("Security Council", D, None),
                ("National Security Council", D, None),
            ],
            "p",
        );
        assert_eq!((o.verdict, o.near_match), (Verdict::Compatible, true));
        // words left out are not a name written another way
        assert!(!o.names_only);
        assert_eq!(
            verdict(&[("boycott", D, None), ("took part", D, None)], "p").verdict,
            Verdict::Disagree
        );
    }

    #[test]
    fn names_and_lists_of_names_compare_by_the_matcher() {
        let one = verdict(
            &[
                ("Evgeniia Kovalenko", D, None),
                ("Kovalenko Yevheniya", D, None),
                ("Y. M. Kovalenko", D, None),
            ],
            "leader",
        );
        assert_eq!((one.verdict, one.sides.len()), (Verdict::Compatible, 1));
        // the explanation says so: one name written in different ways
        assert!(one.names_only);
        let inverted = verdict(
            &[("Ivanov, Petr", D, None), ("Petr Ivanov", D, None)],
            "author",
        );
        assert!(inverted.near_match && inverted.names_only);
        // a relative sharing the surname is another leader
        let two = verdict(
            &[("Natia Kapanaia", D, None), ("Nikoloz Kapanaia", D, None)],
            "leader",
        );
        assert_eq!(two.verdict, Verdict::Disagree);
        let spelt = "Anna Ivanova, Dana Mūqanova, Roman Bogoslovskij and Evgenij Semënov";
        let lists = verdict(
            &[
                (spelt, D, None),
                (
                    "A. Ivanova, D. Mukanova, R. Bogoslovsky, Y. Semyonov",
                    D,
                    None,
                ),
                ("Ivanova, Anna et al.", D, None),
            ],
            "authors",
        );
        assert_eq!((lists.verdict, lists.sides.len()), (Verdict::Compatible, 1));
        // a co-author missing, or another added, is another list
        let short = verdict(
            &[
                (spelt, D, None),
                ("Anna Ivanova, Dana Mukanova, Roman Bogoslovsky", D, None),
            ],
            "authors",
        );
        assert_eq!(short.verdict, Verdict::Disagree);
        let other = verdict(&[(spelt, D, None), ("Oleg Kim et al.", D, None)], "authors");
        assert_eq!(other.verdict, Verdict::Disagree);
        // a list cut short, first seen, found in both a list and the same list less a
        // co-author, does not make the two one: it joins the first, after them
        let bridged = verdict(
            &[
                ("A. Ivanova et al.", D, None),
                (spelt, D, None),
                ("Anna Ivanova, Dana Mukanova, Roman Bogoslovsky", D, None),
            ],
            "authors",
        );
        assert_eq!(bridged.verdict, Verdict::Disagree);
        assert_eq!(bridged.sides, [vec![0, 1], vec![2]]);
    }

    #[test]
    fn bookshop_listings_of_one_author_list_are_one_list() {
        let full = "Petrova, Irina S.; Lindqvist, Maj; Okafor, Chidi N.";
        // surnames alone, surname-first pairs joined by commas, a role after a name,
        // and the editor a listing names as such beside the authors
        let listings = verdict(
            &[
                (full, D, None),
                ("Petrova, Lindqvist, Okafor", D, None),
                (
                    "Petrova, Irina S., Lindqvist, M., Okafor, Chidi N.",
                    D,
                    None,
                ),
                (
                    "Irina Petrova (Author), Maj Lindqvist, Chidi Okafor",
                    D,
                    None,
                ),
                (
                    "Irina S. Petrova; Maj Lindqvist; Chidi N. Okafor; Tomas Berg (Editor)",
                    D,
                    None,
                ),
            ],
            "authors",
        );
        assert_eq!(
            (listings.verdict, listings.sides.len()),
            (Verdict::Compatible, 1)
        );
        // a surname that is none of the listed authors' is another list
        let other = verdict(
            &[(full, D, None), ("Petrova, Lindqvist, Berg", D, None)],
            "authors",
        );
        assert_eq!(other.verdict, Verdict::Disagree);
        // for a list of editors, the editor is one of the names
        let editors = verdict(
            &[
                ("Maj Lindqvist; Tomas Berg (Editor)", D, None),
                ("Maj Lindqvist", D, None),
            ],
            "editors",
        );
        assert_eq!(editors.verdict, Verdict::Disagree);
    }

    #[test]
    fn values_that_change_on_purpose_are_a_change_when_dates_order_them() {
        let ordered = [
            ("18 million", "2015-01-01", None),
            ("19 million", "2021-01-10", None),
        ];
        let o = verdict(&ordered, "population");
        assert_eq!((o.verdict, o.change), (Verdict::Compatible, true));
        // an organisation's staff grows and shrinks like a town
        let staff = [
            ("41,000", "2011-11-06", None),
            ("35,220", "2024-07-14", None),
        ];
        let o = verdict(&staff, "employees");
        assert_eq!((o.verdict, o.change), (Verdict::Compatible, true));
        // the same values for a predicate that does not change on purpose disagree
        assert_eq!(verdict(&ordered, "vote_share").verdict, Verdict::Disagree);
        // interleaved dates are a disagreement even for a population
        let interleaved = [
            ("18 million", "2015-01-01", None),
            ("19 million", "2016-01-01", None),
            ("18 million", "2017-01-01", None),
        ];
        assert_eq!(
            verdict(&interleaved, "population").verdict,
            Verdict::Disagree
        );
        // with an as_of qualifier, values are of one date: no change rule
        let c = claims(&ordered);
        let refs: Vec<&Claim> = c.iter().collect();
        assert_eq!(
            decide(&refs, "population", true, &Hybrid::default()).verdict,
            Verdict::Disagree
        );
    }

    #[test]
    fn a_toll_rises_at_any_pace_and_never_falls() {
        let rising = [
            ("38 dead", "2019-08-02", None),
            ("91 dead", "2019-08-04", None),
            ("140 dead", "2019-08-09", None),
        ];
        let o = verdict(&rising, "death_toll");
        assert_eq!((o.verdict, o.change), (Verdict::Compatible, true));
        // a town's head count does not grow like that
        assert_eq!(verdict(&rising, "population").verdict, Verdict::Disagree);
        // a later toll below an earlier one is a disagreement
        let falling = [
            ("38", "2019-08-02", None),
            ("140", "2019-08-04", None),
            ("91", "2019-08-09", None),
        ];
        assert_eq!(verdict(&falling, "death_toll").verdict, Verdict::Disagree);
        // as are two tolls of one day
        let same_day = [("38", "2019-08-02", None), ("140", "2019-08-02", None)];
        assert_eq!(verdict(&same_day, "death_toll").verdict, Verdict::Disagree);
    }

    #[test]
    fn a_fraction_of_one_among_percentages_is_a_percentage() {
        let o = verdict(&[("52.2%", D, None), ("0.5218", D, None)], "vote_share");
        assert_eq!((o.verdict, o.fractions.clone()), (Verdict::Agree, vec![1]));
        // a fraction that is none of the shares disagrees, as a share
        let o = verdict(&[("52.2%", D, None), ("0.4713", D, None)], "vote_share");
        assert_eq!(
            (o.verdict, o.fractions.clone()),
            (Verdict::Disagree, vec![])
        );
        // among shares below one percent, 0.4 is 0.4%
        let o = verdict(&[("0.4%", D, None), ("0.4", D, None)], "vote_share");
        assert_eq!((o.verdict, o.fractions), (Verdict::Agree, vec![]));
        // a number with words is no bare fraction
        let o = verdict(
            &[("52.2%", D, None), ("0.52 of the vote", D, None)],
            "vote_share",
        );
        assert!(o.fractions.is_empty());
    }

    #[test]
    fn amounts_in_two_currencies_are_compared_within_each() {
        let o = verdict(
            &[
                ("$100 billion", D, None),
                ("USD 100bn", D, None),
                ("4.2 trillion tenge", D, None),
            ],
            "cost",
        );
        assert_eq!(
            (o.verdict, o.axis.clone()),
            (Verdict::Compatible, Axis::Mixed)
        );
        assert_eq!(o.sides, [vec![0, 1], vec![2]]);
        // within one currency, amounts that do not overlap still disagree
        let o = verdict(
            &[
                ("$100 billion", D, None),
                ("$34 billion", D, None),
                ("4.2 trillion tenge", D, None),
            ],
            "cost",
        );
        assert_eq!(o.verdict, Verdict::Disagree);
        assert_eq!(o.sides.len(), 3);
        // money beside a bare count: two kinds, each compared only with itself
        let o = verdict(
            &[
                ("$100 billion", D, None),
                ("100 billion", D, None),
                ("$100bn", D, None),
            ],
            "cost",
        );
        assert_eq!((o.verdict, o.axis), (Verdict::Compatible, Axis::Mixed));
        assert_eq!(o.sides, [vec![0, 2], vec![1]]);
        // and a disagreement within one kind is still found beside another kind
        let o = verdict(
            &[
                ("71%", D, None),
                ("64%", D, None),
                ("71 seats", D, None),
                ("71 seats", D, None),
            ],
            "p",
        );
        assert_eq!((o.verdict, o.axis), (Verdict::Disagree, Axis::Mixed));
        assert_eq!(o.sides, [vec![1], vec![0], vec![2, 3]]);
    }

    #[test]
    fn values_of_different_kinds_do_not_compare() {
        // a text among quantities is set apart, shown and not compared
        let o = verdict(
            &[
                ("71%", D, None),
                ("71.0%", D, None),
                ("Security Council", D, None),
            ],
            "p",
        );
        assert_eq!((o.verdict, o.unread.as_slice()), (Verdict::Agree, &[2][..]));
        assert!(o.sides.iter().flatten().all(|&i| i != 2));
        let o = verdict(&[("71%", D, None), ("71 seats", D, None)], "p");
        assert_eq!(o.axis, Axis::Mixed);
    }
}
