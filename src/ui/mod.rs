//! Look and feel: palettes, semantic styles, fonts, right-to-left helpers, keyboard focus and
//! the shared widgets screens are built from.

pub mod block;
pub mod chart;
pub mod contrast;
pub mod direction;
pub mod disclosure;
pub mod focus;
pub mod fonts;
pub mod mark;
pub mod mirror;
pub mod rtl_text;
pub mod semantics;
pub mod shortcuts;
pub mod style;
pub mod theme;

pub mod widget;
pub mod window_icon;

use crate::i18n::{Direction, Locale};
use focus::ControlId;
use theme::Palette;

/// The iced id of the window's main scrolling area (the screen content, or the full-window card).
pub const MAIN_SCROLL: &str = "main-scroll";

/// The iced id of the navigation strip, when the navigation runs across the top.
pub const NAV_SCROLL: &str = "nav-scroll";

/// What every widget helper needs to know about the current view.
#[derive(Clone, Copy, Debug)]
pub struct Ui<'a> {
    pub palette: &'static Palette,
    /// The control that has Skranke's keyboard focus, if any.
    pub focused: Option<&'a ControlId>,
    /// The staff language: the interface's language and direction.
    pub staff: Lang,
}

impl Ui<'_> {
    pub fn is_focused(&self, id: &ControlId) -> bool {
        self.focused == Some(id)
    }

    pub fn direction(&self) -> Direction {
        self.staff.direction
    }
}

/// A language as far as layout is concerned: which font, which direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lang {
    pub locale: Locale,
    pub direction: Direction,
}

/// Text sizes, in logical pixels (the whole UI is scaled on top of these).
pub mod size {
    pub const SMALL: f32 = 14.0;
    pub const BODY: f32 = 16.0;
    pub const H3: f32 = 18.0;
    pub const H2: f32 = 21.0;
    pub const H1: f32 = 26.0;
    /// Space between blocks.
    pub const GAP: f32 = 12.0;
    pub const PADDING: f32 = 16.0;
}
