//! Exports that open right in Excel (issue 17): the .xlsx workbooks read back with a real
//! reader (calamine) with their values, types and labels; the CSVs with a byte-order mark, the
//! staff language's column names, separator and decimal mark; and a Danish CSV merges back.

mod support;

use calamine::{Data, Reader, Xlsx, open_workbook};
use skranke::export::indicators::{self, Cell, Input};
use skranke::export::sheet::{BOM, Dialect, Separator};
use skranke::export::{log_file, xlsx};
use skranke::i18n::{Catalogue, Locale};
use skranke::outreach::csv_format;
use skranke::store::Store;
use skranke::store::indicators::{Scope, compute};
use skranke::store::transfer::{ExportRange, read_file};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

fn everything() -> ExportRange {
    ExportRange {
        from: jiff::civil::date(2000, 1, 1),
        to: jiff::civil::date(2100, 1, 1),
        include_training: false,
    }
}

/// A log file with three entries: one on 5 March 2026 with a note, handout and two groups.
fn log_with_entries(dir: &Path) -> std::path::PathBuf {
    use skranke::outreach::Group;
    let database = dir.join("skranke.sqlite3");
    let store = Store::open(&database).unwrap();
    let mut first = support::entry("2026-03-05");
    first.note = "Hjalp med fritagelse; Digital Post, 2 breve".into();
    first.groups = vec![Group::Elderly, Group::DigitalSupport];
    first.created_at = "2026-03-05T09:30:15Z".into();
    store.save_entry(&first).unwrap();
    store.save_entry(&support::entry("2026-03-06")).unwrap();
    let mut third = support::entry("2026-04-01");
    third.handout = false;
    store.save_entry(&third).unwrap();
    database
}

/// Days since Excel's day 0 (30 December 1899), as Excel stores a date.
fn excel_serial(date: jiff::civil::Date) -> f64 {
    jiff::civil::date(1899, 12, 30)
        .until(date)
        .unwrap()
        .get_days()
        .into()
}

fn text(cell: &Data) -> String {
    match cell {
        Data::String(text) => text.clone(),
        // An empty text is an empty cell.
        Data::Empty => String::new(),
        other => panic!("a text was expected, not {other:?}"),
    }
}

fn number(cell: &Data) -> f64 {
    match cell {
        Data::Float(value) => *value,
        Data::Int(value) => *value as f64,
        other => panic!("a number was expected, not {other:?}"),
    }
}

#[test]
fn the_log_workbook_reads_back_with_values_types_and_labels() {
    let dir = tempfile::tempdir().unwrap();
    let database = log_with_entries(dir.path());
    let path = dir.path().join("log.xlsx");
    let catalogue = Catalogue::embedded();
    let mut reported = Vec::new();
    xlsx::log(
        &database,
        &everything(),
        &path,
        &catalogue,
        Locale::Da,
        |done, total| reported.push((done, total)),
    )
    .unwrap();
    assert_eq!(reported.last(), Some(&(3, 3)), "progress reaches the end");

    let mut workbook: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(workbook.sheet_names(), ["Log", "Kodebog"]);
    let log = workbook.worksheet_range("Log").unwrap();
    let rows: Vec<&[Data]> = log.rows().collect();
    assert_eq!(rows.len(), 4, "the header and three entries");
    let header: Vec<String> = rows[0].iter().map(text).collect();
    assert_eq!(header, csv_format::header(Locale::Da));
    assert_eq!(header[1], "Dato");

    // Entries come in id order, which is the order they were saved in.
    let first = rows[1];
    match &first[1] {
        Data::DateTime(day) => {
            assert!(day.is_datetime());
            assert_eq!(
                day.as_f64(),
                excel_serial(jiff::civil::date(2026, 3, 5)),
                "the day is a date Excel can compute with"
            );
        }
        other => panic!("the day is not a date: {other:?}"),
    }
    match &first[2] {
        Data::DateTime(time) => {
            let expected = excel_serial(jiff::civil::date(2026, 3, 5))
                + (9.0 * 3600.0 + 30.0 * 60.0 + 15.0) / 86_400.0;
            assert!((time.as_f64() - expected).abs() < 1e-6, "{time:?}");
        }
        other => panic!("the time of writing is not a date and time: {other:?}"),
    }
    assert_eq!(text(&first[3]), "Borgerservice Nørrebro");
    assert_eq!(text(&first[4]), "Skranke", "the channel by its Danish name");
    assert_eq!(text(&first[5]), "ar");
    assert_eq!(text(&first[6]), "Telefontolk");
    assert_eq!(text(&first[7]), "Løst");
    assert_eq!(text(&first[8]), "5–15 min.");
    assert_eq!(number(&first[9]), 1.0, "the handout flag is a number");
    assert_eq!(
        text(&first[10]),
        "Hjalp med fritagelse; Digital Post, 2 breve"
    );
    assert_eq!(number(&first[11]), 0.0);
    assert_eq!(text(&first[12]), "Har brug for digital hjælp; Ældre");
    assert_eq!(text(&first[13]), "Digital hjælp");
    assert_eq!(text(&first[14]), "1c");
    assert_eq!(number(&rows[3][9]), 0.0);
    // The header stays in view and filters every column.
    let files = zip_files(std::fs::read(&path).unwrap());
    let sheet = &files["xl/worksheets/sheet1.xml"];
    assert!(sheet.contains("<autoFilter ref=\"A1:O4\""), "{sheet}");
    assert!(sheet.contains("state=\"frozen\""), "{sheet}");

    // The codebook explains every column by the name the log sheet gives it, and every code.
    let codebook = workbook.worksheet_range("Kodebog").unwrap();
    let codes: Vec<Vec<String>> = codebook
        .rows()
        .map(|row| row.iter().map(text).collect())
        .collect();
    assert_eq!(codes[0], ["Kolonne", "Kode", "Dansk", "Engelsk"]);
    for name in &header {
        assert!(
            codes.iter().any(|row| &row[0] == name && row[1].is_empty()),
            "the codebook explains {name}"
        );
    }
    assert!(
        codes
            .iter()
            .any(|row| row[0] == "Kanal" && row[1] == "desk" && row[2] == "Skranke")
    );
}

#[test]
fn an_arabic_workbook_reads_right_to_left_with_arabic_names() {
    let dir = tempfile::tempdir().unwrap();
    let database = log_with_entries(dir.path());
    let path = dir.path().join("log-ar.xlsx");
    let catalogue = Catalogue::embedded();
    xlsx::log(
        &database,
        &everything(),
        &path,
        &catalogue,
        Locale::Ar,
        |_, _| {},
    )
    .unwrap();
    let mut workbook: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(workbook.sheet_names(), ["السجل", "دليل الرموز"]);
    let log = workbook.worksheet_range("السجل").unwrap();
    let header: Vec<String> = log.rows().next().unwrap().iter().map(text).collect();
    assert_eq!(header, csv_format::header(Locale::Ar));
    // The sheet is laid out right to left, as Excel shows an Arabic sheet.
    let files = zip_files(std::fs::read(&path).unwrap());
    assert!(files["xl/worksheets/sheet1.xml"].contains("rightToLeft=\"1\""));
}

/// The text files of a workbook (a zip archive), by name: what calamine does not tell (view
/// settings, number formats) is read from the XML itself.
fn zip_files(bytes: Vec<u8>) -> HashMap<String, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut files = HashMap::new();
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).unwrap();
        let name = file.name().unwrap().to_string();
        let mut text = String::new();
        if std::io::Read::read_to_string(&mut file, &mut text).is_ok() {
            files.insert(name, text);
        }
    }
    files
}

fn indicator_tables(locale: Locale) -> (Catalogue, Vec<indicators::Table>) {
    let store = Store::open_in_memory();
    for day in [
        "2026-03-05",
        "2026-03-06",
        "2026-03-07",
        "2026-04-01",
        "2026-04-02",
        "2026-04-03",
        "2026-04-04",
        "2026-05-01",
    ] {
        store.save_entry(&support::entry(day)).unwrap();
    }
    let scope = Scope {
        from: jiff::civil::date(2026, 1, 1),
        to: jiff::civil::date(2026, 12, 31),
        unit: None,
    };
    let computed = compute(store.connection(), &scope).unwrap();
    let catalogue = Catalogue::embedded();
    let assessments = HashMap::new();
    let baseline = BTreeMap::from([("language:ar".to_string(), 12.5)]);
    let tables = indicators::tables(&Input {
        catalogue: &catalogue,
        locale,
        indicators: &computed,
        assessments: &assessments,
        baseline: &baseline,
    });
    (catalogue, tables)
}

#[test]
fn the_indicators_workbook_holds_numbers_and_percentages() {
    let (catalogue, tables) = indicator_tables(Locale::Da);
    let bytes = xlsx::indicators(&catalogue, &tables).unwrap();
    let mut workbook = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(workbook.sheet_names(), ["Indikatorer", "Kodebog"]);
    let sheet = workbook.worksheet_range("Indikatorer").unwrap();
    let rows: Vec<&[Data]> = sheet.rows().collect();
    let title = |wanted: &str| {
        rows.iter()
            .position(|row| matches!(&row[0], Data::String(t) if t == wanted))
            .unwrap_or_else(|| panic!("no table titled {wanted}"))
    };
    // Contacts by language: the header, then Arabic with 8 contacts, 100 % of them, the
    // area's 12.5 % and the reach.
    let start = title("Kontakter efter borgerens sprog");
    let header: Vec<String> = rows[start + 1]
        .iter()
        .take_while(|c| !matches!(c, Data::Empty))
        .map(text)
        .collect();
    assert_eq!(
        header,
        [
            "Hvad",
            "Kontakter",
            "Andel",
            "Andel i området",
            "Rækkevidde (1 = som i området)"
        ]
    );
    let arabic = rows[start + 2..]
        .iter()
        .find(|row| matches!(&row[0], Data::String(t) if t == "العربية"))
        .expect("a row for Arabic");
    assert_eq!(number(&arabic[1]), 8.0, "a count is a number");
    assert_eq!(
        number(&arabic[2]),
        1.0,
        "100 % is the fraction 1, shown as a percentage"
    );
    assert_eq!(number(&arabic[3]), 0.125, "the area's 12.5 %");
    assert_eq!(number(&arabic[4]), 8.0, "reach: 100 % against 12.5 %");
    let danish = rows[start + 2..]
        .iter()
        .find(|row| matches!(&row[0], Data::String(t) if t == "Dansk"))
        .expect("a row for Danish");
    assert_eq!(number(&danish[1]), 0.0);
    assert!(
        matches!(danish[3], Data::Empty),
        "no baseline is an empty cell, not a dash"
    );

    let codebook = workbook.worksheet_range("Kodebog").unwrap();
    let codes: Vec<Vec<String>> = codebook
        .rows()
        .map(|row| row.iter().map(text).collect())
        .collect();
    assert_eq!(
        codes[0],
        ["Indikator", "Titel", "Hvad søjlerne viser", "Kolonne"]
    );
    assert_eq!(codes.len(), tables.len() + 1, "one line per indicator");
    assert!(
        codes
            .iter()
            .any(|row| row[0] == "contacts-by-language"
                && row[1] == "Kontakter efter borgerens sprog")
    );

    // The percentages carry Excel's percentage format.
    let files = zip_files(xlsx::indicators(&catalogue, &tables).unwrap());
    assert!(files["xl/styles.xml"].contains("formatCode=\"0.0%\""));
}

#[test]
fn the_indicators_csv_has_danish_numbers_and_names() {
    let (catalogue, tables) = indicator_tables(Locale::Da);
    let dialect = Dialect::for_locale(Locale::Da);
    assert_eq!(dialect.separator, Separator::Semicolon);
    let bytes = indicators::csv(&catalogue, &tables, dialect);
    assert!(bytes.starts_with(BOM), "a byte-order mark for Excel");
    let text = std::str::from_utf8(&bytes[BOM.len()..]).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("Indikator;Nøgle;Betegnelse;Kolonne;Værdi")
    );
    assert!(
        text.contains("contacts-by-language;ar;العربية;Kontakter;8\n"),
        "{text}"
    );
    assert!(
        text.contains("contacts-by-language;ar;العربية;Andel (%);100,0\n"),
        "a share is a number with a decimal comma under a heading that says %: {text}"
    );
    assert!(text.contains("contacts-by-language;ar;العربية;Rækkevidde (1 = som i området);8,00\n"));
    assert!(
        text.contains("contacts-by-language;da;Dansk;Andel i området (%);\n"),
        "no value is an empty cell: {text}"
    );

    // In English: commas, decimal points.
    let (catalogue, tables) = indicator_tables(Locale::En);
    let bytes = indicators::csv(&catalogue, &tables, Dialect::for_locale(Locale::En));
    let text = std::str::from_utf8(&bytes[BOM.len()..]).unwrap();
    assert!(
        text.starts_with("Indicator,Key,Label,Column,Value\n"),
        "{text}"
    );
    assert!(
        text.contains("contacts-by-language,ar,العربية,Share (%),100.0\n"),
        "{text}"
    );
    // The chosen separator wins over the language's.
    let chosen = Dialect {
        locale: Locale::En,
        separator: Separator::Semicolon,
    };
    let bytes = indicators::csv(&catalogue, &tables, chosen);
    let text = std::str::from_utf8(&bytes[BOM.len()..]).unwrap();
    assert!(
        text.starts_with("Indicator;Key;Label;Column;Value\n"),
        "{text}"
    );
}

#[test]
fn a_log_csv_for_danish_excel_merges_into_another_desk() {
    let dir = tempfile::tempdir().unwrap();
    let database = log_with_entries(dir.path());
    let path = dir.path().join("log.csv");
    let dialect = Dialect::for_locale(Locale::Da);
    let catalogue = Catalogue::embedded();
    log_file::export(
        &database,
        &everything(),
        &path,
        &catalogue,
        dialect,
        |_, _| {},
    )
    .unwrap();

    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(BOM));
    let text = std::str::from_utf8(&bytes[BOM.len()..]).unwrap();
    assert!(
        text.starts_with("Id;Dato;Registreret (UTC);Enhed;Kanal;Sprog;"),
        "{text}"
    );
    assert!(
        text.contains(";\"Hjalp med fritagelse; Digital Post, 2 breve\";"),
        "{text}"
    );
    let codebook = std::fs::read(log_file::codebook_path(&path)).unwrap();
    assert!(codebook.starts_with(BOM));
    assert!(
        std::str::from_utf8(&codebook[BOM.len()..])
            .unwrap()
            .starts_with("Kolonne;Kode;Dansk;Engelsk\n")
    );

    // Another desk merges it: every entry, as it was.
    let rows = read_file(&path).unwrap();
    assert_eq!(rows.len(), 3);
    let other = Store::open_in_memory();
    assert_eq!(other.import(&rows).unwrap().added, 3);
    let original = Store::open(&database).unwrap();
    for (_, entry) in &rows {
        assert_eq!(original.entry(entry.id).unwrap().as_ref(), Some(entry));
    }
}

#[test]
fn cells_read_as_the_staff_language_writes_numbers() {
    assert_eq!(Cell::Percent(Some(12.5)).text(Locale::Da), "12,5\u{a0}%");
    assert_eq!(Cell::Percent(Some(12.5)).text(Locale::En), "12.5%");
    assert_eq!(Cell::Percent(Some(12.5)).text(Locale::Ar), "12.5%");
    assert_eq!(Cell::Count(12_345).text(Locale::Da), "12.345");
    assert_eq!(Cell::Percent(None).text(Locale::Da), "–");
}

/// The log screen's export, as the file dialog's answer starts it: a workbook (or a CSV with
/// the chosen separator) written off the UI thread, and "Saved: …" by the export's button.
#[test]
fn the_log_screen_exports_a_workbook_and_a_csv_with_the_chosen_separator() {
    use skranke::app::Message;
    use skranke::screen::ScreenId;
    use skranke::screen::log::form::Message as Form;
    use skranke::screen::log::transfer::Message as Transfer;
    use skranke::screen::log::{LogFile, Message as Log, Tab, write_export};
    let mut harness = support::Harness::new();
    harness.update(Message::Settings(
        skranke::screen::settings::Message::UnitEdited("Borgerservice Nørrebro".into()),
    ));
    harness.update(Message::Settings(
        skranke::screen::settings::Message::SaveUnit,
    ));
    harness.update(Message::Navigate(ScreenId::Log));
    harness.update(Message::Log(Log::Form(Form::Save {
        next_citizen: false,
    })));
    harness.update(Message::Log(Log::Tab(Tab::Transfer)));
    // Danish: semicolons unless the user chooses otherwise.
    assert!(harness.shows("Semikolon (;), til Excel på dansk"));
    harness.update(Message::Log(Log::Transfer(Transfer::Separator(
        Separator::Comma,
    ))));
    let chosen = harness
        .app
        .controls()
        .into_iter()
        .find(|c| c.id.as_str() == "export-separator-comma")
        .map(|c| c.role);
    assert_eq!(
        chosen,
        Some(skranke::ui::focus::Role::Radio { selected: true }),
        "the choice shows"
    );

    let dir = tempfile::tempdir().unwrap();
    let database = harness.app.store().unwrap().path().to_path_buf();
    let progress =
        |done, total| Message::Log(Log::Transfer(Transfer::ExportProgress { done, total }));
    let done = |outcome| Message::Log(Log::Transfer(Transfer::Exported(outcome)));
    let workbook = dir.path().join("log.xlsx");
    let task = write_export(
        database.clone(),
        everything(),
        workbook.clone(),
        LogFile::Xlsx(Locale::Da),
        progress,
        done,
    );
    harness.run(task);
    assert!(harness.shows(&format!("Gemt: {}", skranke::paths::display(&workbook))));
    let mut read: Xlsx<_> = open_workbook(&workbook).unwrap();
    assert_eq!(read.worksheet_range("Log").unwrap().rows().count(), 2);

    let csv = dir.path().join("log.csv");
    let dialect = Dialect {
        locale: Locale::Da,
        separator: Separator::Comma,
    };
    harness.run(write_export(
        database,
        everything(),
        csv.clone(),
        LogFile::Csv(dialect),
        progress,
        done,
    ));
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with(BOM));
    assert!(
        std::str::from_utf8(&bytes[BOM.len()..])
            .unwrap()
            .starts_with("Id,Dato,")
    );
    assert_eq!(read_file(&csv).unwrap().len(), 1, "and it merges back");
}
