//! The sources of the Danish citizen texts, read from the comments in `i18n/da/citizen.ftl`:
//! `# source: <where the fact comes from> | checked: <when>` directly above each section body.

use super::Locale;
use super::embedded;
use super::source;
use std::collections::HashMap;

/// Where a text's facts come from, and when that was checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Provenance {
    pub source: String,
    pub checked: String,
}

/// Parses `source: X | checked: Y` (either part may be missing).
pub fn parse_comment(comment: &str) -> Option<Provenance> {
    let mut source = None;
    let mut checked = None;
    for part in comment.split('|') {
        let part = part.trim();
        if let Some(value) = part.strip_prefix("source:") {
            source = Some(value.trim().to_string());
        } else if let Some(value) = part.strip_prefix("checked:") {
            checked = Some(value.trim().to_string());
        }
    }
    Some(Provenance {
        source: source?,
        checked: checked.unwrap_or_default(),
    })
}

/// The provenance of every Danish citizen message that has one, by message id.
pub fn citizen_sources() -> HashMap<String, Provenance> {
    embedded::ftl_files(Locale::Da)
        .filter(|(file, _)| *file == "citizen.ftl")
        .flat_map(|(_, text)| source::parse(text).0)
        .filter_map(|message| {
            let provenance = message.comment.as_deref().and_then(parse_comment)?;
            Some((message.id, provenance))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_source_and_date() {
        assert_eq!(
            parse_comment("source: kk.dk/om-kommunen/borgerraadgiveren | checked: 2026"),
            Some(Provenance {
                source: "kk.dk/om-kommunen/borgerraadgiveren".into(),
                checked: "2026".into()
            })
        );
        assert_eq!(
            parse_comment("source: LOV nr. 469 af 14/05/2025")
                .unwrap()
                .checked,
            ""
        );
        assert_eq!(parse_comment("just a note"), None);
    }
}
