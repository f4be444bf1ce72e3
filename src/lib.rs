//! crosscheck: cross-source fact reconciliation.
pub mod names;
pub mod normalize;
