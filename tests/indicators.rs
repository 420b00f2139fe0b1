//! Issue 6: every indicator against numbers worked out by hand for a small fixture log, with a
//! merged unit, and deleted, training and out-of-period entries that must not count.

use skranke::outreach::*;
use skranke::store::Store;
use skranke::store::indicators::{Indicators, Scope, compute, compute_from_log, units};
use skranke::store::transfer::{ExportRange, export_csv, read_csv};

struct Spec {
    day: &'static str,
    unit: &'static str,
    channel: Channel,
    language: &'static str,
    interpreter: Interpreter,
    outcome: Outcome,
    groups: &'static [Group],
    topics: &'static [&'static str],
    principles: &'static [&'static str],
}

fn entry(spec: &Spec) -> Entry {
    Entry {
        id: Entry::new_id(),
        day: spec.day.parse().unwrap(),
        created_at: skranke::clock::now_rfc3339(),
        unit: spec.unit.into(),
        channel: spec.channel,
        language: spec.language.into(),
        interpreter: spec.interpreter,
        outcome: spec.outcome,
        duration: DurationBucket::From5To15,
        handout: false,
        note: String::new(),
        training: false,
        groups: spec.groups.to_vec(),
        topics: spec.topics.iter().map(|t| t.to_string()).collect(),
        principles: spec.principles.iter().map(|p| p.to_string()).collect(),
    }
}

const NORREBRO: &str = "Borgerservice Nørrebro";
const AMAGER: &str = "Borgerservice Amager";

/// The fixture: five counted entries (two of them merged from Amager's desk), plus one deleted,
/// one training and one outside the period, which must not count.
fn fixture() -> Store {
    use Channel::*;
    use Group::*;
    let store = Store::open_in_memory();
    let a = Spec {
        day: "2026-01-10",
        unit: NORREBRO,
        channel: Desk,
        language: "ar",
        interpreter: Interpreter::Phone,
        outcome: Outcome::Solved,
        groups: &[Newcomer, LanguageSupport],
        topics: &["digital"],
        principles: &["1c", "1d"],
    };
    let b = Spec {
        day: "2026-01-20",
        unit: NORREBRO,
        channel: Phone,
        language: "da",
        interpreter: Interpreter::None,
        outcome: Outcome::Referred,
        groups: &[Elderly],
        topics: &["digital", "help"],
        principles: &["1d"],
    };
    let e = Spec {
        day: "2026-03-01",
        unit: NORREBRO,
        channel: Desk,
        language: "ar",
        interpreter: Interpreter::InPerson,
        outcome: Outcome::Solved,
        groups: &[Homeless],
        topics: &["newcomer"],
        principles: &["1a", "1e"],
    };
    for spec in [&a, &b, &e] {
        store.save_entry(&entry(spec)).unwrap();
    }
    // F: deleted. G: training. H: before the period.
    let f = entry(&Spec {
        day: "2026-01-15",
        unit: NORREBRO,
        channel: Desk,
        language: "uk",
        interpreter: Interpreter::Video,
        outcome: Outcome::Solved,
        groups: &[Disability],
        topics: &["rights"],
        principles: &["1b"],
    });
    store.save_entry(&f).unwrap();
    store.delete_entry(f.id).unwrap();
    let mut g = entry(&Spec {
        day: "2026-02-10",
        unit: NORREBRO,
        channel: Desk,
        language: "so",
        interpreter: Interpreter::None,
        outcome: Outcome::FollowUp,
        groups: &[MentalIllness],
        topics: &["welcome"],
        principles: &["1a"],
    });
    g.training = true;
    store.save_entry(&g).unwrap();
    store
        .save_entry(&entry(&Spec {
            day: "2025-12-31",
            unit: NORREBRO,
            channel: Desk,
            language: "pl",
            interpreter: Interpreter::None,
            outcome: Outcome::Solved,
            groups: &[],
            topics: &[],
            principles: &[],
        }))
        .unwrap();

    // C and D come from Amager's desk, merged from its export.
    let amager = Store::open_in_memory();
    let c = Spec {
        day: "2026-02-05",
        unit: AMAGER,
        channel: Desk,
        language: "ar",
        interpreter: Interpreter::None,
        outcome: Outcome::FollowUp,
        groups: &[],
        topics: &["complaints"],
        principles: &["1f"],
    };
    let d = Spec {
        day: "2026-02-28",
        unit: AMAGER,
        channel: Video,
        language: "ti",
        interpreter: Interpreter::Video,
        outcome: Outcome::Solved,
        groups: &[Newcomer],
        topics: &[],
        principles: &[],
    };
    amager.save_entry(&entry(&c)).unwrap();
    amager.save_entry(&entry(&d)).unwrap();
    let mut csv = Vec::new();
    let everything = ExportRange {
        from: jiff::civil::date(2000, 1, 1),
        to: jiff::civil::date(2100, 1, 1),
        include_training: true,
    };
    export_csv(amager_conn(&amager), &everything, &mut csv, |_| {}).unwrap();
    store.import(&read_csv(csv.as_slice()).unwrap()).unwrap();
    store
}

fn amager_conn(store: &Store) -> &rusqlite::Connection {
    store.connection()
}

fn first_quarter(unit: Option<&str>) -> Scope {
    Scope {
        from: jiff::civil::date(2026, 1, 1),
        to: jiff::civil::date(2026, 3, 31),
        unit: unit.map(str::to_string),
    }
}

fn count<T: PartialEq + std::fmt::Debug>(rows: &[(T, u64)], key: T) -> u64 {
    rows.iter()
        .find(|(k, _)| *k == key)
        .map(|(_, c)| *c)
        .unwrap_or_else(|| panic!("{key:?} is listed"))
}

#[test]
fn every_indicator_matches_the_hand_count() {
    let store = fixture();
    let all: Indicators = compute(store.connection(), &first_quarter(None)).unwrap();
    assert_eq!(all.total, 5);
    assert_eq!(
        all.per_month,
        [
            ("2026-01".to_string(), 2),
            ("2026-02".to_string(), 2),
            ("2026-03".to_string(), 1)
        ]
    );

    let language = |code: &str| {
        all.by_language
            .iter()
            .find(|r| r.code == code)
            .unwrap()
            .clone()
    };
    assert_eq!(
        (language("ar").contacts, language("ar").with_interpreter),
        (3, 2)
    );
    assert_eq!(
        (language("da").contacts, language("da").with_interpreter),
        (1, 0)
    );
    assert_eq!(
        (language("ti").contacts, language("ti").with_interpreter),
        (1, 1)
    );
    assert_eq!(
        language("uk").contacts,
        0,
        "the deleted entry does not count"
    );
    assert_eq!(
        language("so").contacts,
        0,
        "the training entry does not count"
    );
    assert_eq!(
        language("pl").contacts,
        0,
        "the entry before the period does not count"
    );
    assert_eq!(all.by_language.len(), 11);

    assert_eq!(count(&all.by_channel, Channel::Desk), 3);
    assert_eq!(count(&all.by_channel, Channel::Phone), 1);
    assert_eq!(count(&all.by_channel, Channel::Video), 1);
    assert_eq!(count(&all.by_channel, Channel::LetterEmail), 0);

    assert_eq!(count(&all.by_outcome, Outcome::Solved), 3);
    assert_eq!(count(&all.by_outcome, Outcome::Referred), 1);
    assert_eq!(count(&all.by_outcome, Outcome::FollowUp), 1);

    assert_eq!(count(&all.by_group, Group::Newcomer), 2);
    assert_eq!(count(&all.by_group, Group::LanguageSupport), 1);
    assert_eq!(count(&all.by_group, Group::Elderly), 1);
    assert_eq!(count(&all.by_group, Group::Homeless), 1);
    assert_eq!(count(&all.by_group, Group::Disability), 0);
    assert_eq!(count(&all.by_group, Group::MentalIllness), 0);

    assert_eq!(count(&all.by_topic, "digital".to_string()), 2);
    assert_eq!(count(&all.by_topic, "help".to_string()), 1);
    assert_eq!(count(&all.by_topic, "complaints".to_string()), 1);
    assert_eq!(count(&all.by_topic, "newcomer".to_string()), 1);
    assert_eq!(count(&all.by_topic, "rights".to_string()), 0);
    assert_eq!(count(&all.by_topic, "welcome".to_string()), 0);

    assert_eq!(count(&all.by_principle, "1a".to_string()), 1);
    assert_eq!(count(&all.by_principle, "1b".to_string()), 0);
    assert_eq!(count(&all.by_principle, "1c".to_string()), 1);
    assert_eq!(count(&all.by_principle, "1d".to_string()), 2);
    assert_eq!(count(&all.by_principle, "1e".to_string()), 1);
    assert_eq!(count(&all.by_principle, "1f".to_string()), 1);
}

#[test]
fn one_unit_counts_only_its_own_entries_and_merged_units_are_listed() {
    let store = fixture();
    assert_eq!(units(store.connection()).unwrap(), [AMAGER, NORREBRO]);
    let norrebro = compute(store.connection(), &first_quarter(Some(NORREBRO))).unwrap();
    assert_eq!(norrebro.total, 3);
    assert_eq!(
        norrebro
            .per_month
            .iter()
            .map(|(_, c)| *c)
            .collect::<Vec<_>>(),
        [2, 0, 1]
    );
    let amager = compute(store.connection(), &first_quarter(Some(AMAGER))).unwrap();
    assert_eq!(amager.total, 2);
    assert_eq!(count(&amager.by_channel, Channel::Video), 1);
}

#[test]
fn the_summaries_agree_with_the_log_after_every_kind_of_change() {
    let store = fixture();
    let whole = Scope {
        from: jiff::civil::date(2000, 1, 1),
        to: jiff::civil::date(2100, 1, 1),
        unit: None,
    };
    let agree = |store: &Store, what: &str| {
        for scope in [
            whole.clone(),
            first_quarter(None),
            first_quarter(Some(NORREBRO)),
            first_quarter(Some(AMAGER)),
        ] {
            assert_eq!(
                compute(store.connection(), &scope).unwrap(),
                compute_from_log(store.connection(), &scope).unwrap(),
                "after {what}"
            );
        }
    };
    agree(
        &store,
        "building the fixture (saves, a deletion, training, a merge)",
    );

    let page = store.page(&Default::default(), None, 100).unwrap();
    let mut changed = page.entries[0].clone();
    changed.day = "2026-03-15".parse().unwrap();
    changed.unit = AMAGER.into();
    changed.language = "uk".into();
    changed.groups = vec![Group::Disability, Group::Elderly];
    changed.topics = vec!["rights".into()];
    store.update_entry(&changed).unwrap();
    agree(&store, "moving an entry to another day, unit and language");

    changed.training = true;
    store.update_entry(&changed).unwrap();
    agree(&store, "marking an entry as training");
    changed.training = false;
    store.update_entry(&changed).unwrap();
    agree(&store, "unmarking it");

    let other = page.entries[1].id;
    store.delete_entry(other).unwrap();
    agree(&store, "a soft delete");
    store.undo_delete(other).unwrap();
    agree(&store, "an undo");

    store.delete_entry(other).unwrap();
    let later = jiff::Timestamp::now()
        .checked_add(jiff::SignedDuration::from_hours(24 * 40))
        .unwrap();
    store.purge_deleted(later).unwrap();
    agree(&store, "a purge");

    // A counted entry removed outright (the app never does this, but the summaries must hold).
    let third = page.entries[2].id;
    store
        .connection()
        .execute("DELETE FROM outreach WHERE id = ?1", [third.to_string()])
        .unwrap();
    agree(&store, "a hard delete");
}

mod support;

use skranke::app::Message;
use skranke::screen::ScreenId;
use skranke::screen::log::Message as Log;
use skranke::screen::log::form::{Field, Message as Form};
use support::Harness;

/// An app with a few logged contacts this year.
fn app_with_contacts() -> Harness {
    let mut harness = Harness::new();
    harness.run_tasks = true;
    harness.update(Message::Settings(
        skranke::screen::settings::Message::UnitEdited(NORREBRO.into()),
    ));
    harness.update(Message::Settings(
        skranke::screen::settings::Message::SaveUnit,
    ));
    harness.update(Message::Navigate(ScreenId::Log));
    let year = skranke::clock::today().year();
    for (month, language, interpreter) in [
        (1, "ar", Interpreter::Phone),
        (1, "da", Interpreter::None),
        (2, "ti", Interpreter::Video),
        (3, "ar", Interpreter::None),
    ] {
        harness.update(Message::Log(Log::Form(Form::Edit(Field::Day(format!(
            "15.{month:02}.{year}"
        ))))));
        harness.update(Message::Log(Log::Form(Form::Edit(Field::Language(
            language.into(),
        )))));
        harness.update(Message::Log(Log::Form(Form::Edit(Field::Interpreter(
            interpreter,
        )))));
        harness.update(Message::Log(Log::Form(Form::Edit(Field::ToggleGroup(
            Group::Newcomer,
        )))));
        harness.update(Message::Log(Log::Form(Form::Save { next_citizen: true })));
    }
    harness
}

#[test]
fn the_dashboard_shows_the_numbers_and_each_chart_as_a_table_by_keyboard() {
    let mut harness = app_with_contacts();
    harness.ctrl(&ScreenId::Indicators.shortcut_number().to_string());
    assert!(
        !harness.app.indicators().is_loading(),
        "the computation finished"
    );
    let result = harness
        .app
        .indicators()
        .result()
        .expect("indicators were computed")
        .clone();
    assert_eq!(result.total, 4);
    let year = skranke::clock::today().year();
    assert!(harness.shows(&format!("4 kontakter i {year}.")));
    harness.tab_to("chart-contacts-by-language-table");
    harness.enter();
    assert!(harness.shows("Andel"), "the table has its header");
    assert!(
        harness.shows("50,0\u{a0}%"),
        "Arabic: 2 of 4 contacts, with a Danish decimal comma"
    );
    harness.tab_to("chart-interpreter-share-by-language-table");
    harness.space();
    assert!(harness.shows("Andel med tolk"));
}

#[test]
fn changing_the_period_or_unit_recomputes_and_a_superseded_result_is_dropped() {
    use skranke::screen::indicators::{Message as Indicators, Period};
    let mut harness = app_with_contacts();
    harness.update(Message::Navigate(ScreenId::Indicators));
    harness.run_tasks = false;
    // Two changes in a row; only the last one's result may be shown.
    harness.update(Message::Indicators(Indicators::Period(Period::Month)));
    harness.update(Message::Indicators(Indicators::Period(Period::Year)));
    assert!(harness.app.indicators().is_loading());
    let stale = Indicators::Loaded {
        generation: 1,
        result: Ok(Default::default()),
    };
    harness.update(Message::Indicators(stale));
    assert!(
        harness.app.indicators().is_loading(),
        "a superseded result is dropped"
    );
    assert_eq!(harness.app.indicators().result().unwrap().total, 4);
}

#[test]
fn a_baseline_shows_reach_against_the_areas_share() {
    use skranke::screen::indicators::{Chart, Message as Indicators};
    let mut harness = app_with_contacts();
    harness.update(Message::Navigate(ScreenId::Indicators));
    harness.update(Message::Indicators(Indicators::ToggleBaseline(
        Default::default(),
    )));
    harness.update(Message::Indicators(Indicators::BaselineEdited(
        "language:ar".into(),
        "25".into(),
    )));
    harness.update(Message::Indicators(Indicators::BaselineEdited(
        "group:elderly".into(),
        "abc".into(),
    )));
    harness.update(Message::Indicators(Indicators::SaveBaseline));
    assert!(
        harness.app.settings().baseline.is_empty(),
        "nothing is saved while a field is invalid"
    );
    assert!(harness.shows("Disse felter skal være et tal fra 0 til 100: Ældre"));
    harness.update(Message::Indicators(Indicators::BaselineEdited(
        "group:elderly".into(),
        "12,5 %".into(),
    )));
    harness.update(Message::Indicators(Indicators::SaveBaseline));
    assert_eq!(
        harness.app.settings().baseline.get("language:ar"),
        Some(&25.0)
    );
    assert_eq!(
        harness.app.settings().baseline.get("group:elderly"),
        Some(&12.5)
    );
    harness.update(Message::Indicators(Indicators::ToggleTable(
        Chart::Languages,
    )));
    // Arabic: 2 of 4 contacts = 50 % against 25 % in the area: reach 2.
    assert!(harness.shows("Andel i området"));
    assert!(harness.shows("2,00"));
}

#[test]
fn the_exports_hold_the_same_numbers_as_the_tables() {
    use skranke::export::indicators::{self as report, Chart, Input};
    let store = fixture();
    let result = compute(store.connection(), &first_quarter(None)).unwrap();
    let catalogue = skranke::i18n::Catalogue::embedded();
    let assessments = std::collections::HashMap::new();
    let baseline = std::collections::BTreeMap::new();
    let input = Input {
        catalogue: &catalogue,
        locale: skranke::i18n::Locale::En,
        indicators: &result,
        assessments: &assessments,
        baseline: &baseline,
    };
    let tables = report::tables(&input);

    let dialect = skranke::export::sheet::Dialect::for_locale(skranke::i18n::Locale::En);
    let csv = report::csv(&catalogue, &tables, dialect);
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let arabic_contacts = rows
        .iter()
        .find(|r| &r[0] == "contacts-by-language" && &r[1] == "ar" && &r[3] == "Contacts")
        .expect("the Arabic contacts are in the CSV");
    assert_eq!(&arabic_contacts[4], "3");
    let expected_values: usize = tables
        .iter()
        .map(|t| t.rows.iter().map(|r| r.cells.len()).sum::<usize>())
        .sum();
    assert_eq!(
        rows.len(),
        expected_values,
        "every table cell is a CSV line"
    );

    let html = report::html(&input, "Q1 2026");
    let document = scraper::Html::parse_document(&html);
    for chart in Chart::ALL {
        let selector =
            scraper::Selector::parse(&format!("table[data-indicator=\"{}\"]", chart.code()))
                .unwrap();
        assert_eq!(
            document.select(&selector).count(),
            1,
            "{} has its table",
            chart.code()
        );
    }
    let svgs = scraper::Selector::parse("svg").unwrap();
    assert_eq!(
        document.select(&svgs).count(),
        Chart::ALL.len(),
        "every chart is drawn inline"
    );
    let row =
        scraper::Selector::parse("table[data-indicator=\"outcomes\"] tr[data-key=\"solved\"] td")
            .unwrap();
    let cells: Vec<String> = document
        .select(&row)
        .map(|td| td.text().collect())
        .collect();
    assert_eq!(cells[1], "3");
    assert_eq!(cells[2], "60.0%");
}

/// Issue 17, point 4: numbers in the staff language's formats. Danish says "1 kontakt" and
/// "12,5 %", English "1 contact" and "12.5%"; the numbers after a chart's bars have a key.
#[test]
fn numbers_are_written_as_the_staff_language_writes_them() {
    use skranke::screen::indicators::{Chart, Message as Indicators};
    for (staff, one, share, key) in [
        (
            "da",
            "1 kontakt i {year}.",
            "100,0\u{a0}%",
            "Tallene ved søjlerne: Kontakter · Andel.",
        ),
        (
            "en",
            "1 contact in {year}.",
            "100.0%",
            "The numbers by the bars: Contacts · Share.",
        ),
    ] {
        let mut harness = Harness::with_options(staff, "ar", |_| {});
        harness.update(Message::Settings(
            skranke::screen::settings::Message::UnitEdited(NORREBRO.into()),
        ));
        harness.update(Message::Settings(
            skranke::screen::settings::Message::SaveUnit,
        ));
        harness.update(Message::Navigate(ScreenId::Log));
        harness.update(Message::Log(Log::Form(Form::Save { next_citizen: true })));
        harness.update(Message::Navigate(ScreenId::Indicators));
        let year = skranke::clock::today().year().to_string();
        assert!(
            harness.shows(&one.replace("{year}", &year)),
            "{staff}: one contact is singular"
        );
        assert!(
            harness.shows(key),
            "{staff}: the chart's numbers have a key"
        );
        harness.update(Message::Indicators(Indicators::ToggleTable(
            Chart::Languages,
        )));
        assert!(harness.shows(share), "{staff}: {share}");
    }
    let mut harness = app_with_contacts();
    harness.update(Message::Navigate(ScreenId::Indicators));
    let year = skranke::clock::today().year();
    assert!(harness.shows(&format!("4 kontakter i {year}.")), "plural");
}

/// Issue 17, point 3: a baseline field's error goes as soon as it holds a share; a saved share
/// is written back with the staff language's decimal mark.
#[test]
fn a_baseline_error_goes_once_fixed_and_shares_read_back_in_danish() {
    use skranke::screen::indicators::Message as Indicators;
    let mut harness = app_with_contacts();
    harness.update(Message::Navigate(ScreenId::Indicators));
    harness.update(Message::Indicators(Indicators::ToggleBaseline(
        Default::default(),
    )));
    harness.update(Message::Indicators(Indicators::BaselineEdited(
        "group:elderly".into(),
        "mange".into(),
    )));
    harness.update(Message::Indicators(Indicators::SaveBaseline));
    let error = "Disse felter skal være et tal fra 0 til 100: Ældre";
    assert!(harness.shows(error));
    harness.update(Message::Indicators(Indicators::BaselineEdited(
        "group:elderly".into(),
        "12,5".into(),
    )));
    assert!(!harness.shows(error), "fixed: gone");
    harness.update(Message::Indicators(Indicators::SaveBaseline));
    let saved = harness.app.settings().baseline.clone();
    assert_eq!(saved.get("group:elderly"), Some(&12.5));
    harness.update(Message::Indicators(Indicators::ToggleBaseline(saved)));
    assert!(harness.shows("12,5"), "read back as Danish writes it");
}
