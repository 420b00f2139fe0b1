//! Recording an onboarding session (date, unit, participants, what was covered, the quiz
//! score), the list of sessions, and their export.

use super::{Message, State};
use crate::clock;
use crate::content::training::CASES;
use crate::guard;
use crate::i18n::{MessageId, msg};
use crate::outreach::entry::UNIT_MAX_CHARS;
use crate::screen::problem::{self, Explain};
use crate::screen::{Context, SaveOutcome, refusal_text};
use crate::store::StoreError;
use crate::store::training::{MAX_PARTICIPANTS, Session};
use crate::ui::focus::{self, ControlId, Controls};
use crate::ui::style::texts;
use crate::ui::widget::{self, Kind};
use crate::ui::{fonts, size};
use iced::widget::{Column, column};
use iced::{Element, Fill};

/// A change to the session form.
#[derive(Clone, Debug)]
pub enum FormMessage {
    Day(String),
    Unit(String),
    Participants(String),
    TogglePresentation,
    ToggleCase(&'static str),
    ToggleQuiz,
    Score(String),
}

/// The session form, prefilled from what happened in this training session.
#[derive(Clone, Debug, Default)]
pub struct SessionForm {
    day: String,
    unit: String,
    participants: String,
    presentation: bool,
    cases: Vec<&'static str>,
    quiz: bool,
    score: String,
    dirty: bool,
    /// What is wrong, and the field it is about.
    errors: Vec<(MessageId, ControlId)>,
    unit_refusal: Option<guard::Refusal>,
    saved: Option<Result<(), StoreError>>,
    pub export_status: Option<SaveOutcome>,
}

impl SessionForm {
    pub fn new(today: jiff::civil::Date, unit: &str, staff: crate::i18n::Locale) -> SessionForm {
        SessionForm {
            day: crate::i18n::format::day(staff, today),
            unit: unit.to_string(),
            ..SessionForm::default()
        }
    }

    /// Has the trainer changed the form since it was last saved?
    pub fn unsaved(&self) -> bool {
        self.dirty
    }

    /// Uses the desk's unit if the form has none yet.
    pub fn default_unit(&mut self, unit: &str) {
        if self.unit.trim().is_empty() {
            self.unit = unit.to_string();
        }
    }

    /// Fills in what the session did, unless the trainer already changed the form.
    pub fn prefill(&mut self, presented: bool, cases: &[&'static str], score: Option<f64>) {
        if self.dirty {
            return;
        }
        self.presentation = presented;
        self.cases = cases.to_vec();
        self.quiz = score.is_some();
        self.score = score.map(|s| format!("{s:.0}")).unwrap_or_default();
    }

    pub fn update(&mut self, message: FormMessage) {
        self.dirty = true;
        self.saved = None;
        match message {
            FormMessage::Day(text) => self.day = text,
            FormMessage::Unit(text) => self.unit = text,
            FormMessage::Participants(text) => self.participants = text,
            FormMessage::TogglePresentation => self.presentation = !self.presentation,
            FormMessage::ToggleCase(id) => {
                if let Some(position) = self.cases.iter().position(|c| *c == id) {
                    self.cases.remove(position);
                } else {
                    self.cases.push(id);
                }
            }
            FormMessage::ToggleQuiz => self.quiz = !self.quiz,
            FormMessage::Score(text) => self.score = text,
        }
        self.recheck();
    }

    /// The first field in error, in the order the form shows them.
    pub fn first_field_in_error(&self) -> Option<ControlId> {
        let in_error = |field: &ControlId| {
            self.errors.iter().any(|(_, f)| f == field)
                || (*field == UNIT && self.unit_refusal.is_some())
        };
        [DAY, UNIT, PARTICIPANTS, PRESENTATION, SCORE]
            .into_iter()
            .find(|field| in_error(field))
    }

    /// What is wrong with the form as it is, field by field; on success the session.
    fn check(
        &self,
    ) -> (
        Vec<(MessageId, ControlId)>,
        Option<guard::Refusal>,
        Option<Session>,
    ) {
        let mut errors = Vec::new();
        let mut unit_refusal = None;
        let day = clock::parse_day(&self.day);
        if day.is_none() {
            errors.push((msg!("training-session-day-invalid"), DAY));
        }
        let unit = self.unit.trim().to_string();
        if unit.is_empty() {
            errors.push((msg!("log-unit-missing"), UNIT));
        } else if let Err(refusal) = guard::check(&unit, UNIT_MAX_CHARS) {
            unit_refusal = Some(refusal);
        }
        let participants = self
            .participants
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=MAX_PARTICIPANTS).contains(n));
        if participants.is_none() {
            errors.push((msg!("training-session-participants-invalid"), PARTICIPANTS));
        }
        let score_text = self
            .score
            .trim()
            .trim_end_matches('%')
            .trim()
            .replace(',', ".");
        let score = if !self.quiz || score_text.is_empty() {
            None
        } else {
            match score_text.parse::<f64>() {
                Ok(value) if (0.0..=100.0).contains(&value) => Some(value),
                _ => {
                    errors.push((msg!("training-session-score-invalid"), SCORE));
                    None
                }
            }
        };
        if !self.presentation && self.cases.is_empty() && !self.quiz {
            errors.push((msg!("training-session-nothing-covered"), PRESENTATION));
        }
        if !errors.is_empty() || unit_refusal.is_some() {
            return (errors, unit_refusal, None);
        }
        let mut cases: Vec<String> = self.cases.iter().map(|c| c.to_string()).collect();
        cases.sort();
        let session = day.zip(participants).map(|(day, participants)| Session {
            id: uuid::Uuid::now_v7(),
            day,
            created_at: clock::now_rfc3339(),
            unit,
            participants,
            presentation: self.presentation,
            cases,
            quiz: self.quiz,
            quiz_score: score,
        });
        (errors, unit_refusal, session)
    }

    /// After a change: a field in error is checked again, and its error goes once it is fixed
    /// (no new errors appear while typing).
    fn recheck(&mut self) {
        if self.errors.is_empty() && self.unit_refusal.is_none() {
            return;
        }
        let (errors, unit_refusal, _) = self.check();
        let shown: Vec<ControlId> = self.errors.iter().map(|(_, field)| field.clone()).collect();
        self.errors = errors
            .into_iter()
            .filter(|(_, field)| shown.contains(field))
            .collect();
        self.unit_refusal = unit_refusal.filter(|_| self.unit_refusal.is_some());
    }

    /// Checks the form; on success the session to store.
    pub fn to_session(&mut self) -> Option<Session> {
        let (errors, unit_refusal, session) = self.check();
        self.errors = errors;
        self.unit_refusal = unit_refusal;
        session
    }

    /// The error shown for `field`, if any.
    fn error_of(&self, ctx: &Context, field: &ControlId) -> Option<String> {
        if *field == UNIT
            && let Some(refusal) = self.unit_refusal
        {
            return Some(refusal_text(ctx, refusal));
        }
        self.errors
            .iter()
            .find(|(_, f)| f == field)
            .map(|(error, _)| ctx.tr(*error))
    }

    pub fn saved(&mut self, result: Result<(), StoreError>) {
        if result.is_ok() {
            self.dirty = false;
            self.participants.clear();
        }
        self.saved = Some(result);
    }
}

pub const DAY: ControlId = ControlId::new("session-day");
const UNIT: ControlId = ControlId::new("session-unit");
const PARTICIPANTS: ControlId = ControlId::new("session-participants");
const PRESENTATION: ControlId = ControlId::new("session-presentation");
const QUIZ: ControlId = ControlId::new("session-quiz");
const SCORE: ControlId = ControlId::new("session-score");
const SAVE: ControlId = ControlId::new("session-save");
const EXPORT: ControlId = ControlId::new("sessions-export");
const SAVE_DETAILS: ControlId = ControlId::new("session-save-details");
const LOAD_DETAILS: ControlId = ControlId::new("sessions-load-details");
const EXPORT_DETAILS: ControlId = ControlId::new("sessions-export-details");

pub fn view<'a>(
    state: &'a State,
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    width: f32,
) -> Element<'a, Message> {
    // Sessions are kept in the log: without it there is nothing to save them in.
    if let Some(not_open) = ctx.store_not_open(msg!("log-no-store")) {
        return not_open;
    }
    let form = &state.form;
    let sessions = &state.sessions;
    let ui = &ctx.ui;
    let per_row = ((width / 260.0).floor() as usize).clamp(1, 3);
    let form_message = |m: fn(String) -> FormMessage| move |text: String| Message::Form(m(text));
    let mut body = Column::new().spacing(size::GAP).width(Fill);
    body = body.push(widget::heading(
        ui,
        ctx.tr(msg!("training-session-title")),
        2,
    ));
    body = body.push(widget::muted(ui, ctx.tr(msg!("training-session-hint"))));
    // Each error is inside its field's ring, right under it (scrolling the field into view
    // shows it), and marks the field refused for a screen reader.
    let error = |field: &ControlId| form.error_of(ctx, field);
    let below = |error: &Option<String>| -> Vec<Element<'a, Message>> {
        error
            .iter()
            .map(|reason| widget::error(ui, reason.clone()).into())
            .collect()
    };
    let mut refused = Vec::new();
    let day_error = error(&DAY);
    let day = widget::text_field_with(
        ui,
        controls,
        &DAY,
        ctx.tr(msg!("log-day")),
        &form.day,
        form_message(FormMessage::Day),
        None,
        below(&day_error),
    );
    refused.push((DAY, day_error));
    let unit_error = error(&UNIT);
    let unit = widget::text_field_with(
        ui,
        controls,
        &UNIT,
        ctx.tr(msg!("log-unit")),
        &form.unit,
        form_message(FormMessage::Unit),
        None,
        below(&unit_error),
    );
    refused.push((UNIT, unit_error));
    let participants_error = error(&PARTICIPANTS);
    let participants = widget::text_field_with(
        ui,
        controls,
        &PARTICIPANTS,
        ctx.tr(msg!("training-session-participants")),
        &form.participants,
        form_message(FormMessage::Participants),
        Some(Message::SaveSession),
        below(&participants_error),
    );
    refused.push((PARTICIPANTS, participants_error));
    body = body.push(widget::grid(ui, vec![day, unit, participants], per_row));
    body = body.push(
        widget::label(ui, ctx.tr(msg!("training-session-covered")))
            .font(fonts::bold(fonts::for_locale(ui.staff.locale))),
    );
    body = body.push(widget::checkbox(
        ui,
        controls,
        &PRESENTATION,
        ctx.tr(msg!("training-tab-presentation")),
        form.presentation,
        Message::Form(FormMessage::TogglePresentation),
    ));
    let cases: Vec<Element<'a, Message>> = controls.group(
        focus::Group::new("session-cases", ctx.tr(msg!("training-tab-cases"))),
        |controls| {
            CASES
                .iter()
                .map(|case| {
                    let id = ControlId::dynamic(format!("session-case-{}", case.id));
                    let label = ctx.tr(msg!(
                        "training-session-case",
                        case = ctx.text_of(&case.title_id())
                    ));
                    widget::checkbox(
                        ui,
                        controls,
                        &id,
                        label,
                        form.cases.contains(&case.id),
                        Message::Form(FormMessage::ToggleCase(case.id)),
                    )
                })
                .collect()
        },
    );
    body = body.push(widget::grid(ui, cases, per_row.min(2)));
    // "Nothing covered" is about the whole group: said under it, on the first check box.
    if let Some(reason) = error(&PRESENTATION) {
        body = body.push(widget::error(ui, reason.clone()));
        refused.push((PRESENTATION, Some(reason)));
    }
    body = body.push(widget::checkbox(
        ui,
        controls,
        &QUIZ,
        ctx.tr(msg!("training-tab-quiz")),
        form.quiz,
        Message::Form(FormMessage::ToggleQuiz),
    ));
    if form.quiz {
        let score_error = error(&SCORE);
        body = body.push(widget::text_field_with(
            ui,
            controls,
            &SCORE,
            ctx.tr(msg!("training-session-score")),
            &form.score,
            form_message(FormMessage::Score),
            None,
            below(&score_error),
        ));
        refused.push((SCORE, score_error));
    }
    for (field, reason) in refused {
        if let Some(reason) = reason {
            controls.refuse(&field, reason);
        }
    }
    body = body.push(widget::button(
        ui,
        controls,
        &SAVE,
        ctx.tr(msg!("training-session-save")),
        Some(Message::SaveSession),
        Kind::Primary,
    ));
    match &form.saved {
        Some(Ok(())) => {
            body = body.push(
                widget::label(ui, ctx.tr(msg!("training-session-saved")))
                    .style(texts::success(ui.palette)),
            )
        }
        Some(Err(error)) => {
            body = body.push(problem::view(
                ctx,
                controls,
                SAVE_DETAILS,
                ctx.tr(msg!(
                    "log-save-failed",
                    reason = error.sentence(&ctx.words())
                )),
                error.detail(),
                &state.details,
                Message::Details,
            ))
        }
        None => {}
    }

    let mut list = Column::new().spacing(size::GAP * 0.75).width(Fill);
    list = list.push(widget::heading(
        ui,
        ctx.tr(msg!("training-sessions-title")),
        2,
    ));
    if let Some(error) = &state.sessions_error {
        list = list.push(problem::view(
            ctx,
            controls,
            LOAD_DETAILS,
            error.sentence(&ctx.words()),
            error.detail(),
            &state.details,
            Message::Details,
        ));
    }
    if sessions.is_empty() {
        list = list.push(widget::muted(ui, ctx.tr(msg!("training-sessions-none"))));
    }
    for session in sessions {
        let mut covered = Vec::new();
        if session.presentation {
            covered.push(ctx.tr(msg!("training-tab-presentation")));
        }
        if !session.cases.is_empty() {
            covered.push(ctx.tr(msg!("training-sessions-cases", count = session.cases.len())));
        }
        if session.quiz {
            covered.push(match session.quiz_score {
                Some(score) => ctx.tr(msg!(
                    "training-sessions-quiz-score",
                    score = format!("{score:.0}")
                )),
                None => ctx.tr(msg!("training-tab-quiz")),
            });
        }
        let line = ctx.tr(msg!(
            "training-sessions-line",
            day = crate::i18n::format::day(ui.staff.locale, session.day),
            unit = session.unit.as_str(),
            participants = session.participants
        ));
        list = list.push(widget::card(
            ui,
            column![
                widget::label(ui, line).font(fonts::bold(fonts::for_locale(ui.staff.locale))),
                widget::label(ui, covered.join(" · "))
            ]
            .spacing(4),
        ));
    }
    list = list.push(widget::button(
        ui,
        controls,
        &EXPORT,
        ctx.tr(msg!("training-sessions-export")),
        (!sessions.is_empty()).then_some(Message::ExportSessions),
        Kind::Secondary,
    ));
    if let Some(outcome) = &form.export_status {
        list = list.push(problem::save_outcome(
            ctx,
            controls,
            EXPORT_DETAILS,
            outcome,
            &state.details,
            Message::Details,
        ));
    }
    column![widget::card(ui, body), list]
        .spacing(size::GAP * 1.5)
        .into()
}
