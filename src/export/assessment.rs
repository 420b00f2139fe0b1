//! The unit's self-assessment as a printable HTML report and as CSV.

use super::html::{document, escape};
use crate::content::principles::{ItemId, PRINCIPLES, Section};
use crate::i18n::msg;
use crate::i18n::{Catalogue, Locale};
use crate::store::assessment::{Assessment, AssessmentState, Progress};
use std::collections::HashMap;
use std::fmt::Write as _;

/// What a report is made from.
pub struct Input<'a> {
    pub catalogue: &'a Catalogue,
    /// Danish or English: the principles exist in those two.
    pub locale: Locale,
    pub unit: &'a str,
    /// The day of the report, `YYYY-MM-DD`.
    pub date: &'a str,
    pub current: &'a HashMap<String, Assessment>,
}

impl Input<'_> {
    fn tr(&self, text: impl Into<crate::i18n::Text>) -> String {
        self.catalogue.render(self.locale, text)
    }

    /// The text of an id made at run time from content or a code.
    fn text_of(&self, id: &str) -> String {
        self.catalogue.text(self.locale, id)
    }

    fn state(&self, item: ItemId) -> (AssessmentState, &str, &str) {
        match self.current.get(&item.to_string()) {
            Some(a) => (a.state, a.comment.as_str(), a.changed_at.as_str()),
            None => (AssessmentState::NotStarted, "", ""),
        }
    }
}

/// The language a report is written in: the staff language if the principles exist in it.
pub fn report_locale(staff: Locale) -> Locale {
    if staff == Locale::Da {
        Locale::Da
    } else {
        Locale::En
    }
}

fn section_progress(section: Section, current: &HashMap<String, Assessment>) -> Progress {
    let items: Vec<String> = section
        .principles()
        .flat_map(|p| p.items())
        .map(|i| i.to_string())
        .collect();
    Progress::of(items.iter().map(String::as_str), current)
}

/// The printable HTML report.
pub fn html(input: &Input) -> String {
    let mut body = String::new();
    let title = input.tr(msg!("assessment-report-title"));
    let _ = writeln!(body, "<h1>{}</h1>", escape(&title));
    let meta = input.catalogue.render(
        input.locale,
        msg!(
            "assessment-report-meta",
            unit = input.unit,
            date = crate::i18n::format::iso_day(input.locale, input.date)
        ),
    );
    let _ = writeln!(body, "<p class=\"meta\">{}</p>", escape(&meta));

    let _ = writeln!(
        body,
        "<h2>{}</h2>",
        escape(&input.tr(msg!("assessment-overview")))
    );
    let _ = writeln!(
        body,
        "<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        escape(&input.tr(msg!("assessment-column-section"))),
        escape(&input.tr(msg!("assessment-in-place"))),
        escape(&input.tr(msg!("assessment-in-progress"))),
        escape(&input.tr(msg!("assessment-not-started"))),
        escape(&input.tr(msg!("assessment-column-share"))),
    );
    for section in Section::ALL {
        let progress = section_progress(section, input.current);
        let _ = writeln!(
            body,
            "<tr data-section=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{} %</td></tr>",
            section.number(),
            escape(&input.text_of(&section.title_id())),
            progress.in_place,
            progress.in_progress,
            progress.not_started,
            progress.percent_in_place(),
        );
    }
    body.push_str("</table>\n");

    for section in Section::ALL {
        let _ = writeln!(
            body,
            "<h2>{}</h2>",
            escape(&input.text_of(&section.title_id()))
        );
        for principle in section.principles() {
            let _ = writeln!(
                body,
                "<h3>{} {}</h3>",
                principle.code,
                escape(&input.text_of(&principle.title_id()))
            );
            let _ = writeln!(
                body,
                "<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
                escape(&input.tr(msg!("assessment-column-item"))),
                escape(&input.tr(msg!("assessment-column-state"))),
                escape(&input.tr(msg!("assessment-column-comment"))),
                escape(&input.tr(msg!("assessment-column-changed"))),
            );
            for item in principle.items() {
                let (state, comment, changed) = input.state(item);
                let _ = writeln!(
                    body,
                    "<tr data-item=\"{item}\" data-state=\"{}\"><td>{item} {}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    state.code(),
                    escape(&input.text_of(&item.text_id())),
                    escape(&input.tr(state.label())),
                    escape(comment),
                    escape(&crate::i18n::format::iso_day(input.locale, changed)),
                );
            }
            body.push_str("</table>\n");
        }
    }
    document(
        input.locale,
        input.catalogue.direction(input.locale),
        &title,
        &body,
    )
}

/// The stable CSV columns.
pub const CSV_COLUMNS: [&str; 7] = [
    "section",
    "principle",
    "item",
    "item_text",
    "state",
    "comment",
    "changed_at",
];

/// The CSV's columns' names, in [`CSV_COLUMNS`] order.
pub const CSV_LABELS: [crate::i18n::MessageId; 7] = [
    msg!("assessment-column-section"),
    msg!("assessment-csv-principle"),
    msg!("assessment-column-item"),
    msg!("assessment-csv-item-text"),
    msg!("assessment-column-state"),
    msg!("assessment-column-comment"),
    msg!("assessment-column-changed"),
];

/// The self-assessment as CSV for a spreadsheet in `dialect`: one row per checklist item, the
/// columns named in the report's language, each state in words, the day of the last change.
pub fn csv(input: &Input, dialect: super::sheet::Dialect) -> Result<Vec<u8>, csv::Error> {
    let mut writer = dialect.writer();
    writer.write_record(CSV_LABELS.map(|label| input.tr(label)))?;
    for principle in &PRINCIPLES {
        for item in principle.items() {
            let (state, comment, changed) = input.state(item);
            writer.write_record([
                principle.section.number().to_string(),
                principle.code.to_string(),
                item.to_string(),
                input.text_of(&item.text_id()),
                input.tr(state.label()),
                comment.to_string(),
                changed.get(..10).unwrap_or_default().to_string(),
            ])?;
        }
    }
    writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))
}
