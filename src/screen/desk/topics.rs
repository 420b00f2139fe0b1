//! The list of topics, each with its title in the staff language and the citizen's language,
//! and a check box to put it in the handout.

use super::{Message, Printed, State};
use crate::content::topics::TOPICS;
use crate::i18n::msg;
use crate::screen::Context;
use crate::screen::SaveOutcome;
use crate::screen::problem;
use crate::ui::focus::{ControlId, Controls};
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, fonts, size};
use iced::widget::{Column, column};
use iced::{Element, Fill};

pub const SOURCES: ControlId = ControlId::new("desk-sources");
pub const SAVE_HANDOUT: ControlId = ControlId::new("desk-save-handout");
pub const PRINT_HANDOUT: ControlId = ControlId::new("desk-print-handout");
pub const OPEN_HANDOUT: ControlId = ControlId::new("desk-open-handout");
const HANDOUT_DETAILS: ControlId = ControlId::new("desk-handout-details");
const PRINT_DETAILS: ControlId = ControlId::new("desk-print-details");
const OPEN_DETAILS: ControlId = ControlId::new("desk-open-details");

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
    // Both stay active with nothing chosen: pressing them says why nothing happens.
    let save = widget::button(
        ui,
        controls,
        &SAVE_HANDOUT,
        ctx.tr(msg!("desk-handout-save")),
        Some(Message::SaveHandout),
        Kind::Primary,
    );
    let print = widget::button(
        ui,
        controls,
        &PRINT_HANDOUT,
        ctx.tr(msg!("desk-handout-print")),
        Some(Message::PrintHandout),
        Kind::Secondary,
    );
    let mut body = column![
        widget::heading(ui, ctx.tr(msg!("desk-handout")), 2),
        widget::muted(ui, ctx.tr(msg!("desk-handout-hint"))),
        direction::wrapping_row(
            ui.direction(),
            vec![save, print, widget::inline(ui, summary).into()],
            size::GAP
        ),
    ]
    .spacing(size::GAP * 0.75);
    if state.no_topic {
        body = body.push(widget::error(ui, ctx.tr(msg!("desk-handout-none-chosen"))));
    }
    if let Some(outcome) = &state.handout_status {
        if let Some(shown) = problem::save_outcome(
            ctx,
            controls,
            HANDOUT_DETAILS,
            outcome,
            &state.details,
            Message::Details,
        ) {
            body = body.push(shown);
        }
        if let SaveOutcome::Saved(path) | SaveOutcome::SavedInstead(path) = outcome {
            body = body.push(widget::button(
                ui,
                controls,
                &OPEN_HANDOUT,
                ctx.tr(msg!("desk-handout-open")),
                Some(Message::OpenHandout(path.clone())),
                Kind::Secondary,
            ));
        }
    }
    if let Some(detail) = &state.open_failed {
        body = body.push(problem::view(
            ctx,
            controls,
            OPEN_DETAILS,
            ctx.tr(msg!("desk-handout-open-failed")),
            detail.clone(),
            &state.details,
            Message::Details,
        ));
    }
    match &state.print_status {
        None => {}
        Some(Printed::Opened(_)) => {
            body = body.push(widget::notice_text(
                ui,
                ctx.tr(msg!("desk-handout-print-opened")),
            ));
        }
        Some(Printed::NotOpened(path, detail)) => {
            body = body.push(problem::view(
                ctx,
                controls,
                PRINT_DETAILS,
                ctx.tr(msg!(
                    "desk-handout-print-not-opened",
                    file = problem::file_in_sentence(ctx, path)
                )),
                detail.clone(),
                &state.details,
                Message::Details,
            ));
        }
        Some(Printed::NotWritten(error)) => {
            body = body.push(problem::view(
                ctx,
                controls,
                PRINT_DETAILS,
                ctx.tr(msg!(
                    "desk-handout-print-failed",
                    reason = problem::Explain::sentence(error, &ctx.words())
                )),
                problem::Explain::detail(error),
                &state.details,
                Message::Details,
            ));
        }
    }
    widget::card(ui, body)
}
