//! The outreach log: log a visit in a few keystrokes, browse and correct the log, export,
//! merge another desk's log, back up and restore. Training mode keeps practice apart.
//!
//! Three tabs, three parts with their own messages: the entry [`form`], the [`list`] and the
//! [`transfer`]s. This module switches between them and carries what crosses them: a saved
//! edit returns to the list, an entry opened from the list goes to the form.

pub mod form;
mod form_view;
pub mod list;
mod list_view;
mod tasks;
pub mod transfer;
mod transfer_view;

pub use tasks::{LogFile, codebook_path, daily_backup, import_file, write_export};

use super::{Action, Context, Disclosures, Request, Screen, View, part};
use crate::i18n::{MessageId, msg};
use crate::outreach::entry::Entry;
use crate::store::StoreError;
use crate::ui::focus::{self, ControlId, Controls};
use crate::ui::shortcuts::Shortcut;
use crate::ui::{direction, size, widget};
use form::{Form, Prefill};
use iced::widget::Column;
use iced::{Alignment, Fill};
use list::ListState;
use transfer::TransferState;

/// Entries per page of the list.
pub const PAGE_SIZE: usize = 25;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Entry,
    List,
    Transfer,
}

#[derive(Clone, Debug)]
pub enum Message {
    Tab(Tab),
    ToggleTrainingMode,
    Form(form::Message),
    List(list::Message),
    Transfer(transfer::Message),
    /// Show or hide the details of a failed save.
    Details(ControlId),
    /// "Log this visit" (the desk's button, Ctrl+B anywhere): the entry form, filled in from
    /// the visit, with the focus on Save.
    LogVisit,
    /// The log's thread read the entry saved last (when the log was first shown).
    LastLoaded(Result<Option<Entry>, StoreError>),
}

#[derive(Clone, Debug)]
pub struct State {
    tab: Tab,
    pub form: Form,
    /// The entry saved last: the next form remembers its channel and duration (and its unit
    /// when Settings has none), and "same as last entry" copies it.
    last: Option<Entry>,
    /// The last entry has been asked of the log (once a session).
    last_asked: bool,
    /// "Same as last entry" was asked for before any entry was saved: said next to the button.
    pub no_last_entry: bool,
    /// A one-line confirmation after saving, or why it failed.
    saved: Option<Result<Entry, StoreError>>,
    pub list: ListState,
    pub transfer: TransferState,
    details: Disclosures,
}

const TABS: [(Tab, ControlId, MessageId); 3] = [
    (
        Tab::Entry,
        ControlId::new("log-tab-entry"),
        msg!("log-tab-entry"),
    ),
    (
        Tab::List,
        ControlId::new("log-tab-list"),
        msg!("log-tab-list"),
    ),
    (
        Tab::Transfer,
        ControlId::new("log-tab-transfer"),
        msg!("log-tab-transfer"),
    ),
];
const TRAINING: ControlId = ControlId::new("log-training-mode");

impl State {
    /// A fresh screen with the form filled in from `prefill`.
    pub fn new(prefill: &Prefill) -> State {
        let day = |date| crate::i18n::format::day(prefill.staff, date);
        let year_start = day(jiff::civil::date(prefill.today.year(), 1, 1));
        State {
            tab: Tab::Entry,
            form: Form::prefilled(prefill),
            last: None,
            last_asked: false,
            no_last_entry: false,
            saved: None,
            list: ListState::default(),
            transfer: TransferState {
                from_text: year_start,
                to_text: day(prefill.today),
                ..TransferState::default()
            },
            details: Disclosures::default(),
        }
    }

    pub fn tab(&self) -> Tab {
        self.tab
    }

    /// Has the entry form changes that are not saved (a new entry or a correction)?
    pub fn unsaved(&self) -> bool {
        self.form.dirty
    }

    /// The entry saved last, if the log has told it.
    pub fn last_entry(&self) -> Option<&Entry> {
        self.last.as_ref()
    }

    /// Replaces a form the user has not touched with one filled in from the current visit.
    fn refresh_from_visit(&mut self, ctx: &Context) {
        if !self.form.dirty && self.form.editing.is_none() {
            self.form = Form::prefilled(&Prefill::from(ctx, ctx.visit, self.last.as_ref()));
        }
    }

    /// "Log this visit": a new entry from the visit. A form the user has started keeps what
    /// they chose and takes the visit's language, interpreter, topics, principles and handout;
    /// a correction of a stored entry in progress becomes a new entry (the stored one stays as
    /// it was).
    fn log_visit(&mut self, ctx: &Context) -> Action<Message> {
        self.tab = Tab::Entry;
        self.saved = None;
        self.no_last_entry = false;
        self.form.editing = None;
        let fresh = Form::prefilled(&Prefill::from(ctx, ctx.visit, self.last.as_ref()));
        if self.form.dirty {
            self.form.language = fresh.language;
            self.form.interpreter = fresh.interpreter;
            self.form.topics = fresh.topics;
            self.form.principles = fresh.principles;
            self.form.handout = fresh.handout;
        } else {
            self.form = fresh;
        }
        Action::Ask(Request::Focus(form::SAVE))
    }

    /// Asks the log once for the entry saved last.
    fn ask_for_last(&mut self, ctx: &Context) -> Action<Message> {
        if self.last_asked {
            return Action::None;
        }
        let Some(database) = ctx.database() else {
            return Action::None;
        };
        self.last_asked = true;
        let last = database.write(|store| store.last_entry());
        Action::Run(iced::Task::perform(last, Message::LastLoaded))
    }

    fn form_message(&mut self, message: form::Message, ctx: &Context) -> Action<Message> {
        match message {
            form::Message::Edit(field) => {
                // The confirmation of the last save stays until the next entry is begun.
                if self.form.edit(field) {
                    self.saved = None;
                }
                Action::None
            }
            form::Message::Details(id) => {
                self.details.toggle(id);
                Action::None
            }
            form::Message::Save { next_citizen } => {
                let Some(entry) = self.form.to_entry(ctx.training_mode) else {
                    // Refused: no confirmation of an earlier save stays beside the errors, and
                    // the focus goes to the first field in error.
                    self.saved = None;
                    return match self.form.errors.first_field() {
                        Some(field) => Action::Ask(Request::Focus(field)),
                        None => Action::None,
                    };
                };
                match ctx.database() {
                    Some(database) => {
                        let update = self.form.editing.is_some();
                        let stored = database.write(move |store| {
                            if update {
                                store.update_entry(&entry)?;
                            } else {
                                store.save_entry(&entry)?;
                            }
                            Ok(entry)
                        });
                        Action::Run(iced::Task::perform(stored, move |result| {
                            form::Message::Saved {
                                result,
                                next_citizen,
                            }
                        }))
                    }
                    None => {
                        self.saved = Some(Err(StoreError::NotOpen));
                        Action::None
                    }
                }
                .map(Message::Form)
            }
            form::Message::SameAsLast => match &self.last {
                Some(last) => {
                    self.form = Form::same_as(last, crate::clock::today(), ctx.ui.staff.locale);
                    self.saved = None;
                    self.no_last_entry = false;
                    Action::None
                }
                None => {
                    self.no_last_entry = true;
                    Action::None
                }
            },
            form::Message::CancelEdit => {
                let edited = self.form.editing.take();
                // The form is reset: a new entry from the visit, no errors left from the edit.
                self.form = Form::prefilled(&Prefill::from(ctx, ctx.visit, self.last.as_ref()));
                self.saved = None;
                self.tab = Tab::List;
                // Back on the entry that was being corrected.
                match edited {
                    Some(id) => Action::Ask(Request::Focus(list::edit_control(id))),
                    None => Action::None,
                }
            }
            form::Message::Saved {
                result,
                next_citizen,
            } => self.saved(result, next_citizen, ctx),
        }
    }

    /// The log's thread stored the entry (or says why not).
    fn saved(
        &mut self,
        result: Result<Entry, StoreError>,
        next_citizen: bool,
        ctx: &Context,
    ) -> Action<Message> {
        let was_editing = self.form.editing.is_some();
        let stored = result.is_ok();
        if stored {
            self.form.dirty = false;
            self.form.editing = None;
        }
        let edited = result.as_ref().ok().map(|entry| entry.id);
        if let (Ok(entry), false) = (&result, was_editing) {
            self.last = Some(entry.clone());
        }
        if was_editing {
            self.tab = Tab::List;
            // A correction is confirmed on its card, where the focus returns; a failure is
            // told on the form, which stays open.
            if let Some(id) = edited {
                self.list.corrected = Some(id);
                self.list.undo = None;
                self.saved = None;
            } else {
                self.tab = Tab::Entry;
                self.saved = Some(result);
                return Action::None;
            }
            let load = self.list.load(ctx).map(Message::List);
            // Back in the list, the focus is on the entry just corrected.
            return match edited {
                Some(id) => load.and(Action::Ask(Request::Focus(list::edit_control(id)))),
                None => load,
            };
        }
        self.saved = Some(result);
        if !stored {
            return Action::None;
        }
        // The form is ready for the next entry, with the focus on its first field and the
        // confirmation under it in view.
        let focus = Action::Ask(Request::FocusWithin(form::DAY, form::first_field_region()));
        if next_citizen {
            // The app starts a new visit; the form is ready for it now.
            let next = crate::visit::Visit::default();
            self.form = Form::prefilled(&Prefill::from(ctx, &next, self.last.as_ref()));
            Action::Ask(Request::NextCitizen).and(focus)
        } else {
            self.refresh_from_visit(ctx);
            focus
        }
    }
}

impl Screen for State {
    type Message = Message;

    fn update(&mut self, message: Message, ctx: &Context) -> Action<Message> {
        match message {
            Message::Tab(tab) => {
                self.tab = tab;
                if tab == Tab::List {
                    self.list.reload(ctx).map(Message::List)
                } else {
                    Action::None
                }
            }
            Message::ToggleTrainingMode => Action::Ask(Request::ToggleTrainingMode),
            Message::Form(message) => self.form_message(message, ctx),
            Message::List(message) => match self.list.update(message, ctx) {
                list::Outcome::Stay(action) => action.map(Message::List),
                list::Outcome::EditEntry(entry) => {
                    self.form = Form::editing(&entry, ctx.ui.staff.locale);
                    self.list.corrected = None;
                    self.saved = None;
                    self.tab = Tab::Entry;
                    Action::None
                }
            },
            Message::Transfer(message) => self.transfer.update(message, ctx).map(Message::Transfer),
            Message::Details(id) => {
                self.details.toggle(id);
                Action::None
            }
            Message::LogVisit => self.log_visit(ctx),
            Message::LastLoaded(result) => {
                // A failure was written to IT's log by the log's thread; the form simply has
                // no remembered defaults then.
                if let (Ok(Some(entry)), None) = (result, &self.last) {
                    self.last = Some(entry);
                    self.refresh_from_visit(ctx);
                }
                Action::None
            }
        }
    }

    /// Opening the log fills a form the user has not touched from the visit so far, and asks
    /// once for the entry saved last (its channel and duration are remembered).
    fn enter(&mut self, ctx: &Context) -> Action<Message> {
        self.refresh_from_visit(ctx);
        self.ask_for_last(ctx)
    }

    /// Ctrl+Enter saves the form (with Shift: and readies the desk for the next citizen);
    /// Ctrl+D fills it like the last entry; Ctrl+Z in the list brings back the entry deleted
    /// last, as its Undo button does.
    fn key(&self, shortcut: Shortcut, _ctx: &Context) -> Option<Message> {
        if shortcut == Shortcut::Undo {
            return (self.tab == Tab::List && self.list.undo.is_some())
                .then_some(Message::List(list::Message::Undo));
        }
        if self.tab != Tab::Entry || self.form.editing.is_some() {
            return match shortcut {
                Shortcut::Submit { next_citizen } if self.tab == Tab::Entry => {
                    Some(Message::Form(form::Message::Save { next_citizen }))
                }
                _ => None,
            };
        }
        match shortcut {
            Shortcut::Submit { next_citizen } => {
                Some(Message::Form(form::Message::Save { next_citizen }))
            }
            Shortcut::SameAsLast => Some(Message::Form(form::Message::SameAsLast)),
            _ => None,
        }
    }

    /// Esc: leave editing, back to the list.
    fn back(&self) -> Option<Message> {
        self.form
            .editing
            .is_some()
            .then_some(Message::Form(form::Message::CancelEdit))
    }

    fn view<'a>(&'a self, ctx: &Context<'a>) -> View<'a, Message> {
        let ui = &ctx.ui;
        let mut controls = Controls::new();
        let mut page = Column::new().spacing(size::GAP * 1.25).width(Fill);
        page = page.push(widget::heading(ui, ctx.tr(msg!("log-title")), 1));
        page = page.push(widget::tabs(
            ui,
            &mut controls,
            focus::Group::new("log-tabs", ctx.tr(msg!("log-title"))),
            TABS.iter()
                .map(|(tab, id, label)| (id, ctx.tr(*label), *tab == self.tab, Message::Tab(*tab)))
                .collect(),
        ));
        let mode = if ctx.training_mode {
            msg!("log-training-mode-on")
        } else {
            msg!("log-training-mode-off")
        };
        let toggle = widget::checkbox(
            ui,
            &mut controls,
            &TRAINING,
            ctx.tr(msg!("log-training-mode")),
            ctx.training_mode,
            Message::ToggleTrainingMode,
        );
        page = page.push(
            direction::row(
                ui.direction(),
                vec![toggle, widget::muted(ui, ctx.tr(mode)).into()],
            )
            .spacing(size::GAP)
            .align_y(Alignment::Center),
        );
        if let Some(not_open) = ctx.store_not_open(msg!("log-no-store")) {
            return View::new(page.push(not_open), controls);
        }
        let body = match self.tab {
            Tab::Entry => part(&mut controls, Message::Form, |own| {
                let saved = form_view::Saved {
                    result: self.saved.as_ref(),
                    details: &self.details,
                };
                form_view::view(
                    &self.form,
                    saved,
                    ctx,
                    own,
                    ctx.width,
                    form_view::Extras {
                        training: ctx.training_mode,
                        no_last_entry: self.no_last_entry,
                    },
                )
            }),
            Tab::List => part(&mut controls, Message::List, |own| {
                list_view::view(&self.list, ctx, own, ctx.width)
            }),
            Tab::Transfer => part(&mut controls, Message::Transfer, |own| {
                transfer_view::view(&self.transfer, ctx, own)
            }),
        };
        View::new(page.push(body), controls)
    }
}
