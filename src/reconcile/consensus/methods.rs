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
