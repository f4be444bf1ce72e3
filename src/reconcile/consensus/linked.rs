//! Groups that state one quantity under two predicates: a person's age and birth
//! date. An age is read as the birth dates it allows, so the claims of either group
//! are evidence for the other's consensus.

use foldhash::HashMap;

/// Words that make a predicate a birth date ("born", "birth_date", "date_of_birth"),
/// whole words of the folded predicate: a group of such a predicate and a group of
/// ages about the same subject, in the same scope, state one birth date.
pub const BIRTH_DATE_PREDICATE_WORDS: &[&str] = &["born", "birth"];

/// What a group states of a birth date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BirthRole {
    /// Ages, read as the birth dates they imply.
    Ages,
    /// Birth dates.
    Dates,
}

/// True when the folded predicate names a birth date ([`BIRTH_DATE_PREDICATE_WORDS`]).
pub(crate) fn is_birth_predicate(predicate: &str) -> bool {
    predicate
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| BIRTH_DATE_PREDICATE_WORDS.contains(&w))
}

/// The links between groups of ages and groups of birth dates of one `fact` (a key of
/// their subject and scope), from `(group, role, fact)`: every `(group, linked group)`
/// both ways, sorted.
pub(crate) fn link(roles: &[(u32, BirthRole, u64)]) -> Vec<(u32, u32)> {
    let mut by_fact: HashMap<u64, (Vec<u32>, Vec<u32>)> = HashMap::default();
    for &(g, role, fact) in roles {
        let e = by_fact.entry(fact).or_default();
        match role {
            BirthRole::Ages => e.0.push(g),
            BirthRole::Dates => e.1.push(g),
        }
    }
    let mut out = Vec::new();
    for (ages, dates) in by_fact.values() {
        for &a in ages {
            for &d in dates {
                out.push((a, d));
                out.push((d, a));
            }
        }
    }
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_and_birth_dates_of_one_fact_are_linked_both_ways() {
        assert!(is_birth_predicate("born") && is_birth_predicate("date_of_birth"));
        assert!(!is_birth_predicate("reborn_party") && !is_birth_predicate("age"));
        let roles = [
            (0, BirthRole::Ages, 7),
            (1, BirthRole::Dates, 9),
            (2, BirthRole::Dates, 7),
            (3, BirthRole::Ages, 8),
        ];
        assert_eq!(link(&roles), [(0, 2), (2, 0)]);
    }
}
