//! What can be wrong with an XLIFF file, unit by unit, and the sentence that says so in the
//! staff language (for the command line and the app alike).

use crate::export::SaveError;
use crate::i18n::{Catalogue, Locale, msg};
use std::path::PathBuf;

/// One problem: where it is (the Fluent file and the unit, when it is in one) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitProblem {
    /// The `<file original="…">` it is in.
    pub file: Option<String>,
    /// The unit's id.
    pub unit: Option<String>,
    pub kind: ProblemKind,
}

impl UnitProblem {
    pub fn document(kind: ProblemKind) -> UnitProblem {
        UnitProblem {
            file: None,
            unit: None,
            kind,
        }
    }

    pub fn in_file(file: &str, kind: ProblemKind) -> UnitProblem {
        UnitProblem {
            file: Some(file.to_string()),
            unit: None,
            kind,
        }
    }

    pub fn in_unit(file: &str, unit: &str, kind: ProblemKind) -> UnitProblem {
        UnitProblem {
            file: Some(file.to_string()),
            unit: Some(unit.to_string()),
            kind,
        }
    }
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// Not well-formed XML; reading stopped at this line.
    Malformed { line: usize, detail: String },
    /// Well-formed, but not XLIFF 1.2 (another root, or another version).
    NotXliff {
        root: String,
        version: Option<String>,
    },
    /// No `<file>` with units.
    NoUnits,
    /// A `<file>` without `target-language`.
    NoLocale,
    /// A target language Skranke does not have.
    UnknownLocale(String),
    /// Danish as the target: Danish is the master, written in the source files.
    MasterLocale,
    /// Files for more than one language in one document.
    MixedLocales { first: Locale, other: Locale },
    /// The source language is not Danish.
    NotFromDanish(String),
    /// No Fluent file of this name is translated into the locale.
    UnknownFile,
    /// The same Fluent file twice.
    DuplicateFile,
    /// A unit without an id, at this line.
    MissingId { line: usize },
    /// No text of Skranke's has this id (in this file).
    UnknownId,
    /// A variant key the language does not have.
    UnknownVariant { key: String, allowed: Vec<String> },
    /// The same unit twice.
    DuplicateUnit,
    /// The target says it is in another language.
    WrongLanguage(String),
    /// A `state` XLIFF 1.2 does not define.
    UnknownState(String),
    /// A `phase-name` the file's header does not define.
    UnknownPhase(String),
    /// An inline element other than the codes (`<g>`, `<bpt>` …).
    Markup(String),
    /// A code whose content is not one Fluent placeable.
    BadCode(String),
    /// A code of the Danish text is missing.
    MissingCode(String),
    /// A code that the Danish text does not have.
    UnexpectedCode(String),
    /// The translation is empty.
    Empty,
    /// The message made from the units is not valid Fluent.
    Syntax,
    /// The message uses other variables than the Danish master.
    Variables {
        expected: Vec<String>,
        found: Vec<String>,
    },
    /// The selector's default variant is missing.
    MissingDefault(String),
    /// The import could not write (nothing was changed, or everything was put back).
    Write { path: PathBuf, error: SaveError },
}

/// One line, in the staff language: where, and what is wrong.
pub fn explain(problem: &UnitProblem, catalogue: &Catalogue, locale: Locale) -> String {
    let tr = |text: crate::i18n::Text| catalogue.render(locale, text);
    let list = |items: &[String]| {
        if items.is_empty() {
            "–".to_string()
        } else {
            items.join(", ")
        }
    };
    let sentence = match &problem.kind {
        ProblemKind::Malformed { line, .. } => tr(msg!("l10n-problem-malformed", line = *line)),
        ProblemKind::NotXliff { version, .. } => match version {
            Some(version) => tr(msg!(
                "l10n-problem-xliff-version",
                version = version.as_str()
            )),
            None => tr(msg!("l10n-problem-not-xliff").into()),
        },
        ProblemKind::NoUnits => tr(msg!("l10n-problem-no-units").into()),
        ProblemKind::NoLocale => tr(msg!("l10n-problem-no-locale").into()),
        ProblemKind::UnknownLocale(tag) => {
            tr(msg!("l10n-problem-unknown-locale", tag = tag.as_str()))
        }
        ProblemKind::MasterLocale => tr(msg!("l10n-problem-master-locale").into()),
        ProblemKind::MixedLocales { first, other } => tr(msg!(
            "l10n-problem-mixed-locales",
            first = first.code(),
            other = other.code()
        )),
        ProblemKind::NotFromDanish(tag) => {
            tr(msg!("l10n-problem-not-from-danish", tag = tag.as_str()))
        }
        ProblemKind::UnknownFile => tr(msg!("l10n-problem-unknown-file").into()),
        ProblemKind::DuplicateFile => tr(msg!("l10n-problem-duplicate-file").into()),
        ProblemKind::MissingId { line } => tr(msg!("l10n-problem-missing-id", line = *line)),
        ProblemKind::UnknownId => tr(msg!("l10n-problem-unknown-id").into()),
        ProblemKind::UnknownVariant { key, allowed } => tr(msg!(
            "l10n-problem-unknown-variant",
            key = key.as_str(),
            allowed = list(allowed)
        )),
        ProblemKind::DuplicateUnit => tr(msg!("l10n-problem-duplicate-unit").into()),
        ProblemKind::WrongLanguage(tag) => {
            tr(msg!("l10n-problem-wrong-language", tag = tag.as_str()))
        }
        ProblemKind::UnknownState(state) => {
            tr(msg!("l10n-problem-unknown-state", state = state.as_str()))
        }
        ProblemKind::UnknownPhase(phase) => {
            tr(msg!("l10n-problem-unknown-phase", phase = phase.as_str()))
        }
        ProblemKind::Markup(element) => tr(msg!("l10n-problem-markup", element = element.as_str())),
        ProblemKind::BadCode(code) => tr(msg!("l10n-problem-bad-code", code = code.as_str())),
        ProblemKind::MissingCode(code) => {
            tr(msg!("l10n-problem-missing-code", code = code.as_str()))
        }
        ProblemKind::UnexpectedCode(code) => {
            tr(msg!("l10n-problem-unexpected-code", code = code.as_str()))
        }
        ProblemKind::Empty => tr(msg!("l10n-problem-empty").into()),
        ProblemKind::Syntax => tr(msg!("l10n-problem-syntax").into()),
        ProblemKind::Variables { expected, found } => tr(msg!(
            "l10n-problem-variables",
            expected = list(expected),
            found = list(found)
        )),
        ProblemKind::MissingDefault(key) => {
            tr(msg!("l10n-problem-missing-default", key = key.as_str()))
        }
        ProblemKind::Write { path, error } => {
            let words = crate::explain::Words {
                i18n: catalogue,
                locale,
            };
            let reason = crate::explain::Explain::sentence(error, &words);
            tr(msg!(
                "l10n-problem-write",
                file = path.display().to_string(),
                reason = reason
            ))
        }
    };
    match (&problem.file, &problem.unit) {
        (Some(file), Some(unit)) => tr(msg!(
            "l10n-problem-in-unit",
            file = file.as_str(),
            unit = unit.as_str(),
            problem = sentence
        )),
        (Some(file), None) => tr(msg!(
            "l10n-problem-in-file",
            file = file.as_str(),
            problem = sentence
        )),
        _ => sentence,
    }
}
