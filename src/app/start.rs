//! Starting the app: settings, texts and screens at once, the log when its thread reports, and
//! the daily backup once the first frame is drawn.

use super::preferences::{Preferences, SessionLanguages};
use super::screens::Screens;
use super::shared::Shared;
use super::{App, Message, Notice, Options};
use crate::i18n::{Catalogue, Locale, negotiate};
use crate::paths::Paths;
use crate::screen::{self, ScreenId};
use crate::settings::Settings;
use crate::store::{Database, OpenError, Opened, Opening};
use crate::ui::theme::Palette;
use iced::{Size, Task, system};
use std::path::PathBuf;

impl App {
    /// The app with its log opened before it returns, as tests want it.
    pub fn new(options: Options) -> App {
        let paths = options
            .paths
            .clone()
            .unwrap_or_else(|| Paths::resolve(None, None));
        let (database, opened) = Opening::start(paths.database_file()).finish();
        let mut app = App::with_log(options, paths, database);
        app.take_opened(opened);
        app
    }

    /// The app and its first tasks: asking the system whether it is in dark mode, and taking
    /// the log's report when `opening` (started by `main`'s boot just before) is done.
    pub fn boot(options: Options, opening: Option<Opening>) -> (App, Task<Message>) {
        let paths = options
            .paths
            .clone()
            .unwrap_or_else(|| Paths::resolve(None, None));
        let mut opening = opening.unwrap_or_else(|| Opening::start(paths.database_file()));
        let ready = Task::perform(opening.ready(), |()| Message::StoreReady);
        let mut app = App::with_log(options, paths, opening.database().clone());
        app.opening = Some(opening);
        let theme = system::theme().map(Message::SystemTheme);
        // Windows and macOS: the screen-reader adapter subclasses the window, which must
        // happen before it is first shown (it is created hidden there; this shows it).
        let attach = crate::a11y::bridge::attach_to_window().discard();
        if !crate::a11y::bridge::window_visible_at_creation() {
            app.bridge.start();
        }
        // A window saved on a larger screen is made to fit this one.
        let fit = super::window::measure();
        (app, Task::batch([theme, ready, attach, fit]))
    }

    /// The app around the log's thread, before the log has reported: settings, texts,
    /// languages and screens.
    fn with_log(options: Options, paths: Paths, database: Database) -> App {
        let mut notices = Vec::new();
        let loaded = Settings::load(&paths.settings_file());
        if !loaded.problems.is_empty() {
            notices.push(Notice::Settings(loaded.problems.clone()));
        }
        let catalogue =
            Catalogue::with_overrides_from(&override_dirs(&options.policy.policy, &paths));
        let rejected = catalogue
            .override_reports()
            .iter()
            .filter(|r| r.first_problem().is_some())
            .count();
        if rejected > 0 {
            notices.push(Notice::OverridesRejected(rejected));
        }
        let session = SessionLanguages {
            staff: parse_locale(options.staff_language.as_deref(), &mut notices),
            citizen: parse_locale(options.citizen_language.as_deref(), &mut notices),
        };
        if !options.policy.problems.is_empty() {
            notices.push(Notice::Policy(options.policy.problems.clone()));
        }
        let policy = options.policy.policy.clone();
        let preferences = Preferences::new(loaded, session, paths.settings_file(), policy);
        let settings = preferences.get();
        let staff = settings.staff_language.unwrap_or_else(negotiate::from_os);
        let today = crate::clock::today();
        let visit = crate::visit::Visit::default();
        let prefill = screen::log::form::Prefill {
            today,
            staff,
            unit: &settings.unit,
            citizen: settings.citizen_language,
            interpreter: None,
            topics: visit.topics_shown(),
            principles: Vec::new(),
            handout: false,
            last: None,
        };
        let screens = Screens {
            desk: Default::default(),
            principles: Default::default(),
            glossary: Default::default(),
            log: screen::log::State::new(&prefill),
            indicators: screen::indicators::State::new(today, staff),
            training: screen::training::State::new(today, &settings.unit, staff),
            settings: Default::default(),
            about: Default::default(),
            card: Default::default(),
        };
        let theme = Palette::for_choice(settings.theme, false).iced_theme();
        App {
            theme,
            shared: Shared {
                paths,
                preferences,
                catalogue,
                staff,
                system_dark: false,
                database,
                store: Err(OpenError::Opening),
                assessments: Default::default(),
                visit,
                training_mode: false,
                focus: None,
            },
            screens,
            current: ScreenId::ALL[0],
            card_open: false,
            notices,
            notice_details: Default::default(),
            opening: None,
            measure_first_frame_from: options.measure_first_frame_from,
            first_frame_drawn: false,
            backup_after_first_frame: false,
            last_size: std::cell::Cell::new(Size::new(1024.0, 768.0)),
            bridge: crate::a11y::Bridge::none(),
            geometry: super::Geometry::default(),
            window: Default::default(),
        }
    }

    /// Takes the log's report: the log's state, the self-assessment, and what went wrong.
    pub(super) fn take_opened(&mut self, opened: Opened) {
        if let Err(error) = &opened.status {
            self.notices.push(Notice::Store(error.clone()));
        }
        match opened.assessments {
            Ok(assessments) => self.shared.assessments = assessments,
            Err(error) => self.notices.push(Notice::Assessments(error)),
        }
        self.shared.store = opened.status;
    }

    /// The log is open (or failed to open): refresh the screen showing it, then back it up.
    pub(super) fn store_ready(&mut self) -> Task<Message> {
        let Some(opening) = self.opening.take() else {
            return Task::none();
        };
        self.take_opened(opening.finish().1);
        if self.shared.store.is_err() {
            return Task::none();
        }
        let refresh = self.enter(self.current);
        let backup = if self.first_frame_drawn {
            self.daily_backup()
        } else {
            self.backup_after_first_frame = true;
            Task::none()
        };
        Task::batch([refresh, backup])
    }

    /// Backs the database up once a day, off the UI thread.
    pub(super) fn daily_backup(&self) -> Task<Message> {
        match &self.shared.store {
            Ok(_) => screen::log::daily_backup(
                self.shared.paths.database_file(),
                self.shared.paths.backups_dir(),
            )
            .map(|()| Message::Done),
            Err(_) => Task::none(),
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

/// Where texts are overridden, in order: the machine-wide policy's folder, then the user's.
pub(super) fn override_dirs(policy: &crate::policy::Policy, paths: &Paths) -> Vec<PathBuf> {
    let machine = policy.dir.as_ref().map(|dir| dir.join("i18n"));
    machine.into_iter().chain([paths.overrides_dir()]).collect()
}
