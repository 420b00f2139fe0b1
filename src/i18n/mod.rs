//! Texts: the embedded Fluent catalogue, locale metadata, negotiation, checks and LIX.
//!
//! Nothing here knows about iced: screens ask the catalogue for words by id, named with the
//! build-checked `msg!` macro ([`message`]).

pub mod catalogue;
pub mod check;
pub mod dates;
pub mod embedded;
pub mod format;
pub mod lix;
pub mod locale;
pub mod message;
pub mod negotiate;
pub mod overrides;
pub mod provenance_check;
pub mod review;
pub mod source;
pub mod sources;

pub use catalogue::{Arg, Catalogue};
pub use locale::{Direction, Locale, LocaleMeta, ReviewStatus};
pub(crate) use message::msg;
pub use message::{MessageId, Text};
