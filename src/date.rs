//! Calendar dates, and dates as written: intervals with a granularity, including dates
//! relative to the day a source was published.

use std::fmt;

use serde::{Deserialize, Serialize};
use thiserror::Error;

mod written;
pub use written::DayOrder;

/// A day of the proleptic Gregorian calendar, or a month or a year when it was written
/// only that precisely (a publication date "2022-06" or "2022").
///
/// A date written to the month or the year stands for its first day in calendar
/// arithmetic ([`Date::add_days`], [`Date::ymd`] …) and for the whole month or year
/// where the uncertainty matters: [`Date::last_day`], relative dates ([`parse_date`])
/// and ages. It is written back at its precision.
///
/// ```
/// use crosscheck::date::{Date, DatePrecision};
/// let d: Date = "2021-01-10".parse().unwrap();
/// assert_eq!(d.weekday(), 6); // Sunday (Monday is 0)
/// assert_eq!(d.add_days(1).to_string(), "2021-01-11");
/// assert!("2021-02-30".parse::<Date>().is_err());
/// let june: Date = "2022-06".parse().unwrap();
/// assert_eq!(june.precision(), DatePrecision::Month);
/// assert_eq!((june.first_day().to_string(), june.last_day().to_string()), ("2022-06-01".into(), "2022-06-30".into()));
/// assert_eq!(june.to_string(), "2022-06");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(try_from = "String")]
pub struct Date {
    /// Days since 1970-01-01 (of the first day, for a month or a year).
    day: i32,
    /// How precisely the date was written.
    precision: DatePrecision,
}

/// How precisely a [`Date`] was written: a day, a month or a year.
///
/// ```
/// use crosscheck::date::{Date, DatePrecision};
/// assert_eq!("2022".parse::<Date>().unwrap().precision(), DatePrecision::Year);
/// assert_eq!("2022-06-03".parse::<Date>().unwrap().precision(), DatePrecision::Day);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum DatePrecision {
    /// To the day: 2022-06-03.
    #[default]
    Day,
    /// To the month: 2022-06.
    Month,
    /// To the year: 2022.
    Year,
}

/// A date that does not exist or is not written as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`).
    #[error("{0:?} is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY")]
    Format(String),
    /// A month or day that does not exist (2021-02-30).
    #[error("{0:?} does not exist: {1}")]
    NoSuchDay(String, String),
    /// Not a date in any form [`Date::parse_written`] reads.
    #[error(
        "{0:?} is not a date: write it as YYYY-MM-DD (or YYYY-MM, YYYY); ISO 8601 timestamps, 11.01.2021 and 11 January 2021 are read too"
    )]
    Unreadable(String),
    /// Two numbers either of which may be the day (11/01/2021), with both readings.
    #[error("{0:?} may be read day first or month first ({1}): write it as YYYY-MM-DD")]
    Ambiguous(String, String),
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in month `m` (1–12) of year `y`.
pub(crate) fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(y) => 29,
        _ => 28,
    }
}

impl Date {
    /// The date of a year, month (1–12) and day (1–31), if it exists.
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<Date> {
        if !(1..=12).contains(&m)
            || d == 0
            || d > days_in_month(y, m)
            || !(-9999..=9999).contains(&y)
        {
            return None;
        }
        // days from civil (Howard Hinnant's algorithm)
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy as i32;
        Some(Date {
            day: era * 146_097 + doe - 719_468,
            precision: DatePrecision::Day,
        })
    }

    /// A month written without its day: the whole month, if it exists.
    ///
    /// ```
    /// use crosscheck::date::Date;
    /// assert_eq!(Date::from_ym(2022, 6).unwrap().to_string(), "2022-06");
    /// ```
    pub fn from_ym(y: i32, m: u32) -> Option<Date> {
        Date::from_ymd(y, m, 1).map(|d| Date {
            precision: DatePrecision::Month,
            ..d
        })
    }

    /// A year written alone: the whole year, if it is in range.
    ///
    /// ```
    /// use crosscheck::date::Date;
    /// assert_eq!(Date::from_y(2022).unwrap().last_day().to_string(), "2022-12-31");
    /// ```
    pub fn from_y(y: i32) -> Option<Date> {
        Date::from_ymd(y, 1, 1).map(|d| Date {
            precision: DatePrecision::Year,
            ..d
        })
    }

    /// How precisely the date was written.
    pub fn precision(self) -> DatePrecision {
        self.precision
    }

    /// The first day the date covers, as a day.
    pub fn first_day(self) -> Date {
        Date {
            day: self.day,
            precision: DatePrecision::Day,
        }
    }

    /// The last day the date covers, as a day: itself for a day, the month's or the
    /// year's last day otherwise.
    pub fn last_day(self) -> Date {
        let (y, m, _) = self.ymd();
        let days = match self.precision {
            DatePrecision::Day => 1,
            DatePrecision::Month => days_in_month(y, m) as i32,
            DatePrecision::Year => Date::year_start(y + 1).map_or(365, |next| next.day - self.day),
        };
        self.first_day().add_days(days - 1)
    }

    /// The first day of a year.
    pub fn year_start(y: i32) -> Option<Date> {
        Date::from_ymd(y, 1, 1)
    }

    /// Year, month and day.
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.day + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = yoe + era * 400 + i32::from(m <= 2);
        (y, m, d)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.ymd().0
    }

    /// Day of the week, Monday 0 … Sunday 6.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3)
        (self.day + 3).rem_euclid(7) as u32
    }

    /// The day `n` days later (earlier for negative `n`): a month or a year counts
    /// from its first day.
    pub fn add_days(self, n: i32) -> Date {
        Date {
            day: self.day.saturating_add(n),
            precision: DatePrecision::Day,
        }
    }

    /// Days from `self` to `other`.
    pub fn days_until(self, other: Date) -> i32 {
        other.day - self.day
    }

    /// The same day `years` years earlier or later (29 February becomes 28 February).
    pub fn add_years(self, years: i32) -> Date {
        let (y, m, d) = self.ymd();
        let y2 = y + years;
        Date::from_ymd(y2, m, d.min(days_in_month(y2, m))).unwrap_or(self.first_day())
    }

    /// Days since 1970-01-01.
    pub fn days_since_epoch(self) -> i32 {
        self.day
    }
}

impl Date {
    /// Writes the date as YYYY-MM-DD to any writer: reports write one per claim, so
    /// the digits are set by hand rather than through the formatter.
    pub(crate) fn write_to(self, f: &mut impl fmt::Write) -> fmt::Result {
        let (y, m, d) = self.ymd();
        match self.precision {
            DatePrecision::Year => return write!(f, "{y:04}"),
            DatePrecision::Month => return write!(f, "{y:04}-{m:02}"),
            DatePrecision::Day => {}
        }
        if !(0..=9999).contains(&y) {
            return write!(f, "{y:04}-{m:02}-{d:02}");
        }
        let y = y as u32;
        let digit = |n: u32| b'0' + (n % 10) as u8;
        let text = [
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            digit(m / 10),
            digit(m),
            b'-',
            digit(d / 10),
            digit(d),
        ];
        // ASCII digits and dashes only
        f.write_str(std::str::from_utf8(&text).map_err(|_| fmt::Error)?)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f)
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Date, DateError> {
        // every claim has a publication date: read the ten bytes in place
        let bad = || DateError::Format(s.to_string());
        let b = s.trim().as_bytes();
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            b[range].iter().try_fold(0u32, |n, &c| {
                c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
            })
        };
        // a year, or a month of a year, written alone
        match b.len() {
            4 => {
                return digits(0..4)
                    .and_then(|y| Date::from_y(y as i32))
                    .ok_or_else(bad);
            }
            7 if b[4] == b'-' => {
                let (Some(y), Some(m)) = (digits(0..4), digits(5..7)) else {
                    return Err(bad());
                };
                return Date::from_ym(y as i32, m).ok_or_else(|| {
                    DateError::NoSuchDay(s.to_string(), format!("there is no month {m}"))
                });
            }
            _ => {}
        }
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) else {
            return Err(bad());
        };
        // four digits fit
        let y = y as i32;
        if !(1..=12).contains(&m) {
            return Err(DateError::NoSuchDay(
                s.to_string(),
                format!("there is no month {m}"),
            ));
        }
        Date::from_ymd(y, m, d).ok_or_else(|| {
            DateError::NoSuchDay(
                s.to_string(),
                format!("month {m} of {y} has {} days", days_in_month(y, m)),
            )
        })
    }
}

impl TryFrom<String> for Date {
    type Error = DateError;
    fn try_from(s: String) -> Result<Date, DateError> {
        s.parse()
    }
}

/// A date is written as its text ([`fmt::Display`]), set on the stack: reports
/// write one per claim.
impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut text = StackText::default();
        if self.write_to(&mut text).is_ok() {
            serializer.serialize_str(text.as_str())
        } else {
            serializer.serialize_str(&self.to_string())
        }
    }
}

/// A short text written on the stack; writing past its room is an error.
#[derive(Default)]
struct StackText {
    bytes: [u8; 32],
    len: usize,
}

impl StackText {
    fn as_str(&self) -> &str {
        // only whole `str`s are ever written in
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or_default()
    }
}

impl fmt::Write for StackText {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        let room = self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?;
        room.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

impl From<Date> for String {
    fn from(d: Date) -> String {
        d.to_string()
    }
}

/// How precisely a date was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    /// A year (2019, last year).
    Year,
    /// Part of a year (early 2019: January–April; mid-2019: May–August; late 2019:
    /// September–December).
    PartOfYear,
    /// A month (March 2019, last month).
    Month,
    /// A day (10 January 2021, Sunday).
    Day,
}

/// A date as written: the interval of days it covers, `[start, end)`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DateValue {
    /// First day covered.
    pub start: Date,
    /// First day after the interval.
    pub end: Date,
    /// How precisely it was written.
    pub granularity: Granularity,
    /// True when it was resolved against the publication date (last year, Sunday).
    pub relative: bool,
}

impl DateValue {
    /// True when the two intervals share a day.
    pub fn overlaps(&self, other: &DateValue) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Days between the intervals (0 when they overlap).
    pub fn gap_days(&self, other: &DateValue) -> i32 {
        if self.overlaps(other) {
            0
        } else if self.end <= other.start {
            self.end.days_until(other.start) + 1
        } else {
            other.end.days_until(self.start) + 1
        }
    }

    fn year(y: i32) -> Option<DateValue> {
        Some(DateValue {
            start: Date::year_start(y)?,
            end: Date::year_start(y + 1)?,
            granularity: Granularity::Year,
            relative: false,
        })
    }

    fn month(y: i32, m: u32) -> Option<DateValue> {
        let start = Date::from_ymd(y, m, 1)?;
        Some(DateValue {
            start,
            end: start.add_days(days_in_month(y, m) as i32),
            granularity: Granularity::Month,
            relative: false,
        })
    }

    fn day(d: Date) -> DateValue {
        DateValue {
            start: d,
            end: d.add_days(1),
            granularity: Granularity::Day,
            relative: false,
        }
    }

    /// `months` months from `first_month` of `y`; a part that runs past December
    /// (winter) ends in the next year.
    fn part_of_year(y: i32, first_month: u32, months: u32) -> Option<DateValue> {
        let start = Date::from_ymd(y, first_month, 1)?;
        let last = first_month + months - 1;
        let (end_year, end_month) = if last > 12 {
            (y + 1, last - 12)
        } else {
            (y, last)
        };
        let end = Date::from_ymd(end_year, end_month, 1)?
            .add_days(days_in_month(end_year, end_month) as i32);
        Some(DateValue {
            start,
            end,
            granularity: Granularity::PartOfYear,
            relative: false,
        })
    }
}

impl DateValue {
    /// Writes the date at its granularity to any writer.
    pub(crate) fn write_to(&self, f: &mut impl fmt::Write) -> fmt::Result {
        let (y, m, _) = self.start.ymd();
        match self.granularity {
            Granularity::Year => write!(f, "{y}"),
            Granularity::Month => write!(f, "{y}-{m:02}"),
            Granularity::Day => self.start.write_to(f),
            Granularity::PartOfYear => {
                self.start.write_to(f)?;
                f.write_str(" to ")?;
                self.end.add_days(-1).write_to(f)
            }
        }
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f)
    }
}

/// Month names, January first.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Weekday names, Monday first.
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() >= 3 && m.starts_with(w)))
        .map(|i| i as u32 + 1)
}

/// Month names of other languages, lowercase (French, German, Spanish, Portuguese,
/// Italian, and Russian in the genitive a date takes), read only beside a day or a
/// year: alone, "Mars" or "Mai" is more often a name than a month.
pub const FOREIGN_MONTHS: [&[&str]; 12] = [
    &[
        "janvier",
        "januar",
        "jänner",
        "enero",
        "janeiro",
        "gennaio",
        "января",
        "январь",
    ],
    &[
        "février",
        "fevrier",
        "februar",
        "febrero",
        "fevereiro",
        "febbraio",
        "февраля",
    ],
    &[
        "mars",
        "märz",
        "marz",
        "marzo",
        "março",
        "marco",
        "марта",
        "март",
    ],
    &["avril", "abril", "aprile", "апреля", "апрель"],
    &["mai", "mayo", "maio", "maggio", "мая", "май"],
    &["juin", "juni", "junio", "junho", "giugno", "июня", "июнь"],
    &[
        "juillet", "juli", "julio", "julho", "luglio", "июля", "июль",
    ],
    &["août", "aout", "agosto", "августа", "август"],
    &[
        "septembre",
        "septiembre",
        "setembro",
        "settembre",
        "сентября",
    ],
    &[
        "octobre",
        "oktober",
        "octubre",
        "outubro",
        "ottobre",
        "октября",
    ],
    &["novembre", "noviembre", "novembro", "ноября", "ноябрь"],
    &[
        "décembre",
        "decembre",
        "dezember",
        "diciembre",
        "dezembro",
        "dicembre",
        "декабря",
    ],
];

/// A month named beside a day or a year: in English ([`MONTHS`], abbreviations too)
/// or in another language ([`FOREIGN_MONTHS`]).
fn month_in_full_date(word: &str) -> Option<u32> {
    month_number(word).or_else(|| {
        let w = word.trim_end_matches('.');
        FOREIGN_MONTHS
            .iter()
            .position(|names| names.contains(&w))
            .map(|i| i as u32 + 1)
    })
}

/// A date written in numbers with points or slashes: day first (20.01.1954,
/// 20/01/1954), or month first when only that reading is a date (1/25/1978).
fn numeric_day(text: &str) -> Option<Date> {
    let parts: smallvec::SmallVec<[&str; 3]> = text.split(['.', '/']).collect();
    let [a, b, y] = parts.as_slice() else {
        return None;
    };
    if text.contains('.') && text.contains('/') || a.len() > 2 || b.len() > 2 {
        return None;
    }
    let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    let y = year_number(y)?;
    Date::from_ymd(y, b, a).or_else(|| Date::from_ymd(y, a, b))
}

/// An ISO 8601 timestamp or a date with a time ("2023-02-06T01:17:34Z", "2023-02-06
/// 01:17 UTC"), or Wikidata's signed form ("+1978-01-25T00:00:00Z", where a month or
/// a day of 00 says the date is known only to the year or the month): the date, at
/// the precision it gives.
fn timestamp(text: &str) -> Option<DateValue> {
    let t = text.strip_prefix('+').unwrap_or(text);
    let b = t.as_bytes();
    if b.len() < 7 || b[4] != b'-' || !b[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let y: i32 = t[..4].parse().ok()?;
    if b.len() == 7 {
        // 1978-01: a month
        return DateValue::month(y, t[5..7].parse().ok()?);
    }
    // a time after the date, as the publication-date reader checks it
    let timed = b.len() > 10 && written::is_iso_timestamp(t);
    if b[7] != b'-' || !(b.len() == 10 || timed) {
        return None;
    }
    let (m, d): (u32, u32) = (t[5..7].parse().ok()?, t[8..10].parse().ok()?);
    match (m, d) {
        (0, _) => DateValue::year(y),
        (_, 0) => DateValue::month(y, m),
        _ if timed || text.starts_with('+') => Date::from_ymd(y, m, d).map(DateValue::day),
        _ => None,
    }
}

/// A day of the month written as a number of one or two digits ("6", "28").
fn day_number(word: &str) -> Option<u32> {
    let d: u32 = word.parse().ok()?;
    (word.len() <= 2 && (1..=31).contains(&d)).then_some(d)
}

fn year_number(word: &str) -> Option<i32> {
    let y: i32 = word.parse().ok()?;
    (word.len() == 4 && (1000..=2999).contains(&y)).then_some(y)
}

/// The date `n` `unit`s before `published` ("two weeks ago"): a year or a month at
/// that precision, a day for days, and for weeks the seven days around the day that
/// many weeks back (a week is not counted to the day).
fn ago(n: &str, unit: &str, published: Date) -> Option<DateValue> {
    let n: i32 = match n {
        "a" | "one" => 1,
        _ => n
            .parse()
            .ok()
            .or_else(|| crate::claim::number_word_value(n).map(|v| v as i32))?,
    };
    if !(1..=100).contains(&n) {
        return None;
    }
    let (py, pm, _) = published.ymd();
    match unit.trim_end_matches('s') {
        "day" => Some(DateValue::day(published.add_days(-n))),
        "week" => {
            let centre = published.add_days(-7 * n);
            Some(DateValue {
                start: centre.add_days(-3),
                end: centre.add_days(4),
                granularity: Granularity::Day,
                relative: true,
            })
        }
        "month" => {
            let months = py * 12 + pm as i32 - 1 - n;
            DateValue::month(months.div_euclid(12), months.rem_euclid(12) as u32 + 1)
        }
        "year" => DateValue::year(py - n),
        _ => None,
    }
}

/// Parts of a year, one documented table: (word, first month, number of months).
pub const PARTS_OF_YEAR: &[(&str, u32, u32)] = &[
    ("early", 1, 4),
    ("beginning", 1, 4),
    ("start", 1, 4),
    ("mid", 5, 4),
    ("middle", 5, 4),
    ("late", 9, 4),
    ("end", 9, 4),
    ("spring", 3, 3),
    ("summer", 6, 3),
    ("autumn", 9, 3),
    ("fall", 9, 3),
    ("winter", 12, 3),
    ("first half", 1, 6),
    ("second half", 7, 6),
];

/// Reads a date as written, resolving relative expressions against `published`.
/// Returns `None` when the text is not a date this reader knows.
///
/// Understood: `2021-01-10`; `10 January 2021`, `January 10, 2021`; `March 2019`;
/// `2019`, `in 2019`; `early 2019`, `mid-2019`, `late 2019`, `spring 2019`, `the first
/// half of 2019`; relative to the publication date: `last year`, `this year`, `next
/// year`, `last month`, `this month`, `yesterday`, `today`, and a weekday (`Sunday`,
/// `on Monday`, `last Sunday`), read as the most recent such day on or before the
/// publication date, as news reports do; a month alone (`in August`) likewise. A day
/// and a month without a year (`28 May`, `May 28`, `Sunday, 28 May`) is that day in
/// the year that puts it nearest the publication date, before or after it.
///
/// ```
/// use crosscheck::date::{parse_date, Date, Granularity};
/// let published: Date = "2021-01-11".parse().unwrap(); // a Monday
/// let d = parse_date("last year", published).unwrap();
/// assert_eq!((d.start.to_string(), d.end.to_string()), ("2020-01-01".into(), "2021-01-01".into()));
/// assert_eq!(parse_date("Sunday", published).unwrap().start.to_string(), "2021-01-10");
/// assert_eq!(parse_date("early 2019", published).unwrap().granularity, Granularity::PartOfYear);
/// assert!(parse_date("nearly 72%", published).is_none());
/// let may: Date = "2023-05-15".parse().unwrap();
/// assert_eq!(parse_date("May 28", may).unwrap().start.to_string(), "2023-05-28");
/// assert_eq!(parse_date("Sunday, 14 May", may).unwrap().start.to_string(), "2023-05-14");
/// ```
///
/// A publication date written to the month or the year makes a relative date
/// uncertain: it is read against the first and the last day the publication date
/// covers, and spans both readings.
///
/// ```
/// use crosscheck::date::{parse_date, Date};
/// let june: Date = "2022-06".parse().unwrap();
/// let d = parse_date("yesterday", june).unwrap();
/// assert_eq!((d.start.to_string(), d.end.to_string()), ("2022-05-31".into(), "2022-06-30".into()));
/// ```
pub fn parse_date(text: &str, published: Date) -> Option<DateValue> {
    if published.precision() == DatePrecision::Day {
        return parse_date_on(text, published);
    }
    let first = parse_date_on(text, published.first_day())?;
    if !first.relative {
        return Some(first);
    }
    let last = parse_date_on(text, published.last_day())?;
    Some(DateValue {
        start: first.start.min(last.start),
        end: first.end.max(last.end),
        granularity: first.granularity,
        relative: true,
    })
}

fn parse_date_on(text: &str, published: Date) -> Option<DateValue> {
    // dates start with a digit or a letter, and hold few words: most values are
    // turned away before any allocation
    let text = text.trim();
    if let Some(d) = timestamp(text) {
        return Some(d);
    }
    if text.len() > 40 || !text.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    // a date is written with letters, digits, spaces and a few marks: "71%" is not one
    if text.contains(|c: char| {
        !(c.is_alphanumeric()
            || c.is_whitespace()
            || matches!(c, ',' | '-' | '.' | '/' | '\'' | '’'))
    }) {
        return None;
    }
    let mut lower = crate::normalize::lowercased(text);
    if lower.contains([',', '\u{2019}']) {
        lower = lower.replace([',', '\u{2019}'], " ").into();
    }
    if lower.contains("mid-") {
        lower = lower.replace("mid-", "mid ").into();
    }
    let mut words: smallvec::SmallVec<[&str; 8]> = lower.split_whitespace().collect();
    while let Some(first) = words.first() {
        if matches!(
            *first,
            "in" | "on" | "the" | "of" | "since" | "by" | "around"
        ) {
            words.remove(0);
        } else {
            break;
        }
    }
    // "of" and the Spanish and Portuguese "de" (25 de enero de 1978)
    words.retain(|w| *w != "of" && *w != "de");
    // "Sunday, 28 May": a weekday before a fuller date names the same day, which the
    // rest gives more surely
    if words.len() > 1 && WEEKDAYS.contains(&words[0]) {
        words.remove(0);
    }
    let (py, pm, _) = published.ymd();
    let relative = |mut v: DateValue| {
        v.relative = true;
        Some(v)
    };
    match words.as_slice() {
        [iso] if iso.len() == 10 && iso.as_bytes()[4] == b'-' => {
            iso.parse::<Date>().ok().map(DateValue::day)
        }
        // 20.01.1954, 20/01/1954, 1/25/1978: day first, as written outside the United
        // States, unless only the month-first reading is a date
        [numeric] if numeric.len() <= 10 && numeric.contains(['.', '/']) => {
            numeric_day(numeric).map(DateValue::day)
        }
        [y] if year_number(y).is_some() => year_number(y).and_then(DateValue::year),
        ["last" | "previous", "year"] => relative(DateValue::year(py - 1)?),
        ["this" | "current", "year"] => relative(DateValue::year(py)?),
        ["next", "year"] => relative(DateValue::year(py + 1)?),
        ["last" | "previous", "month"] => {
            let (y, m) = if pm == 1 { (py - 1, 12) } else { (py, pm - 1) };
            relative(DateValue::month(y, m)?)
        }
        ["this", "month"] => relative(DateValue::month(py, pm)?),
        // "last December", "last July": the latest such month before the month of
        // publication
        ["last" | "previous", m] if month_number(m).is_some() => {
            let m = month_number(m)?;
            relative(DateValue::month(if m < pm { py } else { py - 1 }, m)?)
        }
        // "last week": the week (Monday to Sunday) before the week of publication
        ["last" | "previous", "week"] => {
            let monday = published.add_days(-(published.weekday() as i32) - 7);
            relative(DateValue {
                start: monday,
                end: monday.add_days(7),
                granularity: Granularity::Day,
                relative: true,
            })
        }
        // "two weeks ago", "three years ago", "a month ago"
        [n, unit, "ago"] => ago(n, unit, published).and_then(relative),
        ["yesterday"] => relative(DateValue::day(published.add_days(-1))),
        ["today"] => relative(DateValue::day(published)),
        [day] | ["last", day] if WEEKDAYS.contains(day) => {
            let target = WEEKDAYS.iter().position(|w| w == day)? as i32;
            let back = (published.weekday() as i32 - target).rem_euclid(7);
            let back = if words.len() == 2 && back == 0 {
                7
            } else {
                back
            };
            relative(DateValue::day(published.add_days(-back)))
        }
        // 28 May, May 28: that day in the year that puts it nearest the publication
        // date, before it or after ("a run-off on May 28" in a report of May 15)
        [a, b]
            if (month_number(a).is_some() && day_number(b).is_some())
                || (month_number(b).is_some() && day_number(a).is_some()) =>
        {
            let (d, m) = match (day_number(a), month_number(b)) {
                (Some(d), Some(m)) => (d, m),
                _ => (day_number(b)?, month_number(a)?),
            };
            let day = [py - 1, py, py + 1]
                .into_iter()
                .filter_map(|y| Date::from_ymd(y, m, d))
                .min_by_key(|x| published.days_until(*x).abs())?;
            relative(DateValue::day(day))
        }
        [m, y] if month_in_full_date(m).is_some() => {
            DateValue::month(year_number(y)?, month_in_full_date(m)?)
        }
        // a month alone: the latest such month up to publication, as news uses it
        [m] if month_number(m).is_some() => {
            let m = month_number(m)?;
            relative(DateValue::month(if m <= pm { py } else { py - 1 }, m)?)
        }
        // 10 January 2021, January 10, 2021
        [a, b, y] if month_in_full_date(a).is_some() || month_in_full_date(b).is_some() => {
            let (d, m) = if month_in_full_date(b).is_some() {
                (a, b)
            } else {
                (b, a)
            };
            // 10th, 25. (German)
            let d: u32 = d
                .trim_end_matches(|c: char| c.is_alphabetic() || c == '.')
                .parse()
                .ok()?;
            Date::from_ymd(year_number(y)?, month_in_full_date(m)?, d).map(DateValue::day)
        }
        [part @ .., y] if year_number(y).is_some() => {
            let phrase = part.join(" ");
            let &(_, first, months) = PARTS_OF_YEAR.iter().find(|(w, _, _)| *w == phrase)?;
            DateValue::part_of_year(year_number(y)?, first, months)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn dates_as_exports_and_other_languages_write_them() {
        let p = d("2024-01-01");
        let day = |t: &str| {
            let v = parse_date(t, p).unwrap_or_else(|| panic!("{t}"));
            (v.start.to_string(), v.granularity)
        };
        for t in [
            "1978-01-25T00:00:00Z",
            "+1978-01-25T00:00:00Z",
            "1978-01-25 04:17 UTC",
            "1/25/1978",
            "25/1/1978",
            "25.01.1978",
            "25 janvier 1978",
            "25. Januar 1978",
            "25 de enero de 1978",
            "25 января 1978",
        ] {
            assert_eq!(day(t), ("1978-01-25".to_string(), Granularity::Day), "{t}");
        }
        assert_eq!(day("+1978-00-00T00:00:00Z").1, Granularity::Year);
        assert_eq!(
            day("1978-01"),
            ("1978-01-01".to_string(), Granularity::Month)
        );
        assert_eq!(day("mars 2021").0, "2021-03-01");
        // a foreign month alone is not read: "Mars" is more often a name
        assert!(parse_date("Mars", p).is_none());
        assert!(parse_date("12.5", p).is_none() && parse_date("1.234.567", p).is_none());
    }

    #[test]
    fn calendar_round_trips() {
        for s in [
            "1970-01-01",
            "2000-02-29",
            "2021-01-10",
            "1899-12-31",
            "2024-12-31",
        ] {
            assert_eq!(d(s).to_string(), s);
        }
        assert_eq!(d("2021-01-10").weekday(), 6);
        assert_eq!(d("2023-03-20").weekday(), 0);
    }

    #[test]
    fn impossible_dates_are_errors() {
        assert!(matches!(
            "2021-02-30".parse::<Date>(),
            Err(DateError::NoSuchDay(..))
        ));
        assert!(matches!(
            "2021-13-01".parse::<Date>(),
            Err(DateError::NoSuchDay(..))
        ));
        assert!(matches!(
            "21-1-1".parse::<Date>(),
            Err(DateError::Format(..))
        ));
        assert!(matches!("".parse::<Date>(), Err(DateError::Format(..))));
        assert!("2020-02-29".parse::<Date>().is_ok());
        assert!("2021-02-29".parse::<Date>().is_err());
    }

    #[test]
    fn months_weeks_and_spans_back_from_publication() {
        let p = d("2022-09-07"); // a Wednesday
        let v = parse_date("last December", p).unwrap();
        assert_eq!((v.start, v.end), (d("2021-12-01"), d("2022-01-01")));
        let v = parse_date("last July", p).unwrap();
        assert_eq!((v.start, v.end), (d("2022-07-01"), d("2022-08-01")));
        // the month of publication itself is a year back
        let v = parse_date("last September", p).unwrap();
        assert_eq!(v.start, d("2021-09-01"));
        let v = parse_date("last week", p).unwrap();
        assert_eq!((v.start, v.end), (d("2022-08-29"), d("2022-09-05")));
        let v = parse_date("two years ago", p).unwrap();
        assert_eq!((v.start, v.end), (d("2020-01-01"), d("2021-01-01")));
        let v = parse_date("3 days ago", p).unwrap();
        assert_eq!((v.start, v.end), (d("2022-09-04"), d("2022-09-05")));
        let v = parse_date("two weeks ago", p).unwrap();
        assert_eq!((v.start, v.end), (d("2022-08-21"), d("2022-08-28")));
        let v = parse_date("a month ago", p).unwrap();
        assert_eq!(v.start, d("2022-08-01"));
        assert!(v.relative);
        assert!(parse_date("two apples ago", p).is_none());
    }

    #[test]
    fn written_dates() {
        let p = d("2021-01-11");
        let v = parse_date("March 2019", p).unwrap();
        assert_eq!((v.start, v.end), (d("2019-03-01"), d("2019-04-01")));
        let v = parse_date("early 2019", p).unwrap();
        assert_eq!((v.start, v.end), (d("2019-01-01"), d("2019-05-01")));
        let v = parse_date("in 2019", p).unwrap();
        assert_eq!((v.start, v.end), (d("2019-01-01"), d("2020-01-01")));
        assert_eq!(
            parse_date("10 January 2021", p).unwrap().start,
            d("2021-01-10")
        );
        assert_eq!(
            parse_date("January 10, 2021", p).unwrap().start,
            d("2021-01-10")
        );
        assert_eq!(parse_date("mid-2019", p).unwrap().start, d("2019-05-01"));
        let w = parse_date("winter 2021", p).unwrap();
        assert_eq!((w.start, w.end), (d("2021-12-01"), d("2022-03-01")));
    }

    #[test]
    fn relative_dates_resolve_against_publication() {
        let monday = d("2021-01-11");
        assert_eq!(
            parse_date("on Sunday", monday).unwrap().start,
            d("2021-01-10")
        );
        assert_eq!(parse_date("Monday", monday).unwrap().start, d("2021-01-11"));
        assert_eq!(
            parse_date("last Monday", monday).unwrap().start,
            d("2021-01-04")
        );
        assert_eq!(
            parse_date("last month", monday).unwrap().start,
            d("2020-12-01")
        );
        assert_eq!(
            parse_date("yesterday", monday).unwrap().start,
            d("2021-01-10")
        );
        assert!(parse_date("last year", monday).unwrap().relative);
    }

    #[test]
    fn overlap_and_gap() {
        let p = d("2021-01-11");
        let y2019 = parse_date("2019", p).unwrap();
        let march = parse_date("March 2019", p).unwrap();
        let y2020 = parse_date("last year", p).unwrap();
        assert!(y2019.overlaps(&march));
        assert!(!y2019.overlaps(&y2020));
        assert_eq!(y2019.gap_days(&march), 0);
        assert!(march.gap_days(&y2020) > 250);
    }

    #[test]
    fn a_month_alone_is_the_latest_one_up_to_publication() {
        let p = d("2021-01-11");
        assert_eq!(parse_date("in March", p).unwrap().start, d("2020-03-01"));
        assert_eq!(parse_date("January", p).unwrap().start, d("2021-01-01"));
    }

    #[test]
    fn publication_dates_to_the_month_or_year() {
        assert_eq!(d("2022").to_string(), "2022");
        assert_eq!(d("2022-06").last_day(), d("2022-06-30"));
        assert_eq!(d("2024").last_day(), d("2024-12-31"));
        assert!("2022-13".parse::<Date>().is_err());
        assert!("22-06".parse::<Date>().is_err());
        assert!("202a".parse::<Date>().is_err());
        let y = parse_date("last month", d("2022")).unwrap();
        assert_eq!((y.start, y.end), (d("2021-12-01"), d("2022-12-01")));
        // absolute dates are not widened
        let v = parse_date("March 2019", d("2022")).unwrap();
        assert_eq!((v.start, v.end), (d("2019-03-01"), d("2019-04-01")));
        // the text, as to_string() writes it, however wide the year
        for text in ["2022-06", "2021-01-10", "1999", "1900-03-04"] {
            assert_eq!(
                serde_json::to_string(&d(text)).unwrap(),
                format!("\"{text}\"")
            );
        }
        let far = d("2021-01-10").add_days(4_000_000);
        assert_eq!(serde_json::to_string(&far).unwrap(), format!("\"{far}\""));
        let json = serde_json::to_string(&d("2022-06")).unwrap();
        assert_eq!(json, "\"2022-06\"");
        assert_eq!(serde_json::from_str::<Date>(&json).unwrap(), d("2022-06"));
    }

    #[test]
    fn not_dates() {
        let p = d("2021-01-11");
        for s in ["nearly 72%", "71", "Nur Otan", "", "the 19th", "Marching"] {
            assert!(parse_date(s, p).is_none(), "{s}");
        }
    }
}
