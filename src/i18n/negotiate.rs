//! Picks the staff language from the operating system's preferred languages.

use super::Locale;
use fluent_langneg::{LanguageIdentifier, NegotiationStrategy, negotiate_languages};

/// The best shipped locale for the given preference list (most preferred first), else Danish.
pub fn best_match<S: AsRef<str>>(preferred: &[S]) -> Locale {
    let requested: Vec<LanguageIdentifier> = preferred
        .iter()
        .filter_map(|tag| {
            let cleaned = tag.as_ref().split(['.', '@']).next()?.replace('_', "-");
            cleaned.parse().ok()
        })
        .collect();
    let available: Vec<LanguageIdentifier> = Locale::ALL
        .iter()
        .filter_map(|l| l.code().parse().ok())
        .collect();
    let default: LanguageIdentifier = Locale::Da
        .code()
        .parse()
        .expect("'da' is a valid language tag");
    let chosen = negotiate_languages(
        &requested,
        &available,
        Some(&default),
        NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .and_then(|langid| Locale::from_tag(&langid.to_string()))
        .unwrap_or(Locale::Da)
}

/// The staff language the operating system asks for.
pub fn from_os() -> Locale {
    let preferred: Vec<String> = sys_locale::get_locales().collect();
    best_match(&preferred)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_first_shipped_language_in_the_preference_list() {
        assert_eq!(best_match(&["de-DE", "uk-UA", "en-GB"]), Locale::Uk);
        assert_eq!(best_match(&["en_US.UTF-8"]), Locale::En);
        assert_eq!(best_match(&["fa-IR"]), Locale::Fa);
    }

    #[test]
    fn falls_back_to_danish() {
        assert_eq!(best_match(&["de-DE", "fr"]), Locale::Da);
        assert_eq!(best_match::<&str>(&[]), Locale::Da);
        assert_eq!(best_match(&["C", "POSIX", "!!"]), Locale::Da);
    }
}
