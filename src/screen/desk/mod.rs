//! The desk: what staff and interpreters show a citizen across the desk (principles 1c–1f).
//! Plain-language topics in the citizen's language beside Danish, each pane in its own
//! direction; the point-to-your-language card; a printable handout; the sources; the visit's
//! interpreter and "Log this visit".

mod pane;
mod sources;
mod topics;

use super::dialog::{self, SaveRequest};
use super::{Action, Context, Disclosures, Request, SaveOutcome, Screen, View};
use crate::content::topics::{TOPICS, Topic, topic};
use crate::i18n::Locale;
use crate::i18n::msg;
use crate::outreach::codes::Interpreter;
use crate::settings::Change;
use crate::ui::MAIN_SCROLL;
use crate::ui::focus::{self, ControlId, Controls};
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, size};
use iced::widget::operation;
use iced::widget::{Column, column};
use iced::{Alignment, Element, Fill};
use std::path::PathBuf;

/// How the texts are laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panes {
    /// Danish and the citizen's language side by side.
    SideBySide,
    /// The citizen's language alone.
    CitizenOnly,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Topics,
    Topic(&'static Topic),
    Sources,
}

#[derive(Clone, Debug)]
pub enum Message {
    ChooseLanguage(Locale),
    OpenCard,
    OpenTopic(&'static str),
    Back,
    ShowSources,
    Panes(Panes),
    ToggleLargeText,
    ToggleHandout(&'static str),
    SaveHandout,
    HandoutSaved(SaveOutcome),
    /// Open the handout for printing in the system's browser.
    PrintHandout,
    HandoutPrinted(Printed),
    /// Open the saved handout in the system's default program.
    OpenHandout(PathBuf),
    HandoutOpened(Result<PathBuf, String>),
    /// Show or hide the details of a failed save.
    Details(ControlId),
    /// Which interpreter takes part in this visit (for the log).
    Interpreter(Interpreter),
    /// Log this visit: the log form, filled in from the visit.
    LogVisit,
}

/// How "Print" went: the print copy is written to a temporary folder, then opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Printed {
    /// Open in the browser, ready to print.
    Opened(PathBuf),
    /// Written, but no program opened it (the system's words).
    NotOpened(PathBuf, String),
    /// Could not be written.
    NotWritten(crate::export::SaveError),
}

#[derive(Clone, Debug)]
pub struct State {
    mode: Mode,
    panes: Panes,
    large_text: bool,
    /// Topics chosen for the handout, in the desk's order.
    handout: Vec<&'static str>,
    handout_status: Option<SaveOutcome>,
    print_status: Option<Printed>,
    /// Opening the saved handout failed (the system's words).
    open_failed: Option<String>,
    /// Save or Print was asked for with no topic chosen: the card says why nothing happened.
    no_topic: bool,
    details: Disclosures,
}

impl Default for State {
    fn default() -> Self {
        State {
            mode: Mode::Topics,
            panes: Panes::SideBySide,
            large_text: false,
            handout: Vec::new(),
            handout_status: None,
            print_status: None,
            open_failed: None,
            no_topic: false,
            details: Disclosures::default(),
        }
    }
}

pub const CARD: ControlId = ControlId::new("desk-card");
pub const LOG_VISIT: ControlId = ControlId::new("desk-log-visit");
const SIDE_BY_SIDE: ControlId = ControlId::new("desk-side-by-side");
const CITIZEN_ONLY: ControlId = ControlId::new("desk-citizen-only");
const LARGE_TEXT: ControlId = ControlId::new("desk-large-text");

pub fn language_id(locale: Locale) -> ControlId {
    ControlId::dynamic(format!("desk-language-{}", locale.code()))
}

impl State {
    /// The topic open on the desk, if any.
    pub fn open_topic(&self) -> Option<&'static Topic> {
        match self.mode {
            Mode::Topic(topic) => Some(topic),
            _ => None,
        }
    }

    pub fn handout(&self) -> &[&'static str] {
        &self.handout
    }

    /// How the last save of the handout went.
    pub fn handout_status(&self) -> Option<&SaveOutcome> {
        self.handout_status.as_ref()
    }

    /// How the last "Print" went.
    pub fn print_status(&self) -> Option<&Printed> {
        self.print_status.as_ref()
    }

    /// Forgets what the handout card said about an earlier save or print.
    fn clear_statuses(&mut self) {
        self.handout_status = None;
        self.print_status = None;
        self.open_failed = None;
        self.no_topic = false;
    }

    fn display_options<'a>(
        &'a self,
        ctx: &Context<'a>,
        controls: &mut Controls<Message>,
    ) -> Element<'a, Message> {
        let ui = &ctx.ui;
        let card = widget::button(
            ui,
            controls,
            &CARD,
            ctx.tr(msg!("desk-open-card")),
            Some(Message::OpenCard),
            Kind::Primary,
        );
        let mut choices = Vec::new();
        controls.begin_group(focus::Group::new("desk-panes", ctx.tr(msg!("desk-panes"))));
        for (id, panes, label) in [
            (&SIDE_BY_SIDE, Panes::SideBySide, msg!("desk-side-by-side")),
            (&CITIZEN_ONLY, Panes::CitizenOnly, msg!("desk-citizen-only")),
        ] {
            let label = ctx.tr(label);
            let chosen = self.panes == panes;
            let caption = widget::option_caption(ui.staff, label.clone(), chosen);
            choices.push(widget::compact_option(
                ui,
                controls,
                id,
                label,
                caption,
                chosen,
                Message::Panes(panes),
            ));
        }
        controls.end_group();
        let large = widget::compact_checkbox(
            ui,
            controls,
            &LARGE_TEXT,
            ctx.tr(msg!("desk-large-text")),
            self.large_text,
            Message::ToggleLargeText,
        );
        let mut row = vec![card];
        row.extend(choices);
        row.push(large);
        direction::wrapping_row(ui.direction(), row, size::GAP)
    }
}

impl Screen for State {
    type Message = Message;

    fn update(&mut self, message: Message, ctx: &Context) -> Action<Message> {
        match message {
            Message::ChooseLanguage(locale) => {
                Action::Ask(Request::Setting(Change::CitizenLanguage(locale)))
            }
            Message::OpenCard => Action::Ask(Request::OpenCard),
            Message::OpenTopic(code) => match topic(code) {
                Some(topic) => {
                    let focus = pane::focus_on_opening(self.mode, topic);
                    self.mode = Mode::Topic(topic);
                    // Remembered for the outreach log: this topic was shown during the visit.
                    Action::Ask(Request::Visit(crate::visit::Change::TopicShown(topic.code)))
                        .and(Action::Run(operation::snap_to(
                            MAIN_SCROLL,
                            operation::RelativeOffset::START,
                        )))
                        .and(Action::Ask(Request::Focus(focus)))
                }
                None => Action::None,
            },
            Message::Back => {
                // Back in the list, on the entry just left.
                let focus = match self.mode {
                    Mode::Topic(topic) => topics::topic_id(topic.code),
                    Mode::Sources => topics::SOURCES,
                    Mode::Topics => return Action::None,
                };
                self.mode = Mode::Topics;
                Action::Ask(Request::Focus(focus))
            }
            Message::ShowSources => {
                self.mode = Mode::Sources;
                Action::Ask(Request::Focus(sources::BACK))
            }
            Message::Panes(panes) => {
                self.panes = panes;
                Action::None
            }
            Message::ToggleLargeText => {
                self.large_text = !self.large_text;
                Action::None
            }
            Message::ToggleHandout(code) => {
                if self.handout.contains(&code) {
                    self.handout.retain(|c| *c != code);
                } else {
                    self.handout.push(code);
                    let order = |c: &&str| TOPICS.iter().position(|t| t.code == *c);
                    self.handout.sort_by_key(order);
                }
                self.clear_statuses();
                Action::None
            }
            Message::SaveHandout | Message::PrintHandout if self.handout.is_empty() => {
                // Never silent: the card says why nothing was saved, next to the buttons.
                self.clear_statuses();
                self.no_topic = true;
                Action::None
            }
            Message::SaveHandout => {
                self.clear_statuses();
                let request = handout(ctx, &self.handout, false);
                Action::Run(dialog::save_as_or_fallback(
                    request,
                    dialog::fallback_folder(),
                    Message::HandoutSaved,
                ))
            }
            Message::HandoutSaved(outcome) => {
                let given = matches!(
                    outcome,
                    SaveOutcome::Saved(_) | SaveOutcome::SavedInstead(_)
                );
                if outcome != SaveOutcome::Cancelled {
                    self.handout_status = Some(outcome);
                }
                if given {
                    Action::Ask(Request::Visit(crate::visit::Change::HandoutGiven))
                } else {
                    Action::None
                }
            }
            Message::PrintHandout => {
                self.clear_statuses();
                let request = handout(ctx, &self.handout, true);
                Action::Run(print(request, Message::HandoutPrinted))
            }
            Message::HandoutPrinted(printed) => {
                let given = matches!(printed, Printed::Opened(_));
                self.print_status = Some(printed);
                if given {
                    Action::Ask(Request::Visit(crate::visit::Change::HandoutGiven))
                } else {
                    Action::None
                }
            }
            Message::OpenHandout(path) => {
                self.open_failed = None;
                Action::Run(dialog::open(path, Message::HandoutOpened))
            }
            Message::HandoutOpened(result) => {
                self.open_failed = result.err();
                Action::None
            }
            Message::Details(id) => {
                self.details.toggle(id);
                Action::None
            }
            Message::Interpreter(interpreter) => Action::Ask(Request::Visit(
                crate::visit::Change::Interpreter(interpreter),
            )),
            Message::LogVisit => Action::Ask(Request::LogVisit),
        }
    }

    /// Esc: from a topic or the sources back to the topic list.
    fn back(&self) -> Option<Message> {
        (self.mode != Mode::Topics).then_some(Message::Back)
    }

    fn view<'a>(&'a self, ctx: &Context<'a>) -> View<'a, Message> {
        let controls = &mut Controls::new();
        let width = ctx.width;
        let mut page = Column::new().spacing(size::GAP * 1.25).width(Fill);
        page = page.push(title_row(ctx, controls));
        page = page.push(language_picker(ctx, controls, width));
        page = page.push(self.display_options(ctx, controls));
        page = page.push(interpreter_choice(ctx, controls));
        page = page.push(match self.mode {
            Mode::Topics => topics::view(self, ctx, controls),
            Mode::Topic(topic) => pane::topic_view(self, ctx, controls, topic, width),
            Mode::Sources => sources::view(ctx, controls),
        });
        View::new(page, std::mem::take(controls))
    }
}

/// The handout of these topics, in the citizen's language and Danish, as a file to save;
/// `for_print`: the copy that asks the browser to print it when it opens.
pub fn handout(ctx: &Context, codes: &[&'static str], for_print: bool) -> SaveRequest {
    use crate::export::{Format, handout};
    let topics: Vec<&'static Topic> = codes.iter().filter_map(|code| topic(code)).collect();
    let date = crate::clock::today().to_string();
    let citizen = ctx.citizen.locale;
    let input = handout::Input {
        catalogue: ctx.i18n,
        citizen,
        topics: &topics,
        date: &date,
    };
    let html = if for_print {
        handout::html_for_print(&input)
    } else {
        handout::html(&input)
    };
    SaveRequest {
        suggested_name: handout::file_name(citizen, &date),
        format: Format::Html,
        bytes: html.into_bytes(),
    }
}

/// Where the print copies go: a `skranke-print` folder in the system's temporary folder (a
/// copy for the printer is not a file the user keeps).
pub fn print_folder() -> PathBuf {
    std::env::temp_dir().join("skranke-print")
}

/// Writes the print copy and opens it in the system's browser, off the UI thread.
fn print(request: SaveRequest, done: fn(Printed) -> Message) -> iced::Task<Message> {
    let folder = print_folder();
    iced::Task::perform(
        async move { dialog::write_into(&folder, &request.suggested_name, &request.bytes) },
        std::convert::identity,
    )
    .then(move |written| match written {
        SaveOutcome::Saved(path) => dialog::open(path.clone(), move |result| {
            done(match result {
                Ok(opened) => Printed::Opened(opened),
                Err(detail) => Printed::NotOpened(path.clone(), detail),
            })
        }),
        SaveOutcome::Failed(error) => iced::Task::done(done(Printed::NotWritten(error))),
        SaveOutcome::Cancelled | SaveOutcome::SavedInstead(_) => iced::Task::none(),
    })
}

/// The page's title, with "Log this visit" at its end: the desk's everyday last step stays in
/// view at the top of the page, at any text size.
fn title_row<'a>(ctx: &Context<'a>, controls: &mut Controls<Message>) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let log = widget::button(
        ui,
        controls,
        &LOG_VISIT,
        ctx.tr(msg!("desk-log-visit")),
        Some(Message::LogVisit),
        Kind::Primary,
    );
    direction::row(
        ui.direction(),
        vec![
            widget::heading(ui, ctx.tr(msg!("desk-title")), 1)
                .width(Fill)
                .into(),
            log,
        ],
    )
    .spacing(size::GAP)
    .align_y(Alignment::Center)
    .into()
}

/// The interpreter in this visit, for the log: one group of options (arrows move, Space or
/// Enter chooses), remembered in the visit until the next citizen.
fn interpreter_choice<'a>(
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let current = ctx.visit.interpreter().unwrap_or(Interpreter::None);
    let title = ctx.tr(msg!("desk-interpreter"));
    let options: Vec<Element<'a, Message>> = controls.group(
        focus::Group::new("desk-interpreter", title.clone()).focus_only(),
        |controls| {
            Interpreter::ALL
                .iter()
                .map(|value| {
                    let label = ctx.tr(value.label());
                    let chosen = *value == current;
                    let caption = widget::option_caption(ui.staff, label.clone(), chosen);
                    let id = ControlId::dynamic(format!("desk-interpreter-{}", value.code()));
                    widget::compact_option(
                        ui,
                        controls,
                        &id,
                        label,
                        caption,
                        chosen,
                        Message::Interpreter(*value),
                    )
                })
                .collect()
        },
    );
    column![
        widget::label(ui, title).font(crate::ui::fonts::bold(crate::ui::fonts::for_locale(
            ui.staff.locale
        ))),
        direction::wrapping_row(ui.direction(), options, size::GAP),
    ]
    .spacing(6)
    .into()
}

/// The citizen language: every language as a button in its own script.
fn language_picker<'a>(
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    width: f32,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let buttons: Vec<Element<'a, Message>> = controls.group(
        // Choosing makes a language the most recent one (Ctrl+L walks them): arrows only move.
        focus::Group::new("desk-language", ctx.tr(msg!("desk-citizen-language"))).focus_only(),
        |controls| {
            Locale::ALL
                .iter()
                .map(|locale| {
                    let meta = ctx.i18n.meta(*locale);
                    let chosen = *locale == ctx.citizen.locale;
                    let caption =
                        widget::option_caption(ctx.lang(*locale), meta.name.clone(), chosen);
                    let label = format!("{} · {}", meta.name, meta.english_name);
                    widget::compact_option(
                        ui,
                        controls,
                        &language_id(*locale),
                        label,
                        caption,
                        chosen,
                        Message::ChooseLanguage(*locale),
                    )
                })
                .collect()
        },
    );
    // A cell must hold the longest name ("Українська", chosen and bold) beside its marker.
    let per_row = ((width / 180.0).floor() as usize).clamp(2, 5);
    let grid = widget::grid(ui, buttons, per_row);
    column![
        widget::label(ui, ctx.tr(msg!("desk-citizen-language"))).font(crate::ui::fonts::bold(
            crate::ui::fonts::for_locale(ui.staff.locale)
        )),
        grid
    ]
    .spacing(6)
    .align_x(Alignment::Start)
    .into()
}
