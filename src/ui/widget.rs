//! The shared widgets every screen is built from: text in the right font and direction, and
//! interactive controls that draw Skranke's focus ring.

use super::block::Block;
use super::direction;
use super::focus::{self, Control, ControlId, Controls, Role};
use super::fonts;
use super::mark;
use super::semantics::{Meaning, tagged};
use super::size;
use super::style::{buttons, containers, texts};
use super::{Lang, Ui};
use iced::widget::button as iced_button;
use iced::widget::{Column, column, container, text, text_editor, text_input};
use iced::{Alignment, Element, Fill, Length, Padding, Shrink};

/// A block of text in the staff language: full width, lines start at the start edge.
pub fn label<'a>(ui: &Ui, content: impl text::IntoFragment<'a>) -> Block<'a> {
    text_in(ui.staff, content, size::BODY)
}

/// A short text in the staff language that takes only the room it needs (inside a row).
pub fn inline<'a>(ui: &Ui, content: impl text::IntoFragment<'a>) -> text::Text<'a> {
    inline_in(ui.staff, content, size::BODY)
}

/// A block of text in a given language: its font and line height, full width, lines starting
/// at that language's start edge.
pub fn text_in<'a>(lang: Lang, content: impl text::IntoFragment<'a>, size: f32) -> Block<'a> {
    Block::new(lang, content.into_fragment().into_owned(), size)
}

/// A short text in a given language that takes only the room it needs.
///
/// It keeps the *default* alignment: in iced 0.14 a single-line right-to-left text with any
/// explicit alignment is drawn at the far end of the available width instead of in its own box
/// (iced issue 2816), which tears Arabic words away from their row. A shrinking box is exactly
/// as wide as its text, so no alignment is needed; the row around it is mirrored by
/// `direction::row`.
pub fn inline_in<'a>(
    lang: Lang,
    content: impl text::IntoFragment<'a>,
    size: f32,
) -> text::Text<'a> {
    text(content)
        .font(fonts::for_locale(lang.locale))
        .line_height(fonts::line_height(lang.locale))
        .size(size)
        .width(Shrink)
        .shaping(text::Shaping::Advanced)
        // A word longer than the line (a Danish compound at 200 %) breaks instead of being cut.
        .wrapping(text::Wrapping::WordOrGlyph)
}

/// A heading in the staff language. `level` 1 is the page title.
pub fn heading<'a>(ui: &Ui, content: impl text::IntoFragment<'a>, level: u8) -> Block<'a> {
    heading_in(ui.staff, content, level)
}

/// A heading in a given language.
pub fn heading_in<'a>(lang: Lang, content: impl text::IntoFragment<'a>, level: u8) -> Block<'a> {
    let size = match level {
        1 => size::H1,
        2 => size::H2,
        _ => size::H3,
    };
    text_in(lang, content, size)
        .font(fonts::bold(fonts::for_locale(lang.locale)))
        .width(Fill)
        .meaning(Meaning::Heading(level))
}

/// Secondary text in the staff language.
pub fn muted<'a>(ui: &Ui, content: impl text::IntoFragment<'a>) -> Block<'a> {
    text_in(ui.staff, content, size::SMALL)
        .style(texts::muted(ui.palette))
        .width(Fill)
}

/// An error message in words, next to what it is about.
pub fn error<'a>(ui: &Ui, content: impl text::IntoFragment<'a>) -> Block<'a> {
    text_in(ui.staff, content, size::BODY)
        .style(texts::error(ui.palette))
        .width(Fill)
        .meaning(Meaning::Live { assertive: true })
}

/// A warning next to what it is about (a note close to its limit): bold words on the notice
/// colour, said politely as it appears. The words say it is a warning; colour only adds to it.
pub fn warning<'a, Message: 'a>(
    ui: &Ui,
    content: impl text::IntoFragment<'a>,
) -> Element<'a, Message> {
    let words = label(ui, content)
        .font(fonts::bold(fonts::for_locale(ui.staff.locale)))
        .meaning(Meaning::Live { assertive: false });
    container(words)
        .padding([4, 8])
        .width(Fill)
        .style(containers::notice(ui.palette))
        .into()
}

/// A field's error, below it: in the error colour, spoken as it appears, and the fields it is
/// about marked as refused with it (a screen reader reads it as their description).
pub fn field_error<'a, Message>(
    ui: &Ui,
    controls: &mut Controls<Message>,
    fields: &[&ControlId],
    reason: String,
) -> Block<'a> {
    for field in fields {
        controls.refuse(field, reason.clone());
    }
    error(ui, reason)
}

/// A block of text whose lines are paragraphs, and lines starting with `- ` list items.
pub fn paragraphs<'a, Message: 'a>(lang: Lang, body: &str, size: f32) -> Column<'a, Message> {
    let mut column = Column::new().spacing(size * 0.6).width(Fill);
    for line in body.lines().map(str::trim).filter(|line| !line.is_empty()) {
        let element: Element<'a, Message> = match line.strip_prefix("- ") {
            Some(item) => {
                let bullet = inline_in(lang, "•", size);
                let item = text_in(lang, item.to_string(), size);
                let row = direction::row(lang.direction, vec![bullet.into(), item.into()])
                    .spacing(size * 0.5);
                tagged(Meaning::ListItem, Some(lang.locale), row)
            }
            None => text_in(lang, line.to_string(), size)
                .meaning(Meaning::Paragraph)
                .into(),
        };
        column = column.push(element);
    }
    column
}

/// Wraps a control in the focus ring: a thick outline when `id` has the keyboard focus.
pub fn focus_ring<'a, Message: 'a>(
    ui: &Ui,
    id: &ControlId,
    content: impl Into<Element<'a, Message>>,
) -> Element<'a, Message> {
    container(content)
        .padding(2)
        .id(id.widget_id())
        .style(containers::focus_ring(ui.palette, ui.is_focused(id)))
        .into()
}

/// How prominent a button is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Primary,
    Secondary,
    Link,
}

/// A button with a text label, `on_press` its action (`None` shows it disabled).
pub fn button<'a, Message: Clone + 'a>(
    ui: &Ui,
    controls: &mut Controls<Message>,
    id: &ControlId,
    label_text: String,
    on_press: Option<Message>,
    kind: Kind,
) -> Element<'a, Message> {
    let role = if kind == Kind::Link {
        Role::Link
    } else {
        Role::Button
    };
    controls.push(Control::new(
        id.clone(),
        role,
        label_text.clone(),
        on_press.clone(),
    ));
    let mut caption = inline(ui, label_text);
    if kind == Kind::Primary {
        caption = caption.font(fonts::bold(fonts::for_locale(ui.staff.locale)));
    }
    let control = iced_button(caption)
        .on_press_maybe(on_press)
        .padding([8, 16]);
    let control = match kind {
        Kind::Primary => control.style(buttons::primary(ui.palette)),
        Kind::Secondary => control.style(buttons::secondary(ui.palette)),
        Kind::Link => control.style(buttons::link(ui.palette)).padding([4, 6]),
    };
    focus_ring(ui, id, control)
}

/// One option of a group where one is chosen: a radio marker and the caption, as wide as its
/// row. Callers make the chosen caption bold ([`option_caption`]), so the choice never shows by
/// colour alone.
pub fn option<'a, Message: Clone + 'a>(
    ui: &Ui,
    controls: &mut Controls<Message>,
    id: &ControlId,
    label_text: String,
    caption: impl Into<Element<'a, Message>>,
    chosen: bool,
    on_press: Message,
) -> Element<'a, Message> {
    option_sized(
        ui,
        controls,
        id,
        label_text,
        caption.into(),
        chosen,
        on_press,
        Fill,
    )
}

/// Like [`option`], but only as wide as its caption (for options in a row or grid).
pub fn compact_option<'a, Message: Clone + 'a>(
    ui: &Ui,
    controls: &mut Controls<Message>,
    id: &ControlId,
    label_text: String,
    caption: impl Into<Element<'a, Message>>,
    chosen: bool,
    on_press: Message,
) -> Element<'a, Message> {
    option_sized(
        ui,
        controls,
        id,
        label_text,
        caption.into(),
        chosen,
        on_press,
        Shrink,
    )
}

#[allow(clippy::too_many_arguments)]
fn option_sized<'a, Message: Clone + 'a>(
    ui: &Ui,
    controls: &mut Controls<Message>,
    id: &ControlId,
    label_text: String,
    caption: Element<'a, Message>,
    chosen: bool,
    on_press: Message,
    width: Length,
) -> Element<'a, Message> {
    controls.push(Control::new(
        id.clone(),
        Role::Radio { selected: chosen },
        label_text,
        Some(on_press.clone()),
    ));
    let ink = if chosen {
        ui.palette.on_selected
    } else {
        ui.palette.text
    };
    let marker = mark::radio(chosen, ink);
    let content = direction::row(ui.direction(), vec![marker, caption])
        .spacing(10)
        .align_y(Alignment::Center);
    let content = container(content)
        .width(width)
        .align_x(direction::start(ui.direction()));
    let control = iced_button(content)
        .on_press(on_press)
        .padding([8, 12])
        .width(width)
        .style(buttons::option(ui.palette, chosen));
    focus_ring(ui, id, control)
}

/// An option's caption in a language: bold when chosen.
pub fn option_caption<'a>(
    lang: Lang,
    content: impl text::IntoFragment<'a>,
    chosen: bool,
) -> text::Text<'a> {
    let caption = inline_in(lang, content, size::BODY);
    if chosen {
        caption.font(fonts::bold(fonts::for_locale(lang.locale)))
    } else {
        caption
    }
}

/// A check box with its label; the whole row is clickable.
pub fn checkbox<'a, Message: Clone + 'a>(
    ui: &Ui,
    controls: &mut Controls<Message>,
    id: &ControlId,
    label_text: String,
    checked: bool,
    on_toggle: Message,
) -> Element<'a, Message> {
    checkbox_sized(ui, controls, id, label_text, checked, on_toggle, Fill)
}

/// Like [`checkbox`], but only as wide as its label (for a check box in a row).
pub fn compact_checkbox<'a, Message: Clone + 'a>(
    ui: &Ui,
    controls: &mut Controls<Message>,
    id: &ControlId,
    label_text: String,
    checked: bool,
    on_toggle: Message,
) -> Element<'a, Message> {
    checkbox_sized(ui, controls, id, label_text, checked, on_toggle, Shrink)
}

fn checkbox_sized<'a, Message: Clone + 'a>(
    ui: &Ui,
    controls: &mut Controls<Message>,
    id: &ControlId,
    label_text: String,
    checked: bool,
    on_toggle: Message,
    width: Length,
) -> Element<'a, Message> {
    controls.push(Control::new(
        id.clone(),
        Role::Checkbox { checked },
        label_text.clone(),
        Some(on_toggle.clone()),
    ));
    let caption: Element<'a, Message> = if width == Fill {
        label(ui, label_text).into()
    } else {
        inline(ui, label_text).into()
    };
    let p = ui.palette;
    let marker = mark::check(checked, p.text, p.primary, p.on_primary);
    let content = direction::row(ui.direction(), vec![marker, caption])
        .spacing(10)
        .align_y(Alignment::Center);
    let content = container(content)
        .width(width)
        .align_x(direction::start(ui.direction()));
    let control = iced_button(content)
        .on_press(on_toggle)
        .padding([6, 8])
        .width(width)
        .style(buttons::option(ui.palette, false));
    focus_ring(ui, id, control)
}

/// A labelled single-line text field inside a focus ring. Its input has the control's
/// `input_id`, so Skranke's focus can hand over to iced's text focus.
pub fn text_field<'a, Message: Clone + 'static>(
    ui: &Ui,
    controls: &mut Controls<Message>,
    id: &ControlId,
    field_label: String,
    value: &str,
    on_input: impl Fn(String) -> Message + 'static,
    on_submit: Option<Message>,
) -> Element<'a, Message> {
    text_field_with(
        ui,
        controls,
        id,
        field_label,
        value,
        on_input,
        on_submit,
        Vec::new(),
    )
}

/// A [`text_field`] with what is said about it (its error, its count) inside its focus ring:
/// when the focus goes to the field, scrolling it into view shows them too.
#[allow(clippy::too_many_arguments)]
pub fn text_field_with<'a, Message: Clone + 'static>(
    ui: &Ui,
    controls: &mut Controls<Message>,
    id: &ControlId,
    field_label: String,
    value: &str,
    on_input: impl Fn(String) -> Message + 'static,
    on_submit: Option<Message>,
    below: Vec<Element<'a, Message>>,
) -> Element<'a, Message> {
    let control = Control::text_input(id.clone(), field_label.clone(), on_input);
    let on_input = control.on_input.clone();
    controls.push(control);
    let input = text_input("", value)
        .id(id.input_id())
        .on_input_maybe(on_input.map(|f| move |text| f.message(text)))
        .on_submit_maybe(on_submit)
        .padding(10)
        .size(size::BODY)
        .font(fonts::for_locale(ui.staff.locale))
        .align_x(direction::start(ui.direction()))
        .style(super::style::text_input(ui.palette));
    // The label stands clear of the focus ring drawn around the field (the ring is wider than
    // the ring's padding, and a label's first letter touched it).
    let caption = container(label(ui, field_label)).padding(Padding {
        top: 2.0,
        right: 4.0,
        bottom: 0.0,
        left: 4.0,
    });
    let field = column![caption, input]
        .spacing(6)
        .extend(below.into_iter().map(about_field));
    focus_ring(ui, id, field)
}

/// Something said about a field, under it inside its ring, clear of the ring's border.
fn about_field<'a, Message: 'a>(content: Element<'a, Message>) -> Element<'a, Message> {
    container(content).padding([0, 4]).width(Fill).into()
}

/// A labelled text field of several lines inside a focus ring, for a text that should be read
/// back whole (the log's note): it grows with its text from `lines` lines up to twice as many,
/// then scrolls. Enter breaks a line; Ctrl+Enter, Tab and Esc stay the app's keys. Its text is
/// told to screen readers as the field's value (`Meaning::Value`).
/// What is said about the field (`below`: its count, its error) is inside its ring, as with
/// [`text_field_with`].
#[allow(clippy::too_many_arguments)]
pub fn text_area<'a, Message: Clone + 'static>(
    ui: &Ui,
    controls: &mut Controls<Message>,
    id: &ControlId,
    field_label: String,
    content: &'a text_editor::Content,
    lines: f32,
    on_action: impl Fn(text_editor::Action) -> Message + 'a,
    on_input: impl Fn(String) -> Message + 'static,
    below: Vec<Element<'a, Message>>,
) -> Element<'a, Message> {
    controls.push(Control::text_area(
        id.clone(),
        field_label.clone(),
        on_input,
    ));
    let line = fonts::line_height(ui.staff.locale)
        .to_absolute(iced::Pixels(size::BODY))
        .0;
    let padding = 10.0;
    let editor = text_editor(content)
        .id(id.input_id())
        .on_action(on_action)
        .padding(padding)
        .size(size::BODY)
        .font(fonts::for_locale(ui.staff.locale))
        .line_height(fonts::line_height(ui.staff.locale))
        .wrapping(text::Wrapping::WordOrGlyph)
        .min_height(line * lines + 2.0 * padding)
        .max_height(line * lines * 2.0 + 2.0 * padding)
        .key_binding(text_area_keys)
        .style(super::style::text_editor(ui.palette));
    let value = tagged(Meaning::Value(content.text()), None, editor);
    let caption = container(label(ui, field_label)).padding(Padding {
        top: 2.0,
        right: 4.0,
        bottom: 0.0,
        left: 4.0,
    });
    let field = column![caption, value]
        .spacing(6)
        .extend(below.into_iter().map(about_field));
    focus_ring(ui, id, field)
}

/// What a key does in a text area: the editor's usual keys (Enter breaks a line), except the
/// app's own, which it lets through: Ctrl+Enter (save), Tab, Esc and F6.
fn text_area_keys<Message>(press: text_editor::KeyPress) -> Option<text_editor::Binding<Message>> {
    use iced::keyboard::{Key, key::Named};
    let app_key = match press.key.as_ref() {
        Key::Named(Named::Enter) => press.modifiers.command(),
        Key::Named(Named::Tab | Named::Escape | Named::F6) => true,
        _ => false,
    };
    if app_key {
        None
    } else {
        text_editor::Binding::from_key_press(press)
    }
}

/// A surface with a border around a group of content.
pub fn card<'a, Message: 'a>(
    ui: &Ui,
    content: impl Into<Element<'a, Message>>,
) -> Element<'a, Message> {
    container(content)
        .padding(size::PADDING)
        .width(Fill)
        .style(containers::card(ui.palette))
        .into()
}

/// Vertical space.
pub fn gap<'a, Message: 'a>(height: f32) -> Element<'a, Message> {
    iced::widget::space().height(Length::Fixed(height)).into()
}

/// Padding with extra room at the end edge for the scroll bar.
pub fn page_padding(ui: &Ui) -> Padding {
    let scrollbar_room = 14.0;
    let (left, right) = if ui.direction().is_rtl() {
        (size::PADDING + scrollbar_room, size::PADDING)
    } else {
        (size::PADDING, size::PADDING + scrollbar_room)
    };
    Padding {
        top: size::PADDING,
        right,
        bottom: size::PADDING,
        left,
    }
}

/// A horizontal bar showing `done` out of `total`, filling from the start edge. Always shown
/// next to the same numbers in words: the bar is never the only cue.
pub fn meter<'a, Message: 'a>(ui: &Ui, done: usize, total: usize) -> Element<'a, Message> {
    // Fill portions are u16 and iced adds them up: scale to thousandths.
    let done_thousandths = (done.min(total) * 1000).checked_div(total).unwrap_or(0);
    let done_portion = u16::try_from(done_thousandths).unwrap_or(1000);
    let rest_portion = 1000 - done_portion;
    let height = Length::Fixed(14.0);
    let filled = container(iced::widget::space())
        .width(Length::FillPortion(done_portion))
        .height(height)
        .style(containers::meter_fill(ui.palette));
    let rest = container(iced::widget::space())
        .width(Length::FillPortion(rest_portion))
        .height(height);
    let bar = direction::row(ui.direction(), vec![filled.into(), rest.into()]).width(Fill);
    container(bar)
        .padding(2)
        .width(Fill)
        .style(containers::meter_track(ui.palette))
        .into()
}

/// A whole-row link: a bordered button whose content is a small block (title, details), used
/// for lists of things that open (principles, topics, log entries).
pub fn entry<'a, Message: Clone + 'a>(
    ui: &Ui,
    controls: &mut Controls<Message>,
    id: &ControlId,
    label_text: String,
    content: impl Into<Element<'a, Message>>,
    on_press: Message,
) -> Element<'a, Message> {
    controls.push(Control::new(
        id.clone(),
        Role::Link,
        label_text,
        Some(on_press.clone()),
    ));
    let control = iced_button(content)
        .on_press(on_press)
        .padding([10, 14])
        .width(Fill)
        .style(buttons::secondary(ui.palette));
    focus_ring(ui, id, control)
}

/// Items in rows of `per_row`, in reading order; each row mirrored for right-to-left. Cells
/// share their row's width equally.
pub fn grid<'a, Message: 'a>(
    ui: &Ui,
    items: Vec<Element<'a, Message>>,
    per_row: usize,
) -> Element<'a, Message> {
    let per_row = per_row.max(1);
    let mut rows = Column::new().spacing(6).width(Fill);
    let mut items = items.into_iter().peekable();
    while items.peek().is_some() {
        let mut cells: Vec<Element<'a, Message>> = Vec::new();
        for _ in 0..per_row {
            let cell = match items.next() {
                Some(item) => container(item)
                    .width(Fill)
                    .align_x(direction::start(ui.direction()))
                    .into(),
                None => iced::widget::space().width(Fill).into(),
            };
            cells.push(cell);
        }
        rows = rows.push(direction::row(ui.direction(), cells).spacing(6).width(Fill));
    }
    rows.into()
}

/// The tabs of a screen, each as wide as its label, wrapping onto more lines when they do not
/// fit (at 200 % or in a long language) instead of squeezing words apart.
pub fn tab_bar<'a, Message: 'a>(ui: &Ui, tabs: Vec<Element<'a, Message>>) -> Element<'a, Message> {
    direction::wrapping_row(ui.direction(), tabs, 6.0)
}

/// A screen's tabs as one group (one Tab stop, arrows move, the chosen one marked), laid out as
/// a [`tab_bar`]: each tab is its control id, its label, whether it is chosen, and its message.
pub fn tabs<'a, Message: Clone + 'a>(
    ui: &Ui,
    controls: &mut Controls<Message>,
    group: focus::Group,
    items: Vec<(&ControlId, String, bool, Message)>,
) -> Element<'a, Message> {
    let tabs = controls.group(group, |controls| {
        items
            .into_iter()
            .map(|(id, label, chosen, message)| {
                let caption = option_caption(ui.staff, label.clone(), chosen);
                compact_option(ui, controls, id, label, caption, chosen, message)
            })
            .collect()
    });
    tab_bar(ui, tabs)
}

/// A short message on the notice colour, for confirmations and modes the user must not miss.
pub fn notice_text<'a, Message: 'a>(
    ui: &Ui,
    content: impl text::IntoFragment<'a>,
) -> Element<'a, Message> {
    container(label(ui, content).meaning(Meaning::Live { assertive: false }))
        .padding([8, 12])
        .width(Fill)
        .style(containers::notice(ui.palette))
        .into()
}

/// A table: a header row and rows of cells, columns sharing the width by `portions`. The
/// accessible alternative to every chart: the same numbers, as text.
pub fn table<'a, Message: 'a>(
    ui: &Ui,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    portions: &[u16],
) -> Element<'a, Message> {
    let cell = |content: String, header: bool, column: usize| -> Element<'a, Message> {
        let portion = portions.get(column).copied().unwrap_or(1);
        let mut t = label(ui, content)
            .size(size::SMALL)
            .meaning(Meaning::Cell { header, column });
        if header {
            t = t.font(fonts::bold(fonts::for_locale(ui.staff.locale)));
        }
        container(t)
            .width(Length::FillPortion(portion))
            .padding([4, 6])
            .into()
    };
    let line = |cells: Vec<String>, header: bool| -> Element<'a, Message> {
        let cells: Vec<Element<'a, Message>> = cells
            .into_iter()
            .enumerate()
            .map(|(column, content)| cell(content, header, column))
            .collect();
        let row = direction::row(ui.direction(), cells).width(Fill);
        tagged(Meaning::Row, None, row)
    };
    let mut column = Column::new().width(Fill).push(line(header, true));
    column = column.push(
        container(iced::widget::space())
            .width(Fill)
            .height(1)
            .style(containers::rule(ui.palette)),
    );
    for row in rows {
        column = column.push(line(row, false));
    }
    tagged(
        Meaning::Table {
            hidden_headers: Vec::new(),
        },
        None,
        column,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::keyboard::{Key, Modifiers, key::Named};
    use text_editor::Binding;

    fn press(key: Key, modifiers: Modifiers, text: Option<&str>) -> Option<Binding<()>> {
        text_area_keys(text_editor::KeyPress {
            key: key.clone(),
            modified_key: key,
            physical_key: iced::keyboard::key::Physical::Unidentified(
                iced::keyboard::key::NativeCode::Unidentified,
            ),
            modifiers,
            text: text.map(Into::into),
            status: text_editor::Status::Focused { is_hovered: false },
        })
    }

    #[test]
    fn a_text_area_types_and_breaks_lines_but_leaves_the_app_its_keys() {
        let enter = Key::Named(Named::Enter);
        assert_eq!(
            press(enter.clone(), Modifiers::empty(), Some("\r")),
            Some(Binding::Enter),
            "Enter breaks a line"
        );
        assert_eq!(
            press(Key::Character("a".into()), Modifiers::empty(), Some("a")),
            Some(Binding::Insert('a'))
        );
        for (key, modifiers) in [
            (enter.clone(), Modifiers::CTRL),
            (enter, Modifiers::CTRL | Modifiers::SHIFT),
            (Key::Named(Named::Tab), Modifiers::empty()),
            (Key::Named(Named::Tab), Modifiers::SHIFT),
            (Key::Named(Named::Escape), Modifiers::empty()),
            (Key::Named(Named::F6), Modifiers::empty()),
        ] {
            assert_eq!(
                press(key.clone(), modifiers, None),
                None,
                "{key:?} with {modifiers:?} is the app's"
            );
        }
    }
}
