//! The entry form: prefilled from the visit, every field keyboard-operable, validation next to
//! each field. Ctrl+Enter saves; Ctrl+Shift+Enter saves and readies the desk for the next citizen.

use super::Message;
use crate::clock;
use crate::content::topics::TOPICS;
use crate::guard::{self, NOTE_MAX_CHARS, Refusal};
use crate::i18n::{Arg, Locale};
use crate::outreach::codes::{self, Channel, Code, DurationBucket, Group, Interpreter, Outcome};
use crate::outreach::entry::{Entry, UNIT_MAX_CHARS};
use crate::screen::{Context, refusal_text};
use crate::ui::focus::{ControlId, Controls};
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, fonts, size};
use iced::widget::{Column, column};
use iced::{Alignment, Element, Fill};
use uuid::Uuid;

/// The form's fields, as typed and chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    /// The entry being edited, or `None` for a new one.
    pub editing: Option<Uuid>,
    pub day: String,
    pub unit: String,
    pub channel: Channel,
    pub language: String,
    pub interpreter: Interpreter,
    pub groups: Vec<Group>,
    pub topics: Vec<String>,
    pub principles: Vec<String>,
    pub handout: bool,
    pub outcome: Outcome,
    pub duration: DurationBucket,
    pub note: String,
    /// Changed by the user since it was filled in.
    pub dirty: bool,
    pub errors: Errors,
}

/// Validation messages, each shown next to its field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Errors {
    pub day: bool,
    pub unit_missing: bool,
    pub unit: Option<Refusal>,
    pub note: Option<Refusal>,
}

impl Errors {
    pub fn any(&self) -> bool {
        self.day || self.unit_missing || self.unit.is_some() || self.note.is_some()
    }
}

/// What the visit and settings say, for a new entry.
pub struct Prefill<'a> {
    pub today: jiff::civil::Date,
    pub unit: &'a str,
    pub citizen: Locale,
    pub topics: &'a [&'static str],
    pub principles: Vec<&'static str>,
    pub handout: bool,
}

impl Form {
    /// A new entry, filled in from the visit and the settings.
    pub fn prefilled(prefill: &Prefill) -> Form {
        Form {
            editing: None,
            day: clock::format_day(prefill.today),
            unit: prefill.unit.to_string(),
            channel: Channel::Desk,
            language: prefill.citizen.code().to_string(),
            interpreter: Interpreter::None,
            groups: Vec::new(),
            topics: prefill.topics.iter().map(|t| t.to_string()).collect(),
            principles: prefill.principles.iter().map(|p| p.to_string()).collect(),
            handout: prefill.handout,
            outcome: Outcome::Solved,
            duration: DurationBucket::From5To15,
            note: String::new(),
            dirty: false,
            errors: Errors::default(),
        }
    }

    /// The form for editing a stored entry.
    pub fn editing(entry: &Entry) -> Form {
        Form {
            editing: Some(entry.id),
            day: clock::format_day(entry.day),
            unit: entry.unit.clone(),
            channel: entry.channel,
            language: entry.language.clone(),
            interpreter: entry.interpreter,
            groups: entry.groups.clone(),
            topics: entry.topics.clone(),
            principles: entry.principles.clone(),
            handout: entry.handout,
            outcome: entry.outcome,
            duration: entry.duration,
            note: entry.note.clone(),
            dirty: false,
            errors: Errors::default(),
        }
    }

    /// Checks the fields; on success the entry to store (a new id for a new entry).
    pub fn to_entry(&mut self, training: bool) -> Option<Entry> {
        let day = clock::parse_day(&self.day);
        let unit = self.unit.trim().to_string();
        let note = self.note.trim().to_string();
        self.errors = Errors {
            day: day.is_none(),
            unit_missing: unit.is_empty(),
            unit: if unit.is_empty() {
                None
            } else {
                guard::check(&unit, UNIT_MAX_CHARS).err()
            },
            note: guard::check_note(&note).err(),
        };
        if self.errors.any() {
            return None;
        }
        let mut groups = self.groups.clone();
        groups.sort();
        Some(Entry {
            id: self.editing.unwrap_or_else(Entry::new_id),
            day: day?,
            created_at: clock::now_rfc3339(),
            unit,
            channel: self.channel,
            language: self.language.clone(),
            interpreter: self.interpreter,
            outcome: self.outcome,
            duration: self.duration,
            handout: self.handout,
            note,
            training,
            groups,
            topics: self.topics.clone(),
            principles: self.principles.clone(),
        })
    }
}

fn toggle<T: PartialEq>(list: &mut Vec<T>, value: T) {
    if let Some(position) = list.iter().position(|v| *v == value) {
        list.remove(position);
    } else {
        list.push(value);
    }
}

/// Applies a form message. Returns false if the message is not the form's.
pub fn update(form: &mut Form, message: &Message) -> bool {
    match message {
        Message::Day(text) => form.day = text.clone(),
        Message::Today => form.day = clock::format_day(clock::today()),
        Message::Yesterday => {
            form.day = clock::format_day(
                clock::today()
                    .yesterday()
                    .unwrap_or_else(|_| clock::today()),
            );
        }
        Message::Unit(text) => form.unit = text.clone(),
        Message::Channel(channel) => form.channel = *channel,
        Message::Language(code) => form.language = code.clone(),
        Message::Interpreter(interpreter) => form.interpreter = *interpreter,
        Message::ToggleGroup(group) => toggle(&mut form.groups, *group),
        Message::ToggleTopic(code) => toggle(&mut form.topics, code.to_string()),
        Message::TogglePrinciple(code) => toggle(&mut form.principles, code.to_string()),
        Message::ToggleHandout => form.handout = !form.handout,
        Message::Outcome(outcome) => form.outcome = *outcome,
        Message::Duration(duration) => form.duration = *duration,
        Message::Note(text) => {
            form.note = text.clone();
            form.errors.note = None;
        }
        _ => return false,
    }
    form.dirty = true;
    true
}

const DAY: ControlId = ControlId::new("log-day");
const TODAY: ControlId = ControlId::new("log-today");
const YESTERDAY: ControlId = ControlId::new("log-yesterday");
const UNIT: ControlId = ControlId::new("log-unit");
const HANDOUT: ControlId = ControlId::new("log-handout");
const NOTE: ControlId = ControlId::new("log-note");
pub const SAVE: ControlId = ControlId::new("log-save");
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
            let label = ctx.tr(&value.label_id());
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

pub fn view<'a>(
    form: &'a Form,
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    width: f32,
    training: bool,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let per_row = ((width / 190.0).floor() as usize).clamp(1, 5);
    let mut page = Column::new().spacing(size::GAP * 1.25).width(Fill);
    let title = if form.editing.is_some() {
        "log-form-edit-title"
    } else {
        "log-form-title"
    };
    page = page.push(widget::heading(ui, ctx.tr(title), 2));
    page = page.push(widget::muted(ui, ctx.tr("log-form-intro")));
    if training {
        page = page.push(widget::notice_text(ui, ctx.tr("log-training-on-form")));
    }

    // Day and unit.
    let day = widget::text_field(
        ui,
        controls,
        &DAY,
        ctx.tr("log-day"),
        &form.day,
        Message::Day,
        None,
    );
    let today = widget::button(
        ui,
        controls,
        &TODAY,
        ctx.tr("log-today"),
        Some(Message::Today),
        Kind::Secondary,
    );
    let yesterday = widget::button(
        ui,
        controls,
        &YESTERDAY,
        ctx.tr("log-yesterday"),
        Some(Message::Yesterday),
        Kind::Secondary,
    );
    let mut day_block = column![
        day,
        direction::row(ui.direction(), vec![today, yesterday]).spacing(size::GAP)
    ]
    .spacing(6);
    if form.errors.day {
        day_block = day_block.push(widget::error(ui, ctx.tr("log-day-invalid")));
    }
    page = page.push(day_block);
    let mut unit_block = Column::new().spacing(6).push(widget::text_field(
        ui,
        controls,
        &UNIT,
        ctx.tr("log-unit"),
        &form.unit,
        Message::Unit,
        None,
    ));
    if form.errors.unit_missing {
        unit_block = unit_block.push(widget::error(ui, ctx.tr("log-unit-missing")));
    }
    if let Some(refusal) = form.errors.unit {
        unit_block = unit_block.push(widget::error(ui, refusal_text(ctx, refusal)));
    }
    page = page.push(unit_block);

    let channels = choices(ctx, controls, "channel", form.channel, Message::Channel);
    page = page.push(field(ctx, ctx.tr("log-channel"), None, channels, per_row));

    let languages: Vec<Element<'a, Message>> = codes::language_codes()
        .map(|code| {
            let chosen = form.language == code;
            let (caption, label): (Element<'a, Message>, String) = match Locale::from_tag(code) {
                Some(locale) => {
                    let meta = ctx.i18n.meta(locale);
                    (
                        widget::option_caption(ctx.lang(locale), meta.name.clone(), chosen).into(),
                        format!("{} · {}", meta.name, meta.english_name),
                    )
                }
                None => {
                    let label = ctx.tr("language-other");
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
                Message::Language(code.to_string()),
            )
        })
        .collect();
    page = page.push(field(ctx, ctx.tr("log-language"), None, languages, per_row));

    let interpreters = choices(
        ctx,
        controls,
        "interpreter",
        form.interpreter,
        Message::Interpreter,
    );
    page = page.push(field(
        ctx,
        ctx.tr("log-interpreter"),
        None,
        interpreters,
        per_row,
    ));

    let groups: Vec<Element<'a, Message>> = Group::ALL
        .iter()
        .map(|group| {
            let id = ControlId::dynamic(format!("log-group-{}", group.code()));
            widget::checkbox(
                ui,
                controls,
                &id,
                ctx.tr(&group.label_id()),
                form.groups.contains(group),
                Message::ToggleGroup(*group),
            )
        })
        .collect();
    page = page.push(field(
        ctx,
        ctx.tr("log-groups"),
        Some(ctx.tr("log-groups-hint")),
        groups,
        per_row,
    ));

    let topics: Vec<Element<'a, Message>> = TOPICS
        .iter()
        .map(|topic| {
            let id = ControlId::dynamic(format!("log-topic-{}", topic.code));
            let checked = form.topics.iter().any(|t| t == topic.code);
            widget::checkbox(
                ui,
                controls,
                &id,
                ctx.tr(&topic.title_id()),
                checked,
                Message::ToggleTopic(topic.code),
            )
        })
        .collect();
    page = page.push(field(ctx, ctx.tr("log-topics"), None, topics, per_row));

    let principles: Vec<Element<'a, Message>> = codes::principle_codes()
        .map(|code| {
            let id = ControlId::dynamic(format!("log-principle-{code}"));
            let checked = form.principles.iter().any(|p| p == code);
            let label = format!("{code} {}", ctx.tr(&format!("principle-{code}-title")));
            widget::checkbox(
                ui,
                controls,
                &id,
                label,
                checked,
                Message::TogglePrinciple(code),
            )
        })
        .collect();
    page = page.push(field(
        ctx,
        ctx.tr("log-principles"),
        None,
        principles,
        per_row.min(3),
    ));

    page = page.push(widget::checkbox(
        ui,
        controls,
        &HANDOUT,
        ctx.tr("log-handout"),
        form.handout,
        Message::ToggleHandout,
    ));

    let outcomes = choices(ctx, controls, "outcome", form.outcome, Message::Outcome);
    page = page.push(field(ctx, ctx.tr("log-outcome"), None, outcomes, per_row));
    let durations = choices(ctx, controls, "duration", form.duration, Message::Duration);
    page = page.push(field(ctx, ctx.tr("log-duration"), None, durations, per_row));

    let mut note = Column::new().spacing(6).push(widget::text_field(
        ui,
        controls,
        &NOTE,
        ctx.tr("log-note"),
        &form.note,
        Message::Note,
        None,
    ));
    note = note.push(widget::muted(ui, ctx.tr("log-note-hint")));
    note = note.push(widget::muted(
        ui,
        ctx.tr_with(
            "log-note-count",
            &[
                ("count", Arg::from(form.note.chars().count())),
                ("max", Arg::from(NOTE_MAX_CHARS)),
            ],
        ),
    ));
    if let Some(refusal) = form.errors.note {
        note = note.push(widget::error(ui, refusal_text(ctx, refusal)));
    }
    page = page.push(note);

    let mut actions = vec![widget::button(
        ui,
        controls,
        &SAVE,
        ctx.tr("log-save"),
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
            ctx.tr("log-cancel-edit"),
            Some(Message::CancelEdit),
            Kind::Secondary,
        ));
    } else {
        actions.push(widget::button(
            ui,
            controls,
            &SAVE_NEXT,
            ctx.tr("log-save-next"),
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
        page = page.push(widget::error(ui, ctx.tr("log-form-has-errors")));
    }
    page.into()
}
