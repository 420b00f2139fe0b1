//! The seed document's key ideas, as short texts of their own (`principles.ftl`, `idea-*`).

/// A key idea: what "equal treatment" means, who is at risk, the two forms of discrimination…
#[derive(Debug, PartialEq, Eq)]
pub struct Idea {
    pub code: &'static str,
    /// Has a desk example (`idea-<code>-example`).
    pub has_example: bool,
    /// Has its original paragraph in `seed.ftl` (`seed-<code>`).
    pub has_seed: bool,
}

impl Idea {
    pub fn title_id(&self) -> String {
        format!("idea-{}-title", self.code)
    }

    pub fn body_id(&self) -> String {
        format!("idea-{}-body", self.code)
    }

    pub fn example_id(&self) -> Option<String> {
        self.has_example
            .then(|| format!("idea-{}-example", self.code))
    }

    pub fn seed_id(&self) -> Option<String> {
        self.has_seed.then(|| format!("seed-{}", self.code))
    }
}

pub const EQUAL_NOT_IDENTICAL: Idea = Idea {
    code: "equal-not-identical",
    has_example: false,
    has_seed: false,
};
pub const GROUPS: Idea = Idea {
    code: "groups",
    has_example: false,
    has_seed: true,
};
pub const DIFFERENT_RULES: Idea = Idea {
    code: "different-rules",
    has_example: true,
    has_seed: true,
};
pub const SAME_RULES: Idea = Idea {
    code: "same-rules",
    has_example: true,
    has_seed: true,
};
pub const INDICATORS: Idea = Idea {
    code: "indicators",
    has_example: false,
    has_seed: true,
};
pub const WHY_OUTWARD: Idea = Idea {
    code: "why-outward",
    has_example: false,
    has_seed: false,
};
pub const WHY_INWARD: Idea = Idea {
    code: "why-inward",
    has_example: false,
    has_seed: false,
};

/// Every key idea, in the order a newcomer should meet them.
pub const IDEAS: [&Idea; 7] = [
    &EQUAL_NOT_IDENTICAL,
    &GROUPS,
    &DIFFERENT_RULES,
    &SAME_RULES,
    &INDICATORS,
    &WHY_OUTWARD,
    &WHY_INWARD,
];
