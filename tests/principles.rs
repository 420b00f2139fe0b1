//! Issue 3: the principles' content, the per-visit checklist, the self-assessment and its exports.

mod support;

use skranke::app::Message;
use skranke::content::principles::{ItemId, PRINCIPLES, Section, all_items};
use skranke::export::{Format, assessment};
use skranke::i18n::{Catalogue, Locale, lix};
use skranke::screen::ScreenId;
use skranke::screen::principles::Tab;
use skranke::store::assessment::AssessmentState;
use std::collections::HashMap;
use support::Harness;

#[test]
fn all_twenty_principles_have_their_texts_in_danish_and_english() {
    let catalogue = Catalogue::embedded();
    assert_eq!(PRINCIPLES.len(), 20);
    for principle in &PRINCIPLES {
        assert!(
            catalogue.has(Locale::Da, &principle.seed_id()),
            "{}: original text",
            principle.code
        );
        assert!(
            principle.item_count >= 3,
            "{}: at least 3 checklist items",
            principle.code
        );
        for locale in [Locale::Da, Locale::En] {
            for id in [
                principle.title_id(),
                principle.summary_id(),
                principle.question_id(),
            ] {
                assert!(catalogue.has(locale, &id), "{locale}: {id}");
            }
            for item in principle.items() {
                assert!(
                    catalogue.has(locale, &item.text_id()),
                    "{locale}: {}",
                    item.text_id()
                );
            }
            let next = format!(
                "principle-{}-item-{}",
                principle.code,
                principle.item_count + 1
            );
            assert!(
                !catalogue.has(locale, &next),
                "{locale}: {next} exists but the content table stops before it"
            );
        }
    }
    for section in Section::ALL {
        for locale in [Locale::Da, Locale::En] {
            assert!(
                catalogue.has(locale, &section.title_id())
                    && catalogue.has(locale, &section.intro_id())
            );
        }
    }
}

#[test]
fn the_original_texts_are_the_seeds_words() {
    // A copy of the municipality's document, as the project received it.
    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/principper-for-ligebehandling.txt"
    ))
    .expect("the seed document is in tests/fixtures");
    let words = |text: &str| {
        text.split_whitespace()
            .map(str::to_string)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let seed = words(&seed);
    let catalogue = Catalogue::embedded();
    for principle in &PRINCIPLES {
        let original = words(&catalogue.text(Locale::Da, &principle.seed_id()));
        let start: String = original.chars().take(60).collect();
        assert!(
            seed.contains(&start),
            "{}: the original text starts as in the seed: {start:?}",
            principle.code
        );
    }
}

#[test]
fn danish_summaries_are_plain_language() {
    let catalogue = Catalogue::embedded();
    for principle in &PRINCIPLES {
        assert!(
            catalogue.has(Locale::Da, &principle.summary_id()),
            "{}: summary",
            principle.code
        );
        let summary = catalogue.text(Locale::Da, &principle.summary_id());
        let value = lix::lix(&summary);
        assert!(
            value <= 34.0,
            "{}: LIX {value:.1} > 34: {summary}",
            principle.code
        );
    }
}

fn open_visit_tab(harness: &mut Harness) {
    harness.update(Message::Navigate(ScreenId::Principles));
    harness.tab_to("principles-tab-visit");
    harness.space();
}

#[test]
fn visit_items_are_ticked_unticked_and_reset_by_keyboard() {
    let mut harness = Harness::new();
    open_visit_tab(&mut harness);
    harness.tab_to("visit-1d.1");
    harness.space();
    harness.tab_to("visit-1a.2");
    harness.space();
    let served: Vec<&str> = harness
        .app
        .visit()
        .principles_served()
        .iter()
        .map(|p| p.code)
        .collect();
    assert_eq!(served, ["1a", "1d"]);
    assert!(harness.shows("Principper brugt ved dette besøg: 1a, 1d"));

    harness.tab_to("visit-1a.2");
    harness.space();
    let served: Vec<&str> = harness
        .app
        .visit()
        .principles_served()
        .iter()
        .map(|p| p.code)
        .collect();
    assert_eq!(served, ["1d"]);

    harness.tab_to("visit-reset");
    harness.enter();
    assert!(harness.app.visit().is_empty());
    assert!(harness.shows("Der er ingen flueben endnu."));
}

#[test]
fn the_self_assessment_is_set_by_keyboard_and_survives_a_restart() {
    let mut harness = Harness::new();
    harness.update(Message::Navigate(ScreenId::Principles));
    harness.tab_to("principle-2c");
    harness.enter();
    assert_eq!(
        harness.app.principles().open_principle().map(|p| p.code),
        Some("2c")
    );
    harness.tab_to("assess-2c.1-in-place");
    harness.space();
    harness.tab_to("assess-2c.2-in-progress");
    harness.enter();
    // Esc closes the principle and returns to the list.
    harness.press(
        iced::keyboard::Key::Named(iced::keyboard::key::Named::Escape),
        iced::keyboard::Modifiers::empty(),
    );
    assert_eq!(harness.app.principles().open_principle(), None);

    harness.reopen();
    let current = harness.in_store(|s| s.assessments());
    assert_eq!(current["2c.1"].state, AssessmentState::InPlace);
    assert_eq!(current["2c.2"].state, AssessmentState::InProgress);
    assert_eq!(harness.in_store(|s| s.assessment_history("2c.1")).len(), 1);

    harness.update(Message::Navigate(ScreenId::Principles));
    harness.tab_to("principles-tab-assessment");
    harness.space();
    assert_eq!(harness.app.principles().tab(), Tab::Assessment);
    let personnel_items: usize = Section::Personnel
        .principles()
        .map(|p| usize::from(p.item_count))
        .sum();
    assert!(harness.shows(&format!(
        "1 af {personnel_items} punkter på plads, 1 i gang, {} ikke startet.",
        personnel_items - 2
    )));
}

#[test]
fn a_comment_with_personal_data_is_refused_next_to_its_field() {
    let mut harness = Harness::new();
    harness.update(Message::Navigate(ScreenId::Principles));
    harness.update(Message::Principles(
        skranke::screen::principles::Message::Open("2a"),
    ));
    let item = ItemId::parse("2a.1").unwrap();
    harness.update(Message::Principles(
        skranke::screen::principles::Message::CommentEdited(item, "ring til 20 30 40 50".into()),
    ));
    harness.update(Message::Principles(
        skranke::screen::principles::Message::SaveComment(item),
    ));
    assert!(harness.shows("Teksten ligner et telefonnummer. Skriv aldrig, hvem borgeren er. En dato kan du skrive som 24.11.2025."));
    assert!(harness.in_store(|s| s.assessments()).is_empty());

    harness.update(Message::Principles(
        skranke::screen::principles::Message::CommentEdited(item, "Plan klar til marts".into()),
    ));
    harness.update(Message::Principles(
        skranke::screen::principles::Message::SaveComment(item),
    ));
    let current = harness.in_store(|s| s.assessments());
    assert_eq!(current["2a.1"].comment, "Plan klar til marts");
}

fn sample_assessments() -> HashMap<String, skranke::store::assessment::Assessment> {
    let store = skranke::store::Store::open_in_memory();
    store
        .record_assessment("1d.1", AssessmentState::InPlace, "Tolk bestilles samme dag")
        .unwrap();
    store
        .record_assessment("2c.3", AssessmentState::InProgress, "Se <plan> & \"noter\"")
        .unwrap();
    store.assessments().unwrap()
}

#[test]
fn the_html_report_holds_every_item_and_state() {
    let catalogue = Catalogue::embedded();
    let current = sample_assessments();
    let input = assessment::Input {
        catalogue: &catalogue,
        locale: Locale::Da,
        unit: "Enhed Ø",
        date: "2026-11-25",
        current: &current,
    };
    let html = assessment::html(&input);
    let document = scraper::Html::parse_document(&html);
    let html_element = document.root_element();
    assert_eq!(html_element.value().attr("lang"), Some("da"));
    let rows = scraper::Selector::parse("tr[data-item]").unwrap();
    let found: HashMap<String, String> = document
        .select(&rows)
        .map(|row| {
            (
                row.value().attr("data-item").unwrap().to_string(),
                row.value().attr("data-state").unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(found.len(), all_items().count());
    for item in all_items() {
        let expected = current
            .get(&item.to_string())
            .map(|a| a.state)
            .unwrap_or_default();
        assert_eq!(found[&item.to_string()], expected.code(), "{item}");
    }
    assert!(
        html.contains("Se &lt;plan&gt; &amp; &quot;noter&quot;"),
        "comments are escaped"
    );
    assert!(html.contains("Enhed Ø"));
}

#[test]
fn the_csv_export_holds_every_item_and_state() {
    let catalogue = Catalogue::embedded();
    let current = sample_assessments();
    let input = assessment::Input {
        catalogue: &catalogue,
        locale: Locale::En,
        unit: "Unit",
        date: "2026-11-25",
        current: &current,
    };
    let dialect = skranke::export::sheet::Dialect::for_locale(Locale::En);
    let bytes = assessment::csv(&input, dialect).unwrap();
    assert!(bytes.starts_with(skranke::export::sheet::BOM), "for Excel");
    let dir = tempfile::tempdir().unwrap();
    let path = dir
        .path()
        .join(format!("self-assessment.{}", Format::Csv.extension()));
    skranke::export::save(&path, &bytes).unwrap();
    let mut reader = csv::Reader::from_path(&path).unwrap();
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').to_string())
        .collect();
    let names = assessment::CSV_LABELS.map(|label| catalogue.render(Locale::En, label));
    assert_eq!(
        header, names,
        "the columns are named in the report's language"
    );
    assert_eq!(header[4], "State");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), all_items().count());
    for row in &rows {
        let item = &row[2];
        let expected = current.get(item).map(|a| a.state).unwrap_or_default();
        let state = catalogue.render(Locale::En, expected.label());
        assert_eq!(&row[4], state, "{item}: the state in words");
        assert!(!row[3].is_empty(), "{item} has its text");
    }
    let commented = rows.iter().find(|r| &r[2] == "2c.3").unwrap();
    assert_eq!(&commented[5], "Se <plan> & \"noter\"");
}

#[test]
fn a_cancelled_save_changes_nothing_and_a_failed_one_says_why() {
    use skranke::export::SaveError;
    use skranke::screen::SaveOutcome;
    use skranke::screen::principles::Message as P;
    let mut harness = Harness::new();
    harness.update(Message::Navigate(ScreenId::Principles));
    harness.update(Message::Principles(P::Tab(Tab::Assessment)));
    harness.update(Message::Principles(P::Saved(SaveOutcome::Cancelled)));
    assert!(!harness.shows("Filen blev ikke gemt."));
    harness.update(Message::Principles(P::Saved(SaveOutcome::Failed(
        SaveError::DiskFull("No space left on device (os error 28)".into()),
    ))));
    assert!(
        harness
            .shows("Filen blev ikke gemt. Disken er fuld. Frigør plads, eller vælg et andet drev.")
    );
}
