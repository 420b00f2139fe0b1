//! Translators' round trip: a locale's texts out as XLIFF 1.2 for a translation tool
//! (`export`), and the tool's file back in as override files and review records (`import`),
//! checked whole before anything is written (`verify`). docs/translating.md is the workflow.
//!
//! The parts: `xml` (a tree read with quick-xml), `xliff` (the document, written and read),
//! `fluent` (messages as text with codes, and back), `units` (which units a locale has),
//! `plural` (CLDR's categories), `limits` (characters that fit the screen), `notes` (what the
//! translator reads beside a unit), `problem` (what can be wrong, in words), `apply` (backup
//! and atomic writes).

pub mod apply;
pub mod export;
pub mod fluent;
pub mod import;
pub mod limits;
pub mod notes;
pub mod plural;
pub mod problem;
pub mod units;
pub mod verify;
pub mod xliff;
pub mod xml;

pub use import::{ImportRefusal, ImportSummary};
pub use problem::{ProblemKind, UnitProblem, explain};

use crate::export::SaveError;

/// Why an export failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum L10nError {
    /// Danish is the master: there is nothing to translate.
    MasterLocale,
    /// The file could not be written.
    Save(SaveError),
}

impl L10nError {
    /// Stable code, for IT's log.
    pub fn code(&self) -> &'static str {
        match self {
            L10nError::MasterLocale => "master-locale",
            L10nError::Save(error) => error.code(),
        }
    }
}

impl crate::explain::Explain for L10nError {
    fn sentence(&self, words: &crate::explain::Words) -> String {
        match self {
            L10nError::MasterLocale => words.tr(crate::i18n::msg!("l10n-master-language")),
            L10nError::Save(error) => error.sentence(words),
        }
    }

    fn detail(&self) -> String {
        match self {
            L10nError::MasterLocale => String::new(),
            L10nError::Save(error) => error.detail().to_string(),
        }
    }
}
