//! The one line a journalist reads under each group: who said what, the gap in
//! words, and whether the split follows the method.

use super::findings::Gap;
use super::verdict::{Axis, Outcome, Verdict};
use crate::claim::Claim;

/// Most values named in one side of an explanation; the rest are counted.
const EXPLAINED_VALUES: usize = 8;

/// A group's claims and, at the same index, the method each names: what an
/// explanation says of them.
#[derive(Clone, Copy)]
pub(super) struct Said<'a> {
    /// The group's claims.
    pub claims: &'a [&'a Claim],
    /// Each claim's method, when it names one.
    pub methods: &'a [Option<&'a str>],
}

/// "71% (Associated Press, official)": values of a side with who said them.
fn describe_side(said: Said<'_>, side: &[usize]) -> String {
    // one buffer per side, sized once: a million claims make a hundred thousand
    // explanations
    let shown = || {
        side.iter()
            .take(EXPLAINED_VALUES)
            .map(|&i| (said.claims[i], said.methods.get(i).copied().flatten()))
    };
    let size: usize = shown()
        .map(|(c, m)| c.written.len() + c.source.name.len() + m.map_or(0, str::len) + 6)
        .sum();
    let mut out = String::with_capacity(size + 16);
    for (n, (c, method)) in shown().enumerate() {
        if n > 0 {
            out.push_str(", ");
        }
        out.push_str(&c.written);
        out.push_str(" (");
        out.push_str(&c.source.name);
        if let Some(m) = method {
            out.push_str(", ");
            out.push_str(m);
        }
        out.push(')');
    }
    if side.len() > EXPLAINED_VALUES {
        out.push_str(", and ");
        out.push_str(&(side.len() - EXPLAINED_VALUES).to_string());
        out.push_str(" more");
    }
    out
}

fn format_number(x: f64) -> String {
    if x.abs() >= 1000.0 {
        format!("{x:.0}")
    } else {
        let t = format!("{x:.2}");
        t.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A gap in words, in one unit: days become years past a year.
fn format_gap(closest: f64, farthest: f64, unit: &str) -> String {
    let (scale, unit) = if unit == "days" && farthest >= 365.0 {
        (365.25, "years")
    } else {
        (1.0, unit)
    };
    let (a, b) = (closest / scale, farthest / scale);
    let amount = if (b - a).abs() < 1e-9 || a <= 0.0 {
        format!("up to {}", format_number(b))
    } else {
        format!("{}–{}", format_number(a), format_number(b))
    };
    if unit.is_empty() {
        amount
    } else {
        format!("{amount} {unit}")
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub(super) fn explain(
    said: Said<'_>,
    sources: usize,
    outcome: &Outcome,
    gap: Option<&Gap>,
) -> String {
    if outcome.no_value.len() == said.claims.len() {
        return format!(
            "No value: every claim leaves the value empty: {}.",
            describe_side(said, &outcome.no_value)
        );
    }
    // the sources counted are those of the values compared
    let sources = if outcome.no_value.is_empty() && outcome.unread.is_empty() {
        sources
    } else {
        let mut compared: Vec<&str> = outcome
            .sides
            .iter()
            .flatten()
            .map(|&i| said.claims[i].source.name.as_str())
            .collect();
        compared.sort_unstable();
        compared.dedup();
        compared.len()
    };
    let mut line = explain_values(said, sources, outcome, gap);
    if let Axis::Number(unit, _) = &outcome.axis
        && !unit.is_empty()
        && !crate::claim::is_known_unit(unit)
    {
        line.push_str(&format!(
            " The unit \"{unit}\" is not in the unit table: compared only with the same unit."
        ));
    }
    if !outcome.fractions.is_empty() {
        let read: Vec<String> = outcome
            .fractions
            .iter()
            .filter_map(|&i| match &said.claims[i].value {
                crate::claim::ClaimValue::Quantity(q) => Some(format!(
                    "{} ({}) as {}%",
                    said.claims[i].written,
                    said.claims[i].source.name,
                    // to a millionth: 0.5218 is 52.18, not 52.180000000000007
                    (q.value * super::verdict::FRACTION_TO_PERCENT * 1e6).round() / 1e6
                )),
                _ => None,
            })
            .collect();
        line.push_str(&format!(
            " Read as a fraction of one beside the percentages: {}.",
            read.join(", ")
        ));
    }
    if !outcome.unread.is_empty() {
        line.push_str(&format!(
            " {} not read as a value of the others' kind, left out of the comparison: {}.",
            plural(outcome.unread.len(), "claim is", "claims are"),
            describe_side(said, &outcome.unread)
        ));
    }
    if !outcome.no_value.is_empty() {
        line.push_str(&format!(
            " {} no value, left out of the comparison: {}.",
            plural(outcome.no_value.len(), "claim gives", "claims give"),
            describe_side(said, &outcome.no_value)
        ));
    }
    line
}

fn explain_values(said: Said<'_>, sources: usize, outcome: &Outcome, gap: Option<&Gap>) -> String {
    let sides = &outcome.sides;
    let n = said.claims.len() - outcome.no_value.len() - outcome.unread.len();
    match outcome.verdict {
        _ if outcome.change => {
            // the sides as their values first appeared, earliest first
            let mut in_time: Vec<&Vec<usize>> = sides.iter().collect();
            in_time.sort_by_key(|side| side.iter().map(|&i| said.claims[i].source.published).min());
            let steps: Vec<String> = in_time.iter().map(|s| describe_side(said, s)).collect();
            format!(
                "Changed over time, in publication order: {}.",
                steps.join(", then ")
            )
        }
        Verdict::Single | Verdict::Agree if n == 1 => {
            format!("One claim: {}.", describe_side(said, &sides[0]))
        }
        Verdict::Single => explain_single(said, outcome, gap),
        Verdict::Agree if matches!(outcome.axis, Axis::BirthDays) => format!(
            "{}, {} agree: the ages fit one birth date at the sources' dates: {}.",
            plural(sources, "source", "sources"),
            plural(n, "claim", "claims"),
            describe_side(said, &sides[0])
        ),
        Verdict::Agree => format!(
            "{}, {} agree within rounding: {}.",
            plural(sources, "source", "sources"),
            plural(n, "claim", "claims"),
            describe_side(said, &sides[0])
        ),
        Verdict::Compatible if matches!(outcome.axis, Axis::Mixed) => {
            let sides: Vec<String> = sides.iter().map(|s| describe_side(said, s)).collect();
            let units = mixed_units(said.claims, outcome);
            if !units.is_empty() && units.iter().all(|u| crate::claim::is_currency(u)) {
                format!(
                    "Compatible: amounts in different currencies ({}) are compared only within each, for want of exchange rates, and within each they agree: {}.",
                    units.join(", "),
                    sides.join("; ")
                )
            } else {
                format!(
                    "Compatible: values of different kinds or units{} are compared only within each kind, and within each they agree: {}.",
                    listed_units(&units),
                    sides.join("; ")
                )
            }
        }
        Verdict::Compatible if outcome.names_only => format!(
            "Compatible: one name, or one list of names, written in different ways: {}.",
            describe_side(said, &sides[0])
        ),
        Verdict::Compatible if outcome.near_match => format!(
            "Near match: the texts differ only by words one side leaves out: {}.",
            describe_side(said, &sides[0])
        ),
        Verdict::Compatible => format!(
            "Compatible: the values differ only within precision, hedges or granularity: {}.",
            describe_side(said, &sides[0])
        ),
        Verdict::Disagree => format!("Disagree: {}.", describe_split(said, outcome, gap)),
    }
}

/// The sides of a split, with the gap and the method: "A against B; gap ...".
fn describe_split(said: Said<'_>, outcome: &Outcome, gap: Option<&Gap>) -> String {
    let described: Vec<String> = outcome
        .sides
        .iter()
        .map(|s| describe_side(said, s))
        .collect();
    let mut s = described.join(" against ");
    if let Some(g) = gap {
        s.push_str(&format!(
            "; gap {}",
            format_gap(g.closest, g.farthest, &g.unit)
        ));
    } else if matches!(outcome.axis, Axis::Mixed) {
        let units = mixed_units(said.claims, outcome);
        if !units.is_empty() && units.iter().all(|u| crate::claim::is_currency(u)) {
            s.push_str("; amounts in different currencies (");
            s.push_str(&units.join(", "));
            s.push_str(") are compared only within each");
        } else {
            s.push_str(&format!(
                "; values of different kinds or units{} are compared only within each kind",
                listed_units(&units)
            ));
        }
    }
    if outcome.split_by_method {
        s.push_str("; the split follows the method");
    }
    s
}

/// " (count, USD)": the units of a mixed group in brackets, or nothing when the group
/// mixes kinds without units (a date beside a count).
fn listed_units(units: &[String]) -> String {
    if units.is_empty() {
        String::new()
    } else {
        format!(" ({})", units.join(", "))
    }
}

/// The distinct units (changes marked) of a group's numbers, when they differ: "km²,
/// USD".
fn mixed_units(members: &[&Claim], outcome: &Outcome) -> Vec<String> {
    let mut units: Vec<String> = Vec::new();
    for side in &outcome.sides {
        for &i in side {
            let shown = match &members[i].value {
                crate::claim::ClaimValue::Quantity(q) => {
                    let u = if q.unit.is_empty() {
                        "count"
                    } else {
                        q.unit.as_str()
                    };
                    if q.change {
                        format!("change in {u}")
                    } else {
                        u.to_string()
                    }
                }
                crate::claim::ClaimValue::Date(_) => "date".to_string(),
                crate::claim::ClaimValue::Age { .. } => "age".to_string(),
                crate::claim::ClaimValue::Text(_) => "text".to_string(),
                crate::claim::ClaimValue::Empty => continue,
            };
            if !units.contains(&shown) {
                units.push(shown);
            }
        }
    }
    units
}

/// Several claims of one source: what they say among themselves, and that no other
/// source was there to compare them with.
fn explain_single(said: Said<'_>, outcome: &Outcome, gap: Option<&Gap>) -> String {
    let n = said.claims.len() - outcome.no_value.len() - outcome.unread.len();
    let source = &said.claims[0].source.name;
    let body = match outcome.within {
        Verdict::Disagree => format!(
            "its own claims differ: {}",
            describe_split(said, outcome, gap)
        ),
        Verdict::Compatible => format!(
            "{} consistent within precision, hedges or granularity: {}",
            plural(n, "claim", "claims"),
            describe_side(said, &outcome.sides[0])
        ),
        _ => format!(
            "{} that agree within rounding: {}",
            plural(n, "claim", "claims"),
            describe_side(said, &outcome.sides[0])
        ),
    };
    format!("One source only ({source}), {body}; no other source to compare with.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_read_in_one_unit() {
        assert_eq!(
            format_gap(0.35, 0.95, "percentage points"),
            "0.35–0.95 percentage points"
        );
        assert_eq!(format_gap(0.0, 3.0, ""), "up to 3");
        // days become years past a year
        assert_eq!(format_gap(365.25, 730.5, "days"), "1–2 years");
        assert_eq!(format_number(1234.4), "1234");
        assert_eq!(format_number(0.50), "0.5");
        assert_eq!(plural(1, "source", "sources"), "1 source");
        assert_eq!(plural(2, "source", "sources"), "2 sources");
    }
}
