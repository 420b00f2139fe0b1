//! The outreach log as CSV: the columns, and the conversion of an entry to a row and back.
//! Export writes this format and import reads it, so a desk's export merges into another's log.
//!
//! A file for people names its columns in the staff language ([`header`]); a merge reads a
//! column by its code or by its name in any language Skranke ships ([`column_of`]).

use super::codes::{Channel, DurationBucket, Group, Interpreter, Outcome};
use super::entry::{Entry, Invalid};
use crate::i18n::{Catalogue, Locale, MessageId, msg};
use std::collections::HashMap;
use std::sync::OnceLock;
use uuid::Uuid;

/// The stable column codes, in export order.
pub const COLUMNS: [&str; 15] = [
    "id",
    "day",
    "created_at",
    "unit",
    "channel",
    "language",
    "interpreter",
    "outcome",
    "duration",
    "handout",
    "note",
    "training",
    "groups",
    "topics",
    "principles",
];

/// Each column's name in a file for people, in [`COLUMNS`] order.
pub const LABELS: [MessageId; 15] = [
    msg!("export-column-id"),
    msg!("export-column-day"),
    msg!("export-column-created_at"),
    msg!("export-column-unit"),
    msg!("export-column-channel"),
    msg!("export-column-language"),
    msg!("export-column-interpreter"),
    msg!("export-column-outcome"),
    msg!("export-column-duration"),
    msg!("export-column-handout"),
    msg!("export-column-note"),
    msg!("export-column-training"),
    msg!("export-column-groups"),
    msg!("export-column-topics"),
    msg!("export-column-principles"),
];

/// The header of a file for people: each column's name in `locale`, as shipped. The names are
/// part of the file's format, so an editor's override of a text never changes them (another
/// desk could not read the file back).
pub fn header(locale: Locale) -> [String; 15] {
    LABELS.map(|label| Catalogue::shipped().render(locale, label))
}

/// A header cell as it is compared: without a byte-order mark, spaces or case.
fn normalized(cell: &str) -> String {
    cell.trim_start_matches('\u{feff}').trim().to_lowercase()
}

/// The column (index into [`COLUMNS`]) a header cell names: its code, or its name in any of
/// the languages Skranke ships.
pub fn column_of(cell: &str) -> Option<usize> {
    static NAMES: OnceLock<HashMap<String, usize>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let mut names = HashMap::new();
        for locale in Locale::ALL {
            for (index, name) in header(locale).iter().enumerate() {
                names.entry(normalized(name)).or_insert(index);
            }
        }
        // A code always means its own column.
        for (index, code) in COLUMNS.iter().enumerate() {
            names.insert((*code).to_string(), index);
        }
        names
    });
    names.get(&normalized(cell)).copied()
}

/// The field separator a file uses, from its first line (outside quotes): `;` when it has
/// more of those than commas (a file for Danish Excel), else `,`.
pub fn delimiter_of(first_line: &[u8]) -> u8 {
    let (mut commas, mut semicolons, mut quoted) = (0usize, 0usize, false);
    for byte in first_line {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > commas { b';' } else { b',' }
}

/// Separator inside list columns (`groups`, `topics`, `principles`).
pub const LIST_SEPARATOR: char = ';';

fn flag(value: bool) -> &'static str {
    if value { "1" } else { "0" }
}

/// An entry as a CSV row, in [`COLUMNS`] order.
pub fn to_row(entry: &Entry) -> [String; 15] {
    let join = |items: Vec<&str>| items.join(&LIST_SEPARATOR.to_string());
    [
        entry.id.to_string(),
        entry.day.to_string(),
        entry.created_at.clone(),
        entry.unit.clone(),
        entry.channel.code().to_string(),
        entry.language.clone(),
        entry.interpreter.code().to_string(),
        entry.outcome.code().to_string(),
        entry.duration.code().to_string(),
        flag(entry.handout).to_string(),
        entry.note.clone(),
        flag(entry.training).to_string(),
        join(entry.groups.iter().map(|g| g.code()).collect()),
        join(entry.topics.iter().map(String::as_str).collect()),
        join(entry.principles.iter().map(String::as_str).collect()),
    ]
}

/// Something wrong with one field of a row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldError {
    /// The value is not one this column allows.
    Invalid { column: &'static str, value: String },
    /// The entry breaks a rule (a note with personal data, an unknown topic, …).
    Rule(Invalid),
}

/// Where each column is in the file's header. Fails with the columns that are missing.
pub fn header_positions(header: &csv::StringRecord) -> Result<[usize; 15], Vec<&'static str>> {
    let mut positions = [0usize; 15];
    let mut missing = Vec::new();
    for (index, (slot, column)) in positions.iter_mut().zip(COLUMNS).enumerate() {
        match header.iter().position(|h| column_of(h) == Some(index)) {
            Some(position) => *slot = position,
            None => missing.push(column),
        }
    }
    if missing.is_empty() {
        Ok(positions)
    } else {
        Err(missing)
    }
}

/// Reads one row into an entry, or lists what is wrong with it.
pub fn from_row(
    record: &csv::StringRecord,
    positions: &[usize; 15],
) -> Result<Entry, Vec<FieldError>> {
    let mut errors = Vec::new();
    let get = |index: usize| record.get(positions[index]).unwrap_or("").trim();
    let mut invalid = |column: &'static str, value: &str| {
        errors.push(FieldError::Invalid {
            column,
            value: value.chars().take(40).collect(),
        });
    };
    let id = Uuid::parse_str(get(0)).ok();
    if id.is_none() {
        invalid("id", get(0));
    }
    let day = get(1).parse::<jiff::civil::Date>().ok();
    if day.is_none() {
        invalid("day", get(1));
    }
    if get(2).parse::<jiff::Timestamp>().is_err() {
        invalid("created_at", get(2));
    }
    let channel = Channel::from_code(get(4));
    if channel.is_none() {
        invalid("channel", get(4));
    }
    let interpreter = Interpreter::from_code(get(6));
    if interpreter.is_none() {
        invalid("interpreter", get(6));
    }
    let outcome = Outcome::from_code(get(7));
    if outcome.is_none() {
        invalid("outcome", get(7));
    }
    let duration = DurationBucket::from_code(get(8));
    if duration.is_none() {
        invalid("duration", get(8));
    }
    let mut parse_flag = |column: &'static str, value: &str| match value {
        "1" => true,
        "0" => false,
        other => {
            invalid(column, other);
            false
        }
    };
    let handout = parse_flag("handout", get(9));
    let training = parse_flag("training", get(11));
    let list = |value: &str| -> Vec<String> {
        value
            .split(LIST_SEPARATOR)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    };
    let mut groups = Vec::new();
    for code in list(get(12)) {
        match Group::from_code(&code) {
            Some(group) => groups.push(group),
            None => invalid("groups", &code),
        }
    }
    let (Some(id), Some(day), Some(channel), Some(interpreter), Some(outcome), Some(duration)) =
        (id, day, channel, interpreter, outcome, duration)
    else {
        return Err(errors);
    };
    let entry = Entry {
        id,
        day,
        created_at: get(2).to_string(),
        unit: get(3).to_string(),
        channel,
        language: get(5).to_string(),
        interpreter,
        outcome,
        duration,
        handout,
        note: get(10).to_string(),
        training,
        groups,
        topics: list(get(13)),
        principles: list(get(14)),
    };
    errors.extend(entry.problems().into_iter().map(FieldError::Rule));
    if errors.is_empty() {
        Ok(entry)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outreach::entry::sample;

    fn round_trip(entry: &Entry) -> Result<Entry, Vec<FieldError>> {
        let header = csv::StringRecord::from(COLUMNS.to_vec());
        let positions = header_positions(&header).unwrap();
        from_row(&csv::StringRecord::from(to_row(entry).to_vec()), &positions)
    }

    #[test]
    fn entries_survive_a_round_trip() {
        let mut entry = sample("2026-03-01");
        entry.note = "Hjælp til Digital Post; opfølgning, kl. 10.30".into();
        assert_eq!(round_trip(&entry), Ok(entry));
    }

    #[test]
    fn columns_may_come_in_any_order_but_none_may_be_missing() {
        let mut shuffled: Vec<&str> = COLUMNS.to_vec();
        shuffled.reverse();
        assert!(header_positions(&csv::StringRecord::from(shuffled)).is_ok());
        let missing = header_positions(&csv::StringRecord::from(vec!["id", "day"])).unwrap_err();
        assert_eq!(missing.len(), 13);
    }

    #[test]
    fn columns_are_read_by_their_name_in_any_language() {
        for locale in Locale::ALL {
            let names = header(locale);
            let record = csv::StringRecord::from(names.to_vec());
            assert!(
                header_positions(&record).is_ok(),
                "{locale}: {names:?} are not read back"
            );
        }
        assert_eq!(column_of("\u{feff} Dato "), Some(1));
        assert_eq!(column_of("التاريخ"), Some(1));
        assert_eq!(header(Locale::Da)[3], "Enhed");
        // No name means two columns, in any language.
        for locale in Locale::ALL {
            for (index, name) in header(locale).iter().enumerate() {
                assert_eq!(column_of(name), Some(index), "{locale}: {name}");
            }
        }
    }

    #[test]
    fn the_separator_is_found_outside_quotes() {
        assert_eq!(delimiter_of(b"id;day;\"a,b,c\"\n1,2,3"), b';');
        assert_eq!(delimiter_of(b"id,day,note\n"), b',');
        assert_eq!(delimiter_of(b""), b',');
    }

    #[test]
    fn bad_values_are_named() {
        let header = csv::StringRecord::from(COLUMNS.to_vec());
        let positions = header_positions(&header).unwrap();
        let mut row = to_row(&sample("2026-03-01"));
        row[4] = "carrier-pigeon".into();
        row[9] = "maybe".into();
        let errors = from_row(&csv::StringRecord::from(row.to_vec()), &positions).unwrap_err();
        assert!(errors.contains(&FieldError::Invalid {
            column: "channel",
            value: "carrier-pigeon".into()
        }));
        assert!(errors.contains(&FieldError::Invalid {
            column: "handout",
            value: "maybe".into()
        }));

        let mut row = to_row(&sample("2026-03-01"));
        row[10] = "ring 20 30 40 50".into();
        let errors = from_row(&csv::StringRecord::from(row.to_vec()), &positions).unwrap_err();
        assert!(
            errors
                .iter()
                .any(|e| matches!(e, FieldError::Rule(Invalid::Note(_))))
        );
    }
}
