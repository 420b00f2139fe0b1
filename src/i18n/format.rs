//! Numbers, percentages and days as each staff language writes them: "12,5 %" and "1.234" in
//! Danish, "12.5%" and "1,234" in English, "25/11/2026" in English and "25.11.2026" in Danish
//! (days by `i18n::dates`, the one table of day patterns).
//!
//! One small table per locale (decimal mark, digit grouping, where the percent sign goes), after
//! the Unicode CLDR's conventions for each language written in Latin digits. Latin digits everywhere: they are what the fields accept and what the log, the
//! exports and the municipality's other systems use. The Fluent bundles format every number
//! variable through [`fluent_number`], so "{ $count } kontakter" reads "1.234 kontakter".
//!
//! No crate does this within the project's means: ICU4X's decimal formatter would bring its
//! data tables for ten languages to format numbers in the few ways listed here.

use super::Locale;

/// No-break space: keeps "12,5 %" and "1 234" on one line.
const NBSP: char = '\u{a0}';

/// How a locale writes numbers and days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    /// Between the whole part and the decimals.
    pub decimal: char,
    /// Between groups of three digits.
    pub group: char,
    /// Group only numbers with at least this many digits (Polish: 5, "1234" but "12 345").
    pub group_from_digits: usize,
    pub percent: Percent,
}

/// Where the percent sign goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Percent {
    /// "12.5%"
    After,
    /// "12,5 %" (with a no-break space)
    AfterSpace,
    /// "%12,5" (Turkish)
    Before,
}

/// The style of `locale`.
pub fn style(locale: Locale) -> Style {
    let style = |decimal, group, percent| Style {
        decimal,
        group,
        group_from_digits: 4,
        percent,
    };
    match locale {
        Locale::Da => style(',', '.', Percent::AfterSpace),
        Locale::En | Locale::Ar | Locale::Fa | Locale::Ur | Locale::So | Locale::Ti => {
            style('.', ',', Percent::After)
        }
        Locale::Tr => style(',', '.', Percent::Before),
        Locale::Pl => Style {
            group_from_digits: 5,
            ..style(',', NBSP, Percent::After)
        },
        Locale::Uk => style(',', NBSP, Percent::After),
    }
}

/// Digits grouped by threes with `group`, when there are at least `from` of them.
fn grouped(digits: &str, group: char, from: usize) -> String {
    if digits.len() < from {
        return digits.to_string();
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(group);
        }
        out.push(digit);
    }
    out
}

/// `value` with exactly `decimals` decimals (rounded half away from zero, as people round).
pub fn decimal(locale: Locale, value: f64, decimals: usize) -> String {
    written(style(locale), value, decimals)
}

fn written(style: Style, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let scale = 10f64.powi(i32::try_from(decimals).unwrap_or(0));
    let rounded = (value.abs() * scale).round() / scale;
    let text = format!("{rounded:.decimals$}");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    if value < 0.0 && rounded != 0.0 {
        out.push('-');
    }
    out.push_str(&grouped(whole, style.group, style.group_from_digits));
    if !fraction.is_empty() {
        out.push(style.decimal);
        out.push_str(fraction);
    }
    out
}

/// A whole number: "1.234" in Danish.
pub fn integer(locale: Locale, value: u64) -> String {
    let style = style(locale);
    grouped(&value.to_string(), style.group, style.group_from_digits)
}

/// A percentage given in percent (12.5 for 12.5 %) with `decimals` decimals.
pub fn percent(locale: Locale, percent: f64, decimals: usize) -> String {
    let number = decimal(locale, percent, decimals);
    match style(locale).percent {
        Percent::After => format!("{number}%"),
        Percent::AfterSpace => format!("{number}{NBSP}%"),
        Percent::Before => format!("%{number}"),
    }
}

/// A day as people write it in `locale`: "25.11.2026", "25/11/2026", "2026/11/25"
/// (`i18n::dates`).
pub fn day(locale: Locale, date: jiff::civil::Date) -> String {
    super::dates::format_day(locale, date)
}

/// A day written `YYYY-MM-DD` (as files and the log keep it) as people write it, or the text
/// as it is when it is not such a day.
pub fn iso_day(locale: Locale, text: &str) -> String {
    match text
        .get(..10)
        .and_then(|d| d.parse::<jiff::civil::Date>().ok())
    {
        Some(date) => day(locale, date),
        None => text.to_string(),
    }
}

/// A Fluent number as `locale` writes it: whole numbers grouped, others with their decimals
/// (as many as the value has, or as the message asks for with `NUMBER(…)`); `grouping` false
/// keeps the digits together.
pub fn fluent_number(
    locale: Locale,
    value: f64,
    minimum_fraction_digits: Option<usize>,
    grouping: bool,
) -> String {
    let decimals = match minimum_fraction_digits {
        Some(digits) => digits,
        None if value.fract() == 0.0 => 0,
        // The shortest decimals that give the value back (12.5 → 1), at most six.
        None => (1..=6)
            .find(|d| {
                let scale = 10f64.powi(*d);
                ((value * scale).round() / scale - value).abs() < 1e-9
            })
            .map_or(6, |d| d as usize),
    };
    let mut style = style(locale);
    if !grouping {
        style.group_from_digits = usize::MAX;
    }
    written(style, value, decimals)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_writes_decimal_commas_and_groups_with_points() {
        assert_eq!(percent(Locale::Da, 12.5, 1), "12,5\u{a0}%");
        assert_eq!(decimal(Locale::Da, 0.846, 2), "0,85");
        assert_eq!(integer(Locale::Da, 1234), "1.234");
        assert_eq!(integer(Locale::Da, 1_234_567), "1.234.567");
        assert_eq!(integer(Locale::Da, 999), "999");
        assert_eq!(decimal(Locale::Da, 1234.5, 1), "1.234,5");
    }

    #[test]
    fn english_and_arabic_write_decimal_points() {
        assert_eq!(percent(Locale::En, 12.5, 1), "12.5%");
        assert_eq!(integer(Locale::En, 12_345), "12,345");
        assert_eq!(percent(Locale::Ar, 33.333, 1), "33.3%");
        assert_eq!(decimal(Locale::Ar, 2.0, 2), "2.00");
    }

    #[test]
    fn the_other_locales_follow_their_own_conventions() {
        assert_eq!(percent(Locale::Tr, 12.5, 1), "%12,5");
        assert_eq!(integer(Locale::Pl, 1234), "1234");
        assert_eq!(integer(Locale::Pl, 12_345), "12\u{a0}345");
        assert_eq!(integer(Locale::Uk, 1234), "1\u{a0}234");
        assert_eq!(percent(Locale::Uk, 7.25, 1), "7,3%");
        for locale in Locale::ALL {
            assert_eq!(integer(locale, 0), "0");
            assert!(percent(locale, 0.0, 1).contains('0'), "{locale}");
        }
    }

    #[test]
    fn rounding_is_half_away_from_zero_and_never_minus_zero() {
        assert_eq!(decimal(Locale::En, 0.125, 2), "0.13");
        assert_eq!(decimal(Locale::En, 2.5, 0), "3");
        assert_eq!(decimal(Locale::En, -0.04, 1), "0.0");
        assert_eq!(decimal(Locale::Da, -1.25, 1), "-1,3");
        assert_eq!(decimal(Locale::Da, f64::NAN, 1), "–");
    }

    #[test]
    fn days_are_written_as_people_write_them() {
        let date = jiff::civil::date(2026, 11, 5);
        assert_eq!(day(Locale::Da, date), "05.11.2026");
        assert_eq!(day(Locale::En, date), "05/11/2026");
        assert_eq!(day(Locale::Ar, date), "5/11/2026");
        assert_eq!(day(Locale::Fa, date), "2026/11/5");
        assert_eq!(iso_day(Locale::Da, "2026-11-05T10:00:00Z"), "05.11.2026");
        assert_eq!(iso_day(Locale::Da, "soon"), "soon");
        // Whatever the locale, the log's date fields read back what they show.
        for locale in Locale::ALL {
            assert_eq!(crate::clock::parse_day(&day(locale, date)), Some(date));
        }
    }

    #[test]
    fn fluent_numbers_keep_their_decimals() {
        assert_eq!(fluent_number(Locale::Da, 2.0, None, true), "2");
        assert_eq!(fluent_number(Locale::Da, 12.5, None, true), "12,5");
        assert_eq!(fluent_number(Locale::Da, 12_345.0, None, true), "12.345");
        assert_eq!(fluent_number(Locale::Da, 12_345.0, None, false), "12345");
        assert_eq!(fluent_number(Locale::En, 0.25, None, true), "0.25");
        assert_eq!(fluent_number(Locale::Da, 3.0, Some(1), true), "3,0");
    }
}
