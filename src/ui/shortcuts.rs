//! The keyboard shortcuts: which key press means what. The app acts on most of them; a screen
//! may claim some first (the presentation's arrows, Ctrl+Enter on the log form).

use iced::event::{Event, Status};
use iced::keyboard::{self, Key, Modifiers, key::Named};

/// An app-wide keyboard command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
    FocusNext,
    FocusPrevious,
    /// Enter or Space on the focused control.
    Activate,
    /// Esc: close what is open, or go back to the navigation.
    Back,
    /// F6: jump between the navigation and the content.
    NextRegion,
    /// Ctrl+1…8: the n-th screen (1-based; Ctrl+9 is read too, and does nothing).
    Screen(usize),
    CycleCitizenLanguage,
    ScaleUp,
    ScaleDown,
    ScaleReset,
    ScrollDown,
    ScrollUp,
    /// Ctrl+Enter: save the form on screen; with Shift, also ready the desk for the next citizen.
    Submit {
        next_citizen: bool,
    },
    /// Ctrl+B: log this visit (the log form, filled in from the visit).
    LogVisit,
    /// Ctrl+D on the log form: fill it like the entry saved last.
    SameAsLast,
    /// An arrow key (the presentation moves with them).
    Arrow(Arrow),
    Home,
    End,
    /// F11: the presentation in full screen (claimed by the training screen).
    FullScreen,
    /// Ctrl+Z: undo the last delete (claimed by the log's list).
    Undo,
    /// Ctrl+Q: close Skranke, asking first when a form is not saved.
    Quit,
}

/// The four arrow keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrow {
    Left,
    Right,
    Up,
    Down,
}

/// Reads a runtime event. `captured` events were used by a widget (a text input took a Space):
/// those only count for keys no widget types with.
pub fn from_event(event: &Event, status: Status) -> Option<Shortcut> {
    let Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) = event else {
        return None;
    };
    interpret(key.as_ref(), *modifiers, status == Status::Captured)
}

/// The shortcut a key press means, if any.
pub fn interpret(key: Key<&str>, modifiers: Modifiers, captured: bool) -> Option<Shortcut> {
    let command = modifiers.command();
    match key {
        Key::Named(Named::Tab) if !command => Some(if modifiers.shift() {
            Shortcut::FocusPrevious
        } else {
            Shortcut::FocusNext
        }),
        Key::Named(Named::Escape) => Some(Shortcut::Back),
        Key::Named(Named::F6) => Some(Shortcut::NextRegion),
        Key::Named(Named::F11) => Some(Shortcut::FullScreen),
        Key::Named(Named::Enter) if command => Some(Shortcut::Submit {
            next_citizen: modifiers.shift(),
        }),
        Key::Named(Named::Enter | Named::Space) if !captured && !command => {
            Some(Shortcut::Activate)
        }
        Key::Named(Named::ArrowLeft) if !captured && !command => Some(Shortcut::Arrow(Arrow::Left)),
        Key::Named(Named::ArrowRight) if !captured && !command => {
            Some(Shortcut::Arrow(Arrow::Right))
        }
        Key::Named(Named::ArrowUp) if !captured && !command => Some(Shortcut::Arrow(Arrow::Up)),
        Key::Named(Named::ArrowDown) if !captured && !command => Some(Shortcut::Arrow(Arrow::Down)),
        Key::Named(Named::Home) if !captured => Some(Shortcut::Home),
        Key::Named(Named::End) if !captured => Some(Shortcut::End),
        Key::Named(Named::PageDown) if !captured => Some(Shortcut::ScrollDown),
        Key::Named(Named::PageUp) if !captured => Some(Shortcut::ScrollUp),
        Key::Character(c) if command && !modifiers.alt() => match c {
            "l" | "L" => Some(Shortcut::CycleCitizenLanguage),
            "b" | "B" => Some(Shortcut::LogVisit),
            "d" | "D" => Some(Shortcut::SameAsLast),
            "+" | "=" => Some(Shortcut::ScaleUp),
            "-" => Some(Shortcut::ScaleDown),
            "0" => Some(Shortcut::ScaleReset),
            // Text inputs have no undo of their own, so Ctrl+Z is the log's, even in a field.
            "z" | "Z" if !modifiers.shift() => Some(Shortcut::Undo),
            "q" | "Q" => Some(Shortcut::Quit),
            digit => digit
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=9).contains(n))
                .map(Shortcut::Screen),
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CTRL: Modifiers = Modifiers::CTRL;

    #[test]
    fn tab_and_shift_tab_move_focus() {
        assert_eq!(
            interpret(Key::Named(Named::Tab), Modifiers::empty(), false),
            Some(Shortcut::FocusNext)
        );
        assert_eq!(
            interpret(Key::Named(Named::Tab), Modifiers::SHIFT, true),
            Some(Shortcut::FocusPrevious)
        );
    }

    #[test]
    fn space_and_enter_activate_unless_a_text_field_used_them() {
        assert_eq!(
            interpret(Key::Named(Named::Space), Modifiers::empty(), false),
            Some(Shortcut::Activate)
        );
        assert_eq!(
            interpret(Key::Named(Named::Enter), Modifiers::empty(), false),
            Some(Shortcut::Activate)
        );
        assert_eq!(
            interpret(Key::Named(Named::Space), Modifiers::empty(), true),
            None
        );
    }

    #[test]
    fn control_shortcuts() {
        assert_eq!(
            interpret(Key::Character("3"), CTRL, false),
            Some(Shortcut::Screen(3))
        );
        assert_eq!(
            interpret(Key::Character("l"), CTRL, true),
            Some(Shortcut::CycleCitizenLanguage)
        );
        assert_eq!(
            interpret(Key::Character("+"), CTRL, false),
            Some(Shortcut::ScaleUp)
        );
        assert_eq!(
            interpret(Key::Character("="), CTRL, false),
            Some(Shortcut::ScaleUp)
        );
        assert_eq!(
            interpret(Key::Character("-"), CTRL, false),
            Some(Shortcut::ScaleDown)
        );
        assert_eq!(
            interpret(Key::Character("0"), CTRL, false),
            Some(Shortcut::ScaleReset)
        );
        assert_eq!(
            interpret(Key::Character("l"), Modifiers::empty(), false),
            None
        );
        assert_eq!(interpret(Key::Character("x"), CTRL, false), None);
        assert_eq!(
            interpret(Key::Character("z"), CTRL, true),
            Some(Shortcut::Undo)
        );
        assert_eq!(
            interpret(Key::Character("Z"), CTRL | Modifiers::SHIFT, false),
            None,
            "Ctrl+Shift+Z is redo, which Skranke does not have"
        );
        assert_eq!(
            interpret(Key::Character("q"), CTRL, true),
            Some(Shortcut::Quit)
        );
        assert_eq!(
            interpret(Key::Named(Named::F11), Modifiers::empty(), false),
            Some(Shortcut::FullScreen)
        );
        assert_eq!(
            interpret(Key::Character("b"), CTRL, true),
            Some(Shortcut::LogVisit)
        );
        assert_eq!(
            interpret(Key::Character("d"), CTRL, false),
            Some(Shortcut::SameAsLast)
        );
        assert_eq!(
            interpret(Key::Named(Named::Enter), CTRL, true),
            Some(Shortcut::Submit {
                next_citizen: false
            })
        );
        assert_eq!(
            interpret(Key::Named(Named::Enter), CTRL | Modifiers::SHIFT, false),
            Some(Shortcut::Submit { next_citizen: true })
        );
    }
}
