//! Messages named in Rust code, checked against the Danish master when the crate is built.
//!
//! `build.rs` reads every message of `i18n/da/*.ftl` and generates the `msg!` macro:
//! - `msg!("log-title")` is a [`MessageId`]: a constant that exists only if the master has the
//!   message and it takes no variables (a misspelt id stops the build);
//! - `msg!("log-saved", day = value)` is a [`Text`], built through a generated struct whose
//!   fields are the message's variables, so a missing or unknown variable stops the build too.
//!
//! Ids made at run time from content (a topic's title, a channel's label from its code) cannot
//! be checked this way; `skranke check-i18n` and the content tests check those.

use super::catalogue::Arg;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// The macro, for the rest of the crate: `use crate::i18n::msg;`.
pub(crate) use msg;

/// The id of a message without variables that the Danish master has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MessageId(&'static str);

impl MessageId {
    /// The id, checked when evaluated as a constant (the `msg!` macro does so): it must be in
    /// the Danish master and take no variables.
    #[doc(hidden)]
    pub const fn checked(id: &'static str) -> MessageId {
        match find(id) {
            None => panic!("no such message in the Danish master (i18n/da/*.ftl)"),
            Some(true) => panic!("this message takes variables: msg!(\"id\", name = value)"),
            Some(false) => MessageId(id),
        }
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }
}

/// Whether the master has `id`, and if so whether it takes variables.
const fn find(id: &str) -> Option<bool> {
    let mut index = 0;
    while index < MASTER.len() {
        let (known, variables) = MASTER[index];
        if same(known, id) {
            return Some(variables);
        }
        index += 1;
    }
    None
}

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut index = 0;
    while index < a.len() {
        if a[index] != b[index] {
            return false;
        }
        index += 1;
    }
    true
}

/// The name of a month (1–12; anything else is January).
pub fn month(number: i8) -> MessageId {
    match number {
        2 => msg!("month-2"),
        3 => msg!("month-3"),
        4 => msg!("month-4"),
        5 => msg!("month-5"),
        6 => msg!("month-6"),
        7 => msg!("month-7"),
        8 => msg!("month-8"),
        9 => msg!("month-9"),
        10 => msg!("month-10"),
        11 => msg!("month-11"),
        12 => msg!("month-12"),
        _ => msg!("month-1"),
    }
}

/// A message with the values of its variables, ready to be shown in any language.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Text {
    /// For the generated structs: the id and its variables' values.
    #[doc(hidden)]
    pub fn with_args(id: &'static str, args: Vec<(&'static str, Arg)>) -> Text {
        Text { id, args }
    }

    pub fn id(&self) -> &'static str {
        self.id
    }

    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }
}

impl From<MessageId> for Text {
    fn from(id: MessageId) -> Text {
        Text {
            id: id.0,
            args: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_named_with_its_variables() {
        assert_eq!(msg!("app-title").as_str(), "app-title");
        let text = msg!("log-saved", day = "01.12.2026");
        assert_eq!(text.id(), "log-saved");
        assert_eq!(text.args(), [("day", Arg::from("01.12.2026"))]);
        assert_eq!(
            find("app-titel"),
            None,
            "a misspelt id is not in the master"
        );
        assert_eq!(find("log-saved"), Some(true));
    }
}
