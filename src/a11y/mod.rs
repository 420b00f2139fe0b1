//! The screen-reader bridge: the window as an AccessKit tree, published to the platform's
//! accessibility API (AT-SPI on Linux, UI Automation on Windows, NSAccessibility on macOS), and
//! the screen reader's actions turned into the app's own messages.
//!
//! iced 0.14 has no accessibility of its own. The tree is built from what the app already
//! knows: its list of controls (role, name, state, what activating does, groups) and the
//! meaning its views give their content ([`crate::ui::semantics`]), read from the laid-out view
//! by a widget operation ([`outline::Collector`]); nothing is read from pixels.

mod adapter;
pub mod bridge;
pub mod outline;
pub mod tree;

pub use bridge::Bridge;
pub use outline::{Collector, Outline};
pub use tree::{Built, Window, build, control_node};
