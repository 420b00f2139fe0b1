//! Right-to-left layout, in one place.
//!
//! cosmic-text shapes Arabic and orders bidirectional runs inside a text, but iced lays rows out
//! left to right whatever the language. Views build rows and alignments through these helpers,
//! which mirror them when the direction is right-to-left.

use crate::i18n::Direction;
use iced::Element;
use iced::alignment::Horizontal;
use iced::widget::{Row, text};

/// A row whose children are given in reading order; mirrored for right-to-left.
pub fn row<'a, Message: 'a>(
    direction: Direction,
    children: Vec<Element<'a, Message>>,
) -> Row<'a, Message> {
    let mut children = children;
    if direction.is_rtl() {
        children.reverse();
    }
    Row::with_children(children)
}

/// A row that wraps onto more lines when it is too wide, children given in reading order.
/// Right-to-left, each line starts at the right and the reading order carries on from one
/// line to the next.
pub fn wrapping_row<'a, Message: 'a>(
    direction: Direction,
    children: Vec<Element<'a, Message>>,
    spacing: f32,
) -> Element<'a, Message> {
    let wrapping = Row::with_children(children)
        .spacing(spacing)
        .align_y(iced::Alignment::Center)
        .wrap()
        .vertical_spacing(spacing);
    if direction.is_rtl() {
        super::mirror::Mirrored::new(wrapping).into()
    } else {
        wrapping.into()
    }
}

/// Where lines of text start.
pub fn text_start(direction: Direction) -> text::Alignment {
    match direction {
        Direction::Ltr => text::Alignment::Left,
        Direction::Rtl => text::Alignment::Right,
    }
}

/// The start edge, for aligning blocks in a column or container.
pub fn start(direction: Direction) -> Horizontal {
    match direction {
        Direction::Ltr => Horizontal::Left,
        Direction::Rtl => Horizontal::Right,
    }
}

/// The end edge.
pub fn end(direction: Direction) -> Horizontal {
    match direction {
        Direction::Ltr => Horizontal::Right,
        Direction::Rtl => Horizontal::Left,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edges_mirror() {
        assert_eq!(start(Direction::Ltr), Horizontal::Left);
        assert_eq!(start(Direction::Rtl), Horizontal::Right);
        assert_eq!(end(Direction::Rtl), Horizontal::Left);
        assert_eq!(text_start(Direction::Rtl), text::Alignment::Right);
    }
}
