//! The screen reader's tree of every screen and of the states inside them, built as the bridge
//! builds it (headless, no display, no bus) and loaded into AccessKit's own consumer, which
//! panics on a malformed tree. For each state: every control is a node with a role and its
//! name in the staff language, every focusable node has a role and a name, the focused node is
//! the app's focused control, node ids are unique and the same when the tree is built again,
//! and Arabic text carries its language.
//!
//! Each state's tree is also kept as a JSON snapshot in `tests/accessibility/<state>.json`:
//! what a screen reader reads (roles, names, values, states, headings, languages), without
//! where it is drawn. A change to what is read shows as a diff of that file. Run with
//! `UPDATE_SNAPSHOTS=1` to write the files after a wanted change, and review the diff.

mod support;

use accesskit::{Action, NodeId, Role, TreeUpdate};
use accesskit_consumer::NodeRef as ConsumerNode;
use serde_json::{Map, Value};
use skranke::app::Message;
use skranke::i18n::Locale;
use skranke::screen::ScreenId;
use skranke::screen::desk::Message as Desk;
use skranke::screen::indicators::{Chart, Message as Indicators, Period};
use skranke::screen::log::transfer::Message as Transfer;
use skranke::screen::log::{Message as Log, Tab as LogTab};
use skranke::screen::principles::{Message as Principles, Tab as PrinciplesTab};
use skranke::screen::training::{Message as Training, Tab as TrainingTab};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use support::{Harness, accessibility};

/// Checks one state of the app and returns its tree for more checks.
fn check(what: &str, harness: &Harness) -> TreeUpdate {
    let built = accessibility(&harness.app);
    let update = built.update.clone();
    let ids: HashSet<NodeId> = update.nodes.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids.len(), update.nodes.len(), "{what}: node ids are unique");
    let again = accessibility(&harness.app);
    let again: HashSet<NodeId> = again.update.nodes.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, again, "{what}: the same ids when built again");

    let tree = accesskit_consumer::Tree::new(update.clone(), true);
    let state = tree.state();
    assert_eq!(state.root().role(), Role::Window, "{what}");

    for control in harness.app.controls() {
        let node = state
            .node_by_tree_local_id(
                skranke::a11y::control_node(&control.id),
                accesskit::TreeId::ROOT,
            )
            .unwrap_or_else(|| panic!("{what}: {} is not in the tree", control.id.as_str()));
        assert_ne!(
            node.role(),
            Role::Unknown,
            "{what}: {}",
            control.id.as_str()
        );
        let name = node.label().unwrap_or_default();
        assert!(
            !name.trim().is_empty(),
            "{what}: {} has no name",
            control.id.as_str()
        );
        assert_eq!(name, control.label, "{what}: the name shown");
    }
    if let Some(focused) = harness.app.focused() {
        assert_eq!(
            update.focus,
            skranke::a11y::control_node(focused),
            "{what}: the focus is the app's"
        );
    }
    update
}

/// Checks a state (see [`check`]), that its focusable nodes are named, and that its tree is
/// the one in `tests/accessibility/<state>.json`.
fn check_state(state: &str, harness: &Harness) -> TreeUpdate {
    let update = check(state, harness);
    let unnamed = unnamed_focusable(&update);
    assert!(
        unnamed.is_empty(),
        "{state}: focusable nodes without a role or a name: {unnamed:#?}"
    );
    let snapshot = snapshot(&update, &Normaliser::for_harness(harness));
    compare_with_file(state, &snapshot);
    update
}

/// Every node a screen reader can move the focus to that has no role or no name, described.
fn unnamed_focusable(update: &TreeUpdate) -> Vec<String> {
    let tree = accesskit_consumer::Tree::new(update.clone(), true);
    let state = tree.state();
    let mut problems = Vec::new();
    walk(&state.root(), &mut |node| {
        if !node.data().supports_action(Action::Focus) {
            return;
        }
        let name = node.label().unwrap_or_default();
        if node.role() == Role::Unknown || name.trim().is_empty() {
            problems.push(format!("{:?} {:?} named {name:?}", node.id(), node.role()));
        }
    });
    problems
}

/// Calls `visit` on `node` and every node below it, in reading order.
fn walk(node: &ConsumerNode, visit: &mut dyn FnMut(&ConsumerNode)) {
    visit(node);
    for child in node.children() {
        walk(&child, visit);
    }
}

/// The values of the text runs in `language`.
fn runs_in(update: &TreeUpdate, language: &str) -> Vec<String> {
    update
        .nodes
        .iter()
        .filter(|(_, node)| node.role() == Role::TextRun && node.language() == Some(language))
        .filter_map(|(_, node)| node.value().map(str::to_string))
        .collect()
}

/// The text runs in Arabic script inside headings and paragraphs (the citizen's text) that
/// are not marked as Arabic.
fn arabic_text_not_in_arabic(update: &TreeUpdate) -> Vec<String> {
    let tree = accesskit_consumer::Tree::new(update.clone(), true);
    let state = tree.state();
    let mut wrong = Vec::new();
    walk(&state.root(), &mut |node| {
        let value = node.data().value().unwrap_or_default();
        let in_text = std::iter::successors(node.parent(), |n| n.parent())
            .any(|above| matches!(above.role(), Role::Heading | Role::Paragraph));
        if node.role() == Role::TextRun
            && in_text
            && in_arabic_script(value)
            && node.data().language() != Some("ar")
        {
            wrong.push(format!("{value:?} in {:?}", node.data().language()));
        }
    });
    wrong
}

/// Does `text` hold a letter of the Arabic script?
fn in_arabic_script(text: &str) -> bool {
    text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

// ---------------------------------------------------------------------------------------------
// Snapshots

/// Replaces what changes between runs (today's date, the temporary folders, the version) with
/// placeholders, so a snapshot is the same on every machine and every day.
struct Normaliser {
    /// Text to find and its placeholder, applied in this order.
    replacements: Vec<(String, &'static str)>,
}

impl Normaliser {
    /// The placeholders for a harness's folders and for today, in the formats the app shows
    /// a day in (`25.11.2026` and `2026-11-25`).
    fn for_harness(harness: &Harness) -> Normaliser {
        let today = skranke::clock::today();
        let yesterday = today.yesterday().expect("yesterday");
        let mut replacements = Vec::new();
        for (folder, placeholder) in [
            (&harness.paths.config_dir, "<config>"),
            (&harness.paths.data_dir, "<data>"),
        ] {
            replacements.push((skranke::paths::display(folder), placeholder));
            replacements.push((folder.display().to_string(), placeholder));
        }
        for (day, placeholder) in [(today, "<today>"), (yesterday, "<yesterday>")] {
            replacements.push((skranke::clock::format_day(day), placeholder));
            replacements.push((day.to_string(), placeholder));
        }
        replacements.push((env!("CARGO_PKG_VERSION").to_string(), "<version>"));
        Normaliser { replacements }
    }

    fn apply(&self, text: &str) -> String {
        self.replacements
            .iter()
            .fold(text.to_string(), |text, (from, to)| text.replace(from, to))
    }
}

/// The tree as nested JSON: per node what a screen reader reads, children last. Text runs are
/// left out; their text is the `text` of the node that holds them.
fn snapshot(update: &TreeUpdate, normaliser: &Normaliser) -> Value {
    let tree = accesskit_consumer::Tree::new(update.clone(), true);
    let state = tree.state();
    node_json(&state.root(), None, normaliser)
}

/// One node and the nodes below it. `parent_language` is the language the node inherits; its
/// own is written only where it differs.
fn node_json(node: &ConsumerNode, parent_language: Option<&str>, normaliser: &Normaliser) -> Value {
    let data = node.data();
    let text = |text: &str| Value::String(normaliser.apply(text));
    let mut json = Map::new();
    json.insert("role".into(), format!("{:?}", node.role()).into());
    if let Some(name) = node.label() {
        json.insert("name".into(), text(&name));
    }
    if matches!(node.role(), Role::TextInput | Role::MultilineTextInput) {
        json.insert("value".into(), text(&node.value().unwrap_or_default()));
    }
    let runs: String = node
        .children()
        .filter(|child| child.role() == Role::TextRun)
        .filter_map(|run| run.data().value().map(str::to_string))
        .collect();
    if !runs.is_empty() && !matches!(node.role(), Role::TextInput | Role::MultilineTextInput) {
        json.insert("text".into(), text(&runs));
    }
    let language = data.language().or(parent_language);
    if data.language().is_some() && language != parent_language {
        json.insert("language".into(), language.into());
    }
    insert_states(&mut json, data);
    if let Some(description) = data.description() {
        json.insert("description".into(), text(description));
    }
    if let Some(keys) = data.keyboard_shortcut() {
        json.insert("shortcut".into(), keys.into());
    }
    let children: Vec<Value> = node
        .children()
        .filter(|child| child.role() != Role::TextRun)
        .map(|child| node_json(&child, language, normaliser))
        .collect();
    if !children.is_empty() {
        json.insert("children".into(), children.into());
    }
    Value::Object(json)
}

/// The states a screen reader announces: toggled, expanded, disabled, invalid, selected,
/// current, a heading's level and a live region's politeness.
fn insert_states(json: &mut Map<String, Value>, data: &accesskit::Node) {
    if let Some(toggled) = data.toggled() {
        json.insert("toggled".into(), format!("{toggled:?}").into());
    }
    if let Some(expanded) = data.is_expanded() {
        json.insert("expanded".into(), expanded.into());
    }
    if data.is_disabled() {
        json.insert("disabled".into(), true.into());
    }
    if let Some(invalid) = data.invalid() {
        json.insert("invalid".into(), format!("{invalid:?}").into());
    }
    if let Some(selected) = data.is_selected() {
        json.insert("selected".into(), selected.into());
    }
    if let Some(current) = data.aria_current() {
        json.insert("current".into(), format!("{current:?}").into());
    }
    if let Some(level) = data.level() {
        json.insert("level".into(), level.into());
    }
    if let Some(live) = data.live() {
        json.insert("live".into(), format!("{live:?}").into());
    }
}

/// Where a state's snapshot is kept.
fn snapshot_path(state: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("accessibility")
        .join(format!("{state}.json"))
}

/// Compares the snapshot with its file, or writes the file when `UPDATE_SNAPSHOTS=1`.
fn compare_with_file(state: &str, snapshot: &Value) {
    let path = snapshot_path(state);
    let actual = serde_json::to_string_pretty(snapshot).expect("JSON") + "\n";
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("the folder");
        std::fs::write(&path, &actual).expect("the snapshot is written");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| {
            panic!(
                "{state}: no snapshot at {}; run with UPDATE_SNAPSHOTS=1 to write it",
                path.display()
            )
        })
        .replace("\r\n", "\n");
    if let Some(difference) = support::diff::first_difference(&expected, &actual) {
        panic!(
            "{state}: the tree differs from {}\n{difference}\n\
             If the change is wanted, run with UPDATE_SNAPSHOTS=1 and review the diff.",
            path.display()
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Getting to each state

/// A fresh app on `screen` (staff language Danish).
fn on(screen: ScreenId) -> Harness {
    let mut harness = Harness::new();
    harness.update(Message::Navigate(screen));
    harness
}

/// A fresh app with the unit set, as at a desk that logs visits.
fn with_unit() -> Harness {
    let mut harness = Harness::new();
    harness.update(Message::Settings(
        skranke::screen::settings::Message::UnitEdited("Borgerservice Nørrebro".into()),
    ));
    harness.update(Message::Settings(
        skranke::screen::settings::Message::SaveUnit,
    ));
    harness
}

/// Saves three log entries on fixed days in the first quarter of 2025 (in the past, so never
/// today), with different channels and outcomes.
fn with_entries(harness: &Harness) {
    use skranke::outreach::{Channel, Interpreter, Outcome};
    let mut entries = [
        support::entry("2025-01-10"),
        support::entry("2025-02-14"),
        support::entry("2025-03-03"),
    ];
    entries[1].channel = Channel::Phone;
    entries[1].language = "da".into();
    entries[1].interpreter = Interpreter::None;
    entries[2].outcome = Outcome::Referred;
    entries[2].language = "so".into();
    harness.in_store(move |store| entries.iter().try_for_each(|entry| store.save_entry(entry)));
}

/// The indicators for the first quarter of 2025 (a custom period, so the numbers and the
/// period do not move with the calendar), with the entries of [`with_entries`].
fn indicators_for_a_fixed_quarter() -> Harness {
    let mut harness = with_unit();
    with_entries(&harness);
    harness.update(Message::Navigate(ScreenId::Indicators));
    for message in [
        Indicators::Period(Period::Custom),
        Indicators::CustomFrom("01.01.2025".into()),
        Indicators::CustomTo("31.03.2025".into()),
        Indicators::ApplyCustom,
    ] {
        harness.update(Message::Indicators(message));
    }
    assert!(harness.app.indicators().result().is_some(), "computed");
    harness
}

// ---------------------------------------------------------------------------------------------
// The states

#[test]
fn the_desk_with_arabic_chosen_reads_its_arabic_in_arabic() {
    let mut harness = Harness::new();
    harness.update(Message::Desk(Desk::ChooseLanguage(Locale::Ar)));
    harness.update(Message::Desk(Desk::OpenTopic("welcome")));
    let update = check_state("desk-arabic-topic", &harness);
    let arabic = runs_in(&update, "ar");
    assert!(
        arabic.iter().any(|run| in_arabic_script(run)),
        "Arabic text runs: {arabic:?}"
    );
    assert!(!runs_in(&update, "da").is_empty(), "Danish beside it");
    let misread = arabic_text_not_in_arabic(&update);
    assert!(misread.is_empty(), "Arabic not read as Arabic: {misread:?}");
    assert!(
        update
            .nodes
            .iter()
            .any(|(_, node)| node.role() == Role::Heading && node.level() == Some(1)),
        "the page title is a heading of level 1"
    );
}

#[test]
fn the_language_card() {
    let mut harness = Harness::new();
    harness.update(Message::Desk(Desk::OpenCard));
    assert!(harness.app.card_open());
    check_state("language-card", &harness);
}

#[test]
fn the_principles_list() {
    let harness = on(ScreenId::Principles);
    check_state("principles-list", &harness);
}

#[test]
fn a_principle_open() {
    let mut harness = on(ScreenId::Principles);
    harness.update(Message::Principles(Principles::Open("2c")));
    assert_eq!(
        harness.app.principles().open_principle().map(|p| p.code),
        Some("2c")
    );
    check_state("principle-detail", &harness);
}

#[test]
fn the_visit_checklist() {
    let mut harness = on(ScreenId::Principles);
    harness.update(Message::Principles(Principles::Tab(PrinciplesTab::Visit)));
    check_state("principles-visit", &harness);
}

#[test]
fn the_self_assessment() {
    let mut harness = on(ScreenId::Principles);
    harness.update(Message::Principles(Principles::Tab(
        PrinciplesTab::Assessment,
    )));
    check_state("principles-assessment", &harness);
}

#[test]
fn the_glossary() {
    let harness = on(ScreenId::Glossary);
    check_state("glossary", &harness);
}

#[test]
fn the_log_form() {
    let mut harness = with_unit();
    harness.update(Message::Navigate(ScreenId::Log));
    assert_eq!(harness.app.log().tab(), LogTab::Entry);
    check_state("log-form", &harness);
}

#[test]
fn the_log_list_with_entries() {
    let mut harness = with_unit();
    with_entries(&harness);
    harness.update(Message::Navigate(ScreenId::Log));
    harness.update(Message::Log(Log::Tab(LogTab::List)));
    check_state("log-list", &harness);
}

#[test]
fn the_log_transfer() {
    let mut harness = with_unit();
    harness.update(Message::Navigate(ScreenId::Log));
    harness.update(Message::Log(Log::Tab(LogTab::Transfer)));
    // Fixed days: the default range starts on the first of this year, which moves.
    harness.update(Message::Log(Log::Transfer(Transfer::ExportFrom(
        "01.01.2025".into(),
    ))));
    harness.update(Message::Log(Log::Transfer(Transfer::ExportTo(
        "31.03.2025".into(),
    ))));
    check_state("log-transfer", &harness);
}

#[test]
fn the_indicators_as_charts() {
    let harness = indicators_for_a_fixed_quarter();
    check_state("indicators-charts", &harness);
}

#[test]
fn the_indicators_as_tables() {
    let mut harness = indicators_for_a_fixed_quarter();
    for chart in Chart::ALL {
        harness.update(Message::Indicators(Indicators::ToggleTable(chart)));
    }
    let update = check_state("indicators-tables", &harness);
    assert!(
        update
            .nodes
            .iter()
            .any(|(_, node)| node.role() == Role::Table),
        "the numbers are tables"
    );
}

#[test]
fn a_training_slide_presented() {
    let mut harness = on(ScreenId::Training);
    harness.update(Message::Training(Training::Present));
    check_state("training-presentation", &harness);
}

#[test]
fn a_training_case_open() {
    let mut harness = on(ScreenId::Training);
    harness.update(Message::Training(Training::Tab(TrainingTab::Cases)));
    harness.update(Message::Training(Training::OpenCase(0)));
    check_state("training-case", &harness);
}

#[test]
fn the_training_quiz() {
    let mut harness = on(ScreenId::Training);
    harness.update(Message::Training(Training::Tab(TrainingTab::Quiz)));
    check_state("training-quiz", &harness);
}

#[test]
fn the_training_sessions() {
    let mut harness = with_unit();
    harness.update(Message::Navigate(ScreenId::Training));
    harness.update(Message::Training(Training::Tab(TrainingTab::Sessions)));
    check_state("training-sessions", &harness);
}

#[test]
fn the_settings() {
    let harness = on(ScreenId::Settings);
    check_state("settings", &harness);
}

#[test]
fn the_about_page() {
    let harness = on(ScreenId::About);
    check_state("about", &harness);
}

#[test]
fn every_screen_has_a_well_formed_tree() {
    let mut harness = Harness::new();
    for screen in ScreenId::ALL {
        harness.update(Message::Navigate(screen));
        check(&format!("{screen:?}"), &harness);
    }
}

// ---------------------------------------------------------------------------------------------
// The checks themselves

#[test]
fn a_control_that_loses_its_name_fails_the_checks() {
    let harness = on(ScreenId::Settings);
    let update = check("settings", &harness);
    let normaliser = Normaliser::for_harness(&harness);
    let mut unnamed = update.clone();
    let (_, control) = unnamed
        .nodes
        .iter_mut()
        .find(|(_, node)| node.supports_action(Action::Focus))
        .expect("a focusable node");
    control.clear_label();
    assert_eq!(unnamed_focusable(&unnamed).len(), 1, "found unnamed");
    let before = serde_json::to_string_pretty(&snapshot(&update, &normaliser)).unwrap();
    let after = serde_json::to_string_pretty(&snapshot(&unnamed, &normaliser)).unwrap();
    let difference =
        support::diff::first_difference(&before, &after).expect("the snapshot differs");
    assert!(difference.contains("\"name\""), "{difference}");
}

#[test]
fn todays_date_and_the_folders_become_placeholders() {
    let harness = Harness::new();
    let normaliser = Normaliser::for_harness(&harness);
    let today = skranke::clock::today();
    let text = format!(
        "{} {} {}",
        skranke::clock::format_day(today),
        today,
        skranke::paths::display(&harness.paths.database_file())
    );
    assert_eq!(
        normaliser.apply(&text),
        format!(
            "<today> <today> <data>{}skranke.sqlite3",
            std::path::MAIN_SEPARATOR
        )
    );
}

/// Issue 17: the log's note is a field of several lines; a screen reader reads its text as its
/// value (iced's editor does not tell it, the view does), its count down as its description,
/// and, when refused, why.
#[test]
fn the_note_reads_as_a_multiline_field_with_its_text_and_count() {
    use skranke::screen::log::Message as Log;
    use skranke::screen::log::form::{Field, Message as Form};
    let mut harness = with_unit();
    harness.update(Message::Navigate(ScreenId::Log));
    harness.update(Message::Log(Log::Form(Form::Edit(Field::Note(
        "Hjalp med Digital Post\nKommer igen".into(),
    )))));
    let update = accessibility(&harness.app).update;
    let tree = accesskit_consumer::Tree::new(update, true);
    let state = tree.state();
    let mut found = None;
    walk(&state.root(), &mut |node| {
        if node.label().as_deref() == Some("Kort note (valgfri)") {
            found = Some((
                node.role(),
                node.value(),
                node.data().description().map(str::to_string),
                node.data().invalid().is_some(),
            ));
        }
    });
    let (role, value, description, invalid) = found.expect("the note is in the tree");
    assert_eq!(role, Role::MultilineTextInput);
    assert_eq!(
        value.as_deref(),
        Some("Hjalp med Digital Post\nKommer igen")
    );
    assert_eq!(description.as_deref(), Some("246 tegn tilbage af 280"));
    assert!(!invalid);

    harness.update(Message::Log(Log::Form(Form::Edit(Field::Note(
        "Ring 20 30 40 50".into(),
    )))));
    harness.update(Message::Log(Log::Form(Form::Save {
        next_citizen: false,
    })));
    let update = accessibility(&harness.app).update;
    let tree = accesskit_consumer::Tree::new(update, true);
    let state = tree.state();
    let mut refused = None;
    walk(&state.root(), &mut |node| {
        if node.label().as_deref() == Some("Kort note (valgfri)") {
            refused = Some((
                node.data().invalid().is_some(),
                node.data().description().map(str::to_string),
            ));
        }
    });
    let (invalid, description) = refused.unwrap();
    assert!(invalid, "refused");
    assert_eq!(
        description.as_deref(),
        Some(
            "Teksten ligner et telefonnummer. Skriv aldrig, hvem borgeren er. En dato kan du skrive som 24.11.2025. 264 tegn tilbage af 280"
        )
    );
}
