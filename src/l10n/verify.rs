//! Checks a whole XLIFF file before anything is written, and rebuilds its Fluent messages.
//!
//! In order: well-formed XML and XLIFF 1.2; one known target language that is not Danish, and
//! Danish as the source; known Fluent files and unit ids, no unit twice, variant keys the
//! language has; each target's codes (the Danish text's, none missing, none added, literals
//! free), no other markup, not empty, a known state and phase; then every message made from
//! the units must parse as Fluent and pass the override checks (`i18n::overrides`). Every
//! problem is collected, so a translator sees them all at once.

use super::fluent::{self, Body, Piece, Pieces, Shape, Slot, Variant};
use super::problem::{ProblemKind, UnitProblem};
use super::units::{self, Form, UnitId};
use super::xliff::{self, Document, FileSection, Inline, Phase, read::NotXliff};
use crate::i18n::overrides::{self, OverrideProblem};
use crate::i18n::{Locale, source};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;

/// What a unit's state asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Asked {
    /// `new`, `needs-…`, a tool's own `x-…` state, or none: no record.
    Nothing,
    /// `translated`.
    Translated,
    /// `signed-off`, `final`, or `approved="yes"`.
    Reviewed,
}

/// What the file asks for one unit: its state, and the phase that made its target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitState {
    pub id: UnitId,
    pub asked: Asked,
    pub phase: Option<Phase>,
}

/// A message as the file has it, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// The message rebuilt from the units (and the locale's current text where the file has no
    /// unit for a slot or variant), as Fluent reads it back.
    pub shape: Shape,
    /// Its units that have a target, in the file's order.
    pub units: Vec<UnitState>,
    /// True when the text differs from the locale's current one.
    pub changed: bool,
}

impl Message {
    /// The least of its units' states: a message is reviewed only when every unit is.
    pub fn asked(&self) -> Asked {
        self.units
            .iter()
            .map(|unit| unit.asked)
            .min()
            .unwrap_or(Asked::Nothing)
    }
}

/// One Fluent file of the document, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    pub name: &'static str,
    /// The messages its units cover, in the Danish file's order.
    pub messages: Vec<Message>,
}

/// A document that passed every check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verified {
    pub locale: Locale,
    /// Translation units read.
    pub units: usize,
    pub files: Vec<File>,
}

/// Checks `text` against Skranke's texts, with the locale's current texts being the built-in
/// ones and the accepted override files in `overrides_dir`.
pub fn verify(text: &str, overrides_dir: &Path) -> Result<Verified, Vec<UnitProblem>> {
    let document = xliff::read::read(text).map_err(|not| {
        vec![UnitProblem::document(match not {
            NotXliff::Malformed(malformed) => ProblemKind::Malformed {
                line: malformed.line,
                detail: malformed.detail,
            },
            NotXliff::OtherFormat { root, version } => ProblemKind::NotXliff { root, version },
        })]
    })?;
    let locale = locale_of(&document)?;
    let reports = overrides::load(overrides_dir);
    let overrides: Vec<&str> = reports
        .iter()
        .filter(|report| report.locale == locale)
        .filter_map(|report| report.accepted_source())
        .collect();
    let master = overrides::master_variables();
    let mut problems = Vec::new();
    let mut files = Vec::new();
    let mut seen_files = HashSet::new();
    let known_files = units::files(locale);
    for section in &document.files {
        let Some(name) = known_files
            .iter()
            .find(|name| **name == section.original)
            .copied()
        else {
            problems.push(UnitProblem::in_file(
                &section.original,
                ProblemKind::UnknownFile,
            ));
            continue;
        };
        if !seen_files.insert(name) {
            problems.push(UnitProblem::in_file(name, ProblemKind::DuplicateFile));
            continue;
        }
        if let Some(tag) = &section.source_language
            && Locale::from_tag(tag) != Some(Locale::MASTER)
        {
            problems.push(UnitProblem::in_file(
                name,
                ProblemKind::NotFromDanish(tag.clone()),
            ));
        }
        let current = units::current(locale, name, &overrides);
        if let Some(file) = check_file(locale, &master, name, section, &current, &mut problems) {
            files.push(file);
        }
    }
    let units = document.files.iter().map(|f| f.units.len()).sum();
    if units == 0 && problems.is_empty() {
        problems.push(UnitProblem::document(ProblemKind::NoUnits));
    }
    if problems.is_empty() {
        Ok(Verified {
            locale,
            units,
            files,
        })
    } else {
        Err(problems)
    }
}

/// The one target language of every `<file>`; problems if there is none, or not one.
fn locale_of(document: &Document) -> Result<Locale, Vec<UnitProblem>> {
    let mut problems = Vec::new();
    let mut locale = None;
    for file in &document.files {
        let found = match file.target_language.as_deref() {
            None => Err(ProblemKind::NoLocale),
            Some(tag) => match Locale::from_tag(tag) {
                None => Err(ProblemKind::UnknownLocale(tag.to_string())),
                Some(Locale::MASTER) => Err(ProblemKind::MasterLocale),
                Some(found) => Ok(found),
            },
        };
        match (found, locale) {
            (Err(kind), _) => problems.push(UnitProblem::in_file(&file.original, kind)),
            (Ok(found), None) => locale = Some(found),
            (Ok(found), Some(first)) if found != first => problems.push(UnitProblem::in_file(
                &file.original,
                ProblemKind::MixedLocales {
                    first,
                    other: found,
                },
            )),
            (Ok(_), Some(_)) => {}
        }
    }
    match locale {
        Some(locale) if problems.is_empty() => Ok(locale),
        _ => {
            if problems.is_empty() {
                problems.push(UnitProblem::document(ProblemKind::NoUnits));
            }
            Err(problems)
        }
    }
}

/// A unit whose target passed the unit checks.
struct Checked {
    id: UnitId,
    pieces: Pieces,
    asked: Asked,
    phase: Option<Phase>,
}

fn check_file(
    locale: Locale,
    master: &HashMap<String, BTreeSet<String>>,
    name: &'static str,
    section: &FileSection,
    current: &BTreeMap<String, Shape>,
    problems: &mut Vec<UnitProblem>,
) -> Option<File> {
    let danish: Vec<Shape> = units::danish(name);
    let by_id: BTreeMap<&str, &Shape> = danish.iter().map(|s| (s.id.as_str(), s)).collect();
    let before = problems.len();
    let mut seen = HashSet::new();
    let mut checked: BTreeMap<String, Vec<Checked>> = BTreeMap::new();
    let mut refused_messages = HashSet::new();
    for unit in &section.units {
        let Some(raw_id) = &unit.id else {
            problems.push(UnitProblem::in_file(
                name,
                ProblemKind::MissingId { line: unit.line },
            ));
            continue;
        };
        let problem = |kind| UnitProblem::in_unit(name, raw_id, kind);
        if !seen.insert(raw_id.clone()) {
            problems.push(problem(ProblemKind::DuplicateUnit));
            continue;
        }
        let Some(id) = UnitId::parse(raw_id) else {
            problems.push(problem(ProblemKind::UnknownId));
            continue;
        };
        let Some(danish) = by_id.get(id.message.as_str()) else {
            problems.push(problem(ProblemKind::UnknownId));
            continue;
        };
        let Some(slot) = danish.slot(id.attribute.as_deref()) else {
            problems.push(problem(ProblemKind::UnknownId));
            continue;
        };
        let own = current
            .get(&id.message)
            .and_then(|shape| shape.slot(id.attribute.as_deref()))
            .map(|slot| &slot.body);
        let form = units::form(locale, &slot.body, own);
        match (&form, &id.key) {
            (Form::Plain, None) => {}
            (Form::Select { .. }, Some(key)) => {
                let allowed = units::allowed_keys(locale, &form, &slot.body);
                if !allowed.contains(key) {
                    problems.push(problem(ProblemKind::UnknownVariant {
                        key: key.clone(),
                        allowed,
                    }));
                    continue;
                }
            }
            _ => {
                problems.push(problem(ProblemKind::UnknownId));
                continue;
            }
        }
        let Some(target) = &unit.target else {
            continue;
        };
        let unit_problems_before = problems.len();
        if let Some(tag) = &target.lang
            && Locale::from_tag(tag) != Some(locale)
        {
            problems.push(problem(ProblemKind::WrongLanguage(tag.clone())));
        }
        let mut asked = match target.state.as_deref() {
            None => Asked::Nothing,
            Some("translated") => Asked::Translated,
            Some("signed-off" | "final") => Asked::Reviewed,
            Some(
                "new"
                | "needs-translation"
                | "needs-adaptation"
                | "needs-l10n"
                | "needs-review-translation"
                | "needs-review-adaptation"
                | "needs-review-l10n",
            ) => Asked::Nothing,
            Some(other) if other.starts_with("x-") => Asked::Nothing,
            Some(other) => {
                problems.push(problem(ProblemKind::UnknownState(other.to_string())));
                Asked::Nothing
            }
        };
        if unit.approved {
            asked = Asked::Reviewed;
        }
        let phase = match &target.phase {
            None => None,
            Some(phase_name) => {
                let phase = section.phases.iter().find(|p| &p.name == phase_name);
                if phase.is_none() {
                    problems.push(problem(ProblemKind::UnknownPhase(phase_name.clone())));
                }
                phase.cloned()
            }
        };
        let source = match &id.key {
            Some(key) => units::source_for_key(&slot.body, key),
            None => slot.body.default_pieces(),
        };
        let pieces = match target_pieces(&target.content, source) {
            Ok(pieces) => match as_fluent(&pieces) {
                Some(pieces) => pieces,
                None => {
                    problems.push(problem(ProblemKind::Syntax));
                    Vec::new()
                }
            },
            Err(kinds) => {
                problems.extend(kinds.into_iter().map(problem));
                Vec::new()
            }
        };
        if problems.len() == unit_problems_before {
            let allowed_codes = id.key.as_ref().map(|_| slot.body.codes());
            problems.extend(
                code_problems(&pieces, source, allowed_codes.as_deref())
                    .into_iter()
                    .map(problem),
            );
        }
        if problems.len() > unit_problems_before {
            refused_messages.insert(id.message.clone());
            continue;
        }
        checked
            .entry(id.message.clone())
            .or_default()
            .push(Checked {
                id,
                pieces,
                asked,
                phase,
            });
    }
    let mut messages = Vec::new();
    for danish in &danish {
        if refused_messages.contains(&danish.id) {
            continue;
        }
        let Some(units) = checked.get(&danish.id) else {
            continue;
        };
        match rebuild(locale, master, name, danish, current.get(&danish.id), units) {
            Ok(message) => messages.push(message),
            Err(found) => problems.extend(found),
        }
    }
    (problems.len() == before).then_some(File { name, messages })
}

/// The target's pieces: text, and each `<ph>` as its code. A `<ph>` a tool emptied takes the
/// code of the source's `<ph>` with the same id.
fn target_pieces(content: &[Inline], source: &Pieces) -> Result<Pieces, Vec<ProblemKind>> {
    let (_, source_ids) = super::export::source_inlines(source);
    let mut pieces = Pieces::new();
    let mut problems = Vec::new();
    for inline in content {
        match inline {
            Inline::Text(text) => match pieces.last_mut() {
                Some(Piece::Text(last)) => last.push_str(text),
                _ => pieces.push(Piece::Text(text.clone())),
            },
            Inline::Ph { id, code } if code.trim().is_empty() => {
                match source_ids.iter().find(|(_, source_id)| source_id == id) {
                    Some((code, _)) => pieces.push(Piece::Code(code.clone())),
                    None => problems.push(ProblemKind::BadCode(format!("<ph id=\"{id}\"/>"))),
                }
            }
            Inline::Ph { code, .. } => match fluent::parse_code(code) {
                Some(code) => pieces.push(Piece::Code(code)),
                None => problems.push(ProblemKind::BadCode(code.trim().to_string())),
            },
            Inline::Other(element) => problems.push(ProblemKind::Markup(element.clone())),
        }
    }
    let has_text = pieces.iter().any(|piece| match piece {
        Piece::Text(text) => !text.trim().is_empty(),
        Piece::Code(_) => true,
    });
    if !has_text && problems.is_empty() {
        problems.push(ProblemKind::Empty);
    }
    if problems.is_empty() {
        Ok(pieces)
    } else {
        Err(problems)
    }
}

/// The target as Fluent reads it: a placeable typed into the text becomes a code; `None` when
/// the text is not valid Fluent (a brace left open, a selector typed by hand).
fn as_fluent(pieces: &Pieces) -> Option<Pieces> {
    let source = fluent::to_fluent(&Shape {
        id: "unit".into(),
        slots: vec![Slot {
            attribute: None,
            body: Body::Plain(pieces.clone()),
        }],
    });
    if !source::parse(&source).1.is_empty() {
        return None;
    }
    match fluent::shapes(&source).as_slice() {
        [shape] if shape.slots.len() == 1 => match &shape.slots[0].body {
            Body::Plain(pieces) => Some(pieces.clone()),
            Body::Select { .. } => None,
        },
        _ => None,
    }
}

/// A plain unit has exactly the Danish text's codes (literals aside), in any order. A variant
/// may use any code of the Danish message's variants, and may leave some out (Arabic's `zero`
/// says "no entries" without the number).
fn code_problems(
    target: &Pieces,
    source: &Pieces,
    variant_codes: Option<&[&str]>,
) -> Vec<ProblemKind> {
    let wanted: Vec<&str> = fluent::codes(source)
        .filter(|code| !fluent::is_literal(code))
        .collect();
    let found: Vec<&str> = fluent::codes(target)
        .filter(|code| !fluent::is_literal(code))
        .collect();
    let mut problems = Vec::new();
    match variant_codes {
        Some(allowed) => {
            for code in &found {
                if !allowed.contains(code) {
                    problems.push(ProblemKind::UnexpectedCode(code.to_string()));
                }
            }
        }
        None => {
            let mut left = found.clone();
            for code in &wanted {
                match left.iter().position(|c| c == code) {
                    Some(at) => {
                        left.remove(at);
                    }
                    None => problems.push(ProblemKind::MissingCode(code.to_string())),
                }
            }
            problems.extend(
                left.into_iter()
                    .map(|code| ProblemKind::UnexpectedCode(code.to_string())),
            );
        }
    }
    problems
}

/// The message made from its checked units, with the locale's current text for any slot or
/// variant the file does not have; checked as Fluent and as an override.
fn rebuild(
    locale: Locale,
    master: &HashMap<String, BTreeSet<String>>,
    file: &str,
    danish: &Shape,
    current: Option<&Shape>,
    units: &[Checked],
) -> Result<Message, Vec<UnitProblem>> {
    let mut problems = Vec::new();
    let mut slots = Vec::new();
    for slot in &danish.slots {
        let attribute = slot.attribute.as_deref();
        let own = current.and_then(|shape| shape.slot(attribute));
        let mine: Vec<&Checked> = units
            .iter()
            .filter(|unit| unit.id.attribute.as_deref() == attribute)
            .collect();
        let body = match units::form(locale, &slot.body, own.map(|s| &s.body)) {
            Form::Plain => match mine.first() {
                Some(unit) => Some(Body::Plain(unit.pieces.clone())),
                None => own.map(|s| s.body.clone()),
            },
            Form::Select {
                selector,
                keys,
                default,
            } => {
                let mut variants: Vec<Variant> = match own.map(|s| &s.body) {
                    Some(Body::Select { variants, .. }) => variants.clone(),
                    _ => Vec::new(),
                };
                let order = units::allowed_keys(
                    locale,
                    &Form::Select {
                        selector: selector.clone(),
                        keys,
                        default: default.clone(),
                    },
                    &slot.body,
                );
                for unit in &mine {
                    let key = unit.id.key.clone().unwrap_or_default();
                    match variants.iter_mut().find(|v| v.key == key) {
                        Some(variant) => variant.pieces = unit.pieces.clone(),
                        None => variants.push(Variant {
                            key,
                            default: false,
                            pieces: unit.pieces.clone(),
                        }),
                    }
                }
                if variants.is_empty() {
                    None
                } else {
                    variants.sort_by_key(|v| order.iter().position(|k| *k == v.key));
                    for variant in &mut variants {
                        variant.default = variant.key == default;
                    }
                    if !variants.iter().any(|v| v.default) {
                        problems.push(UnitProblem::in_unit(
                            file,
                            &danish.id,
                            ProblemKind::MissingDefault(default.clone()),
                        ));
                    }
                    Some(Body::Select { selector, variants })
                }
            }
        };
        if let Some(body) = body {
            slots.push(Slot {
                attribute: slot.attribute.clone(),
                body,
            });
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let shape = Shape {
        id: danish.id.clone(),
        slots,
    };
    let text = fluent::to_fluent(&shape);
    let (messages, errors) = source::parse(&text);
    let reread = fluent::shapes(&text);
    if !errors.is_empty() || messages.len() != 1 || reread.len() != 1 || reread[0].id != danish.id {
        return Err(vec![UnitProblem::in_unit(
            file,
            &danish.id,
            ProblemKind::Syntax,
        )]);
    }
    let found: Vec<UnitProblem> = overrides::check_source(&text, locale, master)
        .into_iter()
        .map(|problem| {
            UnitProblem::in_unit(
                file,
                &danish.id,
                match problem {
                    OverrideProblem::Variables {
                        expected, found, ..
                    } => ProblemKind::Variables { expected, found },
                    OverrideProblem::UnknownMessage(_) | OverrideProblem::UnknownLocale(_) => {
                        ProblemKind::UnknownId
                    }
                    OverrideProblem::Syntax { .. } | OverrideProblem::Unreadable(_) => {
                        ProblemKind::Syntax
                    }
                },
            )
        })
        .collect();
    if !found.is_empty() {
        return Err(found);
    }
    let shape = reread.into_iter().next().expect("one message");
    Ok(Message {
        changed: current != Some(&shape),
        units: units
            .iter()
            .map(|unit| UnitState {
                id: unit.id.clone(),
                asked: unit.asked,
                phase: unit.phase.clone(),
            })
            .collect(),
        shape,
    })
}
