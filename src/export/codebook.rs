//! The codebook that travels with every log export: each column and each code, explained in
//! Danish and English, so the numbers can be read without Skranke.

use crate::content::topics::TOPICS;
use crate::i18n::{Catalogue, Locale};
use crate::outreach::codes::{self, Channel, DurationBucket, Group, Interpreter, Outcome};
use crate::outreach::csv_format::COLUMNS;

/// The codebook's columns.
pub const CODEBOOK_COLUMNS: [&str; 4] = ["column", "code", "da", "en"];

/// The codebook as CSV.
pub fn csv(catalogue: &Catalogue) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let both = |id: &str| {
        [
            catalogue.text(Locale::Da, id),
            catalogue.text(Locale::En, id),
        ]
    };
    let label = |label: crate::i18n::MessageId| both(label.as_str());
    let mut rows: Vec<[String; 4]> = Vec::new();
    let mut push = |column: &str, code: &str, [da, en]: [String; 2]| {
        rows.push([column.to_string(), code.to_string(), da, en]);
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
    let _ = writer.write_record(CODEBOOK_COLUMNS);
    for row in rows {
        let _ = writer.write_record(row);
    }
    writer.into_inner().unwrap_or_default()
}
