//! Platforms AccessKit has no adapter for: the tree is built for no one, so nothing is done.

use accesskit::{ActionHandler, ActivationHandler, DeactivationHandler, Rect, TreeUpdate};
use iced::Task;

pub struct Adapter;

impl Adapter {
    pub const WINDOW_VISIBLE_AT_CREATION: bool = true;

    pub fn start(
        _activation: impl ActivationHandler + Send + 'static,
        _actions: impl ActionHandler + Send + 'static,
        _deactivation: impl DeactivationHandler + Send + 'static,
    ) -> Adapter {
        Adapter
    }

    pub fn attach_to_window<A, B, C>(_handlers: impl FnOnce() -> (A, B, C)) -> Task<()> {
        Task::none()
    }

    pub fn publish(&mut self, _update: TreeUpdate) {}

    pub fn window_focused(&mut self, _focused: bool) {}

    pub fn window_bounds(&mut self, _bounds: Rect) {}
}
