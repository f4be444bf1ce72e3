//! Text → comparable forms.
//!
//! Three layers, each usable on its own:
//!
//! - [`normalize`] / [`fold`]: Unicode NFKC, case folding, transliteration of
//!   Cyrillic (Russian, Kazakh, Ukrainian, Belarusian, Kyrgyz, Tajik, Uzbek and more),
//!   Armenian and Georgian, diacritics, punctuation; reports [`MixedScript`] words.
//! - [`variant_key`]: folds the spelling variants of romanization systems and outlets
//!   ([`VARIANT_RULES`] is the documented table).
//! - [`Script`] and [`CyrillicProfile`]: what script a letter is in, which language a
//!   Cyrillic text is read as.
//!
//! ```
//! use crosscheck::normalize::{normalize, variant_key};
//! let a = normalize("Қасым-Жомарт Тоқаев");
//! let b = normalize("Kassym-Jomart Tokayev");
//! assert_eq!(a.text, "qasym zhomart toqaev");
//! assert_eq!(variant_key(&a.text), variant_key(&b.text));
//! ```

mod fold;
mod script;
mod translit;
mod variant;

use std::borrow::Cow;

pub use fold::{Normalized, fold, normalize, normalize_into};
pub use script::{MixedScript, Script};
pub use translit::CyrillicProfile;
pub use variant::{RuleContext, VARIANT_RULES, VariantRule, variant_key, variant_key_word};

/// `text` in lower case, copied only when some letter must change: most values are
/// lowercase already, and every one is read.
pub(crate) fn lowercased(text: &str) -> Cow<'_, str> {
    if text.chars().any(char::is_uppercase) {
        Cow::Owned(text.to_lowercase())
    } else {
        Cow::Borrowed(text)
    }
}
