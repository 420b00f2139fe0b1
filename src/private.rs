//! Files only their user can read. The outreach log is the user's alone, also on a machine
//! several people log in to: on Unix the data and backup folders Skranke creates are 0700 and
//! the database, its WAL and shared-memory files, backups and IT's log are 0600. SQLite gives
//! the WAL and shared-memory files the database file's own mode, so creating the database
//! file 0600 before SQLite opens it is enough for those.
//!
//! On Windows the per-user folders (`%APPDATA%`) already carry an access list that admits only
//! the user, the system and administrators, and new files inherit it: nothing to do there.

use std::fs;
use std::io;
use std::path::Path;

/// Creates `folder` and any missing parents; those it creates only the user can enter.
pub fn create_folder(folder: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(folder)
    }
    #[cfg(not(unix))]
    {
        fs::create_dir_all(folder)
    }
}

/// Creates `file` empty, readable and writable by the user alone, unless it exists.
pub fn create_file(file: &Path) -> io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(file).map(drop)
}

/// Makes an existing file the user's alone (files from versions that did not do this).
pub fn restrict(file: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(file)?.permissions().mode();
        if mode & 0o077 != 0 {
            fs::set_permissions(file, fs::Permissions::from_mode(mode & 0o700))?;
        }
    }
    #[cfg(not(unix))]
    let _ = file;
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn folders_and_files_are_the_users_alone() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("a").join("b");
        create_folder(&folder).unwrap();
        assert_eq!(mode(&folder), 0o700);
        assert_eq!(mode(&dir.path().join("a")), 0o700);
        let file = folder.join("log.sqlite3");
        create_file(&file).unwrap();
        assert_eq!(mode(&file), 0o600);
    }

    #[test]
    fn an_old_open_file_is_closed_to_others() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("old.sqlite3");
        fs::write(&file, b"").unwrap();
        fs::set_permissions(&file, fs::Permissions::from_mode(0o644)).unwrap();
        restrict(&file).unwrap();
        assert_eq!(mode(&file), 0o600);
    }
}
