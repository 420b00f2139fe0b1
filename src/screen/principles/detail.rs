//! One principle: summary, the desk checklist, the unit's assessment, a reflection question,
//! and the original text on request.

use super::{Message, State, assessment, visit};
use crate::content::principles::Principle;
use crate::i18n::Locale;
use crate::i18n::msg;
use crate::screen::Context;
use crate::ui::focus::{ControlId, Controls};
use crate::ui::size;
use crate::ui::widget::{self, Kind};
use iced::widget::{Column, column};
use iced::{Element, Fill};

const BACK: ControlId = ControlId::new("principles-back");
const ORIGINAL: ControlId = ControlId::new("principles-original");

pub fn view<'a>(
    state: &'a State,
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    principle: &'static Principle,
    width: f32,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let mut page = Column::new().spacing(size::GAP * 1.25).width(Fill);
    page = page.push(widget::button(
        ui,
        controls,
        &BACK,
        ctx.tr(msg!("principles-back")),
        Some(Message::Back),
        Kind::Link,
    ));
    page = page.push(widget::heading_in(
        ctx.text_lang(&principle.title_id()),
        format!("{} {}", principle.code, ctx.text_of(&principle.title_id())),
        1,
    ));
    page = page.push(
        ctx.text_block(&principle.section.title_id(), size::SMALL)
            .style(crate::ui::style::texts::muted(ui.palette)),
    );
    page = page.push(widget::paragraphs(
        ctx.text_lang(&principle.summary_id()),
        &ctx.text_of(&principle.summary_id()),
        size::BODY,
    ));

    if principle.is_desk_principle() {
        let mut desk = Column::new().spacing(4).push(widget::heading(
            ui,
            ctx.tr(msg!("principles-at-the-desk")),
            2,
        ));
        desk = desk.push(widget::muted(
            ui,
            ctx.tr(msg!("principles-at-the-desk-hint")),
        ));
        for item in principle.items() {
            desk = desk.push(visit::item_checkbox(ctx, controls, item));
        }
        page = page.push(widget::card(ui, desk));
    }

    let heading = if principle.is_desk_principle() {
        msg!("principles-unit-desk")
    } else {
        msg!("principles-unit-in-place")
    };
    let mut unit = Column::new()
        .spacing(size::GAP)
        .push(widget::heading(ui, ctx.tr(heading), 2));
    unit = unit.push(widget::muted(ui, ctx.tr(msg!("principles-unit-hint"))));
    for item in principle.items() {
        unit = unit.push(assessment::item_block(state, ctx, controls, item, width));
    }
    page = page.push(widget::card(ui, unit));

    page = page.push(widget::card(
        ui,
        column![
            widget::heading(ui, ctx.tr(msg!("principles-question")), 2),
            ctx.text_block(&principle.question_id(), size::BODY),
        ]
        .spacing(size::GAP * 0.5),
    ));

    let toggle_label = ctx.tr(if state.show_original {
        msg!("principles-hide-original")
    } else {
        msg!("principles-show-original")
    });
    page = page.push(widget::button(
        ui,
        controls,
        &ORIGINAL,
        toggle_label,
        Some(Message::ToggleOriginal),
        Kind::Secondary,
    ));
    controls.shows_or_hides(&ORIGINAL, state.show_original);
    if state.show_original {
        // The seed exists in Danish only, and is shown as Danish whatever the staff language.
        let danish = ctx.lang(Locale::Da);
        page = page.push(widget::card(
            ui,
            column![
                widget::heading(ui, ctx.tr(msg!("principles-original")), 3),
                widget::paragraphs(
                    danish,
                    &ctx.i18n.text(Locale::Da, &principle.seed_id()),
                    size::BODY
                ),
            ]
            .spacing(size::GAP * 0.5),
        ));
    }
    page.into()
}
