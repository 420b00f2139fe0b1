//! Moving the outreach log in and out: CSV export (streamed, with progress), and merging another
//! desk's CSV export or database file into this log.

use super::outreach::{insert, read_entry};
use super::{OpenError, Store, StoreError};
use crate::outreach::codes::Group;
use crate::outreach::csv_format::{self, COLUMNS, FieldError};
use crate::outreach::entry::Entry;
use rusqlite::{Connection, OpenFlags, params};
use std::io::{Read, Write};
use std::path::Path;

/// Which entries an export holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportRange {
    pub from: jiff::civil::Date,
    pub to: jiff::civil::Date,
    /// Training entries are left out unless asked for.
    pub include_training: bool,
}

/// How many entries an export will hold (for the progress bar).
pub fn export_count(conn: &Connection, range: &ExportRange) -> rusqlite::Result<u64> {
    let count: i64 = conn.query_row(
        "SELECT count(*) FROM outreach WHERE deleted_at IS NULL AND day BETWEEN ?1 AND ?2 AND (?3 OR training = 0)",
        params![range.from.to_string(), range.to.to_string(), range.include_training],
        |row| row.get(0),
    )?;
    Ok(u64::try_from(count).unwrap_or(0))
}

/// Why an export stopped.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Database(#[from] rusqlite::Error),
    #[error(transparent)]
    Csv(#[from] csv::Error),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

impl From<ExportError> for StoreError {
    fn from(error: ExportError) -> Self {
        match error {
            ExportError::Database(error) => error.into(),
            ExportError::Io(error) => error.into(),
            // The CSV writer's errors are its writer's: a failing disk.
            ExportError::Csv(error) => match error.into_kind() {
                csv::ErrorKind::Io(error) => error.into(),
                other => StoreError::Other(format!("{other:?}")),
            },
        }
    }
}

/// How an export names its columns and separates its fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    /// The header, in `COLUMNS` order.
    pub header: [String; 15],
    pub delimiter: u8,
}

impl Layout {
    /// For programs: the columns' codes, commas.
    pub fn codes() -> Layout {
        Layout {
            header: COLUMNS.map(str::to_string),
            delimiter: b',',
        }
    }
}

/// Streams the entries in `range` as CSV with the columns' codes and commas (for programs and
/// merges); see [`export_csv_as`].
pub fn export_csv<W: Write>(
    conn: &Connection,
    range: &ExportRange,
    out: W,
    progress: impl FnMut(u64),
) -> Result<u64, ExportError> {
    export_csv_as(conn, range, out, &Layout::codes(), progress)
}

/// Streams the entries in `range` as CSV to `out` in `layout`, calling `progress(rows
/// written)` every 10 000 rows. Entries and their links are read in id order and merged, so
/// the cost is a few sequential scans however large the log is.
pub fn export_csv_as<W: Write>(
    conn: &Connection,
    range: &ExportRange,
    out: W,
    layout: &Layout,
    mut progress: impl FnMut(u64),
) -> Result<u64, ExportError> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(layout.delimiter)
        .from_writer(out);
    writer.write_record(&layout.header)?;
    let written = each_entry(conn, range, |entry, written| {
        writer.write_record(csv_format::to_row(entry))?;
        if written.is_multiple_of(10_000) {
            progress(written);
        }
        Ok(())
    })?;
    writer.flush()?;
    progress(written);
    Ok(written)
}

/// Calls `each(entry, how many so far, this one included)` for every entry in `range`, in id
/// order, with its links; stops at the first error. Entries and their links are read in id
/// order and merged, so the cost is a few sequential scans however large the log is.
pub fn each_entry(
    conn: &Connection,
    range: &ExportRange,
    mut each: impl FnMut(&Entry, u64) -> Result<(), ExportError>,
) -> Result<u64, ExportError> {
    let mut entries = conn.prepare(
        "SELECT id, day, created_at, unit, channel, language, interpreter, outcome, duration, handout, note, training
         FROM outreach WHERE deleted_at IS NULL AND day BETWEEN ?1 AND ?2 AND (?3 OR training = 0) ORDER BY id",
    )?;
    let mut links = [
        LinkCursor::new(conn, "outreach_group")?,
        LinkCursor::new(conn, "outreach_topic")?,
        LinkCursor::new(conn, "outreach_principle")?,
    ];
    let mut rows = entries.query(params![
        range.from.to_string(),
        range.to.to_string(),
        range.include_training
    ])?;
    let mut count = 0u64;
    while let Some(row) = rows.next()? {
        let mut entry = read_entry(row)?;
        let id = entry.id.to_string();
        entry.groups = links[0]
            .take(&id)?
            .iter()
            .filter_map(|c| Group::from_code(c))
            .collect();
        entry.topics = links[1].take(&id)?;
        entry.principles = links[2].take(&id)?;
        count += 1;
        each(&entry, count)?;
    }
    Ok(count)
}

/// Walks a link table in entry order, handing out each entry's codes.
struct LinkCursor {
    rows: std::vec::IntoIter<(String, String)>,
    peeked: Option<(String, String)>,
}

impl LinkCursor {
    fn new(conn: &Connection, table: &str) -> rusqlite::Result<LinkCursor> {
        // Link rows are small; reading them in one go keeps the borrow simple and the scan
        // sequential (a million entries with three links each is a few tens of megabytes).
        let mut statement = conn.prepare(&format!(
            "SELECT entry, code FROM {table} ORDER BY entry, code"
        ))?;
        let rows: Vec<(String, String)> = statement
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut rows = rows.into_iter();
        let peeked = rows.next();
        Ok(LinkCursor { rows, peeked })
    }

    /// The codes of entry `id`; entries must be asked for in increasing id order.
    fn take(&mut self, id: &str) -> rusqlite::Result<Vec<String>> {
        let mut codes = Vec::new();
        while let Some((entry, code)) = &self.peeked {
            match entry.as_str().cmp(id) {
                std::cmp::Ordering::Less => {}
                std::cmp::Ordering::Equal => codes.push(code.clone()),
                std::cmp::Ordering::Greater => break,
            }
            self.peeked = self.rows.next();
        }
        Ok(codes)
    }
}

/// One row that could not be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadRow {
    /// 1-based line number in the file (the header is line 1); the row number for a database.
    pub line: u64,
    pub problems: Vec<FieldError>,
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: u64,
    /// Lines whose entry was already in the log (imported before, or from this desk).
    pub already_present: Vec<u64>,
}

/// Why nothing was imported.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("the file is not a CSV export of Skranke: missing columns {0:?}")]
    NotAnExport(Vec<&'static str>),
    /// The file is not readable CSV from this line on (the system's words in `detail`).
    #[error("the file could not be read as CSV at line {line}: {detail}")]
    Unreadable { line: u64, detail: String },
    #[error("{} rows are not valid", .0.len())]
    InvalidRows(Vec<BadRow>),
    /// Another desk's database that cannot be read: not SQLite, damaged, or from a newer Skranke.
    #[error("the database file cannot be used: {0}")]
    Database(OpenError),
    /// Another desk's database from a Skranke too old to have an outreach log (its schema).
    #[error("schema version {0} has no outreach log this version can read")]
    NoLog(i64),
    /// Reading the file, or merging into this desk's log, failed.
    #[error(transparent)]
    Failed(#[from] StoreError),
}

impl ImportError {
    /// Stable code; the interface's sentence for it is `import-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            ImportError::NotAnExport(_) => "not-an-export",
            ImportError::Unreadable { .. } => "unreadable",
            ImportError::InvalidRows(_) => "invalid",
            ImportError::Database(_) => "database",
            ImportError::NoLog(_) => "no-log",
            ImportError::Failed(_) => "failed",
        }
    }

    /// The system's own words, for IT.
    pub fn detail(&self) -> String {
        match self {
            ImportError::Unreadable { detail, .. } => detail.clone(),
            ImportError::Database(error) => error.detail(),
            ImportError::Failed(error) => error.detail(),
            ImportError::NotAnExport(_) | ImportError::InvalidRows(_) | ImportError::NoLog(_) => {
                String::new()
            }
        }
    }
}

impl From<rusqlite::Error> for ImportError {
    fn from(error: rusqlite::Error) -> Self {
        ImportError::Failed(error.into())
    }
}

/// Reads a CSV export completely and checks every row. Any bad row means nothing is imported.
/// The file may start with a byte-order mark, separate its fields with commas or semicolons,
/// and name its columns by code or in any language Skranke ships (what this app writes).
pub fn read_csv<R: Read>(input: R) -> Result<Vec<(u64, Entry)>, ImportError> {
    use std::io::BufRead;
    let mut input = std::io::BufReader::new(input);
    let start = input.fill_buf().map_err(|e| ImportError::Unreadable {
        line: 1,
        detail: e.to_string(),
    })?;
    let bom = start.starts_with("\u{feff}".as_bytes());
    let delimiter = csv_format::delimiter_of(start);
    if bom {
        input.consume(3);
    }
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(input);
    let header = reader
        .headers()
        .map_err(|e| ImportError::Unreadable {
            line: 1,
            detail: e.to_string(),
        })?
        .clone();
    let positions = csv_format::header_positions(&header).map_err(ImportError::NotAnExport)?;
    let mut entries = Vec::new();
    let mut bad = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| ImportError::Unreadable {
            line: e.position().map_or(0, |p| p.line()),
            detail: e.to_string(),
        })?;
        let line = record.position().map_or(0, |p| p.line());
        match csv_format::from_row(&record, &positions) {
            Ok(entry) => entries.push((line, entry)),
            Err(problems) => bad.push(BadRow { line, problems }),
        }
    }
    if bad.is_empty() {
        Ok(entries)
    } else {
        Err(ImportError::InvalidRows(bad))
    }
}

/// Reads every entry of another Skranke database, checked like a CSV row.
pub fn read_database(path: &Path) -> Result<Vec<(u64, Entry)>, ImportError> {
    // The same checks as before this desk's own log is opened: SQLite at all, not newer, intact.
    let version = super::open::inspect(path).map_err(ImportError::Database)?;
    if version < 3 {
        return Err(ImportError::NoLog(version));
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let range = ExportRange {
        from: jiff::civil::date(1900, 1, 1),
        to: jiff::civil::date(2999, 12, 31),
        include_training: true,
    };
    let mut csv = Vec::new();
    export_csv(&conn, &range, &mut csv, |_| {}).map_err(|e| ImportError::Failed(e.into()))?;
    read_csv(csv.as_slice())
}

/// Reads another desk's file for a merge: an SQLite database (by its first bytes), else CSV.
pub fn read_file(file: &Path) -> Result<Vec<(u64, Entry)>, ImportError> {
    use std::io::Read;
    let mut header = [0u8; 16];
    let is_database = std::fs::File::open(file)
        .and_then(|mut f| f.read_exact(&mut header))
        .is_ok_and(|()| &header == b"SQLite format 3\0");
    if is_database {
        read_database(file)
    } else {
        let opened = std::fs::File::open(file).map_err(|e| ImportError::Failed(e.into()))?;
        read_csv(std::io::BufReader::new(opened))
    }
}

impl Store {
    /// Adds the entries that are not in the log yet, all in one transaction: a crash or an error
    /// leaves the log as it was. Importing the same entries again adds nothing.
    pub fn import(&self, entries: &[(u64, Entry)]) -> Result<ImportReport, ImportError> {
        let tx = self.conn().unchecked_transaction()?;
        let mut report = ImportReport::default();
        {
            let mut exists = tx.prepare_cached("SELECT 1 FROM outreach WHERE id = ?1")?;
            for (line, entry) in entries {
                if exists.exists([entry.id.to_string()])? {
                    report.already_present.push(*line);
                } else {
                    insert(&tx, entry)?;
                    report.added += 1;
                }
            }
        }
        tx.commit()?;
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outreach::entry::sample;

    fn everything() -> ExportRange {
        ExportRange {
            from: jiff::civil::date(2000, 1, 1),
            to: jiff::civil::date(2100, 1, 1),
            include_training: true,
        }
    }

    #[test]
    fn an_export_merges_into_another_log_once() {
        let desk_a = Store::open_in_memory();
        let mut entries: Vec<Entry> = ["2026-01-01", "2026-02-01", "2026-03-01"]
            .iter()
            .map(|d| sample(d))
            .collect();
        entries[1].topics = vec![];
        entries[2].training = true;
        for entry in &entries {
            desk_a.save_entry(entry).unwrap();
        }
        let mut csv = Vec::new();
        assert_eq!(
            export_csv(desk_a.conn(), &everything(), &mut csv, |_| {}).unwrap(),
            3
        );

        let desk_b = Store::open_in_memory();
        let rows = read_csv(csv.as_slice()).unwrap();
        let first = desk_b.import(&rows).unwrap();
        assert_eq!(first.added, 3);
        let again = desk_b.import(&rows).unwrap();
        assert_eq!(again.added, 0);
        assert_eq!(again.already_present, [2, 3, 4]);
        for entry in &entries {
            assert_eq!(desk_b.entry(entry.id).unwrap().as_ref(), Some(entry));
        }
    }

    #[test]
    fn training_is_left_out_unless_asked_for_and_the_range_holds() {
        let store = Store::open_in_memory();
        let mut training = sample("2026-05-01");
        training.training = true;
        store.save_entry(&training).unwrap();
        store.save_entry(&sample("2026-05-02")).unwrap();
        store.save_entry(&sample("2027-01-01")).unwrap();
        let range = ExportRange {
            from: jiff::civil::date(2026, 1, 1),
            to: jiff::civil::date(2026, 12, 31),
            include_training: false,
        };
        assert_eq!(export_count(store.conn(), &range).unwrap(), 1);
        let mut out = Vec::new();
        assert_eq!(
            export_csv(store.conn(), &range, &mut out, |_| {}).unwrap(),
            1
        );
        let with_training = ExportRange {
            include_training: true,
            ..range
        };
        assert_eq!(
            export_csv(store.conn(), &with_training, &mut Vec::new(), |_| {}).unwrap(),
            2
        );
    }

    #[test]
    fn a_bad_row_means_nothing_is_imported_and_the_lines_are_named() {
        let store = Store::open_in_memory();
        let good = csv_format::to_row(&sample("2026-01-01")).join(",");
        let mut bad_row = csv_format::to_row(&sample("2026-01-02"));
        bad_row[4] = "fax".into();
        let text = format!("{}\n{good}\n{}\n", COLUMNS.join(","), bad_row.join(","));
        let error = read_csv(text.as_bytes()).unwrap_err();
        let ImportError::InvalidRows(rows) = error else {
            panic!("{error:?}")
        };
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].line, 3);
        assert_eq!(store.count(&Default::default()).unwrap(), 0);
    }

    #[test]
    fn a_file_for_danish_excel_merges_too() {
        let desk_a = Store::open_in_memory();
        let mut entry = sample("2026-01-01");
        entry.note = "Hjalp med Digital Post; fritagelse, kl. 10".into();
        desk_a.save_entry(&entry).unwrap();
        let layout = Layout {
            header: csv_format::header(crate::i18n::Locale::Da),
            delimiter: b';',
        };
        let mut file = "\u{feff}".as_bytes().to_vec();
        export_csv_as(desk_a.conn(), &everything(), &mut file, &layout, |_| {}).unwrap();
        let text = std::str::from_utf8(&file).unwrap();
        assert!(text.starts_with("\u{feff}Id;Dato;"), "{text}");
        let mut rows = read_csv(file.as_slice()).unwrap();
        assert_eq!(rows.len(), 1);
        let (line, read) = &mut rows[0];
        assert_eq!(*line, 2);
        // Links come back in code order.
        let mut expected = entry;
        expected.groups.sort_by_key(|g| g.code());
        read.groups.sort_by_key(|g| g.code());
        assert_eq!(*read, expected);
    }

    #[test]
    fn a_file_that_is_not_an_export_is_refused() {
        assert!(matches!(
            read_csv("name,phone\nAnna,20304050\n".as_bytes()),
            Err(ImportError::NotAnExport(_))
        ));
        assert!(matches!(
            read_csv(&b"\xff\xfe\x00garbage"[..]),
            Err(ImportError::NotAnExport(_) | ImportError::Unreadable { .. })
        ));
    }
}
