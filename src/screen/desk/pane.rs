//! One topic shown in the citizen's language, beside Danish or alone. Each pane lays out in its
//! own language's direction and font, independent of the staff language.

use super::{Message, Mode, Panes, State};
use crate::content::topics::{TOPICS, Topic, TopicReview};
use crate::i18n::Locale;
use crate::i18n::msg;
use crate::screen::Context;
use crate::ui::focus::{ControlId, Controls};
use crate::ui::semantics::Meaning;
use crate::ui::style::containers;
use crate::ui::widget::{self, Kind};
use crate::ui::{Lang, direction, size};
use iced::widget::{Column, column, container};
use iced::{Element, Fill};

const BACK: ControlId = ControlId::new("desk-back");

/// Where the focus goes when `topic` opens: from the list onto "back to all topics"; paging
/// with "previous" and "next" keeps it on the button that paged (or, at either end, on the
/// other one), so the user can page on.
pub fn focus_on_opening(from: Mode, topic: &'static Topic) -> ControlId {
    let position = |t: &Topic| TOPICS.iter().position(|other| other == t);
    let Mode::Topic(current) = from else {
        return BACK;
    };
    let (new, old) = (position(topic), position(current));
    let has_next = new.is_some_and(|n| n + 1 < TOPICS.len());
    let has_previous = new.is_some_and(|n| n > 0);
    let (preferred, other) = if new > old {
        ((has_next, NEXT), (has_previous, PREVIOUS))
    } else {
        ((has_previous, PREVIOUS), (has_next, NEXT))
    };
    [preferred, other]
        .into_iter()
        .find_map(|(exists, id)| exists.then_some(id))
        .unwrap_or(BACK)
}
const PREVIOUS: ControlId = ControlId::new("desk-previous");
const NEXT: ControlId = ControlId::new("desk-next");

/// From this content width the two panes stand side by side.
const SIDE_BY_SIDE_MIN_WIDTH: f32 = 760.0;

/// Text sizes of a pane: normal, or larger for a citizen who reads better that way.
fn sizes(large: bool) -> (f32, f32, f32) {
    if large {
        (26.0, 34.0, 30.0)
    } else {
        (size::BODY + 1.0, size::H1, size::H2)
    }
}

pub fn topic_view<'a>(
    state: &'a State,
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
    topic: &'static Topic,
    width: f32,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let position = TOPICS.iter().position(|t| t == topic).unwrap_or(0);
    let mut steps = vec![widget::button(
        ui,
        controls,
        &BACK,
        ctx.tr(msg!("desk-back")),
        Some(Message::Back),
        Kind::Link,
    )];
    if let Some(previous) = position.checked_sub(1).and_then(|i| TOPICS.get(i)) {
        steps.push(widget::button(
            ui,
            controls,
            &PREVIOUS,
            ctx.tr(msg!("desk-previous")),
            Some(Message::OpenTopic(previous.code)),
            Kind::Secondary,
        ));
    }
    if let Some(next) = TOPICS.get(position + 1) {
        steps.push(widget::button(
            ui,
            controls,
            &NEXT,
            ctx.tr(msg!("desk-next")),
            Some(Message::OpenTopic(next.code)),
            Kind::Secondary,
        ));
    }
    let steps = direction::row(ui.direction(), steps)
        .spacing(size::GAP)
        .align_y(iced::Alignment::Center);

    let citizen = ctx.citizen;
    let danish = ctx.lang(Locale::Da);
    let citizen_pane = pane(ctx, citizen, topic, state.large_text);
    let panes: Element<'a, Message> =
        if citizen.locale == Locale::Da || state.panes == Panes::CitizenOnly {
            citizen_pane
        } else {
            // Danish pane uses the normal size: it is for the member of staff.
            let danish_pane = pane(ctx, danish, topic, false);
            if width >= SIDE_BY_SIDE_MIN_WIDTH {
                direction::row(ui.direction(), vec![danish_pane, citizen_pane])
                    .spacing(size::GAP)
                    .into()
            } else {
                column![citizen_pane, danish_pane].spacing(size::GAP).into()
            }
        };
    column![steps, panes].spacing(size::GAP).into()
}

/// A topic in one language: the provenance notice if unchecked, the title, the sections.
/// Where a translator has checked some sections, each section says so or carries the notice.
fn pane<'a>(
    ctx: &Context<'a>,
    lang: Lang,
    topic: &'static Topic,
    large: bool,
) -> Element<'a, Message> {
    let (body_size, title_size, heading_size) = sizes(large);
    let review = TopicReview::of(ctx.i18n, lang.locale, topic);
    let mut column = Column::new().spacing(body_size * 0.8).width(Fill);
    if review == TopicReview::Unchecked {
        column = column.push(crate::screen::unreviewed_notice(ctx, lang));
    }
    column = column.push(
        widget::text_in(
            lang,
            ctx.i18n.text(lang.locale, &topic.title_id()),
            title_size,
        )
        .font(crate::ui::fonts::bold(crate::ui::fonts::for_locale(
            lang.locale,
        )))
        .meaning(Meaning::Heading(2)),
    );
    for section in topic.section_numbers() {
        column = column.push(
            widget::text_in(
                lang,
                ctx.i18n.text(lang.locale, &topic.heading_id(section)),
                heading_size,
            )
            .font(crate::ui::fonts::bold(crate::ui::fonts::for_locale(
                lang.locale,
            )))
            .meaning(Meaning::Heading(3)),
        );
        if let TopicReview::Sections(days) = &review {
            column = column.push(match &days[usize::from(section) - 1] {
                Some(day) => crate::screen::reviewed_notice(ctx, lang, day),
                None => crate::screen::unreviewed_notice(ctx, lang),
            });
        }
        column = column.push(widget::paragraphs(
            lang,
            &ctx.i18n.text(lang.locale, &topic.body_id(section)),
            body_size,
        ));
    }
    container(column)
        .padding(size::PADDING)
        .width(Fill)
        .style(containers::card(ctx.ui.palette))
        .into()
}
