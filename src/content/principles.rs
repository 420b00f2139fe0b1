//! The municipality's 20 principles for equal treatment: codes, sections and the number of
//! checklist items each has. The words are in `i18n/{da,en}/principles.ftl` and, verbatim,
//! in `i18n/da/seed.ftl`.

use std::fmt;

/// The seed document's three sections.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    /// 1: citizen service (1a–1f): what staff do at the desk.
    CitizenService,
    /// 2: HR and personnel policy (2a–2g).
    Personnel,
    /// 3: leadership and policy development (3a–3g).
    Leadership,
}

impl Section {
    pub const ALL: [Section; 3] = [
        Section::CitizenService,
        Section::Personnel,
        Section::Leadership,
    ];

    pub fn number(self) -> u8 {
        match self {
            Section::CitizenService => 1,
            Section::Personnel => 2,
            Section::Leadership => 3,
        }
    }

    pub fn title_id(self) -> String {
        format!("section-{}-title", self.number())
    }

    pub fn intro_id(self) -> String {
        format!("section-{}-intro", self.number())
    }

    /// The principles of this section, in the seed's order.
    pub fn principles(self) -> impl Iterator<Item = &'static Principle> {
        PRINCIPLES.iter().filter(move |p| p.section == self)
    }
}

/// One principle.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Principle {
    /// The seed's code, e.g. `1d`.
    pub code: &'static str,
    pub section: Section,
    /// How many checklist items it has (`principle-<code>-item-1` …).
    pub item_count: u8,
}

impl Principle {
    pub fn title_id(&self) -> String {
        format!("principle-{}-title", self.code)
    }

    pub fn summary_id(&self) -> String {
        format!("principle-{}-summary", self.code)
    }

    pub fn question_id(&self) -> String {
        format!("principle-{}-question", self.code)
    }

    /// The original Danish text, verbatim from the seed (`seed.ftl`, Danish only).
    pub fn seed_id(&self) -> String {
        format!("seed-{}", self.code)
    }

    /// At-the-desk principles (1a–1f) feed the per-visit checklist.
    pub fn is_desk_principle(&self) -> bool {
        self.section == Section::CitizenService
    }

    pub fn items(&'static self) -> impl Iterator<Item = ItemId> {
        (1..=self.item_count).map(move |index| ItemId {
            principle: self,
            index,
        })
    }
}

/// The principles in the seed's order (which lists 2g before 2f; the codes stay as they are).
pub const PRINCIPLES: [Principle; 20] = [
    Principle {
        code: "1a",
        section: Section::CitizenService,
        item_count: 4,
    },
    Principle {
        code: "1b",
        section: Section::CitizenService,
        item_count: 4,
    },
    Principle {
        code: "1c",
        section: Section::CitizenService,
        item_count: 4,
    },
    Principle {
        code: "1d",
        section: Section::CitizenService,
        item_count: 5,
    },
    Principle {
        code: "1e",
        section: Section::CitizenService,
        item_count: 4,
    },
    Principle {
        code: "1f",
        section: Section::CitizenService,
        item_count: 4,
    },
    Principle {
        code: "2a",
        section: Section::Personnel,
        item_count: 4,
    },
    Principle {
        code: "2b",
        section: Section::Personnel,
        item_count: 4,
    },
    Principle {
        code: "2c",
        section: Section::Personnel,
        item_count: 4,
    },
    Principle {
        code: "2d",
        section: Section::Personnel,
        item_count: 4,
    },
    Principle {
        code: "2e",
        section: Section::Personnel,
        item_count: 4,
    },
    Principle {
        code: "2g",
        section: Section::Personnel,
        item_count: 4,
    },
    Principle {
        code: "2f",
        section: Section::Personnel,
        item_count: 4,
    },
    Principle {
        code: "3a",
        section: Section::Leadership,
        item_count: 4,
    },
    Principle {
        code: "3b",
        section: Section::Leadership,
        item_count: 4,
    },
    Principle {
        code: "3c",
        section: Section::Leadership,
        item_count: 4,
    },
    Principle {
        code: "3d",
        section: Section::Leadership,
        item_count: 4,
    },
    Principle {
        code: "3e",
        section: Section::Leadership,
        item_count: 4,
    },
    Principle {
        code: "3f",
        section: Section::Leadership,
        item_count: 4,
    },
    Principle {
        code: "3g",
        section: Section::Leadership,
        item_count: 4,
    },
];

/// The principle with this code.
pub fn principle(code: &str) -> Option<&'static Principle> {
    PRINCIPLES.iter().find(|p| p.code == code)
}

/// Every checklist item of every principle, in order.
pub fn all_items() -> impl Iterator<Item = ItemId> {
    PRINCIPLES.iter().flat_map(Principle::items)
}

/// One checklist item: principle and 1-based index. Written `1d.2` in the database and exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemId {
    pub principle: &'static Principle,
    pub index: u8,
}

impl PartialOrd for Principle {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Principle {
    /// The seed's order.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let position = |p: &Principle| PRINCIPLES.iter().position(|q| q.code == p.code);
        position(self).cmp(&position(other))
    }
}

impl ItemId {
    /// Parses `1d.2`; `None` for an unknown principle or index.
    pub fn parse(code: &str) -> Option<ItemId> {
        let (principle_code, index) = code.split_once('.')?;
        let principle = principle(principle_code)?;
        let index: u8 = index.parse().ok()?;
        (1..=principle.item_count)
            .contains(&index)
            .then_some(ItemId { principle, index })
    }

    /// The Fluent id of the item's text.
    pub fn text_id(&self) -> String {
        format!("principle-{}-item-{}", self.principle.code, self.index)
    }
}

impl fmt::Display for ItemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.principle.code, self.index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twenty_principles_in_three_sections_with_the_seeds_codes() {
        assert_eq!(PRINCIPLES.len(), 20);
        let counts: Vec<usize> = Section::ALL
            .iter()
            .map(|s| s.principles().count())
            .collect();
        assert_eq!(counts, [6, 7, 7]);
        let codes: Vec<&str> = PRINCIPLES.iter().map(|p| p.code).collect();
        assert_eq!(&codes[6..13], ["2a", "2b", "2c", "2d", "2e", "2g", "2f"]);
        assert!(PRINCIPLES.iter().all(|p| (3..=6).contains(&p.item_count)));
    }

    #[test]
    fn item_ids_round_trip() {
        for item in all_items() {
            assert_eq!(ItemId::parse(&item.to_string()), Some(item));
        }
        assert_eq!(ItemId::parse("1d.0"), None);
        assert_eq!(ItemId::parse("9z.1"), None);
        assert_eq!(ItemId::parse("1d"), None);
        assert_eq!(ItemId::parse("1d.99"), None);
    }
}
