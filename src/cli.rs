//! The command line.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Desk companion for equal treatment at Copenhagen's citizen-service desks.
///
/// Without a subcommand, Skranke opens its window: checklists of the principles for equal
/// treatment, plain-language information for citizens in ten languages beside Danish,
/// high-contrast and large-text modes, and a local log of the outreach done. It works offline
/// and never uses the network.
///
/// Settings and the user's own texts are kept in the configuration folder (on Linux
/// ~/.config/skranke); the outreach database, its backups and skranke.log, the failure log for
/// IT, in the data folder (~/.local/share/skranke). The About screen shows both.
#[derive(Debug, Parser)]
#[command(name = "skranke", version)]
pub struct Cli {
    /// Folder for settings and text overrides (portable installs, tests).
    #[arg(long, env = "SKRANKE_CONFIG_DIR", value_name = "DIR", global = true)]
    pub config_dir: Option<PathBuf>,

    /// Folder for the outreach database and backups.
    #[arg(long, env = "SKRANKE_DATA_DIR", value_name = "DIR", global = true)]
    pub data_dir: Option<PathBuf>,

    /// Folder of the machine-wide policy.toml and text overrides [default: /etc/skranke on
    /// Linux, %ProgramData%\Skranke on Windows, /Library/Application Support/Skranke on macOS].
    #[arg(long, env = "SKRANKE_POLICY_DIR", value_name = "DIR", global = true)]
    pub policy_dir: Option<PathBuf>,

    /// Interface language for this session (da, en, ar, fa, ur, tr, so, pl, uk, ti); also the
    /// language of the commands' messages.
    #[arg(long = "lang", value_name = "CODE", global = true)]
    pub staff_language: Option<String>,

    /// Citizen language to start with, one of the same codes.
    #[arg(long = "citizen-lang", value_name = "CODE")]
    pub citizen_language: Option<String>,

    /// Start-up benchmark: print the milliseconds to the first drawn frame, then exit.
    #[arg(long, hide = true)]
    pub exit_after_first_frame: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check every translation against the Danish master, and the readability and sources of
    /// the Danish.
    ///
    /// Lists, for each language, the messages missing or extra compared with Danish and the
    /// variables that do not match; then the LIX (readability) of every Danish citizen text, the
    /// notice on unreviewed translations, principle summary and glossary explanation; jargon in
    /// that notice; and the source comment of every Danish citizen section (a web page, and the
    /// day it was checked). Exits non-zero when Danish or English is incomplete, a Danish text
    /// or group is above its LIX limit, the notice uses jargon, or a section lacks a web page
    /// or a valid day (YYYY-MM-DD, not after today). A day more than 12 months ago is only a
    /// warning.
    CheckI18n,
    /// The settings in use and where each comes from.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// The outreach log: export it, or merge other desks' logs into it.
    #[command(subcommand)]
    Log(LogCommand),
    /// Copy the outreach log to a backup file (SQLite), as the app's daily backup does.
    Backup {
        /// Where to write the backup [default: a dated file in the backup folder].
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Replace the outreach log with a backup. The log it replaces is kept beside it.
    Restore {
        /// The backup file (SQLite) to restore.
        file: PathBuf,
    },
    /// Translations: a language's texts out as XLIFF 1.2 for a translation tool, and the
    /// translator's file back in.
    #[command(subcommand)]
    L10n(L10nCommand),
    /// The unit's equality indicators for a period, as CSV (the tables the app shows), or as an
    /// Excel workbook when the output's name ends in .xlsx.
    Indicators {
        #[command(flatten)]
        period: Period,
        /// Only this unit's entries [default: every unit in the log].
        #[arg(long, value_name = "NAME")]
        unit: Option<String>,
        /// Where to write the CSV, or a workbook for NAME.xlsx [default: standard output, CSV
        /// with the columns' codes].
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print every setting in use, its value and where it comes from: the machine-wide policy
    /// (locked or default), the user's settings, the command line, or built in.
    Show,
}

#[derive(Debug, Subcommand)]
pub enum LogCommand {
    /// Export the log's entries in a period as CSV, with its codebook beside the file, or as an
    /// Excel workbook with the codebook on a second sheet when the output's name ends in .xlsx.
    Export {
        #[command(flatten)]
        period: Period,
        /// Include entries marked as training.
        #[arg(long)]
        include_training: bool,
        /// Where to write the CSV (for a spreadsheet in the command's language); the codebook
        /// goes beside it as NAME-codebook.csv. NAME.xlsx: a workbook [default: standard output,
        /// CSV with the columns' codes, without codebook].
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Merge other desks' exports (CSV) or logs (SQLite) into this log: all files or none;
    /// entries already in the log are skipped, so merging twice adds nothing.
    Merge {
        /// The files to merge.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum L10nCommand {
    /// Write one language's texts as an XLIFF 1.2 file for a translation tool (memoQ, Trados,
    /// Phrase, OmegaT, Weblate).
    ///
    /// One unit per text, plural form and attribute: the Danish source, the language's current
    /// text (with the override files applied, as the app shows it), its state (machine
    /// translation, translated, or checked by a translator, with who and when), and notes (the
    /// text's id, its topic, the sources of its facts, its character limit). Codes such as
    /// { $date } are protected inline codes. See docs/translating.md.
    Export {
        /// The language: ar, fa, ur, tr, so, pl, uk, ti or en.
        #[arg(value_name = "LANGUAGE")]
        language: String,
        /// The XLIFF file to write.
        file: PathBuf,
    },
    /// Check a translated XLIFF file and, only if every unit is right, write its texts into
    /// the override folder (CONFIG/i18n/LANGUAGE/).
    ///
    /// The whole file is checked first: well-formed XML, XLIFF 1.2, a known language, known
    /// ids, the same codes and variables as the Danish text, valid Fluent. With any problem
    /// nothing is written and every bad unit is listed (exit code 3). Otherwise the texts that
    /// differ from Skranke's own are written as override files, and review.toml records which
    /// texts a translator has translated or checked (state signed-off). The previous files
    /// are copied to CONFIG/i18n-backup/LANGUAGE-TIME/ first.
    Import {
        /// The XLIFF 1.2 file from the translation tool.
        file: PathBuf,
        /// Who checked the units marked signed-off [default: the contact-name of each unit's
        /// phase in the file].
        #[arg(long, value_name = "NAME")]
        reviewer: Option<String>,
    },
}

/// A period of days, both included.
#[derive(Debug, Clone, clap::Args)]
pub struct Period {
    /// First day, YYYY-MM-DD [default: the first day of this year].
    #[arg(long, value_name = "DATE")]
    pub from: Option<jiff::civil::Date>,
    /// Last day, YYYY-MM-DD [default: today].
    #[arg(long, value_name = "DATE")]
    pub to: Option<jiff::civil::Date>,
}

impl Cli {
    /// The machine-wide policy, from `--policy-dir` or the system's policy folder.
    pub fn policy(&self) -> crate::policy::Loaded {
        let dir = self
            .policy_dir
            .clone()
            .unwrap_or_else(crate::policy::machine_dir);
        crate::policy::Policy::load(&dir)
    }

    /// The folders, under `policy`.
    pub fn paths(&self, policy: &crate::policy::Policy) -> crate::paths::Paths {
        crate::paths::Paths::with_policy(self.config_dir.clone(), self.data_dir.clone(), policy)
    }
}
