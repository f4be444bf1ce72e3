//! Small integer keys for what claims are grouped by, assigned at ingest while a
//! claim's strings are still in cache: reconciling a million claims then compares
//! integers instead of chasing a million scattered strings.

use std::collections::HashMap;

use smol_str::SmolStr;

use crate::claim::Claim;

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

/// Distinct strings numbered in order of first appearance. Short strings are held in
/// the table's own slots, so a lookup touches one slot rather than a slot, an offset
/// table and a text somewhere else: a million lookups against tens of thousands of
/// mentions are otherwise dominated by cache misses.
#[derive(Debug, Clone, Default)]
struct Set {
    numbers: HashMap<SmolStr, u32, foldhash::fast::RandomState>,
}

impl Set {
    fn len(&self) -> usize {
        self.numbers.len()
    }
}

/// Distinct mentions, predicates and qualifier sets, each numbered in order of first
/// appearance. Entries made of several fields are encoded into one string each
/// (fields joined by a control character that cannot be confused with text), built in
/// a reused buffer.
#[derive(Debug, Clone, Default)]
pub(crate) struct Interner {
    mentions: Set,
    predicates: Set,
    qualifier_sets: Set,
    sources: Set,
    /// Each source name as first written, by every spelling seen of it: names that
    /// differ only in case and spacing ("REUTERS", "Reuters ") are one source.
    source_spellings: HashMap<SmolStr, SmolStr, foldhash::fast::RandomState>,
    /// The same first spellings, by their folded form (lowercase, single spaces).
    source_folds: HashMap<String, SmolStr, foldhash::fast::RandomState>,
    /// Each qualifier set's method, by the set's number: claims with one qualifier set
    /// share their method, so a pass over a million claims reads it from this table
    /// instead of searching each claim's qualifiers (a block of its own on the heap).
    methods: Vec<Option<SmolStr>>,
    scratch: String,
}

/// Starts an escape in an encoded entry: followed by [`FIELD_END`] it ends a field,
/// followed by [`LITERAL`] it stands for itself in the text. Reading left to right
/// takes any encoding apart one way only, so different field lists never collide.
const SEPARATOR: char = '\u{1f}';
const FIELD_END: char = '1';
const LITERAL: char = '0';

fn intern(set: &mut Set, key: &str) -> u32 {
    if let Some(&i) = set.numbers.get(key) {
        return i;
    }
    // more than four billion distinct values would need more memory than a store holds
    let i = u32::try_from(set.numbers.len()).unwrap_or(u32::MAX);
    set.numbers.insert(SmolStr::new(key), i);
    i
}

impl Interner {
    /// The keys of a claim, adding what is new.
    pub fn keys(&mut self, claim: &Claim) -> ClaimKeys {
        let mut scratch = std::mem::take(&mut self.scratch);
        scratch.clear();
        // a mention alone is its text, escaped; with a former name, both as fields.
        // Only the second kind holds a field end, so the two kinds never meet.
        let mention = match claim.formerly() {
            None if !claim.subject.contains(SEPARATOR) => {
                intern(&mut self.mentions, &claim.subject)
            }
            None => {
                escape_into(&mut scratch, &claim.subject);
                intern(&mut self.mentions, &scratch)
            }
            Some(f) => {
                encode_part(&mut scratch, &claim.subject);
                encode_part(&mut scratch, f);
                intern(&mut self.mentions, &scratch)
            }
        };
        let predicate = intern(&mut self.predicates, &claim.predicate);
        scratch.clear();
        for (k, v) in &claim.qualifiers {
            encode_part(&mut scratch, k);
            encode_part(&mut scratch, v);
        }
        let sets = self.qualifier_sets.len();
        let qualifiers = intern(&mut self.qualifier_sets, &scratch);
        if qualifiers as usize == sets {
            self.methods.push(claim.method().map(SmolStr::new));
        }
        self.scratch = scratch;
        let source = intern(&mut self.sources, &claim.source.name);
        ClaimKeys {
            mention,
            predicate,
            qualifiers,
            source,
        }
    }

    /// The spelling under which the source named `written` is kept, when it is not
    /// `written` itself: the first spelling seen of its name up to case and spacing.
    pub fn source_spelling(&mut self, written: &SmolStr) -> Option<SmolStr> {
        if let Some(first) = self.source_spellings.get(written) {
            return (first != written).then(|| first.clone());
        }
        let spaced = written.split_whitespace().collect::<Vec<_>>().join(" ");
        let folded = crate::normalize::lowercased(&spaced).into_owned();
        let first = self
            .source_folds
            .entry(folded)
            .or_insert_with(|| SmolStr::new(&spaced))
            .clone();
        self.source_spellings.insert(written.clone(), first.clone());
        (first != *written).then_some(first)
    }

    /// The method of the claims with the qualifier set numbered `set`.
    pub fn method(&self, set: u32) -> Option<&str> {
        self.methods.get(set as usize).and_then(|m| m.as_deref())
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

/// Appends `text` with the separators in it escaped.
fn escape_into(out: &mut String, text: &str) {
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
}

/// Appends `text` as one field: separators in it escaped, then the field's end.
fn encode_part(out: &mut String, text: &str) {
    escape_into(out, text);
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
        let m = interner.keys(&claim("X", r#"{"event":"e","method":"exit poll"}"#));
        assert_eq!(interner.method(m.qualifiers), Some("exit poll"));
        assert_eq!(interner.method(a.qualifiers), None);
        assert_eq!(interner.method(u32::MAX), None);
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
