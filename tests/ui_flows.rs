//! UI flows driven like a user would: keyboard and clicks on a headless app.

mod support;

use iced::keyboard::{Key, Modifiers, key::Named};
use skranke::app::Message;
use skranke::i18n::Locale;
use skranke::screen::ScreenId;
use skranke::settings::{Settings, ThemeChoice};
use skranke::ui::focus::ControlId;
use support::{Harness, WINDOW, simulator};

#[test]
fn every_screen_can_be_visited_from_the_navigation_and_by_shortcut() {
    let mut harness = Harness::new();
    for screen in ScreenId::ALL {
        // By mouse: click the navigation entry.
        let label = harness
            .app
            .controls()
            .into_iter()
            .find(|c| c.id == screen.nav_control())
            .unwrap()
            .label;
        let messages: Vec<Message> = {
            let mut ui = simulator(&harness.app, WINDOW);
            ui.click(label.as_str())
                .expect("the navigation entry is on screen");
            ui.into_messages().collect()
        };
        for message in messages {
            harness.update(message);
        }
        assert_eq!(harness.app.screen(), screen);
    }
    for screen in ScreenId::ALL {
        harness.ctrl(&screen.shortcut_number().to_string());
        assert_eq!(harness.app.screen(), screen);
        // The focus is on the screen's first control (About has none: its navigation entry).
        let controls = harness.app.controls();
        let first = controls
            .iter()
            .find(|c| !matches!(c.role, skranke::ui::focus::Role::NavItem { .. }))
            .map(|c| c.id.clone());
        let expected = first.unwrap_or(screen.nav_control());
        let focused = harness.app.focused().cloned().unwrap();
        let same_group = |a: &ControlId, b: &ControlId| {
            let group = |id: &ControlId| {
                controls
                    .iter()
                    .find(|c| &c.id == id)
                    .and_then(|c| c.group.clone())
            };
            group(a).is_some() && group(a) == group(b)
        };
        assert!(
            focused == expected || same_group(&focused, &expected),
            "{screen:?}: focus on {focused:?}, first control {expected:?}"
        );
    }
}

#[test]
fn tab_goes_through_every_stop_of_settings_and_back_with_shift_tab() {
    use skranke::ui::focus::Role;
    let mut harness = Harness::new();
    harness.update(Message::Navigate(ScreenId::Settings));
    // A group of options is one stop, entered at its chosen option; every other control is one.
    let controls = harness.app.controls();
    let mut stops: Vec<ControlId> = Vec::new();
    let mut groups_seen = Vec::new();
    for control in &controls {
        match &control.group {
            None => stops.push(control.id.clone()),
            Some(member) if !groups_seen.contains(&member.group) => {
                groups_seen.push(member.group.clone());
                let chosen = controls
                    .iter()
                    .filter(|c| c.group.as_ref() == Some(member))
                    .find(|c| matches!(c.role, Role::Radio { selected: true }))
                    .unwrap_or(control);
                stops.push(chosen.id.clone());
            }
            Some(_) => {}
        }
    }
    assert_eq!(
        groups_seen.len(),
        5,
        "languages, languages, theme, scale, the translator's language"
    );
    let start = harness.app.focused().cloned().unwrap();
    let start_index = stops.iter().position(|c| *c == start).unwrap();
    for step in 1..=stops.len() {
        harness.tab();
        let expected = &stops[(start_index + step) % stops.len()];
        assert_eq!(
            harness.app.focused(),
            Some(expected),
            "after {step} Tab presses"
        );
    }
    harness.shift_tab();
    assert_eq!(
        harness.app.focused(),
        Some(&stops[(start_index + stops.len() - 1) % stops.len()])
    );
}

#[test]
fn arrows_move_inside_a_group_mirrored_in_right_to_left_and_choose_in_a_form() {
    use iced::keyboard::{Key, Modifiers, key::Named};
    for (staff, forward) in [("da", Named::ArrowRight), ("ar", Named::ArrowLeft)] {
        let mut harness = Harness::with_options(staff, "en", |_| {});
        harness.update(Message::Navigate(ScreenId::Log));
        harness.tab_to("log-channel-desk");
        harness.press(Key::Named(forward), Modifiers::empty());
        assert_eq!(
            harness.app.focused().map(ControlId::as_str),
            Some("log-channel-phone")
        );
        assert_eq!(
            harness.app.log().form.channel,
            skranke::outreach::Channel::Phone,
            "in a form's radio group the choice follows the focus"
        );
        harness.press(Key::Named(Named::End), Modifiers::empty());
        assert_eq!(
            harness.app.focused().map(ControlId::as_str),
            Some("log-channel-outreach-event")
        );
        harness.press(Key::Named(Named::Home), Modifiers::empty());
        assert_eq!(
            harness.app.log().form.channel,
            skranke::outreach::Channel::Desk
        );
        // Tab leaves the group for the next stop: the citizen language, at its choice.
        harness.tab();
        assert_eq!(
            harness.app.focused().map(ControlId::as_str),
            Some("log-language-en")
        );
    }
}

#[test]
fn a_setting_is_changed_by_keyboard_alone_and_saved() {
    let mut harness = Harness::new();
    harness.ctrl(&ScreenId::Settings.shortcut_number().to_string());
    harness.tab_to("settings-theme-high-contrast-dark");
    harness.space();
    assert_eq!(harness.app.settings().theme, ThemeChoice::HighContrastDark);
    assert_eq!(harness.app.palette().code, "high-contrast-dark");

    harness.tab_to("settings-scale-150");
    harness.enter();
    assert_eq!(harness.app.settings().scale_percent, 150);

    let saved = Settings::load(&harness.paths.settings_file());
    assert!(saved.problems.is_empty());
    assert_eq!(saved.settings.theme, ThemeChoice::HighContrastDark);
    assert_eq!(saved.settings.scale_percent, 150);
}

#[test]
fn both_languages_switch_instantly_and_independently() {
    let mut harness = Harness::new();
    harness.update(Message::Navigate(ScreenId::Settings));
    assert!(harness.shows("Indstillinger"));
    harness.tab_to("settings-staff-en");
    harness.space();
    assert_eq!(harness.app.staff_language(), Locale::En);
    assert!(
        harness.shows("Settings"),
        "the interface is in English at once"
    );
    assert_eq!(harness.app.settings().citizen_language, Locale::En);

    harness.tab_to("settings-citizen-ti");
    harness.space();
    assert_eq!(harness.app.settings().citizen_language, Locale::Ti);
    assert_eq!(
        harness.app.staff_language(),
        Locale::En,
        "the staff language stays"
    );
    assert!(
        harness.shows("ትግርኛ"),
        "the status line names the citizen language in its own script"
    );
}

#[test]
fn ctrl_l_cycles_the_recent_citizen_languages() {
    let mut harness = Harness::new();
    harness.update(Message::Navigate(ScreenId::Settings));
    for code in ["uk", "ar", "ti"] {
        harness.tab_to(&format!("settings-citizen-{code}"));
        harness.space();
    }
    assert_eq!(harness.app.settings().citizen_language, Locale::Ti);
    harness.ctrl("l");
    assert_eq!(harness.app.settings().citizen_language, Locale::Ar);
    harness.ctrl("l");
    assert_eq!(harness.app.settings().citizen_language, Locale::Uk);
}

#[test]
fn ctrl_plus_minus_and_zero_scale_the_whole_ui() {
    let mut harness = Harness::new();
    harness.ctrl("+");
    harness.ctrl("+");
    assert_eq!(harness.app.settings().scale_percent, 150);
    assert!((harness.app.scale_factor() - 1.5).abs() < f32::EPSILON);
    harness.ctrl("-");
    assert_eq!(harness.app.settings().scale_percent, 125);
    for _ in 0..10 {
        harness.ctrl("+");
    }
    assert_eq!(harness.app.settings().scale_percent, 200);
    harness.ctrl("0");
    assert_eq!(harness.app.settings().scale_percent, 100);
}

#[test]
fn escape_returns_focus_to_the_navigation_and_f6_jumps_between_regions() {
    let mut harness = Harness::new();
    harness.update(Message::Navigate(ScreenId::Settings));
    harness.tab_to("settings-theme-dark");
    harness.press(Key::Named(Named::Escape), Modifiers::empty());
    assert_eq!(
        harness.app.focused(),
        Some(&ScreenId::Settings.nav_control())
    );
    harness.press(Key::Named(Named::F6), Modifiers::empty());
    assert_eq!(
        harness.app.focused().map(ControlId::as_str),
        Some("settings-staff-da")
    );
    harness.press(Key::Named(Named::F6), Modifiers::empty());
    assert_eq!(
        harness.app.focused(),
        Some(&ScreenId::Settings.nav_control())
    );
}

#[test]
fn the_unit_is_typed_and_saved() {
    let mut harness = Harness::new();
    harness.update(Message::Navigate(ScreenId::Settings));
    let field = ControlId::new("settings-unit");
    let messages: Vec<Message> = {
        // A tall window, so the field is on screen without scrolling.
        let mut ui = simulator(&harness.app, iced::Size::new(1024.0, 3000.0));
        ui.click(field.input_id())
            .expect("the unit field is on screen");
        ui.typewrite("Borgerservice Nørrebro");
        ui.tap_key(Key::Named(Named::Enter));
        ui.into_messages().collect()
    };
    for message in messages {
        harness.update(message);
    }
    harness.tab_to("settings-unit-save");
    harness.enter();
    assert_eq!(harness.app.settings().unit, "Borgerservice Nørrebro");
    assert_eq!(
        Settings::load(&harness.paths.settings_file()).settings.unit,
        "Borgerservice Nørrebro"
    );
}

#[test]
fn the_focus_ring_is_drawn_where_the_focus_is() {
    // The ring is part of the semantic description too: the focused control is one the
    // screen describes, and it is on screen.
    let mut harness = Harness::new();
    harness.update(Message::Navigate(ScreenId::Settings));
    harness.tab_to("settings-theme-light");
    let controls = harness.app.controls();
    assert!(
        controls
            .iter()
            .any(|c| Some(&c.id) == harness.app.focused())
    );
    let mut ui = simulator(&harness.app, WINDOW);
    assert!(
        ui.find(ControlId::new("settings-theme-light").widget_id())
            .is_ok()
    );
}

#[test]
fn ctrl_l_with_one_language_used_so_far_opens_the_card_and_arrows_move_between_its_tiles() {
    let mut harness = Harness::new();
    harness.ctrl("l");
    assert!(harness.app.card_open(), "nothing to cycle through yet");
    assert_eq!(
        harness.app.focused().map(ControlId::as_str),
        Some("card-en"),
        "on the language in use"
    );
    harness.press(Key::Named(Named::ArrowRight), Modifiers::empty());
    assert_eq!(
        harness.app.focused().map(ControlId::as_str),
        Some("card-ar")
    );
    assert!(harness.app.card_open(), "moving does not choose");
    harness.press(Key::Named(Named::Enter), Modifiers::empty());
    assert!(!harness.app.card_open());
    assert_eq!(harness.app.settings().citizen_language, Locale::Ar);
}

/// Opening a detail puts the focus in it; closing it (its back button or Esc) puts the focus
/// back on the entry that opened it; paging keeps it on the button that pages. Never into
/// nowhere, never back on the navigation.
#[test]
fn opening_and_closing_a_detail_keeps_the_focus_on_what_was_acted_on() {
    let focused = |harness: &Harness| harness.app.focused().map(|f| f.as_str().to_string());
    let mut harness = Harness::new();
    harness.ctrl("1");
    harness.tab_to("topic-welcome");
    harness.enter();
    assert_eq!(
        focused(&harness).as_deref(),
        Some("desk-back"),
        "topic opened"
    );
    harness.tab_to("desk-next");
    harness.enter();
    assert_eq!(focused(&harness).as_deref(), Some("desk-next"), "paged on");
    harness.press(Key::Named(Named::Escape), Modifiers::empty());
    assert_eq!(
        focused(&harness).as_deref(),
        Some("topic-rights"),
        "Esc: back on the topic just read"
    );
    harness.tab_to("desk-sources");
    harness.enter();
    assert_eq!(focused(&harness).as_deref(), Some("sources-back"));
    harness.enter();
    assert_eq!(focused(&harness).as_deref(), Some("desk-sources"));

    harness.ctrl("2");
    harness.tab_to("principle-1b");
    harness.enter();
    let opened = focused(&harness).expect("a control of the principle has the focus");
    assert!(
        !opened.starts_with("nav-") && opened != "principle-1b",
        "{opened}"
    );
    harness.press(Key::Named(Named::Escape), Modifiers::empty());
    assert_eq!(focused(&harness).as_deref(), Some("principle-1b"));

    harness.ctrl("6");
    harness.tab_to("presentation-start");
    harness.enter();
    assert_eq!(focused(&harness).as_deref(), Some("presentation-next"));
    harness.press(Key::Named(Named::Escape), Modifiers::empty());
    assert_eq!(focused(&harness).as_deref(), Some("presentation-start"));
}
