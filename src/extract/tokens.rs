//! Words, numbers and punctuation of a sentence, with byte offsets.

use smol_str::SmolStr;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters, with inner hyphens and apostrophes: Kassym-Jomart, People's.
    Word,
    /// Digits, with inner `,` and `.`: 800,000; 71.1.
    Number,
    /// Any other character that is not white space.
    Punct,
}

/// A token: its kind, its bytes in the article, and its lowercase form (kept inline,
/// without an allocation, when it is short, as most words are).
#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub kind: TokenKind,
    pub start: usize,
    pub end: usize,
    pub lower: SmolStr,
    /// Starts with a capital letter.
    pub capital: bool,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `text[start..end]` into tokens; offsets are into `text`.
pub(crate) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let s = &text[start..end];
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let kind = if c.is_ascii_digit() {
            TokenKind::Number
        } else if c.is_alphabetic() {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        let mut j = i + c.len_utf8();
        if kind != TokenKind::Punct {
            while let Some(&(k, d)) = chars.peek() {
                let inner = match kind {
                    TokenKind::Number => d == ',' || d == '.',
                    _ => d == '-' || is_apostrophe(d) || d == '.',
                };
                let same = match kind {
                    TokenKind::Number => d.is_ascii_digit(),
                    _ => d.is_alphanumeric(),
                };
                if same {
                    j = k + d.len_utf8();
                    chars.next();
                } else if inner {
                    // an inner mark only when a token character follows it
                    let next = s[k + d.len_utf8()..].chars().next();
                    let continues = next.is_some_and(|n| match kind {
                        TokenKind::Number => n.is_ascii_digit(),
                        // a stop inside a word only before a capital: U.S
                        _ => n.is_alphanumeric() && (d != '.' || n.is_uppercase()),
                    });
                    if !continues {
                        break;
                    }
                    chars.next();
                    j = k + d.len_utf8();
                } else {
                    break;
                }
            }
        }
        // "30 000 dirhams", "2 750 tonnes": groups of three digits after a space
        // are the same number, as French and Russian print thousands
        if kind == TokenKind::Number {
            while let Some(end) = spaced_group(s, i, j) {
                while chars.peek().is_some_and(|&(k, _)| k < end) {
                    chars.next();
                }
                j = end;
            }
        }
        let raw = &s[i..j];
        out.push(Token {
            kind,
            start: start + i,
            end: start + j,
            lower: lowercase(raw),
            capital: c.is_uppercase() || (kind == TokenKind::Word && inner_capital_name(raw)),
        });
    }
    out
}

/// The most small letters before the capital of a name written with a small prefix
/// ("uMkhonto", "eThekwini", "weSizwe").
const NAME_PREFIX_LETTERS: usize = 3;

/// True for a word that opens with a few small letters, then a capital and at least
/// two small letters: a name written with a prefix in small letters ("uMkhonto
/// weSizwe", "eThekwini"), which counts as capitalised. Units and symbols
/// ("kWh", "mRNA", "pH") are not: too few small letters follow their capital.
fn inner_capital_name(raw: &str) -> bool {
    let mut chars = raw.chars();
    let mut prefix = 0;
    let capital = loop {
        match chars.next() {
            Some(c) if c.is_lowercase() => prefix += 1,
            Some(c) if c.is_uppercase() => break true,
            _ => break false,
        }
    };
    capital
        && (1..=NAME_PREFIX_LETTERS).contains(&prefix)
        && chars.clone().take_while(|c| c.is_lowercase()).count() >= 2
        && chars.all(char::is_alphabetic)
}

/// Spaces that may part the groups of a number's thousands.
const GROUP_SPACES: &[char] = &[' ', '\u{a0}', '\u{202f}'];

/// The end of a group of three digits that continues the number `s[i..j]` after one
/// space ("30 000", "1 429 981"), when the number so far is made of groups only (one
/// to three digits, then spaced groups of three) and the group is not followed by a
/// further digit, a letter of a unit glued to it or another number mark.
fn spaced_group(s: &str, i: usize, j: usize) -> Option<usize> {
    let head = &s[i..j];
    let mut groups = head.split(GROUP_SPACES);
    let first = groups.next()?;
    let grouped = (1..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_digit())
        && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
    if !grouped {
        return None;
    }
    let mut rest = s[j..].char_indices();
    let (_, space) = rest.next()?;
    if !GROUP_SPACES.contains(&space) {
        return None;
    }
    let start = j + space.len_utf8();
    let digits = s[start..].bytes().take_while(u8::is_ascii_digit).count();
    let end = start + digits;
    let after = s[end..].chars().next();
    let clean = after.is_none_or(|c| {
        !(c.is_alphanumeric()
            || matches!(c, '.' | ',') && s[end + 1..].starts_with(|d: char| d.is_ascii_digit()))
    });
    (digits == 3 && clean).then_some(end)
}

/// The longest word that is lowercased on the stack: the inline capacity of a
/// [`SmolStr`].
const INLINE_WORD: usize = 23;

/// `raw` in lowercase; short ASCII words (almost all of them) without touching the heap.
fn lowercase(raw: &str) -> SmolStr {
    if !raw.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        return SmolStr::new(raw);
    }
    let n = raw.len();
    if n <= INLINE_WORD && raw.is_ascii() {
        let mut buf = [0u8; INLINE_WORD];
        buf[..n].copy_from_slice(raw.as_bytes());
        buf[..n].make_ascii_lowercase();
        // ASCII in, ASCII out
        if let Ok(lower) = std::str::from_utf8(&buf[..n]) {
            return SmolStr::new(lower);
        }
    }
    SmolStr::new(raw.to_lowercase())
}

/// A word without its possessive ending: "Armenia's" → "Armenia".
pub(crate) trait StripPossessive {
    /// The text without a final `'s` or `’s`.
    fn strip_possessive(&self) -> &str;
}

impl StripPossessive for str {
    fn strip_possessive(&self) -> &str {
        self.strip_suffix("'s")
            .or_else(|| self.strip_suffix("’s"))
            .unwrap_or(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_reads_as_the_standard_library_does() {
        for w in [
            "Nur-Sultan's",
            "vote",
            "ERDOĞAN",
            "Kılıçdaroğlu",
            "ΣΟΦΊΑ",
            "A-very-long-hyphenated-word-beyond-the-inline-size",
            "İstanbul",
            "",
        ] {
            assert_eq!(lowercase(w), w.to_lowercase(), "{w}");
        }
    }

    #[test]
    fn thousands_parted_by_spaces_are_one_number() {
        let text = "aid of 30 000 dirhams, 2 750 tonnes, 6 February 2023 and 12 345 6789";
        let t: Vec<&str> = tokenize(text, 0, text.len())
            .iter()
            .filter(|t| t.kind == TokenKind::Number)
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(t, ["30 000", "2 750", "6", "2023", "12 345", "6789"]);
    }

    #[test]
    fn numbers_names_and_marks() {
        let text = "Nur-Sultan's 800,000 (71.1%) U.S. voters, 2019.";
        let t: Vec<&str> = tokenize(text, 0, text.len())
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(
            t,
            [
                "Nur-Sultan's",
                "800,000",
                "(",
                "71.1",
                "%",
                ")",
                "U.S",
                ".",
                "voters",
                ",",
                "2019",
                "."
            ]
        );
    }

    #[test]
    fn a_name_with_a_small_prefix_counts_as_capitalised() {
        let text = "iKhaya Lethu and eThekwini, not kWh, mRNA, pH or voters";
        let capital: Vec<&str> = tokenize(text, 0, text.len())
            .iter()
            .filter(|t| t.capital)
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(capital, ["iKhaya", "Lethu", "eThekwini"]);
    }
}
