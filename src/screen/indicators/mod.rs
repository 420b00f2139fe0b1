//! The unit's equality indicators: do our services reach all groups? Charts, each with the same
//! numbers as a table, for a period and a unit; computed off the UI thread.

mod charts;

use super::{Context, SaveOutcome, save_outcome_text};
use crate::clock;
use crate::export::Format;
use crate::i18n::Arg;
use crate::store::indicators::{Indicators, Scope};
use crate::ui::focus::{ControlId, Controls};
use crate::ui::style::texts;
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, size};
use iced::widget::{Column, column};
use iced::{Alignment, Element, Fill};
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
            None => ctx.tr("language-other"),
        },
        Some(("group", code)) => ctx.tr(&format!("group-{code}")),
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
    Units(Vec<String>),
    Loaded {
        generation: u64,
        result: Result<Indicators, String>,
    },
    ToggleTable(Chart),
    Export(Format),
    Exported(SaveOutcome),
    /// Open or close the baseline card, filled in from the saved baseline.
    ToggleBaseline(BTreeMap<String, f64>),
    BaselineEdited(String, String),
    SaveBaseline,
}

/// What the app should do after a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    None,
    /// Compute the indicators for this scope (results come back as `Loaded`).
    Load {
        scope: Scope,
        generation: u64,
    },
    Export(Format),
    /// Save the area's shares (percent) of languages and groups.
    SaveBaseline(BTreeMap<String, f64>),
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
    error: Option<String>,
    /// Computations started; a result from an older one is dropped (a filter superseded it).
    generation: u64,
    tables: HashSet<Chart>,
    export_status: Option<SaveOutcome>,
    /// The baseline card's fields while it is open, by key (`language:ar`, `group:elderly`).
    baseline: Option<BTreeMap<String, String>>,
    baseline_invalid: Vec<String>,
}

impl State {
    pub fn new(today: Date) -> State {
        State {
            period: Period::Year,
            anchor: today,
            custom_from: clock::format_day(Date::new(today.year(), 1, 1).unwrap_or(today)),
            custom_to: clock::format_day(today),
            custom_invalid: false,
            unit: None,
            units: Vec::new(),
            result: None,
            loading: false,
            error: None,
            generation: 0,
            tables: HashSet::new(),
            export_status: None,
            baseline: None,
            baseline_invalid: Vec::new(),
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
    pub fn reload(&mut self) -> Action {
        let Some(scope) = self.scope() else {
            return Action::None;
        };
        self.generation += 1;
        self.loading = true;
        Action::Load {
            scope,
            generation: self.generation,
        }
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

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Period(period) => {
                self.period = period;
                self.reload()
            }
            Message::Previous => {
                self.shift(false);
                self.reload()
            }
            Message::Next => {
                self.shift(true);
                self.reload()
            }
            Message::CustomFrom(text) => {
                self.custom_from = text;
                Action::None
            }
            Message::CustomTo(text) => {
                self.custom_to = text;
                Action::None
            }
            Message::ApplyCustom => {
                self.custom_invalid = self.range().is_none();
                if self.custom_invalid {
                    Action::None
                } else {
                    self.reload()
                }
            }
            Message::Unit(unit) => {
                self.unit = unit;
                self.reload()
            }
            Message::Units(units) => {
                self.units = units;
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
                        Err(reason) => self.error = Some(reason),
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
            Message::Export(format) => {
                self.export_status = None;
                Action::Export(format)
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
                                let text =
                                    saved.get(&key).map(|v| format!("{v}")).unwrap_or_default();
                                (key, text)
                            })
                            .collect(),
                    ),
                };
                Action::None
            }
            Message::BaselineEdited(key, text) => {
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
                    let text = text.trim().trim_end_matches('%').trim().replace(',', ".");
                    if text.is_empty() {
                        continue;
                    }
                    match text.parse::<f64>() {
                        Ok(value) if (0.0..=100.0).contains(&value) => {
                            values.insert(key.clone(), value);
                        }
                        _ => self.baseline_invalid.push(key.clone()),
                    }
                }
                if self.baseline_invalid.is_empty() {
                    self.baseline = None;
                    Action::SaveBaseline(values)
                } else {
                    Action::None
                }
            }
        }
    }

    /// The period in words: "november 2026", "4. kvartal 2026", "2026", or the two days.
    pub fn period_label(&self, ctx: &Context) -> String {
        let a = self.anchor;
        match self.period {
            Period::Month => ctx.tr_with(
                "indicators-month-label",
                &[
                    ("month", Arg::from(ctx.tr(&format!("month-{}", a.month())))),
                    ("year", Arg::from(i64::from(a.year()))),
                ],
            ),
            Period::Quarter => ctx.tr_with(
                "indicators-quarter-label",
                &[
                    ("quarter", Arg::from(i64::from((a.month() - 1) / 3 + 1))),
                    ("year", Arg::from(i64::from(a.year()))),
                ],
            ),
            Period::Year => a.year().to_string(),
            Period::Custom => match self.range() {
                Some((from, to)) => {
                    format!("{} – {}", clock::format_day(from), clock::format_day(to))
                }
                None => String::new(),
            },
        }
    }

    pub fn view<'a>(
        &'a self,
        ctx: &Context<'a>,
        controls: &mut Controls<Message>,
        width: f32,
    ) -> Element<'a, Message> {
        let ui = &ctx.ui;
        let mut page = Column::new().spacing(size::GAP * 1.25).width(Fill);
        page = page.push(widget::heading(ui, ctx.tr("indicators-title"), 1));
        page = page.push(widget::label(ui, ctx.tr("indicators-intro")));
        page = page.push(self.choices(ctx, controls, width));
        if let Some(not_open) = ctx.store_not_open("log-no-store") {
            return page.push(not_open).into();
        }
        if self.loading {
            page = page.push(widget::notice_text(ui, ctx.tr("indicators-computing")));
        }
        if let Some(reason) = &self.error {
            page = page.push(widget::error(
                ui,
                ctx.tr_with(
                    "indicators-failed",
                    &[("reason", Arg::from(reason.as_str()))],
                ),
            ));
        }
        if let Some(result) = &self.result {
            page = page.push(
                widget::label(
                    ui,
                    ctx.tr_with(
                        "indicators-total",
                        &[
                            ("count", Arg::from(result.total)),
                            ("period", Arg::from(self.period_label(ctx))),
                        ],
                    ),
                )
                .font(crate::ui::fonts::bold(crate::ui::fonts::for_locale(
                    ui.staff.locale,
                ))),
            );
            for chart in Chart::ALL {
                page = page.push(charts::card(
                    ctx,
                    controls,
                    chart,
                    result,
                    self.tables.contains(&chart),
                    width,
                ));
            }
        }
        page = page.push(self.baseline_card(ctx, controls, width));
        page = page.push(self.export_card(ctx, controls));
        page.into()
    }

    fn baseline_card<'a>(
        &'a self,
        ctx: &Context<'a>,
        controls: &mut Controls<Message>,
        width: f32,
    ) -> Element<'a, Message> {
        let ui = &ctx.ui;
        let label = ctx.tr(if self.baseline.is_some() {
            "baseline-close"
        } else {
            "baseline-open"
        });
        let toggle = widget::button(
            ui,
            controls,
            &ControlId::new("baseline-toggle"),
            label,
            Some(Message::ToggleBaseline(ctx.settings.baseline.clone())),
            Kind::Secondary,
        );
        let mut body = column![
            widget::heading(ui, ctx.tr("baseline-title"), 2),
            widget::muted(ui, ctx.tr("baseline-hint")),
            toggle
        ]
        .spacing(size::GAP);
        if let Some(fields) = &self.baseline {
            let per_row = ((width / 240.0).floor() as usize).clamp(1, 3);
            let inputs: Vec<Element<'a, Message>> = fields
                .iter()
                .map(|(key, text)| {
                    let name = baseline_label(ctx, key);
                    let id = ControlId::dynamic(format!("baseline-{key}"));
                    let owned = key.clone();
                    widget::text_field(
                        ui,
                        controls,
                        &id,
                        ctx.tr_with("baseline-field", &[("name", Arg::from(name))]),
                        text,
                        move |t| Message::BaselineEdited(owned.clone(), t),
                        Some(Message::SaveBaseline),
                    )
                })
                .collect();
            body = body.push(widget::grid(ui, inputs, per_row));
            if !self.baseline_invalid.is_empty() {
                let names: Vec<String> = self
                    .baseline_invalid
                    .iter()
                    .map(|k| baseline_label(ctx, k))
                    .collect();
                body = body.push(widget::error(
                    ui,
                    ctx.tr_with(
                        "baseline-invalid",
                        &[("names", Arg::from(names.join(", ")))],
                    ),
                ));
            }
            body = body.push(widget::button(
                ui,
                controls,
                &ControlId::new("baseline-save"),
                ctx.tr("baseline-save"),
                Some(Message::SaveBaseline),
                Kind::Primary,
            ));
        }
        widget::card(ui, body)
    }

    fn choices<'a>(
        &'a self,
        ctx: &Context<'a>,
        controls: &mut Controls<Message>,
        width: f32,
    ) -> Element<'a, Message> {
        let ui = &ctx.ui;
        let per_row = ((width / 170.0).floor() as usize).clamp(1, 4);
        let periods: Vec<Element<'a, Message>> = Period::ALL
            .iter()
            .map(|period| {
                let label = ctx.tr(&format!("indicators-period-{}", period.code()));
                let chosen = *period == self.period;
                let caption = widget::option_caption(ui.staff, label.clone(), chosen);
                let id = ControlId::dynamic(format!("indicators-period-{}", period.code()));
                widget::option(
                    ui,
                    controls,
                    &id,
                    label,
                    caption,
                    chosen,
                    Message::Period(*period),
                )
            })
            .collect();
        let mut block = Column::new().spacing(size::GAP).width(Fill);
        block = block.push(widget::grid(ui, periods, per_row));
        if self.period == Period::Custom {
            let from = widget::text_field(
                ui,
                controls,
                &ControlId::new("indicators-from"),
                ctx.tr("log-filter-from"),
                &self.custom_from,
                Message::CustomFrom,
                Some(Message::ApplyCustom),
            );
            let to = widget::text_field(
                ui,
                controls,
                &ControlId::new("indicators-to"),
                ctx.tr("log-filter-to"),
                &self.custom_to,
                Message::CustomTo,
                Some(Message::ApplyCustom),
            );
            block = block.push(widget::grid(ui, vec![from, to], 2));
            block = block.push(widget::button(
                ui,
                controls,
                &ControlId::new("indicators-apply"),
                ctx.tr("log-filter-apply"),
                Some(Message::ApplyCustom),
                Kind::Secondary,
            ));
            if self.custom_invalid {
                block = block.push(widget::error(ui, ctx.tr("export-range-invalid")));
            }
        } else {
            let previous = widget::button(
                ui,
                controls,
                &ControlId::new("indicators-previous"),
                ctx.tr("indicators-previous"),
                Some(Message::Previous),
                Kind::Secondary,
            );
            let next = widget::button(
                ui,
                controls,
                &ControlId::new("indicators-next"),
                ctx.tr("indicators-next"),
                Some(Message::Next),
                Kind::Secondary,
            );
            let label = widget::inline(ui, self.period_label(ctx)).font(crate::ui::fonts::bold(
                crate::ui::fonts::for_locale(ui.staff.locale),
            ));
            block = block.push(
                direction::row(ui.direction(), vec![previous, label.into(), next])
                    .spacing(size::GAP)
                    .align_y(Alignment::Center),
            );
        }
        let mut units: Vec<Element<'a, Message>> = Vec::new();
        let all_label = ctx.tr("indicators-all-units");
        let all_chosen = self.unit.is_none();
        units.push(widget::option(
            ui,
            controls,
            &ControlId::new("indicators-unit-all"),
            all_label.clone(),
            widget::option_caption(ui.staff, all_label, all_chosen),
            all_chosen,
            Message::Unit(None),
        ));
        for (index, unit) in self.units.iter().enumerate() {
            let chosen = self.unit.as_deref() == Some(unit);
            let id = ControlId::dynamic(format!("indicators-unit-{index}"));
            units.push(widget::option(
                ui,
                controls,
                &id,
                unit.clone(),
                widget::option_caption(ui.staff, unit.clone(), chosen),
                chosen,
                Message::Unit(Some(unit.clone())),
            ));
        }
        block = block.push(
            column![
                widget::label(ui, ctx.tr("log-unit")),
                widget::grid(ui, units, per_row.min(2))
            ]
            .spacing(6),
        );
        widget::card(ui, block)
    }

    fn export_card<'a>(
        &'a self,
        ctx: &Context<'a>,
        controls: &mut Controls<Message>,
    ) -> Element<'a, Message> {
        let ui = &ctx.ui;
        let ready = self.result.is_some() && !self.loading;
        let csv = widget::button(
            ui,
            controls,
            &ControlId::new("indicators-export-csv"),
            ctx.tr("indicators-export-csv"),
            ready.then_some(Message::Export(Format::Csv)),
            Kind::Secondary,
        );
        let html = widget::button(
            ui,
            controls,
            &ControlId::new("indicators-export-html"),
            ctx.tr("indicators-export-html"),
            ready.then_some(Message::Export(Format::Html)),
            Kind::Secondary,
        );
        let mut body = column![
            widget::heading(ui, ctx.tr("indicators-export"), 2),
            widget::muted(ui, ctx.tr("indicators-export-hint")),
            direction::row(ui.direction(), vec![html, csv]).spacing(size::GAP),
        ]
        .spacing(size::GAP);
        if let Some(outcome) = &self.export_status {
            let text = save_outcome_text(ctx, outcome);
            body = body.push(match outcome {
                SaveOutcome::Failed(_) => widget::error(ui, text),
                _ => widget::label(ui, text).style(texts::success(ui.palette)),
            });
        }
        widget::card(ui, body)
    }
}
