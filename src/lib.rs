//! crosscheck: cross-source fact reconciliation.
pub mod normalize;
