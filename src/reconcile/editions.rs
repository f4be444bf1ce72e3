//! Works that share a title: a title as catalogued ("Oil and the State: Country Study
//! (2011)") is compared by its main title alone, so that the forms an outlet shortens
//! it to ("Oil and the State: Country Study", "Oil and the State (2011)") find it; but
//! two catalogued forms that differ in their year or their subtitle are two works
//! (an annual report of 2000 and a working paper of 2006 under one series title).
//! After clustering, a cluster holding two such forms or more is split into one
//! cluster per work, and each shortened form goes to the one work it fits; a form
//! that fits several stays where it was, apart from all of them.

use indexmap::IndexMap;

use crate::names::{Cluster, Clustering};
use crate::normalize::fold;

/// A title as catalogued, taken apart: the main title, the year in parentheses
/// that closes it and the subtitle after a colon, when written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Catalogued<'a> {
    /// The main title: the mention without its year and its subtitle.
    pub title: &'a str,
    /// The digits of a closing "(2011)".
    pub year: Option<&'a str>,
    /// What follows the first ": ", when the main title before it has two words or
    /// more (a one-word "Re: X" or a name and a role is no catalogued title).
    pub subtitle: Option<&'a str>,
}

/// Takes a mention apart as a catalogued title (see [`Catalogued`]); a mention with
/// neither a year nor a subtitle is its own title.
pub(super) fn catalogued(mention: &str) -> Catalogued<'_> {
    let mut title = mention.trim();
    let mut year = None;
    if let Some(open) = title.rfind(" (")
        && title.ends_with(')')
        && title[open + 2..title.len() - 1]
            .bytes()
            .all(|b| b.is_ascii_digit())
    {
        let digits = &title[open + 2..title.len() - 1];
        year = (!digits.is_empty()).then_some(digits);
        title = &title[..open];
    }
    let mut subtitle = None;
    if let Some((main, rest)) = title.split_once(": ")
        && main.split_whitespace().count() >= 2
    {
        title = main;
        let rest = rest.trim();
        subtitle = (!rest.is_empty()).then_some(rest);
    }
    Catalogued {
        title,
        year,
        subtitle,
    }
}

/// What one mention writes of its work: its year and its folded subtitle, each if
/// written.
type Parts = (Option<String>, Option<String>);

fn parts_of(mention: &str) -> Parts {
    let c = catalogued(mention);
    (c.year.map(str::to_string), c.subtitle.map(fold))
}

/// The works of one cluster's mentions: told apart by year when two years or more
/// are written, else by subtitle when two subtitles or more are; each work with the
/// other parts written with it (the subtitles of a year, the years of a subtitle),
/// in order of first sight, and the slot whose mention names it.
struct Works {
    /// True when the works are years (else subtitles).
    by_year: bool,
    /// Each work's key, with the slot naming it and the other parts seen with it.
    keys: IndexMap<String, (usize, Vec<String>)>,
}

impl Works {
    fn of(given: &[(usize, Parts)], slots: &[&str]) -> Option<Works> {
        let distinct = |pick: fn(&Parts) -> Option<&String>| {
            let mut seen: Vec<&String> = Vec::new();
            for (_, parts) in given {
                if let Some(p) = pick(parts)
                    && !seen.contains(&p)
                {
                    seen.push(p);
                }
            }
            seen.len()
        };
        let by_year = distinct(|p| p.0.as_ref()) >= 2;
        if !by_year && distinct(|p| p.1.as_ref()) < 2 {
            return None;
        }
        let mixed = |m: &str| m.chars().any(char::is_lowercase);
        let mut keys: IndexMap<String, (usize, Vec<String>)> = IndexMap::new();
        for (slot, (year, subtitle)) in given {
            let (key, other) = if by_year {
                (year, subtitle)
            } else {
                (subtitle, year)
            };
            let Some(key) = key else {
                continue;
            };
            let (named_by, others) = keys.entry(key.clone()).or_insert((*slot, Vec::new()));
            // named by its fullest mention in mixed case
            let full = |s: usize| {
                let p = catalogued(slots[s]);
                (mixed(slots[s]), p.year.is_some() && p.subtitle.is_some())
            };
            if full(*slot) > full(*named_by) {
                *named_by = *slot;
            }
            if let Some(o) = other
                && !others.contains(o)
            {
                others.push(o.clone());
            }
        }
        Some(Works { by_year, keys })
    }

    /// The one work a mention's parts fit, if exactly one does: its key, or else the
    /// other part it writes seen with one work alone.
    fn fitting(&self, (year, subtitle): &Parts) -> Option<usize> {
        let (key, other) = if self.by_year {
            (year, subtitle)
        } else {
            (subtitle, year)
        };
        if let Some(key) = key {
            return self.keys.get_index_of(key);
        }
        let other = other.as_ref()?;
        let mut seen = self
            .keys
            .values()
            .enumerate()
            .filter(|(_, (_, others))| others.contains(other));
        match (seen.next(), seen.next()) {
            (Some((at, _)), None) => Some(at),
            _ => None,
        }
    }
}

/// Splits each cluster whose mentions give two works or more by their catalogued year
/// or subtitle (see the module documentation): a new cluster per work, named by its
/// fullest mention written in mixed case, and each mention slot (`slots[i]` the
/// mention, `slot_cluster[i]` its cluster) moved to the one work it fits; a mention
/// that fits none or several stays where it was. Returns how many mentions were moved.
pub(super) fn split_editions(
    slots: &[&str],
    clustering: &mut Clustering,
    slot_cluster: &mut [usize],
) -> usize {
    // each cluster's mention slots with the parts they write, in order of first sight
    let mut by_cluster: IndexMap<usize, Vec<(usize, Parts)>> = IndexMap::new();
    for (slot, mention) in slots.iter().enumerate() {
        let Some(&c) = slot_cluster
            .get(slot)
            .filter(|&&c| c < clustering.clusters.len())
        else {
            continue;
        };
        let parts = parts_of(mention);
        if parts.0.is_some() || parts.1.is_some() {
            by_cluster.entry(c).or_default().push((slot, parts));
        }
    }
    let mut moved = 0;
    for (_, given) in by_cluster {
        let Some(works) = Works::of(&given, slots) else {
            continue;
        };
        let start = clustering.clusters.len();
        for &(named_by, _) in works.keys.values() {
            clustering.clusters.push(Cluster {
                representative: slots[named_by].trim().to_string(),
                members: Vec::new(),
            });
        }
        for (slot, parts) in &given {
            if let Some(at) = works.fitting(parts) {
                slot_cluster[*slot] = start + at;
                moved += 1;
            }
        }
    }
    moved
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_catalogued_title_comes_apart() {
        let c = catalogued("Oil and the State: Country Study (2011)");
        assert_eq!(c.title, "Oil and the State");
        assert_eq!(c.year, Some("2011"));
        assert_eq!(c.subtitle, Some("Country Study"));
        let c = catalogued("Re: Tokayev");
        assert_eq!((c.title, c.subtitle), ("Re: Tokayev", None));
        assert_eq!(catalogued("Nur Otan").title, "Nur Otan");
    }

    #[test]
    fn two_works_of_one_title_split_and_short_forms_follow_their_work() {
        let slots = [
            "Labour in Eurasia: Annual Report (2000)",
            "Labour in Eurasia: Working Paper (2006)",
            "Labour in Eurasia: Annual Report",
            "Labour in Eurasia (2006)",
            "LABOUR IN EURASIA: WORKING PAPER (2006)",
            "Labour in Eurasia",
        ];
        let mut clustering = Clustering {
            clusters: vec![Cluster {
                representative: "Labour in Eurasia".into(),
                members: vec![0],
            }],
            assignment: vec![0],
            ..Clustering::default()
        };
        let mut slot_cluster = vec![0; slots.len()];
        assert_eq!(
            split_editions(&slots, &mut clustering, &mut slot_cluster),
            5
        );
        assert_eq!(slot_cluster, [1, 2, 1, 2, 2, 0]);
        assert_eq!(clustering.clusters[2].representative, slots[1]);
        // a work without a subtitle: its year alone tells it apart
        let slots = [
            "Power on the Caspian (2006)",
            "Power on the Caspian: A Survey (1996)",
            "Power on the Caspian: A Survey",
            "POWER ON THE CASPIAN (2006)",
        ];
        let mut slot_cluster = vec![0; slots.len()];
        assert_eq!(
            split_editions(&slots, &mut clustering, &mut slot_cluster),
            4
        );
        assert_eq!(slot_cluster, [3, 4, 4, 3]);
        // one work alone is left as it is
        let one = [
            "Power on the Caspian: A Survey (1996)",
            "Power on the Caspian",
        ];
        let mut slot_cluster = vec![0; one.len()];
        assert_eq!(split_editions(&one, &mut clustering, &mut slot_cluster), 0);
        assert_eq!(slot_cluster, [0, 0]);
    }
}
