//! The outreach log's domain: codes, entries, and the CSV format shared by export and import.

pub mod codes;
pub mod csv_format;
pub mod entry;

pub use codes::{Channel, DurationBucket, Group, Interpreter, Outcome};
pub use entry::Entry;
