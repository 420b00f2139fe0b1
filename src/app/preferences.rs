//! The settings this session uses, kept apart from the ones the user chose.
//!
//! `--lang` and `--citizen-lang` are for this session only (an interpreter's laptop, a trainer's
//! demonstration): they are laid over the settings in use, never into what is saved. Every
//! change the user makes goes into both, and only the chosen settings are written to
//! `settings.toml`; so whatever the user changes afterwards, the file never holds a language
//! that came from the command line, unless the user chose it.

use crate::export::SaveError;
use crate::i18n::Locale;
use crate::settings::{Change, Settings};
use std::path::PathBuf;

#[derive(Debug)]
pub struct Preferences {
    /// The settings file's contents, with every change the user made since.
    chosen: Settings,
    /// What this session uses: `chosen` with the command line's languages laid over it.
    in_use: Settings,
    file: PathBuf,
}

/// Languages given on the command line for this session.
#[derive(Clone, Copy, Debug, Default)]
pub struct SessionLanguages {
    pub staff: Option<Locale>,
    pub citizen: Option<Locale>,
}

impl Preferences {
    /// `chosen` as loaded from `file`, with this session's languages on top.
    pub fn new(chosen: Settings, session: SessionLanguages, file: PathBuf) -> Preferences {
        let mut in_use = chosen.clone();
        if let Some(staff) = session.staff {
            in_use.staff_language = Some(staff);
        }
        if let Some(citizen) = session.citizen {
            in_use.citizen_language = citizen;
        }
        Preferences {
            chosen,
            in_use,
            file,
        }
    }

    /// The settings in use.
    pub fn get(&self) -> &Settings {
        &self.in_use
    }

    /// Applies a change the user made and writes the chosen settings.
    pub fn change(&mut self, change: Change) -> Result<(), SaveError> {
        self.in_use.apply(change.clone());
        self.chosen.apply(change);
        self.chosen.save(&self.file).map_err(SaveError::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::ThemeChoice;

    #[test]
    fn session_languages_are_used_but_never_saved() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("settings.toml");
        let chosen = Settings {
            citizen_language: Locale::Pl,
            ..Settings::default()
        };
        let session = SessionLanguages {
            staff: Some(Locale::Ar),
            citizen: Some(Locale::Ti),
        };
        let mut preferences = Preferences::new(chosen, session, file.clone());
        assert_eq!(preferences.get().staff_language, Some(Locale::Ar));
        assert_eq!(preferences.get().citizen_language, Locale::Ti);

        preferences
            .change(Change::Theme(ThemeChoice::Dark))
            .unwrap();
        let saved = Settings::load(&file).settings;
        assert_eq!(saved.theme, ThemeChoice::Dark);
        assert_eq!(saved.staff_language, None);
        assert_eq!(saved.citizen_language, Locale::Pl);
        assert_eq!(
            preferences.get().citizen_language,
            Locale::Ti,
            "still in use"
        );

        // A language the user chooses is theirs, and saved.
        preferences
            .change(Change::CitizenLanguage(Locale::So))
            .unwrap();
        assert_eq!(Settings::load(&file).settings.citizen_language, Locale::So);
    }
}
