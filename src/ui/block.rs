//! A block of text that starts at its language's start edge — also when it is right-to-left.
//!
//! Left-to-right blocks are iced texts that fill their width. Right-to-left blocks are
//! [`RtlText`], which breaks its lines itself and draws each one right-aligned, because iced 0.14
//! and cosmic-text 0.15 misplace right-to-left text in two ways:
//!
//! - a *single-line* text that fills its width with an explicit alignment is drawn past the
//!   right edge of its box (`iced_graphics::text::align` skips the relayout to the text's own
//!   width for one-line paragraphs, so the line is right-aligned twice) and clipped away;
//! - a paragraph that mixes in left-to-right words can be wrapped into lines wider than its
//!   box (cosmic-text issue 252).

use super::Lang;
use super::fonts;
use super::rtl_text::RtlText;
use super::semantics::{Meaning, Tagged};
use iced::widget::text;
use iced::{Element, Fill, Font, Length, Pixels, Theme};

type Style<'a> = Box<dyn Fn(&Theme) -> text::Style + 'a>;

/// Text in one language, laid out as a block; build it with [`super::widget::text_in`].
pub struct Block<'a> {
    content: String,
    lang: Lang,
    size: f32,
    font: Font,
    width: Length,
    style: Option<Style<'a>>,
    /// What the text is, for a screen reader (a heading, a paragraph, a failure …).
    meaning: Meaning,
}

impl<'a> Block<'a> {
    pub(super) fn new(lang: Lang, content: String, size: f32) -> Block<'a> {
        Block {
            content,
            lang,
            size,
            font: fonts::for_locale(lang.locale),
            width: Fill,
            style: None,
            meaning: Meaning::Text,
        }
    }

    /// What the text is, for a screen reader.
    pub fn meaning(mut self, meaning: Meaning) -> Self {
        self.meaning = meaning;
        self
    }

    pub fn font(mut self, font: impl Into<Font>) -> Self {
        self.font = font.into();
        self
    }

    pub fn size(mut self, size: impl Into<Pixels>) -> Self {
        self.size = size.into().0;
        self
    }

    pub fn width(mut self, width: impl Into<Length>) -> Self {
        self.width = width.into();
        self
    }

    pub fn style(mut self, style: impl Fn(&Theme) -> text::Style + 'a) -> Self {
        self.style = Some(Box::new(style));
        self
    }
}

impl<'a, Message: 'a> From<Block<'a>> for Element<'a, Message> {
    /// The text, tagged with its meaning and language for the screen-reader bridge.
    fn from(block: Block<'a>) -> Self {
        let meaning = block.meaning.clone();
        let locale = block.lang.locale;
        Element::new(Tagged::new(meaning, Some(locale), drawn(block)))
    }
}

/// The text as it is drawn.
fn drawn<'a, Message: 'a>(block: Block<'a>) -> Element<'a, Message> {
    let line_height = fonts::line_height(block.lang.locale);
    if block.lang.direction.is_rtl() {
        let style = block
            .style
            .unwrap_or_else(|| Box::new(|_: &Theme| text::Style::default()));
        RtlText {
            content: block.content,
            font: block.font,
            size: block.size,
            line_height,
            width: block.width,
            style,
        }
        .into()
    } else {
        let text = text(block.content)
            .font(block.font)
            .line_height(line_height)
            .size(block.size)
            .width(block.width)
            .align_x(text::Alignment::Left)
            .shaping(text::Shaping::Advanced)
            .wrapping(text::Wrapping::WordOrGlyph);
        match block.style {
            Some(style) => text.style(style).into(),
            None => text.into(),
        }
    }
}
