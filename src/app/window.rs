//! The window itself: where it opens (the place saved last, fitted to the screen it opens on),
//! its place kept while it moves, full screen for the presentation, and closing it (the
//! window's close button or Ctrl+Q), which asks first while a form is not saved
//! (`app::closing`).
//!
//! Sizes and places are kept in the system's logical pixels ([`crate::window_place`]). iced
//! reports and takes them at Skranke's own scale (a window 1366 pixels wide is 683 at 200 %),
//! so they are multiplied or divided by the scale at the moment they cross over.

use super::closing::Unsaved;
use super::{App, Message, Options};
use crate::paths::Paths;
use crate::window_place::{self, Place};
use iced::{Point, Size, Subscription, Task, event, window};
use std::sync::OnceLock;

/// What the window says, and what the question before closing answers.
#[derive(Clone, Debug)]
pub enum WindowMessage {
    /// The window opened: its corner (unknown on Wayland) and size, at Skranke's scale.
    Opened(window::Id, Option<Point>, Size),
    Moved(Point),
    Resized(Size),
    /// The window's size and its screen's, just after it opened, at Skranke's scale.
    Measured {
        id: window::Id,
        window: Size,
        screen: Option<Size>,
    },
    /// The close button, or Ctrl+Q.
    CloseRequested,
    /// The question before closing: keep the form (go back to it), or discard it and close.
    Keep,
    Discard,
}

/// The app's side of the window.
#[derive(Debug, Default)]
pub struct WindowState {
    /// Where the window is, in the system's logical pixels, while it is in its frame (full
    /// screen leaves it alone, so the window reopens in its frame).
    place: Place,
    /// The window has said its size (it says so when it opens).
    sized: bool,
    /// The presentation fills the screen.
    full_screen: bool,
    /// Closing was asked for while a form is not saved: what is unsaved, and the question is
    /// shown.
    pub asking: Vec<Unsaved>,
    /// Skranke is closing: the place is saved and iced told to exit.
    exiting: bool,
}

/// The place read at start, for [`on_screen`] (iced calls it with the screen's size, and takes
/// only a function).
static OPENING: OnceLock<Place> = OnceLock::new();

/// The main window as it opens: the place saved last (or the default size, centred), no larger
/// than the screen; its icon; and the application id that window managers and docks match with
/// `dk.kk.Skranke.desktop` (X11 `WM_CLASS`, Wayland `app_id`). Closing is Skranke's to decide
/// (`exit_on_close_request` off), so an unsaved form can be kept.
pub fn settings(options: &Options) -> window::Settings {
    let paths = options
        .paths
        .clone()
        .unwrap_or_else(|| Paths::resolve(None, None));
    let scale = scale_at_start(&paths, options);
    let place = Place::load(&paths.window_file()).unwrap_or_default();
    let _ = OPENING.set(place);
    window::Settings {
        // iced multiplies the size by Skranke's scale (and not the smallest size).
        size: Size::new(place.width / scale, place.height / scale),
        position: window::Position::SpecificWith(on_screen),
        min_size: Some(Size::new(
            window_place::MIN_SIZE.width,
            window_place::MIN_SIZE.height,
        )),
        exit_on_close_request: false,
        visible: crate::a11y::bridge::window_visible_at_creation(),
        icon: crate::ui::window_icon::window_icon(),
        #[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
        platform_specific: window::settings::PlatformSpecific {
            application_id: crate::APP_ID.to_owned(),
            ..Default::default()
        },
        ..window::Settings::default()
    }
}

/// Skranke's scale as the app will start with it (the settings file under the policy).
fn scale_at_start(paths: &Paths, options: &Options) -> f32 {
    let preferences = super::preferences::Preferences::new(
        crate::settings::Settings::load(&paths.settings_file()),
        Default::default(),
        paths.settings_file(),
        options.policy.policy.clone(),
    );
    f32::from(preferences.get().scale_percent) / 100.0
}

/// Where the window's corner goes on the screen it opens on (`screen` in the system's logical
/// pixels): the saved corner moved just enough to keep the window on it, or centred.
fn on_screen(_size: Size, screen: Size) -> Point {
    opening_corner(OPENING.get().copied().unwrap_or_default(), screen)
}

/// The corner of `place` on a screen of `screen`, fitted (see [`Place::fit`]).
pub fn opening_corner(place: Place, screen: Size) -> Point {
    let screen = window_place::Size {
        width: screen.width,
        height: screen.height,
    };
    let fitted = place.fit(screen);
    match fitted.position() {
        Some(corner) => Point::new(corner.x, corner.y),
        None => Point::new(
            ((screen.width - fitted.width) / 2.0).max(0.0),
            ((screen.height - fitted.height) / 2.0).max(0.0),
        ),
    }
}

/// Asks, once the window is open, for its size and its screen's: a window saved on a larger
/// screen is made to fit this one, and maximised (iced opens it at the saved size; only then is
/// the screen it opened on known).
pub(super) fn measure() -> Task<Message> {
    window::oldest().then(|id| match id {
        Some(id) => window::size(id).then(move |size| {
            window::monitor_size(id).map(move |screen| {
                Message::Window(WindowMessage::Measured {
                    id,
                    window: size,
                    screen,
                })
            })
        }),
        None => Task::none(),
    })
}

/// The window's own events: opened, moved, resized, and the close button.
pub(super) fn events() -> Subscription<Message> {
    event::listen_with(|event, _status, id| {
        let iced::Event::Window(event) = event else {
            return None;
        };
        let message = match event {
            window::Event::Opened { position, size } => WindowMessage::Opened(id, position, size),
            window::Event::Moved(at) => WindowMessage::Moved(at),
            window::Event::Resized(size) => WindowMessage::Resized(size),
            window::Event::CloseRequested => WindowMessage::CloseRequested,
            _ => return None,
        };
        Some(Message::Window(message))
    })
}

/// Runs `then` on the window (the app has one).
fn on_window(then: impl Fn(window::Id) -> Task<Message> + Send + 'static) -> Task<Message> {
    window::oldest().then(move |id| id.map_or_else(Task::none, &then))
}

impl App {
    /// Is Skranke closing (the place saved, iced told to exit)?
    pub fn exiting(&self) -> bool {
        self.window.exiting
    }

    /// Is the window in full screen?
    pub fn full_screen(&self) -> bool {
        self.window.full_screen
    }

    /// What closing would lose, if the window were closed now.
    pub fn unsaved(&self) -> Vec<Unsaved> {
        let mut unsaved = Vec::new();
        if self.screens.log.unsaved() {
            unsaved.push(Unsaved::LogEntry);
        }
        if self.screens.training.unsaved_session() {
            unsaved.push(Unsaved::Session);
        }
        unsaved
    }

    pub(super) fn window_message(&mut self, message: WindowMessage) -> Task<Message> {
        let scale = self.scale_factor();
        match message {
            WindowMessage::Opened(_, position, size) => {
                self.keep_size(size, scale);
                if let Some(at) = position {
                    self.keep_corner(at, scale);
                }
                Task::none()
            }
            WindowMessage::Moved(at) => {
                self.keep_corner(at, scale);
                Task::none()
            }
            WindowMessage::Resized(size) => {
                self.keep_size(size, scale);
                Task::none()
            }
            WindowMessage::Measured { id, window, screen } => {
                let Some(screen) = screen else {
                    return Task::none();
                };
                let now = Place {
                    width: window.width * scale,
                    height: window.height * scale,
                    x: None,
                    y: None,
                };
                let fitted = now.fit(window_place::Size {
                    width: screen.width * scale,
                    height: screen.height * scale,
                });
                if fitted == now {
                    return Task::none();
                }
                self.window.place.width = fitted.width;
                self.window.place.height = fitted.height;
                self.window.sized = true;
                // The screen's size includes its task bar and the window's frame: maximised,
                // the window manager fits it to what is left. Restored, it is the fitted size.
                window::resize(id, Size::new(fitted.width / scale, fitted.height / scale))
                    .chain(window::maximize(id, true))
            }
            WindowMessage::CloseRequested => self.close(),
            WindowMessage::Keep => self.keep_form(),
            WindowMessage::Discard => self.quit(),
        }
    }

    /// The presentation asked for full screen, or to leave it.
    pub(super) fn set_full_screen(&mut self, full: bool) -> Task<Message> {
        if self.window.full_screen == full {
            return Task::none();
        }
        self.window.full_screen = full;
        let mode = if full {
            window::Mode::Fullscreen
        } else {
            window::Mode::Windowed
        };
        on_window(move |id| window::set_mode(id, mode))
    }

    /// The close button or Ctrl+Q: close, or ask first while a form is not saved.
    pub(super) fn close(&mut self) -> Task<Message> {
        if !self.window.asking.is_empty() || self.window.exiting {
            return Task::none();
        }
        let unsaved = self.unsaved();
        if unsaved.is_empty() {
            return self.quit();
        }
        self.window.asking = unsaved;
        let controls = self.controls();
        self.set_focus(Some(super::closing::KEEP), &controls)
    }

    /// "Keep": back to the form that is not saved, as it was.
    fn keep_form(&mut self) -> Task<Message> {
        let Some(first) = std::mem::take(&mut self.window.asking).first().copied() else {
            return Task::none();
        };
        let (screen, tab) = match first {
            Unsaved::LogEntry => (
                crate::screen::ScreenId::Log,
                Message::Log(crate::screen::log::Message::Tab(
                    crate::screen::log::Tab::Entry,
                )),
            ),
            Unsaved::Session => (
                crate::screen::ScreenId::Training,
                Message::Training(crate::screen::training::Message::Tab(
                    crate::screen::training::Tab::Sessions,
                )),
            ),
        };
        let tab = self.update(tab);
        Task::batch([tab, self.navigate(screen)])
    }

    /// Saves the window's place and ends Skranke.
    fn quit(&mut self) -> Task<Message> {
        self.window.asking.clear();
        self.window.exiting = true;
        let mut place = self.window.place;
        if !self.window.sized {
            // The size laid out last is the window's, at the scale in use now.
            let size = self.last_size.get();
            let scale = self.scale_factor();
            place.width = size.width * scale;
            place.height = size.height * scale;
        }
        if let Err(error) = place.save(&self.shared.paths.window_file()) {
            crate::it_log::failure("window", "not-saved", &error.to_string());
        }
        iced::exit()
    }

    fn keep_size(&mut self, size: Size, scale: f32) {
        if !self.window.full_screen {
            self.window.place.width = size.width * scale;
            self.window.place.height = size.height * scale;
            self.window.sized = true;
        }
    }

    fn keep_corner(&mut self, at: Point, scale: f32) {
        if !self.window.full_screen {
            self.window.place.x = Some(at.x * scale);
            self.window.place.y = Some(at.y * scale);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_opens_on_the_screen_it_opens_on() {
        let laptop = Size::new(1366.0, 900.0);
        let from_a_large_screen = Place {
            width: 2560.0,
            height: 1720.0,
            x: Some(1200.0),
            y: Some(300.0),
        };
        assert_eq!(
            opening_corner(from_a_large_screen, laptop),
            Point::new(0.0, 0.0)
        );
        let first_time = Place::default();
        assert_eq!(
            opening_corner(first_time, laptop),
            Point::new((1366.0 - 1280.0) / 2.0, (900.0 - 860.0) / 2.0)
        );
    }
}
