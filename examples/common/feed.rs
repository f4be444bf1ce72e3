//! A seeded generator of multi-source claim feeds with known truth.
//!
//! Written from `FEED_SPEC.md` (same folder), which lists the variation real feeds show
//! and the rates used here. Depends on nothing from the crate: only std and serde_json.
//! The same seed and numbers give byte-identical output.

#![allow(dead_code)]

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::io::{self, Write};
use std::rc::Rc;

#[path = "rng.rs"]
mod rng;
#[path = "feed_tables.rs"]
mod tables;

pub use rng::Rng;
use tables::*;

// ------------------------------------------------------------------ configuration

#[derive(Clone, Debug)]
pub struct Config {
    pub seed: u64,
    pub claims: usize,
    pub entities: usize,
    pub sources: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            seed: 1,
            claims: 20_000,
            entities: 2_500,
            sources: 40,
        }
    }
}

impl Config {
    /// The realistic preset: 1M claims, 80,000 entities, 150 sources.
    pub fn realistic() -> Self {
        Config {
            seed: 1,
            claims: 1_000_000,
            entities: 80_000,
            sources: 150,
        }
    }
}

/// Generates the feed of `cfg` in memory: the claims and the truth as text.
pub fn generate_text(cfg: Config) -> Result<(String, String), String> {
    let (mut claims, mut truth) = (Vec::new(), Vec::new());
    Generator::new(cfg)
        .run(&mut claims, &mut truth)
        .map_err(|e| e.to_string())?;
    let text = |b: Vec<u8>| String::from_utf8(b).map_err(|e| e.to_string());
    Ok((text(claims)?, text(truth)?))
}

/// One run of a quality example: its label, the claims and the truth, as text.
pub type Run = (String, String, String);

/// The default feed of `seed` (20,000 claims), generated in memory, labelled
/// "seed N (20,000 claims)", or "seed N (ROLE; 20,000 claims)" with a role.
pub fn seed_run(seed: u64, role: Option<&str>) -> Result<Run, String> {
    let cfg = Config {
        seed,
        ..Config::default()
    };
    let size = cfg.claims.to_string();
    // thousands separated by commas, as the examples print counts
    let mut claims = String::new();
    for (i, digit) in size.chars().enumerate() {
        if i > 0 && (size.len() - i).is_multiple_of(3) {
            claims.push(',');
        }
        claims.push(digit);
    }
    let label = match role {
        Some(role) => format!("seed {seed} ({role}; {claims} claims)"),
        None => format!("seed {seed} ({claims} claims)"),
    };
    let (c, t) = generate_text(cfg)?;
    Ok((label, c, t))
}

/// A claims file and its truth file as one run, labelled by the claims file's path.
pub fn file_run(claims: &str, truth: &str) -> Result<Vec<Run>, String> {
    read_claims_and_truth(claims, truth).map(|(c, t)| vec![(claims.to_string(), c, t)])
}

/// Reads a claims file and its truth file, an error naming the file that failed.
pub fn read_claims_and_truth(claims: &str, truth: &str) -> Result<(String, String), String> {
    let read = |p: &str| std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"));
    Ok((read(claims)?, read(truth)?))
}

/// What one run produced.
#[derive(Clone, Debug, Default)]
pub struct Stats {
    pub claims: usize,
    pub entities: usize,
    pub entities_mentioned: usize,
    pub groups: usize,
    pub disagreements: usize,
    pub single_source_groups: usize,
    pub distinct_subjects: usize,
    pub erroneous: usize,
    pub copied: usize,
}

// ------------------------------------------------------------------ fast hashing

/// A small multiply-rotate hasher for the generator's own maps (their keys are ours,
/// not adversarial input).
#[derive(Default, Clone, Copy)]
struct FastHasher(u64);

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes(c.try_into().unwrap());
            self.0 = (self.0 ^ w)
                .wrapping_mul(0x9e37_79b9_7f4a_7c15)
                .rotate_left(29);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            .rotate_left(29);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
    fn finish(&self) -> u64 {
        mix(self.0)
    }
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;

// ------------------------------------------------------------------ random helpers

fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn hash_str(seed: u64, s: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    mix(h)
}

fn seeded(h: u64) -> Rng {
    Rng(mix(h) | 1)
}

trait RngExt {
    fn unit(&mut self) -> f64;
    fn range(&mut self, lo: f64, hi: f64) -> f64;
    fn pct(&mut self, p: f64) -> bool;
    fn weighted(&mut self, weights: &[u32]) -> usize;
    fn one<'a, T>(&mut self, items: &'a [T]) -> &'a T;
}

impl RngExt for Rng {
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }
    /// True with probability `p` (0..1).
    fn pct(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut r = (self.next() % total as u64) as u32;
        for (i, w) in weights.iter().enumerate() {
            if r < *w {
                return i;
            }
            r -= w;
        }
        weights.len() - 1
    }
    fn one<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

// ------------------------------------------------------------------ dates

fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m as i32 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn year_of(day: i32) -> i32 {
    civil_from_days(day).0
}

fn iso_date(day: i32) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn years_between(from: i32, to: i32) -> f64 {
    (to - from) as f64 / 365.2425
}

fn whole_years(birth: i32, at: i32) -> i64 {
    let (by, bm, bd) = civil_from_days(birth);
    let (y, m, d) = civil_from_days(at);
    let mut age = (y - by) as i64;
    if (m, d) < (bm, bd) {
        age -= 1;
    }
    age
}

const FIRST_PUB: i32 = 12_784; // 2005-01-01
const LAST_PUB: i32 = 20_088; // 2024-12-31

// ------------------------------------------------------------------ romanization

struct Compiled {
    main: HashMap<char, Vec<(Vec<char>, &'static str)>>,
    initial: HashMap<char, Vec<(Vec<char>, &'static str)>>,
    fin: HashMap<char, Vec<(Vec<char>, &'static str)>>,
    after: Vec<char>,
    capitalise: bool,
    azerbaijani: bool,
}

type Entries = HashMap<char, Vec<(Vec<char>, &'static str)>>;

fn compile_list(lists: &[&'static [(&'static str, &'static str)]]) -> Entries {
    let mut map: HashMap<Vec<char>, &'static str> = HashMap::new();
    let mut order: Vec<Vec<char>> = Vec::new();
    for list in lists {
        for (k, v) in list.iter() {
            let key: Vec<char> = k.chars().collect();
            if map.insert(key.clone(), v).is_none() {
                order.push(key);
            }
        }
    }
    let mut out: Entries = HashMap::new();
    for key in order {
        let v = map[&key];
        out.entry(key[0]).or_default().push((key, v));
    }
    for list in out.values_mut() {
        list.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
    }
    out
}

fn compile(t: &Table) -> Compiled {
    Compiled {
        main: compile_list(&[t.base, t.main]),
        initial: compile_list(&[t.initial]),
        fin: compile_list(&[t.fin]),
        after: t.after.chars().collect(),
        capitalise: t.capitalise,
        azerbaijani: t.name.starts_with("Azerbaijani") && t.main.is_empty(),
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '\'' || c == '’'
}

fn find(
    entries: &Entries,
    chars: &[char],
    i: usize,
    need_end: bool,
) -> Option<(usize, &'static str)> {
    let list = entries.get(&chars[i])?;
    for (k, v) in list {
        if chars.len() >= i + k.len() && chars[i..i + k.len()] == k[..] {
            let end = i + k.len();
            if need_end && end < chars.len() && is_word_char(chars[end]) {
                continue;
            }
            return Some((k.len(), v));
        }
    }
    None
}

fn romanize_with(c: &Compiled, s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 4);
    let mut i = 0;
    while i < chars.len() {
        let start = i == 0 || !is_word_char(chars[i - 1]);
        let ctx = start || c.after.contains(&chars[i - 1]);
        let mut best: Option<(usize, &str)> = find(&c.fin, &chars, i, true);
        if ctx
            && let Some(b) = find(&c.initial, &chars, i, false)
            && best.is_none_or(|x| b.0 > x.0)
        {
            best = Some(b);
        }
        if let Some(b) = find(&c.main, &chars, i, false)
            && best.is_none_or(|x| b.0 > x.0)
        {
            best = Some(b);
        }
        match best {
            Some((n, v)) => {
                out.push_str(v);
                i += n;
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    if c.capitalise {
        capitalise_words(&out, c.azerbaijani)
    } else {
        out
    }
}

fn capitalise_words(s: &str, azerbaijani: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for ch in s.chars() {
        if start && ch.is_alphabetic() {
            if ('\u{10d0}'..='\u{10ff}').contains(&ch) {
                // Georgian Mkhedruli has no capitals in ordinary writing
                out.push(ch);
            } else if azerbaijani && ch == 'i' {
                out.push('İ');
            } else {
                out.extend(ch.to_uppercase());
            }
            start = false;
        } else {
            out.push(ch);
            if ch == ' ' || ch == '-' {
                start = true;
            } else if ch.is_alphabetic() {
                start = false;
            }
        }
    }
    out
}

// System indices (see `all_tables`).
const RU_SYSTEMS: usize = 8;
const S_RU_PRESS: usize = 1;
const S_KK: [usize; 4] = [8, 9, 10, 11];
const S_UK: [usize; 2] = [12, 13];
const S_BE: [usize; 2] = [14, 15];
const S_UZ: [usize; 3] = [16, 17, 18];
const S_AZ: [usize; 2] = [19, 20];
const S_HY: [usize; 3] = [21, 22, 23];
const S_KA: [usize; 3] = [24, 25, 26];
const S_HY_TO_RU: usize = 27;
const S_KA_TO_RU: usize = 28;
const S_KK_TO_RU: usize = 29;
const S_UZ_TO_RU: usize = 30;
const S_BE_TO_RU: usize = 31;
const S_UK_TO_RU: usize = 32;
const S_NATIVE_SCRIPT: usize = 33;
const N_TABLES: usize = 34;

fn all_tables() -> Vec<&'static Table> {
    vec![
        &RU_BGN,
        &RU_PRESS,
        &RU_ISO9,
        &RU_ALA,
        &RU_SCHOLARLY,
        &RU_GERMAN,
        &RU_FRENCH,
        &RU_PASSPORT,
        &KK_LATIN_2021,
        &KK_BGN,
        &KK_PRESS,
        &KK_PRESS_Q,
        &UK_NATIONAL,
        &UK_BGN,
        &BE_NATIONAL,
        &BE_BGN,
        &UZ_LATIN,
        &UZ_LATIN_APOS,
        &UZ_PRESS,
        &AZ_NATIVE,
        &AZ_ASCII,
        &HY_BGN,
        &HY_PRESS,
        &HY_SCHOLARLY,
        &KA_NATIONAL,
        &KA_PRESS,
        &KA_ISO,
        &HY_TO_RU,
        &KA_TO_RU,
        &KK_TO_RU,
        &UZ_TO_RU,
        &BE_TO_RU,
        &UK_TO_RU,
        &NATIVE_SCRIPT,
    ]
}

/// Weights of the Russian-based systems when a source picks its habit.
const RU_SYSTEM_WEIGHTS: [u32; RU_SYSTEMS] = [10, 30, 3, 2, 2, 6, 6, 8];

// ------------------------------------------------------------------ entities

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Nat {
    Ru,
    Kk,
    Uk,
    Be,
    Hy,
    Ka,
    Uz,
    Az,
}
const NATS: [Nat; 8] = [
    Nat::Ru,
    Nat::Kk,
    Nat::Uk,
    Nat::Be,
    Nat::Hy,
    Nat::Ka,
    Nat::Uz,
    Nat::Az,
];
const NAT_WEIGHTS: [u32; 8] = [22, 20, 14, 8, 9, 9, 10, 8];

impl Nat {
    fn index(self) -> usize {
        NATS.iter().position(|n| *n == self).unwrap()
    }
    fn native_systems(self) -> &'static [usize] {
        match self {
            Nat::Ru => &[],
            Nat::Kk => &S_KK,
            Nat::Uk => &S_UK,
            Nat::Be => &S_BE,
            Nat::Uz => &S_UZ,
            Nat::Az => &S_AZ,
            Nat::Hy => &S_HY,
            Nat::Ka => &S_KA,
        }
    }
    fn canonical_system(self) -> usize {
        match self {
            Nat::Uk => S_UK[0],
            Nat::Az => S_AZ[1],
            Nat::Hy => S_HY[1],
            Nat::Ka => S_KA[1],
            _ => S_RU_PRESS,
        }
    }
    fn to_ru(self) -> Option<usize> {
        match self {
            Nat::Kk => Some(S_KK_TO_RU),
            Nat::Uz => Some(S_UZ_TO_RU),
            Nat::Hy => Some(S_HY_TO_RU),
            Nat::Ka => Some(S_KA_TO_RU),
            Nat::Be => Some(S_BE_TO_RU),
            Nat::Uk => Some(S_UK_TO_RU),
            _ => None,
        }
    }
}

/// A name part: its native form and its Russian Cyrillic form (ids of interned strings).
#[derive(Clone, Copy, Debug)]
struct Part {
    native: u32,
    ru: u32,
    nat: Nat,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Person,
    Party,
    Place,
    Org,
    Work,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Party => "party",
            Kind::Place => "place",
            Kind::Org => "organisation",
            Kind::Work => "book",
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Person {
    female: bool,
    given: Part,
    given2: Option<Part>,
    patronymic: Option<Part>,
    surname: Part,
    /// Kazakh -uly/-kyzy form of the surname, used by some native spellings.
    alt_surname: Option<Part>,
    birth: i32,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum PlaceKind {
    City,
    Town,
    Village,
    Region,
    District,
    Lake,
    River,
}
const PLACE_KINDS: [PlaceKind; 7] = [
    PlaceKind::City,
    PlaceKind::Town,
    PlaceKind::Village,
    PlaceKind::Region,
    PlaceKind::District,
    PlaceKind::Lake,
    PlaceKind::River,
];
const PLACE_KIND_WEIGHTS: [u32; 7] = [40, 15, 10, 15, 10, 5, 5];

#[derive(Clone, Debug)]
struct OrgName {
    en: String,
    orig: Part,
    acr_en: Option<String>,
    acr_orig: Option<Part>,
}

#[derive(Clone, Debug)]
enum Data {
    Person(Person),
    Place {
        kind: PlaceKind,
        root: Part,
        old: Option<Part>,
    },
    Org {
        name: OrgName,
        old: Option<OrgName>,
    },
    Work {
        title: String,
        year: i32,
        authors: Vec<usize>,
        editors: Vec<usize>,
    },
}

#[derive(Clone, Debug)]
struct Entity {
    id: String,
    kind: Kind,
    canon: String,
    data: Data,
    /// Day from which the new name applies.
    renamed: Option<i32>,
    old_canon: Option<String>,
}

// ------------------------------------------------------------------ sources

#[derive(Clone, Copy, Debug)]
struct Source {
    reliability: f64,
    copies: Option<usize>,
    typo: f64,
    /// Preferred romanization system for each nationality.
    system: [usize; 8],
    person_form: usize,
    pct_decimals: u32,
    /// 0 means exact.
    sig_figs: u32,
    thousands: &'static str,
    decimal_comma: bool,
    event_style: usize,
    org_style: usize,
    string_values: f64,
    imperial: bool,
    hedge_rate: f64,
    weight: u32,
}

// ------------------------------------------------------------------ predicates

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Pred {
    Age,
    Born,
    PVoteShare,
    PVotes,
    NetWorth,
    VoteShare,
    VoteShareChange,
    Seats,
    Members,
    Founded,
    Leader,
    Population,
    PopChange,
    Area,
    Length,
    Turnout,
    Budget,
    Employees,
    Revenue,
    Attendance,
    Authors,
}

impl Pred {
    fn name(self) -> &'static str {
        match self {
            Pred::Age => "age",
            Pred::Born => "born",
            Pred::PVoteShare | Pred::VoteShare => "vote_share",
            Pred::PVotes => "votes",
            Pred::NetWorth => "net_worth",
            Pred::VoteShareChange => "vote_share_change",
            Pred::Seats => "seats",
            Pred::Members => "members",
            Pred::Founded => "founded",
            Pred::Leader => "leader",
            Pred::Population => "population",
            Pred::PopChange => "population_change",
            Pred::Area => "area",
            Pred::Length => "length",
            Pred::Turnout => "turnout",
            Pred::Budget => "budget",
            Pred::Employees => "employees",
            Pred::Revenue => "revenue",
            Pred::Attendance => "attendance",
            Pred::Authors => "authors",
        }
    }
    fn has_methods(self) -> bool {
        matches!(
            self,
            Pred::PVoteShare | Pred::VoteShare | Pred::Turnout | Pred::Attendance
        )
    }
}

#[derive(Clone, Copy, Debug, Default)]
struct Scope {
    event: Option<usize>,
    region: Option<usize>,
    as_of: Option<i32>,
    rally: Option<i32>,
}

#[derive(Clone, Debug)]
struct Event {
    year: i32,
    kind: usize,
    snap: bool,
    round: u8,
    day: i32,
}

const EVENT_KINDS: [&str; 4] = ["parliamentary", "presidential", "local", "referendum"];

impl Event {
    fn key(&self) -> String {
        let mut k = format!("{}-{}", self.year, EVENT_KINDS[self.kind]);
        if self.snap {
            k.push_str("-snap");
        }
        match self.round {
            1 => k.push_str("-r1"),
            2 => k.push_str("-r2"),
            _ => {}
        }
        k
    }
}

/// The value shape of a fact, in canonical units.
#[derive(Clone, Debug)]
enum Truth {
    Num(f64),
    Text(String),
    List(Vec<String>),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Currency {
    Usd,
    Kzt,
    Rub,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Shape {
    Percent,
    Count(&'static [&'static str]),
    Money(Currency),
    Area,
    Length,
    Signed(bool),
    Year,
    Date,
    Age,
    Text,
    List,
}

// ------------------------------------------------------------------ generator

struct Acc {
    key: String,
    entity: usize,
    pred: Pred,
    claims: u32,
    /// (source, error id (0 = correct), method side, empty)
    entries: Vec<(u16, u32, u8, bool)>,
    truth: String,
    lo: f64,
    hi: f64,
    time_varying: bool,
    split: Option<(f64, f64, &'static str, &'static str)>,
    extra: Option<String>,
}

pub struct Generator {
    cfg: Config,
    rng: Rng,
    strings: Vec<String>,
    string_ids: FastMap<String, u32>,
    compiled: Vec<Compiled>,
    /// Spellings by `string id * N_TABLES + system`.
    cache: Vec<Option<Rc<str>>>,
    /// Russian forms already made: (native string id, system) → Russian string id.
    ru_cache: FastMap<(u32, usize), u32>,
    entities: Vec<Entity>,
    persons: Vec<usize>,
    regions: Vec<usize>,
    places: Vec<usize>,
    sources: Vec<Source>,
    source_names: Vec<String>,
    source_cum: Vec<u64>,
    events: Vec<Event>,
    next_error: u32,
}

fn pick_weighted_list<'a>(rng: &mut Rng, items: &[(&'a str, u32)]) -> &'a str {
    let total: u32 = items.iter().map(|x| x.1).sum();
    let mut r = (rng.next() % total as u64) as u32;
    for (s, w) in items {
        if r < *w {
            return s;
        }
        r -= w;
    }
    items[items.len() - 1].0
}

impl Generator {
    pub fn new(cfg: Config) -> Self {
        let rng = Rng(mix(cfg.seed ^ 0x5eed_f00d) | 1);
        let compiled = all_tables().into_iter().map(compile).collect();
        let mut g = Generator {
            cfg,
            rng,
            strings: Vec::new(),
            string_ids: FastMap::default(),
            compiled,
            cache: Vec::new(),
            ru_cache: FastMap::default(),
            entities: Vec::new(),
            persons: Vec::new(),
            regions: Vec::new(),
            places: Vec::new(),
            sources: Vec::new(),
            source_names: Vec::new(),
            source_cum: Vec::new(),
            events: Vec::new(),
            next_error: 1,
        };
        g.make_events();
        g.make_entities();
        g.make_sources();
        g
    }

    fn intern(&mut self, s: &str) -> u32 {
        if let Some(id) = self.string_ids.get(s) {
            return *id;
        }
        let id = self.strings.len() as u32;
        self.strings.push(s.to_string());
        self.string_ids.insert(s.to_string(), id);
        id
    }

    fn convert(&self, sys: usize, s: &str) -> String {
        romanize_with(&self.compiled[sys], s)
    }

    /// A part from its native form; the Russian form by the nationality's letter map.
    fn part(&mut self, nat: Nat, native: &str) -> Part {
        let n = self.intern(native);
        let ru = match nat.to_ru() {
            Some(sys) => match self.ru_cache.get(&(n, sys)) {
                Some(r) => *r,
                None => {
                    let r = self.convert(sys, native);
                    let r = self.intern(&r);
                    self.ru_cache.insert((n, sys), r);
                    r
                }
            },
            None => n,
        };
        Part { native: n, ru, nat }
    }

    fn part2(&mut self, nat: Nat, native: &str, ru: &str) -> Part {
        Part {
            native: self.intern(native),
            ru: self.intern(ru),
            nat,
        }
    }

    /// A part spelt under a system (cached).
    fn spell(&mut self, p: Part, sys: usize) -> Rc<str> {
        let id = if sys < RU_SYSTEMS { p.ru } else { p.native };
        debug_assert!(
            sys < RU_SYSTEMS || sys == S_NATIVE_SCRIPT || p.nat.native_systems().contains(&sys)
        );
        let slot = id as usize * N_TABLES + sys;
        if slot >= self.cache.len() {
            self.cache.resize(slot + 1 + self.cache.len() / 2, None);
        }
        if let Some(s) = &self.cache[slot] {
            return s.clone();
        }
        let s: Rc<str> = romanize_with(&self.compiled[sys], &self.strings[id as usize]).into();
        self.cache[slot] = Some(s.clone());
        s
    }

    // -------------------------------------------------------------- events

    fn make_events(&mut self) {
        let mut events = Vec::new();
        for year in 1995..=2024 {
            for kind in 0..4 {
                let p = [0.30, 0.22, 0.25, 0.08][kind];
                if !self.rng.pct(p) {
                    continue;
                }
                let snap = kind < 2 && self.rng.pct(0.2);
                let month = self.rng.below(12) as u32 + 1;
                let day = days_from_civil(year, month, 1 + self.rng.below(27) as u32);
                if kind == 1 && self.rng.pct(0.3) {
                    events.push(Event {
                        year,
                        kind,
                        snap,
                        round: 1,
                        day,
                    });
                    events.push(Event {
                        year,
                        kind,
                        snap,
                        round: 2,
                        day: day + 14,
                    });
                } else {
                    events.push(Event {
                        year,
                        kind,
                        snap,
                        round: 0,
                        day,
                    });
                }
            }
        }
        self.events = events;
    }

    // -------------------------------------------------------------- people

    fn given_name(&mut self, nat: Nat, female: bool) -> Part {
        let r = &mut self.rng;
        match nat {
            Nat::Ru => {
                let n = *r.one(if female { RU_GIVEN_F } else { RU_GIVEN_M });
                self.part(nat, n)
            }
            Nat::Kk => {
                let n = *r.one(if female { KK_GIVEN_F } else { KK_GIVEN_M });
                self.part(nat, n)
            }
            Nat::Uz => {
                let n = *r.one(if female { UZ_GIVEN_F } else { UZ_GIVEN_M });
                self.part(nat, n)
            }
            Nat::Hy => {
                let n = *r.one(if female { HY_GIVEN_F } else { HY_GIVEN_M });
                self.part(nat, n)
            }
            Nat::Ka => {
                let n = *r.one(if female { KA_GIVEN_F } else { KA_GIVEN_M });
                self.part(nat, n)
            }
            Nat::Uk => {
                let (a, b) = *r.one(if female { UK_GIVEN_F } else { UK_GIVEN_M });
                self.part2(nat, a, b)
            }
            Nat::Be => {
                let (a, b) = *r.one(if female { BE_GIVEN_F } else { BE_GIVEN_M });
                self.part2(nat, a, b)
            }
            Nat::Az => {
                let (a, b) = *r.one(if female { AZ_GIVEN_F } else { AZ_GIVEN_M });
                self.part2(nat, a, b)
            }
        }
    }

    fn russian_patronymic(father: &str, female: bool) -> String {
        let f = father.replace('ё', "е");
        if let Some(stem) = f.strip_suffix("ий") {
            format!("{stem}{}", if female { "иевна" } else { "иевич" })
        } else if let Some(stem) = f.strip_suffix('й') {
            format!("{stem}{}", if female { "евна" } else { "евич" })
        } else if let Some(stem) = f.strip_suffix('ь') {
            format!("{stem}{}", if female { "евна" } else { "евич" })
        } else if let Some(stem) = f.strip_suffix('а').or_else(|| f.strip_suffix('я')) {
            format!("{stem}{}", if female { "ична" } else { "ич" })
        } else {
            format!("{f}{}", if female { "овна" } else { "ович" })
        }
    }

    fn patronymic(&mut self, nat: Nat, female: bool) -> Option<Part> {
        let father = self.given_name(nat, false);
        let fnat = self.strings[father.native as usize].clone();
        let fru = self.strings[father.ru as usize].clone();
        let ru = Self::russian_patronymic(&fru, female);
        match nat {
            Nat::Ru => Some(self.part2(nat, &ru, &ru)),
            Nat::Uk => {
                let stem = fnat
                    .strip_suffix('о')
                    .or_else(|| fnat.strip_suffix('ь'))
                    .unwrap_or(&fnat)
                    .to_string();
                let native = if let Some(s) = stem.strip_suffix('й') {
                    format!("{s}{}", if female { "ївна" } else { "йович" })
                } else {
                    format!("{stem}{}", if female { "івна" } else { "ович" })
                };
                Some(self.part2(nat, &native, &ru))
            }
            Nat::Be => {
                let native = if let Some(s) = fnat.strip_suffix('й') {
                    format!("{s}{}", if female { "еўна" } else { "евіч" })
                } else {
                    format!("{fnat}{}", if female { "аўна" } else { "авіч" })
                };
                Some(self.part2(nat, &native, &ru))
            }
            Nat::Kk => {
                let native = format!("{fnat}{}", if female { "қызы" } else { "ұлы" });
                Some(self.part2(nat, &native, &ru))
            }
            Nat::Uz => {
                let native = format!("{fnat}{}", if female { "овна" } else { "ович" });
                Some(self.part2(nat, &native, &ru))
            }
            Nat::Az => {
                let native = format!("{fnat} {}", if female { "qızı" } else { "oğlu" });
                let ru = format!("{fru} {}", if female { "кызы" } else { "оглы" });
                Some(self.part2(nat, &native, &ru))
            }
            Nat::Hy | Nat::Ka => None,
        }
    }

    /// A surname (and its Kazakh -uly form) for a nationality and gender.
    fn surname(&mut self, nat: Nat, female: bool) -> (Part, Option<Part>) {
        let r = &mut self.rng;
        match nat {
            Nat::Ru => {
                let class = r.weighted(&[50, 25, 15, 10]);
                let (root, m, f) = match class {
                    0 => (*r.one(RU_ROOTS_OV), "ов", "ова"),
                    1 => (*r.one(RU_ROOTS_EV), "ев", "ева"),
                    2 => (*r.one(RU_ROOTS_IN), "ин", "ина"),
                    _ => (*r.one(RU_ROOTS_SKY), "ский", "ская"),
                };
                let s = format!("{root}{}", if female { f } else { m });
                (self.part(nat, &s), None)
            }
            Nat::Kk => {
                let root = *r.one(KK_ROOTS);
                let bek = r.pct(0.1);
                let vowel_end = root.ends_with(['а', 'е', 'і', 'ы', 'и', 'о', 'ә', 'у']);
                let suffix = match (bek, vowel_end, female) {
                    (true, _, false) => "беков",
                    (true, _, true) => "бекова",
                    (false, true, false) => "ев",
                    (false, true, true) => "ева",
                    (false, false, false) => "ов",
                    (false, false, true) => "ова",
                };
                let s = format!("{root}{suffix}");
                let alt = format!("{root}{}", if female { "қызы" } else { "ұлы" });
                let p = self.part(nat, &s);
                let a = self.part(nat, &alt);
                (p, Some(a))
            }
            Nat::Uz => {
                let root = *r.one(UZ_ROOTS);
                let vowel_end = root.ends_with(['а', 'ё', 'о', 'у', 'и']);
                let suffix = match (vowel_end, female) {
                    (true, false) => "ев",
                    (true, true) => "ева",
                    (false, false) => "ов",
                    (false, true) => "ова",
                };
                let s = format!("{root}{suffix}");
                (self.part(nat, &s), None)
            }
            Nat::Uk => {
                let class = r.weighted(&[45, 30, 15, 10]);
                let s = match class {
                    0 => format!("{}енко", r.one(UK_ROOTS_ENKO)),
                    1 => format!("{}ук", r.one(UK_ROOTS_UK)),
                    2 => format!(
                        "{}{}",
                        r.one(UK_ROOTS_SKY),
                        if female { "ська" } else { "ський" }
                    ),
                    _ => format!(
                        "{}{}",
                        r.one(RU_ROOTS_OV),
                        if female { "ова" } else { "ов" }
                    ),
                };
                let ru = s
                    .replace("ський", "ский")
                    .replace("ська", "ская")
                    .replace(['і', 'ї'], "и")
                    .replace('є', "е");
                (self.part2(nat, &s, &ru), None)
            }
            Nat::Be => {
                let class = r.weighted(&[40, 30, 20, 10]);
                let s = match class {
                    0 => format!("{}энка", r.one(BE_ROOTS_ENKA)),
                    1 => format!("{}евіч", r.one(BE_ROOTS_EVICH)),
                    2 => format!(
                        "{}{}",
                        r.one(BE_ROOTS_SKY),
                        if female { "ская" } else { "скі" }
                    ),
                    _ => format!("{}ук", r.one(UK_ROOTS_UK)),
                };
                (self.part(nat, &s), None)
            }
            Nat::Hy => {
                let s = format!("{}յան", r.one(HY_ROOTS));
                (self.part(nat, &s), None)
            }
            Nat::Ka => {
                let s = format!("{}{}", r.one(KA_ROOTS), r.one(KA_SUFFIXES));
                (self.part(nat, &s), None)
            }
            Nat::Az => {
                let (a, b, class) = *r.one(AZ_ROOTS);
                let (sa, sb) = match (class, female) {
                    (0, false) => ("ov", "ов"),
                    (0, true) => ("ova", "ова"),
                    (1, false) => ("yev", "ев"),
                    (1, true) => ("yeva", "ева"),
                    (2, _) => ("li", "ли"),
                    _ => ("zadə", "заде"),
                };
                (
                    self.part2(nat, &format!("{a}{sa}"), &format!("{b}{sb}")),
                    None,
                )
            }
        }
    }

    /// The feminine (or masculine) form of a surname part, for relatives.
    fn other_gender(&mut self, p: Part, to_female: bool) -> Part {
        let native = self.strings[p.native as usize].clone();
        let ru = self.strings[p.ru as usize].clone();
        let swap = |s: &str| -> String {
            let pairs: &[(&str, &str)] = &[
                ("ский", "ская"),
                ("ський", "ська"),
                ("скі", "ская"),
                ("ов", "ова"),
                ("ев", "ева"),
                ("ёв", "ёва"),
                ("ин", "ина"),
                ("ұлы", "қызы"),
                ("ov", "ova"),
                ("yev", "yeva"),
            ];
            for (m, f) in pairs {
                if to_female {
                    if let Some(stem) = s.strip_suffix(m) {
                        return format!("{stem}{f}");
                    }
                } else if let Some(stem) = s.strip_suffix(f) {
                    return format!("{stem}{m}");
                }
            }
            s.to_string()
        };
        let n2 = swap(&native);
        let r2 = swap(&ru);
        self.part2(p.nat, &n2, &r2)
    }

    fn new_person(&mut self, nat: Nat, female: bool) -> Person {
        let given = self.given_name(nat, female);
        let given2 = if nat == Nat::Kk && !female && self.rng.pct(0.1) {
            Some(self.given_name(nat, false))
        } else {
            None
        };
        let patronymic = self.patronymic(nat, female);
        let (surname, alt_surname) = self.surname(nat, female);
        let birth =
            days_from_civil(1935 + self.rng.below(58) as i32, 1, 1) + self.rng.below(365) as i32;
        Person {
            female,
            given,
            given2,
            patronymic,
            surname,
            alt_surname,
            birth,
        }
    }

    fn person_canon(&mut self, p: &Person) -> String {
        let sys = p.given.nat.canonical_system();
        let mut given = self.spell(p.given, sys).to_string();
        if let Some(g2) = p.given2 {
            given = format!("{given}-{}", self.spell(g2, sys));
        }
        let surname = self.spell(p.surname, sys);
        format!("{given} {surname}")
    }

    fn push_entity(&mut self, kind: Kind, canon: String, data: Data) -> usize {
        let idx = self.entities.len();
        let prefix = match kind {
            Kind::Person => 'P',
            Kind::Party => 'Y',
            Kind::Place => 'L',
            Kind::Org => 'O',
            Kind::Work => 'W',
        };
        self.entities.push(Entity {
            id: format!("{prefix}{idx:06}"),
            kind,
            canon,
            data,
            renamed: None,
            old_canon: None,
        });
        if kind == Kind::Person {
            self.persons.push(idx);
        }
        idx
    }

    fn add_person(&mut self, p: Person) -> usize {
        let canon = self.person_canon(&p);
        self.push_entity(Kind::Person, canon, Data::Person(p))
    }

    fn make_person(&mut self) {
        let nat = NATS[self.rng.weighted(&NAT_WEIGHTS)];
        let female = self.rng.pct(0.5);
        let mut p = self.new_person(nat, female);
        // shared surnames (10%) and namesakes (2%) with an earlier person
        let roll = self.rng.unit();
        if roll < 0.12 && !self.persons.is_empty() {
            let other = self.persons[self.rng.below(self.persons.len())];
            if let Data::Person(q) = &self.entities[other].data
                && q.given.nat == nat
                && q.female == female
            {
                let q = *q;
                p.surname = q.surname;
                p.alt_surname = q.alt_surname;
                if roll < 0.02 && p.patronymic.is_some() {
                    p.given = q.given;
                    p.given2 = q.given2;
                    // a different patronymic keeps them apart
                    while p.patronymic.map(|x| x.native) == q.patronymic.map(|x| x.native) {
                        p.patronymic = self.patronymic(nat, female);
                    }
                } else {
                    let mut tries = 0;
                    while p.given.native == q.given.native && tries < 10 {
                        p.given = self.given_name(nat, female);
                        tries += 1;
                    }
                }
            }
        }
        let relative = !female && self.rng.pct(0.15);
        let surname = p.surname;
        let alt = p.alt_surname;
        let given_initial = self.strings[p.given.native as usize].chars().next();
        self.add_person(p);
        if relative && self.entities.len() < self.cfg.entities {
            let mut q = self.new_person(nat, true);
            q.surname = self.other_gender(surname, true);
            q.alt_surname = alt.map(|a| self.other_gender(a, true));
            if self.rng.pct(0.5) {
                // a given name with the same initial, when the list has one
                for _ in 0..20 {
                    let g = self.given_name(nat, true);
                    if self.strings[g.native as usize].chars().next() == given_initial {
                        q.given = g;
                        break;
                    }
                }
            }
            self.add_person(q);
        }
    }

    // -------------------------------------------------------------- places

    fn place_root(&mut self) -> (Nat, String) {
        let r = &mut self.rng;
        let nat = NATS[r.weighted(&[25, 35, 15, 0, 5, 6, 14, 0])];
        let s = match nat {
            Nat::Kk => format!("{}{}", r.one(KK_PLACE_PRE), r.one(KK_PLACE_BASE)),
            Nat::Ru => format!("{}{}", r.one(RU_PLACE_PRE), r.one(RU_PLACE_BASE)),
            Nat::Uk => format!("{}{}", r.one(UK_PLACE_PRE), r.one(UK_PLACE_BASE)),
            Nat::Uz => format!("{}{}", r.one(UZ_PLACE_PRE), r.one(UZ_PLACE_BASE)),
            Nat::Ka => format!("{}{}", r.one(KA_PLACE_PRE), r.one(KA_PLACE_BASE)),
            _ => format!("{}{}", r.one(HY_PLACE_PRE), r.one(HY_PLACE_BASE)),
        };
        (nat, s)
    }

    /// The same root with one letter changed (to another letter of the same root).
    fn one_letter_off(&mut self, s: &str) -> String {
        let chars: Vec<char> = s.chars().collect();
        let spots: Vec<usize> = (0..chars.len())
            .filter(|&i| chars[i].is_alphabetic())
            .collect();
        for _ in 0..10 {
            let i = spots[self.rng.below(spots.len())];
            let c = chars[spots[self.rng.below(spots.len())]];
            if c != chars[i] {
                let mut out = chars.clone();
                out[i] = c;
                return out.into_iter().collect();
            }
        }
        let mut out = s.to_string();
        out.push(chars[chars.len() - 1]);
        out
    }

    fn place_canon(&mut self, kind: PlaceKind, root: Part) -> String {
        let sys = root.nat.canonical_system();
        let r = self.spell(root, sys);
        match kind {
            PlaceKind::Region => format!("{r} Region"),
            PlaceKind::District => format!("{r} District"),
            PlaceKind::Lake => format!("Lake {r}"),
            PlaceKind::River => format!("{r} River"),
            _ => r.to_string(),
        }
    }

    fn make_place(&mut self) {
        let kind = PLACE_KINDS[self.rng.weighted(&PLACE_KIND_WEIGHTS)];
        let roll = self.rng.unit();
        let root = if roll < 0.03 && !self.persons.is_empty() {
            // named after a person's given name
            let p = self.persons[self.rng.below(self.persons.len())];
            match &self.entities[p].data {
                Data::Person(q) => q.given,
                _ => unreachable!(),
            }
        } else {
            let (nat, s) = self.place_root();
            self.part(nat, &s)
        };
        let canon = self.place_canon(kind, root);
        let idx = self.push_entity(
            Kind::Place,
            canon,
            Data::Place {
                kind,
                root,
                old: None,
            },
        );
        self.note_place(idx, kind);
        if self.rng.pct(0.03) {
            self.rename_place(idx);
        }
        // a region and its capital city often share a name (a different entity)
        if kind == PlaceKind::Region && self.rng.pct(0.3) && self.entities.len() < self.cfg.entities
        {
            let canon = self.place_canon(PlaceKind::City, root);
            let i2 = self.push_entity(
                Kind::Place,
                canon,
                Data::Place {
                    kind: PlaceKind::City,
                    root,
                    old: None,
                },
            );
            self.note_place(i2, PlaceKind::City);
        }
        // a near twin, one letter apart
        if self.rng.pct(0.10) && self.entities.len() < self.cfg.entities {
            let native = self.strings[root.native as usize].clone();
            let twin = self.one_letter_off(&native);
            let p = self.part(root.nat, &twin);
            let k2 = if self.rng.pct(0.5) {
                kind
            } else {
                PLACE_KINDS[self.rng.weighted(&PLACE_KIND_WEIGHTS)]
            };
            let canon = self.place_canon(k2, p);
            let i2 = self.push_entity(
                Kind::Place,
                canon,
                Data::Place {
                    kind: k2,
                    root: p,
                    old: None,
                },
            );
            self.note_place(i2, k2);
        }
    }

    fn note_place(&mut self, idx: usize, kind: PlaceKind) {
        self.places.push(idx);
        if kind == PlaceKind::Region {
            self.regions.push(idx);
        }
    }

    fn rename_place(&mut self, idx: usize) {
        let (nat, s) = self.place_root();
        let new_root = self.part(nat, &s);
        let year = 2006 + self.rng.below(17) as i32;
        let (kind, old_root) = match &self.entities[idx].data {
            Data::Place { kind, root, .. } => (*kind, *root),
            _ => unreachable!(),
        };
        let canon = self.place_canon(kind, new_root);
        let e = &mut self.entities[idx];
        e.old_canon = Some(std::mem::replace(&mut e.canon, canon));
        e.data = Data::Place {
            kind,
            root: new_root,
            old: Some(old_root),
        };
        e.renamed = Some(days_from_civil(year, 1 + (idx % 12) as u32, 1));
    }

    // -------------------------------------------------------------- parties, organisations

    fn acronym_en(en: &str) -> String {
        en.split([' ', '-'])
            .filter(|w| !w.is_empty() && !["of", "and", "the", "for", "on"].contains(w))
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase())
            .collect()
    }

    fn acronym_native(s: &str) -> String {
        s.split(' ')
            .filter(|w| !w.is_empty() && *w != "и")
            .filter_map(|w| w.chars().next())
            .collect()
    }

    fn party_name(&mut self) -> OrgName {
        let r = &mut self.rng;
        let (aen, am, af, an, akk) = *r.one(ORG_ADJ);
        let (nen, nru, gender, nkk) = *r.one(ORG_NOUN);
        let two = r.pct(0.3);
        let (a2en, a2m, a2f, a2n, a2kk) = *r.one(ORG_ADJ);
        let two = two && a2en != aen;
        let adj_ru = |m: &str, f: &str, n: &str| match gender {
            0 => m.to_string(),
            1 => f.to_string(),
            _ => n.to_string(),
        };
        let kazakh = r.pct(0.45);
        let party_suffix = nen != "Party" && r.pct(0.5);
        let mut en = if two {
            format!("{a2en} {aen} {nen}")
        } else {
            format!("{aen} {nen}")
        };
        if party_suffix {
            en.push_str(" Party");
        }
        let (nat, native) = if kazakh {
            let n = if two {
                format!("{a2kk} {akk} {nkk}")
            } else {
                format!("{akk} {nkk}")
            };
            (Nat::Kk, n)
        } else {
            let a = adj_ru(am, af, an);
            let n = if two {
                format!("{} {a} {nru}", adj_ru(a2m, a2f, a2n))
            } else {
                format!("{a} {nru}")
            };
            (Nat::Ru, n)
        };
        let acr_kind = self.rng.weighted(&[45, 25, 20, 10]);
        let orig = self.part(nat, &native);
        let acr_en = (acr_kind == 0 || acr_kind == 2).then(|| Self::acronym_en(&en));
        let acr_orig = if (acr_kind == 1 || acr_kind == 2) && nat == Nat::Ru {
            let a = Self::acronym_native(&native);
            Some(self.part(nat, &a))
        } else {
            None
        };
        OrgName {
            en,
            orig,
            acr_en: acr_en.filter(|a| a.chars().count() >= 2),
            acr_orig,
        }
    }

    fn org_name(&mut self) -> OrgName {
        let style = self.rng.weighted(&[30, 25, 20, 15, 10]);
        let (ten, tru, tkk, tgender) = *self.rng.one(ORG_TYPES);
        let (fen, fru, fkk) = *self.rng.one(ORG_FIELDS);
        let kazakh = self.rng.pct(0.35);
        let (en, nat, native) = match style {
            0 => {
                let en = if self.rng.pct(0.5) {
                    format!("{ten} of {fen}")
                } else {
                    format!("{fen} {ten}")
                };
                if kazakh {
                    (en, Nat::Kk, format!("{fkk} {tkk}"))
                } else {
                    (en, Nat::Ru, format!("{tru} {fru}"))
                }
            }
            1 | 4 if !self.places.is_empty() => {
                let pl = self.places[self.rng.below(self.places.len())];
                let root = match &self.entities[pl].data {
                    Data::Place { root, .. } => *root,
                    _ => unreachable!(),
                };
                let pen = self.spell(root, S_RU_PRESS);
                let pru = self.strings[root.ru as usize].clone();
                if style == 4 {
                    let (suffix_en, suffix_ru) = *self.rng.one(&[
                        ("gaz", "газ"),
                        ("neft", "нефть"),
                        ("mash", "маш"),
                        ("telecom", "телеком"),
                        ("stroy", "строй"),
                        ("energo", "энерго"),
                    ]);
                    let en = format!("{}{suffix_en}", pen.replace([' ', '-'], ""));
                    (
                        en,
                        Nat::Ru,
                        format!("{}{suffix_ru}", pru.replace([' ', '-'], "")),
                    )
                } else {
                    let en = if ten == "University" {
                        format!("{pen} State University")
                    } else {
                        format!("{ten} of {pen}")
                    };
                    (en, Nat::Ru, format!("{tru} {pru}"))
                }
            }
            2 if !self.persons.is_empty() => {
                let p = self.persons[self.rng.below(self.persons.len())];
                let surname = match &self.entities[p].data {
                    Data::Person(q) => q.surname,
                    _ => unreachable!(),
                };
                let sen = self.spell(surname, S_RU_PRESS);
                let sru = self.strings[surname.ru as usize].clone();
                (
                    format!("{sen} {ten}"),
                    Nat::Ru,
                    format!("{tru} имени {sru}"),
                )
            }
            _ => {
                let (aen, am, af, an, akk) = *self.rng.one(ORG_ADJ);
                let en = format!("{aen} {fen} {ten}");
                let adj = match tgender {
                    0 => am,
                    1 => af,
                    _ => an,
                };
                if kazakh {
                    (en, Nat::Kk, format!("{akk} {fkk} {tkk}"))
                } else {
                    (en, Nat::Ru, format!("{adj} {tru} {fru}"))
                }
            }
        };
        let orig = self.part(nat, &native);
        let acr_kind = self.rng.weighted(&[40, 20, 15, 25]);
        let acr_en = (acr_kind == 0 || acr_kind == 2).then(|| Self::acronym_en(&en));
        let acr_orig = if (acr_kind == 1 || acr_kind == 2) && nat == Nat::Ru {
            let a = Self::acronym_native(&native);
            Some(self.part(nat, &a))
        } else {
            None
        };
        OrgName {
            en,
            orig,
            acr_en: acr_en.filter(|a| a.chars().count() >= 2),
            acr_orig: acr_orig.filter(|_| native.contains(' ')),
        }
    }

    fn make_org(&mut self, party: bool) {
        let name = if party {
            self.party_name()
        } else {
            self.org_name()
        };
        let canon = name.en.clone();
        let kind = if party { Kind::Party } else { Kind::Org };
        let idx = self.push_entity(kind, canon, Data::Org { name, old: None });
        if self.rng.pct(0.12) {
            let new = if party {
                self.party_name()
            } else {
                self.org_name()
            };
            let year = 2006 + self.rng.below(17) as i32;
            let e = &mut self.entities[idx];
            let old = match &mut e.data {
                Data::Org { name, .. } => std::mem::replace(name, new.clone()),
                _ => unreachable!(),
            };
            e.old_canon = Some(std::mem::replace(&mut e.canon, new.en.clone()));
            e.data = Data::Org {
                name: new,
                old: Some(old),
            };
            e.renamed = Some(days_from_civil(year, 1 + self.rng.below(12) as u32, 1));
        }
    }

    fn make_work(&mut self) {
        if self.persons.len() < 10 {
            self.make_person();
            return;
        }
        let r = &mut self.rng;
        let title = match r.below(3) {
            0 => format!("{} {}", r.one(TITLE_WORDS_A), r.one(TITLE_WORDS_B)),
            1 => format!(
                "{} {}: {}",
                r.one(TITLE_WORDS_A),
                r.one(TITLE_WORDS_B),
                r.one(TITLE_KINDS)
            ),
            _ => format!("{} and {}", r.one(TITLE_WORDS_A), r.one(TITLE_WORDS_A)),
        };
        let year = 1995 + r.below(29) as i32;
        let title = format!("{title} ({year})");
        let n = 1 + r.weighted(&[35, 30, 20, 10, 5]);
        let ne = r.weighted(&[60, 30, 10]);
        let mut authors = Vec::new();
        for _ in 0..n + ne {
            let p = self.persons[self.rng.below(self.persons.len())];
            if !authors.contains(&p) {
                authors.push(p);
            }
        }
        let editors = authors.split_off(n.min(authors.len()));
        self.push_entity(
            Kind::Work,
            title.clone(),
            Data::Work {
                title,
                year,
                authors,
                editors,
            },
        );
    }

    fn make_entities(&mut self) {
        let n = self.cfg.entities.max(10);
        // a few people first, so that places, organisations and books can refer to them
        for _ in 0..20.min(n) {
            self.make_person();
        }
        while self.entities.len() < n {
            match self.rng.weighted(&[62, 22, 5, 9, 2]) {
                0 => self.make_person(),
                1 => self.make_place(),
                2 => self.make_org(true),
                3 => self.make_org(false),
                _ => self.make_work(),
            }
        }
        self.entities.truncate(n);
        self.persons.retain(|p| *p < n);
        self.places.retain(|p| *p < n);
        self.regions.retain(|p| *p < n);
    }

    // -------------------------------------------------------------- sources

    fn make_sources(&mut self) {
        let n = self.cfg.sources.max(2);
        let mut names = HashSet::new();
        for i in 0..n {
            let mut name = format!(
                "{} {}",
                self.rng.one(SOURCE_PLACES),
                self.rng.one(SOURCE_KINDS)
            );
            if !names.insert(name.clone()) {
                name = format!("{name} {}", i + 2);
                names.insert(name.clone());
            }
            let mut system = [S_RU_PRESS; 8];
            for (k, nat) in NATS.iter().enumerate() {
                system[k] = self.pick_system(*nat);
            }
            let seps: [(&'static str, u32); 6] = [
                (",", 55),
                (" ", 15),
                ("\u{a0}", 5),
                ("\u{202f}", 5),
                (".", 10),
                ("", 10),
            ];
            let sep = pick_weighted_list(&mut self.rng, &seps);
            self.source_names.push(name);
            let src = Source {
                reliability: ((0.60 + 0.38 * self.rng.unit().powf(0.3)) * 100.0).round() / 100.0,
                copies: None,
                typo: self.rng.range(0.003, 0.02),
                system,
                person_form: self.rng.weighted(&PERSON_FORM_WEIGHTS),
                pct_decimals: [0, 1, 2][self.rng.weighted(&[30, 55, 15])],
                sig_figs: [2, 3, 4, 0][self.rng.weighted(&[25, 35, 20, 20])],
                thousands: sep,
                decimal_comma: matches!(sep, "." | " " | "\u{a0}" | "\u{202f}")
                    && self.rng.pct(0.7),
                event_style: self.rng.below(8),
                org_style: self.rng.weighted(&ORG_FORM_WEIGHTS),
                string_values: self.rng.range(0.2, 0.8),
                imperial: self.rng.pct(0.1),
                hedge_rate: self.rng.range(0.05, 0.25),
                weight: 1 + (1000 / (i as u32 + 3)),
            };
            self.sources.push(src);
        }
        // the most-read sources tend to be the more reliable: reliabilities sorted by
        // weight, then a third of them swapped at random
        let mut rel: Vec<f64> = self.sources.iter().map(|s| s.reliability).collect();
        rel.sort_by(|a, b| b.total_cmp(a));
        for i in 0..n {
            if self.rng.pct(0.33) {
                let j = self.rng.below(n);
                rel.swap(i, j);
            }
        }
        for (s, r) in self.sources.iter_mut().zip(rel) {
            s.reliability = r;
        }
        // 15% copy another source
        for i in 0..n {
            if self.rng.pct(0.15) {
                let mut t = self.rng.below(n);
                for _ in 0..10 {
                    if t != i && self.sources[t].copies.is_none() {
                        break;
                    }
                    t = self.rng.below(n);
                }
                if t != i && self.sources[t].copies.is_none() {
                    self.sources[i].copies = Some(t);
                }
            }
        }
        let mut total = 0u64;
        for s in &self.sources {
            total += s.weight as u64;
            self.source_cum.push(total);
        }
    }

    fn pick_system(&mut self, nat: Nat) -> usize {
        let native = nat.native_systems();
        let via_russian = native.is_empty() || self.rng.pct(0.5);
        if via_russian {
            self.rng.weighted(&RU_SYSTEM_WEIGHTS)
        } else {
            native[self.rng.below(native.len())]
        }
    }

    fn pick_source(&mut self) -> usize {
        let total = *self.source_cum.last().unwrap();
        let r = self.rng.next() % total;
        self.source_cum.partition_point(|c| *c <= r)
    }
}

const PERSON_FORM_WEIGHTS: [u32; 12] = [40, 8, 10, 4, 5, 3, 5, 3, 4, 6, 2, 10];
const ORG_FORM_WEIGHTS: [u32; 8] = [40, 15, 10, 5, 3, 15, 7, 5];

// ------------------------------------------------------------------ writing names

const TYPO_NEIGHBOURS: &[(char, &str)] = &[
    ('a', "sqz"),
    ('e', "wrd"),
    ('i', "uok"),
    ('o', "ipl"),
    ('u', "yij"),
    ('n', "bm"),
    ('r', "et"),
    ('s', "adz"),
    ('t', "ry"),
    ('k', "jl"),
    ('v', "cb"),
    ('m', "n"),
    ('l', "k"),
    ('y', "tu"),
    ('h', "gj"),
    ('z', "sx"),
];

fn typo(rng: &mut Rng, s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let letters: Vec<usize> = (1..chars.len())
        .filter(|&i| chars[i].is_ascii_lowercase())
        .collect();
    if letters.is_empty() {
        return s.to_string();
    }
    let i = letters[rng.below(letters.len())];
    let mut out = chars.clone();
    match rng.below(4) {
        0 => {
            out.remove(i);
        }
        1 => out.insert(i, chars[i]),
        2 if i + 1 < chars.len() && chars[i + 1].is_ascii_lowercase() => out.swap(i, i + 1),
        _ => {
            let repl = TYPO_NEIGHBOURS
                .iter()
                .find(|(c, _)| *c == chars[i])
                .map(|(_, n)| {
                    let n: Vec<char> = n.chars().collect();
                    n[rng.below(n.len())]
                })
                .unwrap_or('e');
            out[i] = repl;
        }
    }
    out.into_iter().collect()
}

fn homoglyph(rng: &mut Rng, s: &str) -> String {
    let pairs = [('a', 'а'), ('o', 'о'), ('e', 'е'), ('c', 'с'), ('p', 'р')];
    let chars: Vec<char> = s.chars().collect();
    let spots: Vec<usize> = (0..chars.len())
        .filter(|&i| pairs.iter().any(|(l, _)| *l == chars[i]))
        .collect();
    if spots.is_empty() {
        return s.to_string();
    }
    let i = spots[rng.below(spots.len())];
    let mut out = chars;
    out[i] = pairs.iter().find(|(l, _)| *l == out[i]).unwrap().1;
    out.into_iter().collect()
}

fn initial_of(s: &str, long: bool) -> String {
    let mut chars = s.chars();
    let first: String = chars
        .next()
        .map(|c| {
            if ('\u{10d0}'..='\u{10ff}').contains(&c) {
                c.to_string()
            } else {
                c.to_uppercase().collect()
            }
        })
        .unwrap_or_default();
    if long {
        let rest: String = chars.take(1).collect();
        if ["h", "s", "c"].contains(&rest.as_str())
            && ["Z", "K", "S", "C"].contains(&first.as_str())
        {
            return format!("{first}{rest}.");
        }
    }
    format!("{first}.")
}

// ------------------------------------------------------------------ numbers

/// How many decimals a scaled figure needs (0, 1 or 2).
fn decimals_needed(x: f64) -> u32 {
    if (x - x.round()).abs() < 1e-6 {
        0
    } else if (x * 10.0 - (x * 10.0).round()).abs() < 1e-5 {
        1
    } else {
        2
    }
}

fn sig_step(v: f64, sig: u32) -> f64 {
    if v <= 0.0 || sig == 0 {
        return 1.0;
    }
    let mag = v.abs().log10().floor() as i32;
    10f64.powi(mag - sig as i32 + 1).max(1.0)
}

fn group_digits(int: &str, sep: &str) -> String {
    if sep.is_empty() || int.len() <= 4 {
        return int.to_string();
    }
    let mut out = String::new();
    let n = int.len();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// A non-negative number with `decimals` decimals, grouped and with the decimal mark.
fn fmt_num(v: f64, decimals: u32, sep: &str, comma: bool) -> String {
    let s = format!("{:.*}", decimals as usize, v.abs());
    let (int, frac) = match s.split_once('.') {
        Some((a, b)) => (a.to_string(), Some(b.to_string())),
        None => (s.clone(), None),
    };
    let mut out = group_digits(&int, sep);
    if let Some(f) = frac {
        out.push(if comma { ',' } else { '.' });
        out.push_str(&f);
    }
    out
}

/// A JSON number for a value shown with `decimals` decimals.
fn json_num(v: f64, decimals: u32) -> String {
    let s = format!("{:.*}", decimals as usize, v);
    if s == "-0" || s.starts_with("-0.") && s.trim_start_matches("-0.").chars().all(|c| c == '0') {
        return s.trim_start_matches('-').to_string();
    }
    s
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Hedge {
    None,
    About,
    Nearly,
    MoreThan,
}

/// Rounds `v` to `step` as the hedge requires; the hedge falls back to None when it
/// would not be true of `v`.
fn hedge_round(v: f64, step: f64, hedge: Hedge) -> (f64, Hedge) {
    let near = (v / step).round() * step;
    let eps = step * 1e-9;
    match hedge {
        Hedge::None | Hedge::About => (near, hedge),
        Hedge::Nearly => {
            let up = (v / step).ceil() * step;
            if up - v > eps {
                (up, hedge)
            } else {
                (near, Hedge::None)
            }
        }
        Hedge::MoreThan => {
            let down = (v / step).floor() * step;
            if v - down > eps && down > 0.0 {
                (down, hedge)
            } else {
                (near, Hedge::None)
            }
        }
    }
}

fn hedge_word(rng: &mut Rng, h: Hedge) -> &'static str {
    let words: &[&'static str] = match h {
        Hedge::None => return "",
        Hedge::About => &["about ", "around ", "some ", "roughly ", "approximately "],
        Hedge::Nearly => &["nearly ", "almost ", "just under ", "close to "],
        Hedge::MoreThan => &["more than ", "over ", "at least ", "upwards of "],
    };
    words[rng.below(words.len())]
}

/// A written value: the JSON text of `value` and the unit, if any.
struct Written {
    value: String,
    unit: Option<String>,
}

fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_json_str(&mut out, s);
    out
}

fn push_json_str(out: &mut String, s: &str) {
    out.push('"');
    if !s.bytes().any(|b| b == b'"' || b == b'\\' || b < 0x20) {
        out.push_str(s);
        out.push('"');
        return;
    }
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = std::fmt::Write::write_fmt(out, format_args!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn json_f64(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let r = (v * 10_000.0).round() / 10_000.0;
        format!("{r}")
    }
}

// ------------------------------------------------------------------ claim generation

struct Prior {
    source: usize,
    value: String,
    unit: Option<String>,
    erroneous: bool,
    error: u32,
    side: u8,
    day: i32,
}

impl Generator {
    fn pick_pred(&mut self, e: usize) -> Pred {
        let ent = &self.entities[e];
        let r = &mut self.rng;
        match (&ent.kind, &ent.data) {
            (Kind::Person, _) => [
                Pred::Age,
                Pred::Born,
                Pred::PVoteShare,
                Pred::PVotes,
                Pred::NetWorth,
            ][r.weighted(&[30, 12, 20, 15, 10])],
            (Kind::Party, _) => [
                Pred::VoteShare,
                Pred::VoteShareChange,
                Pred::Seats,
                Pred::Members,
                Pred::Founded,
                Pred::Leader,
            ][r.weighted(&[35, 10, 15, 15, 10, 15])],
            (Kind::Place, Data::Place { kind, .. }) => match kind {
                PlaceKind::Lake => Pred::Area,
                PlaceKind::River => Pred::Length,
                _ => [
                    Pred::Population,
                    Pred::PopChange,
                    Pred::Area,
                    Pred::Turnout,
                    Pred::Budget,
                ][r.weighted(&[40, 10, 15, 20, 15])],
            },
            (Kind::Org, _) => [
                Pred::Employees,
                Pred::Revenue,
                Pred::Founded,
                Pred::Attendance,
            ][r.weighted(&[30, 25, 20, 25])],
            _ => Pred::Authors,
        }
    }

    fn pick_event(&mut self, kinds: &[usize]) -> Option<usize> {
        for _ in 0..30 {
            let i = self.rng.below(self.events.len());
            if kinds.contains(&self.events[i].kind) && self.events[i].year >= 2004 {
                return Some(i);
            }
        }
        None
    }

    fn pick_scope(&mut self, pred: Pred) -> Scope {
        let mut s = Scope::default();
        let as_of = 2003 + self.rng.below(21) as i32;
        match pred {
            Pred::PVoteShare | Pred::PVotes => {
                s.event = self.pick_event(&[1]);
                if pred == Pred::PVotes && self.rng.pct(0.3) && !self.regions.is_empty() {
                    s.region = Some(self.regions[self.rng.below(self.regions.len())]);
                }
            }
            Pred::VoteShare | Pred::VoteShareChange | Pred::Seats => {
                s.event = self.pick_event(if pred == Pred::Seats { &[0] } else { &[0, 2] });
                if pred == Pred::VoteShare && self.rng.pct(0.3) && !self.regions.is_empty() {
                    s.region = Some(self.regions[self.rng.below(self.regions.len())]);
                }
            }
            Pred::Turnout => s.event = self.pick_event(&[0, 1, 2, 3]),
            Pred::Members => s.as_of = self.rng.pct(0.5).then_some(as_of),
            Pred::Population => s.as_of = self.rng.pct(0.7).then_some(as_of),
            Pred::Employees => s.as_of = self.rng.pct(0.6).then_some(as_of),
            Pred::Leader | Pred::NetWorth | Pred::PopChange | Pred::Budget | Pred::Revenue => {
                s.as_of = Some(as_of)
            }
            Pred::Attendance => {
                s.rally =
                    Some(FIRST_PUB + self.rng.below((LAST_PUB - FIRST_PUB - 30) as usize) as i32)
            }
            _ => {}
        }
        s
    }

    fn scope_key(&self, s: &Scope) -> String {
        let mut parts = Vec::new();
        if let Some(y) = s.as_of {
            parts.push(format!("as_of={y}"));
        }
        if let Some(e) = s.event {
            parts.push(format!("event={}", self.events[e].key()));
        }
        if let Some(d) = s.rally {
            parts.push(format!("rally={}", iso_date(d)));
        }
        if let Some(r) = s.region {
            parts.push(format!("region={}", self.entities[r].id));
        }
        parts.join(";")
    }

    fn shape(&self, e: usize, pred: Pred) -> Shape {
        match pred {
            Pred::Age => Shape::Age,
            Pred::Born => Shape::Date,
            Pred::PVoteShare | Pred::VoteShare | Pred::Turnout => Shape::Percent,
            Pred::PVotes => Shape::Count(&["votes", ""]),
            Pred::Seats => Shape::Count(&["seats", ""]),
            Pred::Members => Shape::Count(&["members", "people", ""]),
            Pred::Population => {
                Shape::Count(&["people", "residents", "inhabitants", "persons", ""])
            }
            Pred::Employees => Shape::Count(&["employees", "staff", "people", ""]),
            Pred::Attendance => Shape::Count(&["people", "protesters", "participants", ""]),
            Pred::NetWorth | Pred::Revenue => Shape::Money(Currency::Usd),
            Pred::Budget => {
                let nat = match &self.entities[e].data {
                    Data::Place { root, .. } => root.nat,
                    _ => Nat::Ru,
                };
                Shape::Money(match nat {
                    Nat::Kk => Currency::Kzt,
                    Nat::Ru => Currency::Rub,
                    _ => Currency::Usd,
                })
            }
            Pred::VoteShareChange => Shape::Signed(true),
            Pred::PopChange => Shape::Signed(false),
            Pred::Area => Shape::Area,
            Pred::Length => Shape::Length,
            Pred::Founded => Shape::Year,
            Pred::Leader => Shape::Text,
            Pred::Authors => Shape::List,
        }
    }

    /// The fact's base value and its method split, from a hash of the group key.
    fn base_value(
        &self,
        e: usize,
        pred: Pred,
        key: &str,
    ) -> (f64, Option<(f64, &'static str, &'static str)>, f64) {
        let mut r = seeded(hash_str(self.cfg.seed, key));
        let u = r.unit();
        let place_kind = match &self.entities[e].data {
            Data::Place { kind, .. } => Some(*kind),
            _ => None,
        };
        let growth = r.range(-0.015, 0.015);
        let v = match pred {
            Pred::PVoteShare => ((1.0 + 90.0 * u.powf(1.5)) * 100.0).round() / 100.0,
            Pred::VoteShare => ((0.3 + 75.0 * u.powf(2.5)) * 100.0).round() / 100.0,
            Pred::Turnout => ((25.0 + 65.0 * u) * 100.0).round() / 100.0,
            Pred::PVotes => (1000.0 + 5e6 * u.powi(3)).round(),
            Pred::Seats => (1.0 + 100.0 * u * u).round(),
            Pred::Members => (500.0 + 500_000.0 * u.powi(3)).round(),
            Pred::Employees => (20.0 + 200_000.0 * u.powi(4)).round(),
            Pred::Attendance => (200.0 + 50_000.0 * u.powi(3)).round(),
            Pred::Population => {
                let (lo, hi): (f64, f64) = match place_kind {
                    Some(PlaceKind::Region) => (200_000.0, 3_000_000.0),
                    Some(PlaceKind::City) => (5_000.0, 2_000_000.0),
                    Some(PlaceKind::Town) => (2_000.0, 50_000.0),
                    Some(PlaceKind::District) => (10_000.0, 200_000.0),
                    _ => (100.0, 3_000.0),
                };
                (lo * (hi / lo).powf(u)).round()
            }
            Pred::Area => {
                let (lo, hi): (f64, f64) = match place_kind {
                    Some(PlaceKind::Region) => (10_000.0, 300_000.0),
                    Some(PlaceKind::City) => (50.0, 1_000.0),
                    Some(PlaceKind::Town) => (10.0, 200.0),
                    Some(PlaceKind::District) => (500.0, 20_000.0),
                    Some(PlaceKind::Lake) => (5.0, 20_000.0),
                    _ => (1.0, 50.0),
                };
                let v: f64 = lo * (hi / lo).powf(u);
                (v * 10.0).round() / 10.0
            }
            Pred::Length => (20.0 * 200f64.powf(u)).round(),
            Pred::NetWorth => (1e6 * 10f64.powf(u * 3.5)).round(),
            Pred::Revenue => (1e5 * 10f64.powf(u * 5.0)).round(),
            Pred::Budget => match self.shape(e, pred) {
                Shape::Money(Currency::Kzt) => (1e9 * 10f64.powf(u * 3.0)).round(),
                Shape::Money(Currency::Rub) => (1e8 * 10f64.powf(u * 3.0)).round(),
                _ => (1e6 * 10f64.powf(u * 3.0)).round(),
            },
            Pred::VoteShareChange => {
                let m = 0.5 + 14.5 * u * u;
                let s = if r.pct(0.5) { -1.0 } else { 1.0 };
                (s * m * 100.0).round() / 100.0
            }
            Pred::PopChange => {
                let m = 0.5 + 2.5 * u;
                let s = if r.pct(0.5) { -1.0 } else { 1.0 };
                (s * m * 100.0).round() / 100.0
            }
            Pred::Founded => {
                if self.entities[e].kind == Kind::Party {
                    1991.0 + (u * 30.0).floor()
                } else {
                    1920.0 + (u * 95.0).floor()
                }
            }
            _ => u,
        };
        let split = match pred {
            Pred::PVoteShare | Pred::VoteShare | Pred::Turnout if r.pct(0.5) => {
                let off = r.range(2.0, 5.0);
                let ep = if v + off <= 99.0 && (r.pct(0.5) || v - off < 0.5) {
                    v + off
                } else {
                    (v - off).max(0.1)
                };
                Some(((ep * 100.0).round() / 100.0, "official", "exit poll"))
            }
            Pred::Attendance => Some((
                (v * r.range(1.8, 3.5)).round(),
                "police estimate",
                "organisers' estimate",
            )),
            _ => None,
        };
        (v, split, growth)
    }

    fn time_value(base: f64, growth: f64, pred: Pred, scope: &Scope, day: i32) -> f64 {
        let at = match scope.as_of {
            Some(y) => days_from_civil(y, 7, 1),
            None => day,
        };
        match pred {
            Pred::Members | Pred::Population | Pred::Employees => {
                (base * (1.0 + growth).powf(years_between(days_from_civil(2015, 1, 1), at))).round()
            }
            _ => base,
        }
    }

    fn pub_date(&mut self, scope: &Scope, pred: Pred, e: usize, method_exit: bool) -> i32 {
        let d = if let Some(ev) = scope.event {
            let day = self.events[ev].day;
            if method_exit {
                day + self.rng.below(2) as i32
            } else {
                day + 1 + self.rng.below(400) as i32
            }
        } else if let Some(r) = scope.rally {
            r + self.rng.below(30) as i32
        } else if let Some(y) = scope.as_of {
            days_from_civil(y + 1, 1, 1) + self.rng.below(800) as i32
        } else {
            FIRST_PUB + self.rng.below((LAST_PUB - FIRST_PUB) as usize) as i32
        };
        let mut d = d.clamp(FIRST_PUB, LAST_PUB);
        if let Data::Work { year, .. } = &self.entities[e].data {
            d = d.max(days_from_civil(*year, 6, 1) + self.rng.below(365) as i32);
        }
        if pred == Pred::Age
            && let Data::Person(p) = &self.entities[e].data
        {
            d = d.max(p.birth + 365 * 20);
        }
        d.min(LAST_PUB)
    }

    // -------------------------------------------------------------- mentions

    fn person_mention(&mut self, p: &Person, src: usize) -> String {
        let nat = p.given.nat;
        let (pref_sys, pref_form) = (
            self.sources[src].system[nat.index()],
            self.sources[src].person_form,
        );
        let sys = if self.rng.pct(0.02) {
            S_NATIVE_SCRIPT
        } else if self.rng.pct(0.7) {
            pref_sys
        } else {
            self.pick_system(nat)
        };
        let form = if self.rng.pct(0.5) {
            pref_form
        } else {
            self.rng.weighted(&PERSON_FORM_WEIGHTS)
        };
        let mut given = self.spell(p.given, sys).to_string();
        if let Some(g2) = p.given2 {
            let second = self.spell(g2, sys);
            given = match self.rng.weighted(&[60, 25, 15]) {
                0 => format!("{given}-{second}"),
                1 => format!("{given} {second}"),
                _ => format!("{given}{}", second.to_lowercase()),
            };
        }
        let surname_part = match p.alt_surname {
            Some(a) if sys >= RU_SYSTEMS && self.rng.pct(0.2) => a,
            _ => p.surname,
        };
        let surname = self.spell(surname_part, sys);
        let patr = match (form, p.patronymic) {
            (1 | 3, Some(x)) => Some(self.spell(x, sys)),
            _ => None,
        };
        let long = self.rng.pct(0.5);
        let gi = || initial_of(&given, long);
        let mut out = match form {
            0 | 11 => format!("{given} {surname}"),
            1 => match &patr {
                Some(pt) => format!("{given} {pt} {surname}"),
                None => format!("{given} {surname}"),
            },
            2 => format!("{} {surname}", gi()),
            3 => match &patr {
                Some(pt) => format!("{} {} {surname}", gi(), initial_of(pt, false)),
                None => format!("{} {surname}", gi()),
            },
            4 => format!("{surname} {given}"),
            5 => format!("{} {given}", surname.to_uppercase()),
            6 => format!("{surname}, {given}"),
            7 => format!("{surname} {}", gi()),
            8 => surname.to_string(),
            9 => {
                let title = if self.rng.pct(0.5) {
                    *self.rng.one(if p.female {
                        &["Ms", "Mrs", "Dr"]
                    } else {
                        &["Mr", "Dr", "Mr."]
                    })
                } else {
                    *self
                        .rng
                        .one(&["President", "Minister", "Akim", "Deputy", "MP", "Governor"])
                };
                if self.rng.pct(0.5) {
                    format!("{title} {surname}")
                } else {
                    format!("{title} {given} {surname}")
                }
            }
            _ => {
                if self.rng.pct(0.5) {
                    format!("{given} {surname}").to_uppercase()
                } else {
                    format!("{given} {surname}").to_lowercase()
                }
            }
        };
        let typo_rate = self.sources[src].typo;
        if self.rng.pct(typo_rate) {
            out = typo(&mut self.rng, &out);
        }
        if self.rng.pct(0.001) {
            out = homoglyph(&mut self.rng, &out);
        }
        out
    }

    fn org_spelling(&mut self, n: &OrgName, src: usize) -> String {
        let nat = n.orig.nat;
        let pref = self.sources[src].system[nat.index()];
        let sys = if self.rng.pct(0.7) {
            pref
        } else {
            self.pick_system(nat)
        };
        let orig = self.spell(n.orig, sys);
        let acr = match (&n.acr_en, n.acr_orig) {
            (Some(a), Some(o)) => {
                if self.rng.pct(0.5) {
                    Some(a.clone())
                } else {
                    Some(self.spell(o, S_RU_PRESS).to_uppercase())
                }
            }
            (Some(a), None) => Some(a.clone()),
            (None, Some(o)) => Some(self.spell(o, S_RU_PRESS).to_uppercase()),
            (None, None) => None,
        };
        let form = if self.rng.pct(0.5) {
            self.sources[src].org_style
        } else {
            self.rng.weighted(&ORG_FORM_WEIGHTS)
        };
        let en = &n.en;
        match (form, &acr) {
            (1, _) => orig.to_string(),
            (2, _) => format!("{en} ({orig})"),
            (3, _) => format!("{orig} ({en})"),
            (4, _) => format!("{en}, also known as {orig}"),
            (5, Some(a)) => {
                if self.rng.pct(0.15) {
                    a.chars().flat_map(|c| [c, '.']).collect()
                } else {
                    a.clone()
                }
            }
            (6, Some(a)) => format!("{en} ({a})"),
            (7, _) => {
                if self.rng.pct(0.5) {
                    format!("the {en}")
                } else {
                    en.split(' ')
                        .map(|w| {
                            if [
                                "Party",
                                "Union",
                                "Movement",
                                "Alliance",
                                "Front",
                                "Foundation",
                                "Committee",
                                "Agency",
                                "Bank",
                                "University",
                                "Commission",
                                "Company",
                                "Institute",
                                "Association",
                                "Congress",
                            ]
                            .contains(&w)
                            {
                                w.to_lowercase()
                            } else {
                                w.to_string()
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                }
            }
            _ => en.clone(),
        }
    }

    fn place_spelling(&mut self, kind: PlaceKind, root: Part, src: usize) -> String {
        let nat = root.nat;
        let sys = if self.rng.pct(0.7) {
            self.sources[src].system[nat.index()]
        } else {
            self.pick_system(nat)
        };
        let r = self.spell(root, sys);
        let templates: &[(&str, u32)] = match kind {
            PlaceKind::Region => &[
                ("{} Region", 30),
                ("{} region", 15),
                ("{} Oblast", 20),
                ("{} oblast", 10),
                ("{} Province", 8),
                ("{} oblysy", 5),
                ("the {} region", 7),
                ("{}", 5),
            ],
            PlaceKind::District => &[
                ("{} District", 40),
                ("{} district", 15),
                ("{} Raion", 15),
                ("{} rayon", 10),
                ("{} audany", 5),
                ("{}", 15),
            ],
            PlaceKind::Lake => &[
                ("Lake {}", 50),
                ("{} Lake", 20),
                ("ozero {}", 10),
                ("{} köli", 5),
                ("{}", 15),
            ],
            PlaceKind::River => &[
                ("{} River", 50),
                ("River {}", 20),
                ("the {}", 15),
                ("{}", 15),
            ],
            PlaceKind::City => &[
                ("{}", 75),
                ("{} city", 10),
                ("City of {}", 10),
                ("g. {}", 5),
            ],
            _ => &[("{}", 85), ("{} village", 10), ("the town of {}", 5)],
        };
        let t = pick_weighted_list(&mut self.rng, templates);
        let mut out = t.replace("{}", &r);
        let typo_rate = self.sources[src].typo;
        if self.rng.pct(typo_rate) {
            out = typo(&mut self.rng, &out);
        }
        out
    }

    /// The subject as the source writes it at `day`; also the `formerly` qualifier.
    fn mention(&mut self, e: usize, src: usize, day: i32) -> (String, Option<String>) {
        let renamed_on = self.entities[e].renamed;
        let before = renamed_on.is_some_and(|r| day < r);
        let renamed = renamed_on.is_some() && !before;
        if let Data::Person(p) = &self.entities[e].data {
            let p = *p;
            return (self.person_mention(&p, src), None);
        }
        if let Data::Place { kind, root, old } = &self.entities[e].data {
            let (kind, root, old) = (*kind, *root, *old);
            return if before {
                (self.place_spelling(kind, old.unwrap(), src), None)
            } else if renamed {
                self.renamed_mention(
                    |g, s| g.place_spelling(kind, root, s),
                    |g, s| g.place_spelling(kind, old.unwrap(), s),
                    src,
                )
            } else {
                (self.place_spelling(kind, root, src), None)
            };
        }
        let data = self.entities[e].data.clone();
        match &data {
            Data::Person(_) | Data::Place { .. } => unreachable!(),
            Data::Work { title, .. } => {
                let t = match self.rng.weighted(&[70, 10, 10, 10]) {
                    0 => title.clone(),
                    1 => title.split(" (").next().unwrap_or(title).to_string(),
                    2 => title.to_uppercase(),
                    _ => title.split(':').next().unwrap_or(title).to_string(),
                };
                (t, None)
            }
            Data::Org { name, old } => {
                if before {
                    (self.org_spelling(old.as_ref().unwrap(), src), None)
                } else if renamed {
                    let (n, o) = (name.clone(), old.clone().unwrap());
                    self.renamed_mention(
                        |g, s| g.org_spelling(&n, s),
                        |g, s| g.org_spelling(&o, s),
                        src,
                    )
                } else {
                    (self.org_spelling(name, src), None)
                }
            }
        }
    }

    fn renamed_mention(
        &mut self,
        mut new: impl FnMut(&mut Self, usize) -> String,
        mut old: impl FnMut(&mut Self, usize) -> String,
        src: usize,
    ) -> (String, Option<String>) {
        let subject = match self.rng.weighted(&[70, 20, 10]) {
            0 => new(self, src),
            1 => old(self, src),
            _ => {
                let a = new(self, src);
                let b = old(self, src);
                format!("{a} (formerly {b})")
            }
        };
        let formerly = self.rng.pct(0.3).then(|| old(self, src));
        (subject, formerly)
    }

    // -------------------------------------------------------------- qualifiers

    fn event_text(&mut self, ev: usize, src: usize) -> String {
        let e = self.events[ev].clone();
        let style = if self.rng.pct(0.7) {
            self.sources[src].event_style
        } else {
            self.rng.below(8)
        };
        let y = e.year;
        let month = MONTHS[(civil_from_days(e.day).1 - 1) as usize];
        if e.kind == 3 {
            return match style % 4 {
                0 => format!("{y} constitutional referendum"),
                1 => format!("referendum of {y}"),
                2 => format!("{month} {y} referendum"),
                _ => format!("Referendum ({y})"),
            };
        }
        let kind = match e.kind {
            0 => *self
                .rng
                .one(&["parliamentary", "parliamentary", "legislative"]),
            1 => "presidential",
            _ => *self.rng.one(&["local", "municipal"]),
        };
        let cap = |s: &str| -> String {
            let mut c = s.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect(),
                None => String::new(),
            }
        };
        let base = if e.snap {
            match style % 4 {
                0 => format!("snap {kind} election, {month} {y}"),
                1 => format!("{month} {y} early {kind} election"),
                2 => format!("early {kind} elections ({y})"),
                _ => format!("{y} snap {kind} election"),
            }
        } else {
            match style {
                0 => format!("{y} {kind} elections"),
                1 => format!("{kind} election {y}"),
                2 => format!("{} Election ({y})", cap(kind)),
                3 => format!("the {y} {kind} election"),
                4 => format!("{y} {kind} vote"),
                5 => format!("{month} {y} {kind} election"),
                6 => format!("{kind} polls {y}"),
                _ => format!("{y} {kind} election"),
            }
        };
        match e.round {
            1 => match self.rng.below(3) {
                0 => format!("{base}, first round"),
                1 => format!("first round of the {base}"),
                _ => format!("{base} (round 1)"),
            },
            2 => match self.rng.below(4) {
                0 => format!("run-off of the {base}"),
                1 => format!("{base}, second round"),
                2 => format!("{base} runoff"),
                _ => format!("second round ({y} {kind})"),
            },
            _ => base,
        }
    }

    fn rally_text(&mut self, day: i32) -> String {
        let (y, m, d) = civil_from_days(day);
        let month = MONTHS[(m - 1) as usize];
        match self.rng.below(5) {
            0 => format!("rally of {d} {month} {y}"),
            1 => format!("{d} {month} {y} protest"),
            2 => format!("{y:04}-{m:02}-{d:02} rally"),
            3 => format!("protest on {d:02}.{m:02}.{y}"),
            _ => format!("{month} {d}, {y} demonstration"),
        }
    }

    fn as_of_text(&mut self, y: i32, pred: Pred) -> String {
        let money = matches!(pred, Pred::Revenue | Pred::Budget | Pred::NetWorth);
        match self.rng.weighted(&[35, 25, 10, 10, 10, 10]) {
            0 => format!("{y}"),
            1 => format!("as of {y}"),
            2 if pred == Pred::Population => format!("{y} census"),
            3 => format!("{y} estimate"),
            4 if money => format!("FY{y}"),
            5 => format!("1 January {y}"),
            _ => format!("end of {y}"),
        }
    }

    fn method_text(&mut self, m: &str) -> String {
        let options: &[&str] = match m {
            "official" => &["official", "official results", "CEC", "final"],
            "preliminary" => &["preliminary", "preliminary results", "provisional"],
            "exit poll" => &["exit poll", "exit-poll", "exit polls"],
            "police estimate" => &["police estimate", "police", "according to police"],
            _ => &["organisers' estimate", "organizers", "organisers"],
        };
        self.rng.one(options).to_string()
    }

    // -------------------------------------------------------------- values

    fn count_text(&mut self, v: f64, src: usize, hedge: Hedge, unit: &str) -> Written {
        let s = self.sources[src];
        let sig = if s.sig_figs == 0 { 12 } else { s.sig_figs };
        let step = sig_step(v, sig);
        if hedge == Hedge::About && (2..=3).contains(&s.sig_figs) && v >= 100.0 && self.rng.pct(0.3)
        {
            // a range one rounding step wide that holds the value
            let lo = (v / step).floor() * step;
            let (a, b) = (
                fmt_num(lo, 0, s.thousands, s.decimal_comma),
                fmt_num(lo + step, 0, s.thousands, s.decimal_comma),
            );
            let text = match self.rng.below(3) {
                0 => format!("{a}–{b}"),
                1 => format!("{a} to {b}"),
                _ => format!("between {a} and {b}"),
            };
            let text = if unit.is_empty() {
                text
            } else {
                format!("{text} {unit}")
            };
            return Written {
                value: json_str(&text),
                unit: None,
            };
        }
        let (shown, hedge) = hedge_round(v, step, hedge);
        let hw = hedge_word(&mut self.rng, hedge).to_string();
        let as_string = hedge != Hedge::None || self.rng.pct(s.string_values);
        let unit_word = if unit.is_empty() {
            None
        } else {
            Some(unit.to_string())
        };
        if !as_string {
            return Written {
                value: json_f64(shown),
                unit: if self.rng.pct(0.8) { unit_word } else { None },
            };
        }
        let body = if shown >= 1e6 && self.rng.pct(0.6) {
            let (div, words): (f64, &[&str]) = if shown >= 1e9 {
                (1e9, &[" billion", "bn", " bn"])
            } else {
                (1e6, &[" million", "m", " mln"])
            };
            let x = shown / div;
            let dec = decimals_needed(x);
            format!(
                "{}{}",
                fmt_num(x, dec, "", s.decimal_comma),
                self.rng.one(words)
            )
        } else {
            fmt_num(shown, 0, s.thousands, s.decimal_comma)
        };
        let text = match &unit_word {
            Some(u) if self.rng.pct(0.6) => format!("{hw}{body} {u}"),
            _ => format!("{hw}{body}"),
        };
        Written {
            value: json_str(&text),
            unit: None,
        }
    }

    fn write_value(&mut self, shape: Shape, v: f64, src: usize, hedge_ok: bool) -> Written {
        let s = self.sources[src];
        let hedged = hedge_ok && self.rng.pct(s.hedge_rate);
        match shape {
            Shape::Percent => {
                let d = s.pct_decimals;
                let step = 10f64.powi(-(d as i32));
                if d == 0 && hedge_ok && !hedged && self.rng.pct(0.1) {
                    // a range one rounding step wide that holds the value
                    let lo = (v / step).floor() * step;
                    let (a, b) = (
                        fmt_num(lo, d, "", s.decimal_comma),
                        fmt_num(lo + step, d, "", s.decimal_comma),
                    );
                    let text = match self.rng.below(3) {
                        0 => format!("{a}–{b}%"),
                        1 => format!("{a}-{b}%"),
                        _ => format!("between {a} and {b} per cent"),
                    };
                    return Written {
                        value: json_str(&text),
                        unit: None,
                    };
                }
                let h = if hedged {
                    if self.rng.pct(0.5) {
                        Hedge::About
                    } else {
                        Hedge::Nearly
                    }
                } else {
                    Hedge::None
                };
                let (shown, h) = hedge_round(v, step, h);
                let num = fmt_num(shown, d, "", s.decimal_comma);
                if h == Hedge::None && !self.rng.pct(s.string_values) {
                    let unit = self.rng.pct(0.85).then(|| "%".to_string());
                    return Written {
                        value: json_num(shown, d),
                        unit,
                    };
                }
                let hw = hedge_word(&mut self.rng, h);
                let text = match self.rng.weighted(&[55, 15, 15, 15]) {
                    0 => format!("{hw}{num}%"),
                    1 => format!("{hw}{num} per cent"),
                    2 => format!("{hw}{num} percent"),
                    _ => format!("{hw}{num} %"),
                };
                Written {
                    value: json_str(&text),
                    unit: None,
                }
            }
            Shape::Count(units) => {
                let h = if hedged {
                    [Hedge::About, Hedge::Nearly, Hedge::MoreThan][self.rng.weighted(&[45, 20, 35])]
                } else {
                    Hedge::None
                };
                let unit = *self.rng.one(units);
                self.count_text(v, src, h, unit)
            }
            Shape::Money(cur) => self.money_text(v, cur, src, hedged),
            Shape::Area | Shape::Length => {
                let units: &[(&str, f64, u32)] = if shape == Shape::Area {
                    if s.imperial {
                        &[
                            ("sq mi", 0.386_102, 40),
                            ("square miles", 0.386_102, 30),
                            ("acres", 247.105, 20),
                            ("km²", 1.0, 10),
                        ]
                    } else {
                        &[
                            ("km²", 1.0, 30),
                            ("km2", 1.0, 10),
                            ("sq km", 1.0, 15),
                            ("square kilometres", 1.0, 10),
                            ("sq mi", 0.386_102, 10),
                            ("square miles", 0.386_102, 5),
                            ("ha", 100.0, 10),
                            ("hectares", 100.0, 5),
                            ("acres", 247.105, 5),
                        ]
                    }
                } else if s.imperial {
                    &[("miles", 0.621_371, 70), ("mi", 0.621_371, 30)]
                } else {
                    &[
                        ("km", 1.0, 70),
                        ("kilometres", 1.0, 20),
                        ("miles", 0.621_371, 10),
                    ]
                };
                let w: Vec<u32> = units.iter().map(|u| u.2).collect();
                let (unit, factor, _) = units[self.rng.weighted(&w)];
                let x = v * factor;
                let sig = if s.sig_figs == 0 { 4 } else { s.sig_figs };
                let step = if x < 10.0 { 0.1 } else { sig_step(x, sig) };
                let h = if hedged { Hedge::About } else { Hedge::None };
                let (shown, h) = hedge_round(x, step, h);
                let dec = if step < 1.0 { 1 } else { 0 };
                if h == Hedge::None && !self.rng.pct(s.string_values) {
                    return Written {
                        value: json_num(shown, dec),
                        unit: Some(unit.to_string()),
                    };
                }
                let hw = hedge_word(&mut self.rng, h);
                Written {
                    value: json_str(&format!(
                        "{hw}{} {unit}",
                        fmt_num(shown, dec, s.thousands, s.decimal_comma)
                    )),
                    unit: None,
                }
            }
            Shape::Signed(points) => {
                let d = if s.pct_decimals == 0 && self.rng.pct(0.5) {
                    0
                } else {
                    1
                };
                let step = 10f64.powi(-(d as i32));
                let shown = (v / step).round() * step;
                let mag = fmt_num(shown.abs(), d, "", s.decimal_comma);
                let unit = if points {
                    *self.rng.one(&["pp", "points", "percentage points"])
                } else {
                    "%"
                };
                let neg = shown < 0.0;
                let form = self.rng.weighted(&[30, 15, 15, 10, 30]);
                let text = match form {
                    0 => {
                        return Written {
                            value: json_num(shown, d),
                            unit: Some(unit.to_string()),
                        };
                    }
                    1 => {
                        let sign = if neg { "\u{2212}" } else { "+" };
                        format!(
                            "{sign}{mag}{}",
                            if unit == "%" {
                                "%".to_string()
                            } else {
                                format!(" {unit}")
                            }
                        )
                    }
                    2 => {
                        let sign = if neg { "-" } else { "+" };
                        format!(
                            "{sign}{mag}{}",
                            if unit == "%" {
                                "%".to_string()
                            } else {
                                format!(" {unit}")
                            }
                        )
                    }
                    3 => {
                        let sign = if neg { "minus " } else { "plus " };
                        format!(
                            "{sign}{mag}{}",
                            if unit == "%" {
                                " per cent".to_string()
                            } else {
                                format!(" {unit}")
                            }
                        )
                    }
                    _ => {
                        let verb = if neg {
                            *self.rng.one(&["down", "fell", "fell by", "dropped"])
                        } else {
                            *self.rng.one(&["up", "rose", "rose by", "gained"])
                        };
                        format!(
                            "{verb} {mag}{}",
                            if unit == "%" {
                                "%".to_string()
                            } else {
                                format!(" {unit}")
                            }
                        )
                    }
                };
                Written {
                    value: json_str(&text),
                    unit: None,
                }
            }
            Shape::Year => {
                let y = v.round() as i64;
                let text = match self.rng.weighted(&[40, 40, 20]) {
                    0 => {
                        return Written {
                            value: format!("{y}"),
                            unit: None,
                        };
                    }
                    1 => format!("{y}"),
                    _ => format!("in {y}"),
                };
                Written {
                    value: json_str(&text),
                    unit: None,
                }
            }
            Shape::Date => {
                let day = v as i32;
                let (y, m, d) = civil_from_days(day);
                let month = MONTHS[(m - 1) as usize];
                let text = match self.rng.weighted(&[25, 15, 20, 15, 10, 15]) {
                    0 => format!("{y}"),
                    1 => format!("{month} {y}"),
                    2 => format!("{d} {month} {y}"),
                    3 => iso_date(day),
                    4 => format!("{month} {d}, {y}"),
                    _ => format!("{d:02}.{m:02}.{y}"),
                };
                Written {
                    value: json_str(&text),
                    unit: None,
                }
            }
            Shape::Age => {
                let a = v.round() as i64;
                let text = match self.rng.weighted(&[40, 20, 10, 10, 10, 10]) {
                    0 => {
                        return Written {
                            value: format!("{a}"),
                            unit: if self.rng.pct(0.3) {
                                Some("years".into())
                            } else {
                                None
                            },
                        };
                    }
                    1 => format!("{a}"),
                    2 => format!("{a} years"),
                    3 => format!("aged {a}"),
                    4 => format!("{a}-year-old"),
                    _ => format!("{a} years old"),
                };
                Written {
                    value: json_str(&text),
                    unit: None,
                }
            }
            Shape::Text | Shape::List => unreachable!(),
        }
    }

    fn money_text(&mut self, v: f64, cur: Currency, src: usize, hedged: bool) -> Written {
        let s = self.sources[src];
        let sig = if s.sig_figs == 0 || s.sig_figs > 3 {
            3
        } else {
            s.sig_figs
        };
        let step = sig_step(v, sig);
        let h = if hedged {
            if self.rng.pct(0.5) {
                Hedge::About
            } else {
                Hedge::MoreThan
            }
        } else {
            Hedge::None
        };
        let (shown, h) = hedge_round(v, step, h);
        let (div, scale_words): (f64, &[&str]) = if shown >= 1e9 {
            (1e9, &["billion", "bn"])
        } else if shown >= 1e6 {
            (1e6, &["million", "m", "mln"])
        } else {
            (1e3, &["thousand", "k"])
        };
        let x = shown / div;
        let dec = decimals_needed(x);
        let num = fmt_num(x, dec, "", s.decimal_comma);
        let scale = *self.rng.one(scale_words);
        let hw = hedge_word(&mut self.rng, h);
        if h == Hedge::None && self.rng.pct(0.3) {
            // JSON number with a unit naming currency and scale
            let code = match cur {
                Currency::Usd => *self.rng.one(&["USD", "US$", "$"]),
                Currency::Kzt => *self.rng.one(&["KZT", "tenge"]),
                Currency::Rub => *self.rng.one(&["RUB", "roubles"]),
            };
            let unit = if self.rng.pct(0.5) {
                format!("{scale} {code}")
            } else {
                format!("{code} {scale}")
            };
            if self.rng.pct(0.3) {
                return Written {
                    value: json_f64(shown),
                    unit: Some(code.to_string()),
                };
            }
            return Written {
                value: json_num(x, dec),
                unit: Some(unit),
            };
        }
        let sp = if scale.len() > 3 { " " } else { "" };
        let long_scale = if shown >= 1e9 {
            "billion"
        } else if shown >= 1e6 {
            "million"
        } else {
            "thousand"
        };
        let text = match cur {
            Currency::Usd => match self.rng.weighted(&[35, 15, 20, 15, 15]) {
                0 => format!("{hw}${num}{sp}{scale}"),
                1 => format!("{hw}US${num}{sp}{scale}"),
                2 => format!("{hw}{num} {long_scale} dollars"),
                3 => format!("{hw}USD {}", fmt_num(shown, 0, s.thousands, false)),
                _ => format!("{hw}{num}{sp}{scale} USD"),
            },
            Currency::Kzt => match self.rng.weighted(&[40, 20, 20, 20]) {
                0 => format!("{hw}{num}{sp}{scale} tenge"),
                1 => format!("{hw}₸{num}{sp}{scale}"),
                2 => format!("{hw}KZT {num}{sp}{scale}"),
                _ => format!("{hw}{} tenge", fmt_num(shown, 0, s.thousands, false)),
            },
            Currency::Rub => match self.rng.weighted(&[30, 20, 20, 15, 15]) {
                0 => format!("{hw}{num}{sp}{scale} roubles"),
                1 => format!("{hw}{num}{sp}{scale} rubles"),
                2 => format!("{hw}RUB {num}{sp}{scale}"),
                3 => format!("{hw}{num}{sp}{scale} ₽"),
                _ => format!("{hw}{} roubles", fmt_num(shown, 0, s.thousands, false)),
            },
        };
        Written {
            value: json_str(&text),
            unit: None,
        }
    }

    fn error_value(&mut self, shape: Shape, v: f64) -> f64 {
        let r = &mut self.rng;
        match shape {
            Shape::Percent => {
                let e = r.range(5.0, 25.0);
                let x = if (r.pct(0.5) || v - e < 0.5) && v + e <= 99.0 {
                    v + e
                } else if v - e >= 0.5 {
                    v - e
                } else {
                    v + 5.0
                };
                (x * 100.0).round() / 100.0
            }
            Shape::Count(_) | Shape::Money(_) | Shape::Area | Shape::Length => {
                let f = r.range(2.0, 4.0);
                let x = if r.pct(0.5) { v * f } else { v / f };
                if matches!(shape, Shape::Count(_)) {
                    x.round().max(1.0)
                } else {
                    x
                }
            }
            Shape::Age => {
                let d = (3 + r.below(10)) as f64;
                if r.pct(0.5) || v - d < 18.0 {
                    v + d
                } else {
                    v - d
                }
            }
            Shape::Year => {
                let d = (2 + r.below(14)) as f64;
                if r.pct(0.5) && v + d <= 2024.0 {
                    v + d
                } else {
                    v - d
                }
            }
            Shape::Date => {
                let d = (2 + r.below(14)) as i32 * 365 + r.below(200) as i32;
                (if r.pct(0.5) {
                    v as i32 + d
                } else {
                    v as i32 - d
                }) as f64
            }
            Shape::Signed(_) => {
                let e = r.range(3.0, 8.0);
                let x = if r.pct(0.5) { v + e } else { v - e };
                (x * 100.0).round() / 100.0
            }
            Shape::Text | Shape::List => v,
        }
    }

    fn authors_text(&mut self, people: &[usize], src: usize, et_al: bool) -> String {
        let style = self.sources[src].person_form % 4;
        let mut names = Vec::new();
        for (i, p) in people.iter().enumerate() {
            if et_al && i > 0 {
                break;
            }
            let person = match &self.entities[*p].data {
                Data::Person(q) => *q,
                _ => unreachable!(),
            };
            let sys = self.sources[src].system[person.given.nat.index()];
            let given = self.spell(person.given, sys);
            let surname = self.spell(person.surname, sys);
            let n = match style {
                0 => format!("{surname}, {given}"),
                1 => format!("{given} {surname}"),
                2 => format!("{surname}, {}", initial_of(&given, false)),
                _ => format!("{} {surname}", initial_of(&given, false)),
            };
            names.push(n);
        }
        let mut out = match style {
            0 | 2 => names.join("; "),
            _ => {
                if names.len() > 1 && self.rng.pct(0.5) {
                    let last = names.pop().unwrap();
                    format!("{} and {last}", names.join(", "))
                } else {
                    names.join(", ")
                }
            }
        };
        if et_al {
            out.push_str(" et al.");
        }
        out
    }
}

// ------------------------------------------------------------------ the run

struct ClaimOut {
    subject: String,
    value: String,
    unit: Option<String>,
    qualifiers: Vec<(&'static str, String)>,
    published: String,
    true_value: String,
    erroneous: bool,
    copied_from: Option<usize>,
    empty: bool,
    error: u32,
    side: u8,
}

impl Generator {
    /// Writes the claims and the truth; returns what was produced.
    pub fn run(&mut self, claims: &mut dyn Write, truth: &mut dyn Write) -> io::Result<Stats> {
        let mut stats = Stats {
            entities: self.entities.len(),
            ..Stats::default()
        };
        let mut groups: Vec<Acc> = Vec::new();
        let mut group_index: FastMap<String, usize> = FastMap::default();
        let mut subjects: FastSet<u64> = FastSet::default();
        let mut mentioned = vec![false; self.entities.len()];
        let mut line = String::with_capacity(512);
        let mut tline = String::with_capacity(512);
        let n_entities = self.entities.len();
        let mut next_id = 1usize;
        while stats.claims < self.cfg.claims {
            // the fact
            let e = ((n_entities as f64) * self.rng.unit().powf(2.2)) as usize % n_entities;
            let pred = self.pick_pred(e);
            let scope = self.pick_scope(pred);
            if (pred == Pred::Leader && self.persons.is_empty())
                || (scope.event.is_none()
                    && matches!(
                        pred,
                        Pred::PVoteShare
                            | Pred::PVotes
                            | Pred::VoteShare
                            | Pred::VoteShareChange
                            | Pred::Seats
                            | Pred::Turnout
                    ))
            {
                continue;
            }
            let skey = self.scope_key(&scope);
            let key = format!("{}|{}|{}", self.entities[e].id, pred.name(), skey);
            let shape = self.shape(e, pred);
            let (base, split, growth) = self.base_value(e, pred, &key);
            // the sources
            let single = self.rng.pct(0.25);
            let mut srcs: Vec<usize> = Vec::new();
            if single {
                let s = self.pick_source();
                srcs.push(s);
                if self.rng.pct(0.2) {
                    srcs.push(s);
                }
            } else {
                let n = 2 + self.rng.weighted(&[30, 25, 15, 12, 8, 6, 4]);
                let mut tries = 0;
                while srcs.len() < n && tries < 50 {
                    tries += 1;
                    let s = self.pick_source();
                    if srcs.contains(&s) {
                        continue;
                    }
                    if let Some(t) = self.sources[s].copies
                        && !srcs.contains(&t)
                        && self.rng.pct(0.7)
                    {
                        srcs.push(t);
                    }
                    srcs.push(s);
                }
                let extra: Vec<usize> = srcs
                    .iter()
                    .copied()
                    .filter(|_| self.rng.pct(0.05))
                    .collect();
                srcs.extend(extra);
            }
            // truth for text facts
            let text_truth: Option<(Truth, Vec<usize>)> = match pred {
                Pred::Leader => {
                    let mut r = seeded(hash_str(self.cfg.seed ^ 7, &key));
                    let p = self.persons[r.below(self.persons.len())];
                    Some((Truth::Text(self.entities[p].canon.clone()), vec![p]))
                }
                Pred::Authors => match &self.entities[e].data {
                    Data::Work { authors, .. } => Some((
                        Truth::List(
                            authors
                                .iter()
                                .map(|a| self.entities[*a].canon.clone())
                                .collect(),
                        ),
                        authors.clone(),
                    )),
                    _ => None,
                },
                _ => None,
            };
            let gi = match group_index.get(&key) {
                Some(i) => *i,
                None => {
                    let time_varying = matches!(pred, Pred::Age)
                        || (matches!(pred, Pred::Members | Pred::Population | Pred::Employees)
                            && scope.as_of.is_none());
                    let truth_json = match (&text_truth, pred) {
                        (Some((Truth::Text(t), _)), _) => json_str(t),
                        (Some((Truth::List(l), _)), _) => {
                            format!(
                                "[{}]",
                                l.iter().map(|x| json_str(x)).collect::<Vec<_>>().join(",")
                            )
                        }
                        (_, Pred::Born) => {
                            let b = match &self.entities[e].data {
                                Data::Person(p) => p.birth,
                                _ => 0,
                            };
                            json_str(&iso_date(b))
                        }
                        _ if time_varying => "null".to_string(),
                        _ => json_f64(base),
                    };
                    let extra = match (&self.entities[e].data, pred) {
                        (Data::Person(p), Pred::Age) => {
                            Some(format!("\"born\":{}", json_str(&iso_date(p.birth))))
                        }
                        _ => None,
                    };
                    groups.push(Acc {
                        key: key.clone(),
                        entity: e,
                        pred,
                        claims: 0,
                        entries: Vec::new(),
                        truth: truth_json,
                        lo: f64::INFINITY,
                        hi: f64::NEG_INFINITY,
                        time_varying,
                        split: split.map(|(v2, a, b)| (base, v2, a, b)),
                        extra,
                    });
                    group_index.insert(key.clone(), groups.len() - 1);
                    groups.len() - 1
                }
            };
            let mut priors: Vec<Prior> = Vec::new();
            for &src in &srcs {
                if stats.claims >= self.cfg.claims {
                    break;
                }
                // method
                let method: Option<&'static str> = if pred == Pred::Attendance {
                    Some(if self.rng.pct(0.5) {
                        "police estimate"
                    } else {
                        "organisers' estimate"
                    })
                } else if pred.has_methods() {
                    Some(["official", "preliminary", "exit poll"][self.rng.weighted(&[60, 20, 20])])
                } else {
                    None
                };
                let side: u8 = match (method, split) {
                    (Some(m), Some((_, _, b))) if m == b => 1,
                    _ => 0,
                };
                // a copier repeats a claim of its target (same method side) 80% of the
                // time, on the same day, so that a copied age or count is as true as
                // the original
                let copy = self.sources[src]
                    .copies
                    .and_then(|t| priors.iter().position(|p| p.source == t && p.side == side));
                let copy = copy.filter(|_| self.rng.pct(0.8));
                let day = match copy {
                    Some(i) => priors[i].day,
                    None => self.pub_date(&scope, pred, e, method == Some("exit poll")),
                };
                // the true value for this claim
                let tv: f64 = match pred {
                    Pred::Age => match &self.entities[e].data {
                        Data::Person(p) => whole_years(p.birth, day) as f64,
                        _ => 0.0,
                    },
                    Pred::Born => match &self.entities[e].data {
                        Data::Person(p) => p.birth as f64,
                        _ => 0.0,
                    },
                    _ if side == 1 => split.unwrap().0,
                    _ => Self::time_value(base, growth, pred, &scope, day),
                };
                let out = self.make_claim(
                    e,
                    pred,
                    shape,
                    &scope,
                    src,
                    day,
                    tv,
                    method,
                    side,
                    &text_truth,
                    copy.map(|i| &priors[i]),
                );
                let id = format!("c{next_id:07}");
                next_id += 1;
                stats.claims += 1;
                if out.erroneous {
                    stats.erroneous += 1;
                }
                if out.copied_from.is_some() {
                    stats.copied += 1;
                }
                subjects.insert(hash_str(0, &out.subject));
                mentioned[e] = true;
                // claim line
                line.clear();
                line.push_str("{\"id\":");
                push_json_str(&mut line, &id);
                line.push_str(",\"source\":");
                push_json_str(&mut line, &self.source_names[src]);
                line.push_str(",\"published\":");
                push_json_str(&mut line, &out.published);
                line.push_str(",\"subject\":");
                push_json_str(&mut line, &out.subject);
                line.push_str(",\"predicate\":");
                push_json_str(&mut line, pred.name());
                line.push_str(",\"value\":");
                line.push_str(&out.value);
                if let Some(u) = &out.unit {
                    line.push_str(",\"unit\":");
                    push_json_str(&mut line, u);
                }
                if !out.qualifiers.is_empty() {
                    line.push_str(",\"qualifiers\":{");
                    for (i, (k, v)) in out.qualifiers.iter().enumerate() {
                        if i > 0 {
                            line.push(',');
                        }
                        push_json_str(&mut line, k);
                        line.push(':');
                        push_json_str(&mut line, v);
                    }
                    line.push('}');
                }
                line.push_str("}\n");
                claims.write_all(line.as_bytes())?;
                // truth line
                tline.clear();
                tline.push_str("{\"kind\":\"claim\",\"claim\":");
                push_json_str(&mut tline, &id);
                tline.push_str(",\"group\":");
                push_json_str(&mut tline, &key);
                tline.push_str(",\"entity\":");
                push_json_str(&mut tline, &self.entities[e].id);
                tline.push_str(",\"source\":");
                push_json_str(&mut tline, &self.source_names[src]);
                tline.push_str(",\"true_value\":");
                tline.push_str(&out.true_value);
                if let Some(m) = method {
                    tline.push_str(",\"method\":");
                    push_json_str(&mut tline, m);
                }
                tline.push_str(",\"erroneous\":");
                tline.push_str(if out.erroneous { "true" } else { "false" });
                tline.push_str(",\"copied_from\":");
                match out.copied_from {
                    Some(c) => push_json_str(&mut tline, &self.source_names[c]),
                    None => tline.push_str("null"),
                }
                tline.push_str(",\"empty\":");
                tline.push_str(if out.empty { "true" } else { "false" });
                tline.push_str("}\n");
                truth.write_all(tline.as_bytes())?;
                // group bookkeeping
                let acc = &mut groups[gi];
                acc.claims += 1;
                acc.entries
                    .push((src as u16, out.error, out.side, out.empty));
                if text_truth.is_none() {
                    acc.lo = acc.lo.min(tv);
                    acc.hi = acc.hi.max(tv);
                }
                if !out.empty && out.copied_from.is_none() {
                    priors.push(Prior {
                        source: src,
                        value: out.value.clone(),
                        unit: out.unit.clone(),
                        erroneous: out.erroneous,
                        error: out.error,
                        side: out.side,
                        day,
                    });
                }
            }
        }
        // group lines
        for g in &groups {
            let (dis, reason) = disagreement(&g.entries);
            if dis {
                stats.disagreements += 1;
            }
            let mut srcs: Vec<u16> = g.entries.iter().map(|x| x.0).collect();
            srcs.sort_unstable();
            srcs.dedup();
            if srcs.len() == 1 {
                stats.single_source_groups += 1;
            }
            tline.clear();
            tline.push_str("{\"kind\":\"group\",\"group\":");
            push_json_str(&mut tline, &g.key);
            tline.push_str(",\"entity\":");
            push_json_str(&mut tline, &self.entities[g.entity].id);
            tline.push_str(",\"predicate\":");
            push_json_str(&mut tline, g.pred.name());
            tline.push_str(&format!(
                ",\"claims\":{},\"sources\":{}",
                g.claims,
                srcs.len()
            ));
            tline.push_str(",\"disagreement\":");
            tline.push_str(if dis { "true" } else { "false" });
            tline.push_str(",\"reason\":");
            match reason {
                Some(r) => push_json_str(&mut tline, r),
                None => tline.push_str("null"),
            }
            tline.push_str(",\"truth\":");
            tline.push_str(&g.truth);
            tline.push_str(",\"truth_interval\":");
            if g.lo.is_finite() && g.pred != Pred::Born {
                tline.push_str(&format!("[{},{}]", json_f64(g.lo), json_f64(g.hi)));
            } else {
                tline.push_str("null");
            }
            tline.push_str(",\"by_method\":");
            let sides: (bool, bool) = (
                g.entries.iter().any(|x| x.2 == 0),
                g.entries.iter().any(|x| x.2 == 1),
            );
            match g.split {
                Some((a, b, na, nb)) if sides.0 && sides.1 => {
                    tline.push('{');
                    push_json_str(&mut tline, na);
                    tline.push(':');
                    tline.push_str(&json_f64(a));
                    tline.push(',');
                    push_json_str(&mut tline, nb);
                    tline.push(':');
                    tline.push_str(&json_f64(b));
                    tline.push('}');
                }
                _ => tline.push_str("null"),
            }
            tline.push_str(",\"time_varying\":");
            tline.push_str(if g.time_varying { "true" } else { "false" });
            if let Some(x) = &g.extra {
                tline.push(',');
                tline.push_str(x);
            }
            tline.push_str("}\n");
            truth.write_all(tline.as_bytes())?;
        }
        for (s, name) in self.sources.iter().zip(&self.source_names) {
            tline.clear();
            tline.push_str("{\"kind\":\"source\",\"source\":");
            push_json_str(&mut tline, name);
            tline.push_str(&format!(",\"reliability\":{}", json_f64(s.reliability)));
            tline.push_str(",\"copies\":");
            match s.copies {
                Some(c) => push_json_str(&mut tline, &self.source_names[c]),
                None => tline.push_str("null"),
            }
            tline.push_str("}\n");
            truth.write_all(tline.as_bytes())?;
        }
        for e in &self.entities {
            tline.clear();
            tline.push_str("{\"kind\":\"entity\",\"entity\":");
            push_json_str(&mut tline, &e.id);
            tline.push_str(",\"type\":");
            push_json_str(&mut tline, e.kind.name());
            tline.push_str(",\"name\":");
            push_json_str(&mut tline, &e.canon);
            if let (Some(old), Some(day)) = (&e.old_canon, e.renamed) {
                tline.push_str(",\"renamed\":{\"from\":");
                push_json_str(&mut tline, old);
                tline.push_str(",\"on\":");
                push_json_str(&mut tline, &iso_date(day));
                tline.push('}');
            }
            tline.push_str("}\n");
            truth.write_all(tline.as_bytes())?;
        }
        stats.groups = groups.len();
        stats.distinct_subjects = subjects.len();
        stats.entities_mentioned = mentioned.iter().filter(|m| **m).count();
        Ok(stats)
    }

    #[allow(clippy::too_many_arguments)]
    fn make_claim(
        &mut self,
        e: usize,
        pred: Pred,
        shape: Shape,
        scope: &Scope,
        src: usize,
        day: i32,
        tv: f64,
        method: Option<&'static str>,
        side: u8,
        text_truth: &Option<(Truth, Vec<usize>)>,
        copy: Option<&Prior>,
    ) -> ClaimOut {
        let (subject, formerly) = self.mention(e, src, day);
        // qualifiers
        let mut q: Vec<(&'static str, String)> = Vec::new();
        if let Some(ev) = scope.event {
            q.push(("event", self.event_text(ev, src)));
        }
        if let Some(r) = scope.rally {
            q.push(("event", self.rally_text(r)));
        }
        if let Some(r) = scope.region {
            let (kind, root) = match &self.entities[r].data {
                Data::Place { kind, root, .. } => (*kind, *root),
                _ => unreachable!(),
            };
            let text = self.place_spelling(kind, root, src);
            q.push(("region", text));
        }
        if let Some(y) = scope.as_of {
            q.push(("as_of", self.as_of_text(y, pred)));
        }
        if let Some(m) = method
            && self.rng.pct(0.7)
        {
            q.push(("method", self.method_text(m)));
        }
        if let Some(f) = formerly {
            q.push(("formerly", f));
        }
        // published, at day, month or year precision
        let (y, m, _) = civil_from_days(day);
        let published = match self.rng.weighted(&[85, 10, 5]) {
            0 => iso_date(day),
            1 => format!("{y:04}-{m:02}"),
            _ => format!("{y:04}"),
        };
        let true_json = match text_truth {
            Some((Truth::Text(t), _)) => json_str(t),
            Some((Truth::List(l), _)) => {
                format!(
                    "[{}]",
                    l.iter().map(|x| json_str(x)).collect::<Vec<_>>().join(",")
                )
            }
            _ if pred == Pred::Born => json_str(&iso_date(tv as i32)),
            _ => json_f64(tv),
        };
        let mut out = ClaimOut {
            subject,
            value: String::new(),
            unit: None,
            qualifiers: q,
            published,
            true_value: true_json,
            erroneous: false,
            copied_from: None,
            empty: false,
            error: 0,
            side,
        };
        // a copier repeats the copied source's value, errors included
        if let Some(p) = copy {
            out.value = p.value.clone();
            out.unit = p.unit.clone();
            out.erroneous = p.erroneous;
            out.error = p.error;
            out.side = p.side;
            out.copied_from = Some(p.source);
            return out;
        }
        if self.rng.pct(0.005) {
            let v = *self
                .rng
                .one(&["", "n/a", "N/A", "Not Available", "-", "unknown"]);
            out.value = json_str(v);
            out.empty = true;
            return out;
        }
        let erroneous = !self.rng.pct(self.sources[src].reliability);
        out.erroneous = erroneous;
        if erroneous {
            out.error = self.next_error;
            self.next_error += 1;
        }
        match (shape, text_truth) {
            (Shape::Text, Some((_, people))) => {
                let mut p = people[0];
                if erroneous {
                    // another person, sometimes one with the same surname
                    let same = self.persons.iter().position(|x| *x == p).unwrap_or(0);
                    p = if self.rng.pct(0.3) && same + 1 < self.persons.len() {
                        self.persons[same + 1]
                    } else {
                        self.persons[self.rng.below(self.persons.len())]
                    };
                    if p == people[0] {
                        p = self.persons[(same + 2) % self.persons.len()];
                    }
                }
                let person = match &self.entities[p].data {
                    Data::Person(q) => *q,
                    _ => unreachable!(),
                };
                let text = self.person_mention(&person, src);
                out.value = json_str(&text);
            }
            (Shape::List, Some((_, people))) => {
                let mut list = people.clone();
                if erroneous {
                    let editors = match &self.entities[e].data {
                        Data::Work { editors, .. } => editors.clone(),
                        _ => vec![],
                    };
                    match self.rng.below(3) {
                        0 if list.len() > 1 => {
                            let i = 1 + self.rng.below(list.len() - 1);
                            list.remove(i);
                        }
                        1 if !editors.is_empty() => list.push(editors[0]),
                        _ => {
                            let i = self.rng.below(list.len());
                            let mut other = self.persons[self.rng.below(self.persons.len())];
                            if list.contains(&other) {
                                other = self.persons
                                    [(self.rng.below(self.persons.len()) + 1) % self.persons.len()];
                            }
                            list[i] = other;
                        }
                    }
                }
                let et_al = !erroneous && list.len() > 2 && self.rng.pct(0.1);
                let text = self.authors_text(&list, src, et_al);
                out.value = json_str(&text);
            }
            _ => {
                let v = if erroneous {
                    self.error_value(shape, tv)
                } else {
                    tv
                };
                let w = self.write_value(shape, v, src, !erroneous);
                out.value = w.value;
                out.unit = w.unit;
            }
        }
        out
    }
}

/// The truth's disagreement rule (FEED_SPEC.md, section 7) over a group's claims:
/// (source, error id, method side, empty).
pub fn disagreement(entries: &[(u16, u32, u8, bool)]) -> (bool, Option<&'static str>) {
    let live: Vec<&(u16, u32, u8, bool)> = entries.iter().filter(|x| !x.3).collect();
    let mut error = false;
    'outer: for a in &live {
        if a.1 == 0 {
            continue;
        }
        for b in &live {
            if b.0 != a.0 && b.1 != a.1 {
                error = true;
                break 'outer;
            }
        }
    }
    let mut method = false;
    'm: for a in live.iter().filter(|x| x.2 == 1) {
        for b in live.iter().filter(|x| x.2 == 0) {
            if a.0 != b.0 {
                method = true;
                break 'm;
            }
        }
    }
    match (error, method) {
        (true, true) => (true, Some("both")),
        (true, false) => (true, Some("error")),
        (false, true) => (true, Some("method")),
        _ => (false, None),
    }
}

#[cfg(test)]
mod feed_tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        for d in [0, 12_784, 20_088, -5000, 7000] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
        assert_eq!(iso_date(FIRST_PUB), "2005-01-01");
        assert_eq!(iso_date(LAST_PUB), "2024-12-31");
    }

    #[test]
    fn romanization_tables() {
        assert_eq!(all_tables().len(), N_TABLES);
        let t = |t: &Table, s: &str| romanize_with(&compile(t), s);
        assert_eq!(t(&RU_BGN, "ельцин"), "Yel’tsin");
        assert_eq!(t(&RU_PRESS, "андреев"), "Andreyev");
        assert_eq!(t(&RU_ISO9, "щукин"), "Ŝukin");
        assert_eq!(t(&RU_GERMAN, "горбачёв"), "Gorbatschow");
        assert_eq!(t(&RU_FRENCH, "шукшин"), "Choukchine".trim_end_matches('e'));
        assert_eq!(t(&KK_LATIN_2021, "тоқаев"), "Toqaev");
        assert_eq!(t(&UK_NATIONAL, "юрій"), "Yurii");
        assert_eq!(t(&UK_NATIONAL, "згурський"), "Zghurskyi");
        assert_eq!(t(&HY_BGN, "երևան"), "Yerevan");
        assert_eq!(t(&KA_NATIONAL, "თბილისი"), "Tbilisi");
        assert_eq!(romanize_with(&compile(&KK_TO_RU), "қасым"), "касым");
    }

    #[test]
    fn hedges_hold_for_the_true_value() {
        let (x, h) = hedge_round(71.1, 1.0, Hedge::Nearly);
        assert_eq!((x, h == Hedge::Nearly), (72.0, true));
        let (x, h) = hedge_round(71.0, 1.0, Hedge::Nearly);
        assert_eq!((x, h == Hedge::None), (71.0, true));
        let (x, h) = hedge_round(35.0, 10.0, Hedge::MoreThan);
        assert_eq!((x, h == Hedge::MoreThan), (30.0, true));
    }

    #[test]
    fn disagreement_rule() {
        // one source only never disagrees
        assert!(!disagreement(&[(1, 5, 0, false), (1, 0, 0, false)]).0);
        // a copied error agrees with itself
        assert!(!disagreement(&[(1, 5, 0, false), (2, 5, 0, false)]).0);
        assert!(disagreement(&[(1, 5, 0, false), (2, 0, 0, false)]).0);
        // method sides from two sources
        assert_eq!(
            disagreement(&[(1, 0, 1, false), (2, 0, 0, false)]).1,
            Some("method")
        );
        // empty values do not count
        assert!(!disagreement(&[(1, 5, 0, false), (2, 0, 0, true)]).0);
    }

    #[test]
    fn same_seed_same_output() {
        let cfg = Config {
            seed: 3,
            claims: 3_000,
            entities: 2_000,
            sources: 20,
        };
        let run = |c: &Config| {
            let mut a = Vec::new();
            let mut b = Vec::new();
            Generator::new(c.clone()).run(&mut a, &mut b).unwrap();
            (a, b)
        };
        let (a1, b1) = run(&cfg);
        let (a2, b2) = run(&cfg);
        assert_eq!(a1, a2);
        assert_eq!(b1, b2);
        // every line is JSON and every claim has a truth line
        let n = a1.split(|b| *b == b'\n').filter(|l| !l.is_empty()).count();
        assert_eq!(n, 3_000);
        for l in a1.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
            let v: serde_json::Value = serde_json::from_slice(l).unwrap();
            assert!(v["id"].is_string());
        }
        let claims_in_truth = b1
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_slice::<serde_json::Value>(l).unwrap())
            .filter(|v| v["kind"] == "claim")
            .count();
        assert_eq!(claims_in_truth, 3_000);
    }
}
