//! One contact in the outreach log: what was done, never who.

use super::codes::{self, Channel, DurationBucket, Group, Interpreter, Outcome};
use crate::guard::{self, Refusal};
use jiff::civil::Date;
use uuid::Uuid;

/// The longest unit name in an entry.
pub const UNIT_MAX_CHARS: usize = 80;

/// A contact, as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// UUID v7: unique across desks, so merging logs is idempotent; time-ordered.
    pub id: Uuid,
    /// The day of the contact (no time of day).
    pub day: Date,
    /// When the entry was written, RFC 3339 UTC.
    pub created_at: String,
    pub unit: String,
    pub channel: Channel,
    /// A locale code, or `other`.
    pub language: String,
    pub interpreter: Interpreter,
    pub outcome: Outcome,
    pub duration: DurationBucket,
    pub handout: bool,
    pub note: String,
    /// Made in training mode: kept apart from desk outreach.
    pub training: bool,
    pub groups: Vec<Group>,
    /// Topic codes (`welcome`, `digital`, …).
    pub topics: Vec<String>,
    /// Principle codes 1a–1f.
    pub principles: Vec<String>,
}

/// What is wrong with an entry, field by field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Invalid {
    UnitMissing,
    UnitRefused(Refusal),
    Language(String),
    Topic(String),
    Principle(String),
    Note(Refusal),
}

impl Entry {
    /// Checks what a stored entry must satisfy; every problem is listed.
    pub fn problems(&self) -> Vec<Invalid> {
        let mut problems = Vec::new();
        let unit = self.unit.trim();
        if unit.is_empty() {
            problems.push(Invalid::UnitMissing);
        } else if let Err(refusal) = guard::check(unit, UNIT_MAX_CHARS) {
            problems.push(Invalid::UnitRefused(refusal));
        }
        if !codes::is_language_code(&self.language) {
            problems.push(Invalid::Language(self.language.clone()));
        }
        for topic in &self.topics {
            if crate::content::topics::topic(topic).is_none() {
                problems.push(Invalid::Topic(topic.clone()));
            }
        }
        for principle in &self.principles {
            if !codes::principle_codes().any(|c| c == principle) {
                problems.push(Invalid::Principle(principle.clone()));
            }
        }
        if let Err(refusal) = guard::check_note(&self.note) {
            problems.push(Invalid::Note(refusal));
        }
        problems
    }

    /// A new entry's id: a UUID v7 (time-ordered, random in the rest).
    pub fn new_id() -> Uuid {
        Uuid::now_v7()
    }
}

#[cfg(test)]
pub(crate) fn sample(day: &str) -> Entry {
    Entry {
        id: Entry::new_id(),
        day: day.parse().unwrap(),
        created_at: crate::clock::now_rfc3339(),
        unit: "Borgerservice Nørrebro".into(),
        channel: Channel::Desk,
        language: "ar".into(),
        interpreter: Interpreter::Phone,
        outcome: Outcome::Solved,
        duration: DurationBucket::From5To15,
        handout: true,
        note: String::new(),
        training: false,
        groups: vec![Group::Newcomer, Group::LanguageSupport],
        topics: vec!["digital".into()],
        principles: vec!["1c".into(), "1d".into()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_good_entry_has_no_problems() {
        assert!(sample("2026-11-24").problems().is_empty());
    }

    #[test]
    fn every_field_is_checked() {
        let mut entry = sample("2026-11-24");
        entry.unit = " ".into();
        entry.language = "xx".into();
        entry.topics.push("cooking".into());
        entry.principles.push("2a".into());
        entry.note = "ring 20304050".into();
        assert_eq!(
            entry.problems(),
            [
                Invalid::UnitMissing,
                Invalid::Language("xx".into()),
                Invalid::Topic("cooking".into()),
                Invalid::Principle("2a".into()),
                Invalid::Note(Refusal::PhoneNumber),
            ]
        );
    }

    #[test]
    fn new_ids_are_version_7_and_ordered() {
        let a = Entry::new_id();
        let b = Entry::new_id();
        assert_eq!(a.get_version_num(), 7);
        assert!(a < b);
    }
}
