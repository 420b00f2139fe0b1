//! The screen reader's tree of every screen, built as the bridge builds it (headless, no
//! display, no bus) and loaded into AccessKit's own consumer, which panics on a malformed
//! tree. For each screen: every control is a node with a role and its name in the staff
//! language, the focused node is the app's focused control, node ids are unique and the same
//! when the tree is built again, and Arabic text carries its language.

mod support;

use accesskit::{NodeId, Role};
use skranke::app::Message;
use skranke::i18n::Locale;
use skranke::screen::ScreenId;
use std::collections::HashSet;
use support::{Harness, accessibility};

/// Checks one state of the app and returns its tree for more checks.
fn check(what: &str, harness: &Harness) -> accesskit::TreeUpdate {
    let built = accessibility(&harness.app);
    let update = built.update.clone();
    let ids: HashSet<NodeId> = update.nodes.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids.len(), update.nodes.len(), "{what}: node ids are unique");
    let again = accessibility(&harness.app);
    let again: HashSet<NodeId> = again.update.nodes.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, again, "{what}: the same ids when built again");

    let tree = accesskit_consumer::Tree::new(update.clone(), true);
    let state = tree.state();
    assert_eq!(state.root().role(), Role::Window, "{what}");

    for control in harness.app.controls() {
        let node = state
            .node_by_tree_local_id(
                skranke::a11y::control_node(&control.id),
                accesskit::TreeId::ROOT,
            )
            .unwrap_or_else(|| panic!("{what}: {} is not in the tree", control.id.as_str()));
        assert_ne!(
            node.role(),
            Role::Unknown,
            "{what}: {}",
            control.id.as_str()
        );
        let name = node.label().unwrap_or_default();
        assert!(
            !name.trim().is_empty(),
            "{what}: {} has no name",
            control.id.as_str()
        );
        assert_eq!(name, control.label, "{what}: the name shown");
    }
    if let Some(focused) = harness.app.focused() {
        assert_eq!(
            update.focus,
            skranke::a11y::control_node(focused),
            "{what}: the focus is the app's"
        );
    }
    update
}

/// The values of the text runs in `language`.
fn runs_in(update: &accesskit::TreeUpdate, language: &str) -> Vec<String> {
    update
        .nodes
        .iter()
        .filter(|(_, node)| node.role() == Role::TextRun && node.language() == Some(language))
        .filter_map(|(_, node)| node.value().map(str::to_string))
        .collect()
}

#[test]
fn the_desk_with_arabic_chosen_reads_its_arabic_in_arabic() {
    let mut harness = Harness::new();
    harness.update(Message::Desk(
        skranke::screen::desk::Message::ChooseLanguage(Locale::Ar),
    ));
    harness.update(Message::Desk(skranke::screen::desk::Message::OpenTopic(
        "welcome",
    )));
    let update = check("desk", &harness);
    let arabic = runs_in(&update, "ar");
    assert!(
        arabic
            .iter()
            .any(|run| run.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))),
        "Arabic text runs: {arabic:?}"
    );
    assert!(!runs_in(&update, "da").is_empty(), "Danish beside it");
    assert!(
        update
            .nodes
            .iter()
            .any(|(_, node)| node.role() == Role::Heading && node.level() == Some(1)),
        "the page title is a heading of level 1"
    );
}

#[test]
fn every_screen_has_a_well_formed_tree() {
    let mut harness = Harness::new();
    for screen in ScreenId::ALL {
        harness.update(Message::Navigate(screen));
        check(&format!("{screen:?}"), &harness);
    }
}
