//! Issue 16: review status per text. A section a translator has checked says so, on the desk
//! and on the handout; the others keep the machine-translation notice; a locale counts as
//! reviewed only when every citizen text is.

mod support;

use skranke::app::Message;
use skranke::content::topics::{REVIEWED_NOTICE, TOPICS, UNREVIEWED_NOTICE, topic};
use skranke::export::handout;
use skranke::i18n::review::{self, ReviewFile, TextReview, TextState};
use skranke::i18n::{Arg, Catalogue, Locale, ReviewStatus};
use skranke::screen::ScreenId;
use skranke::screen::desk::Message as Desk;
use std::path::Path;
use support::Harness;

const DAY: &str = "2026-11-30";
/// `DAY` as the line shows it.
const SHOWN: &str = "30.11.2026";

fn reviewed(by: &str) -> TextReview {
    TextReview {
        state: TextState::Reviewed,
        reviewer: by.into(),
        date: DAY.into(),
    }
}

/// Writes `<dir>/<locale>/review.toml` with these ids reviewed.
fn write_reviews(dir: &Path, locale: Locale, ids: impl IntoIterator<Item = String>) {
    let mut file = ReviewFile::default();
    for id in ids {
        file.texts.insert(id, reviewed("Amira Haddad"));
    }
    std::fs::create_dir_all(dir.join(locale.code())).unwrap();
    std::fs::write(review::path(dir, locale), file.to_toml()).unwrap();
}

/// The first section of "Velkommen", heading and body.
fn first_welcome_section() -> Vec<String> {
    let welcome = topic("welcome").unwrap();
    vec![welcome.heading_id(1), welcome.body_id(1)]
}

#[test]
fn a_handout_marks_the_checked_section_and_keeps_the_notice_on_the_others() {
    let dir = tempfile::tempdir().unwrap();
    write_reviews(dir.path(), Locale::Ar, first_welcome_section());
    let catalogue = Catalogue::with_overrides(dir.path());
    let welcome = topic("welcome").unwrap();
    let html = handout::html(&handout::Input {
        catalogue: &catalogue,
        citizen: Locale::Ar,
        topics: &[welcome],
        date: "2026-12-05",
    });
    let document = scraper::Html::parse_document(&html);
    let arabic = document
        .select(&scraper::Selector::parse("section.part[lang=ar]").unwrap())
        .next()
        .unwrap();
    let count = |css: &str| {
        arabic
            .select(&scraper::Selector::parse(css).unwrap())
            .count()
    };
    // On the handout the day is written as Arabic writes it (`i18n::dates`): 30/11/2026.
    let line = catalogue.format(
        Locale::Ar,
        REVIEWED_NOTICE,
        &[("date", Arg::from("30/11/2026"))],
    );
    assert!(html.contains(&line), "the checked line, with its day");
    assert_eq!(count(".reviewed"), 1, "one section is checked");
    assert_eq!(
        count(".notice"),
        usize::from(welcome.sections) - 1,
        "the other sections keep the notice"
    );
    // The Danish part is the master: no notice and no line.
    let danish = document
        .select(&scraper::Selector::parse("section.part[lang=da]").unwrap())
        .next()
        .unwrap();
    assert_eq!(
        danish
            .select(&scraper::Selector::parse(".notice, .reviewed").unwrap())
            .count(),
        0
    );
    // Unchecked topics in the same handout: one notice under each such topic.
    let with_unchecked = handout::html(&handout::Input {
        catalogue: &catalogue,
        citizen: Locale::Ar,
        topics: &[welcome, topic("moving").unwrap()],
        date: "2026-12-05",
    });
    let notices = with_unchecked.matches("class=\"notice\"").count();
    assert_eq!(notices, usize::from(welcome.sections) - 1 + 1);
}

#[test]
fn a_handout_with_nothing_checked_has_one_notice() {
    let catalogue = Catalogue::embedded();
    let html = handout::html(&handout::Input {
        catalogue: &catalogue,
        citizen: Locale::So,
        topics: &[topic("welcome").unwrap(), topic("moving").unwrap()],
        date: "2026-12-05",
    });
    assert_eq!(html.matches("class=\"notice\"").count(), 1);
    assert_eq!(html.matches("class=\"reviewed\"").count(), 0);
}

#[test]
fn the_desk_shows_the_checked_line_and_the_notice_per_section() {
    let mut harness = Harness::with_options("da", "ar", |paths| {
        write_reviews(&paths.overrides_dir(), Locale::Ar, first_welcome_section());
    });
    harness.update(Message::Navigate(ScreenId::Desk));
    harness.update(Message::Desk(Desk::OpenTopic("welcome")));
    let catalogue = Catalogue::embedded();
    let line = catalogue.format(Locale::Ar, REVIEWED_NOTICE, &[("date", Arg::from(SHOWN))]);
    let danish_line = catalogue.format(Locale::Da, REVIEWED_NOTICE, &[("date", Arg::from(SHOWN))]);
    assert!(harness.shows(&line), "the Arabic line is shown");
    assert!(harness.shows(&danish_line), "and its Danish beside it");
    assert!(
        harness.shows(&catalogue.text(Locale::Ar, UNREVIEWED_NOTICE)),
        "the unchecked sections keep the notice"
    );
}

#[test]
fn a_locale_is_reviewed_only_when_every_citizen_text_is() {
    let dir = tempfile::tempdir().unwrap();
    let all = review::citizen_ids();
    let mut all_but_one = all.clone();
    all_but_one.pop();
    write_reviews(dir.path(), Locale::Tr, all_but_one);
    let catalogue = Catalogue::with_overrides(dir.path());
    assert_eq!(
        catalogue.meta(Locale::Tr).review.status,
        ReviewStatus::Machine
    );
    assert_eq!(
        catalogue.citizen_review_count(Locale::Tr),
        (all.len() - 1, all.len())
    );

    write_reviews(dir.path(), Locale::Tr, all.clone());
    let catalogue = Catalogue::with_overrides(dir.path());
    let meta = catalogue.meta(Locale::Tr);
    assert_eq!(meta.review.status, ReviewStatus::Reviewed);
    assert_eq!(meta.review.reviewer, "Amira Haddad");
    assert_eq!(meta.review.date, DAY);
    assert!(!meta.is_unreviewed());
    // Every topic now says "checked" on every section, and the handout has no notice.
    let html = handout::html(&handout::Input {
        catalogue: &catalogue,
        citizen: Locale::Tr,
        topics: &TOPICS.iter().collect::<Vec<_>>(),
        date: "2026-12-05",
    });
    assert_eq!(html.matches("class=\"notice\"").count(), 0);
    let sections: usize = TOPICS.iter().map(|t| usize::from(t.sections)).sum();
    assert_eq!(html.matches("class=\"reviewed\"").count(), sections);
}

#[test]
fn no_built_in_locale_claims_a_review_it_does_not_have() {
    let catalogue = Catalogue::embedded();
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::Da) {
        assert_eq!(
            catalogue.meta(locale).review.status,
            ReviewStatus::Machine,
            "{locale}"
        );
        assert_eq!(catalogue.citizen_review_count(locale).0, 0, "{locale}");
    }
}

#[test]
fn a_broken_review_file_is_reported_and_the_texts_stay_unreviewed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("pl")).unwrap();
    std::fs::write(review::path(dir.path(), Locale::Pl), "texts = 3\n").unwrap();
    let catalogue = Catalogue::with_overrides(dir.path());
    assert!(
        catalogue
            .override_reports()
            .iter()
            .any(|r| r.locale == Locale::Pl
                && r.path.ends_with("review.toml")
                && r.accepted_source().is_none())
    );
    assert_eq!(catalogue.citizen_review_count(Locale::Pl).0, 0);
}
