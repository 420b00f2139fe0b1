//! The indicators' work: computed on a reading thread beside the log's writer, and the report
//! files built from what is shown.

use super::{Message, State};
use crate::export::Format;
use crate::i18n::msg;
use crate::screen::Context;
use crate::screen::dialog::SaveRequest;
use crate::store::Database;
use crate::store::indicators::{self, Scope};
use iced::Task;

/// Computes every indicator for `scope`; the answer comes back as `Loaded` with `generation`.
pub fn compute(database: &Database, scope: Scope, generation: u64) -> Task<Message> {
    let computed = database.read(move |conn| Ok(indicators::compute(conn, &scope)?));
    Task::perform(computed, move |result| Message::Loaded {
        generation,
        result,
    })
}

/// Reads the units the log holds entries of.
pub fn units(database: &Database) -> Task<Message> {
    Task::perform(
        database.read(|conn| Ok(indicators::units(conn)?)),
        Message::Units,
    )
}

/// The report of what is shown, as a file to save; `None` before anything is computed.
pub fn report(
    state: &State,
    ctx: &Context,
    format: Format,
) -> Result<Option<SaveRequest>, crate::export::SaveError> {
    let Some(result) = state.result() else {
        return Ok(None);
    };
    let locale = crate::export::assessment::report_locale(ctx.ui.staff.locale);
    let input = crate::export::indicators::Input {
        catalogue: ctx.i18n,
        locale,
        indicators: result,
        assessments: ctx.assessments,
        baseline: &ctx.settings.baseline,
    };
    let period = state.period_label(ctx);
    let unit = state
        .scope()
        .and_then(|s| s.unit)
        .unwrap_or_else(|| ctx.i18n.render(locale, msg!("indicators-all-units")));
    let line = ctx.i18n.render(
        locale,
        msg!("indicators-report-meta", period = period, unit = unit),
    );
    let tables = || crate::export::indicators::tables(&input);
    let bytes = match format {
        Format::Html => crate::export::indicators::html(&input, &line).into_bytes(),
        Format::Csv => {
            let dialect = crate::export::sheet::Dialect {
                locale,
                separator: state.separator(ctx),
            };
            crate::export::indicators::csv(ctx.i18n, &tables(), dialect)
        }
        // A workbook that cannot be built in memory is a failure to save, told as one.
        Format::Xlsx => crate::export::xlsx::indicators(ctx.i18n, &tables())?,
    };
    Ok(Some(SaveRequest {
        suggested_name: format!(
            "skranke-indicators-{}.{}",
            crate::clock::today(),
            format.extension()
        ),
        format,
        bytes,
    }))
}
