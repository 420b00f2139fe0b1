//! The gallery: PNGs of every screen in every theme, in da, en and ar, and at 200 %, written to
//! `target/gallery/` to be looked at. It also checks that every view renders everywhere.

mod support;

use skranke::app::Message;
use skranke::content::principles::ItemId;
use skranke::screen::ScreenId;
use skranke::screen::desk::Message as Desk;
use skranke::screen::indicators::{Chart, Message as Indicators};
use skranke::screen::log::form::{Field, Message as Form};
use skranke::screen::log::transfer::Message as Transfer;
use skranke::screen::log::{Message as Log, Tab as LogTab};
use skranke::screen::principles::{Message as Principles, Tab};
use skranke::screen::settings::{Change, Message as Settings};
use skranke::screen::training::{Message as Training, Tab as TrainingTab};
use skranke::settings::ThemeChoice;
use support::{Harness, gallery_dir};

const THEMES: [ThemeChoice; 4] = [
    ThemeChoice::Light,
    ThemeChoice::Dark,
    ThemeChoice::HighContrastDark,
    ThemeChoice::HighContrastLight,
];

/// A view worth a picture: its name, the citizen language, and how to get there.
struct View {
    name: &'static str,
    citizen: &'static str,
    open: fn(&mut Harness),
}

impl View {
    fn new(name: &'static str, open: fn(&mut Harness)) -> View {
        View {
            name,
            citizen: "ar",
            open,
        }
    }

    fn citizen(mut self, citizen: &'static str) -> View {
        self.citizen = citizen;
        self
    }
}

/// A year of varied contacts, logged through the form.
fn log_sample_contacts(h: &mut Harness) {
    use skranke::outreach::{Channel, Group, Interpreter, Outcome};
    h.run_tasks = true;
    h.update(Message::Settings(Settings::UnitEdited(
        "Borgerservice Nørrebro".into(),
    )));
    h.update(Message::Settings(Settings::SaveUnit));
    h.update(Message::Navigate(ScreenId::Log));
    let year = skranke::clock::today().year();
    let languages = [
        "da", "ar", "uk", "ar", "so", "ti", "da", "fa", "ur", "da", "pl", "tr",
    ];
    for (n, language) in languages.iter().cycle().take(40).enumerate() {
        let month = 1 + (n % 11) as i8;
        h.update(Message::Log(Log::Form(Form::Edit(Field::Day(format!(
            "{:02}.{month:02}.{year}",
            1 + n % 27
        ))))));
        h.update(Message::Log(Log::Form(Form::Edit(Field::Language(
            language.to_string(),
        )))));
        h.update(Message::Log(Log::Form(Form::Edit(Field::Channel(
            Channel::ALL[n % 5],
        )))));
        h.update(Message::Log(Log::Form(Form::Edit(Field::Outcome(
            Outcome::ALL[n % 3],
        )))));
        if *language != "da" {
            h.update(Message::Log(Log::Form(Form::Edit(Field::Interpreter(
                Interpreter::ALL[n % 5],
            )))));
        }
        h.update(Message::Log(Log::Form(Form::Edit(Field::ToggleGroup(
            Group::ALL[n % 8],
        )))));
        h.update(Message::Log(Log::Form(Form::Edit(Field::ToggleTopic(
            ["digital", "welcome", "complaints", "interpreter"][n % 4],
        )))));
        h.update(Message::Log(Log::Form(Form::Edit(Field::TogglePrinciple(
            ["1c", "1d", "1f"][n % 3],
        )))));
        h.update(Message::Log(Log::Form(Form::Save { next_citizen: true })));
    }
}

fn open_topic(h: &mut Harness, code: &'static str) {
    h.update(Message::Navigate(ScreenId::Desk));
    h.update(Message::Desk(Desk::OpenTopic(code)));
}

fn views() -> Vec<View> {
    let mut views = vec![
        View::new("desk-topics", |h| {
            h.update(Message::Navigate(ScreenId::Desk));
            h.update(Message::Desk(Desk::ToggleHandout("digital")));
        }),
        // The desk after a visit: "Log this visit" at the top, the interpreter chosen, and a
        // handout saved to Documents/Skranke because the dialog could not open (issue 17).
        View::new("desk-log-visit", |h| {
            h.update(Message::Navigate(ScreenId::Desk));
            h.update(Message::Desk(Desk::OpenTopic("complaints")));
            h.update(Message::Desk(Desk::Back));
            h.update(Message::Desk(Desk::Interpreter(
                skranke::outreach::Interpreter::Phone,
            )));
            h.update(Message::Desk(Desk::ToggleHandout("complaints")));
            let folder = skranke::screen::dialog::fallback_folder()
                .unwrap_or_else(|| std::env::temp_dir().join("Skranke"));
            h.update(Message::Desk(Desk::HandoutSaved(
                skranke::screen::SaveOutcome::SavedInstead(
                    folder.join("handout-ar-2026-12-02.html"),
                ),
            )));
        }),
        View::new("desk-topic-ar", |h| open_topic(h, "digital")),
        View::new("desk-topic-ur", |h| open_topic(h, "interpreter")).citizen("ur"),
        View::new("desk-topic-ti", |h| open_topic(h, "complaints")).citizen("ti"),
        View::new("desk-topic-uk", |h| open_topic(h, "newcomer")).citizen("uk"),
        View::new("desk-topic-large", |h| {
            open_topic(h, "welcome");
            h.update(Message::Desk(Desk::Panes(
                skranke::screen::desk::Panes::CitizenOnly,
            )));
            h.update(Message::Desk(Desk::ToggleLargeText));
        })
        .citizen("fa"),
        View::new("desk-card", |h| {
            h.update(Message::Navigate(ScreenId::Desk));
            h.update(Message::Desk(Desk::OpenCard));
        }),
        View::new("desk-sources", |h| {
            h.update(Message::Navigate(ScreenId::Desk));
            h.update(Message::Desk(Desk::ShowSources));
        }),
        View::new("glossary", |h| {
            h.update(Message::Navigate(ScreenId::Glossary))
        })
        .citizen("ti"),
        View::new("log-form", |h| {
            h.update(Message::Desk(Desk::OpenTopic("interpreter")));
            h.update(Message::Navigate(ScreenId::Log));
            h.update(Message::Log(Log::Form(Form::Edit(Field::Note(
                "Ring til datteren på 20 30 40 50".into(),
            )))));
            h.update(Message::Log(Log::Form(Form::Save {
                next_citizen: false,
            })));
        }),
        View::new("log-list", |h| {
            h.run_tasks = true;
            h.update(Message::Settings(Settings::UnitEdited(
                "Borgerservice Nørrebro".into(),
            )));
            h.update(Message::Settings(Settings::SaveUnit));
            h.update(Message::Navigate(ScreenId::Log));
            for (day, language, training) in [
                ("03.11.2026", "ar", false),
                ("10.11.2026", "ti", true),
                ("24.11.2026", "uk", false),
            ] {
                h.update(Message::Log(Log::Form(Form::Edit(Field::Day(day.into())))));
                h.update(Message::Log(Log::Form(Form::Edit(Field::Language(
                    language.into(),
                )))));
                h.update(Message::Log(Log::Form(Form::Edit(Field::ToggleTopic(
                    "digital",
                )))));
                h.update(Message::Log(Log::Form(Form::Edit(Field::Note(
                    "Hjalp med fritagelse for Digital Post".into(),
                )))));
                if training {
                    h.update(Message::Log(Log::ToggleTrainingMode));
                }
                h.update(Message::Log(Log::Form(Form::Save { next_citizen: true })));
                if training {
                    h.update(Message::Log(Log::ToggleTrainingMode));
                }
            }
            h.update(Message::Log(Log::Tab(LogTab::List)));
        }),
        View::new("log-transfer", |h| {
            h.update(Message::Navigate(ScreenId::Log));
            h.update(Message::Log(Log::Tab(LogTab::Transfer)));
            h.update(Message::Log(Log::Transfer(Transfer::ExportProgress {
                done: 250_000,
                total: 1_000_000,
            })));
        }),
        View::new("indicators", |h| {
            log_sample_contacts(h);
            h.update(Message::Navigate(ScreenId::Indicators));
        }),
        View::new("indicators-tables", |h| {
            log_sample_contacts(h);
            h.update(Message::Navigate(ScreenId::Indicators));
            for chart in [Chart::Languages, Chart::Interpreters] {
                h.update(Message::Indicators(Indicators::ToggleTable(chart)));
            }
        }),
        View::new("training-slide", |h| {
            h.update(Message::Navigate(ScreenId::Training));
            h.update(Message::Training(Training::Present));
            h.update(Message::Training(Training::NextSlide));
            h.update(Message::Training(Training::NextSlide));
        }),
        View::new("training-slide-full-screen", |h| {
            h.update(Message::Navigate(ScreenId::Training));
            h.update(Message::Training(Training::PresentFullScreen));
            h.update(Message::Training(Training::NextSlide));
        }),
        View::new("training-case", |h| {
            h.update(Message::Navigate(ScreenId::Training));
            h.update(Message::Training(Training::Tab(TrainingTab::Cases)));
            h.update(Message::Training(Training::OpenCase(2)));
            h.update(Message::Training(Training::TogglePrinciples));
        }),
        View::new("training-quiz", |h| {
            h.update(Message::Navigate(ScreenId::Training));
            h.update(Message::Training(Training::Tab(TrainingTab::Quiz)));
            h.update(Message::Training(Training::Choose(0)));
            h.update(Message::Training(Training::Answer));
        }),
        View::new("training-sessions", |h| {
            h.update(Message::Navigate(ScreenId::Training));
            h.update(Message::Training(Training::Tab(TrainingTab::Sessions)));
        }),
        View::new("settings", |h| {
            h.update(Message::Navigate(ScreenId::Settings))
        }),
        View::new("about", |h| h.update(Message::Navigate(ScreenId::About))),
        View::new("principles-list", |h| {
            h.update(Message::Navigate(ScreenId::Principles))
        }),
        View::new("principles-detail", |h| {
            h.update(Message::Navigate(ScreenId::Principles));
            h.update(Message::Principles(Principles::Open("1d")));
            h.update(Message::Principles(Principles::ToggleVisitItem(
                ItemId::parse("1d.1").unwrap(),
            )));
            h.update(Message::Principles(Principles::SetState(
                ItemId::parse("1d.1").unwrap(),
                skranke::store::assessment::AssessmentState::InProgress,
            )));
        }),
        View::new("principles-visit", |h| {
            h.update(Message::Navigate(ScreenId::Principles));
            h.update(Message::Principles(Principles::Tab(Tab::Visit)));
            h.update(Message::Principles(Principles::ToggleVisitItem(
                ItemId::parse("1c.1").unwrap(),
            )));
        }),
        View::new("principles-assessment", |h| {
            h.update(Message::Navigate(ScreenId::Principles));
            for (item, state) in [("1a.1", 2), ("2c.1", 2), ("2c.2", 1), ("3a.1", 1)] {
                let state = skranke::store::assessment::AssessmentState::ALL[state];
                h.update(Message::Principles(Principles::SetState(
                    ItemId::parse(item).unwrap(),
                    state,
                )));
            }
            h.update(Message::Principles(Principles::Tab(Tab::Assessment)));
        }),
    ];
    // Every screen in the navigation has at least one view here.
    for screen in ScreenId::ALL {
        assert!(
            views.iter().any(|v| v.name.starts_with(screen.code())),
            "the gallery lacks the {} screen",
            screen.code()
        );
    }
    views.sort_by_key(|v| v.name);
    views
}

fn shoot(view: &View, staff: &str, theme: ThemeChoice, scale: u16) {
    let mut harness = Harness::with_options(staff, view.citizen, |_| {});
    harness.update(Message::Settings(Settings::Change(Change::Theme(theme))));
    harness.update(Message::Settings(Settings::Change(Change::Scale(scale))));
    (view.open)(&mut harness);
    let name = format!("{}-{}-{staff}-{scale}.png", view.name, theme.code());
    harness.snapshot(&gallery_dir().join(name));
}

#[test]
fn every_view_in_every_theme() {
    for view in views() {
        for theme in THEMES {
            shoot(&view, "da", theme, 100);
        }
    }
}

#[test]
fn every_view_in_english_and_arabic() {
    for view in views() {
        shoot(&view, "en", ThemeChoice::Light, 100);
        shoot(&view, "ar", ThemeChoice::Light, 100);
        shoot(&view, "ar", ThemeChoice::HighContrastDark, 100);
    }
}

#[test]
fn every_view_at_200_percent() {
    for view in views() {
        shoot(&view, "da", ThemeChoice::Light, 200);
        shoot(&view, "da", ThemeChoice::HighContrastDark, 200);
        shoot(&view, "ar", ThemeChoice::HighContrastLight, 200);
    }
}

/// Whole pages of the long views, to look at everything below the fold.
#[test]
fn whole_pages() {
    let tall = iced::Size::new(1024.0, 4200.0);
    for (name, citizen, theme, staff) in [
        ("indicators", "ar", ThemeChoice::Light, "da"),
        ("indicators", "ar", ThemeChoice::HighContrastDark, "ar"),
        (
            "indicators-tables",
            "ar",
            ThemeChoice::HighContrastLight,
            "da",
        ),
        ("desk-topic-ar", "ar", ThemeChoice::Light, "da"),
        ("desk-topic-ur", "ur", ThemeChoice::Dark, "da"),
        ("log-form", "ar", ThemeChoice::Light, "da"),
        ("principles-detail", "ar", ThemeChoice::Light, "da"),
        ("training-quiz", "ar", ThemeChoice::HighContrastDark, "da"),
    ] {
        snapshot_at("page", name, citizen, theme, staff, tall);
    }
}

/// Opens the view `name` with these languages and theme and writes it as a window of `size`
/// to `<prefix>-<name>-<theme>-<staff>.png`.
fn snapshot_at(
    prefix: &str,
    name: &str,
    citizen: &str,
    theme: ThemeChoice,
    staff: &str,
    size: iced::Size,
) {
    let view = views().into_iter().find(|v| v.name == name).unwrap();
    let mut harness = Harness::with_options(staff, citizen, |_| {});
    harness.update(Message::Settings(Settings::Change(Change::Theme(theme))));
    (view.open)(&mut harness);
    harness.snapshot_sized(
        &gallery_dir().join(format!("{prefix}-{name}-{}-{staff}.png", theme.code())),
        size,
    );
}

/// The desk on a wide screen, where Danish and the citizen's language stand side by side.
#[test]
fn desk_side_by_side_on_a_wide_screen() {
    let wide = iced::Size::new(1440.0, 900.0);
    for (name, citizen, theme, staff) in [
        ("desk-topic-ar", "ar", ThemeChoice::Light, "da"),
        ("desk-topic-ur", "ur", ThemeChoice::HighContrastDark, "da"),
        ("desk-topic-ti", "ti", ThemeChoice::Dark, "ar"),
    ] {
        snapshot_at("wide", name, citizen, theme, staff, wide);
    }
}

/// The seven everyday topics in Danish, Arabic and Tigrinya, and "About this information" with
/// every text's sources and dates, at 200 % in a high-contrast theme: whole pages.
#[test]
fn everyday_topics_and_sources_at_200_percent() {
    let page = |height| iced::Size::new(1024.0, height);
    let at_200 = |citizen: &str, theme: ThemeChoice| {
        let mut harness = Harness::with_options("da", citizen, |_| {});
        harness.update(Message::Settings(Settings::Change(Change::Theme(theme))));
        harness.update(Message::Settings(Settings::Change(Change::Scale(200))));
        harness
    };
    let everyday = [
        "booking",
        "moving",
        "passport",
        "health-card",
        "deaf",
        "helper",
        "decision",
    ];
    for code in everyday {
        for citizen in ["da", "ar", "ti"] {
            let mut harness = at_200(citizen, ThemeChoice::HighContrastLight);
            open_topic(&mut harness, code);
            harness.snapshot_sized(
                &gallery_dir().join(format!("page-topic-{code}-{citizen}-hcl-200.png")),
                page(3600.0),
            );
        }
    }
    let mut harness = at_200("da", ThemeChoice::HighContrastDark);
    harness.update(Message::Navigate(ScreenId::Desk));
    harness.update(Message::Desk(Desk::ShowSources));
    harness.snapshot_sized(
        &gallery_dir().join("page-desk-sources-hcd-200.png"),
        page(16000.0),
    );
}

/// Issue 17: the desk with "Log this visit", and its handout card below (saved instead to
/// Documents/Skranke, with a button to open it), in Danish and Arabic at 200 %: whole pages.
#[test]
fn desk_log_visit_and_handout_at_200_percent() {
    let view = views()
        .into_iter()
        .find(|v| v.name == "desk-log-visit")
        .unwrap();
    for (staff, theme) in [
        ("da", ThemeChoice::Light),
        ("ar", ThemeChoice::Light),
        ("ar", ThemeChoice::HighContrastDark),
    ] {
        let mut harness = Harness::with_options(staff, view.citizen, |_| {});
        harness.update(Message::Settings(Settings::Change(Change::Theme(theme))));
        harness.update(Message::Settings(Settings::Change(Change::Scale(200))));
        (view.open)(&mut harness);
        harness.snapshot_sized(
            &gallery_dir().join(format!(
                "page-desk-log-visit-{}-{staff}-200.png",
                theme.code()
            )),
            iced::Size::new(1024.0, 9000.0),
        );
    }
}

/// A topic where a translator has checked the first two sections in Arabic: those say so,
/// the third keeps the machine-translation notice (issue 16).
#[test]
fn desk_with_sections_checked_by_a_translator() {
    for (theme, scale) in [
        (ThemeChoice::Light, 100),
        (ThemeChoice::HighContrastDark, 200),
    ] {
        let mut harness = Harness::with_options("da", "ar", |paths| {
            let welcome = skranke::content::topics::topic("welcome").unwrap();
            let mut file = skranke::i18n::review::ReviewFile::default();
            for n in 1..=2 {
                for id in [welcome.heading_id(n), welcome.body_id(n)] {
                    file.texts.insert(
                        id,
                        skranke::i18n::review::TextReview {
                            state: skranke::i18n::review::TextState::Reviewed,
                            reviewer: "Amira Haddad".into(),
                            date: "2026-11-30".into(),
                        },
                    );
                }
            }
            let dir = paths.overrides_dir();
            std::fs::create_dir_all(dir.join("ar")).unwrap();
            std::fs::write(
                skranke::i18n::review::path(&dir, skranke::i18n::Locale::Ar),
                file.to_toml(),
            )
            .unwrap();
        });
        harness.update(Message::Settings(Settings::Change(Change::Theme(theme))));
        harness.update(Message::Settings(Settings::Change(Change::Scale(scale))));
        open_topic(&mut harness, "welcome");
        harness.snapshot_sized(
            &gallery_dir().join(format!(
                "page-desk-topic-checked-ar-{}-{scale}.png",
                theme.code()
            )),
            iced::Size::new(
                1024.0 * f32::from(scale) / 100.0,
                2400.0 * f32::from(scale) / 100.0,
            ),
        );
    }
}

/// Issue 17: the log form after a refused save, scrolled as the app scrolls to the field in
/// error (the focus is on it): the error in view, under its field, in Danish and Arabic at
/// 200 %; and a note close to its limit, counting down with its warning.
#[test]
fn the_log_form_with_a_field_error_in_view_at_200_percent() {
    use iced::keyboard::{Key, Modifiers, key::Named};
    for (staff, theme) in [
        ("da", ThemeChoice::Light),
        ("ar", ThemeChoice::HighContrastLight),
        ("ar", ThemeChoice::Light),
        ("da", ThemeChoice::HighContrastDark),
    ] {
        let mut harness = Harness::with_options(staff, "ar", |_| {});
        harness.update(Message::Settings(Settings::Change(Change::Theme(theme))));
        harness.update(Message::Settings(Settings::Change(Change::Scale(200))));
        harness.update(Message::Settings(Settings::UnitEdited(
            "Borgerservice Nørrebro".into(),
        )));
        harness.update(Message::Settings(Settings::SaveUnit));
        harness.update(Message::Navigate(ScreenId::Log));
        harness.update(Message::Log(Log::Form(Form::Edit(Field::Note(
            "Ring til datteren på 20 30 40 50".into(),
        )))));
        harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
        harness.snapshot_focus_in_view(&gallery_dir().join(format!(
            "log-form-error-in-view-{}-{staff}-200.png",
            theme.code()
        )));
    }
    let mut harness = Harness::with_options("da", "ar", |_| {});
    harness.update(Message::Settings(Settings::Change(Change::Scale(200))));
    harness.update(Message::Settings(Settings::UnitEdited(
        "Borgerservice Nørrebro".into(),
    )));
    harness.update(Message::Settings(Settings::SaveUnit));
    harness.update(Message::Navigate(ScreenId::Log));
    let long = "Hjalp med fritagelse for Digital Post og viste, hvordan man giver en anden \
                læseadgang. Borgeren kommer igen i næste uge med brevet fra kommunen om \
                boligstøtte. Vi talte også om tolk til mødet på jobcentret, og hvor man kan \
                få hjælp.";
    harness.update(Message::Log(Log::Form(Form::Edit(Field::Note(
        long.into(),
    )))));
    harness.update(Message::Log(Log::Form(Form::Save {
        next_citizen: false,
    })));
    harness.update(Message::Log(Log::Form(Form::Edit(Field::Note(format!(
        "{long} Ring 20 30 40 50 i dag."
    ))))));
    harness.press(
        iced::keyboard::Key::Named(iced::keyboard::key::Named::Enter),
        iced::keyboard::Modifiers::CTRL,
    );
    harness
        .snapshot_focus_in_view(&gallery_dir().join("log-form-note-near-limit-light-da-200.png"));
}

/// Issue 17: the log's exports at 200 %, whole pages in Danish and Arabic: the separator's
/// choice and the Excel export beside the CSV.
#[test]
fn the_log_exports_at_200_percent() {
    for (staff, theme) in [
        ("da", ThemeChoice::Light),
        ("ar", ThemeChoice::HighContrastLight),
    ] {
        let mut harness = Harness::with_options(staff, "ar", |_| {});
        harness.update(Message::Settings(Settings::Change(Change::Theme(theme))));
        harness.update(Message::Settings(Settings::Change(Change::Scale(200))));
        harness.update(Message::Navigate(ScreenId::Log));
        harness.update(Message::Log(Log::Tab(LogTab::Transfer)));
        harness.snapshot_sized(
            &gallery_dir().join(format!(
                "page-log-transfer-{}-{staff}-200.png",
                theme.code()
            )),
            iced::Size::new(1024.0, 4000.0),
        );
    }
}

/// Issue 17: after a save, the confirmation where the focus lands (the first field, for the
/// next entry), at 200 % in Danish and Arabic.
#[test]
fn the_log_form_confirms_a_save_by_its_first_field_at_200_percent() {
    use iced::keyboard::{Key, Modifiers, key::Named};
    for (staff, theme) in [
        ("da", ThemeChoice::Light),
        ("ar", ThemeChoice::HighContrastDark),
    ] {
        let mut harness = Harness::with_options(staff, "ar", |_| {});
        harness.update(Message::Settings(Settings::Change(Change::Theme(theme))));
        harness.update(Message::Settings(Settings::Change(Change::Scale(200))));
        harness.update(Message::Settings(Settings::UnitEdited(
            "Borgerservice Nørrebro".into(),
        )));
        harness.update(Message::Settings(Settings::SaveUnit));
        harness.update(Message::Navigate(ScreenId::Log));
        harness.press(Key::Named(Named::Enter), Modifiers::CTRL);
        harness.snapshot_in_view(
            &gallery_dir().join(format!("log-form-saved-{}-{staff}-200.png", theme.code())),
            Some(skranke::screen::log::form::first_field_region()),
        );
    }
}

/// Issue 17, points 6 to 9, in Danish and Arabic at 200 %: a full-screen slide on a 1366×768
/// screen and the last slide (Next disabled), "Answer" with nothing chosen, training mode on the
/// desk, the question before closing, a note refused for an emoji, and the status line of a
/// narrow window.
#[test]
fn issue_17_training_window_and_safety_nets() {
    use skranke::app::WindowMessage;
    let screen = iced::Size::new(1366.0, 768.0);
    type Shot = (&'static str, fn(&mut Harness));
    let shots: [Shot; 7] = [
        ("full-screen-slide", |h| {
            h.update(Message::Navigate(ScreenId::Training));
            h.update(Message::Training(Training::PresentFullScreen));
            h.update(Message::Training(Training::NextSlide));
        }),
        ("last-slide", |h| {
            h.update(Message::Navigate(ScreenId::Training));
            h.update(Message::Training(Training::Present));
            h.update(Message::Training(Training::LastSlide));
        }),
        ("quiz-choose-first", |h| {
            h.update(Message::Navigate(ScreenId::Training));
            h.update(Message::Training(Training::Tab(TrainingTab::Quiz)));
            h.update(Message::Training(Training::Answer));
        }),
        ("training-mode-desk", |h| {
            h.update(Message::Log(Log::ToggleTrainingMode));
            h.update(Message::Navigate(ScreenId::Desk));
            open_topic(h, "digital");
        }),
        ("training-mode-slide", |h| {
            h.update(Message::Log(Log::ToggleTrainingMode));
            h.update(Message::Navigate(ScreenId::Training));
            h.update(Message::Training(Training::PresentFullScreen));
        }),
        ("closing-question", |h| {
            h.update(Message::Navigate(ScreenId::Log));
            h.update(Message::Log(Log::Form(Form::Edit(Field::Note(
                "Hjalp med MitID".into(),
            )))));
            h.update(Message::Window(WindowMessage::CloseRequested));
        }),
        ("note-with-emoji", |h| {
            h.update(Message::Settings(Settings::UnitEdited(
                "Borgerservice Nørrebro".into(),
            )));
            h.update(Message::Settings(Settings::SaveUnit));
            h.update(Message::Navigate(ScreenId::Log));
            h.update(Message::Log(Log::Form(Form::Edit(Field::Note(
                "Borgeren var glad 😀".into(),
            )))));
            h.update(Message::Log(Log::Form(Form::Save {
                next_citizen: false,
            })));
        }),
    ];
    for staff in ["da", "ar"] {
        for (name, open) in shots {
            let mut harness = Harness::with_options(staff, "ar", |_| {});
            harness.update(Message::Settings(Settings::Change(Change::Scale(200))));
            open(&mut harness);
            let dir = gallery_dir();
            harness.snapshot(&dir.join(format!("i17-{name}-{staff}-200.png")));
            if name == "full-screen-slide" {
                harness.snapshot_sized(
                    &dir.join(format!("i17-{name}-1366x768-{staff}-200.png")),
                    screen,
                );
            }
            // The whole page, to see the message where the user acted.
            let page = match name {
                "quiz-choose-first" => Some(2400.0),
                "note-with-emoji" => Some(7200.0),
                _ => None,
            };
            if let Some(height) = page {
                harness.snapshot_sized(
                    &dir.join(format!("i17-{name}-page-{staff}-200.png")),
                    iced::Size::new(1024.0, height),
                );
            }
        }
    }
}

/// Settings → Translations, whole page, in Danish and Arabic at 200 % (issue 16).
#[test]
fn settings_translations_card_at_200_percent() {
    for (staff, theme) in [
        ("da", ThemeChoice::Light),
        ("ar", ThemeChoice::HighContrastDark),
    ] {
        let mut harness = Harness::with_options(staff, "so", |_| {});
        harness.update(Message::Settings(Settings::Change(Change::Theme(theme))));
        harness.update(Message::Settings(Settings::Change(Change::Scale(200))));
        harness.update(Message::Navigate(ScreenId::Settings));
        harness.snapshot_sized(
            &gallery_dir().join(format!(
                "page-settings-translations-{}-{staff}-200.png",
                theme.code()
            )),
            iced::Size::new(2048.0, 12000.0),
        );
    }
}
