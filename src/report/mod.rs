//! The reconciliation report written out: JSON for machines, a table for people.
//!
//! The report's data ([`Report`], [`Group`] …) is what [`crate::reconcile`] finds; this
//! stage only writes it. The JSON shape is a contract: `{"groups": [{"subject",
//! "mentions", "predicate", "scope", "verdict", "claims", "explanation", ...}],
//! "possible_matches": [...]}`; fields are only ever added.

use std::fmt::Write as _;

pub use crate::reconcile::{
    Gap, Group, PossibleMatch, Report, ResolutionStats, Side, SubjectLink, ValueReport, Verdict,
};

mod html;

impl Report {
    /// The report as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    /// The report as a readable table: one block per group, disagreements first.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let count = |v: Verdict| self.groups.iter().filter(|g| g.verdict == v).count();
        let _ = writeln!(
            out,
            "{} groups: {} disagree, {} compatible, {} agree, {} of a single source\n",
            self.groups.len(),
            count(Verdict::Disagree),
            count(Verdict::Compatible),
            count(Verdict::Agree),
            count(Verdict::Single)
        );
        for g in &self.groups {
            let scope: Vec<String> = g.scope.iter().map(|(k, v)| format!("{k}={v}")).collect();
            let _ = writeln!(
                out,
                "{:<10} {} · {}{}",
                g.verdict.to_string().to_uppercase(),
                g.subject,
                g.predicate,
                if scope.is_empty() {
                    String::new()
                } else {
                    format!(" · {}", scope.join(", "))
                }
            );
            if g.mentions.len() > 1 || g.mentions.first() != Some(&g.subject) {
                let _ = writeln!(out, "           written as: {}", g.mentions.join(" / "));
            }
            for l in &g.subject_links {
                let _ = writeln!(
                    out,
                    "           linked: {} → {} ({})",
                    l.mention, l.linked_to, l.reason
                );
            }
            for (k, spellings) in &g.scope_spellings {
                if spellings.len() > 1 {
                    let key = g.scope_keys.get(k).map_or("", |v| v.as_str());
                    let _ = writeln!(
                        out,
                        "           {k} read as {key}: {}",
                        spellings.join(" / ")
                    );
                }
            }
            for v in &g.values {
                let _ = writeln!(
                    out,
                    "           [{}] {:<24} {:<28} {}{}{}",
                    v.claim,
                    v.source,
                    v.written,
                    v.published,
                    if v.read_as.contains(" converted from ") {
                        format!(" · read as {}", v.read_as)
                    } else {
                        String::new()
                    },
                    v.method
                        .as_ref()
                        .map(|m| format!(" · {m}"))
                        .unwrap_or_default()
                );
            }
            let _ = writeln!(out, "           → {}\n", g.explanation);
        }
        if !self.resolution.nothing_skipped() {
            let r = &self.resolution;
            let _ = writeln!(
                out,
                "subjects: {} name comparisons; {} looks into crowded blocks left {} candidate names uncompared\n",
                r.comparisons, r.crowded_blocks, r.skipped_candidates
            );
        }
        if !self.possible_matches.is_empty() {
            let _ = writeln!(out, "possible matches, for review (not merged):");
            for p in &self.possible_matches {
                let _ = writeln!(
                    out,
                    "  {} ~ {} (score {:.2}; claims {})",
                    p.mention,
                    p.candidate,
                    p.score,
                    p.claims.join(", ")
                );
            }
        }
        out
    }
}
