//! The local SQLite database: opening it safely, and what is stored in it.
//!
//! Nothing here knows about iced. Every write runs in a transaction; the database runs in WAL
//! mode with full fsync, so a crash loses nothing that was acknowledged.

pub mod assessment;
pub mod backup;
mod database;
mod error;
pub mod indicators;
mod migrations;
pub(crate) mod open;
pub mod outreach;
pub mod scope;
pub mod training;
pub mod transfer;

pub use database::{Database, Opened, Opening, StoreInfo};
pub use error::StoreError;
pub use migrations::SCHEMA_VERSION;
pub use open::OpenError;

use rusqlite::Connection;
use std::path::{Path, PathBuf};

/// An open, migrated database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

impl Store {
    /// Opens (or creates) the database at `path`. See [`open::open`] for what is checked.
    pub fn open(path: &Path) -> Result<Store, OpenError> {
        let conn = open::open(path)?;
        Ok(Store {
            conn,
            path: Some(path.to_path_buf()),
        })
    }

    /// A fresh database in memory, for tests and previews.
    pub fn open_in_memory() -> Store {
        let conn = Connection::open_in_memory().expect("SQLite can open an in-memory database");
        open::configure(&conn).expect("an in-memory database accepts the pragmas");
        migrations::migrate(&conn).expect("migrations apply to an empty database");
        Store { conn, path: None }
    }

    /// The file this store lives in (`None` in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> i64 {
        migrations::user_version(&self.conn).unwrap_or(0)
    }

    /// A second, read-only connection to the same file, for work off the UI thread (WAL lets
    /// it read while the app writes).
    pub fn open_reader(path: &Path) -> Result<Connection, StoreError> {
        let conn = Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        Ok(conn)
    }

    /// The connection, for reading queries that take one (indicators, exports).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// The connection, for the store's own modules.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}
