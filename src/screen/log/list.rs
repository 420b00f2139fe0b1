//! The list of logged contacts as state: filters, the page shown, the pager, and the entry
//! deleted last (for undo). Pages load on a thread of their own; an older request's page is
//! dropped when a newer one was asked for.

use super::PAGE_SIZE;
use crate::clock;
use crate::outreach::codes::{Channel, Group};
use crate::outreach::entry::Entry;
use crate::screen::{Action, Context, Disclosures, Request};
use crate::store::outreach::{self, Cursor, Filter, Page, Training};
use crate::store::{Database, StoreError};
use crate::ui::focus::ControlId;
use iced::Task;
use uuid::Uuid;

#[derive(Clone, Debug)]
pub enum Message {
    ToggleFilters,
    FilterFrom(String),
    FilterTo(String),
    ApplyDates,
    ClearFilters,
    FilterChannel(Option<Channel>),
    FilterLanguage(Option<String>),
    FilterGroup(Option<Group>),
    FilterTopic(Option<&'static str>),
    FilterTraining(Training),
    Older,
    Newer,
    PageLoaded {
        generation: u64,
        result: Result<(Page, u64), StoreError>,
    },
    /// Open an entry in the form.
    Edit(Uuid),
    /// The entry to edit was read (`None`: it is gone).
    Loaded(Result<Option<Entry>, StoreError>),
    Delete(Uuid),
    Deleted(Uuid, Result<(), StoreError>),
    Undo,
    Undone(Uuid, Result<(), StoreError>),
    /// Show or hide a failure's details.
    Details(ControlId),
}

pub const UNDO: ControlId = ControlId::new("log-undo");

/// The edit button of the entry `id` in the list.
pub fn edit_control(id: Uuid) -> ControlId {
    ControlId::dynamic(format!("log-edit-{id}"))
}

/// What the list tells the log screen it cannot do itself.
pub enum Outcome {
    /// Nothing beyond the list.
    Stay(Action<Message>),
    /// Open this entry in the form.
    EditEntry(Entry),
}

/// The list's filters, page and pager.
#[derive(Clone, Debug, Default)]
pub struct ListState {
    pub filter: Filter,
    pub from_text: String,
    pub to_text: String,
    pub dates_invalid: bool,
    pub show_filters: bool,
    pub page: Page,
    /// Cursors of the pages before this one (empty on the first page).
    pub previous: Vec<Option<Cursor>>,
    current: Option<Cursor>,
    pub count: Option<u64>,
    /// Why the page could not be loaded.
    pub error: Option<StoreError>,
    /// Why opening an entry, deleting it or undoing the delete failed.
    pub change_error: Option<StoreError>,
    /// Results of older requests are dropped: changing a filter supersedes them.
    generation: u64,
    /// The entry deleted last, for undo.
    pub undo: Option<Uuid>,
    /// The entry corrected last: its card says it was saved (where the focus returns).
    pub corrected: Option<Uuid>,
    pub details: Disclosures,
}

impl ListState {
    /// Loads the current page again (after a change of the log).
    pub fn load(&mut self, ctx: &Context) -> Action<Message> {
        self.generation += 1;
        self.count = None;
        let Some(database) = ctx.database() else {
            return Action::None;
        };
        let (filter, after, generation) =
            (self.filter.clone(), self.current.clone(), self.generation);
        let loaded = database.read(move |conn| {
            let page = outreach::page(conn, &filter, after.as_ref(), PAGE_SIZE)?;
            let count = outreach::count(conn, &filter)?;
            Ok((page, count))
        });
        Action::Run(Task::perform(loaded, move |result| Message::PageLoaded {
            generation,
            result,
        }))
    }

    /// Starts over at the first page with the current filter.
    pub fn reload(&mut self, ctx: &Context) -> Action<Message> {
        self.previous.clear();
        self.current = None;
        self.load(ctx)
    }

    pub fn update(&mut self, message: Message, ctx: &Context) -> Outcome {
        let action = match message {
            Message::ToggleFilters => {
                self.show_filters = !self.show_filters;
                Action::None
            }
            Message::FilterFrom(text) => {
                self.from_text = text;
                self.recheck_dates();
                Action::None
            }
            Message::FilterTo(text) => {
                self.to_text = text;
                self.recheck_dates();
                Action::None
            }
            Message::ApplyDates => self.apply_dates(ctx),
            Message::ClearFilters => {
                self.filter = Filter::default();
                self.from_text.clear();
                self.to_text.clear();
                self.dates_invalid = false;
                self.reload(ctx)
            }
            Message::FilterChannel(channel) => {
                self.filter.channel = channel;
                self.reload(ctx)
            }
            Message::FilterLanguage(language) => {
                self.filter.language = language;
                self.reload(ctx)
            }
            Message::FilterGroup(group) => {
                self.filter.group = group;
                self.reload(ctx)
            }
            Message::FilterTopic(topic) => {
                self.filter.topic = topic.map(str::to_string);
                self.reload(ctx)
            }
            Message::FilterTraining(value) => {
                self.filter.training = value;
                self.reload(ctx)
            }
            Message::Older => match self.page.next.clone() {
                Some(next) => {
                    self.previous.push(self.current.take());
                    self.current = Some(next);
                    self.load(ctx)
                }
                None => Action::None,
            },
            Message::Newer => match self.previous.pop() {
                Some(cursor) => {
                    self.current = cursor;
                    self.load(ctx)
                }
                None => Action::None,
            },
            Message::PageLoaded { generation, result } => {
                if generation == self.generation {
                    match result {
                        Ok((page, count)) => {
                            self.page = page;
                            self.count = Some(count);
                            self.error = None;
                        }
                        Err(error) => self.error = Some(error),
                    }
                }
                Action::None
            }
            Message::Edit(id) => write(ctx, move |db| {
                Task::perform(db.write(move |s| s.entry(id)), Message::Loaded)
            }),
            Message::Loaded(Ok(Some(entry))) => return Outcome::EditEntry(entry),
            // Purged meanwhile: nothing to edit.
            Message::Loaded(Ok(None)) => Action::None,
            Message::Loaded(Err(error)) => {
                self.change_error = Some(error);
                Action::None
            }
            Message::Delete(id) => write(ctx, move |db| {
                Task::perform(db.write(move |s| s.delete_entry(id)), move |result| {
                    Message::Deleted(id, result)
                })
            }),
            Message::Undo => match self.undo.take() {
                Some(id) => write(ctx, move |db| {
                    Task::perform(db.write(move |s| s.undo_delete(id)), move |result| {
                        Message::Undone(id, result)
                    })
                }),
                None => Action::None,
            },
            Message::Deleted(id, result) => {
                // Undo is offered only for what was deleted, and it takes the focus.
                let deleted = result.is_ok();
                self.undo = deleted.then_some(id);
                // One confirmation at a time: the deletion's replaces a correction's.
                self.corrected = None;
                self.change_error = result.err();
                let reload = self.reload(ctx);
                if deleted {
                    reload.and(Action::Ask(Request::Focus(UNDO)))
                } else {
                    reload
                }
            }
            Message::Undone(id, result) => {
                let restored = result.is_ok();
                self.change_error = result.err();
                let reload = self.reload(ctx);
                if restored {
                    // The entry is back in the list: the focus goes to it.
                    let row = edit_control(id);
                    reload.and(Action::Ask(Request::Focus(row)))
                } else {
                    reload
                }
            }
            Message::Details(id) => {
                self.details.toggle(id);
                Action::None
            }
        };
        Outcome::Stay(action)
    }

    /// The two days as typed: empty is no limit; `Err` if either cannot be read.
    fn dates(&self) -> Result<(Option<jiff::civil::Date>, Option<jiff::civil::Date>), ()> {
        let parse = |text: &str| {
            if text.trim().is_empty() {
                Ok(None)
            } else {
                clock::parse_day(text).map(Some).ok_or(())
            }
        };
        Ok((parse(&self.from_text)?, parse(&self.to_text)?))
    }

    /// A shown error about the days goes as soon as both can be read.
    fn recheck_dates(&mut self) {
        if self.dates_invalid {
            self.dates_invalid = self.dates().is_err();
        }
    }

    fn apply_dates(&mut self, ctx: &Context) -> Action<Message> {
        match self.dates() {
            Ok((from, to)) => {
                self.dates_invalid = false;
                self.filter.from = from;
                self.filter.to = to;
                self.reload(ctx)
            }
            Err(()) => {
                self.dates_invalid = true;
                Action::None
            }
        }
    }
}

/// Work on the log's thread, when the log is open.
fn write(ctx: &Context, task: impl FnOnce(&Database) -> Task<Message>) -> Action<Message> {
    ctx.database()
        .map_or(Action::None, |database| Action::Run(task(database)))
}
