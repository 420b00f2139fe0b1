//! About Skranke: version, where the files are, the database, shortcuts, translations, fonts.

use super::problem::Explain;
use super::{Action, Context, Screen, StoreState, View};
use crate::i18n::overrides::{OverrideProblem, OverrideReport};
use crate::i18n::{Locale, ReviewStatus};
use crate::i18n::{MessageId, msg};
use crate::paths;
use crate::store::OpenError;
use crate::ui::focus::Controls;
use crate::ui::semantics::{Meaning, tagged};
use crate::ui::widget;
use crate::ui::{direction, size};
use iced::widget::{Column, column, text};
use iced::{Element, Fill};

/// The keyboard shortcuts, as (keys, Fluent id of what they do).
pub const SHORTCUTS: &[(&str, MessageId)] = &[
    ("Tab / Shift+Tab", msg!("about-key-tab")),
    ("Enter / Space", msg!("about-key-activate")),
    ("Esc", msg!("about-key-escape")),
    ("F6", msg!("about-key-region")),
    ("Ctrl+1 … Ctrl+8", msg!("about-key-screens")),
    ("Ctrl+L", msg!("about-key-citizen-language")),
    ("Ctrl+B", msg!("about-key-log-visit")),
    ("Ctrl+D", msg!("about-key-same-as-last")),
    ("Ctrl++ / Ctrl+− / Ctrl+0", msg!("about-key-scale")),
    ("Page Up / Page Down", msg!("about-key-scroll")),
    ("F11", msg!("about-key-full-screen")),
    ("Ctrl+Z", msg!("about-key-undo")),
    ("Ctrl+Q", msg!("about-key-quit")),
];

/// Width of the keys column in the shortcut table.
const KEYS_WIDTH: f32 = 210.0;

/// The About screen has nothing to change; it only shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Message {}

#[derive(Clone, Debug, Default)]
pub struct State;

impl Screen for State {
    type Message = Message;

    fn update(&mut self, message: Message, _ctx: &Context) -> Action<Message> {
        match message {}
    }

    /// The view. About has no interactive controls of its own.
    fn view<'a>(&'a self, ctx: &Context<'a>) -> View<'a, Message> {
        let ui = &ctx.ui;
        let mut page = Column::new().spacing(size::GAP * 1.5).width(Fill);
        page = page.push(widget::heading(ui, ctx.tr(msg!("about-title")), 1));
        page = page.push(widget::card(
            ui,
            column![
                widget::label(ui, ctx.tr(msg!("about-intro"))),
                widget::muted(
                    ui,
                    ctx.tr(msg!("about-version", version = env!("CARGO_PKG_VERSION")))
                ),
            ]
            .spacing(size::GAP),
        ));
        page = page.push(files_card(ctx));
        page = page.push(keyboard_card(ctx));
        page = page.push(translations_card(ctx));
        page = page.push(widget::card(
            ui,
            column![
                widget::heading(ui, ctx.tr(msg!("about-fonts")), 2),
                widget::label(ui, ctx.tr(msg!("about-fonts-text")))
            ]
            .spacing(size::GAP),
        ));
        View::new(page, Controls::new())
    }
}

fn files_card<'a>(ctx: &Context<'a>) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let database = match ctx.store {
        StoreState::Open(_, info) => {
            ctx.tr(msg!("about-database-open", version = info.schema_version))
        }
        StoreState::Opening => ctx.tr(msg!("store-opening")),
        StoreState::Unavailable(error) => store_problem_text(ctx, error),
    };
    let mut body = column![
        widget::heading(ui, ctx.tr(msg!("about-files")), 2),
        fact(
            ctx,
            ctx.tr(msg!("about-settings-file")),
            paths::display(&ctx.paths.settings_file())
        ),
        fact(
            ctx,
            ctx.tr(msg!("about-database-file")),
            paths::display(&ctx.paths.database_file())
        ),
        fact(ctx, ctx.tr(msg!("about-database-status")), database),
        fact(
            ctx,
            ctx.tr(msg!("about-overrides-folder")),
            paths::display(&ctx.paths.overrides_dir())
        ),
    ]
    .spacing(size::GAP);
    let reports = ctx.i18n.override_reports();
    if reports.is_empty() {
        body = body.push(widget::muted(ui, ctx.tr(msg!("about-overrides-none"))));
    }
    for report in reports {
        body = body.push(widget::label(ui, override_text(ctx, report)));
    }
    widget::card(ui, body)
}

/// A labelled value on its own line; paths keep their left-to-right order in every language.
fn fact<'a>(ctx: &Context<'a>, name: String, value: String) -> Element<'a, Message> {
    let ui = &ctx.ui;
    column![
        widget::label(ui, name)
            .font(crate::ui::fonts::bold(crate::ui::fonts::for_locale(
                ui.staff.locale
            )))
            .width(Fill),
        widget::label(ui, value),
    ]
    .spacing(2)
    .into()
}

fn keyboard_card<'a>(ctx: &Context<'a>) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let mut body = Column::new()
        .spacing(size::GAP * 0.75)
        .push(widget::heading(ui, ctx.tr(msg!("about-keyboard")), 2));
    for (keys, id) in SHORTCUTS {
        let keys = text(*keys)
            .font(crate::ui::fonts::bold(crate::ui::fonts::LATIN))
            .size(size::BODY)
            .width(iced::Length::Fixed(KEYS_WIDTH))
            .align_x(direction::text_start(ui.direction()));
        let what = widget::label(ui, ctx.tr(*id));
        body = body.push(
            direction::row(ui.direction(), vec![keys.into(), what.into()]).spacing(size::GAP),
        );
    }
    widget::card(ui, body)
}

fn translations_card<'a>(ctx: &Context<'a>) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let mut body = column![
        widget::heading(ui, ctx.tr(msg!("about-translations")), 2),
        widget::muted(ui, ctx.tr(msg!("about-translations-hint")))
    ]
    .spacing(size::GAP * 0.75);
    for locale in Locale::ALL {
        let meta = ctx.i18n.meta(locale);
        let status = match meta.review.status {
            ReviewStatus::Source => ctx.tr(msg!("review-source")),
            ReviewStatus::Machine => ctx.tr(msg!("review-machine")),
            ReviewStatus::Reviewed => ctx.tr(msg!(
                "review-reviewed",
                reviewer = meta.review.reviewer.as_str(),
                date = crate::i18n::format::iso_day(ui.staff.locale, &meta.review.date)
            )),
        };
        let name = widget::inline_in(ctx.lang(locale), meta.name.clone(), size::BODY);
        let name = tagged(Meaning::Text, Some(locale), name);
        let english = widget::label(ui, format!("· {} · {}", meta.english_name, status));
        body = body.push(direction::row(ui.direction(), vec![name, english.into()]).spacing(8));
    }
    widget::card(ui, body)
}

/// One sentence about why the database is not in use.
pub fn store_problem_text(ctx: &Context, error: &OpenError) -> String {
    error.sentence(&ctx.words())
}

/// One sentence about an override file.
pub fn override_text(ctx: &Context, report: &OverrideReport) -> String {
    let file = paths::display(&report.path);
    match report.first_problem() {
        None => ctx.tr(msg!("override-applied", file = file)),
        Some(problem) => {
            let reason = match problem {
                OverrideProblem::UnknownLocale(code) => {
                    ctx.tr(msg!("override-unknown-locale", code = code.as_str()))
                }
                // The system's words are in IT's log (`i18n::overrides`).
                OverrideProblem::Unreadable(_) => ctx.tr(msg!("override-unreadable")),
                OverrideProblem::Syntax { line } => {
                    ctx.tr(msg!("override-syntax", line = line.to_string()))
                }
                OverrideProblem::UnknownMessage(id) => {
                    ctx.tr(msg!("override-unknown-message", id = id.as_str()))
                }
                OverrideProblem::Variables { id, .. } => {
                    ctx.tr(msg!("override-variables", id = id.as_str()))
                }
            };
            ctx.tr(msg!("override-rejected", file = file, reason = reason))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screen::ScreenId;

    #[test]
    fn the_table_names_as_many_screen_keys_as_there_are_screens() {
        let keys = format!("Ctrl+1 … Ctrl+{}", ScreenId::ALL.len());
        assert!(
            SHORTCUTS.iter().any(|(k, _)| *k == keys),
            "About should list {keys}"
        );
    }
}
