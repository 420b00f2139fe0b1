//! The application: settings, texts, store, the current screen and the keyboard focus.

mod chrome;
mod log_tasks;
mod notice;
pub mod save;
pub mod shortcuts;
pub mod store_opening;

pub use notice::Notice;
pub use shortcuts::Shortcut;

use crate::i18n::{Catalogue, Locale, negotiate};
use crate::paths::Paths;
use crate::screen::{self, Context, ScreenId, StoreState};
use crate::settings::{SCALE_STEPS, Settings};
use crate::store::assessment::Assessment;
use crate::store::{OpenError, Store};
use crate::ui::focus::{self, Control, ControlId, Controls, Role};
use crate::ui::theme::Palette;
use crate::ui::{Lang, Ui, style, widget};
use crate::visit::Visit;
use iced::widget::operation::{self, AbsoluteOffset};
use iced::widget::{Column, column, container, responsive, scrollable, selector};
use iced::{Element, Fill, Size, Subscription, Task, Theme, event, system, theme};
use std::collections::HashMap;
use store_opening::{Opened, Opening};

/// Below this logical width the navigation moves from the side to the top.
const SIDE_BAR_MIN_WIDTH: f32 = 760.0;
use crate::ui::MAIN_SCROLL;
/// How far Page Up / Page Down scroll, in logical pixels.
const PAGE_STEP: f32 = 320.0;

/// What the command line asked for.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub paths: Option<Paths>,
    /// `--lang`: the staff language for this session.
    pub staff_language: Option<String>,
    /// `--citizen-lang`: the citizen language for this session.
    pub citizen_language: Option<String>,
    /// For the start-up benchmark: when the process started. The app prints the time to its
    /// first frame and exits once that frame is drawn.
    pub measure_first_frame_from: Option<std::time::Instant>,
}

pub struct App {
    paths: Paths,
    settings: Settings,
    catalogue: Catalogue,
    store: Result<Store, OpenError>,
    staff: Locale,
    system_dark: bool,
    theme: Theme,
    screen: ScreenId,
    focus: Option<ControlId>,
    notices: Vec<Notice>,
    desk_screen: screen::desk::State,
    principles_screen: screen::principles::State,
    glossary_screen: screen::glossary::State,
    log_screen: screen::log::State,
    indicators_screen: screen::indicators::State,
    training_screen: screen::training::State,
    /// Training mode: new log entries are marked as training. Never saved: every start is real.
    training_mode: bool,
    /// The point-to-your-language card covers the whole window while it is open.
    card_open: bool,
    settings_screen: screen::settings::State,
    about_screen: screen::about::State,
    measure_first_frame_from: Option<std::time::Instant>,
    /// False until the window's first frame is drawn: work that can wait (the daily backup)
    /// starts after it, so it does not compete with the first paint on a two-core PC.
    first_frame_drawn: bool,
    /// The daily backup is due once the first frame is drawn.
    backup_after_first_frame: bool,
    /// The last size the window's content was laid out at; the keyboard model builds the view
    /// at this size to know which controls are on screen.
    last_size: std::cell::Cell<Size>,
    visit: Visit,
    assessments: HashMap<String, Assessment>,
    /// The store while it is being opened on its own thread (`store` is then
    /// `Err(OpenError::Opening)`).
    opening: Option<Opening>,
}

#[derive(Clone, Debug)]
pub enum Message {
    Navigate(ScreenId),
    Desk(screen::desk::Message),
    Card(screen::language_card::Message),
    Principles(screen::principles::Message),
    Glossary(screen::glossary::Message),
    Log(screen::log::Message),
    Indicators(screen::indicators::Message),
    Training(screen::training::Message),
    /// A backup to restore was chosen (or not).
    RestoreChosen(Option<std::path::PathBuf>),
    Settings(screen::settings::Message),
    About(screen::about::Message),
    Shortcut(Shortcut),
    SystemTheme(theme::Mode),
    DismissNotice(usize),
    /// A frame was drawn (subscribed to until the first one is).
    FrameDrawn,
    /// The store's thread is done: take the store (or the reason it could not be opened).
    StoreReady,
    /// A task finished with nothing to report.
    Done,
}

impl App {
    /// Builds the app: loads settings (never failing), texts with overrides, and the store.
    /// The app with its store opened on this thread, as tests want it.
    pub fn new(options: Options) -> App {
        let mut app = App::without_store(options);
        let opened = Opened::now(&app.paths.database_file());
        app.take_store(opened);
        app
    }

    /// The app before its store is open: settings, texts, languages and screens.
    fn without_store(options: Options) -> App {
        let paths = options.paths.unwrap_or_else(|| Paths::resolve(None, None));
        let mut notices = Vec::new();

        let loaded = Settings::load(&paths.settings_file());
        if !loaded.problems.is_empty() {
            notices.push(Notice::Settings(loaded.problems));
        }
        let mut settings = loaded.settings;

        let catalogue = Catalogue::with_overrides(&paths.overrides_dir());
        let rejected = catalogue
            .override_reports()
            .iter()
            .filter(|r| r.first_problem().is_some())
            .count();
        if rejected > 0 {
            notices.push(Notice::OverridesRejected(rejected));
        }

        let staff_from_cli = parse_locale(options.staff_language.as_deref(), &mut notices);
        if let Some(citizen) = parse_locale(options.citizen_language.as_deref(), &mut notices) {
            settings.citizen_language = citizen;
        }
        let staff = staff_from_cli
            .or(settings.staff_language)
            .unwrap_or_else(negotiate::from_os);

        let settings_unit = settings.unit.clone();
        let settings_citizen = settings.citizen_language;
        let system_dark = false;
        let theme = Palette::for_choice(settings.theme, system_dark).iced_theme();
        App {
            paths,
            settings,
            catalogue,
            store: Err(OpenError::Opening),
            staff,
            system_dark,
            theme,
            screen: ScreenId::ALL[0],
            focus: None,
            notices,
            desk_screen: screen::desk::State::default(),
            principles_screen: screen::principles::State::default(),
            glossary_screen: screen::glossary::State::default(),
            log_screen: screen::log::State::new(&screen::log::form::Prefill {
                today: crate::clock::today(),
                unit: &settings_unit,
                citizen: settings_citizen,
                topics: &[],
                principles: Vec::new(),
                handout: false,
            }),
            indicators_screen: screen::indicators::State::new(crate::clock::today()),
            training_screen: screen::training::State::new(crate::clock::today(), &settings_unit),
            training_mode: false,
            card_open: false,
            settings_screen: screen::settings::State::default(),
            about_screen: screen::about::State,
            measure_first_frame_from: options.measure_first_frame_from,
            first_frame_drawn: false,
            backup_after_first_frame: false,
            last_size: std::cell::Cell::new(Size::new(1024.0, 768.0)),
            visit: Visit::default(),
            assessments: HashMap::new(),
            opening: None,
        }
    }

    /// Puts the opened store in place, with its self-assessment, and says what went wrong.
    fn take_store(&mut self, opened: Opened) {
        if let Err(error) = &opened.store {
            self.notices.push(Notice::Store(error.clone()));
        }
        match opened.assessments {
            Ok(assessments) => self.assessments = assessments,
            Err(error) => self
                .notices
                .push(Notice::Store(OpenError::Unavailable(error))),
        }
        self.store = opened.store;
    }

    /// Waits for a store still being opened (for work that cannot go on without it).
    fn settle_store(&mut self) {
        if let Some(opening) = self.opening.take() {
            self.take_store(opening.finish());
        }
    }

    /// The app and its first tasks: asking the system whether it is in dark mode, and taking
    /// the store when `opening` (started by `main`'s boot just before) is done.
    pub fn boot(options: Options, opening: Option<Opening>) -> (App, Task<Message>) {
        let mut app = App::without_store(options);
        let mut opening = opening.unwrap_or_else(|| Opening::start(app.paths.database_file()));
        let store_task = Task::perform(opening.ready(), |()| Message::StoreReady);
        app.opening = Some(opening);
        (
            app,
            Task::batch([system::theme().map(Message::SystemTheme), store_task]),
        )
    }

    /// Backs the database up once a day, off the UI thread.
    fn daily_backup(&self) -> Task<Message> {
        match &self.store {
            Ok(_) => log_tasks::daily_backup(self.paths.database_file(), self.paths.backups_dir())
                .map(|()| Message::Done),
            Err(_) => Task::none(),
        }
    }

    /// The store is open (or failed to open): use it, refresh what shows it, back it up.
    fn store_ready(&mut self) -> Task<Message> {
        let Some(opening) = self.opening.take() else {
            return Task::none();
        };
        self.take_store(opening.finish());
        if self.store.is_err() {
            return Task::none();
        }
        let refresh = match self.screen {
            ScreenId::Log => {
                self.refresh_log_form();
                Task::none()
            }
            ScreenId::Indicators => self.load_indicators(),
            _ => Task::none(),
        };
        let backup = if self.first_frame_drawn {
            self.daily_backup()
        } else {
            self.backup_after_first_frame = true;
            Task::none()
        };
        Task::batch([refresh, backup])
    }

    pub fn title(&self) -> String {
        self.catalogue.text(self.staff, "app-title")
    }

    pub fn theme(&self) -> Theme {
        self.theme.clone()
    }

    pub fn scale_factor(&self) -> f32 {
        f32::from(self.settings.scale_percent) / 100.0
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let frames = if self.first_frame_drawn {
            Subscription::none()
        } else {
            iced::window::frames().map(|_| Message::FrameDrawn)
        };
        Subscription::batch([
            event::listen_with(|event, status, _window| {
                shortcuts::from_event(&event, status).map(Message::Shortcut)
            }),
            system::theme_changes().map(Message::SystemTheme),
            frames,
        ])
    }

    pub fn screen(&self) -> ScreenId {
        self.screen
    }

    pub fn focused(&self) -> Option<&ControlId> {
        self.focus.as_ref()
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    fn staff_is_rtl(&self) -> bool {
        self.catalogue.direction(self.staff).is_rtl()
    }

    pub fn staff_language(&self) -> Locale {
        self.staff
    }

    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// The visit in progress.
    pub fn visit(&self) -> &Visit {
        &self.visit
    }

    /// The desk screen's state.
    pub fn desk(&self) -> &screen::desk::State {
        &self.desk_screen
    }

    /// The log screen's state.
    pub fn log(&self) -> &screen::log::State {
        &self.log_screen
    }

    /// The indicators screen's state.
    pub fn indicators(&self) -> &screen::indicators::State {
        &self.indicators_screen
    }

    /// The training screen's state.
    pub fn training(&self) -> &screen::training::State {
        &self.training_screen
    }

    /// Are new log entries marked as training?
    pub fn training_mode(&self) -> bool {
        self.training_mode
    }

    /// Is the point-to-your-language card showing?
    pub fn card_open(&self) -> bool {
        self.card_open
    }

    /// The principles screen's state.
    pub fn principles(&self) -> &screen::principles::State {
        &self.principles_screen
    }

    pub fn store(&self) -> Result<&Store, &OpenError> {
        self.store.as_ref()
    }

    pub fn palette(&self) -> &'static Palette {
        Palette::for_choice(self.settings.theme, self.system_dark)
    }

    fn context(&self) -> Context<'_> {
        Context {
            ui: Ui {
                palette: self.palette(),
                focused: self.focus.as_ref(),
                staff: Lang {
                    locale: self.staff,
                    direction: self.catalogue.direction(self.staff),
                },
            },
            i18n: &self.catalogue,
            settings: &self.settings,
            paths: &self.paths,
            store: match &self.store {
                Ok(store) => StoreState::Open(store),
                Err(OpenError::Opening) => StoreState::Opening,
                Err(error) => StoreState::Unavailable(error),
            },
            citizen: Lang {
                locale: self.settings.citizen_language,
                direction: self.catalogue.direction(self.settings.citizen_language),
            },
            visit: &self.visit,
            assessments: &self.assessments,
        }
    }

    /// Every interactive control on screen, in reading order: navigation, notices, the screen.
    /// Collected by building the view (with the current layout) and keeping only the controls.
    pub fn controls(&self) -> Vec<Control<Message>> {
        let mut controls = Controls::new();
        let _ = self.build(&mut controls, self.last_size.get());
        controls.into_vec()
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Navigate(screen) => self.navigate(screen),
            Message::Settings(message) => {
                // The screen is taken out while it updates, so it can read the context.
                let mut settings_screen = std::mem::take(&mut self.settings_screen);
                let action = settings_screen.update(message, &self.context());
                self.settings_screen = settings_screen;
                match action {
                    screen::settings::Action::None => Task::none(),
                    screen::settings::Action::Apply(change) => self.apply_setting(change),
                }
            }
            Message::Desk(message) => {
                let action = self.desk_screen.update(message);
                self.desk_action(action)
            }
            Message::Card(message) => {
                use screen::language_card::Message as Card;
                self.card_open = false;
                if let Card::Choose(locale) = message {
                    self.settings.choose_citizen_language(locale);
                    self.save_settings();
                }
                let controls = self.controls();
                self.set_focus(Some(screen::desk::CARD), &controls)
            }
            Message::Glossary(message) => {
                self.glossary_screen.update(message);
                Task::none()
            }
            Message::Log(message) => {
                let action = self.log_screen.update(message, self.training_mode);
                self.log_action(action)
            }
            Message::Indicators(message) => {
                let action = self.indicators_screen.update(message);
                self.indicators_action(action)
            }
            Message::Training(message) => {
                let action = self.training_screen.update(message);
                self.training_action(action)
            }
            Message::RestoreChosen(path) => match path {
                Some(path) => self.restore(&path),
                None => Task::none(),
            },
            Message::Principles(message) => {
                let mut principles = std::mem::take(&mut self.principles_screen);
                let action = principles.update(message, &self.context());
                self.principles_screen = principles;
                self.principles_action(action)
            }
            Message::About(message) => match message {},
            Message::Shortcut(shortcut) => self.shortcut(shortcut),
            Message::SystemTheme(mode) => {
                self.system_dark = mode == theme::Mode::Dark;
                self.refresh_theme();
                Task::none()
            }
            Message::DismissNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
                let controls = self.controls();
                if self
                    .focus
                    .as_ref()
                    .is_some_and(|id| focus::find(&controls, id).is_none())
                {
                    self.focus = Some(self.screen.nav_control());
                }
                Task::none()
            }
            Message::FrameDrawn => {
                self.first_frame_drawn = true;
                if let Some(start) = self.measure_first_frame_from.take() {
                    println!(
                        "first-frame-ms {:.1}",
                        start.elapsed().as_secs_f64() * 1000.0
                    );
                    return iced::exit();
                }
                if std::mem::take(&mut self.backup_after_first_frame) {
                    return self.daily_backup();
                }
                Task::none()
            }
            Message::StoreReady => self.store_ready(),
            Message::Done => Task::none(),
        }
    }

    /// What the log screen prefills a new entry with: the visit, the settings, today.
    fn log_prefill(&self) -> screen::log::form::Prefill<'_> {
        screen::log::form::Prefill {
            today: crate::clock::today(),
            unit: &self.settings.unit,
            citizen: self.settings.citizen_language,
            topics: self.visit.topics_shown(),
            principles: self
                .visit
                .principles_served()
                .iter()
                .map(|p| p.code)
                .collect(),
            handout: self.visit.handout_given(),
        }
    }

    fn refresh_log_form(&mut self) {
        let prefill = screen::log::form::Form::prefilled(&self.log_prefill());
        self.log_screen.refresh_from_visit(prefill);
    }

    fn log_action(&mut self, action: screen::log::Action) -> Task<Message> {
        use screen::log::{Action, Message as Log};
        let database = self.paths.database_file();
        let to_log = |m: Log| Message::Log(m);
        match action {
            Action::None => Task::none(),
            Action::ToggleTrainingMode => {
                self.training_mode = !self.training_mode;
                Task::none()
            }
            Action::Save {
                entry,
                next_citizen,
            } => {
                let result = match &self.store {
                    Ok(store) => store
                        .save_entry(&entry)
                        .map(|()| entry)
                        .map_err(|e| e.to_string()),
                    Err(error) => Err(error.to_string()),
                };
                let saved = result.is_ok();
                let task = self.update(to_log(Log::Saved(result)));
                if saved {
                    if next_citizen {
                        self.visit.reset();
                        self.desk_screen = screen::desk::State::default();
                    }
                    self.refresh_log_form();
                }
                task
            }
            Action::Update(entry) => {
                let result = match &self.store {
                    Ok(store) => store
                        .update_entry(&entry)
                        .map(|()| entry)
                        .map_err(|e| e.to_string()),
                    Err(error) => Err(error.to_string()),
                };
                let task = self.update(to_log(Log::Saved(result)));
                self.refresh_log_form();
                task
            }
            Action::LoadPage {
                filter,
                after,
                generation,
            } => log_tasks::load_page(database, filter, after, generation).map(to_log),
            Action::LoadEntry(id) => {
                let entry = self
                    .store
                    .as_ref()
                    .ok()
                    .and_then(|s| s.entry(id).ok().flatten());
                self.update(to_log(Log::Loaded(entry)))
            }
            Action::Delete(id) | Action::Undo(id) => {
                if let Ok(store) = &self.store {
                    let result = if matches!(action, Action::Delete(_)) {
                        store.delete_entry(id)
                    } else {
                        store.undo_delete(id)
                    };
                    if let Err(error) = result {
                        self.notices.push(Notice::SaveFailed(error.to_string()));
                    }
                }
                self.update(to_log(Log::Tab(screen::log::Tab::List)))
            }
            Action::Export(range) => {
                let name = format!("skranke-log-{}-{}.csv", range.from, range.to);
                let codebook = crate::export::codebook::csv(&self.catalogue);
                log_tasks::export(database, range, name, codebook).map(to_log)
            }
            Action::Import => log_tasks::import(database).map(to_log),
            Action::Backup => {
                let name = format!("skranke-backup-{}.sqlite3", crate::clock::today());
                log_tasks::backup_to_chosen(database, name).map(to_log)
            }
            Action::Restore => log_tasks::choose_restore().map(Message::RestoreChosen),
        }
    }

    fn indicators_action(&mut self, action: screen::indicators::Action) -> Task<Message> {
        use screen::indicators::{Action, Message as Indicators};
        match action {
            Action::None => Task::none(),
            Action::SaveBaseline(baseline) => {
                self.settings.baseline = baseline;
                self.save_settings();
                Task::none()
            }
            Action::Load { scope, generation } => {
                let database = self.paths.database_file();
                Task::perform(
                    async move {
                        let conn = Store::open_reader(&database).map_err(|e| e.to_string())?;
                        crate::store::indicators::compute(&conn, &scope).map_err(|e| e.to_string())
                    },
                    move |result| Message::Indicators(Indicators::Loaded { generation, result }),
                )
            }
            Action::Export(format) => {
                let Some(result) = self.indicators_screen.result() else {
                    return Task::none();
                };
                let locale = crate::export::assessment::report_locale(self.staff);
                let input = crate::export::indicators::Input {
                    catalogue: &self.catalogue,
                    locale,
                    indicators: result,
                    assessments: &self.assessments,
                    baseline: &self.settings.baseline,
                };
                let period = self.indicators_screen.period_label(&self.context());
                let unit = self
                    .indicators_screen
                    .scope()
                    .and_then(|s| s.unit)
                    .unwrap_or_else(|| self.catalogue.text(locale, "indicators-all-units"));
                let line = self.catalogue.format(
                    locale,
                    "indicators-report-meta",
                    &[
                        ("period", crate::i18n::Arg::from(period.clone())),
                        ("unit", crate::i18n::Arg::from(unit)),
                    ],
                );
                let bytes = match format {
                    crate::export::Format::Html => {
                        crate::export::indicators::html(&input, &line).into_bytes()
                    }
                    crate::export::Format::Csv => {
                        crate::export::indicators::csv(&crate::export::indicators::tables(&input))
                    }
                };
                let name = format!(
                    "skranke-indicators-{}.{}",
                    crate::clock::today(),
                    format.extension()
                );
                save::with_dialog(
                    save::SaveRequest {
                        suggested_name: name,
                        format,
                        bytes,
                    },
                    |outcome| Message::Indicators(Indicators::Exported(outcome)),
                )
            }
        }
    }

    fn training_action(&mut self, action: screen::training::Action) -> Task<Message> {
        use screen::training::{Action, Message as Training};
        match action {
            Action::None => Task::none(),
            Action::SaveSession(session) => {
                let result = match &self.store {
                    Ok(store) => store.save_session(&session).map_err(|e| e.to_string()),
                    Err(error) => Err(error.to_string()),
                };
                self.update(Message::Training(Training::SessionSaved(result)))
            }
            Action::LoadSessions => {
                self.training_screen.default_unit(&self.settings.unit);
                let sessions = self
                    .store
                    .as_ref()
                    .ok()
                    .and_then(|s| s.sessions().ok())
                    .unwrap_or_default();
                self.update(Message::Training(Training::Sessions(sessions)))
            }
            Action::ExportSessions => {
                let bytes = crate::store::training::csv(self.training_screen.sessions());
                let name = format!("skranke-onboarding-{}.csv", crate::clock::today());
                let request = save::SaveRequest {
                    suggested_name: name,
                    format: crate::export::Format::Csv,
                    bytes,
                };
                save::with_dialog(request, |outcome| {
                    Message::Training(Training::Exported(outcome))
                })
            }
        }
    }

    /// Keys during the presentation: arrows, Page Up / Page Down and Space move, Home and End
    /// jump, Esc leaves. In a right-to-left language "forward" is the left arrow.
    fn presentation_key(&mut self, shortcut: Shortcut) -> Option<Task<Message>> {
        use screen::training::Message as Training;
        use shortcuts::Arrow;
        if self.screen != ScreenId::Training || !self.training_screen.presenting() {
            return None;
        }
        let rtl = self.staff_is_rtl();
        let message = match shortcut {
            Shortcut::ScrollDown | Shortcut::Arrow(Arrow::Down) => Training::NextSlide,
            Shortcut::ScrollUp | Shortcut::Arrow(Arrow::Up) => Training::PreviousSlide,
            Shortcut::Arrow(Arrow::Right) => {
                if rtl {
                    Training::PreviousSlide
                } else {
                    Training::NextSlide
                }
            }
            Shortcut::Arrow(Arrow::Left) => {
                if rtl {
                    Training::NextSlide
                } else {
                    Training::PreviousSlide
                }
            }
            // Space moves on unless one of the slide's buttons has the focus (then it presses it).
            Shortcut::Activate
                if self
                    .focus
                    .as_ref()
                    .is_none_or(|id| focus::find(&self.controls(), id).is_none()) =>
            {
                Training::NextSlide
            }
            Shortcut::Home => Training::FirstSlide,
            Shortcut::End => Training::LastSlide,
            Shortcut::Back => Training::StopPresenting,
            _ => return None,
        };
        Some(self.update(Message::Training(message)))
    }

    /// Replaces the database with a backup: the store is closed, the backup checked, the current
    /// file kept aside, and the store opened again.
    fn restore(&mut self, backup: &std::path::Path) -> Task<Message> {
        self.settle_store();
        let database = self.paths.database_file();
        let closed = std::mem::replace(
            &mut self.store,
            Err(OpenError::Unavailable("restoring".into())),
        );
        drop(closed);
        let result = crate::store::backup::restore(backup, &database).map_err(|e| e.to_string());
        self.store = Store::open(&database);
        if let Ok(store) = &self.store {
            self.assessments = store.assessments().unwrap_or_default();
        }
        self.update(Message::Log(screen::log::Message::Restored(result)))
    }

    fn desk_action(&mut self, action: screen::desk::Action) -> Task<Message> {
        use screen::desk::Action;
        match action {
            Action::None => Task::none(),
            Action::CitizenLanguage(locale) => {
                self.settings.choose_citizen_language(locale);
                self.save_settings();
                Task::none()
            }
            Action::OpenCard => {
                self.card_open = true;
                let controls = self.controls();
                let chosen = screen::language_card::choice_id(self.settings.citizen_language);
                Task::batch([
                    self.set_focus(Some(chosen), &controls),
                    operation::snap_to(MAIN_SCROLL, operation::RelativeOffset::START),
                ])
            }
            Action::TopicShown(code) => {
                self.visit.record_topic_shown(code);
                operation::snap_to(MAIN_SCROLL, operation::RelativeOffset::START)
            }
            Action::SaveHandout(codes) => {
                let request = self.handout_export(&codes);
                save::with_dialog(request, |outcome| {
                    Message::Desk(screen::desk::Message::HandoutSaved(outcome))
                })
            }
            Action::HandoutGiven => {
                self.visit.record_handout();
                Task::none()
            }
        }
    }

    /// The handout of these topics, in the citizen's language and Danish, as a file to save.
    pub fn handout_export(&self, codes: &[&'static str]) -> save::SaveRequest {
        use crate::export::{Format, handout};
        let topics: Vec<&'static crate::content::topics::Topic> = codes
            .iter()
            .filter_map(|code| crate::content::topics::topic(code))
            .collect();
        let date = crate::clock::today().to_string();
        let citizen = self.settings.citizen_language;
        let input = handout::Input {
            catalogue: &self.catalogue,
            citizen,
            topics: &topics,
            date: &date,
        };
        save::SaveRequest {
            suggested_name: handout::file_name(citizen, &date),
            format: Format::Html,
            bytes: handout::html(&input).into_bytes(),
        }
    }

    fn principles_action(&mut self, action: screen::principles::Action) -> Task<Message> {
        use screen::principles::Action;
        match action {
            Action::None => Task::none(),
            Action::ToggleVisitItem(item) => {
                self.visit.toggle(item);
                Task::none()
            }
            Action::ResetVisit => {
                self.visit.reset();
                Task::none()
            }
            Action::Record {
                item,
                state,
                comment,
            } => {
                if let Ok(store) = &self.store {
                    match store.record_assessment(&item.to_string(), state, &comment) {
                        Ok(saved) => {
                            self.assessments.insert(item.to_string(), saved);
                        }
                        Err(error) => self.notices.push(Notice::SaveFailed(error.to_string())),
                    }
                }
                Task::none()
            }
            Action::Export(format) => {
                let request = self.assessment_export(format);
                save::with_dialog(request, |outcome| {
                    Message::Principles(screen::principles::Message::Saved(outcome))
                })
            }
        }
    }

    /// The self-assessment as a file to save.
    pub fn assessment_export(&self, format: crate::export::Format) -> save::SaveRequest {
        use crate::export::{Format, assessment};
        let date = crate::clock::today().to_string();
        let locale = assessment::report_locale(self.staff);
        let input = assessment::Input {
            catalogue: &self.catalogue,
            locale,
            unit: &self.settings.unit,
            date: &date,
            current: &self.assessments,
        };
        let bytes = match format {
            Format::Html => assessment::html(&input).into_bytes(),
            // Writing CSV into memory cannot fail.
            Format::Csv => assessment::csv(&input).unwrap_or_default(),
        };
        let name = self.catalogue.text(locale, "assessment-file-name");
        save::SaveRequest {
            suggested_name: format!("{name}-{date}.{}", format.extension()),
            format,
            bytes,
        }
    }

    fn navigate(&mut self, screen: ScreenId) -> Task<Message> {
        self.card_open = false;
        self.screen = screen;
        if screen == ScreenId::Log {
            self.refresh_log_form();
        }
        let extra = if screen == ScreenId::Indicators {
            self.load_indicators()
        } else {
            Task::none()
        };
        self.focus = Some(screen.nav_control());
        Task::batch([
            operation::snap_to(MAIN_SCROLL, operation::RelativeOffset::START),
            scroll_into_view(screen.nav_control().widget_id(), self.staff_is_rtl()),
            extra,
        ])
    }

    /// Reads the units for the indicators' choice and computes the indicators again.
    fn load_indicators(&mut self) -> Task<Message> {
        if let Ok(store) = &self.store {
            let units = crate::store::indicators::units(store.connection()).unwrap_or_default();
            let _ = self
                .indicators_screen
                .update(screen::indicators::Message::Units(units));
        }
        let action = self.indicators_screen.reload();
        self.indicators_action(action)
    }

    fn apply_setting(&mut self, change: screen::settings::Change) -> Task<Message> {
        use screen::settings::Change;
        match change {
            Change::StaffLanguage(locale) => {
                self.staff = locale;
                self.settings.staff_language = Some(locale);
            }
            Change::CitizenLanguage(locale) => self.settings.choose_citizen_language(locale),
            Change::Theme(choice) => self.settings.theme = choice,
            Change::Scale(percent) if SCALE_STEPS.contains(&percent) => {
                self.settings.scale_percent = percent
            }
            Change::Scale(_) => {}
            Change::Unit(unit) => self.settings.unit = unit,
        }
        self.refresh_theme();
        self.save_settings();
        Task::none()
    }

    fn refresh_theme(&mut self) {
        self.theme = self.palette().iced_theme();
    }

    /// Writes the settings file (only ever after the user changed something).
    fn save_settings(&mut self) {
        if let Err(error) = self.settings.save(&self.paths.settings_file()) {
            self.notices.push(Notice::SaveFailed(error.to_string()));
        }
    }

    fn shortcut(&mut self, shortcut: Shortcut) -> Task<Message> {
        if let Some(task) = self.presentation_key(shortcut) {
            return task;
        }
        match shortcut {
            Shortcut::FocusNext | Shortcut::FocusPrevious => {
                let controls = self.controls();
                let next = focus::step(
                    &controls,
                    self.focus.as_ref(),
                    shortcut == Shortcut::FocusPrevious,
                );
                self.set_focus(next, &controls)
            }
            Shortcut::Activate => {
                let controls = self.controls();
                let action = self
                    .focus
                    .as_ref()
                    .and_then(|id| focus::find(&controls, id))
                    .and_then(|control| control.on_activate.clone());
                match action {
                    Some(message) => self.update(message),
                    None => Task::none(),
                }
            }
            Shortcut::Back => {
                if self.card_open {
                    return self.update(Message::Card(screen::language_card::Message::Close));
                }
                let handled = match self.screen {
                    ScreenId::Desk => self.desk_screen.back(),
                    ScreenId::Training => self.training_screen.back(),
                    ScreenId::Log => self.log_screen.back(),
                    ScreenId::Principles => self.principles_screen.back(),
                    _ => false,
                };
                let controls = self.controls();
                if handled {
                    let first = controls
                        .iter()
                        .find(|c| !matches!(c.role, Role::NavItem { .. }))
                        .map(|c| c.id.clone());
                    return self.set_focus(first, &controls);
                }
                self.set_focus(Some(self.screen.nav_control()), &controls)
            }
            Shortcut::NextRegion => {
                let controls = self.controls();
                let in_navigation = self
                    .focus
                    .as_ref()
                    .is_none_or(|id| id.as_str().starts_with("nav-"));
                let target = if in_navigation {
                    controls
                        .iter()
                        .find(|c| !matches!(c.role, Role::NavItem { .. }))
                        .map(|c| c.id.clone())
                } else {
                    Some(self.screen.nav_control())
                };
                self.set_focus(target, &controls)
            }
            Shortcut::Screen(number) => match ScreenId::ALL.get(number - 1) {
                Some(screen) => self.navigate(*screen),
                None => Task::none(),
            },
            Shortcut::CycleCitizenLanguage => {
                self.settings.citizen_language = self.settings.next_citizen_language();
                self.save_settings();
                Task::none()
            }
            Shortcut::ScaleUp | Shortcut::ScaleDown | Shortcut::ScaleReset => {
                let percent = match shortcut {
                    Shortcut::ScaleUp => self.settings.step_scale(true),
                    Shortcut::ScaleDown => self.settings.step_scale(false),
                    _ => SCALE_STEPS[0],
                };
                self.apply_setting(screen::settings::Change::Scale(percent))
            }
            Shortcut::Submit { next_citizen } => {
                if self.screen != ScreenId::Log || self.card_open {
                    return Task::none();
                }
                let action = self.log_screen.submit(next_citizen, self.training_mode);
                self.log_action(action)
            }
            Shortcut::ScrollDown => operation::scroll_by(
                MAIN_SCROLL,
                AbsoluteOffset {
                    x: 0.0,
                    y: PAGE_STEP,
                },
            ),
            Shortcut::Arrow(_) | Shortcut::Home | Shortcut::End => Task::none(),
            Shortcut::ScrollUp => operation::scroll_by(
                MAIN_SCROLL,
                AbsoluteOffset {
                    x: 0.0,
                    y: -PAGE_STEP,
                },
            ),
        }
    }

    /// Moves Skranke's focus, hands iced's text focus to a text input (or takes it away), and
    /// scrolls the control into view.
    fn set_focus(
        &mut self,
        target: Option<ControlId>,
        controls: &[Control<Message>],
    ) -> Task<Message> {
        self.focus = target.clone();
        let Some(id) = target else {
            return Task::none();
        };
        let is_input = focus::find(controls, &id).is_some_and(|c| c.role.is_text_input());
        // Focusing an id unfocuses every other text input, so this also ends typing elsewhere.
        let text_focus = if is_input {
            operation::focus(id.input_id())
        } else {
            operation::focus(id.widget_id())
        };
        Task::batch([
            text_focus,
            scroll_into_view(id.widget_id(), self.staff_is_rtl()),
        ])
    }

    pub fn view(&self) -> Element<'_, Message> {
        // The fonts load on the start-up thread while iced opens the window; no text may be
        // measured before they are in (this returns at once when they are).
        crate::ui::fonts::load();
        responsive(move |size| {
            self.last_size.set(size);
            self.build(&mut Controls::new(), size)
        })
        .into()
    }

    /// Builds the whole window for a given size, registering every interactive control.
    fn build(&self, controls: &mut Controls<Message>, size: Size) -> Element<'_, Message> {
        let ctx = self.context();
        if self.card_open {
            let mut own = Controls::new();
            let card = screen::language_card::view(&ctx, &mut own, size.width).map(Message::Card);
            controls.extend_mapped(own, Message::Card);
            return card;
        }
        if self.screen == ScreenId::Training && self.training_screen.presenting() {
            let mut own = Controls::new();
            let slides = self
                .training_screen
                .presentation(&ctx, &mut own, size.width)
                .map(Message::Training);
            controls.extend_mapped(own, Message::Training);
            return slides;
        }
        let side_bar = size.width >= SIDE_BAR_MIN_WIDTH;
        let content_width = if side_bar {
            size.width - chrome::NAV_WIDTH
        } else {
            size.width
        };
        let ui = &ctx.ui;

        let navigation = chrome::navigation(&ctx, controls, self.screen, side_bar);
        let notices = chrome::notices(&ctx, controls, &self.notices);
        let page = self.screen_view(&ctx, controls, content_width);

        let scroller = scrollable(
            container(page)
                .padding(widget::page_padding(ui))
                .width(Fill),
        )
        .id(MAIN_SCROLL)
        .width(Fill)
        .height(Fill)
        .style(style::scrollable(ui.palette));
        let mut content = Column::new().width(Fill).height(Fill);
        if let Some(notices) = notices {
            content = content.push(notices);
        }
        content = content.push(scroller);

        let body: Element<'_, Message> = if side_bar {
            crate::ui::direction::row(
                ui.direction(),
                vec![navigation, chrome::rule(&ctx, true), content.into()],
            )
            .height(Fill)
            .into()
        } else {
            column![navigation, chrome::rule(&ctx, false), content]
                .height(Fill)
                .into()
        };
        let window = column![
            body,
            chrome::rule(&ctx, false),
            chrome::status_line(&ctx, !side_bar)
        ];
        container(window)
            .width(Fill)
            .height(Fill)
            .style(style::containers::page(ui.palette))
            .into()
    }

    /// The current screen's view; its controls are mapped into the app's.
    fn screen_view<'a>(
        &'a self,
        ctx: &Context<'a>,
        controls: &mut Controls<Message>,
        width: f32,
    ) -> Element<'a, Message> {
        // The page's own padding and scroll bar take this much of the content width.
        let width = width - 2.0 * crate::ui::size::PADDING - 14.0;
        match self.screen {
            ScreenId::Desk => {
                let mut own = Controls::new();
                let view = self
                    .desk_screen
                    .view(ctx, &mut own, width)
                    .map(Message::Desk);
                controls.extend_mapped(own, Message::Desk);
                view
            }
            ScreenId::Log => {
                let mut own = Controls::new();
                let view = self
                    .log_screen
                    .view(ctx, &mut own, width, self.training_mode)
                    .map(Message::Log);
                controls.extend_mapped(own, Message::Log);
                view
            }
            ScreenId::Training => {
                let mut own = Controls::new();
                let view = self
                    .training_screen
                    .view(ctx, &mut own, width)
                    .map(Message::Training);
                controls.extend_mapped(own, Message::Training);
                view
            }
            ScreenId::Indicators => {
                let mut own = Controls::new();
                let view = self
                    .indicators_screen
                    .view(ctx, &mut own, width)
                    .map(Message::Indicators);
                controls.extend_mapped(own, Message::Indicators);
                view
            }
            ScreenId::Glossary => {
                let mut own = Controls::new();
                let view = self
                    .glossary_screen
                    .view(ctx, &mut own, width)
                    .map(Message::Glossary);
                controls.extend_mapped(own, Message::Glossary);
                view
            }
            ScreenId::Principles => {
                let mut own = Controls::new();
                let view = self
                    .principles_screen
                    .view(ctx, &mut own, width)
                    .map(Message::Principles);
                controls.extend_mapped(own, Message::Principles);
                view
            }
            ScreenId::Settings => {
                let mut own = Controls::new();
                let view = self
                    .settings_screen
                    .view(ctx, &mut own, width)
                    .map(Message::Settings);
                controls.extend_mapped(own, Message::Settings);
                view
            }
            ScreenId::About => {
                let mut own = Controls::new();
                let view = self.about_screen.view(ctx, &mut own).map(Message::About);
                controls.extend_mapped(own, Message::About);
                view
            }
        }
    }
}

/// Reads a language tag from the command line; an unknown one becomes a notice.
fn parse_locale(tag: Option<&str>, notices: &mut Vec<Notice>) -> Option<Locale> {
    let tag = tag?;
    let locale = Locale::from_tag(tag);
    if locale.is_none() {
        notices.push(Notice::UnknownLocale(tag.to_string()));
    }
    locale
}

/// Scrolls the widget `target` into view, with a margin: in the main content vertically, or in
/// the navigation strip across the top horizontally. Right-to-left, the strip is anchored at
/// its right end, where its offsets are counted from.
fn scroll_into_view(target: iced::widget::Id, rtl: bool) -> Task<Message> {
    const MARGIN: f32 = 24.0;
    let main = iced::widget::Id::new(MAIN_SCROLL);
    let strip = iced::widget::Id::new(crate::ui::NAV_SCROLL);
    selector::find(target)
        .then(move |found| {
            let strip = strip.clone();
            selector::find(main.clone()).then(move |scroller| {
                let found = found.clone();
                selector::find(strip.clone()).map(move |nav| (found.clone(), scroller.clone(), nav))
            })
        })
        .then(move |(found, scroller, nav)| {
            let Some(found) = found else {
                return Task::none();
            };
            let control = found.bounds();
            if let Some(selector::Target::Scrollable {
                bounds,
                content_bounds,
                translation,
                ..
            }) = scroller
            {
                let inside = control.x >= bounds.x
                    && control.x < bounds.x + bounds.width
                    && control.y >= content_bounds.y;
                if inside {
                    let top = control.y - content_bounds.y;
                    let y = within(top, control.height, translation.y, bounds.height, MARGIN);
                    return y.map_or_else(Task::none, |y| {
                        operation::scroll_to(
                            MAIN_SCROLL,
                            AbsoluteOffset {
                                x: None,
                                y: Some(y),
                            },
                        )
                    });
                }
            }
            if let Some(selector::Target::Scrollable {
                bounds,
                content_bounds,
                translation,
                ..
            }) = nav
                && control.y >= bounds.y
                && control.y < bounds.y + bounds.height
            {
                let left = control.x - content_bounds.x;
                let x = within(left, control.width, translation.x, bounds.width, MARGIN);
                let scrollable_width = (content_bounds.width - bounds.width).max(0.0);
                let x = x.map(|x| if rtl { scrollable_width - x } else { x });
                return x.map_or_else(Task::none, |x| {
                    operation::scroll_to(
                        crate::ui::NAV_SCROLL,
                        AbsoluteOffset {
                            x: Some(x),
                            y: None,
                        },
                    )
                });
            }
            Task::none()
        })
}

/// The scroll offset that brings `[start, start + length]` into a window of `window` at
/// `offset`, or `None` if it is already in view.
fn within(start: f32, length: f32, offset: f32, window: f32, margin: f32) -> Option<f32> {
    if start - margin < offset {
        Some((start - margin).max(0.0))
    } else if start + length + margin > offset + window {
        Some(start + length + margin - window)
    } else {
        None
    }
}
