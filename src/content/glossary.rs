//! The glossary of municipal terms: ids only. Each locale's `glossary.ftl` has, for every id,
//! the term in that language (`term-<id>-name`) and one plain sentence (`term-<id>-text`).

pub const TERMS: [&str; 49] = [
    "cpr-number",
    "health-card",
    "mitid",
    "code-display",
    "audio-code-reader",
    "mitid-chip",
    "digital-post",
    "digital-post-exemption",
    "relative-access",
    "borger-dk",
    "self-service",
    "nemkonto",
    "interpreter",
    "phone-interpreter",
    "video-interpreter",
    "complaint",
    "complaint-guidance",
    "decision",
    "deadline",
    "power-of-attorney",
    "consent",
    "caseworker",
    "citizen-service",
    "municipality",
    "registered-address",
    "moving",
    "doctor",
    "residence-permit",
    "registration-certificate",
    "passport",
    "id-document",
    "lease",
    "international-house",
    "danish-education",
    "equal-treatment",
    "discrimination",
    "citizens-advisor",
    "equal-treatment-board",
    "human-rights-institute",
    "ombudsman",
    "appointment",
    "documentation",
    "driving-licence",
    "blue-health-card",
    "digital-power-of-attorney",
    "companion",
    "right-to-be-heard",
    "access-to-file",
    "sign-language-interpreter",
];

pub fn name_id(term: &str) -> String {
    format!("term-{term}-name")
}

pub fn text_id(term: &str) -> String {
    format!("term-{term}-text")
}
