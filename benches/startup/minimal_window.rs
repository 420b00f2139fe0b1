//! The baseline for the start-up benchmark: the smallest iced 0.14 window, built with the same
//! iced features and profile as Skranke. It prints the milliseconds to its first drawn frame
//! and exits, exactly like `skranke --exit-after-first-frame`.

use iced::widget::{center, text};
use iced::{Element, Subscription, Task};
use std::time::Instant;

struct Minimal {
    started: Option<Instant>,
}

#[derive(Debug, Clone)]
enum Message {
    FrameDrawn,
}

fn update(state: &mut Minimal, message: Message) -> Task<Message> {
    match message {
        Message::FrameDrawn => match state.started.take() {
            Some(start) => {
                println!(
                    "first-frame-ms {:.1}",
                    start.elapsed().as_secs_f64() * 1000.0
                );
                iced::exit()
            }
            None => Task::none(),
        },
    }
}

fn view(_state: &Minimal) -> Element<'_, Message> {
    center(text("Hello, desk")).into()
}

fn subscription(_state: &Minimal) -> Subscription<Message> {
    iced::window::frames().map(|_| Message::FrameDrawn)
}

fn main() -> iced::Result {
    let started = Instant::now();
    iced::application(
        move || Minimal {
            started: Some(started),
        },
        update,
        view,
    )
    .subscription(subscription)
    .window_size(iced::Size::new(1280.0, 860.0))
    .run()
}
