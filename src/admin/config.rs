//! `skranke config show`: every setting in use, its value and where it comes from, as TOML
//! with the origin in a comment, so IT can copy a line into `policy.toml`.

use super::{Desk, Exit};
use crate::i18n::negotiate;
use crate::paths::Paths;
use crate::policy::{Origin, Problem, Setting};
use std::fmt::Write as _;
use std::path::Path;

pub fn show(desk: &Desk) -> Exit {
    print!("{}", render(desk));
    Exit::Done
}

/// The report `show` prints.
pub fn render(desk: &Desk) -> String {
    let effective = desk.effective();
    let settings = &effective.settings;
    let folders = Paths::folders(desk.session.data_dir.clone(), &desk.policy.policy);
    let policy = &desk.policy.policy;
    let mut out = String::new();
    let policy_file = policy.file.as_deref().map(Path::display);
    let policy_state = if !desk.policy.problems.is_empty() {
        let problems: Vec<String> = desk
            .policy
            .problems
            .iter()
            .map(|problem| match problem {
                Problem::Unreadable(detail) => format!("unreadable: {detail}"),
                Problem::NotToml(detail) => format!("not TOML, ignored: {detail}"),
                Problem::UnknownField(key) => format!("unknown key {key}"),
                Problem::InvalidField(key) => format!("value of {key} not usable, skipped"),
            })
            .collect();
        format!("with problems: {}", problems.join("; "))
    } else if policy.file.as_deref().is_some_and(Path::is_file) {
        "in use".to_owned()
    } else {
        "not found".to_owned()
    };
    if let Some(file) = policy_file {
        writeln!(out, "# policy file: {file} ({policy_state})").expect("a String");
    }
    if let Some(who) = &policy.administered_by {
        writeln!(out, "# administered by: {who}").expect("a String");
    }
    let settings_file = desk.paths.settings_file();
    let settings_state = if settings_file.is_file() {
        "in use"
    } else {
        "not found"
    };
    writeln!(
        out,
        "# settings file: {} ({settings_state})",
        settings_file.display()
    )
    .expect("a String");
    let line = |out: &mut String, key: &str, value: toml::Value, origin: String| {
        writeln!(out, "{key} = {value}  # {origin}").expect("a String");
    };
    let origin = |setting: Setting| effective.origins[&setting].code().to_owned();
    let staff = settings
        .staff_language
        .unwrap_or_else(negotiate::from_os)
        .code();
    let staff_origin = match (
        settings.staff_language,
        effective.origins[&Setting::StaffLanguage],
    ) {
        (None, Origin::BuiltIn) => "built-in: the system's language".to_owned(),
        _ => origin(Setting::StaffLanguage),
    };
    line(&mut out, "staff_language", staff.into(), staff_origin);
    line(
        &mut out,
        "citizen_language",
        settings.citizen_language.code().into(),
        origin(Setting::CitizenLanguage),
    );
    line(
        &mut out,
        "theme",
        settings.theme.code().into(),
        origin(Setting::Theme),
    );
    line(
        &mut out,
        "scale_percent",
        i64::from(settings.scale_percent).into(),
        origin(Setting::Scale),
    );
    line(
        &mut out,
        "unit",
        settings.unit.clone().into(),
        origin(Setting::Unit),
    );
    line(
        &mut out,
        "data_dir",
        folders.data_dir.display().to_string().into(),
        folders.data_origin.code().to_owned(),
    );
    line(
        &mut out,
        "backup_dir",
        folders.backup_dir.display().to_string().into(),
        match folders.backup_origin {
            Origin::BuiltIn => "built-in: the data folder's backups".to_owned(),
            other => other.code().to_owned(),
        },
    );
    line(
        &mut out,
        "config_dir",
        desk.paths.config_dir.display().to_string().into(),
        "command line or system folder (not set by policy)".to_owned(),
    );
    let mut override_dirs = Vec::new();
    if let Some(dir) = &policy.dir {
        override_dirs.push(dir.join("i18n").display().to_string());
    }
    override_dirs.push(desk.paths.overrides_dir().display().to_string());
    writeln!(
        out,
        "# text overrides, later wins: {}",
        override_dirs.join(", ")
    )
    .expect("a String");
    out
}
