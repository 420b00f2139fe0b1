//! The four palettes, the only place colours are defined, and the iced themes made from them.
//!
//! Views never name a colour: they ask `style` for a semantic style, which reads a palette.
//! [`Palette::text_pairs`] lists every text/background pair the styles use, so the contrast test
//! covers exactly what users see.

use super::contrast::contrast_ratio;
use crate::settings::ThemeChoice;
use iced::theme::palette::{self, Extended};
use iced::{Color, Theme};

/// Every colour role of a theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    /// Fluent id suffix and iced theme name.
    pub code: &'static str,
    pub high_contrast: bool,
    pub dark: bool,
    /// The window behind everything.
    pub background: Color,
    /// Cards and panes.
    pub surface: Color,
    /// Navigation and status bar.
    pub chrome: Color,
    /// Fill of a hovered secondary or navigation button.
    pub hover: Color,
    pub text: Color,
    /// Secondary text (hints, captions), still readable.
    pub text_muted: Color,
    pub primary: Color,
    pub on_primary: Color,
    /// Fill of a chosen option or the current screen in the navigation.
    pub selected: Color,
    pub on_selected: Color,
    /// Text buttons that behave like links.
    pub link: Color,
    pub error: Color,
    pub success: Color,
    /// A notice banner's fill and text.
    pub notice: Color,
    pub on_notice: Color,
    /// Outlines of controls and cards (non-text contrast ≥ 3:1).
    pub border: Color,
    /// The keyboard focus ring (≥ 3:1 against every surface it is drawn on).
    pub focus: Color,
}

const fn rgb(hex: u32) -> Color {
    Color::from_rgb8((hex >> 16) as u8, (hex >> 8) as u8, hex as u8)
}

pub const LIGHT: Palette = Palette {
    code: "light",
    high_contrast: false,
    dark: false,
    background: rgb(0xFFFFFF),
    surface: rgb(0xF4F6F8),
    chrome: rgb(0xEBEEF2),
    hover: rgb(0xDDE3EA),
    text: rgb(0x15191E),
    text_muted: rgb(0x4A5360),
    primary: rgb(0x0A5AA8),
    on_primary: rgb(0xFFFFFF),
    selected: rgb(0xD4E5F7),
    on_selected: rgb(0x0B2A4A),
    link: rgb(0x0A55A0),
    error: rgb(0xB42318),
    success: rgb(0x1B6B36),
    notice: rgb(0xFFF1C7),
    on_notice: rgb(0x3D2E00),
    border: rgb(0x6B7580),
    focus: rgb(0xB54708),
};

pub const DARK: Palette = Palette {
    code: "dark",
    high_contrast: false,
    dark: true,
    background: rgb(0x121418),
    surface: rgb(0x1B1F25),
    chrome: rgb(0x171A1F),
    hover: rgb(0x2A313A),
    text: rgb(0xEEF1F5),
    text_muted: rgb(0xB4BCC8),
    primary: rgb(0x7CB8FF),
    on_primary: rgb(0x0A1628),
    selected: rgb(0x2A4A70),
    on_selected: rgb(0xFFFFFF),
    link: rgb(0x8EC5FF),
    error: rgb(0xFF8A80),
    success: rgb(0x7DDC9A),
    notice: rgb(0x3A2F0B),
    on_notice: rgb(0xFFE9A8),
    border: rgb(0x7D8794),
    focus: rgb(0xFFB35C),
};

pub const HIGH_CONTRAST_DARK: Palette = Palette {
    code: "high-contrast-dark",
    high_contrast: true,
    dark: true,
    background: rgb(0x000000),
    surface: rgb(0x000000),
    chrome: rgb(0x000000),
    hover: rgb(0x262626),
    text: rgb(0xFFFFFF),
    text_muted: rgb(0xE6E6E6),
    primary: rgb(0xFFFF00),
    on_primary: rgb(0x000000),
    selected: rgb(0xFFFF00),
    on_selected: rgb(0x000000),
    link: rgb(0xFFFF00),
    error: rgb(0xFF7A7A),
    success: rgb(0x7CFC9A),
    notice: rgb(0xFFFF00),
    on_notice: rgb(0x000000),
    border: rgb(0xFFFFFF),
    focus: rgb(0x00E5FF),
};

pub const HIGH_CONTRAST_LIGHT: Palette = Palette {
    code: "high-contrast-light",
    high_contrast: true,
    dark: false,
    background: rgb(0xFFFFFF),
    surface: rgb(0xFFFFFF),
    chrome: rgb(0xFFFFFF),
    hover: rgb(0xE6E6E6),
    text: rgb(0x000000),
    text_muted: rgb(0x1A1A1A),
    primary: rgb(0x00007A),
    on_primary: rgb(0xFFFFFF),
    selected: rgb(0x000000),
    on_selected: rgb(0xFFFFFF),
    link: rgb(0x00007A),
    error: rgb(0xA00000),
    success: rgb(0x005A1E),
    notice: rgb(0xFFF0A0),
    on_notice: rgb(0x000000),
    border: rgb(0x000000),
    focus: rgb(0xC8102E),
};

/// The four concrete palettes.
pub const ALL: [&Palette; 4] = [&LIGHT, &DARK, &HIGH_CONTRAST_DARK, &HIGH_CONTRAST_LIGHT];

impl Palette {
    /// The palette for a choice; `System` follows the operating system's light or dark mode.
    pub fn for_choice(choice: ThemeChoice, system_is_dark: bool) -> &'static Palette {
        match choice {
            ThemeChoice::System if system_is_dark => &DARK,
            ThemeChoice::System | ThemeChoice::Light => &LIGHT,
            ThemeChoice::Dark => &DARK,
            ThemeChoice::HighContrastDark => &HIGH_CONTRAST_DARK,
            ThemeChoice::HighContrastLight => &HIGH_CONTRAST_LIGHT,
        }
    }

    /// Every (what, text colour, background colour) pair the styles draw text with.
    pub fn text_pairs(&self) -> Vec<(&'static str, Color, Color)> {
        let mut pairs = Vec::new();
        for (name, background) in [
            ("background", self.background),
            ("surface", self.surface),
            ("chrome", self.chrome),
        ] {
            for (what, text) in [
                ("text", self.text),
                ("text_muted", self.text_muted),
                ("link", self.link),
                ("error", self.error),
                ("success", self.success),
            ] {
                pairs.push((leak(format!("{what} on {name}")), text, background));
            }
        }
        pairs.push(("text on hover", self.text, self.hover));
        pairs.push(("on_primary on primary", self.on_primary, self.primary));
        pairs.push(("on_selected on selected", self.on_selected, self.selected));
        pairs.push(("on_notice on notice", self.on_notice, self.notice));
        pairs
    }

    /// Every (what, colour, neighbour) pair that must reach 3:1 as non-text contrast.
    pub fn non_text_pairs(&self) -> Vec<(&'static str, Color, Color)> {
        let mut pairs = Vec::new();
        for (name, background) in [
            ("background", self.background),
            ("surface", self.surface),
            ("chrome", self.chrome),
            ("hover", self.hover),
        ] {
            pairs.push((
                leak(format!("focus ring on {name}")),
                self.focus,
                background,
            ));
        }
        for (name, background) in [("background", self.background), ("surface", self.surface)] {
            pairs.push((leak(format!("border on {name}")), self.border, background));
        }
        pairs.push(("meter fill on background", self.primary, self.background));
        pairs.push(("check mark on its box", self.on_primary, self.primary));
        pairs
    }

    /// The smallest contrast text may have in this theme.
    pub fn minimum_text_contrast(&self) -> f64 {
        if self.high_contrast { 7.0 } else { 4.5 }
    }

    /// The iced theme, so widgets without a Skranke style still use this palette.
    pub fn iced_theme(&'static self) -> Theme {
        let base = palette::Palette {
            background: self.background,
            text: self.text,
            primary: self.primary,
            success: self.success,
            warning: self.notice,
            danger: self.error,
        };
        Theme::custom_with_fn(self.code, base, move |base| {
            let mut extended = Extended::generate(base);
            extended.is_dark = self.dark;
            extended.background.weak = palette::Pair {
                color: self.surface,
                text: self.text,
            };
            extended.background.strong = palette::Pair {
                color: self.border,
                text: self.text,
            };
            extended.primary.base = palette::Pair {
                color: self.primary,
                text: self.on_primary,
            };
            extended
        })
    }

    /// Contrast of a pair, for tests and the About screen.
    pub fn contrast(a: Color, b: Color) -> f64 {
        contrast_ratio(a, b)
    }
}

/// Pair names are built once per call in tests; leaking keeps the API simple and is bounded.
fn leak(name: String) -> &'static str {
    Box::leak(name.into_boxed_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_pair_meets_its_theme_minimum() {
        let mut failures = Vec::new();
        for palette in ALL {
            for (what, text, background) in palette.text_pairs() {
                let ratio = contrast_ratio(text, background);
                if ratio < palette.minimum_text_contrast() {
                    failures.push(format!("{}: {what} is {ratio:.2}:1", palette.code));
                }
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn high_contrast_text_reaches_seven_to_one() {
        for palette in [&HIGH_CONTRAST_DARK, &HIGH_CONTRAST_LIGHT] {
            assert!(palette.high_contrast);
            for (what, text, background) in palette.text_pairs() {
                assert!(
                    contrast_ratio(text, background) >= 7.0,
                    "{}: {what}",
                    palette.code
                );
            }
        }
    }

    #[test]
    fn focus_ring_and_borders_reach_three_to_one() {
        for palette in ALL {
            for (what, color, neighbour) in palette.non_text_pairs() {
                let ratio = contrast_ratio(color, neighbour);
                assert!(ratio >= 3.0, "{}: {what} is {ratio:.2}:1", palette.code);
            }
        }
    }

    #[test]
    fn system_choice_follows_the_os() {
        assert_eq!(Palette::for_choice(ThemeChoice::System, true).code, "dark");
        assert_eq!(
            Palette::for_choice(ThemeChoice::System, false).code,
            "light"
        );
        assert_eq!(
            Palette::for_choice(ThemeChoice::HighContrastLight, true).code,
            "high-contrast-light"
        );
    }
}
