//! The entry form's view: every field keyboard-operable, validation next to each field.

use super::form::{DAY, Field, Form, Message, NOTE, SAME_AS_LAST, SAVE, UNIT};
use crate::content::topics::TOPICS;
use crate::guard::NOTE_MAX_CHARS;
use crate::i18n::Locale;
use crate::i18n::msg;
use crate::outreach::codes::{self, Code, Group};
use crate::screen::{Context, refusal_text};
use crate::ui::focus::{self, ControlId, Controls};
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, fonts, size};
use iced::widget::{Column, column};
use iced::{Alignment, Element, Fill};

const TODAY: ControlId = ControlId::new("log-today");
const YESTERDAY: ControlId = ControlId::new("log-yesterday");
const HANDOUT: ControlId = ControlId::new("log-handout");
const SAVE_NEXT: ControlId = ControlId::new("log-save-next");
const CANCEL_EDIT: ControlId = ControlId::new("log-cancel-edit");

/// A labelled group of choices laid out as a grid.
fn field<'a>(
    ctx: &Context<'a>,
    title: String,
    hint: Option<String>,
    items: Vec<Element<'a, Message>>,
    per_row: usize,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let mut block = Column::new().spacing(6).width(Fill);
    block =
        block.push(widget::label(ui, title).font(fonts::bold(fonts::for_locale(ui.staff.locale))));
    if let Some(hint) = hint {
        block = block.push(widget::muted(ui, hint));
    }
    block.push(widget::grid(ui, items, per_row)).into()
}

/// Radio options for one coded field.
fn choices<'a, T: Code>(
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    name: &str,
    chosen: T,
    message: fn(T) -> Message,
) -> Vec<Element<'a, Message>> {
    T::all()
        .iter()
        .map(|value| {
            let label = ctx.tr(value.label());
            let is_chosen = *value == chosen;
            let caption = widget::option_caption(ctx.ui.staff, label.clone(), is_chosen);
            let id = ControlId::dynamic(format!("log-{name}-{}", value.code()));
            widget::option(
                &ctx.ui,
                controls,
                &id,
                label,
                caption,
                is_chosen,
                message(*value),
            )
        })
        .collect()
}

/// What the form shows besides its fields.
pub struct Extras {
    /// New entries are marked as training.
    pub training: bool,
    /// "Same as last entry" was asked for with no entry saved yet.
    pub no_last_entry: bool,
}

pub fn view<'a>(
    form: &'a Form,
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    width: f32,
    extras: Extras,
) -> Element<'a, Message> {
    let training = extras.training;
    let ui = &ctx.ui;
    let per_row = ((width / 190.0).floor() as usize).clamp(1, 5);
    let mut page = Column::new().spacing(size::GAP * 1.25).width(Fill);
    let title = if form.editing.is_some() {
        msg!("log-form-edit-title")
    } else {
        msg!("log-form-title")
    };
    page = page.push(widget::heading(ui, ctx.tr(title), 2));
    page = page.push(widget::muted(ui, ctx.tr(msg!("log-form-intro"))));
    if form.editing.is_none() {
        // "Same as last entry": one button (and Ctrl+D) for a contact like the one before.
        let same = widget::button(
            ui,
            controls,
            &SAME_AS_LAST,
            ctx.tr(msg!("log-same-as-last")),
            Some(Message::SameAsLast),
            Kind::Secondary,
        );
        let mut row = vec![same];
        if extras.no_last_entry {
            row.push(widget::error(ui, ctx.tr(msg!("log-same-as-last-none"))).into());
        }
        page = page.push(
            direction::row(ui.direction(), row)
                .spacing(size::GAP)
                .align_y(Alignment::Center),
        );
    }
    if training {
        page = page.push(widget::notice_text(
            ui,
            ctx.tr(msg!("log-training-on-form")),
        ));
    }

    // Day and unit.
    let day = widget::text_field(
        ui,
        controls,
        &DAY,
        ctx.tr(msg!("log-day")),
        &form.day,
        |text| Message::Edit(Field::Day(text)),
        None,
    );
    let today = widget::button(
        ui,
        controls,
        &TODAY,
        ctx.tr(msg!("log-today")),
        Some(Message::Edit(Field::Today)),
        Kind::Secondary,
    );
    let yesterday = widget::button(
        ui,
        controls,
        &YESTERDAY,
        ctx.tr(msg!("log-yesterday")),
        Some(Message::Edit(Field::Yesterday)),
        Kind::Secondary,
    );
    let mut day_block = column![
        day,
        direction::row(ui.direction(), vec![today, yesterday]).spacing(size::GAP)
    ]
    .spacing(6);
    if form.errors.day {
        day_block = day_block.push(widget::field_error(
            ui,
            controls,
            &[&DAY],
            ctx.tr(msg!("log-day-invalid")),
        ));
    }
    page = page.push(day_block);
    let mut unit_block = Column::new().spacing(6).push(widget::text_field(
        ui,
        controls,
        &UNIT,
        ctx.tr(msg!("log-unit")),
        &form.unit,
        |text| Message::Edit(Field::Unit(text)),
        None,
    ));
    if form.errors.unit_missing {
        unit_block = unit_block.push(widget::field_error(
            ui,
            controls,
            &[&UNIT],
            ctx.tr(msg!("log-unit-missing")),
        ));
    }
    if let Some(refusal) = form.errors.unit {
        unit_block = unit_block.push(widget::field_error(
            ui,
            controls,
            &[&UNIT],
            refusal_text(ctx, refusal),
        ));
    }
    page = page.push(unit_block);

    let channels = controls.group(
        focus::Group::new("log-channel", ctx.tr(msg!("log-channel"))),
        |controls| {
            choices(ctx, controls, "channel", form.channel, |value| {
                Message::Edit(Field::Channel(value))
            })
        },
    );
    page = page.push(field(
        ctx,
        ctx.tr(msg!("log-channel")),
        None,
        channels,
        per_row,
    ));

    let languages: Vec<Element<'a, Message>> = controls.group(
        focus::Group::new("log-language", ctx.tr(msg!("log-language"))),
        |controls| {
            codes::language_codes()
                .map(|code| {
                    let chosen = form.language == code;
                    let (caption, label): (Element<'a, Message>, String) =
                        match Locale::from_tag(code) {
                            Some(locale) => {
                                let meta = ctx.i18n.meta(locale);
                                (
                                    widget::option_caption(
                                        ctx.lang(locale),
                                        meta.name.clone(),
                                        chosen,
                                    )
                                    .into(),
                                    format!("{} · {}", meta.name, meta.english_name),
                                )
                            }
                            None => {
                                let label = ctx.tr(msg!("language-other"));
                                (
                                    widget::option_caption(ui.staff, label.clone(), chosen).into(),
                                    label,
                                )
                            }
                        };
                    let id = ControlId::dynamic(format!("log-language-{code}"));
                    widget::option(
                        ui,
                        controls,
                        &id,
                        label,
                        caption,
                        chosen,
                        Message::Edit(Field::Language(code.to_string())),
                    )
                })
                .collect()
        },
    );
    page = page.push(field(
        ctx,
        ctx.tr(msg!("log-language")),
        None,
        languages,
        per_row,
    ));

    let interpreters = controls.group(
        focus::Group::new("log-interpreter", ctx.tr(msg!("log-interpreter"))),
        |controls| {
            choices(ctx, controls, "interpreter", form.interpreter, |value| {
                Message::Edit(Field::Interpreter(value))
            })
        },
    );
    page = page.push(field(
        ctx,
        ctx.tr(msg!("log-interpreter")),
        None,
        interpreters,
        per_row,
    ));

    let groups: Vec<Element<'a, Message>> = controls.group(
        focus::Group::new("log-groups", ctx.tr(msg!("log-groups"))),
        |controls| {
            Group::ALL
                .iter()
                .map(|group| {
                    let id = ControlId::dynamic(format!("log-group-{}", group.code()));
                    widget::checkbox(
                        ui,
                        controls,
                        &id,
                        ctx.tr(group.label()),
                        form.groups.contains(group),
                        Message::Edit(Field::ToggleGroup(*group)),
                    )
                })
                .collect()
        },
    );
    page = page.push(field(
        ctx,
        ctx.tr(msg!("log-groups")),
        Some(ctx.tr(msg!("log-groups-hint"))),
        groups,
        per_row,
    ));

    let topics: Vec<Element<'a, Message>> = controls.group(
        focus::Group::new("log-topics", ctx.tr(msg!("log-topics"))),
        |controls| {
            TOPICS
                .iter()
                .map(|topic| {
                    let id = ControlId::dynamic(format!("log-topic-{}", topic.code));
                    let checked = form.topics.iter().any(|t| t == topic.code);
                    widget::checkbox(
                        ui,
                        controls,
                        &id,
                        ctx.text_of(&topic.title_id()),
                        checked,
                        Message::Edit(Field::ToggleTopic(topic.code)),
                    )
                })
                .collect()
        },
    );
    page = page.push(field(
        ctx,
        ctx.tr(msg!("log-topics")),
        None,
        topics,
        per_row,
    ));

    let principles: Vec<Element<'a, Message>> = controls.group(
        focus::Group::new("log-principles", ctx.tr(msg!("log-principles"))),
        |controls| {
            codes::principle_codes()
                .map(|code| {
                    let id = ControlId::dynamic(format!("log-principle-{code}"));
                    let checked = form.principles.iter().any(|p| p == code);
                    let label =
                        format!("{code} {}", ctx.text_of(&format!("principle-{code}-title")));
                    widget::checkbox(
                        ui,
                        controls,
                        &id,
                        label,
                        checked,
                        Message::Edit(Field::TogglePrinciple(code)),
                    )
                })
                .collect()
        },
    );
    page = page.push(field(
        ctx,
        ctx.tr(msg!("log-principles")),
        None,
        principles,
        per_row.min(3),
    ));

    page = page.push(widget::checkbox(
        ui,
        controls,
        &HANDOUT,
        ctx.tr(msg!("log-handout")),
        form.handout,
        Message::Edit(Field::ToggleHandout),
    ));

    let outcomes = controls.group(
        focus::Group::new("log-outcome", ctx.tr(msg!("log-outcome"))),
        |controls| {
            choices(ctx, controls, "outcome", form.outcome, |value| {
                Message::Edit(Field::Outcome(value))
            })
        },
    );
    page = page.push(field(
        ctx,
        ctx.tr(msg!("log-outcome")),
        None,
        outcomes,
        per_row,
    ));
    let durations = controls.group(
        focus::Group::new("log-duration", ctx.tr(msg!("log-duration"))),
        |controls| {
            choices(ctx, controls, "duration", form.duration, |value| {
                Message::Edit(Field::Duration(value))
            })
        },
    );
    page = page.push(field(
        ctx,
        ctx.tr(msg!("log-duration")),
        None,
        durations,
        per_row,
    ));

    let mut note = Column::new().spacing(6).push(widget::text_field(
        ui,
        controls,
        &NOTE,
        ctx.tr(msg!("log-note")),
        &form.note,
        |text| Message::Edit(Field::Note(text)),
        None,
    ));
    note = note.push(widget::muted(ui, ctx.tr(msg!("log-note-hint"))));
    note = note.push(widget::muted(
        ui,
        ctx.tr(msg!(
            "log-note-count",
            count = form.note.chars().count(),
            max = NOTE_MAX_CHARS
        )),
    ));
    if let Some(refusal) = form.errors.note {
        note = note.push(widget::field_error(
            ui,
            controls,
            &[&NOTE],
            refusal_text(ctx, refusal),
        ));
    }
    page = page.push(note);

    let mut actions = vec![widget::button(
        ui,
        controls,
        &SAVE,
        ctx.tr(msg!("log-save")),
        Some(Message::Save {
            next_citizen: false,
        }),
        Kind::Primary,
    )];
    if form.editing.is_some() {
        actions.push(widget::button(
            ui,
            controls,
            &CANCEL_EDIT,
            ctx.tr(msg!("log-cancel-edit")),
            Some(Message::CancelEdit),
            Kind::Secondary,
        ));
    } else {
        actions.push(widget::button(
            ui,
            controls,
            &SAVE_NEXT,
            ctx.tr(msg!("log-save-next")),
            Some(Message::Save { next_citizen: true }),
            Kind::Secondary,
        ));
    }
    page = page.push(
        direction::row(ui.direction(), actions)
            .spacing(size::GAP)
            .align_y(Alignment::Center),
    );
    if form.errors.any() {
        page = page.push(widget::error(ui, ctx.tr(msg!("log-form-has-errors"))));
    }
    page.into()
}
