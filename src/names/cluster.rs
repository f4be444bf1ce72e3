//! Grouping many mentions into entities without comparing every pair.
//!
//! 1. Identical strings, then names with identical variant keys, are merged for free.
//! 2. Each distinct name gets **blocking keys**: a consonant skeleton of its surname
//!    (or of its last word), of all its distinctive words joined, and for
//!    organisations of each distinctive word and its initials. Confusable consonants
//!    share a symbol in the skeleton, so spellings that the matcher accepts share a block.
//! 3. Names are visited fullest first (more written-out words, then more mentions);
//!    each joins the best-scoring existing cluster *leader* in its blocks that the
//!    [`Hybrid`] matcher calls a match (a name of initials only: the one with the
//!    most mentions so far), or becomes a leader itself. Comparing with
//!    leaders, not with every member, keeps the cost near-linear and stops chains
//!    (A ~ B ~ C with A ≁ C) from merging what should stay apart.
//!    A name without a patronymic that fits several namesakes told apart by theirs
//!    joins the best-attested, as initials do, whatever its romanization.
//!    A name is compared with at most [`CandidateLimits::per_name`] leaders: those
//!    it shares the rarest blocks with. What the limits leave out is counted.
//! 4. "Possible" matches are never merged: they are listed for review, each pair of
//!    clusters once, ranked by score, at most [`POSSIBLE_PER_CLUSTER`] per cluster,
//!    with the pairs the cap leaves out counted.
//!
//! The blocking keys of every form are computed once and interned before step 3
//! (`candidates.rs`), so that finding a name's candidates hashes no string.
//!
//! Output order is deterministic: clusters in order of their first mention.

use foldhash::{HashMap, HashMapExt};

use super::candidates::{FormKeys, LeaderBlocks, gather_candidates};
use super::hybrid::Hybrid;
use super::joined::Joined;
use super::parts::{NameKey, Role};
use super::strategy::{Decision, NameKind, NameMatcher};

/// How many cluster leaders one name is compared with: the judgement constants of
/// candidate selection, in one table. A block holds the leaders that share one
/// blocking key with the name ([`blocking_keys`](super::blocking::blocking_keys)); most blocks are small and every
/// leader in them is compared. A *crowded* block (a common surname with thousands of
/// bearers) cannot be: what is compared from it is bounded, and what is left out
/// is counted in [`Clustering::truncated_blocks`] and
/// [`Clustering::skipped_candidates`], never silently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CandidateLimits {
    /// A block with more leaders than this is crowded (64).
    pub per_block: usize,
    /// From a crowded block, a name that also has a narrower block (its surname with
    /// its given name written out, or all its words) is compared with this many of
    /// the block's first leaders (the fullest and most mentioned names, which lead
    /// first) (8). A name without a narrower block gets `per_block` of them.
    pub crowded_sample: usize,
    /// At most this many leaders are compared with one name, whatever its blocks
    /// hold (24). When its blocks offer more, the leaders it shares the rarest
    /// blocks with are kept: each block a leader shares with the name adds
    /// [`CandidateLimits::weight`] of that block, which falls as the block grows, so
    /// a leader found only in a common block (a frequent surname) ranks below one
    /// that also shares the name's given-name or all-words block. The leaders left
    /// out are counted in [`Clustering::capped_names`] and
    /// [`Clustering::skipped_candidates`].
    pub per_name: usize,
}

impl CandidateLimits {
    /// The weight of a block holding `leaders` leaders, for ranking a name's
    /// candidates: 2²⁰ / (leaders + 1), an integer so that ranking is exact and the
    /// same on every machine. A leader alone in a block with the name weighs half the
    /// most; one of a crowded block almost nothing.
    pub fn weight(leaders: usize) -> u64 {
        (1u64 << 20) / (leaders as u64).saturating_add(1)
    }
}

/// The limits in force. See [`CandidateLimits`].
pub const CANDIDATE_LIMITS: CandidateLimits = CandidateLimits {
    per_block: 64,
    crowded_sample: 8,
    per_name: 24,
};

/// How many possible matches one cluster keeps for review (5). The pairs of clusters
/// the matcher could not decide on are ranked by score (the higher first, then by
/// cluster index); a pair is kept while both its clusters have fewer than this many
/// kept, so that a name many others nearly match (a bare "Springfield" beside every
/// qualified one) offers a reviewer its closest few, not a list nobody reads. The
/// pairs left out are counted in [`Clustering::possible_left_out`].
pub const POSSIBLE_PER_CLUSTER: usize = 5;

/// One entity: the mentions that name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cluster {
    /// The most frequent spelling among the members (the first seen among equals).
    pub representative: String,
    /// Indices of the member mentions in the input, ascending.
    pub members: Vec<usize>,
}

/// Two clusters the matcher could not decide on: for review, not merged.
#[derive(Debug, Clone, PartialEq)]
pub struct PossibleLink {
    /// Index of one cluster in [`Clustering::clusters`].
    pub a: usize,
    /// Index of the other.
    pub b: usize,
    /// The matcher's score.
    pub score: f64,
}

/// The result of [`cluster`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Clustering {
    /// The entities, in order of their first mention.
    pub clusters: Vec<Cluster>,
    /// For each input mention, the index of its cluster.
    pub assignment: Vec<usize>,
    /// Pairs of clusters that may be one entity, for review: each pair once, with
    /// its best score, ranked (the highest score first, then by cluster index), at
    /// most [`POSSIBLE_PER_CLUSTER`] per cluster.
    pub possible: Vec<PossibleLink>,
    /// Pairs of clusters the matcher found possible but [`POSSIBLE_PER_CLUSTER`] left
    /// out of [`Clustering::possible`]: counted, never silent.
    pub possible_left_out: usize,
    /// How many name pairs the matcher compared.
    pub comparisons: usize,
    /// How many times a name's block was crowded (held more leaders than
    /// [`CandidateLimits::per_block`]), so that only part of it was compared.
    pub truncated_blocks: usize,
    /// How many leaders of crowded blocks were not compared with a name that looked
    /// in them: what the candidate limits skipped, counted rather than silent; and the
    /// leaders a name's blocks offered beyond [`CandidateLimits::per_name`].
    pub skipped_candidates: usize,
    /// How many names were offered more leaders than [`CandidateLimits::per_name`],
    /// so that only the best-ranked were compared.
    pub capped_names: usize,
}

/// Groups mentions into entities with the default [`Hybrid`] matcher.
///
/// ```
/// use crosscheck::names::cluster;
/// let mentions = [
///     "Nursultan Nazarbayev", "Нурсултан Назарбаев", "N. Nazarbaev",
///     "Dariga Nazarbayeva", "Kassym-Jomart Tokayev", "Toqaev Qasym-Zhomart", "Nazarbayev",
/// ];
/// let c = cluster(&mentions);
/// assert_eq!(c.assignment[0], c.assignment[1]);
/// assert_eq!(c.assignment[0], c.assignment[2]);
/// assert_ne!(c.assignment[0], c.assignment[3]); // a different person
/// assert_eq!(c.assignment[4], c.assignment[5]);
/// // a bare surname fits any bearer: its own cluster, linked for review
/// assert_ne!(c.assignment[6], c.assignment[0]);
/// assert!(c.possible.iter().any(|p| {
///     let pair = (c.assignment[0], c.assignment[6]);
///     (p.a, p.b) == pair || (p.b, p.a) == pair
/// }));
/// ```
pub fn cluster<S: AsRef<str>>(mentions: &[S]) -> Clustering {
    cluster_with(&Hybrid::default(), mentions)
}

/// A distinct variant key with everything known about it.
struct Form {
    key: NameKey,
    /// Input indices of its mentions.
    mentions: Vec<usize>,
    /// Distinct raw spellings with their counts, in first-seen order.
    spellings: Vec<(usize, usize)>,
}

/// Groups mentions into entities with the given matcher. See the module docs.
///
/// ```
/// use crosscheck::names::{Hybrid, HybridConfig, cluster_with};
/// let strict = HybridConfig::default().with_match_threshold(0.99);
/// let c = cluster_with(&Hybrid::new(strict), &["Kassim-Jomart Tokayuv", "Kassym-Jomart Tokayev"]);
/// assert_eq!(c.clusters.len(), 2); // not equal enough for the strict matcher
/// ```
pub fn cluster_with<M, S>(matcher: &M, mentions: &[S]) -> Clustering
where
    M: NameMatcher + ?Sized,
    S: AsRef<str>,
{
    cluster_parsed(matcher, mentions, |i| NameKey::parse(mentions[i].as_ref()))
}

/// [`cluster_with`] for a caller that has already parsed some mentions: `parse(i)`
/// gives the key of mention `i`, asked once for the first of each distinct text.
///
/// ```
/// use crosscheck::names::{Hybrid, NameKey, cluster_parsed};
/// let mentions = ["Nur Otan", "Nour Otan", "Amanat"];
/// let c = cluster_parsed(&Hybrid::default(), &mentions, |i| NameKey::parse(mentions[i]));
/// assert_eq!(c.assignment, [0, 0, 1]);
/// ```
pub fn cluster_parsed<M, S>(
    matcher: &M,
    mentions: &[S],
    parse: impl FnMut(usize) -> NameKey,
) -> Clustering
where
    M: NameMatcher + ?Sized,
    S: AsRef<str>,
{
    let forms = collapse_forms(mentions, parse);
    let order = visiting_order(&forms);
    let mut forms = forms;
    let leaders = elect_leaders(matcher, &mut forms, &order);
    into_clustering(mentions, &forms, leaders)
}

/// Step 1: distinct strings, then distinct variant keys (with the kind of name and the
/// region; for names that show no romanization, the folded spelling), each parsed
/// once: the forms that are compared.
fn collapse_forms<S: AsRef<str>>(
    mentions: &[S],
    mut parse: impl FnMut(usize) -> NameKey,
) -> Vec<Form> {
    let mut by_text: HashMap<&str, usize> = HashMap::with_capacity(mentions.len());
    let mut texts: Vec<(usize, Vec<usize>)> = Vec::with_capacity(mentions.len()); // (first index, mentions)
    for (i, m) in mentions.iter().enumerate() {
        let id = *by_text.entry(m.as_ref()).or_insert_with(|| {
            texts.push((i, Vec::new()));
            texts.len() - 1
        });
        texts[id].1.push(i);
    }
    // forms by the hash of their signature, colliding forms chained by index
    let mut by_hash: HashMap<u64, usize> = HashMap::with_capacity(texts.len());
    let mut next_same_hash: Vec<usize> = Vec::with_capacity(texts.len());
    let mut forms: Vec<Form> = Vec::with_capacity(texts.len());
    for (first, idx) in texts {
        let key = parse(first);
        let hash = signature_hash(&key);
        let count = idx.len();
        let mut at = by_hash.get(&hash).copied();
        while let Some(f) = at.filter(|&f| !same_signature(&forms[f].key, &key)) {
            at = Some(next_same_hash[f]).filter(|&n| n != usize::MAX);
        }
        match at {
            Some(f) => {
                forms[f].mentions.extend(idx);
                forms[f].spellings.push((first, count));
            }
            None => {
                let chained = by_hash.insert(hash, forms.len());
                next_same_hash.push(chained.unwrap_or(usize::MAX));
                forms.push(Form {
                    key,
                    mentions: idx,
                    spellings: vec![(first, count)],
                });
            }
        }
    }
    merge_marks_dropped(mentions, forms)
}

/// Step 1, last: forms whose spellings are one Latin text once the marks are dropped
/// ("François Dupré", "Francois Dupre"; "Radosavljević", "Radosavljevic"; "Đỗ Văn
/// Khoa", "Do Van Khoa") are one form, as outlets that cannot type the marks write
/// the name. The variant key reads some marked letters as the sound they stand for
/// (ç and ć as ch, đ as dj), which is right between romanizations but keeps the plain
/// spelling of a press that drops the marks apart. Only texts every letter of which
/// is Latin are compared so, with the region and a kind of name that does not
/// conflict (an unknown kind takes the other's); the earlier form
/// keeps its key (or takes the key of a spelling without marks, when its own has
/// them), and the merged one's mentions and spellings join it in order.
fn merge_marks_dropped<S: AsRef<str>>(mentions: &[S], forms: Vec<Form>) -> Vec<Form> {
    let mut into = Joined::new(forms.len());
    // the kind of each root's forms: a name the parser could not place (unknown)
    // takes the kind of a spelling it could
    let mut kinds: Vec<NameKind> = forms.iter().map(|f| f.key.kind).collect();
    let mut by_letters: HashMap<(String, Option<u16>), usize> = HashMap::new();
    let mut merged = false;
    for (f, form) in forms.iter().enumerate() {
        for &(first, _) in &form.spellings {
            let Some(letters) = latin_without_marks(mentions[first].as_ref()) else {
                continue;
            };
            let seen = *by_letters.entry((letters, form.key.region)).or_insert(f);
            let (a, b) = (into.root(seen), into.root(f));
            let kind = match (kinds[a], kinds[b]) {
                (x, y) if x == y => x,
                (NameKind::Unknown, other) | (other, NameKind::Unknown) => other,
                _ => continue,
            };
            if into.join(a, b) {
                kinds[a.min(b)] = kind;
                merged = true;
            }
        }
    }
    if !merged {
        return forms;
    }
    let mut out: Vec<Form> = Vec::with_capacity(forms.len());
    let mut at: Vec<usize> = vec![usize::MAX; forms.len()];
    // whether the key of each form out was read from a text without marks
    let mut plain: Vec<bool> = Vec::with_capacity(forms.len());
    for (f, mut form) in forms.into_iter().enumerate() {
        let r = into.root(f);
        let unmarked = form
            .spellings
            .first()
            .is_some_and(|&(first, _)| mentions[first].as_ref().is_ascii());
        if r == f {
            at[f] = out.len();
            out.push(form);
            plain.push(unmarked);
        } else {
            // a root is always an earlier form: it is already out. It takes the key
            // of the plain spelling, which the spellings that differ otherwise (in
            // order, in a dropped word) share their blocks with
            let target = &mut out[at[r]];
            if unmarked && !plain[at[r]] && target.key.kind == form.key.kind {
                std::mem::swap(&mut target.key, &mut form.key);
                plain[at[r]] = true;
            }
            target.mentions.extend(form.mentions);
            target.spellings.extend(form.spellings);
        }
    }
    for form in &mut out {
        form.mentions.sort_unstable();
        form.spellings.sort_unstable();
    }
    out
}

/// A text written in Latin letters only, lowercased, its marks dropped and its
/// spaces single; `None` when some letter is of another script.
fn latin_without_marks(text: &str) -> Option<String> {
    let latin = |c: char| {
        !c.is_alphabetic() || c.is_ascii() || matches!(u32::from(c), 0xC0..=0x24F | 0x1E00..=0x1EFF)
    };
    if !text
        .chars()
        .all(|c| latin(c) || matches!(u32::from(c), 0x300..=0x36F))
    {
        return None;
    }
    let plain = deunicode::deunicode(text).to_lowercase();
    Some(plain.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// What two names must share to collapse into one form: the variant key (which folds
/// what romanizations write differently), the kind of name, the region after a comma
/// (Clinton, Iowa / Clinton, Indiana are two places), and, for names that show no
/// romanization, the folded spelling (between those a letter is a different name:
/// Warren / Varen, Kinston / Kingston). The variant key is compared as
/// [`NameKey::key`] writes it, without writing it.
fn same_signature(a: &NameKey, b: &NameKey) -> bool {
    fn latin_native(k: &NameKey) -> &str {
        if k.romanized { "" } else { k.folded.as_str() }
    }
    a.kind == b.kind
        && a.region == b.region
        && latin_native(a) == latin_native(b)
        && key_bytes(a).eq(key_bytes(b))
}

/// The bytes of [`NameKey::key`]: the words' variant keys separated by single spaces.
fn key_bytes(k: &NameKey) -> impl Iterator<Item = u8> + '_ {
    k.tokens()
        .enumerate()
        .flat_map(|(i, t)| (i > 0).then_some(b' ').into_iter().chain(t.key.bytes()))
}

/// A hash of what [`same_signature`] compares: equal signatures hash alike.
fn signature_hash(k: &NameKey) -> u64 {
    use std::hash::{BuildHasher, Hash, Hasher};
    let mut h = foldhash::fast::FixedState::with_seed(0).build_hasher();
    // the key's bytes one by one: how its words split does not change the hash
    for b in key_bytes(k) {
        h.write_u8(b);
    }
    k.kind.hash(&mut h);
    k.region.hash(&mut h);
    if !k.romanized {
        h.write(k.folded.as_bytes());
    }
    h.finish()
}

/// Step 2: the order forms are visited in: fullest names first, then the most
/// mentioned, then first seen. (The key walks a name's tokens: computed once per form,
/// not per comparison.)
fn visiting_order(forms: &[Form]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..forms.len()).collect();
    order.sort_by_cached_key(|&f| {
        let form = &forms[f];
        let written_out = form
            .key
            .tokens()
            .filter(|t| !matches!(t.role, Role::Initial | Role::Generic))
            .count();
        (
            std::cmp::Reverse(written_out),
            std::cmp::Reverse(form.mentions.len()),
            form.spellings[0].0,
        )
    });
    order
}

/// The leaders step 3 elected, and what it saw on the way.
#[derive(Debug, Default)]
struct Leaders {
    /// The form index of each leader.
    forms: Vec<usize>,
    /// Each leader's key, moved out of its form when it is elected: the comparisons
    /// read leaders' keys in no order, and the leaders' keys side by side span a
    /// fraction of the memory of every form's (the form keeps an empty key).
    keys: Vec<NameKey>,
    /// The forms of each leader's cluster, the leader first.
    members_of: Vec<Vec<usize>>,
    /// The region each leader's cluster is qualified by, once a member names one: a
    /// bare "Cambridge" may join "Cambridge, Maryland", but then no longer "Cambridge,
    /// Iowa" (two regions are two places, whichever member says so).
    regions: Vec<Option<u16>>,
    /// (leader, leader, score) of the pairs the matcher called possible.
    possible: Vec<(usize, usize, f64)>,
    /// The same pairs, lower leader first, to look up.
    possibly_one: foldhash::HashSet<(usize, usize)>,
    comparisons: usize,
    truncated_blocks: usize,
    skipped_candidates: usize,
    capped_names: usize,
}

impl Leaders {
    /// Makes form `f`, whose key (taken from it) is `key`, the leader of a new cluster, qualified by
    /// the key's region; its index.
    fn lead(&mut self, f: usize, key: NameKey) -> usize {
        let region = key.region;
        self.forms.push(f);
        self.keys.push(key);
        self.members_of.push(vec![f]);
        self.regions.push(region);
        self.forms.len() - 1
    }
}

/// How many forms are visited per round of step 3. With the `parallel` feature, the
/// forms of a round are compared with the leaders elected before the round on all
/// threads at once; each form then decides in order, comparing anew only with the
/// leaders elected within the round. A performance setting only: the result is the
/// same for every value.
const ROUND: usize = 512;

/// A comparison made ahead of its form's turn: (leader, decision, score).
type Verdict = (usize, Decision, f64);

/// Step 3: each form, in visiting order, joins the best-scoring leader in its blocks
/// that the matcher calls a match, or leads a cluster of its own.
fn elect_leaders<M: NameMatcher + ?Sized>(
    matcher: &M,
    forms: &mut [Form],
    order: &[usize],
) -> Leaders {
    let mut leaders = Leaders::default();
    let keys = FormKeys::of(forms.iter().map(|form| &form.key));
    let mut blocks = LeaderBlocks::new(&keys);
    let mut candidates: Vec<usize> = Vec::new();
    let mut ranked: Vec<(usize, u64)> = Vec::new();
    let mut full_matches: Vec<(usize, f64)> = Vec::new();
    for round in order.chunks(ROUND) {
        let ahead = compare_ahead(matcher, forms, round, &keys, &blocks, &leaders.keys);
        for (i, &f) in round.iter().enumerate() {
            if forms[f].key.is_empty() {
                leaders.lead(f, take_key(&mut forms[f]));
                continue;
            }
            let form = &forms[f];
            let skipped = gather_candidates(&blocks, &keys, f, &mut ranked, &mut candidates);
            leaders.truncated_blocks += skipped.blocks;
            leaders.skipped_candidates += skipped.leaders + skipped.ranked_out;
            leaders.capped_names += usize::from(skipped.ranked_out > 0);
            let known: &[Verdict] = ahead.get(i).map_or(&[], Vec::as_slice);
            // initials fit every given name they start: among the leaders such a name
            // matches, the score says how close the surnames are written, not whose
            // initials they are. When those leaders may be one person (the matcher
            // found them possible matches of each other: a one-off misspelling
            // beside the name written everywhere), the best-attested one (most
            // mentions so far) is the bearer, as a reader takes "N. Kerimova" for
            // the Narmin Kerimova named everywhere. When they are different people
            // (Natia and Nikoloz Kapanaia), the initials are theirs alike: the name
            // leads a cluster of its own, a bare surname with an initial, which the
            // facts of its claims may place later
            let initials_only = form.key.tokens().any(|t| t.role == Role::Initial)
                && !form.key.tokens().any(|t| t.role == Role::Given);
            let attested = |l: usize| -> usize {
                leaders.members_of[l]
                    .iter()
                    .map(|&m| forms[m].mentions.len())
                    .sum()
            };
            let mut best: Option<(usize, f64)> = None;
            let mut best_attested = 0;
            let mut matched: Vec<(usize, f64)> = Vec::new();
            full_matches.clear();
            let mut maybe: Vec<(usize, f64)> = Vec::new();
            for &l in &candidates {
                if let (Some(here), Some(there)) = (form.key.region, leaders.regions[l])
                    && here != there
                {
                    continue;
                }
                leaders.comparisons += 1;
                let (decision, score) = match known.binary_search_by_key(&l, |v| v.0) {
                    Ok(at) => (known[at].1, known[at].2),
                    Err(_) => {
                        let r = matcher.decide_keys(&form.key, &leaders.keys[l]);
                        (r.decision, r.score)
                    }
                };
                match decision {
                    Decision::Match if initials_only => matched.push((l, score)),
                    Decision::Match => {
                        full_matches.push((l, score));
                        if best.is_none_or(|(_, s)| score > s) {
                            best = Some((l, score))
                        }
                    }
                    Decision::Possible => maybe.push((l, score)),
                    _ => {}
                }
            }
            // a name without a patronymic that fits several leaders with one, told
            // apart by the matcher (namesakes whose patronymics differ), says
            // nothing of which one it is: its score against each tells how alike
            // the surnames are spelt, not whose name it is. It joins the
            // best-attested, as initials do, so that every spelling of the
            // ambiguous name ends in one cluster instead of being shared out among
            // the namesakes by romanization
            let with_patronymic = |l: usize| has_patronymic(&leaders.keys[l]);
            if full_matches.len() >= 2
                && !has_patronymic(&form.key)
                && full_matches.iter().all(|&(l, _)| with_patronymic(l))
                && told_apart(&full_matches, &leaders.possibly_one)
            {
                let mut pick: Option<(usize, usize, f64)> = None;
                for &(l, score) in &full_matches {
                    let mentions = attested(l);
                    if pick.is_none_or(|(_, m, s)| (mentions, score) > (m, s)) {
                        pick = Some((l, mentions, score));
                    }
                }
                best = pick.map(|(l, _, score)| (l, score));
            }
            // initials say more than a bare surname or other initials do: when some
            // leader the initials fit has its given name written out, only those
            // leaders are the initials' bearers; the others are possible matches
            if matched
                .iter()
                .any(|&(l, _)| has_given_name(&leaders.keys[l]))
            {
                let (full, other): (Vec<_>, Vec<_>) = matched
                    .iter()
                    .partition(|&&(l, _)| has_given_name(&leaders.keys[l]));
                matched = full;
                maybe.extend(other);
            }
            for &(l, score) in &matched {
                let mentions = attested(l);
                if best.is_none_or(|(_, s)| (mentions, score) > (best_attested, s)) {
                    best = Some((l, score));
                    best_attested = mentions;
                }
            }
            if let Some((b, _)) = best
                && matched
                    .iter()
                    .any(|&(m, _)| m != b && !leaders.possibly_one.contains(&(m.min(b), m.max(b))))
            {
                best = None;
                maybe.append(&mut matched);
            }
            match best {
                Some((l, _)) => {
                    leaders.members_of[l].push(f);
                    leaders.regions[l] = leaders.regions[l].or(form.key.region);
                }
                None => {
                    let l = leaders.lead(f, take_key(&mut forms[f]));
                    blocks.insert(&keys, f, l);
                    for &(m, s) in &maybe {
                        leaders.possible.push((m, l, s));
                        leaders.possibly_one.insert((m.min(l), m.max(l)));
                    }
                }
            }
        }
    }
    leaders
}

/// True when two of `matches` (leaders one name matched) are leaders the matcher did
/// not find possibly one when the later was elected: different people to it.
fn told_apart(matches: &[(usize, f64)], possibly_one: &foldhash::HashSet<(usize, usize)>) -> bool {
    matches.iter().enumerate().any(|(i, &(a, _))| {
        matches[i + 1..]
            .iter()
            .any(|&(b, _)| !possibly_one.contains(&(a.min(b), a.max(b))))
    })
}

/// True when a name has a patronymic written out.
fn has_patronymic(key: &NameKey) -> bool {
    key.tokens().any(|t| t.role == Role::Patronymic)
}

/// True when a name has a given name written out (not only initials or a surname).
fn has_given_name(key: &NameKey) -> bool {
    key.tokens().any(|t| t.role == Role::Given)
}

/// A form's key, taken out of it (an empty key left in its place) for the table of
/// leaders' keys: once elected, a form is compared only through that table.
fn take_key(form: &mut Form) -> NameKey {
    std::mem::replace(&mut form.key, NameKey::parse(""))
}

/// With the `parallel` feature: each form of a round compared, on all threads, with
/// the candidates the leaders elected before the round offer it; for each form its
/// verdicts sorted by leader. (The decisions are taken in order afterwards.)
#[cfg(feature = "parallel")]
fn compare_ahead<M: NameMatcher + ?Sized>(
    matcher: &M,
    forms: &[Form],
    round: &[usize],
    keys: &FormKeys,
    blocks: &LeaderBlocks,
    leader_keys: &[NameKey],
) -> Vec<Vec<Verdict>> {
    use rayon::prelude::*;
    if rayon::current_num_threads() < 2 || blocks.is_empty() {
        return Vec::new();
    }
    round
        .par_iter()
        .map_init(
            || (Vec::new(), Vec::new()),
            |(ranked, candidates), &f| {
                let key = &forms[f].key;
                if key.is_empty() {
                    return Vec::new();
                }
                gather_candidates(blocks, keys, f, ranked, candidates);
                candidates
                    .iter()
                    .map(|&l| {
                        let r = matcher.decide_keys(key, &leader_keys[l]);
                        (l, r.decision, r.score)
                    })
                    .collect()
            },
        )
        .collect()
}

/// Without the `parallel` feature nothing is compared ahead.
#[cfg(not(feature = "parallel"))]
fn compare_ahead<M: NameMatcher + ?Sized>(
    _matcher: &M,
    _forms: &[Form],
    _round: &[usize],
    _keys: &FormKeys,
    _blocks: &LeaderBlocks,
    _leader_keys: &[NameKey],
) -> Vec<Vec<Verdict>> {
    Vec::new()
}

/// Step 4: clusters in order of their first mention, each named by its most frequent
/// spelling; possible links between clusters, each pair once with its best score.
fn into_clustering<S: AsRef<str>>(mentions: &[S], forms: &[Form], leaders: Leaders) -> Clustering {
    let mut clusters: Vec<(usize, Cluster, usize)> = leaders
        .members_of
        .iter()
        .enumerate()
        .map(|(l, fs)| {
            let mut members: Vec<usize> = fs
                .iter()
                .flat_map(|&f| forms[f].mentions.iter().copied())
                .collect();
            members.sort_unstable();
            let (first, _) = fs
                .iter()
                .flat_map(|&f| forms[f].spellings.iter().copied())
                .fold((usize::MAX, 0), |(bf, bc), (first, count)| {
                    if count > bc || (count == bc && first < bf) {
                        (first, count)
                    } else {
                        (bf, bc)
                    }
                });
            let representative = mentions
                .get(first)
                .map(|m| m.as_ref().to_string())
                .unwrap_or_default();
            (
                members[0],
                Cluster {
                    representative,
                    members,
                },
                l,
            )
        })
        .collect();
    clusters.sort_by_key(|(first, _, _)| *first);
    let mut result = Clustering {
        assignment: vec![usize::MAX; mentions.len()],
        comparisons: leaders.comparisons,
        truncated_blocks: leaders.truncated_blocks,
        skipped_candidates: leaders.skipped_candidates,
        capped_names: leaders.capped_names,
        ..Clustering::default()
    };
    let mut cluster_of_leader = vec![0; leaders.forms.len()];
    for (ci, (_, c, l)) in clusters.iter().enumerate() {
        cluster_of_leader[*l] = ci;
        for &m in &c.members {
            result.assignment[m] = ci;
        }
    }
    result.possible = leaders
        .possible
        .into_iter()
        .map(|(x, y, score)| {
            let (a, b) = (cluster_of_leader[x], cluster_of_leader[y]);
            PossibleLink {
                a: a.min(b),
                b: a.max(b),
                score,
            }
        })
        .collect();
    result.possible.sort_by(|p, q| {
        (p.a, p.b)
            .cmp(&(q.a, q.b))
            .then(q.score.total_cmp(&p.score))
    });
    result.possible.dedup_by_key(|p| (p.a, p.b));
    let all = std::mem::take(&mut result.possible);
    let (kept, left_out) = rank_possible(all, clusters.len());
    result.possible = kept;
    result.possible_left_out = left_out;
    result.clusters = clusters.into_iter().map(|(_, c, _)| c).collect();
    result
}

/// The possible links (each pair of clusters once), ranked by score, the higher first
/// (then by cluster index), with at most [`POSSIBLE_PER_CLUSTER`] per cluster: a link
/// is kept while both its clusters have fewer kept. Returns the kept links in rank
/// order and how many were left out. `clusters` bounds the cluster indices.
fn rank_possible(mut links: Vec<PossibleLink>, clusters: usize) -> (Vec<PossibleLink>, usize) {
    links.sort_by(|p, q| {
        q.score
            .total_cmp(&p.score)
            .then((p.a, p.b).cmp(&(q.a, q.b)))
    });
    let mut kept_of = vec![0usize; clusters];
    let mut left_out = 0;
    links.retain(|l| {
        let room = |c: usize| kept_of.get(c).is_some_and(|&k| k < POSSIBLE_PER_CLUSTER);
        if room(l.a) && room(l.b) {
            kept_of[l.a] += 1;
            kept_of[l.b] += 1;
            true
        } else {
            left_out += 1;
            false
        }
    });
    (links, left_out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms_of(mentions: &[&str]) -> Vec<Form> {
        collapse_forms(mentions, |i| NameKey::parse(mentions[i]))
    }

    #[test]
    fn equal_texts_then_equal_variant_keys_collapse_before_any_comparison() {
        let m = ["Nazarbayev", "Nazarbayev", "Nazarbaev", "Tokayev"];
        let forms = forms_of(&m);
        assert_eq!(forms.len(), 2);
        assert_eq!(forms[0].mentions, [0, 1, 2]);
        // each distinct text once, with how often it was written
        assert_eq!(forms[0].spellings, [(0, 2), (2, 1)]);
    }

    #[test]
    fn spellings_that_differ_only_by_marks_collapse() {
        let m = [
            "Bogdan Stanković",
            "Marie-Hélène Garçon",
            "Bogdan Stankovic",
            "Marie-Helene Garcon",
            "Đinh Văn Hùng",
            "Dinh Van Hung",
            "Bogdan Stankovich",
            "Bogdana Stankovic",
        ];
        let forms = forms_of(&m);
        let form_of = |i: usize| forms.iter().position(|f| f.mentions.contains(&i));
        assert_eq!(form_of(0), form_of(2));
        assert_eq!(form_of(1), form_of(3));
        assert_eq!(form_of(4), form_of(5));
        // (the variant key already reads ć as ch)
        assert_eq!(forms[0].spellings, [(0, 1), (2, 1), (6, 1)]);
        // other letters are left to the matcher
        assert_ne!(form_of(0), form_of(7));
        assert_ne!(form_of(0), form_of(1));
        // a name in another script is not read through its marks
        assert_eq!(latin_without_marks("Ђорђе"), None);
        assert_eq!(
            latin_without_marks("Łukasz  Wójcik").as_deref(),
            Some("lukasz wojcik")
        );
        let c = cluster(&m);
        assert_eq!(c.assignment[0], c.assignment[2]);
        assert_eq!(c.assignment[1], c.assignment[3]);
        // the plain spelling's key is kept, whose blocks a flipped order shares
        let c = cluster(&["Đặng Minh Hải", "Dang Minh Hai", "Minh Hai Dang"]);
        assert_eq!(c.clusters.len(), 1, "{c:?}");
    }

    #[test]
    fn a_region_or_a_latin_native_spelling_keeps_forms_apart() {
        // one variant key, but two regions: two places
        let m = ["Clinton, Iowa", "Clinton, Indiana", "Clinton, Iowa"];
        let forms = forms_of(&m);
        assert_eq!(forms.len(), 2);
        assert_eq!(forms[0].mentions, [0, 2]);
        // one variant key, but neither spelling shows romanization: the matcher decides
        // (and holds them for review), the collapse does not merge them
        let m = ["Warren", "Varen"];
        assert_eq!(forms_of(&m).len(), 2);
        let c = cluster(&m);
        assert_eq!(c.clusters.len(), 2, "{c:?}");
        // a romanized spelling still collapses with its variants
        assert_eq!(forms_of(&["Nazarbayev", "Nazarbaev"]).len(), 1);
    }

    #[test]
    fn a_bare_place_name_joins_one_region_only() {
        // the bare name matches each qualified one, but once its cluster is in
        // Maryland it cannot also take Iowa
        let m = ["Cambridge", "Cambridge, Maryland", "Cambridge, Iowa"];
        let c = cluster(&m);
        let cluster_of = |i: usize| c.assignment[i];
        assert_ne!(cluster_of(1), cluster_of(2), "{c:?}");
        assert!(cluster_of(0) == cluster_of(1) || cluster_of(0) == cluster_of(2));
    }

    #[test]
    fn fuller_names_are_visited_first_then_the_most_mentioned() {
        let m = ["Nazarbayev", "Tokayev", "Tokayev", "Nursultan Nazarbayev"];
        let forms = forms_of(&m);
        let order: Vec<&str> = visiting_order(&forms)
            .into_iter()
            .map(|f| m[forms[f].spellings[0].0])
            .collect();
        assert_eq!(order, ["Nursultan Nazarbayev", "Tokayev", "Nazarbayev"]);
    }

    #[test]
    fn a_form_joins_the_leader_it_matches_or_leads_and_possible_pairs_are_kept() {
        let m = [
            "Nursultan Nazarbayev",
            "N. Nazarbaev",
            "Nazarbayev",
            "Kassym-Jomart Tokayev",
        ];
        let mut forms = forms_of(&m);
        let order = visiting_order(&forms);
        let leaders = elect_leaders(&Hybrid::default(), &mut forms, &order);
        assert_eq!(leaders.forms.len(), 3, "{:?}", leaders.members_of);
        // the initial joins the full name; the bare surname leads, linked for review
        assert!(leaders.members_of.iter().any(|fs| fs.len() == 2));
        assert_eq!(leaders.possible.len(), 1);
        assert!(leaders.comparisons >= 2);
        let c = into_clustering(&m, &forms, leaders);
        assert_eq!(c.assignment[0], c.assignment[1]);
        assert_eq!(
            c.clusters[c.assignment[0]].representative,
            "Nursultan Nazarbayev"
        );
        // clusters in order of first mention
        assert_eq!(c.assignment, [0, 0, 1, 2]);
        assert_eq!((c.possible[0].a, c.possible[0].b), (0, 1));
    }

    #[test]
    fn initials_join_the_best_attested_spelling_of_one_person_and_no_one_of_two() {
        // one person written everywhere, once misspelt: the initials are hers
        let m = [
            "Narmin Ali Qizi Karimova",
            "Narmin Kerimova",
            "Narmin Kerimova",
            "Narmin Kerimova",
            "Narnin Kerimova",
            "N. A. Kerimova",
        ];
        let c = cluster(&m);
        assert_eq!(c.assignment[5], c.assignment[1], "{:?}", c.clusters);
        assert_ne!(c.assignment[4], c.assignment[1]);
        // two people with the initial: the initials stay apart, for review
        let m = [
            "Natia Kapanaia",
            "Natia Kapanaia",
            "Nikoloz Kapanaia",
            "N. Kapanaia",
        ];
        let c = cluster(&m);
        assert_ne!(c.assignment[0], c.assignment[2]);
        assert_ne!(c.assignment[3], c.assignment[0], "{:?}", c.clusters);
        assert_ne!(c.assignment[3], c.assignment[2], "{:?}", c.clusters);
        assert!(
            c.possible
                .iter()
                .any(|p| p.a == c.assignment[3] || p.b == c.assignment[3]),
            "{:?}",
            c.possible
        );
    }

    #[test]
    fn initials_join_a_bearer_written_out_before_a_bare_surname() {
        // the bare surname is written more often, but says nothing of the initial
        let m = [
            "Grigory Belkov",
            "Belkov",
            "Belkov",
            "Belkov",
            "G. Belkov",
            "Minister Belkov",
        ];
        let c = cluster(&m);
        assert_eq!(c.assignment[4], c.assignment[0], "{:?}", c.clusters);
        assert_ne!(c.assignment[1], c.assignment[0], "{:?}", c.clusters);
    }

    #[test]
    fn a_name_without_a_patronymic_that_fits_namesakes_keeps_its_spellings_together() {
        // two women of one name, told apart by their patronymics; the name without
        // one is written in two romanizations, each closer to one namesake's
        let m = [
            "Narmin Ali Qizi Karimova",
            "Narmin Ali Qizi Karimova",
            "Narmin Rashad Qizi Kerimova",
            "Narmin Kerimova",
            "Narmin Kerimova",
            "Narmin Kerimova",
            "Narmin Karimova",
            "Narmin Karimova",
        ];
        let forms = forms_of(&m);
        assert!(forms.iter().any(|f| has_patronymic(&f.key)));
        let c = cluster(&m);
        assert_ne!(c.assignment[0], c.assignment[2], "{:?}", c.clusters);
        // both spellings with the best-attested namesake, not shared out by spelling
        assert_eq!(c.assignment[3], c.assignment[6], "{:?}", c.clusters);
        assert_eq!(c.assignment[3], c.assignment[0], "{:?}", c.clusters);
        // one namesake alone: the name joins it, whatever the spelling
        let c = cluster(&["Narmin Rashad Qizi Kerimova", "Narmin Karimova"]);
        assert_eq!(c.clusters.len(), 1, "{:?}", c.clusters);
    }

    #[test]
    fn spellings_of_one_person_share_a_cluster() {
        let m = [
            "Kassym-Jomart Tokayev",
            "Qasym-Zhomart Toqaev",
            "Касым-Жомарт Токаев",
            "Tokajew Kassym-Schomart",
            "K. Tokayev",
        ];
        let c = cluster(&m);
        assert_eq!(c.clusters.len(), 1, "{c:?}");
        assert_eq!(c.clusters[0].members, vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn either_order_finds_each_other() {
        let c = cluster(&["Zhanbolat Mamay", "Mamay Zhanbolat", "Janbolat Mamai"]);
        assert_eq!(c.clusters.len(), 1, "{c:?}");
    }

    #[test]
    fn hard_negatives_stay_apart() {
        let m = [
            "Nursultan Nazarbayev",
            "Dariga Nazarbayeva",
            "Bolat Nazarbayev",
            "Nur-Sultan",
            "Heydar Aliyev",
            "Ilham Aliyev",
        ];
        let c = cluster(&m);
        assert_eq!(c.clusters.len(), 6, "{c:?}");
    }

    #[test]
    fn organisations_and_acronyms() {
        let m = [
            "Organization for Security and Co-operation in Europe",
            "OSCE",
            "Nur Otan",
            "Nour Otan party",
        ];
        let c = cluster(&m);
        assert_eq!(c.assignment[0], c.assignment[1]);
        assert_eq!(c.assignment[2], c.assignment[3]);
        assert_eq!(c.clusters.len(), 2);
    }

    #[test]
    fn order_of_input_does_not_change_the_grouping() {
        let m = [
            "Nazarbaev",
            "Nursultan Nazarbayev",
            "N. Nazarbayev",
            "Dariga Nazarbayeva",
        ];
        let mut rev = m;
        rev.reverse();
        let (a, b) = (cluster(&m), cluster(&rev));
        let n = m.len();
        for i in 0..n {
            for j in 0..n {
                let same_a = a.assignment[i] == a.assignment[j];
                let same_b = b.assignment[n - 1 - i] == b.assignment[n - 1 - j];
                assert_eq!(same_a, same_b, "{i} {j}");
            }
        }
    }

    #[test]
    fn representative_is_the_most_frequent_spelling() {
        let m = ["Nazarbaev", "Nazarbayev", "Nazarbayev"];
        let c = cluster(&m);
        assert_eq!(c.clusters[0].representative, "Nazarbayev");
    }

    #[test]
    fn a_crowded_surname_block_is_sampled_the_given_name_block_searched_and_skips_counted() {
        // more bearers of one surname and initial class than one block compares
        let syllables = ["b", "d", "k", "l", "m", "n", "r", "s", "t"];
        let mut m: Vec<String> = Vec::new();
        for x in syllables {
            for y in syllables {
                m.push(format!("A{x}a{y}urat Tokayev"));
            }
        }
        let bearers = m.len();
        assert!(bearers > CANDIDATE_LIMITS.per_block);
        // the last bearer again, in the other order and another romanization
        let last = m[bearers - 1].clone();
        m.push("Tokayev Atatourat".to_string());
        assert_eq!(last, "Atatturat Tokayev".replace("tt", "t"));
        let c = cluster(&m);
        // (some made-up names are one another's romanizations: fewer clusters)
        assert!(
            c.clusters.len() > CANDIDATE_LIMITS.per_block,
            "{}",
            c.clusters.len()
        );
        assert_eq!(c.assignment[bearers], c.assignment[bearers - 1]);
        assert!(c.truncated_blocks > 0);
        assert!(c.skipped_candidates > 0);
        assert!(c.comparisons < bearers * bearers / 2, "{}", c.comparisons);
    }

    #[test]
    fn a_name_offered_more_leaders_than_the_per_name_limit_compares_the_best_ranked() {
        // bearers of one surname and initial class: one block, not crowded, yet
        // more leaders than one name is compared with
        let syllables = ["b", "d", "k", "l", "m", "r", "t"];
        let mut m: Vec<String> = Vec::new();
        for x in syllables {
            for y in syllables {
                m.push(format!("A{x}a{y}urat Tokayev"));
            }
        }
        assert!(m.len() <= CANDIDATE_LIMITS.per_block);
        let bearers = m.len();
        // found through its given-name block, the rarest it shares
        m.push("Tokayev Atatourat".to_string());
        // an initial fits them all: only the limit's worth are compared
        m.push("A. Tokayev".to_string());
        let c = cluster(&m);
        assert!(
            c.clusters.len() > CANDIDATE_LIMITS.per_name + 2,
            "{}",
            c.clusters.len()
        );
        assert_eq!(c.assignment[bearers], c.assignment[bearers - 1]);
        assert_eq!(c.truncated_blocks, 0);
        assert!(c.capped_names >= 1, "{}", c.capped_names);
        assert!(c.skipped_candidates >= 1);
    }

    #[test]
    fn possible_links_are_ranked_and_capped_per_cluster_with_the_rest_counted() {
        let link = |a: usize, b: usize, score: f64| PossibleLink { a, b, score };
        // cluster 0 is nearly matched by many; cluster 9 by one
        let mut links: Vec<PossibleLink> = (1..=POSSIBLE_PER_CLUSTER + 2)
            .map(|b| link(0, b, 0.5 + b as f64 / 100.0))
            .collect();
        links.push(link(8, 9, 0.6));
        let (kept, left_out) = rank_possible(links, 10);
        assert_eq!(left_out, 2);
        assert_eq!(kept.len(), POSSIBLE_PER_CLUSTER + 1);
        // the highest scores first; the two lowest of cluster 0 left out
        assert!(
            kept.windows(2).all(|w| w[0].score >= w[1].score),
            "{kept:?}"
        );
        assert!(kept.iter().all(|l| l.b > 2));
        assert!(kept.iter().any(|l| (l.a, l.b) == (8, 9)));
        // a bare surname nearly matching many bearers keeps its closest few
        let mut m: Vec<String> = ["Ali", "Bek", "Dos", "Erl", "Gul", "Kan", "Mur", "Nur"]
            .iter()
            .map(|g| format!("{g}an Tokayev"))
            .collect();
        m.push("Tokayev".to_string());
        let c = cluster(&m);
        let bare = c.assignment[m.len() - 1];
        let of_bare = c.possible.iter().filter(|p| p.a == bare || p.b == bare);
        assert_eq!(of_bare.count(), POSSIBLE_PER_CLUSTER, "{:?}", c.possible);
        assert_eq!(c.possible_left_out, m.len() - 1 - POSSIBLE_PER_CLUSTER);
    }

    #[test]
    fn block_weights_fall_as_blocks_grow() {
        let w = CandidateLimits::weight;
        assert!(w(1) > w(2) && w(2) > w(64) && w(64) > w(10_000));
        assert!(w(usize::MAX) == 0);
    }

    #[test]
    fn empty_input_and_empty_names() {
        let none: [&str; 0] = [];
        assert!(cluster(&none).clusters.is_empty());
        let c = cluster(&["", "...", "Nazarbayev"]);
        assert_eq!(c.assignment.len(), 3);
        assert!(c.assignment.iter().all(|&a| a < c.clusters.len()));
    }
}
