//! Charts drawn with iced's canvas: horizontal bars (optionally stacked) and columns over time.
//!
//! Every chart writes its values as text, tells series apart by pattern as well as colour
//! (solid, hatched, dotted, with a legend in words), follows the theme, and mirrors for a
//! right-to-left staff language. The same numbers are always available as a table.

use super::theme::Palette;
use crate::i18n::Direction;
use iced::alignment::Vertical;
use iced::widget::canvas::{self, Frame, Geometry, Path, Stroke, Text};
use iced::widget::text::{Alignment, Shaping};
use iced::{Color, Font, Pixels, Point, Rectangle, Renderer, Size, Theme, mouse};

/// How a series is filled, so it is told apart without colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pattern {
    Solid,
    Hatched,
    Dotted,
}

impl Pattern {
    pub const ORDER: [Pattern; 3] = [Pattern::Solid, Pattern::Hatched, Pattern::Dotted];
}

/// One bar: its label, its segments (one per series) and the value text after it.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub segments: Vec<f64>,
    pub value: String,
}

/// Horizontal bars, one per row, segments stacked.
#[derive(Clone, Debug)]
pub struct BarChart {
    pub bars: Vec<Bar>,
    /// Names of the series, for the legend (empty: no legend).
    pub series: Vec<String>,
    /// What the bar length means ("contacts", "share of visits").
    pub axis: String,
    /// The value a full bar stands for.
    pub max: f64,
    pub palette: &'static Palette,
    pub direction: Direction,
    pub font: Font,
}

pub const ROW_HEIGHT: f32 = 30.0;
const LEGEND_HEIGHT: f32 = 28.0;
const AXIS_HEIGHT: f32 = 24.0;
const TEXT_SIZE: f32 = 14.0;

impl BarChart {
    /// The height the chart needs.
    pub fn height(&self) -> f32 {
        let legend = if self.series.len() > 1 {
            LEGEND_HEIGHT
        } else {
            0.0
        };
        self.bars.len() as f32 * ROW_HEIGHT + legend + AXIS_HEIGHT
    }
}

/// Mirrors a rectangle's x for right-to-left.
fn place(direction: Direction, width: f32, x: f32, w: f32) -> f32 {
    if direction.is_rtl() { width - x - w } else { x }
}

/// A chart text. `max_width` must be finite: cosmic-text places aligned text of unbounded width
/// at infinity.
fn text(
    content: String,
    position: Point,
    color: Color,
    font: Font,
    align_x: Alignment,
    max_width: f32,
) -> Text {
    Text {
        content,
        position,
        max_width,
        color,
        size: Pixels(TEXT_SIZE),
        font,
        align_x,
        align_y: Vertical::Center,
        shaping: Shaping::Advanced,
        ..Text::default()
    }
}

/// Does the text start with a right-to-left script (Arabic, Persian, Urdu, Hebrew)?
fn is_rtl_text(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF))
}

/// The width of a one-line text. A right-to-left text cannot be centred by iced 0.14 in a
/// canvas (with explicit alignment it is laid out in its full box and then shifted by its own
/// width); with the default alignment it is laid out at its own width from its position, so
/// it is centred by placing it half its measured width before the middle.
fn measured_width(content: &str, font: Font, size: f32) -> f32 {
    use iced::advanced::text::Paragraph as _;
    super::rtl_text::line_paragraph(content, font, size, Default::default())
        .min_bounds()
        .width
}

/// Writes `content` in the area that starts `start` from the layout's start edge and is
/// `area` wide, aligned to the start edge, on the line whose middle is at `middle`.
///
/// A right-to-left text is given its box with left alignment: cosmic-text then lays it out at
/// the box's right edge itself. Explicit right alignment of such a text in a canvas places it
/// outside its box (the same iced issue 2816 as in `widget::inline_in`).
#[allow(clippy::too_many_arguments)]
fn write(
    frame: &mut Frame,
    direction: Direction,
    width: f32,
    start: f32,
    area: f32,
    middle: f32,
    content: String,
    color: Color,
    font: Font,
    size: f32,
) {
    let box_x = place(direction, width, start, area);
    let (x, align) = if is_rtl_text(&content) || !direction.is_rtl() {
        (box_x, Alignment::Left)
    } else {
        (box_x + area, Alignment::Right)
    };
    frame.fill_text(Text {
        size: Pixels(size),
        ..text(content, Point::new(x, middle), color, font, align, area)
    });
}

/// Fills a rectangle with a pattern.
fn fill(frame: &mut Frame, palette: &Palette, pattern: Pattern, rect: Rectangle) {
    if rect.width <= 0.0 {
        return;
    }
    let outline = Path::rectangle(rect.position(), rect.size());
    match pattern {
        Pattern::Solid => frame.fill(&outline, palette.primary),
        Pattern::Hatched => {
            frame.fill(&outline, palette.background);
            let lines = Path::new(|b| {
                let mut x = rect.x - rect.height;
                while x < rect.x + rect.width {
                    let start =
                        Point::new(x.max(rect.x), rect.y + rect.height - (x.max(rect.x) - x));
                    let end_x = (x + rect.height).min(rect.x + rect.width);
                    let end = Point::new(end_x, rect.y + rect.height - (end_x - x));
                    b.move_to(start);
                    b.line_to(end);
                    x += 6.0;
                }
            });
            frame.stroke(
                &lines,
                Stroke::default().with_color(palette.text).with_width(1.5),
            );
            frame.stroke(
                &outline,
                Stroke::default().with_color(palette.text).with_width(1.0),
            );
        }
        Pattern::Dotted => {
            frame.fill(&outline, palette.background);
            let mut y = rect.y + 3.0;
            while y < rect.y + rect.height {
                let mut x = rect.x + 3.0;
                while x < rect.x + rect.width {
                    frame.fill(&Path::circle(Point::new(x, y), 1.2), palette.text);
                    x += 5.0;
                }
                y += 5.0;
            }
            frame.stroke(
                &outline,
                Stroke::default().with_color(palette.text).with_width(1.0),
            );
        }
    }
}

impl<Message> canvas::Program<Message> for BarChart {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        _theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let width = bounds.width;
        let p = self.palette;
        let label_width = (width * 0.38).min(260.0);
        let value_width = 120.0_f32.min(width * 0.25);
        let bar_x = label_width + 8.0;
        let bar_width = (width - bar_x - value_width - 8.0).max(10.0);
        for (row, bar) in self.bars.iter().enumerate() {
            let y = row as f32 * ROW_HEIGHT;
            let middle = y + ROW_HEIGHT / 2.0;
            write(
                &mut frame,
                self.direction,
                width,
                0.0,
                label_width,
                middle,
                bar.label.clone(),
                p.text,
                self.font,
                TEXT_SIZE,
            );
            // The track shows where a full bar would end.
            let track = Rectangle::new(
                Point::new(place(self.direction, width, bar_x, bar_width), y + 5.0),
                Size::new(bar_width, ROW_HEIGHT - 10.0),
            );
            frame.stroke(
                &Path::rectangle(track.position(), track.size()),
                Stroke::default().with_color(p.border).with_width(1.0),
            );
            let mut x = bar_x;
            for (index, value) in bar.segments.iter().enumerate() {
                let length = if self.max > 0.0 {
                    (*value / self.max) as f32 * bar_width
                } else {
                    0.0
                };
                let rect = Rectangle::new(
                    Point::new(place(self.direction, width, x, length), y + 5.0),
                    Size::new(length, ROW_HEIGHT - 10.0),
                );
                fill(&mut frame, p, Pattern::ORDER[index % 3], rect);
                x += length;
            }
            write(
                &mut frame,
                self.direction,
                width,
                bar_x + bar_width + 8.0,
                value_width,
                middle,
                bar.value.clone(),
                p.text,
                self.font,
                TEXT_SIZE,
            );
        }

        let mut y = self.bars.len() as f32 * ROW_HEIGHT;
        if self.series.len() > 1 {
            let mut x = 0.0;
            for (index, name) in self.series.iter().enumerate() {
                let swatch = Rectangle::new(
                    Point::new(place(self.direction, width, x, 18.0), y + 6.0),
                    Size::new(18.0, 14.0),
                );
                fill(&mut frame, p, Pattern::ORDER[index % 3], swatch);
                let area = name.chars().count() as f32 * 8.0 + 16.0;
                write(
                    &mut frame,
                    self.direction,
                    width,
                    x + 24.0,
                    area,
                    y + 13.0,
                    name.clone(),
                    p.text,
                    self.font,
                    TEXT_SIZE,
                );
                x += 24.0 + area + 16.0;
            }
            y += LEGEND_HEIGHT;
        }
        write(
            &mut frame,
            self.direction,
            width,
            bar_x,
            bar_width,
            y + 12.0,
            self.axis.clone(),
            p.text_muted,
            self.font,
            TEXT_SIZE,
        );
        vec![frame.into_geometry()]
    }
}

/// Columns over time (one per month), with each value above its column.
#[derive(Clone, Debug)]
pub struct ColumnChart {
    pub columns: Vec<(String, f64)>,
    pub axis: String,
    pub palette: &'static Palette,
    pub direction: Direction,
    pub font: Font,
}

pub const COLUMN_CHART_HEIGHT: f32 = 240.0;

impl<Message> canvas::Program<Message> for ColumnChart {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        _theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let p = self.palette;
        let width = bounds.width;
        let top = 22.0;
        let bottom = bounds.height - 48.0;
        let count = self.columns.len().max(1) as f32;
        let slot = width / count;
        let max = self
            .columns
            .iter()
            .map(|(_, v)| *v)
            .fold(0.0, f64::max)
            .max(1.0);
        // Labels every n-th column, so they never overlap.
        let every = ((60.0 / slot).ceil() as usize).max(1);
        let baseline = Path::line(Point::new(0.0, bottom), Point::new(width, bottom));
        frame.stroke(
            &baseline,
            Stroke::default().with_color(p.border).with_width(1.0),
        );
        for (index, (label, value)) in self.columns.iter().enumerate() {
            let position = if self.direction.is_rtl() {
                count as usize - 1 - index
            } else {
                index
            };
            let x = position as f32 * slot;
            let height = (*value / max) as f32 * (bottom - top);
            let column = Rectangle::new(
                Point::new(x + slot * 0.15, bottom - height),
                Size::new(slot * 0.7, height),
            );
            fill(&mut frame, p, Pattern::Solid, column);
            let centre = x + slot / 2.0;
            if index % every == 0 || self.columns.len() <= 24 {
                let value_text = Text {
                    size: Pixels(12.0),
                    ..text(
                        format!("{value}"),
                        Point::new(centre, bottom - height - 9.0),
                        p.text,
                        self.font,
                        Alignment::Center,
                        slot.max(30.0),
                    )
                };
                frame.fill_text(value_text);
            }
            if index % every == 0 {
                let label_size = 12.0;
                let (x, align) = if is_rtl_text(label) {
                    // Centred by hand: see `measured_width`.
                    let half = measured_width(label, self.font, label_size) / 2.0;
                    (centre - half, Alignment::Default)
                } else {
                    (centre, Alignment::Center)
                };
                frame.fill_text(Text {
                    size: Pixels(label_size),
                    ..text(
                        label.clone(),
                        Point::new(x, bottom + 12.0),
                        p.text,
                        self.font,
                        align,
                        slot * every as f32,
                    )
                });
            }
        }
        write(
            &mut frame,
            self.direction,
            width,
            0.0,
            width,
            bounds.height - 12.0,
            self.axis.clone(),
            p.text_muted,
            self.font,
            TEXT_SIZE,
        );
        vec![frame.into_geometry()]
    }
}
