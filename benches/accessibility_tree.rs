//! What the screen-reader bridge costs per change while a screen reader listens: after every
//! message the app walks the laid-out window (`a11y::Collector`) and builds the AccessKit tree
//! (`App::accessibility_tree`, which builds the view's controls once more). For the heaviest
//! screens, each step is timed against building and laying out the view itself, which iced
//! does after every message anyway. With no screen reader, none of this runs.
//!
//! Run: `cargo bench --bench accessibility_tree` (see docs/benchmarks.md).

mod data;

use iced::Size;
use iced::advanced::renderer::Headless;
use iced_test::runtime::user_interface::{Cache, UserInterface};
use skranke::App;
use skranke::a11y::Collector;
use skranke::app::{Message, Options};
use skranke::i18n::Locale;
use skranke::paths::Paths;
use skranke::screen::ScreenId;
use std::time::{Duration, Instant};

const RUNS: usize = 30;
const WINDOW: Size = Size::new(1280.0, 860.0);
const ENTRIES: u64 = 200;

/// Runs a task to its end, feeding its messages back (widget operations have no window here).
fn run(app: &mut App, task: iced::Task<Message>) {
    use iced::futures::StreamExt;
    use iced_test::runtime::Action;
    let Some(mut stream) = iced_test::runtime::task::into_stream(task) else {
        return;
    };
    let mut outputs = Vec::new();
    while let Some(action) = iced::futures::executor::block_on(stream.next()) {
        if let Action::Output(message) = action {
            outputs.push(message);
        }
    }
    for message in outputs {
        update(app, message);
    }
}

fn update(app: &mut App, message: Message) {
    let task = app.update(message);
    run(app, task);
}

/// Median times of: the view built and laid out, the walk, the tree; and the tree's size.
fn measure(app: &App) -> (f64, f64, f64, usize) {
    let mut renderer = iced::futures::executor::block_on(iced::Renderer::new(
        skranke::ui::fonts::LATIN,
        iced::Pixels(16.0),
        Some("tiny-skia"),
    ))
    .expect("a headless renderer");
    let mut layout = Vec::new();
    let mut walk = Vec::new();
    let mut tree = Vec::new();
    let mut nodes = 0;
    let mut cache = Cache::default();
    for _ in 0..RUNS {
        let started = Instant::now();
        let mut ui = UserInterface::build(app.view(), WINDOW, cache, &mut renderer);
        layout.push(started.elapsed());

        let started = Instant::now();
        let controls = app.controls().into_iter().map(|c| c.id);
        let collector = Collector::new(iced::Rectangle::with_size(WINDOW), controls);
        let (sender, outline) = std::sync::mpsc::channel();
        let mut operation = iced::advanced::widget::operation::map(collector, move |outline| {
            let _ = sender.send(outline);
        });
        ui.operate(&renderer, &mut operation);
        let _ = iced::advanced::widget::Operation::finish(&operation);
        let outline = outline.recv().expect("an outline");
        walk.push(started.elapsed());

        let started = Instant::now();
        let built = app.accessibility_tree(&outline);
        tree.push(started.elapsed());
        nodes = built.update.nodes.len();
        cache = ui.into_cache();
    }
    (median(layout), median(walk), median(tree), nodes)
}

fn median(mut times: Vec<Duration>) -> f64 {
    times.sort();
    times[times.len() / 2].as_secs_f64() * 1000.0
}

fn main() {
    skranke::ui::fonts::load();
    let folder = tempfile::tempdir().expect("a temporary folder");
    let paths = Paths::resolve(
        Some(folder.path().join("config")),
        Some(folder.path().join("data")),
    );
    std::fs::create_dir_all(folder.path().join("data")).expect("the data folder");
    std::fs::copy(data::database(ENTRIES, 42), paths.database_file()).expect("the log in place");
    let mut app = App::new(Options {
        paths: Some(paths),
        staff_language: Some("da".into()),
        citizen_language: Some("ar".into()),
        measure_first_frame_from: None,
        policy: Default::default(),
    });
    use skranke::screen::desk::Message as Desk;
    let states: Vec<(&str, Vec<Message>)> = vec![
        (
            "desk, Arabic topic",
            vec![
                Message::Navigate(ScreenId::Desk),
                Message::Desk(Desk::ChooseLanguage(Locale::Ar)),
                Message::Desk(Desk::OpenTopic("rights")),
            ],
        ),
        ("glossary", vec![Message::Navigate(ScreenId::Glossary)]),
        ("principles", vec![Message::Navigate(ScreenId::Principles)]),
        (
            "log list",
            vec![
                Message::Navigate(ScreenId::Log),
                Message::Log(skranke::screen::log::Message::Tab(
                    skranke::screen::log::Tab::List,
                )),
            ],
        ),
        ("indicators", vec![Message::Navigate(ScreenId::Indicators)]),
    ];
    println!("per change, median of {RUNS} (ms): view built and laid out | walk | tree | nodes");
    for (name, messages) in states {
        for message in messages {
            update(&mut app, message);
        }
        let (layout, walk, tree, nodes) = measure(&app);
        println!("{name:<20} {layout:>8.2} | {walk:>6.2} | {tree:>6.2} | {nodes}");
    }
}
