//! The indicators as tables: one table per chart, with the labels in a language and the numbers.
//! The dashboard draws its charts and "show as table" views from these, and the CSV and HTML
//! exports write them, so every place shows the same numbers.

use super::html::{document, escape};
use super::sheet::Dialect;
use crate::content::principles::Section;
use crate::i18n::format;
use crate::i18n::{Catalogue, Locale};
use crate::i18n::{MessageId, msg};
use crate::outreach::codes::Code;
use crate::store::assessment::{Assessment, Progress};
use crate::store::indicators::Indicators;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

/// The charts of the dashboard, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Chart {
    PerMonth,
    Languages,
    Interpreters,
    Groups,
    Topics,
    Channels,
    Outcomes,
    Principles,
    SelfAssessment,
    Onboarding,
}

impl Chart {
    pub const ALL: [Chart; 10] = [
        Chart::PerMonth,
        Chart::Languages,
        Chart::Interpreters,
        Chart::Groups,
        Chart::Topics,
        Chart::Channels,
        Chart::Outcomes,
        Chart::Principles,
        Chart::SelfAssessment,
        Chart::Onboarding,
    ];

    /// Stable code (CSV `indicator` column).
    pub fn code(self) -> &'static str {
        match self {
            Chart::PerMonth => "contacts-per-month",
            Chart::Languages => "contacts-by-language",
            Chart::Interpreters => "interpreter-share-by-language",
            Chart::Groups => "groups-reached",
            Chart::Topics => "topics-given",
            Chart::Channels => "channel-mix",
            Chart::Outcomes => "outcomes",
            Chart::Principles => "principles-served",
            Chart::SelfAssessment => "self-assessment",
            Chart::Onboarding => "onboarding-sessions",
        }
    }

    /// Its title above the chart and the table.
    pub fn title(self) -> MessageId {
        match self {
            Chart::PerMonth => msg!("chart-contacts-per-month-title"),
            Chart::Languages => msg!("chart-contacts-by-language-title"),
            Chart::Interpreters => msg!("chart-interpreter-share-by-language-title"),
            Chart::Groups => msg!("chart-groups-reached-title"),
            Chart::Topics => msg!("chart-topics-given-title"),
            Chart::Channels => msg!("chart-channel-mix-title"),
            Chart::Outcomes => msg!("chart-outcomes-title"),
            Chart::Principles => msg!("chart-principles-served-title"),
            Chart::SelfAssessment => msg!("chart-self-assessment-title"),
            Chart::Onboarding => msg!("chart-onboarding-sessions-title"),
        }
    }

    /// What its bars measure.
    pub fn axis(self) -> MessageId {
        match self {
            Chart::PerMonth => msg!("chart-contacts-per-month-axis"),
            Chart::Languages => msg!("chart-contacts-by-language-axis"),
            Chart::Interpreters => msg!("chart-interpreter-share-by-language-axis"),
            Chart::Groups => msg!("chart-groups-reached-axis"),
            Chart::Topics => msg!("chart-topics-given-axis"),
            Chart::Channels => msg!("chart-channel-mix-axis"),
            Chart::Outcomes => msg!("chart-outcomes-axis"),
            Chart::Principles => msg!("chart-principles-served-axis"),
            Chart::SelfAssessment => msg!("chart-self-assessment-axis"),
            Chart::Onboarding => msg!("chart-onboarding-sessions-axis"),
        }
    }

    /// Drawn as columns over time rather than bars.
    pub fn is_over_time(self) -> bool {
        self == Chart::PerMonth
    }
}

/// One number of a table, typed, so each place writes it its own way: "12,5 %" on screen in
/// Danish, 12,5 in a Danish CSV, 0.125 formatted as a percentage in Excel.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cell {
    Count(u64),
    /// A share in percent (12.5 is 12.5 %); `None` when there is nothing to divide by.
    Percent(Option<f64>),
    /// A ratio with two decimals (reach: 1 means as in the area); `None` when undefined.
    Ratio(Option<f64>),
}

impl Cell {
    /// The cell as people read it in `locale`: "1.234", "12,5 %", "0,85", or a dash.
    pub fn text(self, locale: Locale) -> String {
        match self {
            Cell::Count(count) => format::integer(locale, count),
            Cell::Percent(Some(value)) => format::percent(locale, value, 1),
            Cell::Ratio(Some(value)) => format::decimal(locale, value, 2),
            Cell::Percent(None) | Cell::Ratio(None) => "–".to_string(),
        }
    }

    /// The number itself (percent as in [`Cell::Percent`]), or `None` for "no value".
    pub fn value(self) -> Option<f64> {
        match self {
            Cell::Count(count) => Some(count as f64),
            Cell::Percent(value) | Cell::Ratio(value) => value,
        }
    }

    pub fn is_percent(self) -> bool {
        matches!(self, Cell::Percent(_))
    }
}

/// One row: its label, the bar's segments, and the cells of the table.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Stable code of the row (month, language, group …), for the CSV.
    pub key: String,
    pub label: String,
    /// Values the bar is drawn from (stacked segments).
    pub segments: Vec<f64>,
    /// The row's table cells after the label, also written after the bar.
    pub cells: Vec<Cell>,
}

impl Row {
    /// The cells as people read them in `locale`.
    pub fn texts(&self, locale: Locale) -> Vec<String> {
        self.cells.iter().map(|cell| cell.text(locale)).collect()
    }
}

/// A chart's numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub chart: Chart,
    /// The language of its words and numbers.
    pub locale: Locale,
    pub title: String,
    /// What bar length means.
    pub axis: String,
    /// Column headings: the label column, then one per cell.
    pub header: Vec<String>,
    /// Names of the stacked segments (empty or one: no legend).
    pub series: Vec<String>,
    pub rows: Vec<Row>,
    /// The value a full bar stands for.
    pub max: f64,
}

impl Table {
    /// The key to the numbers written after each bar: the table's columns, in their order.
    pub fn values_key(&self, catalogue: &Catalogue) -> String {
        let columns = self.header.get(1..).unwrap_or_default().join(" · ");
        catalogue.render(self.locale, msg!("chart-values-key", columns = columns))
    }
}

/// A share in percent, or none when there is nothing to divide by.
pub fn percent(part: u64, whole: u64) -> Cell {
    Cell::Percent((whole > 0).then(|| part as f64 * 100.0 / whole as f64))
}

fn share(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 * 100.0 / whole as f64
    }
}

/// What the tables are made from.
pub struct Input<'a> {
    pub catalogue: &'a Catalogue,
    pub locale: Locale,
    pub indicators: &'a Indicators,
    pub assessments: &'a HashMap<String, Assessment>,
    /// The area's share (percent) of a language or group: `language:<code>`, `group:<code>`.
    pub baseline: &'a BTreeMap<String, f64>,
}

impl Input<'_> {
    fn tr(&self, text: impl Into<crate::i18n::Text>) -> String {
        self.catalogue.render(self.locale, text)
    }

    /// The text of an id made at run time from content or a code.
    fn text_of(&self, id: &str) -> String {
        self.catalogue.text(self.locale, id)
    }

    fn language_name(&self, code: &str) -> String {
        match Locale::from_tag(code) {
            Some(locale) => self.catalogue.meta(locale).name.clone(),
            None => self.tr(msg!("language-other")),
        }
    }

    fn table(
        &self,
        chart: Chart,
        header: Vec<MessageId>,
        series: Vec<MessageId>,
        rows: Vec<Row>,
        max: f64,
    ) -> Table {
        Table {
            chart,
            locale: self.locale,
            title: self.tr(chart.title()),
            axis: self.tr(chart.axis()),
            header: header.into_iter().map(|id| self.tr(id)).collect(),
            series: series.into_iter().map(|id| self.tr(id)).collect(),
            rows,
            max,
        }
    }

    /// Count and share rows for coded counts, with the baseline comparison where one is set.
    fn counted(&self, chart: Chart, kind: &str, counts: Vec<(String, String, u64)>) -> Table {
        let total = self.indicators.total;
        let with_baseline = counts
            .iter()
            .any(|(key, _, _)| self.baseline.contains_key(&format!("{kind}:{key}")));
        let rows: Vec<Row> = counts
            .into_iter()
            .map(|(key, label, count)| {
                let mut cells = vec![Cell::Count(count), percent(count, total)];
                if with_baseline {
                    match self.baseline.get(&format!("{kind}:{key}")) {
                        Some(area) => {
                            cells.push(Cell::Percent(Some(*area)));
                            let reach = (*area > 0.0).then(|| share(count, total) / area);
                            cells.push(Cell::Ratio(reach));
                        }
                        None => cells.extend([Cell::Percent(None), Cell::Ratio(None)]),
                    }
                }
                Row {
                    key,
                    label,
                    segments: vec![count as f64],
                    cells,
                }
            })
            .collect();
        let max = rows.iter().map(|r| r.segments[0]).fold(0.0, f64::max);
        let mut header = vec![
            msg!("table-what"),
            msg!("table-contacts"),
            msg!("table-share"),
        ];
        if with_baseline {
            header.extend([msg!("table-baseline"), msg!("table-reach")]);
        }
        self.table(chart, header, vec![], rows, max)
    }

    fn coded<T: Code>(&self, chart: Chart, kind: &str, rows: &[(T, u64)]) -> Table {
        self.counted(
            chart,
            kind,
            rows.iter()
                .map(|(code, count)| (code.code().to_string(), self.tr(code.label()), *count))
                .collect(),
        )
    }
}

/// Every chart's table.
pub fn tables(input: &Input) -> Vec<Table> {
    Chart::ALL
        .iter()
        .map(|chart| table(input, *chart))
        .collect()
}

/// One chart's table.
pub fn table(input: &Input, chart: Chart) -> Table {
    let ind = input.indicators;
    let total = ind.total;
    match chart {
        Chart::PerMonth => {
            let rows: Vec<Row> = ind
                .per_month
                .iter()
                .map(|(month, count)| Row {
                    key: month.clone(),
                    label: month_label(input, month),
                    segments: vec![*count as f64],
                    cells: vec![Cell::Count(*count)],
                })
                .collect();
            let max = rows.iter().map(|r| r.segments[0]).fold(0.0, f64::max);
            input.table(
                chart,
                vec![msg!("table-month"), msg!("table-contacts")],
                vec![],
                rows,
                max,
            )
        }
        Chart::Languages => input.counted(
            chart,
            "language",
            ind.by_language
                .iter()
                .map(|r| (r.code.clone(), input.language_name(&r.code), r.contacts))
                .collect(),
        ),
        Chart::Interpreters => {
            let rows: Vec<Row> = ind
                .by_language
                .iter()
                .filter(|r| r.contacts > 0)
                .map(|r| Row {
                    key: r.code.clone(),
                    label: input.language_name(&r.code),
                    segments: vec![
                        r.with_interpreter as f64,
                        (r.contacts - r.with_interpreter) as f64,
                    ],
                    cells: vec![
                        Cell::Count(r.contacts),
                        Cell::Count(r.with_interpreter),
                        percent(r.with_interpreter, r.contacts),
                    ],
                })
                .collect();
            let max = rows
                .iter()
                .map(|r| r.segments.iter().sum::<f64>())
                .fold(0.0, f64::max);
            input.table(
                chart,
                vec![
                    msg!("table-language"),
                    msg!("table-contacts"),
                    msg!("table-with-interpreter"),
                    msg!("table-share-with-interpreter"),
                ],
                vec![
                    msg!("series-with-interpreter"),
                    msg!("series-without-interpreter"),
                ],
                rows,
                max,
            )
        }
        Chart::Groups => input.coded(chart, "group", &ind.by_group),
        Chart::Topics => input.counted(
            chart,
            "topic",
            ind.by_topic
                .iter()
                .map(|(code, count)| {
                    (
                        code.clone(),
                        input.text_of(&format!("topic-{code}-title")),
                        *count,
                    )
                })
                .collect(),
        ),
        Chart::Channels => input.coded(chart, "channel", &ind.by_channel),
        Chart::Outcomes => input.coded(chart, "outcome", &ind.by_outcome),
        Chart::Principles => {
            let rows: Vec<Row> = ind
                .by_principle
                .iter()
                .map(|(code, count)| Row {
                    key: code.clone(),
                    label: format!(
                        "{code} {}",
                        input.text_of(&format!("principle-{code}-title"))
                    ),
                    segments: vec![share(*count, total)],
                    cells: vec![Cell::Count(*count), percent(*count, total)],
                })
                .collect();
            input.table(
                chart,
                vec![
                    msg!("table-principle"),
                    msg!("table-contacts"),
                    msg!("table-share"),
                ],
                vec![],
                rows,
                100.0,
            )
        }
        Chart::Onboarding => {
            let rows: Vec<Row> = ind
                .onboarding
                .iter()
                .map(|m| Row {
                    key: m.month.clone(),
                    label: month_label(input, &m.month),
                    segments: vec![m.participants as f64],
                    cells: vec![Cell::Count(m.sessions), Cell::Count(m.participants)],
                })
                .collect();
            let max = rows.iter().map(|r| r.segments[0]).fold(0.0, f64::max);
            input.table(
                chart,
                vec![
                    msg!("table-month"),
                    msg!("table-sessions"),
                    msg!("table-participants"),
                ],
                vec![],
                rows,
                max,
            )
        }
        Chart::SelfAssessment => {
            let rows: Vec<Row> = Section::ALL
                .iter()
                .map(|section| {
                    let items: Vec<String> = section
                        .principles()
                        .flat_map(|p| p.items())
                        .map(|i| i.to_string())
                        .collect();
                    let p = Progress::of(items.iter().map(String::as_str), input.assessments);
                    Row {
                        key: section.number().to_string(),
                        label: format!(
                            "{}. {}",
                            section.number(),
                            input.text_of(&section.title_id())
                        ),
                        segments: vec![
                            p.in_place as f64,
                            p.in_progress as f64,
                            p.not_started as f64,
                        ],
                        cells: vec![
                            Cell::Count(p.in_place as u64),
                            Cell::Count(p.in_progress as u64),
                            Cell::Count(p.not_started as u64),
                            percent(p.in_place as u64, p.total() as u64),
                        ],
                    }
                })
                .collect();
            let max = rows
                .iter()
                .map(|r| r.segments.iter().sum::<f64>())
                .fold(0.0, f64::max);
            input.table(
                chart,
                vec![
                    msg!("assessment-column-section"),
                    msg!("assessment-in-place"),
                    msg!("assessment-in-progress"),
                    msg!("assessment-not-started"),
                    msg!("assessment-column-share"),
                ],
                vec![
                    msg!("assessment-in-place"),
                    msg!("assessment-in-progress"),
                    msg!("assessment-not-started"),
                ],
                rows,
                max,
            )
        }
    }
}

/// "2026-03" as "mar 2026" in the report language.
fn month_label(input: &Input, month: &str) -> String {
    let (year, number) = month.split_once('-').unwrap_or((month, "1"));
    let number: i8 = number.parse().unwrap_or(1);
    input.catalogue.render(
        input.locale,
        msg!(
            "indicators-month-short",
            month = input.tr(crate::i18n::message::month(number)),
            year = year
        ),
    )
}

/// The codes of the CSV's columns (the numbers export, long format).
pub const CSV_COLUMNS: [&str; 5] = ["indicator", "key", "label", "column", "value"];

/// The CSV's columns' names, in [`CSV_COLUMNS`] order.
pub const CSV_LABELS: [MessageId; 5] = [
    msg!("indicators-column-indicator"),
    msg!("indicators-column-key"),
    msg!("indicators-column-label"),
    msg!("indicators-column-column"),
    msg!("indicators-column-value"),
];

/// The numbers as CSV for programs: the columns' codes, commas, decimal points, no byte-order
/// mark, a share as a number of percent (what `skranke indicators` writes to standard output).
pub fn csv_codes(tables: &[Table]) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record(CSV_COLUMNS);
    for table in tables {
        for row in &table.rows {
            for (column, cell) in table.header.iter().skip(1).zip(&row.cells) {
                let value = match cell {
                    Cell::Count(count) => count.to_string(),
                    Cell::Percent(Some(value)) => format!("{value:.1}"),
                    Cell::Ratio(Some(value)) => format!("{value:.2}"),
                    Cell::Percent(None) | Cell::Ratio(None) => String::new(),
                };
                let _ =
                    writer.write_record([table.chart.code(), &row.key, &row.label, column, &value]);
            }
        }
    }
    writer.into_inner().unwrap_or_default()
}

/// A table's column heading for files: a percentage column says "(%)", as its numbers are
/// written without the sign.
pub fn column_heading(catalogue: &Catalogue, locale: Locale, heading: &str, cell: Cell) -> String {
    if cell.is_percent() {
        catalogue.render(
            locale,
            msg!("indicators-column-percent", column = heading.to_string()),
        )
    } else {
        heading.to_string()
    }
}

/// The numbers as CSV, one value per line (long format, easy to load into BI), for a
/// spreadsheet in `dialect`: a byte-order mark, the columns named in the tables' language,
/// numbers as numbers (a share as 12,5 under "Andel (%)"), nothing where there is no value.
pub fn csv(catalogue: &Catalogue, tables: &[Table], dialect: Dialect) -> Vec<u8> {
    let mut writer = dialect.writer();
    let locale = tables.first().map_or(dialect.locale, |t| t.locale);
    let _ = writer.write_record(CSV_LABELS.map(|label| catalogue.render(locale, label)));
    for table in tables {
        for row in &table.rows {
            for (column, cell) in table.header.iter().skip(1).zip(&row.cells) {
                let value = match (cell, cell.value()) {
                    (Cell::Count(count), _) => count.to_string(),
                    (Cell::Percent(_), Some(value)) => dialect.number(value, 1),
                    (Cell::Ratio(_), Some(value)) => dialect.number(value, 2),
                    (_, None) => String::new(),
                };
                let heading = column_heading(catalogue, locale, column, *cell);
                let _ = writer.write_record([
                    table.chart.code(),
                    &row.key,
                    &row.label,
                    &heading,
                    &value,
                ]);
            }
        }
    }
    writer.into_inner().unwrap_or_default()
}

/// A chart as inline SVG: horizontal bars (or columns over time), values written as text,
/// series told apart by pattern.
fn svg(table: &Table) -> String {
    let mut out = String::new();
    let row_height = 26.0;
    let width = 640.0;
    let label_width = 230.0;
    let bar_width = 280.0;
    let height = table.rows.len() as f64 * row_height + 30.0;
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"12\">\
         <defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000\" stroke-width=\"2\"/></pattern>\
         <pattern id=\"dots\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"><circle cx=\"2.5\" cy=\"2.5\" r=\"1.1\" fill=\"#000\"/></pattern></defs>",
        escape(&table.title)
    );
    let fills = ["#1f4e79", "url(#hatch)", "url(#dots)"];
    for (index, row) in table.rows.iter().enumerate() {
        let y = index as f64 * row_height;
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{}\">{}</text>",
            y + 17.0,
            escape(&row.label)
        );
        let _ = write!(
            out,
            "<rect x=\"{label_width}\" y=\"{}\" width=\"{bar_width}\" height=\"16\" fill=\"none\" stroke=\"#888\"/>",
            y + 5.0
        );
        let mut x = label_width;
        for (segment, value) in row.segments.iter().enumerate() {
            let length = if table.max > 0.0 {
                value / table.max * bar_width
            } else {
                0.0
            };
            let _ = write!(
                out,
                "<rect x=\"{x}\" y=\"{}\" width=\"{length}\" height=\"16\" fill=\"{}\" stroke=\"#000\" stroke-width=\"0.5\"/>",
                y + 5.0,
                fills[segment % 3]
            );
            x += length;
        }
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\">{}</text>",
            label_width + bar_width + 8.0,
            y + 17.0,
            escape(&row.texts(table.locale).join(" · "))
        );
    }
    let _ = write!(
        out,
        "<text x=\"{label_width}\" y=\"{}\" fill=\"#333\">{}</text></svg>",
        height - 6.0,
        escape(&table.axis)
    );
    out
}

/// The printable report: each chart as inline SVG, its legend and its table.
pub fn html(input: &Input, title_line: &str) -> String {
    let tables = tables(input);
    let mut body = String::new();
    let title = input.tr(msg!("indicators-title"));
    let _ = writeln!(
        body,
        "<h1>{}</h1>\n<p class=\"meta\">{}</p>",
        escape(&title),
        escape(title_line)
    );
    for table in &tables {
        let _ = writeln!(body, "<h2>{}</h2>", escape(&table.title));
        body.push_str(&svg(table));
        let _ = writeln!(
            body,
            "<p class=\"meta\">{}</p>",
            escape(&table.values_key(input.catalogue))
        );
        if table.series.len() > 1 {
            let legend: Vec<String> = table
                .series
                .iter()
                .zip([" (■)", " (▨)", " (⁘)"])
                .map(|(name, mark)| format!("{}{mark}", escape(name)))
                .collect();
            let _ = writeln!(body, "<p class=\"meta\">{}</p>", legend.join(" · "));
        }
        let _ = write!(
            body,
            "<table data-indicator=\"{}\">\n<tr>",
            table.chart.code()
        );
        for heading in &table.header {
            let _ = write!(body, "<th>{}</th>", escape(heading));
        }
        body.push_str("</tr>\n");
        for row in &table.rows {
            let _ = write!(
                body,
                "<tr data-key=\"{}\"><td>{}</td>",
                escape(&row.key),
                escape(&row.label)
            );
            for cell in row.texts(table.locale) {
                let _ = write!(body, "<td>{}</td>", escape(&cell));
            }
            body.push_str("</tr>\n");
        }
        body.push_str("</table>\n");
    }
    document(
        input.locale,
        input.catalogue.direction(input.locale),
        &title,
        &body,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_have_one_decimal_and_a_dash_for_nothing() {
        assert_eq!(percent(1, 3).text(Locale::Da), "33,3\u{a0}%");
        assert_eq!(percent(1, 8).text(Locale::En), "12.5%");
        assert_eq!(percent(0, 0).text(Locale::Da), "–");
        assert_eq!(percent(0, 0).value(), None);
        assert_eq!(Cell::Count(1234).text(Locale::Da), "1.234");
        assert_eq!(Cell::Ratio(Some(0.846)).text(Locale::Da), "0,85");
    }
}
