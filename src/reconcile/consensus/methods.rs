//! Which methods are official: the table, and a method's class.

use smol_str::SmolStr;

/// Words that make a method official (folded, whole words): an official count, its
/// preliminary or final results, the election commission, a census, a police estimate.
pub const OFFICIAL_METHOD_WORDS: &[&str] = &[
    "official",
    "officially",
    "results",
    "result",
    "count",
    "cec",
    "commission",
    "final",
    "preliminary",
    "provisional",
    "certified",
    "census",
    "police",
];

/// Words that make a method another than the official one, with the class they stand
/// for: an exit poll, the organisers' estimate. A method with one of these is never
/// official, whatever else it says ("exit poll results").
pub const UNOFFICIAL_METHOD_WORDS: &[(&str, &str)] = &[
    ("exit", "exit poll"),
    ("poll", "exit poll"),
    ("polls", "exit poll"),
    ("survey", "survey"),
    ("organisers", "organisers"),
    ("organizers", "organisers"),
    ("organiser", "organisers"),
    ("organizer", "organisers"),
    ("opposition", "opposition"),
];

/// How far, in points, the estimate of a method other than the official one may lie
/// from the official share (a vote share, a turnout), by the method's class in
/// [`UNOFFICIAL_METHOD_WORDS`]: an exit poll or a survey of voters is seldom more than
/// a few points off the count, so it lends weight to the official values within that
/// gap of it and to none beyond. Methods not listed (the organisers' estimate of a
/// crowd) say nothing of the official value.
pub const METHOD_GAPS: &[(&str, f64)] = &[("exit poll", 5.0), ("survey", 5.0)];

/// The gap of [`METHOD_GAPS`] for a method's class, if it has one.
pub(crate) fn method_gap(class: &str) -> Option<f64> {
    METHOD_GAPS.iter().find(|(c, _)| *c == class).map(|x| x.1)
}

/// A claim's method, as the consensus tells methods apart.
///
/// ```
/// use crosscheck::reconcile::consensus::MethodClass;
/// assert_eq!(MethodClass::of(Some("official preliminary")), MethodClass::Official);
/// assert_eq!(MethodClass::of(Some("according to police")), MethodClass::Official);
/// assert_eq!(MethodClass::of(Some("exit-poll")), MethodClass::Other("exit poll".into()));
/// assert_eq!(MethodClass::of(Some("organizers")), MethodClass::Other("organisers".into()));
/// assert_eq!(MethodClass::of(None), MethodClass::Unstated);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MethodClass {
    /// The claim names no method.
    Unstated,
    /// An official method ([`OFFICIAL_METHOD_WORDS`]).
    Official,
    /// Another method: its class from [`UNOFFICIAL_METHOD_WORDS`], or the method folded.
    Other(SmolStr),
}

impl MethodClass {
    /// The class of a method as written.
    pub fn of(method: Option<&str>) -> MethodClass {
        let Some(method) = method else {
            return MethodClass::Unstated;
        };
        let folded = crate::normalize::fold(method);
        let words = || {
            folded
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
        };
        if let Some((_, class)) =
            words().find_map(|w| UNOFFICIAL_METHOD_WORDS.iter().find(|(word, _)| *word == w))
        {
            return MethodClass::Other(SmolStr::new_static(class));
        }
        if words().any(|w| OFFICIAL_METHOD_WORDS.contains(&w)) {
            return MethodClass::Official;
        }
        if folded.is_empty() {
            MethodClass::Unstated
        } else {
            MethodClass::Other(SmolStr::new(folded))
        }
    }
}
