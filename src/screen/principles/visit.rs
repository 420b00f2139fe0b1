//! The per-visit checklist: what was done for the citizen now at the desk (1a–1f).

use super::Message;
use crate::content::principles::{ItemId, Section};
use crate::i18n::msg;
use crate::screen::Context;
use crate::ui::focus::{self, ControlId, Controls};
use crate::ui::size;
use crate::ui::widget::{self, Kind};
use iced::widget::{Column, column};
use iced::{Element, Fill};

const RESET: ControlId = ControlId::new("visit-reset");

pub fn item_id(item: ItemId) -> ControlId {
    ControlId::dynamic(format!("visit-{item}"))
}

/// A check box that ticks an item for this visit.
pub fn item_checkbox<'a>(
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    item: ItemId,
) -> Element<'a, Message> {
    widget::checkbox(
        &ctx.ui,
        controls,
        &item_id(item),
        ctx.text_of(&item.text_id()),
        ctx.visit.is_ticked(item),
        Message::ToggleVisitItem(item),
    )
}

pub fn view<'a>(ctx: &Context<'a>, controls: &mut Controls<Message>) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let mut page = Column::new().spacing(size::GAP * 1.25).width(Fill);
    page = page.push(widget::heading(ui, ctx.tr(msg!("visit-title")), 1));
    page = page.push(widget::label(ui, ctx.tr(msg!("visit-intro"))));
    for principle in Section::CitizenService.principles() {
        let mut block = Column::new().spacing(4).push(widget::heading(
            ui,
            format!("{} {}", principle.code, ctx.text_of(&principle.title_id())),
            2,
        ));
        let title = format!("{} {}", principle.code, ctx.text_of(&principle.title_id()));
        controls.begin_group(focus::Group::new(
            format!("visit-{}", principle.code),
            title,
        ));
        for item in principle.items() {
            block = block.push(item_checkbox(ctx, controls, item));
        }
        controls.end_group();
        page = page.push(widget::card(ui, block));
    }
    let served: Vec<&str> = ctx
        .visit
        .principles_served()
        .iter()
        .map(|p| p.code)
        .collect();
    let summary = if served.is_empty() {
        ctx.tr(msg!("visit-served-none"))
    } else {
        ctx.tr(msg!("visit-served", codes = served.join(", ")))
    };
    let reset = widget::button(
        ui,
        controls,
        &RESET,
        ctx.tr(msg!("visit-reset")),
        Some(Message::ResetVisit),
        Kind::Primary,
    );
    page = page.push(widget::card(
        ui,
        column![widget::label(ui, summary), reset].spacing(size::GAP),
    ));
    page.into()
}
