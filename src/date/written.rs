//! Publication dates as feeds, archives and spreadsheets write them: ISO 8601
//! timestamps, numbers with slashes or dots, month names. The strict form
//! (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) is [`Date`]'s `FromStr`; this module reads the
//! rest, and refuses what could be read two ways.

use super::{
    Date, DateError, WEEKDAYS, day_number, days_in_month, month_in_full_date, year_number,
};

/// Words that may follow a time of day: time zones written as letters.
const ZONE_WORDS: &[&str] = &["z", "utc", "gmt", "est", "edt", "cet", "cest", "msk", "bst"];

impl Date {
    /// A publication date as a claim feed or an article header may write it, with its
    /// precision:
    ///
    /// | written | read as |
    /// |---|---|
    /// | `2021-01-11`, `2021-01`, `2021` | as written (the strict form, [`Date`]'s `FromStr`) |
    /// | `2021-01-11T08:30:00Z`, `2021-01-11 08:30:00+06:00` | the day before the time: the date the outlet printed, not converted to another zone |
    /// | `20210111`, `2021/01/11`, `2021.01.11` | year first |
    /// | `11.01.2021`, `11.1.2021`, `01.2021` | day first, as dots are written in Europe |
    /// | `25/12/2021`, `12/25/2021`, `12-25-2021` | whichever order gives a date; `11/01/2021` fits both and is refused ([`DateError::Ambiguous`]) |
    /// | `11 January 2021`, `January 11, 2021`, `Jan. 11th 2021`, `11-Jan-2021`, `January 2021` | month names, full or shortened; a month and a year is that month |
    /// | `Mon, 11 Jan 2021 08:30:00 +0000` | an RSS (RFC 2822) date: weekday and time set aside |
    ///
    /// A date that does not exist is [`DateError::NoSuchDay`]; anything else that is
    /// not one of these forms is [`DateError::Unreadable`]. A date without a year
    /// ("11 January") is refused: the year cannot be guessed.
    ///
    /// ```
    /// use crosscheck::date::{Date, DateError, DatePrecision};
    /// let day = |s: &str| Date::parse_written(s).unwrap().to_string();
    /// assert_eq!(day("2021-01-11T08:30:00Z"), "2021-01-11");
    /// assert_eq!(day("January 11, 2021"), "2021-01-11");
    /// assert_eq!(day("Mon, 11 Jan 2021 08:30:00 +0000"), "2021-01-11");
    /// assert_eq!(day("11.01.2021"), "2021-01-11");
    /// assert_eq!(day("12/25/2021"), "2021-12-25");
    /// let june = Date::parse_written("June 2022").unwrap();
    /// assert_eq!((june.to_string(), june.precision()), ("2022-06".to_string(), DatePrecision::Month));
    /// assert!(matches!(Date::parse_written("11/01/2021"), Err(DateError::Ambiguous(..))));
    /// assert!(matches!(Date::parse_written("31 June 2021"), Err(DateError::NoSuchDay(..))));
    /// ```
    pub fn parse_written(text: &str) -> Result<Date, DateError> {
        match text.parse::<Date>() {
            Err(DateError::Format(_)) => {}
            strict => return strict,
        }
        let s = text.trim();
        let read = iso_timestamp(s)
            .or_else(|| numeric(s))
            .or_else(|| with_month_name(s));
        match read {
            Some(Written::Day(y, m, d)) => {
                Date::from_ymd(y, m, d).ok_or_else(|| no_such_day(s, y, m))
            }
            Some(Written::Month(y, m)) => Date::from_ym(y, m).ok_or_else(|| {
                DateError::NoSuchDay(s.to_string(), format!("there is no month {m}"))
            }),
            Some(Written::EitherOrder(a, b)) => Err(DateError::Ambiguous(
                s.to_string(),
                format!("{} or {}", month_day_words(a, b), month_day_words(b, a)),
            )),
            None => Err(DateError::Unreadable(s.to_string())),
        }
    }
}

/// Which number of a numeric date a writer puts first: the day (`25/12/2021`) or the
/// month (`12/25/2021`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOrder {
    /// Day, month, year.
    DayFirst,
    /// Month, day, year.
    MonthFirst,
}

impl DayOrder {
    /// The order a date written with slashes or hyphens shows, when one of its first
    /// two numbers can only be a day: `25/12/2021` is day first, `12/25/2021` month
    /// first; `11/01/2021`, dotted dates and every other form show none.
    ///
    /// ```
    /// use crosscheck::date::DayOrder;
    /// assert_eq!(DayOrder::shown_by("25/12/2021"), Some(DayOrder::DayFirst));
    /// assert_eq!(DayOrder::shown_by("12-25-2021"), Some(DayOrder::MonthFirst));
    /// assert_eq!(DayOrder::shown_by("11/01/2021"), None);
    /// assert_eq!(DayOrder::shown_by("2021-01-11"), None);
    /// ```
    pub fn shown_by(text: &str) -> Option<DayOrder> {
        let s = text.trim();
        let sep = s.chars().find(|c| matches!(c, '/' | '-'))?;
        let parts: Vec<&str> = s.split(sep).collect();
        match parts[..] {
            [a, b, y] if y.len() == 4 => {
                let (a, b) = (small_number(a)?, small_number(b)?);
                match (a > 12, b > 12) {
                    (true, false) => Some(DayOrder::DayFirst),
                    (false, true) => Some(DayOrder::MonthFirst),
                    _ => None,
                }
            }
            _ => None,
        }
    }
}

impl Date {
    /// [`Date::parse_written`], reading a date that fits both orders (`11/01/2021`)
    /// in `order`, the one its writer is known to use.
    ///
    /// ```
    /// use crosscheck::date::{Date, DayOrder};
    /// let d = Date::parse_written_in("05/08/2012", DayOrder::DayFirst).unwrap();
    /// assert_eq!(d.to_string(), "2012-08-05");
    /// let d = Date::parse_written_in("05/08/2012", DayOrder::MonthFirst).unwrap();
    /// assert_eq!(d.to_string(), "2012-05-08");
    /// ```
    pub fn parse_written_in(text: &str, order: DayOrder) -> Result<Date, DateError> {
        match Date::parse_written(text) {
            Err(DateError::Ambiguous(..)) => match numeric(text.trim()) {
                Some(Written::EitherOrder(a, b)) => {
                    let (month, day) = match order {
                        DayOrder::DayFirst => (b, a),
                        DayOrder::MonthFirst => (a, b),
                    };
                    let s = text.trim();
                    let year = s.rsplit(['/', '-']).next().and_then(year_number);
                    let year = year.ok_or_else(|| DateError::Unreadable(s.to_string()))?;
                    Date::from_ymd(year, month, day).ok_or_else(|| no_such_day(s, year, month))
                }
                _ => Date::parse_written(text),
            },
            read => read,
        }
    }
}

/// What a written date says, before the calendar checks it.
enum Written {
    Day(i32, u32, u32),
    Month(i32, u32),
    /// Two numbers either of which may be the day (`11/01`): month `.0` day `.1`,
    /// or the other way round.
    EitherOrder(u32, u32),
}

fn no_such_day(s: &str, y: i32, m: u32) -> DateError {
    let why = if (1..=12).contains(&m) {
        format!("month {m} of {y} has {} days", days_in_month(y, m))
    } else {
        format!("there is no month {m}")
    };
    DateError::NoSuchDay(s.to_string(), why)
}

/// "1 November" for month 11, day 1.
fn month_day_words(month: u32, day: u32) -> String {
    let name = super::MONTHS[(month as usize - 1).min(11)];
    let mut capital = name.chars();
    let first = capital
        .next()
        .map(|c| c.to_ascii_uppercase())
        .unwrap_or(' ');
    format!("{day} {first}{}", capital.as_str())
}

/// `2021-01-11T08:30:00Z`, `2021-01-11 08:30`: the day, when a time of day follows.
/// True when the text is a date with a time of day after it (`2021-01-11T08:30:00Z`).
pub(super) fn is_iso_timestamp(s: &str) -> bool {
    iso_timestamp(s).is_some()
}

fn iso_timestamp(s: &str) -> Option<Written> {
    let b = s.as_bytes();
    if b.len() < 12 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    if !is_time_of_day(&s[11..]) {
        return None;
    }
    let number = |r: std::ops::Range<usize>| s.get(r)?.parse::<u32>().ok();
    Some(Written::Day(
        number(0..4)? as i32,
        number(5..7)?,
        number(8..10)?,
    ))
}

/// A time of day with an optional zone: `08:30`, `08:30:00.123+06:00`, `8:30 UTC`.
fn is_time_of_day(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let Some(time) = words.next() else {
        return false;
    };
    let zone_ok = words.all(|w| {
        ZONE_WORDS.contains(&w.to_ascii_lowercase().as_str())
            || (w.starts_with(['+', '-'])
                && w[1..].bytes().all(|c| c.is_ascii_digit() || c == b':'))
    });
    let clock = time.trim_end_matches(['Z', 'z']);
    let clock = clock
        .find(['+', '-'])
        .filter(|&at| at > 0)
        .map_or(clock, |at| &clock[..at]);
    let mut parts = clock.split(':');
    let hour_minute = parts
        .next()
        .is_some_and(|h| (1..=2).contains(&h.len()) && h.bytes().all(|c| c.is_ascii_digit()))
        && parts
            .next()
            .is_some_and(|m| m.len() == 2 && m.bytes().all(|c| c.is_ascii_digit()));
    let seconds_ok = parts.all(|sec| {
        let whole = sec.split('.').next().unwrap_or("");
        whole.len() == 2 && sec.bytes().all(|c| c.is_ascii_digit() || c == b'.')
    });
    zone_ok && hour_minute && seconds_ok
}

/// A number of one or two digits.
fn small_number(word: &str) -> Option<u32> {
    ((1..=2).contains(&word.len()) && word.bytes().all(|c| c.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
}

/// Dates in numbers: `20210111`; year first with slashes or dots (`2021/01/11`,
/// `2021.1.11`); day and month before a four-digit year, `11.01.2021` (dots: day
/// first), `25/12/2021`, `12-25-2021` (whichever order fits); `01.2021` (a month).
fn numeric(s: &str) -> Option<Written> {
    if s.len() == 8 && s.bytes().all(|c| c.is_ascii_digit()) {
        return Some(Written::Day(
            s[0..4].parse().ok()?,
            s[4..6].parse().ok()?,
            s[6..8].parse().ok()?,
        ));
    }
    let sep = s.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
    let parts: Vec<&str> = s.split(sep).collect();
    match parts[..] {
        // with hyphens, year first is the strict form, read before
        [y, m, d] if y.len() == 4 && sep != '-' => Some(Written::Day(
            year_number(y)?,
            small_number(m)?,
            small_number(d)?,
        )),
        [m, y] if y.len() == 4 => Some(Written::Month(year_number(y)?, small_number(m)?)),
        [a, b, y] if y.len() == 4 => {
            let (a, b, y) = (small_number(a)?, small_number(b)?, year_number(y)?);
            Some(match sep {
                '.' => Written::Day(y, b, a),
                _ if a > 12 => Written::Day(y, b, a),
                _ if b > 12 || a == b => Written::Day(y, a, b),
                _ => Written::EitherOrder(a, b),
            })
        }
        _ => None,
    }
}

/// `11 January 2021`, `January 11, 2021`, `Jan. 11th 2021`, `11-Jan-2021`,
/// `January 2021`, `Mon, 11 Jan 2021 08:30:00 +0000`.
fn with_month_name(s: &str) -> Option<Written> {
    let lower = s.to_lowercase();
    // an RSS date ends in a time and a zone ("08:30:00 -0500"), and may open with the
    // weekday; the zone's sign is set aside before hyphens are read as spaces
    let mut kept: Vec<&str> = lower.split_whitespace().collect();
    while kept.last().is_some_and(|w| {
        w.contains(':')
            || ZONE_WORDS.contains(w)
            || (w.len() > 1
                && w.starts_with(['+', '-'])
                && w[1..].bytes().all(|c| c.is_ascii_digit()))
    }) {
        kept.pop();
    }
    let spaced = kept.join(" ").replace([',', '-'], " ");
    let mut words: Vec<&str> = spaced.split_whitespace().collect();
    if words.len() > 1 && is_weekday(words[0]) {
        words.remove(0);
    }
    // "of", and the Spanish and Portuguese "de" (12 de marzo de 2021)
    words.retain(|w| *w != "of" && *w != "de");
    let day = |w: &str| day_number(w.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h', '.']));
    // month names of other languages too (12 März 2021, 12 mars 2021)
    let month = month_in_full_date;
    match words[..] {
        [m, y] => Some(Written::Month(year_number(y)?, month(m)?)),
        [a, b, y] => {
            let y = year_number(y)?;
            match (month(a), month(b)) {
                (Some(m), None) => Some(Written::Day(y, m, day(b)?)),
                (None, Some(m)) => Some(Written::Day(y, m, day(a)?)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// "Monday", "Mon", "Mon.".
fn is_weekday(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    w.len() >= 3 && WEEKDAYS.iter().any(|d| d.starts_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> String {
        Date::parse_written(s)
            .map(|d| d.to_string())
            .unwrap_or_else(|e| format!("error: {e}"))
    }

    #[test]
    fn month_names_of_other_languages() {
        assert_eq!(read("12 März 2021"), "2021-03-12");
        assert_eq!(read("12. März 2021"), "2021-03-12");
        assert_eq!(read("12 mars 2021"), "2021-03-12");
        assert_eq!(read("12 de marzo de 2021"), "2021-03-12");
        assert_eq!(read("marzo 2021"), "2021-03");
    }

    #[test]
    fn the_strict_form_is_read_as_before() {
        assert_eq!(read("2021-01-11"), "2021-01-11");
        assert_eq!(read(" 2022-06 "), "2022-06");
        assert_eq!(read("2022"), "2022");
        // a day that does not exist stays an error of that kind, not a reading of
        // another form
        assert!(matches!(
            Date::parse_written("2021-02-30"),
            Err(DateError::NoSuchDay(..))
        ));
    }

    #[test]
    fn timestamps_give_the_day_printed() {
        for s in [
            "2021-01-11T08:30:00Z",
            "2021-01-11T23:59:59.999+06:00",
            "2021-01-11T08:30:00-0500",
            "2021-01-11 08:30",
            "2021-01-11 8:30 UTC",
            "2021-01-11t08:30:00z",
        ] {
            assert_eq!(read(s), "2021-01-11", "{s}");
        }
        // a date followed by something that is not a time is not read
        assert!(read("2021-01-11 or so").starts_with("error"));
        assert!(read("2021-01-11T8").starts_with("error"));
        assert!(matches!(
            Date::parse_written("2021-02-30T10:00:00Z"),
            Err(DateError::NoSuchDay(..))
        ));
    }

    #[test]
    fn numbers_in_either_order_are_read_only_when_one_order_fits() {
        assert_eq!(read("11.01.2021"), "2021-01-11");
        assert_eq!(read("1.2.2021"), "2021-02-01");
        assert_eq!(read("25/12/2021"), "2021-12-25");
        assert_eq!(read("12/25/2021"), "2021-12-25");
        assert_eq!(read("12-25-2021"), "2021-12-25");
        assert_eq!(read("03/03/2021"), "2021-03-03");
        assert_eq!(read("2021/01/11"), "2021-01-11");
        assert_eq!(read("20210111"), "2021-01-11");
        assert_eq!(read("01.2021"), "2021-01");
        let e = Date::parse_written("11/01/2021").unwrap_err();
        assert!(matches!(e, DateError::Ambiguous(..)));
        assert_eq!(
            e.to_string(),
            "\"11/01/2021\" may be read day first or month first (1 November or 11 January): write it as YYYY-MM-DD"
        );
        assert!(matches!(
            Date::parse_written("31.06.2021"),
            Err(DateError::NoSuchDay(..))
        ));
        // a two-digit year is not guessed
        assert!(read("11.01.21").starts_with("error"));
    }

    #[test]
    fn month_names_and_rss_dates() {
        for s in [
            "11 January 2021",
            "January 11, 2021",
            "Jan. 11th 2021",
            "11-Jan-2021",
            "11th of January, 2021",
            "Monday, 11 January 2021",
            "Mon, 11 Jan 2021 08:30:00 +0000",
            "Mon, 11 Jan 2021 08:30:00 GMT",
            "Mon, 11 Jan 2021 08:30:00 -0500",
            "JANUARY 11, 2021",
        ] {
            assert_eq!(read(s), "2021-01-11", "{s}");
        }
        assert_eq!(read("Sept 2021"), "2021-09");
        assert_eq!(read("June, 2022"), "2022-06");
        // a day and a month without a year, or words that are no date, are refused
        assert!(matches!(
            Date::parse_written("11 January"),
            Err(DateError::Unreadable(..))
        ));
        assert!(matches!(
            Date::parse_written("last week"),
            Err(DateError::Unreadable(..))
        ));
        assert!(matches!(
            Date::parse_written("30 February 2021"),
            Err(DateError::NoSuchDay(..))
        ));
    }
}
