//! Failures told in words: a sentence in the reader's language, made from the failure's stable
//! code and its typed facts, never from the system's English. The window shows it with the
//! system's own words behind a "Show details" disclosure (`crate::screen::problem`); the
//! command line prints it, with the system's words on a second line for IT.

use crate::export::SaveError;
use crate::i18n::msg;
use crate::i18n::{Catalogue, Locale, MessageId, Text};
use crate::outreach::csv_format::FieldError;
use crate::outreach::entry::Invalid;
use crate::store::backup::BackupError;
use crate::store::transfer::ImportError;
use crate::store::{OpenError, StoreError};

/// The words of one language, for sentences about failures.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    pub i18n: &'a Catalogue,
    pub locale: Locale,
}

impl Words<'_> {
    /// A message named in code (`msg!`).
    pub fn tr(&self, text: impl Into<Text>) -> String {
        self.i18n.render(self.locale, text)
    }
}

/// A failure that can be told: a sentence, and the system's words for the details.
pub trait Explain {
    fn sentence(&self, words: &Words) -> String;
    /// The system's own words; empty when the category says everything.
    fn detail(&self) -> String;
}

impl Explain for StoreError {
    fn sentence(&self, words: &Words) -> String {
        match self {
            StoreError::Locked(_) => words.tr(msg!("error-store-locked")),
            StoreError::ReadOnly(_) => words.tr(msg!("error-store-read-only")),
            StoreError::DiskFull(_) => words.tr(msg!("error-store-disk-full")),
            StoreError::Damaged(_) => words.tr(msg!("error-store-damaged")),
            StoreError::Io(_) => words.tr(msg!("error-store-io")),
            StoreError::NotOpen => words.tr(msg!("error-store-not-open")),
            StoreError::Invalid(_) => words.tr(msg!("error-store-invalid")),
            StoreError::Refused(refusal) => refusal_words(words, *refusal),
            StoreError::Other(_) => words.tr(msg!("error-store-other")),
        }
    }

    fn detail(&self) -> String {
        StoreError::detail(self)
    }
}

impl Explain for OpenError {
    fn sentence(&self, words: &Words) -> String {
        match self {
            OpenError::NewerSchema { found, supported } => words.tr(msg!(
                "store-newer-schema",
                found = *found,
                supported = *supported
            )),
            OpenError::Failed(error) => {
                words.tr(msg!("store-unavailable", reason = error.sentence(words)))
            }
            OpenError::NotADatabase => words.tr(msg!("store-not-a-database")),
            OpenError::Damaged(_) => words.tr(msg!("store-damaged")),
            OpenError::Opening => words.tr(msg!("store-opening")),
        }
    }

    fn detail(&self) -> String {
        OpenError::detail(self)
    }
}

impl Explain for SaveError {
    fn sentence(&self, words: &Words) -> String {
        words.tr(msg!("save-failed", reason = words.tr(save_reason(self))))
    }

    fn detail(&self) -> String {
        SaveError::detail(self).to_string()
    }
}

impl Explain for BackupError {
    /// Why a backup or restore failed (the caller says which it was).
    fn sentence(&self, words: &Words) -> String {
        match self {
            BackupError::Failed(error) => error.sentence(words),
            BackupError::NotRestorable(error) => error.sentence(words),
        }
    }

    fn detail(&self) -> String {
        BackupError::detail(self)
    }
}

impl Explain for ImportError {
    /// The headline of a failed merge; the bad rows of `InvalidRows` are listed by the view.
    fn sentence(&self, words: &Words) -> String {
        match self {
            ImportError::NotAnExport(missing) => {
                words.tr(msg!("import-not-an-export", columns = missing.join(", ")))
            }
            ImportError::Unreadable { line, .. } => {
                words.tr(msg!("import-unreadable", line = line.to_string()))
            }
            ImportError::InvalidRows(rows) => words.tr(msg!("import-invalid", count = rows.len())),
            ImportError::Database(error) => {
                words.tr(msg!("import-database", reason = error.sentence(words)))
            }
            ImportError::NoLog(version) => words.tr(msg!("import-no-log", version = *version)),
            ImportError::Failed(error) => {
                words.tr(msg!("import-failed", reason = error.sentence(words)))
            }
        }
    }

    fn detail(&self) -> String {
        ImportError::detail(self)
    }
}

/// Why a file was not written, as one sentence ("the disk is full").
pub fn save_reason(error: &SaveError) -> MessageId {
    match error {
        SaveError::PermissionDenied(_) => msg!("save-error-permission"),
        SaveError::DiskFull(_) => msg!("save-error-disk-full"),
        SaveError::NoSuchFolder(_) => msg!("save-error-no-folder"),
        SaveError::Other(_) => msg!("save-error-other"),
    }
}

/// Why the personal-data guard refused a text, as one sentence.
pub fn refusal_words(words: &Words, refusal: crate::guard::Refusal) -> String {
    use crate::guard::Refusal;
    match refusal {
        Refusal::TooLong { max, length } => {
            words.tr(msg!("guard-too-long", max = max, length = length))
        }
        Refusal::CprNumber => words.tr(msg!("guard-cpr")),
        Refusal::PhoneNumber => words.tr(msg!("guard-phone")),
        Refusal::Email => words.tr(msg!("guard-email")),
        // The character itself would show as a box here too: it is named by its code point.
        Refusal::Undrawable {
            position,
            character,
        } => words.tr(msg!(
            "guard-undrawable",
            position = position,
            code = format!("U+{:04X}", u32::from(character))
        )),
    }
}

/// One problem of a row another desk's file brought, in words.
pub fn field_problem(words: &Words, error: &FieldError) -> String {
    let bad_value = |column: &str, value: &str| {
        words.tr(msg!("import-bad-value", column = column, value = value))
    };
    match error {
        FieldError::Invalid { column, value } => bad_value(column, value),
        FieldError::Rule(Invalid::UnitMissing) => words.tr(msg!("log-unit-missing")),
        FieldError::Rule(Invalid::UnitRefused(refusal) | Invalid::Note(refusal)) => {
            refusal_words(words, *refusal)
        }
        FieldError::Rule(Invalid::Language(value)) => bad_value("language", value),
        FieldError::Rule(Invalid::Topic(value)) => bad_value("topics", value),
        FieldError::Rule(Invalid::Principle(value)) => bad_value("principles", value),
    }
}
