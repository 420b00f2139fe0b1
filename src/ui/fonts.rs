//! The bundled fonts (Noto, SIL OFL 1.1; licence in `assets/fonts/OFL.txt`).
//!
//! Bundled so that Arabic, Persian, Urdu, Tigrinya (Ethiopic) and Ukrainian (Cyrillic) render
//! the same on every machine, with no dependence on what the operating system has installed.

use crate::i18n::Locale;
use iced::font::{Font, Weight};
use iced::widget::text::LineHeight;
use std::borrow::Cow;

const FILES: [&[u8]; 8] = [
    include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSansArabic-Bold.ttf"),
    include_bytes!("../../assets/fonts/NotoNastaliqUrdu-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoNastaliqUrdu-Bold.ttf"),
    include_bytes!("../../assets/fonts/NotoSansEthiopic-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSansEthiopic-Bold.ttf"),
];

/// Latin, Greek and Cyrillic; the app's default font.
pub const LATIN: Font = Font::with_name("Noto Sans");
const ARABIC: Font = Font::with_name("Noto Sans Arabic");
const URDU: Font = Font::with_name("Noto Nastaliq Urdu");
const ETHIOPIC: Font = Font::with_name("Noto Sans Ethiopic");

/// Every bundled font file, to load at start.
pub fn all() -> Vec<Cow<'static, [u8]>> {
    FILES.iter().map(|bytes| Cow::Borrowed(*bytes)).collect()
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
