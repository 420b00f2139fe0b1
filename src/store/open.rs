//! Opening the database without ever harming the user's file.
//!
//! Before SQLite writes anything (even switching to WAL mode changes the file header) the file
//! is checked: that it is an SQLite file at all, that its schema is not from a newer Skranke,
//! and that it passes `PRAGMA quick_check`. Any failure returns an error and leaves the file
//! byte for byte as it was; the app then runs without the log and says why.

use super::StoreError;
use super::migrations::{self, SCHEMA_VERSION};
use rusqlite::{Connection, ErrorCode, OpenFlags};
use std::fs::{self, File};
use std::io::Read;
use std::path::Path;
use std::time::Duration;

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Why the database could not be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    /// The file exists but is not an SQLite database.
    #[error("the file is not an SQLite database")]
    NotADatabase,
    /// SQLite found damage in the file.
    #[error("the database is damaged: {0}")]
    Damaged(String),
    /// The file was written by a newer Skranke with a schema this version does not know.
    #[error(
        "the database has schema version {found}; this version of Skranke knows up to {supported}"
    )]
    NewerSchema { found: i64, supported: i64 },
    /// The file or its folder could not be opened (permissions, locked, disk).
    #[error("the database could not be opened: {0}")]
    Failed(StoreError),
    /// The app is still opening and checking the file, beside the window; it is ready soon.
    #[error("the database is still being opened and checked; try again in a moment")]
    Opening,
}

impl OpenError {
    /// Stable code; the interface's sentence for it is `store-<code>` (with the store error's
    /// own sentence for `failed`).
    pub fn code(&self) -> &'static str {
        match self {
            OpenError::NotADatabase => "not-a-database",
            OpenError::Damaged(_) => "damaged",
            OpenError::NewerSchema { .. } => "newer-schema",
            OpenError::Failed(_) => "unavailable",
            OpenError::Opening => "opening",
        }
    }

    /// The system's own words, for IT.
    pub fn detail(&self) -> String {
        match self {
            OpenError::Damaged(detail) => detail.clone(),
            OpenError::Failed(error) => error.detail(),
            _ => String::new(),
        }
    }
}

impl From<std::io::Error> for OpenError {
    fn from(error: std::io::Error) -> Self {
        OpenError::Failed(error.into())
    }
}

/// Opens, checks, configures and migrates the database at `path`, creating it if missing.
pub fn open(path: &Path) -> Result<Connection, OpenError> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        crate::private::create_folder(parent)?;
    }
    let existing = fs::metadata(path).map(|m| m.len() > 0).unwrap_or(false);
    let version_before = if existing { Some(inspect(path)?) } else { None };
    // Before SQLite opens it: its WAL and shared-memory files take the database file's mode.
    crate::private::create_file(path)?;
    for file in [
        path.to_path_buf(),
        companion(path, "-wal"),
        companion(path, "-shm"),
    ] {
        if file.exists() {
            crate::private::restrict(&file)?;
        }
    }

    let conn = Connection::open(path).map_err(classify)?;
    configure(&conn).map_err(classify)?;
    if let Some(version) = version_before
        && version > 0
        && version < SCHEMA_VERSION
    {
        keep_copy_before_migrating(&conn, path, version)?;
    }
    migrations::migrate(&conn).map_err(classify)?;
    Ok(conn)
}

/// `database` with `suffix` after its name: its `-wal` and `-shm` files.
fn companion(database: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(suffix);
    name.into()
}

/// Read-only checks of an existing file. Returns its schema version.
pub(crate) fn inspect(path: &Path) -> Result<i64, OpenError> {
    let mut header = [0u8; 16];
    let mut file = File::open(path)?;
    let read = file.read(&mut header)?;
    if read < header.len() || &header != SQLITE_MAGIC {
        return Err(OpenError::NotADatabase);
    }
    drop(file);

    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(classify)?;
    let version = migrations::user_version(&conn).map_err(classify)?;
    if version > SCHEMA_VERSION {
        return Err(OpenError::NewerSchema {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    let verdict: String = conn
        .query_row("PRAGMA quick_check(1)", [], |row| row.get(0))
        .map_err(classify)?;
    if verdict != "ok" {
        return Err(OpenError::Damaged(verdict));
    }
    Ok(version)
}

/// The pragmas every connection gets.
pub fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    // WAL lets readers (the indicators) run beside the writer; FULL syncs every commit, so an
    // acknowledged entry survives a power cut too.
    let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

/// Before a migration changes an older database, a copy of it is kept beside it.
fn keep_copy_before_migrating(
    conn: &Connection,
    path: &Path,
    version: i64,
) -> Result<(), OpenError> {
    let copy = path.with_extension(format!("schema-{version}.sqlite3"));
    if copy.exists() {
        return Ok(());
    }
    conn.execute("VACUUM INTO ?1", [copy.to_string_lossy()])
        .map_err(classify)?;
    Ok(())
}

fn classify(error: rusqlite::Error) -> OpenError {
    match error.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => OpenError::NotADatabase,
        Some(ErrorCode::DatabaseCorrupt) => OpenError::Damaged(error.to_string()),
        _ => OpenError::Failed(error.into()),
    }
}
