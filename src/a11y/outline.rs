//! The window as a screen reader needs it, read from the laid-out view by a widget operation:
//! the controls (the containers of their focus rings), the tagged content (headings,
//! paragraphs, tables, figures, live regions, with their language), the texts inside, and
//! where each is drawn, scroll offsets taken into account.

use crate::ui::focus::ControlId;
use crate::ui::semantics::Tag;
use iced::advanced::widget::Id;
use iced::advanced::widget::operation::{Focusable, Operation, Outcome, Scrollable, TextInput};
use iced::{Rectangle, Vector};
use std::any::Any;
use std::collections::HashMap;

/// One piece of the window.
#[derive(Clone, Debug, PartialEq)]
pub enum Piece {
    /// The window itself (index 0).
    Window,
    /// An interactive control of the app's list, by its id.
    Control(ControlId),
    /// Tagged content.
    Tagged(Tag),
    /// A text as drawn.
    Text(String),
    /// The current text of a text input.
    Input(String),
}

/// A piece, where it is drawn (logical pixels, scrolling applied), and what it contains.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub piece: Piece,
    pub bounds: Rectangle,
    pub children: Vec<usize>,
}

/// The window's pieces as a tree; `nodes[0]` is the window.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outline {
    pub nodes: Vec<Node>,
}

/// Walks the view and builds its [`Outline`].
pub struct Collector {
    outline: Outline,
    /// The piece the next `traverse` belongs to, if the widget that announced it has content.
    pending: Option<usize>,
    /// A scrollable's offset, for the content of the next `traverse`.
    pending_scroll: Option<Vector>,
    parents: Vec<usize>,
    /// How far content is moved by the scrollables around it.
    translation: Vector,
    /// The controls, by the widget id of their focus ring.
    controls: HashMap<Id, ControlId>,
}

impl Collector {
    /// A walk of a window of `window` size, knowing the app's controls.
    pub fn new(window: Rectangle, controls: impl IntoIterator<Item = ControlId>) -> Collector {
        Collector {
            outline: Outline {
                nodes: vec![Node {
                    piece: Piece::Window,
                    bounds: window,
                    children: Vec::new(),
                }],
            },
            pending: None,
            pending_scroll: None,
            parents: vec![0],
            translation: Vector::ZERO,
            controls: controls
                .into_iter()
                .map(|id| (id.widget_id(), id))
                .collect(),
        }
    }

    fn add(&mut self, piece: Piece, bounds: Rectangle) -> usize {
        let index = self.outline.nodes.len();
        self.outline.nodes.push(Node {
            piece,
            bounds: bounds - self.translation,
            children: Vec::new(),
        });
        let parent = *self.parents.last().unwrap_or(&0);
        self.outline.nodes[parent].children.push(index);
        index
    }
}

impl Operation<Outline> for Collector {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation<Outline>)) {
        let parent = self.pending.take();
        let scroll = self.pending_scroll.take();
        let translation = self.translation;
        if let Some(parent) = parent {
            self.parents.push(parent);
        }
        if let Some(scroll) = scroll {
            self.translation += scroll;
        }
        operate(self);
        self.translation = translation;
        if parent.is_some() {
            self.parents.pop();
        }
    }

    fn container(&mut self, id: Option<&Id>, bounds: Rectangle) {
        self.pending = id
            .and_then(|id| self.controls.get(id).cloned())
            .map(|control| self.add(Piece::Control(control), bounds));
    }

    fn scrollable(
        &mut self,
        _id: Option<&Id>,
        _bounds: Rectangle,
        _content_bounds: Rectangle,
        translation: Vector,
        _state: &mut dyn Scrollable,
    ) {
        self.pending = None;
        self.pending_scroll = Some(translation);
    }

    fn focusable(&mut self, _id: Option<&Id>, _bounds: Rectangle, _state: &mut dyn Focusable) {}

    fn text_input(&mut self, _id: Option<&Id>, bounds: Rectangle, state: &mut dyn TextInput) {
        self.add(Piece::Input(state.text().to_string()), bounds);
    }

    fn text(&mut self, _id: Option<&Id>, bounds: Rectangle, text: &str) {
        self.add(Piece::Text(text.to_string()), bounds);
    }

    fn custom(&mut self, _id: Option<&Id>, bounds: Rectangle, state: &mut dyn Any) {
        self.pending = state
            .downcast_ref::<Tag>()
            .cloned()
            .map(|tag| match tag.meaning {
                crate::ui::semantics::Meaning::Value(text) => self.add(Piece::Input(text), bounds),
                _ => self.add(Piece::Tagged(tag), bounds),
            });
    }

    fn finish(&self) -> Outcome<Outline> {
        Outcome::Some(self.outline.clone())
    }
}
