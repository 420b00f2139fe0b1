//! Issue 17, point 1: the handout is never silent. With no topic chosen the desk says why; a
//! file dialog that cannot open leaves the handout in Documents/Skranke, shown with a button
//! to open it; Print opens a copy that asks to be printed; the file names the places to get
//! help with their web addresses and writes its days as the citizen's language does.

mod support;

use skranke::app::Message;
use skranke::content::places;
use skranke::content::topics::topic;
use skranke::export::handout;
use skranke::i18n::{Catalogue, Locale};
use skranke::screen::desk::{Message as Desk, Printed};
use skranke::screen::{SaveOutcome, ScreenId};
use support::Harness;

fn select(css: &str) -> scraper::Selector {
    scraper::Selector::parse(css).unwrap()
}

fn text(element: scraper::ElementRef) -> String {
    element.text().collect()
}

#[test]
fn with_no_topic_chosen_save_and_print_say_why_next_to_the_buttons() {
    for staff in ["da", "ar"] {
        let mut harness = Harness::with_options(staff, "ar", |_| {});
        harness.update(Message::Navigate(ScreenId::Desk));
        let catalogue = Catalogue::embedded();
        let locale = Locale::from_tag(staff).unwrap();
        let why = catalogue.text(locale, "desk-handout-none-chosen");
        assert!(!harness.shows(&why));
        // By keyboard: the button is active and says why when pressed.
        harness.tab_to("desk-save-handout");
        harness.enter();
        assert!(harness.shows(&why), "{staff}: Save says why");
        assert!(harness.app.desk().handout_status().is_none());
        // Choosing a topic takes the message away; Print with none chosen says it again.
        harness.update(Message::Desk(Desk::ToggleHandout("digital")));
        assert!(!harness.shows(&why));
        harness.update(Message::Desk(Desk::ToggleHandout("digital")));
        harness.tab_to("desk-print-handout");
        harness.enter();
        assert!(harness.shows(&why), "{staff}: Print says why");
        // A screen reader hears it: the sentence is an assertive live region.
        let tree = support::accessibility(&harness.app);
        let nodes = &tree.update.nodes;
        let says = |node: &accesskit::Node| {
            node.label().is_some_and(|l| l.contains(why.as_str()))
                || node.value().is_some_and(|v| v.contains(why.as_str()))
        };
        assert!(
            nodes.iter().any(|(_, node)| says(node)),
            "{staff}: the sentence is in the tree"
        );
        assert!(
            nodes
                .iter()
                .any(|(_, node)| node.live() == Some(accesskit::Live::Assertive)),
            "{staff}: in an assertive live region"
        );
    }
}

#[test]
fn a_dialog_that_cannot_open_leaves_the_handout_in_documents_with_a_button_to_open_it() {
    let mut harness = Harness::with_options("da", "ar", |_| {});
    harness.update(Message::Navigate(ScreenId::Desk));
    harness.update(Message::Desk(Desk::ToggleHandout("complaints")));
    let path = std::env::temp_dir()
        .join("Documents")
        .join("Skranke")
        .join("handout-ar-2026-12-02.html");
    harness.update(Message::Desk(Desk::HandoutSaved(
        SaveOutcome::SavedInstead(path.clone()),
    )));
    let catalogue = Catalogue::embedded();
    let said = catalogue.format(
        Locale::Da,
        "save-done-instead",
        &[(
            "file",
            skranke::i18n::Arg::from(skranke::paths::display(&path)),
        )],
    );
    assert!(harness.shows(&said), "the path is shown");
    let open = harness
        .app
        .controls()
        .into_iter()
        .find(|c| c.id.as_str() == "desk-open-handout")
        .expect("a button opens the handout");
    assert_eq!(open.label, catalogue.text(Locale::Da, "desk-handout-open"));
    assert!(
        harness.app.visit().handout_given(),
        "the visit has a handout"
    );

    // Opening fails: said, with the system's words behind "Show details".
    harness.update(Message::Desk(Desk::HandoutOpened(Err(
        "no program for .html".into(),
    ))));
    assert!(harness.shows(&catalogue.text(Locale::Da, "desk-handout-open-failed")));
}

#[test]
fn print_says_the_handout_is_open_in_the_browser_or_where_it_is() {
    let mut harness = Harness::with_options("da", "ar", |_| {});
    harness.update(Message::Navigate(ScreenId::Desk));
    harness.update(Message::Desk(Desk::ToggleHandout("welcome")));
    let path = skranke::screen::desk::print_folder().join("handout-ar-2026-12-02.html");
    let catalogue = Catalogue::embedded();
    harness.update(Message::Desk(Desk::HandoutPrinted(Printed::Opened(
        path.clone(),
    ))));
    assert!(harness.shows(&catalogue.text(Locale::Da, "desk-handout-print-opened")));
    assert!(harness.app.visit().handout_given());
    harness.update(Message::Desk(Desk::HandoutPrinted(Printed::NotOpened(
        path.clone(),
        "xdg-open: not found".into(),
    ))));
    let said = catalogue.format(
        Locale::Da,
        "desk-handout-print-not-opened",
        &[(
            "file",
            skranke::i18n::Arg::from(skranke::paths::display(&path)),
        )],
    );
    assert!(harness.shows(&said), "the file's place is said");
    assert!(
        !harness.shows(&catalogue.text(Locale::Da, "desk-handout-print-opened")),
        "the new message replaces the old one"
    );
}

#[test]
fn the_print_copy_asks_to_be_printed_and_the_saved_one_does_not() {
    let catalogue = Catalogue::embedded();
    let topics = [topic("digital").unwrap()];
    let input = handout::Input {
        catalogue: &catalogue,
        citizen: Locale::Ar,
        topics: &topics,
        date: "2026-12-02",
    };
    let saved = handout::html(&input);
    let printed = handout::html_for_print(&input);
    assert!(!saved.contains("<script"));
    assert!(printed.contains("window.print()"));
    assert_eq!(
        printed.replace(
            "<script>window.addEventListener('load', function () { window.print(); });</script>\n",
            ""
        ),
        saved,
        "otherwise the same document"
    );
    // Right to left: the document and the Arabic part, with print styles for A4.
    assert!(printed.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(printed.contains("@page { size: A4;"));
    assert!(printed.contains("@media print"));
}

#[test]
fn each_part_names_the_places_to_get_help_with_their_web_addresses() {
    let catalogue = Catalogue::embedded();
    let topics = [topic("complaints").unwrap(), topic("deaf").unwrap()];
    for citizen in [Locale::Ar, Locale::Ti, Locale::Da] {
        let html = handout::html(&handout::Input {
            catalogue: &catalogue,
            citizen,
            topics: &topics,
            date: "2026-12-02",
        });
        let document = scraper::Html::parse_document(&html);
        let parts: Vec<_> = document.select(&select("section.part")).collect();
        let expected = places::for_topics(&["complaints", "deaf"]);
        for part in &parts {
            let locale = Locale::from_tag(part.value().attr("lang").unwrap()).unwrap();
            let block = part
                .select(&select(".places"))
                .next()
                .expect("every part names the places");
            assert_eq!(
                text(block.select(&select("h2")).next().unwrap()),
                catalogue.text(locale, "topic-help-title"),
                "{citizen}: in the part's language"
            );
            let items: Vec<_> = block.select(&select("li")).collect();
            assert_eq!(items.len(), expected.len(), "{citizen}");
            for (item, place) in items.iter().zip(&expected) {
                let link = item.select(&select("a")).next().unwrap();
                assert_eq!(link.value().attr("href"), Some(place.web));
                assert_eq!(link.value().attr("dir"), Some("ltr"), "addresses read LTR");
                let name = text(item.select(&select("bdi")).next().unwrap());
                let danish = match place.name {
                    places::Name::Term(id) => {
                        catalogue.text(Locale::Da, &format!("term-{id}-name"))
                    }
                    places::Name::Danish(name) => name.to_string(),
                };
                assert!(
                    name.contains(&danish),
                    "{citizen}: {name:?} keeps the Danish name {danish:?}"
                );
            }
        }
        // Nothing made up: no phone number appears in the places.
        for block in document.select(&select(".places")) {
            let digits = text(block).chars().filter(char::is_ascii_digit).count();
            assert_eq!(digits, 0, "{citizen}: web addresses only");
        }
    }
}

#[test]
fn days_are_written_as_the_citizens_language_writes_them() {
    let catalogue = Catalogue::embedded();
    let topics = [topic("welcome").unwrap()];
    for (citizen, footer_day) in [
        (Locale::Ar, "2/12/2026"),
        (Locale::Fa, "2026/12/2"),
        (Locale::En, "02/12/2026"),
        (Locale::Tr, "2.12.2026"),
    ] {
        let html = handout::html(&handout::Input {
            catalogue: &catalogue,
            citizen,
            topics: &topics,
            date: "2026-12-02",
        });
        let document = scraper::Html::parse_document(&html);
        let footer = |lang: &str| {
            document
                .select(&select(&format!("section.part[lang={lang}] .meta")))
                .map(text)
                .next()
                .unwrap()
        };
        assert!(
            footer(citizen.code()).contains(footer_day),
            "{citizen}: {}",
            footer(citizen.code())
        );
        assert!(
            footer("da").contains("02.12.2026"),
            "Danish as Danish writes it"
        );
        assert!(
            !html.contains("2026-12-02"),
            "{citizen}: no ISO days for people"
        );
    }
}

/// Writes sample handouts to `target/gallery/` to be looked at in a browser and printed to PDF
/// (Arabic and Urdu right to left, Tigrinya, Danish alone).
#[test]
fn sample_handouts_for_the_gallery() {
    let catalogue = Catalogue::embedded();
    let topics = [
        topic("complaints").unwrap(),
        topic("deaf").unwrap(),
        topic("moving").unwrap(),
    ];
    for citizen in [Locale::Ar, Locale::Ur, Locale::Ti, Locale::Da] {
        let html = handout::html_for_print(&handout::Input {
            catalogue: &catalogue,
            citizen,
            topics: &topics,
            date: "2026-12-02",
        });
        let path = support::gallery_dir().join(format!("handout-{}.html", citizen.code()));
        std::fs::write(&path, html).unwrap();
    }
}
