//! Publication dates written by other formatters than ours (`fixtures/dates/`, made by
//! Python's strftime, email.utils and isoformat from formats feeds export): each must
//! be read as the day it stands for, and a slashed date that fits both orders refused.

use crosscheck::date::{Date, DateError};

#[test]
fn dates_written_by_other_formatters_are_read_or_refused_as_ambiguous() {
    let tsv = include_str!("../fixtures/dates/written.tsv");
    let (mut read, mut refused, mut wrong) = (0, 0, Vec::new());
    for line in tsv.lines().skip(1) {
        let mut cols = line.split('\t');
        let (written, day, note) = (
            cols.next().unwrap(),
            cols.next().unwrap(),
            cols.next().unwrap_or(""),
        );
        match (Date::parse_written(written), note) {
            (Err(DateError::Ambiguous(..)), "ambiguous") => refused += 1,
            (Ok(d), "") if d.to_string() == day => read += 1,
            (got, _) => wrong.push(format!("{written:?} → {got:?}, expected {day} {note}")),
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    assert_eq!((read, refused), (1226, 64));
}
