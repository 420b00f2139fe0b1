//! Shared helpers for the UI tests: an app in temporary folders, driven headless.
#![allow(dead_code)]

pub mod diff;

use iced::event::{Event, Status};
use iced::keyboard::{self, Key, Modifiers, key::Named};
use iced::{Size, Theme};
use iced_test::Simulator;
use skranke::App;
use skranke::app::{Message, Options, shortcuts};
use skranke::paths::Paths;
use skranke::store::{Store, StoreError};
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// The window size the gallery and the flows use (logical pixels at 100 %).
pub const WINDOW: Size = Size::new(1024.0, 768.0);

/// An app with its own settings and data folders.
pub struct Harness {
    pub app: App,
    pub paths: Paths,
    /// The machine-wide policy the app starts with.
    pub policy: skranke::policy::Loaded,
    /// Run the tasks messages return (saves, list pages, indicators), as the runtime would. On
    /// by default; a test that needs a task to stay pending turns it off. (No test starts a
    /// task that opens a system dialog.)
    pub run_tasks: bool,
    /// Key presses so far (every `press`, `tab`, `space` …), for counting keystrokes.
    pub keystrokes: usize,
    _dirs: TempDir,
}

impl Harness {
    /// A fresh app, staff language Danish, citizen language English.
    pub fn new() -> Harness {
        Harness::with_options("da", "en", |_| {})
    }

    /// A fresh app in the given languages; `prepare` may write files into the folders first.
    pub fn with_options(staff: &str, citizen: &str, prepare: impl FnOnce(&Paths)) -> Harness {
        Harness::with_policy(staff, citizen, None, prepare)
    }

    /// Like `with_options`, on a machine whose policy folder holds `policy` as `policy.toml`.
    pub fn with_policy(
        staff: &str,
        citizen: &str,
        policy: Option<&str>,
        prepare: impl FnOnce(&Paths),
    ) -> Harness {
        let dirs = tempfile::tempdir().expect("a temporary folder");
        let policy_dir = dirs.path().join("policy");
        if let Some(text) = policy {
            std::fs::create_dir_all(&policy_dir).expect("the policy folder is made");
            std::fs::write(policy_dir.join("policy.toml"), text).expect("the policy is written");
        }
        let policy = skranke::policy::Policy::load(&policy_dir);
        let paths = Paths::with_policy(
            Some(dirs.path().join("config")),
            Some(dirs.path().join("data")),
            &policy.policy,
        );
        prepare(&paths);
        let app = App::new(Options {
            paths: Some(paths.clone()),
            staff_language: Some(staff.into()),
            citizen_language: Some(citizen.into()),
            measure_first_frame_from: None,
            policy: policy.clone(),
        });
        Harness {
            app,
            paths,
            policy,
            run_tasks: true,
            keystrokes: 0,
            _dirs: dirs,
        }
    }

    /// Closes the app and starts it again on the same folders (settings and database).
    pub fn reopen(&mut self) {
        let staff = self.app.staff_language().code().to_string();
        let citizen = self.app.settings().citizen_language.code().to_string();
        self.app = App::new(Options {
            paths: Some(self.paths.clone()),
            staff_language: Some(staff),
            citizen_language: Some(citizen),
            measure_first_frame_from: None,
            policy: self.policy.clone(),
        });
    }

    pub fn update(&mut self, message: Message) {
        let task = self.app.update(message);
        if self.run_tasks {
            self.run(task);
        }
    }

    /// Runs a task to its end, feeding its messages back to the app; widget operations
    /// (focus, scrolling) have no window here and are skipped.
    pub fn run(&mut self, task: iced::Task<Message>) {
        use iced::futures::StreamExt;
        use iced_test::runtime::Action;
        let Some(stream) = iced_test::runtime::task::into_stream(task) else {
            return;
        };
        let mut stream = stream;
        let mut outputs = Vec::new();
        // Actions are taken one at a time: a widget operation is dropped at once, which ends the
        // part of the task that waits for its answer (holding it would wait forever).
        while let Some(action) = iced::futures::executor::block_on(stream.next()) {
            if let Action::Output(message) = action {
                outputs.push(message);
            }
        }
        for message in outputs {
            self.update(message);
        }
    }

    /// Presses a key the way the running app sees it: the view gets the event first (a text
    /// input may capture it), then the app's shortcut handling.
    pub fn press(&mut self, key: Key, modifiers: Modifiers) {
        self.keystrokes += 1;
        let event = Event::Keyboard(keyboard::Event::KeyPressed {
            key: key.clone(),
            modified_key: key,
            physical_key: keyboard::key::Physical::Unidentified(
                keyboard::key::NativeCode::Unidentified,
            ),
            location: keyboard::Location::Standard,
            modifiers,
            text: None,
            repeat: false,
        });
        let status = {
            let mut ui = simulator(&self.app, WINDOW);
            ui.simulate([event.clone()])
                .first()
                .copied()
                .unwrap_or(Status::Ignored)
        };
        if let Some(shortcut) = shortcuts::from_event(&event, status) {
            self.update(Message::Shortcut(shortcut));
        }
    }

    pub fn tab(&mut self) {
        self.press(Key::Named(Named::Tab), Modifiers::empty());
    }

    pub fn shift_tab(&mut self) {
        self.press(Key::Named(Named::Tab), Modifiers::SHIFT);
    }

    pub fn space(&mut self) {
        self.press(Key::Named(Named::Space), Modifiers::empty());
    }

    pub fn enter(&mut self) {
        self.press(Key::Named(Named::Enter), Modifiers::empty());
    }

    pub fn ctrl(&mut self, character: &str) {
        self.press(Key::Character(character.into()), Modifiers::CTRL);
    }

    /// Moves the focus to the control with this id as a keyboard user would: Tab to its group
    /// (a group of options is one Tab stop), then the arrow key inside it. Panics after a full
    /// round.
    pub fn tab_to(&mut self, id: &str) {
        for _ in 0..500 {
            let focused = self.app.focused().map(|f| f.as_str().to_string());
            if focused.as_deref() == Some(id) {
                return;
            }
            let controls = self.app.controls();
            let group_of = |wanted: &str| {
                controls
                    .iter()
                    .find(|c| c.id.as_str() == wanted)
                    .and_then(|c| c.group.as_ref().map(|g| g.group.clone()))
            };
            let in_its_group = focused
                .as_deref()
                .is_some_and(|f| group_of(f).is_some() && group_of(f) == group_of(id));
            if in_its_group {
                self.press(Key::Named(Named::ArrowDown), Modifiers::empty());
            } else {
                self.tab();
            }
        }
        panic!("Tab never reached {id}");
    }

    /// Renders the current view to `path` (PNG), as a window of `WINDOW` at the app's scale.
    pub fn snapshot(&self, path: &Path) {
        self.snapshot_sized(path, WINDOW);
    }

    /// Renders the current view as a window of `window` (logical pixels at 100 %).
    pub fn snapshot_sized(&self, path: &Path, window: Size) {
        let scale = self.app.scale_factor();
        let logical = Size::new(window.width / scale, window.height / scale);
        let mut ui = simulator(&self.app, logical);
        let snapshot = ui.snapshot(&self.app.theme()).expect("the view renders");
        let _ = std::fs::remove_file(with_renderer_suffix(path));
        snapshot.matches_image(path).expect("the PNG is written");
    }

    /// Runs `job` on the app's log thread and returns its answer (the log must be open).
    pub fn in_store<T: Send + 'static>(
        &self,
        job: impl FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
    ) -> T {
        self.app
            .store()
            .expect("the log is open")
            .blocking(job)
            .expect("the log answers")
    }

    /// Where this text is drawn (logical pixels, the page scrolled to its top), if it is.
    pub fn bounds_of_text(&self, text: &str) -> Option<iced::Rectangle> {
        let mut ui = simulator(&self.app, WINDOW);
        ui.find(text).ok().map(|found| found.bounds())
    }

    /// Where the control with this id is drawn: its focus ring, with what is inside it.
    pub fn bounds_of_control(&self, id: &str) -> Option<iced::Rectangle> {
        let control = skranke::ui::focus::ControlId::dynamic(id.to_string());
        let mut ui = simulator(&self.app, WINDOW);
        ui.find(control.widget_id())
            .ok()
            .map(|found| found.bounds())
    }

    /// Renders the view scrolled as the app scrolls to the focused control (just enough to
    /// show it whole, with a margin), as a window of `WINDOW`: what the user sees after the
    /// focus moved there. Headless runs drop the app's own scrolling, so it is redone here with
    /// the mouse wheel.
    pub fn snapshot_focus_in_view(&self, path: &Path) {
        self.snapshot_in_view(path, None);
    }

    /// Like [`Harness::snapshot_focus_in_view`], then scrolled as `Request::FocusWithin` does
    /// to bring `region` into view too.
    pub fn snapshot_in_view(&self, path: &Path, region: Option<iced::widget::Id>) {
        const MARGIN: f32 = 24.0;
        let scale = self.app.scale_factor();
        let logical = Size::new(WINDOW.width / scale, WINDOW.height / scale);
        let focused = self.app.focused().expect("a control has the focus");
        let mut ui = simulator(&self.app, logical);
        let scroller = ui
            .find(iced::widget::Id::new(skranke::ui::MAIN_SCROLL))
            .expect("the page scrolls");
        let viewport = scroller.bounds();
        // As `app::keyboard::scroll_into_view`: just enough to show the target with a margin.
        let within = |offset: f32, target: iced::Rectangle| {
            let (top, bottom) = (target.y - viewport.y, target.y + target.height - viewport.y);
            if top - MARGIN < offset {
                (top - MARGIN).max(0.0)
            } else if bottom + MARGIN > offset + viewport.height {
                bottom + MARGIN - viewport.height
            } else {
                offset
            }
        };
        let control = ui
            .find(focused.widget_id())
            .expect("the focused control is drawn")
            .bounds();
        let mut down = within(0.0, control);
        if let Some(region) = region {
            let region = ui.find(region).expect("the region is drawn").bounds();
            down = within(down, region);
        }
        ui.point_at(viewport.center());
        let _ = ui.simulate([Event::Mouse(iced::mouse::Event::WheelScrolled {
            delta: iced::mouse::ScrollDelta::Pixels { x: 0.0, y: -down },
        })]);
        let snapshot = ui.snapshot(&self.app.theme()).expect("the view renders");
        let _ = std::fs::remove_file(with_renderer_suffix(path));
        snapshot.matches_image(path).expect("the PNG is written");
    }

    /// Does the rendered view contain this text?
    pub fn shows(&self, text: &str) -> bool {
        let mut ui = simulator(&self.app, WINDOW);
        ui.find(text).is_ok()
    }
}

/// iced_test appends the renderer's name to snapshot file names.
pub fn with_renderer_suffix(path: &Path) -> PathBuf {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    path.with_file_name(format!("{stem}-tiny-skia.png"))
}

/// A headless view of the app at a logical size, with the bundled fonts (loaded once: iced
/// skips font bytes it has already seen).
pub fn simulator(app: &App, size: Size) -> Simulator<'_, Message, Theme> {
    Simulator::with_size(skranke::iced_settings(), size, app.view())
}

/// Where gallery PNGs go: `target/gallery/`.
pub fn gallery_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("gallery");
    std::fs::create_dir_all(&dir).expect("target/gallery can be created");
    dir
}

/// A valid log entry on `day` (`YYYY-MM-DD`).
pub fn entry(day: &str) -> skranke::outreach::entry::Entry {
    use skranke::outreach::entry::Entry;
    use skranke::outreach::{Channel, DurationBucket, Group, Interpreter, Outcome};
    Entry {
        id: Entry::new_id(),
        day: day.parse().expect("a date"),
        created_at: skranke::clock::now_rfc3339(),
        unit: "Borgerservice Nørrebro".into(),
        channel: Channel::Desk,
        language: "ar".into(),
        interpreter: Interpreter::Phone,
        outcome: Outcome::Solved,
        duration: DurationBucket::From5To15,
        handout: true,
        note: String::new(),
        training: false,
        groups: vec![Group::Newcomer],
        topics: vec!["digital".into()],
        principles: vec!["1c".into()],
    }
}

/// An SQLite file whose middle pages (b-tree pages, not the header) were scribbled over.
pub fn damaged_database() -> Vec<u8> {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let good = dir.path().join("good.sqlite3");
    {
        let conn = rusqlite::Connection::open(&good).expect("a new database");
        conn.execute_batch(
            "CREATE TABLE t (x TEXT); CREATE INDEX tx ON t(x);
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
             INSERT INTO t SELECT printf('row %d', i) FROM n;",
        )
        .expect("rows");
    }
    let mut bytes = std::fs::read(&good).expect("the file");
    let middle = bytes.len() / 2;
    for byte in &mut bytes[middle..middle + 3000] {
        *byte = 0xA5;
    }
    bytes
}

/// The app's accessibility tree as the bridge builds it, from the view laid out headless at
/// `WINDOW` (logical pixels at the app's scale).
pub fn accessibility(app: &App) -> skranke::a11y::Built {
    use iced::advanced::renderer::Headless;
    use iced_test::runtime::user_interface::{Cache, UserInterface};
    skranke::ui::fonts::load();
    let scale = app.scale_factor();
    let size = Size::new(WINDOW.width / scale, WINDOW.height / scale);
    let mut renderer = iced::futures::executor::block_on(iced::Renderer::new(
        skranke::ui::fonts::LATIN,
        iced::Pixels(16.0),
        Some("tiny-skia"),
    ))
    .expect("a headless renderer");
    let mut ui = UserInterface::build(app.view(), size, Cache::default(), &mut renderer);
    let controls = app.controls().into_iter().map(|c| c.id);
    let collector = skranke::a11y::Collector::new(iced::Rectangle::with_size(size), controls);
    let (sender, outline) = std::sync::mpsc::channel();
    let mut operation = iced::advanced::widget::operation::map(collector, move |outline| {
        let _ = sender.send(outline);
    });
    ui.operate(&renderer, &mut operation);
    let _ = iced::advanced::widget::Operation::finish(&operation);
    app.accessibility_tree(&outline.recv().expect("the walk gives an outline"))
}
