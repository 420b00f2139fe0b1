//! Citizen information topics (principles 1c–1f): codes and how many sections each has.
//! The words are in `i18n/<locale>/citizen.ftl`, Danish first, with sources in comments.

use crate::i18n::{Catalogue, Locale};

/// One topic of citizen information.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Topic {
    pub code: &'static str,
    /// Sections `topic-<code>-1-heading` / `-1-body` … numbered from 1.
    pub sections: u8,
}

impl Topic {
    pub fn title_id(&self) -> String {
        format!("topic-{}-title", self.code)
    }

    /// One short sentence for the topic list.
    pub fn intro_id(&self) -> String {
        format!("topic-{}-intro", self.code)
    }

    pub fn heading_id(&self, section: u8) -> String {
        format!("topic-{}-{section}-heading", self.code)
    }

    pub fn body_id(&self, section: u8) -> String {
        format!("topic-{}-{section}-body", self.code)
    }

    pub fn section_numbers(&self) -> impl Iterator<Item = u8> {
        1..=self.sections
    }
}

/// The topics, in the order the desk shows them.
pub const TOPICS: [Topic; 14] = [
    Topic {
        code: "welcome",
        sections: 3,
    },
    Topic {
        code: "rights",
        sections: 4,
    },
    Topic {
        code: "interpreter",
        sections: 4,
    },
    Topic {
        code: "digital",
        sections: 4,
    },
    Topic {
        code: "newcomer",
        sections: 4,
    },
    Topic {
        code: "complaints",
        sections: 5,
    },
    Topic {
        code: "help",
        sections: 4,
    },
    Topic {
        code: "booking",
        sections: 3,
    },
    Topic {
        code: "moving",
        sections: 3,
    },
    Topic {
        code: "passport",
        sections: 3,
    },
    Topic {
        code: "health-card",
        sections: 3,
    },
    Topic {
        code: "deaf",
        sections: 3,
    },
    Topic {
        code: "helper",
        sections: 3,
    },
    Topic {
        code: "decision",
        sections: 3,
    },
];

/// The topic with this code.
pub fn topic(code: &str) -> Option<&'static Topic> {
    TOPICS.iter().find(|t| t.code == code)
}

/// The notice shown with a machine-translated citizen text, in its own language.
pub const UNREVIEWED_NOTICE: &str = "citizen-unreviewed-notice";

/// The line on a section a translator has checked (`{ $date }`), in its own language.
pub const REVIEWED_NOTICE: &str = "citizen-reviewed-notice";

/// How a topic's sections in one language stand with translators.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TopicReview {
    /// Danish, the master: nothing to say.
    Master,
    /// No section checked: one machine-translation notice for the whole topic.
    Unchecked,
    /// Some or all checked: per section, the day it was checked as shown (`None`: not yet).
    Sections(Vec<Option<String>>),
}

/// A review day as the line shows it: `30.11.2026`. Day, month and year joined by full stops
/// stay one number in right-to-left text too (hyphens would let the groups be reordered).
/// A record without a valid day still counts as checked, just without a day.
fn shown_day(day: Option<jiff::civil::Date>) -> String {
    day.map(|d| d.strftime("%-d.%-m.%Y").to_string())
        .unwrap_or_default()
}

impl TopicReview {
    /// Where `topic` stands in `locale`: a section counts as checked when a translator has
    /// reviewed both its heading and its body.
    pub fn of(catalogue: &Catalogue, locale: Locale, topic: &Topic) -> TopicReview {
        TopicReview::shown_as(catalogue, locale, topic, shown_day)
    }

    /// Like [`TopicReview::of`], with each day written by `show` (the handout writes it as
    /// the citizen's language does, `crate::i18n::dates`).
    pub fn shown_as(
        catalogue: &Catalogue,
        locale: Locale,
        topic: &Topic,
        show: impl Fn(Option<jiff::civil::Date>) -> String,
    ) -> TopicReview {
        if locale == Locale::Da {
            return TopicReview::Master;
        }
        let checked = |id: &str| {
            catalogue
                .text_review(locale, id)
                .filter(|review| review.is_reviewed())
                .map(|review| review.day())
        };
        let days: Vec<Option<String>> = topic
            .section_numbers()
            .map(|n| {
                let heading = checked(&topic.heading_id(n))?;
                let body = checked(&topic.body_id(n))?;
                Some(show(heading.max(body)))
            })
            .collect();
        if days.iter().all(Option::is_none) {
            TopicReview::Unchecked
        } else {
            TopicReview::Sections(days)
        }
    }
}

/// "I speak this language", in each language, for the point-to-your-language card.
pub const I_SPEAK: &str = "citizen-i-speak";

/// The handout's title and footer (`{ $date }`), in each language.
pub const HANDOUT_TITLE: &str = "handout-title";
pub const HANDOUT_FOOTER: &str = "handout-footer";
