//! The question before closing while a form is not saved: keep it (back to the form, as it
//! was) or discard it and close. It fills the window, like the language card, so nothing
//! behind it can be reached while it asks; Esc keeps.

use super::Message;
use crate::i18n::msg;
use crate::screen::Context;
use crate::ui::focus::{ControlId, Controls};
use crate::ui::semantics::Meaning;
use crate::ui::style::containers;
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, size};
use iced::widget::{Column, container};
use iced::{Element, Fill, Length};

/// A form whose changes closing would lose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unsaved {
    /// The log's entry form (a new entry or a correction).
    LogEntry,
    /// Training's session form.
    Session,
}

pub const KEEP: ControlId = ControlId::new("closing-keep");
pub const DISCARD: ControlId = ControlId::new("closing-discard");

/// The question, in the middle of the window; `keep` and `discard` are its answers.
pub fn view<'a>(
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    unsaved: &[Unsaved],
    keep: Message,
    discard: Message,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let mut body = Column::new()
        .spacing(size::GAP)
        .width(Fill)
        .push(widget::heading(ui, ctx.tr(msg!("closing-title")), 1));
    for form in unsaved {
        let what = ctx.tr(match form {
            Unsaved::LogEntry => msg!("closing-unsaved-log"),
            Unsaved::Session => msg!("closing-unsaved-session"),
        });
        body = body.push(widget::label(ui, what).meaning(Meaning::Live { assertive: false }));
    }
    body = body.push(widget::label(ui, ctx.tr(msg!("closing-question"))));
    let keep = widget::button(
        ui,
        controls,
        &KEEP,
        ctx.tr(msg!("closing-keep")),
        Some(keep),
        Kind::Primary,
    );
    let discard = widget::button(
        ui,
        controls,
        &DISCARD,
        ctx.tr(msg!("closing-discard")),
        Some(discard),
        Kind::Secondary,
    );
    body = body.push(direction::wrapping_row(
        ui.direction(),
        vec![keep, discard],
        size::GAP,
    ));
    let card = container(widget::card(ui, body)).max_width(640);
    container(card)
        .padding(size::PADDING)
        .center_x(Fill)
        .center_y(Fill)
        .width(Fill)
        .height(Length::Fill)
        .style(containers::page(ui.palette))
        .into()
}
