//! What Skranke knows, without words: principles, key ideas, their ids and structure.
//! Words live in `i18n/`; this module says which messages must exist.

pub mod glossary;
pub mod ideas;
pub mod places;
pub mod plain_language;
pub mod principles;
pub mod topics;
pub mod training;

use crate::i18n::check::FileId;

fn need(file: &str, id: String) -> FileId {
    FileId {
        file: file.to_string(),
        id,
    }
}

/// Every message id the content needs, with the file it belongs in (checked by `check-i18n`
/// and by the content tests).
pub fn required_message_ids() -> Vec<FileId> {
    let mut ids = Vec::new();
    for section in principles::Section::ALL {
        ids.push(need("principles.ftl", section.title_id()));
        ids.push(need("principles.ftl", section.intro_id()));
    }
    for principle in &principles::PRINCIPLES {
        ids.push(need("principles.ftl", principle.title_id()));
        ids.push(need("principles.ftl", principle.summary_id()));
        ids.push(need("principles.ftl", principle.question_id()));
        ids.extend(
            principle
                .items()
                .map(|item| need("principles.ftl", item.text_id())),
        );
        ids.push(need("seed.ftl", principle.seed_id()));
    }
    for idea in ideas::IDEAS {
        ids.push(need("principles.ftl", idea.title_id()));
        ids.push(need("principles.ftl", idea.body_id()));
        ids.extend(idea.example_id().map(|id| need("principles.ftl", id)));
        ids.extend(idea.seed_id().map(|id| need("seed.ftl", id)));
    }
    ids.push(need("citizen.ftl", topics::UNREVIEWED_NOTICE.to_string()));
    ids.push(need("citizen.ftl", topics::REVIEWED_NOTICE.to_string()));
    ids.push(need("citizen.ftl", topics::I_SPEAK.to_string()));
    ids.push(need("citizen.ftl", topics::HANDOUT_TITLE.to_string()));
    ids.push(need("citizen.ftl", topics::HANDOUT_FOOTER.to_string()));
    for topic in &topics::TOPICS {
        ids.push(need("citizen.ftl", topic.title_id()));
        ids.push(need("citizen.ftl", topic.intro_id()));
        for section in topic.section_numbers() {
            ids.push(need("citizen.ftl", topic.heading_id(section)));
            ids.push(need("citizen.ftl", topic.body_id(section)));
        }
    }
    for term in glossary::TERMS {
        ids.push(need("glossary.ftl", glossary::name_id(term)));
        ids.push(need("glossary.ftl", glossary::text_id(term)));
    }
    for case in training::CASES {
        ids.push(need("training.ftl", case.title_id()));
        ids.push(need("training.ftl", case.text_id()));
        ids.extend(case.question_ids().map(|id| need("training.ftl", id)));
    }
    for (index, question) in training::QUIZ.iter().enumerate() {
        let number = index + 1;
        ids.push(need("training.ftl", training::question_id(number)));
        ids.extend(
            (0..question.options).map(|o| need("training.ftl", training::option_id(number, o))),
        );
        ids.push(need("training.ftl", training::explanation_id(number)));
    }
    ids
}
