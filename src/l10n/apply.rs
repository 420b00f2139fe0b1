//! Writes an accepted import: first a copy of the locale's previous files in
//! `<config>/i18n-backup/<locale>-<time>/` (beside `<config>/i18n`, whose sub-folders must be
//! locale codes), then each file atomically and readable by the user alone. If a write fails,
//! the files already written are put back as they were.

use super::problem::{ProblemKind, UnitProblem};
use crate::export::SaveError;
use crate::i18n::Locale;
use crate::i18n::review;
use std::fs;
use std::path::{Path, PathBuf};

/// A change to one file: its new contents, or `None` to remove it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub path: PathBuf,
    pub contents: Option<String>,
}

/// What was done: the files written (or removed), and the backup folder if there was anything
/// to keep.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Applied {
    pub files: Vec<PathBuf>,
    pub backup: Option<PathBuf>,
}

/// The folder that keeps the copies: `<overrides dir>/../i18n-backup`.
pub fn backup_root(overrides_dir: &Path) -> PathBuf {
    overrides_dir
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .join("i18n-backup")
}

/// Applies the changes that change something, after backing up the locale's folder.
pub fn apply(
    overrides_dir: &Path,
    locale: Locale,
    changes: Vec<Change>,
) -> Result<Applied, UnitProblem> {
    let changes: Vec<(Change, Option<Vec<u8>>)> = changes
        .into_iter()
        .map(|change| {
            let before = fs::read(&change.path).ok();
            (change, before)
        })
        .filter(|(change, before)| {
            change.contents.as_ref().map(|c| c.as_bytes()) != before.as_deref()
        })
        .collect();
    if changes.is_empty() {
        return Ok(Applied::default());
    }
    let folder = overrides_dir.join(locale.code());
    let backup = back_up(overrides_dir, &folder, locale)
        .map_err(|(path, error)| write_problem(path, error))?;
    crate::private::create_folder(&folder).map_err(|error| write_problem(folder.clone(), error))?;
    let mut done: Vec<&(Change, Option<Vec<u8>>)> = Vec::new();
    for entry in &changes {
        let (change, _) = entry;
        let result = match &change.contents {
            Some(contents) => crate::atomic_file::write_private(&change.path, contents.as_bytes()),
            None => fs::remove_file(&change.path),
        };
        if let Err(error) = result {
            for (change, before) in done.into_iter().rev() {
                let _ = match before {
                    Some(bytes) => crate::atomic_file::write_private(&change.path, bytes),
                    None => fs::remove_file(&change.path),
                };
            }
            return Err(write_problem(change.path.clone(), error));
        }
        done.push(entry);
    }
    Ok(Applied {
        files: changes.into_iter().map(|(change, _)| change.path).collect(),
        backup,
    })
}

fn write_problem(path: PathBuf, error: std::io::Error) -> UnitProblem {
    crate::it_log::failure("l10n", "write", &format!("{}: {error}", path.display()));
    UnitProblem::document(ProblemKind::Write {
        path,
        error: SaveError::from(error),
    })
}

/// Copies the folder's `.ftl` files and `review.toml` into a new backup folder; `None` when
/// there is nothing to copy.
fn back_up(
    overrides_dir: &Path,
    folder: &Path,
    locale: Locale,
) -> Result<Option<PathBuf>, (PathBuf, std::io::Error)> {
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| {
                    path.is_file()
                        && (path.extension().is_some_and(|e| e == "ftl")
                            || path.file_name().is_some_and(|n| n == review::FILE_NAME))
                })
                .collect()
        })
        .unwrap_or_default();
    if files.is_empty() {
        return Ok(None);
    }
    files.sort();
    let root = backup_root(overrides_dir);
    let stamp = jiff::Timestamp::now()
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string();
    let mut target = root.join(format!("{}-{stamp}", locale.code()));
    let mut n = 1;
    while target.exists() {
        n += 1;
        target = root.join(format!("{}-{stamp}-{n}", locale.code()));
    }
    crate::private::create_folder(&target).map_err(|error| (target.clone(), error))?;
    for file in &files {
        let name = file.file_name().expect("a file in the folder");
        let bytes = fs::read(file).map_err(|error| (file.clone(), error))?;
        crate::atomic_file::write_private(&target.join(name), &bytes)
            .map_err(|error| (target.join(name), error))?;
    }
    Ok(Some(target))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_previous_files_are_kept_and_unchanged_files_not_touched() {
        let dir = tempfile::tempdir().unwrap();
        let overrides = dir.path().join("config").join("i18n");
        let folder = overrides.join("ar");
        fs::create_dir_all(&folder).unwrap();
        fs::write(folder.join("citizen.ftl"), "old = x\n").unwrap();
        fs::write(folder.join("review.toml"), "").unwrap();
        let changes = vec![
            Change {
                path: folder.join("citizen.ftl"),
                contents: Some("new = y\n".into()),
            },
            Change {
                path: folder.join("review.toml"),
                contents: Some(String::new()),
            },
        ];
        let applied = apply(&overrides, Locale::Ar, changes).unwrap();
        assert_eq!(applied.files, [folder.join("citizen.ftl")]);
        let backup = applied.backup.unwrap();
        assert!(backup.starts_with(dir.path().join("config").join("i18n-backup")));
        assert_eq!(
            fs::read_to_string(backup.join("citizen.ftl")).unwrap(),
            "old = x\n"
        );
        assert!(backup.join("review.toml").exists());
        assert_eq!(
            fs::read_to_string(folder.join("citizen.ftl")).unwrap(),
            "new = y\n"
        );
        // Nothing to change: no backup, nothing written.
        let again = apply(
            &overrides,
            Locale::Ar,
            vec![Change {
                path: folder.join("citizen.ftl"),
                contents: Some("new = y\n".into()),
            }],
        )
        .unwrap();
        assert_eq!(again, Applied::default());
    }

    #[cfg(unix)]
    #[test]
    fn a_failed_write_puts_back_what_was_written() {
        let dir = tempfile::tempdir().unwrap();
        let overrides = dir.path().join("i18n");
        let folder = overrides.join("pl");
        fs::create_dir_all(&folder).unwrap();
        fs::write(folder.join("citizen.ftl"), "old = x\n").unwrap();
        // A folder where a file should go: writing it fails.
        fs::create_dir_all(folder.join("ui.ftl")).unwrap();
        fs::write(folder.join("ui.ftl").join("keep"), "").unwrap();
        let changes = vec![
            Change {
                path: folder.join("citizen.ftl"),
                contents: Some("new = y\n".into()),
            },
            Change {
                path: folder.join("ui.ftl"),
                contents: Some("z = z\n".into()),
            },
        ];
        let problem = apply(&overrides, Locale::Pl, changes).unwrap_err();
        assert!(
            matches!(problem.kind, ProblemKind::Write { .. }),
            "{problem:?}"
        );
        assert_eq!(
            fs::read_to_string(folder.join("citizen.ftl")).unwrap(),
            "old = x\n"
        );
    }
}
