//! Predicates as different feeds name them: one fact, one predicate key.
//!
//! One outlet's export says `turnout`, another's `voter_turnout`; a casualty feed says
//! `death_toll` where extraction says `deaths`. Claims are grouped by predicate, so
//! each spelling would be a fact of its own and their disagreements never compared.
//! [`PREDICATE_SYNONYMS`] names, for each canonical predicate (the ones extraction
//! gives, so that claims from articles and from feeds meet), the other names feeds use
//! for it; [`PREDICATE_AFFIXES`] are the words feeds add around a predicate without
//! changing it ("number_of_", "_total").

/// Canonical predicates and other names of each, as predicate keys (folded, words
/// joined by `_`). Only names that mean the same fact whatever the subject are here:
/// `seats` (won, or the chamber's size?), `casualties` (killed, or killed and
/// injured?) and `died` (how many, or when?) are left as they are.
pub const PREDICATE_SYNONYMS: &[(&str, &[&str])] = &[
    (
        "deaths",
        &[
            "death_toll",
            "dead",
            "killed",
            "fatalities",
            "people_killed",
            "lives_lost",
        ],
    ),
    (
        "injured",
        &[
            "injuries",
            "wounded",
            "hurt",
            "people_injured",
            "people_wounded",
        ],
    ),
    (
        "turnout",
        &[
            "voter_turnout",
            "turnout_rate",
            "voter_participation",
            "electoral_participation",
        ],
    ),
    (
        "vote_share",
        &[
            "share_of_vote",
            "share_of_votes",
            "share_of_the_vote",
            "vote_percentage",
            "vote_percent",
            "votes_percent",
            "votes_percentage",
            "percent_of_vote",
            "percent_of_votes",
            "percentage_of_votes",
            "vote_pct",
            "votes_pct",
            "popular_vote_share",
        ],
    ),
    (
        "votes_received",
        &[
            "votes",
            "votes_won",
            "votes_obtained",
            "vote_count",
            "votes_for",
        ],
    ),
    (
        "registered_voters",
        &[
            "eligible_voters",
            "electorate",
            "registered_electorate",
            "voters_registered",
            "registered_voter_count",
        ],
    ),
    (
        "ballots_cast",
        &[
            "votes_cast",
            "total_votes_cast",
            "ballots",
            "valid_votes_cast",
        ],
    ),
    (
        "population",
        &["inhabitants", "residents", "pop", "number_of_inhabitants"],
    ),
    ("area", &["total_area", "surface_area", "area_km2"]),
    (
        "born",
        &[
            "date_of_birth",
            "birth_date",
            "birthdate",
            "dob",
            "year_of_birth",
            "birth_year",
        ],
    ),
    (
        "founded",
        &[
            "established",
            "founding_date",
            "date_founded",
            "date_of_founding",
            "year_founded",
            "inception",
        ],
    ),
    (
        "took_office",
        &[
            "assumed_office",
            "in_office_since",
            "term_start",
            "start_of_term",
        ],
    ),
    ("stepped_down", &["left_office", "term_end", "end_of_term"]),
    (
        "election_date",
        &[
            "date_of_election",
            "election_day",
            "polling_day",
            "voting_day",
        ],
    ),
    (
        "inflation",
        &["inflation_rate", "annual_inflation", "cpi_inflation"],
    ),
    (
        "gdp_growth",
        &["gdp_growth_rate", "economic_growth", "growth_of_gdp"],
    ),
    (
        "members",
        &["membership", "member_count", "number_of_members"],
    ),
    (
        "employees",
        &[
            "staff",
            "workforce",
            "headcount",
            "employee_count",
            "number_of_employees",
        ],
    ),
    ("capital", &["capital_city"]),
    ("authors", &["author", "written_by", "writers"]),
];

/// Words a feed adds before (`…_`) or after (`_…`) a predicate without changing the
/// fact: `number_of_deaths`, `total_population`, `population_total`,
/// `turnout_percent`. They are taken off only when what remains is a canonical
/// predicate or one of its other names, so `total_area` stays whole until the table
/// says what it is, and `vote_count` is not read as `vote`.
pub const PREDICATE_AFFIXES: &[&str] = &[
    "number_of_",
    "num_of_",
    "total_",
    "official_",
    "reported_",
    "estimated_",
    "_total",
    "_number",
    "_count",
    "_figure",
    "_percent",
    "_percentage",
    "_pct",
];

/// The canonical predicate a predicate key names: itself when it is canonical or
/// unknown, the predicate it is another name of in [`PREDICATE_SYNONYMS`] (after
/// taking off one of [`PREDICATE_AFFIXES`] if need be).
///
/// ```
/// use crosscheck::claim::canonical_predicate;
/// assert_eq!(canonical_predicate("voter_turnout"), "turnout");
/// assert_eq!(canonical_predicate("number_of_deaths"), "deaths");
/// assert_eq!(canonical_predicate("death_toll"), "deaths");
/// assert_eq!(canonical_predicate("population_total"), "population");
/// assert_eq!(canonical_predicate("vote_share"), "vote_share");
/// assert_eq!(canonical_predicate("seats"), "seats");
/// assert_eq!(canonical_predicate("interest_rate"), "interest_rate");
/// ```
pub fn canonical_predicate(key: &str) -> &str {
    if let Some(canonical) = lookup(key) {
        return canonical;
    }
    for affix in PREDICATE_AFFIXES {
        let rest = match (affix.strip_prefix('_'), affix.strip_suffix('_')) {
            (Some(suffix), _) => key.strip_suffix(suffix).and_then(|k| k.strip_suffix('_')),
            (_, Some(prefix)) => key.strip_prefix(prefix).and_then(|k| k.strip_prefix('_')),
            _ => None,
        };
        if let Some(canonical) = rest.filter(|r| !r.is_empty()).and_then(lookup) {
            return canonical;
        }
    }
    key
}

/// The canonical predicate of a key that is canonical itself or one of the table's
/// other names.
fn lookup(key: &str) -> Option<&'static str> {
    PREDICATE_SYNONYMS
        .iter()
        .find(|(canonical, others)| *canonical == key || others.contains(&key))
        .map(|(canonical, _)| *canonical)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_belongs_to_one_predicate() {
        let mut seen = std::collections::HashMap::new();
        for (canonical, others) in PREDICATE_SYNONYMS {
            for name in std::iter::once(canonical).chain(others.iter()) {
                assert_eq!(
                    *name,
                    name.to_lowercase().replace([' ', '-'], "_"),
                    "{name} is not a key"
                );
                if let Some(first) = seen.insert(*name, *canonical) {
                    panic!("{name} names both {first} and {canonical}");
                }
            }
        }
    }

    #[test]
    fn affixes_come_off_only_when_a_predicate_remains() {
        assert_eq!(canonical_predicate("total_population"), "population");
        assert_eq!(canonical_predicate("turnout_percent"), "turnout");
        assert_eq!(canonical_predicate("reported_death_toll"), "deaths");
        assert_eq!(
            canonical_predicate("number_of_registered_voters"),
            "registered_voters"
        );
        // nothing known remains: the key is kept
        assert_eq!(canonical_predicate("total_debt"), "total_debt");
        assert_eq!(canonical_predicate("_total"), "_total");
        assert_eq!(canonical_predicate("total_"), "total_");
    }
}
