//! Onboarding sessions: date, unit, number of participants, what was covered, the average quiz
//! score. Never names. Kept apart from the outreach log, and counted on the dashboard as their
//! own indicator.

use super::scope::{Scope, months};
use super::{Store, StoreError};
use rusqlite::types::Value;
use rusqlite::{Connection, params, params_from_iter};
use uuid::Uuid;

/// The most participants one session may record.
pub const MAX_PARTICIPANTS: u32 = 1000;

/// One onboarding session.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub id: Uuid,
    pub day: jiff::civil::Date,
    pub created_at: String,
    pub unit: String,
    pub participants: u32,
    pub presentation: bool,
    /// Ids of the cases discussed.
    pub cases: Vec<String>,
    pub quiz: bool,
    /// The group's average score in percent, if the quiz was used.
    pub quiz_score: Option<f64>,
}

/// Sessions held and participants in one month.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MonthOfSessions {
    pub month: String,
    pub sessions: u64,
    pub participants: u64,
}

impl Store {
    /// Saves a session with its cases, in one transaction.
    pub fn save_session(&self, session: &Session) -> Result<(), StoreError> {
        let tx = self.conn().unchecked_transaction()?;
        tx.execute(
            "INSERT INTO training_session (id, day, created_at, unit, participants, presentation, quiz, quiz_score)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                session.id.to_string(),
                session.day.to_string(),
                session.created_at,
                session.unit.trim(),
                session.participants,
                session.presentation,
                session.quiz,
                session.quiz_score,
            ],
        )?;
        for case in &session.cases {
            tx.execute(
                "INSERT OR IGNORE INTO training_session_case (session, case_id) VALUES (?1, ?2)",
                params![session.id.to_string(), case],
            )?;
        }
        Ok(tx.commit()?)
    }

    /// Every session, newest first.
    pub fn sessions(&self) -> Result<Vec<Session>, StoreError> {
        Ok(sessions(self.conn())?)
    }
}

/// Every session, newest first.
pub fn sessions(conn: &Connection) -> rusqlite::Result<Vec<Session>> {
    let mut statement = conn.prepare(
        "SELECT id, day, created_at, unit, participants, presentation, quiz, quiz_score FROM training_session
         ORDER BY day DESC, created_at DESC",
    )?;
    let mut sessions: Vec<Session> = statement
        .query_map([], |row| {
            let id: String = row.get(0)?;
            let day: String = row.get(1)?;
            Ok(Session {
                id: Uuid::parse_str(&id).unwrap_or_default(),
                day: day.parse().unwrap_or_default(),
                created_at: row.get(2)?,
                unit: row.get(3)?,
                participants: row.get(4)?,
                presentation: row.get(5)?,
                cases: Vec::new(),
                quiz: row.get(6)?,
                quiz_score: row.get(7)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut cases = conn
        .prepare("SELECT case_id FROM training_session_case WHERE session = ?1 ORDER BY case_id")?;
    for session in &mut sessions {
        session.cases = cases
            .query_map([session.id.to_string()], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
    }
    Ok(sessions)
}

/// Sessions and participants per month of the scope (every month listed).
pub fn per_month(conn: &Connection, scope: &Scope) -> rusqlite::Result<Vec<MonthOfSessions>> {
    let mut sql = "SELECT substr(day, 1, 7), count(*), sum(participants) FROM training_session WHERE day BETWEEN ? AND ?".to_string();
    let mut values = vec![
        Value::Text(scope.from.to_string()),
        Value::Text(scope.to.to_string()),
    ];
    if let Some(unit) = &scope.unit {
        sql.push_str(" AND unit = ?");
        values.push(Value::Text(unit.clone()));
    }
    sql.push_str(" GROUP BY 1");
    let mut statement = conn.prepare_cached(&sql)?;
    let found: std::collections::HashMap<String, (u64, u64)> = statement
        .query_map(params_from_iter(values.iter()), |row| {
            let sessions = u64::try_from(row.get::<_, i64>(1)?).unwrap_or(0);
            let participants = u64::try_from(row.get::<_, i64>(2)?).unwrap_or(0);
            Ok((row.get::<_, String>(0)?, (sessions, participants)))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(months(scope.from, scope.to)
        .into_iter()
        .map(|month| {
            let (sessions, participants) = found.get(&month).copied().unwrap_or((0, 0));
            MonthOfSessions {
                month,
                sessions,
                participants,
            }
        })
        .collect())
}

/// The stable CSV columns of the sessions export.
pub const CSV_COLUMNS: [&str; 8] = [
    "id",
    "day",
    "unit",
    "participants",
    "presentation",
    "cases",
    "quiz",
    "quiz_score",
];

/// Every session as CSV, with the columns' codes and commas (for programs).
pub fn csv(sessions: &[Session]) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record(CSV_COLUMNS);
    for row in rows(sessions, |v| format!("{v:.1}")) {
        let _ = writer.write_record(row);
    }
    writer.into_inner().unwrap_or_default()
}

/// Every session as a row of [`CSV_COLUMNS`], the quiz score written by `score`.
pub fn rows(sessions: &[Session], score: impl Fn(f64) -> String) -> Vec<[String; 8]> {
    sessions
        .iter()
        .map(|s| {
            [
                s.id.to_string(),
                s.day.to_string(),
                s.unit.clone(),
                s.participants.to_string(),
                u8::from(s.presentation).to_string(),
                s.cases.join(";"),
                u8::from(s.quiz).to_string(),
                s.quiz_score.map(&score).unwrap_or_default(),
            ]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(day: &str, participants: u32) -> Session {
        Session {
            id: Uuid::now_v7(),
            day: day.parse().unwrap(),
            created_at: crate::clock::now_rfc3339(),
            unit: "Enhed A".into(),
            participants,
            presentation: true,
            cases: vec!["child-interpreter".into()],
            quiz: true,
            quiz_score: Some(83.3),
        }
    }

    #[test]
    fn sessions_are_saved_listed_and_counted_per_month() {
        let store = Store::open_in_memory();
        store.save_session(&session("2026-01-05", 12)).unwrap();
        store.save_session(&session("2026-01-20", 8)).unwrap();
        store.save_session(&session("2026-03-02", 5)).unwrap();
        let listed = store.sessions().unwrap();
        assert_eq!(listed.len(), 3);
        assert_eq!(listed[0].participants, 5, "newest first");
        assert_eq!(listed[0].cases, ["child-interpreter"]);
        let scope = Scope {
            from: jiff::civil::date(2026, 1, 1),
            to: jiff::civil::date(2026, 3, 31),
            unit: None,
        };
        let months = per_month(store.connection(), &scope).unwrap();
        assert_eq!(
            months
                .iter()
                .map(|m| (m.sessions, m.participants))
                .collect::<Vec<_>>(),
            [(2, 20), (0, 0), (1, 5)]
        );
        let outreach = store.count(&Default::default()).unwrap();
        assert_eq!(outreach, 0, "sessions never count as desk outreach");
    }

    #[test]
    fn the_csv_has_every_session() {
        let sessions = vec![session("2026-01-05", 12)];
        let text = String::from_utf8(csv(&sessions)).unwrap();
        assert!(text.starts_with("id,day,unit,participants,presentation,cases,quiz,quiz_score\n"));
        assert!(text.contains(",2026-01-05,Enhed A,12,1,child-interpreter,1,83.3"));
    }
}
