//! Skranke: an offline desk companion for Copenhagen's citizen-service staff.
//!
//! The crate is a library (everything testable) with a thin binary in `main.rs`. The layers:
//! `content`, `i18n` and `store` know nothing of iced; `ui` holds the look and the keyboard
//! model; `screen` holds one module per screen; `app` ties them together.

pub mod a11y;
pub mod admin;
pub mod app;
pub mod atomic_file;
pub mod cli;
pub mod clock;
pub mod console;
pub mod content;
pub mod explain;
pub mod export;
pub mod glyphs;
pub mod guard;
pub mod i18n;
pub mod it_log;
pub mod l10n;
pub mod outreach;
pub mod paths;
pub mod policy;
pub mod private;
pub mod screen;
pub mod settings;
pub mod store;
pub mod ui;
pub mod visit;
pub mod window_place;

pub use app::App;

/// The application id: the desktop file's name, the window's X11 class and Wayland app id, the
/// AppStream id, the macOS bundle id.
pub const APP_ID: &str = "dk.kk.Skranke";

/// iced settings for headless tests. Loads the bundled fonts (once) and makes Noto Sans the
/// default font.
pub fn iced_settings() -> iced::Settings {
    ui::fonts::load();
    iced_settings_fonts_loaded_by_caller()
}

/// iced settings that make Noto Sans the default font, leaving [`ui::fonts::load`] to the
/// caller, which must finish before the first view is built: `main`'s boot loads the fonts on
/// another thread while iced opens the window, and `App::view` waits for them.
pub fn iced_settings_fonts_loaded_by_caller() -> iced::Settings {
    iced::Settings {
        default_font: ui::fonts::LATIN,
        ..iced::Settings::default()
    }
}
