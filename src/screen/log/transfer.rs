//! Export, merge, backup and restore of the outreach log, as state: what the user typed, and
//! how each of the four last went.

use super::tasks::{self, LogFile};
use crate::clock;
use crate::export::sheet::{Dialect, Separator};
use crate::screen::{Action, Context, Disclosures, Request, SaveOutcome};
use crate::store::backup::BackupError;
use crate::store::transfer::{ExportRange, ImportError, ImportReport};
use crate::ui::focus::ControlId;
use std::path::PathBuf;

#[derive(Clone, Debug)]
pub enum Message {
    ExportFrom(String),
    ExportTo(String),
    ToggleExportTraining,
    /// The CSV's field separator.
    Separator(Separator),
    /// Export as CSV, or as an Excel workbook.
    Export,
    ExportXlsx,
    ExportProgress {
        done: u64,
        total: u64,
    },
    Exported(SaveOutcome),
    Import,
    Imported(Result<ImportReport, ImportError>),
    Backup,
    BackedUp(SaveOutcome),
    Restore,
    /// The restore ended: where the old log was put (or why not), and the log opened again.
    Restored(Box<tasks::RestoreOutcome>),
    /// Show or hide a failure's details.
    Details(ControlId),
}

/// How a restore ended, as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Restored {
    /// Done; the replaced log was kept here.
    KeptAside(PathBuf),
    Failed(BackupError),
}

/// Export, merge and backup state.
#[derive(Clone, Debug, Default)]
pub struct TransferState {
    pub from_text: String,
    pub to_text: String,
    pub include_training: bool,
    /// The CSV's separator as chosen; none: the one the staff language's Excel expects.
    pub separator: Option<Separator>,
    pub range_invalid: bool,
    pub export_progress: Option<(u64, u64)>,
    pub export_status: Option<SaveOutcome>,
    pub import_status: Option<Result<ImportReport, ImportError>>,
    pub backup_status: Option<SaveOutcome>,
    pub restore_status: Option<Restored>,
    pub details: Disclosures,
}

impl TransferState {
    pub fn update(&mut self, message: Message, ctx: &Context) -> Action<Message> {
        match message {
            Message::ExportFrom(text) => {
                self.from_text = text;
                self.recheck_range();
                Action::None
            }
            Message::ExportTo(text) => {
                self.to_text = text;
                self.recheck_range();
                Action::None
            }
            Message::ToggleExportTraining => {
                self.include_training = !self.include_training;
                Action::None
            }
            Message::Separator(separator) => {
                self.separator = Some(separator);
                Action::None
            }
            Message::Export => {
                let dialect = Dialect {
                    locale: ctx.ui.staff.locale,
                    separator: self.separator(ctx),
                };
                self.export(ctx, LogFile::Csv(dialect))
            }
            Message::ExportXlsx => self.export(ctx, LogFile::Xlsx(ctx.ui.staff.locale)),
            Message::ExportProgress { done, total } => {
                self.export_progress = Some((done, total));
                Action::None
            }
            Message::Exported(outcome) => {
                self.export_progress = None;
                if outcome != SaveOutcome::Cancelled {
                    self.export_status = Some(outcome);
                }
                Action::None
            }
            Message::Import => match ctx.database() {
                Some(database) => {
                    self.import_status = None;
                    Action::Run(tasks::import(database.clone(), Message::Imported))
                }
                None => Action::None,
            },
            Message::Imported(result) => {
                self.import_status = Some(result);
                Action::None
            }
            Message::Backup => match ctx.database() {
                Some(database) => {
                    self.backup_status = None;
                    let name = format!("skranke-backup-{}.sqlite3", clock::today());
                    Action::Run(tasks::backup_to_chosen(
                        database.clone(),
                        name,
                        Message::BackedUp,
                    ))
                }
                None => Action::None,
            },
            Message::BackedUp(outcome) => {
                if outcome != SaveOutcome::Cancelled {
                    self.backup_status = Some(outcome);
                }
                Action::None
            }
            Message::Restore => match ctx.database() {
                Some(database) => {
                    self.restore_status = None;
                    Action::Run(tasks::restore(database.clone(), |outcome| {
                        Message::Restored(Box::new(outcome))
                    }))
                }
                None => Action::None,
            },
            Message::Restored(outcome) => match *outcome {
                Ok((result, reopened)) => {
                    self.restore_status = Some(match result {
                        Ok(aside) => Restored::KeptAside(aside),
                        Err(error) => Restored::Failed(error),
                    });
                    Action::Ask(Request::Reopened(reopened))
                }
                Err(error) => {
                    self.restore_status = Some(Restored::Failed(BackupError::Failed(error)));
                    Action::None
                }
            },
            Message::Details(id) => {
                self.details.toggle(id);
                Action::None
            }
        }
    }

    /// A shown error about the period goes as soon as it is a period.
    fn recheck_range(&mut self) {
        if self.range_invalid {
            let from = clock::parse_day(&self.from_text);
            let to = clock::parse_day(&self.to_text);
            self.range_invalid = !matches!((from, to), (Some(from), Some(to)) if from <= to);
        }
    }

    /// The CSV's separator: as chosen, or the one the staff language's Excel expects.
    pub fn separator(&self, ctx: &Context) -> Separator {
        self.separator
            .unwrap_or_else(|| Separator::for_locale(ctx.ui.staff.locale))
    }

    fn export(&mut self, ctx: &Context, file: LogFile) -> Action<Message> {
        let from = clock::parse_day(&self.from_text);
        let to = clock::parse_day(&self.to_text);
        match (from, to, ctx.database()) {
            (Some(from), Some(to), Some(database)) if from <= to => {
                self.range_invalid = false;
                self.export_status = None;
                let range = ExportRange {
                    from,
                    to,
                    include_training: self.include_training,
                };
                let name = format!(
                    "skranke-log-{}-{}.{}",
                    range.from,
                    range.to,
                    file.format().extension()
                );
                Action::Run(tasks::export(
                    database.path().to_path_buf(),
                    range,
                    name,
                    file,
                    |done, total| Message::ExportProgress { done, total },
                    Message::Exported,
                ))
            }
            (Some(from), Some(to), None) if from <= to => Action::None,
            _ => {
                self.range_invalid = true;
                Action::None
            }
        }
    }
}
