//! All texts of all locales, with the fallback chain staff language → Danish → English.

use super::Locale;
use super::embedded;
use super::locale::{Direction, LocaleMeta, Review, ReviewStatus};
use super::overrides::{self, OverrideProblem, OverrideReport};
use super::review::{self, TextReview};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

/// Shown only if a text is missing in the requested locale, in Danish and in English.
/// Tests keep Danish and English complete, so users never see it; it is never a raw id.
const MISSING_TEXT: &str = "…";

/// A value for a Fluent variable.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_string())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Arg::Number(value as f64)
            }
        }
    )*};
}
number_arg!(u8, i32, i64, u16, u32, u64, usize, f32, f64);

/// One locale: its metadata, read at once, and its texts, each Fluent file parsed the first
/// time one of its messages is needed. Parsing every file of every locale at start cost time
/// and megabytes that a desk showing two languages on one screen never needs; the index made
/// by `build.rs` says which file holds a message without parsing anything.
struct LocaleTexts {
    locale: Locale,
    meta: LocaleMeta,
    files: Vec<FileTexts>,
    /// Accepted override files, parsed into one bundle that is asked before the built-in files.
    overrides: Vec<String>,
    override_bundle: OnceLock<FluentBundle<FluentResource>>,
    /// What translators have checked, by message id (`review.toml` beside the overrides).
    reviews: BTreeMap<String, TextReview>,
}

/// One embedded Fluent file and its bundle, parsed on first use.
struct FileTexts {
    name: &'static str,
    source: &'static str,
    bundle: OnceLock<FluentBundle<FluentResource>>,
}

impl FileTexts {
    fn bundle(&self, locale: Locale) -> &FluentBundle<FluentResource> {
        self.bundle.get_or_init(|| {
            let mut bundle = new_bundle(locale);
            // Broken entries are dropped by the parser and reported by `check-i18n`;
            // the rest of the file still loads.
            let resource = FluentResource::try_new(self.source.to_string())
                .unwrap_or_else(|(resource, _errors)| resource);
            let _duplicates = bundle.add_resource(resource);
            bundle
        })
    }
}

impl LocaleTexts {
    fn new(locale: Locale, meta: LocaleMeta) -> LocaleTexts {
        LocaleTexts {
            locale,
            meta,
            files: embedded::ftl_files(locale)
                .map(|(name, source)| FileTexts {
                    name,
                    source,
                    bundle: OnceLock::new(),
                })
                .collect(),
            overrides: Vec::new(),
            override_bundle: OnceLock::new(),
            reviews: BTreeMap::new(),
        }
    }

    /// True if this locale defines `id`; parses no built-in file.
    fn has(&self, id: &str) -> bool {
        embedded::message_file(self.locale, id).is_some()
            || self
                .override_bundle()
                .is_some_and(|bundle| bundle.has_message(id))
    }

    fn override_bundle(&self) -> Option<&FluentBundle<FluentResource>> {
        if self.overrides.is_empty() {
            return None;
        }
        Some(self.override_bundle.get_or_init(|| {
            let mut bundle = new_bundle(self.locale);
            for source in &self.overrides {
                let resource = FluentResource::try_new(source.clone())
                    .unwrap_or_else(|(resource, _)| resource);
                bundle.add_resource_overriding(resource);
            }
            bundle
        }))
    }

    /// The bundle that holds `id` in this locale: an accepted override, else the built-in
    /// file that defines it.
    fn bundle_with(&self, id: &str) -> Option<&FluentBundle<FluentResource>> {
        if let Some(overrides) = self.override_bundle()
            && overrides.has_message(id)
        {
            return Some(overrides);
        }
        let file = embedded::message_file(self.locale, id)?;
        self.files
            .iter()
            .find(|texts| texts.name == file)
            .map(|texts| texts.bundle(self.locale))
    }
}

/// The texts of every locale, ready to format.
pub struct Catalogue {
    locales: Vec<LocaleTexts>,
    overrides: Vec<OverrideReport>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue")
            .field("overrides", &self.overrides)
            .finish_non_exhaustive()
    }
}

impl Catalogue {
    /// The texts as shipped, shared: what files for other programs and desks are written in
    /// (an export's column names and labels), which an editor's override never changes.
    pub fn shipped() -> &'static Catalogue {
        static SHIPPED: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
        SHIPPED.get_or_init(Catalogue::embedded)
    }

    /// The catalogue as built into the binary.
    pub fn embedded() -> Catalogue {
        let locales = Locale::ALL
            .into_iter()
            .map(|locale| {
                let meta = embedded::locale_toml(locale)
                    .and_then(|text| toml::from_str::<LocaleMeta>(text).ok())
                    .unwrap_or_else(|| fallback_meta(locale));
                LocaleTexts::new(locale, meta)
            })
            .collect();
        let mut catalogue = Catalogue {
            locales,
            overrides: Vec::new(),
        };
        catalogue.settle_review_status();
        catalogue
    }

    /// The embedded catalogue with the editors' override files from `dir` applied.
    ///
    /// Override files live in `dir/<locale>/*.ftl`. A file with any problem is not used at
    /// all, and its report says why; the built-in texts keep working.
    pub fn with_overrides(dir: &Path) -> Catalogue {
        Catalogue::with_overrides_from(&[dir.to_path_buf()])
    }

    /// Like [`Catalogue::with_overrides`], from several folders in order, a later one winning
    /// over an earlier one: the machine-wide policy's, then the user's.
    pub fn with_overrides_from(dirs: &[std::path::PathBuf]) -> Catalogue {
        let mut catalogue = Catalogue::embedded();
        let reports: Vec<OverrideReport> =
            dirs.iter().flat_map(|dir| overrides::load(dir)).collect();
        for report in &reports {
            if let Some(source) = report.accepted_source() {
                let texts = catalogue.texts_mut(report.locale);
                texts.overrides.push(source.to_string());
                texts.override_bundle.take();
            }
        }
        catalogue.overrides = reports;
        catalogue.load_reviews(dirs);
        catalogue
    }

    /// Reads `review.toml` of every locale from `dirs`, a later folder winning per text, and
    /// works out each locale's status again. A broken file is reported like a broken override
    /// and leaves that locale's texts unreviewed.
    fn load_reviews(&mut self, dirs: &[std::path::PathBuf]) {
        for dir in dirs {
            for locale in Locale::ALL {
                match review::load(dir, locale) {
                    Ok(file) => self.texts_mut(locale).reviews.extend(file.texts),
                    Err(problem) => self.overrides.push(OverrideReport {
                        path: review::path(dir, locale),
                        locale,
                        outcome: overrides::Outcome::Rejected(vec![OverrideProblem::Unreadable(
                            problem,
                        )]),
                    }),
                }
            }
        }
        self.settle_review_status();
    }

    /// A locale counts as reviewed only when a translator has checked every citizen text:
    /// then its status is `reviewed`, with the reviewers and the latest day; otherwise a
    /// translation is `machine`, whatever its `locale.toml` says. Danish stays `source`.
    fn settle_review_status(&mut self) {
        let any_records = self.locales.iter().any(|texts| !texts.reviews.is_empty());
        let citizen_ids = if any_records {
            review::citizen_ids()
        } else {
            Vec::new()
        };
        for texts in &mut self.locales {
            if texts.meta.review.status == ReviewStatus::Source {
                continue;
            }
            let records: Option<Vec<&TextReview>> = (!citizen_ids.is_empty())
                .then(|| {
                    citizen_ids
                        .iter()
                        .map(|id| texts.reviews.get(id).filter(|r| r.is_reviewed()))
                        .collect()
                })
                .flatten();
            texts.meta.review = match records {
                Some(records) => {
                    let mut reviewers: Vec<&str> =
                        records.iter().map(|r| r.reviewer.as_str()).collect();
                    reviewers.sort_unstable();
                    reviewers.dedup();
                    reviewers.retain(|r| !r.is_empty());
                    Review {
                        status: ReviewStatus::Reviewed,
                        reviewer: reviewers.join(", "),
                        date: records
                            .iter()
                            .map(|r| r.date.clone())
                            .max()
                            .unwrap_or_default(),
                        note: texts.meta.review.note.clone(),
                    }
                }
                None => Review {
                    status: ReviewStatus::Machine,
                    ..texts.meta.review.clone()
                },
            };
        }
    }

    /// What a translator has recorded for this text in this locale, if anything.
    pub fn text_review(&self, locale: Locale, id: &str) -> Option<&TextReview> {
        self.texts(locale).reviews.get(id)
    }

    /// How many of the locale's citizen texts a translator has checked, of how many.
    pub fn citizen_review_count(&self, locale: Locale) -> (usize, usize) {
        let ids = review::citizen_ids();
        let reviewed = ids
            .iter()
            .filter(|id| {
                self.text_review(locale, id)
                    .is_some_and(TextReview::is_reviewed)
            })
            .count();
        (reviewed, ids.len())
    }

    /// The accepted override files of a locale, as Fluent source, in the order they apply (a
    /// later one wins): what `skranke l10n export` offers as the locale's current texts.
    pub fn override_sources(&self, locale: Locale) -> impl Iterator<Item = &str> {
        self.texts(locale).overrides.iter().map(String::as_str)
    }

    /// What happened to each override file found at start.
    pub fn override_reports(&self) -> &[OverrideReport] {
        &self.overrides
    }

    pub fn meta(&self, locale: Locale) -> &LocaleMeta {
        &self.texts(locale).meta
    }

    pub fn direction(&self, locale: Locale) -> Direction {
        self.meta(locale).direction
    }

    /// True if the locale itself has the message (no fallback).
    pub fn has(&self, locale: Locale, id: &str) -> bool {
        self.texts(locale).has(id)
    }

    /// A message named in code (`msg!`), in `locale`, falling back to Danish, then English.
    pub fn render(&self, locale: Locale, text: impl Into<super::Text>) -> String {
        let text = text.into();
        self.format(locale, text.id(), text.args())
    }

    /// The text of an id made at run time (content: a topic's title, a code's label), in
    /// `locale`, falling back to Danish, then English.
    pub fn text(&self, locale: Locale, id: &str) -> String {
        self.format(locale, id, &[])
    }

    /// Like [`Catalogue::text`], with variables.
    pub fn format(&self, locale: Locale, id: &str, args: &[(&str, Arg)]) -> String {
        fallback_chain(locale)
            .into_iter()
            .find_map(|candidate| self.try_format(candidate, id, args))
            .unwrap_or_else(|| MISSING_TEXT.to_string())
    }

    /// The text of `id` in exactly this locale, or `None` if the locale lacks it.
    pub fn try_format(&self, locale: Locale, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let bundle = self.texts(locale).bundle_with(id)?;
        let pattern = bundle.get_message(id)?.value()?;
        let fluent_args = (!args.is_empty()).then(|| {
            let mut fluent_args = FluentArgs::new();
            for (name, value) in args {
                match value {
                    Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
                    Arg::Number(number) => fluent_args.set(*name, FluentValue::from(*number)),
                }
            }
            fluent_args
        });
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
        Some(text.into_owned())
    }

    fn texts(&self, locale: Locale) -> &LocaleTexts {
        &self.locales[index(locale)]
    }

    fn texts_mut(&mut self, locale: Locale) -> &mut LocaleTexts {
        &mut self.locales[index(locale)]
    }
}

fn index(locale: Locale) -> usize {
    Locale::ALL
        .iter()
        .position(|l| *l == locale)
        .expect("every locale is in ALL")
}

fn new_bundle(locale: Locale) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![locale.langid()]);
    // Unicode isolation marks around placeables would show as boxes in some fonts, and the
    // app lays out bidirectional text itself.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(number_formatter(locale)));
    bundle
}

/// The Fluent formatter of `locale`'s numbers ([`super::format`]): a function pointer per
/// locale, as Fluent takes no closure.
fn number_formatter<M>(locale: Locale) -> fn(&FluentValue, &M) -> Option<String> {
    fn format<const INDEX: usize, M>(value: &FluentValue, _: &M) -> Option<String> {
        let FluentValue::Number(number) = value else {
            return None;
        };
        let locale = Locale::ALL[INDEX];
        // `NUMBER($n, useGrouping: "false")` keeps the digits together (a line number).
        Some(super::format::fluent_number(
            locale,
            number.value,
            number.options.minimum_fraction_digits,
            number.options.use_grouping,
        ))
    }
    match index(locale) {
        0 => format::<0, M>,
        1 => format::<1, M>,
        2 => format::<2, M>,
        3 => format::<3, M>,
        4 => format::<4, M>,
        5 => format::<5, M>,
        6 => format::<6, M>,
        7 => format::<7, M>,
        8 => format::<8, M>,
        _ => format::<9, M>,
    }
}

/// The locales to try, in order, for a text wanted in `locale`.
pub fn fallback_chain(locale: Locale) -> Vec<Locale> {
    let mut chain = vec![locale];
    for fallback in [Locale::Da, Locale::En] {
        if !chain.contains(&fallback) {
            chain.push(fallback);
        }
    }
    chain
}

fn fallback_meta(locale: Locale) -> LocaleMeta {
    LocaleMeta {
        code: locale.code().to_string(),
        name: locale.code().to_string(),
        english_name: locale.code().to_string(),
        direction: Direction::Ltr,
        script: "Latn".to_string(),
        review: Review {
            status: ReviewStatus::Machine,
            reviewer: String::new(),
            date: String::new(),
            note: String::new(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fallback_goes_to_danish_then_english() {
        assert_eq!(
            fallback_chain(Locale::Ar),
            [Locale::Ar, Locale::Da, Locale::En]
        );
        assert_eq!(fallback_chain(Locale::Da), [Locale::Da, Locale::En]);
        assert_eq!(fallback_chain(Locale::En), [Locale::En, Locale::Da]);
    }

    #[test]
    fn a_missing_message_never_shows_its_id() {
        let catalogue = Catalogue::embedded();
        let text = catalogue.text(Locale::Ar, "no-such-message-anywhere");
        assert_eq!(text, MISSING_TEXT);
        assert!(!text.contains("no-such-message"));
    }

    #[test]
    fn every_locale_has_valid_metadata() {
        for locale in Locale::ALL {
            let source = embedded::locale_toml(locale)
                .unwrap_or_else(|| panic!("i18n/{locale}/locale.toml is missing"));
            let meta: LocaleMeta =
                toml::from_str(source).unwrap_or_else(|e| panic!("i18n/{locale}/locale.toml: {e}"));
            assert_eq!(meta.code, locale.code());
            assert!(!meta.name.is_empty());
            let rtl = matches!(locale, Locale::Ar | Locale::Fa | Locale::Ur);
            assert_eq!(meta.direction.is_rtl(), rtl, "{locale}: direction");
            match locale {
                Locale::Da => assert_eq!(meta.review.status, ReviewStatus::Source),
                _ => assert_ne!(meta.review.status, ReviewStatus::Source, "{locale}"),
            }
            if meta.review.status == ReviewStatus::Reviewed {
                assert!(!meta.review.reviewer.is_empty() && !meta.review.date.is_empty());
            }
        }
    }

    #[test]
    fn variables_are_filled_in() {
        let catalogue = Catalogue::embedded();
        let text = catalogue.format(Locale::En, "status-scale", &[("percent", Arg::from(150))]);
        assert!(text.contains("150"), "{text}");
    }
}

#[cfg(test)]
mod override_tests {
    use super::*;
    use crate::i18n::overrides::{Outcome, OverrideProblem};
    use std::fs;
    use std::path::{Path, PathBuf};

    fn write(dir: &Path, locale: &str, file: &str, text: &str) -> PathBuf {
        let folder = dir.join(locale);
        fs::create_dir_all(&folder).unwrap();
        let path = folder.join(file);
        fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn a_valid_override_replaces_the_built_in_text() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "da", "ui.ftl", "app-title = Skranke Test\n");
        let catalogue = Catalogue::with_overrides(dir.path());
        assert_eq!(catalogue.text(Locale::Da, "app-title"), "Skranke Test");
        assert!(matches!(
            catalogue.override_reports()[0].outcome,
            Outcome::Applied { messages: 1, .. }
        ));
    }

    #[test]
    fn a_broken_override_is_left_out_and_the_built_in_text_keeps_working() {
        let dir = tempfile::tempdir().unwrap();
        let original = Catalogue::embedded().text(Locale::Da, "app-title");
        write(
            dir.path(),
            "da",
            "ui.ftl",
            "app-title = Ny titel\nbroken = { $x\n",
        );
        write(dir.path(), "da", "typo.ftl", "app-titel = Stavefejl\n");
        write(
            dir.path(),
            "en",
            "vars.ftl",
            "status-scale = Size { $size }\n",
        );
        write(dir.path(), "xx", "ui.ftl", "app-title = ?\n");
        let catalogue = Catalogue::with_overrides(dir.path());

        assert_eq!(catalogue.text(Locale::Da, "app-title"), original);
        let problems: Vec<_> = catalogue
            .override_reports()
            .iter()
            .filter_map(OverrideReport::first_problem)
            .collect();
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems.contains(&&OverrideProblem::Syntax { line: 2 }));
        assert!(problems.contains(&&OverrideProblem::UnknownMessage("app-titel".into())));
        assert!(
            problems.iter().any(
                |p| matches!(p, OverrideProblem::Variables { id, .. } if id == "status-scale")
            )
        );
        assert!(problems.contains(&&OverrideProblem::UnknownLocale("xx".into())));
    }

    #[test]
    fn no_override_folder_means_no_reports() {
        let dir = tempfile::tempdir().unwrap();
        let catalogue = Catalogue::with_overrides(&dir.path().join("missing"));
        assert!(catalogue.override_reports().is_empty());
    }
}
