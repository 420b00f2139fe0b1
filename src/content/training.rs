//! Onboarding (principle 2c): the presentation's slides, the desk cases and the quiz. Slides are
//! built from the same texts as the principles screen; cases and quiz are in `training.ftl`.

use super::ideas::{self, Idea};
use super::principles::{PRINCIPLES, Principle, Section};

/// One slide of the presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The opening slide.
    Title,
    Idea(&'static Idea),
    /// A section's divider: its title and introduction.
    Section(Section),
    Principle(&'static Principle),
}

/// The presentation, in order: what equal treatment means, the two forms of discrimination, who
/// is at risk, the 20 principles by section, and why.
pub fn slides() -> Vec<Slide> {
    let mut slides = vec![
        Slide::Title,
        Slide::Idea(&ideas::EQUAL_NOT_IDENTICAL),
        Slide::Idea(&ideas::DIFFERENT_RULES),
        Slide::Idea(&ideas::SAME_RULES),
        Slide::Idea(&ideas::GROUPS),
    ];
    for section in Section::ALL {
        slides.push(Slide::Section(section));
        slides.extend(section.principles().map(Slide::Principle));
    }
    slides.push(Slide::Idea(&ideas::WHY_OUTWARD));
    slides.push(Slide::Idea(&ideas::WHY_INWARD));
    slides.push(Slide::Idea(&ideas::INDICATORS));
    slides
}

/// A desk scenario for discussion.
#[derive(Debug, PartialEq, Eq)]
pub struct Case {
    pub id: &'static str,
    /// The principles it touches, shown on request.
    pub principles: &'static [&'static str],
    /// How many discussion questions (`case-<id>-question-1` …).
    pub questions: u8,
}

impl Case {
    pub fn title_id(&self) -> String {
        format!("case-{}-title", self.id)
    }

    pub fn text_id(&self) -> String {
        format!("case-{}-text", self.id)
    }

    pub fn question_ids(&self) -> impl Iterator<Item = String> + '_ {
        (1..=self.questions).map(move |n| format!("case-{}-question-{n}", self.id))
    }
}

/// One multiple-choice question.
#[derive(Debug, PartialEq, Eq)]
pub struct Question {
    /// How many options (`quiz-<n>-option-a` …).
    pub options: u8,
    /// The right option, 0-based (0 = a).
    pub correct: u8,
}

/// Option letters.
pub const LETTERS: [&str; 4] = ["a", "b", "c", "d"];

pub fn question_id(number: usize) -> String {
    format!("quiz-{number}-question")
}

pub fn option_id(number: usize, option: u8) -> String {
    format!("quiz-{number}-option-{}", LETTERS[usize::from(option)])
}

pub fn explanation_id(number: usize) -> String {
    format!("quiz-{number}-explanation")
}

/// The principle with this code (cases name principles by code).
pub fn case_principle(code: &str) -> Option<&'static Principle> {
    PRINCIPLES.iter().find(|p| p.code == code)
}

/// The cases, in the order they are discussed, with the principles each touches.
pub const CASES: &[Case] = &[
    Case {
        id: "newcomer-no-mitid",
        principles: &["1c", "1d", "1e"],
        questions: 3,
    },
    Case {
        id: "deaf-citizen",
        principles: &["1a", "1d"],
        questions: 2,
    },
    Case {
        id: "child-interpreter",
        principles: &["1c", "1d"],
        questions: 2,
    },
    Case {
        id: "religion-complaint",
        principles: &["1f", "2d"],
        questions: 3,
    },
    Case {
        id: "digital-post-elderly",
        principles: &["1a", "1d"],
        questions: 2,
    },
    Case {
        id: "mental-illness-queue",
        principles: &["1a", "1b"],
        questions: 2,
    },
    Case {
        id: "no-fixed-address",
        principles: &["1d", "3c"],
        questions: 2,
    },
    Case {
        id: "letter-not-understood",
        principles: &["1c", "1d"],
        questions: 2,
    },
    Case {
        id: "same-rules",
        principles: &["1a", "1b"],
        questions: 2,
    },
    Case {
        id: "different-treatment",
        principles: &["1b", "2d", "3a"],
        questions: 2,
    },
];

/// The quiz, in order (`quiz-1` …), with each question's right answer (0 = a).
pub const QUIZ: &[Question] = &[
    Question {
        options: 4,
        correct: 1,
    },
    Question {
        options: 4,
        correct: 2,
    },
    Question {
        options: 4,
        correct: 0,
    },
    Question {
        options: 4,
        correct: 3,
    },
    Question {
        options: 4,
        correct: 1,
    },
    Question {
        options: 4,
        correct: 2,
    },
    Question {
        options: 4,
        correct: 0,
    },
    Question {
        options: 4,
        correct: 1,
    },
    Question {
        options: 4,
        correct: 3,
    },
    Question {
        options: 4,
        correct: 0,
    },
    Question {
        options: 4,
        correct: 2,
    },
    Question {
        options: 4,
        correct: 1,
    },
];
