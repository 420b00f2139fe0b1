//! The choice of a CSV file's field separator, beside the log's and the indicators' exports:
//! by default the one the staff language's Excel expects (`;` where the decimal mark is a
//! comma), or the other one for a spreadsheet set up differently.

use super::Context;
use crate::export::sheet::Separator;
use crate::i18n::msg;
use crate::ui::focus::{self, ControlId, Controls};
use crate::ui::{fonts, widget};
use iced::Element;
use iced::widget::Column;

/// The two separators as a radio group named `<prefix>-separator`, `chosen` marked.
pub fn choice<'a, Message: Clone + 'a>(
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    prefix: &str,
    chosen: Separator,
    message: fn(Separator) -> Message,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let title = ctx.tr(msg!("csv-separator"));
    let options = controls.group(
        focus::Group::new(
            ControlId::dynamic(format!("{prefix}-separator")),
            title.clone(),
        ),
        |controls| {
            Separator::ALL
                .iter()
                .map(|separator| {
                    let label = ctx.tr(match separator {
                        Separator::Semicolon => msg!("csv-separator-semicolon"),
                        Separator::Comma => msg!("csv-separator-comma"),
                    });
                    let is_chosen = *separator == chosen;
                    let caption = widget::option_caption(ui.staff, label.clone(), is_chosen);
                    let id = ControlId::dynamic(format!("{prefix}-separator-{}", separator.code()));
                    widget::option(
                        ui,
                        controls,
                        &id,
                        label,
                        caption,
                        is_chosen,
                        message(*separator),
                    )
                })
                .collect::<Vec<_>>()
        },
    );
    let heading = widget::label(ui, title).font(fonts::bold(fonts::for_locale(ui.staff.locale)));
    let per_row = if ctx.width > 700.0 { 2 } else { 1 };
    Column::new()
        .spacing(6)
        .push(heading)
        .push(widget::grid(ui, options, per_row))
        .into()
}
