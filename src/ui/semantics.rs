//! What a piece of the view means, for a screen reader.
//!
//! A view is drawn with iced widgets, which know their text and their place but not whether the
//! text is a heading, a paragraph of a citizen text in Arabic, or a failure that must be said
//! at once. [`Tagged`] wraps a widget with that meaning: it draws, lays out and handles events
//! exactly as its content does, and reports its [`Tag`] to widget operations before the
//! content's own report (its text, its place). The screen-reader bridge (`crate::a11y`) walks
//! the view with such an operation and builds its tree from the tags, the texts and the app's
//! list of controls; nothing is read from pixels.

use crate::i18n::Locale;
use iced::advanced::layout::{self, Layout};
use iced::advanced::renderer;
use iced::advanced::widget::{Operation, Tree, Widget, tree};
use iced::advanced::{Clipboard, Shell, overlay};
use iced::{Element, Event, Length, Rectangle, Size, Vector, mouse};

/// The kind of content.
#[derive(Clone, Debug, PartialEq)]
pub enum Meaning {
    /// Text that is none of the below: a label, a caption, a line of a card.
    Text,
    /// A heading; level 1 is the page's title.
    Heading(u8),
    Paragraph,
    ListItem,
    /// Said as soon as it appears: a confirmation or a notice (polite), or a failure
    /// (assertive).
    Live {
        assertive: bool,
    },
    /// A table. `hidden_headers`: column headers it does not draw, because its rows are cards
    /// that say what they hold (the log's list); they are read as its first row.
    Table {
        hidden_headers: Vec<String>,
    },
    Row,
    /// A table cell; `column` counts from the start of the row in reading order (a
    /// right-to-left row lays its cells out from the right).
    Cell {
        header: bool,
        column: usize,
    },
    /// One drawn text read as cells of its row, from column `first` on: the log card's line
    /// "02.12.2026 · Telefon · …" is a date cell, a channel cell, and so on.
    Cells {
        first: usize,
        texts: Vec<String>,
    },
    /// A region of the window a screen reader can jump to.
    Landmark(Landmark),
    /// A chart: its description gives the numbers, or says where the table is.
    Figure(String),
    /// The text a field of several lines holds: iced's editor does not tell it to a widget
    /// operation, so the field's view says it (read as the field's value).
    Value(String),
}

/// The window's regions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Landmark {
    /// The list of screens.
    Navigation,
    /// The screen shown.
    Main,
    /// The status line: the languages in use and the text size, said when they change (Ctrl+L
    /// switches the citizen's language without moving the focus).
    StatusLine,
}

/// A piece of the view's meaning and the language of its text (`None`: the staff language).
#[derive(Clone, Debug, PartialEq)]
pub struct Tag {
    pub meaning: Meaning,
    pub lang: Option<Locale>,
}

/// An element with its meaning. Transparent in every way but [`Widget::operate`].
pub struct Tagged<'a, Message, Theme, Renderer> {
    tag: Tag,
    content: Element<'a, Message, Theme, Renderer>,
}

impl<'a, Message, Theme, Renderer> Tagged<'a, Message, Theme, Renderer> {
    pub fn new(
        meaning: Meaning,
        lang: Option<Locale>,
        content: impl Into<Element<'a, Message, Theme, Renderer>>,
    ) -> Self {
        Tagged {
            tag: Tag { meaning, lang },
            content: content.into(),
        }
    }
}

/// Wraps `content` with its meaning.
pub fn tagged<'a, Message: 'a>(
    meaning: Meaning,
    lang: Option<Locale>,
    content: impl Into<Element<'a, Message>>,
) -> Element<'a, Message> {
    Element::new(Tagged::new(meaning, lang, content))
}

impl<Message, Theme, Renderer> Widget<Message, Theme, Renderer>
    for Tagged<'_, Message, Theme, Renderer>
where
    Renderer: iced::advanced::Renderer,
{
    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.content.as_widget().size_hint()
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.content.as_widget_mut().layout(tree, renderer, limits)
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.content
            .as_widget()
            .draw(tree, renderer, theme, style, layout, cursor, viewport);
    }

    fn tag(&self) -> tree::Tag {
        self.content.as_widget().tag()
    }

    fn state(&self) -> tree::State {
        self.content.as_widget().state()
    }

    fn children(&self) -> Vec<Tree> {
        self.content.as_widget().children()
    }

    fn diff(&self, tree: &mut Tree) {
        self.content.as_widget().diff(tree);
    }

    /// The tag first, then the content one level down, so that what the content reports
    /// belongs to the tag.
    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &Renderer,
        operation: &mut dyn Operation,
    ) {
        let mut tag = self.tag.clone();
        operation.custom(None, layout.bounds(), &mut tag);
        let content = &mut self.content;
        operation.traverse(&mut |operation| {
            content
                .as_widget_mut()
                .operate(tree, layout, renderer, operation);
        });
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, Message>,
        viewport: &Rectangle,
    ) {
        self.content.as_widget_mut().update(
            tree, event, layout, cursor, renderer, clipboard, shell, viewport,
        );
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &Renderer,
    ) -> mouse::Interaction {
        self.content
            .as_widget()
            .mouse_interaction(tree, layout, cursor, viewport, renderer)
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, Message, Theme, Renderer>> {
        self.content
            .as_widget_mut()
            .overlay(tree, layout, renderer, viewport, translation)
    }
}

impl<'a, Message, Theme, Renderer> From<Tagged<'a, Message, Theme, Renderer>>
    for Element<'a, Message, Theme, Renderer>
where
    Message: 'a,
    Theme: 'a,
    Renderer: iced::advanced::Renderer + 'a,
{
    fn from(tagged: Tagged<'a, Message, Theme, Renderer>) -> Self {
        Element::new(tagged)
    }
}
