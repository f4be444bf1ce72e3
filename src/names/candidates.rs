//! Which cluster leaders a name is compared with, for the clustering.
//!
//! Every distinct form's blocking keys ([`blocking_keys`]) are computed once and
//! interned into small integers before any comparison ([`FormKeys`]); the strings are
//! dropped then. The leaders elected so far are indexed by key id in a plain vector
//! ([`LeaderBlocks`]), so that looking a name's blocks up and indexing a new leader
//! hash nothing and allocate nothing per name. [`gather_candidates`] applies the
//! limits of [`CandidateLimits`] and counts what they leave out.

use foldhash::{HashMap, HashMapExt};

use smol_str::SmolStr;

use super::blocking::{SearchedBlocks, blocking_keys};
use super::cluster::{CANDIDATE_LIMITS, CandidateLimits};
use super::parts::NameKey;

/// One blocking key of a form, interned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct KeyRef {
    /// The key's id: its index in the [`LeaderBlocks`].
    id: u32,
    /// True for a key narrower than a surname: all distinctive words (`j`), or a
    /// surname with its given name written out (`g`).
    narrow: bool,
    /// True when the form looks in this block ([`search_keys`]); every key of a form
    /// is a block it is indexed under once it leads.
    search: bool,
}

/// The interned blocking keys of every form, in one arena.
#[derive(Debug, Default)]
pub(super) struct FormKeys {
    /// Every form's keys, form after form.
    keys: Vec<KeyRef>,
    /// The keys of form `f` are `keys[start[f]..start[f + 1]]`.
    start: Vec<usize>,
    /// How many distinct keys were interned.
    distinct: usize,
}

impl FormKeys {
    /// The keys of each of `keys` (a name without words has none), interned.
    pub(super) fn of<'a>(keys: impl ExactSizeIterator<Item = &'a NameKey>) -> FormKeys {
        // blocking keys are short: held in the table's own slots, a lookup touches
        // one slot instead of chasing a string elsewhere in memory
        let mut ids: HashMap<SmolStr, u32> = HashMap::with_capacity(keys.len() * 4);
        let mut out = FormKeys {
            keys: Vec::with_capacity(keys.len() * 5),
            start: Vec::with_capacity(keys.len() + 1),
            distinct: 0,
        };
        out.start.push(0);
        for key in keys {
            if !key.is_empty() {
                let all = blocking_keys(key);
                let searched = SearchedBlocks::of(&all);
                for k in &all {
                    let search = searched.contains(k);
                    let narrow = k.starts_with('g') || k.starts_with('j');
                    let id = match ids.get(k.as_str()) {
                        Some(&id) => id,
                        None => {
                            let next = u32::try_from(ids.len()).unwrap_or(u32::MAX);
                            ids.insert(SmolStr::new(k), next);
                            next
                        }
                    };
                    out.keys.push(KeyRef { id, narrow, search });
                }
            }
            out.start.push(out.keys.len());
        }
        out.distinct = ids.len();
        out
    }

    /// The keys of form `f`.
    fn of_form(&self, f: usize) -> &[KeyRef] {
        match (self.start.get(f), self.start.get(f + 1)) {
            (Some(&a), Some(&b)) => &self.keys[a..b],
            _ => &[],
        }
    }
}

/// The leaders elected so far, by blocking key id, in the order they were elected.
#[derive(Debug, Default)]
pub(super) struct LeaderBlocks {
    blocks: Vec<Vec<u32>>,
    /// How many leaders were indexed.
    leaders: usize,
}

impl LeaderBlocks {
    /// An empty index for the keys of `keys`.
    pub(super) fn new(keys: &FormKeys) -> LeaderBlocks {
        LeaderBlocks {
            blocks: vec![Vec::new(); keys.distinct],
            leaders: 0,
        }
    }

    /// Indexes leader `leader`, of form `f`, under each of the form's keys.
    pub(super) fn insert(&mut self, keys: &FormKeys, f: usize, leader: usize) {
        self.leaders += 1;
        let leader = u32::try_from(leader).unwrap_or(u32::MAX);
        for k in keys.of_form(f) {
            if let Some(block) = self.blocks.get_mut(k.id as usize) {
                block.push(leader);
            }
        }
    }

    /// True when no leader is indexed.
    #[cfg(any(feature = "parallel", test))]
    pub(super) fn is_empty(&self) -> bool {
        self.leaders == 0
    }

    fn block(&self, id: u32) -> &[u32] {
        self.blocks.get(id as usize).map_or(&[], Vec::as_slice)
    }
}

/// What candidate selection left out for one name.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct Skipped {
    /// Crowded blocks looked in.
    pub blocks: usize,
    /// Leaders of those blocks not compared.
    pub leaders: usize,
    /// Leaders offered beyond [`CandidateLimits::per_name`], ranked out.
    pub ranked_out: usize,
}

/// The leaders form `f` is compared with: every leader of its small blocks; from a
/// crowded block the first [`CandidateLimits::crowded_sample`] when the name has a
/// block that is not crowded and narrower than a surname (`g`, `j`), else the first
/// [`CandidateLimits::per_block`]. Of these, at most [`CandidateLimits::per_name`]:
/// those with the most block weight shared with the name (the lower leader index
/// first among equals). Written to `out` sorted by leader index, without repeats;
/// `ranked` is scratch space, kept between calls so that no name allocates.
pub(super) fn gather_candidates(
    blocks: &LeaderBlocks,
    keys: &FormKeys,
    f: usize,
    ranked: &mut Vec<(usize, u64)>,
    out: &mut Vec<usize>,
) -> Skipped {
    let limits = CANDIDATE_LIMITS;
    let searched = || keys.of_form(f).iter().filter(|k| k.search);
    let narrow = searched().any(|k| k.narrow && blocks.block(k.id).len() <= limits.per_block);
    let mut skipped = Skipped::default();
    ranked.clear();
    for k in searched() {
        let block = blocks.block(k.id);
        let take = if block.len() <= limits.per_block {
            block.len()
        } else if narrow {
            limits.crowded_sample
        } else {
            limits.per_block
        };
        if take < block.len() {
            skipped.blocks += 1;
            skipped.leaders += block.len() - take;
        }
        let weight = CandidateLimits::weight(block.len());
        ranked.extend(block[..take].iter().map(|&l| (l as usize, weight)));
    }
    // one entry per leader, its weights summed
    ranked.sort_unstable_by_key(|&(l, _)| l);
    let mut kept = 0;
    for i in 0..ranked.len() {
        if kept > 0 && ranked[kept - 1].0 == ranked[i].0 {
            ranked[kept - 1].1 += ranked[i].1;
        } else {
            ranked[kept] = ranked[i];
            kept += 1;
        }
    }
    ranked.truncate(kept);
    let per_name = limits.per_name;
    if ranked.len() > per_name {
        skipped.ranked_out = ranked.len() - per_name;
        if let Some(last) = per_name.checked_sub(1) {
            ranked.select_nth_unstable_by(last, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        }
        ranked.truncate(per_name);
        ranked.sort_unstable_by_key(|&(l, _)| l);
    }
    out.clear();
    out.extend(ranked.iter().map(|&(l, _)| l));
    skipped
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys_of(names: &[&str]) -> FormKeys {
        let parsed: Vec<NameKey> = names.iter().map(|n| NameKey::parse(n)).collect();
        FormKeys::of(parsed.iter())
    }

    #[test]
    fn equal_keys_intern_to_one_id_and_empty_names_have_none() {
        let keys = keys_of(&["Nursultan Nazarbayev", "Nazarbaev Nursultan", "..."]);
        let (a, b) = (keys.of_form(0), keys.of_form(1));
        assert!(a.iter().any(|k| b.iter().any(|j| j.id == k.id)));
        assert!(keys.of_form(2).is_empty());
        assert!(keys.of_form(3).is_empty());
        assert!(keys.distinct <= keys.keys.len());
    }

    #[test]
    fn leaders_are_found_through_shared_blocks_only() {
        let keys = keys_of(&[
            "Nursultan Nazarbayev",
            "Kassym-Jomart Tokayev",
            "Nazarbaev Nursultan",
        ]);
        let mut blocks = LeaderBlocks::new(&keys);
        assert!(blocks.is_empty());
        blocks.insert(&keys, 0, 0);
        blocks.insert(&keys, 1, 1);
        let (mut ranked, mut out) = (Vec::new(), Vec::new());
        let skipped = gather_candidates(&blocks, &keys, 2, &mut ranked, &mut out);
        assert_eq!(out, [0]);
        assert_eq!(skipped, Skipped::default());
    }

    #[test]
    fn a_crowded_block_is_sampled_and_the_skip_counted() {
        let names = vec!["Nazarbayev"; CANDIDATE_LIMITS.per_block + 6];
        let keys = keys_of(&names);
        let mut blocks = LeaderBlocks::new(&keys);
        for f in 0..names.len() - 1 {
            blocks.insert(&keys, f, f);
        }
        let (mut ranked, mut out) = (Vec::new(), Vec::new());
        let last = names.len() - 1;
        let skipped = gather_candidates(&blocks, &keys, last, &mut ranked, &mut out);
        assert!(skipped.blocks >= 1);
        assert_eq!(
            skipped.leaders,
            skipped.blocks * (last - CANDIDATE_LIMITS.per_block)
        );
        assert_eq!(out.len(), CANDIDATE_LIMITS.per_name);
        assert_eq!(
            skipped.ranked_out,
            CANDIDATE_LIMITS.per_block - CANDIDATE_LIMITS.per_name
        );
    }
}
