//! CSV for spreadsheets: what makes a file open right in Excel in the staff's language.
//!
//! - A UTF-8 byte-order mark, without which Excel reads "Nørrebro" as "NÃ¸rrebro".
//! - The field separator Excel expects where the decimal mark is a comma (Danish: `;`), or the
//!   one the user chose.
//! - Numbers written with the locale's decimal mark and no grouping, so Excel reads a number
//!   ("12,5" in Danish), not text.

use crate::i18n::Locale;
use crate::i18n::format;

/// The UTF-8 byte-order mark.
pub const BOM: &[u8] = "\u{feff}".as_bytes();

/// The field separator of a CSV file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Separator {
    /// `;`: what Excel expects where the decimal mark is a comma (Danish, Polish …).
    Semicolon,
    /// `,`
    Comma,
}

impl Separator {
    pub const ALL: [Separator; 2] = [Separator::Semicolon, Separator::Comma];

    /// The separator spreadsheets expect in `locale`.
    pub fn for_locale(locale: Locale) -> Separator {
        if format::style(locale).decimal == ',' {
            Separator::Semicolon
        } else {
            Separator::Comma
        }
    }

    pub fn byte(self) -> u8 {
        match self {
            Separator::Semicolon => b';',
            Separator::Comma => b',',
        }
    }

    /// Stable code (control ids).
    pub fn code(self) -> &'static str {
        match self {
            Separator::Semicolon => "semicolon",
            Separator::Comma => "comma",
        }
    }
}

/// How a CSV file for people is written: the staff language's numbers and a separator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dialect {
    pub locale: Locale,
    pub separator: Separator,
}

impl Dialect {
    /// The locale's numbers and the separator its spreadsheets expect.
    pub fn for_locale(locale: Locale) -> Dialect {
        Dialect {
            locale,
            separator: Separator::for_locale(locale),
        }
    }

    /// A CSV writer into memory that has written the byte-order mark.
    pub fn writer(self) -> csv::Writer<Vec<u8>> {
        self.writer_into(BOM.to_vec())
    }

    /// A CSV writer with this separator into `out`, which should start with [`BOM`].
    pub fn writer_into<W: std::io::Write>(self, out: W) -> csv::Writer<W> {
        csv::WriterBuilder::new()
            .delimiter(self.separator.byte())
            .from_writer(out)
    }

    /// A number as a spreadsheet in this locale reads it: the decimal mark, no grouping.
    pub fn number(self, value: f64, decimals: usize) -> String {
        format::fluent_number(self.locale, value, Some(decimals), false)
    }
}

/// A table as CSV for a spreadsheet in `dialect`: the byte-order mark, `header`, the rows.
pub fn table<R: AsRef<[u8]>>(
    dialect: Dialect,
    header: &[String],
    rows: impl IntoIterator<Item = impl IntoIterator<Item = R>>,
) -> Vec<u8> {
    let mut writer = dialect.writer();
    let _ = writer.write_record(header);
    for row in rows {
        let _ = writer.write_record(row);
    }
    writer.into_inner().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_files_use_semicolons_and_decimal_commas() {
        let danish = Dialect::for_locale(Locale::Da);
        assert_eq!(danish.separator, Separator::Semicolon);
        assert_eq!(danish.number(1234.5, 1), "1234,5");
        let english = Dialect::for_locale(Locale::En);
        assert_eq!(english.separator, Separator::Comma);
        assert_eq!(english.number(1234.5, 1), "1234.5");
        assert_eq!(Separator::for_locale(Locale::Ar), Separator::Comma);
    }

    #[test]
    fn files_start_with_a_byte_order_mark() {
        let mut writer = Dialect::for_locale(Locale::Da).writer();
        writer.write_record(["Enhed", "Andel (%)"]).unwrap();
        writer.write_record(["Nørrebro", "12,5"]).unwrap();
        let bytes = writer.into_inner().unwrap();
        assert!(bytes.starts_with(BOM));
        assert_eq!(
            std::str::from_utf8(&bytes[BOM.len()..]).unwrap(),
            "Enhed;Andel (%)\nNørrebro;12,5\n"
        );
    }
}
