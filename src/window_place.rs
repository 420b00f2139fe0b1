//! Where the window was and how big, kept between sessions in `window.toml` in the config
//! folder: the system's logical pixels, whatever Skranke's own text size was (the window of a
//! session at 200 % is no bigger on the screen than at 100 %).
//!
//! Like the settings, the file never stops the app: a missing or unreadable one gives the
//! default size, centred. A place is fitted to the screen the window opens on before it is used
//! ([`Place::fit`]), so a window saved on a large screen never opens larger than a small one.

use serde::{Deserialize, Serialize};
use std::path::Path;

/// The window's size the first time, in the system's logical pixels.
pub const DEFAULT_SIZE: Size = Size {
    width: 1280.0,
    height: 860.0,
};

/// The smallest window Skranke lays out well (at 100 %).
pub const MIN_SIZE: Size = Size {
    width: 800.0,
    height: 600.0,
};

/// A width and a height in the system's logical pixels.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Size {
    pub width: f32,
    pub height: f32,
}

/// A point in the system's logical pixels; screen coordinates start at the top left.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

/// The window's size and, where the system tells it (not on Wayland), its top left corner.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub width: f32,
    pub height: f32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub y: Option<f32>,
}

impl Default for Place {
    fn default() -> Place {
        Place {
            width: DEFAULT_SIZE.width,
            height: DEFAULT_SIZE.height,
            x: None,
            y: None,
        }
    }
}

impl Place {
    /// The place saved last, or `None` when there is none or it cannot be used.
    pub fn load(path: &Path) -> Option<Place> {
        let text = std::fs::read_to_string(path).ok()?;
        let place: Place = toml::from_str(&text).ok()?;
        place.is_sane().then_some(place)
    }

    /// Writes the place atomically.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let text = toml::to_string(self).map_err(std::io::Error::other)?;
        crate::atomic_file::write(path, text.as_bytes())
    }

    /// The size, and the corner when both coordinates are known.
    pub fn size(&self) -> Size {
        Size {
            width: self.width,
            height: self.height,
        }
    }

    pub fn position(&self) -> Option<Point> {
        Some(Point {
            x: self.x?,
            y: self.y?,
        })
    }

    /// The place on a screen of `screen` logical pixels whose top left corner is (0, 0): no
    /// larger than the screen (nor smaller than [`MIN_SIZE`] where the screen has room), and
    /// moved just enough that all of it is on the screen.
    pub fn fit(self, screen: Size) -> Place {
        let width = self
            .width
            .min(screen.width)
            .max(MIN_SIZE.width.min(screen.width));
        let height = self
            .height
            .min(screen.height)
            .max(MIN_SIZE.height.min(screen.height));
        let inside =
            |at: Option<f32>, length: f32, room: f32| at.map(|at| at.min(room - length).max(0.0));
        Place {
            width,
            height,
            x: inside(self.x, width, screen.width),
            y: inside(self.y, height, screen.height),
        }
    }

    /// Finite, positive and not absurd (a hand-edited or damaged file).
    fn is_sane(&self) -> bool {
        let length = |v: f32| v.is_finite() && (1.0..=100_000.0).contains(&v);
        let coordinate = |v: Option<f32>| v.is_none_or(|v| v.is_finite() && v.abs() <= 100_000.0);
        length(self.width) && length(self.height) && coordinate(self.x) && coordinate(self.y)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LAPTOP: Size = Size {
        width: 1366.0,
        height: 900.0,
    };

    #[test]
    fn a_window_from_a_larger_screen_fits_a_smaller_one() {
        let large = Place {
            width: 2560.0,
            height: 1720.0,
            x: Some(400.0),
            y: Some(200.0),
        };
        assert_eq!(
            large.fit(LAPTOP),
            Place {
                width: 1366.0,
                height: 900.0,
                x: Some(0.0),
                y: Some(0.0),
            }
        );
    }

    #[test]
    fn a_window_that_fits_keeps_its_place_or_moves_just_enough() {
        let place = Place {
            width: 1000.0,
            height: 700.0,
            x: Some(100.0),
            y: Some(50.0),
        };
        assert_eq!(place.fit(LAPTOP), place);
        let off_the_edge = Place {
            x: Some(900.0),
            y: Some(-40.0),
            ..place
        };
        assert_eq!(
            off_the_edge.fit(LAPTOP),
            Place {
                x: Some(366.0),
                y: Some(0.0),
                ..place
            }
        );
        let unknown = Place {
            x: None,
            y: None,
            ..place
        };
        assert_eq!(unknown.fit(LAPTOP), unknown);
    }

    #[test]
    fn a_tiny_window_grows_to_the_smallest_size_the_screen_has_room_for() {
        let tiny = Place {
            width: 200.0,
            height: 100.0,
            x: None,
            y: None,
        };
        let fitted = tiny.fit(LAPTOP);
        assert_eq!(fitted.size(), MIN_SIZE);
        let small_screen = Size {
            width: 640.0,
            height: 480.0,
        };
        assert_eq!(tiny.fit(small_screen).size(), MIN_SIZE.min_of(small_screen));
    }

    #[test]
    fn the_place_is_saved_and_read_back_and_a_bad_file_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config").join("window.toml");
        assert_eq!(Place::load(&file), None);
        let place = Place {
            width: 1100.0,
            height: 720.5,
            x: Some(-20.0),
            y: Some(30.0),
        };
        place.save(&file).unwrap();
        assert_eq!(Place::load(&file), Some(place));
        let wayland = Place {
            x: None,
            y: None,
            ..place
        };
        wayland.save(&file).unwrap();
        assert_eq!(Place::load(&file), Some(wayland));
        for bad in [
            "width = 0\nheight = 600\n",
            "width = -5.0\nheight = 600\n",
            "width = 1e12\nheight = 600\n",
            "width = 'wide'\n",
            "not toml at all",
        ] {
            std::fs::write(&file, bad).unwrap();
            assert_eq!(Place::load(&file), None, "{bad:?}");
        }
    }

    impl Size {
        fn min_of(self, other: Size) -> Size {
            Size {
                width: self.width.min(other.width),
                height: self.height.min(other.height),
            }
        }
    }
}
