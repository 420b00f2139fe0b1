//! The presentation: full-window slides in large text for a projector, built from the same texts
//! as the principles screen. Arrow keys, Page Up / Page Down and Space move; F11 or a button
//! puts it in full screen; Esc leaves full screen, then the presentation.

use super::Message;
use crate::content::training::{Slide, slides};
use crate::i18n::msg;
use crate::screen::Context;
use crate::ui::focus::{ControlId, Controls};
use crate::ui::semantics::Meaning;
use crate::ui::style::containers;
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, fonts};
use iced::widget::{Column, column, container, scrollable};
use iced::{Alignment, Element, Fill};

pub const PRESENT: ControlId = ControlId::new("presentation-start");
const PREVIOUS: ControlId = ControlId::new("presentation-previous");
pub const NEXT: ControlId = ControlId::new("presentation-next");
const CLOSE: ControlId = ControlId::new("presentation-close");
pub const FULL_SCREEN: ControlId = ControlId::new("presentation-full-screen");

/// Is this one of the slide's own buttons (Space presses it instead of moving on)?
pub fn is_slide_control(id: &ControlId) -> bool {
    [PREVIOUS, NEXT, CLOSE, FULL_SCREEN].contains(id)
}

/// Slide text sizes, legible from the back of a room (before the UI scale).
const TITLE: f32 = 44.0;
const BODY: f32 = 28.0;
const SMALL: f32 = 20.0;

/// The tab: what the presentation holds, and the button that starts it.
pub fn intro<'a>(
    slide: usize,
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let total = slides().len();
    let start_label = if slide == 0 {
        ctx.tr(msg!("presentation-start"))
    } else {
        ctx.tr(msg!("presentation-continue", slide = slide + 1))
    };
    widget::card(
        ui,
        column![
            widget::heading(ui, ctx.tr(msg!("presentation-heading")), 2),
            widget::label(ui, ctx.tr(msg!("presentation-intro", count = total))),
            widget::muted(ui, ctx.tr(msg!("presentation-keys"))),
            widget::button(
                ui,
                controls,
                &PRESENT,
                start_label,
                Some(Message::Present),
                Kind::Primary
            ),
        ]
        .spacing(12),
    )
}

/// Below this window width (logical pixels, after scaling) the slide text shrinks to fit, so a
/// long Danish word in a title is not broken on a small projector at 200 %.
const FULL_SIZE_MIN_WIDTH: f32 = 900.0;

/// How much of the full text size fits in a window `width` wide.
fn fit(width: f32) -> f32 {
    (width / FULL_SIZE_MIN_WIDTH).clamp(0.6, 1.0)
}

/// The slide `index`, filling a window `width` wide (the screen, when `full_screen`).
pub fn view<'a>(
    index: usize,
    full_screen: bool,
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    width: f32,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let fit = fit(width);
    let (title, text, small) = (TITLE * fit, BODY * fit, SMALL * fit);
    let all = slides();
    let slide = all[index.min(all.len() - 1)];
    let bold = fonts::bold(fonts::for_locale(ui.staff.locale));
    let big = |content: String, size: f32| widget::text_in(ui.staff, content, size);
    // Slide content exists in Danish and English; in another staff language it falls back, and
    // is laid out in the direction and font of the language it is shown in.
    let content_bold = |id: &str| fonts::bold(fonts::for_locale(ctx.text_lang(id).locale));
    let paragraphs =
        |id: &str, size: f32| widget::paragraphs(ctx.text_lang(id), &ctx.text_of(id), size);
    let mut body = Column::new().spacing(text * 0.8).width(Fill);
    match slide {
        Slide::Title => {
            body = body.push(
                big(ctx.tr(msg!("presentation-title")), title * 1.2)
                    .font(bold)
                    .meaning(Meaning::Heading(2)),
            );
            body = body.push(big(ctx.tr(msg!("presentation-subtitle")), text));
        }
        Slide::Idea(idea) => {
            let title_id = idea.title_id();
            body = body.push(
                ctx.text_block(&title_id, title)
                    .font(content_bold(&title_id))
                    .meaning(Meaning::Heading(2)),
            );
            body = body.push(paragraphs(&idea.body_id(), text));
            if let Some(example) = idea.example_id() {
                let example = column![
                    big(ctx.tr(msg!("presentation-example")), small).font(bold),
                    paragraphs(&example, text * 0.9),
                ]
                .spacing(8);
                body = body.push(
                    container(example)
                        .padding(16)
                        .width(Fill)
                        .style(containers::card(ui.palette)),
                );
            }
        }
        Slide::Section(section) => {
            body = body.push(big(
                ctx.tr(msg!("presentation-section", number = section.number())),
                text,
            ));
            let title_id = section.title_id();
            body = body.push(
                ctx.text_block(&title_id, title)
                    .font(content_bold(&title_id))
                    .meaning(Meaning::Heading(2)),
            );
            body = body.push(ctx.text_block(&section.intro_id(), text));
        }
        Slide::Principle(principle) => {
            let title_id = principle.title_id();
            let lang = ctx.text_lang(&title_id);
            body = body.push(
                widget::text_in(
                    lang,
                    format!("{} {}", principle.code, ctx.text_of(&title_id)),
                    title,
                )
                .font(content_bold(&title_id))
                .meaning(Meaning::Heading(2)),
            );
            body = body.push(paragraphs(&principle.summary_id(), text));
        }
    }
    let counter = widget::inline(
        ui,
        ctx.tr(msg!(
            "presentation-counter",
            slide = index + 1,
            total = all.len()
        )),
    )
    .size(small)
    .font(bold);
    let screen = widget::button(
        ui,
        controls,
        &FULL_SCREEN,
        ctx.tr(if full_screen {
            msg!("presentation-leave-full-screen")
        } else {
            msg!("presentation-full-screen")
        }),
        Some(Message::ToggleFullScreen),
        Kind::Secondary,
    );
    let close = widget::button(
        ui,
        controls,
        &CLOSE,
        // In full screen Esc leaves full screen first, so the key is named on that button.
        ctx.tr(if full_screen {
            msg!("presentation-end")
        } else {
            msg!("presentation-close")
        }),
        Some(Message::StopPresenting),
        Kind::Secondary,
    );
    let header = direction::row(
        ui.direction(),
        vec![
            counter.into(),
            iced::widget::space().width(Fill).into(),
            screen,
            close,
        ],
    )
    .spacing(12)
    .align_y(Alignment::Center);
    let previous = widget::button(
        ui,
        controls,
        &PREVIOUS,
        ctx.tr(msg!("presentation-previous")),
        (index > 0).then_some(Message::PreviousSlide),
        Kind::Secondary,
    );
    let next = widget::button(
        ui,
        controls,
        &NEXT,
        ctx.tr(msg!("presentation-next")),
        (index + 1 < all.len()).then_some(Message::NextSlide),
        Kind::Primary,
    );
    // The key hint has a line of its own: squeezed between the buttons, cosmic-text wraps a
    // text that mixes scripts (Arabic with "Page Up") wider than its room.
    let buttons = direction::row(
        ui.direction(),
        vec![previous, iced::widget::space().width(Fill).into(), next],
    )
    .align_y(Alignment::Center);
    let footer = column![
        buttons,
        widget::muted(ui, ctx.tr(msg!("presentation-keys")))
    ]
    .spacing(8);
    let slide = scrollable(container(body).padding([24, 48]).width(Fill))
        .id(crate::ui::MAIN_SCROLL)
        .height(Fill)
        .style(crate::ui::style::scrollable(ui.palette));
    container(column![header, slide, footer].spacing(16).padding(24))
        .width(Fill)
        .height(Fill)
        .style(containers::page(ui.palette))
        .into()
}
