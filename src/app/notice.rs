//! One-line notices at the top of the window: what went wrong at start or on save, in words.

use crate::export::SaveError;
use crate::i18n::msg;
use crate::policy;
use crate::screen::Context;
use crate::screen::problem::Explain;
use crate::settings::Problem;
use crate::store::{OpenError, StoreError};

/// Something the user should know, shown once until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The settings file had problems; defaults are used where needed. The file is unchanged.
    Settings(Vec<Problem>),
    /// The database is not in use.
    Store(OpenError),
    /// The self-assessment could not be read from the log.
    Assessments(StoreError),
    /// A language asked for on the command line does not exist.
    UnknownLocale(String),
    /// Some override files were not used (details on the About screen).
    OverridesRejected(usize),
    /// Saving the settings failed.
    SettingsNotSaved(SaveError),
    /// The machine-wide policy file had problems; what could not be used is skipped. The file
    /// is unchanged.
    Policy(Vec<policy::Problem>),
    /// The user tried to change a setting the machine-wide policy locks.
    SettingLocked(policy::Setting),
}

impl Notice {
    /// The notice as one sentence in the staff language.
    pub fn text(&self, ctx: &Context) -> String {
        match self {
            Notice::Settings(problems) => settings_text(ctx, problems),
            Notice::Store(error) => {
                ctx.tr(msg!("notice-store", problem = error.sentence(&ctx.words())))
            }
            Notice::Assessments(error) => {
                ctx.tr(msg!("notice-store", problem = error.sentence(&ctx.words())))
            }
            Notice::UnknownLocale(tag) => ctx.tr(msg!("notice-unknown-locale", tag = tag.as_str())),
            Notice::OverridesRejected(count) => ctx.tr(msg!("notice-overrides", count = *count)),
            Notice::SettingsNotSaved(error) => ctx.tr(msg!(
                "notice-save-failed",
                reason = ctx.tr(crate::screen::problem::save_reason(error))
            )),
            Notice::Policy(problems) => policy_text(ctx, problems),
            Notice::SettingLocked(_) => ctx.tr(msg!(
                "notice-setting-locked",
                who = crate::screen::settings::administrator(ctx)
            )),
        }
    }

    /// The system's own words behind the notice, for its details (empty if none).
    pub fn detail(&self) -> String {
        match self {
            Notice::Settings(problems) => problems
                .iter()
                .filter_map(|p| match p {
                    Problem::NotToml(detail) | Problem::Unreadable(detail) => Some(detail.as_str()),
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join(" "),
            Notice::Store(error) => error.detail(),
            Notice::Assessments(error) => error.detail(),
            Notice::SettingsNotSaved(error) => error.detail().to_string(),
            Notice::Policy(problems) => problems
                .iter()
                .filter_map(|p| match p {
                    policy::Problem::NotToml(detail) | policy::Problem::Unreadable(detail) => {
                        Some(detail.as_str())
                    }
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join(" "),
            Notice::UnknownLocale(_) | Notice::OverridesRejected(_) | Notice::SettingLocked(_) => {
                String::new()
            }
        }
    }
}

fn settings_text(ctx: &Context, problems: &[Problem]) -> String {
    if problems
        .iter()
        .any(|p| matches!(p, Problem::NotToml(_) | Problem::Unreadable(_)))
    {
        return ctx.tr(msg!("notice-settings-unreadable"));
    }
    let fields: Vec<&str> = problems
        .iter()
        .filter_map(|p| match p {
            Problem::UnknownField(f) | Problem::InvalidField(f) => Some(f.as_str()),
            _ => None,
        })
        .collect();
    ctx.tr(msg!("notice-settings-fields", fields = fields.join(", ")))
}

fn policy_text(ctx: &Context, problems: &[policy::Problem]) -> String {
    let file = ctx
        .policy
        .file
        .as_deref()
        .map(crate::paths::display)
        .unwrap_or_default();
    if problems.iter().any(|p| {
        matches!(
            p,
            policy::Problem::NotToml(_) | policy::Problem::Unreadable(_)
        )
    }) {
        return ctx.tr(msg!("notice-policy-unreadable", file = file));
    }
    let fields: Vec<&str> = problems
        .iter()
        .filter_map(|p| match p {
            policy::Problem::UnknownField(f) | policy::Problem::InvalidField(f) => Some(f.as_str()),
            _ => None,
        })
        .collect();
    ctx.tr(msg!(
        "notice-policy-fields",
        file = file,
        fields = fields.join(", ")
    ))
}
