//! The unit's equality indicators: do our services reach all groups? Charts, each with the same
//! numbers as a table, for a period and a unit; computed off the UI thread.

mod charts;
mod tasks;
mod view;

use super::{Action, Context, Disclosures, Request, SaveOutcome, Screen, View};
use crate::clock;
use crate::export::Format;
use crate::export::sheet::Separator;
use crate::i18n::msg;
use crate::settings::Change;
use crate::store::StoreError;
use crate::store::indicators::{Indicators, Scope};
use crate::ui::focus::{ControlId, Controls};
use jiff::civil::Date;
use std::collections::{BTreeMap, HashSet};

/// Every baseline key: each citizen language, then each group.
fn baseline_keys() -> impl Iterator<Item = String> {
    crate::outreach::codes::language_codes()
        .map(|code| format!("language:{code}"))
        .chain(
            crate::outreach::Group::ALL
                .iter()
                .map(|g| format!("group:{}", g.code())),
        )
}

/// A baseline key's name in the staff language.
fn baseline_label(ctx: &Context, key: &str) -> String {
    match key.split_once(':') {
        Some(("language", code)) => match crate::i18n::Locale::from_tag(code) {
            Some(locale) => ctx.i18n.meta(locale).name.clone(),
            None => ctx.tr(msg!("language-other")),
        },
        Some(("group", code)) => match crate::outreach::Group::from_code(code) {
            Some(group) => ctx.tr(group.label()),
            None => key.to_string(),
        },
        _ => key.to_string(),
    }
}

pub use crate::export::indicators::Chart;

/// The kind of period shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    Month,
    Quarter,
    Year,
    Custom,
}

impl Period {
    pub const ALL: [Period; 4] = [Period::Month, Period::Quarter, Period::Year, Period::Custom];

    fn code(self) -> &'static str {
        match self {
            Period::Month => "month",
            Period::Quarter => "quarter",
            Period::Year => "year",
            Period::Custom => "custom",
        }
    }

    fn label(self) -> crate::i18n::MessageId {
        match self {
            Period::Month => msg!("indicators-period-month"),
            Period::Quarter => msg!("indicators-period-quarter"),
            Period::Year => msg!("indicators-period-year"),
            Period::Custom => msg!("indicators-period-custom"),
        }
    }
}

#[derive(Clone, Debug)]
pub enum Message {
    Period(Period),
    Previous,
    Next,
    CustomFrom(String),
    CustomTo(String),
    ApplyCustom,
    Unit(Option<String>),
    /// The units in the log, for the choice of unit (or why they could not be read).
    Units(Result<Vec<String>, StoreError>),
    Loaded {
        generation: u64,
        result: Result<Indicators, StoreError>,
    },
    ToggleTable(Chart),
    Export(Format),
    Exported(SaveOutcome),
    /// The CSV's field separator.
    Separator(Separator),
    /// Open or close the baseline card, filled in from the saved baseline.
    ToggleBaseline(BTreeMap<String, f64>),
    BaselineEdited(String, String),
    SaveBaseline,
    /// Show or hide a failure's details.
    Details(ControlId),
}

#[derive(Clone, Debug)]
pub struct State {
    period: Period,
    /// A day inside the month, quarter or year shown.
    anchor: Date,
    custom_from: String,
    custom_to: String,
    custom_invalid: bool,
    unit: Option<String>,
    units: Vec<String>,
    result: Option<Indicators>,
    loading: bool,
    error: Option<StoreError>,
    /// Computations started; a result from an older one is dropped (a filter superseded it).
    generation: u64,
    tables: HashSet<Chart>,
    export_status: Option<SaveOutcome>,
    /// The CSV's separator as chosen; none: the one the report language's Excel expects.
    separator: Option<Separator>,
    /// The baseline card's fields while it is open, by key (`language:ar`, `group:elderly`).
    baseline: Option<BTreeMap<String, String>>,
    baseline_invalid: Vec<String>,
    details: Disclosures,
}

/// A baseline field's share in percent ("12,5", "12.5 %"), none when empty, or `Err` when it
/// is not a number from 0 to 100.
fn baseline_value(text: &str) -> Result<Option<f64>, ()> {
    let text = text.trim().trim_end_matches('%').trim().replace(',', ".");
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<f64>() {
        Ok(value) if (0.0..=100.0).contains(&value) => Ok(Some(value)),
        _ => Err(()),
    }
}

impl State {
    /// The year so far; the custom period's days written as `staff` writes them.
    pub fn new(today: Date, staff: crate::i18n::Locale) -> State {
        let day = |date| crate::i18n::format::day(staff, date);
        State {
            period: Period::Year,
            anchor: today,
            custom_from: day(Date::new(today.year(), 1, 1).unwrap_or(today)),
            custom_to: day(today),
            custom_invalid: false,
            unit: None,
            units: Vec::new(),
            result: None,
            loading: false,
            error: None,
            generation: 0,
            tables: HashSet::new(),
            export_status: None,
            separator: None,
            baseline: None,
            baseline_invalid: Vec::new(),
            details: Disclosures::default(),
        }
    }

    pub fn result(&self) -> Option<&Indicators> {
        self.result.as_ref()
    }

    pub fn is_loading(&self) -> bool {
        self.loading
    }

    /// The period's first and last day.
    pub fn range(&self) -> Option<(Date, Date)> {
        let a = self.anchor;
        match self.period {
            Period::Month => Some((a.first_of_month(), a.last_of_month())),
            Period::Quarter => {
                let first_month = (a.month() - 1) / 3 * 3 + 1;
                let start = Date::new(a.year(), first_month, 1).ok()?;
                let end = start
                    .checked_add(jiff::Span::new().months(3))
                    .ok()?
                    .yesterday()
                    .ok()?;
                Some((start, end))
            }
            Period::Year => Some((
                Date::new(a.year(), 1, 1).ok()?,
                Date::new(a.year(), 12, 31).ok()?,
            )),
            Period::Custom => {
                let from = clock::parse_day(&self.custom_from)?;
                let to = clock::parse_day(&self.custom_to)?;
                (from <= to).then_some((from, to))
            }
        }
    }

    pub fn scope(&self) -> Option<Scope> {
        self.range().map(|(from, to)| Scope {
            from,
            to,
            unit: self.unit.clone(),
        })
    }

    /// Starts a computation for the current choices; it supersedes any running one.
    fn reload(&mut self, ctx: &Context) -> Action<Message> {
        let (Some(scope), Some(database)) = (self.scope(), ctx.database()) else {
            return Action::None;
        };
        self.generation += 1;
        self.loading = true;
        Action::Run(tasks::compute(database, scope, self.generation))
    }

    fn shift(&mut self, forward: bool) {
        let sign = if forward { 1 } else { -1 };
        let span = match self.period {
            Period::Month => jiff::Span::new().months(sign),
            Period::Quarter => jiff::Span::new().months(3 * sign),
            Period::Year => jiff::Span::new().years(sign),
            Period::Custom => return,
        };
        if let Ok(anchor) = self.anchor.checked_add(span) {
            self.anchor = anchor;
        }
    }

    /// The CSV's separator: as chosen, or the one the report language's Excel expects.
    pub fn separator(&self, ctx: &Context) -> Separator {
        self.separator.unwrap_or_else(|| {
            Separator::for_locale(crate::export::assessment::report_locale(
                ctx.ui.staff.locale,
            ))
        })
    }

    /// The period in words: "november 2026", "4. kvartal 2026", "2026", or the two days.
    pub fn period_label(&self, ctx: &Context) -> String {
        let a = self.anchor;
        match self.period {
            Period::Month => ctx.tr(msg!(
                "indicators-month-label",
                month = ctx.tr(crate::i18n::message::month(a.month())),
                year = a.year().to_string()
            )),
            Period::Quarter => ctx.tr(msg!(
                "indicators-quarter-label",
                quarter = i64::from((a.month() - 1) / 3 + 1),
                year = a.year().to_string()
            )),
            Period::Year => a.year().to_string(),
            Period::Custom => match self.range() {
                Some((from, to)) => {
                    let day = |date| crate::i18n::format::day(ctx.ui.staff.locale, date);
                    format!("{} – {}", day(from), day(to))
                }
                None => String::new(),
            },
        }
    }
}

impl Screen for State {
    type Message = Message;

    fn update(&mut self, message: Message, ctx: &Context) -> Action<Message> {
        match message {
            Message::Period(period) => {
                self.period = period;
                self.reload(ctx)
            }
            Message::Previous => {
                self.shift(false);
                self.reload(ctx)
            }
            Message::Next => {
                self.shift(true);
                self.reload(ctx)
            }
            Message::CustomFrom(text) => {
                self.custom_from = text;
                // A shown error goes as soon as the period can be read.
                self.custom_invalid &= self.range().is_none();
                Action::None
            }
            Message::CustomTo(text) => {
                self.custom_to = text;
                self.custom_invalid &= self.range().is_none();
                Action::None
            }
            Message::ApplyCustom => {
                self.custom_invalid = self.range().is_none();
                if self.custom_invalid {
                    Action::None
                } else {
                    self.reload(ctx)
                }
            }
            Message::Unit(unit) => {
                self.unit = unit;
                self.reload(ctx)
            }
            Message::Units(units) => {
                match units {
                    Ok(units) => self.units = units,
                    Err(error) => self.error = Some(error),
                }
                Action::None
            }
            Message::Loaded { generation, result } => {
                if generation == self.generation {
                    self.loading = false;
                    match result {
                        Ok(indicators) => {
                            self.result = Some(indicators);
                            self.error = None;
                        }
                        Err(error) => self.error = Some(error),
                    }
                }
                Action::None
            }
            Message::ToggleTable(chart) => {
                if !self.tables.remove(&chart) {
                    self.tables.insert(chart);
                }
                Action::None
            }
            Message::Export(format) => match tasks::report(self, ctx, format) {
                Ok(Some(request)) => {
                    self.export_status = None;
                    Action::Run(super::dialog::save_as(request, Message::Exported))
                }
                Ok(None) => Action::None,
                Err(error) => {
                    crate::it_log::failure("save", error.code(), error.detail());
                    self.export_status = Some(SaveOutcome::Failed(error));
                    Action::None
                }
            },
            Message::Separator(separator) => {
                self.separator = Some(separator);
                Action::None
            }
            Message::Exported(outcome) => {
                if outcome != SaveOutcome::Cancelled {
                    self.export_status = Some(outcome);
                }
                Action::None
            }
            Message::ToggleBaseline(saved) => {
                self.baseline_invalid.clear();
                self.baseline = match self.baseline {
                    Some(_) => None,
                    None => Some(
                        baseline_keys()
                            .map(|key| {
                                // As the staff language writes a number: "12,5" in Danish.
                                let text = saved
                                    .get(&key)
                                    .map(|v| {
                                        crate::i18n::format::fluent_number(
                                            ctx.ui.staff.locale,
                                            *v,
                                            None,
                                            false,
                                        )
                                    })
                                    .unwrap_or_default();
                                (key, text)
                            })
                            .collect(),
                    ),
                };
                Action::None
            }
            Message::BaselineEdited(key, text) => {
                // A field's error goes as soon as it holds a share (or nothing).
                if baseline_value(&text).is_ok() {
                    self.baseline_invalid.retain(|invalid| *invalid != key);
                }
                if let Some(fields) = &mut self.baseline {
                    fields.insert(key, text);
                }
                Action::None
            }
            Message::SaveBaseline => {
                let Some(fields) = &self.baseline else {
                    return Action::None;
                };
                let mut values = BTreeMap::new();
                self.baseline_invalid.clear();
                for (key, text) in fields {
                    match baseline_value(text) {
                        Ok(Some(value)) => {
                            values.insert(key.clone(), value);
                        }
                        Ok(None) => {}
                        Err(()) => self.baseline_invalid.push(key.clone()),
                    }
                }
                if self.baseline_invalid.is_empty() {
                    self.baseline = None;
                    Action::Ask(Request::Setting(Change::Baseline(values)))
                } else {
                    Action::None
                }
            }
            Message::Details(id) => {
                self.details.toggle(id);
                Action::None
            }
        }
    }

    /// Showing the indicators reads the log's units and computes them again.
    fn enter(&mut self, ctx: &Context) -> Action<Message> {
        let units = match ctx.database() {
            Some(database) => Action::Run(tasks::units(database)),
            None => Action::None,
        };
        units.and(self.reload(ctx))
    }

    fn view<'a>(&'a self, ctx: &Context<'a>) -> View<'a, Message> {
        let mut controls = Controls::new();
        let content = self.page(ctx, &mut controls, ctx.width);
        View::new(content, controls)
    }
}
