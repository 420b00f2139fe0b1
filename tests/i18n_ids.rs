//! Every message id the code asks for exists in Danish and English, so no user ever sees the
//! fallback mark instead of a text.

use skranke::i18n::{Catalogue, Locale};
use skranke::screen::ScreenId;
use skranke::settings::ThemeChoice;
use std::fs;
use std::path::Path;

/// Ids written literally in the source: `tr("id")`, `tr_with("id", …)`, `text(locale, "id")`,
/// and the shortcut table's `("keys", "id")`.
fn literal_ids() -> Vec<String> {
    let mut ids = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = fs::read_to_string(&path).unwrap();
                collect(&source, &mut ids);
            }
        }
    }
    ids.sort();
    ids.dedup();
    ids
}

fn collect(source: &str, ids: &mut Vec<String>) {
    // `marker` is followed (after optional white space) by the quoted id.
    for marker in [
        "tr(",
        "tr_with(",
        "text(self.staff,",
        "(\"Tab",
        "(\"Enter",
        "(\"Esc",
        "(\"F6",
        "(\"Ctrl",
        "(\"Page",
    ] {
        let mut rest = source;
        while let Some(at) = rest.find(marker) {
            let mut after = &rest[at + marker.len()..];
            if marker.starts_with("(\"") {
                // A shortcut row: skip the keys string to reach the id.
                after = after.split_once(',').map_or("", |(_, id)| id);
            }
            let after = after.trim_start();
            rest = after;
            let Some(quoted) = after.strip_prefix('"') else {
                continue;
            };
            let end = quoted.find('"').unwrap_or(0);
            let id = &quoted[..end];
            if !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                ids.push(id.to_string());
            }
        }
    }
}

fn dynamic_ids() -> Vec<String> {
    let mut ids: Vec<String> = ScreenId::ALL
        .iter()
        .map(|s| format!("nav-{}", s.code()))
        .collect();
    ids.extend(
        ThemeChoice::ALL
            .iter()
            .map(|t| format!("theme-{}", t.code())),
    );
    ids
}

#[test]
fn every_id_the_code_uses_exists_in_danish_and_english() {
    let catalogue = Catalogue::embedded();
    let ids: Vec<String> = literal_ids().into_iter().chain(dynamic_ids()).collect();
    assert!(ids.len() > 60, "the scan found the ids ({})", ids.len());
    let mut missing = Vec::new();
    for id in &ids {
        for locale in [Locale::Da, Locale::En] {
            if !catalogue.has(locale, id) {
                missing.push(format!("{locale}: {id}"));
            }
        }
    }
    assert!(missing.is_empty(), "missing: {missing:#?}");
}
