//! The outreach log's stable codes. The database, CSV exports and the codebook use these codes;
//! the interface shows their labels from Fluent (`<kind>-<code>`, e.g. `channel-desk`).

/// A closed set of stable codes with Fluent labels.
pub trait Code: Copy + PartialEq + 'static {
    fn all() -> &'static [Self];
    fn code(self) -> &'static str;
    fn label(self) -> crate::i18n::MessageId;
}

/// Defines a closed set of codes: an enum with `ALL`, `code()`, `from_code()` and `label()`.
/// Each label is `<prefix>-<code>`, checked against the Danish master when the crate is built.
macro_rules! codes {
    ($(#[$meta:meta])* $name:ident, $prefix:literal, { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<$name> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }

            /// The label's message.
            pub fn label(self) -> crate::i18n::MessageId {
                match self {
                    $($name::$variant => const {
                        crate::i18n::MessageId::checked(concat!($prefix, "-", $code))
                    }),+
                }
            }

            /// The prefix of this kind's label ids and its CSV column.
            pub const KIND: &'static str = $prefix;
        }

        impl Code for $name {
            fn all() -> &'static [Self] {
                $name::ALL
            }

            fn code(self) -> &'static str {
                $name::code(self)
            }

            fn label(self) -> crate::i18n::MessageId {
                $name::label(self)
            }
        }
    };
}

codes!(
    /// How the contact happened.
    Channel, "channel", {
        Desk => "desk",
        Phone => "phone",
        Video => "video",
        LetterEmail => "letter-email",
        OutreachEvent => "outreach-event",
    }
);

codes!(
    /// Which interpreter, if any, took part.
    Interpreter, "interpreter", {
        None => "none",
        InPerson => "in-person",
        Phone => "phone",
        Video => "video",
        BilingualStaff => "bilingual-staff",
    }
);

codes!(
    /// How the contact ended.
    Outcome, "outcome", {
        Solved => "solved",
        Referred => "referred",
        FollowUp => "follow-up",
    }
);

codes!(
    /// How long the contact took.
    DurationBucket, "duration", {
        Under5 => "under-5",
        From5To15 => "5-15",
        From15To30 => "15-30",
        Over30 => "over-30",
    }
);

codes!(
    /// Groups reached (optional, never required): who the outreach served, as categories only.
    Group, "group", {
        Newcomer => "newcomer",
        LanguageSupport => "language-support",
        DigitalSupport => "digital-support",
        Disability => "disability",
        MentalIllness => "mental-illness",
        Elderly => "elderly",
        Homeless => "homeless",
        Other => "other",
    }
);

/// The citizen-language code for a language Skranke has no texts in.
pub const OTHER_LANGUAGE: &str = "other";

/// Every valid citizen-language code: the ten locales, then "other".
pub fn language_codes() -> impl Iterator<Item = &'static str> {
    crate::i18n::Locale::ALL
        .iter()
        .map(|l| l.code())
        .chain(std::iter::once(OTHER_LANGUAGE))
}

pub fn is_language_code(code: &str) -> bool {
    language_codes().any(|c| c == code)
}

/// Principles a desk contact can serve (1a–1f).
pub fn principle_codes() -> impl Iterator<Item = &'static str> {
    crate::content::principles::Section::CitizenService
        .principles()
        .map(|p| p.code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        fn check<T: Copy + PartialEq + std::fmt::Debug>(
            all: &[T],
            code: fn(T) -> &'static str,
            parse: fn(&str) -> Option<T>,
        ) {
            let mut seen = std::collections::HashSet::new();
            for value in all {
                assert!(seen.insert(code(*value)), "duplicate code {}", code(*value));
                assert_eq!(parse(code(*value)), Some(*value));
            }
            assert_eq!(parse("nonsense"), None);
        }
        check(Channel::ALL, Channel::code, Channel::from_code);
        check(Interpreter::ALL, Interpreter::code, Interpreter::from_code);
        check(Outcome::ALL, Outcome::code, Outcome::from_code);
        check(
            DurationBucket::ALL,
            DurationBucket::code,
            DurationBucket::from_code,
        );
        check(Group::ALL, Group::code, Group::from_code);
        assert_eq!(
            Channel::LetterEmail.label().as_str(),
            "channel-letter-email"
        );
    }

    #[test]
    fn languages_are_the_locales_and_other() {
        assert_eq!(language_codes().count(), 11);
        assert!(is_language_code("ti") && is_language_code("other") && !is_language_code("xx"));
        assert_eq!(
            principle_codes().collect::<Vec<_>>(),
            ["1a", "1b", "1c", "1d", "1e", "1f"]
        );
    }
}
