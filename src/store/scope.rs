//! Which part of the log a summary covers: a period and, optionally, one unit. Shared by the
//! indicators and the onboarding sessions, which both count per month of a scope.

/// Which entries count: a period and, optionally, one unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scope {
    pub from: jiff::civil::Date,
    pub to: jiff::civil::Date,
    /// `None`: every unit in the log (merged ones included).
    pub unit: Option<String>,
}

/// Every month from `from` to `to`, as `YYYY-MM`.
pub fn months(from: jiff::civil::Date, to: jiff::civil::Date) -> Vec<String> {
    let mut months = Vec::new();
    let mut month = from.first_of_month();
    while month <= to {
        months.push(format!("{:04}-{:02}", month.year(), month.month()));
        match month.checked_add(jiff::Span::new().months(1)) {
            Ok(next) => month = next,
            Err(_) => break,
        }
    }
    months
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_cover_the_period() {
        let months = months(
            jiff::civil::date(2025, 11, 15),
            jiff::civil::date(2026, 2, 3),
        );
        assert_eq!(months, ["2025-11", "2025-12", "2026-01", "2026-02"]);
    }
}
