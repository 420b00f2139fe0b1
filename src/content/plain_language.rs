//! Plain-language figures of the Danish texts: LIX of every citizen section, glossary
//! explanation and principle summary (counting rules in `i18n::lix`).

use super::glossary::{TERMS, text_id};
use super::principles::PRINCIPLES;
use super::topics::TOPICS;
use crate::i18n::lix::{self, LixCounts};
use crate::i18n::{Catalogue, Locale};

/// Citizen sections may not exceed this, and their mean may not exceed [`CITIZEN_MEAN_MAX`].
pub const CITIZEN_MAX: f64 = 34.0;
pub const CITIZEN_MEAN_MAX: f64 = 30.0;
/// Principle summaries may not exceed this.
pub const SUMMARY_MAX: f64 = 34.0;

/// One measured text.
#[derive(Clone, Debug, PartialEq)]
pub struct Measured {
    /// What it is: `topic-digital-2`, `term-mitid`, `principle-1d-summary`.
    pub name: String,
    pub counts: LixCounts,
}

impl Measured {
    pub fn lix(&self) -> f64 {
        self.counts.lix()
    }
}

fn measure(name: String, text: &str) -> Measured {
    Measured {
        name,
        counts: lix::counts(text),
    }
}

/// Every Danish citizen section: its heading and body together.
pub fn citizen_sections(catalogue: &Catalogue) -> Vec<Measured> {
    TOPICS
        .iter()
        .flat_map(|topic| {
            topic.section_numbers().map(move |n| {
                let text = format!(
                    "{}\n{}",
                    catalogue.text(Locale::Da, &topic.heading_id(n)),
                    catalogue.text(Locale::Da, &topic.body_id(n))
                );
                measure(format!("topic-{}-{n}", topic.code), &text)
            })
        })
        .collect()
}

/// Every Danish glossary explanation.
pub fn glossary_texts(catalogue: &Catalogue) -> Vec<Measured> {
    TERMS
        .iter()
        .map(|term| {
            measure(
                format!("term-{term}"),
                &catalogue.text(Locale::Da, &text_id(term)),
            )
        })
        .collect()
}

/// Every Danish principle summary.
pub fn principle_summaries(catalogue: &Catalogue) -> Vec<Measured> {
    PRINCIPLES
        .iter()
        .map(|p| measure(p.summary_id(), &catalogue.text(Locale::Da, &p.summary_id())))
        .collect()
}

/// The mean LIX of some texts (0 for none).
pub fn mean(texts: &[Measured]) -> f64 {
    if texts.is_empty() {
        return 0.0;
    }
    texts.iter().map(Measured::lix).sum::<f64>() / texts.len() as f64
}

/// True if the citizen sections and principle summaries keep their LIX limits.
pub fn within_limits(groups: &[Group]) -> bool {
    groups
        .iter()
        .all(|(_, texts, limit)| limit.is_none_or(|limits| keeps(texts, limits)))
}

/// A measured group: a title, the texts, and (max, mean max) if the group has limits.
pub type Group = (&'static str, Vec<Measured>, Option<(f64, f64)>);

/// The Danish citizen sections, principle summaries and glossary explanations, measured.
pub fn groups(catalogue: &Catalogue) -> [Group; 3] {
    [
        (
            "Citizen sections",
            citizen_sections(catalogue),
            Some((CITIZEN_MAX, CITIZEN_MEAN_MAX)),
        ),
        (
            "Principle summaries",
            principle_summaries(catalogue),
            Some((SUMMARY_MAX, f64::INFINITY)),
        ),
        ("Glossary explanations", glossary_texts(catalogue), None),
    ]
}

fn keeps(texts: &[Measured], (max_limit, mean_limit): (f64, f64)) -> bool {
    let max = texts.iter().map(Measured::lix).fold(0.0, f64::max);
    max <= max_limit && mean(texts) <= mean_limit
}

/// The LIX part of `check-i18n`'s report.
pub fn render(groups: &[Group]) -> String {
    use std::fmt::Write as _;
    let mut out = String::from(
        "\nPlain language (LIX of the Danish texts; rules in docs/content-guide.md)\n",
    );
    for (title, texts, limit) in groups {
        let _ = writeln!(out, "\n{title}:");
        for text in texts {
            let flag = match limit {
                Some((max, _)) if text.lix() > *max => "  OVER LIMIT",
                _ => "",
            };
            let _ = writeln!(
                out,
                "  {:>5.1}  {:<34} {:>3} words, {:>2} sentences, {:>2} long{flag}",
                text.lix(),
                text.name,
                text.counts.words,
                text.counts.sentences,
                text.counts.long_words
            );
        }
        let max = texts.iter().map(Measured::lix).fold(0.0, f64::max);
        let _ = writeln!(
            out,
            "  mean {:.1}, max {:.1}, {} texts",
            mean(texts),
            max,
            texts.len()
        );
        if let Some(limits) = limit {
            let ok = keeps(texts, *limits);
            let _ = writeln!(
                out,
                "  {}",
                if ok {
                    "within limits"
                } else {
                    "LIMITS EXCEEDED"
                }
            );
        }
    }
    out
}
