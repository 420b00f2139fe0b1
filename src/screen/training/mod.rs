//! Training mode for onboarding sessions (principles 2c and 2g): a presentation for the
//! projector, desk cases to discuss, a short quiz, and a record of each session.

mod cases;
mod presentation;
mod quiz;
mod sessions;

use super::dialog::{self, SaveRequest};
use super::{Action, Context, Disclosures, Request, SaveOutcome, Screen, View};
use crate::content::training::{CASES, QUIZ, slides};
use crate::i18n::{MessageId, msg};
use crate::store::StoreError;
use crate::store::training::Session;
use crate::ui::focus::{self, ControlId, Controls};
use crate::ui::shortcuts::{Arrow, Shortcut};
use crate::ui::{size, widget};
use iced::Fill;
use iced::widget::Column;

pub use sessions::{FormMessage, SessionForm};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Presentation,
    Cases,
    Quiz,
    Sessions,
}

#[derive(Clone, Debug)]
pub enum Message {
    Tab(Tab),
    // The presentation.
    Present,
    /// F11 on the presentation's tab: present, in full screen.
    PresentFullScreen,
    /// The full-screen button, F11 while presenting, Esc in full screen.
    ToggleFullScreen,
    NextSlide,
    PreviousSlide,
    FirstSlide,
    LastSlide,
    StopPresenting,
    // Cases.
    OpenCase(usize),
    CloseCase,
    TogglePrinciples,
    // The quiz.
    Choose(u8),
    Answer,
    NextQuestion,
    Restart,
    // Sessions.
    Form(sessions::FormMessage),
    SaveSession,
    SessionSaved(Result<(), StoreError>),
    Sessions(Result<Vec<Session>, StoreError>),
    ExportSessions,
    Exported(SaveOutcome),
    /// Show or hide a failure's details.
    Details(ControlId),
}

/// The quiz as it is being answered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuizState {
    /// The question shown (0-based); `QUIZ.len()` when finished.
    pub current: usize,
    pub chosen: Option<u8>,
    pub answered: bool,
    pub right: usize,
    /// "Answer" was pressed with no option chosen: the quiz says to choose one first.
    pub nothing_chosen: bool,
}

impl QuizState {
    pub fn finished(&self) -> bool {
        self.current >= QUIZ.len()
    }

    /// The score in percent, once finished.
    pub fn score(&self) -> Option<f64> {
        (self.finished() && !QUIZ.is_empty()).then(|| self.right as f64 * 100.0 / QUIZ.len() as f64)
    }
}

#[derive(Clone, Debug)]
pub struct State {
    tab: Tab,
    presenting: bool,
    /// The presentation fills the screen (the app puts the window in full screen).
    full_screen: bool,
    slide: usize,
    /// The presentation was shown during this session.
    presented: bool,
    case: Option<usize>,
    show_principles: bool,
    /// Cases opened during this session, in order.
    cases_seen: Vec<&'static str>,
    pub quiz: QuizState,
    form: SessionForm,
    sessions: Vec<Session>,
    /// Why the sessions could not be read.
    sessions_error: Option<StoreError>,
    details: Disclosures,
}

const TABS: [(Tab, ControlId, MessageId); 4] = [
    (
        Tab::Presentation,
        ControlId::new("training-tab-presentation"),
        msg!("training-tab-presentation"),
    ),
    (
        Tab::Cases,
        ControlId::new("training-tab-cases"),
        msg!("training-tab-cases"),
    ),
    (
        Tab::Quiz,
        ControlId::new("training-tab-quiz"),
        msg!("training-tab-quiz"),
    ),
    (
        Tab::Sessions,
        ControlId::new("training-tab-sessions"),
        msg!("training-tab-sessions"),
    ),
];

impl State {
    /// Days in the session form are written as `staff` writes them.
    pub fn new(today: jiff::civil::Date, unit: &str, staff: crate::i18n::Locale) -> State {
        State {
            tab: Tab::Presentation,
            presenting: false,
            full_screen: false,
            slide: 0,
            presented: false,
            case: None,
            show_principles: false,
            cases_seen: Vec::new(),
            quiz: QuizState::default(),
            form: SessionForm::new(today, unit, staff),
            sessions: Vec::new(),
            sessions_error: None,
            details: Disclosures::default(),
        }
    }

    pub fn tab(&self) -> Tab {
        self.tab
    }

    /// Is the presentation filling the window?
    pub fn presenting(&self) -> bool {
        self.presenting
    }

    /// Is the presentation in full screen?
    pub fn full_screen(&self) -> bool {
        self.full_screen
    }

    /// Has the session form changes that are not saved?
    pub fn unsaved_session(&self) -> bool {
        self.form.unsaved()
    }

    /// The slide shown (0-based) and how many there are.
    pub fn slide(&self) -> (usize, usize) {
        (self.slide, slides().len())
    }

    pub fn sessions(&self) -> &[Session] {
        &self.sessions
    }

    pub fn form(&self) -> &SessionForm {
        &self.form
    }
}

impl Screen for State {
    type Message = Message;

    fn update(&mut self, message: Message, ctx: &Context) -> Action<Message> {
        let last = slides().len().saturating_sub(1);
        match message {
            Message::Tab(tab) => {
                self.tab = tab;
                if tab == Tab::Sessions {
                    self.form.default_unit(&ctx.settings.unit);
                    self.form
                        .prefill(self.presented, &self.cases_seen, self.quiz.score());
                    return load_sessions(ctx);
                }
            }
            Message::Present => return self.present(),
            Message::PresentFullScreen => {
                self.full_screen = true;
                return self.present().and(Action::Ask(Request::FullScreen(true)));
            }
            Message::ToggleFullScreen => {
                self.full_screen = !self.full_screen;
                return Action::Ask(Request::FullScreen(self.full_screen));
            }
            Message::NextSlide => self.slide = (self.slide + 1).min(last),
            Message::PreviousSlide => self.slide = self.slide.saturating_sub(1),
            Message::FirstSlide => self.slide = 0,
            Message::LastSlide => self.slide = last,
            Message::StopPresenting => {
                self.presenting = false;
                // Back on the button that started the presentation, in the window's frame.
                let focus = Action::Ask(Request::Focus(presentation::PRESENT));
                if std::mem::take(&mut self.full_screen) {
                    return Action::Ask(Request::FullScreen(false)).and(focus);
                }
                return focus;
            }
            Message::OpenCase(index) => {
                if let Some(case) = CASES.get(index) {
                    self.case = Some(index);
                    self.show_principles = false;
                    if !self.cases_seen.contains(&case.id) {
                        self.cases_seen.push(case.id);
                    }
                }
            }
            Message::CloseCase => {
                // Back in the list, on the case just left.
                if let Some(case) = self.case.take().and_then(|index| CASES.get(index)) {
                    return Action::Ask(Request::Focus(cases::case_id(case.id)));
                }
            }
            Message::TogglePrinciples => self.show_principles = !self.show_principles,
            Message::Choose(option) => {
                if !self.quiz.answered {
                    self.quiz.chosen = Some(option);
                    self.quiz.nothing_chosen = false;
                }
            }
            Message::Answer => {
                if self.quiz.chosen.is_none() && !self.quiz.answered && !self.quiz.finished() {
                    // Said just above the button, where the eye is; the focus stays on it (the
                    // options are one Shift+Tab away, and marked with the same words).
                    self.quiz.nothing_chosen = true;
                    return Action::None;
                }
                if let (Some(chosen), Some(question), false) = (
                    self.quiz.chosen,
                    QUIZ.get(self.quiz.current),
                    self.quiz.answered,
                ) {
                    self.quiz.answered = true;
                    if chosen == question.correct {
                        self.quiz.right += 1;
                    }
                }
            }
            Message::NextQuestion => {
                if self.quiz.answered {
                    self.quiz.current += 1;
                    self.quiz.chosen = None;
                    self.quiz.answered = false;
                }
            }
            Message::Restart => self.quiz = QuizState::default(),
            Message::Form(message) => self.form.update(message),
            Message::SaveSession => {
                let Some(session) = self.form.to_session() else {
                    // Refused: the focus goes to the first field in error.
                    return match self.form.first_field_in_error() {
                        Some(field) => Action::Ask(Request::Focus(field)),
                        None => Action::None,
                    };
                };
                if let Some(database) = ctx.database() {
                    let stored = database.write(move |store| store.save_session(&session));
                    return Action::Run(iced::Task::perform(stored, Message::SessionSaved));
                }
            }
            Message::SessionSaved(result) => {
                let saved = result.is_ok();
                self.form.saved(result);
                if saved {
                    // Ready for the next session, from its first field.
                    return load_sessions(ctx).and(Action::Ask(Request::Focus(sessions::DAY)));
                }
            }
            Message::Sessions(result) => match result {
                Ok(sessions) => {
                    self.sessions = sessions;
                    self.sessions_error = None;
                }
                Err(error) => self.sessions_error = Some(error),
            },
            Message::ExportSessions => {
                self.form.export_status = None;
                let request = SaveRequest {
                    suggested_name: format!("skranke-onboarding-{}.csv", crate::clock::today()),
                    format: crate::export::Format::Csv,
                    bytes: sessions_csv(ctx, &self.sessions),
                };
                return Action::Run(dialog::save_as(request, Message::Exported));
            }
            Message::Exported(outcome) => {
                if outcome != SaveOutcome::Cancelled {
                    self.form.export_status = Some(outcome);
                }
            }
            Message::Details(id) => self.details.toggle(id),
        }
        Action::None
    }

    /// Esc: leave full screen, stop presenting, or close the open case.
    fn back(&self) -> Option<Message> {
        if self.presenting && self.full_screen {
            Some(Message::ToggleFullScreen)
        } else if self.presenting {
            Some(Message::StopPresenting)
        } else {
            self.case.map(|_| Message::CloseCase)
        }
    }

    /// While presenting: arrows, Page Up / Page Down and Space move, Home and End jump, F11
    /// switches full screen, Esc leaves full screen and then the presentation. In a
    /// right-to-left language "forward" is the left arrow. On the presentation's tab, F11
    /// presents in full screen.
    fn key(&self, shortcut: Shortcut, ctx: &Context) -> Option<Message> {
        if !self.presenting {
            return (shortcut == Shortcut::FullScreen && self.tab == Tab::Presentation)
                .then_some(Message::PresentFullScreen);
        }
        let rtl = ctx.ui.staff.direction.is_rtl();
        let (forward, backward) = if rtl {
            (Message::PreviousSlide, Message::NextSlide)
        } else {
            (Message::NextSlide, Message::PreviousSlide)
        };
        Some(match shortcut {
            Shortcut::ScrollDown | Shortcut::Arrow(Arrow::Down) => Message::NextSlide,
            Shortcut::ScrollUp | Shortcut::Arrow(Arrow::Up) => Message::PreviousSlide,
            Shortcut::Arrow(Arrow::Right) => forward,
            Shortcut::Arrow(Arrow::Left) => backward,
            // Space moves on unless one of the slide's buttons has the focus (then it presses it).
            Shortcut::Activate if !ctx.ui.focused.is_some_and(presentation::is_slide_control) => {
                Message::NextSlide
            }
            Shortcut::Home => Message::FirstSlide,
            Shortcut::End => Message::LastSlide,
            Shortcut::FullScreen => Message::ToggleFullScreen,
            Shortcut::Back => self.back()?,
            // The rest keep the app's meaning (Tab moves between the slide's buttons).
            Shortcut::Activate
            | Shortcut::FocusNext
            | Shortcut::FocusPrevious
            | Shortcut::NextRegion
            | Shortcut::Screen(_)
            | Shortcut::CycleCitizenLanguage
            | Shortcut::ScaleUp
            | Shortcut::ScaleDown
            | Shortcut::ScaleReset
            | Shortcut::Submit { .. }
            | Shortcut::Undo
            | Shortcut::Quit
            | Shortcut::LogVisit
            | Shortcut::SameAsLast => return None,
        })
    }

    /// Showing the sessions (or the log opening under them) reads them again.
    fn enter(&mut self, ctx: &Context) -> Action<Message> {
        if self.tab == Tab::Sessions {
            return load_sessions(ctx);
        }
        Action::None
    }

    fn full_window(&self) -> bool {
        self.presenting
    }

    fn view<'a>(&'a self, ctx: &Context<'a>) -> View<'a, Message> {
        let controls = &mut Controls::new();
        let width = ctx.width;
        if self.presenting {
            // The full-window presentation, `width` logical pixels wide.
            let slides = presentation::view(self.slide, self.full_screen, ctx, controls, width);
            return View::new(slides, std::mem::take(controls));
        }
        let ui = &ctx.ui;
        let mut page = Column::new().spacing(size::GAP * 1.25).width(Fill);
        page = page.push(widget::heading(ui, ctx.tr(msg!("training-title")), 1));
        page = page.push(widget::tabs(
            ui,
            controls,
            focus::Group::new("training-tabs", ctx.tr(msg!("training-title"))),
            TABS.iter()
                .map(|(tab, id, label)| (id, ctx.tr(*label), *tab == self.tab, Message::Tab(*tab)))
                .collect(),
        ));
        page = page.push(match self.tab {
            Tab::Presentation => presentation::intro(self.slide, ctx, controls),
            Tab::Cases => cases::view(
                self.case,
                self.show_principles,
                &self.cases_seen,
                ctx,
                controls,
            ),
            Tab::Quiz => quiz::view(&self.quiz, ctx, controls),
            Tab::Sessions => sessions::view(self, ctx, controls, width),
        });
        View::new(page, std::mem::take(controls))
    }
}

impl State {
    fn present(&mut self) -> Action<Message> {
        self.presenting = true;
        self.presented = true;
        // On "next": Space and Enter move on, as the arrow keys do.
        Action::Ask(Request::Focus(presentation::NEXT))
    }
}

/// Reads the sessions on the log's thread.
fn load_sessions(ctx: &Context) -> Action<Message> {
    match ctx.database() {
        Some(database) => Action::Run(iced::Task::perform(
            database.write(|store| store.sessions()),
            Message::Sessions,
        )),
        None => Action::None,
    }
}

/// The sessions as CSV for a spreadsheet in the staff language: its column names, its
/// separator and decimal mark, a byte-order mark.
fn sessions_csv(ctx: &Context, sessions: &[crate::store::training::Session]) -> Vec<u8> {
    use crate::export::sheet::{self, Dialect};
    let dialect = Dialect::for_locale(ctx.ui.staff.locale);
    let header = [
        msg!("sessions-column-id"),
        msg!("sessions-column-day"),
        msg!("sessions-column-unit"),
        msg!("sessions-column-participants"),
        msg!("sessions-column-presentation"),
        msg!("sessions-column-cases"),
        msg!("sessions-column-quiz"),
        msg!("sessions-column-quiz-score"),
    ]
    .map(|id| ctx.tr(id));
    let rows = crate::store::training::rows(sessions, |score| dialect.number(score, 1));
    sheet::table(dialect, &header, rows)
}
