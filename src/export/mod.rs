//! Files Skranke writes for people: printable HTML reports and handouts, CSV and Excel
//! workbooks for spreadsheets and BI. Every builder returns bytes; `save` writes them
//! atomically.

pub mod assessment;
pub mod codebook;
pub mod handout;
pub mod html;
pub mod indicators;
pub mod log_file;
pub mod sheet;
pub mod xlsx;

use std::io;
use std::path::Path;

/// The file formats of exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A printable HTML document.
    Html,
    /// Comma-separated values for spreadsheets and BI.
    Csv,
    /// An Excel workbook.
    Xlsx,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }
}

/// Writes an export atomically: a failed write never leaves half a file.
pub fn save(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    crate::atomic_file::write(path, bytes).map_err(SaveError::from)
}

/// Why a file could not be written, in categories the user can act on. Each carries the
/// system's own words, for the "Details" disclosure and IT's log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// No permission to write there (or a read-only disk).
    PermissionDenied(String),
    /// The disk is full.
    DiskFull(String),
    /// The folder does not exist (any more).
    NoSuchFolder(String),
    /// Anything else.
    Other(String),
}

impl SaveError {
    /// Stable code; the Fluent id of the explanation is `save-error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            SaveError::PermissionDenied(_) => "permission",
            SaveError::DiskFull(_) => "disk-full",
            SaveError::NoSuchFolder(_) => "no-folder",
            SaveError::Other(_) => "other",
        }
    }

    /// The system's own words.
    pub fn detail(&self) -> &str {
        match self {
            SaveError::PermissionDenied(detail)
            | SaveError::DiskFull(detail)
            | SaveError::NoSuchFolder(detail)
            | SaveError::Other(detail) => detail,
        }
    }
}

impl From<io::Error> for SaveError {
    fn from(error: io::Error) -> Self {
        let detail = error.to_string();
        match error.kind() {
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                SaveError::PermissionDenied(detail)
            }
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
                SaveError::DiskFull(detail)
            }
            io::ErrorKind::NotFound => SaveError::NoSuchFolder(detail),
            _ => SaveError::Other(detail),
        }
    }
}

impl From<crate::store::StoreError> for SaveError {
    fn from(error: crate::store::StoreError) -> Self {
        use crate::store::StoreError;
        let detail = error.detail();
        match error {
            StoreError::ReadOnly(_) => SaveError::PermissionDenied(detail),
            StoreError::DiskFull(_) => SaveError::DiskFull(detail),
            _ => SaveError::Other(detail),
        }
    }
}

/// Where a streamed export is written before it is renamed into place: `.<name>.partial` beside
/// `path`, so a failure leaves nothing half-written under the chosen name.
pub(crate) fn partial_path(path: &std::path::Path) -> std::path::PathBuf {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    folder.join(format!(
        ".{}.partial",
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_errors_become_categories() {
        assert_eq!(
            SaveError::from(io::Error::from(io::ErrorKind::PermissionDenied)).code(),
            "permission"
        );
        let full = SaveError::from(io::Error::from(io::ErrorKind::StorageFull));
        assert_eq!(full.code(), "disk-full");
        assert!(!full.detail().is_empty(), "the system's words are kept");
        assert_eq!(
            SaveError::from(io::Error::from(io::ErrorKind::NotFound)).code(),
            "no-folder"
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
            assert_eq!(error.code(), "permission");
            assert!(!target.exists());
        }
    }
}
