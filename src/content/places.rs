//! The places to get help that the handout names for its topics, each with a public web
//! address. No place and no address is made up: every address is a page the citizen texts'
//! sources name (`# source:` in `i18n/da/citizen.ftl`, notes in `docs/facts.md`), or the
//! front page of the site such a page is on. No page read gives a phone number or a postal
//! address for these bodies that the texts could rely on, so the handout gives web addresses.

/// A place's name: a glossary term (its headword says the Danish name in every language), or
/// a Danish proper name that has no term of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Name {
    /// `term-<id>-name` in `glossary.ftl`.
    Term(&'static str),
    /// Written the same in every language.
    Danish(&'static str),
}

/// One place to get help.
#[derive(Debug, PartialEq, Eq)]
pub struct Place {
    pub code: &'static str,
    pub name: Name,
    /// A full web address (`https://…`).
    pub web: &'static str,
    /// The topics that send the citizen here.
    pub topics: &'static [&'static str],
}

impl Place {
    /// The address as a reader types it: without `https://`, `www.` or a closing `/`.
    pub fn shown_web(&self) -> &'static str {
        let rest = self
            .web
            .trim_start_matches("https://")
            .trim_start_matches("http://");
        let rest = rest.strip_prefix("www.").unwrap_or(rest);
        rest.strip_suffix('/').unwrap_or(rest)
    }
}

/// Every place, in the order the handout lists them. Borgerservice, where the handout is given
/// out, comes first and is named on every handout (`topics` is empty: it belongs to all).
pub const PLACES: [Place; 8] = [
    Place {
        code: "citizen-service",
        name: Name::Term("citizen-service"),
        // Københavns Kommune's site, where the Borgerservice pages read are.
        web: "https://www.kk.dk",
        topics: &[],
    },
    Place {
        code: "borger-dk",
        name: Name::Term("borger-dk"),
        web: "https://www.borger.dk",
        topics: &["digital", "moving", "health-card", "helper", "help"],
    },
    Place {
        code: "international-house",
        name: Name::Term("international-house"),
        web: "https://ihcph.kk.dk/indhold/more-3-months-0",
        topics: &["newcomer"],
    },
    Place {
        code: "citizens-advisor",
        name: Name::Term("citizens-advisor"),
        web: "https://www.kk.dk/om-kommunen/borgerraadgiveren/vil-du-klage-over-koebenhavns-kommune/klag-til-borgerraadgiveren",
        topics: &["complaints", "help"],
    },
    Place {
        code: "equal-treatment-board",
        name: Name::Term("equal-treatment-board"),
        web: "https://ast.dk/naevn/ligebehandlingsnaevnet/alder-handicap-kon-etnisk-oprindelse-seksuel-orientering-ovrige-grunde",
        topics: &["complaints", "help"],
    },
    Place {
        code: "human-rights-institute",
        name: Name::Term("human-rights-institute"),
        // The page read says what the institute helps with; its own site was not read.
        web: "https://www.borger.dk/samfund-og-rettigheder/Ligestilling/Etnisk-ligestilling",
        topics: &["complaints", "help"],
    },
    Place {
        code: "ombudsman",
        name: Name::Term("ombudsman"),
        web: "https://www.ombudsmanden.dk/klage-til-ombudsmanden/det-kan-man-klage-over",
        topics: &["complaints", "help"],
    },
    Place {
        code: "interpreting-authority",
        name: Name::Danish("Den Nationale Tolkemyndighed"),
        web: "http://www.dntm.dk/",
        topics: &["deaf"],
    },
];

/// The places for a handout of these topics: Borgerservice, then every place a chosen topic
/// names, once each, in the order of [`PLACES`].
pub fn for_topics(topics: &[&str]) -> Vec<&'static Place> {
    PLACES
        .iter()
        .filter(|place| place.topics.is_empty() || place.topics.iter().any(|t| topics.contains(t)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::sources::{Piece, citizen_sources, pieces};

    /// Every web address the citizen texts' sources name.
    fn read_pages() -> Vec<String> {
        citizen_sources()
            .values()
            .flat_map(|p| {
                pieces(&p.source)
                    .into_iter()
                    .filter_map(|piece| match piece {
                        Piece::Url(url) => Some(url.to_string()),
                        Piece::Text(_) => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// `https://host` of an address.
    fn site(url: &str) -> String {
        let scheme_end = url.find("://").map(|i| i + 3).unwrap_or(0);
        let host_end = url[scheme_end..]
            .find('/')
            .map(|i| i + scheme_end)
            .unwrap_or(url.len());
        url[..host_end].to_string()
    }

    #[test]
    fn every_address_is_a_page_read_or_the_site_it_is_on() {
        let pages = read_pages();
        assert!(!pages.is_empty());
        for place in &PLACES {
            let known = pages
                .iter()
                .any(|page| page == place.web || site(page) == place.web);
            assert!(
                known,
                "{}: {} is not among the sources",
                place.code, place.web
            );
        }
    }

    #[test]
    fn every_topic_named_exists_and_borgerservice_is_always_first() {
        for place in &PLACES {
            for code in place.topics {
                assert!(crate::content::topics::topic(code).is_some(), "{code}");
            }
        }
        assert_eq!(for_topics(&[])[0].code, "citizen-service");
        let codes: Vec<&str> = for_topics(&["deaf", "complaints"])
            .iter()
            .map(|p| p.code)
            .collect();
        assert_eq!(
            codes,
            [
                "citizen-service",
                "citizens-advisor",
                "equal-treatment-board",
                "human-rights-institute",
                "ombudsman",
                "interpreting-authority"
            ]
        );
        assert_eq!(PLACES[0].shown_web(), "kk.dk");
        assert_eq!(PLACES[7].shown_web(), "dntm.dk");
    }
}
