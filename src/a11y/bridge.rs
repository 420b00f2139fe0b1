//! The platform's side: the adapter that publishes the tree to the accessibility API, and the
//! screen reader's requests coming back as [`Event`]s.
//!
//! The adapters call their handlers on their own threads (AccessKit's D-Bus thread on Linux), so
//! the handlers only forward: into a channel that [`events`] turns into an iced subscription.
//! Nothing is built until a screen reader (or another AT-SPI client) asks for the tree: until
//! then the bridge costs one idle thread and no work per frame.

use super::Built;
use super::adapter::Adapter;
use crate::ui::focus::ControlId;
use accesskit::{ActionRequest, NodeId, TreeUpdate};
use iced::futures::channel::mpsc;
use iced::{Subscription, Task};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// What the platform tells the app.
#[derive(Clone, Debug)]
pub enum Event {
    /// A screen reader wants the tree: build it, and keep it up to date.
    Activated,
    /// No one listens any more.
    Deactivated,
    /// A screen reader asks for an action (click, focus, set a value …).
    Action(ActionRequest),
}

/// Where the handlers send their events (one receiver: the subscription takes it).
struct Channel {
    sender: mpsc::UnboundedSender<Event>,
    receiver: Mutex<Option<mpsc::UnboundedReceiver<Event>>>,
}

static CHANNEL: OnceLock<Channel> = OnceLock::new();

fn channel() -> &'static Channel {
    CHANNEL.get_or_init(|| {
        let (sender, receiver) = mpsc::unbounded();
        Channel {
            sender,
            receiver: Mutex::new(Some(receiver)),
        }
    })
}

fn send(event: Event) {
    let _ = channel().sender.unbounded_send(event);
}

/// The platform's events, as messages.
pub fn events() -> Subscription<Event> {
    Subscription::run(|| {
        let receiver = channel().receiver.lock().ok().and_then(|mut r| r.take());
        match receiver {
            Some(receiver) => iced::futures::stream::StreamExt::boxed(receiver),
            // Taken already (a second subscription): nothing more comes here.
            None => iced::futures::stream::StreamExt::boxed(iced::futures::stream::pending()),
        }
    })
}

pub(super) struct Activation;
pub(super) struct Actions;
pub(super) struct Deactivation;

impl accesskit::ActivationHandler for Activation {
    /// The tree is sent as soon as the app has read its laid-out window, from the UI thread.
    fn request_initial_tree(&mut self) -> Option<TreeUpdate> {
        send(Event::Activated);
        None
    }
}

impl accesskit::ActionHandler for Actions {
    fn do_action(&mut self, request: ActionRequest) {
        send(Event::Action(request));
    }
}

impl accesskit::DeactivationHandler for Deactivation {
    fn deactivate_accessibility(&mut self) {
        send(Event::Deactivated);
    }
}

/// The platform's adapter, and which node is which control in the tree last published.
pub struct Bridge {
    adapter: Option<Adapter>,
    active: bool,
    controls: HashMap<NodeId, ControlId>,
}

impl Bridge {
    /// No adapter: tests and tools with no window, and the time before the window is up.
    pub fn none() -> Bridge {
        Bridge {
            adapter: None,
            active: false,
            controls: HashMap::new(),
        }
    }

    /// Starts the platform's adapter, waiting for a screen reader (see [`Adapter::start`]).
    pub fn start(&mut self) {
        if self.adapter.is_none() {
            self.adapter = Some(Adapter::start(Activation, Actions, Deactivation));
        }
    }

    /// Does a screen reader want the tree?
    pub fn is_active(&self) -> bool {
        self.active
    }

    pub fn set_active(&mut self, active: bool) {
        self.active = active;
        if !active {
            self.controls.clear();
        }
    }

    /// Publishes a whole tree (the adapter works out what changed and tells the screen reader).
    pub fn publish(&mut self, built: Built) {
        self.controls = built.controls;
        if let Some(adapter) = &mut self.adapter {
            adapter.publish(built.update);
        }
    }

    /// The window gained or lost the keyboard focus: the screen reader's focus follows it.
    pub fn window_focused(&mut self, focused: bool) {
        if let Some(adapter) = &mut self.adapter {
            adapter.window_focused(focused);
        }
    }

    /// Where the window's content is on the screen, in physical pixels.
    pub fn window_bounds(&mut self, bounds: accesskit::Rect) {
        if let Some(adapter) = &mut self.adapter {
            adapter.window_bounds(bounds);
        }
    }

    /// The control a node of the last tree stands for.
    pub fn control(&self, node: NodeId) -> Option<&ControlId> {
        self.controls.get(&node)
    }
}

/// Attaches the adapter to the window before it is first shown, where the platform needs that
/// (Windows and macOS subclass the window), then shows it. The window is created hidden there
/// (see [`window_visible_at_creation`]).
pub fn attach_to_window() -> Task<()> {
    Adapter::attach_to_window(|| (Activation, Actions, Deactivation))
}

/// Whether the window may be shown as soon as it is created: not where the adapter must be
/// attached to it first.
pub fn window_visible_at_creation() -> bool {
    Adapter::WINDOW_VISIBLE_AT_CREATION
}
