//! Claims in arrival order, found by id.
//!
//! Each slot of the id index keeps the id's full hash next to the claim's position.
//! Growing the index then rehashes from the slots alone: an index that kept positions
//! only would read every claim's entry again at every doubling, a million scattered
//! reads for a million claims.

use std::hash::BuildHasher;

use hashbrown::HashTable;

use super::intern::ClaimKeys;
use crate::claim::Claim;

/// A claim and its grouping keys.
#[derive(Debug, Clone)]
pub(crate) struct Stored {
    /// Boxed: a claim is a few hundred bytes, and a store of millions grows by moving
    /// its entries.
    pub claim: Box<Claim>,
    pub keys: ClaimKeys,
}

/// A claim's position, with the hash of its id: eight bytes, so that the index of a
/// million claims (two million slots) holds 16 MiB rather than 32. Positions past
/// `u32::MAX` are not stored (a store that large would hold terabytes of claims).
#[derive(Debug, Clone, Copy)]
struct Slot {
    hash: u32,
    at: u32,
}

impl Slot {
    /// The table's hash of a slot: its 32 bits in both halves, so that the bucket
    /// (low bits) and the tag (top seven bits) come from different bits of the id's
    /// hash.
    fn full(hash: u32) -> u64 {
        u64::from(hash) << 32 | u64::from(hash)
    }
}

/// Stored claims in order, with an index by id.
#[derive(Debug, Clone, Default)]
pub(crate) struct ClaimTable {
    entries: Vec<Stored>,
    index: HashTable<Slot>,
    hasher: foldhash::fast::RandomState,
}

impl ClaimTable {
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn reserve(&mut self, additional: usize) {
        self.entries.reserve(additional);
        self.index.reserve(additional, |s| Slot::full(s.hash));
    }

    /// The 32-bit hash of an id.
    fn hash(&self, id: &str) -> u32 {
        // the low half of a 64-bit hash
        self.hasher.hash_one(id) as u32
    }

    /// The position of the claim with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        let hash = self.hash(id);
        let entries = &self.entries;
        self.index
            .find(Slot::full(hash), |s| {
                s.hash == hash && entries.get(s.at as usize).is_some_and(|e| e.claim.id == id)
            })
            .map(|s| s.at as usize)
    }

    pub fn get(&self, id: &str) -> Option<&Stored> {
        self.position(id).map(|at| &self.entries[at])
    }

    /// The claim stored under the id of `claim`, or, if there is none, a place to put
    /// it: one probe of the index either way.
    pub fn entry(&mut self, id: &str) -> Entry<'_> {
        let hash = self.hash(id);
        let entries = &self.entries;
        let found = self
            .index
            .find(Slot::full(hash), |s| {
                s.hash == hash && entries.get(s.at as usize).is_some_and(|e| e.claim.id == id)
            })
            .map(|s| s.at as usize);
        match found {
            Some(at) => Entry::Occupied(&self.entries[at]),
            None => Entry::Vacant(Vacant { table: self, hash }),
        }
    }

    /// The stored claims, in order.
    pub fn entries(&self) -> &[Stored] {
        &self.entries
    }

    pub fn into_values(self) -> impl ExactSizeIterator<Item = Stored> {
        self.entries.into_iter()
    }

    /// Puts the claims in the order `compare` gives their ids, and indexes them again.
    pub fn sort_by_id(&mut self, compare: impl Fn(&str, &str) -> std::cmp::Ordering) {
        self.entries
            .sort_by(|a, b| compare(a.claim.id.as_str(), b.claim.id.as_str()));
        self.index.clear();
        let ClaimTable {
            entries,
            index,
            hasher,
        } = self;
        for (at, stored) in entries.iter().enumerate() {
            let hash = hasher.hash_one(stored.claim.id.as_str()) as u32;
            let at = u32::try_from(at).unwrap_or(u32::MAX);
            index.insert_unique(Slot::full(hash), Slot { hash, at }, |s| Slot::full(s.hash));
        }
    }
}

/// What [`ClaimTable::entry`] found.
pub(crate) enum Entry<'a> {
    Occupied(&'a Stored),
    Vacant(Vacant<'a>),
}

/// The place for a claim whose id the table does not hold.
pub(crate) struct Vacant<'a> {
    table: &'a mut ClaimTable,
    hash: u32,
}

impl Vacant<'_> {
    /// Stores the claim; its id must be the one the entry was asked for.
    pub fn insert(self, stored: Stored) {
        let table = self.table;
        let at = u32::try_from(table.entries.len()).unwrap_or(u32::MAX);
        table.entries.push(stored);
        table.index.insert_unique(
            Slot::full(self.hash),
            Slot {
                hash: self.hash,
                at,
            },
            |s| Slot::full(s.hash),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::parse_jsonl_line;

    fn stored(id: &str) -> Stored {
        let line = format!(
            r#"{{"id":"{id}","source":"S","published":"2021-01-10","subject":"X","predicate":"p","value":"1"}}"#
        );
        Stored {
            claim: Box::new(parse_jsonl_line(&line, 1).unwrap()),
            keys: ClaimKeys {
                mention: 0,
                predicate: 0,
                qualifiers: 0,
                source: 0,
            },
        }
    }

    #[test]
    fn claims_are_found_by_id_through_growth_and_sorting() {
        let mut table = ClaimTable::default();
        for i in (0..5_000).rev() {
            match table.entry(&i.to_string()) {
                Entry::Vacant(v) => v.insert(stored(&i.to_string())),
                Entry::Occupied(_) => panic!("{i} is new"),
            }
        }
        assert!(matches!(table.entry("17"), Entry::Occupied(s) if s.claim.id == "17"));
        assert_eq!(table.position("4999"), Some(0));
        table.sort_by_id(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
        assert_eq!(table.position("0"), Some(0));
        assert_eq!(table.position("4999"), Some(4_999));
        assert!(table.get("5000").is_none());
        assert_eq!(table.len(), 5_000);
    }
}
