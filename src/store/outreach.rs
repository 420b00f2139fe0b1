//! The outreach log in SQLite: save, edit, soft delete and undo, purge, and the list's pages.
//! Export and import live in `store::transfer`.

use super::{Store, StoreError};
use crate::outreach::codes::{Channel, DurationBucket, Group, Interpreter, Outcome};
use crate::outreach::entry::Entry;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Transaction, params, params_from_iter};
use std::collections::HashMap;
use uuid::Uuid;

/// How long a deleted entry can be brought back before it is purged.
pub const UNDO_DAYS: i64 = 30;

/// Which entries the list shows with respect to training.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Training {
    /// Desk outreach and training entries (training ones are marked).
    #[default]
    Include,
    /// Desk outreach only.
    Exclude,
    /// Training entries only.
    Only,
}

/// The list's filters. `None` means "any".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub from: Option<jiff::civil::Date>,
    pub to: Option<jiff::civil::Date>,
    pub channel: Option<Channel>,
    pub language: Option<String>,
    pub group: Option<Group>,
    pub topic: Option<String>,
    pub training: Training,
}

/// Where a page starts: the last entry of the page before (newest first).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cursor {
    day: String,
    created_at: String,
    id: String,
}

/// One page of the list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Page {
    pub entries: Vec<Entry>,
    /// Where the next page starts, if there is one.
    pub next: Option<Cursor>,
}

const ENTRY_COLUMNS: &str = "id, day, created_at, unit, channel, language, interpreter, outcome, duration, handout, note, training";

impl Store {
    /// Saves a new entry with its links, in one transaction. Invalid entries are refused.
    pub fn save_entry(&self, entry: &Entry) -> Result<(), StoreError> {
        let problems = entry.problems();
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let tx = self.conn().unchecked_transaction()?;
        insert(&tx, entry)?;
        tx.commit()?;
        Ok(())
    }

    /// Replaces an entry's fields and links (same id), in one transaction.
    pub fn update_entry(&self, entry: &Entry) -> Result<(), StoreError> {
        let problems = entry.problems();
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let tx = self.conn().unchecked_transaction()?;
        tx.execute(
            "UPDATE outreach SET day = ?2, unit = ?3, channel = ?4, language = ?5, interpreter = ?6,
             outcome = ?7, duration = ?8, handout = ?9, note = ?10, training = ?11 WHERE id = ?1",
            params![
                entry.id.to_string(),
                entry.day.to_string(),
                entry.unit.trim(),
                entry.channel.code(),
                entry.language,
                entry.interpreter.code(),
                entry.outcome.code(),
                entry.duration.code(),
                entry.handout,
                entry.note.trim(),
                entry.training,
            ],
        )?;
        for table in ["outreach_group", "outreach_topic", "outreach_principle"] {
            tx.execute(
                &format!("DELETE FROM {table} WHERE entry = ?1"),
                [entry.id.to_string()],
            )?;
        }
        insert_links(&tx, entry)?;
        tx.commit()?;
        Ok(())
    }

    /// Marks an entry deleted; it can be restored for [`UNDO_DAYS`] days.
    pub fn delete_entry(&self, id: Uuid) -> Result<(), StoreError> {
        let tx = self.conn().unchecked_transaction()?;
        tx.execute(
            "UPDATE outreach SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
            params![id.to_string(), crate::clock::now_rfc3339()],
        )?;
        Ok(tx.commit()?)
    }

    /// Brings a deleted entry back.
    pub fn undo_delete(&self, id: Uuid) -> Result<(), StoreError> {
        let tx = self.conn().unchecked_transaction()?;
        tx.execute(
            "UPDATE outreach SET deleted_at = NULL WHERE id = ?1",
            [id.to_string()],
        )?;
        Ok(tx.commit()?)
    }

    /// Removes entries deleted more than [`UNDO_DAYS`] days before `now`. Returns how many.
    pub fn purge_deleted(&self, now: jiff::Timestamp) -> Result<usize, StoreError> {
        let limit = now
            .checked_sub(jiff::SignedDuration::from_hours(24 * UNDO_DAYS))
            .unwrap_or(now)
            .to_string();
        let tx = self.conn().unchecked_transaction()?;
        let removed = tx.execute(
            "DELETE FROM outreach WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
            [limit],
        )?;
        tx.commit()?;
        Ok(removed)
    }

    /// One entry by id (deleted ones too).
    pub fn entry(&self, id: Uuid) -> Result<Option<Entry>, StoreError> {
        let sql = format!("SELECT {ENTRY_COLUMNS} FROM outreach WHERE id = ?1");
        let found = self
            .conn()
            .query_row(&sql, [id.to_string()], read_entry)
            .optional()?;
        match found {
            Some(mut entry) => {
                attach_links(self.conn(), std::slice::from_mut(&mut entry))?;
                Ok(Some(entry))
            }
            None => Ok(None),
        }
    }

    /// The entry saved last (by when it was saved, not its day), not deleted: what "same as
    /// last entry" copies and where the form's remembered channel and duration come from.
    pub fn last_entry(&self) -> Result<Option<Entry>, StoreError> {
        let sql = format!(
            "SELECT {ENTRY_COLUMNS} FROM outreach WHERE deleted_at IS NULL \
             ORDER BY created_at DESC, rowid DESC LIMIT 1"
        );
        let found = self.conn().query_row(&sql, [], read_entry).optional()?;
        match found {
            Some(mut entry) => {
                attach_links(self.conn(), std::slice::from_mut(&mut entry))?;
                Ok(Some(entry))
            }
            None => Ok(None),
        }
    }

    /// A page of the list, newest first. See [`page`].
    pub fn page(
        &self,
        filter: &Filter,
        after: Option<&Cursor>,
        size: usize,
    ) -> Result<Page, StoreError> {
        Ok(page(self.conn(), filter, after, size)?)
    }

    /// How many entries match the filter. See [`count`].
    pub fn count(&self, filter: &Filter) -> Result<u64, StoreError> {
        Ok(count(self.conn(), filter)?)
    }
}

/// Inserts an entry and its links inside an open transaction.
pub(crate) fn insert(tx: &Transaction, entry: &Entry) -> rusqlite::Result<()> {
    let mut statement = tx.prepare_cached(&format!(
        "INSERT INTO outreach ({ENTRY_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
    ))?;
    statement.execute(params![
        entry.id.to_string(),
        entry.day.to_string(),
        entry.created_at,
        entry.unit.trim(),
        entry.channel.code(),
        entry.language,
        entry.interpreter.code(),
        entry.outcome.code(),
        entry.duration.code(),
        entry.handout,
        entry.note.trim(),
        entry.training,
    ])?;
    insert_links(tx, entry)
}

fn insert_links(tx: &Transaction, entry: &Entry) -> rusqlite::Result<()> {
    let id = entry.id.to_string();
    let groups = entry.groups.iter().map(|g| g.code());
    for (table, codes) in [
        ("outreach_group", groups.collect::<Vec<_>>()),
        (
            "outreach_topic",
            entry.topics.iter().map(String::as_str).collect(),
        ),
        (
            "outreach_principle",
            entry.principles.iter().map(String::as_str).collect(),
        ),
    ] {
        let mut statement = tx.prepare_cached(&format!(
            "INSERT OR IGNORE INTO {table} (entry, code) VALUES (?1, ?2)"
        ))?;
        for code in codes {
            statement.execute(params![id, code])?;
        }
    }
    Ok(())
}

/// Reads the entry columns of a row ([`ENTRY_COLUMNS`] order); links are empty.
pub(crate) fn read_entry(row: &rusqlite::Row) -> rusqlite::Result<Entry> {
    let text = |i: usize| row.get::<_, String>(i);
    let bad = |i: usize, what: &str| {
        rusqlite::Error::FromSqlConversionFailure(
            i,
            rusqlite::types::Type::Text,
            format!("unknown {what}").into(),
        )
    };
    Ok(Entry {
        id: Uuid::parse_str(&text(0)?).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, e.into())
        })?,
        day: text(1)?.parse().map_err(|_| bad(1, "day"))?,
        created_at: text(2)?,
        unit: text(3)?,
        channel: Channel::from_code(&text(4)?).ok_or_else(|| bad(4, "channel"))?,
        language: text(5)?,
        interpreter: Interpreter::from_code(&text(6)?).ok_or_else(|| bad(6, "interpreter"))?,
        outcome: Outcome::from_code(&text(7)?).ok_or_else(|| bad(7, "outcome"))?,
        duration: DurationBucket::from_code(&text(8)?).ok_or_else(|| bad(8, "duration"))?,
        handout: row.get(9)?,
        note: text(10)?,
        training: row.get(11)?,
        groups: Vec::new(),
        topics: Vec::new(),
        principles: Vec::new(),
    })
}

/// Fills in the groups, topics and principles of the given entries.
fn attach_links(conn: &Connection, entries: &mut [Entry]) -> rusqlite::Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    let index: HashMap<String, usize> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.to_string(), i))
        .collect();
    let placeholders = vec!["?"; entries.len()].join(", ");
    let ids: Vec<Value> = entries
        .iter()
        .map(|e| Value::Text(e.id.to_string()))
        .collect();
    for table in ["outreach_group", "outreach_topic", "outreach_principle"] {
        let sql = format!(
            "SELECT entry, code FROM {table} WHERE entry IN ({placeholders}) ORDER BY entry, code"
        );
        let mut statement = conn.prepare(&sql)?;
        let mut rows = statement.query(params_from_iter(ids.iter()))?;
        while let Some(row) = rows.next()? {
            let entry: String = row.get(0)?;
            let code: String = row.get(1)?;
            let Some(&i) = index.get(&entry) else {
                continue;
            };
            match table {
                "outreach_group" => entries[i].groups.extend(Group::from_code(&code)),
                "outreach_topic" => entries[i].topics.push(code),
                _ => entries[i].principles.push(code),
            }
        }
    }
    for entry in entries.iter_mut() {
        entry.groups.sort();
        let order = |code: &String| {
            crate::content::topics::TOPICS
                .iter()
                .position(|t| t.code == code)
        };
        entry.topics.sort_by_key(order);
        entry.principles.sort();
    }
    Ok(())
}

/// The WHERE clause and parameters of a filter. Only active filters are written into the SQL,
/// so SQLite's planner can choose the matching index.
fn filter_sql(filter: &Filter) -> (String, Vec<Value>) {
    let mut clauses = vec!["o.deleted_at IS NULL".to_string()];
    let mut values = Vec::new();
    if let Some(from) = filter.from {
        clauses.push("o.day >= ?".into());
        values.push(Value::Text(from.to_string()));
    }
    if let Some(to) = filter.to {
        clauses.push("o.day <= ?".into());
        values.push(Value::Text(to.to_string()));
    }
    if let Some(channel) = filter.channel {
        clauses.push("o.channel = ?".into());
        values.push(Value::Text(channel.code().into()));
    }
    if let Some(language) = &filter.language {
        clauses.push("o.language = ?".into());
        values.push(Value::Text(language.clone()));
    }
    if let Some(group) = filter.group {
        clauses.push(
            "EXISTS (SELECT 1 FROM outreach_group g WHERE g.entry = o.id AND g.code = ?)".into(),
        );
        values.push(Value::Text(group.code().into()));
    }
    if let Some(topic) = &filter.topic {
        clauses.push(
            "EXISTS (SELECT 1 FROM outreach_topic t WHERE t.entry = o.id AND t.code = ?)".into(),
        );
        values.push(Value::Text(topic.clone()));
    }
    match filter.training {
        Training::Include => {}
        Training::Exclude => clauses.push("o.training = 0".into()),
        Training::Only => clauses.push("o.training = 1".into()),
    }
    (clauses.join(" AND "), values)
}

/// A page of entries matching `filter`, newest first (by day, then time written), starting
/// after `after`. Keyset pagination: page 20 000 costs what page 1 costs.
pub fn page(
    conn: &Connection,
    filter: &Filter,
    after: Option<&Cursor>,
    size: usize,
) -> rusqlite::Result<Page> {
    let (mut clause, mut values) = filter_sql(filter);
    if let Some(cursor) = after {
        clause.push_str(" AND (o.day, o.created_at, o.id) < (?, ?, ?)");
        values.extend(
            [
                cursor.day.clone(),
                cursor.created_at.clone(),
                cursor.id.clone(),
            ]
            .map(Value::Text),
        );
    }
    values.push(Value::Integer(i64::try_from(size + 1).unwrap_or(i64::MAX)));
    let columns = ENTRY_COLUMNS
        .split(", ")
        .map(|c| format!("o.{c}"))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT {columns} FROM outreach o WHERE {clause} ORDER BY o.day DESC, o.created_at DESC, o.id DESC LIMIT ?"
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let mut entries: Vec<Entry> = statement
        .query_map(params_from_iter(values.iter()), read_entry)?
        .collect::<rusqlite::Result<_>>()?;
    let more = entries.len() > size;
    entries.truncate(size);
    attach_links(conn, &mut entries)?;
    let next = if more {
        entries.last().map(|e| Cursor {
            day: e.day.to_string(),
            created_at: e.created_at.clone(),
            id: e.id.to_string(),
        })
    } else {
        None
    };
    Ok(Page { entries, next })
}

/// How many entries match `filter`.
pub fn count(conn: &Connection, filter: &Filter) -> rusqlite::Result<u64> {
    let (clause, values) = filter_sql(filter);
    let sql = format!("SELECT count(*) FROM outreach o WHERE {clause}");
    let count: i64 = conn
        .prepare_cached(&sql)?
        .query_row(params_from_iter(values.iter()), |row| row.get(0))?;
    Ok(u64::try_from(count).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outreach::entry::sample;

    fn store_with(days: &[&str]) -> (Store, Vec<Entry>) {
        let store = Store::open_in_memory();
        let entries: Vec<Entry> = days.iter().map(|d| sample(d)).collect();
        for entry in &entries {
            store.save_entry(entry).unwrap();
        }
        (store, entries)
    }

    #[test]
    fn an_entry_is_saved_with_its_links_and_read_back() {
        let (store, entries) = store_with(&["2026-11-24"]);
        assert_eq!(
            store.entry(entries[0].id).unwrap().as_ref(),
            Some(&entries[0])
        );
    }

    #[test]
    fn invalid_entries_are_refused_and_nothing_is_stored() {
        let store = Store::open_in_memory();
        let mut entry = sample("2026-11-24");
        entry.note = "mail: a@b.dk".into();
        assert!(matches!(
            store.save_entry(&entry),
            Err(StoreError::Invalid(_))
        ));
        assert_eq!(store.count(&Filter::default()).unwrap(), 0);
    }

    #[test]
    fn pages_are_newest_first_and_continue_where_they_stopped() {
        let (store, _) = store_with(&[
            "2026-01-01",
            "2026-03-01",
            "2026-02-01",
            "2026-03-01",
            "2026-01-15",
        ]);
        let first = store.page(&Filter::default(), None, 2).unwrap();
        let days: Vec<String> = first.entries.iter().map(|e| e.day.to_string()).collect();
        assert_eq!(days, ["2026-03-01", "2026-03-01"]);
        let second = store
            .page(&Filter::default(), first.next.as_ref(), 2)
            .unwrap();
        let days: Vec<String> = second.entries.iter().map(|e| e.day.to_string()).collect();
        assert_eq!(days, ["2026-02-01", "2026-01-15"]);
        let third = store
            .page(&Filter::default(), second.next.as_ref(), 2)
            .unwrap();
        assert_eq!(third.entries.len(), 1);
        assert_eq!(third.next, None);
    }

    #[test]
    fn filters_narrow_the_list_and_the_count() {
        let (store, mut entries) = store_with(&["2026-01-10", "2026-02-10", "2026-03-10"]);
        entries[1].channel = Channel::Phone;
        entries[1].language = "ti".into();
        entries[1].groups = vec![Group::Elderly];
        entries[1].topics = vec!["complaints".into()];
        store.update_entry(&entries[1]).unwrap();
        let by = |filter: Filter| store.count(&filter).unwrap();
        assert_eq!(by(Filter::default()), 3);
        assert_eq!(
            by(Filter {
                channel: Some(Channel::Phone),
                ..Filter::default()
            }),
            1
        );
        assert_eq!(
            by(Filter {
                language: Some("ti".into()),
                channel: Some(Channel::Phone),
                ..Filter::default()
            }),
            1
        );
        assert_eq!(
            by(Filter {
                group: Some(Group::Elderly),
                ..Filter::default()
            }),
            1
        );
        assert_eq!(
            by(Filter {
                group: Some(Group::Newcomer),
                ..Filter::default()
            }),
            2
        );
        assert_eq!(
            by(Filter {
                topic: Some("complaints".into()),
                ..Filter::default()
            }),
            1
        );
        let february = Filter {
            from: Some("2026-02-01".parse().unwrap()),
            to: Some("2026-02-28".parse().unwrap()),
            ..Filter::default()
        };
        assert_eq!(by(february.clone()), 1);
        let page = store.page(&february, None, 10).unwrap();
        assert_eq!(page.entries[0].groups, [Group::Elderly]);
    }

    #[test]
    fn delete_hides_undo_restores_and_purge_removes_after_thirty_days() {
        let (store, entries) = store_with(&["2026-01-10", "2026-01-11"]);
        store.delete_entry(entries[0].id).unwrap();
        assert_eq!(store.count(&Filter::default()).unwrap(), 1);
        store.undo_delete(entries[0].id).unwrap();
        assert_eq!(store.count(&Filter::default()).unwrap(), 2);
        store.delete_entry(entries[0].id).unwrap();
        let now = jiff::Timestamp::now();
        assert_eq!(store.purge_deleted(now).unwrap(), 0, "not yet 30 days");
        let later = now
            .checked_add(jiff::SignedDuration::from_hours(24 * 31))
            .unwrap();
        assert_eq!(store.purge_deleted(later).unwrap(), 1);
        assert_eq!(store.entry(entries[0].id).unwrap(), None);
        let links: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM outreach_group", [], |r| r.get(0))
            .unwrap();
        assert_eq!(links, 2, "the purged entry's links went with it");
    }

    #[test]
    fn training_entries_can_be_kept_apart() {
        let (store, mut entries) = store_with(&["2026-01-10", "2026-01-11"]);
        entries[0].training = true;
        store.update_entry(&entries[0]).unwrap();
        let with = |training| {
            store
                .count(&Filter {
                    training,
                    ..Filter::default()
                })
                .unwrap()
        };
        assert_eq!(
            (
                with(Training::Include),
                with(Training::Exclude),
                with(Training::Only)
            ),
            (2, 1, 1)
        );
    }
}
