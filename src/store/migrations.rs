//! Forward-only schema migrations, versioned with `PRAGMA user_version`.
//!
//! Migration *n* (1-based) takes the schema from version *n − 1* to *n*. Each runs in its own
//! transaction together with the version bump, so a crash mid-migration leaves the previous
//! version intact. Never edit a released migration: add a new one, and keep a fixture database
//! of every version in `tests/fixtures/` (the fixture test opens and migrates each).

use rusqlite::{Connection, params};

/// Each entry migrates from the previous version to the next.
const MIGRATIONS: &[&str] = &[
    // 1: the store's own bookkeeping. Feature tables arrive with their features.
    "CREATE TABLE app_meta (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    ) STRICT;",
    // 2: the unit's self-assessment of the principles' checklist items. Append-only: every
    // change is a row, so the history is kept; the current state is each item's newest row.
    "CREATE TABLE assessment_change (
        id         INTEGER PRIMARY KEY,
        item       TEXT NOT NULL,
        state      TEXT NOT NULL CHECK (state IN ('not-started', 'in-progress', 'in-place')),
        comment    TEXT NOT NULL DEFAULT '' CHECK (length(comment) <= 280),
        changed_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX assessment_change_by_item ON assessment_change (item, id);",
    // 3: the outreach log. One row per contact, never who: codes and an optional short note.
    // Link tables hold the optional lists. Soft delete keeps a row for 30 days (undo).
    // Partial indexes serve the list (newest first, by channel, by language) and the
    // indicators; every query that wants them says `deleted_at IS NULL`.
    "CREATE TABLE outreach (
        id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
        day         TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        created_at  TEXT NOT NULL,
        unit        TEXT NOT NULL CHECK (length(unit) BETWEEN 1 AND 80),
        channel     TEXT NOT NULL CHECK (channel IN ('desk', 'phone', 'video', 'letter-email', 'outreach-event')),
        language    TEXT NOT NULL,
        interpreter TEXT NOT NULL CHECK (interpreter IN ('none', 'in-person', 'phone', 'video', 'bilingual-staff')),
        outcome     TEXT NOT NULL CHECK (outcome IN ('solved', 'referred', 'follow-up')),
        duration    TEXT NOT NULL CHECK (duration IN ('under-5', '5-15', '15-30', 'over-30')),
        handout     INTEGER NOT NULL CHECK (handout IN (0, 1)),
        note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 280),
        training    INTEGER NOT NULL DEFAULT 0 CHECK (training IN (0, 1)),
        deleted_at  TEXT
    ) STRICT;
    CREATE TABLE outreach_group (
        entry TEXT NOT NULL REFERENCES outreach (id) ON DELETE CASCADE,
        code  TEXT NOT NULL,
        PRIMARY KEY (entry, code)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE outreach_topic (
        entry TEXT NOT NULL REFERENCES outreach (id) ON DELETE CASCADE,
        code  TEXT NOT NULL,
        PRIMARY KEY (entry, code)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE outreach_principle (
        entry TEXT NOT NULL REFERENCES outreach (id) ON DELETE CASCADE,
        code  TEXT NOT NULL,
        PRIMARY KEY (entry, code)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX outreach_newest ON outreach (day DESC, created_at DESC, id DESC) WHERE deleted_at IS NULL;
    CREATE INDEX outreach_by_channel ON outreach (channel, day DESC, created_at DESC, id DESC) WHERE deleted_at IS NULL;
    CREATE INDEX outreach_by_language ON outreach (language, day DESC, created_at DESC, id DESC) WHERE deleted_at IS NULL;
    CREATE INDEX outreach_by_unit ON outreach (unit, day) WHERE deleted_at IS NULL;
    CREATE INDEX outreach_deleted ON outreach (deleted_at) WHERE deleted_at IS NOT NULL;
    CREATE INDEX outreach_group_by_code ON outreach_group (code, entry);
    CREATE INDEX outreach_topic_by_code ON outreach_topic (code, entry);
    CREATE INDEX outreach_principle_by_code ON outreach_principle (code, entry);",
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
}

/// Applies every migration the database has not had yet.
pub fn migrate(conn: &Connection) -> rusqlite::Result<()> {
    let current = user_version(conn)?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current.max(0) as usize) {
        let version = index as i64 + 1;
        let tx = conn.unchecked_transaction()?;
        tx.execute_batch(sql)?;
        tx.execute(
            "INSERT INTO app_meta (key, value) VALUES ('schema_written_by', ?1)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![format!(
                "skranke {} (schema {version})",
                env!("CARGO_PKG_VERSION")
            )],
        )?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
}
