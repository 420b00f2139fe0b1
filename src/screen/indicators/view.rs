//! The indicators' page: the period and unit chosen, the charts with their tables, the baseline
//! and the exports.

use super::{Chart, Message, Period, State, baseline_label, charts};
use crate::export::Format;
use crate::i18n::msg;
use crate::screen::Context;
use crate::screen::problem::{self, Explain};
use crate::ui::focus::{self, ControlId, Controls};
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, size};
use iced::widget::{Column, column};
use iced::{Alignment, Element, Fill};

impl State {
    pub(super) fn page<'a>(
        &'a self,
        ctx: &Context<'a>,
        controls: &mut Controls<Message>,
        width: f32,
    ) -> Element<'a, Message> {
        let ui = &ctx.ui;
        let mut page = Column::new().spacing(size::GAP * 1.25).width(Fill);
        page = page.push(widget::heading(ui, ctx.tr(msg!("indicators-title")), 1));
        page = page.push(widget::label(ui, ctx.tr(msg!("indicators-intro"))));
        page = page.push(self.choices(ctx, controls, width));
        if let Some(not_open) = ctx.store_not_open(msg!("log-no-store")) {
            return page.push(not_open).into();
        }
        if self.loading {
            page = page.push(widget::notice_text(
                ui,
                ctx.tr(msg!("indicators-computing")),
            ));
        }
        if let Some(error) = &self.error {
            let sentence = ctx.tr(msg!(
                "indicators-failed",
                reason = error.sentence(&ctx.words())
            ));
            page = page.push(problem::view(
                ctx,
                controls,
                ControlId::new("indicators-failed-details"),
                sentence,
                error.detail(),
                &self.details,
                Message::Details,
            ));
        }
        if let Some(result) = &self.result {
            page = page.push(
                widget::label(
                    ui,
                    ctx.tr(msg!(
                        "indicators-total",
                        count = result.total,
                        period = self.period_label(ctx)
                    )),
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
            msg!("baseline-close")
        } else {
            msg!("baseline-open")
        });
        let toggle = widget::button(
            ui,
            controls,
            &ControlId::new("baseline-toggle"),
            label,
            Some(Message::ToggleBaseline(ctx.settings.baseline.clone())),
            Kind::Secondary,
        );
        controls.shows_or_hides(&ControlId::new("baseline-toggle"), self.baseline.is_some());
        let mut body = column![
            widget::heading(ui, ctx.tr(msg!("baseline-title")), 2),
            widget::muted(ui, ctx.tr(msg!("baseline-hint"))),
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
                        ctx.tr(msg!("baseline-field", name = name)),
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
                let fields: Vec<ControlId> = self
                    .baseline_invalid
                    .iter()
                    .map(|k| ControlId::dynamic(format!("baseline-{k}")))
                    .collect();
                body = body.push(widget::field_error(
                    ui,
                    controls,
                    &fields.iter().collect::<Vec<_>>(),
                    ctx.tr(msg!("baseline-invalid", names = names.join(", "))),
                ));
            }
            body = body.push(widget::button(
                ui,
                controls,
                &ControlId::new("baseline-save"),
                ctx.tr(msg!("baseline-save")),
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
        let periods: Vec<Element<'a, Message>> = controls.group(
            focus::Group::new("indicators-period", ctx.tr(msg!("indicators-period"))),
            |controls| {
                Period::ALL
                    .iter()
                    .map(|period| {
                        let label = ctx.tr(period.label());
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
                    .collect()
            },
        );
        let mut block = Column::new().spacing(size::GAP).width(Fill);
        block = block.push(widget::grid(ui, periods, per_row));
        if self.period == Period::Custom {
            let from = widget::text_field(
                ui,
                controls,
                &ControlId::new("indicators-from"),
                ctx.tr(msg!("log-filter-from")),
                &self.custom_from,
                Message::CustomFrom,
                Some(Message::ApplyCustom),
            );
            let to = widget::text_field(
                ui,
                controls,
                &ControlId::new("indicators-to"),
                ctx.tr(msg!("log-filter-to")),
                &self.custom_to,
                Message::CustomTo,
                Some(Message::ApplyCustom),
            );
            block = block.push(widget::grid(ui, vec![from, to], 2));
            block = block.push(widget::button(
                ui,
                controls,
                &ControlId::new("indicators-apply"),
                ctx.tr(msg!("log-filter-apply")),
                Some(Message::ApplyCustom),
                Kind::Secondary,
            ));
            if self.custom_invalid {
                block = block.push(widget::field_error(
                    ui,
                    controls,
                    &[
                        &ControlId::new("indicators-from"),
                        &ControlId::new("indicators-to"),
                    ],
                    ctx.tr(msg!("export-range-invalid")),
                ));
            }
        } else {
            let previous = widget::button(
                ui,
                controls,
                &ControlId::new("indicators-previous"),
                ctx.tr(msg!("indicators-previous")),
                Some(Message::Previous),
                Kind::Secondary,
            );
            let next = widget::button(
                ui,
                controls,
                &ControlId::new("indicators-next"),
                ctx.tr(msg!("indicators-next")),
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
        controls.begin_group(focus::Group::new(
            "indicators-unit",
            ctx.tr(msg!("log-unit")),
        ));
        let all_label = ctx.tr(msg!("indicators-all-units"));
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
        controls.end_group();
        block = block.push(
            column![
                widget::label(ui, ctx.tr(msg!("log-unit"))),
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
            ctx.tr(msg!("indicators-export-csv")),
            ready.then_some(Message::Export(Format::Csv)),
            Kind::Secondary,
        );
        let xlsx = widget::button(
            ui,
            controls,
            &ControlId::new("indicators-export-xlsx"),
            ctx.tr(msg!("indicators-export-xlsx")),
            ready.then_some(Message::Export(Format::Xlsx)),
            Kind::Secondary,
        );
        let html = widget::button(
            ui,
            controls,
            &ControlId::new("indicators-export-html"),
            ctx.tr(msg!("indicators-export-html")),
            ready.then_some(Message::Export(Format::Html)),
            Kind::Secondary,
        );
        let mut body = column![
            widget::heading(ui, ctx.tr(msg!("indicators-export")), 2),
            widget::muted(ui, ctx.tr(msg!("indicators-export-hint"))),
            crate::screen::separator::choice(
                ctx,
                controls,
                "indicators",
                self.separator(ctx),
                Message::Separator
            ),
            direction::wrapping_row(ui.direction(), vec![html, csv, xlsx], size::GAP),
        ]
        .spacing(size::GAP);
        if let Some(outcome) = &self.export_status {
            body = body.push(problem::save_outcome(
                ctx,
                controls,
                ControlId::new("indicators-export-details"),
                outcome,
                &self.details,
                Message::Details,
            ));
        }
        widget::card(ui, body)
    }
}
