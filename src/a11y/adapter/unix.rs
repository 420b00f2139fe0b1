//! Linux (and the BSDs' desktops): AT-SPI over D-Bus.

use accesskit::{ActionHandler, ActivationHandler, DeactivationHandler, Rect, TreeUpdate};
use iced::Task;

pub struct Adapter(accesskit_unix::Adapter);

impl Adapter {
    /// AT-SPI needs no window handle: the window can be shown at once.
    pub const WINDOW_VISIBLE_AT_CREATION: bool = true;

    /// Registers with the accessibility bus from a thread of its own. Until a screen reader
    /// (or another AT-SPI client) asks, nothing else happens.
    pub fn start(
        activation: impl ActivationHandler + Send + 'static,
        actions: impl ActionHandler + Send + 'static,
        deactivation: impl DeactivationHandler + Send + 'static,
    ) -> Adapter {
        Adapter(accesskit_unix::Adapter::new(
            activation,
            actions,
            deactivation,
        ))
    }

    /// Nothing to attach: see [`Adapter::start`].
    pub fn attach_to_window<A, B, C>(_handlers: impl FnOnce() -> (A, B, C)) -> Task<()> {
        Task::none()
    }

    pub fn publish(&mut self, update: TreeUpdate) {
        self.0.update_if_active(move || update);
    }

    pub fn window_focused(&mut self, focused: bool) {
        self.0.update_window_focus_state(focused);
    }

    /// AT-SPI wants screen coordinates, which only the app knows (X11; Wayland has none).
    pub fn window_bounds(&mut self, bounds: Rect) {
        self.0.set_root_window_bounds(bounds, bounds);
    }
}
