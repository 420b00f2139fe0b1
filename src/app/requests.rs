//! What the app does when a screen asks: the settings, the visit, the card, the log's state
//! and the focus are the app's to change.

use super::preferences::ChangeError;
use super::{App, Message, Notice};
use crate::screen::{Request, language_card};
use crate::settings::Change;
use crate::ui::MAIN_SCROLL;
use iced::Task;
use iced::widget::operation;

impl App {
    pub(super) fn grant(&mut self, request: Request) -> Task<Message> {
        match request {
            Request::Setting(change) => self.change_setting(change),
            Request::Visit(change) => {
                self.shared.visit.apply(change);
                Task::none()
            }
            Request::NextCitizen => {
                self.shared.visit.reset();
                self.screens.desk = Default::default();
                Task::none()
            }
            Request::LogVisit => self.log_visit(),
            Request::OpenCard => {
                self.card_open = true;
                let controls = self.controls();
                let chosen = language_card::choice_id(self.settings().citizen_language);
                Task::batch([
                    self.set_focus(Some(chosen), &controls),
                    operation::snap_to(MAIN_SCROLL, operation::RelativeOffset::START),
                ])
            }
            Request::CloseCard => {
                self.card_open = false;
                self.focus_card_button()
            }
            Request::ToggleTrainingMode => {
                self.shared.training_mode = !self.shared.training_mode;
                Task::none()
            }
            Request::Assessed(item, assessment) => {
                self.shared.assessments.insert(item, assessment);
                Task::none()
            }
            Request::Reopened(opened) => {
                self.take_opened(opened);
                Task::none()
            }
            Request::ReloadTexts => {
                self.shared.catalogue =
                    crate::i18n::Catalogue::with_overrides_from(&super::start::override_dirs(
                        self.shared.preferences.policy(),
                        &self.shared.paths,
                    ));
                Task::none()
            }
            Request::FullScreen(full) => self.set_full_screen(full),
            Request::Focus(id) => {
                let controls = self.controls();
                self.set_focus(Some(id), &controls)
            }
            Request::FocusWithin(id, region) => {
                let controls = self.controls();
                // After the control's own scrolling, so the region's bottom wins.
                self.set_focus(Some(id), &controls)
                    .chain(super::keyboard::scroll_into_view(
                        region,
                        self.shared.staff_is_rtl(),
                    ))
            }
        }
    }

    /// Shows `notice` in place of an earlier one of its kind: a new failure to save the
    /// settings replaces the last one instead of lining up under it.
    fn replace_notice(&mut self, notice: Notice) {
        let kind = std::mem::discriminant(&notice);
        self.notices.retain(|n| std::mem::discriminant(n) != kind);
        self.notices.push(notice);
    }

    /// "Log this visit", from the desk's button or Ctrl+B anywhere: the log screen, entered
    /// (which asks for the remembered defaults), then its form filled in from the visit with
    /// the focus on Save. Unlike navigating, the page is not scrolled to the top: the focus
    /// brings Save into view.
    pub(super) fn log_visit(&mut self) -> Task<Message> {
        self.card_open = false;
        self.current = crate::screen::ScreenId::Log;
        let entered = self.enter(crate::screen::ScreenId::Log);
        let filled = self.update(Message::Log(crate::screen::log::Message::LogVisit));
        Task::batch([entered, filled])
    }

    /// Applies and saves a change of a setting; a failed save becomes a notice.
    pub(super) fn change_setting(&mut self, change: Change) -> Task<Message> {
        if let Change::StaffLanguage(locale) = change {
            self.shared.staff = locale;
        }
        match self.shared.preferences.change(change) {
            Ok(()) => {}
            Err(ChangeError::Locked(setting)) => {
                self.replace_notice(Notice::SettingLocked(setting))
            }
            Err(ChangeError::NotSaved(error)) => {
                crate::it_log::failure("settings", error.code(), error.detail());
                self.replace_notice(Notice::SettingsNotSaved(error));
            }
        }
        self.theme = self.palette().iced_theme();
        Task::none()
    }
}
