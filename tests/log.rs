//! Issue 5: the outreach log from the user's side, by keyboard.

mod support;

use iced::keyboard::{Key, Modifiers, key::Named};
use skranke::app::Message;
use skranke::content::principles::ItemId;
use skranke::outreach::{Channel, Interpreter};
use skranke::screen::ScreenId;
use skranke::screen::desk::Message as Desk;
use skranke::screen::log::form::{Field, Message as Form};
use skranke::screen::log::list::Message as List;
use skranke::screen::log::{Message as Log, Tab};
use skranke::screen::principles::Message as Principles;
use skranke::store::outreach::Filter;
use support::Harness;

fn harness() -> Harness {
    let mut harness = Harness::new();
    harness.update(Message::Settings(
        skranke::screen::settings::Message::UnitEdited("Borgerservice Nørrebro".into()),
    ));
    harness.update(Message::Settings(
        skranke::screen::settings::Message::SaveUnit,
    ));
    harness.run_tasks = true;
    harness
}

#[test]
fn a_visit_is_logged_with_the_keyboard_alone_and_found_in_the_list() {
    let mut harness = harness();
    // The visit: a topic shown on the desk, an item ticked on the checklist.
    harness.update(Message::Desk(Desk::ChooseLanguage(
        skranke::i18n::Locale::Ti,
    )));
    harness.update(Message::Desk(Desk::OpenTopic("digital")));
    harness.update(Message::Principles(Principles::ToggleVisitItem(
        ItemId::parse("1d.1").unwrap(),
    )));

    // Ctrl+4 opens the log with the form filled in from the visit; choose a phone interpreter
    // and save with Ctrl+Enter.
    harness.ctrl(&ScreenId::Log.shortcut_number().to_string());
    assert_eq!(harness.app.screen(), ScreenId::Log);
    harness.tab_to("log-interpreter-phone");
    harness.space();
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    assert!(harness.shows(&format!(
        "Gemt: besøg {}.",
        skranke::clock::format_day(skranke::clock::today())
    )));

    let page = harness.in_store(|s| s.page(&Filter::default(), None, 10));
    assert_eq!(page.entries.len(), 1);
    let entry = &page.entries[0];
    assert_eq!(entry.language, "ti");
    assert_eq!(entry.interpreter, Interpreter::Phone);
    assert_eq!(entry.channel, Channel::Desk);
    assert_eq!(entry.unit, "Borgerservice Nørrebro");
    assert_eq!(entry.topics, ["digital"]);
    assert_eq!(entry.principles, ["1d"]);
    assert!(!entry.training);

    // The list, by keyboard, shows it.
    harness.tab_to("log-tab-list");
    harness.space();
    assert_eq!(harness.app.log().tab(), Tab::List);
    assert!(harness.shows("1 registrering"));
    assert!(harness.shows(&format!(
        "{} · Skranke · ትግርኛ · Løst · 5–15 min. · Telefontolk",
        skranke::clock::format_day(entry.day)
    )));
}

#[test]
fn save_and_next_citizen_resets_the_visit() {
    let mut harness = harness();
    harness.update(Message::Desk(Desk::OpenTopic("welcome")));
    harness.ctrl(&ScreenId::Log.shortcut_number().to_string());
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL | Modifiers::SHIFT);
    assert!(
        harness.app.visit().is_empty(),
        "the visit is reset for the next citizen"
    );
    assert!(
        harness.app.log().form.topics.is_empty(),
        "the form is ready for the next citizen"
    );
    assert_eq!(harness.in_store(|s| s.count(&Filter::default())), 1);
}

#[test]
fn a_refused_note_is_explained_next_to_the_field_and_nothing_is_saved() {
    let mut harness = harness();
    harness.update(Message::Navigate(ScreenId::Log));
    harness.update(Message::Log(Log::Form(Form::Edit(Field::Note(
        "Ring til datteren på 20 30 40 50".into(),
    )))));
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    assert!(harness.shows("Teksten ligner et telefonnummer. Skriv aldrig, hvem borgeren er. En dato kan du skrive som 24.11.2025."));
    assert!(harness.shows("Registreringen er ikke gemt. Ret det, der står med rødt ved felterne."));
    assert_eq!(harness.in_store(|s| s.count(&Filter::default())), 0);
}

#[test]
fn training_entries_are_marked_and_kept_apart() {
    let mut harness = harness();
    harness.update(Message::Navigate(ScreenId::Log));
    harness.tab_to("log-training-mode");
    harness.space();
    assert!(harness.app.training_mode());
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    let page = harness.in_store(|s| s.page(&Filter::default(), None, 10));
    assert!(page.entries[0].training);
    let desk_only = Filter {
        training: skranke::store::outreach::Training::Exclude,
        ..Filter::default()
    };
    assert_eq!(harness.in_store(move |s| s.count(&desk_only)), 0);
    harness.update(Message::Log(Log::Tab(Tab::List)));
    assert!(harness.shows("TRÆNING"));
}

#[test]
fn an_entry_is_corrected_deleted_and_brought_back() {
    let mut harness = harness();
    harness.update(Message::Navigate(ScreenId::Log));
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    let id = harness
        .in_store(|s| s.page(&Filter::default(), None, 1))
        .entries[0]
        .id;

    harness.update(Message::Log(Log::Tab(Tab::List)));
    harness.tab_to(&format!("log-edit-{id}"));
    harness.enter();
    assert_eq!(harness.app.log().tab(), Tab::Entry);
    harness.tab_to("log-channel-phone");
    harness.space();
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    let entry = harness.in_store(move |s| s.entry(id)).unwrap();
    assert_eq!(entry.channel, Channel::Phone);
    assert_eq!(
        harness.in_store(|s| s.count(&Filter::default())),
        1,
        "corrected, not duplicated"
    );

    harness.tab_to(&format!("log-delete-{id}"));
    harness.enter();
    assert_eq!(harness.in_store(|s| s.count(&Filter::default())), 0);
    assert!(harness.shows("Registreringen er slettet. Du kan fortryde i 30 dage."));
    harness.tab_to("log-undo");
    harness.enter();
    assert_eq!(harness.in_store(|s| s.count(&Filter::default())), 1);
}

#[test]
fn the_list_filters_by_channel_language_and_pages_newest_first() {
    let mut harness = harness();
    harness.update(Message::Navigate(ScreenId::Log));
    for day in 1..=30 {
        harness.update(Message::Log(Log::Form(Form::Edit(Field::Day(format!(
            "{day:02}.03.2026"
        ))))));
        let channel = if day % 3 == 0 {
            Channel::Phone
        } else {
            Channel::Desk
        };
        harness.update(Message::Log(Log::Form(Form::Edit(Field::Channel(channel)))));
        harness.update(Message::Log(Log::Form(Form::Save {
            next_citizen: false,
        })));
    }
    harness.update(Message::Log(Log::Tab(Tab::List)));
    assert!(harness.shows("30 registreringer"));
    assert!(harness.shows("Side 1"));
    harness.tab_to("log-older");
    harness.enter();
    assert!(harness.shows("Side 2"));
    assert!(harness.shows("05.03.2026 · Skranke · English · Løst · 5–15 min."));
    harness.update(Message::Log(Log::List(List::FilterChannel(Some(
        Channel::Phone,
    )))));
    assert!(harness.shows("10 registreringer"));
    assert!(
        harness.shows("Side 1"),
        "a new filter starts on the first page"
    );
}

/// A typical entry from the log screen: phone, Arabic with a phone interpreter, a newcomer,
/// the topic "digital", saved with Ctrl+Enter. Before groups were one Tab stop (every option
/// its own stop) this took 51 key presses; now at most half.
#[test]
fn a_typical_entry_takes_at_most_half_the_keystrokes_it_took() {
    const BEFORE: usize = 51;
    let mut harness = harness();
    harness.update(Message::Navigate(ScreenId::Log));
    harness.keystrokes = 0;
    harness.tab_to("log-channel-phone");
    harness.tab_to("log-language-ar");
    harness.tab_to("log-interpreter-phone");
    harness.tab_to("log-group-newcomer");
    harness.space();
    harness.tab_to("log-topic-digital");
    harness.space();
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    let keystrokes = harness.keystrokes;
    let entry = harness
        .in_store(|s| s.page(&Filter::default(), None, 1))
        .entries
        .remove(0);
    assert_eq!(entry.channel, Channel::Phone);
    assert_eq!(entry.language, "ar");
    assert_eq!(entry.interpreter, Interpreter::Phone);
    assert_eq!(entry.groups, [skranke::outreach::Group::Newcomer]);
    assert_eq!(entry.topics, ["digital"]);
    println!("keystrokes for a typical entry: {keystrokes} (before: {BEFORE})");
    assert!(
        keystrokes * 2 <= BEFORE,
        "{keystrokes} key presses, before {BEFORE}"
    );
}

/// After an action the focus is on what the user acted on, never back on the navigation: the
/// form's first field after a save, the field in error after a refused save, the corrected
/// entry after an edit, the undo button after a delete, the entry again after undo.
#[test]
fn the_focus_lands_on_what_the_user_acted_on() {
    let focused = |harness: &Harness| harness.app.focused().map(|f| f.as_str().to_string());
    let mut harness = harness();
    harness.update(Message::Navigate(ScreenId::Log));
    harness.update(Message::Log(Log::Form(Form::Edit(Field::Note(
        "Ring til 20 30 40 50".into(),
    )))));
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    assert_eq!(focused(&harness).as_deref(), Some("log-note"), "refused");
    harness.update(Message::Log(Log::Form(Form::Edit(Field::Note(
        String::new(),
    )))));
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    assert_eq!(focused(&harness).as_deref(), Some("log-day"), "saved");

    let id = harness
        .in_store(|s| s.page(&Filter::default(), None, 1))
        .entries[0]
        .id;
    harness.update(Message::Log(Log::Tab(Tab::List)));
    harness.tab_to(&format!("log-edit-{id}"));
    harness.enter();
    harness.tab_to("log-channel-desk");
    harness.press(Key::Named(Named::ArrowDown), Modifiers::empty());
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    assert_eq!(harness.app.log().tab(), Tab::List);
    assert_eq!(
        focused(&harness),
        Some(format!("log-edit-{id}")),
        "back in the list, on the corrected entry"
    );

    harness.tab_to(&format!("log-delete-{id}"));
    harness.enter();
    assert_eq!(focused(&harness).as_deref(), Some("log-undo"), "deleted");
    harness.enter();
    assert_eq!(
        focused(&harness),
        Some(format!("log-edit-{id}")),
        "brought back"
    );
}

fn edit(harness: &mut Harness, field: Field) {
    harness.update(Message::Log(Log::Form(Form::Edit(field))));
}

fn inside(outer: iced::Rectangle, inner: iced::Rectangle) -> bool {
    inner.x >= outer.x - 0.5
        && inner.y >= outer.y - 0.5
        && inner.x + inner.width <= outer.x + outer.width + 0.5
        && inner.y + inner.height <= outer.y + outer.height + 0.5
}

/// Issue 17, point 3: a field's error is drawn inside the field's focus ring, right under it
/// (so scrolling the field into view shows it), and goes as soon as the field is fixed; the
/// line by the buttons goes with the last one.
#[test]
fn a_field_error_sits_by_its_field_and_goes_once_it_is_fixed() {
    const DAY_ERROR: &str = "Datoen kan ikke læses. Skriv den som 25.11.2026.";
    const UNIT_ERROR: &str = "Skriv enhedens navn.";
    const SUMMARY: &str = "Registreringen er ikke gemt. Ret det, der står med rødt ved felterne.";
    let focused = |harness: &Harness| harness.app.focused().map(|f| f.as_str().to_string());
    let mut harness = harness();
    harness.update(Message::Navigate(ScreenId::Log));
    edit(&mut harness, Field::Day("31.02.2026".into()));
    edit(&mut harness, Field::Unit("  ".into()));
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    assert!(harness.shows(DAY_ERROR) && harness.shows(UNIT_ERROR) && harness.shows(SUMMARY));
    assert_eq!(
        focused(&harness).as_deref(),
        Some("log-day"),
        "the first field in error"
    );
    let ring = harness.bounds_of_control("log-day").unwrap();
    let error = harness.bounds_of_text(DAY_ERROR).unwrap();
    assert!(
        inside(ring, error),
        "the day's error is in its ring: {ring:?} {error:?}"
    );
    let unit_ring = harness.bounds_of_control("log-unit").unwrap();
    assert!(inside(
        unit_ring,
        harness.bounds_of_text(UNIT_ERROR).unwrap()
    ));
    let refused = |harness: &Harness, id: &str| {
        harness
            .app
            .controls()
            .into_iter()
            .find(|c| c.id.as_str() == id)
            .and_then(|c| c.error)
    };
    assert_eq!(refused(&harness, "log-day").as_deref(), Some(DAY_ERROR));

    // Typing in the day does not add errors; a valid day takes its error away at once.
    edit(&mut harness, Field::Day("28.02.202".into()));
    assert!(harness.shows(DAY_ERROR), "still wrong");
    edit(&mut harness, Field::Day("28.02.2026".into()));
    assert!(!harness.shows(DAY_ERROR), "fixed: the error goes");
    assert_eq!(refused(&harness, "log-day"), None);
    assert!(
        harness.shows(UNIT_ERROR) && harness.shows(SUMMARY),
        "the unit is still empty"
    );
    edit(&mut harness, Field::Unit("Borgerservice Nørrebro".into()));
    assert!(!harness.shows(UNIT_ERROR) && !harness.shows(SUMMARY));

    // A unit refused for what it says is checked again as it is typed, too.
    edit(&mut harness, Field::Unit("Ring 20 30 40 50".into()));
    assert!(!harness.shows(SUMMARY), "no new error while typing");
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    assert!(harness.shows(SUMMARY));
    edit(&mut harness, Field::Unit("Borgerservice Nørrebro".into()));
    assert!(!harness.shows(SUMMARY));
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    assert_eq!(harness.in_store(|s| s.count(&Filter::default())), 1);
}

/// Issue 17, point 3: after a save the confirmation is just below the first field, where the
/// focus goes for the next entry; a second save replaces it instead of adding another. A
/// correction is confirmed on its card in the list, where the focus returns.
#[test]
fn a_confirmation_is_where_the_focus_lands_and_replaces_the_last_one() {
    let mut harness = harness();
    harness.update(Message::Navigate(ScreenId::Log));
    let today = skranke::clock::today();
    let yesterday = today.yesterday().unwrap();
    let saved = |day| format!("Gemt: besøg {}.", skranke::clock::format_day(day));
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    assert_eq!(harness.app.focused().unwrap().as_str(), "log-day");
    let confirmation = harness.bounds_of_text(&saved(today)).expect("confirmed");
    let day = harness.bounds_of_control("log-day").unwrap();
    let unit = harness.bounds_of_control("log-unit").unwrap();
    assert!(
        confirmation.y > day.y && confirmation.y < unit.y,
        "between the first field and the next: {day:?} {confirmation:?} {unit:?}"
    );
    // It stays while the next entry is only being looked at, and is replaced by the next save.
    edit(&mut harness, Field::Yesterday);
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    assert!(harness.shows(&saved(yesterday)));
    assert!(!harness.shows(&saved(today)), "one confirmation, not two");

    // A correction: confirmed on the corrected card, not on the form or at the top.
    let id = harness
        .in_store(|s| s.page(&Filter::default(), None, 1))
        .entries[0]
        .id;
    harness.update(Message::Log(Log::Tab(Tab::List)));
    harness.update(Message::Log(Log::List(List::Edit(id))));
    edit(&mut harness, Field::Channel(Channel::Phone));
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    assert_eq!(harness.app.log().tab(), Tab::List);
    let edit_button = harness
        .bounds_of_control(&format!("log-edit-{id}"))
        .unwrap();
    let entry = harness.in_store(move |s| s.entry(id)).unwrap();
    let confirmation = harness
        .bounds_of_text(&saved(entry.day))
        .expect("confirmed on the card");
    assert!(
        (confirmation.y - edit_button.y).abs() < 200.0,
        "by the corrected entry's buttons: {confirmation:?} {edit_button:?}"
    );
}

/// Issue 17, point 3: the note is a field of several lines whose text reads back whole; it
/// counts down as it is typed, warns in words before the limit and says how many are too many.
#[test]
fn the_note_counts_down_warns_and_keeps_its_lines() {
    use iced::widget::text_editor::{Action, Edit};
    let mut harness = harness();
    harness.update(Message::Navigate(ScreenId::Log));
    assert!(harness.shows("280 tegn tilbage af 280"));
    for c in "Hjalp".chars() {
        edit(&mut harness, Field::NoteEdit(Action::Edit(Edit::Insert(c))));
    }
    assert!(
        harness.shows("275 tegn tilbage af 280"),
        "counts down as it is typed"
    );
    edit(&mut harness, Field::NoteEdit(Action::Edit(Edit::Enter)));
    for c in "Digital Post".chars() {
        edit(&mut harness, Field::NoteEdit(Action::Edit(Edit::Insert(c))));
    }
    assert_eq!(harness.app.log().form.note, "Hjalp\nDigital Post");
    let note = harness.bounds_of_control("log-note").unwrap();
    let unit = harness.bounds_of_control("log-unit").unwrap();
    assert!(
        note.height > 2.5 * unit.height,
        "several lines show at once: {note:?} against a one-line field {unit:?}"
    );

    edit(&mut harness, Field::Note("a".repeat(255)));
    assert!(harness.shows("Næsten fuld: kun 25 tegn tilbage af 280."));
    edit(&mut harness, Field::Note("a".repeat(290)));
    assert!(harness.shows("10 tegn for meget. Noten må højst have 280 tegn."));
    let refused = harness
        .app
        .controls()
        .into_iter()
        .find(|c| c.id.as_str() == "log-note")
        .and_then(|c| c.error);
    assert!(
        refused.is_some(),
        "a screen reader hears the field is refused"
    );
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    assert_eq!(harness.in_store(|s| s.count(&Filter::default())), 0);

    edit(
        &mut harness,
        Field::Note("Første linje\nAnden linje".into()),
    );
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    let page = harness.in_store(|s| s.page(&Filter::default(), None, 1));
    assert_eq!(page.entries[0].note, "Første linje\nAnden linje");
}

/// Issue 17, point 3: leaving a correction resets the form: no error of the edit is left.
#[test]
fn cancelling_a_correction_resets_the_form_and_its_errors() {
    let mut harness = harness();
    harness.update(Message::Navigate(ScreenId::Log));
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    let id = harness
        .in_store(|s| s.page(&Filter::default(), None, 1))
        .entries[0]
        .id;
    harness.update(Message::Log(Log::Tab(Tab::List)));
    harness.update(Message::Log(Log::List(List::Edit(id))));
    edit(&mut harness, Field::Day("i går".into()));
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    assert!(harness.app.log().form.errors.day);
    harness.update(Message::Log(Log::Form(Form::CancelEdit)));
    harness.update(Message::Log(Log::Tab(Tab::Entry)));
    assert!(!harness.app.log().form.errors.any());
    assert!(!harness.shows("Datoen kan ikke læses. Skriv den som 25.11.2026."));
}

/// Issue 17, point 4: days as the staff language writes them: "25/11/2026" in English (the
/// field reads the Danish way too), "25.11.2026" in Danish.
#[test]
fn days_are_written_as_the_staff_language_writes_them() {
    let mut harness = Harness::with_options("en", "ar", |_| {});
    harness.update(Message::Settings(
        skranke::screen::settings::Message::UnitEdited("Borgerservice Nørrebro".into()),
    ));
    harness.update(Message::Settings(
        skranke::screen::settings::Message::SaveUnit,
    ));
    harness.update(Message::Navigate(ScreenId::Log));
    let today = skranke::clock::today();
    let english = skranke::i18n::format::day(skranke::i18n::Locale::En, today);
    assert_eq!(
        english,
        format!("{:02}/{:02}/{}", today.day(), today.month(), today.year())
    );
    assert_eq!(harness.app.log().form.day, english);
    assert!(harness.shows("Date (dd/mm/yyyy)"));
    edit(&mut harness, Field::Day("25.11.2026".into()));
    harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
    assert!(harness.shows("Saved: visit 25/11/2026."));
}

/// Issue 17, point 3: the other date fields of the log (the export's period, the list's
/// filter) lose their error as soon as they are fixed, too.
#[test]
fn the_export_and_filter_date_errors_go_once_fixed() {
    use skranke::screen::log::transfer::Message as Transfer;
    const RANGE: &str = "Skriv to gyldige datoer, den første før den sidste.";
    const DAY: &str = "Datoen kan ikke læses. Skriv den som 25.11.2026.";
    let mut harness = harness();
    harness.update(Message::Navigate(ScreenId::Log));
    harness.update(Message::Log(Log::Tab(Tab::Transfer)));
    harness.update(Message::Log(Log::Transfer(Transfer::ExportFrom(
        "31.12.2026".into(),
    ))));
    harness.update(Message::Log(Log::Transfer(Transfer::ExportTo(
        "01.01.2026".into(),
    ))));
    harness.update(Message::Log(Log::Transfer(Transfer::Export)));
    assert!(harness.shows(RANGE));
    harness.update(Message::Log(Log::Transfer(Transfer::ExportFrom(
        "01.01.202".into(),
    ))));
    assert!(harness.shows(RANGE), "still not a period");
    harness.update(Message::Log(Log::Transfer(Transfer::ExportFrom(
        "01.01.2026".into(),
    ))));
    assert!(!harness.shows(RANGE), "fixed: gone");

    harness.update(Message::Log(Log::Tab(Tab::List)));
    harness.update(Message::Log(Log::List(List::ToggleFilters)));
    harness.update(Message::Log(Log::List(List::FilterFrom("i går".into()))));
    harness.update(Message::Log(Log::List(List::ApplyDates)));
    assert!(harness.shows(DAY));
    harness.update(Message::Log(Log::List(List::FilterFrom(
        "01.11.2026".into(),
    ))));
    assert!(!harness.shows(DAY));
}
