//! macOS: NSAccessibility, by subclassing the NSView iced (winit) created.

use accesskit::{ActionHandler, ActivationHandler, DeactivationHandler, Rect, TreeUpdate};
use accesskit_macos::SubclassingAdapter;
use iced::Task;
use raw_window_handle::RawWindowHandle;
use std::cell::RefCell;

thread_local! {
    /// The view's adapter, on the main thread that owns the view.
    static ADAPTER: RefCell<Option<SubclassingAdapter>> = const { RefCell::new(None) };
}

/// The app's handle on the thread-local adapter.
pub struct Adapter;

impl Adapter {
    /// The subclassing adapter must be attached before the window is first shown.
    pub const WINDOW_VISIBLE_AT_CREATION: bool = false;

    /// The adapter itself is attached to the window by [`Adapter::attach_to_window`].
    pub fn start(
        _activation: impl ActivationHandler + Send + 'static,
        _actions: impl ActionHandler + Send + 'static,
        _deactivation: impl DeactivationHandler + Send + 'static,
    ) -> Adapter {
        Adapter
    }

    /// Subclasses the (still hidden) main window's view on the main thread, then shows the
    /// window. NSAccessibility tells no one when a client leaves, so deactivation never comes.
    ///
    /// iced runs `window::run` on the main thread, where AppKit calls the view and the adapter
    /// must live. It runs once the window exists, before anything has shown it or observed the
    /// view with key-value observing (winit and wgpu observe the window and the view's layer,
    /// not the view): `SubclassingAdapter::new` panics on an observed view. If the window has
    /// no AppKit handle, it is shown all the same, with no adapter.
    pub fn attach_to_window<A, B, C>(
        handlers: impl FnOnce() -> (A, B, C) + Send + 'static,
    ) -> Task<()>
    where
        A: ActivationHandler + 'static,
        B: ActionHandler + 'static,
        C: DeactivationHandler,
    {
        // `oldest` answers once, but `then` takes an `FnMut`: the handlers are taken out of an
        // `Option` so that they can be moved into the one attachment.
        let mut handlers = Some(handlers);
        iced::window::oldest().then(move |id| {
            let (Some(id), Some(handlers)) = (id, handlers.take()) else {
                return Task::none();
            };
            let attach = iced::window::run(id, move |window| {
                let (activation, actions, _deactivation) = handlers();
                let view = match window.window_handle().map(|handle| handle.as_raw()) {
                    Ok(RawWindowHandle::AppKit(handle)) => handle.ns_view.as_ptr(),
                    _ => return,
                };
                // SAFETY: the pointer comes from the window handle borrowed for this call, so
                // the view is alive; the adapter retains it for as long as it lives.
                let adapter = unsafe { SubclassingAdapter::new(view, activation, actions) };
                ADAPTER.with(|slot| *slot.borrow_mut() = Some(adapter));
            });
            attach.then(move |()| iced::window::set_mode(id, iced::window::Mode::Windowed))
        })
    }

    /// Hands the whole tree to the adapter, once a client has asked for it. The activation
    /// handler answers `None` (the tree is built later, by the app), so the adapter holds a
    /// placeholder until this first update, which must be (and always is) a full tree.
    pub fn publish(&mut self, update: TreeUpdate) {
        let events = ADAPTER.with(|slot| {
            slot.borrow_mut()
                .as_mut()
                .and_then(|adapter| adapter.update_if_active(move || update))
        });
        // Raised with no borrow held: AppKit may call the view's accessibility methods, and so
        // the adapter, while the events are posted.
        if let Some(events) = events {
            events.raise();
        }
    }

    /// Unlike the Windows adapter, this one does not follow the window's focus itself: the
    /// screen reader's focus is in the tree only while the window is key.
    pub fn window_focused(&mut self, focused: bool) {
        let events = ADAPTER.with(|slot| {
            slot.borrow_mut()
                .as_mut()
                .and_then(|adapter| adapter.update_view_focus_state(focused))
        });
        if let Some(events) = events {
            events.raise();
        }
    }

    /// NSAccessibility places the tree in the view itself.
    pub fn window_bounds(&mut self, _bounds: Rect) {}
}
