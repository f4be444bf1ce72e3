//! Values that are lists of names: reading them, and how far one supports another.
//! Verdicts and consensus both compare such values, so the module sits beside both.

use crate::names::{NameKey, NameMatcher, Role};

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

/// Predicates (folded) whose lists name authors: a name the list itself marks as
/// having done something else for the work (edited, translated, illustrated it) is
/// not claimed to be an author, and is left out when such lists are compared.
const AUTHOR_PREDICATES: &[&str] = &["authors", "author"];

/// Role markers a listing writes in brackets after a name (folded, without the
/// brackets), and whether the role is authorship: "Donald Knuth (Author)" names an
/// author, "Jane Roe (Editor)" an editor. The marker is never part of the name.
pub const ROLE_MARKERS: &[(&str, bool)] = &[
    ("author", true),
    ("auth.", true),
    ("co-author", true),
    ("coauthor", true),
    ("editor", false),
    ("ed.", false),
    ("eds.", false),
    ("ed", false),
    ("eds", false),
    ("edited by", false),
    ("compiler", false),
    ("translator", false),
    ("trans.", false),
    ("illustrator", false),
    ("illus.", false),
    ("foreword", false),
    ("introduction", false),
    ("contributor", false),
    ("photographer", false),
    ("narrator", false),
];

/// A name without its bracketed role marker, and whether the marker names a role
/// other than authorship.
fn strip_role(name: &str) -> (&str, bool) {
    let trimmed = name.trim_end();
    if let Some(inner) = trimmed.strip_suffix(')')
        && let Some(open) = inner.rfind('(')
    {
        let marker = inner[open + 1..].trim().to_lowercase();
        if let Some(&(_, author)) = ROLE_MARKERS.iter().find(|(m, _)| *m == marker) {
            return (inner[..open].trim_end(), !author);
        }
    }
    (trimmed, false)
}

/// True for a piece of a comma-separated list that reads as the given names of the
/// surname before it: one to three words, at least one of them an initial ("W.",
/// "D. E.", "Brian W."). Without an initial, "Cormen, Leiserson" could be two
/// surnames, so only initials make a list of "Surname, Given" pairs.
fn reads_as_given_names(piece: &str) -> bool {
    let words: Vec<&str> = piece.split_whitespace().collect();
    let initial = |w: &str| {
        let letters = w.trim_end_matches('.');
        !letters.is_empty()
            && letters.chars().count() <= 2
            && letters.chars().all(char::is_alphabetic)
            && letters.chars().next().is_some_and(char::is_uppercase)
    };
    (1..=3).contains(&words.len()) && words.iter().any(|w| initial(w))
}

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
    /// The list as [`NameList::parse`] reads it, for a claim of `predicate`: an author
    /// list leaves out the names it marks as editors, translators and the like
    /// ([`ROLE_MARKERS`]).
    pub fn parse_for(predicate: &str, written: &str) -> NameList {
        let authors_only = AUTHOR_PREDICATES.contains(&predicate);
        let mut list = NameList::parse_marked(written);
        let names = list
            .names
            .drain(..)
            .filter_map(|(name, other_role)| (!(authors_only && other_role)).then_some(name))
            .collect();
        NameList {
            names,
            open: list.open,
        }
    }

    /// Splits on `;` when there is one, otherwise on commas and "and"/"&"; a single
    /// comma between one word and at most two ("Knuth, Donald E.", "Karimova, Sh.") is
    /// a surname first, not two names, and so are commas that alternate surnames with
    /// initials ("Kernighan, Brian W., Ritchie, Dennis M."). A bracketed role after a
    /// name ("(Author)", "(Editor)") is not part of it.
    #[cfg(test)]
    pub fn parse(written: &str) -> NameList {
        let mut list = NameList::parse_marked(written);
        NameList {
            names: list.names.drain(..).map(|(name, _)| name).collect(),
            open: list.open,
        }
    }

    /// The names with, for each, whether a role marker gives it a role other than
    /// authorship.
    fn parse_marked(written: &str) -> MarkedList {
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
            let pairs = pieces.len() >= 4
                && pieces.len().is_multiple_of(2)
                && pieces.chunks(2).all(|pair| {
                    words(pair[0]) == 1
                        && !reads_as_given_names(pair[0])
                        && reads_as_given_names(strip_role(pair[1]).0)
                });
            if pieces.len() == 2
                && !body.contains(" and ")
                && words(pieces[0]) == 1
                && words(pieces[1]) <= 2
            {
                vec![body.to_string()]
            } else if pairs {
                pieces
                    .chunks(2)
                    .map(|pair| format!("{}, {}", pair[0], pair[1]))
                    .collect()
            } else {
                pieces.into_iter().map(String::from).collect()
            }
        };
        let names = names
            .iter()
            .map(|n| {
                let (name, other_role) = strip_role(n);
                (name.to_string(), other_role)
            })
            .filter(|(name, _)| !name.is_empty())
            .collect();
        MarkedList { names, open }
    }
}

/// A list as written, each name with whether it is marked as having a role other than
/// authorship.
struct MarkedList {
    names: Vec<(String, bool)>,
    open: bool,
}

/// A listed name's key, read in the order the name is spoken: "Knuth, Donald E." is
/// Donald E. Knuth, so that its surname is known to be Knuth.
pub(crate) fn listed_name_key(name: &str) -> NameKey {
    match name.split_once(',') {
        Some((surname, given))
            if !given.contains(',')
                && surname.split_whitespace().count() == 1
                && !given.trim().is_empty() =>
        {
            NameKey::parse(&format!("{} {}", given.trim(), surname.trim()))
        }
        _ => NameKey::parse(name),
    }
}

/// Whether two names of lists about one subject are one person: the matcher says so,
/// or one is a surname alone and it is the other's surname ("Knuth" beside "Knuth,
/// Donald E."). Within one book's or one coalition's list a surname names one of
/// the few people listed, not anyone in the world who bears it.
pub(crate) fn same_listed_name(a: &NameKey, b: &NameKey, matcher: &dyn NameMatcher) -> bool {
    if matcher.decide_keys(a, b).is_match() {
        return true;
    }
    // the surname is the last word in spoken order, or a word the name's reading
    // calls a surname (a patronymic may come last)
    let surname_alone = |x: &NameKey, y: &NameKey| {
        let Some(only) = x.tokens().next().filter(|_| x.len() == 1 && y.len() > 1) else {
            return false;
        };
        y.tokens().last().is_some_and(|t| t.key == only.key)
            || y.parts(Role::Surname).any(|t| t.key == only.key)
    };
    surname_alone(a, b) || surname_alone(b, a)
}

/// How far list `from` supports list `to`: names are matched one to one through the
/// matcher; a complete list supports by `matched / (|from| + |to| − matched)`, a list
/// cut short by the share of its own names found in `to`.
#[cfg(test)]
pub(crate) fn list_support(from: &NameList, to: &NameList, matcher: &dyn NameMatcher) -> f64 {
    let (a, b) = (&from.names, &to.names);
    support_by(a.len(), b.len(), from.open, |i, j| {
        a[i] == b[j] || same_listed_name(&listed_name_key(&a[i]), &listed_name_key(&b[j]), matcher)
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
                        keys[k] = Some(listed_name_key(names[k]));
                    }
                }
                let hit = match (&keys[x], &keys[y]) {
                    (Some(kx), Some(ky)) => same_listed_name(kx, ky, matcher),
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
    fn surname_first_pairs_and_role_markers_are_read() {
        assert_eq!(
            NameList::parse("Kernighan, Brian W., Ritchie, D. M.").names,
            ["Kernighan, Brian W.", "Ritchie, D. M."]
        );
        // without initials, commas between single words are surnames
        assert_eq!(
            NameList::parse("Cormen, Leiserson, Rivest, Stein").names,
            ["Cormen", "Leiserson", "Rivest", "Stein"]
        );
        assert_eq!(
            NameList::parse("Donald Knuth (Author)").names,
            ["Donald Knuth"]
        );
        let with_editor = "Roe, Jane; Doe, John (Ed.)";
        assert_eq!(
            NameList::parse_for("authors", with_editor).names,
            ["Roe, Jane"]
        );
        assert_eq!(
            NameList::parse_for("editors", with_editor).names,
            ["Roe, Jane", "Doe, John"]
        );
    }

    #[test]
    fn a_listed_surname_is_the_listed_person_who_bears_it() {
        let m = Hybrid::default();
        let same =
            |a: &str, b: &str| same_listed_name(&listed_name_key(a), &listed_name_key(b), &m);
        assert!(same("Knuth", "Knuth, Donald E."));
        assert!(same("Donald Ervin Knuth", "Knuth"));
        assert!(!same("Knuth", "Graham, Ronald"));
        // a given name alone is not a surname
        assert!(!same("Donald", "Donald Knuth"));
        assert_eq!(
            listed_name_key("Knuth, Donald E.")
                .tokens()
                .last()
                .unwrap()
                .folded,
            "knuth"
        );
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
