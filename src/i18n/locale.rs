//! The ten locales Skranke ships, and what each one's `locale.toml` says about it.

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A locale Skranke ships. The set is closed: every locale has embedded texts and a font.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    Da,
    En,
    Ar,
    Fa,
    Ur,
    Tr,
    So,
    Pl,
    Uk,
    Ti,
}

impl Locale {
    /// Every locale, Danish (the master) first, in the order lists show them.
    pub const ALL: [Locale; 10] = [
        Locale::Da,
        Locale::En,
        Locale::Ar,
        Locale::Fa,
        Locale::Ur,
        Locale::Tr,
        Locale::So,
        Locale::Pl,
        Locale::Uk,
        Locale::Ti,
    ];

    /// The master locale: every text is written in Danish first.
    pub const MASTER: Locale = Locale::Da;

    /// The BCP 47 language code, also the folder name under `i18n/`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Da => "da",
            Locale::En => "en",
            Locale::Ar => "ar",
            Locale::Fa => "fa",
            Locale::Ur => "ur",
            Locale::Tr => "tr",
            Locale::So => "so",
            Locale::Pl => "pl",
            Locale::Uk => "uk",
            Locale::Ti => "ti",
        }
    }

    /// Parses a language tag such as `da`, `da-DK` or `uk_UA.UTF-8`; only the language counts.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let cleaned = tag
            .split(['.', '@'])
            .next()
            .unwrap_or(tag)
            .replace('_', "-");
        let langid: LanguageIdentifier = cleaned.parse().ok()?;
        let language = langid.language.as_str().to_ascii_lowercase();
        Locale::ALL
            .into_iter()
            .find(|locale| locale.code() == language)
    }

    /// The locale as a language identifier, for Fluent and negotiation.
    pub fn langid(self) -> LanguageIdentifier {
        self.code()
            .parse()
            .expect("locale codes are valid language identifiers")
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Writing direction of a locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

impl Direction {
    pub fn is_rtl(self) -> bool {
        self == Direction::Rtl
    }

    /// The HTML `dir` attribute value.
    pub fn html(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Who has checked a locale's texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReviewStatus {
    /// The master texts, written in this language.
    Source,
    /// Machine-translated (or translated by the developers), not yet checked by a translator.
    Machine,
    /// Checked by a qualified translator (see `reviewer` and `date`).
    Reviewed,
}

/// The review record of a locale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub status: ReviewStatus,
    #[serde(default)]
    pub reviewer: String,
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub note: String,
}

/// The contents of `i18n/<code>/locale.toml`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleMeta {
    pub code: String,
    /// The language's name in its own script ("العربية", "ትግርኛ").
    pub name: String,
    pub english_name: String,
    pub direction: Direction,
    /// ISO 15924 script code: Latn, Cyrl, Arab or Ethi.
    pub script: String,
    pub review: Review,
}

impl LocaleMeta {
    /// True when no qualified translator has checked this locale's texts.
    pub fn is_unreviewed(&self) -> bool {
        self.review.status == ReviewStatus::Machine
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_map_to_locales_by_language() {
        assert_eq!(Locale::from_tag("da"), Some(Locale::Da));
        assert_eq!(Locale::from_tag("da-DK"), Some(Locale::Da));
        assert_eq!(Locale::from_tag("uk_UA.UTF-8"), Some(Locale::Uk));
        assert_eq!(Locale::from_tag("AR"), Some(Locale::Ar));
        assert_eq!(Locale::from_tag("de-DE"), None);
        assert_eq!(Locale::from_tag("not a tag!"), None);
    }

    #[test]
    fn codes_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.code()), Some(locale));
        }
    }
}
