//! Right-to-left text broken into lines by Skranke, each line drawn on its own.
//!
//! cosmic-text 0.15 can wrap a right-to-left paragraph that contains left-to-right words
//! ("MitID", "Borgerservice", "80 30 20 20") into lines wider than the room it was given
//! (cosmic-text issue 252): at pane widths of 260–440 px, Arabic citizen texts spilled past both
//! edges of their card. One line, though, is always shaped and placed correctly. This widget
//! measures each word once, breaks the text greedily at spaces so that every line fits, checks
//! each line's real width, and draws the lines right-aligned, one under the other.

use iced::advanced::layout::{self, Layout};
use iced::advanced::renderer;
use iced::advanced::text::{self as core_text, Paragraph as _, Renderer as _};
use iced::advanced::widget::{Operation, Tree, Widget, tree};
use iced::alignment::Vertical;
use iced::widget::text::{self, LineHeight, Shaping, Wrapping};
use iced::{Element, Font, Length, Pixels, Point, Rectangle, Renderer, Size, Theme, mouse};

type Paragraph = <Renderer as core_text::Renderer>::Paragraph;

/// A one-line paragraph, laid out at its own width (also what the charts measure labels with).
pub(super) fn line_paragraph(
    content: &str,
    font: Font,
    size: f32,
    line_height: LineHeight,
) -> Paragraph {
    Paragraph::with_text(core_text::Text {
        content,
        bounds: Size::INFINITE,
        size: Pixels(size),
        line_height,
        font,
        align_x: text::Alignment::Default,
        align_y: Vertical::Top,
        shaping: Shaping::Advanced,
        wrapping: Wrapping::None,
    })
}

/// A block of right-to-left text that fills `width` and starts at the right edge; built by
/// [`super::block::Block`].
pub struct RtlText<'a> {
    pub(super) content: String,
    pub(super) font: Font,
    pub(super) size: f32,
    pub(super) line_height: LineHeight,
    pub(super) width: Length,
    pub(super) style: Box<dyn Fn(&Theme) -> text::Style + 'a>,
}

impl RtlText<'_> {
    /// One line, shaped as right-to-left even when it starts with a Latin word or a number
    /// (the right-to-left mark sets the base direction, as the whole paragraph had it).
    fn paragraph(&self, content: &str) -> Paragraph {
        let content = format!("\u{200F}{content}");
        line_paragraph(&content, self.font, self.size, self.line_height)
    }

    fn width_of(&self, content: &str) -> f32 {
        self.paragraph(content).min_bounds().width
    }

    /// The words of one hard line with their widths, each measured once. A word wider than
    /// the line (a long web address) is cut into pieces that fit, so it breaks instead of
    /// spilling out of its box.
    fn measured_words(&self, line: &str, max_width: f32) -> Vec<(String, f32)> {
        let mut measured = Vec::new();
        for word in words(line) {
            let width = self.width_of(&word);
            if width <= max_width {
                measured.push((word, width));
                continue;
            }
            let mut piece = String::new();
            let mut piece_width = 0.0;
            for c in word.chars() {
                piece.push(c);
                let width = self.width_of(&piece);
                if width > max_width && piece.chars().count() > 1 {
                    piece.pop();
                    measured.push((std::mem::take(&mut piece), piece_width));
                    piece.push(c);
                    piece_width = self.width_of(&piece);
                } else {
                    piece_width = width;
                }
            }
            measured.push((piece, piece_width));
        }
        measured
    }

    /// Breaks one hard line into lines no wider than `max_width`: greedily by the words'
    /// widths, then each line checked against its real width.
    fn break_line(&self, line: &str, max_width: f32, space: f32, out: &mut Vec<Paragraph>) {
        let words = self.measured_words(line, max_width);
        if words.is_empty() {
            out.push(self.paragraph(" "));
            return;
        }
        let mut start = 0;
        while start < words.len() {
            let mut end = start + 1;
            let mut estimate = words[start].1;
            while end < words.len() && estimate + space + words[end].1 <= max_width {
                estimate += space + words[end].1;
                end += 1;
            }
            loop {
                let text: Vec<&str> = words[start..end].iter().map(|(w, _)| w.as_str()).collect();
                let paragraph = self.paragraph(&text.join(" "));
                if paragraph.min_bounds().width <= max_width || end == start + 1 {
                    out.push(paragraph);
                    break;
                }
                end -= 1;
            }
            start = end;
        }
    }

    fn lines(&self, max_width: f32) -> Vec<Paragraph> {
        let space = self.width_of("a a") - self.width_of("aa");
        let mut lines = Vec::new();
        for line in self.content.split('\n') {
            self.break_line(line, max_width, space, &mut lines);
        }
        lines
    }

    /// Were `state`'s lines laid out for this text at this width?
    fn laid_out_in(&self, state: &State, max_width: f32) -> bool {
        state
            .key
            .as_ref()
            .is_some_and(|(content, size, font, width)| {
                *content == self.content
                    && *size == self.size
                    && *font == self.font
                    && *width == max_width
            })
    }
}

/// The words of a line, where a line may break. Groups of digits stay together, so a phone
/// number such as "80 30 20 20" is never split over two lines.
fn words(line: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in line.split(' ').filter(|w| !w.is_empty()) {
        let starts_with_digit = word.chars().next().is_some_and(|c| c.is_ascii_digit());
        match words.last_mut() {
            Some(last)
                if starts_with_digit && last.chars().last().is_some_and(|c| c.is_ascii_digit()) =>
            {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_string()),
        }
    }
    words
}

/// The lines laid out for one text, size, font and width: kept between frames, as breaking
/// lines means shaping every word, and redone when any of them changes.
#[derive(Default)]
struct State {
    key: Option<(String, f32, Font, f32)>,
    lines: Vec<Paragraph>,
}

impl<Message> Widget<Message, Theme, Renderer> for RtlText<'_> {
    fn size(&self) -> Size<Length> {
        Size::new(self.width, Length::Shrink)
    }

    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<State>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(State::default())
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        _renderer: &Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        let max_width = limits.max().width;
        let state = tree.state.downcast_mut::<State>();
        if !self.laid_out_in(state, max_width) {
            state.lines = self.lines(max_width);
            state.key = Some((self.content.clone(), self.size, self.font, max_width));
        }
        let line_height = self.line_height.to_absolute(Pixels(self.size)).0;
        let widest = state
            .lines
            .iter()
            .map(|p| p.min_bounds().width)
            .fold(0.0, f32::max);
        let intrinsic = Size::new(widest, line_height * state.lines.len() as f32);
        layout::Node::new(limits.resolve(self.width, Length::Shrink, intrinsic))
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        _cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        let state = tree.state.downcast_ref::<State>();
        let bounds = layout.bounds();
        let color = (self.style)(theme).color.unwrap_or(style.text_color);
        let line_height = self.line_height.to_absolute(Pixels(self.size)).0;
        for (index, line) in state.lines.iter().enumerate() {
            let position = Point::new(
                bounds.x + bounds.width - line.min_bounds().width,
                bounds.y + index as f32 * line_height,
            );
            renderer.fill_paragraph(line, position, color, *viewport);
        }
    }

    fn operate(
        &mut self,
        _tree: &mut Tree,
        layout: Layout<'_>,
        _renderer: &Renderer,
        operation: &mut dyn Operation,
    ) {
        operation.text(None, layout.bounds(), &self.content);
    }
}

impl<'a, Message: 'a> From<RtlText<'a>> for Element<'a, Message> {
    fn from(text: RtlText<'a>) -> Self {
        Element::new(text)
    }
}

#[cfg(test)]
mod tests {
    use super::words;

    #[test]
    fn a_phone_number_is_one_word_and_other_words_split_at_spaces() {
        assert_eq!(
            words("الرقم هو 80 30 20 20. تأكّد"),
            ["الرقم", "هو", "80 30 20 20.", "تأكّد"]
        );
        assert_eq!(words("خلال 1 سنة"), ["خلال", "1", "سنة"]);
        assert_eq!(words("  MitID  Borgerservice "), ["MitID", "Borgerservice"]);
    }
}
