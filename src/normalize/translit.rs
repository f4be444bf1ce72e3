//! Romanization of non-Latin scripts and folding of Latin letters with diacritics.
//!
//! Cyrillic is read under a *language profile* chosen from the letters a string
//! contains, because the same letter is romanized differently per language: Russian
//! `г` is `g`, Ukrainian and Belarusian `г` is `h`; Russian `и` is `i`, Ukrainian `и`
//! is `y`. The output follows BGN/PCGN-style English spellings, the ones newsrooms
//! use most; the variant key ([`crate::normalize::variant_key`]) then folds the
//! differences between romanization systems.

/// Which language's reading of Cyrillic letters applies to a string.
///
/// Chosen by [`CyrillicProfile::detect`] from the letters that only one language uses.
///
/// ```
/// use crosscheck::normalize::CyrillicProfile;
/// assert_eq!(CyrillicProfile::detect("Нұрсұлтан"), CyrillicProfile::Turkic);
/// assert_eq!(CyrillicProfile::detect("Віктор Ющенко"), CyrillicProfile::Ukrainian);
/// assert_eq!(CyrillicProfile::detect("Лукашэнка"), CyrillicProfile::Russian);
/// assert_eq!(CyrillicProfile::detect("Лукашэнка Аляксандр Рыгоравіч"), CyrillicProfile::Belarusian);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CyrillicProfile {
    /// Russian, and the default when no letter points elsewhere.
    Russian,
    /// Ukrainian: `г`→h, `и`→y, `і`, `ї`, `є`, `ґ`; also `і` with neither `ы` nor `э`.
    Ukrainian,
    /// Belarusian: `г`→h, `ў`, or `і` together with `ы`/`э`.
    Belarusian,
    /// Kazakh, Kyrgyz, Tajik, Uzbek, Tatar, Bashkir: the extra letters of Turkic and
    /// Iranian Cyrillic alphabets (`ә ғ қ ң ө ұ ү һ ҳ ҷ ӣ ӯ`).
    Turkic,
}

impl CyrillicProfile {
    /// Picks the profile from the letters of `text` (any case).
    pub fn detect(text: &str) -> Self {
        let (mut turkic, mut ukrainian, mut short_u, mut dotted_i, mut hard_y) =
            (false, false, false, false, false);
        for c in text.chars() {
            match c {
                'ә' | 'Ә' | 'ғ' | 'Ғ' | 'қ' | 'Қ' | 'ң' | 'Ң' | 'ө' | 'Ө' | 'ұ' | 'Ұ' | 'ү'
                | 'Ү' | 'һ' | 'Һ' | 'ҳ' | 'Ҳ' | 'ҷ' | 'Ҷ' | 'ӣ' | 'Ӣ' | 'ӯ' | 'Ӯ' | 'ҡ' | 'Ҡ'
                | 'ҙ' | 'Ҙ' | 'ҫ' | 'Ҫ' | 'җ' | 'Җ' => turkic = true,
                'ї' | 'Ї' | 'є' | 'Є' | 'ґ' | 'Ґ' => ukrainian = true,
                'ў' | 'Ў' => short_u = true,
                'і' | 'І' => dotted_i = true,
                // ы and э are Russian and Belarusian, never Ukrainian
                'ы' | 'Ы' | 'э' | 'Э' => hard_y = true,
                _ => {}
            }
        }
        if turkic {
            CyrillicProfile::Turkic
        } else if ukrainian {
            CyrillicProfile::Ukrainian
        } else if short_u || (dotted_i && hard_y) {
            CyrillicProfile::Belarusian
        } else if dotted_i {
            CyrillicProfile::Ukrainian
        } else {
            CyrillicProfile::Russian
        }
    }
}

/// Romanizes one lowercase Cyrillic letter, or `None` if `c` is not Cyrillic.
pub(crate) fn cyrillic(c: char, profile: CyrillicProfile) -> Option<&'static str> {
    use CyrillicProfile::*;
    let h_reading = matches!(profile, Ukrainian | Belarusian);
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' if h_reading => "h",
        'г' => "g",
        'д' => "d",
        'е' | 'э' | 'ё' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' if profile == Ukrainian => "y",
        'и' => "i",
        'й' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'ю' => "yu",
        'я' => "ya",
        // Ukrainian and Belarusian
        'і' => "i",
        'ї' => "yi",
        'є' => "ye",
        'ґ' => "g",
        'ў' if profile == Turkic => "o", // Uzbek ў is o'
        'ў' => "u",
        // Kazakh, Kyrgyz, Tatar, Bashkir
        'ә' => "a",
        'ғ' => "gh",
        'қ' | 'ҡ' => "q",
        'ң' => "ng",
        'ө' => "o",
        'ұ' | 'ү' => "u",
        'һ' | 'ҳ' => "h",
        'җ' | 'ҷ' => "zh",
        'ҙ' => "z",
        'ҫ' => "s",
        // Tajik
        'ӣ' => "i",
        'ӯ' => "u",
        // Ossetian, Chechen palochka (a mark of ejectives, not a sound of its own)
        'ӕ' => "ae",
        'ӏ' | 'Ӏ' => "",
        // Serbian and Macedonian
        'ђ' => "dj",
        'ј' => "j",
        'љ' => "lj",
        'њ' => "nj",
        'ћ' => "c",
        'џ' => "dz",
        'ѓ' => "gj",
        'ќ' => "kj",
        'ѕ' => "dz",
        _ => return None,
    })
}

/// Romanizes one lowercase Armenian letter. `word_start` selects the initial readings
/// of `ե` (ye) and `ո` (vo). The digraph `ու` is handled by the caller through
/// [`armenian_u`].
pub(crate) fn armenian(c: char, word_start: bool) -> Option<&'static str> {
    Some(match c {
        'ա' => "a",
        'բ' => "b",
        'գ' => "g",
        'դ' => "d",
        'ե' if word_start => "ye",
        'ե' => "e",
        'զ' => "z",
        'է' => "e",
        'ը' => "y",
        'թ' => "t",
        'ժ' => "zh",
        'ի' => "i",
        'լ' => "l",
        'խ' => "kh",
        'ծ' => "ts",
        'կ' => "k",
        'հ' => "h",
        'ձ' => "dz",
        'ղ' => "gh",
        'ճ' => "ch",
        'մ' => "m",
        'յ' => "y",
        'ն' => "n",
        'շ' => "sh",
        'ո' if word_start => "vo",
        'ո' => "o",
        'չ' => "ch",
        'պ' => "p",
        'ջ' => "j",
        'ռ' | 'ր' => "r",
        'ս' => "s",
        'վ' | 'ւ' => "v",
        'տ' => "t",
        'ց' => "ts",
        'փ' => "p",
        'ք' => "k",
        'օ' => "o",
        'ֆ' => "f",
        'և' => "ev",
        _ => return None,
    })
}

/// True for the two letters of the Armenian digraph `ու` (read `u`).
pub(crate) fn armenian_u(first: char, second: char) -> bool {
    first == 'ո' && second == 'ւ'
}

/// Romanizes one Georgian (Mkhedruli) letter, following the national system of 2002.
pub(crate) fn georgian(c: char) -> Option<&'static str> {
    Some(match c {
        'ა' => "a",
        'ბ' => "b",
        'გ' => "g",
        'დ' => "d",
        'ე' => "e",
        'ვ' => "v",
        'ზ' => "z",
        'თ' | 'ტ' => "t",
        'ი' => "i",
        'კ' | 'ქ' => "k",
        'ლ' => "l",
        'მ' => "m",
        'ნ' => "n",
        'ო' => "o",
        'პ' | 'ფ' => "p",
        'ჟ' => "zh",
        'რ' => "r",
        'ს' => "s",
        'უ' => "u",
        'ღ' => "gh",
        'ყ' => "q",
        'შ' => "sh",
        'ჩ' | 'ჭ' => "ch",
        'ც' | 'წ' => "ts",
        'ძ' => "dz",
        'ხ' => "kh",
        'ჯ' => "j",
        'ჰ' => "h",
        _ => return None,
    })
}

/// Latin letters whose diacritic or shape carries a sound of its own, which plain mark
/// stripping would lose (`š` is not `s`). Scholarly systems (ISO 9, Library of
/// Congress), the Kazakh Latin alphabet of 2021, Azerbaijani, Uzbek and Turkmen use
/// them. Letters not listed here lose their marks instead (`é`→e, `ĭ`→i).
pub(crate) fn latin_special(c: char) -> Option<&'static str> {
    Some(match c {
        'š' | 'ş' | 'ș' | 'ś' => "sh",
        'ž' | 'ż' | 'ź' => "zh",
        'č' | 'ç' | 'ĉ' | 'ć' => "ch",
        'ŝ' => "shch",
        'ğ' | 'ǵ' => "gh",
        'ñ' | 'ŋ' => "ng",
        'ı' => "i",
        'ə' | 'ä' | 'æ' => "a",
        'ö' | 'ø' => "o",
        'ü' | 'ū' => "u",
        'ß' => "ss",
        'œ' => "oe",
        'đ' => "dj",
        'ł' => "l",
        'þ' => "th",
        'ð' => "d",
        _ => return None,
    })
}

/// Characters that mark a sound boundary or a soft sign rather than separate words:
/// apostrophes, the ISO 9 prime (ʹ) and double prime (ʺ), the Uzbek okina (ʻ).
pub(crate) fn is_silent_mark(c: char) -> bool {
    matches!(
        c,
        '\'' | '’'
            | '‘'
            | '`'
            | '´'
            | 'ʹ'
            | 'ʺ'
            | 'ʻ'
            | 'ʼ'
            | 'ʽ'
            | '′'
            | '″'
            | '"'
            | '«'
            | '»'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_reads_g_and_i_per_language() {
        assert_eq!(cyrillic('г', CyrillicProfile::Russian), Some("g"));
        assert_eq!(cyrillic('г', CyrillicProfile::Ukrainian), Some("h"));
        assert_eq!(cyrillic('г', CyrillicProfile::Belarusian), Some("h"));
        assert_eq!(cyrillic('и', CyrillicProfile::Ukrainian), Some("y"));
        assert_eq!(cyrillic('и', CyrillicProfile::Russian), Some("i"));
    }

    #[test]
    fn kazakh_letters_romanize() {
        let p = CyrillicProfile::Turkic;
        let got: Vec<_> = "әғқңөұүһі"
            .chars()
            .map(|c| cyrillic(c, p).unwrap())
            .collect();
        assert_eq!(got, ["a", "gh", "q", "ng", "o", "u", "u", "h", "i"]);
    }

    #[test]
    fn uzbek_short_u_is_o_but_belarusian_is_u() {
        assert_eq!(cyrillic('ў', CyrillicProfile::Turkic), Some("o"));
        assert_eq!(cyrillic('ў', CyrillicProfile::Belarusian), Some("u"));
    }

    #[test]
    fn armenian_and_georgian_letters() {
        assert_eq!(armenian('ե', true), Some("ye"));
        assert_eq!(armenian('ե', false), Some("e"));
        assert_eq!(georgian('შ'), Some("sh"));
        assert_eq!(georgian('x'), None);
    }

    #[test]
    fn latin_letters_with_sound_of_their_own() {
        assert_eq!(latin_special('ž'), Some("zh"));
        assert_eq!(latin_special('ş'), Some("sh"));
        assert_eq!(latin_special('ñ'), Some("ng"));
        assert_eq!(latin_special('ı'), Some("i"));
        assert_eq!(latin_special('e'), None);
    }
}
