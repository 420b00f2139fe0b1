//! The unit's equality indicators, computed by SQL from the outreach log: every number is an
//! aggregate in the database. Deleted and training entries never count.

use crate::outreach::codes::{self, Channel, Code, Group, Outcome};
use rusqlite::types::Value;
use rusqlite::{Connection, params_from_iter};
use std::collections::HashMap;

/// Which entries count: a period and, optionally, one unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scope {
    pub from: jiff::civil::Date,
    pub to: jiff::civil::Date,
    /// `None`: every unit in the log (merged ones included).
    pub unit: Option<String>,
}

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

/// Counts per code of a column of the log, every code present (zero where none).
fn by_code<T: Code>(
    conn: &Connection,
    column: &str,
    clause: &str,
    values: &[Value],
) -> rusqlite::Result<Vec<(T, u64)>> {
    let counts = grouped(
        conn,
        &format!("SELECT o.{column}, count(*) FROM outreach o WHERE {clause} GROUP BY o.{column}"),
        values,
    )?;
    Ok(T::all()
        .iter()
        .map(|code| (*code, counts.get(code.code()).copied().unwrap_or(0)))
        .collect())
}

/// Counts per code of a link table (contacts that have the code).
fn by_link(
    conn: &Connection,
    table: &str,
    clause: &str,
    values: &[Value],
) -> rusqlite::Result<HashMap<String, u64>> {
    grouped(
        conn,
        &format!(
            "SELECT l.code, count(*) FROM {table} l JOIN outreach o ON o.id = l.entry WHERE {clause} GROUP BY l.code"
        ),
        values,
    )
}

/// Every month from `from` to `to`, as `YYYY-MM`.
pub fn months(from: jiff::civil::Date, to: jiff::civil::Date) -> Vec<String> {
    let mut months = Vec::new();
    let mut month = from.first_of_month();
    while month <= to {
        months.push(format!("{:04}-{:02}", month.year(), month.month()));
        match month.checked_add(jiff::Span::new().months(1)) {
            Ok(next) => month = next,
            Err(_) => break,
        }
    }
    months
}

/// Computes every indicator for the scope.
pub fn compute(conn: &Connection, scope: &Scope) -> rusqlite::Result<Indicators> {
    let (clause, values) = scope_sql(scope);
    let total: i64 = conn
        .prepare_cached(&format!("SELECT count(*) FROM outreach o WHERE {clause}"))?
        .query_row(params_from_iter(values.iter()), |r| r.get(0))?;

    let per_month_counts = grouped(
        conn,
        &format!("SELECT substr(o.day, 1, 7), count(*) FROM outreach o WHERE {clause} GROUP BY 1"),
        &values,
    )?;
    let per_month = months(scope.from, scope.to)
        .into_iter()
        .map(|m| {
            let count = per_month_counts.get(&m).copied().unwrap_or(0);
            (m, count)
        })
        .collect();

    let mut languages: HashMap<String, (u64, u64)> = HashMap::new();
    {
        let mut statement = conn.prepare_cached(&format!(
            "SELECT o.language, count(*), sum(o.interpreter <> 'none') FROM outreach o WHERE {clause} GROUP BY o.language"
        ))?;
        let mut rows = statement.query(params_from_iter(values.iter()))?;
        while let Some(row) = rows.next()? {
            let contacts = u64::try_from(row.get::<_, i64>(1)?).unwrap_or(0);
            let with = u64::try_from(row.get::<_, i64>(2)?).unwrap_or(0);
            languages.insert(row.get(0)?, (contacts, with));
        }
    }
    let by_language = codes::language_codes()
        .map(|code| {
            let (contacts, with_interpreter) = languages.get(code).copied().unwrap_or((0, 0));
            LanguageRow {
                code: code.to_string(),
                contacts,
                with_interpreter,
            }
        })
        .collect();

    let groups = by_link(conn, "outreach_group", &clause, &values)?;
    let topics = by_link(conn, "outreach_topic", &clause, &values)?;
    let principles = by_link(conn, "outreach_principle", &clause, &values)?;
    Ok(Indicators {
        total: u64::try_from(total).unwrap_or(0),
        per_month,
        by_language,
        by_channel: by_code(conn, "channel", &clause, &values)?,
        by_outcome: by_code(conn, "outcome", &clause, &values)?,
        by_group: Group::ALL
            .iter()
            .map(|g| (*g, groups.get(g.code()).copied().unwrap_or(0)))
            .collect(),
        by_topic: crate::content::topics::TOPICS
            .iter()
            .map(|t| (t.code.to_string(), topics.get(t.code).copied().unwrap_or(0)))
            .collect(),
        by_principle: codes::principle_codes()
            .map(|code| (code.to_string(), principles.get(code).copied().unwrap_or(0)))
            .collect(),
    })
}

/// The units present in the log (merged ones included), for the unit filter.
pub fn units(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut statement = conn.prepare_cached(
        "SELECT DISTINCT unit FROM outreach WHERE deleted_at IS NULL ORDER BY unit",
    )?;
    let rows = statement.query_map([], |r| r.get(0))?;
    rows.collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_cover_the_period() {
        let months = months(
            jiff::civil::date(2025, 11, 15),
            jiff::civil::date(2026, 2, 3),
        );
        assert_eq!(months, ["2025-11", "2025-12", "2026-01", "2026-02"]);
    }
}
