//! The reconciliation report written out: JSON for machines, a table for people.
//!
//! The report's data ([`Report`], [`Group`] …) is what [`crate::reconcile`](mod@crate::reconcile) finds; this
//! stage only writes it. The JSON shape is a contract: `{"groups": [{"subject",
//! "mentions", "predicate", "scope", "verdict", "claims", "explanation", ...}],
//! "possible_matches": [...]}`; fields are only ever added.

use std::fmt::Write as _;

pub use crate::reconcile::consensus::{Bound, Consensus, SourceScore};
pub use crate::reconcile::{
    Gap, Group, PossibleMatch, Report, ResolutionStats, Side, SubjectLink, ValueReport, Verdict,
};

mod html;
mod pretty;

impl Report {
    /// The report as pretty JSON.
    pub fn to_json(&self) -> String {
        let mut out = Vec::new();
        match pretty::to_writer(&mut out, self) {
            // serde_json writes UTF-8 only
            Ok(()) => String::from_utf8(out).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}")),
            Err(e) => format!("{{\"error\": \"{e}\"}}"),
        }
    }

    /// Writes the report as pretty JSON to `out`, as it goes: the same bytes as
    /// [`Report::to_json`], without holding the whole text in memory (a report of a
    /// million claims runs to hundreds of megabytes). Give a buffered writer; nothing
    /// is flushed here.
    ///
    /// ```
    /// # use crosscheck::entity::Registry;
    /// # use crosscheck::reconcile::{ReconcileOptions, reconcile};
    /// # use crosscheck::store::ClaimStore;
    /// let jsonl = r#"{"id":"a","source":"A","published":"2021-01-11","subject":"Nur Otan","predicate":"vote_share","value":"71%"}"#;
    /// let store = ClaimStore::from_jsonl(jsonl.as_bytes()).unwrap();
    /// let report = reconcile(&store, &Registry::new(), &ReconcileOptions::default());
    /// let mut out = Vec::new();
    /// report.write_json(&mut out).unwrap();
    /// assert_eq!(out, report.to_json().into_bytes());
    /// ```
    pub fn write_json(&self, out: impl std::io::Write) -> std::io::Result<()> {
        pretty::to_writer(out, self).map_err(std::io::Error::from)
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
            let _ = writeln!(out, "           → {}", g.explanation);
            if g.consensus_by_method.is_empty() {
                if let Some(c) = &g.consensus {
                    let _ = writeln!(out, "           consensus: {}", c.describe());
                }
            } else {
                for c in &g.consensus_by_method {
                    let _ = writeln!(out, "           consensus: {}", c.describe());
                }
            }
            out.push('\n');
        }
        if !self.sources.is_empty() {
            out.push_str(&self.sources_text());
            out.push('\n');
        }
        if !self.resolution.nothing_skipped() {
            let r = &self.resolution;
            let _ = writeln!(
                out,
                "subjects: {} name comparisons; {} looks into crowded blocks and {} names with more candidates than the per-name limit left {} candidate names uncompared; {} possible matches beyond the per-cluster limit left out\n",
                r.comparisons,
                r.crowded_blocks,
                r.capped_names,
                r.skipped_candidates,
                r.possible_left_out
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

    /// The source table: reliability, claims, and how many fall inside and outside the
    /// consensus, most reliable first.
    ///
    /// ```
    /// use crosscheck::{ClaimStore, Registry, ReconcileOptions, reconcile};
    /// let jsonl = r#"{"id":"a","source":"A","published":"2021-01-11","subject":"X","predicate":"p","value":"5"}
    /// {"id":"b","source":"B","published":"2021-01-11","subject":"X","predicate":"p","value":"5"}"#;
    /// let store = ClaimStore::from_jsonl(jsonl.as_bytes()).unwrap();
    /// let report = reconcile(&store, &Registry::new(), &ReconcileOptions::default());
    /// assert!(report.sources_text().starts_with("sources"));
    /// ```
    pub fn sources_text(&self) -> String {
        let mut out = String::new();
        let width = self
            .sources
            .iter()
            .map(|s| s.source.chars().count())
            .max()
            .unwrap_or(6)
            .max(6);
        let _ = writeln!(
            out,
            "sources, most reliable first:\n  {:<width$}  {:>11}  {:>6}  {:>6}  {:>7}",
            "source", "reliability", "claims", "inside", "outside"
        );
        for s in &self.sources {
            let _ = writeln!(
                out,
                "  {:<width$}  {:>11.3}  {:>6}  {:>6}  {:>7}",
                s.source, s.reliability, s.claims, s.inside, s.outside
            );
        }
        out
    }

    /// The source table as pretty JSON: `[{"source", "reliability", "claims", "inside",
    /// "outside", "by_predicate"}]`.
    pub fn sources_json(&self) -> String {
        serde_json::to_string_pretty(&self.sources)
            .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }
}

impl Consensus {
    /// One line: the value, its interval, confidence, supporting claims and method.
    ///
    /// ```
    /// use crosscheck::report::{Bound, Consensus};
    /// let c = Consensus {
    ///     value: "71.1%".into(),
    ///     number: Some(71.1),
    ///     interval: Some([Bound::Number(71.05), Bound::Number(71.15)]),
    ///     confidence: 0.93,
    ///     claims: vec!["c".into(), "a".into()],
    ///     method: Some("official".into()),
    /// };
    /// assert_eq!(c.describe(), "71.1% (71.05 to 71.15) · confidence 0.93 · claims c, a · official");
    /// ```
    pub fn describe(&self) -> String {
        let mut out = self.value.to_string();
        if let Some([lo, hi]) = &self.interval {
            let b = |b: &Bound| match b {
                Bound::Number(x) => x.to_string(),
                Bound::Date(d) => d.to_string(),
                Bound::Unbounded => "…".to_string(),
            };
            let _ = write!(out, " ({} to {})", b(lo), b(hi));
        }
        let _ = write!(
            out,
            " · confidence {:.2} · claims {}",
            self.confidence,
            self.claims.join(", ")
        );
        if let Some(m) = &self.method {
            let _ = write!(out, " · {m}");
        }
        out
    }
}
