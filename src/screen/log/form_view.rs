//! The entry form's view: every field keyboard-operable, validation next to each field.

use super::form::{DAY, Field, Form, Message, NOTE, SAME_AS_LAST, SAVE, UNIT};
use crate::content::topics::TOPICS;
use crate::guard::NOTE_MAX_CHARS;
use crate::i18n::msg;
use crate::i18n::{Locale, format};
use crate::outreach::codes::{self, Code, Group};
use crate::outreach::entry::Entry;
use crate::screen::Disclosures;
use crate::screen::{Context, refusal_text};
use crate::store::StoreError;
use crate::ui::focus::{self, ControlId, Controls};
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, fonts, size};
use iced::widget::{Column, column, container};
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

/// How the last save ended, for the form to tell where the user's eye is.
pub struct Saved<'s> {
    pub result: Option<&'s Result<Entry, StoreError>>,
    pub details: &'s Disclosures,
}

/// Warn when this few characters are left in the note.
const NOTE_WARN_AT: i64 = 30;

const SAVE_DETAILS: ControlId = ControlId::new("log-save-details");

/// What the form shows besides its fields.
pub struct Extras {
    /// New entries are marked as training.
    pub training: bool,
    /// "Same as last entry" was asked for with no entry saved yet.
    pub no_last_entry: bool,
}

pub fn view<'a>(
    form: &'a Form,
    saved: Saved,
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

    // Day and unit. Each field's error is inside its focus ring, right under it: the focus
    // goes to the first field in error, and scrolling the field into view shows its error too.
    let day_error = form.errors.day.then(|| ctx.tr(msg!("log-day-invalid")));
    let day = widget::text_field_with(
        ui,
        controls,
        &DAY,
        ctx.tr(msg!("log-day")),
        &form.day,
        |text| Message::Edit(Field::Day(text)),
        None,
        errors_below(ui, &day_error),
    );
    refuse(controls, &DAY, day_error);
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
    // The buttons start at the language's start edge (the right in Arabic).
    let buttons =
        container(direction::row(ui.direction(), vec![today, yesterday]).spacing(size::GAP))
            .width(Fill)
            .align_x(direction::start(ui.direction()));
    let mut day_block = column![day, buttons].spacing(6);
    // A save is confirmed here, just below the first field, where the focus goes for the next
    // entry; the page scrolls so that the field and this are in view (`FocusWithin`). One
    // confirmation, replaced by the next save's.
    if let Some(Ok(entry)) = saved.result {
        day_block = day_block.push(widget::notice_text(
            ui,
            ctx.tr(msg!(
                "log-saved",
                day = format::day(ui.staff.locale, entry.day)
            )),
        ));
    }
    page = page.push(
        container(day_block)
            .id(super::form::first_field_region())
            .width(Fill),
    );

    let unit_error = if form.errors.unit_missing {
        Some(ctx.tr(msg!("log-unit-missing")))
    } else {
        form.errors.unit.map(|refusal| refusal_text(ctx, refusal))
    };
    page = page.push(widget::text_field_with(
        ui,
        controls,
        &UNIT,
        ctx.tr(msg!("log-unit")),
        &form.unit,
        |text| Message::Edit(Field::Unit(text)),
        None,
        errors_below(ui, &unit_error),
    ));
    refuse(controls, &UNIT, unit_error);

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

    // The note's error and count down are inside its ring, under the text; too long is said by
    // the count, the other refusals by the error.
    let note_error = form
        .errors
        .note
        .filter(|refusal| !matches!(refusal, crate::guard::Refusal::TooLong { .. }))
        .map(|refusal| refusal_text(ctx, refusal));
    let (count, too_long, count_text) = note_count(ctx, form);
    let mut below = errors_below(ui, &note_error);
    below.push(count);
    let note = widget::text_area(
        ui,
        controls,
        &NOTE,
        ctx.tr(msg!("log-note")),
        &form.note_editor.0,
        4.0,
        |action| Message::Edit(Field::NoteEdit(action)),
        |text| Message::Edit(Field::Note(text)),
        below,
    );
    // Too many characters is the error; otherwise the count is what else is said about it.
    match note_error.or(too_long) {
        Some(error) if error == count_text => controls.refuse(&NOTE, error),
        Some(error) => {
            controls.refuse(&NOTE, error);
            controls.describe(&NOTE, count_text);
        }
        None => controls.describe(&NOTE, count_text),
    }
    page = page.push(
        Column::new()
            .spacing(6)
            .push(note)
            .push(widget::muted(ui, ctx.tr(msg!("log-note-hint")))),
    );

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
        container(
            direction::row(ui.direction(), actions)
                .spacing(size::GAP)
                .align_y(Alignment::Center),
        )
        .width(Fill)
        .align_x(direction::start(ui.direction())),
    );
    // Beside the buttons, where the user acted: why nothing was saved.
    if form.errors.any() {
        page = page.push(widget::error(ui, ctx.tr(msg!("log-form-has-errors"))));
    }
    if let Some(Err(error)) = saved.result {
        use crate::screen::problem::{self, Explain};
        page = page.push(problem::view(
            ctx,
            controls,
            SAVE_DETAILS,
            ctx.tr(msg!(
                "log-save-failed",
                reason = error.sentence(&ctx.words())
            )),
            error.detail(),
            saved.details,
            Message::Details,
        ));
    }
    page.into()
}

/// A field's error, if any, as the element under it.
fn errors_below<'a>(ui: &crate::ui::Ui, error: &Option<String>) -> Vec<Element<'a, Message>> {
    error
        .iter()
        .map(|reason| widget::error(ui, reason.clone()).into())
        .collect()
}

/// Marks a field refused with its error, which a screen reader reads as its description.
fn refuse(controls: &mut Controls<Message>, field: &ControlId, error: Option<String>) {
    if let Some(reason) = error {
        controls.refuse(field, reason);
    }
}

/// The note's count down: characters left, a warning in words when few are left, and an error
/// when there are too many (returned too, to mark the field refused).
fn note_count<'a>(
    ctx: &Context<'a>,
    form: &Form,
) -> (Element<'a, Message>, Option<String>, String) {
    let ui = &ctx.ui;
    let remaining = form.note_remaining();
    let max = NOTE_MAX_CHARS;
    if remaining < 0 {
        let over = remaining.unsigned_abs();
        let text = ctx.tr(msg!("log-note-over", over = over, max = max));
        (
            widget::error(ui, text.clone()).into(),
            Some(text.clone()),
            text,
        )
    } else if remaining <= NOTE_WARN_AT {
        let text = ctx.tr(msg!(
            "log-note-near-limit",
            remaining = remaining,
            max = max
        ));
        (widget::warning(ui, text.clone()), None, text)
    } else {
        let text = ctx.tr(msg!("log-note-remaining", remaining = remaining, max = max));
        (widget::muted(ui, text.clone()).into(), None, text)
    }
}
