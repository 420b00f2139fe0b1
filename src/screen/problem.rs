//! Failures told to the user: a sentence in the staff language, made from the failure's stable
//! code and its typed facts, never from the system's English; the system's own words stay
//! available behind a "Show details" disclosure (and in IT's log, `crate::it_log`).

use super::Context;
use crate::export::SaveError;
use crate::i18n::Locale;
use crate::i18n::msg;
use crate::ui::disclosure::disclosure;
use crate::ui::focus::{ControlId, Controls};
use crate::ui::style::texts;
use crate::ui::{direction, widget};
use iced::widget::{Column, container};
use iced::{Element, Fill};
use std::collections::BTreeSet;
use std::path::PathBuf;

pub use crate::explain::{Explain, Words, refusal_words, save_reason};

/// How a "save as" ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    Saved(PathBuf),
    /// The dialog could not open, so the file was saved here instead (`Documents/Skranke`).
    SavedInstead(PathBuf),
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

/// A file's place for a sentence: with the home folder as `~`, and in a right-to-left staff
/// language wrapped in Unicode isolates, so the path keeps its left-to-right order
/// (`~/Skranke/a.html`, not `Skranke/a.html/~`).
pub fn file_in_sentence(ctx: &Context, path: &std::path::Path) -> String {
    let shown = crate::paths::display(path);
    if ctx.ui.staff.direction.is_rtl() {
        format!("\u{2066}{shown}\u{2069}")
    } else {
        shown
    }
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
                ctx.tr(msg!("save-done", file = file_in_sentence(ctx, path))),
            )
            .style(texts::success(ctx.ui.palette))
            .meaning(crate::ui::semantics::Meaning::Live { assertive: false })
            .into(),
        ),
        SaveOutcome::SavedInstead(path) => Some(
            widget::label(
                &ctx.ui,
                ctx.tr(msg!(
                    "save-done-instead",
                    file = file_in_sentence(ctx, path)
                )),
            )
            .meaning(crate::ui::semantics::Meaning::Live { assertive: true })
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
