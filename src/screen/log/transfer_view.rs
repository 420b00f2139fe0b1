//! Export, merge, backup and restore of the outreach log.

use super::transfer::{Message, Restored, TransferState};
use crate::i18n::msg;
use crate::paths;
use crate::screen::problem::{self, Explain};
use crate::screen::{Context, SaveOutcome};
use crate::store::transfer::{ImportError, ImportReport};
use crate::ui::focus::{ControlId, Controls};
use crate::ui::style::texts;
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, size};
use iced::widget::{Column, column};
use iced::{Element, Fill};

const EXPORT_FROM: ControlId = ControlId::new("export-from");
const EXPORT_TO: ControlId = ControlId::new("export-to");
const EXPORT_TRAINING: ControlId = ControlId::new("export-training");
const EXPORT: ControlId = ControlId::new("export-start");
const EXPORT_XLSX: ControlId = ControlId::new("export-xlsx");
const IMPORT: ControlId = ControlId::new("import-start");
const BACKUP: ControlId = ControlId::new("backup-start");
const RESTORE: ControlId = ControlId::new("restore-start");

const EXPORT_DETAILS: ControlId = ControlId::new("export-details");
const IMPORT_DETAILS: ControlId = ControlId::new("import-details");
const BACKUP_DETAILS: ControlId = ControlId::new("backup-details");
const RESTORE_DETAILS: ControlId = ControlId::new("restore-details");

fn outcome<'a>(
    state: &TransferState,
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    id: ControlId,
    outcome: &SaveOutcome,
) -> Option<Element<'a, Message>> {
    problem::save_outcome(ctx, controls, id, outcome, &state.details, Message::Details)
}

pub fn view<'a>(
    state: &'a TransferState,
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let mut page = Column::new().spacing(size::GAP * 1.25).width(Fill);

    // Export.
    let mut export = Column::new().spacing(size::GAP).width(Fill);
    export = export.push(widget::heading(ui, ctx.tr(msg!("export-title")), 2));
    export = export.push(widget::muted(ui, ctx.tr(msg!("export-hint"))));
    let from = widget::text_field(
        ui,
        controls,
        &EXPORT_FROM,
        ctx.tr(msg!("log-filter-from")),
        &state.from_text,
        Message::ExportFrom,
        None,
    );
    let to = widget::text_field(
        ui,
        controls,
        &EXPORT_TO,
        ctx.tr(msg!("log-filter-to")),
        &state.to_text,
        Message::ExportTo,
        None,
    );
    export = export.push(widget::grid(ui, vec![from, to], 2));
    if state.range_invalid {
        export = export.push(widget::field_error(
            ui,
            controls,
            &[&EXPORT_FROM, &EXPORT_TO],
            ctx.tr(msg!("export-range-invalid")),
        ));
    }
    export = export.push(widget::checkbox(
        ui,
        controls,
        &EXPORT_TRAINING,
        ctx.tr(msg!("export-training")),
        state.include_training,
        Message::ToggleExportTraining,
    ));
    export = export.push(crate::screen::separator::choice(
        ctx,
        controls,
        "export",
        state.separator(ctx),
        Message::Separator,
    ));
    let running = state.export_progress.is_some();
    let csv = widget::button(
        ui,
        controls,
        &EXPORT,
        ctx.tr(msg!("export-start")),
        (!running).then_some(Message::Export),
        Kind::Primary,
    );
    let xlsx = widget::button(
        ui,
        controls,
        &EXPORT_XLSX,
        ctx.tr(msg!("export-xlsx")),
        (!running).then_some(Message::ExportXlsx),
        Kind::Secondary,
    );
    export = export.push(direction::wrapping_row(
        ui.direction(),
        vec![csv, xlsx],
        size::GAP,
    ));
    if let Some((done, total)) = state.export_progress {
        export = export.push(widget::label(
            ui,
            ctx.tr(msg!("export-progress", done = done, total = total)),
        ));
        export = export.push(widget::meter(
            ui,
            usize::try_from(done).unwrap_or(0),
            usize::try_from(total.max(1)).unwrap_or(1),
        ));
    }
    if let Some(result) = &state.export_status {
        export = export.push(outcome(state, ctx, controls, EXPORT_DETAILS, result));
    }
    page = page.push(widget::card(ui, export));

    // Merge.
    let mut merge = Column::new().spacing(size::GAP).width(Fill);
    merge = merge.push(widget::heading(ui, ctx.tr(msg!("import-title")), 2));
    merge = merge.push(widget::muted(ui, ctx.tr(msg!("import-hint"))));
    merge = merge.push(widget::button(
        ui,
        controls,
        &IMPORT,
        ctx.tr(msg!("import-start")),
        Some(Message::Import),
        Kind::Secondary,
    ));
    if let Some(result) = &state.import_status {
        merge = merge.push(import_report(state, ctx, controls, result));
    }
    page = page.push(widget::card(ui, merge));

    // Backup and restore.
    let mut backup = Column::new().spacing(size::GAP).width(Fill);
    backup = backup.push(widget::heading(ui, ctx.tr(msg!("backup-title")), 2));
    backup = backup.push(widget::label(
        ui,
        ctx.tr(msg!(
            "backup-automatic",
            folder = paths::display(&ctx.paths.backups_dir())
        )),
    ));
    let take = widget::button(
        ui,
        controls,
        &BACKUP,
        ctx.tr(msg!("backup-start")),
        Some(Message::Backup),
        Kind::Secondary,
    );
    let restore = widget::button(
        ui,
        controls,
        &RESTORE,
        ctx.tr(msg!("restore-start")),
        Some(Message::Restore),
        Kind::Secondary,
    );
    backup = backup.push(direction::row(ui.direction(), vec![take, restore]).spacing(size::GAP));
    backup = backup.push(widget::muted(ui, ctx.tr(msg!("restore-hint"))));
    if let Some(result) = &state.backup_status {
        backup = backup.push(outcome(state, ctx, controls, BACKUP_DETAILS, result));
    }
    if let Some(result) = &state.restore_status {
        backup = backup.push(match result {
            Restored::KeptAside(aside) => widget::label(
                ui,
                ctx.tr(msg!("restore-done", aside = paths::display(aside))),
            )
            .style(texts::success(ui.palette))
            .into(),
            Restored::Failed(error) => problem::view(
                ctx,
                controls,
                RESTORE_DETAILS,
                ctx.tr(msg!(
                    "restore-failed",
                    reason = error.sentence(&ctx.words())
                )),
                Explain::detail(error),
                &state.details,
                Message::Details,
            ),
        });
    }
    page = page.push(widget::card(ui, backup));
    page.into()
}

fn import_report<'a>(
    state: &TransferState,
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    result: &Result<ImportReport, ImportError>,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let error = match result {
        Ok(merged) => {
            return widget::label(
                ui,
                ctx.tr(msg!(
                    "import-done",
                    added = merged.added,
                    present = merged.already_present.len()
                )),
            )
            .style(texts::success(ui.palette))
            .into();
        }
        Err(error) => error,
    };
    let headline = problem::view(
        ctx,
        controls,
        IMPORT_DETAILS,
        error.sentence(&ctx.words()),
        Explain::detail(error),
        &state.details,
        Message::Details,
    );
    let ImportError::InvalidRows(rows) = error else {
        return headline;
    };
    let mut list = Column::new().spacing(4);
    list = list.push(headline);
    for row in rows.iter().take(20) {
        let described: Vec<String> = row
            .problems
            .iter()
            .map(|p| crate::explain::field_problem(&ctx.words(), p))
            .collect();
        list = list.push(widget::label(
            ui,
            ctx.tr(msg!(
                "import-invalid-line",
                line = row.line.to_string(),
                problems = described.join("; ")
            )),
        ));
    }
    if rows.len() > 20 {
        list = list.push(widget::muted(
            ui,
            ctx.tr(msg!("import-invalid-more", count = rows.len() - 20)),
        ));
    }
    column![list].into()
}
