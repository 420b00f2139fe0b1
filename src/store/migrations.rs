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
    // 4: daily summaries for the equality indicators, kept exact by triggers in the same
    // transaction as every change to the log. A year of a million-entry log is then a sum over
    // a few thousand rows instead of a scan. Only counted entries (not deleted, not training)
    // are in the summaries. Indexes `daily_*_by_unit` serve the unit filter.
    "CREATE TABLE daily_language (
        day TEXT NOT NULL, unit TEXT NOT NULL, language TEXT NOT NULL,
        contacts INTEGER NOT NULL, with_interpreter INTEGER NOT NULL,
        PRIMARY KEY (day, unit, language)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE daily_channel (
        day TEXT NOT NULL, unit TEXT NOT NULL, channel TEXT NOT NULL, contacts INTEGER NOT NULL,
        PRIMARY KEY (day, unit, channel)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE daily_outcome (
        day TEXT NOT NULL, unit TEXT NOT NULL, outcome TEXT NOT NULL, contacts INTEGER NOT NULL,
        PRIMARY KEY (day, unit, outcome)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE daily_group (
        day TEXT NOT NULL, unit TEXT NOT NULL, code TEXT NOT NULL, contacts INTEGER NOT NULL,
        PRIMARY KEY (day, unit, code)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE daily_topic (
        day TEXT NOT NULL, unit TEXT NOT NULL, code TEXT NOT NULL, contacts INTEGER NOT NULL,
        PRIMARY KEY (day, unit, code)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE daily_principle (
        day TEXT NOT NULL, unit TEXT NOT NULL, code TEXT NOT NULL, contacts INTEGER NOT NULL,
        PRIMARY KEY (day, unit, code)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX daily_language_by_unit ON daily_language (unit, day);
    CREATE INDEX daily_channel_by_unit ON daily_channel (unit, day);
    CREATE INDEX daily_outcome_by_unit ON daily_outcome (unit, day);
    CREATE INDEX daily_group_by_unit ON daily_group (unit, day);
    CREATE INDEX daily_topic_by_unit ON daily_topic (unit, day);
    CREATE INDEX daily_principle_by_unit ON daily_principle (unit, day);
    CREATE TRIGGER outreach_counted_insert AFTER INSERT ON outreach WHEN NEW.deleted_at IS NULL AND NEW.training = 0 BEGIN
        INSERT INTO daily_language VALUES (NEW.day, NEW.unit, NEW.language, 1, NEW.interpreter <> 'none')
            ON CONFLICT DO UPDATE SET contacts = contacts + 1, with_interpreter = with_interpreter + excluded.with_interpreter;
        INSERT INTO daily_channel VALUES (NEW.day, NEW.unit, NEW.channel, 1) ON CONFLICT DO UPDATE SET contacts = contacts + 1;
        INSERT INTO daily_outcome VALUES (NEW.day, NEW.unit, NEW.outcome, 1) ON CONFLICT DO UPDATE SET contacts = contacts + 1;
    END;
    CREATE TRIGGER outreach_counted_delete BEFORE DELETE ON outreach WHEN OLD.deleted_at IS NULL AND OLD.training = 0 BEGIN
        UPDATE daily_language SET contacts = contacts - 1, with_interpreter = with_interpreter - (OLD.interpreter <> 'none')
            WHERE day = OLD.day AND unit = OLD.unit AND language = OLD.language;
        UPDATE daily_channel SET contacts = contacts - 1 WHERE day = OLD.day AND unit = OLD.unit AND channel = OLD.channel;
        UPDATE daily_outcome SET contacts = contacts - 1 WHERE day = OLD.day AND unit = OLD.unit AND outcome = OLD.outcome;
        UPDATE daily_group SET contacts = contacts - 1
            WHERE day = OLD.day AND unit = OLD.unit AND code IN (SELECT code FROM outreach_group WHERE entry = OLD.id);
        UPDATE daily_topic SET contacts = contacts - 1
            WHERE day = OLD.day AND unit = OLD.unit AND code IN (SELECT code FROM outreach_topic WHERE entry = OLD.id);
        UPDATE daily_principle SET contacts = contacts - 1
            WHERE day = OLD.day AND unit = OLD.unit AND code IN (SELECT code FROM outreach_principle WHERE entry = OLD.id);
    END;
    CREATE TRIGGER outreach_uncount AFTER UPDATE ON outreach WHEN OLD.deleted_at IS NULL AND OLD.training = 0 BEGIN
        UPDATE daily_language SET contacts = contacts - 1, with_interpreter = with_interpreter - (OLD.interpreter <> 'none')
            WHERE day = OLD.day AND unit = OLD.unit AND language = OLD.language;
        UPDATE daily_channel SET contacts = contacts - 1 WHERE day = OLD.day AND unit = OLD.unit AND channel = OLD.channel;
        UPDATE daily_outcome SET contacts = contacts - 1 WHERE day = OLD.day AND unit = OLD.unit AND outcome = OLD.outcome;
        UPDATE daily_group SET contacts = contacts - 1
            WHERE day = OLD.day AND unit = OLD.unit AND code IN (SELECT code FROM outreach_group WHERE entry = OLD.id);
        UPDATE daily_topic SET contacts = contacts - 1
            WHERE day = OLD.day AND unit = OLD.unit AND code IN (SELECT code FROM outreach_topic WHERE entry = OLD.id);
        UPDATE daily_principle SET contacts = contacts - 1
            WHERE day = OLD.day AND unit = OLD.unit AND code IN (SELECT code FROM outreach_principle WHERE entry = OLD.id);
    END;
    CREATE TRIGGER outreach_count AFTER UPDATE ON outreach WHEN NEW.deleted_at IS NULL AND NEW.training = 0 BEGIN
        INSERT INTO daily_language VALUES (NEW.day, NEW.unit, NEW.language, 1, NEW.interpreter <> 'none')
            ON CONFLICT DO UPDATE SET contacts = contacts + 1, with_interpreter = with_interpreter + excluded.with_interpreter;
        INSERT INTO daily_channel VALUES (NEW.day, NEW.unit, NEW.channel, 1) ON CONFLICT DO UPDATE SET contacts = contacts + 1;
        INSERT INTO daily_outcome VALUES (NEW.day, NEW.unit, NEW.outcome, 1) ON CONFLICT DO UPDATE SET contacts = contacts + 1;
        INSERT INTO daily_group SELECT NEW.day, NEW.unit, code, 1 FROM outreach_group WHERE entry = NEW.id
            ON CONFLICT DO UPDATE SET contacts = contacts + 1;
        INSERT INTO daily_topic SELECT NEW.day, NEW.unit, code, 1 FROM outreach_topic WHERE entry = NEW.id
            ON CONFLICT DO UPDATE SET contacts = contacts + 1;
        INSERT INTO daily_principle SELECT NEW.day, NEW.unit, code, 1 FROM outreach_principle WHERE entry = NEW.id
            ON CONFLICT DO UPDATE SET contacts = contacts + 1;
    END;
    CREATE TRIGGER outreach_group_counted_insert AFTER INSERT ON outreach_group BEGIN
        INSERT INTO daily_group SELECT day, unit, NEW.code, 1 FROM outreach
            WHERE id = NEW.entry AND deleted_at IS NULL AND training = 0
            ON CONFLICT DO UPDATE SET contacts = contacts + 1;
    END;
    CREATE TRIGGER outreach_group_counted_delete AFTER DELETE ON outreach_group BEGIN
        UPDATE daily_group SET contacts = contacts - 1
            WHERE code = OLD.code AND (day, unit) = (SELECT day, unit FROM outreach
                WHERE id = OLD.entry AND deleted_at IS NULL AND training = 0);
    END;
    CREATE TRIGGER outreach_topic_counted_insert AFTER INSERT ON outreach_topic BEGIN
        INSERT INTO daily_topic SELECT day, unit, NEW.code, 1 FROM outreach
            WHERE id = NEW.entry AND deleted_at IS NULL AND training = 0
            ON CONFLICT DO UPDATE SET contacts = contacts + 1;
    END;
    CREATE TRIGGER outreach_topic_counted_delete AFTER DELETE ON outreach_topic BEGIN
        UPDATE daily_topic SET contacts = contacts - 1
            WHERE code = OLD.code AND (day, unit) = (SELECT day, unit FROM outreach
                WHERE id = OLD.entry AND deleted_at IS NULL AND training = 0);
    END;
    CREATE TRIGGER outreach_principle_counted_insert AFTER INSERT ON outreach_principle BEGIN
        INSERT INTO daily_principle SELECT day, unit, NEW.code, 1 FROM outreach
            WHERE id = NEW.entry AND deleted_at IS NULL AND training = 0
            ON CONFLICT DO UPDATE SET contacts = contacts + 1;
    END;
    CREATE TRIGGER outreach_principle_counted_delete AFTER DELETE ON outreach_principle BEGIN
        UPDATE daily_principle SET contacts = contacts - 1
            WHERE code = OLD.code AND (day, unit) = (SELECT day, unit FROM outreach
                WHERE id = OLD.entry AND deleted_at IS NULL AND training = 0);
    END;
    INSERT INTO daily_language SELECT day, unit, language, count(*), sum(interpreter <> 'none')
        FROM outreach WHERE deleted_at IS NULL AND training = 0 GROUP BY 1, 2, 3;
    INSERT INTO daily_channel SELECT day, unit, channel, count(*)
        FROM outreach WHERE deleted_at IS NULL AND training = 0 GROUP BY 1, 2, 3;
    INSERT INTO daily_outcome SELECT day, unit, outcome, count(*)
        FROM outreach WHERE deleted_at IS NULL AND training = 0 GROUP BY 1, 2, 3;
    INSERT INTO daily_group SELECT o.day, o.unit, l.code, count(*) FROM outreach_group l JOIN outreach o ON o.id = l.entry
        WHERE o.deleted_at IS NULL AND o.training = 0 GROUP BY 1, 2, 3;
    INSERT INTO daily_topic SELECT o.day, o.unit, l.code, count(*) FROM outreach_topic l JOIN outreach o ON o.id = l.entry
        WHERE o.deleted_at IS NULL AND o.training = 0 GROUP BY 1, 2, 3;
    INSERT INTO daily_principle SELECT o.day, o.unit, l.code, count(*) FROM outreach_principle l JOIN outreach o ON o.id = l.entry
        WHERE o.deleted_at IS NULL AND o.training = 0 GROUP BY 1, 2, 3;",
    // 5: onboarding sessions run in training mode (principle 2c): what was covered and how many
    // took part, never who. Kept apart from the outreach log.
    "CREATE TABLE training_session (
        id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
        day          TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        created_at   TEXT NOT NULL,
        unit         TEXT NOT NULL CHECK (length(unit) BETWEEN 1 AND 80),
        participants INTEGER NOT NULL CHECK (participants BETWEEN 1 AND 1000),
        presentation INTEGER NOT NULL CHECK (presentation IN (0, 1)),
        quiz         INTEGER NOT NULL CHECK (quiz IN (0, 1)),
        quiz_score   REAL CHECK (quiz_score IS NULL OR quiz_score BETWEEN 0 AND 100)
    ) STRICT;
    CREATE TABLE training_session_case (
        session TEXT NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
        case_id TEXT NOT NULL,
        PRIMARY KEY (session, case_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX training_session_by_day ON training_session (day, unit);",
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
