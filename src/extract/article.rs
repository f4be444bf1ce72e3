//! An article file: an optional header block (`source:`, `published:`, `url:`, and
//! optionally `event:`), a blank line, then the text; and a manifest that gives the
//! source, date and address of many files at once.

use thiserror::Error;

use crate::date::{Date, DatePrecision, Granularity};

/// An article ready for extraction.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// Where it came from (a file name, or any label); copied into each claim.
    pub file: String,
    /// The outlet.
    pub source: String,
    /// The publication date: relative dates resolve against it. A header written at
    /// month or year precision ("2022-06", "2022") gives the first day of the period;
    /// [`Article::granularity`] says how precise it was.
    pub published: Date,
    /// How precisely the publication date was written: [`Granularity::Day`],
    /// [`Granularity::Month`] or [`Granularity::Year`].
    pub granularity: Granularity,
    /// The address, if given.
    pub url: Option<String>,
    /// The event the article reports, if the header names it.
    pub event: Option<String>,
    /// The whole file, header included: offsets point into it. A byte-order mark at
    /// the start is kept, so that offsets stay those of the file.
    pub text: String,
    /// Where the body starts in `text`.
    pub body_start: usize,
}

/// What is wrong with an article file or a manifest.
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
    #[error(
        "{file}: no `published:` header; give the date with --published YYYY-MM-DD or in a --manifest"
    )]
    NoDate {
        /// The file.
        file: String,
    },
    /// A manifest line that cannot be read.
    #[error("{file}, line {line}, field `{field}`: {message}")]
    Manifest {
        /// The manifest file.
        file: String,
        /// 1-based line.
        line: usize,
        /// The field at fault.
        field: String,
        /// What is wrong.
        message: String,
    },
}

/// The header fields the format knows.
const HEADER_FIELDS: &[&str] = &["source", "published", "url", "event"];

/// A publication date as a header or manifest writes it: `YYYY-MM-DD`, `YYYY-MM` or
/// `YYYY`, or any other form [`Date::parse_written`] reads ("2022-06-03T09:00:00Z",
/// "3 June 2022"), with its precision. A partial date stands for the first day of its
/// period.
///
/// ```
/// use crosscheck::date::Granularity;
/// use crosscheck::extract::PublishedDate;
/// let p: PublishedDate = "2022-06".parse().unwrap();
/// assert_eq!(p.date.to_string(), "2022-06-01");
/// assert_eq!(p.granularity, Granularity::Month);
/// assert_eq!(p.to_string(), "2022-06");
/// assert!("2022-13".parse::<PublishedDate>().is_err());
/// assert_eq!("June 3, 2022".parse::<PublishedDate>().unwrap().to_string(), "2022-06-03");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublishedDate {
    /// The first day of the period.
    pub date: Date,
    /// Day, month or year.
    pub granularity: Granularity,
}

impl PublishedDate {
    /// A date known to the day.
    pub fn day(date: Date) -> PublishedDate {
        PublishedDate {
            date,
            granularity: Granularity::Day,
        }
    }
}

impl std::str::FromStr for PublishedDate {
    type Err = String;
    fn from_str(s: &str) -> Result<PublishedDate, String> {
        let date = Date::parse_written(s).map_err(|e| e.to_string())?;
        let granularity = match date.precision() {
            DatePrecision::Day => Granularity::Day,
            DatePrecision::Month => Granularity::Month,
            DatePrecision::Year => Granularity::Year,
        };
        Ok(PublishedDate {
            date: date.first_day(),
            granularity,
        })
    }
}

impl std::fmt::Display for PublishedDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (y, m, _) = self.date.ymd();
        match self.granularity {
            Granularity::Year => write!(f, "{y:04}"),
            Granularity::Month | Granularity::PartOfYear => write!(f, "{y:04}-{m:02}"),
            Granularity::Day => write!(f, "{}", self.date),
        }
    }
}

/// What is known about an article from outside its text: the `--published` date, or
/// a [`Manifest`] line. The article's own header wins over each of these.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleInfo {
    /// The outlet.
    pub source: Option<String>,
    /// The publication date.
    pub published: Option<PublishedDate>,
    /// The address.
    pub url: Option<String>,
}

/// The UTF-8 byte-order mark some editors put at the start of a file.
const BOM: char = '\u{feff}';

impl Article {
    /// Reads an article. Without a header the file's stem is the source and `published`
    /// gives the date; a header's date wins over `published`.
    ///
    /// ```
    /// use crosscheck::extract::Article;
    /// let text = "source: AFP\npublished: 2021-01-10\n\nTurnout reached 63.1%.\n";
    /// let a = Article::parse("afp.txt", text, None).unwrap();
    /// assert_eq!(a.source, "AFP");
    /// assert_eq!(&a.text[a.body_start..], "Turnout reached 63.1%.\n");
    /// let b = Article::parse("notes/wire.txt", "Turnout reached 63.1%.", "2021-01-10".parse().ok()).unwrap();
    /// assert_eq!(b.source, "wire");
    /// ```
    pub fn parse(file: &str, text: &str, published: Option<Date>) -> Result<Article, ArticleError> {
        let info = ArticleInfo {
            published: published.map(PublishedDate::day),
            ..ArticleInfo::default()
        };
        Article::parse_with(file, text, &info)
    }

    /// Reads an article with what is known of it from outside (a manifest line, a
    /// date given on the command line). The header of the article wins field by field:
    /// it is the record the outlet wrote, the manifest only fills what it leaves out.
    ///
    /// ```
    /// use crosscheck::date::Granularity;
    /// use crosscheck::extract::{Article, ArticleInfo};
    /// let info = ArticleInfo { source: Some("Wire".into()), published: "2022".parse().ok(), url: None };
    /// let a = Article::parse_with("a.txt", "\u{feff}published: 2022-06\n\nText.", &info).unwrap();
    /// assert_eq!((a.source.as_str(), a.granularity), ("Wire", Granularity::Month));
    /// assert_eq!(a.published_text(), "2022-06");
    /// ```
    pub fn parse_with(file: &str, text: &str, info: &ArticleInfo) -> Result<Article, ArticleError> {
        let mut source = None;
        let mut date: Option<PublishedDate> = None;
        let mut url = None;
        let mut event = None;
        // a header is a run of known `key: value` lines ended by a blank line
        let mut lines: Vec<(usize, String, &str)> = Vec::new();
        let bom = if text.starts_with(BOM) {
            BOM.len_utf8()
        } else {
            0
        };
        let mut offset = bom;
        let mut body_start = bom;
        let mut header_found = false;
        for (i, line) in text[bom..].split_inclusive('\n').enumerate() {
            offset += line.len();
            let content = line.trim();
            if content.is_empty() {
                if !lines.is_empty() {
                    body_start = offset;
                    header_found = true;
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
        if !header_found {
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
                "published" => date = Some(value.parse::<PublishedDate>().map_err(err)?),
                "url" => url = Some(value.to_string()),
                _ => event = Some(value.to_string()),
            }
        }
        let published = date
            .or(info.published)
            .ok_or_else(|| ArticleError::NoDate {
                file: file.to_string(),
            })?;
        Ok(Article {
            file: file.to_string(),
            source: source
                .or_else(|| info.source.clone())
                .unwrap_or_else(|| file_stem(file).to_string()),
            published: published.date,
            granularity: published.granularity,
            url: url.or_else(|| info.url.clone()),
            event,
            text: text.to_string(),
            body_start,
        })
    }

    /// The text after the header.
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }

    /// The publication date at the precision it was written: "2021-01-10", "2022-06"
    /// or "2022".
    pub fn published_text(&self) -> String {
        PublishedDate {
            date: self.published,
            granularity: self.granularity,
        }
        .to_string()
    }
}

/// The name of a file without its folder and its last extension: `a/b/wire.txt` →
/// `wire`.
pub fn file_stem(file: &str) -> &str {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => name,
    }
}

/// Sources, dates and addresses of many article files, read from CSV (a first line
/// naming the columns `file`, `source`, `published`, `url`, in any order) or from
/// JSON lines (objects with those fields). Only `file` is required; empty values are
/// left out. Files are looked up by the path as given, then by file name.
///
/// ```
/// use crosscheck::extract::Manifest;
/// let m = Manifest::parse("list.csv", "file,source,published\nwire.txt,\"Wire, Inc.\",2022-06\n").unwrap();
/// let info = m.get("articles/wire.txt").unwrap();
/// assert_eq!(info.source.as_deref(), Some("Wire, Inc."));
/// assert_eq!(info.published.unwrap().to_string(), "2022-06");
/// let j = Manifest::parse("list.jsonl", r#"{"file":"b.txt","url":"https://example.org/b"}"#).unwrap();
/// assert!(j.get("b.txt").unwrap().url.is_some());
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Manifest {
    entries: Vec<(String, ArticleInfo)>,
}

impl Manifest {
    /// Reads a manifest; `name` is used in errors. JSON lines when the first
    /// non-blank character is `{`, CSV otherwise.
    pub fn parse(name: &str, text: &str) -> Result<Manifest, ArticleError> {
        let text = text.trim_start_matches(BOM);
        if text.trim_start().starts_with('{') {
            Manifest::parse_jsonl(name, text)
        } else {
            Manifest::parse_csv(name, text)
        }
    }

    fn parse_jsonl(name: &str, text: &str) -> Result<Manifest, ArticleError> {
        let mut entries = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let err = |field: &str, message: String| ArticleError::Manifest {
                file: name.to_string(),
                line: i + 1,
                field: field.to_string(),
                message,
            };
            let v: serde_json::Value =
                serde_json::from_str(line).map_err(|e| err("-", e.to_string()))?;
            let field = |k: &str| -> Result<Option<String>, ArticleError> {
                match v.get(k) {
                    None | Some(serde_json::Value::Null) => Ok(None),
                    Some(serde_json::Value::String(s)) if s.trim().is_empty() => Ok(None),
                    Some(serde_json::Value::String(s)) => Ok(Some(s.trim().to_string())),
                    Some(_) => Err(err(k, "is not a string".into())),
                }
            };
            let file = field("file")?.ok_or_else(|| err("file", "is missing".into()))?;
            let info = info_of(field("source")?, field("published")?, field("url")?)
                .map_err(|m| err("published", m))?;
            entries.push((file, info));
        }
        Ok(Manifest { entries })
    }

    fn parse_csv(name: &str, text: &str) -> Result<Manifest, ArticleError> {
        let mut rows = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty());
        let Some((_, head)) = rows.next() else {
            return Ok(Manifest::default());
        };
        let columns: Vec<String> = csv_fields(head)
            .iter()
            .map(|c| c.trim().to_lowercase())
            .collect();
        let at = |k: &str| columns.iter().position(|c| c == k);
        let Some(file_col) = at("file") else {
            return Err(ArticleError::Manifest {
                file: name.to_string(),
                line: 1,
                field: "file".into(),
                message: "no `file` column in the first line".into(),
            });
        };
        let mut entries = Vec::new();
        for (i, row) in rows {
            let fields = csv_fields(row);
            let get = |c: Option<usize>| {
                c.and_then(|c| fields.get(c))
                    .map(|v| v.trim().to_string())
                    .filter(|v| !v.is_empty())
            };
            let err = |field: &str, message: String| ArticleError::Manifest {
                file: name.to_string(),
                line: i + 1,
                field: field.to_string(),
                message,
            };
            let file = get(Some(file_col)).ok_or_else(|| err("file", "is empty".into()))?;
            let info = info_of(get(at("source")), get(at("published")), get(at("url")))
                .map_err(|m| err("published", m))?;
            entries.push((file, info));
        }
        Ok(Manifest { entries })
    }

    /// What the manifest says of `file`: the entry of that path, else the entry of a
    /// file of the same name.
    pub fn get(&self, file: &str) -> Option<&ArticleInfo> {
        let name = |f: &str| f.rsplit(['/', '\\']).next().unwrap_or(f).to_string();
        self.entries
            .iter()
            .find(|(f, _)| f == file)
            .or_else(|| self.entries.iter().find(|(f, _)| name(f) == name(file)))
            .map(|(_, info)| info)
    }

    /// How many files it describes.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when it describes no file.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

fn info_of(
    source: Option<String>,
    published: Option<String>,
    url: Option<String>,
) -> Result<ArticleInfo, String> {
    Ok(ArticleInfo {
        source,
        published: published.map(|p| p.parse::<PublishedDate>()).transpose()?,
        url,
    })
}

/// The fields of one CSV line: commas separate, double quotes enclose a field that
/// holds commas, and `""` inside quotes is a quote.
fn csv_fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    out.push(field);
    out
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
        assert_eq!(a.source, "c");
    }

    #[test]
    fn month_and_year_headers_keep_their_precision() {
        let a = Article::parse("m.txt", "source: M\npublished: 2022-06\n\nBody.", None).unwrap();
        assert_eq!(a.published.to_string(), "2022-06-01");
        assert_eq!(a.granularity, Granularity::Month);
        assert_eq!(a.published_text(), "2022-06");
        let y = Article::parse("y.txt", "source: Y\npublished: 2022\n\nBody.", None).unwrap();
        assert_eq!(
            (y.published_text().as_str(), y.granularity),
            ("2022", Granularity::Year)
        );
        let june = Article::parse("j.txt", "source: J\npublished: June 2022\n\nBody.", None);
        assert_eq!(june.unwrap().published_text(), "2022-06");
        for bad in ["2022-13", "22-06", "2022-6", "June"] {
            let text = format!("source: B\npublished: {bad}\n\nBody.");
            let e = Article::parse("bad.txt", &text, None).unwrap_err();
            assert!(
                matches!(e, ArticleError::Header { line: 2, .. }),
                "{bad}: {e}"
            );
        }
    }

    #[test]
    fn a_byte_order_mark_does_not_hide_the_header() {
        let text = "\u{feff}source: B\npublished: 2021-01-10\n\nBody.";
        let a = Article::parse("b.txt", text, None).unwrap();
        assert_eq!((a.source.as_str(), a.body()), ("B", "Body."));
        let plain = Article::parse("p.txt", "\u{feff}Body.", "2021-01-10".parse().ok()).unwrap();
        assert_eq!(plain.body(), "Body.");
    }

    #[test]
    fn the_header_wins_over_the_manifest() {
        let m = Manifest::parse(
            "m.csv",
            "url,file,published,source\nhttps://e.org/a,dir/a.txt,2021-01-09,Manifest Name\n",
        )
        .unwrap();
        let info = m.get("a.txt").unwrap();
        let a = Article::parse_with("a.txt", "source: Header Name\n\nBody.", info).unwrap();
        assert_eq!(a.source, "Header Name");
        assert_eq!(a.published_text(), "2021-01-09");
        assert_eq!(a.url.as_deref(), Some("https://e.org/a"));
        let e = Manifest::parse("m.csv", "file,published\na.txt,2021-99\n").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("m.csv, line 2, field `published`"),
            "{e}"
        );
        let e = Manifest::parse("m.jsonl", "{\"source\":\"x\"}\n").unwrap_err();
        assert!(e.to_string().contains("field `file`"), "{e}");
    }
}
