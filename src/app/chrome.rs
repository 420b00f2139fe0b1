//! The frame around the screens: navigation, notices, the training-mode banner and the status
//! line.

use super::{Message, notice::Notice};
use crate::i18n::msg;
use crate::screen::{Context, Disclosures, ScreenId};
use crate::ui::focus::{Control, ControlId, Controls, Role};
use crate::ui::semantics::{Meaning, tagged};
use crate::ui::style::{buttons, containers};
use crate::ui::widget::{self, Kind};
use crate::ui::{direction, fonts, size};
use iced::widget::{Column, button, column, container, scrollable, text};
use iced::{Alignment, Element, Fill, Length, Shrink};

/// Width of the navigation when it is a side bar.
pub const NAV_WIDTH: f32 = 230.0;

pub fn notice_control(index: usize) -> ControlId {
    ControlId::dynamic(format!("notice-dismiss-{index}"))
}

/// The navigation: a side bar, or a scrolling bar across the top when space is short.
pub fn navigation<'a>(
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    current: ScreenId,
    side_bar: bool,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let entries: Vec<Element<'a, Message>> = ScreenId::ALL
        .iter()
        .map(|screen| nav_entry(ctx, controls, *screen, *screen == current, side_bar))
        .collect();
    if side_bar {
        // The app's name, not a heading: each screen's title is the page's first heading.
        let title = widget::text_in(ui.staff, ctx.tr(msg!("app-title")), size::H2)
            .font(fonts::bold(fonts::for_locale(ui.staff.locale)))
            .width(Fill);
        let list = Column::with_children(entries).spacing(4).width(Fill);
        let content = column![title, list]
            .spacing(size::GAP)
            .padding(size::PADDING * 0.75);
        container(
            scrollable(content)
                .height(Fill)
                .style(crate::ui::style::scrollable(ui.palette)),
        )
        .width(Length::Fixed(NAV_WIDTH))
        .height(Fill)
        .style(containers::chrome(ui.palette))
        .into()
    } else {
        let bar = direction::row(ui.direction(), entries)
            .spacing(4)
            .padding([6, 8]);
        let strip = scrollable(bar)
            .id(crate::ui::NAV_SCROLL)
            .direction(scrollable::Direction::Horizontal(
                scrollable::Scrollbar::new().width(6).scroller_width(6),
            ))
            // Right-to-left the strip starts at its right end, where the first screen is.
            .anchor_x(if ui.direction().is_rtl() {
                scrollable::Anchor::End
            } else {
                scrollable::Anchor::Start
            })
            .width(Fill)
            .style(crate::ui::style::scrollable(ui.palette));
        container(strip)
            .width(Fill)
            .style(containers::chrome(ui.palette))
            .into()
    }
}

fn nav_entry<'a>(
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    screen: ScreenId,
    current: bool,
    side_bar: bool,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let name = ctx.tr(screen.label());
    controls.push(Control::new(
        screen.nav_control(),
        Role::NavItem { current },
        name.clone(),
        Some(Message::Navigate(screen)),
    ));
    let label = widget::option_caption(ui.staff, name, current);
    let palette = ui.palette;
    let hint = text(format!("Ctrl+{}", screen.shortcut_number()))
        .size(size::SMALL)
        .font(fonts::LATIN)
        .style(move |_: &iced::Theme| text::Style {
            color: Some(if current {
                palette.on_selected
            } else {
                palette.text_muted
            }),
        });
    let content: Element<'a, Message> = if side_bar {
        direction::row(
            ui.direction(),
            vec![
                label.into(),
                iced::widget::space().width(Fill).into(),
                hint.into(),
            ],
        )
        .align_y(Alignment::Center)
        .spacing(8)
        .into()
    } else {
        direction::row(ui.direction(), vec![label.into(), hint.into()])
            .align_y(Alignment::Center)
            .spacing(6)
            .into()
    };
    let entry = button(content)
        .on_press(Message::Navigate(screen))
        .padding([8, 10])
        .width(if side_bar { Fill } else { Shrink })
        .style(buttons::option(ui.palette, current));
    widget::focus_ring(ui, &screen.nav_control(), entry)
}

pub fn notice_details(index: usize) -> ControlId {
    ControlId::dynamic(format!("notice-details-{index}"))
}

/// The notices, each with a button that dismisses it, and its details when the system said
/// more.
pub fn notices<'a>(
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    notices: &'a [Notice],
    details: &Disclosures,
) -> Option<Element<'a, Message>> {
    if notices.is_empty() {
        return None;
    }
    let ui = &ctx.ui;
    let mut list = Column::new().spacing(6).width(Fill);
    for (index, notice) in notices.iter().enumerate() {
        let text = widget::text_in(ui.staff, notice.text(ctx), size::BODY);
        let id = notice_details(index);
        let open = details.is_open(&id);
        let message = crate::screen::problem::with_details(
            ctx,
            controls,
            text,
            notice.detail(),
            id,
            open,
            Message::NoticeDetails,
        );
        let dismiss = widget::button(
            ui,
            controls,
            &notice_control(index),
            ctx.tr(msg!("notice-dismiss")),
            Some(Message::DismissNotice(index)),
            Kind::Secondary,
        );
        let row = direction::row(ui.direction(), vec![message, dismiss])
            .spacing(size::GAP)
            .align_y(Alignment::Center);
        list = list.push(
            container(row)
                .padding([8, 12])
                .width(Fill)
                .style(containers::notice(ui.palette)),
        );
    }
    Some(container(list).padding([8, 16]).width(Fill).into())
}

/// The banner across the top of the window while training mode is on, on every screen (the
/// presentation, the card and the question before closing too): in words, on the notice
/// colour, and read by a screen reader as a status when it appears.
/// Over what fills the window (the presentation, the card) it is the title alone, one line.
pub fn training_banner<'a>(ctx: &Context<'a>, compact: bool) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let bold = fonts::bold(fonts::for_locale(ui.staff.locale));
    let title = widget::inline(ui, ctx.tr(msg!("training-banner-title"))).font(bold);
    // The title is short and keeps its line; the sentence beside it wraps (right to left
    // too, as a block).
    let mut parts: Vec<Element<'a, Message>> = vec![title.into()];
    if !compact {
        parts.push(widget::label(ui, ctx.tr(msg!("training-banner-text"))).into());
    }
    let words = container(
        direction::row(ui.direction(), parts)
            .spacing(size::GAP)
            .align_y(Alignment::Center),
    )
    .width(Fill)
    .align_x(direction::start(ui.direction()));
    tagged(
        Meaning::Live { assertive: false },
        None,
        container(words)
            .padding([6, 16])
            .width(Fill)
            .style(containers::banner(ui.palette)),
    )
}

/// The status line: the two languages and the text size. The text size is laid out first and
/// never shortened; the languages wrap onto a second line when the window is narrow.
pub fn status_line<'a>(ctx: &Context<'a>) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let staff_meta = ctx.i18n.meta(ui.staff.locale);
    let citizen_meta = ctx.i18n.meta(ctx.citizen.locale);
    let small = |lang, content: String| widget::inline_in(lang, content, size::SMALL);
    let staff = small(
        ui.staff,
        ctx.tr(msg!(
            "status-staff-language",
            language = staff_meta.name.as_str()
        )),
    );
    let citizen_label = small(ui.staff, ctx.tr(msg!("status-citizen-language")));
    let citizen_name = small(ctx.citizen, citizen_meta.name.clone())
        .font(fonts::bold(fonts::for_locale(ctx.citizen.locale)));
    let citizen_hint =
        small(ui.staff, "(Ctrl+L)".into()).style(crate::ui::style::texts::muted(ui.palette));
    let scale = small(
        ui.staff,
        ctx.tr(msg!("status-scale", percent = ctx.settings.scale_percent)),
    );
    let citizen: Element<'a, Message> = direction::row(
        ui.direction(),
        vec![
            citizen_label.into(),
            // Read in its own language, as it is written.
            tagged(Meaning::Text, Some(ctx.citizen.locale), citizen_name),
            citizen_hint.into(),
        ],
    )
    .spacing(6)
    .align_y(Alignment::Center)
    .into();
    let languages =
        direction::wrapping_row(ui.direction(), vec![staff.into(), citizen], size::GAP * 1.5);
    let languages = container(languages)
        .width(Fill)
        .align_x(direction::start(ui.direction()));
    // A row lays out its shrinking children before the one that fills: the text size gets
    // all the room it needs, the languages what is left.
    let content = direction::row(ui.direction(), vec![languages.into(), scale.into()])
        .spacing(size::GAP * 1.5)
        .align_y(Alignment::Center);
    container(content)
        .padding([6, 16])
        .width(Fill)
        .style(containers::chrome(ui.palette))
        .into()
}

/// A one-pixel rule between regions.
pub fn rule<'a>(ctx: &Context<'a>, vertical: bool) -> Element<'a, Message> {
    let (width, height) = if vertical {
        (Length::Fixed(1.0), Fill)
    } else {
        (Fill, Length::Fixed(1.0))
    };
    container(iced::widget::space())
        .width(width)
        .height(height)
        .style(containers::rule(ctx.ui.palette))
        .into()
}
