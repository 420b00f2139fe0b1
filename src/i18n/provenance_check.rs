//! The sources gate of `skranke check-i18n`: every section body of the Danish citizen texts
//! (`topic-<code>-<n>-body` in `i18n/da/citizen.ftl`) names a web page it was checked against,
//! and the day it was checked.
//!
//! An error fails the check: no `# source: … | checked: …` comment, no full `http(s)://`
//! address among the sources (`;` separates several; one address is enough), a `checked:` that
//! is not a day written `YYYY-MM-DD`, or a day after today. A warning does not: a day more than
//! [`MONTHS_UNTIL_OLD`] months before today, when the page may have changed.

use super::Locale;
use super::embedded;
use super::source;
use super::sources::{self, Provenance};
use jiff::ToSpan;
use jiff::civil::Date;
use std::fmt::Write as _;

/// A checked day older than this many months gives a warning.
pub const MONTHS_UNTIL_OLD: i32 = 12;

/// What is wrong with one body's source comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// No comment with `source:` above the body.
    NoComment,
    /// The sources hold no full `http://` or `https://` address.
    NoUrl { source: String },
    /// No `checked:` at all.
    NoDate,
    /// `checked:` is not a real day written `YYYY-MM-DD`.
    NotADate { checked: String },
    /// The day is after today.
    InTheFuture { checked: Date, today: Date },
    /// The day is more than [`MONTHS_UNTIL_OLD`] months before today (a warning).
    Old { checked: Date, today: Date },
}

impl Problem {
    /// True for the problems that fail the check; false for a warning.
    pub fn is_error(&self) -> bool {
        !matches!(self, Problem::Old { .. })
    }

    /// What is wrong, in a sentence for the terminal.
    pub fn describe(&self) -> String {
        match self {
            Problem::NoComment => {
                "no `# source: … | checked: …` comment directly above it".to_string()
            }
            Problem::NoUrl { source } if source.is_empty() => {
                "`source:` is empty; name the web page (https://…)".to_string()
            }
            Problem::NoUrl { source } => format!(
                "no full http(s) address in `source: {source}`; name the web page (https://…)"
            ),
            Problem::NoDate => "no `checked:` day (YYYY-MM-DD)".to_string(),
            Problem::NotADate { checked } => {
                format!("`checked: {checked}` is not a day written YYYY-MM-DD")
            }
            Problem::InTheFuture { checked, today } => {
                format!("checked {checked} is after today ({today})")
            }
            Problem::Old { checked, today } => format!(
                "checked {checked}, more than {MONTHS_UNTIL_OLD} months before today ({today}); \
                 check the source again"
            ),
        }
    }
}

/// One problem of one body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub id: String,
    pub problem: Problem,
}

/// The sources gate over one file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// How many section bodies were checked.
    pub bodies: usize,
    /// Every problem found, in the file's order.
    pub findings: Vec<Finding>,
}

impl Report {
    /// True if no body has an error (warnings are allowed).
    pub fn passes(&self) -> bool {
        self.errors().next().is_none()
    }

    pub fn errors(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.problem.is_error())
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| !f.problem.is_error())
    }
}

/// True for a section body's id: `topic-<code>-<n>-body`.
pub fn is_section_body(id: &str) -> bool {
    id.strip_prefix("topic-")
        .and_then(|rest| rest.strip_suffix("-body"))
        .and_then(|rest| rest.rsplit_once('-'))
        .is_some_and(|(code, n)| {
            !code.is_empty() && !n.is_empty() && n.chars().all(|c| c.is_ascii_digit())
        })
}

/// Reads a `checked:` value: a real day written exactly `YYYY-MM-DD`.
pub fn parse_checked(checked: &str) -> Option<Date> {
    let shape = checked.len() == 10
        && checked.char_indices().all(|(i, c)| match i {
            4 | 7 => c == '-',
            _ => c.is_ascii_digit(),
        });
    shape.then(|| checked.parse::<Date>().ok()).flatten()
}

/// The problems of one body's provenance (none if it is in order).
pub fn problems(provenance: Option<&Provenance>, today: Date) -> Vec<Problem> {
    let Some(provenance) = provenance else {
        return vec![Problem::NoComment];
    };
    let mut found = Vec::new();
    if sources::urls(&provenance.source).next().is_none() {
        found.push(Problem::NoUrl {
            source: provenance.source.clone(),
        });
    }
    let checked = provenance.checked.trim();
    if checked.is_empty() {
        found.push(Problem::NoDate);
    } else {
        match parse_checked(checked) {
            None => found.push(Problem::NotADate {
                checked: checked.to_string(),
            }),
            Some(day) if day > today => found.push(Problem::InTheFuture {
                checked: day,
                today,
            }),
            Some(day) if is_old(day, today) => found.push(Problem::Old {
                checked: day,
                today,
            }),
            Some(_) => {}
        }
    }
    found
}

/// True if `day` is more than [`MONTHS_UNTIL_OLD`] months before `today`.
fn is_old(day: Date, today: Date) -> bool {
    day.checked_add(MONTHS_UNTIL_OLD.months())
        .is_ok_and(|limit| limit < today)
}

/// Checks the section bodies of a Danish `citizen.ftl`, given as text, on the day `today`.
pub fn check(citizen_ftl: &str, today: Date) -> Report {
    let mut report = Report::default();
    for message in source::parse(citizen_ftl).0 {
        if !is_section_body(&message.id) {
            continue;
        }
        report.bodies += 1;
        let provenance = message.comment.as_deref().and_then(sources::parse_comment);
        for problem in problems(provenance.as_ref(), today) {
            report.findings.push(Finding {
                id: message.id.clone(),
                problem,
            });
        }
    }
    report
}

/// Checks the embedded Danish master's `citizen.ftl`.
pub fn check_embedded(today: Date) -> Report {
    let text = embedded::ftl_files(Locale::MASTER)
        .find(|(file, _)| *file == "citizen.ftl")
        .map_or("", |(_, text)| text);
    check(text, today)
}

/// The sources part of `check-i18n`'s report.
pub fn render(report: &Report) -> String {
    let mut out = String::from(
        "\nSources of the Danish citizen texts (i18n/da/citizen.ftl; rules in docs/content-guide.md)\n",
    );
    let errors = report.errors().count();
    let warnings = report.warnings().count();
    let _ = writeln!(
        out,
        "  {} section bodies; errors {errors}, warnings {warnings}",
        report.bodies
    );
    for finding in &report.findings {
        let _ = writeln!(
            out,
            "  {:<7}  {:<26} {}",
            if finding.problem.is_error() {
                "ERROR"
            } else {
                "WARNING"
            },
            finding.id,
            finding.problem.describe()
        );
    }
    let verdict = if !report.passes() {
        "SOURCES FAILED: every body needs a web page (https://…) and a day checked (YYYY-MM-DD, not after today)."
    } else if warnings > 0 {
        "sources in order; some were checked more than 12 months ago"
    } else {
        "sources in order"
    };
    let _ = writeln!(out, "  {verdict}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str =
        "https://www.borger.dk/samfund-og-rettigheder/Ligestilling/Etnisk-ligestilling";

    fn today() -> Date {
        jiff::civil::date(2026, 12, 5)
    }

    /// A citizen file with one section whose body has `comment` above it (`None`: no comment).
    fn file(comment: Option<&str>) -> String {
        let comment: String = comment
            .into_iter()
            .flat_map(str::lines)
            .map(|line| format!("# {line}\n"))
            .collect();
        format!(
            "citizen-i-speak = Jeg taler dansk\n\n\
             topic-help-title = Her kan du få hjælp\n\
             topic-help-1-heading = Spørg os\n\
             {comment}topic-help-1-body =\n    Spørg os i Borgerservice.\n"
        )
    }

    fn problems_of(comment: Option<&str>) -> Vec<Problem> {
        let report = check(&file(comment), today());
        assert_eq!(report.bodies, 1, "only the body is checked");
        report.findings.into_iter().map(|f| f.problem).collect()
    }

    #[test]
    fn a_web_page_and_a_recent_day_pass() {
        let report = check(
            &file(Some(&format!("source: {PAGE} | checked: 2026-12-02"))),
            today(),
        );
        assert_eq!(report.findings, []);
        assert!(report.passes());
    }

    #[test]
    fn one_web_page_among_several_sources_is_enough() {
        for comment in [
            format!("source: Principper for ligebehandling, 1d; {PAGE} | checked: 2026-01-10"),
            format!("source: LOV nr. 469 af 14/05/2025;{PAGE}; kk.dk | checked: 2026-01-10"),
            format!("source: borger.dk ({PAGE}) | checked: 2026-01-10"),
            format!("Tjek efter lovændringer.\nsource: {PAGE}\nchecked: 2026-01-10"),
        ] {
            assert_eq!(problems_of(Some(&comment)), [], "{comment}");
        }
    }

    #[test]
    fn a_body_without_a_comment_fails() {
        assert_eq!(problems_of(None), [Problem::NoComment]);
        assert_eq!(problems_of(Some("kun en note")), [Problem::NoComment]);
        assert!(!check(&file(None), today()).passes());
    }

    #[test]
    fn a_source_without_a_full_web_address_fails() {
        for source in [
            "PRODUCT.md, tolk i kommunen",
            "kk.dk/om-kommunen/borgerraadgiveren",
            "www.borger.dk; kk.dk",
            "https://borger",
            "",
        ] {
            let comment = format!("source: {source} | checked: 2026-12-02");
            assert_eq!(
                problems_of(Some(&comment)),
                [Problem::NoUrl {
                    source: source.to_string()
                }],
                "{comment}"
            );
        }
    }

    #[test]
    fn the_day_must_be_written_yyyy_mm_dd() {
        for checked in [
            "2026",
            "2026-12",
            "02.12.2026",
            "2026-12-2",
            "2026-02-30",
            "2026-13-01",
            "20261202",
            "2026-12-02T10:00",
            "december 2026",
        ] {
            let comment = format!("source: {PAGE} | checked: {checked}");
            assert_eq!(
                problems_of(Some(&comment)),
                [Problem::NotADate {
                    checked: checked.to_string()
                }],
                "{checked}"
            );
        }
        assert_eq!(
            problems_of(Some(&format!("source: {PAGE}"))),
            [Problem::NoDate]
        );
        assert_eq!(
            problems_of(Some("source: PRODUCT.md | checked: 2026")),
            [
                Problem::NoUrl {
                    source: "PRODUCT.md".into()
                },
                Problem::NotADate {
                    checked: "2026".into()
                }
            ],
            "both problems are told"
        );
        assert_eq!(
            parse_checked("2024-02-29"),
            Some(jiff::civil::date(2024, 2, 29))
        );
    }

    #[test]
    fn a_day_after_today_fails() {
        let comment = format!("source: {PAGE} | checked: 2026-12-06");
        assert_eq!(
            problems_of(Some(&comment)),
            [Problem::InTheFuture {
                checked: jiff::civil::date(2026, 12, 6),
                today: today()
            }]
        );
        let today_itself = format!("source: {PAGE} | checked: 2026-12-05");
        assert_eq!(problems_of(Some(&today_itself)), []);
    }

    #[test]
    fn a_day_more_than_twelve_months_ago_warns_but_passes() {
        let exactly_a_year = format!("source: {PAGE} | checked: 2025-12-05");
        assert_eq!(problems_of(Some(&exactly_a_year)), []);
        let older = format!("source: {PAGE} | checked: 2025-12-04");
        let report = check(&file(Some(&older)), today());
        assert_eq!(
            report.findings,
            [Finding {
                id: "topic-help-1-body".into(),
                problem: Problem::Old {
                    checked: jiff::civil::date(2025, 12, 4),
                    today: today()
                }
            }]
        );
        assert!(report.passes(), "a warning does not fail the check");
        assert_eq!(report.warnings().count(), 1);
        // From a leap day, twelve months later is the 28th of February.
        let leap = Some(&Provenance {
            source: PAGE.into(),
            checked: "2024-02-29".into(),
        });
        assert_eq!(problems(leap, jiff::civil::date(2025, 2, 28)), []);
        assert_eq!(problems(leap, jiff::civil::date(2025, 3, 1)).len(), 1);
    }

    #[test]
    fn only_section_bodies_are_checked() {
        for id in ["topic-help-1-body", "topic-complaints-12-body"] {
            assert!(is_section_body(id), "{id}");
        }
        for id in [
            "topic-help-1-heading",
            "topic-help-title",
            "topic-help-x-body",
            "topic--body",
            "topic-1-body",
            "idea-groups-body",
        ] {
            assert!(!is_section_body(id), "{id}");
        }
    }

    #[test]
    fn the_report_names_each_body_and_what_is_wrong() {
        let text = format!(
            "topic-a-1-body = En.\n\
             # source: PRODUCT.md | checked: 2026\n\
             topic-a-2-body = To.\n\
             # source: {PAGE} | checked: 2024-01-01\n\
             topic-a-3-body = Tre.\n\
             # source: {PAGE} | checked: 2026-11-30\n\
             topic-a-4-body = Fire.\n"
        );
        let report = check(&text, today());
        assert_eq!(report.bodies, 4);
        assert_eq!(report.errors().count(), 3);
        assert!(!report.passes());
        let shown = render(&report);
        assert!(
            shown.contains("4 section bodies; errors 3, warnings 1"),
            "{shown}"
        );
        assert!(shown.contains("ERROR    topic-a-1-body"), "{shown}");
        assert!(
            shown.contains("no full http(s) address in `source: PRODUCT.md`"),
            "{shown}"
        );
        assert!(
            shown.contains("`checked: 2026` is not a day written YYYY-MM-DD"),
            "{shown}"
        );
        assert!(shown.contains("WARNING  topic-a-3-body"), "{shown}");
        assert!(!shown.contains("topic-a-4-body"), "{shown}");
        assert!(shown.contains("SOURCES FAILED"), "{shown}");
    }
}
