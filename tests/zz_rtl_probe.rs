use iced::widget::{column, container, row, text};
use iced::{Element, Theme};
use iced_test::Simulator;

#[test]
fn probe() {
    let mk = |a: text::Alignment| -> Element<'static, ()> {
        container(
            row![
                text("العربية")
                    .font(iced::Font::with_name("Noto Sans Arabic"))
                    .size(30)
                    .align_x(a)
                    .shaping(text::Shaping::Advanced),
                text("· Arabic").size(30),
            ]
            .spacing(10),
        )
        .style(|_: &Theme| container::Style {
            border: iced::Border {
                color: iced::Color::BLACK,
                width: 1.0,
                radius: 0.0.into(),
            },
            ..Default::default()
        })
        .width(iced::Fill)
        .into()
    };
    let view: Element<()> = column![
        mk(text::Alignment::Default),
        mk(text::Alignment::Left),
        mk(text::Alignment::Right),
        mk(text::Alignment::Center),
        row![
            text("Borgerens sprog:").size(30),
            text("العربية")
                .font(iced::Font::with_name("Noto Sans Arabic"))
                .size(30)
                .shaping(text::Shaping::Advanced),
            text("(Ctrl+L)").size(30)
        ]
        .spacing(10)
    ]
    .spacing(20)
    .into();
    let mut ui = Simulator::with_size(skranke::iced_settings(), (800.0, 400.0), view);
    let snap = ui.snapshot(&Theme::Light).unwrap();
    let _ = std::fs::remove_file("/tmp/exp/probe-tiny-skia.png");
    snap.matches_image("/tmp/exp/probe.png").unwrap();
}
