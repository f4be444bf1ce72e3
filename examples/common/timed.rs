//! A timed run of the crate as the scale examples measure it: ingest of a claim file's
//! bytes (bad lines counted and skipped), reconcile and the JSON report, on one thread;
//! and the peak memory of the process.

#![allow(dead_code)]

use std::io::{BufRead, Write};
use std::time::Instant;

use crosscheck::entity::Registry;
use crosscheck::reconcile::{ReconcileOptions, Report, reconcile};
use crosscheck::store::ClaimStore;

/// What a timed run gives: the report and its JSON (empty when the run wrote it out
/// instead), the lines refused, the seconds to the end of ingest and to the end of the
/// JSON report, and the CPU seconds the whole took on this thread (when the kernel
/// tells: on a shared machine the wall time counts the waits for a core, the CPU time
/// does not).
pub struct TimedRun {
    pub report: Report,
    pub json: String,
    pub refused: usize,
    pub ingest_seconds: f64,
    pub total_seconds: f64,
    pub cpu_seconds: Option<f64>,
}

/// Ingests `input` (JSONL claims; `capacity` claims reserved), reconciles it with an
/// empty registry and writes the JSON report into a string, timing the whole. The
/// store is dropped before returning.
pub fn ingest_reconcile_report(input: &[u8], capacity: usize) -> Result<TimedRun, String> {
    timed_run(input, capacity, |report| Ok(report.to_json()))
}

/// As [`ingest_reconcile_report`], reading the claims from `input` as it goes and
/// writing the JSON report to `out` as it is made (the run's `json` is left empty), so
/// that neither the claim file nor the report's text is held in memory.
pub fn ingest_reconcile_write(
    input: impl BufRead,
    capacity: usize,
    mut out: impl Write,
) -> Result<TimedRun, String> {
    timed_run(input, capacity, |report| {
        report
            .write_json(&mut out)
            .and_then(|()| out.flush())
            .map_err(|e| format!("writing the report: {e}"))?;
        Ok(String::new())
    })
}

fn timed_run(
    input: impl BufRead,
    capacity: usize,
    write: impl FnOnce(&Report) -> Result<String, String>,
) -> Result<TimedRun, String> {
    let cpu_start = thread_cpu_seconds();
    let start = Instant::now();
    let mut store = ClaimStore::with_capacity(capacity);
    let mut refused = 0usize;
    store
        .extend_jsonl(input, |_| {
            refused += 1;
            Ok(())
        })
        .map_err(|e| e.to_string())?;
    let ingest_seconds = start.elapsed().as_secs_f64();
    let report = reconcile(&store, &Registry::new(), &ReconcileOptions::default());
    let json = write(&report)?;
    let total_seconds = start.elapsed().as_secs_f64();
    let cpu_seconds = thread_cpu_seconds()
        .zip(cpu_start)
        .map(|(end, start)| end - start);
    Ok(TimedRun {
        report,
        json,
        refused,
        ingest_seconds,
        total_seconds,
        cpu_seconds,
    })
}

/// Peak resident memory of this process, from the kernel's accounting (Linux).
pub fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// The CPU time this thread has run, in seconds, from the scheduler's accounting
/// (Linux: the first field of `/proc/thread-self/schedstat`, in nanoseconds).
pub fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}
