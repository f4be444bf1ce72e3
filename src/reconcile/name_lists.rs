//! Values that are lists of names: reading them, and how far one supports another.
//! Verdicts and consensus both compare such values, so the module sits beside both.

use crate::names::{NameKey, NameMatcher};

/// Predicates (folded) whose text values are lists of names: authors of a book,
/// members of a coalition, candidates. Any text written with `;` or ending in "et
/// al." is read as a list too.
pub const NAME_LIST_PREDICATES: &[&str] = &[
    "authors",
    "author",
    "editors",
    "candidates",
    "coalition",
    "coalition_members",
    "founders",
    "signatories",
    "board",
];

/// The words that close a list cut short.
const ET_AL: &[&str] = &["et al.", "et al", "and others"];

/// True when a text value of `predicate` is read as a list of names.
pub(crate) fn is_name_list(predicate: &str, written: &str) -> bool {
    NAME_LIST_PREDICATES.contains(&predicate)
        || written.contains(';')
        || open_end(written).is_some()
}

/// The text before a closing "et al.", if the list ends with one.
fn open_end(written: &str) -> Option<&str> {
    let trimmed = written.trim_end();
    let lower = trimmed.to_lowercase();
    ET_AL.iter().find_map(|e| {
        (lower.ends_with(e) && lower.len() == trimmed.len())
            .then(|| trimmed[..trimmed.len() - e.len()].trim_end_matches([',', ' ']))
    })
}

/// A list of names as written, and whether "et al." cut it short.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NameList {
    pub names: Vec<String>,
    pub open: bool,
}

impl NameList {
    /// Splits on `;` when there is one, otherwise on commas and "and"/"&"; a single
    /// comma between one word and at most two ("Knuth, Donald E.", "Karimova, Sh.") is
    /// a surname first, not two names.
    pub fn parse(written: &str) -> NameList {
        let (body, open) = match open_end(written) {
            Some(b) => (b, true),
            None => (written.trim(), false),
        };
        let names: Vec<String> = if body.contains(';') {
            body.split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        } else {
            let joined = body.replace(" and ", ",").replace(" & ", ",");
            let pieces: Vec<&str> = joined
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            let words = |s: &str| s.split_whitespace().count();
            if pieces.len() == 2
                && !body.contains(" and ")
                && words(pieces[0]) == 1
                && words(pieces[1]) <= 2
            {
                vec![body.to_string()]
            } else {
                pieces.into_iter().map(String::from).collect()
            }
        };
        NameList { names, open }
    }
}

/// How far list `from` supports list `to`: names are matched one to one through the
/// matcher; a complete list supports by `matched / (|from| + |to| − matched)`, a list
/// cut short by the share of its own names found in `to`.
#[cfg(test)]
pub(crate) fn list_support(from: &NameList, to: &NameList, matcher: &dyn NameMatcher) -> f64 {
    let (a, b) = (&from.names, &to.names);
    support_by(a.len(), b.len(), from.open, |i, j| {
        a[i] == b[j] || matcher.compare(&a[i], &b[j]).is_match()
    })
}

/// How far a list of `from` names (cut short when `open`) supports one of `to`, as
/// above, `same(i, j)` telling whether the `i`th name of the first is the `j`th of the
/// second: each name of the first takes the first unmatched name of the second that
/// is the same.
pub(crate) fn support_by(
    from: usize,
    to: usize,
    open: bool,
    mut same: impl FnMut(usize, usize) -> bool,
) -> f64 {
    if from == 0 || to == 0 {
        return 0.0;
    }
    let mut used = vec![false; to];
    let mut matched = 0usize;
    for a in 0..from {
        let hit = (0..to).position(|j| !used[j] && same(a, j));
        if let Some(j) = hit {
            used[j] = true;
            matched += 1;
        }
    }
    let m = matched as f64;
    if open {
        m / from as f64
    } else {
        m / (from + to - matched) as f64
    }
}

/// The names of a group's lists, each distinct name parsed once and compared with
/// another at most once.
pub(crate) struct NameTable<'a> {
    names: Vec<&'a str>,
    /// per name: parsed, once it is compared
    keys: Vec<Option<NameKey>>,
    /// per list: its names' indices in `names`
    lists: Vec<Vec<u32>>,
    /// per list: cut short by "et al."
    open: Vec<bool>,
    /// per ordered pair of names: 0 not compared yet, 1 different, 2 the same
    same: Vec<u8>,
}

impl<'a> NameTable<'a> {
    /// The names of `lists`.
    pub fn new(lists: &'a [NameList]) -> NameTable<'a> {
        let lists_open = lists.iter().map(|l| l.open).collect();
        let mut index: foldhash::HashMap<&str, u32> = foldhash::HashMap::default();
        let mut names: Vec<&str> = Vec::new();
        let lists = lists
            .iter()
            .map(|l| {
                l.names
                    .iter()
                    .map(|n| {
                        *index.entry(n.as_str()).or_insert_with(|| {
                            names.push(n);
                            (names.len() - 1) as u32
                        })
                    })
                    .collect()
            })
            .collect();
        let same = vec![0; names.len() * names.len()];
        NameTable {
            keys: vec![None; names.len()],
            names,
            open: lists_open,
            lists,
            same,
        }
    }

    /// How far list `from` supports list `to` (indices into the lists given to
    /// [`NameTable::new`]): names matched one to one through the matcher, a complete
    /// list supporting by `matched / (|from| + |to| − matched)`, a list cut short by
    /// the share of its own names found in `to`.
    pub fn support(&mut self, from: usize, to: usize, matcher: &dyn NameMatcher) -> f64 {
        let n = self.names.len();
        let open = self.open[from];
        let (a, b) = (&self.lists[from], &self.lists[to]);
        let (names, keys, same) = (&self.names, &mut self.keys, &mut self.same);
        support_by(a.len(), b.len(), open, |i, j| {
            let (x, y) = (a[i] as usize, b[j] as usize);
            if x == y {
                return true;
            }
            let known = &mut same[x * n + y];
            if *known == 0 {
                for k in [x, y] {
                    if keys[k].is_none() {
                        keys[k] = Some(NameKey::parse(names[k]));
                    }
                }
                let hit = match (&keys[x], &keys[y]) {
                    (Some(kx), Some(ky)) => matcher.decide_keys(kx, ky).is_match(),
                    _ => false,
                };
                *known = 1 + u8::from(hit);
            }
            *known == 2
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::Hybrid;

    #[test]
    fn lists_are_read_in_every_form() {
        assert_eq!(
            NameList::parse("Knuth, Donald E.").names,
            ["Knuth, Donald E."]
        );
        assert_eq!(
            NameList::parse("Karimova, Sh.; Ivanov, Petr").names,
            ["Karimova, Sh.", "Ivanov, Petr"]
        );
        assert_eq!(
            NameList::parse("Petr Ivanov, Anna Sidorova and Oleg Kim").names,
            ["Petr Ivanov", "Anna Sidorova", "Oleg Kim"]
        );
        let cut = NameList::parse("P. Ivanov et al.");
        assert_eq!(
            (cut.names.as_slice(), cut.open),
            (&["P. Ivanov".to_string()][..], true)
        );
        assert!(is_name_list("authors", "Donald Knuth"));
        assert!(is_name_list("leader", "Ivanov, P.; Kim, O."));
        assert!(!is_name_list("leader", "Petr Ivanov"));
    }

    #[test]
    fn the_name_table_agrees_with_the_lists() {
        let m = Hybrid::default();
        let lists: Vec<NameList> = [
            "Knuth, Donald E.; Graham, Ronald",
            "Donald E. Knuth and Ronald Graham",
            "D. E. Knuth",
            "Donald Knuth et al.",
            "Petr Ivanov; Ronald Graham",
        ]
        .iter()
        .map(|l| NameList::parse(l))
        .collect();
        let mut table = NameTable::new(&lists);
        for (i, a) in lists.iter().enumerate() {
            for (j, b) in lists.iter().enumerate() {
                assert_eq!(table.support(i, j, &m), list_support(a, b, &m));
            }
        }
    }

    #[test]
    fn partial_lists_support_partly_and_cut_lists_fully() {
        let m = Hybrid::default();
        let full = NameList::parse("Knuth, Donald E.; Graham, Ronald");
        let other_form = NameList::parse("Donald E. Knuth and Ronald Graham");
        let missing = NameList::parse("D. E. Knuth");
        let cut = NameList::parse("Donald Knuth et al.");
        assert_eq!(list_support(&other_form, &full, &m), 1.0);
        assert_eq!(list_support(&missing, &full, &m), 0.5);
        assert_eq!(list_support(&full, &missing, &m), 0.5);
        assert_eq!(list_support(&cut, &full, &m), 1.0);
        let wrong = NameList::parse("Petr Ivanov; Ronald Graham");
        assert!(list_support(&wrong, &full, &m) < 0.5);
    }
}
