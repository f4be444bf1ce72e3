//! The `crosscheck` command-line tool.
//!
//! ```text
//! crosscheck reconcile FILE.jsonl|-... [--registry ENTITIES.json] [--format text|json|html] [--skip-invalid] [--max-line-bytes N]
//! crosscheck reconcile --articles ARTICLE... [--registry ENTITIES.json] [--published YYYY-MM-DD] [--manifest FILE] [--format text|json|html] [--skip-invalid]
//! crosscheck extract ARTICLE... [--registry ENTITIES.json] [--published YYYY-MM-DD] [--manifest FILE] [--skip-invalid]
//! crosscheck match NAME NAME
//! crosscheck sources FILE.jsonl|-... [--registry ENTITIES.json] [--json] [--skip-invalid]
//! ```
//!
//! Bad input is reported on standard error with the line and the field at fault, and
//! the exit code is 2. With `--skip-invalid`, a bad claim line or an unreadable article
//! is reported and left out, and the rest goes on.

use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use crosscheck::entity::Registry;
use crosscheck::extract::{
    Article, ArticleInfo, ExtractOptions, ExtractedClaim, Manifest, PublishedDate, extract_with,
};
use crosscheck::names::{Hybrid, MatchStrategy};
use crosscheck::reconcile::{ReconcileOptions, Report, reconcile};
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
        /// Claims, one JSON object per line (`-` reads standard input); with
        /// `--articles`, article files.
        #[arg(required = true)]
        files: Vec<String>,
        /// Known entities: a JSON list of {"name", "kind", "aliases"?, "acronyms"?, "renamed"?}.
        #[arg(long)]
        registry: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Report every bad claim line, or article that cannot be read, on standard
        /// error and go on without it.
        #[arg(long)]
        skip_invalid: bool,
        /// The longest input line accepted, in bytes.
        #[arg(long, default_value_t = IngestOptions::DEFAULT_MAX_LINE_BYTES)]
        max_line_bytes: usize,
        /// The files are news articles: extract their claims, then reconcile them.
        #[arg(long, visible_alias = "text")]
        articles: bool,
        /// The publication date of articles without a `published:` header.
        #[arg(long)]
        published: Option<String>,
        /// With `--articles`: sources, dates and URLs of the article files, as CSV
        /// (columns file, source, published, url) or JSON lines; an article's own
        /// header wins over it.
        #[arg(long)]
        manifest: Option<String>,
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
        /// The publication date of articles without a `published:` header (YYYY-MM-DD,
        /// YYYY-MM or YYYY).
        #[arg(long)]
        published: Option<String>,
        /// Sources, dates and URLs of the article files, as CSV (columns file, source,
        /// published, url) or JSON lines; an article's own header wins over it.
        #[arg(long)]
        manifest: Option<String>,
        /// Report every article that cannot be read on standard error and go on
        /// without it.
        #[arg(long)]
        skip_invalid: bool,
    },
    /// Reconciles the claims and prints every source's estimated reliability, with
    /// how many of its claims fall inside and outside the consensus of their groups,
    /// most reliable first.
    Sources {
        /// Claims, one JSON object per line (`-` reads standard input).
        #[arg(required = true)]
        files: Vec<String>,
        /// Known entities: a JSON list of {"name", "kind", "aliases"?, "acronyms"?, "renamed"?}.
        #[arg(long)]
        registry: Option<String>,
        /// Prints JSON: [{"source", "reliability", "claims", "inside", "outside", "by_predicate"}].
        #[arg(long)]
        json: bool,
        /// Report every bad claim line on standard error and go on without it.
        #[arg(long)]
        skip_invalid: bool,
        /// The longest input line accepted, in bytes.
        #[arg(long, default_value_t = IngestOptions::DEFAULT_MAX_LINE_BYTES)]
        max_line_bytes: usize,
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

fn published_date(published: Option<&str>) -> Result<Option<PublishedDate>, Failure> {
    published
        .map(|p| {
            p.parse::<PublishedDate>()
                .map_err(|e| Failure(format!("--published {p}: {e}")))
        })
        .transpose()
}

/// What is known of the articles from outside them: `--published` and `--manifest`.
struct Outside {
    published: Option<PublishedDate>,
    manifest: Option<Manifest>,
}

impl Outside {
    fn read(published: Option<&str>, manifest: Option<&str>) -> Result<Outside, Failure> {
        let manifest = manifest
            .map(|path| {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| Failure(format!("{path}: cannot read: {e}")))?;
                Manifest::parse(path, &text).map_err(|e| Failure(e.to_string()))
            })
            .transpose()?;
        Ok(Outside {
            published: published_date(published)?,
            manifest,
        })
    }

    /// The manifest's line for `file`, with `--published` for a date it lacks.
    fn info(&self, file: &str) -> ArticleInfo {
        let mut info = self
            .manifest
            .as_ref()
            .and_then(|m| m.get(file))
            .cloned()
            .unwrap_or_default();
        info.published = info.published.or(self.published);
        info
    }
}

/// Reads an article file, or says why it cannot be read.
fn read_article(file: &str, outside: &Outside) -> Result<Article, Failure> {
    let bytes = std::fs::read(file).map_err(|e| Failure(format!("{file}: cannot read: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        Failure(format!(
            "{file}: invalid UTF-8 at byte {}",
            e.utf8_error().valid_up_to()
        ))
    })?;
    Article::parse_with(file, &text, &outside.info(file)).map_err(|e| Failure(e.to_string()))
}

/// Every claim of every article, in file order. With `skip_invalid`, an article that
/// cannot be read is reported on standard error and left out.
fn extract_all(
    files: &[String],
    registry: &Registry,
    outside: &Outside,
    options: &ExtractOptions,
    skip_invalid: bool,
) -> Result<Vec<ExtractedClaim>, Failure> {
    let mut claims = Vec::new();
    let mut skipped = 0usize;
    for file in files {
        match read_article(file, outside) {
            Ok(article) => claims.extend(extract_with(&article, registry, options)),
            Err(Failure(message)) if skip_invalid => {
                eprintln!("skipped {message}");
                skipped += 1;
            }
            Err(failure) => return Err(failure),
        }
    }
    if skip_invalid {
        eprintln!(
            "{} articles read, {skipped} skipped; {} claims found",
            files.len() - skipped,
            claims.len()
        );
    }
    Ok(claims)
}

fn run_extract(
    files: &[String],
    registry: Option<&str>,
    published: Option<&str>,
    manifest: Option<&str>,
    skip_invalid: bool,
) -> Result<String, Failure> {
    let registry = load_registry(registry)?;
    let claims = extract_all(
        files,
        &registry,
        &Outside::read(published, manifest)?,
        &ExtractOptions::default(),
        skip_invalid,
    )?;
    Ok(claims
        .iter()
        .map(|c| format!("{}\n", c.to_json_line()))
        .collect())
}

struct ReconcileArgs<'a> {
    files: &'a [String],
    registry: Option<&'a str>,
    format: Format,
    skip_invalid: bool,
    max_line_bytes: usize,
    articles: bool,
    published: Option<&'a str>,
    manifest: Option<&'a str>,
}

/// True when a file that failed as claims reads like an article: a header line or
/// prose where a JSON object should be.
fn looks_like_an_article(path: &str) -> bool {
    let Ok(bytes) = std::fs::read(path) else {
        return false;
    };
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    let first = text
        .trim_start_matches('\u{feff}')
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let header = ["source:", "published:", "url:", "title:", "event:"]
        .iter()
        .any(|h| first.to_lowercase().starts_with(h));
    header || first.chars().next().is_some_and(char::is_alphabetic)
}

/// Reads the claim files into the store, each bad line reported and skipped or the
/// first one an error.
fn read_claims(
    store: &mut ClaimStore,
    args: &ReconcileArgs<'_>,
    options: &IngestOptions,
) -> Result<(), Failure> {
    for file in args.files {
        let mut skipped = 0usize;
        let before = store.len();
        // a file's claims whose ids another file used are kept under the file's name
        let name = std::path::Path::new(file.as_str())
            .file_name()
            .map_or_else(|| file.to_string(), |n| n.to_string_lossy().into_owned());
        let result = store.extend_jsonl_named(open(file)?, &name, options, |e| {
            if args.skip_invalid {
                eprintln!("{file}: skipped {e}");
                skipped += 1;
                Ok(())
            } else {
                Err(e)
            }
        });
        result.map_err(|e| {
            let hint = if file != "-" && store.is_empty() && looks_like_an_article(file) {
                "\n  (this looks like a news article, not claims: use `crosscheck reconcile --articles FILE...`)"
            } else {
                ""
            };
            Failure(format!("{file}: {e}{hint}"))
        })?;
        if args.skip_invalid {
            eprintln!(
                "{file}: {} claims read, {skipped} lines skipped",
                store.len() - before
            );
        }
    }
    Ok(())
}

/// What a command prints: a text made whole, or a report whose JSON is written out as
/// it is made (a million claims' report runs to hundreds of megabytes).
enum Output {
    Text(String),
    Json(Box<Report>),
}

fn run_reconcile(args: &ReconcileArgs<'_>) -> Result<Output, Failure> {
    let registry = load_registry(args.registry)?;
    let options = ReconcileOptions::default();
    let mut store = ClaimStore::new();
    if args.articles {
        // the run's one matcher decides names in the text and in the claims alike
        let extracting = ExtractOptions::new().with_shared_matcher(options.shared_matcher());
        let claims = extract_all(
            args.files,
            &registry,
            &Outside::read(args.published, args.manifest)?,
            &extracting,
            args.skip_invalid,
        )?;
        store.reserve(claims.len());
        for claim in claims {
            store
                .insert(claim.to_claim())
                .map_err(|e| Failure(format!("{}: {e}", claim.file)))?;
        }
    } else {
        let ingest = IngestOptions::new().with_max_line_bytes(args.max_line_bytes);
        read_claims(&mut store, args, &ingest)?;
    }
    let report = reconcile(&store, &registry, &options);
    // the process ends once the report is out: the system takes the store's memory
    // back whole, where freeing a million claims' strings one by one costs a tenth of
    // the run
    std::mem::forget(store);
    Ok(match args.format {
        Format::Json => Output::Json(Box::new(report)),
        Format::Text => Output::Text(report.to_text()),
        Format::Html => Output::Text(report.to_html()),
    })
}

fn run_sources(args: &ReconcileArgs<'_>, json: bool) -> Result<String, Failure> {
    let registry = load_registry(args.registry)?;
    let mut store = ClaimStore::new();
    let ingest = IngestOptions::new().with_max_line_bytes(args.max_line_bytes);
    read_claims(&mut store, args, &ingest)?;
    let report = reconcile(&store, &registry, &ReconcileOptions::default());
    Ok(if json {
        report.sources_json() + "\n"
    } else {
        report.sources_text()
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
            articles,
            published,
            manifest,
        } => run_reconcile(&ReconcileArgs {
            files,
            registry: registry.as_deref(),
            format: *format,
            skip_invalid: *skip_invalid,
            max_line_bytes: *max_line_bytes,
            articles: *articles,
            published: published.as_deref(),
            manifest: manifest.as_deref(),
        }),
        Command::Extract {
            files,
            registry,
            published,
            manifest,
            skip_invalid,
        } => run_extract(
            files,
            registry.as_deref(),
            published.as_deref(),
            manifest.as_deref(),
            *skip_invalid,
        )
        .map(Output::Text),
        Command::Sources {
            files,
            registry,
            json,
            skip_invalid,
            max_line_bytes,
        } => run_sources(
            &ReconcileArgs {
                files,
                registry: registry.as_deref(),
                format: Format::Text,
                skip_invalid: *skip_invalid,
                max_line_bytes: *max_line_bytes,
                articles: false,
                published: None,
                manifest: None,
            },
            *json,
        )
        .map(Output::Text),
        Command::Match { a, b } => Ok(Output::Text(run_match(a, b))),
    };
    match result {
        // a closed pipe is not an error of ours
        Ok(Output::Text(text)) => {
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        Ok(Output::Json(report)) => {
            let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            let _ = report
                .write_json(&mut out)
                .and_then(|()| out.write_all(b"\n"))
                .and_then(|()| out.flush());
            // likewise the report's groups: left for the system to take back at exit
            std::mem::forget(report);
            ExitCode::SUCCESS
        }
        Err(Failure(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}
