//! How long a text may be, in characters, where the screen sets a limit.
//!
//! The figures come from the gallery at 200 % (`tests/gallery.rs`: a 1024 × 768 window, so
//! 512 × 384 logical pixels): about 45 characters of body text fit on one line of a pane or a
//! language card, and a heading of the topic list or a pane may take two lines. Longer texts
//! still wrap and nothing is cut off, but the citizen then has to scroll past a title before
//! reading anything. Every shipped text keeps to these limits (the test below); the export
//! gives the limit to the translation tool (`maxwidth`, `size-unit="char"`) and as a note.

/// A kind of text with a limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    /// At most this many characters (Unicode scalar values).
    pub chars: usize,
    /// Where the text is shown, for the translator's note.
    pub shown: &'static str,
}

/// The table: which message ids (by pattern) have which limit.
const TABLE: [(Pattern, Limit); 7] = [
    (
        Pattern::Exact("citizen-i-speak"),
        Limit {
            chars: 40,
            shown: "the \"I speak …\" line of the language card, on one line",
        },
    ),
    (
        Pattern::Exact("handout-title"),
        Limit {
            chars: 80,
            shown: "the handout's title, at most two lines",
        },
    ),
    (
        Pattern::Exact("citizen-unreviewed-notice"),
        Limit {
            chars: 140,
            shown: "the notice above every citizen text, at most three lines",
        },
    ),
    (
        Pattern::Around("topic-", "-title"),
        Limit {
            chars: 50,
            shown: "a topic's title in the topic list and above the pane, at most two lines",
        },
    ),
    (
        Pattern::Around("topic-", "-intro"),
        Limit {
            chars: 130,
            shown: "a topic's one-sentence introduction in the topic list, at most three lines",
        },
    ),
    (
        Pattern::Around("topic-", "-heading"),
        Limit {
            chars: 80,
            shown: "a section heading in the citizen pane, at most two lines",
        },
    ),
    (
        Pattern::Around("term-", "-name"),
        Limit {
            chars: 90,
            shown: "a glossary headword with the Danish term in parentheses, at most two lines",
        },
    ),
];

/// How a row of the table matches a message id.
#[derive(Clone, Copy, Debug)]
enum Pattern {
    Exact(&'static str),
    /// Starts with the first and ends with the second (`topic-…-title`).
    Around(&'static str, &'static str),
}

impl Pattern {
    fn matches(self, id: &str) -> bool {
        match self {
            Pattern::Exact(exact) => id == exact,
            Pattern::Around(start, end) => {
                id.len() > start.len() + end.len() && id.starts_with(start) && id.ends_with(end)
            }
        }
    }
}

/// The limit of a message's value, if it has one.
pub fn of(message_id: &str) -> Option<Limit> {
    TABLE
        .iter()
        .find(|(pattern, _)| pattern.matches(message_id))
        .map(|(_, limit)| *limit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Catalogue, Locale};

    #[test]
    fn the_table_matches_what_it_says() {
        assert_eq!(of("topic-health-card-title").map(|l| l.chars), Some(50));
        assert_eq!(of("topic-welcome-1-heading").map(|l| l.chars), Some(80));
        assert_eq!(of("term-cpr-number-name").map(|l| l.chars), Some(90));
        assert_eq!(of("citizen-i-speak").map(|l| l.chars), Some(40));
        assert_eq!(of("topic-welcome-1-body"), None);
        assert_eq!(of("term-cpr-number-text"), None);
    }

    #[test]
    fn every_shipped_text_keeps_to_its_limit() {
        let catalogue = Catalogue::embedded();
        let mut over = Vec::new();
        for locale in Locale::ALL {
            for (file, source) in crate::i18n::embedded::ftl_files(locale) {
                for message in crate::i18n::source::parse(source).0 {
                    let Some(limit) = of(&message.id) else {
                        continue;
                    };
                    let text = catalogue.text(locale, &message.id);
                    let length = text.chars().count();
                    if length > limit.chars {
                        over.push(format!(
                            "{locale} {file} {}: {length} > {}",
                            message.id, limit.chars
                        ));
                    }
                }
            }
        }
        assert!(over.is_empty(), "{over:#?}");
    }
}
