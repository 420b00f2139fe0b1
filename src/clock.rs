//! Today's date and the current time, in one place (the log, exports and reports use them).

/// Today's date in the machine's time zone.
pub fn today() -> jiff::civil::Date {
    jiff::ZonedDateTime::now().date()
}

/// Now, as an RFC 3339 timestamp in UTC.
pub fn now_rfc3339() -> String {
    jiff::Timestamp::now().to_string()
}
