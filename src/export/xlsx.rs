//! Excel workbooks (.xlsx), written with rust_xlsxwriter: the log and the indicators with every
//! value typed as Excel reads it (dates as dates, counts as numbers, shares as percentages),
//! the columns named in the staff language, and the codebook on a second sheet.
//!
//! The log's sheet is written row by row in rust_xlsxwriter's constant-memory mode, so a large
//! log does not have to fit in memory twice; Excel holds at most 1 048 575 rows under the
//! header, and a larger export fails with Excel's limit in its details.

use super::SaveError;
use super::codebook;
use super::indicators::{Cell, Table};
use crate::content::topics;
use crate::i18n::{Catalogue, Locale, MessageId, msg};
use crate::outreach::csv_format;
use crate::outreach::entry::Entry;
use crate::store::transfer::{self, ExportError, ExportRange};
use crate::store::{Store, StoreError};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use std::path::Path;

impl From<XlsxError> for SaveError {
    fn from(error: XlsxError) -> Self {
        match error {
            XlsxError::IoError(error) => error.into(),
            other => SaveError::Other(other.to_string()),
        }
    }
}

fn io(error: XlsxError) -> ExportError {
    ExportError::Io(std::io::Error::other(error.to_string()))
}

/// The formats of the cells.
struct Formats {
    header: Format,
    day: Format,
    time: Format,
    count: Format,
    percent: Format,
    ratio: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            header: Format::new().set_bold(),
            // Excel's built-in short date: shown as the reader's system writes a day.
            day: Format::new().set_num_format_index(14),
            time: Format::new().set_num_format("yyyy-mm-dd hh:mm:ss"),
            count: Format::new().set_num_format("0"),
            percent: Format::new().set_num_format("0.0%"),
            ratio: Format::new().set_num_format("0.00"),
        }
    }
}

/// A sheet's name in `locale` (Excel allows 31 characters and no `[]:*?/\`).
fn sheet_name(catalogue: &Catalogue, locale: Locale, id: MessageId) -> String {
    catalogue
        .render(locale, id)
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(31)
        .collect()
}

/// A sheet in the staff language's direction.
fn name_and_direction(
    sheet: &mut Worksheet,
    catalogue: &Catalogue,
    locale: Locale,
    id: MessageId,
) -> Result<(), XlsxError> {
    sheet.set_name(sheet_name(catalogue, locale, id))?;
    sheet.set_right_to_left(catalogue.direction(locale).is_rtl());
    Ok(())
}

fn write_header(sheet: &mut Worksheet, header: &[String], bold: &Format) -> Result<(), XlsxError> {
    for (column, name) in header.iter().enumerate() {
        sheet.write_string_with_format(0, column as u16, name, bold)?;
    }
    Ok(())
}

/// The log's codebook as a second sheet.
fn codebook_sheet(
    workbook: &mut Workbook,
    catalogue: &Catalogue,
    locale: Locale,
    formats: &Formats,
) -> Result<(), XlsxError> {
    let sheet = workbook.add_worksheet();
    name_and_direction(sheet, catalogue, locale, msg!("sheet-codebook"))?;
    let header = codebook::CODEBOOK_COLUMNS.map(|c| catalogue.render(locale, c));
    write_header(sheet, &header, &formats.header)?;
    for (row, cells) in codebook::rows(catalogue, locale).iter().enumerate() {
        for (column, text) in cells.iter().enumerate() {
            sheet.write_string(row as u32 + 1, column as u16, text)?;
        }
    }
    for (column, width) in [(0, 18), (1, 16), (2, 60), (3, 60)] {
        sheet.set_column_width(column, width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// What one entry's row holds, in the staff language where it is a code's label.
fn write_entry(
    sheet: &mut Worksheet,
    row: u32,
    entry: &Entry,
    catalogue: &Catalogue,
    locale: Locale,
    formats: &Formats,
) -> Result<(), XlsxError> {
    let label = |id: MessageId| catalogue.render(locale, id);
    let day = ExcelDateTime::from_ymd(
        u16::try_from(entry.day.year()).unwrap_or(1900),
        entry.day.month() as u8,
        entry.day.day() as u8,
    )?;
    sheet.write_string(row, 0, entry.id.to_string())?;
    sheet.write_datetime_with_format(row, 1, day, &formats.day)?;
    match entry.created_at.parse::<jiff::Timestamp>() {
        Ok(at) => {
            let utc = at.to_zoned_datetime(jiff::tz::TimeZone::UTC).datetime();
            let time = ExcelDateTime::from_ymd(
                u16::try_from(utc.year()).unwrap_or(1900),
                utc.month() as u8,
                utc.day() as u8,
            )?
            .and_hms(utc.hour() as u16, utc.minute() as u8, utc.second() as u8)?;
            sheet.write_datetime_with_format(row, 2, time, &formats.time)?;
        }
        Err(_) => {
            sheet.write_string(row, 2, &entry.created_at)?;
        }
    }
    sheet.write_string(row, 3, &entry.unit)?;
    sheet.write_string(row, 4, label(entry.channel.label()))?;
    sheet.write_string(row, 5, &entry.language)?;
    sheet.write_string(row, 6, label(entry.interpreter.label()))?;
    sheet.write_string(row, 7, label(entry.outcome.label()))?;
    sheet.write_string(row, 8, label(entry.duration.label()))?;
    sheet.write_number_with_format(row, 9, f64::from(u8::from(entry.handout)), &formats.count)?;
    sheet.write_string(row, 10, &entry.note)?;
    sheet.write_number_with_format(row, 11, f64::from(u8::from(entry.training)), &formats.count)?;
    let groups: Vec<String> = entry.groups.iter().map(|g| label(g.label())).collect();
    sheet.write_string(row, 12, groups.join("; "))?;
    let topics: Vec<String> = entry
        .topics
        .iter()
        .map(|code| match topics::topic(code) {
            Some(topic) => catalogue.text(locale, &topic.title_id()),
            None => code.clone(),
        })
        .collect();
    sheet.write_string(row, 13, topics.join("; "))?;
    sheet.write_string(row, 14, entry.principles.join("; "))?;
    Ok(())
}

/// Writes the entries in `range` of the log at `database` to `path` as a workbook: the log,
/// then its codebook, named in `locale`. Calls `progress(rows written, rows in all)`. Atomic:
/// a failure leaves no file behind, and an existing file as it was.
pub fn log(
    database: &Path,
    range: &ExportRange,
    path: &Path,
    catalogue: &Catalogue,
    locale: Locale,
    mut progress: impl FnMut(u64, u64),
) -> Result<(), SaveError> {
    let conn = Store::open_reader(database)?;
    let total = transfer::export_count(&conn, range).map_err(StoreError::from)?;
    progress(0, total);
    let formats = Formats::new();
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet_with_constant_memory()?;
    name_and_direction(sheet, catalogue, locale, msg!("sheet-log"))?;
    for (column, width) in [
        (0, 38),
        (1, 12),
        (2, 20),
        (3, 24),
        (10, 50),
        (12, 30),
        (13, 30),
    ] {
        sheet.set_column_width(column, width)?;
    }
    write_header(sheet, &csv_format::header(locale), &formats.header)?;
    // The header stays in view, and every column can be filtered.
    sheet.set_freeze_panes(1, 0)?;
    let written = transfer::each_entry(&conn, range, |entry, written| {
        let row = u32::try_from(written).unwrap_or(u32::MAX);
        write_entry(sheet, row, entry, catalogue, locale, &formats).map_err(io)?;
        if written.is_multiple_of(10_000) {
            progress(written, total);
        }
        Ok(())
    })
    .map_err(|error| SaveError::from(StoreError::from(error)))?;
    let last_row = u32::try_from(written).unwrap_or(u32::MAX);
    sheet.autofilter(0, 0, last_row, 14)?;
    progress(total, total);
    codebook_sheet(&mut workbook, catalogue, locale, &formats)?;
    save_atomically(&mut workbook, path)
}

/// Saves next to `path` first, then renames, so a failure leaves nothing half-written.
fn save_atomically(workbook: &mut Workbook, path: &Path) -> Result<(), SaveError> {
    let temporary = super::partial_path(path);
    let result = (|| {
        workbook.save(&temporary)?;
        std::fs::File::open(&temporary)?.sync_all()?;
        std::fs::rename(&temporary, path)?;
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result
}

/// The indicators' tables as a workbook: every table under its title with typed numbers, then
/// a codebook of the indicators (code, title, what the bars show, the columns).
pub fn indicators(catalogue: &Catalogue, tables: &[Table]) -> Result<Vec<u8>, SaveError> {
    let locale = tables.first().map_or(Locale::Da, |t| t.locale);
    let formats = Formats::new();
    let title = Format::new().set_bold().set_font_size(13);
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    name_and_direction(sheet, catalogue, locale, msg!("sheet-indicators"))?;
    sheet.set_column_width(0, 40)?;
    for column in 1..6 {
        sheet.set_column_width(column, 16)?;
    }
    let mut row = 0u32;
    for table in tables {
        sheet.write_string_with_format(row, 0, &table.title, &title)?;
        row += 1;
        for (column, heading) in table.header.iter().enumerate() {
            sheet.write_string_with_format(row, column as u16, heading, &formats.header)?;
        }
        row += 1;
        for line in &table.rows {
            sheet.write_string(row, 0, &line.label)?;
            for (index, cell) in line.cells.iter().enumerate() {
                let column = index as u16 + 1;
                match (*cell, cell.value()) {
                    (_, None) => {}
                    (Cell::Count(_), Some(value)) => {
                        sheet.write_number_with_format(row, column, value, &formats.count)?;
                    }
                    // Excel's percentages are fractions: 12.5 % is 0.125.
                    (Cell::Percent(_), Some(value)) => {
                        sheet.write_number_with_format(
                            row,
                            column,
                            value / 100.0,
                            &formats.percent,
                        )?;
                    }
                    (Cell::Ratio(_), Some(value)) => {
                        sheet.write_number_with_format(row, column, value, &formats.ratio)?;
                    }
                }
            }
            row += 1;
        }
        row += 1;
    }

    let sheet = workbook.add_worksheet();
    name_and_direction(sheet, catalogue, locale, msg!("sheet-codebook"))?;
    let header = [
        msg!("indicators-column-indicator"),
        msg!("indicators-column-title"),
        msg!("indicators-column-axis"),
        msg!("indicators-column-column"),
    ]
    .map(|id| catalogue.render(locale, id));
    write_header(sheet, &header, &formats.header)?;
    for (index, table) in tables.iter().enumerate() {
        let row = index as u32 + 1;
        sheet.write_string(row, 0, table.chart.code())?;
        sheet.write_string(row, 1, &table.title)?;
        sheet.write_string(row, 2, &table.axis)?;
        sheet.write_string(row, 3, table.header.join(" · "))?;
    }
    for (column, width) in [(0, 30), (1, 45), (2, 40), (3, 60)] {
        sheet.set_column_width(column, width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(workbook.save_to_buffer()?)
}
