//! Right-to-left text stays inside its box and starts at its right edge.
//!
//! iced 0.14 draws a one-line right-to-left text that fills its width with an explicit
//! alignment past the right edge of its box, where it is clipped (see `ui::block`). These tests
//! render such texts and look at where the ink landed.

use iced::widget::{column, container};
use iced::{Element, Size, Theme};
use iced_test::simulator::Simulator;
use skranke::i18n::{Direction, Locale};
use skranke::ui::Lang;
use skranke::ui::widget::{heading_in, text_in};

const WINDOW: Size = Size::new(900.0, 160.0);
const BOX_WIDTH: f32 = 400.0;
const OFFSET: f32 = 100.0;

/// The leftmost and rightmost columns with dark ink, in logical pixels, of `element` in a box
/// [`BOX_WIDTH`] wide.
fn ink_span(element: Element<'_, ()>, name: &str) -> (f32, f32) {
    ink_span_in(element, name, BOX_WIDTH, WINDOW)
}

fn ink_span_in(element: Element<'_, ()>, name: &str, width: f32, window: Size) -> (f32, f32) {
    // The box starts OFFSET from the window's edge, so ink spilling left of it is seen too.
    let view = iced::widget::row![
        iced::widget::space().width(OFFSET),
        container(element).width(width)
    ];
    let mut ui = Simulator::with_size(skranke::iced_settings(), window, view);
    let snapshot = ui.snapshot(&Theme::Light).expect("the view renders");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/rtl-layout");
    std::fs::create_dir_all(&dir).expect("the folder can be made");
    let path = dir.join(format!("{name}.png"));
    let written = dir.join(format!("{name}-tiny-skia.png"));
    let _ = std::fs::remove_file(&written);
    snapshot.matches_image(&path).expect("the PNG is written");

    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(&written).expect("the PNG exists"),
    ));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("a size")];
    let info = reader.next_frame(&mut pixels).expect("a frame");
    let channels = info.line_size / info.width as usize;
    let scale = info.width as f32 / window.width;
    let mut columns = (0..info.width as usize).filter(|&x| {
        (0..info.height as usize).any(|y| {
            let at = y * info.line_size + x * channels;
            pixels[at..at + 3].iter().all(|&c| c < 96)
        })
    });
    let first = columns.next().expect("some ink") as f32;
    let last = columns.next_back().map_or(first, |x| x as f32);
    (first / scale - OFFSET, last / scale - OFFSET)
}

const ARABIC: Lang = Lang {
    locale: Locale::Ar,
    direction: Direction::Rtl,
};

/// Asserts that the ink of `right` ends at the right edge of the box, not past it.
fn ends_at_the_right_edge(right: f32) {
    assert!(right <= BOX_WIDTH, "ink reaches {right}, past the box");
    assert!(
        right > BOX_WIDTH - 20.0,
        "ink ends at {right}, not at the right edge"
    );
}

#[test]
fn a_one_line_arabic_text_ends_at_the_right_edge_of_its_box() {
    let (left, right) = ink_span(text_in(ARABIC, "مرحبا بكم", 24.0).into(), "line");
    ends_at_the_right_edge(right);
    assert!(
        left > BOX_WIDTH / 2.0,
        "a short text starts in the right half, not at {left}"
    );
}

#[test]
fn an_arabic_heading_stays_in_its_box() {
    let (_, right) = ink_span(heading_in(ARABIC, "المساعدة الرقمية", 1).into(), "heading");
    ends_at_the_right_edge(right);
}

#[test]
fn a_danish_line_starts_at_the_left_edge() {
    let danish = Lang {
        locale: Locale::Da,
        direction: Direction::Ltr,
    };
    let element = column![text_in(danish, "Velkommen", 24.0)].into();
    let (left, right) = ink_span(element, "danish");
    assert!(left < 20.0, "ink starts at {left}");
    assert!(
        right < BOX_WIDTH / 2.0,
        "a short text ends in the left half, not at {right}"
    );
}

/// Arabic citizen paragraphs mix in Danish names and numbers ("MitID", "80 30 20 20"), which
/// cosmic-text can wrap wider than the box; `ui::rtl_text` breaks the lines itself.
#[test]
fn arabic_paragraphs_with_latin_words_stay_inside_narrow_and_wide_boxes() {
    let catalogue = skranke::i18n::Catalogue::embedded();
    let body: Vec<String> = [
        "topic-digital-1-body",
        "topic-digital-3-body",
        "topic-complaints-2-body",
        "topic-complaints-4-body",
        "topic-help-4-body",
    ]
    .iter()
    .map(|id| catalogue.text(Locale::Ar, id))
    .collect();
    let body = body.join("\n");
    let window = Size::new(1100.0, 1800.0);
    for width in [280.0, 340.0, 400.0, 440.0, 600.0] {
        let element = skranke::ui::widget::paragraphs(ARABIC, &body, 17.0).into();
        let (left, right) = ink_span_in(element, &format!("paragraphs-{width}"), width, window);
        assert!(right <= width + 1.0, "at {width}: ink reaches {right}");
        assert!(
            left >= -1.0,
            "at {width}: ink starts at {left}, left of the box"
        );
    }
}
