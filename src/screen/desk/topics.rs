//! The list of topics, each with its title in the staff language and the citizen's language,
//! and a check box to put it in the handout.

use super::{Message, State};
use crate::content::topics::TOPICS;
use crate::i18n::msg;
use crate::screen::Context;
use crate::screen::problem;
use crate::ui::focus::{ControlId, Controls};
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, fonts, size};
use iced::widget::{Column, column};
use iced::{Alignment, Element, Fill};

pub const SOURCES: ControlId = ControlId::new("desk-sources");
const SAVE_HANDOUT: ControlId = ControlId::new("desk-save-handout");
const HANDOUT_DETAILS: ControlId = ControlId::new("desk-handout-details");

pub fn topic_id(code: &str) -> ControlId {
    ControlId::dynamic(format!("topic-{code}"))
}

pub fn handout_id(code: &str) -> ControlId {
    ControlId::dynamic(format!("handout-{code}"))
}

pub fn view<'a>(
    state: &'a State,
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let citizen = ctx.citizen;
    let mut list = Column::new().spacing(size::GAP * 0.75).width(Fill);
    list = list.push(widget::heading(ui, ctx.tr(msg!("desk-topics")), 2));
    for topic in &TOPICS {
        let staff_title = ctx.text_of(&topic.title_id());
        let citizen_title = ctx.i18n.text(citizen.locale, &topic.title_id());
        let mut content = Column::new().spacing(2).width(Fill);
        content = content.push(
            widget::label(ui, staff_title.clone())
                .font(fonts::bold(fonts::for_locale(ui.staff.locale))),
        );
        if citizen.locale != ui.staff.locale {
            content = content.push(widget::text_in(citizen, citizen_title, size::BODY));
        }
        content = content.push(widget::text_in(
            ui.staff,
            ctx.text_of(&topic.intro_id()),
            size::SMALL,
        ));
        list = list.push(widget::entry(
            ui,
            controls,
            &topic_id(topic.code),
            staff_title.clone(),
            content,
            Message::OpenTopic(topic.code),
        ));
        list = list.push(widget::checkbox(
            ui,
            controls,
            &handout_id(topic.code),
            ctx.tr(msg!("desk-handout-include", topic = staff_title)),
            state.handout.contains(&topic.code),
            Message::ToggleHandout(topic.code),
        ));
    }
    let sources = widget::button(
        ui,
        controls,
        &SOURCES,
        ctx.tr(msg!("desk-sources")),
        Some(Message::ShowSources),
        Kind::Link,
    );
    column![list, handout_card(state, ctx, controls), sources]
        .spacing(size::GAP * 1.25)
        .into()
}

fn handout_card<'a>(
    state: &'a State,
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let chosen = state.handout.len();
    let summary = ctx.tr(msg!("desk-handout-chosen", count = chosen));
    let save = widget::button(
        ui,
        controls,
        &SAVE_HANDOUT,
        ctx.tr(msg!("desk-handout-save")),
        (chosen > 0).then_some(Message::SaveHandout),
        Kind::Primary,
    );
    let mut body = column![
        widget::heading(ui, ctx.tr(msg!("desk-handout")), 2),
        widget::muted(ui, ctx.tr(msg!("desk-handout-hint"))),
        direction::row(
            ui.direction(),
            vec![save, widget::inline(ui, summary).into()]
        )
        .spacing(size::GAP)
        .align_y(Alignment::Center),
    ]
    .spacing(size::GAP * 0.75);
    if let Some(outcome) = &state.handout_status {
        body = body.push(problem::save_outcome(
            ctx,
            controls,
            HANDOUT_DETAILS,
            outcome,
            &state.details,
            Message::Details,
        ));
    }
    widget::card(ui, body)
}
