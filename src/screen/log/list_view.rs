//! The list of logged contacts: newest first, filtered, a page at a time, with edit, delete
//! and undo. Training entries are marked in words, not colour alone.

use super::list::{ListState, Message, UNDO, edit_control};

use crate::content::topics::TOPICS;
use crate::i18n::{Locale, format};
use crate::i18n::{MessageId, msg};
use crate::outreach::codes::{self, Channel, Group};
use crate::outreach::entry::Entry;
use crate::screen::Context;
use crate::screen::problem::{self, Explain};
use crate::store::outreach::Training;
use crate::ui::focus::{self, ControlId, Controls};
use crate::ui::semantics::{Meaning, tagged};
use crate::ui::style::containers;
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, fonts, size};
use iced::widget::{Column, column, container};
use iced::{Alignment, Element, Fill};

const FILTERS: ControlId = ControlId::new("log-filters");
const FROM: ControlId = ControlId::new("log-filter-from");
const TO: ControlId = ControlId::new("log-filter-to");
const APPLY: ControlId = ControlId::new("log-filter-apply");
const CLEAR: ControlId = ControlId::new("log-filter-clear");
const NEWER: ControlId = ControlId::new("log-newer");
const OLDER: ControlId = ControlId::new("log-older");
const LOAD_DETAILS: ControlId = ControlId::new("log-load-details");
const CHANGE_DETAILS: ControlId = ControlId::new("log-change-details");

pub fn edit_id(entry: &Entry) -> ControlId {
    edit_control(entry.id)
}

pub fn delete_id(entry: &Entry) -> ControlId {
    ControlId::dynamic(format!("log-delete-{}", entry.id))
}

/// The label of a citizen-language code.
pub fn language_label(ctx: &Context, code: &str) -> String {
    match Locale::from_tag(code) {
        Some(locale) => ctx.i18n.meta(locale).name.clone(),
        None => ctx.tr(msg!("language-other")),
    }
}

pub fn view<'a>(
    list: &'a ListState,
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    width: f32,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let mut page = Column::new().spacing(size::GAP).width(Fill);
    page = page.push(widget::heading(ui, ctx.tr(msg!("log-list-title")), 2));
    if let Some(undo) = list.undo {
        let _ = undo;
        let row = direction::row(
            ui.direction(),
            vec![
                widget::label(ui, ctx.tr(msg!("log-deleted"))).into(),
                widget::button(
                    ui,
                    controls,
                    &UNDO,
                    ctx.tr(msg!("log-undo")),
                    Some(Message::Undo),
                    Kind::Secondary,
                ),
            ],
        )
        .spacing(size::GAP)
        .align_y(Alignment::Center);
        page = page.push(
            container(row)
                .padding([8, 12])
                .width(Fill)
                .style(containers::notice(ui.palette)),
        );
    }
    let toggle = if list.show_filters {
        msg!("log-filters-hide")
    } else {
        msg!("log-filters-show")
    };
    page = page.push(widget::button(
        ui,
        controls,
        &FILTERS,
        ctx.tr(toggle),
        Some(Message::ToggleFilters),
        Kind::Secondary,
    ));
    controls.shows_or_hides(&FILTERS, list.show_filters);
    if list.show_filters {
        page = page.push(filters(list, ctx, controls, width));
    }

    let count = match list.count {
        Some(count) => ctx.tr(msg!("log-count", count = count)),
        None => ctx.tr(msg!("log-loading")),
    };
    page =
        page.push(widget::label(ui, count).font(fonts::bold(fonts::for_locale(ui.staff.locale))));
    if let Some(error) = &list.change_error {
        page = page.push(problem::view(
            ctx,
            controls,
            CHANGE_DETAILS,
            error.sentence(&ctx.words()),
            error.detail(),
            &list.details,
            Message::Details,
        ));
    }
    if let Some(error) = &list.error {
        let sentence = ctx.tr(msg!(
            "log-load-failed",
            reason = error.sentence(&ctx.words())
        ));
        page = page.push(problem::view(
            ctx,
            controls,
            LOAD_DETAILS,
            sentence,
            error.detail(),
            &list.details,
            Message::Details,
        ));
    }
    if !list.page.entries.is_empty() {
        // Drawn as cards; read as a table whose columns the cards' parts are.
        let mut rows = Column::new().spacing(size::GAP).width(Fill);
        for entry in &list.page.entries {
            rows = rows.push(row(list, ctx, controls, entry));
        }
        let hidden_headers = [
            msg!("log-column-day"),
            msg!("log-channel"),
            msg!("log-language"),
            msg!("log-outcome"),
            msg!("log-duration"),
            msg!("log-interpreter"),
            msg!("log-unit"),
            msg!("log-column-details"),
            msg!("log-column-actions"),
        ]
        .into_iter()
        .map(|id| ctx.tr(id))
        .collect();
        page = page.push(tagged(Meaning::Table { hidden_headers }, None, rows));
    }
    if list.page.entries.is_empty() && list.count == Some(0) {
        page = page.push(widget::muted(ui, ctx.tr(msg!("log-empty"))));
    }
    let newer = widget::button(
        ui,
        controls,
        &NEWER,
        ctx.tr(msg!("log-newer")),
        (!list.previous.is_empty()).then_some(Message::Newer),
        Kind::Secondary,
    );
    let older = widget::button(
        ui,
        controls,
        &OLDER,
        ctx.tr(msg!("log-older")),
        list.page.next.is_some().then_some(Message::Older),
        Kind::Secondary,
    );
    let position = widget::inline(ui, ctx.tr(msg!("log-page", page = list.previous.len() + 1)));
    page = page.push(
        direction::row(ui.direction(), vec![newer, position.into(), older])
            .spacing(size::GAP)
            .align_y(Alignment::Center),
    );
    page.into()
}

fn row<'a>(
    list: &ListState,
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    entry: &'a Entry,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let mut headline = vec![
        format::day(ui.staff.locale, entry.day),
        ctx.tr(entry.channel.label()),
        language_label(ctx, &entry.language),
        ctx.tr(entry.outcome.label()),
        ctx.tr(entry.duration.label()),
    ];
    // The line shows an interpreter only when there was one; its cell always says.
    let mut cells = headline.clone();
    cells.push(ctx.tr(entry.interpreter.label()));
    if entry.interpreter != crate::outreach::Interpreter::None {
        headline.push(ctx.tr(entry.interpreter.label()));
    }
    let mut block = Column::new().spacing(4).width(Fill);
    if entry.training {
        block = block.push(
            widget::label(ui, ctx.tr(msg!("log-training-badge")))
                .font(fonts::bold(fonts::for_locale(ui.staff.locale))),
        );
    }
    let mut details = Column::new().spacing(4).width(Fill);
    block = block.push(tagged(
        Meaning::Cells {
            first: 0,
            texts: cells,
        },
        None,
        widget::label(ui, headline.join(" · "))
            .font(fonts::bold(fonts::for_locale(ui.staff.locale))),
    ));
    let mut lines = Vec::new();
    if !entry.topics.is_empty() {
        let topics: Vec<String> = entry
            .topics
            .iter()
            .map(|t| ctx.text_of(&format!("topic-{t}-title")))
            .collect();
        lines.push(ctx.tr(msg!("log-row-topics", topics = topics.join(", "))));
    }
    if !entry.groups.is_empty() {
        let groups: Vec<String> = entry.groups.iter().map(|g| ctx.tr(g.label())).collect();
        lines.push(ctx.tr(msg!("log-row-groups", groups = groups.join(", "))));
    }
    if !entry.principles.is_empty() {
        lines.push(ctx.tr(msg!(
            "log-row-principles",
            codes = entry.principles.join(", ")
        )));
    }
    if entry.handout {
        lines.push(ctx.tr(msg!("log-row-handout")));
    }
    for line in lines {
        details = details.push(widget::label(ui, line).size(size::SMALL));
    }
    if !entry.note.is_empty() {
        details = details.push(widget::muted(ui, entry.note.as_str()));
    }
    let cell = |column: usize| Meaning::Cell {
        header: false,
        column,
    };
    block = block.push(tagged(cell(7), None, details));
    block = block.push(tagged(
        cell(6),
        None,
        widget::muted(ui, entry.unit.as_str()),
    ));
    let edit = widget::button(
        ui,
        controls,
        &edit_id(entry),
        ctx.tr(msg!("log-edit")),
        Some(Message::Edit(entry.id)),
        Kind::Secondary,
    );
    let delete = widget::button(
        ui,
        controls,
        &delete_id(entry),
        ctx.tr(msg!("log-delete")),
        Some(Message::Delete(entry.id)),
        Kind::Secondary,
    );
    block = block.push(tagged(
        cell(8),
        None,
        direction::row(ui.direction(), vec![edit, delete]).spacing(size::GAP),
    ));
    if list.corrected == Some(entry.id) {
        // Said where the focus returns after a correction: on this card.
        block = block.push(widget::notice_text(
            ui,
            ctx.tr(msg!(
                "log-saved",
                day = format::day(ui.staff.locale, entry.day)
            )),
        ));
    }
    let framed = tagged(Meaning::Row, None, block);
    let framed = container(framed).padding(size::PADDING * 0.75).width(Fill);
    if entry.training {
        framed.style(containers::notice(ui.palette)).into()
    } else {
        framed.style(containers::card(ui.palette)).into()
    }
}

fn filters<'a>(
    list: &'a ListState,
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    width: f32,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let per_row = ((width / 190.0).floor() as usize).clamp(1, 5);
    let mut block = Column::new().spacing(size::GAP).width(Fill);
    let from = widget::text_field(
        ui,
        controls,
        &FROM,
        ctx.tr(msg!("log-filter-from")),
        &list.from_text,
        Message::FilterFrom,
        Some(Message::ApplyDates),
    );
    let to = widget::text_field(
        ui,
        controls,
        &TO,
        ctx.tr(msg!("log-filter-to")),
        &list.to_text,
        Message::FilterTo,
        Some(Message::ApplyDates),
    );
    block = block.push(widget::grid(ui, vec![from, to], 2));
    if list.dates_invalid {
        block = block.push(widget::field_error(
            ui,
            controls,
            &[&FROM, &TO],
            ctx.tr(msg!("log-day-invalid")),
        ));
    }
    let apply = widget::button(
        ui,
        controls,
        &APPLY,
        ctx.tr(msg!("log-filter-apply")),
        Some(Message::ApplyDates),
        Kind::Secondary,
    );
    let clear = widget::button(
        ui,
        controls,
        &CLEAR,
        ctx.tr(msg!("log-filter-clear")),
        Some(Message::ClearFilters),
        Kind::Secondary,
    );
    block = block.push(direction::row(ui.direction(), vec![apply, clear]).spacing(size::GAP));

    let filter = &list.filter;
    let any = ctx.tr(msg!("log-filter-any"));
    let option = |controls: &mut Controls<Message>,
                  id: String,
                  label: String,
                  chosen: bool,
                  message: Message| {
        let caption = widget::option_caption(ui.staff, label.clone(), chosen);
        widget::option(
            ui,
            controls,
            &ControlId::dynamic(id),
            label,
            caption,
            chosen,
            message,
        )
    };

    controls.begin_group(focus::Group::new(
        "log-f-channel",
        ctx.tr(msg!("log-channel")),
    ));
    let mut channels = vec![option(
        controls,
        "log-f-channel-any".into(),
        any.clone(),
        filter.channel.is_none(),
        Message::FilterChannel(None),
    )];
    for channel in Channel::ALL {
        channels.push(option(
            controls,
            format!("log-f-channel-{}", channel.code()),
            ctx.tr(channel.label()),
            filter.channel == Some(*channel),
            Message::FilterChannel(Some(*channel)),
        ));
    }
    controls.end_group();
    block = block.push(labelled(
        ctx,
        msg!("log-channel"),
        widget::grid(ui, channels, per_row),
    ));

    controls.begin_group(focus::Group::new(
        "log-f-language",
        ctx.tr(msg!("log-language")),
    ));
    let mut languages = vec![option(
        controls,
        "log-f-language-any".into(),
        any.clone(),
        filter.language.is_none(),
        Message::FilterLanguage(None),
    )];
    for code in codes::language_codes() {
        let chosen = filter.language.as_deref() == Some(code);
        languages.push(option(
            controls,
            format!("log-f-language-{code}"),
            language_label(ctx, code),
            chosen,
            Message::FilterLanguage(Some(code.to_string())),
        ));
    }
    controls.end_group();
    block = block.push(labelled(
        ctx,
        msg!("log-language"),
        widget::grid(ui, languages, per_row),
    ));

    controls.begin_group(focus::Group::new("log-f-group", ctx.tr(msg!("log-groups"))));
    let mut groups = vec![option(
        controls,
        "log-f-group-any".into(),
        any.clone(),
        filter.group.is_none(),
        Message::FilterGroup(None),
    )];
    for group in Group::ALL {
        groups.push(option(
            controls,
            format!("log-f-group-{}", group.code()),
            ctx.tr(group.label()),
            filter.group == Some(*group),
            Message::FilterGroup(Some(*group)),
        ));
    }
    controls.end_group();
    block = block.push(labelled(
        ctx,
        msg!("log-groups"),
        widget::grid(ui, groups, per_row),
    ));

    controls.begin_group(focus::Group::new("log-f-topic", ctx.tr(msg!("log-topics"))));
    let mut topics = vec![option(
        controls,
        "log-f-topic-any".into(),
        any,
        filter.topic.is_none(),
        Message::FilterTopic(None),
    )];
    for topic in &TOPICS {
        let chosen = filter.topic.as_deref() == Some(topic.code);
        topics.push(option(
            controls,
            format!("log-f-topic-{}", topic.code),
            ctx.text_of(&topic.title_id()),
            chosen,
            Message::FilterTopic(Some(topic.code)),
        ));
    }
    controls.end_group();
    block = block.push(labelled(
        ctx,
        msg!("log-topics"),
        widget::grid(ui, topics, per_row),
    ));

    let training: Vec<Element<'a, Message>> = controls.group(
        focus::Group::new("log-f-training", ctx.tr(msg!("log-f-training"))),
        |controls| {
            [
                (Training::Include, msg!("log-f-training-include")),
                (Training::Exclude, msg!("log-f-training-exclude")),
                (Training::Only, msg!("log-f-training-only")),
            ]
            .into_iter()
            .map(|(value, id)| {
                option(
                    controls,
                    id.as_str().to_string(),
                    ctx.tr(id),
                    filter.training == value,
                    Message::FilterTraining(value),
                )
            })
            .collect()
        },
    );
    block = block.push(labelled(
        ctx,
        msg!("log-f-training"),
        widget::grid(ui, training, per_row.min(3)),
    ));
    widget::card(ui, block)
}

fn labelled<'a>(
    ctx: &Context<'a>,
    title: MessageId,
    content: Element<'a, Message>,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    column![
        widget::label(ui, ctx.tr(title)).font(fonts::bold(fonts::for_locale(ui.staff.locale))),
        content
    ]
    .spacing(6)
    .into()
}
