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
    ("ill.", false),
    ("tr.", false),
    ("transl.", false),
    ("foreword", false),
    ("introduction", false),
    ("contributor", false),
    ("photographer", false),
    ("narrator", false),
];

/// Whether a folded role marker names authorship (`Some(true)`), another role
/// (`Some(false)`), or is no marker of [`ROLE_MARKERS`] (`None`).
fn marker_role(marker: &str) -> Option<bool> {
    ROLE_MARKERS
        .iter()
        .find(|(m, _)| *m == marker)
        .map(|&(_, author)| author)
}

/// Role markers of [`ROLE_MARKERS`] that are plural: written once after the last
/// name ("A. Roe, J. Doe (eds.)"), they give every name of the list that role.
pub const PLURAL_ROLE_MARKERS: &[&str] = &["eds.", "eds", "editors", "hrsg.", "translators"];

/// Phrases that open a name with its role instead of closing it: "Translated by Lisa
/// Lasagni", "Edited by A and B" (folded; none of them is authorship). Opening the
/// whole list, the phrase gives every name of it the role.
pub const ROLE_PHRASES: &[&str] = &[
    "edited by",
    "ed. by",
    "eds. by",
    "compiled by",
    "translated by",
    "trans. by",
    "translated from the russian by",
    "illustrated by",
    "foreword by",
    "with a foreword by",
    "introduction by",
    "with an introduction by",
    "afterword by",
    "selected by",
];

/// `text` without a role phrase that opens it ([`ROLE_PHRASES`]), if one does.
fn strip_role_phrase(text: &str) -> Option<&str> {
    let t = text.trim_start();
    ROLE_PHRASES.iter().find_map(|p| {
        let head = t.get(..p.len())?;
        let rest = &t[p.len()..];
        (head.eq_ignore_ascii_case(p) && rest.starts_with(char::is_whitespace))
            .then(|| rest.trim_start())
    })
}

/// The role marker that closes `name` (bracketed, "(Editor)", or after a comma,
/// "Barry, ed."), folded, with the name before it.
fn role_marker(name: &str) -> Option<(&str, String)> {
    let trimmed = name.trim_end();
    if let Some(inner) = trimmed.strip_suffix(')')
        && let Some(open) = inner.rfind('(')
    {
        let marker = inner[open + 1..].trim().to_lowercase();
        if marker_role(&marker).is_some() {
            return Some((inner[..open].trim_end(), marker));
        }
    }
    let (before, marker) = trimmed.rsplit_once(',')?;
    let marker = marker.trim().to_lowercase();
    // only markers that cannot be a given name: "ed." yes, "Ed" (Edward) no
    (marker_role(&marker) == Some(false) && (marker.ends_with('.') || marker.len() > 3))
        .then(|| (before.trim_end(), marker))
}

/// A name without its role marker or phrase, and whether it names a role other than
/// authorship.
fn strip_role(name: &str) -> (&str, bool) {
    if let Some(rest) = strip_role_phrase(name) {
        return (rest, true);
    }
    match role_marker(name) {
        Some((rest, marker)) => (rest, marker_role(&marker) != Some(true)),
        None => (name.trim_end(), false),
    }
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

/// Separators between names that never stand inside one: the first is the one the
/// others are read as.
const STRONG_SEPARATORS: &[&str] = &[";", " | ", " / "];

/// Words that join the last names of a list ("A, B and C", "A & B").
const CONNECTORS: &[&str] = &[" and ", " AND ", " And ", " & "];

/// True for one name written surname first, "Roe, Jane" or "da Silva, José M." (a
/// role marker after it aside): one comma, at most two words before it and one to
/// three after.
fn written_surname_first(piece: &str) -> bool {
    let name = strip_role(piece).0;
    let Some((surname, given)) = name.split_once(',') else {
        return false;
    };
    let words = |s: &str| s.split_whitespace().count();
    !given.contains(',') && (1..=2).contains(&words(surname)) && (1..=3).contains(&words(given))
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
    /// ([`ROLE_MARKERS`], [`ROLE_PHRASES`]), unless it marks every name so: an edited
    /// volume is credited to its editors.
    pub fn parse_for(predicate: &str, written: &str) -> NameList {
        let mut list = NameList::parse_marked(written);
        let authors_only = AUTHOR_PREDICATES.contains(&predicate)
            && !list.names.iter().all(|(_, other_role)| *other_role);
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
        let (mut body, mut open) = match open_end(written) {
            Some(b) => (b, true),
            None => (written.trim(), false),
        };
        // "Edited by A and B": every name has the role
        let mut all_marked = false;
        if let Some(rest) = strip_role_phrase(body) {
            body = rest;
            all_marked = true;
        }
        // "A. Roe, J. Doe (eds.)": so has every name; "Roe, A., Doe, J., ed.": the
        // last one only (taken off before the commas split the names)
        let mut last_marked = false;
        if let Some((rest, marker)) = role_marker(body) {
            body = rest;
            if PLURAL_ROLE_MARKERS.contains(&marker.as_str()) {
                all_marked = true;
            } else {
                last_marked = marker_role(&marker) != Some(true);
            }
        }
        // separators that never stand inside a name
        let strong = STRONG_SEPARATORS.iter().any(|sep| body.contains(sep));
        let unified;
        if strong {
            let mut b = body.to_string();
            for sep in &STRONG_SEPARATORS[1..] {
                b = b.replace(sep, ";");
            }
            unified = b;
            body = &unified;
        }
        // "Roe, Jane & Doe, John": the connectors part the names, each written
        // surname first
        let connected = || -> Vec<&str> {
            CONNECTORS
                .iter()
                .fold(vec![body], |parts, c| {
                    parts.into_iter().flat_map(|p| p.split(c)).collect()
                })
                .into_iter()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect()
        };
        let surname_first = if strong {
            None
        } else {
            Some(connected())
                .filter(|parts| parts.len() >= 2 && parts.iter().all(|p| written_surname_first(p)))
        };
        let names: Vec<String> = if strong {
            body.split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        } else if let Some(parts) = surname_first {
            parts.into_iter().map(String::from).collect()
        } else {
            let joined = CONNECTORS
                .iter()
                .fold(body.to_string(), |b, c| b.replace(c, ","));
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
                && !CONNECTORS.iter().any(|c| body.contains(c))
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
        let mut marked: Vec<(String, bool)> = Vec::with_capacity(names.len());
        for n in &names {
            // "et al." inside the list, before a contributor ("A, B et al.,
            // Translated by C") or as an element of its own
            let n = match open_end(n) {
                Some(rest) => {
                    open = true;
                    rest
                }
                None => n.as_str(),
            };
            // a marker split off by the commas ("Barry, Erin, ed.") is the last name's
            if marker_role(&n.trim().to_lowercase()) == Some(false)
                && let Some(last) = marked.last_mut()
            {
                last.1 = true;
                continue;
            }
            let (name, other_role) = strip_role(n);
            if !name.is_empty() {
                marked.push((name.to_string(), other_role || all_marked));
            }
        }
        if last_marked && let Some(last) = marked.last_mut() {
            last.1 = true;
        }
        MarkedList {
            names: marked,
            open,
        }
    }
}

/// A list as written, each name with whether it is marked as having a role other than
/// authorship.
struct MarkedList {
    names: Vec<(String, bool)>,
    open: bool,
}

/// A listed name's key, read in the order the name is spoken: "Knuth, Donald E." is
/// Donald E. Knuth, so that its surname is known to be Knuth; a surname of several
/// words comes along whole ("de Paula, Renato", "García Márquez, Gabriel"), and a
/// particle written after the given names ("Paula, Renato de") goes back before it.
pub(crate) fn listed_name_key(name: &str) -> NameKey {
    match name.split_once(',') {
        Some((surname, given))
            if !given.contains(',')
                && (1..=3).contains(&surname.split_whitespace().count())
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

/// Name `k`'s key in `keys`, parsed from `names` the first time it is needed.
fn parse_once(keys: &mut [Option<NameKey>], names: &[&str], k: usize) {
    if keys[k].is_none() {
        keys[k] = Some(listed_name_key(names[k]));
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
                    parse_once(keys, names, k);
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

    /// How far list `from` writes the names of list `to` alike: the share of `to`'s
    /// names whose surname, folded (case and accents aside), `from` spells the same
    /// way. The matcher takes "Egorrova" for Egorova, rightly for grouping; between
    /// lists that support one another fully, this tells the spelling most listings
    /// share from a slip of one.
    pub fn spelling(&mut self, from: usize, to: usize) -> f64 {
        let (a, b) = (&self.lists[from], &self.lists[to]);
        if b.is_empty() {
            return 0.0;
        }
        for &k in a.iter().chain(b) {
            parse_once(&mut self.keys, &self.names, k as usize);
        }
        let surname = |k: u32| {
            self.keys[k as usize].as_ref().and_then(|key| {
                key.surname()
                    .or_else(|| key.tokens().last())
                    .map(|t| t.folded)
            })
        };
        let alike = b
            .iter()
            .filter(|&&y| {
                let spelt = surname(y);
                spelt.is_some() && a.iter().any(|&x| surname(x) == spelt)
            })
            .count();
        alike as f64 / b.len() as f64
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
    fn roles_written_as_phrases_commas_or_once_for_the_list_are_read() {
        let authors = |w: &str| NameList::parse_for("authors", w);
        // a contributor after the authors, by phrase, with "et al." before it
        let l = authors("Ann Keane, Luis Crowe et al., Translated by Lisa Lasagni");
        assert_eq!(
            (l.names.as_slice(), l.open),
            (
                &["Ann Keane".to_string(), "Luis Crowe".to_string()][..],
                true
            )
        );
        // a marker after a comma, in a list split on semicolons or on commas
        assert_eq!(authors("Ruth Amar; Erin Barry, ed.").names, ["Ruth Amar"]);
        assert_eq!(authors("Amar, R., Barry, E., ed.").names, ["Amar, R."]);
        // "Ed" without a dot may be Edward
        assert_eq!(
            authors("Ruth Amar; Barry, Ed").names,
            ["Ruth Amar", "Barry, Ed"]
        );
        // an edited volume: every name has the role, and the volume is theirs
        for w in [
            "Edited by Mehta, Rina; Barry, Erin",
            "Rina Mehta, Erin Barry (eds.)",
            "Rina Mehta (Editor), Erin Barry (Editor)",
            "Mehta, Rina, ed.; Barry, Erin, ed.",
        ] {
            assert_eq!(authors(w).names.len(), 2, "{w}: {:?}", authors(w));
            assert!(!authors(w).names.iter().any(|n| n.contains("ed")), "{w}");
        }
        // names parted by connectors, each written surname first; strong separators
        assert_eq!(
            authors("PICCOLI, TINA & POLI, EMANUELE").names,
            ["PICCOLI, TINA", "POLI, EMANUELE"]
        );
        assert_eq!(
            authors("Crane, E. / Bell, E.").names,
            ["Crane, E.", "Bell, E."]
        );
        assert_eq!(
            authors("Edwin Crane | Emma Bell").names,
            ["Edwin Crane", "Emma Bell"]
        );
        // abbreviated roles
        assert_eq!(authors("E.-J. Ahn, J.-M. Shin (ill.)").names, ["E.-J. Ahn"]);
        assert_eq!(authors("N. Malek, S. Farid, M. Hafiz (tr.)").names.len(), 2);
        // a single marker closing the list is the last name's
        assert_eq!(
            authors("Rina Mehta, Erin Barry (ed.)").names,
            ["Rina Mehta"]
        );
        // "et al." as an element of its own (an exported array)
        let l = authors("Rina Mehta; Erin Barry; et al.");
        assert_eq!((l.names.len(), l.open), (2, true));
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
        // a surname of several words, and a particle written after the given names
        assert!(same("de Paula, Renato", "Renato de Paula"));
        assert!(same("Paula, Renato de", "de Paula, Renato"));
        assert!(same("García Márquez, Gabriel", "Gabriel Garcia Marquez"));
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
