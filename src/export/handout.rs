//! The handout: the chosen topics in the citizen's language, then in Danish, as one printable
//! HTML file. Each part carries its own `lang` and `dir`; the font for the citizen's script is
//! embedded, so the file prints correctly on any machine and needs nothing from outside.

use super::html::{escape, paragraphs};
use crate::content::topics::{HANDOUT_FOOTER, HANDOUT_TITLE, Topic, UNREVIEWED_NOTICE};
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
    if meta.is_unreviewed() {
        let _ = writeln!(
            out,
            "<p class=\"notice\">{}</p>",
            escape(&catalogue.text(locale, UNREVIEWED_NOTICE))
        );
    }
    for topic in input.topics {
        let _ = writeln!(
            out,
            "<h2>{}</h2>",
            escape(&catalogue.text(locale, &topic.title_id()))
        );
        for section in topic.section_numbers() {
            let _ = writeln!(
                out,
                "<h3>{}</h3>",
                escape(&catalogue.text(locale, &topic.heading_id(section)))
            );
            out.push_str(&paragraphs(
                &catalogue.text(locale, &topic.body_id(section)),
            ));
        }
    }
    let footer = catalogue.format(locale, HANDOUT_FOOTER, &[("date", Arg::from(input.date))]);
    let _ = writeln!(out, "<p class=\"meta\">{}</p>\n</section>", escape(&footer));
}

/// The whole handout. With Danish as the citizen's language there is one part.
pub fn html(input: &Input) -> String {
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
    let title = input.catalogue.text(input.citizen, HANDOUT_TITLE);
    let meta = input.catalogue.meta(input.citizen);
    super::html::document_with_head(input.citizen, meta.direction, &title, &style, &body)
}

/// A file name for the handout: `handout-<citizen code>-<date>.html`.
pub fn file_name(citizen: Locale, date: &str) -> String {
    format!("handout-{}-{date}.html", citizen.code())
}
