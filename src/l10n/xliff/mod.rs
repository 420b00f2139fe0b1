//! XLIFF 1.2, the parts Skranke writes and reads: files, their header's phases and notes,
//! translation units with a source, a target and notes, and inline codes (`<ph>`).
//!
//! Why 1.2 and not 2.x: 1.2 is the version that every tool the municipality's translators use
//! reads and writes (memoQ, Trados Studio, Phrase, OmegaT, Weblate, translate-toolkit), while
//! support for 2.x differs from tool to tool; and 1.2 has what Skranke needs: states
//! (`needs-review-translation`, `translated`, `signed-off`), who reviewed and when
//! (`<phase>`), notes, `maxwidth`, and `<ph>` for codes.

pub mod read;
pub mod write;

/// The XLIFF 1.2 namespace.
pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:1.2";

/// A whole document: one `<file>` per Fluent file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    pub files: Vec<FileSection>,
}

/// One `<file>`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileSection {
    /// `original`: the Fluent file's name (`citizen.ftl`).
    pub original: String,
    pub source_language: Option<String>,
    pub target_language: Option<String>,
    /// The header's `<phase-group>`.
    pub phases: Vec<Phase>,
    /// The header's notes.
    pub notes: Vec<String>,
    pub units: Vec<Unit>,
    /// 1-based line of the `<file>` tag (0 when written, not read).
    pub line: usize,
}

/// A `<phase>`: a step of the work, and who did it when.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Phase {
    pub name: String,
    /// `process-name`: `translation` or `review` when Skranke writes it.
    pub process: String,
    pub contact: Option<String>,
    /// `date`, an XML date-time (`2026-12-02T00:00:00Z`).
    pub date: Option<String>,
}

/// A `<trans-unit>`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Unit {
    pub id: Option<String>,
    pub resname: Option<String>,
    /// `approved="yes"`.
    pub approved: bool,
    /// `maxwidth` with `size-unit="char"`.
    pub max_chars: Option<usize>,
    pub source: Vec<Inline>,
    pub target: Option<Target>,
    pub notes: Vec<String>,
    /// 1-based line of the `<trans-unit>` tag (0 when written, not read).
    pub line: usize,
}

/// A `<target>`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Target {
    /// `xml:lang`.
    pub lang: Option<String>,
    pub state: Option<String>,
    pub state_qualifier: Option<String>,
    /// `phase-name`: the phase in the file's header that made this target.
    pub phase: Option<String>,
    pub content: Vec<Inline>,
}

/// Content of a source or target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    /// `<ph id="…">native code</ph>`: a code that must not be translated.
    Ph {
        id: String,
        code: String,
    },
    /// Any other inline element (`<g>`, `<x/>`, `<bpt>` …), by name: Skranke writes none,
    /// and refuses them in a target.
    Other(String),
}
