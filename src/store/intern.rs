//! Small integer keys for what claims are grouped by, assigned at ingest while a
//! claim's strings are still in cache: reconciling a million claims then compares
//! integers instead of chasing a million scattered strings.

use std::hash::BuildHasher;

use hashbrown::HashTable;

use crate::claim::{Claim, qualifier};

/// A claim's keys: indices into the store's [`Interner`] tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ClaimKeys {
    /// The subject as written, with its `formerly` hint.
    pub mention: u32,
    /// The predicate as written.
    pub predicate: u32,
    /// All qualifiers as written, in order.
    pub qualifiers: u32,
    /// The source's name.
    pub source: u32,
}

/// Distinct strings numbered in order of first appearance, their bytes kept end to end
/// in one buffer: a million lookups then touch a few contiguous pages instead of a
/// string scattered somewhere in a heap of gigabytes.
#[derive(Debug, Clone, Default)]
struct Set {
    bytes: String,
    /// Where each string ends in `bytes`; string i starts where i − 1 ends.
    ends: Vec<usize>,
    /// Indices into `ends`, by the hash of their string.
    table: HashTable<u32>,
    hasher: foldhash::fast::RandomState,
}

/// String `i` of an arena: it starts where string `i - 1` ends.
fn entry<'a>(bytes: &'a str, ends: &[usize], i: u32) -> &'a str {
    let i = i as usize;
    let start = if i == 0 { 0 } else { ends[i - 1] };
    &bytes[start..ends[i]]
}

impl Set {
    fn get(&self, i: u32) -> &str {
        entry(&self.bytes, &self.ends, i)
    }

    fn len(&self) -> usize {
        self.ends.len()
    }
}

/// Distinct mentions, predicates and qualifier sets, each numbered in order of first
/// appearance. Entries are encoded into one string each (fields joined by a control
/// character that cannot be confused with text), looked up through a reused buffer.
#[derive(Debug, Clone, Default)]
pub(crate) struct Interner {
    mentions: Set,
    predicates: Set,
    qualifier_sets: Set,
    sources: Set,
    scratch: String,
}

/// Starts an escape in an encoded entry: followed by [`FIELD_END`] it ends a field,
/// followed by [`LITERAL`] it stands for itself in the text. Reading left to right
/// takes any encoding apart one way only, so different field lists never collide.
const SEPARATOR: char = '\u{1f}';
const FIELD_END: char = '1';
const LITERAL: char = '0';

fn intern(set: &mut Set, key: &str) -> u32 {
    let hash = set.hasher.hash_one(key);
    if let Some(&i) = set.table.find(hash, |&i| set.get(i) == key) {
        return i;
    }
    // more than four billion distinct values would need more memory than a store holds
    let i = u32::try_from(set.ends.len()).unwrap_or(u32::MAX);
    set.bytes.push_str(key);
    set.ends.push(set.bytes.len());
    let Set {
        table,
        hasher,
        bytes,
        ends,
    } = set;
    table.insert_unique(hash, i, |&j| hasher.hash_one(entry(bytes, ends, j)));
    i
}

impl Interner {
    /// The keys of a claim, adding what is new.
    pub fn keys(&mut self, claim: &Claim) -> ClaimKeys {
        let mut scratch = std::mem::take(&mut self.scratch);
        scratch.clear();
        encode_part(&mut scratch, &claim.subject);
        if let Some(f) = claim.qualifiers.get(qualifier::FORMERLY) {
            encode_part(&mut scratch, f);
        }
        let mention = intern(&mut self.mentions, &scratch);
        let predicate = intern(&mut self.predicates, &claim.predicate);
        scratch.clear();
        for (k, v) in &claim.qualifiers {
            encode_part(&mut scratch, k);
            encode_part(&mut scratch, v);
        }
        let qualifiers = intern(&mut self.qualifier_sets, &scratch);
        self.scratch = scratch;
        let source = intern(&mut self.sources, &claim.source.name);
        ClaimKeys {
            mention,
            predicate,
            qualifiers,
            source,
        }
    }

    /// How many distinct sources there are.
    pub fn source_count(&self) -> usize {
        self.sources.len()
    }

    /// How many distinct mentions, predicates and qualifier sets there are.
    pub fn sizes(&self) -> (usize, usize, usize) {
        (
            self.mentions.len(),
            self.predicates.len(),
            self.qualifier_sets.len(),
        )
    }
}

/// Appends `text` as one field: separators in it escaped, then the field's end.
fn encode_part(out: &mut String, text: &str) {
    if text.contains(SEPARATOR) {
        for ch in text.chars() {
            out.push(ch);
            if ch == SEPARATOR {
                out.push(LITERAL);
            }
        }
    } else {
        out.push_str(text);
    }
    out.push(SEPARATOR);
    out.push(FIELD_END);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::parse_jsonl_line;

    fn claim(subject: &str, qualifiers: &str) -> Claim {
        let line = format!(
            r#"{{"source":"S","published":"2021-01-10","subject":{},"predicate":"p","value":"1","qualifiers":{qualifiers}}}"#,
            serde_json::to_string(subject).unwrap()
        );
        parse_jsonl_line(&line, 1).unwrap()
    }

    #[test]
    fn equal_fields_share_keys_and_different_ones_do_not() {
        let mut interner = Interner::default();
        let a = interner.keys(&claim("X", r#"{"event":"e"}"#));
        let b = interner.keys(&claim("X", r#"{"event":"e"}"#));
        let c = interner.keys(&claim("X", r#"{"event":"f"}"#));
        let d = interner.keys(&claim("X", r#"{"event":"e","formerly":"Y"}"#));
        assert_eq!(a, b);
        assert_ne!(a.qualifiers, c.qualifiers);
        assert_ne!(a.mention, d.mention);
        assert_eq!(interner.sizes(), (2, 1, 3));
    }

    #[test]
    fn separators_inside_text_cannot_join_two_fields_into_one() {
        let mut interner = Interner::default();
        let s = SEPARATOR;
        let a = interner.keys(&claim(&format!("A{s}B"), "{}"));
        let b = interner.keys(&claim("A", r#"{"formerly":"B"}"#));
        let c = interner.keys(&claim(&format!("A{s}"), r#"{"formerly":"B"}"#));
        let d = interner.keys(&claim("A", r#"{"formerly":"\u001fB"}"#));
        assert_ne!(a.mention, b.mention);
        assert_ne!(c.mention, d.mention);
    }
}
