//! Machine-wide policy: settings that municipal IT installs beside the package.
//!
//! `policy.toml` lives in a folder only administrators can write: `/etc/skranke/` on Linux,
//! `%ProgramData%\Skranke\` on Windows, `/Library/Application Support/Skranke/` on macOS.
//! Its `[defaults]` table gives values a user may change; its `[locked]` table gives values
//! nobody at the desk can change. Machine-wide text overrides go in the same folder's
//! `i18n/<locale>/` and are checked exactly like the user's own.
//!
//! Which value wins, highest first: a locked policy value, the user's choice (the settings
//! file, or `--lang`/`--data-dir` for one session), a policy default, the built-in default
//! (`layers`). Like the settings file, the policy never stops the app: a field that cannot be
//! used is skipped and reported; a file that is not TOML is ignored as a whole (built-in
//! defaults) and reported. Skranke never writes the file.

mod layers;

pub use layers::{Effective, Folders, Origin, Session, folders, resolve};

use crate::i18n::Locale;
use crate::settings::{SCALE_STEPS, ThemeChoice, UNIT_MAX_CHARS};
use std::io;
use std::path::{Path, PathBuf};

/// The file's name in the policy folder.
pub const FILE_NAME: &str = "policy.toml";

/// The folder IT puts `policy.toml` in on this operating system.
pub fn machine_dir() -> PathBuf {
    if cfg!(windows) {
        let program_data =
            std::env::var_os("ProgramData").unwrap_or_else(|| r"C:\ProgramData".into());
        PathBuf::from(program_data).join("Skranke")
    } else if cfg!(target_os = "macos") {
        PathBuf::from("/Library/Application Support/Skranke")
    } else {
        PathBuf::from("/etc/skranke")
    }
}

/// A setting that the policy can give a default for, or lock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Setting {
    StaffLanguage,
    CitizenLanguage,
    Theme,
    Scale,
    Unit,
    DataFolder,
    BackupFolder,
}

impl Setting {
    pub const ALL: [Setting; 7] = [
        Setting::StaffLanguage,
        Setting::CitizenLanguage,
        Setting::Theme,
        Setting::Scale,
        Setting::Unit,
        Setting::DataFolder,
        Setting::BackupFolder,
    ];

    /// Its key in `policy.toml` (the same as in the user's `settings.toml` where both have it).
    pub fn key(self) -> &'static str {
        match self {
            Setting::StaffLanguage => "staff_language",
            Setting::CitizenLanguage => "citizen_language",
            Setting::Theme => "theme",
            Setting::Scale => "scale_percent",
            Setting::Unit => "unit",
            Setting::DataFolder => "data_dir",
            Setting::BackupFolder => "backup_dir",
        }
    }

    /// The setting with this key.
    pub fn from_key(key: &str) -> Option<Setting> {
        Setting::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// Values for some of the settings; `None` leaves a setting to the next layer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Values {
    pub staff_language: Option<Locale>,
    pub citizen_language: Option<Locale>,
    pub theme: Option<ThemeChoice>,
    pub scale_percent: Option<u16>,
    pub unit: Option<String>,
    pub data_dir: Option<PathBuf>,
    pub backup_dir: Option<PathBuf>,
}

impl Values {
    /// Whether this layer sets `setting`.
    pub fn sets(&self, setting: Setting) -> bool {
        match setting {
            Setting::StaffLanguage => self.staff_language.is_some(),
            Setting::CitizenLanguage => self.citizen_language.is_some(),
            Setting::Theme => self.theme.is_some(),
            Setting::Scale => self.scale_percent.is_some(),
            Setting::Unit => self.unit.is_some(),
            Setting::DataFolder => self.data_dir.is_some(),
            Setting::BackupFolder => self.backup_dir.is_some(),
        }
    }

    /// Reads one table; fields that cannot be used are reported under `table.key`.
    fn read(table: toml::Table, name: &str, problems: &mut Vec<Problem>) -> Values {
        let mut values = Values::default();
        for (key, value) in table {
            let Some(setting) = Setting::from_key(&key) else {
                problems.push(Problem::UnknownField(format!("{name}.{key}")));
                continue;
            };
            if !values.set(setting, value) {
                problems.push(Problem::InvalidField(format!("{name}.{key}")));
            }
        }
        values
    }

    /// Sets one value; false if it cannot be used.
    fn set(&mut self, setting: Setting, value: toml::Value) -> bool {
        match setting {
            Setting::StaffLanguage => self.staff_language = value.try_into().ok(),
            Setting::CitizenLanguage => self.citizen_language = value.try_into().ok(),
            Setting::Theme => self.theme = value.try_into().ok(),
            Setting::Scale => {
                self.scale_percent = value
                    .try_into()
                    .ok()
                    .filter(|percent| SCALE_STEPS.contains(percent))
            }
            Setting::Unit => {
                self.unit = value
                    .try_into()
                    .ok()
                    .map(|unit: String| unit.trim().to_owned())
                    .filter(|unit| {
                        !unit.is_empty()
                            && unit.chars().count() <= UNIT_MAX_CHARS
                            && crate::guard::check(unit, UNIT_MAX_CHARS).is_ok()
                    })
            }
            Setting::DataFolder => self.data_dir = folder(value),
            Setting::BackupFolder => self.backup_dir = folder(value),
        }
        self.sets(setting)
    }
}

/// A folder: an absolute path (a relative one would depend on where the app was started).
fn folder(value: toml::Value) -> Option<PathBuf> {
    let text: String = value.try_into().ok()?;
    let path = PathBuf::from(text.trim());
    path.is_absolute().then_some(path)
}

/// The policy in force: empty when there is no file, or it could not be used.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Policy {
    /// The file it came from (also when it was empty or ignored), for `config show`.
    pub file: Option<PathBuf>,
    /// Who manages this machine, as the file says (`administered_by`): shown beside a locked
    /// setting so the user knows whom to ask.
    pub administered_by: Option<String>,
    pub defaults: Values,
    pub locked: Values,
    /// The folder, for its machine-wide text overrides (`i18n/<locale>/*.ftl`).
    pub dir: Option<PathBuf>,
}

/// Something wrong with the policy file. None of these stop the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file exists but could not be read; built-in defaults are used.
    Unreadable(String),
    /// The file is not valid TOML; it is ignored as a whole.
    NotToml(String),
    /// A field Skranke does not know (`defaults.colour`, say).
    UnknownField(String),
    /// A known field whose value cannot be used; it is skipped.
    InvalidField(String),
}

/// A policy as loaded, with what was wrong with it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    pub policy: Policy,
    pub problems: Vec<Problem>,
}

impl Policy {
    /// Loads `policy.toml` from `dir`. No folder or no file: an empty policy, no problems.
    pub fn load(dir: &Path) -> Loaded {
        let file = dir.join(FILE_NAME);
        let empty = Policy {
            file: Some(file.clone()),
            dir: Some(dir.to_path_buf()),
            ..Policy::default()
        };
        match std::fs::read_to_string(&file) {
            Ok(text) => {
                let mut loaded = Policy::parse(&text);
                loaded.policy.file = empty.file;
                loaded.policy.dir = empty.dir;
                loaded
            }
            Err(error) if error.kind() == io::ErrorKind::NotFound => Loaded {
                policy: empty,
                problems: Vec::new(),
            },
            Err(error) => Loaded {
                policy: empty,
                problems: vec![Problem::Unreadable(error.to_string())],
            },
        }
    }

    /// Reads policy text.
    pub fn parse(text: &str) -> Loaded {
        let table = match text.parse::<toml::Table>() {
            Ok(table) => table,
            Err(error) => {
                return Loaded {
                    policy: Policy::default(),
                    problems: vec![Problem::NotToml(error.message().to_string())],
                };
            }
        };
        let mut policy = Policy::default();
        let mut problems = Vec::new();
        for (key, value) in table {
            match (key.as_str(), value) {
                ("administered_by", toml::Value::String(who)) if !who.trim().is_empty() => {
                    policy.administered_by = Some(who.trim().to_owned());
                }
                ("defaults", toml::Value::Table(table)) => {
                    policy.defaults = Values::read(table, "defaults", &mut problems);
                }
                ("locked", toml::Value::Table(table)) => {
                    policy.locked = Values::read(table, "locked", &mut problems);
                }
                ("administered_by" | "defaults" | "locked", _) => {
                    problems.push(Problem::InvalidField(key));
                }
                _ => problems.push(Problem::UnknownField(key)),
            }
        }
        Loaded { policy, problems }
    }

    /// Whether the policy locks `setting`.
    pub fn locks(&self, setting: Setting) -> bool {
        self.locked.sets(setting)
    }
}

#[cfg(test)]
mod tests;
