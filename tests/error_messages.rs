//! Every failure we can provoke is told in the staff language, never in the system's English:
//! a read-only folder, a full disk (SQLite's page limit, and a writer that reports a full
//! disk), a locked log, a damaged log, bad imports and restores, settings that cannot be saved.
//! For each, the sentence shown in Danish and in Arabic holds none of the system's words, the
//! Arabic one no Latin word but names (Skranke, IT, CSV …), and the system's words stay
//! available: in IT's log, and behind "Vis detaljer".

mod support;

use skranke::app::Message;
use skranke::export::SaveError;
use skranke::i18n::{Arg, Catalogue, Locale};
use skranke::screen::ScreenId;
use skranke::screen::log::form::Message as Form;
use skranke::screen::log::{Message as Log, import_file};
use skranke::screen::problem::{Explain, Words};
use skranke::store::backup::{self, BackupError};
use skranke::store::transfer::{self, ExportRange, ImportError};
use skranke::store::{Opening, Store, StoreError};
use std::collections::HashSet;
use std::fs;
use std::path::Path;
use support::Harness;

/// Latin words an Arabic sentence may hold: names and the codes of a CSV export's columns.
fn allowed_latin() -> HashSet<String> {
    let mut allowed: HashSet<String> = ["Skranke", "IT", "CSV", "SQLite", "UTF"]
        .into_iter()
        .map(str::to_string)
        .collect();
    allowed.extend(
        skranke::outreach::csv_format::COLUMNS
            .iter()
            .flat_map(|c| c.split('_'))
            .map(str::to_string),
    );
    allowed
}

/// Every word of the Danish interface texts.
fn danish_words() -> HashSet<String> {
    let text =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n/da/ui.ftl")).unwrap();
    words(&text).map(|w| w.to_lowercase()).collect()
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// A message with variables, as the catalogue formats it (tests name ids at run time).
fn say(words: &Words, id: &str, args: &[(&str, Arg)]) -> String {
    words.i18n.format(words.locale, id, args)
}

/// The sentence shown holds none of the system's words.
fn check(what: &str, locale: Locale, shown: &str, detail: &str) {
    assert!(!shown.is_empty(), "{what}: nothing shown");
    assert!(!shown.contains("???"), "{what}: a text is missing: {shown}");
    if !detail.trim().is_empty() {
        assert!(!shown.contains(detail.trim()), "{what}: {shown}");
    }
    match locale {
        Locale::Ar => {
            let allowed = allowed_latin();
            let latin: Vec<&str> = words(shown)
                .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
                .filter(|w| !allowed.contains(*w))
                .collect();
            assert!(latin.is_empty(), "{what}: Latin words {latin:?} in {shown}");
            assert!(
                shown
                    .chars()
                    .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
                "{what}: not Arabic: {shown}"
            );
        }
        _ => {
            // A word of the system's that Danish never uses must not be in the sentence.
            let danish = danish_words();
            for word in words(detail).filter(|w| w.len() >= 4) {
                let foreign = !danish.contains(&word.to_lowercase());
                assert!(
                    !(foreign && words(shown).any(|s| s.eq_ignore_ascii_case(word))),
                    "{what}: the system's word {word:?} in {shown}"
                );
            }
        }
    }
}

/// The sentence in both languages, checked against the system's words.
fn check_both(what: &str, error: &dyn Explain, frame: Option<&str>) {
    let catalogue = Catalogue::embedded();
    for locale in [Locale::Da, Locale::Ar] {
        let words = Words {
            i18n: &catalogue,
            locale,
        };
        let sentence = error.sentence(&words);
        let shown = match frame {
            Some(id) => say(&words, id, &[("reason", Arg::from(sentence))]),
            None => sentence,
        };
        check(what, locale, &shown, &error.detail());
    }
}

/// A place no one may write, even root: a folder without write permission, or where the
/// system never lets anyone create files. (Unix permissions: the test runs where they exist.)
#[cfg(unix)]
fn read_only_folder(dir: &Path) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let locked = dir.join("locked");
    fs::create_dir_all(&locked).unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o555)).unwrap();
    if fs::write(locked.join("probe"), b"x").is_err() {
        return locked;
    }
    // Root writes anywhere but in the kernel's own file systems.
    std::path::PathBuf::from("/sys")
}

#[cfg(unix)]
#[test]
fn files_that_cannot_be_written_are_explained() {
    let dir = tempfile::tempdir().unwrap();
    let folder = read_only_folder(dir.path());

    // An export or handout into a read-only folder.
    let outcome = skranke::screen::dialog::write(folder.join("handout.html"), b"<html></html>");
    let skranke::screen::SaveOutcome::Failed(error) = outcome else {
        panic!("written into {}: {outcome:?}", folder.display())
    };
    assert_eq!(error.code(), "permission");
    check_both("read-only folder", &error, None);

    // The log in a read-only folder.
    let opened = Store::open(&folder.join("data").join("skranke.sqlite3")).unwrap_err();
    assert_eq!(opened.code(), "unavailable");
    check_both("log in a read-only folder", &opened, None);
}

#[test]
fn an_export_onto_a_full_disk_is_explained() {
    // The CSV writer reports what the disk said.
    struct FullDisk;
    impl std::io::Write for FullDisk {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let store = Store::open_in_memory();
    store.save_entry(&support::entry("2026-03-01")).unwrap();
    let range = ExportRange {
        from: jiff::civil::date(2026, 1, 1),
        to: jiff::civil::date(2026, 12, 31),
        include_training: true,
    };
    let stopped = transfer::export_csv(store.connection(), &range, FullDisk, |_| {}).unwrap_err();
    let error = SaveError::from(StoreError::from(stopped));
    assert_eq!(error.code(), "disk-full");
    assert!(!error.detail().is_empty());
    check_both("export onto a full disk", &error, None);
}

#[test]
fn bad_imports_and_restores_are_explained() {
    let dir = tempfile::tempdir().unwrap();
    let (database, _) = Opening::start(dir.path().join("skranke.sqlite3")).finish();
    let import = |name: &str, bytes: &[u8]| -> ImportError {
        let file = dir.path().join(name);
        fs::write(&file, bytes).unwrap();
        iced::futures::executor::block_on(import_file(database.clone(), file)).unwrap_err()
    };

    let not_an_export = import("people.csv", b"name,phone\nAnna,20304050\n");
    assert_eq!(not_an_export.code(), "not-an-export");
    check_both("not an export", &not_an_export, None);

    let header = skranke::outreach::csv_format::COLUMNS.join(",");
    let unreadable = import(
        "broken.csv",
        format!("{header}\n\"unterminated,quote\n").as_bytes(),
    );
    check_both("unreadable CSV", &unreadable, None);

    let mut row = skranke::outreach::csv_format::to_row(&support::entry("2026-01-02"));
    row[4] = "fax".into();
    let invalid = import(
        "invalid.csv",
        format!("{header}\n{}\n", row.join(",")).as_bytes(),
    );
    assert_eq!(invalid.code(), "invalid");
    check_both("invalid rows", &invalid, None);

    let mut damaged = b"SQLite format 3\0".to_vec();
    damaged.extend(vec![0xA5; 4096]);
    let damaged = import("damaged.sqlite3", &damaged);
    assert_eq!(damaged.code(), "database");
    check_both("damaged database", &damaged, None);

    let newer = dir.path().join("newer.sqlite3");
    {
        let conn = rusqlite::Connection::open(&newer).unwrap();
        conn.pragma_update(None, "user_version", skranke::store::SCHEMA_VERSION + 3)
            .unwrap();
    }
    let newer = iced::futures::executor::block_on(import_file(database.clone(), newer));
    check_both("newer database", &newer.unwrap_err(), None);

    // A restore from a file that is not a Skranke database.
    let junk = dir.path().join("junk.sqlite3");
    fs::write(&junk, b"not a database at all").unwrap();
    let live = dir.path().join("live.sqlite3");
    drop(Store::open(&live).unwrap());
    let refused = backup::restore(&junk, &live).unwrap_err();
    assert!(matches!(refused, BackupError::NotRestorable(_)));
    check_both("restore from junk", &refused, Some("restore-failed"));
}

/// A log whose pages were scribbled over after it was opened: the next page read fails.
#[test]
fn a_log_damaged_while_open_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("skranke.sqlite3");
    let store = Store::open(&path).unwrap();
    for day in 1..=28 {
        let mut entry = support::entry(&format!("2026-02-{day:02}"));
        entry.note = "x".repeat(250);
        store.save_entry(&entry).unwrap();
    }
    drop(store);
    let mut bytes = fs::read(&path).unwrap();
    let middle = bytes.len() / 2;
    for byte in &mut bytes[middle..middle + 4096] {
        *byte = 0xA5;
    }
    fs::write(&path, &bytes).unwrap();
    let conn = Store::open_reader(&path).unwrap();
    let error = StoreError::from(
        skranke::store::outreach::page(&conn, &Default::default(), None, 100).unwrap_err(),
    );
    assert_eq!(error.code(), "damaged");
    check_both("damaged while open", &error, Some("log-load-failed"));
}

/// What IT's log got since `from` bytes: the lines, and the system's words of the last one.
fn it_log_since(path: &Path, from: &mut usize) -> (String, String) {
    let text = fs::read_to_string(path).unwrap_or_default();
    let new = text[(*from).min(text.len())..].to_string();
    *from = text.len();
    let detail = new
        .lines()
        .last()
        .and_then(|line| line.split_once(": "))
        .map(|(_, detail)| detail.to_string())
        .unwrap_or_default();
    (new, detail)
}

/// Saves the log form as it is (Ctrl+Enter).
fn save(harness: &mut Harness) {
    harness.update(Message::Log(Log::Form(Form::Save {
        next_citizen: false,
    })));
}

#[test]
fn failed_saves_in_the_app_are_shown_in_the_staff_language_with_their_details() {
    let dir = tempfile::tempdir().unwrap();
    let it_log = dir.path().join("skranke.log");
    skranke::it_log::write_to(&it_log);
    let mut read = 0;
    let catalogue = Catalogue::embedded();

    for locale in [Locale::Da, Locale::Ar] {
        let words = Words {
            i18n: &catalogue,
            locale,
        };
        let save_failed = |error: StoreError| {
            say(
                &words,
                "log-save-failed",
                &[("reason", Arg::from(error.sentence(&words)))],
            )
        };
        let mut harness = Harness::with_options(locale.code(), "en", |_| {});
        harness.update(Message::Settings(
            skranke::screen::settings::Message::UnitEdited("Borgerservice Nørrebro".into()),
        ));
        harness.update(Message::Settings(
            skranke::screen::settings::Message::SaveUnit,
        ));
        harness.update(Message::Navigate(ScreenId::Log));

        // Another program holds the log's lock (SQLite waits five seconds, then gives up).
        let blocker = rusqlite::Connection::open(harness.paths.database_file()).unwrap();
        blocker.execute_batch("BEGIN EXCLUSIVE").unwrap();
        save(&mut harness);
        blocker.execute_batch("ROLLBACK").unwrap();
        let (logged, detail) = it_log_since(&it_log, &mut read);
        assert!(logged.contains("skranke store locked: "), "{logged}");
        let shown = save_failed(StoreError::Locked(String::new()));
        assert!(harness.shows(&shown), "{shown}");
        check("locked log", locale, &shown, &detail);
        // The system's words are one press away.
        harness.update(Message::Log(Log::Details(
            skranke::ui::focus::ControlId::new("log-save-details"),
        )));
        assert!(harness.shows(&say(&words, "problem-details", &[])));
        assert!(
            harness.shows("database is locked"),
            "the system's own words"
        );
        let name = format!("log-save-failed-details-{}.png", locale.code());
        harness.snapshot(&support::gallery_dir().join(name));

        // The log may not be written.
        harness.in_store(|s| Ok(s.connection().pragma_update(None, "query_only", true)?));
        save(&mut harness);
        harness.in_store(|s| Ok(s.connection().pragma_update(None, "query_only", false)?));
        let (logged, detail) = it_log_since(&it_log, &mut read);
        assert!(logged.contains("skranke store read-only: "), "{logged}");
        let shown = save_failed(StoreError::ReadOnly(String::new()));
        assert!(harness.shows(&shown), "{shown}");
        check("read-only log", locale, &shown, &detail);

        // The disk is full: SQLite may not grow the file by another page.
        harness.in_store(|s| {
            let pages: i64 = s
                .connection()
                .query_row("PRAGMA page_count", [], |r| r.get(0))?;
            s.connection()
                .pragma_update(None, "max_page_count", pages)?;
            // Fill what space is left with long entries, then with short ones, until SQLite
            // says the disk is full for an entry as small as the form's.
            for note in [250, 0] {
                for _ in 0..10_000 {
                    let mut entry = support::entry("2026-03-01");
                    entry.note = "x".repeat(note);
                    if s.save_entry(&entry).is_err() {
                        break;
                    }
                }
            }
            Ok(())
        });
        save(&mut harness);
        let (logged, detail) = it_log_since(&it_log, &mut read);
        assert!(logged.contains("skranke store disk-full: "), "{logged}");
        let shown = save_failed(StoreError::DiskFull(String::new()));
        assert!(harness.shows(&shown), "{shown}");
        check("full disk", locale, &shown, &detail);

        // The settings file cannot be written (a folder stands where it should be).
        let _ = fs::remove_file(harness.paths.settings_file());
        fs::create_dir_all(harness.paths.settings_file().join("in-the-way")).unwrap();
        harness.update(Message::Settings(
            skranke::screen::settings::Message::Change(skranke::settings::Change::Scale(125)),
        ));
        let (logged, _) = it_log_since(&it_log, &mut read);
        assert!(logged.contains("skranke settings "), "{logged}");
        let notice = harness.app.notices().last().unwrap().clone();
        let skranke::app::Notice::SettingsNotSaved(error) = &notice else {
            panic!("{notice:?}")
        };
        let shown = say(
            &words,
            "notice-save-failed",
            &[(
                "reason",
                Arg::from(words.tr(skranke::screen::problem::save_reason(error))),
            )],
        );
        assert!(harness.shows(&shown), "{shown}");
        check("settings not saved", locale, &shown, error.detail());
        // A second failure replaces the first notice instead of lining up under it (issue 17).
        harness.update(Message::Settings(
            skranke::screen::settings::Message::Change(skranke::settings::Change::Scale(150)),
        ));
        let not_saved = harness
            .app
            .notices()
            .iter()
            .filter(|n| matches!(n, skranke::app::Notice::SettingsNotSaved(_)))
            .count();
        assert_eq!(not_saved, 1, "one notice, the latest");
    }
}

#[test]
fn a_damaged_log_at_start_is_explained_with_its_details() {
    let bytes = support::damaged_database();
    let catalogue = Catalogue::embedded();
    for locale in [Locale::Da, Locale::Ar] {
        let words = Words {
            i18n: &catalogue,
            locale,
        };
        let mut harness = Harness::with_options(locale.code(), "en", |paths| {
            fs::create_dir_all(&paths.data_dir).unwrap();
            fs::write(paths.database_file(), &bytes).unwrap();
        });
        let error = harness.app.store().unwrap_err().clone();
        assert_eq!(error.code(), "damaged");
        assert!(!error.detail().is_empty(), "SQLite said what it found");
        let shown = say(
            &words,
            "notice-store",
            &[("problem", Arg::from(error.sentence(&words)))],
        );
        if locale == Locale::Da {
            assert_eq!(
                shown,
                "Loggen er ikke tilgængelig. Databasefilen er beskadiget. Filen er ikke ændret."
            );
        }
        assert!(harness.shows(&shown), "{shown}");
        check("damaged at start", locale, &shown, &error.detail());
        harness.update(Message::NoticeDetails(
            skranke::ui::focus::ControlId::dynamic("notice-details-0"),
        ));
        assert!(harness.shows(&say(&words, "problem-details", &[])));
        assert!(harness.shows(&error.detail()), "the system's own words");
        let name = format!("notice-damaged-details-{}.png", locale.code());
        harness.snapshot(&support::gallery_dir().join(name));
    }
}
