//! Importing malformed or random CSV never panics and never leaves a partial import: either the
//! whole file is merged, or nothing is.

use proptest::prelude::*;
use skranke::outreach::csv_format::{COLUMNS, header, to_row};
use skranke::outreach::*;
use skranke::store::Store;
use skranke::store::outreach::Filter;
use skranke::store::transfer::read_csv;

fn valid_entry(n: u8) -> Entry {
    Entry {
        id: Entry::new_id(),
        day: jiff::civil::date(2026, 1 + (n % 12) as i8, 1 + (n % 28) as i8),
        created_at: "2026-11-25T10:00:00Z".into(),
        unit: "Fuzz".into(),
        channel: Channel::ALL[usize::from(n) % Channel::ALL.len()],
        language: "ar".into(),
        interpreter: Interpreter::Video,
        outcome: Outcome::FollowUp,
        duration: DurationBucket::Over30,
        handout: false,
        note: String::new(),
        training: n.is_multiple_of(5),
        groups: vec![Group::Elderly],
        topics: vec!["help".into()],
        principles: vec!["1f".into()],
    }
}

/// Imports `text` into a log that already holds one entry; checks all-or-nothing.
fn import_is_all_or_nothing(text: &[u8]) {
    let store = Store::open_in_memory();
    store.save_entry(&valid_entry(1)).unwrap();
    let before = store.count(&Filter::default()).unwrap();
    match read_csv(text) {
        Err(_) => assert_eq!(store.count(&Filter::default()).unwrap(), before),
        Ok(rows) => {
            let report = store.import(&rows).unwrap();
            let after = store.count(&Filter::default()).unwrap();
            assert_eq!(after, before + report.added);
            assert_eq!(
                report.added + report.already_present.len() as u64,
                rows.len() as u64
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        import_is_all_or_nothing(&bytes);
    }

    #[test]
    fn random_text_with_the_right_header_never_panics(body in "[ -~\n,;\"]{0,1500}") {
        let text = format!("{}\n{body}", COLUMNS.join(","));
        import_is_all_or_nothing(text.as_bytes());
    }

    #[test]
    fn corrupted_exports_are_refused_whole(
        count in 1u8..20,
        row in 0usize..20,
        column in 0usize..15,
        value in "[ -~]{0,30}",
    ) {
        let mut lines = vec![COLUMNS.join(",")];
        let mut records: Vec<Vec<String>> = (0..count).map(|n| to_row(&valid_entry(n)).to_vec()).collect();
        let target = row % records.len();
        records[target][column] = value.replace([',', '"', '\n'], " ");
        for record in &records {
            lines.push(record.join(","));
        }
        let text = lines.join("\n");
        import_is_all_or_nothing(text.as_bytes());
    }

    /// What the log screen writes for Danish Excel (a byte-order mark, Danish column names,
    /// semicolons) merges whole, or is refused whole when a value is spoilt.
    #[test]
    fn exports_for_danish_excel_merge_or_are_refused_whole(
        count in 1u8..20,
        row in 0usize..20,
        column in 0usize..15,
        value in "[ -~]{0,30}",
        spoil in any::<bool>(),
    ) {
        let mut lines = vec![format!("\u{feff}{}", header(skranke::i18n::Locale::Da).join(";"))];
        let mut records: Vec<Vec<String>> = (0..count).map(|n| to_row(&valid_entry(n)).to_vec()).collect();
        if spoil {
            let target = row % records.len();
            records[target][column] = value.replace([';', '"', '\n'], " ");
        }
        for record in &records {
            lines.push(record.join(";"));
        }
        let text = lines.join("\n");
        if !spoil {
            prop_assert_eq!(read_csv(text.as_bytes()).map(|rows| rows.len()).ok(), Some(records.len()));
        }
        import_is_all_or_nothing(text.as_bytes());
    }
}
