//! The `i18n/` folder, embedded at compile time by `build.rs`, with an index of which file
//! holds each message.

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
        .filter(move |(code, _, _)| *code == locale.code())
        .map(|(_, file, contents)| (*file, *contents))
}

/// The embedded `locale.toml` of one locale.
pub fn locale_toml(locale: Locale) -> Option<&'static str> {
    LOCALE_TOML_RANGES
        .iter()
        .find(|(code, _, _)| *code == locale.code())
        .map(|(_, start, end)| &LOCALE_TOMLS[*start..*end])
}

/// The Fluent file of `locale` that defines message `id`, read from the index `build.rs`
/// makes, without parsing any file.
pub fn message_file(locale: Locale, id: &str) -> Option<&'static str> {
    let (_, messages) = MESSAGE_FILES
        .iter()
        .find(|(code, _)| *code == locale.code())?;
    let at = messages
        .binary_search_by(|(known, _)| (*known).cmp(id))
        .ok()?;
    Some(messages[at].1)
}

/// Every Fluent file name that exists for any locale, sorted.
pub fn ftl_file_names() -> Vec<&'static str> {
    let mut names: Vec<_> = FILES.iter().map(|(_, file, _)| *file).collect();
    names.sort_unstable();
    names.dedup();
    names
}
