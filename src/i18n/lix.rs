//! LIX, the Scandinavian readability index: words per sentence plus the share of long words.
//!
//! `LIX = words / sentences + 100 × long words / words`. Scale: ≤ 24 very easy, 25–34 easy,
//! 35–44 medium, 45+ hard. Skranke's Danish citizen texts aim at ≤ 30 and never exceed 34.
//!
//! LIX was defined for running prose; these are the project's own counting rules for the rest
//! (also in `docs/content-guide.md`, and mirrored by `tools/lix.py` for writers):
//!
//! - **Markup.** Fluent placeables `{ ... }` are removed before counting; so is the leading
//!   `- ` or `• ` of a list item.
//! - **Words.** A word is a run of letters and digits. A hyphen, full stop, apostrophe or slash
//!   *between* two letters or digits joins the parts into one word: `CPR-nummer`, `kk.dk`,
//!   `f.eks`, `10.30` are one word each.
//! - **Long words** have 7 or more letters. Digits and joining marks are not letters, so
//!   `CPR-nummer` has 9 letters and is long, and `MitID` has 5 and is not.
//! - **Numbers.** A word without letters counts as a word but is never long. Number groups
//!   separated by single spaces are one word: a phone number `80 30 20 20` is one word.
//! - **Abbreviations** count by their letters like any word. A full stop after a known
//!   abbreviation ([`ABBREVIATIONS`]) does not end a sentence.
//! - **Sentences** end at `.`, `!`, `?` or `:` followed by a space or the end of the line;
//!   closing quotes and brackets may stand between. The end of a line also ends a sentence, so
//!   a heading or list item without a full stop counts as one sentence.

/// Abbreviations whose full stop does not end a sentence (lower case, without the final stop).
pub const ABBREVIATIONS: &[&str] = &[
    "f.eks", "fx", "bl.a", "dvs", "ca", "kl", "nr", "osv", "mv", "m.v", "evt", "jf", "tlf", "pga",
    "inkl", "ekskl", "mht", "m.fl", "e.g", "i.e", "etc", "approx",
];

/// The counts LIX is computed from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LixCounts {
    pub words: usize,
    pub long_words: usize,
    pub sentences: usize,
}

impl LixCounts {
    /// The LIX value; 0 for a text without words.
    pub fn lix(self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        self.words as f64 / self.sentences.max(1) as f64
            + 100.0 * self.long_words as f64 / self.words as f64
    }
}

/// LIX of a text, by the rules in the module documentation.
pub fn lix(text: &str) -> f64 {
    counts(text).lix()
}

/// Counts words, long words and sentences by the rules in the module documentation.
pub fn counts(text: &str) -> LixCounts {
    let without_placeables = strip_placeables(text);
    let mut total = LixCounts::default();
    for line in without_placeables.lines() {
        let line = line.trim();
        let line = line
            .strip_prefix("- ")
            .or_else(|| line.strip_prefix("• "))
            .unwrap_or(line);
        count_line(line, &mut total);
    }
    total
}

fn strip_placeables(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push(' ');
                }
            }
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

struct Token {
    start: usize,
    end: usize,
    letters: usize,
}

fn count_line(line: &str, total: &mut LixCounts) {
    let tokens = tokenize(line);
    if tokens.is_empty() {
        return;
    }
    let mut ended = false;
    let mut previous_number_end: Option<usize> = None;
    for token in &tokens {
        let is_number = token.letters == 0;
        let joined =
            is_number && previous_number_end.is_some_and(|end| &line[end..token.start] == " ");
        if !joined {
            total.words += 1;
            if token.letters >= 7 {
                total.long_words += 1;
            }
        }
        previous_number_end = is_number.then_some(token.end);
        ended = ends_sentence(line, token);
        if ended {
            total.sentences += 1;
        }
    }
    if !ended {
        total.sentences += 1;
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '.' | '\'' | '’' | '/')
}

fn tokenize(line: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = chars[i].0;
        let mut letters = 0;
        while i < chars.len() {
            let c = chars[i].1;
            if c.is_alphanumeric() {
                letters += usize::from(c.is_alphabetic());
                i += 1;
            } else if is_joiner(c) && chars.get(i + 1).is_some_and(|(_, n)| n.is_alphanumeric()) {
                i += 1;
            } else {
                break;
            }
        }
        let end = chars.get(i).map_or(line.len(), |(index, _)| *index);
        tokens.push(Token {
            start,
            end,
            letters,
        });
    }
    tokens
}

fn ends_sentence(line: &str, token: &Token) -> bool {
    let rest = &line[token.end..];
    let stops: String = rest
        .chars()
        .take_while(|c| matches!(c, '.' | '!' | '?' | ':'))
        .collect();
    if stops.is_empty() {
        return false;
    }
    let after_stops = &rest[stops.len()..];
    let closers = after_stops
        .chars()
        .take_while(|c| matches!(c, '"' | '”' | '’' | '»' | ')'));
    let closers_len: usize = closers.map(char::len_utf8).sum();
    let after = &after_stops[closers_len..];
    let at_break = after.chars().next().is_none_or(char::is_whitespace);
    let word = line[token.start..token.end].to_lowercase();
    let abbreviation = stops == "." && ABBREVIATIONS.contains(&word.as_str());
    at_break && !abbreviation
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(text: &str) -> (usize, usize, usize) {
        let counts = counts(text);
        (counts.words, counts.long_words, counts.sentences)
    }

    #[test]
    fn counts_plain_sentences() {
        assert_eq!(c("Du kan få en tolk. Det er gratis for dig."), (10, 0, 2));
        assert!((lix("Du kan få en tolk. Det er gratis for dig.") - 5.0).abs() < 1e-9);
    }

    #[test]
    fn long_words_have_seven_letters_or_more() {
        // "Danmark" has 7 letters, "borger" 6.
        assert_eq!(c("Danmark borger."), (2, 1, 1));
    }

    #[test]
    fn joined_words_count_once_and_marks_are_not_letters() {
        assert_eq!(c("Et CPR-nummer er dit personnummer i Danmark."), (7, 3, 1));
        assert_eq!(c("Læs mere på kk.dk i dag."), (6, 0, 1));
        assert_eq!(c("Brug MitID."), (2, 0, 1));
    }

    #[test]
    fn numbers_are_words_but_never_long_and_phone_groups_are_one_word() {
        assert_eq!(c("Ring 80 30 20 20 i dag."), (4, 0, 1));
        assert_eq!(c("Vi åbner kl. 10.30 og lukker 1234567."), (7, 0, 1));
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(c("Tag f.eks. dit pas med. Det hjælper."), (7, 1, 2));
        assert_eq!(c("Vi har bl.a. tolke osv. her."), (6, 0, 1));
    }

    #[test]
    fn headings_and_list_items_are_sentences_of_their_own() {
        let text = "Sådan får du hjælp\n- Tag dit pas med\n- Spørg os\nVi hjælper dig.";
        assert_eq!(c(text), (13, 1, 4));
    }

    #[test]
    fn questions_colons_and_closing_quotes_end_sentences() {
        assert_eq!(c("Har du brug for hjælp? Sig det: vi lytter."), (9, 0, 3));
        assert_eq!(
            c("Vi siger: “behandlet lige – men ikke ens.” Det er vigtigt."),
            (10, 2, 3)
        );
    }

    #[test]
    fn placeables_are_removed() {
        assert_eq!(c("Du har { $count } beskeder."), (3, 1, 1));
    }

    #[test]
    fn empty_text_has_lix_zero() {
        assert_eq!(lix(""), 0.0);
        assert_eq!(lix("  \n - \n"), 0.0);
    }

    #[test]
    fn lix_formula() {
        let counts = LixCounts {
            words: 20,
            long_words: 5,
            sentences: 2,
        };
        assert!((counts.lix() - 35.0).abs() < 1e-9);
    }
}
