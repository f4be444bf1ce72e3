//! The end-to-end step that the extraction measurements share: the extracted claims
//! reconciled, and the sides of every group found to disagree, as claim ids.

use crosscheck::entity::Registry;
use crosscheck::extract::ExtractedClaim;
use crosscheck::reconcile::{ReconcileOptions, Verdict, reconcile};
use crosscheck::store::ClaimStore;

/// The sides (claim ids) of each group that `reconcile` calls a disagreement.
pub fn disagreeing_sides(
    claims: &[ExtractedClaim],
    registry: &Registry,
) -> Result<Vec<Vec<Vec<String>>>, String> {
    let mut store = ClaimStore::with_capacity(claims.len());
    for c in claims {
        store.insert(c.to_claim()).map_err(|e| e.to_string())?;
    }
    let report = reconcile(&store, registry, &ReconcileOptions::default());
    Ok(report
        .groups
        .iter()
        .filter(|g| g.verdict == Verdict::Disagree)
        .map(|g| {
            g.sides
                .iter()
                .map(|s| s.claims.iter().map(|c| c.to_string()).collect())
                .collect()
        })
        .collect())
}
