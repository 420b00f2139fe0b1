//! The desk: what staff and interpreters show a citizen across the desk (principles 1c–1f).
//! Plain-language topics in the citizen's language beside Danish, each pane in its own
//! direction; the point-to-your-language card; a printable handout; the sources.

mod pane;
mod sources;
mod topics;

use super::dialog::{self, SaveRequest};
use super::{Action, Context, Disclosures, Request, SaveOutcome, Screen, View};
use crate::content::topics::{TOPICS, Topic, topic};
use crate::i18n::Locale;
use crate::i18n::msg;
use crate::settings::Change;
use crate::ui::MAIN_SCROLL;
use crate::ui::focus::{self, ControlId, Controls};
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, size};
use iced::widget::operation;
use iced::widget::{Column, column};
use iced::{Alignment, Element, Fill};

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
    /// Show or hide the details of a failed save.
    Details(ControlId),
}

#[derive(Clone, Debug)]
pub struct State {
    mode: Mode,
    panes: Panes,
    large_text: bool,
    /// Topics chosen for the handout, in the desk's order.
    handout: Vec<&'static str>,
    handout_status: Option<SaveOutcome>,
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
            details: Disclosures::default(),
        }
    }
}

pub const CARD: ControlId = ControlId::new("desk-card");
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
                self.handout_status = None;
                Action::None
            }
            Message::SaveHandout => {
                self.handout_status = None;
                let request = handout(ctx, &self.handout);
                Action::Run(dialog::save_as(request, Message::HandoutSaved))
            }
            Message::HandoutSaved(outcome) => {
                let given = matches!(outcome, SaveOutcome::Saved(_));
                if outcome != SaveOutcome::Cancelled {
                    self.handout_status = Some(outcome);
                }
                if given {
                    Action::Ask(Request::Visit(crate::visit::Change::HandoutGiven))
                } else {
                    Action::None
                }
            }
            Message::Details(id) => {
                self.details.toggle(id);
                Action::None
            }
        }
    }

    /// Esc: from a topic or the sources back to the topic list.
    fn back(&self) -> Option<Message> {
        (self.mode != Mode::Topics).then_some(Message::Back)
    }

    fn view<'a>(&'a self, ctx: &Context<'a>) -> View<'a, Message> {
        let ui = &ctx.ui;
        let controls = &mut Controls::new();
        let width = ctx.width;
        let mut page = Column::new().spacing(size::GAP * 1.25).width(Fill);
        page = page.push(widget::heading(ui, ctx.tr(msg!("desk-title")), 1));
        page = page.push(language_picker(ctx, controls, width));
        page = page.push(self.display_options(ctx, controls));
        page = page.push(match self.mode {
            Mode::Topics => topics::view(self, ctx, controls),
            Mode::Topic(topic) => pane::topic_view(self, ctx, controls, topic, width),
            Mode::Sources => sources::view(ctx, controls),
        });
        View::new(page, std::mem::take(controls))
    }
}

/// The handout of these topics, in the citizen's language and Danish, as a file to save.
pub fn handout(ctx: &Context, codes: &[&'static str]) -> SaveRequest {
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
    SaveRequest {
        suggested_name: handout::file_name(citizen, &date),
        format: Format::Html,
        bytes: handout::html(&input).into_bytes(),
    }
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
