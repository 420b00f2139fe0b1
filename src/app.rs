//! The application: routes messages to the screens, carries out what they ask of it, and
//! composes the window. What a screen does, the screen starts itself ([`crate::screen`]).

mod accessibility;
mod chrome;
mod closing;
mod keyboard;
mod notice;
pub mod preferences;
mod requests;
mod screens;
mod shared;
mod start;
mod window;

pub use crate::ui::shortcuts::{self, Shortcut};
pub use accessibility::{Accessibility, Geometry, WindowChange};
pub use closing::Unsaved;
pub use notice::Notice;
pub use window::{WindowMessage, opening_corner, settings as window_settings};

use crate::i18n::Locale;
use crate::i18n::msg;
use crate::paths::Paths;
use crate::screen::{self, Action, Screen, ScreenId, language_card};
use crate::settings::Settings;
use crate::store::{Database, OpenError, Opening};
use crate::ui::MAIN_SCROLL;
use crate::ui::focus::{self, Control, ControlId, Controls};
use crate::ui::semantics::{Landmark, Meaning, tagged};
use crate::ui::theme::Palette;
use crate::ui::{style, widget};
use iced::widget::{Column, column, container, operation, responsive, scrollable};
use iced::{Element, Fill, Size, Subscription, Task, Theme, event, system, theme};
use screens::Screens;
use shared::Shared;

/// Below this logical width the navigation moves from the side to the top.
const SIDE_BAR_MIN_WIDTH: f32 = 760.0;

/// What the command line asked for.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub paths: Option<Paths>,
    /// `--lang`: the staff language for this session (never saved).
    pub staff_language: Option<String>,
    /// `--citizen-lang`: the citizen language for this session (never saved).
    pub citizen_language: Option<String>,
    /// For the start-up benchmark: when the process started. The app prints the time to its
    /// first frame and exits once that frame is drawn.
    pub measure_first_frame_from: Option<std::time::Instant>,
    /// The machine-wide policy as loaded, with what was wrong with it.
    pub policy: crate::policy::Loaded,
}

pub struct App {
    shared: Shared,
    screens: Screens,
    current: ScreenId,
    /// The point-to-your-language card covers the whole window while it is open.
    card_open: bool,
    notices: Vec<Notice>,
    notice_details: screen::Disclosures,
    /// The iced theme of the palette in use (kept: iced asks for it every frame).
    theme: Theme,
    /// The log's thread while it opens the log (`shared.store` is `Opening` until then).
    opening: Option<Opening>,
    measure_first_frame_from: Option<std::time::Instant>,
    /// False until the window's first frame is drawn: work that can wait (the daily backup)
    /// starts after it, so it does not compete with the first paint on a two-core PC.
    first_frame_drawn: bool,
    backup_after_first_frame: bool,
    /// The last size the window's content was laid out at; the keyboard model builds the view
    /// at this size to know which controls are on screen.
    last_size: std::cell::Cell<Size>,
    /// The screen-reader bridge: started once the first frame is drawn (on Windows and macOS
    /// attached to the window before it is shown), idle until a screen reader asks.
    bridge: crate::a11y::Bridge,
    geometry: Geometry,
    /// The window's place, full screen, and closing.
    window: window::WindowState,
}

#[derive(Clone, Debug)]
pub enum Message {
    Navigate(ScreenId),
    Desk(screen::desk::Message),
    Card(language_card::Message),
    Principles(screen::principles::Message),
    Glossary(screen::glossary::Message),
    Log(screen::log::Message),
    Indicators(screen::indicators::Message),
    Training(screen::training::Message),
    Settings(screen::settings::Message),
    About(screen::about::Message),
    Shortcut(Shortcut),
    SystemTheme(theme::Mode),
    DismissNotice(usize),
    /// Show or hide a notice's details.
    NoticeDetails(ControlId),
    /// A frame was drawn (subscribed to until the first one is).
    FrameDrawn,
    /// The log's thread has opened the log (or could not): take its report.
    StoreReady,
    /// A task finished with nothing to report.
    Done,
    /// A task scrolled the view: handled like `Done`, but it makes iced draw the window again.
    Scrolled,
    /// The screen-reader bridge, and the window's focus and place.
    Accessibility(Accessibility),
    /// The window: opened, moved, resized, measured, asked to close; the question before
    /// closing answered.
    Window(WindowMessage),
}

impl Message {
    /// Can handling this message change what the window shows (so a listening screen reader
    /// needs the tree again)?
    fn may_change_window(&self) -> bool {
        !matches!(
            self,
            Message::FrameDrawn
                | Message::Done
                | Message::Accessibility(Accessibility::Outlined(_))
                | Message::Accessibility(Accessibility::Window(
                    WindowChange::Focused(_) | WindowChange::Moved(_)
                ))
                | Message::Window(WindowMessage::Moved(_) | WindowMessage::Measured { .. })
        )
    }
}

impl App {
    pub fn title(&self) -> String {
        self.shared
            .catalogue
            .render(self.shared.staff, msg!("app-title"))
    }

    pub fn theme(&self) -> Theme {
        self.theme.clone()
    }

    pub fn scale_factor(&self) -> f32 {
        f32::from(self.settings().scale_percent) / 100.0
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
            self.accessibility_subscription(),
            window::events(),
        ])
    }

    pub fn screen(&self) -> ScreenId {
        self.current
    }

    pub fn focused(&self) -> Option<&ControlId> {
        self.shared.focus.as_ref()
    }

    /// The settings in use (with this session's command-line languages).
    pub fn settings(&self) -> &Settings {
        self.shared.preferences.get()
    }

    pub fn staff_language(&self) -> Locale {
        self.shared.staff
    }

    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// The visit in progress.
    pub fn visit(&self) -> &crate::visit::Visit {
        &self.shared.visit
    }

    pub fn desk(&self) -> &screen::desk::State {
        &self.screens.desk
    }

    pub fn log(&self) -> &screen::log::State {
        &self.screens.log
    }

    pub fn indicators(&self) -> &screen::indicators::State {
        &self.screens.indicators
    }

    pub fn training(&self) -> &screen::training::State {
        &self.screens.training
    }

    pub fn principles(&self) -> &screen::principles::State {
        &self.screens.principles
    }

    /// Are new log entries marked as training?
    pub fn training_mode(&self) -> bool {
        self.shared.training_mode
    }

    /// Is the point-to-your-language card showing?
    pub fn card_open(&self) -> bool {
        self.card_open
    }

    /// The log's thread, or why there is no log.
    pub fn store(&self) -> Result<&Database, &OpenError> {
        self.shared.store.as_ref().map(|_| &self.shared.database)
    }

    pub fn palette(&self) -> &'static Palette {
        self.shared.palette()
    }

    /// Every interactive control on screen, in reading order: navigation, notices, the screen.
    /// Collected by building the view (with the current layout) and keeping only the controls.
    pub fn controls(&self) -> Vec<Control<Message>> {
        let mut controls = Controls::new();
        let _ = self.build(&mut controls, self.last_size.get());
        controls.into_vec()
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let changes = message.may_change_window();
        let read_again = self.bridge.is_active() && changes;
        // The controls shown before, while something has the focus: if the update takes the
        // focused control away, the focus moves to what replaced it, never into nowhere.
        let before: Option<Vec<ControlId>> = (changes && self.shared.focus.is_some())
            .then(|| self.controls().into_iter().map(|c| c.id).collect());
        let mut task = self.handle(message);
        if let Some(before) = before {
            task = Task::batch([task, self.settle_focus(&before)]);
        }
        if read_again {
            Task::batch([task, self.read_window()])
        } else {
            task
        }
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Navigate(screen) => self.navigate(screen),
            Message::Desk(message) => self.route(|s| &mut s.desk, message, Message::Desk),
            Message::Card(message) => self.route(|s| &mut s.card, message, Message::Card),
            Message::Principles(message) => {
                self.route(|s| &mut s.principles, message, Message::Principles)
            }
            Message::Glossary(message) => {
                self.route(|s| &mut s.glossary, message, Message::Glossary)
            }
            Message::Log(message) => self.route(|s| &mut s.log, message, Message::Log),
            Message::Indicators(message) => {
                self.route(|s| &mut s.indicators, message, Message::Indicators)
            }
            Message::Training(message) => {
                self.route(|s| &mut s.training, message, Message::Training)
            }
            Message::Settings(message) => {
                self.route(|s| &mut s.settings, message, Message::Settings)
            }
            Message::About(message) => self.route(|s| &mut s.about, message, Message::About),
            Message::Shortcut(shortcut) => self.shortcut(shortcut),
            Message::SystemTheme(mode) => {
                self.shared.system_dark = mode == theme::Mode::Dark;
                self.theme = self.palette().iced_theme();
                Task::none()
            }
            Message::DismissNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
                let controls = self.controls();
                if self
                    .shared
                    .focus
                    .as_ref()
                    .is_some_and(|id| focus::find(&controls, id).is_none())
                {
                    self.shared.focus = Some(self.current.nav_control());
                }
                Task::none()
            }
            Message::NoticeDetails(id) => {
                self.notice_details.toggle(id);
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
                // Like the backup, the bridge waits for the first frame (on Linux it starts a
                // thread and registers on the accessibility bus).
                self.bridge.start();
                if std::mem::take(&mut self.backup_after_first_frame) {
                    return self.daily_backup();
                }
                Task::none()
            }
            Message::StoreReady => self.store_ready(),
            Message::Done | Message::Scrolled => Task::none(),
            Message::Accessibility(message) => self.accessibility(message),
            Message::Window(message) => self.window_message(message),
        }
    }

    /// Hands a message to the screen it belongs to, and carries out what it answers.
    fn route<S: Screen>(
        &mut self,
        pick: fn(&mut Screens) -> &mut S,
        message: S::Message,
        wrap: fn(S::Message) -> Message,
    ) -> Task<Message> {
        let ctx = self.shared.context(self.last_size.get().width);
        let action = pick(&mut self.screens).update(message, &ctx).map(wrap);
        self.carry_out(action)
    }

    /// Runs a screen's tasks and grants its requests.
    fn carry_out(&mut self, action: Action<Message>) -> Task<Message> {
        let (mut tasks, requests) = action.into_parts();
        for request in requests {
            tasks.push(self.grant(request));
        }
        Task::batch(tasks)
    }

    /// Shows a screen, with the focus on its first control (Esc or F6 returns to the
    /// navigation), and its navigation entry in view.
    fn navigate(&mut self, screen: ScreenId) -> Task<Message> {
        self.card_open = false;
        self.current = screen;
        let entered = self.enter(screen);
        let controls = self.controls();
        let first = keyboard::first_in_content(&controls).unwrap_or(screen.nav_control());
        let focused = self.set_focus(Some(first), &controls);
        Task::batch([
            operation::snap_to(MAIN_SCROLL, operation::RelativeOffset::START),
            keyboard::scroll_into_view(
                screen.nav_control().widget_id(),
                self.shared.staff_is_rtl(),
            ),
            entered,
            focused,
        ])
    }

    /// Lets a screen load what it shows.
    fn enter(&mut self, screen: ScreenId) -> Task<Message> {
        let ctx = self.shared.context(self.last_size.get().width);
        let action = self.screens.get_mut(screen).enter(&ctx);
        self.carry_out(action)
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

    /// Builds the whole window for a given size, registering every interactive control; in
    /// training mode, with the banner that says so across the top.
    fn build(&self, controls: &mut Controls<Message>, size: Size) -> Element<'_, Message> {
        let window = self.build_window(controls, size);
        if !self.shared.training_mode {
            return window;
        }
        let ctx = self.shared.context(size.width);
        let covered = self.card_open || self.screens.get(self.current).full_window();
        column![
            chrome::training_banner(&ctx, covered),
            chrome::rule(&ctx, false),
            window
        ]
        .height(Fill)
        .into()
    }

    fn build_window(&self, controls: &mut Controls<Message>, size: Size) -> Element<'_, Message> {
        if !self.window.asking.is_empty() {
            let ctx = self.shared.context(size.width);
            return closing::view(
                &ctx,
                controls,
                &self.window.asking,
                Message::Window(WindowMessage::Keep),
                Message::Window(WindowMessage::Discard),
            );
        }
        if self.card_open {
            let ctx = self.shared.context(size.width);
            return screen::embed(self.screens.card.view(&ctx), controls, Message::Card);
        }
        let shown = self.screens.get(self.current);
        if shown.full_window() {
            return shown.embed(&self.shared.context(size.width), controls);
        }
        let side_bar = size.width >= SIDE_BAR_MIN_WIDTH;
        let content_width = if side_bar {
            size.width - chrome::NAV_WIDTH
        } else {
            size.width
        };
        // The page's own padding and scroll bar take this much of the content width.
        let ctx = self
            .shared
            .context(content_width - 2.0 * crate::ui::size::PADDING - 14.0);
        let ui = &ctx.ui;

        let navigation = tagged(
            Meaning::Landmark(Landmark::Navigation),
            None,
            chrome::navigation(&ctx, controls, self.current, side_bar),
        );
        let notices = chrome::notices(&ctx, controls, &self.notices, &self.notice_details);
        let page = shown.embed(&ctx, controls);

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
        content = content.push(tagged(Meaning::Landmark(Landmark::Main), None, scroller));

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
            tagged(
                Meaning::Landmark(Landmark::StatusLine),
                None,
                chrome::status_line(&ctx)
            )
        ];
        container(window)
            .width(Fill)
            .height(Fill)
            .style(style::containers::page(ui.palette))
            .into()
    }
}
