//! The personal-data guard for every free-text field (log notes, self-assessment comments, the
//! unit name). Skranke records what was done, never who: text that looks like a CPR number, a
//! phone number or an e-mail address is refused, with the reason, before it is stored.
//!
//! It also refuses a character none of the bundled fonts can draw (an emoji, a rare symbol, a
//! script Skranke has no font for), which would show as an empty box in the log, its list and
//! its exports; the message says which character it is ([`crate::glyphs`]).
//!
//! The guard errs towards refusing: a date written as eight digits in a row ("20251124") looks
//! like a Danish phone number and is refused; the message suggests writing it as 24.11.2025.
//! Ordinary desk notes pass: times (10.30), dates (24.12.2025, 2025-11-24), amounts (1.250 kr.),
//! room numbers (lokale 3.12), opening hours (man–fre 10–17), case numbers (2025-1234).

use regex::Regex;
use std::sync::LazyLock;

/// Longest note or comment, in characters.
pub const NOTE_MAX_CHARS: usize = 280;

/// Why a text was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Looks like a Danish CPR number (ddmmåå-xxxx with a plausible date).
    CprNumber,
    /// Looks like a Danish (8 digits) or international (+ or 00 and 8–15 digits) phone number.
    PhoneNumber,
    /// Looks like an e-mail address.
    Email,
    /// Longer than allowed.
    TooLong { max: usize, length: usize },
    /// Holds a character no bundled font can draw: the first one, by its place in the text
    /// (1-based, in characters).
    Undrawable { position: usize, character: char },
}

impl Refusal {
    /// Every refusal's code, for checks that all messages exist.
    pub const ALL_CODES: [&'static str; 5] = ["cpr", "phone", "email", "too-long", "undrawable"];

    /// Stable code; the Fluent id of the message explaining it is `guard-<code>`.
    pub fn code(self) -> &'static str {
        match self {
            Refusal::CprNumber => "cpr",
            Refusal::PhoneNumber => "phone",
            Refusal::Email => "email",
            Refusal::TooLong { .. } => "too-long",
            Refusal::Undrawable { .. } => "undrawable",
        }
    }
}

static CPR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\D)(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[-\s]?\d{4}(?:\D|$)")
        .expect("the CPR pattern is valid")
});

/// Eight digits, optionally in pairs or fours separated by single spaces, optionally after +45.
static DANISH_PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d+])(?:(?:\+|00)45\s?)?\d{2}\s?\d{2}\s?\d{2}\s?\d{2}(?:\D|$)")
        .expect("the Danish phone pattern is valid")
});

/// A number after + or 00, with the usual separators.
static INTERNATIONAL_PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\w+])(?:\+|00)\d[\d\s().\-]{5,22}\d").expect("the phone pattern is valid")
});

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
        .expect("the e-mail pattern is valid")
});

/// An amount of money right after the number: "12345678 kr", "12345678,-".
static AMOUNT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s?(?:kr\b|kr\.|dkk\b|eur\b|€|,-)").expect("the amount pattern is valid")
});

/// Checks a free text against the guard and the length limit.
pub fn check(text: &str, max_chars: usize) -> Result<(), Refusal> {
    if EMAIL.is_match(text) {
        return Err(Refusal::Email);
    }
    if CPR.is_match(text) {
        return Err(Refusal::CprNumber);
    }
    if looks_like_phone(text) {
        return Err(Refusal::PhoneNumber);
    }
    if let Some((position, character)) = crate::glyphs::first_undrawable(text) {
        return Err(Refusal::Undrawable {
            position,
            character,
        });
    }
    let length = text.chars().count();
    if length > max_chars {
        return Err(Refusal::TooLong {
            max: max_chars,
            length,
        });
    }
    Ok(())
}

/// Checks a note or comment (at most [`NOTE_MAX_CHARS`]).
pub fn check_note(text: &str) -> Result<(), Refusal> {
    check(text, NOTE_MAX_CHARS)
}

fn looks_like_phone(text: &str) -> bool {
    let danish = DANISH_PHONE
        .find_iter(text)
        .any(|found| !is_amount(&text[found.end()..], found.as_str()));
    danish
        || INTERNATIONAL_PHONE.find_iter(text).any(|found| {
            let digits = found.as_str().chars().filter(char::is_ascii_digit).count();
            (8..=15).contains(&digits)
        })
}

/// A match followed by a currency is an amount, not a phone number.
fn is_amount(after: &str, matched: &str) -> bool {
    // The match may have swallowed the character after the digits; look from there.
    let tail = matched
        .chars()
        .last()
        .filter(|c| !c.is_ascii_digit())
        .map(String::from)
        .unwrap_or_default();
    AMOUNT_AFTER.is_match(&format!("{tail}{after}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn personal_data_is_refused() {
        let refused: &[(&str, Refusal)] = &[
            ("0101901234", Refusal::CprNumber),
            ("CPR 010190-1234", Refusal::CprNumber),
            ("borgerens nr er 311299 1234", Refusal::CprNumber),
            ("cpr:2407811234.", Refusal::CprNumber),
            ("ring 20304050", Refusal::PhoneNumber),
            ("tlf. 20 30 40 50", Refusal::PhoneNumber),
            ("2030 4050 efter kl. 12", Refusal::PhoneNumber),
            ("+45 20 30 40 50", Refusal::PhoneNumber),
            ("+4520304050", Refusal::PhoneNumber),
            ("0045 20304050", Refusal::PhoneNumber),
            ("datter: +44 20 7946 0958", Refusal::PhoneNumber),
            ("+46 70-123 45 67", Refusal::PhoneNumber),
            ("+1 (555) 123-4567", Refusal::PhoneNumber),
            ("0049 30 1234567", Refusal::PhoneNumber),
            ("20251124", Refusal::PhoneNumber),
            ("skriv til anna.jensen@example.com", Refusal::Email),
            ("a.b+c@kk.dk", Refusal::Email),
            ("mail: x@y.co", Refusal::Email),
        ];
        for (text, expected) in refused {
            assert_eq!(
                check_note(text),
                Err(*expected),
                "{text:?} should be refused"
            );
        }
    }

    #[test]
    fn ordinary_notes_pass() {
        let fine = [
            "Kl. 10.30 til 11.00",
            "Mødtes kl. 14-16 i lokale 3.12",
            "Næste møde 24.12.2025",
            "Frist 2025-11-24",
            "Gebyr 1.250 kr. betalt",
            "kr. 300 i depositum",
            "Beløb 12345678 kr",
            "Beløb 1.250,50 kr",
            "Åbent man-fre 10-17",
            "Åbningstid 9.00-15.00",
            "Sag nr. 2025-1234",
            "Rum 214, 2. sal",
            "Borger fik hjælp til MitID og Digital Post",
            "Tolk bestilt til 2 timer, opfølgning om 14 dage",
            "Fødselsdato 010190 nævnt, ikke skrevet ned",
            "Mødtes @ skranke 3",
            "Version 1.2.3",
            "",
        ];
        for text in fine {
            assert_eq!(check_note(text), Ok(()), "{text:?} should pass");
        }
    }

    #[test]
    fn long_notes_are_refused_with_their_length() {
        let long = "a".repeat(NOTE_MAX_CHARS + 1);
        assert_eq!(
            check_note(&long),
            Err(Refusal::TooLong {
                max: NOTE_MAX_CHARS,
                length: NOTE_MAX_CHARS + 1
            })
        );
        assert_eq!(
            check_note(&"ø".repeat(NOTE_MAX_CHARS)),
            Ok(()),
            "characters, not bytes"
        );
    }

    #[test]
    fn characters_no_font_draws_are_refused_with_their_place() {
        assert_eq!(
            check_note("Borgeren var glad 😀"),
            Err(Refusal::Undrawable {
                position: 19,
                character: '😀'
            })
        );
        assert_eq!(
            check("Borgerservice 👍", 80),
            Err(Refusal::Undrawable {
                position: 15,
                character: '👍'
            })
        );
        assert_eq!(
            check_note("Tolk: العربية, «MitID» – 12,5 %\nNy linje"),
            Ok(())
        );
    }

    #[test]
    fn codes_name_the_messages() {
        assert_eq!(Refusal::CprNumber.code(), "cpr");
        assert_eq!(Refusal::TooLong { max: 1, length: 2 }.code(), "too-long");
    }
}
