//! Scores a report against a generated feed's truth (see `FEED_SPEC.md`, section 8).
//!
//! Independent of the crate: the report is read as a `serde_json::Value` of the shape
//! `{"groups": [{"claims": [ids], "verdict": "agree" | "compatible" | "disagree" |
//! "single", ...}, ...]}`; the truth is the JSONL written by the generator (only its
//! `claim` and `group` lines are used).

#![allow(dead_code)]

use std::collections::HashMap;

use serde_json::Value;

/// The parts of a truth file the scorer needs.
#[derive(Debug, Default)]
pub struct Truth {
    /// claim id → index of its true group
    claim_group: HashMap<String, u32>,
    /// true group keys, in first-seen order
    groups: Vec<String>,
    /// whether each true group is a real disagreement
    disagree: Vec<bool>,
    /// claims in each true group
    sizes: Vec<u64>,
    /// entity id → canonical name (from the `entity` lines)
    names: HashMap<String, String>,
}

/// What reading a truth file keeps between lines.
#[derive(Default)]
struct Reading {
    index: HashMap<String, u32>,
    flags: HashMap<String, bool>,
}

impl Truth {
    /// Reads truth JSONL (lines of kind `claim`, `group` and `entity`; other kinds are
    /// skipped).
    pub fn from_jsonl(text: &str) -> Result<Truth, String> {
        Truth::from_reader(text.as_bytes())
    }

    /// [`Truth::from_jsonl`] from a reader, a line at a time.
    pub fn from_reader(mut reader: impl std::io::BufRead) -> Result<Truth, String> {
        let mut t = Truth::default();
        let mut reading = Reading::default();
        let mut line = String::new();
        for n in 1.. {
            line.clear();
            match reader.read_line(&mut line) {
                Ok(0) => break,
                Ok(_) => t.read_line(&line, n, &mut reading)?,
                Err(e) => return Err(format!("truth line {n}: {e}")),
            }
        }
        Ok(t.finish(reading))
    }

    fn read_line(&mut self, line: &str, n: usize, reading: &mut Reading) -> Result<(), String> {
        if line.trim().is_empty() {
            return Ok(());
        }
        let v: Value = serde_json::from_str(line).map_err(|e| format!("truth line {n}: {e}"))?;
        match v["kind"].as_str() {
            Some("claim") => {
                let id = id_string(&v["claim"])
                    .ok_or_else(|| format!("truth line {n}: claim without an id"))?;
                let group = v["group"]
                    .as_str()
                    .ok_or_else(|| format!("truth line {n}: claim without a group"))?;
                let gi = match reading.index.get(group) {
                    Some(i) => *i,
                    None => {
                        let i = self.groups.len() as u32;
                        reading.index.insert(group.to_string(), i);
                        self.groups.push(group.to_string());
                        self.sizes.push(0);
                        i
                    }
                };
                if self.claim_group.insert(id.clone(), gi).is_some() {
                    return Err(format!("truth line {n}: claim {id} listed twice"));
                }
                self.sizes[gi as usize] += 1;
            }
            Some("group") => {
                let group = v["group"]
                    .as_str()
                    .ok_or_else(|| format!("truth line {n}: group without a key"))?;
                reading
                    .flags
                    .insert(group.to_string(), v["disagreement"].as_bool() == Some(true));
            }
            Some("entity") => {
                if let (Some(id), Some(name)) = (v["entity"].as_str(), v["name"].as_str()) {
                    self.names.insert(id.to_string(), name.to_string());
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn finish(mut self, reading: Reading) -> Truth {
        self.disagree = self
            .groups
            .iter()
            .map(|g| reading.flags.get(g).copied().unwrap_or(false))
            .collect();
        self
    }

    /// The grouping a matcher of names alone could reach at best: the true groups,
    /// with every entity of the key (the subject, and a `region=`) replaced by its
    /// canonical name, so that namesakes — two entities called by one name — fall
    /// into one group, and nothing else is wrong. Returns its pairwise precision,
    /// recall (always 1) and F1 against the truth.
    pub fn name_ceiling(&self) -> (f64, f64, f64) {
        let name = |id: &str| self.names.get(id).map_or(id, String::as_str).to_string();
        let mut merged: HashMap<String, u64> = HashMap::new();
        for (key, &size) in self.groups.iter().zip(&self.sizes) {
            *merged.entry(key_by_name(key, name)).or_default() += size;
        }
        let actual: u64 = self.sizes.iter().map(|&n| pairs(n)).sum();
        let predicted: u64 = merged.values().map(|&n| pairs(n)).sum();
        prf(actual, predicted, actual)
    }

    pub fn claims(&self) -> usize {
        self.claim_group.len()
    }
}

/// A claim id as a string: strings as they are, numbers in decimal.
fn id_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A true group key (`entity|predicate|scope`) with its entity and any `region=` of
/// its scope replaced by their names (`name`): namesakes' groups share it.
pub fn key_by_name(key: &str, name: impl Fn(&str) -> String) -> String {
    let mut fields = key.splitn(3, '|');
    let entity = fields.next().unwrap_or("");
    let predicate = fields.next().unwrap_or("");
    let scope: Vec<String> = fields
        .next()
        .unwrap_or("")
        .split(';')
        .map(|part| match part.strip_prefix("region=") {
            Some(region) => format!("region={}", name(region)),
            None => part.to_string(),
        })
        .collect();
    format!("{}|{predicate}|{}", name(entity), scope.join(";"))
}

/// Unordered pairs among `n` items.
pub fn pairs(n: u64) -> u64 {
    n * n.saturating_sub(1) / 2
}

/// Precision, recall and F1 from counts; an empty denominator gives 1.0.
pub fn prf(tp: u64, predicted: u64, actual: u64) -> (f64, f64, f64) {
    let p = if predicted == 0 {
        1.0
    } else {
        tp as f64 / predicted as f64
    };
    let r = if actual == 0 {
        1.0
    } else {
        tp as f64 / actual as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

#[derive(Debug, Default, Clone)]
pub struct Score {
    /// claims in the truth
    pub truth_claims: usize,
    /// distinct known claims found in the report
    pub report_claims: usize,
    /// truth claims absent from the report (refused)
    pub missing: usize,
    /// report claims the truth does not know (ignored)
    pub unknown: usize,
    /// repeated appearances of a claim in the report (only the first counts)
    pub duplicated: usize,
    pub true_pairs: u64,
    pub predicted_pairs: u64,
    pub pairs_together: u64,
    pub pair_precision: f64,
    pub pair_recall: f64,
    pub pair_f1: f64,
    /// true groups with a real disagreement
    pub true_disagreements: usize,
    /// of those, flagged (their home report group says "disagree")
    pub flagged: usize,
    /// report groups with verdict "disagree"
    pub reported_disagreements: usize,
    /// of those, whose home true group is a real disagreement
    pub reported_correct: usize,
    pub disagree_precision: f64,
    pub disagree_recall: f64,
    pub disagree_f1: f64,
}

impl Score {
    /// A short human-readable summary.
    pub fn summary(&self) -> String {
        format!(
            "claims: {} in truth, {} in report, {} missing, {} unknown, {} duplicated\n\
             grouping (pairwise): precision {:.4}, recall {:.4}, F1 {:.4} \
             ({} of {} predicted pairs true, {} true pairs)\n\
             disagreement: precision {:.4}, recall {:.4}, F1 {:.4} \
             ({} of {} reported correct, {} of {} true flagged)",
            self.truth_claims,
            self.report_claims,
            self.missing,
            self.unknown,
            self.duplicated,
            self.pair_precision,
            self.pair_recall,
            self.pair_f1,
            self.pairs_together,
            self.predicted_pairs,
            self.true_pairs,
            self.disagree_precision,
            self.disagree_recall,
            self.disagree_f1,
            self.reported_correct,
            self.reported_disagreements,
            self.flagged,
            self.true_disagreements,
        )
    }
}

/// Scores `report` against `truth`.
pub fn score(truth: &Truth, report: &Value) -> Result<Score, String> {
    let groups = report["groups"]
        .as_array()
        .ok_or("report has no \"groups\" list")?;
    let mut s = Score {
        truth_claims: truth.claims(),
        ..Score::default()
    };
    let mut seen: HashMap<&str, ()> = HashMap::with_capacity(truth.claims());
    // per report group: its verdict and its (true group, count) in first-seen order
    let mut verdict_disagree: Vec<bool> = Vec::with_capacity(groups.len());
    let mut contents: Vec<Vec<(u32, u64)>> = Vec::with_capacity(groups.len());
    for g in groups {
        let mut here: Vec<(u32, u64)> = Vec::new();
        let mut slot: HashMap<u32, usize> = HashMap::new();
        let claims = g["claims"].as_array().map(|a| a.as_slice()).unwrap_or(&[]);
        for c in claims {
            let Some(id) = id_string(c) else {
                s.unknown += 1;
                continue;
            };
            let Some((key, gi)) = truth.claim_group.get_key_value(id.as_str()) else {
                s.unknown += 1;
                continue;
            };
            if seen.insert(key.as_str(), ()).is_some() {
                s.duplicated += 1;
                continue;
            }
            match slot.get(gi) {
                Some(i) => here[*i].1 += 1,
                None => {
                    slot.insert(*gi, here.len());
                    here.push((*gi, 1));
                }
            }
        }
        verdict_disagree.push(g["verdict"].as_str() == Some("disagree"));
        contents.push(here);
    }
    s.report_claims = seen.len();
    s.missing = s.truth_claims - s.report_claims;

    // pairwise grouping
    s.true_pairs = truth.sizes.iter().map(|n| pairs(*n)).sum();
    for here in &contents {
        let size: u64 = here.iter().map(|x| x.1).sum();
        s.predicted_pairs += pairs(size);
        s.pairs_together += here.iter().map(|x| pairs(x.1)).sum::<u64>();
    }
    (s.pair_precision, s.pair_recall, s.pair_f1) =
        prf(s.pairs_together, s.predicted_pairs, s.true_pairs);

    // disagreement recall: each true group's home is the report group holding most of
    // its claims (the earlier one on ties)
    let mut home: Vec<Option<(usize, u64)>> = vec![None; truth.groups.len()];
    for (ri, here) in contents.iter().enumerate() {
        for &(gi, n) in here {
            let h = &mut home[gi as usize];
            if h.is_none_or(|(_, best)| n > best) {
                *h = Some((ri, n));
            }
        }
    }
    for (gi, dis) in truth.disagree.iter().enumerate() {
        if !*dis || truth.sizes[gi] < 2 {
            continue;
        }
        s.true_disagreements += 1;
        if let Some((ri, _)) = home[gi]
            && verdict_disagree[ri]
        {
            s.flagged += 1;
        }
    }
    // disagreement precision: each "disagree" report group's home is the true group
    // giving it most claims (the first seen on ties); a group of unknown claims only is
    // wrong
    for (ri, here) in contents.iter().enumerate() {
        if !verdict_disagree[ri] {
            continue;
        }
        s.reported_disagreements += 1;
        let mut best: Option<(u32, u64)> = None;
        for &(gi, n) in here {
            if best.is_none_or(|(_, b)| n > b) {
                best = Some((gi, n));
            }
        }
        if let Some((gi, _)) = best
            && truth.disagree[gi as usize]
        {
            s.reported_correct += 1;
        }
    }
    // recall counts flagged true groups; precision counts correct report groups
    let (p, _, _) = prf(
        s.reported_correct as u64,
        s.reported_disagreements as u64,
        0,
    );
    let (_, r, _) = prf(s.flagged as u64, 0, s.true_disagreements as u64);
    s.disagree_precision = p;
    s.disagree_recall = r;
    s.disagree_f1 = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    Ok(s)
}

#[cfg(test)]
mod score_tests {
    use super::*;
    use serde_json::json;

    /// Truth with groups A = {1,2,3} (a disagreement), B = {4,5}, C = {6}.
    fn truth() -> Truth {
        let lines = [
            json!({"kind": "claim", "claim": "1", "group": "A"}),
            json!({"kind": "claim", "claim": "2", "group": "A"}),
            json!({"kind": "claim", "claim": "3", "group": "A"}),
            json!({"kind": "claim", "claim": "4", "group": "B"}),
            json!({"kind": "claim", "claim": "5", "group": "B"}),
            json!({"kind": "claim", "claim": "6", "group": "C"}),
            json!({"kind": "group", "group": "A", "disagreement": true}),
            json!({"kind": "group", "group": "B", "disagreement": false}),
            json!({"kind": "group", "group": "C", "disagreement": false}),
            json!({"kind": "source", "source": "x", "reliability": 0.9, "copies": null}),
        ];
        truth_of(&lines)
    }

    /// The truth of these JSON lines.
    fn truth_of(lines: &[Value]) -> Truth {
        let text: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        Truth::from_jsonl(&text.join("\n")).unwrap()
    }

    fn report(groups: &[(&[&str], &str)]) -> Value {
        json!({"groups": groups.iter().map(|(c, v)| json!({"claims": c, "verdict": v})).collect::<Vec<_>>()})
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn perfect_report() {
        let r = report(&[
            (&["1", "2", "3"], "disagree"),
            (&["4", "5"], "agree"),
            (&["6"], "single"),
        ]);
        let s = score(&truth(), &r).unwrap();
        assert_eq!(
            (s.true_pairs, s.predicted_pairs, s.pairs_together),
            (4, 4, 4)
        );
        assert!(close(s.pair_f1, 1.0));
        assert_eq!((s.true_disagreements, s.flagged), (1, 1));
        assert_eq!((s.reported_disagreements, s.reported_correct), (1, 1));
        assert!(close(s.disagree_f1, 1.0));
        assert_eq!((s.missing, s.unknown, s.duplicated), (0, 0, 0));
    }

    #[test]
    fn namesakes_set_the_name_ceiling() {
        // P1 and P2 are both "Ann Lee": their age groups merge, 2 + 1 claims into 3
        // (3 predicted pairs, 1 true); P3 and the regions keep their own
        let lines = [
            json!({"kind": "claim", "claim": "1", "group": "P1|age|"}),
            json!({"kind": "claim", "claim": "2", "group": "P1|age|"}),
            json!({"kind": "claim", "claim": "3", "group": "P2|age|"}),
            json!({"kind": "claim", "claim": "4", "group": "P3|age|region=R1"}),
            json!({"kind": "claim", "claim": "5", "group": "P3|age|region=R1"}),
            json!({"kind": "claim", "claim": "6", "group": "P3|age|region=R2"}),
            json!({"kind": "entity", "entity": "P1", "name": "Ann Lee"}),
            json!({"kind": "entity", "entity": "P2", "name": "Ann Lee"}),
            json!({"kind": "entity", "entity": "P3", "name": "Bo Kim"}),
            json!({"kind": "entity", "entity": "R1", "name": "Aral"}),
            json!({"kind": "entity", "entity": "R2", "name": "Shu"}),
        ];
        let text: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        let truth = Truth::from_jsonl(&text.join("\n")).unwrap();
        let (p, r, f) = truth.name_ceiling();
        assert!(close(p, 2.0 / 4.0) && close(r, 1.0) && close(f, 2.0 / 3.0));
        let again = Truth::from_reader(text.join("\n").as_bytes()).unwrap();
        assert_eq!(again.name_ceiling(), (p, r, f));
        // two regions of one name join too
        let lines = [
            json!({"kind": "claim", "claim": "1", "group": "P3|age|region=R1"}),
            json!({"kind": "claim", "claim": "2", "group": "P3|age|region=R2"}),
            json!({"kind": "entity", "entity": "R1", "name": "Aral"}),
            json!({"kind": "entity", "entity": "R2", "name": "Aral"}),
        ];
        let truth = truth_of(&lines);
        assert_eq!(truth.name_ceiling(), (0.0, 1.0, 0.0));
    }

    #[test]
    fn everything_in_one_group() {
        let r = report(&[(&["1", "2", "3", "4", "5", "6"], "disagree")]);
        let s = score(&truth(), &r).unwrap();
        // 15 predicted pairs, 4 of them true
        assert_eq!((s.predicted_pairs, s.pairs_together), (15, 4));
        assert!(close(s.pair_precision, 4.0 / 15.0));
        assert!(close(s.pair_recall, 1.0));
        // the one report group's home is A (3 claims), a real disagreement
        assert_eq!((s.reported_disagreements, s.reported_correct), (1, 1));
        assert_eq!(s.flagged, 1);
    }

    #[test]
    fn all_singletons() {
        let r = report(&[
            (&["1"], "single"),
            (&["2"], "single"),
            (&["3"], "single"),
            (&["4"], "single"),
            (&["5"], "single"),
            (&["6"], "single"),
        ]);
        let s = score(&truth(), &r).unwrap();
        assert_eq!(s.predicted_pairs, 0);
        assert!(close(s.pair_precision, 1.0));
        assert!(close(s.pair_recall, 0.0));
        assert!(close(s.pair_f1, 0.0));
        assert_eq!(s.flagged, 0);
        assert!(close(s.disagree_recall, 0.0));
    }

    #[test]
    fn missing_unknown_and_duplicated_claims() {
        // claim 3 refused, "9" unknown, "4" listed twice
        let r = report(&[
            (&["1", "2"], "disagree"),
            (&["4", "5", "9"], "agree"),
            (&["4", "6"], "single"),
        ]);
        let s = score(&truth(), &r).unwrap();
        assert_eq!((s.missing, s.unknown, s.duplicated), (1, 1, 1));
        assert_eq!(s.report_claims, 5);
        // true pairs still count the refused claim: 3 + 1
        assert_eq!(
            (s.true_pairs, s.predicted_pairs, s.pairs_together),
            (4, 2, 2)
        );
        assert!(close(s.pair_precision, 1.0));
        assert!(close(s.pair_recall, 0.5));
    }

    #[test]
    fn a_split_disagreement_is_judged_by_its_largest_part() {
        // A split 2 + 1: the part with 2 decides
        let flagged = report(&[(&["1", "2"], "disagree"), (&["3"], "single")]);
        let s = score(&truth(), &flagged).unwrap();
        assert_eq!(s.flagged, 1);
        let missed = report(&[(&["1"], "disagree"), (&["2", "3"], "agree")]);
        let s = score(&truth(), &missed).unwrap();
        assert_eq!(s.flagged, 0);
        // the "disagree" group still has A as its home, so it is a correct report
        assert_eq!((s.reported_disagreements, s.reported_correct), (1, 1));
        // on a tie (1 + 1 + 1) the earlier report group is the home
        let tie = report(&[
            (&["1"], "agree"),
            (&["2"], "disagree"),
            (&["3"], "disagree"),
        ]);
        assert_eq!(score(&truth(), &tie).unwrap().flagged, 0);
    }

    #[test]
    fn false_alarms_lower_precision() {
        let r = report(&[
            (&["1", "2", "3"], "agree"),
            (&["4", "5"], "disagree"),
            (&["6"], "disagree"),
        ]);
        let s = score(&truth(), &r).unwrap();
        assert_eq!((s.reported_disagreements, s.reported_correct), (2, 0));
        assert!(close(s.disagree_precision, 0.0));
        assert!(close(s.disagree_recall, 0.0));
        assert!(close(s.disagree_f1, 0.0));
    }

    #[test]
    fn numeric_ids_and_bad_input() {
        let t = Truth::from_jsonl(
            "{\"kind\":\"claim\",\"claim\":7,\"group\":\"G\"}\n{\"kind\":\"claim\",\"claim\":\"8\",\"group\":\"G\"}",
        )
        .unwrap();
        let s = score(
            &t,
            &json!({"groups": [{"claims": [7, "8"], "verdict": "agree"}]}),
        )
        .unwrap();
        assert_eq!(s.pairs_together, 1);
        assert!(score(&t, &json!({"no": []})).is_err());
        assert!(Truth::from_jsonl("{not json").is_err());
    }
}
