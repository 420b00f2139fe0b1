//! Semantic styles: views ask for "a primary button" or "a card", never for a colour.
//!
//! Every function takes the active [`Palette`] and returns the closure iced wants. Colour is
//! never the only cue: chosen options also get a marker and bold text (see `widget`), the focus
//! ring is a thick outline, and errors come with words.

use super::theme::Palette;
use iced::widget::{button, container, text};
use iced::{Background, Border, Color, Shadow, Theme};

const RADIUS: f32 = 6.0;
/// Width of the focus ring; thick enough to see from a step back (WCAG 2.4.13 asks ≥ 2 px).
pub const FOCUS_RING_WIDTH: f32 = 3.0;

fn border(color: Color, width: f32) -> Border {
    Border {
        color,
        width,
        radius: RADIUS.into(),
    }
}

pub mod buttons {
    use super::*;

    /// A button that cannot be pressed now (Previous on the first slide): no fill and no
    /// outline, so it no longer looks like a button whatever the colours, and muted text.
    fn disabled(p: &'static Palette) -> button::Style {
        button::Style {
            background: None,
            text_color: p.text_muted,
            border: border(Color::TRANSPARENT, 0.0),
            shadow: Shadow::default(),
            snap: true,
        }
    }

    /// The main action of a view.
    pub fn primary(p: &'static Palette) -> impl Fn(&Theme, button::Status) -> button::Style {
        move |_, status| {
            if status == button::Status::Disabled {
                return disabled(p);
            }
            let hovered = matches!(status, button::Status::Hovered | button::Status::Pressed);
            button::Style {
                background: Some(Background::Color(p.primary)),
                text_color: p.on_primary,
                border: border(if hovered { p.text } else { p.primary }, 2.0),
                shadow: Shadow::default(),
                snap: true,
            }
        }
    }

    /// Every other action: outlined, quiet.
    pub fn secondary(p: &'static Palette) -> impl Fn(&Theme, button::Status) -> button::Style {
        move |_, status| {
            if status == button::Status::Disabled {
                return disabled(p);
            }
            let fill = match status {
                button::Status::Hovered | button::Status::Pressed => p.hover,
                _ => p.surface,
            };
            button::Style {
                background: Some(Background::Color(fill)),
                text_color: p.text,
                border: border(p.border, 1.0),
                shadow: Shadow::default(),
                snap: true,
            }
        }
    }

    /// An option of a group, or a navigation entry: filled when chosen.
    pub fn option(
        p: &'static Palette,
        chosen: bool,
    ) -> impl Fn(&Theme, button::Status) -> button::Style {
        move |_, status| {
            let hovered = matches!(status, button::Status::Hovered | button::Status::Pressed);
            let (fill, text_color) = match (chosen, hovered) {
                (true, _) => (Some(p.selected), p.on_selected),
                (false, true) => (Some(p.hover), p.text),
                (false, false) => (None, p.text),
            };
            button::Style {
                background: fill.map(Background::Color),
                text_color,
                // No border at all when not chosen: an invisible one is still drawn, and
                // borders take no room, so nothing moves when the choice changes.
                border: if chosen {
                    border(p.selected, 1.0)
                } else {
                    Border::default()
                },
                shadow: Shadow::default(),
                snap: true,
            }
        }
    }

    /// A text button that reads like a link (underlined by the widget).
    pub fn link(p: &'static Palette) -> impl Fn(&Theme, button::Status) -> button::Style {
        move |_, status| {
            let hovered = matches!(status, button::Status::Hovered | button::Status::Pressed);
            button::Style {
                background: hovered.then_some(Background::Color(p.hover)),
                text_color: p.link,
                border: border(Color::TRANSPARENT, 0.0),
                shadow: Shadow::default(),
                snap: true,
            }
        }
    }
}

pub mod containers {
    use super::*;

    /// The window's own page. It has no background of its own: iced clears the window with
    /// the theme's background, which is `p.background` (`Palette::iced_theme`), and the CPU
    /// renderer fills every quad with anti-aliasing, so a window-sized one costs a whole
    /// pass over the frame (docs/benchmarks.md).
    pub fn page(p: &'static Palette) -> impl Fn(&Theme) -> container::Style {
        move |_| container::Style {
            text_color: Some(p.text),
            ..container::Style::default()
        }
    }

    /// A card or pane on the page.
    pub fn card(p: &'static Palette) -> impl Fn(&Theme) -> container::Style {
        move |_| container::Style {
            text_color: Some(p.text),
            background: Some(Background::Color(p.surface)),
            border: Border {
                color: p.border,
                width: 1.0,
                radius: 8.0.into(),
            },
            ..container::Style::default()
        }
    }

    /// Navigation and status bar.
    pub fn chrome(p: &'static Palette) -> impl Fn(&Theme) -> container::Style {
        move |_| container::Style {
            text_color: Some(p.text),
            background: Some(Background::Color(p.chrome)),
            ..container::Style::default()
        }
    }

    /// A thin rule between chrome and content.
    pub fn rule(p: &'static Palette) -> impl Fn(&Theme) -> container::Style {
        move |_| container::Style {
            background: Some(Background::Color(p.border)),
            ..container::Style::default()
        }
    }

    /// A one-line notice (settings fallback, database problems).
    pub fn notice(p: &'static Palette) -> impl Fn(&Theme) -> container::Style {
        move |_| container::Style {
            text_color: Some(p.on_notice),
            background: Some(Background::Color(p.notice)),
            border: Border {
                color: p.on_notice,
                width: 1.0,
                radius: RADIUS.into(),
            },
            ..container::Style::default()
        }
    }

    /// A band across the window for a mode the user must not forget (training mode): the
    /// notice colours, square (the app draws a rule below it).
    pub fn banner(p: &'static Palette) -> impl Fn(&Theme) -> container::Style {
        move |_| container::Style {
            text_color: Some(p.on_notice),
            background: Some(Background::Color(p.notice)),
            ..container::Style::default()
        }
    }

    /// The focus ring around a control: a thick outline when focused, nothing otherwise.
    /// Borders take no room (the ring's padding does), so focusing never moves anything; and
    /// an invisible border would still be drawn, over the whole control, on every frame.
    pub fn focus_ring(p: &'static Palette, focused: bool) -> impl Fn(&Theme) -> container::Style {
        move |_| {
            if !focused {
                return container::Style::default();
            }
            container::Style {
                border: Border {
                    color: p.focus,
                    width: FOCUS_RING_WIDTH,
                    radius: (RADIUS + FOCUS_RING_WIDTH).into(),
                },
                ..container::Style::default()
            }
        }
    }

    /// The filled part of a meter.
    pub fn meter_fill(p: &'static Palette) -> impl Fn(&Theme) -> container::Style {
        move |_| container::Style {
            background: Some(Background::Color(p.primary)),
            border: Border {
                radius: 3.0.into(),
                ..Border::default()
            },
            ..container::Style::default()
        }
    }

    /// The track of a meter: an outline, so an empty meter is still visible.
    pub fn meter_track(p: &'static Palette) -> impl Fn(&Theme) -> container::Style {
        move |_| container::Style {
            background: Some(Background::Color(p.background)),
            border: Border {
                color: p.border,
                width: 1.0,
                radius: 5.0.into(),
            },
            ..container::Style::default()
        }
    }
}

pub mod texts {
    use super::*;

    pub fn muted(p: &'static Palette) -> impl Fn(&Theme) -> text::Style {
        move |_| text::Style {
            color: Some(p.text_muted),
        }
    }

    pub fn error(p: &'static Palette) -> impl Fn(&Theme) -> text::Style {
        move |_| text::Style {
            color: Some(p.error),
        }
    }

    pub fn success(p: &'static Palette) -> impl Fn(&Theme) -> text::Style {
        move |_| text::Style {
            color: Some(p.success),
        }
    }
}

pub fn text_input(
    p: &'static Palette,
) -> impl Fn(&Theme, iced::widget::text_input::Status) -> iced::widget::text_input::Style {
    use iced::widget::text_input;
    move |_, status| {
        let focused = matches!(status, text_input::Status::Focused { .. });
        text_input::Style {
            background: Background::Color(p.background),
            border: border(
                if focused { p.focus } else { p.border },
                if focused { 2.0 } else { 1.0 },
            ),
            icon: p.text_muted,
            placeholder: p.text_muted,
            value: p.text,
            selection: Color {
                a: 0.35,
                ..p.primary
            },
        }
    }
}

/// A text field of several lines, drawn like a one-line field.
pub fn text_editor(
    p: &'static Palette,
) -> impl Fn(&Theme, iced::widget::text_editor::Status) -> iced::widget::text_editor::Style {
    use iced::widget::text_editor;
    move |_, status| {
        let focused = matches!(status, text_editor::Status::Focused { .. });
        text_editor::Style {
            background: Background::Color(p.background),
            border: border(
                if focused { p.focus } else { p.border },
                if focused { 2.0 } else { 1.0 },
            ),
            placeholder: p.text_muted,
            value: p.text,
            selection: Color {
                a: 0.35,
                ..p.primary
            },
        }
    }
}

pub fn checkbox(
    p: &'static Palette,
) -> impl Fn(&Theme, iced::widget::checkbox::Status) -> iced::widget::checkbox::Style {
    use iced::widget::checkbox;
    move |_, status| {
        let (checked, hovered) = match status {
            checkbox::Status::Active { is_checked } | checkbox::Status::Disabled { is_checked } => {
                (is_checked, false)
            }
            checkbox::Status::Hovered { is_checked } => (is_checked, true),
        };
        checkbox::Style {
            background: Background::Color(match (checked, hovered) {
                (true, _) => p.primary,
                (false, true) => p.hover,
                (false, false) => p.background,
            }),
            icon_color: p.on_primary,
            border: Border {
                color: if checked { p.primary } else { p.border },
                width: 2.0,
                radius: 4.0.into(),
            },
            text_color: Some(p.text),
        }
    }
}

pub fn scrollable(
    p: &'static Palette,
) -> impl Fn(&Theme, iced::widget::scrollable::Status) -> iced::widget::scrollable::Style {
    use iced::widget::scrollable;
    move |theme, status| {
        let mut style = scrollable::default(theme, status);
        let rail = scrollable::Rail {
            background: Some(Background::Color(p.chrome)),
            border: border(Color::TRANSPARENT, 0.0),
            scroller: scrollable::Scroller {
                background: Background::Color(p.text_muted),
                border: border(Color::TRANSPARENT, 0.0),
            },
        };
        style.vertical_rail = rail;
        style.horizontal_rail = rail;
        style
    }
}
