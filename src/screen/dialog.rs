//! The system's file dialogs (rfd, through the desktop's portal on Linux), and saving what was
//! chosen: "save as" writes atomically off the UI thread and reports how it went.
//!
//! Every dialog starts in the folder last used this session, else in the user's Documents.
//! A dialog that cannot open is told apart from one the user closed (see [`DialogLog`]); for
//! the handout, Skranke then saves into a Skranke folder in Documents instead
//! ([`save_as_or_fallback`]). [`open`] shows a file in the system's default program.

use super::SaveOutcome;
use crate::export::{self, Format};
use iced::Task;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What to save, and what the dialog should suggest.
pub struct SaveRequest {
    pub suggested_name: String,
    pub format: Format,
    pub bytes: Vec<u8>,
}

/// The folder the last dialog of this session was left in (a file chosen or saved there).
static LAST_FOLDER: Mutex<Option<PathBuf>> = Mutex::new(None);

/// The user's Documents folder (`directories::UserDirs`), else the home folder.
pub fn documents() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    Some(
        dirs.document_dir()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| dirs.home_dir().to_path_buf()),
    )
}

/// Where a handout goes when the dialog cannot open: `Documents/Skranke`.
pub fn fallback_folder() -> Option<PathBuf> {
    documents().map(|folder| folder.join("Skranke"))
}

/// Where the next dialog starts: the folder last used this session, else Documents.
pub fn start_folder() -> Option<PathBuf> {
    let last = LAST_FOLDER.lock().ok().and_then(|last| last.clone());
    last.filter(|folder| folder.is_dir()).or_else(documents)
}

/// Remembers the folder of a chosen file for the next dialog.
fn remember(path: &Path) {
    if let (Some(folder), Ok(mut last)) = (path.parent(), LAST_FOLDER.lock()) {
        *last = Some(folder.to_path_buf());
    }
}

/// Failures rfd has written to its log so far. rfd answers "no file" both when the user closed
/// the dialog and when no dialog could open (no desktop portal and no zenity on Linux); only
/// its log says which ("Failed to save file with zenity"). So Skranke listens to rfd's errors.
static DIALOG_FAILURES: AtomicUsize = AtomicUsize::new(0);

/// The logger for rfd's messages: an error counts as a dialog that could not open, and goes
/// to IT's log. Other crates' messages are left alone, as without a logger.
struct DialogLog;

impl log::Log for DialogLog {
    fn enabled(&self, metadata: &log::Metadata) -> bool {
        metadata.target().starts_with("rfd") && metadata.level() <= log::Level::Error
    }

    fn log(&self, record: &log::Record) {
        if self.enabled(record.metadata()) {
            DIALOG_FAILURES.fetch_add(1, Ordering::SeqCst);
            crate::it_log::failure("dialog", "unavailable", &record.args().to_string());
        }
    }

    fn flush(&self) {}
}

/// Installs [`DialogLog`] once (a program has one logger; Skranke has no other).
fn listen_to_dialogs() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if log::set_logger(&DialogLog).is_ok() {
            log::set_max_level(log::LevelFilter::Error);
        }
    });
}

/// How a dialog ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Chosen {
    Path(PathBuf),
    /// The user closed it.
    Closed,
    /// It could not open, or failed.
    Failed,
}

/// Shows the system's "save as" dialog, starting in [`start_folder`].
async fn ask_save_path(suggested_name: &str, format: Format) -> Chosen {
    listen_to_dialogs();
    let before = DIALOG_FAILURES.load(Ordering::SeqCst);
    let extension = format.extension();
    let mut dialog = rfd::AsyncFileDialog::new()
        .set_file_name(suggested_name)
        .add_filter(extension.to_uppercase(), &[extension]);
    if let Some(folder) = start_folder() {
        dialog = dialog.set_directory(folder);
    }
    match dialog.save_file().await {
        Some(handle) => Chosen::Path(handle.path().to_path_buf()),
        None if DIALOG_FAILURES.load(Ordering::SeqCst) > before => Chosen::Failed,
        None => Chosen::Closed,
    }
}

/// Asks where to save, writes the file there, and reports how it went. Cancelling the dialog
/// writes nothing and reports `Cancelled`.
pub fn save_as<Message: Send + 'static>(
    request: SaveRequest,
    done: impl Fn(SaveOutcome) -> Message + Send + 'static,
) -> Task<Message> {
    Task::perform(
        async move {
            match ask_save_path(&request.suggested_name, request.format).await {
                Chosen::Path(path) => write(path, &request.bytes),
                Chosen::Closed => SaveOutcome::Cancelled,
                // Said in words, never silent; the system's words are in IT's log.
                Chosen::Failed => SaveOutcome::Failed(export::SaveError::Other(
                    "the system's file dialog could not open".into(),
                )),
            }
        },
        done,
    )
}

/// Like [`save_as`], but a dialog that cannot open does not lose the file: it is saved into
/// `fallback` (made if needed) under its suggested name, and reported as `SavedInstead`.
pub fn save_as_or_fallback<Message: Send + 'static>(
    request: SaveRequest,
    fallback: Option<PathBuf>,
    done: impl Fn(SaveOutcome) -> Message + Send + 'static,
) -> Task<Message> {
    Task::perform(
        async move {
            let chosen = ask_save_path(&request.suggested_name, request.format).await;
            settle(chosen, &request, fallback.as_deref())
        },
        done,
    )
}

/// What becomes of a request once the dialog has ended: written where chosen, nothing, or
/// written into `fallback` when the dialog failed.
pub fn settle(chosen: Chosen, request: &SaveRequest, fallback: Option<&Path>) -> SaveOutcome {
    match chosen {
        Chosen::Path(path) => write(path, &request.bytes),
        Chosen::Closed => SaveOutcome::Cancelled,
        Chosen::Failed => match fallback {
            Some(folder) => match write_into(folder, &request.suggested_name, &request.bytes) {
                SaveOutcome::Saved(path) => SaveOutcome::SavedInstead(path),
                other => other,
            },
            None => SaveOutcome::Failed(export::SaveError::NoSuchFolder(
                "no Documents or home folder".into(),
            )),
        },
    }
}

/// Writes `bytes` as `name` into `folder`, making the folder first.
pub fn write_into(folder: &Path, name: &str, bytes: &[u8]) -> SaveOutcome {
    if let Err(error) = std::fs::create_dir_all(folder) {
        let error = export::SaveError::from(error);
        crate::it_log::failure("save", error.code(), error.detail());
        return SaveOutcome::Failed(error);
    }
    write(folder.join(name), bytes)
}

/// Opens `path` in the system's default program for its kind (a browser for HTML), on a
/// thread of its own: starting a program may take a moment. Nothing goes over the network.
pub fn open<Message: Send + 'static>(
    path: PathBuf,
    done: impl Fn(Result<PathBuf, String>) -> Message + Send + 'static,
) -> Task<Message> {
    Task::perform(
        async move {
            let (sender, receiver) = futures_channel::oneshot::channel();
            std::thread::spawn(move || {
                let result = opener::open(&path).map(|()| path).map_err(|error| {
                    let detail = error.to_string();
                    crate::it_log::failure("open", "failed", &detail);
                    detail
                });
                let _ = sender.send(result);
            });
            receiver
                .await
                .unwrap_or_else(|_| Err("the opening thread stopped".into()))
        },
        done,
    )
}

/// Writes `bytes` to `path` atomically; a failure is also written to IT's log.
pub fn write(path: PathBuf, bytes: &[u8]) -> SaveOutcome {
    match export::save(&path, bytes) {
        Ok(()) => {
            remember(&path);
            SaveOutcome::Saved(path)
        }
        Err(error) => {
            crate::it_log::failure("save", error.code(), error.detail());
            SaveOutcome::Failed(error)
        }
    }
}

/// Asks where to save a file of this name and kind; `None` if the dialog was closed.
pub async fn choose_save_path(
    suggested_name: String,
    filter: (&'static str, &'static [&'static str]),
) -> Option<PathBuf> {
    let mut dialog = rfd::AsyncFileDialog::new()
        .set_file_name(&suggested_name)
        .add_filter(filter.0, filter.1);
    if let Some(folder) = start_folder() {
        dialog = dialog.set_directory(folder);
    }
    let path = dialog.save_file().await?.path().to_path_buf();
    remember(&path);
    Some(path)
}

/// Asks which file to open; `None` if the dialog was closed.
pub async fn choose_file(filter: (&'static str, &'static [&'static str])) -> Option<PathBuf> {
    let mut dialog = rfd::AsyncFileDialog::new().add_filter(filter.0, filter.1);
    if let Some(folder) = start_folder() {
        dialog = dialog.set_directory(folder);
    }
    let path = dialog.pick_file().await?.path().to_path_buf();
    remember(&path);
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> SaveRequest {
        SaveRequest {
            suggested_name: "handout-ar-2026-12-02.html".into(),
            format: Format::Html,
            bytes: b"<html></html>".to_vec(),
        }
    }

    #[test]
    fn a_dialog_that_fails_saves_into_the_fallback_folder() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("Documents").join("Skranke");
        let outcome = settle(Chosen::Failed, &request(), Some(&folder));
        let expected = folder.join("handout-ar-2026-12-02.html");
        assert_eq!(outcome, SaveOutcome::SavedInstead(expected.clone()));
        assert_eq!(std::fs::read(&expected).unwrap(), b"<html></html>");
    }

    #[test]
    fn a_closed_dialog_writes_nothing_and_a_chosen_path_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("fallback");
        assert_eq!(
            settle(Chosen::Closed, &request(), Some(&folder)),
            SaveOutcome::Cancelled
        );
        assert!(!folder.exists());
        let chosen = dir.path().join("mine.html");
        assert_eq!(
            settle(Chosen::Path(chosen.clone()), &request(), Some(&folder)),
            SaveOutcome::Saved(chosen)
        );
    }

    #[test]
    fn an_error_from_rfd_counts_as_a_dialog_that_could_not_open() {
        listen_to_dialogs();
        let before = DIALOG_FAILURES.load(Ordering::SeqCst);
        log::warn!(target: "rfd::backend", "Using zenity fallback");
        log::error!(target: "other_crate", "not a dialog");
        assert_eq!(DIALOG_FAILURES.load(Ordering::SeqCst), before);
        log::error!(target: "rfd::backend::xdg_desktop_portal", "Failed to save file with zenity");
        assert!(DIALOG_FAILURES.load(Ordering::SeqCst) > before);
    }

    /// On a machine with no desktop portal and no zenity, rfd's dialog cannot open: it is told
    /// apart from a closed one. Ignored: on a desktop it would open a real dialog. Run it by
    /// hand under `env -u DBUS_SESSION_BUS_ADDRESS` without zenity installed.
    #[test]
    #[ignore]
    fn without_portal_or_zenity_the_dialog_fails_and_is_not_taken_for_closed() {
        let chosen = iced::futures::executor::block_on(ask_save_path("handout.html", Format::Html));
        assert_eq!(chosen, Chosen::Failed);
    }

    #[test]
    fn no_fallback_folder_is_a_failure_in_words() {
        let outcome = settle(Chosen::Failed, &request(), None);
        assert!(matches!(outcome, SaveOutcome::Failed(_)));
    }
}
