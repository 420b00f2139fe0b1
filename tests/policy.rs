//! The machine-wide policy in the app: what IT presets and locks reaches the desk, the Settings
//! screen shows a locked setting as locked and says who decides it, a change of it is refused
//! with a notice, and a broken policy file leaves the app on its defaults, with a notice, and the
//! file as it was.

mod support;

use skranke::app::{Message, Notice};
use skranke::policy::Setting;
use skranke::screen::ScreenId;
use skranke::screen::settings::{Change, Message as Settings};
use skranke::settings::ThemeChoice;
use support::Harness;

const POLICY: &str = r#"
administered_by = "Borgerservice IT"
[defaults]
theme = "high-contrast-light"
[locked]
unit = "Borgerservice Amager"
scale_percent = 150
"#;

#[test]
fn presets_and_locks_reach_the_desk() {
    let harness = Harness::with_policy("da", "en", Some(POLICY), |_| {});
    let settings = harness.app.settings();
    assert_eq!(settings.unit, "Borgerservice Amager");
    assert_eq!(settings.scale_percent, 150);
    assert_eq!(settings.theme, ThemeChoice::HighContrastLight);
    assert!(
        harness.app.notices().is_empty(),
        "{:?}",
        harness.app.notices()
    );
}

#[test]
fn settings_show_a_locked_setting_and_who_decides_it() {
    let mut harness = Harness::with_policy("da", "en", Some(POLICY), |_| {});
    harness.update(Message::Navigate(ScreenId::Settings));
    assert!(harness.shows("Låst: Borgerservice Amager"));
    assert!(harness.shows("Låst: 150 %"));
    assert!(harness.shows(
        "Denne indstilling bestemmes af Borgerservice IT. Spørg dem, hvis den skal ændres."
    ));
    // The theme is only preset: its choices are offered.
    assert!(harness.shows("Høj kontrast, lyst"));
    // Tall enough for the whole page at the locked 150 %.
    harness.snapshot_sized(
        &support::gallery_dir().join("settings-locked-by-policy.png"),
        iced::Size::new(1024.0, 3600.0),
    );
}

#[test]
fn a_change_of_a_locked_setting_is_refused_and_not_saved() {
    let mut harness = Harness::with_policy("da", "en", Some(POLICY), |_| {});
    harness.update(Message::Settings(Settings::Change(Change::Scale(200))));
    assert_eq!(harness.app.settings().scale_percent, 150);
    assert_eq!(
        harness.app.notices(),
        [Notice::SettingLocked(Setting::Scale)]
    );
    assert!(harness.shows("Den indstilling er låst. Den bestemmes af Borgerservice IT."));
    // Ctrl+plus, the keyboard's way to the same change, is refused the same way.
    harness.ctrl("+");
    assert_eq!(harness.app.settings().scale_percent, 150);
    assert!(!harness.paths.settings_file().exists(), "nothing was saved");
}

#[test]
fn a_preset_the_user_never_touched_follows_the_policy_after_other_changes() {
    let mut harness = Harness::with_policy("da", "en", Some(POLICY), |_| {});
    harness.update(Message::Settings(Settings::Change(
        Change::CitizenLanguage(skranke::i18n::Locale::Ar),
    )));
    let saved = std::fs::read_to_string(harness.paths.settings_file()).unwrap();
    assert!(saved.contains("citizen_language = \"ar\""), "{saved}");
    assert!(
        !saved.contains("theme"),
        "the theme was never chosen:\n{saved}"
    );
    assert!(!saved.contains("unit"), "the unit is locked:\n{saved}");
    harness.reopen();
    assert_eq!(harness.app.settings().theme, ThemeChoice::HighContrastLight);
}

#[test]
fn the_users_choice_wins_over_a_preset() {
    let mut harness = Harness::with_policy("da", "en", Some(POLICY), |_| {});
    harness.update(Message::Settings(Settings::Change(Change::Theme(
        ThemeChoice::Dark,
    ))));
    harness.reopen();
    assert_eq!(harness.app.settings().theme, ThemeChoice::Dark);
}

#[test]
fn a_broken_policy_leaves_the_defaults_with_a_notice_and_the_file_as_it_was() {
    let broken = "[locked\nunit = \"Borgerservice";
    let harness = Harness::with_policy("da", "en", Some(broken), |_| {});
    assert_eq!(harness.app.settings().unit, "");
    assert!(
        matches!(harness.app.notices(), [Notice::Policy(_)]),
        "{:?}",
        harness.app.notices()
    );
    let file = harness.policy.policy.file.clone().unwrap();
    assert!(harness.shows(&format!(
        "Computerens fælles indstillinger fra IT ({}) kunne ikke bruges, så Skrankes egne standarder gælder. Filen er ikke ændret.",
        skranke::paths::display(&file)
    )));
    assert_eq!(std::fs::read_to_string(file).unwrap(), broken);
}

#[test]
fn machine_wide_texts_are_used_and_the_users_own_win() {
    let harness = Harness::with_policy("da", "en", Some(""), |paths| {
        let machine = paths.config_dir.parent().unwrap().join("policy/i18n/da");
        std::fs::create_dir_all(&machine).unwrap();
        std::fs::write(
            machine.join("ui.ftl"),
            "settings-title = Indstillinger for skranken\nsettings-theme = Farver\n",
        )
        .unwrap();
        let own = paths.overrides_dir().join("da");
        std::fs::create_dir_all(&own).unwrap();
        std::fs::write(own.join("ui.ftl"), "settings-theme = Mine farver\n").unwrap();
    });
    let mut harness = harness;
    harness.update(Message::Navigate(ScreenId::Settings));
    assert!(harness.shows("Indstillinger for skranken"));
    assert!(harness.shows("Mine farver"));
}

#[test]
fn locked_settings_in_arabic_high_contrast_at_200_percent_are_shown_and_read_out_in_arabic() {
    let policy = "administered_by = \"Borgerservice IT\"\n[locked]\ntheme = \"high-contrast-dark\"\nscale_percent = 200\nunit = \"Borgerservice Amager\"\n";
    let mut harness = Harness::with_policy("ar", "en", Some(policy), |_| {});
    harness.update(Message::Navigate(ScreenId::Settings));
    // Tall enough for the whole page at 200 %.
    harness.snapshot_sized(
        &support::gallery_dir().join("settings-locked-ar-high-contrast-200.png"),
        iced::Size::new(1024.0, 5600.0),
    );
    // A screen reader gets the same: each locked value and who decides it, as text in Arabic.
    let built = support::accessibility(&harness.app);
    let arabic_runs: Vec<String> = built
        .update
        .nodes
        .iter()
        .filter(|(_, node)| {
            node.role() == accesskit::Role::TextRun && node.language() == Some("ar")
        })
        .filter_map(|(_, node)| node.value().map(str::to_string))
        .collect();
    for expected in [
        vec!["مقفل", "Borgerservice Amager"],
        vec!["مقفل", "200 %"],
        vec!["يحدد هذا الإعداد", "Borgerservice IT"],
    ] {
        assert!(
            arabic_runs
                .iter()
                .any(|run| expected.iter().all(|part| run.contains(part))),
            "no Arabic text run with {expected:?} in {arabic_runs:#?}"
        );
    }
}
