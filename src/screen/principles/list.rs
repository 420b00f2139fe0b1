//! The list of principles by section, with a text filter over titles and summaries.

use super::{Message, State};
use crate::content::principles::{Principle, Section};
use crate::i18n::msg;
use crate::screen::Context;
use crate::store::assessment::Progress;
use crate::ui::focus::{ControlId, Controls};
use crate::ui::widget;
use crate::ui::{fonts, size};
use iced::widget::{Column, column};
use iced::{Element, Fill};

const FILTER: ControlId = ControlId::new("principles-filter");

pub fn entry_id(principle: &Principle) -> ControlId {
    ControlId::dynamic(format!("principle-{}", principle.code))
}

/// Does the principle's title or summary, in the staff language, contain the filter text?
pub fn matches(ctx: &Context, principle: &Principle, filter: &str) -> bool {
    let needle = filter.trim().to_lowercase();
    if needle.is_empty() {
        return true;
    }
    let haystack = format!(
        "{} {} {}",
        principle.code,
        ctx.text_of(&principle.title_id()),
        ctx.text_of(&principle.summary_id())
    )
    .to_lowercase();
    haystack.contains(&needle)
}

pub fn view<'a>(
    state: &'a State,
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let mut page = Column::new().spacing(size::GAP * 1.25).width(Fill);
    page = page.push(widget::heading(ui, ctx.tr(msg!("principles-title")), 1));
    page = page.push(widget::label(ui, ctx.tr(msg!("principles-intro"))));
    page = page.push(widget::text_field(
        ui,
        controls,
        &FILTER,
        ctx.tr(msg!("principles-filter")),
        &state.filter,
        Message::Filter,
        None,
    ));

    let mut shown = 0;
    for section in Section::ALL {
        let matching: Vec<&Principle> = section
            .principles()
            .filter(|p| matches(ctx, p, &state.filter))
            .collect();
        if matching.is_empty() {
            continue;
        }
        shown += matching.len();
        let mut block = column![
            widget::heading_in(
                ctx.text_lang(&section.title_id()),
                format!("{}. {}", section.number(), ctx.text_of(&section.title_id())),
                2
            ),
            ctx.text_block(&section.intro_id(), size::SMALL)
                .style(crate::ui::style::texts::muted(ui.palette)),
        ]
        .spacing(size::GAP * 0.75);
        for principle in matching {
            block = block.push(principle_entry(ctx, controls, principle));
        }
        page = page.push(block);
    }
    if shown == 0 {
        page = page.push(widget::label(
            ui,
            ctx.tr(msg!("principles-no-match", filter = state.filter.trim())),
        ));
    }
    page.into()
}

fn principle_entry<'a>(
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    principle: &'static Principle,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let title = format!("{} {}", principle.code, ctx.text_of(&principle.title_id()));
    let content_lang = ctx.text_lang(&principle.title_id());
    let items: Vec<String> = principle.items().map(|i| i.to_string()).collect();
    let progress = Progress::of(items.iter().map(String::as_str), ctx.assessments);
    let status = ctx.tr(msg!(
        "principles-entry-progress",
        done = progress.in_place,
        total = progress.total()
    ));
    let content = column![
        widget::text_in(content_lang, title.clone(), size::BODY)
            .font(fonts::bold(fonts::for_locale(content_lang.locale))),
        widget::text_in(
            content_lang,
            ctx.text_of(&principle.summary_id()),
            size::SMALL
        ),
        widget::muted(ui, status),
    ]
    .spacing(4);
    widget::entry(
        ui,
        controls,
        &entry_id(principle),
        title,
        content,
        Message::Open(principle.code),
    )
}
