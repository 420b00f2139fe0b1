//! The codebook that travels with every log export: each column and each code, explained in
//! Danish and English, so the numbers can be read without Skranke. Its first column names each
//! column as the export's header does, in the staff language.

use super::sheet::Dialect;
use crate::content::topics::TOPICS;
use crate::i18n::{Catalogue, Locale, MessageId, msg};
use crate::outreach::codes::{self, Channel, DurationBucket, Group, Interpreter, Outcome};
use crate::outreach::csv_format::{self, COLUMNS};

/// The codebook's columns' names.
pub const CODEBOOK_COLUMNS: [MessageId; 4] = [
    msg!("codebook-column-column"),
    msg!("codebook-column-code"),
    msg!("codebook-column-da"),
    msg!("codebook-column-en"),
];

/// The codebook as CSV for a spreadsheet in `dialect`.
pub fn csv(catalogue: &Catalogue, dialect: Dialect) -> Vec<u8> {
    let mut writer = dialect.writer();
    let _ = writer.write_record(CODEBOOK_COLUMNS.map(|c| catalogue.render(dialect.locale, c)));
    for row in rows(catalogue, dialect.locale) {
        let _ = writer.write_record(row);
    }
    writer.into_inner().unwrap_or_default()
}

/// The codebook's rows: the column as the export names it in `locale`, the code (empty for
/// the column itself), its meaning in Danish and in English.
pub fn rows(catalogue: &Catalogue, locale: Locale) -> Vec<[String; 4]> {
    let header = csv_format::header(locale);
    let name = |column: &str| {
        COLUMNS
            .iter()
            .position(|c| *c == column)
            .map_or_else(|| column.to_string(), |index| header[index].clone())
    };
    let both = |id: &str| {
        [
            catalogue.text(Locale::Da, id),
            catalogue.text(Locale::En, id),
        ]
    };
    let label = |label: crate::i18n::MessageId| both(label.as_str());
    let mut rows: Vec<[String; 4]> = Vec::new();
    let mut push = |column: &str, code: &str, [da, en]: [String; 2]| {
        rows.push([name(column), code.to_string(), da, en]);
    };
    for column in COLUMNS {
        push(column, "", both(&format!("codebook-{column}")));
    }
    for channel in Channel::ALL {
        push("channel", channel.code(), label(channel.label()));
    }
    for code in codes::language_codes() {
        let names = match Locale::from_tag(code) {
            Some(locale) => {
                let meta = catalogue.meta(locale);
                [
                    format!("{} ({})", meta.name, meta.english_name),
                    format!("{} ({})", meta.english_name, meta.name),
                ]
            }
            None => both("language-other"),
        };
        push("language", code, names);
    }
    for interpreter in Interpreter::ALL {
        push(
            "interpreter",
            interpreter.code(),
            label(interpreter.label()),
        );
    }
    for outcome in Outcome::ALL {
        push("outcome", outcome.code(), label(outcome.label()));
    }
    for duration in DurationBucket::ALL {
        push("duration", duration.code(), label(duration.label()));
    }
    for flag in ["handout", "training"] {
        push(flag, "1", both("codebook-yes"));
        push(flag, "0", both("codebook-no"));
    }
    for group in Group::ALL {
        push("groups", group.code(), label(group.label()));
    }
    for topic in &TOPICS {
        push("topics", topic.code, both(&topic.title_id()));
    }
    for code in codes::principle_codes() {
        push("principles", code, both(&format!("principle-{code}-title")));
    }
    rows
}
