//! What the app holds that every screen may read: the settings, texts, the log's state, the
//! visit and the focus. A [`Context`] is a view of it for one layout width.

use super::preferences::Preferences;
use crate::i18n::{Catalogue, Locale};
use crate::paths::Paths;
use crate::screen::{Context, StoreState};
use crate::store::assessment::Assessment;
use crate::store::{Database, OpenError, StoreInfo};
use crate::ui::focus::ControlId;
use crate::ui::theme::Palette;
use crate::ui::{Lang, Ui};
use crate::visit::Visit;
use std::collections::HashMap;

pub struct Shared {
    pub paths: Paths,
    pub preferences: Preferences,
    pub catalogue: Catalogue,
    /// The interface language in use.
    pub staff: Locale,
    /// The operating system is in dark mode (the "system" theme follows it).
    pub system_dark: bool,
    /// The log's thread.
    pub database: Database,
    /// The log as last opened (or why it is not), `Opening` until its thread reports.
    pub store: Result<StoreInfo, OpenError>,
    /// The unit's current self-assessment, by item code.
    pub assessments: HashMap<String, Assessment>,
    pub visit: Visit,
    /// New log entries are marked as training. Never saved: every start is real.
    pub training_mode: bool,
    /// The control with the keyboard focus.
    pub focus: Option<ControlId>,
}

impl Shared {
    pub fn palette(&self) -> &'static Palette {
        Palette::for_choice(self.preferences.get().theme, self.system_dark)
    }

    pub fn staff_is_rtl(&self) -> bool {
        self.catalogue.direction(self.staff).is_rtl()
    }

    /// What a screen may read, for a layout `width` logical pixels wide.
    pub fn context(&self, width: f32) -> Context<'_> {
        let settings = self.preferences.get();
        Context {
            ui: Ui {
                palette: self.palette(),
                focused: self.focus.as_ref(),
                staff: Lang {
                    locale: self.staff,
                    direction: self.catalogue.direction(self.staff),
                },
            },
            i18n: &self.catalogue,
            settings,
            paths: &self.paths,
            policy: self.preferences.policy(),
            store: match &self.store {
                Ok(info) => StoreState::Open(&self.database, info),
                Err(OpenError::Opening) => StoreState::Opening,
                Err(error) => StoreState::Unavailable(error),
            },
            citizen: Lang {
                locale: settings.citizen_language,
                direction: self.catalogue.direction(settings.citizen_language),
            },
            visit: &self.visit,
            assessments: &self.assessments,
            training_mode: self.training_mode,
            width,
        }
    }
}
