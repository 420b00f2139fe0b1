//! The gallery: PNGs of every screen in every theme, in da, en and ar, and at 200 %, written to
//! `target/gallery/` to be looked at. It also checks that every screen renders everywhere.

mod support;

use skranke::app::Message;
use skranke::screen::ScreenId;
use skranke::screen::settings::Change;
use skranke::settings::ThemeChoice;
use support::{Harness, gallery_dir};

const THEMES: [ThemeChoice; 4] = [
    ThemeChoice::Light,
    ThemeChoice::Dark,
    ThemeChoice::HighContrastDark,
    ThemeChoice::HighContrastLight,
];

fn shoot(staff: &str, theme: ThemeChoice, scale: u16, screen: ScreenId) {
    let mut harness = Harness::with_options(staff, "ar", |_| {});
    harness.update(Message::Settings(
        skranke::screen::settings::Message::Change(Change::Theme(theme)),
    ));
    harness.update(Message::Settings(
        skranke::screen::settings::Message::Change(Change::Scale(scale)),
    ));
    harness.update(Message::Navigate(screen));
    let name = format!("{}-{}-{staff}-{scale}.png", screen.code(), theme.code());
    harness.snapshot(&gallery_dir().join(name));
}

#[test]
fn every_screen_in_every_theme() {
    for screen in ScreenId::ALL {
        for theme in THEMES {
            shoot("da", theme, 100, screen);
        }
    }
}

#[test]
fn every_screen_in_english_and_arabic() {
    for screen in ScreenId::ALL {
        shoot("en", ThemeChoice::Light, 100, screen);
        shoot("ar", ThemeChoice::Light, 100, screen);
        shoot("ar", ThemeChoice::HighContrastDark, 100, screen);
    }
}

#[test]
fn every_screen_at_200_percent() {
    for screen in ScreenId::ALL {
        shoot("da", ThemeChoice::Light, 200, screen);
        shoot("da", ThemeChoice::HighContrastDark, 200, screen);
        shoot("ar", ThemeChoice::HighContrastLight, 200, screen);
    }
}
