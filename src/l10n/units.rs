//! Which translation units a locale has: one per message value and per attribute, and one per
//! variant where the locale's text is a selector. Export writes them; import checks a file's
//! units against the same list, so both sides agree on ids, sources and variant keys.
//!
//! Unit ids: `msg-id`, `msg-id.attr`, `msg-id[one]`, `msg-id.attr[one]` (a Fluent id holds
//! neither `.` nor `[`).

use super::fluent::{self, Body, Pieces, Shape};
use super::plural;
use crate::i18n::Locale;
use crate::i18n::embedded::{self, FileScope};
use std::collections::BTreeMap;

/// A unit's id, taken apart.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnitId {
    pub message: String,
    pub attribute: Option<String>,
    pub key: Option<String>,
}

impl UnitId {
    /// Reads `msg`, `msg.attr`, `msg[key]` or `msg.attr[key]`; `None` for anything else.
    pub fn parse(text: &str) -> Option<UnitId> {
        let (head, key) = match text.strip_suffix(']') {
            Some(rest) => {
                let (head, key) = rest.split_once('[')?;
                (head, Some(key))
            }
            None => (text, None),
        };
        let (message, attribute) = match head.split_once('.') {
            Some((message, attribute)) => (message, Some(attribute)),
            None => (head, None),
        };
        let identifier = |s: &str| {
            s.starts_with(|c: char| c.is_ascii_alphabetic())
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        };
        let key_ok = |s: &str| identifier(s) || s.parse::<f64>().is_ok();
        (identifier(message) && attribute.is_none_or(identifier) && key.is_none_or(key_ok)).then(
            || UnitId {
                message: message.to_string(),
                attribute: attribute.map(str::to_string),
                key: key.map(str::to_string),
            },
        )
    }
}

impl std::fmt::Display for UnitId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)?;
        if let Some(attribute) = &self.attribute {
            write!(f, ".{attribute}")?;
        }
        if let Some(key) = &self.key {
            write!(f, "[{key}]")?;
        }
        Ok(())
    }
}

/// What form a slot's translation takes in a locale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Form {
    /// One text.
    Plain,
    /// A selector with these keys (the locale's own), `default` among them.
    Select {
        selector: String,
        keys: Vec<String>,
        default: String,
    },
}

/// One unit: its id, the Danish source, and the locale's current text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    pub id: UnitId,
    pub source: Pieces,
    /// `None` when the locale has no text of its own for it yet.
    pub target: Option<Pieces>,
    /// The selector, when the unit is a variant.
    pub selector: Option<String>,
    /// True for the default variant.
    pub default: bool,
}

/// The Fluent files translated into `locale`, by name, sorted.
pub fn files(locale: Locale) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = embedded::ftl_files(Locale::MASTER)
        .map(|(name, _)| name)
        .filter(|name| FileScope::of(name).includes(locale))
        .collect();
    names.sort_unstable();
    names
}

/// The Danish master's messages of a file, in the file's order.
pub fn danish(file: &str) -> Vec<Shape> {
    embedded::ftl_files(Locale::MASTER)
        .filter(|(name, _)| *name == file)
        .flat_map(|(_, source)| fluent::shapes(source))
        .collect()
}

/// The locale's messages of a file as the app shows them: the built-in file, with each message
/// that an override source defines replaced by the last such definition. Only messages the
/// Danish file has are kept.
pub fn current(locale: Locale, file: &str, overrides: &[&str]) -> BTreeMap<String, Shape> {
    let ids: std::collections::BTreeSet<String> =
        danish(file).into_iter().map(|shape| shape.id).collect();
    let mut shapes: BTreeMap<String, Shape> = embedded::ftl_files(locale)
        .filter(|(name, _)| *name == file)
        .flat_map(|(_, source)| fluent::shapes(source))
        .map(|shape| (shape.id.clone(), shape))
        .collect();
    for source in overrides {
        for shape in fluent::shapes(source) {
            if ids.contains(&shape.id) {
                shapes.insert(shape.id.clone(), shape);
            }
        }
    }
    shapes.retain(|id, _| ids.contains(id));
    shapes
}

/// The form a slot takes: the locale's own selector if its text has one; else, when the
/// locale has no text yet and Danish selects, the locale's plural categories (or Danish's keys
/// for a selector that is not about numbers); else one text.
pub fn form(locale: Locale, danish: &Body, current: Option<&Body>) -> Form {
    match (current, danish) {
        (Some(Body::Select { selector, variants }), _) => Form::Select {
            selector: selector.clone(),
            keys: variants.iter().map(|v| v.key.clone()).collect(),
            default: default_key(variants),
        },
        (Some(Body::Plain(_)), _) | (None, Body::Plain(_)) => Form::Plain,
        (None, Body::Select { selector, variants }) => {
            let danish_keys: Vec<&str> = variants.iter().map(|v| v.key.as_str()).collect();
            let keys: Vec<String> = if plural::is_plural(&danish_keys) {
                plural::categories(locale)
                    .iter()
                    .map(|k| k.to_string())
                    .collect()
            } else {
                danish_keys.iter().map(|k| k.to_string()).collect()
            };
            Form::Select {
                selector: selector.clone(),
                keys,
                default: default_key(variants),
            }
        }
    }
}

fn default_key(variants: &[fluent::Variant]) -> String {
    variants
        .iter()
        .find(|v| v.default)
        .or(variants.last())
        .map(|v| v.key.clone())
        .unwrap_or_else(|| "other".into())
}

/// The keys a variant unit of this slot may have in a file: the form's own, the locale's
/// plural categories, and the Danish keys.
pub fn allowed_keys(locale: Locale, form: &Form, danish: &Body) -> Vec<String> {
    let Form::Select { keys, .. } = form else {
        return Vec::new();
    };
    let mut allowed = keys.clone();
    let mut add = |key: &str| {
        if !allowed.iter().any(|k| k == key) {
            allowed.push(key.to_string());
        }
    };
    for key in plural::categories(locale) {
        add(key);
    }
    if let Body::Select { variants, .. } = danish {
        for variant in variants {
            add(&variant.key);
        }
    }
    allowed
}

/// The Danish text a variant is translated from: Danish's variant with the same key, else its
/// default (or its one text).
pub fn source_for_key<'a>(danish: &'a Body, key: &str) -> &'a Pieces {
    match danish {
        Body::Select { variants, .. } => variants
            .iter()
            .find(|v| v.key == key)
            .map(|v| &v.pieces)
            .unwrap_or_else(|| danish.default_pieces()),
        Body::Plain(pieces) => pieces,
    }
}

/// The units of one message in a locale, in order: value, then attributes; variants in the
/// locale's order.
pub fn of_message(locale: Locale, danish: &Shape, current: Option<&Shape>) -> Vec<Unit> {
    let mut units = Vec::new();
    for slot in &danish.slots {
        let own = current.and_then(|shape| shape.slot(slot.attribute.as_deref()));
        let own_body = own.map(|slot| &slot.body);
        let id = |key: Option<&str>| UnitId {
            message: danish.id.clone(),
            attribute: slot.attribute.clone(),
            key: key.map(str::to_string),
        };
        match form(locale, &slot.body, own_body) {
            Form::Plain => units.push(Unit {
                id: id(None),
                source: slot.body.default_pieces().clone(),
                target: own_body.map(|body| body.default_pieces().clone()),
                selector: None,
                default: false,
            }),
            Form::Select {
                selector,
                keys,
                default,
            } => {
                for key in &keys {
                    let target = match own_body {
                        Some(Body::Select { variants, .. }) => variants
                            .iter()
                            .find(|v| &v.key == key)
                            .map(|v| v.pieces.clone()),
                        _ => None,
                    };
                    units.push(Unit {
                        id: id(Some(key)),
                        source: source_for_key(&slot.body, key).clone(),
                        target,
                        selector: Some(selector.clone()),
                        default: *key == default,
                    });
                }
            }
        }
    }
    units
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_read_and_written() {
        for text in ["a", "a.b", "a[one]", "a.b[other]", "log-count[0]"] {
            assert_eq!(UnitId::parse(text).unwrap().to_string(), text);
        }
        let id = UnitId::parse("topic-x.title[few]").unwrap();
        assert_eq!(id.message, "topic-x");
        assert_eq!(id.attribute.as_deref(), Some("title"));
        assert_eq!(id.key.as_deref(), Some("few"));
        for bad in ["", "1a", "a[", "a[]", "a.", "a b", "a[one", "a]"] {
            assert_eq!(UnitId::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_plural_takes_the_locales_own_keys() {
        let danish =
            fluent::shapes("n = { $count ->\n    [one] én\n   *[other] { $count } flere\n}\n");
        let arabic = fluent::shapes(
            "n = { $count ->\n    [zero] لا\n    [one] واحد\n   *[other] { $count }\n}\n",
        );
        let units = of_message(Locale::Ar, &danish[0], Some(&arabic[0]));
        let ids: Vec<String> = units.iter().map(|u| u.id.to_string()).collect();
        assert_eq!(ids, ["n[zero]", "n[one]", "n[other]"]);
        // zero has no Danish variant: its source is the Danish default.
        assert_eq!(
            units[0].source,
            danish[0].slots[0].body.default_pieces().clone()
        );
        assert!(units[2].default);
        // Without an Arabic text yet: every Arabic category, no target.
        let fresh = of_message(Locale::Ar, &danish[0], None);
        assert_eq!(fresh.len(), 6);
        assert!(fresh.iter().all(|u| u.target.is_none()));
        assert_eq!(fresh.iter().filter(|u| u.default).count(), 1);
    }

    #[test]
    fn overrides_replace_built_in_messages_of_the_file() {
        let current = current(
            Locale::Ar,
            "citizen.ftl",
            &["topic-welcome-title = مرحبا\nnot-citizen = x\n"],
        );
        assert_eq!(
            current["topic-welcome-title"].slots[0].body,
            Body::Plain(vec![fluent::Piece::Text("مرحبا".into())])
        );
        assert!(!current.contains_key("not-citizen"));
        assert!(current.contains_key("topic-welcome-intro"));
    }
}
