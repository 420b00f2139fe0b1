//! "Point to your language": a full-window card with every language large in its own script,
//! for a citizen to point at. Chosen by click or keyboard; Esc closes it.

use super::{Action, Context, Request, Screen, View};
use crate::content::topics::I_SPEAK;
use crate::i18n::Locale;
use crate::i18n::msg;
use crate::settings::Change;
use crate::ui::focus::{self, Control, ControlId, Controls, Role};
use crate::ui::shortcuts::Shortcut;
use crate::ui::style::{buttons, containers};
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, fonts, size};
use iced::widget::{Column, button, column, container, scrollable};
use iced::{Alignment, Element, Fill};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Message {
    Choose(Locale),
    Close,
}

pub const CLOSE: ControlId = ControlId::new("card-close");

pub fn choice_id(locale: Locale) -> ControlId {
    ControlId::dynamic(format!("card-{}", locale.code()))
}

/// Text size of a language's name on the card.
const NAME_SIZE: f32 = 34.0;
const PHRASE_SIZE: f32 = 18.0;

/// The card has no state of its own: it shows the languages and the one chosen. The app
/// shows it over the whole window while it is open (it is not one of the screens of the
/// navigation).
#[derive(Clone, Copy, Debug, Default)]
pub struct Card;

impl Screen for Card {
    type Message = Message;

    fn update(&mut self, message: Message, _ctx: &Context) -> Action<Message> {
        let close = Action::Ask(Request::CloseCard);
        match message {
            Message::Choose(locale) => {
                Action::Ask(Request::Setting(Change::CitizenLanguage(locale))).and(close)
            }
            Message::Close => close,
        }
    }

    /// Esc closes the card.
    fn key(&self, shortcut: Shortcut, _ctx: &Context) -> Option<Message> {
        (shortcut == Shortcut::Back).then_some(Message::Close)
    }

    fn view<'a>(&'a self, ctx: &Context<'a>) -> View<'a, Message> {
        let mut controls = Controls::new();
        let content = view(ctx, &mut controls, ctx.width);
        View::new(content, controls)
    }
}

fn view<'a>(
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    width: f32,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let title = widget::heading(ui, ctx.tr(msg!("card-title")), 1);
    let hint = widget::label(ui, ctx.tr(msg!("card-hint")));
    let close = widget::button(
        ui,
        controls,
        &CLOSE,
        ctx.tr(msg!("card-close")),
        Some(Message::Close),
        Kind::Secondary,
    );
    let header = direction::row(
        ui.direction(),
        vec![column![title, hint].spacing(4).width(Fill).into(), close],
    )
    .spacing(size::GAP)
    .align_y(Alignment::Center);

    let tiles: Vec<Element<'a, Message>> = controls.group(
        focus::Group::new("card-languages", ctx.tr(msg!("card-title"))).focus_only(),
        |controls| {
            Locale::ALL
                .iter()
                .map(|locale| tile(ctx, controls, *locale))
                .collect()
        },
    );
    let per_row = ((width / 300.0).floor() as usize).clamp(1, 5);
    let grid = widget::grid(ui, tiles, per_row);
    let content = Column::new()
        .spacing(size::GAP * 1.5)
        .push(header)
        .push(grid)
        .padding(size::PADDING * 1.5);
    container(
        scrollable(content)
            .id(crate::ui::MAIN_SCROLL)
            .height(Fill)
            .style(crate::ui::style::scrollable(ui.palette)),
    )
    .width(Fill)
    .height(Fill)
    .style(containers::page(ui.palette))
    .into()
}

fn tile<'a>(
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    locale: Locale,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let lang = ctx.lang(locale);
    let meta = ctx.i18n.meta(locale);
    let chosen = locale == ctx.citizen.locale;
    let id = choice_id(locale);
    controls.push(Control::new(
        id.clone(),
        Role::Radio { selected: chosen },
        format!("{} · {}", meta.name, meta.english_name),
        Some(Message::Choose(locale)),
    ));
    let name = widget::inline_in(lang, meta.name.clone(), NAME_SIZE)
        .font(fonts::bold(fonts::for_locale(locale)));
    let phrase = widget::inline_in(lang, ctx.i18n.text(locale, I_SPEAK), PHRASE_SIZE);
    let inner = column![name, phrase]
        .spacing(6)
        .align_x(Alignment::Center)
        .width(Fill);
    let tile = button(container(inner).width(Fill).center_x(Fill))
        .on_press(Message::Choose(locale))
        .padding([18, 12])
        .width(Fill);
    let tile = if chosen {
        tile.style(buttons::option(ui.palette, true))
    } else {
        tile.style(buttons::secondary(ui.palette))
    };
    widget::focus_ring(ui, &id, tile)
}
