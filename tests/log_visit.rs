//! Issue 17, point 2: log this visit from the desk. One action (the desk's button, Ctrl+B)
//! opens the log form filled in from the visit and from remembered defaults; a save never
//! clears the unit; Settings refuses an empty unit; "same as last entry" is one key.

mod support;

use iced::keyboard::{Key, Modifiers, key::Named};
use skranke::app::Message;
use skranke::content::principles::ItemId;
use skranke::i18n::{Catalogue, Locale};
use skranke::outreach::{Channel, DurationBucket, Interpreter};
use skranke::screen::ScreenId;
use skranke::screen::desk::Message as Desk;
use skranke::screen::log::form::{Field, Message as Form};
use skranke::screen::log::{Message as Log, Tab};
use skranke::screen::principles::Message as Principles;
use skranke::screen::settings::Message as Settings;
use skranke::store::outreach::Filter;
use support::Harness;

const UNIT: &str = "Borgerservice Nørrebro";

/// An app with the desk's unit in Settings, staff language Danish, citizen language Arabic.
fn harness() -> Harness {
    let mut harness = Harness::with_options("da", "ar", |_| {});
    harness.update(Message::Settings(Settings::UnitEdited(UNIT.into())));
    harness.update(Message::Settings(Settings::SaveUnit));
    harness
}

/// A visit at the desk: a topic shown, a phone interpreter, a checklist item ticked.
fn a_visit(harness: &mut Harness) {
    harness.update(Message::Navigate(ScreenId::Desk));
    harness.update(Message::Desk(Desk::OpenTopic("digital")));
    harness.update(Message::Desk(Desk::Back));
    harness.update(Message::Desk(Desk::Interpreter(Interpreter::Phone)));
    harness.update(Message::Principles(Principles::ToggleVisitItem(
        ItemId::parse("1d.1").unwrap(),
    )));
    harness.update(Message::Navigate(ScreenId::Desk));
}

fn entries(harness: &Harness) -> Vec<skranke::outreach::entry::Entry> {
    harness
        .in_store(|s| s.page(&Filter::default(), None, 10))
        .entries
}

fn focused(harness: &Harness) -> Option<String> {
    harness.app.focused().map(|f| f.as_str().to_string())
}

#[test]
fn from_the_desk_to_a_saved_entry_in_at_most_ten_keystrokes() {
    let mut harness = harness();
    a_visit(&mut harness);
    harness.keystrokes = 0;

    // Ctrl+B: the log form, filled in from the visit, with the focus on Save.
    harness.ctrl("b");
    assert_eq!(harness.app.screen(), ScreenId::Log);
    assert_eq!(harness.app.log().tab(), Tab::Entry);
    assert_eq!(focused(&harness).as_deref(), Some("log-save"));
    let form = &harness.app.log().form;
    assert_eq!(form.language, "ar", "the citizen's language");
    assert_eq!(
        form.interpreter,
        Interpreter::Phone,
        "the desk's interpreter"
    );
    assert_eq!(form.topics, ["digital"], "the topics shown");
    assert_eq!(form.principles, ["1d"], "the principles ticked");
    assert_eq!(form.unit, UNIT, "the unit from Settings");

    // Enter on Save.
    harness.enter();
    let keystrokes = harness.keystrokes;
    let saved = entries(&harness);
    assert_eq!(saved.len(), 1, "one entry saved");
    let entry = &saved[0];
    assert_eq!(entry.language, "ar");
    assert_eq!(entry.interpreter, Interpreter::Phone);
    assert_eq!(entry.topics, ["digital"]);
    assert_eq!(entry.principles, ["1d"]);
    assert_eq!(entry.unit, UNIT);
    assert_eq!(entry.channel, Channel::Desk, "the default channel");
    assert_eq!(entry.day, skranke::clock::today());
    println!("keystrokes from the desk to a saved entry: {keystrokes}");
    assert!(keystrokes <= 10, "{keystrokes} key presses");
}

#[test]
fn the_desks_button_does_the_same_by_tab_and_enter() {
    let mut harness = harness();
    a_visit(&mut harness);
    harness.keystrokes = 0;
    harness.tab_to("desk-log-visit");
    harness.enter();
    assert_eq!(harness.app.screen(), ScreenId::Log);
    assert_eq!(focused(&harness).as_deref(), Some("log-save"));
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    assert_eq!(entries(&harness).len(), 1);
    assert!(
        harness.keystrokes <= 10,
        "{} key presses",
        harness.keystrokes
    );
    // The button is named for a screen reader, and About lists its shortcut.
    harness.update(Message::Navigate(ScreenId::Desk));
    let catalogue = Catalogue::embedded();
    let button = harness
        .app
        .controls()
        .into_iter()
        .find(|c| c.id.as_str() == "desk-log-visit")
        .expect("the desk shows the button");
    assert_eq!(button.label, catalogue.text(Locale::Da, "desk-log-visit"));
    harness.update(Message::Navigate(ScreenId::About));
    assert!(harness.shows(&catalogue.text(Locale::Da, "about-key-log-visit")));
    assert!(harness.shows("Ctrl+B"));
}

#[test]
fn the_channel_and_duration_are_remembered_and_a_save_never_clears_the_unit() {
    // No unit in Settings: the one typed in the form stays for the next entry.
    let mut harness = Harness::with_options("da", "en", |_| {});
    harness.update(Message::Navigate(ScreenId::Log));
    for field in [
        Field::Unit("Borgerservice Amager".into()),
        Field::Channel(Channel::Phone),
        Field::Duration(DurationBucket::From15To30),
    ] {
        harness.update(Message::Log(Log::Form(Form::Edit(field))));
    }
    harness.update(Message::Log(Log::Form(Form::Save {
        next_citizen: false,
    })));
    assert_eq!(entries(&harness).len(), 1);
    let form = &harness.app.log().form;
    assert_eq!(form.unit, "Borgerservice Amager", "the unit is kept");
    assert_eq!(form.channel, Channel::Phone, "the last channel");
    assert_eq!(
        form.duration,
        DurationBucket::From15To30,
        "the last duration"
    );

    // The same after "save and next citizen", and after a restart (read from the log).
    harness.update(Message::Log(Log::Form(Form::Save { next_citizen: true })));
    assert_eq!(harness.app.log().form.unit, "Borgerservice Amager");
    harness.reopen();
    harness.update(Message::Navigate(ScreenId::Desk));
    harness.ctrl("b");
    let form = &harness.app.log().form;
    assert_eq!(
        form.unit, "Borgerservice Amager",
        "remembered across a restart"
    );
    assert_eq!(form.channel, Channel::Phone);
    assert_eq!(form.duration, DurationBucket::From15To30);
}

#[test]
fn same_as_last_entry_is_one_key() {
    let mut harness = harness();
    harness.update(Message::Navigate(ScreenId::Log));
    let catalogue = Catalogue::embedded();
    // Before any entry, the key says so next to the button.
    harness.ctrl("d");
    assert!(harness.shows(&catalogue.text(Locale::Da, "log-same-as-last-none")));

    for field in [
        Field::Channel(Channel::Video),
        Field::Language("uk".into()),
        Field::Interpreter(Interpreter::Video),
        Field::ToggleTopic("moving"),
        Field::Note("Hjalp med flytning".into()),
    ] {
        harness.update(Message::Log(Log::Form(Form::Edit(field))));
    }
    harness.update(Message::Log(Log::Form(Form::Save { next_citizen: true })));
    harness.keystrokes = 0;
    harness.ctrl("d");
    assert_eq!(harness.keystrokes, 1);
    let form = &harness.app.log().form;
    assert_eq!(form.channel, Channel::Video);
    assert_eq!(form.language, "uk");
    assert_eq!(form.interpreter, Interpreter::Video);
    assert_eq!(form.topics, ["moving"]);
    assert!(form.note.is_empty(), "a note belongs to one contact");
    assert_eq!(
        form.day,
        skranke::clock::format_day(skranke::clock::today())
    );
    assert!(!harness.shows(&catalogue.text(Locale::Da, "log-same-as-last-none")));
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    assert_eq!(entries(&harness).len(), 2);
}

#[test]
fn settings_refuses_an_empty_unit_with_a_message() {
    let mut harness = harness();
    harness.update(Message::Navigate(ScreenId::Settings));
    harness.update(Message::Settings(Settings::UnitEdited("   ".into())));
    harness.update(Message::Settings(Settings::SaveUnit));
    let catalogue = Catalogue::embedded();
    assert!(harness.shows(&catalogue.text(Locale::Da, "settings-unit-empty")));
    assert_eq!(harness.app.settings().unit, UNIT, "the unit is kept");
    assert_eq!(focused(&harness).as_deref(), Some("settings-unit"));
    // Typing again clears the message.
    harness.update(Message::Settings(Settings::UnitEdited("B".into())));
    assert!(!harness.shows(&catalogue.text(Locale::Da, "settings-unit-empty")));
}
