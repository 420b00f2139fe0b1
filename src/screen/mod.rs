//! One module per screen. A screen owns its `State` and `Message`, turns messages into an
//! `Action` for the app, renders a view from a [`Context`], and describes its interactive
//! controls for the keyboard model. No screen reaches into another.

pub mod about;
pub mod settings;

use crate::i18n::{Arg, Catalogue, Locale};
use crate::paths::Paths;
use crate::settings::Settings;
use crate::store::{OpenError, Store};
use crate::ui::focus::ControlId;
use crate::ui::{Lang, Ui};

/// The screens, in navigation order (Ctrl+1 is the first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScreenId {
    Settings,
    About,
}

impl ScreenId {
    pub const ALL: [ScreenId; 2] = [ScreenId::Settings, ScreenId::About];

    /// Stable code; the Fluent id of its navigation label is `nav-<code>`.
    pub fn code(self) -> &'static str {
        match self {
            ScreenId::Settings => "settings",
            ScreenId::About => "about",
        }
    }

    /// The navigation entry's control id.
    pub fn nav_control(self) -> ControlId {
        ControlId::new(match self {
            ScreenId::Settings => "nav-settings",
            ScreenId::About => "nav-about",
        })
    }

    /// Its number for Ctrl+1…9.
    pub fn shortcut_number(self) -> usize {
        ScreenId::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }
}

/// Where the database stands, for views that show it.
#[derive(Clone, Copy, Debug)]
pub enum StoreState<'a> {
    Open(&'a Store),
    Unavailable(&'a OpenError),
}

/// Everything a screen may read while building its view or handling a message.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub ui: Ui<'a>,
    pub i18n: &'a Catalogue,
    pub settings: &'a Settings,
    pub paths: &'a Paths,
    pub store: StoreState<'a>,
    /// The citizen language, as far as layout is concerned.
    pub citizen: Lang,
}

impl Context<'_> {
    /// A text in the staff language.
    pub fn tr(&self, id: &str) -> String {
        self.i18n.text(self.ui.staff.locale, id)
    }

    /// A text in the staff language, with variables.
    pub fn tr_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.i18n.format(self.ui.staff.locale, id, args)
    }

    /// Layout facts of any locale.
    pub fn lang(&self, locale: Locale) -> Lang {
        Lang {
            locale,
            direction: self.i18n.direction(locale),
        }
    }
}
