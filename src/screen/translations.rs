//! Settings → Translations: a municipal editor sends a language to a translator as an XLIFF
//! file and reads the checked file back in, without a terminal (`skranke l10n` does the same).

use super::{Action, Context, Request, SaveOutcome};
use crate::explain::Explain;
use crate::i18n::{Locale, msg};
use crate::l10n::import::{ImportRefusal, ImportSummary};
use crate::ui::focus::{self, ControlId, Controls};
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, size};
use iced::widget::{Column, column};
use iced::{Element, Fill, Task};
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Clone, Debug)]
pub enum Message {
    Choose(Locale),
    Export,
    Exported(SaveOutcome, usize),
    Import,
    Imported(Arc<Imported>),
}

/// Messages carry the import's result once; comparing them is never needed.
impl PartialEq for Message {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Message::Choose(a), Message::Choose(b)) => a == b,
            (Message::Export, Message::Export) | (Message::Import, Message::Import) => true,
            (Message::Imported(a), Message::Imported(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// How reading a file in went.
#[derive(Debug)]
pub enum Imported {
    Cancelled,
    Unreadable(PathBuf, String),
    Refused(ImportRefusal),
    Done(ImportSummary),
}

/// What the last export or import said.
#[derive(Clone, Debug)]
enum Outcome {
    Exported(PathBuf, usize),
    ExportFailed(String),
    Imported(Arc<Imported>),
}

#[derive(Clone, Debug, Default)]
pub struct State {
    chosen: Option<Locale>,
    outcome: Option<Outcome>,
}

const EXPORT: ControlId = ControlId::new("translations-export");
const IMPORT: ControlId = ControlId::new("translations-import");

/// The languages a translator works on: every one but the Danish master.
fn translated() -> impl Iterator<Item = Locale> {
    Locale::ALL.into_iter().filter(|l| *l != Locale::Da)
}

impl State {
    fn chosen(&self, ctx: &Context) -> Locale {
        self.chosen.unwrap_or(match ctx.settings.citizen_language {
            Locale::Da => Locale::En,
            other => other,
        })
    }

    pub fn update(&mut self, message: Message, ctx: &Context) -> Action<Message> {
        match message {
            Message::Choose(locale) => {
                self.chosen = Some(locale);
                self.outcome = None;
                Action::None
            }
            Message::Export => {
                let locale = self.chosen(ctx);
                let document = crate::l10n::export::document(ctx.i18n, locale);
                let units = document.matches("<trans-unit ").count();
                let name = format!("skranke-{}.xlf", locale.code());
                Action::Run(Task::perform(
                    async move {
                        match super::dialog::choose_save_path(name, ("XLIFF", &["xlf", "xliff"]))
                            .await
                        {
                            None => SaveOutcome::Cancelled,
                            Some(path) => super::dialog::write(path, document.as_bytes()),
                        }
                    },
                    move |outcome| Message::Exported(outcome, units),
                ))
            }
            Message::Exported(outcome, units) => {
                self.outcome = match outcome {
                    SaveOutcome::Cancelled => None,
                    SaveOutcome::Saved(path) | SaveOutcome::SavedInstead(path) => {
                        Some(Outcome::Exported(path, units))
                    }
                    SaveOutcome::Failed(error) => {
                        Some(Outcome::ExportFailed(error.sentence(&ctx.words())))
                    }
                };
                Action::None
            }
            Message::Import => {
                let overrides = ctx.paths.overrides_dir();
                Action::Run(Task::perform(
                    async move {
                        let Some(path) =
                            super::dialog::choose_file(("XLIFF", &["xlf", "xliff"])).await
                        else {
                            return Arc::new(Imported::Cancelled);
                        };
                        Arc::new(read_in(path, &overrides))
                    },
                    Message::Imported,
                ))
            }
            Message::Imported(imported) => {
                let reload = matches!(*imported, Imported::Done(_));
                if let Imported::Done(summary) = &*imported {
                    self.chosen = Some(summary.locale);
                }
                self.outcome = match *imported {
                    Imported::Cancelled => None,
                    _ => Some(Outcome::Imported(imported)),
                };
                if reload {
                    Action::Ask(Request::ReloadTexts)
                } else {
                    Action::None
                }
            }
        }
    }

    /// The card; `wrap` makes the messages of the screen it stands on.
    pub fn view<'a, M: Clone + 'a>(
        &'a self,
        ctx: &Context<'a>,
        controls: &mut Controls<M>,
        wrap: impl Fn(Message) -> M,
    ) -> Element<'a, M> {
        let ui = &ctx.ui;
        let chosen = self.chosen(ctx);
        let title = ctx.tr(msg!("settings-translations"));
        let mut list = Column::new().spacing(4).width(Fill);
        let group = ctx.tr(msg!("settings-translations-language"));
        controls.begin_group(focus::Group::new("translations-language", group.clone()));
        for locale in translated() {
            let meta = ctx.i18n.meta(locale);
            let label = format!("{} · {}", meta.name, meta.english_name);
            let caption =
                widget::option_caption(ctx.lang(locale), meta.name.clone(), locale == chosen);
            list = list.push(widget::option(
                ui,
                controls,
                &ControlId::dynamic(format!("translations-{}", locale.code())),
                label,
                caption,
                locale == chosen,
                wrap(Message::Choose(locale)),
            ));
        }
        controls.end_group();
        let (reviewed, total) = ctx.i18n.citizen_review_count(chosen);
        let buttons = direction::row(
            ui.direction(),
            vec![
                widget::button(
                    ui,
                    controls,
                    &EXPORT,
                    ctx.tr(msg!("settings-translations-export")),
                    Some(wrap(Message::Export)),
                    Kind::Primary,
                ),
                widget::button(
                    ui,
                    controls,
                    &IMPORT,
                    ctx.tr(msg!("settings-translations-import")),
                    Some(wrap(Message::Import)),
                    Kind::Secondary,
                ),
            ],
        )
        .spacing(size::GAP);
        let mut body = column![
            widget::heading(ui, title, 2),
            widget::muted(ui, ctx.tr(msg!("settings-translations-hint"))),
            widget::label(ui, group),
            list,
            widget::label(
                ui,
                ctx.tr(msg!(
                    "settings-translations-status",
                    reviewed = reviewed,
                    total = total
                ))
            ),
            buttons,
        ]
        .spacing(size::GAP);
        if let Some(outcome) = &self.outcome {
            body = body.push(outcome_view(ctx, outcome));
        }
        widget::card(ui, body)
    }
}

/// Reads the chosen file and imports it; every failure is described, none panics.
fn read_in(path: PathBuf, overrides: &std::path::Path) -> Imported {
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => return Imported::Unreadable(path, error.to_string()),
    };
    match crate::l10n::import::import(&text, overrides, None, crate::clock::today()) {
        Ok(summary) => Imported::Done(summary),
        Err(refusal) => Imported::Refused(refusal),
    }
}

/// A confirmation in the success colour, read out when it appears.
fn done<'a, M: 'a>(ui: &crate::ui::Ui, text: String) -> Element<'a, M> {
    widget::label(ui, text)
        .style(crate::ui::style::texts::success(ui.palette))
        .meaning(crate::ui::semantics::Meaning::Live { assertive: false })
        .into()
}

fn outcome_view<'a, M: 'a>(ctx: &Context<'a>, outcome: &Outcome) -> Element<'a, M> {
    let ui = &ctx.ui;
    let path_text = |path: &std::path::Path| crate::paths::display(path);
    match outcome {
        Outcome::Exported(path, units) => done(
            ui,
            ctx.tr(msg!(
                "settings-translations-exported",
                path = path_text(path),
                units = *units
            )),
        ),
        Outcome::ExportFailed(reason) => widget::error(ui, reason.clone()).into(),
        Outcome::Imported(imported) => match &**imported {
            Imported::Cancelled => Column::new().into(),
            Imported::Unreadable(path, reason) => widget::error(
                ui,
                ctx.tr(msg!(
                    "settings-translations-unreadable",
                    path = path_text(path),
                    reason = reason.clone()
                )),
            )
            .into(),
            Imported::Done(summary) => {
                let mut lines = Column::new().spacing(4).push(done(
                    ui,
                    ctx.tr(msg!(
                        "settings-translations-imported",
                        units = summary.units,
                        changed = summary.changed,
                        reviewed = summary.reviewed
                    )),
                ));
                if let Some(backup) = &summary.backup {
                    lines = lines.push(widget::muted(
                        ui,
                        ctx.tr(msg!(
                            "settings-translations-backup",
                            path = path_text(backup)
                        )),
                    ));
                }
                lines.into()
            }
            Imported::Refused(refusal) => {
                let mut lines = Column::new().spacing(4).push(widget::error(
                    ui,
                    ctx.tr(msg!("settings-translations-refused")),
                ));
                for problem in &refusal.problems {
                    lines = lines.push(widget::label(
                        ui,
                        crate::l10n::explain(problem, ctx.i18n, ui.staff.locale),
                    ));
                }
                lines.into()
            }
        },
    }
}
