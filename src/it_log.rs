//! One line per failure for municipal IT: when, what failed, its stable code and the system's
//! own words ("database is locked", "No space left on device (os error 28)").
//!
//! The desk worker sees a sentence in the staff language and can open its details; IT reads
//! the same failure here: on standard error (the desktop session's journal on Linux, a
//! terminal) and, once the app has named it, in `skranke.log` in the data folder. The file is
//! kept small: past [`MAX_BYTES`] it moves to `skranke.log.old` and starts again.
//!
//! Nothing personal is written: the log stores no names, and a refused text is logged by the
//! code of its refusal, never by its words.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

/// Above this size the file is moved aside and a new one started.
pub const MAX_BYTES: u64 = 1 << 20;

static FILE: OnceLock<Mutex<PathBuf>> = OnceLock::new();

/// From now on, failures are also appended to `path`.
pub fn write_to(path: &Path) {
    let slot = FILE.get_or_init(|| Mutex::new(PathBuf::new()));
    if let Ok(mut current) = slot.lock() {
        *current = path.to_path_buf();
    }
}

/// Records a failure: `area` is what was being done (`store`, `save`, `import`), `code` the
/// failure's stable code, `detail` the system's words.
pub fn failure(area: &str, code: &str, detail: &str) {
    let line = line(&jiff::Timestamp::now().to_string(), area, code, detail);
    eprintln!("{line}");
    let Some(slot) = FILE.get() else {
        return;
    };
    // Lines from several threads are written whole, one after the other.
    let Ok(path) = slot.lock() else {
        return;
    };
    if path.as_os_str().is_empty() {
        return;
    }
    // IT's log must never become a failure of its own: problems writing it are ignored.
    let _ = append(&path, &line);
}

/// The line as written: `<time> skranke <area> <code>: <detail>`, on one line.
pub fn line(time: &str, area: &str, code: &str, detail: &str) -> String {
    let detail = detail.replace(['\n', '\r'], " ");
    if detail.is_empty() {
        format!("{time} skranke {area} {code}")
    } else {
        format!("{time} skranke {area} {code}: {detail}")
    }
}

fn append(path: &Path, line: &str) -> std::io::Result<()> {
    if std::fs::metadata(path).is_ok_and(|m| m.len() > MAX_BYTES) {
        let mut old = path.as_os_str().to_owned();
        old.push(".old");
        std::fs::rename(path, PathBuf::from(old))?;
    }
    if let Some(folder) = path.parent() {
        crate::private::create_folder(folder)?;
    }
    crate::private::create_file(path)?;
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    writeln!(file, "{line}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_holds_time_area_code_and_the_systems_words_on_one_line() {
        assert_eq!(
            line(
                "2026-12-01T10:00:00Z",
                "store",
                "locked",
                "database\nis locked"
            ),
            "2026-12-01T10:00:00Z skranke store locked: database is locked"
        );
        assert_eq!(line("t", "open", "opening", ""), "t skranke open opening");
    }

    #[test]
    fn the_file_is_moved_aside_when_it_grows_too_large() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("skranke.log");
        std::fs::write(&path, vec![b'x'; MAX_BYTES as usize + 1]).unwrap();
        append(&path, "new line").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new line\n");
        assert!(dir.path().join("skranke.log.old").exists());
    }
}
