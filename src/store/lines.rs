//! Lines of input with a size limit: a line is read into one reused buffer, and a line
//! over the limit is consumed without being kept, so a runaway line costs time, not
//! memory.

use std::io::{self, BufRead};

/// One line read by [`read_line`].
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Line {
    /// The line is in the buffer, without its end of line.
    Read,
    /// The line had this many bytes, more than the limit; the buffer holds nothing.
    TooLong(u64),
    /// The input has ended.
    End,
}

/// Reads the next line into `buf` (cleared first). `\n` ends a line; a `\r` before it
/// is dropped too.
pub(crate) fn read_line(
    reader: &mut impl BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> io::Result<Line> {
    buf.clear();
    let mut seen: u64 = 0;
    let mut any = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        any = true;
        let (chunk, done) = match memchr::memchr(b'\n', available) {
            Some(i) => (&available[..i], Some(i + 1)),
            None => (available, None),
        };
        seen += chunk.len() as u64;
        if seen <= limit as u64 {
            buf.extend_from_slice(chunk);
        } else {
            buf.clear();
        }
        let used = done.unwrap_or(available.len());
        reader.consume(used);
        if done.is_some() {
            break;
        }
    }
    if !any {
        return Ok(Line::End);
    }
    if buf.last() == Some(&b'\r') && seen <= limit as u64 {
        buf.pop();
        seen -= 1;
    }
    if seen > limit as u64 {
        Ok(Line::TooLong(seen))
    } else {
        Ok(Line::Read)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(input: &[u8], limit: usize) -> Vec<(Line, Vec<u8>)> {
        // a tiny buffer, so lines span many fills
        let mut reader = io::BufReader::with_capacity(3, input);
        let mut buf = Vec::new();
        let mut out = Vec::new();
        loop {
            let line = read_line(&mut reader, &mut buf, limit).unwrap();
            if line == Line::End {
                return out;
            }
            out.push((line, buf.clone()));
        }
    }

    #[test]
    fn lines_end_at_newlines_with_or_without_carriage_returns() {
        let got = all(b"ab\r\ncd\n\nlast", 100);
        let texts: Vec<&[u8]> = got.iter().map(|(_, b)| b.as_slice()).collect();
        assert_eq!(texts, [&b"ab"[..], b"cd", b"", b"last"]);
        assert!(got.iter().all(|(l, _)| *l == Line::Read));
    }

    #[test]
    fn a_long_line_is_reported_with_its_length_and_the_next_line_survives() {
        let got = all(b"short\n0123456789\nok\n", 5);
        assert_eq!(got[0], (Line::Read, b"short".to_vec()));
        assert_eq!(got[1], (Line::TooLong(10), Vec::new()));
        assert_eq!(got[2], (Line::Read, b"ok".to_vec()));
    }
}
