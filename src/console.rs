//! On Windows `skranke.exe` is a GUI program (`windows_subsystem = "windows"` in `main.rs`), so
//! Windows opens no console window beside it, and gives it none: whatever it prints would be
//! lost. When it is started to print (a subcommand, `--help`, `--version`, a mistyped option,
//! the start-up benchmark's figure), it attaches to the console of the program that started
//! it, such as cmd.exe or PowerShell, so the text appears there.
//!
//! The GUI alone stays detached: a process attached to a console is ended when that console
//! closes or gets Ctrl+C, which must not take an open Skranke window with it.
//!
//! Elsewhere this does nothing.

use crate::cli::Cli;
use clap::Parser;

/// Attaches to the parent's console if this command line will print something. Call it first
/// in `main`, before `Cli::parse`, which prints help and errors itself.
pub fn attach_when_printing() {
    // The command line is parsed twice (here and in `main`): clap's help and errors are
    // printed inside `Cli::parse`, so the console must be there before it runs.
    if cfg!(windows) && prints(Cli::try_parse()) {
        attach_to_parent();
    }
}

/// Whether the run will print: clap's help, version or error, a subcommand, the benchmark.
fn prints(parsed: Result<Cli, clap::Error>) -> bool {
    match parsed {
        Err(_) => true,
        Ok(cli) => cli.command.is_some() || cli.exit_after_first_frame,
    }
}

#[cfg(not(windows))]
fn attach_to_parent() {}

#[cfg(windows)]
fn attach_to_parent() {
    use windows_sys::Win32::Foundation::{
        ERROR_ACCESS_DENIED, GENERIC_READ, GENERIC_WRITE, GetLastError, HANDLE,
        INVALID_HANDLE_VALUE,
    };
    use windows_sys::Win32::Storage::FileSystem::{
        CreateFileW, FILE_ATTRIBUTE_NORMAL, FILE_SHARE_READ, FILE_SHARE_WRITE, OPEN_EXISTING,
    };
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_OUTPUT_HANDLE,
        SetStdHandle,
    };

    let usable = |handle: HANDLE| !handle.is_null() && handle != INVALID_HANDLE_VALUE;
    // SAFETY: the only pointers passed are the NUL-terminated name below, which outlives the
    // call, and nulls where the API takes them; the handles returned are only checked and
    // stored as the process's standard handles.
    unsafe {
        // Output the parent redirected to a file or a pipe arrives as handles: keep it.
        if usable(GetStdHandle(STD_OUTPUT_HANDLE)) && usable(GetStdHandle(STD_ERROR_HANDLE)) {
            return;
        }
        // Fails when there is no parent console (started from Explorer or a shortcut): then
        // there is nobody to print to, and the text is dropped as before. "Access denied"
        // means the process has a console already (Wine gives a GUI child its parent's), but
        // perhaps no standard handles on it: those are filled below.
        if AttachConsole(ATTACH_PARENT_PROCESS) == 0 && GetLastError() != ERROR_ACCESS_DENIED {
            return;
        }
        // Windows normally fills the empty standard handles when attaching; if it did not,
        // they are pointed at the console's screen buffer here. Rust's standard library asks
        // for the handle on every write, so `print!` then reaches the console.
        let name: Vec<u16> = "CONOUT$\0".encode_utf16().collect();
        for id in [STD_OUTPUT_HANDLE, STD_ERROR_HANDLE] {
            if usable(GetStdHandle(id)) {
                continue;
            }
            let console = CreateFileW(
                name.as_ptr(),
                GENERIC_READ | GENERIC_WRITE,
                FILE_SHARE_READ | FILE_SHARE_WRITE,
                std::ptr::null(),
                OPEN_EXISTING,
                FILE_ATTRIBUTE_NORMAL,
                std::ptr::null_mut(),
            );
            if usable(console) {
                SetStdHandle(id, console);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("skranke").chain(args.iter().copied()))
    }

    #[test]
    fn the_gui_alone_stays_detached() {
        assert!(!prints(parse(&[])));
        assert!(!prints(parse(&["--lang", "en"])));
    }

    #[test]
    fn printing_runs_attach() {
        assert!(prints(parse(&["check-i18n"])));
        assert!(prints(parse(&["--exit-after-first-frame"])));
        assert!(prints(parse(&["--help"])));
        assert!(prints(parse(&["--version"])));
        assert!(prints(parse(&["--no-such-option"])));
    }
}
