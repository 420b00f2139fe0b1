//! Citizen information topics (principles 1c–1f): codes and how many sections each has.
//! The words are in `i18n/<locale>/citizen.ftl`, Danish first, with sources in comments.

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

/// "I speak this language", in each language, for the point-to-your-language card.
pub const I_SPEAK: &str = "citizen-i-speak";

/// The handout's title and footer (`{ $date }`), in each language.
pub const HANDOUT_TITLE: &str = "handout-title";
pub const HANDOUT_FOOTER: &str = "handout-footer";
