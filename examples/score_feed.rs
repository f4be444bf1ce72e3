//! Scores a report against a generated feed's truth (see
//! `examples/common/FEED_SPEC.md`, section 8).
//!
//! ```text
//! cargo run --release --example score_feed -- TRUTH.jsonl REPORT.json
//! ```

use std::process::ExitCode;

#[path = "common/score.rs"]
mod score;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [truth_path, report_path] = args.as_slice() else {
        eprintln!("usage: score_feed TRUTH.jsonl REPORT.json");
        return ExitCode::from(2);
    };
    let read = |p: &str| std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"));
    let result = read(truth_path)
        .and_then(|t| score::Truth::from_jsonl(&t))
        .and_then(|truth| {
            let report: serde_json::Value = serde_json::from_str(&read(report_path)?)
                .map_err(|e| format!("{report_path}: {e}"))?;
            score::score(&truth, &report)
        });
    match result {
        Ok(s) => {
            println!("{}", s.summary());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
