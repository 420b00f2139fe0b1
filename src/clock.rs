//! Today's date and the current time, in one place (the log, exports and reports use them).

/// Today's date in the machine's time zone.
pub fn today() -> jiff::civil::Date {
    jiff::ZonedDateTime::now().date()
}

/// Now, as an RFC 3339 timestamp in UTC.
pub fn now_rfc3339() -> String {
    jiff::Timestamp::now().to_string()
}

/// Reads a day as staff write it: `25.11.2026`, `25-11-2026`, `25/11/2026`, `2026-11-25` or
/// `2026/11/25` (how each staff language writes a day: `i18n::format::day`).
pub fn parse_day(text: &str) -> Option<jiff::civil::Date> {
    let text = text.trim();
    if let Ok(date) = text.parse::<jiff::civil::Date>() {
        return Some(date);
    }
    let parts: Vec<&str> = text.split(['.', '-', '/']).collect();
    let [day, month, year] = match parts.as_slice() {
        [year, month, day] if year.len() == 4 => [day, month, year],
        [day, month, year] => [day, month, year],
        _ => return None,
    };
    let (day, month, year): (i8, i8, i16) =
        (day.parse().ok()?, month.parse().ok()?, year.parse().ok()?);
    if year < 1000 {
        return None;
    }
    jiff::civil::Date::new(year, month, day).ok()
}

/// A day as Danish staff write it: `25.11.2026`.
pub fn format_day(date: jiff::civil::Date) -> String {
    format!("{:02}.{:02}.{}", date.day(), date.month(), date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_read_in_the_usual_ways() {
        let expected = jiff::civil::date(2026, 11, 25);
        for text in [
            "25.11.2026",
            "25-11-2026",
            "25/11/2026",
            "2026-11-25",
            " 25.11.2026 ",
            "2026/11/25",
        ] {
            assert_eq!(parse_day(text), Some(expected), "{text}");
        }
        assert_eq!(parse_day("5.1.2026"), Some(jiff::civil::date(2026, 1, 5)));
        for text in ["", "31.02.2026", "25.11.26", "i går", "2026-13-01"] {
            assert_eq!(parse_day(text), None, "{text}");
        }
        assert_eq!(format_day(expected), "25.11.2026");
    }
}
