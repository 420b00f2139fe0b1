//! Desk cases for discussion: one at a time, the principles they touch revealed on request.

use super::Message;
use crate::content::training::{CASES, case_principle};
use crate::i18n::msg;
use crate::screen::Context;
use crate::ui::focus::{ControlId, Controls};
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, fonts, size};
use iced::widget::{Column, column};
use iced::{Element, Fill};

const BACK: ControlId = ControlId::new("case-back");
const PRINCIPLES: ControlId = ControlId::new("case-principles");
const PREVIOUS: ControlId = ControlId::new("case-previous");
const NEXT: ControlId = ControlId::new("case-next");

pub fn case_id(id: &str) -> ControlId {
    ControlId::dynamic(format!("case-{id}"))
}

pub fn view<'a>(
    open: Option<usize>,
    show_principles: bool,
    seen: &[&'static str],
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let Some(index) = open else {
        let mut list = Column::new().spacing(size::GAP * 0.75).width(Fill);
        list = list.push(widget::label(ui, ctx.tr(msg!("cases-intro"))));
        for (index, case) in CASES.iter().enumerate() {
            let title = ctx.text_of(&case.title_id());
            let mut content = Column::new().spacing(2).push(
                widget::label(ui, title.clone())
                    .font(fonts::bold(fonts::for_locale(ui.staff.locale))),
            );
            if seen.contains(&case.id) {
                content = content.push(widget::muted(ui, ctx.tr(msg!("cases-seen"))));
            }
            list = list.push(widget::entry(
                ui,
                controls,
                &case_id(case.id),
                title,
                content,
                Message::OpenCase(index),
            ));
        }
        return list.into();
    };
    let case = &CASES[index];
    let mut page = Column::new().spacing(size::GAP * 1.25).width(Fill);
    page = page.push(widget::button(
        ui,
        controls,
        &BACK,
        ctx.tr(msg!("cases-back")),
        Some(Message::CloseCase),
        Kind::Link,
    ));
    page = page.push(widget::muted(
        ui,
        ctx.tr(msg!("cases-counter", case = index + 1, total = CASES.len())),
    ));
    page = page.push(widget::heading_in(
        ctx.text_lang(&case.title_id()),
        ctx.text_of(&case.title_id()),
        2,
    ));
    page = page.push(widget::paragraphs(
        ctx.text_lang(&case.text_id()),
        &ctx.text_of(&case.text_id()),
        size::H3,
    ));
    let mut questions =
        Column::new()
            .spacing(8)
            .push(widget::heading(ui, ctx.tr(msg!("cases-questions")), 3));
    for (n, id) in case.question_ids().enumerate() {
        questions = questions.push(widget::text_in(
            ctx.text_lang(&id),
            format!("{}. {}", n + 1, ctx.text_of(&id)),
            size::H3,
        ));
    }
    page = page.push(widget::card(ui, questions));
    let toggle = ctx.tr(if show_principles {
        msg!("cases-hide-principles")
    } else {
        msg!("cases-show-principles")
    });
    page = page.push(widget::button(
        ui,
        controls,
        &PRINCIPLES,
        toggle,
        Some(Message::TogglePrinciples),
        Kind::Secondary,
    ));
    controls.shows_or_hides(&PRINCIPLES, show_principles);
    if show_principles {
        let mut list = Column::new().spacing(6);
        for code in case.principles {
            let title = case_principle(code)
                .map(|p| ctx.text_of(&p.title_id()))
                .unwrap_or_default();
            list = list.push(widget::label(ui, format!("{code} {title}")));
        }
        page = page.push(widget::card(ui, list));
    }
    let previous = widget::button(
        ui,
        controls,
        &PREVIOUS,
        ctx.tr(msg!("cases-previous")),
        index.checked_sub(1).map(Message::OpenCase),
        Kind::Secondary,
    );
    let next = widget::button(
        ui,
        controls,
        &NEXT,
        ctx.tr(msg!("cases-next")),
        (index + 1 < CASES.len()).then_some(Message::OpenCase(index + 1)),
        Kind::Secondary,
    );
    page = page.push(direction::row(ui.direction(), vec![previous, next]).spacing(size::GAP));
    column![page].into()
}
