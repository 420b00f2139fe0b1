//! `skranke indicators`: the equality indicators of a period and unit as CSV (or an Excel
//! workbook for an `.xlsx` output), the same tables the app's indicators screen exports.

use super::{Desk, Exit};
use crate::export::indicators::{self, Input};
use crate::export::{SaveError, assessment::report_locale};
use crate::i18n::msg;
use crate::store::indicators::{Scope, compute};
use crate::store::{Store, StoreError};
use std::io::Write;
use std::path::Path;

pub fn write(
    desk: &Desk,
    from: jiff::civil::Date,
    to: jiff::civil::Date,
    unit: Option<String>,
    output: Option<&Path>,
) -> Exit {
    let database = desk.paths.database_file();
    if !database.is_file() {
        return desk.no_log();
    }
    let store = match Store::open(&database) {
        Ok(store) => store,
        Err(error) => return desk.failed("indicators", error.code(), &error),
    };
    let scope = Scope { from, to, unit };
    let computed = compute(store.connection(), &scope).map_err(StoreError::from);
    let assessments = store.assessments();
    let (computed, assessments) = match (computed, assessments) {
        (Ok(computed), Ok(assessments)) => (computed, assessments),
        (Err(error), _) | (_, Err(error)) => {
            return desk.failed("indicators", error.code(), &error);
        }
    };
    let settings = desk.effective().settings;
    let input = Input {
        catalogue: &desk.catalogue,
        locale: report_locale(desk.locale),
        indicators: &computed,
        assessments: &assessments,
        baseline: &settings.baseline,
    };
    let tables = indicators::tables(&input);
    let bytes = match output {
        Some(path) if super::log::is_workbook(path) => {
            match crate::export::xlsx::indicators(&desk.catalogue, &tables) {
                Ok(bytes) => bytes,
                Err(error) => return desk.failed("indicators", error.code(), &error),
            }
        }
        Some(_) => indicators::csv(
            &desk.catalogue,
            &tables,
            crate::export::sheet::Dialect::for_locale(input.locale),
        ),
        // For a program reading standard output: codes, commas, decimal points.
        None => indicators::csv_codes(&tables),
    };
    let written = match output {
        Some(path) => crate::export::save(path, &bytes),
        None => std::io::stdout()
            .lock()
            .write_all(&bytes)
            .map_err(SaveError::from),
    };
    match (written, output) {
        (Ok(()), Some(path)) => {
            println!(
                "{}",
                desk.tr(msg!("save-done", file = path.display().to_string()))
            );
            Exit::Done
        }
        (Ok(()), None) => Exit::Done,
        (Err(error), _) => desk.failed("indicators", error.code(), &error),
    }
}
