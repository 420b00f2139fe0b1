//! `skranke backup` and `skranke restore`.

use super::{Desk, Exit};
use crate::i18n::msg;
use crate::store::backup::{self, BackupError};
use crate::store::{Store, StoreError};
use rusqlite::{Connection, OpenFlags};
use std::path::Path;

/// Copies the log to `output`, or to a dated file in the backup folder, with SQLite's backup
/// API: safe while Skranke is writing to it.
pub fn backup(desk: &Desk, output: Option<&Path>) -> Exit {
    let database = desk.paths.database_file();
    if !database.is_file() {
        return desk.no_log();
    }
    let target = output.map(Path::to_path_buf).unwrap_or_else(|| {
        let stamp = jiff::Timestamp::now()
            .strftime("%Y-%m-%dT%H%M%SZ")
            .to_string();
        desk.paths
            .backups_dir()
            .join(format!("skranke-backup-{stamp}.sqlite3"))
    });
    let copied = Store::open_reader(&database)
        .map_err(BackupError::Failed)
        .and_then(|conn| backup::copy_database(&conn, &target));
    match copied {
        Ok(()) => {
            println!(
                "{}",
                desk.tr(msg!("save-done", file = target.display().to_string()))
            );
            Exit::Done
        }
        Err(error) => desk.failed("backup", error.code(), &error),
    }
}

/// Replaces the log with `file` after checking it, keeping the replaced log beside it.
/// Refused while Skranke has the log open: the app would go on writing to the old file.
pub fn restore(desk: &Desk, file: &Path) -> Exit {
    let database = desk.paths.database_file();
    if database.is_file() && in_use(&database) {
        return desk.refused(desk.tr(msg!("cli-log-in-use")));
    }
    match backup::restore(file, &database) {
        Ok(aside) => {
            println!(
                "{}",
                desk.tr(msg!("restore-done", aside = aside.display().to_string()))
            );
            Exit::Done
        }
        Err(BackupError::NotRestorable(error)) => {
            crate::it_log::failure("restore", error.code(), &error.detail());
            let reason = crate::explain::Explain::sentence(&error, &desk.words());
            desk.refused(desk.tr(msg!("restore-failed", reason = reason)))
        }
        Err(error) => desk.failed("restore", error.code(), &error),
    }
}

/// Whether another connection has the log open: a running Skranke keeps one open, and in WAL
/// mode an open connection keeps others from taking the file for themselves alone.
fn in_use(database: &Path) -> bool {
    let exclusive = || -> Result<(), StoreError> {
        let conn = Connection::open_with_flags(database, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        conn.busy_timeout(std::time::Duration::from_millis(500))?;
        conn.pragma_update(None, "locking_mode", "EXCLUSIVE")?;
        conn.execute_batch("BEGIN EXCLUSIVE; COMMIT;")?;
        Ok(())
    };
    exclusive().is_err()
}
