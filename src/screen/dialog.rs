//! The system's file dialogs (rfd, through the desktop's portal on Linux), and saving what was
//! chosen: "save as" writes atomically off the UI thread and reports how it went.

use super::SaveOutcome;
use crate::export::{self, Format};
use iced::Task;
use std::path::PathBuf;

/// What to save, and what the dialog should suggest.
pub struct SaveRequest {
    pub suggested_name: String,
    pub format: Format,
    pub bytes: Vec<u8>,
}

/// Asks where to save, writes the file there, and reports how it went. Cancelling the dialog
/// writes nothing and reports `Cancelled`.
pub fn save_as<Message: Send + 'static>(
    request: SaveRequest,
    done: impl Fn(SaveOutcome) -> Message + Send + 'static,
) -> Task<Message> {
    Task::perform(
        async move {
            let extension = request.format.extension();
            let chosen = rfd::AsyncFileDialog::new()
                .set_file_name(&request.suggested_name)
                .add_filter(extension.to_uppercase(), &[extension])
                .save_file()
                .await;
            match chosen {
                None => SaveOutcome::Cancelled,
                Some(handle) => write(handle.path().to_path_buf(), &request.bytes),
            }
        },
        done,
    )
}

/// Writes `bytes` to `path` atomically; a failure is also written to IT's log.
pub fn write(path: PathBuf, bytes: &[u8]) -> SaveOutcome {
    match export::save(&path, bytes) {
        Ok(()) => SaveOutcome::Saved(path),
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
    rfd::AsyncFileDialog::new()
        .set_file_name(&suggested_name)
        .add_filter(filter.0, filter.1)
        .save_file()
        .await
        .map(|handle| handle.path().to_path_buf())
}

/// Asks which file to open; `None` if the dialog was closed.
pub async fn choose_file(filter: (&'static str, &'static [&'static str])) -> Option<PathBuf> {
    rfd::AsyncFileDialog::new()
        .add_filter(filter.0, filter.1)
        .pick_file()
        .await
        .map(|handle| handle.path().to_path_buf())
}
