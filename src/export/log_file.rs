//! The outreach log as a CSV file for spreadsheets and BI, with its codebook beside it: what
//! the log screen's export and `skranke log export` write. A byte-order mark, the columns
//! named in the staff language and the separator its Excel expects; a merge reads it back.

use super::SaveError;
use super::sheet::{BOM, Dialect};
use crate::i18n::Catalogue;
use crate::outreach::csv_format;
use crate::store::transfer::{self, ExportRange, Layout};
use crate::store::{Store, StoreError};
use std::path::{Path, PathBuf};

/// The codebook's file name beside an export: `name.csv` → `name-codebook.csv`.
pub fn codebook_path(export: &Path) -> PathBuf {
    let stem = export
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".into());
    export.with_file_name(format!("{stem}-codebook.csv"))
}

/// How a file for people in `dialect` lays out the log.
pub fn layout(dialect: Dialect) -> Layout {
    Layout {
        header: csv_format::header(dialect.locale),
        delimiter: dialect.separator.byte(),
    }
}

/// Streams the entries in `range` of the log at `database` to `path` as CSV in `dialect`, and
/// the codebook beside it, calling `progress(rows written, rows in all)` as it goes. Atomic: a
/// failure leaves no file behind, and an existing file as it was.
pub fn export(
    database: &Path,
    range: &ExportRange,
    path: &Path,
    catalogue: &Catalogue,
    dialect: Dialect,
    mut progress: impl FnMut(u64, u64),
) -> Result<(), SaveError> {
    let codebook = super::codebook::csv(catalogue, dialect);
    let conn = Store::open_reader(database)?;
    let total = transfer::export_count(&conn, range).map_err(StoreError::from)?;
    progress(0, total);
    let temporary = super::partial_path(path);
    let result = (|| {
        let file = std::fs::File::create(&temporary)?;
        let mut writer = std::io::BufWriter::with_capacity(1 << 20, file);
        std::io::Write::write_all(&mut writer, BOM)?;
        transfer::export_csv_as(&conn, range, &mut writer, &layout(dialect), |done| {
            progress(done, total)
        })
        .map_err(|error| SaveError::from(StoreError::from(error)))?;
        let file = writer.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)?;
        crate::atomic_file::write(&codebook_path(path), &codebook)?;
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result
}
