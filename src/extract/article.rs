//! An article file: an optional header block (`source:`, `published:`, `url:`, and
//! optionally `event:`), a blank line, then the text.

use thiserror::Error;

use crate::date::{Date, DateError};

/// An article ready for extraction.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// Where it came from (a file name, or any label); copied into each claim.
    pub file: String,
    /// The outlet.
    pub source: String,
    /// The publication date: relative dates resolve against it.
    pub published: Date,
    /// The address, if given.
    pub url: Option<String>,
    /// The event the article reports, if the header names it.
    pub event: Option<String>,
    /// The whole file, header included: offsets point into it.
    pub text: String,
    /// Where the body starts in `text`.
    pub body_start: usize,
}

/// What is wrong with an article file.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ArticleError {
    /// A header line with a bad value.
    #[error("{file}, line {line}, header `{field}`: {message}")]
    Header {
        /// The file.
        file: String,
        /// 1-based line of the header.
        line: usize,
        /// The header field.
        field: String,
        /// What is wrong.
        message: String,
    },
    /// No `published:` header and no date given otherwise.
    #[error("{file}: no `published:` header; give the date with --published YYYY-MM-DD")]
    NoDate {
        /// The file.
        file: String,
    },
}

/// The header fields the format knows.
const HEADER_FIELDS: &[&str] = &["source", "published", "url", "event"];

impl Article {
    /// Reads an article. Without a header the file name is the source and `published`
    /// gives the date; a header's date wins over `published`.
    ///
    /// ```
    /// use crosscheck::extract::Article;
    /// let text = "source: AFP\npublished: 2021-01-10\n\nTurnout reached 63.1%.\n";
    /// let a = Article::parse("afp.txt", text, None).unwrap();
    /// assert_eq!(a.source, "AFP");
    /// assert_eq!(&a.text[a.body_start..], "Turnout reached 63.1%.\n");
    /// let b = Article::parse("notes.txt", "Turnout reached 63.1%.", "2021-01-10".parse().ok()).unwrap();
    /// assert_eq!(b.source, "notes.txt");
    /// ```
    pub fn parse(file: &str, text: &str, published: Option<Date>) -> Result<Article, ArticleError> {
        let mut source = None;
        let mut date = None;
        let mut url = None;
        let mut event = None;
        // a header is a run of known `key: value` lines ended by a blank line
        let mut lines: Vec<(usize, String, &str)> = Vec::new();
        let mut offset = 0;
        let mut body_start = 0;
        for (i, line) in text.split_inclusive('\n').enumerate() {
            offset += line.len();
            let content = line.trim();
            if content.is_empty() {
                if !lines.is_empty() {
                    body_start = offset;
                }
                break;
            }
            match content
                .split_once(':')
                .map(|(k, v)| (k.trim().to_lowercase(), v.trim()))
                .filter(|(k, _)| HEADER_FIELDS.contains(&k.as_str()))
            {
                Some((key, value)) => lines.push((i + 1, key, value)),
                None => {
                    lines.clear();
                    break;
                }
            }
        }
        if body_start == 0 {
            lines.clear();
        }
        for (line, key, value) in lines {
            let err = |message: String| ArticleError::Header {
                file: file.to_string(),
                line,
                field: key.clone(),
                message,
            };
            match key.as_str() {
                "source" if value.is_empty() => return Err(err("is empty".into())),
                "source" => source = Some(value.to_string()),
                "published" => {
                    date = Some(
                        value
                            .parse::<Date>()
                            .map_err(|e: DateError| err(e.to_string()))?,
                    )
                }
                "url" => url = Some(value.to_string()),
                _ => event = Some(value.to_string()),
            }
        }
        let published = date.or(published).ok_or_else(|| ArticleError::NoDate {
            file: file.to_string(),
        })?;
        Ok(Article {
            file: file.to_string(),
            source: source.unwrap_or_else(|| file.to_string()),
            published,
            url,
            event,
            text: text.to_string(),
            body_start,
        })
    }

    /// The text after the header.
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_read_and_checked() {
        let a = Article::parse(
            "a.txt",
            "source: RFE/RL\npublished: 2021-01-11\nurl: https://example.org/x\n\nBody.",
            None,
        )
        .unwrap();
        assert_eq!(a.url.as_deref(), Some("https://example.org/x"));
        assert_eq!(a.body(), "Body.");
        let e =
            Article::parse("b.txt", "source: X\npublished: 2021-02-30\n\nBody.", None).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("b.txt, line 2, header `published`"),
            "{e}"
        );
        let e = Article::parse("c.txt", "No header here.", None).unwrap_err();
        assert_eq!(
            e,
            ArticleError::NoDate {
                file: "c.txt".into()
            }
        );
    }

    #[test]
    fn text_without_a_header_is_all_body() {
        let d: Date = "2021-01-10".parse().unwrap();
        let a = Article::parse("c.txt", "Source: a witness said 30 were held.", Some(d)).unwrap();
        assert_eq!(a.body_start, 0);
    }
}
