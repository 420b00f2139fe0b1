//! Skranke's own keyboard focus.
//!
//! iced 0.14 only focuses text inputs, so every screen *describes* its interactive controls as a
//! list of [`Control`]s in reading order: id, role (with its state), label, and the message that
//! activates it. The app moves focus through that list with Tab / Shift+Tab, activates the
//! focused control with Enter / Space, and the views draw a focus ring around the control whose
//! id is focused.
//!
//! Reading order is logical, not visual: in a right-to-left language the layout is mirrored, so
//! moving "forward" goes from right to left on screen, as a reader of that language expects.
//!
//! The list is the screen's semantic description; a screen-reader bridge (AccessKit) can read
//! the same list later: roles map to accessibility roles, labels to names, states to states.

use std::borrow::Cow;

/// A stable identifier of an interactive control, unique within a screen.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ControlId(Cow<'static, str>);

impl ControlId {
    pub const fn new(id: &'static str) -> ControlId {
        ControlId(Cow::Borrowed(id))
    }

    /// An id made at run time, e.g. `principle-1a` or `log-row-<uuid>`.
    pub fn dynamic(id: impl Into<String>) -> ControlId {
        ControlId(Cow::Owned(id.into()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The iced widget id of the control's focus-ring container.
    pub fn widget_id(&self) -> iced::widget::Id {
        iced::widget::Id::from(format!("control:{}", self.0))
    }

    /// The iced widget id of a text input inside the control, which takes iced's own focus.
    pub fn input_id(&self) -> iced::widget::Id {
        iced::widget::Id::from(format!("input:{}", self.0))
    }
}

impl From<&'static str> for ControlId {
    fn from(id: &'static str) -> Self {
        ControlId::new(id)
    }
}

/// What kind of control it is, with its current state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Role {
    Button,
    /// An entry of the main navigation; `current` when its screen is shown.
    NavItem {
        current: bool,
    },
    /// One option of a group where exactly one is chosen (a radio button).
    Radio {
        selected: bool,
    },
    Checkbox {
        checked: bool,
    },
    /// A two-state button (on/off).
    Toggle {
        on: bool,
    },
    /// A text field; it takes iced's own focus when it gets Skranke's.
    TextInput,
    /// Opens something else (another view, a detail).
    Link,
    /// Shows or hides more below it (a failure's details); `expanded` while shown.
    Disclosure {
        expanded: bool,
    },
}

impl Role {
    /// Text inputs need the keys Space and Enter for themselves.
    pub fn is_text_input(&self) -> bool {
        matches!(self, Role::TextInput)
    }
}

/// One interactive control, as a screen describes it.
#[derive(Clone, Debug)]
pub struct Control<Message> {
    pub id: ControlId,
    pub role: Role,
    /// The visible label (or, for a text input, its field label), in the staff language.
    pub label: String,
    /// What Enter or Space does; `None` for text inputs and disabled controls.
    pub on_activate: Option<Message>,
}

impl<Message> Control<Message> {
    pub fn new(
        id: impl Into<ControlId>,
        role: Role,
        label: impl Into<String>,
        on_activate: Option<Message>,
    ) -> Control<Message> {
        Control {
            id: id.into(),
            role,
            label: label.into(),
            on_activate,
        }
    }

    pub fn map<Other>(self, f: impl Fn(Message) -> Other) -> Control<Other> {
        Control {
            id: self.id,
            role: self.role,
            label: self.label,
            on_activate: self.on_activate.map(f),
        }
    }
}

/// The controls of a view, collected while the view is built: every widget helper that draws an
/// interactive control also registers it here, so the description can never drift from what
/// is on screen, and its order is the order the view was built in (reading order).
#[derive(Debug)]
pub struct Controls<Message> {
    list: Vec<Control<Message>>,
}

impl<Message> Default for Controls<Message> {
    fn default() -> Self {
        Controls { list: Vec::new() }
    }
}

impl<Message> Controls<Message> {
    pub fn new() -> Controls<Message> {
        Controls::default()
    }

    pub fn push(&mut self, control: Control<Message>) {
        self.list.push(control);
    }

    pub fn into_vec(self) -> Vec<Control<Message>> {
        self.list
    }

    pub fn as_slice(&self) -> &[Control<Message>] {
        &self.list
    }

    /// Moves every control of `other` here, mapping its messages.
    pub fn extend_mapped<Other>(&mut self, other: Controls<Other>, f: impl Fn(Other) -> Message) {
        self.list.extend(other.list.into_iter().map(|c| c.map(&f)));
    }
}

/// The control after (or before) `current` in `controls`, wrapping around at the ends.
/// With nothing focused, forward starts at the first control and backward at the last.
pub fn step<Message>(
    controls: &[Control<Message>],
    current: Option<&ControlId>,
    backwards: bool,
) -> Option<ControlId> {
    if controls.is_empty() {
        return None;
    }
    let len = controls.len();
    let position = current.and_then(|id| controls.iter().position(|c| &c.id == id));
    let next = match (position, backwards) {
        (None, false) => 0,
        (None, true) => len - 1,
        (Some(i), false) => (i + 1) % len,
        (Some(i), true) => (i + len - 1) % len,
    };
    Some(controls[next].id.clone())
}

/// Finds the control with the given id.
pub fn find<'a, Message>(
    controls: &'a [Control<Message>],
    id: &ControlId,
) -> Option<&'a Control<Message>> {
    controls.iter().find(|c| &c.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn controls() -> Vec<Control<u8>> {
        vec![
            Control::new("a", Role::Button, "A", Some(1)),
            Control::new("b", Role::TextInput, "B", None),
            Control::new("c", Role::Checkbox { checked: true }, "C", Some(3)),
        ]
    }

    #[test]
    fn tab_moves_forward_and_wraps() {
        let list = controls();
        assert_eq!(step(&list, None, false), Some("a".into()));
        assert_eq!(step(&list, Some(&"a".into()), false), Some("b".into()));
        assert_eq!(step(&list, Some(&"c".into()), false), Some("a".into()));
    }

    #[test]
    fn shift_tab_moves_backward_and_wraps() {
        let list = controls();
        assert_eq!(step(&list, None, true), Some("c".into()));
        assert_eq!(step(&list, Some(&"a".into()), true), Some("c".into()));
        assert_eq!(step(&list, Some(&"b".into()), true), Some("a".into()));
    }

    #[test]
    fn a_vanished_control_restarts_at_the_edge() {
        let list = controls();
        assert_eq!(step(&list, Some(&"gone".into()), false), Some("a".into()));
        assert_eq!(step::<u8>(&[], Some(&"a".into()), false), None);
    }

    #[test]
    fn mapping_keeps_id_role_and_label() {
        let control = Control::new("x", Role::Toggle { on: true }, "X", Some(2u8)).map(u32::from);
        assert_eq!(control.id, ControlId::new("x"));
        assert_eq!(control.role, Role::Toggle { on: true });
        assert_eq!(control.on_activate, Some(2u32));
    }
}
