//! Bad input at start: each gives one clear notice, the app still starts, and the user's file
//! is unchanged byte for byte.

mod support;

use skranke::app::Notice;
use skranke::i18n::Locale;
use skranke::settings::ThemeChoice;
use skranke::store::{OpenError, SCHEMA_VERSION};
use std::fs;
use std::path::Path;
use support::Harness;

fn write(path: &Path, bytes: &[u8]) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

#[test]
fn garbage_settings_give_defaults_a_notice_and_an_untouched_file() {
    let garbage = b"\x00\xff this is { not [ toml at all \n\n== ";
    let harness = Harness::with_options("da", "en", |paths| write(&paths.settings_file(), garbage));
    assert!(matches!(harness.app.notices(), [Notice::Settings(_)]));
    assert_eq!(harness.app.settings().theme, ThemeChoice::System);
    assert!(harness.shows("Filen med indstillinger kunne ikke læses, så standardindstillingerne bruges. Filen er ikke ændret."));
    assert_eq!(fs::read(harness.paths.settings_file()).unwrap(), garbage);
}

#[test]
fn a_truncated_settings_file_keeps_what_it_can() {
    let truncated = b"theme = \"high-contrast-dark\"\nscale_percent = 17";
    let harness =
        Harness::with_options("da", "en", |paths| write(&paths.settings_file(), truncated));
    assert_eq!(harness.app.settings().theme, ThemeChoice::HighContrastDark);
    assert_eq!(harness.app.settings().scale_percent, 100);
    assert!(matches!(harness.app.notices(), [Notice::Settings(_)]));
    assert!(harness.shows("Nogle indstillinger var ugyldige og bruger standardværdien: scale_percent. Filen er ikke ændret."));
    assert_eq!(fs::read(harness.paths.settings_file()).unwrap(), truncated);
}

#[test]
fn the_settings_file_is_rewritten_only_after_the_user_changes_a_setting() {
    let old = b"theme = \"dark\"\nunknown_field = 1\n";
    let mut harness = Harness::with_options("da", "en", |paths| write(&paths.settings_file(), old));
    assert_eq!(fs::read(harness.paths.settings_file()).unwrap(), old);
    harness.ctrl("+");
    let text = fs::read_to_string(harness.paths.settings_file()).unwrap();
    assert!(text.contains("scale_percent = 125"));
    assert!(text.contains("theme = \"dark\""));
}

#[test]
fn a_file_that_is_not_sqlite_is_left_alone() {
    let not_sqlite = b"Dear diary, today I stored my outreach log in a text file.";
    let harness = Harness::with_options("da", "en", |paths| {
        write(&paths.database_file(), not_sqlite)
    });
    assert!(matches!(harness.app.store(), Err(OpenError::NotADatabase)));
    assert!(matches!(
        harness.app.notices(),
        [Notice::Store(OpenError::NotADatabase)]
    ));
    assert!(harness.shows("Loggen er ikke tilgængelig. Databasefilen er ikke en SQLite-database. Filen er ikke ændret."));
    assert_eq!(fs::read(harness.paths.database_file()).unwrap(), not_sqlite);
}

#[test]
fn a_database_from_a_newer_version_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let newer = dir.path().join("newer.sqlite3");
    {
        let conn = rusqlite::Connection::open(&newer).unwrap();
        conn.execute_batch("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('kept');")
            .unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 5)
            .unwrap();
    }
    let bytes = fs::read(&newer).unwrap();
    let harness = Harness::with_options("da", "en", |paths| write(&paths.database_file(), &bytes));
    let expected = OpenError::NewerSchema {
        found: SCHEMA_VERSION + 5,
        supported: SCHEMA_VERSION,
    };
    assert_eq!(harness.app.store().unwrap_err(), &expected);
    assert!(harness.shows(&format!(
        "Loggen er ikke tilgængelig. Databasen er lavet af en nyere version af Skranke (skema {}; denne version kender til {}). Opdater Skranke for at bruge den. Filen er ikke ændret.",
        SCHEMA_VERSION + 5,
        SCHEMA_VERSION
    )));
    assert_eq!(fs::read(harness.paths.database_file()).unwrap(), bytes);
}

#[test]
fn a_damaged_database_is_left_alone() {
    let bytes = support::damaged_database();
    let harness = Harness::with_options("da", "en", |paths| write(&paths.database_file(), &bytes));
    assert!(
        matches!(harness.app.store(), Err(OpenError::Damaged(_))),
        "{:?}",
        harness.app.store().err()
    );
    assert!(
        harness.shows(
            "Loggen er ikke tilgængelig. Databasefilen er beskadiget. Filen er ikke ændret."
        )
    );
    assert_eq!(fs::read(harness.paths.database_file()).unwrap(), bytes);
}

#[test]
fn an_unknown_language_on_the_command_line_gives_a_notice_and_the_default() {
    let harness = Harness::with_options("xx-klingon", "en", |_| {});
    assert!(matches!(harness.app.notices(), [Notice::UnknownLocale(tag)] if tag == "xx-klingon"));
    assert!(Locale::ALL.contains(&harness.app.staff_language()));
}

#[test]
fn a_fresh_start_creates_a_migrated_database_in_wal_mode() {
    let harness = Harness::new();
    assert!(harness.app.store().is_ok(), "the store opens");
    assert_eq!(harness.in_store(|s| Ok(s.schema_version())), SCHEMA_VERSION);
    let conn = rusqlite::Connection::open(harness.paths.database_file()).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    assert!(harness.app.notices().is_empty());
}

#[test]
fn languages_from_the_command_line_are_for_this_session_only() {
    use skranke::app::Message;
    use skranke::screen::settings::{Change, Message as Settings};
    // The desk's own choice: Polish for citizens, the interface following the system.
    let mut harness = Harness::with_options("ar", "ti", |paths| {
        write(
            &paths.settings_file(),
            b"citizen_language = \"pl\"\nrecent_citizen_languages = [\"pl\"]\n",
        )
    });
    assert_eq!(harness.app.staff_language(), Locale::Ar);
    assert_eq!(harness.app.settings().citizen_language, Locale::Ti);

    // Whatever else the user changes is saved, and the session's languages stay out of it.
    for change in [
        Change::Theme(ThemeChoice::HighContrastDark),
        Change::Scale(150),
        Change::Unit("Borgerservice Amager".into()),
    ] {
        harness.update(Message::Settings(Settings::Change(change)));
        let saved = fs::read_to_string(harness.paths.settings_file()).unwrap();
        assert!(!saved.contains("staff_language"), "{saved}");
        assert!(saved.contains("citizen_language = \"pl\""), "{saved}");
        assert!(!saved.contains("\"ti\""), "{saved}");
    }
    assert_eq!(harness.app.staff_language(), Locale::Ar, "still in use");
    assert_eq!(harness.app.settings().citizen_language, Locale::Ti);
    let saved = skranke::settings::Settings::load(&harness.paths.settings_file()).settings;
    assert_eq!(saved.theme, ThemeChoice::HighContrastDark);
    assert_eq!(saved.scale_percent, 150);
    assert_eq!(saved.unit, "Borgerservice Amager");

    // A language the user chooses is theirs, and saved.
    harness.update(Message::Settings(Settings::Change(
        Change::CitizenLanguage(Locale::So),
    )));
    let saved = skranke::settings::Settings::load(&harness.paths.settings_file()).settings;
    assert_eq!(saved.citizen_language, Locale::So);
    assert_eq!(saved.staff_language, None);
}
