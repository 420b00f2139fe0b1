//! "Save as": the system's save dialog (rfd), then an atomic write off the UI thread.

use crate::export::{self, Format};
use crate::screen::SaveOutcome;
use iced::Task;

/// What to save, and what the dialog should suggest.
pub struct SaveRequest {
    pub suggested_name: String,
    pub format: Format,
    pub bytes: Vec<u8>,
}

/// Asks where to save, writes the file there, and reports how it went. Cancelling the dialog
/// writes nothing and reports `Cancelled`.
pub fn with_dialog<Message: Send + 'static>(
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
                Some(handle) => {
                    let path = handle.path().to_path_buf();
                    match export::save(&path, &request.bytes) {
                        Ok(()) => SaveOutcome::Saved(path),
                        Err(error) => SaveOutcome::Failed(error),
                    }
                }
            }
        },
        done,
    )
}
