//! The settings this session uses, kept apart from the ones the user chose.
//!
//! Four layers give each setting (`crate::policy`): a locked machine-wide policy, the user's
//! choice, a policy default, the built-in default. `--lang` and `--citizen-lang` are the user's
//! choice for this session only (an interpreter's laptop, a trainer's demonstration): they are
//! used, never saved. Only settings the user chose are written to `settings.toml`, so a policy
//! default still reaches every setting the user has not touched, and the file never holds a
//! language that came from the command line unless the user chose it.

use crate::export::SaveError;
use crate::i18n::Locale;
use crate::policy::{self, Origin, Policy, Setting};
use crate::settings::{Change, Settings};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

#[derive(Debug)]
pub struct Preferences {
    /// The settings file's contents, with every change the user made since.
    chosen: Settings,
    /// The settings the user chose: in the file, or changed since.
    chosen_keys: BTreeSet<Setting>,
    /// This session's languages from the command line, until the user changes them.
    session: policy::Session,
    policy: Policy,
    /// What this session uses.
    in_use: Settings,
    origins: BTreeMap<Setting, Origin>,
    file: PathBuf,
}

/// Languages given on the command line for this session.
#[derive(Clone, Copy, Debug, Default)]
pub struct SessionLanguages {
    pub staff: Option<Locale>,
    pub citizen: Option<Locale>,
}

/// Why a change was not made.
#[derive(Debug)]
pub enum ChangeError {
    /// The machine-wide policy locks the setting.
    Locked(Setting),
    /// The change is in use but could not be written.
    NotSaved(SaveError),
}

impl Preferences {
    /// The settings file as loaded (`chosen`, and the fields it sets), the policy, and this
    /// session's languages.
    pub fn new(
        chosen: crate::settings::Loaded,
        session: SessionLanguages,
        file: PathBuf,
        policy: Policy,
    ) -> Preferences {
        let chosen_keys = chosen
            .present
            .iter()
            .filter_map(|key| Setting::from_key(key))
            .collect();
        let mut preferences = Preferences {
            chosen: chosen.settings,
            chosen_keys,
            session: policy::Session {
                staff_language: session.staff,
                citizen_language: session.citizen,
                data_dir: None,
            },
            policy,
            in_use: Settings::default(),
            origins: BTreeMap::new(),
            file,
        };
        preferences.lay_layers();
        preferences
    }

    fn lay_layers(&mut self) {
        let effective =
            policy::resolve(&self.policy, &self.chosen, &self.chosen_keys, &self.session);
        self.in_use = effective.settings;
        self.origins = effective.origins;
    }

    /// The settings in use.
    pub fn get(&self) -> &Settings {
        &self.in_use
    }

    /// The machine-wide policy.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// Whether the policy locks `setting`.
    pub fn locked(&self, setting: Setting) -> bool {
        self.origins.get(&setting) == Some(&Origin::Locked)
    }

    /// Applies a change the user made and writes the chosen settings. A locked setting is
    /// left as it is.
    pub fn change(&mut self, change: Change) -> Result<(), ChangeError> {
        let setting = setting_of(&change);
        if let Some(setting) = setting {
            if self.locked(setting) {
                return Err(ChangeError::Locked(setting));
            }
            self.chosen_keys.insert(setting);
            // The user's choice now wins over the command line's for this session.
            match setting {
                Setting::StaffLanguage => self.session.staff_language = None,
                Setting::CitizenLanguage => self.session.citizen_language = None,
                _ => {}
            }
        }
        self.chosen.apply(change);
        self.lay_layers();
        let left_out: Vec<&str> = [
            Setting::StaffLanguage,
            Setting::CitizenLanguage,
            Setting::Theme,
            Setting::Scale,
            Setting::Unit,
        ]
        .into_iter()
        .filter(|setting| !self.chosen_keys.contains(setting))
        .map(Setting::key)
        .collect();
        self.chosen
            .save_without(&self.file, &left_out)
            .map_err(|error| ChangeError::NotSaved(SaveError::from(error)))
    }
}

/// The policy's name for the setting a change touches (`None`: not a policy setting).
fn setting_of(change: &Change) -> Option<Setting> {
    match change {
        Change::StaffLanguage(_) => Some(Setting::StaffLanguage),
        Change::CitizenLanguage(_) | Change::ShowCitizenLanguage(_) => {
            Some(Setting::CitizenLanguage)
        }
        Change::Theme(_) => Some(Setting::Theme),
        Change::Scale(_) => Some(Setting::Scale),
        Change::Unit(_) => Some(Setting::Unit),
        Change::Baseline(_) => None,
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
        let chosen = crate::settings::Loaded {
            settings: Settings {
                citizen_language: Locale::Pl,
                ..Settings::default()
            },
            problems: Vec::new(),
            present: ["citizen_language".to_owned()].into(),
        };
        let session = SessionLanguages {
            staff: Some(Locale::Ar),
            citizen: Some(Locale::Ti),
        };
        let mut preferences = Preferences::new(chosen, session, file.clone(), Policy::default());
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
