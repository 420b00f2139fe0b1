//! The bundled fonts' files and which characters they can draw.
//!
//! Skranke draws text only with the fonts in `assets/fonts/` (no system fonts), so a character
//! none of them has would show as an empty box. The guard refuses such characters in free text
//! before they are stored ([`crate::guard`]); `ui::fonts` hands the same bytes to iced.
//!
//! The fonts' character maps are read the first time a text is checked, not at start-up.

use std::sync::LazyLock;

/// Every bundled font file, regular and bold (Noto, SIL OFL 1.1).
pub const FILES: [&[u8]; 8] = [
    include_bytes!("../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../assets/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../assets/fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../assets/fonts/NotoSansArabic-Bold.ttf"),
    include_bytes!("../assets/fonts/NotoNastaliqUrdu-Regular.ttf"),
    include_bytes!("../assets/fonts/NotoNastaliqUrdu-Bold.ttf"),
    include_bytes!("../assets/fonts/NotoSansEthiopic-Regular.ttf"),
    include_bytes!("../assets/fonts/NotoSansEthiopic-Bold.ttf"),
];

/// The regular faces: the bold ones cover the same characters.
static FACES: LazyLock<Vec<ttf_parser::Face<'static>>> = LazyLock::new(|| {
    FILES
        .iter()
        .step_by(2)
        .filter_map(|bytes| ttf_parser::Face::parse(bytes, 0).ok())
        .collect()
});

/// Can Skranke draw `c`? True when a bundled font has a glyph for it, and for characters that
/// are never drawn (line breaks, joiners, direction marks, variation selectors): the shaper
/// leaves those out instead of drawing a box.
pub fn drawable(c: char) -> bool {
    c.is_control() || never_drawn(c) || FACES.iter().any(|face| face.glyph_index(c).is_some())
}

/// The first character of `text` Skranke cannot draw: its position (1-based, in characters)
/// and the character.
pub fn first_undrawable(text: &str) -> Option<(usize, char)> {
    text.chars()
        .enumerate()
        .find(|(_, c)| !drawable(*c))
        .map(|(index, c)| (index + 1, c))
}

/// Unicode's default-ignorable code points: invisible, and skipped by the shaper.
fn never_drawn(c: char) -> bool {
    matches!(
        u32::from(c),
        0x00AD
            | 0x034F
            | 0x061C
            | 0x115F..=0x1160
            | 0x17B4..=0x17B5
            | 0x180B..=0x180F
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x206F
            | 0x3164
            | 0xFE00..=0xFE0F
            | 0xFEFF
            | 0xFFA0
            | 0xFFF0..=0xFFF8
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0000..=0xE0FFF
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_staff_and_citizen_scripts_are_drawable() {
        for text in [
            "Ærø, Åbenrå og Øster Søgade: 12,5 % – «citat» … 1.250 kr. € §",
            "مرحبا بكم في خدمة المواطنين",
            "خوش آمدید",
            "Вітаємо",
            "Hoş geldiniz, şimdi ğ ı İ",
            "Żółć gęślą jaźń",
            "እንኳዕ ብደሓን መጻእኩም",
            "Soo dhawoow",
            "linje ét\nlinje to\tmed tabulator",
            "\u{200F}\u{2066}80 30 20 20\u{2069}",
        ] {
            assert_eq!(first_undrawable(text), None, "{text:?}");
        }
    }

    #[test]
    fn emoji_and_symbols_no_font_has_are_found_with_their_place() {
        assert_eq!(first_undrawable("Godt møde 😀"), Some((11, '😀')));
        assert_eq!(first_undrawable("👍"), Some((1, '👍')));
        assert_eq!(first_undrawable("漢字"), Some((1, '漢')));
        assert!(!drawable('\u{1F600}'));
    }
}
