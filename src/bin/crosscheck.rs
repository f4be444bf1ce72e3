//! The `crosscheck` command-line tool.
//!
//! ```text
//! crosscheck reconcile FILE.jsonl|- [--registry ENTITIES.json] [--format text|json] [--skip-invalid]
//! crosscheck match NAME NAME
//! ```
//!
//! Bad input is reported on standard error with the line and the field at fault, and
//! the exit code is 2.

use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use crosscheck::entity::Registry;
use crosscheck::names::{Hybrid, MatchStrategy};
use crosscheck::store::{ClaimStore, ReconcileOptions, reconcile};

#[derive(Parser)]
#[command(
    name = "crosscheck",
    version,
    about = "Cross-source fact reconciliation"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Groups claims and says where sources agree, where they only look different, and
    /// where they disagree.
    Reconcile {
        /// Claims, one JSON object per line; `-` reads standard input.
        file: String,
        /// Known entities: a JSON list of {"name", "kind", "aliases"?, "acronyms"?, "renamed"?}.
        #[arg(long)]
        registry: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Report every bad line on standard error and go on without it.
        #[arg(long)]
        skip_invalid: bool,
    },
    /// Compares two names with the hybrid matcher: score, decision and evidence.
    Match {
        /// The first name.
        a: String,
        /// The second name.
        b: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

/// A failure with its message; exit code 2 (bad input) unless stated.
struct Failure(String);

fn open(path: &str) -> Result<Box<dyn BufRead>, Failure> {
    if path == "-" {
        return Ok(Box::new(BufReader::new(std::io::stdin())));
    }
    File::open(path)
        .map(|f| Box::new(BufReader::new(f)) as Box<dyn BufRead>)
        .map_err(|e| Failure(format!("{path}: cannot open: {e}")))
}

fn run_reconcile(
    file: &str,
    registry: Option<&str>,
    format: Format,
    skip_invalid: bool,
) -> Result<String, Failure> {
    let registry = match registry {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| Failure(format!("{path}: cannot read: {e}")))?;
            Registry::from_json(&text).map_err(|e| Failure(format!("{path}: {e}")))?
        }
        None => Registry::new(),
    };
    let mut store = ClaimStore::new();
    let mut skipped = 0usize;
    let result = store.extend_jsonl(open(file)?, |e| {
        if skip_invalid {
            eprintln!("{file}: skipped {e}");
            skipped += 1;
            Ok(())
        } else {
            Err(e)
        }
    });
    result.map_err(|e| Failure(format!("{file}: {e}")))?;
    if skip_invalid {
        eprintln!(
            "{file}: {} claims read, {skipped} lines skipped",
            store.len()
        );
    }
    let report = reconcile(&store, &registry, &ReconcileOptions::default());
    Ok(match format {
        Format::Json => report.to_json() + "\n",
        Format::Text => report.to_text(),
    })
}

fn run_match(a: &str, b: &str) -> String {
    let r = Hybrid::default().compare(a, b);
    let mut out = format!("{}  (score {:.3})\n", r.decision, r.score);
    for e in &r.evidence {
        out.push_str(&format!("  - {e}\n"));
    }
    out
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Reconcile {
            file,
            registry,
            format,
            skip_invalid,
        } => run_reconcile(file, registry.as_deref(), *format, *skip_invalid),
        Command::Match { a, b } => Ok(run_match(a, b)),
    };
    match result {
        Ok(text) => {
            // a closed pipe is not an error of ours
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        Err(Failure(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}
