//! The glossary: about 40 municipal terms, each with the Danish term and a plain explanation in
//! every language, side by side like the desk; searchable in any language.

use super::{Action, Context, Screen, View};
use crate::content::glossary::{TERMS, name_id, text_id};
use crate::i18n::Locale;
use crate::i18n::msg;
use crate::ui::focus::{ControlId, Controls};
use crate::ui::semantics::Meaning;
use crate::ui::style::containers;
use crate::ui::widget;
use crate::ui::{Lang, direction, fonts, size};
use iced::widget::{Column, column, container};
use iced::{Element, Fill};

#[derive(Clone, Debug)]
pub enum Message {
    Search(String),
}

#[derive(Clone, Debug, Default)]
pub struct State {
    search: String,
}

const SEARCH: ControlId = ControlId::new("glossary-search");

/// From this content width the two languages of a term stand side by side.
const SIDE_BY_SIDE_MIN_WIDTH: f32 = 700.0;

impl State {
    pub fn search(&self) -> &str {
        &self.search
    }
}

impl Screen for State {
    type Message = Message;

    fn update(&mut self, message: Message, _ctx: &Context) -> Action<Message> {
        match message {
            Message::Search(text) => self.search = text,
        }
        Action::None
    }

    fn view<'a>(&'a self, ctx: &Context<'a>) -> View<'a, Message> {
        let controls = &mut Controls::new();
        let width = ctx.width;
        let ui = &ctx.ui;
        let matching: Vec<&str> = TERMS
            .iter()
            .copied()
            .filter(|term| matches(ctx, term, &self.search))
            .collect();
        let mut page = Column::new().spacing(size::GAP).width(Fill);
        page = page.push(widget::heading(ui, ctx.tr(msg!("glossary-title")), 1));
        page = page.push(widget::label(ui, ctx.tr(msg!("glossary-intro"))));
        page = page.push(widget::text_field(
            ui,
            controls,
            &SEARCH,
            ctx.tr(msg!("glossary-search")),
            &self.search,
            Message::Search,
            None,
        ));
        // Spoken as the search narrows, as a results count on a web page is.
        page = page.push(
            widget::muted(
                ui,
                ctx.tr(msg!(
                    "glossary-count",
                    shown = matching.len(),
                    total = TERMS.len()
                )),
            )
            .meaning(Meaning::Live { assertive: false }),
        );
        if ctx.i18n.meta(ctx.citizen.locale).is_unreviewed() {
            page = page.push(crate::screen::unreviewed_notice(ctx, ctx.citizen));
        }
        for term in matching {
            page = page.push(entry(ctx, term, width));
        }
        View::new(page, std::mem::take(controls))
    }
}

/// Does the term's name or explanation contain the search text, in any language?
pub fn matches(ctx: &Context, term: &str, search: &str) -> bool {
    let needle = search.trim().to_lowercase();
    if needle.is_empty() {
        return true;
    }
    Locale::ALL.iter().any(|locale| {
        [name_id(term), text_id(term)]
            .iter()
            .filter_map(|id| ctx.i18n.try_format(*locale, id, &[]))
            .any(|text| text.to_lowercase().contains(&needle))
    })
}

fn entry<'a>(ctx: &Context<'a>, term: &str, width: f32) -> Element<'a, Message> {
    let danish = ctx.lang(Locale::Da);
    let citizen = ctx.citizen;
    let danish_part = term_in(ctx, danish, term);
    let content: Element<'a, Message> = if citizen.locale == Locale::Da {
        danish_part
    } else {
        let citizen_part = term_in(ctx, citizen, term);
        if width >= SIDE_BY_SIDE_MIN_WIDTH {
            direction::row(ctx.ui.direction(), vec![danish_part, citizen_part])
                .spacing(size::GAP * 1.5)
                .into()
        } else {
            column![citizen_part, danish_part]
                .spacing(size::GAP * 0.75)
                .into()
        }
    };
    container(content)
        .padding(size::PADDING * 0.75)
        .width(Fill)
        .style(containers::card(ctx.ui.palette))
        .into()
}

/// A term in one language: its name in bold, its explanation below, in that language's direction.
fn term_in<'a>(ctx: &Context<'a>, lang: Lang, term: &str) -> Element<'a, Message> {
    column![
        widget::text_in(lang, ctx.i18n.text(lang.locale, &name_id(term)), size::H3)
            .font(fonts::bold(fonts::for_locale(lang.locale)))
            .meaning(Meaning::Heading(2)),
        widget::text_in(lang, ctx.i18n.text(lang.locale, &text_id(term)), size::BODY),
    ]
    .spacing(4)
    .width(Fill)
    .into()
}
