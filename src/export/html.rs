//! Small pieces for self-contained, printable HTML documents: no external resources, A4 print
//! styles, correct `lang` and `dir`.

use crate::i18n::{Direction, Locale};
use std::fmt::Write as _;

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Styles shared by every document: readable on screen, clean on A4 paper.
const STYLE: &str = "
@page { size: A4; margin: 18mm 16mm; }
* { box-sizing: border-box; }
body { font-family: 'Noto Sans', 'Segoe UI', Arial, sans-serif; font-size: 11.5pt; line-height: 1.5;
       color: #000; background: #fff; max-width: 48em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 20pt; margin: 0 0 0.3em; }
h2 { font-size: 15pt; margin: 1.4em 0 0.4em; border-bottom: 1.5pt solid #000; padding-bottom: 0.15em; }
h3 { font-size: 12.5pt; margin: 1.1em 0 0.3em; }
p, li { margin: 0.3em 0; }
table { width: 100%; border-collapse: collapse; margin: 0.4em 0 0.8em; page-break-inside: auto; }
th, td { border: 0.75pt solid #444; padding: 0.25em 0.45em; text-align: start; vertical-align: top; }
th { background: #eee; }
tr { page-break-inside: avoid; }
.meta { color: #333; font-size: 10pt; }
.part { page-break-before: always; }
.part:first-of-type { page-break-before: auto; }
.notice { border: 1pt solid #000; padding: 0.4em 0.6em; margin: 0.6em 0; }
.reviewed { font-size: 0.9em; font-style: italic; margin: 0.2em 0 0.6em; }
.sources { font-size: 10pt; }
.sources a, .places a { overflow-wrap: anywhere; }
.bar { display: inline-block; height: 0.8em; background: #000; vertical-align: middle; }
@media print { body { margin: 0; max-width: none; } a { color: #000; } }
";

/// A whole document: `<html lang dir>` with the shared styles and the given body.
pub fn document(locale: Locale, direction: Direction, title: &str, body: &str) -> String {
    document_with_head(locale, direction, title, "", body)
}

/// Like [`document`], with extra elements for `<head>` (more styles, an embedded font).
pub fn document_with_head(
    locale: Locale,
    direction: Direction,
    title: &str,
    head: &str,
    body: &str,
) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n{head}</head>\n<body>\n{body}</body>\n</html>\n",
        locale.code(),
        direction.html(),
        escape(title),
    );
    out
}

/// Text whose lines are paragraphs and `- ` lines list items, as HTML.
pub fn paragraphs(text: &str) -> String {
    let mut out = String::new();
    let mut in_list = false;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match line.strip_prefix("- ") {
            Some(item) => {
                if !in_list {
                    out.push_str("<ul>\n");
                    in_list = true;
                }
                let _ = writeln!(out, "<li>{}</li>", escape(item));
            }
            None => {
                if in_list {
                    out.push_str("</ul>\n");
                    in_list = false;
                }
                let _ = writeln!(out, "<p>{}</p>", escape(line));
            }
        }
    }
    if in_list {
        out.push_str("</ul>\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn paragraphs_and_lists() {
        let html = paragraphs("Første.\n- et\n- to\nSidste <b>.");
        assert_eq!(
            html,
            "<p>Første.</p>\n<ul>\n<li>et</li>\n<li>to</li>\n</ul>\n<p>Sidste &lt;b&gt;.</p>\n"
        );
    }

    #[test]
    fn documents_carry_language_and_direction() {
        let page = document(Locale::Ar, Direction::Rtl, "T & t", "<p>x</p>\n");
        assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
        assert!(page.contains("<title>T &amp; t</title>"));
        assert!(
            !page.contains("http://") && !page.contains("https://"),
            "no external resources"
        );
    }
}
