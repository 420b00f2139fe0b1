//! Settings: the two languages, theme, text size and the desk's unit.

use super::Context;
use crate::i18n::{Arg, Locale};
use crate::settings::{SCALE_STEPS, ThemeChoice, UNIT_MAX_CHARS};
use crate::ui::focus::{Control, ControlId, Role};
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, size};
use iced::widget::{Column, column};
use iced::{Element, Fill};

/// What the user changed; the app applies and saves it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    StaffLanguage(Locale),
    CitizenLanguage(Locale),
    Theme(ThemeChoice),
    Scale(u16),
    Unit(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    Change(Change),
    UnitEdited(String),
    SaveUnit,
}

/// What the app should do after a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    None,
    Apply(Change),
}

#[derive(Clone, Debug, Default)]
pub struct State {
    /// The unit name as typed, before it is saved.
    unit_draft: Option<String>,
    unit_error: Option<UnitError>,
    unit_saved: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum UnitError {
    TooLong,
}

const UNIT_FIELD: ControlId = ControlId::new("settings-unit");
const UNIT_SAVE: ControlId = ControlId::new("settings-unit-save");

fn staff_id(locale: Locale) -> ControlId {
    ControlId::dynamic(format!("settings-staff-{}", locale.code()))
}

fn citizen_id(locale: Locale) -> ControlId {
    ControlId::dynamic(format!("settings-citizen-{}", locale.code()))
}

fn theme_id(choice: ThemeChoice) -> ControlId {
    ControlId::dynamic(format!("settings-theme-{}", choice.code()))
}

fn scale_id(percent: u16) -> ControlId {
    ControlId::dynamic(format!("settings-scale-{percent}"))
}

impl State {
    pub fn update(&mut self, message: Message, ctx: &Context) -> Action {
        match message {
            Message::Change(change) => Action::Apply(change),
            Message::UnitEdited(value) => {
                self.unit_saved = false;
                self.unit_error = None;
                self.unit_draft = Some(value);
                Action::None
            }
            Message::SaveUnit => {
                let value = self.unit_value(ctx).trim().to_string();
                if value.chars().count() > UNIT_MAX_CHARS {
                    self.unit_error = Some(UnitError::TooLong);
                    return Action::None;
                }
                self.unit_error = None;
                self.unit_draft = None;
                self.unit_saved = true;
                Action::Apply(Change::Unit(value))
            }
        }
    }

    fn unit_value<'a>(&'a self, ctx: &Context<'a>) -> &'a str {
        self.unit_draft.as_deref().unwrap_or(&ctx.settings.unit)
    }

    /// The controls, in reading order.
    pub fn controls(&self, ctx: &Context) -> Vec<Control<Message>> {
        let mut controls = Vec::new();
        let staff = ctx.ui.staff.locale;
        for locale in Locale::ALL {
            controls.push(Control::new(
                staff_id(locale),
                Role::Radio {
                    selected: locale == staff,
                },
                language_label(ctx, locale),
                Some(Message::Change(Change::StaffLanguage(locale))),
            ));
        }
        for locale in Locale::ALL {
            controls.push(Control::new(
                citizen_id(locale),
                Role::Radio {
                    selected: locale == ctx.settings.citizen_language,
                },
                language_label(ctx, locale),
                Some(Message::Change(Change::CitizenLanguage(locale))),
            ));
        }
        for choice in ThemeChoice::ALL {
            controls.push(Control::new(
                theme_id(choice),
                Role::Radio {
                    selected: choice == ctx.settings.theme,
                },
                ctx.tr(&format!("theme-{}", choice.code())),
                Some(Message::Change(Change::Theme(choice))),
            ));
        }
        for percent in SCALE_STEPS {
            controls.push(Control::new(
                scale_id(percent),
                Role::Radio {
                    selected: percent == ctx.settings.scale_percent,
                },
                format!("{percent} %"),
                Some(Message::Change(Change::Scale(percent))),
            ));
        }
        controls.push(Control::new(
            UNIT_FIELD,
            Role::TextInput,
            ctx.tr("settings-unit-label"),
            None,
        ));
        controls.push(Control::new(
            UNIT_SAVE,
            Role::Button,
            ctx.tr("settings-unit-save"),
            Some(Message::SaveUnit),
        ));
        controls
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>, wide: bool) -> Element<'a, Message> {
        let ui = &ctx.ui;
        let staff_list = options(
            ctx,
            ctx.tr("settings-staff-language"),
            ctx.tr("settings-staff-language-hint"),
            Locale::ALL.iter().map(|l| {
                let chosen = *l == ui.staff.locale;
                (
                    staff_id(*l),
                    language_caption(ctx, *l, chosen),
                    chosen,
                    Message::Change(Change::StaffLanguage(*l)),
                )
            }),
        );
        let citizen_list = options(
            ctx,
            ctx.tr("settings-citizen-language"),
            ctx.tr("settings-citizen-language-hint"),
            Locale::ALL.iter().map(|l| {
                let chosen = *l == ctx.settings.citizen_language;
                (
                    citizen_id(*l),
                    language_caption(ctx, *l, chosen),
                    chosen,
                    Message::Change(Change::CitizenLanguage(*l)),
                )
            }),
        );
        let theme_list = options(
            ctx,
            ctx.tr("settings-theme"),
            ctx.tr("settings-theme-hint"),
            ThemeChoice::ALL.iter().map(|c| {
                let chosen = *c == ctx.settings.theme;
                let caption = widget::option_caption(
                    ui.staff,
                    ctx.tr(&format!("theme-{}", c.code())),
                    chosen,
                );
                (
                    theme_id(*c),
                    caption.into(),
                    chosen,
                    Message::Change(Change::Theme(*c)),
                )
            }),
        );
        let scale_list = options(
            ctx,
            ctx.tr("settings-scale"),
            ctx.tr("settings-scale-hint"),
            SCALE_STEPS.iter().map(|p| {
                let chosen = *p == ctx.settings.scale_percent;
                let caption = widget::option_caption(ui.staff, format!("{p} %"), chosen);
                (
                    scale_id(*p),
                    caption.into(),
                    chosen,
                    Message::Change(Change::Scale(*p)),
                )
            }),
        );

        let mut page = Column::new().spacing(size::GAP * 1.5).width(Fill);
        page = page.push(widget::heading(ui, ctx.tr("settings-title"), 1));
        page = page.push(pair(ctx, wide, staff_list, citizen_list));
        page = page.push(pair(ctx, wide, theme_list, scale_list));
        page = page.push(self.unit_card(ctx));
        page.into()
    }

    fn unit_card<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let ui = &ctx.ui;
        let value = self.unit_value(ctx);
        let count = value.chars().count();
        let mut body = column![
            widget::heading(ui, ctx.tr("settings-unit"), 2),
            widget::muted(ui, ctx.tr("settings-unit-hint")),
            widget::text_field(
                ui,
                &UNIT_FIELD,
                ctx.tr("settings-unit-label"),
                value,
                Message::UnitEdited
            ),
            widget::muted(
                ui,
                ctx.tr_with(
                    "settings-unit-count",
                    &[
                        ("count", Arg::from(count)),
                        ("max", Arg::from(UNIT_MAX_CHARS))
                    ]
                )
            ),
        ]
        .spacing(size::GAP);
        if let Some(UnitError::TooLong) = self.unit_error {
            body = body.push(widget::error(
                ui,
                ctx.tr_with(
                    "settings-unit-too-long",
                    &[("max", Arg::from(UNIT_MAX_CHARS))],
                ),
            ));
        }
        let save = widget::button(
            ui,
            &UNIT_SAVE,
            ctx.tr("settings-unit-save"),
            Some(Message::SaveUnit),
            Kind::Primary,
        );
        let mut actions = vec![save];
        if self.unit_saved {
            actions.push(
                widget::inline(ui, ctx.tr("settings-unit-saved"))
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

/// A card with a heading, a hint and a list of options where one is chosen.
fn options<'a>(
    ctx: &Context<'a>,
    title: String,
    hint: String,
    items: impl Iterator<Item = (ControlId, Element<'a, Message>, bool, Message)>,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let mut list = Column::new().spacing(4).width(Fill);
    for (id, caption, chosen, message) in items {
        list = list.push(widget::option(ui, &id, caption, chosen, message));
    }
    widget::card(
        ui,
        column![widget::heading(ui, title, 2), widget::muted(ui, hint), list].spacing(size::GAP),
    )
}

/// A language's name in its own script and font, then its English name in the staff font.
fn language_caption<'a>(ctx: &Context<'a>, locale: Locale, chosen: bool) -> Element<'a, Message> {
    let meta = ctx.i18n.meta(locale);
    let native = widget::option_caption(ctx.lang(locale), meta.name.clone(), chosen);
    let english = widget::option_caption(ctx.ui.staff, format!("· {}", meta.english_name), chosen);
    direction::row(ctx.ui.direction(), vec![native.into(), english.into()])
        .spacing(6)
        .align_y(iced::Alignment::Center)
        .into()
}

fn language_label(ctx: &Context, locale: Locale) -> String {
    let meta = ctx.i18n.meta(locale);
    format!("{} · {}", meta.name, meta.english_name)
}
