//! `skranke l10n export`: one locale's texts as an XLIFF 1.2 document for a translation tool.
//!
//! One `<file>` per Fluent file translated into the locale, one unit per message value,
//! attribute and variant (`l10n::units`). The source is the Danish master, the target the
//! locale's text as the app shows it (an accepted override, else the built-in text), its state
//! from the review records: machine → `needs-review-translation` with the qualifier
//! `mt-suggestion`; translated → `translated`; reviewed → `signed-off` and `approved="yes"`.
//! Who translated or reviewed a text, and when, is a `<phase>` in the file's header that the
//! target names (`phase-name`). Codes are `<ph>`s with their Fluent source inside.

use super::L10nError;
use super::fluent::{Piece, Pieces};
use super::limits;
use super::notes::Context;
use super::units::{self, Unit};
use super::xliff::{self, Document, FileSection, Inline, Phase, Target};
use crate::i18n::review::{TextReview, TextState};
use crate::i18n::{Catalogue, Locale};
use std::collections::BTreeSet;
use std::path::Path;

/// The XLIFF text of a locale's texts. Danish gives Danish in both source and target: there is
/// nothing to translate, and `to_file` refuses it.
pub fn document(catalogue: &Catalogue, locale: Locale) -> String {
    xliff::write::write(&build(catalogue, locale))
}

/// Writes the locale's XLIFF document to `path` (atomically); the number of units.
pub fn to_file(catalogue: &Catalogue, locale: Locale, path: &Path) -> Result<usize, L10nError> {
    if locale == Locale::MASTER {
        return Err(L10nError::MasterLocale);
    }
    let document = build(catalogue, locale);
    let units = document.files.iter().map(|file| file.units.len()).sum();
    crate::export::save(path, xliff::write::write(&document).as_bytes())
        .map_err(L10nError::Save)?;
    Ok(units)
}

/// The document, before it is written.
pub fn build(catalogue: &Catalogue, locale: Locale) -> Document {
    let context = Context::new(catalogue);
    let overrides: Vec<&str> = catalogue.override_sources(locale).collect();
    let files = units::files(locale)
        .into_iter()
        .map(|file| {
            let current = units::current(locale, file, &overrides);
            // A unit's own record (a plural form's), else its message's.
            let units: Vec<(Unit, Option<&TextReview>)> = units::danish(file)
                .iter()
                .flat_map(|danish| {
                    units::of_message(locale, danish, current.get(&danish.id))
                        .into_iter()
                        .map(|unit| {
                            let record = catalogue
                                .text_review(locale, &unit.id.to_string())
                                .or_else(|| catalogue.text_review(locale, &danish.id));
                            (unit, record)
                        })
                })
                .collect();
            let phases =
                phases(units.iter().filter_map(|(unit, record)| {
                    unit.target.as_ref().and(record.as_ref().copied())
                }));
            FileSection {
                original: file.to_string(),
                source_language: Some(Locale::MASTER.code().to_string()),
                target_language: Some(locale.code().to_string()),
                notes: header_notes(),
                units: units
                    .iter()
                    .map(|(unit, record)| {
                        xliff_unit(&context, file, locale, unit, *record, &phases)
                    })
                    .collect(),
                phases,
                line: 0,
            }
        })
        .collect();
    Document { files }
}

/// What every file's header says to the translator.
fn header_notes() -> Vec<String> {
    vec![
        "Skranke's texts for the citizen-service desks of the City of Copenhagen. The source is \
         the Danish master; see docs/translating.md."
            .to_string(),
        "Keep every code (a placeable such as { $date }) exactly as it is: Skranke fills it in. \
         Keep these Danish names as they are, with a short explanation in your language where \
         the Danish text explains them: Borgerservice, MitID, Digital Post, CPR-nummer, \
         sundhedskort, Borgerrådgiveren (and Ligebehandlingsnævnet, Institut for \
         Menneskerettigheder, Folketingets Ombudsmand)."
            .to_string(),
        "Set a unit to translated when you have written or changed it, and to signed-off when \
         you have checked it; Skranke then shows it as checked by a translator."
            .to_string(),
    ]
}

/// The phases of a file: one per kind of work, person and day among its records, sorted, named
/// `translation-1`, `review-1` … in that order.
fn phases<'a>(records: impl Iterator<Item = &'a TextReview>) -> Vec<Phase> {
    let distinct: BTreeSet<(String, String, String)> = records
        .filter_map(|record| {
            let process = match record.state {
                TextState::Reviewed => "review",
                TextState::Translated => "translation",
                TextState::Machine => return None,
            };
            (!record.reviewer.is_empty() || !record.date.is_empty()).then(|| {
                (
                    process.to_string(),
                    record.reviewer.clone(),
                    record.date.clone(),
                )
            })
        })
        .collect();
    let mut counts = std::collections::BTreeMap::<String, usize>::new();
    distinct
        .into_iter()
        .map(|(process, contact, date)| {
            let n = counts.entry(process.clone()).or_default();
            *n += 1;
            Phase {
                name: format!("{process}-{n}"),
                process,
                contact: (!contact.is_empty()).then_some(contact),
                date: (!date.is_empty()).then(|| date_time(&date)),
            }
        })
        .collect()
}

/// A record's day as XLIFF's date-time, midnight UTC.
pub fn date_time(day: &str) -> String {
    match day.parse::<jiff::civil::Date>() {
        Ok(day) => format!("{day}T00:00:00Z"),
        Err(_) => day.to_string(),
    }
}

fn phase_of(record: &TextReview, phases: &[Phase]) -> Option<String> {
    let process = match record.state {
        TextState::Reviewed => "review",
        TextState::Translated => "translation",
        TextState::Machine => return None,
    };
    let contact = (!record.reviewer.is_empty()).then(|| record.reviewer.clone());
    let date = (!record.date.is_empty()).then(|| date_time(&record.date));
    phases
        .iter()
        .find(|p| p.process == process && p.contact == contact && p.date == date)
        .map(|p| p.name.clone())
}

fn xliff_unit(
    context: &Context,
    file: &str,
    locale: Locale,
    unit: &Unit,
    record: Option<&TextReview>,
    phases: &[Phase],
) -> xliff::Unit {
    let (source, ids) = source_inlines(&unit.source);
    let state = record.map(|r| r.state).unwrap_or(TextState::Machine);
    let target = unit.target.as_ref().map(|pieces| Target {
        lang: Some(locale.code().to_string()),
        state: Some(
            match state {
                TextState::Machine => "needs-review-translation",
                TextState::Translated => "translated",
                TextState::Reviewed => "signed-off",
            }
            .to_string(),
        ),
        state_qualifier: (state == TextState::Machine).then(|| "mt-suggestion".to_string()),
        phase: record.and_then(|r| phase_of(r, phases)),
        content: target_inlines(pieces, &ids),
    });
    let max_chars = unit
        .id
        .attribute
        .is_none()
        .then(|| limits::of(&unit.id.message))
        .flatten()
        .map(|limit| limit.chars);
    xliff::Unit {
        id: Some(unit.id.to_string()),
        resname: Some(unit.id.message.clone()),
        approved: unit.target.is_some() && state == TextState::Reviewed,
        max_chars,
        source,
        target,
        notes: context.notes(file, unit),
        line: 0,
    }
}

/// The source's inlines, each code a `<ph>` numbered from 1; and (code, id) in order.
pub fn source_inlines(pieces: &Pieces) -> (Vec<Inline>, Vec<(String, String)>) {
    let mut ids = Vec::new();
    let inlines = pieces
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) => Inline::Text(text.clone()),
            Piece::Code(code) => {
                let id = (ids.len() + 1).to_string();
                ids.push((code.clone(), id.clone()));
                Inline::Ph {
                    id,
                    code: code.clone(),
                }
            }
        })
        .collect();
    (inlines, ids)
}

/// The target's inlines: a code the source has takes the source's `<ph>` id (the n-th
/// occurrence of a code, the id of its n-th occurrence in the source), so a tool pairs them;
/// a code of the target's own (the isolates around a phone number) gets a new id.
fn target_inlines(pieces: &Pieces, source_ids: &[(String, String)]) -> Vec<Inline> {
    let mut used = vec![false; source_ids.len()];
    let mut next = source_ids.len();
    pieces
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) => Inline::Text(text.clone()),
            Piece::Code(code) => {
                let paired = source_ids
                    .iter()
                    .enumerate()
                    .find(|(n, (c, _))| c == code && !used[*n]);
                let id = match paired {
                    Some((n, (_, id))) => {
                        used[n] = true;
                        id.clone()
                    }
                    None => {
                        next += 1;
                        next.to_string()
                    }
                };
                Inline::Ph {
                    id,
                    code: code.clone(),
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_has_a_file_per_fluent_file_and_every_unit_a_target() {
        let document = build(&Catalogue::embedded(), Locale::Ar);
        let names: Vec<&str> = document.files.iter().map(|f| f.original.as_str()).collect();
        assert_eq!(names, ["citizen.ftl", "glossary.ftl", "ui.ftl"]);
        for file in &document.files {
            assert_eq!(file.target_language.as_deref(), Some("ar"));
            for unit in &file.units {
                let target = unit.target.as_ref().unwrap_or_else(|| {
                    panic!("{} {:?} has no Arabic text", file.original, unit.id)
                });
                assert_eq!(target.state.as_deref(), Some("needs-review-translation"));
                assert_eq!(target.state_qualifier.as_deref(), Some("mt-suggestion"));
            }
        }
        let text = document_text(&document);
        assert!(
            text.contains("<ph id=\"1\">{ $date }</ph>"),
            "the footer's date is a code"
        );
        assert!(
            text.contains("id=\"log-count[zero]\""),
            "Arabic's own plural forms"
        );
    }

    fn document_text(document: &Document) -> String {
        xliff::write::write(document)
    }

    #[test]
    fn english_also_gets_the_staff_files() {
        let names: Vec<String> = build(&Catalogue::embedded(), Locale::En)
            .files
            .into_iter()
            .map(|f| f.original)
            .collect();
        assert_eq!(
            names,
            [
                "citizen.ftl",
                "glossary.ftl",
                "principles.ftl",
                "training.ftl",
                "ui.ftl"
            ]
        );
    }

    #[test]
    fn target_codes_pair_with_the_sources() {
        let code = |c: &str| Piece::Code(c.into());
        let (_, ids) = source_inlines(&vec![code("{ $a }"), code("{ $b }"), code("{ $a }")]);
        let target = target_inlines(
            &vec![
                code("{ $b }"),
                code("{ \"x\" }"),
                code("{ $a }"),
                code("{ $a }"),
            ],
            &ids,
        );
        let ids: Vec<&str> = target
            .iter()
            .filter_map(|i| match i {
                Inline::Ph { id, .. } => Some(id.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(ids, ["2", "4", "1", "3"]);
    }
}
