//! Where Skranke keeps its settings and its data.
//!
//! By default the operating system's folders for the app (from `directories`); the
//! `--config-dir` / `--data-dir` flags or `SKRANKE_CONFIG_DIR` / `SKRANKE_DATA_DIR` override
//! them, for portable installs (a USB stick at a pop-up desk) and for tests. A machine-wide
//! policy (`crate::policy`) may set the data and backup folders, or lock them.

use crate::policy::{self, Policy};
use std::path::{Path, PathBuf};

/// The operating system's folders for the app.
fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("dk", "Kobenhavns Kommune", "Skranke")
}

/// A machine without a home folder: a `skranke` folder in the working directory.
fn fallback() -> PathBuf {
    PathBuf::from("skranke")
}

/// The two folders Skranke uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paths {
    /// Settings and editors' text overrides.
    pub config_dir: PathBuf,
    /// The outreach database and IT's log.
    pub data_dir: PathBuf,
    /// The daily backups: `<data>/backups`, unless the policy names another folder (a network
    /// share, say).
    pub backups_dir: PathBuf,
}

impl Paths {
    /// Resolves the folders without a policy: explicit values win, else the operating
    /// system's defaults, else a `skranke` folder in the working directory.
    pub fn resolve(config_dir: Option<PathBuf>, data_dir: Option<PathBuf>) -> Paths {
        Paths::with_policy(config_dir, data_dir, &Policy::default())
    }

    /// Resolves the folders under a machine-wide policy: a locked data folder wins over
    /// `data_dir`, which wins over the policy's default, which wins over the system's folder.
    pub fn with_policy(
        config_dir: Option<PathBuf>,
        data_dir: Option<PathBuf>,
        policy: &Policy,
    ) -> Paths {
        let folders = Paths::folders(data_dir, policy);
        Paths {
            config_dir: config_dir.unwrap_or_else(|| {
                project_dirs()
                    .map(|p| p.config_dir().to_path_buf())
                    .unwrap_or_else(fallback)
            }),
            data_dir: folders.data_dir,
            backups_dir: folders.backup_dir,
        }
    }

    /// The data and backup folders and where each came from (`skranke config show`).
    pub fn folders(data_dir: Option<PathBuf>, policy: &Policy) -> policy::Folders {
        let session = policy::Session {
            data_dir,
            ..policy::Session::default()
        };
        let system = project_dirs()
            .map(|p| p.data_dir().to_path_buf())
            .unwrap_or_else(fallback);
        policy::folders(policy, &session, system)
    }

    pub fn settings_file(&self) -> PathBuf {
        self.config_dir.join("settings.toml")
    }

    /// Where the window was and how big (`crate::window_place`).
    pub fn window_file(&self) -> PathBuf {
        self.config_dir.join("window.toml")
    }

    /// Folder of the editors' override `.ftl` files: `<config>/i18n/<locale>/*.ftl`.
    pub fn overrides_dir(&self) -> PathBuf {
        self.config_dir.join("i18n")
    }

    pub fn database_file(&self) -> PathBuf {
        self.data_dir.join("skranke.sqlite3")
    }

    pub fn backups_dir(&self) -> PathBuf {
        self.backups_dir.clone()
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
