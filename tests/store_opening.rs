//! The log is opened beside the window: the app is usable at once, the log screen says the log
//! is being opened, nothing can be saved into a store that is not there yet, and the store is
//! taken over when its thread is done.

mod support;

use skranke::app::{Message, Options};
use skranke::screen::ScreenId;
use skranke::screen::settings::{Change, Message as Settings};
use skranke::settings::ThemeChoice;
use skranke::store::OpenError;
use skranke::store::Opening;
use support::{Harness, gallery_dir};

#[test]
fn the_window_does_not_wait_for_the_log() {
    // A desk whose log exists, and another program holding its write lock: opening it (the purge
    // of old deleted entries writes) has to wait until the lock is let go.
    let mut harness = Harness::new();
    let database = harness.paths.database_file();
    let blocker = rusqlite::Connection::open(&database).unwrap();
    blocker.execute_batch("BEGIN EXCLUSIVE").unwrap();

    let mut opening = Opening::start(database.clone());
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert!(!opening.is_finished(), "the lock holds the opening back");
    let (app, task) = skranke::App::boot(
        Options {
            paths: Some(harness.paths.clone()),
            staff_language: Some("da".into()),
            citizen_language: Some("en".into()),
            measure_first_frame_from: None,
            policy: Default::default(),
        },
        Some(opening),
    );
    harness.app = app;
    assert_eq!(harness.app.store().unwrap_err(), &OpenError::Opening);

    // The app works meanwhile; the log screen says what is going on instead of an error.
    harness.update(Message::Navigate(ScreenId::Log));
    assert!(harness.shows("Loggen bliver åbnet og tjekket. Det tager et øjeblik."));
    assert!(!harness.shows("Loggen er ikke tilgængelig. Se beskeden øverst."));
    assert!(
        harness.app.notices().is_empty(),
        "opening is not a problem to report: {:?}",
        harness.app.notices()
    );

    // The lock is let go: the thread finishes and the app takes the store.
    blocker.execute_batch("ROLLBACK").unwrap();
    drop(blocker);
    harness.run(task);
    assert!(harness.app.store().is_ok(), "the store is open");
    let path = harness.in_store(|s| Ok(s.path().map(std::path::Path::to_path_buf)));
    assert_eq!(path, Some(database));
    assert!(!harness.shows("Loggen bliver åbnet og tjekket. Det tager et øjeblik."));
}

#[test]
fn the_opening_notice_in_the_gallery() {
    for (staff, theme, scale) in [
        ("da", ThemeChoice::Light, 100),
        ("da", ThemeChoice::HighContrastDark, 200),
        ("ar", ThemeChoice::HighContrastLight, 200),
    ] {
        let mut harness = Harness::with_options(staff, "en", |_| {});
        let database = harness.paths.database_file();
        let blocker = rusqlite::Connection::open(&database).unwrap();
        blocker.execute_batch("BEGIN EXCLUSIVE").unwrap();
        let (app, _task) = skranke::App::boot(
            Options {
                paths: Some(harness.paths.clone()),
                staff_language: Some(staff.into()),
                citizen_language: Some("en".into()),
                measure_first_frame_from: None,
                policy: Default::default(),
            },
            Some(Opening::start(database)),
        );
        harness.app = app;
        harness.update(Message::Settings(Settings::Change(Change::Theme(theme))));
        harness.update(Message::Settings(Settings::Change(Change::Scale(scale))));
        harness.update(Message::Navigate(ScreenId::Log));
        assert_eq!(harness.app.store().unwrap_err(), &OpenError::Opening);
        let name = format!("log-opening-{}-{staff}-{scale}.png", theme.code());
        harness.snapshot(&gallery_dir().join(name));
        blocker.execute_batch("ROLLBACK").unwrap();
    }
}
