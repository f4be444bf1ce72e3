//! The reconciliation report: JSON for machines, a table for people.
//!
//! The JSON shape is a contract: `{"groups": [{"subject", "mentions", "predicate",
//! "scope", "verdict", "claims", "explanation", ...}], "possible_matches": [...]}`;
//! fields are only ever added.

use std::fmt::Write as _;

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use smol_str::SmolStr;

use crate::claim::Date;
use crate::store::Verdict;

/// The whole report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Groups of comparable claims: disagreements first, then compatible, then agree.
    pub groups: Vec<Group>,
    /// Subject mentions that may denote a known entity or each other: not merged, for
    /// review.
    pub possible_matches: Vec<PossibleMatch>,
}

/// Claims about one subject, predicate and scope, and the verdict on them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// The canonical name of the subject (the name in force at the earliest claim).
    pub subject: SmolStr,
    /// The subject as the sources wrote it.
    pub mentions: Vec<SmolStr>,
    /// The predicate, as the first claim wrote it.
    pub predicate: SmolStr,
    /// The qualifiers that make the values comparable (event, region, as_of …).
    pub scope: IndexMap<SmolStr, SmolStr>,
    /// agree, compatible or disagree.
    pub verdict: Verdict,
    /// The ids of the claims, in store order.
    pub claims: Vec<SmolStr>,
    /// One line a journalist can read.
    pub explanation: String,
    /// Each claim's value as written and as read.
    pub values: Vec<ValueReport>,
    /// The sides, lowest first: one side when the values are consistent.
    pub sides: Vec<Side>,
    /// For a disagreement on numbers or dates, the gap between the outer sides.
    pub gap: Option<Gap>,
    /// True when every side has methods of its own (official against exit poll).
    pub split_by_method: bool,
    /// Claim ids by method.
    pub by_method: IndexMap<SmolStr, Vec<SmolStr>>,
    /// True when the difference is a change over time, not a disagreement.
    pub change: bool,
}

/// One claim's value in a group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValueReport {
    /// The claim id.
    pub claim: SmolStr,
    /// Who said it.
    pub source: SmolStr,
    /// When.
    pub published: Date,
    /// The value as written.
    pub written: SmolStr,
    /// The value as read (interval, date range, birth dates).
    pub read_as: SmolStr,
    /// The method, if given.
    pub method: Option<SmolStr>,
}

/// Claims whose values are consistent with each other.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Side {
    /// Claim ids (their values are in [`Group::values`]).
    pub claims: Vec<SmolStr>,
    /// The sources holding this side.
    pub sources: Vec<SmolStr>,
    /// Their methods.
    pub methods: Vec<SmolStr>,
}

/// The gap between the lowest and the highest side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Gap {
    /// Between the sides' centres.
    pub abs: f64,
    /// `abs` relative to the lower side's value (numbers only).
    pub rel: Option<f64>,
    /// The least the true values can differ by.
    pub closest: f64,
    /// The most they can differ by.
    pub farthest: f64,
    /// percentage points, days, a unit, or empty for counts.
    pub unit: SmolStr,
}

/// A mention that may denote a known entity or another mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PossibleMatch {
    /// The mention as written.
    pub mention: SmolStr,
    /// The entity (or other mention) it may denote.
    pub candidate: SmolStr,
    /// The matcher's score.
    pub score: f64,
    /// The claims that use the mention.
    pub claims: Vec<SmolStr>,
}

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
            "{} groups: {} disagree, {} compatible, {} agree\n",
            self.groups.len(),
            count(Verdict::Disagree),
            count(Verdict::Compatible),
            count(Verdict::Agree)
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
            for v in &g.values {
                let _ = writeln!(
                    out,
                    "           [{}] {:<24} {:<28} {}{}",
                    v.claim,
                    v.source,
                    v.written,
                    v.published,
                    v.method
                        .as_ref()
                        .map(|m| format!(" · {m}"))
                        .unwrap_or_default()
                );
            }
            let _ = writeln!(out, "           → {}\n", g.explanation);
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
