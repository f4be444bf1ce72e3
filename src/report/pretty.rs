//! Pretty JSON in few writes: the layout of `serde_json`'s pretty printer (two spaces
//! per level, `"key": value`, one item per line, empty arrays and objects as `[]` and
//! `{}`), with each line break and its indentation written at once rather than a
//! write per level. A million claims' report runs to tens of millions of lines, most
//! of them five or six levels deep.

use std::io::{self, Write};

use serde_json::ser::Formatter;

/// A comma, a line break and the indentation of [`MAX_LEVEL`] levels: a line break
/// and its indentation is a slice of it.
const BREAK: &[u8] = b",\n                                                                ";

/// The deepest level whose indentation [`BREAK`] holds; deeper lines are indented a
/// level at a time.
const MAX_LEVEL: usize = (BREAK.len() - 2) / INDENT.len();

/// One level of indentation.
const INDENT: &[u8] = b"  ";

/// Formats JSON as `serde_json::ser::PrettyFormatter` does with its default
/// indentation, byte for byte.
#[derive(Debug, Default)]
pub(super) struct Pretty {
    level: usize,
    has_value: bool,
}

impl Pretty {
    /// A line break (after a comma unless `first`) and the current level's
    /// indentation.
    fn line<W: ?Sized + Write>(&self, out: &mut W, first: bool) -> io::Result<()> {
        let from = usize::from(first);
        if self.level <= MAX_LEVEL {
            return out.write_all(&BREAK[from..2 + self.level * INDENT.len()]);
        }
        out.write_all(&BREAK[from..2])?;
        for _ in 0..self.level {
            out.write_all(INDENT)?;
        }
        Ok(())
    }

    /// The end of an array or an object: on a line of its own when it holds
    /// anything.
    fn close<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level = self.level.saturating_sub(1);
        if self.has_value {
            self.line(out, true)?;
        }
        out.write_all(bracket)
    }
}

impl Formatter for Pretty {
    fn begin_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        out.write_all(b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.line(out, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        out.write_all(b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.line(out, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        out.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// `value` as pretty JSON into `out`, as [`serde_json::to_writer_pretty`] writes it.
pub(super) fn to_writer<W: Write, T: ?Sized + serde::Serialize>(
    out: W,
    value: &T,
) -> serde_json::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(out, Pretty::default());
    value.serialize(&mut serializer)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pretty JSON of `value`, ours and serde_json's.
    fn both(value: &serde_json::Value) -> (String, String) {
        let mut ours = Vec::new();
        to_writer(&mut ours, value).unwrap();
        let theirs = serde_json::to_string_pretty(value).unwrap();
        (String::from_utf8(ours).unwrap(), theirs)
    }

    #[test]
    fn writes_what_the_pretty_printer_writes() {
        let value = serde_json::json!({
            "groups": [{"subject": "Nur Otan", "claims": ["a", "b"], "scope": {},
                        "values": [], "gap": null, "n": 1.5, "nested": [[], [{}], [[1]]]}],
            "empty": {},
            "text": "a \"quoted\"\nline",
        });
        let (ours, theirs) = both(&value);
        assert_eq!(ours, theirs);
        assert!(
            ours.contains("\n      \"claims\": [\n        \"a\","),
            "{ours}"
        );
    }

    #[test]
    fn indents_past_the_prepared_levels_the_same() {
        let mut value = serde_json::json!("deep");
        for i in 0..MAX_LEVEL + 3 {
            value = if i % 2 == 0 {
                serde_json::json!([value, 1])
            } else {
                serde_json::json!({ "k": value })
            };
        }
        let (ours, theirs) = both(&value);
        assert_eq!(ours, theirs);
        assert!(ours.contains(&" ".repeat((MAX_LEVEL + 1) * 2)));
    }
}
