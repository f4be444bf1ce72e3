//! Sentence splitting that survives abbreviations, initials and decimals.

/// Words that end with a full stop without ending a sentence (lowercase, no stop).
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov",
    "pres", "st", "jr", "sr", "no", "nos", "vs", "etc", "e.g", "i.e", "approx", "est", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd",
    "co", "corp", "dept", "univ", "u.s", "u.k", "u.n", "e.u", "fig", "p", "pp", "vol", "ca",
];

/// A sentence: byte offsets into the text it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// Splits `text` into sentences, trimmed of surrounding white space. A blank line always
/// ends a sentence (headlines have no full stop); `.`, `!` and `?` end one when white
/// space and a capital, digit or opening quote follow, and the word before is not an
/// abbreviation or an initial.
///
/// ```
/// use crosscheck::extract::split_sentences;
/// let text = "Turnout was 63.1%. Mr. J. Smith voted.\n\nA headline\n\nIt rained.";
/// let s: Vec<&str> = split_sentences(text).iter().map(|s| &text[s.start..s.end]).collect();
/// assert_eq!(s, ["Turnout was 63.1%.", "Mr. J. Smith voted.", "A headline", "It rained."]);
/// ```
pub fn split_sentences(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            // a blank line: only white space up to the next newline
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
                j += 1;
            }
            if j < bytes.len() && bytes[j] == b'\n' {
                push(text, start, i, &mut out);
                start = j + 1;
                i = j + 1;
                continue;
            }
            if list_break(text, start, i) {
                push(text, start, i, &mut out);
                start = i + 1;
                i += 1;
                continue;
            }
        } else if matches!(b, b'.' | b'!' | b'?') && ends_sentence(text, i) {
            let mut end = i + 1;
            // closing quotes and brackets belong to the sentence
            while let Some(c) = text[end..].chars().next() {
                if matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»') {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            push(text, start, end, &mut out);
            start = end;
            i = end;
            continue;
        }
        i += 1;
    }
    push(text, start, text.len(), &mut out);
    out
}

/// The longest line, in bytes, read as one entry of a list when it ends in a figure.
pub const LIST_LINE_BYTES: usize = 100;

/// The most words of a line read as the heading of the list entries under it.
pub const HEADING_WORDS: usize = 8;

/// Whether the newline at byte `i` ends an entry of a list: the next line opens with
/// a list marker, or the line before is short and ends with a figure or a colon
/// ("Civil Contract: 71", "Seats in the new assembly:"), or the next line is a short
/// entry of the form "name: figure" and the line before is one too or a heading of at
/// most [`HEADING_WORDS`] words not ending in a comma or a semicolon ("Second votes
/// and seats"); prose wrapped across lines goes on with words.
fn list_break(text: &str, start: usize, i: usize) -> bool {
    let line_start = text[start..i].rfind('\n').map_or(start, |p| start + p + 1);
    let line = text[line_start..i].trim();
    let next = text[i + 1..].trim_start_matches([' ', '\t']);
    let marker = ["- ", "* ", "• ", "– "].iter().any(|m| next.starts_with(m));
    let figure = line.len() <= LIST_LINE_BYTES
        && line
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_digit() || matches!(c, '%' | ':' | ')' | ';'));
    // "Obi: 11, and the FCT" before "Kwankwaso: 1 (Kano)": a short line before an
    // entry of the form "name: figure" is an entry too, whatever it ends with
    let next_line = next.split('\n').next().unwrap_or_default().trim();
    let entry = |l: &str| {
        l.len() <= LIST_LINE_BYTES && l.split_once(": ").is_some_and(|(_, r)| entry_figure(r))
    };
    // "Second votes and seats" over "CDU/CSU: 28.5%": a short line that does not run
    // on (no comma or semicolon at its end) heads the entries under it
    let heading = !line.ends_with([',', ';']) && line.split_whitespace().count() <= HEADING_WORDS;
    let before_entry = entry(next_line) && (heading || entry(line));
    // "National 39.0%, 50 seats" over "Labour 26.9%, 34": a short line that ends
    // with a figure and its noun, over a line that opens with a name and holds a
    // figure, is an entry too
    let counted = |l: &str| {
        let mut words = l.split_whitespace().rev();
        let (noun, figure) = (words.next().unwrap_or_default(), words.next());
        noun.chars().all(char::is_alphabetic)
            && figure.is_some_and(|f| f.ends_with(|c: char| c.is_ascii_digit() || c == '%'))
    };
    let named_figure = |l: &str| {
        l.len() <= LIST_LINE_BYTES
            && l.starts_with(char::is_uppercase)
            && l.contains(|c: char| c.is_ascii_digit())
    };
    let counted_entry = line.len() <= LIST_LINE_BYTES && counted(line) && named_figure(next_line);
    !line.is_empty() && (marker || figure || before_entry || counted_entry)
}

/// Whether the text after the colon of a line opens with a figure: a digit, perhaps
/// after hedges and a currency sign ("12,000", "about $200 million", "more than 900
/// million euros").
fn entry_figure(rest: &str) -> bool {
    let mut rest = rest.trim_start();
    while let Some((word, after)) = rest.split_once(' ')
        && super::values::HEDGE_WORDS.contains(&word)
    {
        rest = after.trim_start();
    }
    for sign in super::values::CURRENCY_SIGNS {
        rest = rest.strip_prefix(sign).unwrap_or(rest);
    }
    rest.starts_with(|c: char| c.is_ascii_digit())
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push(Span {
            start: start + lead,
            end: end - trail,
        });
    }
}

/// Whether the stop at byte `i` ends a sentence.
fn ends_sentence(text: &str, i: usize) -> bool {
    let after = &text[i + 1..];
    let after = after.trim_start_matches(['"', '\'', ')', ']', '”', '’', '»']);
    let rest = after.trim_start();
    if rest.len() == after.len() && !rest.is_empty() {
        return false; // no white space: 71.1, U.S., e.g.
    }
    match rest.chars().next() {
        None => return true,
        Some(c)
            if c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '"' | '“' | '«' | '\'' | '(') => {}
        Some(_) => return false,
    }
    if text.as_bytes()[i] != b'.' {
        return true;
    }
    // the word before the stop starts after the last separator, whatever its width
    let word_start = text[..i]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '“'))
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = &text[word_start..i];
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c.is_uppercase()
    {
        return false; // an initial
    }
    !ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_split() {
        assert_eq!(
            split("Gen. Petrov met the U.S. envoy on Jan. 5 at 10.30. He left."),
            [
                "Gen. Petrov met the U.S. envoy on Jan. 5 at 10.30.",
                "He left."
            ]
        );
        assert_eq!(
            split("Votes for N. A. Nazarbayev rose to 71.1%. \"No,\" she said."),
            [
                "Votes for N. A. Nazarbayev rose to 71.1%.",
                "\"No,\" she said."
            ]
        );
    }

    #[test]
    fn wide_separators_before_a_stop_are_not_split_inside() {
        // a no-break space and a curly quote are more than one byte wide
        assert_eq!(
            split("Sen.\u{a0}Petrov left. “Dr. Ivanov stayed.”"),
            ["Sen.\u{a0}Petrov left.", "“Dr. Ivanov stayed.”"]
        );
    }

    #[test]
    fn questions_quotes_and_lowercase_continuations() {
        assert_eq!(
            split("Why? \"Because.\" It was 3 p.m. when it ended."),
            ["Why?", "\"Because.\"", "It was 3 p.m. when it ended."]
        );
    }

    #[test]
    fn list_entries_are_sentences() {
        assert_eq!(
            split("Seats won:\nCivil Contract: 71\nArmenia Alliance: 29\n- Bloc B: 7"),
            [
                "Seats won:",
                "Civil Contract: 71",
                "Armenia Alliance: 29",
                "- Bloc B: 7"
            ]
        );
    }

    #[test]
    fn an_entry_ending_with_a_counted_noun_is_a_sentence() {
        assert_eq!(
            split("Union 39.0%, 50 seats\nLabour 26.9%, 34\nThe count went on\nall night."),
            [
                "Union 39.0%, 50 seats",
                "Labour 26.9%, 34",
                "The count went on\nall night."
            ]
        );
    }

    #[test]
    fn entries_whose_figures_open_with_a_hedge_or_a_sign_are_sentences() {
        assert_eq!(
            split(
                "Losses to farms: some 4 million euros\nRelief voted by the council: about $90m\nGranted so far: 12 million euros"
            ),
            [
                "Losses to farms: some 4 million euros",
                "Relief voted by the council: about $90m",
                "Granted so far: 12 million euros"
            ]
        );
    }

    #[test]
    fn wrapped_lines_stay_together_and_blank_lines_split() {
        assert_eq!(
            split("A long sentence\nwrapped here.\n\nHeadline without stop\n\nBody."),
            [
                "A long sentence\nwrapped here.",
                "Headline without stop",
                "Body."
            ]
        );
    }
}
