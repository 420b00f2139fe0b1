//! What a screen's `update` hands back to the app.

use crate::settings::Change;
use crate::store::Opened;
use crate::store::assessment::Assessment;
use crate::ui::focus::ControlId;
use iced::Task;

/// After a message: nothing, work the screen started, a request to the app, or several.
#[must_use]
pub enum Action<Message> {
    None,
    /// Work the screen started (a save on the log's thread, a file dialog, a scroll); its
    /// messages come back to the screen.
    Run(Task<Message>),
    /// Something only the app may change.
    Ask(Request),
    /// Several of these, in order.
    Many(Vec<Action<Message>>),
}

/// What a screen asks of the app: what the screens share, and the window itself.
#[derive(Clone, Debug)]
pub enum Request {
    /// Change a setting (and save the settings file).
    Setting(Change),
    /// Record something done during the visit.
    Visit(crate::visit::Change),
    /// The citizen has gone: a new visit, and the desk as it starts.
    NextCitizen,
    /// Log this visit: the log's entry form, filled in from the visit, focus on Save.
    LogVisit,
    /// Show the full-window point-to-your-language card.
    OpenCard,
    /// Close the card.
    CloseCard,
    /// Mark new log entries as training, or stop doing so.
    ToggleTrainingMode,
    /// An item of the self-assessment was stored (item code, what it is now).
    Assessed(String, Assessment),
    /// The log was replaced from a backup and opened again.
    Reopened(Opened),
    /// Texts were read in (`skranke l10n import` from Settings): load the catalogue again.
    ReloadTexts,
    /// Put the window in full screen, or back in its frame (the presentation, F11 and Esc).
    FullScreen(bool),
    /// Give this control the keyboard focus and bring it into view (after an action, the
    /// focus goes to what the user acted on, never back to the navigation).
    Focus(ControlId),
    /// Like `Focus`, then bring the region around the control into view too (the first field
    /// of the log form with the confirmation under it), by its widget id.
    FocusWithin(ControlId, iced::widget::Id),
}

impl<Message: Send + 'static> Action<Message> {
    /// This, then `next`.
    pub fn and(self, next: Action<Message>) -> Action<Message> {
        match (self, next) {
            (Action::None, next) => next,
            (this, Action::None) => this,
            (Action::Many(mut list), next) => {
                list.push(next);
                Action::Many(list)
            }
            (this, next) => Action::Many(vec![this, next]),
        }
    }

    /// The same action for a wrapping message type (a screen's part's messages).
    pub fn map<Outer: Send + 'static>(
        self,
        wrap: impl Fn(Message) -> Outer + Clone + Send + 'static,
    ) -> Action<Outer> {
        match self {
            Action::None => Action::None,
            Action::Run(task) => Action::Run(task.map(wrap)),
            Action::Ask(request) => Action::Ask(request),
            Action::Many(list) => Action::Many(
                list.into_iter()
                    .map(|action| action.map(wrap.clone()))
                    .collect(),
            ),
        }
    }

    /// The task and the requests, in order, for the app to carry out.
    pub fn into_parts(self) -> (Vec<Task<Message>>, Vec<Request>) {
        let mut tasks = Vec::new();
        let mut requests = Vec::new();
        let mut pending = vec![self];
        while let Some(action) = pending.pop() {
            match action {
                Action::None => {}
                Action::Run(task) => tasks.push(task),
                Action::Ask(request) => requests.push(request),
                Action::Many(list) => pending.extend(list.into_iter().rev()),
            }
        }
        (tasks, requests)
    }
}
