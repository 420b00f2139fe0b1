//! The app's side of the screen-reader bridge: its window as an AccessKit tree.

use super::App;
use crate::a11y::{self, Built, Outline};
use crate::screen::ScreenId;
use crate::ui::focus::{ControlId, Controls};

impl App {
    /// The tree of the window laid out as `outline`, with every control the app shows and the
    /// focus where the keyboard has it.
    pub fn accessibility_tree(&self, outline: &Outline) -> Built {
        let mut controls = Controls::new();
        let _ = self.build(&mut controls, self.last_size.get());
        let groups = controls.groups().to_vec();
        let controls = controls.into_vec();
        let title = self.title();
        let shortcut = |id: &ControlId| {
            ScreenId::ALL
                .iter()
                .find(|screen| screen.nav_control() == *id)
                .map(|screen| format!("Ctrl+{}", screen.shortcut_number()))
        };
        a11y::build(&a11y::Window {
            title: &title,
            outline,
            controls: &controls,
            groups: &groups,
            focus: self.focused(),
            staff: self.shared.staff,
            scale: self.scale_factor(),
            shortcut: &shortcut,
        })
    }
}
