//! The consensus problem: every group's claims as values a strategy can weigh, built
//! once from the decided groups.

use std::hash::{BuildHasher, Hash, Hasher};

use foldhash::HashMap;
use smol_str::SmolStr;

use super::linked::{BirthRole, is_birth_predicate, link};
use super::methods::MethodClass;
use crate::claim::{Claim, ClaimValue, HedgeConstants, HedgeKind, Quantity};
use crate::names::NameMatcher;
use crate::reconcile::name_lists::{NameList, NameTable, is_name_list};
use crate::reconcile::verdict::{
    Axis, FRACTION_TO_PERCENT, Outcome, interval_in_group, kind_of, main_kind,
};

/// A value as an interval on its group's axis (a number in the group's unit, or days).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    /// Lowest value allowed (−∞ when unbounded).
    pub lo: f64,
    /// Highest value allowed (+∞ when unbounded).
    pub hi: f64,
    /// True when `lo` itself is excluded.
    pub lo_open: bool,
    /// True when `hi` itself is excluded.
    pub hi_open: bool,
}

impl Span {
    /// True when the two spans share a value.
    ///
    /// ```
    /// use crosscheck::reconcile::consensus::Span;
    /// let a = Span { lo: 70.5, hi: 71.5, lo_open: false, hi_open: true };
    /// let b = Span { lo: 71.5, hi: 72.5, lo_open: false, hi_open: true };
    /// assert!(!a.overlaps(&b));
    /// ```
    pub fn overlaps(&self, o: &Span) -> bool {
        let below = self.hi < o.lo || (self.hi == o.lo && (self.hi_open || o.lo_open));
        let above = o.hi < self.lo || (o.hi == self.lo && (o.hi_open || self.lo_open));
        !(below || above)
    }

    /// The width (∞ for an unbounded span).
    pub fn width(&self) -> f64 {
        self.hi - self.lo
    }
}

/// A claim's value as the consensus compares it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    /// An interval: it supports every value it contains.
    Span(Span),
    /// A text: texts of one class are one value (equal once folded, nearly equal, one
    /// person's name written two ways).
    Class(u32),
    /// A list of names: its index among the group's distinct lists.
    List(u32),
}

/// One claim of the problem.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ClaimInput {
    /// Its source (index into [`Problem::sources`]).
    pub source: u32,
    /// Its value as an exact point (the number as read, the text folded): claims with
    /// one `exact` in a group wrote the same value.
    pub exact: u32,
    /// Its value as written (the text and unit as they stand): claims with one `form`
    /// in a group wrote the value alike, the trace a copy leaves. "some 4921" and
    /// "4921 votes" are one `exact` but two forms.
    pub form: u32,
    /// Its value as an interval, a text class or a name list.
    pub value: Value,
    /// Its method's class.
    pub method: MethodClass,
    /// Its publication date, in days since 1970-01-01 (the first day, for a date
    /// written to the month or the year).
    pub day: i32,
    /// The last day its publication date allows (`day` itself for a date written to
    /// the day).
    pub last_day: i32,
    /// One over the number of claims its source has in the group.
    pub share: f64,
    /// Its position among the group's claims in the report.
    pub pos: u32,
    /// The number as written, for quantities and ages.
    pub number: Option<f64>,
    /// The rounding step the number was written to, in the group's unit, for
    /// quantities whose step can be told: the width its digits imply ("1.56 million":
    /// 10,000); for "more than x" and the like, from the digits of x. `None` for other
    /// values, vague quantities and "about x".
    pub step: Option<f64>,
    /// The hedge written with the number, for quantities.
    pub hedge: Option<HedgeKind>,
    /// The number was written as an approximation: with a hedge ("about", "nearly",
    /// "more than"), as a range ("53–54%") or vaguely ("several hundred").
    pub approximate: bool,
}

/// One group of the problem.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GroupInput {
    /// The predicate, folded.
    pub predicate: SmolStr,
    /// Its claims: `claims[start..start + len]` of [`Problem::claims`].
    pub start: u32,
    /// How many claims (with a value) it has.
    pub len: u32,
    /// Its value changes on purpose over time (no `as_of`): the latest is in force.
    pub time_varying: bool,
    /// How many distinct sources speak in it.
    pub sources: u32,
    /// How many distinct exact values it has.
    pub exact_values: u32,
    /// How many distinct name lists it has (0 when its values are not lists).
    pub lists: u32,
    /// Its intervals are days (dates, or the birth dates ages imply).
    pub dates: bool,
    /// Its values are shares in percent (levels, not changes in points).
    pub shares: bool,
    sim_at: u32,
    open_at: u32,
}

/// Every group of a run, ready for a [`ConsensusStrategy`](super::ConsensusStrategy).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Problem {
    sources: Vec<SmolStr>,
    groups: Vec<GroupInput>,
    claims: Vec<ClaimInput>,
    sims: Vec<f32>,
    /// per ordered pair of a group's lists, beside `sims`: how far the first spells
    /// the second's names alike ([`NameTable::spelling`])
    spellings: Vec<f32>,
    open: Vec<bool>,
    /// (group, linked group) both ways, sorted: ages and birth dates of one subject
    links: Vec<(u32, u32)>,
}

impl Problem {
    /// The groups that state group `g`'s quantity under another predicate (the birth
    /// dates of a subject whose ages `g` holds, and the other way round), in order.
    pub fn linked(&self, g: usize) -> impl Iterator<Item = usize> + '_ {
        let g = g as u32;
        let at = self.links.partition_point(|l| l.0 < g);
        self.links[at..]
            .iter()
            .take_while(move |l| l.0 == g)
            .map(|l| l.1 as usize)
    }

    /// The sources' names.
    pub fn sources(&self) -> &[SmolStr] {
        &self.sources
    }

    /// The groups.
    pub fn groups(&self) -> &[GroupInput] {
        &self.groups
    }

    /// Every claim, group after group.
    pub fn claims(&self) -> &[ClaimInput] {
        &self.claims
    }

    /// The claims of group `g`, with the index of the first.
    pub fn claims_of(&self, g: usize) -> (usize, &[ClaimInput]) {
        let group = &self.groups[g];
        let start = group.start as usize;
        (start, &self.claims[start..start + group.len as usize])
    }

    /// How far list `from` supports list `to`, in group `g`: 1 when every name of
    /// both is matched (or `from` is cut short by "et al." and all its names are in
    /// `to`), the share of names in common otherwise.
    pub fn list_support(&self, g: usize, from: u32, to: u32) -> f64 {
        self.sims
            .get(self.list_pair(g, from, to))
            .map_or(0.0, |&s| f64::from(s))
    }

    /// Where the ordered pair of lists `from`, `to` of group `g` stands in `sims` and
    /// `spellings`.
    fn list_pair(&self, g: usize, from: u32, to: u32) -> usize {
        let group = &self.groups[g];
        let k = group.lists as usize;
        group.sim_at as usize + from as usize * k + to as usize
    }

    /// How far list `from` spells the names of list `to` alike, in group `g`: the
    /// share of `to`'s names whose surname `from` writes the same way (case and
    /// accents aside). Among lists that support one another fully, it tells the
    /// spelling most claims share from a slip of one.
    pub fn list_spelling(&self, g: usize, from: u32, to: u32) -> f64 {
        self.spellings
            .get(self.list_pair(g, from, to))
            .map_or(0.0, |&s| f64::from(s))
    }

    /// True when list `l` of group `g` was cut short ("et al.").
    pub fn list_is_open(&self, g: usize, l: u32) -> bool {
        let at = self.groups[g].open_at as usize + l as usize;
        self.open.get(at).copied().unwrap_or(false)
    }

    /// How far value `a` supports value `b` in group `g`, in [0, 1]: intervals that
    /// overlap 1, texts of one class 1, lists by [`Problem::list_support`], else 0.
    pub fn support(&self, g: usize, a: &Value, b: &Value) -> f64 {
        match (a, b) {
            (Value::Span(x), Value::Span(y)) => f64::from(u8::from(x.overlaps(y))),
            (Value::Class(x), Value::Class(y)) => f64::from(u8::from(x == y)),
            (Value::List(x), Value::List(y)) => self.list_support(g, *x, *y),
            _ => 0.0,
        }
    }
}

/// Builds a [`Problem`] group by group as reconciliation decides them.
pub(crate) struct ProblemBuilder {
    problem: Problem,
    /// the source's index in the problem, per store source key
    source_index: Vec<u32>,
    /// each method as written, classed once
    methods: HashMap<SmolStr, MethodClass>,
    // buffers reused from group to group
    exact_ids: HashMap<u64, u32>,
    form_ids: HashMap<u64, u32>,
    list_ids: HashMap<u64, u32>,
    per_source: HashMap<u32, u32>,
    side_of: Vec<u32>,
    /// the groups of ages and of birth dates, with their fact keys
    births: Vec<(u32, BirthRole, u64)>,
}

/// The most distinct name lists compared pairwise in one group; beyond, lists are
/// compared as exact values (the pairs would cost the square of their number).
const MAX_LISTS: usize = 64;

/// The members of one decided group as [`ProblemBuilder::add_group`] reads them: the
/// claims, and for each claim at the same index its store source key and its method.
#[derive(Clone, Copy)]
pub(crate) struct GroupMembers<'a> {
    /// The group's claims.
    pub claims: &'a [&'a Claim],
    /// The store key of each claim's source.
    pub source_keys: &'a [u32],
    /// Each claim's method, when it names one.
    pub methods: &'a [Option<&'a str>],
    /// The group's predicate, folded as grouping folded it ([`Claim::predicate_key`]).
    pub predicate: &'a str,
}

impl ProblemBuilder {
    /// For a store with `sources` distinct source keys.
    pub fn new(sources: usize) -> ProblemBuilder {
        ProblemBuilder {
            problem: Problem::default(),
            source_index: vec![u32::MAX; sources],
            methods: HashMap::default(),
            exact_ids: HashMap::default(),
            form_ids: HashMap::default(),
            list_ids: HashMap::default(),
            per_source: HashMap::default(),
            side_of: Vec::new(),
            births: Vec::new(),
        }
    }

    /// Adds a decided group: its members (claims, their store source keys and methods),
    /// the verdict's outcome, and `fact`, a key of its subject and scope (groups of ages
    /// and of birth dates with one key are linked). Claims without a value are left out.
    /// Returns the group's index.
    pub fn add_group(
        &mut self,
        members: GroupMembers<'_>,
        outcome: &Outcome,
        time_varying: bool,
        fact: u64,
        matcher: &dyn NameMatcher,
    ) -> usize {
        let GroupMembers {
            claims,
            source_keys,
            methods,
            predicate,
        } = members;
        let g = self.problem.groups.len();
        let start = self.problem.claims.len();
        // the text class of each claim: its side
        let mut side_of = std::mem::take(&mut self.side_of);
        side_of.clear();
        side_of.resize(claims.len(), u32::MAX);
        let classes = if outcome.classes.is_empty() {
            &outcome.sides
        } else {
            &outcome.classes
        };
        for (s, side) in classes.iter().enumerate() {
            for &i in side {
                side_of[i] = s as u32;
            }
        }
        let lists = matches!(outcome.axis, Axis::Text)
            && claims
                .first()
                .is_some_and(|c| is_name_list(predicate, &c.written));
        let mut exact_ids = std::mem::take(&mut self.exact_ids);
        let mut form_ids = std::mem::take(&mut self.form_ids);
        let mut list_ids = std::mem::take(&mut self.list_ids);
        let mut per_source = std::mem::take(&mut self.per_source);
        exact_ids.clear();
        form_ids.clear();
        list_ids.clear();
        per_source.clear();
        let mut parsed: Vec<NameList> = Vec::new();
        // a group of several kinds (two currencies, a share beside a count) has its
        // consensus in the kind most of its sources write; the other kinds compare
        // with nothing in it, so they neither support nor contradict
        let main_kind = match outcome.axis {
            Axis::Mixed => main_kind(claims),
            _ => None,
        };
        for (i, c) in claims.iter().enumerate() {
            if matches!(c.value, ClaimValue::Empty) || outcome.unread.contains(&i) {
                continue;
            }
            if main_kind.is_some() && kind_of(c) != main_kind {
                continue;
            }
            let key = exact_key(c);
            let next = exact_ids.len() as u32;
            let exact = *exact_ids.entry(key).or_insert(next);
            let next = form_ids.len() as u32;
            let form = *form_ids.entry(form_key(c)).or_insert(next);
            let fraction = outcome.fractions.contains(&i);
            let axis = main_kind.as_ref().unwrap_or(&outcome.axis);
            let value = match (axis, interval_in_group(c, fraction)) {
                (Axis::Number(..) | Axis::Days | Axis::BirthDays, Some(iv)) => {
                    Value::Span(consensus_span(c, iv.lo, iv.hi, iv.lo_open, iv.hi_open))
                }
                (Axis::Text, _) if lists => {
                    let next = list_ids.len() as u32;
                    let id = *list_ids.entry(key).or_insert(next);
                    if id as usize == parsed.len() {
                        parsed.push(NameList::parse_for(predicate, &c.written));
                    }
                    Value::List(id)
                }
                (Axis::Text, _) if side_of[i] != u32::MAX => Value::Class(side_of[i]),
                _ => Value::Class(exact),
            };
            let source = self.source(source_keys[i], c);
            *per_source.entry(source).or_default() += 1;
            let (number, step, hedge, approximate) = match &c.value {
                ClaimValue::Quantity(q) if fraction => (
                    Some(q.value * FRACTION_TO_PERCENT),
                    rounding_step(q).map(|s| s * FRACTION_TO_PERCENT),
                    q.hedge,
                    q.hedge.is_some() || q.vague,
                ),
                ClaimValue::Quantity(q) => (
                    Some(q.value),
                    rounding_step(q),
                    q.hedge,
                    q.hedge.is_some() || q.vague,
                ),
                ClaimValue::Age { age, .. } => (Some(age.value), None, None, false),
                _ => (None, None, None, false),
            };
            self.problem.claims.push(ClaimInput {
                source,
                exact,
                form,
                value,
                method: match methods.get(i).copied().flatten() {
                    None => MethodClass::Unstated,
                    Some(m) => match self.methods.get(m) {
                        Some(class) => class.clone(),
                        None => {
                            let class = MethodClass::of(Some(m));
                            self.methods.insert(SmolStr::new(m), class.clone());
                            class
                        }
                    },
                },
                day: c.source.published.days_since_epoch(),
                last_day: c.source.published.last_day().days_since_epoch(),
                share: 1.0,
                pos: i as u32,
                number,
                step,
                hedge,
                approximate,
            });
        }
        for c in &mut self.problem.claims[start..] {
            c.share = 1.0 / f64::from(per_source[&c.source]);
        }
        let sim_at = self.problem.sims.len() as u32;
        let open_at = self.problem.open.len() as u32;
        let mut n_lists = parsed.len() as u32;
        if parsed.len() > MAX_LISTS {
            // too many to compare pairwise: as exact values
            for c in &mut self.problem.claims[start..] {
                c.value = Value::Class(c.exact);
            }
            n_lists = 0;
        } else {
            self.problem.open.extend(parsed.iter().map(|l| l.open));
            let mut table = NameTable::new(&parsed);
            for from in 0..parsed.len() {
                for to in 0..parsed.len() {
                    let s = table.support(from, to, matcher);
                    self.problem.sims.push(s as f32);
                    let alike = table.spelling(from, to);
                    self.problem.spellings.push(alike as f32);
                }
            }
        }
        let predicate = SmolStr::new(predicate);
        let axis = main_kind.as_ref().unwrap_or(&outcome.axis);
        let role = match axis {
            Axis::BirthDays => Some(BirthRole::Ages),
            Axis::Days if is_birth_predicate(&predicate) => Some(BirthRole::Dates),
            _ => None,
        };
        if let Some(role) = role {
            self.births.push((g as u32, role, fact));
        }
        self.problem.groups.push(GroupInput {
            predicate,
            start: start as u32,
            len: (self.problem.claims.len() - start) as u32,
            time_varying,
            sources: per_source.len() as u32,
            exact_values: exact_ids.len() as u32,
            lists: n_lists,
            dates: matches!(axis, Axis::Days | Axis::BirthDays),
            shares: matches!(axis, Axis::Number(unit, false) if unit == "%"),
            sim_at,
            open_at,
        });
        self.exact_ids = exact_ids;
        self.form_ids = form_ids;
        self.list_ids = list_ids;
        self.per_source = per_source;
        self.side_of = side_of;
        g
    }

    fn source(&mut self, key: u32, claim: &Claim) -> u32 {
        let slot = &mut self.source_index[key as usize];
        if *slot == u32::MAX {
            *slot = self.problem.sources.len() as u32;
            self.problem.sources.push(claim.source.name.clone());
        }
        *slot
    }

    /// The problem built.
    pub fn finish(mut self) -> Problem {
        self.problem.links = link(&self.births);
        self.problem
    }
}

/// A claim's interval as the consensus weighs it: a "nearly x" or "just over x"
/// reaches [`HedgeConstants::NEAR_STEPS_IN_CONSENSUS`] rounding steps from x, and the
/// ends are snapped to 12 significant digits, so that one bound computed two ways
/// ("11.8%" ends at 11.8 + 0.05, "just under 11.9%" starts at 11.9 − 0.05) is one
/// number: touching half-open intervals then touch, not overlap in a sliver.
fn consensus_span(c: &Claim, lo: f64, hi: f64, lo_open: bool, hi_open: bool) -> Span {
    let (mut lo, mut hi) = (lo, hi);
    if let ClaimValue::Quantity(q) = &c.value {
        // the interval read is the half step on one side of x
        let reach = 2.0 * HedgeConstants::NEAR_STEPS_IN_CONSENSUS * (hi - lo);
        match q.hedge {
            Some(HedgeKind::JustBelow) if reach.is_finite() => lo = hi - reach,
            Some(HedgeKind::JustAbove) if reach.is_finite() => hi = lo + reach,
            _ => {}
        }
    }
    Span {
        lo: snap(lo),
        hi: snap(hi),
        lo_open,
        hi_open,
    }
}

/// The rounding step quantity `q` was written to, when it can be told: the width of
/// a plain figure's interval, twice that of "nearly x" (which reads the half step
/// below x), and for an open bound ("more than x", "at most x") the step of x's
/// digits (its last non-zero digit), no wider than the widest rounding read into a
/// round figure ([`HedgeConstants::ROUND_NUMBER_SPAN`] on each side). Vague
/// quantities, "about x", figures converted from another unit, and counts written to
/// the unit (a count is not rounded from a finer figure) have none.
fn rounding_step(q: &Quantity) -> Option<f64> {
    if q.vague || q.converted_from.is_some() {
        return None;
    }
    let width = q.high - q.low;
    let step = match q.hedge {
        None => width,
        Some(HedgeKind::JustBelow | HedgeKind::JustAbove) => 2.0 * width,
        Some(HedgeKind::About) => return None,
        Some(HedgeKind::Above | HedgeKind::AtLeast | HedgeKind::Below | HedgeKind::AtMost) => {
            digit_step(q.value)?.min(2.0 * HedgeConstants::ROUND_NUMBER_SPAN * q.value.abs())
        }
    };
    let whole = q.unit.is_empty() && step <= 1.0;
    (step.is_finite() && step > 0.0 && !whole).then_some(step)
}

/// The place of `x`'s last non-zero digit as a power of ten (4,920,000: 10,000; 45.5:
/// 0.1), down to 10⁻⁶; `None` for zero, or for digits finer than that.
fn digit_step(x: f64) -> Option<f64> {
    let a = x.abs();
    if !a.is_finite() || a == 0.0 {
        return None;
    }
    let top = a.log10().floor() as i32;
    (-6..=top).rev().map(|k| 10f64.powi(k)).find(|&p| {
        let r = a / p;
        (r - r.round()).abs() <= 1e-9 * r
    })
}

/// `x` to 12 significant digits (unchanged when not finite, or too small or large to
/// scale).
fn snap(x: f64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    let digits = 11 - x.abs().log10().floor() as i32;
    let scale = 10f64.powi(digits);
    let scaled = (x * scale).round();
    let y = scaled / scale;
    if scale.is_finite() && scale > 0.0 && y.is_finite() {
        y
    } else {
        x
    }
}

/// A value as written: its text and unit, unchanged.
fn form_key(c: &Claim) -> u64 {
    let mut h = foldhash::quality::FixedState::with_seed(0).build_hasher();
    c.written.hash(&mut h);
    c.unit.hash(&mut h);
    h.finish()
}

/// A value as an exact point: the number as read with its unit, a date's or a birth
/// date's bounds, a text's folded key.
fn exact_key(c: &Claim) -> u64 {
    let mut h = foldhash::quality::FixedState::with_seed(0).build_hasher();
    match &c.value {
        ClaimValue::Quantity(q) => {
            0u8.hash(&mut h);
            q.value.to_bits().hash(&mut h);
            q.unit.hash(&mut h);
            q.change.hash(&mut h);
        }
        ClaimValue::Date(d) => {
            1u8.hash(&mut h);
            d.start.days_since_epoch().hash(&mut h);
            d.end.days_since_epoch().hash(&mut h);
        }
        ClaimValue::Age { age, .. } => {
            2u8.hash(&mut h);
            age.value.to_bits().hash(&mut h);
            c.source.published.days_since_epoch().hash(&mut h);
        }
        ClaimValue::Text(t) => {
            3u8.hash(&mut h);
            t.key.hash(&mut h);
        }
        ClaimValue::Empty => 4u8.hash(&mut h),
    }
    h.finish()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::reconcile::verdict::interval_of;

    #[test]
    fn nearly_reaches_a_whole_step_and_bounds_computed_two_ways_are_one() {
        let jsonl = r#"{"id":"a","source":"A","published":"2021-01-11","subject":"X","predicate":"vote_share","value":"nearly 11.9%"}
{"id":"b","source":"B","published":"2021-01-11","subject":"X","predicate":"vote_share","value":"11.8%"}
{"id":"c","source":"C","published":"2021-01-11","subject":"X","predicate":"vote_share","value":"just over 11.9%"}"#;
        let store = crate::store::ClaimStore::from_jsonl(jsonl.as_bytes()).unwrap();
        let span = |id: &str| {
            let c = store.get(id).unwrap();
            let iv = interval_of(c).unwrap();
            consensus_span(c, iv.lo, iv.hi, iv.lo_open, iv.hi_open)
        };
        let (nearly, plain, over) = (span("a"), span("b"), span("c"));
        // "nearly 11.9%" reaches down to 11.8: it agrees with 11.8% on [11.8, 11.85)
        assert_eq!((nearly.lo, nearly.hi), (11.8, 11.9));
        assert!(nearly.overlaps(&plain));
        assert_eq!((over.lo, over.hi), (11.9, 12.0));
        // 11.8% ends where the half step above it starts, exactly
        assert_eq!(plain.hi, snap(11.9 - 0.05));
        assert_eq!(snap(11.8 + 0.05), snap(11.9 - 0.05));
        assert_eq!(snap(f64::INFINITY), f64::INFINITY);
        assert_eq!(snap(52_391_950_643.5), 52_391_950_643.5);
    }

    /// A problem of one group whose claims are the given closed-open intervals, each
    /// from its own source, published on one day.
    pub(crate) fn spans(bounds: &[(f64, f64)]) -> Problem {
        let claims: Vec<TestClaim> = (0u32..)
            .zip(bounds)
            .map(|(i, &bound)| (i, i, bound))
            .collect();
        let mut p = groups(&[&claims], bounds.len());
        // an unbounded claim leaves its start open
        for c in &mut p.claims {
            if let Value::Span(s) = &mut c.value {
                s.lo_open = s.lo.is_infinite() || s.hi.is_infinite();
            }
        }
        p
    }

    /// Marks the claims of `p` at `claims` (indices) as approximate figures.
    pub(crate) fn set_approximate(p: &mut Problem, claims: &[usize]) {
        for &i in claims {
            p.claims[i].approximate = true;
        }
    }

    /// A test claim: (source, exact value, interval).
    pub(crate) type TestClaim = (u32, u32, (f64, f64));

    /// Several groups of test claims.
    pub(crate) fn groups(groups: &[&[TestClaim]], sources: usize) -> Problem {
        let mut p = Problem {
            sources: (0..sources)
                .map(|i| SmolStr::new(format!("S{i}")))
                .collect(),
            ..Problem::default()
        };
        for claims in groups {
            let start = p.claims.len() as u32;
            let mut seen: Vec<u32> = Vec::new();
            for (pos, &(source, exact, (lo, hi))) in claims.iter().enumerate() {
                if !seen.contains(&source) {
                    seen.push(source);
                }
                p.claims.push(ClaimInput {
                    source,
                    exact,
                    form: exact,
                    value: Value::Span(Span {
                        lo,
                        hi,
                        lo_open: false,
                        hi_open: true,
                    }),
                    method: MethodClass::Unstated,
                    day: 0,
                    last_day: 0,
                    share: 1.0,
                    pos: pos as u32,
                    number: Some((lo + hi) / 2.0),
                    step: None,
                    hedge: None,
                    approximate: false,
                });
            }
            p.groups.push(GroupInput {
                predicate: SmolStr::new("p"),
                start,
                len: claims.len() as u32,
                time_varying: false,
                sources: seen.len() as u32,
                exact_values: claims.len() as u32,
                lists: 0,
                dates: false,
                shares: false,
                sim_at: 0,
                open_at: 0,
            });
        }
        p
    }
}
