//! `skranke l10n export` and `skranke l10n import`: translators' XLIFF files (`crate::l10n`).

use super::{Desk, Exit};
use crate::i18n::{Catalogue, Locale, msg};
use crate::l10n::{self, ImportRefusal};
use std::path::{Path, PathBuf};

/// The override folders the app reads, in order: the machine-wide policy's, then the user's.
fn override_dirs(desk: &Desk) -> Vec<PathBuf> {
    desk.policy
        .policy
        .dir
        .as_ref()
        .map(|dir| dir.join("i18n"))
        .into_iter()
        .chain([desk.paths.overrides_dir()])
        .collect()
}

/// The texts as the app shows them: built in, with the override folders applied.
pub fn catalogue(desk: &Desk) -> Catalogue {
    Catalogue::with_overrides_from(&override_dirs(desk))
}

/// The language named on the command line, or why not (Danish is the master).
fn language(desk: &Desk, tag: &str) -> Result<Locale, Exit> {
    match Locale::from_tag(tag) {
        Some(Locale::MASTER) => Err(desk.refused(desk.tr(msg!("l10n-master-language")))),
        Some(locale) => Ok(locale),
        None => {
            let known = Locale::ALL
                .iter()
                .filter(|l| **l != Locale::MASTER)
                .map(|l| l.code())
                .collect::<Vec<_>>()
                .join(", ");
            Err(desk.refused(desk.tr(msg!("l10n-unknown-language", tag = tag, known = known))))
        }
    }
}

/// Writes the language's XLIFF file.
pub fn export(desk: &Desk, tag: &str, file: &Path) -> Exit {
    let locale = match language(desk, tag) {
        Ok(locale) => locale,
        Err(exit) => return exit,
    };
    match l10n::export::to_file(&catalogue(desk), locale, file) {
        Ok(units) => {
            println!(
                "{}",
                desk.tr(msg!(
                    "l10n-exported",
                    count = units,
                    file = file.display().to_string()
                ))
            );
            Exit::Done
        }
        Err(error) => desk.failed("l10n-export", error.code(), &error),
    }
}

/// Checks the XLIFF file and writes its texts, or lists every problem.
pub fn import(desk: &Desk, file: &Path, reviewer: Option<&str>) -> Exit {
    let name = file.display().to_string();
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!(
                "skranke: {}",
                desk.tr(msg!("l10n-unreadable", file = name.as_str()))
            );
            crate::it_log::failure("l10n-import", "unreadable", &format!("{name}: {error}"));
            return Exit::Failed;
        }
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return desk.refused(desk.tr(msg!("l10n-not-text", file = name.as_str())));
    };
    let dir = desk.paths.overrides_dir();
    match l10n::import::import(&text, &dir, reviewer, crate::clock::today()) {
        Ok(summary) => {
            println!(
                "{}",
                desk.tr(msg!(
                    "l10n-imported",
                    language = summary.locale.code(),
                    units = summary.units,
                    changed = summary.changed,
                    reviewed = summary.reviewed
                ))
            );
            for written in &summary.files {
                println!(
                    "{}",
                    desk.tr(msg!("l10n-written", file = written.display().to_string()))
                );
            }
            match &summary.backup {
                Some(folder) => println!(
                    "{}",
                    desk.tr(msg!("l10n-backup", folder = folder.display().to_string()))
                ),
                None => println!("{}", desk.tr(msg!("l10n-no-backup"))),
            }
            Exit::Done
        }
        Err(refusal) => refused(desk, &refusal),
    }
}

/// Lists every problem, one a line, and says nothing was changed.
fn refused(desk: &Desk, refusal: &ImportRefusal) -> Exit {
    // The problems are told in the staff language; the unit ids and codes stay as written.
    for problem in &refusal.problems {
        eprintln!("{}", l10n::explain(problem, &desk.catalogue, desk.locale));
    }
    if refusal.write_failed() {
        return Exit::Failed;
    }
    desk.refused(desk.tr(msg!("l10n-refused", count = refusal.problems.len())))
}
