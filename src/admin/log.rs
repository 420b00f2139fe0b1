//! `skranke log export` and `skranke log merge`.

use super::{Desk, Exit};
use crate::explain::field_problem;
use crate::export::{SaveError, log_file};
use crate::i18n::msg;
use crate::store::transfer::{self, ExportRange, ImportError};
use crate::store::{Store, StoreError};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Exports the entries of a period to `output`: an Excel workbook when its name ends in
/// `.xlsx`, else CSV for a spreadsheet in the staff language with the codebook beside it. To
/// standard output: CSV with the columns' codes and commas, for programs.
pub fn export(
    desk: &Desk,
    from: jiff::civil::Date,
    to: jiff::civil::Date,
    include_training: bool,
    output: Option<&Path>,
) -> Exit {
    let range = ExportRange {
        from,
        to,
        include_training,
    };
    let database = desk.paths.database_file();
    if !database.is_file() {
        return desk.no_log();
    }
    match output {
        Some(path) => {
            let mut written = 0;
            let progress = |done, _| written = done;
            let workbook = is_workbook(path);
            let result = if workbook {
                crate::export::xlsx::log(
                    &database,
                    &range,
                    path,
                    &desk.catalogue,
                    desk.locale,
                    progress,
                )
            } else {
                let dialect = crate::export::sheet::Dialect::for_locale(desk.locale);
                log_file::export(&database, &range, path, &desk.catalogue, dialect, progress)
            };
            match result {
                Ok(()) => {
                    println!(
                        "{}",
                        desk.tr(msg!("save-done", file = path.display().to_string()))
                    );
                    if !workbook {
                        println!(
                            "{}",
                            desk.tr(msg!(
                                "save-done",
                                file = log_file::codebook_path(path).display().to_string()
                            ))
                        );
                    }
                    println!("{}", desk.tr(msg!("cli-exported", count = written)));
                    Exit::Done
                }
                Err(error) => desk.failed("export", error.code(), &error),
            }
        }
        None => {
            let result = Store::open_reader(&database)
                .map_err(SaveError::from)
                .and_then(|conn| {
                    let stdout = std::io::stdout();
                    let mut out = std::io::BufWriter::new(stdout.lock());
                    transfer::export_csv(&conn, &range, &mut out, |_| {})
                        .map_err(|error| SaveError::from(StoreError::from(error)))?;
                    out.flush()?;
                    Ok(())
                });
            match result {
                Ok(()) => Exit::Done,
                Err(error) => desk.failed("export", error.code(), &error),
            }
        }
    }
}

/// Whether a file's name asks for an Excel workbook.
pub fn is_workbook(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
}

/// Merges every file into the log in one transaction: all of them, or none if any is not
/// usable. Entries already in the log are skipped.
pub fn merge(desk: &Desk, files: &[PathBuf]) -> Exit {
    let mut rows = Vec::new();
    for file in files {
        match transfer::read_file(file) {
            Ok(read) => rows.extend(read),
            Err(error) => {
                eprintln!("{}", file.display());
                return refused_file(desk, &error);
            }
        }
    }
    let store = match Store::open(&desk.paths.database_file()) {
        Ok(store) => store,
        Err(error) => return desk.failed("merge", error.code(), &error),
    };
    match store.import(&rows) {
        Ok(report) => {
            println!(
                "{}",
                desk.tr(msg!(
                    "import-done",
                    added = report.added,
                    present = report.already_present.len()
                ))
            );
            Exit::Done
        }
        Err(error) => refused_file(desk, &error),
    }
}

/// Why a merge file was not used, with its bad rows.
fn refused_file(desk: &Desk, error: &ImportError) -> Exit {
    if let ImportError::Failed(failure) = error {
        return desk.failed("merge", failure.code(), error);
    }
    crate::it_log::failure(
        "merge",
        error.code(),
        &crate::explain::Explain::detail(error),
    );
    let exit = desk.refused(crate::explain::Explain::sentence(error, &desk.words()));
    if let ImportError::InvalidRows(bad) = error {
        for row in bad {
            let problems: Vec<String> = row
                .problems
                .iter()
                .map(|p| field_problem(&desk.words(), p))
                .collect();
            eprintln!(
                "{}",
                desk.tr(msg!(
                    "import-invalid-line",
                    line = row.line.to_string(),
                    problems = problems.join("; ")
                ))
            );
        }
    }
    exit
}
