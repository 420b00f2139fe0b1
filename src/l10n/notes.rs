//! The notes a translator sees beside each unit: the message id, the topic (or glossary term)
//! it belongs to, where the Danish text's facts come from and when they were checked, the
//! character limit, which variant of a selector it is, and for glossary headwords the rule
//! about the Danish term. Notes are in English, the language translation agencies' tools and
//! project managers share; the Danish texts themselves are in the units.

use super::limits;
use super::units::Unit;
use crate::content::topics::TOPICS;
use crate::i18n::sources::{self, Provenance};
use crate::i18n::{Catalogue, Locale};
use std::collections::HashMap;

/// What the notes are made from: the Danish topic titles and glossary headwords, and the
/// sources of the Danish citizen texts.
pub struct Context {
    /// (`topic-<code>-`, the topic's Danish title), longest prefix first.
    topics: Vec<(String, String)>,
    sources: HashMap<String, Provenance>,
    danish: Vec<(String, String)>,
}

impl Context {
    pub fn new(catalogue: &Catalogue) -> Context {
        let mut topics: Vec<(String, String)> = TOPICS
            .iter()
            .map(|topic| {
                (
                    format!("topic-{}-", topic.code),
                    catalogue.text(Locale::Da, &topic.title_id()),
                )
            })
            .collect();
        topics.sort_by_key(|(prefix, _)| std::cmp::Reverse(prefix.len()));
        let danish = crate::content::glossary::TERMS
            .iter()
            .map(|term| {
                (
                    format!("term-{term}-"),
                    catalogue.text(Locale::Da, &crate::content::glossary::name_id(term)),
                )
            })
            .collect();
        Context {
            topics,
            sources: sources::citizen_sources(),
            danish,
        }
    }

    /// The notes of one unit of `file`.
    pub fn notes(&self, file: &str, unit: &Unit) -> Vec<String> {
        let id = &unit.id;
        let mut notes = vec![match &id.attribute {
            None => format!("Fluent message: {}", id.message),
            Some(attribute) => format!("Fluent message: {}, attribute .{attribute}", id.message),
        }];
        if file == "citizen.ftl"
            && let Some((_, title)) = self
                .topics
                .iter()
                .find(|(prefix, _)| id.message.starts_with(prefix.as_str()))
        {
            notes.push(format!("Topic: {title}"));
        }
        let term = self
            .danish
            .iter()
            .find(|(prefix, _)| file == "glossary.ftl" && id.message.starts_with(prefix.as_str()));
        if let Some((_, headword)) = term {
            notes.push(format!("Glossary term: {headword}"));
        }
        if let Some(provenance) = self.sources.get(&id.message) {
            notes.push(format!(
                "Facts from: {} (checked {})",
                provenance.source_for_reader(),
                provenance.checked
            ));
        }
        if id.attribute.is_none()
            && let Some(limit) = limits::of(&id.message)
        {
            notes.push(format!(
                "At most {} characters: {}, at 200 % text size.",
                limit.chars, limit.shown
            ));
        }
        if let (Some(key), Some(selector)) = (&id.key, &unit.selector) {
            let default = if unit.default {
                " (the default: used for every value no other variant matches)"
            } else {
                ""
            };
            notes.push(format!(
                "Variant `{key}` of the selector on `{selector}`{default}."
            ));
        }
        if let Some((_, headword)) = term
            && id.message.ends_with("-name")
        {
            notes.push(format!(
                "Write the term in your language, then the Danish term in parentheses, as the \
                 citizen meets it on letters and signs: … ({headword}). A Danish name such as \
                 MitID or Digital Post stands alone."
            ));
        }
        notes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::units::UnitId;

    fn unit(id: &str) -> Unit {
        Unit {
            id: UnitId::parse(id).unwrap(),
            source: Vec::new(),
            target: None,
            selector: id.contains('[').then(|| "$count".to_string()),
            default: id.ends_with("[other]"),
        }
    }

    #[test]
    fn a_citizen_body_names_its_topic_and_sources() {
        let context = Context::new(&Catalogue::embedded());
        let notes = context.notes("citizen.ftl", &unit("topic-health-card-1-body"));
        assert_eq!(notes[0], "Fluent message: topic-health-card-1-body");
        assert!(notes[1].starts_with("Topic: "), "{notes:?}");
        assert!(notes[2].starts_with("Facts from: https://"), "{notes:?}");
        let title = context.notes("citizen.ftl", &unit("topic-welcome-title"));
        assert!(
            title.iter().any(|n| n.starts_with("At most 50 characters")),
            "{title:?}"
        );
    }

    #[test]
    fn headwords_and_variants_say_what_they_are() {
        let context = Context::new(&Catalogue::embedded());
        let notes = context.notes("glossary.ftl", &unit("term-cpr-number-name"));
        assert!(
            notes.contains(&"Glossary term: CPR-nummer".to_string()),
            "{notes:?}"
        );
        assert!(
            notes.iter().any(|n| n.contains("(CPR-nummer)")),
            "{notes:?}"
        );
        let notes = context.notes("ui.ftl", &unit("log-count[other]"));
        assert!(
            notes
                .iter()
                .any(|n| n.starts_with("Variant `other` of the selector on `$count` (the default")),
            "{notes:?}"
        );
    }
}
