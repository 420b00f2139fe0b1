//! Municipal editors can replace any text by putting `.ftl` files in the user's config folder.
//!
//! Every override file is checked before it is used: it must parse, name only messages that
//! exist, and use exactly the variables the Danish master uses. A file with any problem is left
//! out as a whole (half a file could mix old and new wording), and the report says why.

use super::Locale;
use super::embedded;
use super::source::{self, SourceMessage};
use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

/// What was found wrong with an override file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OverrideProblem {
    /// The folder name is not one of the ten locale codes.
    UnknownLocale(String),
    /// The file could not be read (permissions, not UTF-8, ...).
    Unreadable(String),
    /// A syntax error at this 1-based line.
    Syntax { line: usize },
    /// The file names a message Skranke does not have (often a typo).
    UnknownMessage(String),
    /// The message uses other variables than the Danish master.
    Variables {
        id: String,
        expected: Vec<String>,
        found: Vec<String>,
    },
}

/// What happened to one override file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OverrideReport {
    pub path: PathBuf,
    pub locale: Locale,
    pub outcome: Outcome,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Used: this many messages replace the built-in ones.
    Applied { messages: usize, source: String },
    /// Not used, for these reasons.
    Rejected(Vec<OverrideProblem>),
}

impl OverrideReport {
    /// The file's text, if it passed every check.
    pub fn accepted_source(&self) -> Option<&str> {
        match &self.outcome {
            Outcome::Applied { source, .. } => Some(source),
            Outcome::Rejected(_) => None,
        }
    }

    /// The first problem, for a one-line message.
    pub fn first_problem(&self) -> Option<&OverrideProblem> {
        match &self.outcome {
            Outcome::Rejected(problems) => problems.first(),
            Outcome::Applied { .. } => None,
        }
    }
}

/// Reads and checks every `dir/<locale>/*.ftl`. A missing `dir` means no overrides.
pub fn load(dir: &Path) -> Vec<OverrideReport> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let master = master_variables();
    let mut folders: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();

    let mut reports = Vec::new();
    for folder in folders {
        let name = folder
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Some(locale) = Locale::ALL.into_iter().find(|l| l.code() == name) else {
            let files = ftl_files_in(&folder);
            for path in files {
                reports.push(OverrideReport {
                    path,
                    locale: Locale::Da,
                    outcome: Outcome::Rejected(vec![OverrideProblem::UnknownLocale(name.clone())]),
                });
            }
            continue;
        };
        for path in ftl_files_in(&folder) {
            let outcome = match fs::read_to_string(&path) {
                Err(error) => {
                    let detail = format!("{}: {error}", path.display());
                    crate::it_log::failure("override", "unreadable", &detail);
                    Outcome::Rejected(vec![OverrideProblem::Unreadable(error.to_string())])
                }
                Ok(text) => check(&text, locale, &master),
            };
            reports.push(OverrideReport {
                path,
                locale,
                outcome,
            });
        }
    }
    reports
}

fn ftl_files_in(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("ftl"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The problems an override file with this text would have in `locale`'s folder; none means
/// the app would use it (`skranke l10n import` checks what it writes with this). `master` is
/// [`master_variables`], read once by the caller.
pub fn check_source(
    text: &str,
    locale: Locale,
    master: &HashMap<String, BTreeSet<String>>,
) -> Vec<OverrideProblem> {
    match check(text, locale, master) {
        Outcome::Applied { .. } => Vec::new(),
        Outcome::Rejected(problems) => problems,
    }
}

fn check(text: &str, locale: Locale, master: &HashMap<String, BTreeSet<String>>) -> Outcome {
    let (messages, syntax_errors) = source::parse(text);
    let mut problems: Vec<OverrideProblem> = syntax_errors
        .iter()
        .map(|e| OverrideProblem::Syntax { line: e.line })
        .collect();
    for message in &messages {
        problems.extend(check_message(message, locale, master));
    }
    if problems.is_empty() {
        Outcome::Applied {
            messages: messages.len(),
            source: text.to_string(),
        }
    } else {
        Outcome::Rejected(problems)
    }
}

fn check_message(
    message: &SourceMessage,
    locale: Locale,
    master: &HashMap<String, BTreeSet<String>>,
) -> Option<OverrideProblem> {
    // Only built-in messages can be replaced: an override names no message of its own.
    let known =
        embedded::message_file(locale, &message.id).is_some() || master.contains_key(&message.id);
    if !known {
        return Some(OverrideProblem::UnknownMessage(message.id.clone()));
    }
    let expected = master.get(&message.id)?;
    (expected != &message.variables).then(|| OverrideProblem::Variables {
        id: message.id.clone(),
        expected: expected.iter().cloned().collect(),
        found: message.variables.iter().cloned().collect(),
    })
}

/// The variables each Danish master message uses.
pub fn master_variables() -> HashMap<String, BTreeSet<String>> {
    embedded::ftl_files(Locale::MASTER)
        .flat_map(|(_, text)| source::parse(text).0)
        .map(|message| (message.id, message.variables))
        .collect()
}
