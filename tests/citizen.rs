//! Issue 4: citizen information in ten languages, the card, the glossary, the handout, and the
//! plain-language limits; issue 15: the handout's sources, and the stricter limits.

mod support;

use iced::keyboard::{Key, Modifiers, key::Named};
use skranke::app::Message;
use skranke::content::plain_language::{
    self, CITIZEN_MAX, CITIZEN_MEAN_MAX, GLOSSARY_MAX, GLOSSARY_MEAN_MAX, NOTICE_MAX,
};
use skranke::content::topics::{TOPICS, topic};
use skranke::export::handout;
use skranke::i18n::check::{self, FileId};
use skranke::i18n::{Catalogue, Direction, Locale};
use skranke::screen::ScreenId;
use skranke::screen::desk::Message as Desk;
use support::Harness;

#[test]
fn every_locale_has_every_citizen_and_glossary_id_with_the_same_variables() {
    let report = check::run(&skranke::content::required_message_ids());
    for locale in Locale::ALL {
        let r = report.locale(locale);
        let in_scope = |at: &FileId| at.file == "citizen.ftl" || at.file == "glossary.ftl";
        let missing: Vec<&FileId> = r.missing.iter().filter(|at| in_scope(at)).collect();
        assert!(missing.is_empty(), "{locale}: missing {missing:?}");
        let mismatched: Vec<_> = r
            .variable_mismatches
            .iter()
            .filter(|m| in_scope(&m.at))
            .collect();
        assert!(
            mismatched.is_empty(),
            "{locale}: variables differ {mismatched:?}"
        );
        assert!(
            r.syntax_errors.is_empty(),
            "{locale}: {:?}",
            r.syntax_errors
        );
    }
}

#[test]
fn every_translation_is_marked_as_machine_made_until_reviewed() {
    let catalogue = Catalogue::embedded();
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::Da) {
        let meta = catalogue.meta(locale);
        assert!(
            meta.is_unreviewed() || !meta.review.reviewer.is_empty(),
            "{locale}"
        );
        assert!(
            catalogue.has(locale, skranke::content::topics::UNREVIEWED_NOTICE),
            "{locale}: the notice"
        );
    }
}

#[test]
fn danish_citizen_texts_are_plain_language() {
    let catalogue = Catalogue::embedded();
    let sections = plain_language::citizen_sections(&catalogue);
    assert!(sections.len() >= TOPICS.len() * 2);
    for section in &sections {
        assert!(section.counts.words > 0, "{} has text", section.name);
        assert!(
            section.lix() <= CITIZEN_MAX,
            "{}: LIX {:.1} > {CITIZEN_MAX}",
            section.name,
            section.lix()
        );
    }
    let mean = plain_language::mean(&sections);
    assert!(
        mean <= CITIZEN_MEAN_MAX,
        "mean LIX {mean:.1} > {CITIZEN_MEAN_MAX}"
    );
}

#[test]
fn danish_glossary_explanations_are_plain_language() {
    let catalogue = Catalogue::embedded();
    let texts = plain_language::glossary_texts(&catalogue);
    let over: Vec<String> = plain_language::over(&texts, GLOSSARY_MAX)
        .iter()
        .map(|t| format!("{} {:.1}", t.name, t.lix()))
        .collect();
    assert!(over.is_empty(), "LIX > {GLOSSARY_MAX}: {over:?}");
    let mean = plain_language::mean(&texts);
    assert!(
        mean <= GLOSSARY_MEAN_MAX,
        "mean LIX {mean:.1} > {GLOSSARY_MEAN_MAX}"
    );
}

#[test]
fn the_danish_unreviewed_notice_is_plain_and_free_of_jargon() {
    let catalogue = Catalogue::embedded();
    let [notice] = plain_language::unreviewed_notice(&catalogue)
        .try_into()
        .unwrap();
    assert!(
        notice.lix() <= NOTICE_MAX,
        "LIX {:.1} > {NOTICE_MAX}",
        notice.lix()
    );
    let jargon = plain_language::notice_jargon(&catalogue);
    assert!(jargon.is_empty(), "jargon: {jargon:?}");
}

#[test]
fn every_danish_citizen_paragraph_names_its_source() {
    let sources = skranke::i18n::sources::citizen_sources();
    for topic in &TOPICS {
        for section in topic.section_numbers() {
            let id = topic.body_id(section);
            let provenance = sources
                .get(&id)
                .unwrap_or_else(|| panic!("{id} has no `# source: … | checked: …` comment"));
            assert!(
                !provenance.source.is_empty() && !provenance.checked.is_empty(),
                "{id}"
            );
        }
    }
}

#[test]
fn handouts_carry_lang_and_dir_per_part() {
    let catalogue = Catalogue::embedded();
    let topics = [topic("digital").unwrap(), topic("complaints").unwrap()];
    for citizen in Locale::ALL {
        let input = handout::Input {
            catalogue: &catalogue,
            citizen,
            topics: &topics,
            date: "2026-11-25",
        };
        let html = handout::html(&input);
        let document = scraper::Html::parse_document(&html);
        let parts = scraper::Selector::parse("section.part").unwrap();
        let found: Vec<(String, String)> = document
            .select(&parts)
            .map(|p| {
                (
                    p.value().attr("lang").unwrap().to_string(),
                    p.value().attr("dir").unwrap().to_string(),
                )
            })
            .collect();
        let expected_dir = if matches!(citizen, Locale::Ar | Locale::Fa | Locale::Ur) {
            "rtl"
        } else {
            "ltr"
        };
        assert_eq!(
            found[0],
            (citizen.code().to_string(), expected_dir.to_string()),
            "{citizen}: first part"
        );
        if citizen == Locale::Da {
            assert_eq!(found.len(), 1);
        } else {
            assert_eq!(
                found,
                [found[0].clone(), ("da".into(), "ltr".into())],
                "{citizen}: Danish follows"
            );
        }
        assert_eq!(
            document.root_element().value().attr("dir"),
            Some(expected_dir)
        );
        let h2 = scraper::Selector::parse("section.part > h2").unwrap();
        assert_eq!(
            document.select(&h2).count(),
            topics.len() * found.len(),
            "{citizen}: every topic in every part"
        );
        assert!(
            !without_links(&html).contains("http://")
                && !without_links(&html).contains("https://")
                && !html.contains("src=\"/"),
            "no external resources; web addresses only in the sources' links"
        );
        assert_eq!(
            catalogue.meta(citizen).direction == Direction::Rtl,
            expected_dir == "rtl"
        );
    }
}

/// The HTML with every `<a …>…</a>` taken out.
fn without_links(html: &str) -> String {
    let mut rest = html;
    let mut out = String::new();
    while let Some(start) = rest.find("<a ") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find("</a>").expect("a link is closed") + start + "</a>".len();
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn the_danish_part_of_a_handout_ends_with_the_sources_and_their_days() {
    let catalogue = Catalogue::embedded();
    let known = skranke::i18n::sources::citizen_sources();
    let topics = [topic("complaints").unwrap(), topic("help").unwrap()];
    for citizen in [Locale::Ar, Locale::Da] {
        let html = handout::html(&handout::Input {
            catalogue: &catalogue,
            citizen,
            topics: &topics,
            date: "2026-12-05",
        });
        let document = scraper::Html::parse_document(&html);
        let select = |css: &str| scraper::Selector::parse(css).unwrap();
        let blocks: Vec<_> = document.select(&select("section.part .sources")).collect();
        assert_eq!(blocks.len(), 1, "{citizen}: one sources part");
        let danish_part = document
            .select(&select("section.part[lang=da]"))
            .next()
            .unwrap();
        assert_eq!(
            danish_part.select(&select(".sources")).count(),
            1,
            "{citizen}: the sources are in the Danish part"
        );
        let block = blocks[0];
        let text = |e: scraper::ElementRef| e.text().collect::<String>();
        assert_eq!(
            text(block.select(&select("h2")).next().unwrap()),
            catalogue.text(Locale::Da, "handout-sources-title")
        );
        let titles: Vec<String> = block.select(&select("h3")).map(text).collect();
        let expected: Vec<String> = topics
            .iter()
            .map(|t| catalogue.text(Locale::Da, &t.title_id()))
            .collect();
        assert_eq!(titles, expected, "{citizen}: one heading per chosen topic");

        let lines: Vec<_> = block.select(&select("li")).collect();
        let sections: Vec<(String, String)> = topics
            .iter()
            .flat_map(|t| t.section_numbers().map(|n| (t.heading_id(n), t.body_id(n))))
            .collect();
        assert_eq!(lines.len(), sections.len(), "{citizen}: a line per section");
        let mut links = 0;
        for (line, (heading, body)) in lines.iter().zip(&sections) {
            let shown = text(*line);
            let provenance = &known[body];
            for part in [
                catalogue.text(Locale::Da, heading),
                provenance.source_for_reader(),
                // The day as Danish writes it: 2026-12-02 is shown as 02.12.2026.
                skranke::i18n::dates::format_day(Locale::Da, provenance.checked.parse().unwrap()),
            ] {
                assert!(shown.contains(&part), "{citizen}: {shown:?} lacks {part:?}");
            }
            let hrefs: Vec<&str> = line
                .select(&select("a"))
                .map(|a| a.value().attr("href").unwrap())
                .collect();
            let urls: Vec<&str> = skranke::i18n::sources::urls(&provenance.source).collect();
            assert_eq!(hrefs, urls, "{citizen}: {body}'s web pages are links");
            links += urls.len();
        }
        assert_eq!(
            block.select(&select("a")).count(),
            links,
            "{citizen}: no other links"
        );
        assert_eq!(
            document.select(&select("a")).count() - document.select(&select(".places a")).count(),
            links,
            "{citizen}: besides the places to get help, only the sources link out"
        );
    }
}

#[test]
fn the_card_sets_the_citizen_language_by_keyboard_alone() {
    let mut harness = Harness::new();
    harness.ctrl(&ScreenId::Desk.shortcut_number().to_string());
    harness.tab_to("desk-card");
    harness.enter();
    assert!(harness.app.card_open());
    harness.tab_to("card-ti");
    harness.space();
    assert!(!harness.app.card_open(), "choosing closes the card");
    assert_eq!(harness.app.settings().citizen_language, Locale::Ti);

    harness.tab_to("desk-card");
    harness.enter();
    harness.press(Key::Named(Named::Escape), Modifiers::empty());
    assert!(!harness.app.card_open(), "Esc closes the card");
    assert_eq!(
        harness.app.settings().citizen_language,
        Locale::Ti,
        "Esc changes nothing"
    );
}

#[test]
fn topics_shown_are_remembered_for_the_log_and_reset_with_the_visit() {
    let mut harness = Harness::new();
    harness.update(Message::Navigate(ScreenId::Desk));
    harness.tab_to("topic-digital");
    harness.enter();
    assert_eq!(
        harness.app.desk().open_topic().map(|t| t.code),
        Some("digital")
    );
    harness.tab_to("desk-next");
    harness.enter();
    assert_eq!(harness.app.visit().topics_shown(), ["digital", "newcomer"]);
}

#[test]
fn the_citizen_pane_says_when_a_translation_is_unchecked() {
    let mut harness = Harness::with_options("da", "uk", |_| {});
    harness.update(Message::Navigate(ScreenId::Desk));
    harness.update(Message::Desk(Desk::OpenTopic("welcome")));
    let catalogue = Catalogue::embedded();
    let notice = skranke::content::topics::UNREVIEWED_NOTICE;
    assert!(
        harness.shows(&catalogue.text(Locale::Uk, notice)),
        "in Ukrainian"
    );
    assert!(
        harness.shows(&catalogue.text(Locale::Da, notice)),
        "and in Danish"
    );
}

#[test]
fn the_glossary_finds_terms_in_any_language() {
    let mut harness = Harness::with_options("da", "ar", |_| {});
    harness.update(Message::Navigate(ScreenId::Glossary));
    let catalogue = Catalogue::embedded();
    for locale in [Locale::Da, Locale::Ar, Locale::Ti, Locale::Uk] {
        let name = catalogue.text(locale, "term-power-of-attorney-name");
        harness.update(Message::Glossary(
            skranke::screen::glossary::Message::Search(name.clone()),
        ));
        assert!(
            harness.shows(&catalogue.text(Locale::Da, "term-power-of-attorney-name")),
            "searching {name:?} ({locale}) finds fuldmagt"
        );
        assert!(harness.shows(&catalogue.text(Locale::Ar, "term-power-of-attorney-text")));
    }
}

#[test]
fn ctrl_l_cycles_the_recent_citizen_languages_from_the_desk() {
    let mut harness = Harness::new();
    harness.update(Message::Navigate(ScreenId::Desk));
    for code in ["pl", "so", "fa"] {
        harness.update(Message::Desk(Desk::ChooseLanguage(
            Locale::from_tag(code).unwrap(),
        )));
    }
    harness.ctrl("l");
    assert_eq!(harness.app.settings().citizen_language, Locale::So);
    harness.ctrl("l");
    assert_eq!(harness.app.settings().citizen_language, Locale::Pl);
}
