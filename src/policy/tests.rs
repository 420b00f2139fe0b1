use super::*;
use crate::settings::Settings;
use std::collections::BTreeSet;

const POLICY: &str = r#"
administered_by = "Borgerservice IT"

[defaults]
citizen_language = "ar"
theme = "high-contrast-light"
scale_percent = 150
backup_dir = "/srv/skranke-backups"

[locked]
unit = "Borgerservice Nørrebro"
scale_percent = 200
"#;

fn chosen(keys: &[Setting]) -> BTreeSet<Setting> {
    keys.iter().copied().collect()
}

#[test]
fn a_policy_reads_its_defaults_and_locks() {
    let loaded = Policy::parse(POLICY);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let policy = loaded.policy;
    assert_eq!(policy.administered_by.as_deref(), Some("Borgerservice IT"));
    assert_eq!(policy.defaults.citizen_language, Some(Locale::Ar));
    assert_eq!(policy.defaults.theme, Some(ThemeChoice::HighContrastLight));
    assert_eq!(
        policy.defaults.backup_dir,
        Some(PathBuf::from("/srv/skranke-backups"))
    );
    assert_eq!(
        policy.locked.unit.as_deref(),
        Some("Borgerservice Nørrebro")
    );
    assert!(policy.locks(Setting::Unit));
    assert!(policy.locks(Setting::Scale));
    assert!(!policy.locks(Setting::Theme));
}

#[test]
fn locked_beats_the_user_who_beats_the_policy_default_which_beats_built_in() {
    let policy = Policy::parse(POLICY).policy;
    let user = Settings {
        theme: ThemeChoice::Dark,
        scale_percent: 125,
        unit: "Enhed fra brugeren".into(),
        ..Settings::default()
    };
    let effective = resolve(
        &policy,
        &user,
        &chosen(&[Setting::Theme, Setting::Scale, Setting::Unit]),
        &Session::default(),
    );
    // Locked: the policy's, whatever the user chose.
    assert_eq!(effective.settings.unit, "Borgerservice Nørrebro");
    assert_eq!(effective.settings.scale_percent, 200);
    assert_eq!(effective.origins[&Setting::Unit], Origin::Locked);
    // The user's choice beats the policy default.
    assert_eq!(effective.settings.theme, ThemeChoice::Dark);
    assert_eq!(effective.origins[&Setting::Theme], Origin::User);
    // Not chosen: the policy default.
    assert_eq!(effective.settings.citizen_language, Locale::Ar);
    assert_eq!(
        effective.origins[&Setting::CitizenLanguage],
        Origin::PolicyDefault
    );
    // Neither: built in (the staff language follows the system).
    assert_eq!(effective.settings.staff_language, None);
    assert_eq!(effective.origins[&Setting::StaffLanguage], Origin::BuiltIn);
}

#[test]
fn a_value_the_user_never_chose_follows_the_policy_default() {
    let policy = Policy::parse(POLICY).policy;
    // The file holds the built-in theme, but the user never chose it (no field).
    let effective = resolve(
        &policy,
        &Settings::default(),
        &chosen(&[]),
        &Session::default(),
    );
    assert_eq!(effective.settings.theme, ThemeChoice::HighContrastLight);
    assert_eq!(effective.origins[&Setting::Theme], Origin::PolicyDefault);
}

#[test]
fn the_command_line_is_the_users_choice_for_a_session_but_not_over_a_lock() {
    let policy = Policy::parse("[locked]\nstaff_language = \"da\"\n").policy;
    let session = Session {
        staff_language: Some(Locale::Ar),
        citizen_language: Some(Locale::Ti),
        data_dir: None,
    };
    let user = Settings {
        citizen_language: Locale::Pl,
        ..Settings::default()
    };
    let effective = resolve(
        &policy,
        &user,
        &chosen(&[Setting::CitizenLanguage]),
        &session,
    );
    assert_eq!(effective.settings.staff_language, Some(Locale::Da));
    assert_eq!(effective.settings.citizen_language, Locale::Ti);
    assert_eq!(
        effective.origins[&Setting::CitizenLanguage],
        Origin::Session
    );
}

#[test]
fn folders_follow_the_same_order() {
    let system = PathBuf::from("/home/desk/.local/share/skranke");
    let asked = Session {
        data_dir: Some(PathBuf::from("/media/usb/skranke")),
        ..Session::default()
    };
    // Built in: the system's folder, backups inside it.
    let none = folders(&Policy::default(), &Session::default(), system.clone());
    assert_eq!(none.data_dir, system);
    assert_eq!(none.backup_dir, system.join("backups"));
    assert_eq!(none.data_origin, Origin::BuiltIn);
    // A policy default loses to --data-dir; its backup folder stays.
    let policy = Policy::parse(
        "[defaults]\ndata_dir = \"/srv/skranke\"\nbackup_dir = \"/mnt/share/backups\"\n",
    )
    .policy;
    let chosen_folder = folders(&policy, &asked, system.clone());
    assert_eq!(chosen_folder.data_dir, PathBuf::from("/media/usb/skranke"));
    assert_eq!(chosen_folder.data_origin, Origin::Session);
    assert_eq!(
        chosen_folder.backup_dir,
        PathBuf::from("/mnt/share/backups")
    );
    assert_eq!(chosen_folder.backup_origin, Origin::PolicyDefault);
    // A locked folder wins over --data-dir.
    let locked = Policy::parse("[locked]\ndata_dir = \"/srv/skranke\"\n").policy;
    let forced = folders(&locked, &asked, system);
    assert_eq!(forced.data_dir, PathBuf::from("/srv/skranke"));
    assert_eq!(forced.data_origin, Origin::Locked);
    assert_eq!(forced.backup_dir, PathBuf::from("/srv/skranke/backups"));
}

#[test]
fn fields_that_cannot_be_used_are_skipped_and_reported() {
    let loaded = Policy::parse(
        r#"
colour = "blue"
[defaults]
theme = "purple"
scale_percent = 130
data_dir = "relative/folder"
unit = "Ring 12345678"
citizen_language = "uk"
[locked]
font = "Comic"
"#,
    );
    assert_eq!(loaded.policy.defaults.citizen_language, Some(Locale::Uk));
    assert_eq!(loaded.policy.defaults.theme, None);
    assert_eq!(loaded.policy.defaults.scale_percent, None);
    assert_eq!(loaded.policy.defaults.data_dir, None);
    assert_eq!(
        loaded.policy.defaults.unit, None,
        "looks like a phone number"
    );
    let mut problems = loaded.problems;
    problems.sort_by_key(|p| format!("{p:?}"));
    assert_eq!(
        problems,
        [
            Problem::InvalidField("defaults.data_dir".into()),
            Problem::InvalidField("defaults.scale_percent".into()),
            Problem::InvalidField("defaults.theme".into()),
            Problem::InvalidField("defaults.unit".into()),
            Problem::UnknownField("colour".into()),
            Problem::UnknownField("locked.font".into()),
        ]
    );
}

#[test]
fn a_broken_file_gives_built_in_defaults_and_stays_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(FILE_NAME);
    let broken = b"[locked\nunit = \"Borgerservice";
    std::fs::write(&file, broken).unwrap();
    let loaded = Policy::load(dir.path());
    assert!(matches!(loaded.problems.as_slice(), [Problem::NotToml(_)]));
    assert_eq!(loaded.policy.defaults, Values::default());
    assert_eq!(loaded.policy.locked, Values::default());
    assert_eq!(loaded.policy.file.as_deref(), Some(file.as_path()));
    assert_eq!(std::fs::read(&file).unwrap(), broken);
}

#[test]
fn no_policy_folder_is_no_policy_and_no_problem() {
    let dir = tempfile::tempdir().unwrap();
    let loaded = Policy::load(&dir.path().join("nothing-here"));
    assert!(loaded.problems.is_empty());
    assert_eq!(loaded.policy.locked, Values::default());
}
