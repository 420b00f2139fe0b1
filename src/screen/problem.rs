//! Failures told to the user: a sentence in the staff language, made from the failure's stable
//! code and its typed facts, never from the system's English; the system's own words stay
//! available behind a "Show details" disclosure (and in IT's log, `crate::it_log`).

use super::Context;
use crate::export::SaveError;
use crate::i18n::msg;
use crate::i18n::{Catalogue, Locale, MessageId, Text};
use crate::store::backup::BackupError;
use crate::store::transfer::ImportError;
use crate::store::{OpenError, StoreError};
use crate::ui::disclosure::disclosure;
use crate::ui::focus::{ControlId, Controls};
use crate::ui::style::texts;
use crate::ui::{direction, widget};
use iced::widget::{Column, container};
use iced::{Element, Fill};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// The words of one language, for sentences about failures.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    pub i18n: &'a Catalogue,
    pub locale: Locale,
}

impl Words<'_> {
    /// A message named in code (`msg!`).
    pub fn tr(&self, text: impl Into<Text>) -> String {
        self.i18n.render(self.locale, text)
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
            StoreError::Locked(_) => words.tr(msg!("error-store-locked")),
            StoreError::ReadOnly(_) => words.tr(msg!("error-store-read-only")),
            StoreError::DiskFull(_) => words.tr(msg!("error-store-disk-full")),
            StoreError::Damaged(_) => words.tr(msg!("error-store-damaged")),
            StoreError::Io(_) => words.tr(msg!("error-store-io")),
            StoreError::NotOpen => words.tr(msg!("error-store-not-open")),
            StoreError::Invalid(_) => words.tr(msg!("error-store-invalid")),
            StoreError::Refused(refusal) => refusal_words(words, *refusal),
            StoreError::Other(_) => words.tr(msg!("error-store-other")),
        }
    }

    fn detail(&self) -> String {
        StoreError::detail(self)
    }
}

impl Explain for OpenError {
    fn sentence(&self, words: &Words) -> String {
        match self {
            OpenError::NewerSchema { found, supported } => words.tr(msg!(
                "store-newer-schema",
                found = *found,
                supported = *supported
            )),
            OpenError::Failed(error) => {
                words.tr(msg!("store-unavailable", reason = error.sentence(words)))
            }
            OpenError::NotADatabase => words.tr(msg!("store-not-a-database")),
            OpenError::Damaged(_) => words.tr(msg!("store-damaged")),
            OpenError::Opening => words.tr(msg!("store-opening")),
        }
    }

    fn detail(&self) -> String {
        OpenError::detail(self)
    }
}

impl Explain for SaveError {
    fn sentence(&self, words: &Words) -> String {
        words.tr(msg!("save-failed", reason = words.tr(save_reason(self))))
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
            ImportError::NotAnExport(missing) => {
                words.tr(msg!("import-not-an-export", columns = missing.join(", ")))
            }
            ImportError::Unreadable { line, .. } => {
                words.tr(msg!("import-unreadable", line = *line))
            }
            ImportError::InvalidRows(rows) => words.tr(msg!("import-invalid", count = rows.len())),
            ImportError::Database(error) => {
                words.tr(msg!("import-database", reason = error.sentence(words)))
            }
            ImportError::NoLog(version) => words.tr(msg!("import-no-log", version = *version)),
            ImportError::Failed(error) => {
                words.tr(msg!("import-failed", reason = error.sentence(words)))
            }
        }
    }

    fn detail(&self) -> String {
        ImportError::detail(self)
    }
}

/// Why a file was not written, as one sentence ("the disk is full").
pub fn save_reason(error: &SaveError) -> MessageId {
    match error {
        SaveError::PermissionDenied(_) => msg!("save-error-permission"),
        SaveError::DiskFull(_) => msg!("save-error-disk-full"),
        SaveError::NoSuchFolder(_) => msg!("save-error-no-folder"),
        SaveError::Other(_) => msg!("save-error-other"),
    }
}

/// Why the personal-data guard refused a text, as one sentence.
pub fn refusal_words(words: &Words, refusal: crate::guard::Refusal) -> String {
    use crate::guard::Refusal;
    match refusal {
        Refusal::TooLong { max, length } => {
            words.tr(msg!("guard-too-long", max = max, length = length))
        }
        Refusal::CprNumber => words.tr(msg!("guard-cpr")),
        Refusal::PhoneNumber => words.tr(msg!("guard-phone")),
        Refusal::Email => words.tr(msg!("guard-email")),
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
    let error = widget::error(&ctx.ui, sentence);
    let open = disclosures.is_open(&id);
    with_details(ctx, controls, error, detail, id, open, toggle)
}

/// `headline`, then, when there is a `detail`, the disclosure `id` and (while `open`) the
/// system's words: left to right as the system wrote them, under a line that says whose words
/// they are. The disclosure stands at the start of the line in either direction.
pub fn with_details<'a, Message: Clone + 'a>(
    ctx: &Context,
    controls: &mut Controls<Message>,
    headline: impl Into<Element<'a, Message>>,
    detail: String,
    id: ControlId,
    open: bool,
    toggle: fn(ControlId) -> Message,
) -> Element<'a, Message> {
    if detail.is_empty() {
        return headline.into();
    }
    let ui = &ctx.ui;
    let mut column = Column::new().spacing(4).width(Fill).push(headline);
    let label = ctx.tr(if open {
        msg!("problem-details-hide")
    } else {
        msg!("problem-details-show")
    });
    let toggle = disclosure(ui, controls, &id, label, open, toggle(id.clone()));
    column = column.push(
        container(toggle)
            .width(Fill)
            .align_x(direction::start(ui.direction())),
    );
    if open {
        column = column.push(widget::muted(ui, ctx.tr(msg!("problem-details"))));
        // The system's words are English, left to right, whatever the staff language.
        let system = ctx.lang(Locale::En);
        column = column.push(
            widget::text_in(system, detail, crate::ui::size::SMALL)
                .style(crate::ui::style::texts::muted(ui.palette)),
        );
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
                ctx.tr(msg!("save-done", file = crate::paths::display(path))),
            )
            .style(texts::success(ctx.ui.palette))
            .meaning(crate::ui::semantics::Meaning::Live { assertive: false })
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
