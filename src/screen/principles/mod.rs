//! The principles screen: all 20 principles, the per-visit checklist (1a–1f) and the unit's
//! self-assessment, with exports.

mod assessment;
mod detail;
mod list;
mod visit;

use super::dialog::{self, SaveRequest};
use super::{Action, Context, Disclosures, Request, SaveOutcome, Screen, View};
use crate::content::principles::{self, ItemId, Principle};
use crate::export::Format;
use crate::guard::{self, Refusal};
use crate::i18n::msg;
use crate::store::StoreError;
use crate::store::assessment::Assessment;
use crate::store::assessment::AssessmentState;
use crate::ui::focus::{self, ControlId, Controls};
use crate::ui::size;
use crate::ui::widget;
use iced::widget::Column;
use iced::{Element, Fill};
use std::collections::{HashMap, HashSet};

/// The three views of the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Principles,
    Visit,
    Assessment,
}

#[derive(Clone, Debug)]
pub enum Message {
    Tab(Tab),
    /// Open a principle by code.
    Open(&'static str),
    Back,
    Filter(String),
    ToggleOriginal,
    ToggleVisitItem(ItemId),
    ResetVisit,
    SetState(ItemId, AssessmentState),
    CommentEdited(ItemId, String),
    SaveComment(ItemId),
    /// The log's thread stored an assessment of an item, or says why not. `comment` when it
    /// was the comment's own save button.
    Recorded {
        item: ItemId,
        comment: bool,
        result: Result<Assessment, StoreError>,
    },
    Export(Format),
    Saved(SaveOutcome),
    /// Show or hide a failure's details.
    Details(ControlId),
}

#[derive(Clone, Debug)]
pub struct State {
    tab: Tab,
    /// The principle open in the principles tab, if any.
    open: Option<&'static Principle>,
    filter: String,
    show_original: bool,
    comment_drafts: HashMap<ItemId, String>,
    comment_refusals: HashMap<ItemId, Refusal>,
    comments_saved: HashSet<ItemId>,
    export_status: Option<SaveOutcome>,
    /// The item whose assessment was last not stored, and why.
    record_error: Option<(ItemId, StoreError)>,
    details: Disclosures,
}

impl Default for State {
    fn default() -> Self {
        State {
            tab: Tab::Principles,
            open: None,
            filter: String::new(),
            show_original: false,
            comment_drafts: HashMap::new(),
            comment_refusals: HashMap::new(),
            comments_saved: HashSet::new(),
            export_status: None,
            record_error: None,
            details: Disclosures::default(),
        }
    }
}

const TAB_IDS: [(Tab, ControlId); 3] = [
    (Tab::Principles, ControlId::new("principles-tab-list")),
    (Tab::Visit, ControlId::new("principles-tab-visit")),
    (Tab::Assessment, ControlId::new("principles-tab-assessment")),
];

impl State {
    pub fn tab(&self) -> Tab {
        self.tab
    }

    pub fn open_principle(&self) -> Option<&'static Principle> {
        self.open
    }

    fn comment_value<'a>(&'a self, ctx: &Context<'a>, item: ItemId) -> &'a str {
        match self.comment_drafts.get(&item) {
            Some(draft) => draft,
            None => ctx
                .assessments
                .get(&item.to_string())
                .map(|a| a.comment.as_str())
                .unwrap_or(""),
        }
    }

    fn tabs<'a>(
        &'a self,
        ctx: &Context<'a>,
        controls: &mut Controls<Message>,
    ) -> Element<'a, Message> {
        let ticked = ctx.visit.ticked_items().count();
        let label = |tab: &Tab| match tab {
            Tab::Principles => ctx.tr(msg!("principles-tab-list")),
            Tab::Visit => ctx.tr(msg!("principles-tab-visit", count = ticked)),
            Tab::Assessment => ctx.tr(msg!("principles-tab-assessment")),
        };
        widget::tabs(
            &ctx.ui,
            controls,
            focus::Group::new("principles-tabs", ctx.tr(msg!("principles-title"))),
            TAB_IDS
                .iter()
                .map(|(tab, id)| (id, label(tab), *tab == self.tab, Message::Tab(*tab)))
                .collect(),
        )
    }
}

impl Screen for State {
    type Message = Message;

    fn update(&mut self, message: Message, ctx: &Context) -> Action<Message> {
        match message {
            Message::Tab(tab) => {
                self.tab = tab;
                self.open = None;
                Action::None
            }
            Message::Open(code) => {
                self.tab = Tab::Principles;
                self.open = principles::principle(code);
                self.show_original = false;
                Action::None
            }
            Message::Back => {
                self.show_original = false;
                // Back in the list, on the principle just left.
                match self.open.take() {
                    Some(principle) => Action::Ask(Request::Focus(list::entry_id(principle))),
                    None => Action::None,
                }
            }
            Message::Filter(text) => {
                self.filter = text;
                Action::None
            }
            Message::ToggleOriginal => {
                self.show_original = !self.show_original;
                Action::None
            }
            Message::ToggleVisitItem(item) => {
                Action::Ask(Request::Visit(crate::visit::Change::Toggle(item)))
            }
            Message::ResetVisit => Action::Ask(Request::Visit(crate::visit::Change::Reset)),
            Message::SetState(item, state) => {
                let comment = self.comment_value(ctx, item).trim().to_string();
                match guard::check_note(&comment) {
                    // A refused draft stays unsaved; the state is kept with the saved comment.
                    Err(_) => record(ctx, item, state, saved_comment(ctx, item), false),
                    Ok(()) => record(ctx, item, state, comment, false),
                }
            }
            Message::CommentEdited(item, text) => {
                self.comments_saved.remove(&item);
                self.comment_refusals.remove(&item);
                self.comment_drafts.insert(item, text);
                Action::None
            }
            Message::SaveComment(item) => {
                let comment = self.comment_value(ctx, item).trim().to_string();
                if let Err(refusal) = guard::check_note(&comment) {
                    self.comment_refusals.insert(item, refusal);
                    return Action::None;
                }
                let state = ctx
                    .assessments
                    .get(&item.to_string())
                    .map(|a| a.state)
                    .unwrap_or_default();
                record(ctx, item, state, comment, true)
            }
            Message::Recorded {
                item,
                comment,
                result,
            } => match result {
                Ok(assessment) => {
                    self.record_error = None;
                    if comment {
                        // Saved: the field shows the stored comment and says so.
                        self.comment_drafts.remove(&item);
                        self.comments_saved.insert(item);
                    }
                    Action::Ask(Request::Assessed(item.to_string(), assessment))
                }
                Err(error) => {
                    self.record_error = Some((item, error));
                    Action::None
                }
            },
            Message::Export(format) => {
                self.export_status = None;
                Action::Run(dialog::save_as(
                    assessment_file(ctx, format),
                    Message::Saved,
                ))
            }
            Message::Saved(outcome) => {
                if outcome != SaveOutcome::Cancelled {
                    self.export_status = Some(outcome);
                }
                Action::None
            }
            Message::Details(id) => {
                self.details.toggle(id);
                Action::None
            }
        }
    }

    /// Esc: close the open principle. Returns whether there was anything to close.
    fn back(&self) -> Option<Message> {
        self.open.is_some().then_some(Message::Back)
    }

    fn view<'a>(&'a self, ctx: &Context<'a>) -> View<'a, Message> {
        let controls = &mut Controls::new();
        let width = ctx.width;
        let mut page = Column::new().spacing(size::GAP * 1.25).width(Fill);
        page = page.push(self.tabs(ctx, controls));
        let body = match (self.tab, self.open) {
            (Tab::Principles, Some(principle)) => {
                detail::view(self, ctx, controls, principle, width)
            }
            (Tab::Principles, None) => list::view(self, ctx, controls),
            (Tab::Visit, _) => visit::view(ctx, controls),
            (Tab::Assessment, _) => assessment::view(self, ctx, controls, width),
        };
        page = page.push(body);
        View::new(page, std::mem::take(controls))
    }
}

/// Stores a new state and comment for an item on the log's thread (the comment has passed the
/// guard).
fn record(
    ctx: &Context,
    item: ItemId,
    state: AssessmentState,
    comment: String,
    from_comment: bool,
) -> Action<Message> {
    match ctx.database() {
        Some(database) => {
            let code = item.to_string();
            let stored =
                database.write(move |store| store.record_assessment(&code, state, &comment));
            Action::Run(iced::Task::perform(stored, move |result| {
                Message::Recorded {
                    item,
                    comment: from_comment,
                    result,
                }
            }))
        }
        None => Action::None,
    }
}

/// The self-assessment as a file to save.
pub fn assessment_file(ctx: &Context, format: Format) -> SaveRequest {
    use crate::export::assessment;
    // The self-assessment is a report or CSV; it has no workbook of its own.
    let format = if format == Format::Xlsx {
        Format::Csv
    } else {
        format
    };
    let date = crate::clock::today().to_string();
    let locale = assessment::report_locale(ctx.ui.staff.locale);
    let input = assessment::Input {
        catalogue: ctx.i18n,
        locale,
        unit: &ctx.settings.unit,
        date: &date,
        current: ctx.assessments,
    };
    let bytes = match format {
        Format::Html => assessment::html(&input).into_bytes(),
        // Writing CSV into memory cannot fail.
        Format::Csv | Format::Xlsx => {
            assessment::csv(&input, crate::export::sheet::Dialect::for_locale(locale))
                .unwrap_or_default()
        }
    };
    let name = ctx.i18n.render(locale, msg!("assessment-file-name"));
    SaveRequest {
        suggested_name: format!("{name}-{date}.{}", format.extension()),
        format,
        bytes,
    }
}

/// The saved comment of an item (empty if none).
fn saved_comment(ctx: &Context, item: ItemId) -> String {
    ctx.assessments
        .get(&item.to_string())
        .map(|a| a.comment.clone())
        .unwrap_or_default()
}
