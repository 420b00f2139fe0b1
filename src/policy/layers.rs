//! The settings in use, from four layers, highest first: a locked policy value, the user's
//! choice, a policy default, the built-in default. "The user's choice" is what the settings
//! file holds for a setting the user set (a field the file does not have is not a choice), or
//! what the command line gives for this session (`--lang`, `--citizen-lang`, `--data-dir`),
//! which wins over the file.

use super::{Policy, Setting};
use crate::i18n::Locale;
use crate::settings::Settings;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// Where the value in use of a setting comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    PolicyDefault,
    /// The user's settings file.
    User,
    /// The command line or its environment variable, for this session only.
    Session,
    /// Locked by the policy: the user cannot change it.
    Locked,
}

impl Origin {
    /// Stable code, as `skranke config show` prints it.
    pub fn code(self) -> &'static str {
        match self {
            Origin::BuiltIn => "built-in",
            Origin::PolicyDefault => "policy default",
            Origin::User => "user settings",
            Origin::Session => "command line",
            Origin::Locked => "policy, locked",
        }
    }
}

/// What this session asks for on the command line.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Session {
    pub staff_language: Option<Locale>,
    pub citizen_language: Option<Locale>,
    pub data_dir: Option<PathBuf>,
}

/// The settings in use and where each came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Effective {
    /// The settings in use. Fields no layer manages (recent languages, baseline) are the
    /// user's.
    pub settings: Settings,
    pub origins: BTreeMap<Setting, Origin>,
}

/// The folders in use and where each came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Folders {
    pub data_dir: PathBuf,
    pub backup_dir: PathBuf,
    pub data_origin: Origin,
    pub backup_origin: Origin,
}

/// Which layer gives `setting`.
fn origin(policy: &Policy, setting: Setting, by_session: bool, by_user: bool) -> Origin {
    if policy.locked.sets(setting) {
        Origin::Locked
    } else if by_session {
        Origin::Session
    } else if by_user {
        Origin::User
    } else if policy.defaults.sets(setting) {
        Origin::PolicyDefault
    } else {
        Origin::BuiltIn
    }
}

/// Lays the layers over each other for the settings a user has (languages, theme, scale,
/// unit). `chosen` holds the settings the user's file sets.
pub fn resolve(
    policy: &Policy,
    user: &Settings,
    chosen: &BTreeSet<Setting>,
    session: &Session,
) -> Effective {
    let built_in = Settings::default();
    let mut settings = user.clone();
    let mut origins = BTreeMap::new();
    let mut decide = |setting: Setting, by_session: bool| {
        let origin = origin(policy, setting, by_session, chosen.contains(&setting));
        origins.insert(setting, origin);
        match origin {
            Origin::Locked => Some(&policy.locked),
            Origin::PolicyDefault => Some(&policy.defaults),
            _ => None,
        }
        .map(|values| (origin, values))
        .ok_or(origin)
    };
    // Each setting from the layer that won it: a policy table (Ok), or the session, the
    // built-in default or the user's file (Err with the origin). The user's values are
    // already in `settings`.
    match decide(Setting::StaffLanguage, session.staff_language.is_some()) {
        Ok((_, values)) => settings.staff_language = values.staff_language,
        Err(Origin::Session) => settings.staff_language = session.staff_language,
        Err(Origin::BuiltIn) => settings.staff_language = built_in.staff_language,
        Err(_) => {}
    }
    match decide(Setting::CitizenLanguage, session.citizen_language.is_some()) {
        Ok((_, values)) => {
            settings.citizen_language = values.citizen_language.unwrap_or(built_in.citizen_language)
        }
        Err(Origin::Session) => {
            settings.citizen_language = session
                .citizen_language
                .unwrap_or(built_in.citizen_language)
        }
        Err(Origin::BuiltIn) => settings.citizen_language = built_in.citizen_language,
        Err(_) => {}
    }
    match decide(Setting::Theme, false) {
        Ok((_, values)) => settings.theme = values.theme.unwrap_or_default(),
        Err(Origin::BuiltIn) => settings.theme = built_in.theme,
        Err(_) => {}
    }
    match decide(Setting::Scale, false) {
        Ok((_, values)) => {
            settings.scale_percent = values.scale_percent.unwrap_or(built_in.scale_percent)
        }
        Err(Origin::BuiltIn) => settings.scale_percent = built_in.scale_percent,
        Err(_) => {}
    }
    match decide(Setting::Unit, false) {
        Ok((_, values)) => settings.unit = values.unit.clone().unwrap_or_default(),
        Err(Origin::BuiltIn) => settings.unit = built_in.unit.clone(),
        Err(_) => {}
    }
    Effective { settings, origins }
}

/// The data and backup folders: `default_data_dir` is the operating system's folder for the
/// app's data. The backup folder follows the data folder unless the policy names one.
pub fn folders(policy: &Policy, session: &Session, default_data_dir: PathBuf) -> Folders {
    let data_origin = origin(
        policy,
        Setting::DataFolder,
        session.data_dir.is_some(),
        false,
    );
    let data_dir = match data_origin {
        Origin::Locked => policy.locked.data_dir.clone(),
        Origin::Session => session.data_dir.clone(),
        Origin::PolicyDefault => policy.defaults.data_dir.clone(),
        Origin::User | Origin::BuiltIn => None,
    }
    .unwrap_or(default_data_dir);
    let backup_origin = origin(policy, Setting::BackupFolder, false, false);
    let backup_dir = match backup_origin {
        Origin::Locked => policy.locked.backup_dir.clone(),
        Origin::PolicyDefault => policy.defaults.backup_dir.clone(),
        _ => None,
    }
    .unwrap_or_else(|| data_dir.join("backups"));
    Folders {
        data_dir,
        backup_dir,
        data_origin,
        backup_origin,
    }
}
