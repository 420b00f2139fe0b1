//! `skranke l10n import`: a translation tool's XLIFF file into the override folder.
//!
//! The whole file is checked first (`l10n::verify`); with any problem nothing is written and
//! every problem is returned. Otherwise, for each Fluent file in it, `<dir>/<locale>/<file>`
//! is written with the messages whose text differs from Skranke's built-in text (a text
//! equal to the built-in one needs no override, and so follows later corrections of
//! Skranke's own texts); messages the XLIFF file does not have keep what the previous
//! override file said. `<dir>/<locale>/review.toml` records each message's state: a unit in
//! state `signed-off` or `final` (or `approved="yes"`) is reviewed, by the reviewer named
//! with `--reviewer`, else by its phase's `contact-name`, on its phase's date, else today;
//! `translated` is translated (with its phase's name and date, if it has a phase);
//! `new`, `needs-…` or no state removes the record. A message is as reviewed as its least
//! reviewed unit. The previous files are copied first (`l10n::apply`).

use super::apply::{self, Change};
use super::fluent::{self, Shape};
use super::problem::{ProblemKind, UnitProblem};
use super::units;
use super::verify::{self, Asked, Verified};
use super::xliff::Phase;
use crate::i18n::Locale;
use crate::i18n::review::{self, ReviewFile, TextReview, TextState};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// What an import did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportSummary {
    pub locale: Locale,
    /// Translation units read.
    pub units: usize,
    /// Texts (messages) whose wording changed.
    pub changed: usize,
    /// Texts (messages) recorded as checked by a translator.
    pub reviewed: usize,
    /// The files written or removed.
    pub files: Vec<PathBuf>,
    /// Where the previous files were copied, if there were any.
    pub backup: Option<PathBuf>,
}

/// Why nothing was imported: every problem found, or the write that failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportRefusal {
    pub problems: Vec<UnitProblem>,
}

impl ImportRefusal {
    /// True when the file was fine but could not be written (the command's exit code 1, not
    /// 3).
    pub fn write_failed(&self) -> bool {
        self.problems
            .iter()
            .any(|problem| matches!(problem.kind, ProblemKind::Write { .. }))
    }
}

/// Checks `xliff` and, only if it has no problem, writes its texts into `overrides_dir`
/// (`<config>/i18n`). `reviewer` names who reviewed the signed-off units (it wins over the
/// file's phases); `today` dates a review the file does not date.
pub fn import(
    xliff: &str,
    overrides_dir: &Path,
    reviewer: Option<&str>,
    today: jiff::civil::Date,
) -> Result<ImportSummary, ImportRefusal> {
    let verified =
        verify::verify(xliff, overrides_dir).map_err(|problems| ImportRefusal { problems })?;
    let locale = verified.locale;
    let reviewer = reviewer.map(str::trim).filter(|r| !r.is_empty());
    let mut changes: Vec<Change> = verified
        .files
        .iter()
        .map(|file| override_change(overrides_dir, locale, file, today))
        .collect();
    let (records, reviewed) = records(overrides_dir, &verified, reviewer, today);
    changes.push(Change {
        path: review::path(overrides_dir, locale),
        contents: (!records.texts.is_empty()).then(|| records.to_toml()),
    });
    let applied =
        apply::apply(overrides_dir, locale, changes).map_err(|problem| ImportRefusal {
            problems: vec![problem],
        })?;
    Ok(ImportSummary {
        locale,
        units: verified.units,
        changed: verified
            .files
            .iter()
            .flat_map(|file| &file.messages)
            .filter(|message| message.changed)
            .count(),
        reviewed,
        files: applied.files,
        backup: applied.backup,
    })
}

/// The new override file for one Fluent file.
fn override_change(
    overrides_dir: &Path,
    locale: Locale,
    file: &verify::File,
    today: jiff::civil::Date,
) -> Change {
    let path = overrides_dir.join(locale.code()).join(file.name);
    let built_in = units::current(locale, file.name, &[]);
    let previous: Vec<Shape> = std::fs::read_to_string(&path)
        .map(|text| fluent::shapes(&text))
        .unwrap_or_default();
    let covered: BTreeSet<&str> = file.messages.iter().map(|m| m.shape.id.as_str()).collect();
    let mut messages: Vec<&Shape> = Vec::new();
    for danish in units::danish(file.name) {
        if let Some(message) = file.messages.iter().find(|m| m.shape.id == danish.id) {
            if built_in.get(&danish.id) != Some(&message.shape) {
                messages.push(&message.shape);
            }
        } else if let Some(kept) = previous.iter().find(|p| p.id == danish.id) {
            messages.push(kept);
        }
    }
    // A previous override of a message of another file stays as it was.
    let danish_ids: BTreeSet<String> = units::danish(file.name)
        .into_iter()
        .map(|shape| shape.id)
        .collect();
    messages.extend(
        previous
            .iter()
            .filter(|p| !danish_ids.contains(&p.id) && !covered.contains(p.id.as_str())),
    );
    let contents = (!messages.is_empty()).then(|| {
        let mut text = format!(
            "# {locale}: texts from a translator, imported by `skranke l10n import` on {today}.\n\
             # Only texts that differ from Skranke's own are here. See docs/translating.md.\n\n"
        );
        for message in messages {
            text.push_str(&fluent::to_fluent(message));
        }
        text
    });
    Change { path, contents }
}

/// The review records after the import, and how many texts it records as reviewed.
///
/// A message of one unit is recorded under its id. A message of several units (plural forms,
/// attributes) is recorded under each unit's id (`log-count[two]`), so that the next export
/// gives each unit its own state, and under the message's id with the least of their states.
fn records(
    overrides_dir: &Path,
    verified: &Verified,
    reviewer: Option<&str>,
    today: jiff::civil::Date,
) -> (ReviewFile, usize) {
    // A broken file is replaced; the backup keeps it.
    let mut records = review::load(overrides_dir, verified.locale).unwrap_or_default();
    let mut reviewed = 0;
    let record = |asked: Asked, phase: Option<&Phase>| {
        let contact = phase.and_then(|p| p.contact.clone()).unwrap_or_default();
        let day = phase.and_then(|p| p.date.as_deref()).and_then(day_of);
        match asked {
            Asked::Nothing => None,
            Asked::Translated => Some(TextReview {
                state: TextState::Translated,
                reviewer: contact,
                date: day.map(|d| d.to_string()).unwrap_or_default(),
            }),
            Asked::Reviewed => Some(TextReview {
                state: TextState::Reviewed,
                reviewer: reviewer.map(str::to_string).unwrap_or(contact),
                date: day.unwrap_or(today).to_string(),
            }),
        }
    };
    let mut set = |key: String, value: Option<TextReview>| match value {
        Some(value) => {
            records.texts.insert(key, value);
        }
        None => {
            records.texts.remove(&key);
        }
    };
    for message in verified.files.iter().flat_map(|file| &file.messages) {
        let id = &message.shape.id;
        let single = matches!(message.units.as_slice(), [unit] if unit.id.to_string() == *id)
            && message.shape.slots.len() == 1;
        if !single {
            for unit in &message.units {
                set(unit.id.to_string(), record(unit.asked, unit.phase.as_ref()));
            }
        }
        let asked = message.asked();
        let phase = message
            .units
            .iter()
            .filter(|unit| unit.asked == asked)
            .find_map(|unit| unit.phase.as_ref());
        if asked == Asked::Reviewed {
            reviewed += 1;
        }
        set(id.clone(), record(asked, phase));
    }
    (records, reviewed)
}

/// The day of an XML date-time (`2026-12-02T10:00:00Z`) or date.
fn day_of(text: &str) -> Option<jiff::civil::Date> {
    text.get(..10)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_read_from_dates_and_date_times() {
        assert_eq!(
            day_of("2026-12-02T10:00:00Z"),
            Some(jiff::civil::date(2026, 12, 2))
        );
        assert_eq!(day_of("2026-12-02"), Some(jiff::civil::date(2026, 12, 2)));
        assert_eq!(day_of("02.12.2026"), None);
        assert_eq!(day_of("2026"), None);
    }
}
