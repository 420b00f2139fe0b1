//! The plural categories of each locale (CLDR's cardinal rules): the variant keys a plural
//! selector may have in that language. Fluent picks the variant by the same rules
//! (`intl_pluralrules`); this table only says which keys a translation may use, and which the
//! export offers when a language has no text of its own yet.

use crate::i18n::Locale;

/// The CLDR cardinal plural categories of `locale`, in CLDR's order (`other` last).
pub fn categories(locale: Locale) -> &'static [&'static str] {
    match locale {
        Locale::Ar => &["zero", "one", "two", "few", "many", "other"],
        Locale::Pl | Locale::Uk => &["one", "few", "many", "other"],
        Locale::Da
        | Locale::En
        | Locale::Fa
        | Locale::Ur
        | Locale::Tr
        | Locale::So
        | Locale::Ti => &["one", "other"],
    }
}

/// True if every key is a plural category of some language or a number: the selector then
/// chooses by number, and another language brings its own categories.
pub fn is_plural(keys: &[&str]) -> bool {
    const ALL: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    keys.iter()
        .all(|key| ALL.contains(key) || key.parse::<f64>().is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::embedded;
    use crate::l10n::fluent::{self, Body};

    #[test]
    fn every_shipped_selector_uses_its_languages_categories() {
        for locale in Locale::ALL {
            for (file, source) in embedded::ftl_files(locale) {
                for shape in fluent::shapes(source) {
                    for slot in &shape.slots {
                        if let Body::Select { variants, .. } = &slot.body {
                            for variant in variants {
                                assert!(
                                    categories(locale).contains(&variant.key.as_str())
                                        || variant.key.parse::<f64>().is_ok(),
                                    "{locale} {file} {}: [{}]",
                                    shape.id,
                                    variant.key
                                );
                            }
                            let default = variants.iter().find(|v| v.default);
                            assert_eq!(default.map(|v| v.key.as_str()), Some("other"));
                        }
                    }
                }
            }
        }
    }
}
