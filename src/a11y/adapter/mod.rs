//! The platform adapters, behind one small interface: start (or attach to the window), publish a
//! tree, follow the window's focus and place.
//!
//! Linux talks AT-SPI over D-Bus from AccessKit's own thread and needs no window handle.
//! Windows and macOS subclass the window, which must happen on the UI thread before the window
//! is first shown; their adapters are not `Send`, so they live in a thread-local on that thread
//! (iced runs the app's `update` on it too).

#[cfg(target_os = "linux")]
mod unix;
#[cfg(target_os = "linux")]
pub use unix::Adapter;

#[cfg(target_os = "windows")]
mod windows;
#[cfg(target_os = "windows")]
pub use windows::Adapter;

#[cfg(target_os = "macos")]
mod macos;
#[cfg(target_os = "macos")]
pub use macos::Adapter;

#[cfg(not(any(target_os = "linux", target_os = "windows", target_os = "macos")))]
mod unsupported;
#[cfg(not(any(target_os = "linux", target_os = "windows", target_os = "macos")))]
pub use unsupported::Adapter;
