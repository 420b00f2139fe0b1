//! The `i18n/` folder, embedded at compile time by `build.rs`.

include!(concat!(env!("OUT_DIR"), "/embedded_i18n.rs"));

use super::Locale;

/// Which locales must carry a given Fluent file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileScope {
    /// Every locale: the UI, citizen texts and glossary.
    AllLocales,
    /// Danish and English only: staff-facing content (principles, training).
    DanishAndEnglish,
    /// Danish only: the municipality's document, verbatim.
    DanishOnly,
}

impl FileScope {
    pub fn of(file: &str) -> FileScope {
        match file {
            "seed.ftl" => FileScope::DanishOnly,
            "principles.ftl" | "training.ftl" => FileScope::DanishAndEnglish,
            _ => FileScope::AllLocales,
        }
    }

    pub fn includes(self, locale: Locale) -> bool {
        match self {
            FileScope::AllLocales => true,
            FileScope::DanishAndEnglish => matches!(locale, Locale::Da | Locale::En),
            FileScope::DanishOnly => locale == Locale::Da,
        }
    }
}

/// The embedded Fluent files of one locale, as (file name, contents).
pub fn ftl_files(locale: Locale) -> impl Iterator<Item = (&'static str, &'static str)> {
    FILES
        .iter()
        .filter(move |(code, file, _)| *code == locale.code() && file.ends_with(".ftl"))
        .map(|(_, file, contents)| (*file, *contents))
}

/// The embedded `locale.toml` of one locale.
pub fn locale_toml(locale: Locale) -> Option<&'static str> {
    FILES
        .iter()
        .find(|(code, file, _)| *code == locale.code() && *file == "locale.toml")
        .map(|(_, _, contents)| *contents)
}

/// Every Fluent file name that exists for any locale, sorted.
pub fn ftl_file_names() -> Vec<&'static str> {
    let mut names: Vec<_> = FILES
        .iter()
        .map(|(_, file, _)| *file)
        .filter(|f| f.ends_with(".ftl"))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}
