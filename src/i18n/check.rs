//! `skranke check-i18n`: compares every locale's Fluent files with the Danish master.

use super::Locale;
use super::embedded::{self, FileScope};
use super::source::{self, SyntaxError};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// A message id in a given file.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct FileId {
    pub file: String,
    pub id: String,
}

/// A message whose variables differ from the Danish master.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VariableMismatch {
    pub at: FileId,
    pub expected: BTreeSet<String>,
    pub found: BTreeSet<String>,
}

/// What one locale lacks or has too much of, compared with Danish.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocaleReport {
    pub missing: Vec<FileId>,
    pub extra: Vec<FileId>,
    pub variable_mismatches: Vec<VariableMismatch>,
    pub syntax_errors: Vec<(String, SyntaxError)>,
}

impl LocaleReport {
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
            && self.variable_mismatches.is_empty()
            && self.syntax_errors.is_empty()
    }
}

/// The whole check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub locales: BTreeMap<Locale, LocaleReport>,
}

impl Report {
    /// Danish and English must be complete; the other locales are reported but may lag.
    pub fn passes(&self) -> bool {
        [Locale::Da, Locale::En]
            .iter()
            .all(|l| self.locales[l].is_complete())
    }

    pub fn locale(&self, locale: Locale) -> &LocaleReport {
        &self.locales[&locale]
    }
}

/// The messages of each file of a locale: file → id → variables.
type Inventory = BTreeMap<String, BTreeMap<String, BTreeSet<String>>>;

fn inventory(locale: Locale, errors: &mut Vec<(String, SyntaxError)>) -> Inventory {
    let mut files = Inventory::new();
    for (file, text) in embedded::ftl_files(locale) {
        let (messages, syntax) = source::parse(text);
        errors.extend(syntax.into_iter().map(|e| (file.to_string(), e)));
        let ids = files.entry(file.to_string()).or_default();
        for message in messages {
            ids.insert(message.id, message.variables);
        }
    }
    files
}

/// Checks the embedded catalogue. `required` names ids the code needs (file, id) that must
/// exist in Danish and English even if the master forgot them.
pub fn run(required: &[FileId]) -> Report {
    let mut master_errors = Vec::new();
    let mut master = inventory(Locale::MASTER, &mut master_errors);
    let mut master_missing = Vec::new();
    for need in required {
        let ids = master.entry(need.file.clone()).or_default();
        if !ids.contains_key(&need.id) {
            master_missing.push(need.clone());
            ids.insert(need.id.clone(), BTreeSet::new());
        }
    }

    let mut locales = BTreeMap::new();
    for locale in Locale::ALL {
        let mut report = LocaleReport::default();
        if locale == Locale::MASTER {
            report.missing = master_missing.clone();
            report.syntax_errors = master_errors.clone();
            locales.insert(locale, report);
            continue;
        }
        let own = inventory(locale, &mut report.syntax_errors);
        for (file, master_ids) in &master {
            if !FileScope::of(file).includes(locale) {
                continue;
            }
            let own_ids = own.get(file);
            for (id, variables) in master_ids {
                let at = FileId {
                    file: file.clone(),
                    id: id.clone(),
                };
                match own_ids.and_then(|ids| ids.get(id)) {
                    None => report.missing.push(at),
                    Some(found) if found != variables && !master_missing.contains(&at) => {
                        report.variable_mismatches.push(VariableMismatch {
                            at,
                            expected: variables.clone(),
                            found: found.clone(),
                        })
                    }
                    Some(_) => {}
                }
            }
        }
        for (file, own_ids) in &own {
            for id in own_ids.keys() {
                let known = master.get(file).is_some_and(|ids| ids.contains_key(id));
                if !known || !FileScope::of(file).includes(locale) {
                    report.extra.push(FileId {
                        file: file.clone(),
                        id: id.clone(),
                    });
                }
            }
        }
        locales.insert(locale, report);
    }
    Report { locales }
}

/// The report as text for the terminal.
pub fn render(report: &Report, names: impl Fn(Locale) -> (String, String)) -> String {
    let mut out = String::from("Skranke translation check (master: da)\n\n");
    for (locale, r) in &report.locales {
        let (name, status) = names(*locale);
        let _ = writeln!(
            out,
            "{:<3} {:<12} {:<9} missing {:>4}  extra {:>3}  variable mismatches {:>3}  syntax errors {:>3}",
            locale.code(),
            name,
            status,
            r.missing.len(),
            r.extra.len(),
            r.variable_mismatches.len(),
            r.syntax_errors.len(),
        );
        for (file, error) in &r.syntax_errors {
            let _ = writeln!(
                out,
                "      syntax error  {file}:{}  {}",
                error.line, error.snippet
            );
        }
        for at in &r.missing {
            let _ = writeln!(out, "      missing       {}  {}", at.file, at.id);
        }
        for at in &r.extra {
            let _ = writeln!(out, "      extra         {}  {}", at.file, at.id);
        }
        for m in &r.variable_mismatches {
            let _ = writeln!(
                out,
                "      variables     {}  {}  expected {:?}, found {:?}",
                m.at.file, m.at.id, m.expected, m.found
            );
        }
    }
    let verdict = if report.passes() {
        "OK: Danish and English are complete."
    } else {
        "FAILED: Danish or English is incomplete."
    };
    let _ = writeln!(out, "\n{verdict}");
    out
}

/// How many citizen texts a translator has checked, per locale: `ar  Arabic  reviewed 12/63`.
pub fn render_reviews(catalogue: &super::Catalogue) -> String {
    let mut out = String::from(
        "\nCitizen texts checked by a translator (review.toml in the override folders):\n",
    );
    for locale in Locale::ALL {
        if locale == Locale::MASTER {
            continue;
        }
        let (reviewed, total) = catalogue.citizen_review_count(locale);
        let _ = writeln!(
            out,
            "{:<3} {:<12} reviewed {reviewed}/{total}",
            locale.code(),
            catalogue.meta(locale).english_name,
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_and_english_are_complete() {
        let report = run(&[]);
        for locale in [Locale::Da, Locale::En] {
            let r = report.locale(locale);
            assert!(r.is_complete(), "{locale}: {r:#?}");
            assert!(r.extra.is_empty(), "{locale}: extra ids {:?}", r.extra);
        }
        assert!(report.passes());
    }

    #[test]
    fn every_danish_citizen_body_names_a_web_page_and_a_day() {
        let report = super::super::provenance_check::check_embedded(crate::clock::today());
        assert!(report.bodies > 0, "the bodies were found");
        assert!(
            report.passes(),
            "{}",
            super::super::provenance_check::render(&report)
        );
    }

    #[test]
    fn reviewed_texts_are_counted_per_locale() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("ar")).unwrap();
        std::fs::write(
            dir.path().join("ar").join("review.toml"),
            "[texts.topic-welcome-title]\nstate = \"reviewed\"\nreviewer = \"A\"\ndate = \"2026-12-02\"\n\n[texts.topic-welcome-intro]\nstate = \"translated\"\n",
        )
        .unwrap();
        let catalogue = super::super::Catalogue::with_overrides(dir.path());
        let total = super::super::review::citizen_ids().len();
        let text = render_reviews(&catalogue);
        assert!(
            text.contains(&format!("ar  Arabic       reviewed 1/{total}")),
            "{text}"
        );
        assert!(
            text.contains(&format!("pl  Polish       reviewed 0/{total}")),
            "{text}"
        );
        assert!(!text.contains("da "), "{text}");
    }

    #[test]
    fn a_required_id_missing_in_danish_fails_the_check() {
        let need = FileId {
            file: "ui.ftl".into(),
            id: "surely-not-written-yet".into(),
        };
        let report = run(std::slice::from_ref(&need));
        assert_eq!(report.locale(Locale::Da).missing, vec![need]);
        assert!(!report.passes());
    }
}
