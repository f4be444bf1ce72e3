//! The main demo: the report on the Kazakhstan reference case.
//!
//! ```text
//! cargo run --release --example kazakhstan [-- --json]
//! ```
//!
//! Claims from five reports on the January 2021 parliamentary election (and one on the
//! March 2023 snap election), written by us from the facts of the reference articles,
//! reconciled against a small registry of the entities they name.

use std::io::Write;
use std::process::ExitCode;

use crosscheck::entity::Registry;
use crosscheck::reconcile::{ReconcileOptions, reconcile};
use crosscheck::store::ClaimStore;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/kazakhstan");

fn main() -> ExitCode {
    let json = std::env::args().any(|a| a == "--json");
    let load = || -> Result<(ClaimStore, Registry), String> {
        let claims = std::fs::read(format!("{DIR}/claims.jsonl")).map_err(|e| e.to_string())?;
        let store = ClaimStore::from_jsonl(claims.as_slice()).map_err(|e| e.to_string())?;
        let entities =
            std::fs::read_to_string(format!("{DIR}/entities.json")).map_err(|e| e.to_string())?;
        let registry = Registry::from_json(&entities).map_err(|e| e.to_string())?;
        Ok((store, registry))
    };
    let (store, registry) = match load() {
        Ok(x) => x,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let report = reconcile(&store, &registry, &ReconcileOptions::default());
    let text = if json {
        report.to_json() + "\n"
    } else {
        report.to_text()
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    ExitCode::SUCCESS
}
