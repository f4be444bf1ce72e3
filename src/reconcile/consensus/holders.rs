//! Who holds an office now: the value in force at the latest report of a text that
//! changes over time (a leader, a chief executive), read as a chain of holders.
//!
//! A report of a name is evidence of who held the office on the day it was published,
//! not of who holds it later: between two reports the holder may have been replaced,
//! the more likely the longer the time between them. So the reports are read in time
//! order as a hidden chain (a forward pass of a hidden Markov model): the holder stays,
//! or, with a chance that grows with the days passed, is replaced, most often by
//! someone not named before (a successor, who may be named in later reports or not at
//! all) and seldom by a holder named before. Each report multiplies the odds of the
//! holder it names by its weight's odds (its source's vote, the same
//! `ln(n · r / (1 − r))` that weighs every claim). The consensus is the holder most
//! likely in office at the latest report, with that probability.
//!
//! A lone late report naming a new holder against many older reports of the one before
//! then wins, as it should, when the time between makes a change plausible; a late
//! report that repeats a former holder after his successor was named (a stale report)
//! does not, since a return to office is rare.

/// The constants of the chain (rows of [`WeightedConfig`](super::WeightedConfig)'s
/// table).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct HolderChain {
    /// The mean time a holder stays, in days: the chance of a change within `d` days
    /// is `1 − e^(−d / tenure)`.
    pub(super) tenure_days: f64,
    /// Of the changes, the share that bring back a holder named before.
    pub(super) return_share: f64,
}

/// One report, as the chain reads it.
#[derive(Debug, Clone, Copy)]
struct Report {
    /// the holder it names (a text class of its group)
    class: u32,
    /// the day it speaks of (the middle of its publication date's interval)
    day: f64,
    /// its weight, a log-odds
    weight: f64,
}

/// Buffers kept from group to group.
#[derive(Debug, Default)]
pub(super) struct ChainScratch {
    reports: Vec<Report>,
    /// the named holders, in order of first report
    holders: Vec<u32>,
    /// per named holder, then one for a holder no report names: the probability
    /// that it is in office
    p: Vec<f64>,
    next: Vec<f64>,
    /// per named holder: what its changes send forward, then back
    forward: Vec<f64>,
    back: Vec<f64>,
}

impl HolderChain {
    /// The holder most likely in office at the latest of `reports` (`(class, day,
    /// weight)`, in any order; equal days keep their order), with the probability
    /// that it is; `None` without reports. On a tie, the holder named first wins.
    pub(super) fn latest(
        &self,
        reports: impl Iterator<Item = (u32, f64, f64)>,
        scratch: &mut ChainScratch,
    ) -> Option<(u32, f64)> {
        let ChainScratch {
            reports: sorted,
            holders,
            p,
            next,
            forward,
            back,
        } = scratch;
        sorted.clear();
        sorted.extend(reports.map(|(class, day, weight)| Report { class, day, weight }));
        sorted.sort_by(|a, b| a.day.total_cmp(&b.day));
        holders.clear();
        for r in sorted.iter() {
            if !holders.contains(&r.class) {
                holders.push(r.class);
            }
        }
        let k = holders.len();
        if k == 0 {
            return None;
        }
        // the first report's holder is among those named: no mass on the unnamed one
        p.clear();
        p.resize(k, 1.0 / k as f64);
        p.push(0.0);
        let mut last_day = sorted[0].day;
        for r in sorted.iter() {
            let days = r.day - last_day;
            if days > 0.0 {
                self.step(days, p, next, forward, back);
                last_day = r.day;
            }
            let at = holders.iter().position(|&h| h == r.class).unwrap_or(0);
            // odds times e^weight for the holder named; the weights are votes, a few
            // units at most, so this stays finite
            p[at] *= r.weight.clamp(-30.0, 30.0).exp();
            let total: f64 = p.iter().sum();
            if total > 0.0 && total.is_finite() {
                p.iter_mut().for_each(|x| *x /= total);
            }
        }
        let mut best = 0;
        for j in 1..k {
            if p[j] > p[best] {
                best = j;
            }
        }
        Some((holders[best], p[best]))
    }

    /// The chain moved on by `days`: each holder stays with `e^(−days / tenure)`; one
    /// that goes is followed by a later-named holder or one never named (evenly), or,
    /// for `return_share` of the changes, by one named before it (evenly); an unnamed
    /// holder that goes is followed by any named one.
    fn step(
        &self,
        days: f64,
        p: &mut [f64],
        next: &mut Vec<f64>,
        fwd: &mut Vec<f64>,
        back: &mut Vec<f64>,
    ) {
        let k = p.len() - 1;
        let change = if self.tenure_days.is_finite() && self.tenure_days > 0.0 {
            1.0 - (-days / self.tenure_days).exp()
        } else {
            0.0
        };
        if change <= 0.0 {
            return;
        }
        let ret = self.return_share.clamp(0.0, 1.0);
        fwd.clear();
        back.clear();
        for (i, &pi) in p[..k].iter().enumerate() {
            let going = pi * change;
            // the first-named holder has no one before it to return to
            let returning = if i == 0 { 0.0 } else { ret };
            // later-named holders and the unnamed one: k − i of them
            fwd.push(going * (1.0 - returning) / (k - i) as f64);
            back.push(if i == 0 {
                0.0
            } else {
                going * returning / i as f64
            });
        }
        let from_unnamed = p[k] * change / k as f64;
        next.clear();
        next.resize(k + 1, 0.0);
        let mut before = 0.0;
        for j in 0..k {
            next[j] = p[j] * (1.0 - change) + before + from_unnamed;
            before += fwd[j];
        }
        let mut after = 0.0;
        for j in (0..k).rev() {
            next[j] += after;
            after += back[j];
        }
        next[k] = p[k] * (1.0 - change) + before;
        p.copy_from_slice(next);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHAIN: HolderChain = HolderChain {
        tenure_days: 1461.0,
        return_share: 0.1,
    };

    fn latest(reports: &[(u32, f64, f64)]) -> (u32, f64) {
        CHAIN
            .latest(reports.iter().copied(), &mut ChainScratch::default())
            .unwrap()
    }

    #[test]
    fn the_mass_is_kept_by_a_step() {
        let mut p = vec![0.5, 0.3, 0.2, 0.0];
        let (mut next, mut fwd, mut back) = (Vec::new(), Vec::new(), Vec::new());
        CHAIN.step(400.0, &mut p, &mut next, &mut fwd, &mut back);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-12, "{p:?}");
        // the unnamed holder gains what goes forward from the last named one and more
        assert!(p[3] > 0.0 && p[0] < 0.5, "{p:?}");
    }

    #[test]
    fn a_lone_late_report_of_a_successor_outweighs_many_older_reports() {
        // four reports of one holder over a year, then one of another a year later
        let reports = [
            (7, 0.0, 2.5),
            (7, 100.0, 2.5),
            (7, 200.0, 2.5),
            (7, 300.0, 2.5),
            (9, 650.0, 2.5),
        ];
        let (holder, p) = latest(&reports);
        assert_eq!(holder, 9);
        assert!(p > 0.5 && p < 1.0, "{p}");
        // the same report a week after the others is more likely an error
        let soon = [(7, 0.0, 2.5), (7, 3.0, 2.5), (7, 5.0, 2.5), (9, 7.0, 2.0)];
        assert_eq!(latest(&soon).0, 7);
    }

    #[test]
    fn a_stale_report_of_a_former_holder_does_not_bring_him_back() {
        // A, then B named twice, then A again: a return is rare, a stale report is not
        let reports = [
            (1, 0.0, 2.5),
            (2, 500.0, 2.5),
            (2, 520.0, 2.5),
            (1, 700.0, 2.5),
        ];
        assert_eq!(latest(&reports).0, 2);
        // order of the input does not matter, only the days
        let shuffled = [reports[3], reports[1], reports[0], reports[2]];
        assert_eq!(latest(&shuffled), latest(&reports));
    }

    #[test]
    fn without_changes_the_heavier_side_wins() {
        let still = HolderChain {
            tenure_days: f64::INFINITY,
            return_share: 0.1,
        };
        let reports = [(1, 0.0, 2.0), (1, 10.0, 2.0), (2, 900.0, 3.0)];
        let mut scratch = ChainScratch::default();
        assert_eq!(
            still
                .latest(reports.iter().copied(), &mut scratch)
                .unwrap()
                .0,
            1
        );
        assert_eq!(still.latest(std::iter::empty(), &mut scratch), None);
    }
}
