//! The sources of the Danish citizen texts, read from the comments in `i18n/da/citizen.ftl`:
//! `# source: <where the fact comes from> | checked: <when>` directly above each section body.
//! Several sources are separated by `;`; the two fields may also stand on lines of their own.

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

impl Provenance {
    /// The sources the comment names, split at `;`, trimmed, empty ones left out.
    pub fn sources(&self) -> impl Iterator<Item = &str> {
        self.source
            .split(';')
            .map(str::trim)
            .filter(|part| !part.is_empty())
    }

    /// The sources for a reader: one `; ` between them, however the comment spaced them.
    pub fn source_for_reader(&self) -> String {
        self.sources().collect::<Vec<_>>().join("; ")
    }
}

/// Parses `source: X | checked: Y` (either part may be missing). The fields are separated by
/// `|` or by line breaks; other lines of the comment are notes and are left out.
pub fn parse_comment(comment: &str) -> Option<Provenance> {
    let mut source = None;
    let mut checked = None;
    for part in comment.split(['|', '\n']) {
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

/// A piece of a source text: words, or a web address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Url(&'a str),
}

/// A source text cut into words and full web addresses (`http://` or `https://`, a host with
/// a dot, then anything up to a space, `;`, `"`, `<` or `>`). Punctuation that ends a sentence, and a closing
/// bracket that was not opened inside the address, stay outside it. Joining the pieces gives
/// the text back.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let mut plain_from = 0;
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let starts_word = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        match url_at(rest).filter(|_| starts_word) {
            Some(length) => {
                if plain_from < at {
                    pieces.push(Piece::Text(&text[plain_from..at]));
                }
                pieces.push(Piece::Url(&rest[..length]));
                at += length;
                plain_from = at;
            }
            None => at += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    if plain_from < text.len() {
        pieces.push(Piece::Text(&text[plain_from..]));
    }
    pieces
}

/// The full web addresses in a source text.
pub fn urls(text: &str) -> impl Iterator<Item = &str> {
    pieces(text).into_iter().filter_map(|piece| match piece {
        Piece::Url(url) => Some(url),
        Piece::Text(_) => None,
    })
}

/// The length of the web address at the start of `text`, if one starts there.
fn url_at(text: &str) -> Option<usize> {
    let scheme = ["https://", "http://"].into_iter().find(|scheme| {
        text.get(..scheme.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
    })?;
    let mut end = text
        .find(|c: char| c.is_whitespace() || matches!(c, ';' | '"' | '<' | '>'))
        .unwrap_or(text.len());
    // Trailing punctuation belongs to the sentence, and a bracket to the words around it.
    loop {
        let candidate = &text[..end];
        let Some(last) = candidate.chars().next_back() else {
            break;
        };
        let unbalanced =
            |open: char| candidate.matches(open).count() < candidate.matches(last).count();
        let trim = match last {
            '.' | ',' | ':' | '!' | '?' | '\'' | '"' => true,
            ')' => unbalanced('('),
            ']' => unbalanced('['),
            _ => false,
        };
        if !trim {
            break;
        }
        end -= last.len_utf8();
    }
    let address = &text[scheme.len()..end];
    let host_end = address.find(['/', '?', '#']).unwrap_or(address.len());
    let host = address[..host_end]
        .rsplit_once(':')
        .filter(|(_, port)| !port.is_empty() && port.chars().all(|c| c.is_ascii_digit()))
        .map_or(&address[..host_end], |(host, _)| host);
    let labels: Vec<&str> = host.split('.').collect();
    let good_host = labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.chars().all(char::is_alphabetic));
    good_host.then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BORGER_DK: &str =
        "https://www.borger.dk/samfund-og-rettigheder/Ligestilling/Etnisk-ligestilling";

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

    #[test]
    fn fields_may_stand_on_lines_of_their_own() {
        let comment =
            format!("Tjek igen ved lovændring.\nsource: {BORGER_DK}\nchecked: 2026-12-02");
        assert_eq!(
            parse_comment(&comment),
            Some(Provenance {
                source: BORGER_DK.into(),
                checked: "2026-12-02".into()
            })
        );
    }

    #[test]
    fn several_sources_are_read_one_by_one() {
        let provenance = parse_comment(&format!(
            "source: Principper for ligebehandling, 1d ;{BORGER_DK};  | checked: 2026-12-02"
        ))
        .unwrap();
        assert_eq!(
            provenance.sources().collect::<Vec<_>>(),
            ["Principper for ligebehandling, 1d", BORGER_DK]
        );
        assert_eq!(
            provenance.source_for_reader(),
            format!("Principper for ligebehandling, 1d; {BORGER_DK}")
        );
    }

    #[test]
    fn finds_full_web_addresses_only() {
        let text = format!("borger.dk ({BORGER_DK}); https://www.kk.dk. Se også kk.dk/om-kommunen");
        assert_eq!(
            pieces(&text),
            [
                Piece::Text("borger.dk ("),
                Piece::Url(BORGER_DK),
                Piece::Text("); "),
                Piece::Url("https://www.kk.dk"),
                Piece::Text(". Se også kk.dk/om-kommunen"),
            ]
        );
        assert_eq!(
            pieces(&text)
                .iter()
                .map(|p| match p {
                    Piece::Text(t) | Piece::Url(t) => *t,
                })
                .collect::<String>(),
            text
        );
        assert_eq!(
            urls("HTTPS://WWW.KK.DK/x").collect::<Vec<_>>(),
            ["HTTPS://WWW.KK.DK/x"]
        );
        assert_eq!(
            urls("http://www.google.com/search?q=kk&hl=da#x").collect::<Vec<_>>(),
            ["http://www.google.com/search?q=kk&hl=da#x"]
        );
        for not_one in [
            "kk.dk/om-kommunen",
            "https://",
            "https://kk",
            "https://.dk/x",
            "https://kk..dk",
            "https://kk.dk-",
            "xhttps://www.kk.dk",
            "se https:// kk.dk",
            "PRODUCT.md, klageveje",
        ] {
            assert_eq!(urls(not_one).count(), 0, "{not_one}");
        }
        assert_eq!(
            urls("(se https://en.wikipedia.org/wiki/Rust_(programming_language))")
                .collect::<Vec<_>>(),
            ["https://en.wikipedia.org/wiki/Rust_(programming_language)"]
        );
    }
}
