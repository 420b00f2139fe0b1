//! The unit's self-assessment: one state and an optional comment per checklist item, with the
//! time of every change. Changes are appended, never overwritten, so the history stays.

use super::{Store, StoreError};
use crate::guard;
use rusqlite::{OptionalExtension, params};
use std::collections::HashMap;

/// How far the unit has come with one checklist item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum AssessmentState {
    #[default]
    NotStarted,
    InProgress,
    InPlace,
}

impl AssessmentState {
    pub const ALL: [AssessmentState; 3] = [
        AssessmentState::NotStarted,
        AssessmentState::InProgress,
        AssessmentState::InPlace,
    ];

    /// Stable code stored in the database and exports.
    pub fn code(self) -> &'static str {
        match self {
            AssessmentState::NotStarted => "not-started",
            AssessmentState::InProgress => "in-progress",
            AssessmentState::InPlace => "in-place",
        }
    }

    /// Its name in the self-assessment.
    pub fn label(self) -> crate::i18n::MessageId {
        use crate::i18n::msg;
        match self {
            AssessmentState::NotStarted => msg!("assessment-not-started"),
            AssessmentState::InProgress => msg!("assessment-in-progress"),
            AssessmentState::InPlace => msg!("assessment-in-place"),
        }
    }

    pub fn from_code(code: &str) -> Option<AssessmentState> {
        AssessmentState::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The assessment of one item at one moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub state: AssessmentState,
    pub comment: String,
    /// When it was set, RFC 3339 in UTC.
    pub changed_at: String,
}

impl Store {
    /// Records a new state and comment for `item` (e.g. `2c.1`), stamped with the current time.
    /// The comment passes the personal-data guard first.
    pub fn record_assessment(
        &self,
        item: &str,
        state: AssessmentState,
        comment: &str,
    ) -> Result<Assessment, StoreError> {
        let comment = comment.trim();
        guard::check_note(comment).map_err(StoreError::Refused)?;
        let changed_at = crate::clock::now_rfc3339();
        let tx = self.conn().unchecked_transaction()?;
        tx.execute(
            "INSERT INTO assessment_change (item, state, comment, changed_at) VALUES (?1, ?2, ?3, ?4)",
            params![item, state.code(), comment, changed_at],
        )?;
        tx.commit()?;
        Ok(Assessment {
            state,
            comment: comment.to_string(),
            changed_at,
        })
    }

    /// The current assessment of every item that has one.
    pub fn assessments(&self) -> Result<HashMap<String, Assessment>, StoreError> {
        let mut statement = self.conn().prepare(
            "SELECT item, state, comment, changed_at FROM assessment_change AS a
             WHERE id = (SELECT max(id) FROM assessment_change AS b WHERE b.item = a.item)",
        )?;
        let rows = statement.query_map([], |row| {
            let state: String = row.get(1)?;
            Ok((
                row.get::<_, String>(0)?,
                Assessment {
                    state: AssessmentState::from_code(&state).unwrap_or_default(),
                    comment: row.get(2)?,
                    changed_at: row.get(3)?,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The current assessment of one item.
    pub fn assessment(&self, item: &str) -> rusqlite::Result<Option<Assessment>> {
        self.conn()
            .query_row(
                "SELECT state, comment, changed_at FROM assessment_change WHERE item = ?1 ORDER BY id DESC LIMIT 1",
                [item],
                |row| {
                    let state: String = row.get(0)?;
                    Ok(Assessment {
                        state: AssessmentState::from_code(&state).unwrap_or_default(),
                        comment: row.get(1)?,
                        changed_at: row.get(2)?,
                    })
                },
            )
            .optional()
    }

    /// Every change of one item, oldest first.
    pub fn assessment_history(&self, item: &str) -> Result<Vec<Assessment>, StoreError> {
        let mut statement = self.conn().prepare(
            "SELECT state, comment, changed_at FROM assessment_change WHERE item = ?1 ORDER BY id",
        )?;
        let rows = statement.query_map([item], |row| {
            let state: String = row.get(0)?;
            Ok(Assessment {
                state: AssessmentState::from_code(&state).unwrap_or_default(),
                comment: row.get(1)?,
                changed_at: row.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guard::Refusal;

    #[test]
    fn the_newest_change_is_current_and_history_is_kept() {
        let store = Store::open_in_memory();
        store
            .record_assessment("2c.1", AssessmentState::InProgress, "Plan klar i marts")
            .unwrap();
        store
            .record_assessment("2c.1", AssessmentState::InPlace, "")
            .unwrap();
        store
            .record_assessment("1d.2", AssessmentState::NotStarted, "")
            .unwrap();
        let current = store.assessments().unwrap();
        assert_eq!(current.len(), 2);
        assert_eq!(current["2c.1"].state, AssessmentState::InPlace);
        let history = store.assessment_history("2c.1").unwrap();
        assert_eq!(history.len(), 2);
        assert_eq!(history[0].comment, "Plan klar i marts");
        assert!(history[0].changed_at <= history[1].changed_at);
        assert_eq!(store.assessment("9z.9").unwrap(), None);
    }

    #[test]
    fn personal_data_in_a_comment_is_refused_and_nothing_is_stored() {
        let store = Store::open_in_memory();
        let result = store.record_assessment("2a.1", AssessmentState::InPlace, "ring 20304050");
        assert!(matches!(
            result,
            Err(StoreError::Refused(Refusal::PhoneNumber))
        ));
        assert!(store.assessments().unwrap().is_empty());
    }

    #[test]
    fn states_round_trip_through_their_codes() {
        for state in AssessmentState::ALL {
            assert_eq!(AssessmentState::from_code(state.code()), Some(state));
        }
    }
}

/// How many items are in each state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub not_started: usize,
    pub in_progress: usize,
    pub in_place: usize,
}

impl Progress {
    /// Counts the states of the given items (an item without an assessment is not started).
    pub fn of<'a>(
        items: impl IntoIterator<Item = &'a str>,
        current: &HashMap<String, Assessment>,
    ) -> Progress {
        let mut progress = Progress::default();
        for item in items {
            match current.get(item).map(|a| a.state).unwrap_or_default() {
                AssessmentState::NotStarted => progress.not_started += 1,
                AssessmentState::InProgress => progress.in_progress += 1,
                AssessmentState::InPlace => progress.in_place += 1,
            }
        }
        progress
    }

    pub fn total(&self) -> usize {
        self.not_started + self.in_progress + self.in_place
    }

    /// Share of items in place, 0–100, rounded down.
    pub fn percent_in_place(&self) -> usize {
        (self.in_place * 100).checked_div(self.total()).unwrap_or(0)
    }
}

#[cfg(test)]
mod progress_tests {
    use super::*;

    #[test]
    fn counts_states_and_missing_items_are_not_started() {
        let store = Store::open_in_memory();
        store
            .record_assessment("a", AssessmentState::InPlace, "")
            .unwrap();
        store
            .record_assessment("b", AssessmentState::InProgress, "")
            .unwrap();
        let current = store.assessments().unwrap();
        let progress = Progress::of(["a", "b", "c", "d"], &current);
        assert_eq!(
            progress,
            Progress {
                not_started: 2,
                in_progress: 1,
                in_place: 1
            }
        );
        assert_eq!(progress.percent_in_place(), 25);
        assert_eq!(Progress::default().percent_in_place(), 0);
    }
}
