//! A disclosure: a button that shows or hides what follows it, such as a failure's details.
//! Its label says what pressing it does ("Show details" / "Hide details"), so its state never
//! shows by colour alone, and the keyboard model knows it as expanded or not.

use super::Ui;
use super::focus::{Control, ControlId, Controls, Role};
use super::style::buttons;
use super::widget::{focus_ring, inline};
use iced::Element;
use iced::widget::button;

pub fn disclosure<'a, Message: Clone + 'a>(
    ui: &Ui,
    controls: &mut Controls<Message>,
    id: &ControlId,
    label: String,
    expanded: bool,
    on_toggle: Message,
) -> Element<'a, Message> {
    controls.push(Control::new(
        id.clone(),
        Role::Disclosure { expanded },
        label.clone(),
        Some(on_toggle.clone()),
    ));
    let control = button(inline(ui, label))
        .on_press(on_toggle)
        .style(buttons::link(ui.palette))
        .padding([4, 6]);
    focus_ring(ui, id, control)
}
