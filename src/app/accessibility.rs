//! The app's side of the screen-reader bridge: its window as an AccessKit tree, read again after
//! every change while a screen reader listens, and the screen reader's actions carried out as
//! the keyboard and the mouse carry them out.

use super::{App, Message, keyboard};
use crate::a11y::bridge::{self, Event};
use crate::a11y::{self, Built, Collector, Outline};
use crate::screen::ScreenId;
use crate::ui::focus::{self, ControlId, Controls};
use accesskit::{Action, ActionData, ActionRequest};
use iced::{Point, Rectangle, Subscription, Task, event, mouse, window};

/// What the bridge and the window tell the app.
#[derive(Clone, Debug)]
pub enum Accessibility {
    Bridge(Event),
    /// The window as laid out just now: build the tree from it and publish it.
    Outlined(Outline),
    Window(WindowChange),
}

/// What the screen reader needs to know about the window itself.
#[derive(Clone, Copy, Debug)]
pub enum WindowChange {
    Focused(bool),
    /// Its top left corner on the screen, in the system's logical pixels.
    Moved(Point),
    /// Physical pixels per logical pixel of the system (not the app's own zoom).
    Rescaled(f32),
    /// Resized or scrolled by the mouse: what is where has changed.
    Redrawn,
}

/// Where the window is and how it is scaled, as far as the platform says.
#[derive(Clone, Copy, Debug)]
pub struct Geometry {
    pub position: Option<Point>,
    pub system_scale: f32,
}

impl Default for Geometry {
    fn default() -> Geometry {
        Geometry {
            position: None,
            system_scale: 1.0,
        }
    }
}

impl App {
    /// The tree of the window laid out as `outline`, with every control the app shows and the
    /// focus where the keyboard has it.
    pub fn accessibility_tree(&self, outline: &Outline) -> Built {
        let mut controls = Controls::new();
        let _ = self.build(&mut controls, self.last_size.get());
        let groups = controls.groups().to_vec();
        let controls = controls.into_vec();
        let title = self.title();
        let shortcut = |id: &ControlId| {
            ScreenId::ALL
                .iter()
                .find(|screen| screen.nav_control() == *id)
                .map(|screen| format!("Ctrl+{}", screen.shortcut_number()))
        };
        a11y::build(&a11y::Window {
            title: &title,
            outline,
            controls: &controls,
            groups: &groups,
            focus: self.focused(),
            staff: self.shared.staff,
            scale: self.scale_factor() * self.geometry.system_scale,
            shortcut: &shortcut,
        })
    }

    /// Is a screen reader listening (so the tree must follow every change)?
    pub fn screen_reader_listening(&self) -> bool {
        self.bridge.is_active()
    }

    /// The bridge's events, the window's focus and place, and (while a screen reader listens)
    /// scrolling by the mouse wheel, which moves what is drawn without a message of its own.
    pub(super) fn accessibility_subscription(&self) -> Subscription<Message> {
        let window = event::listen_with(|event, _status, _window| {
            let change = match event {
                iced::Event::Window(window::Event::Focused) => WindowChange::Focused(true),
                iced::Event::Window(window::Event::Unfocused) => WindowChange::Focused(false),
                iced::Event::Window(window::Event::Moved(at)) => WindowChange::Moved(at),
                iced::Event::Window(window::Event::Opened {
                    position: Some(at), ..
                }) => WindowChange::Moved(at),
                iced::Event::Window(window::Event::Rescaled(scale)) => {
                    WindowChange::Rescaled(scale)
                }
                iced::Event::Window(window::Event::Resized(_)) => WindowChange::Redrawn,
                _ => return None,
            };
            Some(Message::Accessibility(Accessibility::Window(change)))
        });
        let wheel = if self.bridge.is_active() {
            event::listen_with(|event, _status, _window| match event {
                iced::Event::Mouse(mouse::Event::WheelScrolled { .. }) => Some(
                    Message::Accessibility(Accessibility::Window(WindowChange::Redrawn)),
                ),
                _ => None,
            })
        } else {
            Subscription::none()
        };
        Subscription::batch([
            bridge::events().map(|event| Message::Accessibility(Accessibility::Bridge(event))),
            window,
            wheel,
        ])
    }

    pub(super) fn accessibility(&mut self, message: Accessibility) -> Task<Message> {
        match message {
            Accessibility::Bridge(Event::Activated) => {
                self.bridge.set_active(true);
                Task::batch([self.ask_geometry(), self.read_window()])
            }
            Accessibility::Bridge(Event::Deactivated) => {
                self.bridge.set_active(false);
                Task::none()
            }
            Accessibility::Bridge(Event::Action(request)) => self.screen_reader_action(request),
            Accessibility::Outlined(outline) => {
                if self.bridge.is_active() {
                    let built = self.accessibility_tree(&outline);
                    self.bridge.window_bounds(self.window_bounds());
                    self.bridge.publish(built);
                }
                Task::none()
            }
            Accessibility::Window(change) => {
                match change {
                    WindowChange::Focused(focused) => self.bridge.window_focused(focused),
                    WindowChange::Moved(at) => self.geometry.position = Some(at),
                    WindowChange::Rescaled(scale) => self.geometry.system_scale = scale,
                    WindowChange::Redrawn => {}
                }
                if self.bridge.is_active() {
                    self.bridge.window_bounds(self.window_bounds());
                }
                Task::none()
            }
        }
    }

    /// Reads the laid-out window (after the update that asks, so it is the new one); the tree
    /// is built from it when it comes back.
    pub(super) fn read_window(&self) -> Task<Message> {
        let size = self.last_size.get();
        let controls = self.controls().into_iter().map(|control| control.id);
        iced::advanced::widget::operate(Collector::new(Rectangle::with_size(size), controls))
            .map(|outline| Message::Accessibility(Accessibility::Outlined(outline)))
    }

    /// Asks the platform where the window is and how it is scaled.
    fn ask_geometry(&self) -> Task<Message> {
        window::oldest().then(|id| match id {
            Some(id) => Task::batch([
                window::position(id).and_then(|at| {
                    Task::done(Message::Accessibility(Accessibility::Window(
                        WindowChange::Moved(at),
                    )))
                }),
                window::scale_factor(id).map(|scale| {
                    Message::Accessibility(Accessibility::Window(WindowChange::Rescaled(scale)))
                }),
            ]),
            None => Task::none(),
        })
    }

    /// The window's content on the screen, in physical pixels.
    fn window_bounds(&self) -> accesskit::Rect {
        let system = f64::from(self.geometry.system_scale);
        let zoom = f64::from(self.scale_factor());
        let at = self.geometry.position.unwrap_or(Point::ORIGIN);
        let size = self.last_size.get();
        let x0 = f64::from(at.x) * system;
        let y0 = f64::from(at.y) * system;
        accesskit::Rect {
            x0,
            y0,
            x1: x0 + f64::from(size.width) * zoom * system,
            y1: y0 + f64::from(size.height) * zoom * system,
        }
    }

    /// Carries out what the screen reader asks, with the messages the keyboard and the mouse
    /// send: a click focuses the control and activates it as Enter does; setting a value
    /// types it.
    fn screen_reader_action(&mut self, request: ActionRequest) -> Task<Message> {
        let Some(id) = self.bridge.control(request.target_node).cloned() else {
            return Task::none();
        };
        let controls = self.controls();
        let Some(control) = focus::find(&controls, &id).cloned() else {
            return Task::none();
        };
        match request.action {
            Action::Focus => self.set_focus(Some(id), &controls),
            Action::ScrollIntoView => {
                keyboard::scroll_into_view(id.widget_id(), self.shared.staff_is_rtl())
            }
            Action::Click => {
                // The focus goes to the control first (as a click does), then activating may
                // move it on (a refused save to the field in error). Only where it ends is
                // scrolled to: two scrolls in one update would race, and the first could win.
                self.shared.focus = Some(id.clone());
                let activated = match control.on_activate {
                    Some(message) => self.update(message),
                    None => Task::none(),
                };
                if self.shared.focus.as_ref() == Some(&id) {
                    let controls = self.controls();
                    Task::batch([activated, self.set_focus(Some(id), &controls)])
                } else {
                    activated
                }
            }
            Action::SetValue => match (request.data, control.on_input) {
                (Some(ActionData::Value(text)), Some(on_input)) => {
                    let focused = self.set_focus(Some(id), &controls);
                    Task::batch([focused, self.update(on_input.message(text.into()))])
                }
                _ => Task::none(),
            },
            _ => Task::none(),
        }
    }
}
