//! Files Skranke writes for people: printable HTML reports and handouts, CSV for spreadsheets
//! and BI. Every builder returns bytes; `save` writes them atomically.

pub mod assessment;
pub mod codebook;
pub mod handout;
pub mod html;
pub mod indicators;

use std::io;
use std::path::Path;

/// The file formats of exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A printable HTML document.
    Html,
    /// Comma-separated values for spreadsheets and BI.
    Csv,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Csv => "csv",
        }
    }
}

/// Writes an export atomically: a failed write never leaves half a file.
pub fn save(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    crate::atomic_file::write(path, bytes).map_err(SaveError::from)
}

/// Why a file could not be written, in categories the user can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// No permission to write there.
    PermissionDenied,
    /// The disk is full.
    DiskFull,
    /// The folder does not exist (any more).
    NoSuchFolder,
    /// Anything else, with the system's words.
    Other(String),
}

impl SaveError {
    /// Stable code; the Fluent id of the explanation is `save-error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            SaveError::PermissionDenied => "permission",
            SaveError::DiskFull => "disk-full",
            SaveError::NoSuchFolder => "no-folder",
            SaveError::Other(_) => "other",
        }
    }

    /// The system's own description, for `Other`.
    pub fn detail(&self) -> &str {
        match self {
            SaveError::Other(detail) => detail,
            _ => "",
        }
    }
}

impl From<io::Error> for SaveError {
    fn from(error: io::Error) -> Self {
        match error.kind() {
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                SaveError::PermissionDenied
            }
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => SaveError::DiskFull,
            io::ErrorKind::NotFound => SaveError::NoSuchFolder,
            _ => SaveError::Other(error.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_errors_become_categories() {
        assert_eq!(
            SaveError::from(io::Error::from(io::ErrorKind::PermissionDenied)),
            SaveError::PermissionDenied
        );
        assert_eq!(
            SaveError::from(io::Error::from(io::ErrorKind::StorageFull)),
            SaveError::DiskFull
        );
        assert_eq!(
            SaveError::from(io::Error::from(io::ErrorKind::NotFound)),
            SaveError::NoSuchFolder
        );
        assert!(
            matches!(SaveError::from(io::Error::other("odd")), SaveError::Other(d) if d == "odd")
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_folder_is_reported_and_nothing_is_written() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let locked = dir.path().join("locked");
        std::fs::create_dir(&locked).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
        let target = locked.join("report.html");
        let result = save(&target, b"<html></html>");
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
        // Root may write anywhere; then the write simply succeeds.
        if let Err(error) = result {
            assert_eq!(error, SaveError::PermissionDenied);
            assert!(!target.exists());
        }
    }
}
