//! Days as each language writes them, for what a citizen takes home (the handout).
//!
//! A small table instead of a locale-data crate: ten locales, one numeric pattern each. Each
//! row follows the locale's short date pattern in the Unicode CLDR (`ca-gregorian.json`,
//! `dateFormats.short`), with two deliberate changes: the year is always written in full (CLDR
//! writes two digits in some locales; a handout is kept for years), and the digits are Western
//! (0–9) in every locale, as `docs/content-guide.md` asks for Arabic, Persian and Urdu too.
//! Day, month and year joined by `.` or `/` stay one number in right-to-left text (the
//! bidirectional algorithm keeps digits joined by these separators together).

use super::Locale;
use jiff::civil::Date;

/// How a day is written in one locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Pattern {
    order: Order,
    separator: char,
    /// Day and month with a leading zero (`02`), or not (`2`).
    padded_day: bool,
    padded_month: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Order {
    DayMonthYear,
    YearMonthDay,
}

const fn dmy(separator: char, padded_day: bool, padded_month: bool) -> Pattern {
    Pattern {
        order: Order::DayMonthYear,
        separator,
        padded_day,
        padded_month,
    }
}

/// The table. CLDR's short pattern is given beside each row.
fn pattern(locale: Locale) -> Pattern {
    match locale {
        // da: dd.MM.y
        Locale::Da => dmy('.', true, true),
        // en-GB and en-DK: dd/MM/y (Skranke's English is read in Denmark, not the US)
        Locale::En => dmy('/', true, true),
        // ar: d/M/y (CLDR adds right-to-left marks around the slashes; the handout's
        // paragraphs already carry dir="rtl")
        Locale::Ar => dmy('/', false, false),
        // fa, Gregorian calendar: y/M/d
        Locale::Fa => Pattern {
            order: Order::YearMonthDay,
            separator: '/',
            padded_day: false,
            padded_month: false,
        },
        // ur: d/M/yy
        Locale::Ur => dmy('/', false, false),
        // tr: d.MM.y
        Locale::Tr => dmy('.', false, true),
        // so: dd/MM/yy
        Locale::So => dmy('/', true, true),
        // pl: d.MM.y
        Locale::Pl => dmy('.', false, true),
        // uk: dd.MM.yy
        Locale::Uk => dmy('.', true, true),
        // ti: dd/MM/yy
        Locale::Ti => dmy('/', true, true),
    }
}

/// `date` as `locale` writes it: `02.12.2026` in Danish, `2/12/2026` in Arabic,
/// `2026/12/2` in Persian.
pub fn format_day(locale: Locale, date: Date) -> String {
    let p = pattern(locale);
    let part = |value: i8, padded: bool| {
        if padded {
            format!("{value:02}")
        } else {
            value.to_string()
        }
    };
    let day = part(date.day(), p.padded_day);
    let month = part(date.month(), p.padded_month);
    let year = date.year().to_string();
    let s = p.separator;
    match p.order {
        Order::DayMonthYear => format!("{day}{s}{month}{s}{year}"),
        Order::YearMonthDay => format!("{year}{s}{month}{s}{day}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_locale_writes_the_day_its_own_way_with_western_digits() {
        let day = jiff::civil::date(2026, 12, 2);
        let expected = [
            (Locale::Da, "02.12.2026"),
            (Locale::En, "02/12/2026"),
            (Locale::Ar, "2/12/2026"),
            (Locale::Fa, "2026/12/2"),
            (Locale::Ur, "2/12/2026"),
            (Locale::Tr, "2.12.2026"),
            (Locale::So, "02/12/2026"),
            (Locale::Pl, "2.12.2026"),
            (Locale::Uk, "02.12.2026"),
            (Locale::Ti, "02/12/2026"),
        ];
        assert_eq!(expected.len(), Locale::ALL.len(), "every locale has a row");
        for (locale, text) in expected {
            let shown = format_day(locale, day);
            assert_eq!(shown, text, "{}", locale.code());
            assert!(
                shown
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == '/'),
                "Western digits only: {shown}"
            );
        }
        assert_eq!(
            format_day(Locale::Tr, jiff::civil::date(2026, 3, 9)),
            "9.03.2026"
        );
    }
}
