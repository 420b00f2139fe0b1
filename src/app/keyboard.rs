//! The app's keyboard: what each shortcut does once the screen shown has not claimed it, and
//! moving the focus with the focused control kept in view.

use super::{App, Message};
use crate::screen::{Request, ScreenId, desk, language_card};
use crate::settings::{Change, SCALE_STEPS};
use crate::ui::MAIN_SCROLL;
use crate::ui::focus::{self, Control, ControlId, GroupMove, Role};
use crate::ui::shortcuts::{Arrow, Shortcut};
use iced::Task;
use iced::widget::operation::{self, AbsoluteOffset};
use iced::widget::selector;

/// How far Page Up / Page Down scroll, in logical pixels.
const PAGE_STEP: f32 = 320.0;

impl App {
    pub(super) fn shortcut(&mut self, shortcut: Shortcut) -> Task<Message> {
        if !self.window.asking.is_empty() && !answers_the_question(shortcut) {
            // While Skranke asks before closing, only the question can be answered.
            return Task::none();
        }
        if let Some(message) = self.claimed(shortcut) {
            return self.update(message);
        }
        match shortcut {
            Shortcut::FocusNext | Shortcut::FocusPrevious => {
                let controls = self.controls();
                let next = focus::step(
                    &controls,
                    self.shared.focus.as_ref(),
                    shortcut == Shortcut::FocusPrevious,
                );
                self.set_focus(next, &controls)
            }
            Shortcut::Activate => {
                let controls = self.controls();
                let action = self
                    .shared
                    .focus
                    .as_ref()
                    .and_then(|id| focus::find(&controls, id))
                    .and_then(|control| control.on_activate.clone());
                match action {
                    Some(message) => self.update(message),
                    None => Task::none(),
                }
            }
            Shortcut::Back => self.back(),
            Shortcut::NextRegion => {
                let controls = self.controls();
                let in_navigation = self
                    .shared
                    .focus
                    .as_ref()
                    .is_none_or(|id| id.as_str().starts_with("nav-"));
                let target = if in_navigation {
                    first_in_content(&controls)
                } else {
                    Some(self.current.nav_control())
                };
                self.set_focus(target, &controls)
            }
            Shortcut::Screen(number) => match ScreenId::ALL.get(number - 1) {
                Some(screen) => self.navigate(*screen),
                None => Task::none(),
            },
            Shortcut::CycleCitizenLanguage => {
                let settings = self.shared.preferences.get();
                // With fewer than two languages used so far there is nothing to cycle through:
                // the card shows them all at once, instead of ten presses.
                if settings.recent_citizen_languages.len() < 2 {
                    return self.grant(Request::OpenCard);
                }
                let next = settings.next_citizen_language();
                self.change_setting(Change::ShowCitizenLanguage(next))
            }
            Shortcut::ScaleUp => {
                let percent = self.shared.preferences.get().step_scale(true);
                self.change_setting(Change::Scale(percent))
            }
            Shortcut::ScaleDown => {
                let percent = self.shared.preferences.get().step_scale(false);
                self.change_setting(Change::Scale(percent))
            }
            Shortcut::ScaleReset => self.change_setting(Change::Scale(SCALE_STEPS[0])),
            Shortcut::ScrollDown => scroll_by(PAGE_STEP),
            Shortcut::ScrollUp => scroll_by(-PAGE_STEP),
            Shortcut::Arrow(arrow) => {
                // Reading order: in a right-to-left layout the left arrow goes forward.
                let forward = match arrow {
                    Arrow::Down => true,
                    Arrow::Up => false,
                    Arrow::Right => !self.shared.staff_is_rtl(),
                    Arrow::Left => self.shared.staff_is_rtl(),
                };
                self.move_in_group(GroupMove::By(if forward { 1 } else { -1 }))
            }
            Shortcut::Home => self.move_in_group(GroupMove::First),
            Shortcut::End => self.move_in_group(GroupMove::Last),
            Shortcut::Quit => self.close(),
            Shortcut::LogVisit => self.grant(Request::LogVisit),
            // Ctrl+Enter and Ctrl+D are the log form's, Ctrl+Z the log list's, F11 the
            // presentation's (claimed by the screen when they apply).
            Shortcut::Submit { .. }
            | Shortcut::Undo
            | Shortcut::FullScreen
            | Shortcut::SameAsLast => Task::none(),
        }
    }

    /// An arrow, Home or End inside a group: the focus moves, and in a radio group the choice
    /// moves with it (the WAI-ARIA radio group pattern). Outside a group the key does nothing.
    fn move_in_group(&mut self, to: GroupMove) -> Task<Message> {
        let controls = self.controls();
        let Some(current) = self.shared.focus.clone() else {
            return Task::none();
        };
        let Some(target) = focus::within_group(&controls, &current, to) else {
            return Task::none();
        };
        let choose = focus::find(&controls, &target)
            .filter(|c| c.group.as_ref().is_some_and(|g| g.choice_follows_focus))
            .filter(|c| matches!(c.role, Role::Radio { .. }))
            .and_then(|c| c.on_activate.clone());
        let moved = self.set_focus(Some(target), &controls);
        match choose {
            Some(message) => Task::batch([moved, self.update(message)]),
            None => moved,
        }
    }

    /// The message of the screen shown (or the card), if it claims the key.
    fn claimed(&self, shortcut: Shortcut) -> Option<Message> {
        let ctx = self.shared.context(self.last_size.get().width);
        if !self.window.asking.is_empty() {
            return None;
        }
        if self.card_open {
            return crate::screen::Screen::key(&self.screens.card, shortcut, &ctx)
                .map(Message::Card);
        }
        self.screens.get(self.current).key(shortcut, &ctx)
    }

    /// Esc: close what is open on the screen (focus its first control), or go to the navigation.
    fn back(&mut self) -> Task<Message> {
        if !self.window.asking.is_empty() {
            return self.update(Message::Window(super::WindowMessage::Keep));
        }
        if self.card_open {
            return self.update(Message::Card(language_card::Message::Close));
        }
        if let Some(message) = self.screens.get(self.current).back() {
            return self.update(message);
        }
        let controls = self.controls();
        self.set_focus(Some(self.current.nav_control()), &controls)
    }

    /// Moves Skranke's focus, hands iced's text focus to a text input (or takes it away), and
    /// scrolls the control into view.
    pub(super) fn set_focus(
        &mut self,
        target: Option<ControlId>,
        controls: &[Control<Message>],
    ) -> Task<Message> {
        self.shared.focus = target.clone();
        let Some(id) = target else {
            return Task::none();
        };
        let is_input = focus::find(controls, &id).is_some_and(|c| c.role.is_text_input());
        // Focusing an id unfocuses every other text input, so this also ends typing elsewhere.
        let text_focus = if is_input {
            operation::focus(id.input_id())
        } else {
            operation::focus(id.widget_id())
        };
        Task::batch([
            text_focus,
            scroll_into_view(id.widget_id(), self.shared.staff_is_rtl()),
        ])
    }

    /// After an update that took the focused control away (a topic opened from its link, a
    /// list replaced) and put nothing in its place: the focus goes to the first control that was not there before (what
    /// opened), else to the control now where the lost one was, else to the screen's first.
    pub(super) fn settle_focus(&mut self, before: &[ControlId]) -> Task<Message> {
        let Some(lost) = self.shared.focus.clone() else {
            return Task::none();
        };
        // A focus asked for a control that is not there yet (a row the list is reloading
        // with) is left alone: it takes effect when the control appears.
        if !before.contains(&lost) {
            return Task::none();
        }
        let controls = self.controls();
        if focus::find(&controls, &lost).is_some() {
            return Task::none();
        }
        let opened = controls.iter().position(|c| !before.contains(&c.id));
        let in_its_place = || {
            let at = before.iter().position(|id| *id == lost)?;
            let kept_before_it = before[..at]
                .iter()
                .filter(|id| focus::find(&controls, id).is_some())
                .count();
            Some(kept_before_it.min(controls.len().checked_sub(1)?))
        };
        let target = match opened.or_else(in_its_place) {
            Some(index) => focus::entry_of(&controls, index),
            None => first_in_content(&controls),
        };
        self.set_focus(target, &controls)
    }

    /// The card closed: the focus returns to the button that opened it.
    pub(super) fn focus_card_button(&mut self) -> Task<Message> {
        let controls = self.controls();
        self.set_focus(Some(desk::CARD), &controls)
    }
}

/// The keys that work while Skranke asks before closing: moving between its two buttons,
/// pressing one, Esc (keep), and the text size.
fn answers_the_question(shortcut: Shortcut) -> bool {
    matches!(
        shortcut,
        Shortcut::FocusNext
            | Shortcut::FocusPrevious
            | Shortcut::Activate
            | Shortcut::Back
            | Shortcut::Arrow(_)
            | Shortcut::Home
            | Shortcut::End
            | Shortcut::ScaleUp
            | Shortcut::ScaleDown
            | Shortcut::ScaleReset
    )
}

/// Where Tab would enter the content: the first stop after the navigation.
pub(super) fn first_in_content(controls: &[Control<Message>]) -> Option<ControlId> {
    let index = controls
        .iter()
        .position(|c| !matches!(c.role, Role::NavItem { .. }))?;
    focus::entry_of(controls, index)
}

fn scroll_by(y: f32) -> Task<Message> {
    operation::scroll_by(MAIN_SCROLL, AbsoluteOffset { x: 0.0, y })
}

/// Scrolls the widget `target` into view, with a margin: in the main content vertically, or in
/// the navigation strip across the top horizontally. Right-to-left, the strip is anchored at
/// its right end, where its offsets are counted from.
///
/// The scroll comes back as `Message::Scrolled`: iced draws the window again after messages,
/// not after a widget operation that finishes later, so without it the scroll showed only at
/// the next key press (the view was one Tab behind the focus).
pub(super) fn scroll_into_view(target: iced::widget::Id, rtl: bool) -> Task<Message> {
    const MARGIN: f32 = 24.0;
    let main = iced::widget::Id::new(MAIN_SCROLL);
    let strip = iced::widget::Id::new(crate::ui::NAV_SCROLL);
    selector::find(target)
        .then(move |found| {
            let strip = strip.clone();
            selector::find(main.clone()).then(move |scroller| {
                let found = found.clone();
                selector::find(strip.clone()).map(move |nav| (found.clone(), scroller.clone(), nav))
            })
        })
        .then(move |(found, scroller, nav)| {
            let Some(found) = found else {
                return Task::none();
            };
            let control = found.bounds();
            if let Some(selector::Target::Scrollable {
                bounds,
                content_bounds,
                translation,
                ..
            }) = scroller
            {
                let inside = control.x >= bounds.x
                    && control.x < bounds.x + bounds.width
                    && control.y >= content_bounds.y;
                if inside {
                    let top = control.y - content_bounds.y;
                    let y = within(top, control.height, translation.y, bounds.height, MARGIN);
                    return y.map_or_else(Task::none, |y| {
                        operation::scroll_to(
                            MAIN_SCROLL,
                            AbsoluteOffset {
                                x: None,
                                y: Some(y),
                            },
                        )
                        .chain(Task::done(Message::Scrolled))
                    });
                }
            }
            if let Some(selector::Target::Scrollable {
                bounds,
                content_bounds,
                translation,
                ..
            }) = nav
                && control.y >= bounds.y
                && control.y < bounds.y + bounds.height
            {
                let left = control.x - content_bounds.x;
                let x = within(left, control.width, translation.x, bounds.width, MARGIN);
                let scrollable_width = (content_bounds.width - bounds.width).max(0.0);
                let x = x.map(|x| if rtl { scrollable_width - x } else { x });
                return x.map_or_else(Task::none, |x| {
                    operation::scroll_to(
                        crate::ui::NAV_SCROLL,
                        AbsoluteOffset {
                            x: Some(x),
                            y: None,
                        },
                    )
                    .chain(Task::done(Message::Scrolled))
                });
            }
            Task::none()
        })
}

/// The scroll offset that brings `[start, start + length]` into a window of `window` at
/// `offset`, or `None` if it is already in view.
fn within(start: f32, length: f32, offset: f32, window: f32, margin: f32) -> Option<f32> {
    if start - margin < offset {
        Some((start - margin).max(0.0))
    } else if start + length + margin > offset + window {
        Some(start + length + margin - window)
    } else {
        None
    }
}
