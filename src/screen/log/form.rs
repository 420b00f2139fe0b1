//! The entry form: prefilled from the visit, every field keyboard-operable, validation next to
//! each field. Ctrl+Enter saves; Ctrl+Shift+Enter saves and readies the desk for the next citizen.
//!
//! A field's error stays only while the field is wrong: once a save was refused, each change of
//! a field in error checks that field again, and a fixed field's error goes at once.

use crate::clock;
use crate::guard::{self, Refusal};
use crate::i18n::{Locale, format};
use crate::outreach::codes::{Channel, DurationBucket, Group, Interpreter, Outcome};
use crate::outreach::entry::{Entry, UNIT_MAX_CHARS};
use crate::screen::Context;
use crate::store::StoreError;
use crate::ui::focus::ControlId;
use crate::visit::Visit;
use iced::widget::text_editor;
use uuid::Uuid;

/// The form's messages.
#[derive(Clone, Debug)]
pub enum Message {
    /// A field was changed.
    Edit(Field),
    /// Check the fields and store the entry; with `next_citizen` also reset the desk's visit.
    Save { next_citizen: bool },
    /// Stop editing a stored entry; back to the list.
    CancelEdit,
    /// Fill the form like the entry saved last (today, no note).
    SameAsLast,
    /// The log's thread stored the entry, or says why not.
    Saved {
        result: Result<Entry, StoreError>,
        next_citizen: bool,
    },
    /// Show or hide the details of a failed save.
    Details(ControlId),
}

/// A change of one field.
#[derive(Clone, Debug)]
pub enum Field {
    Day(String),
    Today,
    Yesterday,
    Unit(String),
    Channel(Channel),
    Language(String),
    Interpreter(Interpreter),
    ToggleGroup(Group),
    ToggleTopic(&'static str),
    TogglePrinciple(&'static str),
    ToggleHandout,
    Outcome(Outcome),
    Duration(DurationBucket),
    /// The note's whole text (a screen reader setting it, or a test).
    Note(String),
    /// Typing, moving or selecting in the note's editor.
    NoteEdit(text_editor::Action),
}

/// The note's editor: its text, cursor and selection. Forms compare by the note's text; the
/// cursor is not part of what was filled in.
#[derive(Default)]
pub struct NoteEditor(pub text_editor::Content);

impl NoteEditor {
    fn with_text(text: &str) -> NoteEditor {
        NoteEditor(text_editor::Content::with_text(text))
    }
}

impl Clone for NoteEditor {
    fn clone(&self) -> Self {
        NoteEditor(self.0.clone())
    }
}

impl std::fmt::Debug for NoteEditor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("NoteEditor").field(&self.0.text()).finish()
    }
}

impl PartialEq for NoteEditor {
    fn eq(&self, other: &Self) -> bool {
        self.0.text() == other.0.text()
    }
}

impl Eq for NoteEditor {}

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
    /// The note as edited, several lines (its text is `note`).
    pub note_editor: NoteEditor,
    /// How days are written in the staff language (the day field, Today, Yesterday).
    pub locale: Locale,
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

    /// The first field in error, in the form's order (where the focus goes after a refused
    /// save).
    pub fn first_field(&self) -> Option<ControlId> {
        if self.day {
            Some(DAY)
        } else if self.unit_missing || self.unit.is_some() {
            Some(UNIT)
        } else if self.note.is_some() {
            Some(NOTE)
        } else {
            None
        }
    }
}

/// What the visit, the settings and the last entry say, for a new entry.
pub struct Prefill<'a> {
    pub today: jiff::civil::Date,
    /// The staff language, for the day as people write it.
    pub staff: Locale,
    /// The unit from Settings; empty if none is set there.
    pub unit: &'a str,
    pub citizen: Locale,
    pub interpreter: Option<Interpreter>,
    pub topics: &'a [&'static str],
    pub principles: Vec<&'static str>,
    pub handout: bool,
    /// The entry saved last: its channel and duration are remembered, and its unit when
    /// Settings has none (so a save never leaves the next form without a unit).
    pub last: Option<&'a Entry>,
}

impl<'a> Prefill<'a> {
    /// Today, the settings in use, what was done during `visit`, and the last entry.
    pub fn from(ctx: &Context<'a>, visit: &'a Visit, last: Option<&'a Entry>) -> Prefill<'a> {
        Prefill {
            today: clock::today(),
            staff: ctx.ui.staff.locale,
            unit: &ctx.settings.unit,
            citizen: ctx.settings.citizen_language,
            interpreter: visit.interpreter(),
            topics: visit.topics_shown(),
            principles: visit.principles_served().iter().map(|p| p.code).collect(),
            handout: visit.handout_given(),
            last,
        }
    }
}

impl Form {
    /// A new entry, filled in from the visit, the settings and the remembered defaults.
    pub fn prefilled(prefill: &Prefill) -> Form {
        let last = prefill.last;
        let unit = if prefill.unit.trim().is_empty() {
            last.map(|entry| entry.unit.clone()).unwrap_or_default()
        } else {
            prefill.unit.to_string()
        };
        Form {
            editing: None,
            day: format::day(prefill.staff, prefill.today),
            unit,
            channel: last.map_or(Channel::Desk, |entry| entry.channel),
            language: prefill.citizen.code().to_string(),
            interpreter: prefill.interpreter.unwrap_or(Interpreter::None),
            groups: Vec::new(),
            topics: prefill.topics.iter().map(|t| t.to_string()).collect(),
            principles: prefill.principles.iter().map(|p| p.to_string()).collect(),
            handout: prefill.handout,
            outcome: Outcome::Solved,
            duration: last.map_or(DurationBucket::From5To15, |entry| entry.duration),
            note: String::new(),
            note_editor: NoteEditor::default(),
            locale: prefill.staff,
            dirty: false,
            errors: Errors::default(),
        }
    }

    /// "Same as last entry": a new entry like `last` in everything but the day (today) and
    /// the note (a note is about one contact); days written as `staff` writes them.
    pub fn same_as(last: &Entry, today: jiff::civil::Date, staff: Locale) -> Form {
        Form {
            editing: None,
            day: format::day(staff, today),
            note: String::new(),
            note_editor: NoteEditor::default(),
            dirty: true,
            ..Form::editing(last, staff)
        }
    }

    /// The form for editing a stored entry, days written as `staff` writes them.
    pub fn editing(entry: &Entry, staff: Locale) -> Form {
        Form {
            editing: Some(entry.id),
            day: format::day(staff, entry.day),
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
            note_editor: NoteEditor::with_text(&entry.note),
            locale: staff,
            dirty: false,
            errors: Errors::default(),
        }
    }

    /// What is wrong with the unit, if anything: (missing, refused).
    fn unit_errors(&self) -> (bool, Option<Refusal>) {
        let unit = self.unit.trim();
        if unit.is_empty() {
            (true, None)
        } else {
            (false, guard::check(unit, UNIT_MAX_CHARS).err())
        }
    }

    /// Checks the fields; on success the entry to store (a new id for a new entry).
    pub fn to_entry(&mut self, training: bool) -> Option<Entry> {
        let day = clock::parse_day(&self.day);
        let unit = self.unit.trim().to_string();
        let note = self.note.trim().to_string();
        let (unit_missing, unit_refused) = self.unit_errors();
        self.errors = Errors {
            day: day.is_none(),
            unit_missing,
            unit: unit_refused,
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

impl Form {
    /// Applies a change of one field; the form is then the user's own. A field in error is
    /// checked again, so its error goes as soon as it is fixed. Returns whether anything was
    /// filled in (moving the note's cursor is not).
    pub fn edit(&mut self, field: Field) -> bool {
        match field {
            Field::Day(text) => self.day = text,
            Field::Today => self.day = format::day(self.locale, clock::today()),
            Field::Yesterday => {
                let today = clock::today();
                self.day = format::day(self.locale, today.yesterday().unwrap_or(today));
            }
            Field::Unit(text) => {
                self.unit = text;
                if self.errors.unit_missing || self.errors.unit.is_some() {
                    (self.errors.unit_missing, self.errors.unit) = self.unit_errors();
                }
            }
            Field::Channel(channel) => self.channel = channel,
            Field::Language(code) => self.language = code,
            Field::Interpreter(interpreter) => self.interpreter = interpreter,
            Field::ToggleGroup(group) => toggle(&mut self.groups, group),
            Field::ToggleTopic(code) => toggle(&mut self.topics, code.to_string()),
            Field::TogglePrinciple(code) => toggle(&mut self.principles, code.to_string()),
            Field::ToggleHandout => self.handout = !self.handout,
            Field::Outcome(outcome) => self.outcome = outcome,
            Field::Duration(duration) => self.duration = duration,
            Field::Note(text) => {
                self.note_editor = NoteEditor::with_text(&text);
                self.note = text;
                self.recheck_note();
            }
            Field::NoteEdit(action) => {
                let edits = action.is_edit();
                self.note_editor.0.perform(action);
                if !edits {
                    return false;
                }
                self.note = self.note_editor.0.text();
                self.recheck_note();
            }
        }
        if self.errors.day {
            self.errors.day = clock::parse_day(&self.day).is_none();
        }
        self.dirty = true;
        true
    }

    fn recheck_note(&mut self) {
        if self.errors.note.is_some() {
            self.errors.note = guard::check_note(self.note.trim()).err();
        }
    }

    /// Characters the note may still have (negative: how many too many), as the guard counts.
    pub fn note_remaining(&self) -> i64 {
        let used = self.note.trim().chars().count();
        i64::try_from(guard::NOTE_MAX_CHARS).unwrap_or(i64::MAX)
            - i64::try_from(used).unwrap_or(i64::MAX)
    }
}

pub const SAVE: ControlId = ControlId::new("log-save");
pub const SAME_AS_LAST: ControlId = ControlId::new("log-same-as-last");
pub const DAY: ControlId = ControlId::new("log-day");
pub const UNIT: ControlId = ControlId::new("log-unit");
pub const NOTE: ControlId = ControlId::new("log-note");

/// The first field with its buttons and the confirmation of the last save under them.
pub fn first_field_region() -> iced::widget::Id {
    iced::widget::Id::new("log-first-field-region")
}
