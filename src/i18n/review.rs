//! Which translated texts a translator has checked: one record per message, kept beside the
//! override files as `<dir>/<locale>/review.toml` and written by `skranke l10n import` (which
//! also records each plural form of a message under its unit's id, `log-count[two]`).
//!
//! A locale as a whole counts as reviewed only when every one of its citizen texts is
//! (`Catalogue::meta` works that out); until then each citizen section shows either "checked by
//! a translator on DATE" or the machine-translation notice, section by section.

use super::Locale;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The file's name in `<dir>/<locale>/`.
pub const FILE_NAME: &str = "review.toml";

/// Where one text stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextState {
    /// Written by a machine (or by the developers); no translator has looked at it.
    Machine,
    /// A translator has written or changed it; nobody has checked it since.
    Translated,
    /// A translator has checked it (`reviewer`, `date`).
    Reviewed,
}

/// The record of one text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextReview {
    pub state: TextState,
    /// Who reviewed or translated it, as the translation tool or `--reviewer` said.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reviewer: String,
    /// The day, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
}

impl TextReview {
    pub fn is_reviewed(&self) -> bool {
        self.state == TextState::Reviewed
    }

    /// The review day, if it is a valid date.
    pub fn day(&self) -> Option<jiff::civil::Date> {
        self.date.parse().ok()
    }
}

/// The contents of a `review.toml`: message id → record.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewFile {
    #[serde(default)]
    pub texts: BTreeMap<String, TextReview>,
}

impl ReviewFile {
    /// The file as TOML, with a header saying what it is.
    pub fn to_toml(&self) -> String {
        let body = toml::to_string(self).expect("review records serialise");
        format!(
            "# Which texts a translator has checked. Written by `skranke l10n import`; see\n\
             # docs/translating.md. Remove this folder to go back to the built-in texts.\n\n{body}"
        )
    }
}

/// The ids of every citizen text (the messages of the Danish `citizen.ftl`): the texts whose
/// review decides whether a locale as a whole counts as reviewed.
pub fn citizen_ids() -> Vec<String> {
    super::embedded::ftl_files(Locale::Da)
        .filter(|(file, _)| *file == "citizen.ftl")
        .flat_map(|(_, text)| super::source::parse(text).0)
        .map(|message| message.id)
        .collect()
}

/// `<dir>/<locale>/review.toml`.
pub fn path(dir: &Path, locale: Locale) -> PathBuf {
    dir.join(locale.code()).join(FILE_NAME)
}

/// Reads `<dir>/<locale>/review.toml`. No file means no records; a file that cannot be read or
/// parsed is an error the caller reports (the texts keep working, unreviewed).
pub fn load(dir: &Path, locale: Locale) -> Result<ReviewFile, String> {
    let path = path(dir, locale);
    match std::fs::read_to_string(&path) {
        Ok(text) => toml::from_str(&text).map_err(|e| e.message().to_string()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ReviewFile::default()),
        Err(e) => Err(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_round_trips_and_a_missing_one_is_empty() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load(dir.path(), Locale::Ar), Ok(ReviewFile::default()));
        let mut file = ReviewFile::default();
        file.texts.insert(
            "topic-welcome-1-body".into(),
            TextReview {
                state: TextState::Reviewed,
                reviewer: "Amira Haddad".into(),
                date: "2026-12-02".into(),
            },
        );
        file.texts.insert(
            "topic-welcome-title".into(),
            TextReview {
                state: TextState::Translated,
                reviewer: String::new(),
                date: String::new(),
            },
        );
        std::fs::create_dir_all(dir.path().join("ar")).unwrap();
        std::fs::write(path(dir.path(), Locale::Ar), file.to_toml()).unwrap();
        let read = load(dir.path(), Locale::Ar).unwrap();
        assert_eq!(read, file);
        let record = &read.texts["topic-welcome-1-body"];
        assert!(record.is_reviewed());
        assert_eq!(record.day(), Some(jiff::civil::date(2026, 12, 2)));
    }

    #[test]
    fn a_broken_file_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("so")).unwrap();
        std::fs::write(
            path(dir.path(), Locale::So),
            "[texts.x]\nstate = \"perfect\"\n",
        )
        .unwrap();
        assert!(load(dir.path(), Locale::So).is_err());
    }
}
