//! The window while a million-entry log is restored from a backup: does the UI thread stay free?
//!
//! The app is built headless on a copy of the million-entry log. A restore of another copy is
//! started the way the log screen starts it (`Database::restore`, a job on the log's thread),
//! and while it runs, this thread does what the UI thread does for a key press: Tab, which
//! builds the whole view to find the next control and moves the focus. Each key press is
//! timed; so are key presses before the restore, for comparison. Before the log had its own
//! thread, the restore ran inside the app's `update`: the window froze for the whole restore.
//!
//! Run: `cargo bench --bench restore_responsive` (see docs/benchmarks.md).

mod data;

use skranke::App;
use skranke::app::{Message, Options, Shortcut};
use skranke::paths::Paths;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

const ENTRIES: u64 = 1_000_000;

/// Times key presses until `done` is set (or `count` presses, when `done` is `None`).
fn key_presses(app: &mut App, done: Option<&AtomicBool>, count: usize) -> Vec<Duration> {
    let mut times = Vec::new();
    while done.map_or(times.len() < count, |d| !d.load(Ordering::Acquire)) {
        let started = Instant::now();
        let _ = app.update(Message::Shortcut(Shortcut::FocusNext));
        times.push(started.elapsed());
    }
    times.sort();
    times
}

fn report(what: &str, times: &[Duration]) {
    println!(
        "{what}: {} key presses, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        times.len(),
        data::percentile(times, 50.0),
        data::percentile(times, 99.0),
        times.last().map_or(0.0, |t| t.as_secs_f64() * 1000.0)
    );
}

fn main() {
    let big = data::database(ENTRIES, 42);
    let work = tempfile::tempdir().unwrap();
    let paths = Paths::resolve(
        Some(work.path().join("config")),
        Some(work.path().join("data")),
    );
    std::fs::create_dir_all(&paths.data_dir).unwrap();
    std::fs::copy(&big, paths.database_file()).unwrap();
    let backup = work.path().join("backup.sqlite3");
    std::fs::copy(&big, &backup).unwrap();

    skranke::ui::fonts::load();
    let opened = Instant::now();
    let mut app = App::new(Options {
        paths: Some(paths),
        staff_language: Some("da".into()),
        citizen_language: Some("ar".into()),
        measure_first_frame_from: None,
        policy: Default::default(),
    });
    println!(
        "restore benchmark, {ENTRIES} entries, {}; log opened in {:.1} s",
        skranke::clock::today(),
        opened.elapsed().as_secs_f64()
    );

    report("before the restore", &key_presses(&mut app, None, 200));

    let database = app.store().expect("the log is open").clone();
    let done = Arc::new(AtomicBool::new(false));
    let finished = Arc::clone(&done);
    let started = Instant::now();
    let restore = std::thread::spawn(move || {
        let outcome = iced::futures::executor::block_on(database.restore(backup));
        finished.store(true, Ordering::Release);
        outcome
    });
    let during = key_presses(&mut app, Some(&done), 0);
    let took = started.elapsed();
    let (result, _reopened) = restore.join().unwrap().expect("the log's thread answers");
    result.expect("the backup is restored");
    println!(
        "restore of {ENTRIES} entries on the log's thread: {:.1} s",
        took.as_secs_f64()
    );
    report("during the restore", &during);
}
