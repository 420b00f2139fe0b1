//! Old databases keep loading: a sample database of every schema version lives in
//! `tests/fixtures/schema-<n>.sqlite3`, and each must open and migrate to the current version.

use skranke::store::assessment::AssessmentState;
use skranke::store::{SCHEMA_VERSION, Store};
use std::fs;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

#[test]
fn every_schema_version_has_a_fixture_and_migrates() {
    for version in 1..=SCHEMA_VERSION {
        let fixture = fixtures().join(format!("schema-{version}.sqlite3"));
        assert!(
            fixture.exists(),
            "missing {}: run `cargo test --test store_fixtures -- --ignored`",
            fixture.display()
        );
        let dir = tempfile::tempdir().unwrap();
        let copy = dir.path().join("skranke.sqlite3");
        fs::copy(&fixture, &copy).unwrap();
        let store = Store::open(&copy).unwrap_or_else(|e| panic!("schema {version}: {e}"));
        assert_eq!(
            store.schema_version(),
            SCHEMA_VERSION,
            "schema {version} migrates"
        );
        if version >= 2 {
            let kept = store
                .assessment("2c.1")
                .unwrap()
                .expect("the fixture's assessment survives");
            assert_eq!(kept.comment, "fixture");
        }
        if version >= 3 {
            let entries = store.count(&Default::default()).unwrap();
            assert_eq!(entries, 1, "the fixture's outreach entry survives");
            let page = store.page(&Default::default(), None, 10).unwrap();
            assert_eq!(page.entries[0].note, "fixture");
            assert!(!page.entries[0].groups.is_empty() && !page.entries[0].topics.is_empty());
        }
        if version < SCHEMA_VERSION {
            let kept = copy.with_extension(format!("schema-{version}.sqlite3"));
            assert!(
                kept.exists(),
                "a copy of the schema-{version} database is kept before migrating"
            );
        }
    }
}

/// Writes the fixture of the current schema version. Run once when a migration is added.
#[test]
#[ignore = "writes tests/fixtures; run by hand when the schema changes"]
fn write_fixture_of_current_schema() {
    let path = fixtures().join(format!("schema-{SCHEMA_VERSION}.sqlite3"));
    if path.exists() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let working = dir.path().join("fixture.sqlite3");
    let store = Store::open(&working).unwrap();
    // Sample data of every kind the schema holds, so later migrations are tested on real rows.
    store
        .record_assessment("2c.1", AssessmentState::InPlace, "fixture")
        .unwrap();
    if SCHEMA_VERSION >= 3 {
        use skranke::outreach::*;
        let entry = Entry {
            id: Entry::new_id(),
            day: jiff::civil::date(2026, 11, 25),
            created_at: "2026-11-25T10:00:00Z".into(),
            unit: "Fixture".into(),
            channel: Channel::Desk,
            language: "ar".into(),
            interpreter: Interpreter::Phone,
            outcome: Outcome::Referred,
            duration: DurationBucket::From15To30,
            handout: true,
            note: "fixture".into(),
            training: false,
            groups: vec![Group::Newcomer],
            topics: vec!["digital".into()],
            principles: vec!["1d".into()],
        };
        store.save_entry(&entry).unwrap();
    }
    drop(store);
    let conn = rusqlite::Connection::open(&working).unwrap();
    conn.execute_batch("PRAGMA journal_mode = DELETE; VACUUM;")
        .unwrap();
    drop(conn);
    fs::copy(&working, &path).unwrap();
}
