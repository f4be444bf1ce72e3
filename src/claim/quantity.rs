//! Written numbers as intervals: precision from the digits, hedges, vague quantities,
//! ranges, scales and units.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};
use smallvec::SmallVec;
use smol_str::SmolStr;

use crate::normalize::lowercased;

/// How a hedge moves or widens the interval of the number it qualifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HedgeKind {
    /// Just below the number: `[x − step/2, x)` — a value that rounds to x but is less
    /// (nearly 72% is in [71.5, 72)).
    JustBelow,
    /// Just above: `(x, x + step/2]`.
    JustAbove,
    /// Above, by up to [`HedgeConstants::OPEN_SPAN`] of the number: `(x, x·1.5]`.
    Above,
    /// At least: `[x, x·1.5]`.
    AtLeast,
    /// Below, down to half the number: `[x·0.5, x)`.
    Below,
    /// At most: `[x·0.5, x]`.
    AtMost,
    /// Around: `x ± max(rounding, x·`[`HedgeConstants::ABOUT_SPAN`]`)`; for a
    /// percentage or percentage points the relative part is at most
    /// [`HedgeConstants::ABOUT_SPAN_POINTS`].
    About,
}

/// One hedge: the words and what they do.
#[derive(Debug, Clone, Copy)]
pub struct Hedge {
    /// The words, lowercase.
    pub words: &'static str,
    /// What they do to the interval.
    pub kind: HedgeKind,
}

const fn hedge(words: &'static str, kind: HedgeKind) -> Hedge {
    Hedge { words, kind }
}

use HedgeKind::*;

/// The hedge table: every word that moves or widens a number. Longest phrases are
/// matched first.
pub const HEDGES: &[Hedge] = &[
    hedge("just under", JustBelow),
    hedge("just below", JustBelow),
    hedge("slightly less than", JustBelow),
    hedge("a little under", JustBelow),
    hedge("not quite", JustBelow),
    hedge("nearly", JustBelow),
    hedge("almost", JustBelow),
    hedge("just over", JustAbove),
    hedge("just above", JustAbove),
    hedge("slightly more than", JustAbove),
    hedge("a little over", JustAbove),
    hedge("a little more than", JustAbove),
    hedge("a little less than", JustBelow),
    hedge("more than", Above),
    hedge("well over", Above),
    hedge("well above", Above),
    hedge(">", Above),
    hedge("over", Above),
    // a toll or a count that has gone past a figure
    hedge("passed", Above),
    hedge("passes", Above),
    hedge("past", Above),
    hedge("exceeded", Above),
    hedge("exceeds", Above),
    hedge("exceeding", Above),
    hedge("surpassed", Above),
    hedge("topped", Above),
    hedge("above", Above),
    hedge("upwards of", Above),
    hedge("in excess of", Above),
    hedge("at least", AtLeast),
    hedge("not less than", AtLeast),
    hedge("not fewer than", AtLeast),
    hedge("≥", AtLeast),
    hedge(">=", AtLeast),
    hedge("no fewer than", AtLeast),
    hedge("no less than", AtLeast),
    hedge("a minimum of", AtLeast),
    hedge("less than", Below),
    hedge("<", Below),
    hedge("fewer than", Below),
    hedge("under", Below),
    hedge("below", Below),
    hedge("up to", AtMost),
    hedge("not more than", AtMost),
    hedge("may reach", AtMost),
    hedge("could reach", AtMost),
    hedge("might reach", AtMost),
    hedge("as many as", AtMost),
    hedge("≤", AtMost),
    hedge("<=", AtMost),
    hedge("at most", AtMost),
    hedge("no more than", AtMost),
    hedge("a maximum of", AtMost),
    hedge("about", About),
    hedge("around", About),
    hedge("approximately", About),
    hedge("roughly", About),
    hedge("some", About),
    hedge("an estimated", About),
    hedge("estimated", About),
    hedge("close to", About),
    hedge("near", About),
    hedge("circa", About),
    hedge("c.", About),
    hedge("ca.", About),
    hedge("approx.", About),
    hedge("approx", About),
    hedge("est.", About),
    hedge("perhaps", About),
    hedge("possibly", About),
    hedge("more or less", About),
    hedge("~", About),
    hedge("≈", About),
];

/// Hedges written after the number they qualify, one documented table: "42,000 or
/// more" is at least 42,000, "40,000-plus" and "3.8 million+" too, "60 or so" about 60.
pub const TRAILING_HEDGES: &[Hedge] = &[
    hedge("or more", AtLeast),
    hedge("or over", AtLeast),
    hedge("or above", AtLeast),
    hedge("and above", AtLeast),
    hedge("and over", AtLeast),
    hedge("plus", AtLeast),
    hedge("+", AtLeast),
    hedge("or less", AtMost),
    hedge("or fewer", AtMost),
    hedge("or under", AtMost),
    hedge("or so", About),
    hedge("odd", Above),
];

/// The judgement constants of the hedge rules.
pub struct HedgeConstants;

impl HedgeConstants {
    /// How far above (or below) an open bound reaches, relative to the number: "more
    /// than 30" is read as (30, 45] (0.5).
    pub const OPEN_SPAN: f64 = 0.5;
    /// Half-width of "about x" relative to x, unless the rounding is wider (0.05).
    pub const ABOUT_SPAN: f64 = 0.05;
    /// Widest half-width of "about x" for a percentage or percentage points, unless
    /// the rounding is wider (1.0 point). A share is relative already: 5% of "about
    /// 84%" would be 4.2 points either side, wide enough to take in an exit poll's
    /// whole gap from the official count, while a writer who rounds 84.2% to "about
    /// 84%" is within half a point of it.
    pub const ABOUT_SPAN_POINTS: f64 = 1.0;
    /// Widest rounding read into a round integer, relative to it: 800,000 is read as
    /// 800,000 ± 40,000, not ± 50,000 (0.05).
    pub const ROUND_NUMBER_SPAN: f64 = 0.05;
    /// How many rounding steps below its number "nearly x" allows when the consensus
    /// weighs it (above, for "just over x"), where verdicts read the half step that
    /// rounds to x (1.0). The writer rounded towards x and does not say from how far
    /// within one step: a verdict shows "nearly 72%" against "71.2%" as worth a look,
    /// but the consensus should not count the one as evidence against the other.
    pub const NEAR_STEPS_IN_CONSENSUS: f64 = 1.0;
}

/// Vague quantities, one documented table: (words, low, high), both inclusive.
pub const VAGUE_QUANTITIES: &[(&str, f64, f64)] = &[
    ("a couple of", 2.0, 3.0),
    ("a couple", 2.0, 3.0),
    ("a handful of", 2.0, 6.0),
    ("a handful", 2.0, 6.0),
    ("a few", 3.0, 5.0),
    ("several dozen", 24.0, 108.0),
    ("a few dozen", 24.0, 60.0),
    ("a dozen", 10.0, 14.0),
    ("dozens of", 24.0, 144.0),
    ("dozens", 24.0, 144.0),
    ("several hundred", 200.0, 999.0),
    ("a few hundred", 200.0, 500.0),
    ("hundreds of thousands", 200_000.0, 999_999.0),
    ("hundreds of", 200.0, 999.0),
    ("hundreds", 200.0, 999.0),
    ("several thousand", 2_000.0, 9_999.0),
    ("tens of thousands", 20_000.0, 99_999.0),
    ("thousands of", 2_000.0, 9_999.0),
    ("thousands", 2_000.0, 9_999.0),
    ("millions of", 2_000_000.0, 9_999_999.0),
    ("millions", 2_000_000.0, 9_999_999.0),
    ("several", 3.0, 9.0),
];

/// Scale words: (word, factor). Decades scale years.
pub const SCALES: &[(&str, f64)] = &[
    ("decades", 10.0),
    ("decade", 10.0),
    ("thousand", 1e3),
    ("k", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("mln", 1e6),
    ("mn", 1e6),
    ("m", 1e6),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
    ("billion", 1e9),
    ("billions", 1e9),
    ("thousand million", 1e9),
    ("bn", 1e9),
    ("bln", 1e9),
    ("b", 1e9),
    ("trillion", 1e12),
    ("tn", 1e12),
    // German and other continental abbreviations and words
    ("mio", 1e6),
    ("mrd", 1e9),
    ("mld", 1e9),
    ("tsd", 1e3),
    ("millionen", 1e6),
    ("millones", 1e6),
    // Spanish writes a thousand million as "mil millones"
    ("mil millones", 1e9),
    ("miles de millones", 1e9),
    // Portuguese headlines: R$ 2 bi
    ("bi", 1e9),
    ("milioni", 1e6),
    ("milhões", 1e6),
    ("milhoes", 1e6),
    ("milliard", 1e9),
    ("milliards", 1e9),
    ("milliarde", 1e9),
    ("milliarden", 1e9),
    ("miliardi", 1e9),
    ("bilhões", 1e9),
    ("bilhoes", 1e9),
    // Russian, as figures copied from Russian-language sources keep them: тыс.,
    // млн, млрд and the words in full
    ("тыс", 1e3),
    ("тысяч", 1e3),
    ("тысячи", 1e3),
    ("млн", 1e6),
    ("миллион", 1e6),
    ("миллиона", 1e6),
    ("миллионов", 1e6),
    ("млрд", 1e9),
    ("миллиард", 1e9),
    ("миллиарда", 1e9),
    ("миллиардов", 1e9),
    ("трлн", 1e12),
];

/// Unit words and the unit they stand for, lowercase; counts with their nouns are in
/// [`COUNT_NOUNS`]. A unit that [`UNIT_CONVERSIONS`] names is converted to its base
/// unit before comparison. A unit in neither table is still read: it compares only
/// with the same unit, after normalization (case, spacing, a plural `s`).
pub const UNITS: &[(&str, &str)] = &[
    // shares
    ("%", "%"),
    ("percent", "%"),
    ("per cent", "%"),
    ("pct", "%"),
    ("percentage points", "pp"),
    ("percentage point", "pp"),
    ("points", "pp"),
    ("point", "pp"),
    ("pts", "pp"),
    ("pp", "pp"),
    ("basis points", "bp"),
    ("basis point", "bp"),
    ("bps", "bp"),
    ("bp", "bp"),
    // durations
    ("years", "years"),
    ("year", "years"),
    ("years old", "years"),
    ("year-old", "years"),
    ("yrs", "years"),
    ("months", "months"),
    ("month", "months"),
    ("weeks", "weeks"),
    ("week", "weeks"),
    ("days", "days"),
    ("day", "days"),
    ("hours", "hours"),
    ("hour", "hours"),
    // currencies: symbols and names; no exchange rates
    ("$", "USD"),
    ("us$", "USD"),
    ("usd", "USD"),
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("us dollars", "USD"),
    ("€", "EUR"),
    ("eur", "EUR"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("£", "GBP"),
    ("gbp", "GBP"),
    ("pounds", "GBP"),
    ("tenge", "KZT"),
    ("kzt", "KZT"),
    ("₸", "KZT"),
    ("roubles", "RUB"),
    ("rubles", "RUB"),
    ("rouble", "RUB"),
    ("ruble", "RUB"),
    ("rub", "RUB"),
    ("₽", "RUB"),
    ("lira", "TRY"),
    ("liras", "TRY"),
    ("turkish lira", "TRY"),
    ("try", "TRY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("cny", "CNY"),
    ("yen", "JPY"),
    ("jpy", "JPY"),
    ("hryvnia", "UAH"),
    ("hryvnias", "UAH"),
    ("hryvnas", "UAH"),
    ("uah", "UAH"),
    ("₴", "UAH"),
    ("lari", "GEL"),
    ("gel", "GEL"),
    ("₾", "GEL"),
    ("dram", "AMD"),
    ("drams", "AMD"),
    ("amd", "AMD"),
    ("₹", "INR"),
    ("inr", "INR"),
    ("swiss francs", "CHF"),
    ("chf", "CHF"),
    ("kgs", "KGS"),
    ("uzs", "UZS"),
    ("byn", "BYN"),
    // the other currencies the press reports in, by the names that name one currency
    // only (their ISO 4217 codes and signs are read by CURRENCY_PREFIXES, before or
    // after the figure)
    ("reais", "BRL"),
    ("naira", "NGN"),
    ("cedis", "GHS"),
    ("cedi", "GHS"),
    ("zloty", "PLN"),
    ("zlotys", "PLN"),
    ("złoty", "PLN"),
    ("złotys", "PLN"),
    ("dong", "VND"),
    ("taka", "BDT"),
    ("rials", "IRR"),
    ("rial", "IRR"),
    ("riyals", "SAR"),
    ("riyal", "SAR"),
    ("rupiah", "IDR"),
    ("ringgit", "MYR"),
    ("baht", "THB"),
    ("shekels", "ILS"),
    ("shekel", "ILS"),
    ("rand", "ZAR"),
    ("forints", "HUF"),
    ("forint", "HUF"),
    ("koruna", "CZK"),
    ("birr", "ETB"),
    ("pakistani rupees", "PKR"),
    ("nepalese rupees", "NPR"),
    ("indian rupees", "INR"),
    ("rupees", "INR"),
    ("rupee", "INR"),
    ("south korean won", "KRW"),
    ("canadian dollars", "CAD"),
    ("australian dollars", "AUD"),
    ("mexican pesos", "MXN"),
    ("colombian pesos", "COP"),
    ("argentine pesos", "ARS"),
    ("chilean pesos", "CLP"),
    ("philippine pesos", "PHP"),
    ("egyptian pounds", "EGP"),
    ("kenyan shillings", "KES"),
    ("ugandan shillings", "UGX"),
    ("tanzanian shillings", "TZS"),
    ("soles", "PEN"),
    // names several currencies share: a unit of their own, compared only with itself
    // (never read as a bare count)
    ("pesos", "peso"),
    ("peso", "peso"),
    ("dinars", "dinar"),
    ("dinar", "dinar"),
    ("shillings", "shilling"),
    ("shilling", "shilling"),
    ("francs", "franc"),
    ("franc", "franc"),
    ("dirhams", "dirham"),
    ("dirham", "dirham"),
    ("kronor", "krona"),
    ("kroner", "krona"),
    ("krona", "krona"),
    ("krone", "krona"),
    ("bolivianos", "BOB"),
    ("boliviano", "BOB"),
    // length
    ("km", "km"),
    ("kilometres", "km"),
    ("kilometers", "km"),
    ("kilometre", "km"),
    ("kilometer", "km"),
    ("miles", "mi"),
    ("mile", "mi"),
    ("mi", "mi"),
    ("metres", "metres"),
    ("meters", "metres"),
    ("metre", "metres"),
    ("meter", "metres"),
    ("m", "metres"),
    ("feet", "ft"),
    ("foot", "ft"),
    ("ft", "ft"),
    // small lengths (rainfall, a flood's depth): a dimension of their own, read in mm
    ("mm", "mm"),
    ("millimetres", "mm"),
    ("millimeters", "mm"),
    ("millimetre", "mm"),
    ("millimeter", "mm"),
    ("cm", "cm"),
    ("centimetres", "cm"),
    ("centimeters", "cm"),
    ("centimetre", "cm"),
    ("centimeter", "cm"),
    ("inches", "inches"),
    ("inch", "inches"),
    // speed
    ("km/h", "km/h"),
    ("km/hr", "km/h"),
    ("kph", "km/h"),
    ("kmh", "km/h"),
    ("kilometres per hour", "km/h"),
    ("kilometers per hour", "km/h"),
    ("mph", "mph"),
    ("miles per hour", "mph"),
    ("knots", "knots"),
    ("knot", "knots"),
    // temperature: no conversion (the scales do not share a zero), so °C compares
    // only with °C
    ("°c", "°C"),
    ("ºc", "°C"),
    ("degrees celsius", "°C"),
    ("degrees c", "°C"),
    ("celsius", "°C"),
    ("°f", "°F"),
    ("ºf", "°F"),
    ("degrees fahrenheit", "°F"),
    ("degrees f", "°F"),
    ("fahrenheit", "°F"),
    // area
    ("km²", "km²"),
    ("km2", "km²"),
    ("km^2", "km²"),
    ("square kilometre", "km²"),
    ("square kilometer", "km²"),
    ("m²", "m²"),
    ("m2", "m²"),
    ("square metres", "m²"),
    ("square meters", "m²"),
    ("sq km", "km²"),
    ("sq. km", "km²"),
    ("sqkm", "km²"),
    ("square kilometres", "km²"),
    ("square kilometers", "km²"),
    ("square km", "km²"),
    ("sq mi", "sq mi"),
    ("sq. mi", "sq mi"),
    ("sq miles", "sq mi"),
    ("square miles", "sq mi"),
    ("square mile", "sq mi"),
    ("ha", "ha"),
    ("hectares", "ha"),
    ("hectare", "ha"),
    ("acres", "acres"),
    ("acre", "acres"),
    // mass
    ("kg", "kg"),
    ("kilograms", "kg"),
    ("kilogrammes", "kg"),
    ("tonnes", "tonnes"),
    ("tonne", "tonnes"),
    ("metric tons", "tonnes"),
    // volume
    ("litres", "litres"),
    ("liters", "litres"),
    ("cubic metres", "m³"),
    ("cubic meters", "m³"),
    ("m³", "m³"),
    ("barrels", "barrels"),
];

/// The unit table: (unit, base unit, how many base units one unit is). Quantities are
/// converted to the base unit of their dimension before comparison: area to km²,
/// length to km, small lengths (rainfall) to mm, speeds to km/h, mass to kg, volume
/// to litres, durations to years. Temperatures are not converted. Currencies have no
/// entry: no exchange rates, so a currency compares only with itself. Percent (`%`)
/// and percentage points (`pp`) are different units and never compared.
pub const UNIT_CONVERSIONS: &[(&str, &str, f64)] = &[
    ("sq mi", "km²", 2.589_988_110_336),
    ("ha", "km²", 0.01),
    ("acres", "km²", 0.004_046_856_422_4),
    ("mi", "km", 1.609_344),
    ("metres", "km", 0.001),
    ("ft", "km", 0.000_304_8),
    ("bp", "pp", 0.01),
    ("cm", "mm", 10.0),
    ("inches", "mm", 25.4),
    ("mph", "km/h", 1.609_344),
    ("knots", "km/h", 1.852),
    ("m²", "km²", 0.000_001),
    ("tonnes", "kg", 1_000.0),
    ("m³", "litres", 1_000.0),
    ("months", "years", 1.0 / 12.0),
    ("weeks", "years", 7.0 / 365.2425),
    ("days", "years", 1.0 / 365.2425),
    ("hours", "years", 1.0 / (24.0 * 365.2425)),
];

/// Count nouns: a number followed by one of these, or with one as its unit, is a
/// plain count (people, residents, inhabitants, voters, seats …), compared with any
/// other count.
pub const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "person",
    "residents",
    "inhabitants",
    "citizens",
    "seats",
    "members",
    "votes",
    "voters",
    "ballots",
    "protesters",
    "demonstrators",
    "participants",
    "attendees",
    "detainees",
    "deputies",
    "candidates",
    "parties",
    "arrests",
    "detentions",
    "mandates",
    "cases",
    "deaths",
    "employees",
    "staff",
    "workers",
    "jobs",
    "count",
];

/// Number words.
pub(crate) const NUMBER_WORDS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("hundred", 100.0),
];

/// The value of a number written as one word of [`NUMBER_WORDS`] ("twelve" → 12).
pub(crate) fn number_word_value(word: &str) -> Option<f64> {
    NUMBER_WORDS.iter().find(|(w, _)| *w == word).map(|x| x.1)
}

/// A quantity as written: the interval of values it allows.
///
/// ```
/// use crosscheck::claim::Quantity;
/// let official = Quantity::parse("71%", None).unwrap();
/// assert_eq!((official.low, official.high), (70.5, 71.5));
/// let exit_poll = Quantity::parse("nearly 72 per cent", None).unwrap();
/// assert_eq!((exit_poll.low, exit_poll.high), (71.5, 72.0));
/// assert!(!official.overlaps(&exit_poll)); // 71.5 is excluded from the first
/// let q = Quantity::parse("19 million", None).unwrap();
/// assert_eq!((q.low, q.high), (18.5e6, 19.5e6));
/// assert!(Quantity::parse("several dozen", None).unwrap().overlaps(&Quantity::parse("more than 30", None).unwrap()));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The number as written, scaled (19 million → 19,000,000); for a vague quantity,
    /// the middle of its range.
    pub value: f64,
    /// Lowest value allowed.
    pub low: f64,
    /// Highest value allowed.
    pub high: f64,
    /// True when `low` itself is excluded.
    pub low_open: bool,
    /// True when `high` itself is excluded.
    pub high_open: bool,
    /// The unit: `%`, `pp`, `years`, a currency code, `km`, or empty for a count.
    pub unit: SmolStr,
    /// The hedge, if one was written (nearly, more than, about …).
    pub hedge: Option<HedgeKind>,
    /// True for vague quantities (dozens, several hundred) and ranges.
    pub vague: bool,
    /// True for a change (down 1.4 points, up 2%, +0.5 pp, or any value of a
    /// predicate that names a change): changes compare only with changes.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub change: bool,
    /// The unit as written, when it was converted to `unit` (sq mi → km²).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub converted_from: Option<SmolStr>,
}

impl Quantity {
    /// True when the number is exact as written or only rounded: no hedge, no vagueness.
    pub fn is_plain(&self) -> bool {
        self.hedge.is_none() && !self.vague
    }

    /// True when the intervals share a value.
    pub fn overlaps(&self, other: &Quantity) -> bool {
        let below =
            self.high < other.low || (self.high == other.low && (self.high_open || other.low_open));
        let above =
            other.high < self.low || (other.high == self.low && (other.high_open || self.low_open));
        !(below || above)
    }

    /// Distance between the intervals (0 when they overlap).
    pub fn gap(&self, other: &Quantity) -> f64 {
        if self.overlaps(other) {
            0.0
        } else if self.high <= other.low {
            other.low - self.high
        } else {
            self.low - other.high
        }
    }

    /// Reads a quantity written as text. `unit` comes from a separate unit field, if
    /// any; it may carry a scale word too ("USD m", "bn tenge"). Returns `None` when
    /// the text holds no number or vague quantity.
    ///
    /// Signs are read: "-1.4", "−1.4" (a minus sign), "minus 3". A change is read as a
    /// change ([`Quantity::change`]): "down 1.4 points", "up 2%", "a fall of 3 per
    /// cent", "+0.5 pp". Units after the number or before it (currency signs and codes)
    /// are read through [`UNITS`] and converted through [`UNIT_CONVERSIONS`].
    ///
    /// ```
    /// use crosscheck::claim::Quantity;
    /// let down = Quantity::parse("down 1.4 points", None).unwrap();
    /// assert_eq!((down.value, down.unit.as_str(), down.change), (-1.4, "pp", true));
    /// let minus = Quantity::parse("\u{2212}1.4", None).unwrap();
    /// assert_eq!((minus.value, minus.change), (-1.4, false));
    /// let area = Quantity::parse("1,000 sq mi", None).unwrap();
    /// assert_eq!(area.unit, "km²");
    /// assert!((area.value - 2589.988).abs() < 0.01);
    /// let money = Quantity::parse("RUB 35.2bn", None).unwrap();
    /// assert_eq!((money.value, money.unit.as_str()), (35.2e9, "RUB"));
    /// assert_eq!(Quantity::parse("43", Some("mln USD")).unwrap().value, 43e6);
    /// ```
    pub fn parse(text: &str, unit: Option<&str>) -> Option<Quantity> {
        let mut s = lowercased(text.trim());
        // most values hold none of these: one pass over the bytes rules them all out
        let may_rewrite = s.bytes().any(|b| b == b'p' || !b.is_ascii());
        for (from, to) in [
            ("percentage points", "pp"),
            ("percentage point", "pp"),
            ("per cent", "%"),
            ("percent", "%"),
            ("\u{a0}", " "),
            ("\u{202f}", " "),
            ("–", "-"),
            ("\u{2212}", "-"),
            ("\u{2019}", "'"),
        ] {
            if may_rewrite && s.contains(from) {
                s = Cow::Owned(s.replace(from, to));
            }
        }
        let mut rest: &str = &s;
        // "aged 54": the word says what the number is, not how precise it is
        if let Some(r) = rest.strip_prefix("aged ") {
            rest = r.trim_start();
        }
        let mut hedge = longest_entry(HEDGES, &HEDGE_STARTS, |h| h.words, rest).copied();
        if let Some(h) = hedge {
            rest = rest[h.words.len()..].trim_start();
        }
        // a change: down 1.4 points, rose by 2%, a fall of 3 per cent
        let mut direction: Option<f64> = None;
        if let Some(&(words, sign)) = longest_entry(CHANGE_WORDS, &CHANGE_STARTS, |c| c.0, rest) {
            direction = Some(sign);
            rest = rest[words.len()..].trim_start();
            if let Some(r) = rest.strip_prefix("by ") {
                rest = r.trim_start();
            }
            if hedge.is_none() {
                hedge = longest_entry(HEDGES, &HEDGE_STARTS, |h| h.words, rest).copied();
                if let Some(h) = hedge {
                    rest = rest[h.words.len()..].trim_start();
                }
            }
        }
        let (explicit_scale, explicit_unit) = match unit {
            Some(u) => {
                let (scale, u) = unit_field(u);
                (scale, Some(u))
            }
            None => (1.0, None),
        };
        if let Some(&(words, low, high)) =
            longest_entry(VAGUE_QUANTITIES, &VAGUE_STARTS, |v| v.0, rest)
        {
            let tail = rest[words.len()..].trim();
            return Some(finish(Quantity {
                value: (low + high) / 2.0,
                low,
                high,
                low_open: false,
                high_open: false,
                unit: explicit_unit.unwrap_or_else(|| unit_after(tail)),
                hedge: hedge.map(|h| h.kind),
                vague: true,
                change: direction.is_some(),
                converted_from: None,
            }));
        }
        // a range's opening word: between 53 and 54, from 10 to 12 (not after a verb of
        // change: "rose from 5% to 7%" gives two levels, not the change)
        if let Some(r) = rest.strip_prefix("between ").or_else(|| {
            direction
                .is_none()
                .then(|| rest.strip_prefix("from "))
                .flatten()
        }) {
            rest = r;
        }
        // a sign before a currency sign: -$9.1bn, as before a bare number
        let mut negative = false;
        if let Some(r) = rest.strip_prefix('-')
            && leading_currency(r).is_some()
        {
            negative = true;
            rest = r;
        }
        // a currency before the number is its unit: $5 million, €2bn, RUB 35.2bn
        let mut sign_unit = None;
        if let Some(&(words, currency)) = leading_currency(rest) {
            sign_unit = Some(SmolStr::new_static(currency));
            rest = rest[words.len()..].trim_start();
        }
        // a sign: -1.4, minus 3, +0.5 (an explicit plus is a change)
        if let Some(r) = rest.strip_prefix("minus ") {
            negative = true;
            rest = r.trim_start();
        } else if let Some(r) = rest.strip_prefix("plus ") {
            rest = r.trim_start();
        } else if let Some(r) = rest
            .strip_prefix('-')
            .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        {
            negative = true;
            rest = r;
        } else if let Some(r) = rest
            .strip_prefix('+')
            .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        {
            direction = direction.or(Some(1.0));
            rest = r;
        }
        if sign_unit.is_none()
            && let Some(&(words, currency)) = leading_currency(rest)
        {
            sign_unit = Some(SmolStr::new_static(currency));
            rest = rest[words.len()..].trim_start();
        }
        let sign = if negative { -1.0 } else { 1.0 } * direction.unwrap_or(1.0);
        let (mut first, after) = read_number(rest)?;
        first.value *= sign;
        let spaced = after.starts_with(char::is_whitespace);
        let after = after.trim_start();
        // a range: 53-54%, 53 to 54, between 53 and 54, 69 or 70, 1.5% to 1.75%
        let range_second = range_second(after, sign_unit.as_deref());
        // a number joined to its unit as an adjective: a six-year term, a 10-km queue
        let after = after
            .strip_prefix('-')
            .filter(|r| range_second.is_none() && r.starts_with(char::is_alphabetic))
            .unwrap_or(after);
        let (scale, after) = match range_second {
            Some((_, r)) => read_scale(r.trim_start()),
            // a lone letter apart from its figure is a unit, not a scale: 8,849 m is
            // metres, 8.8m (or $5 m) millions
            None if spaced && sign_unit.is_none() && is_lone_letter_scale(after) => (1.0, after),
            None => read_scale(after),
        };
        // a hedge written after the figure: 42,000 or more, 40,000-plus, 3.8 million+
        let (hedge, after) = match longest_entry(
            TRAILING_HEDGES,
            &TRAILING_HEDGE_STARTS,
            |h| h.words,
            after.trim_start().trim_start_matches('-'),
        ) {
            Some(h) if hedge.is_none() && range_second.is_none() => (
                Some(*h),
                after.trim_start().trim_start_matches('-')[h.words.len()..].trim_start(),
            ),
            _ => (hedge, after),
        };
        // a currency's code with its scale after the figure: "17.1 GHS bn", "445 NGNm"
        let (scale, coded) = match (scale == 1.0 && explicit_unit.is_none())
            .then(|| currency_with_scale(&lowercased(after.trim())))
            .flatten()
        {
            Some((f, currency)) => (f, Some(SmolStr::new_static(currency))),
            None => (scale, None),
        };
        let decades = scale == 10.0 && explicit_unit.is_none();
        let unit = if decades {
            SmolStr::new_static("years")
        } else {
            explicit_unit
                .or(coded)
                .or_else(|| {
                    let u = unit_after(after);
                    (!u.is_empty()).then_some(u)
                })
                .or(sign_unit)
                .unwrap_or_default()
        };
        let scale = scale * explicit_scale;
        let change = direction.is_some();
        if let Some((mut second, _)) = range_second {
            second.value *= sign;
            let share = unit == "%";
            let (a, b) = (first.rounded(scale, share), second.rounded(scale, share));
            let (lo, hi) = if a.0 <= b.0 { (a, b) } else { (b, a) };
            return Some(finish(Quantity {
                value: (lo.0 + hi.0) / 2.0,
                low: lo.0 - lo.1,
                high: hi.0 + hi.1,
                low_open: false,
                high_open: true,
                unit,
                hedge: hedge.map(|h| h.kind),
                vague: true,
                change,
                converted_from: None,
            }));
        }
        let (x, half) = first.rounded(scale, unit == "%");
        let mut q = apply_hedge(x, half, hedge.map(|h| h.kind), unit);
        q.change = change;
        Some(finish(q))
    }

    /// A quantity given as a bare number (a JSON number), with its written precision
    /// taken from its shortest decimal form. `unit` may carry a scale word ("USD m").
    ///
    /// ```
    /// use crosscheck::claim::Quantity;
    /// let q = Quantity::from_number(-1.4, Some("pp")).unwrap();
    /// assert_eq!((q.value, q.unit.as_str()), (-1.4, "pp"));
    /// assert_eq!(Quantity::from_number(2.7, Some("bn tenge")).unwrap().value, 2.7e9);
    /// assert!(Quantity::from_number(f64::NAN, None).is_none());
    /// ```
    pub fn from_number(x: f64, unit: Option<&str>) -> Option<Quantity> {
        if !x.is_finite() {
            return None;
        }
        let written = format!("{}", x.abs());
        let (mut n, _) = read_number(&written)?;
        if x < 0.0 {
            n.value = -n.value;
        }
        let (scale, unit) = match unit {
            Some(u) => unit_field(u),
            None => (1.0, SmolStr::default()),
        };
        let (x, half) = n.rounded(scale, unit == "%");
        Some(finish(apply_hedge(x, half, None, unit)))
    }

    /// True when the unit is one of the unit table's, a count, or a currency: a unit
    /// outside the table compares only with itself, and reports say so.
    pub fn unit_is_known(&self) -> bool {
        self.unit.is_empty()
            || is_currency(&self.unit)
            || UNITS.iter().any(|(_, u)| *u == self.unit)
    }
}

/// True for a unit [`UNITS`] writes as a currency: its ISO 4217 code (USD, KZT, TRY).
/// Amounts compare only within one currency: there are no exchange rates.
///
/// ```
/// use crosscheck::claim::{Quantity, is_currency};
/// assert!(is_currency(&Quantity::parse("1.6 trillion lira", None).unwrap().unit));
/// assert!(!is_currency(&Quantity::parse("12 km²", None).unwrap().unit));
/// ```
pub fn is_currency(unit: &str) -> bool {
    unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase())
}

/// Converts a quantity to the base unit of its dimension, by [`UNIT_CONVERSIONS`].
fn finish(mut q: Quantity) -> Quantity {
    if q.unit.is_empty() || q.unit == "%" {
        return q;
    }
    if let Some(&(from, base, factor)) = UNIT_CONVERSIONS.iter().find(|(u, _, _)| *u == q.unit) {
        q.value *= factor;
        q.low *= factor;
        q.high *= factor;
        q.unit = SmolStr::new_static(base);
        q.converted_from = Some(SmolStr::new_static(from));
    }
    q
}

/// Change words, one documented table: (words, direction). A value introduced by one
/// of them is a change, signed by its direction.
pub const CHANGE_WORDS: &[(&str, f64)] = &[
    // the arrows of tables and tickers
    ("▼", -1.0),
    ("▲", 1.0),
    ("↓", -1.0),
    ("↑", 1.0),
    ("down", -1.0),
    ("fell", -1.0),
    ("fall of", -1.0),
    ("a fall of", -1.0),
    ("dropped", -1.0),
    ("drop of", -1.0),
    ("a drop of", -1.0),
    ("declined", -1.0),
    ("a decline of", -1.0),
    ("decreased", -1.0),
    ("a decrease of", -1.0),
    ("lost", -1.0),
    ("a loss of", -1.0),
    ("shrank", -1.0),
    ("up", 1.0),
    ("rose", 1.0),
    ("a rise of", 1.0),
    ("rise of", 1.0),
    ("grew", 1.0),
    ("growth of", 1.0),
    ("gained", 1.0),
    ("a gain of", 1.0),
    ("increased", 1.0),
    ("an increase of", 1.0),
];

/// Currency signs and codes written before a number: (words, currency).
const CURRENCY_PREFIXES: &[(&str, &str)] = &[
    ("$", "USD"),
    ("us$", "USD"),
    ("usd", "USD"),
    ("€", "EUR"),
    ("eur", "EUR"),
    ("£", "GBP"),
    ("gbp", "GBP"),
    ("₸", "KZT"),
    ("kzt", "KZT"),
    ("₽", "RUB"),
    ("rub", "RUB"),
    ("try", "TRY"),
    ("cny", "CNY"),
    ("jpy", "JPY"),
    ("₴", "UAH"),
    ("uah", "UAH"),
    ("₾", "GEL"),
    ("gel", "GEL"),
    ("₹", "INR"),
    ("inr", "INR"),
    ("rs.", "INR"),
    ("rs", "INR"),
    ("chf", "CHF"),
    ("kgs", "KGS"),
    ("uzs", "UZS"),
    ("byn", "BYN"),
    // the other currencies the press reports in: ISO 4217 codes (those that are no
    // English word) and signs, read before or after the figure
    ("ars", "ARS"),
    ("aud", "AUD"),
    ("bdt", "BDT"),
    ("bgn", "BGN"),
    ("brl", "BRL"),
    ("cad", "CAD"),
    ("clp", "CLP"),
    ("cop", "COP"),
    ("czk", "CZK"),
    ("dkk", "DKK"),
    ("dzd", "DZD"),
    ("egp", "EGP"),
    ("etb", "ETB"),
    ("ghs", "GHS"),
    ("hkd", "HKD"),
    ("huf", "HUF"),
    ("idr", "IDR"),
    ("ils", "ILS"),
    ("iqd", "IQD"),
    ("irr", "IRR"),
    ("isk", "ISK"),
    ("jod", "JOD"),
    ("kes", "KES"),
    ("krw", "KRW"),
    ("kwd", "KWD"),
    ("lbp", "LBP"),
    ("lkr", "LKR"),
    ("mxn", "MXN"),
    ("myr", "MYR"),
    ("ngn", "NGN"),
    ("nok", "NOK"),
    ("npr", "NPR"),
    ("nzd", "NZD"),
    ("pen", "PEN"),
    ("php", "PHP"),
    ("pkr", "PKR"),
    ("pln", "PLN"),
    ("qar", "QAR"),
    ("ron", "RON"),
    ("rsd", "RSD"),
    ("sar", "SAR"),
    ("sek", "SEK"),
    ("sgd", "SGD"),
    ("thb", "THB"),
    ("tnd", "TND"),
    ("twd", "TWD"),
    ("tzs", "TZS"),
    ("ugx", "UGX"),
    ("ves", "VES"),
    ("vnd", "VND"),
    ("xaf", "XAF"),
    ("xof", "XOF"),
    ("zar", "ZAR"),
    ("zmw", "ZMW"),
    ("aed", "AED"),
    ("azn", "AZN"),
    ("mdl", "MDL"),
    ("tjs", "TJS"),
    ("tmt", "TMT"),
    ("mnt", "MNT"),
    ("afn", "AFN"),
    ("bhd", "BHD"),
    ("omr", "OMR"),
    ("lyd", "LYD"),
    ("sdg", "SDG"),
    ("syp", "SYP"),
    ("yer", "YER"),
    ("mmk", "MMK"),
    ("khr", "KHR"),
    ("lak", "LAK"),
    ("₫", "VND"),
    ("₦", "NGN"),
    ("gh₵", "GHS"),
    ("₵", "GHS"),
    ("r$", "BRL"),
    ("₱", "PHP"),
    ("₩", "KRW"),
    ("฿", "THB"),
    ("₪", "ILS"),
    ("₺", "TRY"),
    ("c$", "CAD"),
    ("a$", "AUD"),
    ("nz$", "NZD"),
    ("hk$", "HKD"),
    ("s$", "SGD"),
    ("mx$", "MXN"),
    ("rp", "IDR"),
    ("rm", "MYR"),
    ("tk", "BDT"),
    ("zł", "PLN"),
    // the rest of ISO 4217 (not "all", "top", "cup" and "mop": words before a number)
    ("amd", "AMD"),
    ("ang", "ANG"),
    ("aoa", "AOA"),
    ("awg", "AWG"),
    ("bam", "BAM"),
    ("bbd", "BBD"),
    ("bif", "BIF"),
    ("bmd", "BMD"),
    ("bnd", "BND"),
    ("bob", "BOB"),
    ("bsd", "BSD"),
    ("btn", "BTN"),
    ("bwp", "BWP"),
    ("bzd", "BZD"),
    ("cdf", "CDF"),
    ("crc", "CRC"),
    ("cve", "CVE"),
    ("djf", "DJF"),
    ("dop", "DOP"),
    ("ern", "ERN"),
    ("fjd", "FJD"),
    ("fkp", "FKP"),
    ("gip", "GIP"),
    ("gmd", "GMD"),
    ("gnf", "GNF"),
    ("gtq", "GTQ"),
    ("gyd", "GYD"),
    ("hnl", "HNL"),
    ("htg", "HTG"),
    ("jmd", "JMD"),
    ("kmf", "KMF"),
    ("kpw", "KPW"),
    ("kyd", "KYD"),
    ("lrd", "LRD"),
    ("lsl", "LSL"),
    ("mad", "MAD"),
    ("mga", "MGA"),
    ("mkd", "MKD"),
    ("mru", "MRU"),
    ("mur", "MUR"),
    ("mvr", "MVR"),
    ("mwk", "MWK"),
    ("mzn", "MZN"),
    ("nad", "NAD"),
    ("nio", "NIO"),
    ("pab", "PAB"),
    ("pgk", "PGK"),
    ("pyg", "PYG"),
    ("rwf", "RWF"),
    ("sbd", "SBD"),
    ("scr", "SCR"),
    ("shp", "SHP"),
    ("sle", "SLE"),
    ("sos", "SOS"),
    ("srd", "SRD"),
    ("ssp", "SSP"),
    ("stn", "STN"),
    ("svc", "SVC"),
    ("szl", "SZL"),
    ("ttd", "TTD"),
    ("uyu", "UYU"),
    ("vuv", "VUV"),
    ("wst", "WST"),
    ("xcd", "XCD"),
    ("xpf", "XPF"),
    ("zwl", "ZWL"),
    // signs that name one currency, as the press of its country writes them
    ("s/", "PEN"),
    ("s/.", "PEN"),
    ("bs", "BOB"),
    ("bs.", "BOB"),
    ("bs.s", "VES"),
    ("bs.d", "VES"),
    ("col$", "COP"),
    ("mex$", "MXN"),
    ("nt$", "TWD"),
    ("e£", "EGP"),
    ("ksh", "KES"),
    ("ksh.", "KES"),
    ("ush", "UGX"),
    ("tsh", "TZS"),
    ("rd$", "DOP"),
    ("j$", "JMD"),
    ("ar$", "ARS"),
    ("clp$", "CLP"),
    ("₲", "PYG"),
    ("₡", "CRC"),
    ("₮", "MNT"),
    ("৳", "BDT"),
    ("₨", "PKR"),
    // the IMF's special drawing rights
    ("sdr", "XDR"),
    ("xdr", "XDR"),
];

/// A unit field as [`read_unit_field`] reads it, remembered: a feed writes a few dozen
/// units over a million claims, and reading one searches several tables (the
/// currencies' prefixes among them) each time. The reading depends on the field alone.
fn unit_field(field: &str) -> (f64, SmolStr) {
    /// Distinct fields remembered: enough for any feed's units, few enough that a feed
    /// of all-different units holds little.
    const REMEMBERED: usize = 256;
    thread_local! {
        static READ: std::cell::RefCell<foldhash::HashMap<SmolStr, (f64, SmolStr)>> =
            std::cell::RefCell::new(foldhash::HashMap::default());
    }
    READ.with(|cell| {
        let Ok(mut read) = cell.try_borrow_mut() else {
            return read_unit_field(field);
        };
        if let Some(known) = read.get(field) {
            return known.clone();
        }
        let reading = read_unit_field(field);
        if read.len() < REMEMBERED {
            read.insert(SmolStr::new(field), reading.clone());
        }
        reading
    })
}

/// Reads a unit field: an optional scale word before or after the unit ("mln USD",
/// "USD m", "bn tenge"), then the unit by [`UNITS`] or [`COUNT_NOUNS`]; any other unit
/// is kept, normalized (case, spacing, a plural `s`).
fn read_unit_field(field: &str) -> (f64, SmolStr) {
    let field = field.trim();
    if field == "%" {
        return (1.0, SmolStr::new_static("%"));
    }
    let lower = lowercased(field);
    let mut text: &str = &lower;
    let mut scale = 1.0;
    if let Some(&(w, f)) = longest_entry(SCALES, &SCALE_STARTS, |s| s.0, text)
        && text.len() > w.len()
    {
        scale = f;
        text = text[w.len()..].trim_start();
    } else if let Some((head, last)) = text.rsplit_once(' ')
        && let Some(&(_, f)) = SCALES.iter().find(|(w, _)| *w == last)
    {
        scale = f;
        text = head.trim_end();
    }
    if scale == 1.0
        && let Some((f, currency)) = currency_with_scale(text)
    {
        return (f, SmolStr::new_static(currency));
    }
    let exact = UNITS
        .iter()
        .find(|(w, _)| *w == text)
        .or_else(|| currency_entry(text));
    if let Some(&(_, u)) = exact.or_else(|| {
        longest_entry(UNITS, &UNIT_STARTS, |u| u.0, text).filter(|e| e.0.len() == text.len())
    }) {
        return (scale, SmolStr::new_static(u));
    }
    if is_count_noun(text) {
        return (scale, SmolStr::default());
    }
    if let Some(&(_, u)) = longest_entry(UNITS, &UNIT_STARTS, |u| u.0, text) {
        return (scale, SmolStr::new_static(u));
    }
    (scale, normalize_unit(text))
}

/// A currency and a scale written as one word, as accounts head their columns: "€m",
/// "$bn", "usdm" (the scale after), "meur", "tsd eur" (before).
fn currency_with_scale(text: &str) -> Option<(f64, &'static str)> {
    let scale = |t: &str| {
        SCALES
            .iter()
            .find(|(s, f)| *s == t && *f > 10.0)
            .map(|s| s.1)
    };
    let after = CURRENCY_PREFIXES
        .iter()
        .filter(|(w, _)| text.starts_with(w))
        .max_by_key(|(w, _)| w.len())
        .and_then(|&(w, currency)| Some((scale(text[w.len()..].trim_start())?, currency)));
    if after.is_some() {
        return after;
    }
    SCALES
        .iter()
        .filter(|(s, f)| *f > 10.0 && text.starts_with(s))
        .find_map(|&(s, f)| Some((f, currency_entry(text[s.len()..].trim_start())?.1)))
}

/// A unit outside the tables, normalized: lowercase, single spaces, no plural `s`.
fn normalize_unit(text: &str) -> SmolStr {
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    let singular = match joined.strip_suffix('s') {
        Some(stem) if stem.len() >= 3 && !stem.ends_with('s') => stem,
        _ => joined.as_str(),
    };
    SmolStr::new(singular)
}

fn apply_hedge(x: f64, half: f64, hedge: Option<HedgeKind>, unit: SmolStr) -> Quantity {
    let span = |f: f64| (x.abs() * f).max(half);
    let (low, high, low_open, high_open) = match hedge {
        None => (x - half, x + half, false, true),
        Some(JustBelow) => (x - half, x, false, true),
        Some(JustAbove) => (x, x + half, true, false),
        Some(Above) => (x, x + span(HedgeConstants::OPEN_SPAN), true, false),
        Some(AtLeast) => (x, x + span(HedgeConstants::OPEN_SPAN), false, false),
        Some(Below) => (x - span(HedgeConstants::OPEN_SPAN), x, false, true),
        Some(AtMost) => (x - span(HedgeConstants::OPEN_SPAN), x, false, false),
        Some(About) => {
            let mut w = span(HedgeConstants::ABOUT_SPAN);
            if matches!(unit.as_str(), "%" | "pp") {
                w = w.min(HedgeConstants::ABOUT_SPAN_POINTS).max(half);
            }
            (x - w, x + w, false, false)
        }
    };
    Quantity {
        value: x,
        low,
        high,
        low_open,
        high_open,
        unit,
        hedge,
        vague: false,
        change: false,
        converted_from: None,
    }
}

/// Marks the first byte of every entry of a table.
macro_rules! first_bytes {
    ($table:expr, $entry:ident => $words:expr) => {{
        let mut mask = [false; 256];
        let mut i = 0;
        while i < $table.len() {
            let $entry = &$table[i];
            mask[$words.as_bytes()[0] as usize] = true;
            i += 1;
        }
        mask
    }};
}

const HEDGE_STARTS: [bool; 256] = first_bytes!(HEDGES, e => e.words);
const VAGUE_STARTS: [bool; 256] = first_bytes!(VAGUE_QUANTITIES, e => e.0);
const SCALE_STARTS: [bool; 256] = first_bytes!(SCALES, e => e.0);
const UNIT_STARTS: [bool; 256] = first_bytes!(UNITS, e => e.0);
const CHANGE_STARTS: [bool; 256] = first_bytes!(CHANGE_WORDS, e => e.0);
const TRAILING_HEDGE_STARTS: [bool; 256] = first_bytes!(TRAILING_HEDGES, e => e.words);
const CURRENCY_STARTS: [bool; 256] = first_bytes!(CURRENCY_PREFIXES, e => e.0);

/// The longest entry of `table` that starts `text` as whole words. `starts` marks the
/// first bytes of the entries: every value is read against four tables, and most
/// begin with a digit that no entry begins with.
fn longest_entry<'t, T>(
    table: &'t [T],
    starts: &[bool; 256],
    words: impl Fn(&T) -> &str,
    text: &str,
) -> Option<&'t T> {
    let first = *text.as_bytes().first()?;
    if !starts[usize::from(first)] {
        return None;
    }
    table
        .iter()
        .filter(|e| starts_with_word(text, words(e)))
        .max_by_key(|e| words(e).len())
}

/// The currency sign or code that opens `text`: as [`longest_entry`], except that a
/// code may touch the figure after it ("Rs999", "KSh1,200", "USD500").
fn leading_currency(text: &str) -> Option<&'static (&'static str, &'static str)> {
    longest_entry(CURRENCY_PREFIXES, &CURRENCY_STARTS, |c| c.0, text).or_else(|| {
        let letters = text.find(|c: char| !c.is_alphabetic())?;
        let (code, rest) = text.split_at(letters);
        rest.starts_with(|c: char| c.is_ascii_digit())
            .then(|| currency_entry(code))
            .flatten()
    })
}

/// The [`CURRENCY_PREFIXES`] entry written exactly `text` ("usd", "ksh").
fn currency_entry(text: &str) -> Option<&'static (&'static str, &'static str)> {
    CURRENCY_PREFIXES.iter().find(|c| c.0 == text)
}

#[inline(always)]
fn starts_with_word(text: &str, words: &str) -> bool {
    // tables are scanned whole for every value: the first byte, compared in line,
    // turns away most entries without a call
    text.as_bytes().first() == words.as_bytes().first() && starts_with_word_slow(text, words)
}

fn starts_with_word_slow(text: &str, words: &str) -> bool {
    text.starts_with(words)
        && text[words.len()..]
            .chars()
            .next()
            // an entry ending in a sign ($, ~, us$) may touch the number it precedes
            .is_none_or(|c| !c.is_alphanumeric() || !words.ends_with(char::is_alphanumeric))
}

/// A number as written: its value and the place of its last significant digit.
#[derive(Debug, Clone, Copy)]
struct WrittenNumber {
    value: f64,
    /// Half the unit of the last written digit: 0.05 for 71.1, 0.5 for 71.
    half: f64,
    /// Trailing zeros of an integer (800,000 has 5).
    trailing_zeros: u32,
}

impl WrittenNumber {
    /// The value and its half-width once scaled, reading trailing zeros as rounding.
    fn rounded(self, scale: f64, share: bool) -> (f64, f64) {
        let x = self.value * scale;
        let mut half = self.half * scale;
        // a share's trailing zero is a digit (80% is 79.5–80.5); a count's may be rounding
        if self.trailing_zeros > 0 && !share {
            let place = 0.5 * 10f64.powi(self.trailing_zeros as i32) * scale;
            half = half.max(place.min(x.abs() * HedgeConstants::ROUND_NUMBER_SPAN));
        }
        (x, half)
    }
}

/// The power of ten of a number written in scientific notation, when `text` (what
/// follows its mantissa) opens with one ("e+07", "E-3"), and how many bytes it takes.
fn exponent_at(text: &str) -> Option<(i32, usize)> {
    let bytes = text.as_bytes();
    if !matches!(bytes.first(), Some(b'e' | b'E')) {
        return None;
    }
    let signed = usize::from(matches!(bytes.get(1), Some(b'+' | b'-')));
    let digits = bytes[1 + signed..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let end = 1 + signed + digits;
    if !(1..=3).contains(&digits) || bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let exponent: i32 = text[1..end].parse().ok()?;
    Some((exponent, end))
}

/// Reads a number at the start of `text`: digits with thousands separators (800,000;
/// 800 000) and a decimal point, or a number word. Returns the rest of the text.
fn read_number(text: &str) -> Option<(WrittenNumber, &str)> {
    let t = text.trim_start_matches(['$', '~']);
    let bytes = t.as_bytes();
    if bytes.first().is_some_and(|b| b.is_ascii_digit()) {
        // the digits without separators, on the stack up to a length no written figure
        // reaches: every value is read this way
        let mut digits: SmallVec<[u8; 64]> = SmallVec::new();
        let mut i = 0;
        let mut decimals: Option<u32> = None;
        let mut point_groups = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_digit() {
                digits.push(b);
                if let Some(d) = decimals.as_mut() {
                    *d += 1;
                }
                i += 1;
            } else if matches!(b, b',' | b' ' | b'\'')
                && decimals.is_none()
                && bytes.len() >= i + 4
                && bytes[i + 1..i + 4].iter().all(u8::is_ascii_digit)
                && bytes.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
            {
                i += 1; // a thousands separator (the apostrophe is Swiss)
            } else if b == b','
                && decimals.is_none()
                && !digits.is_empty()
                && bytes.len() >= i + 4
                && bytes[i + 1..i + 3].iter().all(u8::is_ascii_digit)
                && bytes[i + 3] == b','
            {
                i += 1; // Indian grouping in twos before the last three: 1,24,42,373
            } else if b == b'.'
                && decimals.is_none()
                && (point_groups > 0 || ((1..=3).contains(&digits.len()) && digits[0] != b'0'))
                && bytes.len() >= i + 4
                && bytes[i + 1..i + 4].iter().all(u8::is_ascii_digit)
                && bytes.get(i + 4).is_none_or(|c| {
                    // a comma after the group is a decimal comma when a digit follows
                    // (1.234,5), a list's comma otherwise
                    !c.is_ascii_digit()
                        && (*c != b',' || bytes.get(i + 5).is_some_and(u8::is_ascii_digit))
                })
                && read_scale(&t[i + 4..]).0 == 1.0
                && exponent_at(&t[i + 4..]).is_none()
            {
                // a point before exactly three digits, with no scale word after, groups
                // thousands (German style: 37.200, 1.234.500); 1.125 million is a decimal
                point_groups += 1;
                i += 1;
            } else if (b == b'.' || b == b',')
                && decimals.is_none()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
            {
                digits.push(b'.');
                decimals = Some(0);
                i += 1;
            } else {
                break;
            }
        }
        // ASCII digits and a point only
        let digits = std::str::from_utf8(&digits).ok()?;
        let value: f64 = digits.parse().ok()?;
        let (half, trailing_zeros) = match decimals {
            Some(d) => (0.5 * 10f64.powi(-(d as i32)), 0),
            None => {
                let zeros = digits.bytes().rev().take_while(|&b| b == b'0').count() as u32;
                let zeros = if value == 0.0 { 0 } else { zeros };
                (0.5, zeros)
            }
        };
        // scientific notation, as spreadsheets export large figures: 1.30E+07 is
        // 13,000,000 to the mantissa's last digit
        if let Some((exponent, len)) = exponent_at(&t[i..]) {
            let scale = 10f64.powi(exponent);
            return Some((
                WrittenNumber {
                    value: value * scale,
                    half: half * scale,
                    trailing_zeros: 0,
                },
                &t[i + len..],
            ));
        }
        return Some((
            WrittenNumber {
                value,
                half,
                trailing_zeros,
            },
            &t[i..],
        ));
    }
    let word_end = t
        .find(|c: char| !c.is_alphabetic() && c != '-')
        .unwrap_or(t.len());
    let word = &t[..word_end];
    // number words joined by hyphens (twenty-five), up to a word that is not one (the
    // unit of "a six-year term")
    let (mut value, mut end, mut offset) = (0.0, None, 0);
    for part in word.split('-') {
        let Some(v) = number_word_value(part) else {
            break;
        };
        value += v;
        end = Some(offset + part.len());
        offset += part.len() + 1;
    }
    Some((
        WrittenNumber {
            value,
            half: 0.5,
            trailing_zeros: 0,
        },
        &t[end?..],
    ))
}

/// The words between the two figures of a range: "53-54", "53–54", "53 to 54",
/// "between 53 and 54", "69 or 70" (of two adjacent counts, either is meant).
const RANGE_SEPARATORS: &[&str] = &["-", "\u{2013}", "to ", "and ", "or "];

/// The second figure of a range and what follows it, given the text after the first
/// figure. The unit or scale may be written after both figures ("1.5% to 1.75%",
/// "2 million to 3 million", "$2bn-$3bn") when the second repeats it, and a currency
/// sign before both (`currency`, the one read before the first).
fn range_second<'t>(after: &'t str, currency: Option<&str>) -> Option<(WrittenNumber, &'t str)> {
    let second = |text: &'t str| {
        let rest = RANGE_SEPARATORS
            .iter()
            .find_map(|s| text.strip_prefix(s))?
            .trim_start();
        let rest = match longest_entry(CURRENCY_PREFIXES, &CURRENCY_STARTS, |c| c.0, rest) {
            Some(&(words, c)) if Some(c) == currency => rest[words.len()..].trim_start(),
            _ => rest,
        };
        read_number(rest)
    };
    if let Some(found) = second(after) {
        return Some(found);
    }
    if let Some(r) = after.strip_prefix('%') {
        let (n, rest) = second(r.trim_start())?;
        return rest.trim_start().starts_with('%').then_some((n, rest));
    }
    let (scale, r) = read_scale(after);
    if scale != 1.0 {
        let (n, rest) = second(r.trim_start())?;
        return (read_scale(rest).0 == scale).then_some((n, rest));
    }
    None
}

fn read_scale(text: &str) -> (f64, &str) {
    let t = text.trim_start();
    longest_entry(SCALES, &SCALE_STARTS, |s| s.0, t)
        // an abbreviation's point is not part of what follows (3,8 Mio. €)
        .map(|&(w, f)| (f, t[w.len()..].strip_prefix('.').unwrap_or(&t[w.len()..])))
        .unwrap_or((1.0, text))
}

/// True when the text opens with a scale of one letter ("m", "b", "k") standing alone.
fn is_lone_letter_scale(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(chars.next(), Some('m' | 'M' | 'b' | 'B' | 'k' | 'K'))
        && chars.next().is_none_or(|c| !c.is_alphanumeric())
}

/// The unit named by the words after a number: a unit of [`UNITS`], or a count.
fn unit_after(after: &str) -> SmolStr {
    let s = lowercased(after.trim());
    // the preposition of a scale word in French, Spanish and Portuguese: 279 milliards
    // d'euros, 3 millones de dólares
    let s = s
        .strip_prefix("d'")
        .or_else(|| s.strip_prefix("de "))
        .unwrap_or(&s);
    longest_entry(UNITS, &UNIT_STARTS, |u| u.0, s)
        .or_else(|| longest_entry(CURRENCY_PREFIXES, &CURRENCY_STARTS, |c| c.0, s))
        .map(|&(_, u)| SmolStr::new_static(u))
        .unwrap_or_default()
}

/// Count nouns stand for a plain count: people, seats, members, votes …
fn is_count_noun(word: &str) -> bool {
    let w = word.trim();
    w.is_empty() || COUNT_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(w))
}

/// Whether a unit given in a claim's `unit` field is one of crosscheck's tables: a
/// unit of [`UNITS`] (with a scale word or not) or a count noun of [`COUNT_NOUNS`].
/// Any other unit is still read, and compares only with the same unit.
///
/// ```
/// use crosscheck::claim::is_known_unit;
/// assert!(is_known_unit("per cent") && is_known_unit("seats") && is_known_unit("USD"));
/// assert!(is_known_unit("km²") && is_known_unit("bn tenge") && is_known_unit("staff"));
/// assert!(!is_known_unit("furlongs"));
/// ```
pub fn is_known_unit(unit: &str) -> bool {
    let (_, u) = unit_field(unit);
    u.is_empty() || is_currency(&u) || UNITS.iter().any(|(_, known)| *known == u)
}

/// Words that name a value that is not a finite number: NaN, infinity.
pub(crate) fn names_non_finite(text: &str) -> bool {
    // "NaN" alone is how data frames write a missing value: a placeholder, not a number
    if super::is_empty_value(text) {
        return false;
    }
    let t = text.trim().trim_start_matches(['+', '-']);
    // every value is checked: compare without building a lowercase copy
    t == "∞"
        || ["nan", "inf", "infinity"]
            .iter()
            .any(|w| t.eq_ignore_ascii_case(w))
}

/// Writes a number to four decimals at most, without trailing zeros, and millions
/// as "19 million".
pub(crate) fn write_number(f: &mut impl fmt::Write, x: f64) -> fmt::Result {
    if x.abs() >= 1e6 && (x / 1e5).fract() == 0.0 {
        // a whole number of tenths of a million: the short path writes it exactly
        write_number(f, x / 1e6)?;
        return f.write_str(" million");
    }
    let scaled = (x * 1e4).round();
    // beyond 1e15 (or not finite) the integer path would overflow: the formatter's way
    if !scaled.is_finite() || scaled.abs() >= 1e15 {
        let rounded = scaled / 1e4;
        return write!(f, "{}", if rounded == 0.0 { 0.0 } else { rounded });
    }
    // four decimals at most, written as integers into a buffer: reports write millions
    // of these, and the formatter's machinery would dominate
    let scaled = scaled as i64;
    let (mut whole, mut fraction) = (
        scaled.unsigned_abs() / 10_000,
        scaled.unsigned_abs() % 10_000,
    );
    // a sign, fifteen digits at most, a point and four decimals
    let mut buf = [0u8; 24];
    let mut start = 19;
    let mut end = 19;
    if fraction != 0 {
        let mut decimals = 4;
        while fraction % 10 == 0 {
            fraction /= 10;
            decimals -= 1;
        }
        end = 20 + decimals;
        for slot in buf[20..end].iter_mut().rev() {
            *slot = b'0' + (fraction % 10) as u8;
            fraction /= 10;
        }
        buf[19] = b'.';
    }
    loop {
        start -= 1;
        buf[start] = b'0' + (whole % 10) as u8;
        whole /= 10;
        if whole == 0 {
            break;
        }
    }
    if scaled < 0 {
        start -= 1;
        buf[start] = b'-';
    }
    // digits, a point and a sign only
    f.write_str(std::str::from_utf8(&buf[start..end]).map_err(|_| fmt::Error)?)
}

impl Quantity {
    /// Writes the value with its unit, then the interval read from it, to any writer:
    /// reports describe a million values, and a formatter per value would dominate.
    pub(crate) fn write_to(&self, f: &mut impl fmt::Write) -> fmt::Result {
        if self.change && self.value > 0.0 {
            f.write_str("+")?;
        }
        write_number(f, self.value)?;
        match self.unit.as_str() {
            "" => {}
            "%" => f.write_str("%")?,
            u => {
                f.write_str(" ")?;
                f.write_str(u)?;
            }
        }
        if self.change {
            f.write_str(" change")?;
        }
        f.write_str(if self.low_open { ", (" } else { ", [" })?;
        write_number(f, self.low)?;
        f.write_str(", ")?;
        write_number(f, self.high)?;
        f.write_str(if self.high_open { ")" } else { "]" })?;
        if let Some(from) = &self.converted_from {
            f.write_str(" converted from ")?;
            f.write_str(from)?;
        }
        Ok(())
    }
}

impl fmt::Display for Quantity {
    /// The value with its unit, then the interval read from it: `71%, [70.5, 71.5)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> Quantity {
        Quantity::parse(s, None).unwrap_or_else(|| panic!("{s}"))
    }

    #[test]
    fn numbers_longer_than_the_stack_buffer_are_read_whole() {
        let long = "1".repeat(60);
        let q = Quantity::parse(&long, None).unwrap();
        assert!((q.value / 1.111_111e59 - 1.0).abs() < 1e-6, "{}", q.value);
        let q = Quantity::parse(&format!("{}.25%", "2".repeat(50)), None).unwrap();
        assert!((q.value / 2.222_222e49 - 1.0).abs() < 1e-6, "{}", q.value);
        assert_eq!(q.unit, "%");
    }

    #[test]
    fn numbers_are_written_to_four_decimals_without_trailing_zeros() {
        let shown = |x: f64| {
            let q = Quantity {
                value: x,
                low: x,
                high: x,
                low_open: false,
                high_open: false,
                unit: SmolStr::default(),
                hedge: None,
                vague: false,
                change: false,
                converted_from: None,
            };
            q.to_string().split(", ").next().unwrap().to_string()
        };
        assert_eq!(shown(71.15), "71.15");
        assert_eq!(shown(-2.5), "-2.5");
        assert_eq!(shown(-0.5), "-0.5");
        assert_eq!(shown(0.00005), "0.0001");
        assert_eq!(shown(800000.0), "800000");
        assert_eq!(shown(19e6), "19 million");
        assert_eq!(shown(1_234_567.891), "1234567.891");
        assert_eq!(shown(123_456_789_012.5), "123456789012.5");
    }

    #[test]
    fn units_signs_and_separators_of_other_writers() {
        assert_eq!(q("USD 1.200.000").value, 1_200_000.0);
        assert_eq!(q("37.200 people").value, 37_200.0);
        assert_eq!(q("1.125 million").value, 1_125_000.0);
        assert_eq!(q("71.1%").value, 71.1);
        let p = q("+3.9 percentage points");
        assert_eq!((p.value, p.unit.as_str(), p.change), (3.9, "pp", true));
        let f = q("a fall of 3 per cent");
        assert_eq!((f.value, f.unit.as_str(), f.change), (-3.0, "%", true));
        assert_eq!(q("minus 3").value, -3.0);
        assert_eq!(q("-1.4").value, -1.4);
        let a = q("2,724,900 km2");
        assert_eq!((a.value, a.unit.as_str()), (2_724_900.0, "km²"));
        let h = q("250 ha");
        assert_eq!((h.value, h.unit.as_str()), (2.5, "km²"));
        assert_eq!(q("$0.5bn").value, 0.5e9);
        assert_eq!(q("2bn tenge").unit, "KZT");
        assert_eq!(q("US$9.57 billion").unit, "USD");
        // scale words of figures copied from Russian or German sources
        assert_eq!(q("18,9 млн").value, 18.9e6);
        assert_eq!(q("2,5 млрд тенге").value, 2.5e9);
        assert_eq!(q("350 тыс. человек").value, 350e3);
        assert_eq!(q("4,2 Mio.").value, 4.2e6);
        assert_eq!(q("aged 54").value, 54.0);
        assert_eq!(
            Quantity::from_number(5.0, Some("Furlongs")).unwrap().unit,
            "furlong"
        );
    }

    #[test]
    fn currency_signs_are_units() {
        let q = q("nearly $5 million");
        assert_eq!((q.unit.as_str(), q.value), ("USD", 5e6));
        assert_eq!(super::Quantity::parse("€2bn", None).unwrap().unit, "EUR");
        // the other currencies, by code, sign or name, with a scale after the code
        for (text, value, unit) in [
            ("17.1 GHS bn", 17.1e9, "GHS"),
            ("445 NGNm", 445e6, "NGN"),
            ("₦445 million", 445e6, "NGN"),
            ("445 million naira", 445e6, "NGN"),
            ("R$3.53bn", 3.53e9, "BRL"),
            ("3,500,000,000 reais", 3.5e9, "BRL"),
            ("5,460 bn ₫", 5.46e12, "VND"),
            ("PLN 4,600,000", 4.6e6, "PLN"),
            // a code touching its figure, and the signs of the country's own press
            ("Rs999 bn", 999e9, "INR"),
            ("KSh1,200 million", 1.2e9, "KES"),
            ("S/ 2.2 million", 2.2e6, "PEN"),
            ("Bs 45,700,000,000", 45.7e9, "BOB"),
            ("NT$99 million", 99e6, "TWD"),
            ("E£99mn", 99e6, "EGP"),
            ("Col$9.99 bn", 9.99e9, "COP"),
            ("MAD 99m", 99e6, "MAD"),
            // scales of other styles and languages
            ("USD 5 bln", 5e9, "USD"),
            ("$2 thousand million", 2e9, "USD"),
            ("COP 1900 mil millones", 1.9e12, "COP"),
            // a name several currencies share is a unit of its own
            ("1900 bn pesos", 1.9e12, "peso"),
            // rainfall, speeds and temperatures
            ("414 millimetres", 414.0, "mm"),
            ("16.3 inches", 414.02, "mm"),
            ("about 120 km/h", 120.0, "km/h"),
            ("75 mph", 120.7008, "km/h"),
            ("65 knots", 120.38, "km/h"),
            ("48.8°C", 48.8, "°C"),
            ("120 degrees Fahrenheit", 120.0, "°F"),
            // spreadsheet exports and central banks
            ("1.30E+07", 1.3e7, ""),
            ("2.5e-3 km", 2.5e-3, "km"),
            ("50 basis points", 0.5, "pp"),
            ("25 bps", 0.25, "pp"),
        ] {
            let q = super::Quantity::parse(text, None).unwrap();
            assert!(
                (q.value - value).abs() < 1e-6 * value,
                "{text}: {}",
                q.value
            );
            assert_eq!(q.unit.as_str(), unit, "{text}");
        }
        // the currencies of other outlets' stories, by name, code or sign
        for (written, unit, value) in [
            ("1.6 trillion lira", "TRY", 1.6e12),
            ("TRY 250bn", "TRY", 250e9),
            ("3.5 billion hryvnias", "UAH", 3.5e9),
            ("₴40 million", "UAH", 40e6),
            ("12 million lari", "GEL", 12e6),
            ("₹500 crore", "INR", 5e9),
            ("20 billion yuan", "CNY", 20e9),
        ] {
            let Some(x) = super::Quantity::parse(written, None) else {
                panic!("{written} not read");
            };
            assert_eq!((x.unit.as_str(), x.value), (unit, value), "{written}");
        }
    }

    #[test]
    fn precision_from_digits() {
        let x = q("71.1%");
        assert!((x.low - 71.05).abs() < 1e-9 && (x.high - 71.15).abs() < 1e-9);
        let x = q("63.1 percent");
        assert!((x.low - 63.05).abs() < 1e-9 && (x.high - 63.15).abs() < 1e-9);
        assert_eq!(x.unit, "%");
        let m = q("800,000 members");
        assert_eq!((m.low, m.high), (760_000.0, 840_000.0));
        let m = q("800 000");
        assert_eq!(m.value, 800_000.0);
        assert_eq!(q("1.5bn").value, 1.5e9);
        assert_eq!(q("19m").value, 19e6);
    }

    #[test]
    fn hedges() {
        let n = q("nearly 72%");
        assert_eq!((n.low, n.high, n.high_open), (71.5, 72.0, true));
        let j = q("just under 19 million");
        assert_eq!((j.low, j.high), (18.5e6, 19e6));
        let m = q("more than 30");
        assert_eq!((m.low, m.low_open, m.high), (30.0, true, 45.0));
        let a = q("about 30 percent");
        assert_eq!((a.low, a.high), (29.0, 31.0));
        // a share's span is capped in points; a count's stays relative
        let a = q("about 84.2%");
        assert!((a.low - 83.2).abs() < 1e-9 && (a.high - 85.2).abs() < 1e-9);
        let a = q("about 3%");
        assert_eq!((a.low, a.high), (2.5, 3.5));
        let a = q("about 300 people");
        assert_eq!((a.low, a.high), (285.0, 315.0));
        assert_eq!(q("some 75.5 percent").hedge, Some(HedgeKind::About));
        assert_eq!(q("up to 100").hedge, Some(HedgeKind::AtMost));
        assert_eq!(q("near 40%").hedge, Some(HedgeKind::About));
        // abbreviations and signs of reference works and spreadsheets
        for (written, kind) in [
            ("c. 50,800", HedgeKind::About),
            ("ca. 3.8 million", HedgeKind::About),
            ("approx. 3.8m", HedgeKind::About),
            ("≈50,000", HedgeKind::About),
            ("> 50,000", HedgeKind::Above),
            ("well over 50,000", HedgeKind::Above),
            ("≥50,000", HedgeKind::AtLeast),
            ("<60,000", HedgeKind::Below),
            ("as many as 60,000", HedgeKind::AtMost),
        ] {
            assert_eq!(q(written).hedge, Some(kind), "{written}");
        }
        assert_eq!(q("c. 50,800").value, 50_800.0);
        // a toll gone past a figure; hedges of translated copy
        for (written, kind) in [
            ("passes 2 400", HedgeKind::Above),
            ("exceeded 15 thousand", HedgeKind::Above),
            ("not less than 448", HedgeKind::AtLeast),
            ("may reach 20 thousand", HedgeKind::AtMost),
            ("a little more than 2.1 million", HedgeKind::JustAbove),
            ("perhaps 300", HedgeKind::About),
        ] {
            assert_eq!(q(written).hedge, Some(kind), "{written}");
        }
    }

    #[test]
    fn signs_scales_and_currencies_as_others_write_them() {
        let minus = q("-$9.14 billion");
        assert_eq!((minus.value, minus.unit.as_str()), (-9.14e9, "USD"));
        assert_eq!(q("−€1.2bn").value, -1.2e9);
        let term = q("six-year");
        assert_eq!((term.value, term.unit.as_str()), (6.0, "years"));
        assert_eq!(q("Rs 10 lakh").unit, "INR");
        assert_eq!(q("SDR 2.242 billion").unit, "XDR");
        let eur = |s: &str| {
            let x = q(s);
            (x.value, x.unit.to_string())
        };
        assert_eq!(eur("279,1 milliards d'euros"), (279.1e9, "EUR".to_string()));
        assert_eq!(eur("3,76 Millionen"), (3.76e6, String::new()));
        for unit in ["€m", "EURm", "MEUR", "eur m"] {
            let x = Quantity::parse("279,050", Some(unit)).unwrap();
            assert_eq!((x.value, x.unit.as_str()), (279.05e9, "EUR"), "{unit}");
        }
        assert_eq!(Quantity::parse("5", Some("$bn")).unwrap().value, 5e9);
        // a lone letter apart from the figure is a unit; attached, a scale
        let everest = q("8,848.86 m");
        assert_eq!((everest.value, everest.unit.as_str()), (8.84886, "km"));
        assert_eq!(q("8.8m").value, 8.8e6);
        assert_eq!(q("$5 m").value, 5e6);
        let feet = q("29,032 feet");
        assert!((feet.value - 8.8489536).abs() < 1e-6 && feet.unit == "km");
        assert_eq!(q("357588 km^2").unit, "km²");
        // hedges after the figure
        for (written, kind) in [
            ("42,000 or more", HedgeKind::AtLeast),
            ("40,000-plus", HedgeKind::AtLeast),
            ("3.8 million+", HedgeKind::AtLeast),
            ("60 or so", HedgeKind::About),
            ("40-odd", HedgeKind::Above),
        ] {
            assert_eq!(q(written).hedge, Some(kind), "{written}");
        }
        assert_eq!(q("3.8 million+").value, 3.8e6);
        assert!(q("▼7.9").change && q("▼7.9").value < 0.0);
        // digit grouping of other locales
        assert_eq!(q("427'721").value, 427_721.0);
        assert_eq!(q("427’721").value, 427_721.0);
        assert_eq!(q("1,24,42,373").value, 12_442_373.0);
        assert_eq!(q("1.234,5").value, 1234.5);
        let gdp = q("3.867,1 Mrd. €");
        assert_eq!((gdp.value, gdp.unit.as_str()), (3867.1e9, "EUR"));
    }

    #[test]
    fn vague_quantities_and_ranges() {
        let d = q("several dozen");
        assert!(d.vague && d.low == 24.0);
        assert!(q("dozens").overlaps(&q("more than 30")));
        assert!(q("several dozen").overlaps(&q("dozens")));
        let r = q("53-54%");
        assert_eq!((r.low, r.high, r.unit.as_str()), (52.5, 54.5, "%"));
        let r = q("between 10 and 12 percent");
        assert_eq!((r.low, r.high), (9.5, 12.5));
        let r = q("from 10 to 12 percent");
        assert_eq!((r.low, r.high), (9.5, 12.5));
        // after a verb of change, "from" opens the level before, not a range
        assert!(super::Quantity::parse("rose from 5% to 7%", None).is_none());
        // scientific notation keeps the mantissa's precision
        let e = q("1.30E+07");
        assert!(
            (e.low - 1.295e7).abs() < 1e-3 && (e.high - 1.305e7).abs() < 1e-3,
            "{e:?}"
        );
        assert_eq!(q("1.305e7").value, 1.305e7);
        assert_eq!(q("three").value, 3.0);
        assert_eq!(q("twenty-five").value, 25.0);
        let d = q("nearly three decades");
        assert_eq!((d.value, d.unit.as_str(), d.low), (30.0, "years", 25.0));
        // the unit or scale written after both figures, a currency before both
        let r = q("1.5% to 1.75%");
        assert_eq!((r.low, r.high, r.unit.as_str()), (1.45, 1.755, "%"));
        let r = q("2 million to 3 million");
        assert_eq!((r.low, r.high), (1.5e6, 3.5e6));
        let r = q("$2bn-$3bn");
        assert_eq!((r.low, r.high, r.unit.as_str()), (1.5e9, 3.5e9, "USD"));
        let r = q("69 or 70");
        assert!(r.low == 68.5 && r.high >= 70.5);
        // a second figure in another scale, or none, is no range
        assert_eq!(q("2 million to 3 billion").high, 2.5e6);
        assert_eq!(q("42,000 or more").low, 42_000.0);
    }

    #[test]
    fn headline_and_body_overlap() {
        assert!(q("54%").overlaps(&q("53.9%")));
        assert!(q("19 million").overlaps(&q("just under 19 million")));
    }

    #[test]
    fn not_quantities() {
        for s in ["Nur Otan", "", "nearly", "per cent", "dozen-ish things"] {
            assert!(Quantity::parse(s, None).is_none(), "{s}");
        }
    }

    #[test]
    fn json_numbers_and_explicit_units() {
        let x = Quantity::from_number(71.1, Some("%")).unwrap();
        assert!((x.low - 71.05).abs() < 1e-9);
        assert_eq!(x.unit, "%");
        assert_eq!(Quantity::from_number(98.0, Some("seats")).unwrap().unit, "");
        assert!(Quantity::from_number(f64::NAN, None).is_none());
    }
}
