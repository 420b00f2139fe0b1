//! The handout: the chosen topics in the citizen's language, then in Danish, as one printable
//! HTML file. Each part carries its own `lang` and `dir`; the font for the citizen's script is
//! embedded, so the file prints correctly on any machine and needs nothing from outside. The
//! Danish part ends with the sources of its texts (links to the web pages, and the day each was
//! checked), which belong to the Danish master. Each part names the places to get help for the
//! chosen topics with their web addresses (`content::places`), and writes its days as its
//! language does (`i18n::dates`). A copy for printing asks the browser to print when it opens.

use super::html::{escape, paragraphs};
use crate::content::places::{self, Name};
use crate::content::topics::{
    HANDOUT_FOOTER, HANDOUT_TITLE, REVIEWED_NOTICE, Topic, TopicReview, UNREVIEWED_NOTICE,
};
use crate::i18n::dates::format_day;
use crate::i18n::msg;
use crate::i18n::sources::{Piece, citizen_sources, pieces};
use crate::i18n::{Arg, Catalogue, Locale};
use base64::Engine;
use std::fmt::Write as _;

/// What a handout is made from.
pub struct Input<'a> {
    pub catalogue: &'a Catalogue,
    pub citizen: Locale,
    pub topics: &'a [&'static Topic],
    /// The day it is handed out, `YYYY-MM-DD`.
    pub date: &'a str,
}

/// A day given as `YYYY-MM-DD`, as `locale` writes it (anything else as given).
fn day_in(locale: Locale, day: &str) -> String {
    match day.parse::<jiff::civil::Date>() {
        Ok(date) => format_day(locale, date),
        Err(_) => day.to_string(),
    }
}

/// The font file that must travel with the handout for the citizen's script, and its family.
fn embedded_font(locale: Locale) -> Option<(&'static str, &'static [u8])> {
    match locale {
        Locale::Ar | Locale::Fa => Some((
            "Noto Sans Arabic",
            include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf"),
        )),
        Locale::Ur => Some((
            "Noto Nastaliq Urdu",
            include_bytes!("../../assets/fonts/NotoNastaliqUrdu-Regular.ttf"),
        )),
        Locale::Ti => Some((
            "Noto Sans Ethiopic",
            include_bytes!("../../assets/fonts/NotoSansEthiopic-Regular.ttf"),
        )),
        _ => None,
    }
}

fn part(input: &Input, locale: Locale, out: &mut String) {
    let catalogue = input.catalogue;
    let meta = catalogue.meta(locale);
    let _ = writeln!(
        out,
        "<section class=\"part\" lang=\"{}\" dir=\"{}\">",
        locale.code(),
        meta.direction.html()
    );
    let _ = writeln!(
        out,
        "<h1>{}</h1>",
        escape(&catalogue.text(locale, HANDOUT_TITLE))
    );
    let reviews: Vec<TopicReview> = input
        .topics
        .iter()
        .map(|topic| {
            TopicReview::shown_as(catalogue, locale, topic, |day| {
                day.map(|d| format_day(locale, d)).unwrap_or_default()
            })
        })
        .collect();
    let notice = format!(
        "<p class=\"notice\">{}</p>\n",
        escape(&catalogue.text(locale, UNREVIEWED_NOTICE))
    );
    let checked = |day: &str| {
        format!(
            "<p class=\"reviewed\">{}</p>\n",
            escape(&catalogue.format(locale, REVIEWED_NOTICE, &[("date", Arg::from(day))]))
        )
    };
    // Nothing checked at all: one notice for the whole part, as before any review.
    let whole_part_unchecked = reviews.iter().all(|r| *r == TopicReview::Unchecked);
    if whole_part_unchecked {
        out.push_str(&notice);
    }
    for (topic, review) in input.topics.iter().zip(&reviews) {
        let _ = writeln!(
            out,
            "<h2>{}</h2>",
            escape(&catalogue.text(locale, &topic.title_id()))
        );
        if *review == TopicReview::Unchecked && !whole_part_unchecked {
            out.push_str(&notice);
        }
        for section in topic.section_numbers() {
            let _ = writeln!(
                out,
                "<h3>{}</h3>",
                escape(&catalogue.text(locale, &topic.heading_id(section)))
            );
            if let TopicReview::Sections(days) = review {
                match &days[usize::from(section) - 1] {
                    Some(day) => out.push_str(&checked(day)),
                    None => out.push_str(&notice),
                }
            }
            out.push_str(&paragraphs(
                &catalogue.text(locale, &topic.body_id(section)),
            ));
        }
    }
    help_places(input, locale, out);
    if locale == Locale::Da {
        sources(input, out);
    }
    let footer = catalogue.format(
        locale,
        HANDOUT_FOOTER,
        &[("date", Arg::from(day_in(locale, input.date)))],
    );
    let _ = writeln!(out, "<p class=\"meta\">{}</p>\n</section>", escape(&footer));
}

/// Where to get help for the chosen topics, in `locale`: each place's name (the glossary's
/// headword, which keeps the Danish name) and its web address as a link. Latin names and
/// addresses are isolated left to right, so a right-to-left part keeps them whole.
fn help_places(input: &Input, locale: Locale, out: &mut String) {
    let catalogue = input.catalogue;
    let codes: Vec<&str> = input.topics.iter().map(|t| t.code).collect();
    let _ = writeln!(
        out,
        "<div class=\"places\">\n<h2>{}</h2>\n<ul>",
        escape(&catalogue.text(locale, "topic-help-title"))
    );
    for place in places::for_topics(&codes) {
        let name = match place.name {
            Name::Term(id) => catalogue.text(locale, &format!("term-{id}-name")),
            Name::Danish(name) => name.to_string(),
        };
        let link = format!(
            "<a dir=\"ltr\" href=\"{}\">{}</a>",
            escape(place.web),
            escape(place.shown_web())
        );
        // A site named by its address (borger.dk) is not named twice.
        if name == place.shown_web() {
            let _ = writeln!(out, "<li><bdi class=\"place\">{link}</bdi></li>");
        } else {
            let _ = writeln!(
                out,
                "<li><bdi class=\"place\">{}</bdi>: {link}</li>",
                escape(&name)
            );
        }
    }
    out.push_str("</ul>\n</div>\n");
}

/// Stands for the source in a rendered line until the line is escaped; the source's own HTML
/// (with links) then takes its place. A private-use character, which no text contains.
const SOURCE_MARK: &str = "\u{E000}";

/// The sources of the chosen topics' Danish texts: per topic, each section's heading with its
/// source and the day it was checked.
fn sources(input: &Input, out: &mut String) {
    let catalogue = input.catalogue;
    let da = Locale::Da;
    let known = citizen_sources();
    let _ = writeln!(
        out,
        "<div class=\"sources\">\n<h2>{}</h2>\n<p>{}</p>",
        escape(&catalogue.render(da, msg!("handout-sources-title"))),
        escape(&catalogue.render(da, msg!("handout-sources-intro")))
    );
    for topic in input.topics {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<ul>",
            escape(&catalogue.text(da, &topic.title_id()))
        );
        for section in topic.section_numbers() {
            let heading = catalogue.text(da, &topic.heading_id(section));
            let line = match known.get(&topic.body_id(section)) {
                Some(provenance) => {
                    let line = catalogue.render(
                        da,
                        msg!(
                            "handout-sources-line",
                            heading = heading.as_str(),
                            source = SOURCE_MARK,
                            checked = day_in(da, &provenance.checked)
                        ),
                    );
                    escape(&line).replacen(SOURCE_MARK, &linked(&provenance.source_for_reader()), 1)
                }
                None => escape(
                    &catalogue.render(da, msg!("handout-sources-none", heading = heading.as_str())),
                ),
            };
            let _ = writeln!(out, "<li>{line}</li>");
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</div>\n");
}

/// A source as HTML: its full web addresses as links, everything escaped.
pub fn linked(source: &str) -> String {
    pieces(source)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => escape(text),
            Piece::Url(url) => format!("<a href=\"{0}\">{0}</a>", escape(url)),
        })
        .collect()
}

/// The whole handout. With Danish as the citizen's language there is one part.
pub fn html(input: &Input) -> String {
    document(input, "")
}

/// The handout for printing: the same document, which asks the browser to print it (A4, with
/// the print styles) as soon as it has opened. The script is inline: nothing is fetched.
pub fn html_for_print(input: &Input) -> String {
    document(
        input,
        "<script>window.addEventListener('load', function () { window.print(); });</script>\n",
    )
}

fn document(input: &Input, extra_head: &str) -> String {
    let mut body = String::new();
    part(input, input.citizen, &mut body);
    if input.citizen != Locale::Da {
        part(input, Locale::Da, &mut body);
    }
    let mut style = String::new();
    if let Some((family, bytes)) = embedded_font(input.citizen) {
        let data = base64::engine::general_purpose::STANDARD.encode(bytes);
        let _ = write!(
            style,
            "<style>@font-face {{ font-family: '{family}'; src: url(data:font/ttf;base64,{data}) format('truetype'); }}\n\
             [lang=\"{}\"] {{ font-family: '{family}', sans-serif; line-height: {}; }}</style>\n",
            input.citizen.code(),
            if input.citizen == Locale::Ur {
                "2.2"
            } else {
                "1.7"
            },
        );
    }
    style.push_str(extra_head);
    let title = input.catalogue.text(input.citizen, HANDOUT_TITLE);
    let meta = input.catalogue.meta(input.citizen);
    super::html::document_with_head(input.citizen, meta.direction, &title, &style, &body)
}

/// A file name for the handout: `handout-<citizen code>-<date>.html`.
pub fn file_name(citizen: Locale, date: &str) -> String {
    format!("handout-{}-{date}.html", citizen.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_addresses_become_links_and_everything_is_escaped() {
        assert_eq!(
            linked(
                "Principper for ligebehandling, 1d & 1f; \
                 https://www.google.com/search?q=kk&hl=da <b>"
            ),
            "Principper for ligebehandling, 1d &amp; 1f; \
             <a href=\"https://www.google.com/search?q=kk&amp;hl=da\">\
             https://www.google.com/search?q=kk&amp;hl=da</a> &lt;b&gt;"
        );
        assert_eq!(
            linked("kk.dk/om-kommunen/borgerraadgiveren"),
            "kk.dk/om-kommunen/borgerraadgiveren",
            "only full addresses are links"
        );
        assert_eq!(
            linked("<https://www.kk.dk/\"onmouseover=\"x> https://www.kk.dk/a'b"),
            "&lt;<a href=\"https://www.kk.dk/\">https://www.kk.dk/</a>\
             &quot;onmouseover=&quot;x&gt; \
             <a href=\"https://www.kk.dk/a&#39;b\">https://www.kk.dk/a&#39;b</a>",
            "nothing leaves the attribute"
        );
    }
}
