//! The translations keep the words docs/content-guide.md fixes: the Danish names a citizen meets on
//! signs and letters, the glossary's Danish headwords, and the terms table (interpreter,
//! discrimination and the protected grounds).

use skranke::i18n::{Catalogue, Locale, embedded, source};
use std::collections::BTreeMap;

/// Danish names that a translation keeps wherever its Danish master uses them.
const DANISH_NAMES: [&str; 6] = [
    "Borgerservice",
    "MitID",
    "Digital Post",
    "CPR-nummer",
    "sundhedskort",
    "Borgerrådgiver",
];

const FILES: [&str; 2] = ["citizen.ftl", "glossary.ftl"];

/// One row of the terms table: concept → stems (any of them may match).
type TermRow = BTreeMap<String, Vec<String>>;

/// The terms table of docs/content-guide.md, by locale code.
fn terms_table() -> BTreeMap<String, TermRow> {
    let guide = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/content-guide.md"
    ))
    .expect("docs/content-guide.md");
    let table = guide
        .split("### Terms table")
        .nth(1)
        .expect("docs/content-guide.md has a '### Terms table' section");
    let mut rows = table
        .lines()
        .filter(|line| line.trim_start().starts_with('|'))
        .map(|line| {
            line.trim()
                .trim_matches('|')
                .split('|')
                .map(|cell| cell.trim().to_string())
                .collect::<Vec<_>>()
        });
    let header = rows.next().expect("the table's header");
    rows.filter(|cells| !cells[0].starts_with("---"))
        .map(|cells| {
            let row = header
                .iter()
                .zip(&cells)
                .skip(1)
                .map(|(concept, cell)| {
                    let stems = cell
                        .split(" / ")
                        .map(|stem| stem.trim().to_lowercase())
                        .filter(|stem| !stem.is_empty())
                        .collect();
                    (concept.clone(), stems)
                })
                .collect();
            (cells[0].clone(), row)
        })
        .collect()
}

/// The ids of the messages of a Danish file.
fn danish_ids(file: &str) -> Vec<String> {
    embedded::ftl_files(Locale::Da)
        .filter(|(name, _)| *name == file)
        .flat_map(|(_, text)| source::parse(text).0)
        .map(|message| message.id)
        .collect()
}

fn contains_any(text: &str, stems: &[String]) -> bool {
    let text = text.to_lowercase();
    stems.iter().any(|stem| text.contains(stem.as_str()))
}

fn translated() -> impl Iterator<Item = Locale> {
    Locale::ALL.into_iter().filter(|l| *l != Locale::Da)
}

#[test]
fn the_terms_table_has_a_row_for_every_locale_and_concept() {
    let table = terms_table();
    let danish = &table["da"];
    for locale in Locale::ALL {
        let row = table
            .get(locale.code())
            .unwrap_or_else(|| panic!("the terms table has no row for {}", locale.code()));
        for (concept, stems) in row {
            if concept != "not" {
                assert!(
                    !stems.is_empty(),
                    "{}: no word for {concept}",
                    locale.code()
                );
            }
        }
        assert_eq!(row.len(), danish.len(), "{}: columns", locale.code());
    }
}

#[test]
fn translations_use_the_fixed_terms_where_the_danish_text_does() {
    let catalogue = Catalogue::embedded();
    let table = terms_table();
    let danish = &table["da"];
    let mut problems = Vec::new();
    for locale in translated() {
        let Some(row) = table.get(locale.code()) else {
            problems.push(format!("{}: no row in the terms table", locale.code()));
            continue;
        };
        for file in FILES {
            for id in danish_ids(file) {
                let master = catalogue.text(Locale::Da, &id);
                let text = catalogue.text(locale, &id);
                for (concept, danish_stems) in danish.iter().filter(|(c, _)| *c != "not") {
                    if contains_any(&master, danish_stems) && !contains_any(&text, &row[concept]) {
                        problems.push(format!(
                            "{} {id}: the Danish text says {concept}, the translation lacks {:?}",
                            locale.code(),
                            row[concept]
                        ));
                    }
                }
                let interpreter = &danish["interpreter"];
                if contains_any(&master, interpreter) && contains_any(&text, &row["not"]) {
                    problems.push(format!(
                        "{} {id}: an interpreter text uses one of {:?}",
                        locale.code(),
                        row["not"]
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn translations_keep_the_danish_names() {
    let catalogue = Catalogue::embedded();
    let names: Vec<String> = DANISH_NAMES.iter().map(|n| n.to_lowercase()).collect();
    let mut problems = Vec::new();
    for locale in translated() {
        for id in danish_ids("citizen.ftl") {
            let master = catalogue.text(Locale::Da, &id).to_lowercase();
            let text = catalogue.text(locale, &id).to_lowercase();
            for name in names.iter().filter(|n| master.contains(n.as_str())) {
                if !text.contains(name.as_str()) {
                    problems.push(format!(
                        "{} {id}: lacks the Danish name {name:?}",
                        locale.code()
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn glossary_headwords_show_the_danish_term() {
    let catalogue = Catalogue::embedded();
    let mut problems = Vec::new();
    for locale in translated() {
        for id in danish_ids("glossary.ftl")
            .into_iter()
            .filter(|id| id.ends_with("-name"))
        {
            let danish = catalogue.text(Locale::Da, &id);
            let headword = catalogue.text(locale, &id);
            if !headword.to_lowercase().contains(&danish.to_lowercase()) {
                problems.push(format!(
                    "{} {id}: {headword:?} does not show {danish:?}",
                    locale.code()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_stems_match_the_danish_master_somewhere() {
    // A stem that matches no Danish text would make the check above vacuous for that concept.
    let catalogue = Catalogue::embedded();
    let danish = &terms_table()["da"];
    let texts: Vec<String> = FILES
        .iter()
        .flat_map(|file| danish_ids(file))
        .map(|id| catalogue.text(Locale::Da, &id))
        .collect();
    for (concept, stems) in danish.iter().filter(|(c, _)| *c != "not") {
        assert!(
            texts.iter().any(|t| contains_any(t, stems)),
            "no Danish citizen or glossary text uses {concept} ({stems:?})"
        );
    }
}
