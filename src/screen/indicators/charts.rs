//! One indicator card: its chart (canvas) or, on request, the same numbers as a table.

use super::Message;
use crate::export::indicators::{self, Chart, Input};
use crate::i18n::msg;
use crate::screen::Context;
use crate::store::indicators::Indicators;
use crate::ui::chart::{BarChart, COLUMN_CHART_HEIGHT, ColumnChart};
use crate::ui::focus::{ControlId, Controls};
use crate::ui::semantics::{Meaning, tagged};
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, fonts, size};
use iced::widget::{Column, canvas};
use iced::{Alignment, Element, Fill};

pub fn toggle_id(chart: Chart) -> ControlId {
    ControlId::dynamic(format!("chart-{}-table", chart.code()))
}

pub fn card<'a>(
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    chart: Chart,
    result: &Indicators,
    as_table: bool,
    width: f32,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let input = Input {
        catalogue: ctx.i18n,
        locale: ui.staff.locale,
        indicators: result,
        assessments: ctx.assessments,
        baseline: &ctx.settings.baseline,
    };
    let table = indicators::table(&input, chart);
    let locale = table.locale;
    let toggle_label = ctx.tr(if as_table {
        msg!("chart-show-chart")
    } else {
        msg!("chart-show-table")
    });
    let toggle = widget::button(
        ui,
        controls,
        &toggle_id(chart),
        toggle_label,
        Some(Message::ToggleTable(chart)),
        Kind::Secondary,
    );
    let heading = widget::heading(ui, table.title.clone(), 2);
    let mut block = Column::new().spacing(size::GAP).width(Fill);
    block = block.push(
        direction::row(ui.direction(), vec![heading.into(), toggle])
            .spacing(size::GAP)
            .align_y(Alignment::Center),
    );
    // A screen reader hears the chart as a figure whose description gives the numbers.
    let numbers: Vec<String> = table
        .rows
        .iter()
        .map(|r| format!("{}: {}", r.label, r.texts(locale).join(", ")))
        .collect();
    let description = format!("{}. {}", table.axis, numbers.join("; "));
    let figure =
        |chart: Element<'a, Message>| tagged(Meaning::Figure(description.clone()), None, chart);
    if as_table {
        let mut portions = vec![3];
        portions.extend(std::iter::repeat_n(2, table.header.len().saturating_sub(1)));
        let rows = table
            .rows
            .iter()
            .map(|r| {
                std::iter::once(r.label.clone())
                    .chain(r.texts(locale))
                    .collect()
            })
            .collect();
        block = block.push(widget::table(ui, table.header.clone(), rows, &portions));
    } else if chart.is_over_time() {
        let columns = table
            .rows
            .iter()
            .map(|r| (r.label.clone(), r.segments[0]))
            .collect();
        let program = ColumnChart {
            columns,
            axis: table.axis.clone(),
            palette: ui.palette,
            direction: ui.direction(),
            font: fonts::for_locale(ui.staff.locale),
        };
        block = block.push(figure(
            canvas(program)
                .width(Fill)
                .height(COLUMN_CHART_HEIGHT)
                .into(),
        ));
    } else {
        let bars = table
            .rows
            .iter()
            .map(|r| crate::ui::chart::Bar {
                label: r.label.clone(),
                segments: r.segments.clone(),
                value: {
                    // The numbers are drawn left to right; in a right-to-left layout the first
                    // (the key's first) stands at the right, where reading starts.
                    let mut texts = r.texts(locale);
                    if ui.direction().is_rtl() {
                        texts.reverse();
                    }
                    texts.join(" · ")
                },
            })
            .collect();
        let program = BarChart {
            bars,
            series: table.series.clone(),
            axis: table.axis.clone(),
            max: table.max,
            palette: ui.palette,
            direction: ui.direction(),
            font: fonts::for_locale(ui.staff.locale),
        };
        let height = program.height();
        block = block.push(figure(canvas(program).width(Fill).height(height).into()));
        // The numbers after the bars are several columns: the key says which, in order.
        if table.header.len() > 2 {
            block = block.push(widget::muted(ui, table.values_key(ctx.i18n)));
        }
    }
    let _ = width;
    widget::card(ui, block)
}
