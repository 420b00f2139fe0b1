//! Issue 7: training mode's content and its use by keyboard.

mod support;

use iced::keyboard::{Key, Modifiers, key::Named};
use skranke::app::Message;
use skranke::content::training::{
    CASES, QUIZ, Slide, case_principle, explanation_id, option_id, question_id, slides,
};
use skranke::i18n::{Catalogue, Locale, lix};
use skranke::screen::ScreenId;
use skranke::screen::training::{Message as Training, Tab};
use support::Harness;

#[test]
fn every_slide_case_and_question_exists_in_danish_and_english() {
    let catalogue = Catalogue::embedded();
    let has = |id: &str| {
        for locale in [Locale::Da, Locale::En] {
            assert!(catalogue.has(locale, id), "{locale}: {id}");
        }
    };
    let all = slides();
    assert!(
        all.len() >= 25,
        "the presentation covers the ideas and all 20 principles"
    );
    for slide in all {
        match slide {
            Slide::Title => has("presentation-title"),
            Slide::Idea(idea) => {
                has(&idea.title_id());
                has(&idea.body_id());
                idea.example_id().iter().for_each(|id| has(id));
            }
            Slide::Section(section) => {
                has(&section.title_id());
                has(&section.intro_id());
            }
            Slide::Principle(principle) => {
                has(&principle.title_id());
                has(&principle.summary_id());
            }
        }
    }
    assert!(CASES.len() >= 8);
    for case in CASES {
        has(&case.title_id());
        has(&case.text_id());
        case.question_ids().for_each(|id| has(&id));
        assert!(!case.principles.is_empty(), "{} names principles", case.id);
        for code in case.principles {
            assert!(
                case_principle(code).is_some(),
                "{}: {code} is a principle",
                case.id
            );
        }
    }
    assert!((10..=15).contains(&QUIZ.len()));
    for (index, question) in QUIZ.iter().enumerate() {
        let number = index + 1;
        has(&question_id(number));
        has(&explanation_id(number));
        assert!(question.correct < question.options);
        (0..question.options).for_each(|o| has(&option_id(number, o)));
        if question.options < 4 {
            let extra = option_id(number, question.options);
            assert!(
                !catalogue.has(Locale::Da, &extra),
                "quiz {number} has no extra option"
            );
        }
    }
}

#[test]
fn danish_case_texts_are_plain_language() {
    let catalogue = Catalogue::embedded();
    for case in CASES {
        let text = format!(
            "{}\n{}",
            catalogue.text(Locale::Da, &case.title_id()),
            catalogue.text(Locale::Da, &case.text_id())
        );
        let value = lix::lix(&text);
        assert!(value <= 40.0, "{}: LIX {value:.1} > 40", case.id);
    }
}

fn key(harness: &mut Harness, named: Named) {
    harness.press(Key::Named(named), Modifiers::empty());
}

#[test]
fn the_presentation_is_stepped_through_by_keyboard_to_the_end_and_back() {
    let mut harness = Harness::new();
    harness.ctrl(&ScreenId::Training.shortcut_number().to_string());
    harness.tab_to("presentation-start");
    harness.enter();
    assert!(harness.app.training().presenting());
    let total = slides().len();
    // Forward with every key that moves forward.
    let forward = [Named::ArrowRight, Named::PageDown, Named::ArrowDown];
    for step in 1..total {
        // Space moves on: the focus is on "next".
        if step == 1 {
            key(&mut harness, Named::Space);
        } else {
            key(&mut harness, forward[step % forward.len()]);
        }
        assert_eq!(harness.app.training().slide(), (step, total));
    }
    key(&mut harness, Named::ArrowRight);
    assert_eq!(
        harness.app.training().slide().0,
        total - 1,
        "the last slide stays"
    );
    assert!(harness.shows(&format!("Dias {total} af {total}")));
    for step in (0..total - 1).rev() {
        key(
            &mut harness,
            if step % 2 == 0 {
                Named::ArrowLeft
            } else {
                Named::PageUp
            },
        );
        assert_eq!(harness.app.training().slide().0, step);
    }
    key(&mut harness, Named::End);
    assert_eq!(harness.app.training().slide().0, total - 1);
    key(&mut harness, Named::Home);
    assert_eq!(harness.app.training().slide().0, 0);
    key(&mut harness, Named::Escape);
    assert!(
        !harness.app.training().presenting(),
        "Esc leaves the presentation"
    );
}

#[test]
fn in_a_right_to_left_language_the_left_arrow_goes_forward() {
    let mut harness = Harness::with_options("ar", "da", |_| {});
    harness.update(Message::Navigate(ScreenId::Training));
    harness.update(Message::Training(Training::Present));
    key(&mut harness, Named::ArrowLeft);
    assert_eq!(harness.app.training().slide().0, 1);
    key(&mut harness, Named::ArrowRight);
    assert_eq!(harness.app.training().slide().0, 0);
}

#[test]
fn the_quiz_is_answered_by_keyboard_and_scores_right() {
    let mut harness = Harness::new();
    harness.update(Message::Navigate(ScreenId::Training));
    harness.tab_to("training-tab-quiz");
    harness.space();
    assert_eq!(harness.app.training().tab(), Tab::Quiz);
    // Answer every question right except the first two.
    for (index, question) in QUIZ.iter().enumerate() {
        let option = if index < 2 {
            (question.correct + 1) % question.options
        } else {
            question.correct
        };
        let letter = skranke::content::training::LETTERS[usize::from(option)];
        harness.tab_to(&format!("quiz-option-{letter}"));
        harness.space();
        harness.tab_to("quiz-answer");
        harness.enter();
        let verdict = if index < 2 {
            "Ikke rigtigt."
        } else {
            "Rigtigt!"
        };
        assert!(harness.shows(verdict), "question {}", index + 1);
        harness.tab_to("quiz-next");
        harness.enter();
    }
    assert!(harness.app.training().quiz.finished());
    let right = QUIZ.len() - 2;
    assert!(harness.shows(&format!("{right} af {} rigtige", QUIZ.len())));
}

#[test]
fn a_session_is_recorded_and_found_in_the_list_and_counted_apart() {
    let mut harness = Harness::new();
    harness.update(Message::Settings(
        skranke::screen::settings::Message::UnitEdited("Borgerservice Amager".into()),
    ));
    harness.update(Message::Settings(
        skranke::screen::settings::Message::SaveUnit,
    ));
    harness.update(Message::Navigate(ScreenId::Training));
    // The session: the presentation and one case.
    harness.update(Message::Training(Training::Present));
    harness.update(Message::Training(Training::StopPresenting));
    harness.update(Message::Training(Training::Tab(Tab::Cases)));
    harness.update(Message::Training(Training::OpenCase(2)));
    harness.tab_to("training-tab-sessions");
    harness.space();
    harness.update(Message::Training(Training::Form(
        skranke::screen::training::FormMessage::Participants("14".into()),
    )));
    harness.tab_to("session-save");
    harness.enter();
    assert!(harness.shows("Forløbet er gemt."));
    let sessions = harness.app.training().sessions();
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0].participants, 14);
    assert!(sessions[0].presentation);
    assert_eq!(sessions[0].cases, ["child-interpreter"]);
    assert!(harness.shows(&format!(
        "{} · Borgerservice Amager · 14 deltagere",
        skranke::clock::format_day(skranke::clock::today())
    )));
    assert_eq!(
        harness.in_store(|s| s.count(&Default::default())),
        0,
        "a session is not desk outreach"
    );
    let today = skranke::clock::today();
    let month = skranke::store::indicators::Scope {
        from: today.first_of_month(),
        to: today.last_of_month(),
        unit: None,
    };
    let dashboard =
        harness.in_store(move |s| Ok(skranke::store::indicators::compute(s.connection(), &month)?));
    assert_eq!(dashboard.total, 0);
    assert_eq!(
        dashboard
            .onboarding
            .iter()
            .map(|m| (m.sessions, m.participants))
            .collect::<Vec<_>>(),
        [(1, 14)],
        "the dashboard counts the session as onboarding"
    );
}

/// Issue 17, point 3: the session form's errors are each by their field (inside its ring) and
/// go as soon as the field is fixed; one participant is "1 deltager".
#[test]
fn a_session_form_error_sits_by_its_field_and_goes_once_fixed() {
    use skranke::screen::training::FormMessage;
    const PARTICIPANTS_ERROR: &str = "Skriv antal deltagere som et tal fra 1 til 1000.";
    const NOTHING: &str = "Vælg mindst én ting, I gennemgik.";
    let mut harness = Harness::new();
    harness.update(Message::Navigate(ScreenId::Training));
    harness.update(Message::Training(Training::Tab(Tab::Sessions)));
    harness.update(Message::Training(Training::Form(FormMessage::Unit(
        "Borgerservice Amager".into(),
    ))));
    harness.update(Message::Training(Training::Form(
        FormMessage::Participants("mange".into()),
    )));
    harness.update(Message::Training(Training::SaveSession));
    assert!(harness.shows(PARTICIPANTS_ERROR) && harness.shows(NOTHING));
    let ring = harness.bounds_of_control("session-participants").unwrap();
    let error = harness.bounds_of_text(PARTICIPANTS_ERROR).unwrap();
    assert!(
        error.y >= ring.y && error.y + error.height <= ring.y + ring.height + 0.5,
        "the error is inside the field's ring: {ring:?} {error:?}"
    );
    harness.update(Message::Training(Training::Form(
        FormMessage::Participants("1".into()),
    )));
    assert!(!harness.shows(PARTICIPANTS_ERROR), "fixed: gone at once");
    assert!(
        harness.shows(NOTHING),
        "the other error stays until it is fixed"
    );
    harness.update(Message::Training(Training::Form(
        FormMessage::TogglePresentation,
    )));
    assert!(!harness.shows(NOTHING));
    harness.update(Message::Training(Training::SaveSession));
    assert!(harness.shows(&format!(
        "{} · Borgerservice Amager · 1 deltager",
        skranke::clock::format_day(skranke::clock::today())
    )));
}

// Issue 17, point 6: full screen, the ends of the presentation, "Answer" with nothing chosen,
// training mode on every screen.

#[test]
fn the_presentation_goes_full_screen_by_f11_and_by_its_button_and_esc_leaves() {
    let mut harness = Harness::new();
    harness.update(Message::Navigate(ScreenId::Training));
    // F11 on the presentation's tab: present, in full screen.
    key(&mut harness, Named::F11);
    assert!(harness.app.training().presenting());
    assert!(harness.app.training().full_screen());
    assert!(
        harness.app.full_screen(),
        "the window was put in full screen"
    );
    assert!(harness.shows("Forlad fuld skærm (Esc)"));
    // Esc leaves full screen; the presentation goes on in the window.
    key(&mut harness, Named::Escape);
    assert!(!harness.app.full_screen());
    assert!(harness.app.training().presenting());
    assert!(harness.shows("Fuld skærm (F11)"));
    // The button, by keyboard, and F11 both ways.
    harness.tab_to("presentation-full-screen");
    harness.space();
    assert!(harness.app.full_screen());
    key(&mut harness, Named::F11);
    assert!(!harness.app.full_screen());
    key(&mut harness, Named::F11);
    assert!(harness.app.full_screen());
    // Esc twice: out of full screen, then out of the presentation.
    key(&mut harness, Named::Escape);
    key(&mut harness, Named::Escape);
    assert!(!harness.app.training().presenting());
    assert!(!harness.app.full_screen());
    assert_eq!(
        harness.app.focused().map(|f| f.as_str()),
        Some("presentation-start")
    );
    // Ending from full screen with the End button puts the window back in its frame too.
    key(&mut harness, Named::F11);
    harness.tab_to("presentation-close");
    harness.space();
    assert!(!harness.app.training().presenting());
    assert!(!harness.app.full_screen());
    // F11 elsewhere does nothing.
    harness.update(Message::Navigate(ScreenId::Desk));
    key(&mut harness, Named::F11);
    assert!(!harness.app.full_screen());
}

/// Is the control enabled, for the keyboard and for a screen reader?
fn enabled(harness: &Harness, id: &str) -> bool {
    let controls = harness.app.controls();
    let control = controls
        .iter()
        .find(|c| c.id.as_str() == id)
        .unwrap_or_else(|| panic!("{id} is shown"));
    let built = support::accessibility(&harness.app);
    let tree = accesskit_consumer::Tree::new(built.update, true);
    let node = tree
        .state()
        .node_by_tree_local_id(
            skranke::a11y::control_node(&control.id),
            accesskit::TreeId::ROOT,
        )
        .unwrap_or_else(|| panic!("{id} is in the tree"));
    assert_eq!(
        node.data().is_disabled(),
        control.on_activate.is_none(),
        "{id}: the screen reader is told what the keyboard finds"
    );
    control.on_activate.is_some()
}

#[test]
fn previous_and_next_are_disabled_at_the_ends() {
    let mut harness = Harness::new();
    harness.update(Message::Navigate(ScreenId::Training));
    harness.update(Message::Training(Training::Present));
    assert!(!enabled(&harness, "presentation-previous"), "first slide");
    assert!(enabled(&harness, "presentation-next"));
    key(&mut harness, Named::End);
    assert!(enabled(&harness, "presentation-previous"));
    assert!(!enabled(&harness, "presentation-next"), "last slide");
    key(&mut harness, Named::ArrowLeft);
    assert!(enabled(&harness, "presentation-previous"));
    assert!(enabled(&harness, "presentation-next"));
}

#[test]
fn answer_with_nothing_chosen_says_so_next_to_the_button() {
    let mut harness = Harness::new();
    harness.update(Message::Navigate(ScreenId::Training));
    harness.update(Message::Training(Training::Tab(Tab::Quiz)));
    assert!(enabled(&harness, "quiz-answer"), "never a dead button");
    harness.tab_to("quiz-answer");
    harness.enter();
    let choose = "Vælg først et af svarene ovenfor.";
    assert!(harness.shows(choose));
    assert!(!harness.app.training().quiz.answered);
    assert_eq!(
        harness.app.focused().map(|f| f.as_str()),
        Some("quiz-answer"),
        "the focus stays where the user acted, under the message"
    );
    let controls = harness.app.controls();
    let option = controls
        .iter()
        .find(|c| c.id.as_str() == "quiz-option-a")
        .unwrap();
    assert_eq!(
        option.error.as_deref(),
        Some(choose),
        "a screen reader hears why"
    );
    // Choosing an answer takes the message away; answering works.
    harness.shift_tab();
    assert_eq!(
        harness.app.focused().map(|f| f.as_str()),
        Some("quiz-option-a")
    );
    harness.space();
    assert!(!harness.shows(choose));
    harness.tab_to("quiz-answer");
    harness.enter();
    assert!(harness.app.training().quiz.answered);
}

/// The texts a screen reader finds in status regions.
fn status_texts(app: &skranke::App) -> Vec<String> {
    fn walk(node: &accesskit_consumer::NodeRef, in_status: bool, found: &mut Vec<String>) {
        let in_status = in_status || node.role() == accesskit::Role::Status;
        if in_status
            && node.role() == accesskit::Role::TextRun
            && let Some(text) = node.data().value()
        {
            found.push(text.to_string());
        }
        for child in node.children() {
            walk(&child, in_status, found);
        }
    }
    let built = support::accessibility(app);
    let tree = accesskit_consumer::Tree::new(built.update, true);
    let mut found = Vec::new();
    walk(&tree.state().root(), false, &mut found);
    found
}

#[test]
fn training_mode_shows_on_every_screen_and_to_a_screen_reader() {
    let banner =
        "Nye registreringer markeres som træning og tæller ikke med. Slå den fra under Log.";
    let mut harness = Harness::new();
    for screen in ScreenId::ALL {
        harness.update(Message::Navigate(screen));
        assert!(!harness.shows(banner), "{screen:?}: not before it is on");
    }
    harness.update(Message::Navigate(ScreenId::Log));
    harness.tab_to("log-training-mode");
    harness.space();
    assert!(harness.app.training_mode());
    for screen in ScreenId::ALL {
        harness.update(Message::Navigate(screen));
        assert!(harness.shows("Træningstilstand"), "{screen:?}");
        assert!(harness.shows(banner), "{screen:?}");
        assert!(
            status_texts(&harness.app).iter().any(|t| t == banner),
            "{screen:?}: a screen reader finds it as a status"
        );
    }
    harness.update(Message::Navigate(ScreenId::Training));
    // The presentation and the language card cover the window; the banner stays, its title
    // alone.
    harness.update(Message::Training(Training::Present));
    assert!(harness.shows("Træningstilstand"), "presentation");
    assert!(
        status_texts(&harness.app)
            .iter()
            .any(|t| t == "Træningstilstand"),
        "presentation"
    );
    key(&mut harness, Named::Escape);
    harness.update(Message::Navigate(ScreenId::Desk));
    harness.ctrl("l");
    assert!(harness.app.card_open());
    assert!(harness.shows("Træningstilstand"), "the language card");
    key(&mut harness, Named::Escape);
    // Off again: gone everywhere.
    harness.update(Message::Log(
        skranke::screen::log::Message::ToggleTrainingMode,
    ));
    assert!(!harness.app.training_mode());
    assert!(!harness.shows(banner));
    assert!(!harness.shows("Træningstilstand"));
}
