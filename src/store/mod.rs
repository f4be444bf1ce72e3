//! The claim store: claims in, one at a time or from JSONL; merged with other stores;
//! saved and loaded whole. Reconciling a store into groups with verdicts is the next
//! stage, [`crate::reconcile`](mod@crate::reconcile).

mod file;
mod intern;
mod lines;
mod table;

use std::io::BufRead;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::claim::{
    Claim, ClaimError, ClaimErrorKind, DayOrders, parse_jsonl_line, parse_jsonl_line_in,
};
use intern::Interner;
use table::{ClaimTable, Entry};

pub use file::{STORE_FORMAT, STORE_VERSION, StoreFileError};
pub(crate) use intern::ClaimKeys;
pub(crate) use table::Stored;

/// What can go wrong putting claims into a store.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum StoreError {
    /// A line of JSONL input was not a valid claim.
    #[error(transparent)]
    Claim(#[from] ClaimError),
    /// Two different claims with one id.
    #[error("line {line}, field `id`: the id {id:?} is already used by another claim")]
    DuplicateId {
        /// The line of the second claim (0 when not read from a file).
        line: usize,
        /// The id.
        id: String,
    },
    /// A line longer than [`IngestOptions::max_line_bytes`].
    #[error("line {line}: {bytes} bytes is over the limit of {limit} bytes per line")]
    LineTooLong {
        /// The line.
        line: usize,
        /// Its length in bytes.
        bytes: u64,
        /// The limit.
        limit: usize,
    },
    /// A line that is not UTF-8.
    #[error("line {line}: invalid UTF-8 at byte {offset} of the line")]
    InvalidUtf8 {
        /// The line.
        line: usize,
        /// The first byte (0-based, within the line) that is not valid UTF-8.
        offset: usize,
    },
    /// The input could not be read.
    #[error("line {line}: cannot read the input: {source}")]
    Io {
        /// The line being read.
        line: usize,
        /// The reader's error.
        #[source]
        source: std::io::Error,
    },
}

/// How JSONL input is read.
///
/// ```
/// use crosscheck::store::IngestOptions;
/// let options = IngestOptions::new().with_max_line_bytes(64 * 1024);
/// assert_eq!(options.max_line_bytes, 65_536);
/// assert_eq!(IngestOptions::new().max_line_bytes, IngestOptions::DEFAULT_MAX_LINE_BYTES);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct IngestOptions {
    /// The longest line accepted, in bytes (without its end of line). A longer line is
    /// an error, and is never held in memory whole.
    pub max_line_bytes: usize,
}

impl IngestOptions {
    /// One claim rarely needs more than a few kilobytes; a megabyte leaves room for
    /// long quotes while keeping a runaway line from eating memory.
    pub const DEFAULT_MAX_LINE_BYTES: usize = 1 << 20;

    /// The defaults.
    pub fn new() -> IngestOptions {
        IngestOptions::default()
    }

    /// Lines longer than `bytes` are errors.
    pub fn with_max_line_bytes(mut self, bytes: usize) -> IngestOptions {
        self.max_line_bytes = bytes;
        self
    }
}

impl Default for IngestOptions {
    fn default() -> IngestOptions {
        IngestOptions {
            max_line_bytes: IngestOptions::DEFAULT_MAX_LINE_BYTES,
        }
    }
}

/// A claim as the store keeps it: boxed, its qualifiers in no more memory than they
/// need (a map read from JSON grows as it is filled, and keeps room for three entries
/// when it holds one: room that a store of millions of claims would hold for nothing).
fn settled(mut claim: Claim) -> Box<Claim> {
    if claim.qualifiers.capacity() > claim.qualifiers.len() {
        claim.qualifiers.shrink_to_fit();
    }
    Box::new(claim)
}

/// Claims by id, in the order they came in.
///
/// ```
/// use crosscheck::store::ClaimStore;
/// let jsonl = r#"{"id":"a","source":"Agency A","published":"2021-01-11","subject":"Nur Otan","predicate":"vote_share","value":"71%"}
/// {"source":"Agency B","published":"2021-01-10","subject":"Nour Otan","predicate":"vote_share","value":"nearly 72 per cent"}"#;
/// let store = ClaimStore::from_jsonl(jsonl.as_bytes()).unwrap();
/// assert_eq!(store.len(), 2);
/// assert!(store.get("2").is_some()); // the second line had no id
/// ```
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(from = "Vec<Claim>", into = "Vec<Claim>")]
pub struct ClaimStore {
    claims: ClaimTable,
    /// The numbering behind each claim's keys.
    interner: Interner,
}

/// Two stores are equal when they hold the same claims under the same ids, in any
/// order.
impl PartialEq for ClaimStore {
    fn eq(&self, other: &ClaimStore) -> bool {
        self.claims.len() == other.claims.len()
            && self.claims.entries().iter().all(|s| {
                other
                    .claims
                    .get(&s.claim.id)
                    .is_some_and(|o| o.claim == s.claim)
            })
    }
}

impl From<Vec<Claim>> for ClaimStore {
    fn from(claims: Vec<Claim>) -> ClaimStore {
        let mut store = ClaimStore::default();
        for c in claims {
            // a serialized store has unique ids; a repeated id keeps the first claim
            store.add_if_new(c);
        }
        store
    }
}

impl From<ClaimStore> for Vec<Claim> {
    fn from(store: ClaimStore) -> Vec<Claim> {
        store.claims.into_values().map(|s| *s.claim).collect()
    }
}

/// How many distinct values each interned key of the claims takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct KeyCounts {
    pub mentions: usize,
    pub predicates: usize,
    pub qualifier_sets: usize,
    pub sources: usize,
}

/// Orders ids naturally: numbers by value, before other ids; others by text.
fn natural_order(a: &str, b: &str) -> std::cmp::Ordering {
    match (a.parse::<u64>(), b.parse::<u64>()) {
        (Ok(x), Ok(y)) => x.cmp(&y),
        (Ok(_), Err(_)) => std::cmp::Ordering::Less,
        (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
        (Err(_), Err(_)) => a.cmp(b),
    }
}

impl ClaimStore {
    /// An empty store.
    pub fn new() -> ClaimStore {
        ClaimStore::default()
    }

    /// An empty store with room for `claims` claims before it grows.
    ///
    /// ```
    /// use crosscheck::store::ClaimStore;
    /// let line = r#"{"source":"S","published":"2021-01-10","subject":"X","predicate":"p","value":"5"}"#;
    /// let mut store = ClaimStore::with_capacity(1_000);
    /// store.extend_jsonl(line.as_bytes(), Err).unwrap();
    /// assert_eq!(store.len(), 1);
    /// ```
    pub fn with_capacity(claims: usize) -> ClaimStore {
        let mut store = ClaimStore::new();
        store.reserve(claims);
        store
    }

    /// Makes room for `additional` more claims: a store filled with millions of claims
    /// otherwise grows, and rehashes its ids, a score of times on the way.
    pub fn reserve(&mut self, additional: usize) {
        self.claims.reserve(additional);
    }

    /// Adds a claim. An identical claim under the same id is a no-op; a different one
    /// is an error.
    pub fn insert(&mut self, claim: Claim) -> Result<(), StoreError> {
        self.insert_at(claim, 0)
    }

    fn insert_at(&mut self, claim: Claim, line: usize) -> Result<(), StoreError> {
        match self.try_insert(claim) {
            None => Ok(()),
            Some(refused) => Err(StoreError::DuplicateId {
                line,
                id: refused.id.to_string(),
            }),
        }
    }

    /// Adds a claim, or gives it back when a different claim holds its id.
    fn try_insert(&mut self, mut claim: Claim) -> Option<Claim> {
        if let Some(name) = self.interner.source_spelling(&claim.source.name) {
            claim.source.name = name;
        }
        // one probe of the table: a million claims make every probe a cache miss
        match self.claims.entry(&claim.id) {
            Entry::Occupied(s) if *s.claim == claim => None,
            Entry::Occupied(_) => Some(claim),
            Entry::Vacant(slot) => {
                let keys = self.interner.keys(&claim);
                slot.insert(Stored {
                    claim: settled(claim),
                    keys,
                });
                None
            }
        }
    }

    /// Adds a claim read from input: one whose id a claim stored before this read
    /// (before position `read_from`) holds is stored under the read's namespace, when
    /// it has one.
    fn insert_read(
        &mut self,
        claim: Claim,
        line: usize,
        read_from: usize,
        namespace: Option<&str>,
    ) -> Result<(), StoreError> {
        let Some(mut refused) = self.try_insert(claim) else {
            return Ok(());
        };
        match namespace {
            Some(ns)
                if self
                    .claims
                    .position(&refused.id)
                    .is_some_and(|at| at < read_from) =>
            {
                refused.id = format!("{ns}:{}", refused.id).into();
                self.insert_at(refused, line)
            }
            _ => Err(StoreError::DuplicateId {
                line,
                id: refused.id.to_string(),
            }),
        }
    }

    /// Adds a claim unless its id is in the store already.
    fn add_if_new(&mut self, claim: Claim) {
        if let Entry::Vacant(slot) = self.claims.entry(&claim.id) {
            let keys = self.interner.keys(&claim);
            slot.insert(Stored {
                claim: settled(claim),
                keys,
            });
        }
    }

    /// Reads claims from JSONL, one per line; blank lines are skipped. The first bad
    /// line is an error naming the line and the field.
    pub fn from_jsonl(reader: impl BufRead) -> Result<ClaimStore, StoreError> {
        let mut store = ClaimStore::new();
        store.extend_jsonl(reader, Err)?;
        Ok(store)
    }

    /// Reads claims from JSONL into the store, with the default [`IngestOptions`]. Each
    /// bad line goes to `on_error`: return the error to stop, or `Ok(())` to skip the
    /// line and go on. Returns the number of claims added.
    pub fn extend_jsonl(
        &mut self,
        reader: impl BufRead,
        on_error: impl FnMut(StoreError) -> Result<(), StoreError>,
    ) -> Result<usize, StoreError> {
        self.extend_jsonl_with(reader, &IngestOptions::default(), on_error)
    }

    /// Reads claims from JSONL into the store, as [`ClaimStore::extend_jsonl`], with a
    /// limit on the length of a line.
    ///
    /// ```
    /// use crosscheck::store::{ClaimStore, IngestOptions, StoreError};
    /// let long = format!(r#"{{"source":"S","published":"2021-01-10","subject":"X","predicate":"p","value":"{}"}}"#, "9".repeat(200));
    /// let mut store = ClaimStore::new();
    /// let options = IngestOptions::new().with_max_line_bytes(100);
    /// let err = store.extend_jsonl_with(long.as_bytes(), &options, Err).unwrap_err();
    /// assert!(matches!(err, StoreError::LineTooLong { line: 1, limit: 100, .. }));
    /// ```
    pub fn extend_jsonl_with(
        &mut self,
        reader: impl BufRead,
        options: &IngestOptions,
        on_error: impl FnMut(StoreError) -> Result<(), StoreError>,
    ) -> Result<usize, StoreError> {
        self.read_jsonl(reader, options, None, on_error)
    }

    /// Reads claims from JSONL into the store, as [`ClaimStore::extend_jsonl_with`],
    /// from an input named `name` (a file's name): a claim whose id a claim stored
    /// before this read already holds (read from another file: two exports that both
    /// number their rows from 1) is stored as `name:id` instead of refused. An id
    /// repeated within one input is still an error.
    ///
    /// ```
    /// use crosscheck::store::{ClaimStore, IngestOptions};
    /// let line = r#"{"source":"S","published":"2021-01-10","subject":"X","predicate":"p","value":"5"}"#;
    /// let other = r#"{"source":"T","published":"2021-01-10","subject":"X","predicate":"p","value":"6"}"#;
    /// let mut store = ClaimStore::new();
    /// let options = IngestOptions::new();
    /// store.extend_jsonl_named(line.as_bytes(), "a.jsonl", &options, Err).unwrap();
    /// store.extend_jsonl_named(other.as_bytes(), "b.jsonl", &options, Err).unwrap();
    /// assert!(store.get("1").is_some() && store.get("b.jsonl:1").is_some());
    /// // within one input a repeated id is refused
    /// let twice = format!("{line}\n{{\"id\":\"1\",{}", &other[1..]);
    /// assert!(ClaimStore::new().extend_jsonl_named(twice.as_bytes(), "c", &options, Err).is_err());
    /// ```
    pub fn extend_jsonl_named(
        &mut self,
        reader: impl BufRead,
        name: &str,
        options: &IngestOptions,
        on_error: impl FnMut(StoreError) -> Result<(), StoreError>,
    ) -> Result<usize, StoreError> {
        self.read_jsonl(reader, options, Some(name), on_error)
    }

    fn read_jsonl(
        &mut self,
        mut reader: impl BufRead,
        options: &IngestOptions,
        namespace: Option<&str>,
        mut on_error: impl FnMut(StoreError) -> Result<(), StoreError>,
    ) -> Result<usize, StoreError> {
        if starts_with_array(&mut reader) {
            return self.extend_json_array(reader, namespace, on_error);
        }
        let mut added = 0;
        let mut buf = Vec::new();
        let mut line_no = 0;
        let read_from = self.claims.len();
        let mut orders = DayOrders::default();
        // lines whose publication date fits both day orders, read again at the end,
        // when their source's other lines may have shown its order
        let mut ambiguous: Vec<(usize, String)> = Vec::new();
        loop {
            line_no += 1;
            let read =
                lines::read_line(&mut reader, &mut buf, options.max_line_bytes).map_err(|e| {
                    StoreError::Io {
                        line: line_no,
                        source: e,
                    }
                })?;
            let result = match read {
                lines::Line::End => break,
                lines::Line::TooLong(bytes) => Err(StoreError::LineTooLong {
                    line: line_no,
                    bytes,
                    limit: options.max_line_bytes,
                }),
                lines::Line::Read => match std::str::from_utf8(&buf) {
                    Err(e) => Err(StoreError::InvalidUtf8 {
                        line: line_no,
                        offset: e.valid_up_to(),
                    }),
                    Ok(line) if line.trim().is_empty() => continue,
                    Ok(line) => match parse_jsonl_line_in(line, line_no, &mut orders) {
                        Err(e) if is_ambiguous_date(&e) => {
                            ambiguous.push((line_no, line.to_string()));
                            continue;
                        }
                        read => read
                            .map_err(StoreError::from)
                            .and_then(|c| self.insert_read(c, line_no, read_from, namespace)),
                    },
                },
            };
            match result {
                Ok(()) => added += 1,
                Err(e) => on_error(e)?,
            }
        }
        for (line_no, line) in ambiguous {
            let result = parse_jsonl_line_in(&line, line_no, &mut orders)
                .map_err(StoreError::from)
                .and_then(|c| self.insert_read(c, line_no, read_from, namespace));
            match result {
                Ok(()) => added += 1,
                Err(e) => on_error(e)?,
            }
        }
        Ok(added)
    }

    /// Reads a JSON array of claims: each element is read as a line of JSONL would be,
    /// and errors name its position in the array (1-based) as the line.
    fn extend_json_array(
        &mut self,
        mut reader: impl BufRead,
        namespace: Option<&str>,
        mut on_error: impl FnMut(StoreError) -> Result<(), StoreError>,
    ) -> Result<usize, StoreError> {
        let read_from = self.claims.len();
        let mut text = String::new();
        reader
            .read_to_string(&mut text)
            .map_err(|e| StoreError::Io { line: 1, source: e })?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let elements: Vec<serde_json::Value> = match serde_json::from_str(text) {
            Ok(e) => e,
            Err(e) => {
                on_error(StoreError::Claim(ClaimError {
                    line: e.line(),
                    field: None,
                    kind: crate::claim::ClaimErrorKind::InvalidJson(e.to_string()),
                }))?;
                return Ok(0);
            }
        };
        let mut added = 0;
        for (i, element) in elements.iter().enumerate() {
            // each element is read by the line reader, which names the field at fault
            let line = element.to_string();
            let result = parse_jsonl_line(&line, i + 1)
                .map_err(StoreError::from)
                .and_then(|c| self.insert_read(c, i + 1, read_from, namespace));
            match result {
                Ok(()) => added += 1,
                Err(e) => on_error(e)?,
            }
        }
        Ok(added)
    }

    /// Adds every claim of `other`. The result does not depend on the order of merges:
    /// claims are kept in natural id order afterwards.
    ///
    /// ```
    /// use crosscheck::store::ClaimStore;
    /// let line = |id: &str, v: &str| format!(r#"{{"id":"{id}","source":"S","published":"2021-01-10","subject":"X","predicate":"p","value":"{v}"}}"#);
    /// let a = ClaimStore::from_jsonl(line("1", "5").as_bytes()).unwrap();
    /// let b = ClaimStore::from_jsonl(line("2", "6").as_bytes()).unwrap();
    /// let (mut ab, mut ba) = (a.clone(), b.clone());
    /// ab.merge(&b).unwrap();
    /// ba.merge(&a).unwrap();
    /// assert_eq!(ab, ba);
    /// ```
    pub fn merge(&mut self, other: &ClaimStore) -> Result<(), StoreError> {
        for s in other.claims.entries() {
            self.insert(Claim::clone(&s.claim))?;
        }
        self.claims.sort_by_id(natural_order);
        Ok(())
    }

    /// The number of claims.
    pub fn len(&self) -> usize {
        self.claims.len()
    }

    /// True when the store holds no claim.
    pub fn is_empty(&self) -> bool {
        self.claims.len() == 0
    }

    /// A claim by id.
    pub fn get(&self, id: &str) -> Option<&Claim> {
        self.claims.get(id).map(|s| &*s.claim)
    }

    /// The claims, in store order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &Claim> {
        self.claims.entries().iter().map(|s| &*s.claim)
    }

    /// The claims in store order, each with its interned keys: what reconciliation
    /// reads.
    pub(crate) fn entries(&self) -> &[Stored] {
        self.claims.entries()
    }

    /// The method of a stored claim with these keys (its `method` qualifier), read
    /// from a table by its qualifier set rather than from the claim.
    pub(crate) fn method(&self, keys: ClaimKeys) -> Option<&str> {
        self.interner.method(keys.qualifiers)
    }

    /// How many distinct mentions, predicates, qualifier sets and sources the claims
    /// have: the sizes of the key tables behind [`ClaimKeys`].
    pub(crate) fn key_counts(&self) -> KeyCounts {
        let (mentions, predicates, qualifier_sets) = self.interner.sizes();
        KeyCounts {
            mentions,
            predicates,
            qualifier_sets,
            sources: self.interner.source_count(),
        }
    }
}

/// True when the input, after a byte order mark and white space, opens a JSON array:
/// a file holding one array of claims rather than one claim per line. Looks at the
/// first buffered bytes only, and consumes nothing.
fn starts_with_array(reader: &mut impl BufRead) -> bool {
    let Ok(buf) = reader.fill_buf() else {
        return false;
    };
    let bom = "\u{feff}".as_bytes();
    let start = if buf.starts_with(bom) { bom.len() } else { 0 };
    buf[start..]
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|&b| b == b'[')
}

/// True for a publication date that fits both day orders (`05/08/2012`).
fn is_ambiguous_date(e: &ClaimError) -> bool {
    matches!(
        e.kind,
        ClaimErrorKind::BadDate(crate::date::DateError::Ambiguous(..))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(id: &str, value: &str) -> String {
        format!(
            r#"{{"id":"{id}","source":"S","published":"2021-01-10","subject":"X","predicate":"p","value":"{value}"}}"#
        )
    }

    #[test]
    fn a_date_that_fits_both_orders_is_read_in_the_order_its_source_writes() {
        let from = |id: &str, source: &str, published: &str| {
            format!(
                r#"{{"id":"{id}","source":"{source}","published":"{published}","subject":"X","predicate":"p","value":"1"}}"#
            )
        };
        let jsonl = [
            // read before the date that shows the order, and after it
            from("a", "Dakar Post", "05/08/2012"),
            from("b", "Dakar Post", "25/12/2012"),
            from("c", "Dakar Post", "06/09/2012"),
            // month first
            from("d", "Ohio Wire", "12/25/2012"),
            from("e", "Ohio Wire", "05/08/2012"),
            // both orders, or none shown: refused as before
            from("f", "Mixed Desk", "25/12/2012"),
            from("g", "Mixed Desk", "12/26/2012"),
            from("h", "Mixed Desk", "05/08/2012"),
            from("i", "Quiet Desk", "05/08/2012"),
        ]
        .join("\n");
        let mut store = ClaimStore::new();
        let mut refused = Vec::new();
        store
            .extend_jsonl(jsonl.as_bytes(), |e| {
                refused.push(e.to_string());
                Ok(())
            })
            .unwrap();
        let day = |id: &str| store.get(id).unwrap().source.published.to_string();
        assert_eq!(
            [day("a"), day("c"), day("e")],
            ["2012-08-05", "2012-09-06", "2012-05-08"]
        );
        assert_eq!(refused.len(), 2, "{refused:?}");
        assert!(
            refused[0].starts_with("line 8, field `published`"),
            "{refused:?}"
        );
        assert!(
            refused[1].starts_with("line 9, field `published`"),
            "{refused:?}"
        );
    }

    #[test]
    fn source_names_that_differ_in_case_and_spacing_are_one_source() {
        let from = |id: &str, source: &str| {
            format!(
                r#"{{"id":"{id}","source":"{source}","published":"2021-01-10","subject":"X","predicate":"p","value":"1"}}"#
            )
        };
        let jsonl = [
            from("a", "Rhine  Post"),
            from("b", "RHINE POST"),
            from("c", " rhine post "),
            from("d", "The Rhine Post"),
        ]
        .join("\n");
        let store = ClaimStore::from_jsonl(jsonl.as_bytes()).unwrap();
        let name = |id: &str| store.get(id).unwrap().source.name.to_string();
        // the first spelling, spaces tidied, names them all; another name stays apart
        assert_eq!(
            [name("a"), name("b"), name("c"), name("d")],
            ["Rhine Post", "Rhine Post", "Rhine Post", "The Rhine Post"]
        );
        assert_eq!(store.key_counts().sources, 2);
    }

    #[test]
    fn a_json_array_of_claims_and_a_byte_order_mark_are_read() {
        let array = format!("\u{feff}  [\n{},\n{}\n]\n", line("a", "1"), line("b", "2"));
        let store = ClaimStore::from_jsonl(array.as_bytes()).unwrap();
        assert_eq!(store.len(), 2);
        let jsonl = format!("\u{feff}{}\n{}\n", line("a", "1"), line("b", "2"));
        assert_eq!(ClaimStore::from_jsonl(jsonl.as_bytes()).unwrap(), store);
        let bad = format!("[{}, 3]", line("a", "1"));
        let e = ClaimStore::from_jsonl(bad.as_bytes()).unwrap_err();
        assert!(e.to_string().starts_with("line 2"), "{e}");
    }

    #[test]
    fn duplicate_ids_are_errors_unless_identical() {
        let text = format!("{}\n{}\n", line("a", "1"), line("a", "1"));
        assert_eq!(ClaimStore::from_jsonl(text.as_bytes()).unwrap().len(), 1);
        let text = format!("{}\n{}\n", line("a", "1"), line("a", "2"));
        let e = ClaimStore::from_jsonl(text.as_bytes()).unwrap_err();
        assert!(matches!(e, StoreError::DuplicateId { line: 2, .. }), "{e}");
    }

    #[test]
    fn bad_lines_can_be_skipped_and_counted() {
        let text = format!("{}\nnot json\n{}\n", line("a", "1"), line("b", "2"));
        let mut store = ClaimStore::new();
        let mut skipped = Vec::new();
        let added = store
            .extend_jsonl(text.as_bytes(), |e| {
                skipped.push(e.to_string());
                Ok(())
            })
            .unwrap();
        assert_eq!((added, skipped.len()), (2, 1));
        assert!(skipped[0].starts_with("line 2"), "{}", skipped[0]);
    }

    #[test]
    fn serde_round_trip_gives_the_same_store() {
        let text = format!("{}\n{}\n", line("a", "nearly 72%"), line("b", "March 2019"));
        let store = ClaimStore::from_jsonl(text.as_bytes()).unwrap();
        let json = serde_json::to_string(&store).unwrap();
        let back: ClaimStore = serde_json::from_str(&json).unwrap();
        assert_eq!(back, store);
    }

    #[test]
    fn merge_is_associative() {
        let s = |id: &str| ClaimStore::from_jsonl(line(id, id).as_bytes()).unwrap();
        let (a, b, c) = (s("3"), s("1"), s("x"));
        let mut left = a.clone();
        left.merge(&b).unwrap();
        left.merge(&c).unwrap();
        let mut bc = b.clone();
        bc.merge(&c).unwrap();
        let mut right = a.clone();
        right.merge(&bc).unwrap();
        assert_eq!(left, right);
        assert_eq!(
            left.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
            ["1", "3", "x"]
        );
    }
}
