//! Why a database operation failed, in categories a desk worker can act on.
//!
//! SQLite and the file system explain failures in English system words ("database is locked",
//! "No space left on device (os error 28)"). Those words never reach a Danish or Arabic
//! sentence: every failure is sorted into a category with a stable [`StoreError::code`], which
//! the interface turns into a sentence in the staff language; the system's own words travel
//! beside it ([`StoreError::detail`]) for the "Details" disclosure and IT's log.

use crate::guard::Refusal;
use crate::outreach::entry::Invalid;
use rusqlite::ErrorCode;
use std::io;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// Another program (or another Skranke) holds the log's lock.
    #[error("the log is locked by another program: {0}")]
    Locked(String),
    /// The log or its folder may not be written (permissions, a read-only disk).
    #[error("the log may not be written: {0}")]
    ReadOnly(String),
    /// The disk (or the database's size limit) is full.
    #[error("the disk is full: {0}")]
    DiskFull(String),
    /// SQLite found the file damaged.
    #[error("the log is damaged: {0}")]
    Damaged(String),
    /// The disk could not be read or written.
    #[error("the disk failed: {0}")]
    Io(String),
    /// The log is not open (it is still being opened, or could not be).
    #[error("the log is not open")]
    NotOpen,
    /// The entry breaks the log's rules (the form checks these first).
    #[error("the entry is not valid: {0:?}")]
    Invalid(Vec<Invalid>),
    /// A text looked like personal data and was refused.
    #[error("the text was refused: {0:?}")]
    Refused(Refusal),
    /// Anything else, with the system's words.
    #[error("{0}")]
    Other(String),
}

impl StoreError {
    /// Stable code; the interface's sentence for it is `error-store-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::Locked(_) => "locked",
            StoreError::ReadOnly(_) => "read-only",
            StoreError::DiskFull(_) => "disk-full",
            StoreError::Damaged(_) => "damaged",
            StoreError::Io(_) => "io",
            StoreError::NotOpen => "not-open",
            StoreError::Invalid(_) => "invalid",
            StoreError::Refused(_) => "refused",
            StoreError::Other(_) => "other",
        }
    }

    /// The system's own words, for IT (empty where the category says everything).
    pub fn detail(&self) -> String {
        match self {
            StoreError::Locked(detail)
            | StoreError::ReadOnly(detail)
            | StoreError::DiskFull(detail)
            | StoreError::Damaged(detail)
            | StoreError::Io(detail)
            | StoreError::Other(detail) => detail.clone(),
            StoreError::NotOpen => String::new(),
            StoreError::Invalid(problems) => format!("{problems:?}"),
            StoreError::Refused(refusal) => refusal.code().to_string(),
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> Self {
        let detail = error.to_string();
        match error.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Locked(detail),
            Some(
                ErrorCode::ReadOnly
                | ErrorCode::PermissionDenied
                | ErrorCode::AuthorizationForStatementDenied,
            ) => StoreError::ReadOnly(detail),
            Some(ErrorCode::DiskFull) => StoreError::DiskFull(detail),
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => {
                StoreError::Damaged(detail)
            }
            Some(ErrorCode::SystemIoFailure | ErrorCode::CannotOpen) => StoreError::Io(detail),
            _ => StoreError::Other(detail),
        }
    }
}

impl From<io::Error> for StoreError {
    fn from(error: io::Error) -> Self {
        let detail = error.to_string();
        match error.kind() {
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                StoreError::ReadOnly(detail)
            }
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
                StoreError::DiskFull(detail)
            }
            _ => StoreError::Io(detail),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_failures_are_sorted_by_their_code() {
        let sqlite = |code| {
            rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), Some("words".into()))
        };
        assert_eq!(
            StoreError::from(sqlite(rusqlite::ffi::SQLITE_BUSY)).code(),
            "locked"
        );
        assert_eq!(
            StoreError::from(sqlite(rusqlite::ffi::SQLITE_FULL)).code(),
            "disk-full"
        );
        assert_eq!(
            StoreError::from(sqlite(rusqlite::ffi::SQLITE_READONLY)).code(),
            "read-only"
        );
        assert_eq!(
            StoreError::from(sqlite(rusqlite::ffi::SQLITE_CORRUPT)).code(),
            "damaged"
        );
        assert_eq!(
            StoreError::from(sqlite(rusqlite::ffi::SQLITE_BUSY)).detail(),
            "words"
        );
    }

    #[test]
    fn io_failures_are_sorted_by_their_kind() {
        let full = StoreError::from(io::Error::from(io::ErrorKind::StorageFull));
        assert_eq!(full.code(), "disk-full");
        assert!(!full.detail().is_empty(), "the system's words are kept");
        assert_eq!(
            StoreError::from(io::Error::from(io::ErrorKind::PermissionDenied)).code(),
            "read-only"
        );
        assert_eq!(StoreError::from(io::Error::other("odd")).code(), "io");
    }
}
