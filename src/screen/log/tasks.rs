//! The outreach log's longer work, off the UI thread: exports streamed with progress, merges,
//! backups and restores. Each takes the messages its answers come back as, so the parts of the
//! screen (the form, the list, the transfers) depend on this module and not the other way.

pub use crate::export::log_file::codebook_path;
use crate::export::sheet::Dialect;
use crate::export::{Format, SaveError, log_file, xlsx};
use crate::i18n::{Catalogue, Locale};
use crate::screen::{SaveOutcome, dialog};
use crate::store::backup::BackupError;
use crate::store::transfer::{self, ExportRange, ImportError, ImportReport};
use crate::store::{Database, Opened, StoreError, backup};
use iced::Task;
use iced::futures::StreamExt;
use iced::futures::channel::mpsc;
use iced::task::sipper;
use std::path::PathBuf;

/// How a restore ended: where the replaced log went (or why nothing happened), and the log
/// opened again; or why the log's thread could not do it.
pub type RestoreOutcome = Result<(Result<PathBuf, BackupError>, Opened), StoreError>;

/// What a log export writes: CSV for a spreadsheet (with its codebook beside it), or an Excel
/// workbook with the codebook on a second sheet, named in a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFile {
    Csv(Dialect),
    Xlsx(Locale),
}

impl LogFile {
    pub fn format(self) -> Format {
        match self {
            LogFile::Csv(_) => Format::Csv,
            LogFile::Xlsx(_) => Format::Xlsx,
        }
    }

    fn filter(self) -> (&'static str, &'static [&'static str]) {
        match self {
            LogFile::Csv(_) => ("CSV", &["csv"]),
            LogFile::Xlsx(_) => ("Excel", &["xlsx"]),
        }
    }
}

/// Asks where to save, then streams the export there with progress, atomically.
pub fn export<M: Send + 'static>(
    database: PathBuf,
    range: ExportRange,
    suggested_name: String,
    file: LogFile,
    progress: fn(u64, u64) -> M,
    done: fn(SaveOutcome) -> M,
) -> Task<M> {
    Task::perform(
        dialog::choose_save_path(suggested_name, file.filter()),
        |path| path,
    )
    .then(move |path| match path {
        None => Task::done(done(SaveOutcome::Cancelled)),
        Some(path) => write_export(database.clone(), range, path, file, progress, done),
    })
}

/// Streams the export to `path` (and the codebook), reporting progress. Its words are the
/// shipped texts: another desk reads the file back whatever its editors changed.
pub fn write_export<M: Send + 'static>(
    database: PathBuf,
    range: ExportRange,
    path: PathBuf,
    file: LogFile,
    progress: fn(u64, u64) -> M,
    done: fn(SaveOutcome) -> M,
) -> Task<M> {
    Task::sip(
        sipper(move |mut steps| async move {
            let (sender, mut receiver) = mpsc::unbounded::<(u64, u64)>();
            let target = path.clone();
            let worker = std::thread::Builder::new()
                .name("skranke-export".into())
                .spawn(move || {
                    let report = |done, total| {
                        let _ = sender.unbounded_send((done, total));
                    };
                    let words = Catalogue::shipped();
                    match file {
                        LogFile::Csv(dialect) => {
                            log_file::export(&database, &range, &target, words, dialect, report)
                        }
                        LogFile::Xlsx(locale) => {
                            xlsx::log(&database, &range, &target, words, locale, report)
                        }
                    }
                });
            let worker = match worker {
                Ok(worker) => worker,
                Err(error) => return SaveOutcome::Failed(SaveError::Other(error.to_string())),
            };
            while let Some(step) = receiver.next().await {
                steps.send(step).await;
            }
            let result = worker
                .join()
                .unwrap_or_else(|_| Err(SaveError::Other("the export stopped".into())));
            match result {
                Ok(()) => SaveOutcome::Saved(path),
                Err(error) => {
                    crate::it_log::failure("export", error.code(), error.detail());
                    SaveOutcome::Failed(error)
                }
            }
        }),
        move |(rows, total)| progress(rows, total),
        done,
    )
}

/// Asks for another desk's export (CSV) or database file, then merges it. Cancelling the
/// dialog does nothing.
pub fn import<M: Send + 'static>(
    database: Database,
    done: fn(Result<ImportReport, ImportError>) -> M,
) -> Task<M> {
    Task::perform(
        dialog::choose_file(("Skranke (CSV, SQLite)", &["csv", "sqlite3", "sqlite", "db"])),
        |path| path,
    )
    .then(move |path| match path {
        Some(path) => Task::perform(import_file(database.clone(), path), done),
        None => Task::none(),
    })
}

/// Reads a file (an SQLite database by its magic bytes, else CSV) and merges it into the log
/// on the log's thread.
pub async fn import_file(database: Database, file: PathBuf) -> Result<ImportReport, ImportError> {
    let rows = transfer::read_file(&file);
    let merged = match rows {
        Ok(rows) => database
            .write(move |store| Ok(store.import(&rows)))
            .await
            .map_err(ImportError::Failed)
            .and_then(|imported| imported),
        Err(error) => Err(error),
    };
    // The log's thread writes its own failures to IT's log; the file's are written here.
    if let Err(error) = &merged
        && !matches!(error, ImportError::Failed(_))
    {
        crate::it_log::failure("import", error.code(), &error.detail());
    }
    merged
}

/// Asks where to put a backup, then copies the log there with SQLite's backup API.
pub fn backup_to_chosen<M: Send + 'static>(
    database: Database,
    suggested_name: String,
    done: fn(SaveOutcome) -> M,
) -> Task<M> {
    Task::perform(
        dialog::choose_save_path(suggested_name, ("SQLite", &["sqlite3"])),
        |path| path,
    )
    .then(move |path| match path {
        None => Task::done(done(SaveOutcome::Cancelled)),
        Some(path) => {
            let target = path.clone();
            let copied = database.read(move |conn| {
                backup::copy_database(conn, &target).map_err(|error| match error {
                    backup::BackupError::Failed(error) => error,
                    other => StoreError::Other(other.to_string()),
                })
            });
            Task::perform(copied, move |result| {
                done(match result {
                    Ok(()) => SaveOutcome::Saved(path.clone()),
                    Err(error) => SaveOutcome::Failed(error.into()),
                })
            })
        }
    })
}

/// Asks which backup to restore, then restores it on the log's thread.
pub fn restore<M: Send + 'static>(database: Database, done: fn(RestoreOutcome) -> M) -> Task<M> {
    Task::perform(
        dialog::choose_file(("SQLite", &["sqlite3", "sqlite", "db"])),
        |path| path,
    )
    .then(move |path| match path {
        None => Task::none(),
        Some(path) => Task::perform(database.restore(path), done),
    })
}

/// Today's automatic backup, if there is none yet; runs beside the app.
pub fn daily_backup(database: PathBuf, folder: PathBuf) -> Task<()> {
    Task::perform(
        async move {
            if let Err(error) = backup::daily_backup(&database, &folder, crate::clock::today()) {
                crate::it_log::failure("backup", error.code(), &error.detail());
            }
        },
        |()| (),
    )
}
