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

    /// Interface language for this session (da, en, ar, fa, ur, tr, so, pl, uk, ti).
    #[arg(long = "lang", value_name = "CODE")]
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
    /// Check every translation against the Danish master, and the readability of the Danish.
    ///
    /// Lists, for each language, the messages missing or extra compared with Danish and the
    /// variables that do not match, then the LIX (readability) of every Danish citizen text,
    /// principle summary and glossary explanation. Exits non-zero when Danish or English is
    /// incomplete or a group of Danish texts is above its LIX limit.
    CheckI18n,
}
