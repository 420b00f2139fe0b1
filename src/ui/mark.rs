//! The check box and radio markers, drawn as shapes so they need no glyph from any font and
//! can sit on either side of a label (mirrored rows in right-to-left languages).

use iced::widget::canvas::{self, Frame, Geometry, Path, Stroke};
use iced::{Color, Point, Rectangle, Renderer, Size, Theme, mouse};

/// Side of a marker, in logical pixels; scales with the UI.
pub const SIDE: f32 = 20.0;

/// Which marker, in which state, in which ink.
#[derive(Clone, Copy, Debug)]
pub enum Mark {
    Check {
        checked: bool,
        ink: Color,
        fill: Color,
        on_fill: Color,
    },
    Radio {
        selected: bool,
        ink: Color,
    },
}

impl<Message> canvas::Program<Message> for Mark {
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
        let side = bounds.width.min(bounds.height);
        let inset = 2.0;
        match *self {
            Mark::Check {
                checked,
                ink,
                fill,
                on_fill,
            } => {
                let box_path = Path::rounded_rectangle(
                    Point::new(inset, inset),
                    Size::new(side - 2.0 * inset, side - 2.0 * inset),
                    3.0.into(),
                );
                if checked {
                    frame.fill(&box_path, fill);
                    let tick = Path::new(|b| {
                        b.move_to(Point::new(side * 0.27, side * 0.52));
                        b.line_to(Point::new(side * 0.44, side * 0.69));
                        b.line_to(Point::new(side * 0.75, side * 0.33));
                    });
                    frame.stroke(
                        &tick,
                        Stroke::default()
                            .with_color(on_fill)
                            .with_width(side * 0.13),
                    );
                } else {
                    frame.stroke(&box_path, Stroke::default().with_color(ink).with_width(2.0));
                }
            }
            Mark::Radio { selected, ink } => {
                let centre = Point::new(side / 2.0, side / 2.0);
                frame.stroke(
                    &Path::circle(centre, side / 2.0 - inset),
                    Stroke::default().with_color(ink).with_width(2.0),
                );
                if selected {
                    frame.fill(&Path::circle(centre, side / 4.0), ink);
                }
            }
        }
        vec![frame.into_geometry()]
    }
}
