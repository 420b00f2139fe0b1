//! The bundled fonts (Noto, SIL OFL 1.1; licence in `assets/fonts/OFL.txt`); the files are
//! `crate::glyphs::FILES`.
//!
//! Bundled so that Arabic, Persian, Urdu, Tigrinya (Ethiopic) and Ukrainian (Cyrillic) render
//! the same on every machine, with no dependence on what the operating system has installed.

use crate::i18n::Locale;
use iced::advanced::graphics::text::cosmic_text::fontdb;
use iced::advanced::graphics::text::font_system;
use iced::font::{Font, Weight};
use iced::widget::text::LineHeight;
use std::sync::{Arc, Once};

/// Latin, Greek and Cyrillic; the app's default font.
pub const LATIN: Font = Font::with_name("Noto Sans");
const ARABIC: Font = Font::with_name("Noto Sans Arabic");
const URDU: Font = Font::with_name("Noto Nastaliq Urdu");
const ETHIOPIC: Font = Font::with_name("Noto Sans Ethiopic");

/// Loads every bundled font into iced's font system, once per process.
///
/// The fonts are handed over as `'static` slices of the binary instead of through
/// `iced::Settings::fonts`, which copies each file onto the heap (about 4 MB).
pub fn load() {
    static LOADED: Once = Once::new();
    LOADED.call_once(|| {
        let mut system = font_system()
            .write()
            .expect("the font system lock is not poisoned");
        let database = system.raw().db_mut();
        for bytes in crate::glyphs::FILES {
            database.load_font_source(fontdb::Source::Binary(Arc::new(bytes)));
        }
    });
}

/// The font for text in `locale`: Arabic script for ar and fa, Nastaliq for Urdu (the style
/// Urdu readers expect), Ethiopic for Tigrinya, Noto Sans for the rest.
pub fn for_locale(locale: Locale) -> Font {
    match locale {
        Locale::Ar | Locale::Fa => ARABIC,
        Locale::Ur => URDU,
        Locale::Ti => ETHIOPIC,
        Locale::Da | Locale::En | Locale::Tr | Locale::So | Locale::Pl | Locale::Uk => LATIN,
    }
}

/// Line height for text in `locale`: Nastaliq stacks letters diagonally and needs more room.
pub fn line_height(locale: Locale) -> LineHeight {
    match locale {
        Locale::Ur => LineHeight::Relative(2.0),
        Locale::Ar | Locale::Fa => LineHeight::Relative(1.6),
        _ => LineHeight::Relative(1.4),
    }
}

pub fn bold(font: Font) -> Font {
    Font {
        weight: Weight::Bold,
        ..font
    }
}
