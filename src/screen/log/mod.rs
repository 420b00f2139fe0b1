//! The outreach log: log a visit in a few keystrokes, browse and correct the log, export,
//! merge another desk's log, back up and restore. Training mode keeps practice apart.

pub mod form;
mod list;
mod transfer;

use super::{Context, SaveOutcome};
use crate::clock;
use crate::outreach::codes::{Channel, DurationBucket, Group, Interpreter, Outcome};
use crate::outreach::csv_format::FieldError;
use crate::outreach::entry::Entry;
use crate::store::outreach::{Cursor, Filter, Page, Training};
use crate::store::transfer::ExportRange;
use crate::ui::focus::{ControlId, Controls};
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, size};
use form::Form;
use iced::widget::Column;
use iced::{Alignment, Element, Fill};
use std::path::PathBuf;
use uuid::Uuid;

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
    // The form.
    Day(String),
    Today,
    Yesterday,
    Unit(String),
    Channel(Channel),
    Language(String),
    Interpreter(Interpreter),
    ToggleGroup(Group),
    ToggleTopic(&'static str),
    TogglePrinciple(&'static str),
    ToggleHandout,
    Outcome(Outcome),
    Duration(DurationBucket),
    Note(String),
    Save {
        next_citizen: bool,
    },
    CancelEdit,
    /// The app stored (or failed to store) the entry.
    Saved(Result<Entry, String>),
    // The list.
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
        result: Result<(Page, u64), String>,
    },
    Edit(Uuid),
    /// The app loaded an entry to edit.
    Loaded(Option<Entry>),
    Delete(Uuid),
    Undo,
    // Transfer.
    ExportFrom(String),
    ExportTo(String),
    ToggleExportTraining,
    Export,
    ExportProgress {
        done: u64,
        total: u64,
    },
    Exported(SaveOutcome),
    Import,
    Imported(ImportOutcome),
    Backup,
    BackedUp(SaveOutcome),
    Restore,
    Restored(Result<PathBuf, String>),
}

/// How a merge ended, in terms the screen can show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportOutcome {
    Imported { added: u64, already_present: usize },
    NotAnExport(Vec<&'static str>),
    Unreadable { line: u64, message: String },
    InvalidRows(Vec<(u64, Vec<FieldError>)>),
    Database(String),
}

/// What the app should do after a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    None,
    /// Store a new entry; with `next_citizen` also reset the desk's visit.
    Save {
        entry: Entry,
        next_citizen: bool,
    },
    Update(Entry),
    /// Load a page of the list (results come back as `PageLoaded` with this generation).
    LoadPage {
        filter: Filter,
        after: Option<Cursor>,
        generation: u64,
    },
    LoadEntry(Uuid),
    Delete(Uuid),
    Undo(Uuid),
    ToggleTrainingMode,
    Export(ExportRange),
    Import,
    Backup,
    Restore,
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
    pub error: Option<String>,
    /// Results of older requests are dropped: changing a filter supersedes them.
    generation: u64,
    /// The entry deleted last, for undo.
    pub undo: Option<Uuid>,
}

/// Export, merge and backup state.
#[derive(Clone, Debug, Default)]
pub struct TransferState {
    pub from_text: String,
    pub to_text: String,
    pub include_training: bool,
    pub range_invalid: bool,
    pub export_progress: Option<(u64, u64)>,
    pub export_status: Option<SaveOutcome>,
    pub import_status: Option<ImportOutcome>,
    pub backup_status: Option<SaveOutcome>,
    pub restore_status: Option<Result<PathBuf, String>>,
}

#[derive(Clone, Debug)]
pub struct State {
    tab: Tab,
    pub form: Form,
    /// A one-line confirmation after saving.
    saved: Option<Result<Entry, String>>,
    pub list: ListState,
    pub transfer: TransferState,
}

const TABS: [(Tab, ControlId, &str); 3] = [
    (Tab::Entry, ControlId::new("log-tab-entry"), "log-tab-entry"),
    (Tab::List, ControlId::new("log-tab-list"), "log-tab-list"),
    (
        Tab::Transfer,
        ControlId::new("log-tab-transfer"),
        "log-tab-transfer",
    ),
];
const TRAINING: ControlId = ControlId::new("log-training-mode");

impl State {
    /// A fresh screen with the form filled in from `prefill`.
    pub fn new(prefill: &form::Prefill) -> State {
        let year_start = clock::format_day(jiff::civil::date(prefill.today.year(), 1, 1));
        State {
            tab: Tab::Entry,
            form: Form::prefilled(prefill),
            saved: None,
            list: ListState::default(),
            transfer: TransferState {
                from_text: year_start,
                to_text: clock::format_day(prefill.today),
                ..TransferState::default()
            },
        }
    }

    pub fn tab(&self) -> Tab {
        self.tab
    }

    /// Replaces a form the user has not touched with one filled in from the current visit.
    pub fn refresh_from_visit(&mut self, prefilled: Form) {
        if !self.form.dirty && self.form.editing.is_none() {
            self.form = prefilled;
        }
    }

    /// Ctrl+Enter (and Ctrl+Shift+Enter for "next citizen") on the entry form.
    pub fn submit(&mut self, next_citizen: bool, training: bool) -> Action {
        if self.tab != Tab::Entry {
            return Action::None;
        }
        self.update(Message::Save { next_citizen }, training)
    }

    fn load(&mut self) -> Action {
        self.list.generation += 1;
        self.list.count = None;
        Action::LoadPage {
            filter: self.list.filter.clone(),
            after: self.list.current.clone(),
            generation: self.list.generation,
        }
    }

    /// Starts over at the first page with the current filter.
    fn reload(&mut self) -> Action {
        self.list.previous.clear();
        self.list.current = None;
        self.load()
    }

    pub fn update(&mut self, message: Message, training: bool) -> Action {
        if form::update(&mut self.form, &message) {
            self.saved = None;
            return Action::None;
        }
        match message {
            Message::Tab(tab) => {
                self.tab = tab;
                if tab == Tab::List {
                    self.reload()
                } else {
                    Action::None
                }
            }
            Message::ToggleTrainingMode => Action::ToggleTrainingMode,
            Message::Save { next_citizen } => match self.form.to_entry(training) {
                None => Action::None,
                Some(entry) if self.form.editing.is_some() => Action::Update(entry),
                Some(entry) => Action::Save {
                    entry,
                    next_citizen,
                },
            },
            Message::CancelEdit => {
                self.form.editing = None;
                self.form.dirty = false;
                self.tab = Tab::List;
                Action::None
            }
            Message::Saved(result) => {
                let was_editing = self.form.editing.is_some();
                if result.is_ok() {
                    self.form.dirty = false;
                    self.form.editing = None;
                }
                self.saved = Some(result);
                if was_editing {
                    self.tab = Tab::List;
                    return self.load();
                }
                Action::None
            }
            Message::ToggleFilters => {
                self.list.show_filters = !self.list.show_filters;
                Action::None
            }
            Message::FilterFrom(text) => {
                self.list.from_text = text;
                Action::None
            }
            Message::FilterTo(text) => {
                self.list.to_text = text;
                Action::None
            }
            Message::ApplyDates => {
                let parse = |text: &str| {
                    if text.trim().is_empty() {
                        Ok(None)
                    } else {
                        clock::parse_day(text).map(Some).ok_or(())
                    }
                };
                match (parse(&self.list.from_text), parse(&self.list.to_text)) {
                    (Ok(from), Ok(to)) => {
                        self.list.dates_invalid = false;
                        self.list.filter.from = from;
                        self.list.filter.to = to;
                        self.reload()
                    }
                    _ => {
                        self.list.dates_invalid = true;
                        Action::None
                    }
                }
            }
            Message::ClearFilters => {
                self.list.filter = Filter::default();
                self.list.from_text.clear();
                self.list.to_text.clear();
                self.list.dates_invalid = false;
                self.reload()
            }
            Message::FilterChannel(channel) => {
                self.list.filter.channel = channel;
                self.reload()
            }
            Message::FilterLanguage(language) => {
                self.list.filter.language = language;
                self.reload()
            }
            Message::FilterGroup(group) => {
                self.list.filter.group = group;
                self.reload()
            }
            Message::FilterTopic(topic) => {
                self.list.filter.topic = topic.map(str::to_string);
                self.reload()
            }
            Message::FilterTraining(value) => {
                self.list.filter.training = value;
                self.reload()
            }
            Message::Older => match self.list.page.next.clone() {
                Some(next) => {
                    self.list.previous.push(self.list.current.take());
                    self.list.current = Some(next);
                    self.load()
                }
                None => Action::None,
            },
            Message::Newer => match self.list.previous.pop() {
                Some(cursor) => {
                    self.list.current = cursor;
                    self.load()
                }
                None => Action::None,
            },
            Message::PageLoaded { generation, result } => {
                if generation == self.list.generation {
                    match result {
                        Ok((page, count)) => {
                            self.list.page = page;
                            self.list.count = Some(count);
                            self.list.error = None;
                        }
                        Err(reason) => self.list.error = Some(reason),
                    }
                }
                Action::None
            }
            Message::Edit(id) => Action::LoadEntry(id),
            Message::Loaded(entry) => {
                if let Some(entry) = entry {
                    self.form = Form::editing(&entry);
                    self.saved = None;
                    self.tab = Tab::Entry;
                }
                Action::None
            }
            Message::Delete(id) => {
                self.list.undo = Some(id);
                Action::Delete(id)
            }
            Message::Undo => match self.list.undo.take() {
                Some(id) => Action::Undo(id),
                None => Action::None,
            },
            Message::ExportFrom(text) => {
                self.transfer.from_text = text;
                Action::None
            }
            Message::ExportTo(text) => {
                self.transfer.to_text = text;
                Action::None
            }
            Message::ToggleExportTraining => {
                self.transfer.include_training = !self.transfer.include_training;
                Action::None
            }
            Message::Export => {
                let from = clock::parse_day(&self.transfer.from_text);
                let to = clock::parse_day(&self.transfer.to_text);
                match (from, to) {
                    (Some(from), Some(to)) if from <= to => {
                        self.transfer.range_invalid = false;
                        self.transfer.export_status = None;
                        Action::Export(ExportRange {
                            from,
                            to,
                            include_training: self.transfer.include_training,
                        })
                    }
                    _ => {
                        self.transfer.range_invalid = true;
                        Action::None
                    }
                }
            }
            Message::ExportProgress { done, total } => {
                self.transfer.export_progress = Some((done, total));
                Action::None
            }
            Message::Exported(outcome) => {
                self.transfer.export_progress = None;
                if outcome != SaveOutcome::Cancelled {
                    self.transfer.export_status = Some(outcome);
                }
                Action::None
            }
            Message::Import => {
                self.transfer.import_status = None;
                Action::Import
            }
            Message::Imported(outcome) => {
                self.transfer.import_status = Some(outcome);
                Action::None
            }
            Message::Backup => {
                self.transfer.backup_status = None;
                Action::Backup
            }
            Message::BackedUp(outcome) => {
                if outcome != SaveOutcome::Cancelled {
                    self.transfer.backup_status = Some(outcome);
                }
                Action::None
            }
            Message::Restore => {
                self.transfer.restore_status = None;
                Action::Restore
            }
            Message::Restored(result) => {
                self.transfer.restore_status = Some(result);
                Action::None
            }
            // Form messages were handled above.
            _ => Action::None,
        }
    }

    /// Esc: leave editing, or go back to the form.
    pub fn back(&mut self) -> bool {
        if self.form.editing.is_some() {
            self.form.editing = None;
            self.tab = Tab::List;
            return true;
        }
        false
    }

    pub fn view<'a>(
        &'a self,
        ctx: &Context<'a>,
        controls: &mut Controls<Message>,
        width: f32,
        training: bool,
    ) -> Element<'a, Message> {
        let ui = &ctx.ui;
        let mut page = Column::new().spacing(size::GAP * 1.25).width(Fill);
        page = page.push(widget::heading(ui, ctx.tr("log-title"), 1));
        let tabs: Vec<Element<'a, Message>> = TABS
            .iter()
            .map(|(tab, id, label)| {
                let label = ctx.tr(label);
                let chosen = *tab == self.tab;
                let caption = widget::option_caption(ui.staff, label.clone(), chosen);
                widget::compact_option(ui, controls, id, label, caption, chosen, Message::Tab(*tab))
            })
            .collect();
        page = page.push(widget::tab_bar(ui, tabs));
        let mode = if training {
            "log-training-mode-on"
        } else {
            "log-training-mode-off"
        };
        let toggle = widget::checkbox(
            ui,
            controls,
            &TRAINING,
            ctx.tr("log-training-mode"),
            training,
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
        if let Some(not_open) = ctx.store_not_open("log-no-store") {
            return page.push(not_open).into();
        }
        if let Some(saved) = &self.saved {
            page = page.push(match saved {
                Ok(entry) => widget::notice_text(
                    ui,
                    ctx.tr_with(
                        "log-saved",
                        &[("day", crate::i18n::Arg::from(clock::format_day(entry.day)))],
                    ),
                ),
                Err(reason) => widget::error(
                    ui,
                    ctx.tr_with(
                        "log-save-failed",
                        &[("reason", crate::i18n::Arg::from(reason.as_str()))],
                    ),
                )
                .into(),
            });
        }
        page = page.push(match self.tab {
            Tab::Entry => form::view(&self.form, ctx, controls, width, training),
            Tab::List => list::view(&self.list, ctx, controls, width),
            Tab::Transfer => transfer::view(&self.transfer, ctx, controls),
        });
        let _ = Kind::Primary;
        page.into()
    }
}
