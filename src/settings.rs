//! The user's settings: a TOML file in the config folder that never stops the app.
//!
//! Loading reads the file field by field: an unknown field is ignored, an invalid one falls back
//! to its default, and each is reported once. The file itself is left exactly as it was until
//! the user changes a setting (then the whole file is written again, atomically).

use crate::atomic_file;
use crate::i18n::Locale;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::io;
use std::path::Path;

/// The colour theme the user chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeChoice {
    /// Standard light or dark, following the operating system.
    #[default]
    System,
    Light,
    Dark,
    HighContrastDark,
    HighContrastLight,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 5] = [
        ThemeChoice::System,
        ThemeChoice::Light,
        ThemeChoice::Dark,
        ThemeChoice::HighContrastDark,
        ThemeChoice::HighContrastLight,
    ];

    /// Its name in the settings.
    pub fn label(self) -> crate::i18n::MessageId {
        use crate::i18n::msg;
        match self {
            ThemeChoice::System => msg!("theme-system"),
            ThemeChoice::Light => msg!("theme-light"),
            ThemeChoice::Dark => msg!("theme-dark"),
            ThemeChoice::HighContrastDark => msg!("theme-high-contrast-dark"),
            ThemeChoice::HighContrastLight => msg!("theme-high-contrast-light"),
        }
    }

    /// Stable code.
    pub fn code(self) -> &'static str {
        match self {
            ThemeChoice::System => "system",
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
            ThemeChoice::HighContrastDark => "high-contrast-dark",
            ThemeChoice::HighContrastLight => "high-contrast-light",
        }
    }
}

/// Whole-UI scale steps, in percent.
pub const SCALE_STEPS: [u16; 5] = [100, 125, 150, 175, 200];

/// One change of a setting, as the user made it.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    StaffLanguage(Locale),
    /// Make this the citizen language and the most recent one.
    CitizenLanguage(Locale),
    /// Show this citizen language without reordering the recent ones (Ctrl+L walks them).
    ShowCitizenLanguage(Locale),
    Theme(ThemeChoice),
    Scale(u16),
    Unit(String),
    Baseline(std::collections::BTreeMap<String, f64>),
}

/// Everything the user can set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub theme: ThemeChoice,
    /// One of [`SCALE_STEPS`].
    pub scale_percent: u16,
    /// The interface language; `None` follows the operating system.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub staff_language: Option<Locale>,
    /// The language of what is shown to the citizen.
    pub citizen_language: Locale,
    /// Citizen languages used lately, most recent first (Ctrl+L cycles them).
    pub recent_citizen_languages: Vec<Locale>,
    /// The unit (enhed) this desk belongs to, written into the outreach log.
    pub unit: String,
    /// Optional baseline for the indicators: the area's share (percent) of a language or group,
    /// keyed `language:<code>` or `group:<code>` (e.g. from the municipality's statistics).
    pub baseline: std::collections::BTreeMap<String, f64>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            theme: ThemeChoice::System,
            scale_percent: 100,
            staff_language: None,
            citizen_language: Locale::En,
            recent_citizen_languages: Vec::new(),
            unit: String::new(),
            baseline: std::collections::BTreeMap::new(),
        }
    }
}

/// Something wrong with the settings file. None of these stop the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file exists but could not be read.
    Unreadable(String),
    /// The file is not valid TOML; every setting uses its default.
    NotToml(String),
    /// A field Skranke does not know (a typo, or from a newer version).
    UnknownField(String),
    /// A known field with a value that cannot be used; its default is used instead.
    InvalidField(String),
}

/// Settings as loaded, with what had to be fixed on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub settings: Settings,
    pub problems: Vec<Problem>,
    /// The fields the file sets with a usable value: the settings the user chose.
    pub present: BTreeSet<String>,
}

/// Applies every known field of a TOML table that deserialises; reports the rest.
macro_rules! apply_fields {
    ($settings:ident, $table:ident, $problems:ident, $present:ident, [$($field:ident),* $(,)?]) => {
        for (key, value) in $table {
            match key.as_str() {
                $(stringify!($field) => match value.try_into() {
                    Ok(parsed) => {
                        $settings.$field = parsed;
                        $present.insert(key);
                    }
                    Err(_) => $problems.push(Problem::InvalidField(key)),
                },)*
                _ => $problems.push(Problem::UnknownField(key)),
            }
        }
    };
}

impl Settings {
    /// Loads the settings file. A missing file gives the defaults and no problems.
    pub fn load(path: &Path) -> Loaded {
        match std::fs::read_to_string(path) {
            Ok(text) => Settings::parse(&text),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Loaded {
                settings: Settings::default(),
                problems: Vec::new(),
                present: BTreeSet::new(),
            },
            Err(error) => Loaded {
                settings: Settings::default(),
                problems: vec![Problem::Unreadable(error.to_string())],
                present: BTreeSet::new(),
            },
        }
    }

    /// Parses settings text field by field.
    pub fn parse(text: &str) -> Loaded {
        let mut settings = Settings::default();
        let mut problems = Vec::new();
        let table = match text.parse::<toml::Table>() {
            Ok(table) => table,
            Err(error) => {
                let message = error.message().to_string();
                return Loaded {
                    settings,
                    problems: vec![Problem::NotToml(message)],
                    present: BTreeSet::new(),
                };
            }
        };
        let mut present = BTreeSet::new();
        apply_fields!(
            settings,
            table,
            problems,
            present,
            [
                theme,
                scale_percent,
                staff_language,
                citizen_language,
                recent_citizen_languages,
                unit,
                baseline,
            ]
        );
        settings.sanitize(&mut problems);
        for problem in &problems {
            if let Problem::InvalidField(key) = problem {
                present.remove(key);
            }
        }
        Loaded {
            settings,
            problems,
            present,
        }
    }

    /// Values that deserialise but make no sense fall back to their defaults.
    fn sanitize(&mut self, problems: &mut Vec<Problem>) {
        let defaults = Settings::default();
        if !SCALE_STEPS.contains(&self.scale_percent) {
            self.scale_percent = defaults.scale_percent;
            problems.push(Problem::InvalidField("scale_percent".into()));
        }
        let mut seen = Vec::new();
        self.recent_citizen_languages.retain(|l| {
            let fresh = !seen.contains(l);
            seen.push(*l);
            fresh
        });
        self.recent_citizen_languages.truncate(RECENT_LANGUAGES_MAX);
        let before = self.baseline.len();
        self.baseline.retain(|key, share| {
            let known = key
                .strip_prefix("language:")
                .is_some_and(crate::outreach::codes::is_language_code)
                || key
                    .strip_prefix("group:")
                    .and_then(crate::outreach::codes::Group::from_code)
                    .is_some();
            known && share.is_finite() && (0.0..=100.0).contains(share)
        });
        if self.baseline.len() != before {
            problems.push(Problem::InvalidField("baseline".into()));
        }
        if self.unit.chars().count() > UNIT_MAX_CHARS {
            self.unit = defaults.unit;
            problems.push(Problem::InvalidField("unit".into()));
        }
    }

    /// Writes the settings atomically.
    pub fn save(&self, path: &Path) -> io::Result<()> {
        self.save_without(path, &[])
    }

    /// Writes the settings atomically, leaving out the fields in `left_out`: settings the user
    /// never chose, so that a machine-wide default (`crate::policy`) still applies to them.
    pub fn save_without(&self, path: &Path, left_out: &[&str]) -> io::Result<()> {
        let mut table = toml::Table::try_from(self).map_err(io::Error::other)?;
        for key in left_out {
            table.remove(*key);
        }
        let text = toml::to_string_pretty(&table).map_err(io::Error::other)?;
        atomic_file::write(path, text.as_bytes())
    }

    /// Makes `locale` the citizen language and the most recent one.
    pub fn choose_citizen_language(&mut self, locale: Locale) {
        self.citizen_language = locale;
        self.recent_citizen_languages.retain(|l| *l != locale);
        self.recent_citizen_languages.insert(0, locale);
        self.recent_citizen_languages.truncate(RECENT_LANGUAGES_MAX);
    }

    /// The next citizen language for Ctrl+L: the recent ones, most recent first; with fewer
    /// than two recent languages, all languages in list order.
    ///
    /// Cycling does not reorder the recent list, so repeated presses walk through it.
    pub fn next_citizen_language(&self) -> Locale {
        let order: Vec<Locale> = if self.recent_citizen_languages.len() >= 2 {
            self.recent_citizen_languages.clone()
        } else {
            Locale::ALL.to_vec()
        };
        match order.iter().position(|l| *l == self.citizen_language) {
            Some(position) => order[(position + 1) % order.len()],
            None => order[0],
        }
    }

    /// Applies one change the user made. A scale that is not one of the steps is ignored.
    pub fn apply(&mut self, change: Change) {
        match change {
            Change::StaffLanguage(locale) => self.staff_language = Some(locale),
            Change::CitizenLanguage(locale) => self.choose_citizen_language(locale),
            Change::ShowCitizenLanguage(locale) => self.citizen_language = locale,
            Change::Theme(choice) => self.theme = choice,
            Change::Scale(percent) if SCALE_STEPS.contains(&percent) => {
                self.scale_percent = percent
            }
            Change::Scale(_) => {}
            Change::Unit(unit) => self.unit = unit,
            Change::Baseline(baseline) => self.baseline = baseline,
        }
    }

    /// The next larger (or smaller) scale step, staying within 100–200 %.
    pub fn step_scale(&self, larger: bool) -> u16 {
        let position = SCALE_STEPS
            .iter()
            .position(|s| *s == self.scale_percent)
            .unwrap_or(0);
        let next = if larger {
            (position + 1).min(SCALE_STEPS.len() - 1)
        } else {
            position.saturating_sub(1)
        };
        SCALE_STEPS[next]
    }
}

/// How many recent citizen languages are remembered (and cycled by Ctrl+L).
pub const RECENT_LANGUAGES_MAX: usize = 5;

/// The longest unit name accepted.
pub const UNIT_MAX_CHARS: usize = 80;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_gives_defaults_without_problems() {
        let dir = tempfile::tempdir().unwrap();
        let loaded = Settings::load(&dir.path().join("settings.toml"));
        assert_eq!(loaded.settings, Settings::default());
        assert!(loaded.problems.is_empty());
    }

    #[test]
    fn settings_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.toml");
        let mut settings = Settings {
            baseline: [
                ("language:ar".to_string(), 12.5),
                ("group:elderly".to_string(), 20.0),
            ]
            .into_iter()
            .collect(),
            theme: ThemeChoice::HighContrastDark,
            scale_percent: 175,
            staff_language: Some(Locale::Ar),
            unit: "Borgerservice Nørrebro".into(),
            ..Settings::default()
        };
        settings.choose_citizen_language(Locale::Ti);
        settings.save(&path).unwrap();
        let loaded = Settings::load(&path);
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        assert_eq!(loaded.settings, settings);
    }

    #[test]
    fn garbage_gives_defaults_and_one_problem() {
        let loaded = Settings::parse("this is = = not toml ][");
        assert_eq!(loaded.settings, Settings::default());
        assert!(matches!(loaded.problems.as_slice(), [Problem::NotToml(_)]));
    }

    #[test]
    fn fields_fall_back_one_by_one() {
        let text = r#"
            theme = "high-contrast-light"
            scale_percent = 130
            citizen_language = "klingon"
            recent_citizen_languages = ["ar", "ar", "uk"]
            colour = "blue"
            unit = "Enhed A"
        "#;
        let loaded = Settings::parse(text);
        assert_eq!(loaded.settings.theme, ThemeChoice::HighContrastLight);
        assert_eq!(loaded.settings.scale_percent, 100);
        assert_eq!(
            loaded.settings.citizen_language,
            Settings::default().citizen_language
        );
        assert_eq!(
            loaded.settings.recent_citizen_languages,
            [Locale::Ar, Locale::Uk]
        );
        assert_eq!(loaded.settings.unit, "Enhed A");
        let mut problems = loaded.problems.clone();
        problems.sort_by_key(|p| format!("{p:?}"));
        assert_eq!(
            problems,
            [
                Problem::InvalidField("citizen_language".into()),
                Problem::InvalidField("scale_percent".into()),
                Problem::UnknownField("colour".into()),
            ]
        );
    }

    #[test]
    fn a_baseline_keeps_only_known_keys_and_percentages() {
        let loaded = Settings::parse(
            "[baseline]\n\"language:ar\" = 12.5\n\"language:xx\" = 3.0\n\"group:elderly\" = 150.0\n",
        );
        assert_eq!(loaded.settings.baseline.len(), 1);
        assert_eq!(loaded.settings.baseline.get("language:ar"), Some(&12.5));
        assert_eq!(loaded.problems, [Problem::InvalidField("baseline".into())]);
    }

    #[test]
    fn truncated_file_keeps_what_parses() {
        // A file cut off mid-value is not valid TOML as a whole.
        let loaded = Settings::parse("theme = \"dark\"\nscale_percent = 1");
        assert_eq!(loaded.settings.theme, ThemeChoice::Dark);
        assert_eq!(
            loaded.problems,
            [Problem::InvalidField("scale_percent".into())]
        );
        let cut = Settings::parse("theme = \"da");
        assert!(matches!(cut.problems.as_slice(), [Problem::NotToml(_)]));
    }

    #[test]
    fn ctrl_l_walks_recent_languages_most_recent_first() {
        let mut settings = Settings::default();
        settings.choose_citizen_language(Locale::Uk);
        settings.choose_citizen_language(Locale::Ti);
        settings.choose_citizen_language(Locale::Ar);
        assert_eq!(
            settings.recent_citizen_languages,
            [Locale::Ar, Locale::Ti, Locale::Uk]
        );
        assert_eq!(settings.next_citizen_language(), Locale::Ti);
        settings.citizen_language = Locale::Ti;
        assert_eq!(settings.next_citizen_language(), Locale::Uk);
        settings.citizen_language = Locale::Uk;
        assert_eq!(settings.next_citizen_language(), Locale::Ar);
    }

    #[test]
    fn ctrl_l_walks_all_languages_until_two_were_used() {
        let mut settings = Settings::default();
        settings.choose_citizen_language(Locale::Ti);
        assert_eq!(settings.next_citizen_language(), Locale::Da);
        settings.citizen_language = Locale::Da;
        assert_eq!(settings.next_citizen_language(), Locale::En);
    }

    #[test]
    fn only_five_recent_languages_are_kept() {
        let mut settings = Settings::default();
        for locale in Locale::ALL {
            settings.choose_citizen_language(locale);
        }
        assert_eq!(
            settings.recent_citizen_languages.len(),
            RECENT_LANGUAGES_MAX
        );
        assert_eq!(settings.recent_citizen_languages[0], Locale::Ti);
    }

    #[test]
    fn scale_steps_stay_in_range() {
        let mut settings = Settings::default();
        assert_eq!(settings.step_scale(false), 100);
        assert_eq!(settings.step_scale(true), 125);
        settings.scale_percent = 200;
        assert_eq!(settings.step_scale(true), 200);
        assert_eq!(settings.step_scale(false), 175);
    }
}
