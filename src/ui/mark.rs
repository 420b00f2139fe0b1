//! The check box and radio markers, so they can sit on either side of a label (mirrored rows in
//! right-to-left languages).
//!
//! They are built from rounded boxes, and the tick is the check mark of iced's own icon font,
//! which iced always loads: no canvas. The CPU renderer draws every canvas in a clip group of
//! its own and redraws a window-sized clip mask before and after each one, which made the
//! seventeen markers of the desk cost more than all of its text (docs/benchmarks.md).

use iced::advanced::text::Renderer as _;
use iced::widget::{Space, container, text};
use iced::{Border, Color, Element, Length, Renderer, Theme};

/// Side of a marker, in logical pixels; scales with the UI.
pub const SIDE: f32 = 20.0;
/// Room between the marker's box and its outline.
const INSET: f32 = 1.0;
/// Width of the outline of an unchecked box and of a radio's ring.
const OUTLINE: f32 = 2.0;

/// A radio marker: a ring, with a dot in it when `selected`, both in `ink`.
pub fn radio<'a, Message: 'a>(selected: bool, ink: Color) -> Element<'a, Message> {
    let ring = SIDE - 2.0 * INSET;
    let dot: Element<'a, Message> = if selected {
        let side = SIDE / 2.0;
        square(
            Space::new(),
            side,
            Some(ink),
            Border::default().rounded(side / 2.0),
        )
        .into()
    } else {
        Space::new().into()
    };
    let outline = Border::default()
        .rounded(ring / 2.0)
        .width(OUTLINE)
        .color(ink);
    container(square(dot, ring, None, outline))
        .padding(INSET)
        .into()
}

/// A check box marker: an outlined box in `ink`, or, when `checked`, a box filled with `fill`
/// and a tick in `on_fill`.
pub fn check<'a, Message: 'a>(
    checked: bool,
    ink: Color,
    fill: Color,
    on_fill: Color,
) -> Element<'a, Message> {
    let side = SIDE - 2.0 * INSET;
    let corner = Border::default().rounded(3.0);
    let marker = if checked {
        let tick = text(Renderer::CHECKMARK_ICON.to_string())
            .font(Renderer::ICON_FONT)
            .size(SIDE * 0.7)
            .line_height(1.0)
            .color(on_fill);
        square(tick, side, Some(fill), corner)
    } else {
        square(Space::new(), side, None, corner.width(OUTLINE).color(ink))
    };
    container(marker).padding(INSET).into()
}

/// A `side` × `side` box, filled with `fill` if any, with `border`, holding `content` centred.
fn square<'a, Message: 'a>(
    content: impl Into<Element<'a, Message>>,
    side: f32,
    fill: Option<Color>,
    border: Border,
) -> container::Container<'a, Message> {
    container(content)
        .center(Length::Fixed(side))
        .style(move |_: &Theme| container::Style {
            background: fill.map(Into::into),
            border,
            ..container::Style::default()
        })
}
