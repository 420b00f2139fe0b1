//! Settings: the two languages, theme, text size and the desk's unit.

use super::{Action, Context, Request, Screen, View};
use crate::guard;
use crate::i18n::Locale;
use crate::i18n::msg;
use crate::policy::Setting;
use crate::settings::{SCALE_STEPS, ThemeChoice, UNIT_MAX_CHARS};
use crate::ui::focus::{self, ControlId, Controls};
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, size};
use iced::widget::{Column, column};
use iced::{Element, Fill};

/// What the user changed; the app applies and saves it.
pub use crate::settings::Change;

#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    Change(Change),
    UnitEdited(String),
    SaveUnit,
    Translations(super::translations::Message),
}

#[derive(Clone, Debug, Default)]
pub struct State {
    /// The unit name as typed, before it is saved.
    unit_draft: Option<String>,
    unit_refusal: Option<guard::Refusal>,
    /// An empty unit was refused: the log needs one for every entry.
    unit_empty: bool,
    unit_saved: bool,
    translations: super::translations::State,
}

/// From this content width, the option lists stand two by two.
const TWO_COLUMNS_MIN_WIDTH: f32 = 1000.0;

const UNIT_FIELD: ControlId = ControlId::new("settings-unit");
const UNIT_SAVE: ControlId = ControlId::new("settings-unit-save");

impl Screen for State {
    type Message = Message;

    fn update(&mut self, message: Message, ctx: &Context) -> Action<Message> {
        match message {
            Message::Change(change) => Action::Ask(Request::Setting(change)),
            Message::UnitEdited(value) => {
                self.unit_saved = false;
                self.unit_refusal = None;
                self.unit_empty = false;
                self.unit_draft = Some(value);
                Action::None
            }
            Message::Translations(message) => self
                .translations
                .update(message, ctx)
                .map(Message::Translations),
            Message::SaveUnit => {
                let value = self.unit_value(ctx).trim().to_string();
                if value.is_empty() {
                    self.unit_empty = true;
                    self.unit_saved = false;
                    return Action::Ask(Request::Focus(UNIT_FIELD));
                }
                if let Err(refusal) = guard::check(&value, UNIT_MAX_CHARS) {
                    self.unit_refusal = Some(refusal);
                    return Action::None;
                }
                self.unit_refusal = None;
                self.unit_draft = None;
                self.unit_saved = true;
                Action::Ask(Request::Setting(Change::Unit(value)))
            }
        }
    }

    fn view<'a>(&'a self, ctx: &Context<'a>) -> View<'a, Message> {
        let mut controls = Controls::new();
        let content = self.page(ctx, &mut controls, ctx.width);
        View::new(content, controls)
    }
}

impl State {
    fn unit_value<'a>(&'a self, ctx: &Context<'a>) -> &'a str {
        self.unit_draft.as_deref().unwrap_or(&ctx.settings.unit)
    }

    /// The page; every interactive control is registered in `controls` as it is built.
    fn page<'a>(
        &'a self,
        ctx: &Context<'a>,
        controls: &mut Controls<Message>,
        width: f32,
    ) -> Element<'a, Message> {
        let ui = &ctx.ui;
        let wide = width >= TWO_COLUMNS_MIN_WIDTH;
        let staff = OptionList {
            id: "settings-staff",
            locked: ctx.policy.locks(Setting::StaffLanguage),
            title: ctx.tr(msg!("settings-staff-language")),
            hint: ctx.tr(msg!("settings-staff-language-hint")),
            items: Locale::ALL
                .iter()
                .map(|l| Choice {
                    id: ControlId::dynamic(format!("settings-staff-{}", l.code())),
                    label: language_label(ctx, *l),
                    caption: language_caption(ctx, *l, *l == ui.staff.locale),
                    chosen: *l == ui.staff.locale,
                    message: Message::Change(Change::StaffLanguage(*l)),
                })
                .collect(),
        };
        let citizen = OptionList {
            id: "settings-citizen",
            locked: ctx.policy.locks(Setting::CitizenLanguage),
            title: ctx.tr(msg!("settings-citizen-language")),
            hint: ctx.tr(msg!("settings-citizen-language-hint")),
            items: Locale::ALL
                .iter()
                .map(|l| {
                    let chosen = *l == ctx.settings.citizen_language;
                    Choice {
                        id: ControlId::dynamic(format!("settings-citizen-{}", l.code())),
                        label: language_label(ctx, *l),
                        caption: language_caption(ctx, *l, chosen),
                        chosen,
                        message: Message::Change(Change::CitizenLanguage(*l)),
                    }
                })
                .collect(),
        };
        let themes = OptionList {
            id: "settings-theme",
            locked: ctx.policy.locks(Setting::Theme),
            title: ctx.tr(msg!("settings-theme")),
            hint: ctx.tr(msg!("settings-theme-hint")),
            items: ThemeChoice::ALL
                .iter()
                .map(|c| {
                    let chosen = *c == ctx.settings.theme;
                    let label = ctx.tr(c.label());
                    Choice {
                        id: ControlId::dynamic(format!("settings-theme-{}", c.code())),
                        caption: widget::option_caption(ui.staff, label.clone(), chosen).into(),
                        label,
                        chosen,
                        message: Message::Change(Change::Theme(*c)),
                    }
                })
                .collect(),
        };
        let scales = OptionList {
            id: "settings-scale",
            locked: ctx.policy.locks(Setting::Scale),
            title: ctx.tr(msg!("settings-scale")),
            hint: ctx.tr(msg!("settings-scale-hint")),
            items: SCALE_STEPS
                .iter()
                .map(|p| {
                    let chosen = *p == ctx.settings.scale_percent;
                    let label = format!("{p} %");
                    Choice {
                        id: ControlId::dynamic(format!("settings-scale-{p}")),
                        caption: widget::option_caption(ui.staff, label.clone(), chosen).into(),
                        label,
                        chosen,
                        message: Message::Change(Change::Scale(*p)),
                    }
                })
                .collect(),
        };

        let mut page = Column::new().spacing(size::GAP * 1.5).width(Fill);
        page = page.push(widget::heading(ui, ctx.tr(msg!("settings-title")), 1));
        let (staff, citizen) = (staff.view(ctx, controls), citizen.view(ctx, controls));
        page = page.push(pair(ctx, wide, staff, citizen));
        let (themes, scales) = (themes.view(ctx, controls), scales.view(ctx, controls));
        page = page.push(pair(ctx, wide, themes, scales));
        page = page.push(self.unit_card(ctx, controls));
        page = page.push(self.translations.view(ctx, controls, Message::Translations));
        page.into()
    }

    fn unit_card<'a>(
        &'a self,
        ctx: &Context<'a>,
        controls: &mut Controls<Message>,
    ) -> Element<'a, Message> {
        let ui = &ctx.ui;
        if ctx.policy.locks(Setting::Unit) {
            return locked_card(
                ctx,
                ctx.tr(msg!("settings-unit")),
                ctx.tr(msg!("settings-unit-hint")),
                ctx.settings.unit.clone(),
            );
        }
        let value = self.unit_value(ctx);
        let count = value.chars().count();
        let field_label = ctx.tr(msg!("settings-unit-label"));
        let mut body = column![
            widget::heading(ui, ctx.tr(msg!("settings-unit")), 2),
            widget::muted(ui, ctx.tr(msg!("settings-unit-hint"))),
            widget::text_field(
                ui,
                controls,
                &UNIT_FIELD,
                field_label,
                value,
                Message::UnitEdited,
                Some(Message::SaveUnit)
            ),
            widget::muted(
                ui,
                ctx.tr(msg!(
                    "settings-unit-count",
                    count = count,
                    max = UNIT_MAX_CHARS
                ))
            ),
        ]
        .spacing(size::GAP);
        if self.unit_empty {
            body = body.push(widget::field_error(
                ui,
                controls,
                &[&UNIT_FIELD],
                ctx.tr(msg!("settings-unit-empty")),
            ));
        }
        if let Some(refusal) = self.unit_refusal {
            body = body.push(widget::field_error(
                ui,
                controls,
                &[&UNIT_FIELD],
                super::refusal_text(ctx, refusal),
            ));
        }
        let save = widget::button(
            ui,
            controls,
            &UNIT_SAVE,
            ctx.tr(msg!("settings-unit-save")),
            Some(Message::SaveUnit),
            Kind::Primary,
        );
        let mut actions = vec![save];
        if self.unit_saved {
            actions.push(
                widget::inline(ui, ctx.tr(msg!("settings-unit-saved")))
                    .style(crate::ui::style::texts::success(ui.palette))
                    .into(),
            );
        }
        body = body.push(
            direction::row(ui.direction(), actions)
                .spacing(size::GAP)
                .align_y(iced::Alignment::Center),
        );
        widget::card(ui, body)
    }
}

/// One option of a list: its control id, plain label (for the keyboard model), caption and action.
struct Choice<'a> {
    id: ControlId,
    label: String,
    caption: Element<'a, Message>,
    chosen: bool,
    message: Message,
}

/// A card with a heading, a hint and a list of options where one is chosen.
struct OptionList<'a> {
    /// The group's id: the options are one Tab stop, moved through with the arrow keys.
    id: &'static str,
    /// The machine-wide policy fixes the choice: it is shown, not offered.
    locked: bool,
    title: String,
    hint: String,
    items: Vec<Choice<'a>>,
}

impl<'a> OptionList<'a> {
    fn view(self, ctx: &Context<'a>, controls: &mut Controls<Message>) -> Element<'a, Message> {
        let ui = &ctx.ui;
        if self.locked {
            let chosen = self
                .items
                .into_iter()
                .find(|choice| choice.chosen)
                .map(|choice| choice.label)
                .unwrap_or_default();
            return locked_card(ctx, self.title, self.hint, chosen);
        }
        let mut list = Column::new().spacing(4).width(Fill);
        // A setting applies and is saved the moment it is chosen (the staff language changes the
        // whole interface): the arrow keys only move the focus, Space or Enter chooses.
        controls.begin_group(focus::Group::new(self.id, self.title.clone()).focus_only());
        for choice in self.items {
            list = list.push(widget::option(
                ui,
                controls,
                &choice.id,
                choice.label,
                choice.caption,
                choice.chosen,
                choice.message,
            ));
        }
        controls.end_group();
        widget::card(
            ui,
            column![
                widget::heading(ui, self.title, 2),
                widget::muted(ui, self.hint),
                list
            ]
            .spacing(size::GAP),
        )
    }
}

/// A setting the machine-wide policy locks: its value, and who decides it.
fn locked_card<'a>(
    ctx: &Context<'a>,
    title: String,
    hint: String,
    value: String,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    widget::card(
        ui,
        column![
            widget::heading(ui, title, 2),
            widget::muted(ui, hint),
            widget::text_in(
                ui.staff,
                ctx.tr(msg!("settings-locked-value", value = value)),
                size::BODY
            ),
            widget::muted(
                ui,
                ctx.tr(msg!("settings-locked-by", who = administrator(ctx)))
            ),
        ]
        .spacing(size::GAP),
    )
}

/// Who manages this machine's policy, in words for the desk: the policy file's own
/// `administered_by`, else "the IT department that looks after this computer".
pub fn administrator(ctx: &Context) -> String {
    ctx.policy
        .administered_by
        .clone()
        .unwrap_or_else(|| ctx.tr(msg!("settings-locked-by-it")))
}

/// Two cards side by side when there is room, else one above the other.
fn pair<'a>(
    ctx: &Context<'a>,
    wide: bool,
    first: Element<'a, Message>,
    second: Element<'a, Message>,
) -> Element<'a, Message> {
    if wide {
        direction::row(ctx.ui.direction(), vec![first, second])
            .spacing(size::GAP * 1.5)
            .into()
    } else {
        column![first, second].spacing(size::GAP * 1.5).into()
    }
}

/// A language's name in its own script and font, then its English name in the staff font.
fn language_caption<'a>(ctx: &Context<'a>, locale: Locale, chosen: bool) -> Element<'a, Message> {
    let meta = ctx.i18n.meta(locale);
    let native = widget::option_caption(ctx.lang(locale), meta.name.clone(), chosen);
    // The dot is a child of its own, so the mirrored row keeps it between the two names.
    let dot = widget::option_caption(ctx.ui.staff, "·", chosen);
    let english = widget::option_caption(ctx.ui.staff, meta.english_name.clone(), chosen);
    direction::row(
        ctx.ui.direction(),
        vec![native.into(), dot.into(), english.into()],
    )
    .spacing(6)
    .align_y(iced::Alignment::Center)
    .into()
}

fn language_label(ctx: &Context, locale: Locale) -> String {
    let meta = ctx.i18n.meta(locale);
    format!("{} · {}", meta.name, meta.english_name)
}
