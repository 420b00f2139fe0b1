//! The unit's equality indicators, computed by SQL from the outreach log: every number is an
//! aggregate in the database. Deleted and training entries never count.

use super::training::{self, MonthOfSessions};
use crate::outreach::codes::{self, Channel, Code, Group, Outcome};
use rusqlite::types::Value;
use rusqlite::{Connection, params_from_iter};
use std::collections::HashMap;

pub use super::scope::Scope;
use super::scope::months;

/// Contacts in one citizen language, and how many of them had an interpreter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageRow {
    pub code: String,
    pub contacts: u64,
    pub with_interpreter: u64,
}

/// Every indicator for one scope.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Indicators {
    pub total: u64,
    /// `YYYY-MM` and contacts, every month of the period (zero where none).
    pub per_month: Vec<(String, u64)>,
    /// Every language code (the ten and `other`), in code order.
    pub by_language: Vec<LanguageRow>,
    pub by_channel: Vec<(Channel, u64)>,
    pub by_outcome: Vec<(Outcome, u64)>,
    pub by_group: Vec<(Group, u64)>,
    /// Topic code and contacts that gave it.
    pub by_topic: Vec<(String, u64)>,
    /// Principle code (1a–1f) and contacts that served it.
    pub by_principle: Vec<(String, u64)>,
    /// Onboarding sessions held and their participants, per month (never desk outreach).
    pub onboarding: Vec<MonthOfSessions>,
}

/// The shared WHERE clause: counted entries in scope.
fn scope_sql(scope: &Scope) -> (String, Vec<Value>) {
    let mut clause =
        "o.deleted_at IS NULL AND o.training = 0 AND o.day BETWEEN ? AND ?".to_string();
    let mut values = vec![
        Value::Text(scope.from.to_string()),
        Value::Text(scope.to.to_string()),
    ];
    if let Some(unit) = &scope.unit {
        clause.push_str(" AND o.unit = ?");
        values.push(Value::Text(unit.clone()));
    }
    (clause, values)
}

fn grouped(
    conn: &Connection,
    sql: &str,
    values: &[Value],
) -> rusqlite::Result<HashMap<String, u64>> {
    let mut statement = conn.prepare_cached(sql)?;
    let rows = statement.query_map(params_from_iter(values.iter()), |row| {
        Ok((
            row.get::<_, String>(0)?,
            u64::try_from(row.get::<_, i64>(1)?).unwrap_or(0),
        ))
    })?;
    rows.collect()
}

/// Computes every indicator for the scope from the daily summaries (fast at any size).
pub fn compute(conn: &Connection, scope: &Scope) -> rusqlite::Result<Indicators> {
    let mut clause = "day BETWEEN ? AND ?".to_string();
    let mut values = vec![
        Value::Text(scope.from.to_string()),
        Value::Text(scope.to.to_string()),
    ];
    if let Some(unit) = &scope.unit {
        clause.push_str(" AND unit = ?");
        values.push(Value::Text(unit.clone()));
    }
    let sum = |table: &str, key: &str| -> rusqlite::Result<HashMap<String, u64>> {
        grouped(
            conn,
            &format!("SELECT {key}, sum(contacts) FROM {table} WHERE {clause} GROUP BY 1"),
            &values,
        )
    };
    let per_month_counts = sum("daily_language", "substr(day, 1, 7)")?;
    let mut languages: HashMap<String, (u64, u64)> = HashMap::new();
    {
        let mut statement = conn.prepare_cached(&format!(
            "SELECT language, sum(contacts), sum(with_interpreter) FROM daily_language WHERE {clause} GROUP BY 1"
        ))?;
        let mut rows = statement.query(params_from_iter(values.iter()))?;
        while let Some(row) = rows.next()? {
            let contacts = u64::try_from(row.get::<_, i64>(1)?).unwrap_or(0);
            let with = u64::try_from(row.get::<_, i64>(2)?).unwrap_or(0);
            languages.insert(row.get(0)?, (contacts, with));
        }
    }
    let channels = sum("daily_channel", "channel")?;
    let outcomes = sum("daily_outcome", "outcome")?;
    let groups = sum("daily_group", "code")?;
    let topics = sum("daily_topic", "code")?;
    let principles = sum("daily_principle", "code")?;
    let mut indicators = assemble(
        scope,
        &per_month_counts,
        &languages,
        &channels,
        &outcomes,
        &groups,
        &topics,
        &principles,
    );
    indicators.onboarding = training::per_month(conn, scope)?;
    Ok(indicators)
}

/// Puts grouped counts into the indicators, every code listed (zero where none).
#[allow(clippy::too_many_arguments)]
fn assemble(
    scope: &Scope,
    per_month: &HashMap<String, u64>,
    languages: &HashMap<String, (u64, u64)>,
    channels: &HashMap<String, u64>,
    outcomes: &HashMap<String, u64>,
    groups: &HashMap<String, u64>,
    topics: &HashMap<String, u64>,
    principles: &HashMap<String, u64>,
) -> Indicators {
    let get = |map: &HashMap<String, u64>, key: &str| map.get(key).copied().unwrap_or(0);
    fn listed<T: Code>(map: &HashMap<String, u64>) -> Vec<(T, u64)> {
        T::all()
            .iter()
            .map(|c| (*c, map.get(c.code()).copied().unwrap_or(0)))
            .collect()
    }
    Indicators {
        total: languages.values().map(|(contacts, _)| contacts).sum(),
        per_month: months(scope.from, scope.to)
            .into_iter()
            .map(|m| {
                let count = get(per_month, &m);
                (m, count)
            })
            .collect(),
        by_language: codes::language_codes()
            .map(|code| {
                let (contacts, with_interpreter) = languages.get(code).copied().unwrap_or((0, 0));
                LanguageRow {
                    code: code.to_string(),
                    contacts,
                    with_interpreter,
                }
            })
            .collect(),
        by_channel: listed(channels),
        by_outcome: listed(outcomes),
        by_group: listed(groups),
        by_topic: crate::content::topics::TOPICS
            .iter()
            .map(|t| (t.code.to_string(), get(topics, t.code)))
            .collect(),
        by_principle: codes::principle_codes()
            .map(|code| (code.to_string(), get(principles, code)))
            .collect(),
        onboarding: Vec::new(),
    }
}

/// Computes every indicator straight from the log, without the summaries. The reference the
/// summaries are tested against; too slow for the dashboard at a million entries.
pub fn compute_from_log(conn: &Connection, scope: &Scope) -> rusqlite::Result<Indicators> {
    let (clause, values) = scope_sql(scope);
    let per_month = grouped(
        conn,
        &format!("SELECT substr(o.day, 1, 7), count(*) FROM outreach o WHERE {clause} GROUP BY 1"),
        &values,
    )?;
    let mut languages: HashMap<String, (u64, u64)> = HashMap::new();
    {
        let mut statement = conn.prepare_cached(&format!(
            "SELECT o.language, count(*), sum(o.interpreter <> 'none') FROM outreach o WHERE {clause} GROUP BY 1"
        ))?;
        let mut rows = statement.query(params_from_iter(values.iter()))?;
        while let Some(row) = rows.next()? {
            let contacts = u64::try_from(row.get::<_, i64>(1)?).unwrap_or(0);
            let with = u64::try_from(row.get::<_, i64>(2)?).unwrap_or(0);
            languages.insert(row.get(0)?, (contacts, with));
        }
    }
    let column = |name: &str| {
        grouped(
            conn,
            &format!("SELECT o.{name}, count(*) FROM outreach o WHERE {clause} GROUP BY 1"),
            &values,
        )
    };
    let link = |table: &str| {
        grouped(
            conn,
            &format!(
                "SELECT l.code, count(*) FROM {table} l JOIN outreach o ON o.id = l.entry WHERE {clause} GROUP BY 1"
            ),
            &values,
        )
    };
    let mut indicators = assemble(
        scope,
        &per_month,
        &languages,
        &column("channel")?,
        &column("outcome")?,
        &link("outreach_group")?,
        &link("outreach_topic")?,
        &link("outreach_principle")?,
    );
    indicators.onboarding = training::per_month(conn, scope)?;
    Ok(indicators)
}

/// The units present in the log (merged ones included), for the unit filter.
pub fn units(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut statement = conn.prepare_cached(
        "SELECT DISTINCT unit FROM outreach WHERE deleted_at IS NULL ORDER BY unit",
    )?;
    let rows = statement.query_map([], |r| r.get(0))?;
    rows.collect()
}
