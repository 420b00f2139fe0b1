//! The unit's self-assessment: progress per section, each item's state and comment, exports.

use super::{Message, State};
use crate::content::principles::{ItemId, Section};
use crate::export::Format;
use crate::guard::NOTE_MAX_CHARS;
use crate::i18n::msg;
use crate::screen::problem::{self, Explain};
use crate::screen::{Context, StoreState, refusal_text};
use crate::store::assessment::{AssessmentState, Progress};
use crate::ui::focus::{self, ControlId, Controls};
use crate::ui::style::texts;
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, size};
use iced::widget::{Column, column};
use iced::{Alignment, Element, Fill};

const EXPORT_HTML: ControlId = ControlId::new("assessment-export-html");
const EXPORT_CSV: ControlId = ControlId::new("assessment-export-csv");
const EXPORT_DETAILS: ControlId = ControlId::new("assessment-export-details");
const RECORD_DETAILS: ControlId = ControlId::new("assessment-record-details");

/// Below this content width the three states stand one above the other.
const STATES_IN_A_ROW_MIN_WIDTH: f32 = 620.0;

pub fn state_id(item: ItemId, state: AssessmentState) -> ControlId {
    ControlId::dynamic(format!("assess-{item}-{}", state.code()))
}

pub fn comment_id(item: ItemId) -> ControlId {
    ControlId::dynamic(format!("comment-{item}"))
}

pub fn comment_save_id(item: ItemId) -> ControlId {
    ControlId::dynamic(format!("comment-save-{item}"))
}

/// Progress of every item of a section, in words and as a meter.
fn section_progress<'a>(ctx: &Context<'a>, section: Section) -> (Progress, Element<'a, Message>) {
    let ui = &ctx.ui;
    let items: Vec<String> = section
        .principles()
        .flat_map(|p| p.items())
        .map(|i| i.to_string())
        .collect();
    let progress = Progress::of(items.iter().map(String::as_str), ctx.assessments);
    let words = ctx.tr(msg!(
        "assessment-progress",
        in_place = progress.in_place,
        in_progress = progress.in_progress,
        not_started = progress.not_started,
        total = progress.total()
    ));
    let element = column![
        widget::label(ui, words),
        widget::meter(ui, progress.in_place, progress.total())
    ]
    .spacing(6)
    .into();
    (progress, element)
}

/// The overview: per section its progress and a link to each principle.
pub fn view<'a>(
    state: &'a State,
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    _width: f32,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let mut page = Column::new().spacing(size::GAP * 1.25).width(Fill);
    page = page.push(widget::heading(ui, ctx.tr(msg!("assessment-title")), 1));
    page = page.push(widget::label(ui, ctx.tr(msg!("assessment-intro"))));
    if let Some(not_open) = ctx.store_not_open(msg!("assessment-no-store")) {
        page = page.push(not_open);
    }
    for section in Section::ALL {
        let (_, progress) = section_progress(ctx, section);
        let mut block = column![
            widget::heading(
                ui,
                format!("{}. {}", section.number(), ctx.text_of(&section.title_id())),
                2
            ),
            progress
        ]
        .spacing(size::GAP * 0.75);
        for principle in section.principles() {
            let items: Vec<String> = principle.items().map(|i| i.to_string()).collect();
            let p = Progress::of(items.iter().map(String::as_str), ctx.assessments);
            let title = format!("{} {}", principle.code, ctx.text_of(&principle.title_id()));
            let detail = ctx.tr(msg!(
                "principles-entry-progress",
                done = p.in_place,
                total = p.total()
            ));
            let content =
                column![widget::label(ui, title.clone()), widget::muted(ui, detail)].spacing(2);
            block = block.push(widget::entry(
                ui,
                controls,
                &super::list::entry_id(principle),
                title,
                content,
                Message::Open(principle.code),
            ));
        }
        page = page.push(widget::card(ui, block));
    }
    page = page.push(export_card(state, ctx, controls));
    page.into()
}

fn export_card<'a>(
    state: &'a State,
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let html = widget::button(
        ui,
        controls,
        &EXPORT_HTML,
        ctx.tr(msg!("assessment-export-html")),
        Some(Message::Export(Format::Html)),
        Kind::Secondary,
    );
    let csv = widget::button(
        ui,
        controls,
        &EXPORT_CSV,
        ctx.tr(msg!("assessment-export-csv")),
        Some(Message::Export(Format::Csv)),
        Kind::Secondary,
    );
    let mut body = column![
        widget::heading(ui, ctx.tr(msg!("assessment-export")), 2),
        widget::muted(ui, ctx.tr(msg!("assessment-export-hint"))),
        direction::row(ui.direction(), vec![html, csv]).spacing(size::GAP),
    ]
    .spacing(size::GAP);
    if let Some(outcome) = &state.export_status {
        body = body.push(problem::save_outcome(
            ctx,
            controls,
            EXPORT_DETAILS,
            outcome,
            &state.details,
            Message::Details,
        ));
    }
    widget::card(ui, body)
}

/// One item's assessment: the three states and the comment, with its save button.
pub fn item_block<'a>(
    state: &'a State,
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    item: ItemId,
    width: f32,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let current = ctx.assessments.get(&item.to_string());
    let current_state = current.map(|a| a.state).unwrap_or_default();
    let mut block = Column::new().spacing(size::GAP * 0.5).width(Fill);
    block = block.push(widget::label(
        ui,
        format!("{item}  {}", ctx.text_of(&item.text_id())),
    ));
    if !matches!(ctx.store, StoreState::Open(..)) {
        return block.into();
    }
    if let Some((failed, error)) = &state.record_error
        && *failed == item
    {
        block = block.push(problem::view(
            ctx,
            controls,
            RECORD_DETAILS,
            error.sentence(&ctx.words()),
            error.detail(),
            &state.details,
            Message::Details,
        ));
    }

    // Every choice is stored in the item's history: the arrow keys only move the focus.
    let options: Vec<Element<'a, Message>> = controls.group(
        focus::Group::new(
            format!("assess-{item}"),
            format!("{item} {}", ctx.text_of(&item.text_id())),
        )
        .focus_only(),
        |controls| {
            AssessmentState::ALL
                .iter()
                .map(|s| {
                    let label = ctx.tr(s.label());
                    let chosen = *s == current_state;
                    let caption = widget::option_caption(ui.staff, label.clone(), chosen);
                    widget::option(
                        ui,
                        controls,
                        &state_id(item, *s),
                        label,
                        caption,
                        chosen,
                        Message::SetState(item, *s),
                    )
                })
                .collect()
        },
    );
    block = block.push(if width >= STATES_IN_A_ROW_MIN_WIDTH {
        Element::from(direction::row(ui.direction(), options).spacing(6))
    } else {
        Element::from(Column::with_children(options).spacing(4))
    });

    let value = state.comment_value(ctx, item);
    block = block.push(widget::text_field(
        ui,
        controls,
        &comment_id(item),
        ctx.tr(msg!("assessment-comment", item = item.to_string())),
        value,
        move |text| Message::CommentEdited(item, text),
        Some(Message::SaveComment(item)),
    ));
    let count = ctx.tr(msg!(
        "assessment-comment-count",
        count = value.chars().count(),
        max = NOTE_MAX_CHARS
    ));
    let save = widget::button(
        ui,
        controls,
        &comment_save_id(item),
        ctx.tr(msg!("assessment-comment-save")),
        Some(Message::SaveComment(item)),
        Kind::Secondary,
    );
    let mut row = vec![save, widget::muted(ui, count).width(iced::Shrink).into()];
    if state.comments_saved.contains(&item) {
        row.push(
            widget::inline(ui, ctx.tr(msg!("assessment-comment-saved")))
                .style(texts::success(ui.palette))
                .into(),
        );
    }
    block = block.push(
        direction::row(ui.direction(), row)
            .spacing(size::GAP)
            .align_y(Alignment::Center),
    );
    if let Some(refusal) = state.comment_refusals.get(&item) {
        block = block.push(widget::field_error(
            ui,
            controls,
            &[&comment_id(item)],
            refusal_text(ctx, *refusal),
        ));
    }
    if let Some(assessment) = current {
        let day = crate::i18n::format::iso_day(ui.staff.locale, &assessment.changed_at);
        block = block.push(widget::muted(
            ui,
            ctx.tr(msg!("assessment-changed", date = day)),
        ));
    }
    block.into()
}
