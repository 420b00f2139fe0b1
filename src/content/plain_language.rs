//! Plain-language figures of the Danish texts: LIX of every citizen section, the
//! unreviewed-translation notice, glossary explanation and principle summary (counting rules
//! in `i18n::lix`), and the jargon the notice may not use.

use super::glossary::{TERMS, text_id};
use super::principles::PRINCIPLES;
use super::topics::{TOPICS, UNREVIEWED_NOTICE};
use crate::i18n::lix::{self, LixCounts};
use crate::i18n::{Catalogue, Locale};

/// Citizen sections may not exceed this, and their mean may not exceed [`CITIZEN_MEAN_MAX`].
pub const CITIZEN_MAX: f64 = 30.0;
pub const CITIZEN_MEAN_MAX: f64 = 25.0;
/// The unreviewed-translation notice is read by the same citizens, so it keeps the same limit.
pub const NOTICE_MAX: f64 = CITIZEN_MAX;
/// Glossary explanations may not exceed this, and their mean may not exceed
/// [`GLOSSARY_MEAN_MAX`]. Higher than for citizen sections: explaining a long word needs it.
pub const GLOSSARY_MAX: f64 = 34.0;
pub const GLOSSARY_MEAN_MAX: f64 = 28.0;
/// Principle summaries may not exceed this.
pub const SUMMARY_MAX: f64 = 34.0;

/// Words the Danish unreviewed-translation notice may not use, as lower-case word starts: a
/// word of the notice that begins with one of them is jargon to the citizens it is written for.
pub const NOTICE_JARGON: [&str; 2] = [
    // maskinoversat, maskinoversættelse, maskinoversættelsen, maskinoversatte …
    "maskinovers",
    // maskinel, maskinelt (oversat) …
    "maskinel",
];

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

/// The Danish unreviewed-translation notice (`citizen-unreviewed-notice`).
pub fn unreviewed_notice(catalogue: &Catalogue) -> Vec<Measured> {
    vec![measure(
        UNREVIEWED_NOTICE.to_string(),
        &catalogue.text(Locale::Da, UNREVIEWED_NOTICE),
    )]
}

/// The words of `text` that begin with a word of [`NOTICE_JARGON`], in order, as written.
/// Words are runs of letters and digits; case does not matter.
pub fn jargon_in(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| {
            let word = word.to_lowercase();
            NOTICE_JARGON.iter().any(|start| word.starts_with(start))
        })
        .map(str::to_string)
        .collect()
}

/// The jargon in the Danish unreviewed-translation notice (none is allowed).
pub fn notice_jargon(catalogue: &Catalogue) -> Vec<String> {
    jargon_in(&catalogue.text(Locale::Da, UNREVIEWED_NOTICE))
}

/// The jargon part of `check-i18n`'s report.
pub fn render_jargon(found: &[String]) -> String {
    let mut out = format!(
        "\nJargon in the Danish {UNREVIEWED_NOTICE} (words starting with {})\n",
        NOTICE_JARGON
            .iter()
            .map(|start| format!("\"{start}\""))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if found.is_empty() {
        out.push_str("  none\n");
    } else {
        out.push_str(&format!(
            "  JARGON FOUND: {}; say it in everyday words\n",
            found.join(", ")
        ));
    }
    out
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

/// True if every measured group with limits keeps them.
pub fn within_limits(groups: &[Group]) -> bool {
    groups
        .iter()
        .all(|(_, texts, limit)| limit.is_none_or(|limits| keeps(texts, limits)))
}

/// A measured group: a title, the texts, and (max, mean max) if the group has limits.
pub type Group = (&'static str, Vec<Measured>, Option<(f64, f64)>);

/// The Danish citizen sections, the unreviewed-translation notice, the principle summaries and
/// the glossary explanations, measured, each with its limits.
pub fn groups(catalogue: &Catalogue) -> [Group; 4] {
    [
        (
            "Citizen sections",
            citizen_sections(catalogue),
            Some((CITIZEN_MAX, CITIZEN_MEAN_MAX)),
        ),
        (
            "Unreviewed-translation notice",
            unreviewed_notice(catalogue),
            Some((NOTICE_MAX, f64::INFINITY)),
        ),
        (
            "Principle summaries",
            principle_summaries(catalogue),
            Some((SUMMARY_MAX, f64::INFINITY)),
        ),
        (
            "Glossary explanations",
            glossary_texts(catalogue),
            Some((GLOSSARY_MAX, GLOSSARY_MEAN_MAX)),
        ),
    ]
}

/// The texts over `max_limit`.
pub fn over(texts: &[Measured], max_limit: f64) -> Vec<&Measured> {
    texts.iter().filter(|t| t.lix() > max_limit).collect()
}

/// True if no text exceeds the maximum and the mean does not exceed its limit.
pub fn keeps(texts: &[Measured], (max_limit, mean_limit): (f64, f64)) -> bool {
    over(texts, max_limit).is_empty() && mean(texts) <= mean_limit
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
        if let Some((max_limit, mean_limit)) = *limit {
            let limits = if mean_limit.is_finite() {
                format!("each <= {max_limit}, mean <= {mean_limit}")
            } else {
                format!("each <= {max_limit}")
            };
            if keeps(texts, (max_limit, mean_limit)) {
                let _ = writeln!(out, "  within limits ({limits})");
            } else {
                let mut wrong: Vec<String> = over(texts, max_limit)
                    .iter()
                    .map(|t| format!("{} {:.1}", t.name, t.lix()))
                    .collect();
                if mean(texts) > mean_limit {
                    wrong.push(format!("mean {:.1}", mean(texts)));
                }
                let _ = writeln!(out, "  LIMITS EXCEEDED ({limits}): {}", wrong.join(", "));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measured(name: &str, text: &str) -> Measured {
        measure(name.to_string(), text)
    }

    /// Five words in one sentence, none long: LIX 5.
    const PLAIN: &str = "Du kan få hjælp her.";
    /// Two words in one sentence, both long: LIX 2 + 100 = 102.
    const HARD: &str = "Maskinoversættelsesproblematik forekommer.";

    #[test]
    fn the_fixtures_measure_as_expected() {
        assert_eq!(measured("a", PLAIN).lix(), 5.0);
        assert_eq!(measured("b", HARD).lix(), 102.0);
    }

    #[test]
    fn a_group_keeps_its_limits_when_every_text_and_the_mean_do() {
        let texts = [measured("a", PLAIN), measured("b", PLAIN)];
        assert!(keeps(&texts, (GLOSSARY_MAX, GLOSSARY_MEAN_MAX)));
        assert!(keeps(&texts, (5.0, 5.0)), "the limits are inclusive");
        assert!(!keeps(&texts, (4.9, f64::INFINITY)));
        assert!(!keeps(&texts, (f64::INFINITY, 4.9)));
    }

    #[test]
    fn one_text_over_the_maximum_fails_the_group_and_is_named() {
        let texts = vec![measured("term-plain", PLAIN), measured("term-hard", HARD)];
        assert_eq!(
            over(&texts, GLOSSARY_MAX)
                .iter()
                .map(|t| t.name.as_str())
                .collect::<Vec<_>>(),
            ["term-hard"]
        );
        let groups = [(
            "Glossary explanations",
            texts,
            Some((GLOSSARY_MAX, GLOSSARY_MEAN_MAX)),
        )];
        assert!(!within_limits(&groups));
        let shown = render(&groups);
        assert!(shown.contains("term-hard"), "{shown}");
        assert!(shown.contains("OVER LIMIT"), "{shown}");
        assert!(
            shown.contains("LIMITS EXCEEDED (each <= 34, mean <= 28): term-hard 102.0, mean 53.5"),
            "{shown}"
        );
    }

    #[test]
    fn a_mean_over_its_limit_fails_even_if_every_text_is_under_the_maximum() {
        // Four words in one sentence, one long ("hjælper"): LIX 4 + 25 = 29.
        let middling = "Vi hjælper dig gerne.";
        assert_eq!(measured("x", middling).lix(), 29.0);
        let texts = [measured("a", middling), measured("b", middling)];
        assert!(!keeps(&texts, (GLOSSARY_MAX, GLOSSARY_MEAN_MAX)));
        assert!(keeps(&texts, (GLOSSARY_MAX, 29.0)));
        let groups = [("Glossary explanations", texts.to_vec(), Some((34.0, 28.0)))];
        assert!(render(&groups).contains("LIMITS EXCEEDED (each <= 34, mean <= 28): mean 29.0"));
    }

    #[test]
    fn a_group_without_limits_always_passes() {
        let groups = [("Anything", vec![measured("b", HARD)], None)];
        assert!(within_limits(&groups));
        assert!(!render(&groups).contains("LIMITS"));
    }

    #[test]
    fn the_new_limits_are_the_issues() {
        assert_eq!((CITIZEN_MAX, CITIZEN_MEAN_MAX), (30.0, 25.0));
        assert_eq!((GLOSSARY_MAX, GLOSSARY_MEAN_MAX), (34.0, 28.0));
        assert_eq!(NOTICE_MAX, CITIZEN_MAX);
    }

    #[test]
    fn jargon_is_found_at_the_start_of_words_whatever_the_case() {
        assert_eq!(
            jargon_in("Maskinoversat. Det er en maskinoversættelse (MASKINOVERSÆTTELSEN)."),
            ["Maskinoversat", "maskinoversættelse", "MASKINOVERSÆTTELSEN"]
        );
        assert_eq!(jargon_in("Teksten er maskinelt oversat."), ["maskinelt"]);
        assert_eq!(
            jargon_in("En computer har oversat teksten. En oversætter har ikke tjekket den."),
            Vec::<String>::new()
        );
        assert_eq!(
            jargon_in("Det er ikke en maskine, der har oversat den."),
            Vec::<String>::new(),
            "a word that merely shares the first letters is fine"
        );
        assert_eq!(jargon_in("dokument-maskinoversat"), ["maskinoversat"]);
    }

    #[test]
    fn the_jargon_report_says_what_was_found() {
        assert!(render_jargon(&[]).contains("  none\n"));
        let shown = render_jargon(&["Maskinoversat".to_string()]);
        assert!(shown.contains("JARGON FOUND: Maskinoversat"), "{shown}");
        assert!(shown.contains("\"maskinovers\""), "{shown}");
    }
}
