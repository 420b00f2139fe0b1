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

/// The first layer that gives a value, highest first, and that value; else the built-in one.
fn pick<T>(layers: [(Origin, Option<T>); 4], built_in: T) -> (Origin, T) {
    layers
        .into_iter()
        .find_map(|(origin, value)| value.map(|value| (origin, value)))
        .unwrap_or((Origin::BuiltIn, built_in))
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
    let (locked, defaults) = (&policy.locked, &policy.defaults);
    let chose = |setting: Setting| chosen.contains(&setting);
    let mut settings = user.clone();
    let mut origins = BTreeMap::new();

    // The staff language's value is itself optional (none: follow the system).
    let (origin, staff) = pick(
        [
            (Origin::Locked, locked.staff_language.map(Some)),
            (Origin::Session, session.staff_language.map(Some)),
            (
                Origin::User,
                chose(Setting::StaffLanguage).then_some(user.staff_language),
            ),
            (Origin::PolicyDefault, defaults.staff_language.map(Some)),
        ],
        built_in.staff_language,
    );
    settings.staff_language = staff;
    origins.insert(Setting::StaffLanguage, origin);

    let (origin, citizen) = pick(
        [
            (Origin::Locked, locked.citizen_language),
            (Origin::Session, session.citizen_language),
            (
                Origin::User,
                chose(Setting::CitizenLanguage).then_some(user.citizen_language),
            ),
            (Origin::PolicyDefault, defaults.citizen_language),
        ],
        built_in.citizen_language,
    );
    settings.citizen_language = citizen;
    origins.insert(Setting::CitizenLanguage, origin);

    let (origin, theme) = pick(
        [
            (Origin::Locked, locked.theme),
            (Origin::Session, None),
            (Origin::User, chose(Setting::Theme).then_some(user.theme)),
            (Origin::PolicyDefault, defaults.theme),
        ],
        built_in.theme,
    );
    settings.theme = theme;
    origins.insert(Setting::Theme, origin);

    let (origin, scale) = pick(
        [
            (Origin::Locked, locked.scale_percent),
            (Origin::Session, None),
            (
                Origin::User,
                chose(Setting::Scale).then_some(user.scale_percent),
            ),
            (Origin::PolicyDefault, defaults.scale_percent),
        ],
        built_in.scale_percent,
    );
    settings.scale_percent = scale;
    origins.insert(Setting::Scale, origin);

    let (origin, unit) = pick(
        [
            (Origin::Locked, locked.unit.clone()),
            (Origin::Session, None),
            (
                Origin::User,
                chose(Setting::Unit).then(|| user.unit.clone()),
            ),
            (Origin::PolicyDefault, defaults.unit.clone()),
        ],
        built_in.unit,
    );
    settings.unit = unit;
    origins.insert(Setting::Unit, origin);

    Effective { settings, origins }
}

/// The data and backup folders: `default_data_dir` is the operating system's folder for the
/// app's data. The backup folder follows the data folder unless the policy names one.
pub fn folders(policy: &Policy, session: &Session, default_data_dir: PathBuf) -> Folders {
    let (data_origin, data_dir) = pick(
        [
            (Origin::Locked, policy.locked.data_dir.clone()),
            (Origin::Session, session.data_dir.clone()),
            (Origin::User, None),
            (Origin::PolicyDefault, policy.defaults.data_dir.clone()),
        ],
        default_data_dir,
    );
    let (backup_origin, backup_dir) = pick(
        [
            (Origin::Locked, policy.locked.backup_dir.clone()),
            (Origin::Session, None),
            (Origin::User, None),
            (Origin::PolicyDefault, policy.defaults.backup_dir.clone()),
        ],
        data_dir.join("backups"),
    );
    Folders {
        data_dir,
        backup_dir,
        data_origin,
        backup_origin,
    }
}
