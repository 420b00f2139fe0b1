//! Where Skranke keeps its settings and its data.
//!
//! By default the operating system's folders for the app (from `directories`); the
//! `--config-dir` / `--data-dir` flags or `SKRANKE_CONFIG_DIR` / `SKRANKE_DATA_DIR` override
//! them, for portable installs (a USB stick at a pop-up desk) and for tests.

use std::path::{Path, PathBuf};

/// The two folders Skranke uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paths {
    /// Settings and editors' text overrides.
    pub config_dir: PathBuf,
    /// The outreach database and its backups.
    pub data_dir: PathBuf,
}

impl Paths {
    /// Resolves the folders: explicit values win, else the operating system's defaults, else
    /// a `skranke` folder in the working directory (a machine without a home folder).
    pub fn resolve(config_dir: Option<PathBuf>, data_dir: Option<PathBuf>) -> Paths {
        let project = directories::ProjectDirs::from("dk", "Kobenhavns Kommune", "Skranke");
        let fallback = || PathBuf::from("skranke");
        Paths {
            config_dir: config_dir.unwrap_or_else(|| {
                project
                    .as_ref()
                    .map(|p| p.config_dir().to_path_buf())
                    .unwrap_or_else(fallback)
            }),
            data_dir: data_dir.unwrap_or_else(|| {
                project
                    .as_ref()
                    .map(|p| p.data_dir().to_path_buf())
                    .unwrap_or_else(fallback)
            }),
        }
    }

    pub fn settings_file(&self) -> PathBuf {
        self.config_dir.join("settings.toml")
    }

    /// Folder of the editors' override `.ftl` files: `<config>/i18n/<locale>/*.ftl`.
    pub fn overrides_dir(&self) -> PathBuf {
        self.config_dir.join("i18n")
    }

    pub fn database_file(&self) -> PathBuf {
        self.data_dir.join("skranke.sqlite3")
    }

    pub fn backups_dir(&self) -> PathBuf {
        self.data_dir.join("backups")
    }

    /// IT's log of failures (`crate::it_log`).
    pub fn it_log_file(&self) -> PathBuf {
        self.data_dir.join("skranke.log")
    }
}

/// Shows a path with the home folder as `~`, for compact display.
pub fn display(path: &Path) -> String {
    if let Some(home) = directories::BaseDirs::new().map(|b| b.home_dir().to_path_buf())
        && let Ok(rest) = path.strip_prefix(&home)
    {
        return format!("~{}{}", std::path::MAIN_SEPARATOR, rest.display());
    }
    path.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_folders_win() {
        let paths = Paths::resolve(Some("/a".into()), Some("/b".into()));
        assert_eq!(paths.settings_file(), PathBuf::from("/a/settings.toml"));
        assert_eq!(paths.database_file(), PathBuf::from("/b/skranke.sqlite3"));
        assert_eq!(paths.overrides_dir(), PathBuf::from("/a/i18n"));
    }

    #[test]
    fn defaults_are_separate_folders() {
        let paths = Paths::resolve(None, None);
        assert!(!paths.config_dir.as_os_str().is_empty());
        assert!(!paths.data_dir.as_os_str().is_empty());
    }
}
