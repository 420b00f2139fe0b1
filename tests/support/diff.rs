//! Where a committed file and what this build makes first differ, for tests that compare
//! the two (the accessibility snapshots, the man pages).

/// The first line where `expected` and `actual` differ, with a few lines around it, or `None`
/// when they are the same.
pub fn first_difference(expected: &str, actual: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    let expected: Vec<&str> = expected.lines().collect();
    let actual: Vec<&str> = actual.lines().collect();
    let at = (0..expected.len().max(actual.len()))
        .find(|&i| expected.get(i) != actual.get(i))
        .unwrap_or(0);
    let around = |lines: &[&str]| {
        let start = at.saturating_sub(3);
        let end = (at + 4).min(lines.len());
        (start..end)
            .map(|i| {
                let mark = if i == at { ">" } else { " " };
                format!("{mark}{:5} {}", i + 1, lines[i])
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    Some(format!(
        "first difference at line {}\n--- the file (expected)\n{}\n--- this build (actual)\n{}",
        at + 1,
        around(&expected),
        around(&actual)
    ))
}
