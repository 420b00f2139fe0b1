//! Windows: UI Automation, by subclassing the window iced created.

use accesskit::{ActionHandler, ActivationHandler, DeactivationHandler, Rect, TreeUpdate};
use accesskit_windows::{HWND, SubclassingAdapter};
use iced::Task;
use raw_window_handle::RawWindowHandle;
use std::cell::RefCell;

thread_local! {
    /// The window's adapter, on the UI thread that owns the window.
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

    /// Subclasses the (still hidden) main window on its own thread, then shows it. UI
    /// Automation tells no one when a client leaves, so deactivation never comes.
    ///
    /// iced runs `window::run` on the event loop's thread, which created the window: the
    /// thread the adapter must be created on, and the one its activation handler (called from
    /// `WM_GETOBJECT`) and [`Adapter::publish`] run on. The window is shown only after the
    /// adapter is in place: `SubclassingAdapter::new` panics on a visible window. If the window
    /// has no Win32 handle, it is shown all the same, with no adapter.
    pub fn attach_to_window<A, B, C>(
        handlers: impl FnOnce() -> (A, B, C) + Send + 'static,
    ) -> Task<()>
    where
        A: ActivationHandler + 'static,
        B: ActionHandler + Send + 'static,
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
                let hwnd = match window.window_handle().map(|handle| handle.as_raw()) {
                    Ok(RawWindowHandle::Win32(handle)) => HWND(handle.hwnd.get() as *mut _),
                    _ => return,
                };
                let adapter = SubclassingAdapter::new(hwnd, activation, actions);
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
        // Raised on the window's thread with no borrow held: the window may be sent
        // `WM_GETOBJECT`, and so call into the adapter, while the events are raised.
        if let Some(events) = events {
            events.raise();
        }
    }

    /// The subclassed window follows its own focus (`WM_SETFOCUS`, `WM_KILLFOCUS`).
    pub fn window_focused(&mut self, _focused: bool) {}

    /// UI Automation places the tree in the window's client area itself.
    pub fn window_bounds(&mut self, _bounds: Rect) {}
}
