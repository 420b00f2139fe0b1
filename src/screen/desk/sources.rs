//! "About this information": where each Danish text's facts come from, and when they were checked.

use super::Message;
use crate::content::topics::TOPICS;
use crate::i18n::msg;
use crate::i18n::sources::citizen_sources;
use crate::screen::Context;
use crate::ui::focus::{ControlId, Controls};
use crate::ui::widget::{self, Kind};
use crate::ui::{fonts, size};
use iced::widget::{Column, column};
use iced::{Element, Fill};

pub const BACK: ControlId = ControlId::new("sources-back");

pub fn view<'a>(ctx: &Context<'a>, controls: &mut Controls<Message>) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let sources = citizen_sources();
    let mut page = Column::new().spacing(size::GAP).width(Fill);
    page = page.push(widget::button(
        ui,
        controls,
        &BACK,
        ctx.tr(msg!("desk-back")),
        Some(Message::Back),
        Kind::Link,
    ));
    page = page.push(widget::heading(ui, ctx.tr(msg!("sources-title")), 2));
    page = page.push(widget::label(ui, ctx.tr(msg!("sources-intro"))));
    for topic in &TOPICS {
        let mut block =
            Column::new()
                .spacing(6)
                .push(widget::heading(ui, ctx.text_of(&topic.title_id()), 3));
        for section in topic.section_numbers() {
            let heading = ctx.text_of(&topic.heading_id(section));
            let line = match sources.get(&topic.body_id(section)) {
                Some(p) => ctx.tr(msg!(
                    "sources-line",
                    source = p.source_for_reader(),
                    checked = p.checked.as_str()
                )),
                None => ctx.tr(msg!("sources-none")),
            };
            block = block.push(
                column![
                    widget::label(ui, heading)
                        .font(fonts::bold(fonts::for_locale(ui.staff.locale))),
                    widget::label(ui, line).size(size::SMALL),
                ]
                .spacing(2),
            );
        }
        page = page.push(widget::card(ui, block));
    }
    page.into()
}
