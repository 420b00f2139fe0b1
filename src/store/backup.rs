//! Backups with SQLite's backup API: on request to a chosen file, and automatically once a day
//! into the data folder (the newest seven are kept). Restoring checks the chosen file first and
//! keeps the current database aside instead of deleting it.

use super::open::{self, OpenError};
use super::{Store, StoreError};
use rusqlite::{Connection, MAIN_DB, OpenFlags};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// How many daily backups are kept.
pub const KEEP_DAILY: usize = 7;

const DAILY_PREFIX: &str = "skranke-";
const DAILY_SUFFIX: &str = ".sqlite3";

/// Why a backup or restore did not happen.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BackupError {
    /// Copying failed (the disk, permissions, a lock).
    #[error(transparent)]
    Failed(#[from] StoreError),
    /// The chosen file is not an intact Skranke database this version can read.
    #[error("the file cannot be restored: {0}")]
    NotRestorable(OpenError),
}

impl BackupError {
    /// Stable code: `not-restorable`, or the store error's code.
    pub fn code(&self) -> &'static str {
        match self {
            BackupError::Failed(error) => error.code(),
            BackupError::NotRestorable(_) => "not-restorable",
        }
    }

    /// The system's own words, for IT.
    pub fn detail(&self) -> String {
        match self {
            BackupError::Failed(error) => error.detail(),
            BackupError::NotRestorable(error) => error.detail(),
        }
    }
}

impl From<rusqlite::Error> for BackupError {
    fn from(error: rusqlite::Error) -> Self {
        BackupError::Failed(error.into())
    }
}

impl From<io::Error> for BackupError {
    fn from(error: io::Error) -> Self {
        BackupError::Failed(error.into())
    }
}

/// Copies a live database (WAL included) to `destination`, atomically.
pub fn copy_database(source: &Connection, destination: &Path) -> Result<(), BackupError> {
    let folder = destination
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    crate::private::create_folder(folder)?;
    let temporary = destination.with_extension("partial");
    let _ = fs::remove_file(&temporary);
    // The copy is the user's alone from its first byte (SQLite keeps an existing file's mode).
    crate::private::create_file(&temporary)?;
    let result = source.backup(MAIN_DB, &temporary, None::<fn(rusqlite::backup::Progress)>);
    if let Err(error) = result {
        let _ = fs::remove_file(&temporary);
        return Err(error.into());
    }
    fs::rename(&temporary, destination)?;
    Ok(())
}

impl Store {
    /// Backs the database up to a chosen file.
    pub fn backup_to(&self, destination: &Path) -> Result<(), BackupError> {
        copy_database(self.conn(), destination)
    }
}

/// Makes today's automatic backup if there is none yet, then keeps only the newest
/// [`KEEP_DAILY`]. Reads through its own connection, so it can run beside the app.
/// Returns the new backup's path, or `None` if today's existed.
pub fn daily_backup(
    database: &Path,
    folder: &Path,
    today: jiff::civil::Date,
) -> Result<Option<PathBuf>, BackupError> {
    let target = folder.join(format!("{DAILY_PREFIX}{today}{DAILY_SUFFIX}"));
    if target.exists() || !database.exists() {
        return Ok(None);
    }
    let source = Connection::open_with_flags(
        database,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    copy_database(&source, &target)?;
    rotate(folder)?;
    Ok(Some(target))
}

/// Deletes all but the newest [`KEEP_DAILY`] daily backups (named by date, so names sort), and
/// the half-written copies of earlier days' backups that were cut off when the app closed.
fn rotate(folder: &Path) -> io::Result<()> {
    let daily = |path: &Path, suffix: &str| {
        path.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with(DAILY_PREFIX) && n.ends_with(suffix))
    };
    let files: Vec<PathBuf> = fs::read_dir(folder)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    // Today's copy is complete when this runs, so any partial daily copy left is abandoned.
    for abandoned in files
        .iter()
        .filter(|p| daily(p, ".partial") || daily(p, ".partial-journal"))
    {
        fs::remove_file(abandoned)?;
    }
    let mut backups: Vec<PathBuf> = files
        .into_iter()
        .filter(|p| daily(p, DAILY_SUFFIX))
        .collect();
    backups.sort();
    let excess = backups.len().saturating_sub(KEEP_DAILY);
    for old in &backups[..excess] {
        fs::remove_file(old)?;
    }
    Ok(())
}

/// Replaces the database at `database` with the backup at `backup`, after checking that the
/// backup is an intact Skranke database this version can read. The current database (with its
/// WAL files) is moved aside, never deleted; its new name is returned. The store must be
/// closed while this runs.
pub fn restore(backup: &Path, database: &Path) -> Result<PathBuf, BackupError> {
    open::inspect(backup).map_err(BackupError::NotRestorable)?;
    let stamp = jiff::Timestamp::now().strftime("%Y%m%dT%H%M%S").to_string();
    let aside = database.with_extension(format!("before-restore-{stamp}.sqlite3"));
    if database.exists() {
        fs::rename(database, &aside)?;
        for suffix in ["-wal", "-shm"] {
            let companion = PathBuf::from(format!("{}{suffix}", database.display()));
            if companion.exists() {
                fs::rename(
                    &companion,
                    PathBuf::from(format!("{}{suffix}", aside.display())),
                )?;
            }
        }
    }
    let source = Connection::open_with_flags(
        backup,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    if let Err(error) = copy_database(&source, database) {
        // Put the old database back: a failed restore must leave things as they were.
        let _ = fs::rename(&aside, database);
        return Err(error);
    }
    Ok(aside)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outreach::entry::sample;

    #[test]
    fn a_backup_holds_the_entries_and_restores_with_the_old_one_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        let live = dir.path().join("skranke.sqlite3");
        let store = Store::open(&live).unwrap();
        let kept = sample("2026-01-01");
        store.save_entry(&kept).unwrap();
        let backup = dir.path().join("chosen/backup.sqlite3");
        store.backup_to(&backup).unwrap();
        let later = sample("2026-01-02");
        store.save_entry(&later).unwrap();
        drop(store);

        let aside = restore(&backup, &live).unwrap();
        let restored = Store::open(&live).unwrap();
        assert!(restored.entry(kept.id).unwrap().is_some());
        assert!(restored.entry(later.id).unwrap().is_none());
        let old = Store::open(&aside).unwrap();
        assert!(
            old.entry(later.id).unwrap().is_some(),
            "the replaced database is kept aside, whole"
        );
    }

    #[test]
    fn a_broken_or_foreign_file_is_not_restored_and_nothing_moves() {
        let dir = tempfile::tempdir().unwrap();
        let live = dir.path().join("skranke.sqlite3");
        let store = Store::open(&live).unwrap();
        store.save_entry(&sample("2026-01-01")).unwrap();
        drop(store);
        let junk = dir.path().join("junk.sqlite3");
        fs::write(&junk, b"not a database at all").unwrap();
        assert!(matches!(
            restore(&junk, &live),
            Err(BackupError::NotRestorable(OpenError::NotADatabase))
        ));
        assert_eq!(
            Store::open(&live)
                .unwrap()
                .count(&Default::default())
                .unwrap(),
            1
        );
    }

    #[test]
    fn daily_backups_are_made_once_a_day_and_seven_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let live = dir.path().join("skranke.sqlite3");
        drop(Store::open(&live).unwrap());
        let folder = dir.path().join("backups");
        for day in 1..=10 {
            let date = jiff::civil::date(2026, 3, day);
            assert!(daily_backup(&live, &folder, date).unwrap().is_some());
            assert!(
                daily_backup(&live, &folder, date).unwrap().is_none(),
                "once a day"
            );
        }
        let mut names: Vec<String> = fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names.len(), KEEP_DAILY);
        assert_eq!(names[0], "skranke-2026-03-04.sqlite3");
    }

    #[test]
    fn a_daily_backup_cut_off_by_closing_the_app_is_cleared_by_the_next_one() {
        let dir = tempfile::tempdir().unwrap();
        let live = dir.path().join("skranke.sqlite3");
        drop(Store::open(&live).unwrap());
        let folder = dir.path().join("backups");
        fs::create_dir_all(&folder).unwrap();
        fs::write(folder.join("skranke-2026-03-01.partial"), b"half a copy").unwrap();
        fs::write(
            folder.join("skranke-2026-03-01.partial-journal"),
            b"journal",
        )
        .unwrap();
        fs::write(folder.join("notes.partial"), b"not ours").unwrap();

        let made = daily_backup(&live, &folder, jiff::civil::date(2026, 3, 2)).unwrap();
        let mut names: Vec<String> = fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, ["notes.partial", "skranke-2026-03-02.sqlite3"]);
        assert!(Store::open(&made.unwrap()).is_ok());
    }
}
