//! A block of text that starts at its language's start edge — also when it is right-to-left.
//!
//! iced 0.14 mispositions a *single-line* right-to-left text that fills its width and has an
//! explicit alignment: `iced_graphics::text::align` skips the relayout to the text's own width
//! for one-line paragraphs, so cosmic-text right-aligns the line inside the full width and the
//! widget then shifts it right once more, pushing the words past the edge, where they are
//! clipped (headings and one-sentence paragraphs vanished in Arabic). Multi-line texts are
//! unaffected. A text that shrinks to its own width is always placed correctly, so a
//! right-to-left block is such a text inside a full-width container aligned to the right;
//! cosmic-text aligns the lines of a right-to-left paragraph to the right within it.

use super::Lang;
use super::direction;
use iced::widget::{container, text};
use iced::{Element, Fill, Font, Length, Pixels, Shrink};

/// Text in one language, laid out as a block; build it with [`super::widget::text_in`].
pub struct Block<'a> {
    text: text::Text<'a>,
    lang: Lang,
    width: Length,
}

impl<'a> Block<'a> {
    pub(super) fn new(lang: Lang, text: text::Text<'a>) -> Block<'a> {
        Block {
            text,
            lang,
            width: Fill,
        }
    }

    pub fn font(mut self, font: impl Into<Font>) -> Self {
        self.text = self.text.font(font);
        self
    }

    pub fn size(mut self, size: impl Into<Pixels>) -> Self {
        self.text = self.text.size(size);
        self
    }

    pub fn width(mut self, width: impl Into<Length>) -> Self {
        self.width = width.into();
        self
    }

    pub fn style(mut self, style: impl Fn(&iced::Theme) -> text::Style + 'a) -> Self {
        self.text = self.text.style(style);
        self
    }
}

impl<'a, Message: 'a> From<Block<'a>> for Element<'a, Message> {
    fn from(block: Block<'a>) -> Self {
        if block.lang.direction.is_rtl() {
            container(block.text.width(Shrink))
                .width(block.width)
                .align_x(direction::start(block.lang.direction))
                .into()
        } else {
            block
                .text
                .width(block.width)
                .align_x(direction::text_start(block.lang.direction))
                .into()
        }
    }
}
