//! The `crosscheck` command-line tool.
//!
//! ```text
//! crosscheck reconcile FILE.jsonl|-... [--registry ENTITIES.json] [--format text|json|html] [--skip-invalid] [--max-line-bytes N]
//! crosscheck reconcile --text ARTICLE... [--registry ENTITIES.json] [--published YYYY-MM-DD] [--format text|json|html]
//! crosscheck extract ARTICLE... [--registry ENTITIES.json] [--published YYYY-MM-DD]
//! crosscheck match NAME NAME
//! ```
//!
//! Bad input is reported on standard error with the line and the field at fault, and
//! the exit code is 2.

use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use crosscheck::date::Date;
use crosscheck::entity::Registry;
use crosscheck::extract::{Article, extract};
use crosscheck::names::{Hybrid, MatchStrategy};
use crosscheck::reconcile::{ReconcileOptions, reconcile};
use crosscheck::store::{ClaimStore, IngestOptions};

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
        /// Claims, one JSON object per line (`-` reads standard input); with `--text`,
        /// article files.
        #[arg(required = true)]
        files: Vec<String>,
        /// Known entities: a JSON list of {"name", "kind", "aliases"?, "acronyms"?, "renamed"?}.
        #[arg(long)]
        registry: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Report every bad line on standard error and go on without it.
        #[arg(long)]
        skip_invalid: bool,
        /// The longest input line accepted, in bytes.
        #[arg(long, default_value_t = IngestOptions::DEFAULT_MAX_LINE_BYTES)]
        max_line_bytes: usize,
        /// The files are articles: extract their claims first.
        #[arg(long)]
        text: bool,
        /// The publication date of articles without a `published:` header.
        #[arg(long)]
        published: Option<String>,
    },
    /// Extracts claims from articles and prints them as JSONL (the claim input format,
    /// with `file`, `start` and `end`).
    Extract {
        /// Article files: an optional header block (source:, published:, url:), a blank
        /// line, then the text.
        #[arg(required = true)]
        files: Vec<String>,
        /// Known entities, for subjects and their kinds.
        #[arg(long)]
        registry: Option<String>,
        /// The publication date of articles without a `published:` header.
        #[arg(long)]
        published: Option<String>,
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
    // one self-contained page: summary, a chart per group, possible matches
    Html,
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

fn load_registry(registry: Option<&str>) -> Result<Registry, Failure> {
    match registry {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| Failure(format!("{path}: cannot read: {e}")))?;
            Registry::from_json(&text).map_err(|e| Failure(format!("{path}: {e}")))
        }
        None => Ok(Registry::new()),
    }
}

fn published_date(published: Option<&str>) -> Result<Option<Date>, Failure> {
    published
        .map(|p| {
            p.parse::<Date>()
                .map_err(|e| Failure(format!("--published {p}: {e}")))
        })
        .transpose()
}

/// Every claim of every article, as JSONL lines.
fn extract_all(
    files: &[String],
    registry: &Registry,
    published: Option<Date>,
) -> Result<Vec<String>, Failure> {
    let mut lines = Vec::new();
    for file in files {
        let bytes =
            std::fs::read(file).map_err(|e| Failure(format!("{file}: cannot read: {e}")))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            Failure(format!(
                "{file}: invalid UTF-8 at byte {}",
                e.utf8_error().valid_up_to()
            ))
        })?;
        let article = Article::parse(file, &text, published).map_err(|e| Failure(e.to_string()))?;
        lines.extend(extract(&article, registry).iter().map(|c| c.to_json_line()));
    }
    Ok(lines)
}

fn run_extract(
    files: &[String],
    registry: Option<&str>,
    published: Option<&str>,
) -> Result<String, Failure> {
    let registry = load_registry(registry)?;
    let lines = extract_all(files, &registry, published_date(published)?)?;
    Ok(lines.iter().map(|l| format!("{l}\n")).collect())
}

struct ReconcileArgs<'a> {
    files: &'a [String],
    registry: Option<&'a str>,
    format: Format,
    skip_invalid: bool,
    max_line_bytes: usize,
    text: bool,
    published: Option<&'a str>,
}

fn run_reconcile(args: &ReconcileArgs<'_>) -> Result<String, Failure> {
    let registry = load_registry(args.registry)?;
    let mut store = ClaimStore::new();
    let options = IngestOptions::new().with_max_line_bytes(args.max_line_bytes);
    if args.text {
        let lines = extract_all(args.files, &registry, published_date(args.published)?)?;
        store
            .extend_jsonl_with(lines.join("\n").as_bytes(), &options, Err)
            .map_err(|e| Failure(format!("extracted claims: {e}")))?;
    } else {
        for file in args.files {
            let mut skipped = 0usize;
            let before = store.len();
            let result = store.extend_jsonl_with(open(file)?, &options, |e| {
                if args.skip_invalid {
                    eprintln!("{file}: skipped {e}");
                    skipped += 1;
                    Ok(())
                } else {
                    Err(e)
                }
            });
            result.map_err(|e| Failure(format!("{file}: {e}")))?;
            if args.skip_invalid {
                eprintln!(
                    "{file}: {} claims read, {skipped} lines skipped",
                    store.len() - before
                );
            }
        }
    }
    let report = reconcile(&store, &registry, &ReconcileOptions::default());
    Ok(match args.format {
        Format::Json => report.to_json() + "\n",
        Format::Text => report.to_text(),
        Format::Html => report.to_html(),
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
            files,
            registry,
            format,
            skip_invalid,
            max_line_bytes,
            text,
            published,
        } => run_reconcile(&ReconcileArgs {
            files,
            registry: registry.as_deref(),
            format: *format,
            skip_invalid: *skip_invalid,
            max_line_bytes: *max_line_bytes,
            text: *text,
            published: published.as_deref(),
        }),
        Command::Extract {
            files,
            registry,
            published,
        } => run_extract(files, registry.as_deref(), published.as_deref()),
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
