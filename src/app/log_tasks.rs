//! The outreach log's work off the UI thread: list pages, exports with progress, merges,
//! backups and the daily backup. Each opens its own connection; WAL lets them run beside the app.

use crate::export::SaveError;
use crate::screen::SaveOutcome;
use crate::screen::log::{ImportOutcome, Message, PAGE_SIZE};
use crate::store::outreach::{self, Cursor, Filter};
use crate::store::transfer::{self, ExportRange, ImportError};
use crate::store::{Store, backup};
use iced::Task;
use iced::futures::StreamExt;
use iced::futures::channel::mpsc;
use iced::task::sipper;
use std::path::{Path, PathBuf};

/// Loads a page and the count for the list.
pub fn load_page(
    database: PathBuf,
    filter: Filter,
    after: Option<Cursor>,
    generation: u64,
) -> Task<Message> {
    Task::perform(
        async move {
            let conn = Store::open_reader(&database).map_err(|e| e.to_string())?;
            let page = outreach::page(&conn, &filter, after.as_ref(), PAGE_SIZE)
                .map_err(|e| e.to_string())?;
            let count = outreach::count(&conn, &filter).map_err(|e| e.to_string())?;
            Ok((page, count))
        },
        move |result| Message::PageLoaded { generation, result },
    )
}

/// Asks where to save, then streams the export there with progress, atomically.
pub fn export(
    database: PathBuf,
    range: ExportRange,
    suggested_name: String,
    codebook: Vec<u8>,
) -> Task<Message> {
    let chosen = Task::perform(
        async move {
            rfd::AsyncFileDialog::new()
                .set_file_name(&suggested_name)
                .add_filter("CSV", &["csv"])
                .save_file()
                .await
                .map(|handle| handle.path().to_path_buf())
        },
        |path| path,
    );
    chosen.then(move |path| match path {
        None => Task::done(Message::Exported(SaveOutcome::Cancelled)),
        Some(path) => write_export(database.clone(), range, path, codebook.clone()),
    })
}

/// Streams the export to `path` (and the codebook beside it), reporting progress.
pub fn write_export(
    database: PathBuf,
    range: ExportRange,
    path: PathBuf,
    codebook: Vec<u8>,
) -> Task<Message> {
    Task::sip(
        sipper(move |mut progress| async move {
            let (sender, mut receiver) = mpsc::unbounded::<(u64, u64)>();
            let target = path.clone();
            let worker = std::thread::spawn(move || {
                export_to_file(&database, &range, &target, &codebook, sender)
            });
            while let Some(step) = receiver.next().await {
                progress.send(step).await;
            }
            match worker.join() {
                Ok(Ok(())) => SaveOutcome::Saved(path),
                Ok(Err(error)) => SaveOutcome::Failed(error),
                Err(_) => SaveOutcome::Failed(SaveError::Other("the export stopped".into())),
            }
        }),
        |(done, total)| Message::ExportProgress { done, total },
        Message::Exported,
    )
}

/// The codebook's file name beside an export: `name.csv` → `name-codebook.csv`.
pub fn codebook_path(export: &Path) -> PathBuf {
    let stem = export
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".into());
    export.with_file_name(format!("{stem}-codebook.csv"))
}

fn export_to_file(
    database: &Path,
    range: &ExportRange,
    path: &Path,
    codebook: &[u8],
    progress: mpsc::UnboundedSender<(u64, u64)>,
) -> Result<(), SaveError> {
    let other = |e: &dyn std::fmt::Display| SaveError::Other(e.to_string());
    let conn = Store::open_reader(database).map_err(|e| other(&e))?;
    let total = transfer::export_count(&conn, range).map_err(|e| other(&e))?;
    let _ = progress.unbounded_send((0, total));
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let temporary = folder.join(format!(
        ".{}.partial",
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    ));
    let result = (|| {
        let file = std::fs::File::create(&temporary)?;
        let mut writer = std::io::BufWriter::with_capacity(1 << 20, file);
        transfer::export_csv(&conn, range, &mut writer, |done| {
            let _ = progress.unbounded_send((done, total));
        })
        .map_err(|e| std::io::Error::other(e.to_string()))?;
        let file = writer.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)?;
        crate::atomic_file::write(&codebook_path(path), codebook)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result.map_err(SaveError::from)
}

/// Asks for another desk's export (CSV) or database file, then merges it. Cancelling the
/// dialog does nothing.
pub fn import(database: PathBuf) -> Task<Message> {
    Task::perform(
        async move {
            let handle = rfd::AsyncFileDialog::new()
                .add_filter("Skranke (CSV, SQLite)", &["csv", "sqlite3", "sqlite", "db"])
                .pick_file()
                .await?;
            Some(import_file(&database, handle.path()))
        },
        |outcome| outcome,
    )
    .then(|outcome| match outcome {
        Some(outcome) => Task::done(Message::Imported(outcome)),
        None => Task::none(),
    })
}

/// Reads and merges a file: an SQLite database by its magic bytes, else CSV.
pub fn import_file(database: &Path, file: &Path) -> ImportOutcome {
    let is_database = std::fs::read(file)
        .map(|bytes| bytes.starts_with(b"SQLite format 3\0"))
        .unwrap_or(false);
    let rows = if is_database {
        transfer::read_database(file)
    } else {
        std::fs::File::open(file)
            .map_err(|e| ImportError::Unreadable {
                line: 0,
                message: e.to_string(),
            })
            .and_then(|f| transfer::read_csv(std::io::BufReader::new(f)))
    };
    let result = rows.and_then(|rows| {
        let store = Store::open(database).map_err(|e| ImportError::Database(e.to_string()))?;
        store.import(&rows)
    });
    match result {
        Ok(report) => ImportOutcome::Imported {
            added: report.added,
            already_present: report.already_present.len(),
        },
        Err(ImportError::NotAnExport(missing)) => ImportOutcome::NotAnExport(missing),
        Err(ImportError::Unreadable { line, message }) => {
            ImportOutcome::Unreadable { line, message }
        }
        Err(ImportError::InvalidRows(rows)) => {
            ImportOutcome::InvalidRows(rows.into_iter().map(|r| (r.line, r.problems)).collect())
        }
        Err(ImportError::Database(reason)) => ImportOutcome::Database(reason),
        Err(ImportError::Store(error)) => ImportOutcome::Database(error.to_string()),
    }
}

/// Asks where to put a backup, then writes it with SQLite's backup API.
pub fn backup_to_chosen(database: PathBuf, suggested_name: String) -> Task<Message> {
    Task::perform(
        async move {
            let Some(handle) = rfd::AsyncFileDialog::new()
                .set_file_name(&suggested_name)
                .add_filter("SQLite", &["sqlite3"])
                .save_file()
                .await
            else {
                return SaveOutcome::Cancelled;
            };
            let path = handle.path().to_path_buf();
            let result = Store::open_reader(&database)
                .map_err(|e| SaveError::Other(e.to_string()))
                .and_then(|conn| {
                    conn.backup(
                        rusqlite::MAIN_DB,
                        &path,
                        None::<fn(rusqlite::backup::Progress)>,
                    )
                    .map_err(|e| SaveError::Other(e.to_string()))
                });
            match result {
                Ok(()) => SaveOutcome::Saved(path),
                Err(error) => SaveOutcome::Failed(error),
            }
        },
        Message::BackedUp,
    )
}

/// Asks which backup to restore.
pub fn choose_restore() -> Task<Option<PathBuf>> {
    Task::perform(
        async {
            rfd::AsyncFileDialog::new()
                .add_filter("SQLite", &["sqlite3", "sqlite", "db"])
                .pick_file()
                .await
                .map(|h| h.path().to_path_buf())
        },
        |path| path,
    )
}

/// Today's automatic backup, if there is none yet; runs beside the app.
pub fn daily_backup(database: PathBuf, folder: PathBuf) -> Task<()> {
    Task::perform(
        async move {
            let _ = backup::daily_backup(&database, &folder, crate::clock::today());
        },
        |()| (),
    )
}
