//! The command line.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Skranke: equal treatment in daily practice at Copenhagen's citizen-service desks.
#[derive(Debug, Parser)]
#[command(name = "skranke", version, about)]
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

    /// Citizen language to start with.
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
    /// Check every translation against the Danish master: missing and extra messages,
    /// variable mismatches. Exits non-zero when Danish or English is incomplete.
    CheckI18n,
}
