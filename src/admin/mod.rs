//! The command line for IT and unit leads: what a scheduled task needs to collect and keep the
//! desks' logs (`skranke log export`, `log merge`, `backup`, `restore`, `indicators`), to see
//! the settings in use (`config show`), and to take translators' files out and in
//! (`l10n export`, `l10n import`). The same operations as the app, on the same files.
//!
//! Results are said on standard output, failures on standard error: a sentence in the staff
//! language (`--lang`, else the settings, else the system's), and IT's log line with the
//! system's own words. Exit codes, for scripts (also in docs/install.md):
//! - 0: done;
//! - 1: the operation failed (a file could not be read or written, the log could not be
//!   opened);
//! - 2: the command line is wrong (clap's own code);
//! - 3: refused: the input is not usable (a merge file with bad rows, not a Skranke backup, a
//!   period that ends before it starts, a translator's file with bad units, an unknown
//!   language), or the log is in use by Skranke for a restore.
//!   Nothing was changed.

mod config;
mod files;
mod indicators;
pub mod l10n;
mod log;

use crate::cli::{Cli, Command, ConfigCommand, L10nCommand, LogCommand, Period};
use crate::explain::{Explain, Words};
use crate::i18n::{Catalogue, Locale, Text, negotiate};
use crate::paths::Paths;
use crate::policy;
use crate::settings::Settings;
use std::process::ExitCode;

/// How a command ended, as its exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    Done = 0,
    Failed = 1,
    Refused = 3,
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        ExitCode::from(exit as u8)
    }
}

/// What every command may read: the folders, the policy, the settings in use, and the words.
pub struct Desk {
    pub paths: Paths,
    pub policy: policy::Loaded,
    /// The user's settings file as loaded.
    pub user: crate::settings::Loaded,
    pub session: policy::Session,
    pub catalogue: Catalogue,
    pub locale: Locale,
}

impl Desk {
    /// Everything from the command line, the policy and the settings file.
    pub fn new(cli: &Cli) -> Desk {
        let policy = cli.policy();
        let paths = cli.paths(&policy.policy);
        let user = Settings::load(&paths.settings_file());
        let session = policy::Session {
            staff_language: cli.staff_language.as_deref().and_then(Locale::from_tag),
            citizen_language: cli.citizen_language.as_deref().and_then(Locale::from_tag),
            data_dir: cli.data_dir.clone(),
        };
        let mut desk = Desk {
            paths,
            policy,
            user,
            session,
            catalogue: Catalogue::embedded(),
            locale: Locale::Da,
        };
        desk.locale = desk
            .effective()
            .settings
            .staff_language
            .unwrap_or_else(negotiate::from_os);
        desk
    }

    /// The settings in use, and where each comes from.
    pub fn effective(&self) -> policy::Effective {
        let chosen = self
            .user
            .present
            .iter()
            .filter_map(|key| policy::Setting::from_key(key))
            .collect();
        policy::resolve(
            &self.policy.policy,
            &self.user.settings,
            &chosen,
            &self.session,
        )
    }

    pub fn words(&self) -> Words<'_> {
        Words {
            i18n: &self.catalogue,
            locale: self.locale,
        }
    }

    pub fn tr(&self, text: impl Into<Text>) -> String {
        self.words().tr(text)
    }

    /// Says a failure: its sentence, and IT's log line with the system's words.
    fn failed(&self, area: &str, code: &str, error: &impl Explain) -> Exit {
        eprintln!("skranke: {}", error.sentence(&self.words()));
        crate::it_log::failure(area, code, &error.detail());
        Exit::Failed
    }

    /// Says that there is no log to read in the data folder.
    fn no_log(&self) -> Exit {
        let folder = self.paths.data_dir.display().to_string();
        eprintln!(
            "skranke: {}",
            self.tr(crate::i18n::msg!("cli-no-log", folder = folder))
        );
        Exit::Failed
    }

    /// Says why an input was refused.
    fn refused(&self, sentence: String) -> Exit {
        eprintln!("skranke: {sentence}");
        Exit::Refused
    }
}

/// Runs a command other than the GUI and `check-i18n`.
pub fn run(cli: &Cli, command: &Command) -> ExitCode {
    let desk = Desk::new(cli);
    crate::it_log::write_to(&desk.paths.it_log_file());
    let exit = match command {
        Command::CheckI18n => unreachable!("main runs check-i18n itself"),
        Command::Config(ConfigCommand::Show) => config::show(&desk),
        Command::Log(LogCommand::Export {
            period,
            include_training,
            output,
        }) => match desk.period(period) {
            Ok((from, to)) => log::export(&desk, from, to, *include_training, output.as_deref()),
            Err(exit) => exit,
        },
        Command::Log(LogCommand::Merge { files }) => log::merge(&desk, files),
        Command::Backup { output } => files::backup(&desk, output.as_deref()),
        Command::Restore { file } => files::restore(&desk, file),
        Command::L10n(L10nCommand::Export { language, file }) => {
            l10n::export(&desk, language, file)
        }
        Command::L10n(L10nCommand::Import { file, reviewer }) => {
            l10n::import(&desk, file, reviewer.as_deref())
        }
        Command::Indicators {
            period,
            unit,
            output,
        } => match desk.period(period) {
            Ok((from, to)) => indicators::write(&desk, from, to, unit.clone(), output.as_deref()),
            Err(exit) => exit,
        },
    };
    exit.into()
}

impl Desk {
    /// The period asked for: from the first of this year to today unless given.
    fn period(&self, period: &Period) -> Result<(jiff::civil::Date, jiff::civil::Date), Exit> {
        let today = crate::clock::today();
        let from = period.from.unwrap_or_else(|| today.first_of_year());
        let to = period.to.unwrap_or(today);
        if from > to {
            return Err(self.refused(self.tr(crate::i18n::msg!("export-range-invalid"))));
        }
        Ok((from, to))
    }
}
