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
//!
//! Options that belong together (a field's radio buttons, a set of check boxes, a tab bar) form
//! a [`Group`], as in the WAI-ARIA radio group pattern: the group is one Tab stop (Tab lands on
//! its chosen option, or its first), and the arrow keys move inside it, Home and End to its
//! ends. In a radio group the choice follows the focus, unless the group says otherwise.

use std::borrow::Cow;
use std::rc::Rc;

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

impl From<String> for ControlId {
    fn from(id: String) -> Self {
        ControlId::dynamic(id)
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
    /// A text field of several lines (Enter breaks a line); focused like a text field.
    TextArea,
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
        matches!(self, Role::TextInput | Role::TextArea)
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
    /// The group the control belongs to, if any.
    pub group: Option<Membership>,
    /// For a text input: the message its new text makes (a screen reader sets a value with it,
    /// exactly as typing does).
    pub on_input: Option<OnInput<Message>>,
    /// Why the control's value was refused, while it is (shown below the field).
    pub error: Option<String>,
    /// What else is said about it under it (a note's count down), read after the error.
    pub description: Option<String>,
}

/// What a text input makes of a new text.
pub struct OnInput<Message>(Rc<dyn Fn(String) -> Message>);

impl<Message> OnInput<Message> {
    pub fn new(f: impl Fn(String) -> Message + 'static) -> OnInput<Message> {
        OnInput(Rc::new(f))
    }

    pub fn message(&self, text: String) -> Message {
        (self.0)(text)
    }
}

impl<Message> Clone for OnInput<Message> {
    fn clone(&self) -> Self {
        OnInput(Rc::clone(&self.0))
    }
}

impl<Message> std::fmt::Debug for OnInput<Message> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OnInput")
    }
}

/// Options read and reached as one: a field's radio buttons, a set of check boxes, a tab bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub id: ControlId,
    /// What the options choose ("Kanal"), in the staff language.
    pub label: String,
    /// Moving the focus with the arrow keys also chooses (a radio group); `false` where
    /// choosing does more than choose (the language card closes when a language is chosen).
    pub choice_follows_focus: bool,
}

/// A control's place in a group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Membership {
    pub group: ControlId,
    pub choice_follows_focus: bool,
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
            group: None,
            on_input: None,
            error: None,
            description: None,
        }
    }

    /// A text input whose new text makes `on_input`.
    pub fn text_input(
        id: impl Into<ControlId>,
        label: impl Into<String>,
        on_input: impl Fn(String) -> Message + 'static,
    ) -> Control<Message> {
        Control {
            on_input: Some(OnInput::new(on_input)),
            ..Control::new(id, Role::TextInput, label, None)
        }
    }

    /// A text field of several lines; `on_input` replaces its whole text (a screen reader
    /// setting the value).
    pub fn text_area(
        id: impl Into<ControlId>,
        label: impl Into<String>,
        on_input: impl Fn(String) -> Message + 'static,
    ) -> Control<Message> {
        Control {
            on_input: Some(OnInput::new(on_input)),
            ..Control::new(id, Role::TextArea, label, None)
        }
    }

    pub fn map<Other>(self, f: impl Fn(Message) -> Other + Clone + 'static) -> Control<Other>
    where
        Message: 'static,
    {
        let on_input = self.on_input.map(|inner| {
            let f = f.clone();
            OnInput::new(move |text| f(inner.message(text)))
        });
        Control {
            id: self.id,
            role: self.role,
            label: self.label,
            on_activate: self.on_activate.map(f),
            group: self.group,
            on_input,
            error: self.error,
            description: self.description,
        }
    }
}

/// The controls of a view, collected while the view is built: every widget helper that draws an
/// interactive control also registers it here, so the description can never drift from what
/// is on screen, and its order is the order the view was built in (reading order).
#[derive(Debug)]
pub struct Controls<Message> {
    list: Vec<Control<Message>>,
    groups: Vec<Group>,
    /// The group being built, if any.
    current: Option<Membership>,
}

impl<Message> Default for Controls<Message> {
    fn default() -> Self {
        Controls {
            list: Vec::new(),
            groups: Vec::new(),
            current: None,
        }
    }
}

impl<Message> Controls<Message> {
    pub fn new() -> Controls<Message> {
        Controls::default()
    }

    pub fn push(&mut self, mut control: Control<Message>) {
        if control.group.is_none() {
            control.group = self.current.clone();
        }
        self.list.push(control);
    }

    /// Builds a group: every control `build` registers belongs to `group`.
    pub fn group<R>(&mut self, group: Group, build: impl FnOnce(&mut Self) -> R) -> R {
        let outer = self.begin_group(group);
        let built = build(self);
        self.current = outer;
        built
    }

    /// Starts a group: the controls registered until [`Controls::end_group`] belong to it.
    /// Returns the group it was started in (groups do not nest; the caller keeps it).
    pub fn begin_group(&mut self, group: Group) -> Option<Membership> {
        let membership = Membership {
            group: group.id.clone(),
            choice_follows_focus: group.choice_follows_focus,
        };
        self.groups.push(group);
        self.current.replace(membership)
    }

    /// Ends the group started last.
    pub fn end_group(&mut self) {
        self.current = None;
    }

    /// The groups, in reading order.
    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    pub fn into_vec(self) -> Vec<Control<Message>> {
        self.list
    }

    pub fn as_slice(&self) -> &[Control<Message>] {
        &self.list
    }

    /// Moves every control (and group) of `other` here, mapping its messages.
    pub fn extend_mapped<Other: 'static>(
        &mut self,
        other: Controls<Other>,
        f: impl Fn(Other) -> Message + Clone + 'static,
    ) where
        Message: 'static,
    {
        self.groups.extend(other.groups);
        for control in other.list {
            self.push(control.map(f.clone()));
        }
    }

    /// Marks the button `id` as one that shows or hides what follows it (a screen reader says
    /// "expanded" or "collapsed"); it looks the same.
    pub fn shows_or_hides(&mut self, id: &ControlId, expanded: bool) {
        if let Some(control) = self.list.iter_mut().find(|c| &c.id == id) {
            control.role = Role::Disclosure { expanded };
        }
    }

    /// Marks the control `id` as refused, with the reason shown below it.
    pub fn refuse(&mut self, id: &ControlId, reason: impl Into<String>) {
        if let Some(control) = self.list.iter_mut().find(|c| &c.id == id) {
            control.error = Some(reason.into());
        }
    }

    /// Says what is written under a control (a count down), for a screen reader.
    pub fn describe(&mut self, id: &ControlId, description: impl Into<String>) {
        if let Some(control) = self.list.iter_mut().find(|c| &c.id == id) {
            control.description = Some(description.into());
        }
    }
}

impl Group {
    /// A radio group or a set of check boxes: the choice follows the arrow keys.
    pub fn new(id: impl Into<ControlId>, label: impl Into<String>) -> Group {
        Group {
            id: id.into(),
            label: label.into(),
            choice_follows_focus: true,
        }
    }

    /// A group whose arrow keys only move the focus; Enter or Space chooses.
    pub fn focus_only(mut self) -> Group {
        self.choice_follows_focus = false;
        self
    }
}

/// The control after (or before) `current` in `controls`, wrapping around at the ends. A group
/// is one stop: it is entered at its chosen option, or at its first.
/// With nothing focused, forward starts at the first control and backward at the last.
pub fn step<Message>(
    controls: &[Control<Message>],
    current: Option<&ControlId>,
    backwards: bool,
) -> Option<ControlId> {
    // One entry per stop: a control outside any group, or a group's first member.
    let stops: Vec<usize> = (0..controls.len())
        .filter(|&i| match &controls[i].group {
            None => true,
            Some(member) => controls[..i]
                .iter()
                .all(|c| c.group.as_ref().map(|g| &g.group) != Some(&member.group)),
        })
        .collect();
    if stops.is_empty() {
        return None;
    }
    let position = current
        .and_then(|id| controls.iter().position(|c| &c.id == id))
        .map(|i| {
            let first = match &controls[i].group {
                Some(member) => controls
                    .iter()
                    .position(|c| c.group.as_ref().map(|g| &g.group) == Some(&member.group))
                    .unwrap_or(i),
                None => i,
            };
            stops.iter().position(|s| *s == first).unwrap_or(0)
        });
    let len = stops.len();
    let next = match (position, backwards) {
        (None, false) => 0,
        (None, true) => len - 1,
        (Some(i), false) => (i + 1) % len,
        (Some(i), true) => (i + len - 1) % len,
    };
    let stop = &controls[stops[next]];
    Some(match &stop.group {
        None => stop.id.clone(),
        Some(member) => {
            let members = controls
                .iter()
                .filter(|c| c.group.as_ref().map(|g| &g.group) == Some(&member.group));
            let chosen = members
                .clone()
                .find(|c| matches!(c.role, Role::Radio { selected: true }));
            chosen.unwrap_or(stop).id.clone()
        }
    })
}

/// Where Tab enters the stop of `controls[index]`: the control itself, or, in a group, the
/// group's chosen option (or the control, if none is chosen).
pub fn entry_of<Message>(controls: &[Control<Message>], index: usize) -> Option<ControlId> {
    let control = controls.get(index)?;
    let Some(member) = &control.group else {
        return Some(control.id.clone());
    };
    let chosen = controls
        .iter()
        .filter(|c| c.group.as_ref().map(|g| &g.group) == Some(&member.group))
        .find(|c| matches!(c.role, Role::Radio { selected: true }));
    Some(chosen.unwrap_or(control).id.clone())
}

/// Where an arrow key moves inside the focused control's group: `by` options on (negative:
/// back), wrapping around; or to the group's first or last option (`Edge`). `None` when the
/// focused control is in no group.
pub fn within_group<Message>(
    controls: &[Control<Message>],
    current: &ControlId,
    to: GroupMove,
) -> Option<ControlId> {
    let group = find(controls, current)?.group.as_ref()?;
    let members: Vec<&Control<Message>> = controls
        .iter()
        .filter(|c| c.group.as_ref().map(|g| &g.group) == Some(&group.group))
        .collect();
    let at = members.iter().position(|c| &c.id == current)?;
    let len = members.len() as isize;
    let index = match to {
        GroupMove::By(by) => (at as isize + by).rem_euclid(len),
        GroupMove::First => 0,
        GroupMove::Last => len - 1,
    };
    Some(members[index as usize].id.clone())
}

/// A move inside a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupMove {
    By(isize),
    First,
    Last,
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

    /// A field with three radio options between two buttons: a, [x, y (chosen), z], b.
    fn with_a_group() -> Vec<Control<u8>> {
        let mut controls = Controls::new();
        controls.push(Control::new("a", Role::Button, "A", Some(1)));
        controls.group(Group::new("g", "G"), |c| {
            for (id, selected) in [("x", false), ("y", true), ("z", false)] {
                c.push(Control::new(id, Role::Radio { selected }, id, Some(2)));
            }
        });
        controls.push(Control::new("b", Role::Button, "B", Some(3)));
        assert_eq!(controls.groups()[0].label, "G");
        controls.into_vec()
    }

    #[test]
    fn a_group_is_one_tab_stop_entered_at_its_choice() {
        let list = with_a_group();
        assert_eq!(step(&list, Some(&"a".into()), false), Some("y".into()));
        assert_eq!(step(&list, Some(&"y".into()), false), Some("b".into()));
        assert_eq!(step(&list, Some(&"x".into()), false), Some("b".into()));
        assert_eq!(step(&list, Some(&"b".into()), true), Some("y".into()));
        assert_eq!(step(&list, Some(&"z".into()), true), Some("a".into()));
    }

    #[test]
    fn arrows_move_inside_a_group_and_wrap() {
        let list = with_a_group();
        let y = ControlId::new("y");
        assert_eq!(within_group(&list, &y, GroupMove::By(1)), Some("z".into()));
        assert_eq!(
            within_group(&list, &"z".into(), GroupMove::By(1)),
            Some("x".into())
        );
        assert_eq!(
            within_group(&list, &"x".into(), GroupMove::By(-1)),
            Some("z".into())
        );
        assert_eq!(within_group(&list, &y, GroupMove::First), Some("x".into()));
        assert_eq!(within_group(&list, &y, GroupMove::Last), Some("z".into()));
        assert_eq!(within_group(&list, &"a".into(), GroupMove::By(1)), None);
    }

    #[test]
    fn mapping_keeps_id_role_and_label() {
        let control = Control::new("x", Role::Toggle { on: true }, "X", Some(2u8)).map(u32::from);
        assert_eq!(control.id, ControlId::new("x"));
        assert_eq!(control.role, Role::Toggle { on: true });
        assert_eq!(control.on_activate, Some(2u32));
    }
}
