//! Failures told to the user: a sentence in the staff language, made from the failure's stable
//! code and its typed facts, never from the system's English; the system's own words stay
//! available behind a "Show details" disclosure (and in IT's log, `crate::it_log`).

use super::Context;
use crate::export::SaveError;
use crate::i18n::{Arg, Catalogue, Locale};
use crate::store::backup::BackupError;
use crate::store::transfer::ImportError;
use crate::store::{OpenError, StoreError};
use crate::ui::disclosure::disclosure;
use crate::ui::focus::{ControlId, Controls};
use crate::ui::style::texts;
use crate::ui::widget;
use iced::Element;
use iced::widget::Column;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// The words of one language, for sentences about failures.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    pub i18n: &'a Catalogue,
    pub locale: Locale,
}

impl Words<'_> {
    pub fn tr(&self, id: &str) -> String {
        self.i18n.text(self.locale, id)
    }

    pub fn tr_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.i18n.format(self.locale, id, args)
    }
}

/// A failure that can be told: a sentence, and the system's words for the details.
pub trait Explain {
    fn sentence(&self, words: &Words) -> String;
    /// The system's own words; empty when the category says everything.
    fn detail(&self) -> String;
}

impl Explain for StoreError {
    fn sentence(&self, words: &Words) -> String {
        match self {
            StoreError::Refused(refusal) => refusal_words(words, *refusal),
            other => words.tr(&format!("error-store-{}", other.code())),
        }
    }

    fn detail(&self) -> String {
        StoreError::detail(self)
    }
}

impl Explain for OpenError {
    fn sentence(&self, words: &Words) -> String {
        match self {
            OpenError::NewerSchema { found, supported } => words.tr_with(
                "store-newer-schema",
                &[
                    ("found", Arg::from(*found)),
                    ("supported", Arg::from(*supported)),
                ],
            ),
            OpenError::Failed(error) => words.tr_with(
                "store-unavailable",
                &[("reason", Arg::from(error.sentence(words)))],
            ),
            other => words.tr(&format!("store-{}", other.code())),
        }
    }

    fn detail(&self) -> String {
        OpenError::detail(self)
    }
}

impl Explain for SaveError {
    fn sentence(&self, words: &Words) -> String {
        words.tr_with(
            "save-failed",
            &[(
                "reason",
                Arg::from(words.tr(&format!("save-error-{}", self.code()))),
            )],
        )
    }

    fn detail(&self) -> String {
        SaveError::detail(self).to_string()
    }
}

impl Explain for BackupError {
    /// Why a backup or restore failed (the caller says which it was).
    fn sentence(&self, words: &Words) -> String {
        match self {
            BackupError::Failed(error) => error.sentence(words),
            BackupError::NotRestorable(error) => error.sentence(words),
        }
    }

    fn detail(&self) -> String {
        BackupError::detail(self)
    }
}

impl Explain for ImportError {
    /// The headline of a failed merge; the bad rows of `InvalidRows` are listed by the view.
    fn sentence(&self, words: &Words) -> String {
        match self {
            ImportError::NotAnExport(missing) => words.tr_with(
                "import-not-an-export",
                &[("columns", Arg::from(missing.join(", ")))],
            ),
            ImportError::Unreadable { line, .. } => {
                words.tr_with("import-unreadable", &[("line", Arg::from(*line))])
            }
            ImportError::InvalidRows(rows) => {
                words.tr_with("import-invalid", &[("count", Arg::from(rows.len()))])
            }
            ImportError::Database(error) => words.tr_with(
                "import-database",
                &[("reason", Arg::from(error.sentence(words)))],
            ),
            ImportError::NoLog(version) => {
                words.tr_with("import-no-log", &[("version", Arg::from(*version))])
            }
            ImportError::Failed(error) => words.tr_with(
                "import-failed",
                &[("reason", Arg::from(error.sentence(words)))],
            ),
        }
    }

    fn detail(&self) -> String {
        ImportError::detail(self)
    }
}

/// Why the personal-data guard refused a text, as one sentence.
pub fn refusal_words(words: &Words, refusal: crate::guard::Refusal) -> String {
    use crate::guard::Refusal;
    match refusal {
        Refusal::TooLong { max, length } => words.tr_with(
            "guard-too-long",
            &[("max", Arg::from(max)), ("length", Arg::from(length))],
        ),
        other => words.tr(&format!("guard-{}", other.code())),
    }
}

/// How a "save as" ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    Saved(PathBuf),
    /// The user closed the dialog: nothing happens.
    Cancelled,
    Failed(SaveError),
}

/// Which failures' details are shown, by the id of their disclosure.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Disclosures(BTreeSet<ControlId>);

impl Disclosures {
    pub fn toggle(&mut self, id: ControlId) {
        if !self.0.remove(&id) {
            self.0.insert(id);
        }
    }

    pub fn is_open(&self, id: &ControlId) -> bool {
        self.0.contains(id)
    }
}

/// A failure on screen: `sentence` as an error, then, when the system said more, a disclosure
/// `id` that shows its words. `toggle` is the screen's message that flips the disclosure.
#[allow(clippy::too_many_arguments)]
pub fn view<'a, Message: Clone + 'a>(
    ctx: &Context,
    controls: &mut Controls<Message>,
    id: ControlId,
    sentence: String,
    detail: String,
    disclosures: &Disclosures,
    toggle: fn(ControlId) -> Message,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let mut column = Column::new().spacing(4).push(widget::error(ui, sentence));
    if !detail.is_empty() {
        let open = disclosures.is_open(&id);
        let label = ctx.tr(if open {
            "problem-details-hide"
        } else {
            "problem-details-show"
        });
        column = column.push(disclosure(
            ui,
            controls,
            &id,
            label,
            open,
            toggle(id.clone()),
        ));
        if open {
            column = column.push(widget::muted(
                ui,
                ctx.tr_with("problem-details", &[("detail", Arg::from(detail))]),
            ));
        }
    }
    column.into()
}

/// How a "save as" ended, on screen: the file's name in the success colour (and words), or the
/// failure with its details. Nothing for a cancelled dialog.
pub fn save_outcome<'a, Message: Clone + 'a>(
    ctx: &Context,
    controls: &mut Controls<Message>,
    id: ControlId,
    outcome: &SaveOutcome,
    disclosures: &Disclosures,
    toggle: fn(ControlId) -> Message,
) -> Option<Element<'a, Message>> {
    match outcome {
        SaveOutcome::Cancelled => None,
        SaveOutcome::Saved(path) => Some(
            widget::label(
                &ctx.ui,
                ctx.tr_with(
                    "save-done",
                    &[("file", Arg::from(crate::paths::display(path)))],
                ),
            )
            .style(texts::success(ctx.ui.palette))
            .into(),
        ),
        SaveOutcome::Failed(error) => Some(view(
            ctx,
            controls,
            id,
            error.sentence(&ctx.words()),
            Explain::detail(error),
            disclosures,
            toggle,
        )),
    }
}
