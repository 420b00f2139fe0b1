//! The AccessKit tree of the window, from its [`Outline`] and the app's list of controls.
//!
//! Controls get their role, name, state and actions from the app's model (the same list the
//! keyboard uses); content gets its role from its tag; every text is exposed as text runs in
//! its own language, so a screen reader can switch voice for the citizen's Arabic beside the
//! staff's Danish. Node ids are stable: a control's comes from its control id, content's from
//! its place in the window.

use super::outline::{Node as Piece, Outline, Piece as Kind};
use crate::i18n::Locale;
use crate::ui::focus::{Control, ControlId, Group, Role as ControlRole};
use crate::ui::semantics::{Landmark, Meaning, Tag};
use accesskit::{
    Action, AriaCurrent, Invalid, Live, Node, NodeId, Rect, Role, TextPosition, TextSelection,
    Toggled, TreeId, TreeInfo, TreeUpdate,
};
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

/// The root node: the window.
pub const WINDOW: NodeId = NodeId(1);

/// The characters a text run may hold (its word starts are counted in bytes).
const RUN_MAX_CHARS: usize = 200;

/// Everything the tree is built from.
pub struct Window<'a, Message> {
    pub title: &'a str,
    pub outline: &'a Outline,
    pub controls: &'a [Control<Message>],
    pub groups: &'a [Group],
    pub focus: Option<&'a ControlId>,
    /// The interface language: the language of untagged text.
    pub staff: Locale,
    /// Physical pixels per logical pixel.
    pub scale: f32,
    /// The keyboard shortcut of a control, if it has one (`Ctrl+4` for a screen).
    pub shortcut: &'a dyn Fn(&ControlId) -> Option<String>,
}

/// The tree, and which node is which control (for the screen reader's actions).
pub struct Built {
    pub update: TreeUpdate,
    pub controls: HashMap<NodeId, ControlId>,
}

/// Builds the whole tree.
pub fn build<Message>(window: &Window<Message>) -> Built {
    let mut builder = Builder {
        window,
        nodes: Vec::new(),
        controls: HashMap::new(),
        by_id: window.controls.iter().map(|c| (&c.id, c)).collect(),
    };
    let children = builder.children_of(0, WINDOW, window.staff);
    let mut root = Node::new(Role::Window);
    root.set_label(window.title);
    root.set_language(window.staff.code());
    root.set_bounds(builder.rect(window.outline.nodes[0].bounds));
    root.set_children(children);
    builder.nodes.push((WINDOW, root));
    let focus = window
        .focus
        .map(control_node)
        .filter(|id| builder.controls.contains_key(id))
        .unwrap_or(WINDOW);
    let mut tree = TreeInfo::new(WINDOW);
    tree.toolkit_name = Some("iced".into());
    tree.toolkit_version = Some("0.14".into());
    Built {
        update: TreeUpdate {
            nodes: builder.nodes,
            tree: Some(tree),
            tree_id: TreeId::ROOT,
            focus,
        },
        controls: builder.controls,
    }
}

/// A control's node id, the same in every tree.
pub fn control_node(id: &ControlId) -> NodeId {
    NodeId(hash(&("control", id.as_str())))
}

fn hash(value: &impl Hash) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    // Ids 0 and 1 are not taken by content: 1 is the window.
    hasher.finish().max(2)
}

struct Builder<'w, 'a, Message> {
    window: &'w Window<'a, Message>,
    nodes: Vec<(NodeId, Node)>,
    controls: HashMap<NodeId, ControlId>,
    by_id: HashMap<&'a ControlId, &'a Control<Message>>,
}

impl<Message> Builder<'_, '_, Message> {
    fn rect(&self, bounds: iced::Rectangle) -> Rect {
        let scale = f64::from(self.window.scale);
        Rect {
            x0: f64::from(bounds.x) * scale,
            y0: f64::from(bounds.y) * scale,
            x1: f64::from(bounds.x + bounds.width) * scale,
            y1: f64::from(bounds.y + bounds.height) * scale,
        }
    }

    fn piece(&self, index: usize) -> &Piece {
        &self.window.outline.nodes[index]
    }

    /// The nodes for the children of outline node `index`, under the node `parent`. Controls
    /// of one group are gathered into a group node where the first of them stands.
    fn children_of(&mut self, index: usize, parent: NodeId, lang: Locale) -> Vec<NodeId> {
        let mut children = Vec::new();
        let mut groups: HashMap<ControlId, usize> = HashMap::new();
        // How many siblings with the same content came before (so twins get their own ids).
        let mut twins: HashMap<u64, usize> = HashMap::new();
        // The text just before, if the last node is a plain text: a field's visible label.
        let mut last_text: Option<String> = None;
        for &child in self.piece(index).children.clone().iter() {
            let membership = match &self.piece(child).piece {
                Kind::Control(id) => self.by_id.get(id).and_then(|c| c.group.clone()),
                _ => None,
            };
            let key = self.content_key(child);
            let twin = twins.entry(key).or_insert(0);
            let id = NodeId(hash(&(parent.0, key, *twin)));
            *twin += 1;
            let built = self.node(child, id, lang);
            let text = match &self.piece(child).piece {
                Kind::Text(text) => Some(text.clone()),
                Kind::Tagged(tag) if tag.meaning == Meaning::Text => Some(self.text_within(child)),
                _ => None,
            };
            match membership {
                None => {
                    last_text = text.filter(|_| built.len() == 1);
                    children.extend(built);
                }
                Some(member) => match groups.get(&member.group) {
                    Some(&at) => {
                        let (_, group): &mut (NodeId, Node) = &mut self.nodes[at];
                        for id in built {
                            group.push_child(id);
                        }
                    }
                    None => {
                        // The field's visible label names the group: read once, as its name.
                        // (Taken out before the group node is added: `groups` holds indices.)
                        let label = self.window.groups.iter().find(|g| g.id == member.group);
                        if let (Some(text), Some(label)) = (last_text.take(), label)
                            && text.trim() == label.label.trim()
                            && let Some(duplicate) = children.pop()
                        {
                            self.discard(duplicate);
                        }
                        let group = self.group_node(&member.group, built);
                        children.push(group);
                        groups.insert(member.group.clone(), self.nodes.len() - 1);
                    }
                },
            }
        }
        children
    }

    /// Takes a node that will not be in the tree out again, with everything under it.
    fn discard(&mut self, id: NodeId) {
        let Some(at) = self.nodes.iter().position(|(node_id, _)| *node_id == id) else {
            return;
        };
        let (_, node) = self.nodes.remove(at);
        for &child in node.children() {
            self.discard(child);
        }
    }

    fn group_node(&mut self, group: &ControlId, members: Vec<NodeId>) -> NodeId {
        let info = self.window.groups.iter().find(|g| &g.id == group);
        let radios = members.iter().any(|id| {
            self.controls
                .get(id)
                .and_then(|c| self.by_id.get(c))
                .is_some_and(|c| matches!(c.role, ControlRole::Radio { .. }))
        });
        let mut node = Node::new(if radios {
            Role::RadioGroup
        } else {
            Role::Group
        });
        if let Some(info) = info {
            node.set_label(info.label.as_str());
        }
        node.set_children(members);
        let id = NodeId(hash(&("group", group.as_str())));
        self.nodes.push((id, node));
        id
    }

    /// What a piece of content is, for its node id: its kind and its text. Content's ids come
    /// from what it is, not where it stands: a notice appearing above would otherwise give
    /// every node below it another's id, and the screen reader would hear them all change.
    fn content_key(&self, index: usize) -> u64 {
        match &self.piece(index).piece {
            Kind::Text(text) => hash(&("text", text)),
            Kind::Tagged(tag) => hash(&(format!("{:?}", tag.meaning), self.text_within(index))),
            Kind::Control(id) => hash(&("control", id.as_str())),
            Kind::Input(_) | Kind::Window => hash(&"other"),
        }
    }

    /// The nodes for outline node `index` (none for what is drawn but not read); content gets
    /// the node id `id`.
    fn node(&mut self, index: usize, id: NodeId, lang: Locale) -> Vec<NodeId> {
        let piece = self.piece(index).clone();
        match &piece.piece {
            Kind::Window => Vec::new(),
            Kind::Control(control) => self.control(index, control).into_iter().collect(),
            Kind::Text(text) => vec![self.label(id, &piece, text, lang)],
            Kind::Input(_) => Vec::new(),
            Kind::Tagged(Tag {
                meaning: Meaning::Cells { first, texts },
                lang: own,
            }) => self.cells(id, &piece, *first, texts, own.unwrap_or(lang)),
            Kind::Tagged(tag) => vec![self.tagged(id, index, tag, lang)],
        }
    }

    /// Cells of a row, each with its own text, where one text is drawn.
    fn cells(
        &mut self,
        id: NodeId,
        piece: &Piece,
        first: usize,
        texts: &[String],
        lang: Locale,
    ) -> Vec<NodeId> {
        texts
            .iter()
            .enumerate()
            .map(|(offset, text)| {
                let cell = NodeId(hash(&(id.0, "cell", offset)));
                self.cell(cell, piece.bounds, first + offset, text, false, lang)
            })
            .collect()
    }

    /// A cell (or column header) node with its text as a label inside.
    fn cell(
        &mut self,
        id: NodeId,
        bounds: iced::Rectangle,
        column: usize,
        text: &str,
        header: bool,
        lang: Locale,
    ) -> NodeId {
        let mut node = Node::new(if header {
            Role::ColumnHeader
        } else {
            Role::Cell
        });
        node.set_bounds(self.rect(bounds));
        node.set_language(lang.code());
        node.set_column_index(column);
        node.set_label(text);
        let piece = Piece {
            piece: Kind::Text(text.to_string()),
            bounds,
            children: Vec::new(),
        };
        let label = NodeId(hash(&(id.0, "text")));
        node.set_children(vec![self.label(label, &piece, text, lang)]);
        self.nodes.push((id, node));
        id
    }

    /// The header row of a table that does not draw one, at its top edge.
    fn hidden_header_row(
        &mut self,
        table: NodeId,
        bounds: iced::Rectangle,
        headers: &[String],
    ) -> NodeId {
        let id = NodeId(hash(&(table.0, "headers")));
        let edge = iced::Rectangle {
            height: 0.0,
            ..bounds
        };
        let lang = self.window.staff;
        let cells: Vec<NodeId> = headers
            .iter()
            .enumerate()
            .map(|(column, text)| {
                let cell = NodeId(hash(&(id.0, column)));
                self.cell(cell, edge, column, text, true, lang)
            })
            .collect();
        let mut row = Node::new(Role::Row);
        row.set_bounds(self.rect(edge));
        row.set_children(cells);
        self.nodes.push((id, row));
        id
    }

    fn control(&mut self, index: usize, id: &ControlId) -> Option<NodeId> {
        let control = *self.by_id.get(id)?;
        let node_id = control_node(id);
        let mut node = Node::new(role_of(&control.role));
        node.set_label(control.label.as_str());
        node.set_bounds(self.rect(self.piece(index).bounds));
        node.add_action(Action::Focus);
        node.add_action(Action::ScrollIntoView);
        match &control.role {
            ControlRole::Radio { selected } | ControlRole::Checkbox { checked: selected } => {
                node.set_toggled(if *selected {
                    Toggled::True
                } else {
                    Toggled::False
                });
            }
            ControlRole::Toggle { on } => {
                node.set_toggled(if *on { Toggled::True } else { Toggled::False })
            }
            ControlRole::NavItem { current } => {
                if *current {
                    node.set_aria_current(AriaCurrent::Page);
                }
            }
            ControlRole::Disclosure { expanded } => node.set_expanded(*expanded),
            ControlRole::TextInput | ControlRole::TextArea => {
                node.add_action(Action::SetValue);
                let value = self.input_value(index).unwrap_or_default();
                // The platforms read and edit a text input through its text runs (one, even
                // when empty), with the caret at the end.
                let run = self.input_run(node_id, &value, self.piece(index).bounds);
                let end = TextPosition {
                    node: run,
                    character_index: value.chars().count(),
                };
                node.set_text_selection(TextSelection {
                    anchor: end,
                    focus: end,
                });
                node.set_children(vec![run]);
                node.set_value(value);
            }
            ControlRole::Button | ControlRole::Link => {}
        }
        if control.role.is_text_input() {
            // Typing is its action.
        } else if control.on_activate.is_some() {
            node.add_action(Action::Click);
        } else {
            node.set_disabled();
        }
        if control.error.is_some() {
            node.set_invalid(Invalid::True);
        }
        // The error first, then what else is written under the control (a count down).
        let description: Vec<&str> = [&control.error, &control.description]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        if !description.is_empty() {
            node.set_description(description.join(" "));
        }
        if let Some(keys) = (self.window.shortcut)(id) {
            node.set_keyboard_shortcut(keys);
        }
        self.controls.insert(node_id, id.clone());
        self.nodes.push((node_id, node));
        Some(node_id)
    }

    /// The one text run of a text input.
    fn input_run(&mut self, input: NodeId, value: &str, bounds: iced::Rectangle) -> NodeId {
        let id = NodeId(hash(&(input.0, "value")));
        let mut node = Node::new(Role::TextRun);
        node.set_value(value);
        node.set_language(self.window.staff.code());
        node.set_bounds(self.rect(bounds));
        node.set_character_lengths(
            value
                .chars()
                .map(|c| c.len_utf8() as u8)
                .collect::<Vec<_>>(),
        );
        node.set_word_starts(word_starts(value));
        self.nodes.push((id, node));
        id
    }

    /// The text of the input inside control piece `index`.
    fn input_value(&self, index: usize) -> Option<String> {
        self.piece(index)
            .children
            .iter()
            .find_map(|&child| match &self.piece(child).piece {
                Kind::Input(value) => Some(value.clone()),
                _ => self.input_value(child),
            })
    }

    fn tagged(&mut self, id: NodeId, index: usize, tag: &Tag, lang: Locale) -> NodeId {
        let lang = tag.lang.unwrap_or(lang);
        let piece = self.piece(index).clone();
        let mut node = Node::new(match &tag.meaning {
            Meaning::Text => Role::Label,
            Meaning::Heading(_) => Role::Heading,
            Meaning::Paragraph => Role::Paragraph,
            Meaning::ListItem => Role::ListItem,
            Meaning::Live { assertive: true } => Role::Alert,
            Meaning::Live { assertive: false } => Role::Status,
            Meaning::Table { .. } => Role::Table,
            Meaning::Row => Role::Row,
            Meaning::Cell { header: true, .. } => Role::ColumnHeader,
            Meaning::Cell { header: false, .. } => Role::Cell,
            Meaning::Figure(_) => Role::Figure,
            // The outline reads it as a text field's value, never as content of its own.
            Meaning::Value(_) => Role::Label,
            Meaning::Landmark(Landmark::Navigation) => Role::Navigation,
            Meaning::Landmark(Landmark::Main) => Role::Main,
            Meaning::Landmark(Landmark::StatusLine) => Role::Status,
            // Handled in `node`: one drawn text becomes several cells.
            Meaning::Cells { .. } => Role::Cell,
        });
        node.set_bounds(self.rect(piece.bounds));
        node.set_language(lang.code());
        match &tag.meaning {
            Meaning::Heading(level) => node.set_level(usize::from(*level)),
            Meaning::Live { assertive } => node.set_live(if *assertive {
                Live::Assertive
            } else {
                Live::Polite
            }),
            Meaning::Cell { column, .. } => node.set_column_index(*column),
            Meaning::Landmark(Landmark::StatusLine) => node.set_live(Live::Polite),
            Meaning::Figure(description) => node.set_description(description.as_str()),
            _ => {}
        }
        let text = self.text_within(index);
        if matches!(
            tag.meaning,
            Meaning::Heading(_)
                | Meaning::Cell { .. }
                | Meaning::Live { .. }
                | Meaning::Landmark(Landmark::StatusLine)
        ) && !text.is_empty()
        {
            node.set_label(text.as_str());
        }
        // A table's cells in reading order (a right-to-left row draws them from the right).
        // A text block is one label: its text becomes its own runs, not a label inside.
        let mut children = if tag.meaning == Meaning::Text {
            Vec::new()
        } else {
            self.children_of(index, id, lang)
        };
        if tag.meaning == Meaning::Row {
            self.sort_row(&mut children);
        }
        if let Meaning::Table { hidden_headers } = &tag.meaning
            && !hidden_headers.is_empty()
        {
            let headers = self.hidden_header_row(id, piece.bounds, hidden_headers);
            children.insert(0, headers);
        }
        if children.is_empty() && !text.is_empty() {
            // Platforms read a text (and switch voice by its language) only from a label's
            // text runs.
            children = if tag.meaning == Meaning::Text {
                self.runs(id, &text, piece.bounds, lang)
            } else {
                let label = NodeId(hash(&(id.0, "text")));
                vec![self.label(label, &piece, &text, lang)]
            };
        }
        node.set_children(children);
        self.nodes.push((id, node));
        id
    }

    /// A row's children in column order. What is not a cell (a badge above the cells) keeps
    /// its place before the cell drawn after it.
    fn sort_row(&self, children: &mut [NodeId]) {
        let mut next = usize::MAX;
        let mut keys: Vec<(usize, NodeId)> = Vec::with_capacity(children.len());
        for &child in children.iter().rev() {
            let column = self.column_of(child);
            if column != usize::MAX {
                next = column;
            }
            keys.push((next, child));
        }
        keys.reverse();
        // Stable: a badge and the cell after it keep their drawn order.
        keys.sort_by_key(|(column, _)| *column);
        for (slot, (_, child)) in children.iter_mut().zip(keys) {
            *slot = child;
        }
    }

    fn column_of(&self, id: NodeId) -> usize {
        self.nodes
            .iter()
            .find(|(node_id, _)| *node_id == id)
            .and_then(|(_, node)| node.column_index())
            .unwrap_or(usize::MAX)
    }

    /// The texts inside outline node `index`, joined.
    fn text_within(&self, index: usize) -> String {
        let mut texts = Vec::new();
        self.collect_texts(index, &mut texts);
        texts.join("\n")
    }

    fn collect_texts(&self, index: usize, texts: &mut Vec<String>) {
        for &child in &self.piece(index).children {
            match &self.piece(child).piece {
                Kind::Text(text) => texts.push(text.trim_start_matches('\u{200F}').to_string()),
                Kind::Control(_) => {}
                _ => self.collect_texts(child, texts),
            }
        }
    }

    /// An untagged text: a label with its text runs.
    fn label(&mut self, id: NodeId, piece: &Piece, text: &str, lang: Locale) -> NodeId {
        let mut node = Node::new(Role::Label);
        node.set_bounds(self.rect(piece.bounds));
        node.set_language(lang.code());
        node.set_children(self.runs(id, text, piece.bounds, lang));
        self.nodes.push((id, node));
        id
    }

    /// A text as text runs in its language: short runs broken at spaces.
    fn runs(
        &mut self,
        parent: NodeId,
        text: &str,
        bounds: iced::Rectangle,
        lang: Locale,
    ) -> Vec<NodeId> {
        let mut runs = Vec::new();
        for (position, run) in split_runs(text).into_iter().enumerate() {
            let id = NodeId(hash(&(parent.0, "run", position)));
            let mut node = Node::new(Role::TextRun);
            node.set_value(run.as_str());
            node.set_language(lang.code());
            node.set_bounds(self.rect(bounds));
            let lengths: Vec<u8> = run.chars().map(|c| c.len_utf8() as u8).collect();
            node.set_character_lengths(lengths);
            node.set_word_starts(word_starts(&run));
            self.nodes.push((id, node));
            runs.push(id);
        }
        runs
    }
}

/// A text cut at spaces into runs of at most [`RUN_MAX_CHARS`] characters.
fn split_runs(text: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let mut current = String::new();
    for word in text.split_inclusive(' ') {
        if !current.is_empty() && current.chars().count() + word.chars().count() > RUN_MAX_CHARS {
            runs.push(std::mem::take(&mut current));
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

/// The character index at which each word of `run` starts.
fn word_starts(run: &str) -> Vec<u8> {
    let mut starts = Vec::new();
    let mut previous_space = true;
    for (index, c) in run.chars().enumerate() {
        if !c.is_whitespace() && previous_space {
            starts.push(index.min(usize::from(u8::MAX)) as u8);
        }
        previous_space = c.is_whitespace();
    }
    starts
}

fn role_of(role: &ControlRole) -> Role {
    match role {
        ControlRole::Button | ControlRole::Disclosure { .. } => Role::Button,
        ControlRole::NavItem { .. } | ControlRole::Link => Role::Link,
        ControlRole::Radio { .. } => Role::RadioButton,
        ControlRole::Checkbox { .. } => Role::CheckBox,
        ControlRole::Toggle { .. } => Role::Switch,
        ControlRole::TextInput => Role::TextInput,
        ControlRole::TextArea => Role::MultilineTextInput,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_become_runs_of_whole_words() {
        let text = "ord ".repeat(120);
        let runs = split_runs(&text);
        assert!(runs.len() > 1);
        assert!(runs.iter().all(|r| r.chars().count() <= RUN_MAX_CHARS));
        assert_eq!(runs.concat(), text);
        assert_eq!(word_starts("الرقم هو 80"), [0, 6, 9]);
    }
}
