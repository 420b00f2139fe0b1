//! Issue 16, point 3: Settings → Translations, for an editor who does not use a terminal. The
//! file dialogs cannot open headless, so the tests hand the card what a dialog and the import
//! would give it, and look at what the app does then.

mod support;

use skranke::app::Message;
use skranke::i18n::{Arg, Catalogue, Locale};
use skranke::screen::ScreenId;
use skranke::screen::desk::Message as Desk;
use skranke::screen::settings::Message as Settings;
use skranke::screen::translations::{Imported, Message as Translations};
use std::sync::Arc;
use support::Harness;

const NEW_TITLE: &str = "مرحبًا بك في خدمة المواطنين";

/// The Arabic export with the welcome topic's title changed and signed off by a reviewer.
fn edited_arabic_export() -> String {
    let document = skranke::l10n::export::document(&Catalogue::embedded(), Locale::Ar);
    let unit = document
        .find("id=\"topic-welcome-title\"")
        .expect("the unit is exported");
    let target = unit + document[unit..].find("<target").unwrap();
    let open_end = target + document[target..].find('>').unwrap() + 1;
    let close = open_end + document[open_end..].find("</target>").unwrap();
    let mut edited = String::new();
    edited.push_str(&document[..target]);
    edited.push_str("<target xml:lang=\"ar\" state=\"translated\">");
    edited.push_str(NEW_TITLE);
    edited.push_str(&document[close..]);
    edited
}

fn shows_the_settings(harness: &mut Harness) {
    harness.update(Message::Navigate(ScreenId::Settings));
}

#[test]
fn the_card_offers_export_and_import_with_the_review_count() {
    let mut harness = Harness::with_options("da", "ar", |_| {});
    shows_the_settings(&mut harness);
    let total = skranke::i18n::review::citizen_ids().len();
    let count = format!("0 af {total} tekster til borgeren er tjekket af en oversætter.");
    for text in [
        "Oversættelser",
        "Gem XLIFF-fil til oversætteren …",
        "Læs XLIFF-fil ind …",
        count.as_str(),
    ] {
        assert!(harness.shows(text), "Settings shows {text:?}");
    }
}

#[test]
fn a_file_read_in_is_used_at_once_and_the_card_says_what_happened() {
    let mut harness = Harness::with_options("da", "ar", |_| {});
    let overrides = harness.paths.overrides_dir();
    let summary = skranke::l10n::import::import(
        &edited_arabic_export(),
        &overrides,
        None,
        jiff::civil::date(2026, 12, 2),
    )
    .expect("the edited file is accepted");
    assert!(summary.changed >= 1);
    let confirmation = Catalogue::embedded().format(
        Locale::Da,
        "settings-translations-imported",
        &[
            ("units", Arg::from(summary.units)),
            ("changed", Arg::from(summary.changed)),
            ("reviewed", Arg::from(summary.reviewed)),
        ],
    );
    shows_the_settings(&mut harness);
    harness.update(Message::Settings(Settings::Translations(
        Translations::Imported(Arc::new(Imported::Done(summary))),
    )));
    assert!(harness.shows(&confirmation), "the card confirms the import");
    // The texts were loaded again: the desk shows the new title without a restart.
    harness.update(Message::Navigate(ScreenId::Desk));
    harness.update(Message::Desk(Desk::OpenTopic("welcome")));
    assert!(harness.shows(NEW_TITLE), "the desk uses the imported text");
}

#[test]
fn a_refused_file_changes_nothing_and_the_card_lists_why() {
    let mut harness = Harness::with_options("da", "ar", |_| {});
    let overrides = harness.paths.overrides_dir();
    let broken = edited_arabic_export().replace(NEW_TITLE, "{ $nobody");
    let refusal =
        skranke::l10n::import::import(&broken, &overrides, None, jiff::civil::date(2026, 12, 2))
            .expect_err("a broken target is refused");
    assert!(
        !overrides.join("ar").exists(),
        "nothing is written for a refused file"
    );
    let catalogue = Catalogue::embedded();
    let first = skranke::l10n::explain(&refusal.problems[0], &catalogue, Locale::Da);
    assert!(
        first.contains("topic-welcome-title"),
        "the bad unit is named: {first}"
    );
    shows_the_settings(&mut harness);
    harness.update(Message::Settings(Settings::Translations(
        Translations::Imported(Arc::new(Imported::Refused(refusal))),
    )));
    assert!(harness.shows("Filen er ikke læst ind, og intet er ændret. Det er galt:"));
    assert!(harness.shows(&first), "the card lists the problem");
}
