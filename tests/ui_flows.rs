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
        assert_eq!(harness.app.focused(), Some(&screen.nav_control()));
    }
}

#[test]
fn tab_goes_through_every_control_of_settings_and_back_with_shift_tab() {
    let mut harness = Harness::new();
    harness.update(Message::Navigate(ScreenId::Settings));
    let controls: Vec<ControlId> = harness.app.controls().into_iter().map(|c| c.id).collect();
    let start = harness.app.focused().cloned().unwrap();
    let start_index = controls.iter().position(|c| *c == start).unwrap();
    for step in 1..=controls.len() {
        harness.tab();
        let expected = &controls[(start_index + step) % controls.len()];
        assert_eq!(
            harness.app.focused(),
            Some(expected),
            "after {step} Tab presses"
        );
    }
    harness.shift_tab();
    assert_eq!(
        harness.app.focused(),
        Some(&controls[(start_index + controls.len() - 1) % controls.len()])
    );
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
